"""Daily sign-in (签到 / 打卡), counted per member per local day of the group."""
from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from functools import partial

from bot.config import SignInSettings
from bot.context import Ctx
from bot.events import GroupMessage
from bot.language.intents import read_signin
from bot.router import Router
from storage.signins import make_up_yesterday, record_sign_in

router = Router("signin")

MAKE_UP_WORDS = ["补签", "补卡", "补打卡", "补签到"]


def is_sign_in(text: str, triggers: list[str]) -> bool:
    """A trigger in its wrapping: "大家早上好！签到", "帮我签个到", "打个卡", "签道" (``bot.language``)."""
    return read_signin(text, triggers) is not None


def points_for_streak(streak: int, settings: SignInSettings) -> int:
    return min(settings.max_points, settings.base_points + settings.streak_bonus * (streak - 1))


def _wants_sign_in(ctx: Ctx, msg: GroupMessage) -> bool:
    signin = ctx.settings(msg.group_id, msg.group_name).signin
    return signin.enabled and is_sign_in(msg.text, signin.triggers)


@router.natural(_wants_sign_in)
async def sign_in(ctx: Ctx, msg: GroupMessage) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    result = await ctx.db.write(partial(
        record_sign_in,
        group_id=msg.group_id,
        member_id=msg.sender.id,
        day=msg.at.astimezone(settings.zone).date(),
        at=msg.at,
        points_for_streak=partial(points_for_streak, settings=settings.signin),
        grace_days=settings.signin.grace_days,
    ))
    if result.new:
        ctx.reply(msg, "signin_ok", **asdict(result))
    elif result.repeats == 1:  # answer the first repeat only: the bot must not echo a spammer
        ctx.reply(msg, "signin_again", **asdict(result))


def _wants_make_up(ctx: Ctx, msg: GroupMessage) -> bool:
    signin = ctx.settings(msg.group_id, msg.group_name).signin
    return signin.enabled and signin.makeup_cost > 0 and is_sign_in(msg.text, MAKE_UP_WORDS)


@router.natural(_wants_make_up)
async def make_up(ctx: Ctx, msg: GroupMessage) -> None:
    """补签: yesterday's sign-in, for points, a few times a month."""
    settings = ctx.settings(msg.group_id, msg.group_name)
    signin = settings.signin
    today = msg.at.astimezone(settings.zone).date()
    result = await ctx.db.write(partial(
        make_up_yesterday, group_id=msg.group_id, member_id=msg.sender.id, today=today, at=msg.at,
        cost=signin.makeup_cost, per_month=signin.makeup_per_month, grace_days=signin.grace_days,
    ))
    if result.status == "done" or ctx.games.allow(f"makeup:{msg.group_id}:{msg.sender.id}", msg.at, timedelta(hours=1)):
        ctx.reply(msg, f"signin_makeup_{result.status}", **asdict(result), cost=signin.makeup_cost,
                  per_month=signin.makeup_per_month)
