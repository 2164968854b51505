"""What the store sells, for answering "湿巾还有货吗？多少钱": the group's open group-buy and the catalogue.

Pure: which offer a question names (the longest run of characters it shares with an offer's name)
and which of price, stock and pickup it asks about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.content_library import Product
from bot.language.goods import GOODS
from bot.text import normalize

MIN_SHARED = 2  # characters of a name a question must contain: "米" alone names nothing

# The days named ahead, one table (review of q27): collecting on a day (``PICKUP_DAY``) and goods arriving on one
# (``bot.questions.asking._ARRIVES``) read the same days.
DAY_NAMED = r"今天|明天|后天|今晚|周.|星期.|礼拜."
# (q22) a day named, whether it can be collected then: "今天能拿到吗", "冬至前能拿到不"
PICKUP_DAY = r"(?:" + DAY_NAMED + r"|前|之前|以前)(?:能|可以)(?:来|去)?(?:拿|取|提)(?:到|货)?(?:吗|么|不|没|嘛)"

_ASPECTS = {
    "price": re.compile(r"多少钱|几块|什么价|啥价|价格|价钱|单价|怎么卖|咋卖|多钱|几元|优惠|打折|便宜|贵"),
    "stock": re.compile(r"有货|没货|还有|还剩|剩|库存|卖完|售罄|断货|到货|补货|有没有|有吗|有卖|有[^什么啥几多]{1,8}(?:吗|么|没有|不)\W*$"),
    # when alone asks nothing of pickup ("这批蛋是什么时候生的"): when it can be got, collected or sent does
    "pickup": re.compile(r"自提|提货|取货|拿货|领货|哪里取|哪里拿|哪拿|发货|送|"
                         r"(?:几号|哪天|什么时候|啥时候|几点)(?:能|可以|才|就|会|再)?(?:来|去)?(?:拿|取|提|到|送|发|领)|"
                         + PICKUP_DAY),
}
# What a stock question asks for: "有没有双黄蛋", "有土鸡蛋卖吗" (the thing after 有, before the particle).
_WANTED = re.compile(r"(?:有没有|还有没有|有木有|有)(?:的是)?(?![吗么嘛呢啊呀没不])([^\s,，。?？!！]{1,10}?)(?:卖|的|了|呀|啊|呢)?(?:吗|么|嘛|没有|没|不)?\W*$")
# ... words that ask for stock in general, not for a kind of the offer: "还有货吗", "有现货吗"
# (G31) "还有几袋", "有什么颜色": of it; not "还有什么水果", "有几个苹果" (other goods, asked by a count or a kind)
_ANY_GOODS = re.compile(r"货|库存|存货|剩的|多的|名额|位置|份|卖|^(?:几|多少)(?:[袋盒斤条件瓶包箱罐只桶提块张种款样色]|个$)?$|"
                        r"^(?:什么|啥|哪些|哪几|哪)(?:样的|种|款|颜色|色|口味|味)")
_SIZE = re.compile(r"[\d.]+\s*(?:kg|g|ml|l|斤|克|袋|片|包|盒|瓶|个)?(?:装)?|[（(《》)）]")


# What is on, asked without naming goods: "今天团的是什么", "明天开什么团", "这次有啥好货呀" — the open group-buy answers it. The
# whole (short) message asks it; never of another member ("你今天团的啥") nor of her own order ("我团了什么来着").
_WHATS_ON = re.compile(r"^(?:请问|问下|问一下|团长|老板|店长)*(?:你们|咱们|咱|我们)?(?:家|店里|群里)?"
                       r"(?:今天|明天|后天|今晚|这次|这回|这期|这周|本周|下次|下一期|最近|现在|今儿|明儿)?(?:又|还|都)?"
                       r"(?:开团|在团|上新|上架|团|开|卖|有)(?:的|了)?(?:是)?(?:什么|啥|些啥|些什么|哪些|么子)"
                       r"(?:好东西|东西|好货|货|团)?(?:呀|啊|呢|哦|嘛|哈)*$")
WHATS_ON_LENGTH = 24  # characters at most: a longer message tells more than this question


def asks_whats_on(text: str) -> bool:
    """Whether the message asks what the group-buy is today, naming no goods."""
    folded = normalize(text)
    return len(folded) <= WHATS_ON_LENGTH and bool(_WHATS_ON.search(folded))


@dataclass(frozen=True)
class Offer:
    name: str
    price: float
    promo_price: float | None
    left: int  # still to be had; 0: sold out
    pickup: str = ""  # where and when to collect it, when the group-buy says
    story: str = ""  # the catalogue's words on it (its kinds, where it comes from), "" when it has none
    open_buy: bool = False  # the group's open group-buy (it has a cut-off and takes orders), not a catalogue line


def offers(products: list[Product], buy) -> list[Offer]:
    """The group's open group-buy (a ``storage.models.GroupBuy`` or None) first, then the catalogue."""
    found = []
    if buy is not None:
        story = next((p.story for p in products if p.id == buy.product_id or p.name == buy.item), "")
        found = [Offer(buy.item, buy.price, None, buy.stock - buy.sold, buy.pickup, story, True)]
    return found + [Offer(p.name, p.price, p.promo_price, p.stock, story=p.story) for p in products]


