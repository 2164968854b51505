"""(e33) Questions of the open event that are not yet a sign-up (``bot.language.event_asks`` reads them): whether she may
come with her party — told whether there is room and asked once "要给您报 3 人吗？" (her "是" signs them up, as any
sign-up asked back) — and her own standing on the list or the waitlist, answered from SQL. Runs before the event's
sign-up reader: "我们一家三口能参加吗" is never a silent sign-up."""
from __future__ import annotations

from functools import partial

from bot.chain import friends
from bot.chain.text import signup_reading
from bot.context import Ctx
from bot.deadline_text import local_day_text
from bot.events import GroupMessage
from bot.games import Asked
from bot.handlers.activity import ASK_FOR, PARTY_ASKED, answers_ask
from bot.language.event_asks import asks_own_signup, party_question
from bot.language.intents import SIGNUP
from bot.router import Router
from bot.text import without_quote
from storage import activities

router = Router("event_asks")


def _open(ctx: Ctx, msg: GroupMessage) -> bool:
    return ctx.games.open_in("activity", msg.group_id) is not None and not ctx.is_staff(msg) \
        and ctx.settings(msg.group_id, msg.group_name).chain.enabled and not answers_ask(ctx, msg)


def _asks_to_come(ctx: Ctx, msg: GroupMessage) -> bool:
    return _open(ctx, msg) and party_question(without_quote(msg.text)) is not None \
        and not friends.answers_a_friend(ctx, msg)


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
    people = _party(said, party_question(said) or "")
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
    return _open(ctx, msg) and asks_own_signup(without_quote(msg.text))


@router.natural(_asks_own)
async def own_standing(ctx: Ctx, msg: GroupMessage) -> None:
    """"我排上了没", "我们是排队的吗": on the list (so many people), waiting (her place in the queue), or not signed up."""
    live = ctx.games.open_in("activity", msg.group_id)
    listed = await ctx.db.read(partial(activities.roster, activity_id=live.row_id), logs=False)
    going = next((r for r in listed.going if r.member_id == msg.sender.id), None)
    waiting = [r.member_id for r in listed.waiting]
    row = going or next((r for r in listed.waiting if r.member_id == msg.sender.id), None)
    ctx.reply(msg, "activity_own_standing", title=listed.activity.title,
              state="in" if going else "wait" if row else "none", people=row.people if row else 0,
              position=waiting.index(msg.sender.id) + 1 if row and not going else 0,
              starts=local_day_text(listed.activity.starts_at, ctx.settings(msg.group_id, msg.group_name).zone))
