from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    """``?page=N`` (from 1) and ``?page_size=N`` (1–100, default 25); the answer carries ``count``,
    ``next``, ``previous`` and ``results``."""

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100
