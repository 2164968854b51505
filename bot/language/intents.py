"""What a member's message asks of a group-buy: an order, a change or cancellation of one, or nothing
(``read_order``); and a yes or no to the bot's own question (``answer``).

Each reader takes one message and says what it means with how sure it is: ``sure`` readings are
acted on; the others are probably meant that way and the bot asks once before acting. The
readers know nothing of the group's state; the handlers decide which apply (an order needs an
open group-buy) and check the product named against the open one. The sign-up reader is
``signups``, the sign-in reader ``signins``; the cues they share with this one (a question, the past,
a condition, doubt) are public here, the person words in ``people``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.language import goods, numbers, order_items
from bot.language.numbers import NUMERAL, SUMMED, number
from bot.language.people import FULL_NAME, HOME, KIN, PEOPLE_KIND, PERSON, PERSONS, RELATIVE, SURNAME, WHOM
from bot.pinyin import sounds
from bot.language.wrapping import BREAK, PARTICLES, SPACE_BREAK, VOICE_CHECK, clauses, heard_as, is_courtesy, plain, unquote, squeeze, strip_particles, trim_courtesy

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
UNITS = numbers.UNITS  # what goods are counted in (one list for every reader)
_UNITS = UNITS
_U = f"[{_UNITS}]"
# The units goods are packed and sold in, not a head count (个, 只): "一人一份冷粉" names the goods, "一人一个感冒" no pack.
PACKS = "份盒箱袋斤瓶包提罐桶"
# Where a member lives, in digits ("5栋302", "3-201", "1502") or a building by any numeral ("三栋", "5号楼").
LIVES_AT = r"(?:\d{1,3}(?:-\d{1,4}){1,2}|(?:\d{1,3}\s?(?:号楼|栋|幢|单元|室|楼|号|层)\s?)+\d{0,4}|\d{3,4})"
LIVES_IN = r"(?:" + LIVES_AT + r"|(?:" + NUMERAL + r")(?:栋|幢|号楼|楼|单元))"
# A quantity of portions: a number and a unit, or a word that is one by itself ("俩", "半打").
_QU = r"(?:(?P<n>" + NUMERAL + ")" + _U + r"|(?P<m>俩|仨|半打|[一两]打|双(?=份))" + _U + "?)"
_QU_RE = re.compile(_QU)
# A question about the product, the price or the stock, never an order by itself.
QUESTION = re.compile(r"([了过]没有?$|吗|(?<![这那怎什])么|\?|多[少重大长久]|(?<!好)几[份个点号天时斤]|什么|啥|怎么|咋|哪|有没有|还有没|是不是|[系係](?:咪|唔[系係])|能不能|可不可以|"
                       r"行不行|要不要|够不够|好不好|贵不贵|对不对|有货|来得及不|(?P<aa>[\u4e00-\u9fff])不(?P=aa))")  # "去不去": asking
PAST = re.compile(r"(?:买|订|定|拍|要|拿|抢|吃|用|收|到|送|带|给|发)[了过]|[吃用喝][完光]|上次|昨天|以前|之前|带回")
# Not decided, or another time than this group-buy ("下回再要两份"; a pickup day is no such thing: "明天来拿").
_WHEN_IT_COMES = re.compile(r"(?<![买订拿收])到了(?=告诉|通知|叫|说|喊|@|(?:就|再|的话)?(?:给|帮)[我俺]|的话)")  # "到了告诉我": when it comes, not the past
# Put off to some other time (下次, 改天, 过两天): not now, the intent score's "later"; a time to come is those or a day named
# (下礼拜, 明天, 后天, 回头) — an order for tomorrow is an order now, so only the shape and the opening ahead read those. Kept
# here, one table for the readers and the shape (``message_shape`` reads this module). ``ANOTHER_TIME``: the next time or
# some day (下次, 下一批, 将来), without the soon-after days (改天, 过两天) that stand beside an order's pickup.
# d26: one table each of the next round (``NEXT_ROUND``), the days and weeks ahead (``DAYS_AHEAD``, ``WEEKS_AHEAD``) and
# the days soon after (``SOON_AFTER``), read by ``order_checks._LATER``, ``_LATER`` below and ``signins._PUT_OFF``.
SOON_AFTER = r"改天|过两天|过几天"
NEXT_ROUND = r"下次|下回|下一次|下一回|下一批|下一期"
DAYS_AHEAD = r"明(?:天|早|晚|儿个?)|后天"
WEEKS_AHEAD = r"下(?:个)?(?:礼拜|星期|周|月)"
ANOTHER_TIME = NEXT_ROUND + r"|以后|将来|明年|下辈子"
PUT_OFF = r"下次|下回|以后|明年|" + SOON_AFTER
LATER_TIME = PUT_OFF + "|" + WEEKS_AHEAD + r"|下(?:个)?(?:回|次|趟)|" + DAYS_AHEAD + r"|回头"
# A supposition (如果, 要是; its 的话 each reader bounds as it needs): no order now. ``SUPPOSING`` is the pair the intent
# score and ``CONDITION`` were fitted with; ``SUPPOSITION`` every "if" word the readers share (d26: once order_checks' ``_IF``,
# signups' ``_IF_SAID`` and ``_STORY_NOT`` and order_story's ``_NOT_NOW`` each had a list of its own).
# ``IMAGINING``: the "if" words that imagine a case her count would follow (order_checks' ``_IF``); 万一 and 假使 (mend-d26)
# also grant a case her order stands in ("万一涨价了我也肯定要四盒": even if), so only the wider ``SUPPOSITION`` holds them.
SUPPOSING = r"如果|要是"
IMAGINING = SUPPOSING + r"|假如|若是|倘若"
SUPPOSITION = IMAGINING + r"|假使|万一"
CONDITION = re.compile(r"纠结|" + SUPPOSING + r"|等[^，,。]{1,8}?(?:了|后|完)再|(?<![能有以及团])的话|考虑|想想|再说|看看|可能|也许|大概|看情况|不一定|"
                       + ANOTHER_TIME + "|" + SOON_AFTER + r"|过段时间")
_VERB = r"(?:跟团|参团|拼团|预定|预订|订购|购买|下单|想要|需要|安排|拿下|写上|记上|要|来|订|定|买|拍|拿|留|抢|记|跟|报|蹲|占|整|团|求|接(?!龙)|收|秒|写|称)"
VERB_RE = re.compile(_VERB)
# Signs of an event, not a group-buy: "讲座+1", "我们俩报名", "我的名额不要了".
EVENT = re.compile(r"报名|名额|讲座|活动|课|人数|去[一两三四五六七八九\d]+个|报[一两三四\d]?个名")
_JOINS = re.compile(r"参加")  # "我也参加，一份" joins a group-buy; "我参加" alone is an event's
# Words that never stand before an order in its clause ("我上次拍了两份", "要排两个小时").
NOT_HEAD = re.compile(r"[了过没不别吗时比像第每送从吵闹哭吃喝剩]|[分切揉搓包做写]成|分为|(?<!刚)才|[给帮替][你您](?!们)|谁|回来|分享|还有|非要|非得|偏要|分给|昨天|前天|上次|上周|以前|之前|去年|一般|平时|通常|每次|经常|总是")
# What may follow the count besides a product: where and when to pick it up, "就行", "试试".
LOGISTICS = _LOGISTICS = re.compile(r"(?:\d+号楼|\d+栋|\d+单元|\d+室|[\d-]+|自提|得了?|来拿|去拿|来取|去取|取货|过来|过去|拿|取|下午|上午|晚上|明天|今天|"
                        r"(?:下|这|本)?周[一二三四五六日末]?|(?:让|叫)[^，]{1,5}?[去来]?(?:拿|取)|今晚|明早|周末|晚点|就行|就好|就够了?|就可以|试试水?|尝尝鲜?|凑个?热闹|凑(?:成|够|齐)?" + NUMERAL + _U + r"|就这样|就这些|安排上|安排|先|吧|哈|好吧|好|"
                        r"(?:给我|帮我)?留(?:着|下|好)|给我|(?:给|帮)(?:我家?)?(?:妈|爸|婆婆|公公|老公|老婆|孩子|儿子|女儿|闺女|姐|妹|哥|弟|老人|"
                        r"爷爷|奶奶|外婆|姥姥|邻居|同事|朋友)|已付款?|"
                        r"已转账?|转账了?|微信转你了?|付了|送货上门|送上门|送到家|"
                        r"(?:麻烦)?(?:给我|帮我|给俺|帮俺)?记(?:上|下|一下|好|着)(?:哈|啊|呀|了)?)+")  # O22: "给我记上", the order put down
_FILLER = re.compile(r"(?:上车|一口气|顺便|顺手|先|就|只|那|那就|这个|个|上|直接|还是|拿下|也|都|说|我看|冲|必须|插个队|同样|一样|照样|老规矩|速速|赶紧|马上|"
                     r"现在|这次|这回|接龙|想|自己|最后决定|最终决定|决定)+")  # "自己订两袋", "最后决定还是要两盒": no product
LAUGH = re.compile(r"哈哈|呵呵|嘿嘿|笑死")
# Not decided yet, in any clause: asking someone first, hesitating, regretting.
UNDECIDED = re.compile(r"有钱|回头问|再问问|问问(?:我|我家)?[她他家老爸妈婆]|我问问|商量|还没(?:同意|定|想好|决定)|还在(?:考虑|犹豫|想)|(?<!不)(?<!不再)犹豫|可惜|钱不够|"
                        r"舍不得|" + r"等[^，,。!！\s]{0,6}?发了?工资|发了?工资(?:了|以|之)?[再后才]|工资[还都]?没(?:发|到)|没钱")
# o32: the pay not in yet ("等发工资了再来一条", "发了工资再说", "工资还没发"), never pay that came ("发工资了！来一条焦糖",
# "刚发工资 来一条酒红": the order it pays for)
GIFT = re.compile(r"送给|送大家|分享|祝大家|祝你")  # "一份好心情，送给群里的朋友们"
# "6袋装的苹果泥", "45元那个": the packing and the price name the product, they are not the quantity.
PACKING = re.compile(NUMERAL + "[" + UNITS + r"]装的?|"
                      r"\d+(?:\.\d+)?元的?|[¥￥]\d+(?:\.\d+)?的?")
# A pack's size said per unit: "30枚一板的", "一箱五斤的", "可乐一箱24听的", "6瓶一提的": the size, not the count (the
# rules' own; ``PACKING`` is also an input of the learned score).
SIZED = re.compile(NUMERAL + "[" + UNITS + r"斤克]一[" + UNITS + r"]的|一[" + UNITS + "]" + NUMERAL + "[" + UNITS + r"斤克]的")
# "我本来一份，现在改两份": what was, not what is wanted.
_BEFORE_NOW = re.compile(r"^(?:我|我的|我订的|[\u4e00-\u9fff]{1,4}?)?(?:原来|本来)(?=.*(?:" + _QU + "))")  # "本来不想买的": no order was
_CORRECTION = re.compile(r"改一下|改下|更正|纠正|修改|重新|说错|打错|写错|作废|搞错|弄错|识别错|不算")
_LEAD_CORRECTION = re.compile(r"^(?:不好意思|抱歉)?(?:刚才|刚刚)?(?:我)?(?:" + _CORRECTION.pattern + r")(?:了|一下)?")
_NOT_THAT = re.compile(r"^不是" + _QU)  # "我要三份，不是两份": a correction
_TOTAL = re.compile(r"(?:" + SUMMED + r")(?:要|是|就|订|买|拿)?" + _QU)
CANCEL_WORDS = re.compile(r"(?<=[份的])(?:就|也|还是)?算了?$|撤单|不用(?:给我|帮我)?留了?|(?:别|不要)(?:给我|帮我)?留了?|划掉|(?<=[我的份])去掉$|不想(?:要|订|买)了|不整了|不要了?|不[订定]了?|不买了?|不拍了?|不用了|取消|退订|退单|退掉?(?=$|我的?那|我订的)|删(?:了|掉|除)?|撤(?:了|销|掉|下来?)?|(?<=[份单])作废(?:吧|了|掉)?$")
_NOT_BEFORE_CANCEL = re.compile(r"(?:孩子|娃|宝宝|宝贝)(?!那|的)|这个|快递|外卖|淘宝|京东|拼多多|美团|健身|会员|卡|被|谁|会|别|说|衣服|药|上次|他|她|你|不是|没|活动|课|了|舞|关注|航班|公众号|会议|约|比赛|计划|旅行|"
                                r"机票|火车|高铁|预约")
# A count set to another: the arrows and the verbs a chain's line or a member's message says it with ("2→3", "改成三个"):
# one table for ``signups``, ``signup_changes`` and ``bot.chain.text`` (D25), each adding 改 or 变 alone as it reads them.
ARROW = r"→|->|—>|=>|➡️?"
SET_TO = r"改成|改为|变成|换成"
_SET = re.compile(r"(?:改成|改为|改到|改回到?|[减加降]到|增加到|换成|换回|变成|变|改|应该是|更正为|(?<![还不])是)(?:要)?(?:" + _QU + r"|(?<=改)[x×*](?P<x>\d{1,3})|(?P<k>(?<!\d)\d{1,3}(?!\d)|[一两二三四五六七八九十](?![\u4e00-\u9fff])))(?P<post>.{0,6})$")  # "单号末尾是8866": an id
_NOT_SO = re.compile(r"(?:是)?" + _QU + r"不是")
# A count of each kind of goods, never of people: "草莓车厘子每样一箱", "芝麻的花生的一样一袋".
EACH_KIND = r"每样|每种|一样|各样"
# C20: 薅 and 囤 (bought up, stocked up) after 再 are more as 买 and 拿 are: "再薅两盒", "米粉再囤一袋", 取 too ("阿花再取一份"),
# but not after a time ("下午再取一份", "明天再取": her portion fetched later, a pickup).
_ADD = re.compile(r"(?:(?:给|帮)(?:我|俺))?(?:再|(?<![块元毛角\d零一二两三四五六七八九十百千])多|另外|还得?|追加|补)(?:要|想)?(?:(?:给|帮|替)(?:我家?|俺家?|咱家?)?(?:妈|爸|婆婆|公公|老公|老婆|孩子|儿子|女儿|闺女|姐|妹|哥|弟|老人|"
                  r"邻居|同事|朋友)?)?(?:加|家|添|来|要|订|买|拿|拍|留|补|跟|接|冲|整|搞|弄|称|装|团|记|写|薅|囤|(?<![午天晚早上点号头会儿]再)取|\+)?(?:" + _QU
                  + r"(?P<post>.{0,6})$|\+(?P<k>\d{1,2})$|(?<=[加添来要])(?P<j>\d{1,2})$)")
_LESS = re.compile(r"(?:少|减|减掉|去掉|退掉?|砍掉?|划掉|(?<=[份里中])取消)(?:要|订|买|拿|来|留|称|给我?|给俺)?" + _QU + r"(?![人位])|^(?P<whose>我的?|我那份|俺的?|[\u4e00-\u9fff]{1,6}?(?:的|那个|那份)|[\u4e00-\u9fff]{1,6}?)?(?<![要订来买拿留])[-➖](?P<k>\d{1,2})" + _U + "?$")  # "我们少一个人": people; "我的-1", "蔬菜那个-1"
# (x33) A bare counted cancel, said alone: "取消三袋", "取消两份吧", "麻烦取消一盒", "不要两份了". Its count is how many fewer,
# as "退掉一盒" (``_LESS``) and "三袋都不要了" (``bot.chain.cancel_count``) already are; the group-buy holds it against her
# order (fewer than hers lowers it, as many or more cancels it all). Only the act, its count and particles: "取消三袋的那个
# 活动了" (the count describes something else) and "取消两个人" (people) are not it. (k34) Said as her wish: "我要取消一捆",
# "我想取消一份", "俺还是取消两袋吧" (before, the 我要 left the cancel unread and she heard nothing).
_DROP_COUNTED = re.compile(r"^(?:那就|那|就|请|麻烦(?:您|你)?|帮我|给我|先)?(?:(?:我|俺)(?:要|想要?|还是|就|得)?(?=取消))?(?:取消|不要)(?:掉)?(?:其中)?" + _QU
                           + r"(?<!单)(?:吧|哈|啊|呀|哦|嘛|了|啦|谢谢|先)*$")  # "取消一单": the order, all of it
_TIMES = re.compile(r"^(?P<pre>.{0,8}?)[x×*](?P<k>\d{1,3}|[一两二三四五六七八九十])" + _U + "?$")
_EACH = re.compile(r"^(?P<who>.{2,12}?)(?:各|一人|每人|(?P<kind>" + EACH_KIND + r"))(?:来|要|订|留)?" + _QU + r"(?P<goods>[\u4e00-\u9fff]{0,5})$")
_PLUS = re.compile(r"^(?P<pre>.{0,6}?)(?P<plus>(?:\+(?:\d{1,3}|[一两二三四五六七八九十])?" + _U + r"?)+)$")
_BARE = re.compile(r"^(?P<pre>.{2,8}?)(?P<k>\d{1,2})$")
# What makes a bare number after it a price: a count of a unit ("车厘子一盒89", "饺子一袋25"), a seller ("菜市场卖15").
_PRICED = re.compile(_QU + "$|卖$|要价$|才$|只要$")
_CHAIN_LINE = re.compile(r"^\d{1,3}[.、)](?P<name>\S.{0,14}?)(?:\+?(?P<k>\d{1,3})|" + _QU + r"|[x×*](?P<x>\d{1,3}))?"
                         r"(?P<post>已付款?|已转账?|自提|送货上门|(?P<cancel>取消|不要了?))?$")
_ONE = re.compile(r"^(?P<who>.{0,4}?)(?:也|都)?(?:要|来|订|跟|留)(?:个|份|一个|一份)?(?P<pre>.{0,6})$")
# A count misspelt with 分 (or 粉...) is portions only while it is a count one orders: "两分" is two portions,
# "100分" a score, "20分" minutes or cents, "涨了500粉" followers.
_MOST_MISSPELT = 10


def _misspelt_portions(match: re.Match) -> str:
    return match.group(1) + "份" if (number(match.group(1)) or 0) <= _MOST_MISSPELT else match.group(0)


# Pinyin numerals before fen ("liang fen", "我要 san fen"), read once the spaces are squeezed out.
_PINYIN_DIGITS = {"yi": "一", "liang": "两", "er": "二", "san": "三", "si": "四", "wu": "五", "liu": "六", "qi": "七", "ba": "八",
                  "jiu": "九", "shi": "十"}
# "…咗佢" ("done with it") after a word of dropping ("帮我取消咗佢啦", "我嗰份删咗佢": cancel it, as 取消 alone) — all the
# sign-up readers fold (``cantonese_folded``) — and, for the order readers, at the end after any verb (d26: one table).
# mend-d26: after any verb it is the sign-up's act itself, done ("我同个仔报咗佢" signs up, "名额畀咗佢" gives the place away):
# folded away there it left a bare 报 or 畀 for the sign-up readers.
_DROPPED_IT = re.compile(r"(?<=[删刪消除剔])咗佢(?=$|[啦啊喇吖呀，,。!！\s])")
_DONE_WITH_IT = re.compile(r"咗佢$|" + _DROPPED_IT.pattern)
# The done 咗 and the possessive 嘅 (S25: the sign-up readers fold only these two; see ``cantonese_folded``).
CANTONESE_PARTICLES = ((re.compile("咗"), "了"), (re.compile("嘅(?!话)"), "的"))
# Cantonese as typed ("我唔要喇", "畀两盒我", "帮我留返两份啊唔该", "我嗰份唔要啦"): in Mandarin words, as 侬 and 伐 are.
_CANTONESE = ((re.compile("唔该(?:晒)?"), "谢谢"), (re.compile("(?<=[可能])唔(?=[可能])"), "不"),  # C20: "可唔可以取消" (may I)
              (_DONE_WITH_IT, ""), CANTONESE_PARTICLES[0], (re.compile("唔(?=要|想|使|好意思|订|买)"), "不"), (re.compile("[嗰𠮶]"), "那"),
              (re.compile("(?<=留)[返番]"), ""), (re.compile("(?<=[了要])[喇嘞]"), ""),
              (re.compile("(?<=不要)[喇嘞]"), "了"),
              # Cantonese 俾/畀 ("give") before me or a count ("畀两盒我"); O25: Wu's 拨 and 俾/畀 as "give" after a count or a verb
              # of handing over, before whom it is for ("一袋拨阿娘", "留一份拨我", "送俾阿爹"): one of the order's shares, as 给 is
              (re.compile("[俾畀](?=我|[一两三四五六七八九十俩\\d])|(?<=[" + UNITS + "送留带寄])[拨俾畀](?=[我俺侬伊阿老]|" + KIN + ")"), "给"))
# S25: what the sign-up readers take of it (``bot.chain.text``): only its particles, the done 咗 as 了 and the possessive 嘅 as
# 的 — "已报名嘅家长请准时到" is the staff's notice once it reads 已报名的家长 (the order readers keep 嘅: "有嘅话" is read as typed
# there; 嘅话, "if", is left as typed: the rules read no 的话 in "未满嘅话我报一大一小"). The rest of the table made the sign-up readers' questions (使唔使, 要唔要) and cancels (我嗰個位唔要喇) unread: left out.


def cantonese_folded(words: str) -> str:
    """``words`` with Cantonese particles as typed in Mandarin words (``CANTONESE_PARTICLES``)."""
    if not re.search("[嘅咗]", words):
        return words
    for pattern, fixed in ((_DROPPED_IT, ""), *CANTONESE_PARTICLES):
        words = pattern.sub(fixed, words)
    return words


# p33: cute spellings of the sentence-final particles, as young members type them: 叭 for 吧 ("那酒红色来一顶叭"), 嗒 for 哒,
# 鸭 for 呀 after a cheer only ("冲鸭", "好鸭": a duck elsewhere, "两只甜皮鸭"). Only where a clause ends (a pause, a particle or
# the end follows): 喇叭, 呱嗒 and 滴嗒 are goods or sounds. 捏 (呢), 滴 (的) and 哒 are particles already (``wrapping.PARTICLES``).
_CUTE_END = r"(?=$|[\s，,。.!！?？~～…" + PARTICLES + "])"
CUTE_PARTICLES = ((re.compile("(?<![喇叭])叭" + _CUTE_END), "吧"), (re.compile("(?<![呱滴嘀嗒])嗒" + _CUTE_END), "哒"),
                  (re.compile("(?<=[冲好行对是])鸭" + _CUTE_END), "呀"))
_SAID_ELSEWHERE = (*_CANTONESE, *CUTE_PARTICLES, (re.compile("步(?=要)|(?<=[我的份个])部(?=要了)"), "不"),  # "步要了", "少药一份": voice input
                   (re.compile("(?<=[少多再])药(?=" + NUMERAL + ")"), "要"),
                   # O23: the stock asked and the order if there is any, run on by voice input ("羊肉还有没有了有的话给我留两斤",
                   # "荔枝还有没得我要两斤"): the question ends where 有 starts the condition or her order starts, as a typed "？" would
                   (re.compile(r"(?<=还有)(没有|没得|冇得?|没|吗|不|伐)([了啊呀呢哇]?)(?=(?:有(?:的话|就)|(?:给|帮)?[我俺额](?:就|也)?(?:要|来|留|订|整|买)"
                               r"|(?:给|帮)[我俺额])[^，,。\s？?]{0,6}?(?:" + NUMERAL + "))"), r"\1\2？"))  # the count after it ("两份还有吗有的话给我": its count asked)
# 份 misspelt (分, 粉, voice input's 奋, pinyin fen); "十分感谢" is "very", "七分熟" a steak done and "七分饱" a meal eaten to seventy per cent, not portions; the words members misspell.
_TYPOS = ((re.compile("(?<![a-z])(" + "|".join(_PINYIN_DIGITS) + r")\s?(?=fen(?![a-z]))"), lambda m: _PINYIN_DIGITS[m.group(1)]),
          *_SAID_ELSEWHERE,
          # C23: Xiang 哒 for the aspect 了 after a verb of getting or ordering ("王娭毑屋里订哒五斤", "米粉不要哒"): done, told
          (re.compile("(?<=[订买要报接拿收送寄带])哒(?![吗么嘛?？])"), "了"),
          (re.compile("汤[园原远元](?!区|林|子)"), "汤圆"),
          (re.compile("(" + NUMERAL + ")合(?=$|[，,。!！吧啊哈呀])"), r"\1盒"), (re.compile("(" + NUMERAL + ")相(?=$|[，,。!！吧啊哈呀])"), r"\1箱"),
          (re.compile("(" + NUMERAL + ")(?:[分粉仹筏奋愤粪忿纷]|fen)(?![钟之熟饱])"), _misspelt_portions), (re.compile("亮[份分粉]"), "两份"),
          (re.compile("份儿"), "份"), (re.compile("(?<![a-z])(?:l|yi|liang|san)(?=[" + _UNITS + "])"), lambda m: {"l": "1", "yi": "一", "liang": "两", "san": "三"}[m.group(0)]), (re.compile("再家"), "再加"),
          (re.compile("取[笑效削销小肖]"), "取消"), (re.compile("^该(?=成)"), "改"), (re.compile("^在(?=[来加要])"), "再"), (re.compile("(?<![现正实存还好])在(?=[来加]" + NUMERAL + ")"), "再"), (re.compile("^加(?=" + NUMERAL + ")"), "+"), (re.compile(r"^十(?=\d{1,2}$)"), "+"),
          (re.compile("^窝(?=[要也来订想])"), "我"), (re.compile("莫(?=[给帮留要订买])"), "别"), (re.compile("甭"), "不用"), (re.compile("^dd(?=" + NUMERAL + ")"), "蹲"), (re.compile("双份"), "两份"), (re.compile("(?<![一二两三四五六七八九十])一对儿(?![\u4e00-\u9fff]{0,3}(?:耳|环|镯|筷|鞋|袜|手套|枕|杯|碗|夫妻|新人|双胞胎))"), "两份"), (re.compile("(?<=[俩仨])儿"), ""), (re.compile("(?<=[好行])伐$"), "吗"))
def typos_fixed(words: str) -> str:
    """``words`` with 份 and the other words members misspell put right ("两分", "亮份", "liang份"), as the clauses are read."""
    for pattern, fixed in _TYPOS:
        words = pattern.sub(fixed, words)
    return words


# Goods a store sells, for naming a product when the open one is not known (a group with several products, the
# corpus evaluation): the words of ``bot/content/goods.txt`` (``bot.language.goods``).
GOODS = goods.GOODS


# Compiled once (the readers run on every message): who is named, and the words around who.
_WHO_WORDS = re.compile(PERSONS + "|" + PERSON.pattern + r"|[的也都和跟给帮替、名下这边那边算加带凑记报再还先就只]|\d+|[栋号楼单元室-]")
_PERSON_OR_HOME = re.compile(PERSONS + "|" + PERSON.pattern + r"|里")


# Longer than this, a message is no single order, sign-up or sign-in (a chain is read line by line):
# the readers never spend more than a moment on a 30,000-character paste.
MAX_READ = 300


# A plan among members, which "算我一个" joins: "这周末谁去看电影", "要是有人拼车去市区", "有没有人一起去".
MEMBERS_PLAN = re.compile(r"谁(?:去|要去|想去|来|一起|和我|跟我|约)|(?:要是|如果|假如)有人|有没有人(?:一起|去|约)|拼车|约饭|聚餐")


# O18: a head counted in ("算我一个", "带我一个", "算我们家俩": people, no pack of goods) beside an outing — a verb of going,
# playing or eating out before what it is ("打麻将", "爬山", "吃火锅", "去万达", "遛娃") — joins the members' plan, as
# ``MEMBERS_PLAN``; "羊排算我俩", "也算我一个，一箱冻梨", "也算我一个 我家那个爱吃" name goods or a count of them.
_HEAD_JOINED = re.compile(r"(?:算|带)上?(?:我|俺)(?:们家?|家)?(?:一个|俩|两个|仨|三个)(?![\u4e00-\u9fff])")
_OUTING = re.compile(r"打(?:麻将|牌|扑克|掼蛋|[羽篮排网台]?球|乒乓|游戏)|爬[\u4e00-\u9fff]{0,3}山|吃(?:火锅|烤肉|烧烤|自助|大餐|串|饭|早茶|夜宵|宵夜)"
                     r"|(?:今晚|明晚|晚上|中午|周[一二三四五六日末])吃(?![过了完])"
                     r"|遛(?:娃|狗|弯)|逛(?:街|商场|公园|超市)|唱(?:K|k|歌)|看(?:电影|演出|展|比赛|花|灯)|玩(?![了过])"
                     r"|去(?![年过了完])[\u4e00-\u9fffA-Za-z]{0,4}(?:玩|逛|山|公园|商场|广场|市区|郊|湖|海|万达|KTV|钓)")


def joins_outing(text: str) -> bool:
    words = text  # as typed: a space ends "算我一个" before "还差一个"
    joined = _HEAD_JOINED.search(words)
    return joined is not None and bool(_OUTING.search(words[:joined.start()] + "，" + words[joined.end():])) \
        and not any(m.group(0)[-1] != "个" for m in _QU_RE.finditer(_HEAD_JOINED.sub("", words)))  # "还差一个": people


# The staff's (or a member's) word that something is registered: "已登记，小美2份", "给您记上了".
REGISTERED = re.compile(r"已(?:经)?(?:登记|记上|记下|记好|录入)|(?:登记|记)(?:好|上|下)了")


# A meal the portions are for ("冬至家里聚餐 汤圆来八份", "八份 部门团建用"): its purpose, not a plan others join.
_GATHERING_FOR = re.compile(r"聚餐(?=.*(?:" + NUMERAL + ")" + _U + r")|(?<=" + _U + r").*聚餐")


# h34: a plus sign right after a clause that orders the same count for someone ("帮女朋友抢一条 +1", "给同事蹲两条+2"):
# the sign of that one order, typed as the post asks, not a second one of hers.
_BARE_PLUS = re.compile(r"[+＋]\s?(\d{1,2})\s*")


def _plus_restated(text: str) -> str:
    at = max(text.rfind("+"), text.rfind("＋"))
    plus = _BARE_PLUS.fullmatch(text, at) if at > 0 else None
    if plus is None:
        return text
    head = text[:at].strip()
    reading = _order_clause(_tidy(squeeze(head)))
    if reading is not None and reading.intent == ORDER and reading.amount == int(plus[1]) and "+" not in head \
            and "＋" not in head and _for_someone(head) and not re.search(r"[也再还另又]", head):
        return head
    return text


# h34: Wu 侬 ("you") after a helping verb or before a wish asked ("我帮侬带一份", "侬要伐"): the offer to another member it
# is, as "我帮你带一份" is; folded before every reader and the scores (``bot.chain.text.order_reading``).
_WU_YOU = re.compile("(?<=[帮替给拨])侬|侬(?=要伐|要不要|要哇|要吗)")


def wu_you_folded(text: str) -> str:
    return _WU_YOU.sub("你", text)


def read_order(text: str) -> Reading | None:
    """An order, a change ("改成3份", "再来一份", "少要一份") or a cancellation ("不要了"), or None.

    Any product named is returned as ``item`` for the caller to compare with the open one.
    """
    if len(text) > MAX_READ or REGISTERED.search(squeeze(unquote(text))):
        return None  # "已登记，小美2份": the staff's word that it is written down
    if drawn := _drawn_count(text):
        return Reading(ORDER, drawn)  # "1️⃣", "🙋‍♀️2️⃣": a count drawn, the member's order
    if signed := _signed_count(text):
        return Reading(ORDER, signed)  # "+1 王秀兰", "2 小罗", "运城老王 1": a 接龙 line, her count and her name (O21)
    text = plain(_reply_to_order(text).replace("➖", "-"))  # "月饼➖1": a minus, as "➕" is a plus (not "月饼1")
    for pattern, fixed in _SAID_ELSEWHERE:  # Cantonese, voice input's 步要: whole words, before the clauses are cut
        text = pattern.sub(fixed, text)
    text = _pack_weights_out(text)  # "250克一袋的核桃 要两袋", "香肠要三包 一包400克": what one pack weighs (O12)
    if _SPOONS.search(text) or len(_MEASURE.findall(text)) > 1:
        return None  # "可乐鸡翅：鸡翅一斤 可乐一罐 老抽两勺", "牛奶100g 淡奶油100g 蛋黄两个": a recipe's measures
    text = _ABOARD.sub("", text)  # "上车+1份", "上车上车 x3": joining the group-buy, then the count as a sign
    text = _DECIDED.sub("", text)  # "想来想去还是要两盒吧": the doubt is over, what follows is the order
    text = _CONSULTED.sub("", text)  # "回家跟我妈商量了一下，要三盒": the household consulted, the order decided (O23)
    text = _CAUTION.sub("", text)  # o33: "一共要两袋，别搞错了": her care that it is written right, no part of the order
    text = _plus_restated(text)  # h34: "帮女朋友抢一条 +1": the plus signs that one order
    if (line := line_pairs(text.strip()) or _plus_then_where(text) or _chain_line(squeeze(text))) is not None:
        return line
    head = ""
    if speaker := SPEAKER.match(text):
        head = speaker["head"]
        if not _names_goods(head):
            return None  # "小美：我要两份": her words, quoted or reported, not the sender's order
    text = _opening_remarked(text)  # "开团啦？那我要三份": her remark on the post, then her order (O16)
    text = _still_open_asked(text)  # "还赶得上接龙吗 橙子两箱": whether she is in time, asked, then her order (O23)
    if POST.search(text) or TALLY.search(text) or MEMBERS_PLAN.search(_GATHERING_FOR.sub("", text)) or RECIPE_TALK.search(text) \
            or joins_outing(text) or not (text := without_limits(text)):
        return None  # "汤圆接龙开始啦 … 要的接龙": the staff's post opening it; "每人最多订5盒": its rule
    text = _people_listed_each(text)  # "我、我爸、我姑，各一袋汤圆": those listed, then a count each (O21)
    if (total := total_made_up(text)) is not None:
        return total  # "牛奶两箱 一箱我家 一箱我爸妈家": the count, then how it is made up (O21)
    if (total := total_said(text)) is not None:
        return total  # "帮我姐也订一份 加我的两份", "鸡蛋要六十个，就是两盒": the total said with hers, or once more (O26)
    if (total := total_given_out(text)) is not None:
        return total  # o33: "我要两箱吧 给公婆一箱": one of the two is for her in-laws
    spaced = _SPACE_BREAK.sub("，", text)  # typed on a phone: "我那份算咯 不要了", "我老公说他要一份 我让他自己接"
    reading = _read_order(spaced) if spaced != text else None
    if reading is None:
        reading = _read_order(text)  # "要 两份 谢谢" read whole when its pieces say nothing
    if reading is None and (soft := _THEN_BREAK.sub("，", _SOFT_BREAK.sub(r"\1，", text))) != text:
        reading = _read_order(soft)  # voice input: "我要两份鸡蛋啊就是那个土鸡蛋"
    if reading is None:
        reading = _cancel_by_roles(text)  # "店长 我那个不要了 我儿子说不回来了": the cancel among an address and a reason
    if reading is None:
        reading = _order_by_roles(text)  # "刚下夜班 3份", "这次只要两份 上次的还没吃完": the order among a reason
    if reading is None:
        reading = _order_in_story(text)  # "王店长早上好那个黑芝麻汤圆我要一份我是幸福里三栋的…": voice input run on
    if reading is None:
        reading = _cancel_in_story(text)  # "孩子他爸单位发了一箱，重复了，我那两份不要了吧": the cancel among her story
    if reading is not None and head and not reading.item:
        reading = replace(reading, item=head)  # "草莓：我要一份": for the caller to hold against the open product
    if reading is not None and reading.intent != CANCEL and not_ordered_yet(text):
        return None
    return _told_or_wished(text, reading)


# O21: an order's count, then how it is made up — whom each part is for or which kind ("汤圆给俺来俩，老伴儿一袋俺一袋",
# "饵块四包 两包烧的两包炒的"): the parts, two or more, add up to the count exactly and add nothing (再, 也, 另外, 加…); goods
# they name are the count's own, or come after their part's count ("一份肉饼一份排骨" may be kinds; "大米一袋 面粉一袋" are goods).
_MORE_SAID = re.compile(r"再|也|还|另|又|多|加|外|以及|不|没|[?？吗]|" + CANCEL_WORDS.pattern)
_PART_FIRST = re.compile(r"(?:(?<=^)|(?<=[\s，,、]))(?:" + _QU + r")")


# O21: people listed with 、 (a clause break to the readers), then a count each or all wanting it: one list of whom.
# A list is of a dozen at most, so a long run of 、 costs a bounded look from each place.
_LISTED_EACH = re.compile(r"(?P<who>(?:[^，,。\s、]{1,5}、){1,11}[^，,。\s、]{1,5})(?P<gap>[，,\s]?)(?=各|每人|一人|都要)")


def _people_listed_each(text: str) -> str:
    """``text`` with a list of people typed with 、 before 各 / 每人 / 一人 / 都要 joined by 和, so it is read as one whom."""
    if not re.search(r"各|每人|一人|都要", text):
        return text
    def joined(match: re.Match) -> str:
        pieces = match["who"].split("、")
        people = all(persons_for(p) or re.fullmatch(r"[我俺额咱](?:自己)?", p) for p in pieces)
        return "和".join(pieces) + match["gap"].strip("，,") if people else match.group(0)  # a comma joins, a space still parts
    return _LISTED_EACH.sub(joined, text)


def total_made_up(text: str) -> Reading | None:
    """The order of the first clause alone, when the rest only says how its count is made up (O21)."""
    head, _, rest = (re.split(r"([，,。\s]+)", text.strip(), maxsplit=1) + ["", ""])[:3]
    counts = list(_QU_RE.finditer(rest))
    if not rest or len(counts) < 2 or len(_QU_RE.findall(head)) != 1 or _MORE_SAID.search(rest) or re.search(r"\d", rest) \
            or someones_share(head):
        return None  # "我两份，我姐一份，我嫂子一份": her own share first, then others' — all summed
    reading = _read_order(head)
    if reading is None or reading.intent != ORDER or not reading.sure or reading.add \
            or reading.amount != sum(number(m["n"] or m["m"]) or 0 for m in counts):
        return None
    for goods in GOODS.finditer(rest):
        if goods.group(0) not in head and not _counted_right_before(rest, goods.start()):
            return None  # "小米两袋 大米一袋 面粉一袋": goods of their own, each with its count
    return reading


# O26: the total said as including her own share, after someone else's ("帮我姐也订一份 加我的两份", "她也要一桶，加上俺的一共
# 两桶", "加上我就两份", "加上我自己的，两份"): the count after it is the whole order, not one more share to add. With 加上/算上/包括
# only before a word of the total (一共, 一起, 就是, 就) or a break after 的: "加上我自己两袋" is her share, added. Never a count with 一共 after it ("连我的两盒一共记上": her
# share, then the total), a head count (个, 人: a sign-up's "加上我一共三个"), nor a total no smaller share stands beside.
# O26 review: her own home said 自家, 的 said 嘞 (连俺嘞), Shanghainese 阿拉; the words of the total are ``numbers.SUMMED``.
_HER = r"(?:我|俺|额|咱|阿拉)"
_OF = r"[的嘞]"
_HERS_TOO = r"(?:连|加上|算上|包括)" + _HER + r"(?:自己|自家)?(?:家|屋里|屋下)?"
_WITH_HERS = re.compile(r"(?:" + _HERS_TOO + _OF + r"?(?:那份)?(?:在内)?[，,\s]?(?:" + SUMMED + r"|一起|就是|就|是)|" + _HERS_TOO + _OF + r"[，,\s]|"
                        r"(?:连|包括)" + _HER + r"(?:自家|家|屋里|屋下)?" + _OF + r")"
                        r"(?:是|要|订|来)?(?P<n>" + NUMERAL + r")[" + PACKS + r"](?![^，,。\s]{0,3}?(?:" + SUMMED + r"))")
_NOT_WITH_HERS = re.compile(r"再|还要|[?？吗]|" + SUPPOSING + "|" + CANCEL_WORDS.pattern)


def total_with_hers(text: str) -> Reading | None:
    """The order of the total said as including her own share, when the other shares said beside it are fewer (O26)."""
    totals = list(_WITH_HERS.finditer(text))
    if len(totals) != 1 or EVENT.search(text) or _NOT_WITH_HERS.search(text) or _EARLIER.search(text):
        return None
    total = number(totals[0]["n"])
    others = [number(m["n"] or m["m"]) or 0 for m in _QU_RE.finditer(text[:totals[0].start()] + "，" + text[totals[0].end():])]
    if not total or not others or sum(others) >= total:
        return None  # "算上我一共三份" alone, or shares as many as the total: no share of hers stands in it
    return Reading(ORDER, total)


# O26: the order's count said once more, last, as its total or in another unit ("鸡蛋要六十个，就是两盒", "汤圆三斤 就是三袋",
# "饵丝两斤，米线一斤，一起三份", "每人一包，一共六个人，就是六包"): 就是 there restates and corrects nothing, and the parts before it
# are not summed again. Only where the parts add up to it, or one count of them is said again in it, or every count before
# it is in another unit (a conversion); else the other readers weigh it. Not where anything is changed or added (再, 加, 改,
# 不是…: the change readers' "我再加一袋 就是两袋了"), the staff's tally (接龙, 统计, 截单, 到了), a price worked out or
# a sum done aloud ("两份就是两斤，也就四十块", "十个人就是十份 我算算"), nor a pack's size ("就是五斤装的").
_TOTAL_LAST = re.compile(r"(?:就是|一起算?|(?<![统一总])(?:" + SUMMED + r"))(?:" + SUMMED + r"|是)?(?P<n>" + NUMERAL + r")(?P<unit>[" + PACKS + r"])(?![装的])")
# O26 review: what one unit holds ("一箱就是十二瓶", "一个人就是一份": the unit's contents or a rule, no count of hers; read by
# ``order_checks.holds_told`` too), and whose count a conversion may restate: her own order, not one done or someone else's
# ("小赵要四十个鸡蛋，就是两盒", "前天买的三十个，就是一箱").
UNIT_CONTENTS = r"一" + _U + r"(?:(?!的)[\u4e00-\u9fff]){0,3}?就是" + NUMERAL + _U  # not "一份的话就是三份": a count worked out
_UNIT_CONTENTS = re.compile(UNIT_CONTENTS)
_ANOTHERS = re.compile(r"(?![我俺咱额]|阿拉)(?:" + PERSON.pattern + r"|" + RELATIVE.pattern + r"|[小老阿][" + SURNAME + r"])")
_NOT_TOTAL_LAST = re.compile(r"再|加|添|多[要来订留拿]|改|换|减|少|错|不是|不对|原来|之前|刚才|前面|早上|上午|取消|不要|[?？吗]|"
                           r"接龙|统计|截|到了|到货|目前|现在|剩|各位|大家|按|[块元钱¥￥]|算算|算一下|算了?下|" + SUPPOSING)


def total_said_last(text: str) -> Reading | None:
    """The order of the count a message says last as the total of, or again in other words for, the counts before it (O26)."""
    if not (last := _TOTAL_LAST.search(text)) or _NOT_TOTAL_LAST.search(text) or EVENT.search(text):
        return None
    counts = list(_QU_RE.finditer(text))
    if not counts or counts[-1].start() != last.start("n") or len(counts) < 2:
        return None
    total, before = number(last["n"]), [(number(m["n"] or m["m"]) or 0, m.group(0)[-1]) for m in counts[:-1]]
    if not total or _TOTAL_LAST.search(text, last.end()):
        return None
    if _UNIT_CONTENTS.search(text) or _ANOTHERS.match(text) or PAST.search(text[:last.start()]):
        return None  # "我要两箱，一箱就是十二瓶": what one box holds; "老周要三斤，就是三袋": his; "买了三斤，就是三袋": done
    if sum(n for n, _ in before) == total or any(n == total for n, _ in before):
        return Reading(ORDER, total)
    if all(unit != last["unit"] for _, unit in before) and _her_own_order(text[:last.start()]):
        return Reading(ORDER, total)  # a conversion of her own order ("鸡蛋要六十个，就是两盒")
    return None  # "我屋里老头子也要一份，一共两份": her share unsaid; the other readers weigh it


def _her_own_order(head: str) -> bool:
    """Whether the words before a conversion are her own order now: read as one by the readers, said with a word of ordering
    or by her, not of the past nor with someone else as the one ordering (O26 review)."""
    reading = _read_order(head)
    return reading is not None and reading.intent == ORDER and reading.sure and not PAST.search(head) \
        and not _ANOTHERS.match(head) and bool(_ORDERS_OR_HERS.search(head))


_ORDERS_OR_HERS = re.compile(r"[我俺咱额要订来买留拿]|阿拉")


@lru_cache(maxsize=256)
def total_said(text: str) -> Reading | None:
    """The total said with her share in it, or said last once more: computed once a message for ``read_order``, the list
    sum and the shares check (O26 review)."""
    return total_with_hers(text) or total_said_last(text)


def someones_share(clause: str) -> bool:
    """A share said as whose it is, with no verb of ordering ("我两份", "双皮奶：我两盒", "我和老公各一份"), not a total ordered
    ("我家要两套", "汤圆给俺来俩")."""
    return bool(PERSON.search(clause) or WHOM.search(clause)) and not VERB_RE.search(re.sub(r"[各每]", "", clause))


def _counted_right_before(words: str, at: int) -> bool:
    """Whether a part's count stands just before ``at``, in the same name ("一份肉饼", "一条焦糖色")."""
    return any(0 <= at - m.end() <= 2 and not BREAK.search(words[m.end():at]) for m in _QU_RE.finditer(words))


