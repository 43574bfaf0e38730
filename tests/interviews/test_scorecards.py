from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from candidates.services.pipeline import application_transition
from interviews import selectors
from interviews.models import Rating, Scorecard
from interviews.scoring import RatingRow, summarise, weighted_mean
from interviews.services.scorecards import (
    scorecard_amend,
    scorecard_reminders_send,
    scorecard_save,
    scorecard_start,
    scorecard_submit,
)
from recruiting.models import Notification
from recruiting.roles import Role

pytestmark = pytest.mark.django_db


def fill(card, actor, score=4, recommendation="yes", **extra):
    data = {f"score_{r.pk}": str(score) for r in card.ratings.all()} | {"recommendation": recommendation} | extra
    return scorecard_save(actor=actor, scorecard=card, data=data)


def test_a_card_has_the_rounds_competencies_weighted_by_priority(make_application, schedule, interviewer):
    interview = schedule(make_application(), [interviewer])
    card = scorecard_start(actor=interviewer, interview=interview)
    ratings = {r.key_item: r.weight for r in card.ratings.all()}
    # The supervisor profile's rows assessed in the first interview (behavioural interview, tests ...).
    assert set(ratings) == {"language", "systems", "planning", "leadership", "quality_control", "data_awareness",
                            "communication", "empathy", "professional_knowledge", "teamwork"}  # fmt: skip
    assert ratings["language"] == Decimal(3)  # required
    assert ratings["leadership"] == Decimal(3)  # very high
    assert ratings["empathy"] == Decimal(2)  # high
    assert ratings["teamwork"] == Decimal("1.5")  # medium-high
    assert ratings["professional_knowledge"] == Decimal(1)  # medium
    assert scorecard_start(actor=interviewer, interview=interview) == card  # the same draft again


def test_drafts_save_submit_locks_and_an_amendment_is_a_new_version(make_application, schedule, interviewer):
    interview = schedule(make_application(), [interviewer])
    card = scorecard_start(actor=interviewer, interview=interview)
    scorecard_save(actor=interviewer, scorecard=card, data={"star_notes": "S: queue of 40; A: triaged"})
    with pytest.raises(ValidationError) as incomplete:
        scorecard_submit(actor=interviewer, scorecard=card)
    assert "Score every competency" in str(incomplete.value)
    fill(card, interviewer)
    card = scorecard_submit(actor=interviewer, scorecard=card)
    assert card.status == "submitted"
    assert card.submitted_at
    with pytest.raises(ValidationError):
        fill(card, interviewer, score=1)
    assert set(card.ratings.values_list("score", flat=True)) == {4}

    amendment = scorecard_amend(actor=interviewer, scorecard=card)
    assert amendment.version == 2
    assert amendment.status == "draft"
    assert list(amendment.ratings.values_list("score", flat=True)) == [4] * 10
    fill(amendment, interviewer, score=2, recommendation="no")
    with pytest.raises(ValidationError):  # an amendment says why
        scorecard_submit(actor=interviewer, scorecard=amendment)
    fill(amendment, interviewer, score=2, recommendation="no", amendment_reason="Mixed up two candidates")
    scorecard_submit(actor=interviewer, scorecard=amendment)
    card.refresh_from_db()
    assert card.status == "superseded"
    assert set(card.ratings.values_list("score", flat=True)) == {4}  # the earlier version is kept as it was
    current = Scorecard.objects.get(interview=interview, interviewer=interviewer, status="submitted")
    assert current.version == 2
    assert current.recommendation == "no"


def test_bad_scores_are_refused_whole(make_application, schedule, interviewer):
    interview = schedule(make_application(), [interviewer])
    card = scorecard_start(actor=interviewer, interview=interview)
    first, second = list(card.ratings.all())[:2]
    for bad in ("0", "6", "3.5", "x", "-1"):
        with pytest.raises(ValidationError):
            scorecard_save(
                actor=interviewer, scorecard=card, data={f"score_{first.pk}": "5", f"score_{second.pk}": bad}
            )
    assert not card.ratings.filter(score__isnull=False).exists()
    with pytest.raises(ValidationError):
        scorecard_save(actor=interviewer, scorecard=card, data={"recommendation": "maybe"})


