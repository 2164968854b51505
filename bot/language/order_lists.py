"""An order typed as the list it is made of: goods or kinds, or the people it is for, each with its own count.

"豆沙月饼两盒，五仁一盒" (3) · "我要两份鸡蛋还有一份青菜" (3) · "给我来一条围巾两份汤圆" (3) · "月饼⏎五仁一盒⏎蛋黄莲蓉两盒" (3) ·
"我自己一箱橙子我嫂子也要一箱我妈要两箱" (4) · "孩子奶奶要一袋大米我们自己也要一袋" (2). The clause readers read such lists
where their own shapes fit (``intents._variants``, ``order_checks.shares``); this reads the list by what its pieces are,
whatever the shape: every piece one count of a unit and a name (goods, a kind of them, or whom it is for), nothing
else said but the verbs of ordering, thanks and the pickup. Anything that may make the sum no order of the member's —
a negation, a change, a question, a total or a share given away, the past, a condition, each/per head — and the list
is not read here (the other readers and checks keep their say).
"""
from __future__ import annotations

import re

from dataclasses import replace

from bot.language import intents, order_items
from bot.language.goods import KIND_WORD
from bot.language.numbers import NUMERAL, UNITS, number
from bot.language.people import PERSONS, SIDE
from bot.language.wrapping import BREAK

_COUNT = re.compile("(?P<n>" + NUMERAL + r")\s?[" + UNITS + "]")
_CUT = re.compile(BREAK.pattern + r"|\s+")
# What makes a list no plain order of its sum (see the module's doc).
_NOT_LIST = re.compile(r"不|没|别|[?？吗呢]|再|又|追|改|换|减|少|多|加|退|取消|删|撤|一共|总共|拢总|合计|共|就是|那就|其中|分|送|" + intents.HANDED_OVER + r"|"
                       r"给(?![我俺])|各|每|一人|一家|剩|还差|统计|接龙|上次|上回|之前|已经|昨天|以前|了|过|如果|要是|的话|可能|"
                       r"看看|想想|下次|下回|说|问|价|钱|块|元|[¥￥]|\d{3,}|[+＋xX×*/=]|第|号|码|装|规格|能|左右|大概|约|是|[" + UNITS + "]的")
# Said around the pieces without naming anything: ordering, thanks, particles, the pickup.
_AROUND = re.compile(r"谢谢|麻烦(?:你|您)?|辛苦(?:你|您)?|店长|群主|老板|姐妹们|亲|帮我记一下|记一下|留一下|帮忙|下午|上午|晚上|明天|今天|来拿|自提|"
                     r"我要|我来|给我来|给我留|给我|给俺|帮我|帮|替|也要|都要|还要|就要|要|来|订|定|留|拿|买|整|还有|另外|然后|和|跟|以及|"
                     r"也|都|还|就|吧|哈|啊|呀|哦|啦|嘛|呗|滴|嗯|的话|[：:，,。.!！~～、\s]")
_PERSON = re.compile(r"(?:" + PERSONS + r"|自己|[妈爸婆公姐妹哥弟嫂姨叔们他她])+")
_MINE = re.compile(r"^(?:我|俺|咱|我们|咱们|俺们|我家|咱家|我们家)?(?:自己|自个儿?)?$|^(?:我|俺|咱)")
_THANKS = re.compile(r"(?:麻烦|辛苦|谢谢)(?:你|您|店长|群主|老板)?(?:了|啦)")
_WHEN = re.compile(r"今天|明天|后天|周[一二三四五六日天末]|早上|中午|下午|晚上|上午|点")


def itemised(text: str) -> intents.Reading | None:
    """The order of the list's sum, sure when the member's own share is among the pieces or none is for anyone;
    None when the message is no such list."""
    listed = _itemised(text)
    return _order(listed) if listed else None


