"""What a member asks of her own records in her own words (D32): "我积分多少了", "我订了几份来着？", "我报了啥活动",
"我的券有没有", "我是不是签过到了今天"; and whether she joins an open draw ("我也要抽奖").

``asks_own`` names the record she asks about (``POINTS``, ``ORDERS``, ``SIGNUPS``, ``SIGNINS``, ``COUPONS``) or
None. It reads questions about *her* records only: another person's ("她订了几份"), the store's rules for points
("积分能换什么", "签到一次多少积分", "抽奖要多少积分"), an order said ("我订了两份") or a question about getting
the goods ("我订的几份到了吗") are not hers to look up. Every pattern is a bounded gap or a plain alternation: linear.
"""
from __future__ import annotations

import re

from bot.language.regional import how_many_asked
from bot.pinyin import sounds
from bot.text import normalize, said

POINTS, ORDERS, SIGNUPS, SIGNINS, COUPONS = "points", "orders", "signups", "signins", "coupons"
PRIZES = "prizes"  # (s33) the prizes promised her (a draw won, a staff member's /奖品)

_SELF = r"(?:我|俺|咱|本人|自己)"
# Someone else's records, or the group's: not hers to look up.
_OTHER = re.compile(r"[她他]|你(?!好)|别人|大家|谁|老公|老婆|孩子|宝宝|女儿|儿子|(?<!宝)妈|爸|婆婆|老人")
# Asking after a record: how many, where, what; a check (查, 看看); "…呢".
_ASKING = re.compile(r"多少|几|呢|查|看看|看下|看一下|剩|咋|怎么|怎样|哪里|哪儿|在哪|啥|什么|来着|忘了|忘记")
_POINTS_WORD = re.compile(r"积分|积份|鸡分|(?<=[有剩攒])多少分(?![钟期])")  # (p34) "我有多少分了"
# Points: what the store's rules say (earning, spending, expiry, boards, a rate or a price), not her balance.
_POINTS_RULES = re.compile(
    r"(?:怎么|咋|如何|怎样)(?:用|使用|换|兑|算|获得|赚|得|攒|拿|来|加|涨|积累|弄|领)|能(?:换|兑|干|用|做|抵|领|得)|"
    r"可以(?:换|兑|干|用|做|抵|领|得)|换(?:什么|啥|东西|礼|点)|兑换|有(?:什么|啥)用|干(?:嘛|啥|什么)|规则|清零|过期|"
    r"排行|排第|排名|第几名|榜|抽奖|(?:要|需要|得|给|送|加|奖|扣|花|值|抵)(?:多少|几)|一次|每次|每天|一天|一题|签到[有送给]|"
    r"有积分|积分吗|多少钱|几块")
# (s33) 捆 (scallions), 把, 顶 (hats), 颗, 棵, 头, 串, 扎, 听, 板, 副, 对: the units goods are counted in as often as 袋.
_GOODS_UNIT = r"[份本条个盒袋斤箱件瓶包提罐桶双套支只块张样捆把顶颗棵头串扎听板副对]"
_PUNCT = "，,。.！!？?～~ \t\n"
_ORDERED = re.compile(_SELF + r"[^，,。！!？?\n]{0,6}?(?:订|定|要|买|拍|接|抢|下单)(?:了|的)[^，,。！!？?\n]{0,8}?"
                      r"(?:几" + _GOODS_UNIT + "|多少" + _GOODS_UNIT + "?)")  # (h34) "我订了多少来着": the unit left out
_ORDERED_WHAT = re.compile(_SELF + r"(?:都|之前|刚才|刚刚|昨天)?(?:订|定|买|要|接龙)(?:了|的)(?:些|的)?(?:是)?(?:啥|什么|哪些|哪几样)")
# (s33) Whether her order went through: "我卫衣下单成功没", "我订上了吗", "我那份接龙成功了没有".
_ORDERED_YET = re.compile(_SELF + r"[^，,。！!？?\n]{0,6}?(?:下单|订|定|接龙|团|抢)(?:成功|上|到|好)(?:了)?(?:吗|没|没有|嘛|不|了没)")
# (d34) Her order asked to be shown: "我的订单 发群里嘛", "把我的订单发一下", "帮我查下订单", "发下我的单子看看".
_SHOW = r"(?:发|贴|晒|列|念|报|给我看|让我看|看看|看下|看一下|查|查查|查下|查一下)"
_SHOW_ORDER = re.compile(_SELF + r"的?(?:订单|单子)[^，,。！!？?\n]{0,3}?" + _SHOW + r"|" + _SHOW + r"(?:一下|下)?" + _SELF
                         + r"的?(?:订单|单子)(?:$|看|吧|呗|呀|啊|嘛|哈|呢|给我|发|在)|(?:帮|给)" + _SELF + _SHOW
                         + r"(?:一下|下)?(?:订单|单子)(?:$|吧|呗|呀|啊|嘛|哈|呢)")
