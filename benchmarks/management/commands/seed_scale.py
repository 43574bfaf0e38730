"""``manage.py seed_scale --candidates 200000``: the benchmark's large data set (see benchmarks.scale)."""

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from benchmarks.scale import seed_scale


class Command(BaseCommand):
    help = "Add a realistic large data set (people, applications, interviews, offers) for benchmarking."

    def add_arguments(self, parser):
        parser.add_argument("--candidates", type=int, default=200_000, help="How many people (default 200,000).")
        parser.add_argument("--seed", type=int, default=2026, help="Random seed: the same seed gives the same data.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (for logs).")

    def handle(self, *args, candidates, seed, no_progress, **options):
        if settings.IS_PRODUCTION:
            raise CommandError("seed_scale fills the database with made-up people; it refuses production settings.")
        if not 1 <= candidates <= 5_000_000:
            raise CommandError("--candidates must be between 1 and 5,000,000.")
        call_command("seed_demo", stdout=self.stdout)
        bars = []

        def progress(description: str, total: int):
            for done in bars:
                done.close()
            bar = tqdm(total=total, desc=description, unit=" rows", disable=no_progress, file=self.stderr._out)
            bars.append(bar)
            return bar.update

        started = time.perf_counter()
        try:
            counts = seed_scale(candidates=candidates, seed=seed, progress=progress)
        finally:
            for bar in bars:
                bar.close()
        elapsed = time.perf_counter() - started
        rows = sum(counts.values())
        summary = ", ".join(f"{name} {count:,}" for name, count in counts.items())
        self.stdout.write(f"seed_scale: {rows:,} rows in {elapsed:.1f} s ({summary}).")
