"""Work-sample simulations: a timed set of customer-service tasks a candidate takes through their
status link, scored automatically (judgement items, typing, repetitive checks) and by reviewers
against a rubric (free-text replies).

* ``Simulation`` and its ``Item`` rows: the content, bilingual. The library ships three (read-only;
  HR copies one to change it). A simulation that has been started by a candidate is frozen, so
  everyone on a requisition takes the same items.
* ``Assignment``: a simulation attached to a requisition's stage.
* ``Attempt``: one candidate's sitting (invited → started → submitted), with its server deadline,
  its item order, where it stopped and the automatic scores. A second attempt exists only when HR
  grants one.
* ``Answer``: what the candidate gave for one item, saved as they go.
* ``Review`` and ``ReviewScore``: one reviewer's rubric scores of the free-text replies.
"""

from django.conf import settings
from django.db import models
from django.utils.crypto import get_random_string
from django.utils.translation import gettext_lazy as _

from recruiting.models import TimeStampedModel
from requisitions.choices import Industry
from requisitions.models import pick_language


class Simulation(TimeStampedModel):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200)
    instructions_en = models.TextField(_("instructions (English)"))
    instructions_zh = models.TextField(_("instructions (Chinese)"))
    knowledge_base_en = models.TextField(_("knowledge base (English)"), blank=True)
    knowledge_base_zh = models.TextField(_("knowledge base (Chinese)"), blank=True)
    industry = models.CharField(_("industry"), max_length=20, choices=Industry.choices, default=Industry.GENERAL)
    minutes = models.PositiveSmallIntegerField(_("time limit (minutes)"))
    from_library = models.BooleanField(_("from the library"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("simulation")
        verbose_name_plural = _("simulations")
        ordering = ["-from_library", "title_en", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(minutes__gte=1, minutes__lte=180), name="simulation_minutes"),
        ]

    def __str__(self):
        return self.title

    @property
    def title(self):
        return pick_language(self.title_en, self.title_zh)

    @property
    def instructions(self):
        return pick_language(self.instructions_en, self.instructions_zh)

    @property
    def knowledge_base(self):
        return pick_language(self.knowledge_base_en, self.knowledge_base_zh)


class Item(models.Model):
    """One task of a simulation. ``data`` by kind: judgement ``{"options": [{"key", "en", "zh"}, ...],
    "best": key, "worst": key}``; typing ``{"seconds": n}`` (the passage is the prompt); repetitive
    ``{"rows": [{"left", "right"}, ...], "key": [true|false, ...]}`` (true: the two agree); message
    ``{"mood": ...}``. The practice item is untimed and never scored."""

    class Kind(models.TextChoices):
        MESSAGE = "message", _("Customer message")
        JUDGEMENT = "judgement", _("Situational judgement")
        TYPING = "typing", _("Typing")
        REPETITIVE = "repetitive", _("Repetitive accuracy")

    class Channel(models.TextChoices):
        CHAT = "chat", _("Chat")
        EMAIL = "email", _("Email")

    simulation = models.ForeignKey(Simulation, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField(_("position"))
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    practice = models.BooleanField(_("practice item"), default=False)
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200)
    prompt_en = models.TextField(_("text (English)"))
    prompt_zh = models.TextField(_("text (Chinese)"))
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("simulation item")
        verbose_name_plural = _("simulation items")
        ordering = ["simulation", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["simulation", "position"], name="simulation_item_position"),
        ]

    def __str__(self):
        return self.title

    @property
    def title(self):
        return pick_language(self.title_en, self.title_zh)

    @property
    def prompt(self):
        return pick_language(self.prompt_en, self.prompt_zh)

    def prompt_in(self, language: str) -> str:
        return self.prompt_zh if language.startswith("zh") else self.prompt_en

    def options(self) -> list[tuple[str, str]]:
        return [(o["key"], pick_language(o["en"], o["zh"])) for o in self.data.get("options", [])]


class Assignment(TimeStampedModel):
    """A simulation attached to one stage of one requisition: HR invites that stage's candidates."""

    requisition = models.ForeignKey(
        "requisitions.Requisition", on_delete=models.CASCADE, related_name="simulation_assignments"
    )
    simulation = models.ForeignKey(Simulation, on_delete=models.PROTECT, related_name="assignments")
    stage = models.CharField(_("stage"), max_length=20)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("simulation assignment")
        verbose_name_plural = _("simulation assignments")
        constraints = [
            models.UniqueConstraint(fields=["requisition", "stage"], name="simulation_assignment_stage"),
        ]

    def __str__(self):
        return f"{self.requisition} · {self.stage} · {self.simulation}"


