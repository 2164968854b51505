"""Staff commands written as words and labelled values: "亲子烘焙 周六14:00 名额20 截止周五20:00"."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Labelled:
    head: str  # the words before the first label
    values: dict[str, str]  # field -> value, by the labels' meaning
    labels: dict[str, str]  # field -> the label as typed ("自提点" or "自提")
    separated: dict[str, bool]  # field -> a ":"/"=" came after the label


def split_labelled(args: str, labels: dict[str, str]) -> Labelled:
    """Split at labels (``labels``: label word -> field) that start a word: "名额20", "截止：周五 20:00".

    A label must follow a space (the first word is never one), so a title such as 时间管理讲座 is never cut. (c34) Read
    in simplified script, as members read: "庫存三十" is 库存三十.
    """
    from bot.text import simplified  # the one traditional-to-simplified reader
    pattern = re.compile(r"(?<=\s)(%s)\s*([:：=]?)\s*" % "|".join(map(re.escape, sorted(labels, key=len, reverse=True))))
    text = simplified(args.strip())
    found = list(pattern.finditer(text))
    head = text[:found[0].start()] if found else text
    values, typed, separated = {}, {}, {}
    for i, match in enumerate(found):
        field = labels[match.group(1)]
        values[field] = text[match.end():(found[i + 1].start() if i + 1 < len(found) else len(text))].strip()
        typed[field], separated[field] = match.group(1), bool(match.group(2))
    return Labelled(head.strip(), values, typed, separated)


@dataclass(frozen=True)
class Fields:
    """(g34) A command's fields in any order: the labelled ones, and the words no label claimed."""
    values: dict[str, str]  # field -> value, as ``Labelled.values`` but a short field keeps only its own words
    labels: dict[str, str]
    separated: dict[str, bool]
    loose: list[str]  # every other word, in the order typed: the title, and fields written without a label


# (g34) A word that names a place, written without 地点 ("门店二楼", "在店里一楼", "二楼活动室", "社区活动中心").
PLACE_WORD = re.compile(r"^在|[楼店室馆厅园场]|中心|门口|小区|大厅|路\d|\d号")
# (c34) A word that goes on with the place before it: "幸福路 88 号", "3 栋", "B 座".
_PLACE_GOES_ON = re.compile(r"[\dA-Za-z]{1,6}[号栋楼座室门]?|[号栋楼座室门]")


def read_fields(args: str, labels: dict[str, str], short: tuple[str, ...] = (), timed: tuple[str, ...] = (),
                placed: tuple[str, ...] = ()) -> Fields:
    """``split_labelled``, but a field in ``short`` ("名额二十 门店一楼") keeps its first word, one in ``timed``
    ("截止周五 20:00 周四门店自提") its time pieces, and (c34) one in ``placed`` ("自提：周六上午 小区南门 燕麦、焦糖两色")
    its first word and the place and time words after it; the words after them are loose, not part of the value."""
    from bot.deadline_text import time_piece  # the one reader of times (it does not import this module)
    labelled = split_labelled(args, labels)
    loose, values = labelled.head.split(), {}
    for field, value in labelled.values.items():
        words = value.split()
        keep = len(words)
        if field in short:
            keep = min(1, len(words))
        elif field in timed and words:
            keep = 1
            while keep < len(words) and time_piece(words[keep]):
                keep += 1
        elif field in placed and words:
            keep = 1
            while keep < len(words) and (time_piece(words[keep]) or PLACE_WORD.search(words[keep])
                                         or _PLACE_GOES_ON.fullmatch(words[keep])):
                keep += 1
        values[field] = " ".join(words[:keep]) if keep < len(words) else value
        loose += words[keep:]
    return Fields(values, labelled.labels, labelled.separated, loose)


def count_word(word: str, labels: tuple[str, ...], units: str, bare: bool = False) -> int | None:
    """(g34) A count written as one word, with one of ``labels`` before it or one of ``units`` after it ("名额二十",
    "限20人", "五十份"); a bare number ("20") only when ``bare``. None for anything else ("鸡蛋30枚", "二楼")."""
    from bot.language.numbers import leading_number
    label = next((l for l in sorted(labels, key=len, reverse=True) if word.startswith(l)), "")
    rest = word[len(label):].lstrip(":：=")
    if not rest or not (label or bare or rest[-1] in units):
        return None
    return leading_number(rest, units)
