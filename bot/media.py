"""Pictures for posts, from a file beside the config or a URL, loaded once and kept.

A product or content item names its picture by path (relative to the config file's folder) or
by http(s) URL. The bytes are read or fetched the first time a post needs them and kept in
memory (a URL is never fetched twice); a missing file or a failed fetch is a ``MediaError``
with a clear message, and the post goes out without its picture rather than not at all.
"""
from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

from bot.rich import Picture

log = logging.getLogger(__name__)

MAX_BYTES = 10 * 1024 * 1024  # WeChat refuses larger pictures; so do we, with the reason
_KEPT = 64  # pictures kept in memory


class MediaError(Exception):
    pass


class Pictures:
    def __init__(self, base_dir: Path, timeout: float = 10.0) -> None:
        self.base_dir = base_dir
        self._timeout = timeout
        self._kept: OrderedDict[str, Picture] = OrderedDict()
        self._lock = asyncio.Lock()

    async def get(self, ref: str) -> Picture:
        """The picture named by ``ref`` (a path or an http(s) URL); MediaError when it cannot be had."""
        async with self._lock:  # one fetch per URL even when a fan-out asks for it many times at once
            if (kept := self._kept.get(ref)) is not None:
                self._kept.move_to_end(ref)
                return kept
            picture = await (self._fetch(ref) if _is_url(ref) else asyncio.to_thread(self._read, ref))
            self._kept[ref] = picture
            if len(self._kept) > _KEPT:
                self._kept.popitem(last=False)
            return picture

    async def maybe(self, ref: str | None, what: str) -> tuple[Picture, ...]:
        """``(picture,)``, or ``()`` with a log line naming ``what`` when it cannot be had."""
        if not ref:
            return ()
        try:
            return (await self.get(ref),)
        except MediaError as exc:
            log.error("%s: its picture is left out: %s", what, exc)
            return ()

    def _read(self, ref: str) -> Picture:
        path = Path(ref) if Path(ref).is_absolute() else self.base_dir / ref
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise MediaError(f"cannot read the picture {path}: {exc.strerror or exc}") from None
        return _checked(path.name, data, str(path))

    async def _fetch(self, url: str) -> Picture:
        # Imported here: aiohttp's client costs ~0.4 s of CPU at import and fetches are rare (a URL once, then
        # kept above); every process importing bot.app (check-config, replay, --help) would pay it otherwise.
        import aiohttp

        try:
            timeout = aiohttp.ClientTimeout(total=self._timeout)
            async with aiohttp.ClientSession(timeout=timeout) as session, session.get(url) as response:
                if response.status != 200:
                    raise MediaError(f"fetching the picture {url} gave HTTP {response.status}")
                data = await response.content.read(MAX_BYTES + 1)
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            raise MediaError(f"cannot fetch the picture {url}: {type(exc).__name__} {exc}".strip()) from None
        return _checked(PurePosixPath(urlparse(url).path).name or "picture.jpg", data, url)


def _checked(name: str, data: bytes, where: str) -> Picture:
    if not data:
        raise MediaError(f"the picture {where} is empty")
    if len(data) > MAX_BYTES:
        raise MediaError(f"the picture {where} is over {MAX_BYTES // 1024 // 1024} MB")
    return Picture(name, data)


def _is_url(ref: str) -> bool:
    return ref.startswith(("http://", "https://"))
