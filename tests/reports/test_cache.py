"""The dashboard's figures kept in the cache: a second view is served from it, Refresh recomputes,
each scope, filter and language has its own figures, the CSV exports show the page's figures."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from recruiting.roles import Role
from tests.reports.test_dashboard import PEOPLE, build

pytestmark = pytest.mark.django_db
URL = reverse("reports:dashboard")


def reached(response) -> int:
    return response.context["funnel"][0]["reached"]


def figure_queries(queries) -> list[str]:
    """The queries that compute figures (the others load the session, the user, the filter form)."""
    return [q["sql"] for q in queries if "candidates_stageevent" in q["sql"] or "interviews_rating" in q["sql"]]


@pytest.fixture
def posting(make_posting):
    posting = make_posting()
    build(posting)
    return posting


def test_a_second_view_is_served_from_the_cache_until_refresh(client, hr, posting, figures_cache):
    client.force_login(hr)
    with CaptureQueriesContext(connection) as first:
        page = client.get(URL)
    assert reached(page) == 6
    assert figure_queries(first.captured_queries)
    as_of = timezone.localtime(page.context["computed_at"]).strftime("%H:%M")
    assert f"Figures as of {as_of}" in page.content.decode()

    build(posting, PEOPLE[:2], start=50)  # two more people: the kept figures do not know them yet
    with CaptureQueriesContext(connection) as second:
        page = client.get(URL)
    assert figure_queries(second.captured_queries) == []
    assert len(second.captured_queries) < len(first.captured_queries)
    assert reached(page) == 6

    refresh = client.get(URL, {"refresh": "1"})
    assert refresh.status_code == 302
    assert refresh["Location"] == URL
    assert reached(client.get(URL)) == 8


def test_refresh_keeps_the_filters_and_recomputes_only_them(client, hr, posting, figures_cache):
    client.force_login(hr)
    assert reached(client.get(URL)) == 6
    assert reached(client.get(URL, {"source": "referral"})) == 2
    build(posting, PEOPLE[2:4], start=50)  # two more referrals
    refresh = client.get(URL, {"source": "referral", "refresh": "1"})
    assert refresh["Location"] == f"{URL}?source=referral"
    assert reached(client.get(URL, {"source": "referral"})) == 4
    assert reached(client.get(URL)) == 6  # the unfiltered figures were not recomputed


def test_the_page_links_refresh_with_its_filters(client, hr, posting, figures_cache):
    client.force_login(hr)
    page = client.get(URL, {"source": "referral"}).content.decode()
    assert 'href="?source=referral&amp;refresh=1"' in page


def test_csv_exports_show_the_figures_of_the_page(client, hr, posting, figures_cache):
    client.force_login(hr)
    client.get(URL)
    build(posting, PEOPLE[:1], start=50)
    lines = client.get(URL, {"export": "funnel"}).content.decode("utf-8-sig").splitlines()
    assert lines[1] == "Resume screen,6,"
    client.get(URL, {"refresh": "1"})
    lines = client.get(URL, {"export": "funnel"}).content.decode("utf-8-sig").splitlines()
    assert lines[1] == "Resume screen,7,"


def test_each_scope_has_its_own_figures(client, hr, manager, make_user, make_posting, posting, figures_cache):
    other_manager = make_user(Role.HIRING_MANAGER, username="other-manager")
    build(make_posting(title_en="Night shift agent", hiring_manager=other_manager), PEOPLE[:2], start=50)
    client.force_login(manager)
    assert reached(client.get(URL)) == 6
    client.force_login(other_manager)
    assert reached(client.get(URL)) == 2
    client.force_login(hr)
    assert reached(client.get(URL)) == 8
    second_hr = make_user(Role.HR, username="second-hr")
    build(posting, PEOPLE[:1], start=60)
    client.force_login(second_hr)  # HR share their figures: computed once for all of them
    assert reached(client.get(URL)) == 8


def test_each_language_has_its_own_figures(client, hr, posting, figures_cache):
    from candidates.models import RejectionReason

    reason = RejectionReason.objects.get(code="skills")
    client.force_login(hr)
    english = client.get(URL, HTTP_ACCEPT_LANGUAGE="en").context["rejections"]
    chinese = client.get(URL, HTTP_ACCEPT_LANGUAGE="zh-hans").context["rejections"]
    assert reason.label_en in [row["reason_label"] for row in english]
    assert reason.label_zh in [row["reason_label"] for row in chinese]


def test_the_figures_expire(client, hr, posting, figures_cache, settings):
    import time

    settings.REPORTS_CACHE_SECONDS = 1
    client.force_login(hr)
    client.get(URL)
    build(posting, PEOPLE[:1], start=50)
    assert reached(client.get(URL)) == 6
    time.sleep(1.1)
    assert reached(client.get(URL)) == 7


def test_no_cache_with_zero_seconds(client, hr, posting, figures_cache, settings):
    settings.REPORTS_CACHE_SECONDS = 0
    client.force_login(hr)
    client.get(URL)
    build(posting, PEOPLE[:1], start=50)
    with CaptureQueriesContext(connection) as queries:
        assert reached(client.get(URL)) == 7
    assert figure_queries(queries.captured_queries)


def test_the_figures_are_computed_when_the_cache_is_unreachable(client, hr, posting, settings):
    settings.REPORTS_CACHE_SECONDS = 600
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.5},
        }
    }
    client.force_login(hr)
    page = client.get(URL)
    assert page.status_code == 200
    assert reached(page) == 6
    assert client.get(URL, {"refresh": "1"}).status_code == 302


def test_the_cache_does_not_open_the_dashboard_to_others(client, interviewer, posting, figures_cache):
    client.force_login(interviewer)
    assert client.get(URL).status_code == 403
    assert client.get(URL, {"refresh": "1"}).status_code == 403
    assert client.get(URL, {"export": "funnel"}).status_code == 403
