"""The position library: every staff role may read it; HR adds and edits profiles."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from recruiting.roles import Role, role_required
from requisitions import eligibility, selectors
from requisitions.forms import ProfileForm
from requisitions.models import PositionProfile
from requisitions.services.profiles import profile_save
from requisitions.views._helpers import add_service_errors


@role_required(Role.HR, Role.HIRING_MANAGER, Role.APPROVER)
def profile_list(request):
    return render(request, "requisitions/profile_list.html", {"profiles": selectors.profile_library()})


@role_required(Role.HR, Role.HIRING_MANAGER, Role.APPROVER)
def profile_detail(request, pk):
    profile = get_object_or_404(
        PositionProfile.objects.prefetch_related("requirements__methods"), pk=pk, is_active=True
    )
    return render(
        request,
        "requisitions/profile_detail.html",
        {
            "profile": profile,
            "rows": sorted(profile.requirements.all(), key=lambda r: (r.order, r.pk)),
            "paths": [
                (eligibility.path_label(path), eligibility.describe_path(path)) for path in profile.eligibility_paths
            ],
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
