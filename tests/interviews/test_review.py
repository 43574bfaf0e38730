import datetime

import pytest
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application, Candidate
from interviews.models import Interview, PanelMember, Rating, Scorecard
from recruiting.roles import Role

pytestmark = pytest.mark.django_db


def build(posting, panel, count, *, start=0, scores=(5, 4, 3)):
    """``count`` applications with one first-round interview each and a submitted card per panel member
    (built in bulk: the query count under test is the page's, not the fixture's)."""
    now = timezone.now()
    people = Candidate.objects.bulk_create(
        Candidate(full_name=f"Person {i}", email=f"r{i}@example.com", education="bachelor")
        for i in range(start, start + count)
    )
    applications = Application.objects.bulk_create(
        Application(
            candidate=p,
            requisition=posting,
            stage="first_interview",
            consent_at=now,
            consent_version="t",
            screening_outcome="eligible",
        )
        for p in people
    )
    interviews = Interview.objects.bulk_create(
        Interview(
            application=a,
            round="first",
            format="phone",
            starts_at=now - datetime.timedelta(days=1),
            ends_at=now - datetime.timedelta(hours=23),
        )
        for a in applications
    )
    PanelMember.objects.bulk_create(PanelMember(interview=i, interviewer=p) for i in interviews for p in panel)
    cards = Scorecard.objects.bulk_create(
        Scorecard(interview=i, interviewer=p, status="submitted", submitted_at=now, recommendation="yes")
        for i in interviews
        for p in panel
    )
    rows = list(posting.requirements.filter(methods__step="first_interview").distinct()[:3])
    Rating.objects.bulk_create(
        Rating(
            scorecard=c,
            requirement=row,
            key_item=row.key_item,
            label=row.key_item,
            weight=2,
            score=scores[n % len(scores)],
        )
        for n, c in enumerate(cards)
        for row in rows
    )
    return applications


def test_review_query_count_is_constant_with_100_candidates_and_3_cards_each(
    client, manager, make_posting, make_user, django_assert_num_queries
):
    from django.db import connection

    posting = make_posting()
    panel = [make_user(Role.INTERVIEWER, username=f"panel-{n}") for n in range(3)]
    build(posting, panel, 2)
    client.force_login(manager)
    url = reverse("interviews:review", args=[posting.pk])
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    build(posting, panel, 98, start=2)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(url)
    rows = list(response.context["page"])
    assert len(rows) == 100
    assert all(row.summary.cards == 3 for row in rows)
    # Scores 5, 4, 3 from the three interviewers with equal weights: overall 4, spread 2.
    assert {round(row.summary.overall, 6) for row in rows} == {4.0}
    assert {row.summary.spread for row in rows} == {2.0}


def test_review_scope_and_blindness(client, make_posting, manager, hr, make_user, interviewer):
    posting = make_posting()
    applications = build(posting, [make_user(Role.INTERVIEWER, username="p1")], 1)
    url = reverse("interviews:review", args=[posting.pk])
    client.force_login(make_user(Role.HIRING_MANAGER, username="another-manager"))
    assert client.get(url).status_code == 404
    client.force_login(interviewer)
    assert client.get(url).status_code == 403
    client.force_login(hr)
    page = client.get(url)
    assert page.status_code == 200
    assert "Person 0" in page.content.decode()
    # HR sits on a panel of this application without a card: its scores are hidden from HR.
    PanelMember.objects.create(interview=applications[0].interviews.get(), interviewer=hr)
    page = client.get(url)
    assert applications[0].pk in page.context["blind_for"]
    assert "after your card" in page.content.decode()
    assert client.get(url, {"stage": "nonsense", "sort": "<x>", "page": "999"}).status_code == 200


def test_advance_from_the_review_goes_through_the_pipeline_and_returns(client, make_posting, manager):
    posting = make_posting()
    application = build(posting, [], 1)[0]
    Application.objects.filter(pk=application.pk).update(stage="resume_screen")
    client.force_login(manager)
    review = reverse("interviews:review", args=[posting.pk])
    response = client.post(
        reverse("candidates:move", args=[application.pk]),
        {f"m{application.pk}-target": "first_interview", "next": review},
    )
    assert response.status_code == 302
    assert response["Location"] == review
    application.refresh_from_db()
    assert application.stage == "first_interview"
    evil = client.post(reverse("candidates:move", args=[application.pk]),
                       {f"m{application.pk}-target": "first_interview", "next": "https://evil.example/"})  # fmt: skip
    assert evil["Location"] == reverse("candidates:detail", args=[application.candidate_id])


def test_interviewer_home_lists_upcoming_due_and_history(client, make_posting, make_user):
    posting = make_posting()
    me = make_user(Role.INTERVIEWER, username="me")
    build(posting, [me], 1)  # a past interview with my submitted card: history
    due = build(posting, [me], 1, start=1)[0]
    Scorecard.objects.filter(interview__application=due).delete()  # a past interview without my card: due
    upcoming = build(posting, [me], 1, start=2)[0]
    Interview.objects.filter(application=upcoming).update(
        starts_at=timezone.now() + datetime.timedelta(days=1),
        ends_at=timezone.now() + datetime.timedelta(days=1, hours=1),
    )
    client.force_login(me)
    home = client.get(reverse("home"))
    section = next(s for s in home.context["sections"] if s["key"] == "my-interviews")
    assert [i.application_id for i in section["upcoming"]] == [upcoming.pk]
    assert [i.application_id for i in section["due"]] == [due.pk]
    mine = client.get(reverse("interviews:mine"))
    assert sorted(c.interview.application.candidate.full_name for c in mine.context["history"]) == [
        "Person 0",
        "Person 2",
    ]


def test_the_applications_list_shows_and_sorts_by_interview_score(client, hr, make_posting, make_user):
    posting = make_posting()
    panel = [make_user(Role.INTERVIEWER, username="solo")]
    low = build(posting, panel, 1, scores=(2,))[0]
    high = build(posting, panel, 1, start=1, scores=(5,))[0]
    unscored = build(posting, [], 1, start=2)[0]
    client.force_login(hr)
    page = client.get(reverse("candidates:list"), {"sort": "score"})
    assert [a.pk for a in page.context["page"]] == [high.pk, low.pk, unscored.pk]
    assert [a.average_score for a in page.context["page"]] == [5.0, 2.0, None]