# (G31) What a question asks of the open group-buy beyond price, stock and pickup: its cut-off ("几点截单", "什么时候截止",
# "团到哪天") and whether she can still order ("还能订吗", "还能接龙不", "现在还来得及吗"). Asked of the open group-buy only: a
# catalogue line has no cut-off.
_BUY_ASPECTS = {
    "deadline": re.compile(r"截单|截止|截团|截龙|停止接龙|接龙结束|(?:接龙|团|订)到(?:几|什么|啥|哪)|"
                           r"(?:几点|几号|哪天|什么时候|啥时候)(?:之前|前)?(?:结束|停止|不能订|不能接)"),
    "open": re.compile(r"还(?:能|可以)(?:订|定|接龙|接|跟|上车|参团|团|买|要|下单)|还来得及|"
                       r"(?:能|可以)(?:订|定|接龙|下单)(?:吗|么|不|没)|截(?:单|止)了(?:吗|么|没)"),
}
# The kinds asked ("围巾有什么颜色", "有几种口味", "颜色都有哪些"): answered from the kinds the catalogue's words list.
_KINDS_ASKED = re.compile(r"颜色|什么色|啥色|几色|几种|哪几种|口味|什么味|啥味|款式|哪些款|几款")
# The kinds a product's words list: "燕麦、焦糖、酒红三色", "原味、芝麻、花生三种口味", "有红色和蓝色两款".
# (At most 8 kinds: a repeat without bound made a long list that ends in no kind word quadratic.)
_KINDS_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{1,4}[、/]){1,8}[\u4e00-\u9fff]{1,4}?)"
                           r"(?:[两二三四五六七八九十\d]{1,2})?(?:种|个)?(?:颜色|色|口味|味道|味|款|种)")
# (f33) ... with their count first ("草莓、芒果、原味三种口味"): the last kind ends at the count, so "原味" keeps its 味 (read
# without the count, the shortest last kind "原" ended at 味).
_KINDS_COUNTED = re.compile(r"((?:[\u4e00-\u9fff]{1,4}[、/]){1,8}[\u4e00-\u9fff]{1,4}?)"
                            r"[两二三四五六七八九十\d]{1,2}(?:种|个)?(?:颜色|色|口味|味道|味|款|种)")
_KIND_SUFFIX = re.compile(r"(?:颜色|色|口味|味|款)$")
# Goods asked about by their making or arrival ("什么时候到货", "补货了吗"): not the open group-buy's stock.
_ARRIVAL = re.compile(r"到货|补货|进货|什么时候到|啥时候到|几号到|哪天到")
# Where goods are collected, asked without the shop ("在哪里拿货呀", "蛋在哪儿拿", "去哪提"): with a group-buy open its own
# pickup point answers, not the shop's address (a question naming the shop, "店在哪", stays the address's).
_PICKUP_PLACE = re.compile(r"(?:哪里|哪儿|哪|什么地方|啥地方)(?:能|可以|去|来)?(?:拿|取|提|领)|"
                           r"(?:拿货|取货|提货|自提|领货)(?:点|地点|地方)?(?:在|是)?(?:哪|什么地方|啥地方)")
_THE_SHOP = re.compile(r"店|地址|定位|导航|怎么走|怎么去|几路|公交|地铁")
_SENTENCES = re.compile(r"(?<=[。！；!;])")
_FILLER = re.compile(r"这个|那个|这次|是不是|是|吗|么|呢|啊|呀|的|了|不|吧|[^\u4e00-\u9fff]")


