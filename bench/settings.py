"""Production settings plus the ceiling route, for the benchmark server only.

Everything else (middleware, DEBUG off, persistent connections, throttling, HTTPS behind a
proxy) is exactly what config.settings reads from the environment, so the ceiling is measured
under the same server settings as the pages and the API.
"""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
