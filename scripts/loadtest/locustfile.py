"""Load: 200 candidates applying on the careers pages and 20 HR users browsing boards, lists and
candidate pages (run by scripts/loadtest/run.sh, which also counts the applications afterwards).

Each candidate applies again and again as a new person (a unique e-mail per application) and
records every application the server confirmed (302 to the confirmation page), so the run can
check afterwards that none was lost and none stored twice."""

import os
import random
import re
import uuid

from locust import HttpUser, between, events, task

CONFIRMED = []  # e-mails of the applications the server accepted
RESULTS = os.environ.get("LOAD_CONFIRMED_FILE", "confirmed.txt")
PASSWORD = os.environ.get("LOAD_HR_PASSWORD", "demo-pass-2026")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# A one-page PDF: the demo postings ask for a resume.
RESUME = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
    b"trailer<</Size 4/Root 1 0 R>>\nstartxref\n164\n%%EOF\n"
)


def csrf(response) -> str:
    match = CSRF.search(response.text)
    return match.group(1) if match else ""


class Candidate(HttpUser):
    weight = 10
    wait_time = between(1, 3)

    def on_start(self):
        postings = self.client.get("/api/v1/postings/?page_size=100", name="/api/v1/postings/").json()["results"]
        self.postings = [p["slug"] for p in postings]

    @task
    def apply(self):
        slug = random.choice(self.postings)  # noqa: S311 - load generation
        form = self.client.get(f"/careers/{slug}/apply/", name="/careers/[slug]/apply/ (form)")
        questions = re.findall(r'name="(q_\d+)"', form.text)
        email = f"load-{uuid.uuid4().hex[:16]}@example.com"
        data = {
            "csrfmiddlewaretoken": csrf(form), "full_name": "压力 测试", "email": email,
            "phone": f"139{random.randint(10000000, 99999999)}", "education": "associate",  # noqa: S311
            "years_experience": "2", "years_customer_service": "1", "cs_practice_hours": "0",
            "source": "job_board", "consent": "on", "website": "",
            **dict.fromkeys(questions, "我会先倾听客户，再给出解决方案。"),
        }  # fmt: skip
        files = {"resume": ("resume.pdf", RESUME, "application/pdf")}
        with self.client.post(f"/careers/{slug}/apply/", data=data, files=files, name="/careers/[slug]/apply/ (submit)",
                              allow_redirects=False, catch_response=True) as response:  # fmt: skip
            if response.status_code == 302 and "/applied/" in response.headers.get("Location", ""):
                CONFIRMED.append(email)
                response.success()
            else:
                errors = re.findall(r'class="invalid-feedback[^"]*"[^>]*>\s*<strong>([^<]+)', response.text)
                response.failure(f"not accepted: {response.status_code} {errors[:2]}")


class Recruiter(HttpUser):
    fixed_count = 20
    wait_time = between(1, 3)

    def on_start(self):
        page = self.client.get("/accounts/login/", name="/accounts/login/")
        self.client.post("/accounts/login/", {"csrfmiddlewaretoken": csrf(page), "username": "hr",
                                              "password": PASSWORD}, name="/accounts/login/ (submit)")  # fmt: skip
        self.boards = [int(pk) for pk in os.environ.get("LOAD_BOARDS", "").split(",") if pk]

    @task(3)
    def board(self):
        self.client.get(f"/candidates/board/{random.choice(self.boards)}/", name="/candidates/board/[id]/")  # noqa: S311

    @task(2)
    def applications(self):
        page = self.client.get("/candidates/?sort=newest", name="/candidates/ (list)")
        people = re.findall(r'href="/candidates/(\d+)/"', page.text)
        if people:
            self.client.get(f"/candidates/{random.choice(people)}/", name="/candidates/[id]/")  # noqa: S311

    @task(1)
    def requisitions(self):
        self.client.get("/requisitions/", name="/requisitions/")


@events.test_stop.add_listener
def save_confirmed(**_kwargs):
    with open(RESULTS, "a", encoding="utf-8") as handle:
        handle.writelines(f"{email}\n" for email in CONFIRMED)