def asked_of_buy(text: str) -> list[str]:
    """Which of the cut-off and whether orders are still taken the question asks ([] for neither)."""
    folded = normalize(text)
    return [aspect for aspect, pattern in _BUY_ASPECTS.items() if pattern.search(folded)]


def asked_aspects(text: str) -> list[str]:
    """Which of price, stock and pickup the question names ([] for none of them)."""
    folded = normalize(text)
    return [aspect for aspect, pattern in _ASPECTS.items() if pattern.search(folded)]


def asks_arrival(text: str) -> bool:
    return bool(_ARRIVAL.search(normalize(text)))


def asks_kinds(text: str) -> bool:
    folded = normalize(text)
    return bool(_KINDS_ASKED.search(folded)) and not _ANY_KIND.search(folded)


# (k32) The kinds asked as a question ("有哪几个颜色", "颜色都有哪些", "几种口味呀"), not a word of them in another matter ("退换能
#换颜色吗", "这个颜色好看"): the kinds word with an asking word beside it. Flat alternations, linear.
_KINDS_WORD = r"(?:颜色|色|口味|味道|款式|款|花色|尺码|码)"
_KINDS_QUESTION = re.compile(r"(?:哪几|哪些|几|什么|啥|多少)(?:个|种|样|款)?(?:的)?" + _KINDS_WORD + r"|" + _KINDS_WORD
                             + r"(?:都|一共|总共)?(?:有|是)?(?:哪几|哪些|几|什么|啥|多少)(?:个|种|样|款)?")
_KINDS_OTHER = re.compile(r"退|换|好看|好吃|喜欢|掉色|褪色|色差|偏|正不正|太")
# (f33) An asking word, the kinds word, then 都 ("啥颜色都灰蒙蒙的", "什么颜色都行", "啥口味都爱吃"): in Chinese 什么…都 says
# "any", a statement, not a question (unless 都有哪些 follows: "什么颜色都有哪些").
_ANY_KIND = re.compile(r"(?:什么|啥|哪)(?:个|种|样|款)?(?:的)?" + _KINDS_WORD + r"(?:的)?都(?!有(?:哪|什么|啥))")
# (k32) A pickup question plain enough to need no score: the whole short message asks where to collect, of nobody else and
# nothing past ("到时候去哪儿拿呀", "东西到了在哪提", "去哪领呀"); not "你去哪拿的", "上次在哪拿的来着", "在哪拿都行".
_NOT_PLAIN = re.compile(r"你(?!们)|他|她|别人|谁|上次|上回|之前|昨天|前天|以前|都行|都可以|都一样|无所谓|随便|知道|快递|外卖|的$|了$|过")
PLAIN_ASKED = 20  # characters at most


def plainly_asks_kinds(text: str) -> bool:
    """Whether the message asks which kinds (colours, flavours, sizes) there are, and nothing else of them."""
    folded = normalize(text)
    return (len(folded) <= PLAIN_ASKED and bool(_KINDS_QUESTION.search(folded)) and not _KINDS_OTHER.search(folded)
            and not _ANY_KIND.search(folded))


# (s33) One kind asked for by its name, as kinds are named ("有没有黑色", "有草莓味的吗", "还有酒红色不"): answered from the
# kinds the goods' own words list. A kind word (色, 味, 口味, 款) must end it, so "有没有双黄蛋" stays a kind of goods (the
# staff's). Flat alternations, bounded: linear.
_KIND_NAMED = re.compile(r"(?:有没有|有木有|有冇|还有没有|还有|有)([\u4e00-\u9fff]{1,3}?)(色|口味|味|款)(?:的)?"
                         r"(?:吗|么|嘛|呀|啊|呢|没|没有|不|哇|嘞)*$")
_PARTICLES_AFTER = r"(?:吗|么|嘛|呀|啊|呢|没|没有|不|哇|嘞|哈|捏)*$"
# (f33) ... the kind first, then whether there is one ("焦糖色的有吗", "草莓味有没有啊", "灰色的还有不"): Chinese names the
# thing asked about first as often as after 有.
_KIND_FIRST = re.compile(r"^(?:那|那个|请问)?([\u4e00-\u9fff]{1,3}?)(色|口味|味|款)(?:的)?(?:还)?"
                         r"(?:有没有|有木有|有冇|有没|有吗|有么|有嘛|有不|有的吗|有货吗|有货没)" + _PARTICLES_AFTER)