def _itemised(text: str) -> list[tuple[int, str, str]] | None:
    """The pieces (count, name) of a list typed as ``itemised`` reads it, or None."""
    words = _THANKS.sub("", intents.sizes_out(intents.typos_fixed(re.sub(r"\s+", " ", text)))).strip()
    if len(words) > 60 or len(_COUNT.findall(words)) < 2 or _NOT_LIST.search(words):
        return None
    pieces: list[tuple[int, str]] = []  # (count, name)
    units: list[str] = []
    head = False
    for clause in (c for c in _CUT.split(words) if c.strip()):
        counts = list(_COUNT.finditer(clause))
        if not counts:
            if _leftover(clause) and not _PUT_ON_HERS.fullmatch(clause):
                return None  # talk beside the list (not "都记我名下", "我一起拿": the shares put on hers, O23)
            head = head or bool(intents.GOODS.search(clause))  # "月饼⏎五仁一盒": the goods, then its kinds
            continue
        cuts = [0] + [_after_goods(clause, m.end()) for m in counts[:-1]] + [len(clause)]
        for m, start, end in zip(counts, cuts, cuts[1:]):
            if not start <= m.start() < end:
                return None
            name = _AROUND.sub("", clause[start:m.start()] + clause[m.end():end])
            pieces.append((number(m["n"]) or 0, name))
            units.append(m.group(0)[-1])
    if len(pieces) < 2 or not all(0 < n <= 10 for n, _ in pieces):  # "可乐一箱 24听": a size, no piece
        return None
    names = [name for _, name in pieces]
    goods_named = head or any(intents.GOODS.search(name) for name in names)
    kinds = [_kind(name, goods_named) for name in names]
    if not all(kinds) and _goods_by_place(names, units):
        kinds = ["goods"] * len(names)  # O23: "米线两包鲜花饼一包", "馕三个 核桃一袋": goods no list holds, by their place
    if (kinds := _named_as_people(names, kinds)) is None:
        return None
    if not all(kinds) or len(set(names)) < len(names) or _restated(pieces):
        return None
    return [(n, name, kind) for (n, name), kind in zip(pieces, kinds)]


# Goods, kinds or people listed at 、, then one count each: "芝麻馅的、花生馅的、豆沙的各一袋", "帮王姐、小芳、我自己各订一箱纸巾".
_EACH_LISTED = re.compile(r"^(?:帮|给|替)?(?P<list>(?:[^、，,。\s]{1,6}、)+[^、，,。\s]{1,6})(?:都)?各(?:订|要|来|拿|留|买)?"
                          r"(?P<n>" + NUMERAL + r")[" + UNITS + r"](?P<post>[^，,。\s]{0,6})$")
# Words typed apart by spaces (between two characters that are no digits of one number): a list as 、 makes one.
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff\w])\s+(?=[\u4e00-\u9fff\w])")
# A size or kind of goods named first: "37码", "大号", "XL", "红色".
_SIZE = re.compile(r"\d{2,3}码?|[大中小]号|[大中小]码|[SMLX]{1,3}L?|[\u4e00-\u9fff]{1,2}色|[\u4e00-\u9fff]{1,4}的")
_NOT_EACH = re.compile(r"不|没|别|[?？吗呢]|再|改|换|减|少|多|退|取消|了|过|" + intents.SUPPOSING + r"|的话|下次|说")


def _each_listed(text: str) -> list[tuple[int, str, str]] | None:
    words = _THANKS.sub("", intents.typos_fixed(_SPACED.sub("、", text.strip()))).strip("，,。!！~～")
    words = re.sub(r"[、\s]+(?=(?:都)?各)|\s+", "", re.sub(r"、+", "、", words))
    match = _EACH_LISTED.match(words)
    if match is None or _NOT_EACH.search(words) or not (each := number(match["n"])):
        return None
    names = [_AROUND.sub("", name) for name in match["list"].split("、")]
    if names and not names[0] and len(names) > 2:
        names = names[1:]  # "我要 芝麻 花生 各一袋": the verb typed apart, no piece
    sized = len(names) > 2 and bool(intents.GOODS.fullmatch(names[0])) and all(_SIZE.fullmatch(name) for name in names[1:])
    if sized:
        names = names[1:]  # "鞋垫 37码 38码": the goods, then the sizes counted
    elif len(names) > 2 and intents.GOODS.fullmatch(names[0]) and all(_kind(name, False) == "person" for name in names[1:]):
        names = names[1:]  # "汤圆 我、我嫂子、我表妹各一袋": the goods, then whom each is for (O21)
    if match["post"] and not (intents.GOODS.search(match["post"]) and intents.is_item(match["post"])):
        return None
    goods_named = bool(match["post"]) or any(intents.GOODS.search(name) for name in names)
    kinds = ["goods" if sized else _kind(name, goods_named) for name in names]
    if (kinds := _named_as_people(names, kinds)) is None:
        return None
    if not all(kinds) or len(set(names)) < len(names) or each * len(names) > intents.MAX_AMOUNT:
        return None
    return [(each, name, kind) for name, kind in zip(names, kinds)]


