"""Interviews and scorecards through the API: scope by role, filters, the panel's own cards (start,
save, submit, amend) and the blind rule."""

import pytest
from rest_framework.test import APIClient

from interviews.models import Rating, Scorecard
from interviews.services.scheduling import interview_cancel
from recruiting.roles import Role
from tests.api.conftest import assert_error
from tests.interviews.conftest import schedule  # noqa: F401

pytestmark = pytest.mark.django_db

INTERVIEWS = "/api/v1/interviews/"
SCORECARDS = "/api/v1/scorecards/"
# The supervisor profile's rows assessed in the first interview (see tests/interviews/test_scorecards.py).
FIRST_ROUND = {"language", "systems", "planning", "leadership", "quality_control", "data_awareness",
               "communication", "empathy", "professional_knowledge", "teamwork"}  # fmt: skip


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def start(client, interview) -> dict:
    response = client.post(f"{INTERVIEWS}{interview.pk}/scorecard/")
    assert response.status_code == 200, response.content
    return response.json()


def fill(client, card: dict, score=4, recommendation="yes", **extra) -> dict:
    body = {"ratings": [{"id": r["id"], "score": score} for r in card["ratings"]], "recommendation": recommendation}
    response = client.patch(f"{SCORECARDS}{card['id']}/", body | extra, format="json")
    assert response.status_code == 200, response.content
    return response.json()


def submit(client, card: dict) -> dict:
    response = client.post(f"{SCORECARDS}{card['id']}/submit/")
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def panelist(make_user):
    return make_user(Role.INTERVIEWER, username="panel-two", email="panel.two@example.com")


@pytest.fixture
def other_manager(make_user):
    return make_user(Role.HIRING_MANAGER, username="other-manager")


@pytest.fixture
def world(make_application, make_posting, schedule, hr, manager, other_manager, interviewer, panelist):  # noqa: F811
    """Three interviews: ``ours`` (manager's requisition, the interviewer sits on it), ``theirs`` (the
    manager's requisition, only the panelist) and ``elsewhere`` (another manager's requisition, a second
    round; the interviewer and the manager sit on it)."""
    ours = schedule(make_application(name="Li Lei"), [interviewer])
    theirs = schedule(make_application(name="Han Meimei"), [panelist])
    other_posting = make_posting(hiring_manager=other_manager)
    elsewhere = schedule(make_application(name="Wang Fang", posting=other_posting), [interviewer, manager],
                         hours=96, round="second")  # fmt: skip
    return {"ours": ours, "theirs": theirs, "elsewhere": elsewhere}


# --- interviews: scope ------------------------------------------------------------------------------


def test_an_interviewer_lists_and_opens_only_the_interviews_they_sit_on(api, world, interviewer):
    client = api.as_user(interviewer)
    assert ids(client.get(INTERVIEWS)) == {world["ours"].pk, world["elsewhere"].pk}
    detail = client.get(f"{INTERVIEWS}{world['ours'].pk}/")
    assert detail.status_code == 200
    assert detail.json()["application"]["candidate"] == "Li Lei"
    assert [person["id"] for person in detail.json()["interviewers"]] == [interviewer.pk]
    assert_error(client.get(f"{INTERVIEWS}{world['theirs'].pk}/"), 404)


def test_hr_lists_every_interview(api, world, hr):
    assert ids(api.as_user(hr).get(INTERVIEWS)) == {interview.pk for interview in world.values()}


def test_a_hiring_manager_sees_their_requisitions_and_their_seats(api, world, manager, other_manager):
    client = api.as_user(manager)
    assert ids(client.get(INTERVIEWS)) == {world["ours"].pk, world["theirs"].pk, world["elsewhere"].pk}
    assert ids(client.get(INTERVIEWS, {"mine": "true"})) == {world["elsewhere"].pk}
    client = api.as_user(other_manager)
    assert ids(client.get(INTERVIEWS)) == {world["elsewhere"].pk}
    assert_error(client.get(f"{INTERVIEWS}{world['ours'].pk}/"), 404)


