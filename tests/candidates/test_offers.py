import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from candidates.models import Offer, OfferLetter, Probation
from candidates.probation_rules import add_months
from candidates.services.applications import application_submit
from candidates.services.letters import offer_letter_render
from candidates.services.offers import (
    offer_accept,
    offer_decide,
    offer_decline,
    offer_draft,
    offer_send,
    offer_submit,
    offer_update,
    offer_withdraw,
    offers_expire,
)
from candidates.services.pipeline import application_transition
from candidates.status_links import make_token
from recruiting.models import Notification
from recruiting.roles import Role

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate


def terms(**extra):
    return {
        "position_title": "Customer-service supervisor",
        "department_name": "Customer Service Centre",
        "monthly_salary": 8000,
        "currency": "CNY",
        "start_date": TODAY() + datetime.timedelta(days=30),
        "contract_months": 36,
        "probation_months": 3,
        "benefits": "Social insurance and housing fund",
        "expires_on": TODAY() + datetime.timedelta(days=7),
        "language": "zh-hans",
        "salary_note": "",
    } | extra


def second_round_application(make_posting, hr):
    """An application by 李雷 in second interview on a fresh posting (salary range 6000–9000)."""
    posting = make_posting()
    person = {"full_name": "李雷", "email": "li.lei@example.com", "education": "bachelor", "language": "zh-hans"}
    application = application_submit(requisition=posting, person=person, facts={"education": "bachelor"}, answers=[],
                                     resume=None, resume_check=None, resume_name="", source="careers_page",
                                     language="zh-hans")  # fmt: skip
    application_transition(actor=hr, application=application, target="first_interview")
    application_transition(actor=hr, application=application, target="second_interview", note="fast track")
    return application


@pytest.fixture
def second_round(make_posting, hr):
    return second_round_application(make_posting, hr)


@pytest.fixture
def approvers(department):
    return department.chain  # the department's approval chain also approves its offers


def approved_offer(hr, application, approvers, **extra):
    offer = offer_draft(actor=hr, application=application, terms=terms(**extra))
    offer_submit(actor=hr, offer=offer)
    for approver in approvers[: offer.approvals_needed]:
        offer = offer_decide(actor=approver, offer=offer, approve=True)
    return offer


def test_the_happy_path_draft_approve_send_accept(hr, second_round, approvers, django_capture_on_commit_callbacks):
    offer = offer_draft(actor=hr, application=second_round, terms=terms())
    second_round.refresh_from_db()
    assert second_round.stage == "offer"
    assert offer.status == "draft"
    assert not Notification.objects.filter(recipient="li.lei@example.com", template_key="candidates/stage_changed",
                                           context__stage="offer").exists()  # fmt: skip
    offer_submit(actor=hr, offer=offer)
    assert Notification.objects.filter(template_key="candidates/offer_to_approve").count() == 2
    offer = offer_decide(actor=approvers[0], offer=offer, approve=True)
    assert offer.status == "approved"
    with django_capture_on_commit_callbacks(execute=True):
        offer = offer_send(actor=hr, offer=offer)
    assert offer.status == "sent"
    letter = OfferLetter.objects.get(offer=offer)
    assert letter.version == 1
    mail = Notification.objects.get(template_key="candidates/offer_sent")
    assert mail.attachments[0]["path"] == letter.file.name
    offer = offer_accept(offer=offer, signature=" 李 雷 ", ip="203.0.113.9")
    assert offer.status == "accepted"
    assert offer.decision_ip == "203.0.113.9"
    assert offer.decided_at is not None
    second_round.refresh_from_db()
    assert second_round.stage == "probation"
    probation = Probation.objects.get(application=second_round)
    assert probation.starts_on == offer.start_date
    assert probation.ends_on == add_months(offer.start_date, 3)
    assert Notification.objects.filter(template_key="candidates/offer_answered").exists()


