"""Whole-message checks on an order reading, after the clauses are read (``bot.chain.text.order_reading``).

The clause readers (``intents.read_order``) find a count and the words around it; what the rest of the message
says can still make that count no order of the member's, or another amount. A wrong act stores a wrong order
(the member finds out at pickup), which is worse than asking once or saying nothing, so these checks only ever
turn a reading into a question (``sure=False``) or into nothing, except where the message itself puts the count
right ("三份，不对，两份"):

- **where the amount comes from** (``sourced``): it must be a count the message states (or their sum, or a count
  each times those named), once the numbers that are no count are set aside: a price ("一份要28", "一共114对吧 我先转了",
  "多钱一份"), a decimal ("小米2.5kg"). Nothing left: no order; another count left: asked;
- **a count put right in one breath** (``corrected``): "三份，不对，两份", "要两份…算了一份就够了" order the last count;
- **more on top** (``more_on_top``): "汤圆再添上一份", "两袋不够 再添一袋" add one, where a plain order was read;
  "➖1" alone takes one back;
- **talk about portions** (``_talk``): a joke, an appetite, another shop, someone making so many, cooking measures,
  someone's portions named as theirs ("我那两份", "您那份"), others' counts listed, a recommendation, someone of the
  household addressed first ("妈，…给我留两份饺子"): no order; a count that is a state reached ("现在3只了": ``reached``); a wish
  beside what may stop it ("但是冰箱放不下了", a stock question, 蹲): asked;
- **shares of several people** (``shares``): an order read as less than the shares named, each after its own
  person or added with + ("1+1 我和我妈"): asked with their sum.

``quoted`` and ``undictated`` shape the text before the readers: a quote typed without WeChat's dashed line is read
as a quote, and voice input's full stop after every word is run together where that makes a change of a plain order.
"""
from __future__ import annotations

import re
from dataclasses import replace

from bot.language import intents, order_changes, order_lists, order_quantity, order_words
from bot.language.intents import CANCEL, CHANGE, ORDER, Reading
from bot.language.numbers import NUMERAL, TOTAL, number
from bot.language.people import EACH_HOME, EACH_PERSON, HOME, KIN_CALLED, ONE_HOME, PEOPLE_KIND, PERSONS, REGIONAL_CHILD, SIDE, SURNAME, WHOM
from bot.language.signups import party_size
from bot.language.wrapping import BREAK, is_courtesy

_UNITS = order_quantity.UNITS
_NUM = "(?:" + NUMERAL + ")"
# Numbers that are no count of portions, in the ``order_quantity.form`` of a message.
_MONEY = re.compile(
    r"(?<!\d)\d+\.\d+|[¥￥]\s?\d+|" + _NUM + r"\s?(?:块钱?|元|蚊)多?(?:一|每)[" + _UNITS + r"]|"  # "涨到五块多一斤了": a price by the 斤
    r"" + _NUM + r"\s?(?:块钱|块|元|毛|角|rmb|蚊)|"
    r"(?:一|每)[" + _UNITS + r"][^，,。.!！?？\s]{0,4}?(?:要|卖|才|只要|就要|得|都要)\s?(?:\d+|" + _NUM + r"(?=多|来?块))多?|"  # "一份要28", "一斤排骨要三十多"
    r"(?<![\d\-栋楼元室号])\d{2}(?!\d)\s?(?:一|每)[" + _UNITS + r"](?=.{0,4}?(?:是吧|的话|吗|划算|贵|便宜))|"  # "38一份是吧" (not "502 一份")
    r"多少?钱(?:一|每)[" + _UNITS + r"]|(?:一|每)[" + _UNITS + r"]多少?钱|"  # "多钱一份", "一份多少钱"
    r"(?:转|付|给)了?\s?\d{2,}|"  # "已转76", "刚付了76"
    r"(?<=[\u4e00-\u9fff])\s?\d{2,3}(?![\d.])(?=\s?[，,。\s]?\s?比[^，,。]{0,8}?(?:便宜|贵|实惠|划算))|"  # C22: "汤圆19，比超市便宜6块": a price compared
    r"(?:(?<!\d)\d{2,4}|[二三四五六七八九]?十[一二三四五六七八九]?)多(?:块钱?|元)?(?:一|每)[" + _UNITS + r"]")  # "外面三十多一斤"
_PAYS = re.compile(r"转|付|钱|元|块|[¥￥]")
_SUM_PAID = re.compile(r"(?:一共|总共|合计|共)\s?\d{2,}(?![" + _UNITS + r"]|\d)|(?:一共|总共|合计|共)\s?\d{2,}(?=对[吧吗])")


# Where one lives, no count: "我住12栋3单元502", "5号楼2单元", "3栋502".
_ADDRESS = re.compile(r"(?<!\d)\d+\s?(?:栋|幢|单元|号楼|楼|室|层|座)|(?<![\d.])\d{1,2}[Ff](?![A-Za-z])|(?<=[栋幢元楼])\s?\d{3,4}(?!\d|\s?[" + _UNITS + r"])")


# A price said right after the goods counted, a number with no unit of its own ("草莓两盒五十 划算", "一箱橙子48",
# "三斤排骨一百出头"): what that many cost, not a second count (a digit or a numeral of ten or more).
_PRICE_NUMBER = r"(?:\d{2}(?!\d)|\d{3,4}(?=块|元|多)|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]百[零一二三四五六七八九十]*|[一二两三四五六七八九]千[零一二三四五六七八九十百]*)"
_PRICE_AFTER = re.compile(r"(?P<count>(?<![\d\-])" + _NUM + r"\s?[" + _UNITS + r"](?![元楼室]))(?P<goods>[\u4e00-\u9fff]{0,5}?)\s?(?P<p>" + _PRICE_NUMBER + r")(?:多|出头|左右|来块)?"
                          r"(?=$|[\s，,。!！?？~～]|块|元|多|出头|左右|来块|划算|便宜|贵|实惠|对[吧吗不]|是吧)")


def _price_marked(words: str) -> str:
    return _PRICE_AFTER.sub(lambda m: m["count"] + m["goods"] + "※", words)


# O22: 块 as pieces, not yuan: a small count of 块 right after a verb that hands goods over ("鱼糕来四块", "腊肉给我整两块",
# "牛腱子切两块"), where nothing in the message speaks of money. "一斤要四块" (要 is also "costs") stays a price.
_BLOCKS_CUT = re.compile(r"(?<=[来整切留])(?P<n>[一两二三四五六七八九十俩]|[1-9])\s?块(?![钱多])")
_MONEY_TALK = re.compile(r"钱|元|转|付|价|[¥￥]|贵|便宜|多少|一共|总共|[一每][" + _UNITS + r"]")


def _pieces_kept(words: str) -> str:
    return words if _MONEY_TALK.search(words) else _BLOCKS_CUT.sub(r"\g<n>个", words)


def _masked(words: str) -> str:
    """``words`` with the numbers that are prices, decimals or an address replaced by a mark."""
    words = _ADDRESS.sub("※", _price_marked(_MONEY.sub("※", _pieces_kept(words))))
    return _SUM_PAID.sub("※", words) if _PAYS.search(words) else words


# A count each, of people, homes or kinds (base words, D25 review: not 每位, 每户, 一户, 每个人).
_EACH = re.compile(r"各|每人|一人|每家|一家|" + intents.EACH_KIND)


def _said(words: str) -> tuple[set[int], int]:
    """The amounts ``words`` can mean (each count, their sum, a count each times those named, one said by
    nothing) and how many counts it mentions."""
    found = order_quantity.candidates(words)
    counts = [c.value for c in found if c.start >= 0]
    said = {c.value for c in found} | {sum(counts)}
    if _EACH.search(words) or intents.ALL_OF_US.search(words):  # "给我和我婆家各订两份", "大米小米各一袋": a count each, times
        # those named; O22: "我和我姐都要一斤", all of those named wanting so much (``intents.ALL_OF_US``), likewise
        said |= {k * n for n in counts for k in range(2, 7)}
    return said, len(counts)


def _counts(words: str) -> list[int]:
    return [c.value for c in order_quantity.candidates(words) if c.start >= 0]


def _words(text: str) -> str:
    return intents.typos_fixed(order_quantity.form(text))


def sourced(text: str, reading: Reading) -> Reading | None:
    """The reading when its amount is a count the message states; asked when the message states other counts;
    nothing when every number in it is a price or a decimal."""
    if reading.intent not in (ORDER, CHANGE) or not reading.amount:
        return reading
    if intents.line_pairs(text.strip()) is not None:
        text = re.sub(r"^\s*\d{1,3}\s*(?:[.、)\]:：]|\s)", "", text)  # "5. 阿强 牛肉丸2 鱼丸1": the line's number is none of its counts
    words = _words(text)
    _, mentions = _said(words)
    kept, left = _said(_masked(words))
    if mentions and not left:
        return None  # "这家奶茶一份要28", "小米2.5kg的挺好吃", "苹果尼多钱一份": prices and weights, no count
    if abs(reading.amount) in kept:
        return reading
    counts = _counts(_masked(words))
    if reading.intent == ORDER and len(set(counts)) == 1:
        return replace(reading, amount=counts[0], sure=False)  # "三份 一共114对吧 我先转了": "订 3 份？"
    return replace(reading, sure=False)


# --- a count put right in the same breath: "三份，不对，两份", "要两份…算了一份就够了", "3份 打错了 是2份" -------------

# O20: 不是 said as "oh no", a pause on each side ("两份，哦不是，三份", "羊排三份 啊不是 羊腿三份", "四盒 唔系 三盒"): what was
# said put right, the count or the goods; not 不是 said of the count ("三份，不是两份": the count not meant), nor a bare 不是
# ("我的是两份 不是 三份": the count not meant) — 不是 is "oh no" only after a particle, 我 or 说错.
_OH_NO = r"(?<=[\s，,。…])(?:(?:[啊哦噢呃额]|我|说错了?)不是|(?:[啊哦噢呃额]|我)?(?:唔系|唔係))(?=[\s，,。…])"
_MARK = r"(?<=[\s，,。…])不(?=[\s，,。…])|" + _OH_NO + r"|不对不对|不对|哦不|噢不|啊不|不不|(?:[哦噢啊呀]|我)?[打写说讲看按点记填弄搞]错(?:了|哒|咯|喽)?(?![成为做])|[哦噢啊]弗|手滑了?|算了算了|算了|想了想还是|想想还是|(?P<still>还是)|" \
        r"呃+|(?<=[\s，,。…])嗯+(?=[\s，,。…])|等等|等(?:一)?下(?:我)?(?:再)?算算|(?:我)?再?算算"  # a pause or a sum redone before the count meant (O18; Cantonese
# 唔系 only between pauses, O20: "两份 唔系三份" may say which count is not meant, as "三份，不是两份" does)
_CORRECTED = re.compile(r"^(?P<pre>[^?？]{0,12}?)(?P<a>" + NUMERAL + r")\s?(?P<ua>[" + _UNITS + r"])?(?P<mid>[^\d?？]{0,6}?)"
                        r"(?:" + _MARK + r")(?P<mid2>[^\d?？]{0,4}?|[^\d?？也还再又加]{1,6}?说)(?P<b>" + NUMERAL + r")\s?[" + _UNITS + r"](?P<post>[^\d?？]{0,16})$")
# O23: two bare counts, or counts by a times sign, with the word that puts the first right between them and nothing else but
# a reason after ("俩 啊不是 仨", "烧鹅饭 ×4 不对不对 ×3 有人出差了", "2 不对 3 谢谢").
_BARE_CORRECTED = re.compile(r"^(?P<pre>(?:[\u4e00-\u9fff]{1,6}\s?)?(?P<x>[x×X*]\s?)|)(?P<a>" + NUMERAL + r")[\s，,。…]*(?:" + _MARK
                             + r")[\s，,。…]*(?(x)[x×X*]\s?)(?P<b>" + NUMERAL + r")(?P<post>(?:[吧啊呀哈了]*(?:[\s，,。…!！~～]+[^\d?？]{0,12})?)?)$")
# What makes the second count no plain restatement: what was ordered before (a change), more or fewer, a cancel,
# someone else's share, a question.
_NOT_RESTATED = re.compile(r"上面|刚才|刚刚|之前|上次|已经|[订要报接拍][了过]|再|加|减|少|多(?=[要来订加买拿整留点一两俩三几份个])|又|另|不要|取消|"
                           r"不是|[给帮替](?![我俺])[^\s，,。]|[吗呢]")  # O23: 多 as more, not a reason ("…五斤，人多")
_NO_COUNT_AFTER = re.compile(r"[\s，,。…]*(?:号|点|日|楼|栋|层|室|月|年)")
# The new count refused as it is said ("我要两斤，嗯，三斤的话太多"): the first stands.
_REFUSED_AFTER = re.compile(r"(?:的话|就)?太[多少贵]|的话[^，,。\s]{0,3}[多少贵]")
_STILL_SETTLED = re.compile(r"^\s?(?:吧|就行|就够|就好|得了|了)")


# The count ordered refused, then the count wanted: "饺子不要三袋了 要两袋就行", "我那份不要两盒了，改一盒" (a new total, O11);
# not another's share ("她不要两份了": asked for by whom?).
_NOT_THAT_MANY = re.compile(r"不要(?:那)?(?P<a>" + NUMERAL + r")[" + _UNITS + r"]了?[，,。\s]*(?:[我俺]?(?:就|只|还是)?(?:要|留|改成|改为|改|来))?"
                            r"(?P<b>" + NUMERAL + r")[" + _UNITS + r"](?![^，,。\s]*[吗呢?？])")


# O23: the order, then the stock asked and the same count if there is any ("我要两份，还有的话给我两份", "砂糖桔我要一箱呀，仲有冇？
# 有就畀我一箱"): the same order said again under its condition, not a second one.
_SAID_AGAIN_IF_ANY = re.compile(r"(?P<n>" + NUMERAL + r")\s?(?P<u>[" + _UNITS + r"])[^，,。？?\d]{0,8}?[，,。？?\s][^\d]{0,12}?"
                                r"(?:有的话|有就|有嘅话)(?P<gap>[^，,。\s\d]{0,6}?)(?P=n)\s?(?P=u)")
_MORE_AGAIN = re.compile(r"[再多另加]")  # "还有的话再给我一箱", "有就多给两斤": the second count added, not restated


def not_that_many(words: str) -> Reading | None:
    """A new total said against the count refused, by the member for her own order."""
    match = _NOT_THAT_MANY.search(words)
    if match is None or re.search(r"[她他]", words[:match.start()]) or number(match["a"]) == number(match["b"]):
        return None
    new = number(match["b"]) or 0
    return Reading(CHANGE, new) if 1 <= new <= intents.MAX_AMOUNT else None


def corrected(text: str) -> Reading | None:
    """The count said last when an earlier one in the same message is put right by a word between them: an order
    of that count. None when the message is no such correction."""
    match = _CORRECTED.match(_words(text))
    if match is None and (bare := _BARE_CORRECTED.match(_words(text))) is not None \
            and not any(_NOT_RESTATED.search(bare[g]) for g in ("pre", "post")) and "不是" not in re.sub(_OH_NO, "", bare.group(0)) \
            and not _NO_COUNT_AFTER.match(bare["post"]):  # "7 不对 8 号自提": a day, an hour, a building, no count
        first, last = number(bare["a"]), number(bare["b"])  # O23: "俩 啊不是 仨"
        return Reading(ORDER, last) if first and last and first != last and 1 <= last <= intents.MAX_AMOUNT else None
    if match is None or not match["ua"] and match["a"] not in ("一打", "半打", "两打") \
            or any(_NOT_RESTATED.search(match[g]) for g in ("pre", "mid", "mid2", "post")) \
            or match["still"] and not _STILL_SETTLED.match(match["post"]) \
            or "不是" in re.sub(_OH_NO, "", match.group(0)) or re.search(NUMERAL, match["mid"] + match["mid2"]) \
            or "还有" in match["mid"] + match["mid2"] or _REFUSED_AFTER.match(match["post"]):  # "四份四份啊不是十份": the reader's; "两份，呃，还有一份": more
        return None
    first, last = number(match["a"]), number(match["b"])
    intent = CHANGE if re.search(r"改|换", match["pre"]) else ORDER  # "改成三袋 哦不 两袋": a new total put right (C19)
    goods_put_right = first == last and bool(re.search(_OH_NO, match.group(0))) and bool(intents.GOODS.search(match["mid2"]))
    return Reading(intent, last) if first and last and (first != last or goods_put_right) and 1 <= last <= intents.MAX_AMOUNT else None


# --- more on top, said where the clause reader read a plain order: "汤圆再添上一份", "两袋不够 再添一袋", "➕1份 再来" -----

