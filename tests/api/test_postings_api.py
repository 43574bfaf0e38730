"""The public postings API (/api/v1/postings/): no token needed, the careers page's rules."""

import datetime

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from recruiting.roles import Role
from requisitions.models import DepartmentApprover, PositionProfile, Requisition
from requisitions.services.requisitions import requisition_move
from tests.api.conftest import assert_error
from tests.factories import DepartmentFactory

pytestmark = pytest.mark.django_db

POSTINGS = "/api/v1/postings/"


def detail_url(slug):
    return f"{POSTINGS}{slug}/"


def slugs(response):
    assert response.status_code == 200, response.content
    return {row["slug"] for row in response.json()["results"]}


def today():
    return timezone.localdate()


@pytest.fixture
def specialist_profile(db):
    return PositionProfile.objects.get(slug="level-specialist")


@pytest.fixture
def other_department(department):
    """A second department with the same approval chain (so ``make_posting`` can approve it)."""
    other = DepartmentFactory()
    for order, approver in enumerate(department.chain, start=1):
        DepartmentApprover.objects.create(department=other, approver=approver, order=order)
    return other


# --- the list --------------------------------------------------------------------------------------


def test_anonymous_list_shows_only_open_postings(api, hr, make_requisition, make_posting):
    first = make_posting()
    second = make_posting(location="Beijing")
    draft = make_requisition()  # never submitted
    closed = make_posting()
    requisition_move(actor=hr, requisition=closed, action="close")
    expired = make_posting()
    Requisition.objects.filter(pk=expired.pk).update(closes_on=today() - datetime.timedelta(days=1))

    response = api.anonymous().get(POSTINGS)

    assert slugs(response) == {first.slug, second.slug}
    body = response.json()
    assert body["count"] == 2
    assert draft.slug is None
    row = next(row for row in body["results"] if row["slug"] == first.slug)
    assert row["title"] == first.title_en == "Customer-service supervisor (standard level)"
    assert row["location"] == "Shanghai"
    assert row["level"] == "supervisor"
    assert row["headcount"] == 2
    assert row["url"] == settings.SITE_URL.rstrip("/") + reverse("careers:detail", args=[first.slug])
    assert row["apply_url"] == settings.SITE_URL.rstrip("/") + reverse("careers:apply", args=[first.slug])
    assert row["salary"] == {"minimum": "6000.00", "maximum": "9000.00", "currency": "CNY", "period": "MONTH"}
    assert "hiring_manager" not in row
    assert "status" not in row


def test_list_is_newest_first(api, make_posting):
    older = make_posting()
    newer = make_posting()
    Requisition.objects.filter(pk=older.pk).update(published_at=timezone.now() - datetime.timedelta(days=2))

    results = api.anonymous().get(POSTINGS).json()["results"]

    assert [row["slug"] for row in results] == [newer.slug, older.slug]


def test_internal_only_posting_is_hidden_from_anonymous(api, make_posting):
    public = make_posting()
    internal = make_posting(internal_until=today() + datetime.timedelta(days=5))

    assert slugs(api.anonymous().get(POSTINGS)) == {public.slug}
    assert_error(api.anonymous().get(detail_url(internal.slug)), 404)
    assert_error(api.anonymous().get(detail_url(internal.slug) + "hropen/"), 404)


def test_internal_only_posting_stays_off_the_api_even_for_staff(api, interviewer, make_posting):
    """Staff see it on the careers page; a token (a job board's, say) must not republish it."""
    public = make_posting()
    internal = make_posting(internal_until=today() + datetime.timedelta(days=5))
    client = api.as_user(interviewer)

    assert slugs(client.get(POSTINGS)) == {public.slug}
    assert_error(client.get(detail_url(internal.slug)), 404, "not_found")


def test_internal_window_that_has_ended_is_public(api, make_posting):
    posting = make_posting(internal_until=today() + datetime.timedelta(days=5))
    Requisition.objects.filter(pk=posting.pk).update(internal_until=today() - datetime.timedelta(days=1))

    assert slugs(api.anonymous().get(POSTINGS)) == {posting.slug}


