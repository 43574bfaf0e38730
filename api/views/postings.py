from drf_spectacular.utils import OpenApiTypes, extend_schema
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from api import hropen
from api.errors import error_responses
from api.serializers.postings import PostingDetailSerializer, PostingFilterSerializer, PostingSerializer
from api.views.base import ApiViewSet
from requisitions.selectors import public_posting, public_postings


@extend_schema(tags=["postings"])
class PostingViewSet(ApiViewSet):
    """Open postings, as on the public careers page: no token needed. Internal-only postings (staff
    see them on the page while their internal window lasts) never go out through the API: a job
    board's token must not republish them."""

    permission_classes = [AllowAny]
    serializer_class = PostingSerializer
    filter_serializer_class = PostingFilterSerializer
    lookup_field = "slug"
    lookup_value_converter = "slug"

    def get_object(self):
        return self.found(public_posting(slug=self.kwargs["slug"]))

    @extend_schema(parameters=[PostingFilterSerializer], responses={200: PostingSerializer(many=True),
                   **error_responses(400, 404)})  # fmt: skip
    def list(self, request):
        return self.paged(public_postings(**self.filters()), PostingSerializer)

    @extend_schema(responses={200: PostingDetailSerializer, **error_responses(404)})
    def retrieve(self, request, slug=None):
        return Response(PostingDetailSerializer(self.get_object()).data)

    @extend_schema(responses={200: OpenApiTypes.OBJECT, **error_responses(404)})
    @action(detail=True, methods=["get"])
    def hropen(self, request, slug=None):
        """The posting as an HR Open Standards ``PositionOpening``."""
        return Response(hropen.position_opening(self.get_object()))
