"""The pages the benchmark measures, each with its floor (``benchmarks.floor``) and the Django admin
changelist for the same model and filter, and the data each is measured on (picked from the database:
the requisition with the most applications, the person with the most applications, a name fragment
and a phone fragment of real rows)."""

import re
from dataclasses import dataclass, field
from urllib.parse import quote

from django.db.models import Count

from candidates.models import Application, Candidate


@dataclass
class Page:
    name: str
    url: str
    floor: str
    admin: str
    who: str  # "anonymous" or "hr"
    settings: dict = field(default_factory=dict)  # overridden while this page is measured


CJK = re.compile(r"^[\u4e00-\u9fff]{3}$")


def pick_targets() -> dict:
    """The data each page is measured on: the open posting with the most applications, and so on."""
    from requisitions.selectors import public_postings

    big = (
        Application.objects.filter(requisition__in=public_postings())
        .values("requisition_id", "requisition__slug")
        .annotate(n=Count("pk"))
        .order_by("-n", "requisition_id")
        .first()
    )
    person = (
        Candidate.objects.annotate(n=Count("applications"))
        .filter(anonymised_at__isnull=True)
        .order_by("-n", "pk")
        .values("pk", "n")
        .first()
    )
    names = Candidate.objects.filter(anonymised_at__isnull=True).order_by("pk").values_list("full_name", flat=True)
    name = next((n for n in names[:2000] if CJK.match(n)), None) or names.first()
    fragment = name[1:] if CJK.match(name) else name.split()[0]
    phone = Candidate.objects.exclude(phone="").order_by("-pk").values_list("phone", flat=True).first()
    return {
        "requisition": big["requisition_id"],
        "requisition_applications": big["n"],
        "slug": big["requisition__slug"],
        "candidate": person["pk"],
        "candidate_applications": person["n"],
        "name_fragment": fragment,
        "name_matches": Candidate.objects.filter(full_name__icontains=fragment).count(),
        "phone_fragment": phone[-8:-1],
        "phone_matches": Candidate.objects.filter(phone__contains=phone[-8:-1]).count(),
    }


def main_pages(t: dict) -> list[Page]:
    zh, digits = quote(t["name_fragment"]), t["phone_fragment"]
    req = t["requisition"]
    return [
        Page("Careers list", "/careers/", "/bench-floor/careers/",
             "/admin/requisitions/requisition/?status__exact=open", "anonymous"),
        Page("Job page", f"/careers/{t['slug']}/", f"/bench-floor/job/{t['slug']}/",
             f"/admin/requisitions/requisition/?id__exact={req}", "anonymous"),
        Page("Requisition list", "/requisitions/", "/bench-floor/requisitions/", "/admin/requisitions/requisition/",
             "hr"),
        Page(f"Board ({t['requisition_applications']:,} applications)", f"/candidates/board/{req}/",
             f"/bench-floor/board/{req}/", f"/admin/candidates/application/?requisition__id__exact={req}", "hr"),
        Page(f"Search: Chinese name fragment “{t['name_fragment']}” ({t['name_matches']:,} people)",
             f"/candidates/?q={zh}", f"/bench-floor/search/?q={zh}", f"/admin/candidates/candidate/?q={zh}", "hr"),
        Page(f"Search: phone fragment {digits} ({t['phone_matches']:,} people)", f"/candidates/?q={digits}",
             f"/bench-floor/search/?q={digits}", f"/admin/candidates/candidate/?q={digits}", "hr"),
        Page(f"Candidate page ({t['candidate_applications']} applications)", f"/candidates/{t['candidate']}/",
             f"/bench-floor/candidate/{t['candidate']}/",
             f"/admin/candidates/application/?candidate__id__exact={t['candidate']}", "hr"),
        Page("Review page (the big requisition)", f"/interviews/review/{req}/", f"/bench-floor/review/{req}/",
             f"/admin/interviews/scorecard/?interview__application__requisition__id__exact={req}", "hr"),
        Page("Dashboard (figures cached, as on every view after the first for 10 minutes)", "/reports/",
             "/bench-floor/dashboard/", "/admin/candidates/application/", "hr"),
        Page("Dashboard, cold (cache off: every figure computed)", "/reports/", "/bench-floor/dashboard/",
             "/admin/candidates/application/", "hr", settings={"REPORTS_CACHE_SECONDS": 0}),
    ]  # fmt: skip