_MORE = re.compile(r"(?:再|又|追|补)(?:给我|帮我|给俺)?(?:要|来|加|添|订|买|拿|整|团|留)上?(?P<n>" + NUMERAL + r")\s?[" + _UNITS + r"]|"
                   r"(?P<m>" + NUMERAL + r")\s?[" + _UNITS + r"]?(?:[\u4e00-\u9fff]{1,4}?)?\s?再(?:来|要)$")  # "➕一箱鸡蛋 再来"
_TOO_FEW = re.compile(r"不够|太少|不太够")


def more_on_top(text: str, reading: Reading) -> Reading:
    """An order read where the message adds to what was ordered: the addition (a change of so many more)."""
    words = _words(text)
    if reading.intent != ORDER or reading.add or intents.last_time_first(words) and not intents.THIS_ONE.search(words):
        return reading  # "上回那个红薯烤着真甜 再团一箱": more than last time, a new order
    if not (match := _MORE.search(words)) or not (more := number(match["n"] or match["m"])):
        return reading
    counts = _counts(words)
    others = [c for c in counts if c != more] if counts.count(more) == 1 else counts[:]
    if others:
        if not _TOO_FEW.search(words) or len(set(others)) > 2:
            return reading
        said_before = min(others)  # "两袋不够 再添一袋", "一份不够吃 再加一份 两份" (the new total said after it)
        if any(c not in (said_before, said_before + more) for c in others):
            return reading
    elif reading.amount != more:
        return reading
    return Reading(CHANGE, more, add=True, sure=reading.sure, item=reading.item)


# --- a count taken back: "➖1", "-1", "➖1份 😂", "月饼➖1" alone --------------------------------------------------------------

# Every run of spaces is possessive (\s*+) and read in one place only: two runs side by side ("^\s*(goods)?\s*") split
# 20,000 spaces every way before failing (seconds a message).
_MINUS = re.compile(r"^\s*+(?:(?P<goods>[\u4e00-\u9fff]{2,6}?)\s*+)?[➖−－-]\s*+(?P<n>[1-9]\d?)(?:\s*+[" + _UNITS + r"])?"
                    r"(?:\s++|\s*+[，,。!！~～]\s*+)(?P<why>[^\d\s]{0,10}?)\s*+$")
# A remark after the minus that makes it no taking back of the member's own: a count, a question, someone else, a cancel.
_NOT_WHY = re.compile(r"[?？吗呢你您他她]|不要|取消|" + NUMERAL)


def _taken_back(text: str) -> Reading | None:
    picture_free = "".join(ch for ch in text if not (0x1F000 <= ord(ch) <= 0x1FAFF or 0x2600 <= ord(ch) <= 0x27BF and ch != "➖"))
    match = _MINUS.match(picture_free.replace("\ufe0f", "") + " ")
    if not match or _NOT_WHY.search(match["why"]) or match["goods"] and not intents.GOODS.search(match["goods"]):
        return None  # "➖1 吃不完", "➖1 不好意思": her reason or an apology after it; not "-1 你呢"
    # "-1" is the 接龙 idiom opposite "+1"; a bigger bare minus ("-3份") is rarer and may be a slip: asked, not acted
    return Reading(CHANGE, -int(match["n"]), add=True, sure=match["n"] == "1")


# --- talk about portions, not an order of the member's -------------------------------------------------------------

# A joke, said anywhere in the message.
_JOKE = re.compile(r"开玩笑|开个玩笑|逗你|说着玩|骗你们?的|做梦|下辈子|想得美|在哪(?:儿|里)?买|哪(?:儿|里)买|听你的|听您的|你说了算|随你")  # and where someone else bought hers
# Said in the clause of a count: an appetite, another shop or platform, a recommendation to others, someone making
# or writing so many.
_TALK = re.compile(r"能吃|吃得下|一顿能|一口气吃|外卖|淘宝|京东|拼多多|美团|饿了么|超市|菜市场|直播间|"
                   # O22: a canteen that buys ("单位食堂要十袋", "矿上食堂订五十袋汤圆") is whom the order is for, not where she ate
                   r"食堂(?!(?:要|订|定|来|留)[^做煮炒蒸烧，,。\s]{0,4}?" + NUMERAL + "[" + _UNITS + r"])|"
                   r"(?:孩子|娃|宝宝|老师|作业|[他她])[^，,。]{0,8}?(?:写|做|画|抄)")
# Someone making or writing so many ("孩子玩过家家 说要给我做两份汤圆", "孩子作业要写两份").
_MADE = re.compile(r"(?:写|做|画|抄)(?:了)?" + NUMERAL + "[" + _UNITS + "]")
_MEASURE = re.compile(NUMERAL + r"\s?[" + _UNITS + r"两克勺碗杯]|半[个勺碗杯斤]")
_MAKER = re.compile(r"孩子|娃|宝宝|老师|作业|过家家")
# Cooking with measures ("山楂酱：山楂一斤 冰糖二两 清水半碗 小火熬", "一份米十份水 小火熬四十分钟").
# A cook's steps, not what the goods are for ("焯水后炒糖色"; not "小米一袋 熬粥", "老母鸡来一只 炖汤用").
_STEPS = re.compile(r"焯水|炒糖色|下锅|出锅|翻炒|收汁|搅拌|[小大中]火|[蒸煮炒烤焖]\s?(?:\d+|[一二两三四五六七八九十]+)\s?分钟")
_COOKING = re.compile(r"小火|大火|中火|熬|炖|焯|腌|下锅|出锅|搅拌|做(?:饺子|包子)?馅|调馅|拌馅|包(?:饺子|包子|馄饨)|[蒸煮炒烤]\s?(?:\d+|[一二两三四五六七八九十]+)\s?分钟")
# What so much makes or needs ("一袋汤圆煮一锅 够一家三口吃", "一斤面粉配半斤水"): a cook's amount, not a count ordered.
_YIELDS = re.compile(NUMERAL + r"\s?[" + _UNITS + r"][\u4e00-\u9fff]{0,4}?(?:煮|蒸|炒|熬|炖|泡|配|兑|拌|能做|可以做|做成|包成|够)了?[^，,。\s]{0,4}?"
                     r"(?:" + NUMERAL + r"|半)\s?(?:锅|碗|盘|杯|勺|顿|口|人|[" + _UNITS + r"])")
# A dish and what goes in it ("排骨汤：排骨一斤 玉米两根 胡萝卜一个", "蛋挞配料：…"): a recipe.
_DISH_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:汤|粥|馅|酱|汁|羹|糕|饼|糖水|火锅|做法|配料|食材|材料|用料|菜谱|食谱)[:：]")
_INGREDIENT = re.compile(r"(?:" + NUMERAL + r"|半)\s?[" + _UNITS + r"根瓣勺碗杯克片]")
_ORDERING = re.compile(r"要|订|买|留|拿|整|记|给我|帮我|给俺|帮俺|[+＋]|改成|改为|换成")  # C16: "两份蒸面改成一份" changes an order
# Someone addressed about their order ("王阿姨您那份改成三份了 后天来拿": the staff's word to a member).
_YOURS = re.compile(r"[你您](?:的|家)?那(?:份|个)")
# O23: "你那个" said to the shop, its goods then her own order with a count ("喂小陈啊你那个排骨还有没有 有的话给我留三斤",
# "你那个荔枝还有没得我要两斤"): the store's goods, not someone's order or thing talked about ("你那份拿到没", "你那个降压药哪买的").
_YOURS_GOODS = re.compile(r"[你您](?:家)?那个?(?=[\u4e00-\u9fff]{1,4}?(?:还有|还剩|有没|有冇|[，,。\s？?]|给|[我俺额]要))")
# Fetched from someone's home ("晚上去你家拿"): "你那个…" said to another member, not to the shop.
_MEMBERS_HOME = re.compile(r"(?:去|到|上)[你您]家|[你您]家里")
_HERS_ORDERED = re.compile(r"(?:(?:给|帮)[我俺额](?:留|来|拿|整|订|带|称|装|搞)?上?|[我俺额](?:也|就)?(?:要|订|来))(?:" + NUMERAL + r")\s?[" + _UNITS + r"]")
_SELF = re.compile(r"[我俺咱]")
# Recommended to others, the member ordering nothing: "给老人买两份保暖鞋垫挺好的，推荐".
_ADVISED = re.compile(r"推荐|安利|值得买|建议(?:大家|你们|姐妹)")
_UNIT_COUNT = re.compile(NUMERAL + r"\s?[" + _UNITS + r"]")
# Someone's portions named as theirs (the member's existing order, another's, one addressed): "我那两份", "张姐那两份",
# "您那份", "接龙里第3个是我": about an order, not one ("在我那份上加" adds to it).
_THAT_ORDER = re.compile(r"(?:我|俺|你|您|她|他|[\u4e00-\u9fff]{1,3}(?:姐|哥|姨|妈|爸|奶|爷|叔|婶))的?那(?:" + NUMERAL + r"[" + _UNITS + r"]|份)|"
                         r"接龙里.{0,6}(?:是我|有我)")
_ADDS = re.compile(r"加|再|添")
# Others' counts listed with nobody ordering: "没拿的还有3位：刘姐2份，陈哥1份，周阿姨1份".
_NAMED_COUNT = re.compile(r"(?:[\u4e00-\u9fff]{1,3}(?:姐|哥|姨|叔|婶|奶奶|爷爷|阿姨|老师|妈妈|爸爸)|[王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江薛段雷侯龙史陶贺顾毛郝龚邵钱严武戴孔汤][\u4e00-\u9fff]?)\s?" + NUMERAL + "[" + _UNITS + "]")
_FIRST_PERSON = re.compile(r"[我俺咱帮给替]")


def _named_counts(words: str) -> int:
    """How many counts follow a person's name; goods that start like a surname are no name ("汤圆两袋")."""
    return sum(not intents.GOODS.search(m.group(0)) for m in _NAMED_COUNT.finditer(words))
# A wish said against something that stops it: "想要两份 但是冰箱放不下了".
_BUT_NOT = re.compile(r"(?:但是|可是|不过|就是|但)[^，,。]{0,10}?(?:不|没)")
# Waiting for stock ("托特包还有吗 蹲一个"), or 蹲 for something no store sells ("蹲一个周末羽毛球搭子").
_STOCK_ASKED = re.compile(r"还有吗|有货吗|还有没有|有没有货|还剩|补货|到货|上架")
_WAITING = re.compile(r"蹲(?:一个|一份|个)(?P<after>[^，,。]*)$")
# A wish beside a question about the stock: "帽子还剩灰色的吗 想给我爸买一顶".
_WISH = re.compile(r"想(?:给|要|买|订)")


# Someone of the household addressed first ("妈，我周六回去吃饭，给我留两碗汤圆", "老婆你几点下班，顺便带两包盐"): talk to them in the
# group, not to the store (姐 and 哥 address the shop as often, and are left out).
_KIN_ADDRESSED = re.compile(r"^(?:" + KIN_CALLED + r")(?:呀|啊)?(?:[，,：:]|\s+|(?=你))")


def _clauses(words: str) -> list[str]:
    return [c for c in re.split(BREAK.pattern + r"|\s+", words) if c.strip()]


def _talk(words: str, reading: Reading) -> Reading | None:
    """None for talk about portions; the reading asked when something in the message may stop it; else as read."""
    if _JOKE.search(words) or _ADVISED.search(words) and not _SELF.search(words) or _MADE.search(words) and _MAKER.search(words) \
            or _COOKING.search(words) and len(_MEASURE.findall(words)) >= 2 or _STEPS.search(words) and not _ORDERING.search(words) \
            or _YOURS.search(words) and not (_YOURS_GOODS.search(words) and _HERS_ORDERED.search(words) and not re.search(r"[你您](?:的|家)?那份", words) and not _MEMBERS_HOME.search(words)) \
            or (_YIELDS.search(words) or _DISH_HEAD.match(words) and len(_INGREDIENT.findall(words)) >= 2) and not _ORDERING.search(words) or _KIN_ADDRESSED.match(words) or any(_TALK.search(c) and _UNIT_COUNT.search(c) for c in _clauses(words)):
        return None
    if reading.intent != ORDER:
        return reading
    if _THAT_ORDER.search(words) and not _ADDS.search(words) or _named_counts(words) >= 2 and not _FIRST_PERSON.search(words):
        return None
    if (waiting := _WAITING.search(words)) and not _UNIT_COUNT.search(waiting["after"]):
        if waiting["after"].strip() and not intents.GOODS.search(waiting["after"]):
            return None
        if _STOCK_ASKED.search(words):
            return replace(reading, sure=False)
    if reading.sure and (_BUT_NOT.search(words) or _STOCK_ASKED.search(words) and _WISH.search(words)):
        return replace(reading, sure=False)
    return reading


# --- how the message reaches the readers ---------------------------------------------------------------------------

# A quoted reply typed or pasted without WeChat's dashed line: "「王店长：接龙开始」\n我2份", "「…」一份",
# "回复 王店长：每份38元 限3份\n三份"; rewritten in WeChat's form, so that the quote is read as one (``unquote``).
_BARE_QUOTE = re.compile(r"^\s*「(?P<q>[^」\n]{1,80})」[ \t]*\n?(?![-\s]*\n)(?P<rest>\S[\s\S]*)$")
_REPLY_HEAD = re.compile(r"^\s*(?:回复|引用)\s*(?P<q>[^：:\n]{1,16}[：:][^\n]{0,80})\n(?P<rest>\S[\s\S]*)$")


def quoted(text: str) -> str:
    """``text`` with a quote at its start in WeChat's own form (「…」, a dashed line, the reply)."""
    if match := _BARE_QUOTE.match(text) or _REPLY_HEAD.match(text):
        return f"「{match['q']}」\n- - - - - - - - - - - - - - -\n{match['rest']}"
    return text


# A tag asking to confirm after a number ("一共五十对吧", "两份对不对"): 对 is no unit there (一对 is two), the number no count of pairs.
_TAG = re.compile(r"(?<=[\d十百千一二两三四五六七八九])对(?=[吧吗不嘛])")


def untagged(text: str) -> str:
    """``text`` with a tag question after a number set apart from it, so that 对 is not read as the pairs counted."""
    return _TAG.sub("，对", text)


# Voice input that ends every word with a full stop: "我。减掉。一份。", "小李。我。再要。一份。".
_STOPS = re.compile(r"[。.]")


def undictated(text: str) -> str | None:
    """The message run together when voice input cut it into pieces of a word or two; None when it is not so."""
    pieces = [p.strip() for p in _STOPS.split(text) if p.strip()]
    if len(pieces) < 3 or "\n" in text or sum(len(p) for p in pieces) > 4 * len(pieces):
        return None
    return "".join(pieces)


# --- several shares, each its own person, read as one: "对门老张家一份 我家一份", "1+1 我和我妈" ----------------------

_PORTIONS = re.compile(NUMERAL + r"\s?[份件盒箱袋斤瓶包提罐桶]")
# C22: shares by any unit of goods ("我2个，工位对面刘哥2个", "鸡蛋我家一板，对门老刘家也要一板"), as long as every head is
# someone: the person found the way ``people.WHOM`` names whom an order is for (我姐, 同事, 对面刘哥), a flat's number
# ("302的1"), a name typed in Latin letters ("Jenny 1", "阿Ken 2").
_ANY_PORTION = re.compile(NUMERAL + r"\s?[" + order_quantity.UNITS + r"]")
_FLAT_OR_LATIN = re.compile(r"(?<![\d.])\d{3,4}(?:的|家|室)?\s?$|(?:阿)?[A-Za-z]{2,}\s?$")
# A household named as whose share it is ("对门老张家一份 我家一份", "张姐家两份").
_PERSONS = re.compile(PERSONS + r"|[他她]|" + SIDE + r"?(?:老|小)[\u4e00-\u9fff]家|" + SIDE + r"[\u4e00-\u9fff]{0,3}家|"
                      r"[\u4e00-\u9fff](?:姐|哥|姨|叔|婶)家")
_ALLOTTED = re.compile(r"^[\s，,。]*(?:其中|分|给|" + intents.HANDED_OVER + r")")  # O26 review: the shared table
_EACH_OF = re.compile(r"(?:和|跟|、)[^，,。\s]{1,6}?各(?:订|要|来|买|留|拿)?(?P<n>" + NUMERAL + r")\s?[" + _UNITS + r"]")
# A share's count typed as a bare digit after whose it is, as a list by hand has it ("鱼糕：我2 我姐1", "蓝莓：我2，邻居王姐2"):
# a portion each (O19).
_BARE_SHARE = re.compile(r"(?:(?<=[\u4e00-\u9fff])|(?<=[A-Za-z][A-Za-z]))\s?(?P<n>[1-9])(?=\s*(?:[，,。;；\s]|$))")
_PLUS_SUM = re.compile(r"(?<![\d+])(?P<a>[1-9])\s?\+\s?(?P<b>[1-9])(?![\d+])")


