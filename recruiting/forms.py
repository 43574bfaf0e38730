from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Log in"), css_class="w-100"))


class PasswordChangeCrispyForm(PasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Change my password")))


class AuditFilterForm(forms.Form):
    """The audit trail's filters (all optional; a bad value is a field error, never a server error)."""

    actor = forms.CharField(label=_("Who"), required=False, max_length=150,
                            help_text=_("User name, or part of it; \"system\" for automatic work."))  # fmt: skip
    verb = forms.CharField(label=_("Action"), required=False, max_length=100, help_text=_("e.g. application.moved"))
    target_type = forms.ModelChoiceField(label=_("Object type"), required=False, queryset=ContentType.objects.none())
    target_id = forms.CharField(label=_("Object id"), required=False, max_length=64)
    since = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from recruiting.selectors import audited_types

        self.fields["target_type"].queryset = audited_types()
        self.fields["target_type"].label_from_instance = lambda ct: f"{ct.app_label} · {ct.name}"

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end date is before the start date."))
        return cleaned


class TokenForm(forms.Form):
    """A six-digit code from an authenticator app."""

    token = forms.CharField(
        label=_("Code from your authenticator app"), max_length=12,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "autofocus": True}),
    )  # fmt: skip

    def __init__(self, *args, submit_label=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", submit_label or _("Continue")))
