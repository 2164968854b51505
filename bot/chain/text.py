"""Reading orders and sign-ups as members type them: "+2", "鸡蛋 两份", "x2", "我报名 2人", and 接龙 chains.

A 接龙 chain is the whole list re-posted by each member with their own line added or
edited; numbering drifts, digits come full-width, names carry emoji, a name appears
twice. Identity is never taken from a name: the poster's member id is the identity,
and only the poster's own line is read (``own_line``). Everything here is pure.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from contextvars import ContextVar
from functools import cached_property, lru_cache

from bot.language import classifiers, intent_model, intents, order_added, order_changes, order_checks, order_guess, order_items, order_lists, order_quantity, order_story, order_words, party, party_ranker, signup_checks, signup_guess, signup_parties, signups, waitlist
from bot.language.numbers import NUMERAL, RANGE, number
from bot.language.people import PER_HEAD, PERSONS, RELATIVE, SURNAME, WHOM, first_person_folded, kin_folded
from bot.language.wrapping import is_courtesy, plain, squeeze, unquote
from bot.text import normalize, strip_leading_mentions

MAX_QUANTITY = 999

_NUMBER = r"(\d{1,3}|[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3}|[俩仨])"
_UNITS = order_words.UNITS
_PEOPLE = "人位个"
_TAIL = r"[\s~～!！。.,，😊🙏❤️👍]*$"


def clean(text: str) -> str:
    """NFKC (full-width digits and signs), leading @-mentions off, spaces trimmed."""
    return unicodedata.normalize("NFKC", strip_leading_mentions(text)).strip()


# --- group-buy orders ------------------------------------------------------------------


@dataclass(frozen=True)
class Order:
    quantity: int  # 0: cancel (unless not ``counted``)
    add: bool = False  # "再来1份": on top of what the member already ordered ("少要一份": -1)
    counted: bool = True  # False: an order whose count the member left open ("两三份"): asked how many (O16)
    per: str = ""  # (m32) with ``counted`` False: a weight that is no whole number of portions of this size ("1kg")
    weighed: bool = False  # (k34) with ``counted`` False: a weight said of goods sold by the portion ("两斤" of 小葱)


def parse_order(text: str, item_name: str = "") -> Order | None:
    """One order reply the bot acts on without asking, or None (chat, or not sure: see
    ``bot.language.intents.read_order``). "鸡蛋 2份" orders when the open item is called 鸡蛋…;
    "+2", "x2", "两份", "我要3份，谢谢", "改成3份", "再来1份" (adds), "取消" / "不要了" (cancels)."""
    reading = order_reading(text, item_name)
    return as_order(reading) if reading is not None and reading.sure else None


def order_reading(text: str, item_name: str | None = "", guess: bool = True) -> intents.Reading | None:
    """What one message (not a chain) says about an order in a group-buy of ``item_name``
    (None: of whatever product the message names, as in the corpus evaluation). With ``guess``, the
    learned intent score weighs in (``intent_model.partner``): it may find an order the rules miss, to
    act on or ask about, settle their doubt, or doubt them; without, the rules alone. (o33) A count in the open
    product's own classifier ("两顶" of a hat) is read as portions (``classifiers.as_portions``)."""
    text = intents.wu_you_folded(text)  # h34: "我帮侬带一份" is "我帮你带一份", an offer to another member
    text = classifiers.as_portions(text, item_name) if item_name else text
    reading = _order_reading(text, item_name, guess, intent_model.shipped() if guess else None,
                             order_quantity.shipped() if guess else None)
    return order_added.on_top(text, reading)  # p29: "馒头再给我带一袋" stored on top of her order, not in its place


@lru_cache(maxsize=256)
def _order_reading(text: str, item_name: str | None, guess: bool, model, ranker=None) -> intents.Reading | None:
    """``order_reading`` under this score, read once: the handler's matcher and the handler both ask."""
    parts = order_parts(text, guess, model, ranker)
    reading = finished(parts, item_name) if parts is not None else None
    checked = checked_reading(text, reading, parts)
    if _several_settled(parts, reading) and checked is not None and checked.sure and checked.amount != reading.amount:
        checked = replace(reading, sure=False)  # o29: the ranker's count among others that describe it, the checks summing
        # them ("我订三罐蜂蜜就是两斤装的" read 5): asked, as before
    if reading is None and checked is not None and intents.names_other_goods(text, item_name):
        # what only the whole-message checks read ("+3 谢谢 橙子周末拿") is of the open product only; a list, by its pieces
        if checked.intent != intents.ORDER:
            return None
        if intents.kinds_named(text, item_name):
            return replace(checked, sure=False)  # "芝麻的两袋 花生的一袋" with 汤圆 open: its kinds, or another product's?
        return order_lists.of_open(_as_read(text), item_name)
    if checked is None and reading is None and order_items.others_dropped(_as_read(text)):
        return intents.Reading(intents.CANCEL, sure=False)  # "楼下刘阿姨说她那份不要了": whose share? asked once
    if _only_a_range(text):  # "给我留2-3盒" was read 3, "一家包几十个" 10: no count of the range is the member's
        return _count_left_open(text, item_name, guess, model, ranker) if checked is None or checked.intent == intents.ORDER else checked
    return checked


def _several_settled(parts: OrderParts | None, reading: intents.Reading | None) -> bool:
    """o29: whether ``reading`` is the scores' own order of one count among several the others only describe
    (``order_guess.SEVERAL_DESCRIBED``, ``Evidence.described``): acted on only as the ranker reads it."""
    found = parts.found if parts is not None else None
    return order_guess.SEVERAL_DESCRIBED and found is not None and found.values > 1 and found.described \
        and parts.rule is None and parts.partnered is None and reading is not None and reading.sure \
        and reading.intent == intents.ORDER and reading.amount == found.amount


# Not decided yet, said beside a range ("两三份吧 还不确定"): how many is not the only thing open, so nothing is asked.
_NOT_DECIDED = re.compile(r"不确定|没确定|不一定|没想好|待定|再看|再说|再议|回头")
# What a range stands for while the message is read as if it named one count (O16): a count no member types for a range.
_ONE_COUNT = "九"


def _only_a_range(text: str) -> bool:
    """Whether the one count a message states is a range or about so many ("两三份", "几十个")."""
    ranges = list(RANGE.finditer(text))
    return len(ranges) == 1 and not _OTHER_COUNT.search(_LIVES_AT.sub("※", text[:ranges[0].start()] + "，" + text[ranges[0].end():]))


_OTHER_COUNT = re.compile(r"\d|(?:" + NUMERAL + ")[" + _UNITS + "]|[+＋➕]")  # "两三盒吧，那就三盒": the range settled
# Where she lives is no count beside the range: "3号楼 要两三份", "1801 给我留两三盒", "3-2单元 两三份" (O18).
_LIVES_AT = re.compile(intents.LIVES_AT)


def _count_left_open(text: str, item_name: str | None, guess: bool, model, ranker) -> intents.Reading | None:
    """An order whose only count is a range or about so many ("要个两三份", "给我来三五斤", "十来个吧"): read as if it named
    one count, and if it is then a sure order of that count, the order with its count left open (``COUNT_OPEN``), asked
    "how many?" once. Nothing when the message doubts it for another reason too ("两三份吧 还不确定": undecided)."""
    if _NOT_DECIDED.search(text) or intents.UNDECIDED.search(text):
        return None
    one = RANGE.search(text)
    counted = text[:one.start()] + _ONE_COUNT + text[one.end():]
    reading = (_order_reading.__wrapped__ if _UNTAGGED.get() else _order_reading)(counted, item_name, guess, model, ranker)
    # mend-o29: inside the tag-free re-read, uncached: a reading there asks every tag, so no other read may reuse it
    if reading is None or reading.intent != intents.ORDER or reading.add or reading.amount != number(_ONE_COUNT):
        return None  # o32: an order the rules only doubt so read ("要个三五份的") is asked how many too: the one question
        # asks its count and whether at once (before, silence: she had been asked "您是要订 9 份…吗" of no count she said)
    if model is not None and order_guess.order_probability(counted, model) < ASK_COUNT_AT:
        return None  # "老家寄来了腊肉，十几斤", "楼下阿芳帮她全公司都订了，二十几份": what came, another's order — never asked
    return replace(reading, amount=COUNT_OPEN, sure=False)


