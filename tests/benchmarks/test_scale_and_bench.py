"""seed_scale makes a consistent data set through the product's rules, and bench measures it end to
end (a small size here; `make bench` runs 200,000 people)."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count

from benchmarks.scale import seed_scale
from candidates.models import ACTIVE_STAGES, Application, Candidate, Offer, Probation, StageEvent
from candidates.services.applications import facts_for_screening
from interviews.models import Interview, Rating, Scorecard
from requisitions import eligibility
from requisitions.models import Requisition


@pytest.fixture
def private_media(settings, tmp_path, monkeypatch):
    """Resumes and letters go to this test's folder (also in the apply workers, through the environment)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setenv("MEDIA_ROOT", str(tmp_path / "media"))


@pytest.fixture
def seeded(db):
    call_command("seed_demo", verbosity=0)
    return seed_scale(candidates=400)


def test_seed_scale_writes_a_consistent_data_set(seeded):
    assert seeded["candidates"] == Candidate.objects.count() - 4  # the demo's four applicants
    assert seeded["requisitions"] == 6
    applications = Application.objects.exclude(candidate__email__startswith="demo.")
    assert applications.count() == seeded["applications"]
    assert 1.15 < seeded["applications"] / seeded["candidates"] < 1.35
    # one requisition far bigger than the others
    sizes = list(applications.values("requisition").annotate(n=Count("pk")).order_by("-n").values_list("n", flat=True))
    assert sizes[0] >= 5
    # no person has two active applications on one requisition (the database constraint held)
    assert not applications.filter(stage__in=ACTIVE_STAGES).values("candidate", "requisition").annotate(
        n=Count("pk")).filter(n__gt=1).exists()  # fmt: skip
    # screened by the product's own rules
    for application in applications[:50]:
        expected = eligibility.evaluate(application.paths, facts_for_screening(application.facts)).outcome
        assert application.screening_outcome == expected
    # each application's history starts at the resume screen and ends where it stands
    for application in applications.prefetch_related("events")[:50]:
        events = sorted(application.events.all(), key=lambda e: (e.created_at, e.pk))
        assert (events[0].from_stage, events[0].to_stage) == ("", "resume_screen")
        assert events[-1].to_stage == application.stage
        assert application.stage_changed_at == events[-1].created_at
    # interviews only where the first interview was reached; submitted cards carry their ratings
    interviewed = Interview.objects.values_list("application", flat=True)
    reached = StageEvent.objects.filter(to_stage="first_interview").values_list("application", flat=True)
    assert set(interviewed) <= set(reached)
    assert Scorecard.objects.filter(status="submitted").exists()
    assert not Scorecard.objects.filter(status="submitted", ratings__isnull=True).exists()
    assert Rating.objects.filter(score__isnull=True).count() == 0
    # offers only after the offer stage; probations only on accepted offers
    assert set(Offer.objects.values_list("application", flat=True)) <= set(
        StageEvent.objects.filter(to_stage="offer").values_list("application", flat=True)
    )
    assert not Probation.objects.exclude(offer__status="accepted").exists()
    # ids handed out afterwards follow the loaded rows
    person = Candidate.objects.create(full_name="After", email="after@example.com", education="bachelor")
    assert person.pk > max(Candidate.objects.exclude(pk=person.pk).values_list("pk", flat=True))


def test_seed_scale_adds_more_on_a_second_run(seeded):
    before = Candidate.objects.count()
    again = seed_scale(candidates=50, seed=9)
    assert Candidate.objects.count() == before + again["candidates"]


def test_seed_scale_command_checks_its_input(db, settings):
    with pytest.raises(CommandError, match="between 1 and"):
        call_command("seed_scale", candidates=0, no_progress=True)
    settings.IS_PRODUCTION = True
    with pytest.raises(CommandError, match="production"):
        call_command("seed_scale", candidates=10, no_progress=True)
    with pytest.raises(CommandError, match="production"):
        call_command("bench")


def test_bench_measures_every_page_and_writes_the_table(seeded, tmp_path, private_media):
    doc = tmp_path / "performance.md"
    doc.write_text("# Performance\n\n<!-- bench:start -->\nold table\n<!-- bench:end -->\n\nAfter.\n")
    out = io.StringIO()
    call_command("bench", only="pages,letter,import", repeat=2, import_rows=60, out=str(tmp_path), doc=str(doc),
                 stdout=out, stderr=io.StringIO())  # fmt: skip
    results = json.loads((tmp_path / "bench.json").read_text())
    rows = results["pages"]["rows"]
    assert len(rows) == 10
    for row in rows:
        for timing in ("page_timing", "floor_timing", "admin_timing"):
            assert row[timing]["status"] == 200
            assert row[timing]["p95_ms"] >= row[timing]["median_ms"] > 0
            assert row[timing]["queries"] >= 1
    assert results["letter"]["bytes"] > 1000
    assert (results["import"]["rows"], results["import"]["status"]) == (60, "done")
    assert results["import"]["created"] + results["import"]["skipped"] + results["import"]["errors"] == 60
    text = doc.read_text()
    assert "old table" not in text
    assert "| Careers list |" in text
    assert text.endswith("After.\n")
    assert (tmp_path / "bench.md").read_text() in text


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the apply workers are separate processes")
@pytest.mark.django_db(transaction=True)
def test_apply_throughput_posts_from_several_processes(private_media):
    from benchmarks.apply import apply_throughput

    call_command("seed_demo", verbosity=0)
    slugs = list(Requisition.objects.published().values_list("slug", flat=True)[:2])
    before = Application.objects.count()
    result = apply_throughput(slugs=slugs, workers=2, per_worker=3)
    assert result["accepted"] == result["posted"] == 6
    assert Application.objects.count() == before + 6
    assert result["per_second"] > 0