def each_listed(text: str) -> intents.Reading | None:
    """An order of one count each of the goods, kinds or people listed at 、 or typed apart by spaces ("芝麻 花生 豆沙
    各一袋"): so many times their number; sure when the member is among the people or only goods are listed, else asked.
    Goods named first, then their sizes or kinds, count the sizes ("鞋垫 37码 38码 各一双" = 2)."""
    listed = _each_listed(text)
    return _order(listed) if listed else None


def _order(pieces: list[tuple[int, str, str]]) -> intents.Reading:
    """The list's order: sure when the member is among the people it is for, or it names only goods; else asked."""
    mine = any(k == "person" and _MINE.search(intents.GOODS.sub("", name)) for _, name, k in pieces) \
        or all(k != "person" for _, _, k in pieces)  # O23: "鸡蛋我家一板": the goods, then hers
    return intents.Reading(intents.ORDER, sum(n for n, _, _ in pieces), sure=mine)


def of_open(text: str, item_name: str) -> intents.Reading | None:
    """A list read with ``item_name`` open, where it names goods: all of it when every piece is the open product, a
    kind of it, or someone's share; where some pieces name the open product and others other goods ("我要两份鸡蛋还有一份青菜"
    with 鸡蛋 open), the open product's pieces, asked; where none names it and one count each is given to short words of
    goods, as fillings and flavours are ("芝麻 花生 豆沙 各一袋" with 汤圆 open), the sum, asked; else None (another product's
    list: "苹果两箱 梨一箱" with 鸡蛋 open)."""
    itemised = _itemised(text)
    each = itemised is None
    listed = itemised or _each_listed(text)
    if not listed:
        return None
    item = "".join(intents.clauses(item_name))
    sides = [_side(name, item) for _, name, _ in listed]
    if "other" not in sides or "open" not in sides and _side(text, item) == "open":
        return _order(listed)  # "月饼⏎五仁一盒⏎蛋黄莲蓉两盒": the open product named first, then its kinds
    if "open" in sides:
        mine = [piece for piece, side in zip(listed, sides) if side == "open"]
        return replace(_order(mine), sure=False)
    if each and all(kind == "goods" and len(name) <= 2 for _, name, kind in listed):
        return replace(_order(listed), sure=False)
    return None


def _side(name: str, item: str) -> str:
    """Whose goods a piece names with ``item`` open: "open" (its name), "other" (other goods only) or "" (none: a kind,
    a size, someone's share)."""
    words = [m.group(0) for m in intents.GOODS.finditer(intents.LOOKS_LIKE_GOODS.sub("", name))]
    if any(intents.same_goods(word, item) for word in words) or len(item) > 1 and item[:2] in name:
        return "open"
    return "other" if words else ""


def _after_goods(clause: str, at: int) -> int:
    """Where the piece ending with a count at ``at`` ends: after goods named right after its count ("两份鸡蛋")."""
    match = intents.GOODS.match(clause, at)
    return match.end() if match and intents.is_item(match.group(0)) else at


# O23: what goods are sold by in a list of goods no list holds: packs, weights, cups — not 把, 棵, 颗, 片 and the like, which
# measure a recipe's ingredients too ("酸菜一棵，五花肉一斤，粉条一把"); 个 only beside such a pack ("馕三个 核桃一袋").
_SOLD_IN = "份盒箱袋包斤瓶罐桶提杯只条串听"
_ONE_CHAR_GOODS = re.compile(r"[\u4e00-\u9fff]")
# A pause or a yes typed between the counts is no goods ("呃一份吧嗯对一份", "两盒嗯对两盒"): interjections, particles, assent.
_SAID_BETWEEN = re.compile(r"[嗯呃啊哦噢呀哈嘛呗啦吧哎唉诶欸喔哟对好行是]")
# One character that is no goods even said twice: the group-buy itself ("跟一个龙 三份鸡蛋" joins the chain: 接龙, 跟团, 上车),
# pets and people ("猫两只 狗一只": 猫猫, 狗狗, 娃娃 are no goods).
_THE_BUY = re.compile(r"[龙团车单群猫狗人娃崽宝孩]")


def _goods_by_place(names: list[str], units: list[str]) -> bool:
    """Whether every piece of a list of two or three is goods by its place alone: a noun of two to six characters (or one
    that is no person, time or function word) before its count, each in a unit goods are sold in."""
    if not 2 <= len(names) <= 3 or not all(u in _SOLD_IN or u == "个" for u in units) or all(u == "个" for u in units):
        return False
    return all((order_items.may_name(name) or _ONE_CHAR_GOODS.fullmatch(name) and not _THE_BUY.match(name) and order_items.may_name(name * 2))
               and not _SAID_BETWEEN.search(name) for name in names)


