"""Which words of an order name its product, by where they stand rather than by a list (O11).

The goods list (``goods.txt``) can never hold every product a store sells: seafood by its local name (海虹, 蚬子), a
café's drinks (生椰拿铁), a bakery's cakes (巴斯克). Where the open product is known the handler holds the words against
its name; where it is not (a group with several products, the corpus), a word the list lacks silenced a plain order
("海蛎子五斤", "酸汤底料两包 放门卫就行"). Here a word is taken for the product by its place: it heads the clause and
is followed, at most through a verb of ordering, by a count in a unit goods are counted in. It must be a noun phrase:
no person, event, question, time, number or function word in it (those are who, when or talk: "我煮两袋",
"最后十袋了", "共98箱", "能给换一瓶不").

And what the rules leave as "product" after a count that names nothing (a particle, a unit, "够了", "不变"): none.
"""
from __future__ import annotations

import re

from bot.language.goods import GOODS
from bot.language.numbers import NUMERAL, UNITS
from bot.language.people import PERSON, RELATIVE, WHOM
from bot.language.wrapping import plain

# A verb of ordering or giving between the product and its count: "海虹称个四斤", "生椰拿铁来一杯", "扇贝给俺留四斤".
_VERB = (r"(?:(?:[我俺]|[我俺]?(?:就|也|还|再|只|少|多))?(?:(?:给|帮)(?:我|俺)(?:留|来|称|整|拿|装)?|要|来|称个?|整|订|定|买|拿|留|装|"
         r"加|减|给)?)")
# Dropping it, said right after the product: "叉烧不要了", "嘎啦俺不要了", "红肠就取消吧" (a cancel of that product).
# Not "演出取消了", "滴滴取消了" (news of something called off) nor "婴儿车不要了，送人" (given away).
_DROPPED = re.compile(r"[我俺](?:就|也|还是|先)?(?:不要|取消|不订|唔要|去掉|划掉|删掉)|(?:就|也|还是|先)?(?:不要|不订|唔要|取消(?!了)|去掉|划掉|删掉)(?!.*送)")
# Characters no product name holds: people, function words, time, asking, doing (a product of such words is talk).
_NOT_NAME = re.compile(r"[我你您他她们咱俺了过吗呢吧啊哈嘛呀哦的地得是在有就都也还又被把让跟与或和共最已能会可给换煮做吃喝去玩看听说学"
                       r"要来买订拿留送带等到今明昨天年月日周号点时岁人位块元钱不没别再只才多少几些每各第这那哪谁啥么怎打踢跑唱跳写画读睡总数]")
# Feelings and wishes, no goods ("给我来三份快乐", "我要两份好心情", "一份好运"): a joke in an order's shape.
ABSTRACT = _ABSTRACT = re.compile(r"快乐|幸福|心情|开心|好运|运气|福气|财运|健康|平安|温暖|烦恼|勇气|青春|美丽|自由|爱情|友情|亲情|思念|祝福|希望|梦想"
                                   r"|爱心|心意|孝心|惊喜|责任|感动|真情|关爱")  # given, never sold ("献一份爱心")
_EVENT = re.compile(r"报名|登记|活动|讲座|课|名额|签到|打卡|团购|接龙|截单|统计|合计|总共|一共|已记")


def _counted_after(text: str, item: str) -> bool:
    """Whether ``item`` heads a clause of ``text`` and a count in a unit follows it (through a verb at most)."""
    at = text.find(item)
    while at >= 0:
        head = text[:at]
        rest = text[at + len(item):]
        if (not head or re.search(r"[\s，,。!！~～:：\n]$", head)) \
                and (re.match(_VERB + "(?:" + NUMERAL + ")[" + UNITS + "]", rest) or _DROPPED.match(rest)):
            return True
        at = text.find(item, at + 1)
    return False


