import datetime
import json
import re

import pytest
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from recruiting.roles import Role
from requisitions.models import Requisition
from requisitions.services.approval import requisition_decide, requisition_submit
from requisitions.services.requisitions import requisition_move

pytestmark = pytest.mark.django_db


def published(make_requisition, hr, department, **values):
    requisition = make_requisition(**values)
    requisition_submit(actor=hr, requisition=requisition)
    for approver in department.chain:
        requisition_decide(actor=approver, requisition=requisition, approve=True)
    return requisition_move(actor=hr, requisition=requisition, action="open")


# --- permissions -----------------------------------------------------------------------------------


def test_anonymous_is_sent_to_login_from_staff_pages(client, make_requisition):
    requisition = make_requisition()
    for url in (reverse("requisitions:list"), reverse("requisitions:detail", args=[requisition.pk])):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_interviewer_sees_no_requisitions(client, interviewer, make_requisition):
    requisition = make_requisition()
    client.force_login(interviewer)
    assert client.get(reverse("requisitions:list")).status_code == 403
    assert client.get(reverse("requisitions:detail", args=[requisition.pk])).status_code == 403


def test_hiring_manager_sees_only_their_own(client, manager, make_user, make_requisition):
    mine = make_requisition()
    other_manager = make_user(Role.HIRING_MANAGER, username="other")
    theirs = make_requisition(hiring_manager=other_manager)
    client.force_login(manager)
    listing = client.get(reverse("requisitions:list"))
    assert list(listing.context["page"]) == [mine]
    assert client.get(reverse("requisitions:detail", args=[mine.pk])).status_code == 200
    assert client.get(reverse("requisitions:detail", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("requisitions:submit", args=[theirs.pk])).status_code == 404
    row = theirs.requirements.first()
    assert client.post(reverse("requisitions:row_delete", args=[theirs.pk, row.pk])).status_code == 404
    assert theirs.requirements.filter(pk=row.pk).exists()


def test_approver_sees_only_what_waits_for_them(client, department, hr, make_requisition):
    first, second = department.chain
    requisition = make_requisition()
    draft = make_requisition()
    client.force_login(first)
    assert client.get(reverse("requisitions:detail", args=[requisition.pk])).status_code == 404
    requisition_submit(actor=hr, requisition=requisition)
    page = client.get(reverse("requisitions:detail", args=[requisition.pk]))
    assert page.status_code == 200
    assert page.context["can_decide"]
    assert client.get(reverse("requisitions:detail", args=[draft.pk])).status_code == 404
    home = client.get(reverse("home")).content.decode()
    assert requisition.title in home
    # The second approver neither sees it nor may decide before their turn, even by posting directly.
    client.force_login(second)
    assert client.get(reverse("requisitions:detail", args=[requisition.pk])).status_code == 404
    response = client.post(reverse("requisitions:decide", args=[requisition.pk]), {"decision": "approve"})
    assert response.status_code == 404
    assert Requisition.objects.get(pk=requisition.pk).status == Requisition.Status.SUBMITTED


def test_approver_decides_through_the_page(client, department, hr, make_requisition):
    first, _second = department.chain
    requisition = make_requisition()
    requisition_submit(actor=hr, requisition=requisition)
    client.force_login(first)
    response = client.post(reverse("requisitions:decide", args=[requisition.pk]), {"decision": "return"}, follow=True)
    assert "Say why you are returning it" in response.content.decode()
    client.post(reverse("requisitions:decide", args=[requisition.pk]), {"decision": "return", "comment": "Too vague"})
    assert Requisition.objects.get(pk=requisition.pk).status == Requisition.Status.RETURNED


def test_only_hr_publishes(client, manager, hr, department, make_requisition):
    requisition = make_requisition()
    requisition_submit(actor=hr, requisition=requisition)
    for approver in department.chain:
        requisition_decide(actor=approver, requisition=requisition, approve=True)
    client.force_login(manager)
    assert client.post(reverse("requisitions:move", args=[requisition.pk, "open"])).status_code == 403
    client.force_login(hr)
    client.post(reverse("requisitions:move", args=[requisition.pk, "open"]))
    assert Requisition.objects.get(pk=requisition.pk).status == Requisition.Status.OPEN


# --- forms and bad input ---------------------------------------------------------------------------


def form_data(dept, mgr, /, **overrides):
    data = {
        "title_en": "Service-hall agent", "title_zh": "", "department": dept.pk, "hiring_manager": mgr.pk,
        "recruiter": "", "headcount": 3, "level": "specialist", "industry": "general", "employment_type": "FULL_TIME",
        "location": "Hangzhou", "salary_min": "5000", "salary_max": "7000", "salary_currency": "CNY",
        "salary_period": "MONTH", "show_salary": "on", "reason": "new", "target_start_date": "", "internal_until": "",
        "closes_on": (timezone.localdate() + datetime.timedelta(days=20)).isoformat(),
    }  # fmt: skip
    return data | overrides


def test_hr_creates_a_blank_requisition_through_the_form(client, hr, manager, department):
    client.force_login(hr)
    response = client.post(reverse("requisitions:create"), form_data(department, manager))
    requisition = Requisition.objects.get()
    assert response["Location"] == reverse("requisitions:detail", args=[requisition.pk])
    assert requisition.created_by == hr
    assert requisition.questions.count() == 1


def test_create_from_a_profile_through_the_form(client, hr, manager, department, supervisor_profile):
    client.force_login(hr)
    page = client.get(reverse("requisitions:create") + "?profile=level-supervisor")
    assert page.status_code == 200
    data = form_data(department, manager, profile="level-supervisor", title_en="Team supervisor")
    client.post(reverse("requisitions:create"), data)
    requisition = Requisition.objects.get()
    assert requisition.profile == supervisor_profile
    assert requisition.requirements.count() == supervisor_profile.requirements.count()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"headcount": 0}, "headcount"),
        ({"salary_min": "9000", "salary_max": "7000"}, "salary_max"),
        ({"salary_min": "abc"}, "salary_min"),
        ({"title_en": "", "title_zh": ""}, "title_en"),
        ({"department": "999999"}, "department"),
        ({"closes_on": "2026-02-30"}, "closes_on"),
    ],
)
def test_bad_input_shows_a_message_and_writes_nothing(client, hr, manager, department, overrides, field):
    client.force_login(hr)
    response = client.post(reverse("requisitions:create"), form_data(department, manager, **overrides))
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert Requisition.objects.count() == 0


