"""What a rule is: a detector. Enforcement (strikes, ladder, shadow) lives in ``bot.moderation.enforcer``."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, Protocol

from bot.config.schema import RuleBase
from bot.events import GroupMessage


@dataclass(frozen=True, slots=True)
class Verdict:
    rule: str  # the rule's id in config
    reason: str  # for members and owners, in Chinese
    evidence: str  # what matched and why, for the audit log and /rules test


class Facts(NamedTuple):
    """What the moderation stage knows about a message beyond its text (one per message: cheap to build)."""

    newcomer: bool = False  # among the member's first messages in the group: stricter checks
    qr_codes: tuple[str, ...] = ()  # payloads of QR codes decoded from the message's image
    answered_at: datetime | None = None  # (r34) when the bot last answered this same text of hers in the group


class Rule(Protocol):
    id: str
    spec: RuleBase  # the rule's config: ladder, window, shadow, title
    stateful: bool  # remembers past messages (flood): /rules test cannot judge one text alone

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None: ...
