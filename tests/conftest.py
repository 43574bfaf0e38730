import datetime

import pytest
from django.utils import timezone

from candidates.services.applications import application_submit
from recruiting.roles import Role
from requisitions.models import AssessmentMethod, DepartmentApprover, PositionProfile
from requisitions.services.requisitions import requisition_create
from tests.factories import PASSWORD, DepartmentFactory, UserFactory


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def make_user(db):
    def make(*roles, **kwargs):
        return UserFactory(roles=list(roles), **kwargs)

    return make


@pytest.fixture
def hr(make_user):
    return make_user(Role.HR, username="hr-user")


@pytest.fixture
def manager(make_user):
    return make_user(Role.HIRING_MANAGER, username="manager-user")


@pytest.fixture
def interviewer(make_user):
    return make_user(Role.INTERVIEWER, username="interviewer-user")


@pytest.fixture
def approver(make_user):
    return make_user(Role.APPROVER, username="approver-user")


@pytest.fixture
def department(db, make_user):
    """A department with a two-step approval chain."""
    department = DepartmentFactory()
    first = make_user(Role.APPROVER, username="approver-one")
    second = make_user(Role.APPROVER, username="approver-two")
    DepartmentApprover.objects.create(department=department, approver=first, order=1)
    DepartmentApprover.objects.create(department=department, approver=second, order=2)
    department.chain = [first, second]
    return department


@pytest.fixture
def supervisor_profile(db):
    return PositionProfile.objects.get(slug="level-supervisor")


@pytest.fixture
def method(db):
    return AssessmentMethod.objects.get(code="behavioural_interview")


@pytest.fixture
def make_requisition(hr, manager, department, supervisor_profile):
    def make(*, actor=None, profile=supervisor_profile, **values):
        params = {
            "department": department,
            "hiring_manager": manager,
            "location": "Shanghai",
            "headcount": 2,
            "salary_min": 6000,
            "salary_max": 9000,
            "closes_on": timezone.localdate() + datetime.timedelta(days=30),
            "title_en": "" if profile else "Customer-service agent",
        }
        if profile is None:
            params["level"] = "specialist"
        return requisition_create(actor=actor or hr, profile=profile, **(params | values))

    return make


@pytest.fixture
def make_posting(make_requisition, hr, department):
    """An approved, open posting (created by HR from a profile unless told otherwise)."""
    from requisitions.services.approval import requisition_decide, requisition_submit
    from requisitions.services.requisitions import requisition_move

    def make(**values):
        requisition = make_requisition(**values)
        requisition_submit(actor=hr, requisition=requisition)
        for approver in department.chain:
            requisition_decide(actor=approver, requisition=requisition, approve=True)
        return requisition_move(actor=hr, requisition=requisition, action="open")

    return make


@pytest.fixture
def migrated_data(transactional_db):
    """What the data migrations leave: the role groups with their permissions, the position library
    with its assessment methods, the shipped rejection reasons and candidate messages, the question bank
    and the work-sample simulations.

    A transactional test (``live_server``, threads) ends by flushing every table, which also deletes
    what the data migrations made; a later transactional test must restore it. (Serialized rollback
    is no help in the browser tests: with Playwright's loop running, Django's thread-critical
    ``connections`` switch to context-var storage and lack the serialized contents.)
    """
    from django.apps import apps

    from candidates.defaults import install_defaults
    from interviews.services.questions import bank_install
    from recruiting.roles import sync_role_permissions
    from requisitions.services.profiles import library_install
    from simulations.services.library import library_install as simulations_install

    sync_role_permissions(apps)
    library_install()
    install_defaults()
    bank_install()
    simulations_install()


@pytest.fixture
def celery_worker_on_redis(transactional_db):
    """A real Celery worker thread consuming the real Redis broker (tests marked ``services`` only)."""
    import contextlib

    from celery.contrib.testing.worker import start_worker

    from recruiting.celery import app

    app.conf.task_always_eager = False
    with contextlib.suppress(Exception), app.connection_for_write() as conn:  # leftovers of an earlier run
        conn.default_channel.queue_purge(app.conf.task_default_queue)
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30) as worker:
        yield worker
    app.conf.task_always_eager = True


@pytest.fixture
def private_broker():
    """A private redis-server (started) with the Celery app of this process sending to it and tasks
    not run eagerly; all restored afterwards. Tests stop and start it to play a broker outage."""
    from recruiting.celery import app
    from tests.helpers import PrivateRedis

    redis = PrivateRedis()
    redis.start()
    saved = app.conf.broker_url
    app.conf.broker_url = redis.url
    app.conf.task_always_eager = False
    app._pool = None
    app.amqp._producer_pool = None
    yield redis
    if redis.process.poll() is None:
        redis.stop()
    app.conf.broker_url = saved
    app.conf.task_always_eager = True
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def make_application(make_posting):
    """Applications to one posting (made once per test), as the careers form submits them."""
    posting_cache = {}

    def make(*, name="Li Lei", email=None, posting=None, language="en"):
        if posting is None:
            posting = posting_cache.setdefault("posting", make_posting())
        person = {"full_name": name, "email": email or f"{abs(hash(name)) % 10**8}@example.com",
                  "education": "bachelor", "language": language}  # fmt: skip
        return application_submit(requisition=posting, person=person, facts={"education": "bachelor"}, answers=[],
                                  resume=None, resume_check=None, resume_name="", source="careers_page",
                                  language=language)  # fmt: skip

    return make