# O22: the count before the product in a pack or weight goods come in, the clause the order alone ("4斤烙馍", "两斤海蛎子
# 俺八点前到", "给我来三袋冷粉"), or the product then a pair word ("大列巴俩", "大列巴来俩"): the same place as a count after it.
# Not 份, 碗, 颗 and the like, which count feelings, meals and teeth too ("一份心意", "一碗汤开始", "两颗蛀牙"), nor a plus after
# it ("白头发+1" agrees), nor words that judge ("一箱好重").
_HEAD_VERB = r"(?:(?:[我俺]|[我俺]?(?:就|也|还|再))?(?:(?:给|帮)(?:我|俺)?)?(?:要|来|整|订|定|买|拿|留|称)?(?:个|上)?)"
_PACK_UNITS = "斤箱袋盒包瓶罐桶提串条只"
_JUDGED = re.compile(r"[好重轻正真太很挺超巨]")


def _counted_around(text: str, item: str) -> bool:
    """Whether ``item`` ends a clause that is a count in a pack then it, or heads one that is it and a pair word."""
    if _JUDGED.search(item):
        return False
    for clause in re.split(r"[\s，,。!！~～:：\n]+", text):
        if re.fullmatch(_HEAD_VERB + "(?:" + NUMERAL + ")[" + _PACK_UNITS + "]" + re.escape(item), clause) \
                or re.fullmatch(re.escape(item) + _VERB + r"(?:俩|仨)", clause):
            return True
    return False


def may_name(words: str) -> bool:
    """Whether ``words`` may be a product's name: two to six characters, no person, event, time, number or function word."""
    words = words.strip()
    return 2 <= len(words) <= 6 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", words)) and not re.search(NUMERAL, words) \
        and not _NOT_NAME.search(words) and not _ABSTRACT.search(words) and not PERSON.search(words) and not RELATIVE.search(words) and not _EVENT.search(words)


def named_by_place(text: str, item: str) -> bool:
    """Whether ``item`` (the words a reader took for the product) names a product by its place in ``text``."""
    words = item.strip()
    if not may_name(words):
        return False
    if len(re.findall("(?:" + NUMERAL + ")[" + UNITS + "]", text)) > 1:
        return False  # "烧鹅饭一份 冻柠茶一杯": the words may name one product of several (the list's sum is the order)
    return _counted_after(text, words) or _counted_around(text, words)


# Who it is given to, said before the product ("给大娘大列巴", "帮阿嬷"), and what it is for, after it ("备着", "当回礼",
# "压压惊", "犒劳自己", "尝尝"): words around the product, not the product (O12).
_GIVEN_TO = re.compile(r"^(?:给|帮|替)(?:" + PERSON.pattern + "|" + RELATIVE.pattern + r"|[\u4e00-\u9fff]{0,2}?(?:娘|嬷|婆|公|爷|奶|姨|叔|婶|姐|哥|妹|弟))")
_FOR_WHAT = re.compile(r"(?:当|做|作)(?:回礼|礼物|早餐|早饭|午饭|晚饭|夜宵|零食|年货)$|(?:备着|备用|囤着|放着|存着|压压惊|犒劳(?:一下)?(?:自己)?|"
                       r"慰劳(?:一下)?(?:自己)?|奖励(?:一下)?自己|尝尝鲜?|尝个鲜|尝一下|试试看?|试一下|解解?馋|续命|送人|过年用?)$"
                       # o33: whom it is a present for, after the count ("再来一顶送对象", "一盒送我妈")
                       r"|送(?:给)?(?:" + RELATIVE.pattern + "|" + PERSON.pattern + r")(?:的)?$")


def product_words(item: str, text: str = "") -> str:
    """The words a reader took for the product without who it is given to before it and what it is for after it; none
    when they only say whom the order is for, before its count in ``text`` ("给经理带两份", "我们办公室三份": O16; not
    "还要一个妹妹", what is wanted)."""
    words = _FOR_WHAT.sub("", item.strip())
    if text and only_whom(words) and _counted_after_whom(plain(text), words):  # as the reader folded it (孃 → 娘)
        return ""
    if (whom := WHOM.match(words)) and len(words) - whom.end() >= 2 and GOODS.search(words[whom.end():]) \
            and not GOODS.search(words[:whom.end()]):
        return words[whom.end():]  # "客栈这边粑粑十个", "我们办公室汤圆三份": whom, then the goods (O16)
    rest = _GIVEN_TO.sub("", words)
    return rest if rest != words and (not rest or may_name(rest) or len(rest) >= 2) else words


