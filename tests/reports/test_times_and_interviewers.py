"""Time in stage, time to fill and to hire, interviewer calibration and quality of hire, each on
data whose figures are worked out by hand in the test."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application, Candidate, Offer, Probation, StageEvent
from interviews.models import Interview, Rating, Scorecard
from recruiting.roles import Role
from reports import selectors
from requisitions.models import Requisition

pytestmark = pytest.mark.django_db
T0 = timezone.now() - datetime.timedelta(days=100)
DAY = datetime.timedelta(days=1)


def person(posting, name, *, stage="resume_screen", created=T0):
    candidate = Candidate.objects.create(full_name=name, email=f"{name}@example.com", education="bachelor")
    application = Application.objects.create(candidate=candidate, requisition=posting, stage=stage, consent_at=created,
                                             consent_version="t")  # fmt: skip
    Application.objects.filter(pk=application.pk).update(created_at=created)
    application.refresh_from_db()
    return application


def moves(application, *steps):
    """(stage, days after T0) in order."""
    previous = ""
    for stage, days in steps:
        event = StageEvent.objects.create(application=application, from_stage=previous, to_stage=stage)
        StageEvent.objects.filter(pk=event.pk).update(created_at=T0 + days * DAY)
        previous = stage


def card(application, interviewer, scores: dict, recommendation="yes"):
    interview = Interview.objects.create(application=application, round="first", format="phone",
                                         starts_at=T0, ends_at=T0 + datetime.timedelta(hours=1))  # fmt: skip
    scorecard = Scorecard.objects.create(interview=interview, interviewer=interviewer, status="submitted",
                                         submitted_at=T0, recommendation=recommendation)  # fmt: skip
    Rating.objects.bulk_create(
        Rating(scorecard=scorecard, key_item=key, label=key, weight=1, score=score) for key, score in scores.items()
    )


def figures(user):
    return selectors.dashboard(user, selectors.Filters())


def test_time_in_stage_median_and_p90_from_completed_stays(hr, make_posting):
    posting = make_posting()
    moves(person(posting, "a"), ("resume_screen", 0), ("first_interview", 2), ("second_interview", 5))
    moves(person(posting, "b"), ("resume_screen", 0), ("first_interview", 4), ("rejected", 10))
    moves(person(posting, "c"), ("resume_screen", 0))  # still there: not a completed stay
    stages = {row["stage"]: (row["stays"], row["median_days"], row["p90_days"]) for row in figures(hr)["stage_times"]}
    # Resume screen: 2 and 4 days → median 3.0; p90 = 2 + 0.9 × (4 − 2) = 3.8.
    # First interview: 3 (day 2 → 5) and 6 (day 4 → 10) → median 4.5; p90 = 3 + 0.9 × 3 = 5.7.
    assert stages["resume_screen"] == (2, 3.0, 3.8)
    assert stages["first_interview"] == (2, 4.5, 5.7)
    assert stages["second_interview"] == (0, None, None)


def test_time_to_fill_against_the_target_and_time_to_hire(hr, make_posting):
    posting = make_posting()  # a supervisor-level requisition (target 45 days)
    Requisition.objects.filter(pk=posting.pk).update(approved_at=T0)
    today = timezone.localdate()
    for name, applied, accepted in (("f", 0, 20), ("g", 5, 30)):
        application = person(posting, name, stage="probation", created=T0 + applied * DAY)
        Offer.objects.create(application=application, status="accepted", decided_at=T0 + accepted * DAY,
                             signature_name=name, position_title="x", department_name="y", monthly_salary=7000,
                             start_date=today, expires_on=today)  # fmt: skip
    data = figures(hr)
    fill = {row["level"]: row for row in data["fill"]}
    # The first acceptance came 20 days after approval: under the 45-day target.
    assert (fill["supervisor"]["filled"], fill["supervisor"]["median_days"]) == (1, 20.0)
    assert fill["supervisor"]["on_target"] is True
    assert fill["specialist"]["filled"] == 0
    # Applying to accepting: 20 − 0 = 20 days and 30 − 5 = 25 days → median and mean 22.5.
    assert data["hire"] == {"hires": 2, "median_days": 22.5, "mean_days": 22.5}


def test_interviewer_calibration(hr, make_posting, make_user):
    posting = make_posting()
    first, second = person(posting, "x"), person(posting, "y")
    lenient = make_user(Role.INTERVIEWER, username="lenient", first_name="Lenient", last_name="Li")
    strict = make_user(Role.INTERVIEWER, username="strict", first_name="Strict", last_name="Su")
    card(first, lenient, {"empathy": 5, "teamwork": 5}, "strong_yes")
    card(second, lenient, {"empathy": 3, "teamwork": 3}, "yes")
    card(first, strict, {"empathy": 3, "teamwork": 3}, "no")
    rows = {row["interviewer"]: row for row in figures(hr)["calibration"]}
    # Lenient: mean (5+5+3+3)/4 = 4.0; panel on x and y: (5+5+3+3+3+3)/6 = 3.67; difference +0.33.
    assert rows["Lenient Li"] | {} == rows["Lenient Li"]
    assert (rows["Lenient Li"]["cards"], rows["Lenient Li"]["mean"], rows["Lenient Li"]["panel_mean"]) == (2, 4.0, 3.67)
    assert rows["Lenient Li"]["difference"] == 0.33
    assert rows["Lenient Li"]["strong_yes_share"] == 0.5
    # Strict: mean 3.0; panel on x: (5+5+3+3)/4 = 4.0; difference −1.0; no strong answers.
    assert (rows["Strict Su"]["mean"], rows["Strict Su"]["panel_mean"], rows["Strict Su"]["difference"]) == (
        3.0,
        4.0,
        -1.0,
    )
    assert rows["Strict Su"]["strong_no_share"] == 0


def test_quality_of_hire_compares_passes_and_failures_from_five_cases(hr, make_posting, make_user):
    posting = make_posting()
    panelist = make_user(Role.INTERVIEWER, username="qoh")
    today = timezone.localdate()
    for n in range(10):
        passed = n < 5
        application = person(posting, f"q{n}", stage="hired" if passed else "rejected")
        offer = Offer.objects.create(application=application, status="accepted", decided_at=T0, signature_name="s",
                                     position_title="x", department_name="y", monthly_salary=7000, start_date=today,
                                     expires_on=today)  # fmt: skip
        Probation.objects.create(application=application, offer=offer, starts_on=today, ends_on=today + 90 * DAY,
                                 original_ends_on=today + 90 * DAY, status="passed" if passed else "terminated")  # fmt: skip
        scores = {"empathy": 5 if passed else 2}
        if n in (0, 1, 2, 3, 5, 6, 7, 8, 9):  # teamwork: only 4 passes rated
            scores["teamwork"] = 4
        card(application, panelist, scores)
    rows = {row["key_item"]: row for row in figures(hr)["quality"]}
    # Empathy: passes 5.0, failures 2.0 → difference 3.0 (5 cases each side).
    assert (rows["empathy"]["pass_mean"], rows["empathy"]["fail_mean"], rows["empathy"]["difference"]) == (
        5.0,
        2.0,
        3.0,
    )
    assert rows["teamwork"]["passes"] == 4
    assert rows["teamwork"]["shown"] is False
    assert rows["teamwork"]["difference"] is None


def test_the_new_sections_render_and_keep_the_query_count(client, hr, make_posting, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    posting = make_posting()
    moves(person(posting, "a"), ("resume_screen", 0), ("first_interview", 2))
    client.force_login(hr)
    url = reverse("reports:dashboard")
    with CaptureQueriesContext(connection) as few:
        page = client.get(url)
    for section in ("stage-times", "fill", "calibration", "quality"):
        assert f'data-testid="{section}"' in page.content.decode()
    for n in range(30):
        moves(person(posting, f"m{n}"), ("resume_screen", 0), ("first_interview", 3), ("second_interview", 7))
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(url)
    for export in ("stage_times", "fill", "calibration", "quality"):
        assert client.get(url, {"export": export})["Content-Type"].startswith("text/csv")