def shares(text: str, reading: Reading) -> Reading:
    """An order whose amount is less than the shares the message names, each after its own person (a household,
    kin, a neighbour) or added with +, is asked with their sum ("对门老张家一份 我家一份": 您是要订 2 份…吗)."""
    if reading.intent != ORDER or not reading.sure or intents.total_said(text) is not None \
            or intents.total_given_out(text) is not None:
        return reading  # O26: "帮我姐也订一份 加我的两份": the total is said with her share in it, nothing to add; (o33)
        # "我要两箱吧 给公婆一箱": a part of her total given to her in-laws
    words = _BARE_SHARE.sub(r"\g<n>份", _masked(_words(text)))
    if (each := _EACH_OF.search(words)) and reading.amount < 2 * (number(each["n"]) or 0):
        return replace(reading, sure=False)  # "我和我姐各一份，再帮我妈订一份": at least two shares, read as one
    if match := _PLUS_SUM.search(words):
        total = int(match["a"]) + int(match["b"])
        return reading if reading.amount == total else replace(reading, amount=total, sure=False)
    counts = list(_PORTIONS.finditer(words))
    heads = [words[a.end() if a else 0:b.start()] for a, b in zip([None, *counts], counts)]
    persons = [found[-1] if (found := _PERSONS.findall(h)) else "" for h in heads]
    if (len(counts) < 2 or not all(persons) or len(set(persons)) < len(persons)) and not _EACH.search(words):
        counts = [c for c in _ANY_PORTION.finditer(words) if not _NO_SHARE_AFTER.match(words, c.end())
                  and not _PACK_BEFORE.search(words, 0, c.start())]
        heads = [words[a.end() if a else 0:b.start()] for a, b in zip([None, *counts], counts)]
        persons = [_someone(h) if len(clause := re.split(r"[，,。;；]", h)[-1].strip()) <= 10 or _HELPED.search(clause) else ""
                   for h in heads]  # a long head is a story, not whose share it is
    if len(counts) >= 3 and _number_of(counts[0]) == sum(_number_of(c) for c in counts[1:]) \
            and (not re.fullmatch(r"[我俺咱]", persons[0]) or any(re.fullmatch(r"[我俺咱](?:自己)?", p) for p in persons[1:])) \
            and not any(re.search(r"家\s*(?:也|还|都)?(?:要|订|来|留|拿)?$", h) for h in heads[1:]):
        return reading  # "绘本我家要两套 哥哥一套弟弟一套", "给我留两箱。我闺女一箱。我自己一箱": the count, then who in her home it is for
        # (not "我2 我姐1 我婆婆1": her own share first; not "我们家要三份我儿子家两份我姑娘家一份": other homes)
    if len(counts) < 2:
        return reading
    if (again := _named_again(persons)) is not None:
        counts, heads, persons = counts[again:], heads[again:], persons[again:]  # "给我妹崽也拿一盒，我两盒她一盒": 她 is 妹崽
        if len(counts) < 2:
            return reading
    values = [_number_of(c) for c in counts]
    if any(_EACH_HEAD.search(h) for h in heads) and (any("几" in h for h in heads) or len(counts) == 2
                                                      and _EACH_HEAD.search(heads[-1]) and reading.amount == values[0]):
        return reading  # O22: a count each for so many as she does not count is no share of one person ("我们几个一人一份
        # 我报五份"); her count, then a count each for those it is for ("给我记上三袋 我老两口加孙子一人一袋"): the readers' stands
    if not all(persons) or len(set(persons)) < len(persons) or any(_ALLOTTED.match(h) for h in heads[1:]) \
            or _SETTLED_LAST.search(heads[-1]) or any(_EATS_NONE.search(h) for h in heads):
        return reading  # "我要两份…我要两份": said again; "这次给我来四份，分给我妈两份": how the total is shared;
        # "我一罐，老公说他也要，那就两罐": the last count the total settled (O18); "我三斤 老伴儿不吃 羊肉就三斤": no share of his (O19)
    if reading.amount >= sum(values):
        return reading
    # Each share after its own person, the member's among them, nothing undone or asked: the order is their sum
    # ("我大姑姐也要，她一份我一份", "对门老张家一份 我家一份", "给我老公单位同事带两箱橘子，我自己另要一箱").
    mine = any(re.fullmatch(r"[我俺咱](?:家|自己)?", p) for p in persons)
    clean = not any(_NOT_SHARE.search(h) for h in heads) and not _NOT_SHARE.search(words[counts[-1].end():])
    return Reading(ORDER, sum(values), item=reading.item) if mine and clean and sum(values) <= intents.MAX_AMOUNT \
        else replace(reading, amount=sum(values), sure=False)


def _named_again(persons: list[str]) -> int | None:
    """Where the shares are said again (C22): a share of 他/她 after one of someone else named before it restates that share
    ("帮我阿公接一个，他要一份糍粑"; "给我妹崽也拿一盒，我两盒她一盒", the member's own share between them); the index the
    restated list starts at, or None."""
    mine = [bool(re.fullmatch(r"[我俺咱](?:家|自己)?", p)) for p in persons]
    for i, who in enumerate(persons):
        if who in ("他", "她") and i >= 1 and persons[0] not in ("", "他", "她") and not mine[0] and (i == 1 or any(mine[1:i])):
            return 1
    return None


# A count that is no share of goods: people, an age or a time after it ("三个孙伢", "8个月", "一个星期"); a pack's size before it
# ("2.5kg一盒").
_NO_SHARE_AFTER = re.compile(r"\s?(?:人|月|星期|礼拜|小时|钟|天|年|岁|孙|姐妹|老姐妹|兄弟|孩子|娃|同事|朋友|邻居|家)")
_PACK_BEFORE = re.compile(r"(?:※|kg|KG|斤|克|g|ml|装)\s?$")


def _number_of(count: re.Match) -> int:
    return number(re.match(NUMERAL, count.group(0)).group(0)) or 0


_HELPED = re.compile(r"(?:帮|给|替)(?P<who>[^，,。\s我俺]{1,12}?)(?:也|都)?(?:带|订|要|拿|留|买|来)$")


def _someone(head: str) -> str:
    """Whose share the words before a count name (C22): the last person ``people.WHOM`` or ``_PERSONS`` finds in its clause,
    a flat's number or a Latin name at its end; "" when none."""
    clause = re.split(r"[，,。;；]", head)[-1]
    if helped := _HELPED.search(clause):
        return helped["who"]  # "帮隔壁工位的靓女也带一包": whoever she brings it for
    if found := WHOM.findall(clause):
        return found[-1]
    if found := _PERSONS.findall(clause):
        return found[-1]
    return match.group(0).strip() if (match := _FLAT_OR_LATIN.search(clause)) else ""


_EATS_NONE = re.compile(r"不(?:爱|喜欢)?吃")
_EACH_HEAD = re.compile(r"(?:一人|每人|各|一家|每家|一户|每户)\s?$")
_SETTLED_LAST = re.compile(r"[，,。\s]" + intents.SETTLING + r"\s?$|(?:一共|总共|合计|共)(?:要|是|就)?\s?$")  # C21: "…加上我的一共两份": the total
# What makes shares no plain order of their sum: one undone, a question, a condition, the past, how a total is split.
_NOT_SHARE = re.compile(r"不要|不用|取消|退|加|再|各|一人|每人|[?？吗呢]|如果|要是|的话|上次|之前|已经|[订要买拿]了|其中|分给|总共|一共|共")


# --- a count that is a state reached: "现在3只了", "给您记上两份了", "那就是四份了" -------------------------------------------

_REACHED = re.compile(r"(?P<pre>[^，,。！!？?\s]{0,8}?)(?P<n>" + NUMERAL + r")\s?[" + _UNITS + r"]了(?![\u4e00-\u9fff])")
_ORDERS_IT = re.compile(r"要|来|订|买|留|拿|报|记|给我(?![\s，,。]|$)|帮我(?![\s，,。]|$)")  # "我妈帮我[拿回来了] 两袋": done


def reached(words: str, reading: Reading) -> Reading | None:
    """A plain order read from a count said with 了 after it, which states where things stand (现在3只了, 已经两份了), not
    what is wanted: nothing, or asked where an ordering word comes before it in its clause (那我就要两份了)."""
    if reading.intent != ORDER or reading.add:
        return reading
    found = [m for m in _REACHED.finditer(words) if number(m["n"]) == reading.amount]
    if not found or len([c for c in _counts(words) if c == reading.amount]) > len(found):
        return reading  # the count said plainly elsewhere too ("两份 …就两份了")
    return replace(reading, sure=False) if any(_ORDERS_IT.search(m["pre"]) for m in found) else None


# --- a count each times the households or people it is for: "我们四家，一家一份", "老陈家跟我家 一家一盒" --------------

_EACH_ONE = order_quantity.EACH_COUNT  # each one's count: one table (d27)
# How many households: "四家", "五户", "两家人" (not 家里, 家长, 一家店).
_HOMES = re.compile(r"(?P<n>" + NUMERAL + r")\s?(?:户|家)(?:人家?)?(?![里长庭具务电属常子门口店超])")
# Households named one after another: "老陈家跟我家", "我家、张姐家和隔壁家".
# O22: the member herself joined with the others' homes is her home ("我跟后院老王家", "俺和对门老张家"), one each.
_SHE = r"(?:我|俺|额|咱|阿拉)(?:们)?(?:自己)?"
_NAMED_HOMES = re.compile(r"(?:(?:[\u4e00-\u9fff]{1,3}?家|" + _SHE + r")(?:和|跟|、|还有|加上?|与))+(?:(?:(?![一二两三四五六七八九十俩仨几])[\u4e00-\u9fff]){1,4}?家(?![里长庭具务电属常子门口店超])|" + _SHE
                          + r"(?![\u4e00-\u9fff]{0,3}家))")
_JOINS = re.compile(r"和|跟|、|还有|加上?|与")


def _homes_named(words: str) -> list[int]:
    """How many homes each run of homes named one after another counts ("老陈家跟我家" 2, "我跟后院老王家" 2)."""
    return [len(_JOINS.split(m.group(0))) for m in _NAMED_HOMES.finditer(words) if "家" in m.group(0)]
# C22 mend: what undoes the homes' sum: a count each given none ("一家一个都不给", "没给"), goods no group-buy sells (红包,
# 压岁钱), the other home's share ordered by that home itself ("她家的她自己报").
_HOMES_UNDONE = re.compile(r"不(?:给|要|订|买)|没(?:给|要|订|份|得)|红包|压岁钱|利是|(?P<own>[她他伊](?:们)?(?:自己|自家|自个儿?)(?:会|来)?(?:报|订|接|下单|要|买|拿))")
# What makes the product no order now: a question, a limit, the past, a condition.
_NOT_NOW = re.compile(r"[?？吗]|限|最多|只能|上次|以前|之前|去年|[订买拿要]了|" + intents.SUPPOSING + r"|的话")


def households(text: str, reading: Reading | None) -> Reading | None:
    """An order of a count each times the households it is for, said apart ("我们这个单元四家一起 一家一份", "楼里五户 每户一份",
    "老陈家跟我家 一家一盒"): acted on when the member counts herself in (我们, 我家), else asked. A count each per person
    ("我们舞蹈队九个老姐妹 每人一份") only puts right an order the readers took as the count each; "俩娃一人一个感冒" is
    how things were shared, left to them. None when the message is no such order, or names another count."""
    if reading is not None and reading.intent != ORDER or len(text) > intents.MAX_READ or not _EACH_ONE.search(_words(text)):
        return None  # (masking reads digit runs slowly: only where a count each is said)
    words = _masked(_words(text))
    each = _EACH_ONE.search(words)
    if each is None or _NOT_NOW.search(words) or not (share := number(each["n"])):
        return None
    if undone := _HOMES_UNDONE.search(words):  # "…一家一份 她家的她自己报": her own share, asked
        return Reading(ORDER, share, sure=False) if undone["own"] and _homes_named(words) else None
    rest = words[:each.start()] + " " + words[each.end():]
    if re.fullmatch(EACH_HOME + "|" + ONE_HOME, each["each"]):
        homes = list(_HOMES.finditer(rest))
        named = _homes_named(rest)
        heads = [number(homes[0]["n"])] if len(homes) == 1 and not named else named if len(named) == 1 and not homes else []
        others = _HOMES.sub("", rest)
    elif each["each"] == "各" and len(named := _homes_named(words[:each.start()])) == 1:
        heads, others = named, _NAMED_HOMES.sub("", rest)  # "我们家和我婆家各一份就行"
    elif reading is not None and reading.sure and reading.amount == share and "各" != each["each"]:
        heads = [party_size(words[:each.start()]) or 0]
        others = words[each.end():]
    else:
        return None
    if not heads or not heads[0] or heads[0] < 2 or heads[0] * share > intents.MAX_AMOUNT:
        return None
    if _UNIT_COUNT.search(others) or re.search(r"\d", others) or reading is not None and reading.amount == heads[0] * share:
        return None  # another count beside them: whose, or how many, is not this one
    return Reading(ORDER, heads[0] * share, sure=bool(_SELF.search(words)) and (reading is None or reading.sure))


# --- a count each times the people it is for: "宿舍三个人一人一份", "我和我两个同事，一人一份哈", "我、小芳、丽丽一人一份" ------

_PER_HEAD = re.compile(r"(?:" + EACH_PERSON + r"|一人|人手)(?:都|各)?(?:来|要|订|定|留|拿|买)?(?P<k>" + NUMERAL + r")\s?[" + _UNITS + r"]")
_FOLK = r"(?:个|位|口)?(?:人|大人|小孩|家人|" + PEOPLE_KIND + ")"
_HEAD_COUNT = re.compile(r"(?P<me>我和(?:我的?)?)?(?:(?P<n>" + NUMERAL + r"|俩|仨)" + _FOLK + r"|老(?P<two>两|俩)口|(?P<pair>两|俩)口子)")
# Who is named, one by one: "我、小芳、丽丽", "我和我老公、我妈".
_NAMED_HEADS = re.compile(r"(?:[\u4e00-\u9fff]{1,4}(?:、|和|跟|还有))+[\u4e00-\u9fff]{1,4}$")
# What may stand around such an order and no more: the goods, thanks, whose name it goes under, a particle.
_AROUND = re.compile(r"[，,。!！~～\s]|哈|啊|呀|吧|哦|啦|了|麻烦|谢谢|辛苦|店长|群主|都|记我名下|写我名下|算我名下|我家|我(?:自己)?(?:就)?不要|我来统计的?|我统计|统一转账?|一起|凑单|合着买|"
                     r"我们|咱们|俺们|大家|家里|宿舍|办公室|科室|单位|部门|[一两二三四五六七八九十\d]+个?|几个|一共|总共|共|孩子们|姐妹们|家|的")


def people_each(text: str, reading: Reading | None) -> Reading | None:
    """An order of a count each times the people it is for where the readers read none or only the count each:
    acted on when nothing else is said but the goods, the people and thanks ("俩娃一人一个感冒 轮流发烧" says more: talk)."""
    if reading is not None and (reading.intent != ORDER or not (share := _share(text)) or reading.amount % share):
        return None  # the readers' count each, or so many of it: "我和我三个同事一人一盒" read as two people's
    if len(text) > intents.MAX_READ or not _PER_HEAD.search(_words(text)):
        return None  # as every reader: a message longer than any order is none
    words = _masked(_words(text))
    each = _PER_HEAD.search(words)
    if each is None or _NOT_NOW.search(words) or not (share := number(each["k"])):
        return None
    rest = words[:each.start()] + "，" + words[each.end():]
    heads = [(number(m["n"]) if m["n"] else 2) + (1 if m["me"] else 0) for m in _HEAD_COUNT.finditer(rest)
             if m["two"] or m["pair"] or number(m["n"] or "")]  # "老两口一人一盒酸奶": a couple
    if not heads:
        named = [intents.persons_for(m.group(0)) for m in _NAMED_HEADS.finditer(words[:each.start()].rstrip("，, "))]
        heads = [n for n in named if n]
    if len(heads) != 1 or heads[0] < 2 or heads[0] * share > intents.MAX_AMOUNT \
            or reading is not None and reading.amount >= heads[0] * share:
        return None
    if _talk_beside(words, each, bool(_NAMED_HEADS.findall(words[:each.start()].rstrip("，, ")))):
        # more is said: who they are, what happened ("一人一个平板 安静了"): nothing, unless the share is of goods (a pack,
        # or goods of the list right after the count): then her order, asked with its count as ``shared_out`` asks (o28:
        # "我和老伴一人一盒，莫搞错", "两个老人一人三包，给他们囤着")
        return Reading(ORDER, heads[0] * share, sure=False) if EACH_ASKED and _of_goods(words, each, heads[0] * share) else None
    return Reading(ORDER, heads[0] * share)


