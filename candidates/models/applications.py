"""People who apply, their applications, resumes and screening answers."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
from django.utils.translation import gettext_lazy as _

from recruiting.models import Language, TimeStampedModel
from recruiting.storage import PrivateStorage, private_storage  # noqa: F401  (migrations name it here)
from requisitions.choices import EducationLevel
from requisitions.eligibility import Outcome


class Tag(models.Model):
    """A label HR puts on people (skills, languages, "night shifts", "talent pool: finance" ...)."""

    name = models.CharField(_("name"), max_length=50, unique=True)

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Candidate(TimeStampedModel):
    """One person, however many postings they apply to (matched by e-mail; a phone match only marks a
    likely duplicate)."""

    full_name = models.CharField(_("full name"), max_length=120)
    email = models.EmailField(_("e-mail"), max_length=254, help_text=_("Stored lower-cased."))
    phone = models.CharField(_("phone"), max_length=20, blank=True, help_text=_("E.164, e.g. +8613812345678."))
    current_city = models.CharField(_("current city"), max_length=80, blank=True)
    education = models.CharField(_("education"), max_length=30, choices=EducationLevel.choices)
    major = models.CharField(_("major"), max_length=120, blank=True)
    school = models.CharField(_("school"), max_length=160, blank=True)
    graduation_year = models.PositiveSmallIntegerField(_("graduation year"), null=True, blank=True)
    years_experience = models.DecimalField(_("years of work experience"), max_digits=4, decimal_places=1, default=0)
    years_customer_service = models.DecimalField(
        _("years in customer service"), max_digits=4, decimal_places=1, default=0
    )
    cs_practice_hours = models.PositiveIntegerField(_("customer-service practice hours"), default=0)
    # {"zh": "native", "en": "conversational"}: language code -> LanguageLevel
    languages = models.JSONField(_("languages"), default=dict, blank=True)
    language = models.CharField(
        _("preferred language"), max_length=10, choices=Language.choices, default=Language.ZH_HANS
    )
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="candidates")
    in_talent_pool = models.BooleanField(_("kept in the talent pool"), default=False, db_index=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["email"], condition=Q(anonymised_at__isnull=True), name="candidate_email_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["phone"], name="candidate_phone"),
            # likely duplicates: the same name and school, any case
            models.Index(Upper("full_name"), Upper("school"), name="candidate_name_school"),
        ]

    def __str__(self):
        return self.full_name


class Stage(models.TextChoices):
    RESUME_SCREEN = "resume_screen", _("Resume screen")
    FIRST_INTERVIEW = "first_interview", _("First interview")
    SECOND_INTERVIEW = "second_interview", _("Second interview")
    OFFER = "offer", _("Offer")
    PROBATION = "probation", _("Probation")
    HIRED = "hired", _("Hired")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


ACTIVE_STAGES = [
    Stage.RESUME_SCREEN,
    Stage.FIRST_INTERVIEW,
    Stage.SECOND_INTERVIEW,
    Stage.OFFER,
    Stage.PROBATION,
]


class Source(models.TextChoices):
    CAREERS_PAGE = "careers_page", _("Careers page")
    REFERRAL = "referral", _("Referral")
    JOB_BOARD = "job_board", _("Job board")
    CAMPUS = "campus", _("Campus recruiting")
    AGENCY = "agency", _("Agency")
    WALK_IN = "walk_in", _("Walk-in")
    INTERNAL = "internal", _("Internal (current employee)")


class Application(TimeStampedModel):
    """One person's application to one posting."""

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="applications")
    requisition = models.ForeignKey("requisitions.Requisition", on_delete=models.PROTECT, related_name="applications")
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.RESUME_SCREEN)
    stage_changed_at = models.DateTimeField(_("in this stage since"), auto_now_add=True)
    source = models.CharField(_("source"), max_length=20, choices=Source.choices, default=Source.CAREERS_PAGE)
    referrer_name = models.CharField(_("referred by"), max_length=120, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=Language.choices, default=Language.ZH_HANS)
    consent_at = models.DateTimeField(_("consent given at"))
    consent_version = models.CharField(_("privacy notice version"), max_length=20)
    # Screening: the facts and paths as they were at submission, so the reasons can be shown later in
    # any language by evaluating them again (pure and cheap), and the outcome for filtering.
    facts = models.JSONField(_("facts at submission"), default=dict)
    paths = models.JSONField(_("eligibility paths at submission"), default=list)
    screening_outcome = models.CharField(_("screening"), max_length=20, choices=Outcome.choices, db_index=True)
    knocked_out = models.BooleanField(_("knocked out by an answer"), default=False)
    rejection_reason = models.CharField(_("rejection reason"), max_length=200, blank=True)
    # Raising the version invalidates every status link sent so far (HR revokes a link).
    status_link_version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["candidate", "requisition"],
                condition=Q(stage__in=[s.value for s in ACTIVE_STAGES]),
                name="one_active_application_per_person_and_posting",
                violation_error_message=_("You already have an active application for this position."),
            ),
        ]
        indexes = [
            models.Index(fields=["requisition", "-created_at"], name="application_requisition_new"),
            # a requisition's applications by stage, and the board's columns longest in stage first
            models.Index(fields=["requisition", "stage", "stage_changed_at", "id"], name="application_board_column"),
        ]

    def __str__(self):
        return f"{self.candidate} → {self.requisition}"

    @property
    def is_active(self) -> bool:
        return self.stage in ACTIVE_STAGES


