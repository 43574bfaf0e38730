import re

from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.pagination import PageNumberPagination

PAGE = re.compile(r"[1-9][0-9]{0,8}")


class Pagination(PageNumberPagination):
    """``?page=N`` (from 1) and ``?page_size=N`` (1–100, default 25); the answer carries ``count``,
    ``next``, ``previous`` and ``results``. A page number that is not a positive whole number is a
    400; a page past the end, a 404."""

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100
    last_page_strings = ()

    def paginate_queryset(self, queryset, request, view=None):
        page = request.query_params.get(self.page_query_param)
        if page is not None and not PAGE.fullmatch(page):
            raise exceptions.ValidationError({self.page_query_param: [_("A page is a whole number from 1.")]})
        return super().paginate_queryset(queryset, request, view)
