"""The OpenAPI description: what every operation shares is added here, once.

Every GET takes `format` (json or csv) and answers with an ETag (and a Last-Modified where
known), so it may answer 304; resources with names take `lang`; lists and details that can
trim their fields take `fields`. Every operation documents its errors in one shape.
"""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse
from rest_framework.permissions import SAFE_METHODS

from agreements.api.errors import ErrorSerializer

FORMAT = OpenApiParameter(
    "format",
    enum=["json", "csv"],
    description="Answer as JSON (default) or CSV; `Accept: text/csv` does the same. CSV has one "
    "row per result of the page, nested objects as dotted columns.",
)
FIELDS = OpenApiParameter(
    "fields",
    description="Comma-separated top-level fields to keep, such as `iso2,name`; an unknown "
    "name is a 400.",
)
ETAG = OpenApiParameter(
    "ETag",
    location=OpenApiParameter.HEADER,
    response=["200"],
    description="Send it back in If-None-Match to get a 304 when nothing changed.",
)
LAST_MODIFIED = OpenApiParameter(
    "Last-Modified",
    location=OpenApiParameter.HEADER,
    response=["200"],
    description="On details and timelines: the latest change among the rows shown.",
)
RETRY_AFTER = OpenApiParameter(
    "Retry-After",
    type=int,
    location=OpenApiParameter.HEADER,
    response=["429"],
    description="Seconds to wait.",
)


# Path parameters with an example from the reference data, for the docs and for test tools.
PATH_EXAMPLES = {
    "iso2": OpenApiParameter(
        "iso2",
        location=OpenApiParameter.PATH,
        description="ISO 3166 alpha-2 code (any case).",
        examples=[OpenApiExample("Kazakhstan", value="KZ")],
    ),
    "slug": OpenApiParameter(
        "slug",
        location=OpenApiParameter.PATH,
        description="The agreement's slug.",
        examples=[OpenApiExample("Abraham Accords", value="abraham-accords")],
    ),
}


def lang_parameter() -> OpenApiParameter:
    return OpenApiParameter(
        "lang",
        enum=list(settings.NAME_LANGUAGES),
        description="Language of the `name` fields (English where a name is missing).",
    )


ERRORS = {
    "400": "A parameter or a field is invalid; `errors` names it.",
    "401": "Not authenticated: send `Authorization: Token <key>` or log in.",
    "403": "Authenticated, but not in the editor group.",
    "404": "No such resource, or no such page.",
    "409": "The change conflicts with what is already recorded.",
    "429": "Too many requests; `Retry-After` says when to ask again.",
}


class ConcordAutoSchema(AutoSchema):
    def _is_read(self) -> bool:
        return self.method in SAFE_METHODS

    def _needs_editor(self) -> bool:
        return not self._is_read() or getattr(self.view, "editors_only", False)

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        parameters += [p for name, p in PATH_EXAMPLES.items() if f"{{{name}}}" in self.path]
        if self._is_read() and hasattr(self.view, "fields_param"):
            parameters += [FORMAT, lang_parameter(), ETAG, LAST_MODIFIED]
            if self.view.fields_param and getattr(self.view, "action", None) in (
                "list",
                "retrieve",
            ):
                parameters.append(FIELDS)
        return [*parameters, RETRY_AFTER]

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        codes = ["400", "404", "429"]
        if self._needs_editor():
            codes += ["401", "403"]
        if self.method in ("POST", "PATCH", "PUT"):
            codes.append("409")
        if self._is_read() and hasattr(self.view, "fields_param"):
            responses["304"] = {"description": "Not modified since the ETag or date sent."}
        for code in sorted(codes):
            error = OpenApiResponse(ErrorSerializer, ERRORS[code])
            responses.setdefault(code, self._get_response_for_code(error, code))
        return responses