# o28: the shares already handed out and eaten, or counted aloud: "两个娃一人一份，吃得精光", "一人一份还不够分", "我算算".
# Off: measured on the newest writers out of fold, the ask moved too few silent orders for the bar fixed before (o28).
EACH_ASKED = False
_WITH_ME = re.compile(r"[我俺额咱](?:和|跟|同)")
_SHARED_ALREADY = re.compile(r"吃得|吃完|吃光|吃了|抢|不够|够分|分完|分了|算算|算一下|服了")


def _of_goods(words: str, each: re.Match, total: int) -> bool:
    """Whether a count each beside talk is her order of goods, to be asked (o28): the share packed ("一人一盒") or goods of
    the list right after it ("一人一只烧鸡"); no other count but that total ("…一人一份，四份记我名下"; not "我和我姐一人一条，
    再送我妈一条": whose, or how many, is not this one); no laugh, and nothing said of shares handed out already."""
    rest = _HEAD_COUNT.sub("", words[:each.start()] + "，" + words[each.end():])
    if _WITH_ME.search(words[:each.start()]) and any(not m["me"] for m in _HEAD_COUNT.finditer(words[:each.start()])):
        return False  # "我和我们组另外俩同事": herself and two, counted apart — is she in the count? not asked a wrong one
    return (each.group(0)[-1] in intents.PACKS or bool(intents.GOODS.match(words, each.end()))) \
        and all(number(m.group(0).rstrip(_UNITS + " ")) == total for m in _UNIT_COUNT.finditer(rest)) \
        and not intents.LAUGH.search(words) and not _SHARED_ALREADY.search(words)


# O18: what stands in the goods' place after a count each of a pack ("一人一份冷粉", "每人一份羊排": goods no list holds),
# and who the people are, said before their head count ("财务部6个人", "屋里五个人", "我们舞蹈队九个老姐妹"): words that
# only name — none of ``intents.SAYS_MORE``'s particles, persons or verbs ("一人一个感冒" is no pack; "吃得可开心" says more).
_NAMING = r"[\u4e00-\u9fff]{1,5}"


def _named_only(words: str) -> bool:
    return not intents.SAYS_MORE.search(words) and not intents.LAUGH.search(words) and not is_courtesy(words)


def _talk_beside(words: str, each: re.Match, named: bool = False) -> bool:
    """Whether words beside a count each say more than the goods, the people, thanks and the pickup."""
    after = words[each.end():]
    if each.group(0)[-1] in intents.PACKS and (goods := re.match(_NAMING + r"(?=[，,。!！~～\s]|$)", after)) and _named_only(goods.group(0)):
        after = after[goods.end():]  # "一人一份冷粉"
    before = words[:each.start()]
    if (who := re.search(r"(?:^|[，,。\s])(?:我们|咱们|俺们|我家)?(?P<who>" + _NAMING + r"?)(?=" + _HEAD_COUNT.pattern + ")", before)) \
            and _named_only(who["who"]):
        before = before[:who.start("who")] + before[who.end("who"):]  # "财务部6个人"
    rest = before + "，" + after
    leftover = _AROUND.sub("", _HEAD_COUNT.sub("", re.sub("(?:" + intents.GOODS.pattern + ")[子儿]?", "", _on_her_account(rest))))
    leftover = intents.LOGISTICS.sub("", leftover)
    if named:
        leftover = re.sub(r"[\u4e00-\u9fff]{1,4}(?:、|和|跟|还有)|我|小[\u4e00-\u9fff]|([\u4e00-\u9fff])\1", "", leftover)
    return bool(leftover.strip())


def shared_out(words: str, reading: Reading) -> Reading:
    """An order read from a count each per person beside talk of something else ("俩娃一人一个橘子 吃得可开心了": how
    things were shared out): asked, not acted on."""
    if reading.intent != ORDER or not reading.sure or (each := _PER_HEAD.search(words)) is None:
        return reading
    if _UNIT_COUNT.search(words[each.end():]):
        return reading  # another share after it ("…一人一份，再给楼下王姐带一份"): the readers' sum
    after = re.sub("(?:" + intents.GOODS.pattern + ")[子儿]?", "", _HEAD_COUNT.sub("", words[each.end():]))
    after = re.sub(r"那就|就|要|那|[" + _UNITS + "]", "", intents.LOGISTICS.sub("", _AROUND.sub("", _on_her_account(after))))
    return replace(reading, sure=False) if len(re.findall(r"[\u4e00-\u9fff]", after)) >= 2 else reading


def _on_her_account(words: str) -> str:
    """``words`` without the clauses that put the shares on her order ("都记我这", "我统一付": ``intents.ON_HER_ACCOUNT``)."""
    return re.sub(r"(?:^|(?<=[，,。!！~～\s]))(?:" + intents.ON_HER_ACCOUNT.pattern + r")(?=$|[，,。!！~～\s])", "", words)


def _share(text: str) -> int | None:
    match = _PER_HEAD.search(_words(text))
    return number(match["k"]) if match else None


# --- the staff's word on a member's count: "收到收到 汤圆三袋 周六到", "好的收到，两份" --------------------------------

_ACKNOWLEDGED = re.compile(r"^(?:好的|好嘞|好滴|ok|OK|嗯)?[\s，,。!！]*(?:收到|已收到|收到啦|收到了)+(?:收到)*[\s，,。!！~～]*")
_MINE_SAID = re.compile(r"[我俺咱]|[+＋]|(?:要|来|订|定|留|拿|买|跟|加|再|团)")


def acknowledged(words: str) -> bool:
    """A count after 收到 with nothing saying it is the sender's order: the staff confirming what a member ordered."""
    match = _ACKNOWLEDGED.match(words)
    count = re.search(NUMERAL + r"\s?[" + _UNITS + "]?", words[match.end():]) if match else None
    if count is None or _MINE_SAID.search(words[match.end():match.end() + count.end()]):  # "周六来拿": when, not who
        return False
    # "收到 两份" may be a member's own count after the staff's notice; a product named, a day or a pickup, or 收到 twice: the staff's
    return match.group(0).count("收到") > 1 or bool(words[match.end() + count.end():].strip(" ，,。!！~～")) \
        or bool(words[match.end():match.end() + count.start()].strip())


# A cancel said of the order of someone addressed: "您的草莓取消了".
_YOURS_DROPPED = re.compile(r"[你您](?:的|家的?|那份|那个)")


# --- a count of people, not of portions: "我们仨 周末去爬山", "我们老姐妹三个今天去唱歌了" ---------------------------------

_PEOPLE_BEFORE = re.compile(r"(?:我们|咱们|俺们|他们|她们|你们|姐妹|老姐妹|闺蜜|朋友|同事|孩子|娃|大人|小孩|老人|一家|全家|家里|兄弟|姊妹|同学|邻居)"
                            r"(?:就|一共|总共|都|也)?$")
_PEOPLE_AFTER = re.compile(r"^(?:个)?(?:人|口|位|大人|小孩|孩子|娃|老人)|^个(?:都|一起|今天|明天|周末|去|在|出去|一块)")


def people_counted(words: str, reading: Reading) -> bool:
    """Every count of the reading's amount in ``words`` counts people (a party, a household), and no word of the
    message orders: chat about who, not an order."""
    if reading.intent == CANCEL or _ORDERS_IT.search(re.sub(NUMERAL + r"\s?个?(?:人|口|位)?", "", words)) \
            or re.search(r"[+＋x×]", words):
        return False
    found = [c for c in order_quantity.candidates(words) if c.start >= 0]
    same = [c for c in found if c.value == abs(reading.amount)]
    return bool(same) and len(found) == len(same) and all(
        _PEOPLE_BEFORE.search(words[:c.start]) or _PEOPLE_AFTER.match(words[c.end:]) for c in same)


# C22: who is counted, however a count of people is put: every counted thing in the message is people — a count before
# 人/口/位, before an age ("一个一岁一个三岁") or before what a person does ("两个出差了"), after a body or a household ("我们办公室",
# "我家两个"), after two people named ("我和老王俩"), or a total after a clause of kin ("孙子孙女外孙外孙女，一共七个") — with at
# least one of them said as people outright, and no word of ordering: chat about who, not an order.
_A_COUNT = re.compile(r"(?P<n>" + NUMERAL + r")\s?(?P<u>[" + _UNITS + r"])|俩|仨")
_AGE_OR_DEED = re.compile(r"^个?\s?(?:" + NUMERAL + r")(?:岁|周岁|个月大)|^个?(?:刚)?(?:满月|出生)|^个(?:人|出差|上班|上学|请假|加班|值班|没来|不来|在家|都去|都来|都在|回老家)"
                          r"|^(?:人|口|位|家人)")
_BODY_BEFORE = re.compile(r"(?:我们|咱们|俺们|我|俺|咱)(?:家|办公室|单位|宿舍|科室|部门|班上|组里)(?:就|一共|总共|都|也)?$")
_PAIR_BEFORE = re.compile(r"(?:[我俺咱他她]|" + PEOPLE_KIND + r"|老[" + SURNAME + r"]|小[" + SURNAME + r"])(?:和|跟)(?:[我俺他她]|老[" + SURNAME + r"]|小["
                          + SURNAME + r"]|" + KIN_CALLED + r")$")
_KIN_CLAUSE_BEFORE = re.compile(r"(?:孙子|孙女|外孙女?|儿子|女儿|闺女|侄子|侄女|外甥女?|[大二三小]宝|孩子|娃|大人|小孩|老人|家人|人)[\s，,、]*(?:一共|总共|共|加起来)$")


def only_people(words: str, reading: Reading) -> bool:
    """Whether every count in ``words`` counts people, one of them plainly, and no word of the message orders (C22)."""
    if reading.intent == CANCEL or reading.add or re.search(r"[+＋x×]", words) or _EACH.search(words):
        return False  # "办公室五个人，一人一张面券": a count each, an order
    found = list(_A_COUNT.finditer(words))
    if not found or _ORDERS_IT.search(_A_COUNT.sub("", words)):
        return False
    plain, near, person_units = [], [], []
    for c in found:
        before, person_unit = words[:c.start()], c["u"] in (None, "个")
        by_people = bool(_PEOPLE_BEFORE.search(before) or _PAIR_BEFORE.search(before) or _KIN_CLAUSE_BEFORE.search(before))
        plain.append(bool(_AGE_OR_DEED.match(words[c.end() if c["u"] is None else c.end("n"):])) or by_people and person_unit)
        near.append(by_people or bool(_BODY_BEFORE.search(before)))
        person_units.append(person_unit and bool(re.search(r"(?:^|[，,。\s]|一共|总共|共|加起来|其中|有)$", before)))
    # beside a count plainly of people, a bare 个 opening its clause counts them too ("五个人，两个休假了", "两家人…，一共7个";
    # not "芝麻馕一个就行，一个人吃不了": the goods before it)
    near = [n or u and any(plain) for n, u in zip(near, person_units)]
    return any(plain) and all(p or n for p, n in zip(plain, near)) and any(
        number(c["n"]) == abs(reading.amount) if c["n"] else reading.amount == (2 if c.group(0) == "俩" else 3) for c in found)


# The member's own order kept beside what is dropped: the cancel is of a share, never acted on as the whole order.
_KEEPS_MINE = re.compile(r"(?:我|俺)(?:自己)?的(?:那份|那个|" + NUMERAL + "[" + _UNITS + r"])?(?:还|就|先)?(?:留着|照旧|不变|还要|要的|保留|继续|不动|别动)")


# What so many of a product cost, stated alone: "鸡蛋一盒12块", "饺子一袋25", "车厘子一盒89" (the rules read no order there,
# ``intents._wanted``; the learned score must not find one either).
_PRICE_ONLY = re.compile(r"(?P<goods>[\u4e00-\u9fff]{1,8}?)(?:" + NUMERAL + r")[" + intents.UNITS + r"](?:" + NUMERAL
                         + r")?(?:\d{2,4}(?:多|块钱?|元)?|(?:" + NUMERAL + r")(?:多|块钱?|元))")
_ASKS_FOR = re.compile(r"要|订|来|拿|留|买|帮|给|我|俺")


def _price_only(words: str) -> bool:
    match = _PRICE_ONLY.fullmatch(words)
    return bool(match and intents.GOODS.search(match["goods"]) and not _ASKS_FOR.search(match["goods"]))


# --- a price remarked: "草莓两盒五十 划算", "一箱橙子48 超市要60", "三斤排骨一百出头" ------------------------------------

# What a seller asks, as a price ("超市要六十", "外面卖十五"): no word of the member's ordering.
_ASKING_PRICE = re.compile(r"(?:要|卖|才|只要|就要|得)\s?(?:" + _PRICE_NUMBER + r"|" + NUMERAL + r"(?=块|元|多))")
# What another seller asks ("同样一箱 盒马卖68"): a price remarked.
_SELLER_PRICE = re.compile(r"卖\s?(?:" + _PRICE_NUMBER + r"|" + NUMERAL + r"(?=块|元|多))")
_WEIGHED = re.compile(r"划算|便宜|贵|实惠|值|比|超市|外面|菜市场|市场|别家|上次|涨|降|出头|左右|\d多|十多|百多|差不多|卖")
_PAYS_NOW = re.compile(r"转|付|红包|定金|收款|微信|支付宝")
_MINE_OR_PAID = re.compile(r"[我俺咱]|转|付|给|帮|留|记|订|来|拿|买|[+＋]")


def priced(words: str, reading: Reading) -> Reading | None:
    """None for a count said with its price and no word of the member's wanting it (who, a verb that orders, paying):
    what that many cost is remarked, nothing is ordered."""
    if reading.intent != ORDER or not (_PRICE_AFTER.search(words) or _SELLER_PRICE.search(words)):
        return reading
    if _PAYS_NOW.search(words):
        return reading  # "已转38，汤圆两份": paid for the count, an order
    if _WORKED_OUT.search(words) and _count_left(words, _WORKED_OUT):
        return reading  # "三斤就是九十块，行，三斤": the sum worked out, then her count (C24)
    rest = _ASKING_PRICE.sub("", _MONEY.sub("", _price_marked(words)))
    if _MINE_OR_PAID.search(rest) or re.search(r"(?<!只)要", rest):
        return reading
    # the price weighed ("划算", "比菜场便宜", "一百出头"): a remark; the price alone ("两份 76"): maybe an order paid, asked
    return None if _WEIGHED.search(words) else replace(reading, sure=False)


# --- a total told: "汇总一下，鸡蛋共28箱，明天下午到", "接龙的有：小美2份 阿芳1份 王姐3份 共6份" -------------------------------

_TOTAL_COUNT = re.compile(r"(?:" + TOTAL + r"|累计|统共)(?:是|有|订了|要了|接龙|报了)?\s?(?P<n>" + NUMERAL + r")\s?[" + _UNITS + r"]")
_SPEAKS_OF_MINE = re.compile(r"[我俺咱]|[+＋]|要|来|订|买|留|拿|整|记|给|帮|加|再|减|各|每|一人")
# Members by name or nickname (小美, 阿芳, 婷婷, 王姐), not her household (老公一份 孩子两份 一共三份 is her order).
_NAMED = re.compile(r"(?:小|阿|老)[\u4e00-\u9fff]|([\u4e00-\u9fff])\1|[" + SURNAME + r"][\u4e00-\u9fff]")
_HOUSEHOLD = re.compile(HOME)
_STATE_TOLD = re.compile(r"汇总|统计|目前|截止|截至|已|到货|到了|送到|共有|明天到|下午到|今天到")
_HEAD_BEFORE = re.compile(r"(?P<head>[\u4e00-\u9fff]{1,4})\s?(?:" + NUMERAL + r")\s?[" + _UNITS + r"]")


def totalled(words: str, reading: Reading) -> Reading | None:
    """None for an order read from a total (共N) that nobody's words order: the sum of others' counts listed by name, or a
    total said alone (the staff's or the list's); a member's own kinds summed ("芝麻2份 花生1份 共3份") stay her order."""
    if reading.intent != ORDER or not (total := _TOTAL_COUNT.search(words)) or number(total["n"]) != reading.amount:
        return reading
    before = words[:total.start()]
    if _SPEAKS_OF_MINE.search(_TOTAL_COUNT.sub("", words)):
        return reading
    if not (_UNIT_COUNT.search(before) or re.search(r"\d", before)):
        # a total alone told as where things stand ("汇总一下，鸡蛋共28箱，明天下午到"): maybe the staff's, asked; her kinds
        # named and summed ("芝麻的和花生的 一共两袋") stay her order
        return replace(reading, sure=False) if _STATE_TOLD.search(words) else reading
    heads = [m["head"] for m in _HEAD_BEFORE.finditer(before)]
    if len(heads) >= 2 and all(_NAMED.search(h) and not intents.GOODS.search(h) and not _HOUSEHOLD.search(h) for h in heads):
        return None  # others' counts by name, and their sum
    return reading  # her kinds, summed ("芝麻2份 花生1份 共3份", "红心的两个 白心的一个 一共三个")


