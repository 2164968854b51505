"""Admin-written regular expressions, matched on the raw text."""
from __future__ import annotations

import re

from bot.config.schema import RegexRule
from bot.events import GroupMessage
from bot.rules.base import Facts, Verdict


class RegexMatch:
    stateful = False

    def __init__(self, spec: RegexRule) -> None:
        self.id = spec.id
        self.spec = spec
        self._patterns = [re.compile(p) for p in spec.patterns]

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None:
        for pattern in self._patterns:
            if match := pattern.search(msg.text):
                return Verdict(self.id, self.spec.reason, match.group(0))
        return None
