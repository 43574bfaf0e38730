"""Stand-ins for the SMTP server (the outside world) in outbox tests."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend as LocmemBackend


class FlakySMTPBackend(LocmemBackend):
    """Refuses the first ``failures_left`` sends like a down SMTP server, then delivers to mail.outbox."""

    failures_left = 0

    def send_messages(self, messages):
        if FlakySMTPBackend.failures_left > 0:
            FlakySMTPBackend.failures_left -= 1
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)
