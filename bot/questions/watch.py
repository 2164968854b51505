"""Questions to the store that nobody answers: after ``questions.sla_minutes`` of opening hours the
owner and assistants are told by direct message.

A question is open until the store answers it: a reply quoting it (WeChat's 引用), or a message
@-mentioning its asker, from the staff or a member with an honorary role (n34: a friend's "@A 开的呀"
may be wrong, so the question stays the staff's), or a staff message on its topic soon after, when it is the
only open question on that topic (q34, ``plainly_answered``). Other messages answer nothing:
one staff message must not close every open question of the group; an @-answer closes only the
asker's question it answers when she has several open (``answered_of``). The rows in SQL are the truth; this is their index in
memory, a TimedSource in ``Bot.timeline.sources`` (the virtual clock in replay and tests), rebuilt
at start.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from functools import partial
from typing import TYPE_CHECKING, Callable

from bot.config.schema import GroupSettings, TimeWindow
from bot.moderation.escalation import alert_staff, staff_to_tell
from bot.questions.faq import bigrams
from bot.roles import Role
from bot.events import GroupMessage
from bot.text import normalize
from storage import questions as rows

if TYPE_CHECKING:
    from bot.context import Ctx

log = logging.getLogger(__name__)

RETRY_AFTER = timedelta(minutes=5)
QUOTE_PREFIX = 12  # characters of a quote that must match the question's beginning


@dataclass(frozen=True)
class Waiting:
    id: int
    group_id: str
    asker: str
    due: datetime
    name: str = ""  # the asker's display name and the question, which a quoting reply shows
    text: str = ""
    group_name: str = ""  # as stored with the question: the staff's message says them
    asked_at: datetime | None = None

    def answered_by(self, msg: GroupMessage) -> bool:
        if msg.group_id != self.group_id or msg.sender.id == self.asker:
            return False
        quote = msg.quote
        return self.asker in msg.mentions or (quote is not None and quote.name in ("", self.name)
                                              and _same_text(quote.text, self.text))


def answered_of(addressed: list[Waiting], msg: GroupMessage) -> list[int]:
    """(n34) Which of the questions ``msg`` quotes or @-mentions the asker of it answers: a quoted one; of each asker's
    others, when she has several open, the ones its words answer ("@A 周日开的" closes "周日开门不？", not her "能开发票吗？"):
    those sharing most character pairs with it (all of them, when it answers two: "@A 周日开的，发票也能开"), else her
    latest of those sharing most characters, else her latest. One question of hers open is answered whatever the words."""
    quoted = [w.id for w in addressed if msg.quote is not None and _same_text(msg.quote.text, w.text)]
    words = _plain(_MENTION.sub(" ", msg.text))
    quoted_askers = {w.asker for w in addressed if w.id in quoted}  # the quote says which of hers
    by_asker: dict[str, list[Waiting]] = {}
    for waiting in addressed:
        if waiting.asker not in quoted_askers and waiting.asker in msg.mentions:
            by_asker.setdefault(waiting.asker, []).append(waiting)
    answered = list(quoted)
    for theirs in by_asker.values():
        pairs = {w.id: len(bigrams(words) & bigrams(_plain(w.text))) if len(words) > 1 else 0 for w in theirs}
        if len(theirs) > 1 and max(pairs.values()) > 0:
            answered.extend(w.id for w in theirs if pairs[w.id] == max(pairs.values()))
            continue
        chars = {w.id: len(set(words) & set(_plain(w.text))) for w in theirs}
        answered.append(max(theirs, key=lambda w: (chars[w.id], w.asked_at or w.due, w.id)).id)
    return answered


PLAIN_ANSWER_WITHIN = timedelta(hours=1)  # (q34) how soon after a question a staff message on its topic answers it
# Character pairs questions and answers say whatever their topic: no sign of which question a message answers.
_EVERYONE_SAYS = frozenset(("你们", "我们", "咱们", "店里", "家里", "请问", "一下", "可以", "能不", "现在", "今天", "明天",
                            "什么", "怎么", "多少", "这个", "那个", "大家", "知道", "一个", "自己", "时候", "那种", "这种"))


def plainly_answered(waiting: list[Waiting], msg: GroupMessage) -> list[int]:
    """(q34) The question a staff message that @-mentions nobody and quotes nothing answers: the one open question of the
    group, asked by another within ``PLAIN_ANSWER_WITHIN``, sharing a topic word (a character pair besides the particles
    and what everyone says) with it — "蜂蜜是湘西的土蜂蜜 我们自己去收的" answers "你们家的蜂蜜是土蜂蜜还是超市那种".
    None when two open questions share its words (which is unclear: the staff's reminder still lists both), nor for a
    command or a question of the staff's own ("蜂蜜还有人要吗？")."""
    said = msg.text.strip()
    if not said or said.startswith(("/", "／")) or said.endswith(("?", "？", "吗", "么")):
        return []
    words = bigrams(_plain(said)) - _EVERYONE_SAYS if len(_plain(said)) > 1 else set()
    sharing = [w.id for w in waiting
               if w.group_id == msg.group_id and w.asker != msg.sender.id
               and (w.asked_at is None or timedelta(0) <= msg.at - w.asked_at <= PLAIN_ANSWER_WITHIN)
               and len(_plain(w.text)) > 1 and words & bigrams(_plain(w.text))]
    return sharing if len(sharing) == 1 else []


_MENTION = re.compile(r"[@＠][^\s\u2005]{1,20}")  # "@小美 " (WeChat puts a narrow space after the name)
_PARTICLES = re.compile(r"[\W\d_吗呢吧啊呀哦嘛了的是不没有么哈]+")  # what every question and answer says


def _plain(text: str) -> str:
    """Her words without marks, numbers and the particles every question and answer says."""
    return _PARTICLES.sub("", normalize(text))


def _same_text(quoted: str, asked: str) -> bool:
    """Clients shorten long quotes: the quoted text's start must match the question's."""
    quoted, asked = normalize(quoted), normalize(asked)
    return bool(quoted) and asked.startswith(quoted[:QUOTE_PREFIX])


def due_after(asked: datetime, minutes: int, hours: TimeWindow | None, zone) -> datetime:
    """``minutes`` of opening hours after ``asked`` (a question at night waits for the morning)."""
    if hours is None:
        return asked + timedelta(minutes=minutes)
    cur, left = asked.astimezone(zone), timedelta(minutes=minutes)
    for _ in range(800):  # a window of one minute a day still ends within two years
        if hours.contains(cur.time()):
            end = _next(cur, hours.end)
            if cur + left <= end:
                return (cur + left).astimezone(timezone.utc)
            left -= end - cur
            cur = end
        else:
            cur = _next(cur, hours.start, inclusive=True)
    return asked + timedelta(minutes=minutes)


def _next(cur: datetime, at, inclusive: bool = False) -> datetime:
    candidate = cur.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if candidate < cur or (candidate == cur and not inclusive):
        candidate = (cur + timedelta(days=1)).replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return candidate


class _Waiting(dict):
    """Open questions by id, keeping the earliest due time until one is added, changed or removed:
    the timeline asks for it after every message, and a busy day leaves hundreds open."""

    def __init__(self) -> None:
        super().__init__()
        self._earliest: tuple[datetime | None] | None = None

    def earliest(self) -> datetime | None:
        if self._earliest is None:
            self._earliest = (min((w.due for w in self.values()), default=None),)
        return self._earliest[0]

    def __setitem__(self, key: int, value: Waiting) -> None:
        super().__setitem__(key, value)
        self._earliest = None

    def __delitem__(self, key: int) -> None:
        super().__delitem__(key)
        self._earliest = None

    def pop(self, *args):
        self._earliest = None
        return super().pop(*args)

    def clear(self) -> None:
        super().clear()
        self._earliest = None


class QuestionDesk:
    def __init__(self, get_ctx: Callable[[], "Ctx"], on_change: Callable[[], None] = lambda: None) -> None:
        self._get_ctx = get_ctx
        self._on_change = on_change
        self._waiting: dict[int, Waiting] = _Waiting()
        self._last_told: dict[str, datetime] = {}  # by group: staff hear of a group at most once per SLA

    async def load(self, owns: Callable[[str], bool] = lambda group_id: True) -> None:
        """The open questions of the groups this worker serves (``owns``)."""
        for row in await self._get_ctx().db.read(rows.open_questions):
            if not owns(row.group_id):
                continue
            self._waiting[row.id] = Waiting(row.id, row.group_id, row.member_id, row.due_at, row.member_name, row.text,
                                            row.group_name, row.asked_at)
        self._on_change()

    async def ask(self, ctx: "Ctx", msg: GroupMessage, settings: GroupSettings) -> None:
        due = due_after(msg.at, settings.questions.sla_minutes, settings.questions.opening_hours, settings.zone)
        text = msg.text[:500]
        question_id = await ctx.db.write(partial(rows.ask, group_id=msg.group_id, group_name=msg.group_name,
                                                 member_id=msg.sender.id, member_name=msg.sender.name,
                                                 text=text, asked_at=msg.at, due_at=due), core=True)
        self._waiting[question_id] = Waiting(question_id, msg.group_id, msg.sender.id, due, msg.sender.name, text,
                                             msg.group_name, msg.at)
        self._on_change()

    async def seen(self, ctx: "Ctx", msg: GroupMessage) -> None:
        """A message in the group: does it answer someone's question? Only the store's people answer (n34); the staff
        also by a plain message on the question's topic (q34, ``plainly_answered``)."""
        role = ctx.role_of(msg.group_id, msg.sender.id, ctx.settings(msg.group_id, msg.group_name))
        if not msg.mentions and msg.quote is None:
            # an answer @-mentions the asker or quotes the question: most messages do neither
            answered = plainly_answered(list(self._waiting.values()), msg) if role >= Role.ASSISTANT else []
        elif role <= Role.MEMBER:
            return  # "@A 开的呀" from another member: she may be wrong; the question stays open for the staff
        else:
            answered = answered_of([w for w in self._waiting.values() if w.answered_by(msg)], msg)
        if answered:
            for question_id in answered:
                del self._waiting[question_id]
            await ctx.db.write(partial(rows.close, ids=answered, status="answered"), core=True)

    def next_due(self) -> datetime | None:
        return self._waiting.earliest()

    async def run_due(self, now: datetime) -> None:
        ctx = self._get_ctx()
        due = []
        for waiting in [w for w in self._waiting.values() if w.due <= now]:
            settings = ctx.settings(waiting.group_id)
            told = self._last_told.get(waiting.group_id)
            calm_until = told + timedelta(minutes=settings.questions.sla_minutes) if told else now
            if calm_until > now:  # told of this group a moment ago: gather the rest into the next message
                self._waiting[waiting.id] = replace(waiting, due=calm_until)
                continue
            del self._waiting[waiting.id]
            due.append(waiting)
        for group_id in {w.group_id for w in due}:
            self._last_told[group_id] = now
        try:
            escalated = set(await ctx.db.write(partial(rows.close, ids=[w.id for w in due], status="escalated"),
                                               core=True))
            # the staff are told what was stored with each question, kept here (no read of the rows back)
            by_group: dict[str, list[Waiting]] = {}
            for question in sorted((w for w in due if w.id in escalated), key=lambda w: w.id):
                by_group.setdefault(question.group_id, []).append(question)
            for questions in by_group.values():
                _tell_staff(ctx, questions)
        except Exception:
            log.exception("escalating %d questions failed; retrying in %s", len(due), RETRY_AFTER)
            for waiting in due:
                self._waiting[waiting.id] = replace(waiting, due=now + RETRY_AFTER)


def _tell_staff(ctx: "Ctx", questions: list) -> None:
    """One direct message per person for a group's questions falling due together."""
    first = questions[0]
    settings = ctx.settings(first.group_id, first.group_name)
    to = staff_to_tell(ctx, first.group_id, settings, members_asking=True)
    text = ctx.renderer.render("question_unanswered", group_name=first.group_name,
                               minutes=settings.questions.sla_minutes, questions=[
                                   {"name": q.name, "question": q.text,
                                    "asked": q.asked_at.astimezone(settings.zone).strftime("%H:%M")}
                                   for q in questions[:10]], total=len(questions))
    for member_id in to:
        alert_staff(ctx, member_id, text, settings)  # with other alerts in a flood: one digest
