"""Offers through the API: who sees which offer, approving by the department's chain, sending by HR."""

import pytest
from django.utils import timezone

from candidates.models import Offer, OfferApproval, OfferLetter
from candidates.services.offers import offer_decide, offer_draft, offer_submit
from candidates.services.pipeline import application_transition
from recruiting.models import Notification
from recruiting.roles import Role
from requisitions.models import DepartmentApprover
from tests.api.conftest import assert_error
from tests.candidates.test_offers import terms as candidate_terms

pytestmark = pytest.mark.django_db

OFFERS = "/api/v1/offers/"
TODAY = timezone.localdate


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """Letters are written to this test's own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


def terms(**extra):
    """The candidates tests' terms, with an English letter."""
    return candidate_terms(language="en") | extra


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def url(offer, action=""):
    return f"{OFFERS}{offer.pk}/" + (f"{action}/" if action else "")


@pytest.fixture
def second_round(make_application, hr):
    """An application in second interview (the posting of ``manager``, ``department``; range 6000–9000)."""

    def make(name="Li Lei", posting=None):
        application = make_application(name=name, posting=posting)
        application_transition(actor=hr, application=application, target="first_interview")
        application_transition(actor=hr, application=application, target="second_interview", note="fast track")
        return application

    return make


@pytest.fixture
def draft(hr, second_round):
    def make(application=None, actor=None, **extra):
        return offer_draft(actor=actor or hr, application=application or second_round(), terms=terms(**extra))

    return make


@pytest.fixture
def pending(hr, draft):
    def make(**values):
        return offer_submit(actor=hr, offer=draft(**values))

    return make


@pytest.fixture
def other_manager(make_user):
    return make_user(Role.HIRING_MANAGER, username="other-manager")


@pytest.fixture
def offers(make_posting, second_round, draft, pending, hr, other_manager):
    """``waiting``: pending approval on the manager's requisition; ``drafted``: a draft on another
    manager's requisition of the same department."""
    waiting = pending()
    other = second_round(name="Han Meimei", posting=make_posting(hiring_manager=other_manager))
    return {"waiting": waiting, "drafted": draft(application=other)}


@pytest.fixture
def outsider(make_user):
    """An approver outside the department's chain (the department has one)."""
    return make_user(Role.APPROVER, username="approver-elsewhere")


# --- scope ----------------------------------------------------------------------------------------


def test_hr_sees_every_offer(api, offers, hr):
    client = api.as_user(hr)
    assert ids(client.get(OFFERS)) == {offers["waiting"].pk, offers["drafted"].pk}
    detail = client.get(url(offers["waiting"]))
    assert detail.status_code == 200
    body = detail.json()
    assert (body["status"], body["monthly_salary"], body["approvals_needed"]) == ("pending_approval", "8000.00", 1)
    assert body["application"]["candidate"] == "Li Lei"
    assert body["drafted_by"]["id"] == hr.pk


def test_a_hiring_manager_sees_the_offers_of_their_requisitions(api, offers, manager, other_manager):
    client = api.as_user(manager)
    assert ids(client.get(OFFERS)) == {offers["waiting"].pk}
    assert_error(client.get(url(offers["drafted"])), 404)
    client = api.as_user(other_manager)
    assert ids(client.get(OFFERS)) == {offers["drafted"].pk}
    assert_error(client.get(url(offers["waiting"])), 404)


def test_an_approver_in_the_chain_sees_what_waits_for_them_not_drafts(api, offers, department):
    client = api.as_user(department.chain[0])
    assert ids(client.get(OFFERS)) == {offers["waiting"].pk}
    assert client.get(url(offers["waiting"])).status_code == 200
    assert_error(client.get(url(offers["drafted"])), 404)


def test_an_approver_outside_the_chain_sees_nothing(api, offers, outsider):
    client = api.as_user(outsider)
    assert ids(client.get(OFFERS)) == set()
    assert_error(client.get(url(offers["waiting"])), 404)
    assert_error(client.post(url(offers["waiting"], "approve"), {}, format="json"), 404)
    assert not OfferApproval.objects.exists()
    assert Offer.objects.get(pk=offers["waiting"].pk).status == "pending_approval"


