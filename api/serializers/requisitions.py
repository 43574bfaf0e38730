from rest_framework import serializers

from api.serializers.common import UserRefSerializer, id_field
from api.serializers.postings import QuestionSerializer, RequirementSerializer
from requisitions.models import ApprovalStep, Requisition
from requisitions.services.requisitions import EDITABLE_FIELDS


class ApprovalStepSerializer(serializers.ModelSerializer):
    approver = UserRefSerializer(read_only=True)

    class Meta:
        model = ApprovalStep
        fields = ["round", "order", "approver", "decision", "comment", "decided_at"]


class RequisitionSerializer(serializers.ModelSerializer):
    title = serializers.CharField(read_only=True)
    department_name = serializers.CharField(source="department.__str__", read_only=True)
    hiring_manager = UserRefSerializer(read_only=True)
    recruiter = UserRefSerializer(read_only=True, allow_null=True)
    profile = serializers.SlugRelatedField(slug_field="slug", read_only=True, allow_null=True)

    class Meta:
        model = Requisition
        fields = ["id", "title", "status", "slug", "profile", "department_name", *EDITABLE_FIELDS,
                  "submitted_at", "approved_at", "published_at", "closed_at", "created_at", "updated_at"]  # fmt: skip
        read_only_fields = fields


class RequisitionDetailSerializer(RequisitionSerializer):
    requirements = RequirementSerializer(many=True, read_only=True)
    questions = QuestionSerializer(many=True, read_only=True)
    approval_steps = ApprovalStepSerializer(many=True, read_only=True)
    eligibility_paths = serializers.JSONField(read_only=True)

    class Meta(RequisitionSerializer.Meta):
        fields = [*RequisitionSerializer.Meta.fields, "eligibility_paths", "requirements", "questions",
                  "approval_steps"]  # fmt: skip
        read_only_fields = fields


class RequisitionWriteSerializer(serializers.ModelSerializer):
    """What a client may set (the schema of create and update). The values are checked by the
    requisition form and the service, as on the page."""

    hiring_manager = serializers.IntegerField(help_text="A user holding the hiring-manager role.")
    recruiter = serializers.IntegerField(required=False, allow_null=True, help_text="A user holding the HR role.")
    department = serializers.IntegerField()

    class Meta:
        model = Requisition
        fields = list(EDITABLE_FIELDS)


class RequisitionCreateSerializer(RequisitionWriteSerializer):
    profile = serializers.SlugField(
        required=False, help_text="Start from this position profile: its demand table, paths and texts are copied."
    )

    class Meta(RequisitionWriteSerializer.Meta):
        fields = [*EDITABLE_FIELDS, "profile"]


class RequisitionFilterSerializer(serializers.Serializer):
    status = serializers.ChoiceField(required=False, choices=Requisition.Status.choices)
    department = id_field(required=False)
    level = serializers.ChoiceField(required=False, choices=Requisition._meta.get_field("level").choices)
    search = serializers.CharField(required=False, max_length=200)
