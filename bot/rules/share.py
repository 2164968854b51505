"""Share cards: what a platform's share button posts (【知乎】a title, 复制打开抖音…, a share link).

A banned word in such a card is the topic of an article or a video that a member passes on
("【知乎】怎么看待现在的兼职刷单？"): discussion, not an offer. The banned-words rule lets it
pass unless the message also carries a way to reach someone, which no share button adds: a
WeChat/QQ id, a phone number, a link to another site, a link that adds a contact or joins a group
(weixin.qq.com/g/…, qm.qq.com), or a hook of the ads rule's cue file (私我, 进群, 加我). A
【抖音】 header does not hide an ad.

A link to a platform makes a card only where a share button puts it: at the end of a short
text (a title, a line of comment). A platform's link in the middle of a post is no card.
"""
from __future__ import annotations

import re
from pathlib import Path

from bot.rules.ads import contact_link, contacts, host_matcher, links, load_cues
from bot.rules.lexicon import lexicon, load_words
from bot.text import compact, forms

_REACH = frozenset({"wechat_id", "qq_id", "phone"})
_SCORE = r"\d+(?:\.\d+)?\s*"  # 抖音's leading share score: "7.43 复制打开抖音"
SHORT = 40  # compact characters before a trailing link: a title or a comment, not a post of its own
HOOK = "hook/reach"  # the cue family that asks the reader to reach the writer (私我, 加我, 进群), not a broad hook (群里, 头像)
# The ads rule's bare contact hints that ask the reader to get in touch (私聊, 加微信), unlike a
# bare 微信 that names the app in a title (【知乎】微信上的兼职刷单是真的吗？).
_ASK = re.compile(r"私聊|私信|(?:加|\+)\s*(?:我|一下)?\s*(?:v|微|薇|威)")


class ShareCards:
    def __init__(self, entries: tuple[str, ...], hooks: tuple[str, ...] = ()) -> None:
        """``entries``: platform domains (a line with a dot: zhihu.com) and names (知乎, 小红书);
        ``hooks``: words that draw a reader to the writer (私我, 进群): reach, in a card too."""
        domains = tuple(e for e in entries if "." in e)
        names = sorted({forms(e).folded for e in entries if "." not in e}, key=len, reverse=True)
        self._shared = host_matcher(domains)
        self._hooks = lexicon(tuple(hooks))
        alternatives = "|".join(map(re.escape, names))
        self._header = re.compile(rf"^\s*(?:{_SCORE})?(?:【(?:{alternatives})】|复制打开(?:{alternatives}))") if names else None
        # The fixed closing line of 小红书's and 快手's cards: "复制本条信息，打开【小红书】App查看精彩内容！"
        self._closing = re.compile(rf"打开【(?:{alternatives})】") if names else None

    @classmethod
    def from_files(cls, files: list[str], base_dir: Path, hook_files: list[str] = ()) -> "ShareCards":
        hooks = tuple(c for c, family in load_cues([], list(hook_files), base_dir).items() if family == HOOK)
        return cls(load_words([], files, base_dir), hooks)

    def card(self, folded: str) -> bool:
        """Whether a folded text is a share card: it opens with a platform's header (or holds its card's
        closing line), or ends with a link to one of its domains after a short text."""
        if self._header is not None and (self._header.search(folded) or self._closing.search(folded)):
            return True
        found = links(folded)
        if not found:
            return False
        host, _, start, end = found[-1]
        return self._shared(host) and not compact(folded[end:]) and len(compact(folded[:start])) <= SHORT

    def discussion(self, folded: str) -> bool:
        """A share card with no way to reach anyone in it: no id, phone number, hook word, ask to get
        in touch (私聊, 加微信), contact or group link, or link to another site."""
        if not self.card(folded) or _ASK.search(folded) or (len(self._hooks) and self._hooks.find(forms(folded))):
            return False
        foreign: list[str] = []
        invites: list[bool] = []

        def hosts(text: str) -> list:  # contacts() reads links through this (after 点 for ".")
            invites.append(contact_link(text))
            foreign.extend(host for host, *_ in links(text) if not self._shared(host))
            return []

        reach = any(s.kind in _REACH for s in contacts(folded, hosts))
        return not reach and not foreign and not any(invites)
