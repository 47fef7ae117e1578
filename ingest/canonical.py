"""One article, one row: canonical URLs and content hashes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that say who sent the reader, not what the page is.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|"
    r"_ga|_gl|ref|ref_src|ref_url|cmpid|cmp|ito|ns_\w+|smid|share|s_cid|at_\w+|ocid|"
    r"spm|from|src|source|feature|amp)$",
    re.IGNORECASE,
)


def canonical_url(url: str) -> str:
    """The URL with tracking parameters, fragment, default port and case noise removed.

    The remaining query parameters are sorted so that their order does not matter.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = (
        host
        if port is None or (scheme, port) in (("http", 80), ("https", 443))
        else (f"{host}:{port}")
    )
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not TRACKING_PARAMS.match(k)
    )
    # Characters that must be escaped in a URL path are escaped once, so that the same page
    # written with or without escapes has one canonical form. Slashes are collapsed after
    # unescaping, since "%2F" unescapes to one.
    path = quote(re.sub(r"/{2,}", "/", unquote(parts.path)), safe="/:@!$&'()*+,;=~") or "/"
    if path != "/" and path.endswith("/"):
        path = path[:-1]
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def content_hash(text: str) -> str:
    """A hash of the article's words, blind to whitespace and Unicode composition."""
    folded = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()
