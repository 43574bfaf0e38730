"""What a review of the API found, each pinned: a scorecard changes only through a live seat; the
API never publishes internal-only postings nor how requirements are weighed; a huge or deeply nested
body is a 400, not a 500; an erased person is not exported; one salary rule everywhere."""

import datetime
import json

import pytest
from django.utils import timezone

from api.demo import DEMO_TOKEN
from interviews.services.scheduling import interview_cancel, interview_reschedule
from interviews.services.scorecards import scorecard_start
from recruiting.roles import Role
from tests.api.conftest import assert_error
from tests.interviews.conftest import slot


@pytest.fixture
def second_panelist(make_user):
    return make_user(Role.INTERVIEWER, username="panel-b")


def test_a_panelist_taken_off_the_panel_can_no_longer_change_their_card(
    api,
    hr,
    interviewer,
    second_panelist,
    make_application,
):
    from interviews.services.scheduling import interview_schedule

    application = make_application()
    interview = interview_schedule(actor=hr, application=application, slot=slot(), interviewers=[interviewer,
                                                                                                 second_panelist])  # fmt: skip
    card = scorecard_start(actor=interviewer, interview=interview)
    interview_reschedule(actor=hr, interview=interview, slot=slot(hours=72), interviewers=[second_panelist])
    client = api.as_user(interviewer)
    rating = card.ratings.first()
    patch = client.patch(f"/api/v1/scorecards/{card.pk}/", {"ratings": [{"id": rating.pk, "score": 1}]},
                         format="json")  # fmt: skip
    assert patch.status_code in (403, 404)
    assert client.post(f"/api/v1/scorecards/{card.pk}/submit/").status_code in (403, 404)
    rating.refresh_from_db()
    assert rating.score is None


def test_a_draft_of_a_cancelled_interview_cannot_be_submitted(api, hr, interviewer, make_application):
    from interviews.services.scheduling import interview_schedule
    from interviews.services.scorecards import scorecard_save, scorecard_submit

    interview = interview_schedule(actor=hr, application=make_application(), slot=slot(), interviewers=[interviewer])
    card = scorecard_start(actor=interviewer, interview=interview)
    interview_cancel(actor=hr, interview=interview, reason="moved")
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        scorecard_save(actor=interviewer, scorecard=card, data={"recommendation": "yes"})
    with pytest.raises(PermissionDenied):
        scorecard_submit(actor=interviewer, scorecard=card)


def test_internal_only_postings_never_go_out_through_the_api(api, hr, make_posting):
    posting = make_posting(internal_until=timezone.localdate() + datetime.timedelta(days=10))
    for client in (api.anonymous(), api.as_user(hr)):
        assert client.get("/api/v1/postings/").json()["count"] == 0
        assert_error(client.get(f"/api/v1/postings/{posting.slug}/"), 404, "not_found")
        assert_error(client.get(f"/api/v1/postings/{posting.slug}/hropen/"), 404, "not_found")


def test_the_public_posting_shows_requirements_not_their_weight_or_method(api, make_posting):
    posting = make_posting()
    rows = api.anonymous().get(f"/api/v1/postings/{posting.slug}/").json()["requirements"]
    assert rows
    assert set(rows[0]) == {"category", "requirement", "requirement_en", "requirement_zh"}


@pytest.mark.parametrize(
    "body",
    ["[" * 100_000 + "]" * 100_000, '{"a": "' + "x" * (25 * 1024 * 1024) + '"}', '{"a": NaN}', "{not json"],
    ids=["deeply-nested", "too-large", "nan", "broken"],
)
def test_a_hostile_body_is_a_400_not_a_500(api, hr, make_requisition, body):
    requisition = make_requisition()
    response = api.as_user(hr).generic(
        "PATCH", f"/api/v1/requisitions/{requisition.pk}/", body, content_type="application/json"
    )
    assert_error(response, 400, "parse_error")
    requisition.refresh_from_db()
    assert requisition.status == "draft"


def test_an_erased_person_is_not_exported(api, hr, make_application):
    from candidates.services.people import candidate_erase

    person = make_application().candidate
    candidate_erase(actor=hr, candidate=person)
    assert_error(api.as_user(hr).get(f"/api/v1/candidates/{person.pk}/hropen/"), 404, "not_found")


@pytest.mark.parametrize(("show", "low", "high", "shown"), [(True, 0, 9000, True), (True, None, None, False),
                                                            (False, 6000, 9000, False), (True, None, 9000, True)])  # fmt: skip
def test_one_salary_rule_for_the_page_the_json_ld_and_the_api(api, client, make_posting, show, low, high, shown):
    posting = make_posting(show_salary=show, salary_min=low, salary_max=high)
    page = client.get(f"/careers/{posting.slug}/").content.decode()
    api_salary = api.anonymous().get(f"/api/v1/postings/{posting.slug}/").json()["salary"]
    hropen = api.anonymous().get(f"/api/v1/postings/{posting.slug}/hropen/").json()["positionProfiles"][0]
    assert ('"baseSalary"' in page) is shown
    assert (api_salary is not None) is shown
    assert ("offeredRemunerationPackage" in hropen) is shown
    if shown and low == 0:
        assert api_salary["minimum"] == "0.00"
        assert "0–9,000" in page or "0–9000" in page


def test_the_demo_token_is_published_only_for_the_demo(settings):
    assert DEMO_TOKEN.startswith("csh_demo")
    assert json.dumps(DEMO_TOKEN)


def test_a_nul_character_in_a_query_is_a_400_in_the_error_format(api, hr):
    response = api.as_user(hr).get("/api/v1/applications/", {"search": "a\x00b"})
    assert_error(response, 400, "invalid")
