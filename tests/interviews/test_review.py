import datetime
import random
from collections import defaultdict
from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import Prefetch
from django.template.defaultfilters import floatformat
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application, Candidate
from interviews import scoring
from interviews.models import Interview, PanelMember, Rating, Scorecard
from interviews.selectors import blind_seats
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


@pytest.mark.parametrize("sort", ["overall", "spread", "name"])
def test_review_query_count_is_the_same_with_3_and_30_applications(
    client, manager, make_posting, make_user, django_assert_num_queries, sort
):
    posting = make_posting()
    panel = [make_user(Role.INTERVIEWER, username=f"panel-{n}") for n in range(3)]
    build(posting, panel, 3)
    client.force_login(manager)
    url = reverse("interviews:review", args=[posting.pk])
    with CaptureQueriesContext(connection) as few:
        assert client.get(url, {"sort": sort}).status_code == 200
    build(posting, panel, 27, start=3)
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(url, {"sort": sort})
    rows = list(response.context["page"])
    assert len(rows) == 30
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


# The review as the page computed it before it paged in the database (every listed application's cards
# loaded and summarised in Python, then sorted by these keys): the reference the paged page must equal.
PREVIOUS_SORTS = {
    "overall": lambda row: (row[1].overall is None, -(row[1].overall or 0)),
    "name": lambda row: row[0].candidate.full_name,
    "spread": lambda row: (row[1].spread is None, -(row[1].spread or 0)),
    "stage": lambda row: row[0].stage,
}


def previous_review(user, posting, *, stage=None, sort="overall"):
    applications = Application.objects.filter(requisition=posting).select_related("candidate").order_by("pk")
    if stage:
        applications = applications.filter(stage=stage)
    else:
        applications = applications.exclude(stage__in=["rejected", "withdrawn"])
    applications = list(applications)
    blind = set(blind_seats(user).values_list("interview__application_id", flat=True))
    cards = (
        Scorecard.objects.filter(interview__application__in=applications, status="submitted")
        .exclude(interview__application_id__in=blind)
        .select_related("interview")
        .prefetch_related(Prefetch("ratings", queryset=Rating.objects.filter(score__isnull=False)))
        .order_by("interview__starts_at", "pk")
    )
    columns, ratings, recommendations = {}, defaultdict(list), defaultdict(list)
    seen = defaultdict(list)  # application -> ((start, card, rating), competency, (label, weight)) in card order
    for card in cards:
        application_id = card.interview.application_id
        recommendations[application_id].append(card.recommendation)
        for rating in card.ratings.all():
            key = rating.requirement_id or rating.key_item
            columns.setdefault(key, (rating.label, rating.weight))
            seen[application_id].append(
                ((card.interview.starts_at, card.pk, rating.pk), key, (rating.label, rating.weight))
            )
            ratings[application_id].append(
                scoring.RatingRow(card.pk, card.interviewer_id, key, rating.label, rating.weight, rating.score)
            )
    rows = [(a, scoring.summarise(ratings[a.pk], recommendations[a.pk])) for a in applications]
    rows.sort(key=PREVIOUS_SORTS[sort])
    return columns, rows, blind & {a.pk for a in applications}, seen


def page_columns(seen, part):
    """The competencies of a page: those scored on its applications' cards, in the order they first
    appear there (the previous page showed those of every listed application: the same on a single
    page; on a longer list each page now leaves out the columns that would be empty on it)."""
    first = {}
    for _, key, column in sorted(item for application, _ in part for item in seen[application.pk]):
        first.setdefault(key, column)
    return list(first.items())


# Weights whose hundredths make floats tie or nearly tie (0.1 + 0.2 …), names that sort differently by
# code point than by a locale's collation, and duplicate names (ties broken by id).
WEIGHTS = [Decimal(w) for w in ("0.10", "0.20", "0.30", "0.50", "0.57", "1.00", "1.25", "1.50", "2.00", "3.33")]
NAMES = ["Zhang Wei", "zhang wei", "Émile Roux", "李雷", "王芳", "Anna", "anna", "Bob", "Öztürk", "Li Lei", "Bob"]
STAGES = ["resume_screen", "first_interview", "first_interview", "second_interview", "second_interview", "offer",
          "hired", "rejected", "withdrawn"]  # fmt: skip


