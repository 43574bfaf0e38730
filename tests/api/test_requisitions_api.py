"""The requisitions API (/api/v1/requisitions/): scope by role, create and change through the page's
form and the services, submit and the approval chain."""

import pytest

from api.services import api_token_create, api_token_revoke
from recruiting.models import AuditEvent
from recruiting.roles import Role
from requisitions.models import ApprovalStep, PositionProfile, Requisition
from requisitions.services.approval import requisition_decide, requisition_submit
from tests.api.conftest import assert_error

pytestmark = pytest.mark.django_db

REQUISITIONS = "/api/v1/requisitions/"


def url(requisition, action=""):
    return f"{REQUISITIONS}{requisition.pk}/" + (f"{action}/" if action else "")


def ids(response):
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def blank_body(department, hiring_manager, **values):
    """The least a blank (profile-less) requisition needs."""
    return {
        "title_en": "Hotline agent",
        "department": department.pk,
        "hiring_manager": hiring_manager.pk,
        "level": "specialist",
        "location": "Shanghai",
        **values,
    }


@pytest.fixture
def other_manager(make_user):
    return make_user(Role.HIRING_MANAGER, username="other-manager")


@pytest.fixture
def submitted(make_requisition, hr):
    """A requisition of ``manager`` waiting for the department's first approver."""
    return requisition_submit(actor=hr, requisition=make_requisition())


# --- who may call, and which rows they reach --------------------------------------------------------


def test_hr_sees_every_requisition(api, hr, make_requisition, other_manager):
    mine = make_requisition()
    theirs = make_requisition(hiring_manager=other_manager)
    client = api.as_user(hr)

    response = client.get(REQUISITIONS)

    assert ids(response) == {mine.pk, theirs.pk}
    assert response.json()["count"] == 2
    assert client.get(url(theirs)).status_code == 200


def test_hiring_manager_sees_only_their_own(api, manager, make_requisition, other_manager):
    mine = make_requisition()
    theirs = make_requisition(hiring_manager=other_manager)
    client = api.as_user(manager)

    assert ids(client.get(REQUISITIONS)) == {mine.pk}
    response = client.get(url(mine))
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == mine.pk
    assert body["hiring_manager"]["id"] == manager.pk
    assert body["requirements"]
    assert body["questions"]
    assert body["approval_steps"] == []
    assert_error(client.get(url(theirs)), 404)


def test_out_of_scope_404_has_the_code_not_found(api, manager, make_requisition, other_manager):
    theirs = make_requisition(hiring_manager=other_manager)

    assert_error(api.as_user(manager).get(url(theirs)), 404, "not_found")


def test_approver_sees_what_waits_for_them_and_what_they_decided(api, department, hr, make_requisition, approver):
    first, second = department.chain
    waiting = requisition_submit(actor=hr, requisition=make_requisition())
    draft = make_requisition()
    passed_on = requisition_submit(actor=hr, requisition=make_requisition())
    requisition_decide(actor=first, requisition=passed_on, approve=True)

    assert ids(api.as_user(first).get(REQUISITIONS)) == {waiting.pk, passed_on.pk}
    assert ids(api.as_user(second).get(REQUISITIONS)) == {passed_on.pk}
    assert_error(api.as_user(second).get(url(waiting)), 404)  # not their turn yet
    assert_error(api.as_user(first).get(url(draft)), 404)
    assert ids(api.as_user(approver).get(REQUISITIONS)) == set()  # not in this department's chain


def test_interviewer_is_refused(api, interviewer, make_requisition):
    requisition = make_requisition()
    client = api.as_user(interviewer)

    assert_error(client.get(REQUISITIONS), 403, "permission_denied")
    assert_error(client.get(url(requisition)), 403, "permission_denied")