# --- filters ---------------------------------------------------------------------------------------


def test_filter_by_location(api, make_posting):
    make_posting(location="Shanghai")
    beijing = make_posting(location="Beijing")

    assert slugs(api.anonymous().get(POSTINGS, {"location": "beij"})) == {beijing.slug}


def test_filter_by_level(api, make_posting, specialist_profile):
    make_posting()  # supervisor
    specialist = make_posting(profile=specialist_profile)

    response = api.anonymous().get(POSTINGS, {"level": "specialist"})

    assert slugs(response) == {specialist.slug}
    assert response.json()["results"][0]["level"] == "specialist"


def test_filter_by_department(api, make_posting, department, other_department):
    make_posting()
    elsewhere = make_posting(department=other_department)

    assert slugs(api.anonymous().get(POSTINGS, {"department": other_department.pk})) == {elsewhere.slug}
    assert len(slugs(api.anonymous().get(POSTINGS, {"department": department.pk}))) == 1


def test_search_matches_title(api, make_posting):
    make_posting()
    night = make_posting(title_en="Night-shift hotline agent")

    assert slugs(api.anonymous().get(POSTINGS, {"search": "night-shift"})) == {night.slug}
    assert slugs(api.anonymous().get(POSTINGS, {"search": "nothing like this"})) == set()


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"level": "xyz"}, "level"),
        ({"department": "abc"}, "department"),
        ({"department": "0"}, "department"),
        ({"location": "x" * 121}, "location"),
    ],
)
def test_bad_filter_value_is_a_400_naming_the_field(api, make_posting, params, field):
    make_posting()

    body = assert_error(api.anonymous().get(POSTINGS, params), 400, "invalid", fields=[field])

    assert list(body["fields"]) == [field]
    assert body["fields"][field]


# --- paging ----------------------------------------------------------------------------------------


def test_paging(api, make_posting):
    made = {make_posting().slug for _ in range(3)}
    client = api.anonymous()

    first = client.get(POSTINGS, {"page_size": 2}).json()

    assert first["count"] == 3
    assert len(first["results"]) == 2
    assert first["previous"] is None
    assert "page=2" in first["next"]
    assert "page_size=2" in first["next"]
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1
    assert second["next"] is None
    assert {row["slug"] for row in first["results"] + second["results"]} == made


def test_page_past_the_end_is_a_json_404(api, make_posting):
    make_posting()

    assert_error(api.anonymous().get(POSTINGS, {"page": 5}), 404, "not_found")


# --- detail ----------------------------------------------------------------------------------------


def test_detail_has_requirements_and_questions(api, make_posting, supervisor_profile):
    posting = make_posting(benefits_en="Free lunch")

    response = api.anonymous().get(detail_url(posting.slug))

    assert response.status_code == 200
    body = response.json()
    assert body["slug"] == posting.slug
    assert body["benefits"] == "Free lunch"
    assert "company_intro" in body
    assert len(body["requirements"]) == supervisor_profile.requirements.count() > 0
    row = body["requirements"][0]
    assert row["requirement"]
    assert row["category"]
    assert not {"key_item", "methods", "priority"} & set(row)  # the page does not show them
    assert len(body["questions"]) == 1
    question = body["questions"][0]
    assert question["kind"] == "long_text"
    assert question["required"] is True
    assert question["text"].startswith("Tell us about a time")


def test_unknown_slug_is_a_json_404(api, make_posting):
    make_posting()

    assert_error(api.anonymous().get(detail_url("no-such-posting")), 404)
    assert_error(api.anonymous().get(detail_url("no-such-posting") + "hropen/"), 404)


def test_unknown_slug_404_has_the_code_not_found(api):
    assert_error(api.anonymous().get(detail_url("no-such-posting")), 404, "not_found")


def test_closed_posting_detail_is_a_404(api, hr, make_posting):
    posting = make_posting()
    requisition_move(actor=hr, requisition=posting, action="close")

    assert_error(api.anonymous().get(detail_url(posting.slug)), 404)


