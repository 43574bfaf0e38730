"""HR drafts an offer, an approver approves it, HR sends it; the candidate opens the status link on a
phone and accepts; the hiring manager records a probation review and a pass: the person is hired and
the requisition (headcount 1) is filled."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from candidates.models import Application, Offer, OfferLetter, Probation, ProbationReview
from candidates.services.applications import application_submit
from candidates.services.pipeline import application_transition
from candidates.status_links import make_token
from recruiting.models import Notification
from requisitions.models import Requisition
from tests.browser.conftest import TIMEOUT_MS
from tests.browser.test_login_home import log_in

pytestmark = pytest.mark.browser

NAME = "Li Lei"
SALARY = 7500  # inside the posting's range (6000–9000): one approval is enough


@pytest.fixture
def phone_page(browser, live_server):
    """The candidate's phone: a small touch screen, no cookies, no staff login."""
    context = browser.new_context(
        locale="en-US", base_url=live_server.url, viewport={"width": 390, "height": 844}, is_mobile=True,
        has_touch=True, device_scale_factor=2,
    )  # fmt: skip
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


def test_offer_approved_sent_accepted_then_probation_passed_fills_the_requisition(
    page, new_page, phone_page, live_server, hr, manager, department, password, make_posting, artifacts_dir,
    tmp_path, settings,
):  # fmt: skip
    settings.MEDIA_ROOT = tmp_path / "media"  # the rendered letters go here, not into a shared folder
    posting = make_posting(headcount=1)
    application = application_submit(
        requisition=posting, person={"full_name": NAME, "email": "li.lei@example.com", "education": "bachelor",
                                     "language": "en"},
        facts={"education": "bachelor"}, answers=[], resume=None, resume_check=None, resume_name="",
        source="careers_page", language="en",
    )  # fmt: skip
    application_transition(actor=hr, application=application, target="first_interview")
    application_transition(actor=hr, application=application, target="second_interview", note="fast track")
    approver = department.chain[0]
    candidate_url = reverse("candidates:detail", args=[application.candidate_id])

    # 1. HR drafts the offer from the candidate page; the form comes with the requisition's terms.
    log_in(page, live_server, hr.username, password)
    page.goto(candidate_url)
    page.get_by_test_id(f"offers-{application.pk}").get_by_role("link", name="Draft an offer").click()
    expect(page).to_have_url(live_server.url + reverse("candidates:offer_create", args=[application.pk]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Draft an offer")
    expect(page.locator("#id_monthly_salary")).to_have_value(re.compile(rf"^{posting.salary_min}(\.0+)?$"))
    expect(page.locator("#id_probation_months")).to_have_value("3")
    expect(page.locator("#id_position_title")).to_have_value(posting.title)
    page.fill("#id_monthly_salary", str(SALARY))
    page.get_by_role("button", name="Save the draft").click()

    expect(page).to_have_url(re.compile(r"/candidates/offers/\d+/$"))
    offer = Offer.objects.get(application=application)
    expect(page).to_have_url(live_server.url + reverse("candidates:offer", args=[offer.pk]))
    expect(page.get_by_test_id("offer-status")).to_have_text("Draft")
    expect(page.get_by_test_id("offer-terms")).to_contain_text(f"CNY {SALARY}")
    page.get_by_role("button", name="Submit for approval").click()
    expect(page.get_by_test_id("offer-status")).to_have_text("Pending approval")
    assert Notification.objects.filter(template_key="candidates/offer_to_approve", recipient_user=approver).exists()

    # 2. The first approver of the department's chain finds it on their home page and approves.
    approver_page = new_page()
    log_in(approver_page, live_server, approver.username, password)
    waiting = approver_page.get_by_test_id("offers-home")
    expect(waiting.get_by_role("heading")).to_have_text("Offers waiting for my approval")
    waiting.get_by_role("link", name=re.compile(NAME)).click()
    expect(approver_page).to_have_url(live_server.url + reverse("candidates:offer", args=[offer.pk]))
    approver_page.get_by_test_id("decide").get_by_role("button", name="Approve").click()
    expect(approver_page.get_by_test_id("offer-status")).to_have_text("Approved")
    expect(approver_page.get_by_test_id("approvals")).to_contain_text("approved")
    expect(approver_page.get_by_test_id("decide")).to_have_count(0)

    # 3. HR sends it; the letter is rendered by the (eager) task once the request has committed.
    page.reload()
    expect(page.get_by_test_id("offer-status")).to_have_text("Approved")
    page.get_by_role("button", name="Send the offer").click()
    expect(page.get_by_test_id("offer-status")).to_have_text("Sent")
    letter = OfferLetter.objects.get(offer=offer, version=1)
    assert letter.size > 0
    expect(page.get_by_test_id("letters")).to_contain_text("Version 1")  # rendered before the redirect
    sent_mail = Notification.objects.get(template_key="candidates/offer_sent")
    assert sent_mail.recipient == "li.lei@example.com"
    assert sent_mail.attachments[0]["path"] == letter.file.name

    # 4. The candidate opens the status link on a phone, checks the letter and accepts.
    phone = phone_page
    token = make_token(application)
    phone.goto(reverse("candidates:status", args=[token]))
    card = phone.get_by_test_id("status-offer")
    expect(card).to_contain_text("Your offer")
    expect(card).to_contain_text(f"CNY {SALARY}")
    download = card.get_by_role("link", name="Download the offer letter (PDF)")
    expect(download).to_be_visible()
    pdf = phone.request.get(download.get_attribute("href"))
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")
    phone.get_by_label("To accept, type your full name as your signature").fill(NAME)
    phone.get_by_role("button", name="Accept the offer").click()
    expect(phone.get_by_role("alert")).to_contain_text("you have accepted the offer")
    expect(card).to_contain_text(f"Accepted by {NAME}")
    expect(phone.get_by_test_id("accept-form")).to_have_count(0)
    assert phone.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    phone.screenshot(path=str(artifacts_dir / "offer-accepted-phone.png"), full_page=True)
    offer.refresh_from_db()
    assert offer.status == Offer.Status.ACCEPTED
    assert offer.signature_name == NAME
    probation = Probation.objects.get(application=application)

    # 5. The hiring manager opens the probation from the candidate page, reviews month 1 and passes it.
    manager_page = new_page()
    log_in(manager_page, live_server, manager.username, password)
    manager_page.goto(candidate_url)
    manager_page.get_by_test_id(f"offers-{application.pk}").get_by_role("link", name=re.compile("^Probation")).click()
    expect(manager_page).to_have_url(live_server.url + reverse("candidates:probation", args=[probation.pk]))
    expect(manager_page.get_by_test_id("probation-status")).to_have_text("In probation")
    manager_page.select_option("#id_month", "1")
    manager_page.select_option("#id_knowledge", "4")
    manager_page.select_option("#id_skills", "3")
    manager_page.select_option("#id_attitude", "5")
    manager_page.select_option("#id_teamwork", "4")
    manager_page.fill("#id_comments", "Calm on the phones; learns the knowledge base fast.")
    manager_page.select_option("#id_recommendation", "pass")
    manager_page.get_by_role("button", name="Save the review").click()
    expect(manager_page.get_by_role("alert")).to_contain_text("Review recorded")
    reviews = manager_page.get_by_test_id("reviews").locator("tbody tr")
    expect(reviews).to_have_count(1)
    expect(reviews.first).to_contain_text("Ready to pass")
    manager_page.select_option("#id_outcome", "pass")
    manager_page.fill("#id_note", "Passed after a strong first month.")
    manager_page.get_by_role("button", name="Record the outcome").click()
    expect(manager_page.get_by_role("alert")).to_contain_text("Probation passed: the person is hired.")
    expect(manager_page.get_by_test_id("probation-status")).to_have_text("Passed")
    expect(manager_page.get_by_role("button", name="Record the outcome")).to_have_count(0)

    # In the database: hired, passed, and the requisition filled at its headcount of one.
    assert Application.objects.get(pk=application.pk).stage == "hired"
    probation.refresh_from_db()
    assert probation.status == Probation.Status.PASSED
    assert probation.decided_by == manager
    review = ProbationReview.objects.get(probation=probation)
    assert (review.month, review.knowledge, review.skills, review.attitude, review.teamwork) == (1, 4, 3, 5, 4)
    assert review.recommendation == "pass"
    assert review.reviewer == manager
    assert Requisition.objects.get(pk=posting.pk).status == "filled"