def test_the_database_keeps_one_current_card_and_scores_in_range(make_application, schedule, interviewer):
    interview = schedule(make_application(), [interviewer])
    card = scorecard_start(actor=interviewer, interview=interview)
    with pytest.raises(IntegrityError), transaction.atomic():
        Rating.objects.filter(scorecard=card).update(score=7)
    with pytest.raises(IntegrityError), transaction.atomic():
        Scorecard.objects.create(interview=interview, interviewer=interviewer, version=2)  # a second draft


def test_only_the_panel_fills_cards(make_application, schedule, interviewer, panelist, hr, manager):
    interview = schedule(make_application(), [interviewer])
    for outsider in (panelist, hr, manager):
        with pytest.raises(PermissionDenied):
            scorecard_start(actor=outsider, interview=interview)
    card = scorecard_start(actor=interviewer, interview=interview)
    with pytest.raises(PermissionDenied):
        scorecard_save(actor=panelist, scorecard=card, data={})
    with pytest.raises(PermissionDenied):
        scorecard_submit(actor=hr, scorecard=card)


def test_the_blind_rule(client, make_application, schedule, interviewer, panelist, manager):
    application = make_application()
    interview = schedule(application, [interviewer, panelist, manager])
    mine = fill(scorecard_start(actor=interviewer, interview=interview), interviewer)
    theirs = fill(scorecard_start(actor=panelist, interview=interview), panelist)
    scorecard_submit(actor=panelist, scorecard=theirs)
    # The interviewer has not submitted: only their own draft.
    assert list(selectors.scorecards_for(user=interviewer, application=application)) == [mine]
    client.force_login(interviewer)
    assert client.get(reverse("interviews:scorecard", args=[theirs.pk])).status_code == 404
    # The hiring manager sits on the panel too: blind until their own card is in.
    assert list(selectors.scorecards_for(user=manager, application=application)) == []
    scorecard_submit(actor=interviewer, scorecard=mine)
    assert set(selectors.scorecards_for(user=interviewer, application=application)) == {mine, theirs}
    assert client.get(reverse("interviews:scorecard", args=[theirs.pk])).status_code == 200
    # Nobody sees another person's draft.
    draft = scorecard_start(actor=manager, interview=interview)
    assert draft not in set(selectors.scorecards_for(user=interviewer, application=application))


def test_the_second_interview_needs_a_submitted_first_round_card(make_application, schedule, interviewer, hr, manager):
    application = make_application()
    application_transition(actor=manager, application=application, target="first_interview")
    interview = schedule(application, [interviewer])
    with pytest.raises(ValidationError) as refused:
        application_transition(actor=manager, application=application, target="second_interview")
    assert "first-round scorecard" in str(refused.value)
    with pytest.raises(ValidationError):  # HR without a note is refused too ...
        application_transition(actor=hr, application=application, target="second_interview")
    card = fill(scorecard_start(actor=interviewer, interview=interview), interviewer)
    scorecard_submit(actor=interviewer, scorecard=card)
    application_transition(actor=manager, application=application, target="second_interview")
    application.refresh_from_db()
    assert application.stage == "second_interview"


def test_hr_overrides_the_guard_with_a_note(make_application, hr):
    application = make_application()
    application_transition(actor=hr, application=application, target="first_interview")
    application_transition(actor=hr, application=application, target="second_interview", note="Panel met in person")
    assert application.events.last().note == "Panel met in person"


def test_overdue_cards_remind_their_interviewer_once(make_application, schedule, interviewer, panelist):
    import datetime

    from django.utils import timezone

    interview = schedule(make_application(), [interviewer, panelist])
    card = fill(scorecard_start(actor=panelist, interview=interview), panelist)
    scorecard_submit(actor=panelist, scorecard=card)
    later = interview.ends_at + datetime.timedelta(hours=23)
    assert scorecard_reminders_send(now=later) == 0
    later = interview.ends_at + datetime.timedelta(hours=25)
    assert scorecard_reminders_send(now=later) == 1
    assert scorecard_reminders_send(now=later) == 0
    (reminder,) = Notification.objects.filter(template_key="interviews/scorecard_due")
    assert reminder.recipient == interviewer.email
    assert timezone.now() < later


