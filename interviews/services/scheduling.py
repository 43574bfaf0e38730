"""Scheduling, rescheduling and cancelling interviews, with calendar invitations and reminders."""

from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from candidates.models import ACTIVE_STAGES
from candidates.services.pipeline import may_move
from candidates.status_links import status_path
from interviews.calendar import invitation
from interviews.models import Format, Interview, PanelMember, Round
from recruiting.roles import Role, has_role
from recruiting.selectors import user_language
from recruiting.services.audit import audit_record
from recruiting.services.notifications import notification_create

MIN_MINUTES, MAX_MINUTES = 10, 8 * 60
PANEL_ROLES = (Role.INTERVIEWER, Role.HR, Role.HIRING_MANAGER)
MAX_PANEL = 10
MAX_DAYS_AHEAD = 366


@dataclass(frozen=True)
class Slot:
    round: str
    format: str
    starts_at: object  # an aware datetime
    duration_minutes: int
    time_zone: str
    location: str = ""
    video_link: str = ""
    note_to_candidate: str = ""

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.duration_minutes)


def may_schedule(user, application) -> bool:
    """Who may schedule, reschedule or cancel: the people who may move the application."""
    return may_move(user, application)


def _validate(slot: Slot, interviewers, *, now) -> None:
    errors = {}
    if slot.round not in Round.values:
        errors["round"] = _("Choose a round.")
    if slot.format not in Format.values:
        errors["format"] = _("Choose a format.")
    if not MIN_MINUTES <= slot.duration_minutes <= MAX_MINUTES:
        errors["duration_minutes"] = _("An interview lasts between %(min)s minutes and %(max)s hours.") % {
            "min": MIN_MINUTES,
            "max": MAX_MINUTES // 60,
        }
    try:
        ZoneInfo(slot.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        errors["time_zone"] = _("Unknown time zone.")
    if timezone.is_naive(slot.starts_at) or slot.starts_at < now:
        errors["starts_at"] = _("Choose a time in the future.")
    elif slot.starts_at > now + timedelta(days=MAX_DAYS_AHEAD):
        errors["starts_at"] = _("Choose a time within the next year.")
    if not interviewers:
        errors["interviewers"] = _("Choose at least one interviewer.")
    elif len(interviewers) > MAX_PANEL:
        errors["interviewers"] = _("A panel has at most %(n)s interviewers.") % {"n": MAX_PANEL}
    elif any(not person.is_active or not has_role(person, *PANEL_ROLES) for person in interviewers):
        errors["interviewers"] = _("Every panel member must be an active interviewer, HR or hiring manager.")
    if slot.format == Format.VIDEO and not slot.video_link:
        errors["video_link"] = _("A video interview needs its link.")
    if slot.format == Format.ON_SITE and not slot.location:
        errors["location"] = _("An on-site interview needs its place.")
    if errors:
        raise ValidationError(errors)


def find_conflicts(*, application, slot: Slot, interviewers, exclude=None) -> list[str]:
    """Scheduled interviews that overlap ``slot`` for a panel member or for the same person (any of
    their applications). Warnings: the scheduler may go ahead anyway."""
    overlapping = Interview.objects.overlapping(slot.starts_at, slot.ends_at)
    if exclude is not None:
        overlapping = overlapping.exclude(pk=exclude.pk)
    found = []
    seats = (
        PanelMember.objects.filter(interview__in=overlapping, interviewer__in=interviewers)
        .select_related("interviewer", "interview")
        .order_by("interview__starts_at")
    )
    for seat in seats:
        found.append(
            _("%(name)s already has an interview from %(start)s to %(end)s.")
            % {
                "name": seat.interviewer.get_full_name() or seat.interviewer.username,
                "start": _local(seat.interview.starts_at, slot.time_zone),
                "end": _local(seat.interview.ends_at, slot.time_zone),
            }
        )
    for other in overlapping.filter(application__candidate_id=application.candidate_id).order_by("starts_at"):
        found.append(
            _("The candidate already has an interview from %(start)s to %(end)s.")
            % {"start": _local(other.starts_at, slot.time_zone), "end": _local(other.ends_at, slot.time_zone)}
        )
    return found


def _local(moment, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")


def _locked_application(application):
    from candidates.models import Application

    return (
        Application.objects.select_for_update(of=("self",))
        .select_related("candidate", "requisition")
        .get(pk=application.pk)
    )


def interview_schedule(*, actor, application, slot: Slot, interviewers, allow_conflicts: bool = False) -> Interview:
    """Schedule an interview and send the invitations (candidate and panel, each with an .ics)."""
    interviewers = list(dict.fromkeys(interviewers))
    with transaction.atomic():
        application = _locked_application(application)
        if not may_schedule(actor, application):
            raise PermissionDenied
        if application.stage not in ACTIVE_STAGES:
            raise ValidationError(_("This application is closed; it cannot be interviewed."))
        _validate(slot, interviewers, now=timezone.now())
        conflicts = find_conflicts(application=application, slot=slot, interviewers=interviewers)
        if conflicts and not allow_conflicts:
            raise ValidationError({"allow_conflicts": conflicts})
        interview = Interview.objects.create(
            application=application,
            round=slot.round,
            format=slot.format,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            time_zone=slot.time_zone,
            location=slot.location,
            video_link=slot.video_link,
            note_to_candidate=slot.note_to_candidate,
            scheduled_by=actor,
        )
        PanelMember.objects.bulk_create(PanelMember(interview=interview, interviewer=p) for p in interviewers)
        audit_record(actor=actor, verb="interview.scheduled", target=interview,
                     data={"application": application.pk, "starts_at": slot.starts_at.isoformat(),
                           "panel": [p.pk for p in interviewers], "conflicts": conflicts})  # fmt: skip
        _send(interview, "REQUEST", interviewers)
    return interview


def interview_reschedule(
    *, actor, interview: Interview, slot: Slot, interviewers, allow_conflicts: bool = False
) -> Interview:
    """Change time, place or panel: SEQUENCE rises, everyone gets the updated invitation; a panel
    member who was removed gets a cancellation."""
    interviewers = list(dict.fromkeys(interviewers))
    with transaction.atomic():
        interview = Interview.objects.select_for_update().get(pk=interview.pk)
        application = _locked_application(interview.application)
        if not may_schedule(actor, application):
            raise PermissionDenied
        if interview.status != Interview.Status.SCHEDULED:
            raise ValidationError(_("This interview was cancelled; schedule a new one."))
        if application.stage not in ACTIVE_STAGES:
            raise ValidationError(_("This application is closed; it cannot be interviewed."))
        _validate(slot, interviewers, now=timezone.now())
        conflicts = find_conflicts(application=application, slot=slot, interviewers=interviewers, exclude=interview)
        if conflicts and not allow_conflicts:
            raise ValidationError({"allow_conflicts": conflicts})
        before = list(interview.interviewers.all())
        for name in ("round", "format", "starts_at", "time_zone", "location", "video_link", "note_to_candidate"):
            setattr(interview, name, getattr(slot, name))
        interview.ends_at = slot.ends_at
        interview.sequence += 1
        interview.reminder_sent_at = None
        interview.save()
        removed = [p for p in before if p not in interviewers]
        PanelMember.objects.filter(interview=interview, interviewer__in=removed).delete()
        PanelMember.objects.bulk_create(
            [PanelMember(interview=interview, interviewer=p) for p in interviewers if p not in before]
        )
        audit_record(actor=actor, verb="interview.rescheduled", target=interview,
                     data={"starts_at": slot.starts_at.isoformat(), "sequence": interview.sequence,
                           "panel": [p.pk for p in interviewers], "conflicts": conflicts})  # fmt: skip
        _send(interview, "REQUEST", interviewers)
        if removed:
            _send(interview, "CANCEL", removed, candidate=False)
    return interview


def interview_cancel(*, actor, interview: Interview, reason: str = "") -> Interview:
    with transaction.atomic():
        interview = Interview.objects.select_for_update().get(pk=interview.pk)
        application = _locked_application(interview.application)
        if not may_schedule(actor, application):
            raise PermissionDenied
        if interview.status == Interview.Status.CANCELLED:
            raise ValidationError(_("This interview is already cancelled."))
        _cancel(interview, actor=actor, reason=reason[:500])
    return interview


def _cancel(interview, *, actor, reason: str) -> None:
    interview.status = Interview.Status.CANCELLED
    interview.cancelled_at = timezone.now()
    interview.sequence += 1
    interview.save(update_fields=["status", "cancelled_at", "sequence", "updated_at"])
    audit_record(actor=actor, verb="interview.cancelled", target=interview, data={"reason": reason})
    _send(interview, "CANCEL", list(interview.interviewers.all()), reason=reason)


def interviews_cancel_for_closed(*, application, actor) -> int:
    """The pipeline's close hook: an application that is rejected or withdrawn has its interviews
    still to come cancelled, and everyone gets the calendar cancellation."""
    upcoming = Interview.objects.select_for_update().filter(
        application=application, status=Interview.Status.SCHEDULED, ends_at__gt=timezone.now()
    )
    count = 0
    for interview in upcoming.select_related("application__candidate", "application__requisition"):
        _cancel(interview, actor=actor, reason=_("The application was closed."))
        count += 1
    return count


def _summary(interview, language: str) -> str:
    with override(language):
        requisition = interview.application.requisition
        return _("%(round)s: %(title)s") % {"round": interview.get_round_display(), "title": requisition.title}


def _context(interview, *, language: str, reason: str = "") -> dict:
    requisition = interview.application.requisition
    zone = ZoneInfo(interview.time_zone)
    with override(language):
        return {
            "interview_id": interview.pk,
            "kit_path": reverse("interviews:detail", args=[interview.pk]),
            "candidate_name": interview.application.candidate.full_name,
            "title": requisition.title,
            "round": str(interview.get_round_display()),
            "format": str(interview.get_format_display()),
            "starts": interview.starts_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
            "ends": interview.ends_at.astimezone(zone).strftime("%H:%M"),
            "time_zone": interview.time_zone,
            "location": interview.location,
            "video_link": interview.video_link,
            "note": interview.note_to_candidate,
            "reason": reason,
            "sequence": interview.sequence,
        }


def _send(interview, method: str, panel, *, candidate: bool = True, reason: str = "") -> None:
    """Queue the e-mails with their .ics: to the candidate (unless erased) and each panel member."""
    application = interview.application
    person = application.candidate
    attendees = [(p.get_full_name() or p.username, p.email) for p in panel if p.email]
    if not person.anonymised_at:
        attendees.append((person.full_name, person.email))
    template = "interviews/invitation" if method == "REQUEST" else "interviews/cancelled"
    recipients = []
    if candidate and not person.anonymised_at:
        recipients.append((person.email, None, application.language, {"path": status_path(application)}))
    recipients += [(p.email, p, user_language(p), {"interviewer": True}) for p in panel if p.email]
    for email, user, language, extra in recipients:
        summary = _summary(interview, language)
        ics = invitation(
            interview=interview, method=method, summary=summary, description=interview.note_to_candidate,
            attendees=attendees,
        )  # fmt: skip
        notification_create(
            recipient=email,
            recipient_user=user,
            template_key=template,
            language=language,
            context=_context(interview, language=language, reason=reason) | extra,
            attachments=[
                {
                    "filename": "invite.ics" if method == "REQUEST" else "cancel.ics",
                    "mimetype": f"text/calendar; method={method}; charset=UTF-8",
                    "content": ics,
                }
            ],
        )


def interview_reminders_send(*, now=None) -> int:
    """Remind the candidate and the panel of interviews starting within 24 hours (once each)."""
    now = now or timezone.now()
    sent = 0
    due = Interview.objects.scheduled().filter(
        reminder_sent_at__isnull=True,
        starts_at__gt=now,
        starts_at__lte=now + timedelta(hours=24),
        application__stage__in=ACTIVE_STAGES,
    )
    for pk in list(due.values_list("pk", flat=True)[:500]):
        with transaction.atomic():
            interview = (
                Interview.objects.select_for_update(skip_locked=True)
                .filter(pk=pk, reminder_sent_at__isnull=True, status=Interview.Status.SCHEDULED)
                .select_related("application__candidate", "application__requisition")
                .first()
            )
            if interview is None:
                continue
            application = interview.application
            recipients = [(p.email, p, user_language(p), {"interviewer": True}) for p in interview.interviewers.all()]
            if not application.candidate.anonymised_at:
                recipients.append(
                    (application.candidate.email, None, application.language, {"path": status_path(application)})
                )
            for email, user, language, extra in recipients:
                context = _context(interview, language=language) | extra
                notification_create(recipient=email, recipient_user=user, template_key="interviews/reminder",
                                    language=language, context=context)  # fmt: skip
            interview.reminder_sent_at = now
            interview.save(update_fields=["reminder_sent_at", "updated_at"])
            sent += 1
    return sent