# The intent score's order probability, on the message read with one count, from which a count left open is asked: a
# question is a reply, and the rules alone read some news of goods received as an order ("…腊肉，九斤": 0.70).
ASK_COUNT_AT = 0.8


COUNT_OPEN = order_guess.COUNT_OPEN  # an order's amount when the member left its count open (an order of none is never read otherwise)


def count_open(reading: intents.Reading) -> bool:
    """Whether a reading is an order whose count the member did not pin down ("两三份"): to be asked how many."""
    return reading.intent == intents.ORDER and reading.amount == COUNT_OPEN


def checked_reading(text: str, reading: intents.Reading | None, parts: OrderParts | None = None) -> intents.Reading | None:
    """The whole message checked last (``order_checks``: a wrong order stored is worse than a question or silence).
    ``parts``: the message's parts, whose checks with no reading (``OrderParts.checked_alone``) the asks already ran
    where no reading came of them (d27: not run twice)."""
    if parts is not None and reading is None:
        return parts.checked_alone
    words = unquote(kin_folded(first_person_folded(_as_read(text))))
    return order_checks.checked(words, reading)  # (the count a last "那就 N" settles among them: where no reader read the
    # goods and other goods are named, ``_order_reading`` reads only the open one's)


def _as_read(text: str) -> str:
    """The message as every order reader reads it: order words typed in pinyin, by sound or in other words as the readers
    know them (``order_words``), a count shown by fingers as a digit, a tag question after a number apart from it
    (一共五十对吧), a quote typed without WeChat's dashed line as one, a word-by-word spacing run together."""
    return order_checks.quoted(order_checks.untagged(intents.hand_counts(order_words.as_typed(unspaced(text)))))


# C22: voice input or a slow typist that puts a space after every word or two ("围巾 不合适 能 退 吗", "送货 要 钱 吗 我 住 得 不 远"):
# the spaces cut no clauses there, so the message is read run together. Only where there are five or more pieces, all of
# Chinese characters, two on average at most, and a piece of one character among them.
_PIECE = re.compile(r"[\u4e00-\u9fff]{1,4}")


def unspaced(text: str) -> str:
    """``text`` run together when every space in it only parts words one by one; else as it is."""
    pieces = text.strip().split()
    if len(pieces) < 5 or "\n" in text.strip() or not all(_PIECE.fullmatch(p) for p in pieces) \
            or sum(map(len, pieces)) > 2 * len(pieces) or not any(len(p) == 1 for p in pieces):
        return text
    out = ""  # C22 mend: a correction word standing alone keeps its spaces ("我 要 三份 不 两份": 三份, then 两份 instead)
    for at, piece in enumerate(pieces):
        out += f" {piece} " if _CORRECTION.fullmatch(piece) and re.search(intents.NUMERAL, "".join(pieces[at + 1:at + 3])) else piece
    return " ".join(out.split())


_CORRECTION = re.compile(r"不|不是|唔系|唔係|唔是|冇|不对|哦不|啊不|呃不|错了|说错了")


@dataclass(frozen=True)
class OrderParts:
    """What the rules, the partner and the scores make of one message, before the scores' choice (``finished``):
    ``corpus.tools.leave_file_out`` keeps these to weigh the thresholds, and reads the message through the same steps."""
    text: str  # as read: a quote typed without WeChat's dashed line taken for one, then left out
    rule: intents.Reading | None
    partnered: intents.Reading | None
    found: order_guess.Evidence | None = None  # None: the scores have no say (no models, or not ``open_to_scores``)
    # The intent score's highest order-intent probability for a reading of the rules (O14), scored only where it is
    # weighed: a sure reading, or one whose product words no goods list holds. None: not scored.
    p_rule: float | None = None
    top_rule: str | None = None  # the order intent the score prefers where it scored ``p_rule`` (N26)

    @cached_property
    def alone(self) -> intents.Reading | None:
        """The whole-message checks with no clause's reading, the count settled last aside (``order_checks.read_alone``):
        run once a message, for O24's shares and story and the asks (d27)."""
        return order_checks.read_alone(self.text)

    @cached_property
    def checked_alone(self) -> intents.Reading | None:
        """The whole-message checks with no clause's reading (``order_checks.checked(text, None)``), settled last too."""
        return order_checks.settled(self.text, self.alone)


def order_parts(text: str, guess: bool, model, ranker=None) -> OrderParts | None:
    """None for what no reader may read (a chain, a negative count, nothing)."""
    typed = _as_read(text)  # "「王店长：接龙开始」我2份", "回复 王店长：…\n三份": quotes WeChat would dash
    said = kin_folded(first_person_folded(typed))  # the rules read kin said in a region's words as the lists' ("我婆姨一份 老汉一份", O20)
    text, typed = unquote(said), unquote(typed)  # the scores read the words as typed: they learned them so
    if not text.strip() or is_chain(text) or _NEGATIVE.search(text) or _ASKED_BACK.search(text):  # "鸡蛋 -2份" orders nothing
        return None  # a chain is read line by line (chain_entry); other line breaks end clauses
    rule = intents.read_order(said)  # with its quote: "这个取消" replying to one's order line drops it
    rule = order_changes.revised(said, rule)  # changes and cancels by how they are made (C11)
    rule = intents.said_as_added(text, rule)  # "加两份", "追加x1": so many on top of what she has (O20)
    if (joined := order_checks.undictated(text)) and (rule is None or rule.intent == intents.ORDER) \
            and (again := intents.read_order(joined)) is not None and again.intent in (intents.CHANGE, intents.CANCEL):
        rule = again  # "我。减掉。一份。": the full stops of voice input cut the change from its count
    reading = intent_model.partner(typed, rule, intent_model.ORDERS, model) if guess else rule
    if guess and reading is rule:
        reading = order_guess.doubted(typed, reading, model)  # "我抽到一双袜子": the product's place holds another act (O13)
    found = None
    if guess and model is not None and ranker is not None and order_guess.open_to_scores(rule, reading) \
            and (reading is None or reading.sure or intent_model._actable(reading, typed)):  # no guess asked of someone else settled
        found = order_guess.evidence(typed, model, ranker)  # where both are silent or doubt: the scores' own reading
    p_rule = top_rule = None
    if guess and rule is not None and reading is not None and reading.intent in intent_model.ORDERS \
            and (reading.sure and order_guess.WEIGH_SURE
                 or reading.item and not intents.names_item(reading.item, None)):
        # product words no goods list holds, weighed by the intent score (O14), with the intent it prefers for
        # ``_unknown_asked`` (N26); N27: an order's too while a product is open, so the live bot asks as the corpus measures
        top_rule, p_rule = order_guess.top_order_intent(typed, model)
    return OrderParts(text, rule, reading, found, p_rule, top_rule)


