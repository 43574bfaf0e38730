"""Calendar invitations (RFC 5545, made with the icalendar package).

The UID is the interview's and never changes; SEQUENCE rises with every change that is sent, so
calendar programs replace the earlier version; a cancellation is METHOD:CANCEL with STATUS:CANCELLED.
Times carry their time zone (TZID with a VTIMEZONE block).
"""

from email.utils import parseaddr
from functools import cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import timezone

PRODID = "-//Customer-service recruiting//Interviews//EN"


def event_uid(interview) -> str:
    return f"interview-{interview.uid}@{urlsplit(settings.SITE_URL).hostname or 'localhost'}"


@cache
def _vtimezone(tzid: str) -> icalendar.Timezone | None:
    """The VTIMEZONE of ``tzid`` as icalendar's ``add_missing_timezones`` makes it, or None for a zone it
    does not know. Making one walks the zone's offsets over decades (about 50 ms; icalendar asks its
    callers to cache them), so it is made once per zone and process; nothing changes it afterwards."""
    try:
        return icalendar.Timezone.from_tzid(tzid)
    except ValueError:
        return None


def invitation(*, interview, method: str, summary: str, description: str, attendees: list[tuple[str, str]]) -> str:
    """The .ics text for ``interview`` with METHOD ``REQUEST`` or ``CANCEL``; ``attendees`` are
    (name, e-mail) pairs."""
    zone = ZoneInfo(interview.time_zone)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    event = icalendar.Event()
    event.add("uid", event_uid(interview))
    event.add("sequence", interview.sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", interview.starts_at.astimezone(zone))
    event.add("dtend", interview.ends_at.astimezone(zone))
    event.add("summary", summary)
    event.add("description", description)
    if interview.location:
        event.add("location", interview.location)
    if interview.video_link:
        event.add("url", interview.video_link)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    organizer = icalendar.vCalAddress(f"mailto:{parseaddr(settings.DEFAULT_FROM_EMAIL)[1]}")
    event.add("organizer", organizer)
    for name, email in attendees:
        attendee = icalendar.vCalAddress(f"mailto:{email}")
        attendee.params["cn"] = icalendar.vText(name)
        attendee.params["role"] = icalendar.vText("REQ-PARTICIPANT")
        attendee.params["rsvp"] = icalendar.vText("FALSE")
        event.add("attendee", attendee, encode=0)
    calendar.add_component(event)
    # What calendar.add_missing_timezones() does (UTC needs none), with each zone's VTIMEZONE made once.
    zones = [_vtimezone(tzid) for tzid in sorted(calendar.get_missing_tzids())]
    calendar.subcomponents[0:0] = [zone for zone in zones if zone is not None]
    return calendar.to_ical().decode()