def _leftover(words: str) -> str:
    return _AROUND.sub("", _PERSON.sub("", intents.GOODS.sub("", words)))


def _kind(name: str, goods_named: bool) -> str:
    """What a piece's name is: "goods" (a goods word, a kind of it, or a kind by 的/味/馅), "person" (whom it is for,
    with the goods or not), or "" (something else: no list)."""
    if not name or _WHEN.search(name):
        return ""
    if _NAMED.fullmatch(name) and not intents.GOODS.search(name):
        return "named"  # O23: "老易两斤", "小陈一份", "隔壁古丽家一袋", "俺家两斤": someone by a name's form or a home
    rest = _PERSON.sub("", name)
    if rest != name:  # someone named: the rest may only be goods ("我自己一箱橙子")
        return "person" if not rest or intents.GOODS.search(rest) and intents.is_item(rest) else ""
    if intents.GOODS.search(name) and intents.is_item(name) and len(name) <= 8:
        return "goods"
    if re.fullmatch(r"[\u4e00-\u9fff]{1,4}(?:的|味|馅|口味)", name) or KIND_WORD.fullmatch(name) \
            or goods_named and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) and intents.is_item(name):  # not "快乐", "耐心"
        return "goods"  # "花生的", "原味", "五仁" among goods named
    return ""


# O23: whose share a piece is by the form of a name, where the surnames' list lacks it: 老/小/阿 and one character (老易, 小陈,
# 阿珠), 老妹儿, or a home by whoever lives there (俺家, 隔壁古丽家, 后院老王家, 自家) — never goods ("小米", "老酸奶" are goods words).
# Never a unit or a size after 老/小/阿 ("小盒一个" is a size of goods), nor a kin's home by what the kin is (亲家, 娘家, 老家).
_NAMED = re.compile(r"" + SIDE + r"?(?:(?:老|小|阿)(?![" + UNITS + r"大中小号码杯碗])[\u4e00-\u9fff](?:儿|家)?|老妹儿?)|"
                    + SIDE + r"[\u4e00-\u9fff]{1,3}家|(?:我|俺|咱|额|自)家")
def _named_as_people(names: list[str], kinds: list[str]) -> list[str] | None:
    """The kinds with those named by a name's form or a home taken for people — only beside her own share ("我两斤，老易一斤"):
    others' shares alone ("隔壁老李家一份 楼下张姐家一份") are no list of hers (None)."""
    if "named" not in kinds:
        return kinds
    if not any(k in ("person", "named") and _MINE.search(intents.GOODS.sub("", name)) for name, k in zip(names, kinds)):
        return None
    return ["person" if k == "named" else k for k in kinds]


# The shares put on hers, said after the list without a count: "都记我名下", "我一起拿", "都写我这边", "我去取".
_PUT_ON_HERS = re.compile(intents.ON_HER_ACCOUNT.pattern + r"|(?:[我俺](?:一起|一块儿?|统一)?|都)(?:去|来)?(?:拿|取)(?:吧|哈)?|都写[我俺](?:这边|这里|名下)")


_ME_ALONE = re.compile(r"(?:我|俺|咱)(?:们|家|们家)?(?:自己|自个儿?)?|")  # her own share, nobody else's, no goods


def _restated(pieces: list[tuple[int, str]]) -> bool:
    """"鸡蛋两盒，大的两盒": bare goods, then the same count with a kind: which, not more. "我也跟一个，熏鸡一只" (O15): her
    own share with no goods, then the goods with the same count and nobody named: what her share is, not a second one."""
    (n1, first), (n2, second) = pieces[0], pieces[1]
    if len(pieces) != 2 or n1 != n2:
        return False
    if any(_ME_ALONE.fullmatch(a) and _PERSON.sub("", b) == b and intents.GOODS.search(b)
           for a, b in ((first, second), (second, first))):
        return True
    return not intents._names_a_kind(first) and bool(intents.GOODS.fullmatch(first)) and _PERSON.sub("", second) == second \
        and not _OTHER_GOODS.fullmatch(second)  # "排骨两份 粑粑两份": another product, each its count (O18)


# A second piece that names goods of its own rather than a kind or size of the first ("大的", "丹东的", "原味"): two characters
# or more ending in no kind's mark.
_OTHER_GOODS = re.compile(r"[\u4e00-\u9fff]{2,6}(?<![的味馅号码款色])")
