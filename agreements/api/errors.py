"""One shape for every error the API answers, and the handler that gives it."""

from __future__ import annotations

import math
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The change conflicts with what is already recorded."
    default_code = "conflict"


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong, in a sentence.")
    code = serializers.CharField(
        help_text="A stable code: invalid, not_found, not_authenticated, permission_denied, "
        "throttled, conflict, method_not_allowed..."
    )
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="On 400: the messages for each bad parameter or field, keyed by its name "
        "(nested fields as `sources.0.url`).",
    )
    retry_after = serializers.IntegerField(
        required=False, help_text="On 429: seconds to wait before asking again."
    )


def _flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested validation detail as {"field.sub": ["message", ...]}."""
    if isinstance(detail, dict):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            inner = prefix if key == "non_field_errors" and prefix else str(key)
            flat.update(_flatten(value, f"{prefix}.{key}" if prefix and inner != prefix else inner))
        return flat
    if isinstance(detail, list) and any(isinstance(item, dict | list) for item in detail):
        flat = {}
        for index, item in enumerate(detail):
            flat.update(_flatten(item, f"{prefix}.{index}" if prefix else str(index)))
        return flat
    messages = detail if isinstance(detail, list) else [detail]
    return {prefix or "non_field_errors": [str(message) for message in messages]}


def exception_handler(exc: Exception, context: dict) -> Response | None:
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
    elif isinstance(exc, IntegrityError):
        # Services check what they can first; a race between two editors can still end here.
        exc = Conflict()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = _flatten(exc.detail)
        names = ", ".join(name for name in errors if name != "non_field_errors")
        first = next(iter(errors.values()))[0]
        response.data = {
            "detail": f"Invalid {names}: {first}" if names else first,
            "code": "invalid",
            "errors": errors,
        }
    else:
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else "error"
        response.data = {
            "detail": str(response.data.get("detail", "")),
            "code": codes if isinstance(codes, str) else "error",
        }
        if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
            response.data["retry_after"] = math.ceil(exc.wait)
    return response