# --- not the member's order now: one done or placed elsewhere, goods sold out, a verdict on goods ---------------------

# An order already placed, by the member or her household, here or elsewhere ("我婆婆已经订过了 两箱", "我在抖音直播间买了月饼 四盒").
_DONE = re.compile(r"已经(?:订|买|拿|下单|团|拍|要)过?了?|已经?(?:取|领|提)(?:走|到|货)?了?(?![\u4e00-\u9fff])|(?:取|拿|领|提)走了?(?![\u4e00-\u9fff])|(?:订|买|团|拍|下单)过了|(?:拿|取|领|提|称|分)(?:回来|回家|回去)?了(?![吗没])|(?:在|从)[^，,。\s]{1,8}?(?:买|订|拍|下单|抢)了")
# The goods gone, which the wish comes too late for ("刚想要两斤排骨 一看已经没了", "卖完了？我还想订两箱呢").
# One table of the goods' end and the order's close (C24): told as news here, told as done before a wish by ``too_late``.
_RAN_OUT = r"卖完|卖光|抢完|抢光|抢没|售罄|断货|没货"
_CLOSED = r"截单|截止|截团"
_SOLD_OUT = re.compile(r"(?<![没不])(?:" + _RAN_OUT + r")(?!.{0,2}的话)|(?:已经|都|就)没了|(?:已经|都)?(?:" + _CLOSED + r")了")
# The next group-buy named, not this one ("下次有蛋挞团 我要五盒"): asked ("好吃下次还买" praises this one).
_LATER = r"(?:" + intents.NEXT_ROUND + r"|下批|下一团)"  # the next round (C24: one table, ``later_round`` too; a batch's and a round's own names)
_NEXT_TIME = re.compile(_LATER + r"(?![还再]|一定|[^，,。\s]{0,3}?(?:拿|取|提|到店|过来))")
# C23: this round's order said beside the next ("这回先来两份，下次多要点"): the next round names no doubt of it.
_THIS_ROUND = re.compile(r"这次|这回|这趟|今天|先(?:来|要|订|拿)")
_KEEP_IT = re.compile(r"(?:别|怕|担心|免得|省得)[^，,。]{0,4}(?:卖|抢)")  # "你别给我卖完了啊", "怕抢没了": kept for her, not gone
# o29: the goods' end not told as done but denied, asked or feared — "还没卖光就给我留两盒" in any region's "not" (冇, 木, 呒没,
# 莫, 未, 唔…), "卖光了冇？", "卖完了伐", "可截单掉了？", "会不会快卖完了", "去迟了就没了", "别抢光了哈": the order stands, read
# as any other (before o29 each was asked back as if the goods were gone). Switch ``END_NOT_TOLD`` (docs/language.md, "o29").
END_NOT_TOLD = True
# Right before the end (its 已经 / 都 / 就 included): a region's "not" …
_END_DENIED = re.compile(r"(?:没|不|莫|冇|木|呒|唔|未|别|甭|勿|弗|覅|无)(?:有|没)?$")
# … or a fear or a question of it ("怕", "快", "去晚了就", "可", "是不是", "会不会", "有没有").
_END_DOUBTED = re.compile(r"(?:怕|快|(?:晚|迟|慢)了?(?:可?就|又)?|可|是不是|会不会|有没有)$")
# Right after it, a question particle that ends her clause (mend-o29: "卖完了没？" asks; "卖完了没办法", "截单了不好意思",
# "卖光了无所谓" tell it, and 嘛 / 呢 after it tell it too: "卖光了嘛，那…").
_END_ASKED = re.compile(r"^(?:了|掉了|掉|完了|光了|完)?(?:吗|么|没|冇|伐|无|不|木有|没有|未|[?？])(?=[?？，,。!！~～\s]|$)")
_END_ADVERB = re.compile(r"已经|都|就")


def _end_not_told(words: str) -> bool:
    """o29: whether every end of the goods or of the order ``_SOLD_OUT`` finds is denied, asked or feared, none told."""
    def doubted(end: re.Match) -> bool:
        at = end.start() + (lead.end() if (lead := _END_ADVERB.match(end.group(0))) else 0)  # the end itself: 没了, 截单
        before = words[max(0, at - 4):at]
        return bool(_END_DENIED.search(before) or _END_DOUBTED.search(before) or _END_ASKED.search(words[end.end():end.end() + 6]))
    ends = list(_SOLD_OUT.finditer(words))
    return bool(ends) and all(doubted(m) for m in ends)


# Goods ranked or a remark seconded ("+1 顺德双皮奶第一", "+1，酸辣粉yyds", "对对对 +1"): a vote with the member who praised them,
# no order (O16). Not a first time or batch (第一次, 第一批), nor 第一 before what she orders.
_RANKED = re.compile(r"天下第一|第一(?![次批回个份单件袋盒箱天名])|yyds|永远的神|天花板|^对对对?(?=\s|[+＋➕，,])")


def _seconded(words: str) -> bool:
    """A bare plus beside goods ranked or a remark seconded, nothing ordered in words ("一份 yyds" orders: a count in a unit)."""
    return bool(re.search(r"[+＋➕]\s?1(?!\d)", words)) and bool(_RANKED.search(words)) \
        and not re.search("(?:" + NUMERAL + ")[" + _UNITS + "]", words) and not _ORDERS_IT.search(_RANKED.sub("", words))


# A verdict on goods received or on the store ("牛腩两斤炖了 有点柴", "鸡蛋两板 一个都没碎", "+1 店长服务真好").
# "+1 这家牛肉确实好": agreeing with a verdict (确实, 的确: indeed), not ordering (O14).
_VERDICT = re.compile(r"(?:确实|的确)(?:好|不错|可以|没得说)|有点[柴硬酸咸淡老腥苦]|太[甜咸酸硬淡贵]了|[坏烂碎]了?的|没碎|没坏|包装[很挺真]|还行|服务|真[好棒美香甜赞]|太[美棒赞]了|[炖煮蒸炒]了|"
                      r"" + (_JUDGED := r"(?:很|挺|蛮|特别|非常|超级?|真|好|有点|有些|比较|贼|巨|不太|不怎么|都很|都挺|还挺|还蛮|确实|的确)(?:" + (
                          _QUALITY := r"新鲜|好吃|难吃|好喝|实惠|划算|便宜|饱满|水灵|正宗|地道|[甜酸咸淡辣苦香脆嫩软硬柴腥糯黏烂鲜肥瘦足贵大小]") + r")|"
                      r"(?:都是|全是|一半是|一半都是|有一半|好几个|有几个)[^，,。\s]{0,3}?(?:" + _QUALITY + r"|[坏烂碎空])的?|[坏烂碎]了" + NUMERAL + "个"))

# A quality judged by degree ("日期挺新鲜的", "有一半是软的"): goods had, unless the member speaks of wanting them
# ("给俺整两箱橘子，贼甜那个", "挺划算，蛋我三盒": the taste she wants, or why she orders).
_JUDGED_ONLY = re.compile(_JUDGED)
_WANTS = re.compile(r"[我俺咱]|整|要|来|订|买|留|拿")
# Last time's goods praised, nothing said had since ("蛋挞两盒 上次的特别好吃"): why she orders again, not a review of
# goods had ("上回买的两斤砂糖橘很甜", "上次团的大闸蟹六只 个个满黄").
_PRAISED_BEFORE = re.compile(r"(?:上次|上回|之前|以前|那次)的?[^，,。\s]{0,6}?(?:" + _JUDGED + ")")
_HAD_SINCE = re.compile(r"[买订拿团拍收吃取领][了过的到]")
# This time's order said beside it ("上周螃蟹死了两只…服务好，这次还是两盒").
_NOW = re.compile(r"这次|这回|今天|再")


# Goods had, not wanted: a verdict only what was received can get ("两个坏的", "没碎", "炖了"), or a past word.
_HAD = re.compile(r"[坏烂碎]了?的|没碎|没坏|[炖煮蒸炒吃喝用收]了|收到|到货|[\u4e00-\u9fff](?<!太.)(?<!太..)了(?![吧吗呢])")


def not_now(words: str, reading: Reading) -> Reading | None:
    """None for a count told of an order done or of goods judged, with no word that orders beside it; asked
    where the goods are said to be gone, or the next group-buy named. A verdict beside a count of a unit with no
    word of goods had ("草莓真甜 两盒", "服务员 汤圆两袋") may be praise before an order: asked, never silence."""
    if reading.intent not in (ORDER, CHANGE):
        return reading
    if _seconded(words):
        return None  # "+1 顺德双皮奶第一", "对对对 +1": a vote for goods praised, a remark seconded
    placed_told = reading.intent == CHANGE and reading.add and reading.amount > 0 and order_changes.PLUS_FIRST.match(words) \
        and order_changes.PLACED_BEFORE.search(words)  # "➕一份，前面接过龙了": her placing told as why it is more (C23)
    if (_DONE.search(words) or _VERDICT.search(words)) and not placed_told and not _ORDERS_IT.search(_VERDICT.sub("", _DONE.sub("", words))) \
            and not _NOW.search(words) and not (_JUDGED_ONLY.search(words) and _WANTS.search(_VERDICT.sub("", words))) \
            and not (_PRAISED_BEFORE.search(words) and not _HAD_SINCE.search(words)):
        if reading.sure and not _DONE.search(words) and not intents.PAST.search(words) and not _HAD.search(words) \
                and any(number(m.group(0).rstrip(_UNITS + " ")) == abs(reading.amount) for m in _UNIT_COUNT.finditer(words)):
            return replace(reading, sure=False)
        return None
    gone = _SOLD_OUT.search(words) and not _KEEP_IT.search(words) and not (END_NOT_TOLD and _end_not_told(words)) \
        or reading.intent == ORDER and _NEXT_TIME.search(words) and not _THIS_ROUND.search(words)
    return replace(reading, sure=False) if reading.sure and gone else reading


# "+3 单位里的", "➕3 我家人口多", "+2（3栋）": a plus of two or more, then a remark. Agreeing is "+1"; more is a count.
_PLUS_MORE = re.compile(r"^\s*[+＋]\s?(?P<n>[2-9]|1\d|20|[两二三四五六七八九十])(?![\d.])\s?[份个盒袋箱]?(?P<rest>[^+＋]{1,14})$")
_NOT_PLUS_ORDER = re.compile(r"[?？吗呢]|不|没|别|积分|分数|点赞|步|度|岁|斤肉|体重|血压|说得|同意|同问|赞同|觉得|附议|哈哈|呵呵|嘿嘿|笑|[一二两三四五六七八九十\d]")


def plus_aside(text: str) -> Reading | None:
    """A plus of two or more with a remark the readers do not know beside it: probably an order, asked once."""
    match = _PLUS_MORE.match(text.replace("➕", "+"))
    if match is None or _NOT_PLUS_ORDER.search(re.sub(r"\d+\s?(?:号楼|栋|幢|单元|室|楼|号)-?\d*", "", match["rest"])):
        return None
    return Reading(ORDER, number(match["n"]) or 0, sure=False) if number(match["n"]) else None


# The staff's voice: the member served (帮您, 给您, 通知您) or the count noted (已记), with nothing of the sender's own
# ("好的 刘阿姨一箱 明天到了通知您", "已经给您改成三份了", "收到 张姐要两盒 已记").
_STAFF_VOICE = re.compile(r"(?:帮|给|为|通知|替)您|已记(?![得住])|记下了|记好了|已记录")


def staff_voice(words: str) -> bool:
    return bool(_STAFF_VOICE.search(words)) and not _SELF.search(words)


# Someone's wish at home answered by her with a limit or a no ("孙女说她要两个 我说一个就够了", "孩子说要两个鸡腿 我说只有一个"):
# talk in the family, not her order (C21).
_WISH_ANSWERED = re.compile(r"说[^，,。\s]{0,3}要[^，,。]{0,8}?[，,。\s]+[我俺](?:就)?(?:说|讲)[^，,。\s]{0,6}?(?:只有|就够|够了|没有|不给|不行|不许|别|不要|门儿?都没有|再说|只能|只给|最多|顶多)[^，,。!！?？\s]{0,8}")  # C23: a limit set;
# C24: the answer's clause to its end, so that only a count said after it is hers ("…我说只给一盒，给我留一盒")
# C22: a swap that cannot be had ("一斤土豆换不来一斤肉"): no change of hers.
# A count must follow: "换不了的话就算了" after her change is her condition on it, not goods for goods (C22 mend).
_NO_SWAP = re.compile(r"(?:换不(?:来|到|了|成)|换得(?:来|到))\s?(?:" + NUMERAL + r"|[俩仨])")
# C22: what she would have ordered had something been otherwise ("要是不出车，俺就报仨了") is read by ``imagined`` (O19's table,
# C22's bare 俩/仨 and closing particles added to it).


# C22: what someone can do, by the count ("我一分钟能包五个", "他一顿能吃三碗"): an ability, no order where nothing orders.
_CAN_DO = re.compile(r"(?:能|可以|会|只能)(?:包|做|吃|喝|擀|蒸|烤|炸|搬|跑|走|干)[^，,。\s]{0,2}?" + NUMERAL
                     + r"|(?:一餐|一顿|每餐|每顿|一天|每天|天天|早上|晚上)(?:都|就)?(?:能|要|得)?(?:吃|恰|食|喝|啃)" + NUMERAL)  # "崽一餐恰两碗米粉": a habit
# C22: a sign-in made up ("我上周三漏签了，补一个"): the 一个 is a sign-in's, not a portion.
_SIGNIN_MADE_UP = re.compile(r"(?:漏签|补签|忘了?签|没签|签到|打卡)[^。!！?？]{0,10}?补(?:一)?个|补(?:一)?个(?:签|卡)")


# C22 (shared: the question reader's taste of goods she has, mend-q26): goods she already has, told: a verb of getting or using them with its aspect done (买的腊肠, 抽中一盒, 拿到了, 喝了一碗,
# 下肚, 捡着, 买好了) and no word of ordering anywhere else in the message: what came to her, not what she orders now. The past
# verb's own words are set aside before the ordering words are looked for (买 in 买的 is no order now).
_LAST_TIME = r"(?:上礼拜|上周|上星期|上个月|上次|上回|去年|昨天|前天|前几天|那天|早上|中午|刚才)"
GOT_DONE = re.compile(r"(?<![没么不未])(?:买|抽|拿|领|捡|抢|摘|挖|钓|赢)(?:了|过|到了|着了|中了?|好了|回来了)|收到了|抽中|中了"
                       r"|(?<![给帮我俺])(?:寄|捎|带|送)来(?:了)?(?=" + NUMERAL + r"|[\u4e00-\u9fff]{0,4}[，,。\s])"  # "囡囡寄来两箱橘子": sent to her
                       r"|(?<![没么不未])(?:吃|喝|啃)了(?=" + NUMERAL + r")|下肚|[冻饿病]死|"
                       + _LAST_TIME + r"[^，,。\s]{0,6}?买的(?=[\u4e00-\u9fff]{1,4}(?:[，,。\s]|$))(?![不太很好还挺真都也没])")
_ORDER_NOW = re.compile(r"要|订|定|买|留|拿|整|记|来|给我|帮我|给俺|帮俺|算我|[+＋➕]|改成|改为|换成|再|还|接龙|跟|团|预|这次|这回|今天|明天|[?？吗]")


def told_got(words: str) -> bool:
    """Whether the message tells of goods she has already got or used, with nothing ordered now (C22)."""
    if not GOT_DONE.search(words):
        return False
    return not _ORDER_NOW.search(GOT_DONE.sub("※", words))


# C22: what one unit holds or makes, told: "一箱苹果二十来个", "试纸五十片一盒", "汤圆一碗放六个", "底料一包能煮三四个人", and asked
# by voice ("苹果。一箱。多少个啊"): the 一 of the unit is no count of hers where no word orders.
_HELD_PIECES = r"(?:" + NUMERAL + r"|\d+)(?:来|多|左右)?\s?[个片颗粒只根条张](?!\s?装)"
_UNIT_HOLDS = re.compile(r"一[" + _UNITS + r"碗筒盘锅屉][\u4e00-\u9fff]{0,4}?(?:放|装|有|大概|差不多|约)?\s?" + _HELD_PIECES + r"(?![\u4e00-\u9fff]{0,2}[" + _UNITS + "])"
                         r"|" + _HELD_PIECES + r"一[" + _UNITS + r"碗筒盘锅屉](?![\u4e00-\u9fff]{0,2}" + NUMERAL + ")"
                         r"|一[" + _UNITS + r"碗筒盘锅屉][，,。\s]{0,2}(?:能|可以|够)(?:煮|吃|做|包|用|泡|冲)[^，,。]{0,8}"
                         r"|一[" + _UNITS + r"碗筒盘锅屉][，,。\s]{0,2}(?:多少|几)[个片颗粒只根块条斤]"
                         r"|" + intents.UNIT_CONTENTS)  # "一箱就是十二瓶", "一个人就是一份" (O26 review)