# (f33) ... wished for in the words of online chat ("蹲一个灰色", "蹲个焦糖色的", "求一个蓝莓味"): 蹲 (waiting for one) and 求
# ask for it as plainly as 有没有.
_KIND_WISHED = re.compile(r"^(?:蹲|求|蹲蹲|在线蹲|坐等)(?:一个|一顶|一件|一条|一包|一份|个|一)?([\u4e00-\u9fff]{1,3}?)(色|口味|味|款)(?:的)?"
                          + _PARTICLES_AFTER)
# (f33) A word that asks which, not a kind's name: "有什么颜色", "都有啥口味" ask for the list.
_ASKING_WORD = re.compile(r"什么|啥|哪|几|多少|些|么子")


def kind_named(text: str) -> str | None:
    """The kind a short question asks for by its name, "有没有黑色", "焦糖色的有吗", "蹲一个灰色" -> "黑色"…; None when it
    names none (a request for the list, "有什么颜色", names none)."""
    folded = normalize(text).rstrip("?？~～。.!！ ")
    if len(folded) > PLAIN_ASKED or _KINDS_OTHER.search(folded):
        return None
    found = _KIND_NAMED.search(folded) or _KIND_FIRST.search(folded) or _KIND_WISHED.search(folded)
    if found is None or _ASKING_WORD.search(found.group(1)):
        return None
    return found.group(1) + found.group(2)


def kind_listed(kind: str, kinds: tuple[str, ...]) -> str:
    """Whether a kind asked for is among those listed: "yes" (黑 of 黑、白), "near" (红 of 酒红: only the list is told),
    or "no"."""
    plain = _plain_kind(kind)
    if plain in kinds or kind in kinds:
        return "yes"
    bare = _KIND_SUFFIX.sub("", kind) or kind
    return "near" if any(bare in k or k in bare for k in kinds) else "no"


def plainly_asks_pickup(text: str) -> bool:
    """Whether the whole short message asks where goods are collected, of no one else and of nothing past."""
    folded = normalize(text).rstrip("?？~～。.!！ 呀啊呢哈嘛吖")
    return len(folded) <= PLAIN_ASKED and asks_pickup_place(folded) and not _NOT_PLAIN.search(folded)


def asks_pickup_place(text: str) -> bool:
    """Where goods are collected, asked without naming the shop: the open group-buy's pickup point answers."""
    folded = normalize(text)
    return bool(_PICKUP_PLACE.search(folded)) and not _THE_SHOP.search(folded)


def kinds_of(story: str) -> tuple[str, ...]:
    """The kinds (colours, flavours) a product's words list, "燕麦、焦糖、酒红三色" -> (燕麦, 焦糖, 酒红); () when none."""
    found = _KINDS_COUNTED.search(story) or _KINDS_LISTED.search(story)
    if found is None:
        return ()
    return tuple(kind for k in found.group(1).split("、") for part in k.split("/") if (kind := _plain_kind(part)))


def without_kinds(text: str, kinds: tuple[str, ...]) -> str | None:
    """The message without the open product's kinds it names ("我要一条焦糖色的" -> "我要一条"), so that what is left reads
    as an order of the product; None when it names none of them (then "我要一条鱼" is not of it)."""
    if not kinds:
        return None
    named_kind = re.compile("(?:" + "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True)) + r")"
                            r"(?:颜色|色|口味|味|款)?(?:的)?")
    left, count = named_kind.subn("", text)
    if not count:
        return None
    return re.sub(r"^[\s,，、。]+|(?<=[\s,，、。])[\s,，、。]+", "", left).strip()


def _plain_kind(kind: str) -> str:
    """"酒红色" -> "酒红", "芝麻味" -> "芝麻"; "原味", "红色" keep their last character (one would name nothing)."""
    plain = _KIND_SUFFIX.sub("", kind)
    return plain if len(plain) >= MIN_SHARED else kind


STORY_ASKED = 30  # characters a question about the goods says at most (beside the words every question has)


