"""Page-number pagination whose bad parameters are answered with a 400 naming them."""

from __future__ import annotations

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination


def _positive_int(request, name: str) -> None:
    raw = request.query_params.get(name)
    if raw is not None and not (raw.isascii() and raw.isdigit() and 0 < int(raw) < 2**31):
        raise ValidationError({name: [f"Expected a whole number from 1, not {raw[:40]!r}."]})


class PagePagination(PageNumberPagination):
    """`page` and `page_size` (up to 500). Every list is ordered on a unique key last, so a
    page holds the same rows however often it is asked for."""

    page_size_query_param = "page_size"
    max_page_size = 500
    invalid_page_message = "Page {page_number} does not exist: {message}"

    def paginate_queryset(self, queryset, request, view=None):
        _positive_int(request, self.page_query_param)
        _positive_int(request, self.page_size_query_param)
        return super().paginate_queryset(queryset, request, view)
