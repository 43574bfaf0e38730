import csv
import io

import pytest
from django.urls import reverse

from candidates.models import Application, RejectionReason, Stage
from recruiting.roles import Role
from tests.candidates.test_board import many

pytestmark = pytest.mark.django_db


def test_bulk_move_reports_what_was_done_and_what_was_refused(client, hr, make_posting):
    posting = make_posting()
    apps = many(posting, 4)  # resume screen, first, second interview, rejected
    client.force_login(hr)
    response = client.post(reverse("candidates:bulk"), {"selected": [a.pk for a in apps], "action": "move",
                                                         "target": "first_interview"}, follow=True)  # fmt: skip
    page = response.content.decode()
    assert "Done for 1 application(s)." in page
    assert "skipping a stage or moving back needs one" in page  # second interview → first: needs a note
    assert "closed" in page  # the rejected one
    assert Application.objects.get(pk=apps[0].pk).stage == Stage.FIRST_INTERVIEW


def test_bulk_reject_with_reason_and_feedback(client, hr, make_posting):
    posting = make_posting()
    apps = many(posting, 3)
    reason = RejectionReason.objects.get(code="interview")
    client.force_login(hr)
    client.post(reverse("candidates:bulk"), {"selected": [a.pk for a in apps], "action": "reject",
                                             "reason": reason.pk, "feedback": "Thank you"})  # fmt: skip
    assert set(Application.objects.values_list("stage", flat=True)) == {Stage.REJECTED}
    fresh = many(posting, 1, start=10)[0]
    missing = client.post(reverse("candidates:bulk"), {"selected": [fresh.pk], "action": "reject"}, follow=True)
    assert "Choose a rejection reason" in missing.content.decode()
    assert Application.objects.get(pk=fresh.pk).stage == Stage.RESUME_SCREEN


def test_bulk_export_csv_is_excel_friendly_and_defuses_formulas(client, hr, make_posting):
    from candidates.models import Candidate

    posting = make_posting()
    apps = many(posting, 2)
    Candidate.objects.filter(pk=apps[0].candidate_id).update(full_name='=HYPERLINK("http://x")')
    client.force_login(hr)
    response = client.post(reverse("candidates:bulk"), {"selected": [a.pk for a in apps], "action": "export"})
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][0] == "application"
    assert len(rows) == 3
    assert any(row[1].startswith("'=") for row in rows[1:])


def test_bulk_is_scoped_and_validates_input(client, make_user, make_posting, manager):
    posting = make_posting()
    apps = many(posting, 2)
    client.force_login(make_user(Role.INTERVIEWER))
    assert client.post(reverse("candidates:bulk"), {"selected": [apps[0].pk], "action": "export"}).status_code == 403
    client.force_login(make_user(Role.HIRING_MANAGER, username="not-mine"))
    response = client.post(reverse("candidates:bulk"), {"selected": [a.pk for a in apps], "action": "export"})
    assert len(response.content.decode().strip().splitlines()) == 1  # header only: nothing of theirs
    client.force_login(manager)
    for data in ({"action": "move"}, {"selected": ["x", "-1", "²"], "action": "move"},
                 {"selected": [apps[0].pk], "action": "explode"},
                 {"selected": [apps[0].pk], "action": "tag", "tags": "y" * 60},
                 {"selected": [apps[0].pk], "action": "move", "next": "https://evil.example/"}):  # fmt: skip
        response = client.post(reverse("candidates:bulk"), data)
        assert response.status_code == 302
        assert not response["Location"].startswith("https://evil")
    assert Application.objects.get(pk=apps[0].pk).stage == Stage.RESUME_SCREEN
