"""(c32) A cancel-looking message said to a friend, not to the store's list (``bot.language.said_to``).

The pipeline keeps each group's last few messages (``Games.heard``); a member's "不要了" or "不去了" within ``WITHIN`` of
another member (not the staff: the staff speak for the store) speaking to her — @-mentioning her, quoting her, or calling
her by name with a question or an offer — answers that member and changes nothing of hers.

(a33) A message that @-mentions another member who is not the staff, and says nothing of her own order
(``said_to.to_a_friend``), talks to that member: "@婷婷 三袋 冻冰箱里慢慢吃" answers her friend's "你订了几袋啊", "@周周 砂糖橘要不要
一起拼一箱" offers to share. "@婷婷 我也要两袋" is hers, told to a friend: read as before.
"""
from __future__ import annotations

from datetime import timedelta

from bot.context import Ctx
from bot.events import GroupMessage
from bot.language import said_to
from bot.language.other_event import offer_elsewhere
from bot.members import display_names
from bot.roles import Role

WITHIN = timedelta(minutes=5)


def remember(ctx: Ctx, msg: GroupMessage, staff: bool) -> None:
    """Keep a group message for ``answers_a_friend`` (called by the pipeline for every text message in a group)."""
    ctx.games.heard(msg.group_id, (msg.sender.id, msg.text, msg.mentions, msg.quote.name if msg.quote else "", msg.at,
                                   staff))


def answers_a_friend(ctx: Ctx, msg: GroupMessage) -> bool:
    """Whether she answers a friend (``friends_words``)."""
    return friends_words(ctx, msg) is not None


def friends_words(ctx: Ctx, msg: GroupMessage) -> str | None:
    """(v34) What the friend said to her, or None. Whether another member spoke to this member within ``WITHIN`` before her message (and she does not name her order
    or sign-up in so many words: "取消我的那份" is the list's). (w33) Spoken to her also when it names no one but asks
    "you" (``said_to.asks_you``: "去呀 你去不去") just after she herself spoke to its sender ("婷婷你周六去吗"): a talk of
    the two of them."""
    if said_to.to_the_list(msg.text, msg.mentions_bot):
        return None
    name = msg.sender.name
    heard = [said for said in ctx.games.recent(msg.group_id)
             if said[4] <= msg.at and msg.at - said[4] <= WITHIN and not _hers_now(said, msg)]
    names: dict[str, str] | None = None
    for sender, text, mentions, quoted, at, staff in reversed(heard):
        if sender == msg.sender.id or staff:
            continue
        if said_to.spoken_to(text, name, msg.sender.id in mentions, bool(quoted) and quoted == name):
            return text
        if said_to.asks_you(text):
            names = display_names(ctx, msg.group_id) if names is None else names
            if _she_spoke_to(heard, msg.sender.id, sender, names.get(sender, ""), at):
                return text
    return None


def _hers_now(said: tuple, msg: GroupMessage) -> bool:
    return said[0] == msg.sender.id and said[1] == msg.text and said[4] == msg.at  # her message itself


def _she_spoke_to(heard: list[tuple], her: str, friend: str, friend_name: str, before) -> bool:
    """(w33) Whether ``her`` spoke to ``friend`` (by name with a question, an @-mention, a quote) in a message heard
    before ``before``."""
    return bool(friend_name) and any(
        sender == her and at <= before and said_to.spoken_to(text, friend_name, friend in mentions,
                                                             bool(quoted) and quoted == friend_name)
        for sender, text, mentions, quoted, at, _staff in heard)


def talks_to_a_friend(ctx: Ctx, msg: GroupMessage) -> bool:
    """(a33) Whether the message @-mentions a member of the group other than her and the staff, and says nothing of her
    own order (``said_to.to_a_friend``)."""
    if not msg.mentions or msg.mentions_bot:
        return False
    group = ctx.transport.group(msg.group_id)
    members = {member.id for member in group.members} if group is not None else set()
    settings = ctx.settings(msg.group_id, msg.group_name)
    friends = [m for m in msg.mentions if m != msg.sender.id and m in members
               and ctx.role_of(msg.group_id, m, settings) < Role.ASSISTANT]
    return bool(friends) and said_to.to_a_friend(msg.text)


def offer_above(ctx: Ctx, msg: GroupMessage, title: str) -> bool:
    """(e34b) Whether the last message of another member (not the staff) within ``WITHIN`` before hers offers anyone
    something other than the event ``title`` ("谁去看跨年演唱会 我多一张票"): her "算我一个" answers that friend."""
    for sender, text, _mentions, _quoted, at, staff in reversed(ctx.games.recent(msg.group_id)):
        if sender == msg.sender.id or at > msg.at or msg.at - at > WITHIN:
            continue
        return not staff and offer_elsewhere(text, title)
    return False