_MY_ORDER = re.compile(_SELF + r"的(?:订单|单子|单)(?:呢|是|有|还|在|现在|几|多少|啥|什么)")
# A question about getting the goods (when, where), asked beside her order: the catalogue's, not her list.
_GETTING = re.compile(r"到了|到没|到货|能拿|能取|去拿|来拿|取货|提货|自提|几点|几号|什么时候|啥时候|哪天|在哪|哪里|发货|送货")
# (s33) "我有积分没", "我现在有没有积分": whether she has any (not "签到有积分吗", the store's rule).
_HAS_POINTS = re.compile(_SELF + r"(?:现在|目前|还|这边|那边|在那边|在这边)?(?:有没有|有)(?:积分|积份)(?:了)?(?:没|吗|没有|嘛|么|不)?$")
# (s33) The prizes promised her: "我的奖品呢", "我中的奖品什么时候给", "俺的奖到了没".
_PRIZE = re.compile(_SELF + r"(?:的|中的|抽中的|赢的|得的)(?:奖品|奖)(?:呢|吗|在哪|到了|到没|发了|啥时候|什么时候|怎么还没|还没|有没有|领|是)|"
                    r"^(?:我的)?奖品(?:呢|什么时候发|啥时候发|在哪领|怎么领)")
# (s33) Someone else's points: a person called before the points word ("芳姐有多少积分啊", "王阿姨积分多少"): not shown.
_PERSON = re.compile(r"[她他]|你(?!好|们)|别人|人家|[\u4e00-\u9fff](?:姐|哥|妹|姨|嫂|婶|叔)|阿姨|奶奶|爷爷|大爷|大妈|老师|宝妈|老公|老婆")
_SIGNED_UP = re.compile(_SELF + r"[^，,。！!？?\n]{0,4}?报(?:了|的|上了|上的|名了|名的)[^，,。！!？?\n]{0,6}?"
                        r"(?:啥|什么|哪个|哪些|哪场|几个|几位|几人|多少人|几)")
_SIGNED_UP_YET = re.compile(_SELF + r"[^，,。！!？?\n]{0,4}?报(?:上|名)?(?:了|上)(?:吗|没|没有|嘛|不)")
# (m34) The event named between (``我报名那个绘本会了吗``, ``俺报上周六的亲子课了没``): bounded, a question at the end.
_SIGNED_UP_FOR = re.compile(_SELF + r"(?:已经|有没有|有)?报(?:名|上)(?:了)?[^，,。！!？?\n]{1,10}?(?:了|上了|成功了)"
                            r"(?:吗|没|没有|嘛|不|么)[啊呀？?～~]*$")
_SIGNED_IN = re.compile(_SELF + r"[^，,。！!？?\n]{0,6}?(?:签|打)(?:(?:过|了|上)(?:到|卡)?|到|卡)(?:了|过)?[^，,。！!？?\n]{0,4}?"
                        r"(?:吗|没|没有|嘛|不|了没)|" + _SELF + r"[^，,。！!？?\n]{0,3}?是不是(?:已经)?(?:签|打)(?:过|了)?(?:到|卡)")
_COUPON = re.compile(_SELF + r"[^，,。！!？?\n]{0,3}?(?:优惠券|代金券|满减券|券|卷)[^，,。！!？?\n]{0,4}?"
                     r"(?:有没有|还有|呢|吗|嘛|多少|几张|哪些|啥|什么|查)|" + _SELF + r"(?:有没有|有)(?:优惠券|券|卷)|"
                     r"^(?:那个|我那|优惠)?(?:券码|券号)(?:是|在)?(?:多少|啥|什么|哪)")  # (y34) "券码是好多 我找不到": hers
_COUPON_USE = re.compile(r"怎么|咋|如何|能不能|可以|能用|用不了|送你|给你|给她|给他|过期")


