"""The ceiling: a bare Django view answering a constant JSON body.

Served by the same gunicorn, settings and middleware as Concord, it measures what the stack
itself costs per request, so Concord's figures can be read as a share of it.
"""

from django.http import HttpRequest, HttpResponse

BODY = b'{"status":"ok","service":"concord","version":1}'


def ceiling(request: HttpRequest) -> HttpResponse:
    return HttpResponse(BODY, content_type="application/json")
