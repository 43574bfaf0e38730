"""Notes on people, with @mentions that notify colleagues through the outbox."""

import re

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from candidates.models import Note
from recruiting.roles import Role, has_role
from recruiting.selectors import user_language
from recruiting.services.audit import audit_record
from recruiting.services.notifications import notification_create

MENTION = re.compile(r"(?<![\w.])@([\w.+-]{1,150})")
MAX_NOTE = 4000


def note_add(*, actor, candidate, body: str) -> Note:
    """HR, or a hiring manager who may see the person, writes a note; each mentioned staff member
    who may see the person gets an e-mail (others are named but not told)."""
    from candidates.selectors import candidate_for_user

    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write something first.")})
    if len(body) > MAX_NOTE:
        raise ValidationError({"body": _("A note has at most %(n)s characters.") % {"n": MAX_NOTE}})
    if not (has_role(actor, Role.HR, Role.HIRING_MANAGER) and candidate_for_user(user=actor, pk=candidate.pk)):
        raise PermissionDenied
    names = {match.group(1).rstrip(".") for match in MENTION.finditer(body)}
    mentioned = [
        user
        for user in get_user_model().objects.filter(username__in=names, is_active=True).exclude(pk=actor.pk)
        if candidate_for_user(user=user, pk=candidate.pk)
    ]
    with transaction.atomic():
        note = Note.objects.create(candidate=candidate, author=actor, body=body)
        note.mentions.set(mentioned)
        audit_record(actor=actor, verb="candidate.note_added", target=candidate, data={"note": note.pk})
        for user in mentioned:
            if user.email:
                notification_create(
                    recipient=user.email,
                    recipient_user=user,
                    template_key="candidates/mentioned",
                    language=user_language(user),
                    context={
                        "name": user.get_full_name() or user.get_username(),
                        "author": actor.get_full_name() or actor.get_username(),
                        "candidate": candidate.full_name,
                        "body": body,
                        "path": reverse("candidates:detail", args=[candidate.pk]),
                    },
                )
    return note