def test_status_moves_that_are_refused(hr, manager, second_round, approvers):
    offer = offer_draft(actor=hr, application=second_round, terms=terms())
    with pytest.raises(ValidationError):
        offer_draft(actor=hr, application=second_round, terms=terms())  # one open offer at a time
    with pytest.raises(PermissionDenied):
        offer_draft(actor=manager, application=second_round, terms=terms())
    with pytest.raises(ValidationError):
        offer_decide(actor=approvers[0], offer=offer, approve=True)  # not submitted yet
    with pytest.raises(ValidationError):
        offer_send(actor=hr, offer=offer)  # not approved
    with pytest.raises(ValidationError):
        offer_accept(offer=offer, signature="李雷", ip=None)  # not sent
    offer_submit(actor=hr, offer=offer)
    with pytest.raises(ValidationError):
        offer_update(actor=hr, offer=offer, terms=terms(monthly_salary=8500))  # only drafts change
    with pytest.raises(PermissionDenied):
        offer_decide(actor=hr, offer=offer, approve=True)  # HR is not an approver
    with pytest.raises(ValidationError):
        offer_decide(actor=approvers[0], offer=offer, approve=False)  # returning needs a comment
    offer = offer_decide(actor=approvers[0], offer=offer, approve=False, comment="Start a week later")
    assert offer.status == "draft"
    offer_update(actor=hr, offer=offer, terms=terms(start_date=TODAY() + datetime.timedelta(days=37)))
    offer_submit(actor=hr, offer=offer)
    offer = offer_decide(actor=approvers[0], offer=offer, approve=True)
    offer = offer_send(actor=hr, offer=offer)
    with pytest.raises(ValidationError) as wrong_name:
        offer_accept(offer=offer, signature="Someone Else", ip=None)
    assert "full name" in str(wrong_name.value)
    offer_decline(offer=offer, reason="Accepted another job")
    with pytest.raises(ValidationError):
        offer_accept(offer=offer, signature="李雷", ip=None)  # already answered
    second_round.refresh_from_db()
    assert second_round.stage == "offer"  # HR decides what follows


def test_the_drafter_cannot_approve_and_an_approver_approves_once(hr, make_user, second_round, approvers):
    from requisitions.models import DepartmentApprover

    drafting_approver = make_user(Role.HR, Role.APPROVER, username="hr-and-approver")
    DepartmentApprover.objects.create(department=second_round.requisition.department, approver=drafting_approver,
                                      order=3)  # fmt: skip
    offer = offer_draft(actor=drafting_approver, application=second_round, terms=terms(monthly_salary=9500,
                        salary_note="Bilingual; market rate"))  # fmt: skip
    offer_submit(actor=hr, offer=offer)
    with pytest.raises(ValidationError):
        offer_decide(actor=drafting_approver, offer=offer, approve=True)
    offer = offer_decide(actor=approvers[0], offer=offer, approve=True)
    assert offer.status == "pending_approval"  # outside the range: a second approval
    with pytest.raises(ValidationError):
        offer_decide(actor=approvers[0], offer=offer, approve=True)
    offer = offer_decide(actor=approvers[1], offer=offer, approve=True)
    assert offer.status == "approved"


@pytest.mark.parametrize(
    ("salary", "note", "needed", "ok"),
    [(6000, "", 1, True), (9000, "", 1, True), (5999, "", 2, False), (9001, "Top performer", 2, True)],
)
def test_the_salary_range_rule(hr, second_round, salary, note, needed, ok):
    if not ok:
        with pytest.raises(ValidationError) as refused:
            offer_draft(actor=hr, application=second_round, terms=terms(monthly_salary=salary, salary_note=note))
        assert "salary_note" in refused.value.message_dict
        assert not Offer.objects.exists()
        return
    offer = offer_draft(actor=hr, application=second_round, terms=terms(monthly_salary=salary, salary_note=note))
    assert offer.approvals_needed == needed
    assert offer.outside_range is (needed == 2)


@pytest.mark.parametrize(
    ("contract", "probation", "ok"),
    [
        (2, 0, True),
        (2, 1, False),
        (6, 1, True),
        (6, 2, False),
        (24, 2, True),
        (24, 3, False),
        (36, 6, True),
        (36, 7, False),
        (None, 6, True),
        (None, 7, False),
    ],
)
def test_the_probation_length_rule_china(hr, second_round, contract, probation, ok):
    values = terms(contract_months=contract, probation_months=probation)
    if ok:
        assert offer_draft(actor=hr, application=second_round, terms=values).probation_months == probation
    else:
        with pytest.raises(ValidationError) as refused:
            offer_draft(actor=hr, application=second_round, terms=values)
        assert "probation_months" in refused.value.message_dict