def test_a_cancelled_seat_without_a_card_loses_access(api, world, hr, interviewer):
    interview_cancel(actor=hr, interview=world["ours"], reason="Candidate ill")
    client = api.as_user(interviewer)
    assert ids(client.get(INTERVIEWS)) == {world["elsewhere"].pk}
    assert_error(client.get(f"{INTERVIEWS}{world['ours'].pk}/"), 404)


def test_an_approver_or_a_user_without_a_role_is_refused(api, world, approver, make_user):
    no_role = make_user(username="nobody")  # cannot make a token; signed in another way
    for client in (api.as_user(approver), APIClient()):
        if client is not api:
            client.force_authenticate(no_role)
        for url in (INTERVIEWS, f"{INTERVIEWS}{world['ours'].pk}/", SCORECARDS):
            assert_error(client.get(url), 403, "permission_denied")
        assert_error(client.post(f"{INTERVIEWS}{world['ours'].pk}/scorecard/"), 403, "permission_denied")
    assert not Scorecard.objects.exists()


def test_anonymous_callers_get_401(api, world):
    client = api.anonymous()
    for url in (INTERVIEWS, f"{INTERVIEWS}{world['ours'].pk}/", SCORECARDS):
        assert_error(client.get(url), 401, "not_authenticated")
    assert_error(client.post(f"{INTERVIEWS}{world['ours'].pk}/scorecard/"), 401, "not_authenticated")
    response = client.get(INTERVIEWS, HTTP_AUTHORIZATION="Bearer csh_not-a-real-token")
    assert_error(response, 401, "authentication_failed")


def test_an_out_of_scope_object_answers_the_not_found_code(api, world, interviewer):
    # api.errors.exception_handler reads the code from the original exception; Django's Http404 is no
    # APIException, so the documented stable code "not_found" becomes "error".
    response = api.as_user(interviewer).get(f"{INTERVIEWS}{world['theirs'].pk}/")
    assert_error(response, 404, "not_found")


# --- interviews: filters ----------------------------------------------------------------------------


def test_filters_by_status_round_application_and_mine(api, world, hr, interviewer):
    interview_cancel(actor=hr, interview=world["theirs"], reason="Position paused")
    client = api.as_user(hr)
    assert ids(client.get(INTERVIEWS, {"status": "cancelled"})) == {world["theirs"].pk}
    assert ids(client.get(INTERVIEWS, {"status": "scheduled"})) == {world["ours"].pk, world["elsewhere"].pk}
    assert ids(client.get(INTERVIEWS, {"round": "second"})) == {world["elsewhere"].pk}
    assert ids(client.get(INTERVIEWS, {"round": "first", "status": "scheduled"})) == {world["ours"].pk}
    assert ids(client.get(INTERVIEWS, {"application": world["ours"].application_id})) == {world["ours"].pk}
    assert ids(client.get(INTERVIEWS, {"mine": "true"})) == set()  # HR sits on no panel
    assert len(ids(client.get(INTERVIEWS, {"mine": "false"}))) == 3
    assert ids(api.as_user(interviewer).get(INTERVIEWS, {"round": "first"})) == {world["ours"].pk}


def test_the_list_pages(api, world, hr):
    client = api.as_user(hr)
    first = client.get(INTERVIEWS, {"page_size": 2}).json()
    assert first["count"] == 3
    assert len(first["results"]) == 2
    second = client.get(INTERVIEWS, {"page_size": 2, "page": 2}).json()
    assert {row["id"] for row in first["results"] + second["results"]} == {i.pk for i in world.values()}
    # newest start first
    assert first["results"][0]["id"] == world["elsewhere"].pk


