"""The dashboard on a small data set whose figures are worked out by hand below."""

import datetime

import pytest
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application, Candidate, Offer, Probation, RejectionReason, StageEvent
from recruiting.roles import Role
from reports import selectors

pytestmark = pytest.mark.django_db

# Each person: source, the stages they went through in order (the last is where they are), offer
# status (if any), probation status (if any), and the reason when rejected.
PEOPLE = [
    ("careers_page", ["resume_screen", "first_interview", "second_interview", "offer", "probation", "hired"],
     "accepted", "passed", None),
    ("careers_page", ["resume_screen", "first_interview", "rejected"], None, None, "skills"),
    ("referral", ["resume_screen", "first_interview", "second_interview", "offer"], "declined", None, None),
    ("referral", ["resume_screen", "rejected"], None, None, "requirements"),
    ("job_board", ["resume_screen"], None, None, None),
    ("careers_page", ["resume_screen", "first_interview", "second_interview", "offer", "probation", "rejected"],
     "accepted", "terminated", "probation_not_passed"),
]  # fmt: skip


def build(posting, people=PEOPLE, *, start=0):
    now = timezone.now()
    today = timezone.localdate()
    for n, (source, stages, offer_status, probation_status, reason) in enumerate(people, start=start):
        person = Candidate.objects.create(full_name=f"P{n}", email=f"p{n}@example.com", education="bachelor")
        application = Application.objects.create(candidate=person, requisition=posting, stage=stages[-1], source=source,
                                                 consent_at=now, consent_version="t")  # fmt: skip
        previous = ""
        for stage in stages:
            StageEvent.objects.create(
                application=application, from_stage=previous, to_stage=stage,
                reason=RejectionReason.objects.get(code=reason) if stage == "rejected" else None,
            )  # fmt: skip
            previous = stage
        if offer_status:
            offer = Offer.objects.create(
                application=application, status=offer_status, position_title="Agent", department_name="CS",
                monthly_salary=7000, start_date=today, expires_on=today, signature_name="x",
            )  # fmt: skip
            if probation_status:
                Probation.objects.create(application=application, offer=offer, starts_on=today,
                                         ends_on=today + datetime.timedelta(days=90),
                                         original_ends_on=today + datetime.timedelta(days=90),
                                         status=probation_status)  # fmt: skip


@pytest.fixture
def data(make_posting):
    posting = make_posting()
    build(posting)
    return posting


def test_the_figures_worked_out_by_hand(hr, data):
    figures = selectors.dashboard(hr, selectors.Filters())
    funnel = {row["stage"]: (row["reached"], row["conversion"]) for row in figures["funnel"]}
    # Reached: all 6 were screened; 4 reached a first interview (people 0, 1, 2, 5); 3 a second and an
    # offer (0, 2, 5); 2 probation (0, 5); 1 was hired (0).
    assert funnel == {
        "resume_screen": (6, None),
        "first_interview": (4, pytest.approx(4 / 6)),
        "second_interview": (3, pytest.approx(3 / 4)),
        "offer": (3, pytest.approx(1.0)),
        "probation": (2, pytest.approx(2 / 3)),
        "hired": (1, pytest.approx(1 / 2)),
    }
    sources = {row["source"]: (row["applications"], row["interviews"], row["offers"], row["hires"])
               for row in figures["sources"]}  # fmt: skip
    assert sources == {"careers_page": (3, 3, 2, 1), "referral": (2, 1, 1, 0), "job_board": (1, 0, 0, 0)}
    rejections = {(row["stage"], row["reason"]): row["count"] for row in figures["rejections"]}
    assert rejections == {("first_interview", "skills"): 1, ("resume_screen", "requirements"): 1,
                          ("probation", "probation_not_passed"): 1}  # fmt: skip
    rates = figures["rates"]
    assert (rates["offers_accepted"], rates["offers_closed"]) == (2, 3)  # accepted, accepted, declined
    assert rates["offer_acceptance"] == pytest.approx(2 / 3)
    assert (rates["probation_passed"], rates["probation_decided"]) == (1, 2)
    assert rates["probation_pass_rate"] == pytest.approx(0.5)


def test_filters_narrow_the_figures(hr, data, make_posting):
    assert selectors.dashboard(hr, selectors.Filters(source="referral"))["funnel"][0]["reached"] == 2
    other = make_posting(title_en="Night shift agent")
    build(other, PEOPLE[:2], start=10)
    assert selectors.dashboard(hr, selectors.Filters())["funnel"][0]["reached"] == 8
    assert selectors.dashboard(hr, selectors.Filters(requisition=other.pk))["funnel"][0]["reached"] == 2
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert selectors.dashboard(hr, selectors.Filters(start=tomorrow))["funnel"][0]["reached"] == 0
    assert selectors.dashboard(hr, selectors.Filters(level="director"))["funnel"][0]["reached"] == 0


def test_open_requisitions_by_age(hr, data, make_posting):
    from requisitions.models import Requisition

    older = make_posting(title_en="Older posting")
    Requisition.objects.filter(pk=older.pk).update(published_at=timezone.now() - datetime.timedelta(days=45))
    ages = {row["label"]: row["count"] for row in selectors.dashboard(hr, selectors.Filters())["ages"]}
    assert ages == {"0–30": 1, "31–60": 1, "61–90": 0, "91+": 0}


def test_the_query_count_does_not_grow_with_the_data(client, hr, data, django_assert_num_queries):
    from django.db import connection

    client.force_login(hr)
    url = reverse("reports:dashboard")
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    build(data, PEOPLE * 20, start=100)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert response.context["funnel"][0]["reached"] == 6 * 21


def test_scope_and_permissions(client, data, manager, make_user, interviewer):
    url = reverse("reports:dashboard")
    assert client.get(url).status_code == 302
    client.force_login(interviewer)
    assert client.get(url).status_code == 403
    client.force_login(manager)  # the posting's hiring manager: their requisition's figures
    assert client.get(url).context["funnel"][0]["reached"] == 6
    client.force_login(make_user(Role.HIRING_MANAGER, username="someone-else"))
    page = client.get(url, {"requisition": str(data.pk)})
    assert page.context["funnel"][0]["reached"] == 0
    assert page.context["requisitions"] == []


def test_csv_exports_and_bad_filters(client, hr, data):
    client.force_login(hr)
    url = reverse("reports:dashboard")
    csv = client.get(url, {"export": "funnel"})
    assert csv["Content-Type"].startswith("text/csv")
    lines = csv.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Stage,Reached")
    assert lines[2] == "First interview,4,66.7"
    sources = client.get(url, {"export": "sources"}).content.decode("utf-8-sig").splitlines()
    assert "Careers page,3,3,2,1,1" in sources
    for bad in ({"start": "2026-13-45"}, {"department": "x"}, {"level": "<b>"}, {"source": "'; DROP"},
                {"export": "../etc"}, {"requisition": "99999999999"}):  # fmt: skip
        assert client.get(url, bad).status_code == 200
