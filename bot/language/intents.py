"""What a member's message asks of the bot: an order, a change or cancellation of one, a sign-up
for an event or its cancellation, a sign-in, or nothing.

Each reader takes one message and says what it means with how sure it is: ``sure`` readings are
acted on; the others are probably meant that way and the bot asks once before acting. The
readers know nothing of the group's state; the handlers decide which apply (an order needs an
open group-buy) and check the product named against the open one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.language.numbers import NUMERAL, number
from bot.pinyin import sounds, spelled
from bot.language.wrapping import BREAK, PARTICLES, VOICE_CHECK, clauses, heard_as, is_courtesy, plain, unquote, squeeze, strip_particles, trim_courtesy, without_courtesy

MAX_AMOUNT = 999

ORDER, CHANGE, CANCEL = "order", "order_change", "order_cancel"
SIGNUP, SIGNUP_CANCEL, SIGNIN, NONE = "signup", "signup_cancel", "signin", "none"


@dataclass(frozen=True)
class Reading:
    intent: str
    amount: int = 0  # portions for orders and changes, people for sign-ups; 0 for cancellations
    add: bool = False  # an order on top of what the member already has ("再来一份")
    sure: bool = True  # False: probably meant so, ask once before acting
    item: str = ""  # the words naming a product, if any ("鸡蛋" in "鸡蛋两份")


_Q = "(" + NUMERAL + ")"
_UNITS = "份件盒箱袋个斤瓶包组套提只条罐桶枚颗串把单本双杯碗支对听板捆卷"
_U = f"[{_UNITS}]"
# A quantity of portions: a number and a unit, or a word that is one by itself ("俩", "半打").
_QU = r"(?:(?P<n>" + NUMERAL + ")" + _U + r"|(?P<m>俩|仨|半打|[一两]打|双(?=份))" + _U + "?)"
_QU_RE = re.compile(_QU)
# A question about the product, the price or the stock, never an order by itself.
_QUESTION = re.compile(r"([了过]没有?$|吗|(?<![这那怎什])么|\?|多[少重大长久]|(?<!好)几[份个点号天时斤]|什么|啥|怎么|咋|哪|有没有|还有没|是不是|能不能|可不可以|"
                       r"行不行|要不要|够不够|好不好|贵不贵|对不对|有货|来得及不|(?P<aa>[\u4e00-\u9fff])不(?P=aa))")  # "去不去": asking
_PAST = re.compile(r"(?:买|订|定|拍|要|拿|抢|吃|用|收|到|送|带|给|发)[了过]|[吃用喝][完光]|上次|昨天|以前|之前|带回")
# Not decided, or another time than this group-buy ("下回再要两份"; a pickup day is no such thing: "明天来拿").
_WHEN_IT_COMES = re.compile(r"到了(?=告诉|通知|叫|说|喊|@)")  # "到了告诉我": when it comes, not the past
_CONDITION = re.compile(r"纠结|如果|要是|等[^，,。]{1,8}?(?:了|后|完)再|下辈子|(?<![能有以及团])的话|考虑|想想|再说|看看|可能|也许|大概|看情况|不一定|"
                        r"下次|下回|下一次|下一回|下一批|下一期|过两天|过几天|过段时间|改天|以后|将来|明年")
_VERB = r"(?:跟团|参团|拼团|预定|预订|订购|购买|下单|想要|需要|安排|拿下|写上|记上|要|来|订|定|买|拍|拿|留|抢|记|跟|报|蹲|占|整|团|求|接(?!龙)|收|秒|写|称)"
_VERB_RE = re.compile(_VERB)
# Signs of an event, not a group-buy: "讲座+1", "我们俩报名", "我的名额不要了".
_EVENT = re.compile(r"报名|名额|讲座|活动|课|人数|去[一两三四五六七八九\d]+个|报[一两三四\d]?个名")
_JOINS = re.compile(r"参加")  # "我也参加，一份" joins a group-buy; "我参加" alone is an event's
# Words that never stand before an order in its clause ("我上次拍了两份", "要排两个小时").
_NOT_HEAD = re.compile(r"[了过没不别吗时比像第每送从吵闹哭吃喝剩]|[分切揉搓包做写]成|分为|(?<!刚)才|[给帮替][你您](?!们)|谁|回来|分享|还有|非要|非得|偏要|分给|昨天|前天|上次|上周|以前|之前|去年|一般|平时|通常|每次|经常|总是")
_PERSON = re.compile(r"我|俺|咱|阿拉|侬|宝宝|[大二三小]宝|孩子|妈|爸|婆|公|老公|老婆|爱人|闺蜜|同事|邻居|朋友|姐|妹|哥|弟|嫂|女儿|儿子|闺女|老头|老伴|奶奶|"
                     r"爷爷|外婆|姥姥|阿姨|老人|(?<!大)家|她|他|楼下|楼上")
# What may follow the count besides a product: where and when to pick it up, "就行", "试试".
_LOGISTICS = re.compile(r"(?:\d+号楼|\d+栋|\d+单元|\d+室|[\d-]+|自提|得了?|来拿|去拿|来取|去取|取货|过来|过去|拿|取|下午|上午|晚上|明天|今天|"
                        r"(?:下|这|本)?周[一二三四五六日末]?|(?:让|叫)[^，]{1,5}?[去来]?(?:拿|取)|今晚|明早|周末|晚点|就行|就好|就够了?|就可以|试试水?|尝尝鲜?|凑个?热闹|凑(?:成|够|齐)?" + NUMERAL + _U + r"|就这样|就这些|安排上|安排|先|吧|哈|好吧|好|"
                        r"(?:给我|帮我)?留(?:着|下|好)|给我|(?:给|帮)(?:我家?)?(?:妈|爸|婆婆|公公|老公|老婆|孩子|儿子|女儿|闺女|姐|妹|哥|弟|老人|"
                        r"爷爷|奶奶|外婆|姥姥|邻居|同事|朋友)|已付款?|"
                        r"已转账?|转账了?|微信转你了?|付了|送货上门|送上门|送到家)+")
_FILLER = re.compile(r"(?:上车|一口气|先|就|那|那就|这个|个|上|直接|还是|拿下|也|都|说|我看|冲|必须|插个队|同样|一样|照样|老规矩|速速|赶紧|马上|"
                     r"现在|这次|这回|接龙|想)+")
_LAUGH = re.compile(r"哈哈|呵呵|嘿嘿|笑死")
# Not decided yet, in any clause: asking someone first, hesitating, regretting.
_UNDECIDED = re.compile(r"有钱|回头问|再问问|问问[她他家老]|我问问|商量|还没(?:同意|定|想好|决定)|还在(?:考虑|犹豫|想)|(?<!不)(?<!不再)犹豫|可惜|钱不够|"
                        r"舍不得|发工资|没钱")
_GIFT = re.compile(r"送给|送大家|分享|祝大家|祝你")  # "一份好心情，送给群里的朋友们"
# "6袋装的苹果泥", "45元那个": the packing and the price name the product, they are not the quantity.
_PACKING = re.compile(NUMERAL + "[" + "份件盒箱袋个斤瓶包组套提只条罐桶枚颗串把单本双杯碗支对听板捆卷" + r"]装的?|"
                      r"\d+(?:\.\d+)?元的?|[¥￥]\d+(?:\.\d+)?的?")
# "我原来一份，现在要两份": what was, not what is wanted.
_BEFORE_NOW = re.compile(r"^(?:我|我的|我订的)?(?:原来|本来)(?=.*(?:" + _QU + "))")  # "本来不想买的": no order was
_CORRECTION = re.compile(r"改一下|改下|更正|纠正|修改|重新|说错|打错|写错|作废|搞错|弄错|识别错|不算")
_LEAD_CORRECTION = re.compile(r"^(?:不好意思|抱歉)?(?:刚才|刚刚)?(?:我)?(?:" + _CORRECTION.pattern + r")(?:了|一下)?")
_NOT_THAT = re.compile(r"^不是" + _QU)  # "我要三份，不是两份": a correction
_TOTAL = re.compile(r"(?:一共|总共|共计|合计|共|凑(?:成|够|齐)?)(?:要|是|就|订|买|拿)?" + _QU)
_CANCEL_WORDS = re.compile(r"(?<=[份的])(?:就|也|还是)?算了?$|撤单|不用(?:给我|帮我)?留了?|(?:别|不要)(?:给我|帮我)?留了?|划掉|(?<=[我的份])去掉$|不想(?:要|订|买)了|不整了|不要了?|不[订定]了?|不买了?|不拍了?|不用了|取消|退订|退单|退掉?$|删(?:了|掉|除)?|撤(?:了|销|掉|下来?)?|(?<=[份单])作废(?:吧|了|掉)?$")
_NOT_BEFORE_CANCEL = re.compile(r"(?:孩子|娃|宝宝|宝贝)(?!那|的)|这个|快递|外卖|会|别|说|衣服|药|上次|他|她|你|不是|没|活动|课|了|舞|关注|航班|公众号|会议|约|比赛|计划|旅行|"
                                r"机票|火车|高铁|预约")
_SET = re.compile(r"(?:改成|改为|改到|改回到?|换成|换回|变成|变|改|应该是|更正为|(?<!还)是)(?:要)?(?:" + _QU + r"|(?<=改)[x×*](?P<x>\d{1,3})|(?P<k>\d{1,3}|[一两二三四五六七八九十](?![\u4e00-\u9fff])))(?P<post>.{0,6})$")
_NOT_SO = re.compile(r"(?:是)?" + _QU + r"不是")
_ADD = re.compile(r"(?:再|多|另外|还|追加|补)(?:要|想)?(?:(?:给|帮|替)(?:我家?|俺家?)?(?:妈|爸|婆婆|公公|老公|老婆|孩子|儿子|女儿|闺女|姐|妹|哥|弟|老人|"
                  r"邻居|同事|朋友)?)?(?:加|家|添|来|要|订|买|拿|拍|留|补|跟|接|冲|整|团|\+)?(?:" + _QU
                  + r"(?P<post>.{0,6})$|\+(?P<k>\d{1,2})$|(?<=[加添来要])(?P<j>\d{1,2})$)")
_LESS = re.compile(r"(?:少|减|减掉|去掉|退掉?|砍掉?|划掉|(?<=[份里中])取消)(?:要|订|买|拿|来|留)?" + _QU + r"|^-(?P<k>\d{1,2})$")
_TIMES = re.compile(r"^(?P<pre>.{0,8}?)[x×*](?P<k>\d{1,3}|[一两二三四五六七八九十])" + _U + "?$")
_EACH = re.compile(r"^(?P<who>.{2,12}?)(?:各|一人|每人)(?:来|要|订|留)?" + _QU + "$")
_PLUS = re.compile(r"^(?P<pre>.{0,6}?)(?P<plus>(?:\+(?:\d{1,3}|[一两二三四五六七八九十])?" + _U + r"?)+)$")
_BARE = re.compile(r"^(?P<pre>.{2,8}?)(?P<k>\d{1,2})$")
_CHAIN_LINE = re.compile(r"^\d{1,3}[.、)](?P<name>\S.{0,14}?)(?:\+?(?P<k>\d{1,3})|" + _QU + r"|[x×*](?P<x>\d{1,3}))?"
                         r"(?P<post>已付款?|已转账?|自提|送货上门|(?P<cancel>取消|不要了?))?$")
_ONE = re.compile(r"^(?P<who>.{0,4}?)(?:也|都)?(?:要|来|订|跟|留)(?:个|份|一个|一份)?(?P<pre>.{0,6})$")
# 份 misspelt (分, 粉, voice input's 奋, pinyin fen); "十分感谢" is "very", not ten portions.
_TYPOS = ((re.compile("(" + NUMERAL + ")(?:[分粉仹筏奋愤粪忿纷]|fen)(?![钟之])"), r"\1份"), (re.compile("亮[份分粉]"), "两份"),
          (re.compile("份儿"), "份"), (re.compile("再家"), "再加"),
          (re.compile("取[笑效削销小肖]"), "取消"), (re.compile("^该(?=成)"), "改"), (re.compile("^在(?=[来加要])"), "再"), (re.compile("(?<![现正实存还好])在(?=[来加]" + NUMERAL + ")"), "再"), (re.compile("^加(?=" + NUMERAL + ")"), "+"), (re.compile(r"^十(?=\d{1,2}$)"), "+"),
          (re.compile("^窝(?=[要也来订想])"), "我"), (re.compile("莫(?=[给帮留要订买])"), "别"), (re.compile("甭"), "不用"), (re.compile("^dd(?=" + NUMERAL + ")"), "蹲"), (re.compile("双份"), "两份"), (re.compile("(?<=[俩仨])儿"), ""), (re.compile("(?<=[好行])伐$"), "吗"))
# Goods a store sells, for naming a product when the open one is not known (the corpus evaluation).
GOODS = re.compile(r"蛋|莓|米|枣|汤圆|饺|鞋|垫|绘本|苹果|泥|奶|果|面|油|肉|鱼|虾|蟹|贝|菜|橙|梨|桔|橘|柚|柿|桃|李|杏|榴莲|"
                   r"荔枝|龙眼|桂圆|柠檬|石榴|猕猴桃|茶|粥|湿巾|纸|尿|粽|月饼|蜂蜜|核桃|坚果|栗|瓜子|花生|书|袜|衣|裤|"
                   r"糕|饼|豆|瓜|葡萄|樱桃|车厘子|芒果|香蕉|鸡|鸭|鹅|牛|羊|猪|排骨|腊|肠|火腿|虫|巾|包|围|帽|手套|"
                   r"酒|醋|酱|盐|糖|粉|粮|燕麦|麦片|芝麻|藕|笋|菇|耳|姜|蒜|葱|椒|薯|芋|萝卜|白菜|番茄|西红柿|黄瓜|"
                   r"被|枕|毯|杯|壶|锅|碗|筷|刷|皂|洗|霜|膏|乳|液|片|丸|胶囊|参|枸杞|燕窝|阿胶|礼盒|套装|卡")


# Longer than this, a message is no single order, sign-up or sign-in (a chain is read line by line):
# the readers never spend more than a moment on a 30,000-character paste.
MAX_READ = 300


# A plan among members, which "算我一个" joins: "这周末谁去看电影", "要是有人拼车去市区", "有没有人一起去".
MEMBERS_PLAN = re.compile(r"谁(?:去|要去|想去|来|一起|和我|跟我|约)|(?:要是|如果|假如)有人|有没有人(?:一起|去|约)|拼车|约饭|聚餐")


def read_order(text: str) -> Reading | None:
    """An order, a change ("改成3份", "再来一份", "少要一份") or a cancellation ("不要了"), or None.

    Any product named is returned as ``item`` for the caller to compare with the open one.
    """
    if len(text) > MAX_READ:
        return None
    text = plain(unquote(text))
    if (line := _chain_line(squeeze(text))) is not None:
        return line
    head = ""
    if speaker := _SPEAKER.match(text):
        head = speaker["head"]
        if not _names_goods(head):
            return None  # "小美：我要两份": her words, quoted or reported, not the sender's order
    if _POST.search(text) or _TALLY.search(text) or MEMBERS_PLAN.search(text) or not (text := without_limits(text)):
        return None  # "汤圆接龙开始啦 … 要的接龙": the staff's post opening it; "每人最多订5盒": its rule
    spaced = _SPACE_BREAK.sub("，", text)  # typed on a phone: "我那份算咯 不要了", "我老公说他要一份 我让他自己接"
    reading = _read_order(spaced) if spaced != text else None
    if reading is None:
        reading = _read_order(text)  # "要 两份 谢谢" read whole when its pieces say nothing
    if reading is None and (soft := _SOFT_BREAK.sub(r"\1，", text)) != text:
        reading = _read_order(soft)  # voice input: "我要两份鸡蛋啊就是那个土鸡蛋"
    if reading is None:
        reading = _cancel_by_roles(text)  # "店长 我那个不要了 我儿子说不回来了": the cancel among an address and a reason
    if reading is not None and head and not reading.item:
        reading = replace(reading, item=head)  # "草莓：我要一份": for the caller to hold against the open product
    return reading


# Ninth pass, orders by mechanism. A cancel said among other clauses: the staff addressed, who is speaking, an
# apology, a reason told after it. Each clause is read by its role; only a cancel beside clauses without a count,
# a wish, a condition, talk to someone or something else cancelled is one ("不要了，那件衣服不好看" is not).
_ORDER_CANCEL_RUN_ON = re.compile(r"(?<=不要了|不整了|不买了|不订了|取消了)(?=[我他她孩娃老家钱买你])|(?<=[\u4e00-\u9fff]{2})(?=我(?:那个|那份|的那))")
# Whose order it is, said around the cancel: "帮她取消一下" (asked for her), "我婆婆说不要了" (the household's word),
# "她的小米不要了" after "刘奶奶让我说一声" (spoken for her).
_FOR_HER = re.compile(r"^(?:帮|替|给)[她他](?=取消|删|退|划|撤)")
_HOME_SAID = re.compile(r"^(?:我家?|俺家?)?(?:老公|老婆|爱人|儿子|女儿|闺女|老伴|老头子?|妈妈?|爸爸?|婆婆|公公|孩子|娃他?[爸妈])说(?=不要|不想要|取消|不订)")
_ADDRESS = re.compile(r"^(?:喂+|店长|群主|老板|团长|小[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:姐|哥))[啊呀哈]?$|^(?:喂+)?我是[\u4e00-\u9fff]{1,4}$|"
                      r"^(?:真|太|实在)?(?:不好意思|抱歉|对不起|麻烦了?|麻烦店长了?|谢谢|辛苦了?)(?:哈|啊|了|啦)*$")
_SPOKEN_FOR = re.compile(r"^(?:隔壁|楼下|楼上|对门)?[\u4e00-\u9fff]{0,4}(?:让|叫|托)我(?:说一声|说一下|跟你们说|告诉)")
_NOT_REASON = re.compile(_QU + r"|[?？]|撑|吃不|自己|鞋|合脚|合身|[跟和同对][他她你]|说不清|吵|气死|你(?!们?给我|们?帮我)|觉得|还想|还要|再要|要不|如果|要是|的话|有没有|" + _UNDECIDED.pattern)


def _cancel_by_roles(text: str) -> Reading | None:
    clauses = [c for c in re.split(BREAK.pattern + r"|\s+", _ORDER_CANCEL_RUN_ON.sub("，", _SOFT_BREAK.sub(r"\1，", text))) if c.strip()]
    spoken_for = any(_SPOKEN_FOR.match(squeeze(c)) for c in clauses)
    clauses = [squeeze(c) for c in clauses]
    clauses = [c for c in clauses if c and not is_courtesy(c) and not _ADDRESS.match(_tidy(c)) and not _SPOKEN_FOR.match(c)]
    asked_for = any(_FOR_HER.match(c) for c in clauses)
    heard = any(_HOME_SAID.match(c) for c in clauses)  # "我妈说不要了" alone reports; with "帮她取消一下" it is asked
    clauses = [re.sub(r"^(.{2,}?)\1+$", r"\1", c) for c in clauses]  # "不要了不要了": said twice, read once
    clauses = [_HOME_SAID.sub("", _FOR_HER.sub("帮我", re.sub(r"^[她他]的", "", c) if spoken_for else c)) for c in clauses]
    if not clauses or len(clauses) > 5 or re.search(r"[?？]", text) or any(_EVENT.search(c) and not re.search("报的", c) for c in clauses):
        return None
    readings = [(c, _order_clause(c) or _order_clause(_tidy(c)) or _cancel_asked(re.sub(r"[吗么不]+$", "", c) + "吗")) for c in clauses]
    cancels = [(c, r) for c, r in readings if r is not None and r.intent == CANCEL]
    if not cancels or any(r is not None and r.intent != CANCEL for _, r in readings) \
            or not all(re.search(r"了|取消|删|退|划|撤|作废", c) for c, _ in cancels):  # "不要不要，我自己来": declining help
        return None
    reasons = [c for c, r in readings if r is None]
    if any(_NOT_REASON.search(c) or _ELSEWHERE.search(c) or _OFFER.search(c) or _CONDITION.search(c) for c in reasons) \
            or any(_CONDITION.search(c) or re.search(r"你(?:说|看|觉得)", c) for c, _ in cancels):
        return None
    items = {r.item for _, r in cancels if r.item}
    sure = any(r.sure for _, r in cancels) and (asked_for or not heard)  # "还能取消不 我不想要了": said firmly once
    return Reading(CANCEL, item=next(iter(items)) if len(items) == 1 else "", sure=sure)


# A rule about how many may be ordered or signed up, the staff's or a member repeating it: "每人限两份",
# "最多订5盒", "两份起订", "至少三人成团". A bound on any order, never an order of that many.
_LIMIT = re.compile(r"最多|至多|最少|至少|不超过|不能超过|上限|封顶|限购|限量|限订|限拍|限报|限额|(?:每人|每户|每家|每位|每个人|一人|一户)"
                    r"(?:只|仅)?(?:限|能|可以?)|(?:" + NUMERAL + "[" + _UNITS + r"人位]|\d+)起(?!来|床)|起订|起购|起送|成团")
# The staff's tally or a note, not a wish: "统计一下 现在一共38份", "报名情况：已报18组", "备忘：汤圆两份".
_TALLY = re.compile(r"统计|目前接龙|接龙格式|格式[:：]|报名情况|名单[:：]|备忘|还剩\d|剩余\d|已报\d|还差\d|签到人数|人数统计")


def without_limits(text: str) -> str:
    """The text without the clauses that state a limit ("满8人成团，我报名" signs up with "我报名"; "每人
    限两份，我要一份" orders one); "" when every clause is one (the rule alone, no wish)."""
    if not _LIMIT.search(text):
        return text
    pieces = [p for p in re.split(BREAK.pattern + r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", text) if p.strip()]
    kept = [p for p in pieces if not _LIMIT.search(p)]
    return "，".join(kept) if kept and len(kept) < len(pieces) else ""


# The words of a post that opens a group-buy or calls for orders: "要的接龙", "需要的扣1", "开团啦".
_POST = re.compile(r"(?:要|需要|想要|取消|退|改)[^，,。\s]{0,4}的(?:姐妹|朋友|亲|宝妈|各位)?(?:们)?(?:请|麻烦|记得)|(?:要|需要|想要)的(?:姐妹|朋友|亲)?(?:们)?(?:接龙|扣|报名|\+1|加1)|开团|接龙开始|开始接龙")


def _names_goods(head: str) -> bool:
    """"鸡蛋" in "鸡蛋：我要两盒" heads the order; "果果妈" in "果果妈：我要两份" is a speaker."""
    return bool(GOODS.search(head)) and not _KIN_END.search(head)


# A speaker's name and a colon before words in the first person: someone else's words quoted.
_SPEAKER = re.compile(r"^\s*(?!我|俺|群主|店长|老板|更正|接龙|补充|备注|报名|修改|改)(?P<head>[^\s:：，,。]{1,8})[:：]\s*(?:我|俺)")
# A nickname ends in a kinship or endearment word even when goods are in it: "果果妈", "豆豆姐", "糖宝".
_KIN_END = re.compile(r"(?:妈妈?|爸爸?|姐姐?|哥哥?|妹妹?|弟弟?|阿姨|姨|叔叔?|婶|嫂|奶奶|爷爷|姥姥|宝|儿)$")
# A particle inside a sentence typed by voice ends a clause as a comma would ("…两份啊就是…").
# A space between two words (not before a count: "鸡蛋 2份" is one clause) ends a clause as a comma
# would: phone typists and voice input leave spaces where a writer puts commas.
_SPACE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_SOFT_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])([啊呀呗嘞哦滴])(?=[\u4e00-\u9fff])(?<!滴滴)(?!滴)")


_SHARES_RUN_ON = re.compile(r"(?<=[" + _UNITS + r"])(?=(?:(?:给|帮|替)(?:" + _PERSON.pattern + r")|我)[^，,。\s你]{0,3}?" + NUMERAL + "[" + _UNITS + "])")


def _read_order(text: str) -> Reading | None:
    text = _goods_apart(text if "你" in text else _SHARES_RUN_ON.sub("，", text))  # "给我妈一份我一份": two shares, one after the other
    pieces = re.split("(" + BREAK.pattern + ")", text)  # clauses and what ends each: "十份？" asks
    asking = {i // 2 for i in range(1, len(pieces), 2) if re.search(r"[?？]", pieces[i])}
    parts = [(part, _tidy(squeeze(part))) for at, part in enumerate(pieces[::2]) if at not in asking or not part.strip()]
    parts = [(raw, p) for raw, p in parts if p and not is_courtesy(p)]
    parts = [(raw, _without_aside(p)) for raw, p in parts]
    tidy = [p for _, p in parts]
    questions = [_tidy(squeeze(part)) + "?" for at, part in enumerate(pieces[::2]) if at in asking and part.strip()]
    if not parts and not questions or len(parts) + len(questions) > 6 or any(_EVENT.search(p) for p in tidy + questions):
        return None
    parts += [(q, q) for q in questions if q != "?"]
    parts = _household_shares(parts)
    tidy = [p for _, p in parts]
    if any(_JOINS.search(p) for p in tidy) and not any(_QU_RE.search(p) for p in tidy):
        return None
    readings = []
    readings, unread = [], []
    for raw, part in parts:
        reading = None if _LAUGH.search(raw) or _ARRIVED.search(squeeze(raw)) else _order_clause(part)  # "+1 哈哈哈" laughs along
        reading = _name_apart(raw, _remark_apart(raw, reading))
        if reading is None and " " in raw.strip() and not _LAUGH.search(raw):  # "+1 要一份", "冲冲冲 两份"
            pieces = [(w, _order_clause(w)) for w in map(_tidy, raw.split()) if w and not is_courtesy(w)]
            if any(r is None and not _PLUS_ASIDE.fullmatch(w) for w, r in pieces):  # "+1 我也觉得" agrees; "冲冲冲 两份" orders
                pieces = [(w, r) for w, r in pieces if not w.startswith("+")]
            readings += [(w, r) for w, r in pieces if r is not None]
            if not any(r for _, r in pieces):
                unread.append(part)
        elif reading is not None:
            readings.append((part, reading))
        else:
            unread.append(part)
    more = [p for p, r in readings if r.intent == CHANGE and r.add]  # "之前订了两份，再加一份": what was, then more
    this_time = [p for p, r in readings if r.intent == ORDER and _THIS_TIME.match(p)]  # "上次…吃了半盒，这次给我来两份"
    sets = [p for p, r in readings if r.intent == CHANGE and not r.add]  # "之前报的两份改成三份": what was, then the new count
    if not readings or not this_time and any(_PAST.search(_WHEN_IT_COMES.sub("", _after_what_was(p, more))) and _QU_RE.search(p)
                                             and not _CANCEL_WORDS.search(p) and (not more or p in more)
                                             and p not in sets and not (sets and _WHAT_WAS.search(p)) for p in tidy):
        return None  # "我上次买了两份": what was; unless the order is said against it ("…这次要三份")
    if any(_EACH.match(p) for p, _ in readings) and any(not _LOGISTICS.fullmatch(p) for p in unread):
        return None  # "两个孩子一人一个，不吵了": how it was shared out, a story
    if any("+" in p for p, _ in readings) and any(not _LOGISTICS.fullmatch(p) for p in unread):
        return None  # "同问，+1", "我也+1，孩子就是不爱吃青菜": agreeing, not ordering
    if any(_UNDECIDED.search(p) and all(r.intent != CANCEL for _, r in readings) or _THEY_SAID.match(p) or _THEIRS_TO_PLACE.search(p)
           or _told_by_other(p) and not any(re.search(r"[帮替给][她他]", q) for q in tidy) for p in tidy) \
            or any(_ADVICE.match(p) or _TO_MEMBER.fullmatch(p) for p in unread):  # "一份就够了，别买多了": advice
        return None  # "我妈说她也想要一份，我回头问问她": not decided, nothing to ask yet
    if _GIFT.search(text) or _SENT_TO_FETCH.search(text) or any(r.intent == CANCEL for _, r in readings) and any(_TO_SOMEONE.search(p) for p in unread):
        return None  # "不要了吧，太贵了，你说呢": talking it over with someone
    if any(_OFFER.search(p) for p in tidy) or any(_RECEIVED.match(squeeze(raw)) for raw, _ in parts):
        return None  # "我多订了一份，谁要": giving one away; "收到两份了": got them
    if any(r.intent == CANCEL for _, r in readings) and any(_ELSEWHERE.search(p) for p in unread):
        return None  # "不要了，那件衣服不好看", "不要了，头疼，先躺会儿": about something else
    reading = _combine(tidy, readings)
    first = min((tidy.index(p) for p, _ in readings if p in tidy), default=0)
    if reading is not None and reading.sure and reading.intent == ORDER and any(_QUESTION.search(p) for p in tidy[:first]) \
            and not any(_VERB_RE.search(p) or _PERSON.search(p) for p, _ in readings):
        return replace(reading, sure=False)  # "送货要加钱吗 就两份": the count the question is about, maybe an order
    if reading is not None and reading.intent == CHANGE and reading.add and reading.amount > 0 \
            and any(_LAST_TIME.search(p) for p in tidy) and not any(_THIS_ONE.search(p) for p in tidy):
        return replace(reading, intent=ORDER, add=False)  # "上周那个小米熬粥真香 再团一袋": more than last time, a new order
    return reading


# What the member said before, beside the count it is changed to: "改两份 之前写的一份".
_WHAT_WAS = re.compile(r"之前|原来|刚才|刚刚|本来|先前")
# Someone of the household sent to fetch what was ordered: "老公 汤圆你去拿一下 两份 在店里" tells him, orders nothing.
_SENT_TO_FETCH = re.compile(r"你(?:去|顺便|下班|回来|记得)(?:帮我)?(?:拿|取|带)")
# The last group-buy, not this one: "再…" after it orders anew; after what was ordered in this one it adds.
_LAST_TIME = re.compile(r"上次|上回(?![来去家到])|上周|上个月|上一次|上一回|上一批|那次|去年")
_THIS_ONE = re.compile(r"刚才|刚刚|之前|已经|早上|我的|我那|我订|我报|接龙")


# What may stand apart beside "+2" without making it agreement: where, when and how it is picked up, or
# thanks ("+2 下班来拿", "+1 3栋", "+2 谢谢姐 周末拿").
_PLUS_ASIDE = re.compile(r"(?:下班|放学|中午|傍晚|晚点|晚上|明天|周末|回头|一会儿?|待会儿?)?(?:来|去|过来)?(?:拿|取)|\d+(?:号楼|栋|单元|室)?|"
                         r"谢谢(?:姐|哥|亲|店长|群主|老板)?|辛苦(?:了|啦)?")


# Advice to someone ("别买多了"); a busy member's "别回我", "别艾特我", "别忘了" is a remark, no advice.
_ADVICE = re.compile(r"别(?!忘|回|@|艾特|打扰)")


# An order said against the last time: "这次给我来两份", "这回要三份".
_THIS_TIME = re.compile(r"^(?:那)?(?:这次|这回|这一次|这一回)(?:就|还是|也)?(?:给我|帮我)?[^了过]*$")


# What is said on after a clear order's count about another time that does not put off this order: praise
# of the last lot, buying again, a later pickup, paying in cash ("我要两份上次的很好吃", "给我来两份吃完再买",
# "两份过两天拿", "我要两份现金给").
_ASIDE = re.compile(r"(?P<order>.*?(?:" + _QU + r"))(?:(?:上次|之前|以前|那次)的?.{0,6}(?:好吃|好用|不错|香|甜|新鲜|实惠)[了的]?|"
                    r".{0,4}?(?:吃完|用完)?(?:下次|下回|以后|回头)?(?:还|再)(?:买|来|订|要|回购|囤)(?:点|些)?|"
                    r"(?:过两天|过几天|改天|回头|晚点|下周)(?:来|去|再)?(?:拿|取)|现金(?:给|付)?|(?:到店|当面|货到)(?:付款?|给钱?))$")


def _without_aside(clause: str) -> str:
    """The order of a clause that says something about another time after it, without that (_ASIDE)."""
    if not (match := _ASIDE.fullmatch(clause)) or re.search(r"不|没", clause[match.end("order"):]):
        return clause
    reading = _order_clause(match["order"])
    return match["order"] if reading is not None and reading.intent == ORDER and reading.sure else clause


def _after_what_was(clause: str, more: list[str]) -> str:
    """In a clause that adds ("我刚才要了两份现在想再加一份"), the words from the addition on: what
    was ordered before it is the past the addition builds on."""
    if clause not in more or not (match := _ADD.search(clause)):
        return clause
    return clause[match.start():]


_SHARED = re.compile(r"(?:一人|每人)(?:来|要|订|留)?" + _QU)
_HOUSEHOLD_COUNT = re.compile(r"(?:我们家|我家|我们|咱家|咱们|家里)(?:一共|总共|共)?有?(?:" + NUMERAL + r"(?:个|口|位)人?|俩|仨)")


def _household_shares(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """'一人一份，我们家三个人': the two clauses read as one ('我们家三个人一人一份')."""
    tidy = [p for _, p in parts]
    shared = next((i for i, p in enumerate(tidy) if _SHARED.fullmatch(p)), None)
    heads = next((i for i, p in enumerate(tidy) if _HOUSEHOLD_COUNT.fullmatch(p)), None)
    if shared is None or heads is None:
        return parts
    joined = tidy[heads] + tidy[shared]
    return [part for i, part in enumerate(parts) if i not in (shared, heads)] + [(joined, joined)]


# Giving a portion away, not ordering one: "谁要？我多订了一份", "我这有多的一份".
_OFFER = re.compile(r"^给你们?$|你们?分|你拿去|送你|谁要|谁需要|有人要|有没有人要|多订了|多买了|多拍了|多了一份|多出|多的(?!.{0,2}(?:去掉|不要|删|退|取消))|转让|匀给|匀一份|让给(?!别人|其他|需要)")
_RECEIVED = re.compile(r"(?:已经|都|也)?(?:收到|拿到|领到|取到)(?:了)?" + _QU)
# What a "不要了" next to it is about when it is no order: clothes, one's body, laughing, being full.
_ELSEWHERE = re.compile(r"淘宝|京东|拼多多|美团|外卖|快递|网上|衣服|裙子|裤子|鞋子|好看|难看|头疼|头痛|头晕|肚子疼|躺|睡|困|累死|累了|太累|好累|笑死|吃饱|太饱|玩腻|好玩")
_ARRIVED = re.compile(r"[来到去]了[啊呀哦啦]*$")  # "我来了", "我也来了": here, not ordering
# Talking to another member: "他要两份，我要一份，你呢".
_TO_MEMBER = re.compile(r"(?:那)?你们?(?:呢|要几份|要不要|觉得呢|说呢|看呢)?")
_THEY_SAID = re.compile(r"[他她]说|.{0,6}" + (_THEIRS := r"[他她](?:会)?自己(?:会|来)?(?:在群里|去群里|到群里)?(?:接龙|接|来说|说|下单|订|报)"))  # "他说不要了，我还想要呢": reporting; "她自己会接龙": hers to place
# Left to them to place, wherever in a clause run on by voice or typed with spaces: "我老公说他要一份 我让他自己接".
_THEIRS_TO_PLACE = re.compile(r"(?<![不别])" + _THEIRS)
_TO_SOMEONE = re.compile(r"你(?:说|看|觉得|呢)|[呢吗]$|[他她]")


_SAID_WANTS = re.compile(r"^(?:刚才|刚刚|之前|早上)?(?P<who>[^说]{1,6}?)说(?:[她他]?(?:也|还)?要)")


def _told_by_other(clause: str) -> bool:
    """'刚才李阿姨说要两份': what someone outside the household said she wants (hers to order); '我老公
    说要两份' is the member's household, ordered by the member."""
    match = _SAID_WANTS.match(clause)
    return bool(match) and not re.match(r"[我俺咱]", match["who"]) and not re.fullmatch(_HOME, match["who"])


def _remark_apart(raw: str, reading: Reading | None) -> Reading | None:
    """'我要一份 老头子爱吃', '小李 给我两份 钱我到店给你': words typed apart after the count are a
    remark, not the product (unless they name goods: '2份 鸡蛋')."""
    words = raw.split()
    if reading is None or not reading.item or len(words) < 2:
        return reading
    for at, word in enumerate(words[:-1]):
        alone = _order_clause(_tidy(word))
        if alone and (alone.intent, alone.amount) == (reading.intent, reading.amount):
            typed = squeeze("".join(words[at + 1:]))
            after = _tidy(typed)  # "群主记一下" is typed, "记一下" tidied
            remark = (reading.item in typed or reading.item in after) and (_PERSON.search(after) or not GOODS.search(after))
            return alone if remark else reading
    return reading


# A member's name typed before the count, as on a 接龙 line: "小美 两份", "婷婷 1份", "Kiki 2份".
_NICK = re.compile(r"(?:小|阿|老)[\u4e00-\u9fff]{1,2}|([\u4e00-\u9fff])\1|[\u4e00-\u9fff]{1,3}(?:妈妈?|爸爸?|姐|哥|嫂|婶|叔|姨|"
                   r"奶奶|爷爷|宝|老师|师傅)|[a-z]{2,12}|[王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
                   r"苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江薛段雷侯龙史陶贺顾毛郝龚邵钱严武戴孔汤][\u4e00-\u9fff]{1,2}")


def _name_apart(raw: str, reading: Reading | None) -> Reading | None:
    """'小美 两份': the first word, typed apart, names who orders, not the product."""
    words = raw.split()
    if reading is None or not reading.item or len(words) < 2 or GOODS.search(reading.item):
        return reading
    name = squeeze(words[0])
    if not _NICK.fullmatch(name) or not reading.item.startswith(name) or _VERB_RE.search(name) or _NOT_HEAD.search(name):
        return reading
    rest = _order_clause(_tidy(squeeze("".join(words[1:]))))
    return rest if rest is not None and rest.intent == ORDER else reading


def _tidy(clause: str) -> str:
    clause = re.sub(r"十分(?=[\u4e00-\u9fff])", "非常", clause)  # "十分感谢": very, not ten portions
    clause = heard_as(strip_particles(trim_courtesy(clause)), ("取消",))  # "取笑", "去消"
    clause = _IF_AVAILABLE.sub("", clause)  # "要是还有就给我一份", "如果没截单我要三份": the store's side, not doubt
    clause = re.sub(r"^(?P<item>.{0,6}?)(?:还)?(?:能|有|还有|可以|来得及|要团|有货|有剩|没卖完)[\u4e00-\u9fff]{0,2}?的话", r"\g<item>",
                    clause)  # "鸡蛋还有的话…", "还能订的话给我一份": if there is any, then the order
    clause = _TOPIC.sub(lambda m: m["item"] if GOODS.search(m["item"]) else m.group(0), clause)  # "鸡蛋的话我要两盒"
    for pattern, fixed in _TYPOS:
        clause = pattern.sub(fixed, clause)
    clause = re.sub(r"^(?!不)([\u4e00-\u9fff]{2,6})\1$", r"\1", clause)  # "撤单撤单": said twice, meant once ("不要不要" refuses)
    clause = _RESTATED.sub(r"\g<q>\g<u>", clause)  # "我要两份就是两包": the same count in another unit
    return "" if _UNIT_NOT.fullmatch(clause) else clause  # "不是两斤啊是两份": the unit put right, not the count


# The count said again in other words, the same number: "两份就是两包", "一份也就是一盒".
_RESTATED = re.compile("(?P<q>" + NUMERAL + ")(?P<u>" + _U + ")[啊吧哈呀哦啦嘛哟嗯]*(?:就是|也就是|即)(?P=q)" + _U)
_UNIT_NOT = re.compile("不是(?P<q>" + NUMERAL + ")" + _U + "[啊吧哈呀哦啦嘛哟嗯]*(?:而)?是(?P=q)" + _U + "[啊吧哈呀哦啦嘛哟嗯]*")


# A condition only on the store's side, stock or the cut-off: the order stands if it can be had.
_IF_AVAILABLE = re.compile(r"^(?:如果|要是|假如|若)(?:还)?(?:有货|有剩|有(?!人)|没卖完|没截单|没截止|没截|还没截单?|没结束|来得及|能订|能买|没满)(?:的话)?(?:就|那就|那)?(?=.)")
_TOPIC = re.compile(r"^(?P<item>[\u4e00-\u9fff]{1,6}?)的话(?=[我给来要帮])")


def _combine(parts: list[str], readings: list[tuple[str, Reading]]) -> Reading | None:
    """One reading for a message of several clauses ("我一份，我妈一份" is two, "更正：3份" a change)."""
    readings = [(p, r) for p, r in readings if not _BEFORE_NOW.search(p) or r.intent == CHANGE and not r.add]  # "原来三份改成一份"
    if any(re.search(r"[帮替给][她他]", p) for p in parts):  # "我婆婆让我帮她问问，她要一份": hers, ordered for her
        readings = [(p, replace(r, sure=True) if r.intent == ORDER and re.match(r"[她他]", p) else r) for p, r in readings]
    orders = [r for p, r in readings if r.intent == ORDER and not _TOO_MANY.search(p)]
    if len(orders) == 1 and orders[0].sure and (any(_TOO_MANY.search(p) for p in parts)
                                                 or any(_THE_REST.search(p) for p, r in readings if r.intent == CANCEL)):
        return Reading(CHANGE, orders[0].amount)  # "四份太多了 两份就行", "就留一份吧 多的去掉"
    if {r.intent for _, r in readings} == {CANCEL} and len(readings) == 1 and _SHARE_OF.match(readings[0][0]) \
            and any(_KEEP_MINE.fullmatch(p) for p in parts):
        return Reading(CHANGE, -1, add=True)  # "我姐那份不要了 我自己的还要": one portion less, not the whole order
    if {r.intent for _, r in readings} == {CANCEL} and len(readings) == 1 and GOODS.search(readings[0][1].item) \
            and any((m := _KEEP_OTHER.match(p)) and GOODS.search(m["item"]) and m["item"] != readings[0][1].item for p in parts):
        return Reading(CHANGE, -1, add=True)  # "小米不要了 汤圆照旧": one product of the order dropped, the rest kept
    if {r.intent for _, r in readings} >= {ORDER, CANCEL}:
        kept = [r for _, r in readings if r.intent == ORDER]
        dropped = [r for _, r in readings if r.intent == CANCEL]
        if len(kept) == 1 and len(dropped) == 1 and GOODS.search(dropped[0].item) and dropped[0].item not in kept[0].item \
                and any(_KEEP_OTHER.match(p) for p, r in readings if r.intent == ORDER):
            return Reading(CHANGE, -1, add=True)  # "大枣取消 汤圆还是两份": the other product stays as it was
        if len(kept) == 1 and kept[0].sure and all(GOODS.search(r.item) and r.item not in kept[0].item for r in dropped):
            return kept[0]  # "汤圆两份 小米就不要了": one product ordered, another left out
        return None  # "她要两份，我不要": who wants what, not ours to guess
    asked_less = any(r.intent == CHANGE and r.amount < 0 and not r.sure for _, r in readings)
    if any(r.sure for _, r in readings) and not asked_less:  # "能少一份吗 我妈那份不要了": the fewer, asked
        readings = [(p, r) for p, r in readings if r.sure]  # "这个我要，要两份": the clear one
    if not readings:
        return None
    allotted = [(p, r) for p, r in readings if r.intent == ORDER and (_ALLOT.match(p) or _EACH.match(p))]
    main = [(p, r) for p, r in readings if (p, r) not in allotted]
    if allotted and len(main) == 1 and main[0][1].intent == ORDER \
            and sum(r.amount for _, r in allotted) <= main[0][1].amount:  # "我要两份，一份给我婆婆": how the two are shared
        readings = main
    found = [r for _, r in readings]
    kinds = {r.intent for r in found}
    if CHANGE not in kinds and (total := next((m for p in parts if (m := _TOTAL.search(p))), None)):
        amount = number(total["n"] or total["m"])
        more = [r for p, r in readings if p.startswith("+") and not _TOTAL.search(p) and r.amount != amount]
        if more:  # "加一份，一共两份": one more, making two
            return Reading(CHANGE, more[0].amount, add=True)
        return Reading(ORDER, amount) if amount else None
    if kinds == {ORDER} and len(found) > 1 and _several_goods([r.item for r in found]) and not any(_RECIPE.search(p) for p in parts):  # "小米一份 汤圆两份": each product its count
        return Reading(ORDER, sum(r.amount for r in found), sure=all(r.sure for r in found))
    if kinds == {ORDER, CHANGE} and all(r.sure for r in found) and all(r.add and r.amount > 0 for r in found if r.intent == CHANGE) \
            and not any(_EARLIER.search(p) or _TOTAL.search(p) for p in parts):  # "我和我姐各一份 再给我妈一份": all of it new
        return Reading(ORDER, sum(r.amount for r in found))
    if CHANGE in kinds:  # "我婆婆那份不要了，减一份", "我妈也要，再加一份"
        found = [r for r in found if r.intent == CHANGE]
        if len({r.add for r in found}) > 1:  # "少要一份，改一份": the change, the new total follows from it
            found = [r for r in found if r.add]
    elif CANCEL in kinds and ORDER in kinds:
        return None  # "不要了……两份": not ours to guess
    elif ORDER in kinds and any(_CORRECTION.search(p) or _BEFORE_NOW.search(p) or _NOT_THAT.match(p)
                                for p in parts):  # "更正：3份", "刚才那个作废，我要一份", "三份，不是两份"
        found = [Reading(CHANGE, r.amount, False, r.sure, r.item) for r in found]
    orders = [(p, r) for p, r in readings if r.intent == ORDER]
    if len(orders) > 2 and len(orders) == len(found) and orders[0][1].amount == sum(r.amount for _, r in orders[1:]) \
            and all(_for_someone(p) for p, _ in orders[1:]):  # "我要两份，给我妈一份，我一份": the total, then how it is shared
        return Reading(ORDER, orders[0][1].amount, sure=all(r.sure for _, r in orders))
    if len(orders) > 1 and len(orders) == len(found) and len({p for p, _ in orders}) == len(orders) \
            and all(_for_someone(p) for p, _ in orders):  # "我一份，我妈一份", "我家两份 隔壁王姐托我带一份"
        return Reading(ORDER, sum(r.amount for _, r in orders), sure=all(r.sure for _, r in orders))
    if len({(r.intent, r.amount, r.add) for r in found}) > 1:
        return None
    first = found[0]
    conditional = [p for p in parts if _CONDITION.search(p) and not _NEXT_TIME.match(p)] if first.intent == CANCEL else \
        [p for p, _ in readings if _CONDITION.search(p)]  # "这次先不买，下次再说"
    sure = all(r.sure for r in found) and not conditional
    return Reading(first.intent, first.amount, first.add, sure, first.item)


def _several_goods(items: list[str]) -> bool:
    """Each count names its own product ("汤圆两份 鞋垫一套"): the order is their sum, not two readings at odds."""
    names = [re.sub(r"^(?:给我|帮我|我)?(?:要|来|订|买)?", "", item) for item in items]
    return all(GOODS.search(n) and _is_item(n) for n in names) and len(set(names)) == len(names) \
        and not any(a != b and (a in b or b in a) for a in names for b in names)


# Counts run on after the product each is for: "大枣一份苹果泥一份", "汤圆1小米1大枣1" (a name, then a count).
_NAMED_COUNT = re.compile(r"(?:给我|我要?|来)?(?P<name>[\u4e00-\u9fff]{1,5}?)(?:" + NUMERAL + r")[" + _UNITS + r"]|"
                          r"(?P<name2>[\u4e00-\u9fff]{1,5}?)[1-9](?!\d)")


def _goods_apart(text: str) -> str:
    """Commas between counts run on, each after its own product's name; recipes and prices are left whole."""
    if _RECIPE.search(text):
        return text
    out, at = [], 0
    for match in _NAMED_COUNT.finditer(text):
        name = match["name"] or match["name2"]
        if match.start() != at or not GOODS.search(name) or not _is_item(name):
            return text
        out.append(match.group(0))
        at = match.end()
    return "，".join(out) if len(out) > 1 and at == len(text) else text


_RECIPE = re.compile(r"配|兑|[蒸熬煮炖炒]|水|块|元|钱")


# Someone else's share of the order dropped while one's own stays: one portion less.
_SHARE_OF = re.compile(r"^(?![我俺](?:的|自己的?)?那份)(?:我家?|俺家?)?(?:妈|爸|婆婆|公公|老公|老婆|姐|妹|哥|弟|嫂|孩子|儿子|女儿|闺女|老人|爷爷|奶奶|"
                       r"外婆|姥姥|邻居|同事|朋友)(?:的)?那份")
_KEEP_MINE = re.compile(r"(?:但|不过)?(?:我|俺)(?:自己)?的?(?:那份)?(?:还|照样|照旧|不变|留着|继续)(?:要|留)?")
# Signing off a cancellation: "不要了 下次再来", "接龙那份不要了 下次再接".
_KEEP_OTHER = re.compile(r"^(?P<item>[\u4e00-\u9fff]{1,5}?)(?:的)?(?:照旧|照样|不变|还要|留着|继续|还是(?=" + NUMERAL + "))")
_NEXT_TIME = re.compile(r"^(?:那|就)?(?:下次|下回|以后|改天)(?:再(?!说|看|考虑|议|定)|一定|还)")
_PER_UNIT = re.compile("每[" + _UNITS + "]")
# What refers to an order placed before: "刚才要了两份，再加一份".
_EARLIER = re.compile(r"刚才|刚刚|之前|上次|原来|本来|已经|[订要买拍接报][了过]")
# The count ordered judged too many, then the count wanted: "四份太多了 两份就行" (a new total).
_TOO_MANY = re.compile(r"^(?:我的?|我那|那)?.{0,3}?(?:" + _QU + r")(?:太多|多了|有点多|吃不完|用不完)")
# The rest of the order dropped: "就留一份吧 多的去掉" (a new total).
_THE_REST = re.compile(r"^(?:其他的|多的|多余的|剩下的|其余的|别的)(?:那份|那些)?(?:就)?(?:去掉|不要了?|删掉|退掉?|取消)")


def _for_someone(clause: str) -> bool:
    """A clause that starts with whom its count is for: "我妈一份", "也给我婆婆一份", "隔壁王姐托我带一份"."""
    clause = re.sub(r"^(?:也|还|另外|然后|顺便|再)*[帮给替]?", "", clause)
    return bool(_PERSON.match(clause) or _RELATIVE.match(clause))


def _order_clause(clause: str) -> Reading | None:
    if not clause or len(clause) > 30 or _LAUGH.search(clause) or clause.startswith("不是") or _PER_UNIT.search(clause):
        return None  # "每份改成12个了": what a portion holds, the staff's notice
    if _QUESTION.search(clause) or _MAY_NOT.search(clause):
        return _asked(clause)
    if (lead := _LEAD_CORRECTION.match(clause)) and lead.end() < len(clause):
        rest = _order_clause(clause[lead.end():])
        return Reading(CHANGE, rest.amount, False, rest.sure, rest.item) if rest and rest.intent == ORDER else rest
    for pattern, read in ((_NOT_SO, _set_first), (_SET, _set), (_LESS, _less), (_ADD, _add)):
        if match := pattern.search(clause):
            reading = read(match)
            if reading is not None and reading.add and reading.amount > 0 and _THIS_TIME.match(clause):
                return replace(reading, intent=ORDER, add=False)  # "这次还要一份": this group-buy's order, said against the last
            return reading
    if match := _CANCEL_WORDS.search(clause):
        return _cancel(clause, match)
    if (match := re.fullmatch(r"(?P<thing>.{1,8}?)(?:就|也|还是)?算了?", clause)) and GOODS.search(match["thing"]) \
            and _is_item(match["thing"]):
        return Reading(CANCEL, item=match["thing"])  # "鸡蛋就算了": that product, not this time
    if match := _TIMES.match(clause):
        return _checked(Reading(ORDER, number(match["k"]) or 0, item=match["pre"]))
    if (match := _FOR_EACH.match(clause)) and (persons := _persons_for(match["who"])):  # "给我爸妈各来一袋小米"
        return _checked(Reading(ORDER, persons * (number(match["n"] or match["m"]) or 0), item=match["item"]))
    if (match := _EACH.match(clause)) and (shares := _shares(match["who"], match.group(0))):  # "我妈和我各一份"
        item = "" if _is_who(match["who"]) else match["who"]  # "大米小米各一袋": the products, for the caller to check
        return _checked(Reading(ORDER, shares * (number(match["n"] or match["m"]) or 0), item=item))
    if match := _PLUS.match(clause):
        counts = [number(p[1:]) if p[1:] else 1 for p in re.findall(r"\+(?:\d{1,3}|[一两二三四五六七八九十])?", match["plus"])]
        if not all(counts):
            return None  # "+0"
        pre = re.sub(r"^(?:接龙|我也|我家|我们家|我|也|同)?(?:跟|接|要|订|来)?", "", match["pre"])  # "接龙+1", "我也+1", "跟+1"
        pre = re.sub(r"^.{1,3}(?:姐|妈妈?|阿姨|奶奶|爷爷|叔叔?|哥|嫂|婆婆)$", "", pre)  # "王姐+1": her name
        pre = "" if not _WHO_WORDS.sub("", pre) else pre  # "我奶奶+2", "我妈+1": for whom, not the product
        return _checked(Reading(ORDER, sum(counts), item=pre))
    if (match := _BARE.match(clause)) and GOODS.search(match["pre"]):
        return _checked(Reading(ORDER, int(match["k"]), item=match["pre"]))
    if (match := _VERB_DIGITS.fullmatch(clause)) and _is_who(re.sub(r"^[帮给替](?:我|俺)?", "", match["who"] or "")):  # "跟2", "我要2", "订一", "帮留俩": the unit left out
        return _checked(Reading(ORDER, number(match["k"] or match["k2"]) or 0))
    if reading := _per_person(clause) or _wanted(clause) or _last_sentence(clause):
        return reading
    if (match := _ONE.match(clause)) and _is_who(match["who"]) and _is_item(match["pre"]) \
            and not re.search(r"自己|[下放泡煮炒蒸焯切洗]", match.group(0)):  # "我自己来", "要冷水下锅"
        return Reading(ORDER, 1, sure=False, item=match["pre"])
    return None


# Leave asked with a closing 不: "可以再加一份不", "能少要一份不" (a clause ending in 不 is otherwise a refusal).
_MAY_NOT = re.compile(r"^(?:我|那|还)?(?:能|可以).{1,8}[份个盒袋箱斤]不$")
_VERB_DIGITS = re.compile(r"(?P<who>.{0,6}?)(?:也|都)?(?:要|订|定|跟|来|拿|留|接|拍|称)(?P<k>[1-9]\d?|[一两二三四五六七八九俩仨])|(?P<who2>)(?:我|俺)(?P<k2>[1-9])")
_HEADS = re.compile("(" + NUMERAL + r")(?:个|口|位)?(?:人|娃|孩子|小孩|宝宝?|家|口)|(俩|仨)")


# Portions each for those named after 给: they are who the order is for, the member not among them.
_FOR_EACH = re.compile(r"^(?:给|帮|替)(?P<who>.{1,12}?)各(?:来|要|订|留|拿|买)?" + _QU + r"(?P<item>[\u4e00-\u9fff]{0,5})$")
_TWO_OF_THEM = re.compile(r"爸妈|父母|公婆|爷爷奶奶|姥姥姥爷|外公外婆|两个老人|俩老|二老")


def _persons_for(who: str) -> int:
    """How many the portions are for: '我爸妈' 2, '我家6岁的和3岁的' 2, '我婆婆和我妈' 2; 0 when not persons."""
    pieces = [p for p in re.split(r"和|跟|还有|、", re.sub(r"^(?:我家|我们家|我|俺家|俺)(?![和跟、])", "", who)) if p]
    counts = [2 if _TWO_OF_THEM.search(p) else 1 if _RELATIVE.search(p) or _PERSON.search(p) or re.search(r"\d+岁", p) else 0
              for p in pieces]
    return sum(counts) if counts and all(counts) else 0


def _shares(who: str, clause: str) -> int:
    """How many a count is for, each: the persons named ('我妈和我', '我们家三口人', '我们仨') or,
    with 各, the products ('大米小米', '鸡蛋和小米'); 0 for neither."""
    if _is_who(who):
        if match := _HEADS.search(who):
            return number(match.group(1) or match.group(2)) or 0
        if re.fullmatch(r"(?:我们|咱们|咱|大家|我们家|我家|咱家|全家|家里)(?:都)?", who):
            return 0  # "我们一人一份": how many are "we"?
        return len(re.split(r"和|跟|还有|、", who))
    items = [w for w in re.split(r"和|跟|还有|、|以及", who) if w]
    if len(items) == 1 and len(who) == 4:  # "大米小米"
        items = [who[:2], who[2:]]
    return len(items) if "各" in clause and len(items) > 1 and all(GOODS.search(w) and _is_item(w) for w in items) else 0


def _wanted(clause: str) -> Reading | None:
    """'我要两份', '鸡蛋要两份', '给我留一份', '帮我婆婆订两份', '我妈说她也要两份', '1份 6号楼'."""
    clause = _PACKING.sub("", clause)  # "6袋装的苹果泥要两盒": the packing is not the quantity
    clause = _SAID_AGAIN.sub(r"\g<q>", clause)  # "我要一份嗯就一份": said twice
    quantities = list(_QU_RE.finditer(clause))
    if not quantities:
        return None
    match = quantities[-1]
    if len(quantities) > 1 and _run_on(clause[quantities[0].end():]):  # "我要两份一份自己吃一份送人"
        match = quantities[0]
    head, post = clause[:match.start()], clause[match.end():]
    post = "" if _LOGISTICS.fullmatch(post) or _run_on(post) else post
    remark = _remark(post) and bool(_VERB_RE.search(head)) and match.group(0)[-1] in _REMARK_UNITS  # "我要两份孩子爱吃"
    if _NOT_HEAD.search(head) or not (_is_item(post) or remark) or _QU_RE.search(head):  # "鸡蛋两份苹果一份": not one count
        return None
    if re.search(r"(?:一人|每人|一样)$", head):  # "两个孩子一人一个": how it is shared out, not how many
        return None
    verbs = list(_VERB_RE.finditer(head))
    who, pre = (head[:verbs[-1].start()], head[verbs[-1].end():]) if verbs else ("", head)
    who, pre = _FILLER.sub("", who), _FILLER.sub("", pre)
    if _is_who(pre) and pre and (verbs or not _doing(pre)):  # "我妈两份"; not "我签一个"
        who, pre = who + pre, ""
    if not _is_who(who):
        who, pre = "", who + pre  # "鸡蛋要两份": the product before the verb
    if not _is_item(pre) or _OTHERS.search(who) and not _OTHERS_THEN_ME.search(who):
        return None  # "看到大家都要两份": theirs; "看大家都在买我也跟一份": mine
    post = "" if remark and not re.search(r"[她他]", who) else post
    if not _is_item(post):
        return None
    hearsay = bool(re.search(r"[她他]", who)) and not re.search(r"[我帮给替]", who)  # "她也要一份": hers, or talk?
    return _checked(Reading(ORDER, number(match["n"] or match["m"]) or 0, add=bool(who and _THIRD.search(who)),
                            sure=not hearsay, item=pre + post))


# Where a sentence typed on without punctuation may start again: "我" after other words, not as an
# object ("她跟我要两份", "他说我要两份": their words).
_RESTART = re.compile(r"(?<=[^跟问找向和同让叫说给帮替们以对])我(?!们)")
_PROPOSING = re.compile(r"你|您|要不|如果|要是|的话")  # "你要两份我就要一份": a proposal, not an order


def _last_sentence(clause: str) -> Reading | None:
    """'姐妹们说这个米好吃我也跟一袋试试': voice input runs sentences together; the last one, said
    by the member ('我也跟一袋试试'), is the order (the whole message's checks still apply)."""
    starts = [m.start() for m in _RESTART.finditer(clause) if m.start() >= 2]
    if not starts or not _QU_RE.search(clause, starts[-1]) or _PROPOSING.search(clause[:starts[-1]]):
        return None
    reading = _wanted(clause[starts[-1]:])
    return reading if reading is not None and reading.sure and not reading.add else None


_SAID_AGAIN = re.compile(r"(?P<q>" + NUMERAL + _U + r")(?:[啊吧哈呀哦啦嘛哟嗯]+(?:对|就|是|就是|只要|要)?|(?:对|是|只要|要)?)(?P=q)$")
# A share of the order said after it: "一份给我婆婆", "一份自己吃".
_ALLOT = re.compile(r"^(?:其中)?" + _QU + r"(?:是)?(?:给|送给|留给|带给|自己|孝敬|送人|(?<=其中..)(?:帮|替|为))")


# What a remark typed on after the count may not hold: another count, a cancel, a question, doubt, the
# past, laughter, a verdict on the amount ("我要两份都吃不完"), someone addressed.
_NOT_REMARK = re.compile(_QU + r"|不要|不用|不订|不买|取消|算了|太多|太少|[吃用喝放]不[完下]|够了|你|哈哈|呵呵|嘿嘿|才|但|可是|不过")
# A remark starts a sentence of its own: someone ("孩子爱吃"), or something done ("给我妈送去", "过年用");
# a noun right after the count is what is counted ("两份工作", "两个小时").
_REMARK_START = re.compile("(?:" + _PERSON.pattern + r")|[给送到放拿取去转付等先再晚明今周过走孝吃用留]|别(?:给我)?[忘漏]|记得|群主|店长|老板|不够|货到")
_REMARK_UNITS = "份盒箱袋斤瓶包提罐桶"


def _remark(post: str) -> bool:
    """Words after a clear order's count that say something else ('孩子爱吃', '给我妈送去', '过年用',
    '到了告诉我'), not a product ('土鸡蛋') nor a change of mind."""
    if _WHEN_IT_COMES.match(post) and not _NOT_REMARK.search(post):
        return True  # "到了告诉我": a word about the delivery
    if len(post) < 2 or GOODS.fullmatch(post) or _NOT_REMARK.search(post) or _QUESTION.search(post):
        return False
    if _PAST.search(post) or _CONDITION.search(post) or _UNDECIDED.search(post) or _OFFER.search(post):
        return False
    return bool(_REMARK_START.match(post))


def _doing(words: str) -> bool:
    """Whether words before a count, with no ordering verb, say someone does something ('我签',
    '我写') rather than only name who ('我妈', '我家', '3栋王姐', '小美妈妈')."""
    rest = _WHO_WORDS.sub("", words)
    return bool(rest) and not _NICK.fullmatch(rest) and not re.fullmatch("[" + _SURNAME + "]", rest)


def _per_person(clause: str) -> Reading | None:
    """'我一份我婆婆两份' said in one breath: each person's count, summed."""
    clause = _PACKING.sub("", clause)
    ends = [m.end() for m in _QU_RE.finditer(clause)]
    rest = clause[ends[-1]:] if ends else ""
    if len(ends) < 2 or rest and not (_LOGISTICS.fullmatch(rest) or _run_on(rest)):
        return None
    pieces = [clause[a:b] for a, b in zip([0, *ends], ends)]
    found = [_wanted(p) for p in pieces if p]
    if not all(r and r.intent == ORDER and r.sure for r in found) or not all(_PERSON.match(p) for p in pieces):
        return None
    return Reading(ORDER, sum(r.amount for r in found))


_RUN_ON = re.compile(r"^(?:[啊吧哈呀哦啦嘛哟嗯]+|(?=[我你您他她]|因为|所以|钱|就是|到时候?|今天|明天|后天|早上|上午|中午|下午|傍晚|晚上|"
                     r"周[一二三四五六日末]|一会|待会|等会|回头|下班|放学)(?!.*(?:" + _QU + r"|不要|取消|不订))|"
                     r"(?:一|两|\d)" + _U + r"(?:自己|给|送|留给|带给|孝敬))")


def _run_on(post: str) -> bool:
    """Words after the count that start a new sentence, voice input without a comma: after a
    particle or with a new subject ("两份啊我不会接龙", "一份我下午让孙子来拿")."""
    return bool(post) and bool(_RUN_ON.match(post))


_OTHERS = re.compile(r"大家|别人|有人|人家|群里|[她他]们")  # "她们都要两份": theirs
_OTHERS_THEN_ME = re.compile(r"(?:大家|别人|有人|人家|群里).*[我俺]")
_THIRD = re.compile(r"妈|爸|婆|公|老公|老婆|闺蜜|同事|邻居|朋友|姐|妹|哥|弟|嫂|女儿|儿子|闺女|老头|老伴|奶奶|爷爷|她|他")


def _is_who(words: str) -> bool:
    """Nothing, or who the order is for: '我', '帮我婆婆', '楼下李奶奶让我帮她', '我家老头子说也'."""
    return not words or (len(words) <= 14 and bool(_PERSON.search(words)) and not _NOT_HEAD.search(words))


def _checked(reading: Reading) -> Reading | None:
    return reading if 1 <= reading.amount <= MAX_AMOUNT and _is_item(reading.item) else None


def _set(match: re.Match) -> Reading | None:
    amount = number(match["n"] or match["m"] or match["k"] or match["x"])
    post = match["post"] or ""
    return _checked(Reading(CHANGE, amount or 0, item="" if _run_on(post) or _LOGISTICS.fullmatch(post) else post))


def _set_first(match: re.Match) -> Reading | None:
    return _checked(Reading(CHANGE, number(match["n"] or match["m"]) or 0))


def _add(match: re.Match) -> Reading | None:
    post = match["post"] or ""
    post = "" if _LOGISTICS.fullmatch(post) or _run_on(post) else post
    return _checked(Reading(CHANGE, number(match["n"] or match["m"] or match["k"] or match["j"]) or 0, add=True, item=post))


def _less(match: re.Match) -> Reading | None:
    amount = number(match["n"] or match["m"] or match["k"]) or 0
    return Reading(CHANGE, -amount, add=True) if 1 <= amount <= MAX_AMOUNT else None


def _cancel(clause: str, match: re.Match) -> Reading | None:
    before, after = clause[:match.start()], clause[match.end():]
    before = re.sub(r"^(?:算了|想了想|想想|考虑了一下|还是|那|就)+", "", before)
    if _ORDERED_BEFORE.search(before) or re.search("[\u4e00-\u9fff]" + _QU, before) and GOODS.search(before) \
            and not re.search(r"[那这的]" + _QU, before):
        return None  # "那个鸡蛋我要两盒那个红枣不要": one thing wanted, another not
    if _NOT_BEFORE_CANCEL.search(before) or len(before) > 12 or not re.fullmatch(r"(?:订单|我的|吧|一下|了|啦|掉|脱|取消|(?:我|俺)(?:订)?的?(?:那|这)?[份单]?)*", after):
        return None
    thing = _NOT_THING.sub("", before)  # "那个鸡蛋我不要了" names the product; "那个工作我不要了" no product
    thing = _PERSON_OR_HOME.sub("", thing)  # "我妈那份": hers; "家里的旧冰箱": a thing
    return Reading(CANCEL, item="" if not thing or re.fullmatch(r"[号第个条位名]+", thing) else thing)  # "把聊天记录删了": not the order


_ORDERED_BEFORE = re.compile(_VERB + _QU)


_NOT_THING = re.compile("|".join(sorted(
    ("我的", "我", "想要", "想", "需要", "得", "把", "从", "吧", "啊", "呀", "哦", "嘛", "啦", "哈", "嗯", "唉", "哎", "俺的", "俺", "咱家", "咱", "侬", "阿拉", "我们家", "我们", "我家", "这边", "那边", "这里", "那份", "这份", "那个", "这个", "这次", "这回", "那", "这", "的", "订单", "份", "也", "都", "就",
     "还是", "算了", "先", "今天", "明天", "要", "帮", "给", "一下", "接龙里", "接龙", "条", "刚才", "刚刚", "订", "定", "买", "拍",
     "店长", "群主", "老板", "个",
     # the order itself, as members name it when they drop it: "我那单撤了吧", "把我那行删掉", "我的名字去掉吧"
     "那单", "这单", "单子", "单", "那分", "这分", "名字", "那行", "这行", "那一行", "一行",
     # words around it that name nothing: "我那份算咯 不要了", "但我不要了", "订单作废吧", "我下车 不要了"
     "算咯", "算啦", "算喽", "喂", "麻烦", "哎呀", "哎", "唉呀", "报", "接", "退", "不要了", "不要", "取消", "但是", "但", "可是", "不过", "作废", "下车", "撤", "去掉", "删掉"), key=len, reverse=True)) + "|" + NUMERAL)


# A 接龙 line typed without its number: the flat, the name, the count ("1801 老陈 2", "9-2-402 赵 1", "3栋502 取消").
_FLAT_LINE = re.compile(r"^(?:\d{1,2}-\d{1,2}-\d{3,4}|\d{1,2}-\d{3,4}|\d{1,2}栋\d{3,4}|\d{3,4})(?P<name>[^\d\s]{0,5}?)"
                        r"(?:(?P<k>[1-9]\d?)(?:" + _U + r")?|(?P<cancel>取消|不要了?))$")


def _chain_line(clause: str) -> Reading | None:
    """'21. 李叔叔 1', '40. 小周 +2', '37. 6-1-201 刘 1份': one's own line of a 接龙, posted alone."""
    if (flat := _FLAT_LINE.match(clause)) and (flat["cancel"] or _NICK.fullmatch(flat["name"]) or flat["name"][:1] in tuple(_SURNAME)):
        return Reading(CANCEL) if flat["cancel"] else Reading(ORDER, int(flat["k"]))
    match = _CHAIN_LINE.match(clause)
    if match is None or match["name"].isdigit():
        return None
    if match["cancel"]:
        return Reading(CANCEL)
    digits = match["k"] or match["n"] or match["m"] or match["x"]
    amount = number(digits) if digits else 1
    return Reading(ORDER, amount, sure=bool(digits)) if amount and 1 <= amount <= MAX_AMOUNT else None


def _asked(clause: str) -> Reading | None:
    """'我能订两份吗': an order put as a question; asked back, never acted on. A request for the
    staff to do it ('可以帮我订两份吗', '能给我留一份吗', '能帮我改成三份吗') is the order said politely."""
    reading = _asked_back(clause)
    if reading is not None and reading.intent in (ORDER, CHANGE) and _REQUEST.search(clause):
        return replace(reading, sure=True)
    return reading


# Asking the staff to do it for me: "可以帮我…吗", "能给我…吗", "麻烦帮我…".
_REQUEST = re.compile(r"(?:能不能|可不可以|能否|可以|能|麻烦)(?:您|你)?(?:帮我|给我|帮忙)")


def _asked_back(clause: str) -> Reading | None:
    if _PAST.search(clause) or re.search(r"什么时候|几点|哪天|多久|到了|怎么", clause):
        return None  # "我的两份什么时候能拿": about an order, not one
    if cancel := _cancel_asked(clause):
        return cancel
    polite = re.sub(r"^(?:能不能|可不可以|能否|可以|能)?(?:帮我|给我)?|(?:可以|行|好)?(?:吗|么|不)?\??$", "", clause)
    if re.search(r"改|换成|变成", polite) and (match := _SET.search(polite)) and (change := _set(match)):
        return replace(change, sure=False)  # "能帮我改成两份吗": a change, asked back
    if _MAY.search(clause) and (change := _more_or_less(polite)):
        return replace(change, sure=False)  # "能减一份吗", "可以再加一份不": a change by so many, asked back
    if match := re.fullmatch(r"(.*?)(?:(?:可以|行|好)(?:吗|不|伐)|行不行|好不好|可不可以)", clause):  # "我想要三份可以吗": an order, politely
        if cancel := _CANCEL_WORDS.search(match.group(1)):  # "我那份不要了可以吗": a cancellation, asked back
            return (reading := _cancel(match.group(1), cancel)) and replace(reading, sure=False)
        return _wanted(match.group(1))
    if not re.search(r"(?:能|可以|能不能|可不可以|行不行).{0,4}" + _VERB, clause):
        return None
    match = _QU_RE.search(clause)
    amount = number(match["n"] or match["m"]) if match else None
    return Reading(ORDER, amount, sure=False) if amount and amount <= MAX_AMOUNT else None


# Asking leave: "能", "可以", "能不能", "行不行"; with a change by so many it is one's own change, asked.
_MAY = re.compile(r"能|可以|可不可以|行不行")


def _more_or_less(said: str) -> Reading | None:
    """The change by so many in ``said``: fewer ("减一份", "退一份", "少要一份") or more ("再加一份")."""
    if match := _LESS.search(said):
        return _less(match)
    if match := _ADD.search(said) or _PLAIN_ADD.search(said):
        return _add(match)
    return None


# "加一份" asked without 再: "能加一份吗", "可以给我加两盒吗"; the words after are read as by _ADD.
_PLAIN_ADD = re.compile(r"(?:^|我)加(?P<k>)(?P<j>)" + _QU + r"(?P<post>.{0,6})$")


_CAN = re.compile(r"(?:能不能|可不可以|能否|可以|能|麻烦)(?P<request>(?:您|你)?(?:帮我|给我|帮忙)(?:把)?(?:我的|我那份|订单|我的订单)?)?"
                  r"(?=取消|不要|不订|退掉|删掉)")  # "能退吗" asks about returns


def _cancel_asked(clause: str) -> Reading | None:
    """'我那份能取消吗', '我的鸡蛋能不能不要了': a cancellation asked for politely; asked back once."""
    if not (can := _CAN.search(clause)):
        return None
    said = re.sub(r"[吗么呢?]+$", "", clause[:can.start()] + clause[can.end():])
    match = _CANCEL_WORDS.search(said)
    reading = _cancel(said, match) if match else None
    return replace(reading, sure=bool(can["request"])) if reading else None  # "能帮我把订单取消一下吗": the staff asked to do it


_NOT_ITEM = re.compile(r"[了过吗呢吧啊哈嘿呵的地得是在有就都也还又被把让跟与或人位块元点号岁天年月日周娃孩已他她你说吃喝去玩看听学做\d]|"
                       r"笑话|动作|快乐|耐心|收获|小时|和我|我和|饭|收到|到了|拿到|到货|签到|打卡|刷脸|红包|快递|电话|分钟|合影|拥抱")


def _is_item(words: str) -> bool:
    """Nothing, or words that can name a product ("鸡蛋", "土鸡蛋"), not a sentence."""
    return not words or (len(words) <= 8 and not _NOT_ITEM.search(words) and not words.isdigit())


def names_item(words: str, item_name: str | None) -> bool:
    """Whether product words fit the open product ("鸡蛋" for 鸡蛋30枚, "土鸡蛋" too): none always do.
    ``item_name`` None: any goods a store sells (the corpus does not say which product is open)."""
    if not words:
        return True
    if item_name is None:
        return bool(GOODS.search(words))
    item = "".join(clauses(item_name))
    return bool(item) and len(words) >= 2 and (words in item or item.startswith(words[:2]) or words.endswith(item[:2])
                                                or item[:2] in words)


def names_other_goods(text: str, item_name: str | None) -> bool:
    """Whether a message names goods that are not the open product ("草莓给我留三盒" while 鸡蛋 is
    open), wherever in it: for a guess, which has no product words of its own to hold against
    ``item_name`` (None: any goods, as in ``names_item``). Words that only look like goods (如果,
    里面, 奶奶, a count's unit "三包") name none."""
    if item_name is None:
        return False
    words = _PERSON_OR_HOME.sub("", _LOOKS_LIKE_GOODS.sub("", squeeze(plain(unquote(text)))))
    item = "".join(clauses(item_name))
    return any(m.group(0) not in item for m in GOODS.finditer(_QU_RE.sub("", _PACKING.sub("", words))))


# Everyday words holding a character of GOODS that name no product.
_LOOKS_LIKE_GOODS = re.compile(r"如果|结果|果然|效果|后果|[里外前后上下对当]面|面前|见面|方面|包邮|打包|红包|钱包|包括|参加|洗手|"
                               r"名片|照片|图片|卡住|粉丝|周围|被子?(?=[他她我人])|糖宝|果果")


# --- event sign-ups ---------------------------------------------------------------------------

_SURNAME = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江薛段雷侯龙史陶贺顾毛郝龚邵钱严武戴孔汤"
# Kin and acquaintances beyond the household: "我外甥", "我同学", "隔壁王姐", "楼下李阿姨".
_KIN = (r"(?:隔壁|楼下|楼上|对门|邻居)?[" + _SURNAME + r"](?:阿姨|奶奶|爷爷|大爷|大妈|叔叔?|婶|姐|哥|嫂|老师|师傅)|同学|外甥女?|侄女|侄子|"
        r"小姑子|大姑姐|小叔子|舅舅|舅妈|姑姑|小姨|姨妈|表姐|表妹|表哥|表弟|堂姐|堂妹|老大|老二|老三|室友|舍友|老乡")
_PERSONS = (_KIN + r"|(?:孩子|娃)[他她]?[爸妈]|我家那位|我家那口子|我们家|我们|我家|咱家|咱们|咱|俺|我|老公|老婆|爱人|孩子|娃|宝宝|宝贝|大宝|二宝|儿子|女儿|闺女|小孩|老伴|老太婆|老婆子|老太太|老头子|老头|"
            r"男朋友|女朋友|对象|朋友|闺蜜|老姐妹|姐妹|同事|邻居|婆婆|公公|我妈|我爸|妈妈|爸爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|"
            r"孙女|孙子|外孙女|外孙|老两口|先生|太太|爸妈|家人|姐姐|妹妹|哥哥|弟弟|嫂子|我姐|我妹|我哥|我弟|楼")
# Compiled once (the readers run on every message): who is named, and the words around who.
_WHO_WORDS = re.compile(_PERSONS + "|" + _PERSON.pattern + r"|[的也都和跟给帮替、名下这边那边算加带凑记报再还先就只]|\d+|[栋号楼单元室-]")
_PERSON_OR_HOME = re.compile(_PERSONS + "|" + _PERSON.pattern + r"|里")
_NOT_SIGNUP_THING = re.compile(_PERSONS + "|" + _PERSON.pattern + r"|里|" + _NOT_THING.pattern)
_HOME = (r"(?:孩子|娃)[他她]?[爸妈]|(?<=我家|俺家)那(?:位|口子)|老公|老婆|爱人|对象|姐姐|妹妹|哥哥|弟弟|嫂子|我姐|我妹|我哥|我弟|宝宝|宝贝|大宝|二宝|儿子|女儿|闺女|老伴|老太婆|老婆子|老头子|老头|男朋友|女朋友|闺蜜|同事|邻居|婆婆|公公|"
         r"(?<!我)妈妈|(?<!我)爸爸|我妈|我爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|孙女|孙子|外孙女|外孙|先生|太太|"
         r"(?<![一两二三四五六七八九十\d个俩仨])(?:孩子|娃|小孩)")
_RELATIVE = re.compile(_KIN + "|" + _HOME)
_KIDS = re.compile(r"(" + NUMERAL + r")个(?:孩子|娃|小孩|宝宝|老姐妹|姐妹|朋友|老人|邻居|闺蜜|同事|同学|好友|小伙伴|老伙伴)|(俩|仨|两)(?:娃|孩子|宝)")
_WE_COUNT = re.compile(r"(?:我们|咱们)[^，,]{0,4}?(" + NUMERAL + r")个")
_PARTY_WORDS = re.compile(r"(?:" + _PERSONS + r"|" + NUMERAL + r"(?:个|位)?(?:人|位|大人|成人|孩子|小孩|娃|宝宝|老人|小朋友)|"
                          + NUMERAL + r"大" + NUMERAL + r"小|" + NUMERAL + r"个|俩|仨|和|跟|带上|带着|带|陪着|陪|还有|加上|加|一起|都|也|"
                          r"要去|想去|去听听|去听|听听|去|讲座|课|活动|的|\+)+")
# What may follow 去 when it says going to the store's event: nothing ("我们一家都去"), a particle, the
# count ("我们去三个"), listening or joining ("去听听"), or the event itself ("一起去周日的讲座"). Any other
# place or pastime ("我们全家去三亚", "去爬山") is a plan elsewhere, whoever and however many go.
# The kinds of event a store holds, as members name them: "秋游我们家不去了", "采摘算我一个"; going to
# one (_GO_EVENT) only by the store's own kinds ("我们五个人去海边露营", "去郊游" are a family's plans).
_EVENT_KINDS = r"课|讲座|活动|烘焙|手工|义诊|采摘|秋游|春游|郊游|沙龙|讲堂|品鉴"
_STORE_EVENTS = r"课|讲座|活动|烘焙|手工|义诊"
_GO_EVENT = (r"$|[吧嘛哈啊呀哦啦呢哟喔]|不|听|学|参加|报|捧场|凑|体验|看看|店里|门店|现场|" + NUMERAL + r"个|"
             r"[^，,。]{0,8}?(?:" + _STORE_EVENTS + r"|那场|这场)")
_GO_ELSEWHERE = re.compile(r"(?<![过回出来上下进失])去(?=[\u4e00-\u9fff])(?!" + _GO_EVENT + r"|年|我|要|想|去)(?P<where>[^，,。]{1,8})")
# Words that sign up by themselves, without going anywhere: with them a 去 elsewhere in the message is
# the member's remark ("报名，两个人，到时候去接孩子"); without them, it is the plan.
_SIGNUP_SAID = re.compile(r"报|参加|算我|算上|加我|加上我|带我|名额|预约|位置")
# "带我一个" asks to come; "带我妈去" brings one's mother (whether to the event, the words around say).
_KIN_WORD = r"家|们|妈|爸|婆|公|姐|妹|哥|弟|老|爱人|闺|儿|女|孩|娃|宝|爷|奶|外|姥|孙|同|朋|邻"
# Saying so: "报名", "报个名", "算我一个", "加我", "带我一个", "占个名额", "我也去", "参加".
_JOIN = re.compile(r"^(?:我去){2,}$|^我{2,}$|^(?:我|我也|那我也?)(?:来|报)一个$|^(?:我|我也|那我也?)先?报了?$|报名|报个名|报一个名|报上|报我|报(?=" + NUMERAL + r"[个名位])|算我们?(?!的|请|头上)|算上我|加我们?|加上我|带我(?!" + _KIN_WORD + r")|(?<!已)(?<!经)登记(?![了过])|"
                   r"[占蹲留要](?:" + NUMERAL + r")?个?(?:名额|位置?)|名额给我|[全一]家出动|参加|预约|(?:我也|我们|家|也|都|我要|我想|一起|"
                   r"(?:我们|咱们|我家|我们家)" + NUMERAL + r"个人?(?:一起)?)去(?=" + _GO_EVENT + r")|"
                   r"我也[要想]去$|我自己去$|我去(?:听|参加)|(?:" + _EVENT_KINDS + r")(?:我|我们|我家)也?去$")
_EVENT_NAME = re.compile(r"^.{0,10}?(?:" + _EVENT_KINDS + ")的?")
# Signing up as something else, or the staff's reply to one, or putting it off: "我想报名当店长", "您的报名已收到",
# "等孩子放假了再报名" (for the learned score's gate too).
SIGNUP_ELSE = re.compile(r"报名(?:当|做|成为)|[您你]们?的报名|已收到|等[^，,。]{1,8}?(?:了|后|完)再|下辈子")
_SIGNUP_NOT = re.compile(SIGNUP_ELSE.pattern + r"|抽签|抽中|中签|录取|落选|选上|报名[^，,。]{0,6}的[^，,。]{0,6}们|免费|(?<!我先)(?<!我也)(?<!^我)报[了过](?!名)|报名了(?!报名|$)|已经报|谁报|报名的|报名费|报满|参加[了过]|没报|报名成功|报名表|在报名|"
                         r"欢迎报名|开始报名|报名那天|报名(?:在|就|请)|报名(?:要|需要|得|时|的时候|截止|链接|入口|方式|条件|开始|人太|的人)|报了个|(?<!报名)(?<!^我报)(?<!我先报)(?<!我也报)[了过]$|去了|吃|逛|在家|看电影|爬山|玩|一个人带|"
                         r"学校|单位|公司|组织|驾校|考试|体检|多大|几个|没去|遗憾|试试|但是|可惜|没时间|昨天|上次|上周|之前|以前|去年|还有" + NUMERAL + r"?个名额|名额已满|名额有限")
_SIGNUP_CANCEL_WORDS = re.compile(r"取消报名|报名取消|取消|不去了?|去不了|去不成|来不了|来不成|不能去了?|参加不了|不参加了?|"
                                  r"退出|不报了?|删掉|去掉|删了?$|让给别人|让出来|(?<=名额)空出来|(?:名额|报名)不要了?|(?<=报名)(?:作废|撤回|撤销)|(?<=帮我)退(?:了|掉)?$|鸽(?:了|子)?$|放鸽子|[勿弗]去|"
                                  r"(?:(?<=[名组局队])|(?<=课我)|(?<=讲座我)|(?<=活动我)|(?<=手工我)|(?<=烘焙我)|(?<=局我))撤(?:回|销|掉|了)?")  # "报名撤了", "活动我撤了"; not "我先撤了"
_NOT_BEFORE_SIGNUP_CANCEL = re.compile(r"再来一次|再也|以后|航班|上班|幼儿园|公园|关注|辞职|说|他|她|了|舞|回$")
_WHEN = re.compile(r"明天|今天|后天|周[一二三四五六日末]|下午|上午|晚上")
_PARTY_CHANGE = re.compile(r"(?:改成|改为|换成|变成)")
_SIGNUP_TYPOS = ((re.compile("[保抱包]名|报[明铭]"), "报名"),)
_PLUS_PEOPLE = re.compile(r"^(?:我|我们|我也|本人|同去|报名)?\+(" + NUMERAL + r")?(?:个)?[人位]?$")
_SIGNUP_CHAIN = re.compile(r"^\d{1,3}(?:[.、)]|\s)\s*(?P<name>[^\s+]{1,10})\s*(?P<tail>.*)$")


# Someone else signed up: "她自己报的", "他早就报过了".
_REPORTED = re.compile(r"自己报的|[她他].{0,3}报[的过]|让[她他]|改天再约|再约")
# "我报名了" signs up; "驾校报名了", "我们队报名了" are news; "我婆婆也报名了" may be either (asked).
_DONE = re.compile(r"^(?P<who>.*?)(?:也|都|已经|早就|早|就)*报(?:名|上名?)了$")
_SELF = re.compile(r"(?:我们全家|我们家|我们|咱们|咱家|咱|俺们|俺|我家|我|全家|一家人?)?")


def _who(words: str) -> str:
    """Who '…报名了' is about: 'self' ('我', '我们家', '我和老公'), 'relative' ('我婆婆', '她'), 'other' ('驾校')."""
    words = words.replace("报名了", "")
    if _SELF.fullmatch(words) or re.match(r"(?:我|我们|咱|俺).{0,6}[和跟带]", words):
        return "self"
    return "relative" if re.fullmatch(r"(?:我家?)?(?:" + _RELATIVE.pattern + r"|她|他)", words) else "other"


def read_signup(text: str, event: str = "") -> Reading | None:
    """A sign-up with its party size ("我报名 2人", "2大1小", "我和老公带娃一起，3个人报名", "张阿姨2人"),
    a cancellation ("取消报名", "临时有事去不了了"), or None. ``event``: the open event's name, if known
    ("去采草莓" goes to it; a party going anywhere else is no sign-up: "下周我们全家去三亚，五个人")."""
    if len(text) > MAX_READ:
        return None
    text = plain(_pictured_people(unquote(text)))
    if (line := _signup_chain_line(text.strip())) is not None:
        return line
    if _TALLY.search(text) or MEMBERS_PLAN.search(text) or not (text := without_limits(text)):
        return None  # "每户最多报3人", "满10人成团": the event's rule, not a party
    # A space ends a clause ("讲座去不了了 取消报名", "+2 我和老公"); or only between words ("陈丽 成人1 儿童1"); or none
    # ("报周日那场 一个人": one clause): the first reading of these.
    for spaced in dict.fromkeys((_SIGNUP_SPACE.sub("，", text), _SPACE_BREAK.sub("，", text), text)):
        if (reading := _read_signup(spaced, event)) is not None:
            return reading
    return None


_CANCEL_RUN_ON = re.compile(r"(?:(?<=不去了)|(?<=去不了了)|(?<=不去)|(?<=来不了了))(?=[我你他她孩老家腰头身])")
_SIGNUP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff\d+])|(?<=[\u4e00-\u9fff])\s+(?=[a-z])")


# People drawn instead of written (plain() drops pictures): persons in one picture ("👨‍👩‍👧" three, "👫" two), raised
# hands each one person ("🙋‍♀️🙋‍♂️报名" two), a V ("报名✌️") two beside a sign-up; one raised hand with little else
# is the member's own ("✋我", "🙋我去").
_PERSON_PICTURES = {**dict.fromkeys("\U0001F468\U0001F469\U0001F467\U0001F466\U0001F9D1\U0001F9D2\U0001F474\U0001F475\U0001F476\U0001F9D3", 1),
                    **dict.fromkeys("\U0001F46B\U0001F46C\U0001F46D\U0001F491", 2), "\U0001F46A": 3}
_HANDS = "\U0001F64B\u270B\U0001F590"
_PICTURE = re.compile("[" + "".join(_PERSON_PICTURES) + _HANDS + "\u270C](?:[\U0001F3FB-\U0001F3FF\uFE0F\u2640\u2642]|\u200D[^\\s])*")


def _pictured_people(text: str) -> str:
    pictures = _PICTURE.findall(text)
    if not pictures:
        return text
    persons = sum(sum(_PERSON_PICTURES.get(ch, 0) for ch in picture) for picture in pictures)
    hands = sum(picture[0] in _HANDS for picture in pictures)
    rest = _PICTURE.sub("", text)
    if any(picture[0] == "\u270C" for picture in pictures) and _JOIN.search(squeeze(plain(rest))):
        persons += 2
    if persons + hands >= 2:
        return f"{persons + hands}个人，{rest}"
    if hands == 1 and len(squeeze(plain(rest))) <= 3 and not _QUESTION.search(rest):
        return f"我报名，{rest}"
    return rest


def _goes_elsewhere(words: str, event: str) -> bool:
    """Whether the words go somewhere or do something that is not the event ("去三亚", "去爬山"); the
    open event's own name, when known, is no elsewhere ("去采草莓" with 周六采草莓 open)."""
    name = "".join(clauses(event))
    pieces = {name[i:i + 2] for i in range(len(name) - 1)}
    return any(not any(p in m["where"] for p in pieces) for m in _GO_ELSEWHERE.finditer(words))


def _read_signup(text: str, event: str = "") -> Reading | None:
    raw = [w for p in BREAK.split(text) for w in (p.split() if _QUESTION.search(p) else [p])]
    raw = [q for p in raw for q in (_CANCEL_RUN_ON.sub("，", _SOFT_BREAK.sub(r"\1，", p)).split("，") if _SIGNUP_CANCEL_WORDS.search(p) else [p])]  # "我不去了啊我那天有事": the reason after
    raw, room_said = _room_apart(raw)
    parts = [(_tidy_signup(p), squeeze(p)) for p in raw]
    aged = {p: _aged(p) for p, _ in parts if _AGE_ONLY.fullmatch(p)}  # "大宝6岁": who, not how many
    named = "".join(p for p, _ in parts if p not in aged)
    parts = [("" if aged[p] in named else aged[p], r) if p in aged else (p, r) for p, r in parts]  # "我和孩子 孩子5岁": one child
    parts = [(p, r) for p, r in parts if p and not is_courtesy(p)]
    if not parts or len(parts) > 6 or any(_SIGNUP_NOT.search(r) and _JOIN.search(p) and not _SIGNUP_CANCEL_WORDS.search(p)
                                          for p, r in parts):
        return None
    if any(_REPORTED.search(p) or _UNDECIDED.search(p) for p, _ in parts) and not any(_FIRM_CANCEL.fullmatch(p) for p, _ in parts):
        return None  # "我婆婆也报名了，她自己报的", "孩子说要报名篮球，我还没同意"
    if any(_ON_BEHALF.match(p) for p, _ in parts):  # "替刘奶奶说一声 她不去了": she is whom the member speaks for
        parts = [(re.sub(r"^[她他](?:说)?", "", p) or p, r) for p, r in parts]
    parts = [(_YOU_PLEASE.sub("", p), r) for p, r in parts]  # "你帮我把名字去掉": asking the staff
    told = {p: r for p, r in parts}  # the clause as typed, particles and all
    parts = [p for p, _ in parts]
    asked = [p for p in parts if _QUESTION.search(p) or p.endswith("呢") or _ASKS_WITH_NOT.search(p)]
    said = [p for p in parts if p not in asked and not _only_event(p)]  # "亲子课：一大一小"
    if not said:  # "能帮我把我的报名取消吗": asking the staff to cancel; "我能报名吗": asking to come
        return _cancel_of([], asked, told, parts) or _asking_to_join(asked)
    room = [p for p in asked if _ROOM_ASK.search(p)]
    if room and any(_is_party(p) or _JOIN.search(p) for p in said):
        asked = [p for p in asked if p not in room]  # "还有位置吗，我们三个人": whether there is room, then who comes
    if (cancel := _cancel_of(said, asked, told, parts)) is not None:
        return cancel
    totals = [m for p in said if (m := _NEW_PARTY.fullmatch(p)) and not _SIGNUP_NOT.search(told[p])]
    if len(totals) == 1 and not asked and not any(_CONDITION.search(p) for p in said):
        return _party_reading(number(totals[0]["n"]), True)  # "再加一个 我们一共三个", "人数改成三个 我妈也想去"
    if len(said) == 1 and not _LAUGH.search(text) and (match := _PLUS_PEOPLE.match(_without_event_name(said[0]))):
        return _party_reading(number(match.group(1)) if match.group(1) else 1, not asked)
    if len(said) > 1 and any(re.fullmatch(r"(?:我去){2,}", p) for p in said):
        return None  # "我去我去，太厉害了": surprise
    hands = [p for p in said if re.fullmatch(r"我{2,}", p)]
    if hands and len(said) > len(hands) and not any(_JOIN.search(p) or _is_party(p) for p in said if p not in hands):
        return None  # "我我我，我知道答案": a hand raised for what the rest says (a quiz, a turn), not a sign-up
    whole = "，".join(said)
    joins = [p for p in said if _JOIN.search(p) and not _SIGNUP_NOT.search(p) and not re.search(r"取消|撤", p)]  # "帮我取消一下周六的报名"
    changed = any(_PARTY_CHANGE.search(p) or "人数" in p for p in said)
    party_only = [p for p in said if (_is_party(p) or changed and re.fullmatch(NUMERAL + "个", p))
                  and not _SIGNUP_NOT.search(told[p])]
    done = [_who(m["who"]) for p in joins if (m := _DONE.match(told[p]) or _DONE.match(p))]
    if "other" in done:
        return None  # "驾校报名了": news of something else
    if not _SIGNUP_SAID.search(whole) and _goes_elsewhere(whole, event):
        return None  # "下周我们全家去三亚，五个人": a party going somewhere else, not to the event
    if joins or changed and party_only:
        people = party_size(whole)
        if people == 1 and re.search(r"一家|全家|我们家|我家", whole) and not re.search(r"[我俺]自己|一个人|[帮给替]", whole):
            return _party_reading(people, False)  # "周六我们一家都去": how many of them? asked
        last_join = max(said.index(p) for p in joins) if joins else len(said)
        sure = not any(_CONDITION.search(p) and (i <= last_join or not _ABOUT_THE_DAY_HEDGE.fullmatch(p)) for i, p in enumerate(said)) \
            and (not asked or bool(joins)) \
            and "relative" not in done  # "我报个名 一个 到时候看情况": the hedge after it is about the day
        return _party_reading(people, sure)
    if party_only and len(party_only) == len(said):  # "我和老公带娃一起", "张阿姨2人"
        return _party_reading(party_size(whole), not [p for p in asked if not _ABOUT_THE_DAY.search(p)])  # "两个人 几点集合" asks about the day
    named = [p for p in said if p not in party_only and _listed_names(p) == [p]]
    if named and len(named) + len(party_only) == len(said) and (party_only or len(named) > 1):
        return _party_reading(party_size(whole), bool(party_only) and not asked)  # "刘阿姨 孙阿姨 我们两个"; names alone asked
    return _by_roles(said, asked, told, room_said)


# Asking with a closing 不 after a modal: "积分能参加抽奖不", "孩子可以一起去不" (not "我去不了", "不去").
_ASKS_WITH_NOT = re.compile(r"(?:能|可以|会|要|用)[^不]{1,10}不$")
# A cancellation said outright at the end of a story (talked over, someone's reasons): "…我们这次就不去了 取消",
# "…只能取消报名了 下次一定".
_FIRM_CANCEL = re.compile(r"(?:只能|只好|还是|那就|就)?(?:取消(?:报名|我的名额)?|(?:我们|我)?(?:这次)?就?不去)了?|(?:我的)?(?:报名|名额)(?:作废|撤回|撤销|取消|不要)了?")


# Asking whether one may come or whether there is room: "还有名额吗", "能带孩子吗", "我能报名吗".
_ROOM_ASK = re.compile(r"还有(?:名额|位置|位子|空位|空)|(?:能|可以)带|来得及|能不能|可不可以|能|可以|还收|收不收")
# Coming is asked at the clause's end ("我能去吗", "我可以带孩子来吗"); "我能去店里拿吗" asks about something else.
_ASK_TO_JOIN = re.compile(r"报名|报个名|参加|算我|算上我|加我|(?:去|来)(?:吗|么|不|呢)?[?？]?$")


def _asking_to_join(asked: list[str]) -> Reading | None:
    """'我能报名吗', '我们家三个人可以参加吗': a member asking to come, put as a question; asked back
    once. '能带孩子吗', '还有名额吗' alone are questions for the store, nothing more."""
    mine = [p for p in asked if _ROOM_ASK.search(p) and _ASK_TO_JOIN.search(p) and re.search(r"[我俺咱]", p)
            and not _SIGNUP_CANCEL_WORDS.search(p) and not _PAST.search(p)]
    if len(mine) != 1 or len(asked) > 2:
        return None
    clause = re.sub(r"(?:可以|能|能不能|可不可以)(?:吗|么|不)?\??$", "", mine[0].rstrip("?吗么呢"))
    return _party_reading(party_size(clause) or 1, False)



# --- a sign-up read by the roles of its clauses (the ninth pass) ----------------------------------------
# Whether there is room is no doubt about coming: asked ("名额还有吗", "人满了没", "还收人吗", "截止了吗") or
# assumed ("还有名额的话…", "没满的话…", "还能报的话…", "还剩一个的话…"), and "没有就算了" after it is its other branch.
_ROOM_WORD = r"(?:名额|位置|位子|空位|座位|坑)"
_ROOM_ASKED = re.compile(r"(?:不知道|请问|问下|问一下|那个)?(?:(?:还有|有没有|还有没有|还剩)" + _ROOM_WORD + r"|" + _ROOM_WORD + r"(?:还)?(?:有|够|剩)(?:没有|不够)?"
                         r"|(?:人|名额)?(?:报)?满了?|(?:还)?收人?|收不收人?|(?:报名)?截止了?|截了|还能报(?:名)?)"
                         r"(?:吗|么|没有?|不|了吗|了没有?|呢|嘛)*[?？]*")
_ROOM_IF = re.compile(r"^(?:刚看到|刚下班才看到|才看到)?(?:如果|要是|假如|若)?(?:还)?(?:有" + _ROOM_WORD + r"|有位|没满|没报满|没截止|没截|能报(?:名)?|可以报(?:名)?|"
                      r"来得及|剩(?:" + NUMERAL + r"个)?(?:" + _ROOM_WORD + r")?)(?:的话)?(?:就|那就|那)?")
_OTHER_BRANCH = re.compile(r"(?:没有|没了|满了|没位置|没名额)(?:的话)?(?:就)?(?:算了|下次吧?|下次再说)")


def _room_apart(raw: list[str]) -> tuple[list[str], bool]:
    """The clauses without what only asks or assumes there is room (that says nothing of who comes);
    whether any did."""
    kept, room = [], False
    for clause in raw:
        bare = squeeze(clause)
        if bare and _ROOM_ASKED.fullmatch(bare):
            room = True
            continue
        if (match := _ROOM_IF.match(bare)) and match.end() < len(bare) and (match.group(0).endswith(("的话", "就", "那")) or "如果" in match.group(0) or "要是" in match.group(0)):
            kept.append(bare[match.end():])
            room = True
            continue
        if room and _OTHER_BRANCH.fullmatch(bare):
            continue
        kept.append(clause)
    return kept, room


# Going, said of the party before it: "我和老伴去听讲座", "俺和俺家那口子去", "我们三个想一起学包饺子", "我和对象冲",
# "我们一家三口必须到": who (the subject), then going, then at most the event or the count.
_GOING = re.compile(r"(?:也|都|要|想|还|必须|一定|肯定|准备|打算|会|就|得)*(?:一起|一块儿?)?(?P<verb>去|来|到|冲|参加|学|上(?![回次周午班个]))(?!了|过|不|没)")
_GOING_ON = re.compile(r"(?:听|学|上|参加|捧场)?(?:听|学)?(?:这个|那个|这次|那次|这场|那场)?(?:" + _EVENT_KINDS + r"|那场|这场)*(?:的)?")  # "听烘焙课"
_WHEN_ONLY = re.compile(r"(?:那个)?(?:这|下|本)?(?:周[一二三四五六日末天]|星期[一二三四五六日天]|明天|后天|今天|[一二三四五六七八九十\d]{1,2}号)?(?:的)?"
                        r"(?:上午|下午|中午|晚上|早上)?(?:的)?(?:那场|这场|那次|这次|那个|" + _EVENT_KINDS + r")?(?:的)?")
_COUNT_SAID = re.compile(NUMERAL + r"(?:个人?|位|人|口|大)|俩|仨|就我一个|我一个|^\+\d{1,2}$")
_COUNT_TAIL = re.compile(r"(?:就|的|一起|总共|一共|共)*(?:我们|我|咱们|俺们)?(?:" + NUMERAL + r"(?:个人?|位|人|口)|俩|仨)|(?:就)?我(?:一个人?|自己)|\+\d{1,2}")
_SOMEONE = re.compile(_PERSONS + "|" + _PERSON.pattern)


def _going(clause: str) -> tuple[str, str] | None:
    """(who goes, the count said after going) when the clause is a party going to the event: the subject a
    party ("我和老伴", "我们三个", "" for the member), the event or a count after it, nothing else."""
    for match in _GOING.finditer(clause):
        who, after = re.sub(r"^(?:那个)+", "", clause[:match.start()]), clause[match.end():]
        if _WHEN_ONLY.match(who):
            who = _WHEN_ONLY.sub("", who, count=1)
        rest = after if match["verb"] in "来到冲" else _GOING_ON.sub("", after, count=1)
        if rest and not _COUNT_TAIL.fullmatch(rest) and not (match["verb"] in "学上" and len(rest) <= 4 and _listed_party(who) not in (None, 1)):
            continue  # "我也要学做蛋糕": one's own plans; "我们三个想一起学包饺子": the class, said by its party
        if who and (not _SOMEONE.search(who) or _listed_party(who) is None and not _is_party(who)):
            continue  # "慢慢来"
        return who, rest if _COUNT_TAIL.fullmatch(rest) else ""
    return None


def _by_roles(said: list[str], asked: list[str], told: dict[str, str], room: bool) -> Reading | None:
    """A sign-up said in pieces the rules above do not read whole: who comes (a party, or a party going),
    beside when ("三个 下午那场"), a question about the day ("两个人 几点集合") or an aside ("三人 孩子有点怕生").
    The party is what the party's own clauses say; an aside names no one who comes ("宝宝18个月 我和宝宝两个人").
    A story told first and the party said last is the story's end ("孩子放寒假了… 正好带出去玩玩 我们两个大人一个孩子")."""
    if any(_SIGNUP_CANCEL_WORDS.search(p) or _UNDECIDED.search(p) for p in said):
        return None
    if len(said) > 1 and (_party_said(said[-1]) or _going(said[-1])) and not asked and not any(re.search(NUMERAL, p) for p in said[:-1]):
        said = said[-1:]  # the story before it neither counts nor signs up
    if any(_SIGNUP_NOT.search(told[p]) or _PAST.search(p) or re.search(r"[你您他她]|谁|家里|在家|平时|住", p) for p in said):
        return None  # "家里就我们两个人 冷清": who lives there
    going = {p: g for p in said if (g := _going(p)) is not None}
    counts = [p for p in said if p not in going and (_is_party(p) or _COUNT_TAIL.fullmatch(p)
                                                     or _listed_party(p) is not None and _COUNT_SAID.search(p))]
    when = [p for p in said if p not in going and p not in counts and _WHEN_ONLY.fullmatch(p)]
    asides = [p for p in said if p not in going and p not in counts and p not in when]
    if not going and all(p.startswith("+") for p in counts):
        return None  # "+1" with no one named is read above ("+1 哈哈" laughs along)
    strong = [p for p in counts if _COUNT_SAID.search(p)] + [p for p, (who, rest) in going.items() if who not in ("", "我") or rest]
    if not strong and not (going and (counts or room or when)) and not (counts and (room or when)):
        return None  # "我都想去", "我去，真的假的": going alone, or a party beside nothing that says it comes
    if asides and (len(asides) > 1 or not strong or re.search(NUMERAL, asides[0]) or any(p.startswith("+") for p in counts)):
        return None  # "我家两个孩子 一个上初中一个上小学": the aside counts people too; "+1 我也是": agreeing
    if any(_CONDITION.search(p) for p in said) or not room and re.fullmatch(r"(?:我|俺)?(?:自己)?来", "".join(going)):
        return None  # "不要不要，我自己来": doing it oneself
    doubt = [p for p in asked if not _ABOUT_THE_DAY.search(p)]
    words = counts + [who + rest for who, rest in going.values()]
    people = party_size("，".join(w for w in words if _COUNT_SAID.search(w)) or "，".join(w for w in words if w) or "我")
    return _party_reading(people, not doubt)


def _party_said(clause: str) -> bool:
    """A party with its size said ("我们两个大人一个孩子", "我们家两大两小", "我和老伴两个人")."""
    return bool(_COUNT_SAID.search(clause) or _FAMILY.search(clause)) and _is_party(clause)


# A hedge said after signing up, about the day rather than the sign-up: "到时候看情况", "有事再说".
_ABOUT_THE_DAY_HEDGE = re.compile(r"(?:到时候|到时|万一|临时)?(?:有事|看情况|看看|再看)(?:再说)?(?:吧)?|到时候再说")


# A question about the day, which asks nothing about coming: "几点到店里集合", "需要带什么吗", "坐大巴去吗".
_ABOUT_THE_DAY = re.compile(r"几点|什么时候|啥时候|在哪|哪里|哪儿|集合|带什么|带啥|要带|需要带|坐|怎么去|怎么走|穿什么|多久|多长时间|结束|开始|地点|地址|停车")

def _aged(clause: str) -> str:
    """Who an age is said of ("大宝6岁" → "大宝", "孩子5岁了" → "孩子"): that person comes; "" when no one
    is named ("5岁"), or the member is ("我60岁了")."""
    who = _RELATIVE.match(re.sub(r"^(?:我家|我们家)", "", clause))
    return who.group(0) if who and not re.match(r"[我俺]", who.group(0)) else ""


_NOT_A_NAME_OF_EVENT = re.compile(r"希望|搞|办|组织|想|要|喜欢|觉得|多|好|太|真|没|不|了|吗|呢|我|你|他|她")


def _without_event_name(clause: str) -> str:
    """'周六亲子活动+1' -> '+1'; a wish or a remark before it is more than the event's name ('希望多搞点亲子活动 +1')."""
    match = _EVENT_NAME.match(clause)
    return clause[match.end():] if match and not _NOT_A_NAME_OF_EVENT.search(match.group(0)) else clause


def _only_event(clause: str) -> bool:
    return bool(_EVENT_NAME.fullmatch(clause)) and not _JOIN.search(clause) and not _SIGNUP_CANCEL_WORDS.search(clause) \
        and _going(clause) is None and not _NOT_A_NAME_OF_EVENT.search(clause)  # "我和老伴去听讲座", "希望多搞点亲子活动": more than its name


# Numbers that are not the party: ages ("孩子5岁", "3岁半的娃"), times, dates, flats, prices.
_NOT_PARTY = re.compile(r"(?:今年|才|已经|刚|刚满|满)?" + NUMERAL + r"(?:(?:周)?岁(?:半|多)?|个多?月大?)(?:了|的)?|"
                        + NUMERAL + r"(?:点半?|点钟|号楼|号|栋|单元|室|楼|元|块钱?)(?![人位个])")
# A clause that only says how old someone is: "孩子5岁", "闺女今年6岁了".
_AGE_ONLY = re.compile(r"(?:我家|我们家)?(?:" + _PERSONS + r"|老大|老二|大的|小的|他|她)?(?:分别|都|今年|才|已经|刚|刚满|满)?(?:"
                       + NUMERAL + r"(?:(?:周)?岁(?:半|多)?|个多?月大?)[和、跟]?)+了?")  # "分别6岁4岁": how old, not how many
# A total said outright wins over counting the persons named: "…，一共三个", "加我三个".
_PARTY_TOTAL = re.compile(r"(?:一共|总共|共|加我|加上我|连我|算上我|包括我)(" + NUMERAL + r")(?:个人?|位|人)|"
                          r"人数[:：，,]?(" + NUMERAL + r")(?:个人?|位|人)?(?![\d号点岁])")  # a form filled in: "姓名：周丽 人数：1"


# Regional forms of the words the reader knows: Cantonese 我哋 (我们), 算埋 (算上), 细 (小: 一大一细); Shanghainese 阿拉 (我们).
_REGIONAL = ((re.compile(r"我哋|阿拉(?=[一两二三四五六七八九十\d俩仨])"), "我们"), (re.compile(r"算埋"), "算上"),
             (re.compile("(" + NUMERAL + ")[大老](" + NUMERAL + ")细"), r"\1大\2小"))
# The staff addressed before what is said to them: "小李啊…", "店长 …", "喂喂那个…" (voice input).
_ADDRESSED = re.compile(r"^(?:喂+|那个)*(?:(?:小|老|阿)[\u4e00-\u9fff]|[\u4e00-\u9fff]?店长|群主|老板)(?:啊|呀|哈|呐)?(?=那个|我|周|这|明|今|后|下|上)")


def _tidy_signup(clause: str) -> str:
    clause = strip_particles(trim_courtesy("".join(heard_as(squeeze(w), ("报名", "取消")) for w in clause.split())))  # "保名", "取笑"; not across a space ("红包 命苦")
    for pattern, fixed in _REGIONAL:
        clause = pattern.sub(fixed, clause)
    clause = _ADDRESSED.sub("", clause) or clause
    if not _AGE_ONLY.fullmatch(clause):
        clause = _NOT_PARTY.sub("", clause) or clause
    for pattern, fixed in _SIGNUP_TYPOS:
        clause = pattern.sub(fixed, clause)
    return clause


# Who cancels and which event, before the cancel, that name nothing else dropped: the party ("我和老伴都", "我们一家三口"),
# the event ("周六的局", "我们那组"), on someone's behalf ("替李奶奶").
_WHO_AND_WHICH = re.compile(r"[和跟替帮与]|都|也|一家" + NUMERAL + r"口|全家|一家人?|" + NUMERAL + r"(?:个人?|口|位)|俩|仨|那组|组|局|队|" + _EVENT_KINDS
                            + r"|周[一二三四五六日末]|明天|今天|后天|那天")


_YOU_PLEASE = re.compile(r"^(?:你|您)(?=帮我|给我)")
_ON_BEHALF = re.compile(r"^(?:我)?(?:替|帮)(?:我家?)?(?:" + _RELATIVE.pattern + r"|[\u4e00-\u9fff]{1,2}(?:奶奶|爷爷|阿姨|姐|哥|叔|大爷|大妈))(?:说一声|说一下|说下|取消|请假)")


def _cancel_of(said: list[str], asked: list[str], told: dict[str, str], parts: list[str]) -> Reading | None:
    """A cancellation: said ("讲座去不了了"), or asked of the staff ("能把我的报名撤掉吗"); sure when any clause
    names the event or the sign-up, or asks for it to be done ("周六去不了 帮我退了": which event, the request says)."""
    cancels = []
    for part in said:
        if re.search(r"取消了", told[part]) and not re.search(r"[我帮把]", part):
            continue  # "孩子学校的活动取消了": news, not a request
        if (match := _SIGNUP_CANCEL_WORDS.search(part)) and _cancels(part, match):
            cancels.append((part, match))
    requests = [p for p in asked if (_CANCEL_ASKED.search(p) or cancels and _MAY_CANCEL.fullmatch(p)) and not _PAST_SIGNUP_NEWS.search(p)]
    if not cancels and not requests:
        return None
    vague = all(_WHEN.search(p[:m.start()]) and not _EVENT_SAID.search(p) for p, m in cancels) and not requests  # "我明天不去了": the event?
    doubt = [p for p in asked if p not in requests]
    return Reading(SIGNUP_CANCEL, sure=not (doubt or vague or any(_CONDITION.search(p) and not _NEXT_TIME.match(p) for p in parts)))


# Asking the staff to cancel one's sign-up: "能把我的报名撤掉吗", "我那个报名能撤回吗", "报了名的还能撤吗".
_CANCEL_ASKED = re.compile(r"(?:报名|名额|报了名的|报的名).{0,4}?(?:能|可以|能不能|可不可以)(?:帮我)?(?:撤|取消|退)|"
                           r"(?:能|可以|能不能|可不可以|麻烦)(?:帮我|给我)?把?(?:我|我的|我那个|我们的?)(?:报名|名额)(?:给)?(?:撤|取消|退|删)")
_MAY_CANCEL = re.compile(r"(?:能|可以|能不能)(?:帮我)?(?:取消|撤销|撤|退掉?)(?:一下|了)?(?:吗|么|不)?")  # "周六去不了 能取消吗" (not "能退吗" alone: a return)
_PAST_SIGNUP_NEWS = re.compile(r"[他她]|别人|有人")
_EVENT_SAID = re.compile(_EVENT.pattern + r"|局|那场|这场|那组|报|" + _EVENT_KINDS + r"|帮我|给我")


def _cancels(clause: str, match: re.Match) -> bool:
    before, after = re.sub(r"^(?:算了|还是|那|就)+", "", clause[:match.start()]), clause[match.end():]
    if _RELATIVE.search(before) and not re.search(r"[帮给替把]|的(?:名额|报名)?$|那个?$|^(?:我|俺)[和跟]", before):
        return False  # "我老公不去，他要加班": his plans, not a cancellation
    thing = _NOT_SIGNUP_THING.sub("", _WHO_AND_WHICH.sub("", before))
    if thing and not re.search(_EVENT_KINDS + r"|报|名额|名字|名单|位置|那天|周[一二三四五六日末]|明天|今天|后天|临时|有事|"
                               r"不好意思|抱歉|生病|发烧|加班|出差|那次|这次", clause[:match.end()]):
        return False  # "我把会员取消了", "自动续费记得取消": something else dropped
    return not _NOT_BEFORE_SIGNUP_CANCEL.search(before) and bool(
        re.fullmatch(r"(?:了|吧|啊|哈|啦|拉|掉|我|我的$|一下|(?:我们家?|我家|我)?的?(?:(?:周[一二三四五六日末]|明天|今天|后天|那天|这次)的?)?(?:活动|讲座|课)?(?:报名|名额))*", after))


# The party's size said as its total or its new size, whatever the clauses around it explain: "我们一共三个",
# "人数改成三个", "就我一个", "不是三个是两个", "改成两个人".
_NEW_PARTY = re.compile(r"(?:我们|我家|我们家|咱们|咱家|人数|报名|名额)?(?:现在)?(?:不是" + NUMERAL + r"(?:个人?|位|人))?"
                        r"(?:一共|总共|共|改成|改为|变成|换成|是|就我|就)(?:我们)?(?P<n>" + NUMERAL + r")(?:个人?|位|人)")
# "我一个", "我们两个", "就我一个": who comes, counted.
_WE_ARE = re.compile(r"(?:就)?(?:我|我们|咱们|俺们)" + NUMERAL + r"个人?")


_EXPLICIT = re.compile(r"^(?P<name>.{0,6}?)(?:" + NUMERAL + r"(?:个)?[人位]|" + NUMERAL + "大" + NUMERAL + "小)$")


_WHO_OR_HEADS = re.compile(_PERSON.pattern + r"|[个位人口]|俩|仨")


def _is_party(clause: str) -> bool:
    """Who is coming and nothing else: '我和老公带娃一起', '我们家3个人', '张阿姨2人', '两个大人一个孩子'."""
    if _HEADCOUNT.fullmatch(clause):
        return True  # "三口人" said alone: who comes
    if _SIGNUP_NOT.search(clause) or "口人" in clause:
        return False  # "我家五口人挤一个小两居": how many live there
    body = _EVENT_NAME.sub("", clause)
    if _PARTY_TOTAL.fullmatch(body) or _WE_ARE.fullmatch(body):  # "一共三个", "加我三个", "我一个"
        return True
    counted = re.sub(r"^(?:我们家|我家|咱家|我们)", "", body)
    if _FAMILY.fullmatch(counted) or _ADULTS_KIDS.fullmatch(counted):  # "2大1小", "我们家大人两个孩子一个"
        return True
    if (match := _HOUSEHOLD.search(body)) and match.end() == len(body) and match.start() <= 4:  # "乐乐一家三口"
        return True
    if (match := _PAIR.search(body)) and match.end() == len(body) and match.start() <= 4 or re.fullmatch(
            r"(?:我们|咱们)?(?:母子|母女|父子|父女|祖孙|娘|爷|姐妹|兄弟|夫妻)" + NUMERAL + "个人?", body):  # "我们娘仨", "我们母子三个"
        return True
    if _PARTY_WORDS.fullmatch(body) and re.search(r"[和跟带陪加+俩仨]|还有|一起|" + NUMERAL + r"(?:个)?(?:人|位|大人)|"
                                                  + NUMERAL + "大|^(?:我们|咱们)" + NUMERAL + "个$", body):
        return body != "我去" or body != clause  # persons joined ("我和老公", "我带孩子去") or counted ("我们家3个人")
    if (match := _EXPLICIT.match(body)) and not re.search(r"[了过吗去吃玩]", match["name"]):
        return True
    return (_listed_party(body) or 0) >= 2 and not re.search(r"[了过吗去吃玩你您]", body) and bool(_WHO_OR_HEADS.search(body))  # "两口子带俩娃": every piece a person or a count


def _signup_chain_line(text: str) -> Reading | None:
    """'6. 小宝妈 2人', '12、周周妈妈 带两个孩子', '5. 朵朵妈 取消': one's own line of a sign-up 接龙."""
    match = _SIGNUP_CHAIN.match(text)
    if match is None or "\n" in text:
        return None
    tail = squeeze(match["tail"])
    if _SIGNUP_CANCEL_WORDS.fullmatch(tail):
        return Reading(SIGNUP_CANCEL)
    if tail and not (_PARTY_WORDS.fullmatch(tail) or tail.isdigit() or tail.startswith("+")):
        return None
    people = (number(tail) if tail.isdigit() else party_size(tail) if tail and not tail.startswith("+")
              else 1 + len(re.findall(r"\+", match["name"] + tail)))
    return _party_reading(people, True)


def _party_reading(people: int | None, sure: bool) -> Reading | None:
    return Reading(SIGNUP, people, sure=sure) if people and 1 <= people <= MAX_AMOUNT else None


_FAMILY = re.compile(_Q + r"[大老]" + _Q + r"小")  # "2大1小", "一老一小"
_HEADCOUNT = re.compile(_Q + r"口人")  # "我们家三口人" alone says who lives there (the corpus: chat)
_ADULTS_KIDS = re.compile(_Q + r"个?(?:大人|成人)[^，,。]{0,4}?" + _Q + r"个(?:孩子|小孩|娃|宝宝|小朋友)|大人" + _Q + r"个(?:孩子|小孩|娃)" + _Q + "个|"
                          r"(?:大人|成人)" + _Q + r"(?:个|位)?[^，,。\d]{0,2}?(?:孩子|小孩|儿童|娃)" + _Q + "个?")  # "成人2 儿童1"
_HOUSEHOLD = re.compile(r"(?:一家|我们家|我家|全家)" + _Q + r"口")
_PAIR = re.compile(r"(?:^|[，,]|我们|咱们?|我|他们|她们|夫妻|母女|父女|母子|父子|姐妹|娘|爷|(?:我|咱|俺)家)(俩|仨)(?!口子|娃|孩子|宝|小孩|老人)|(老两口|两口子|俩口子)")  # "仨" alone too
_PEOPLE = re.compile(_Q + r"(?:个)?(?:大人|人|位)|(?:报|算我们|去|来|占|蹲|留)" + _Q + r"个|" + _Q + r"个(?:名额|位置)|(?<![\u4e00-\u9fff])" + _Q + r"个$")


_COUPLE = re.compile(r"夫妻|两口子|俩口子")
# Bringing someone with no one else named first: the member comes too ("带上老公一起去", "报名，带孩子", "和闺蜜").
_BRINGING = re.compile(r"(?:^|[，,]|报名|报个名|算上?)(?:带上|带着|带|陪着|陪|和|跟)(?!我)")
# A person's name in a list: a surname and one or two characters ("王芳", "张建国") or a form of address
# ("刘阿姨"); not the everyday words a surname starts ("周日", "高兴", "孙子", "方便").
_NAME = re.compile(r"[" + _SURNAME + r"][\u4e00-\u9fff]{1,2}|" + _KIN)
_NOT_NAME = re.compile(_PERSONS + r"|[报名去来了的人个位号天日月年点时我你他她们家娃吗呢吧啊哈好便兴些样么]|周[一二三四五六末]")


_JOINED_NAME = re.compile(r"(?:和|跟|带着?|还有|陪)([" + _SURNAME + r"][\u4e00-\u9fff]{1,2})(?=$|[，,、和跟带还])")


def _listed_names(text: str) -> list[str]:
    """The names a sign-up lists apart ("报名：王芳 李强"), each its own clause."""
    return [w for w in re.split(r"[，,、\s]+", text) if _NAME.fullmatch(w) and (not _NOT_NAME.search(w) or re.fullmatch(_KIN, w))]
# Two people named in one word: "爸妈", "公婆", "爷爷奶奶".
_PARENTS = re.compile(r"爸妈|父母|公婆|岳父母|爷爷奶奶|奶奶爷爷|外公外婆|姥姥姥爷|姥爷姥姥")
_SPOUSES = {"老公", "老婆", "爱人", "先生", "太太", "对象", "老伴", "老头子"}


_ONLY_ME = re.compile(r"(?:就|只有|只)我(?:自己|一个人?)|^我自己$|(?:^|[，,])就我$")
# The pieces of a party listed one by one ("报名 朵朵妈 朵朵 朵朵爸", "我们两口子带俩孩子", "大人一个 孩子两个",
# "Kiki 阿鑫"), each a count of people, the member, a relative or a name, and what joins them.
_GROUPS = ((re.compile(r"(?:我们|俺们|咱们|咱|俺|我)?(?:老两口|两口子|俩口子|夫妻俩?)"), 2), (re.compile(_PARENTS.pattern), 2))
# A count of people of a kind ("两个孩子", "孩子两个", "俩娃") adds to the others named; a bare head count
# ("两个人", "三个", "我们俩") is the party's total, whoever is named beside it ("我和老伴两个人").
_KINDS = r"(?:大人|成人|孩子|小孩|娃|宝宝|老人|小朋友|学生|同事|朋友|闺蜜|老?姐妹|同学|邻居|好友|小伙伴)"
_COUNTED = re.compile(r"(?P<n>" + NUMERAL + r")(?:个|位)?" + _KINDS + r"|(?:大人|成人|孩子|小孩|娃|宝宝|老人|小朋友)(?P<m>" + NUMERAL
                      + r")(?:个|位)?(?!人)|(?P<k>俩|仨)(?:娃|孩子|宝|小孩)")
_HEADS_SAID = re.compile(r"(?:一家|全家)(?P<h>" + NUMERAL + r")口人?|(?:我们|俺们|咱们|我)?(?:一家子?|全家|一家人)(?P<f>" + NUMERAL + r")(?:个人?|位|人)|(?:我们|俺们|咱们|我|咱|俺)?(?P<n>" + NUMERAL + r")(?:个人|个|位|人)?(?![\u4e00-\u9fff])|"
                         r"(?:我们|俺们|咱们|我|咱|俺)?(?P<p>" + NUMERAL + r")(?:个人|个|位|人)")
_ME = re.compile(r"(?:我|俺)(?!们)(?:自己|一个人?)?|本人|自己")
_ONE_PERSON = re.compile(r"(?:我家?|我们家|俺家?)?(?:" + _RELATIVE.pattern + r"|老人|好?朋友|老?姐妹|好友|小?伙伴|老乡)")
_NAMED = re.compile(r"[a-z]{2,12}(?![a-z])|(?:(?:小|阿)[\u4e00-\u9fff]|(?P<dd>[\u4e00-\u9fff])(?P=dd)|[" + _SURNAME + r"][\u4e00-\u9fff]{1,2})"
                    r"(?:妈妈?|爸爸?|奶奶|爷爷|姥姥|姥爷|外婆|外公)?(?=$|[，,、和跟带陪还加])")
_NOT_A_NAME = re.compile(r"[报名去来了的人个位号天日月年点时我你他她们家吗呢吧啊哈好便兴些样么看想说听等走试谢嘻呵嗯]|周[一二三四五六末]")
_JOINING = re.compile(r"[，,、+&]|和|跟|带上|带着|带|陪着|陪|还有|加上|加|以及|一起|都|也|着|的")
_SIGNING = re.compile(r"报名|报个名|报上|报|参加|算上?|去|来|[:：]")


def _listed_party(text: str) -> int | None:
    """The party counted piece by piece when every piece of it is a count, the member, a relative or a name
    (None when any piece is something else: the other rules read it)."""
    rest = _SIGNING.sub("", text)
    total, said, me, at, added = 0, 0, False, 0, False
    joined_first = bool(re.match(r"[，,、]*(?:带|陪)", rest))  # "带老人一个": and I
    while at < len(rest):
        if match := _JOINING.match(rest, at):
            at = match.end()
        elif size := next((size for pattern, size in _GROUPS if (match := pattern.match(rest, at))), 0):
            total, at = total + size, match.end()
        elif (match := _COUNTED.match(rest, at)) and (value := number(next(g for g in match.groups() if g))):
            total, at = total + value, match.end()
        elif (match := _ONE_PERSON.match(rest, at) or _NAMED.match(rest, at)) \
                and not (match.re is _NAMED and _NOT_A_NAME.search(match.group(0))):
            total, at = total + 1, match.end()
        elif (match := _ME.match(rest, at)) and not re.match(r"(?:我|俺)(?:俩|仨|[两二三四五六七八九十\d]+个)", rest[at:]):
            me, at = True, match.end()
            added = added or bool(said) and bool(re.search(r"(?:加上?|还有|再加|带上|外加)$", rest[:match.start()]))  # "两个 加我"
        elif (match := _HEADS_SAID.match(rest, at)) and (value := number(match["n"] or match["p"] or match["h"] or match["f"])):
            said, at = max(said, value), match.end()
        else:
            return None
    if said:
        return said + added
    people = total + (me or joined_first)
    return people if total or me else None


# A head count said outright: "三个人", "两位", "+2", "报名两个", "报2" (not "两个孩子", "两个大人").
_HEAD_TOTAL = re.compile(r"(?P<n>" + NUMERAL + r")(?:个人|人|位)(?!大人|家)|(?:^|[，,])\+(?P<p>\d{1,2})(?=$|[，,])|(?:报名?|算我们|我们|咱们|俺们)[:：]?(?P<r>" + NUMERAL + r")(?:个|名)?(?=$|[，,])")


def party_size(text: str) -> int | None:
    """How many people a sign-up is for: '3个人' 3, '2大1小' 3, '一家三口' 3, '我们俩' 2,
    '我和老公还有两个孩子' 4, '帮我妈报名' 1, else 1."""
    text = re.sub(r"我是[^，,。]{1,6}", "我", squeeze(text))  # "我是张阿姨": who I am, not who comes
    if match := _PARTY_TOTAL.search(text):
        return number(match.group(1) or match.group(2))
    if len(heads := {number(m["n"] or m["p"] or m["r"]) for m in _HEAD_TOTAL.finditer(text)}) == 1 and not _COUNTED.search(_HEAD_TOTAL.sub("", text)):
        return heads.pop()  # "我们三个人都去 我女儿我外孙还有我", "我带孙子去 祖孙两个": a head count said is the total
    if _ONLY_ME.search(text):
        return 1  # "我报个名，就我自己，孩子上课去不了"
    if (listed := _listed_party(text)) is not None:
        return listed
    for pattern in (_FAMILY, _ADULTS_KIDS):
        if match := pattern.search(text):
            grown, small = (number(g) for g in match.groups() if g)  # either alternative's two groups
            return grown + small if grown is not None and small is not None else None
    if match := _HOUSEHOLD.search(text) or _HEADCOUNT.search(text):
        return number(match.group(1))
    if match := _PAIR.search(text):
        return {"俩": 2, "仨": 3}.get(match.group(1), 2)
    if match := _PEOPLE.search(text):
        return number(next(g for g in match.groups() if g))
    if match := _WE_COUNT.search(text):  # "我们两个", "我们楼三个老姐妹"
        return number(match.group(1))
    if (names := len(_listed_names(text))) >= 2:
        return names  # "报名：王芳 李强 王小宝": each name one person
    kids = sum(number(m.group(1) or m.group(2)) or 0 for m in _KIDS.finditer(text))
    pairs = 2 * len(set(_PARENTS.findall(text)))  # "我带我爸妈": two people in one word
    relatives = pairs + len(set(_RELATIVE.findall(_PARENTS.sub("", _KIDS.sub("", text)))))
    relatives += len({m for m in _JOINED_NAME.findall(text) if not _NOT_NAME.search(m) and not _RELATIVE.fullmatch(m)})  # "我和王芳"  # "我和两个闺蜜": counted once, as two
    if re.search(r"[帮给替](?:我|隔壁)?家?(?:" + _RELATIVE.pattern + "|" + _PARENTS.pattern + r"|.{1,4}奶奶|.{1,4}爷爷|她|他|"
                 + NUMERAL + r"个(?:孩子|娃|小孩|宝宝))", text):
        return max(1, relatives + kids)  # "帮我妈报名", "给我家两个孩子报名": for them, not for me
    if joined := re.findall(r"\+(?=\D)", text):
        return 1 + len(joined)  # "兰兰+宝宝"
    # "我老公带孩子去": his and the child's, not mine; "我和我老公": mine too
    me = 1 if re.search(r"[我咱俺](?!家?(?:" + _RELATIVE.pattern + r"))", text) or not relatives or _BRINGING.search(text) else 0
    if _COUPLE.search(text):  # "我们夫妻带孩子": the two of us, and whoever else is named
        return 2 + kids + len(set(_RELATIVE.findall(text)) - _SPOUSES)
    return me + relatives + kids


# --- sign-ins ----------------------------------------------------------------------------------

# Misspellings and slang that stand for a trigger (voice input, pinyin, a slip of the finger).
# Homophones of a two-character trigger (签倒, 千到, 打咔) and pinyin (qiandao, da卡) need no entry: they are heard
# by sound (``_homophones``, ``_pinyin_typed``).
_TRIGGER_TYPOS = ("签d", "签个倒", "签个道", "签一下到", "签下到", "签完到", "打k", "卡一下",
                  "每日一卡", "每日一签", "每天一签", "打咭", "打个咭")
_WHOLE_TYPOS = frozenset(("qd", "dk", "checkin"))  # letters only as the whole message
# The triggers' initials, as a word of their own among other words (not inside "qdii", "pdk").
_ABBREVIATED = {"qd": "签到", "dk": "打卡"}
_LETTER_TRIGGER = re.compile(r"(?<![a-z])(?:qd|dk)(?![a-z])")
# A trigger's two characters typed apart, by a space or a stop, where the second ends its clause: "签。到", "签 到 早上好"
# (not "签，到时候再说").
_SPLIT_TRIGGER = re.compile(r"(?<=[签打])[\s\-·._~。，,.、]+(?=[到卡](?:$|[\s。，,.!！~～]))")
# Other words for signing in, as members say them in a sign-in group: "签一个", "签一下", "报到".
# Heard only as typed (no homophones: "报道" is news), and like a trigger only when the clause
# says nothing more ("签一下合同", "新人报到" are not).
_SIGNIN_WORDS = ("签一个", "签一下", "签一签", "报到", "报个到")
# A newcomer's "报到" introduces her: "刚进群，报个到", "新来的报到".
_NEWCOMER = re.compile(r"进群|入群|新人|新来|刚来|新成员")
# Words before the trigger in its clause that make it talk about signing in, not do it.
_SIGNIN_NOT_BEFORE = re.compile(r"不(?!错)|补|明天|后天|下周|会议|开会|培训|上课|课堂|医院|挂号|酒店|入住|值机|考场|记得|考勤|钉钉|企业微信|读书|运动|练|背|没|忘|还没|都|在|比|的|去|值得|昨|前天|上周|记得|别|提醒|有人|多人|谁|(?<![今昨明])天天|单词|跑步|阅读|"
                                r"减肥|戒|学习|健身|作业|幼儿园|景点|公司|上班|下班|单位|人脸|喝水|英语|视频|讲|说|转发|"
                                r"是|就|怎么|群里|网红|孩子|老公|婆婆|一个月|几天|学校|班级|(?:又|要|都|总|非)让|让(?:我们|大家|孩子|学生)|要求")
# What may follow the trigger in its clause: particles, "一下", the day count, "完去上班了".
_SIGNIN_AFTER = re.compile(r"^(?:一下下?|一个|一次)?(?:第?" + NUMERAL + r"天|day" + NUMERAL + r"?|d\d{1,3}|\d{1,4}|" + NUMERAL + NUMERAL
                           + r")?(?:完毕|成功|打卡|签到|报到|报道|我来|来|冲|走起|中|儿|早|先|晚了一点|晚了点|晚了|晚|人|ing|啦|了|哒|勒|咯|哦|呀|喽|嘞|哈|啊|喔|哟|呦|吧|吖|鸭|啰|罗|喇|拉|嗷|哩|冒泡|冒个泡|签)*"
                           r"(?:(?:完|再|就|然后|先|去(?![了过])|后)(?P<then>[^吗呢么没?]{0,8}))?$")
# Voice input runs on into the next sentence: "签到了今天降温大家多穿点", "我来签到了祝大家平安".
_SIGNIN_THEN = re.compile(r"^(?:了|啦|哦|喽|咯|哈|呀|啊)*(?:(?:那个|就是|嗯|呃)?(?:今天|今日|祝|愿|希望|大家|各位|天气|又是|新的一天|开心|加油|"
                          r"报个?平安|平安|健康|感恩|福|吉祥|幸福|快乐|顺利)|(?:那个|就是)$)")  # "签到 平安", "签到报平安"
# Voice input runs on without a pause into a sentence of the day (签到外面下雨了, 签到刚起床, 打卡买菜去咯, 签到周末愉快):
# it starts with the day's time, the weather, someone of the household, a wish, going about the day or the
# group's "first!" slang, and it says nothing about signing in itself (签到送积分, 签到都签出感情来了, 签到比上班还准时).
_DAY_SENTENCE = re.compile(r"^(?:了|啦|哦|喽|咯|哈|呀|啊|哒|嘞|哟)*(?:"
                           r"今天|今日|今儿|今早|早上|上午|中午|下午|晚上|现在|刚|马上|一会儿?|待会儿?|周[一二三四五六日末]|星期.|礼拜.|"
                           r"新的一|开始新的|续命|续上|又是|外面|外头|窗外|天[气冷热晴阴]|下雨|下雪|刮风|降温|升温|[好太真]?[冷热]|起[床晚早来]|"
                           r"孙[子女]|外孙|孩子|娃|老伴|老公|老头|老婆|儿子|女儿|闺女|宝宝|我家|咱家|俺家|"
                           r"祝|愿|希望|加油|愉快|快乐|顺利|安好|平安|健康|吉祥|如意|开心|幸福|身体|万事|一切|好运|感恩|"
                           r"去|准备|出门|买菜|做饭|遛|锻炼|散步|送(?:孙|孩|娃|宝|外孙)|接(?:孙|孩|娃|宝|外孙)|"
                           r"第一|沙发|占[个座]|抢|走一波|来也|冲鸭)")
# ... nor is it another clock-in (打卡孩子的作业, 打卡去网红店) or when signing in starts (签到周一开始).
_ABOUT_SIGNING = re.compile(r"签|打卡|积分|分数|送(?!孙|孩|娃|宝|外孙)|领|奖|的(?!一)|^[上下]班|比|断|没用|骗|功能|规则|排行|榜|人数|扫码|攒|换|开始(?![了啦新])|"
                            r"[吗呢么没?]|忘|去了|去过|作业|阅读|英语|单词|学校|班级|网红|景点|景区|拍照|钉钉|考勤|健身|跑步|运动|会议|课")
_SIGNIN_NEVER = re.compile(r"别忘|提醒|骗|转发|领奖|送积分|送鸡蛋|送礼|怎么|为什么|咋|没积分|没反应|失败|不了")
# The member's own sentence at the end of a run-on before the trigger: "我现在来", "我今天也来" (not "帮我").
_OWN_SENTENCE = re.compile(r"(?<![帮替给叫让])我(?:今天|今儿|现在|这会儿?|赶紧|马上|先|也|就|再|来)*$")
_SIGNIN_SOFT_BREAK = re.compile(r"(?<=[\u4e00-\u9fff][啊呀呢啦吧哦嘛])(?=[\u4e00-\u9fff])")  # a particle inside a run-on
_TALKING_TO_THE_PHONE = re.compile(VOICE_CHECK + r"[啊呀]*[?？!！。.]*\s*$")
_NOW = re.compile(r"^(?:我|俺)?(?:现在|这会儿?|马上|赶紧|赶快|终于|(?:(?:上班|下班|回家|出门|买菜|遛弯|散步)的?)?路上|"
                  r"在?(?:车上|地铁上|公交上)|(?:来|在)?群里$)")
_PLAIN_BEFORE = re.compile(r"(?:帮我|给我|我来|来|我也|我|今天|今日|继续|准时|那个)?")
_BARE_SIGN = re.compile(r"签[了啦咯哦呀哈]*")  # a clause that is 签 alone (签字, 签收 say more)
# Who signs in, named after the trigger: "签到 老李", "签到 王姐".
_NAME_AFTER = re.compile(r"(?:老|小)[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:姐|哥|阿姨|叔|奶奶|爷爷|大爷|大妈)")
# News of someone else's sign-in, not the act: "我妈签到了", "我女儿帮我签到过了", "我老公已经签到".
_NEWS = re.compile(r"了|啦|喽|咯|过|已经|刚|都|也")
_WORK = re.compile(r"迟到|出差|请假|加班|公司|单位|上班|下班")
_SIGNIN_PARTICLES = PARTICLES + "啰罗喇拉嗷哩"  # after a trigger only: 签到喇 (Cantonese), 簽到囉, 签到拉 (啦 mistyped), 签到嗷 (northeast), 签到哩
# Who is signing in, said before or after: "我是老王我来签到", "签到啊我是五号楼的".
_SELF_BEFORE = re.compile(r"^我是[^我]{1,6}(?=我|来)")
_SELF_AFTER = re.compile(r"(?<!不)我是[^我是]{1,8}$")
_ASKS_THE_BOT = re.compile(r"(?:能|可以|麻烦)?(?:帮|给)我(?:签个?到|打个?卡)(?:一下)?(?:吗|好吗|可以吗|行吗|呗|吧|不|没)?[?？]?")
_QUESTION_IN_CLAUSE = re.compile(r"吗|么|呢|哪|多少|几|\?|什么|怎么|干嘛|啥|有没有|能不能|是不是|了没|没有$")


_SELF_PARTY = re.compile(r"(?:我家?|俺家?|咱家)(?:老头子?|老伴|老太婆|老婆子|妈|爸)")  # one's household, signing in
_SOMEONE_ELSE = re.compile(r"(?:我家?|俺家?|咱家)(?:" + _HOME + r"|妈|爸|姐|妹|哥|弟|老头)|"
                           r"^(?:老公|老婆|爱人|孩子|娃|儿子|女儿|闺女|老伴|婆婆|公公|她|他)")


def read_signin(text: str, triggers: list[str] | tuple[str, ...]) -> Reading | None:
    """A sign-in in its wrapping: '签到', '大家早上好！签到', '签到，祝大家身体健康', '帮我签个到',
    '打个卡', '签道', '张阿姨签到', '打卡第15天'; not '昨天忘了签到', '签到送什么', '跑步打卡五公里'.
    A pure function of its text: read once per text (replay plans with it, then the handler asks again)."""
    if len(text) > MAX_READ:
        return None
    return _read_signin(text, tuple(triggers))


@lru_cache(maxsize=1024)
def _read_signin(text: str, triggers: tuple[str, ...]) -> Reading | None:
    if not _may_hold_trigger(plain(unquote(text)), _trigger_forms(triggers)):
        return None  # most chat: no trigger written or heard, however its pieces are read below
    plain_text = _DAY_FRACTION.sub(" ", plain(unquote(text)))
    plain_text = _SPLIT_TRIGGER.sub("", plain_text)  # "签-到", "签。到", "签   到   早上好": one word typed apart
    plain_text = _LETTER_TRIGGER.sub(lambda m: _ABBREVIATED[m.group()], plain_text)  # "qd qd 今天好冷", "早 qd一下"
    plain_text = _TALKING_TO_THE_PHONE.sub("", plain_text)  # "喂签到签到听得见吗": voice input, not a question
    if _SIGNIN_NEVER.search(plain_text):
        return None
    forms = _trigger_forms(tuple(triggers))
    plain_text = _pinyin_typed(plain_text, forms)  # "qiandao", "签dao", "da卡": heard as the trigger they spell
    if squeeze(plain_text) in forms or squeeze(plain_text) in _WHOLE_TYPOS:  # "打 卡", "qd"
        return Reading(SIGNIN)
    parts = [squeeze(p) for p in _SIGNIN_BREAK.split(plain_text)]
    parts = [q for p in parts if p for q in _SIGNIN_SOFT_BREAK.split(p) if q]  # "…我在家带他呢签到": run-on voice input
    if not parts or len(parts) > 8:
        return None
    if all(p in forms or p in _WHOLE_TYPOS for p in parts):
        return Reading(SIGNIN)  # "qd qd", "签到 打卡": triggers alone
    if len(parts) > 1 and any(_BARE_SIGN.fullmatch(p) for p in parts) and all(_BARE_SIGN.fullmatch(p) or is_courtesy(p) for p in parts):
        return Reading(SIGNIN)  # "早 签": the trigger cut short, with a greeting ("快递 签" signs for a parcel; 签 alone may answer anything)
    if len(parts) > 1 and all(len(p) <= 2 for p in parts) and re.fullmatch(r"[^+,，。!！()（）—-]+", plain_text):  # "签 到 了"
        parts = ["".join(parts)]
    written, heard = _trigger_search(forms)
    joined = "".join(parts)  # every clause is a piece of it, and a clause's sounds a piece of its sounds
    if not written.search(joined) and (heard is None or not heard.search(sounds(joined))):
        return None  # no trigger in any clause, written or heard: no clause can sign in (_signin_clause)
    found = [_signin_clause(p, forms) for p in parts]
    if len(parts) > 1 and any(_ASKS_THE_BOT.fullmatch(p) for p in parts) \
            and any(_SIGNIN_NOT_BEFORE.search(p) or _WORK.search(p) for p in parts if not _ASKS_THE_BOT.fullmatch(p)):
        return None  # "能帮我打卡吗 我今天不去公司": another day, or work's clock-in
    if True in found or any(_GOES_ON.fullmatch(p) for p in parts):  # "连续打卡一个月了，今天继续", "…今天也签到"
        found = [True if f is False and _STREAK.search(p) else f for p, f in zip(parts, found)]
    if found and found[-1] is True and _bare(parts[-1], forms):
        found = [None if f is False and not _NEGATED.search(_A_NOT_A.sub("", p)) else f for p, f in zip(parts, found)]  # "签到是这样发吗 签到"
    if True in found:  # "看大家都签到了，我也来签到": the others' sign-ins, then one's own
        found = [None if f is False and _OTHERS_SIGNED.search(p) else f for p, f in zip(parts, found)]
    if any(f is True and re.match(r"每天|天天", p) for p, f in zip(parts, found)) and any(_HABIT_TALK.search(p) for p in parts):
        return None  # "每天签到，感觉自己很自律": about the habit
    if any(f is False for f in found) or True not in found:
        return None
    if _NEWCOMER.search(joined) and not any(t in joined for t in forms if t not in _SIGNIN_WORDS):
        return None  # a newcomer's 报到, not a sign-in (unless she also says 签到)
    return Reading(SIGNIN)


def _pinyin_typed(text: str, forms: tuple[str, ...]) -> str:
    """Letters typed as pinyin written in characters of their sounds ("qian到" -> 乾到), when that makes a trigger
    heard that was not before; other letters ("ok", "day5", "qd") stay as typed."""
    if not re.search("[a-z]", text):
        return text
    spoken = re.sub(r"[a-z]+", lambda m: spelled(m.group()) or m.group(), text)
    before, after = sounds(squeeze(text)), sounds(squeeze(spoken))
    return spoken if any(h in after and h not in before for h in _homophones(forms)[1]) else text


def _bare(clause: str, forms: tuple[str, ...]) -> bool:
    """The clause is a trigger alone, maybe with 我/今天/也 before and particles after: the sign-in itself,
    typed after a question or a remark about signing in ("签到是这样发吗 签到")."""
    rest = re.sub(r"^(?:我|今天|今日)?(?:也|就|来)?", "", clause).rstrip(_SIGNIN_PARTICLES)
    return rest in forms


# Talk about not signing in, which a bare trigger after it does not undo: "我不签到 签到的人多吗" ends asking anyway.
_NEGATED = re.compile(r"不|没|别|忘|补")
_A_NOT_A = re.compile(r"(.)[不没]\1")  # "是不是发签到两个字就行 签到" asks, it does not refuse


_HABIT_TALK = re.compile(r"感觉|觉得|自律|习惯|好处|有用|没用|坚持不")
_GOES_ON = re.compile(r"(?:今天|今日|今儿)?(?:也)?(?:继续|接着|照常|照旧)(?:签到|打卡|来)?(?:了|啦|哦|呀)?")
_STREAK = re.compile(r"^(?:已经)?(?:连续|坚持)(?:签到|打卡)(?:了)?(?:第?" + NUMERAL + r"(?:天|周|个月)|一个月|半个月|一周|一年)了?$")
_OTHERS_SIGNED = re.compile(r"^(?:看|看到|看见)?(?:大家|姐妹们|别人|群里|各位)(?:都|也)?(?:签到|打卡)了?$")
# The day count of one's own sign-ins: "坚持签到的第50天", "今天是我签到的第100天", "签到满一个月了".
_DAY_COUNT = re.compile(r"(?:今天是)?我?(?:坚持|连续)?(?:签到|打卡)(?:的第?|满|第)(?:" + NUMERAL + r"(?:天|周|个月)|一个月|半个月|一周|一年)"
                        r"(?:了|啦|喽|咯)?")
# "美好的一天从签到开始": a blessing that signs in.
_STARTS_WITH = re.compile(r"^.{0,10}从(?:签到|打卡)开始$")
_DAY_FRACTION = re.compile(r"(?<!\d)\d+/\d+")  # "签到 30/30"; from a run's first digit only (linear time)
_SIGNIN_BREAK = re.compile(r"[,.!?;:，。！？；：、~～…\n\s+【】()（）—-]+")  # BREAK, and spaces, "+" and 【】


@lru_cache(maxsize=64)
def _trigger_forms(triggers: tuple[str, ...]) -> tuple[str, ...]:
    """The triggers in plain form, with 个 inside a two-character one ("签个到") and the usual typos,
    longest first."""
    forms = {squeeze(plain(t)) for t in triggers}
    forms |= {t[0] + "个" + t[1] for t in forms if len(t) == 2}
    forms |= set(_TRIGGER_TYPOS) | set(_SIGNIN_WORDS)
    return tuple(sorted((t for t in forms if t), key=lambda t: (-len(t), t)))  # the same order in every run


@lru_cache(maxsize=64)
def _homophones(forms: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The trigger forms heard by sound (two Chinese characters, not the plain words like 报到), and
    their sounds."""
    words = tuple(t for t in forms if len(t) == 2 and t.isalpha() and not t.isascii() and t not in _SIGNIN_WORDS)
    return words, tuple({sounds(t) for t in words})


@lru_cache(maxsize=64)
def _trigger_search(forms: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern | None]:
    """Whether a text holds one of the trigger forms as written, and (on its sounds) one of the two-character
    forms ``heard_as`` reads homophones of: most messages hold neither, and need no clause read."""
    written = re.compile("|".join(map(re.escape, forms)))
    heard = _homophones(forms)[1]  # what _signin_clause hears
    return written, re.compile("|".join(map(re.escape, heard))) if heard else None


_NOT_HAN = re.compile(r"[^\u3400-\u9fff]+")
_HAN_OR_LETTERS = re.compile(r"[\u3400-\u9fffa-z]+")


def _may_hold_trigger(plain_text: str, forms: tuple[str, ...]) -> bool:
    """False only when no reading below can find a trigger: without letters (no "qd", no pinyin) and without 签
    (no "早 签"), the clauses' joined text is the plain text less characters that are not Han (breaks, spaces,
    decoration, a day's fraction) and less an ending: a trigger written or heard in it is so in the plain
    text's Han characters too. Forms with other characters than Han and letters are always read whole."""
    if "签" in plain_text or not _han_forms(forms) or re.search("[a-z]", plain_text):
        return True
    han = _NOT_HAN.sub("", plain_text)
    written, heard = _trigger_search(forms)
    return bool(written.search(han) or (heard is not None and heard.search(sounds(han))))


@lru_cache(maxsize=64)
def _han_forms(forms: tuple[str, ...]) -> bool:
    return all(_HAN_OR_LETTERS.fullmatch(form) for form in forms)


_SAID_TWICE = re.compile(r"(.{2,8}?)\1+")


def _words_before(before: str) -> str:
    """What is said before the trigger, without greetings, who signs in, what happened first, or when."""
    before = re.sub(r"^(?:差点儿?忘(?:了|记了?)?|(?:今天|今日|今早|每日)份?的)", "", without_courtesy(before))  # "差点忘了签到", "今天份的签到来了"
    before = _SELF_BEFORE.sub("", before)  # "我是老王我来签到啦": who signs in, then the sign-in
    if len(before) > 4 and (own := _OWN_SENTENCE.search(before)):
        before = before[own.start():]  # "…早上起来的晚了我现在来签个到": what happened, then her own sentence
    before = _NOW.sub("", before)  # "现在来签到", "赶紧签个到": when, not what
    if (where := _AT_PLACE.fullmatch(before)) and not (_SIGNIN_NOT_BEFORE.search(where["place"].replace("的", "")) or _WORK.search(where["place"])):
        return ""  # "在老家签到", "人在外地签个到": where she is (not 在公司签到, 在医院签到: their own sign-ins)
    return before


# Where the member happens to be as she signs in (home, away, on the way), the whole of what comes before the
# trigger; not a place one goes to in order to check in there (在景区打卡, 在会场签到, 在咖啡馆打卡).
_AT_PLACE = re.compile(r"(?:我|俺)?(?:人|正|现在|今天)?在(?P<place>老家|家里?|[\u4e00-\u9fff]{1,3}家(?!乐)|外地|外面|乡下|国外|路上|床上|被窝里?|"
                       r"菜市场|厨房|阳台|楼下|小区里?|村里|[\u4e00-\u9fff]{0,6}(?:车|地铁|公交|火车|高铁|飞机|船)上)(?:呢|了)?(?:来|也|就|给大家)?")


def _signin_clause(clause: str, forms: tuple[str, ...]) -> bool | None:
    """True: this clause signs in; False: it talks about signing in (the message does not sign in);
    None: it is about something else (a greeting, the weather, a blessing)."""
    if (twice := _SAID_TWICE.fullmatch(clause)) is not None:
        clause = twice.group(1)  # "我签到我签到": voice input says it again
    at = next(((clause.find(t), t) for t in forms if t in clause), None)
    if at is None:  # a homophone ("千到", "打咔", "钱到") counts only where nothing but plain words and greetings
        words, heads = _homophones(forms)  # come before it: "我提前到了", "工资钱到了" are no sign-ins
        if not any(h in sounds(clause) for h in heads):  # cheap: most clauses have none
            return None
        heard = heard_as(clause, words)
        at = next(((heard.find(t), t) for t in forms if t in heard), None)
        if at is None or not (_PLAIN_BEFORE.fullmatch(said := _words_before(heard[:at[0]])) or is_courtesy(said)):
            return None
        clause = heard
    start, trigger = at
    if _STARTS_WITH.match(clause) or _DAY_COUNT.fullmatch(clause):
        return True
    before, after = _words_before(clause[:start]), trim_courtesy(clause[start + len(trigger):].lstrip(trigger[-1]))
    while (again := next((t for t in (*forms, *_WHOLE_TYPOS) if after.startswith(t)), None)):
        after = after[len(again):]  # "签到签到", "打咔打咔", "打个卡签个到", "签到qd"
    after = "" if is_courtesy(after) else after  # "签到晚安"
    if _ASKS_THE_BOT.fullmatch(clause):
        return True  # "能帮我签到吗": asking the bot to sign her in
    if _QUESTION_IN_CLAUSE.search(clause) or _SIGNIN_NOT_BEFORE.search(before) or len(before) > 10:
        return False
    if trigger in _SIGNIN_WORDS and (re.search(r"新|[帮替给]", before) or (trigger == "签一签" and before)):
        return False  # "新人报到": a newcomer introduces herself; "帮我签一下": sign for a parcel
    if _SOMEONE_ELSE.search(before) and (_NEWS.search(before) or _NEWS.search(after) or not _SELF_PARTY.fullmatch(before)):
        return False  # "我妈签到了", "我女儿帮我签到了": news of someone else's sign-in ("我老头子签到" signs him in)
    after = _SELF_AFTER.sub("", after.rstrip(_SIGNIN_PARTICLES)).rstrip(_SIGNIN_PARTICLES)  # "签到哇", "签到啊我是五号楼的"
    after = "" if _NAME_AFTER.fullmatch(after) else after
    if (plain_after := _SIGNIN_AFTER.match(after)) and not _ABOUT_SIGNING.search(plain_after.group("then") or ""):
        return True  # "签到", "签到第三天", "签完去上班了" (not "打卡去网红店")
    if _BLESSING.match(after):
        return True  # "签到🌹祝店长生意兴隆": whatever the wish names
    return bool((_SIGNIN_THEN.match(after) or _DAY_SENTENCE.match(after)) and not _ABOUT_SIGNING.search(after))


_BLESSING = re.compile(r"^(?:了|啦|哦|喽|咯|哈|呀|啊)*(?:祝|愿)(?!.*[吗呢么?])")


# --- answers to the bot's own question ("您是要订 2 份鸡蛋吗？回复“是”确认") ------------------------

_YES = frozenset(("是", "是的", "是滴", "对", "对的", "对滴", "对呀", "是呀", "是啊", "对啊", "嗯", "嗯嗯", "恩", "好", "好的",
                  "好滴", "好嘞", "确认", "确定", "没错", "要", "要的", "要滴", "可以", "行", "ok", "okay", "yes", "y"))
_NO = frozenset(("不是", "不", "不对", "不要", "不用", "不用了", "不是的", "没有", "算了", "no", "n", "错了", "弄错了"))


def answer(text: str) -> bool | None:
    """True for a yes ("是", "对的", "嗯嗯 是的"), False for a no ("不是", "不用了"), None for anything else."""
    words = [strip_particles(squeeze(part)) for part in BREAK.split(plain(text))]
    words = [w for w in words if w]
    if words and all(w in _YES for w in words):
        return True
    if words and words[0] in _NO and all(w in _NO or w in _YES for w in words[1:]):
        return False
    return None