def asks_own(text: str) -> str | None:
    """The record she asks about, or None (``bot.handlers.mine``, ``points``, ``coupons`` and the private chat)."""
    if len(text) > 120:  # a story, not a look-up
        return None
    raw = text.strip()
    words = how_many_asked(raw)  # (y34) "我积分好多了": Cantonese 好多, how many
    if not words or _OTHER.search(words):
        return None
    if (words_at := _POINTS_WORD.search(words)) and _ASKING.search(words) and not _POINTS_RULES.search(words):
        return POINTS if not _PERSON.search(_after_self(words[:words_at.start()])) else None
    if _HAS_POINTS.search(words):
        return POINTS
    if _PRIZE.search(words):
        return PRIZES
    if (found := _ORDERED.search(raw)) and not _GETTING.search(raw[found.end():]) and _asks_after(raw[found.end():]):
        return ORDERS
    if _ORDERED_WHAT.search(words) or _SHOW_ORDER.search(words) or (_MY_ORDER.search(words) or _ORDERED_YET.search(words)) and not _GETTING.search(words):
        return ORDERS
    if (_SIGNED_UP.search(raw) or _SIGNED_UP_YET.search(words) or _SIGNED_UP_FOR.search(words)) and not _GETTING.search(words):
        return SIGNUPS
    if _COUPON.search(words) and not _COUPON_USE.search(words):
        return COUPONS
    if _SIGNED_IN.search(words) and "今天" in words or _SIGNED_IN.search(words) and len(words) <= 12:
        return SIGNINS
    return None


def _after_self(before: str) -> str:
    """(y34) What follows her "我" before the points word: a name said first calls someone ("梅姐我现在多少积分")."""
    found = None
    for found in re.finditer(_SELF, before):
        pass
    return before if found is None else before[found.end():]


def asks_others_points(text: str) -> bool:
    """(s33) Another member's points asked ("芳姐有多少积分啊", "她现在多少积分了"): never answered with the asker's."""
    if len(text) > 60:
        return False
    words = how_many_asked(text)
    found = _POINTS_WORD.search(words)
    if found is None or not _ASKING.search(words) or _POINTS_RULES.search(words):
        return False
    before = words[:found.start()]
    return not re.search(_SELF, before) and _PERSON.search(before) is not None


# (h34) "我订了几份啊现在 记不住了": when she asks (现在, 目前, 一共) and what she forgot, in her words, after the count too
_AFTER = re.compile(r"(?:[啊呀吗嘛呢啦哈了来着我的是…" + re.escape(_PUNCT) + r"]|忘记|忘|搞忘|记不清|记不得|记不住|不记得|想不起来?|"
                    r"现在|目前|一共|总共|到底|又)*")


def _asks_after(tail: str) -> bool:
    """After "几份": particles, "来着", "我忘了" only ("我订了几份来着？"), never a statement ("…给我妈")."""
    return _AFTER.fullmatch(tail) is not None or (_NAMED_TAIL.fullmatch(tail.strip()) is not None
                                                  and not _GIVEN.search(tail))


# (s33) The goods named after the count, then a particle: "我订了几袋汤圆了", "我要了几捆大葱来着".
_NAMED_TAIL = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:了|啊|呀|呢|来着)[啊呀吗嘛呢啦哈了？?～~。]*")
_GIVEN = re.compile(r"[给送帮替拿取到]")


# --- a draw's entry -------------------------------------------------------------------------------------------------

_ADVERBS = re.compile(r"[也都还就再]")
_NOT = re.compile(r"不|没|别|算了|莫")
_DRAW_QUESTION = re.compile(r"吗|么|\?|？|怎么|咋|什么时候|啥时候|几点|多少|开奖|中了|中奖|抽中|谁|结果")
_JOIN_DRAW = re.compile(_SELF + r"[^，,。！!？?\n]{0,2}?(?:要|想|来|参加|参与|报名|报个名)(?:参加|参与|报名)?(?:一下|一个)?抽奖|"
                        r"抽奖(?:算我一个|算我|我参加|我要|我来|报名|加一|\+1)")


def enters_draw(text: str, word: str) -> bool:
    """Her message joins the open draw: its entry word said with "也/都/还" ("我也要抽奖 保温杯好" for 我要抽奖), or a wish
    to take part ("我参加抽奖", "抽奖算我一个"); never a question about it ("我要抽奖吗", "几点开奖") nor a refusal."""
    if len(text) > 60:
        return False
    raw = text.strip()
    words = normalize(raw)
    if not words or _DRAW_QUESTION.search(raw):
        return False
    entry = _ADVERBS.sub("", normalize(word))
    loose = _ADVERBS.sub("", words)
    if entry and entry in loose and not _NOT.search(loose[:loose.index(entry)]):
        return True
    found = _JOIN_DRAW.search(words)
    return found is not None and not _NOT.search(words[:found.end()])