def test_weighting_arithmetic_worked_by_hand():
    # Two interviewers, two competencies: empathy (weight 2), teamwork (weight 1.5).
    rows = [
        RatingRow(card=1, interviewer=10, competency="empathy", label="Empathy", weight=Decimal(2), score=5),
        RatingRow(card=1, interviewer=10, competency="teamwork", label="Teamwork", weight=Decimal("1.5"), score=3),
        RatingRow(card=2, interviewer=11, competency="empathy", label="Empathy", weight=Decimal(2), score=3),
        RatingRow(card=2, interviewer=11, competency="teamwork", label="Teamwork", weight=Decimal("1.5"), score=2),
    ]
    summary = summarise(rows, ["strong_yes", "no"])
    assert summary.competencies["empathy"]["mean"] == 4
    assert summary.competencies["teamwork"]["mean"] == 2.5
    # (5·2 + 3·1.5 + 3·2 + 2·1.5) / (2 + 1.5 + 2 + 1.5) = 23.5 / 7
    assert summary.overall == pytest.approx(23.5 / 7)
    # Card 1: (10 + 4.5) / 3.5 = 4.142857; card 2: (6 + 3) / 3.5 = 2.571429
    assert summary.spread == pytest.approx(14.5 / 3.5 - 9 / 3.5)
    assert summary.recommendations == {"strong_yes": 1, "no": 1}
    assert weighted_mean([]) is None
    assert summarise([], []).overall is None
    assert summarise([], []).spread is None


def test_the_board_badge_uses_the_same_formula(client, hr, make_application, schedule, interviewer, panelist):
    application = make_application()
    interview = schedule(application, [interviewer, panelist])
    for person, score in ((interviewer, 5), (panelist, 2)):
        card = fill(scorecard_start(actor=person, interview=interview), person, score=score)
        scorecard_submit(actor=person, scorecard=card)
    client.force_login(hr)
    page = client.get(reverse("candidates:board", args=[application.requisition_id]))
    cards = [c for _s, _l, cards in page.context["columns"] for c, _d in cards]
    assert cards[0].average_score == pytest.approx(3.5)
    assert f'data-testid="score-{application.pk}"' in page.content.decode()


def test_permissions_on_interview_pages(client, make_application, schedule, interviewer, panelist, make_user, hr):
    application = make_application()
    interview = schedule(application, [interviewer])
    urls = [reverse("interviews:detail", args=[interview.pk]), reverse("interviews:scorecard_edit", args=[interview.pk]),
            reverse("interviews:ics", args=[interview.pk])]  # fmt: skip
    for url in urls:
        assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(panelist)  # an interviewer of another interview sees nothing of this one
    assert [client.get(url).status_code for url in urls] == [404, 404, 404]
    client.force_login(make_user(Role.HIRING_MANAGER, username="other-manager"))
    assert [client.get(url).status_code for url in urls] == [404, 404, 404]
    client.force_login(make_user(Role.APPROVER, username="only-approves"))
    assert client.get(urls[0]).status_code == 403
    client.force_login(interviewer)
    kit = client.get(urls[0])
    assert kit.status_code == 200
    assert "Suggested questions" in kit.content.decode()
    assert client.get(urls[1]).status_code == 200
    # An interviewer can neither reschedule nor cancel, nor open the candidate page or the review.
    assert client.get(reverse("interviews:edit", args=[interview.pk])).status_code == 403
    assert client.post(reverse("interviews:cancel", args=[interview.pk])).status_code == 403
    assert client.get(reverse("candidates:detail", args=[application.candidate_id])).status_code == 403
    assert client.get(reverse("interviews:review", args=[application.requisition_id])).status_code == 403
    client.force_login(hr)
    assert client.get(urls[1]).status_code == 403  # HR is not on this panel: no card to fill


def test_opening_the_scorecard_page_changes_nothing_until_started(client, make_application, schedule, interviewer):
    interview = schedule(make_application(), [interviewer])
    client.force_login(interviewer)
    url = reverse("interviews:scorecard_edit", args=[interview.pk])
    page = client.get(url)
    assert 'data-testid="start-scorecard"' in page.content.decode()
    assert not Scorecard.objects.exists()
    assert client.post(url, {"start": "1"})["Location"] == url
    assert Scorecard.objects.filter(interview=interview, interviewer=interviewer, status="draft").count() == 1
    assert "Submit and lock" in client.get(url).content.decode()
