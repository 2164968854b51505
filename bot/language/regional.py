"""A region's words that more than one reader folds, decided once (d27).

Each reader kept its own table of regional words, and they disagreed: Wu 侬 was "you" before a sign-in act only
(``signins``), "you" everywhere (``signups``, ``signup_changes``), "you" the shop (``bot/content/spoken_words.txt``: 你们)
and the member herself (``intent_model``'s "hers" words, beside 我, 俺, 阿拉). The corpus's train and dev lines decide:
侬 is "you" in 30-odd files of Wu speech ("侬帮我看看", "谢谢侬", "小红侬打过卡了伐"), never the member alone; right after
我 it is not "you" either — Min's 我侬 is "I" ("我侬想订三袋", hundredfirst, eightythird) and Hainan's is "my child" ("我带我侬
一起来", hundredeighth) — so there it is left as typed. The question reader's ``spoken_words.txt`` reads the same 侬 as 你们, the shop
spoken to: the same "you" in that reader's words, and not after 我 either (d28: ``bot.questions.spoken`` reads ``YOU``).

Hakka 𠊎 is "I" and nothing else (fortysecond, sixtyfifth, seventyfifth, hundredsecond: "𠊎屋下", "𠊎同老伴", "𠊎要…"): the
order readers (``people.first_person_folded``, d28) and the sign-up changes' folds read it as 我.
"""
from __future__ import annotations

import re

from bot.text import normalize

# Wu 侬, "you"; not 我侬 (Min "I", Hainan "my child").
YOU = r"(?<!我)侬"

# Hakka 𠊎, "I" (d28).
I = "𠊎"

# "We" in a region's words (d28: one table for ``signup_changes`` and ``signup_parties``; ``signups`` keeps its narrower 阿拉):
# the north-west's 额们, the north's 俺们, Cantonese 我哋, Wu 伲 and 阿拉 — but 阿拉 right before kin is "my" (阿拉囡囡, 阿拉老头子,
# 阿拉姆妈: one person, not "we").
WE = r"额们|俺们|我哋|伲|阿拉(?![\u4e00-\u9fff]?(?:囡|儿|女|老|姆|爸|妈|孙))"

# V28: "my" as regions say it — Wu 我个 and 阿拉个/阿拉格, Cantonese 我嘅 and 我嗰, the north-west's 额的 and 额那 — in
# cancels of her own ("我个那盒勿要了", "我嗰盒唔要住", "额的那箱不要咧"): train and dev cancels of 5 to 19 files each
# (阿拉个/格: 3).
# Not before kin or the body (我个女, 我个孙, 我个脚痛: "my daughter", "my foot"), which say whose, not which order.
MY = r"(?:我|阿拉)[个格](?![女仔孙囡儿新老脚腰心头])|我[嘅嗰]|额(?:的|那)"


# (y34) Cantonese and south-western 好多 is "how many" (好多积分 = 多少积分), Mandarin's 好多 "a lot": read as asking only in
# a question's shape, else left as typed. A value that is no amount, then 好多 ("券码是好多", "号码是好多": a code cannot be
# "a lot"); or 好多 last with only particles after, on a count ("我积分好多了", "我现在好多积分", "波哥有好多积分哦").
# Never 好多好多, never after a degree word (真好多, 太好多), never with words after it ("我积分好多了 开心": glad), never
# of people or things ("今天人好多": no count of hers).
_VALUE_HOW_MANY = re.compile(r"(?:券码|号码|编号|码|价格|价钱)(?:是|有)?好多(?!好多)")
_COUNT_HOW_MANY = re.compile(r"(?<![真太好这那很了])(?:(?:积分|分)(?:还|都|还有|有|剩|是)?好多(?!好多)|(?<!好多)好多(?:积分|分|份|张))"
                             r"[了呢啊哦嘛呀哈]*[?？]*$")


def how_many_asked(text: str) -> str:
    """``text`` normalised, with a 好多 that asks "how many" read as 多少; an exclamation ("我积分好多了！") is glad, not asking."""
    words = normalize(text)
    if "好多" not in words or "!" in text or "！" in text:
        return words
    for pattern in (_VALUE_HOW_MANY, _COUNT_HOW_MANY):
        if (found := pattern.search(words)) is not None:
            return words[:found.start()] + found.group().replace("好多", "多少", 1) + words[found.end():]
    return words
