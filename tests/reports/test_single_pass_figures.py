"""The figures computed in one pass (funnel and sources from the stage events grouped by application,
time in stage with a window over each application's events, time to fill from the accepted offers
grouped by requisition, calibration from the ratings summed once per card), on histories worked out
by hand: skipped stages, a stage entered twice, an application without events, events at the same
instant; and the scope: a hiring manager's figures leave out every row of other requisitions."""

import pytest
from django.utils import timezone

from candidates.models import Application, Offer
from recruiting.roles import Role
from reports import selectors
from requisitions.models import Requisition
from tests.reports.test_dashboard import PEOPLE, build
from tests.reports.test_times_and_interviewers import DAY, T0, card, moves, person

pytestmark = pytest.mark.django_db


def figures(user, **filters):
    return selectors.dashboard(user, selectors.Filters(**filters))


@pytest.fixture
def histories(make_posting):
    posting = make_posting()
    # a: skips the first interview; the offer is withdrawn and drafted again (two stays in each).
    a = person(posting, "a", stage="hired")
    moves(a, ("resume_screen", 0), ("second_interview", 2), ("offer", 5), ("second_interview", 6), ("offer", 8),
          ("probation", 10), ("hired", 100))  # fmt: skip
    # b: moved back to the resume screen after a first interview, interviewed again, rejected.
    b = person(posting, "b", stage="rejected")
    moves(b, ("resume_screen", 0), ("first_interview", 1), ("resume_screen", 3), ("first_interview", 4),
          ("rejected", 9))  # fmt: skip
    # c: no stage event at all; d: withdrew after a day.
    person(posting, "c")
    d = person(posting, "d", stage="withdrawn")
    moves(d, ("resume_screen", 0), ("withdrawn", 1))
    Application.objects.filter(pk__in=[a.pk, b.pk]).update(source="referral")
    Application.objects.filter(pk=d.pk).update(source="job_board")
    return posting


def test_funnel_counts_each_application_once_per_stage_reached(hr, histories):
    funnel = {row["stage"]: (row["reached"], row["conversion"]) for row in figures(hr)["funnel"]}
    # Resume screen: a, b, d (c has no event). First interview: b only (a skipped it; b's two stays
    # count once). Second interview, offer, probation, hired: a (twice in the first two, once counted).
    assert funnel == {
        "resume_screen": (3, None),
        "first_interview": (1, pytest.approx(1 / 3)),
        "second_interview": (1, 1.0),
        "offer": (1, 1.0),
        "probation": (1, 1.0),
        "hired": (1, 1.0),
    }


def test_sources_count_applications_without_events_and_stages_reached(hr, histories):
    rows = [(r["source"], r["applications"], r["interviews"], r["offers"], r["hires"], r["passes"])
            for r in figures(hr)["sources"]]  # fmt: skip
    # Most applications first, then by name. Referral: a and b; interviewed means reached the first
    # interview, which a skipped.
    assert rows == [
        ("referral", 2, 1, 1, 1, 1),
        ("careers_page", 1, 0, 0, 0, 0),
        ("job_board", 1, 0, 0, 0, 0),
    ]


def test_time_in_stage_counts_every_completed_stay(hr, histories):
    stages = {row["stage"]: (row["stays"], row["median_days"], row["p90_days"]) for row in figures(hr)["stage_times"]}
    # Resume screen: a 2, b 1 and 1 (two stays), d 1 → [1, 1, 1, 2]: median 1.0, p90 = 1 + 0.7 × 1 = 1.7.
    # First interview: b 2 and 5 → median 3.5, p90 = 2 + 0.9 × 3 = 4.7.
    # Second interview: a 3 and 2 → median 2.5, p90 2.9. Offer: a 1 and 2 → 1.5, 1.9. Probation: a 90.
    assert stages == {
        "resume_screen": (4, 1.0, 1.7),
        "first_interview": (2, 3.5, 4.7),
        "second_interview": (2, 2.5, 2.9),
        "offer": (2, 1.5, 1.9),
        "probation": (1, 90.0, 90.0),
    }


def test_events_at_the_same_instant_do_not_end_each_others_stays(hr, make_posting):
    x = person(make_posting(), "x", stage="rejected")
    moves(x, ("resume_screen", 0), ("first_interview", 3), ("second_interview", 3), ("rejected", 7))
    stages = {row["stage"]: (row["stays"], row["median_days"]) for row in figures(hr)["stage_times"]}
    # The stays entered at day 3 both end at the first later move (day 7): 4 days each.
    assert stages["resume_screen"] == (1, 3.0)
    assert stages["first_interview"] == (1, 4.0)
    assert stages["second_interview"] == (1, 4.0)


