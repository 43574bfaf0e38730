from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# The pipeline stages counted on the requisition list, in order.
COUNTED_STAGES = ("resume_screen", "first_interview", "second_interview", "offer", "probation", "hired")


def annotate_stage_counts(queryset):
    """Applications per stage for each requisition, one correlated COUNT per stage in the same query
    (the database counts; the page's query count does not grow with the rows)."""
    from django.db.models import Count, IntegerField, OuterRef, Subquery
    from django.db.models.functions import Coalesce

    from candidates.models import Application

    def count(stage):
        counted = (
            Application.objects.filter(requisition=OuterRef("pk"), stage=stage)
            .order_by()
            .values("requisition")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return Coalesce(Subquery(counted, output_field=IntegerField()), 0)

    return queryset.annotate(**{f"applications_{stage}": count(stage) for stage in COUNTED_STAGES})


class CandidatesConfig(AppConfig):
    name = "candidates"
    verbose_name = _("Candidates")

    def ready(self):
        from requisitions.extensions import register_list_extension

        register_list_extension(
            key="stage-counts",
            annotate=annotate_stage_counts,
            header_template="candidates/partials/_stage_counts_header.html",
            cell_template="candidates/partials/_stage_counts_cells.html",
        )
