from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language as django_set_language

from recruiting import selectors
from recruiting.forms import LoginForm, PasswordChangeCrispyForm
from recruiting.home import sections_for
from recruiting.http import with_language_cookie
from recruiting.services.accounts import user_password_change, user_set_language
from recruiting.services.two_factor import totp_device
from recruiting.two_factor_views import start_second_step


@login_required
def home(request):
    """The role-aware home page: each role the user holds adds the sections registered for it."""
    return render(request, "recruiting/home.html", {"sections": sections_for(request)})


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        user = form.get_user()
        if totp_device(user):  # two-factor sign-in is on: the code first, then the session
            return start_second_step(self.request, user=user, next_url=self.get_success_url())
        return with_language_cookie(super().form_valid(form), user)


def admin_login(request):
    """The admin's own sign-in would skip the lockout page and two-factor: send it to the product's."""
    from django.contrib.auth.views import redirect_to_login

    return redirect_to_login(request.GET.get("next") or "/admin/")


class PasswordChangeView(auth_views.PasswordChangeView):
    form_class = PasswordChangeCrispyForm
    success_url = reverse_lazy("password_change_done")

    def form_valid(self, form):
        user = user_password_change(actor=self.request.user, form=form, language=get_language())
        update_session_auth_hash(self.request, user)
        return HttpResponseRedirect(self.get_success_url())


@require_GET
@never_cache
def healthz(request):
    """For load balancers and monitors: 200 when the database answers, 503 when it does not."""
    database = selectors.database_status()
    body = {"status": "ok" if database == "ok" else "error", "database": database, "broker": selectors.broker_status()}
    return JsonResponse(body, status=200 if database == "ok" else 503)


@require_POST
def set_language(request):
    """Django's language switch, which also remembers a signed-in user's choice for their emails."""
    response = django_set_language(request)
    if request.user.is_authenticated:
        user_set_language(user=request.user, language=request.POST.get("language", ""))
    return response
