"""O24: her order said inside a story that no reader settles — asked, never silent.

Members type their order in the middle of what they are telling: where they have been, what they bought elsewhere, who
will eat it, who comes for it ("刚从菜市场回来买了二斤羊肉…看见你们这汤圆挺好给我来上两袋冬至吃", "今儿早上遛弯碰见老李，他说…，给俺来
四斤，明儿个让老伴儿去取"). The order readers refuse such a message when anything around the order counts, tells the past or
speaks of someone else (rightly: they act without a word). Yet the order is plain in her own act: 给我来 / 帮我留 / 我要 and a
count of a unit goods come in. A careful manager would not stay silent: she asks "您是要订 N 份…吗". So this reader, tried
only where every other reader read nothing, reads her act and its count and returns an order *asked* (``sure`` False),
never acted on by itself.

Not when the message is another kind of talk: a supposition or another time (要是便宜点我就要两份了, 下次我要五斤), a joke
(我要一份男朋友, 开玩笑), words reported or quoted (孙女说我要两个, 「刘姐：我要两份」), family asked for an errand (妈，给我
留两份饺子), a count of time or people (我要两个小时), more ("我还要两份": a change, another reader's), or two acts with
different counts (a correction: which one stands is asked by its own reader).
"""
from __future__ import annotations

import re

from bot.language import intents
from bot.language.goods import GOODS
from bot.language.numbers import NUMERAL, UNITS, number
from bot.language.wrapping import BREAK, plain, squeeze, unquote

# Her own act right before the count: asking the shop for it (给我来上, 帮俺留, 替我订) or saying she takes it (我要, 俺就订,
# 我也来). Not 还/再 (more: a change), not 想 (a wish), not after 说/讲/喊/问 (someone's words reported: "孙女说我要两个").
_ACT = (r"(?<![说讲喊问叫])(?:(?:给|帮|替)(?:我|俺|咱)(?:家)?(?:也|先|就|都)?(?:来上?|留|订|定|拿|整|要|称|捎|记|搞|装)(?:上|个|着)?"
        r"|(?<![他她它你您妈爸送借])给(?:我|俺)(?:也|先|就)?(?=" + NUMERAL + r")"  # "那个饺子给我一袋就够了": give me, said bare
        r"|(?:我|俺)(?:家)?(?:也|就|先|都|只|就只|还是)?(?:要|订|定|来|留|整)(?:上)?)")
# The count and a unit goods come in; not a span of time, an age or people ("两个小时", "三个人").
_COUNTED = re.compile(_ACT + r"(?P<k>" + NUMERAL + r")(?P<unit>[" + UNITS + r"])(?!\s*(?:小时|钟|点|天|月|年|岁|人|礼拜|星期|多?小时))"
                      r"|" + _ACT + r"(?P<pair>俩|仨)(?![人个])")
# Talk that is no order of hers now: a supposition (``intents.SUPPOSITION``) or the next round (下次, 下一批; not 明年, 将来,
# 下辈子: "明年还团", "下辈子都吃它了" praise the goods she orders now, D25 review; nor 下一次: "…下一次还找你" — so not the
# shared ``intents.NEXT_ROUND``, d27 tried it and D25's test refused it), a joke, hesitation, the post opening
# the group-buy. Not ``intents.CONDITION`` whole: its 看看, 再说, 大概, 过两天 stand beside a story's order ("过两天去拿",
# "好吃再说", "大概六点半"); any 的话 is one here ("有的话给我留两袋" is asked by its own reader).
_NOT_NOW = re.compile(intents.SUPPOSITION + r"|的话|下次|下回|下一批|以后|等[^，,。\s]{1,8}?(?:了|后|完)|开玩笑|说着玩|哈哈|逗你|谁|"
                      r"有需要|开团|库存|[?？]|吗|" + intents.UNDECIDED.pattern)  # 开团, 库存: the staff's post (O16 keeps it)
# Her coming asked about, not told ("我那个快递三箱啥时候能来拿啊"): when, not whether ("能不能给我留两盒…去拿" asks politely).
_ASKED_WHEN = re.compile(r"(?:啥|什么|哪个?)时候|几[点号]|哪天")
# Family asked for an errand at home, not the shop (妈，给我留两份饺子; 老公下班帮我带两瓶酱油回来).
_FAMILY_ASKED = re.compile(r"^(?:妈妈?|爸爸?|老公|老婆|儿子|女儿|闺女|媳妇儿?|宝贝|亲爱的)(?:[，,\s你]|(?=给|帮))|(?:带|捎)[^，,。\s]{0,8}回来")
# Members comparing counts among themselves ("他要两份，我要一份，你呢", "你要两份我就要一份"): another's count beside hers.
_AMONG_MEMBERS = re.compile(r"[你他她](?:们|家)?(?:也|就|都)?要(?:" + NUMERAL + r")|你呢")


