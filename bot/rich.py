"""Rich messages the bot sends: a picture, a link card, a mini-program card.

They travel through the one send queue beside text (a product post is picture, text, card,
each paced like any other send) and every adapter renders or records them: the local adapter
as replay actions (``image``, ``link``, ``mini_program``), the playground as WeChat would show
them, wechaty as ``FileBox`` / ``UrlLink`` / ``MiniProgram`` payloads built here, never by
fetching a page.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Picture:
    name: str  # the file name WeChat shows, e.g. 湿巾.jpg
    data: bytes = field(repr=False)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def record(self) -> dict:
        return {"kind": "image", "name": self.name, "sha256": self.sha256, "bytes": len(self.data)}

    def summary(self) -> str:
        return f"[图片] {self.name}"

    def base64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")


@dataclass(frozen=True)
class LinkCard:
    url: str
    title: str
    description: str = ""
    thumbnail: str = ""  # an image URL shown on the card

    def record(self) -> dict:
        return {"kind": "link", "url": self.url, "title": self.title, "description": self.description,
                **({"thumbnail": self.thumbnail} if self.thumbnail else {})}

    def summary(self) -> str:
        return f"[链接] {self.title}"


@dataclass(frozen=True)
class MiniProgramCard:
    appid: str  # wx + 16 hex digits
    title: str
    page_path: str = ""
    thumbnail: str = ""
    description: str = ""

    def record(self) -> dict:
        return {"kind": "mini_program", "appid": self.appid, "title": self.title, "page_path": self.page_path,
                **({"thumbnail": self.thumbnail} if self.thumbnail else {})}

    def summary(self) -> str:
        return f"[小程序] {self.title}"


Rich = Picture | LinkCard | MiniProgramCard


def key(item: Rich) -> tuple:
    """What makes two sends the same (a picture by its bytes' hash), for the queue's dedupe."""
    return (item.sha256,) if isinstance(item, Picture) else tuple(sorted(item.record().items()))
