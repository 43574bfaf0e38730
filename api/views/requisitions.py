from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from api import permissions
from api.errors import error_responses
from api.forms_bridge import clean, parse
from api.serializers.common import CommentSerializer
from api.serializers.requisitions import (
    RequisitionCreateSerializer,
    RequisitionDetailSerializer,
    RequisitionFilterSerializer,
    RequisitionSerializer,
    RequisitionWriteSerializer,
)
from api.views.base import ApiViewSet
from requisitions import selectors
from requisitions.forms import RequisitionForm
from requisitions.models import PositionProfile, Requisition
from requisitions.services import approval
from requisitions.services import requisitions as services
from requisitions.services.requisitions import EDITABLE_FIELDS


@extend_schema(tags=["requisitions"])
class RequisitionViewSet(ApiViewSet):
    """Requisitions in your scope: HR all; a hiring manager their own; an approver those waiting for
    them and those they decided on."""

    permission_classes = [permissions.REQUISITION_ROLES]
    serializer_class = RequisitionSerializer
    filter_serializer_class = RequisitionFilterSerializer
    action_permissions = {"create": [permissions.HR_OR_MANAGER], "partial_update": [permissions.HR_OR_MANAGER],
                          "submit": [permissions.HR_OR_MANAGER], "approve": [permissions.APPROVER],
                          "send_back": [permissions.APPROVER]}  # fmt: skip

    def get_object(self):
        return self.found(selectors.requisition_detail(user=self.request.user, pk=self.kwargs["pk"]))

    def detail_response(self, requisition, status=200):
        fresh = selectors.requisition_detail(user=self.request.user, pk=requisition.pk)
        return Response(RequisitionDetailSerializer(fresh or requisition).data, status=status)

    @extend_schema(parameters=[RequisitionFilterSerializer], responses={200: RequisitionSerializer(many=True),
                   **error_responses(400, 401, 403, 404)})  # fmt: skip
    def list(self, request):
        return self.paged(selectors.requisition_list(user=request.user, **self.filters()), RequisitionSerializer)

    @extend_schema(responses={200: RequisitionDetailSerializer, **error_responses(401, 403, 404)})
    def retrieve(self, request, pk=None):
        return Response(RequisitionDetailSerializer(self.get_object()).data)

    @extend_schema(request=RequisitionCreateSerializer,
                   responses={201: RequisitionDetailSerializer, **error_responses(400, 401, 403, 404)})  # fmt: skip
    def create(self, request):
        """A draft, blank or from a position profile (``profile``): the same form and service as the page."""
        values = parse(RequisitionCreateSerializer, request.data, partial=True)
        profile = None
        if values.get("profile"):
            profile = PositionProfile.objects.filter(slug=values.pop("profile"), is_active=True).first()
            if profile is None:
                raise Http404
        values.pop("profile", None)
        # Left-out fields take what the page's form starts with: the profile's texts, level and
        # industry, and the model's defaults (currency, period …).
        start = Requisition(**(services.profile_initial(profile) if profile else {}))
        values, _form = clean(RequisitionForm, values, instance=start, fields=EDITABLE_FIELDS, user=request.user)
        requisition = services.requisition_create(actor=request.user, profile=profile, **values)
        return self.detail_response(requisition, status=201)

    @extend_schema(request=RequisitionWriteSerializer(partial=True),
                   responses={200: RequisitionDetailSerializer, **error_responses(400, 401, 403, 404)})  # fmt: skip
    def partial_update(self, request, pk=None):
        """Change a draft or a returned requisition (its hiring manager or HR)."""
        requisition = self.get_object()
        values = parse(RequisitionWriteSerializer, request.data, partial=True)
        values, _form = clean(RequisitionForm, values, instance=requisition, fields=EDITABLE_FIELDS, user=request.user)

        requisition = services.requisition_update(actor=request.user, requisition=requisition, **values)
        return self.detail_response(requisition)

    @extend_schema(request=None, responses={200: RequisitionDetailSerializer, **error_responses(400, 401, 403, 404)})
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """Run the submission checks and start the department's approval chain."""
        return self.detail_response(approval.requisition_submit(actor=request.user, requisition=self.get_object()))

    @extend_schema(request=CommentSerializer,
                   responses={200: RequisitionDetailSerializer, **error_responses(400, 401, 403, 404)})  # fmt: skip
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        """The approver whose turn it is approves (the next approver is asked)."""
        return self._decide(request, approve=True)

    @extend_schema(request=CommentSerializer,
                   responses={200: RequisitionDetailSerializer, **error_responses(400, 401, 403, 404)})  # fmt: skip
    @action(detail=True, methods=["post"], url_path="return")
    def send_back(self, request, pk=None):
        """The approver whose turn it is returns it to the requester with a comment (required)."""
        return self._decide(request, approve=False)

    def _decide(self, request, *, approve):
        body = parse(CommentSerializer, request.data)
        requisition = approval.requisition_decide(
            actor=request.user, requisition=self.get_object(), approve=approve, comment=body["comment"]
        )
        return self.detail_response(requisition)
