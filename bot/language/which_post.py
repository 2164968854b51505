"""Which of two open posts a message answers, when a group-buy (团购) and an event (活动) are open at once and both
readers take it (R31): "我参加，我和女儿两个" is the event's, "我和婆婆各一份" the group-buy's, "+1" and "算我一个" fit
either (the handler then follows the post just above, or asks once which).

Words of going, taking part and seats (参加, 报名, 名额, 我也去, 去不了, 两个人, 一家三口, 2大1小, the event's own name)
are the event's; words of goods (份, 袋, 盒, 斤 after a count, 不要了, 退订, 订单, the product's own name) the
group-buy's. Said strongly on one side only, that side; strongly on both, neither (asked); said weakly (a party named,
"我和女儿"; a count wanted, "要两个"), the weak side. Pure and linear: each pattern is a flat alternation, searched once.
"""
from __future__ import annotations

import re

from bot.language import classifiers
from bot.language.numbers import NUMERAL, UNITS, number
from bot.language.party import scan
from bot.text import forms, normalize

EVENT, GOODS = "event", "goods"
LONGEST_ANSWER = 24  # a reply to "报名还是订？" is short; a longer message is read as itself

_GOING = (r"参加|参与|报名|报个名|报上|名额|座位|席位|出席|到场|退出|不报了|"
          r"去不了|来不了|去不成|来不成|去不到|参加不了|没法去|不能去|赶不上|不去|不来了|"
          r"(?:[我俺咱也都能会要想一起块]|肯定|一定)去(?![拿取提买找问看])|过去玩|"
          r"一家[两二三四五六七八九]口|"
          r"(?:\d{1,2}|[一二两三四五六七八九十俩仨])大(?:\d{1,2}|[一二两三四五六七八九十俩仨])?小")
_GOODS_UNITS = UNITS.replace("个", "")  # "两个" counts people as often as goods
_TAKING = (r"不要了|不要啦|不订了|不定了|不买了|退订|退单|撤单|订单|下单|团购|拼团|跟团|买|"
           r"(?:" + NUMERAL + r")[" + _GOODS_UNITS + r"]")
_PEOPLE_COUNTED = re.compile(r"(?:" + NUMERAL + r")个?[人位口](?![家气员])")
_STRONG_EVENT = re.compile(_GOING)
_STRONG_GOODS = re.compile(_TAKING)
_WANTED_COUNT = re.compile(r"(?:要|订|定|留|拿|买)(?:个|(?:" + NUMERAL + r")个?)")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE = re.compile(r"[，,。！!？?；;\s~～、]+")

# Answers to "您是要报名「X」，还是订「Y」？"
_ANSWER_EVENT = re.compile(r"活动|去|人")
_ANSWER_GOODS = re.compile(r"订|定|要|东西|商品|货|团")
# (c32) A weak answer is the message itself: its weak words, her courtesy and particles, and at most ``_ANSWER_REST``
# characters more ("去吧 谢谢", "那就活动吧", "订 东西"); chat that happens to hold 去 or 要 is no answer.
_ANSWER_WORD = re.compile(r"活动|去|人|订|定|要|东西|商品|货|团|谢谢|好的|那个|那就|还是|就是")
_ANSWER_FILLER = re.compile(r"[^\u4e00-\u9fff]|[我俺咱就那还是吧啊呀哦哈嗯的了呢个一下先都也呗嘛]")
_ANSWER_REST = 2
_ANSWER_REST_STRONG = 4  # beside a strong word ("我报名 带娃", "订单那个"): a little more


def _rest(said: str, item: str, title: str) -> int:
    """How many characters of an answer are neither answer words nor courtesy nor the two posts' names."""
    rest = _STRONG_GOODS.sub("", _PEOPLE_COUNTED.sub("", _STRONG_EVENT.sub("", said)))
    rest = _ANSWER_FILLER.sub("", _ANSWER_WORD.sub("", rest))
    named = set(normalize(item + title))
    return sum(1 for ch in rest if ch not in named)
_BOTH = re.compile(r"都要|都报|都订|都参加|两个都|两样都|两边都|全都|都行|都可以")
_BOTH_CANCELLED = re.compile(r"都(?:取消|不要|不去|退|不参加|不订)|全(?:部)?取消")
_NEITHER = re.compile(r"都不|不用|算了|不是|没有|没事|不取消|搞错|弄错|打错")


def _bigrams(name: str) -> set[str]:
    return {run[i:i + 2] for run in _CJK_RUN.findall(normalize(name)) for i in range(len(run) - 1)}


def _names(text: str, own: str, other: str) -> bool:
    """Whether ``text`` names ``own`` (two characters of its name in a row) by words ``other``'s name does not share."""
    words = _bigrams(own) - _bigrams(other)
    if not words:
        return False
    said = normalize(text)
    return any(said[i:i + 2] in words for i in range(len(said) - 1))


def _counted(text: str, item: str) -> str:
    """(x33) ``text`` with a count in the group-buy product's own classifier ("两顶" of a hat, "一台" of a fan) read as
    portions, as the order reader reads it (``classifiers.as_portions``, the one source): a goods count, not a guess."""
    return classifiers.as_portions(text, item) if item else text


