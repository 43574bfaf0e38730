"""The requisition flow as people click through it: HR drafts from the supervisor profile and edits
a row of the demand table in place, submits; the approver approves; HR publishes; the posting is on
/careers/ with JobPosting JSON-LD."""

import json
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from recruiting.roles import Role
from requisitions.models import DepartmentApprover, Requisition
from tests.browser.test_login_home import log_in
from tests.factories import DepartmentFactory

pytestmark = pytest.mark.browser

JSONLD_KEYS = (
    "title", "description", "datePosted", "validThrough", "employmentType", "hiringOrganization", "jobLocation",
    "identifier", "baseSalary", "educationRequirements", "experienceRequirements",
)  # fmt: skip


def log_out(page):
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


def test_hr_drafts_edits_submits_approver_approves_hr_publishes(page, live_server, make_user, password, artifacts_dir):
    hr = make_user(Role.HR, username="flow-hr")
    manager = make_user(Role.HIRING_MANAGER, username="flow-manager", first_name="Jie", last_name="Zhang")
    approver = make_user(Role.APPROVER, username="flow-approver")
    department = DepartmentFactory(name_en="Call Centre")
    DepartmentApprover.objects.create(department=department, approver=approver, order=1)

    # HR starts from the supervisor profile.
    log_in(page, live_server, hr.username, password)
    page.goto(reverse("requisitions:create"))
    page.get_by_test_id("profile-choices").locator('a[href="?profile=level-supervisor"]').click()
    page.select_option("#id_department", str(department.pk))
    page.select_option("#id_hiring_manager", str(manager.pk))
    page.fill("#id_location", "Wuhan")
    page.fill("#id_headcount", "2")
    page.fill("#id_salary_min", "8000")
    page.fill("#id_salary_max", "12000")
    page.fill("#id_closes_on", "2099-12-31")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_test_id("requisition-status")).to_have_text("Draft")
    requisition = Requisition.objects.get()

    # Edit the first row in place (htmx): the page does not reload.
    page.evaluate("window.__same_page = true")
    page.get_by_role("link", name="Edit row 1", exact=True).click()
    editor = page.get_by_test_id("row-editor")
    expect(editor).to_be_visible()
    editor.locator("textarea[name=requirement_en]").fill("Bachelor's degree, or a path below")
    editor.get_by_role("button", name="Save row").click()
    expect(page.get_by_test_id("row-requirement").first).to_have_text("Bachelor's degree, or a path below")
    assert page.evaluate("window.__same_page") is True
    page.screenshot(path=str(artifacts_dir / "requisition-draft.png"), full_page=True)

    page.get_by_role("button", name="Submit for approval").click()
    expect(page.get_by_test_id("requisition-status")).to_have_text("Submitted")
    log_out(page)

    # The approver approves.
    log_in(page, live_server, approver.username, password)
    expect(page.get_by_test_id("approver-home")).to_contain_text(requisition.title)
    page.get_by_test_id("approver-home").get_by_role("link", name=requisition.title).click()
    page.get_by_role("button", name="Approve").click()
    expect(page.get_by_test_id("requisition-status")).to_have_text("Approved")
    log_out(page)

    # HR publishes; the posting is public with its JSON-LD.
    log_in(page, live_server, hr.username, password)
    page.goto(reverse("requisitions:detail", args=[requisition.pk]))
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_test_id("requisition-status")).to_have_text("Open")
    log_out(page)

    page.goto(reverse("careers:list"))
    page.get_by_test_id("postings").get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(requisition.title)
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    for key in JSONLD_KEYS:
        assert key in data, key
    assert data["experienceInPlaceOfEducation"] is True is True
    assert data["jobLocation"]["address"]["addressLocality"] == "Wuhan"
    page.screenshot(path=str(artifacts_dir / "careers-posting.png"), full_page=True)


def test_demand_table_editor_works_with_the_keyboard(page, live_server, make_user, password):
    hr = make_user(Role.HR, username="kbd-hr")
    manager = make_user(Role.HIRING_MANAGER, username="kbd-manager")
    from requisitions.models import PositionProfile
    from requisitions.services.requisitions import requisition_create

    requisition = requisition_create(
        actor=hr, profile=PositionProfile.objects.get(slug="level-specialist"), department=DepartmentFactory(),
        hiring_manager=manager, location="Xi'an",
    )  # fmt: skip
    log_in(page, live_server, hr.username, password)
    page.goto(reverse("requisitions:detail", args=[requisition.pk]))
    before = requisition.requirements.order_by("order").values_list("pk", flat=True)[1]
    # Focus "move row 2 up" and press Enter: no mouse.
    page.get_by_role("button", name="Move row 2 up").focus()
    page.keyboard.press("Enter")
    expect(page.locator("tr[data-row]").first).to_have_attribute("data-row", str(before))
    # Focus stays in the table, so the next key press carries on from there.
    page.wait_for_function("document.getElementById('demand-table').contains(document.activeElement)")
    # Open the editor of row 1 with Enter; focus lands in the editor.
    page.get_by_role("link", name="Edit row 1", exact=True).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("row-editor")).to_be_visible()
    page.wait_for_function("document.activeElement.closest('[data-testid=row-editor]') !== null")
