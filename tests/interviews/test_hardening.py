# ruff: noqa: F811  (the resume fixtures of tests/candidates/conftest.py are imported and used as arguments)
"""Defects a review found across interviews, offers and probation, each pinned by a test: the blind
rule on the board and list, access after a cancelled interview, hostile input, offers and interviews
of closed applications, system rejection reasons, erasure of offer data, the interviewer's resume."""

import contextlib
import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from candidates.models import OfferLetter, Probation, RejectionReason
from candidates.services.applications import application_submit, application_withdraw
from candidates.services.pipeline import application_transition
from candidates.status_links import make_token
from interviews.services.scheduling import interview_reminders_send
from interviews.services.scorecards import scorecard_save, scorecard_start, scorecard_submit
from recruiting.models import Notification
from tests.candidates.conftest import pdf_upload, private_media  # noqa: F401  (fixtures)
from tests.candidates.test_offers import approved_offer, second_round_application, terms

pytestmark = pytest.mark.django_db


def _submit_card(card, actor, score=4, recommendation="yes"):
    data = {f"score_{r.pk}": str(score) for r in card.ratings.all()} | {"recommendation": recommendation}
    card = scorecard_save(actor=actor, scorecard=card, data=data)
    return scorecard_submit(actor=actor, scorecard=card)


# --- (1) The blind rule is bypassed by the board and the applications list ---------------------------


def test_blind_rule_board_and_list_do_not_show_the_average_score_to_a_blind_panel_member(
    client, make_application, schedule, interviewer, manager, password
):
    """interviews/selectors.py:88 annotate_average_score (registered as a board/list annotation in
    interviews/apps.py:80) ignores the blind rule: the hiring manager sits on the panel, has not
    submitted, and still reads the other interviewer's scores as the ★ badge and the Score column."""
    application = make_application()
    interview = schedule(application, [interviewer, manager])
    _submit_card(scorecard_start(actor=interviewer, interview=interview), interviewer, score=2)
    from interviews.selectors import is_blind

    assert is_blind(manager, application)  # the rule applies to the manager
    client.force_login(manager)
    board = client.get(reverse("candidates:board", args=[application.requisition_id]))
    assert f'data-testid="score-{application.pk}"' not in board.content.decode()
    cards = [card for _stage, _label, cards in board.context["columns"] for card, _days in cards]
    assert [card.average_score for card in cards] == [None]
    listing = client.get(reverse("candidates:list") + "?sort=score")
    assert [a.average_score for a in listing.context["page"]] == [None]
    # Once the manager's own card is in, the average shows.
    _submit_card(scorecard_start(actor=manager, interview=interview), manager, score=4)
    listing = client.get(reverse("candidates:list") + "?sort=score")
    assert [a.average_score for a in listing.context["page"]] == [3.0]


# --- (1b) A panel member of a cancelled interview is never blind, and keeps the application forever --


def test_a_panel_member_of_a_cancelled_interview_does_not_see_the_other_cards(
    client, make_application, schedule, interviewer, panelist, hr, password
):
    """interviews/selectors.py:49 is_blind looks only at SCHEDULED interviews, while
    may_see_application (:40) and interviews_for_user (:24) count seats on cancelled ones: once HR
    cancels the interview that ``panelist`` sat on, panelist (who never scored) reads every
    submitted card of the application (and its resume/answers through the kit)."""
    from interviews.services.scheduling import interview_cancel

    application = make_application()
    cancelled = schedule(application, [panelist], hours=30)
    held = schedule(application, [interviewer], hours=60)
    card = _submit_card(scorecard_start(actor=interviewer, interview=held), interviewer)
    interview_cancel(actor=hr, interview=cancelled, reason="moved")
    client.force_login(panelist)
    assert client.get(reverse("interviews:scorecard", args=[card.pk])).status_code == 404


# --- (2) Server errors on bad input -----------------------------------------------------------------


