import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from recruiting.models import AuditEvent, Notification
from recruiting.roles import Role

pytestmark = pytest.mark.django_db

SECTIONS = {
    Role.HR: 'data-testid="hr-dashboard"',
    Role.HIRING_MANAGER: 'data-testid="manager-home"',
    Role.INTERVIEWER: 'data-testid="interviewer-home"',
    Role.APPROVER: 'data-testid="approver-home"',
}


def test_data_migration_created_the_role_groups_with_their_permissions():
    groups = {g.name: g for g in Group.objects.prefetch_related("permissions")}
    assert set(Role.values) <= set(groups)
    hr_perms = {p.codename for p in groups[Role.HR].permissions.all()}
    assert {"view_notification", "view_auditevent"} <= hr_perms
    assert not groups[Role.INTERVIEWER].permissions.exists()


def test_anonymous_user_is_sent_to_login(client):
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", list(Role))
def test_home_shows_exactly_the_sections_of_the_users_role(client, make_user, role):
    client.force_login(make_user(role))
    html = client.get(reverse("home")).content.decode()
    for other, marker in SECTIONS.items():
        assert (marker in html) == (other == role), other


def test_hr_dashboard_shows_real_counts(client, hr, make_user, django_assert_max_num_queries):
    make_user(Role.INTERVIEWER)
    make_user(Role.INTERVIEWER)
    Notification.objects.create(recipient="x@example.com", template_key="account/password_changed")
    client.force_login(hr)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("home"))
    counts = response.context["sections"][0]["counts"]
    assert counts["staff"]["interviewers"] == 2
    assert counts["staff"]["hr"] == 1
    assert counts["outbox"]["pending"] == 1


def test_home_query_count_does_not_grow_with_data(client, hr, make_user, django_assert_num_queries):
    client.force_login(hr)
    client.get(reverse("home"))  # warm caches (content types, sessions)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        client.get(reverse("home"))
    for _ in range(20):
        make_user(Role.INTERVIEWER)
        Notification.objects.create(recipient="x@example.com", template_key="account/password_changed")
    with django_assert_num_queries(len(small.captured_queries)):
        client.get(reverse("home"))


def test_user_without_role_is_told_so(client, make_user):
    client.force_login(make_user())
    html = client.get(reverse("home")).content.decode()
    assert 'data-testid="no-role"' in html
    assert not any(marker in html for marker in SECTIONS.values())


def test_login_with_good_password_lands_home_and_is_audited(client, hr, password):
    response = client.post(reverse("login"), {"username": hr.username, "password": password})
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert AuditEvent.objects.filter(verb="auth.login", actor=hr).exists()


def test_login_with_bad_password_is_refused_with_a_message(client, hr):
    response = client.post(reverse("login"), {"username": hr.username, "password": "wrong"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert "_auth_user_id" not in client.session
    event = AuditEvent.objects.get(verb="auth.login_failed")
    assert event.data["username"] == hr.username
    assert "password" not in str(event.data).lower()


def test_logout_needs_post_and_ends_the_session(client, hr):
    client.force_login(hr)
    assert client.get(reverse("logout")).status_code == 405
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_change_audits_and_emails_the_user(client, hr, password, django_capture_on_commit_callbacks):
    client.force_login(hr)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("password_change"),
            {
                "old_password": password,
                "new_password1": "a-much-better-Pass-42",
                "new_password2": "a-much-better-Pass-42",
            },
            HTTP_ACCEPT_LANGUAGE="zh-hans",
        )
    assert response.status_code == 302
    hr.refresh_from_db()
    assert hr.check_password("a-much-better-Pass-42")
    assert AuditEvent.objects.filter(verb="user.password_changed", target_id=str(hr.pk)).exists()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [hr.email]
    assert mail.outbox[0].subject == "您的密码已更改"  # in the language the user was using
    # still logged in after the change
    assert client.get(reverse("home")).status_code == 200


def test_password_change_refuses_a_weak_password_without_changing_anything(client, hr, password):
    client.force_login(hr)
    response = client.post(
        reverse("password_change"),
        {"old_password": password, "new_password1": "12345678", "new_password2": "12345678"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    hr.refresh_from_db()
    assert hr.check_password(password)
    assert not AuditEvent.objects.filter(verb="user.password_changed").exists()
    assert Notification.objects.count() == 0


def test_audit_log_is_read_only_in_admin(admin_client, hr):
    from recruiting.services.audit import audit_record

    event = audit_record(actor=hr, verb="test.did", target=hr, data={"k": 1})
    assert admin_client.get(reverse("admin:recruiting_auditevent_changelist")).status_code == 200
    page = admin_client.get(reverse("admin:recruiting_auditevent_change", args=[event.pk]))
    assert page.status_code == 200
    assert admin_client.get(reverse("admin:recruiting_auditevent_add")).status_code == 403
    assert admin_client.post(reverse("admin:recruiting_auditevent_delete", args=[event.pk])).status_code == 403
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_non_staff_roles_cannot_open_admin(client, hr):
    client.force_login(hr)
    response = client.get(reverse("admin:recruiting_auditevent_changelist"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_role_required_decorator(rf, make_user):
    from django.contrib.auth.models import AnonymousUser
    from django.core.exceptions import PermissionDenied
    from django.http import HttpResponse

    from recruiting.roles import role_required

    @role_required(Role.HR)
    def view(request):
        return HttpResponse("ok")

    request = rf.get("/x")
    request.user = AnonymousUser()
    assert view(request).status_code == 302
    request.user = make_user(Role.INTERVIEWER)
    with pytest.raises(PermissionDenied):
        view(request)
    request.user = make_user(Role.HR)
    assert view(request).status_code == 200
