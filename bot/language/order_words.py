"""Order words as members type them, put in the words the order readers know: one layer before every order reader
(``bot.chain.text.order_parts`` and the whole-message checks read the same text).

Fresh text is mostly silence on plain orders typed in new shapes, and each shape is a way of typing, not a phrase:

- **pinyin** typed for whole words ("wo yao yi he", "tangyuan liang fen", "zai jia 1", "wo de gai cheng liang fen",
  "shao yao yi fen"): a run of letters split into syllables and written in the order's words of the pinyin lexicon when every
  syllable is one of its words (a unit only after a count); a run that is not ("ok", "hello", "haha") stays as typed. A
  run next to characters is heard with them ("取xiao"). Short forms members type: qx (取消), zt (自提), 2f (2份);
- **homophones by sound** where they stand in an order's shape (``bot.pinyin.sounds``): any character that sounds like
  份 after a small count ("四芬"), like 要 after 我/不/再… and before a count or 了 ("我耀一份", "不耀了"), like 再 before
  加/来 and a count ("载加一份"), like 一 before 份 ("伊份"); "不号意思" heard as 不好意思;
- **verbs of more** members use for 再加 ("追一份", "再续一份", "加购一份"), and of dropping out for 不要了 ("我鸽了",
  "我退团", "莫要了");
- **Cantonese word order**, the count before the person given to ("畀两盒我" → "给我两盒").

Everything here rewrites only where the shape is an order's; words that are not (a run of letters that is no pinyin,
"三分钟", "我腰疼", "我在家") are left as typed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.language import order_items
from bot.language.goods import GOODS
from bot.language.numbers import NUMERAL, UNITS  # every order reader's units (``bot.chain.text`` reads them here too)
from bot.language.pinyin_words import LETTER_RUN, ORDER_WORDS, OTHER_THINGS_ENGLISH, WORDS
from bot.language.wrapping import PARTICLES
from bot.pinyin import sounding_like, spelled, syllables


# --- pinyin -----------------------------------------------------------------------------------------------------------

# An order reads its own words and these everyday ones (who, coming, a count, a particle, the cancel, thanks): a run of
# letters holding any other word ("ni hao", "dajia") is no order's pinyin and stays as typed.
_EVERYDAY = "wo lai bu le ye a ya yi liang er san si wu qi quxiao xiexie"
_VOCABULARY = {**{word: WORDS[word] for word in _EVERYDAY.split()}, **ORDER_WORDS}
_WORDS = {word: said for word, said in _VOCABULARY.items() if len(syllables(word)) == 1}
# Read first, by their syllables (typed together or apart: "qu xiao"): the product, the cancel, thanks.
_PHRASES = {syllables(word): said for word, said in _VOCABULARY.items() if len(syllables(word)) > 1}
# Said so before a unit, else the other word: "liu fen" 六份, "bang wo liu" 留.
_COUNT_OR = {"liu": ("六", "留"), "ba": ("八", "吧"), "jiu": ("九", "就"), "shi": ("十", "是")}
_COUNTS = frozenset("一两二三四五六七八九十")
# Read only after a count: "wo he laogong" is no box.
_UNIT_SYLLABLES = {"fen": "份", "he": "盒", "dai": "袋", "xiang": "箱", "bao": "包", "ping": "瓶", "jin": "斤", "ge": "个"}
_LONGEST_PHRASE = max(len(p) for p in _PHRASES)
# Short forms typed for whole words.
_SHORT = ((re.compile(r"(?<![a-z])qx(?![a-z])"), "取消"), (re.compile(r"(?<![a-z])cancel(?![a-z])"), "取消"),
          (re.compile(r"(?<![a-z])zt(?![a-z])"), "自提"), (re.compile(r"(?<=\d)f(?![a-z])"), "份"))
_UNIT_AFTER_DIGIT = re.compile(r"(?<=\d)\s*(?P<u>fen|he|dai|xiang|bao|ping|jin|ge)(?![a-z])")


def _known(word: str) -> bool:
    split = syllables(word)
    return bool(split) and all(s in _WORDS or s in _COUNT_OR or s in _UNIT_SYLLABLES or any(s in p for p in _PHRASES)
                               for s in split)


@lru_cache(maxsize=1024)
def _pinyin_words(run: str) -> str | None:
    """A run of pinyin words ("wo yao yi he") in characters, or None when a syllable is no word of an order. A word that
    is none ("yao yi xiang chengzi": the product) is kept as typed when the words beside it read."""
    words = run.split()
    if len(words) > 1 and not all(_known(w) for w in words):
        known = [w for w in words if _known(w)]
        if not known:
            return None
        parts, at = [], 0
        while at < len(words):  # each stretch of known words read together, the others kept
            if _known(words[at]):
                end = at
                while end < len(words) and _known(words[end]):
                    end += 1
                parts.append(_pinyin_words(" ".join(words[at:end])) or " ".join(words[at:end]))
                at = end
            else:
                parts.append(" " + words[at] + " ")
                at += 1
        return "".join(parts)
    heard = [s for word in words for s in (syllables(word) or [None])]
    if not heard or None in heard:
        return None
    out, at = [], 0
    while at < len(heard):
        for size in range(min(_LONGEST_PHRASE, len(heard) - at), 1, -1):
            if (phrase := _PHRASES.get(tuple(heard[at:at + size]))) is not None:
                out.append(phrase)
                at += size
                break
        else:
            syllable, after = heard[at], heard[at + 1] if at + 1 < len(heard) else ""
            if syllable in _COUNT_OR:
                word = _COUNT_OR[syllable][0 if after in _UNIT_SYLLABLES else 1]
            elif syllable in _UNIT_SYLLABLES and out and out[-1][-1] in _COUNTS:
                word = _UNIT_SYLLABLES[syllable]
            else:
                word = _WORDS.get(syllable)
            if word is None:
                return None
            out.append(word)
            at += 1
    return "".join(out)


# English words of an order ("milk two boxes please", "oranges 3"): counts, units, the commonest goods; please is courtesy.
_ENGLISH = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
            "ten": "10", "box": "盒", "boxes": "盒", "bag": "袋", "bags": "袋", "pack": "包", "packs": "包", "bottle": "瓶",
            "bottles": "瓶", "milk": "牛奶", "egg": "鸡蛋", "eggs": "鸡蛋", "orange": "橙子", "oranges": "橙子", "apple": "苹果",
            "apples": "苹果", "rice": "大米", "cherry": "车厘子", "cherries": "车厘子", "please": "", "pls": "", "plz": "",
            "thx": "", "thanks": "", "sorry": "", "mine": "我的", "it": "", "to": "", "make": "改成", "change": "改成", "add": "再加",
            "more": "", "minus": "减", "total": "一共"}
_ENGLISH_WORD = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(_ENGLISH, key=len, reverse=True)) + r")(?![a-z])")


def _pinyin(text: str) -> str:
    lowered = text.lower()
    if not re.search(r"[a-z]", lowered):
        return text
    for pattern, word in _SHORT:
        lowered = pattern.sub(word, lowered)
    lowered = _UNIT_AFTER_DIGIT.sub(lambda m: _UNIT_SYLLABLES[m["u"]], lowered)  # "xiaomi 2 dai"
    if _ENGLISH_WORD.search(lowered) and (english := _english(lowered)) is not None:
        return english
    read = LETTER_RUN.sub(lambda m: _pinyin_words(m.group(0)) or _heard_with(lowered, m) or m.group(0), lowered)
    return LETTER_RUN.sub(lambda m: _spelled_beside(m.group(0)), read) if _ORDER_WORD.search(read) else read


def _english(text: str) -> str | None:
    """Every letter word an English word of an order, in Chinese; None when another word is English ("two of them")."""
    words = re.findall(r"[a-z]+", text)
    if not all(w in _ENGLISH for w in words) or not any(_ENGLISH[w].isdigit() for w in words) and not re.search(r"\d|取消", text):
        return None
    text = re.sub(r"\+\s*(?=\d\s+more(?![a-z]))", "add ", text)  # "+1 more cherry": one more
    text = re.sub(r"(?<![a-z])(?:change\s+)?mine\s+to(?![a-z])", "mine change", text)  # "change mine to 3": mine, set to 3
    read = _ENGLISH_WORD.sub(lambda m: _ENGLISH[m.group(0)], text)
    return re.sub(r"(再加|减|改成)\s*(\d{1,2})(?!\d|\s*[" + UNITS + "])", r"\1\2份", read)  # "add one more 月饼": 再加1份


# A count with its unit, or a cancel, read out of the letters: what makes the other letter words beside it the product.
_ORDER_WORD = re.compile("(?:" + NUMERAL + ")[" + UNITS + "]|取消|不要")


def _spelled_beside(word: str) -> str:
    """A letter word left beside an order's words, written in characters of its sound ("chengzi" → 橙子 by sound, for the
    product to be heard as the open one), when it is whole syllables."""
    if len(word) <= 2 or any(w in OTHER_THINGS_ENGLISH for w in word.split()):
        return word  # "meeting": an English word of another plan, kept for the cancel's check of what it drops (C20)
    return spelled(word.replace(" ", "")) or word


def _heard_with(text: str, match: re.Match) -> str | None:
    """A run of letters finishing the word begun by the character before it ("取xiao" → 取消)."""
    before = text[max(0, match.start() - 1):match.start()]
    typed = syllables(match.group(0).replace(" ", "")) or ()
    for (first, *rest), word in _PHRASES.items():
        if tuple(rest) == typed and before and before == word[0]:
            return word[1:]
    return None


# --- homophones by sound, where they stand in an order's shape -----------------------------------------------------

def _like(word: str, unlike: str = "") -> str:
    """A character class of the Han characters that sound like ``word`` (tones aside), without ``unlike``."""
    return "[" + "".join(sorted(c for c in sounding_like({word}) if "\u4e00" <= c <= "\u9fff" and c not in unlike + word)) + "]"


@lru_cache(maxsize=1)
def _heard() -> tuple[tuple[re.Pattern, str], ...]:
    return (
        # "四芬", "两纷": 份 after a small count ("三分钟", "十分感谢" are no such count: 分 is the reader's, with its limits)
        (re.compile(r"(?P<n>(?<!\d)(?:10|[1-9])|(?<![一二两俩三四五六七八九十百])[一二两俩三四五六七八九十])" + _like("份", "分")
                    + r"(?![钟之数析别开享配手类量])"), r"\g<n>份"),
        # "我耀一份", "不耀了", "再药两份" (not 咬, 摇, 邀: words of their own)
        (re.compile(r"(?<=[我俺不也还再少多都就])" + _like("要", "咬摇邀舀吆遥谣姚瑶尧窑") + r"(?=" + NUMERAL + r"|了|的)"), "要"),
        # "载加一份", "在来两份": 再 before more and a count
        (re.compile(_like("再", "在") + r"(?=[加来要]" + NUMERAL + r")"), "再"),
        # "三厢", "一和": 箱 and 盒 after a small count, the clause ending
        (re.compile(r"(?P<n>(?<!\d)[1-9]|[一二两俩三四五六七八九十])" + _like("箱") + r"(?=$|[\s，,。!！~～])"), r"\g<n>箱"),
        (re.compile(r"(?P<n>(?<!\d)[1-9]|[一二两俩三四五六七八九十])" + _like("盒", "何") + r"(?=$|[\s，,。!！~～])"), r"\g<n>盒"),
        # "给我流两盒": 留 heard after 给我 / 帮我, before a count
        (re.compile(r"(?<=[给帮][我俺])" + _like("留", "六") + r"(?=" + NUMERAL + ")"), "留"),
        # "伊份", "要衣份": 一 before 份 where a count stands
        (re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[要来订给留]))" + _like("一", "以已亿义议意易艺异") + r"(?=份)"), "一"),
        (re.compile(r"不" + _like("好") + r"意[思丝斯死]"), "不好意思"),
    )


# Units heard by sound after goods and a small count, the clause ending ("大米两代", "纸巾两题", "车厘子两近", "食用油一通",
# "鸡蛋一版"), and units of goods the shared list leaves out for the chat they are in ("黄瓜三根", "莲藕三节", "百合两扎",
# "酸奶三排", "生煎来一客", "面券一张", "牛排五片": 根, 节, 扎, 排, 张, 客, 片 count goods only right after them): read as a
# unit the readers know.
_UNIT_SOUNDS = {"袋": "", "提": "蹄体", "斤": "", "桶": "同童痛", "板": "半班般瓣办伴拌扮", "瓶": "苹平评", "罐": "关官观惯馆冠",
                "包": "宝饱报抱保爆暴薄", "盆": "", "束": "叔数熟属书树输鼠术蔬薯", "捆": "", "条": "跳挑调", "套": "桃萄逃"}
_GOODS_UNITS = "根节扎排张客片"
# o28: a lump of goods sold by the piece ("酥油要五块", "腊肉两块", "豆腐给我两块", the south-west's "给我留两坨"): 块 is money
# everywhere else (numbers.UNITS leaves it out), so it is a count only in the same place as the units above — right after
# goods named and a small count, the clause ending — and only where nothing in the message speaks of money or a price
# ("一棵白菜要五块", "豆腐涨到两块了", "9块9的列巴": ``_MONEY``).
_PIECE_UNITS = "块坨"
# Off: measured on the newest writers out of fold, the pieces moved too few silent orders for the bar fixed before (o28).
PIECES_COUNTED = False
_ORDERED = re.compile(r"(?:要|来|给[我俺]来?|给[我俺]留|帮[我俺]留|留|订|买|整|称|带|拿)$")  # ``_BEFORE_UNIT``'s verbs, said
_MONEY = re.compile(r"钱|元|[¥￥$]|价|贵|便宜|涨|降|毛|角|划算|优惠|打折|折扣|花了|卖|才|只要|一共|总共|[块元]\s?[0-9一二两三四五六七八九十]|每\s?[" + UNITS + r"块]")
_SMALL = r"(?P<n>(?<!\d)[1-9]|(?<![一二两俩三四五六七八九十腊])[一二两俩三四五六七八九十])"  # 腊八节 is a festival (C21)
_BEFORE_UNIT = re.compile(r"(?:[我俺])?(?:就|也|还|再|少|多)?(?:要|来|给[我俺]来?|给[我俺]留|帮[我俺]留|留|订|买|整|称|带|拿)?$")


@lru_cache(maxsize=1)
def _unit_heard() -> tuple[re.Pattern, dict[str, str]]:
    heard = {}
    for unit, unlike in _UNIT_SOUNDS.items():
        for char in _like(unit, unlike + UNITS)[1:-1]:
            heard.setdefault(char, unit if char not in heard else "")
    heard.update({char: "个" for char in _GOODS_UNITS + _PIECE_UNITS})
    chars = "".join(c for c, unit in heard.items() if unit)
    return re.compile(_SMALL + "(?P<c>[" + chars + r"])(?=$|[\s，,。!！~～吧啊哈呀])"), heard


# O22: the unit heard before the goods it counts ("两贷饺子", "三代饺子": 袋 by sound, goods of the list right after) and 两 heard
# as 辆 or 亮 before a unit ("冻梨辆袋", "亮盒"), where no word of its own is made (漂亮, 明亮).
_TWO_HEARD = re.compile(r"(?<![一二两三四五六七八九十\d漂明光透发月闪敞响])[辆亮](?=[" + UNITS + r"])")


@lru_cache(maxsize=1)
def _unit_heard_before() -> re.Pattern:
    _, heard = _unit_heard()
    return re.compile(_SMALL + "(?P<c>[" + "".join(c for c, unit in heard.items() if unit and unit != "个") + "])(?=" + GOODS.pattern + ")")


def _units_heard_before(text: str) -> str:
    """``text`` with a unit heard before the goods it counts, and 两 heard as 辆 or 亮, written as the readers know them."""
    text = _TWO_HEARD.sub("两", text)
    heard = _unit_heard()[1]

    def unit(match: re.Match) -> str:
        goods = GOODS.match(text, match.end())
        return match["n"] + heard[match["c"]] if goods and len(goods.group(0)) >= 2 else match.group(0)

    return _unit_heard_before().sub(unit, text)


def _units_heard(text: str) -> str:
    """``text`` with a unit heard or named after goods and a count written as one the readers know."""
    pattern, heard = _unit_heard()

    def unit(match: re.Match) -> str:
        clause = re.split(r"[，,。!！~～\n]", text[:match.start()])[-1].rstrip()
        before = _BEFORE_UNIT.sub("", clause).rstrip()  # "酸奶 来三排"
        goods = [m for m in GOODS.finditer(before)]
        named = goods and goods[-1].end() == len(before) or order_items.may_name(re.split(r"\s", before)[-1])  # "蚬子要三金"
        if match["c"] in _PIECE_UNITS and (not PIECES_COUNTED or _MONEY.search(text) or re.search("(?:" + NUMERAL + ")[" + UNITS + "]", before)
                                           or not (goods and goods[-1].end() == len(before) or _ORDERED.search(clause))):
            return match.group(0)  # "豆腐涨到两块了", "一棵白菜要五块": a price; "剪成一坨": no goods of the list, nor ordered (o28)
        return match["n"] + heard[match["c"]] if named else match.group(0)

    text = _units_heard_before(text)
    if not pattern.search(text):
        return text
    read = pattern.sub(unit, text)
    for char in sorted({m["c"] for m in pattern.finditer(text)}):  # (sorted: the same reading every run) one message counts its goods alike: "红肠 我两根 同事三根"
        if any(m["c"] == char and unit(m) != m.group(0) for m in pattern.finditer(text)):
            read = pattern.sub(lambda m: m["n"] + heard[m["c"]] if m["c"] == char else m.group(0), read)
    return read


# --- words of more, of dropping out, and word order -------------------------------------------------------------------

# O25: Hakka's and Teochew's 爱 ("want") before a count of packs (``_REWORDED``; ``liked`` reads 爱 as a liking only with
# a sign of one). mend-d27: 𠊎 dropped again (one line of one file): a bare 爱 before a count of packs is no liking
# (``_BARE_LOVE``), whoever stands before it, so Hakka's "I" needs no place here.
_PACKS = "份盒箱袋斤瓶包提罐桶"
_LOVE_AS_WANT = re.compile("(?<![^\\s，,。、；;！!？?~～我俺涯])爱(?=(?:" + NUMERAL + ")[" + _PACKS + "])")

_REWORDED = (
    # "草莓逗号给我来三盒句号": voice input that spells out its punctuation
    (re.compile(r"逗号"), "，"), (re.compile(r"句号"), "。"), (re.compile(r"问号"), "？"), (re.compile(r"感叹号"), "！"),
    # "饺子阿拉勿要了", "阿拉那盒青团勿要了": Shanghai's 勿 for 不, 阿拉 for 我 before it
    (re.compile(r"勿(?=要|订|买|想要)"), "不"), (re.compile(r"阿拉格(?=[^，,。\s]{0,6}?不(?:要|订|买))"), "我的"), (re.compile(r"阿拉(?=[^，,。\s]{0,6}?不(?:要|订|买))"), "我"),
    # "车厘子❌", "我的❌❌", "❌馒头", "🚫汤圆那份": a cross beside the product or one's own order crosses it out
    (re.compile(r"(?<=[\u4e00-\u9fff])\s*(?:[\u274c\u2716\U0001F6AB]\ufe0f?)+\s*$"), "取消"),
    (re.compile(r"^\s*(?:[\u274c\u2716\U0001F6AB]\ufe0f?)+\s*(?![我俺])(?P<rest>[\u4e00-\u9fff]{1,8})\s*$"), r"\g<rest>取消"),
    # O25: Hakka's and Teochew's 爱 ("want") before a count of packs ("我爱两份", "爱三斤沙虫干", "无爱大箱 爱三份"): 要; not
    # 喜爱, 可爱, 热爱, and not before people or 个 ("我爱两个孩子"). Only at the start, after a break or after 我/俺/涯 (review:
    # "最爱两瓶…", "就爱三瓶…", "都爱两斤…" are a liking, no want)
    (_LOVE_AS_WANT, "要"),
    # "几钿一斤" (Shanghai), "几多钱一盒" (Cantonese): the price asked, in the words the readers know
    (re.compile(r"几钿|几多钱|几多銭|几蚊"), "多少钱"),
    # "鱼丸 加✌️": more by a hand's count, as "汤圆加一" is (``intents.hand_counts`` reads the fingers)
    (re.compile("(?<![再追])加(?=[\u261d\u270c\U0001F590])"), "再加"),
    # "一兜馒头", "俺要两兜": the northern word for a bag of goods, after a count
    (re.compile(r"(?<=[\d一二两俩三四五六七八九十叁肆伍陆])兜"), "袋"),
    # "追一份", "再续一份", "加购一份", "追加两盒": more on top, as 再加 says it
    (re.compile(r"加购\s*[x×*]\s*(?=\d)"), "再加"),  # "面包加购x2"
    # (not "追一单": chasing an order, a parcel's, not one more)
    (re.compile(r"再?(?:追加|追|续|加购)(?=" + NUMERAL + "[" + UNITS.replace("单", "") + r"])|再上(?=" + NUMERAL + "[" + UNITS + r"])"), "再加"),
    # "汤圆加一": one more of the product, said after it
    (re.compile(r"(?<=[\u4e00-\u9fff])(?<![一二两三四五六七八九十再])加[一1](?=\s*$)"), "再加1"),
    # "两袋额" (Shanghai 的), "两份子", "俩盒子": the unit said with its particle or its noun ending
    (re.compile(r"(?<=[" + UNITS + r"])额(?=$|[\s，,。!！~～])"), ""),
    (re.compile(r"(?<=[\d一二两俩三四五六七八九十])(?P<u>[盒袋箱])子|(?<=[\d二两俩三四五六七八九十])(?P<u2>份)子"), r"\g<u>\g<u2>"),
    # "我同我老公各一袋", "我同阿妹每人两只": 同 for 和 (southern and Cantonese), before a count each
    (re.compile(r"(?<=[我俺])同(?=[^，,。\s]{1,6}?(?:各|每人|一人))"), "和"),
    # "帮我记起两份", "给我留着一箱", "记倒三只": a verb of noting or keeping with its complement (Sichuan 起 / 倒, 着, 下, 好)
    # before the count is the verb alone (the complement was taken for the product, which the open product's name refused)
    (re.compile(r"(?<=[记写])(?:起|倒|着|下|好)(?=\s*(?:" + NUMERAL + ")[" + UNITS + r"])"), "上"),
    (re.compile(r"(?<=留)(?:起|倒|着|下|好|上)(?=\s*(?:" + NUMERAL + ")[" + UNITS + r"])"), ""),
    # "我这儿三份": where she is, then her count
    (re.compile(r"(?<=[我俺])(?:这儿|这边|这里)(?=[\d一二两俩三四五六七八九十])"), ""),
    # "我嘞个就不要了" (Sichuan 的那个), said before dropping or keeping it
    (re.compile(r"(?<=[我俺])嘞个(?=就|也|不要|取消|先)"), "的那个"),
    # "❌我的鸡蛋", "🚫我的汤圆", "🙅‍♀️我的鸡蛋": a cross, a no-entry sign or a no gesture before one's own order crosses it out
    (re.compile(r"^\s*(?:[\u274c\u2716\U0001F6AB]|\U0001F645[\U0001F3FB-\U0001F3FF]?(?:\u200d[\u2640\u2642])?)\ufe0f?\s*(?=我|俺)"), "取消"),
    # "我鸽了", "饺子我鸽了 抱歉哈": letting the order down is dropping it
    (re.compile(r"(?<=[我的份])鸽了"), "不要了"),
    (re.compile(r"(?<=我)退团"), "不要了"),
    (re.compile(r"莫要了"), "不要了"),
    # "一箱就一箱", "要一袋就是那个一袋", "两盒吧就两盒": the count said again to stress it, meant once
    (re.compile(r"(?<![\d一二两俩三四五六七八九十])(?P<c>(?:" + NUMERAL + ")[" + UNITS + r"])[吧啊呀哈嘛]*[，,\s]?(?:就|就是|就要|只要)(?:那个)?(?P=c)(?!了)"), r"\g<c>"),
    # "不要多了", "别给我多了", "多了吃不完": no more than the count said, not less nor a cancel
    (re.compile(r"(?P<u>[" + UNITS + r"])[吧啊呀哈嘛]*[，,\s]?[啊呀吧]?(?:不要多了|别(?:给我)?多了|多了(?:也|我也)?(?:吃不完|吃不了|扛不动|拿不动|放不下|用不完|喝不完))"), r"\g<u>"),
    # "猪肝来一公斤", "鸡翅中两公斤": the kilogram counted as the jin is, by the count said
    (re.compile(r"(?P<n>(?<![\d.])[1-9]|(?<![一二两俩三四五六七八九十])[一二两俩三四五六七八九十])\s?(?:公斤|千克)(?!\s*[\d一二两俩三四五六七八九十])"),
     r"\g<n>斤"),  # (not "25公斤 来一袋": a size)
    # "加单 +1", "加单两份": one's order added to by the count after it (O16; not "还能加单吗": asked)
    (re.compile(r"^\s*加单[\s，,]*(?=[+＋➕]?\s*(?:" + NUMERAL + "))"), "再加"),
    # "改一哈", "帮我看一哈": the southwest's 一哈 for 一下 (a moment), no count of one (O16)
    (re.compile(r"(?<=[\u4e00-\u9fff])一哈(?![哈密])"), "一下"),
    # "把两份我", "把一袋我": Anhui's 把 for 给, the count before the one it is given to (as the Cantonese order below)
    (re.compile(r"^把(?P<count>" + NUMERAL + "[" + UNITS + r"])(?P<who>[我俺])"), r"给\g<who>\g<count>"),
    # "畀两盒我", "给两份我": Cantonese word order, the count before the one it is given to
    (re.compile(r"[给畀俾](?P<count>" + NUMERAL + "[" + UNITS + r"])(?P<who>[我俺])"), r"给\g<who>\g<count>"),
)


# An emoji between two words ends a clause, as voice input's pause or a comma would ("祝大家中秋快乐🥮我要三盒");
# a hand or keycap is a count, not a pause (``intents.hand_counts``).
_PICTURE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])(?:[\U0001F300-\U0001F58F\U0001F591-\U0001FAFF\u2600-\u261c\u261e-\u270b\u270d-\u2775\u2794-\u27bf\u2b50]"
                            r"[\ufe0f\U0001F3FB-\U0001F3FF\u200d]*)+(?=[\u4e00-\u9fff])")


# --- counts typed in English or in styled digits (O12) ---------------------------------------------------------------

# Office members type the count and the unit in English ("two boxes", "3 portions", "1 pax", "牛奶 two 箱", "keep 一份给我").
_ENGLISH_COUNT = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                  "nine": "9", "ten": "10"}
_ENGLISH_UNIT = {"box": "盒", "boxes": "盒", "case": "箱", "cases": "箱", "carton": "箱", "cartons": "箱", "pc": "个", "pcs": "个",
                 "piece": "个", "pieces": "个", "pax": "份", "portion": "份", "portions": "份", "serving": "份", "servings": "份",
                 "order": "份", "orders": "份", "bottle": "瓶", "bottles": "瓶", "bag": "袋", "bags": "袋", "cup": "杯", "cups": "杯",
                 "set": "套", "sets": "套", "pack": "包", "packs": "包", "packet": "包", "packets": "包"}
_EN_NUMBER = r"(?:\d{1,3}|" + "|".join(k for k in _ENGLISH_COUNT if len(k) > 2) + ")"
_EN_COUNT_UNIT = re.compile(r"(?<![a-z])(?P<n>" + _EN_NUMBER + r")\s*(?P<u>" + "|".join(sorted(_ENGLISH_UNIT, key=len, reverse=True))
                            + r")(?![a-z])", re.IGNORECASE)
_EN_COUNT_CJK = re.compile(r"(?<![a-z])(?P<n>" + "|".join(k for k in _ENGLISH_COUNT if len(k) > 2) + r")(?![a-z])\s*(?=[" + UNITS + r"\u4e00-\u9fff])",
                           re.IGNORECASE)
_EN_VERB = re.compile(r"(?<![a-z])(?:keep|book|reserve|order)(?![a-z])\s*(?=\d|[一两二三四五六七八九十]|" + _EN_NUMBER + ")", re.IGNORECASE)
# Digits drawn in circles or as Roman numerals ("猪脚饭 ❷", "我要Ⅱ袋", "汤圆 Ⅲ 份"): the digit.
_STYLED = {**{chr(0x2776 + i): str(i + 1) for i in range(9)}, **{chr(0x2780 + i): str(i + 1) for i in range(9)},
           **{chr(0x278A + i): str(i + 1) for i in range(9)}, **{chr(0x24F5 + i): str(i + 1) for i in range(9)}}
_ROMAN = {"Ⅰ": "1", "Ⅱ": "2", "Ⅲ": "3", "Ⅳ": "4", "Ⅴ": "5", "Ⅵ": "6", "Ⅶ": "7", "Ⅷ": "8", "Ⅸ": "9",
          "ⅰ": "1", "ⅱ": "2", "ⅲ": "3", "ⅳ": "4", "ⅴ": "5", "ⅵ": "6", "ⅶ": "7", "ⅷ": "8", "ⅸ": "9"}
_ROMAN_COUNT = re.compile("(?P<r>[" + "".join(_ROMAN) + r"])\s*(?=[" + UNITS + "])")


def counts_in_words(text: str) -> str:
    """``text`` with a count typed in English words or units, or in styled digits, written as the readers know it."""
    text = "".join(_STYLED.get(char, char) for char in text)
    text = _ROMAN_COUNT.sub(lambda m: _ROMAN[m["r"]], text)
    if not re.search("[a-zA-Z]", text):
        return text
    text = _EN_VERB.sub("订", text)
    text = _EN_COUNT_UNIT.sub(lambda m: _ENGLISH_COUNT.get(m["n"].lower(), m["n"]) + _ENGLISH_UNIT[m["u"].lower()], text)
    return _EN_COUNT_CJK.sub(lambda m: _ENGLISH_COUNT[m["n"].lower()], text)


# Classifiers goods are counted in that the shared list (``numbers.UNITS``, an input of the learned score) lacks, read as
# the unit they stand for wherever a count comes before them (O13): 茶饼两筒 · 一筒茶饼 · 汤包两笼 · 我要三筒 (桶 sounds
# the same; a steamer's 笼 is a portion). At a clause's end only, 筒 was heard as 桶 (``_UNIT_SOUNDS``): "我要三筒茶饼",
# "茶饼一筒加米粉一袋" read nothing or one.
_CLASSIFIERS = re.compile(r"(?P<n>" + NUMERAL + r")\s?(?P<c>[筒笼])")
_CLASSIFIER_AS = {"筒": "桶", "笼": "份"}


# "再➕一份": the plus sign after 再 is the word 加 (O14; before the pictures are cut, ➕ among them)
_PLUS_AGAIN = re.compile("(?<=再)\\s*[\u2795\uff0b+](?=\\s*(?:" + NUMERAL + "))")


# O25: the goods and their count said twice, back to back, as voice input and a poor line make members repeat an order
# ("香菇要两斤香菇两斤", "那个柚子一箱，柚子一箱啊", "腊肉两块腊肉两块听见没"): one order, not a list of two. The same goods'
# words (two to four characters) and the same count; other goods ("腊肠一斤腊肉一斤") or another count are a list. Not a step or
# her act said twice ("再加一箱啊再加一箱": the change readers read their own repeats). The first name starts at the start, a
# break, 个, 的 or 要/来 (review: "土鸡蛋两盒 鸡蛋两盒" is two goods, the second the first's tail).
_GOODS_SAID_TWICE = re.compile(r"(?<![^\s，,。、；;：:！!？?~～个的要来])(?P<g>(?:(?![再还加减少多要来给我俺你他她])[\u4e00-\u9fff]){2,4})(?P<v>要|来)?(?P<q>" + NUMERAL + "[" + UNITS + r"])"
                               r"[，,。、\s啊吧呀哦嘛呢哈]{0,4}(?P=g)(?:要|来)?(?P=q)")


# A liking before a count — one table for the asks (N27) and the sure readings' check (d26, ``order_checks.liked``; d27:
# once ``_LIKED_COUNT`` here and ``order_checks._LIKED`` there): 爱 or 喜欢, with its 吃/喝, right before a count, where
# ``_LOVE_AS_WANT`` does not read 爱 as "want" ("可爱两份", "我爱两个孩子", "最爱三斤小龙虾下酒").
# mend-d27: 爱 alone before a count of packs is no liking, whoever says it: in Hakka and Teochew speech it is "want" after
# kin, 还, 再 or 一共 as after 我 (fiftythird, ninetyeighth, sixtyfifth, thirtyfourth, seventyfifth: every such train/dev
# line an order or a change, none a liking). A liking shows itself: a degree word before 爱 (d26's 最, 就, 偏, 特别, 超, 真,
# 好, with 很, 可, and O25's review's 都), or 吃/喝 after it (seventyeighth, sixtysixth, ninth, seventyseventh, hundredth). Before people or 个
# ("我爱两个孩子") 爱 stays a liking to the asks, as N27 had it.
_LIKING = re.compile(r"(?P<deg>(?:最|就|都|偏|特别|超|真|好|很|可)?)(?P<v>爱|喜欢)(?P<eat>(?:吃|喝)?)(?P<gap>\s*)(?P<n>" + NUMERAL + r")(?P<u>[" + UNITS + r"])?")
_NO_GOODS_AFTER = re.compile(r"[^\u4e00-\u9fff]|[" + PARTICLES + r"]")


def _bare_love(match: re.Match) -> bool:
    """爱 with no sign of a liking (no degree word before it, no 吃/喝 after it) before a count of packs: her want."""
    return match["v"] == "爱" and not match["deg"] and not match["eat"] and bool(match["u"]) and match["u"] in _PACKS


def liked(text: str, goods_after: bool = False) -> list[re.Match]:
    """Every liking right before a count (爱 not read as want, 喜欢): no order to ask about. ``goods_after``: only those
    whose count is said straight after it, in a unit, with the goods after the count in its clause ("最爱三斤小龙虾下酒"):
    a liking told whatever is read (mend-d26: "我孙子最爱吃 四包", "儿子爱吃三盒吧" order, the liking their reason)."""
    found = [m for m in _LIKING.finditer(text) if not _LOVE_AS_WANT.match(text, m.start("v")) and not _bare_love(m)]
    if goods_after:
        found = [m for m in found if not m["gap"] and m["u"] and m.end() < len(text) and not _NO_GOODS_AFTER.match(text, m.end())]
    return found


def liked_count(text: str) -> bool:
    """Whether a count follows a liking rather than an order's verb (``liked``)."""
    return bool(liked(text))


def as_typed(text: str) -> str:
    """``text`` with the order words typed in pinyin, by sound or in other words written as the readers know them."""
    text = _PICTURE_BREAK.sub("，", _pinyin(counts_in_words(_PLUS_AGAIN.sub("加", text))))
    text = _CLASSIFIERS.sub(lambda m: m["n"] + _CLASSIFIER_AS[m["c"]], text)
    for pattern, word in _heard():
        text = pattern.sub(word, text)
    text = _units_heard(text)
    for pattern, word in _REWORDED:
        text = pattern.sub(word, text)
    return _GOODS_SAID_TWICE.sub(r"\g<g>\g<v>\g<q>", text)  # "香菇要两斤香菇两斤": one order said twice (O25)
