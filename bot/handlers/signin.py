"""Daily sign-in (签到 / 打卡), counted per member per local day of the group."""
from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from functools import partial

from bot.config.schema import GroupSettings, SignInSettings
from bot.context import Ctx
from bot.events import GroupMessage
from bot.handlers.mine import sign_in_history
from bot.language.event_asks import signed_either
from bot.language.signins import asks_about_make_up, asks_if_signed_in, read_signin
from bot.questions.store_hears import complaint_beside
from bot.router import Router
from bot.send_queue import quiet_until
from storage.signins import SignInResult, make_up_yesterday, record_sign_in

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
    await complaint_beside(ctx, msg)  # (f34) "签到 昨天买的菜不新鲜": the staff hear the complaint too
    settings = ctx.settings(msg.group_id, msg.group_name)
    result = await ctx.db.write(partial(
        record_sign_in,
        group_id=msg.group_id,
        member_id=msg.sender.id,
        day=msg.at.astimezone(settings.zone).date(),
        at=msg.at,
        points_for_streak=partial(points_for_streak, settings=settings.signin),
        grace_days=settings.signin.grace_days,
    ), core=True)
    if result.new and (result.rank == 1 or not settings.signin.gather_seconds or _answered_at_night(settings, msg)):
        ctx.reply(msg, "signin_ok", **asdict(result))  # the day's first hears at once; so does a sign-in at night
    elif result.new:
        _gather(ctx, msg, result, settings)
    elif result.repeats == 1:  # answer the first repeat only: the bot must not echo a spammer
        # (g33) her own confirmation still waiting in the gathered message: "already signed in" would come before it
        # ("已经签到过啦" read before "签到成功"); she hears it is noted and announced shortly
        pending = ctx.outbox.gathering(msg.group_id, _batch_key(msg, result.rank, settings))
        if settings.signin.repeats_privately:
            ctx.tell(msg.sender.id, "signin_again", about=msg.sender.id, pending=pending, **asdict(result))
        else:
            ctx.reply(msg, "signin_again", pending=pending, **asdict(result))


def _answered_at_night(settings: GroupSettings, msg: GroupMessage) -> bool:
    """In quiet hours, with replies still allowed then (``posting.replies_in_quiet_hours``), a sign-in is answered at once
    on its own: a gathered confirmation is a post, held to the morning, where its 今日 would name the night before's
    sign-ins beside the new day's. Night sign-ins are few; there is no rush to gather."""
    return settings.posting.replies_in_quiet_hours and quiet_until(settings, msg.at) is not None


def _gather(ctx: Ctx, msg: GroupMessage, result: SignInResult, settings: GroupSettings) -> None:
    """The morning rush in a few messages: 200 sign-ins are a handful of lines, not 200 replies.

    A confirmation goes out ``gather_seconds`` after the first sign-in it holds and names at most
    ``max_names`` (ranks 2..31, 32..61, ...): a full one leaves the next ranks to the next message.
    """
    part = {"name": msg.sender.name, "rank": result.rank, "streak": result.streak, "points": result.points}
    ctx.outbox.gather(msg.group_id, _batch_key(msg, result.rank, settings), part,
                      partial(compose_batch, render=ctx.renderer.render), settings.signin.gather_seconds)


def _batch_key(msg: GroupMessage, rank: int, settings: GroupSettings) -> str:
    """The gathered confirmation a sign-in of this rank goes into (ranks 2..31, 32..61, …, ``max_names`` each)."""
    if rank < 2:
        return ""
    return f"signin:{msg.at.astimezone(settings.zone).date()}:{(rank - 2) // settings.signin.max_names}"


def compose_batch(parts: list[dict], render) -> tuple[str, tuple[str, ...]]:
    """Names in the text, nobody @-mentioned: a confirmation is not worth 30 notifications."""
    return render("signin_batch", entries=sorted(parts, key=lambda p: p["rank"])), ()


def _asks_about_make_up(ctx: Ctx, msg: GroupMessage) -> bool:
    """Asked about 补签, or, with 补签 off (``makeup_cost: 0``), asking for it ("我要补签", "帮我补个签"): the rule, once."""
    signin = ctx.settings(msg.group_id, msg.group_name).signin
    return signin.enabled and (asks_about_make_up(msg.text) or signin.makeup_cost <= 0 and is_sign_in(msg.text, MAKE_UP_WORDS))


@router.natural(_asks_about_make_up)
async def make_up_rule(ctx: Ctx, msg: GroupMessage) -> None:
    """"能补签吗", "昨天忘了签到能补吗": the store's rule (whether 补签 is allowed, its price, how often, the grace days),
    from an editable template, never a sign-in (a missed day is not today's). Before ``make_up``: a question about
    补签 is answered, not taken for the make-up itself. Told once an hour a member, as the make-up's refusals are."""
    signin = ctx.settings(msg.group_id, msg.group_name).signin
    if ctx.games.allow(f"makeup_rule:{msg.group_id}:{msg.sender.id}", msg.at, timedelta(hours=1)):
        ctx.reply(msg, "signin_makeup_rule", cost=signin.makeup_cost, per_month=signin.makeup_per_month,
                  grace_days=signin.grace_days)


def _asks_if_signed_in(ctx: Ctx, msg: GroupMessage) -> bool:
    """(v34) "我签上了没" with an event open could ask of its list too: ``bot.handlers.event_asks`` answers it."""
    return ctx.settings(msg.group_id, msg.group_name).signin.enabled and asks_if_signed_in(msg.text) \
        and not (signed_either(msg.text) and ctx.games.open_in("activity", msg.group_id) is not None)


@router.natural(_asks_if_signed_in)
async def signed_in_yet(ctx: Ctx, msg: GroupMessage) -> None:
    """"我今天签上没有", "我那个签到啊签没签上": whether today is signed in, from the records (the ``signin_history`` template), rather
    than a sign-in she did not ask for (its "签到成功" would hide that her own had not gone through) or a question left to
    the staff.
    After ``sign_in``: "签到 签上没有" signs in, and its reply answers her."""
    await sign_in_history(ctx, msg)


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
