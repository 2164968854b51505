"""(e34b) Sign-up words that belong elsewhere, or say something else than a sign-up. Pure; ``bot.handlers.activity``
acts on them with the open event's title.

- Another event named before the sign-up ("剧本杀报名！我和室友两个" with 读书会 open): never booked into the open one.
- A friend's offer of something else just above ("谁去看跨年演唱会 我多一张票" — "我我我 算我一个"): her answer is the
  friend's, no sign-up.
- Her party only wished, beside a question ("我爸妈也想去 老年人走得动吗"): asked once, never booked.
- She says she never signed up ("算了 不去了 没报名哈"): no "您还没有报名" told back.
- A change announced, the reason between, the party last ("改一下 老大要上补习班 三个人"): the last clause is the party.
"""
from __future__ import annotations

import re

from bot.text import normalize

SAID = 60  # characters at most: a longer message is read by the other readers alone

# What may stand before 报名 and name nothing: who, when, fillers ("我也报名", "周六报名", "赶紧报名", "那就报名吧").
_NO_THING = re.compile(r"[我俺咱你您他她们也都就要想先来帮给替快赶紧马上立刻现在再还那这的了吧啊呀哈嘛呢一起个家全人请麻烦]|"
                       r"今天|明天|后天|今晚|明晚|周[一二三四五六日天末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|"
                       r"上午|下午|晚上|早上|中午|活动|亲子|大人|小孩|老公|老婆|老伴|孩子|娃|宝宝|闺女|儿子|女儿|朋友|同事|室友|同学")
# The thing named at the start, then the sign-up: "剧本杀报名", "剧本杀的报个名", "瑜伽课我报名".
_TOPIC_FIRST = re.compile(r"^(?P<topic>[\u4e00-\u9fff]{2,8}?)的?(?:我们?|俺)?(?:也|就|先)?(?:报名|报个名|报一个名)")


def _shares_title(words: str, title: str) -> bool:
    plain = normalize(title)
    return any(plain[i:i + 2] in words for i in range(len(plain) - 1))


def another_event_named(text: str, title: str) -> str | None:
    """The other event a sign-up names first, not the open event ``title`` (two of its characters in a row name it)."""
    folded = normalize(text)
    if len(folded) > SAID or (found := _TOPIC_FIRST.match(folded)) is None:
        return None
    topic = found["topic"]
    if re.search(r"[我俺咱你您他她]|可能|也许|应该|大概|估计", topic):
        return None  # "我周六可能报名": she and her doubt before it, no thing named
    if len(_NO_THING.sub("", topic)) < 2 or _shares_title(topic, title):
        return None
    return topic


# A friend offering something to anyone: "谁去看演唱会", "谁要票", "有人一起去爬山吗", "谁想去 我多一张票".
_OFFER = re.compile(r"谁(?:想|要|还)?(?:去|一起|跟我|和我|要)|有(?:没有)?人(?:想|要)?(?:一起|去|要)|多(?:一|出)(?:张|个)(?:票|位|名额)")
_HELD = re.compile(r"票|演唱会|音乐会|电影|球赛|比赛|聚餐|饭局|火锅|烧烤|爬山|旅游|马拉松|剧本杀|密室|KTV|唱歌|打球|麻将|喝酒|奶茶|拼单")


def offer_elsewhere(said: str, title: str) -> bool:
    """Whether a friend's message ``said`` offers anyone something that is not the open event ``title``."""
    folded = normalize(said)
    if len(folded) > SAID or not _OFFER.search(folded) or "报名" in folded:
        return False
    held = _HELD.search(folded)
    return held is not None and held.group() not in normalize(title)


_WISH = re.compile(r"想|打算|准备|计划|考虑")


def only_wished(party: str) -> bool:
    """Whether the party told beside a question is only wished ("我爸妈也想去"), not said to come."""
    return bool(_WISH.search(party))


# "没报名哈", "我还没报", "本来就没报上": she tells she is not on the list; "我没报名吗？" asks it.
_UNSIGNED = re.compile(r"(?:没|没有|还没|未|冇|没得)(?:报名|报上|报)(?![^，,。！!\s]{0,3}(?:吗|么|嘛|[?？]))")


def says_unsigned(text: str) -> bool:
    """Whether she says she has not signed up (so "您还没有报名" tells her nothing)."""
    return bool(_UNSIGNED.search(normalize(text)))


# "改一下", "改下", "更正一下", "修改一下", "纠正下" first: a change of her sign-up announced; the party comes last.
_CHANGE_FIRST = re.compile(r"^(?:那|麻烦)?(?:改一下|改下|更改一下|更正一下|更正|修改一下|修改下|纠正一下|纠正下)(?:报名|人数)?[\s,，。:：]+")
_CLAUSES = re.compile(r"[\s,，。.!！?？~～、；;]+")


def party_after_change(text: str) -> str | None:
    """The last clause of a change announced ("改一下 老大要上补习班 三个人" → "三个人"); None when it is no change."""
    said = text.strip()
    if len(said) > SAID or (found := _CHANGE_FIRST.match(said)) is None:
        return None
    clauses = [c for c in _CLAUSES.split(said[found.end():]) if c]
    return clauses[-1] if len(clauses) >= 2 else None
