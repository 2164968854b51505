"""(e33) Questions of the open event that are not yet a sign-up (``bot.language.event_asks`` reads them): whether she may
come with her party — told whether there is room and asked once "要给您报 3 人吗？" (her "是" signs them up, as any
sign-up asked back) — and her own standing on the list or the waitlist, answered from SQL. Runs before the event's
sign-up reader: "我们一家三口能参加吗" is never a silent sign-up."""
from __future__ import annotations

import re
from datetime import timedelta
from functools import partial

from bot.chain import friends
from bot.chain.text import signup_reading
from bot.context import Ctx
from bot.deadline_text import local_day_text
from bot.events import GroupMessage
from bot.games import Asked
from bot.handlers.activity import ASK_FOR, PARTY_ASKED, answers_ask
from bot.handlers.mine import sign_in_history
from bot.language.event_asks import asks_ahead, asks_own_signup, party_question, party_told, signed_either
from bot.questions.happening import asks_places
from bot.language.intents import SIGNUP
from bot.router import Router
from bot.text import normalize, without_quote
from storage import activities, mine

router = Router("event_asks")


def _open(ctx: Ctx, msg: GroupMessage) -> bool:
    return ctx.games.open_in("activity", msg.group_id) is not None and not ctx.is_staff(msg) \
        and ctx.settings(msg.group_id, msg.group_name).chain.enabled and not answers_ask(ctx, msg)


def _asks_to_come(ctx: Ctx, msg: GroupMessage) -> bool:
    return _open(ctx, msg) and _party_words(ctx, msg) is not None and not friends.answers_a_friend(ctx, msg)


def _party_words(ctx: Ctx, msg: GroupMessage) -> str | None:
    """Her words of coming with her party: a question of leave ("我们家三口都去可以吗"), or (v34) a question of places
    with her party told beside it ("还有位置没 我想带我家俩娃去")."""
    said = without_quote(msg.text)
    if (asked := party_question(said)) is not None:
        return asked
    live = ctx.games.open_in("activity", msg.group_id)
    return party_told(said) if asks_places(said, live.detail) else None


def _party(text: str, left_words: str) -> int:
    """The people she asks about: read from the whole message, else from it without the asking; 0 when none is said."""
    for said in (text, left_words):
        reading = signup_reading(said, guess=False)
        if reading is not None and reading.sure and reading.intent == SIGNUP and not reading.add and reading.amount > 0:
            return reading.amount
    return 0


@router.natural(_asks_to_come)
async def asks_to_come(ctx: Ctx, msg: GroupMessage) -> None:
    live = ctx.games.open_in("activity", msg.group_id)
    said = without_quote(msg.text)
    told = party_told(said) or ""  # (v34) "我想带闺女去" beside the question: counted without its wish
    people = _party(said, _party_words(ctx, msg) or "") or _party(told, told)
    event = (await ctx.db.read(partial(activities.roster, activity_id=live.row_id), logs=False)).activity
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    left = max(event.capacity - event.taken, 0)
    closed = msg.at >= event.deadline or msg.at >= event.starts_at
    mine = await ctx.db.read(partial(activities.signed_up, activity_id=live.row_id, member_id=msg.sender.id), logs=False)
    values = dict(title=event.title, people=people, left=left + (mine if people else 0), closed=closed, mine=mine,
                  deadline=local_day_text(event.deadline, zone))
    if closed or people and people == mine:
        ctx.reply(msg, "activity_come_answer", asked=False, **values)
        return
    asked = Asked("activity", live.row_id, people) if people else Asked(PARTY_ASKED, live.row_id, 0)
    if await ctx.games.ask(msg.group_id, msg.sender.id, asked, msg.at, msg.at + ASK_FOR):
        ctx.reply(msg, "activity_come_answer", asked=True, **values)


def _asks_own(ctx: Ctx, msg: GroupMessage) -> bool:
    said = without_quote(msg.text)
    return _open(ctx, msg) and (asks_own_signup(said) or asks_ahead(said)) and not friends.answers_a_friend(ctx, msg)


@router.natural(_asks_own)
async def own_standing(ctx: Ctx, msg: GroupMessage) -> None:
    """"我排上了没", "我们是排队的吗": on the list (so many people), waiting (her place in the queue), or not signed up."""
    live = ctx.games.open_in("activity", msg.group_id)
    listed = await ctx.db.read(partial(activities.roster, activity_id=live.row_id), logs=False)
    ctx.reply(msg, "activity_own_standing", **_standing_values(ctx, msg, listed))


def _standing_values(ctx: Ctx, msg: GroupMessage, listed: activities.Roster) -> dict:
    """Her place on the event's list: in (so many people), waiting (her place), or none — then (v34) the places left and
    how many wait, so "我前面还有几个人" from one not signed up hears whether she can still come."""
    event = listed.activity
    going = next((r for r in listed.going if r.member_id == msg.sender.id), None)
    waiting = [r.member_id for r in listed.waiting]
    row = going or next((r for r in listed.waiting if r.member_id == msg.sender.id), None)
    return dict(title=event.title, state="in" if going else "wait" if row else "none", people=row.people if row else 0,
                position=waiting.index(msg.sender.id) + 1 if row and not going else 0,
                starts=local_day_text(event.starts_at, ctx.settings(msg.group_id, msg.group_name).zone),
                left=max(event.capacity - event.taken, 0), waiting=len(waiting))


# (v34) "我签上了没有啊" with an event open: the event's list or today's sign-in? What she said last decides (a sign-up or
# a question of the event: its list; 签到, 打卡: the sign-in); else both, in one reply.
LAST_TALK = timedelta(minutes=30)
_EVENT_TALK = re.compile(r"活动|报名|报上|名额|位置|候补|排队|参加")
_SIGNIN_TALK = re.compile(r"签到|打卡|积分")


def _asks_signed_either(ctx: Ctx, msg: GroupMessage) -> bool:
    said = without_quote(msg.text)
    return _open(ctx, msg) and signed_either(said) and ctx.settings(msg.group_id, msg.group_name).signin.enabled


def _talked_of(ctx: Ctx, msg: GroupMessage) -> str:
    """"event", "signin" or "": what her last message before this one, within ``LAST_TALK``, was about."""
    for sender, text, _mentions, _quoted, at, _staff in reversed(ctx.games.recent(msg.group_id)):
        if sender != msg.sender.id or at >= msg.at or msg.at - at > LAST_TALK:
            continue
        live = ctx.games.open_in("activity", msg.group_id)
        if _SIGNIN_TALK.search(text):
            return "signin"
        if _EVENT_TALK.search(text) or live is not None and normalize(live.detail)[:2] in normalize(text):
            return "event"
        return ""
    return ""


@router.natural(_asks_signed_either)
async def signed_either_standing(ctx: Ctx, msg: GroupMessage) -> None:
    talked = _talked_of(ctx, msg)
    if talked == "signin":
        await sign_in_history(ctx, msg)
        return
    live = ctx.games.open_in("activity", msg.group_id)
    listed = await ctx.db.read(partial(activities.roster, activity_id=live.row_id), logs=False)
    values = _standing_values(ctx, msg, listed)
    if talked == "event":
        ctx.reply(msg, "activity_own_standing", **values)
        return
    settings = ctx.settings(msg.group_id, msg.group_name)
    today = msg.at.astimezone(settings.zone).date()
    rows = await ctx.db.read(partial(mine.sign_ins, group_id=msg.group_id, member_id=msg.sender.id, since=today))
    ctx.reply(msg, "signed_either_answer", signed_today=any(day == today for day, _ in rows), **values)
