from django.conf import settings
from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers.common import id_field
from requisitions.models import Requisition, RequisitionRequirement, ScreeningQuestion


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


class RequirementSerializer(serializers.ModelSerializer):
    requirement = serializers.CharField(read_only=True)
    methods = serializers.SlugRelatedField(many=True, read_only=True, slug_field="code")

    class Meta:
        model = RequisitionRequirement
        fields = ["id", "order", "category", "key_item", "priority", "requirement", "requirement_en",
                  "requirement_zh", "industry", "methods"]  # fmt: skip


class PublicRequirementSerializer(serializers.ModelSerializer):
    """A demand-table row as the careers page shows it: the requirement, not how it is weighed or assessed."""

    requirement = serializers.CharField(read_only=True)

    class Meta:
        model = RequisitionRequirement
        fields = ["category", "requirement", "requirement_en", "requirement_zh"]


class QuestionSerializer(serializers.ModelSerializer):
    text = serializers.CharField(read_only=True)

    class Meta:
        model = ScreeningQuestion
        fields = ["id", "order", "kind", "text", "text_en", "text_zh", "required", "choices"]


class SalarySerializer(serializers.Serializer):
    minimum = serializers.DecimalField(max_digits=10, decimal_places=2, allow_null=True)
    maximum = serializers.DecimalField(max_digits=10, decimal_places=2, allow_null=True)
    currency = serializers.CharField()
    period = serializers.CharField()


class PostingSerializer(serializers.ModelSerializer):
    """A published posting as the careers page shows it (no internal data)."""

    title = serializers.CharField(read_only=True)
    summary = serializers.CharField(read_only=True)
    duties = serializers.ListField(child=serializers.CharField(), read_only=True)
    department = serializers.CharField(source="department.__str__", read_only=True)
    salary = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    apply_url = serializers.SerializerMethodField()

    class Meta:
        model = Requisition
        fields = ["slug", "title", "title_en", "title_zh", "department", "location", "level", "industry",
                  "employment_type", "headcount", "summary", "duties", "salary", "closes_on", "published_at",
                  "url", "apply_url"]  # fmt: skip

    @extend_schema_field(SalarySerializer(allow_null=True))
    def get_salary(self, requisition):
        salary = requisition.public_salary
        return SalarySerializer(salary).data if salary else None

    def get_url(self, requisition) -> str:
        return absolute(reverse("careers:detail", args=[requisition.slug]))

    def get_apply_url(self, requisition) -> str:
        return absolute(reverse("careers:apply", args=[requisition.slug]))


class PostingDetailSerializer(PostingSerializer):
    requirements = PublicRequirementSerializer(many=True, read_only=True)
    questions = QuestionSerializer(many=True, read_only=True)
    company_intro = serializers.CharField(read_only=True)
    benefits = serializers.CharField(read_only=True)

    class Meta(PostingSerializer.Meta):
        fields = [*PostingSerializer.Meta.fields, "company_intro", "benefits", "requirements", "questions"]


class PostingFilterSerializer(serializers.Serializer):
    location = serializers.CharField(required=False, max_length=120)
    department = id_field(required=False)
    level = serializers.ChoiceField(required=False, choices=Requisition._meta.get_field("level").choices)
    search = serializers.CharField(required=False, max_length=200)
