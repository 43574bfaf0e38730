import datetime

import pytest
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application, Candidate, Resume, Stage
from candidates.services.applications import application_submit
from candidates.services.people import candidate_erase, candidate_merge, candidates_erase_expired
from recruiting.models import AuditEvent
from recruiting.roles import Role

pytestmark = pytest.mark.django_db


def submit(posting, *, email, phone, name="Li Lei", school="", upload=None):
    from candidates.files import validate_resume

    check = validate_resume(upload, max_bytes=10 * 1024 * 1024) if upload else None
    person = {"full_name": name, "email": email, "phone": phone, "education": "bachelor", "school": school,
              "language": "en"}  # fmt: skip
    return application_submit(requisition=posting, person=person, facts={"education": "bachelor"}, answers=[],
                              resume=upload, resume_check=check, resume_name="cv.pdf" if upload else "",
                              source="careers_page", language="en")  # fmt: skip


def test_duplicates_are_shown_and_merged(client, hr, make_posting):
    first, second = make_posting(), make_posting()
    a = submit(first, email="li@example.com", phone="+8613800000001", school="Fudan")
    b = submit(second, email="lilei@example.org", phone="+8613800000002", school="Fudan")
    client.force_login(hr)
    page = client.get(reverse("candidates:detail", args=[a.candidate_id]))
    assert 'data-testid="duplicates"' in page.content.decode()
    client.post(reverse("candidates:merge", args=[a.candidate_id]), {"merge": b.candidate_id})
    assert Candidate.objects.count() == 1
    assert set(Application.objects.values_list("candidate_id", flat=True)) == {a.candidate_id}
    assert AuditEvent.objects.filter(verb="candidate.merged").exists()


def test_merge_refuses_two_active_applications_to_one_posting(hr, make_posting):
    posting = make_posting()
    a = submit(posting, email="one@example.com", phone="+8613800000003")
    b = submit(posting, email="two@example.com", phone="+8613800000004")
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        candidate_merge(actor=hr, keep=a.candidate, merge=b.candidate)
    assert Candidate.objects.count() == 2


def test_export_and_erase(client, hr, make_posting, pdf_upload, private_media):
    posting = make_posting()
    application = submit(posting, email="wang@example.com", phone="+8613800000005", upload=pdf_upload())
    stored = private_media / application.resume.file.name
    assert stored.exists()
    client.force_login(hr)
    data = client.get(reverse("candidates:export", args=[application.candidate_id])).json()
    assert data["person"]["email"] == "wang@example.com"
    assert data["applications"][0]["consent_version"]
    refused = client.post(reverse("candidates:erase", args=[application.candidate_id]))
    assert Candidate.objects.get().anonymised_at is None
    assert refused.status_code == 302
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("candidates:erase", args=[application.candidate_id]), {"confirm": "erase"})
    person = Candidate.objects.get()
    assert person.anonymised_at is not None
    assert "wang" not in person.email
    assert person.phone == ""
    assert not Resume.objects.exists()
    assert not stored.exists()
    assert Application.objects.get().stage == Stage.RESUME_SCREEN  # statistics are kept
    assert client.get(reverse("candidates:export", args=[person.pk])).status_code == 404


def test_retention_erases_people_nobody_heard_from(hr, make_posting, settings):
    posting = make_posting()
    old = submit(posting, email="old@example.com", phone="+8613800000006")
    recent = submit(make_posting(), email="new@example.com", phone="+8613800000007")
    Application.objects.filter(pk=old.pk).update(stage=Stage.REJECTED)
    long_ago = timezone.now() - datetime.timedelta(days=settings.CANDIDATE_RETENTION_DAYS + 1)
    Candidate.objects.filter(pk=old.candidate_id).update(last_activity_at=long_ago)
    Application.objects.filter(pk=old.pk).update(updated_at=long_ago)
    assert candidates_erase_expired() == 1
    assert Candidate.objects.get(pk=old.candidate_id).anonymised_at is not None
    assert Candidate.objects.get(pk=recent.candidate_id).anonymised_at is None
    assert candidates_erase_expired() == 0


def test_people_pages_are_scoped(client, hr, manager, make_user, make_posting):
    application = submit(make_posting(), email="scope@example.com", phone="+8613800000008")
    url = reverse("candidates:detail", args=[application.candidate_id])
    client.force_login(make_user(Role.INTERVIEWER))
    assert client.get(url).status_code == 403
    assert client.get(reverse("candidates:list")).status_code == 403
    client.force_login(make_user(Role.HIRING_MANAGER, username="not-theirs"))
    assert client.get(url).status_code == 404
    assert list(client.get(reverse("candidates:list")).context["page"]) == []
    client.force_login(manager)
    assert client.get(url).status_code == 200
    assert client.get(reverse("candidates:export", args=[application.candidate_id])).status_code == 403
    assert (
        client.post(reverse("candidates:erase", args=[application.candidate_id]), {"confirm": "erase"}).status_code
        == 403
    )
    client.force_login(hr)
    assert client.get(url).status_code == 200


