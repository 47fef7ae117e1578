"""The one fake allowed: outbound HTTP, replaced at ingest.fetch.http_get."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.fetch import RawResponse, TransientFetchError


@dataclass
class FakeWeb:
    """A tiny web: URL → (status, headers, body). Records every request made."""

    pages: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    down: set[str] = field(default_factory=set)
    requested: list[str] = field(default_factory=list)

    def page(
        self,
        url: str,
        body: bytes | str,
        *,
        status: int = 200,
        content_type: str = "text/html; charset=utf-8",
        **headers: str,
    ) -> None:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.pages[url] = (status, {"content-type": content_type, **headers}, body)

    def redirect(self, url: str, location: str, status: int = 301) -> None:
        self.pages[url] = (status, {"location": location}, b"")

    def http_get(self, url: str, *, timeout: float, max_bytes: int) -> RawResponse:
        self.requested.append(url)
        if url in self.down:
            raise TransientFetchError(f"could not reach {url}: connection refused")
        if url not in self.pages:
            return RawResponse(404, {"content-type": "text/html"}, b"not found")
        status, headers, body = self.pages[url]
        if len(body) > max_bytes:
            from ingest.fetch import FetchError

            raise FetchError(f"response larger than {max_bytes} bytes")
        return RawResponse(status, dict(headers), body)
