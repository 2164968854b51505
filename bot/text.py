"""One normalisation for messages and lexicons alike, so evasions match.

NFKC folds full-width and compatibility forms (① = 1), casefold folds case,
OpenCC (C++) maps traditional to simplified script (called only for a text holding a
character it could change: ``simplified``), and everything that is not
a letter or digit (spaces, symbols, zero-width characters, emoji) is dropped
from the compact form. Look-alike symbols that NFKC keeps are folded too, for
every rule alike (``lookalikes``): ❶ ➀ = 1, ➕ = +, enclosed and squared letters
(🅥 🆅 🇻 = v), letters of other scripts read as V, X, W (ν ѵ ᐯ Ꮩ = v, х χ = x, ω ш = w; not the ω of
ω-3), 🐧 = 企鹅, 🟢 = 绿 as in 绿泡泡, and the emoji that stand for a word in ads (💰 = 钱, 📞 = 电话, 🆓 = 免费).
The compact form reads "+" as 加 (➕我, +V).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain, repeat
from typing import NamedTuple

import opencc

from bot.charmap import alnum as _alnum, class_table, collect as _collect, translate as _translate
from bot.events import Quote

_WORD = re.compile(r"[^\W_]+")  # runs of letters and digits; joining them is faster than deleting the rest

# Full-width punctuation is in nearly every Chinese message, and one such character sends
# unicodedata's NFKC down its slow path (~5 µs a message). Each of these folds to one ASCII
# character, and NFKC of a text is unchanged when a character is replaced by its own NFKC form,
# so replacing them first and letting the quick check prove the rest normal gives the same result.
_PUNCTUATION = tuple((wide, unicodedata.normalize("NFKC", wide)) for wide in "，！？：；（）～＂＇　")


# ``_PUNCTUATION`` as a table for ``bot.charmap.translate`` (every other character maps to itself; U+0000 gives up).
def _punctuation_table() -> str:
    table = [chr(c) for c in range(max(ord(wide) for wide, _ in _PUNCTUATION) + 1)]
    for wide, narrow in _PUNCTUATION:  # each folds to one character
        table[ord(wide)] = narrow
    return "".join(table)


_PUNCTUATION_TABLE = _punctuation_table() if _translate is not None else ""
_NO_CODE = 0x110000  # translate's ``beyond``: no character gives up for its code point


def _lookalikes() -> dict[int, str]:
    """Symbols that evasions use for digits, letters, "+" and words, and what they stand for.

    NFKC already reads ① as 1, ⑴ as (1), ⒈ as 1., Ⓦ and 𝐰 as w, 🈶 as 有 and 🉑 as 可."""
    table: dict[int, str] = {}
    for first in (0x2776, 0x2780, 0x278A, 0x24F5):  # ❶-❿ ➀-➉ ➊-➓ ⓵-⓾
        table.update({first + i: str(i + 1) for i in range(10)})
    for first in (0x1F150, 0x1F170, 0x1F1E6):  # 🅐-🅩 🅰-🆉 🇦-🇿 (a flag's pair reads as its code: harmless)
        table.update({first + i: chr(ord("a") + i) for i in range(26)})
    symbols = {"0": "⓿", "+": "➕✚✙", "企鹅": "🐧", "绿": "🟢💚🍏", "钱": "💰💵💴💸🤑", "电话": "📞☎📲",
               "免费": "🆓", "药": "💊"}
    table.update({ord(c): word for word, chars in symbols.items() for c in chars})
    table.update(_letter_lookalikes())
    return table


# Letters of other scripts (Greek, Cyrillic, Armenian, Cherokee, Canadian syllabics) and symbols that read as the V,
# X and W of vx, wx, V信 (ν信, ѵх, ωx, ᐯ信, Ꮩх, шx): NFKC keeps them, so without this 加ᐯ：abc123 held no WeChat word.
_LETTERS = {"v": "νѵᐯᏙ∨⋁ʋⱱ", "x": "хχҳᕁ╳⨯", "w": "ωѡшщաɯᴡʍᗯᎳᏔϣ"}
# Where to look for the characters NFKC and casefold turn into one of them (their capitals, Ω, 𝛚, ꮩ...): those
# blocks hold every one (tests/test_moderation_m15.py checks every code point).
_LETTER_BLOCKS = (range(0x3000), range(0xA700, 0xAC00), range(0x3300, 0x3400), range(0x10780, 0x107C0),
                  range(0x1D400, 0x1D800))


def _letter_lookalikes() -> dict[int, str]:
    """``_LETTERS`` and every character whose NFKC and casefold holds one of them (Ν, Ω, 𝛎, ㏀ = kω): the text is
    folded after NFKC and casefold, but ``forms`` sends it the look-alike way only for a character of the table
    (``_MARKS``), so each such character must be one (~10 ms once)."""
    letters = {c: letter for letter, chars in _LETTERS.items() for c in chars}
    table = {ord(c): letter for c, letter in letters.items()}
    for code in chain.from_iterable(_LETTER_BLOCKS):
        folded = unicodedata.normalize("NFKC", chr(code)).casefold()
        if code not in table and not letters.keys().isdisjoint(folded):
            table[code] = "".join(letters.get(c, c) for c in folded)
    return table


_LOOKALIKES = _lookalikes()
# The emoji that stand for a word may also be mere separators inside a banned word (刷💰单返利).
_WORD_EMOJI = {c: None for c, word in _LOOKALIKES.items() if not word.isascii()}
LOOKALIKE_CHARACTERS = "".join(map(chr, _LOOKALIKES))


def char_class(characters: str) -> str:
    """A regex character class body for these characters, runs of code points as ranges (❶-➓):
    re matches a class of many astral characters (emoji) listed one by one several times slower."""
    codes = sorted(set(map(ord, characters)))
    parts, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        parts.append(re.escape(chr(codes[i])) + (f"-{re.escape(chr(codes[j]))}" if j > i else ""))
        i = j + 1
    return "".join(parts)


LOOKALIKE_CLASS = char_class(LOOKALIKE_CHARACTERS)  # for [...] in patterns
_LOOKALIKE_SET = frozenset(LOOKALIKE_CHARACTERS)
# Pictographs and dingbats (ads use them for words and to catch the eye: 🈶💰🎰📈👉): the ads rule counts them.
EMOJI_CLASS = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B06\u2194-\u21FF"
# A class of scattered astral characters is read range by range at every character (~3 µs a
# message); one of BMP characters and a single astral range is a table lookup (~0.5 µs). So one
# scan with such a class collects a text's marks: every BMP look-alike, BMP emoji and astral
# character (any emoji) in it, in order, usually none or a few; look-alikes and emoji are then
# read from those few characters, not from the whole text again.
_MARKS = re.compile("[" + char_class("".join(c for c in LOOKALIKE_CHARACTERS if c < "\U00010000"))
                    + "\u2194-\u21FF\u2600-\u27BF\u2B06\u2B50\U00010000-\U0010FFFF]")


_ASTRAL = 0x10000  # _MARKS holds every character from here on
_MARKS_TABLE = class_table(_MARKS, _ASTRAL) if _collect is not None else b""


def has_lookalike(text: str) -> bool:
    """Whether the text holds a look-alike symbol."""
    return not _LOOKALIKE_SET.isdisjoint(_MARKS.findall(text))


def lookalikes(text: str) -> str:
    """❶➀ -> 1, ➕ -> +, 🅥 -> v, 🐧 -> 企鹅, 🟢 -> 绿, 💰 -> 钱, ν -> v."""
    return fold_lookalikes(text) if has_lookalike(text) else text


# ω before 3, 6 or 9 is omega, the fatty acid of health chat (深海鱼油ω-3, Ω-6): kept, not read as the w of wx.
_OMEGA_ACID = re.compile(r"[ωΩΩ](?=\s*[-‐－–—]?\s*[369](?![0-9]))")


def fold_lookalikes(text: str) -> str:
    """The text with its look-alikes folded (``_LOOKALIKES``), but omega of a fatty acid (``_OMEGA_ACID``)."""
    if "ω" not in text and "Ω" not in text and "Ω" not in text:
        return text.translate(_LOOKALIKES)
    pieces = _OMEGA_ACID.split(text)
    return "ω".join(piece.translate(_LOOKALIKES) for piece in pieces)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# OpenCC's t2s changes a text only where it holds a character that t2s changes alone, or a phrase
# whose conversion is not its characters' own (深沈 -> 深沉, 回覆 -> 回复, though 沈 and 覆 alone stay).
# Every such phrase of this OpenCC version's dictionary (TSPhrases) holds one of these characters;
# tests/test_text_t2s.py reads the dictionary again. Another version: every text is converted.
_T2S_PHRASES = ("1.4.2", "沈藉覆坏瞭甦哩衹")
_T2S_ASTRAL = "\U00020000-\U0003FFFF"  # the CJK extension planes: t2s changes nothing beyond the BMP but there


@lru_cache(maxsize=1)
def _t2s_gate() -> re.Pattern | None:
    """A class of every character that can make t2s change a text: those it changes alone (asked of
    OpenCC itself, every BMP character in one call, ~50 ms once), the phrase characters above, and the
    extension planes whole (rare in chat). None: convert every text (an OpenCC version not checked)."""
    return t2s_gate(_T2S_PHRASES[1]) if opencc.__version__ == _T2S_PHRASES[0] else None


def t2s_gate(phrase_characters: str) -> re.Pattern | None:
    """The class ``_t2s_gate`` uses, with these phrase characters, for any OpenCC version (tests check it)."""
    alone = _t2s_alone()
    if alone is None:
        return None
    changed = "".join(chr(c) for c, out in alone.items() if out != chr(c))
    return re.compile(f"[{char_class(changed + phrase_characters)}{_T2S_ASTRAL}]")


@lru_cache(maxsize=1)
def _t2s_alone() -> dict[int, str] | None:
    """What t2s makes of each BMP character alone (but the line break and surrogates), asked of OpenCC in one call
    (~50 ms); None when a character joined its neighbour (no telling which changed)."""
    codes = [c for c in range(1, 0x10000) if not 0xD800 <= c < 0xE000 and c != 0x0A]
    converted = _t2s().convert("\n".join(map(chr, codes))).split("\n")
    return dict(zip(codes, converted)) if len(converted) == len(codes) else None


# The characters of every entry of OpenCC's t2s dictionaries (TSPhrases; none of TSCharacters' is longer than
# one character) whose conversion is not its characters' own (乾隆 stays 乾隆 though 乾 alone is 干; 深沈 is 深沉
# though 沈 alone stays): one of them in each such entry (tests/test_text_t2s.py reads the dictionaries again).
# A text without any of them, without a CJK compatibility ideograph (OpenCC first folds those to the unified
# characters, which may then make a phrase) and without a character of the extension planes converts
# character by character, as ``_t2s_alone`` says: the C loop (``bot.charmap``) does that with a table.
_T2S_BY_CHARACTER = ("1.4.2", "么乾俱剋劄吒哩坏彷徵扞於昇氾沈濛甦畫瞭祕脩英蒐薹藉衹袷覆計谿逕釐鉅鍊鍾陞麼")
_T2S_COMPATIBILITY = range(0xF900, 0xFB00)


@lru_cache(maxsize=1)
def t2s_table() -> str | None:
    """OpenCC's t2s of each BMP character alone, as a string indexed by code point for ``bot.charmap.translate``,
    U+0000 where a text must go to OpenCC whole (``_T2S_BY_CHARACTER``, the compatibility ideographs, surrogates,
    U+0000 itself); None for an OpenCC version not checked, or a character converted to more than one."""
    alone = _t2s_alone()
    if opencc.__version__ != _T2S_BY_CHARACTER[0] or alone is None or any(len(out) != 1 for out in alone.values()):
        return None
    table = [chr(c) for c in range(0x10000)]
    for code, out in alone.items():
        table[code] = out
    for c in chain(_T2S_BY_CHARACTER[1], map(chr, _T2S_COMPATIBILITY), map(chr, range(0xD800, 0xE000)), "\0"):
        table[ord(c)] = "\0"
    return "".join(table)


_T2S_PLANES = 0x20000  # a text with a character of the extension planes (t2s changes some alone) goes to OpenCC whole


def simplified(text: str) -> str:
    """OpenCC's t2s of a text; OpenCC (~3 µs a message) only when the text holds a character it could change,
    and, with the C module, only when it does not convert character by character (``t2s_table``)."""
    search, native, converter, table = _SIMPLIFIER or _simplifier()
    if table is not None and (out := _translate(text, table, _T2S_PLANES)) is not None:
        return out
    if search is not None and search(text) is None:
        return text
    if native is None:
        return converter.convert(text)
    data = text.encode()  # what OpenCC.convert does in Python before calling its C++ class
    return native(converter, data, len(data))


# (the gate's search or None, OpenCC's C++ convert or None, the converter, the C loop's table or None), read once: ``simplified``
# runs on every message, and two cached calls and OpenCC's Python wrapper (a frame and a super()
# call around its C++ method) cost ~0.5 µs of its ~3.5 µs.
_SIMPLIFIER: tuple | None = None


def _simplifier() -> tuple:
    gate, converter = _t2s_gate(), _t2s()
    # The C++ method is called as the checked version's wrapper calls it (UTF-8 bytes and their length);
    # another version, or a stand-in converter, goes through its own convert.
    native = None
    if opencc.__version__ == _T2S_PHRASES[0] and isinstance(converter, opencc.OpenCC):
        native = getattr(opencc.OpenCC.__bases__[0], "convert", None)
    global _SIMPLIFIER, _FORMS
    table = t2s_table() if _translate is not None and native is not None else None
    _SIMPLIFIER = (None if gate is None else gate.search, native, converter, table)
    _FORMS = _forms_table(table) if table is not None else ""
    return _SIMPLIFIER


def _forms_table(t2s: str) -> str:
    """``simplified(nfkc(c).casefold())`` of each character c below ``_T2S_PLANES``, for ``bot.charmap.translate``:
    the full-width punctuation folded as ``nfkc`` folds it, then casefold, then t2s; U+0000 where the text must
    take the long way: a character NFKC may change in a text (``_nfkc_stable``), one that casefolds to more than
    one, or to one t2s gives up on. A text of characters NFKC leaves alone is its own NFKC, and Python's casefold
    is a character's own, whatever its neighbours, so a text that does not give up is
    ``simplified(nfkc(text).casefold())`` (tests/test_charmap.py checks every character); t2s changes nothing in
    the plane below ``_T2S_PLANES`` (tests/test_text_t2s.py)."""
    stable, punctuation = _nfkc_stable(), dict(_PUNCTUATION)
    normals = [punctuation.get(c, c) for c in map(chr, range(_T2S_PLANES))]
    return "".join("\0" if not stable[ord(normal)] or len(folded) != 1 else t2s[ord(folded)] if ord(folded) < len(t2s)
                   else folded for normal, folded in zip(normals, map(str.casefold, normals)))


def _nfkc_stable() -> bytearray:
    """1 for each code point below ``_T2S_PLANES`` that NFKC leaves as it is in any text: its own NFKC, a starter
    (combining class 0), and never joined to the character before it (none of the canonical decompositions holds it
    after its first character; the Hangul vowels and final consonants join a syllable). A text of such characters
    passes NFKC's quick check; one character of any other kind (full-width letters, ①, accents) sends the text the
    long way, through ``nfkc``."""
    characters = list(map(chr, range(_T2S_PLANES)))
    own = map(unicodedata.is_normalized, repeat("NFKC"), characters)  # a character alone: its own NFKC
    stable = bytearray(normal and not combining for normal, combining in zip(own, map(unicodedata.combining, characters)))
    for joining in chain(range(0x1161, 0x1176), range(0x11A8, 0x11C3)):  # Hangul vowels and final consonants
        stable[joining] = 0
    for decomposition in filter(None, map(unicodedata.decomposition, characters)):
        if not decomposition.startswith("<"):  # canonical
            for part in decomposition.split()[1:]:
                if int(part, 16) < _T2S_PLANES:
                    stable[int(part, 16)] = 0
    return stable


_FORMS = ""  # built with _SIMPLIFIER (the C module only): forms' NFKC, casefold and t2s in one C loop


class Forms(NamedTuple):
    """A message's text as the rules read it; computed once and shared by every rule (immutable)."""

    folded: str  # NFKC, casefold, look-alikes, simplified script; separators kept (ids, links and numbers need them)
    compact: str  # folded with "+" read as 加 and everything but letters and digits deleted: what lexicons match
    bare: str = ""  # compact with word emoji deleted instead (刷💰单 -> 刷单); "" when it has none
    marks: str = ""  # the raw text's look-alikes, emoji and astral characters, in order (``_MARKS``): most chat has none


