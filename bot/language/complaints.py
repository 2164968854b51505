"""(d34) A member complaining to the store, in her words: goods gone bad ("买的小米生虫子了"), the staff's manner ("店员
态度很差"), goods or a refund that never came ("退款到现在还没到账"), a prize never handed over ("抽奖中的保温杯到现在都没给
我"), or plainly ("我要投诉", "给个说法").

``complaint`` names its kind (``QUALITY``, ``SERVICE``, ``DELIVERY``, ``PRIZE``, ``REFUND``, ``GENERAL``) or None. A
sign of trouble counts only about the store: goods she bought or got there, its staff, its prizes. Not a complaint:
someone she jokes about ("我要投诉我老公"), the weather, traffic or her children, a question before buying ("小米容易生虫
吗"), a past complaint already settled ("上次投诉的事已经解决了"), praise ("好吃到想投诉"). Every pattern is a literal
alternation or a bounded gap, searched in at most ``LONGEST`` characters: linear.
"""
from __future__ import annotations

import re

from bot.language.goods import GOODS
from bot.text import normalize

QUALITY, SERVICE, DELIVERY, PRIZE, REFUND, GENERAL = "quality", "service", "delivery", "prize", "refund", "general"
LONGEST = 200  # a longer message is read by its first characters

_GAP = r"[^。！!？?\n]{0,12}?"
# Goods she got from the store: bought, ordered, collected, delivered; or the store named.
_BOUGHT = re.compile(r"买的|买了|买嘅|买咗|买回|订的|定的|团的|拿的|提的|取的|收到的|送来的|到的货|拿回|在你们店|在你们这|你们家的|你们店|你们的|店里买|"
                     r"群里买|团购的|接龙的|刚拿|昨天拿|今天拿|拆开")
_BAD_GOODS = re.compile(r"生虫|烂的|臭的|全是坏的|都是坏的|长虫|有虫|虫子|发霉|霉了|长毛|变质|坏了|坏掉|烂了|臭了|臭咗|馊了|有异味|味道不对|一股味|胀袋|漏了|漏气|"
                        r"破了|碎了|过期了|是过期|拉肚子|吃坏|假货|是假的|缺斤少两|少了一|少给|不新鲜|不够秤|短斤|有沙子|有石子|"
                        r"有头发|有异物|缺页|少页|掉页|掉色|开线|不能吃|没法吃|不敢吃|扔了")
# The store's people: its staff, the owner, the delivery, "你们" (the store spoken to).
_STAFF = re.compile(r"店员|收银|服务员|营业员|导购|店长|老板|客服|送货的|配送|快递小哥|你们|群主|小姑娘|那个男的|那个女的")
_BAD_SERVICE = re.compile(r"态度[^，,。！!？?\n]{0,3}?(?:差|不好|恶劣|冷|凶)|服务[^，,。！!？?\n]{0,3}?(?:差|不好|太烂)|爱答不理|"
                          r"不理人|没人理|没人管|没人回|没人搭理|翻白眼|骂人|凶我|吼我|甩脸|给我脸色|摆脸色|不耐烦")
# Asked again and again, nobody answering: a complaint of its own ("我问了三次了 没人理我", "问了好几遍都没回").
_UNHEARD = re.compile(r"问了(?:好几|三|四|五|几|两|N|n|\d)(?:次|遍|回)|说了(?:好几|三|几|两)(?:次|遍|回)|没人理|没人回|没人管|"
                      r"没人搭理|一直没回|都不回")
# Something owed that has not come: still not arrived, not handed over, not refunded.
_NOT_YET = re.compile(r"(?:到现在|至今|一直|还是|都|还)[^，,。！!？?\n]{0,4}?(?:没|没有|不)(?:给|发|到|送|收到|兑现|退|寄|联系)|"
                      r"(?:等了|过了|拖了)[^，,。！!？?\n]{0,5}?(?:天|周|星期|礼拜|月)[^，,。！!？?\n]{0,6}?(?:没|不|还)")
_PRIZE_WORD = re.compile(r"奖品|中的|抽中|抽奖|中奖|赢的|奖励|兑换的")
_ORDER_WORD = re.compile(r"订的|买的|团的|接龙的|下单|订单|送货|配送|送的货|发的货|你们送|你们发")
_REFUND_WORD = re.compile(r"退款|退钱|退的钱|退货")
_REFUND_REFUSED = re.compile(r"(?:不给|不让|不肯|拒绝)(?:我)?(?:退|换)")
# Plainly: "我要投诉", "给个说法", "太坑了".
_PLAIN = re.compile(r"投诉|要个说法|给个说法|给我个说法|讨个说法|坑人|太坑|黑店|差评|12315|消协|再也不来|再也不买|"
                    r"什么破|啥破|垃圾店|太过分|欺负人|怎么回事啊?(?:你们|店里)|你们怎么回事")
# Who a complaint word is about when it is no one of the store: a joke of the family, the weather, the traffic.
_NOT_THE_STORE = re.compile(r"(?:室友|邻居|同事|楼下|楼上|别人)投诉|投诉(?:一下)?(?:我|俺)?(?:家)?(?:老公|老婆|男人|媳妇|孩子|儿子|女儿|闺女|娃|婆婆|老妈|我妈|老爸|我爸|猫|狗|"
                            r"天气|老天|自己|你自己|物业|小区|公司|老板了|领导|单位|学校|老师|医院|快递公司|外卖|滴滴|地铁|公交)")
