"""(p34) A member who names herself: seniors often write their own name where others write 我 ("崔姨问一下我积分多少了呀",
"宋姨的积分是多少" from 宋姨, "魏大妈有多少分了" from 魏大妈). Her display name, or its stem without what follows it in
brackets ("小李（店员）" → 小李), at the start of her message is 我; another member's name stays another member's.

Pure: text and her display name in, the text as if she had written 我.
"""
from __future__ import annotations

import re

_BRACKETED = re.compile(r"[（(【\[].*?[）)】\]]")
_DECOR = re.compile(r"[^\w\u4e00-\u9fff]+")
MIN_NAME = 2  # a one-character name (“芳”) is too often a word of its own


def stem(name: str) -> str:
    """Her display name as she would type it: without brackets, emoji, spaces."""
    return _DECOR.sub("", _BRACKETED.sub("", name or ""))


def as_herself(text: str, name: str) -> str:
    """``text`` with her own name at its start read as 我; unchanged when it does not start with it."""
    own = stem(name)
    if len(own) < MIN_NAME:
        return text
    raw = text.lstrip()
    if raw.startswith(own) and not raw.startswith(own + "说"):
        return "我" + raw[len(own):]
    return text