# A verb of bringing or ordering after whom it is for: "给经理带", "帮隔壁王姨拿", "楼下李叔要", maybe asked of her
# ("同事托我捎", "我妈让我带": O18).
BRING = re.compile(r"(?:也|还|再|顺便)?(?:(?:托|让|叫)(?:我|俺|额))?(?:带|拿|捎|留|要|订|定|买|来|整|取)?(?:个|上)?")


def only_whom(words: str) -> bool:
    """Whether the words a reader took for the product only say whom the order is for, and a verb of bringing at most
    (``people.WHOM``: "给经理带", "我们办公室", "物业李师傅"), nothing else: no goods ("老婆饼" is 老婆 and more)."""
    words = words.strip()
    if not words:
        return False
    if re.fullmatch(r"(?:我们|咱们|俺们)?[\u4e00-\u9fff]{2,3}(?:这边|那边)", words) and not GOODS.search(words[:-2]) \
            and may_name(re.sub("^(?:我们|咱们|俺们)", "", words[:-2])):
        return True  # "质检这边", "我们财务那边": a team by where it sits
    match = WHOM.match(words)
    return match is not None and match.end() > 0 and bool(BRING.fullmatch(words[match.end():])) \
        and not re.fullmatch(r"(?:给|帮|替|送|带给)?(?:我|俺|咱)?", words[:match.end()])


def _counted_after_whom(text: str, words: str) -> bool:
    """Whether ``words`` stand right before a count in a unit in ``text`` (a pause or 也/还 between at most)."""
    at = text.find(words)
    while at >= 0:
        if re.match(r"[\s，,]?(?:也|还|再|就)?(?:要|来|订|留)?(?:个)?(?:" + NUMERAL + ")[" + UNITS + "]", text[at + len(words):]):
            return True
        at = text.find(words, at + 1)
    return False


# What a reader may leave as the product after or around a count that names none: a particle ("我要两份喽"), the unit
# again ("那两盒不要了"), the count judged enough or kept ("两板够了", "两盒不变"), a verb's tail ("更正为五盒"). (d27 added
# her 要 after the count before the north-west's 哩; mend-d27 took it out: its lines are of one file only.)
_RESIDUE = re.compile(r"(?:[喽哩呃儿嘞咯啦呢哇嘛吧啊呀哦哈呗噢喔哟它噶啰吖" + UNITS + r"]|应该|就|也|够了?|不变|照旧|照样|为|成)+")
# (a33) 噶 (Yunnan, Wu), 啰 (Hunan, the south-west), 吖 (Cantonese) end a clause as 嘛 and 咯 do, no goods: "帮我留一个噶",
# "两份啰", "再嚟一份吖" were asked as of goods no list holds (N26).
# A tag asking leave after the count ("给我留两袋可以不", "留十个可好", "留一个可以伐"): the order, asked.
_ASKED_TAG = re.compile(r"(?:可以|行|好|成|中)(?:不|伐|吗|么|否)|可好|[伐否不]")


# o32: the slang of joining in that members type before the count ("冲冲冲 x1", "冲 +2", "拿下 x1", "安排上 +1", "蹲 x1",
# "顺便接个龙+2"):
# taken for the product where the count is a sign, they name none.
_CHEER = re.compile(r"(?:冲鸭?|上个?车|拿下|安排上?|蹲|速速|必须(?:的|滴|冲)?|走起|搞起|整起|买买买|剁手|来了|来啦|我来了?|给我|"
                    r"顺便|顺手|也|接个?龙|[跟参拼]?个?团)+[了啦啊呀鸭]?")  # "顺便接个龙+2": joining the chain, by the way


def cheer(item: str) -> bool:
    """o32: whether the words a reader took for the product only cheer the group-buy on or join it ("冲冲冲", "拿下")."""
    return bool(item) and bool(_CHEER.fullmatch(item.strip()))


def residue(item: str) -> bool:
    """Whether the words a reader took for the product name none (a particle, a unit, a verdict on the count)."""
    return bool(item) and bool(_RESIDUE.fullmatch(item))


def asked_tag(item: str) -> bool:
    """Whether the words a reader took for the product are a tag asking leave for the order."""
    return bool(item) and bool(_ASKED_TAG.fullmatch(item))


