import json

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from recruiting.fields import IdMultipleChoiceField
from recruiting.roles import Role, has_role
from requisitions.models import (
    AssessmentMethod,
    PositionProfile,
    Requisition,
    RequisitionRequirement,
    ScreeningQuestion,
)
from requisitions.services.requisitions import EDITABLE_FIELDS


def users_with_role(role):
    return get_user_model().objects.filter(is_active=True, groups__name=role).order_by("first_name", "username")


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class DateInput(forms.DateInput):
    input_type = "date"


class RequisitionForm(forms.ModelForm):
    class Meta:
        model = Requisition
        fields = EDITABLE_FIELDS
        field_classes = {"hiring_manager": UserChoiceField, "recruiter": UserChoiceField}
        widgets = {
            "target_start_date": DateInput,
            "internal_until": DateInput,
            "closes_on": DateInput,
            "summary_en": forms.Textarea(attrs={"rows": 3}),
            "summary_zh": forms.Textarea(attrs={"rows": 3}),
            "duties_en": forms.Textarea(attrs={"rows": 4}),
            "duties_zh": forms.Textarea(attrs={"rows": 4}),
            "company_intro_en": forms.Textarea(attrs={"rows": 3}),
            "company_intro_zh": forms.Textarea(attrs={"rows": 3}),
            "benefits_en": forms.Textarea(attrs={"rows": 3}),
            "benefits_zh": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        managers = users_with_role(Role.HIRING_MANAGER)
        if user is not None and not has_role(user, Role.HR):
            managers = managers.filter(pk=user.pk)  # a hiring manager drafts only their own requisitions
        self.fields["hiring_manager"].queryset = managers
        self.fields["recruiter"].queryset = users_with_role(Role.HR)
        self.fields["headcount"].min_value = 1
        self.fields["headcount"].widget.attrs["min"] = 1
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Save")))

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("title_en") and not cleaned.get("title_zh"):
            self.add_error("title_en", _("Give the position a title in at least one language."))
        low, high = cleaned.get("salary_min"), cleaned.get("salary_max")
        if low is not None and high is not None and low > high:
            self.add_error("salary_max", _("The upper salary figure must not be below the lower one."))
        for field in ("salary_min", "salary_max"):
            if cleaned.get(field) is not None and cleaned[field] < 0:
                self.add_error(field, _("A salary cannot be negative."))
        return cleaned

    def _post_clean(self):
        # The service validates the whole row; keep the form from building a half-filled instance.
        pass


class RequirementForm(forms.ModelForm):
    methods = IdMultipleChoiceField(
        label=_("Assessment methods"),
        queryset=AssessmentMethod.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = RequisitionRequirement
        fields = ("category", "key_item", "requirement_en", "requirement_zh", "priority", "industry", "methods")
        widgets = {
            "requirement_en": forms.Textarea(attrs={"rows": 2}),
            "requirement_zh": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["methods"].queryset = AssessmentMethod.objects.order_by("step", "code")
        if self.instance.pk:
            self.initial["methods"] = [m.pk for m in self.instance.methods.all()]

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("requirement_en") or "").strip() and not (cleaned.get("requirement_zh") or "").strip():
            self.add_error("requirement_en", _("Describe the requirement in at least one language."))
        return cleaned

    def _post_clean(self):
        pass


def _refuse_constant(name):
    raise ValueError(f"{name} is not a number JSON allows")


class JSONListField(forms.CharField):
    """A JSON value typed into a textarea, with a clear message when it does not parse."""

    widget = forms.Textarea(attrs={"rows": 3, "class": "font-monospace"})

    def __init__(self, *args, expected=list, **kwargs):
        self.expected = expected
        super().__init__(*args, required=False, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | dict):
            return json.dumps(value, ensure_ascii=False, indent=1)
        return value

    def to_python(self, value):
        value = (value or "").strip()
        if not value:
            return self.expected()
        try:
            parsed = json.loads(value, parse_constant=_refuse_constant)
        except (ValueError, RecursionError) as exc:
            raise forms.ValidationError(_("This is not valid JSON: %(error)s"), params={"error": exc}) from exc
        if not isinstance(parsed, self.expected):
            raise forms.ValidationError(_("This must be a JSON %(kind)s."), params={"kind": self.expected.__name__})
        return parsed


class QuestionForm(forms.ModelForm):
    choices = JSONListField(
        label=_("Choices"),
        help_text=_('For single choice: [{"value": "a", "label_en": "…", "label_zh": "…"}, …]'),
    )
    knockout = JSONListField(
        label=_("Knock-out rule"),
        expected=dict,
        help_text=_('Yes/no: {"answer": "no"}; single choice: {"values": ["a"]}; number: {"min": 1} or {"max": 5}'),
    )

    class Meta:
        model = ScreeningQuestion
        fields = ("kind", "text_en", "text_zh", "required", "choices", "knockout")
        widgets = {"text_en": forms.Textarea(attrs={"rows": 2}), "text_zh": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Save question")))

    def _post_clean(self):
        pass


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("approve", _("Approve")), ("return", _("Return with comment"))]
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )


class PostingDatesForm(forms.ModelForm):
    class Meta:
        model = Requisition
        fields = ("closes_on", "internal_until")
        widgets = {"closes_on": DateInput, "internal_until": DateInput}

    def _post_clean(self):
        pass


class ProfileForm(forms.ModelForm):
    eligibility_paths = JSONListField(label=_("Eligibility paths"))

    class Meta:
        model = PositionProfile
        fields = (
            "slug", "title_en", "title_zh", "level", "industry", "summary_en", "summary_zh", "duties_en",
            "duties_zh", "eligibility_paths", "is_active",
        )  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Save profile")))

    def _post_clean(self):
        pass
