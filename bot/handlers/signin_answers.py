"""(q33) A member's questions about the sign-in, answered from her own sign-ins (``bot.language.signin_questions``):
whether and until when she can still sign in today ("现在还能签到不", "几点之前要签到"), her record and streak ("我连续签了
几天了": the 签到记录 answer), and why her streak started again ("我的连续怎么断了", "怎么又从1开始了": the day she
missed and the rule). Asked in the group they are answered there, as 签到记录 is (her streak, no balance); asked
privately, privately. After ``bot.handlers.signin``: a message that signs in is a sign-in.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from bot.context import Ctx
from bot.events import GroupMessage
from bot.handlers.mine import sign_in_history, where
from bot.language.signin_questions import BROKEN, EARNED, RECORD, WINDOW, asks_about_signin
from bot.router import Router
from storage import mine

router = Router("signin_answers")

ASK_AGAIN = timedelta(minutes=1)
RECENT_BREAK = timedelta(days=7)  # a run started again longer ago than this is her streak now, not a break to explain
_NAMED = ("签", "卡", "连续", "天数")  # "怎么又从1开始了" names none of them: answered only just after a break


def _asked(ctx: Ctx, msg: GroupMessage) -> bool:
    return ctx.settings(msg.group_id, msg.group_name).signin.enabled and asks_about_signin(msg.text) is not None


def _day(day: date) -> str:
    return f"{day.month}月{day.day}日"


@router.natural(_asked, private=True)
async def about_signin(ctx: Ctx, msg: GroupMessage) -> None:
    kind = asks_about_signin(msg.text)
    if kind == RECORD:
        await sign_in_history(ctx, msg)
        return
    if not ctx.games.allow(f"signin_asked:{kind}:{msg.group_id}:{msg.sender.id}", msg.at, ASK_AGAIN):
        return
    settings = ctx.settings(msg.group_id, msg.group_name)
    signin = settings.signin
    if kind == EARNED:  # (y34) the group's rule, from its settings: the same for everyone
        ctx.reply(msg, "signin_points_answer", base=signin.base_points, bonus=signin.streak_bonus, most=signin.max_points)
        return
    today = msg.at.astimezone(settings.zone).date()
    rows = await ctx.db.read(partial(mine.sign_ins, group_id=msg.group_id, member_id=msg.sender.id,
                                     since=today - timedelta(days=400)))
    last, streak = rows[0] if rows else (None, 0)
    running = last is not None and (today - last).days <= 1 + signin.grace_days
    signed_today = last == today
    if kind == WINDOW:
        ctx.reply(msg, "signin_window_answer", where=where(msg), signed_today=signed_today,
                  streak=streak if running else 0, grace_days=signin.grace_days)
        return
    assert kind == BROKEN
    values = dict(where=where(msg), signed_today=signed_today, streak=streak if running else 0,
                  grace_days=signin.grace_days, makeup_cost=signin.makeup_cost, state="never", missed=0,
                  missed_from="", missed_to="", restarted="", last="")
    if last is None:
        pass
    elif not running:
        values.update(state="broken", last=_day(last), missed=(today - last).days - 1, missed_from=_day(last + timedelta(1)),
                      missed_to=_day(today - timedelta(1)))
    elif (restart := await ctx.db.read(partial(mine.last_restart, group_id=msg.group_id, member_id=msg.sender.id))) \
            and today - restart[1] <= RECENT_BREAK:
        before, again = restart
        values.update(state="restarted", restarted=_day(again), missed=(again - before).days - 1,
                      missed_from=_day(before + timedelta(1)), missed_to=_day(again - timedelta(1)))
    else:
        values.update(state="unbroken")
    vague = not any(word in msg.text for word in _NAMED)
    if vague and not (values["state"] == "broken" or values["state"] == "restarted" and today - restart[1] <= timedelta(1)):
        return  # "怎么又从1开始了" with no break of hers to explain: about something else
    ctx.reply(msg, "signin_streak_reason", **values)
