"""Moderation rules: detectors built from config."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from bot.config.schema import AdsRule, BannedWordsRule, FloodRule, GroupSettings, OffTopicRule, RegexRule
from bot.rules.ads import Ads
from bot.rules.banned_words import BannedWords
from bot.rules.base import Facts, Rule, Verdict
from bot.rules.flood import Flood, FloodMemory
from bot.rules.off_topic import OffTopic
from bot.rules.regex import RegexMatch
from bot.rules.share import ShareCards

__all__ = ["Facts", "FloodMemory", "ModerationMemory", "RaidHit", "RaidWatch", "Rule", "Standing", "Verdict",
           "build_rules"]


@dataclass(slots=True)
class Standing:
    """A member in a group, as moderation sees them."""

    messages: int  # messages so far (newcomers get stricter checks)
    clean: int  # messages since their last strike (trusted after many)


@dataclass(frozen=True, slots=True)
class RaidHit:
    """A message that broke a rule (a newcomer's, or one whose warning was muted), as the owner's digest lists it."""

    at: datetime
    group_name: str
    member_id: str
    name: str
    reason: str
    taken: str  # what the enforcer did: warned, muted, ...
    newcomer: bool = True


@dataclass
class RaidWatch:
    """One owner's recent newcomer hits; while a digest is open (until ``open_until``) new hits join it."""

    hits: list[RaidHit] = field(default_factory=list)
    open_until: datetime | None = None


ANSWERED_KEPT = 5000  # members whose last answered text is kept before the old ones are dropped


@dataclass
class ModerationMemory:
    """What moderation remembers between messages; owned by the bot, so it outlives reloads."""

    flood: FloodMemory = field(default_factory=FloodMemory)
    standing: dict[tuple[str, str], Standing] = field(default_factory=dict)  # (group, member)
    warnings: dict[str, deque[datetime]] = field(default_factory=dict)  # group -> times of recent warnings
    raids: dict[str, RaidWatch] = field(default_factory=dict)  # owner -> newcomers' recent hits
    # group -> (messages, clean) of its members with history, read from the log at the group's first
    # message (one query, not one per member); an entry is taken when its member is first seen.
    seeds: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)

    # (r34) (group, member) -> (compact text, when): her last message the bot answered in the group, for the flood rule
    answered: dict[tuple[str, str], tuple[str, datetime]] = field(default_factory=dict)

    def note_answered(self, group_id: str, member_id: str, compact: str, at: datetime) -> None:
        """The bot answered this member's message (her text in ``forms(...).compact``) in the group."""
        if len(self.answered) > ANSWERED_KEPT:
            self.answered = {k: v for k, v in self.answered.items() if v[1] >= at - timedelta(hours=1)}
        self.answered[(group_id, member_id)] = (compact, at)

    # (r34) (group, member) -> when she was last warned: the exemption above is granted once, not again in the hour
    warned: dict[tuple[str, str], datetime] = field(default_factory=dict)

    def forget_answered(self, group_id: str, member_id: str, at: datetime) -> None:
        """A warning is no answer: her repeats within the hour after it are judged as anyone's."""
        self.answered.pop((group_id, member_id), None)
        if len(self.warned) > ANSWERED_KEPT:
            self.warned = {k: v for k, v in self.warned.items() if v >= at - timedelta(hours=1)}
        self.warned[(group_id, member_id)] = at

    def answered_at(self, group_id: str, member_id: str, compact: str, at: datetime) -> datetime | None:
        """When the bot last answered this same text of hers in the group, or None (also within an hour of a warning)."""
        found = self.answered.get((group_id, member_id))
        warned = self.warned.get((group_id, member_id))
        if warned is not None and warned >= at - timedelta(hours=1):
            return None
        return found[1] if found is not None and found[0] == compact else None

    def forget(self, group_id: str, member_id: str) -> None:
        """A member's standing changed in SQL (a pardon, a staff strike): read it again next time."""
        self.standing.pop((group_id, member_id), None)
        self.seeds.pop(group_id, None)  # the group's seeds are read again, with this member's new figures

    def may_warn(self, group_id: str, at: datetime, per_hour: int) -> bool:
        """Whether another warning fits the group's hourly budget (a raid must not make the bot spam)."""
        recent = self.warnings.setdefault(group_id, deque())
        while recent and recent[0] <= at - timedelta(hours=1):
            recent.popleft()
        return len(recent) < per_hour


def build_rules(settings: GroupSettings, base_dir: Path, flood_memory: FloodMemory | None = None) -> tuple[Rule, ...]:
    """Pure and thread-safe: a reload builds rules off the event loop, then swaps them in at once."""
    memory = flood_memory if flood_memory is not None else FloodMemory()
    return tuple(_build(spec, base_dir, memory) for spec in settings.rules)


def _build(spec, base_dir: Path, memory: FloodMemory) -> Rule:
    if isinstance(spec, BannedWordsRule):
        return BannedWords.from_spec(spec, base_dir)
    if isinstance(spec, AdsRule):
        rule = Ads.from_spec(spec, base_dir)
        if spec.card_files:  # built here: share.py reads the ads rule's link and contact readers
            rule.cards = ShareCards.from_files(spec.card_files, base_dir, spec.cue_files)
        return rule
    if isinstance(spec, FloodRule):
        return Flood(spec, memory)
    if isinstance(spec, OffTopicRule):
        return OffTopic(spec)
    assert isinstance(spec, RegexRule)
    return RegexMatch(spec)