def test_application_list_query_count_is_constant(client, hr, make_posting, django_assert_num_queries):
    from django.db import connection

    posting = make_posting()
    submit(posting, email="p0@example.com", phone="+8613800001000")
    client.force_login(hr)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("candidates:list"))
    for index in range(1, 60):
        submit(make_posting() if index % 20 == 0 else posting, email=f"p{index}@example.com",
               phone=f"+86138000{index + 1000:05d}")  # fmt: skip
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(reverse("candidates:list"))
    assert len(response.context["page"]) == 50


def test_erase_is_idempotent(hr, make_posting):
    application = submit(make_posting(), email="twice@example.com", phone="+8613800000009")
    candidate_erase(actor=hr, candidate=application.candidate)
    candidate_erase(actor=hr, candidate=application.candidate)
    assert AuditEvent.objects.filter(verb="candidate.erased").count() == 1


def test_requisition_list_shows_applications_per_stage_counted_by_the_database(client, hr, make_posting,
                                                                               django_assert_num_queries):  # fmt: skip
    from django.db import connection

    posting = make_posting()
    client.force_login(hr)
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("requisitions:list"))
    for index in range(7):
        submit(posting, email=f"s{index}@example.com", phone=f"+86138000{index + 2000:05d}")
    Application.objects.filter(pk__in=list(Application.objects.values_list("pk", flat=True)[:2])).update(
        stage=Stage.FIRST_INTERVIEW
    )
    for _ in range(5):
        make_posting()
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(reverse("requisitions:list"))
    row = next(r for r in response.context["page"] if r.pk == posting.pk)
    assert row.applications_resume_screen == 5
    assert row.applications_first_interview == 2
    assert row.applications_hired == 0
    assert 'data-testid="count-resume_screen"' in response.content.decode()


def test_erase_scrubs_logs_and_pending_mail(hr, make_posting, django_capture_on_commit_callbacks):
    from candidates.models import StageEvent
    from candidates.services.pipeline import application_transition
    from recruiting.models import Notification

    application = submit(make_posting(), email="scrub@example.com", phone="+8613800000011", name="Zhou Xun")
    application_transition(actor=hr, application=application, target="second_interview", note="Zhou is great")
    assert Notification.objects.filter(recipient="scrub@example.com", status="pending").exists()
    candidate_erase(actor=hr, candidate=application.candidate)
    assert not StageEvent.objects.exclude(note="").filter(application=application).exists()
    for event in AuditEvent.objects.all():
        assert "Zhou" not in event.target_repr
        assert "Zhou" not in str(event.data)
    assert not Notification.objects.filter(recipient="scrub@example.com").exists()
    assert not Notification.objects.filter(status="pending", recipient__startswith="erased-").exists()


def test_a_phone_match_never_changes_another_persons_record(client, make_posting, pdf_upload):
    posting, other = make_posting(), make_posting()
    victim = submit(posting, email="victim@example.com", phone="+8613800000012", name="Victim")
    attacker = submit(other, email="attacker@example.com", phone="+8613800000012", name="Mallory")
    victim.candidate.refresh_from_db()
    assert victim.candidate.email == "victim@example.com"
    assert victim.candidate.full_name == "Victim"
    assert attacker.candidate_id != victim.candidate_id  # a likely duplicate for HR to review
    # Knowing the e-mail is not enough to rewrite the name either.
    again = submit(make_posting(), email="victim@example.com", phone="+8613800000099", name="Mallory")
    again.candidate.refresh_from_db()
    assert again.candidate.full_name == "Victim"


def test_a_manager_sees_only_the_applications_to_their_own_requisitions(client, manager, make_user, make_posting,
                                                                         make_requisition, hr, department):  # fmt: skip
    mine = make_posting()
    someone_else = make_user(Role.HIRING_MANAGER, username="hm-two")
    theirs = make_posting(hiring_manager=someone_else, title_en="Secret role")
    submit(mine, email="both@example.com", phone="+8613800000013")
    submit(theirs, email="both@example.com", phone="+8613800000013")
    client.force_login(manager)
    page = client.get(reverse("candidates:detail", args=[Candidate.objects.get().pk])).content.decode()
    assert "Secret role" not in page
