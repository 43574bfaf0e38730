"""Offers, their approvals and letters, and probation with its monthly reviews."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candidates.models.applications import Application, private_storage
from recruiting.models import Language, TimeStampedModel


class OfferQuerySet(models.QuerySet):
    def open(self):
        """Offers still in play: not accepted, declined, expired or withdrawn."""
        return self.filter(status__in=Offer.OPEN_STATUSES)


class Offer(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING_APPROVAL = "pending_approval", _("Pending approval")
        APPROVED = "approved", _("Approved")
        SENT = "sent", _("Sent")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        EXPIRED = "expired", _("Expired")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    OPEN_STATUSES = ("draft", "pending_approval", "approved", "sent")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="offers")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    position_title = models.CharField(_("position"), max_length=200)
    department_name = models.CharField(_("department"), max_length=200)
    monthly_salary = models.DecimalField(_("monthly salary"), max_digits=10, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, default="CNY")
    start_date = models.DateField(_("start date"))
    contract_months = models.PositiveSmallIntegerField(
        _("contract term (months)"), null=True, blank=True, help_text=_("Leave empty for an open-ended contract.")
    )
    probation_months = models.PositiveSmallIntegerField(_("probation (months)"), default=3)
    benefits = models.TextField(_("benefits"), blank=True)
    expires_on = models.DateField(_("offer expires on"))
    language = models.CharField(_("letter language"), max_length=10, choices=Language.choices, default=Language.ZH_HANS)
    outside_range = models.BooleanField(_("salary outside the requisition's range"), default=False)
    salary_note = models.TextField(_("why the salary is outside the range"), blank=True)
    approvals_needed = models.PositiveSmallIntegerField(_("approvals needed"), default=1)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("drafted by")
    )
    letter_version = models.PositiveSmallIntegerField(_("letter version"), default=0)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    signature_name = models.CharField(_("signed as"), max_length=200, blank=True)
    decision_ip = models.GenericIPAddressField(_("decision IP address"), null=True, blank=True)
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    withdraw_reason = models.TextField(_("reason for withdrawing"), blank=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "expires_on"], name="offer_status_expiry")]
        constraints = [
            models.UniqueConstraint(
                fields=["application"],
                condition=models.Q(status__in=["draft", "pending_approval", "approved", "sent"]),
                name="offer_one_open_per_application",
            ),
            models.CheckConstraint(condition=models.Q(monthly_salary__gt=0), name="offer_salary_positive"),
            models.CheckConstraint(
                condition=~models.Q(status="accepted") | ~models.Q(signature_name=""), name="offer_accepted_is_signed"
            ),
        ]

    def __str__(self):
        return f"{self.position_title} · {self.get_status_display()}"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES


class OfferApproval(models.Model):
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="approvals")
    approver = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    approved = models.BooleanField(_("approved"))
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        verbose_name = _("offer approval")
        verbose_name_plural = _("offer approvals")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.offer} · {self.approver} · {self.approved}"


class OfferLetter(models.Model):
    """One rendered PDF per offer and letter version (the task that renders it is idempotent)."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="letters")
    version = models.PositiveSmallIntegerField(_("version"))
    file = models.FileField(_("file"), storage=private_storage, upload_to="letters/", max_length=200)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    size = models.PositiveIntegerField(_("size"))
    render_seconds = models.FloatField(_("render time (s)"), default=0)
    created_at = models.DateTimeField(_("rendered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("offer letter")
        verbose_name_plural = _("offer letters")
        ordering = ["-version"]
        constraints = [models.UniqueConstraint(fields=["offer", "version"], name="offer_letter_unique_version")]

    def __str__(self):
        return f"{self.offer} · v{self.version}"


class Probation(TimeStampedModel):
    class Status(models.TextChoices):
        ACTIVE = "active", _("In probation")
        PASSED = "passed", _("Passed")
        TERMINATED = "terminated", _("Terminated")

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="probation")
    offer = models.ForeignKey(Offer, on_delete=models.PROTECT, related_name="+")
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    original_ends_on = models.DateField(_("originally ending on"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE)
    outcome_note = models.TextField(_("outcome note"), blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    last_reminded_month = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("probation")
        verbose_name_plural = _("probations")
        indexes = [models.Index(fields=["status", "ends_on"], name="probation_status_end")]
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_on__gt=models.F("starts_on")), name="probation_ends_after")
        ]

    def __str__(self):
        return f"{self.application} · {self.starts_on} → {self.ends_on}"


class ProbationReview(models.Model):
    """A monthly review (seed 004: professional knowledge, business skills, service attitude, teamwork)."""

    class Recommendation(models.TextChoices):
        ON_TRACK = "on_track", _("On track")
        CONCERNS = "concerns", _("Concerns: needs support")
        PASS = "pass", _("Ready to pass")
        EXTEND = "extend", _("Extend probation")
        TERMINATE = "terminate", _("End employment")

    SCORES = ("knowledge", "skills", "attitude", "teamwork")

    probation = models.ForeignKey(Probation, on_delete=models.CASCADE, related_name="reviews")
    month = models.PositiveSmallIntegerField(_("month"))
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    knowledge = models.PositiveSmallIntegerField(_("professional knowledge"))
    skills = models.PositiveSmallIntegerField(_("business skills"))
    attitude = models.PositiveSmallIntegerField(_("service attitude"))
    teamwork = models.PositiveSmallIntegerField(_("teamwork"))
    comments = models.TextField(_("comments"), blank=True)
    recommendation = models.CharField(
        pgettext_lazy("probation review", "recommendation"), max_length=12, choices=Recommendation.choices
    )
    created_at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        verbose_name = _("probation review")
        verbose_name_plural = _("probation reviews")
        ordering = ["month"]
        constraints = [
            models.UniqueConstraint(fields=["probation", "month"], name="probation_review_month_unique"),
            *[
                models.CheckConstraint(
                    condition=models.Q(**{f"{name}__gte": 1, f"{name}__lte": 5}), name=f"probation_review_{name}_range"
                )
                for name in ("knowledge", "skills", "attitude", "teamwork")
            ],
        ]

    def __str__(self):
        return f"{self.probation} · month {self.month}"

    @property
    def average(self) -> float:
        return sum(getattr(self, name) for name in self.SCORES) / len(self.SCORES)
