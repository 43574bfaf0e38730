import pytest
from django.urls import reverse

from interviews.bank import QUESTIONS
from interviews.models import Question
from interviews.services.questions import bank_install
from recruiting.models import AuditEvent

pytestmark = pytest.mark.django_db

NEW = {
    "code": "star-night-shift",
    "kind": "star",
    "formats": ["phone", "video"],
    "competencies": ["stress_tolerance", "teamwork"],
    "text_en": "Tell me about a night shift that went wrong.",
    "text_zh": "请讲一次夜班出问题的经历。",
    "strong_en": "Specific, calm, owned the fix.",
    "strong_zh": "具体、冷静、主动解决。",
    "weak_en": "Vague; blames others.",
    "weak_zh": "含糊，推卸责任。",
    "is_active": "on",
}


def test_the_bank_ships_installed_and_reinstalling_keeps_hr_edits(hr):
    assert Question.objects.count() == len(QUESTIONS)
    question = Question.objects.get(code="star-upset-customer")
    question.text_en = "Our own wording"
    question.save()
    assert bank_install() == 0
    question.refresh_from_db()
    assert question.text_en == "Our own wording"


def test_hr_adds_and_edits_a_question(client, hr):
    client.force_login(hr)
    response = client.post(reverse("interviews:question_add"), NEW)
    assert response.status_code == 302
    question = Question.objects.get(code="star-night-shift")
    assert question.competencies == ["stress_tolerance", "teamwork"]
    assert AuditEvent.objects.filter(verb="question.created").exists()
    edit = reverse("interviews:question_edit", args=[question.pk])
    client.post(edit, NEW | {"code": "renamed", "text_en": "Tell me about a difficult night shift."})
    question.refresh_from_db()
    assert question.code == "star-night-shift"  # the code is fixed once made
    assert question.text_en == "Tell me about a difficult night shift."
    listed = client.get(reverse("interviews:questions"), {"competency": "teamwork"})
    assert question in listed.context["questions"]
    assert all("teamwork" in q.competencies for q in listed.context["questions"])


@pytest.mark.parametrize(
    "bad",
    [
        {"competencies": []},
        {"competencies": ["gender"]},
        {"formats": ["telepathy"]},
        {"text_zh": ""},
        {"code": "star-upset-customer"},
        {"code": "no spaces allowed"},
    ],
)
def test_bad_questions_are_refused_with_a_message(client, hr, bad):
    client.force_login(hr)
    before = Question.objects.count()
    response = client.post(reverse("interviews:question_add"), NEW | bad)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert Question.objects.count() == before


def test_only_hr_edits_the_bank_and_staff_read_it(client, manager, interviewer, make_user):
    from recruiting.roles import Role

    question = Question.objects.first()
    for person in (manager, interviewer):
        client.force_login(person)
        assert client.get(reverse("interviews:questions")).status_code == 200
        assert client.get(reverse("interviews:question_add")).status_code == 403
        assert client.post(reverse("interviews:question_edit", args=[question.pk]), NEW).status_code == 403
    client.force_login(make_user(Role.APPROVER, username="approves-only"))
    assert client.get(reverse("interviews:questions")).status_code == 403
    client.logout()
    assert client.get(reverse("interviews:questions")).status_code == 302