def among_members(text: str) -> bool:
    """Whether members compare their counts or ask one another's ("她要三袋，我要一袋，你呢"): no order to ask about (N27)."""
    return bool(_AMONG_MEMBERS.search(plain(unquote(text))))


# Her own coming for it, still to come: "我明天下班顺路来拿", "让我老伴去取", "明早来拿", "我自提" — nobody tells the shop when she
# will collect goods she has not ordered. Not done (拿了, 取过), not someone else's coming (她说下午来取, 接龙的下午来取, 谁要来拿).
_COMES_FOR_IT = re.compile(r"(?<![她他您你的谁要下上])(?:(?:来|去|过来|过去)(?:拿|取)|自提)(?![了过到])|让(?:我|俺)?[^，,。\s]{1,4}?(?:去|来)(?:拿|取)(?![了过到])")
# Words of the staff or of another's order: 您 (the staff to a member), 已 (done), 谁/有需要 (an offer), a notice.
_NOT_HERS = re.compile(r"您|已|通知|统计|【|各位|大家|起送|统一|接龙的|接了龙|还剩|到了|订了|买了|报了|[她他](?:说|订|买|要)|你那|你的")
# A count pointed at by a day gone or an act done ("晚上我去取一下昨天的两袋米", "是我去拿的两袋"): goods she has, no order. Not a
# kind ("芝麻的两袋"); read before the words are squeezed ("上班摸鱼看到的 一份 下班去拿": 的 ends her sentence).
_POINTED = re.compile(r"(?:" + intents.PAST.pattern + r"|前天|上回|刚才|[拿取买订要])的(?P<k>" + NUMERAL + r")[份盒箱袋斤瓶包提罐桶只条本板支串听盆棵]")
# Her counts in a list: a pack unit after a number (两份, 一斤, 三袋), nothing that counts time or people.
_PACKED = re.compile(r"(?<![那这])(?P<k>" + NUMERAL + r")(?:[份盒箱袋斤瓶包提罐桶只条本板支串听盆棵])(?![人个天点年岁钟])")


def asked_in_story(text: str, item_name: str | None = None) -> intents.Reading | None:
    """Her order read from her own act inside a story no reader settled, or from her coming to collect it: an order asked
    (``sure`` False), or None. ``item_name``, the open product: only its counts are summed and its name is the goods read
    when the message names it (None: any goods, all her counts)."""
    words = plain(unquote(text))
    if len(words) > intents.MAX_READ or intents.SPEAKER.match(words) or re.search(r"[「」“”\"]", words) \
            or _NOT_NOW.search(words) or _FAMILY_ASKED.search(words) or intents.OFFER.search(words) \
            or _AMONG_MEMBERS.search(words):
        return None
    spoken = squeeze(words)
    acts = list(_COUNTED.finditer(spoken))
    if not acts:
        return None if _POINTED.search(words) else _collected(spoken, item_name)  # "…昨天的两袋米": goods she has
    amounts = {number(m["k"]) if m["k"] else number(m["pair"]) for m in acts}
    if len(amounts) != 1 or None in amounts:
        return None  # "帮我记两袋，…那就一袋": a count put right, which stands is not this reader's to say
    clause = next((c for c in map(squeeze, re.split(BREAK.pattern + r"|\s+", words)) if _COUNTED.search(c)), spoken)
    act = _COUNTED.search(clause)
    if intents.names_no_product(clause) or _names_a_thing(act, clause[act.end():]):
        return None  # "给我来一份好心情", "我要两个大红包", "给我留两个座位": no goods of the store
    if _DESCRIBES.match(clause, act.end()):
        return None  # "我给我来上两斤的事忘了", "给我来上两斤的那个大姐又来了": her act tells of a thing or a person, no order
    goods = _goods_after(clause, act.end())  # "给我留一袋大米…"; one character is no sure name ("两斤包馄饨": 包 a verb)
    if len(goods) < 2:
        goods = _named(clause[:act.start()], item_name) or goods
    said = act.group(0)[-len(act["k"] or act["pair"]) - (1 if act["unit"] else 0):]  # "两斤", "俩"
    counts = [(amounts.pop(), goods)]
    rest = clause[act.end():]
    listed = [m for m in _LISTED.finditer(rest) if m.group(0) != said]  # "两斤两斤就够了": said again
    if listed and not _EACH.search(clause) and intents.SHARED.search(clause) is None:
        counts += [(number(m["k"]), _goods_after(rest, m.end()) or goods) for m in listed]  # "给我留一袋大米两板鸡蛋"
    return _asked(counts, clause, item_name)


