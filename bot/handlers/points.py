"""Points (积分): a member's balance and history, staff adjustments, leaderboards (/top).

Every change goes through the ledger (``storage.points.award``) with an idempotency
key, so a retried or repeated command never counts twice.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from datetime import datetime, time, timedelta

from bot.context import Ctx
from bot.events import GroupMessage
from bot.language.numbers import NUMERAL, number
from bot.language.own_records import POINTS, asks_others_points, asks_own
from bot.language.self_named import as_herself
from bot.members import display_name, display_names
from bot.roles import Role
from bot.router import Router
from bot.send_queue import Priority
from bot.text import normalize, said
from storage import points as ledger

log = logging.getLogger(__name__)
router = Router("points")

ASK_AGAIN_AFTER = timedelta(minutes=1)  # "我的积分" asked again sooner gets silence
BOARD_AGAIN_AFTER = timedelta(minutes=10)  # the same board in the same group, for members
MAX_ADJUSTMENT = 100_000
_ASKS = {normalize(t) for t in ("我的积分", "积分", "查积分", "查询积分", "积分查询", "我有多少积分", "我的积分是多少")}


# --- a member's balance ---------------------------------------------------------------


def _asks_balance(ctx: Ctx, msg: GroupMessage) -> bool:
    """"我的积分", or (D32) her balance asked in her words: "我积分多少了", "我的积分呢？", "积分…俺也不晓得咋查"."""
    return said(msg.text) in _ASKS or asks_own(as_herself(msg.text, msg.sender.name)) == POINTS


async def show_balance(ctx: Ctx, msg: GroupMessage, args: str = "") -> None:
    """A member's own balance; staff naming someone (/积分 @小美 [+10]) see theirs, or adjust it."""
    settings = ctx.settings(msg.group_id, msg.group_name)
    about = next((m for m in msg.mentions if m != ctx.config.bot.id), None)
    if about is not None and ctx.role_of(msg.group_id, msg.sender.id, settings) >= Role.ASSISTANT:
        if parse_adjustment(args) is not None:
            await adjust(ctx, msg, args)
            return
    else:
        about = None
    if not ctx.games.allow(f"balance:{msg.group_id}:{msg.sender.id}:{about}", msg.at, ASK_AGAIN_AFTER):
        return
    member = about or msg.sender.id
    total, entries = await ctx.db.read(lambda s: (
        ledger.balance(s, msg.group_id, member), ledger.recent(s, msg.group_id, member)), logs=False)
    zone = settings.zone
    shown = [{"date": e.at.astimezone(zone).strftime("%m-%d"), "reason": e.reason, "delta": f"{e.delta:+d}"}
             for e in entries]
    if about:  # (s34) a staff view of a member's data: privately, the group hearing only "已私信您" (as /汇总, /名单)
        ctx.reply(msg, "points_balance_staff", balance=total, entries=shown, group_name=msg.group_name,
                  name=display_name(ctx, msg.group_id, about) or "已退群成员")
        return
    ctx.reply(msg, "points_balance", balance=total, name="", where=msg.group_name if msg.private else "", entries=shown)


router.command("积分", aliases=("我的积分", "jf"), summary="查看我的积分和最近记录")(show_balance)


def _asks_others(ctx: Ctx, msg: GroupMessage) -> bool:
    """(s33) Another member's balance asked ("芳姐有多少积分啊", "@小美 你有多少积分"): not shown, and never the asker's as
    if it were hers. Staff see anyone's with /积分 @成员."""
    return asks_others_points(as_herself(msg.text, msg.sender.name))  # (p34) "宋姨的积分是多少" from 宋姨 is hers


@router.natural(_asks_others, private=True)
async def others_balance(ctx: Ctx, msg: GroupMessage) -> None:
    if ctx.games.allow(f"others-balance:{msg.group_id}:{msg.sender.id}", msg.at, BOARD_AGAIN_AFTER):
        ctx.reply(msg, "points_not_others")
router.natural(_asks_balance, private=True)(show_balance)


# --- staff adjustments: /points @小美 +10 活动奖励 -----------------------------------------

_AMOUNT = re.compile(r"(?<!\S)([+-]?)(" + NUMERAL + r")(?:分|积分)?(?!\S)")
_MENTION = re.compile(r"[@＠]\S+")


def parse_adjustment(args: str) -> tuple[int, str] | None:
    """'@小美 +10 活动奖励', '@小美 +二十 活动奖励' -> (10 or 20, '活动奖励'); None without an amount."""
    text = unicodedata.normalize("NFKC", _MENTION.sub(" ", args)).replace("\u2005", " ")
    match = _AMOUNT.search(text)
    amount = number(match.group(2)) if match else None
    if amount is None:
        return None
    reason = (text[:match.start()] + " " + text[match.end():]).strip()
    return (-amount if match.group(1) == "-" else amount), " ".join(reason.split())


@router.command("points", aliases=("加积分", "调整积分"), min_role=Role.ASSISTANT,
                usage="/加积分 @成员 +10 理由", summary="给成员加（或扣）积分，例如 /加积分 @小美 +10 活动奖励")