def finished(parts: OrderParts, item_name: str | None, limits: order_guess.Thresholds = order_guess.THRESHOLDS) -> intents.Reading | None:
    """The reading the parts make under ``limits`` (``order_guess.choose``), of the open product only."""
    if parts.rule is None and (shares := order_story.total_of_shares(parts.text)) is not None and parts.alone is None:
        return shares  # O24: "俺两袋，俺闺女一袋，三袋": the shares and their total agree, above the scores' guess
    reading = order_guess.choose(parts.partnered, parts.found, limits)
    if reading is None:  # O24's ask of her act in a story, with its count, before the scores' how many (N26, N27)
        story = _story_asked(parts, item_name)
        if story is not None or not _askable(parts.text, parts.checked_alone) or intents.RECIPE_OR_PRICE.search(parts.text) \
                or (reading := order_guess.open_asked(parts.found, limits)) is None:
            return story  # N27: nor how many where the counts are a recipe's or a price's ("面粉一袋酵母一包蒸馒头", "十只一袋，
            # 一只两块五"), as ``intents`` leaves such counts unsummed
    if parts.rule is None:  # the score's own reading, which names no product: only ever of the open one, and never
        # of words after its count that no store sells ("给我来三份快乐": the rules refused them as the product)
        if reading.intent == intents.ORDER and intents.kinds_named(parts.text, item_name) \
                and not intents.names_no_product(parts.text):
            return replace(reading, sure=False)  # "花生的来一袋" with 汤圆 open: a kind of it, or another product's? asked
        if intents.names_other_goods(parts.text, item_name) \
                or reading.intent != intents.CANCEL and intents.names_no_product(parts.text):
            # V28: the scores' freed reading (N28's scope) dropped, O24's story asked as where they read nothing: the story's
            # other goods drop the freed guess ("…吃了顿饺子…给我留三斤" with 冬笋 open); with the scope off, as before
            return _story_asked(parts, item_name) if intent_model.told_aside(parts.text, intent_model.ORDERS) else None
        return reading
    if (words := order_items.product_words(reading.item, parts.text)) != reading.item:
        reading = replace(reading, item=words)  # "给大娘留俩大列巴", "米给我留两袋当回礼": who for and what for, not the product
    if order_items.residue(reading.item) or order_items.cheer(reading.item) or reading.intent == intents.CANCEL and _around_only(reading.item):
        reading = replace(reading, item="")  # "我要两份喽", "那两盒不要了": no product named; C23: "俺和俺妈的都取消",
        # "接龙第12号周秀兰取消", "早上的订单帮我取消一下": whose, which line and when, no product
        if reading.intent == intents.CANCEL and reading.sure and _which_unsaid(parts.text):
            reading = replace(reading, sure=False)  # C24: "替我妈取消吧", "晚上的取消了": someone else's, or which? asked
    elif reading.intent == intents.CANCEL and reading.sure and not reading.item and _DONE_FOR.search(parts.text) \
            and _which_unsaid(parts.text):
        reading = replace(reading, sure=False)  # O25: "我帮我婆婆取消一下": done for someone else, her item already empty;
        # the handler stores one count per sender (``groupbuys.place``), not whom it is for, so it cannot tell whether the
        # order is the relative's alone: asked, as C24 asks "替我妈取消吧"
    elif order_items.asked_tag(reading.item):
        reading = replace(reading, item="", sure=reading.sure and LEAVE_ASKED_KEPT and not _asked_beside(parts.text, reading.item)
                          and _stands_untagged(parts.text, reading, item_name))
        # an order that asks leave after its count ("帮我记三盒可以不"): asked once; o29: a sure reading kept
        # (``LEAVE_ASKED_KEPT``), unless something else is asked beside it ("饺子还有不，给我留两袋可以不": whether any is
        # left, then the order)
    if intents.kind_of_item(reading.item, item_name) and reading.intent == intents.ORDER:
        reading = replace(reading, item="", sure=False)  # o32: "红枣要两份" while 新疆和田大枣 is open: the open product by
        # another name, or another product? asked once, never silence
    if not intents.names_item(reading.item, item_name) \
            and not ((item_name is None or _her_order_by_another_name(parts, reading)) and (_named_by_place(parts.text, reading)
                                                                                           or _scored_unknown(parts, reading, limits))):
        return _unknown_asked(parts, reading, item_name, limits)  # with no product known to be open, a word the goods list
        # lacks is one by its place ("海蛎子五斤") or when the intent score is sure the message orders (O14: "我家要三份裹卷")
    if reading.sure and parts.p_rule is not None and parts.p_rule < limits.doubt_rule:
        reading = replace(reading, sure=False)  # the rules read an order the intent score rules out: asked (O14)
    if not reading.item and reading.sure and intents.names_other_goods(parts.text, item_name):
        return replace(reading, sure=False)  # "草莓给我留三盒" with 鸡蛋 open: the goods named where the reader took none, asked
    return reading


# o29: a tag asking leave after the rules' sure order ("帮我记三盒可以不", "馒头还能给我留两个不", "替我留四份伐", "我订两份中不"):
# the order is plain and its count the rules' own; storing it answers the tag. Before o29 such an order was asked back.
LEAVE_ASKED_KEPT = True
# Another clause ending in a tag of its own ("还有不，…"); a question mark or word beside the tag is ``intents.QUESTION``'s
# (which holds the half-width ? only: the full-width one is here).
_OTHER_TAG = re.compile(r"[不伐吗么嘛无][，,。\s]|？")
# People lacking for a game or an outing ("三缺一", "还差一个", "少两个人"): "算我一个" then joins it, no order.
_SHORT_OF_PEOPLE = re.compile(r"[缺差少](?:" + NUMERAL + r")(?:个人?|位|人)?")
# mend-o29: someone else the one ordering, the tag then asking them ("张阿姨你也订两份不", "我们几个一起买三份行不", "赵哥要两份
# 可以不"): you, we, everyone or a relative right before the ordering word, no 给我 / 帮我 between — a question to another
# member, not her order. "店长你给我留两份可以不" (you keep them for me) is hers.
_ANOTHER_ORDERS = re.compile(r"(?:你家?|您|侬|大家|我们|咱们|咱俩|俺们|" + RELATIVE.pattern + r")(?:也|还|都|再|一起|一块儿?|合伙|合|就){0,2}"
                             r"(?:要|订|定|买|来|拿|拼|凑|报|团)")
# mend-o29: inside the one tag-free re-read (``_stands_untagged``): a tag found there is asked, never read again without it
# ("给我留两袋" and a tag typed a hundred times was read a hundred times, nested).
_UNTAGGED = ContextVar("untagged", default=False)


def _cut(text: str, tag: str) -> tuple[str, str] | None:
    """mend-o29: ``text`` before and after its last ``tag`` (the words the rules took for the product), or None."""
    at = text.rfind(tag)
    return (text[:at], text[at + len(tag):]) if at >= 0 else None


def _stands_untagged(text: str, reading: intents.Reading, item_name: str | None) -> bool:
    """o29: whether the message without its last tag (``reading.item``) is the same sure order: the tag adds nothing but
    politeness ("桥牌三缺一，算我一个行不" is no order without its tag either). Read again once only (``_UNTAGGED``)."""
    cut = _cut(text, reading.item)
    if cut is None or _UNTAGGED.get() or reading.intent not in (intents.ORDER, intents.CHANGE) \
            or _SHORT_OF_PEOPLE.search(text) or _ANOTHER_ORDERS.search(cut[0]) \
            or not re.match(r"\s*(?:[，,。!！~～\s]|$)", cut[1]):
        # never a cancel ("不退不退，我还要": its 不 is no tag), only a tag that ends her clause, never a game or a party short
        # of people ("牌局差一个，算我一个不": joined; main reads the bare one as an order of one, left as it is), nor
        # another member asked whether they order
        return False
    token = _UNTAGGED.set(True)
    try:
        bare = _order_reading.__wrapped__(cut[0] + cut[1], item_name, True, intent_model.shipped(), order_quantity.shipped())
    finally:
        _UNTAGGED.reset(token)
    return bare is not None and bare.sure and (bare.intent, bare.amount, bare.add) == (reading.intent, reading.amount, reading.add)


def _asked_beside(text: str, tag: str) -> bool:
    """o29: whether ``text`` asks something besides its last ``tag`` (the words the rules took for the product)."""
    cut = _cut(text, tag)
    rest = cut[0] + "。" + cut[1] if cut is not None else text
    return bool(intents.QUESTION.search(rest) or _OTHER_TAG.search(rest))