# More goods listed after hers in her clause ("给我留一袋大米两板鸡蛋", "两包螺蛳粉加一罐酸笋"); not her count said again (就一份).
_LISTED = re.compile(r"(?<![就只是共总])" + _PACKED.pattern)
# Shares of the count before ("…我要四袋给我孙子孙女他们各两袋"; 一人/每人 and a count: ``intents.SHARED``): no more goods.
_EACH = re.compile(r"各|每家|一家|他们|她们")  # its own words, not ``people.PER_HEAD`` (D25 review)
# Her act and count telling of a thing or a person ("…给我来上两斤的事忘了", "…给我来上两斤的那个大姐又来了"): 的 after the count,
# a noun, then the sentence's own predicate (又, 也, 没, 忘, 了…). Not a kind or a particle after 的 ("两斤的就行", "两斤的肥点的").
_DESCRIBES = re.compile(r"的(?![就吧啊哈呀哦嘛了呢啦])[\u4e00-\u9fff]{1,6}?(?:又|也|都|还|没|不|是|忘|了|呢|怎么|咋)")
# Words after her count, in a unit no pack is sold in (个, 只), that the shared tables say are no goods: a thing no store
# sells (红包, 快递, a seat: ``intents.is_item``) or an event's place (名额, 课: ``intents.EVENT``) — "我要两个大红包", "给我留两个座位";
# a noun alone, no particle or verb (``intents.SAYS_MORE``: "给我俩就行", "留两个甜的", "我要五个不是三个" are hers).
# After a pack unit (份, 袋) ``intents.names_no_product`` reads them; a noun the goods list lacks may still be goods (火烧, 裹蒸).
_THING = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _names_a_thing(act: re.Match, after: str) -> bool:
    post = re.split(BREAK.pattern + r"|\s+", after, maxsplit=1)[0]
    return not (act["unit"] and act["unit"] in intents.PACKS) and bool(_THING.fullmatch(post)) and not GOODS.search(post) \
        and not intents.SAYS_MORE.search(post) and (not intents.is_item(post) or bool(intents.EVENT.search(post)))


def _goods_after(words: str, at: int) -> str:
    """The goods named right after a count at ``at`` ("一袋大米"), not a kind of them ("一袋芝麻的": the kind, the goods before)."""
    goods = GOODS.match(words, at)
    return goods.group(0) if goods and not words.startswith("的", goods.end()) else ""


def _named(words: str, item_name: str | None) -> str:
    """The goods named before a count: the open product where ``words`` name it ("…你家的冻梨甜得很给我整两袋": 冻梨, which the
    goods list knows only as 梨; "…小米熬粥好我要四袋": 小米, not 粥), else the goods named last."""
    if item_name is not None and len(words) >= 2 and intents.names_item(words, item_name):
        return item_name
    return _last_goods(words)


def _last_goods(words: str) -> str:
    """The goods named last in ``words``, the nearest before her act ("…刷到群里的腊肠看着不错给我来上两斤": 腊肠, not 刷)."""
    found = [m.group(0) for m in GOODS.finditer(words)]
    return found[-1] if found else ""


def _collected(words: str, item_name: str | None) -> intents.Reading | None:
    """Her counts beside her coming to collect them ("小米两份大枣一份我明天下班顺路来拿", "手把肉两份让我老伴去取"): the sum of
    her pack counts — or the first, where the rest make it up ("两盒，一盒自己家，一盒送我婆婆") — asked; none where the words
    are the staff's, another's or an offer, or where the coming is asked about (我那个…三箱啥时候能来拿啊: ``_ASKED_WHEN``). A
    count pointed at ("昨天的两袋米": ``_POINTED``; "我那两袋": ``_PACKED``) is none."""
    if not _COMES_FOR_IT.search(words) or _NOT_HERS.search(words) or _ASKED_WHEN.search(words):
        return None
    found = list({m.group(0): m for m in reversed(list(_PACKED.finditer(words)))}.values())[::-1]  # a count said again once
    counts = [number(m["k"]) for m in found]
    if not counts or None in counts:
        return None
    first = re.split(BREAK.pattern, words[:found[0].end()])[-1]
    if len(counts) > 2 and counts[0] == sum(counts[1:]) and not intents.someones_share(first):
        return _asked([(counts[0], _last_goods(words[:found[0].start()]))], words, item_name)  # the rest make it up
    ends = [0] + [m.end() for m in found]
    named_first = bool(_last_goods(words[:found[0].start()]))  # "大米一袋鸡蛋两板…" or "一袋大米两板鸡蛋…"
    goods = [_named(words[ends[at]:m.start()], item_name) if named_first else _goods_after(words, m.end()) for at, m in enumerate(found)]
    return _asked(list(zip(counts, goods)), words, item_name)  # "我两袋，老王一袋，春花一袋": shares, summed