@pytest.mark.parametrize(
    ("params", "field"),
    [({"status": "done"}, "status"), ({"round": "fifth"}, "round"), ({"mine": "maybe"}, "mine"),
     ({"application": "0"}, "application"), ({"application": "abc"}, "application")],
)  # fmt: skip
def test_a_bad_filter_is_a_400_naming_the_field(api, hr, params, field):
    body = assert_error(api.as_user(hr).get(INTERVIEWS, params), 400, "invalid", fields=[field])
    assert set(body["fields"]) == {field}


def test_a_bad_scorecard_filter_is_a_400(api, interviewer):
    assert_error(api.as_user(interviewer).get(SCORECARDS, {"application": "x"}), 400, "invalid",
                 fields=["application"])  # fmt: skip


# --- scorecards: start, save, submit, amend --------------------------------------------------------


def test_a_panel_member_starts_a_draft_with_one_rating_per_competency(api, world, interviewer):
    client = api.as_user(interviewer)
    card = start(client, world["ours"])
    assert card["status"] == "draft"
    assert card["version"] == 1
    assert card["interview"] == world["ours"].pk
    assert card["application"] == world["ours"].application_id
    assert card["interviewer"]["id"] == interviewer.pk
    keys = [rating["key_item"] for rating in card["ratings"]]
    assert sorted(keys) == sorted(FIRST_ROUND)  # one each, none twice
    assert all(rating["score"] is None for rating in card["ratings"])
    stored = Scorecard.objects.get(interview=world["ours"], interviewer=interviewer)
    assert stored.pk == card["id"]
    assert set(stored.ratings.values_list("pk", flat=True)) == {rating["id"] for rating in card["ratings"]}


def test_starting_twice_returns_the_same_draft(api, world, interviewer):
    client = api.as_user(interviewer)
    first = start(client, world["ours"])
    assert start(client, world["ours"])["id"] == first["id"]
    assert Scorecard.objects.filter(interviewer=interviewer).count() == 1
    assert Rating.objects.filter(scorecard_id=first["id"]).count() == len(FIRST_ROUND)


def test_only_the_panel_starts_a_card(api, world, hr, manager, panelist):
    # HR and the requisition's manager see the interview but do not sit on it.
    for user in (hr, manager):
        response = api.as_user(user).post(f"{INTERVIEWS}{world['ours'].pk}/scorecard/")
        assert_error(response, 403, "permission_denied")
    # An interviewer of another panel does not even see it.
    assert_error(api.as_user(panelist).post(f"{INTERVIEWS}{world['ours'].pk}/scorecard/"), 404)
    assert not Scorecard.objects.exists()


def test_saving_sets_scores_and_evidence_and_keeps_what_is_left_out(api, world, interviewer):
    client = api.as_user(interviewer)
    card = start(client, world["ours"])
    first, second, third = (rating["id"] for rating in card["ratings"][:3])
    body = {"ratings": [{"id": first, "score": 5, "evidence": "Calmed a caller in 3 minutes"}, {"id": second, "score": 1}],
            "star_notes": "S: queue of 40", "recommendation": "yes"}  # fmt: skip
    response = client.patch(f"{SCORECARDS}{card['id']}/", body, format="json")
    assert response.status_code == 200, response.content
    saved = {rating["id"]: rating for rating in response.json()["ratings"]}
    assert (saved[first]["score"], saved[first]["evidence"]) == (5, "Calmed a caller in 3 minutes")
    assert saved[second]["score"] == 1
    assert response.json()["star_notes"] == "S: queue of 40"

    response = client.patch(f"{SCORECARDS}{card['id']}/", {"ratings": [{"id": second, "score": 3}]}, format="json")
    assert response.status_code == 200, response.content
    ratings = {rating.pk: rating for rating in Rating.objects.filter(scorecard_id=card["id"])}
    assert (ratings[first].score, ratings[first].evidence) == (5, "Calmed a caller in 3 minutes")
    assert ratings[second].score == 3
    assert ratings[third].score is None
    stored = Scorecard.objects.get(pk=card["id"])
    assert (stored.star_notes, stored.recommendation) == ("S: queue of 40", "yes")

    response = client.patch(f"{SCORECARDS}{card['id']}/", {"ratings": [{"id": first, "score": None}]}, format="json")
    assert response.status_code == 200
    ratings[first].refresh_from_db()
    assert ratings[first].score is None  # null clears a score
    assert ratings[first].evidence == "Calmed a caller in 3 minutes"