# Someone else's share dropped ("楼下刘阿姨说她那份不要了", "他订的那份先取消吧", "我老公订的牛肉他说不要了"): the whole
# order, a portion of it, or another member's? Asked once, never met with silence (docs/language.md, "Asking once").
_WHOSE = r"(?:[她他]|" + RELATIVE.pattern + r")"
_THEIR_SHARE = re.compile(_WHOSE + r"(?:订的|报的|要的|的|那)[^，,。!！?？]{0,8}?(?:不要了?|不用了|取消(?!了)|删掉|划掉|去掉)(?!了?[^，,。\s]{0,3}(?:吗|么|没))")
# Not news of something called off ("孩子的兴趣班取消了") or heard of ("听说老李的饺子不要了", C19), the staff's word ("收到"), what is already done, a question.
_NOT_ASKED = re.compile(r"[?？吗呢]|听说|据说|减|少|活动|报名|课|班|会|快递|外卖|衣服|票|已经|收到|[我俺](?:的|那|订的)")


def others_dropped(text: str):
    """Whether ``text`` drops someone else's share of an order (to be asked about once)."""
    return bool(_THEIR_SHARE.search(text)) and not _NOT_ASKED.search(text)


# --- product words no goods list holds, kept by the intent score (O14's ``keep_unknown``, guarded in O15) ---------------

# The order itself named where its product is not known: a portion, the order or its list, what was ordered ("订的",
# "要的"), a count or a package pointed at ("那两盒", "那袋"; not a classifier any noun takes: "那个", "那套房子", "这件大衣"), a line struck off the list, her share
# ("乌云的取消", "她的呱呱不要了"). "那个兼职我不要了" names none of these: a job, no order.
_ORDER_NAMED = re.compile(r"份(?!子)|单(?!位)|接龙|团(?!建)|[订要报买拍]的|[那这](?:" + NUMERAL + r"[" + UNITS + r"]|[份盒箱袋斤瓶包罐提桶串杯碗])|去掉|划掉|划了|删掉|删了|撤")


# Around the product's name, the order's own words: "那个裹卷", "蕨粑给我", "呱呱给我取".
_WRAPPING = re.compile(r"^(?:那个|这个)|(?:给|帮)(?:我|俺)(?:取|留|来|称|整|拿|装)?$")


def unknown_kept(text: str, words: str, cancel: bool, change: bool = False) -> bool:
    """Whether product words no goods list holds may stand for a product when the intent score says order (O15's guards).
    Never words that hold a count ("要个两三份": a range of counts the rules could not read is no product; asking it as
    one portion would ask the wrong thing), words that may name no product (``may_name``), nor an order's words beside
    another count (the list's sum is the order, as ``named_by_place``). A cancel must drop something that is an order: the order named around the
    words, or words ending in a product's name (甜皮鸭: 鸭) — not any noun she no longer wants."""
    if not may_name(_WRAPPING.sub("", words)) and not counted_before(text, words):
        return False  # whom ("隔壁阿姨"), more ("再多"), each (各), a count ("两三份"), a measure's talk ("左右那种")
    if change:
        return True  # "两个肉馕换成两个芝麻馕": the old count and the new, of one product (C19)
    if not cancel:
        return len(re.findall("(?:" + NUMERAL + ")[" + UNITS + "]", text)) <= 1  # "烧鹅饭一份 冻柠茶一杯": one product of several
    return bool(_ORDER_NAMED.search(text)) or re.search("的" + re.escape(words) + "|" + re.escape(words) + "的", text) is not None \
        or _ends_in_goods(words)


def counted_before(text: str, words: str) -> bool:
    """Whether ``words`` are one character right after a count in a unit ("两份蚝", "再嚟一份蚝"): goods by their place, as
    members shorten a name (C19)."""
    return len(words) == 1 and re.search("(?:" + NUMERAL + ")[" + UNITS + "]" + re.escape(words), text) is not None \
        or len(words) == 1 and not _NOT_NAME.search(words) and not PERSON.search(words) \
        and (_counted_after(text, words) or _counted_around(text, words))  # O22: "馕要两个", "馕整俩": heading its clause


def _ends_in_goods(words: str) -> bool:
    """Whether ``words`` end in one character that is itself goods (鸭, 鱼, 饼, 面): the head of a compound name."""
    return bool(GOODS.fullmatch(words[-1]))