def test_a_superscript_digit_as_a_score_is_a_clear_error_not_a_500(make_application, schedule, interviewer):
    """interviews/services/scorecards.py:76: '²'.isdigit() is True but int('²') raises ValueError,
    so the autosave/submit POST answers 500 instead of a field error."""
    interview = schedule(make_application(), [interviewer])
    card = scorecard_start(actor=interviewer, interview=interview)
    rating = card.ratings.first()
    with pytest.raises(ValidationError):
        scorecard_save(actor=interviewer, scorecard=card, data={f"score_{rating.pk}": "²"})


def test_a_superscript_digit_through_the_page(client, make_application, schedule, interviewer, password):
    interview = schedule(make_application(), [interviewer])
    card = scorecard_start(actor=interviewer, interview=interview)
    rating = card.ratings.first()
    client.force_login(interviewer)
    client.raise_request_exception = False
    response = client.post(reverse("interviews:scorecard_edit", args=[interview.pk]), {f"score_{rating.pk}": "²"})
    assert response.status_code == 200


# --- (3) Side effects after a state change that undid them ------------------------------------------


def test_a_letter_queued_by_send_is_not_mailed_after_the_offer_was_withdrawn(
    make_posting, hr, department, django_capture_on_commit_callbacks
):
    """candidates/services/letters.py:57 offer_letter_render checks only letter_version, not the
    status; offer_withdraw (services/offers.py:233) does not bump letter_version. With a real
    broker the worker runs after HR's withdrawal and e-mails the offer letter to the candidate,
    after the 'offer withdrawn' e-mail."""
    from candidates.services.offers import offer_send, offer_withdraw

    application = second_round_application(make_posting, hr)
    offer = approved_offer(hr, application, department.chain)
    with django_capture_on_commit_callbacks(execute=False) as queued:
        offer_send(actor=hr, offer=offer)
    offer_withdraw(actor=hr, offer=offer, reason="budget frozen")
    for callback in queued:  # the worker picks the task up now
        callback()
    assert not Notification.objects.filter(template_key="candidates/offer_sent").exists()


# --- (4) State machines -----------------------------------------------------------------------------


def test_withdrawing_the_application_closes_its_sent_offer(client, make_posting, hr, department):
    """candidates/services/pipeline.py application_transition (reject/withdraw) leaves the open offer
    as it was: the withdrawn candidate's page still shows 'Accept the offer' (which then fails)."""
    from candidates.services.offers import offer_send

    application = second_round_application(make_posting, hr)
    offer = offer_send(actor=hr, offer=approved_offer(hr, application, department.chain))
    application_withdraw(application=application)
    offer.refresh_from_db()
    assert not offer.is_open
    page = client.get(reverse("candidates:status", args=[make_token(application)])).content.decode()
    assert 'data-testid="accept-form"' not in page


def test_an_approved_offer_cannot_be_sent_once_the_application_is_rejected(make_posting, hr, department):
    """candidates/services/offers.py:201 offer_send never looks at the application's stage: HR can send
    (render, e-mail) an offer letter to a person whose application was rejected."""
    from candidates.services.offers import offer_send

    application = second_round_application(make_posting, hr)
    offer = approved_offer(hr, application, department.chain)
    application_transition(actor=hr, application=application, target="rejected",
                           reason=RejectionReason.objects.filter(is_active=True).first())  # fmt: skip
    with pytest.raises(ValidationError):
        offer_send(actor=hr, offer=offer)


def test_no_reminder_for_an_interview_of_a_withdrawn_application(make_application, schedule, interviewer):
    """Withdrawing/rejecting never cancels the application's scheduled interviews, and
    interview_reminders_send (interviews/services/scheduling.py:277) does not look at the stage: the
    candidate who withdrew and the panel get a reminder 24 h before."""
    application = make_application()
    interview = schedule(application, [interviewer], hours=48)
    application_withdraw(application=application)
    Notification.objects.all().delete()
    interview_reminders_send(now=interview.starts_at - datetime.timedelta(hours=2))
    assert not Notification.objects.filter(template_key="interviews/reminder").exists()


