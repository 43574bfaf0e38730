"""Position profiles, requisitions with their demand table, screening questions and approval chain."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from recruiting.models import TimeStampedModel
from requisitions.choices import (
    Category,
    Industry,
    KeyItem,
    Level,
    PipelineStep,
    Priority,
)


def pick_language(en: str, zh: str) -> str:
    """The text in the active language, falling back to the other one when it is empty."""
    if (translation.get_language() or "").startswith("zh"):
        return zh or en
    return en or zh


class JobTextMixin:
    """The texts a profile and a requisition share, each in the active language."""

    @property
    def title(self) -> str:
        return pick_language(self.title_en, self.title_zh)

    @property
    def summary(self):
        return pick_language(self.summary_en, self.summary_zh)

    @property
    def duties(self) -> list[str]:
        return [line.strip() for line in pick_language(self.duties_en, self.duties_zh).splitlines() if line.strip()]


class Department(TimeStampedModel):
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    name_zh = models.CharField(_("name (Chinese)"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name_en", "name_zh"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(name_en="", name_zh=""),
                name="department_has_a_name",
                violation_error_message=_("Give the department a name in at least one language."),
            ),
        ]

    def __str__(self):
        return pick_language(self.name_en, self.name_zh)


class DepartmentApprover(models.Model):
    """One link of a department's approval chain; requisitions are approved in ``order``."""

    department = models.ForeignKey(Department, on_delete=models.CASCADE, related_name="approvers")
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"groups__name": "Approver", "is_active": True},
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)

    class Meta:
        verbose_name = _("department approver")
        verbose_name_plural = _("department approvers")
        ordering = ["department", "order"]
        constraints = [
            models.UniqueConstraint(fields=["department", "order"], name="department_approver_order_unique"),
            models.UniqueConstraint(fields=["department", "approver"], name="department_approver_unique"),
        ]

    def __str__(self):
        return f"{self.department} #{self.order}: {self.approver}"


class AssessmentMethod(models.Model):
    """How a requirement is assessed, and the pipeline step where that happens (editable in admin)."""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_zh = models.CharField(_("name (Chinese)"), max_length=100)
    step = models.CharField(
        _("pipeline step"),
        max_length=30,
        choices=PipelineStep.choices,
        blank=True,
        help_text=_("Where in the pipeline this method is used. A method without a step covers no requirement."),
    )

    class Meta:
        verbose_name = _("assessment method")
        verbose_name_plural = _("assessment methods")
        ordering = ["step", "code"]

    def __str__(self):
        return pick_language(self.name_en, self.name_zh)


class RequirementBase(models.Model):
    """One row of a demand table (需求表)."""

    order = models.PositiveIntegerField(_("order"), default=0)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    key_item = models.CharField(_("key item"), max_length=40, choices=KeyItem.choices)
    requirement_en = models.TextField(_("requirement (English)"), blank=True)
    requirement_zh = models.TextField(_("requirement (Chinese)"), blank=True)
    priority = models.CharField(_("priority"), max_length=20, choices=Priority.choices)
    industry = models.CharField(_("industry scope"), max_length=20, choices=Industry.choices, default=Industry.GENERAL)

    class Meta:
        abstract = True
        ordering = ["order", "id"]

    def __str__(self):
        return f"{self.get_key_item_display()}: {self.requirement[:60]}"

    @property
    def requirement(self) -> str:
        return pick_language(self.requirement_en, self.requirement_zh)


class PositionProfile(JobTextMixin, TimeStampedModel):
    """A job description (岗位说明书) from which requisitions start with a filled demand table."""

    slug = models.SlugField(_("code"), max_length=80, unique=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    industry = models.CharField(_("industry"), max_length=20, choices=Industry.choices, default=Industry.GENERAL)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    summary_zh = models.TextField(_("summary (Chinese)"), blank=True)
    duties_en = models.TextField(_("duties (English)"), blank=True, help_text=_("One duty per line."))
    duties_zh = models.TextField(_("duties (Chinese)"), blank=True, help_text=_("One duty per line."))
    eligibility_paths = models.JSONField(_("eligibility paths"), default=list, blank=True)
    is_shipped = models.BooleanField(_("shipped with the product"), default=False)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("position profile")
        verbose_name_plural = _("position profiles")
        ordering = ["level", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(title_en="", title_zh=""),
                name="profile_has_a_title",
                violation_error_message=_("Give the profile a title in at least one language."),
            ),
        ]

    def __str__(self):
        return self.title


