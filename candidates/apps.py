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


def _offers_to_approve(request):
    from candidates.selectors import offers_waiting_for

    return {"offers": list(offers_waiting_for(request.user)[:20])}


class CandidatesConfig(AppConfig):
    name = "candidates"
    verbose_name = _("Candidates")

    def ready(self):
        from recruiting.home import register_home_section
        from recruiting.roles import Role
        from requisitions.extensions import register_list_extension

        register_home_section(
            key="offers-to-approve", roles=[Role.APPROVER], order=35,
            template="candidates/partials/_home_offers.html", context=_offers_to_approve,
        )  # fmt: skip
        register_list_extension(
            key="stage-counts",
            annotate=annotate_stage_counts,
            header_template="candidates/partials/_stage_counts_header.html",
            cell_template="candidates/partials/_stage_counts_cells.html",
        )
