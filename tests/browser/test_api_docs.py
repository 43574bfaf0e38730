"""The API documentation page works offline (Swagger UI from the vendored sidecar package) and a
token made on the profile page works in it."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.test_login_home import log_in

pytestmark = pytest.mark.browser


def test_make_a_token_and_read_the_api_docs(page, live_server, hr, password, artifacts_dir):
    outside = []
    page.on(
        "request", lambda request: outside.append(request.url) if not request.url.startswith(live_server.url) else None
    )
    log_in(page, live_server, hr.username, password)
    page.get_by_test_id("current-user").click()
    expect(page).to_have_url(live_server.url + reverse("api:tokens"))
    page.get_by_label("Name").fill("Job board")
    page.get_by_role("button", name="Create token").click()
    key = page.get_by_test_id("new-token").locator("code").inner_text().strip()
    assert key.startswith("csh_")
    expect(page.get_by_test_id("tokens")).to_contain_text("Job board")

    page.goto(live_server.url + reverse("api:docs"))
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("CS Hiring API")
    expect(page.locator("#operations-tag-applications")).to_be_visible()
    expect(page.locator(".opblock-summary-path", has_text="/api/v1/postings/").first).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "api-docs.png"), full_page=False)
    assert outside == []  # nothing fetched from another host

    # The token works from a program (here: the browser's fetch with the header).
    status = page.evaluate(
        """async (key) => (await fetch('/api/v1/requisitions/', {headers: {Authorization: 'Bearer ' + key},
                                                               credentials: 'omit'})).status""",
        key,
    )
    assert status == 200
