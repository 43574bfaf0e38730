"""HR schedules an interview; the interviewer signs in, fills and submits a scorecard; the hiring
manager signs in and sees the side-by-side review."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from candidates.services.applications import application_submit
from interviews.models import Interview, Rating, Scorecard
from recruiting.models import Notification
from recruiting.roles import Role
from tests.browser.test_login_home import log_in

pytestmark = pytest.mark.browser

ZONE = "Asia/Shanghai"
STAR = "S: a queue of 40 angry callers after an outage. T: clear it. A: triaged by urgency. R: done in an hour."


def score_for(index: int) -> int:
    """Varied scores (3, 4, 5, 3, ...), so the overall is a real weighted mean."""
    return 3 + index % 3


def test_schedule_score_and_review(page, new_page, live_server, hr, manager, make_user, password, make_posting,
                                   artifacts_dir):  # fmt: skip
    interviewer = make_user(Role.INTERVIEWER, username="kit-interviewer", first_name="Wen", last_name="Chen")
    posting = make_posting()
    application = application_submit(
        requisition=posting, person={"full_name": "Li Lei", "email": "li.lei@example.com", "education": "bachelor",
                                     "language": "en"},
        facts={"education": "bachelor"}, answers=[], resume=None, resume_check=None, resume_name="",
        source="careers_page", language="en",
    )  # fmt: skip
    starts = (timezone.now().astimezone(ZoneInfo(ZONE)) + datetime.timedelta(days=3)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )

    # 1. HR schedules the interview from the candidate page and lands on the kit.
    log_in(page, live_server, hr.username, password)
    page.goto(reverse("candidates:detail", args=[application.candidate_id]))
    page.get_by_test_id(f"interviews-{application.pk}").get_by_role("link", name="Schedule an interview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Schedule an interview")
    page.select_option("#id_round", "first")
    page.select_option("#id_format", "structured_behavioural")
    page.fill("#id_starts_at", starts.strftime("%Y-%m-%dT%H:%M"))
    page.fill("#id_duration_minutes", "45")
    page.select_option("#id_time_zone", ZONE)
    page.fill("#id_location", "Room 3")
    page.get_by_label("Wen Chen", exact=True).check()
    page.get_by_role("button", name="Schedule and send invitations").click()

    expect(page).to_have_url(re.compile(r"/interviews/\d+/$"))  # the POST is done before we read the database
    interview = Interview.objects.get(application=application)
    expect(page).to_have_url(live_server.url + reverse("interviews:detail", args=[interview.pk]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Interview kit: Li Lei")
    expect(page.get_by_test_id("when")).to_contain_text(f"{starts:%Y-%m-%d} 10:00–10:45 ({ZONE}) · Room 3")
    competencies = page.get_by_test_id("competency")
    expect(competencies.first).to_be_visible()
    assert competencies.count() >= 2
    assert list(interview.interviewers.all()) == [interviewer]
    assert interview.starts_at == starts
    invitation = Notification.objects.get(template_key="interviews/invitation", recipient_user=interviewer)
    assert invitation.recipient == interviewer.email
    [ics] = invitation.attachments
    assert ics["filename"].endswith(".ics")
    assert ics["mimetype"].startswith("text/calendar")
    assert "BEGIN:VCALENDAR" in ics["content"]
    assert "METHOD:REQUEST" in ics["content"]

    # 2. The interviewer finds the interview on their home page, opens the kit and their scorecard.
    page2 = new_page()
    log_in(page2, live_server, interviewer.username, password)
    page2.get_by_test_id("interviewer-home").get_by_test_id("upcoming").get_by_role("link", name="Li Lei").click()
    expect(page2).to_have_url(live_server.url + reverse("interviews:detail", args=[interview.pk]))
    page2.get_by_test_id("open-scorecard").click()
    expect(page2).to_have_url(live_server.url + reverse("interviews:scorecard_edit", args=[interview.pk]))
    card = Scorecard.objects.get(interview=interview, interviewer=interviewer)
    ratings = list(card.ratings.order_by("pk"))
    fieldsets = page2.get_by_test_id("rating")
    expect(fieldsets).to_have_count(len(ratings))
    assert competencies.count() == len(ratings)  # the kit and the card assess the same competencies

    # Autosave: a score change is posted by htmx and the status line says so.
    first = ratings[0]
    page2.locator(f'label[for="s{first.pk}-{score_for(0)}"]').click()
    expect(page2.get_by_test_id("autosave-ok")).to_contain_text("Draft saved")
    first.refresh_from_db()
    assert first.score == score_for(0)
    card.refresh_from_db()
    assert card.status == Scorecard.Status.DRAFT

    for index, rating in enumerate(ratings[1:], start=1):
        page2.locator(f'label[for="s{rating.pk}-{score_for(index)}"]').click()
        expect(page2.locator(f"#s{rating.pk}-{score_for(index)}")).to_be_checked()
    page2.fill("#id_star", STAR)
    page2.get_by_label("Yes", exact=True).check()
    page2.screenshot(path=str(artifacts_dir / "interview-scorecard.png"), full_page=True)
    page2.get_by_role("button", name="Submit and lock").click()

    expect(page2).to_have_url(live_server.url + reverse("interviews:scorecard", args=[card.pk]))
    expect(page2.get_by_test_id("recommendation")).to_have_text("Yes")
    expect(page2.get_by_test_id("card-ratings").locator("tbody tr")).to_have_count(len(ratings))
    expect(page2.get_by_role("button", name="Amend (keeps this version)")).to_be_visible()
    expect(page2.get_by_text("a queue of 40 angry callers")).to_be_visible()

    # 3. The hiring manager compares the candidates side by side.
    page3 = new_page()
    log_in(page3, live_server, manager.username, password)
    page3.goto(reverse("interviews:review", args=[posting.pk]))
    expect(page3.get_by_role("heading", level=1)).to_have_text("Side-by-side review")
    row = page3.get_by_test_id(f"row-{application.pk}")
    expect(row).to_contain_text("Li Lei")
    weights = {r.pk: r.weight for r in ratings}
    overall = sum(score_for(i) * weights[r.pk] for i, r in enumerate(ratings)) / sum(weights.values())
    expect(page3.get_by_test_id(f"overall-{application.pk}")).to_have_text(floatformat(float(overall), 2))
    recommendations = page3.get_by_test_id(f"recommendations-{application.pk}")
    expect(recommendations.get_by_text("Yes: 1", exact=True)).to_be_visible()
    expect(recommendations.get_by_role("link", name="Wen Chen")).to_have_attribute(
        "href", reverse("interviews:scorecard", args=[card.pk])
    )
    # The wide table scrolls inside its box; the page itself does not scroll sideways.
    assert page3.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    page3.screenshot(path=str(artifacts_dir / "interview-review.png"), full_page=True)

    # In the database: one submitted card, every competency scored, the notes kept.
    submitted = Scorecard.objects.get(interview=interview, status=Scorecard.Status.SUBMITTED)
    assert submitted.pk == card.pk
    assert submitted.interviewer == interviewer
    assert Scorecard.objects.filter(interview=interview).count() == 1
    assert submitted.recommendation == "yes"
    assert submitted.submitted_at is not None
    assert submitted.star_notes == STAR
    scores = dict(Rating.objects.filter(scorecard=submitted).values_list("pk", "score"))
    assert scores == {r.pk: score_for(i) for i, r in enumerate(ratings)}