_new_forms = tuple.__new__  # Forms(...) runs a Python __new__ for its defaults: the message path builds the tuple itself


@lru_cache(maxsize=512)
def forms(text: str) -> Forms:
    # One scan of the raw text for look-alikes serves both forms: no character's NFKC or casefold
    # holds a look-alike that the character itself is not (checked over every code point).
    if _collect is not None:  # the C loop (bot.charmap): every mark in one pass ("" for most chat)
        marks = _collect(text, _MARKS_TABLE, _ASTRAL)
    else:
        marks = "".join(_MARKS.findall(text))
    if _LOOKALIKE_SET.isdisjoint(marks):  # none, or no look-alike among them: most chat
        # NFKC, casefold and t2s in one C loop (bot.charmap) where each character is its own (_forms_table)
        if not _FORMS or (folded := _translate(text, _FORMS, _T2S_PLANES)) is None:
            folded = simplified(nfkc(text).casefold())
        return _new_forms(Forms, (folded, compact(folded), "", marks))
    folded = simplified(fold_lookalikes(nfkc(text).casefold()))
    bare = ""
    if (without := text.translate(_WORD_EMOJI)) != text:
        bare = compact(simplified(fold_lookalikes(nfkc(without).casefold())))
    return Forms(folded, compact(folded), bare, marks)