_ELSEWHERE = re.compile(r"天气|下雨|下雪|堵车|地铁|公交|外卖|淘宝|拼多多|京东|网上买|物业|小区|学校|老师|作业|单位|公司|医院|银行|"
                        r"别家|隔壁|超市买的|菜市场|别处|别的地方|外地的|美团|饿了么|点的外卖|商场|快递|网购|直播间|股票|基金|彩票|"
                        r"手机|电脑|车子|汽车|房子|发烧|感冒|咳嗽|"
                        r"当当|携程|亚马逊|网店|酒店|宾馆|前台|客房|物流公司|书店|电视机|机子")  # other shops, hotels, platforms
# Settled already, or praise, or a joke taken back: no complaint now.
_SETTLED = re.compile(r"(?:已经|早就|都|后来)[^，,。！!？?\n]{0,6}?(?:解决|处理好|处理了|换了|退了|给我了|收到了|搞定|补给|补发)|"
                      r"(?:解决|处理)(?:好)?了[^，,。！!？?\n]{0,4}?(?:谢谢|感谢|满意|挺好|很好)|谢谢店长|谢谢老板")
_PRAISE = re.compile(r"好吃|太香|停不下来|开玩笑|哈哈{2,}|逗你|说着玩")
# Before buying, or if: a question of what could happen, not what did ("小米容易生虫吗", "万一坏了能退吗").
_WHAT_IF = re.compile(r"如果|万一|要是|假如|容易|会不会|会生|怎么(?:保存|存放|防|避免)|怎样(?:保存|存放)|咋(?:保存|存)|防止|预防|"
                      r"不会坏吧|会坏吗|会发霉|要发霉|放多久|怕")
# Spoiled by her own keeping or eating, not by the store ("买了两份吃不完放坏了", "买了一箱放过期了", "吃那么多拉肚子").
_HER_OWN_DOING = re.compile(r"放坏|放过期|摆到坏|放久了|放太久|吃不完|吃勿光|吃多了|吃太多|吃那么多|不小心|自己弄")
# Of another person's bad manner, not the store's ("我老公态度很差", "孩子不理人").
_KIN = re.compile(r"老公|老婆|男人|媳妇|孩子|儿子|女儿|闺女|娃|婆婆|老妈|我妈|老爸|我爸|同事|领导|朋友|邻居|猫|狗")


# (f34) A sign of trouble denied: "也不是坏了", "没坏", "并没有过期": no trouble.
_DENIED = re.compile(r"(?:不是|没有|没|并不|也不|不会|不算)(?:" + _BAD_GOODS.pattern + r")")
# (f34) The store itself named, for a complaint said in the group, where people also grumble about anything else: its
# people, its group-buys and deliveries, its shop ("你们店", "恁家", "店里"), or goods of the store's list bought here.
_THE_STORE = re.compile(r"你们|恁家|您家|店里|店员|店长|老板|收银|客服|导购|营业员|服务员|团购|团的|接龙|群里买|群里团|群里订|"
                        r"送货|配送|送来的|门店|自提|提货|这家店|贵店|抽奖|中奖|奖品|抽中|下单|订单")
_STORES_OWN = (PRIZE, REFUND, SERVICE)  # kinds whose evidence is the store's already: its draws, its refunds, its staff


def about_the_store(text: str) -> bool:
    """(f34) Whether a group complaint names the store: its words (``_THE_STORE``) or goods of its list (``GOODS``) she
    bought ("昨天买的小米生虫了"); "回家发现手机坏了", "我买的股票跌惨了 太坑了" are her own grumbling."""
    words = normalize(text[:LONGEST])
    return _THE_STORE.search(words) is not None or GOODS.search(words) is not None


def complaint(text: str) -> str | None:
    """The kind of complaint ``text`` makes to the store, or None."""
    words = _DENIED.sub("", normalize(text[:LONGEST]))
    if not words or _SETTLED.search(words) or _WHAT_IF.search(words) or _HER_OWN_DOING.search(words):
        return None
    plain = (_PLAIN.search(words) is not None and not _NOT_THE_STORE.search(words) and not _PRAISE.search(words)
             and not _ELSEWHERE.search(words))
    if _PRIZE_WORD.search(words) and _NOT_YET.search(words):
        return PRIZE
    if _REFUND_WORD.search(words) and (_NOT_YET.search(words) or plain) or _REFUND_REFUSED.search(words):
        return REFUND
    if _BAD_GOODS.search(words) and _BOUGHT.search(words) and not _ELSEWHERE.search(words):
        return QUALITY
    if _ORDER_WORD.search(words) and _NOT_YET.search(words) and not _ELSEWHERE.search(words):
        return DELIVERY
    if _BAD_SERVICE.search(words) and _STAFF.search(words) and not _KIN.search(words):
        return SERVICE
    if plain:
        return GENERAL
    return None


def complaint_said(text: str, private: bool) -> str | None:
    """(f34) The complaint's kind as said to the bot: privately anything ``complaint`` reads, or asked again unheard; in
    the group only one that names the store (``about_the_store``), unless its kind is the store's already."""
    kind = complaint(text)
    if private:
        return kind or (GENERAL if unheard(text) else None)
    return kind if kind in _STORES_OWN or kind is not None and about_the_store(text) else None


def unheard(text: str) -> bool:
    """Asked again and again and nobody answered ("我问了三次了 没人理我"): a complaint when said to the bot privately,
    where it can only be about the store."""
    words = normalize(text[:LONGEST])
    return _UNHEARD.search(words) is not None and not _KIN.search(words) and not _SETTLED.search(words)


_KEEP_PRIVATE = re.compile(r"(?:别|不要|不想|不愿意|不愿|千万别|可别)[^，,。！!？?\n]{0,6}?(?:群里|发群|让别人|别人知道|大家知道|公开|在群)")


def asks_kept_private(text: str) -> bool:
    """(d34) She asks that what she told privately stay out of the group ("别在群里说啊 我不想让别人知道")."""
    return _KEEP_PRIVATE.search(normalize(text[:LONGEST])) is not None