def new_attempt_code() -> str:
    """The number reviewers know an attempt by: random, so it leads to no page and no name."""
    return get_random_string(8, allowed_chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


class Attempt(TimeStampedModel):
    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        STARTED = "started", _("In progress")
        SUBMITTED = "submitted", _("Submitted")
        CANCELLED = "cancelled", _("Cancelled")

    assignment = models.ForeignKey(Assignment, on_delete=models.PROTECT, related_name="attempts")
    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="simulation_attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt"), default=1)
    code = models.CharField(_("code"), max_length=8, unique=True, default=new_attempt_code, editable=False)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.INVITED)
    language = models.CharField(_("language"), max_length=10, default="en")
    extra_minutes = models.PositiveSmallIntegerField(_("extra time (minutes)"), default=0)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    practice_done = models.BooleanField(default=False)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    timed_out = models.BooleanField(_("time ran out"), default=False)
    order = models.JSONField(default=list, blank=True)  # the scored items' ids in this attempt's order
    position = models.PositiveSmallIntegerField(default=0)  # index into ``order``: where the candidate is
    judgement_points = models.PositiveSmallIntegerField(null=True, blank=True)
    judgement_max = models.PositiveSmallIntegerField(null=True, blank=True)
    typing_cpm = models.FloatField(_("typing speed (characters per minute)"), null=True, blank=True)
    typing_accuracy = models.FloatField(_("typing accuracy"), null=True, blank=True)
    repetitive_accuracy = models.FloatField(_("repetitive-task accuracy"), null=True, blank=True)
    pastes = models.PositiveSmallIntegerField(_("refused pastes"), default=0)

    class Meta:
        verbose_name = _("simulation attempt")
        verbose_name_plural = _("simulation attempts")
        ordering = ["application", "assignment", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["application", "assignment", "number"], name="attempt_number_unique"),
            models.UniqueConstraint(
                fields=["application", "assignment"],
                condition=models.Q(status__in=["invited", "started"]),
                name="attempt_one_open",
            ),
            models.CheckConstraint(condition=models.Q(extra_minutes__lte=240), name="attempt_extra_minutes"),
        ]

    def __str__(self):
        return f"{self.application} · {self.assignment.simulation} · #{self.number}"


class Answer(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(blank=True)
    choice = models.JSONField(default=dict, blank=True)  # judgement {"best", "worst"}; repetitive {"marks": [...]}
    opened_at = models.DateTimeField(null=True, blank=True)  # the typing task's clock starts here
    saved_at = models.DateTimeField(null=True, blank=True)
    pastes = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["attempt", "item"], name="answer_one_per_item")]

    def __str__(self):
        return f"{self.attempt_id} · {self.item_id}"


class Dimension(models.TextChoices):
    """The rubric of a free-text reply."""

    EMPATHY = "empathy", _("Empathy")
    ACCURACY = "accuracy", _("Accuracy")
    TONE = "tone", _("Tone")
    RESOLUTION = "resolution", _("Resolution")
    POLICY = "policy", _("Policy compliance")


class Review(TimeStampedModel):
    """One reviewer's rubric scoring of an attempt's replies; created when HR names the reviewer."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("To score")
        SUBMITTED = "submitted", _("Submitted")

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    comment = models.TextField(_("comment"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("work-sample review")
        verbose_name_plural = _("work-sample reviews")
        constraints = [models.UniqueConstraint(fields=["attempt", "reviewer"], name="review_one_per_reviewer")]
        indexes = [models.Index(fields=["reviewer", "status"], name="review_reviewer_status")]


class ReviewScore(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="+")
    dimension = models.CharField(max_length=12, choices=Dimension.choices)
    score = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "answer", "dimension"], name="review_score_unique"),
            models.CheckConstraint(
                condition=models.Q(score__isnull=True) | models.Q(score__gte=1, score__lte=5),
                name="review_score_range",
            ),
        ]

    def __str__(self):
        return f"{self.dimension}: {self.score}"
