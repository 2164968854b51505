"""(G31) What a member asks of the group's open event without naming it: "几点开始啊", "什么时候开始呀", "哪天开始". Pure:
the handler (``bot.handlers.questions``) answers it with the event's own start time when one is open, else as before.
"""
from __future__ import annotations

import re

from bot.text import normalize

# When something starts, asked: "几点开始", "啥时候开始呀", "几号开始", "开始时间是几点", "几点集合"; not the shop's opening
# ("几点开始营业", "几点开门": the hours' entry) nor the group-buy's cut-off.
_STARTS = re.compile(r"(?:几点|几点钟|什么时候|啥时候|什么时间|几号|哪天|星期几|周几|礼拜几)(?:开始|开课|开讲|集合|签到入场|入场)(?!营业|上班|开门)|"
                     r"(?:开始|集合|入场)(?:时间)?(?:是)?(?:几点|什么时候|啥时候|几号|哪天)")
_THE_SHOP = re.compile(r"店|营业|开门|关门|上班|下班|打烊")
START_ASKED = 40  # characters at most: a longer message asks more than this


def asks_start(text: str) -> bool:
    """Whether the message asks when the event starts (naming the shop's opening hours does not)."""
    folded = normalize(text)
    return len(folded) <= START_ASKED and bool(_STARTS.search(folded)) and not _THE_SHOP.search(folded)
