from zoneinfo import available_timezones

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from interviews.models import Format, Question, Round
from interviews.services.scheduling import MAX_MINUTES, MIN_MINUTES, PANEL_ROLES
from recruiting.fields import IdMultipleChoiceField
from requisitions.choices import KeyItem

COMMON_ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Singapore", "Asia/Tokyo", "Europe/London", "Europe/Berlin",
                "America/New_York", "America/Los_Angeles", "UTC"]  # fmt: skip


def panel_choices():
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name__in=[str(role) for role in PANEL_ROLES])
        .distinct()
        .order_by("first_name", "username")
    )
    return users


class ScheduleForm(forms.Form):
    round = forms.ChoiceField(label=_("Round"), choices=Round.choices)
    format = forms.ChoiceField(label=_("Format"), choices=Format.choices)
    starts_at = forms.DateTimeField(
        label=_("Starts at"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("In the time zone below."),
    )
    duration_minutes = forms.IntegerField(label=_("Duration (minutes)"), min_value=MIN_MINUTES, max_value=MAX_MINUTES,
                                          initial=45)  # fmt: skip
    time_zone = forms.ChoiceField(label=_("Time zone"))
    location = forms.CharField(label=_("Place"), max_length=200, required=False)
    video_link = forms.URLField(
        label=_("Video link"),
        max_length=500,
        required=False,
        assume_scheme="https",
        # a meeting link the candidate opens in a browser: not ftp:// or other schemes URLValidator allows
        validators=[URLValidator(schemes=["http", "https"], message=_("Enter a link that starts with https://."))],
    )
    note_to_candidate = forms.CharField(label=_("Note to the candidate"), required=False, max_length=2000,
                                        widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip
    interviewers = IdMultipleChoiceField(label=_("Panel"), queryset=None, widget=forms.CheckboxSelectMultiple)
    allow_conflicts = forms.BooleanField(label=_("Schedule even though someone is double-booked"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zones = sorted(set(COMMON_ZONES) | {settings.TIME_ZONE})
        self.fields["time_zone"].choices = [(z, z) for z in zones] + [
            (z, z) for z in sorted(available_timezones() - set(zones)) if "/" in z
        ]
        self.fields["time_zone"].initial = settings.TIME_ZONE
        self.fields["interviewers"].queryset = panel_choices()
        self.fields["interviewers"].label_from_instance = lambda u: u.get_full_name() or u.username

    def clean(self):
        data = super().clean()
        starts, zone = data.get("starts_at"), data.get("time_zone")
        if starts and zone:
            from zoneinfo import ZoneInfo

            # The browser sends a wall-clock time; it is read in the chosen zone, not the server's.
            data["starts_at"] = starts.replace(tzinfo=None).replace(tzinfo=ZoneInfo(zone))
        return data


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason (sent to everyone)"), required=False, max_length=500)


class QuestionForm(forms.ModelForm):
    formats = forms.MultipleChoiceField(label=_("Formats"), choices=Format.choices, required=False,
                                        widget=forms.CheckboxSelectMultiple)  # fmt: skip
    competencies = forms.MultipleChoiceField(label=_("Competencies"), choices=KeyItem.choices,
                                             widget=forms.CheckboxSelectMultiple)  # fmt: skip

    class Meta:
        model = Question
        fields = ["code", "kind", "formats", "competencies", "text_en", "text_zh", "guidance_en", "guidance_zh",
                  "strong_en", "strong_zh", "weak_en", "weak_zh", "is_active"]  # fmt: skip
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in fields[4:12]}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["code"].disabled = True