def holds_told(words: str, reading: Reading) -> bool:
    """An order read from what one unit holds or makes ("一箱苹果二十来个", "汤圆一碗放六个"), where every count stands in such a
    telling and no word orders (C22)."""
    if reading.intent != ORDER or reading.add or _ORDERING.search(words) or re.search(r"来(?!个|块|斤)|[我俺]|那种|那款|的那", words):
        return False
    told = list(_UNIT_HOLDS.finditer(words))
    if not told:
        return False
    rest = _UNIT_HOLDS.sub("※", words)
    return not _UNIT_COUNT.search(rest)


# Asking the other members for what they have ("谁家有多余的纸箱子 我要两个"): not the store's goods.
_ASKS_MEMBERS = re.compile(r"(?:谁家?|哪位|哪家|有没有人|有人)(?:还)?有(?:多余|闲置|不用|用不完|吃不完|多出来|多)")
# Dressing warmer ("再加一件衣服吧，今天降温了"): what she puts on, no goods of the order.
_DRESSED = re.compile(r"加\s?(?:" + NUMERAL + r")?[件条床]?(?:衣服|衣裳|外套|毛衣|秋裤|棉袄|被子)")


# Cooking: what goes into a pot or a pan by the count ("炖牛肉放两个番茄，更香", "煮粥加一把红枣"), or what a step is for.
# A portion is never a cooking step's measure: "蒸面再加一份", "卤鹅加两份" name goods made so (C16).
_COOKED = re.compile(r"[炖煮炒蒸烤焖腌卤熬煲焯][^，,。\s]{0,6}?[放加搁下](?:了|上)?" + NUMERAL + r"(?![一二两三四五六七八九十百\d]*份)|去膻|去腥|提鲜|调味|出锅|下锅|焯水")


# A recipe's measures and steps: grams or millilitres in words ("面粉三百克 鸡蛋两个 牛奶一百毫升 搅匀", "糖六十克"), a step
# ("搅匀", "打发"), what a dish is enough for ("做酸菜饺子 酸菜一袋 肉馅一斤 够吃两顿").
_RECIPE = re.compile(r"[零〇一二两三四五六七八九十百千]+(?:克(?![拿取去来])|毫升)|搅匀|搅拌|拌匀|打发|揉面|醒面|够吃[^，,。\s]{0,3}顿")
# Made at home by the count ("今年过年不出门 准备包三百个汤圆", "打算自己蒸两锅馒头").
# A plan to order given up later in the message ("本来想订两箱 一看家里还有 算了", "原计划要三斤 老公说不吃 就没订", "老公非说要
#买十斤 我没让"), or the order put off until after something ("等过年回来再订两箱"): no order now (O11). A count said
# after giving up is the order ("本来想要三盒 算了 两盒吧": the count comes last, and ``checked`` reads it).
# O26: a wish said first ("想订两箱红提，老汉不让", "想帮好婆订两盒，伊讲覅浪费，算了") is such a plan too, and a refusal said as
# a clause of its own (不让, 不同意) gives it up.
# O26 review: only the old words of a wish (想订; 想帮/想给/想替 someone: "想要两份" is an order), a refusal of the shared table
# ``_REFUSED`` said as a clause of its own; giving up that names goods of its own drops that item ("…榴莲就算了"), and a
# later 还是要 or 偏要 keeps the order.
_MEANT_TO = re.compile(r"本来|原来想|原本|原计划|原打算|想着|打算|非说|非要|非让|一直想|"
                       r"(?:^|(?<=[，,。!！\s]))(?:我|俺|额)?想(?:订|[帮给替])")  # 想帮 whoever: 好婆, 阿嬷 too
_REFUSALS = r"没答应|不答应|不给(?:[他她]|你)?买|想得美|门儿?都没有|没门|没理|不理[他她]?|才不|不让|不同意|不肯|不允许"
_GAVE_UP = re.compile(r"算了|就?没[订买要团下让]|不[订买团]了|没让|作罢|放弃|(?:" + _REFUSALS + r")(?=$|[，,。!！\s])")
_KEPT_AFTER_ALL = re.compile(r"还是(?:要|订|买|来)|偏要|照样要|照要")
_ORDER_PUT_OFF = re.compile(r"等[^，,。\s]{1,8}?(?:了|后|完|回来|过来|以后|之后)?再(?:订|买|团|下单|接龙|要)")


def given_up(words: str) -> bool:
    """Whether the message's last count is a plan given up after it, or an order put off until later."""
    if _ORDER_PUT_OFF.search(words):
        return True
    counts = list(_UNIT_COUNT.finditer(words))
    if not counts or not _MEANT_TO.search(words[:counts[-1].start()]):
        return False
    after = words[counts[-1].end():]
    if not (gave_up := _GAVE_UP.search(after)) or _KEPT_AFTER_ALL.search(after, gave_up.end()):
        return False  # "想要两份，老公不同意，我还是要": kept after all
    clause_start = max(after.rfind(mark, 0, gave_up.start()) for mark in "，,。!！ \n") + 1
    return not intents.GOODS.search(after, clause_start, gave_up.start())  # "…榴莲就算了": that item dropped, the rest kept


# Goods had, judged bad ("苹果两斤 一半是烂的 太失望了", "买的三盒全坏了"): a complaint about what came, no order (O11).
_COMPLAINED = re.compile(r"失望|空壳|烂的|发霉|变质|不新鲜|差评|坑人|上当")
_MADE_AT_HOME = re.compile(r"(?:(?:准备|打算|自己|在家|亲手|我来)[包做蒸烤腌灌炸煮卤炖熬煲焖]|(?<![不])要[蒸烤腌煮卤炖熬煲焖炒])[^，,。\s]{0,2}?"
                           + NUMERAL + "[" + _UNITS + "锅]")  # "屋头要炖两斤羊肉汤": what she will cook (O14)
# O19: a case imagined, then what she would do in it: an "if" (要是, 如果, 要不是, 早知道…), then a word of what would be
# (肯定, 一定, 天天, 就该, 我能…) before a count, or the goods cheaper than they are. An "if" of the goods' stock, kind or
# delivery ("如果明天还有货 我肯定要两份", "要是还有大果的就来一箱", "假如周六能到 我肯定来两箱") is a real condition: it orders;
# only a price (便宜), a case contrary to fact (要不是, 早知道, …就好了), a habit (天天) or "I could" (我能), or another "if"
# is imagined. The gap from the "if" is
# bounded to one sentence of 30 characters (no scan of the whole message from every "if").
_IF = r"(?:" + intents.IMAGINING + r"|要不是|早知道|早晓得)"  # and a case contrary to fact (not 万一: "even if", ``intents``)
_NOT_SO = _IF + r"[^，,。\s]{0,6}?便宜"
_WOULD = r"(?:肯定|一定|绝对|保准|天天|每天|[就也早]该|[我俺](?:就|也)?能(?=[^，,。\s]{0,2}?(?:买|订|要|囤|来|吃|整|拿|" + _NUM + ")))"
_WOULD_HAVE = (r"就[^，,。\s]{0,3}?(?:" + _NUM + r"\s?[" + _UNITS + r"][^，,。\s]{0,5}?|[俩仨])了[吧啊呀哦嘛]?$")  # "我就订五箱饺子了", "俺就报仨了"
_IMAGINED = re.compile(r"(?P<if>" + _IF + r")(?P<case>[^。！？!?\n]{0,30}?)(?:(?P<would>" + _WOULD + r")[^，,。\s]{0,6}?" + _NUM + r"\s?["
                       + _UNITS + r"]|" + _WOULD_HAVE + ")")
# Before "就…了" at the end only the goods' supply is a real case ("要是够的话 俺就来俩了"), not a kind ("如果有清真的我就订两份了").
_SUPPLY = re.compile(r"够|有货|剩|能订|能接|能买|来得及|没截|截单|还有|到货")
_REAL_CASE = re.compile(r"够|有货|剩|能订|能接|能买|来得及|没截|截单|新鲜|大果|还有|有[^，,。\s]{0,5}?的|能[^，,。\s]{0,4}?(?:到|送|自提|取)|送到|送货|配送|自提|到货")


def imagined(words: str) -> bool:
    """Whether the message's count is what she would order in a case imagined, not an order now."""
    if re.search(_NOT_SO, words):
        return True
    if any(not intents.GOODS.search(m["what"]) for m in _GROUP_BUYS_WHAT.finditer(words)):
        return True  # "要是能团个男朋友 我来两个": what no store sells, a joke
    return any(m["if"] in ("要不是", "早知道", "早晓得") or "好了" in m["case"] or re.match(r"天天|每天|[我俺]", m["would"] or "")
               or not (_REAL_CASE if m["would"] else _SUPPLY).search(m["case"]) for m in _IMAGINED.finditer(words))


# O20: an "if" the store could group-buy or sell something ("要是能团个男朋友", "如果能团购年假", "要是能买到后悔药"): what
# it names, when no goods list holds it, is no goods, and the count after it a joke whatever follows. What is a noun,
# never a verb's ending ("如果能买到 我要两份": 到 is no thing named).
_GROUP_BUYS_WHAT = re.compile(_IF + r"(?:店里|群里|你们|咱们)?(?:也|还)?能(?:团购|团|买到|买|订|卖)(?:个|一个|到|点|些)?(?P<what>(?![到得着了])[\u4e00-\u9fff]{1,4})")


# A shopping memo: "周末要买：大米两袋 酸奶一箱 葱", "购物清单".
_TO_BUY = re.compile(r"^[^：:，,。\s]{0,4}?(?:要买|待买|该买|得买|记得买)[:：]|(?:购物|采购|买菜)清单"
                     r"|(?:去|到)(?:菜场|菜市场|市场|超市)[^，,。\s]{0,2}[:：]|买菜[:：]|列个?(?:单子|清单)")  # C22: her own errand's list
# Someone told to join the group and order herself: "我同事说要一箱 我把群二维码发她了", "拉她进群了".
_SENT_TO_GROUP = re.compile(r"群二维码|二维码发|拉(?:她|他|他们|她们)(?:进|入)群|(?:推|拉)(?:她|他)进来")
# The order put off until something of the member's life has happened ("等发年终奖了…", "等我中了彩票"), not the goods'
# arrival or the member's pickup ("等到货了给我留两份", "等我下班了来拿 给我留两份").
_PUT_OFF = re.compile(r"^等(?![^，,。\s]*?(?:到货|货到|来货|上架|开团|来拿|来取|去拿|去取|过来))[^，,。\s]{1,8}?了")
# A count no member of a community group orders at once: asked, never acted on ("给我来一百份 等我中了彩票").
# --- O12: what a count is for, by what the words around it do ----------------------------------------------------

# How many a pack holds or what one costs, asked by 几 ("鞋垫几双一包", "车厘子几钱一盒", "一斤几块", "几个一箱"): the
# count after it is the measure the question is put by, no order. Not 好几 / 十几 / 这几 (a vague count, a time).
_HOW_MANY_PER = re.compile(r"(?<![好十这那])几\s?(?:[" + _UNITS + r"]|块|钱|毛|元)钱?\s?(?:一|每)\s?[" + _UNITS + r"]|"
                           r"(?:一|每)\s?[" + _UNITS + r"]\s?(?:是|有|装|能)?几\s?(?:[" + _UNITS + r"]|块|钱|毛|元)")
# Something sent rather than sold ("收款码发我一个", "链接再发一个", "定位发我一下"): information, not goods.
_SENT_INFO = re.compile(r"(?:码|链接|图|照片|截图|定位|位置|地址|视频|语音|文件|表格|名片|小程序|群|号码|电话|账号)"
                        r"[^，,。\s]{0,4}?发|发[^，,。\s]{0,4}?(?:码|链接|图|照片|截图|定位|位置|视频|语音|文件|表格|名片|小程序)")
# What came to hand told first ("刚拿到 三盒草莓 很新鲜", "今天收到两箱 挺好"): received, not ordered.
# ("收到" alone acknowledges a notice: "收到 两份" is an order.)
_GOT_FIRST = re.compile(r"^(?:(?:刚刚?|今天|早上|上午|下午|晚上|昨天|已经|终于|总算)?(?:拿|取|领|提)|(?:刚刚?|今天|早上|上午|下午|晚上|昨天|已经|终于|总算)收)"
                        r"到(?:手)?(?:了|啦|咯)?(?=[\s，,。!！~～]|" + NUMERAL + r")")
# What was bought told arriving ("京东买的纸巾到了 三提", "我订的到了 两袋"): had, not ordered.
_BOUGHT_CAME = re.compile(r"(?:买|订|拍|团|寄|网购)的[^，,。\s]{0,8}?(?:到了|来了|送到了?|到货了?)")
# A reward or a treat given ("奖励自己一杯奶茶", "考了满分 奖励他一个蛋糕"): the member's own treat, from anywhere.
_REWARD = re.compile(r"奖励|犒劳|慰劳")
# Split between people ("一箱苹果我和邻居对半分", "两盒我跟我姐平分"): how a share is divided.
_SPLIT = re.compile(r"对半分|平分|分一半|一人一半|对半")
# A wish reported then refused ("孩子说要三个棒棒糖 我没答应", "儿子吵着要两盒 不给买"): nobody's order.
_WISH_TOLD = re.compile(r"说(?:[他她]?(?:也|还)?)要|吵着要|闹着要|喊着要|非要|哭着要")
_REFUSED = re.compile(_REFUSALS)  # one table with a plan given up's refusals (O26 review)
# What a count could buy or is worth ("这价钱在老家能买三斤", "积分够换一瓶油"), a habit told ("一买就是十斤"), a rule
# ("一个账号只能订一份"), counting or weighing done ("我数了一下 三十二个"), a dish made of the counts ("…做个三明治").
_COULD = re.compile(r"(?:能|够|可以)(?:买|换|订|兑)(?![^，,。\s]{0,8}[吗不么?？])")
_HABIT = re.compile(r"一(?:买|订|要|团|拿|来)就是")
_ONLY_RULE = re.compile(r"只能(?:订|买|要|拿|报|团|领)")
_COUNTED_DONE = re.compile(r"数了|数过|称了|称过|量了")
_DISH_MADE = re.compile(r"(?:^|(?<=[\s，,。!！~～我俺]))(?:做|煮|蒸|烤|包|炒|拌)(?:个|一个|一锅|一顿|成)[\u4e00-\u9fff]")  # not 书包一个
# A word of ordering from the store: without one, a reward or a split is talk about goods had or bought elsewhere.
_ORDER_WORD = re.compile(r"要|订|定|来|留|买|拿|记|报|团|[+＋]|(?:给|帮)[我俺]|下单|接龙|上车")


def counted_for_else(words: str, reading: Reading) -> Reading | None:
    """None where the count measures a question, names something sent, what came to hand, a reward or a split
    (no order); the reading asked where a split is said beside a word of ordering; else the reading."""
    if reading.intent in (ORDER, CHANGE) and _HABIT.search(words):
        return None
    if reading.intent != ORDER:
        return reading
    if _HOW_MANY_PER.search(words) and not _UNIT_COUNT.search(_HOW_MANY_PER.sub("※", words)):
        return None
    if _SENT_INFO.search(words) and not _UNIT_COUNT.search(re.sub(r"[一1][个张下条]", "", words)):
        return None
    if (_GOT_FIRST.search(words) or _REWARD.search(words) or _BOUGHT_CAME.search(words)) \
            and not _ORDER_WORD.search(_BOUGHT_CAME.sub("", _REWARD.sub("", words))):
        return None
    if _WISH_TOLD.search(words) and _REFUSED.search(words) or _ONLY_RULE.search(words):
        return None
    if (_COULD.search(words) or _COUNTED_DONE.search(words) or _DISH_MADE.search(words)) \
            and not _ORDER_WORD.search(_COULD.sub("", _DISH_MADE.sub("", words))):
        return None
    if _SPLIT.search(words):
        return replace(reading, sure=False) if _ORDER_WORD.search(words) else None
    return reading


LARGE = 50


def _fewer(reading: Reading) -> bool:
    """A reduction: what was bought elsewhere is why ("我那两只少一只吧 婆婆说她已经买了"), never an order told of (C16)."""
    return reading.intent == CHANGE and reading.add and reading.amount < 0


def checked(text: str, reading: Reading | None) -> Reading | None:
    """``reading`` after the whole-message checks; a count put right in the same message, or taken back alone, a count
    each times the households or people it is for, and the count her last clause settles (``settled``) are read here
    even where the clauses read nothing."""
    return settled(text, _checks(text, reading))


def read_alone(text: str) -> Reading | None:
    """What the whole-message checks read with no clause's reading given (a list, a count each, a count put right), the
    count settled last aside: O24's shares and stories give way to these, and are themselves settled after."""
    return _checks(text, None)


