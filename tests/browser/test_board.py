"""HR drags a card to the next column: the move is recorded and the candidate is e-mailed; a refused
drag snaps back and says why."""

import pytest
from django.core import mail
from django.urls import reverse
from playwright.sync_api import expect

from candidates.models import StageEvent
from recruiting.roles import Role
from tests.browser.test_login_home import log_in
from tests.candidates.test_board import column, many

pytestmark = pytest.mark.browser


def test_drag_a_card_to_the_next_column(page, live_server, make_user, password, make_posting, artifacts_dir):
    hr = make_user(Role.HR, username="board-hr")
    posting = make_posting()
    first, second = many(posting, 2)[:2]  # resume screen, first interview
    mail.outbox.clear()
    log_in(page, live_server, hr.username, password)
    page.goto(reverse("candidates:board", args=[posting.pk]))
    page.get_by_test_id(f"card-{first.pk}").drag_to(page.get_by_test_id("column-first_interview"))
    expect(page.get_by_test_id("board-message")).to_contain_text("moved to")
    expect(page.get_by_test_id("column-first_interview").get_by_test_id(f"card-{first.pk}")).to_be_visible()
    event = StageEvent.objects.get(application=first, to_stage="first_interview")
    assert event.actor == hr
    assert mail.outbox[-1].to == [first.candidate.email]
    page.screenshot(path=str(artifacts_dir / "board.png"), full_page=True)

    # Refused: second interview → offer is only by drafting an offer; the card stays where it was.
    page.get_by_test_id(f"card-{second.pk}").drag_to(page.get_by_test_id("column-offer"))
    expect(page.get_by_test_id("board-message")).to_contain_text("offer is drafted")
    expect(page.get_by_test_id("column-first_interview").get_by_test_id(f"card-{second.pk}")).to_be_visible()


def test_show_more_appends_the_next_cards_of_a_column(page, live_server, make_user, password, make_posting):
    hr = make_user(Role.HR, username="board-more-hr")
    posting = make_posting()
    waiting = column(posting, 55)
    log_in(page, live_server, hr.username, password)
    page.goto(reverse("candidates:board", args=[posting.pk]))
    screen = page.get_by_test_id("column-resume_screen")
    expect(screen.locator(".board-card")).to_have_count(50)
    expect(page.get_by_test_id("count-resume_screen")).to_contain_text("55")
    screen.get_by_role("button", name="Show more cards in Resume screen").click()
    expect(screen.locator(".board-card")).to_have_count(55)
    expect(screen.get_by_role("button", name="Show more cards in Resume screen")).to_have_count(0)
    # The keyboard focus goes to the first card loaded.
    expect(screen.get_by_test_id(f"card-{waiting[50].pk}").get_by_role("link").first).to_be_focused()
    # A loaded card is a card like the others (dragging one far down the page is left out: the scroll
    # to the target column moves another card under Playwright's pointer).
    expect(screen.get_by_test_id(f"card-{waiting[54].pk}")).to_have_attribute("draggable", "true")
