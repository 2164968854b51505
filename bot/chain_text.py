"""Reading orders and sign-ups as members type them: "+2", "鸡蛋 两份", "x2", "我报名 2人", and 接龙 chains.

A 接龙 chain is the whole list re-posted by each member with their own line added or
edited; numbering drifts, digits come full-width, names carry emoji, a name appears
twice. Identity is never taken from a name: the poster's member id is the identity,
and only the poster's own line is read (``own_line``). Everything here is pure.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import cn2an

from bot.text import normalize, strip_leading_mentions

MAX_QUANTITY = 999

_NUMBER = r"(\d{1,3}|[一二两俩三四五六七八九十]{1,3})"
_UNITS = "份件盒箱袋个斤瓶包组套提只条罐桶"
_PEOPLE = "人位个"
_TAIL = r"[\s~～!！。.,，😊🙏❤️👍]*$"


def number(text: str) -> int | None:
    """'3', '两', '俩', '十二', '二十五' -> int (cn2an); None if not a whole number."""
    try:
        value = cn2an.cn2an(text.replace("俩", "两"), "smart")
    except Exception:  # cn2an raises ValueError and others on what is not a number
        return None
    return int(value) if value == int(value) else None


def clean(text: str) -> str:
    """NFKC (full-width digits and signs), leading @-mentions off, spaces trimmed."""
    return unicodedata.normalize("NFKC", strip_leading_mentions(text)).strip()


# --- group-buy orders ------------------------------------------------------------------


@dataclass(frozen=True)
class Order:
    quantity: int  # 0: cancel
    add: bool = False  # "再来1份": on top of what the member already ordered


_CANCEL_ORDER = re.compile(r"^(?:我)?(?:取消(?:订单|下单|接龙|团购)?|不要了|我不要了|退单)" + _TAIL)
_PLUS = re.compile(r"^\+\s*" + _NUMBER + "?(?:" + f"[{_UNITS}]" + ")?" + _TAIL)
_TIMES = re.compile(r"^(.{0,12}?)\s*[x×*]\s*" + _NUMBER + _TAIL, re.IGNORECASE)
_MORE = re.compile(r"^(?:再|多)?(?:加|来|要)\s*" + _NUMBER + f"[{_UNITS}]" + _TAIL)
_AGAIN = re.compile(r"^再(?:加|来|要)?\s*" + _NUMBER + f"[{_UNITS}]" + _TAIL)
_CHANGE = re.compile(r"^(?:我)?(?:改成|改为|改|换成)\s*" + _NUMBER + f"[{_UNITS}]?" + _TAIL)
_WANT = re.compile(r"^(?:我)?(?:要|来|订|买|拍)?\s*(.{0,12}?)\s*" + _NUMBER + f"[{_UNITS}]" + _TAIL)


def parse_order(text: str, item_name: str = "") -> Order | None:
    """One order reply, or None for ordinary chat.

    The whole message must be an order: "今天买了两份报纸" is chat, "鸡蛋 2份" is an order
    when the group-buy's item is called 鸡蛋…; "+2", "x2", "两份", "我要3份", "改成3份",
    "再来1份" (adds), "取消" / "不要了" (cancels).
    """
    text = clean(text)
    if not text or "\n" in text:
        return None
    if _CANCEL_ORDER.match(text):
        return Order(0)
    if match := _PLUS.match(text):
        return _order(match.group(1) or "1")
    if match := _AGAIN.match(text):
        return _order(match.group(1), add=True)
    if match := _CHANGE.match(text):
        return _order(match.group(1))
    if match := _TIMES.match(text) or _WANT.match(text):
        negative = match.group(1).rstrip().endswith(("-", "−"))  # "我要-3份" is no order of 3
        return _order(match.group(2)) if _names_item(match.group(1), item_name) and not negative else None
    return None


def _order(digits: str, add: bool = False) -> Order | None:
    quantity = number(digits)
    if quantity is None or not 1 <= quantity <= MAX_QUANTITY:
        return None
    return Order(quantity, add)


def _names_item(words: str, item_name: str) -> bool:
    """Nothing, or a word of the item's name ("鸡蛋" for 鸡蛋30枚): not any chat before a count."""
    words = normalize(re.sub(r"^(?:我要|要|来|订|买|拍)", "", words.strip()))
    if not words:
        return True
    item = normalize(item_name)
    return len(words) >= 2 and bool(item) and (words in item or item.startswith(words[:2]))


# --- event sign-ups --------------------------------------------------------------------


@dataclass(frozen=True)
class SignUp:
    people: int  # 0: cancel


