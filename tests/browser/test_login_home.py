"""Log in through the real login form, in English and in Chinese, and land on the role's home page."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from recruiting.roles import Role

pytestmark = pytest.mark.browser

EN, ZH = "en", "zh-hans"

# data-testid of each role's home-page section.
SECTIONS = {
    Role.HR: "hr-dashboard",
    Role.HIRING_MANAGER: "manager-home",
    Role.INTERVIEWER: "interviewer-home",
    Role.APPROVER: "approver-home",
}
# The section heading of each role, per language.
HEADINGS = {
    Role.HR: {EN: "Recruiting dashboard", ZH: "招聘看板"},
    Role.HIRING_MANAGER: {EN: "My requisitions", ZH: "我的招聘需求"},
    Role.INTERVIEWER: {EN: "My interviews", ZH: "我的面试"},
    Role.APPROVER: {EN: "Waiting for my approval", ZH: "待我审批"},
}
TEXT = {
    "Log in": {EN: "Log in", ZH: "登录"},
    "Log out": {EN: "Log out", ZH: "退出登录"},
    "Home": {EN: "Home", ZH: "首页"},
}
SLUGS = {
    Role.HR: "hr",
    Role.HIRING_MANAGER: "hiring-manager",
    Role.INTERVIEWER: "interviewer",
    Role.APPROVER: "approver",
}


def switch_language(page, language):
    """Click the switcher's button for ``language`` and wait until the page is in that language."""
    page.get_by_test_id("language-switcher").locator(f'button[name="language"][value="{language}"]').click()
    expect(page.locator("html")).to_have_attribute("lang", language)


def log_in(page, live_server, username, password, language=EN):
    """Open the login page, switch language if asked, type the credentials and submit."""
    page.goto(reverse("login"))
    expect(page.locator("#id_username")).to_be_visible()
    if language != EN:
        switch_language(page, language)
    submit = page.locator('form input[type="submit"][name="submit"]')
    expect(submit).to_have_value(TEXT["Log in"][language])
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    submit.click()
    expect(page).to_have_url(live_server.url + reverse("home"))


def logout_button(page):
    return page.locator(f'nav form[action="{reverse("logout")}"] button[type="submit"]')


@pytest.mark.parametrize("language", [EN, ZH])
@pytest.mark.parametrize("role", list(Role), ids=lambda r: SLUGS[r])
def test_login_lands_on_the_roles_home_page(page, live_server, make_user, password, artifacts_dir, role, language):
    user = make_user(role, username=f"{SLUGS[role]}-user")
    log_in(page, live_server, user.username, password, language)

    expect(page.locator("html")).to_have_attribute("lang", language)
    page.screenshot(path=artifacts_dir / f"home-{SLUGS[role]}-{language}.png", full_page=True)

    section = page.get_by_test_id(SECTIONS[role])
    expect(section).to_be_visible()
    expect(section.get_by_role("heading", level=2)).to_have_text(HEADINGS[role][language])
    for other, testid in SECTIONS.items():
        if other != role:
            expect(page.get_by_test_id(testid)).to_have_count(0)
    expect(page.get_by_test_id("no-role")).to_have_count(0)

    nav = page.locator("nav")
    expect(nav.get_by_role("link", name=TEXT["Home"][language], exact=True)).to_be_visible()
    expect(logout_button(page)).to_be_visible()
    expect(logout_button(page)).to_have_text(TEXT["Log out"][language])


def test_logout_returns_to_the_login_page(page, live_server, make_user, password):
    user = make_user(Role.HR, username="hr-user")
    log_in(page, live_server, user.username, password)

    logout_button(page).click()

    expect(page).to_have_url(re.compile(re.escape(live_server.url + reverse("login")) + r"(\?.*)?$"))
    expect(page.locator("#id_username")).to_be_visible()
    expect(logout_button(page)).to_have_count(0)
    # The session is gone: the home page sends us back to log in.
    page.goto(reverse("home"))
    expect(page).to_have_url(re.compile(re.escape(live_server.url + reverse("login")) + r"\?next="))


def test_login_page_in_chinese(page):
    page.goto(reverse("login"))
    expect(page.locator("html")).to_have_attribute("lang", EN)
    switch_language(page, ZH)

    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    assert "登录" in page.locator("body").inner_text()


def test_demo_hr_user_from_seed_demo_logs_in(page, live_server, artifacts_dir):
    """What `make run` offers: the seeded demo HR login works through the login page."""
    from django.core.management import call_command

    from recruiting.management.commands.seed_demo import DEMO_PASSWORD

    call_command("seed_demo")
    log_in(page, live_server, "hr", DEMO_PASSWORD)
    expect(page.get_by_test_id(SECTIONS[Role.HR])).to_be_visible()
    expect(page.get_by_test_id("current-user")).to_have_text("Lin Wang")
    page.screenshot(path=str(artifacts_dir / "demo-hr-home.png"), full_page=True)