def test_anonymous_is_401(api, make_requisition):
    requisition = make_requisition()
    client = api.anonymous()

    response = client.get(REQUISITIONS)
    assert_error(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"] == "Bearer"
    assert_error(client.get(url(requisition)), 401, "not_authenticated")
    assert_error(client.post(REQUISITIONS, {}, format="json"), 401, "not_authenticated")


def test_bad_token_is_401(api, make_requisition):
    make_requisition()
    api.credentials(HTTP_AUTHORIZATION="Bearer csh_not-a-real-token")

    assert_error(api.get(REQUISITIONS), 401, "authentication_failed")
    api.credentials(HTTP_AUTHORIZATION="Bearer")  # no key at all
    assert_error(api.get(REQUISITIONS), 401, "authentication_failed")


def test_revoked_token_is_401(api, hr, make_requisition):
    make_requisition()
    token, key = api_token_create(actor=hr, name="board")
    api.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    assert api.get(REQUISITIONS).status_code == 200

    api_token_revoke(actor=hr, token=token)

    assert_error(api.get(REQUISITIONS), 401, "authentication_failed")


def test_list_filters_and_bad_filter(api, hr, make_requisition, submitted):
    draft = make_requisition()
    client = api.as_user(hr)

    assert ids(client.get(REQUISITIONS, {"status": "draft"})) == {draft.pk}
    assert ids(client.get(REQUISITIONS, {"status": "submitted"})) == {submitted.pk}
    assert_error(client.get(REQUISITIONS, {"status": "bogus"}), 400, "invalid", fields=["status"])
    assert_error(client.get(REQUISITIONS, {"level": "xyz"}), 400, "invalid", fields=["level"])
    assert_error(client.get(REQUISITIONS, {"department": "abc"}), 400, "invalid", fields=["department"])


# --- create ----------------------------------------------------------------------------------------


def test_hr_creates_a_draft_from_a_profile(api, hr, manager, department, supervisor_profile):
    body = blank_body(department, manager, profile="level-supervisor", level="supervisor", title_en="Team lead")

    response = api.as_user(hr).post(REQUISITIONS, body, format="json")

    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "draft"
    assert data["profile"] == "level-supervisor"
    assert data["title_en"] == "Team lead"
    assert data["summary_en"] == supervisor_profile.summary_en  # left out: the profile's text
    assert data["eligibility_paths"] == supervisor_profile.eligibility_paths
    assert len(data["requirements"]) == supervisor_profile.requirements.count() > 0
    assert len(data["questions"]) == 1
    requisition = Requisition.objects.get(pk=data["id"])
    assert requisition.created_by == hr
    assert requisition.requirements.count() == supervisor_profile.requirements.count()
    assert AuditEvent.objects.filter(verb="requisition.created", target_id=str(requisition.pk)).exists()


def test_create_from_a_profile_takes_its_title(api, hr, manager, department, supervisor_profile):
    body = {"profile": "level-supervisor", "department": department.pk, "hiring_manager": manager.pk,
            "level": "supervisor", "location": "Shanghai"}  # fmt: skip

    response = api.as_user(hr).post(REQUISITIONS, body, format="json")

    assert response.status_code == 201, response.content
    assert response.json()["title_en"] == supervisor_profile.title_en


def test_create_from_an_industry_profile_keeps_its_industry_and_rows(api, hr, manager, department):
    profile = PositionProfile.objects.get(slug="specialist-ecommerce")
    body = blank_body(department, manager, profile=profile.slug)

    response = api.as_user(hr).post(REQUISITIONS, body, format="json")

    assert response.status_code == 201, response.content
    assert response.json()["industry"] == "ecommerce"
    assert len(response.json()["requirements"]) == profile.requirements.count()


def test_left_out_fields_take_the_defaults(api, hr, manager, department):
    response = api.as_user(hr).post(REQUISITIONS, blank_body(department, manager), format="json")

    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "draft"
    assert data["profile"] is None
    assert data["salary_currency"] == "CNY"
    assert data["salary_period"] == "MONTH"
    assert data["industry"] == "general"
    assert data["employment_type"] == "FULL_TIME"
    assert data["reason"] == "new"
    assert data["headcount"] == 1
    assert data["show_salary"] is True
    assert data["resume_required"] is True
    assert data["auto_reject"] is False
    assert data["salary_min"] is None
    assert data["recruiter"] is None
    assert data["requirements"] == []
    assert [q["required"] for q in data["questions"]] == [True]  # the default essay


def test_given_values_are_kept(api, hr, manager, department):
    body = blank_body(department, manager, salary_min="5000", salary_max=7000, salary_currency="USD",
                      show_salary=False, headcount=4, recruiter=hr.pk)  # fmt: skip

    data = api.as_user(hr).post(REQUISITIONS, body, format="json").json()

    assert data["salary_min"] == "5000.00"
    assert data["salary_max"] == "7000.00"
    assert data["salary_currency"] == "USD"
    assert data["show_salary"] is False
    assert data["headcount"] == 4
    assert data["recruiter"]["id"] == hr.pk


def test_manager_creates_for_themselves(api, manager, department):
    response = api.as_user(manager).post(REQUISITIONS, blank_body(department, manager), format="json")

    assert response.status_code == 201, response.content
    assert response.json()["hiring_manager"]["id"] == manager.pk
    assert Requisition.objects.get(pk=response.json()["id"]).created_by == manager


def test_manager_cannot_name_another_hiring_manager(api, manager, other_manager, department):
    response = api.as_user(manager).post(REQUISITIONS, blank_body(department, other_manager), format="json")

    assert_error(response, 400, "invalid", fields=["hiring_manager"])
    assert not Requisition.objects.exists()


@pytest.mark.parametrize("who", ["interviewer", "approver"])
def test_interviewer_and_approver_cannot_create(api, request, who, manager, department):
    user = request.getfixturevalue(who)

    response = api.as_user(user).post(REQUISITIONS, blank_body(department, manager), format="json")

    assert_error(response, 403, "permission_denied")
    assert not Requisition.objects.exists()


def test_a_title_is_needed_in_one_language(api, hr, manager, department):
    body = blank_body(department, manager, title_en="", title_zh="")

    assert_error(api.as_user(hr).post(REQUISITIONS, body, format="json"), 400, "invalid", fields=["title_en"])
    body["title_zh"] = "热线客服"
    assert api.as_user(hr).post(REQUISITIONS, body, format="json").status_code == 201


def test_salary_range_the_wrong_way_round(api, hr, manager, department):
    body = blank_body(department, manager, salary_min=9000, salary_max=6000)

    response = api.as_user(hr).post(REQUISITIONS, body, format="json")

    error = assert_error(response, 400, "invalid", fields=["salary_max"])
    assert "salary_min" not in error["fields"]
    assert not Requisition.objects.exists()


@pytest.mark.parametrize("name", ["colour", "status", "slug"])
def test_unknown_or_read_only_field_is_named(api, hr, manager, department, name):
    body = blank_body(department, manager, **{name: "x"})

    error = assert_error(api.as_user(hr).post(REQUISITIONS, body, format="json"), 400, "invalid", fields=[name])

    assert list(error["fields"]) == [name]
    assert not Requisition.objects.exists()


def test_unknown_profile_is_404(api, hr, manager, department):
    body = blank_body(department, manager, profile="no-such-profile")

    assert_error(api.as_user(hr).post(REQUISITIONS, body, format="json"), 404)
    assert not Requisition.objects.exists()


def test_body_must_be_a_json_object(api, hr, manager, department):
    response = api.as_user(hr).post(REQUISITIONS, [blank_body(department, manager)], format="json")

    error = assert_error(response, 400, "invalid", fields=["non_field_errors"])
    assert error["message"] == error["fields"]["non_field_errors"][0]
    assert not Requisition.objects.exists()


def test_body_must_be_json(api, hr):
    response = api.as_user(hr).post(REQUISITIONS, "title_en=x", content_type="application/x-www-form-urlencoded")

    assert_error(response, 415, "unsupported_media_type")


# --- change ----------------------------------------------------------------------------------------


def test_hr_changes_a_draft(api, hr, make_requisition):
    requisition = make_requisition()

    response = api.as_user(hr).patch(url(requisition), {"location": "Hangzhou", "headcount": 5}, format="json")

    assert response.status_code == 200, response.content
    assert response.json()["location"] == "Hangzhou"
    assert response.json()["headcount"] == 5
    requisition.refresh_from_db()
    assert (requisition.location, requisition.headcount) == ("Hangzhou", 5)
    assert requisition.salary_max == 9000  # left alone
    event = AuditEvent.objects.get(verb="requisition.updated", target_id=str(requisition.pk))
    assert event.actor == hr
    assert event.data == {"location": "Hangzhou", "headcount": "5"}


def test_owner_changes_their_draft(api, manager, make_requisition):
    requisition = make_requisition()

    response = api.as_user(manager).patch(url(requisition), {"title_en": "Senior hotline lead"}, format="json")

    assert response.status_code == 200, response.content
    assert response.json()["title"] == "Senior hotline lead"
    requisition.refresh_from_db()
    assert requisition.title_en == "Senior hotline lead"
    assert AuditEvent.objects.filter(verb="requisition.updated", target_id=str(requisition.pk), actor=manager).exists()


def test_another_manager_cannot_change_it(api, other_manager, make_requisition):
    requisition = make_requisition()

    assert_error(api.as_user(other_manager).patch(url(requisition), {"location": "X"}, format="json"), 404)
    requisition.refresh_from_db()
    assert requisition.location == "Shanghai"


def test_owner_cannot_hand_it_to_another_manager(api, manager, other_manager, make_requisition):
    requisition = make_requisition()

    response = api.as_user(manager).patch(url(requisition), {"hiring_manager": other_manager.pk}, format="json")

    assert_error(response, 400, "invalid", fields=["hiring_manager"])
    requisition.refresh_from_db()
    assert requisition.hiring_manager == manager


def test_change_is_checked_by_the_form(api, hr, make_requisition):
    requisition = make_requisition()
    client = api.as_user(hr)

    assert_error(client.patch(url(requisition), {"salary_min": 10000}, format="json"), 400, fields=["salary_max"])
    assert_error(client.patch(url(requisition), {"colour": "red"}, format="json"), 400, fields=["colour"])
    assert_error(client.patch(url(requisition), ["location"], format="json"), 400, fields=["non_field_errors"])
    requisition.refresh_from_db()
    assert requisition.salary_min == 6000


def test_open_or_approved_requisition_cannot_be_changed(api, hr, manager, department, make_requisition, make_posting):
    posting = make_posting()
    approved = requisition_submit(actor=hr, requisition=make_requisition())
    for approver in department.chain:
        requisition_decide(actor=approver, requisition=approved, approve=True)

    for requisition in (posting, approved):
        assert_error(
            api.as_user(hr).patch(url(requisition), {"location": "X"}, format="json"), 403, "permission_denied"
        )
        requisition.refresh_from_db()
        assert requisition.location == "Shanghai"
    assert_error(api.as_user(manager).patch(url(approved), {"location": "X"}, format="json"), 403, "permission_denied")
    assert not AuditEvent.objects.filter(verb="requisition.updated").exists()


@pytest.mark.parametrize("who", ["interviewer", "approver"])
def test_interviewer_and_approver_cannot_change(api, request, who, make_requisition):
    requisition = make_requisition()

    response = api.as_user(request.getfixturevalue(who)).patch(url(requisition), {"location": "X"}, format="json")

    assert_error(response, 403, "permission_denied")


def test_put_is_not_allowed(api, hr, make_requisition):
    requisition = make_requisition()

    assert_error(api.as_user(hr).put(url(requisition), {}, format="json"), 405, "method_not_allowed")
    assert_error(api.as_user(hr).delete(url(requisition)), 405, "method_not_allowed")
    assert Requisition.objects.filter(pk=requisition.pk).exists()


# --- submit ----------------------------------------------------------------------------------------


def test_owner_submits_a_draft(api, manager, department, make_requisition):
    requisition = make_requisition()

    response = api.as_user(manager).post(url(requisition, "submit"))

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["status"] == "submitted"
    assert data["submitted_at"]
    steps = data["approval_steps"]
    assert [step["approver"]["id"] for step in steps] == [user.pk for user in department.chain]
    assert [(step["round"], step["order"], step["decision"]) for step in steps] == [
        (1, 1, "pending"),
        (1, 2, "pending"),
    ]
    requisition.refresh_from_db()
    assert requisition.status == Requisition.Status.SUBMITTED


def test_submitting_twice_is_a_400(api, manager, make_requisition):
    requisition = make_requisition()
    client = api.as_user(manager)
    assert client.post(url(requisition, "submit")).status_code == 200

    error = assert_error(client.post(url(requisition, "submit")), 400, "invalid", fields=["non_field_errors"])

    assert error["message"]
    assert ApprovalStep.objects.filter(requisition=requisition).count() == 2  # no second round


def test_submission_checks_answer_400(api, hr, manager, department):
    blank = api.as_user(hr).post(REQUISITIONS, blank_body(department, manager), format="json").json()

    error = assert_error(api.as_user(manager).post(f"{REQUISITIONS}{blank['id']}/submit/"), 400, "invalid")

    assert any("demand table is empty" in text for text in error["fields"]["non_field_errors"])
    assert Requisition.objects.get(pk=blank["id"]).status == Requisition.Status.DRAFT


def test_only_hr_or_the_owner_submits(api, other_manager, approver, make_requisition):
    requisition = make_requisition()

    assert_error(api.as_user(other_manager).post(url(requisition, "submit")), 404)
    assert_error(api.as_user(approver).post(url(requisition, "submit")), 403, "permission_denied")
    requisition.refresh_from_db()
    assert requisition.status == Requisition.Status.DRAFT


# --- approve and return ----------------------------------------------------------------------------


def test_approvers_approve_in_turn(api, department, submitted):
    first, second = department.chain

    response = api.as_user(first).post(url(submitted, "approve"), {"comment": "fine"}, format="json")

    assert response.status_code == 200, response.content
    assert response.json()["status"] == "submitted"
    assert [step["decision"] for step in response.json()["approval_steps"]] == ["approved", "pending"]
    assert response.json()["approval_steps"][0]["comment"] == "fine"

    response = api.as_user(second).post(url(submitted, "approve"), format="json")

    assert response.status_code == 200, response.content
    assert response.json()["status"] == "approved"
    assert response.json()["approved_at"]
    submitted.refresh_from_db()
    assert submitted.status == Requisition.Status.APPROVED


def test_second_approver_cannot_go_first(api, department, submitted):
    _first, second = department.chain

    # Not their turn yet, so not yet in their scope: a 404, as on the page (the brief expected 403).
    assert_error(api.as_user(second).post(url(submitted, "approve"), format="json"), 404)
    submitted.refresh_from_db()
    assert submitted.status == Requisition.Status.SUBMITTED
    assert not submitted.approval_steps.exclude(decision=ApprovalStep.Decision.PENDING).exists()


def test_approver_whose_turn_has_passed_is_refused(api, department, submitted):
    first, _second = department.chain
    client = api.as_user(first)
    assert client.post(url(submitted, "approve"), format="json").status_code == 200

    # Still in their scope (they decided on it), but no longer their turn: the service's PermissionDenied.
    assert_error(client.post(url(submitted, "approve"), format="json"), 403, "permission_denied")
    assert_error(client.post(url(submitted, "return"), {"comment": "no"}, format="json"), 403, "permission_denied")
    submitted.refresh_from_db()
    assert submitted.status == Requisition.Status.SUBMITTED


def test_hr_and_managers_are_not_approvers(api, hr, manager, submitted):
    assert_error(api.as_user(hr).post(url(submitted, "approve"), format="json"), 403, "permission_denied")
    assert_error(api.as_user(manager).post(url(submitted, "approve"), format="json"), 403, "permission_denied")
    assert_error(api.as_user(hr).post(url(submitted, "return"), {"comment": "x"}, format="json"), 403)
    submitted.refresh_from_db()
    assert submitted.status == Requisition.Status.SUBMITTED


def test_approver_outside_the_chain_gets_404(api, approver, submitted):
    assert_error(api.as_user(approver).post(url(submitted, "approve"), format="json"), 404)


def test_approving_what_is_not_submitted_is_a_400(api, department, make_requisition, submitted):
    first, second = department.chain
    api.as_user(first).post(url(submitted, "approve"), format="json")
    api.as_user(second).post(url(submitted, "approve"), format="json")

    # The last approver still sees it (they decided on it); it no longer waits for anyone.
    assert_error(api.as_user(second).post(url(submitted, "approve"), format="json"), 400, "invalid")


@pytest.mark.parametrize("body", [{}, {"comment": ""}, {"comment": "   "}])
def test_return_needs_a_comment(api, department, submitted, body):
    first, _second = department.chain

    response = api.as_user(first).post(url(submitted, "return"), body, format="json")

    assert_error(response, 400, "invalid", fields=["comment"])
    submitted.refresh_from_db()
    assert submitted.status == Requisition.Status.SUBMITTED


def test_return_with_a_comment(api, manager, department, submitted):
    first, _second = department.chain

    response = api.as_user(first).post(url(submitted, "return"), {"comment": "Salary too low"}, format="json")

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["status"] == "returned"
    assert [(step["decision"], step["comment"]) for step in data["approval_steps"]] == [
        ("returned", "Salary too low"),
        ("skipped", ""),
    ]
    submitted.refresh_from_db()
    assert submitted.status == Requisition.Status.RETURNED

    # The owner may change a returned requisition and submit it again: a new round.
    client = api.as_user(manager)
    assert client.patch(url(submitted), {"salary_max": 9500}, format="json").status_code == 200
    response = client.post(url(submitted, "submit"))
    assert response.json()["status"] == "submitted"
    assert sorted({step["round"] for step in response.json()["approval_steps"]}) == [1, 2]


def test_comment_too_long_is_a_400(api, department, submitted):
    first, _second = department.chain

    response = api.as_user(first).post(url(submitted, "return"), {"comment": "x" * 2001}, format="json")

    assert_error(response, 400, "invalid", fields=["comment"])