# (u34) The prize asked for, in either order: "我要保温杯", "我也想要保温杯", "保温杯我要了", "保温杯算我一个", "保温杯给我来一个".
# The wish is hers (我/俺 with 要/想要/来/参加); a question ("保温杯我要吗", "怎么参加") or a refusal is not one.
_WISH = _SELF + r"(?:也|都|还|就)?(?:想要|要|想抽|抽|来|参加|报名)(?:一个|一份|个)?"
# (p34) Her wish's own last words: a particle ("算我一个哦"); after a stop, her reason may follow ("我要电饭煲 家里那个坏了",
# "足浴盆我也要一个 阿拉老太婆脚冷"): the wish is then its first clause, the rest neither a question nor a refusal.
_ENDINGS = "啊呀啦哈哦喔噢嘛吧咯嘞哟～~!！。"
_WISH_AFTER = r"(?:" + _WISH + r"|算我一个|算我|给我(?:来|留)?(?:一个|个)?|我来)了?[" + _ENDINGS + r"]*$"
_STOP = re.compile(r"[\s，,。！!；;～~]+")


def wants_prize(text: str, prize: str) -> bool:
    """Her wish for the open draw's ``prize``, said before or after it (word order does not matter), her reason after it
    or not."""
    if len(text) > 60 or not prize or _DRAW_QUESTION.search(text):
        return False
    if _wish_for(text, prize):
        return True
    first, *rest = _STOP.split(text.strip(), maxsplit=1)
    return bool(rest) and not _NOT.search(rest[0]) and _wish_for(first, prize)


def _wish_for(text: str, prize: str) -> bool:
    words, goods = normalize(text.strip()), normalize(prize)
    if len(goods) < 2 or goods not in words:
        return False
    at = words.index(goods)
    before, after = words[:at], words[at + len(goods):]
    if _NOT.search(before + after):
        return False
    wish_first = re.fullmatch(r"(?:[啊呀那]|抽奖)*" + _WISH + r"(?:抽奖的?|那个|这个)?", before) is not None and not after.strip(_ENDINGS)
    return wish_first or (not before and re.fullmatch(_WISH_AFTER, after) is not None)


# (g33) The entry word mistyped. Said with a character that sounds the same ("我要电饭宝" for 我要电饭煲; spaces and
# punctuation are nothing already) it is the word: it enters. One character other, more or fewer ("我要电饭锅", "我要电饭")
# of a word of ``NEAR_MIN`` characters or more is close but may mean something else: she is told the word once, never
# entered. A question or a 不/没 the word does not hold is neither ("我不要电饭煲").
NEAR_MIN = 5  # 我要电饭煲; not 我要抽奖, where one character other is another wish (我要抽烟)


def enters_by_sound(text: str, word: str) -> bool:
    """The entry word written with homophones: the same sounds, character for character."""
    typed, entry = said(text), normalize(word)
    return len(entry) >= 2 and len(typed) == len(entry) and typed != entry and sounds(typed) == sounds(entry)


def slips_from_entry(text: str, word: str) -> bool:
    """One character other, more or fewer than an entry word of ``NEAR_MIN`` characters or more, with no question and
    no negation of its own: the word is worth telling her."""
    typed, entry = said(text), normalize(word)
    if len(entry) < NEAR_MIN or abs(len(typed) - len(entry)) > 1 or typed == entry or len(text) > 60:
        return False
    if _DRAW_QUESTION.search(text) or (_NOT.search(typed) and not _NOT.search(entry)):
        return False
    return _one_edit(typed, entry)


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one character changed, added or dropped (linear)."""
    if len(a) < len(b):
        a, b = b, a
    start = 0
    while start < len(b) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        return a[start + 1:] == b[start + 1:]
    return a[start + 1:] == b[start:]


_SIGNUP_WORD = re.compile(r"报名|报了|报上")
_ORDER_WORD = re.compile(r"订|定了|买了|接龙|下单")


def asks_both(text: str) -> bool:
    """(h34) Her orders and her sign-ups asked together ("我订的是啥来着 报名了还是订了", "我报名了没 订了几份"): one
    record asked (``asks_own``) and the other named beside it."""
    own = asks_own(text)
    return own == ORDERS and _SIGNUP_WORD.search(text) is not None or own == SIGNUPS and _ORDER_WORD.search(text) is not None
