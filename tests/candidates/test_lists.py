"""HR edits the rejection reasons and the candidate messages in the product."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candidates.models import CandidateMessage, RejectionReason, Stage
from candidates.services.lists import candidate_message_save, rejection_reason_save
from candidates.services.pipeline import application_transition
from recruiting.models import AuditEvent, Notification
from recruiting.roles import Role
from tests.candidates.test_people import submit

pytestmark = pytest.mark.django_db

NEW_REASON = {
    "code": "language",
    "label_en": "Language level below the bar",
    "label_zh": "语言水平未达要求",
    "feedback_en": "Your spoken English did not yet reach the level the role needs.",
    "feedback_zh": "您的英语口语暂未达到该职位的要求。",
    "order": 9,
    "is_active": "on",
}


def reason_form(reason, **changes):
    """The edit form's POST for ``reason``, with ``changes``."""
    data = {field: getattr(reason, field) for field in ("code", "label_en", "label_zh", "feedback_en", "feedback_zh")}
    data |= {"order": reason.order, **({"is_active": "on"} if reason.is_active else {})}
    return data | changes


def page_text(response) -> str:
    return response.content.decode()


# Happy paths


def test_hr_adds_a_reason_and_it_is_offered_when_rejecting(client, hr):
    client.force_login(hr)
    response = client.post(reverse("candidates:reason_add"), NEW_REASON, follow=True)
    assert response.redirect_chain[-1][0] == reverse("candidates:lists")
    assert "Rejection reason added." in page_text(response)
    reason = RejectionReason.objects.get(code="language")
    assert (reason.label_zh, reason.order, reason.is_active) == ("语言水平未达要求", 9, True)
    event = AuditEvent.objects.get(verb="rejection_reason.saved", target_id=str(reason.pk))
    assert event.actor == hr
    assert event.data["code"] == "language"
    assert event.data["feedback_zh"] == NEW_REASON["feedback_zh"]
    assert "语言水平未达要求" in page_text(client.get(reverse("candidates:lists")))


def test_edited_feedback_is_what_the_next_rejected_candidate_receives(
    client, hr, make_posting, django_capture_on_commit_callbacks
):
    reason = RejectionReason.objects.get(code="skills")
    client.force_login(hr)
    response = client.post(
        reverse("candidates:reason_edit", args=[reason.pk]),
        reason_form(reason, feedback_en="Thank you for the role play; keep practising and apply again."),
    )
    assert response.status_code == 302
    event = AuditEvent.objects.get(verb="rejection_reason.saved", target_id=str(reason.pk))
    assert event.data == {"feedback_en": "Thank you for the role play; keep practising and apply again."}
    application = submit(make_posting(), email="edited@example.com", phone="+8613800007001")  # applies in English
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        # The reason as the move form loads it (the pipeline sends the feedback of the object it is given).
        chosen = RejectionReason.objects.get(code="skills")
        application_transition(actor=hr, application=application, target=Stage.REJECTED, reason=chosen)
    notification = Notification.objects.filter(recipient="edited@example.com").latest("pk")
    assert notification.context["feedback_en"] == "Thank you for the role play; keep practising and apply again."
    assert mail.outbox[-1].to == ["edited@example.com"]
    assert "Thank you for the role play; keep practising and apply again." in mail.outbox[-1].body
    assert "assessments" not in mail.outbox[-1].body  # the shipped feedback is gone


def test_hr_deactivates_a_reason_and_it_is_no_longer_offered(client, hr, make_posting):
    reason = RejectionReason.objects.get(code="no_show")
    client.force_login(hr)
    data = reason_form(reason)
    del data["is_active"]
    client.post(reverse("candidates:reason_edit", args=[reason.pk]), data)
    reason.refresh_from_db()
    assert reason.is_active is False
    assert AuditEvent.objects.get(verb="rejection_reason.saved", target_id=str(reason.pk)).data == {"is_active": False}
    application = submit(make_posting(), email="inactive@example.com", phone="+8613800007002")
    with pytest.raises(ValidationError):
        application_transition(actor=hr, application=application, target=Stage.REJECTED, reason=reason)
    detail = client.get(reverse("candidates:detail", args=[application.candidate_id]))
    assert "Did not attend" not in page_text(detail)


