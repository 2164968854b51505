"""Daily sign-in (签到 / 打卡), counted per member per local day of the group."""
from __future__ import annotations

from dataclasses import asdict
from functools import partial

from bot.config import SignInSettings
from bot.context import Ctx
from bot.events import GroupMessage
from bot.router import Router
from bot.text import normalize, strip_leading_mentions
from storage.signins import record_sign_in

router = Router("signin")

# What people wrap around the trigger word: "我来打卡啦", "今天签到～", "签到签到".
_PREFIXES = ("我要", "我来", "来", "今天", "今日", "继续", "我")
_PARTICLES = "啦了呀吧哦喔嘛咯啊哈么"
_MAX_LENGTH = 12


def is_sign_in(text: str, triggers: list[str]) -> bool:
    words = normalize(strip_leading_mentions(text))
    if not words or len(words) > _MAX_LENGTH:
        return False
    words = words.rstrip(_PARTICLES)
    for _ in range(2):
        words = next((words[len(p):] for p in _PREFIXES if words.startswith(p) and len(words) > len(p)), words)
    targets = {normalize(t) for t in triggers}
    return any(words == t * (len(words) // len(t)) for t in targets if t and len(words) % len(t) == 0)


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
