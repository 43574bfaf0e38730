"""Import rate: a spreadsheet of new people (CSV, Chinese and English names, 1% bad rows, 1% repeated
e-mails) is uploaded as HR would and imported by the worker's service; the rate counts every row read."""

import io
import random
import time
import uuid

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from benchmarks.people import person

HEADER = "full_name,email,phone,city,education,school,major,graduation_year,years_experience,years_customer_service"


def spreadsheet(rows: int, *, seed: int = 7) -> bytes:
    rng = random.Random(seed)  # noqa: S311 - made-up data
    run = uuid.uuid4().hex[:8]
    lines = [HEADER]
    for n in range(rows):
        p = person(rng, n)
        email = f"import-{run}-{n if rng.random() > 0.01 else n - 1}@example.net"
        if rng.random() < 0.01:
            email = "not-an-address"
        lines.append(
            f"{p['full_name']},{email},{p['phone']},{p['current_city']},{p['education']},{p['school']},"
            f"{p['major']},{p['graduation_year']},{p['years_experience']},{p['years_customer_service']}"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def import_rate(*, rows: int) -> dict:
    from candidates.services.imports import candidate_import_create, candidate_import_run

    data = spreadsheet(rows)
    hr = get_user_model().objects.get(username="hr")
    started = time.perf_counter()
    created = candidate_import_create(actor=hr, file=SimpleUploadedFile("people.csv", io.BytesIO(data).read()))
    checked = time.perf_counter() - started
    started = time.perf_counter()
    done = candidate_import_run(import_id=created.pk)
    seconds = time.perf_counter() - started
    return {
        "rows": rows,
        "bytes": len(data),
        "upload_check_s": round(checked, 2),
        "seconds": round(seconds, 2),
        "rows_per_second": round(rows / seconds),
        "created": done.created_count,
        "skipped": done.skipped_count,
        "errors": done.error_count,
        "status": done.status,
    }