# O20: the one count said as so many to add ("加两份", "追加x1", "接龙第23号 我 加2盒"): stored on top of what she has — which
# for a member with no order yet is that count; 加上 ("加上我的一共两份") sums, 参加 / 加班 are other words.
_ADDED = re.compile(r"(?:追加|(?<![再增参更外叠追])加)(?!上|班|油|入|群|微|好友)\s?[x×*]?\s?(?P<k>\d{1,2}(?!\d)|" + NUMERAL + r")")


def said_as_added(text: str, reading: Reading | None) -> Reading | None:
    """A sure plain order whose one count is said as so many to add: the same order, added on top (O20)."""
    if reading is None or reading.intent != ORDER or reading.add or not reading.sure:
        return reading
    added = list(_ADDED.finditer(text))
    counts = re.findall(r"\d{1,3}|" + NUMERAL, text)
    if len(added) == 1 and len(counts) == 1 and number(added[0]["k"]) == reading.amount and "再" not in text:  # 再: more_on_top's
        return replace(reading, add=True)
    return reading


# A space between words ends a clause, but not before 各 / 每: "我和老公 各一份" shares one count among those before it.
_SPACE_BREAK = re.compile(SPACE_BREAK.pattern + r"(?![各每])")

# The shares of others put on her order, paid or fetched by her (O21): "都记我名下", "记我这里", "算我的", "我统一转账",
# "我下班了统一去拿", "钱我收齐了一起转" — the order is hers to pay and collect, no story of how something was shared out.
ON_HER_ACCOUNT = re.compile(r"(?:都|全|全部|一起)?(?:记|算|写|挂|放)(?:在|到)?(?:我|俺|额)(?:的)?(?:这里?|这儿|这边|名下|名上|头上|账上|单上|的)?"
                            r"(?:就行|就好|吧|哈|啊|了)*|(?:钱)?(?:我|俺|额)(?:[^，,。\s]{0,6}?)(?:统一|一起|一块儿?)(?:付|付款|转|转账|给钱|结|买单|"
                            r"去?拿|去?取|来拿|来取)(?:钱)?(?:吧|哈|了)*|(?:都是)?(?:我|俺|额)(?:来)?(?:统一)?(?:付|接|订|报)的?")


def _told_or_wished(text: str, reading: Reading | None) -> Reading | None:
    """A cancel told as done and paid back ("王奶奶的大米取消了 钱已经退了"): nothing to do; an order beside a wish for what
    is not there ("要是有山竹就好了 有的话我能要三斤"): asked."""
    if reading is not None and reading.intent == CANCEL and _REFUNDED.search(text):
        return None
    if reading is not None and reading.intent == ORDER and reading.sure and _WISH.search(text):
        return replace(reading, sure=False)
    return reading


# Hesitation ended by a decision before the count: "想来想去还是要两盒吧", "犹豫好久 最后决定两袋米", "想了想还是要一份吧",
# "多少钱一盒？算了不管了先给我来一盒", and so a cancel ("我想想……汤圆还是取消吧"). Not "犹豫要一盒还是两盒" (a count before
# 还是: the choice still open).
_DECIDED = re.compile(r"(?:纠结|犹豫|想了想|想了一下|想想(?:\.{2,}|…+|，|,|\s)|考虑了一下|考虑了下|琢磨|商量了一下|商量了下)[^，,。!！?？\d一二两三四五六七八九十俩仨]{0,6}?"
                      r"(?:还是|最后|最终|决定|干脆|那就)+(?:决定)?(?=[^，,。!！?？]{0,8}?(?:" + NUMERAL + r")|[^，,。!！?？]{0,6}?(?:取消|不要了))|"
                      r"(?<![^\s，,。!！?？])(?:算了)?不管了(?=[^，,。!！?？]{0,8}?" + NUMERAL + ")")


# O23: the household consulted and done with it before the count ("跟老公商量了一下，腊肠要两斤", "我们家商量好了 年糕来三条",
# "昨天晚上跟老伴商量了半天 … 那就大枣来两包吧"): the decision made, as _DECIDED's. Not still to do or not done ("等我老公回来商量一下",
# "还没跟老公商量好", "商量了没"), and only where a count follows. The clause is set aside for the order readers alone: the learned
# cues and the sign-up readers keep reading 商量 as doubt.
_CONSULTED = re.compile(r"(?:(?<=^)|(?<=[\s，,。!！~～]))(?![^，,。\s]{0,8}?(?:没|冇|未)[^，,。\s]{0,6}?商量)[^，,。\s?？]{0,10}?"
                        r"(?:商量(?:了|好了|过了|完了?)|一商量)(?:一下|下|半天|一晚上|好久)?(?![没吗呢?？])(?=[，,。\s]{1,4}[^?？]{0,40}?" + NUMERAL + ")")



# Review of fresh text (R2): what no phrasing of an order says, whatever its clauses read. Still deciding after
# the count ("想要一份 我再想想", "来两份吧 我再考虑一下", "等他回来再说"; decided after it is an order: "我再想想……
# 好吧 一份"), and a parcel counted ("快递到了 三箱", "快递员说明天到 两箱": what comes, with no word of ordering;
# "两份，放快递柜" names where to put an order).
_STILL_DECIDING = re.compile(r"(?<![不别])(?:想想|考虑|犹豫|纠结)|拿不定|再看看|还没想好|没想好|等[^，,。]{1,8}?再(?:说|定|决定|看)")  # not "不犹豫了"
_PARCEL_CAME = re.compile(r"(?:快递|包裹|货|东西)(?:已经|都|也|终于)?(?:到了|来了|送到了?|送来了)(?!告诉|通知|叫|说|喊|@|跟)|快递(?!柜)|包裹|物流")


def not_ordered_yet(text: str) -> bool:
    """Still deciding after the count, or a parcel counted (for the learned score's gate too)."""
    pieces = [squeeze(p) for p in re.split(BREAK.pattern + r"|\s+", text) if squeeze(p)]
    counted = [i for i, p in enumerate(pieces) if _QU_RE.search(_tidy(p)) or re.search(r"\d", p)]
    if counted and any(_STILL_DECIDING.search(p) for p in pieces[max(counted):]):
        return True
    return any(_PARCEL_CAME.search(p) for p in pieces) and not VERB_RE.search("".join(p for p in pieces if not _PARCEL_CAME.search(p)))


