from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from candidates import careers_urls as candidate_careers
from recruiting import audit_views, two_factor_views, views
from requisitions import careers_urls as requisition_careers

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("audit/", audit_views.audit_log, name="audit_log"),
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/login/code/", two_factor_views.login_verify, name="login_verify"),
    path("accounts/two-factor/", two_factor_views.two_factor, name="two_factor"),
    # The admin signs in through the product's sign-in (lockout, two-factor), then comes back.
    path("admin/login/", views.admin_login, name="admin_login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("i18n/setlang/", views.set_language, name="set_language"),
    path("admin/", admin.site.urls),
    path("requisitions/", include("requisitions.urls")),
    # The careers pages: postings (requisitions) and applying (candidates), one "careers" namespace.
    path("careers/", include((requisition_careers.urlpatterns + candidate_careers.urlpatterns, "careers"))),
    path("candidates/", include("candidates.urls")),
    path("interviews/", include("interviews.urls")),
    path("", include("simulations.urls")),
    path("reports/", include("reports.urls")),
    path("", include("api.urls")),
]