def _asked(counts: list[tuple[int, str]], words: str, item_name: str | None) -> intents.Reading | None:
    """Her counts, each with the goods it is of ("" where none is named): with a product open, the counts of it where the
    message names it ("大米一袋鸡蛋两板…" with 大米 open: 1), else all, the goods nearest her act read as the product."""
    if item_name is not None:
        hers = [(k, g) for k, g in counts if g and intents.names_item(g, item_name)]
        if not hers and intents.names_item("".join(g for _, g in counts), item_name):
            hers = counts  # no goods named beside her counts: all of them, of the open product
        counts = hers or counts[:1]
    amount = sum(k for k, _ in counts)
    if not 0 < amount <= intents.MAX_AMOUNT:
        return None
    goods = next((g for _, g in counts if g), "") or _last_goods(words)
    return intents.Reading(intents.ORDER, amount, sure=False, item=goods)


# Shares listed, and the total they make said beside them ("俺一份，俺老头儿一份，两份", "一共6袋：我4袋，隔壁2袋", "我三份 我闺女
# 两份 共五份"): two statements of one count that agree. Each share is whose it is (a person, a home, a name, a kind) and its
# count, nothing more said (再, 也, 还, 加, 说: more, or someone's words); the total a clause of its own, first or last.
_SHARE = re.compile(r"(?P<who>[\u4e00-\u9fff]{1,6}?)(?P<k>" + NUMERAL + r")(?P<unit>[" + UNITS + r"])")
# The total's words are this reader's own (D25 review: not ``numbers.SUMMED``'s 共计, 拢总, 凑).
_TOTAL = re.compile(r"(?:一共|总共|共|合计|总计|加起来|拢共)?(?:要|是|就)?(?P<k>" + NUMERAL + r")(?P<unit>[" + UNITS + r"])(?:吧|啊|哈|哦|啰|嘛)?")
_NOT_A_SHARE = re.compile(r"[再也还加说各每]|一人|不|没|了|过|" + intents.TALLY.pattern)


def total_of_shares(text: str) -> intents.Reading | None:
    """The total said beside the shares that make it up: an order of the total — sure where one share is hers (我/俺),
    asked where all are others' (she may be passing on a count, or tallying); None unless the sum is exactly the total."""
    words = plain(unquote(text))
    if len(words) > intents.MAX_READ:
        return None
    pieces = [squeeze(p) for p in re.split(BREAK.pattern + r"|\s+", words) if squeeze(p)]
    if not 3 <= len(pieces) <= 6 or _NOT_NOW.search(words) or _NOT_HERS.search(words) or intents.TALLY.search(words):
        return None
    for total_at in (0, len(pieces) - 1):
        total = _TOTAL.fullmatch(pieces[total_at])
        shares = [_SHARE.fullmatch(p) for at, p in enumerate(pieces) if at != total_at]
        if total is None or not all(shares) or any(_NOT_A_SHARE.search(p) for p in pieces):
            continue
        counts = [number(m["k"]) for m in shares]
        amount = number(total["k"])
        if None in counts or amount is None or sum(counts) != amount or not 0 < amount <= intents.MAX_AMOUNT:
            return None
        hers = any(re.fullmatch(r"(?:我|俺|咱)们?(?:家|自己|屋里)?|自己", m["who"]) for m in shares)
        packed = all(m["unit"] in intents.PACKS for m in [*shares, total])  # "我一碗，我老公两碗，三碗": bowls, cups or 个
        # are what people eat or drink or any thing: maybe her order, maybe a family's talk: asked
        return intents.Reading(intents.ORDER, amount, sure=hers and packed)
    return None
