"""The dashboard's charts render in a real browser (Chart.js from static/vendor)."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.browser.test_login_home import log_in
from tests.reports.test_dashboard import build

pytestmark = pytest.mark.browser


def test_the_dashboard_draws_its_charts(page, live_server, hr, password, make_posting, artifacts_dir):
    build(make_posting())
    log_in(page, live_server, hr.username, password)
    page.goto(live_server.url + reverse("reports:dashboard"))
    for chart in ("chart-funnel", "chart-sources", "chart-stage-times", "chart-ages"):
        expect(page.locator(f"#{chart}")).to_have_attribute("data-rendered", "true")
    # The canvas really has pixels drawn on it, not only the attribute.
    drawn = page.evaluate(
        """() => { const c = document.getElementById('chart-funnel');
                   const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }"""
    )
    assert drawn > 500
    expect(page.get_by_test_id("funnel")).to_contain_text("First interview")
    page.screenshot(path=str(artifacts_dir / "reports-dashboard.png"), full_page=True)
