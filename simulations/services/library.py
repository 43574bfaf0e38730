"""The library's simulations as rows: installed by a data migration and kept in step with
``simulations.library`` (by code) when it changes; HR copies one to change it."""

from django.db import transaction


def library_install(apps=None) -> int:
    """Create or update the library simulations and their items (idempotent). ``apps``: the
    migration's app registry, or None for the current models. Returns how many were written."""
    from simulations import library

    if apps is None:
        from simulations.models import Item, Simulation
    else:
        Simulation = apps.get_model("simulations", "Simulation")
        Item = apps.get_model("simulations", "Item")
    fields = ("title_en", "title_zh", "instructions_en", "instructions_zh", "knowledge_base_en",
              "knowledge_base_zh", "industry", "minutes")  # fmt: skip
    with transaction.atomic():
        for entry in library.SIMULATIONS:
            simulation, _ = Simulation.objects.update_or_create(
                code=entry["code"], defaults={**{f: entry[f] for f in fields}, "from_library": True}
            )
            if simulation.assignments.filter(attempts__isnull=False).exists():
                continue  # candidates were invited to it: its items stay as they were
            simulation.items.all().delete()
            Item.objects.bulk_create(
                Item(
                    simulation=simulation,
                    position=position,
                    kind=item["kind"],
                    practice=item.get("practice", False),
                    channel=item.get("channel", ""),
                    title_en=item["title_en"],
                    title_zh=item["title_zh"],
                    prompt_en=item["prompt_en"],
                    prompt_zh=item["prompt_zh"],
                    data=item["data"],
                )
                for position, item in enumerate(entry["items"], start=1)
            )
    return len(library.SIMULATIONS)
