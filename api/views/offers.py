from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from api import permissions
from api.errors import error_responses
from api.forms_bridge import parse
from api.serializers.common import CommentSerializer
from api.serializers.offers import OfferFilterSerializer, OfferSerializer
from api.views.base import ApiViewSet
from candidates import selectors
from candidates.services import offers as services


@extend_schema(tags=["offers"])
class OfferViewSet(ApiViewSet):
    """Offers in your scope: HR all; a hiring manager those of their requisitions; an approver those
    waiting for their decision and those they decided on."""

    permission_classes = [permissions.OFFER_ROLES]
    action_permissions = {"approve": [permissions.APPROVER], "send": [permissions.HR_ONLY]}
    serializer_class = OfferSerializer
    filter_serializer_class = OfferFilterSerializer

    def get_object(self):
        return self.found(selectors.offer_for_user(user=self.request.user, pk=self.kwargs["pk"]))

    def fresh(self, offer):
        return Response(OfferSerializer(selectors.offer_for_user(user=self.request.user, pk=offer.pk) or offer).data)

    @extend_schema(parameters=[OfferFilterSerializer], responses={200: OfferSerializer(many=True),
                   **error_responses(400, 401, 403, 404)})  # fmt: skip
    def list(self, request):
        return self.paged(selectors.offers_for_user(user=request.user, **self.filters()), OfferSerializer)

    @extend_schema(responses={200: OfferSerializer, **error_responses(401, 403, 404)})
    def retrieve(self, request, pk=None):
        return Response(OfferSerializer(self.get_object()).data)

    @extend_schema(request=CommentSerializer, responses={200: OfferSerializer, **error_responses(400, 401, 403, 404)})
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        """An approver of the department's chain approves (enough approvals make it approved)."""
        body = parse(CommentSerializer, request.data)
        offer = services.offer_decide(
            actor=request.user, offer=self.get_object(), approve=True, comment=body["comment"]
        )
        return self.fresh(offer)

    @extend_schema(request=None, responses={200: OfferSerializer, **error_responses(400, 401, 403, 404)})
    @action(detail=True, methods=["post"])
    def send(self, request, pk=None):
        """HR sends an approved offer: a worker renders the PDF letter and e-mails it to the candidate."""
        return self.fresh(services.offer_send(actor=request.user, offer=self.get_object()))
