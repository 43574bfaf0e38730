"""The public application form: the person, their facts for screening, the posting's questions,
a resume and consent. Nothing here asks for gender, age, a photo or an ID number."""

import datetime
from decimal import Decimal

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from candidates.files import validate_resume
from candidates.models import CandidateMessage, Offer, RejectionReason, Source
from candidates.phones import normalise_phone
from requisitions.choices import EducationLevel, LanguageLevel
from requisitions.models import pick_language

LANGUAGE_FIELDS = {"language_zh": "zh", "language_en": "en"}


class ApplicationForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=120)
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    phone = forms.CharField(
        label=_("Mobile phone"), max_length=32, help_text=_("Mainland China mobile, or +country code and number.")
    )
    current_city = forms.CharField(label=_("Current city"), max_length=80, required=False)
    education = forms.ChoiceField(label=_("Highest education"), choices=EducationLevel.choices)
    major = forms.CharField(label=_("Major"), max_length=120, required=False)
    school = forms.CharField(label=_("School"), max_length=160, required=False)
    graduation_year = forms.IntegerField(label=_("Graduation year"), required=False)
    years_experience = forms.DecimalField(
        label=_("Years of work experience"), max_digits=4, decimal_places=1, min_value=0, max_value=60, initial=0
    )
    years_customer_service = forms.DecimalField(
        label=_("Of which in customer service"), max_digits=4, decimal_places=1, min_value=0, max_value=60, initial=0
    )
    cs_practice_hours = forms.IntegerField(
        label=_("Customer-service practice hours"),
        min_value=0,
        max_value=100000,
        initial=0,
        help_text=_("Internships, part-time or volunteer service work, if you have less than a year in the job."),
    )
    language_zh = forms.ChoiceField(
        label=_("Mandarin Chinese"), choices=[("", "—"), *LanguageLevel.choices], required=False
    )
    language_en = forms.ChoiceField(label=_("English"), choices=[("", "—"), *LanguageLevel.choices], required=False)
    source = forms.ChoiceField(label=_("How did you hear about this job?"), choices=Source.choices)
    referrer_name = forms.CharField(label=_("Who referred you?"), max_length=120, required=False)
    resume = forms.FileField(label=_("Resume"), required=False, help_text=_("PDF, Word (.docx) or a picture."))
    consent = forms.BooleanField(label=_("I agree that my data is processed for this application."))
    # A field people never see: bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    def __init__(self, *args, requisition, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.requisition = requisition
        self.questions = list(questions)
        year = datetime.date.today().year
        self.fields["graduation_year"].validators += [MinValueValidator(1950), MaxValueValidator(year + 6)]
        self.fields["resume"].required = requisition.resume_required
        self.fields["resume"].widget.attrs["accept"] = ".pdf,.docx,.jpg,.jpeg,.png,.webp"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        self.fields["phone"].widget.attrs.update({"inputmode": "tel", "autocomplete": "tel"})
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        for question in self.questions:
            self.fields[f"q_{question.pk}"] = self._question_field(question)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.add_input(Submit("submit", _("Send my application"), css_class="btn-lg w-100"))

    @staticmethod
    def _question_field(question):
        label = question.text
        required = question.required
        if question.kind == "long_text":
            return forms.CharField(
                label=label, required=required, max_length=4000, widget=forms.Textarea(attrs={"rows": 5})
            )
        if question.kind == "yes_no":
            return forms.ChoiceField(
                label=label, required=required, choices=[("yes", _("Yes")), ("no", _("No"))], widget=forms.RadioSelect
            )
        if question.kind == "choice":
            choices = [
                (str(c["value"]), pick_language(c.get("label_en", ""), c.get("label_zh", ""))) for c in question.choices
            ]
            return forms.ChoiceField(label=label, required=required, choices=choices, widget=forms.RadioSelect)
        if question.kind == "number":
            return forms.DecimalField(label=label, required=required, max_digits=12, decimal_places=2)
        return forms.CharField(label=label, required=required, max_length=200)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_phone(self):
        return normalise_phone(self.cleaned_data["phone"])

    def clean_website(self):
        if self.cleaned_data.get("website"):
            # Shown at the top of the form: the field itself is hidden from people.
            self.add_error(None, _("Your application could not be sent. Please try again."))
        return ""

    def clean_resume(self):
        uploaded = self.cleaned_data.get("resume")
        if not uploaded:
            return None
        self.resume_check = validate_resume(uploaded, max_bytes=settings.RESUME_MAX_MB * 1024 * 1024)
        return uploaded

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("source") == Source.REFERRAL and not (cleaned.get("referrer_name") or "").strip():
            self.add_error("referrer_name", _("Tell us who referred you."))
        years, cs_years = cleaned.get("years_experience"), cleaned.get("years_customer_service")
        if years is not None and cs_years is not None and cs_years > years:
            self.add_error("years_customer_service", _("This cannot be more than your total years of experience."))
        return cleaned

    def facts(self) -> dict:
        """The screening facts, JSON-ready (stored on the application)."""
        from candidates.services.applications import screening_facts

        data = self.cleaned_data
        return screening_facts(
            education=data["education"],
            years_experience=data["years_experience"],
            years_customer_service=data["years_customer_service"],
            cs_practice_hours=data["cs_practice_hours"],
            languages=self.languages(),
        )

    def languages(self) -> dict:
        data = self.cleaned_data
        return {code: data[field] for field, code in LANGUAGE_FIELDS.items() if data.get(field)}

    def answers(self) -> list[tuple]:
        """(question, answer as text) for every question of the posting."""
        result = []
        for question in self.questions:
            value = self.cleaned_data.get(f"q_{question.pk}")
            if isinstance(value, Decimal):
                value = format(value.normalize(), "f")
            result.append((question, "" if value is None else str(value)))
        return result

    def submission(self, *, language: str | None = None) -> dict:
        """The keyword arguments of ``application_submit`` from the cleaned form (the careers page and
        the API both submit through this). ``language``: the candidate's, else the page's."""
        from candidates.files import display_name

        person = self.person()
        if language:
            person["language"] = language
        resume = self.cleaned_data.get("resume")
        return {
            "person": person,
            "facts": self.facts(),
            "answers": self.answers(),
            "resume": resume,
            "resume_check": getattr(self, "resume_check", None),
            "resume_name": display_name(resume.name) if resume else "",
            "source": self.cleaned_data["source"],
            "referrer_name": self.cleaned_data.get("referrer_name", ""),
            "language": person["language"],
        }

    def person(self) -> dict:
        data = self.cleaned_data
        return {
            "full_name": data["full_name"].strip(),
            "email": data["email"],
            "phone": data["phone"],
            "current_city": data.get("current_city", "").strip(),
            "education": data["education"],
            "major": data.get("major", "").strip(),
            "school": data.get("school", "").strip(),
            "graduation_year": data.get("graduation_year"),
            "years_experience": data["years_experience"],
            "years_customer_service": data["years_customer_service"],
            "cs_practice_hours": data["cs_practice_hours"],
            "languages": self.languages(),
            "language": "zh-hans" if (translation.get_language() or "").startswith("zh") else "en",
        }