def test_where_the_department_has_no_chain_any_approver_decides(api, offers, outsider, department):
    DepartmentApprover.objects.filter(department=department).delete()
    client = api.as_user(outsider)
    assert ids(client.get(OFFERS)) == {offers["waiting"].pk}
    response = client.post(url(offers["waiting"], "approve"), {}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "approved"


def test_an_approver_who_decided_still_sees_the_offer(api, offers, department):
    first, second = department.chain
    approved = api.as_user(first).post(url(offers["waiting"], "approve"), {}, format="json")
    assert approved.json()["status"] == "approved"
    client = api.as_user(first)
    assert ids(client.get(OFFERS)) == {offers["waiting"].pk}
    detail = client.get(url(offers["waiting"])).json()
    assert [approval["approver"]["id"] for approval in detail["approvals"]] == [first.pk]
    # The other approver of the chain neither decided nor is awaited any more.
    client = api.as_user(second)
    assert ids(client.get(OFFERS)) == set()
    assert_error(client.get(url(offers["waiting"])), 404)


def test_an_interviewer_or_anonymous_caller_is_refused(api, offers, interviewer):
    offer = offers["waiting"]
    client = api.as_user(interviewer)
    for response in (client.get(OFFERS), client.get(url(offer)), client.post(url(offer, "approve"), {}, format="json"),
                     client.post(url(offer, "send"))):  # fmt: skip
        assert_error(response, 403, "permission_denied")
    client = api.anonymous()
    for response in (client.get(OFFERS), client.get(url(offer)), client.post(url(offer, "send"))):
        assert_error(response, 401, "not_authenticated")
    assert Offer.objects.get(pk=offer.pk).status == "pending_approval"


def test_the_status_filter(api, offers, hr):
    client = api.as_user(hr)
    assert ids(client.get(OFFERS, {"status": "draft"})) == {offers["drafted"].pk}
    assert ids(client.get(OFFERS, {"status": "pending_approval"})) == {offers["waiting"].pk}
    assert ids(client.get(OFFERS, {"status": "sent"})) == set()
    assert_error(client.get(OFFERS, {"status": "maybe"}), 400, "invalid", fields=["status"])


# --- approve --------------------------------------------------------------------------------------


def test_an_approver_in_the_chain_approves(api, pending, department):
    offer = pending()
    response = api.as_user(department.chain[0]).post(url(offer, "approve"), {"comment": " Within range "},
                                                     format="json")  # fmt: skip
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "approved"
    assert [(a["approver"]["id"], a["approved"], a["comment"]) for a in body["approvals"]] == [
        (department.chain[0].pk, True, "Within range")
    ]
    approval = OfferApproval.objects.get(offer=offer)
    assert (approval.approver, approval.approved) == (department.chain[0], True)
    assert Offer.objects.get(pk=offer.pk).status == "approved"


def test_a_salary_outside_the_range_needs_two_approvers(api, pending, department):
    first, second = department.chain
    offer = pending(monthly_salary=9500, salary_note="Bilingual; market rate")
    response = api.as_user(first).post(url(offer, "approve"), {}, format="json")
    assert response.status_code == 200, response.content
    assert (response.json()["status"], response.json()["approvals_needed"]) == ("pending_approval", 2)
    again = assert_error(api.as_user(first).post(url(offer, "approve"), {}, format="json"), 400, "invalid")
    assert "already approved" in again["message"]
    response = api.as_user(second).post(url(offer, "approve"), {}, format="json")
    assert response.json()["status"] == "approved"
    assert set(OfferApproval.objects.filter(offer=offer).values_list("approver", flat=True)) == {first.pk, second.pk}


def test_hr_and_the_manager_cannot_approve(api, pending, hr, manager):
    offer = pending()
    for user in (hr, manager):
        assert_error(api.as_user(user).post(url(offer, "approve"), {}, format="json"), 403, "permission_denied")
    assert not OfferApproval.objects.exists()
    assert Offer.objects.get(pk=offer.pk).status == "pending_approval"


def test_the_drafter_cannot_approve(api, hr, make_user, draft, second_round, department):
    application = second_round()  # the posting is approved by the chain of two first
    drafter = make_user(Role.HR, Role.APPROVER, username="hr-and-approver")
    DepartmentApprover.objects.create(department=department, approver=drafter, order=3)
    offer = offer_submit(actor=hr, offer=draft(application=application, actor=drafter))
    error = assert_error(api.as_user(drafter).post(url(offer, "approve"), {}, format="json"), 400, "invalid")
    assert "drafted" in error["message"]
    assert not OfferApproval.objects.exists()
    assert Offer.objects.get(pk=offer.pk).status == "pending_approval"


def test_approving_an_offer_that_is_not_pending_is_a_400(api, hr, make_user, draft, department):
    offer = draft()
    # An approver of the chain who can see drafts (also HR).
    both = make_user(Role.HR, Role.APPROVER, username="hr-and-approver")
    DepartmentApprover.objects.create(department=department, approver=both, order=3)
    error = assert_error(api.as_user(both).post(url(offer, "approve"), {}, format="json"), 400, "invalid")
    assert "not waiting for approval" in error["message"]
    # An approver who returned it to draft still sees it, and cannot approve the draft.
    offer_submit(actor=hr, offer=offer)
    offer_decide(actor=department.chain[0], offer=offer, approve=False, comment="Start a week later")
    response = api.as_user(department.chain[0]).post(url(offer, "approve"), {}, format="json")
    assert_error(response, 400, "invalid")
    # A plain approver never saw this draft: out of scope.
    assert_error(api.as_user(department.chain[1]).post(url(offer, "approve"), {}, format="json"), 404)
    assert Offer.objects.get(pk=offer.pk).status == "draft"
    assert list(OfferApproval.objects.values_list("approved", flat=True)) == [False]


def test_a_comment_too_long_is_a_400(api, pending, department):
    offer = pending()
    response = api.as_user(department.chain[0]).post(url(offer, "approve"), {"comment": "x" * 2001}, format="json")
    assert_error(response, 400, "invalid", fields=["comment"])
    assert not OfferApproval.objects.exists()


# --- send -----------------------------------------------------------------------------------------


@pytest.fixture
def approved(pending, department):
    def make():
        return offer_decide(actor=department.chain[0], offer=pending(), approve=True)

    return make


def test_hr_sends_an_approved_offer_and_the_letter_is_rendered(api, approved, hr, django_capture_on_commit_callbacks):
    offer = approved()
    client = api.as_user(hr)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(offer, "send"))
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "sent"
    assert body["sent_at"]
    assert body["letter_version"] == 1
    stored = Offer.objects.get(pk=offer.pk)
    assert (stored.status, stored.letter_version) == ("sent", 1)
    assert stored.sent_at is not None
    letter = OfferLetter.objects.get(offer=offer)
    assert letter.version == 1
    assert letter.size > 0
    assert Notification.objects.filter(template_key="candidates/offer_sent").count() == 1
    assert [row["version"] for row in client.get(url(offer)).json()["letters"]] == [1]
    # Sent once: a second send is refused.
    assert_error(client.post(url(offer, "send")), 400, "invalid")
    assert OfferLetter.objects.filter(offer=offer).count() == 1


def test_only_hr_sends(api, approved, manager, department):
    offer = approved()
    for user in (manager, department.chain[0]):
        assert_error(api.as_user(user).post(url(offer, "send")), 403, "permission_denied")
    stored = Offer.objects.get(pk=offer.pk)
    assert (stored.status, stored.sent_at, stored.letter_version) == ("approved", None, 0)


def test_sending_an_offer_that_is_not_approved_is_a_400(api, draft, pending, hr, second_round):
    client = api.as_user(hr)
    for offer in (draft(), pending(application=second_round(name="Han Meimei"))):
        error = assert_error(client.post(url(offer, "send")), 400, "invalid")
        assert "approved" in error["message"]
        stored = Offer.objects.get(pk=offer.pk)
        assert stored.sent_at is None
        assert stored.status in ("draft", "pending_approval")
    assert not OfferLetter.objects.exists()
