import datetime

import pytest
from django.utils import timezone

from recruiting.roles import Role
from requisitions.models import AssessmentMethod, DepartmentApprover, PositionProfile
from requisitions.services.requisitions import requisition_create
from tests.factories import DepartmentFactory


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