# "上车" (getting on: joining the group-buy) said before a count written as a sign.
_ABOARD = re.compile(r"^\s*(?:上车)+[\s,，!！~～]*(?=[+＋xX×*]\s?(?:\d|[一两二三四五六七八九十俩仨]))")


# A count drawn rather than typed: keycap digits ("2️⃣", "1️⃣0️⃣"), or a count after a raised hand ("🙋‍♂️4"),
# alone in the message: the member's order of so many, as "+2" is.
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3")
_HAND = "[\U0001F64B\u270B\U0001F590][\u200d\u2640\u2642\ufe0f\U0001F3FB-\U0001F3FF]*"
_DRAWN_COUNT = re.compile(r"\s*(?:" + _HAND + r")*\s*(?P<k>[1-9]\d?)\s*")


def _drawn_count(text: str) -> int:
    digits = _KEYCAP.sub(r"\1", text)
    match = _DRAWN_COUNT.fullmatch(digits)
    return int(match["k"]) if match and (digits != text or re.match(r"\s*" + _HAND, text)) else 0


# A reply quoting an order line (the staff's tally, the bot's record, a 接龙 line: it holds a count) points at it:
# "这个取消", "全取消吧", "这个帮我删了吧 买重了" drop the order quoted, which is the member's.
_QUOTED_COUNT = re.compile(r"\d|" + _QU)
_POINTS_AT_QUOTE = re.compile(r"^\s*(?:这个|这条|这单|这一条|这|全部|全|都)(?=\s*(?:我|帮我|给我|麻烦)?\s*(?:取消|不要|删|撤|去掉|作废|退))")


def _reply_to_order(text: str) -> str:
    """The message without what it quotes; a reply to a quoted order with its "这个" read as "我那份"."""
    reply = unquote(text)
    if reply == text or not _QUOTED_COUNT.search(text[:len(text) - len(reply)]):
        return reply
    return _POINTS_AT_QUOTE.sub("我那份", reply, count=1)


# Ninth pass, orders by mechanism. A cancel said among other clauses: the staff addressed, who is speaking, an
# apology, a reason told after it. Each clause is read by its role; only a cancel beside clauses without a count,
# a wish, a condition, talk to someone or something else cancelled is one ("不要了，那件衣服不好看" is not).
_ORDER_CANCEL_RUN_ON = re.compile(r"(?<=不要了|不整了|不买了|不订了|取消了)(?=[我他她孩娃老家钱买你]|谢|多谢|不好意思|对不起|抱歉|麻烦)|(?<=[\u4e00-\u9fff]{2})(?=我(?:那个|那份|的那))")
# Whose order it is, said around the cancel: "帮她取消一下" (asked for her), "我婆婆说不要了" (the household's word),
# "她的小米不要了" after "刘奶奶让我说一声" (spoken for her).
_FOR_HER = re.compile(r"^(?:帮|替|给)[她他](?=取消|删|退|划|撤)")
_HOME_SAID = re.compile(r"^(?:我家?|俺家?)?(?:老公|老婆|爱人|儿子|女儿|闺女|老伴|老头子?|妈妈?|爸爸?|婆婆|公公|孩子|娃他?[爸妈])说"
                        r"(?:(?=不要|不想要|取消|不订)|[她他]的?(?=那份|那[一两三四五六七八九十\d]?[份盒袋箱]))")  # "我老公说他那份不要了": asked
_ADDRESS = re.compile(r"^(?:喂+|店长|群主|老板|团长|小[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:姐|哥))[啊呀哈]?$|^(?:喂+)?我是[\u4e00-\u9fff]{1,4}$|"
                      r"^(?:真|太|实在)?(?:不好意思|抱歉|对不起|麻烦了?|麻烦店长了?|谢谢|辛苦了?)(?:哈|啊|了|啦)*$|"
                      r"^(?:谢谢|多谢|感谢|麻烦|辛苦)(?:你|您)?了?(?:小|老|阿)[\u4e00-\u9fff]{1,2}[啊呀哈了啦]*$")  # "谢谢小王"
_NOT_REASON = re.compile(_QU + r"|[?？]|撑|吃不|自己|鞋|合脚|合身|[跟和同对][他她你]|说不清|吵|气死|你(?!们?给我|们?帮我)|觉得|还想|还要|再要|要不|如果|要是|的话|有没有|" + UNDECIDED.pattern)


def _cancel_by_roles(text: str) -> Reading | None:
    clauses = [c for p in cancel_pieces(text, _ORDER_CANCEL_RUN_ON) for c in re.split(BREAK.pattern + r"|\s+", p) if c.strip()]
    spoken_for = any(SPEAKS_FOR.match(squeeze(c)) or RELAYS.search(squeeze(c)) for c in clauses)
    clauses = [squeeze(c) for c in clauses]
    clauses = [c for c in clauses if c and not is_courtesy(c) and not _ADDRESS.match(_tidy(c)) and not SPEAKS_FOR.match(c)
               and not (RELAYS.search(c) and not CANCEL_WORDS.search(c))]
    asked_for = any(_FOR_HER.match(c) for c in clauses)
    heard = any(_HOME_SAID.match(c) for c in clauses)  # "我妈说不要了" alone reports; with "帮她取消一下" it is asked
    clauses = [re.sub(r"^(.{2,}?)\1+$", r"\1", c) for c in clauses]  # "不要了不要了": said twice, read once
    clauses = [_HOME_SAID.sub("", _FOR_HER.sub("帮我", re.sub(r"^[她他](?:的|(?=那|不|取消))", "", c) if spoken_for else c)) for c in clauses]
    if not clauses or len(clauses) > 5 or re.search(r"[?？]", text) or any(EVENT.search(c) and not re.search("报的", c) for c in clauses):
        return None
    readings = [(c, _order_clause(c) or _order_clause(_tidy(c)) or _cancel_asked(re.sub(r"[吗么不]+$", "", c) + "吗")) for c in clauses]
    cancels = [(c, r) for c, r in readings if r is not None and r.intent == CANCEL]
    if not cancels or any(r is not None and r.intent != CANCEL for _, r in readings) \
            or not all(re.search(r"了|取消|删|退|划|撤|作废", c) for c, _ in cancels):  # "不要不要，我自己来": declining help
        return None
    reasons = [c for c, r in readings if r is None]
    if any(_NOT_REASON.search(c) or ELSEWHERE.search(c) or OFFER.search(c) or CONDITION.search(c) for c in reasons) \
            or any(CONDITION.search(c) or re.search(r"你(?:说|看|觉得)", c) for c, _ in cancels):
        return None
    items = {r.item for _, r in cancels if r.item}
    sure = any(r.sure for _, r in cancels) and (asked_for or not heard)  # "还能取消不 我不想要了": said firmly once
    return Reading(CANCEL, item=next(iter(items)) if len(items) == 1 else "", sure=sure)


# An order said among clauses of other roles: the staff addressed, thanks, a blessing, voice input checking the
# phone, and reasons or remarks that neither count, ask, doubt, offer nor speak of others ("刚下夜班 3份", "这次只要
# 两份 上次的还没吃完", "新年快乐 汤圆给我记三份，祝大家团团圆圆"). One sure order among them is the order; a reason
# naming an event or a sign-up ("学校包汤圆活动让每人带点 我要两份") is asked about once, as the member may mean either.
_SET_ASIDE = re.compile(r"^(?:喂+|我说|我跟你说|我给你说|对了|那个)+$|^(?:祝|愿)|快乐(?:啊|呀)?$|^" + VOICE_CHECK + "$")
_NOT_ASIDE = re.compile(r"\d|" + _QU + r"|不要|取消|不订|不买|算了|太多|太少|你(?!们?给我|们?帮我)|哈哈|呵呵|嘿嘿")


def _order_by_roles(text: str) -> Reading | None:
    pieces = [squeeze(c) for p in re.split(BREAK.pattern + r"|\s+", _SOFT_BREAK.sub(r"\1，", text)) for c in [p] if c.strip()]
    pieces = [re.sub("^(?:喂+)|" + VOICE_CHECK + "$", "", c) or c for c in pieces]  # "喂喂我要两份汤圆听到没有"
    clauses = [c for c in pieces if c and not is_courtesy(c) and not _ADDRESS.match(_tidy(c)) and not _SET_ASIDE.search(c)]
    if not 1 < len(clauses) <= 5:
        return None
    readings = [(_tidy(c), _order_clause(_tidy(c))) for c in clauses]
    orders = [(c, r) for c, r in readings if r is not None]
    if len(orders) != 1 or orders[0][1].intent != ORDER or not orders[0][1].sure or "+" in orders[0][0] \
            or any(p.search(orders[0][0]) for p in (PAST, CONDITION, EVENT, _JOINS, NOT_HEAD, _EACH)):
        return None  # "+1 我也是", "加一 说到心坎上了": agreeing; "报名的孩子有二十个": counting others; "一人一个": shared out
    reasons = [c for c, r in readings if r is None]
    if any(_NOT_ASIDE.search(c) or QUESTION.search(c) or CONDITION.search(c) or UNDECIDED.search(c) or OFFER.search(c)
           or THEY_SAID.match(c) or _told_by_other(c) or _OTHERS.search(c) or ELSEWHERE.search(c) or _SENT_TO_FETCH.search(c)
           or GIFT.search(c) or _ADVICE.match(c) for c in reasons):  # "一份就够了，别买多了": advice
        return None
    return replace(orders[0][1], sure=not any(EVENT.search(c) or _JOINS.search(c) for c in reasons))


# O5: an order said inside a story typed by voice without punctuation ("王店长早上好那个黑芝麻汤圆我要一份我是幸福里三栋
# 二单元的就是上次问你鞋垫的那个张阿姨", "我给你说我要一份你给我记上"). The story is cut where a sentence starts again (a
# particle inside it, 我 after other words, 你给我, a greeting's 好, 那个/对了/还有), each piece read alone; the order's pieces
# combined as clauses are, and every other piece must be story only: no count, no cancel, doubt, condition, offer, gift,
# event, someone else's wish, nothing put as the question the count is about.
_STORY_CUT = re.compile(r"(?<=[啊呀呗嘞哦吧呢嘛])(?=[\u4e00-\u9fff])|(?<=我[给跟和]你说)|(?<=[好])(?=(?:那个|我|汤圆|鸡蛋|你))|(?<=[\u4e00-\u9fff])(?=对了|还有我|你(?:们)?(?:给我|帮我|能不能|记))|"
                        r"(?<=[^跟问找向和同让叫说给帮替们以对])(?=我(?!们|家|的))|(?<=[\u4e00-\u9fff]{2})(?=那个)")
STORY_CUT = _STORY_CUT  # where a sentence typed by voice starts again (``order_scope`` cuts a message so too)
_STORY_NOT = re.compile(r"^等|不要|取消|不订|不买|算了|退|" + SUPPOSING + r"|的话|考虑|想想|看看|再说|犹豫|纠结|可能|也许|下次|下回|"
                        r"[她他](?:也|还)?(?:要|想)|送给|分享|报名|活动|多少钱|几份|吗$|\?")


# The member ordering in her own words: "我要", "我也来", "给我留", "帮我记" (not "李阿姨说要两份", "您的三份").
_I_ORDER = re.compile(r"(?:我|俺)(?:自己|家)?(?:" + HOME + r")?(?:也|就|还是|先|都)?(?:要|订|来|留|拿|买|跟|定)|(?:给|帮)(?:我|俺)(?:也|再)?(?:来|留|记|订|拿|整|要|报)")
I_ORDER = _I_ORDER
# Where she lives and when, no count: "三栋二单元", "五点", "七十岁".
_PLACE_OR_TIME = re.compile(NUMERAL + r"(?:栋|幢|单元|号楼|楼|室|层|座|号|点|岁|天|年|月|日|周)")


def _order_in_story(text: str) -> Reading | None:
    pieces = [squeeze(p) for c in re.split(BREAK.pattern + r"|\s+", text) for p in _STORY_CUT.split(c) if squeeze(p)]
    pieces = [p for p in pieces if not is_courtesy(p) and not _ADDRESS.match(_tidy(p)) and not _SET_ASIDE.search(p)]
    if not 1 < len(pieces) <= 8:
        return None
    readings = [(p, r) for p in pieces if (r := _order_clause(_tidy(p))) is not None]
    if not readings or any(r.intent != ORDER or not r.sure or "+" in p or not _I_ORDER.search(p) for p, r in readings) \
            or any(pattern.search(p) for p, _ in readings for pattern in (PAST, CONDITION, EVENT, UNDECIDED)):
        return None
    story = [p for p in pieces if p not in {q for q, _ in readings}]
    if any(_QU_RE.search(_tidy(_PLACE_OR_TIME.sub("", p))) or re.search(r"\d", p) or _STORY_NOT.search(p) or OFFER.search(p) or GIFT.search(p)
           or THEY_SAID.match(p) or _told_by_other(p) or UNDECIDED.search(p) or _SENT_TO_FETCH.search(p) for p in story):
        return None
    reading = _combine([p for p, _ in readings], readings)
    return reading if reading is not None and reading.sure and reading.intent == ORDER else None


# O5: a cancel of the member's own order said among her story ("孩子他爸单位发了一箱，重复了，我那两份不要了吧", "小李我报的
# 汤圆你帮我划掉吧我要回老家了", "不好意思啊我订重了，我的那单不要了"). Pieces cut as a story's; one or more pieces cancel and
# say it done (了, 取消, 删, 划, 撤…), the order is named as hers (我的, 我那份, 我订的, 我报的, the product), and the rest is
# story: nothing ordered or changed, nobody else's share, no doubt or condition, no one asked what they think, nothing elsewhere.
_STORY_CANCEL_CUT = re.compile(_STORY_CUT.pattern + r"|(?<=不要了|不整了|取消了|划掉吧|删掉吧|取消吧|划掉了)(?=[\u4e00-\u9fff])|(?<=了)(?=[这那])")
_HERS_NAMED = re.compile(r"[我俺](?:的|那|这|订|报|下单)|订的|报的|下单的|[那这]" + NUMERAL + r"?[份单盒箱袋]|接龙|" + GOODS.pattern)
_DONE_WORDS = re.compile(r"了|取消|删|划|撤|作废|去掉")
_NOT_STORY = re.compile(SUPPOSING + r"|的话|考虑|想想|看看|犹豫|纠结|可能|也许|你(?:说|看|觉得)|觉得呢|[他她]们|(?<![子娃])[他她](?![爸妈])|那份|那单|"
                        r"衣服|裙子|裤子|鞋子|淘宝|京东|拼多多|美团|外卖|快递|活动|报名|课|名额|还要|再要|再来|也要")


_ASKS = re.compile(r"[?？吗]|呢$|怎么|什么|多少|能不能|可不可以|行不行|要不要|还是")  # a story's 这几天 asks nothing


@lru_cache(maxsize=1)
def _GOODS_CANCELLED() -> re.Pattern:
    """Before the product dropped, a sentence starts again: "…这几天没人做饭鸡蛋先取消吧"."""
    return re.compile(r"(?<=[\u4e00-\u9fff]{2})(?=(?:" + ("|".join(_GOODS_WORDS) or goods.NEVER) + r")(?:就|先|也|还是)?(?:取消|不要了|删|划掉))")


def _cancel_in_story(text: str) -> Reading | None:
    text = _GOODS_CANCELLED().sub("，", heard_as(text, ("取消",)))  # "取小了", "取笑吧": voice input's 取消
    pieces = [squeeze(p) for c in re.split(BREAK.pattern + r"|\s+", text) for p in _STORY_CANCEL_CUT.split(c) if squeeze(p)]
    pieces = [re.sub(r"^你(?=帮我|给我|把我)", "", p) for p in pieces  # "你帮我划掉吧": the staff asked to do it
              if not is_courtesy(p) and not _ADDRESS.match(_tidy(p)) and not _SET_ASIDE.search(p)
              and not re.fullmatch(r"(?:我)?(?:说一下|跟你说个事|跟你说|给你说)", p)]
    if not 1 < len(pieces) <= 8 or not _HERS_NAMED.search(text) or any(_their_share(p) for p in pieces):
        return None
    readings = [(p, r if r is None or r.intent == CANCEL or r.sure or names_item(r.item, None) else None)  # "我订重了", "我要回老家了"
                for p in pieces for r in [_order_clause(_tidy(p))]]
    cancels = [(p, r) for p, r in readings if r is not None and r.intent == CANCEL]
    if not cancels or any(r is not None and r.intent != CANCEL for _, r in readings) \
            or not all(_DONE_WORDS.search(p) and _UNDONE.search(p) and not _ORDERED_BEFORE.search(p) for p, _ in cancels) \
            or any(CONDITION.search(p) and not _LATER.search(p) or re.search(r"以后|之后", p) for p, _ in cancels):
        # "这次就不买了": declining; "我要一份猪蹄就算了": one thing ordered; "取消了以后 钱…": when, not now
        return None
    story = [p for p, r in readings if r is None]
    if any(_NOT_STORY.search(p) or OFFER.search(p) or CONDITION.search(_LATER.sub("", p)) or UNDECIDED.search(p)
           or _ASKS.search(p) and not re.search(r"退(?:吗|款|钱)|能退|可以退", p) for p in story):  # "能退吗": her refund, the staff's
        return None
    return Reading(CANCEL, sure=all(r.sure for _, r in cancels))


# --- shared by the order and sign-up cancel readers
# Speaking for someone, whose cancel follows: "替刘奶奶说一声 她不去了", "刘奶奶让我说一声", "我婆婆托我告诉你们".
_FOR_WHOM = r"(?:我家?)?[\u4e00-\u9fff]{0,3}?(?:妈|爸|婆婆|公公|奶奶|爷爷|阿姨|姐|哥|叔|大爷|大妈|邻居|老伴|老公|老婆|孩子|儿子|女儿|闺女)"
SPEAKS_FOR = re.compile(r"^(?:我)?(?:替|帮)" + _FOR_WHOM + r"(?:说一声|说一下|说下)|"
                        r"^(?:隔壁|楼下|楼上|对门)?[\u4e00-\u9fff]{0,4}(?:让|叫|托)我(?:说一声|说一下|跟你们说|告诉)")


# The member passing on the words of someone who cannot type them: "我替我爸说一下", "替我妈发的", "我外公让我在群里说一声",
# "这是我妈在用我手机", "他不会打字". Their order said after it ("他要一份鸡蛋") is placed by the member for them.
RELAYS = re.compile(r"(?:替|帮)(?:" + _FOR_WHOM + r"|[她他])(?:说|发|问|订|报)|(?:让|叫|托)我(?:在群里)?(?:跟(?:你|您|你们|店长|群主|老板))?(?:说|讲|告诉|发)|"
                    r"用[^，,。\s]{0,4}?手机|[她他](?:不会|不太会)(?:打字|用微信|用手机|接龙)")


def cancel_pieces(clause: str, run_on: re.Pattern) -> list[str]:
    """A cancel said by voice, in its pieces: cut at a particle inside the sentence and where a reason runs on after
    the cancel (``run_on``: "不要了我儿子说不回来了", "我不去了啊我那天有事")."""
    return [p for p in run_on.sub("，", _SOFT_BREAK.sub(r"\1，", clause)).split("，") if p.strip()]


# A rule about how many may be ordered or signed up, the staff's or a member repeating it: "每人限两份",
# "最多订5盒", "两份起订", "至少三人成团". A bound on any order, never an order of that many.
LIMIT = re.compile(r"最多|至多|最少|至少|不超过|不能超过|上限|封顶|限购|限量|限订|限拍|限报|限额|(?:每人|每户|每家|每位|每个人|一人|一户)"
                    r"(?:只|仅)?(?:限|能|可以?)|(?:" + NUMERAL + "[" + _UNITS + r"人位]|\d+)起(?!来|床)|起订|起购|起送|成团")
# The staff's tally or a note, not a wish: "统计一下 现在一共38份", "报名情况：已报18组", "备忘：汤圆两份".
TALLY = re.compile(r"统计|接龙[^，,。]{0,6}截止|到此截止|目前接龙|接龙格式|格式[:：]|报名情况|名单[:：]|备忘|还剩\d|剩余\d|已报\d|还差\d|签到人数|人数统计")


def without_limits(text: str) -> str:
    """The text without the clauses that state a limit ("满8人成团，我报名" signs up with "我报名"; "每人
    限两份，我要一份" orders one); "" when every clause is one (the rule alone, no wish)."""
    if not LIMIT.search(text):
        return text
    pieces = [p for p in re.split(BREAK.pattern + r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", text) if p.strip()]
    kept = [p for p in pieces if not LIMIT.search(p)]
    return "，".join(kept) if kept and len(kept) < len(pieces) else ""


# The words of a post that opens a group-buy or calls for orders: "要的接龙", "需要的扣1", "开团啦".
POST = re.compile(r"(?:要|需要|想要|取消|退|改)[^，,。\s]{0,4}的(?:姐妹|朋友|亲|宝妈|各位)?(?:们)?(?:请|麻烦|记得)|(?:要|需要|想要)(?:" + NUMERAL + r"[份个盒袋箱斤])?的(?:姐妹|朋友|亲)?(?:们)?(?:接龙|扣|报名|\+1|加1|举手|吱一声|说一声|冒泡|留言)|开团|接龙开始|开始接龙")


# A member's remark on the group-buy being opened, a clause by itself: "开团了？", "终于开团啦", "又开团了", "开团啦～". Not
# the post itself, which calls for orders, names its price, stock or cut-off, or asks those who want some to join.
_OPENING_REMARK = re.compile(r"[^\d，,。!！?？]{0,8}?开团(?:了|啦|咯|喽|啰|啊|喔|哦|咧|呀)*(?:吗|么|嘛|呀|哈|耶|噢)?")
# The post's own words, which make a clause shaped like a remark the post itself: a call, a price, a count of goods
# ("开团啦 鸡蛋30枚 要的接龙"). A bare number is no such word: "第二次开团了", "三号开团啦" are remarks. (This was once named
# as the remark after an order's count below, whose words then read both: laughter, "但", "才" kept "哈哈终于开团啦" as the post.)
_POST_OWN_WORDS = re.compile(r"接龙|扣|报名|截|库存|[元块¥￥]|[要需]的|" + _QU)
_THEN = re.compile(r"^(?:那|那么|那就|赶紧|快|好|好的|太好了|太好啦)+")
# The opening still ahead, said before 开团 in the remark: a time to come (明天, 下周), not yet (还没), asked when (啥时候, 几号),
# about to (快, 要, 准备); only then (才) after a time to come today (晚上才开团, 8点才开团; not 刚才, 今天才开团, 现在才开团: only
# now, it has opened), waiting for it with 等 governing 开团 itself (等开团, 等你们开团, 坐等店长开团; not 等半天终于开团, 等好久了终于
# 开团, 等等终于开团: the waiting told, then over). Then it is no remark on the post before her: "明天才开团啊，我要两份" is early,
# "等你开团哈，到时候我要两份" a promise; the message is read whole, as a careful manager would, not as an order now. The sale
# said opened (终于, 总算, 已经 before 开团) keeps it a remark whatever the waiting before ("终于等到你们开团").
_WAITED_FOR = r"等着?(?:你们?|您|店长|老板|群主|团长|[他她]们?)?(?=开团)"
_LATER_TODAY = r"(?:今晚|晚上|下午|中午|傍晚|晚点|晚些|待会儿?|一会儿?|过会儿?|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[点号](?:半|钟)?)才(?=开团)"
_OPENING_AHEAD = re.compile(LATER_TIME + r"|还没|没有?(?=开团)|什么时候|啥时候|哪天|几[点号]|快要?(?=开团)|要(?=开团)|准备|打算")
_OPENING_AWAITED = re.compile(_WAITED_FOR + r"|" + _LATER_TODAY)
_OPENED = re.compile(r"(?:终于|总算|已经)[^，,。!！?？\s]{0,4}开团")


def _opening_ahead(remark: str) -> bool:
    """The opening still ahead in ``remark``, the words up to its 开团 (``_OPENING_AHEAD``, ``_OPENING_AWAITED``)."""
    return bool(_OPENING_AHEAD.search(remark) or _OPENING_AWAITED.search(remark) and not _OPENED.search(remark))


def _opening_remarked(text: str) -> str:
    """``text`` without the clauses that only remark on the group-buy being opened, when what is left orders in the
    member's own voice ("开团啦？那我要三份" → "我要三份"); else ``text`` as it is (the post itself, "开团啦 要的接龙")."""
    if not POST.search(text):
        return text
    pieces = [p for p in re.split(r"[，,。!！?？~～\s]+", text) if p]
    kept = [p for p in pieces if not (_OPENING_REMARK.fullmatch(p) and not _POST_OWN_WORDS.search(p)
                                      and not _opening_ahead(p[:p.index("开团") + 2]))]
    if not kept or len(kept) == len(pieces):
        return text
    rest = _THEN.sub("", "，".join(kept))
    own = _I_ORDER.search(rest) or re.match(r"[我俺咱]?(?:也|再|先|直接)?(?:来|要|订|整|拿)(?:个|上)?" + _QU, rest.split("，")[-1])
    return rest if own and not POST.search(rest) and not re.search(r"[元块¥￥]|库存|截止|截单|自提", rest) else text


# O23: whether ordering is still open, asked as a clause of its own before her order ("还赶得上接龙吗 橙子两箱", "蓝莓还能上车吗 两盒",
# "粽子是不是快截单了？快给我来一袋", "还来得及吧 三份先报上"), or after the order it asks about ("现在接一份还赶得上吗", "两份还来得及吗"):
# her order, the question only whether it can still be had (as "还有的话" is). Asked with a particle or a question mark — "一看
# 已经截单了" (too late) and "还能订的抓紧" (the post) are not asked — and never with a count or a price inside the question.
_STILL_OPEN = (r"[^\d，,。!！?？~～\s]{0,6}?(?:是不是)?(?:还(?:能|可以)(?:再)?(?:订|定|要|买|报|接龙|接|上车|跟团?|参加|下单|团)|"
               r"(?:现在)?(?:下单|订|报|接龙)?还?来得及|(?:快|要)?截单了?|截了)")
_STILL_OPEN_ASKED = re.compile(r"(?:(?<=^)|(?<=[，,。!！?？~～\s]))(?:" + _STILL_OPEN + r")(?:(?:吗|不|么|没|吧|伐|冇|呀|啊|哈)+[?？]*|[?？]+)"
                               r"(?=[，,。!！?？~～\s]|$)")
_ORDER_THEN_ASKED = re.compile(r"^(?P<order>[^，,。!！?？~～\s]{1,12}?)(?:现在)?还?来得及(?:吗|不|么|伐|没)[?？]*(?P<rest>[，,。!！~～\s].{0,12})?$")
# h34: more on top ("截单了？我还要再加一份 给我婆婆") is her order still, heard as closed once it is; a cancel or a change is not
_STILL_OPEN_NOT = re.compile(r"[元块¥￥]|库存|自提|截止|一共|共|统计|[?？吗呢]|" + "|".join(("取消", "不要", "退", "改", "减")))


def _still_open_asked(text: str) -> str:
    """``text`` without the clause asking whether ordering is still open, when what is left is her order with a count;
    else ``text`` as it is."""
    if (then := _ORDER_THEN_ASKED.match(text.strip())) and re.search(NUMERAL, then["order"]):
        rest = then["rest"] or ""  # "两份还来得及吗 来得及就给我": the order, then the act if it is in time
        if not rest.strip() or re.fullmatch(r"[，,。!！~～\s]*(?:来得及的话|来得及)?(?:就)?(?:给我|帮我)?(?:留|报|订|来)?(?:着|上|吧)?[!！~～。]*", rest):
            return then["order"]
        return text
    if not (asked := list(_STILL_OPEN_ASKED.finditer(text))) or POST.search(text) or TALLY.search(text):
        return text
    rest = _STILL_OPEN_ASKED.sub("，", text).strip("，,。!！?？~～ ")
    if not rest or _STILL_OPEN_NOT.search(rest) or any(re.search(NUMERAL, m.group(0)) for m in asked) \
            or not re.search(r"(?:" + NUMERAL + r")\s?[" + _UNITS + r"]|[来要留订整拿](?:个|份|盒|袋)", rest):
        return text
    return rest


def _names_goods(head: str) -> bool:
    """"鸡蛋" in "鸡蛋：我要两盒" heads the order; "果果妈" in "果果妈：我要两份" is a speaker."""
    return bool(GOODS.search(head)) and not _KIN_END.search(head)


# A speaker's name and a colon before words in the first person: someone else's words quoted.
SPEAKER = re.compile(r"^\s*(?!我|俺|群主|店长|老板|更正|接龙|补充|备注|报名|修改|改)(?P<head>[^\s:：，,。]{1,8})[:：]\s*(?:我|俺)")
# A nickname ends in a kinship or endearment word even when goods are in it: "果果妈", "豆豆姐", "糖宝".
_KIN_END = re.compile(r"(?:妈妈?|爸爸?|姐姐?|哥哥?|妹妹?|弟弟?|阿姨|姨|叔叔?|婶|嫂|奶奶|爷爷|姥姥|宝|儿)$")
# A particle inside a sentence typed by voice ends a clause as a comma would ("…两份啊就是…").
_SOFT_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])([啊呀呗嘞哦滴])(?=[\u4e00-\u9fff])(?<!滴滴)(?!滴)")
# mend-o29: so does 然后 after a clause's closing particle ("…先退掉吧然后等我出差回来再订"): cut there too, lest the count
# before the particle be read as an order while the cancel after it, run on into 然后 …, is left unread.
_THEN_BREAK = re.compile(r"(?<=[吧了啦哈])(?=然后)")


