"""Chat typed in pinyin, read as the words it spells: "wo lai qiandao" 我来签到, "baoming yige" 报名一个,
"wo he laogong baoming" 我和老公报名, "wo yao yi he" 我要一盒. One lexicon for every reader of pinyin: the group's everyday words (``WORDS``), read
by the sign-up and sign-in readers (``spelled_out``), and the words of an order (``ORDER_WORDS``), read with the everyday
ones it needs by the order layer (``bot.language.order_words``, syllable by syllable: ``bot.pinyin.syllables``).

Members without a Chinese keyboard at hand (a new phone, a broken input method, a grandchild's tablet) type the
sounds. ``spelled_out`` turns runs of letters into characters when every letter word, cut into the words of the
lexicon (longest first: "yige" 一个, "laogong" 老公), is one of them; any other letters ("ok", "day5", an English word,
a name) leave the text as typed, so nothing is guessed from a spelling it may not be. A word read otherwise in a
reader's context (八 or 吧 for "ba", 盒 after a count for "he") is that reader's choice, not the lexicon's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.pinyin import MAX_LETTERS

# The everyday words of a store group, by their toneless pinyin: who, going, signing in and up, greetings, counts.
WORDS = {
    "wo": "我", "women": "我们", "ni": "你", "nimen": "你们", "ta": "他", "dajia": "大家", "ziji": "自己",
    "he": "和", "bu": "不", "gen": "跟", "dai": "带", "haiyou": "还有", "yiqi": "一起", "ye": "也", "dou": "都", "jiu": "就",
    "laogong": "老公", "laopo": "老婆", "haizi": "孩子", "wa": "娃", "baobao": "宝宝", "erzi": "儿子", "nver": "女儿",
    "nuer": "女儿", "mama": "妈妈", "baba": "爸爸", "wama": "我妈", "laoban": "老伴", "laoren": "老人", "pengyou": "朋友",
    "jiaren": "家人", "yijia": "一家", "quanjia": "全家", "kou": "口",
    "lai": "来", "qu": "去", "canjia": "参加", "baoming": "报名", "bao": "报", "ming": "名", "quxiao": "取消",
    "qiandao": "签到", "qian": "签", "dao": "到", "daka": "打卡", "da": "打", "ka": "卡", "baodao": "报到",
    "ge": "个", "ren": "人", "wei": "位", "yige": "一个", "liangge": "两个", "sange": "三个",
    "yi": "一", "liang": "两", "er": "二", "san": "三", "si": "四", "wu": "五", "liu": "六", "qi": "七",
    "shi": "十", "xiao": "小",
    "zao": "早", "zaoan": "早安", "zaoshang": "早上", "shangwu": "上午", "zhongwu": "中午", "xiawu": "下午",
    "wanshang": "晚上", "hao": "好", "an": "安", "jintian": "今天", "mingtian": "明天", "xie": "谢", "xiexie": "谢谢",
    "le": "了", "la": "啦", "a": "啊", "ya": "呀", "o": "哦", "ba": "吧", "haha": "哈哈", "xia": "下", "yixia": "一下",
}
# Words of wanting, changing and the commonest goods, read only in an order (``order_words``, with the everyday words it
# needs): the sign-up and sign-in readers leave them as typed, so an order in pinyin ("niunai quxiao") is no cancel there.
ORDER_WORDS = {
    "yao": "要", "buyao": "不要", "zai": "再", "jia": "加", "shao": "少", "jian": "减", "gai": "改", "cheng": "成",
    "gaicheng": "改成", "de": "的", "gei": "给", "ding": "订", "hai": "还", "mai": "买", "ma": "吗", "ne": "呢", "ti": "提",
    "ziti": "自提", "buhaoyisi": "不好意思",
    "cai": "菜", "mi": "米", "tangyuan": "汤圆", "jidan": "鸡蛋", "jiaozi": "饺子", "xiaomi": "小米", "dami": "大米",
    "caomei": "草莓", "hongzao": "红枣", "dazao": "大枣", "niunai": "牛奶", "chengzi": "橙子", "qingcai": "青菜",
    "shucai": "蔬菜", "pingguo": "苹果",
}
# English words of plans and things that are no goods, typed amid Chinese ("下午的meeting cancel了"): never a spelling of
# sounds, though some cut into syllables ("me e ting"); ``order_changes`` reads them as what a cancel drops (C20).
OTHER_THINGS_ENGLISH = ("meeting", "project", "class", "appointment", "flight", "party")
_LETTERS = re.compile(r"[a-z]+")
LETTER_RUN = re.compile(r"[a-z]+(?:\s+[a-z]+)*")  # words of letters typed apart: one phrase in characters


@lru_cache(maxsize=4096)
def _cut(word: str, words: frozenset[str]) -> tuple[str, ...] | None:
    """A letter word cut into lexicon words, the longest first at each step (with backtracking); None if none fits."""
    if not word:
        return ()
    for end in range(min(len(word), 9), 0, -1):
        if word[:end] in words and (rest := _cut(word[end:], words)) is not None:
            return (word[:end], *rest)
    return None


def spelled_out(text: str, extra: dict[str, str] | None = None) -> str:
    """``text`` with its pinyin read as characters, when every word of letters is spelled of lexicon words (``WORDS``
    and ``extra``); else ``text`` as it was."""
    table = {**WORDS, **(extra or {})}
    keys = frozenset(table)
    runs = [[w for w in _LETTERS.findall(run) if w not in _ENGLISH] for run in LETTER_RUN.findall(text.lower())]
    if not any(runs) or any(words and (len(joined := "".join(words)) > MAX_LETTERS or _cut(joined, keys) is None)
                            for words in runs):
        return text  # a run is cut whole: "hong bei ke" 烘焙课 (the syllables of one word typed apart)
    spelled = LETTER_RUN.sub(lambda run: _spelled_run(run.group(), keys, table), text.lower())
    return _DIGIT_SPACE.sub("", spelled)  # "讲座报名 2 人": the count with its words


def _spelled_run(run: str, keys: frozenset[str], table: dict[str, str]) -> str:
    out, words = [], []
    for word in _LETTERS.findall(run) + [""]:
        if word in _ENGLISH or not word:
            out.append("".join(table[piece] for piece in _cut("".join(words), keys) or ()))
            out.append(f" {word} " if word else "")
            words = []
        else:
            words.append(word)
    return "".join(out)


_DIGIT_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=\d)|(?<=\d)\s+(?=[\u4e00-\u9fff])")


# English courtesy typed beside pinyin, kept as it is: "bm取消哈 sorry", "qiandao ok".
_ENGLISH = frozenset(("ok", "okay", "sorry", "sry", "thx", "thanks", "hi", "hello", "day", "ing"))
