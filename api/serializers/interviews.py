from rest_framework import serializers

from api.serializers.common import UserRefSerializer, id_field
from interviews.models import Interview, Rating, Recommendation, Round, Scorecard


class InterviewSerializer(serializers.ModelSerializer):
    application = serializers.SerializerMethodField()
    interviewers = UserRefSerializer(many=True, read_only=True)
    scheduled_by = UserRefSerializer(read_only=True, allow_null=True)
    video_link = serializers.CharField(read_only=True, help_text="A URL, or empty.")

    class Meta:
        model = Interview
        fields = ["id", "application", "round", "format", "status", "starts_at", "ends_at", "time_zone",
                  "location", "video_link", "interviewers", "scheduled_by", "sequence", "cancelled_at"]  # fmt: skip
        read_only_fields = fields

    def get_application(self, interview) -> dict:
        application = interview.application
        return {
            "id": application.pk,
            "candidate": application.candidate.full_name,
            "requisition": {"id": application.requisition_id, "title": application.requisition.title},
            "stage": application.stage,
        }


class InterviewFilterSerializer(serializers.Serializer):
    status = serializers.ChoiceField(required=False, choices=Interview.Status.choices)
    round = serializers.ChoiceField(required=False, choices=Round.choices)
    application = id_field(required=False)
    mine = serializers.BooleanField(required=False, help_text="Only the interviews you sit on.")


class RatingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rating
        fields = ["id", "key_item", "label", "weight", "score", "evidence"]
        read_only_fields = fields


class ScorecardSerializer(serializers.ModelSerializer):
    interviewer = UserRefSerializer(read_only=True)
    ratings = RatingSerializer(many=True, read_only=True)
    application = serializers.IntegerField(source="interview.application_id", read_only=True)

    class Meta:
        model = Scorecard
        fields = ["id", "interview", "application", "interviewer", "version", "status", "recommendation",
                  "star_notes", "notes", "amendment_reason", "submitted_at", "ratings", "updated_at"]  # fmt: skip
        read_only_fields = fields


class RatingInputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    score = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=5)
    evidence = serializers.CharField(required=False, allow_blank=True, max_length=10000)


class ScorecardUpdateSerializer(serializers.Serializer):
    """A draft's changes; what is left out keeps its value."""

    recommendation = serializers.ChoiceField(required=False, allow_blank=True, choices=Recommendation.choices)
    star_notes = serializers.CharField(required=False, allow_blank=True, max_length=10000)
    notes = serializers.CharField(required=False, allow_blank=True, max_length=10000)
    amendment_reason = serializers.CharField(required=False, allow_blank=True, max_length=10000)
    ratings = RatingInputSerializer(many=True, required=False)


class ScorecardFilterSerializer(serializers.Serializer):
    application = id_field(
        required=False,
        help_text="The cards of this application you may read (the blind rule applies); without it, your own cards.",
    )  # fmt: skip