_SHARES_RUN_ON = re.compile(r"(?<=[" + _UNITS + r"])(?=(?:(?:给|帮|替)(?:" + PERSON.pattern + r")|我)[^，,。\s你]{0,3}?" + NUMERAL + "[" + _UNITS + "]"
                            # O21: after a count, whom the next share is for by kin or home right before its own ("我婆家一盒娘家一盒";
                            # not "一份自己一份送人", "给每个部门经理一个", "一个给客户")
                            + r")|(?<=[一两二三四五六七八九十俩仨\d][" + _UNITS + r"])(?=(?![给帮替送]|自己)(?:" + WHOM.pattern + r")"
                            + NUMERAL + "[" + _UNITS + "])")


def _read_order(text: str) -> Reading | None:
    text = _goods_apart(text if "你" in text else _SHARES_RUN_ON.sub("，", text))  # "给我妈一份我一份": two shares, one after the other
    pieces = re.split("(" + BREAK.pattern + ")", text)  # clauses and what ends each: "十份？" asks
    asking = {i // 2 for i in range(1, len(pieces), 2) if re.search(r"[?？]", pieces[i])}
    parts = [(part, _tidy(squeeze(part))) for at, part in enumerate(pieces[::2]) if at not in asking or not part.strip()]
    parts = [(raw, p) for raw, p in parts if p and not is_courtesy(p)]
    parts = [(raw, _without_aside(p)) for raw, p in parts]
    tidy = [p for _, p in parts]
    questions = [_tidy(squeeze(part)) + "?" for at, part in enumerate(pieces[::2]) if at in asking and part.strip()]
    if not parts and not questions or len(parts) + len(questions) > 6 or any(EVENT.search(p) for p in tidy + questions):
        return None
    parts += [(q, q) for q in questions if q != "?"]
    parts = _kinds_together(_household_shares(parts))
    tidy = [p for _, p in parts]
    if any(_JOINS.search(p) for p in tidy) and not any(_QU_RE.search(p) for p in tidy):
        return None
    readings = []
    readings, unread = [], []
    for raw, part in parts:
        reading = None if LAUGH.search(raw) or _ARRIVED.search(squeeze(raw)) else _order_clause(part)  # "+1 哈哈哈" laughs along
        reading = _name_apart(raw, _remark_apart(raw, reading))
        if reading is None and " " in raw.strip() and not LAUGH.search(raw):  # "+1 要一份", "冲冲冲 两份"
            pieces = [(w, _order_clause(w)) for w in map(_tidy, raw.split()) if w and not is_courtesy(w)]
            if any(r is None and not _PLUS_ASIDE.fullmatch(w) and not (GOODS.search(w) and is_item(w) and len(w) <= 4)
                   for w, r in pieces):  # "+1 我也觉得" agrees; "冲冲冲 两份" orders; "橙子 +1 我婆婆也+1": the product named
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
    if not readings or not this_time and any(PAST.search(_WHEN_IT_COMES.sub("", _after_what_was(p, more))) and _QU_RE.search(p)
                                             and not CANCEL_WORDS.search(p) and (not more or p in more)
                                             and p not in sets and not (sets and _WHAT_WAS.search(p)) for p in tidy):
        return None  # "我上次买了两份": what was; unless the order is said against it ("…这次要三份")
    if any(_EACH.match(p) for p, _ in readings) and any(not _LOGISTICS.fullmatch(p) and not ON_HER_ACCOUNT.fullmatch(p) for p in unread):
        return None  # "两个孩子一人一个，不吵了": how it was shared out, a story (not "…，都记我名下": the shares put on hers)
    if any("+" in p for p, _ in readings) and any(not _LOGISTICS.fullmatch(p) and not signature(p) and not PLUS_PLACE.fullmatch(p)
                                                  for p in unread):
        return None  # "同问，+1", "我也+1，孩子就是不爱吃青菜": agreeing, not ordering
    relayed = any(r.intent == CANCEL and _their_share(p) for p, r in readings)  # "我妈那份不要了，她自己买了": her reason
    # C22 mend: "伊自家讲过了 我再帮伊要一份": what they placed themselves told, then one she orders for them: hers.
    for_them = any(_FOR_THEM.search(p) for p, _ in readings)
    if any(UNDECIDED.search(p) and all(r.intent != CANCEL for _, r in readings)
           or THEY_SAID.match(p) and not relayed and not (for_them and _THEIRS_TO_PLACE.search(p)) or _THEIRS_TO_PLACE.search(p) and not for_them
           or _told_by_other(p) and not any(re.search(r"[帮替给][她他]", q) for q in tidy) for p in tidy) \
            or any(_ADVICE.match(p) or _TO_MEMBER.fullmatch(p) for p in unread):  # "一份就够了，别买多了": advice
        return None  # "我妈说她也想要一份，我回头问问她": not decided, nothing to ask yet
    if _gift(text) or _SENT_TO_FETCH.search(text) or any(r.intent == CANCEL for _, r in readings) \
            and any(_TO_SOMEONE.search(p) and not (relayed and re.match(r"[她他](?!.*[你呢吗])", p)) for p in unread):
        return None  # "不要了吧，太贵了，你说呢": talking it over with someone
    if any(OFFER.search(p) for p in tidy) or any(RECEIVED.match(squeeze(raw)) for raw, _ in parts):
        return None  # "我多订了一份，谁要": giving one away; "收到两份了": got them
    if any(r.intent == CANCEL for _, r in readings) and any(ELSEWHERE.search(p) and not BOUGHT_THERE.search(p) for p in unread):
        return None  # "不要了，那件衣服不好看", "不要了，头疼，先躺会儿": about something else
    if any(_PER_UNIT.search(p) for p in tidy) and re.search(r"大家|各位|别搞错|注意", text):
        return None  # "牛奶每箱12盒 一份就是一箱 大家别搞错": the staff telling what a portion is
    reading = _combine(tidy, readings)
    if reading is not None and reading.intent == ORDER and reading.sure and any(_voiced_wish(p) for p in unread) \
            and not any(_I_ORDER.search(p) for p, _ in readings):
        return replace(reading, sure=False)  # "小孙子说要吃烤包子，来三份": her home's wish, then a bare count: for whom, asked
    if reading is not None and reading.intent == CANCEL and reading.sure and _LATER.search(text) \
            and not re.search(r"不要[了啦喽咯]|取消|删|退|撤|划掉|去掉", text):
        return replace(reading, sure=False)  # "我不要 谢谢 下次吧": declining, the next time named (not "不要了 下次再说")
    first = min((tidy.index(p) for p, _ in readings if p in tidy), default=0)
    if reading is not None and reading.sure and reading.intent == ORDER \
            and any(QUESTION.search(p) and not (_STOCK_ONLY.fullmatch(p) and _IF_ANY.search(text)) for p in tidy[:first]) \
            and not any(VERB_RE.search(p) or PERSON.search(p) for p, _ in readings):
        return replace(reading, sure=False)  # "送货要加钱吗 就两份": the count the question is about, maybe an order
    if reading is not None and reading.intent == CHANGE and reading.add and reading.amount > 0 \
            and last_time_first(text) and not any(_THIS_ONE.search(p) for p in tidy):
        return replace(reading, intent=ORDER, add=False)  # "上回那个红薯烤着真甜 再团一箱": more than last time, a new order
    return reading


# O23: a question only about the stock, then the order on its condition ("还剩没剩啊 剩的话三盒"): the count is no answer to it.
_STOCK_ONLY = re.compile(r"[^\d，,。\s]{0,6}?(?:还有|仲有|还剩)(?:没有|没得|冇得?|没|吗|不|伐)?(?:了|啊|呀|呢|哇)*[?？]?")
_IF_ANY = re.compile(r"有的话|有就")


def last_time_first(text: str) -> bool:
    """Whether the last group-buy is told before "再" (a story of it, then more: a new order), not given after it as the
    reason for more on this order ("再来一箱牛奶吧，上次的喝完了", "橘子再多拿一箱，上回不够分": a change)."""
    last, step = _LAST_TIME.search(text), re.search(r"再|还要|又要", text)  # C21: 还要 is more too, said before the last time
    more = step.start() if step else -1
    if more >= 0 and re.match(r"再\s*(?:加|[+＋➕])", text[more:]):
        return False  # "上次三个不够分 这次再加两个": 加 puts more on an order she has (C21), 再来/再团 orders anew
    if last is not None and _MISSED_LAST.search(text[last.end():]):
        return True  # the last group-buy brought her nothing: there is no order to add to, the count is a new one
    return last is not None and (more < 0 or last.start() < more)


# The last group-buy missed: sold out or too late for her.
_MISSED_LAST = re.compile(r"没(?:抢|买|订|赶|轮|排|拼|团)(?:到|上|着)|没赶上趟?|错过了?|没货|卖完了|抢光了|断货")


def _gift(text: str) -> bool:
    """A gift or sharing said ("一份好心情，送给群里的朋友们"), not a blessing in a clause of its own beside the order
    ("新年快乐 汤圆给我记三份，祝大家团团圆圆")."""
    said = [c for c in re.split(BREAK.pattern + r"|\s+", text) if GIFT.search(c)]
    return any(not re.match(r"\s*(?:祝|愿)", c) or _QU_RE.search(c) for c in said)


# What the member said before, beside the count it is changed to: "改成两份 前面写的一份".
_WHAT_WAS = re.compile(r"之前|原来|刚才|刚刚|本来|先前")
# Someone of the household sent to fetch what was ordered: "老公 饺子你去拿一下 两袋 在店里" tells him, orders nothing.
_SENT_TO_FETCH = re.compile(r"你(?:去|顺便|下班|回来|记得)(?:帮我)?(?:拿|取|带)")
# The last group-buy, not this one: "再…" after it orders anew; after what was ordered in this one it adds. One table
# (h31) for ``last_time_first`` and ``order_added`` (a past lot told: no count on top of this one); 上回 not where it is
# "going back up" (上回来, 上回家).
LAST_TIME = re.compile(r"上次|上回(?![来去家到])|上趟|上周|上礼拜|上星期|上个月|上一[次回批]|上批|前次|那次|去年")
_LAST_TIME = LAST_TIME
_THIS_ONE = re.compile(r"刚才|刚刚|之前|已经|早上|我的|我那|我订|我报|接龙")
THIS_ONE = _THIS_ONE


# What may stand apart beside "+2" without making it agreement: where, when and how it is picked up, or
# thanks ("+2 下班来拿", "+1 3栋", "+2 谢谢姐 周末拿").
# O21: a 接龙 line typed by hand — her count and the name she signs it with, in either order ("+1 王秀兰", "2 小罗", "刘 1",
# "+1 运城老王", "陈佩珊 2"): a name by its form (老王, 小英子, 韦姐, 王老师, a full name, a surname alone, 朵朵妈), maybe after
# where she lives or works (运城, 中车, 七矿). Never goods, a person of hers or a verb ("+1 我也觉得" agrees), nor a size or a
# time that reads like a nickname (小份, 小时); a surname alone after a bare count only with where she lives ("1 张" may be
# one sheet; "+3 孙 5栋" is her line).
_SIGNATURE = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?)??(?:老[" + SURNAME + r"]|小[\u4e00-\u9fff]{1,2}|[" + SURNAME + r"](?:姐|哥|姨|叔|婶|嫂|伯|老师|师傅|"
                        r"阿姨|大爷|大妈|总|工)|" + FULL_NAME + r"|[" + SURNAME + r"][\u4e00-\u9fff]{2}|(?P<c>[\u4e00-\u9fff])(?P=c)(?:妈妈?|爸爸?)?|[" + SURNAME + "])")
_NOT_SIGNATURE = re.compile(r"[我你他她们要来订买拿留跟也都好的了吗呢吧啊哈谢时心区份个盒袋箱斤包瓶孩学厂店病题事菜组队班卖吃号点票费单样件]|" + VERB_RE.pattern)
_SIGNED = re.compile(r"^(?P<plus>[+＋➕])?(?P<k>[1-9]|[一两二三四五六七八九])\s+(?P<name>[\u4e00-\u9fff]{1,6}?)(?:\s*(?P<home>" + LIVES_IN + r"))?$|"
                     r"^(?P<name2>[\u4e00-\u9fff]{1,6}?)\s+(?P<k2>[1-9])$|"
                     r"^(?P<name3>[\u4e00-\u9fff]{3,8}\s*[\u4e00-\u9fff]{0,4})\s*[+＋➕](?P<k3>[1-9])$")  # a name then a plus is the plus readers' ("白头发+1"): only after where she lives


# Where she is from, said with 的 before her name; "一样的", "同样的" agree instead.
_SIGNED_FROM = re.compile(r"^[\u4e00-\u9fff]{1,4}(?<!样)的(?=[\u4e00-\u9fff]{2})")
# A district before her name, beside ``_PLACE_BEFORE``'s estates, towns and streets (not 小区, 市区, 校区, 园区 or 景区, places of
# no one town).
_DISTRICT_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,4}(?<![小市校园社景])区(?=[\u4e00-\u9fff]{2})")


def _after_place(words: str) -> str | None:
    """``words`` after where she lives (``_PLACE_BEFORE``, a district), or None when they do not start with a place."""
    words = re.sub(r"\s+", "", words)
    place = _PLACE_BEFORE.match(words) or _DISTRICT_BEFORE.match(words)
    return words[place.end():] if place else None


def signature(words: str) -> bool:
    """Whether ``words`` are only the name a member signs a 接龙 line with (O21): a name's form, maybe after her town or
    district, or after where she is from with 的; never a common noun after 小 (a child, a school, a small fault)."""
    words = _after_place(words) or _SIGNED_FROM.sub("", words)
    return bool(_SIGNATURE.fullmatch(words)) and not GOODS.search(words) and not _NOT_SIGNATURE.search(words) \
        and not (PERSON.search(words) and not re.search(r"[姐哥姨叔婶嫂伯]$|妈妈?$|爸爸?$", words))


def _signed_count(text: str) -> int:
    """The count of a 接龙 line made of a count and her name only ("+1 王秀兰", "刘 1"); 0 for anything else."""
    match = _SIGNED.match(text.strip())
    if match is None or not signature(match["name"] or match["name2"] or match["name3"]) or match["name3"] and _after_place(match["name3"]) is None \
            or match["name"] and len(match["name"]) < 2 and not (match["plus"] or match["home"]):
        return 0  # "1 张" may be one sheet; "+3 孙 5栋" is her line
    return number(match["k"] or match["k2"] or match["k3"]) or 0


# O22: where a member is from or picks her order up, said beside a plus on a 接龙 line: a place with 的 ("+1 临河的", "+3 宿舍的";
# not a verdict, "+1 真香的", nor "一样的" agreeing), a pickup at a shop or a point ("+2，临河店取", "+1 东门自提"), a place of
# work or lodging by what it is ("+4 苍洱客栈", "+2 三中宿舍"), or someone's home ("+2 唐嬢嬢屋头", "+1 老王家").
# C22 mend: "在…" is where she lives or collects only as a place by its last word ("在北关住", "在怀德镇", "在东门店"), not
# what she is doing ("在上班", "在开会", "在路上", "在忙").
_WHERE_END = r"(?:住|店|小区|村|镇|乡|庄|屯|街|路(?!上)|巷|弄|区|县|苑|园|楼|栋|院|门口|站|驿站|自提点|那边|这边|那儿)"
_PLUS_PLACE = (r"(?:(?![^，,。\s]{0,12}(?:好|真|太|对|是|美|棒|香|甜|辣|鲜|便宜|贵|值|行|一样|同款|同样|我|你|他|她|不|没|别|哪|啥|什么|这))"
               r"(?:[\u4e00-\u9fff]{2,4}的|[\u4e00-\u9fff]{1,5}?(?:店|门店|分店|点|站|驿站|门口)(?:来|去|过来)?(?:取|拿|自提)|"
               r"[\u4e00-\u9fff]{2,5}?(?:那边|这边|那儿|那里|那疙瘩|那旮旯|那个店|那家店|路店|街店|店)(?:来|去|过来)?(?:取|拿|自提)?|"
               r"[\u4e00-\u9fff]{1,4}(?:客栈|民宿|超市|饭店|酒店|宾馆|公司|学校|幼儿园|医院|宿舍|办公室|单位|小区|花园|新村|公寓)|"
               r"[\u4e00-\u9fff]{1,4}?(?:[" + SURNAME + r"](?:[嬢孃]{2}|阿姨|姐|哥|姨|叔|婶|嫂|伯|奶奶|爷爷)|老[" + SURNAME + r"])(?:屋头|屋里|家里|家))"
               r"|(?:我|俺|额)?(?:住在?[\u4e00-\u9fff]{2,5}|在[\u4e00-\u9fff]{1,5}?" + _WHERE_END + r"))")  # "+1 俺在北关住", "+1 俺在范家屯": where she lives
PLUS_PLACE = re.compile(_PLUS_PLACE)
_PLUS_ASIDE = re.compile(r"(?:下班|放学|中午|傍晚|晚点|晚上|明天|周末|回头|一会儿?|待会儿?)?(?:来|去|过来)?(?:拿|取)|\d+(?:号楼|栋|单元|室)?|"
                         r"谢谢(?:姐|哥|亲|店长|群主|老板)?|辛苦(?:了|啦)?|"
                         r"(?:我|俺)(?:和|跟)(?:我|俺)?(?:妈妈?|爸爸?|婆婆|公公|老公|老婆|爱人|姐姐?|妹妹?|哥哥?|弟弟?|嫂子|儿子|女儿|闺女|老伴|"
                         r"奶奶|爷爷|外婆|姥姥|孩子|娃)|" + _PLUS_PLACE)  # "➕2 我和我妈": who it is for; "+1 临河的": where (O22)


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


SHARED = re.compile(r"(?:一人|每人)(?:来|要|订|留)?" + _QU)
HOUSEHOLD_COUNT = re.compile(r"(?:我们家|我家|我们|咱家|咱们|家里)(?:一共|总共|共)?有?(?:" + NUMERAL + r"(?:个|口|位)人?|俩|仨)")