def test_an_interview_of_a_closed_application_cannot_be_rescheduled(make_application, schedule, interviewer, hr):
    """interview_reschedule (scheduling.py:174) lacks the ACTIVE_STAGES check interview_schedule has:
    it re-invites a candidate who withdrew."""
    from interviews.services.scheduling import interview_reschedule
    from tests.interviews.conftest import slot

    application = make_application()
    interview = schedule(application, [interviewer], hours=48)
    application_withdraw(application=application)
    with pytest.raises(ValidationError):
        interview_reschedule(actor=hr, interview=interview, slot=slot(hours=72), interviewers=[interviewer])


def test_the_probation_reason_stays_active_and_termination_works(make_posting, hr, manager, department):
    """candidates/services/probation.py:134 needs the 'probation_not_passed' reason, which HR may
    deactivate on the lists page (services/lists.py allows it while another reason is active);
    afterwards every termination fails with 'Choose a rejection reason.'"""
    from candidates.services.lists import rejection_reason_save
    from candidates.services.offers import offer_accept, offer_send
    from candidates.services.probation import probation_terminate

    application = second_round_application(make_posting, hr)
    offer = offer_send(actor=hr, offer=approved_offer(hr, application, department.chain))
    offer_accept(offer=offer, signature="李雷", ip=None)
    reason = RejectionReason.objects.get(code="probation_not_passed")
    with pytest.raises(ValidationError):  # the product rejects with it itself
        rejection_reason_save(actor=hr, reason=reason, data={"is_active": False})
    RejectionReason.objects.filter(pk=reason.pk).update(is_active=False)  # an administrator in the admin
    probation = Probation.objects.get(application=application)
    probation_terminate(actor=manager, probation=probation, note="No-shows on three shifts")
    application.refresh_from_db()
    assert application.stage == "rejected"


def test_spread_is_between_interviewers_not_between_one_interviewers_cards():
    """interviews/scoring.py:60 groups by card, while the review page says 'Spread is the gap between the
    highest and the lowest interviewer's overall score': one interviewer who sat both rounds
    produces a spread with nobody to disagree with."""
    from decimal import Decimal

    from interviews.scoring import RatingRow, summarise

    rows = [
        RatingRow(card=1, interviewer=7, competency="a", label="A", weight=Decimal(1), score=5),
        RatingRow(card=2, interviewer=7, competency="b", label="B", weight=Decimal(1), score=1),
    ]
    assert summarise(rows, ["yes", "no"]).spread is None


# --- Privacy: erasure leaves the person in offers, letters and the audit ------------------------------


def test_erasing_a_person_removes_their_signature_ip_and_letters(
    make_posting, hr, department, django_capture_on_commit_callbacks
):
    """candidates/services/people.py:93 candidate_erase predates offers: Offer.signature_name,
    decision_ip, decline_reason, the PDF letters (name, salary) and the 'offer.accepted' audit row
    (data: ip, signature; target is the Offer, so _scrub_logs skips it) all survive erasure."""
    from candidates.services.offers import offer_accept, offer_send
    from candidates.services.people import candidate_erase
    from recruiting.models import AuditEvent

    application = second_round_application(make_posting, hr)
    with django_capture_on_commit_callbacks(execute=True):
        offer = offer_send(actor=hr, offer=approved_offer(hr, application, department.chain))
    offer_accept(offer=offer, signature="李雷", ip="203.0.113.9")
    candidate_erase(actor=hr, candidate=application.candidate)
    offer.refresh_from_db()
    assert offer.signature_name != "李雷"
    assert offer.decision_ip is None
    assert not OfferLetter.objects.filter(offer=offer).exists()
    assert not AuditEvent.objects.filter(verb="offer.accepted", data__signature="李雷").exists()


# --- Interviewers cannot open the resume their kit shows --------------------------------------------


