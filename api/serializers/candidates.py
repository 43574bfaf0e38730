from django.urls import reverse
from rest_framework import serializers

from api.serializers.common import UserRefSerializer, id_field
from api.serializers.postings import absolute
from candidates.models import Application, Candidate, RejectionReason, ScreeningAnswer, Source, Stage, StageEvent
from candidates.selectors import SORTS
from requisitions.choices import EducationLevel, LanguageLevel
from requisitions.eligibility import Outcome
from requisitions.models import Requisition


class CandidateSerializer(serializers.ModelSerializer):
    tags = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")

    class Meta:
        model = Candidate
        fields = ["id", "full_name", "email", "phone", "current_city", "education", "major", "school",
                  "graduation_year", "years_experience", "years_customer_service", "cs_practice_hours", "languages",
                  "language", "tags", "in_talent_pool", "last_activity_at", "anonymised_at", "created_at"]  # fmt: skip
        read_only_fields = fields


class RequisitionRefSerializer(serializers.ModelSerializer):
    title = serializers.CharField(read_only=True)

    class Meta:
        model = Requisition
        fields = ["id", "title", "slug", "status"]
        read_only_fields = fields


class ApplicationSerializer(serializers.ModelSerializer):
    candidate = serializers.SerializerMethodField()
    requisition = RequisitionRefSerializer(read_only=True)
    average_score = serializers.SerializerMethodField(
        help_text="The weighted mean of submitted interview ratings (1–5); null when none, or hidden by the "
        "blind rule while you have an interview of this application to score."
    )

    class Meta:
        model = Application
        fields = ["id", "candidate", "requisition", "stage", "stage_changed_at", "source", "referrer_name",
                  "language", "screening_outcome", "knocked_out", "rejection_reason", "average_score",
                  "created_at", "updated_at"]  # fmt: skip
        read_only_fields = fields

    def get_candidate(self, application) -> dict:
        person = application.candidate
        return {"id": person.pk, "full_name": person.full_name, "email": person.email}

    def get_average_score(self, application) -> float | None:
        score = getattr(application, "average_score", None)
        return None if score is None else round(float(score), 2)


class AnswerSerializer(serializers.ModelSerializer):
    class Meta:
        model = ScreeningAnswer
        fields = ["question", "question_text", "answer", "knocked_out"]
        read_only_fields = fields


class EventSerializer(serializers.ModelSerializer):
    actor = UserRefSerializer(read_only=True, allow_null=True)
    reason = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    from_stage = serializers.CharField(read_only=True, help_text="A stage; empty on the first event.")

    class Meta:
        model = StageEvent
        fields = ["from_stage", "to_stage", "actor", "note", "reason", "created_at"]
        read_only_fields = fields


class ResumeRefSerializer(serializers.Serializer):
    name = serializers.CharField(source="original_name")
    kind = serializers.CharField()
    size = serializers.IntegerField()
    url = serializers.SerializerMethodField(help_text="Download (the same permission check as the page).")

    def get_url(self, resume) -> str:
        return absolute(reverse("candidates:resume_download", args=[resume.pk]))


class ApplicationDetailSerializer(ApplicationSerializer):
    facts = serializers.JSONField(read_only=True)
    answers = AnswerSerializer(many=True, read_only=True)
    events = EventSerializer(many=True, read_only=True)
    resume = serializers.SerializerMethodField()

    class Meta(ApplicationSerializer.Meta):
        fields = [*ApplicationSerializer.Meta.fields, "facts", "answers", "events", "resume"]
        read_only_fields = fields

    def get_resume(self, application) -> ResumeRefSerializer(allow_null=True):
        resume = getattr(application, "resume", None)
        return ResumeRefSerializer(resume).data if resume else None


class ApplicationFilterSerializer(serializers.Serializer):
    requisition = id_field(required=False)
    stage = serializers.ChoiceField(required=False, choices=Stage.choices)
    outcome = serializers.ChoiceField(required=False, choices=Outcome.choices)
    tag = serializers.CharField(required=False, max_length=50)
    search = serializers.CharField(required=False, max_length=200)
    sort = serializers.ChoiceField(required=False, choices=list(SORTS), default="newest")


class CandidateFilterSerializer(serializers.Serializer):
    tag = serializers.CharField(required=False, max_length=50)
    search = serializers.CharField(required=False, max_length=200)


class ResumeUploadSerializer(serializers.Serializer):
    filename = serializers.CharField(max_length=160)
    content_base64 = serializers.CharField(help_text="The file, base64-encoded (PDF, DOCX or a picture).")

    def validate_filename(self, value):
        return value.strip() or "resume"


class ApplicationCreateSerializer(serializers.Serializer):
    """An application received by an integration (a job board, an agency). The same checks as the
    careers form and the same screening run; the integration attests the candidate's consent."""

    requisition = id_field(help_text="An open posting's requisition id.")
    full_name = serializers.CharField(max_length=120)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=32)
    current_city = serializers.CharField(required=False, allow_blank=True)
    education = serializers.ChoiceField(choices=EducationLevel.choices)
    major = serializers.CharField(required=False, allow_blank=True)
    school = serializers.CharField(required=False, allow_blank=True)
    graduation_year = serializers.IntegerField(required=False, allow_null=True)
    years_experience = serializers.DecimalField(max_digits=4, decimal_places=1)
    years_customer_service = serializers.DecimalField(max_digits=4, decimal_places=1)
    cs_practice_hours = serializers.IntegerField()
    language_zh = serializers.ChoiceField(choices=LanguageLevel.choices, required=False, allow_blank=True)
    language_en = serializers.ChoiceField(choices=LanguageLevel.choices, required=False, allow_blank=True)
    source = serializers.ChoiceField(choices=Source.choices)
    referrer_name = serializers.CharField(required=False, allow_blank=True)
    consent = serializers.BooleanField(help_text="The candidate agreed to the processing of their data.")
    answers = serializers.DictField(
        child=serializers.CharField(allow_blank=True), required=False,
        help_text="Screening answers by question id (see the posting's questions).",
    )  # fmt: skip
    resume = ResumeUploadSerializer(required=False)
    language = serializers.ChoiceField(choices=[("zh-hans", "zh-hans"), ("en", "en")], default="zh-hans",
                                       help_text="The language of the candidate's e-mails.")  # fmt: skip


class TransitionSerializer(serializers.Serializer):
    target = serializers.ChoiceField(choices=Stage.choices)
    reason = serializers.SlugRelatedField(
        slug_field="code", queryset=RejectionReason.objects.filter(is_active=True), required=False, allow_null=True,
        help_text="A rejection reason's code (required to reject).",
    )  # fmt: skip
    feedback = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")
    note = serializers.CharField(required=False, allow_blank=True, max_length=2000, default="")