def compact(folded: str) -> str:
    """The compact form of a folded text (or a part of one)."""
    if folded.isalnum():  # nothing to delete (a quick C check; "+" is no letter)
        return folded
    if _alnum is not None:  # the C loop (bot.charmap): the same letters and digits, no string per run
        return _alnum(folded.replace("+", "加") if "+" in folded else folded)
    return "".join(_WORD.findall(folded.replace("+", "加") if "+" in folded else folded))


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, several times faster on typical Chinese chat."""
    # With the C loop (bot.charmap) the punctuation is folded first, whether or not the text holds any (a few
    # instructions a character): then one quick check, not two, for the most chat, which holds some (~1k less).
    if _PUNCTUATION_TABLE and (folded := _translate(text, _PUNCTUATION_TABLE, _NO_CODE)) is not None:
        return folded if unicodedata.is_normalized("NFKC", folded) else unicodedata.normalize("NFKC", folded)
    if unicodedata.is_normalized("NFKC", text):
        return text
    text = _fold_punctuation(text)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def _fold_punctuation(text: str) -> str:
    for wide, narrow in _PUNCTUATION:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


def normalize(text: str) -> str:
    return forms(text).compact


# Leading "@someone " mentions (WeChat separates them with U+2005 or a space).
_LEADING_MENTIONS = re.compile(r"^(?:[@＠][^\s\u2005]+[\s\u2005]*)+")


def strip_leading_mentions(text: str) -> str:
    return _LEADING_MENTIONS.sub("", text.strip()).strip()


@lru_cache(maxsize=256)
def said(text: str) -> str:
    """What a message says without its leading @-mentions, normalized: the form the exact-phrase handlers
    ("我的积分", "我的订单"...) compare, computed once a message however many of them look."""
    return normalize(strip_leading_mentions(text))



# A quoted reply as WeChat clients render it: 「name：quoted text」, a line of dashes, then the reply. ``quotes`` finds
# what this pattern finds, in one pass: re tries it from every 「 and runs each try to the next colon and 」, so a run of
# 「 or of "「name：" without them cost n * n / 2 steps (5,000 characters: ~0.1 s a search; ``tests/test_hostile_input.py``).
QUOTE = re.compile(r"「(?P<name>[^」:：]*)[:：](?P<text>[^」]*)」\s*(?:-\s*){6,}")
_NAME_END = re.compile(r"[」:：]")
_DASHES = re.compile(r"\s*(?:-\s*){6,}")


def quotes(text: str) -> list[tuple[int, int, int, int]]:
    """``QUOTE``'s matches, left to right, as ``QUOTE.finditer`` finds them: (start, the colon, the 」, end). Each 「 up
    to the first colon or 」 after it ends its name at that one, and its quoted text at the first 」 after the colon,
    so they all match or fail alike: the leftmost is tried, once; a 」 already found after a colon is found again for
    the next colon before it without a search."""
    found: list[tuple[int, int, int, int]] = []
    at, close, tail = text.find("「"), -1, None
    while at != -1:
        name_end = _NAME_END.search(text, at + 1)
        if name_end is None:
            break
        colon = name_end.start()
        if text[colon] == "」":  # no colon before the 」: no quote starts here or before it
            at = text.find("「", colon + 1)
            continue
        if close < colon:
            close = text.find("」", colon + 1)
            if close == -1:
                break  # no 」 after this colon: none after any later one
            tail = _DASHES.match(text, close + 1)
        if tail is not None:
            found.append((at, colon, close, tail.end()))
            at, close = text.find("「", tail.end()), -1
        else:
            at = text.find("「", colon + 1)
    return found


def parse_quote(text: str) -> Quote | None:
    """The message a reply quotes, from WeChat's rendering of it; None for an ordinary message."""
    if not (found := quotes(text)):
        return None
    start, colon, close, _ = found[0]
    return Quote(text[start + 1:colon].strip(), text[colon + 1:close].strip())


def without_quote(text: str) -> str:
    """What a reply itself says, without the message it quotes."""
    if "「" not in text:
        return text.strip()
    kept, last = [], 0
    for start, _, _, end in quotes(text):
        kept.append(text[last:start])
        last = end
    return ("".join(kept) + text[last:]).strip()
