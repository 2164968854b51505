"""What a rule is: a pure detector. Enforcement lives in ``bot.enforcer``."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.events import GroupMessage


@dataclass(frozen=True, slots=True)
class Verdict:
    rule: str  # the rule's id in config
    action: str  # log | warn | remove
    reason: str  # for members and owners, in Chinese
    evidence: str  # what matched, for the audit log


class Rule(Protocol):
    id: str

    def check(self, msg: GroupMessage) -> Verdict | None: ...
