"""One error format for every API response that is not a success:

    {"code": "invalid", "message": "…", "fields": {"email": ["…"]}}

``code`` is stable (``invalid``, ``not_authenticated``, ``authentication_failed``,
``permission_denied``, ``not_found``, ``method_not_allowed``, ``unsupported_media_type``,
``parse_error``, ``not_acceptable``, ``throttled``); ``message`` is for people, in the request's
language; ``fields`` (only on ``invalid``) names each field's problems, ``non_field_errors`` for
the rest. A service's ``ValidationError`` and ``PermissionDenied`` arrive here like DRF's own."""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, inline_serializer
from rest_framework import exceptions, serializers
from rest_framework.views import exception_handler as drf_exception_handler

NON_FIELD = "non_field_errors"


def _flatten(detail) -> list[str]:
    if isinstance(detail, dict):
        return [text for value in detail.values() for text in _flatten(value)]
    if isinstance(detail, list):
        return [text for value in detail for text in _flatten(value)]
    return [str(detail)]


def _fields(detail) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        return {str(name): _flatten(value) for name, value in detail.items()}
    return {NON_FIELD: _flatten(detail)}


def from_django(error: DjangoValidationError) -> exceptions.ValidationError:
    """A service's ValidationError as DRF's: field errors keep their field, the rest are non-field."""
    if hasattr(error, "error_dict"):
        return exceptions.ValidationError(
            {(NON_FIELD if name == "__all__" else name): texts for name, texts in error.message_dict.items()}
        )
    return exceptions.ValidationError({NON_FIELD: error.messages})


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        exc = from_django(exc)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, RequestDataTooBig):
        exc = exceptions.ParseError(_("The request body is too large."))
    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a real bug: Django's 500 handling (logged, no details shown)
    if isinstance(exc, exceptions.ValidationError):
        fields = _fields(exc.detail)
        texts = fields.get(NON_FIELD) or []
        body = {
            "code": "invalid",
            "message": texts[0] if len(fields) == 1 and texts else _("The request has errors; see the fields."),
            "fields": fields,
        }
    else:
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        body = {"code": codes if isinstance(codes, str) else "error", "message": " ".join(_flatten(response.data))}
    response.data = body
    return response


ErrorSerializer = inline_serializer(
    name="Error",
    fields={
        "code": serializers.CharField(),
        "message": serializers.CharField(),
        "fields": serializers.DictField(child=serializers.ListField(child=serializers.CharField()), required=False),
    },
)


def error_responses(*statuses: int) -> dict:
    """The documented error responses of an operation, all in the one format."""
    descriptions = {
        400: "Invalid input: see `fields`.",
        401: "No valid token.",
        403: "Your role or scope does not allow this.",
        404: "Not found, or not in your scope (in a list: a page past the end).",
    }
    return {status: OpenApiResponse(ErrorSerializer, description=descriptions[status]) for status in statuses}