def _unknown_asked(parts: OrderParts, reading: intents.Reading, item_name: str | None,
                   limits: order_guess.Thresholds) -> intents.Reading | None:
    """N26: a sure reading of the rules whose product words name no goods at all — a particle, whom or when left over
    ("帮我留两袋厚", "我伲两份", "明朝下半天来拿三袋", "牛肉我要两斤可照") — asked, not dropped, where the intent score prefers
    the rules' own intent at ``limits.ask_unknown``: silence there loses an order the member expects an answer to. Its
    count is asked only where it is the message's one count; else how many (``COUNT_OPEN``); a change or cancel only as
    read. Never words of goods (another product's) nor beside other goods named."""
    if parts.p_rule is None or parts.p_rule < limits.ask_unknown or parts.top_rule != reading.intent \
            or parts.rule is None or not parts.rule.sure or intents.names_item(reading.item, None) or not _askable(parts.text, parts.checked_alone) \
            or intents.names_other_goods(parts.text, item_name) or order_items.ABSTRACT.search(reading.item) \
            or re.fullmatch(PER_HEAD, reading.item) or not re.search(r"[^\W\d_]", reading.item):
        # "袜子 36码 各一双": 各 is each, no product (the list readers' to count); "我要-3份": a sign, no words at all
        return None
    if reading.intent == intents.CANCEL:  # N27: only of something that is an order (O15's guard: "那个兼职我不要了" is a job)
        return replace(reading, sure=False) if intent_model.theirs(reading, parts.text) \
            and order_items.unknown_kept(parts.text, reading.item, cancel=True) else None
    if reading.intent == intents.ORDER and not reading.add and not _one_count(parts.text):
        return replace(reading, amount=COUNT_OPEN, sure=False)
    return replace(reading, sure=False) if reading.intent == intents.ORDER or _one_count(parts.text) else None


def _askable(text: str, checked: intents.Reading | None) -> bool:
    """N27: whether an order the scores or the rules only half read may be asked about at all: not where members compare
    their counts or ask one another's ("她要三袋，我要一袋，你呢", O24's table), where the count follows a liking ("可爱两份",
    "我爱两个孩子": O25's 爱 is "want" only where it opens a clause), where which of two counts it is is asked, nor where the
    whole-message checks read the message (they read lists first, as for O24's story: "甜的一包，咸的一包" is 2):
    ``checked``, what they read with no clause's reading (``OrderParts.checked_alone``, run once a message, d27)."""
    return not order_story.among_members(text) and not order_words.liked_count(text) and not _WHICH_COUNT.search(text) \
        and checked is None


# "是两袋还是三袋", "是一斤还是一箱": which of two counts (or packs) is asked — how the goods come, what was ordered — of
# the shop: 16 train and dev lines of 13 files, 13 questions and 3 chat, no order.
_WHICH_COUNT = re.compile(r"是(?:" + NUMERAL + r")[^，,。？?！!\s还]{0,3}还是(?:" + NUMERAL + ")")


def _one_count(text: str) -> bool:
    """Whether the message states one count of goods (or people), and not each one's ("每人一份", "一家两份", "各一袋":
    ``order_quantity.EACH_COUNT``, the one table of each one's count, d27)."""
    return len(intent_model.counts_said(text)) == 1 and not order_quantity.EACH_COUNT.search(text)  # "我屋里两份，隔壁张婆婆两份": 4


def _story_asked(parts: OrderParts, item_name: str | None) -> intents.Reading | None:
    """O24: where the rules, the partner and the scores read nothing, her own act and count in a story ("…看见你们这汤圆挺好
    给我来上两袋冬至吃") is asked, never acted on: silence would lose an order a manager would ask about. Only of the open
    product, and not where the whole-message checks read the message (they read lists first)."""
    if parts.rule is not None:
        return None
    story = order_story.asked_in_story(parts.text, item_name)
    if story is None or not intents.names_item(story.item, item_name):
        return None
    return story if parts.alone is None else None


# C23: what a reader leaves as the product of a cancel when the message names none: whose it is (kin, a name,
# 自己), which line of the 接龙 (第…号/个 and the name on it), where she lives (3栋1单元), when it was placed (早上, 昨天; not 今年/去年,
# a kind of goods: "去年的不要"),
# and the little words around the act (和, 跟, 替, 帮, 都, 再, 加回, 凑个, 着, 可以). Only when nothing else is left:
# "活动取消了", "航班取消", "婴儿车不要了" keep their words, and no product of the group-buy is read into them.
# When an order was placed (one table: the around-words and ``_WHEN_PLACED``).
_WHEN_WORDS = r"早上|上午|中午|下午|晚上|昨天|昨晚|今天|前天|刚才|刚刚|前面|之前|原来|上次|上回"
_AROUND_WORD = re.compile(r"第(?:号|个|条|位|行)?|号|个|条|位|行|栋|幢|单元|元|楼|室|"
                          + PERSONS + r"|阿|自己|" + _WHEN_WORDS +
                          r"|和|跟|与|替|帮|给|都|也|再|多|回|续|上|凑个?|加|少|减|着|别|留|一共|还是|可以|谢|那|这|的|嗰|[+＋➕]"
                          r"|格(?:可以|能|要)")  # the K-VP question's particle before a modal (Yunnan's 格可以: "may it?")
# The name on a 接龙 line, after 第…, only as the words' last (第12号周秀兰, 第三个王姐的).
_LINE_NAME = re.compile(r"[" + SURNAME + r"阿老小][\u4e00-\u9fff]{0,2}(?:的|这|那)?")
_LONGEST_AROUND = 8  # no around-word is longer


def _around_only(item: str) -> bool:
    """Whether the words taken for the product of a cancel are only whose, which line, where or when (C23; a change's
    words that name a person are what she wants, not goods: "女儿说她还要一个妹妹"). Read word by word over the places
    each word can end (C24: one pattern repeated and tried every way backtracked exponentially, "楼上" × 16 took 0.1 s)."""
    words = item.strip()
    reached, after_line = {0}, set()
    for start in range(len(words)):
        if start not in reached:
            continue
        for end in range(start + 1, min(len(words), start + _LONGEST_AROUND) + 1):
            if _AROUND_WORD.fullmatch(words, start, end):
                reached.add(end)
                if words[start] == "第":
                    after_line.add(end)
    return bool(words) and (len(words) in reached or any(_LINE_NAME.fullmatch(words, at) for at in after_line))


# C24: a cancel that names no product is hers when she is named in it (我的, 俺和俺妈的, 帮我) or her line or flat is; one that
# names only someone else ("替我妈取消吧") or only when it was placed ("晚上的取消了") does not say which order the member
# means: the handler would drop her own. Asked.
_SELF_NAMED = re.compile(r"(?:[我俺额咱]们?家?|自己家?){1,2}(?:这边|那边|屋里|家里|家|里)?的?")
_LINE_OR_FLAT = re.compile(r"第\s?(?:\d|[一二三四五六七八九十])|\d+\s?(?:栋|幢|号楼|单元|室)")
_WHEN_PLACED = re.compile(_WHEN_WORDS)
# The speaker as the doer of an act for someone else: 我 before 替/帮/给 ("我帮我婆婆取消", "俺替俺妈退了").
_DOER = re.compile(r"[我俺额咱](?:来|去|先|就|再)?(?=替|帮|给)")
# O25: the cancel itself done by her for someone else ("我帮我婆婆取消一下"); not her word relayed ("我替我公公说一下 他那份不要了":
# his own, acted on as test_order_changes_fresh has it), nor the share she ordered for someone named ("我替邻居订的那份取消": which
# portion, as the corpus labels it sure).
_DONE_FOR = re.compile(r"[我俺额咱](?:来|去|先|就|再)?(?:替|帮|给)[^，,。\s说讲问的那订]{1,6}?(?:取消|退|划|删|撤|不要)")


