"""What every API view shares: query-parameter validation, paging, one object in scope or 404."""

from django.http import Http404
from rest_framework import viewsets

from api.pagination import Pagination
from api.serializers.common import MAX_ID


class ApiViewSet(viewsets.GenericViewSet):
    pagination_class = Pagination
    lookup_value_converter = "int"
    filter_serializer_class = None
    action_permissions: dict = {}  # action -> permission classes, where they differ from the view's

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if isinstance(kwargs.get("pk"), int) and kwargs["pk"] > MAX_ID:
            raise Http404  # an id no database row can have (the database would refuse the number)

    def get_permissions(self):
        return [permission() for permission in self.action_permissions.get(self.action, self.permission_classes)]

    def filters(self) -> dict:
        """The validated query parameters (a 400 in the one error format when one is bad)."""
        if self.filter_serializer_class is None:
            return {}
        serializer = self.filter_serializer_class(data=self.request.query_params)
        serializer.is_valid(raise_exception=True)
        return {key: value for key, value in serializer.validated_data.items() if value not in ("", None)}

    def paged(self, queryset, serializer_class):
        page = self.paginate_queryset(queryset)
        data = serializer_class(page, many=True, context=self.get_serializer_context()).data
        return self.get_paginated_response(data)

    @staticmethod
    def found(obj):
        if obj is None:
            raise Http404
        return obj
