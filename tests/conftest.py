import pytest

from recruiting.roles import Role
from tests.factories import PASSWORD, UserFactory


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
