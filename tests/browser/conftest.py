"""Browser tests: the system Chromium driven through Playwright against pytest-django's live server.

One browser is launched for the whole session; each test gets a fresh context (cookies, storage,
locale en-US) and a new page. Browsers are never downloaded: set CHROMIUM_PATH to point at
another Chromium, or the browser tests are skipped.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings

# Playwright's sync API drives its own asyncio event loop in the test thread, so Django sees a
# "running event loop" there and raises SynchronousOnlyOperation on every ORM call made by the
# tests (creating users, ...). Nothing here runs inside that loop, so the check is a false alarm.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session."""
    if not Path(CHROMIUM_PATH).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM_PATH}; install Debian's chromium or set CHROMIUM_PATH")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def artifacts_dir():
    """Where screenshots go (gitignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def page(browser, live_server, django_db_serialized_rollback):
    """A new page in a fresh context (English browser, no cookies) whose base URL is the live server.

    ``live_server`` makes the test transactional, and a transactional test ends by flushing every
    table, which would also delete the role groups made by the data migration (0002_roles) and leave
    ``make_user`` adding users to no group at all. ``django_db_serialized_rollback`` restores the
    migrated data before each browser test.
    """
    context = browser.new_context(locale="en-US", base_url=live_server.url)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()
