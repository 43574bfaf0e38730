import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application, Probation
from candidates.probation_rules import add_months
from candidates.services.offers import offer_accept, offer_decide, offer_draft, offer_send, offer_submit
from candidates.services.probation import (
    months_in,
    probation_extend,
    probation_pass,
    probation_reminders_send,
    probation_review_add,
    probation_terminate,
)
from recruiting.models import Notification
from recruiting.roles import Role
from tests.candidates.test_offers import terms

pytestmark = pytest.mark.django_db
GOOD = {"knowledge": 4, "skills": 4, "attitude": 5, "teamwork": 4}


@pytest.fixture
def hire(make_posting, hr, department):
    """Bring people to probation through the real services; returns a maker."""
    from candidates.services.applications import application_submit
    from candidates.services.pipeline import application_transition

    posting = make_posting(headcount=2)

    def make(name="王芳", contract=36, probation_months=3):
        person = {"full_name": name, "email": f"{abs(hash(name)) % 10**8}@example.com", "education": "bachelor",
                  "language": "zh-hans"}  # fmt: skip
        application = application_submit(requisition=posting, person=person, facts={"education": "bachelor"},
                                         answers=[], resume=None, resume_check=None, resume_name="",
                                         source="careers_page", language="zh-hans")  # fmt: skip
        application_transition(actor=hr, application=application, target="first_interview")
        application_transition(actor=hr, application=application, target="second_interview", note="ok")
        offer = offer_draft(actor=hr, application=application,
                            terms=terms(contract_months=contract, probation_months=probation_months))  # fmt: skip
        offer_submit(actor=hr, offer=offer)
        offer_decide(actor=department.chain[0], offer=offer, approve=True)
        offer = offer_send(actor=hr, offer=offer)
        offer_accept(offer=offer, signature=name, ip=None)
        return Probation.objects.get(application=application)

    return make


def test_reviews_then_pass_hires_and_fills_the_requisition_at_headcount(hire, manager):
    first, second = hire("王芳"), hire("陈杰")
    requisition = first.application.requisition
    assert months_in(first) == 3
    with pytest.raises(ValidationError):
        probation_pass(actor=manager, probation=first)  # no review yet
    probation_review_add(actor=manager, probation=first, month=1, scores=GOOD, comments="Quick learner",
                         recommendation="on_track")  # fmt: skip
    with pytest.raises(ValidationError):  # one review per month
        probation_review_add(actor=manager, probation=first, month=1, scores=GOOD, comments="", recommendation="pass")
    probation_pass(actor=manager, probation=first, note="Strong start")
    assert Application.objects.get(pk=first.application_id).stage == "hired"
    requisition.refresh_from_db()
    assert requisition.status == "open"  # 1 of 2 hired
    probation_review_add(actor=manager, probation=second, month=1, scores=GOOD, comments="", recommendation="pass")
    probation_pass(actor=manager, probation=second)
    requisition.refresh_from_db()
    assert requisition.status == "filled"


@pytest.mark.parametrize(
    "bad",
    [
        {"month": 0},
        {"month": 4},
        {"scores": GOOD | {"skills": 6}},
        {"scores": GOOD | {"attitude": 0}},
        {"recommendation": "maybe"},
    ],
)
def test_bad_reviews_are_refused(hire, manager, bad):
    probation = hire()
    values = {"month": 1, "scores": GOOD, "comments": "", "recommendation": "on_track"} | bad
    with pytest.raises(ValidationError):
        probation_review_add(actor=manager, probation=probation, **values)
    assert not probation.reviews.exists()


def test_extension_stays_within_the_legal_maximum(hire, hr):
    probation = hire(contract=24, probation_months=1)  # 1 to 3 years: at most 2 months
    latest = add_months(probation.starts_on, 2)
    with pytest.raises(ValidationError) as too_long:
        probation_extend(actor=hr, probation=probation, ends_on=latest + datetime.timedelta(days=1), note="More time")
    assert "at most 2 month" in str(too_long.value)
    with pytest.raises(ValidationError):
        probation_extend(actor=hr, probation=probation, ends_on=latest, note="")  # a reason is needed
    with pytest.raises(ValidationError):
        probation_extend(actor=hr, probation=probation, ends_on=probation.ends_on, note="Not later")
    probation_extend(actor=hr, probation=probation, ends_on=latest, note="Needs another month on complaints")
    probation.refresh_from_db()
    assert probation.ends_on == latest
    assert probation.original_ends_on == add_months(probation.starts_on, 1)


def test_termination_closes_the_application_with_the_reason_and_tells_no_candidate_by_mail(hire, manager):
    probation = hire()
    before = Notification.objects.filter(template_key="candidates/stage_changed").count()
    with pytest.raises(ValidationError):
        probation_terminate(actor=manager, probation=probation, note="")
    probation_terminate(actor=manager, probation=probation, note="Repeated serious service failures")
    probation.refresh_from_db()
    assert probation.status == "terminated"
    application = Application.objects.get(pk=probation.application_id)
    assert application.stage == "rejected"
    assert application.rejection_reason == "probation_not_passed"
    assert Notification.objects.filter(template_key="candidates/stage_changed").count() == before
    with pytest.raises(ValidationError):
        probation_pass(actor=manager, probation=probation)  # already decided


