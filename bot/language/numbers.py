"""Numbers as members and staff write them: "3", "３", "两", "俩", "仨", "十二", "二十", "一百", "半打".

``NUMERAL`` is a regular expression for one such number; ``number`` turns one into an int.
Negative, fractional and exponent forms are not numbers here: "-3" is not a quantity.
"""
from __future__ import annotations

import re
import unicodedata

import cn2an

_SPOKEN = {"俩": 2, "仨": 3, "半打": 6, "一打": 12, "两打": 24}
_CHINESE = "零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰"
# Arabic digits, the spoken forms, or a run of Chinese numerals (cn2an decides if it is one number).
NUMERAL = r"(?:\d{1,6}|半打|[一两]打|俩|仨|[%s]{1,6})" % _CHINESE
_WHOLE = re.compile(NUMERAL)
# What goods are counted in, for every reader of orders (the intents, the quantity ranker, a 接龙's lines):
# "两份", "一束", "春联一副", "绿萝一盆", "白菜两棵". Not 打: "一打", "半打" are numbers (12, 6; ``NUMERAL``), and
# "一打" read as one 打 would be one portion. Not 块 (money: "两块"), 张 (photos: "发两张")
# nor 根 (a joke's "一根葱").
UNITS = "份件盒箱袋个斤瓶包组套提只条罐桶枚颗串把单本双杯碗支对听板捆卷束副盆棵"

# Words that say a count is the total (一共六份, 合计3箱): ``TOTAL`` the staff's tallies (``order_checks``, with 累计, 统共);
# ``SUMMED`` a member's total in ``intents`` as people speak (拢总, 加起来, 凑够十斤), without 总计 or 拢共 (D25 review: a
# shared table is no wider than a reader's own words; ``order_story`` and ``bot.chain.text`` keep theirs, which differ).
_TOTAL_CORE = r"一共|总共|共计|合计"
TOTAL = _TOTAL_CORE + r"|总计|共"
SUMMED = _TOTAL_CORE + r"|共|拢总|[合加]起来(?:一共|总共)?|凑(?:成|够|齐)?"

# A count given as a range or about so many, before a unit: "两三份", "三五斤", "一两袋", "2-3盒", "两到三份", "十来个", "十几斤",
# "几十个" (O16): no one number, so an order of it is asked "how many?". Not 三两 (a weight: 150 g), an address's "3-2-301"
# nor a building's unit ("3-2单元": 单 is a unit only when no 元 follows, O18).
RANGE = re.compile(r"(?:(?<![\d一二两三四五六七八九十百])(?:一两|两三|二三|三四|四五|五六|六七|七八|八九|三五)(?!十)"
                   r"|(?<![\d.\-])\d{1,2}\s*[-~～到至]\s*\d{1,2}(?![\d.\-])"
                   r"|(?<![一二两三四五六七八九十])[一两二三四五六七八九]\s*到\s*[两二三四五六七八九十]"
                   r"|(?<![一二两三四五六七八九十百])[二三四五六七八九]?十(?:来|几)|几十"
                   r")(?!\s*单元)(?=\s*[" + UNITS + "])")


def number(text: str) -> int | None:
    """'3', '３', '两', '俩', '仨', '半打', '十二', '二十五', '一百' -> int; None if not a whole number."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text or not _WHOLE.fullmatch(text):
        return None
    if text in _SPOKEN:
        return _SPOKEN[text]
    if text.isdigit():
        return int(text)
    if len(text) > 1 and not re.search("[十百千拾佰仟]", text):
        return None  # "两三份", "三四个": about so many, no number (cn2an would read 23)
    try:
        value = cn2an.cn2an(text, "smart")
    except Exception:  # cn2an raises ValueError and others on what is not a number ("百", "十十")
        return None
    return int(value) if value == int(value) and value >= 0 else None


_LEADING = re.compile(r"\s*(" + NUMERAL + r")")


def leading_number(text: str, units: str = "") -> int | None:
    """The whole number ``text`` starts with, optionally followed by one of ``units``: '十份' -> 10,
    '两人' -> 2, '20' -> 20; None when ``text`` is anything else ('十份以上', '2.5', '-3')."""
    text = unicodedata.normalize("NFKC", text).strip()
    match = _LEADING.match(text)
    if match is None:
        return None
    rest = text[match.end():].strip()
    if rest and (len(rest) != 1 or rest not in units):
        return None
    return number(match.group(1))
