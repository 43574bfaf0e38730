"""Apply throughput: several processes post the careers form at once (each a new person with a PDF
resume), through Django's full handler; side effects are queued as in production (Redis)."""

import multiprocessing
import time
import uuid

RESUME = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
    b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n164\n%%EOF\n"
)


def _worker(worker: int, slugs: list[str], count: int, start_at: float, results, database: str) -> None:
    import django
    from django.conf import settings

    django.setup()
    settings.DATABASES["default"]["NAME"] = database  # the parent's (a test run's database, say)
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client

    from requisitions.models import ScreeningQuestion

    client = Client()
    questions = {
        slug: [
            f"q_{pk}" for pk in ScreeningQuestion.objects.filter(requisition__slug=slug).values_list("pk", flat=True)
        ]
        for slug in slugs
    }
    client.get(f"/careers/{slugs[0]}/apply/")  # warm: templates, connections
    while time.time() < start_at:
        time.sleep(0.005)
    accepted = 0
    for n in range(count):
        slug = slugs[(worker + n) % len(slugs)]
        data = {
            "full_name": "吞吐 测试", "email": f"bench-{uuid.uuid4().hex[:16]}@example.com",
            "phone": f"139{(worker * 100_000 + n) % 100_000_000:08d}", "education": "associate",
            "years_experience": "2", "years_customer_service": "1", "cs_practice_hours": "0",
            "source": "job_board", "consent": "on", "website": "",
            **dict.fromkeys(questions[slug], "我会先倾听客户，再给出解决方案。"),
            "resume": SimpleUploadedFile("resume.pdf", RESUME, content_type="application/pdf"),
        }  # fmt: skip
        response = client.post(f"/careers/{slug}/apply/", data, REMOTE_ADDR=f"10.{worker}.{n // 250}.{n % 250}")
        accepted += response.status_code == 302 and "/applied/" in response.get("Location", "")
    results.put((accepted, count, time.time()))


def apply_throughput(*, slugs: list[str], workers: int, per_worker: int) -> dict:
    """Applications accepted per second of wall time with ``workers`` processes posting at once."""
    from django.db import connection

    context = multiprocessing.get_context("spawn")
    database = connection.settings_dict["NAME"]
    results = context.Queue()
    start_at = time.time() + 8  # every process set up (spawned, Django loaded) before the clock starts
    processes = [
        context.Process(target=_worker, args=(n, slugs, per_worker, start_at, results, database))
        for n in range(workers)
    ]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=900) for _ in processes]
    for process in processes:
        process.join()
    accepted = sum(a for a, _c, _s in outcomes)
    posted = sum(c for _a, c, _s in outcomes)
    wall = max(end for _a, _c, end in outcomes) - start_at  # a worker late to start only lengthens it
    return {
        "workers": workers,
        "posted": posted,
        "accepted": accepted,
        "wall_s": round(wall, 2),
        "per_second": round(accepted / wall, 1),
    }