@pytest.mark.parametrize("bad", [0, 6, -1, "x"])
def test_a_score_out_of_range_is_a_400_and_saves_nothing(api, world, interviewer, bad):
    client = api.as_user(interviewer)
    card = start(client, world["ours"])
    first, second = (rating["id"] for rating in card["ratings"][:2])
    body = {"ratings": [{"id": first, "score": 5}, {"id": second, "score": bad}], "notes": "changed"}
    assert_error(client.patch(f"{SCORECARDS}{card['id']}/", body, format="json"), 400, "invalid", fields=["ratings"])
    assert not Rating.objects.filter(scorecard_id=card["id"], score__isnull=False).exists()
    assert Scorecard.objects.get(pk=card["id"]).notes == ""


def test_a_rating_of_another_card_is_a_400(api, world, interviewer):
    client = api.as_user(interviewer)
    mine = start(client, world["ours"])
    other = start(client, world["elsewhere"])
    foreign = other["ratings"][0]["id"]
    body = {"ratings": [{"id": mine["ratings"][0]["id"], "score": 4}, {"id": foreign, "score": 2}]}
    error = assert_error(client.patch(f"{SCORECARDS}{mine['id']}/", body, format="json"), 400, "invalid",
                         fields=["ratings"])  # fmt: skip
    assert str(foreign) in error["fields"]["ratings"][0]
    assert not Rating.objects.filter(score__isnull=False).exists()


def test_another_interviewers_draft_is_not_found(api, make_application, schedule, interviewer, panelist, hr):  # noqa: F811
    interview = schedule(make_application(), [interviewer, panelist])
    card = start(api.as_user(interviewer), interview)
    client = api.as_user(panelist)  # on the same panel, but the card is someone else's draft
    assert_error(client.get(f"{SCORECARDS}{card['id']}/"), 404)
    body = {"ratings": [{"id": card["ratings"][0]["id"], "score": 1}], "notes": "overwritten"}
    assert_error(client.patch(f"{SCORECARDS}{card['id']}/", body, format="json"), 404)
    assert_error(client.post(f"{SCORECARDS}{card['id']}/submit/"), 404)
    assert_error(api.as_user(hr).patch(f"{SCORECARDS}{card['id']}/", body, format="json"), 404)
    assert Scorecard.objects.get(pk=card["id"]).notes == ""
    assert not Rating.objects.filter(score__isnull=False).exists()


def test_submitting_an_incomplete_card_is_a_400_naming_what_is_missing(api, world, interviewer):
    client = api.as_user(interviewer)
    card = start(client, world["ours"])
    *scored, missing = card["ratings"]
    body = {"ratings": [{"id": rating["id"], "score": 4} for rating in scored], "recommendation": "yes"}
    assert client.patch(f"{SCORECARDS}{card['id']}/", body, format="json").status_code == 200
    error = assert_error(client.post(f"{SCORECARDS}{card['id']}/submit/"), 400, "invalid", fields=["non_field_errors"])
    assert "Score every competency" in error["message"]
    assert missing["label"] in error["message"]
    assert scored[0]["label"] not in error["message"]
    assert Scorecard.objects.get(pk=card["id"]).status == "draft"