def test_bad_dates_are_refused(hr, second_round):
    for values in (
        terms(start_date=TODAY() - datetime.timedelta(days=1)),
        terms(expires_on=TODAY() - datetime.timedelta(days=1)),
        terms(expires_on=TODAY() + datetime.timedelta(days=90), start_date=TODAY() + datetime.timedelta(days=120)),
        terms(expires_on=TODAY() + datetime.timedelta(days=40), start_date=TODAY() + datetime.timedelta(days=30)),
    ):
        with pytest.raises(ValidationError):
            offer_draft(actor=hr, application=second_round, terms=values)
    assert not Offer.objects.exists()


def test_offers_expire_by_the_periodic_task_and_the_link_says_so(client, hr, second_round, approvers):
    from candidates.tasks import expire_offers_task

    offer = offer_send(actor=hr, offer=approved_offer(hr, second_round, approvers))
    url = reverse("candidates:status", args=[make_token(second_round)])
    assert "accept-form" in client.get(url).content.decode()
    Offer.objects.filter(pk=offer.pk).update(expires_on=TODAY() - datetime.timedelta(days=1))
    page = client.get(url).content.decode()  # past the date, even before the task ran: no buttons
    assert "accept-form" not in page
    assert "offer-expired" in page
    refused = client.post(reverse("candidates:offer_answer", args=[make_token(second_round)]),
                          {"answer": "accept", "signature": "李雷"}, follow=True)  # fmt: skip
    assert "expired" in refused.content.decode()
    assert expire_offers_task.delay().get() == 1
    assert offers_expire() == 0
    offer.refresh_from_db()
    assert offer.status == "expired"


def test_withdrawing_returns_the_application_to_second_interview(hr, second_round, approvers):
    offer = offer_send(actor=hr, offer=approved_offer(hr, second_round, approvers))
    with pytest.raises(ValidationError):
        offer_withdraw(actor=hr, offer=offer, reason="")
    offer_withdraw(actor=hr, offer=offer, reason="Budget frozen")
    second_round.refresh_from_db()
    assert second_round.stage == "second_interview"
    assert Notification.objects.filter(template_key="candidates/offer_withdrawn").count() == 1


def test_the_letter_pdf_holds_the_name_salary_and_a_cjk_font(hr, second_round, approvers):
    from pypdf import PdfReader

    offer = approved_offer(hr, second_round, approvers)
    Offer.objects.filter(pk=offer.pk).update(letter_version=1)
    letter = offer_letter_render(offer_id=offer.pk, version=1, send=False)
    with letter.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "李雷" in text
    assert "8000.00" in text
    assert "录用通知书" in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"]["/Font"].get_object().values())
        for font in [font.get_object()]
    }
    assert any("CJK" in name for name in fonts), fonts


def test_rendering_twice_for_the_same_version_leaves_one_letter_and_one_email(hr, second_round, approvers):
    offer = approved_offer(hr, second_round, approvers)
    Offer.objects.filter(pk=offer.pk).update(letter_version=1, status="sent")
    first = offer_letter_render(offer_id=offer.pk, version=1, send=True)
    again = offer_letter_render(offer_id=offer.pk, version=1, send=True)
    assert first.pk == again.pk
    assert OfferLetter.objects.filter(offer=offer).count() == 1
    assert Notification.objects.filter(template_key="candidates/offer_sent").count() == 1
    assert offer_letter_render(offer_id=offer.pk, version=0, send=True) is None  # an old version: nothing