def test_hr_edits_a_stage_message_and_the_candidate_receives_it(
    client, hr, make_posting, django_capture_on_commit_callbacks
):
    message = CandidateMessage.objects.get(stage=Stage.FIRST_INTERVIEW)
    client.force_login(hr)
    page = client.get(reverse("candidates:message_edit", args=[message.pk]))
    assert 'data-testid="placeholders"' in page_text(page)
    assert "stage" not in page.context["form"].fields  # a message stays with its stage
    data = {
        "subject_en": "Let us meet",
        "subject_zh": "诚邀面谈",
        "body_en": "We would like to meet you.",
        "body_zh": "我们希望与您见面。",
        "is_active": "on",
    }
    response = client.post(reverse("candidates:message_edit", args=[message.pk]), data)
    assert response.status_code == 302
    message.refresh_from_db()
    assert (message.subject_en, message.body_zh) == ("Let us meet", "我们希望与您见面。")
    event = AuditEvent.objects.get(verb="candidate_message.saved", target_id=str(message.pk))
    assert set(event.data) == {"subject_en", "subject_zh", "body_en", "body_zh"}
    application = submit(make_posting(), email="meet@example.com", phone="+8613800007003")
    with django_capture_on_commit_callbacks(execute=True):
        application_transition(actor=hr, application=application, target=Stage.FIRST_INTERVIEW)
    assert mail.outbox[-1].subject.startswith("Let us meet: ")
    assert "We would like to meet you." in mail.outbox[-1].body


def test_a_message_is_added_only_for_a_stage_without_one(client, hr):
    client.force_login(hr)
    page = client.get(reverse("candidates:message_add"))
    offered = [value for value, _label in page.context["form"].fields["stage"].choices if value]
    assert offered == [s for s in Stage.values if s not in ("first_interview", "second_interview", "rejected")]
    taken = client.post(
        reverse("candidates:message_add"),
        {"stage": "rejected", "subject_en": "x", "subject_zh": "x", "body_en": "x", "body_zh": "x"},
    )
    assert taken.status_code == 200
    assert taken.context["form"].errors["stage"]
    assert CandidateMessage.objects.filter(stage="rejected").get().subject_en == "About your application"
    data = {
        "stage": "offer",
        "subject_en": "Your offer",
        "subject_zh": "录用通知",
        "body_en": "An offer is on its way.",
        "body_zh": "录用通知即将发出。",
        "is_active": "on",
    }
    assert client.post(reverse("candidates:message_add"), data).status_code == 302
    added = CandidateMessage.objects.get(stage="offer")
    assert added.is_active
    assert added.subject_zh == "录用通知"
    assert AuditEvent.objects.get(verb="candidate_message.saved", target_id=str(added.pk)).data["stage"] == "offer"


def test_when_every_stage_has_a_message_none_can_be_added(client, hr):
    for stage in Stage.values:
        CandidateMessage.objects.get_or_create(
            stage=stage, defaults={"subject_en": "s", "subject_zh": "s", "body_en": "b", "body_zh": "b"}
        )
    client.force_login(hr)
    assert reverse("candidates:message_add") not in page_text(client.get(reverse("candidates:lists")))
    response = client.get(reverse("candidates:message_add"), follow=True)
    assert response.redirect_chain[-1][0] == reverse("candidates:lists")
    assert "Every stage already has a message" in page_text(response)


def test_hr_sees_the_settings_link_and_others_do_not(client, hr, manager):
    client.force_login(hr)
    assert reverse("candidates:lists") in page_text(client.get(reverse("home")))
    client.force_login(manager)
    assert reverse("candidates:lists") not in page_text(client.get(reverse("home")))