class ProfileRequirement(RequirementBase):
    profile = models.ForeignKey(PositionProfile, on_delete=models.CASCADE, related_name="requirements")
    methods = models.ManyToManyField(AssessmentMethod, related_name="+", verbose_name=_("assessment methods"))

    class Meta(RequirementBase.Meta):
        verbose_name = _("profile requirement")
        verbose_name_plural = _("profile requirements")


class RequisitionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Requisition.Status.OPEN)


class Requisition(JobTextMixin, TimeStampedModel):
    """A headcount request (招聘需求申请表) and, once approved and opened, its public posting."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned")
        APPROVED = "approved", _("Approved")
        OPEN = "open", _("Open")
        ON_HOLD = "on_hold", _("On hold")
        CLOSED = "closed", _("Closed")
        FILLED = "filled", _("Filled")
        CANCELLED = "cancelled", _("Cancelled")

    class EmploymentType(models.TextChoices):
        FULL_TIME = "FULL_TIME", _("Full time")
        PART_TIME = "PART_TIME", _("Part time")
        CONTRACTOR = "CONTRACTOR", _("Fixed-term contract")
        TEMPORARY = "TEMPORARY", _("Temporary")
        INTERN = "INTERN", _("Internship")

    class Reason(models.TextChoices):
        NEW = "new", _("New position")
        REPLACEMENT = "replacement", _("Replacement")
        EXPANSION = "expansion", _("Team expansion")

    class SalaryPeriod(models.TextChoices):
        MONTH = "MONTH", _("per month")
        YEAR = "YEAR", _("per year")
        HOUR = "HOUR", _("per hour")

    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    profile = models.ForeignKey(
        PositionProfile, verbose_name=_("position profile"), null=True, blank=True, on_delete=models.SET_NULL
    )
    department = models.ForeignKey(Department, verbose_name=_("department"), on_delete=models.PROTECT)
    hiring_manager = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("hiring manager"), on_delete=models.PROTECT, related_name="+"
    )
    recruiter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recruiter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.PROTECT, related_name="+"
    )
    headcount = models.PositiveSmallIntegerField(
        _("headcount"), default=1, validators=[MinValueValidator(1, _("The headcount must be at least 1."))]
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    industry = models.CharField(_("industry"), max_length=20, choices=Industry.choices, default=Industry.GENERAL)
    employment_type = models.CharField(
        _("employment type"), max_length=20, choices=EmploymentType.choices, default=EmploymentType.FULL_TIME
    )
    location = models.CharField(_("location"), max_length=120)
    salary_min = models.DecimalField(
        _("salary from"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0, _("A salary cannot be negative."))],
    )
    salary_max = models.DecimalField(
        _("salary to"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0, _("A salary cannot be negative."))],
    )
    salary_currency = models.CharField(_("currency"), max_length=3, default="CNY")
    salary_period = models.CharField(
        _("salary period"), max_length=10, choices=SalaryPeriod.choices, default=SalaryPeriod.MONTH
    )
    show_salary = models.BooleanField(_("show the salary on the posting"), default=True)
    resume_required = models.BooleanField(
        _("resume required"), default=True, help_text=_("Turn off for walk-in and high-volume hiring.")
    )
    auto_reject = models.BooleanField(
        _("reject ineligible applications automatically"),
        default=False,
        help_text=_(
            "Off: screening only flags. On: a not-eligible or knocked-out application is rejected "
            "at once and the candidate is told why."
        ),
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices, default=Reason.NEW)
    target_start_date = models.DateField(_("target start date"), null=True, blank=True)
    internal_until = models.DateField(
        _("internal only until"),
        null=True,
        blank=True,
        help_text=_("Until this date the posting is shown to signed-in staff only (internal candidates first)."),
    )
    closes_on = models.DateField(_("posting closes on"), null=True, blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    summary_zh = models.TextField(_("summary (Chinese)"), blank=True)
    duties_en = models.TextField(_("duties (English)"), blank=True, help_text=_("One duty per line."))
    duties_zh = models.TextField(_("duties (Chinese)"), blank=True, help_text=_("One duty per line."))
    company_intro_en = models.TextField(_("about the company (English)"), blank=True)
    company_intro_zh = models.TextField(_("about the company (Chinese)"), blank=True)
    benefits_en = models.TextField(_("benefits (English)"), blank=True)
    benefits_zh = models.TextField(_("benefits (Chinese)"), blank=True)
    eligibility_paths = models.JSONField(_("eligibility paths"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    slug = models.SlugField(_("posting address"), max_length=120, unique=True, null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    objects = RequisitionQuerySet.as_manager()

    class Meta:
        verbose_name = _("requisition")
        verbose_name_plural = _("requisitions")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "-created_at"], name="requisition_status_created"),
            models.Index(fields=["hiring_manager", "status"], name="requisition_manager_status"),
            models.Index(fields=["department", "status"], name="requisition_department_status"),
            models.Index(fields=["status", "closes_on"], name="requisition_status_closes"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(headcount__gte=1),
                name="requisition_headcount_positive",
                violation_error_message=_("The headcount must be at least 1."),
            ),
            models.CheckConstraint(
                condition=Q(salary_min__isnull=True) | Q(salary_max__isnull=True) | Q(salary_min__lte=F("salary_max")),
                name="requisition_salary_range_ordered",
                violation_error_message=_("The salary range is reversed: the lower figure is above the upper one."),
            ),
            models.CheckConstraint(
                condition=~Q(title_en="", title_zh=""),
                name="requisition_has_a_title",
                violation_error_message=_("Give the position a title in at least one language."),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def public_salary(self) -> dict | None:
        """The salary a posting shows (careers page, JSON-LD, API, HR Open): the range when HR chose
        to show it and at least one figure is set, else None."""
        if not self.show_salary or (self.salary_min is None and self.salary_max is None):
            return None
        return {"minimum": self.salary_min, "maximum": self.salary_max, "currency": self.salary_currency,
                "period": self.salary_period}  # fmt: skip

    @property
    def company_intro(self):
        return pick_language(self.company_intro_en, self.company_intro_zh)

    @property
    def benefits(self):
        return pick_language(self.benefits_en, self.benefits_zh)


class RequisitionRequirement(RequirementBase):
    requisition = models.ForeignKey(Requisition, on_delete=models.CASCADE, related_name="requirements")
    methods = models.ManyToManyField(AssessmentMethod, related_name="+", verbose_name=_("assessment methods"))

    class Meta(RequirementBase.Meta):
        verbose_name = _("demand-table row")
        verbose_name_plural = _("demand-table rows")


class ScreeningQuestion(TimeStampedModel):
    """A question on the application form; an optional knock-out rule marks answers that disqualify."""

    class Kind(models.TextChoices):
        SHORT_TEXT = "short_text", _("Short text")
        LONG_TEXT = "long_text", _("Long text")
        YES_NO = "yes_no", _("Yes or no")
        CHOICE = "choice", _("Single choice")
        NUMBER = "number", _("Number")

    requisition = models.ForeignKey(Requisition, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    text_en = models.TextField(_("question (English)"), blank=True)
    text_zh = models.TextField(_("question (Chinese)"), blank=True)
    required = models.BooleanField(_("required"), default=True)
    # For CHOICE: [{"value": "a", "label_en": "...", "label_zh": "..."}, ...]
    choices = models.JSONField(_("choices"), default=list, blank=True)
    # Knock-out rule, by kind: YES_NO {"answer": "no"}; CHOICE {"values": ["a"]}; NUMBER {"min": 1} / {"max": 5}
    knockout = models.JSONField(_("knock-out rule"), default=dict, blank=True)

    class Meta:
        verbose_name = _("screening question")
        verbose_name_plural = _("screening questions")
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(text_en="", text_zh=""),
                name="question_has_text",
                violation_error_message=_("Write the question in at least one language."),
            ),
        ]

    def __str__(self):
        return self.text[:80]

    @property
    def text(self):
        return pick_language(self.text_en, self.text_zh)


class ApprovalStep(TimeStampedModel):
    """One approver's decision in one round of a requisition's approval chain."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("Waiting")
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned")
        SKIPPED = "skipped", _("Not needed")

    requisition = models.ForeignKey(Requisition, on_delete=models.CASCADE, related_name="approval_steps")
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    order = models.PositiveSmallIntegerField(_("order"))
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("approver"), on_delete=models.PROTECT, related_name="+"
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, default=Decision.PENDING)
    comment = models.TextField(_("comment"), blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("approval step")
        verbose_name_plural = _("approval steps")
        ordering = ["requisition", "round", "order"]
        indexes = [models.Index(fields=["approver", "decision"], name="approval_approver_decision")]
        constraints = [
            models.UniqueConstraint(fields=["requisition", "round", "order"], name="approval_step_unique"),
        ]

    def __str__(self):
        return f"{self.requisition} #{self.round}.{self.order} {self.approver}: {self.decision}"
