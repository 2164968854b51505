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
"""
from __future__ import annotations

import importlib.util

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
