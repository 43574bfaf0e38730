"""The interviews app's link on each board card, built from one URL lookup per process."""

import pytest
from django.urls import reverse

from interviews.templatetags.interview_links import schedule_url

pytestmark = pytest.mark.django_db


def test_the_link_is_the_scheduling_page_of_the_card(make_application):
    assert schedule_url(42) == reverse("interviews:schedule", args=[42])
    assert schedule_url("7") == reverse("interviews:schedule", args=[7])


def test_every_card_on_the_board_links_to_its_own_scheduling_page(client, hr, make_application):
    first, second = make_application(name="Wang Fang"), make_application(name="Chen Jie")
    client.force_login(hr)
    html = client.get(reverse("candidates:board", args=[first.requisition_id])).content.decode()
    for application in (first, second):
        assert f'href="{reverse("interviews:schedule", args=[application.pk])}"' in html
