"""A region's words that more than one reader folds, decided once (d27).

Each reader kept its own table of regional words, and they disagreed: Wu 侬 was "you" before a sign-in act only
(``signins``), "you" everywhere (``signups``, ``signup_changes``), "you" the shop (``bot/content/spoken_words.txt``: 你们)
and the member herself (``intent_model``'s "hers" words, beside 我, 俺, 阿拉). The corpus's train and dev lines decide:
侬 is "you" in 30-odd files of Wu speech ("侬帮我看看", "谢谢侬", "小红侬打过卡了伐"), never the member alone; right after
我 it is not "you" either — Min's 我侬 is "I" ("我侬想订三袋", hundredfirst, eightythird) and Hainan's is "my child" ("我带我侬
一起来", hundredeighth) — so there it is left as typed. The question reader's ``spoken_words.txt`` reads the same 侬 as 你们, the shop
spoken to: the same "you" in that reader's words.
"""
from __future__ import annotations

# Wu 侬, "you"; not 我侬 (Min "I", Hainan "my child").
YOU = r"(?<!我)侬"

# V28: "my" as regions say it — Wu 我个 and 阿拉个/阿拉格, Cantonese 我嘅 and 我嗰, the north-west's 额的 and 额那 — in
# cancels of her own ("我个那盒勿要了", "我嗰盒唔要住", "额的那箱不要咧"): train and dev cancels of 5 to 19 files each
# (阿拉个/格: 3).
# Not before kin or the body (我个女, 我个孙, 我个脚痛: "my daughter", "my foot"), which say whose, not which order.
MY = r"(?:我|阿拉)[个格](?![女仔孙囡儿新老脚腰心头])|我[嘅嗰]|额(?:的|那)"
