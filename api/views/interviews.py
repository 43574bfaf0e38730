from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from api import permissions
from api.errors import error_responses
from api.forms_bridge import parse
from api.serializers.interviews import (
    InterviewFilterSerializer,
    InterviewSerializer,
    ScorecardFilterSerializer,
    ScorecardSerializer,
    ScorecardUpdateSerializer,
)
from api.views.base import ApiViewSet
from interviews import selectors
from interviews.services import scorecards as services


@extend_schema(tags=["interviews"])
class InterviewViewSet(ApiViewSet):
    """Interviews in your scope: HR all; a hiring manager those of their requisitions and those they sit
    on; an interviewer those they sit on."""

    permission_classes = [permissions.INTERVIEW_ROLES]
    serializer_class = InterviewSerializer
    filter_serializer_class = InterviewFilterSerializer

    def get_object(self):
        return self.found(selectors.interview_for_user(user=self.request.user, pk=self.kwargs["pk"]))

    @extend_schema(parameters=[InterviewFilterSerializer], responses={200: InterviewSerializer(many=True),
                   **error_responses(400, 401, 403, 404)})  # fmt: skip
    def list(self, request):
        interviews = selectors.interview_list(user=request.user, **self.filters())
        return self.paged(interviews, InterviewSerializer)

    @extend_schema(responses={200: InterviewSerializer, **error_responses(401, 403, 404)})
    def retrieve(self, request, pk=None):
        return Response(InterviewSerializer(self.get_object()).data)

    @extend_schema(request=None, responses={200: ScorecardSerializer, **error_responses(400, 401, 403, 404)})
    @action(detail=True, methods=["post"])
    def scorecard(self, request, pk=None):
        """Your card for this interview: the open draft, else the submitted card, else a new draft with
        one rating per competency of the round. Only for members of the panel."""
        card = services.scorecard_start(actor=request.user, interview=self.get_object())
        return Response(ScorecardSerializer(selectors.scorecard_for(user=request.user, pk=card.pk)).data)


@extend_schema(tags=["scorecards"])
class ScorecardViewSet(ApiViewSet):
    """Scorecards: your own (drafts included) and, per application, the others' submitted cards you may
    read: nobody else's while you still owe your own card for an interview of that application."""

    permission_classes = [permissions.INTERVIEW_ROLES]
    serializer_class = ScorecardSerializer
    filter_serializer_class = ScorecardFilterSerializer

    def get_object(self):
        return self.found(selectors.scorecard_for(user=self.request.user, pk=self.kwargs["pk"]))

    @extend_schema(parameters=[ScorecardFilterSerializer], responses={200: ScorecardSerializer(many=True),
                   **error_responses(400, 401, 403, 404)})  # fmt: skip
    def list(self, request):
        filters = self.filters()
        if "application" in filters:
            cards = selectors.scorecards_of_application(user=request.user, application_id=filters["application"])
        else:
            cards = selectors.own_cards(request.user)
        return self.paged(cards, ScorecardSerializer)

    @extend_schema(responses={200: ScorecardSerializer, **error_responses(401, 403, 404)})
    def retrieve(self, request, pk=None):
        return Response(ScorecardSerializer(self.get_object()).data)

    @extend_schema(request=ScorecardUpdateSerializer,
                   responses={200: ScorecardSerializer, **error_responses(400, 401, 403, 404)})  # fmt: skip
    def partial_update(self, request, pk=None):
        """Save your draft: scores 1–5 (null clears one), evidence, notes, the recommendation."""
        card = self.get_object()
        changes = parse(ScorecardUpdateSerializer, request.data)
        data = {name: changes.get(name, getattr(card, name))
                for name in ("recommendation", "star_notes", "notes", "amendment_reason")}  # fmt: skip
        ratings = {rating.pk: rating for rating in card.ratings.all()}
        for rating in ratings.values():
            data[f"score_{rating.pk}"] = "" if rating.score is None else str(rating.score)
            data[f"evidence_{rating.pk}"] = rating.evidence
        for given in changes.get("ratings", []):
            if given["id"] not in ratings:
                raise ValidationError({"ratings": _("Rating %(id)s is not on this card.") % {"id": given["id"]}})
            if "score" in given:
                data[f"score_{given['id']}"] = "" if given["score"] is None else str(given["score"])
            if "evidence" in given:
                data[f"evidence_{given['id']}"] = given["evidence"]
        services.scorecard_save(actor=request.user, scorecard=card, data=data)
        return Response(ScorecardSerializer(self.get_object()).data)

    @extend_schema(request=None, responses={200: ScorecardSerializer, **error_responses(400, 401, 403, 404)})
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """Lock your draft: every competency scored and a recommendation chosen."""
        card = services.scorecard_submit(actor=request.user, scorecard=self.get_object())
        return Response(ScorecardSerializer(selectors.scorecard_for(user=request.user, pk=card.pk)).data)

    @extend_schema(request=None, responses={200: ScorecardSerializer, **error_responses(400, 401, 403, 404)})
    @action(detail=True, methods=["post"])
    def amend(self, request, pk=None):
        """Open a new draft version of your submitted card (the submitted one stays until you submit)."""
        card = services.scorecard_amend(actor=request.user, scorecard=self.get_object())
        return Response(ScorecardSerializer(selectors.scorecard_for(user=request.user, pk=card.pk)).data)