def _which_unsaid(text: str) -> bool:
    """Whether a cancel's words name only someone else or only a time, never the member herself nor her line (C24)."""
    if len(text) > intents.MAX_READ or _LINE_OR_FLAT.search(text):
        return False  # no reader reads so long a message (WHOM over thousands of characters took seconds)
    others = [m for m in WHOM.finditer(text) if m.group(0) and not _SELF_NAMED.fullmatch(m.group(0))]
    rest = "".join(text[a:b] for a, b in zip([0] + [m.end() for m in others], [m.start() for m in others] + [len(text)]))
    rest = _DOER.sub("", rest)  # "我帮我婆婆取消": the speaker doing it for another names no order of her own
    return not re.search(r"[我俺额咱]|自己", rest) and bool(others or _WHEN_PLACED.search(text))


def _named_by_place(text: str, reading: intents.Reading) -> bool:
    """``order_items.named_by_place``; a change or cancel also as the change readers read it, its dialect and typos put in
    their words ("呱呱嫑了", "清补凉无要了哈": 不要了 right after the goods, C19)."""
    return order_items.named_by_place(text, reading.item) or reading.intent != intents.ORDER \
        and order_items.named_by_place(order_changes.said_plainly(text), reading.item)


def _her_order_by_another_name(parts: OrderParts, reading: intents.Reading) -> bool:
    """Whether a change or cancel names its goods by words no goods list holds ("呱呱嫑了", "再嚟一份蚝" while 生蚝 is open):
    with a product open, her own or the place's name for it, kept as with none known (C19) — unless the intent score rules
    an order out ("婴儿车不要了，送人" is a pram given away). An order of such words, or a change of goods the list knows as
    another product ("草莓不要了" while 鸡蛋 is open), still names another product."""
    return reading.intent != intents.ORDER and not intents.names_item(reading.item, None) \
        and (parts.p_rule is None or parts.p_rule >= ANOTHER_NAME_AT)


# The intent score's order probability under which words no list holds are no name of the open goods (C19): the train and
# dev changes and cancels read through such words score 0.64 and up but for one joke (0.001); chat about a pram or a class
# called off scores under 0.01.
ANOTHER_NAME_AT = 0.5


def _scored_unknown(parts: OrderParts, reading: intents.Reading, limits: order_guess.Thresholds) -> bool:
    """Whether product words no list holds, two characters or more ("各" is no product) or one after its count ("两份蚝"),
    are kept by the intent score:
    never feelings and wishes ("给我来两份幸福"), a count ("要个两三份") or a cancel of no order ("那个兼职我不要了", O15)."""
    words = reading.item
    return parts.p_rule is not None and parts.p_rule >= limits.keep_unknown \
        and (len(re.findall(r"[\u4e00-\u9fff]", words)) >= 2 or order_items.counted_before(parts.text, words)) \
        and not order_items.ABSTRACT.search(words) \
        and order_items.unknown_kept(parts.text, words, cancel=reading.intent == intents.CANCEL,
                                                 change=reading.intent == intents.CHANGE)


# A minus before a count orders nothing ("鸡蛋 -2份"); one that opens the message, said alone before a reason, is so many
# fewer ("-1，儿子说他不爱吃", C13), read by the change readers — its count whole, in digits or in characters ("-十二，": 十 alone
# was taken for the count before, so 二 made it a negative order).
_MINUS_ALONE = r"(?:[0-9０-９]{1,2}|[一二两俩三四五六七八九十]{1,3})\s*(?:[，,。!！\s]|$)"
_NEGATIVE = re.compile(r"(?<![+＋\w])(?<!^)[-−－]\s*[0-9０-９一二两俩三四五六七八九十]|^[-−－]\s*(?!" + _MINUS_ALONE + r")[0-9０-９一二两俩三四五六七八九十]")
# ...but not one answered back to someone ("-1 你呢", "-1 你们要吗"): a poll's reply, no change of hers.
_ASKED_BACK = re.compile(r"^[-−－]\s*[0-9０-９一二两俩三四五六七八九十].*(?:[你您]|[?？吗呢]\s*$)")


def as_order(reading: intents.Reading) -> Order:
    if count_open(reading):
        return Order(0, counted=False)
    return Order(0) if reading.intent == intents.CANCEL else Order(reading.amount, reading.add)


# --- event sign-ups --------------------------------------------------------------------


@dataclass(frozen=True)
class SignUp:
    people: int  # 0: cancel
    add: bool = False  # people changes the member's party by so many ("再加一个" +1, "少一个人" -1), not its size
    counted: bool = True  # False: a sign-up whose party is left open, asked "您几位？" (s27; people unused)


PARTY_OPEN = signup_guess.PARTY_OPEN  # a sign-up's amount when how many come is asked (an asked sign-up of none is never read otherwise)


def party_open(reading: intents.Reading) -> bool:
    """A sign-up asked "how many come?" (s27): its party left open, never acted on."""
    return reading.intent == intents.SIGNUP and reading.amount == PARTY_OPEN and not reading.sure and not reading.add


def parse_signup(text: str) -> SignUp | None:
    """'报名', '我报名 2人', '+1', '报名两位', '2大1小' (3 people), '取消报名'; None for chat or when unsure."""
    reading = signup_reading(text)
    return as_signup(reading) if reading is not None and reading.sure else None


def signup_reading(text: str, guess: bool = True, event: str = "") -> intents.Reading | None:
    """What one message (not a chain) says about a sign-up for the event called ``event`` (if
    known); as ``order_reading``, weighed with the learned score unless ``guess`` is False."""
    return _signup_reading(text, guess, event, intent_model.shipped() if guess else None,
                           party_ranker.shipped() if guess else None)


@lru_cache(maxsize=256)
def _signup_reading(text: str, guess: bool, event: str, model, ranker=None) -> intents.Reading | None:
    text = intents.cantonese_folded(text)  # S25: "报名嘅宝妈请记得带水" read as the notice it is, as the order readers fold it
    parts = signup_parts(text, guess, event, model)
    if parts is None:
        return None
    rule, partnered = parts
    if partnered is not None and partnered.intent == intents.SIGNUP_CANCEL and (reply := _reply_to_bare_quote(text)) is not None:
        return _signup_reading(reply, guess, event, model, ranker)  # "「小周：取消报名」咋了": the cancel quoted is hers (C20)
    if guess and rule is None and partnered is None:
        partnered = signup_guess.guessed(text, model, ranker)  # a party alone under the event post (U14), quoted or not (U19)
    elif guess and rule is not None and partnered is not None and _asked_party(rule) and _asked_party(partnered) \
            and not signups.party_in_doubt(text, partnered.amount):  # others signed up by her stay asked (U-tests)
        # S25 review: where the rules only ask a party, the guess's sure party of the same count stands (as it did while
        # the rules were silent: "阿拉屋里两个人，侬帮我记一记，…")
        partnered = _surer(partnered, signup_guess.guessed(text, model, ranker, gated_acts=False))  # u29: a gated act settles no ask of the rules
    summed = signups.households_summed(unquote(text), partnered)  # several households, each with its size (U21)
    outing = signups.outing_checked(text, event, summed)  # an outing of the member's own, not the event done there (U22)
    if outing is None or outing.intent == intents.SIGNUP and not outing.sure:
        outing = _how_they_come(text, guess, event, model, ranker) or outing  # the party beside how it comes (U23)
    reading = _party_open(text, signup_checks.checked(text, event, outing))  # no act of hers, by what the whole message does (V23)
    return reading if reading is not None else _queued(text, event)


def _queued(text: str, event: str) -> intents.Reading | None:
    """(w33) Her request to be put on the waitlist ("满了？？候补我", "那我候补一个", "满了吗 满了我排个队 我们两个"): a sign-up
    of the count it states, or of the party her other clause says (read by the rules alone), or of one; the store's list
    puts it on the waitlist when the event is full. Only where the readers read nothing."""
    queued = waitlist.asks_to_queue(text)
    if queued is None:
        return None
    people = queued.people
    if queued.rest:
        party = _signup_reading(queued.rest, False, event, None, None)
        if party is None or not party.sure or party.intent != intents.SIGNUP or party.add or people not in (None, party.amount):
            return None  # her other words are no party of hers: not read as a request alone
        people = party.amount
    people = people or 1
    return intents.Reading(intents.SIGNUP, people, sure=1 <= people <= MOST_PEOPLE)


