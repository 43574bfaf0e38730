import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from candidates.models import Note
from candidates.services.notes import note_add
from recruiting.roles import Role
from tests.candidates.test_people import submit

pytestmark = pytest.mark.django_db


def test_a_note_mentions_a_colleague_who_is_emailed(client, hr, manager, make_user, make_posting,
                                                   django_capture_on_commit_callbacks):  # fmt: skip
    application = submit(make_posting(), email="note@example.com", phone="+8613800000031", name="Ma Li")
    outsider = make_user(Role.HIRING_MANAGER, username="outsider")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        note_add(actor=hr, candidate=application.candidate,
                 body=f"Strong on the phone. @{manager.username} please look; @{outsider.username} @nobody")  # fmt: skip
    note = Note.objects.get()
    assert list(note.mentions.all()) == [manager]  # the outsider may not see this person: not told
    assert [m.to for m in mail.outbox] == [[manager.email]]
    assert "Ma Li" in mail.outbox[0].subject
    client.force_login(manager)
    page = client.get(reverse("candidates:detail", args=[application.candidate_id])).content.decode()
    assert "Strong on the phone." in page
    assert 'data-testid="timeline"' in page


def test_note_permissions_and_bad_input(hr, make_user, make_posting, client):
    application = submit(make_posting(), email="note2@example.com", phone="+8613800000032")
    with pytest.raises(ValidationError):
        note_add(actor=hr, candidate=application.candidate, body="   ")
    with pytest.raises(ValidationError):
        note_add(actor=hr, candidate=application.candidate, body="x" * 4001)
    with pytest.raises(PermissionDenied):
        note_add(actor=make_user(Role.INTERVIEWER), candidate=application.candidate, body="hi")
    with pytest.raises(PermissionDenied):
        note_add(actor=make_user(Role.HIRING_MANAGER, username="stranger"), candidate=application.candidate, body="hi")
    client.force_login(hr)
    client.post(reverse("candidates:note", args=[application.candidate_id]), {"body": "<script>alert(1)</script>"})
    page = client.get(reverse("candidates:detail", args=[application.candidate_id])).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
