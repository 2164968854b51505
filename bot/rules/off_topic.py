"""Off topic: a word from a topic that does not belong in this group, unless the group's theme is mentioned.

Judging topics is fuzzy, so the rule is in shadow mode by default: the owner
reads the audit (or ``qunbot replay --report``) before letting it act.
"""
from __future__ import annotations

from bot.config.schema import OffTopicRule
from bot.events import GroupMessage
from bot.rules.base import Facts, Verdict
from bot.rules.lexicon import lexicon
from bot.text import forms


class OffTopic:
    stateful = False

    def __init__(self, spec: OffTopicRule) -> None:
        self.id = spec.id
        self.spec = spec
        self._blocked = lexicon(tuple(spec.blocked))
        self._allowed = lexicon(tuple(spec.allowed))

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None:
        if not msg.text:
            return None
        text = forms(msg.text)
        blocked = self._blocked.find(text)
        if not blocked or (len(self._allowed) and self._allowed.find(text)):
            return None
        return Verdict(self.id, self.spec.reason, "话题词：" + "、".join(blocked))