# A member signs up herself and her household, never a crowd: a larger count is an age or a year ("报名，老伴七十五了"),
# asked "how many?" rather than acted on (no train or dev sign-up is labelled above it). The handler's answer bound matches.
MOST_PEOPLE = 20


def _party_open(text: str, reading: intents.Reading | None) -> intents.Reading | None:
    """Her party left open and asked (s27's ``PARTY_OPEN``): a household of no size, or a party too large to be one."""
    if reading is not None and reading.intent == intents.SIGNUP and not reading.add and reading.amount > MOST_PEOPLE:
        return intents.Reading(intents.SIGNUP, PARTY_OPEN, sure=False)
    return _household_open(text, reading)


def _household_open(text: str, reading: intents.Reading | None) -> intents.Reading | None:
    """d28: a party of one beside her whole household named with no size (``signups.household_unsized``: "报名，全家都去"):
    "how many?" asked (s27's ``PARTY_OPEN``), whichever reader read the one, sure or asking "one?". Read on the partner's
    reading (``signup_parts``, which ``corpus.tools.leave_file_out`` reads too) and again on the last one (a later reader,
    U23's how they come, may read the one anew)."""
    if reading is None or reading.intent != intents.SIGNUP or reading.amount != 1 or reading.add:
        return reading
    return intents.Reading(intents.SIGNUP, PARTY_OPEN, sure=False) if signups.household_unsized(unquote(text)) else reading


def _asked_party(reading: intents.Reading) -> bool:
    """A party asked, not acted on (no change of it, no cancel)."""
    return reading.intent == intents.SIGNUP and not reading.sure and not reading.add


def _surer(asked: intents.Reading, other: intents.Reading | None) -> intents.Reading:
    """``other`` where it is a sure party of the count ``asked`` only asks; else ``asked``."""
    if other is not None and other.sure and other.intent == intents.SIGNUP and not other.add and other.amount == asked.amount:
        return other
    return asked


def open_to_question_party(text: str, reading: intents.Reading | None) -> bool:
    """Whether U17's party beside a question may read the message: nothing read, or only s27's ask of a party said after
    a gate's clauses ("还能挤一个吗，就我自己": the question stopped the guess, the party after it is asked) — where the
    question is one the store answers, U17's sure party of the same count stands (``beside_question_surer``), as it did
    before s27. Not s27's "how many?": a party the scores cannot tell is not settled by one clause's count."""
    if reading is None:
        return True
    if reading.sure or reading.intent != intents.SIGNUP or reading.add or party_open(reading):
        return False
    return signup_guess.party_after_gate(signups.without_asides(unquote(text))) is not None


def beside_question_surer(asked: intents.Reading | None, beside: intents.Reading | None) -> intents.Reading | None:
    """U17's reading where nothing was read, or where it is a sure party of the count s27's ask asks; else the ask."""
    return beside if asked is None else _surer(asked, beside)


def party_beside_question_reading(text: str, party: str, event: str = "") -> intents.Reading | None:
    """The party said beside a question (U17: "讲座我和老伴儿两个，几点开讲嘞"), read on its own clauses, acted on only when
    sure and when the whole message allows it (V23: "啥时候搞个拌面比赛，我报名" wishes for an event no one runs)."""
    reading = signup_checks.checked(text, event, signup_reading(party, event=event))
    return reading if reading is not None and reading.sure else None  # never asked on: asked chat would grow


# An errand someone ran for her, thanked for beside the party ("谢谢小李帮我带的菜", "帮我捎的鸡蛋"): a fee sent may be for it.
_ERRAND = re.compile(r"帮(?:我|俺|咱)(?:家)?[^，,。\s]{0,2}?(?:带|买|拿|捎|取|寄|代购|代买|垫)|代购|代买|垫付|垫的钱|菜钱|跑腿")


def _how_they_come(text: str, guess: bool, event: str, model, ranker) -> intents.Reading | None:
    """A party beside words of how it comes ("我们两个下午三点到", "两位 钱微信转你了": ``signups.party_beside_coming``),
    read as the party alone is; only a sure sign-up so read stands, else None (U23)."""
    if (rest := signups.party_beside_coming(text)) is None or rest == text or _ERRAND.search(rest):
        return None  # "两个人 钱微信转你了 谢谢小李帮我带的菜": the money may be for the errand
    reading = _signup_reading(rest, guess, event, model, ranker)
    return reading if reading is not None and reading.intent == intents.SIGNUP and reading.sure and not reading.add else None


def signup_parts(text: str, guess: bool, event: str, model) -> tuple[intents.Reading | None, intents.Reading | None] | None:
    """The rules' reading of a message (not a chain) and the learned partner's (``guess``) of it, before the party
    ranker's guess; None for what no reader may read. ``corpus.tools.leave_file_out`` reads a message through it too."""
    text = unquote(text)
    if not text.strip() or is_chain(text):
        return None
    reading = signups.read_signup(text, event)
    if reading is None or _asked_party(reading) and signups.party_inside_story(text, event) == reading:
        # a party listed piece by piece; S25 review: its sure party of the count the story reader only asks stands, as it
        # did before that reader ("阿拉屋里两个人，侬帮我记一记，…"); the other readers' doubts stay asked
        listed = signup_parties.read(text, event)
        reading = listed if reading is None else _surer(reading, listed)
    partnered = intent_model.partner(text, reading, intent_model.SIGNUPS, model) if guess else reading
    return reading, _household_open(text, partnered)  # d28: before the steps after it, which leave an ask as it is


def _reply_to_bare_quote(text: str) -> str | None:
    """The member's own words after a quote typed without WeChat's dashed line ("「小周：取消报名」\n咋了"), or None."""
    said = order_checks.quoted(text)
    return unquote(said) if said != text and unquote(said).strip() else None


def as_signup(reading: intents.Reading) -> SignUp:
    if party_open(reading):
        return SignUp(0, counted=False)
    return SignUp(0, False) if reading.intent == intents.SIGNUP_CANCEL else SignUp(reading.amount, reading.add)


# --- 接龙 chains -------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainLine:
    number: int
    name: str  # a display name as typed: never an identity by itself
    quantity: int  # 份 for a group-buy, people for an event (2大1小 = 3)
    body: str = field(default="", compare=False)  # the line as typed after its number ("婷婷 1份→2份")


_SPACES = re.compile(r"\s{2,}")
_NUMBERED = re.compile(r"^\s*(\d{1,3})\s*(?:[.、)\]:：]|\s)\s*(\S.*?)\s*$")
# c28: 俩/仨 are a count alone ("3. 老马 仨", "巴合提 俩": no unit after them, unlike 两/三), read after a space as a
# bare digit is; before, such a line was counted one (lines of ninetyfirst, ninetysecond, hundredfirst).
_LINE_QTY = re.compile(
    r"^(.*?)\s*(?:" + _NUMBER + "大" + _NUMBER + r"小|[x×*+]\s*" + _NUMBER + "|" + _NUMBER
    + f"\\s*[{_UNITS}{_PEOPLE}]|\\s" + r"(\d{1,3}|俩|仨))" + _TAIL, re.IGNORECASE)


def parse_chain(text: str) -> list[ChainLine] | None:
    """The numbered lines of a 接龙 chain, or None if ``text`` is not one.

    A chain says "接龙" on its first line, or has at least two numbered lines.
    A line without a count is one (one 份, one person).
    """
    lines = unicodedata.normalize("NFKC", text).splitlines()
    if not lines:
        return None
    lines = [_SPACES.sub(" ", line) for line in lines]  # a run of spaces made every lazy name + \s* pattern quadratic
    entries = [(_chain_line(m.group(1), m.group(2)), m.group(2)) for line in lines if (m := _NUMBERED.match(line))]
    entries = [replace(e, body=body) for e, body in entries if e is not None]
    if not entries or ("接龙" not in lines[0] and len(entries) < 2):
        return None
    return entries


