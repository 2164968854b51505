"""Make python-wechaty 0.10.7 importable on Python 3.11-3.13 with today's libraries.

The SDK is unmaintained (last release 2022-11). Each fix below is applied only when
its breakage is present, and must run before the first ``import wechaty``:
``bot.adapters.wechaty_adapter`` calls ``apply()`` at import time.

1. Python >= 3.11 rejects dataclass defaults whose class is unhashable, and
   ``WechatyOptions.puppet_options = PuppetOptions()`` is one (python-wechaty#422):
   give ``PuppetOptions`` identity hashing. (We never rely on that shared default:
   the adapter always passes its own ``PuppetOptions``.)
2. pyee >= 12 moved ``AsyncIOEventEmitter`` to ``pyee.asyncio``: alias it back.
3. urllib3 >= 2 dropped ``get_host`` (imported by ``wechaty.user.url_link``):
   provide it from ``urllib3.util.url.parse_url``.
4. Python 3.13 removed ``telnetlib`` (used to test whether a TCP port is open):
   the ``standard-telnetlib`` backport is a dependency on 3.13+ (pyproject), so
   there is nothing to patch at run time.
5. wechaty-puppet 1.x gateways send error events as ``{"gerror": "<json>"}``; the
   client's ``EventErrorPayload`` requires ``data`` and raises ``ValueError`` inside
   the event loop, which ends the stream (and our reconnect restarts the WeChat
   session): accept ``gerror`` as the data.

The client's generated protocol classes predate two fields that newer gateways fill
(and may one day fill alone): a message's ``receive_time`` (field 10) and a sent
message's plain ``id`` (field 2). betterproto keeps fields it does not know as raw
bytes; ``receive_time_ms`` and ``sent_id`` read them from there.
"""
from __future__ import annotations

import importlib.util
import json

_applied = False


def apply() -> list[str]:
    """Apply the fixes this interpreter needs; return their names (for logs and tests)."""
    global _applied
    fixes: list[str] = []
    if _applied:
        return fixes
    fixes += _pyee_alias()
    fixes += _urllib3_get_host()
    fixes += _hashable_puppet_options()
    fixes += _tolerant_error_payload()
    if importlib.util.find_spec("telnetlib") is None:
        raise ImportError("telnetlib is missing: install the 'standard-telnetlib' backport (pip install 'qunbot[wechaty]')")
    _applied = True
    return fixes


def _pyee_alias() -> list[str]:
    import pyee

    if hasattr(pyee, "AsyncIOEventEmitter"):
        return []
    from pyee.asyncio import AsyncIOEventEmitter

    pyee.AsyncIOEventEmitter = AsyncIOEventEmitter
    return ["pyee.AsyncIOEventEmitter"]


def _urllib3_get_host() -> list[str]:
    import urllib3

    if hasattr(urllib3, "get_host"):
        return []
    from urllib3.util.url import parse_url

    def get_host(url: str) -> tuple[str, str | None, int | None]:
        """urllib3 1.x: (scheme, host, port), scheme defaulting to http."""
        parsed = parse_url(url)
        return parsed.scheme or "http", parsed.host, parsed.port

    urllib3.get_host = get_host
    return ["urllib3.get_host"]


def _hashable_puppet_options() -> list[str]:
    # Imported from its own module so that no wechaty_puppet dataclass default is needed yet.
    from wechaty_puppet.schemas.puppet import PuppetOptions

    if PuppetOptions.__hash__ is not None:
        return []
    PuppetOptions.__hash__ = object.__hash__  # type: ignore[method-assign]
    return ["PuppetOptions.__hash__"]


def _tolerant_error_payload() -> list[str]:
    import wechaty_puppet_service.puppet as service
    from wechaty_puppet.schemas.event import EventErrorPayload

    if service.EventErrorPayload is not EventErrorPayload:
        return []

    class ErrorPayload(EventErrorPayload):
        """``data`` from ``gerror`` (wechaty-puppet 1.x) or the whole payload: never raises."""

        def __init__(self, **fields: object) -> None:
            if fields.get("data") is None:
                fields = {"data": str(fields.get("gerror") or json.dumps(fields, ensure_ascii=False))}
            super().__init__(**fields)

    service.EventErrorPayload = ErrorPayload
    return ["EventErrorPayload(gerror)"]


def receive_time_ms(response: object) -> int | None:
    """``MessagePayloadResponse.receive_time`` (a google.protobuf.Timestamp) in ms, if sent."""
    raw = _unknown(response).get(10)
    if not isinstance(raw, bytes):
        return None
    stamp = _fields(raw)
    seconds, nanos = stamp.get(1, 0), stamp.get(2, 0)
    if not isinstance(seconds, int) or not isinstance(nanos, int) or seconds <= 0:
        return None
    return seconds * 1000 + nanos // 1_000_000


def sent_id(response: object) -> str | None:
    """A send's message id: the plain field 2 when the gateway sends it, else the deprecated wrapper."""
    raw = _unknown(response).get(2)
    if isinstance(raw, bytes) and raw:
        return raw.decode("utf-8", "replace")
    return getattr(response, "id", None) or None


def _unknown(response: object) -> dict[int, int | bytes]:
    try:
        return _fields(getattr(response, "_unknown_fields", b"") or b"")
    except ValueError:
        return {}


def _fields(data: bytes) -> dict[int, int | bytes]:
    """Protocol Buffers wire format, one level deep: field number -> varint or bytes (last wins)."""
    out: dict[int, int | bytes] = {}
    i = 0
    while i < len(data):
        key, i = _varint(data, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            out[number], i = _varint(data, i)
        elif wire == 2:
            size, i = _varint(data, i)
            if i + size > len(data):
                raise ValueError("truncated field")
            out[number], i = data[i:i + size], i + size
        elif wire in (1, 5):
            width = 8 if wire == 1 else 4
            out[number], i = int.from_bytes(data[i:i + width], "little"), i + width
        else:
            raise ValueError(f"unsupported wire type {wire}")
    return out


def _varint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if i >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[i]
        value |= (byte & 0x7F) << shift
        i, shift = i + 1, shift + 7
        if not byte & 0x80:
            return value, i
