"""Behaviour found missing in review, pinned down."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from recruiting.roles import Role
from requisitions.models import AssessmentMethod, PositionProfile, Requisition
from requisitions.services.approval import requisition_decide, requisition_submit
from requisitions.services.demand_table import question_add
from requisitions.services.requisitions import (
    requisition_change_dates,
    requisition_move,
    requisitions_close_expired,
)
from tests.requisitions.test_views import form_data, published

pytestmark = pytest.mark.django_db


def test_rows_of_other_industries_are_not_copied(make_requisition):
    general = PositionProfile.objects.get(slug="cs-agent-general")
    assert set(general.requirements.values_list("industry", flat=True)) > {"general"}
    finance = make_requisition(profile=general, industry="finance")
    assert set(finance.requirements.values_list("industry", flat=True)) == {"general", "finance"}
    plain = make_requisition(profile=general, industry="general")
    assert set(plain.requirements.values_list("industry", flat=True)) == {"general"}


def test_a_posting_closed_by_its_date_can_be_reopened_after_moving_the_date(make_requisition, hr, department):
    posting = published(make_requisition, hr, department)
    requisitions_close_expired(today=posting.closes_on + datetime.timedelta(days=1))
    Requisition.objects.filter(pk=posting.pk).update(closes_on=timezone.localdate() - datetime.timedelta(days=1))
    with pytest.raises(ValidationError):
        requisition_move(actor=hr, requisition=posting, action="open")
    requisition_change_dates(
        actor=hr, requisition=posting, closes_on=timezone.localdate() + datetime.timedelta(days=10), internal_until=None
    )
    assert requisition_move(actor=hr, requisition=posting, action="open").status == Requisition.Status.OPEN


def test_dates_form_refuses_bad_dates_and_other_roles(client, hr, manager, department, make_requisition):
    posting = published(make_requisition, hr, department)
    client.force_login(manager)
    assert client.post(reverse("requisitions:dates", args=[posting.pk]), {"closes_on": "2099-01-01"}).status_code == 403
    client.force_login(hr)
    page = client.post(
        reverse("requisitions:dates", args=[posting.pk]), {"closes_on": "2001-01-01", "internal_until": ""}, follow=True
    )
    assert "The posting close date is in the past." in page.content.decode()
    posting.refresh_from_db()
    assert posting.closes_on > timezone.localdate()
    client.post(reverse("requisitions:dates", args=[posting.pk]), {"closes_on": "2099-01-31", "internal_until": ""})
    posting.refresh_from_db()
    assert posting.closes_on == datetime.date(2099, 1, 31)


def test_an_expired_posting_leaves_the_careers_page_before_the_nightly_task(client, make_requisition, hr, department):
    posting = published(make_requisition, hr, department)
    Requisition.objects.filter(pk=posting.pk).update(closes_on=timezone.localdate() - datetime.timedelta(days=1))
    assert client.get(reverse("careers:detail", args=[posting.slug])).status_code == 404
    assert client.get(reverse("careers:feed")).json()["jobs"] == []


def test_an_unknown_decision_changes_nothing(client, department, hr, make_requisition):
    first, _second = department.chain
    requisition = make_requisition()
    requisition_submit(actor=hr, requisition=requisition)
    client.force_login(first)
    page = client.post(
        reverse("requisitions:decide", args=[requisition.pk]), {"decision": "aprove", "comment": "x"}, follow=True
    )
    assert page.status_code == 200
    assert Requisition.objects.get(pk=requisition.pk).status == Requisition.Status.SUBMITTED


def test_a_chain_member_without_the_approver_role_blocks_submission(department, hr, make_user, make_requisition):
    director = make_user(Role.HR, username="hr-director")
    department.approvers.create(approver=director, order=3)
    with pytest.raises(ValidationError) as error:
        requisition_submit(actor=hr, requisition=make_requisition())
    assert any("do not hold the approver role" in m for m in error.value.messages)


def test_fairness_covers_screening_questions(hr, make_requisition):
    requisition = make_requisition()
    question_add(actor=hr, requisition=requisition, kind="yes_no", text_zh="您是否已婚已育？", required=True)
    with pytest.raises(ValidationError) as error:
        requisition_submit(actor=hr, requisition=requisition)
    assert any("Screening question 2" in m for m in error.value.messages)


@pytest.mark.parametrize("value", ["²", "-1", "99999999999999999999999", "1.5", "0"])
def test_odd_ids_in_query_strings_are_ignored(client, hr, value):
    client.force_login(hr)
    assert client.get(reverse("requisitions:list"), {"department": value, "owner": value}).status_code == 200
    assert client.get(reverse("careers:list"), {"department": value}).status_code == 200


@pytest.mark.parametrize(
    "knockout",
    ['{"min": NaN}', '{"min": Infinity, "max": 5}', "[" * 5000 + "]" * 5000, '{"min": "abc"}'],
)
def test_hostile_knockout_rules_get_a_message(client, hr, make_requisition, knockout):
    requisition = make_requisition()
    client.force_login(hr)
    response = client.post(
        reverse("requisitions:question_add", args=[requisition.pk]),
        {"kind": "number", "text_en": "Years?", "choices": "", "knockout": knockout},
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert requisition.questions.count() == 1


@pytest.mark.parametrize(
    "condition",
    ['{"fact": "education", "min": []}', '{"fact": "language", "language": "en", "min_level": {}}', '{"fact": []}'],
)
def test_hostile_eligibility_paths_get_a_message(client, hr, supervisor_profile, condition):
    client.force_login(hr)
    response = client.post(
        reverse("requisitions:profile_edit", args=[supervisor_profile.pk]),
        {
            "slug": supervisor_profile.slug,
            "title_en": "T",
            "level": "supervisor",
            "industry": "general",
            "eligibility_paths": f'[{{"key": "k", "conditions": [{condition}]}}]',
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors


def test_a_manager_picking_another_manager_gets_a_form_error(client, manager, make_user, department):
    other = make_user(Role.HIRING_MANAGER, username="someone-else")
    client.force_login(manager)
    response = client.post(reverse("requisitions:create"), form_data(department, other))
    assert response.status_code == 200
    assert response.context["form"].errors["hiring_manager"]
    assert Requisition.objects.count() == 0


def test_email_text_is_not_html_escaped(make_requisition, hr, department, django_capture_on_commit_callbacks):
    requisition = make_requisition(profile=None, title_en='Agent "Tier 1" & chat')
    from requisitions.services.demand_table import requirement_add

    requirement_add(
        actor=hr, owner=requisition, methods=[AssessmentMethod.objects.get(code="behavioural_interview")],
        category="core", key_item="empathy", requirement_en="Calm", priority="high",
    )  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        requisition_submit(actor=hr, requisition=requisition)
    message = mail.outbox[-1]
    assert message.subject == 'Requisition waiting for your approval: Agent "Tier 1" & chat'
    assert 'Agent "Tier 1" & chat' in message.body
    assert "&amp;" in message.alternatives[0][0]  # the HTML part stays escaped


def test_admin_cannot_edit_rows_of_a_submitted_requisition(admin_client, hr, make_requisition):
    requisition = make_requisition()
    page = admin_client.get(reverse("admin:requisitions_requisition_change", args=[requisition.pk]))
    assert 'name="requirements-0-requirement_en"' in page.content.decode()
    requisition_submit(actor=hr, requisition=requisition)
    page = admin_client.get(reverse("admin:requisitions_requisition_change", args=[requisition.pk]))
    assert 'name="requirements-0-requirement_en"' not in page.content.decode()


def test_approver_two_decides_after_approver_one(department, hr, make_requisition):
    first, second = department.chain
    requisition = make_requisition()
    requisition_submit(actor=hr, requisition=requisition)
    requisition_decide(actor=first, requisition=requisition, approve=True)
    requisition_decide(actor=second, requisition=requisition, approve=True)
    assert Requisition.objects.get(pk=requisition.pk).status == Requisition.Status.APPROVED
