"""Red packets (红包) by a written policy: which groups, when, how much — never at random.

WeChat offers bots no way to send or open red packets, so the policy plans them
for staff: ``plan`` is pure (stats, budget, settings and the local time in; a
plan out) and the bot delivers the plan as a reminder to the group's owner
(``bot/handlers/redpacket.py``). Occasions, in the order they are named:

- a festival today (春节, 中秋节, 冬至...): ``festival_amount``;
- a member-count milestone reached (100, 200...), each celebrated once: ``milestone_amount``;
- activity halved week over week (with at least 20 messages last week): ``revive_amount``;
- weekly winners (a 7-day sign-in streak): ``winner_amount`` each.

The amounts add up, then are capped by what is left of the month's budget; below
``min_amount`` there is no plan. The time window is the configured one, moved out
of the group's quiet hours.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.config.schema import RedPacketSettings, TimeWindow

ACTIVE_WEEK = 20  # messages last week below which a drop means little


@dataclass(frozen=True)
class GroupStats:
    size: int  # members now
    messages_this_week: int
    messages_last_week: int
    festival: str | None = None  # today's festival, if any
    winners: tuple[str, ...] = ()  # member ids to reward
    last_milestone: int = 0  # the highest member count already celebrated


@dataclass(frozen=True)
class Budget:
    monthly: float
    spent: float

    @property
    def left(self) -> float:
        return max(0.0, self.monthly - self.spent)


@dataclass(frozen=True)
class Plan:
    send: bool
    reason: str
    amount: float = 0.0
    shares: int = 0
    start: datetime | None = None  # group-local
    end: datetime | None = None
    milestone: int = 0  # the member count this plan celebrates, 0 if none


def plan(stats: GroupStats, budget: Budget, now: datetime, settings: RedPacketSettings,
         quiet_hours: TimeWindow | None = None) -> Plan:
    """What to do today in one group; ``now`` is the group's local time."""
    if budget.monthly <= 0:
        return Plan(False, "本群未设红包预算")
    if budget.left < settings.min_amount:
        return Plan(False, f"本月预算 {budget.monthly:g} 元已用完（已发 {budget.spent:g} 元）")
    reasons, amount = [], 0.0
    milestone = reached_milestone(stats, settings)
    if stats.festival:
        reasons.append(f"今天是{stats.festival}")
        amount += settings.festival_amount
    if milestone:
        reasons.append(f"群成员达到 {milestone} 人")
        amount += settings.milestone_amount
    if stats.messages_last_week >= ACTIVE_WEEK and stats.messages_this_week * 2 <= stats.messages_last_week:
        reasons.append(f"本周消息 {stats.messages_this_week} 条，比上周 {stats.messages_last_week} 条少了一半以上")
        amount += settings.revive_amount
    if stats.winners:
        reasons.append(f"{len(stats.winners)} 位成员连续签到满 7 天")
        amount += settings.winner_amount * len(stats.winners)
    if not reasons:
        return Plan(False, "今天没有发红包的理由")
    amount = round(min(amount, budget.left), 2)
    if amount < settings.min_amount:
        return Plan(False, f"本月预算只剩 {budget.left:g} 元，不足 {settings.min_amount:g} 元")
    shares = min(settings.max_shares, max(1, stats.size // settings.members_per_share, len(stats.winners)))
    start, end = window_for(now, settings.window, quiet_hours)
    return Plan(True, "；".join(reasons), amount, shares, start, end, milestone)


def reached_milestone(stats: GroupStats, settings: RedPacketSettings) -> int:
    reached = stats.size // settings.milestone_every * settings.milestone_every
    return reached if reached > stats.last_milestone and reached > 0 else 0


def window_for(now: datetime, window: TimeWindow, quiet: TimeWindow | None) -> tuple[datetime, datetime]:
    """Today's window (tomorrow's if it is over), its start moved to the end of quiet hours if it falls in them."""
    start = now.replace(hour=window.start.hour, minute=window.start.minute, second=0, microsecond=0)
    end = now.replace(hour=window.end.hour, minute=window.end.minute, second=0, microsecond=0)
    if end <= start:
        end += timedelta(days=1)
    if end <= now:
        start, end = start + timedelta(days=1), end + timedelta(days=1)
    if quiet is not None and quiet.contains(start.time()):
        length = end - start
        start = _next_at(start, quiet.end)
        end = start + length
    return start, end


def _next_at(moment: datetime, at) -> datetime:
    """The first time after ``moment`` the clock shows ``at``."""
    candidate = moment.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return candidate if candidate > moment else candidate + timedelta(days=1)