class MoveForm(forms.Form):
    """Move one application: to a stage, or reject with a reason and feedback."""

    target = forms.ChoiceField(label=_("Move to"), choices=[])
    reason = forms.ModelChoiceField(label=_("Rejection reason"), queryset=None, required=False)
    feedback = forms.CharField(
        label=_("Feedback to the candidate"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Leave empty to send the reason's standard feedback."),
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, targets, reasons=None, **kwargs):
        """``reasons``: the active rejection reasons read once for a page of several forms (a
        model choice field would read them again for each form it renders)."""
        from candidates.models import RejectionReason

        super().__init__(*args, **kwargs)
        self.fields["target"].choices = targets
        field = self.fields["reason"]
        field.queryset = RejectionReason.objects.filter(is_active=True)
        if reasons is not None:
            field.choices = [
                ("", field.empty_label),
                *((reason.pk, field.label_from_instance(reason)) for reason in reasons),
            ]


# The forms of the lists HR edits (rejection reasons, candidate messages) were added as one block at
# the end of the module, with their import; move it to the top when the module is next tidied.


class RejectionReasonForm(forms.ModelForm):
    """Add or edit a rejection reason (HR). On an existing reason the code is shown read-only: past
    rejections refer to it (the service refuses a change)."""

    class Meta:
        model = RejectionReason
        fields = ("code", "label_en", "label_zh", "feedback_en", "feedback_zh", "order", "is_active")
        widgets = {"feedback_en": forms.Textarea(attrs={"rows": 3}), "feedback_zh": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "code": _("Letters, digits, hyphens and underscores; it cannot change once saved."),
            "feedback_en": _("Sent to the candidate when they are rejected for this reason."),
            "order": _("Lower numbers come first in the list of reasons."),
            "is_active": _("Inactive reasons are kept for the history but no longer offered."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["code"].widget.attrs["readonly"] = True
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Save")))

    def _post_clean(self):
        pass  # the service validates the model (full_clean) and the list's rules, in one place


class CandidateMessageForm(forms.ModelForm):
    """Add or edit the e-mail a candidate receives when their application enters a stage (HR). A new
    message can be added only for a stage that has none; an existing one stays with its stage."""

    class Meta:
        model = CandidateMessage
        fields = ("stage", "subject_en", "subject_zh", "body_en", "body_zh", "is_active")
        widgets = {"body_en": forms.Textarea(attrs={"rows": 5}), "body_zh": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, free_stages=(), **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["stage"]
        else:
            self.fields["stage"].choices = [("", "—"), *free_stages]
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Save")))

    def _post_clean(self):
        pass  # the service validates the model (full_clean), in one place


class OfferForm(forms.ModelForm):
    """The terms of an offer (the service checks the range, the dates and the probation rule)."""

    class Meta:
        model = Offer
        fields = ["position_title", "department_name", "monthly_salary", "currency", "start_date", "contract_months",
                  "probation_months", "benefits", "expires_on", "language", "salary_note"]  # fmt: skip
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "expires_on": forms.DateInput(attrs={"type": "date"}),
            "benefits": forms.Textarea(attrs={"rows": 3}),
            "salary_note": forms.Textarea(attrs={"rows": 2}),
        }

    def _post_clean(self):
        pass  # the service validates the model and the offer rules, in one place


SCORE_CHOICES = [(n, n) for n in range(1, 6)]


class ProbationReviewForm(forms.Form):
    month = forms.TypedChoiceField(label=_("Month"), coerce=int, choices=[])
    knowledge = forms.TypedChoiceField(label=_("Professional knowledge"), coerce=int, choices=SCORE_CHOICES)
    skills = forms.TypedChoiceField(label=_("Business skills"), coerce=int, choices=SCORE_CHOICES)
    attitude = forms.TypedChoiceField(label=_("Service attitude"), coerce=int, choices=SCORE_CHOICES)
    teamwork = forms.TypedChoiceField(label=_("Teamwork"), coerce=int, choices=SCORE_CHOICES)
    comments = forms.CharField(
        label=_("Comments"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    recommendation = forms.ChoiceField(label=pgettext_lazy("probation review", "Recommendation"), choices=[])

    def __init__(self, *args, months=1, **kwargs):
        from candidates.models import ProbationReview

        super().__init__(*args, **kwargs)
        self.fields["month"].choices = [(n, n) for n in range(1, months + 1)]
        self.fields["recommendation"].choices = ProbationReview.Recommendation.choices


class ProbationOutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[
            ("pass", pgettext_lazy("probation outcome", "Pass")),
            ("extend", _("Extend")),
            ("terminate", _("Terminate")),
        ],
    )
    ends_on = forms.DateField(label=_("New end date (to extend)"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))  # fmt: skip
    note = forms.CharField(label=_("Note or reason"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip


class CandidateImportForm(forms.Form):
    """HR's upload of a spreadsheet of people (the service checks the file itself)."""

    file = forms.FileField(
        label=_("Spreadsheet (CSV)"),
        allow_empty_file=True,  # the service says what is wrong with the file, in one place
        help_text=_("In Excel: File › Save As › “CSV UTF-8 (comma delimited)”. Chinese GBK files are read too."),
    )
    tag = forms.CharField(
        label=_("Tag everyone imported with"),
        max_length=50,
        required=False,
        help_text=_("Optional, e.g. “job fair 2026-11”: to find these people in the talent pool."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs["accept"] = ".csv,text/csv"
        self.helper = FormHelper()
        self.helper.add_input(Submit("submit", _("Upload and import")))
