"""Rubric scoring of the replies: named reviewers only, blind to the name and to each other until
they submit; the result on the candidate page, the attempt page and the review page."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from simulations.models import Dimension, Item, Review
from simulations.selectors import latest_results
from simulations.services import attempts as service
from simulations.services.reviews import replies, review_save, review_submit, reviewers_add

DIMENSIONS = Dimension.values


@pytest.fixture
def second_reviewer(make_user):
    from recruiting.roles import Role

    return make_user(Role.INTERVIEWER, username="second-reviewer", first_name="Sun", last_name="Li")


@pytest.fixture
def submitted(attached, hr, interviewer, second_reviewer):
    """A submitted attempt with two named reviewers and two replies."""
    attempt = service.attempt_invite(actor=hr, application=attached, reviewers=[interviewer, second_reviewer])
    attempt = service.attempt_start(attempt=attempt)
    for item in Item.objects.filter(pk__in=attempt.order, kind="message"):
        service.answer_save(attempt=attempt, item_id=item.pk, text=f"Reply to {item.title_en}")
    return service.attempt_submit(attempt=attempt)


def _all_scores(attempt, score):
    return {(answer.pk, d): score for answer in replies(attempt) for d in DIMENSIONS}


def _review(attempt, user):
    return Review.objects.get(attempt=attempt, reviewer=user)


def test_a_reviewer_scores_and_submits(submitted, interviewer):
    review = _review(submitted, interviewer)
    scores = _all_scores(submitted, 4)
    first = next(iter(scores))
    scores[first] = None
    review_save(actor=interviewer, review=review, scores=scores, comment="Warm, but missed the policy.")
    with pytest.raises(ValidationError, match="9 of 10"):
        review_submit(actor=interviewer, review=review)
    review_save(actor=interviewer, review=review, scores={first: 2})
    review = review_submit(actor=interviewer, review=review)
    assert review.status == Review.Status.SUBMITTED
    with pytest.raises(ValidationError, match="locked"):
        review_save(actor=interviewer, review=review, scores={first: 5})


def test_only_the_named_reviewer_scores(submitted, interviewer, second_reviewer, hr):
    review = _review(submitted, interviewer)
    for someone in (second_reviewer, hr, None):
        with pytest.raises(PermissionDenied):
            review_save(actor=someone, review=review, scores=_all_scores(submitted, 3))
    assert not review.scores.exists()


@pytest.mark.parametrize("score", [0, 6, "3", 2.5])
def test_bad_scores_are_refused(submitted, interviewer, score):
    review = _review(submitted, interviewer)
    with pytest.raises(ValidationError):
        review_save(actor=interviewer, review=review, scores=_all_scores(submitted, score))
    assert not review.scores.exists()


def test_scores_only_for_the_attempts_replies(submitted, interviewer):
    review = _review(submitted, interviewer)
    typing = submitted.answers.get(item__kind="typing")
    with pytest.raises(ValidationError, match="only the replies"):
        review_save(actor=interviewer, review=review, scores={(typing.pk, "empathy"): 3})
    with pytest.raises(ValidationError, match="only the replies"):
        review_save(actor=interviewer, review=review, scores={(replies(submitted)[0].pk, "charm"): 3})


def test_no_scoring_before_the_candidate_submits(attached, hr, interviewer):
    attempt = service.attempt_start(attempt=service.attempt_invite(actor=hr, application=attached,
                                                                   reviewers=[interviewer]))  # fmt: skip
    with pytest.raises(ValidationError, match="not submitted"):
        review_save(actor=interviewer, review=_review(attempt, interviewer), scores={})


def test_blind_rule_hides_others_until_own_review_is_submitted(submitted, interviewer, second_reviewer, hr):
    first = review_save(actor=interviewer, review=_review(submitted, interviewer), scores=_all_scores(submitted, 5))
    review_submit(actor=interviewer, review=first)
    app = submitted.application_id
    # The second reviewer has not submitted: no rubric result for them; HR (not a reviewer) sees it.
    assert latest_results(user=second_reviewer, application_ids=[app])[app].rubric is None
    seen_by_hr = latest_results(user=hr, application_ids=[app])[app].rubric
    assert seen_by_hr.overall == 5
    assert seen_by_hr.reviewers == 1
    second = review_save(actor=second_reviewer, review=_review(submitted, second_reviewer),
                         scores=_all_scores(submitted, 2))  # fmt: skip
    review_submit(actor=second_reviewer, review=second)
    result = latest_results(user=second_reviewer, application_ids=[app])[app]
    assert result.rubric.overall == pytest.approx(3.5)
    assert result.rubric.dimensions == {d: pytest.approx(3.5) for d in DIMENSIONS}
    assert result.key_items()["empathy"] == pytest.approx(3.5)


def test_the_scoring_page_is_blind(client, submitted, interviewer, second_reviewer):
    review = review_submit(
        actor=interviewer,
        review=review_save(actor=interviewer, review=_review(submitted, interviewer), scores=_all_scores(submitted, 5)),
    )
    client.force_login(second_reviewer)
    url = reverse("simulations:review", args=[_review(submitted, second_reviewer).pk])
    page = client.get(url).content.decode()
    assert "Wang Fang" not in page
    assert "wang.fang" not in page
    assert f"#{submitted.code}" in page
    assert "Reply to" in page
    assert "The other reviewers" not in page  # not until their own is submitted
    form = {f"score-{a.pk}-{d}": "3" for a in replies(submitted) for d in DIMENSIONS} | {"submit": "1"}
    assert client.post(url, form).status_code == 302
    page = client.get(url).content.decode()
    assert "The other reviewers" in page
    assert interviewer.username in page or interviewer.get_full_name() in page
    # Another reviewer's page is not theirs to open.
    assert client.get(reverse("simulations:review", args=[review.pk])).status_code == 404


def test_a_refused_submit_on_the_page_keeps_the_scores(client, submitted, interviewer):
    client.force_login(interviewer)
    review = _review(submitted, interviewer)
    url = reverse("simulations:review", args=[review.pk])
    answer = replies(submitted)[0]
    response = client.post(url, {f"score-{answer.pk}-empathy": "4", "submit": "1"})
    assert response.status_code == 200
    assert "before submitting" in response.content.decode()
    review.refresh_from_db()
    assert review.status == Review.Status.DRAFT
    response = client.post(url, {f"score-{answer.pk}-empathy": "9"})
    assert response.status_code == 200  # not a choice: a form error, nothing saved
    assert review.scores.get(answer=answer, dimension="empathy").score == 4


def test_hr_adds_reviewers(submitted, hr, make_user, manager):
    from recruiting.roles import Role

    third = make_user(Role.HIRING_MANAGER, username="third")
    added = reviewers_add(actor=hr, attempt=submitted, reviewers=[third])
    assert [r.reviewer for r in added] == [third]
    assert reviewers_add(actor=hr, attempt=submitted, reviewers=[third]) == []
    with pytest.raises(PermissionDenied):
        reviewers_add(actor=manager, attempt=submitted, reviewers=[manager])


def test_staff_pages_scope(client, submitted, hr, manager, interviewer, make_user):
    from recruiting.roles import Role

    attempt_url = reverse("simulations:attempt", args=[submitted.pk])
    client.force_login(hr)
    page = client.get(attempt_url).content.decode()
    assert "Wang Fang" in page
    assert "Reply to" in page
    other_manager = make_user(Role.HIRING_MANAGER, username="other-manager")
    client.force_login(other_manager)
    assert client.get(attempt_url).status_code == 404
    client.force_login(interviewer)
    assert client.get(attempt_url).status_code == 403
    for action in ("cancel", "grant", "extra-time", "reviewers"):
        client.force_login(manager)
        assert client.post(reverse("simulations:attempt_action", args=[submitted.pk, action])).status_code == 403
    client.force_login(manager)
    assert client.post(reverse("simulations:invite", args=[submitted.application_id])).status_code == 403


def test_result_on_candidate_and_review_pages(client, submitted, hr, interviewer):
    review_submit(
        actor=interviewer,
        review=review_save(actor=interviewer, review=_review(submitted, interviewer), scores=_all_scores(submitted, 4)),
    )
    application = submitted.application
    client.force_login(hr)
    candidate_page = client.get(reverse("candidates:detail", args=[application.candidate_id])).content.decode()
    assert f'data-testid="work-sample-{application.pk}"' in candidate_page
    assert "Replies 4.0/5" in candidate_page
    review_page = client.get(reverse("interviews:review", args=[application.requisition_id])).content.decode()
    assert "Replies 4.0/5" in review_page
    assert "Empathy 4.0" in review_page


def test_hr_invites_from_the_candidate_page(client, attached, hr, interviewer):
    client.force_login(hr)
    page = client.get(reverse("candidates:detail", args=[attached.candidate_id])).content.decode()
    assert reverse("simulations:invite", args=[attached.pk]) in page
    response = client.post(reverse("simulations:invite", args=[attached.pk]),
                           {"extra_minutes": "10", "reviewers": [interviewer.pk]})  # fmt: skip
    assert response.status_code == 302
    attempt = attached.simulation_attempts.get()
    assert attempt.extra_minutes == 10
    bad = client.post(reverse("simulations:invite", args=[attached.pk]), {"extra_minutes": "-3"})
    assert bad.status_code == 302
    assert attached.simulation_attempts.count() == 1


def test_the_review_page_and_the_queue_have_a_fixed_number_of_queries(
    client, attached, hr, interviewer, make_application
):
    """Work samples add the same number of queries to the review page, and the reviewer's queue keeps
    one count, whether one or three candidates have results."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from candidates.services.pipeline import application_transition

    def take(application):
        attempt = service.attempt_start(
            attempt=service.attempt_invite(actor=hr, application=application, reviewers=[interviewer])
        )
        return service.attempt_submit(attempt=attempt)

    def counts():
        client.force_login(hr)
        with CaptureQueriesContext(connection) as review_page:
            client.get(reverse("interviews:review", args=[attached.requisition_id]))
        client.force_login(interviewer)
        with CaptureQueriesContext(connection) as queue:
            client.get(reverse("simulations:reviews"))
        return len(review_page), len(queue)

    take(attached)
    one = counts()
    for name in ("Ma Lin", "Gao Yu"):
        other = make_application(name=name, email=f"{name.replace(' ', '.').lower()}@example.com")
        application_transition(actor=hr, application=other, target="first_interview")
        take(other)
    assert counts() == one
