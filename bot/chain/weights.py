"""(m32) Goods whose portion is a weight ("新疆和田大枣 1kg", "手工黑芝麻汤圆 500g", "红枣5斤装") ordered by a weight
("枣子给我称两斤", "要1公斤", "来一千克", "四斤"): a weight is no count of bags. It is turned into portions when it divides
exactly (两斤 of a 1 kg bag is 1 份), and left open (asked "每份 1kg，您要几份？") when it does not (三斤 of a 1 kg bag). A
count of 份/袋/包… stays a count; goods sold by the piece ("鸡蛋30枚") or by no stated weight keep the reader's count.

Pure: the group-buy handler applies it to what the order reader read (``bot.chain.text.order_reading``)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from fractions import Fraction
from typing import TypeVar

from bot.language.numbers import number

_GRAMS = {"kg": 1000, "公斤": 1000, "千克": 1000, "斤": 500, "g": 1, "克": 1}
_UNIT = r"(?P<unit>kg|公斤|千克|斤|g|克)"
_CN = "零〇一二两三四五六七八九十百千"
# A weight in a product's name: "1kg", "2.5kg", "500g", "5斤装", "五斤" (the last one in the name counts).
_IN_NAME = re.compile(r"(?<![\da-zA-Z.])(?P<num>\d{1,5}(?:\.\d{1,3})?|[" + _CN + r"]{1,4})\s?" + _UNIT + r"(?![a-z])", re.I)
# A weight a member says: "两斤", "1公斤", "一千克", "2kg", "半斤", "一斤半", "1.5斤". Not a pack's size ("5斤装", "两斤的那种",
# "一袋两斤"), nor a price per weight ("12一斤", "15元/斤": no number before 斤 there).
_SAID = re.compile(r"(?<![\da-zA-Z.])(?P<num>\d{1,5}(?:\.\d{1,3})?|[" + _CN + r"]{1,4}|半)\s?" + _UNIT + r"(?P<half>半)?"
                   r"(?![a-z]|装|的)", re.I)
_PACK_BEFORE = re.compile(r"(?:[一每][袋包盒箱份瓶罐桶提板捆把扎])\s?$")
# A count of packs: "两袋", "1份", "3包" (then the weight beside it describes, and the count is the order).
_PACKS = re.compile(r"(?:\d{1,5}|[" + _CN + r"]{1,4}|俩|仨)\s?[份袋包盒箱瓶罐桶提板捆把扎]")

# p33: goods whose pack states how many pieces it holds ("东北黏豆包 一袋20个", "每盒6只", "20个/袋", "20个装") ordered by the
# piece ("黏豆包我要四十个"): the pieces are turned into packs as a weight is into portions (40 个 of 20 a bag is 2 袋), and left
# open ("每袋20个，您要几袋？") when they do not divide. Only a count of a pack's worth or more is pieces: "来两个" of a bag of
# 20 is two bags, as members say it.
_PIECE = "个只枚颗粒片根条串块支"
_PACK = "袋包盒箱份瓶罐桶提板捆把扎"  # (k34) 板 of eggs, 捆 and 把 of greens, 扎 of drinks
_N = r"(?P<n>\d{1,4}|[" + _CN + r"]{1,4})\s?(?P<unit>[" + _PIECE + "])"
_PIECES_IN_NAME = (re.compile(r"[一每]\s?(?P<pack>[" + _PACK + r"])\s?" + _N),
                   re.compile(_N + r"\s?(?:/|一|每)\s?(?P<pack>[" + _PACK + "])"),
                   re.compile(_N + r"(?P<pack>装)"))

O = TypeVar("O")
LONGEST = 200  # characters: a longer message is no order by weight here (the reader's count stands)


def portion(name: str) -> tuple[int, str] | None:
    """(grams, as written) of one portion of the product ``name`` ("新疆和田大枣 1kg" -> (1000, "1kg")); None when its name
    states no weight."""
    found = list(_IN_NAME.finditer(unicodedata.normalize("NFKC", name or "")))
    if not found:
        return None
    grams = _grams(found[-1])
    return None if grams is None or grams <= 0 or grams.denominator != 1 else (int(grams), found[-1].group(0).strip())


def pieces(name: str) -> tuple[int, str, str] | None:
    """(pieces, their classifier, the pack's) one pack of ``name`` holds ("东北黏豆包 一袋20个" -> (20, "个", "袋"); "20个装":
    the pack is 份); None when the name states none, or states a weight (then ``portion`` rules)."""
    folded = unicodedata.normalize("NFKC", name or "")
    if portion(folded) is not None:
        return None
    for pattern in _PIECES_IN_NAME:
        if match := pattern.search(folded):
            count = number(match["n"])
            if count is not None and count >= 2:
                return count, match["unit"], "份" if match["pack"] == "装" else match["pack"]
    return None


def pieces_said(text: str, unit: str) -> list[int]:
    """The counts of pieces in ``unit`` a message states ("我要四十个" -> [40]), not a pack's size ("一袋20个", "20个装").
    (k34) 个 counts any piece too: "我要60个" of "鸡蛋 30枚一板"."""
    if len(text) > LONGEST:
        return []
    folded = unicodedata.normalize("NFKC", text)
    found = []
    for match in re.finditer(r"(?<![\d.])(?P<n>\d{1,5}|[" + _CN + r"]{1,5})\s?[" + re.escape(unit) + "个](?![装的])", folded):
        if _PACK_BEFORE.search(folded[:match.start()]):
            continue
        if (count := number(match["n"])) is not None and count > 0:
            found.append(count)
    return found


def weights_said(text: str) -> list[tuple[Fraction, str]]:
    """The weights a message states as what it wants: [(grams, unit), ...] ("给我称两斤" -> [(1000, "斤")])."""
    if len(text) > LONGEST:
        return []
    folded = unicodedata.normalize("NFKC", text)
    found = []
    for match in _SAID.finditer(folded):
        if _PACK_BEFORE.search(folded[:match.start()]):
            continue  # "一袋两斤": the pack's size
        grams = _grams(match)
        if grams is not None and grams > 0:
            found.append((grams, match.group("unit").lower()))
    return found


def portions(text: str, name: str, amount: int) -> int | None | bool:
    """What an order of ``amount`` read in ``text`` comes to in portions of ``name``: the reader's own ``amount`` (True) when
    the message states no weight, or it counts packs ("两袋", "1份"); an int when the weight it states divides into whole
    portions; None when it does not (asked how many), or (k34) when the goods are sold by the portion, by no stated weight
    ("两斤" of 小葱, of "鸡蛋 30枚一板"): a weight is then no count of them, and is asked, never guessed. Goods whose name
    says they are weighed out ("散装红枣") take the weight as their count."""
    size = portion(name)
    if size is None:
        if weighed_unsold(text) and not _WEIGHED_NAME.search(name or ""):
            return None
        held = pieces(name)
        return True if held is None else _packs_of_pieces(text, held[0], held[1], amount)
    said = weights_said(text)
    if not said or _PACKS.search(unicodedata.normalize("NFKC", text)):
        return True
    if len(said) == 1:
        grams = said[0][0] * (1 if amount >= 0 else -1)
    elif len({unit for _, unit in said}) == 1 and all(g.denominator == 1 for g, _ in said):
        grams = Fraction(amount) * _GRAMS[said[0][1]]  # "我要两斤，我妈也要两斤": the reader's sum, in that unit
    else:
        return None
    whole = grams / size[0]
    return int(whole) if whole.denominator == 1 and whole != 0 else None


# (k34) A name that says its goods are weighed out, by no portion of a stated weight ("散装红枣", "鲜猪肉 称重"): a weight
# said of them is their count, as the reader reads it.
_WEIGHED_NAME = re.compile(r"散装|散称|称重|按斤|论斤|/斤|每斤")


def weighed_unsold(text: str) -> bool:
    """(k34) Whether ``text`` orders by a weight and counts no pack beside it ("来两斤小葱", not "两捆 大概一斤重", "一袋两斤")."""
    return bool(weights_said(text)) and not _PACKS.search(unicodedata.normalize("NFKC", text))


def _packs_of_pieces(text: str, per: int, unit: str, amount: int) -> int | None | bool:
    """``portions`` for goods whose pack holds ``per`` pieces: one count of a pack's worth or more in ``unit``, the reader's
    count that, and no pack counted beside it ("两袋"), is so many packs; True otherwise (the reader's count)."""
    said = pieces_said(text, unit)
    if len(said) != 1 or said[0] < per or said[0] != abs(amount) or _PACKS.search(unicodedata.normalize("NFKC", text)):
        return True
    whole = Fraction(amount, per)
    return int(whole) if whole.denominator == 1 else None


def per_pack(name: str) -> tuple[str, str]:
    """(what one portion is, its pack) for the question "how many?" of an order left open: ("1kg", "") by weight,
    ("20个", "袋") by pieces."""
    if (size := portion(name)) is not None:
        return size[1], ""
    held = pieces(name)
    return (f"{held[0]}{held[1]}", held[2]) if held else ("", "")


def by_weight(order: O, text: str, name: str) -> O:
    """``order`` (a ``bot.chain.text.Order``) in portions when ``text`` states a weight of goods sold by weight: its count
    converted, or left open (``counted=False``, ``per`` the portion's size) when the weight does not divide."""
    if order.quantity == 0 or not order.counted:
        return order  # a cancel, or a count already left open
    count = portions(text, name, order.quantity)
    if count is True:
        return order
    if count is None:
        return replace(order, quantity=0, add=False, counted=False, per=per_pack(name)[0],
                       weighed=portion(name) is None)
    return replace(order, quantity=count)


def _grams(match: re.Match) -> Fraction | None:
    num = match.group("num")
    if num == "半":
        value = Fraction(1, 2)
    elif re.fullmatch(r"\d+(?:\.\d+)?", num):
        value = Fraction(num)
    else:
        whole = number(num)
        if whole is None:
            return None
        value = Fraction(whole)
    if match.groupdict().get("half"):
        value += Fraction(1, 2)
    return value * _GRAMS[match.group("unit").lower()]