def test_the_message_form_shows_user_text_without_evaluating_it(client, hr):
    message = CandidateMessage.objects.get(stage=Stage.REJECTED)
    CandidateMessage.objects.filter(pk=message.pk).update(body_en="{{ 7|add:1 }} <script>alert(1)</script>")
    client.force_login(hr)
    text = page_text(client.get(reverse("candidates:message_edit", args=[message.pk])))
    assert "{{ 7|add:1 }}" in text
    assert "<script>alert(1)</script>" not in text


# Bad input: a message, and nothing written


def assert_nothing_written(before):
    assert list(RejectionReason.objects.order_by("pk").values()) == before
    assert not AuditEvent.objects.filter(verb="rejection_reason.saved").exists()


def test_an_empty_chinese_label_is_refused(client, hr):
    before = list(RejectionReason.objects.order_by("pk").values())
    client.force_login(hr)
    response = client.post(reverse("candidates:reason_add"), NEW_REASON | {"label_zh": "  "})
    assert response.status_code == 200
    assert response.context["form"].errors["label_zh"]
    with pytest.raises(ValidationError) as error:
        rejection_reason_save(
            actor=hr, data={k: v for k, v in NEW_REASON.items() if k != "is_active"} | {"label_zh": ""}
        )
    assert "label_zh" in error.value.message_dict
    reason = RejectionReason.objects.get(code="skills")
    response = client.post(reverse("candidates:reason_edit", args=[reason.pk]), reason_form(reason, label_zh=""))
    assert response.context["form"].errors["label_zh"]
    assert_nothing_written(before)


def test_a_duplicate_code_is_refused(client, hr):
    before = list(RejectionReason.objects.order_by("pk").values())
    client.force_login(hr)
    response = client.post(reverse("candidates:reason_add"), NEW_REASON | {"code": "skills"})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert "already exists" in page_text(response)
    bad_slug = client.post(reverse("candidates:reason_add"), NEW_REASON | {"code": "not a slug"})
    assert bad_slug.context["form"].errors["code"]
    assert_nothing_written(before)


def test_the_code_of_a_reason_cannot_change(client, hr):
    reason = RejectionReason.objects.get(code="skills")
    before = list(RejectionReason.objects.order_by("pk").values())
    client.force_login(hr)
    page = client.get(reverse("candidates:reason_edit", args=[reason.pk]))
    assert page.context["form"].fields["code"].widget.attrs.get("readonly")
    response = client.post(
        reverse("candidates:reason_edit", args=[reason.pk]), reason_form(reason, code="skills-2", label_en="Changed")
    )
    assert response.status_code == 200
    assert "cannot change" in " ".join(response.context["form"].errors["code"])
    with pytest.raises(ValidationError) as error:
        rejection_reason_save(actor=hr, reason=reason, data={"code": "renamed"})
    assert "code" in error.value.message_dict
    assert_nothing_written(before)


def test_the_last_active_reason_cannot_be_deactivated(client, hr):
    last = RejectionReason.objects.get(code="skills")
    RejectionReason.objects.exclude(pk=last.pk).update(is_active=False)
    before = list(RejectionReason.objects.order_by("pk").values())
    client.force_login(hr)
    data = reason_form(last)
    del data["is_active"]
    response = client.post(reverse("candidates:reason_edit", args=[last.pk]), data)
    assert response.status_code == 200
    assert "At least one rejection reason must stay active" in page_text(response)
    with pytest.raises(ValidationError):
        rejection_reason_save(actor=hr, reason=last, data={"is_active": False})
    assert_nothing_written(before)
    # With another one active again, it can go.
    other = RejectionReason.objects.get(code="requirements")
    rejection_reason_save(actor=hr, reason=other, data={"is_active": True})
    rejection_reason_save(actor=hr, reason=last, data={"is_active": False})
    assert list(RejectionReason.objects.filter(is_active=True).values_list("code", flat=True)) == ["requirements"]


