"""Interviews, the question bank, and structured scorecards."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from recruiting.models import TimeStampedModel
from requisitions.choices import KeyItem, PipelineStep
from requisitions.models import pick_language


class Round(models.TextChoices):
    FIRST = "first", _("First interview")
    SECOND = "second", _("Second interview")
    OTHER = "other", _("Other round")


# The pipeline steps whose demand-table rows a round scores ("other" rounds take both interview steps).
ROUND_STEPS = {
    Round.FIRST: [PipelineStep.FIRST_INTERVIEW],
    Round.SECOND: [PipelineStep.SECOND_INTERVIEW],
    Round.OTHER: [PipelineStep.FIRST_INTERVIEW, PipelineStep.SECOND_INTERVIEW],
}


class Format(models.TextChoices):
    STRUCTURED_BEHAVIOURAL = "structured_behavioural", _("Structured behavioural (STAR)")
    SCENARIO_SIMULATION = "scenario_simulation", _("Scenario simulation")
    PATIENCE_TASK = "patience_task", _("Repetitive-task patience test")
    ROLE_PLAY = "role_play", _("Role-play")
    GROUP = "group", _("Group interview")
    PHONE = "phone", _("Phone")
    VIDEO = "video", _("Video")
    ON_SITE = "on_site", _("On-site")


def default_time_zone() -> str:
    return settings.TIME_ZONE


class InterviewQuerySet(models.QuerySet):
    def scheduled(self):
        return self.filter(status=Interview.Status.SCHEDULED)

    def overlapping(self, starts_at, ends_at):
        return self.scheduled().filter(starts_at__lt=ends_at, ends_at__gt=starts_at)


class Interview(TimeStampedModel):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    application = models.ForeignKey(
        "candidates.Application", verbose_name=_("application"), on_delete=models.CASCADE, related_name="interviews"
    )
    round = models.CharField(_("round"), max_length=10, choices=Round.choices)
    format = models.CharField(_("format"), max_length=30, choices=Format.choices)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    time_zone = models.CharField(_("time zone"), max_length=64, default=default_time_zone)
    location = models.CharField(_("location"), max_length=200, blank=True)
    video_link = models.URLField(_("video link"), max_length=500, blank=True)
    note_to_candidate = models.TextField(_("note to the candidate"), blank=True)
    interviewers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="PanelMember", related_name="interviews", verbose_name=_("panel")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    # A calendar event keeps its UID for life; SEQUENCE rises with each change sent out (RFC 5545).
    uid = models.UUIDField(_("calendar UID"), default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(_("calendar sequence"), default=0)
    scheduled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("scheduled by")
    )
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    objects = InterviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["status", "starts_at"], name="interview_status_start"),
            models.Index(fields=["status", "ends_at"], name="interview_status_end"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")), name="interview_ends_after"),
        ]

    def __str__(self):
        return f"{self.get_round_display()} · {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def duration_minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


class PanelMember(models.Model):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="panel")
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="panel_seats", verbose_name=_("interviewer")
    )
    scorecard_reminded_at = models.DateTimeField(_("scorecard reminder sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("panel member")
        verbose_name_plural = _("panel members")
        constraints = [models.UniqueConstraint(fields=["interview", "interviewer"], name="panel_member_unique")]

    def __str__(self):
        return str(self.interviewer)


class Question(TimeStampedModel):
    """A question or task of the bank, tagged with the competencies (demand-table key items) it probes."""

    class Kind(models.TextChoices):
        STAR = "star", _("Behavioural (STAR)")
        QUESTION = "question", _("Interview question")
        PATIENCE_TASK = "patience_task", _("Patience task")
        ROLE_PLAY = "role_play", _("Role-play")
        SCENARIO = "scenario", _("Scenario simulation")

    code = models.SlugField(_("code"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    formats = models.JSONField(_("formats"), default=list, blank=True)
    competencies = models.JSONField(_("competencies"), default=list)
    text_en = models.TextField(_("question (English)"))
    text_zh = models.TextField(_("question (Chinese)"))
    guidance_en = models.TextField(_("how to run it (English)"), blank=True)
    guidance_zh = models.TextField(_("how to run it (Chinese)"), blank=True)
    strong_en = models.TextField(_("a strong answer (English)"))
    strong_zh = models.TextField(_("a strong answer (Chinese)"))
    weak_en = models.TextField(_("a weak answer (English)"))
    weak_zh = models.TextField(_("a weak answer (Chinese)"))
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["kind", "code"]

    def __str__(self):
        return self.text[:80]

    @property
    def text(self):
        return pick_language(self.text_en, self.text_zh)

    @property
    def guidance(self):
        return pick_language(self.guidance_en, self.guidance_zh)

    @property
    def strong(self):
        return pick_language(self.strong_en, self.strong_zh)

    @property
    def weak(self):
        return pick_language(self.weak_en, self.weak_zh)

    def competency_labels(self):
        labels = dict(KeyItem.choices)
        return [labels.get(code, code) for code in self.competencies]


class Recommendation(models.TextChoices):
    STRONG_NO = "strong_no", _("Strong no")
    NO = "no", pgettext_lazy("recommendation", "No")
    YES = "yes", pgettext_lazy("recommendation", "Yes")
    STRONG_YES = "strong_yes", _("Strong yes")


class Scorecard(TimeStampedModel):
    """One interviewer's card for one interview. A submitted card is locked; an amendment is a new
    version (the earlier one becomes superseded and is kept)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        SUPERSEDED = "superseded", _("Superseded by an amendment")

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="scorecards")
    interviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="scorecards", verbose_name=_("interviewer")
    )
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    recommendation = models.CharField(_("recommendation"), max_length=12, choices=Recommendation.choices, blank=True)
    star_notes = models.TextField(_("STAR evidence"), blank=True)
    notes = models.TextField(_("other notes"), blank=True)
    amendment_reason = models.TextField(_("why it was amended"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("scorecard")
        verbose_name_plural = _("scorecards")
        ordering = ["interview", "interviewer", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "interviewer", "version"], name="scorecard_version_unique"),
            models.UniqueConstraint(
                fields=["interview", "interviewer"],
                condition=models.Q(status="draft"),
                name="scorecard_one_draft",
            ),
            models.UniqueConstraint(
                fields=["interview", "interviewer"],
                condition=models.Q(status="submitted"),
                name="scorecard_one_current",
            ),
            models.CheckConstraint(
                condition=models.Q(status="draft")
                | (~models.Q(recommendation="") & models.Q(submitted_at__isnull=False)),
                name="scorecard_submitted_is_complete",
            ),
        ]
        indexes = [models.Index(fields=["interviewer", "status"], name="scorecard_interviewer_status")]

    def __str__(self):
        return f"{self.interview} · {self.interviewer} · v{self.version}"


class Rating(models.Model):
    """One competency of a scorecard: the demand-table row, a snapshot of its label and weight, the
    1–5 score (empty while a draft) and the evidence."""

    scorecard = models.ForeignKey(Scorecard, on_delete=models.CASCADE, related_name="ratings")
    requirement = models.ForeignKey(
        "requisitions.RequisitionRequirement", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    key_item = models.CharField(_("competency"), max_length=40, choices=KeyItem.choices)
    label = models.CharField(_("what is assessed"), max_length=300)
    weight = models.DecimalField(_("weight"), max_digits=4, decimal_places=2)
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True)
    evidence = models.TextField(_("evidence"), blank=True)

    class Meta:
        verbose_name = _("rating")
        verbose_name_plural = _("ratings")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score__isnull=True) | models.Q(score__gte=1, score__lte=5), name="rating_score_range"
            ),
            models.CheckConstraint(condition=models.Q(weight__gt=0), name="rating_weight_positive"),
            models.UniqueConstraint(fields=["scorecard", "requirement"], name="rating_unique_requirement"),
        ]

    def __str__(self):
        return f"{self.label}: {self.score}"