def test_who_may_review_and_decide(hire, interviewer, make_user):
    probation = hire()
    for outsider in (interviewer, make_user(Role.HIRING_MANAGER, username="other-hm")):
        with pytest.raises(PermissionDenied):
            probation_review_add(actor=outsider, probation=probation, month=1, scores=GOOD, comments="",
                                 recommendation="pass")  # fmt: skip
        with pytest.raises(PermissionDenied):
            probation_pass(actor=outsider, probation=probation)


def test_the_manager_is_reminded_once_a_month_when_a_review_is_due(hire, manager):
    probation = hire()
    start = probation.starts_on
    assert probation_reminders_send(today=start + datetime.timedelta(days=10)) == 0
    month_one = add_months(start, 1) + datetime.timedelta(days=1)
    assert probation_reminders_send(today=month_one) == 1
    assert probation_reminders_send(today=month_one) == 0
    (reminder,) = Notification.objects.filter(template_key="candidates/probation_review_due")
    assert reminder.recipient == manager.email
    assert reminder.context["month"] == 1
    probation_review_add(actor=manager, probation=probation, month=2, scores=GOOD, comments="",
                         recommendation="on_track")  # fmt: skip
    assert probation_reminders_send(today=add_months(start, 2) + datetime.timedelta(days=1)) == 0  # done already
    assert probation_reminders_send(today=add_months(start, 3) + datetime.timedelta(days=1)) == 1


def test_probation_pages(client, hire, manager, interviewer):
    probation = hire()
    url = reverse("candidates:probation", args=[probation.pk])
    client.force_login(interviewer)
    assert client.get(url).status_code == 403
    client.force_login(manager)
    assert client.get(url).status_code == 200
    review = {"month": "1", "knowledge": "4", "skills": "3", "attitude": "5", "teamwork": "4", "comments": "Good",
              "recommendation": "pass"}  # fmt: skip
    client.post(reverse("candidates:probation_review", args=[probation.pk]), review | {"skills": "9"})
    assert not probation.reviews.exists()
    client.post(reverse("candidates:probation_review", args=[probation.pk]), review)
    assert probation.reviews.count() == 1
    client.post(reverse("candidates:probation_outcome", args=[probation.pk]), {"outcome": "pass", "note": "Well done"})
    probation.refresh_from_db()
    assert probation.status == "passed"
    assert timezone.now() >= probation.decided_at


def test_every_email_of_the_offer_and_probation_flow_renders_in_both_languages(hire, manager, hr):
    from candidates.models import Offer
    from candidates.services.letters import offer_letter_render
    from candidates.services.offers import offers_expire
    from recruiting.services.notifications import render_notification

    probation = hire()
    # What the worker does after sending, before the candidate answered:
    Offer.objects.filter(pk=probation.offer_id).update(status="sent")
    offer_letter_render(offer_id=probation.offer_id, version=1, send=True)
    Offer.objects.filter(pk=probation.offer_id).update(status="accepted")
    probation_reminders_send(today=add_months(probation.starts_on, 1) + datetime.timedelta(days=1))
    offers_expire()
    keys = set(Notification.objects.values_list("template_key", flat=True))
    assert {"candidates/offer_to_approve", "candidates/offer_sent", "candidates/offer_answered",
            "candidates/probation_review_due"} <= keys  # fmt: skip
    for notification in Notification.objects.all():
        for language in ("en", "zh-hans"):
            notification.language = language
            message = render_notification(notification)
            assert message.subject.strip()
            assert "{{" not in message.body
            assert "{%" not in message.body
            assert "http" in message.body or notification.template_key.startswith("account/")


def test_a_person_in_probation_cannot_withdraw_through_the_link(client, hire):
    from candidates.services.applications import application_withdraw
    from candidates.status_links import make_token

    probation = hire()
    application = probation.application
    with pytest.raises(ValidationError):
        application_withdraw(application=application)
    page = client.get(reverse("candidates:status", args=[make_token(application)])).content.decode()
    assert "Withdraw my application" not in page
    assert "Welcome to the team" in page
    application.refresh_from_db()
    assert application.stage == "probation"


def test_an_offer_without_probation_hires_on_acceptance(hire, make_posting):
    probation = hire(name="赵敏", contract=2, probation_months=0)  # under 3 months: no probation allowed
    probation.refresh_from_db()
    assert probation.status == "passed"
    assert probation.outcome_note
    application = Application.objects.get(pk=probation.application_id)
    assert application.stage == "hired"
    assert application.events.filter(to_stage="hired").exists()
