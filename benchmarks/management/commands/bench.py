"""``manage.py bench``: measure the main pages against their floor and the admin changelist, apply
throughput, the offer letter's render time and the candidate import rate, on the data in the database
(``seed_scale`` first; ``make bench`` does both on a fresh PostgreSQL database). Writes JSON and a
markdown table, and puts the table into docs/performance.md."""

import json
import platform
import re
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import override_settings
from django.urls import clear_url_caches
from django.utils import timezone

from benchmarks import report
from benchmarks.apply import apply_throughput
from benchmarks.measure import time_calls, time_get
from benchmarks.pages import main_pages, pick_targets


class Command(BaseCommand):
    help = "Benchmark the main pages, apply throughput, offer letters and the candidate import."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=40, help="Timed requests per page (default 40).")
        parser.add_argument("--out", default="docs/bench", help="Folder for bench.json and bench.md.")
        parser.add_argument("--doc", default="docs/performance.md", help="Markdown file whose table is replaced.")
        parser.add_argument("--apply-workers", type=int, default=4)
        parser.add_argument("--apply-each", type=int, default=100, help="Applications posted by each worker.")
        parser.add_argument("--import-rows", type=int, default=100_000)
        parser.add_argument("--only", default="", help="Comma-separated parts: pages,apply,letter,import.")
        parser.add_argument("--seed-log", default="", help="seed_scale's output, to report its time and rows.")
        parser.add_argument("--seed-seconds", type=int, default=0, help="Wall time of seed_scale (make bench).")

    def handle(self, *args, repeat, out, doc, apply_workers, apply_each, import_rows, only, seed_log, seed_seconds,
               **options):  # fmt: skip
        if settings.IS_PRODUCTION:
            raise CommandError("bench writes test applications and imports; it refuses production settings.")
        parts = set(filter(None, only.split(","))) or {"pages", "apply", "letter", "import"}
        results = {"machine": _machine(), "started": timezone.now().strftime("%Y-%m-%d %H:%M UTC")}
        if seed_log and Path(seed_log).exists():
            summary = [line for line in Path(seed_log).read_text().splitlines() if line.startswith("seed_scale:")]
            results["seed"] = {"seconds": seed_seconds, "summary": summary[-1] if summary else ""}
        with override_settings(ROOT_URLCONF="benchmarks.urls", DEBUG=False, ALLOWED_HOSTS=["testserver"]):
            clear_url_caches()
            if "pages" in parts:
                results["pages"] = self.pages(repeat)
            if "letter" in parts:
                results["letter"] = self.letter()
            if "import" in parts:
                results["import"] = self.import_rate(import_rows)
            if "apply" in parts:
                results["apply"] = self.apply(apply_workers, apply_each)
        clear_url_caches()
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "bench.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
        table = report.markdown(results)
        (folder / "bench.md").write_text(table)
        if doc and Path(doc).exists():
            report.replace_section(Path(doc), table)
        self.stdout.write(table)

    def pages(self, repeat: int) -> list[dict]:
        users = get_user_model().objects
        targets = pick_targets()
        clients = {"anonymous": Client(), "hr": Client(), "admin": Client()}
        clients["hr"].force_login(users.get(username="hr"))
        clients["admin"].force_login(users.get(username="admin"))
        rows = []
        for page in main_pages(targets):
            self.stderr.write(f"  {page.name} …")
            row = {"page": page.name}
            with override_settings(**page.settings):
                row["page_timing"] = time_get(clients[page.who], page.url, repeat=repeat).as_dict()
            row["floor_timing"] = time_get(clients[page.who], page.floor, repeat=repeat).as_dict()
            row["admin_timing"] = time_get(clients["admin"], page.admin, repeat=repeat).as_dict()
            for timing in ("page_timing", "floor_timing", "admin_timing"):
                if row[timing]["status"] != 200:
                    raise CommandError(f"{page.name}: {row[timing]['url']} answered {row[timing]['status']}")
            rows.append(row)
        return {"targets": targets, "repeat": repeat, "rows": rows}

    def letter(self) -> dict:
        from candidates.models import Offer
        from candidates.services.letters import letter_html, render_pdf

        offer = Offer.objects.filter(language="zh-hans").select_related("application__candidate").first()
        if offer is None:
            raise CommandError("No offer to render: run seed_scale first.")
        pdf = render_pdf(letter_html(offer))
        timing = time_calls(lambda: render_pdf(letter_html(offer)), repeat=10)
        return timing | {"offer": offer.pk, "bytes": len(pdf)}

    def import_rate(self, rows: int) -> dict:
        from benchmarks.imports import import_rate

        self.stderr.write(f"  import of {rows:,} rows …")
        return import_rate(rows=rows)

    def apply(self, workers: int, each: int) -> dict:
        from requisitions.models import Requisition

        slugs = list(Requisition.objects.published().order_by("pk").values_list("slug", flat=True)[:20])
        self.stderr.write(f"  apply: {workers} processes × {each} …")
        connection.close()  # the workers open their own
        started = time.perf_counter()
        result = apply_throughput(slugs=slugs, workers=workers, per_worker=each)
        result["total_s"] = round(time.perf_counter() - started, 1)
        return result


def _machine() -> dict:
    cpus = (
        re.findall(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        if Path("/proc/cpuinfo").exists()
        else []
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()" if connection.vendor == "postgresql" else "SELECT sqlite_version()")
        database = cursor.fetchone()[0]
    return {
        "cpu": cpus[0] if cpus else platform.processor(),
        "cores": len(cpus),
        "python": platform.python_version(),
        "database": database.split(" on ")[0],
    }
