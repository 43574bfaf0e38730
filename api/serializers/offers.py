from rest_framework import serializers

from api.serializers.candidates import RequisitionRefSerializer
from api.serializers.common import UserRefSerializer
from candidates.models import Offer, OfferApproval, OfferLetter


class ApprovalSerializer(serializers.ModelSerializer):
    approver = UserRefSerializer(read_only=True)

    class Meta:
        model = OfferApproval
        fields = ["approver", "approved", "comment", "created_at"]
        read_only_fields = fields


class LetterSerializer(serializers.ModelSerializer):
    class Meta:
        model = OfferLetter
        fields = ["version", "size", "created_at"]
        read_only_fields = fields


class OfferSerializer(serializers.ModelSerializer):
    application = serializers.SerializerMethodField()
    drafted_by = UserRefSerializer(read_only=True, allow_null=True)
    approvals = ApprovalSerializer(many=True, read_only=True)
    letters = LetterSerializer(many=True, read_only=True)

    class Meta:
        model = Offer
        fields = ["id", "application", "status", "position_title", "department_name", "monthly_salary", "currency",
                  "start_date", "contract_months", "probation_months", "benefits", "expires_on", "language",
                  "outside_range", "salary_note", "approvals_needed", "drafted_by", "approvals", "letter_version",
                  "letters", "sent_at", "decided_at", "created_at", "updated_at"]  # fmt: skip
        read_only_fields = fields

    def get_application(self, offer) -> dict:
        application = offer.application
        return {
            "id": application.pk,
            "candidate": application.candidate.full_name,
            "requisition": RequisitionRefSerializer(application.requisition).data,
            "stage": application.stage,
        }


class OfferFilterSerializer(serializers.Serializer):
    status = serializers.ChoiceField(required=False, choices=Offer.Status.choices)
