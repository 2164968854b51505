"""(c32) A cancel-looking message said to a friend, not to the store's list (``bot.language.said_to``).

The pipeline keeps each group's last few messages (``Games.heard``); a member's "不要了" or "不去了" within ``WITHIN`` of
another member (not the staff: the staff speak for the store) speaking to her — @-mentioning her, quoting her, or calling
her by name with a question or an offer — answers that member and changes nothing of hers.
"""
from __future__ import annotations

from datetime import timedelta

from bot.context import Ctx
from bot.events import GroupMessage
from bot.language import said_to

WITHIN = timedelta(minutes=5)


def remember(ctx: Ctx, msg: GroupMessage, staff: bool) -> None:
    """Keep a group message for ``answers_a_friend`` (called by the pipeline for every text message in a group)."""
    ctx.games.heard(msg.group_id, (msg.sender.id, msg.text, msg.mentions, msg.quote.name if msg.quote else "", msg.at,
                                   staff))


def answers_a_friend(ctx: Ctx, msg: GroupMessage) -> bool:
    """Whether another member spoke to this member within ``WITHIN`` before her message (and she does not name her order
    or sign-up in so many words: "取消我的那份" is the list's)."""
    if said_to.to_the_list(msg.text, msg.mentions_bot):
        return False
    name = msg.sender.name
    for sender, text, mentions, quoted, at, staff in reversed(ctx.games.recent(msg.group_id)):
        if at > msg.at or sender == msg.sender.id and text == msg.text and at == msg.at:
            continue  # her message itself
        if msg.at - at > WITHIN:
            return False
        if sender != msg.sender.id and not staff and said_to.spoken_to(text, name, msg.sender.id in mentions,
                                                                        bool(quoted) and quoted == name):
            return True
    return False
