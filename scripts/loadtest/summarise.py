"""Read locust's CSV and count the database: throughput, p95, errors; lost and duplicate applications."""

import csv
import json
import os
import sys
from pathlib import Path

import django

out, duration = Path(sys.argv[1]), sys.argv[2]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings.local")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
django.setup()

from django.db.models import Count  # noqa: E402

from candidates.models import Application, Candidate  # noqa: E402

rows = list(csv.DictReader((out / "run_stats.csv").open(encoding="utf-8")))
exceptions = sum(int(row["Count"]) for row in csv.DictReader((out / "run_exceptions.csv").open(encoding="utf-8")))
confirmed = [line.strip() for line in (out / "confirmed.txt").open(encoding="utf-8") if line.strip()]
stored = set(Candidate.objects.filter(email__startswith="load-").values_list("email", flat=True))
duplicates = (
    Application.objects.filter(candidate__email__startswith="load-")
    .values("candidate__email")
    .annotate(n=Count("pk"))
    .filter(n__gt=1)
    .count()
)
summary = {
    "duration": duration,
    "requests": {
        row["Name"]: {
            "count": int(row["Request Count"]),
            "failures": int(row["Failure Count"]),
            "rps": round(float(row["Requests/s"]), 1),
            "median_ms": float(row["Median Response Time"]),
            "p95_ms": float(row["95%"]),
        }
        for row in rows
    },
    "applications_confirmed": len(confirmed),
    "applications_stored": len(stored),
    "lost": len(set(confirmed) - stored),
    "stored_without_confirmation": len(stored - set(confirmed)),
    "duplicates": duplicates,
    "exceptions_in_the_load_script": exceptions,
}
(out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
lines = [f"Load test, {duration}: 200 candidates applying, 20 HR users browsing (gunicorn -w 3, PostgreSQL, Redis)", "",
         "| request | count | failures | req/s | median ms | p95 ms |", "|---|---:|---:|---:|---:|---:|"]  # fmt: skip
for name, r in summary["requests"].items():
    lines.append(f"| {name} | {r['count']} | {r['failures']} | {r['rps']} | {r['median_ms']:.0f} | {r['p95_ms']:.0f} |")
unconfirmed = summary["stored_without_confirmation"]
lines += [
    "",
    f"Applications confirmed {len(confirmed)}, stored {len(stored)}, lost {summary['lost']}, duplicates "
    f"{duplicates}; stored without a confirmation {unconfirmed} (in flight when the run stopped). "
    f"Exceptions in the load script: {exceptions}.",
]
(out / "summary.md").write_text("\n".join(lines) + "\n")
print("\n".join(lines))
sys.exit(1 if summary["lost"] or duplicates or exceptions else 0)