def _checks(text: str, reading: Reading | None) -> Reading | None:
    """``checked`` but for the count settled last."""
    if len(text) > intents.MAX_READ:
        return None  # no clause reader reads so long a message (``intents.read_order``); the checks would cost seconds
    words = _words(text)
    if (counted := households(text, reading) or people_each(text, reading)) is not None:
        return _talk(words, counted)  # a count each times those it is for: the product the message states
    if (fixed := corrected(text) or _taken_back(text) or not_that_many(words)) is not None:
        reading = fixed
    elif reading is None and (plus := plus_aside(words)) is not None:
        reading = plus  # "+3 单位里的": asked, then the checks
    elif (reading is None or reading.intent == ORDER and reading.amount > 0) \
            and (listed := order_lists.itemised(words) or order_lists.each_listed(words)) is not None \
            and (reading is None or reading.amount < listed.amount) \
            and intents.total_made_up(text) is None and intents.total_said(text) is None and intents.total_given_out(text) is None:
        reading = replace(listed, item=reading.item if reading else "")  # "豆沙月饼两盒，五仁一盒": the list's sum (not
        # "牛奶两箱 一箱我家 一箱我爸妈家": the count, then how it is made up; nor "帮我妈订一份 连我的两份", O26)
    if reading is not None and holds_told(words, reading):
        return None  # "一箱苹果二十来个", "试纸五十片一盒": what one unit holds, told or asked (C22)
    if reading is not None and reading.intent == CANCEL and reading.sure and _KEEPS_MINE.search(words):
        return replace(reading, sure=False)  # "帮我姑姑订的那份去掉 我的留着": a share dropped, not the whole order
    if reading is not None and reading.intent == CANCEL and not _SELF.search(words):
        if _YOURS_DROPPED.search(words):
            return None  # "收到收到，您的草莓取消了": the staff telling a member her order is dropped
        if _ACKNOWLEDGED.match(words):
            return replace(reading, sure=False)  # "收到 取消": the staff's word, or a member's cancel after a notice
    if reading is not None and staff_voice(words):
        return None
    if reading is not None and refused_full(words, reading):
        return None  # "不要啦不要啦，吃得好饱了": declining more at the table, no order dropped (c27)
    if reading is None or reading.intent == CANCEL:
        return reading
    if counted_as_manner(words) or cooked_with(words) or voted(words):
        return None  # "一个一个核对", "一打就是一晚上": how, or how long; "X炒Y，蒜两瓣，放一勺糖": what goes in a dish (c27)
    if reading.intent == ORDER and not reading.add and (again := _SAID_AGAIN_IF_ANY.search(words)) \
            and reading.amount == 2 * (number(again["n"]) or 0) \
            and not _MORE_AGAIN.search(again["gap"]):
        reading = replace(reading, amount=number(again["n"]))  # "沙田柚我要一箱呀，仲有冇？有就畀我一箱": one order said twice (O23)
    if _COOKED.search(words) or _MADE_AT_HOME.search(words) \
            or _TO_BUY.search(words) or _SENT_TO_GROUP.search(words) or _RECIPE.search(words) \
            or reading.intent == ORDER and _COMPLAINED.search(words) or given_up(words):
        return None  # "【店长】截至目前：汤圆32份…": the staff's count; cooking, making, a shopping memo, someone sent the group
    if reading.intent == CHANGE and _NO_SWAP.search(words):
        return None  # "一斤土豆换不来一斤肉": no swap to be had (C22)
    if reading.intent in (ORDER, CHANGE) and (_ASKS_MEMBERS.search(words) or _DRESSED.search(words) and len(_UNIT_COUNT.findall(words)) <= 1):
        return None  # "谁家有多余的纸箱子 我要两个": asked of the members; "再加一件衣服吧": dressed warmer (C22)
    if reading.intent == ORDER and _CAN_DO.search(words) and not _ORDERING.search(rest := _CAN_DO.sub("", words)) \
            and not re.search(r"来\s?(?:" + NUMERAL + r"|俩|仨)", rest) \
            or reading.intent in (ORDER, CHANGE) and _SIGNIN_MADE_UP.search(words):
        return None  # "我一分钟能包五个": what she can do; "漏签了，补一个": a sign-in made up (C22)
    if reading.intent == ORDER and told_got(words):
        return None  # "上次抽奖抽中一袋大米", "取到了 两袋饺子 一袋大米 齐了": goods she has got, told (C22)
    if _WISH_ANSWERED.search(words):
        if not _count_left(words, _WISH_ANSWERED):
            return None  # "孩子说要两个鸡腿 我说只有一个": someone's wish at home, and her answer to it (C21)
        if reading.intent == ORDER and len(left := {number(m.group(0).rstrip(_UNITS + " ")) for m in _UNIT_COUNT.finditer(_WISH_ANSWERED.sub("※", words))}) == 1:
            reading = replace(reading, amount=left.pop())  # "女儿说要两盒，我说只给一盒，给我留一盒": hers after the answer (C24)
    if imagined(words):
        return None  # "要是冻梨再便宜点 我能买十袋", "要不是血糖高 我肯定订两箱": what she would do in a case not so (O19)
    if counted_for_else_c23(words, reading):
        return None  # "两包就是三十六块", "刚想要两盒，一看截单了", "下次有草莓我要三盒", "目前：…35袋", "泡两个钟头再煮" (C23)
    if reading.intent == ORDER and intents.names_no_product(words) and intents.LAUGH.search(words):
        return None  # "我要两份快乐 一份给我一份给我自己哈哈哈": words no store sells after the count, and a laugh: a joke
    if _price_only(words) or (reading := priced(words, reading)) is None \
            or (reading := totalled(words, reading)) is None:
        return None
    if acknowledged(words) or people_counted(words, reading) or only_people(words, reading):
        return None  # "收到收到 汤圆三袋": the staff's word on a member's count; "我们仨 周末去爬山": who, not how many
    if (reading := reading if _fewer(reading) else not_now(words, reading)) is None or (reading := counted_for_else(words, reading)) is None:
        return None
    reading = _talk(words, shared_out(_masked(words) if _PER_HEAD.search(words) else "", reading))
    if reading is None or (reading := reached(words, reading)) is None:
        return None
    reading = sourced(text, shares(text, more_on_top(text, reading)))
    if reading is not None and reading.sure and _PUT_OFF.search(words):
        return replace(reading, sure=False)  # "等发年终奖了我要买一箱车厘子": when something else has happened, asked
    if reading is not None and reading.sure and reading.intent in (ORDER, CHANGE) and abs(reading.amount) >= LARGE:
        return replace(reading, sure=False)  # "给我来一百份 等我中了彩票": so many, asked once
    return reading


# --- C23: counts the words around them make no order of hers now ----------------------------------------------------
# Each check reads how the count is used, not which goods or whose: a sum worked out, a wish the goods' end came before,
# the next round's order, the staff's tally, a recipe's measures. Each returns no order only where no word of the message
# outside that use orders (``_ORDERS_OUTSIDE``), so an order said beside it ("我要三份，就是150元吧") still stands.

_N = r"(?:" + NUMERAL + r"|\d+(?:\.\d+)?)"
# A word that orders a count of goods, said outside the use a check found.
_ORDERS_OUTSIDE = re.compile(r"(?:要|来|订|定|留|买|拿|整|报|接|跟|加|添)[^，,。!！?？\s]{0,4}?(?:" + _N + r"\s?[" + _UNITS + r"]|※)|给我|帮我|给俺|帮俺|给额|帮额"
                             r"|[+＋➕]\s?\d|(?<![\u4e00-\u9fff【#])接龙|[我俺也去来跟要]接龙|接龙(?:了|啦)|下单|上车|算我|记我|我要|俺要|额要|我订|俺订|我来|俺来|我也要")


def _outside(words: str, pattern: re.Pattern) -> bool:
    """Whether a word of ordering stands outside every match of ``pattern`` in ``words``."""
    return bool(_ORDERS_OUTSIDE.search(pattern.sub("※", words)))


# C24: a count said as a clause of its own, after what the check found ("三斤就是九十块，行，三斤", "一份35，两份70 那就两份",
# "先到先得 三份"): her answer to the sum, the close or the offer. Only a word that takes the sum up (那就, 行, 好) or the
# goods' name may stand before the count, and a particle after it; "两份更划算啊" judges the sum and is no clause of a count.
_COUNT_CLAUSE = re.compile(r"(?:^|(?<=[，,。!！?？\s※]))(?P<up>那就|那|就|行|好的?|嗯|还是|我|俺)?[，,\s]?"
                           r"(?P<goods>(?:(?!" + NUMERAL + r"|[剩有共限只已报接订买卖要差是合算])[\u4e00-\u9fff]){0,4}?)"
                           + _N + r"\s?[" + _UNITS + r"](?P<particle>吧|哈|啊|呀|哦|嘛|的|啦|了)?(?=$|[，,。!！?？\s※])")


def _count_left(words: str, pattern: re.Pattern) -> bool:
    """Whether a count of her own is left once every match of ``pattern`` is set aside: a word ordering a count, or a
    clause of a count alone (C24: one check for every C23 use — a sum, a close, the next round, a tally, a wish)."""
    return _counted_outside(pattern.sub("※", words))


def _counted_outside(left: str) -> bool:
    """``_count_left`` on the words with its use set aside (※)."""
    return bool(_ORDERS_OUTSIDE.search(left) or _COUNT_CLAUSE.search(left))


# A sum worked out: a count set equal to what it costs or holds ("两包就是三十六块", "三斤就是一百三十五咯", "五斤算下来
# 一斤六块"), or a rate then a multiple of it in the same unit ("鱼糕一份三十五，两份七十", "一袋十只，两袋二十只").
_PRICE_OR_PIECES = r"(?:" + _N + r")\s?(?:块钱?|元|毛|蚊|只|个|斤|粒|颗)?"
_WORKED_OUT = re.compile(
    _N + r"\s?[" + _UNITS + r"][\u4e00-\u9fff]{0,4}?\s?(?:就是|就得|等于|=|合|折合)\s?" + _N + r"\s?(?:块钱?|元|毛|蚊|只|个|粒|颗)"
    r"|(?:算下来|算起来|摊下来|平均下来?|折下来)[^，,。!！?？]{0,4}?(?:一|每)\s?[" + _UNITS + r"]"
    r"|(?:算下来|算起来|摊下来|平均下来?|折下来)[^，,。!！?？]{0,6}?" + _N + r"\s?(?:块|元|毛)[^，,。!！?？\s]{0,2}?(?:一|每)\s?[" + _UNITS + r"]"
    r"|(?<![\d一二两三四五六七八九十百])一\s?(?P<u>[" + _UNITS + r"])[\u4e00-\u9fff]{0,3}?" + _PRICE_OR_PIECES + r"[，,、\s]+" + _N + r"\s?(?P=u)[\u4e00-\u9fff]{0,3}?"
    + _N + r"\s?(?:块钱?|元|毛|蚊|只|个|粒|颗)?(?=$|[，,。!！?？\s~～啦咯喽哦呢吧])")


def worked_out(words: str) -> bool:
    """A count in a sum worked out, with no word of ordering outside it (C23)."""
    return bool(_WORKED_OUT.search(words)) and not _count_left(words, _WORKED_OUT)


# A wish the goods' end came before ("刚想要两箱橙子，一看截单了", "我想订一盒的 看到的时候卖光了",
# "卖完了？我还想订两箱呢"): the end told as done, not feared ("晚了就没了", "别卖完了") nor asked ("卖完了吗").
_GONE = r"(?:" + _RAN_OUT + "|" + _CLOSED + r"|结束|没)(?:了|啦|咯|喽|嘞)(?![吗吧没么嘛?？])|已(?:" + _CLOSED + r"|售罄)" \
    r"|被(?:人|别人|[他她]们?)?(?:截胡|抢走|抢先|买走|订走)"  # taken by others first (C24: 截胡 one of them)
_TOO_LATE = re.compile(
    r"(?:刚|才|正|本来|原本|本)(?:想|要|准备|打算)[^。!！?？]{0,14}?(?:一看|结果|发现|谁知|哪知|没想到|看到的时候|才看到|就)?[^。!！?？]{0,4}?(?:" + _GONE + r")"
    r"|(?:想|要)[^。!！?？]{0,12}?(?:一看|结果|发现|谁知|哪知|没想到|看到的时候|才看到)[^。!！?？]{0,6}?(?:" + _GONE + r")"
    r"|(?:" + _GONE + r"|卖完了|截单了|截止了|没了)[？?!！，,。\s]{0,3}[我俺额]?(?:还|也|本来|都)(?:想|要)[^。!！?？]{0,12}?(?:呢|的说|来着)")
_FEARED = re.compile(r"别|莫|嫑|怕|晚了|一会|等会|不然|要不|的话|快")


def too_late(words: str) -> bool:
    """A wish told with the goods already gone or the order closed before it (C23)."""
    return bool(_TOO_LATE.search(words)) and not _FEARED.search(words) and not _count_left(words, _TOO_LATE)


# The next round's order ("下回有车厘子我一定要抢三盒", "下回再要两份", "下次团羊肉我一定要两份"): every count ordered in a clause
# the next round opens. A count before it ("两份 下次还买") or the day she picks up ("下周来拿") orders now.
_LATER_ORDER = re.compile(_LATER + r"(?![^。!！?？]{0,16}?(?:拿|取|提|到货|送|这次|这回|今天|现在))[^。!！?？]{0,16}?(?:要|订|定|买|来|抢|囤|整|团)[^，,。!！?？\s]{0,3}?"
                          + _N + r"\s?[" + _UNITS + r"]")


def later_round(words: str) -> bool:
    """Every count ordered in the next round's clause, nothing ordered outside it (C23)."""
    return bool(_LATER_ORDER.search(words)) and not _count_left(words, _LATER_ORDER)


# The staff's tally or an offer to all ("目前：肉包子28袋，素包子15袋", "截至晚8点 汤圆共接龙62袋", "饺子接龙汇总", "【店长】截至目前：
# 汤圆32份", "礼盒到了 一共30盒 先到先得", "还剩最后三份 要的抓紧"): no member's order, where she says nothing of her own.
# A tally's head comes before the counts it sums, so the tally runs from its head to the end; an offer comes after the
# stock it offers, so it runs from the start to the offer. A count of hers is one after the offer ("先到先得 三份") or
# before the head (C24: C21's and C23's tables made one, read with the others' leftover count).
_TALLY_HEAD = (r"汇总|统计[:：]|到此结束|接龙结束|共接龙|接龙共|核对(?:一下)?[:：]|^[【\[](?:店长|团长|群主|管理员|客服|小助手)[】\]]"
               r"|^(?:目前|现在|当前)[^，,。!！?？\s]{0,6}?[:：]"  # an "as of now" heading and its colon
               r"|截[至止]到?(?:现在|目前|此刻|今天|今晚|晚上?|早上|中午|下午|[\d一二三四五六七八九十]+点)|目前(?:一共|总共)"
               r"|截单(?:啦|了|咯|喽)[^?？吗]{0,24}?(?:一共|总共|共)|(?:今日|今天)(?:报|接|订)(?:咗|了)\s?\d")
_OFFER = r"先到先得|欲购从速|数量有限|手慢无|(?:需要|想要|要)的(?:亲|姐妹|朋友)?们?抓紧"
_TALLY = re.compile(r"(?s:[^，,。!！?？\s]{0,8}(?:" + _TALLY_HEAD + r").*)|^(?s:.*)(?:" + _OFFER + r")")  # the head's subject too; to the last offer


def _answers_offer(clause: re.Match, left: str) -> bool:
    """Whether a clause of a count, left after an offer, answers it: a word taking it up (那就, 行, 我), a particle
    ("三袋吧"), or the count alone straight after the offer ("先到先得 两份"). Goods and a count, or a count after more of
    the post ("数量有限 先到先得 蓝莓 12盒", "欲购从速 明天到货 一箱"), are the post's own stock (C24 review)."""
    if clause["up"] or clause["particle"]:
        return True
    offer = left.rfind("※", 0, clause.start())
    return not clause["goods"] and offer >= 0 and bool(re.fullmatch(r"※[，,。!！?？\s]*", left[offer:clause.start()]))


def tallied(words: str) -> bool:
    """A tally or an offer to all, with nothing of the sender's own (C23; the count left after it, C24). After an offer,
    a count of hers is one that answers it or comes with her act (C24 review: the post's own stock is none)."""
    if not _TALLY.search(words) or _SELF.search(words) or re.search(r"给我|帮我|[+＋➕]\s?\d", words):
        return False
    left = _TALLY.sub("※", words)
    if _ORDERS_OUTSIDE.search(left):
        return False
    offered = re.search(_OFFER, words) is not None
    return not any(not offered or _answers_offer(clause, left) for clause in _COUNT_CLAUSE.finditer(left))


