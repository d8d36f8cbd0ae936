"""Download one web page the user asked for (the only network access geomap makes on its own).

>>> is_url("https://example.org/news/1"), is_url("notes about https://example.org")
(True, False)
"""

from __future__ import annotations

import email.message
import re
import urllib.error
import urllib.request
from typing import NamedTuple

from ..errors import DownloadError

__all__ = ["Fetched", "fetch_url", "is_url"]

_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
#: Larger responses are refused: no news article is this big.
MAX_BYTES = 50 * 1024 * 1024


class Fetched(NamedTuple):
    """A downloaded page: its bytes, the final URL (after redirects), media type and charset."""

    data: bytes
    url: str
    media_type: str
    charset: str | None


def is_url(text: str) -> bool:
    """Whether ``text`` is an http(s) URL and nothing else."""
    return bool(_URL.fullmatch(text.strip())) if len(text) < 8192 else False


def fetch_url(url: str, timeout: float = 30.0, max_bytes: int = MAX_BYTES) -> Fetched:
    """GET ``url`` and return what came back; a failure raises :class:`DownloadError` saying what to do."""
    import geomap

    request = urllib.request.Request(url, headers={
        "User-Agent": f"geomap/{getattr(geomap, '__version__', '0')} (news geoparser)",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    })
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            final_url = response.geturl()
            header = email.message.Message()
            header["content-type"] = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"{url}: the server answered {exc.code} {exc.reason}; check the address, or save the "
                            "page from a browser and give geomap the file") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DownloadError(f"cannot download {url}: {reason}; check the address and the network connection, or "
                            "save the page from a browser and give geomap the file") from None
    if len(data) > max_bytes:
        raise DownloadError(f"{url} is larger than {max_bytes // (1024 * 1024)} MB; that is not a news article. "
                            "Save the part you need to a file and read that")
    media_type = header.get_content_type() if header["content-type"] else ""
    return Fetched(data, final_url, media_type, header.get_param("charset") if media_type else None)
