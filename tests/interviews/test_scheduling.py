import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from interviews.models import Interview
from interviews.services.scheduling import interview_cancel, interview_reminders_send, interview_reschedule
from recruiting.models import Notification
from recruiting.roles import Role
from tests.interviews.conftest import slot

pytestmark = pytest.mark.django_db


def invitations(recipient, template="interviews/invitation"):
    return list(Notification.objects.filter(recipient=recipient, template_key=template).order_by("pk"))


def parse(notification):
    (attachment,) = notification.attachments
    calendar = icalendar.Calendar.from_ical(attachment["content"])
    return attachment, calendar, calendar.events[0]


def test_scheduling_sends_each_person_an_ics_with_a_stable_uid_rising_sequence_and_zoned_times(
    make_application, schedule, interviewer, panelist, hr
):
    application = make_application()
    interview = schedule(application, [interviewer, panelist], zone="Europe/Berlin")
    first = invitations(application.candidate.email)
    assert len(first) == 1
    assert len(invitations(interviewer.email)) == len(invitations(panelist.email)) == 1
    attachment, calendar, event = parse(first[0])
    assert attachment["mimetype"].startswith("text/calendar; method=REQUEST")
    assert calendar["METHOD"] == "REQUEST"
    uid = str(event["UID"])
    assert str(interview.uid) in uid
    assert event["SEQUENCE"] == 0
    assert event.start.tzinfo.key == "Europe/Berlin"  # DTSTART;TZID=Europe/Berlin with a VTIMEZONE
    assert calendar.walk("VTIMEZONE")
    assert event.start == interview.starts_at
    assert event.end == interview.ends_at
    attendees = {str(a).removeprefix("mailto:") for a in event.get("ATTENDEE")}
    assert attendees == {application.candidate.email, interviewer.email, panelist.email}

    later = slot(hours=72, zone="Europe/Berlin")
    interview_reschedule(actor=hr, interview=interview, slot=later, interviewers=[interviewer])
    _attachment, calendar, event = parse(invitations(application.candidate.email)[-1])
    assert str(event["UID"]) == uid
    assert event["SEQUENCE"] == 1
    assert event.start == later.starts_at
    # The panel member who was dropped gets a cancellation of the same event.
    (dropped,) = invitations(panelist.email, "interviews/cancelled")
    _attachment, calendar, event = parse(dropped)
    assert calendar["METHOD"] == "CANCEL"
    assert str(event["UID"]) == uid
    assert event["SEQUENCE"] == 1

    interview_cancel(actor=hr, interview=interview, reason="The role was put on hold")
    (cancelled,) = invitations(application.candidate.email, "interviews/cancelled")
    _attachment, calendar, event = parse(cancelled)
    assert calendar["METHOD"] == "CANCEL"
    assert event["STATUS"] == "CANCELLED"
    assert str(event["UID"]) == uid
    assert event["SEQUENCE"] == 2


def test_the_email_carries_the_ics_attachment(
    make_application, schedule, interviewer, django_capture_on_commit_callbacks
):
    application = make_application()
    with django_capture_on_commit_callbacks(execute=True):
        schedule(application, [interviewer])
    sent = [m for m in mail.outbox if application.candidate.email in m.to]
    assert len(sent) == 1
    (name, content, mimetype) = sent[0].attachments[0]
    assert name == "invite.ics"
    assert mimetype.startswith("text/calendar")
    assert "BEGIN:VEVENT" in content
    assert "Room 3" in sent[0].body


def test_double_bookings_are_warned_and_need_confirmation(make_application, schedule, interviewer, panelist):
    first = make_application(name="Wang Fang")
    second = make_application(name="Zhao Lei")
    schedule(first, [interviewer], hours=48, minutes=60)
    with pytest.raises(ValidationError) as refused:
        schedule(second, [interviewer, panelist], hours=48.5, minutes=30)
    messages = refused.value.message_dict["allow_conflicts"]
    assert len(messages) == 1
    assert interviewer.get_full_name() in messages[0]
    # The same candidate twice at once is a conflict too, whoever sits on the panel.
    with pytest.raises(ValidationError) as same_person:
        schedule(first, [panelist], hours=48.25, minutes=30, round="second")
    assert "candidate already has an interview" in same_person.value.message_dict["allow_conflicts"][0]
    # Back to back is not a conflict; with confirmation an overlap is allowed.
    schedule(second, [interviewer], hours=49, minutes=30)
    schedule(second, [interviewer], hours=48.5, minutes=30, round="other", allow_conflicts=True)
    assert Interview.objects.count() == 3
    # A cancelled interview no longer blocks anyone.
    Interview.objects.update(status="cancelled")
    schedule(first, [interviewer, panelist], hours=48, minutes=60)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"minutes": 5}, "duration_minutes"),
        ({"hours": -2}, "starts_at"),
        ({"zone": "Mars/Olympus"}, "time_zone"),
        ({"format": "video"}, "video_link"),
        ({"round": "third"}, "round"),
    ],
)
def test_bad_slots_are_refused_with_a_message_and_write_nothing(make_application, schedule, interviewer, values, field):
    application = make_application()
    before = Notification.objects.count()
    with pytest.raises(ValidationError) as refused:
        schedule(application, [interviewer], **values)
    assert field in refused.value.message_dict
    assert Interview.objects.count() == 0
    assert Notification.objects.count() == before