def _household_shares(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """'一人一份，我们家三个人': the two clauses read as one ('我们家三个人一人一份')."""
    tidy = [p for _, p in parts]
    shared = next((i for i, p in enumerate(tidy) if _SHARED_GOODS.fullmatch(p)), None)
    heads = next((i for i, p in enumerate(tidy) if HOUSEHOLD_COUNT.fullmatch(p) or _all_of_us_uncounted(p)), None)
    if shared is None or heads is None:
        return parts
    who = all_of_us["who"] if (all_of_us := _all_of_us_uncounted(tidy[heads])) else tidy[heads]
    joined = who + tidy[shared]  # "我们三个都要嘛，一人一份": the count each of those who all want it (O21)
    return [part for i, part in enumerate(parts) if i not in (shared, heads)] + [(joined, joined)]


_SHARED_GOODS = re.compile(SHARED.pattern + r"(?:[\u4e00-\u9fff]{1,5})?")  # "一人一份", "一人一袋香菇"


def _all_of_us_uncounted(clause: str) -> re.Match | None:
    """"我们三个都要", "俺们仨都要": all of those named want it, with no count said (``ALL_OF_US``)."""
    match = ALL_OF_US.fullmatch(clause)
    return match if match is not None and not match["q"] and not match["goods"] else None


# Giving a portion away, not ordering one: "谁要？我多订了一份", "我这有多的一份".
OFFER = re.compile(r"^给你们?$|你们?分|你拿去|送你|谁要|谁需要|有人要|有没有人要|多订了|多买了|多拍了|多了一份|多出|多的(?!.{0,2}(?:去掉|不要|删|退|取消))|转让|匀给|匀一份|让给(?!别人|其他|需要)")
RECEIVED = re.compile(r"(?:已经|都|也)?(?:收到|拿到|领到|取到)(?:了)?" + _QU)
# What a "不要了" next to it is about when it is no order: clothes, one's body, laughing, being full.
# Goods got elsewhere, said as why she drops hers ("我在拼多多上买了，取消哈", "超市搞活动买了"): a reason, not what is dropped (C21).
BOUGHT_THERE = re.compile(r"买(?:了|到|过|好了)|下(?:了)?单了|抢到")
ELSEWHERE = re.compile(r"淘宝|京东|拼多多|美团|外卖|快递|网上|衣服|裙子|裤子|鞋子|好看|难看|头疼|头痛|头晕|肚子疼|躺|睡|困|累死|累了|太累|好累|笑死|吃饱|太饱|玩腻|好玩")
_ARRIVED = re.compile(r"[来到去]了[啊呀哦啦]*$")  # "我来了", "我也来了": here, not ordering
# Talking to another member: "他要两份，我要一份，你呢".
_TO_MEMBER = re.compile(r"(?:那)?你们?(?:呢|要几份|要不要|觉得呢|说呢|看呢)?")
THEY_SAID = re.compile(r"[他她]说|.{0,6}" + (_THEIRS := r"[他她佢伊](?:会|已经)?(?:自己|自家|自个儿?)(?:会|来|已经)?(?:在群里|去群里|到群里|群里)?(?:接龙|接|来说|说|讲|下单|落单|订|报)"))  # "他说不要了，我还想要呢": reporting; "她自己会接龙": hers to place
# Left to them to place, wherever in a clause run on by voice or typed with spaces: "我老公说他要一份 我让他自己接".
_THEIRS_TO_PLACE = re.compile(r"(?<![不别])" + _THEIRS)
_FOR_THEM = re.compile(r"[帮替给][她他佢伊](?:再|也|多)?(?:要|订|报|来|接|拿|留|买|整)")
_TO_SOMEONE = re.compile(r"你(?:说|看|觉得|呢)|[呢吗]$|[他她]")


_SAID_WANTS = re.compile(r"^(?:刚才|刚刚|之前|早上)?(?P<who>[^说]{1,6}?)说(?:[她他]?(?:也|还)?要)")


def _voiced_wish(clause: str) -> bool:
    """'小孙子说要吃烤包子': a wish someone voiced with no count of its own (C22 mend), not the member's '我说要…'."""
    match = _SAID_WANTS.match(clause)
    return bool(match) and not re.match(r"[我俺咱]", match["who"]) and not _QU_RE.search(clause)


def _told_by_other(clause: str) -> bool:
    """'刚才李阿姨说要两份': what someone outside the household said she wants (hers to order); '我老公
    说要两份' is the member's household, ordered by the member."""
    match = _SAID_WANTS.match(clause)
    return bool(match) and not re.match(r"[我俺咱]", match["who"]) and not re.fullmatch(HOME, match["who"])


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
            remark = (reading.item in typed or reading.item in after) and (PERSON.search(after) or not GOODS.search(after))
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
    remark = len(words) == 2 and not GOODS.search(name) and not _is_who(name) and _QU_RE.fullmatch(squeeze(words[1]))  # "刚下夜班 3份"
    if not (_NICK.fullmatch(name) or remark) or not reading.item.startswith(name) or VERB_RE.search(name) or NOT_HEAD.search(name):
        return reading
    rest = _order_clause(_tidy(squeeze("".join(words[1:]))))
    return rest if rest is not None and rest.intent == ORDER else reading


def _tidy(clause: str) -> str:
    clause = re.sub(r"十分(?=[\u4e00-\u9fff])", "非常", clause)  # "十分感谢": very, not ten portions
    clause = heard_as(strip_particles(trim_courtesy(clause)), ("取消",))  # "取笑", "去消"
    clause = _IF_AVAILABLE.sub("", clause)  # "要是还有就给我一份", "如果没截单我要三份": the store's side, not doubt
    clause = re.sub(r"^(?:如果|要是|假如)?(?P<item>.{0,6}?)(?:还)?(?:能|有(?!人)|还有|可以|来得及|要团|有货|有剩|没卖完)[\u4e00-\u9fff]{0,2}?的话", r"\g<item>",
                    clause)  # "鸡蛋还有的话…", "还能订的话给我一份": if there is any, then the order
    clause = _TOPIC.sub(lambda m: m["item"] if GOODS.search(m["item"]) else m.group(0), clause)  # "鸡蛋的话我要两盒"
    clause = _WHEN_IN.sub(r"\g<item>", clause)  # "牛奶到了给我两箱", "到了就给我留一袋": when it comes, the order (O12)
    for pattern, fixed in _TYPOS:
        clause = pattern.sub(fixed, clause)
    clause = re.sub(r"^(?!不)([\u4e00-\u9fff]{2,6})\1$", r"\1", clause)  # "撤单撤单": said twice, meant once ("不要不要" refuses)
    clause = _RESTATED.sub(r"\g<q>\g<u>", clause)  # "我要两份就是两包": the same count in another unit
    return "" if _UNIT_NOT.fullmatch(clause) else clause  # "不是两斤啊是两份": the unit put right, not the count


# The count said again in other words, the same number: "两份就是两包", "一份也就是一盒".
_RESTATED = re.compile("(?P<q>" + NUMERAL + ")(?P<u>" + _U + ")[啊吧哈呀哦啦嘛哟嗯]*(?:就是|也就是|即)(?P=q)" + _U)
_UNIT_NOT = re.compile("不是(?P<q>" + NUMERAL + ")" + _U + "[啊吧哈呀哦啦嘛哟嗯]*(?:而)?是(?P=q)" + _U + "[啊吧哈呀哦啦嘛哟嗯]*")


# A condition only on the store's side, stock or the cut-off: the order stands if it can be had.
_IF_AVAILABLE = re.compile(r"^(?:如果|要是|假如|若)(?:还)?(?:有货|有剩|有(?!人|[^，,。]{1,6}的)|没卖完|没截单|没截止|没截|还没截单?|没结束|来得及|能订|能买|没满)(?:的话)?(?:就|那就|那)?(?=.)|"
                           r"^(?:还有|仲有|有货|有剩|没卖完|没截单|还没截单|来得及)(?:的话)?(?:就|那就)(?!是)(?=.)|"  # "还有就来三盒": 如果 unsaid
                           r"^有(?:的话)?(?:就|那就)(?![是好行不没别算])(?=.)")  # O23: "仲有冇？有就给我两盒": the stock asked, then 有就 alone
_TOPIC = re.compile(r"^(?P<item>[\u4e00-\u9fff]{1,6}?)的话(?=[我给来要帮])")
# The goods' arrival as the time of the order, said first ("排骨到了给我留三斤", "到货了就帮我留一袋"): not the past.
_WHEN_IN = re.compile(r"^(?P<item>[\u4e00-\u9fff]{0,6}?)(?:今天|明天|哪天)?(?:到了|到货了?|来货了?)(?:的话)?(?:就|再)?(?=(?:给|帮)[我俺]|留|来一|要)")


def _dropped_count(clause: str, item: str, words: str) -> int:
    """How many of one product dropped beside the rest kept: the one count of its clause ("香肠那两斤不要了"), else the count
    said after its name elsewhere ("冻梨两袋饺子一袋 冻梨不要了"), else one portion (C19)."""
    counts = [c for m in _QU_RE.finditer(_tidy(clause)) if (c := number(m["n"] or m["m"] or ""))]
    if len(counts) != 1 and item and (said := re.search(re.escape(item) + _QU, words)):
        counts = [number(said["n"] or said["m"] or "")]
    return counts[0] if len(counts) == 1 and counts[0] and counts[0] <= MAX_AMOUNT else 1


def _pack_weights_out(text: str) -> str:
    """``text`` without what one pack weighs; "一包400克" only where another count is left ("要一份 2.5kg" is one portion)."""
    text = sizes_out(_PACK_WEIGHT.sub("", text))
    rest = _PER_PACK.sub("", text)
    return rest if rest != text and _QU_RE.search(rest) else text


# O19: the pack's size named after its count by weight ("沃柑要一箱 10斤那个", "大米一袋 五斤装的"): which pack, no count.
# Not the size per pack ("一袋五斤的那种", read by ``SIZED``), nor a post's "5斤装" before its price.
# Only right after a pack count ("一箱 …斤那个"): after another weight ("羊肉两斤 牛肉三斤那种") it is that goods' count.
_SIZE_NAMED = re.compile(r"(?P<pack>(?:" + NUMERAL + r")\s?[" + _UNITS.replace("斤", "") + r"][\s，,。]{0,2})(?<![\d.])(?<![一每]["
                         + _UNITS + r"])(?:" + NUMERAL + r")\s?(?:斤|公斤|千克|kg)(?:装的|的?那[个种款])(?=$|[\s，,。!！~～])")


def sizes_out(text: str) -> str:
    """``text`` without a pack's size named by weight right after the pack's count, where another count is left."""
    rest = _SIZE_NAMED.sub(r"\g<pack>", text)
    return rest if rest != text and _QU_RE.search(rest) else text


def _combine(parts: list[str], readings: list[tuple[str, Reading]]) -> Reading | None:
    """One reading for a message of several clauses ("我一份，我妈一份" is two, "更正：3份" a change)."""
    readings = [(p, r) for p, r in readings if not _BEFORE_NOW.search(p) or r.intent == CHANGE and not r.add]  # "原来三份改成一份"
    if any(re.search(r"[帮替给][她他]", p) or RELAYS.search(p) for p in parts):  # "我婆婆让我帮她问问，她要一份": hers, ordered for her
        readings = [(p, replace(r, sure=True) if r.intent == ORDER and re.match(r"[她他]", p) else r) for p, r in readings]
    if (settled := _total_after_joined(parts, readings)) is not None:
        return settled  # "来一袋，哦我妈也要，那就两袋": the total once someone else joined
    orders = [r for p, r in readings if r.intent == ORDER and not _TOO_MANY.search(p)]
    if len(orders) == 1 and orders[0].sure and (any(_TOO_MANY.search(p) for p in parts)
                                                 or any(THE_REST.search(p) for p, r in readings if r.intent == CANCEL)):
        return Reading(CHANGE, orders[0].amount)  # "四份太多了 两份就行", "只留一份吧 多的删掉"
    if {r.intent for _, r in readings} == {CANCEL} and len(readings) == 1 and _SHARE_OF.match(readings[0][0]) \
            and any(_KEEP_MINE.fullmatch(p) for p in parts):
        return Reading(CHANGE, -1, add=True)  # "我姐那份不要了 我自己的还要": one portion less, not the whole order
    if {r.intent for _, r in readings} == {CANCEL} and len(readings) == 1 and GOODS.search(readings[0][1].item) \
            and any((m := _KEEP_OTHER.match(p)) and GOODS.search(m["item"]) and m["item"] != readings[0][1].item for p in parts):
        return Reading(CHANGE, -_dropped_count(readings[0][0], readings[0][1].item, "，".join(parts)), add=True)
        # "小米不要了 汤圆照旧": one product of the order dropped, the rest kept
    if {r.intent for _, r in readings} >= {ORDER, CANCEL} and all(_NONE_FOR_ME.match(p) for p, r in readings if r.intent == CANCEL) \
            and all(r.sure and _for_someone(p) and not _own_share(p) for p, r in readings if r.intent == ORDER):
        readings = [(p, r) for p, r in readings if r.intent == ORDER]  # the shares for others, none for herself
    if {r.intent for _, r in readings} >= {ORDER, CANCEL}:
        kept = [r for _, r in readings if r.intent == ORDER]
        dropped = [r for _, r in readings if r.intent == CANCEL]
        if len(kept) == 1 and len(dropped) == 1 and GOODS.search(dropped[0].item) and dropped[0].item not in kept[0].item \
                and any(_KEEP_OTHER.match(p) for p, r in readings if r.intent == ORDER):
            return Reading(CHANGE, -1, add=True)  # "大枣取消 汤圆还是两份": the other product stays as it was
        if len(kept) == 1 and kept[0].sure and all(GOODS.search(r.item) and r.item not in kept[0].item for r in dropped):
            return kept[0]  # "饺子两袋 大米就不要了": one product ordered, another left out
        return None  # "她要两份，我不要": who wants what, not ours to guess
    asked_less = any(r.intent == CHANGE and r.amount < 0 and not r.sure for _, r in readings)
    if any(r.sure for _, r in readings) and not asked_less:  # "能减一份吗 我姐那份不要了": the fewer, asked
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
    if any(_CLOSED.search(p) for p in parts) and any(_TOTAL.search(p) for p in parts):
        return None  # "鸡蛋团购已截单，共98箱": the staff's total once orders are closed
    if CHANGE not in kinds and (total := next((m for p in parts if (m := _TOTAL.search(p))), None)):
        amount = number(total["n"] or total["m"])
        more = [r for p, r in readings if p.startswith("+") and not _TOTAL.search(p) and r.amount != amount]
        if more:  # "再添一份，一共两份": one more, making two
            return Reading(CHANGE, more[0].amount, add=True)
        return Reading(ORDER, amount) if amount else None
    if kinds == {ORDER} and len(found) > 1 and _several_goods([r.item for r in found]) and not any(RECIPE_OR_PRICE.search(p) for p in parts):  # "小米一份 汤圆两份": each product its count
        return Reading(ORDER, sum(r.amount for r in found), sure=all(r.sure for r in found))
    if kinds == {ORDER, CHANGE} and all(r.sure for r in found) and all(r.add and r.amount > 0 for r in found if r.intent == CHANGE) \
            and not any(_EARLIER.search(p) or _TOTAL.search(p) for p in parts):  # "我和我嫂子各一份 再给我爸一份": all of it new
        return Reading(ORDER, sum(r.amount for r in found))
    if CHANGE in kinds:  # "我姐那份不要了，少一份", "我妈也要，再加一份"
        found = [r for r in found if r.intent == CHANGE]
        if len({r.add for r in found}) > 1:  # "少要一份，改一份": the change, the new total follows from it
            found = [r for r in found if r.add]
    elif CANCEL in kinds and ORDER in kinds:
        return None  # "不要了……两份": not ours to guess
    elif ORDER in kinds and any(_CORRECTION.search(p) or _BEFORE_NOW.search(p) or _NOT_THAT.match(p)
                                for p in parts):  # "更正：3份", "前面那个作废，我要三份", "三份，不是两份"
        found = [Reading(CHANGE, r.amount, False, r.sure, r.item) for r in found]
    orders = [(p, r) for p, r in readings if r.intent == ORDER]
    if len(orders) > 2 and len(orders) == len(found) and orders[0][1].amount == sum(r.amount for _, r in orders[1:]) \
            and all(_for_someone(p) for p, _ in orders[1:]) and not _own_share(orders[0][0]) \
            and not _EACH.match(orders[0][0]):  # "我要两份，给我妈一份，我一份": the total, then how it is shared (not
        # "我和老婆各一份，岳父岳母一份，小舅子一份": shares each)
        return Reading(ORDER, orders[0][1].amount, sure=all(r.sure for _, r in orders))
    if len(orders) > 1 and len(orders) == len(found) and all(RELATIVE.search(p) and "也" in p for p, _ in orders[1:]) \
            and not any(_EACH.match(p) or _ALLOT.match(p) for p, _ in orders):  # "橙子 +1 我婆婆也+1": her share on top of mine
        return Reading(ORDER, sum(r.amount for _, r in orders), sure=all(r.sure for _, r in orders))
    if len(orders) > 1 and len(orders) == len(found) and len({p for p, _ in orders}) == len(orders) \
            and all(_for_someone(p) for p, _ in orders):  # "我一份，我妈一份", "我家两份 隔壁王姐托我带一份"
        return Reading(ORDER, sum(r.amount for _, r in orders), sure=all(r.sure for _, r in orders))
    if len({(r.intent, r.amount, r.add) for r in found}) > 1:
        return None
    first = found[0]
    undone = first.intent == CANCEL and any(_UNDONE.search(p) for p, r in readings if r.intent == CANCEL)  # not "不买"
    later = _LATER_BACK if CANCEL_THEN_LATER and not any(QUESTION.search(p) for p in parts) else _LATER  # o29
    conditional = [p for p in parts if CONDITION.search(p) and not NEXT_TIME.match(p) and not (undone and not CONDITION.search(later.sub("", p)))] \
        if first.intent == CANCEL else \
        [p for p, _ in readings if CONDITION.search(p)]  # "这回先不要了，以后再说"
    sure = all(r.sure for r in found) and not conditional
    return Reading(first.intent, first.amount, first.add, sure, first.item)


# o33: a part of her total given to someone, said after it with whom first: "给公婆一箱", "帮同事带一袋", "其中给我妈留一份".
# Not more on top (也, 再, 另外, 还要, 加, 多: "帮我妈也留一份" is one more), nor a share of her own ("我一盒，给我姐一盒" has no total).
_GIVEN_PART = re.compile(r"^(?:其中|这里面|里面)?(?:给|帮|替)(?P<who>[^\s，,。\d再另还加多也]{1,6}?)(?:带|留|送|寄|拿|捎|分|备)?"
                         + _QU + r"(?:吧|哈|啊|呀|哦|的)?$")
# Her total: a verb of ordering before its count ("我要两箱", "要三袋", "给我来两份"), not a share named as whose it is.
_TOTAL_ORDERED = re.compile(r"(?:要|来|订|定|买|拿|留|整)(?:个)?" + _QU.replace("?P<n>", "?:").replace("?P<m>", "?:"))


# o33: a caution after the order that it be written down right, ending the message: "别搞错了", "千万别弄错哦", "可别记错了",
# "记清楚哈", "别漏了我的", "看清楚啊". Only after a break and at the end; 别 then a verb of writing or reckoning then 错/漏/混.
_CAUTION = re.compile(r"(?<=[\s，,。.!！~～])(?:千万|可|一定)?(?:别|不要)(?:给我)?(?:搞|弄|记|写|算|登记)?(?:错|漏|混)(?:了)?(?:我的)?"
                      r"[啊呀哦哈喔噢嘛哟]?[\s，,。.!！~～]*$|(?<=[\s，,。.!！~～])(?:记|看|写)(?:清楚|好|准)(?:了|点)?[啊呀哦哈喔噢嘛哟]?[\s，,。.!！~～]*$")


def total_given_out(text: str) -> Reading | None:
    """o33: her total first, then parts of it given to others by name ("我要两箱吧 给公婆一箱": 2): the first clause's
    order alone, when the parts come to less than it (or to it, in two parts or more). None when a part says more (再, 另外), the first clause is a share
    of hers with no verb ("我一份，给我妈一份": two shares), or the parts exceed the total ("我要一份 给我妈两份")."""
    if len(text) > 60:
        return None
    clauses_ = [c for c in re.split(r"[\s，,。.!！~～；;]+", text.strip()) if c]
    if len(clauses_) < 2 or someones_share(clauses_[0]) or _own_share(clauses_[0]) or not _TOTAL_ORDERED.search(clauses_[0]):
        return None
    parts = [m for c in clauses_[1:] if (m := _GIVEN_PART.match(_tidy(squeeze(c)))) is not None
             and (PERSON.match(m["who"]) or RELATIVE.match(m["who"]) or WHOM.fullmatch(m["who"]))]
    if len(parts) != len(clauses_) - 1:
        return None
    first = _read_order(clauses_[0])
    if first is None or first.intent != ORDER or not first.sure or first.add:
        return None
    given = sum(number(m["n"] or m["m"]) or 0 for m in parts)
    return first if 0 < given < first.amount or given == first.amount and len(parts) > 1 else None
    # (one part as large as the total, "我要一份 给我妈一份", reads as two shares: left to the other readers)


# Someone else joining her order, said between her count and the total (O18): "我妈也要", "老公说他也要", "还有我同事的".
_JOINED = re.compile(r"(?:也|还)(?:要|想要|想吃|吃|来)|还有.{1,6}的")
# The total then settled: "那就两袋", "那两罐酸奶", "就三份吧" (``order_checks.shares`` reads it before the last count too).
SETTLING = r"(?:那就|那么|那|就|所以)(?:要|来|是)?"
_SETTLED = re.compile("^" + SETTLING + _QU)


def _total_after_joined(parts: list[str], readings: list[tuple[str, Reading]]) -> Reading | None:
    """Her count, someone joining it, then the total settled: the last clause's count is the order (O18)."""
    if len(readings) < 2 or not (last := readings[-1][1]).sure or last.intent != ORDER or not _SETTLED.match(readings[-1][0]):
        return None
    before = readings[:-1]
    if not any(_JOINED.search(p) for p in parts if p != readings[-1][0]) or any(CONDITION.search(p) for p in parts) or not any(r.intent == ORDER and r.sure for _, r in before) \
            or any(r.intent != ORDER or r.amount >= last.amount for _, r in before):
        return None
    return Reading(ORDER, last.amount, item=last.item)


# A cook's measures, no goods' units: spoons, a handful, grams.
_SPOONS = re.compile(r"(?:" + NUMERAL + r"|半|一小|小)(?:勺|汤匙|把|撮)(?<![一二两三四五六七八九十\d]把)|少许|适量")
_MEASURE = re.compile(r"\d+\s?(?:g|克|ml|毫升)(?![a-z])")
# What one pack weighs or holds, tied to its unit ("250克一袋的", "每瓶500ml的", "一包400克", "800g那罐", "1L装的"): the
# pack's size, no recipe's measure and no count (O12). A weight standing alone ("黄油100克 面粉200克") stays a measure.
_WEIGHT = r"\d+(?:\.\d+)?\s?(?:g|克|ml|毫升|l|升|kg|公斤)(?![a-z])"
_PER_PACK = re.compile(r"(?:一|每)[" + _UNITS + r"块片](?:是|有|约|大概)?" + _WEIGHT + r"(?:的|左右)?")
_PACK_WEIGHT = re.compile(_WEIGHT + r"(?:(?:一|每)[" + _UNITS + r"块片]的|装的?|的|\s?那[" + _UNITS + r"款种]|左右)")
# Paid back, done (not "钱退给我吧", "钱退回来就行": the refund asked for beside her cancel, O11).
_REFUNDED = re.compile(r"(?:钱|款)(?:已经|已|都)退|(?:钱|款)退(?:了|回来了|给(?:你|您|她|他)了)|已退款|退款(?:了|已到)")
_WISH = re.compile(r"就好了|该多好|多好啊|要是能有")
_CLOSED = re.compile(r"已截单|截单了|已截止|截止了|已结束")


def _several_goods(items: list[str]) -> bool:
    """Each count names its own product or kind ("汤圆两份 鞋垫一套", "韭菜鸡蛋一袋、猪肉白菜两袋、三鲜一袋", "原味两瓶、草莓味一瓶"):
    the order is their sum, not readings at odds. Kinds are named by 的, 味 or 馅; a name that is neither goods nor a
    kind may stand in a list of them, never alone, and none names a person."""
    names = [re.sub(r"^(?:给我|帮我|我)?(?:要|来|订|买)?", "", item) for item in items]
    known = [n for n in names if GOODS.search(n) or _KIND_NAMED.search(n) or order_items.may_name(n)]  # "叉烧": by its shape
    return all(n and is_item(n) and not PERSON.search(n) and not _line_name(n) for n in names) \
        and (len(known) == len(names) or len(names) >= 3 and len(known) >= len(names) - 1) \
        and len(set(names)) == len(names) and not any(a != b and (a in b or b in a) for a in names for b in names)


_KIND_NAMED = re.compile(r"(?:的|味|馅|口味)$")


# Counts run on after the product each is for: "大枣一份苹果泥一份", "汤圆1小米1大枣1" (a name, then a count).
_NAMED_COUNT = re.compile(r"(?:给我|我要?|来)?(?P<name>[\u4e00-\u9fff]{1,5}?)(?:" + NUMERAL + r")[" + _UNITS + r"]|"
                          r"(?P<name2>[\u4e00-\u9fff]{1,5}?)[1-9](?!\d)")


def _goods_apart(text: str) -> str:
    """Commas between counts run on, each after its own product's name; recipes and prices are left whole. Clause by
    clause: "绿豆一袋红豆一袋，给我婆婆煮汤" has its list first, then whom it is for (O21)."""
    if RECIPE_OR_PRICE.search(text):
        return text
    pieces = re.split("(" + BREAK.pattern + ")", text)
    return "".join(_goods_run_apart(p) if at % 2 == 0 else p for at, p in enumerate(pieces))


def _goods_run_apart(text: str) -> str:
    """One clause's counts run on, each after its own product's name, with commas between; else the clause as it is."""
    out, at = [], 0
    for match in _NAMED_COUNT.finditer(text):
        name = match["name"] or match["name2"]
        if match.start() != at or not GOODS.search(name) or not is_item(name):
            return text
        out.append(match.group(0))
        at = match.end()
    return "，".join(out) if len(out) > 1 and at == len(text) else text


RECIPE_OR_PRICE = re.compile(r"配|兑|[蒸熬煮炖炒]|(?<![碱泉汽])水(?![果饺蜜])|块|元|钱")  # not 碱水粽, 水果, 水饺: goods
# A recipe or a proportion, whatever counts it holds: "酒酿汤圆做法：酒酿一份…冰糖适量", "一份面粉兑半份水".
RECIPE_TALK = re.compile(r"做法|食谱|配方|适量|少许|兑|(?<![一两二三四五六七八九十\d有剩])半[份袋勺碗杯斤]|\d+\s?(?:克|毫升|ml)|打散|一比一")


# Someone else's share of the order dropped while one's own stays: one portion less.
_SHARE_OF = re.compile(r"^(?![我俺](?:的|自己的?)?那份)(?:我家?|俺家?)?(?:妈|爸|婆婆|公公|老公|老婆|老伴|爱人|外公|姥爷|姐|妹|哥|弟|嫂|孩子|儿子|女儿|闺女|老人|爷爷|奶奶|"
                       r"外婆|姥姥|邻居|同事|朋友)(?:的)?那份")
_KEEP_MINE = re.compile(r"(?:但|不过)?(?:我|俺)(?:自己)?的?(?:那份)?(?:还|照样|照旧|不变|留着|继续)(?:要|留)?")
# Signing off a cancellation: "不要了 下次再来", "接龙那份不要了 下次再接".
_KEEP_OTHER = re.compile(r"^(?P<item>[\u4e00-\u9fff]{1,5}?)(?:的)?(?:照旧|照样|不变|还要|留着|继续|还是(?=" + NUMERAL + "))")
NEXT_TIME = re.compile(r"^(?:那|就)?(?:下次|下回|以后|改天)(?:再(?!说|看|考虑|议|定)|一定|还)")
# The next time, said after one's order is undone ("这次不要了 下次再说", "不要了，钱直接抵下次的吧", "算了我不要了 下回吧"):
# about then, not a doubt of the cancel now (a clause that doubts besides, 如果 or 看看, still does).
# o29: the next order put off until she is back or well, said after her cancel ("腊肠不要了 等病好了再说", "先取消了哈，出差回来
# 再订", "取消掉，等过完年回来了再买"): about then, the cancel done now — a clause of 等 … 再说/再订/再买/再来 or of being back
# (回来 … 再), never with a deliberation inside it ("等我想想再说", "等我问问我妈再说": the cancel itself undecided). Switch
# ``CANCEL_THEN_LATER`` (docs/language.md, "o29"). mend-o29: nor where the wait is on someone else's word or return
# (``_THEIR_WORD``: "等我老公下班再说", "等孩子放假回来再定", "等领导批了再订": they may still want it), nor a short wait
# ("等会再说", "等一下再订": the same deliberation) — someone else's event she waits out is hers ("等我女儿出院了再订").
CANCEL_THEN_LATER = True
_THEIR_WORD = (r"(?:[他她]|领导|老板|" + RELATIVE.pattern + r")[^，,。!！?？\s再]{0,4}?"
               r"(?:回|下班|放学|放假|同意|答应|批|点头|说|定|拍板|发话|有空|在家|来)")
_WAIT_CHAR = r"(?:(?!想|考虑|商量|问|看|决定|定|确认|研究|合计|琢磨|" + _THEIR_WORD + r")[^，,。!！?？\s])"
_BACK_AGAIN = (r"|(?:等(?!会|一会|一下|等|下(?![个周月礼星回]))|(?:^|(?<=[，,。!！?？\s]))" + _WAIT_CHAR + r"{0,6}?回来|过完)"
               + _WAIT_CHAR + r"{0,10}?再(?:说|订|定|买|来|要|接)(?![^，,。!！?？\s]{0,3}?(?:取消|不要|要不要))")
_LATER = re.compile(r"(?:" + NEXT_ROUND + r"|改天|以后)(?:[^，,。]{0,3}?再(?:说|看)(?!看))?")
_LATER_BACK = re.compile(_LATER.pattern + _BACK_AGAIN)
_UNDONE = re.compile(r"不要|取消|删|退|撤|划掉|去掉")  # what was ordered undone; "不买", "不订" may be no order declined
_DECLINE = re.compile(r"不(?:订|定|买|跟|团|拼|拍|接|参与|凑)")


def declined(text: str) -> bool:
    """Whether a cancel's words decline to order ("这回就不买了 屋里还剩好多", "不买了") rather than undo an order ("不要了",
    "取消"): from a member who has no order it is chat, and the group-buy handler lets it pass without a word."""
    words = squeeze(plain(unquote(text)))
    return bool(_DECLINE.search(words)) and not _UNDONE.search(words)
_PER_UNIT = re.compile("每[" + _UNITS + "]")
# What refers to an order placed before: "刚才要了两份，再加一份".
_EARLIER = re.compile(r"刚才|刚刚|之前|上次|原来|本来|已经|[订要买拍接报][了过]")
# The count ordered judged too many, then the count wanted: "四份太多了 两份就行" (a new total).
_TOO_MANY = re.compile(r"^(?:我的?|我那|那)?.{0,3}?(?:" + _QU + r")(?:太多|多了|有点多|吃不完|用不完)")
# The rest of the order dropped: "只留一份吧 多的删掉" (a new total); ``order_changes._only_these`` reads it too (C18: one pattern,
# 别 and 多 only with 的 — "别取消" is "don't cancel").
THE_REST = re.compile(r"^(?:(?:其他|其余|剩下|另外|多余)的?|(?:多|别)的)(?:那份|那些)?(?:就|都|全)*(?:去掉|不要了?|删掉|退掉?|取消|划掉)")


def _own_share(clause: str) -> bool:
    """"我自己两份" beside "我妈一份": a person's share with no verb, not the total ("我要两份" is)."""
    return bool(re.match(r"(?:我|俺)(?:自己)?(?:的)?" + _QU + "$", clause))


def _for_someone(clause: str) -> bool:
    """A clause that starts with whom its count is for: "我妈一份", "也给我婆婆一份", "隔壁王姐托我带一份"."""
    clause = re.sub(r"^(?:也|还有|还|另外|然后|顺便|再|加上?)*[帮给替送]?", "", clause)  # "再加我爸一份" (O18)
    clause = _LIVES_BEFORE.sub("", clause)  # "三栋的刘姐两份": where she lives, then who
    if (topic := _GOODS_TOPIC.match(clause)) and GOODS.search(topic["goods"]):
        clause = clause[topic.end():]  # "苹果我要两箱" beside "我姐要一箱": the product named first, then whom it is for
    return bool(PERSON.match(clause) or RELATIVE.match(clause) or _whom_counted(clause))


# Where a 接龙 line's owner lives, before her name: a flat, an estate, a village or town, a street (O19).
_PLACE_BEFORE = re.compile(r"^(?:" + LIVES_IN + r"|[\u4e00-\u9fff]{1,4}(?:小区|花园|家园|新村|公寓|县|镇|乡|村|屯|路|街))的?(?=[\u4e00-\u9fff]{2})")
# Where someone lives, said before who she is: "三栋的刘姐", "5号楼王姨" (O18).
_LIVES_BEFORE = re.compile(r"^" + LIVES_IN + r"(?:的)?(?=[\u4e00-\u9fff])")


def _whom_counted(clause: str) -> bool:
    """"阿嬷一份", "我们领导一份", "自己家一份": whom a share is for by role, dialect kin or body (``people.WHOM``), then
    its count (O16), maybe after a verb of bringing ("老丈人拿一份" after 帮, O18: ``order_items.BRING``)."""
    match = WHOM.match(clause)
    return match is not None and match.end() > 0 and bool(re.match("(?:" + order_items.BRING.pattern + ")" + _QU, clause[match.end():]))


_GOODS_TOPIC = re.compile(r"(?P<goods>[\u4e00-\u9fff]{1,4}?)(?=我|俺|咱)")
# The member wanting none herself beside the shares she orders for others: "孩子奶奶一份 孩子姥姥一份 咱自己不要".
_NONE_FOR_ME = re.compile(r"^(?:我|俺|咱)(?:们|家)?自己(?:就|的)?(?:不要|不用)了?$")


def _gift_as_given(clause: str) -> str:
    """"送我们领导一份", "送老丈人两份": a share bought as a gift for someone named, then its count and nothing else, is read as
    "给…" (送 alone is ``NOT_HEAD``: "买二送一", "送货"); the member herself ("送我一份") is asking for something free."""
    whom = WHOM.match(clause, 1) if clause.startswith("送") else None
    if whom is None or re.fullmatch(r"[我俺咱](?:们)?", clause[1:whom.end()]) \
            or not re.fullmatch(r"(?:买|带|拿|订|留)?" + _QU + r"(?:吧|哈|呀|啊)?", clause[whom.end():]):
        return clause
    return "给" + clause[1:]


# "We two", "the three of us" doing something else in the clause ("我俩今天领证了", "我们三个下班去吃海鲜", "就剩我俩了"):
# the count is of the people, who act; not "羊排算我俩", "我俩一人一份", "我们三个都要" (O20).
_WE_DOING = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=剩))(?:我|俺|咱|额)们?(?:俩|仨|(?:" + NUMERAL + r")个)(?![" + _UNITS + r"人]|" + PEOPLE_KIND + ")"
                       r"(?!(?:人)?(?:也|都|就|一起)?(?:要|订|定|来|买|留|拿|整|各|一人|每人|每个|的|吧|啊|哈|呀|就行|就够|够了|$))"
                       r"|剩(?:下)?(?:我|俺|咱|额)们?(?:俩|仨|(?:" + NUMERAL + r")个)")


