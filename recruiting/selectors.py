"""Reads of the cross-cutting pieces: counts for the home dashboards, health of the services."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, Q
from django.utils import timezone

from recruiting.models import AuditEvent, Notification
from recruiting.roles import Role


def hr_dashboard_counts(*, now=None) -> dict:
    """Figures for the HR home page, in a fixed number of queries whatever the data size."""
    now = now or timezone.now()
    week_ago = now - timedelta(days=7)
    outbox = Notification.objects.aggregate(
        pending=Count("pk", filter=Q(status=Notification.Status.PENDING)),
        failed=Count("pk", filter=Q(status=Notification.Status.FAILED)),
        sent_week=Count("pk", filter=Q(status=Notification.Status.SENT, sent_at__gte=week_ago)),
    )
    users = get_user_model().objects.filter(is_active=True)
    staff = users.aggregate(
        **{
            key: Count("pk", filter=Q(groups__name=role), distinct=True)
            for key, role in (
                ("hr", Role.HR),
                ("hiring_managers", Role.HIRING_MANAGER),
                ("interviewers", Role.INTERVIEWER),
                ("approvers", Role.APPROVER),
            )
        }
    )
    return {
        "outbox": outbox,
        "staff": staff,
        "audit_week": AuditEvent.objects.filter(created_at__gte=week_ago).count(),
    }


def recent_audit_events(*, limit: int = 10):
    return AuditEvent.objects.select_related("target_type").order_by("-created_at", "-id")[:limit]


def database_status() -> str:
    """'ok' when the database answers a query, otherwise 'error'."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return "error"
    return "ok"


def broker_status() -> str:
    """'ok' or 'error' for the Redis broker, 'eager' when no broker is configured (tasks in-process)."""
    from django.conf import settings

    if not settings.REDIS_URL:
        return "eager"
    import redis

    try:
        client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
        client.ping()
    except Exception:
        return "error"
    return "ok"


def saved_language(user) -> str | None:
    """The language ``user`` last chose with the switcher, if any."""
    from recruiting.models import UserPreference

    return UserPreference.objects.filter(user=user).values_list("language", flat=True).first()


def user_language(user) -> str:
    """The language to write to ``user`` in: their saved choice, else the site default."""
    from django.conf import settings

    return saved_language(user) or settings.LANGUAGE_CODE


def audited_types():
    """The content types of the objects that appear in the audit trail (for its filter)."""
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.filter(
        pk__in=AuditEvent.objects.exclude(target_type=None).values("target_type").distinct()
    ).order_by("app_label", "model")


def audit_events(*, actor="", verb="", target_type=None, target_id="", since=None, until=None):
    """The audit trail, newest first, filtered: ``actor`` matches the user name recorded with each
    event ("system" for work without a person), ``since`` / ``until`` are local dates (inclusive)."""
    events = AuditEvent.objects.select_related("target_type").order_by("-created_at", "-id")
    if actor:
        events = events.filter(actor_repr__icontains=actor)
    if verb:
        events = events.filter(verb__icontains=verb)
    if target_type:
        events = events.filter(target_type=target_type)
    if target_id:
        events = events.filter(target_id=target_id)
    zone = timezone.get_current_timezone()
    if since:
        events = events.filter(created_at__gte=datetime.combine(since, time.min, tzinfo=zone))
    if until:
        events = events.filter(created_at__lt=datetime.combine(until + timedelta(days=1), time.min, tzinfo=zone))
    return events
