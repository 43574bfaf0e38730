"""Sign-ins and failed sign-ins go to the audit log. Django's auth signals are the only hook it offers
for these events, so the receivers stay here and only call the audit service."""

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from recruiting.services.audit import audit_record


@receiver(user_logged_in, dispatch_uid="audit_login")
def audit_login(sender, request, user, **kwargs):
    audit_record(actor=user, verb="auth.login", target=user)


@receiver(user_login_failed, dispatch_uid="audit_login_failed")
def audit_login_failed(sender, credentials, request=None, **kwargs):
    username = str(credentials.get("username", ""))[:150]
    ip = request.META.get("REMOTE_ADDR", "") if request is not None else ""
    audit_record(actor=None, verb="auth.login_failed", data={"username": username, "ip": ip})
