"""Forms of the staff pages (invitations, extra time, rubric scores) and the reading of a candidate's
answer from a posted form."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from recruiting.roles import Role
from simulations.models import Dimension, Item
from simulations.services.attempts import EXTRA_MINUTES_MAX


def staff_users():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[Role.HR, Role.HIRING_MANAGER, Role.INTERVIEWER])
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class ReviewerChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class InviteForm(forms.Form):
    extra_minutes = forms.IntegerField(
        label=_("Extra time (minutes)"), min_value=0, max_value=EXTRA_MINUTES_MAX, initial=0,
        help_text=_("An accommodation: added to the time limit for this candidate."),
    )  # fmt: skip
    reviewers = ReviewerChoiceField(
        label=_("Reviewers of the written replies"), queryset=staff_users(), required=False,
        widget=forms.SelectMultiple(attrs={"size": 4}),
    )  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewers"].queryset = staff_users()


class ExtraTimeForm(forms.Form):
    extra_minutes = forms.IntegerField(label=_("Extra time (minutes)"), min_value=0, max_value=EXTRA_MINUTES_MAX)


class ReviewersForm(forms.Form):
    reviewers = ReviewerChoiceField(label=_("Add reviewers"), queryset=staff_users())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reviewers"].queryset = staff_users()


class GrantForm(forms.Form):
    reason = forms.CharField(label=_("Why another attempt"), max_length=2000)


def answer_from_post(item: Item, data) -> dict:
    """The service's keyword arguments for a posted answer to ``item`` (shape only; the service checks
    the values)."""
    if item.kind in (Item.Kind.MESSAGE, Item.Kind.TYPING):
        return {"text": data.get("text", "")}
    if item.kind == Item.Kind.JUDGEMENT:
        return {"choice": {"best": data.get("best", ""), "worst": data.get("worst", "")}}
    values = {"same": True, "different": False}
    return {"choice": {"marks": [values.get(data.get(f"row-{i}", "")) for i in range(len(item.data["rows"]))]}}


class ReviewScoresForm(forms.Form):
    """One 1–5 choice per reply and dimension (``score-<answer>-<dimension>``), and a comment."""

    comment = forms.CharField(label=_("Comment (optional)"), required=False, max_length=5000, widget=forms.Textarea(
        attrs={"rows": 3}))  # fmt: skip

    def __init__(self, *args, answers, **kwargs):
        super().__init__(*args, **kwargs)
        self.answers = answers
        choices = [("", "–")] + [(str(n), str(n)) for n in range(1, 6)]
        for answer in answers:
            for dimension in Dimension:
                self.fields[f"score-{answer.pk}-{dimension.value}"] = forms.TypedChoiceField(
                    label=dimension.label, choices=choices, coerce=int, empty_value=None, required=False,
                    widget=forms.RadioSelect,
                )  # fmt: skip

    def scores(self) -> dict:
        return {
            (answer.pk, dimension.value): self.cleaned_data.get(f"score-{answer.pk}-{dimension.value}")
            for answer in self.answers
            for dimension in Dimension
        }