# A recipe's measures and steps: a cooking step lasting so long ("米粉泡两个钟头再煮", "排骨一斤，煨三个小时"), water or a
# seasoning measured ("一斤面六两水", "一斤花生半瓶醋", "一袋汤圆大概要两升水"), an egg cracked in ("挂面下两把 打个鸡蛋").
_RECIPE_STEP = re.compile(
    r"[泡煮蒸炖煨焖熬煲卤腌烤炸焯醒发晾晒冻][^，,。!！?？\s]{0,3}?(?:" + _N + r"|半|个把)\s?(?:个)?(?:小时|钟头|钟|分钟|来分钟|天|晚上?|宿|夜)"
    r"|(?:(?:" + _N + r"|半)\s?(?:两|升|毫升|勺|汤匙|小勺|碗|杯)|半瓶)(?:清|凉|温|开|热)?(?:水|醋|油|盐|糖|酱油|生抽|老抽|料酒|蚝油|淀粉)(?![\u4e00-\u9fff]{0,2}[" + _UNITS + r"])"
    r"|(?:打|卧|磕)(?:个|一个|两个|俩)(?:鸡)?蛋")


def recipe(words: str) -> bool:
    """A recipe's measures or steps, with no word of ordering outside them (C23)."""
    return bool(_RECIPE_STEP.search(words)) and not _outside(words, _RECIPE_STEP)


# A child's wish told, its count inside it ("二宝说要两根棒棒糖，我说只能一根", "孙女说她要两个冻柿子 吃完又喊牙冰", "女儿吵着要三个
# 冰淇淋"): what the child asked at home, not her order — unless she orders beside it ("孩子说还要，三份", "孩子闹着要吃，来三份",
# "孩子看到图片就说要，买两盒吧": the count or the act outside the wish). 儿子/女儿/闺女 are left out: a grown-up's wish
# relayed ("闺女说要两盒草莓") is her order.
_CHILD = r"(?:孩子|小孩|娃娃?|娃儿|崽|伢儿?|小伢|宝宝|[大二小]宝|孙子|孙女|外孙女?|小的|大的|老二|老大|巴郎子|" + REGIONAL_CHILD + ")"
_CHILD_WISH = re.compile(_CHILD + r"(?![他她的]?(?:爸|妈|爹|娘|奶|爷|姥|外公|外婆|舅|姑|姨|老师|同学))[^，,。!！?？\s]{0,4}?(?:说|吵着|闹着|喊着|哭着|非|又)(?:[他她]?(?:也|还)?)(?:要|想要)(?:吃|喝|买|玩)?"
                         r"[^，,。!！?？\s]{0,3}?" + _N + r"\s?[" + _UNITS + r"]")


# C24: the wish granted after it ("孩子说要两盒，满足他", "小的吵着要三个 行吧 依她"): the wish's count is her order.
_GRANTED = re.compile(r"满足[他她]|依[他她]|随[他她]|听[他她]的|由着[他她]|那就(?:买|来|订|要|给|依|[^，,。!！?？\s]{0,2}?" + _N + r"\s?[" + _UNITS + r"])|行吧|好吧|买吧|订吧|给[他她]买")


def child_wish(words: str) -> bool:
    """A child's wish told with its count, nothing ordered beside it (C23) and the wish not granted (C24)."""
    return bool(_CHILD_WISH.search(words)) and not _count_left(words, _CHILD_WISH) \
        and not _GRANTED.search(_CHILD_WISH.sub("※", words))


# d26: a liking told, the count its object ("最爱三斤小龙虾下酒", "就喜欢两个卤蛋配粥", "老公爱两瓶啤酒下饭"): how much she
# likes, no order — unless she orders beside it (the count left, as for the C23 uses). The liking is ``order_words.liked``'s
# (one table with the asks' gate, d27): 爱 that O25's want-table leaves, or 喜欢, the count straight after it with goods
# after the count in its clause (mend-d26: "我孙子最爱吃 四包", "儿子爱吃三盒吧" are her order, the liking its reason).


def liked(words: str) -> bool:
    """A count she says she likes, nothing ordered beside it (d26)."""
    found = order_words.liked(words, goods_after=True)
    if not found:
        return False
    left, at = [], 0  # mend-d27: each liking set aside where it stands, not every copy of its words elsewhere
    for m in found:
        left += [words[at:m.start()], "※"]
        at = m.end()
    return not _counted_outside("".join(left) + words[at:])


def counted_for_else_c23(words: str, reading: Reading) -> bool:
    """Whether an order or a change is none of hers now by how its count is used (C23; a liking, d26)."""
    return reading.intent in (ORDER, CHANGE) and (worked_out(words) or too_late(words) or later_round(words)
                                                  or tallied(words) or recipe(words) or child_wish(words) or liked(words))


# O25: the count settled in the message's last clause, "那就 N" — after her own first count and someone's word ("鸡蛋三盒 老伴说
# 四盒 那就四盒"), a price worked out ("一袋十二，三袋三十六，那就三袋吧"), a child's wish ("儿子吵着要两个 那就两个吧"), a range
# ("两三盒吧 那就两盒"). 25 train and dev order lines of 20 files end so, every one an order of that count (and 12 sign-ups
# of their party), no chat: the decision is hers and it is the order. Not a supposition before it (要是, 如果: her order is
# still to come), not words reported (他说那就…), not more (那就再…: a change, another reader's), not asked (那就两份？).
_SETTLED_COUNT = re.compile(r"(?<![说讲话问你您他她])那就(?:还是)?(?:来|要|拿|订|整|买|留|给我)?个?(?P<n>" + NUMERAL + r"|俩|仨)"
                           r"\s?(?P<u>[" + _UNITS + r"])?(?:吧|啦|哈|嘛|呀|啊|哦)?[。.!！~～\s]*$")
# Review: 了 after the count is "that makes N" (王姐两份 李姐三份 那就五份了), a sum, no settling. A supposition before it — one
# said anywhere (要是, 的话) or just before 那就 (不够/没货 那就…: a fallback, her first count stands) — is no settling either.
_SUPPOSED_FIRST = re.compile(_IF + r"|" + intents.SUPPOSITION + r"|的话|看情况|[?？]\s*那就[^?？]*[?？]")
_FALLBACK_BEFORE = re.compile(r"(?:不够|没有|不行|没了|(?:" + _RAN_OUT + r")了?)(?:了|的话)?[，,\s]*$")  # the goods' end: one table


def settled_last(text: str) -> int | None:
    """The count "那就 N" settles at the end of a message, where a count comes before it (the settled one is never the only
    one: "那就两份" alone is every reader's); None otherwise."""
    if len(text) > intents.MAX_READ:
        return None
    last = _SETTLED_COUNT.search(text)
    if last is None or last.start() < 2 or _SUPPOSED_FIRST.search(text[:last.start()]) or _FALLBACK_BEFORE.search(text[:last.start()]) \
            or not re.search(NUMERAL + "|俩|仨", text[:last.start()]):
        return None
    if not last["u"] and last["n"] not in ("俩", "仨"):
        return None  # "那就两" with no unit: a count of what?
    return number(last["n"])


def settled(words: str, reading: Reading | None) -> Reading | None:
    """``reading`` with the count her last clause settles (``settled_last``) as her order, over what the checks read
    ("…老伴说四盒 那就四盒": 4, not the first 3; its goods the reading's). Where the checks read no order (counting chat,
    or a count vetoed as tallied or worked out: "一顿吃一个馒头 一天那就三个") it is only asked (O25 review); a change, a
    cancel or a count added stays the checks'."""
    count = settled_last(words)
    if count is None or reading is not None and (reading.intent != ORDER or reading.add or reading.sure and reading.amount == count):
        return reading
    return Reading(ORDER, count, item=reading.item if reading is not None else "", sure=reading is not None)


# c27: counts that are no order's by how the message is built — the eater full at the table, a count that says how or for
# how long something is done.
# Being full now (吃撑了, 吃饱了, 吃不下了): "不要了" beside it declines more food at the table, not an order. Only a state
# reached now — 饱/撑 after eating, 吃不下 with the 了 of a new state at the clause's end — never an inability as a
# standing reason ("牙不好吃不下", "吃不下辣的", "吃不下那么多": a cancel's reason, mend-c27), nor bare 撑 (撑着伞, 撑死 "at
# most"); not "吃不饱"/"没吃饱" (hungry), not the greeting "食饱未"; 吃不完/吃不了 (too much to finish) are left: they are a
# real cancel's or change's reason ("减一份，吃不完").
_C27_N = r"(?:" + NUMERAL + r"|\d{1,6}\.\d{1,2})"  # mend-c27: bounded digits, linear on a run of them (not C23's \d+)
_FULL_NOW = re.compile(r"(?<![没不未])(?:吃|喝|食|饮|恰)(?:得|了|到)?(?:太|好|很|都|已经)?(?:饱|撑)(?![未没吗])"
                       r"|(?<![支硬])撑了(?![\u4e00-\u9fff])|(?:吃|喝|食|饮|恰)不下了(?![\u4e00-\u9fff])")
# What a dropped order names: the act on an order, or the order, the share or a product said with it.
_AN_ORDER_DROPPED = re.compile(r"取消|退|删|撤|去掉|划掉|订|报|接龙|单|份|[这那]个|[这那](?:" + NUMERAL + r")")


def refused_full(words: str, reading: Reading) -> bool:
    """A bare "不要了" beside her being full now, no order or product named: declining at the table (c27)."""
    return reading.intent == CANCEL and not reading.item and bool(_FULL_NOW.search(words)) \
        and not _AN_ORDER_DROPPED.search(words)


# One by one: a unit said twice with one ("一个一个", "一份份") before what is done to them, or after cutting or sharing into
# them ("切成一份一份的") — how it is done, not how many; "一份一份" alone or "要一盒一盒" stays her count of one.
_DONE_ONE_BY_ONE = r"(?:问|包|装|分|切|放|摆|排|数|查|核|对|送|发|称|弄|做|煎|洗|剥|写|填|登记|打|叫|喊|都|地)"
_ONE_BY_ONE = re.compile(r"一(?P<u>[" + _UNITS + r"])一?(?P=u)(?=" + _DONE_ONE_BY_ONE + r")"
                         r"|(?:切|分|装|包|做|摆)成一(?P<v>[" + _UNITS + r"])一?(?P=v)")
# Once begun, how long it lasts ("一聊就是一整天", "一站一上午", "一打就是一晚上": 打 a verb, not a dozen): a habit's length.
_TIMES_LONG = r"(?:下午|上午|晚上|整天|天|宿|夜|早上|中午|钟头|小时|月|年|辈子)"
_ONCE_LASTS = re.compile(r"一[\u4e00-\u9fff](?:起来)?就(?:是|要)?(?:一|半|大半|几)整?个?" + _TIMES_LONG
                         + r"|一[\u4e00-\u9fff]一(?:整天|下午|上午|晚上|早上|宿|夜)")


def counted_as_manner(words: str) -> bool:
    """Every count of the message says how (one by one) or how long (once begun), nothing of hers left (c27)."""
    found = [p for p in (_ONE_BY_ONE, _ONCE_LASTS) if p.search(words)]
    if not found:
        return False
    left = words
    for pattern in found:
        left = pattern.sub("，", left)
    return not (_ORDERS_OUTSIDE.search(left) or _COUNT_CLAUSE.search(left) or _UNIT_COUNT.search(left)
                or re.search(r"[+＋➕]|\d", left))


# What goes into a dish, told (c27; C23's ``recipe`` reads a step's length and a seasoning's measure): kitchen measures
# (a clove, a drop, a spoon, a slice), water counted as a share of a mix ("米粉三份水两份", "蜂蜜一份水四份"), a dish named by
# how it is cooked with its own foods counted, or a kitchen measure beside a cooking step ("炸到金黄", "放三个辣椒"). No
# word of ordering anywhere: "葱一把 给我留两份" orders; a cut asked for ("排骨两斤切块") and "煮到" (how she will cook what
# she orders) are no steps here.
_KITCHEN = re.compile(_C27_N + r"\s?(?:瓣|滴|小勺|勺|汤匙|茶匙)|(?:姜|蒜)" + _C27_N + r"\s?片")
# Water as a share: by 份 (warm or boiled too), or plain water by the bowl, cup or spoon (mend-c27: "温水一杯" beside a
# drink ordered is a drink served, goods).
_MIX_WATER = re.compile(r"(?<![泉净用打汽子檬果装物露香花蜜奶])(?:清|凉|温|开|热)?水\s?" + _C27_N + r"\s?份"
                        r"|(?<![泉净用打汽子檬果装物露香花蜜奶清凉温开热冰])水\s?" + _C27_N + r"\s?(?:碗|杯|勺)"
                        r"|" + _C27_N + r"\s?(?:份(?:清|凉|温|开|热)?|碗|杯|勺)水(?![\u4e00-\u9fff]{0,2}[" + _UNITS + r"])")
_FOOD_WORD = r"(?:(?![一二两三四五六七八九十俩仨几半来要订])[\u4e00-\u9fff])"
_DISH_COOKED = re.compile(r"(?:^|[，,。\s])(?P<a>" + _FOOD_WORD + r"{1,4})(?:炒|炖|煮|蒸|炸|煎|拌|焖|烩|煨|焗)(?P<b>" + _FOOD_WORD
                          + r"{1,4})(?=[，,。\s：:])")
_COOK_STEP = re.compile(r"[炸煎炒]到|放" + _C27_N + r"?\s?(?:个|勺|把|片|瓣)?"
                        r"(?:一眼眼|一点点?|点|些)?(?:糖|盐|醋|辣椒|葱|姜|蒜|油)")
_ANY_COUNT = re.compile(_C27_N + r"\s?[" + _UNITS + r"]")
_MEASURED = re.compile(_C27_N + r"\s?(?:把|根|碗|杯|片)|放" + _C27_N + r"\s?个")
_PART_COUNT = _C27_N + r"\s?(?:[" + _UNITS + r"]|把|根|碗|杯|片)"
_DISH_COUNTED = re.compile(r"[，,\s]*" + _C27_N + r"\s?[" + _UNITS + r"](?![\u4e00-\u9fff])")  # "…炒蛋 两份": the dish's count


def cooked_with(words: str) -> bool:
    """A dish's ingredients or a mix's shares told, no word of ordering: no order (c27)."""
    if _ORDERS_OUTSIDE.search(words) or _SELF.search(words) or not _ANY_COUNT.search(words):
        return False
    kitchen = len(_KITCHEN.findall(words))
    measured = kitchen or _MEASURED.search(words)
    return kitchen >= 2 or _dish_parts(words, kitchen > 0) or bool(_COOK_STEP.search(words) and measured) \
        or bool(_MIX_WATER.search(words)) and len(_ANY_COUNT.findall(_MIX_WATER.sub("，", words))) >= 1


def _dish_parts(words: str, kitchen: bool) -> bool:
    """A dish named by how it is cooked, then one of its own foods counted beside another count or a kitchen measure
    ("韭菜炒鸡蛋，韭菜一把，鸡蛋三个"): what goes in it. The dish counted ("蛋炒饭 两份", then "米饭两碗" beside it) is
    ordered, and one food counted alone ("明天煮馄饨，馄饨两袋") is an order of that food (mend-c27)."""
    dish = _DISH_COOKED.search(words)
    if dish is None:
        return False
    rest = words[dish.end():]
    if _DISH_COUNTED.match(rest):
        return False  # the dish itself counted: an order of it
    side = any(re.search(re.escape(food) + r"[\u4e00-\u9fff]{0,2}?" + _PART_COUNT, rest) for food in (dish["a"], dish["b"]))
    return side and (kitchen or len(re.findall(_PART_COUNT, rest)) >= 2)


# A vote: "加一" straight after a word of agreeing ("我也赞同加一"): she seconds what was said, orders nothing — unless a
# count or an order of hers is left beside it ("同意，加一份"). The "+1" spelling of the same vote (some forty train and dev
# files) is already quiet before the checks; mend-c27: only 加一 here, and any unit after it (``_UNITS``) an order added
# ("同意加一桶"). Not ``signups._AGREEING``: it holds wanting (想要, 求, 蹲) and 收到/好的, before which 加一 orders.
_VOTED = re.compile(r"(?:同意|赞同|赞成|支持|附议|点赞|说得对|说的对|有道理)[了的啊呀哈]?[，,\s]?再?加\s?(?:1|一)(?![\d" + _UNITS + r"])")  # 加一 is read 再加1


def voted(words: str) -> bool:
    """A "加一" seconding what was said, nothing ordered beside it (c27)."""
    if not _VOTED.search(words):
        return False
    left = _VOTED.sub("，", words)
    return not (_ORDERS_OUTSIDE.search(left) or _UNIT_COUNT.search(left) or re.search(r"[+＋➕]|加一|加\d|\d", left))