def test_the_candidate_answers_through_the_link(
    client, hr, second_round, approvers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        offer = offer_send(actor=hr, offer=approved_offer(hr, second_round, approvers))
    token = make_token(second_round)
    page = client.get(reverse("candidates:status", args=[token])).content.decode()
    assert "8000" in page
    letter = client.get(reverse("candidates:offer_letter_candidate", args=[token]))
    assert letter.status_code == 200
    assert b"".join(letter.streaming_content).startswith(b"%PDF")
    answer = reverse("candidates:offer_answer", args=[token])
    wrong = client.post(answer, {"answer": "accept", "signature": "Nobody"}, follow=True)
    assert "full name" in wrong.content.decode()
    client.post(answer, {"answer": "accept", "signature": "李雷"}, REMOTE_ADDR="198.51.100.7")
    offer.refresh_from_db()
    assert offer.status == "accepted"
    assert offer.decision_ip == "198.51.100.7"
    # A forged link reaches no offer.
    forged = client.post(reverse("candidates:offer_answer", args=["garbage"]), {"answer": "decline"})
    assert forged.status_code == 404
    assert "link" in forged.content.decode().lower()
    offer.refresh_from_db()
    assert offer.status == "accepted"


def test_offer_page_permissions(client, hr, manager, make_user, second_round, approvers):
    offer = offer_draft(actor=hr, application=second_round, terms=terms())
    url = reverse("candidates:offer", args=[offer.pk])
    assert client.get(url).status_code == 302
    client.force_login(make_user(Role.INTERVIEWER, username="iv"))
    assert client.get(url).status_code == 403
    client.force_login(make_user(Role.HIRING_MANAGER, username="other-hm"))
    assert client.get(url).status_code == 404
    client.force_login(approvers[0])
    assert client.get(url).status_code == 404  # a draft is not the approvers' business yet
    client.force_login(manager)
    assert client.get(url).status_code == 200
    assert client.post(reverse("candidates:offer_action", args=[offer.pk, "submit"])).status_code == 403
    offer.refresh_from_db()
    assert offer.status == "draft"  # the manager may look, not submit
    assert client.get(reverse("candidates:offer_create", args=[second_round.pk])).status_code == 403
    client.force_login(hr)
    client.post(reverse("candidates:offer_action", args=[offer.pk, "submit"]))
    offer.refresh_from_db()
    assert offer.status == "pending_approval"
    client.force_login(approvers[0])
    assert client.get(url).status_code == 200
    client.post(reverse("candidates:offer_action", args=[offer.pk, "approve"]))
    offer.refresh_from_db()
    assert offer.status == "approved"
    assert client.post(reverse("candidates:offer_action", args=[offer.pk, "explode"])).status_code == 404


def test_the_approvers_home_lists_what_waits_for_them(client, hr, second_round, approvers, make_user):
    offer = offer_draft(actor=hr, application=second_round, terms=terms())
    offer_submit(actor=hr, offer=offer)
    client.force_login(approvers[0])
    home = client.get(reverse("home"))
    section = next(s for s in home.context["sections"] if s["key"] == "offers-to-approve")
    assert section["offers"] == [offer]
    outsider = make_user(Role.APPROVER, username="other-department")  # not in this department's chain
    client.force_login(outsider)
    section = next(s for s in client.get(reverse("home")).context["sections"] if s["key"] == "offers-to-approve")
    assert section["offers"] == []
    assert client.get(reverse("candidates:offer", args=[offer.pk])).status_code == 404
    with pytest.raises(PermissionDenied):
        offer_decide(actor=outsider, offer=offer, approve=True)


def test_hr_drafts_through_the_page_with_the_requisitions_terms_prefilled(client, hr, second_round):
    client.force_login(hr)
    url = reverse("candidates:offer_create", args=[second_round.pk])
    form = client.get(url).context["form"]
    assert form.initial["monthly_salary"] == second_round.requisition.salary_min
    assert form.initial["probation_months"] == 3
    data = {key: value for key, value in terms().items() if value is not None}
    bad = client.post(url, data | {"probation_months": "7"})
    assert "probation_months" in bad.context["form"].errors
    assert not Offer.objects.exists()
    response = client.post(url, data)
    offer = Offer.objects.get()
    assert response["Location"] == reverse("candidates:offer", args=[offer.pk])
    page = client.get(response["Location"]).content.decode()
    assert "Submit for approval" in page
    edit = client.post(reverse("candidates:offer_edit", args=[offer.pk]), data | {"monthly_salary": "8800"})
    assert edit.status_code == 302
    offer.refresh_from_db()
    assert offer.monthly_salary == 8800