def _order_clause(clause: str) -> Reading | None:
    if (given := _gift_as_given(clause)) != clause:
        reading = _order_clause(given)  # its whom, where the product would stand, is as she typed it (送…)
        return replace(reading, item="送" + reading.item[1:]) if reading is not None and reading.item.startswith("给") else reading
    if not clause or len(clause) > 30 or LAUGH.search(clause) or clause.startswith("不是") or _PER_UNIT.search(clause):
        return None  # "每份改成12个了": what a portion holds, the staff's notice
    if QUESTION.search(clause) or _MAY_NOT.search(clause) or _QUESTION_TAG.search(clause):
        return _asked(clause)
    if _HOME_BRINGS.match(clause) or _WE_DOING.search(clause):
        return None
    if (lead := _LEAD_CORRECTION.match(clause)) and lead.end() < len(clause):
        rest = _order_clause(clause[lead.end():])
        return Reading(CHANGE, rest.amount, False, rest.sure, rest.item) if rest and rest.intent == ORDER else rest
    if _AGAINST_LAST.search(clause):
        return None  # "比上次多一份": a count against last time's, whose total the words do not state
    if match := _ON_MINE.search(clause):
        return _checked(Reading(CHANGE, number(match["n"] or match["m"] or match["k"]) or 0, add=True))
    for pattern, read in ((_NOT_SO, _set_first), (_SET, _set), (_LESS, _less), (_DROP_COUNTED, _less), (_ADD, _add)):
        if match := pattern.search(clause):
            reading = read(match)
            if reading is not None and reading.add and reading.amount > 0 and _THIS_TIME.match(clause):
                return replace(reading, intent=ORDER, add=False)  # "这次还要一份": this group-buy's order, said against the last
            return reading
    if match := CANCEL_WORDS.search(clause):
        return _cancel(clause, match)
    if (match := re.fullmatch(r"(?P<thing>.{1,8}?)(?:就|也|还是)?算了?", clause)) and GOODS.search(match["thing"]) \
            and is_item(match["thing"]):
        return Reading(CANCEL, item=match["thing"])  # "鸡蛋就算了": that product, not this time
    if match := _TIMES.match(clause):
        return _checked(Reading(ORDER, number(match["k"]) or 0, item=match["pre"]))
    if reading := _variants(clause):
        return reading
    if (match := ALL_OF_US.fullmatch(clause)) and (heads := _shares(match["who"], clause)) >= 2:
        each = number(match["n"] or match["m"] or "") if match["q"] else None  # "我们四个人都要一盒": one box each
        return Reading(ORDER, heads * (each or 1), sure=each is not None, item=match["goods"] or "")  # "我们三个都要": one each, asked
    if (match := _FOR_EACH.match(clause)) and (persons := persons_for(match["who"])):  # "给我爸妈各来一袋小米"
        return _checked(Reading(ORDER, persons * (number(match["n"] or match["m"]) or 0), item=match["item"]))
    if (match := _EACH.match(clause)) and not (match["kind"] and _is_who(match["who"])) and (not match["goods"] or GOODS.search(match["goods"]) and (_is_who(match["who"]) or _HEADS.search(match["who"]) or heads_by_kind(match["who"]))) \
            and (shares := _shares(match["who"], match.group(0))):  # "我妈和我各一份", "两个孙子一人两盒蓝莓"
        item = match["goods"] or ("" if _is_who(match["who"]) else match["who"].replace("的", ""))  # "大米小米各一袋": the products, for the caller
        return _checked(Reading(ORDER, shares * (number(match["n"] or match["m"]) or 0), item=item))
    if (match := _PLUS_GOODS.fullmatch(clause)) and GOODS.search(match["goods"]) and is_item(match["goods"]):
        return _checked(Reading(ORDER, number(match["k"]) if match["k"] else 1, item=match["goods"]))  # "+1 鸡蛋", "➕1 粽子"
    if match := _PLUS.match(clause):
        counts = [number(p[1:]) if p[1:] else 1 for p in re.findall(r"\+(?:\d{1,3}|[一两二三四五六七八九十])?", match["plus"])]
        if not all(counts) or _SCORE_KEPT.search(match["pre"]):
            return None  # "+0"; "会员卡积分+50了": points, not portions
        pre = re.sub(r"^(?:接龙|我也|我家|我们家|我|也|同)?(?:跟|接|要|订|来)?", "", match["pre"])  # "接龙+1", "我也+1", "跟+1"
        pre = _PLACE_BEFORE.sub("", pre)  # "幸福小区刘姐+1", "城关镇小杨+2": where she lives, then her name (O19)
        pre = re.sub(r"^.{1,3}(?:姐|妈妈?|阿姨|奶奶|爷爷|叔叔?|哥|嫂|婆婆)$", "", pre)  # "王姐+1": her name
        pre = "" if not _WHO_WORDS.sub("", pre) else pre  # "我奶奶+2", "我妈+1": for whom, not the product
        return _checked(Reading(ORDER, sum(counts), item=pre))
    if (match := _BARE.match(clause)) and GOODS.search(match["pre"]) and not _PRICED.search(match["pre"]):
        return _checked(Reading(ORDER, int(match["k"]), item=match["pre"]))
    if (match := _BARE.match(clause)) and _line_name(match["pre"]):  # "阿鑫 3", "兰兰 2": a 接龙 line without its number
        return _checked(Reading(ORDER, int(match["k"])))
    if (match := _VERB_DIGITS.fullmatch(clause)) and _is_who(re.sub(r"^[帮给替](?:我|俺)?", "", match["who"] or "")):  # "跟2", "我要2", "订一", "帮留俩": the unit left out
        return _checked(Reading(ORDER, number(match["k"] or match["k2"]) or 0))
    if reading := _per_person(clause) or _wanted(clause) or _last_sentence(clause):
        return reading
    if (match := _SOME.fullmatch(clause)) and _is_who(match["who"]) and not _NOT_HERS_SOME.search(match["who"]) \
            and _some_goods(match) and (not match["item"] or re.search("[我俺]", match["who"])):
        return Reading(ORDER, 0, sure=False, item=match["item"] or "")  # with the goods named, only for her ("给我留点葱";
        # "买点耙耙柑" alone is a plan, not an order)  # o32: "我也来点", "能帮我留点吗": some, how many unsaid: asked how many (the
        # count left open, ``bot.chain.text.COUNT_OPEN``)
    if (match := _ONE.match(clause)) and _is_who(match["who"]) and is_item(match["pre"]) \
            and not re.search(r"自己|[下放泡煮炒蒸焯切洗]", match.group(0)):  # "我自己来", "要冷水下锅"
        return Reading(ORDER, _each_wants(match["who"], match.group(0)), sure=False, item=match["pre"])
    return None


# o32: some of it wanted, the count unsaid ("我也来点", "能帮我留点吗", "给我也要点儿", "帮我留些"): an order whose count is left
# open. Only the verb of ordering then 点/些 ending the clause: not "我也来点评一下", "多吃点", "来点音乐".
# p33: the goods may follow ("能不能给我留点葱", "给我来点汤圆吧"): then only a name a store sells, whole (``_some_goods``;
# not "留点面子", "来点音乐", "留点时间").
_SOME_ENDS = "吧呗吗呀啊哈嘛哦诶欸呢不"
_SOME = re.compile(r"(?P<who>[^，,。\s]{0,5}?)(?:也|都|还|就)?(?:想)?(?:要|来|订|留|拿|买|整)(?:一)?(?:点儿?|些)"
                   r"(?P<item>(?:(?![" + _SOME_ENDS + r"])[\u4e00-\u9fff]){1,6}?)?(?:[" + _SOME_ENDS + "])?")
_NOT_HERS_SOME = re.compile(r"[你您他她多]|大家|谁|别|不|下[次回]|要是|如果|以后|改天")  # not "下回要是有 俺肯定多要点"


def _some_goods(match: re.Match) -> bool:
    """Whether what follows 点/些 in ``_SOME`` is nothing or goods a store sells, whole (葱, 汤圆; not 面子, 音乐)."""
    item = match["item"]
    return not item or bool(GOODS.fullmatch(item)) and not _LOOKS_LIKE_GOODS.search(item)


# O21: those named or counted all wanting it ("我们三个老姐妹都要", "我和我老汉都要", "我们太极拳队四个人都要一盒"): one each,
# or the count said each; with no count said it is asked, as "我也要" is.
ALL_OF_US = re.compile(r"(?P<who>[^，,。\s]{2,12}?)(?:也)?都(?:要|来|订|想要|需要)(?:吃|喝|买)?(?P<q>" + _QU + r")?(?P<goods>[\u4e00-\u9fff]{0,5}?)"
                       r"(?:了|啊|哈|呀|嘛|的|吧|哦)*")


def _each_wants(who: str, clause: str) -> int:
    """The count of "都要" said by those named or counted ("我们三个都要", "我和我妈都要": one each; O21), else 1 ("我也要")."""
    return max(1, _shares(who, clause)) if re.search(r"都(?:要|来|订|跟|留)", clause) and "个" not in clause[len(who):] else 1


# More put on the order the member already has, named as hers: "我那单加一盒", "帮她在我名下加一份", "在之前的基础上+2".
_ON_MINE = re.compile(r"(?:[我俺](?:的|订的)?(?:那单|那份|那个|单子|订单|名下|基础上)|(?:原来|原先|之前|原有)的?(?:基础上|单子|订单|那单))"
                      r"(?:上|里|里面)?(?:再|还|多)?(?:[给帮替]?[她他]?)?(?:加|添|追加|增加|\+)\s?(?:" + _QU + r"|(?P<k>\d{1,2})$)")
# A count said against last time's: "比上次多一份", "这次比上回少要一盒", "比平时多两份".
_AGAINST_LAST = re.compile(r"比(?:上次|上回|上一次|上周|之前|平时|以前|去年)(?:的)?(?:多|少)")


# Leave asked with a closing 不: "可以再加一份不", "能少要一份不" (a clause ending in 不 is otherwise a refusal).
_MAY_NOT = re.compile(r"^(?:我|那|还)?(?:能|可以).{1,8}[份个盒袋箱斤]不$")
_VERB_DIGITS = re.compile(r"(?P<who>.{0,6}?)(?:也|都)?(?:要|订|定|跟|来|拿|留|接|拍|称)(?P<k>[1-9]\d?|[一两二三四五六七八九俩仨])|(?P<who2>)(?:我|俺)(?P<k2>[1-9])")
_HEADS = re.compile("(" + NUMERAL + r")(?:个|口|位)?(?:人|娃|孩子|小孩|宝宝?|家|口)|(俩|仨)")


# Kinds of one product, each with its count: "豆浆甜的一箱原味一箱", "猪肉饺子两袋加韭菜的一袋", "粽子要肉的一个蜜枣的一个".
_VARIANT = re.compile(r"(?:加|和|跟|还有|再来|再|要|另外|然后)?(?P<name>[\u4e00-\u9fff]{1,6}?)(?:(?<=的)(?:也|就|再|还)?(?:要|来|拿|订|留))?"
                      r"(?P<n>" + NUMERAL + r")[" + _UNITS + "]")
# A clause naming a kind by 的 and its count, typed apart from the product's own: "…碱水粽两个，豆沙的一个", "花生的也要一袋".
_KIND_APART = re.compile(r"^(?:加|和|跟|还有|再来|再|另外|然后)?[\u4e00-\u9fff]{1,4}的(?:也|就|再|还)?(?:要|来|拿|订|留)?" + _QU + "$")