def accepted(application, days, status="accepted"):
    today = timezone.localdate()
    Offer.objects.create(application=application, status=status, decided_at=T0 + days * DAY, signature_name="s",
                         position_title="x", department_name="y", monthly_salary=7000, start_date=today,
                         expires_on=today)  # fmt: skip


def test_time_to_fill_takes_each_requisitions_first_acceptance(hr, make_posting):
    first, second, unfilled, unapproved = (make_posting(title_en=f"Posting {n}") for n in range(4))
    Requisition.objects.filter(pk__in=[first.pk, unfilled.pk, unapproved.pk]).update(approved_at=T0)
    Requisition.objects.filter(pk=second.pk).update(approved_at=T0 + 10 * DAY)
    Requisition.objects.filter(pk=unapproved.pk).update(approved_at=None)
    accepted(person(first, "f1"), 5, status="declined")  # a declined offer fills nothing
    accepted(person(first, "f2"), 30)
    accepted(person(first, "f3"), 20)  # the first acceptance: 20 days after approval
    accepted(person(second, "s1"), 50)  # 40 days after approval
    accepted(person(unapproved, "u1"), 15)
    fill = {row["level"]: row for row in figures(hr)["fill"]}
    assert (fill["supervisor"]["filled"], fill["supervisor"]["median_days"], fill["supervisor"]["mean_days"]) == (
        2,
        30.0,
        30.0,
    )
    assert fill["supervisor"]["on_target"] is True  # 30 ≤ 45


def test_calibration_counts_cards_without_ratings(hr, make_posting, make_user):
    posting = make_posting()
    first = person(posting, "x")
    rater = make_user(Role.INTERVIEWER, username="rater", first_name="Ra", last_name="Ter")
    quiet = make_user(Role.INTERVIEWER, username="quiet", first_name="", last_name="")  # shown by username
    card(first, rater, {"empathy": 4, "teamwork": 2}, "yes")
    card(first, quiet, {}, "strong_no")  # a recommendation, no rating
    rows = {row["interviewer"]: row for row in figures(hr)["calibration"]}
    assert list(rows) == ["quiet", "Ra Ter"]  # by username
    # Quiet: one card, no mean (so no difference); the panel on x: (4 + 2) / 2 = 3.0.
    assert (rows["quiet"]["cards"], rows["quiet"]["mean"], rows["quiet"]["panel_mean"]) == (1, None, 3.0)
    assert (rows["quiet"]["difference"], rows["quiet"]["strong_no_share"]) == (None, 1.0)
    assert (rows["Ra Ter"]["mean"], rows["Ra Ter"]["panel_mean"], rows["Ra Ter"]["difference"]) == (3.0, 3.0, 0.0)


def test_a_managers_figures_leave_out_other_requisitions(hr, manager, make_user, make_posting):
    """Every section: computed over the manager's requisition alone, then again with another manager's
    requisition full of events, offers, probations and scorecards: the manager's figures are unchanged."""
    panelist = make_user(Role.INTERVIEWER, username="panelist")

    def fill(posting, start):
        build(posting, start=start)
        Requisition.objects.filter(pk=posting.pk).update(approved_at=T0)
        Offer.objects.filter(application__requisition=posting, status="accepted").update(decided_at=timezone.now())
        for n, application in enumerate(Application.objects.filter(requisition=posting)):
            card(application, panelist, {"empathy": 1 + n % 5, "teamwork": 5 - n % 5}, "strong_yes")

    fill(make_posting(), 0)
    alone = figures(manager)
    assert alone == figures(hr)
    assert alone["funnel"][0]["reached"] == len(PEOPLE)
    fill(make_posting(title_en="Night shift agent", hiring_manager=make_user(Role.HIRING_MANAGER, username="m2")), 10)
    assert figures(manager) == alone
    everyone = figures(hr)
    assert everyone["funnel"][0]["reached"] == 2 * len(PEOPLE)
    for section in ("sources", "rejections", "rates", "stage_times", "fill", "hire", "calibration", "quality"):
        assert everyone[section] != alone[section], section


def test_filters_narrow_every_pass(hr, histories):
    """The date and source filters reach the one-pass figures (the scope is then a subquery)."""
    referral = figures(hr, source="referral")
    assert [r["reached"] for r in referral["funnel"]] == [2, 1, 1, 1, 1, 1]
    assert {r["stage"]: r["stays"] for r in referral["stage_times"]}["resume_screen"] == 3  # a once, b twice
    tomorrow = timezone.localdate() + 1 * DAY
    assert all(r["stays"] == 0 for r in figures(hr, start=tomorrow)["stage_times"])
