"""Flood: too many messages in a short window, the same text again and again, or across groups.

Polite texts (thanks, greetings, festival wishes: ``bot/content/polite_phrases.txt``) never
count as repeats: a senior thanking three times, or the same 中秋 wish in three groups, is
manners. Only a verdict about to fire checks that, so the common path costs nothing more.

The only rule with memory. Its memory (``FloodMemory``) belongs to the bot, not
to the rule, so it survives a config reload and sees every group. Times are the
messages' own, so replay and tests behave as production does. When the rule
fires it forgets what it counted: one burst is one strike, not one per message.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from bot.config.schema import FloodRule
from bot.events import GroupMessage
from bot.language.asked_the_bot import asks_the_bot
from bot.rules.base import Facts, Verdict
from bot.text import forms

_KEPT = re.compile(r"[^0-9a-z]+")

FORGET_ABOVE = 50_000  # remembered keys before the idle ones are dropped
Said = tuple[datetime, str, str]  # (when, group id, compact text): a tuple, as thousands are kept


@lru_cache(maxsize=4096)
def repeat_key(compact: str) -> str:
    """What two texts must share to be repeats: spammers vary a number or a few letters to dodge
    exact matching, so ASCII letters and digits are left out (joining the runs kept is faster
    than deleting the others)."""
    return "".join(_KEPT.findall(compact))


POLITE_FILE = Path(__file__).resolve().parent.parent / "content" / "polite_phrases.txt"
MAX_POLITE_CHARS = 40  # longer than this is a speech, not a greeting
MAX_NAME_CHARS = 4  # what a polite text may hold besides polite words: a name (小李, 王老师)


@lru_cache(maxsize=1)
def _polite_phrases() -> re.Pattern[str]:
    lines = (line.strip() for line in POLITE_FILE.read_text("utf-8").splitlines())
    phrases = sorted({line for line in lines if line and not line.startswith("#")}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, phrases)))


def polite(compact: str) -> bool:
    """Thanks, a greeting or a wish, with at most a short name besides ("谢谢小李分享", "祝大家中秋快乐")."""
    return len(compact) <= MAX_POLITE_CHARS and len(_polite_phrases().sub("", compact)) <= MAX_NAME_CHARS


def excerpt(text: str, limit: int = 20) -> str:
    """The start of ``text`` for evidence, never cutting an id or a number in two (mm520888a stays whole)."""
    if len(text) <= limit:
        return text
    end = limit
    while end < len(text) and text[end - 1].isascii() and text[end - 1].isalnum() and text[end].isascii() \
            and (text[end].isalnum() or text[end] in "_-"):
        end += 1
    return text[:end] + "…"


@dataclass
class FloodMemory:
    # A few recent entries each, for thousands of members: short lists, not deques (a deque
    # takes ~600 bytes however short, and a big memory is a slow one).
    times: dict[tuple[str, str], list[datetime]] = field(default_factory=dict)  # (group, member) -> recent times
    texts: dict[str, list[Said]] = field(default_factory=dict)  # member -> recent texts, all groups

    def room(self) -> int:
        """New keys that fit before a message makes the memory forget (each message adds at most two):
        concurrent replay keeps that forgetting, which reads the time of whoever triggers it, in order."""
        return FORGET_ABOVE - len(self.times) - len(self.texts)

    def forget_before(self, cutoff: datetime) -> None:
        """Drop members with nothing recent (called now and then, so idle members cost nothing)."""
        self.times = {k: q for k, q in self.times.items() if q and q[-1] >= cutoff}
        self.texts = {k: q for k, q in self.texts.items() if q and q[-1][0] >= cutoff}


class Flood:
    stateful = True

    def __init__(self, spec: FloodRule, memory: FloodMemory) -> None:
        self.id = spec.id
        self.spec = spec
        self.memory = memory
        self._window = timedelta(seconds=spec.window_seconds)
        self._repeat_window = timedelta(seconds=spec.repeat_seconds)
        self._min_chars = spec.min_chars  # read on every message: a plain attribute, not the config model's

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None:
        memory = self.memory
        times_of, said_of = memory.times, memory.texts
        if len(times_of) + len(said_of) > FORGET_ABOVE:  # memory.room() < 0, without the call
            memory.forget_before(msg.at - max(self._window, self._repeat_window))
            times_of, said_of = memory.times, memory.texts
        # A member's first message in the window (most of them): one entry, nothing to trim or compare
        # (max_messages >= 1, windows > 0), so no cutoff is computed and no call made.
        key = (msg.group_id, msg.sender.id)
        if (times := times_of.get(key)) is None:
            times_of[key] = [msg.at]
        elif (verdict := self._burst(msg, times)) is not None:
            return verdict
        compact = forms(msg.text).compact
        if len(compact) < self._min_chars:  # its key is shorter still
            return None
        if (said := said_of.get(msg.sender.id)) is None:
            said_of[msg.sender.id] = [(msg.at, msg.group_id, compact)]
            return None
        return self._repeats(msg, said, compact, facts)

    def might_fire(self, msg: GroupMessage) -> bool:
        """Whether ``check`` could give a verdict on ``msg`` now, without remembering it (an over-estimate:
        any recent text alike counts): concurrent replay runs such a message on its own."""
        times = self.memory.times.get((msg.group_id, msg.sender.id), ())
        cutoff = msg.at - self._window
        if sum(1 for t in times if t >= cutoff) + 1 > self.spec.max_messages:
            return True
        compact = forms(msg.text).compact
        said = self.memory.texts.get(msg.sender.id)
        if len(compact) < self.spec.min_chars or not said:
            return False
        key, cutoff = repeat_key(compact), msg.at - self._repeat_window
        return len(key) >= self.spec.min_chars and any(at >= cutoff and repeat_key(s) == key for at, _, s in said)

    def _burst(self, msg: GroupMessage, times: list[datetime]) -> Verdict | None:
        """``times``: the member's recent times in the group (``check`` starts a member's list itself)."""
        times.append(msg.at)
        cutoff = msg.at - self._window
        while times[0] < cutoff:
            del times[0]
        if len(times) <= self.spec.max_messages:
            return None
        count = len(times)
        times.clear()
        return Verdict(self.id, self.spec.reason, f"{self.spec.window_seconds} 秒内发了 {count} 条消息")

    def _repeats(self, msg: GroupMessage, said: list[Said], compact: str, facts: Facts) -> Verdict | None:
        """``said``: the member's recent texts (``check`` starts a member's list itself); ``compact``: this one's,
        of ``min_chars`` or more."""
        said.append((msg.at, msg.group_id, compact))
        cutoff = msg.at - self._repeat_window
        while said[0][0] < cutoff:
            del said[0]
        if len(said) == 1:  # nothing recent to compare with, no key needed
            return None
        key = repeat_key(compact)
        if len(key) < self.spec.min_chars:
            return None
        same = [s for s in said if repeat_key(s[2]) == key]
        if (verdict := self._repeated(msg, [group_id for _, group_id, _ in same], facts)) is not None:
            for s in same:  # counted once: the next strike needs new repeats
                said.remove(s)
        return verdict

    def _repeated(self, msg: GroupMessage, groups_of_same: list[str], facts: Facts) -> Verdict | None:
        """The verdict when the same text came often enough, in this group or across groups."""
        here, groups = groups_of_same.count(msg.group_id), len(set(groups_of_same))
        minutes = self.spec.repeat_seconds // 60
        if groups >= self.spec.max_groups:
            evidence = f"{minutes} 分钟内在 {groups} 个群发送相同内容“{excerpt(msg.text)}”"
        elif here >= self.spec.max_repeats:
            evidence = f"{minutes} 分钟内重复发送相同内容 {here} 次“{excerpt(msg.text)}”"
        else:
            return None
        if polite(forms(msg.text).compact):  # checked only here, where a verdict would fire: rare
            return None
        # (u34) A question to the bot asked again (she did not see the answer; the bot folds its repeats) is no flood,
        # up to twice the limit; (r34) only a text the bot answered her within the window, and not again within the hour
        # after a warning (``ModerationMemory.answered_at``): a question's shape alone ("谁要纸尿裤 私聊") is no exemption, nor an answered sign-in said again.
        if groups < self.spec.max_groups and here < 2 * self.spec.max_repeats and facts.answered_at is not None \
                and facts.answered_at >= msg.at - self._repeat_window and asks_the_bot(msg.text):
            return None
        return Verdict(self.id, self.spec.reason, evidence)