async def adjust(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    parsed = parse_adjustment(args)
    members = [m for m in dict.fromkeys(msg.mentions) if m != ctx.config.bot.id]
    if not members or parsed is None or parsed[0] == 0 or abs(parsed[0]) > MAX_ADJUSTMENT:
        problem = "member" if not members else "amount" if parsed is None or parsed[0] == 0 else "too_much"
        ctx.reply(msg, "points_usage", max=MAX_ADJUSTMENT, problem=problem)
        return
    delta, reason = parsed
    owner = ctx.role_of(msg.group_id, msg.sender.id, ctx.settings(msg.group_id, msg.group_name)) >= Role.OWNER
    reason = reason or ("群主调整" if owner else "店员调整")  # (D32) labelled by who adjusted it
    # The platform's message id makes a re-delivered command harmless; without one, the same
    # command from the same person at the same instant is taken as a re-delivery.
    request = msg.message_id or f"{msg.sender.id}@{msg.at.isoformat()}:{msg.text}"
    results = []
    for member in members:
        def write(session, member=member):
            ledger.award(session, group_id=msg.group_id, member_id=member, delta=delta, reason=reason,
                         source=f"staff:{msg.sender.id}", key=f"adjust:{msg.group_id}:{request}:{member}", at=msg.at)
            return ledger.balance(session, msg.group_id, member)

        results.append({"name": display_name(ctx, msg.group_id, member), "balance": await ctx.db.write(write)})
    # (D32) The staff member hears the balances (and a warning when one is below zero) privately; the group hears an
    # award (names, amount, reason), never a balance, and nothing of a deduction.
    ctx.tell(msg.sender.id, "points_adjusted", capped=False, delta=f"{delta:+d}", reason=reason, members=results)
    if delta > 0:
        ctx.say(msg.group_id, "points_awarded", mentions=tuple(members), amount=delta, reason=reason,
                names=[r["name"] for r in results if r["name"]])


# --- leaderboards ---------------------------------------------------------------------

BOARDS = {"points": ("积分",), "signin": ("签到", "打卡", "连续"), "activity": ("活跃", "发言", "聊天")}
PERIODS = {"week": ("本周", "这周", "周"), "month": ("本月", "这个月", "月")}


def period_start(now: datetime, zone, period: str) -> datetime:
    """Monday 00:00 or the 1st 00:00 of the group's local week or month, as aware UTC."""
    today = now.astimezone(zone).date()
    first = today - timedelta(days=today.weekday()) if period == "week" else today.replace(day=1)
    return datetime.combine(first, time(), zone)


def _pick(args: str, choices: dict[str, tuple[str, ...]], default: str) -> str:
    for key, words in choices.items():
        if key in args.casefold() or any(word in args for word in words):
            return key
    return default


async def post_leaderboard(ctx: Ctx, group_id: str, group_name: str, period: str, board: str = "points",
                           reply_to: str = "") -> None:
    """Post a leaderboard (for /top and for scheduled actions). ``period``: week | month;
    ``board``: points | signin | activity; ``reply_to``: the member who asked, if any."""
    if period not in PERIODS or board not in BOARDS:
        raise ValueError(f"unknown leaderboard {board!r}/{period!r}")
    zone = ctx.settings(group_id, group_name).zone
    since = period_start(ctx.clock.now(), zone, period)

    def read(session):
        if board == "points":
            return [(m, n, None) for m, n in ledger.top_points(session, group_id, since)]
        if board == "signin":
            return ledger.top_signins(session, group_id, since.date())
        return [(m, n, None) for m, n in ledger.top_activity(session, group_id, since)]

    names = display_names(ctx, group_id)
    rows = [{"rank": i, "name": names.get(m), "value": n, "streak": s}
            for i, (m, n, s) in enumerate(await ctx.db.read(read), start=1)]
    # (s34) A scheduled board the same as one posted a few minutes ago (asked for, or by another schedule) is just above.
    shown = "|".join(f"{r['name']}:{r['value']}:{r['streak']}" for r in rows)
    if not ctx.games.allow(f"board:{group_id}:{board}:{period}:{shown}", ctx.clock.now(), BOARD_AGAIN_AFTER) \
            and not reply_to:
        log.info("%s board of %s not posted in %s: the same board went there within %s",
                 board, period, group_id, BOARD_AGAIN_AFTER)
        return
    priority = Priority.REPLY if reply_to else Priority.BROADCAST
    # (f34) asked for, it is an answer: late (held by the quiet hours, or under load) it is dropped like a balance
    late = ctx.clock.now() + timedelta(minutes=ctx.config.send.stale_reply_minutes) if reply_to else None
    ctx.say(group_id, "leaderboard", priority=priority, reply_to=reply_to, topic=f"leaderboard:{board}:{period}",
            expires_at=late, board=board, period=period,
            period_name=PERIODS[period][0], rows=rows)


@router.command("top", aliases=("排行", "排行榜", "榜单"), usage="/排行 [积分|签到|活跃] [本周|本月]",
                summary="看排行榜：积分、签到、活跃，本周或本月")
async def top_command(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    board, period = _pick(args, BOARDS, "points"), _pick(args, PERIODS, "week")
    settings = ctx.settings(msg.group_id, msg.group_name)
    staff = ctx.role_of(msg.group_id, msg.sender.id, settings) >= Role.ASSISTANT
    shown = ctx.games.allow(f"top:{msg.group_id}:{board}:{period}", msg.at, BOARD_AGAIN_AFTER)  # (s34) staff's count too
    if staff or shown:  # staff are served at once; a member asking minutes after anyone is pointed to the board above
        await post_leaderboard(ctx, msg.group_id, msg.group_name, period, board, reply_to=msg.sender.id)
    else:  # (u34) posted minutes ago: pointed to, not posted again and not silence (the reply cap bounds it)
        ctx.reply(msg, "leaderboard_above", board=BOARDS[board][0], period_name=PERIODS[period][0])
