"""The candidate page's timeline reads the cards of all a person's applications at once: the same
cards ``scorecards_for`` gives application by application, blind rule included, in fixed queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from interviews.selectors import scorecards_for, scorecards_for_applications
from interviews.services.scorecards import scorecard_save, scorecard_start, scorecard_submit

pytestmark = pytest.mark.django_db


def submitted(interview, actor, recommendation="yes"):
    card = scorecard_start(actor=actor, interview=interview)
    data = {f"score_{r.pk}": "4" for r in card.ratings.all()} | {"recommendation": recommendation}
    return scorecard_submit(actor=actor, scorecard=scorecard_save(actor=actor, scorecard=card, data=data))


def one_by_one(user, applications):
    return {card.pk for a in applications for card in scorecards_for(user=user, application=a)}


def test_the_same_cards_as_one_application_at_a_time(make_application, schedule, interviewer, panelist, hr,
                                                     make_user):  # fmt: skip
    from recruiting.roles import Role

    first, second, third = (make_application(name=n) for n in ("Wang Fang", "Chen Jie", "Liu Yang"))
    # first: both panelists submitted; second: the panelist has not (blind for them); third: no panel
    one = schedule(first, [interviewer, panelist])
    submitted(one, interviewer)
    submitted(one, panelist, "strong_yes")
    two = schedule(second, [interviewer, panelist], hours=72)
    submitted(two, interviewer)
    scorecard_start(actor=panelist, interview=two)  # a draft: the panelist is still blind on `second`
    outsider = make_user(Role.INTERVIEWER, username="outsider")
    applications = [first, second, third]
    for user in (hr, interviewer, panelist, outsider, first.requisition.hiring_manager):
        expected = one_by_one(user, applications)
        assert {c.pk for c in scorecards_for_applications(user=user, applications=applications)} == expected
    # the blind panelist sees their own draft on `second` but not the interviewer's card there
    seen = {(c.interview.application_id, c.interviewer_id) for c in scorecards_for_applications(
        user=panelist, applications=applications)}  # fmt: skip
    assert (second.pk, panelist.pk) in seen
    assert (second.pk, interviewer.pk) not in seen
    assert not scorecards_for_applications(user=outsider, applications=applications).exists()


def test_a_fixed_number_of_queries(make_application, schedule, interviewer, panelist, django_assert_num_queries):
    applications = [make_application(name=f"Person {n}") for n in range(4)]
    for n, application in enumerate(applications):
        submitted(schedule(application, [interviewer], hours=48 + 3 * n), interviewer)
    with CaptureQueriesContext(connection) as few:
        list(scorecards_for_applications(user=interviewer, applications=applications[:1]))
    with django_assert_num_queries(len(few.captured_queries)):
        assert len(scorecards_for_applications(user=interviewer, applications=applications)) == 4


def test_the_candidate_page_costs_the_same_queries_for_one_application_or_three(
    client, hr, make_application, make_posting, schedule, interviewer, django_assert_num_queries
):
    from django.urls import reverse

    email = "many.applications@example.com"
    first = make_application(name="Zhao Lei", email=email)
    submitted(schedule(first, [interviewer]), interviewer)
    client.force_login(hr)
    url = reverse("candidates:detail", args=[first.candidate_id])
    with CaptureQueriesContext(connection) as one:
        assert client.get(url).status_code == 200
    for n in range(2):
        more = make_application(name="Zhao Lei", email=email, posting=make_posting())
        submitted(schedule(more, [interviewer], hours=60 + 5 * n), interviewer)
    with django_assert_num_queries(len(one.captured_queries)):
        response = client.get(url)
    assert len(response.context["applications"]) == 3
    assert all(len(sections[0]["interviews"]) == 1 for *_rest, sections in response.context["applications"])
