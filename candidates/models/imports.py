"""Candidate imports: HR uploads a spreadsheet (CSV) of people for the talent pool; a worker reads it
in batches and keeps the counters up to date for the progress page."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from recruiting.models import Language, TimeStampedModel
from recruiting.storage import private_storage


class CandidateImport(TimeStampedModel):
    """One uploaded file and how far its import has gone. The counters move together, one batch at a
    time: ``processed_rows`` is what a rerun resumes after."""

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("candidate import", "Waiting to start")
        RUNNING = "running", pgettext_lazy("candidate import", "Importing")
        DONE = "done", pgettext_lazy("candidate import", "Done")
        FAILED = "failed", pgettext_lazy("candidate import", "Failed")

    FINISHED = (Status.DONE, Status.FAILED)
    MAX_ERRORS = 1000  # row errors kept (the count goes on)

    file = models.FileField(_("file"), storage=private_storage, upload_to="imports/%Y/%m/", max_length=200)
    original_name = models.CharField(_("original file name"), max_length=160)
    encoding = models.CharField(_("encoding"), max_length=20)
    # The language the row errors are written in: the uploader's at the time of the upload.
    language = models.CharField(_("language"), max_length=10, choices=Language.choices, default=Language.ZH_HANS)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("uploaded by"), null=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    total_rows = models.PositiveIntegerField(_("rows in the file"), default=0)
    processed_rows = models.PositiveIntegerField(_("rows processed"), default=0)
    created_count = models.PositiveIntegerField(_("people added"), default=0)
    skipped_count = models.PositiveIntegerField(_("rows skipped (e-mail already known)"), default=0)
    error_count = models.PositiveIntegerField(_("rows with errors"), default=0)
    # [{"row": 7, "message": "E-mail: ..."}], the first MAX_ERRORS; row numbers as the spreadsheet shows them.
    errors = models.JSONField(_("row errors"), default=list, blank=True)
    tag_name = models.CharField(_("tag"), max_length=50, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    failure_message = models.TextField(_("why it failed"), blank=True)

    class Meta:
        verbose_name = _("candidate import")
        verbose_name_plural = _("candidate imports")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(processed_rows__lte=F("total_rows")), name="candidate_import_processed_within_total"
            ),
            models.CheckConstraint(
                condition=Q(processed_rows=F("created_count") + F("skipped_count") + F("error_count")),
                name="candidate_import_counts_add_up",
            ),
        ]

    def __str__(self):
        return self.original_name

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINISHED

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return self.processed_rows * 100 // self.total_rows if self.total_rows else 0