def _strong(text: str, item: str, title: str) -> tuple[bool, bool]:
    said = forms(_counted(text, item)).folded
    event = bool(_STRONG_EVENT.search(said) or _PEOPLE_COUNTED.search(said)) or _names(said, title, item)
    goods = bool(_STRONG_GOODS.search(said)) or _names(said, item, title)
    return event, goods


def _weak_event(text: str) -> bool:
    """A party of more than the member: named ("我和女儿两个"), a household ("我们家三口"), or brought ("带闺女")."""
    for clause in _CLAUSE.split(forms(text).folded):
        found = scan(clause) if clause else None
        if found is not None and (found.named >= 2 or found.household or found.going and found.size >= 2):
            return True
    return False


def side(text: str, item: str, title: str) -> str | None:
    """EVENT, GOODS, or None when the words fit both equally (or neither): ``item`` is the group-buy's product,
    ``title`` the event's name."""
    event, goods = _strong(text, item, title)
    if event != goods:
        return EVENT if event else GOODS
    if event:
        return None
    event, goods = _weak_event(text), bool(_WANTED_COUNT.search(forms(_counted(text, item)).folded))
    if event != goods:
        return EVENT if event else GOODS
    return None


def _one_side(part: str, item: str, title: str) -> str | None:
    """EVENT or GOODS when ``part`` says one side strongly and not the other, else None."""
    event, goods = _strong(part, item, title)
    return None if event == goods else EVENT if event else GOODS


def split(text: str, item: str, title: str) -> tuple[str, str] | None:
    """(o32) (the group-buy's part, the event's part) of a message that says both, one after the other, at a pause:
    "枣子给我来两袋，讲座我也去", "报名，顺便要两盒", "讲座我和老伴去 鸡蛋要一盒": each part strongly one side only, the two
    parts different sides. None when no pause parts it so (one side, both in one clause, or neither)."""
    if len(text) > _LONGEST_SPLIT:
        return None
    for cut in _CLAUSE.finditer(text):
        before, after = text[:cut.start()].strip(), text[cut.end():].strip()
        if not before or not after:
            continue
        first, second = _one_side(before, item, title), _one_side(after, item, title)
        if first is not None and second is not None and first != second:
            return (before, after) if first == GOODS else (after, before)
    return None


_LONGEST_SPLIT = 120  # a message longer than this is a story: read as one, as before


# (w33) Going said alone, to a post just above: "我去", "那我去", "我去吧", "好 我去", "我也去！", "去去去". On its own "我去" is as
# often a cry ("我去！这么贵"); just under the event's post, with nothing else said, it answers the post. Not "我去了"
# (leaving), "我去？", "我去啊", "我去…" (surprise), nor going somewhere ("我去买菜").
_GOING_ALONE = re.compile(r"(?:(?:那|那就|好|好的|好吧|行|嗯|嗯嗯|可以)[\s，,]*)?(?:(?:我|俺|咱)(?:也|就|肯定|一定|要|想|会|可以|还是)*去"
                          r"(?:吧|呀|哦|噢|哈|呢)?[\s，,]*){1,3}[!！~～。.]*|去去去[!！~～。.]*")


def going_alone(text: str) -> bool:
    """(w33) "我去", "那我去吧", "我去我去": going said alone, nothing else (the handler takes it as a sign-up of one when the
    event's post is the one just above, within the post's window)."""
    said = text.strip()
    return len(said) <= 16 and bool(_GOING_ALONE.fullmatch(said))


_BARE = re.compile(r"[\s]*(\d{1,2}|[一二两三四五六七八九十俩仨])\s*个?[\s。.!！~～]*")


def bare_count(text: str) -> int | None:
    """A number said alone ("1", "2", "三", "两个"): what it counts is the post's above it (an order's portions, an
    event's people), never known from the words."""
    found = _BARE.fullmatch(text) if len(text) <= 12 else None
    if found is None:
        return None
    count = number(found.group(1))
    return count if count else None


def answer(text: str, item: str, title: str, cancel: bool) -> str | None:
    """What a member answers to "您是要报名「title」，还是订「item」？" (``cancel``: "取消哪一个？"): EVENT, GOODS,
    "both", "neither", or None when the message is no answer to it."""
    said = forms(_counted(text, item)).folded.strip()
    if not said or len(said) > LONGEST_ANSWER:
        return None
    if cancel and _BOTH_CANCELLED.search(said):
        return "both"
    if _NEITHER.search(said):
        return "neither"
    if not cancel and _BOTH.search(said):
        return "both"
    event, goods = _strong(said, item, title)
    if _rest(said, item, title) > (_ANSWER_REST if event == goods and not event else _ANSWER_REST_STRONG):
        return None  # (c32) "今天太阳真好 晒被子去", "晚上要去接孩子放学": her own chat, a 去 in it; no answer
    if event == goods and not event:  # nothing strong: "活动", "去" against "订", "要", "东西"
        event, goods = bool(_ANSWER_EVENT.search(said)), bool(_ANSWER_GOODS.search(said))
    if event != goods:
        return EVENT if event else GOODS
    return None
