import pytest
from django.core import signing
from django.urls import reverse

from candidates.models import Application, Stage
from candidates.services.applications import application_revoke_links, application_submit
from candidates.status_links import SALT, make_token
from recruiting.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(make_posting, pdf_upload):
    from candidates.files import validate_resume

    posting = make_posting()
    upload = pdf_upload()
    check = validate_resume(upload, max_bytes=10 * 1024 * 1024)
    person = {"full_name": "Li Lei", "email": "li.lei@example.com", "phone": "+8613811112222",
              "education": "bachelor", "language": "en"}  # fmt: skip
    return application_submit(requisition=posting, person=person, facts={"education": "bachelor"}, answers=[],
                              resume=upload, resume_check=check, resume_name="li-lei.pdf", source="careers_page",
                              language="en")  # fmt: skip


def status_url(application):
    return reverse("candidates:status", args=[make_token(application)])


def test_status_page_shows_the_stage_in_friendly_words(client, application):
    page = client.get(status_url(application))
    assert page.status_code == 200
    assert "We are reviewing your application" in page.content.decode()
    assert "li.lei@example.com" not in page.content.decode()


@pytest.mark.parametrize("mangle", ["tamper", "garbage", "other_salt", "empty_payload"])
def test_a_bad_link_shows_a_clear_page_and_no_data(client, application, mangle):
    token = make_token(application)
    token = {
        "tamper": token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1],
        "garbage": "not-a-token",
        "other_salt": signing.dumps({"a": application.pk, "v": 1}, salt="something-else"),
        "empty_payload": signing.dumps("x", salt=SALT),
    }[mangle]
    page = client.get(reverse("candidates:status", args=[token]))
    assert page.status_code == 404
    assert "This link does not work" in page.content.decode()
    assert "Li Lei" not in page.content.decode()


def test_an_expired_link(client, application, settings):
    url = status_url(application)
    settings.STATUS_LINK_MAX_AGE_DAYS = -1
    page = client.get(url)
    assert page.status_code == 404
    assert "expired" in page.content.decode()


def test_a_revoked_link(client, application, hr):
    url = status_url(application)
    application_revoke_links(actor=hr, application=application)
    page = client.get(url)
    assert page.status_code == 404
    assert "replaced by a newer one" in page.content.decode()
    assert client.get(status_url(Application.objects.get(pk=application.pk))).status_code == 200


def test_a_link_never_shows_another_candidates_application(client, application, make_posting, pdf_upload):
    other = Application.objects.get(pk=application.pk)
    forged = signing.dumps({"a": other.pk + 1000, "v": 1}, salt="wrong")
    assert client.get(reverse("candidates:status", args=[forged])).status_code == 404


def test_withdraw_needs_confirmation(client, application):
    token = make_token(application)
    page = client.get(reverse("candidates:withdraw", args=[token]))
    assert page.status_code == 200
    assert Application.objects.get(pk=application.pk).stage == Stage.RESUME_SCREEN
    client.post(reverse("candidates:withdraw", args=[token]))
    assert Application.objects.get(pk=application.pk).stage == Stage.WITHDRAWN
    again = client.post(reverse("candidates:withdraw", args=[token]), follow=True)
    assert "This application is closed" in again.content.decode()


def test_resume_download_is_permission_checked(client, application, hr, manager, make_user):
    url = reverse("candidates:resume_download", args=[application.resume.pk])
    assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(make_user(Role.INTERVIEWER))
    assert client.get(url).status_code == 404  # an interviewer who does not interview this person
    client.force_login(make_user(Role.HIRING_MANAGER, username="other-manager"))
    assert client.get(url).status_code == 404
    client.force_login(manager)  # the posting's own hiring manager
    assert client.get(url).status_code == 200
    client.force_login(hr)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert 'filename="li-lei.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_the_candidate_page_previews_a_pdf_resume_inline(client, application, hr, make_user):
    client.force_login(hr)
    page = client.get(reverse("candidates:detail", args=[application.candidate_id])).content.decode()
    inline_url = reverse("candidates:resume_download", args=[application.resume.pk]) + "?inline=1"
    assert f'src="{inline_url}"' in page
    response = client.get(inline_url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert "sandbox" not in response["Content-Security-Policy"]  # Chromium's PDF viewer refuses a sandbox
    # The inline form is scoped like the download: an interviewer of nobody here is refused.
    client.force_login(make_user(Role.INTERVIEWER, username="peeker"))
    assert client.get(inline_url).status_code == 404


def test_a_docx_resume_is_previewed_as_its_text_never_inline(client, hr, make_posting, docx_upload):
    from candidates.files import validate_resume
    from candidates.models import Resume

    posting = make_posting()
    upload = docx_upload(text="Handled 80 calls a day")
    check = validate_resume(upload, max_bytes=10 * 1024 * 1024)
    person = {"full_name": "Han Mei", "email": "han.mei@example.com", "education": "bachelor", "language": "en"}
    application = application_submit(requisition=posting, person=person, facts={"education": "bachelor"}, answers=[],
                                     resume=upload, resume_check=check, resume_name="cv.docx", source="careers_page",
                                     language="en")  # fmt: skip
    Resume.objects.filter(application=application).update(text="Handled 80 calls a day")
    client.force_login(hr)
    page = client.get(reverse("candidates:detail", args=[application.candidate_id])).content.decode()
    assert "Handled 80 calls a day" in page
    assert "resume-frame" not in page
    response = client.get(reverse("candidates:resume_download", args=[application.resume.pk]) + "?inline=1")
    assert response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"]


def test_resume_text_is_extracted_by_the_task(make_posting, docx_upload):
    from candidates.files import validate_resume
    from candidates.models import Resume
    from candidates.tasks import extract_resume_text_task

    posting = make_posting()
    upload = docx_upload(text="Handled 80 calls a day in Mandarin and English")
    check = validate_resume(upload, max_bytes=10 * 1024 * 1024)
    person = {"full_name": "Han Mei", "email": "han.mei@example.com", "phone": "+8613811113333",
              "education": "bachelor", "language": "en"}  # fmt: skip
    application = application_submit(requisition=posting, person=person, facts={"education": "bachelor"},
                                     answers=[], resume=upload, resume_check=check, resume_name="cv.docx",
                                     source="careers_page", language="en")  # fmt: skip
    resume = Resume.objects.get(application=application)
    assert extract_resume_text_task.delay(resume.pk).get() is True
    resume.refresh_from_db()
    assert "80 calls a day" in resume.text
    assert extract_resume_text_task.delay(resume.pk).get() is False  # idempotent
