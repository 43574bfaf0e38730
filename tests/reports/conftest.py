import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def figures_computed_each_time(settings):
    """The tests of the figures compute them on every request: kept in the cache, a test would be
    handed what an earlier request stored under the same key (same scope, filters and language)
    before its rows changed. ``figures_cache`` turns the cache on."""
    settings.REPORTS_CACHE_SECONDS = 0


@pytest.fixture
def figures_cache(settings):
    """The dashboard's cache as in production (locmem here), empty before and after the test."""
    settings.REPORTS_CACHE_SECONDS = 600
    cache.clear()
    yield cache
    cache.clear()
