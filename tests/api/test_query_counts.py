"""Every API list answers in a fixed number of queries, however many rows (no N+1)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from interviews.services.scheduling import interview_schedule
from interviews.services.scorecards import scorecard_start
from tests.interviews.conftest import slot

LISTS = [
    "/api/v1/postings/",
    "/api/v1/requisitions/",
    "/api/v1/candidates/",
    "/api/v1/applications/",
    "/api/v1/interviews/",
    "/api/v1/scorecards/",
    "/api/v1/offers/",
]


def add(n, *, posting, start, hr, interviewer, make):
    """``n`` applicants, each with an interview (the interviewer and HR on the panel) and HR's card."""
    for i in range(start, start + n):
        application = make(name=f"Person {i}", email=f"p{i}@example.com", posting=posting)
        interview = interview_schedule(
            actor=hr, application=application, slot=slot(hours=48 + 2 * i), interviewers=[interviewer, hr]
        )
        scorecard_start(actor=hr, interview=interview)


def counts(client):
    result = {}
    for url in LISTS:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {"page_size": 100})
        assert response.status_code == 200, (url, response.content)
        result[url] = len(queries)
    return result


def test_list_queries_do_not_grow_with_the_rows(api, hr, interviewer, make_application, make_posting):
    posting = make_posting()
    add(2, posting=posting, start=0, hr=hr, interviewer=interviewer, make=make_application)
    client = api.as_user(hr)
    client.get("/api/v1/requisitions/")  # warm what is cached per process, not per row
    few = counts(client)
    add(12, posting=posting, start=2, hr=hr, interviewer=interviewer, make=make_application)
    many = counts(client)
    assert client.get("/api/v1/applications/").json()["count"] == 14
    assert client.get("/api/v1/scorecards/").json()["count"] == 14
    assert many == few
    assert max(many.values()) <= 12, many
