"""(k34) Goods the open group-buy does not sell, asked for: "蒜有没有？来两头" while 小葱 is open.

She asks whether the store has goods other than the open product ("有没有鸡蛋 有的话来一板", "姜还有吗 给我留两块",
"土豆有吗？要三斤"), often with an order of them beside the question. The count is hers for those goods, never the open
product's: she hears that this group-buy is only the open product and her goods are not in it, and the staff hear what she
wants. Pure and linear: a clause that is a stock question and nothing else (a goods word of ``goods.txt`` before or after
its "有没有"), of goods sharing no character with the open product's name. Not a remark that she has them ("蒜我家还有好多"),
nor a story ("来两头蒜炒个菜 香"), nor the open product under its own name ("葱还有吗" of 小葱: the catalogue answers it).
(f34) Nor a question beside her cooking or her home ("有鸡蛋吗 我想做葱花炒蛋", "家里有蒜没有 我看看"): chat, not the store's.
An order said before the question ("小葱来两份，蒜有没有", "我要三份 鸡蛋有吗") or naming the open product after it ("蒜有没有
小葱来两份") is the open product's: ``order_beside`` gives its words, so it is booked and only the goods asked are noted.
"""
from __future__ import annotations

import re

from bot.language.goods import GOODS
from bot.language.intents import read_order
from bot.questions.offers import names_other_goods
from bot.text import normalize

LONGEST = 40  # characters: a stock question with its order is short; a longer message is a story read as before

_ASKS = r"(?:有没有|有木有|有冇|有没|有吗|有么|有嘛|有不|有卖吗|有卖不|有卖没|有的卖吗|有货吗|有货没|卖吗|卖不)"
_TAIL = r"(?:呀|啊|呢|哇|哈|嘞|咧|的)*"
# "蒜有没有", "姜还有吗", "土豆今天有卖吗": the goods, then the question of them.
_GOODS_FIRST = re.compile(r"^(?:那|请问|问下|问一下|老板|店长|团长)*(?P<g>" + GOODS.pattern + r")(?:还|也|今天|这次|现在|这回)?"
                          + _ASKS + _TAIL + "$")
# "有没有鸡蛋", "还有土豆卖吗", "你们有蒜吗": the question, then the goods (a bare 有 only with a question word after them).
_GOODS_AFTER = re.compile(r"^(?:那|请问|问下|问一下|老板|店长|团长)*(?:你们|咱们|咱家|店里|这次|今天)?(?:还|也)?"
                          r"(?:(?:有没有|有木有|有冇)(?:卖)?(?P<g>" + GOODS.pattern + r")(?:卖|的卖)?(?:吗|么|嘛|没有|没|不)?"
                          r"|有(?:卖)?(?P<h>" + GOODS.pattern + r")(?:卖|的卖)?(?:吗|么|嘛|没有|没|不))" + _TAIL + "$")
_CLAUSES = re.compile(r"[\s,，。.?？!！、;；~～…]+")
# (f34) Her kitchen or her home beside the question: "我想做葱花炒蛋", "炒个菜", "家里", "冰箱里": her own cooking, not an ask.
_HOME = re.compile(r"想做|要做|做个|做点|做饭|做菜|炒个|炒点|炒蛋|炖个|煮个|蒸个|包饺子|下面条|家里|我家|屋里|冰箱")


def _asked(text: str, item: str) -> tuple[str, list[str], int] | None:
    """The goods asked, the message's clauses and the index of the asking one."""
    if not item or len(text) > LONGEST:
        return None
    clauses = [c for c in _CLAUSES.split(text) if c]
    for index, clause in enumerate(clauses):
        said = normalize(clause)
        found = _GOODS_FIRST.match(said) or _GOODS_AFTER.match(said)
        if found is None:
            continue
        goods = found["g"] or found.groupdict().get("h")
        if goods and names_other_goods(goods, item):
            if _HOME.search(text):
                return None
            return goods, clauses, index
    return None


def goods_asked(text: str, item: str) -> str | None:
    """The goods word a member asks the store for that the open product ``item`` is not ("蒜有没有？来两头" of 小葱 -> "蒜"),
    None when she asks for none, or for the open product (or goods sharing a character with its name: maybe a kind of it)."""
    found = _asked(text, item)
    return found[0] if found is not None else None


def order_beside(text: str, item: str) -> str:
    """(f34) The words ordering the open product ``item`` beside the question of other goods, "" when none: a sure order
    before the question, naming no other goods ("我要三份 鸡蛋有吗" -> "我要三份"), or one after it naming ``item``
    ("蒜有没有 小葱来两份"). An order after the question naming nothing is the asked goods' ("蒜有没有？来两头")."""
    found = _asked(text, item)
    if found is None:
        return ""
    _, clauses, index = found
    before, after = " ".join(clauses[:index]), " ".join(clauses[index + 1:])
    if before and _orders_it(before, item, named=False):
        return before
    return after if after and _orders_it(after, item, named=True) else ""


def _orders_it(words: str, item: str, *, named: bool) -> bool:
    reading = read_order(words)
    if reading is None or reading.intent != "order" or not reading.sure or reading.amount <= 0:
        return False
    if names_other_goods(words, item):
        return False
    return bool(reading.item) or not named