def _kinds_together(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Kinds of one product typed as clauses of their own ("粽子我要碱水粽两个 豆沙的一个", "汤圆芝麻的要一袋，花生的也要一袋"):
    read together, as one clause of kinds each with its count (``_variants``), when together they read so."""
    out = list(parts)
    at = 1
    while at < len(out):
        (raw, tidy), (raw2, tidy2) = out[at - 1], out[at]
        if _KIND_APART.match(tidy2) and _QU_RE.search(tidy) and not PERSON.search(tidy2) and not _restated(tidy, tidy2) \
                and (kinds := _variants(_kind_clause(tidy) + tidy2)) is not None and kinds.sure:
            out[at - 1:at + 1] = [(raw + "，" + raw2, _kind_clause(tidy) + tidy2)]
            continue
        at += 1
    return out


def _restated(first: str, kind: str) -> bool:
    """"鸡蛋两盒，大的两盒": the same count again with its kind, when the first named none (which, not more); a first
    clause that names a kind of its own ("三鲜饺子两袋 玉米的两袋", "白玫瑰一束 红的一束") is one kind, the second another."""
    counts = [m.group(0) for m in _QU_RE.finditer(first)]
    return "的" not in first and len(counts) == 1 and number(_QU_RE.search(kind)["n"] or "") == number(_QU_RE.search(first)["n"] or "") \
        and not _names_a_kind(_kind_clause(first)[:_QU_RE.search(_kind_clause(first)).start()])


def _names_a_kind(name: str) -> bool:
    """Whether product words name a kind of the goods beside the goods themselves: more than one goods word ("芝麻汤圆"),
    or words before the goods word ("三鲜饺子", "白玫瑰"); "鸡蛋", "土鸡蛋" name none."""
    name = re.sub(r"[^\u4e00-\u9fff]", "", name)
    found = list(GOODS.finditer(name))
    return len(found) >= 2 or len(found) == 1 and found[0].start() > 0 and is_item(name)


def _kind_clause(clause: str) -> str:
    """The first clause of kinds from where its kind is named ("粽子我要碱水粽两个" → 碱水粽两个)."""
    return re.sub(r"^.{0,6}?(?:我要|我来|给我来|给我|要)(?=[\u4e00-\u9fff]{1,6}?" + NUMERAL + ")", "", clause)


def _variants(clause: str) -> Reading | None:
    if PACKING.search(clause) or SIZED.search(clause):
        return None  # "赣南脐橙10斤装的要一箱", "鸡蛋30枚一板的来一板": how it is packed, then the count (``_wanted``)
    found, at = [], 0
    for match in _VARIANT.finditer(clause):
        if match.start() != at:
            return None
        found.append(match)
        at = match.end()
    if len(found) < 2 or at != len(clause) or not any(m["name"].endswith("的") for m in found):
        return None
    for match in found:
        name = re.sub(r"^(?:[\u4e00-\u9fff]{1,4}?要)", "", match["name"])  # "粽子要肉的": the product, then its kind
        if PERSON.search(name) or not (name.endswith("的") and is_item(name[:-1]) or GOODS.search(name) and is_item(name)):
            return None
    amounts = [number(m["n"]) or 0 for m in found]
    first = re.sub(r"要[\u4e00-\u9fff]{1,4}的$|[\u4e00-\u9fff]{1,2}的$", "", found[0]["name"])  # "牛奶纯的" → 牛奶
    goods = first if GOODS.search(first) and is_item(first) else ""
    return Reading(ORDER, sum(amounts), item=goods) if all(amounts) and sum(amounts) <= MAX_AMOUNT else None


# A plus and its count, then the product: "+1 鸡蛋", "+1大米", "加一 面包".
_PLUS_GOODS = re.compile(r"\+(?P<k>[1-9]\d?|[一二两三四五六七八九十])?(?P<goods>[\u4e00-\u9fff]{1,8})")
# What is counted up in points, not portions: "积分+50", "步数+2000".
_SCORE_KEPT = re.compile(r"积分|分数|粉丝|点赞|步数|经验|阅读")
SCORE_KEPT = _SCORE_KEPT
# Someone of the household buying it and bringing it home ("老公晚上买两份饺子回来", "儿子放学路上买两瓶酱油"), or asked to
# keep or buy some for the member ("老公给我留两个包子"): their errand, not an order.
_HOME_BRINGS = re.compile(r"^(?:我家?|俺家?)?(?:" + HOME + r")(?:[^，,。]{0,6}?(?:买|带|拿)[^，,。]*(?:回来|回家)$|"
                          r"[^，,。]{0,4}?(?:顺路|顺便|下班|路过|放学|路上)[^，,。]{0,4}?(?:买|带|拿)|(?:给|帮)我(?:留|买|带))")


# Portions each for those named after 给: they are who the order is for, the member not among them.
_FOR_EACH = re.compile(r"^(?:给|帮|替)(?P<who>.{1,12}?)各(?:来|要|订|留|拿|买|整|带)?" + _QU + r"(?P<item>[\u4e00-\u9fff]{0,5})$")
_TWO_OF_THEM = re.compile(r"爸妈|父母|公婆|爷爷奶奶|姥姥姥爷|外公外婆|两个老人|俩老|二老")


# The household across the landing or next door, one more beside her ("我和对门家", "俺跟隔壁").
_NEIGHBOURS = re.compile(r"(?:对门|隔壁)(?:的|家|那家)?")


_AND_ALSO = r"同(?![事学乡桌样时一])|与"


def persons_for(who: str) -> int:
    """How many the portions are for: '我爸妈' 2, '我家6岁的和3岁的' 2, '我婆婆和我妈' 2; 0 when not persons."""
    # O22: whose said again starts the next one ("我爸我妈" is two, "俺闺女俺儿子" two), as 和 would
    # (p34) Cantonese 同 and written 与 join two as 和 does ("我阿妈同阿婆"; not 同事, 同学, 同乡, 同桌)
    pieces = [p for p in re.split(r"和|跟|还有|、|" + _AND_ALSO + r"|(?<=[^我俺额和跟、])(?=[我俺额](?![们家自]))", re.sub(r"^(?:我家|我们家|我|俺家|俺)(?![和跟、])", "", who)) if p]
    counts = [2 if _TWO_OF_THEM.search(p) else _kin_run(p) if RELATIVE.search(p) or PERSON.search(p) else 1 if re.search(r"\d+岁", p) or _line_name(p)
              or _NEIGHBOURS.fullmatch(p) else 0 for p in pieces]  # "帮王姐、小芳、我自己各订一箱": a nickname is someone too; "给我奶奶爷爷各留一份": two kin run together
    return sum(counts) if counts and all(counts) else 0


def _shares(who: str, clause: str) -> int:
    """How many a count is for, each: the persons named ('我妈和我', '我们家三口人', '我们仨', '我家老大老二') or,
    with 各, the products ('大米小米', '鸡蛋和小米'); 0 for neither."""
    if _is_who(who) or _HEADS.fullmatch(who):  # "老两口"
        if heads := heads_by_kind(who):
            return heads  # "三个姐妹", "我跟我两个弟弟"
        if heads := list(_HEADS.finditer(who)):  # the last: "我们一家四口" is four, not one household
            return number(heads[-1].group(1) or heads[-1].group(2)) or 0
        if re.fullmatch(r"(?:我们|咱们|咱|大家|我们家|我家|咱家|全家|家里)(?:都)?", who):
            return 0  # "我们一人一份": how many are "we"?
        return sum(_kin_run(piece) for piece in re.split(r"和|跟|还有|、", who))
    if match := _KINDS_COUNTED.fullmatch(who):
        return number(match["k"]) or 0  # "四样年货每样一份": the kinds counted
    items = [w for w in re.split(r"和|跟|还有|、|以及", who) if w]
    if len(items) == 1:
        items = goods_run(who) or ([who[:2], who[2:]] if len(who) == 4 else items)  # "羊排羊蝎子", "大米小米"
    return len(items) if _EACH_GOODS.search(clause) and len(items) > 1 \
        and all(GOODS.search(w) and is_item(w.removesuffix("的")) or goods.KIND_WORD.fullmatch(w) for w in items) else 0  # "芝麻的花生的": kinds
    # by 的; O22: kinds by taste or size alone ("甜的咸的各一斤", "大盒小盒各一个")


# People counted by what they are to her ("三个姐妹", "六个老同事", "俩同事", "三兄弟", "我们三个"): O21. A count of 人 or 口 is
# ``_HEADS``' (everyone); a count of a kind of people before it is of them alone, so the member joined before them is one
# more ("我跟我两个弟弟" 3, "我和我们组另外俩同事" 3), while "我们三个" and a pair word after the kind ("额跟她姊妹俩") count her in.
_PEOPLE_COUNTED = re.compile(r"(?:(?P<n>" + NUMERAL + r")(?:个|位|名)?|(?P<k>俩|仨))" + PEOPLE_KIND + r"|" + PEOPLE_KIND
                             + r"(?:(?P<m>俩|仨)|(?P<j>" + NUMERAL + r")个)$|(?:我|俺|咱|额)们[\u4e00-\u9fff]{0,4}?(?P<we>" + NUMERAL
                             + r")(?:个|位)$|^(?P<b>" + NUMERAL + r")(?=兄弟|姐妹|姊妹|妯娌)")
_MEMBER_JOINED = re.compile(r"(?:我|俺|额|咱)(?:自己)?(?:和|跟|同|与|还有|带着?|加上?)")


def heads_by_kind(who: str) -> int:
    """How many people ``who`` counts by what they are ("三个姐妹" 3, "六个老同事" 6, "我们三个" 3), the member added when
    she is joined before those counted ("我跟我两个弟弟" 3); 0 when it counts none."""
    match = _PEOPLE_COUNTED.search(who)
    if match is None or not (heads := number(next(g for g in match.group("n", "k", "m", "j", "we", "b") if g)) or 0):
        return 0
    return heads + bool((match["n"] or match["k"]) and _MEMBER_JOINED.search(who[:match.start()]))


# A count each of goods (各) or of kinds (每样); the kinds counted before it ("三种口味每种一袋").
_EACH_GOODS = re.compile("各|" + EACH_KIND)
_KINDS_COUNTED = re.compile(r"(?P<k>" + NUMERAL + r")[样种](?:[\u4e00-\u9fff]{1,4})?")


def goods_run(words: str) -> list[str]:
    """Goods names typed one after another with nothing between ("羊排羊蝎子", "草莓车厘子砂糖橘", "芝麻的花生的"): the
    names, each from where a goods word starts to where the next starts (a kind's 的 or a pack word stays with its name);
    [] when the words do not start with a goods word, but for one character of kind (黑芝麻: 芝麻 is the list's word), or a
    piece is longer than a name."""
    starts = [m.start() for m in GOODS.finditer(words)]
    if len(starts) < 2 or starts[0] > 1:
        return []
    pieces = [words[a:b] for a, b in zip([0, *starts[1:]], starts[1:] + [len(words)])]
    return pieces if all(len(p) <= 5 for p in pieces) else []


# Kin words one after another with nothing between: "老大老二", "公公婆婆", "我婆婆我妈" (each a person).
_KIN_WORD = re.compile("(?:我家|我们家|俺家|咱家)?(?:" + KIN + "|" + HOME + ")")


def _kin_run(piece: str) -> int:
    """How many people a piece of a list names: the kin words it is made of, one after another ("老大老二" 2,
    "公公婆婆" 2), else one ("我", "小李")."""
    found = _KIN_WORD.findall(piece)
    return len(found) if len(found) > 1 and "".join(found) == piece else 1


def _wanted(clause: str) -> Reading | None:
    """'我要两份', '鸡蛋要两份', '给我留一份', '帮我婆婆订两份', '我妈说她也要两份', '1份 6号楼'."""
    clause = SIZED.sub("", PACKING.sub("", clause))  # "6袋装的苹果泥要两盒", "30枚一板的来一板": the packing is not the quantity
    clause = _SAID_AGAIN.sub(r"\g<q>", clause)  # "我要一份嗯就一份": said twice
    quantities = list(_QU_RE.finditer(clause))
    if not quantities:
        return None
    match = quantities[-1]
    if len(quantities) > 1 and (_run_on(clause[quantities[0].end():]) or _ALLOTTED_EACH.search(clause[quantities[0].end():])):
        match = quantities[0]  # "我要两份一份自己吃一份送人", "汤圆我要四袋给我孙子孙女他们一人两袋": the total, then how it is shared
    head, post = clause[:match.start()], clause[match.end():]
    if re.match(r"(?:" + NUMERAL + r")(?:多|块|元)|\d{2,3}(?:多|块|元)?$", post):
        return None  # "车厘子两斤一百多", "车厘子一盒89": what so many cost, no order
    post = "" if _LOGISTICS.fullmatch(post) or _run_on(post) else post
    remark = _remark(post) and bool(VERB_RE.search(head)) and match.group(0)[-1] in PACKS  # "我要三份老人爱吃"
    if NOT_HEAD.search(head) or not (is_item(post) or remark) or _QU_RE.search(head):  # "鸡蛋两份苹果一份": not one count
        return None
    if re.search(r"(?:一人|每人|一样)$", head):  # "两个孩子一人一个": how it is shared out, not how many
        return None
    verbs = list(VERB_RE.finditer(head))
    who, pre = (head[:verbs[-1].start()], head[verbs[-1].end():]) if verbs else ("", head)
    who, pre = _FILLER.sub("", who), _FILLER.sub("", pre)
    if _is_who(pre) and pre and (verbs or not _doing(pre)):  # "我妈两份"; not "我签一个"
        who, pre = who + pre, ""
    if not _is_who(who):
        who, pre = "", who + pre  # "鸡蛋要两份": the product before the verb
    added = pre[:1] in ("+", "＋")  # (f34) "加一份给我妈" folded to "+一份给我妈": the plus is her adding, never the item
    pre = pre[1:] if added else pre
    if not is_item(pre) or _OTHERS.search(who) and not _OTHERS_THEN_ME.search(who):
        return None  # "看到大家都要两份": theirs; "看大家都在买我也跟一份": mine
    post = "" if remark and not re.search(r"[她他]", who) else post
    if not is_item(post):
        return None
    hearsay = bool(re.search(r"[她他]", who)) and not re.search(r"[我帮给替]", who)  # "她也要一份": hers, or talk?
    return _checked(Reading(ORDER, number(match["n"] or match["m"]) or 0, add=added or bool(who and _THIRD.search(who)),
                            sure=not hearsay, item=pre + post))


# Where a sentence typed on without punctuation may start again: "我" after other words, not as an
# object ("她跟我要两份", "他说我要两份": their words).
_RESTART = re.compile(r"(?<=[^跟问找向和同让叫说给帮替们以对])我(?!们)")
_PROPOSING = re.compile(r"你|您|要不|" + SUPPOSING + r"|的话")  # "你要两份我就要一份": a proposal, not an order


def _last_sentence(clause: str) -> Reading | None:
    """'姐妹们说这个米好吃我也跟一袋试试': voice input runs sentences together; the last one, said
    by the member ('我也跟一袋试试'), is the order (the whole message's checks still apply)."""
    starts = [m.start() for m in _RESTART.finditer(clause) if m.start() >= 2]
    if not starts or not _QU_RE.search(clause, starts[-1]) or _PROPOSING.search(clause[:starts[-1]]):
        return None
    reading = _wanted(clause[starts[-1]:])
    return reading if reading is not None and reading.sure and not reading.add else None


_SAID_AGAIN = re.compile(r"(?P<q>" + NUMERAL + _U + r")(?:[啊吧哈呀哦啦嘛哟嗯]+(?:对|就|是|就是|只要|要)?|(?:对|是|只要|要)?)(?P=q)$")
# A share of the order said after it: "一份给我婆婆", "一份自己吃"; O26: given, sent or kept by any verb of handing over
# ("一包送我亲家", "一只寄回老家给阿爸", "一份寄给表妹", "一壶自家吃"), not one done (送了, 寄过: goods already sent).
# O26 review: the verbs of handing a share over are one table, ``HANDED_OVER``, read by this, ``_RUN_ON``, ``order_checks``' shares
# and ``order_lists``' list sum (a share handed over is in the order, never added to it).
HANDED_OVER = r"(?:送|寄)(?![了过])|[留带拿分]给|孝敬"
_ALLOT = re.compile(r"^(?:其中)?" + _QU + r"(?:是)?(?:给|自己|自家|" + HANDED_OVER + r"|(?<=其中..)(?:帮|替|为))")


# What a remark typed on after the count may not hold: another count, a cancel, a question, doubt, the
# past, laughter, a verdict on the amount ("我要两份都吃不完"), someone addressed.
_NOT_REMARK = re.compile(_QU + r"|不要|不用|不订|不买|取消|算了|太多|太少|[吃用喝放]不[完下]|够了|你|哈哈|呵呵|嘿嘿|才|但|可是|不过")
# A remark starts a sentence of its own: someone ("孩子爱吃"), or something done ("给我妈送去", "过年用");
# a noun right after the count is what is counted ("两份工作", "两个小时").
_REMARK_START = re.compile("(?:" + PERSON.pattern + r")|[给送到放拿取去转付等先再晚明今周过走孝吃用留]|别(?:给我)?[忘漏]|记得|群主|店长|老板|不够|货到")


def _remark(post: str) -> bool:
    """Words after a clear order's count that say something else ('孩子爱吃', '给我妈送去', '过年用',
    '到了告诉我'), not a product ('土鸡蛋') nor a change of mind."""
    if _WHEN_IT_COMES.match(post) and not _NOT_REMARK.search(post):
        return True  # "到了告诉我": a word about the delivery
    if len(post) < 2 or GOODS.fullmatch(post) or _NOT_REMARK.search(post) or QUESTION.search(post):
        return False
    if PAST.search(post) or CONDITION.search(post) or UNDECIDED.search(post) or OFFER.search(post):
        return False
    return bool(_REMARK_START.match(post))


def _doing(words: str) -> bool:
    """Whether words before a count, with no ordering verb, say someone does something ('我签',
    '我写') rather than only name who ('我妈', '我家', '3栋王姐', '小美妈妈')."""
    rest = _WHO_WORDS.sub("", words)
    return bool(rest) and not _NICK.fullmatch(rest) and not re.fullmatch("[" + SURNAME + "]", rest)


def _per_person(clause: str) -> Reading | None:
    """'我一份我婆婆两份' said in one breath: each person's count, summed."""
    clause = SIZED.sub("", PACKING.sub("", clause))
    ends = [m.end() for m in _QU_RE.finditer(clause)]
    rest = clause[ends[-1]:] if ends else ""
    if len(ends) < 2 or rest and not (_LOGISTICS.fullmatch(rest) or _run_on(rest)):
        return None
    pieces = [clause[a:b] for a, b in zip([0, *ends], ends)]
    found = [_wanted(p) for p in pieces if p]
    if not all(r and r.intent == ORDER and r.sure for r in found) or not all(PERSON.match(p) for p in pieces):
        return None
    return Reading(ORDER, sum(r.amount for r in found))


_RUN_ON = re.compile(r"^(?:[啊吧哈呀哦啦嘛哟嗯]+|(?=[我你您他她]|因为|所以|钱|就是|到时候?|今天|明天|后天|早上|上午|中午|下午|傍晚|晚上|"
                     r"周[一二三四五六日末]|一会|待会|等会|回头|下班|放学)(?!.*(?:" + _QU + r"|不要|取消|不订))|"
                     r"(?:一|两|\d)" + _U + r"(?:自己|自家|给|" + HANDED_OVER + r"))")


# How a total said first is shared out after it: "…给我孙子孙女他们一人两袋".
_ALLOTTED_EACH = re.compile(r"^[^，,。\d]{0,10}?(?:他们|她们|孩子们|一人|每人|各)(?:一人|每人|各)?" + _QU + "$")


def _run_on(post: str) -> bool:
    """Words after the count that start a new sentence, voice input without a comma: after a
    particle or with a new subject ("两份啊我不会接龙", "一份我下午让孙子来拿")."""
    return bool(post) and bool(_RUN_ON.match(post))


_OTHERS = re.compile(r"大家|别人|有人|人家|群里|[她他]们")  # "她们都要两份": theirs
_OTHERS_THEN_ME = re.compile(r"(?:大家|别人|有人|人家|群里).*[我俺]")
_THIRD = re.compile(r"妈|爸|婆|公|老公|老婆|闺蜜|同事|邻居|朋友|姐|妹|哥|弟|嫂|女儿|儿子|闺女|老头|老伴|奶奶|爷爷|她|他")


def _is_who(words: str) -> bool:
    """Nothing, or who the order is for: '我', '帮我婆婆', '楼下李奶奶让我帮她', '我家老头子说也', or whom alone by a word
    the household's list lacks ('给老丈人', '帮我们主任': ``people.WHOM``, O17)."""
    return not words or (len(words) <= 14 and bool(PERSON.search(words) or _GIVEN_WHOM.fullmatch(words))
                         and not NOT_HEAD.search(words))


# Whom alone after 给 / 帮 / 替 (a bare "大人", "单位", "隔壁老李" may be a head count or talk: not taken alone).
_GIVEN_WHOM = re.compile(r"[给帮替](?:" + WHOM.pattern + ")")


def _checked(reading: Reading) -> Reading | None:
    if reading.item and (_line_name(reading.item) or _GIVEN_ME.fullmatch(reading.item) and not GOODS.search(reading.item)
                         or _NO_PRODUCT.fullmatch(reading.item)):
        reading = replace(reading, item="")  # "老张1份": who the 接龙 line is; "给我划拉两份": a verb of giving, not the product
    return reading if 1 <= reading.amount <= MAX_AMOUNT and is_item(reading.item) else None


# A member's name as a 接龙 line starts ("阿鑫", "兰兰", "老张", "小美", "刘敏", "王建国"): a nickname's shapes or a surname
# before given-name characters (``people.GIVEN``), not a surname before any word ("周六", "白天" are no names), nor a kin
# word (老公, 老师: who the order is for, read as such).
_LINE_NAME = re.compile(r"(?!老[公婆师板家人乡])(?:小|阿|老)[\u4e00-\u9fff]{1,2}|(?P<c>[\u4e00-\u9fff])(?P=c)|" + FULL_NAME)


# Words around a count that name no product whatever the dialect: the member (额, 俺, 阿拉), a verb of getting (搞, 整,
# 弄), a particle ("额要两袋", "搞两份撒", "咱家要两份昂", "给额留一箱"): the open product is meant.
_NO_PRODUCT = re.compile(r"(?:[额俺咱我侬]|阿拉|咱家|我家|俺家|额家|搞|整|弄|给|帮|留|要|来|也|再|先|就|[昂撒噻嘛呗哈咯嘞哟嗷啵哒喔噢哦啊呀吧])+")
NO_PRODUCT = _NO_PRODUCT


# Given to the member, by a verb the readers do not list: "给我划拉", "帮我弄".
_GIVEN_ME = re.compile(r"(?:给|帮)(?:我|俺)(?:也|再|先)?(?![签打说看问写发查找试教弄])[\u4e00-\u9fff]{1,2}")


def _line_name(words: str) -> bool:
    """A nickname, not goods ("小米", "大枣") nor someone of the household ("妹妹", "宝宝")."""
    kin = RELATIVE.search(words)  # "小姨子" is kin; "老张" is kin by the words only, a name as the line says it
    return bool(_LINE_NAME.fullmatch(words)) and not GOODS.search(words) and not PERSON.search(words) \
        and (kin is None or re.fullmatch("老[" + SURNAME + "]", kin.group(0)) is not None)


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
    whose = match.groupdict().get("whose") or ""
    if whose and not re.search(r"[我俺]|的|那个|那份", whose) and not GOODS.search(whose):
        return None  # "粽子-1": the product's minus; "气温-1": no order's
    amount = number(match["n"] or match["m"] or match["k"]) or 0
    return Reading(CHANGE, -amount, add=True) if 1 <= amount <= MAX_AMOUNT else None


def _cancel(clause: str, match: re.Match) -> Reading | None:
    before, after = clause[:match.start()], clause[match.end():]
    before = re.sub(r"^(?:算了|想了想|想想|考虑了一下|还是|那(?![盒箱袋斤瓶包提罐桶])|就)+", "", _SELF_NAMED.sub("", before))  # "那箱": the order
    theirs = _their_share(before)
    ordered_by_her = bool(theirs) and _ordered_by_her(before[:theirs.end()], theirs)
    if theirs:  # "小李那份取消": another member's order, or a share of the member's? Asked
        before = re.sub(r"(?:孩子|娃|孩)$", "", before[:theirs.start()]) + before[theirs.end():]  # "孩子奶奶那份": hers, no product
    if _ORDERED_BEFORE.search(before) or re.search("[\u4e00-\u9fff]" + _QU, before) and GOODS.search(before) \
            and not re.search(r"[那这的]" + _QU, before):
        return None  # "那个鸡蛋我要两盒那个红枣不要": one thing wanted, another not
    if _NOT_BEFORE_CANCEL.search(before) or len(before) > 12 or not re.fullmatch(r"(?:订单|我的|吧|一下|了|啦|掉|脱|取消|(?:我|俺)(?:订)?的?(?:那|这)?[份单]?)*", after):
        return None
    thing = NOT_THING.sub("", re.sub(r"现在|还(?!有)", "", before))  # "那个鸡蛋我不要了" names the product; "那个兼职我不要了" no product
    thing = _PERSON_OR_HOME.sub("", thing)  # "我妈那份": hers; "家里的旧冰箱": a thing
    return Reading(CANCEL, item="" if not thing or re.fullmatch(r"[号第个条位名]+", thing) else thing,  # "把聊天记录删了": not the order
                   sure=not theirs or ordered_by_her)


_ORDERED_BEFORE = re.compile(_VERB + _QU)
# Who speaks, said before what is dropped: "喂我是刘阿姨我那个不要了".
_SELF_NAMED = re.compile(r"^(?:喂+)?(?:店长|群主|老板|小[\u4e00-\u9fff])?我是[\u4e00-\u9fff\d-]{1,8}?(?=我|那)|"
                         r"^(?:万一|如果|要是|假如|到时候?)[^我]{0,6}(?=我)")  # "万一有事我那份能取消吗": the case, not the thing
# Someone else's share named as what is dropped, relayed by the member ("小李那份取消", "我妈那份不要了", "我替邻居订的那份"):
# the member's whole order, a portion of it, or another member's? Asked, never acted on.
_THEIR_SHARE = re.compile(r"(?:替|帮)[\u4e00-\u9fff]{1,4}?(?:订|要|报|买)的(?:那份|那个)?|"
                          r"(?:[\u4e00-\u9fff]?(?:阿姨|奶奶|爷爷|大爷|大妈|叔叔?|婶|姐|哥)|妈|爸|婆婆|公公|老公|老婆|爱人|妹|弟|嫂|儿子|女儿|闺女|邻居|同事|朋友|闺蜜|外婆|姥姥|"
                          r"(?P<nick>(?:小|老)[\u4e00-\u9fff]))(?:的|订的|要的)?(?:那份|那个|那单|那" + NUMERAL + r"份)|"
                          r"(?:妈|爸|婆婆|公公|老公|老婆|姐|妹|哥|弟|嫂|儿子|女儿|闺女|邻居|同事|朋友|闺蜜|阿姨|奶奶|爷爷)的$")


# The share's person is the member's own (我妈, 孩子奶奶, 我同事) or the member says she ordered it for them (我替邻居订的):
# an order placed for someone is the member's order, so dropping that share with nothing said of her own cancels it
# ("我妈那份不要了，她自己买了"); "我姐那份不要了 我自己的还要" is one portion less (``_combine``). A name alone (小李, 刘阿姨)
# may be another member's order: asked.
_HER_OWN = re.compile(r"^(?:帮|替|给)?(?:[我俺]|孩子|娃)|^(?:妈|爸|婆婆|公公|老公|老婆|爱人|儿子|女儿|闺女|外婆|姥姥|老伴)")


def _ordered_by_her(whose: str, share: re.Match) -> bool:
    return bool(_HER_OWN.match(whose)) or bool(re.match(r"(?:替|帮)[\u4e00-\u9fff]{1,4}?(?:订|要|报|买)的", share.group(0)))


def _their_share(before: str) -> re.Match | None:
    """Someone else's share named before a cancel word ("小李那份", not "小米那份": 小/老 and a surname name someone)."""
    match = _THEIR_SHARE.search(before)
    return None if match is None or match["nick"] and match["nick"][1] not in SURNAME else match


NOT_THING = re.compile("|".join(sorted(
    ("我的", "我", "想要", "想", "需要", "得", "把", "从", "吧", "啊", "呀", "哦", "嘛", "啦", "哈", "嗯", "唉", "哎", "俺的", "俺", "咱家", "咱", "侬", "阿拉", "我们家", "我们", "我家", "这边", "那边", "这里", "那份", "这份", "那个", "这个", "这次", "这回", "那", "这", "的", "订单", "份", "也", "都", "就",
     "还是", "算了", "先", "今天", "明天", "要", "帮", "给", "一下", "接龙里", "接龙", "条", "刚才", "刚刚", "订", "定", "买", "拍",
     "店长", "群主", "老板", "个",
     # the order itself, as members name it when they drop it: "我那单撤了吧", "把我那行删掉", "我的名字去掉吧"
     "那单", "这单", "单子", "单", "那分", "这分", "名字", "那行", "这行", "那一行", "一行", "那些", "报的", "东西", "下单的", "已付款的",
     *(w + u for w in "那这" for u in "盒箱袋斤瓶包提罐桶"),
     # words around it that name nothing: "我那份算咯 不要了", "但我不要了", "订单作废吧", "我下车 不要了"
     "算咯", "算啦", "算喽", "喂", "麻烦", "哎呀", "哎", "唉呀", "报", "接", "退", "不要了", "不要", "取消", "但是", "但", "可是", "不过", "作废", "下车", "撤", "去掉", "删掉",
     # all of it: "我那三份全不要了", "全部取消", "所有的都撤了吧"
     "全部", "全都", "全", "所有的", "所有", "统统", "一起"), key=len, reverse=True)) + "|" + NUMERAL)


# A 接龙 line typed without its number: the flat, the name, the count ("1801 老陈 2", "7-3-501 钱 1", "3栋502 取消").
_FLAT_LINE = re.compile(r"^(?:\d{1,2}-\d{1,2}-\d{3,4}|\d{1,2}-\d{3,4}|\d{1,2}栋\d{3,4}|\d{3,4})(?P<name>[^\d\s]{0,5}?)"
                        r"(?:(?P<k>[1-9]\d?)(?:" + _U + r")?|(?P<cancel>取消|不要了?))$")


# A 接龙 line naming several goods or people each with its count ("12. 3栋 小王 饺子1 汤圆2", "5. 阿强 牛肉丸2 鱼丸1"): the
# line's order is their sum (O12); not a count that is where one lives ("3栋", "28F").
_LINE_PAIR = re.compile(r"(?<![\d\w-])(?P<w>[\u4e00-\u9fffA-Za-z]{1,8})\s?(?P<k>\d{1,2})\s?(?:" + _U + r")?(?=\s|$)")
_NUMBERED_LINE = re.compile(r"^\s*\d{1,3}\s*(?:[.、)\]:：]|\s)\s*(?P<body>\S.*)$")
_LINE_CHANGED = re.compile(r"改|换|→|->|➡|⇒|不要|取消|删|减|加|再|[+＋-]")
_PLACE_WORD = re.compile(r"(?:栋|幢|楼|单元|号|室|层|座|[Ff])$")


# "+1 8栋601", "+1（3栋）", "+2 东门自提", "+1 明天下午拿": the plus is the count, and the rest where she lives or when and where
# she fetches it (O12); read before the spaces are squeezed out ("+15栋" is no fifteen).
_WHEN = r"(?:今天|明天|后天|周[一二三四五六日末]|上午|下午|晚上|中午|傍晚|下班|放学|晚点|一会儿?|待会儿?|等会儿?|\d{1,2}点(?:半|多)?)"
_FETCH = r"(?:(?:小区)?[东南西北]?门?(?:口)?)?(?:" + _WHEN + r")*(?:来|去|过来)?(?:自提|拿|取|提)"
_PLUS_WHERE = re.compile(r"^\s*[+＋]\s?(?P<k>[1-9]\d?|[一两二三四五六七八九十])\s*(?:[（(]\s*(?P<a>[^）)]{1,14}?)\s*[)）]|\s+(?P<b>\S[^+＋]{0,14}?))\s*$")
_WHERE_OR_FETCH = re.compile("(?:" + LIVES_AT + "|" + _FETCH + ")+")


# O18: the plus then only whose line it is, as a 接龙 line names her: "+2 乐乐妈", "+1 婆婆", "➕2 二单元孙姐", "＋1 黄姨代报"
# — a nickname by kin (a name then …妈, …姨, …太: "乐乐妈", "周太"; not "+1 也太", "+1 姑娘"), kin, a surname and a form of
# address, maybe after where she lives.
# Agreeing says more ("+1 我婆婆也这样", "+1 阿嬷讲得对"); a name in letters is left ("+1 totally agree" would be one).
_LINE_OWNER = re.compile(LIVES_IN + "?"
                         r"(?:(?:(?P<r>[\u4e00-\u9fff])(?P=r)|[小老阿大]?(?![也真的很好都就还是这那太姑])[\u4e00-\u9fff])(?:妈妈?|爸爸?|姨|太|娘|婶|嫂)|(?:" + KIN + "|" + HOME + r"))(?:代报|代订|的)?")


def _plus_then_where(text: str) -> Reading | None:
    match = _PLUS_WHERE.match(text)
    if match is None:
        return None
    rest = re.sub(r"\s+", "", match["a"] or match["b"])
    if not _WHERE_OR_FETCH.fullmatch(rest) and not _LINE_OWNER.fullmatch(rest):
        return None
    return Reading(ORDER, amount) if (amount := number(match["k"])) else None


def line_pairs(clause: str) -> Reading | None:
    numbered = _NUMBERED_LINE.match(clause)
    if numbered is None:
        return None
    if _LINE_CHANGED.search(numbered["body"]):
        return None  # "7. 王芳 牛奶2箱 → 改成3箱": a count changed, not two counts
    pairs = [m for m in _LINE_PAIR.finditer(numbered["body"]) if not _PLACE_WORD.search(m["w"])]
    if len(pairs) < 2:
        return None
    total = sum(int(m["k"]) for m in pairs)
    return Reading(ORDER, total) if 1 <= total <= MAX_AMOUNT else None


def _chain_line(clause: str) -> Reading | None:
    """'21. 李叔叔 1', '40. 小周 +2', '37. 6-1-201 刘 1份': one's own line of a 接龙, posted alone."""
    if (flat := _FLAT_LINE.match(clause)) and (flat["cancel"] or _NICK.fullmatch(flat["name"]) or flat["name"][:1] in tuple(SURNAME)):
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
    staff to do it ('可以帮我订两份吗', '能给我留一份吗', '能帮我改成三份吗') is the order said politely,
    and so is leave asked to change or drop one's own order ('我那份能取消吗', '能改成五份不')."""
    reading = _asked_back(clause)
    if reading is not None and reading.intent in (ORDER, CHANGE) and reading.amount and _REQUEST.search(clause) \
            or _own_asked(reading, clause):  # (o32: a request whose count is left open stays asked: "能帮我留点吗")
        return replace(reading, sure=True)
    return reading


# Asking the staff to do it for me: "可以帮我…吗", "能给我…吗", "麻烦帮我…", "可以再给我多留两份吗".
_REQUEST = re.compile(r"(?:能不能|可不可以|能否|可以|能|麻烦)(?:您|你)?(?:再|多)?(?:帮我|给我|帮忙)")
# Whether it is still possible, or would be: "还能再加一份吗", "万一有事能取消吗" (asked back, not a request).
_STILL_OR_IF = re.compile(r"还(?:能|可以|来得及|让)|现在还|如果|万一|要是|假如|到时候?|的话|以后|截单|截止")
# One's own order named: "我那份", "我的", "订的", "那两份", or the product ("小米我能不要了吗").
_MINE_NAMED = re.compile(r"[我俺](?:的|那|订|报|要)|订的|报的|[那这]" + NUMERAL + "?份|" + GOODS.pattern)


def _own_asked(reading: Reading | None, clause: str) -> bool:
    """Leave asked to drop or change one's own order: the member wants it done, as when asking the staff to
    ("我那份能不能取消啊", "能减一份吗"); a change asked is one's own, a cancel when it names the order. A
    return (退) of what was bought ("能退一本吗") is the returns question's, unless it names the order."""
    if reading is None or reading.intent not in (CANCEL, CHANGE) or not _MAY.search(clause) or _STILL_OR_IF.search(clause):
        return False
    return bool(_MINE_NAMED.search(clause)) or reading.intent == CHANGE and "退" not in clause


def _asked_back(clause: str) -> Reading | None:
    if PAST.search(CANCEL_WORDS.sub("", clause)) or re.search(r"什么时候|几点|哪天|多久|到了|怎么", clause):
        return None  # "我的两份什么时候能拿": about an order, not one ("我那份不要了可以吗" is no past)
    if cancel := _cancel_asked(clause):
        return cancel
    polite = re.sub(r"^还?(?:能不能|可不可以|能否|可以|能)?(?:帮我|给我)?|(?:可以|行|好)?(?:吗|么|不)?\??$", "", clause)
    if re.search(r"改|换成|变成", polite) and (match := _SET.search(polite)) and (change := _set(match)):
        return replace(change, sure=False)  # "能帮我改成两份吗": a change, asked back
    if _MAY.search(clause) and (change := _more_or_less(polite)):
        return replace(change, sure=False)  # "能减一份吗", "可以再加一份不": a change by so many, asked back
    if match := re.fullmatch(r"(.*?)(?:(?:可以|行|好)(?:吗|不|伐)|行不行|好不好|可不可以)\??", clause):  # "我想订三份行吗": an order, politely
        if cancel := CANCEL_WORDS.search(match.group(1)):  # "我那份不要了可以吗": a cancellation, asked back
            return (reading := _cancel(match.group(1), cancel)) and replace(reading, sure=False)
        return _wanted(match.group(1))
    if (tagged := _QUESTION_TAG.sub("", clause)) != clause and not QUESTION.search(tagged) \
            and (re.search("[我俺]", tagged) or not clause.endswith("?")) and (reading := _wanted(tagged)) is not None and reading.sure:
        return replace(reading, sure=False)  # "我要两份哈？", "两份没问题吧": the order, asked to be confirmed
    if not re.search(r"(?:能|可以|能不能|可不可以|行不行).{0,4}" + _VERB, clause):
        return None
    if (some := _SOME.fullmatch(polite)) and not _NOT_HERS_SOME.search(some["who"]) and _some_goods(some):
        return Reading(ORDER, 0, sure=False, item=some["item"] or "")  # o32: "能帮我留点吗": some kept for her, how many unsaid: asked how many
    match = _QU_RE.search(clause)
    amount = number(match["n"] or match["m"]) if match else None
    return Reading(ORDER, amount, sure=False) if amount and amount <= MAX_AMOUNT else None


# A tag that asks to confirm what was just said: "我要两份哈？", "两份没问题吧", "就两份对吧".
_QUESTION_TAG = re.compile(r"(?:[哈啊吧呢嘛]*\?+|没问题吧?\??|(?:对|是|行)吧\??)$")  # "两份？" alone: surprise, unless "我" orders


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


_CAN = re.compile(r"(?:能不能|可不可以|能否|可以|能|麻烦)(?P<request>(?:您|你)?(?:帮我|给我|帮忙)(?:把)?(?:我的订单|订单|我的|我)?(?:那|这)?(?:" + NUMERAL + r")?份?)?"
                  r"(?=取消|不要|不订|退掉|删掉)")  # "能退吗" asks about returns


def _cancel_asked(clause: str) -> Reading | None:
    """'我那份能取消吗', '我的鸡蛋能不能不要了': a cancellation asked for politely; asked back once."""
    if not (can := _CAN.search(clause)):
        return None
    said = re.sub(r"[吗么呢?]+$", "", clause[:can.start()] + clause[can.end():])
    match = CANCEL_WORDS.search(said)
    reading = _cancel(said, match) if match else None
    return replace(reading, sure=bool(can["request"])) if reading else None  # "能帮我把订单取消一下吗": the staff asked to do it


_NOT_ITEM = re.compile(r"[了过吗呢吧啊哈嘿呵的地得是在有就都也还又被把让跟与或人位块元点号岁天年月日周娃孩已他她你说吃喝去玩看听学做才\d]|"
                       r"笑话|动作|快乐|耐心|收获|小时|和我|我和|饭|收到|到了|拿到|到货|签到|打卡|刷脸|红包|快递|电话|分钟|合影|拥抱")


def is_item(words: str) -> bool:
    """Nothing, or words that can name a product ("鸡蛋", "土鸡蛋", "娃娃菜": a goods name is one whatever its characters), not a sentence."""
    return not words or (len(words) <= 8 and not words.isdigit()  # the goods names read only where talk seems there
                         and (not _NOT_ITEM.search(words) or not _NOT_ITEM.search(goods.NAMES.sub("", words))))


def names_item(words: str, item_name: str | None) -> bool:
    """Whether product words fit the open product ("鸡蛋" for 鸡蛋30枚, "土鸡蛋" too): none always do.
    ``item_name`` None: any goods a store sells (the corpus does not say which product is open)."""
    if not words:
        return True
    if item_name is None:
        return bool(GOODS.search(words)) or bool(_GOODS_HEARD().search(sounds(squeeze(words))))
    item = "".join(clauses(item_name))
    return bool(item) and (len(words) >= 2 and (words in item or item.startswith(words[:2]) or words.endswith(item[:2])
                                                 or item[:2] in words or sounds(squeeze(words)) in sounds(item))  # "大咪" for 东北大米
                           or _short_name(words, item, item_name) is True)


# o32: the name a product goes by, its words before a weight, a count or a pack in brackets ("新疆和田大枣 1kg" -> 新疆和田大枣,
# "老人防滑保暖鞋垫（两双装）" -> 老人防滑保暖鞋垫); its last character is what it is (枣, 垫, 米).
_NAME_RUN = re.compile(r"[\u4e00-\u9fff]{1,40}")
# A noun's suffix members add to a short name ("枣子", "枣儿", "桔子"): the name without it.
_NOUN_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])[子儿]$")


def _short_name(words: str, item: str, raw: str = "") -> bool | None:
    """o32: whether ``words`` are a short name of the open product ``item`` (its name's own characters, in order, ending
    in what it is: "枣", "枣子", "大枣", "和田枣" for 新疆和田大枣; "鞋垫" for 老人防滑保暖鞋垫): True. None for a word of two
    or three characters that ends in what it is and says another kind of it ("红枣" for 和田大枣, "鸭蛋" for 土鸡蛋): maybe the open
    product by another name, maybe another product, so an order of it is asked, never stored. False for anything else."""
    runs = [run for run in _NAME_RUN.findall(_BRACKETED.sub("", item)) if not _PACK_RUN.fullmatch(run)]
    head = [run for run in _NAME_RUN.findall(_BRACKETED.sub("", raw)) if not _PACK_RUN.fullmatch(run) and not _COUNT_RUN.search(run)]
    words = squeeze(words)
    if (bare := _NOUN_SUFFIX.sub("", words)) != words and GOODS.fullmatch(bare) and not GOODS.fullmatch(words):
        words = bare  # "枣子" for 枣; not "瓜子" (goods of its own), nor "包子" (包 names no goods)
    # o33: the name is its last run ("新疆和田大枣 1kg") or its first, the head a staff member types before the kinds or
    # the pack ("毛线帽 燕麦、焦糖、酒红三色", "海南贵妃芒 五斤一箱"); whichever says more.
    said = [_of_name(_common_form(words, name), name) for name in dict.fromkeys(runs[-1:] + head[:1])]
    return True if True in said else None if None in said else False


def _common_form(words: str, name: str) -> str:
    """o33: ``words`` without the suffix of a noun's common form when it follows the name's last character, what it is:
    芒果 for 贵妃芒, 橙子 for 脐橙, 帽子 for 毛线帽, 豆包子 for 黏豆包 -> 芒, 橙, 帽, 豆包. Not the words that name other goods
    so (``_OTHER_FORM``: 瓜子 seeds of 西瓜, 包子 a bun beside 豆包, 鱼子 roe); 果 only where the word is a fruit's name."""
    if len(words) >= 2 and words[-1] in "子儿果" and words[-2] == name[-1] and not _OTHER_FORM.search(words) \
            and (words[-1] != "果" or GOODS.fullmatch(words)):
        return words[:-1]
    return words


# o33: a common form that is other goods, not the product ending in its first character.
_OTHER_FORM = re.compile(r"(?:^|(?<![豆面]))包子$|瓜子$|鱼子$|菜子$|花子$|面子$|米子$|蛋子$|果子$|虾子$|籽$")
# o33: a run of the name that only gives a count or a pack ("五斤一箱", "一袋二十个", "酒红三色").
_COUNT_RUN = re.compile(r"(?:" + NUMERAL + r")(?:[" + UNITS + r"斤色种款味]|$)")


def _of_name(words: str, name: str) -> bool | None:
    """``_short_name`` against one run of the product's name."""
    if not words or len(words) > len(name) or not words.endswith(name[-1]):
        return False
    at = 0
    for char in words:
        at = name.find(char, at) + 1
        if not at:
            return None if 2 <= len(words) <= 3 and not _NOT_KIND.search(words[:-1]) else False
    return True


# o32: a pack said in brackets ("（两双装）"), and runs of a name that are only its pack or unit ("袋装", "枚" of 鸡蛋30枚).
_BRACKETED = re.compile(r"[（(《][^）)》]{0,20}[）)》]")
_PACK_RUN = re.compile(r"[" + UNITS + r"枚克双装]+")


# What no kind of a product starts with: a person, a count, a function word ("我枣", "两枣").
_NOT_KIND = re.compile(r"[我你您他她们咱俺的了是在有就都也还又不没再这那哪谁啥么一二两三四五六七八九十几每各给帮替要来买订拿留]")


def kind_of_item(words: str, item_name: str | None) -> bool:
    """o32: whether product words say another kind of the open product, by its last character ("红枣" while 新疆和田大枣 is
    open): an order of them is asked once ("您是要订 2 份新疆和田大枣吗？"), neither stored nor met with silence."""
    return bool(words) and bool(item_name) and _short_name(words, "".join(clauses(item_name)), item_name) is None


# Goods as members name them, heard by sound where a word is misspelt ("大咪", "青彩", "和田大早"): the words goods.txt marks
# "~", for ``names_item`` when the open product is not known (the corpus evaluation); with it known, the words are heard
# against its name.
_GOODS_WORDS = goods.HEARD


@lru_cache(maxsize=1)
def _GOODS_HEARD() -> re.Pattern:
    return re.compile("|".join(re.escape(sounds(w)) for w in _GOODS_WORDS) or goods.NEVER)


# A question the order's own reply answers (O18, as ``signups.asks_of_signing_up`` for sign-ups): whether there is stock or
# still time ("还有货吗", "截单了吗", "还能接龙吗"), whether she is on the list ("算上我了吗"), changing or dropping it.
# (G31) When the cut-off is ("几点截止啊", "截单是哪天") is not whether: the running total does not say it, the catalogue answer does.
_OF_ORDERING = re.compile(r"还有|有货|有没有货|够不够|够吗|卖完|售罄|抢完|没了|"
                          r"(?<!几点)(?<!时候)(?<!几号)(?<!哪天)(?:截单|截止)(?!几点|时间|到几|到哪|是几|是哪|是什么|是啥|啥时|什么时)|截了|还能|还可以|能订|能买|能要|接龙|上车|"
                          r"算上|算我|有我|记上|订上|登记|改|取消|退|不要")


def asks_of_ordering(question: str) -> bool:
    return bool(_OF_ORDERING.search(question))


def names_other_goods(text: str, item_name: str | None) -> bool:
    """Whether a message names goods that are not the open product ("草莓给我留三盒" while 鸡蛋 is
    open), wherever in it: for a guess, which has no product words of its own to hold against
    ``item_name`` (None: any goods, as in ``names_item``). Words that only look like goods (如果,
    里面, 奶奶, a count's unit "三包") name none."""
    if item_name is None:
        return False
    others = _other_goods(text, item_name)
    return any(not kind for kind in others) or bool(others) and not _names_open(text, item_name)


def kinds_named(text: str, item_name: str | None) -> bool:
    """Whether the only goods a message names besides the open product are kinds by what they are made of or taste of
    ("花生的来一袋", "草莓味的两瓶" with 汤圆 or 酸奶 open), the open product itself unnamed: maybe kinds of it, maybe
    another product's: for an order to be asked, not dropped."""
    others = _other_goods(text, item_name)
    return bool(others) and all(others) and not _names_open(text, item_name)


@lru_cache(maxsize=64)  # names_other_goods and kinds_named read the same message one after the other (bot.chain.text)
def _other_goods(text: str, item_name: str | None) -> tuple[bool, ...]:
    """For each goods word of a message that is not the open product: whether it is typed as a kind by 的 ("花生的":
    maybe a kind of the open product, maybe another product's). A flavour or filling ("草莓味", "豆沙馅") and a word right
    before the product's name ("芝麻汤圆", "黑芝麻汤圆" with 汤圆 open) are kinds of it, no other goods."""
    if item_name is None:
        return ()
    item = "".join(clauses(item_name))
    words = _QU_RE.sub("", PACKING.sub("", _PERSON_OR_HOME.sub("", _LOOKS_LIKE_GOODS.sub("", _THANKED.sub("※", squeeze(plain(unquote(text))))))))
    suffixed = [m.span() for m in GOODS.finditer(words) if m.group(0)[-1] in "子儿"][:_MOST_SUFFIXED] if len(words) <= MAX_READ else []
    return tuple(bool(_KIND_AFTER.match(words, m.end())) for m in GOODS.finditer(words)
                 if not same_goods(m.group(0), item) and _short_name(m.group(0), item, item_name) is not True  # o33: 芒果 for 贵妃芒
                 and not (len(item) >= 2 and words.startswith(item[:2], m.end()))
                 and not _FLAVOUR_AFTER.match(words, m.end()) and not (m.span() in suffixed and _open_with_suffix(words, m, item_name)))


# (a33) Someone thanked or troubled by name ("谢谢小李", "麻烦老周了", "辛苦阿梅"): the staff called by 小/老/阿 and a surname, no
# goods (李 is a plum, 梅 a plum blossom's fruit in the lists). Only right after the thanks: "小李子" alone stays what it is.
_THANKED = re.compile(r"(?:谢谢|谢啦|谢了|多谢|感谢|麻烦|辛苦)(?:你|您)?(?:了|啦|哈)?[小老阿][" + SURNAME + r"]")


_MOST_SUFFIXED = 4  # (a33) goods words with a suffix weighed so, the first of a message (a message names few goods)


def _open_with_suffix(words: str, goods_word: re.Match, item_name: str) -> bool:
    """(a33) Whether a goods word ending in the noun suffix 子/儿 is the open product's name of two characters or more with
    the suffix put on ("豆包子" with 东北黏豆包 open: 包子 is another product, 豆包子 the open one). A bare character
    with the suffix (瓜子 with 西瓜 open, 包子 with 豆包 open) stays other goods."""
    word = goods_word.group(0)
    if word[-1] not in "子儿":
        return False
    end = goods_word.end() - 1
    return any(_names_item_cached(words[start:end], item_name) for start in range(max(0, end - 4), end - 1))


@lru_cache(maxsize=256)
def _names_item_cached(words: str, item_name: str) -> bool:
    return names_item(words, item_name)


def names_goods_of(text: str, item_name: str | None) -> bool:
    """(s34) Whether a text (a group-buy's goods, an event's title) names the goods ``item_name``: one of its goods words
    inside the name or a short name of it ("黑芝麻汤圆", "包汤圆" for 手工黑芝麻汤圆 500g; not "亲子烘焙")."""
    return _names_open(text, item_name)


@lru_cache(maxsize=64)
def _names_open(text: str, item_name: str | None) -> bool:
    if not item_name:
        return False
    item = "".join(clauses(item_name))
    words = squeeze(plain(unquote(text)))
    return any(same_goods(m.group(0), item) or _short_name(m.group(0), item, item_name) is True for m in GOODS.finditer(words))


# A kind named by what it is made of or tastes of: "花生的", "草莓味", "豆沙馅".
_KIND_AFTER = re.compile(r"的|味|馅|口味")
# A flavour or a filling, of the open product whatever it is ("草莓味两瓶" with 酸奶 open, "豆沙馅的" with 汤圆).
_FLAVOUR_AFTER = re.compile(r"口?味|馅")


def same_goods(word: str, item: str) -> bool:
    """Whether a goods word names the open product: inside its name, or sharing two characters running with it
    ("土鸡蛋" for 鸡蛋30枚, "奶油草莓" for 草莓; not "鸭蛋" for 鸡蛋)."""
    return word in item or any(word[i:i + 2] in item for i in range(len(word) - 1))


# Everyday words holding a character of GOODS that name no product.
_LOOKS_LIKE_GOODS = re.compile(r"如果|结果|果然|效果|后果|[里外前后上下对当]面|面前|见面|方面|包邮|打包|红包|钱包|包括|参加|洗手|"
                               r"名片|照片|图片|卡住|粉丝|周围|被子?(?=[他她我人])|糖宝|果果")
LOOKS_LIKE_GOODS = _LOOKS_LIKE_GOODS


# --- answers to the bot's own question ("您是要订 2 份鸡蛋吗？回复“是”确认") ------------------------

_YES = frozenset(("是", "是的", "是滴", "对", "对的", "对滴", "对呀", "是呀", "是啊", "对啊", "嗯", "嗯嗯", "恩", "好", "好的",
                  "好滴", "好嘞", "确认", "确定", "没错", "要", "要的", "要滴", "可以", "行", "ok", "okay", "yes", "y"))
_NO = frozenset(("不是", "不", "不对", "不要", "不用", "不用了", "不是的", "没有", "算了", "no", "n", "错了", "弄错了"))


# (k32) An answer is read word by word, so words of no run together as members type them: "算了不用了", "那就不要了吧",
# "还是算了吧", "不用了谢谢". The words that only lead or close one (那, 就, 还是, 了, 吧) say neither yes nor no. A change
# asked of her ("改成 1 份，还是再加 1 份？") is also declined by keeping hers: "不改了", "不用加", "就这样吧", "保持不变".
_LEADS = frozenset(("那", "那就", "那还是", "还是", "就", "先", "哦", "噢", "喔", "呃", "额", "诶", "哎", "唉", "emm", "嗯那"))
_CLOSES = frozenset((*PARTICLES, "喽", "谢谢", "谢啦", "谢了", "哈哈"))
_KEEP = frozenset(("不改", "不加", "不用改", "不用加", "别改", "别加", "不要改", "不要加", "不换", "不变", "不动", "保持不变", "维持原样",
                   "照旧", "就这样", "还是原来的", "按原来的", "原来的", "不改了", "不需要"))
# p33: the asked act itself, urged ("嗯嗯 报吧", "好 订吧", "那就来吧"): yes. Only with 吧 or 呗 after it (报 alone, 订 alone
# say nothing of the question), and only the asked act's verbs (``act``): a sign-up's 报/报名/报上/去/参加, an order's
# 订/要/来/买/留/下单/拿.
_ACT_VERBS = {"signup": ("报", "报名", "报上", "去", "参加"), "order": ("订", "要", "来", "买", "留", "下单", "拿")}
_ACT_YES = {act: frozenset(v + end for v in verbs for end in ("吧", "呗")) for act, verbs in _ACT_VERBS.items()}
_ANSWER_WORDS = _YES | _NO | _KEEP | _LEADS | _CLOSES | {"算"} | _ACT_YES["signup"] | _ACT_YES["order"]
_LONGEST_WORD = max(map(len, _ANSWER_WORDS))


def _answer_words(word: str) -> list[str] | None:
    """``word`` cut into answer words, longest first at each place ("算了不用了" -> 算了, 不用了); None when a piece is
    none of them (then the message says more than an answer). Linear: at most ``_LONGEST_WORD`` tries a character."""
    found, at = [], 0
    while at < len(word):
        for size in range(min(_LONGEST_WORD, len(word) - at), 0, -1):
            if word[at:at + size] in _ANSWER_WORDS:
                found.append(word[at:at + size])
                at += size
                break
        else:
            return None
    return found


def answer(text: str, keep: bool = False, act: str | None = None) -> bool | None:
    """True for a yes ("是", "对的", "嗯嗯 是的"), False for a no ("不是", "不用了", "算了不用了", "那就不要了吧"), None for
    anything else. ``keep``: the question offered a change, so keeping hers ("不改了", "就这样吧") is a no too. ``act``
    ("signup", "order"): the question asked that act, so its verb urged is a yes ("报吧", "订吧"; p33); None: neither."""
    yes = _YES | _ACT_YES[act] if act else _YES
    words = [squeeze(part) for part in BREAK.split(plain(text))]
    words = [w for w in words if w]
    if not words or sum(map(len, words)) > 40:
        return None
    pieces = [_answer_words(w) for w in words]
    if any(p is None for p in pieces):
        return None
    said = []
    for piece in pieces:
        for at, p in enumerate(piece):
            if p == "算":  # "算啦", "算吧": 算了 as typed; 算 alone or before more is no answer
                if at + 1 == len(piece) or piece[at + 1] not in _CLOSES:
                    return None
                p = "算了"
            if p not in _LEADS and p not in _CLOSES:
                said.append(p)
    if not said:
        return None
    if all(w in yes for w in said):
        return True
    no = _NO | _KEEP if keep else _NO
    if said[0] in no and all(w in no or w in _YES for w in said[1:]):
        return False
    return None


# Words after a count that say more than a name of a thing: particles, persons, verbs, asking, negation.
SAYS_MORE = re.compile(r"[了过吗呢吧啊哈嘿呵的地得是在有就都也还又被把让跟与或我你他她您俺吃喝去玩看听学做拿取送可能行伐没不要来到冲谢]|感恩")


# O25: what the counted thing is needed for, said after it ("…两份工作才能养家", "…三个帮手才够用"): "need so many to", no order
# words; the thing before it is judged alone (才 with a modal: 能, 可以, 够, 行 — review: no invented verbs after it).
FOR_A_PURPOSE = re.compile(r"(?<=[\u4e00-\u9fff]{2})才(?:能|可以|够|行).*$")


def names_no_product(text: str) -> bool:
    """Whether a count is followed, in its clause, by words a product could be but no store sells and no remark, pickup
    or new sentence explains ("给我来三份快乐", "我要两份好心情"): a joke in an order's shape. For the learned score's own
    reading, which has no product words of its own: the rules refused these words as the product."""
    for clause in re.split(BREAK.pattern + r"|\s+", plain(unquote(text))):
        clause = _tidy(squeeze(clause))
        counts = list(_QU_RE.finditer(clause))
        if not counts:
            continue
        post = FOR_A_PURPOSE.sub("", clause[counts[-1].end():])  # O25: "我要两份工作才能养家": so many of it needed, to do what
        if counts[-1].group(0)[-1] in PACKS and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", post) \
                and not SAYS_MORE.search(post) and not GOODS.search(post) and not is_courtesy(post) \
                and not _FILLER.fullmatch(post) and not _LOGISTICS.fullmatch(post) and not _run_on(post) and not _remark(post) and not LAUGH.search(post):
            return True
    return False


# A count shown by a hand before its unit ("汤圆✌️份", "☝️份 谢谢店长"): the fingers, as a digit.
# A hand held up after the product or after "加", the clause ending ("馒头✌️", "鱼丸 加✌️"), counts as well (O11).
_HAND_COUNT = re.compile("(?P<h>[\u261d\u270c\U0001F590])[\ufe0f\U0001F3FB-\U0001F3FF]*(?:(?=\\s?[" + _UNITS + "])|(?P<end>(?=\\s*(?:$|[，,。!！~～\\n]))))")
_FINGERS = {"\u261d": "1", "\u270c": "2", "\U0001F590": "5"}
_HAND_AFTER = re.compile(r"(?:加|\+|[\u4e00-\u9fff]{2,6})\s*$")


def hand_counts(text: str) -> str:
    """``text`` with a count shown by fingers before a unit, or after the product or "加" at a clause's end, written as a
    digit (☝️ 1, ✌️ 2, 🖐️ 5); a hand after other words ("好的✌️") is a gesture."""
    def count(match: re.Match) -> str:
        if match["end"] is None:
            return _FINGERS[match["h"]]
        before = text[:match.start()]
        words = _HAND_AFTER.search(before)
        if words and (words.group(0).strip() in ("加", "+") or GOODS.search(words.group(0))
                      or re.search(r"[\u4e00-\u9fff]{2,6}$", before.strip()) and is_item(words.group(0).strip())
                      and not PERSON.search(words.group(0)) and not re.search(r"[好的了吧啊哈呀嘛哦谢]", words.group(0))):
            return _FINGERS[match["h"]]
        return match.group(0)
    return _HAND_COUNT.sub(count, text) if _HAND_COUNT.search(text) else text