def mixed_applications(posting, panel, *, count, seed=7):
    """``count`` applications in every stage, with none, one or two interviews (scheduled or cancelled,
    some at the same hour), one to three interviewers each (one sitting both rounds), submitted cards
    with random scores and weights, superseded versions and drafts (which count for nothing), and
    ratings whose demand-table row is gone (keyed by the competency). Built in bulk."""
    rng = random.Random(seed)
    now = timezone.now()
    rows = {
        "first": list(posting.requirements.filter(methods__step="first_interview").distinct().order_by("pk")[:4]),
        "second": list(posting.requirements.filter(methods__step="second_interview").distinct().order_by("pk")[:3]),
    }
    people = Candidate.objects.bulk_create(
        Candidate(full_name=NAMES[i % len(NAMES)], email=f"m{seed}-{i}@example.com", education="bachelor")
        for i in range(count)
    )
    applications = Application.objects.bulk_create(
        Application(candidate=p, requisition=posting, stage=rng.choice(STAGES), consent_at=now, consent_version="t",
                    screening_outcome=rng.choice(["eligible", "needs_review", "ineligible"]))
        for p in people
    )  # fmt: skip
    interviews = []
    for application in applications:
        for round in ["first", "second"][: rng.choice([0, 1, 1, 2])]:
            start = now - datetime.timedelta(days=rng.choice([3, 2, 1]), hours=rng.choice([0, 4]))
            interviews.append(
                Interview(application=application, round=round, format="phone", starts_at=start,
                          ends_at=start + datetime.timedelta(hours=1),
                          status=rng.choice(["scheduled"] * 5 + ["cancelled"]))
            )  # fmt: skip
    interviews = Interview.objects.bulk_create(interviews)
    seats, cards, ratings = [], [], []
    for interview in interviews:
        for interviewer in rng.sample(panel, rng.choice([1, 2, 2, 3])):
            seats.append(PanelMember(interview=interview, interviewer=interviewer))
            kind = rng.choice(["submitted"] * 6 + ["amended", "draft"])
            versions = {"submitted": ["submitted"], "amended": ["superseded", "submitted"], "draft": ["draft"]}[kind]
            for version, status in enumerate(versions, start=1):
                done = status != "draft"
                card = Scorecard(interview=interview, interviewer=interviewer, version=version, status=status,
                                 recommendation=rng.choice(["strong_yes", "yes", "no", "strong_no"]) if done else "",
                                 submitted_at=now if done else None)  # fmt: skip
                cards.append(card)
                for row in rows[interview.round]:
                    gone = rng.random() < 0.1
                    ratings.append(
                        (card, Rating(requirement=None if gone else row, key_item=row.key_item, label=row.key_item,
                                      weight=rng.choice(WEIGHTS), score=rng.randint(1, 5) if done else None))
                    )  # fmt: skip
    PanelMember.objects.bulk_create(seats)
    Scorecard.objects.bulk_create(cards)
    for card, rating in ratings:
        rating.scorecard = card
    Rating.objects.bulk_create(rating for _, rating in ratings)
    return applications


def sit(user, interview, *status):
    """``user`` on the panel of ``interview``, with cards of these statuses."""
    PanelMember.objects.create(interview=interview, interviewer=user)
    for version, value in enumerate(status, start=1):
        done = value != "draft"
        Scorecard.objects.create(interview=interview, interviewer=user, version=version, status=value,
                                 recommendation="yes" if done else "", submitted_at=timezone.now() if done else None)  # fmt: skip


