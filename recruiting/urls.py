from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from recruiting import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accounts/login/", views.LoginView.as_view(), name="login"),
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
    path("careers/", include("requisitions.careers_urls")),
    path("candidates/", include("candidates.urls")),
    path("interviews/", include("interviews.urls")),
]
