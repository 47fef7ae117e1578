"""A real HTTP server on loopback for fetch tests and the worker test (no fake involved)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Route:
    def __init__(
        self,
        body: bytes = b"",
        status: int = 200,
        headers: dict | None = None,
        delay: float = 0.0,
        chunks: int = 1,
    ):
        self.body, self.status, self.headers = body, status, headers or {}
        self.delay, self.chunks = delay, chunks


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[str]:
    """Serve `routes` (path → Route) on 127.0.0.1; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            route = routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            step = max(1, len(route.body) // route.chunks)
            try:
                for start in range(0, len(route.body), step):
                    self.wfile.write(route.body[start : start + step])
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading (size cap): that is the point

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