def test_the_panel_must_be_staff_who_interview(make_application, schedule, make_user):
    application = make_application()
    with pytest.raises(ValidationError):
        schedule(application, [])
    with pytest.raises(ValidationError):
        schedule(application, [make_user(Role.APPROVER, username="only-approves")])


def test_who_may_schedule(make_application, schedule, manager, make_user, interviewer):
    application = make_application()
    schedule(application, [interviewer], actor=manager)  # the requisition's own hiring manager
    with pytest.raises(PermissionDenied):
        schedule(application, [interviewer], actor=interviewer, hours=80)
    with pytest.raises(PermissionDenied):
        schedule(application, [interviewer], actor=make_user(Role.HIRING_MANAGER, username="other-mgr"), hours=90)


def test_a_reminder_goes_out_once_24_hours_before(make_application, schedule, interviewer):
    application = make_application()
    soon = schedule(application, [interviewer], hours=20)
    schedule(make_application(name="Later"), [interviewer], hours=30)
    assert interview_reminders_send() == 1
    assert interview_reminders_send() == 0
    reminded = Notification.objects.filter(template_key="interviews/reminder")
    assert {n.recipient for n in reminded} == {application.candidate.email, interviewer.email}
    soon.refresh_from_db()
    assert soon.reminder_sent_at is not None


def test_the_candidates_status_link_shows_the_interview(client, make_application, schedule, interviewer):
    from candidates.status_links import make_token

    application = make_application()
    interview = schedule(application, [interviewer], zone="Asia/Shanghai", note_to_candidate="Bring your ID card")
    page = client.get(reverse("candidates:status", args=[make_token(application)])).content.decode()
    local = interview.starts_at.astimezone(datetime.timezone(datetime.timedelta(hours=8)))
    assert local.strftime("%Y-%m-%d %H:%M") in page
    assert "Room 3" in page
    assert "Bring your ID card" in page


def test_schedule_page_round_trip_and_bad_input(client, hr, make_application, interviewer):
    application = make_application()
    client.force_login(hr)
    url = reverse("interviews:schedule", args=[application.pk])
    assert client.get(url).status_code == 200
    start = (timezone.now() + datetime.timedelta(days=3)).strftime("%Y-%m-%dT10:00")
    data = {"round": "first", "format": "phone", "starts_at": start, "duration_minutes": "30",
            "time_zone": "Asia/Shanghai", "interviewers": [interviewer.pk]}  # fmt: skip
    bad = client.post(url, data | {"duration_minutes": "9999", "interviewers": ["x"]})
    assert bad.status_code == 200
    assert Interview.objects.count() == 0
    done = client.post(url, data)
    interview = Interview.objects.get()
    assert done.status_code == 302
    assert done["Location"] == reverse("interviews:detail", args=[interview.pk])
    # The wall-clock time is read in the chosen zone: 10:00 in Shanghai is 02:00 UTC.
    assert interview.starts_at.astimezone(datetime.UTC).hour == 2


def test_the_beat_tasks_run_the_reminders(make_application, schedule, interviewer):
    from django.conf import settings

    from interviews.tasks import send_interview_reminders_task, send_scorecard_reminders_task

    schedule(make_application(), [interviewer], hours=3)
    assert send_interview_reminders_task.delay().get() == 1
    assert send_scorecard_reminders_task.delay().get() == 0
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"interviews.tasks.send_interview_reminders_task", "interviews.tasks.send_scorecard_reminders_task"} <= tasks


def test_reschedule_and_cancel_pages(client, hr, make_application, schedule, interviewer):
    application = make_application()
    interview = schedule(application, [interviewer])
    client.force_login(hr)
    url = reverse("interviews:edit", args=[interview.pk])
    form = client.get(url).context["form"]
    assert form.initial["duration_minutes"] == 45
    start = (timezone.now() + datetime.timedelta(days=5)).strftime("%Y-%m-%dT15:30")
    data = {"round": "first", "format": "video", "starts_at": start, "duration_minutes": "60",
            "time_zone": "Asia/Shanghai", "interviewers": [interviewer.pk]}  # fmt: skip
    refused = client.post(url, data)  # a video interview needs its link
    assert "video_link" in refused.context["form"].errors
    for link in ("ftp://example.com/x", "javascript:alert(1)", "file:///etc/passwd"):  # a browser link only
        refused = client.post(url, data | {"video_link": link})
        assert "video_link" in refused.context["form"].errors
    assert client.post(url, data | {"video_link": "https://meet.example.com/abc"}).status_code == 302
    interview.refresh_from_db()
    assert interview.sequence == 1
    assert interview.duration_minutes == 60
    client.post(reverse("interviews:cancel", args=[interview.pk]), {"reason": "Filled internally"})
    interview.refresh_from_db()
    assert interview.status == "cancelled"
    assert client.get(url).status_code == 200  # the page opens; the service refuses a cancelled one
    assert "cancelled" in str(client.post(url, data | {"video_link": "https://x.example"}).context["form"].errors)


def test_lists_show_interview_times_in_the_interviews_own_zone(client, make_application, schedule, interviewer):
    interview = schedule(make_application(), [interviewer], zone="America/New_York")
    client.force_login(interviewer)
    page = client.get(reverse("interviews:mine")).content.decode()
    local = interview.starts_at.astimezone(ZoneInfo("America/New_York")).strftime("%Y-%m-%d %H:%M")
    assert local in page
    assert "America/New_York" in page
