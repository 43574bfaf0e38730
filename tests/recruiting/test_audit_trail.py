"""The audit trail page: administrators and those granted "Can view audit event" read it, filtered
by who, what, which object and when; everyone else is refused."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from recruiting.models import AuditEvent
from recruiting.services.audit import audit_record

URL = "/audit/"


@pytest.fixture
def hr_lead(make_user):
    from django.contrib.auth.models import Group

    from recruiting.roles import Role

    lead = make_user(Role.HR, username="hr-lead")
    lead.groups.add(Group.objects.get(name="HR lead"))  # made by a data migration, with the permission
    return lead


@pytest.fixture
def events(hr, manager, make_requisition):
    requisition = make_requisition()  # writes requisition.created by hr
    audit_record(actor=manager, verb="requisition.updated", target=requisition, data={"location": "Beijing"})
    audit_record(actor=None, verb="offers.expired", data={"count": 2})
    old = audit_record(actor=hr, verb="requisition.submitted", target=requisition)
    AuditEvent.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=40))
    return requisition


def listed(response):
    """(who, action) of the page's events, leaving out the sign-ins the test itself makes."""
    return [(e.actor_repr or "system", e.verb) for e in response.context["page"] if e.verb != "auth.login"]


def test_an_hr_lead_reads_the_trail_newest_first(client, hr_lead, events):
    client.force_login(hr_lead)
    response = client.get(URL)
    assert response.status_code == 200
    rows = listed(response)
    assert rows[0] == ("system", "offers.expired")
    assert ("manager-user", "requisition.updated") in rows
    assert rows[-1] == ("hr-user", "requisition.submitted")  # 40 days ago: last
    assert "Beijing" in response.content.decode()


def test_filters_by_who_what_object_and_date(client, hr_lead, events):
    client.force_login(hr_lead)
    assert {verb for _who, verb in listed(client.get(URL, {"actor": "manager"}))} == {"requisition.updated"}
    assert listed(client.get(URL, {"actor": "system"})) == [("system", "offers.expired")]
    assert {verb for _who, verb in listed(client.get(URL, {"verb": "submitted"}))} == {"requisition.submitted"}
    requisition_type = ContentType.objects.get(app_label="requisitions", model="requisition")
    by_object = listed(client.get(URL, {"target_type": requisition_type.pk, "target_id": str(events.pk)}))
    assert len(by_object) == 3
    assert ("system", "offers.expired") not in by_object
    today = timezone.localdate().isoformat()
    assert ("hr-user", "requisition.submitted") not in listed(client.get(URL, {"since": today}))
    long_ago = (timezone.localdate() - datetime.timedelta(days=40)).isoformat()
    assert listed(client.get(URL, {"since": long_ago, "until": long_ago})) == [("hr-user", "requisition.submitted")]


@pytest.mark.parametrize(
    "query",
    [{"since": "2026-13-45"}, {"target_type": "999999"}, {"target_type": "x"}, {"since": "2026-05-02", "until": "2026-05-01"},
     {"page": "abc"}, {"page": "99999999999999999999"}, {"actor": "x" * 500}],
)  # fmt: skip
def test_bad_filters_are_form_errors_not_server_errors(client, hr_lead, events, query):
    client.force_login(hr_lead)
    response = client.get(URL, query)
    assert response.status_code == 200


def test_a_superuser_reads_it(client, make_user, events):
    client.force_login(make_user(username="root", is_superuser=True, is_staff=True))
    assert client.get(URL).status_code == 200


def test_anyone_granted_the_permission_reads_it(client, make_user, events):
    from django.contrib.auth.models import Permission

    auditor = make_user(username="auditor")
    auditor.user_permissions.add(Permission.objects.get(codename="view_audit_trail"))
    client.force_login(auditor)
    assert client.get(URL).status_code == 200


def test_everyone_else_is_refused(client, hr, manager, interviewer, approver, events):
    assert client.get(URL).status_code == 302  # to the login page
    for user in (hr, manager, interviewer, approver):
        client.force_login(user)
        assert client.get(URL).status_code == 403
    client.force_login(hr)
    assert "/audit/" not in client.get("/").content.decode()  # no link for those who may not


def test_the_trail_pages_by_fifty(client, hr_lead):
    for n in range(120):
        audit_record(actor=None, verb=f"test.event{n}")
    client.force_login(hr_lead)
    first = client.get(URL, {"actor": "system"})
    assert len(first.context["page"]) == 50
    assert first.context["page"].paginator.count == 120
    last = client.get(URL, {"actor": "system", "page": 3})
    assert len(last.context["page"]) == 20


def test_the_page_runs_in_a_fixed_number_of_queries(client, hr_lead, django_assert_max_num_queries):
    for n in range(80):
        audit_record(actor=None, verb=f"test.event{n}")
    client.force_login(hr_lead)
    with django_assert_max_num_queries(10):
        client.get(URL)