def test_the_interviewer_can_open_the_resume_shown_in_their_kit(
    client, make_posting, schedule, interviewer, pdf_upload, password
):
    """templates/interviews/interview_detail.html includes _resume_preview.html (iframe + download link
    to candidates:resume_download), but that view is HR/manager only (candidates/views.py
    resume_download, selectors.resume_for_user): the panel member gets a 403 in the frame."""
    from candidates.files import validate_resume

    upload = pdf_upload()
    check = validate_resume(upload, max_bytes=10 * 1024 * 1024)
    application = application_submit(
        requisition=make_posting(), person={"full_name": "Li Lei", "email": "l@example.com", "education": "bachelor",
                                            "language": "en"},
        facts={"education": "bachelor"}, answers=[], resume=upload, resume_check=check, resume_name="cv.pdf",
        source="careers_page", language="en",
    )  # fmt: skip
    interview = schedule(application, [interviewer])
    client.force_login(interviewer)
    kit = client.get(reverse("interviews:detail", args=[interview.pk])).content.decode()
    url = reverse("candidates:resume_download", args=[application.resume.pk])
    assert url in kit
    assert client.get(url + "?inline=1").status_code == 200


def test_the_list_does_not_show_the_average_score_to_a_blind_panel_member(
    client, make_application, schedule, interviewer, manager, password
):
    """Same hole as the board (interviews/selectors.py:88), on candidates:list's Score column/sort."""
    application = make_application()
    interview = schedule(application, [interviewer, manager])
    _submit_card(scorecard_start(actor=interviewer, interview=interview), interviewer, score=2)
    client.force_login(manager)
    listing = client.get(reverse("candidates:list") + "?sort=score").content.decode()
    assert "<td>2.0</td>" not in listing


def test_the_withdrawn_candidates_page_offers_no_accept_form(client, make_posting, hr, department):
    from candidates.services.offers import offer_send

    application = second_round_application(make_posting, hr)
    offer_send(actor=hr, offer=approved_offer(hr, application, department.chain))
    application_withdraw(application=application)
    page = client.get(reverse("candidates:status", args=[make_token(application)])).content.decode()
    assert 'data-testid="accept-form"' not in page


def test_a_far_future_interview_date_is_a_form_error_not_a_500(client, make_application, hr, interviewer, password):
    """interviews/forms.py ScheduleForm.clean accepts any year; 9999-12-31 23:00 in Los Angeles is past
    datetime.max in UTC, and the page answers 500 (OverflowError) instead of a field error."""
    application = make_application()
    client.force_login(hr)
    client.raise_request_exception = False
    response = client.post(reverse("interviews:schedule", args=[application.pk]), {
        "round": "first", "format": "phone", "starts_at": "9999-12-31T23:00", "duration_minutes": "45",
        "time_zone": "America/Los_Angeles", "interviewers": [interviewer.pk],
    })  # fmt: skip
    assert response.status_code == 200


def test_a_far_future_start_date_does_not_break_the_candidates_accept(make_posting, hr, department):
    """candidates/services/offers.py _validate_terms bounds expires_on but not start_date; an offer
    starting in 9999 is drafted, approved and sent, then the candidate's accept POST raises
    ValueError in add_months (offers.py:290) -> 500 on the public page."""
    from candidates.services.offers import offer_accept, offer_decide, offer_draft, offer_send, offer_submit

    application = second_round_application(make_posting, hr)
    try:
        offer = offer_draft(actor=hr, application=application, terms=terms(start_date=datetime.date(9999, 11, 1)))
    except ValidationError:
        return  # refused at drafting: fixed
    offer_submit(actor=hr, offer=offer)
    offer = offer_decide(actor=department.chain[0], offer=offer, approve=True)
    offer = offer_send(actor=hr, offer=offer)
    with contextlib.suppress(ValidationError):
        offer_accept(offer=offer, signature="李雷", ip=None)
