"""Two submits at the same moment for the same person and posting give exactly one application.
Needs PostgreSQL (row locks and concurrent transactions); SQLite serialises writers anyway."""

import threading

import pytest
from django.db import connection, connections

from candidates.models import Application, Candidate

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions are tested on PostgreSQL"
)


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_submits_make_one_application(migrated_data, make_posting):
    from django.core.exceptions import ValidationError

    from candidates.services.applications import application_submit

    posting = make_posting()
    person = {"full_name": "Zhao Lei", "email": "zhao.lei@example.com", "phone": "+8613822223333",
              "education": "bachelor", "language": "zh-hans"}  # fmt: skip
    start = threading.Barrier(2)
    outcomes = []

    def submit():
        try:
            start.wait()
            application_submit(requisition=posting, person=dict(person), facts={"education": "bachelor"},
                               answers=[], source="careers_page", language="zh-hans")  # fmt: skip
            outcomes.append("created")
        except ValidationError as error:
            outcomes.append(" ".join(error.messages))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert outcomes.count("created") == 1, outcomes
    assert any("already have an active application" in outcome for outcome in outcomes), outcomes
    assert Application.objects.count() == 1
    assert Candidate.objects.count() == 1
