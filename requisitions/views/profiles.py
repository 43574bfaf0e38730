"""The position library: every staff role may read it; HR adds and edits profiles."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from recruiting.feedback import add_service_errors
from recruiting.roles import Role, role_required
from requisitions import eligibility, selectors
from requisitions.forms import ProfileForm
from requisitions.models import PositionProfile
from requisitions.services.profiles import profile_save
from requisitions.views.demand_table import table_context


@role_required(Role.HR, Role.HIRING_MANAGER, Role.APPROVER)
def profile_list(request):
    return render(request, "requisitions/profile_list.html", {"profiles": selectors.profile_library()})


@role_required(Role.HR, Role.HIRING_MANAGER, Role.APPROVER)
def profile_detail(request, pk):
    profile = get_object_or_404(selectors.profiles_with_rows(), pk=pk)
    return render(
        request,
        "requisitions/profile_detail.html",
        {
            "profile": profile,
            "paths": eligibility.labelled_paths(profile.eligibility_paths),
            **table_context(request.user, profile),
        },
    )


def _save(request, profile, template_context):
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        try:
            saved = profile_save(actor=request.user, profile=profile, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Profile saved."))
            return redirect("requisitions:profile_detail", pk=saved.pk)
    return render(request, "requisitions/profile_form.html", {"form": form, **template_context})


@role_required(Role.HR)
def profile_create(request):
    return _save(request, PositionProfile(), {})


@role_required(Role.HR)
def profile_edit(request, pk):
    profile = get_object_or_404(PositionProfile, pk=pk)
    return _save(request, profile, {"profile": profile})
