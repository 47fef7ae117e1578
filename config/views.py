"""What a visitor sees when something fails below the views."""

from __future__ import annotations

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse

RETRY_AFTER_SECONDS = 30
UNAVAILABLE = "The database is unavailable for a moment; nothing was changed. Please try again."


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 handler, which tells a database outage apart from a bug.

    Django calls it while handling the exception, so `sys.exc_info()` names it. A lost or
    refused database connection (PostgreSQL restarting, failing over) is a 503 with
    Retry-After: the request did nothing and may be repeated. Either way no detail leaks.
    """
    error = sys.exc_info()[1]
    api = request.path.startswith("/api/")
    if isinstance(error, OperationalError | InterfaceError):
        if api:
            response = JsonResponse(
                {"detail": UNAVAILABLE, "code": "service_unavailable"}, status=503
            )
        else:
            page = f"<!DOCTYPE html><title>Unavailable</title><h1>Unavailable</h1><p>{UNAVAILABLE}"
            response = HttpResponse(page, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    if api:
        return JsonResponse({"detail": "Server error.", "code": "error"}, status=500)
    return HttpResponse(
        "<!DOCTYPE html><title>Server error</title><h1>Server error (500)</h1>", status=500
    )
