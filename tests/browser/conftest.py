"""Browser tests: the system Chromium driven through Playwright against pytest-django's live server.

One browser is launched for all the browser tests; each test gets a fresh context (cookies,
storage, locale en-US) and a new page. Browsers are never downloaded: set CHROMIUM_PATH to point
at another Chromium, or the browser tests are skipped.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings

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
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


@pytest.fixture(scope="package")
def browser():
    """One headless Chromium, shared by every test of this package.

    Package-scoped rather than session-scoped on purpose: while Playwright runs, the test thread
    has a running event loop, and that changes how Django behaves for *every* later test (see
    below). Stopping Playwright after the last browser test keeps the rest of the suite unaffected.
    """
    if not Path(CHROMIUM_PATH).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM_PATH}; install Debian's chromium or set CHROMIUM_PATH")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API drives an asyncio event loop in the test thread, so Django sees a
    # "running event loop" there and raises SynchronousOnlyOperation on every ORM call made by the
    # tests and by pytest-django's database fixtures. Nothing here runs inside that loop, so the
    # check is a false alarm. Set only while Playwright runs and removed afterwards: subprocesses
    # inherit it, and `manage.py check --deploy` rightly reports it as an error (async.E001).
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


@pytest.fixture(scope="session")
def artifacts_dir():
    """Where screenshots go (gitignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def page(browser, live_server, migrated_data):
    """A new page in a fresh context (English browser, no cookies) whose base URL is the live server."""
    context = browser.new_context(locale="en-US", base_url=live_server.url)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def new_page(browser, live_server):
    """Pages in further fresh contexts: each person signs in with cookies of their own."""
    contexts = []

    def make():
        context = browser.new_context(locale="en-US", base_url=live_server.url)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def phone(browser, live_server, migrated_data):
    """A page in a fresh context the size of a phone (touch, 390×844); ``phone(locale)`` for another
    browser language than English."""
    contexts = []

    def make(locale="en-US"):
        context = browser.new_context(
            locale=locale, base_url=live_server.url, viewport={"width": 390, "height": 844}, is_mobile=True,
            has_touch=True, device_scale_factor=2,
        )  # fmt: skip
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
