"""Links the interviews app puts on other apps' pages, built without a URL lookup per card (the
board shows up to 300 cards, and ``{% url %}`` costs ~0.15 ms each)."""

from functools import lru_cache

from django import template
from django.urls import get_script_prefix, reverse

register = template.Library()

PLACEHOLDER = 999999999


@lru_cache(maxsize=8)
def _schedule_pattern(prefix: str) -> str:
    return reverse("interviews:schedule", args=[PLACEHOLDER])


@register.filter
def schedule_url(application_id) -> str:
    """The scheduling page of an application: ``{% url 'interviews:schedule' id %}``, reversed once."""
    return _schedule_pattern(get_script_prefix()).replace(str(PLACEHOLDER), str(int(application_id)))
