"""Recognising a slash command in what a member typed."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.pinyin import sounds
from bot.text import simplified, strip_leading_mentions

_COMMAND = re.compile(r"^/([^\s/]+)\s*(.*)$", re.S)
# Every character whose NFKC and case folding hold a "/" (tests/test_text_gate.py checks every code point):
# a text with none of them is no command, whatever its mentions or quote (most chat: one scan of the text).
SLASHES = "/\u2100\u2101\u2105\u2106\uff0f"
_MAY_BE_COMMAND = re.compile(f"[{SLASHES}]")
# A quoted reply as WeChat clients render it: 「name：quoted text」, a dashed line, then the reply.
_QUOTED = re.compile(r"^\s*「(?P<name>[^：:」]*)[：:](?P<text>.*)」\s*\n\s*(?:-\s*){6,}\n(?P<reply>.*)$", re.S)


@dataclass(frozen=True)
class ParsedCommand:
    name: str
    args: str
    typed: str = field(default="", compare=False)  # (g33) everything after the slash, as typed (``glued``)


@dataclass(frozen=True)
class Quote:
    name: str  # the quoted sender's display name (WeChat quotes carry no id)
    text: str


def quoted(text: str) -> Quote | None:
    """The message a reply quotes, if it is a quoted reply."""
    if (match := _QUOTED.match(text)) is None:
        return None
    return Quote(match.group("name").strip(), match.group("text").strip())


def parse_command(text: str) -> ParsedCommand | None:
    """``/help``, ``／help``, ``@群助手 /help``, a quoted reply ending in ``/ad`` -> ParsedCommand('help', '')."""
    if _MAY_BE_COMMAND.search(text) is None:
        return None
    if (match := _QUOTED.match(text)) is not None:
        text = match.group("reply")
    stripped = strip_leading_mentions(text)
    if not stripped:
        return None
    # NFKC on the command word only: ／ -> /, full-width letters -> ASCII; arguments stay as typed.
    head, sep, rest = stripped.partition(" ")
    # (s34) and in simplified script: /活動 is /活动.
    match = _COMMAND.match(simplified(unicodedata.normalize("NFKC", head).casefold()) + sep + rest)
    if match is None:
        return None
    return ParsedCommand(match.group(1), match.group(2).strip(), stripped[1:])


_ASCII_WORD = re.compile(r"[a-z0-9_]")


def glued(parsed: ParsedCommand, names: Iterable[str]) -> ParsedCommand | None:
    """(g33) A command name typed with its argument glued on ("/公告今天鸡蛋到货了", "/截单纸尿裤", "/改库存40"): the longest
    of ``names`` (every command's name and alias) the typed word begins with, the rest its arguments as typed; None when
    none begins it. Longest first: "/活动地点社区中心" is /活动地点, not /活动. A Latin name must end at a word's end
    ("/adxyz" is no /ad)."""
    typed = parsed.typed or parsed.name
    for name in sorted(set(names), key=len, reverse=True):
        if len(name) >= len(parsed.name) or not parsed.name.startswith(name):
            continue
        if _ASCII_WORD.fullmatch(name[-1]) and _ASCII_WORD.fullmatch(parsed.name[len(name)]):
            continue
        cut = _typed_length(typed, name)
        if cut is None:
            continue
        return ParsedCommand(name, typed[cut:].strip(), typed)
    return None


def _typed_length(typed: str, name: str) -> int | None:
    """How many characters of ``typed`` make ``name`` once NFKC-normalised and case-folded (full-width letters count one)."""
    for end in range(len(name), min(len(typed), 2 * len(name)) + 1):
        if simplified(unicodedata.normalize("NFKC", typed[:end]).casefold()) == name:
            return end
    return None


# (r33b) The field labels a command's usage shows ("/抽奖 奖品：保温杯 名额：3 …" -> 奖品, 名额): a label, then a colon.
_LABEL = re.compile(r"([^\s/：:=]{1,8})[：:=]")


def own_fields(usage: str, args: str) -> str | None:
    """The arguments of a command with its own field labels taken out, when they read as that command's own: they
    begin with a label its usage shows ("奖品：iPhone 名额：1", glued "奖品iPhone 名额1"); "" for none. None when they do
    not (free words after "/抽奖", or a command whose usage shows no labels): such a text is judged as any text."""
    args = args.strip()
    if not args:
        return ""
    labels = sorted(set(_LABEL.findall(usage)), key=len, reverse=True)
    if not labels or not args.startswith(tuple(labels)):
        return None
    return re.sub("(?:%s)\\s*[：:=]?" % "|".join(map(re.escape, labels)), " ", args).strip()


def meant(typed: str, names: Iterable[str]) -> str | None:
    """(s34) The command name an unknown one was a slip for, to offer as "您是说 /出题 吗？": the only name that sounds
    the same ("/出提", "/签道", "/抽将"), else the only one a single character away (added, dropped, changed, or two
    swapped: "/排形榜", "/hlep"; Latin names of three letters or more). None when none or several fit."""
    if not typed or len(typed) > MAX_TYPED:
        return None
    names = sorted(set(names))
    heard = sounds(typed)
    same = [n for n in names if len(n) == len(typed) and not n.isascii() and sounds(n) == heard]
    if len(same) == 1:
        return same[0]
    if same or len(typed) < 2 or (typed.isascii() and len(typed) < 3):
        return None
    near = [n for n in names if n.isascii() == typed.isascii() and len(n) >= 2 and _one_slip(typed, n)]
    return near[0] if len(near) == 1 else None


MAX_TYPED = 12  # a command name longer than this is no slip of one (and never costs more than a glance)


def _one_slip(typed: str, name: str) -> bool:
    """One character added, dropped or changed, or two neighbours swapped."""
    if typed == name or abs(len(typed) - len(name)) > 1:
        return False
    if len(typed) == len(name):
        diff = [i for i, (a, b) in enumerate(zip(typed, name)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and typed[diff[0]] == name[diff[1]] and typed[diff[1]] == name[diff[0]])
    short, long = sorted((typed, name), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