def test_submit_locks_the_card_and_an_amendment_is_version_two(api, world, interviewer):
    client = api.as_user(interviewer)
    card = fill(client, start(client, world["ours"]))
    submitted = submit(client, card)
    assert submitted["status"] == "submitted"
    assert submitted["submitted_at"]
    assert {rating["score"] for rating in submitted["ratings"]} == {4}

    late = {"ratings": [{"id": card["ratings"][0]["id"], "score": 1}], "notes": "second thoughts"}
    error = assert_error(client.patch(f"{SCORECARDS}{card['id']}/", late, format="json"), 400, "invalid")
    assert "locked" in error["message"]
    assert set(Rating.objects.filter(scorecard_id=card["id"]).values_list("score", flat=True)) == {4}
    assert_error(client.post(f"{SCORECARDS}{card['id']}/submit/"), 400, "invalid")  # not a draft any more

    response = client.post(f"{SCORECARDS}{card['id']}/amend/")
    assert response.status_code == 200, response.content
    amendment = response.json()
    assert (amendment["version"], amendment["status"]) == (2, "draft")
    assert amendment["id"] != card["id"]
    assert [rating["score"] for rating in amendment["ratings"]] == [4] * len(FIRST_ROUND)  # answers copied
    assert client.post(f"{SCORECARDS}{card['id']}/amend/").json()["id"] == amendment["id"]  # the same open draft
    assert start(client, world["ours"])["id"] == amendment["id"]

    fill(client, amendment, score=2, recommendation="no")
    error = assert_error(client.post(f"{SCORECARDS}{amendment['id']}/submit/"), 400, "invalid")
    assert "amending" in error["message"]
    fill(client, amendment, score=2, recommendation="no", amendment_reason="Mixed up two candidates")
    assert submit(client, amendment)["status"] == "submitted"
    assert Scorecard.objects.get(pk=card["id"]).status == "superseded"
    assert Scorecard.objects.get(pk=amendment["id"]).amendment_reason == "Mixed up two candidates"


# --- the blind rule --------------------------------------------------------------------------------


@pytest.fixture
def panel(make_application, schedule, interviewer, panelist):  # noqa: F811
    """One interview with two panel members: A (the interviewer) and B (the panelist)."""
    application = make_application()
    return application, schedule(application, [interviewer, panelist])


def test_the_blind_rule_hides_others_cards_until_you_submit(api, panel, interviewer, panelist):
    application, interview = panel
    card_b = submit(api.as_user(panelist), fill(api.as_user(panelist), start(api.as_user(panelist), interview)))
    client = api.as_user(interviewer)
    card_a = start(client, interview)

    assert ids(client.get(SCORECARDS, {"application": application.pk})) == {card_a["id"]}
    assert_error(client.get(f"{SCORECARDS}{card_b['id']}/"), 404)

    submit(client, fill(client, card_a, score=3))
    listed = client.get(SCORECARDS, {"application": application.pk}).json()["results"]
    assert {row["id"] for row in listed} == {card_a["id"], card_b["id"]}
    seen = client.get(f"{SCORECARDS}{card_b['id']}/")
    assert seen.status_code == 200
    assert {rating["score"] for rating in seen.json()["ratings"]} == {4}


def test_the_blind_rule_holds_for_a_manager_on_the_panel(api, make_application, schedule, manager, panelist):  # noqa: F811
    application = make_application()
    interview = schedule(application, [manager, panelist])
    client = api.as_user(panelist)
    card_b = submit(client, fill(client, start(client, interview)))
    client = api.as_user(manager)  # the requisition's own manager, but on the panel without a submitted card
    assert ids(client.get(SCORECARDS, {"application": application.pk})) == set()
    assert_error(client.get(f"{SCORECARDS}{card_b['id']}/"), 404)
    card_m = start(client, interview)
    assert ids(client.get(SCORECARDS, {"application": application.pk})) == {card_m["id"]}
    submit(client, fill(client, card_m))
    assert ids(client.get(SCORECARDS, {"application": application.pk})) == {card_m["id"], card_b["id"]}


def test_without_an_application_the_list_is_your_own_cards(api, panel, interviewer, panelist):
    _application, interview = panel
    client = api.as_user(panelist)
    card_b = submit(client, fill(client, start(client, interview)))
    client = api.as_user(interviewer)
    card_a = submit(client, fill(client, start(client, interview)))
    assert ids(client.get(SCORECARDS)) == {card_a["id"]}
    assert ids(api.as_user(panelist).get(SCORECARDS)) == {card_b["id"]}


