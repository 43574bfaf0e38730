import csv
import datetime

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from candidates.models import Source
from recruiting.query import parse_id
from recruiting.roles import Role, role_required
from reports import selectors
from requisitions.choices import Level


def _date(value):
    try:
        return datetime.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _filters(request) -> selectors.Filters:
    get = request.GET
    return selectors.Filters(
        start=_date(get.get("start")),
        end=_date(get.get("end")),
        department=parse_id(get.get("department")),
        requisition=parse_id(get.get("requisition")),
        level=get.get("level") if get.get("level") in Level.values else None,
        source=get.get("source") if get.get("source") in Source.values else None,
    )


def _percent(value):
    return None if value is None else round(value * 100, 1)


# Each table of the page as CSV: a header row and a row per line of the table.
EXPORTS = {
    "funnel": (lambda d: [[_("Stage"), _("Reached"), _("Conversion from the stage before (%)")]]
               + [[r["label"], r["reached"], _percent(r["conversion"])] for r in d["funnel"]]),
    "sources": (lambda d: [[_("Source"), _("Applications"), _("Interviews"), _("Offers"), _("Hires"),
                            _("Probation passes")]]
                + [[r["label"], r["applications"], r["interviews"], r["offers"], r["hires"], r["passes"]]
                   for r in d["sources"]]),
    "rejections": (lambda d: [[_("Stage"), _("Reason"), _("Rejections")]]
                   + [[r["stage_label"], r["reason_label"], r["count"]] for r in d["rejections"]]),
    "ages": (lambda d: [[_("Days open"), _("Open requisitions")]] + [[r["label"], r["count"]] for r in d["ages"]]),
    "stage_times": (lambda d: [[_("Stage"), _("Completed stays"), _("Median"), _("90th percentile")]]
                    + [[r["label"], r["stays"], r["median_days"], r["p90_days"]] for r in d["stage_times"]]),
    "fill": (lambda d: [[_("Level"), _("Filled"), _("Median"), _("Mean"), _("Target")]]
             + [[r["label"], r["filled"], r["median_days"], r["mean_days"], r["target_days"]] for r in d["fill"]]),
    "calibration": (lambda d: [[_("Interviewer"), _("Scorecards"), _("Mean score"), _("Panel mean"), _("Difference"),
                                _("Strong yes"), _("Strong no")]]
                    + [[r["interviewer"], r["cards"], r["mean"], r["panel_mean"], r["difference"],
                        _percent(r["strong_yes_share"]), _percent(r["strong_no_share"])] for r in d["calibration"]]),
    "quality": (lambda d: [[_("Competency"), _("Passed (n)"), _("Failed (n)"), _("Mean if passed"), _("Mean if failed"),
                            _("Difference")]]
                + [[r["label"], r["passes"], r["failures"], r["pass_mean"], r["fail_mean"], r["difference"]]
                   for r in d["quality"]]),
}  # fmt: skip


@role_required(Role.HR, Role.HIRING_MANAGER)
def dashboard(request):
    filters = _filters(request)
    if request.GET.get("refresh"):  # recompute the figures, then show the page without the parameter
        selectors.dashboard_figures(request.user, filters, refresh=True)
        query = request.GET.copy()
        del query["refresh"]
        return redirect(f"{request.path}?{query.urlencode()}" if query else request.path)
    data, computed_at = selectors.dashboard_figures(request.user, filters)
    export = request.GET.get("export")
    if export in EXPORTS:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{export}.csv"'
        response.write("\ufeff")  # Excel reads the UTF-8 (Chinese) correctly with a BOM
        writer = csv.writer(response)
        for row in EXPORTS[export](data):
            writer.writerow(["'" + c if isinstance(c, str) and c[:1] in "=+-@" else c for c in row])
        return response
    charts = {
        "funnel": {"labels": [r["label"] for r in data["funnel"]], "values": [r["reached"] for r in data["funnel"]]},
        "sources": {
            "labels": [r["label"] for r in data["sources"]],
            "series": {
                str(_("Applications")): [r["applications"] for r in data["sources"]],
                str(_("Interviews")): [r["interviews"] for r in data["sources"]],
                str(_("Offers")): [r["offers"] for r in data["sources"]],
                str(_("Hires")): [r["hires"] for r in data["sources"]],
            },
        },
        "ages": {"labels": [r["label"] for r in data["ages"]], "values": [r["count"] for r in data["ages"]]},
        "stage_times": {
            "labels": [r["label"] for r in data["stage_times"]],
            "series": {
                str(_("Median")): [r["median_days"] for r in data["stage_times"]],
                str(_("90th percentile")): [r["p90_days"] for r in data["stage_times"]],
            },
        },
    }
    return render(
        request,
        "reports/dashboard.html",
        {
            **data,
            "charts": charts,
            "filters": filters,
            **selectors.filter_choices(request.user),
            "levels": Level.choices,
            "sources_choices": Source.choices,
            "query": request.GET.urlencode(),
            "computed_at": computed_at,
            "offer_acceptance": _percent(data["rates"]["offer_acceptance"]),
            "probation_pass_rate": _percent(data["rates"]["probation_pass_rate"]),
            "min_cases": selectors.MIN_CASES,
        },
    )