def _chain_line(index: str, body: str) -> ChainLine | None:
    if _COUNTS.match(body) and (counted := _counted_line(body)) is not None:  # "1+1"
        return ChainLine(int(index), *counted)
    match = _LINE_QTY.match(body)
    if match is None and (counted := _counted_line(body)) is not None:
        return ChainLine(int(index), *counted)
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


# What a member adds after the count on their line: "2份 自提", "2份（明天拿）", "2份 已转", "2份谢谢".
# A remark holds no other count, but may name the pickup day ("大刘 2份 周六拿"); a bare 俩/仨 counts as c28 reads it.
_REMARK = re.compile(r"^(?P<line>.*?(?:" + _NUMBER + f"\\s*[{_UNITS}{_PEOPLE}]" + r"|[x×*+]\s*" + _NUMBER + r"|\s\d{1,3}|\s[俩仨]))"
                     r"\s*(?P<remark>(?:(?:周|星期|礼拜)[一二三四五六日天]|[^\d一二两三四五六七八九十]){1,12})$", re.IGNORECASE)
_NOT_REMARK = re.compile(r"取消|不要|退|删|减|[-—]")  # "2份 取消" is no order of two
# Several counts on one line: "红枣1 核桃1", "1+1" (one for me, one for someone else).
# A weekday's numeral is no count ("张姐 周六 2份" is 2, not 6 + 2).
_COUNT = r"(?<!周)(?<!星期)(?<!礼拜)" + _NUMBER
_COUNTS = re.compile(r"^(?P<name>.*?[^\s+])(?P<counts>(?:(?:\s+|\s*\+\s*)[^\d\s+\-]{0,6}?" + _COUNT
                     + f"[{_UNITS}]?" + r"){2,8})$")  # at most 8 counts: a longer run tried every name start against it all
_PICTURE = re.compile(r"[\ufe0f\u20e3\u200d]|\[[^\[\]\d]{1,4}\]")


def _counted_line(body: str) -> tuple[str, int] | None:
    """(name, quantity) of a line whose count is followed by a remark or emoji, is split between
    products, or has a typo for 份 ("小美 2份 自提", "小美 2️⃣", "小美 红枣1 核桃1", "小美 2分"); None
    if the line is none of these."""
    text = "".join(ch for ch in _PICTURE.sub("", body) if unicodedata.category(ch) not in ("So", "Sk", "Cs", "Co"))
    text = re.sub(_NUMBER + r"\s*[分粉仹](?!钟)", r"\1份", text).strip()
    if (match := _REMARK.match(text)) and not _NOT_REMARK.search(match["remark"]):
        text = match["line"]
    if not _COUNTS.match(text) and (match := _LINE_QTY.match(text)) and match.group(1).strip(" -—:："):
        line = _chain_line("0", text)
        return (line.name, line.quantity) if line else None
    if match := _COUNTS.match(text):
        counts = [number(n) for n in re.findall(_COUNT, match["counts"])]
        if None not in counts and 1 <= sum(counts) <= MAX_QUANTITY:
            return match["name"].strip(" -—:："), sum(counts)
    if match := re.fullmatch(r"(.*[\u4e00-\u9fff])\s*(\d{1,3})", text):  # "王姐2": no space before the count
        if 1 <= int(match[2]) <= MAX_QUANTITY:
            return match[1].strip(" -—:："), int(match[2])
    return None


def _sum(*parts: str) -> int | None:
    values = [number(p) for p in parts]
    return None if None in values else sum(values)


def is_chain(text: str) -> bool:
    """A 接龙 chain ("#接龙" first, or two numbered lines), to be read line by line; a message typed
    on several lines that is none ("群主\n我要两份") is read as one, each line a clause."""
    text = unquote(text).strip()
    return "\n" in text and parse_chain(text) is not None


def chain_entry(text: str, poster_name: str, other_names: set[str]) -> ChainLine | None:
    """The poster's line of a 接龙 they posted (``own_line``), or None if ``text`` is no chain or a tally of one.

    A member adds their line at the end of the list: words after it (大家看看有没有漏的, 共6份, @张姐 你是不是写重复了)
    are someone talking about the list, so only a line with the poster's name is theirs; a list headed or summed up
    as a tally (目前接龙, 接龙统计, 接龙截止啦, 昨天的接龙, 共6份) is nobody's order."""
    lines = parse_chain(text)
    if lines is None or _tally(text):
        return None
    return own_line(lines, poster_name, other_names, appended=is_titled(text) and not _talked_after(text))


def signup_chain_entry(text: str, poster_name: str, other_names: set[str]) -> intents.Reading | None:
    """What the poster's line of an event's sign-up 接龙 says (the handler and ``corpus.eval_intents`` both read it so):
    a party ("小美 2大1小", "阿芳 一家三口", "乐乐和外婆"), a cancellation ("朵朵妈 取消"), else one person. A list headed
    by a sign-up or an event ("手工报名", "讲座报名") is one the poster added a line to, as a titled "#接龙"; one that
    lists things to bring or is another body's ("#接龙 明天春游要带什么", "班级家长会接龙") is nobody's sign-up."""
    lines = parse_chain(text)
    if lines is None or _tally(text):
        return None
    head = "".join(_head_and_tail(text)[0])
    if _NOT_SIGNUP_LIST.search(head):
        return None
    parties = [signups.line_party(line.body) for line in lines]
    listed = is_titled(text) or bool(_SIGNUP_LIST.search(head)) or all(p is not None for p in parties)
    if _a_log(lines):
        return None  # "量血压接龙⏎1. 老赵 130/85…", "步数⏎1. 王姐 12000": readings logged, no party (V23)
    line = own_line(lines, poster_name, other_names, appended=listed and not _talked_after(text))
    if line is None or _EXAMPLE_LINE.match(line.body):
        return None  # "1. 例：王姐 2人": the format shown, no one's line (V23)
    if len(lines) > 1 and all(normalize(other.name).startswith(normalize(lines[0].name)) for other in lines[1:]) \
            and all(p is None for p in parties):
        return intents.Reading(intents.SIGNUP, len(lines))  # "报名\n1.王姐\n2.王姐老公\n3.王姐儿子": one household, listed
    if _SIGNUP_LINE_CANCEL.search(unicodedata.normalize("NFKC", line.body)):
        return intents.Reading(intents.SIGNUP_CANCEL)  # "3. 钱家 3 取消", "小宇妈妈 1大2小 ❌不去了": her line struck out (C12)
    reading = parties[lines.index(line)]
    return reading or intents.Reading(intents.SIGNUP, line.quantity)


# A value logged on a line: a reading (130/85), steps or a distance, a weight, a temperature, or the deed done (下水了).
_LOGGED = re.compile(r"\d+/\d+|\d{3,}|\d+(?:\.\d+)?\s*(?:步|公里|km|斤|kg|度)|下水了|打卡了|完成了?|已完成")


def _a_log(lines: list[ChainLine]) -> bool:
    """Whether most lines of the list log a value rather than a party: a day's readings, not a sign-up."""
    logged = sum(bool(_LOGGED.search(line.body)) for line in lines)
    return len(lines) >= 2 and logged * 3 >= len(lines) * 2


# A line that shows the format rather than signs anyone up: "1. 例：王姐 2人".
_EXAMPLE_LINE = re.compile(r"\s*(?:例|示例|格式|范例|比如)\s*[：:]")


# The poster's own line marked as dropped after its party: 取消, 划掉, 不去了, ❌ (C12).
_SIGNUP_LINE_CANCEL = re.compile(r"取消|划掉|删掉|退出|不去了|去不了|来不了|不参加了|[\u274c\u274e\u2716\U0001F6AB]")


