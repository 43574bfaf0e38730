"""A candidate takes the e-commerce work sample on a phone-sized screen (practice, the timed run with
every kind of item, a refused paste, a reload in the middle); a reviewer scores the replies on the
blind page; the result shows on the hiring manager's review page."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from candidates.services.pipeline import application_transition
from candidates.status_links import status_path
from recruiting.roles import Role
from simulations.models import Attempt, Simulation
from simulations.services.attempts import attempt_invite
from simulations.services.authoring import assignment_set
from tests.browser.test_login_home import log_in

pytestmark = pytest.mark.browser


def _answer_item(page):
    """Answer whatever item the page shows, by its kind; returns the kind."""
    if page.locator("#reply").count():
        page.locator("#reply").fill("I am sorry about this. I have checked your order and will fix it today.")
        return "message"
    if page.locator("#typing").count():
        passage = page.get_by_test_id("passage").inner_text().strip()
        typing = page.locator("#typing")
        # A paste is refused by the page and reported.
        typing.focus()
        typing.evaluate(
            "el => el.dispatchEvent(new ClipboardEvent('paste', {clipboardData: new DataTransfer(), bubbles: true,"
            " cancelable: true}))"
        )
        expect(page.locator("#paste-note")).to_be_visible()
        typing.press_sequentially(passage[:60])
        return "typing"
    if page.locator("input[name=best]").count():
        page.locator("input[name=best]").nth(0).check()
        page.locator("input[name=worst]").nth(1).check()
        return "judgement"
    rows = page.locator("tbody tr")
    for i in range(rows.count()):
        cells = rows.nth(i).locator("code")
        same = cells.nth(0).inner_text() == cells.nth(1).inner_text()
        page.locator(f"#row-{i}-{'same' if same else 'different'}").check()
    return "repetitive"


def test_candidate_takes_the_work_sample_on_a_phone_and_it_is_scored(
    phone, new_page, live_server, hr, manager, make_user, password, make_application, artifacts_dir
):
    reviewer = make_user(Role.INTERVIEWER, username="ws-reviewer", first_name="Min", last_name="Zhou")
    application = make_application(name="Qiao Yunfei", email="qiao.yunfei@example.com")
    application_transition(actor=hr, application=application, target="first_interview")
    simulation = Simulation.objects.get(code="ecommerce-after-sales")
    assignment_set(actor=hr, requisition=application.requisition, stage="first_interview", simulation=simulation)
    attempt = attempt_invite(actor=hr, application=application, reviewers=[reviewer])

    # 1. The candidate opens their status link and begins.
    page = phone()
    page.goto(status_path(application))
    page.get_by_test_id("work-samples").get_by_role("link", name="Begin").click()
    expect(page.get_by_role("heading", name="Before you start")).to_be_visible()
    page.locator("input[name=best]").first.check()
    page.locator("input[name=worst]").last.check()
    page.get_by_role("button", name="Check my practice answer").click()
    expect(page.get_by_test_id("practice-result")).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "work-sample-intro-phone.png"), full_page=True)
    page.get_by_test_id("start").click()

    # 2. The timed run: every item answered; in the middle the page is reloaded from the link.
    kinds = []
    while True:
        expect(page.get_by_role("timer").first).to_be_visible()
        # The answer saves itself (htmx, after a pause in typing): wait for that save before moving on.
        with page.expect_response(re.compile(r"/save/\d+/$")) as saved:
            kinds.append(_answer_item(page))
        assert saved.value.ok
        expect(page.locator("#save-status")).to_contain_text("Saved at")
        if len(kinds) == 2:
            page.goto(status_path(application))  # a lost connection: back in through the link
            page.get_by_test_id("work-samples").get_by_role("link", name="Continue where you stopped").click()
            expect(page.locator("#reply")).to_have_value(re.compile("I am sorry"))  # the saved reply is back
        if page.get_by_test_id("finish").count():
            page.screenshot(path=str(artifacts_dir / "work-sample-item-phone.png"), full_page=True)
            page.get_by_test_id("finish").click()
            break
        page.get_by_test_id("next").click()
    assert set(kinds) == {"message", "judgement", "typing", "repetitive"}
    page.get_by_test_id("submit").click()
    expect(page.get_by_test_id("done")).to_be_visible()
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.pastes == 1
    assert attempt.repetitive_accuracy == 1.0
    assert attempt.typing_cpm > 0

    # 3. The reviewer scores the replies without the candidate's name.
    desk = new_page()
    log_in(desk, live_server, reviewer.username, password)
    desk.goto(reverse("simulations:reviews"))
    desk.get_by_role("link", name=re.compile(rf"#{attempt.code}")).click()
    expect(desk.get_by_role("heading", level=1)).to_have_text("Score the written replies")
    expect(desk.locator("body")).not_to_contain_text("Qiao Yunfei")
    groups = desk.locator("fieldset")
    for i in range(groups.count()):
        groups.nth(i).get_by_label("4", exact=True).check()
    desk.get_by_test_id("submit-review").click()
    expect(desk.get_by_text("Review submitted.")).to_be_visible()

    # 4. The hiring manager sees the result on the review page.
    boss = new_page()
    log_in(boss, live_server, manager.username, password)
    boss.goto(reverse("interviews:review", args=[application.requisition_id]))
    expect(boss.get_by_test_id(f"work-sample-{application.pk}")).to_contain_text("Replies 4.0/5")
    boss.screenshot(path=str(artifacts_dir / "work-sample-review.png"), full_page=True)