def test_unknown_profile_is_404(client, hr):
    client.force_login(hr)
    assert client.get(reverse("requisitions:create") + "?profile=nope").status_code == 404


def test_demand_table_editor_answers_htmx_with_the_table(client, hr, make_requisition, method):
    requisition = make_requisition(profile=None)
    client.force_login(hr)
    url = reverse("requisitions:row_add", args=[requisition.pk])
    data = {"category": "core", "key_item": "empathy", "requirement_en": "Calms upset callers",
            "requirement_zh": "", "priority": "very_high", "industry": "general", "methods": [method.pk]}  # fmt: skip
    response = client.post(url, data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="demand-table"' in html
    assert "Calms upset callers" in html
    assert "<html" not in html  # a fragment, not a page
    row = requisition.requirements.get()
    edit = client.get(reverse("requisitions:row_edit", args=[requisition.pk, row.pk]), HTTP_HX_REQUEST="true")
    assert 'data-testid="row-editor"' in edit.content.decode()
    bad = client.post(
        reverse("requisitions:row_edit", args=[requisition.pk, row.pk]),
        data | {"requirement_en": "", "requirement_zh": ""},
        HTTP_HX_REQUEST="true",
    )
    assert "Describe the requirement in at least one language." in bad.content.decode()
    row.refresh_from_db()
    assert row.requirement_en == "Calms upset callers"
    # Without htmx the same endpoint redirects back to the page.
    assert (
        client.post(reverse("requisitions:row_move", args=[requisition.pk, row.pk]), {"direction": "up"}).status_code
        == 302
    )


def test_question_form_reports_bad_json(client, hr, make_requisition):
    requisition = make_requisition()
    client.force_login(hr)
    response = client.post(
        reverse("requisitions:question_add", args=[requisition.pk]),
        {"kind": "choice", "text_en": "Shift?", "choices": "[{oops", "knockout": ""},
    )
    assert response.status_code == 200
    assert "not valid JSON" in str(response.context["form"].errors["choices"])
    assert requisition.questions.count() == 1


# --- lists: constant queries -----------------------------------------------------------------------


def test_requisition_list_query_count_is_constant(client, hr, make_requisition, django_assert_num_queries):
    client.force_login(hr)
    make_requisition(profile=None)
    with CaptureQueriesContext(__import__("django.db").db.connection) as few:
        client.get(reverse("requisitions:list"))
    for _ in range(55):
        make_requisition(profile=None)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(reverse("requisitions:list") + "?status=draft")
    assert len(response.context["page"]) == 25


def test_careers_list_query_count_is_constant(client, hr, department, make_requisition, django_assert_num_queries):
    published(make_requisition, hr, department)
    from django.db import connection

    with CaptureQueriesContext(connection) as few:
        client.get(reverse("careers:list"))
    requisitions = [make_requisition(profile=None) for _ in range(52)]
    Requisition.objects.filter(pk__in=[r.pk for r in requisitions]).update(status="open", slug=None)
    for requisition in requisitions:
        Requisition.objects.filter(pk=requisition.pk).update(slug=f"job-{requisition.pk}", published_at=timezone.now())
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(reverse("careers:list"))
    assert response.context["page"].paginator.count == 53


# --- the public careers pages ----------------------------------------------------------------------


def jsonld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_posting_page_shows_the_table_and_valid_jsonld(client, hr, department, make_requisition):
    posting = published(make_requisition, hr, department)
    response = client.get(reverse("careers:detail", args=[posting.slug]))
    assert response.status_code == 200
    html = response.content.decode()
    data = jsonld(html)
    for key in ("title", "description", "datePosted", "validThrough", "employmentType", "hiringOrganization",
                "jobLocation", "identifier", "baseSalary", "educationRequirements", "experienceRequirements"):  # fmt: skip
        assert key in data, key
    assert data["@type"] == "JobPosting"
    assert data["experienceInPlaceOfEducation"] is True  # the supervisor paths accept experience
    assert data["baseSalary"]["value"]["minValue"] == 6000
    assert data["validThrough"].startswith(posting.closes_on.isoformat())


def test_jsonld_cannot_be_broken_out_of(client, hr, department, make_requisition):
    posting = published(make_requisition, hr, department, summary_en="</script><script>alert(1)</script>")
    html = client.get(reverse("careers:detail", args=[posting.slug])).content.decode()
    assert "<script>alert(1)" not in html
    assert "alert(1)" in jsonld(html)["description"]


def test_drafts_and_closed_postings_are_not_public(client, hr, department, make_requisition):
    draft = make_requisition()
    posting = published(make_requisition, hr, department)
    requisition_move(actor=hr, requisition=posting, action="close")
    assert client.get(reverse("careers:detail", args=[posting.slug])).status_code == 404
    assert draft.title not in client.get(reverse("careers:list")).content.decode()


def test_internal_only_postings_are_for_signed_in_staff_until_the_window_ends(client, hr, department, make_requisition):
    posting = published(
        make_requisition, hr, department, internal_until=timezone.localdate() + datetime.timedelta(days=5)
    )
    assert client.get(reverse("careers:detail", args=[posting.slug])).status_code == 404
    assert client.get(reverse("careers:list")).context["page"].paginator.count == 0
    client.force_login(hr)
    assert client.get(reverse("careers:detail", args=[posting.slug])).status_code == 200
    client.logout()
    Requisition.objects.filter(pk=posting.pk).update(internal_until=timezone.localdate() - datetime.timedelta(days=1))
    assert client.get(reverse("careers:detail", args=[posting.slug])).status_code == 200


def test_careers_filters_and_bad_query_strings(client, hr, department, make_requisition):
    published(make_requisition, hr, department, location="Chengdu")
    assert client.get(reverse("careers:list"), {"location": "chengdu"}).context["page"].paginator.count == 1
    assert client.get(reverse("careers:list"), {"location": "Lhasa"}).context["page"].paginator.count == 0
    for params in ({"department": "abc"}, {"level": "emperor"}, {"page": "-1"}, {"page": "zz"}, {"q": "x" * 5000}):
        assert client.get(reverse("careers:list"), params).status_code == 200


def test_feed_lists_open_public_postings(client, hr, department, make_requisition):
    posting = published(make_requisition, hr, department)
    data = client.get(reverse("careers:feed")).json()
    assert [job["identifier"]["value"] for job in data["jobs"]] == [str(posting.pk)]


def test_only_hr_edits_the_position_library(client, manager, hr, supervisor_profile):
    client.force_login(manager)
    assert client.get(reverse("requisitions:profile_list")).status_code == 200
    assert client.get(reverse("requisitions:profile_edit", args=[supervisor_profile.pk])).status_code == 403
    assert client.post(reverse("requisitions:profile_create"), {"slug": "x"}).status_code == 403
    client.force_login(hr)
    response = client.post(
        reverse("requisitions:profile_edit", args=[supervisor_profile.pk]),
        {
            "slug": supervisor_profile.slug,
            "title_en": "Team lead",
            "title_zh": "组长",
            "level": "supervisor",
            "industry": "general",
            "eligibility_paths": '[{"key": "x", "conditions": [{"fact": "age"}]}]',
        },
    )
    assert response.status_code == 200  # the bad path is reported, nothing saved
    assert response.context["form"].errors
    supervisor_profile.refresh_from_db()
    assert supervisor_profile.title_en != "Team lead"


def test_manager_cannot_edit_after_submission(client, manager, hr, make_requisition):
    requisition = make_requisition(actor=manager)
    client.force_login(manager)
    assert client.get(reverse("requisitions:edit", args=[requisition.pk])).status_code == 200
    requisition_submit(actor=hr, requisition=requisition)
    assert client.get(reverse("requisitions:edit", args=[requisition.pk])).status_code == 403


def test_hr_edits_a_profiles_demand_table_in_place(client, hr, manager, supervisor_profile, method):
    row = supervisor_profile.requirements.order_by("order").first()
    data = {"category": row.category, "key_item": row.key_item, "requirement_en": "Degree or a path below",
            "requirement_zh": row.requirement_zh, "priority": row.priority, "industry": "general",
            "methods": [method.pk]}  # fmt: skip
    url = reverse("requisitions:profile_row_edit", args=[supervisor_profile.pk, row.pk])
    client.force_login(manager)
    assert client.post(url, data, HTTP_HX_REQUEST="true").status_code == 403
    client.force_login(hr)
    page = client.get(reverse("requisitions:profile_detail", args=[supervisor_profile.pk]))
    assert 'data-testid="row-add-form"' in page.content.decode()
    response = client.post(url, data, HTTP_HX_REQUEST="true")
    assert "Degree or a path below" in response.content.decode()
    supervisor_profile.refresh_from_db()
    assert not supervisor_profile.is_shipped  # a library refresh will not overwrite HR's edit
    from requisitions.services.profiles import library_install

    library_install()
    row.refresh_from_db()
    assert row.requirement_en == "Degree or a path below"
    added = client.post(
        reverse("requisitions:profile_row_add", args=[supervisor_profile.pk]),
        data | {"requirement_en": "Knows the CRM"},
        HTTP_HX_REQUEST="true",
    )
    assert "Knows the CRM" in added.content.decode()