def story_line(text: str, story: str, name: str) -> str | None:
    """The sentence of the product's own words that answers a question about the goods ("是今年的新米吗" -> "…当年新米…"):
    the one sharing the longest run (2 characters at least) with what the question says beside the product's name and
    the words every question has; None when no sentence shares that much."""
    said = _FILLER.sub("", normalize(text))
    if len(said) > STORY_ASKED:
        return None  # a long message tells more than a question about the goods
    plain = normalize(_SIZE.sub("", name))
    while (shared := _longest_run(said, plain)) and len(shared) >= MIN_SHARED:
        said = said.replace(shared, "", 1)  # the goods' name tells which goods, not what is asked of them
    best, longest = None, MIN_SHARED - 1
    for sentence in (s.strip() for s in _SENTENCES.split(story)):
        shared = len(_longest_run(said, normalize(sentence))) if sentence else 0
        if shared > longest:
            best, longest = sentence, shared
    return best


def named(text: str, candidates: list[Offer]) -> Offer | None:
    """The offer whose name the question shares the longest run of characters with (the first of equals)."""
    index = naming(text, tuple(offer.name for offer in candidates))
    return None if index is None else candidates[index]


def naming(text: str, names: tuple[str, ...]) -> int | None:
    """Which of ``names`` the text names: the one it shares the longest run (of at least 2 characters) with."""
    said = normalize(text)
    best, longest = None, MIN_SHARED - 1
    for index, name in enumerate(names):
        shared = _longest_common_run(said, normalize(_SIZE.sub("", name)))
        if shared > longest:
            best, longest = index, shared
    return best


def names_aspect(text: str) -> bool:
    """Whether the question asks about price, stock or pickup at all ("鸡蛋新鲜吗" does not: the catalogue
    cannot answer it)."""
    folded = normalize(text)
    return any(pattern.search(folded) for pattern in _ASPECTS.values())


def names_other_goods(text: str, name: str) -> bool:
    """Whether the question names goods (a word of goods.txt) sharing no character with the offer's name: "纸尿裤还有货吗"
    with the wipes on offer asks of goods the store does not offer here, not of the wipes ("这批小米是新米不" of 五常小米
    does ask of the millet)."""
    own = set(normalize(name))
    return any(not own & set(found.group(0)) for found in GOODS.finditer(normalize(text)))


def variant(text: str, name: str) -> bool:
    """Whether a stock question asks for a kind of goods the offer's name does not say: "有没有双黄蛋" of
    鸡蛋, "有土鸡蛋吗" of 鸡蛋 (the catalogue's stock is not theirs), not "还有鸡蛋吗" nor "还有货吗"."""
    return any(_asks_for_another(clause, name) for clause in _CLAUSES.split(text))


# Clauses are cut before normalising, which drops the marks: "湿巾还有没有？多少钱" asks for stock, then the price, not
# for goods called 多少钱.
_CLAUSES = re.compile(r"[\s,，。?？!！、;；~～]+")


def _asks_for_another(clause: str, name: str) -> bool:
    wanted = _WANTED.search(normalize(clause))
    if wanted is None or _ANY_GOODS.search(wanted.group(1)):
        return False
    thing = _SIZE.sub("", wanted.group(1))
    shared = _longest_run(thing, normalize(_SIZE.sub("", name)))
    return len(thing) - len(shared) > 0 and bool(re.search(r"[\u4e00-\u9fff]", thing.replace(shared, "", 1)))


# A sentence of a product's story that says how to keep or cook it ("冷冻保存，煮 5 分钟浮起即可"): what the store answers
# to "汤圆要冷冻吗" when the admin wrote it in products.yaml.
_KEEPING_SENTENCE = re.compile(r"冷藏|冷冻|冰箱|常温|保存|保鲜|存放|保质期|阴凉|避光|密封|(?:煮|蒸|泡|加热)[^，。；]{0,6}(?:分钟|即可)")


def keeping_of(story: str) -> str | None:
    """The sentences of ``story`` that say how the goods are kept or cooked, or None when it says nothing of it."""
    found = [s for s in re.split(r"(?<=[。！；!;])", story) if s.strip() and _KEEPING_SENTENCE.search(s)]
    return "".join(found).strip() or None


def asked(text: str) -> list[str]:
    """Which of price, stock and pickup the question asks about (all of them when it says none)."""
    folded = normalize(text)
    found = [aspect for aspect, pattern in _ASPECTS.items() if pattern.search(folded)]
    return found or list(_ASPECTS)


def _longest_run(a: str, b: str) -> str:
    """The longest run of ``a`` that ``b`` contains."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


def _longest_common_run(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best