def test_hr_and_the_manager_off_the_panel_read_submitted_cards_not_drafts(api, panel, interviewer, panelist, hr,
                                                                           manager):  # fmt: skip
    application, interview = panel
    client = api.as_user(panelist)
    card_b = submit(client, fill(client, start(client, interview)))
    card_a = start(api.as_user(interviewer), interview)  # a draft
    for user in (hr, manager):
        client = api.as_user(user)
        assert ids(client.get(SCORECARDS, {"application": application.pk})) == {card_b["id"]}
        assert client.get(f"{SCORECARDS}{card_b['id']}/").status_code == 200
        assert_error(client.get(f"{SCORECARDS}{card_a['id']}/"), 404)


def test_a_reader_cannot_change_or_amend_someone_elses_submitted_card(api, panel, panelist, hr):
    _application, interview = panel
    client = api.as_user(panelist)
    card_b = submit(client, fill(client, start(client, interview)))
    client = api.as_user(hr)
    assert client.get(f"{SCORECARDS}{card_b['id']}/").status_code == 200
    body = {"ratings": [{"id": card_b["ratings"][0]["id"], "score": 1}], "notes": "HR was here"}
    assert_error(client.patch(f"{SCORECARDS}{card_b['id']}/", body, format="json"), 403, "permission_denied")
    assert_error(client.post(f"{SCORECARDS}{card_b['id']}/amend/"), 403, "permission_denied")
    assert_error(client.post(f"{SCORECARDS}{card_b['id']}/submit/"), 403, "permission_denied")
    assert Scorecard.objects.filter(interviewer=panelist).count() == 1
    assert Scorecard.objects.get(pk=card_b["id"]).notes == ""


def test_the_status_cannot_be_patched_and_other_methods_are_refused(api, world, interviewer):
    client = api.as_user(interviewer)
    card = start(client, world["ours"])
    response = client.patch(f"{SCORECARDS}{card['id']}/", {"status": "submitted", "version": 7}, format="json")
    assert_error(response, 400, "invalid", fields=["status", "version"])  # not writable: refused, not ignored
    assert_error(client.patch(f"{SCORECARDS}{card['id']}/", {"recommendation": "maybe"}, format="json"), 400,
                 "invalid", fields=["recommendation"])  # fmt: skip
    assert_error(client.put(f"{SCORECARDS}{card['id']}/", {}, format="json"), 405, "method_not_allowed")
    assert_error(client.delete(f"{SCORECARDS}{card['id']}/"), 405, "method_not_allowed")
    assert_error(client.delete(f"{INTERVIEWS}{world['ours'].pk}/"), 405, "method_not_allowed")
    assert Scorecard.objects.filter(pk=card["id"], status="draft").exists()


def test_an_application_out_of_scope_lists_no_cards(api, panel, panelist, make_user):
    application, interview = panel
    client = api.as_user(panelist)
    card_b = submit(client, fill(client, start(client, interview)))
    client = api.as_user(make_user(Role.INTERVIEWER, username="not-on-the-panel"))
    assert ids(client.get(SCORECARDS, {"application": application.pk})) == set()
    assert ids(client.get(SCORECARDS, {"application": 999999})) == set()
    assert_error(client.get(f"{SCORECARDS}{card_b['id']}/"), 404)


def test_a_draft_on_a_cancelled_interview_leaves_the_own_cards_list_with_its_access(api, world, hr, interviewer):
    client = api.as_user(interviewer)
    card = client.post(f"{INTERVIEWS}{world['ours'].pk}/scorecard/").json()
    assert card["id"] in ids(client.get(SCORECARDS))
    interview_cancel(actor=hr, interview=world["ours"], reason="Candidate ill")
    assert card["id"] not in ids(client.get(SCORECARDS))  # the list offers nothing the detail refuses
    assert_error(client.get(f"{SCORECARDS}{card['id']}/"), 404, "not_found")