class Resume(TimeStampedModel):
    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="resume")
    file = models.FileField(_("file"), storage=private_storage, upload_to="resumes/%Y/%m/", max_length=200)
    original_name = models.CharField(_("original file name"), max_length=160)
    kind = models.CharField(_("kind"), max_length=10)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    text = models.TextField(_("extracted text"), blank=True)
    extracted_at = models.DateTimeField(_("text extracted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("resume")
        verbose_name_plural = _("resumes")

    def __str__(self):
        return self.original_name


class ScreeningAnswer(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(
        "requisitions.ScreeningQuestion", null=True, on_delete=models.SET_NULL, related_name="answers"
    )
    question_text = models.TextField(_("question"))
    answer = models.TextField(_("answer"), blank=True)
    knocked_out = models.BooleanField(_("knock-out answer"), default=False)

    class Meta:
        verbose_name = _("screening answer")
        verbose_name_plural = _("screening answers")
        ordering = ["application", "id"]

    def __str__(self):
        return self.question_text[:60]


class StageEvent(models.Model):
    """One move of an application between stages: the pipeline's history and time in stage."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    from_stage = models.CharField(_("from"), max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=20, choices=Stage.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    note = models.TextField(_("note"), blank=True)
    reason = models.ForeignKey(
        "candidates.RejectionReason", verbose_name=_("rejection reason"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )  # fmt: skip
    created_at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        ordering = ["application", "created_at", "id"]
        indexes = [
            models.Index(fields=["to_stage", "created_at"], name="stage_event_to_time"),
            # an application's history in order (time in stage, the timeline) without a sort
            models.Index(fields=["application", "created_at"], name="stage_event_application_time"),
        ]

    def __str__(self):
        return f"{self.application_id}: {self.from_stage or '∅'} → {self.to_stage}"


class RejectionReason(models.Model):
    """An entry of the editable list of rejection reasons, with the feedback the candidate receives."""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    label_en = models.CharField(_("label (English)"), max_length=120)
    label_zh = models.CharField(_("label (Chinese)"), max_length=120)
    feedback_en = models.TextField(_("feedback to the candidate (English)"))
    feedback_zh = models.TextField(_("feedback to the candidate (Chinese)"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("rejection reason")
        verbose_name_plural = _("rejection reasons")
        ordering = ["order", "code"]

    def __str__(self):
        from requisitions.models import pick_language

        return pick_language(self.label_en, self.label_zh)


class CandidateMessage(models.Model):
    """The e-mail a candidate receives when their application enters a stage (editable by HR)."""

    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, unique=True)
    subject_en = models.CharField(_("subject (English)"), max_length=200)
    subject_zh = models.CharField(_("subject (Chinese)"), max_length=200)
    body_en = models.TextField(_("message (English)"))
    body_zh = models.TextField(_("message (Chinese)"))
    is_active = models.BooleanField(_("send it"), default=True)

    class Meta:
        verbose_name = _("candidate message")
        verbose_name_plural = _("candidate messages")
        ordering = ["stage"]

    def __str__(self):
        return self.get_stage_display()


class Note(models.Model):
    """A staff note on a person; ``@username`` mentions notify colleagues."""

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("note"))
    mentions = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    created_at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.body[:60]
