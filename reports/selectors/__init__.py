"""The dashboard's figures, each computed by the database (aggregates over the filtered scope), in a
fixed number of queries whatever the data size.

Scope: the applications of requisitions the user may report on (HR all; a hiring manager their own),
narrowed by the filters: applied between two dates, department, requisition, level, source.

``dashboard_figures`` keeps the computed figures in the cache for a few minutes.
"""

import hashlib
import logging
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone, translation
from redis.exceptions import RedisError

from reports.selectors.interviewers import MIN_CASES, calibration, quality_of_hire
from reports.selectors.pipeline import (
    funnel,
    open_requisitions_by_age,
    rates,
    reach_by_source,
    rejection_reasons,
    sources,
)
from reports.selectors.scope import (
    Filters,
    applications_in_scope,
    filter_choices,
    requisitions_in_scope,
    scope_of,
)
from reports.selectors.times import time_in_stage, time_to_fill, time_to_hire

logger = logging.getLogger(__name__)

__all__ = ["MIN_CASES", "Filters", "dashboard", "dashboard_figures", "filter_choices"]


def dashboard(user, filters: Filters) -> dict:
    applications = applications_in_scope(user, filters)
    requisitions = requisitions_in_scope(user, filters)
    reach = reach_by_source(applications)
    return {
        "funnel": funnel(reach),
        "sources": sources(reach),
        "rejections": rejection_reasons(applications),
        "rates": rates(applications),
        "ages": open_requisitions_by_age(requisitions),
        "stage_times": time_in_stage(applications),
        "fill": time_to_fill(requisitions),
        "hire": time_to_hire(applications),
        "calibration": calibration(applications),
        "quality": quality_of_hire(applications),
    }


def dashboard_figures(user, filters: Filters, *, refresh: bool = False) -> tuple[dict, datetime]:
    """``dashboard``'s figures and when they were computed, kept in the cache (Redis in production) for
    ``REPORTS_CACHE_SECONDS`` (0: computed on every request): at 250,000 applications they take
    seconds to compute, and the page and its CSV exports then show the same figures. The key is the
    user's scope (HR share theirs), the filters and the language (labels are picked at computing
    time). ``refresh`` recomputes and replaces them. When the cache is unreachable the figures are
    computed anyway."""
    seconds = getattr(settings, "REPORTS_CACHE_SECONDS", 600)
    if seconds <= 0:
        return dashboard(user, filters), timezone.now()
    wanted = [filters.start, filters.end, filters.department, filters.requisition, filters.level, filters.source]
    digest = hashlib.sha256(repr(wanted).encode()).hexdigest()[:32]
    key = f"reports:dashboard:v1:{scope_of(user)}:{translation.get_language()}:{digest}"
    if not refresh:
        try:
            figures = cache.get(key)
        except RedisError:
            logger.warning("reports: the cache is unreachable; computing the dashboard", exc_info=True)
            figures = None
        if figures is not None:
            return figures
    figures = (dashboard(user, filters), timezone.now())
    try:
        cache.set(key, figures, timeout=seconds)
    except RedisError:
        logger.warning("reports: the cache is unreachable; the dashboard's figures are not kept", exc_info=True)
    return figures