def test_salary_hidden_when_show_salary_is_off(api, make_posting):
    posting = make_posting(show_salary=False)
    client = api.anonymous()

    assert client.get(POSTINGS).json()["results"][0]["salary"] is None
    assert client.get(detail_url(posting.slug)).json()["salary"] is None
    hropen = client.get(detail_url(posting.slug) + "hropen/").json()
    assert "offeredRemunerationPackage" not in hropen["positionProfiles"][0]


# --- HR Open PositionOpening -----------------------------------------------------------------------


def test_hropen_position_opening(api, make_posting, supervisor_profile):
    posting = make_posting()
    noon = datetime.datetime(2026, 3, 2, 12, 0, tzinfo=timezone.get_current_timezone())
    Requisition.objects.filter(pk=posting.pk).update(published_at=noon)

    response = api.anonymous().get(detail_url(posting.slug) + "hropen/")

    assert response.status_code == 200
    body = response.json()
    assert body["documentId"]["value"] == str(posting.pk)
    assert body["documentId"]["schemeId"] == "position-opening"
    assert body["statusCode"] == "Open"
    assert body["language"] == "en-US"
    profile = body["positionProfiles"][0]
    assert profile["positionTitle"] == "Customer-service supervisor (standard level)"
    assert profile["positionLocation"] == [{"city": "Shanghai"}]
    assert profile["positionOpenQuantity"] == 2
    assert profile["careerLevels"] == [{"code": "supervisor"}]
    assert profile["positionScheduleTypeCodes"] == ["FullTime"]
    assert profile["positionUri"] == settings.SITE_URL.rstrip("/") + reverse("careers:detail", args=[posting.slug])
    instructions = profile["postingInstructions"][0]
    assert instructions["applicationMethods"][0]["applicationUri"]["url"] == settings.SITE_URL.rstrip("/") + reverse(
        "careers:apply", args=[posting.slug]
    )
    assert instructions["end"] == posting.closes_on.isoformat()
    assert instructions["start"] == "2026-03-02"
    assert len(profile["qualifications"]) == supervisor_profile.requirements.count()
    assert any(q["requiredIndicator"] for q in profile["qualifications"])
    package = profile["offeredRemunerationPackage"]
    assert package["basisCode"] == "Salaried"
    assert package["ranges"] == [
        {
            "intervalCode": "Month",
            "referenceAmount": {"value": 6000.0, "currency": "CNY"},
            "typeCode": "Minimum BasePay",
        },
        {
            "intervalCode": "Month",
            "referenceAmount": {"value": 9000.0, "currency": "CNY"},
            "typeCode": "Maximum BasePay",
        },
    ]


def test_hropen_start_is_the_local_publishing_date(api, make_posting):
    posting = make_posting()
    early = datetime.datetime(2026, 3, 2, 1, 30, tzinfo=timezone.get_current_timezone())  # 2026-03-01 in UTC
    Requisition.objects.filter(pk=posting.pk).update(published_at=early)

    profile = api.anonymous().get(detail_url(posting.slug) + "hropen/").json()["positionProfiles"][0]

    assert profile["postingInstructions"][0]["start"] == "2026-03-02"


def test_hropen_with_only_an_upper_salary_has_one_range(api, make_posting):
    posting = make_posting(salary_min=None, salary_max=12000)

    profile = api.anonymous().get(detail_url(posting.slug) + "hropen/").json()["positionProfiles"][0]

    assert [r["typeCode"] for r in profile["offeredRemunerationPackage"]["ranges"]] == ["Maximum BasePay"]


# --- the API's own 404 -----------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/no-such-thing/", "/api/v2/postings/", "/api/v1/requisitions/abc/"])
def test_unknown_api_address_is_a_json_404(api, path):
    response = api.anonymous().get(path)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["code"] == "not_found"
    assert body["message"]


def test_postings_need_no_token_but_staff_token_still_works(api, make_user, make_posting):
    posting = make_posting()
    hr_user = make_user(Role.HR, username="hr-reader")

    assert slugs(api.anonymous().get(POSTINGS)) == {posting.slug}
    assert slugs(api.as_user(hr_user).get(POSTINGS)) == {posting.slug}