_CANCEL_SIGNUP = re.compile(r"^(?:我)?(?:取消报名|不去了|退出报名|报名取消)" + _TAIL)
_SIGNUP = re.compile(r"^(?:我要|我)?报名\s*(?:" + _NUMBER + f"[{_PEOPLE}]?)?" + _TAIL)
_FAMILY = re.compile(r"^(?:我要|我)?(?:报名)?\s*" + _NUMBER + "大" + _NUMBER + "小" + _TAIL)
_PLUS_PEOPLE = re.compile(r"^\+\s*" + _NUMBER + f"?[{_PEOPLE}]?" + _TAIL)


def parse_signup(text: str) -> SignUp | None:
    """'报名', '我报名 2人', '+1', '报名两位', '2大1小' (3 people), '取消报名'; None for chat."""
    text = clean(text)
    if not text or "\n" in text:
        return None
    if _CANCEL_SIGNUP.match(text):
        return SignUp(0)
    if match := _FAMILY.match(text):
        return _people(match.group(1), match.group(2))
    for pattern in (_SIGNUP, _PLUS_PEOPLE):
        if match := pattern.match(text):
            return _people(match.group(1) or "1")
    return None


def _people(*counts: str) -> SignUp | None:
    values = [number(c) for c in counts]
    if None in values or not 1 <= sum(values) <= MAX_QUANTITY:
        return None
    return SignUp(sum(values))


# --- 接龙 chains -------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainLine:
    number: int
    name: str  # a display name as typed: never an identity by itself
    quantity: int  # 份 for a group-buy, people for an event (2大1小 = 3)


_NUMBERED = re.compile(r"^\s*(\d{1,3})\s*(?:[.、)\]:：]|\s)\s*(\S.*?)\s*$")
_LINE_QTY = re.compile(
    r"^(.*?)\s*(?:" + _NUMBER + "大" + _NUMBER + r"小|[x×*+]\s*" + _NUMBER + "|" + _NUMBER
    + f"\\s*[{_UNITS}{_PEOPLE}]|\\s" + r"(\d{1,3}))" + _TAIL, re.IGNORECASE)


def parse_chain(text: str) -> list[ChainLine] | None:
    """The numbered lines of a 接龙 chain, or None if ``text`` is not one.

    A chain says "接龙" on its first line, or has at least two numbered lines.
    A line without a count is one (one 份, one person).
    """
    lines = unicodedata.normalize("NFKC", text).splitlines()
    if not lines:
        return None
    entries = [_chain_line(m.group(1), m.group(2)) for line in lines if (m := _NUMBERED.match(line))]
    entries = [e for e in entries if e is not None]
    if not entries or ("接龙" not in lines[0] and len(entries) < 2):
        return None
    return entries


def _chain_line(index: str, body: str) -> ChainLine | None:
    match = _LINE_QTY.match(body)
    if match is None:
        return ChainLine(int(index), body.strip(), 1)
    name = match.group(1).strip(" -—:：")
    if match.group(2):
        quantity = _sum(match.group(2), match.group(3))
    else:
        quantity = _sum(match.group(4) or match.group(5) or match.group(6))
    if not name:  # nothing but a count or digits: keep it as the name, one of it
        return ChainLine(int(index), body.strip(), 1)
    if quantity is None or not 1 <= quantity <= MAX_QUANTITY:
        return None
    return ChainLine(int(index), name, quantity)


def _sum(*parts: str) -> int | None:
    values = [number(p) for p in parts]
    return None if None in values else sum(values)


def is_titled(text: str) -> bool:
    """A chain started the WeChat way, "#接龙" on the first line (not just a numbered list)."""
    return "接龙" in unicodedata.normalize("NFKC", text).strip().split("\n", 1)[0]


def own_line(lines: list[ChainLine], poster_name: str, other_names: set[str], appended: bool = True) -> ChainLine | None:
    """The poster's own line: the last one bearing their display name (spaces, emoji and width
    aside), else, if ``appended``, the last line when it names nobody else in the group (the
    line they added). None when the poster has no line: a re-post of other people's lines
    orders nothing. Pass ``appended=False`` for an untitled numbered list ("1. 带围裙 2. 准时到"
    is notes, not a sign-up), so only a line with the poster's name counts."""
    mine = normalize(poster_name)
    others = {normalize(n) for n in other_names} - {mine, ""}
    if mine:
        named = [line for line in lines if normalize(line.name) == mine]
        # "波波 鸡蛋 1份": the name and then the item; not "小美妈妈" for 小美 when 小美妈妈 is a member
        named = named or [line for line in lines
                          if normalize(line.name).startswith(mine) and not _names_someone_else(normalize(line.name), "", others)]
        if named:
            return named[-1]
    last = normalize(lines[-1].name)
    return None if not appended or not last or _names_someone_else(last, mine, others) else lines[-1]


def _names_someone_else(name: str, mine: str, others: set[str]) -> bool:
    """Another member's name, or like one ("波波妈" beside 波波) and not like the poster's own."""
    if name in others:
        return True
    like_mine = bool(mine) and (mine in name or name in mine)
    return not like_mine and any(other in name or name in other for other in others)
