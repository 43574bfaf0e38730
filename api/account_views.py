"""The profile page's API tokens: create (the secret is shown once) and revoke."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from api import selectors
from api.forms import TokenForm
from api.models import ApiToken
from api.services import api_token_create, api_token_revoke
from recruiting.feedback import add_service_errors, perform
from recruiting.roles import Role, user_roles
from recruiting.services.two_factor import totp_device


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def token_list(request):
    """Everyone signed in sees and revokes their own tokens (someone whose roles were taken away
    too); making one needs a staff role (the service refuses otherwise)."""
    form = TokenForm(request.POST or None)
    new_key = None
    if request.method == "POST" and not user_roles(request.user):
        raise PermissionDenied
    if request.method == "POST" and form.is_valid():
        try:
            _token, new_key = api_token_create(
                actor=request.user, name=form.cleaned_data["name"], days=form.cleaned_data["days"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            form = TokenForm()
    return render(
        request,
        "api/token_list.html",
        {
            "form": form,
            "new_key": new_key,
            "tokens": selectors.tokens_of(request.user),
            "roles": sorted(str(Role(name).label) for name in user_roles(request.user)),
            "may_create": bool(user_roles(request.user)),
            "two_factor_on": totp_device(request.user) is not None,
        },
    )


@login_required
@require_POST
def token_revoke(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    perform(request, lambda: api_token_revoke(actor=request.user, token=token), _("Token revoked."))
    return redirect("api:tokens")


@csrf_exempt  # nothing is done: a POST to an unknown API address gets the same JSON 404
def api_not_found(request):
    return JsonResponse({"code": "not_found", "message": _("There is no such API address.")}, status=404)