def test_bad_message_input_is_refused(client, hr):
    message = CandidateMessage.objects.get(stage=Stage.REJECTED)
    before = list(CandidateMessage.objects.order_by("pk").values())
    client.force_login(hr)
    response = client.post(
        reverse("candidates:message_edit", args=[message.pk]),
        {"subject_en": "Hi", "subject_zh": "", "body_en": "b", "body_zh": "b"},
    )
    assert response.context["form"].errors["subject_zh"]
    with pytest.raises(ValidationError) as error:
        candidate_message_save(actor=hr, message=message, data={"stage": "offer"})
    assert "stage" in error.value.message_dict
    with pytest.raises(ValidationError):
        candidate_message_save(
            actor=hr, data={"stage": "hired", "subject_en": "x", "subject_zh": "x", "body_en": "x", "body_zh": ""}
        )
    assert list(CandidateMessage.objects.order_by("pk").values()) == before
    assert not AuditEvent.objects.filter(verb="candidate_message.saved").exists()


# Permission boundaries


@pytest.fixture
def list_urls():
    reason = RejectionReason.objects.get(code="skills")
    message = CandidateMessage.objects.get(stage=Stage.REJECTED)
    return [
        reverse("candidates:lists"),
        reverse("candidates:reason_add"),
        reverse("candidates:reason_edit", args=[reason.pk]),
        reverse("candidates:message_add"),
        reverse("candidates:message_edit", args=[message.pk]),
    ]


@pytest.mark.parametrize("role", [Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER])
def test_only_hr_may_see_or_change_the_lists(client, make_user, list_urls, role):
    before = (list(RejectionReason.objects.values()), list(CandidateMessage.objects.values()))
    client.force_login(make_user(role, username="not-hr"))
    for url in list_urls:
        assert client.get(url).status_code == 403, url
        assert client.post(url, NEW_REASON | {"stage": "offer", "subject_en": "x"}).status_code == 403, url
    assert (list(RejectionReason.objects.values()), list(CandidateMessage.objects.values())) == before


def test_anonymous_people_are_sent_to_the_login_page(client, list_urls):
    for url in list_urls:
        response = client.post(url, NEW_REASON)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))
    assert not RejectionReason.objects.filter(code="language").exists()


def test_the_services_refuse_anyone_but_hr(manager, interviewer):
    reason = RejectionReason.objects.get(code="skills")
    message = CandidateMessage.objects.get(stage=Stage.REJECTED)
    for user in (manager, interviewer):
        with pytest.raises(PermissionDenied):
            rejection_reason_save(actor=user, data=NEW_REASON)
        with pytest.raises(PermissionDenied):
            rejection_reason_save(actor=user, reason=reason, data={"is_active": False})
        with pytest.raises(PermissionDenied):
            candidate_message_save(actor=user, message=message, data={"subject_en": "x"})
    assert RejectionReason.objects.get(pk=reason.pk).is_active
    assert not RejectionReason.objects.filter(code="language").exists()


# Query count


def test_the_list_page_query_count_is_constant(client, hr, django_assert_num_queries):
    from django.db import connection

    client.force_login(hr)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("candidates:lists"))
    for index in range(30):
        RejectionReason.objects.create(
            code=f"extra-{index}",
            label_en=f"Extra {index}",
            label_zh=f"其他 {index}",
            feedback_en="f",
            feedback_zh="f",
            is_active=index % 2 == 0,
        )
    for stage in Stage.values:
        CandidateMessage.objects.get_or_create(
            stage=stage, defaults={"subject_en": "s", "subject_zh": "s", "body_en": "b", "body_zh": "b"}
        )
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(reverse("candidates:lists"))
    assert len(response.context["reasons"]) == RejectionReason.objects.count()
    assert len(response.context["stage_messages"]) == len(Stage.values)
