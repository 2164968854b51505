"""Share cards: what a platform's share button posts (【知乎】a title, 复制打开抖音…, a share link).

A banned word in such a card is the topic of an article or a video that a member passes on
("【知乎】怎么看待现在的兼职刷单？"): discussion, not an offer. The banned-words rule lets it
pass unless the message also carries a way to reach someone (a WeChat/QQ id, a phone number,
a link to another site), which no share button adds: a 【抖音】 header does not hide an ad.
"""
from __future__ import annotations

import re
from pathlib import Path

from bot.rules.ads import contacts, host_matcher, link_hosts
from bot.rules.lexicon import load_words
from bot.text import forms

_REACH = frozenset({"wechat_id", "qq_id", "phone"})
_SCORE = r"\d+(?:\.\d+)?\s*"  # 抖音's leading share score: "7.43 复制打开抖音"


class ShareCards:
    def __init__(self, entries: tuple[str, ...]) -> None:
        """``entries``: platform domains (a line with a dot: zhihu.com) and names (知乎, 小红书)."""
        domains = tuple(e for e in entries if "." in e)
        names = sorted({forms(e).folded for e in entries if "." not in e}, key=len, reverse=True)
        self._shared = host_matcher(domains)
        alternatives = "|".join(map(re.escape, names))
        self._header = re.compile(rf"^\s*(?:{_SCORE})?(?:【(?:{alternatives})】|复制打开(?:{alternatives}))") if names else None

    @classmethod
    def from_files(cls, files: list[str], base_dir: Path) -> "ShareCards":
        return cls(load_words([], files, base_dir))

    def card(self, folded: str) -> bool:
        """Whether a folded text is a share card: a platform's header, or a link to one of its domains."""
        if self._header is not None and self._header.search(folded):
            return True
        return any(self._shared(host) for host in link_hosts(folded))

    def discussion(self, folded: str) -> bool:
        """A share card with no way to reach anyone in it: no id, phone number or link to another site."""
        if not self.card(folded):
            return False
        foreign: list[str] = []

        def hosts(text: str) -> list:  # contacts() reads links through this (after 点 for ".")
            foreign.extend(host for host in link_hosts(text) if not self._shared(host))
            return []

        reach = any(s.kind in _REACH for s in contacts(folded, hosts))
        return not reach and not foreign
