"""Greetings and polite words wrapped around what a member wants, and the plain form of a message.

"大家早上好！签到" and "签到，大家早上好" both sign in; "我要两份，谢谢" orders two. ``clauses``
gives a message's clauses in plain form (folded width, case and script, emoji and decoration
gone, split at punctuation) with the clauses that are only greetings or thanks left out.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.pinyin import sounds
from bot.text import forms, strip_leading_mentions

# Whole clauses that are courtesy only ("谢谢群主", "大家早上好", "辛苦了").
_GREETINGS = ("大家早上好", "大家上午好", "大家中午好", "大家下午好", "大家晚上好", "大家好", "各位早上好", "各位好",
              "早上好", "上午好", "中午好", "下午好", "晚上好", "早安", "午安", "晚安", "早啊", "早呀", "早鸭", "早", "早早",
              "群主好", "店长好", "老板好", "姐妹们好", "亲们好", "你好", "您好", "侬好", "你们好", "哈喽", "hello", "hi", "嗨",
              "新的一天", "美好的一天", "开心的一天", "新的一周", "周一好", "周末好", "早上好呀", "早安呀",
              "大家早", "各位早", "姐妹们早", "早上好大家", "早安大家")
_THANKS = ("谢谢", "谢谢你", "谢谢您", "谢谢群主", "谢谢店长", "谢谢老板", "谢谢亲", "谢啦", "谢了", "多谢", "感谢",
           "辛苦了", "辛苦", "辛苦啦", "麻烦了", "麻烦啦", "麻烦你了", "麻烦您了", "麻烦", "麻烦你", "麻烦您", "有劳", "爱你", "比心", "好的",
           "好嘞", "好滴", "收到", "哈哈", "哈哈哈", "嘿嘿", "嘻嘻", "呵呵", "嗯嗯", "嗯", "哦", "噢", "okay", "ok", "亲",
           "亲们", "群主", "店长", "老板", "姐妹们", "宝子们", "家人们", "各位", "大家", "不好意思", "抱歉", "对不起", "请", "sorry", "sry", "唔该", "唔好意思", "thanks", "thx")
_COURTESY = frozenset(_GREETINGS + _THANKS)
PARTICLES = _PARTICLES = "啦了呀吧哦喔嘛咯啊哈么噢哟呐嘞捏咧噻撒哇勒呢哒呗滴诶欸"  # o32: 诶, 欸 ("我也想要诶")
# Voice input talking to the phone, not to the group: "喂喂我要两份汤圆听到没有", "喂签到签到听得见吗".
VOICE_CHECK = r"(?:能|你们)?听(?:得|的)?(?:见|到|清)(?:了)?(?:吗|没有?|不)"
# Voice input and chat punctuation that separates clauses (spaces do not: "鸡蛋 2份" is one clause).
# Voice input reading its punctuation aloud ("采摘逗号我和我姐逗号两个人句号"): the marks it names.
SPOKEN_MARKS = ((re.compile("逗号"), "，"), (re.compile("句号"), "。"), (re.compile("问号"), "？"), (re.compile("感叹号"), "！"))
BREAK = re.compile(r"[,.!?;:，。！？；：、~～…\n]+")
# Where a space does: between two words (not before a count: "鸡蛋 2份" is one clause) ends a clause as a comma
# would: phone typists and voice input leave spaces where a writer puts commas.
SPACE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_DECORATION = re.compile(r"[\s\u2005\u200b-\u200d\ufe0f\"'“”‘’「」『』【】《》()（）\[\]<>#^_|\\/`]+")


@lru_cache(maxsize=1024)
def plain(text: str) -> str:
    """NFKC, casefold, simplified script, leading @-mentions off, emoji and pictographs gone
    (WeChat's "[玫瑰]" too; "➕" is a plus, "➖" a minus: "月饼➖1" takes one back)."""
    text = _WECHAT_EMOJI.sub(" ", text.replace("➕", "+").replace("➖", "-"))
    folded = forms(strip_leading_mentions(text)).folded
    if not _MAYBE_PICTURE.search(folded):  # most chat: Han, letters, digits, punctuation only
        return folded
    return "".join(ch for ch in folded if not _is_picture(ch))


# Characters never a picture (categories Lo, Ll, Nd, Zs, Po...): a text of only these keeps all.
_MAYBE_PICTURE = re.compile(r"[^\u4e00-\u9fff\u3400-\u4dbf0-9a-z\s,.!?;:'\"()\-+*/%&@#=<>，。！？；：、“”‘’（）《》【】…~～·]")


_WECHAT_EMOJI = re.compile(r"\[[^\[\]\d]{1,4}\]")
# A quoted reply as WeChat sends it: 「name：quoted text」, a dashed line, then the reply.
_QUOTE = re.compile(r"^\s*「[^」]*」\s*\n[-\s]*\n", re.S)


def unquote(text: str) -> str:
    """The reply without the message it quotes."""
    return _QUOTE.sub("", text, count=1)


def _is_picture(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk", "Cs", "Co", "Me") or 0x1F000 <= ord(ch) <= 0x1FAFF


def squeeze(clause: str) -> str:
    """A clause without spaces and decoration: '鸡蛋 2 份' -> '鸡蛋2份'."""
    return _DECORATION.sub("", clause)


def is_courtesy(clause: str) -> bool:
    """Only a greeting, thanks or a form of address: '大家早上好', '谢谢群主', '辛苦啦'."""
    bare = clause.rstrip(_PARTICLES) or clause
    if bare in _COURTESY:
        return True
    # "谢谢群主辛苦了", "早上好各位": two courtesy words in a row
    return any(bare.startswith(w) and (bare[len(w):].rstrip(_PARTICLES) in _COURTESY) for w in _COURTESY)


def clauses(text: str) -> list[str]:
    """The clauses of a message that say something: plain, squeezed, courtesy clauses left out."""
    parts = [squeeze(part) for part in BREAK.split(plain(text))]
    return [part for part in parts if part and not is_courtesy(part)]


def strip_particles(clause: str) -> str:
    """Trailing particles off ('打卡啦' -> '打卡'), but not the 了 of '去不了'."""
    while len(clause) > 1 and clause[-1] in _PARTICLES and not clause.endswith("不了"):
        clause = clause[:-1]
    return clause


# Laughter and one-character words stay: "哈哈哈x2" is a laugh, not an order.
_BY_LENGTH = sorted((w for w in _COURTESY if len(w) > 1 and w[0] not in "哈嘿呵嗯"), key=len, reverse=True)


def trim_courtesy(clause: str) -> str:
    """Greetings and thanks at either end of a clause off: '早安打卡' -> '打卡', '两份谢谢' -> '两份'."""
    for _ in range(3):
        before = clause
        clause = strip_particles(clause)
        if is_courtesy(clause):  # all courtesy: "大家早上好" is not "大家早" + "上好"
            break
        clause = next((clause[len(w):] for w in _BY_LENGTH if clause.startswith(w) and len(clause) > len(w)), clause)
        clause = next((clause[:-len(w)] for w in _BY_LENGTH if clause.endswith(w) and len(clause) > len(w)), clause)
        if clause == before:
            break
    return clause


# Greetings, thanks and forms of address as they run together in voice input ("亲爱的家人们早上好").
_COURTESY_ANYWHERE = re.compile("|".join(sorted({w for w in _COURTESY if len(w) > 1} | {
    "亲爱的", "群里的", "朋友们", "邻居们", "老师们", "家人们", "宝子们", "姐妹们", "老铁们", "早早"}, key=len, reverse=True)))


def without_courtesy(words: str) -> str:
    """Every greeting, thanks and form of address of two characters or more out, wherever it is:
    '大家早上好今天星期四我来' -> '今天星期四我来'."""
    return _COURTESY_ANYWHERE.sub("", words)


def heard_as(clause: str, words: tuple[str, ...]) -> str:
    """Homophones of ``words`` written as the words (voice input and pinyin typing): '千到' and '签道'
    become '签到', '取笑' becomes '取消'. Sounds are one character per character, so spans line up."""
    heard = sounds(clause)
    for word in words:
        target, start = sounds(word), 0
        while (at := heard.find(target, start)) >= 0:
            clause = clause[:at] + word + clause[at + len(word):]
            start = at + len(word)
    return clause