@pytest.mark.parametrize("viewer", ["hr", "manager"])
def test_review_shows_what_the_python_computation_gave_on_every_page_sort_and_stage(
    client, request, make_posting, make_user, viewer
):
    posting = make_posting()
    panel = [make_user(Role.INTERVIEWER, username=f"mixed-{n}") for n in range(4)]
    applications = mixed_applications(posting, panel, count=260)
    user = request.getfixturevalue(viewer)
    scheduled = list(Interview.objects.filter(application__in=applications, status="scheduled").order_by("pk"))
    sit(user, scheduled[0])  # blind: a seat without a card
    sit(user, scheduled[1], "draft")  # blind: only a draft
    sit(user, scheduled[2], "submitted")  # not blind
    sit(user, scheduled[3], "superseded", "draft")  # not blind: an amendment under way
    cancelled = Interview.objects.filter(application__in=applications, status="cancelled").first()
    sit(user, cancelled)  # not blind: the interview is cancelled
    client.force_login(user)
    url = reverse("interviews:review", args=[posting.pk])
    checked = 0
    for stage in [None, "first_interview", "second_interview", "rejected", "resume_screen"]:
        for sort in PREVIOUS_SORTS:
            columns, expected, blind, seen = previous_review(user, posting, stage=stage, sort=sort)
            pages = max(1, -(-len(expected) // 100))
            for number in range(1, pages + 1):
                response = client.get(url, {"sort": sort, "page": number} | ({"stage": stage} if stage else {}))
                rows = list(response.context["page"])
                part = expected[(number - 1) * 100 : number * 100]
                assert [row.application.pk for row in rows] == [a.pk for a, _ in part], (stage, sort, number)
                assert [row.summary for row in rows] == [summary for _, summary in part], (stage, sort, number)
                assert response.context["columns"] == page_columns(seen, part)
                if pages == 1:
                    assert response.context["columns"] == list(columns.items())
                assert response.context["blind_for"] == blind & {a.pk for a, _ in part}
                checked += len(rows)
    assert checked > 1000
    # The default view is the active applications by overall score: 2 pages here, the second partly
    # of applications nobody has scored yet (resume screen included), last.
    _, expected, blind, _ = previous_review(user, posting)
    assert len(expected) > 100
    assert blind == {scheduled[0].application_id, scheduled[1].application_id} - {
        a.pk for a in applications if a.stage in ("rejected", "withdrawn")
    }
    last = client.get(url, {"page": 2})
    assert [row.application.pk for row in last.context["page"]] == [a.pk for a, _ in expected[100:]]
    assert expected[-1][1].overall is None
    html = client.get(url).content.decode()
    top, summary = expected[0]
    assert f'data-testid="overall-{top.pk}"><strong>{floatformat(summary.overall, 2)}</strong>' in html


def test_review_blind_rule_hides_other_cards_until_the_own_card_is_in(client, make_posting, make_user, hr, manager):
    posting = make_posting()
    panel = [make_user(Role.INTERVIEWER, username="p1"), make_user(Role.INTERVIEWER, username="p2")]
    hidden, shown = build(posting, panel, 2, scores=(5, 1))
    interview = hidden.interviews.get()
    sit(hr, interview)  # HR sits on the panel and has not scored yet
    client.force_login(hr)
    url = reverse("interviews:review", args=[posting.pk])
    response = client.get(url)
    rows = {row.application.pk: row for row in response.context["page"]}
    assert response.context["blind_for"] == {hidden.pk}
    assert rows[hidden.pk].cards == []
    assert rows[hidden.pk].summary.overall is None
    assert rows[shown.pk].summary.cards == 2
    # Ranked as having no score (last), for every score sort.
    for sort in ("overall", "spread"):
        assert [row.application.pk for row in client.get(url, {"sort": sort}).context["page"]] == [shown.pk, hidden.pk]
    assert "after your card" in response.content.decode()
    # Another reviewer (the hiring manager) is not blind to it.
    client.force_login(manager)
    response = client.get(url)
    assert response.context["blind_for"] == set()
    assert [row.application.pk for row in response.context["page"]] == [hidden.pk, shown.pk]
    # Once HR's own card is in, HR sees the others' cards too.
    client.force_login(hr)
    Scorecard.objects.create(interview=interview, interviewer=hr, status="submitted", recommendation="no",
                             submitted_at=timezone.now())  # fmt: skip
    response = client.get(url)
    assert response.context["blind_for"] == set()
    rows = {row.application.pk: row for row in response.context["page"]}
    assert rows[hidden.pk].summary.cards == 3


def test_review_pages_beyond_the_first_hundred(client, manager, make_posting, make_user):
    posting = make_posting()
    panel = [make_user(Role.INTERVIEWER, username="solo")]
    scored = build(posting, panel, 60, scores=(3,)) + build(posting, panel, 60, start=60, scores=(4,))
    unscored = build(posting, [], 30, start=120)
    client.force_login(manager)
    url = reverse("interviews:review", args=[posting.pk])
    first = client.get(url)
    assert first.context["page"].paginator.count == 150
    assert [row.application.pk for row in first.context["page"]] == [a.pk for a in scored[60:] + scored[:40]]
    second = client.get(url, {"page": 2})
    assert [row.application.pk for row in second.context["page"]] == [a.pk for a in scored[40:60] + unscored]
    assert client.get(url, {"page": 99}).context["page"].number == 2  # past the end: the last page
    assert client.get(url, {"page": "x"}).context["page"].number == 1