_SIGNUP_LIST = re.compile(r"报名|参加|" + signups.EVENT_KINDS)
_EVENTS_LIST = re.compile(r"报名|参加|" + party.GATHERING_KINDS)  # an order list's head is no event's: not U20's kinds ("汤圆⏎1.小美 2袋")
# A list that is no sign-up for the store's event: notes (活动须知), things to bring, a school's or a job's (signups' _ELSE_THING).
_NOT_SIGNUP_LIST = re.compile(r"须知|注意|事项|流程|安排|规则|带什么|要带|带啥|准备什么|买什么|分工|值日|家长会|班级|"
                              r"步数|签到|打卡|买菜|核对|去爬山|" + signups.ELSE_THING.pattern)  # a day's log, an errand, a roll checked, the members' hill walk (去爬山, U22's pastime) (V23)


# A list shown rather than joined: its state now or before, a total, those still to fetch.
_TALLY_HEAD = re.compile(r"统计|汇总|目前|现在|截至|截止(?:了|啦|喽|咯|!|！|$)|已截止|截单了|结束了|昨天|前天|上次|上回|上周|之前|去年|"
                         r"转发|名单|结果|没拿|未取|未领|待取|没取")
_TOTAL_LINE = re.compile(r"^\s*(?:共|一共|总共|合计|总计|累计)\s*" + _NUMBER)  # its own words: not 共计 (D25 review)
_COURTESY_LINE = re.compile(r"^[\s谢谢感恩辛苦了啦呀哈🙏❤️👍😊~～!！。.,，]*$")


# What a list's head names when it is no group-buy's: an event's sign-up, a day's log or a measure (steps, blood pressure,
# weight), volunteers or a duty roster (C22). Only where the head names no goods: "报名团购车厘子" stays an order list.
_LOG_HEAD = re.compile(r"讲座|步数|走路|血压|血糖|体重|志愿者?|义工|值班|值日|签到|打卡|须知|家长会|班级")
_NO_ORDER_HEAD = re.compile(_EVENTS_LIST.pattern + "|" + _LOG_HEAD.pattern)


def _no_order_list(text: str) -> bool:
    """Whether a 接龙's head names an event, a log or a roster, and no goods or group-buy (C22)."""
    head = "".join(_head_and_tail(text)[0])
    return bool(_NO_ORDER_HEAD.search(head)) and not _NAMES_GOODS.search(intents.LOOKS_LIKE_GOODS.sub("", _LOG_HEAD.sub("", head)))  # 血糖 names no 糖


def _head_and_tail(text: str) -> tuple[list[str], list[str]]:
    """The lines before the first numbered line and after the last one."""
    lines = [line for line in unicodedata.normalize("NFKC", unquote(text)).strip().splitlines()]
    numbered = [i for i, line in enumerate(lines) if _NUMBERED.match(line)]
    return lines[:numbered[0]], lines[numbered[-1] + 1:] if numbered else []


def _tally(text: str) -> bool:
    head, tail = _head_and_tail(text)
    return any(_TALLY_HEAD.search(line) for line in head) or any(_TOTAL_LINE.match(line) for line in head + tail)


def _talked_after(text: str) -> bool:
    return any(line.strip() and not _COURTESY_LINE.match(line) and not is_courtesy(squeeze(plain(line))) for line in _head_and_tail(text)[1])


# What a member writes on their own line to change it: "1份→2份", "2改3", "2份（再加1）", "1斤 再+1", "取消".
_LINE_SET = re.compile(_NUMBER + f"\\s*[{_UNITS}]?\\s*(?:" + intents.ARROW + "|" + intents.SET_TO + r"|改|变)\s*" + r"(?P<to>" + _NUMBER[1:])
_LINE_ADD = re.compile(r"[(（]\s*(?:再加|追加|再来|加|\+)\s*(?P<more>" + _NUMBER[1:] + f"\\s*[{_UNITS}]?\\s*[)）]|(?:再加|追加|再\\s*\\+)\\s*(?P<more2>" + _NUMBER[1:])
_LINE_CANCEL = re.compile(r"取消|不要了?|退出|删除|删掉|撤[了销掉]?$")


def chain_order(text: str, poster_name: str, other_names: set[str]) -> intents.Reading | None:
    """What the poster's line of a group-buy 接龙 says (``chain_entry``): an order of its count, or its own edit
    (a new count, more, or 取消). A list whose lines carry no count at all is only an order list when its head
    names goods or a group-buy (not "#接龙 明天春游要带什么", "班级家长会接龙 能参加的接一下")."""
    line = chain_entry(text, poster_name, other_names)
    if line is None and (lines := _pasted_list(text)):  # a list pasted without "接龙" over it
        if all(_goods_line(entry.name) for entry in lines):  # "1.牛奶 2箱\n2.酸奶 1箱": one member's goods, one order
            return intents.Reading(intents.ORDER, sum(entry.quantity for entry in lines))
        line = own_line(lines, poster_name, other_names, appended=True)
    if line is None or not _counted_list(text) and not _NAMES_GOODS.search(intents.LOOKS_LIKE_GOODS.sub("", "".join(_head_and_tail(text)[0]))):
        return None
    if _no_order_list(text):
        return None  # "今日步数接龙", "量血压接龙", "#接龙 腊八送粥志愿者": a list of the members' day or an event's, no goods (C22)
    body = unicodedata.normalize("NFKC", line.body)
    if _LINE_CANCEL.search(body):
        return intents.Reading(intents.CANCEL)
    if (match := _LINE_SET.search(body)) and (to := number(match["to"])) and 1 <= to <= MAX_QUANTITY:
        return intents.Reading(intents.CHANGE, to)
    if (match := _LINE_ADD.search(body)) and (more := number(match["more"] or match["more2"])) and 1 <= more <= MAX_QUANTITY:
        return intents.Reading(intents.CHANGE, more, add=True)
    return intents.Reading(intents.ORDER, line.quantity)


_NAMES_GOODS = re.compile(intents.GOODS.pattern + r"|团|购|份")
_ASKED_HEAD = re.compile(r"[?？吗呢]|谁|哪")


def _pasted_list(text: str) -> list[ChainLine] | None:
    """The lines of a numbered list a member pasted with her own line added last, as WeChat's 接龙 is copied by hand
    ("1.小美 草莓2盒\n2.阿芳 草莓1盒\n3.晓晓 草莓2盒"): every line carries a count, a short head (a product, a
    format) asks nothing, nobody talks after it, and it is no tally (``_tally``). None for anything else."""
    lines = parse_chain(text)
    if lines is None or len(lines) < 2 or _tally(text) or _talked_after(text) or is_titled(text):
        return None
    head = "".join(_head_and_tail(text)[0]).strip()
    if len(head) > 12 or _ASKED_HEAD.search(head) or _EVENTS_LIST.search(head) or intents.EVENT.search(head) \
            or head and not _NAMES_GOODS.search(intents.LOOKS_LIKE_GOODS.sub("", head)):
        return None  # "讲座报名", "烘焙课 周六": an event's list; "这谁的？": asked about
    counted = [m.group(2) for line in unicodedata.normalize("NFKC", text).splitlines() if (m := _NUMBERED.match(line))]
    if not all(_COUNTED.search(body) for body in counted) or any(_HEADS.search(body) for body in counted):
        return None  # a line without a count; "李梅 2位", "周周 2大1小": people
    return lines


_HEADS = re.compile(_NUMBER + r"\s*[人位]|" + _NUMBER + "大|" + _NUMBER + "小")


def _goods_line(name: str) -> bool:
    """A list line naming goods, not a person ("牛奶", "酸奶"; not "梅子" among names: every line must be goods)."""
    return len(name) <= 6 and not re.search(r"\s|[\d栋楼室号-]|" + PERSONS, name) \
        and bool(intents.GOODS.search(intents.LOOKS_LIKE_GOODS.sub("", name)))
_COUNTED = re.compile(r"\d|" + _NUMBER + f"\\s*[{_UNITS}{_PEOPLE}]")


def _counted_list(text: str) -> bool:
    return any(_COUNTED.search(m.group(2)) for line in unicodedata.normalize("NFKC", text).splitlines()
               if (m := _NUMBERED.match(line)))


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
