"""The benchmark's markdown: one table of pages (time, queries, ratios to the floor and the admin), the
throughputs, and each target marked met or not. ``replace_section`` puts it into a document between
``<!-- bench:start -->`` and ``<!-- bench:end -->``."""

from pathlib import Path

START, END = "<!-- bench:start -->", "<!-- bench:end -->"

FLOOR_RATIO = 2.0
SEARCH_P95_MS = 100
APPLY_PER_SECOND = 100
LETTER_SECONDS = 0.5
IMPORT_ROWS_PER_SECOND = 5000
SEED_SECONDS = 300


def _mark(ok: bool) -> str:
    return "yes" if ok else "**no**"


def page_verdicts(row: dict) -> dict:
    page, floor, admin = row["page_timing"], row["floor_timing"], row["admin_timing"]
    verdict = {
        "floor_ratio": round(page["p95_ms"] / floor["p95_ms"], 2),
        "admin_ratio": round(page["p95_ms"] / admin["p95_ms"], 2),
    }
    verdict["meets"] = verdict["floor_ratio"] <= FLOOR_RATIO and verdict["admin_ratio"] < 1
    if row["page"].startswith("Search"):
        verdict["meets"] = verdict["meets"] and page["p95_ms"] <= SEARCH_P95_MS
    return verdict


def markdown(results: dict) -> str:
    machine = results["machine"]
    lines = [
        f"Measured {results['started']} on {machine['cores']} × {machine['cpu']}, Python {machine['python']}, "
        f"{machine['database']}.",
        "",
    ]
    if "pages" in results:
        pages = results["pages"]
        lines += [
            f"Server time in ms over {pages['repeat']} requests after 3 warm-up requests (fewer for a page slower than "
            "0.5 s, at least 5; the samples column), through Django's full handler in process, no network; queries "
            "counted on one more request. Ratios compare p95 with p95.",
            "",
            "| Page | samples | median | p95 | queries | floor p95 (queries) | admin p95 (queries) | × floor | × admin "
            "| met |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|:--:|",
        ]
        for row in pages["rows"]:
            page, floor, admin = row["page_timing"], row["floor_timing"], row["admin_timing"]
            verdict = page_verdicts(row)
            lines.append(
                f"| {row['page']} | {page['samples']} | {page['median_ms']:.1f} | {page['p95_ms']:.1f} | "
                f"{page['queries']} | "
                f"{floor['p95_ms']:.1f} ({floor['queries']}) | {admin['p95_ms']:.1f} ({admin['queries']}) | "
                f"{verdict['floor_ratio']:.2f} | {verdict['admin_ratio']:.2f} | {_mark(verdict['meets'])} |"
            )
        lines.append("")
    lines += ["| Throughput and batch work | measured | target | met |", "|---|---:|---:|:--:|"]
    if "seed" in results:
        seed = results["seed"]
        rows = seed["summary"].removeprefix("seed_scale: ")
        lines.append(
            f"| `seed_scale` on a fresh database, start-up and demo data included ({rows}) "
            f"| {seed['seconds']} s | ≤ {SEED_SECONDS} s | {_mark(seed['seconds'] <= SEED_SECONDS)} |"
        )
    if "apply" in results:
        apply = results["apply"]
        lines.append(
            f"| Apply: careers form posts accepted per second ({apply['workers']} processes, "
            f"{apply['accepted']}/{apply['posted']} accepted in {apply['wall_s']} s) | {apply['per_second']}/s | "
            f"≥ {APPLY_PER_SECOND}/s | {_mark(apply['per_second'] >= APPLY_PER_SECOND)} |"
        )
    if "letter" in results:
        letter = results["letter"]
        lines.append(
            f"| Offer letter PDF (Chinese), p95 of {letter['runs']} renders (median {letter['median_s']} s; first "
            f"render in the process {letter['cold_s']} s) | {letter['p95_s']} s | ≤ {LETTER_SECONDS} s | "
            f"{_mark(letter['p95_s'] <= LETTER_SECONDS)} |"
        )
    if "import" in results:
        imported = results["import"]
        lines.append(
            f"| Candidate import from CSV: {imported['rows']:,} rows in {imported['seconds']} s "
            f"({imported['created']:,} created) | {imported['rows_per_second']:,}/s | ≥ {IMPORT_ROWS_PER_SECOND:,}/s | "
            f"{_mark(imported['rows_per_second'] >= IMPORT_ROWS_PER_SECOND)} |"
        )
    return "\n".join(lines) + "\n"


def replace_section(path: Path, table: str) -> None:
    text = path.read_text()
    if START not in text or END not in text:
        text = text.rstrip() + f"\n\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    _old, after = rest.split(END, 1)
    path.write_text(f"{before}{START}\n{table}{END}{after}")
