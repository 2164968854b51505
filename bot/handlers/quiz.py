"""The quiz (问答): staff or a schedule ask a question; the first correct answer wins points.

The round and its expiry are rows in SQL (``storage.quiz``): winning is a conditional
UPDATE, and the timeout is a deadline in ``bot.games`` rebuilt from the database at
start, so a restart mid-quiz still reveals the answer.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

from bot.quiz.answers import counts_only, strip_quote
from bot.config.schema import GroupSettings
from bot.context import Ctx
from bot.events import GroupMessage
from bot.games import Deadline, DeadlineKind
from bot.members import display_name
from bot.quiz.bank import Question, QuizBank, shipped_banks
from bot.roles import Role
from bot.router import Router
from bot.send_queue import Priority
from bot.text import normalize
from storage import quiz as rounds
from storage.points import balance

router = Router("quiz")

_MAX_ANSWER_LENGTH = 40  # longer messages during a quiz are chat, not answers
FALLBACK_THEME = "store"  # for groups whose theme has no bank: shopping knowledge suits every store group


def find_theme(wanted: str | None, banks: dict[str, QuizBank]) -> str | None:
    """A bank by theme key ('health') or by its title or part of it ('健康'); None if unknown."""
    if not wanted:
        return None
    key = normalize(wanted)
    for theme, bank in banks.items():
        if key in (normalize(theme), normalize(bank.title)) or (len(key) >= 2 and key in normalize(bank.title)):
            return theme
    return None


async def start_quiz(ctx: Ctx, group_id: str, group_name: str, theme: str | None = None) -> bool:
    """Ask a question in a group (for /quiz and for scheduled actions); False if one is still open.

    ``theme`` (a bank name or title) defaults to ``quiz.theme``, then the group's ``theme``,
    then the store-knowledge bank.
    """
    settings = ctx.settings(group_id, group_name)
    if not settings.quiz.enabled or in_quiet_hours(settings, ctx.clock.now()):
        return False
    banks = shipped_banks()
    theme = (find_theme(theme, banks) or find_theme(settings.quiz.theme, banks)
             or find_theme(settings.theme, banks) or find_theme(FALLBACK_THEME, banks) or next(iter(banks)))
    bank = banks[theme]
    now = ctx.clock.now()
    minutes = settings.quiz.timeout_minutes
    asked = await ctx.db.write(partial(
        rounds.open_round, group_id=group_id, group_name=group_name, theme=theme,
        question_ids=[q.id for q in bank.questions], asked_at=now, expires_at=now + timedelta(minutes=minutes),
        points=settings.quiz.points,
    ))
    if asked is None:
        return False
    ctx.games.add(Deadline("quiz", asked.id, group_id, asked.expires_at, f"{theme}/{asked.question_id}"))
    await ctx.games.announced("quiz", group_id, now)  # (y34) kept: "我答对了没" later today is about this one
    question = bank.get(asked.question_id)
    # Ahead of broadcasts: the answering time starts now, not when the queue gets to it.
    ctx.say(group_id, "quiz_question", priority=Priority.REPLY, title=bank.title, question=question.question,
            options=question.lettered_options(), minutes=minutes, points=asked.points)
    return True


def in_quiet_hours(settings: GroupSettings, now: datetime) -> bool:
    """Whether a question asked now, or its reveal, would fall in the group's quiet hours: a quiz
    at 23:30 is not asked (and not revealed at 07:00 the next morning)."""
    quiet = settings.posting.quiet_hours
    reveal = now + timedelta(minutes=settings.quiz.timeout_minutes)
    return quiet is not None and any(quiet.contains(t.astimezone(settings.zone).time()) for t in (now, reveal))


@router.command("quiz", aliases=("问答", "答题", "出题"), min_role=Role.ASSISTANT, usage="/出题 [主题]",
                summary="出一道题，第一个答对的得积分（主题：育儿、健康、穿搭、购物）")
async def quiz_command(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    banks = shipped_banks()
    if args and find_theme(args, banks) is None:
        ctx.reply(msg, "quiz_unknown_theme", theme=args, themes=[bank.title for bank in banks.values()])
    elif not ctx.settings(msg.group_id, msg.group_name).quiz.enabled:
        ctx.reply(msg, "quiz_disabled")
    elif in_quiet_hours(settings := ctx.settings(msg.group_id, msg.group_name), msg.at):
        ctx.reply(msg, "quiz_quiet", quiet=f"{settings.posting.quiet_hours.start:%H:%M}-{settings.posting.quiet_hours.end:%H:%M}")
    elif not await start_quiz(ctx, msg.group_id, msg.group_name, args or None):
        ctx.reply(msg, "quiz_busy")


def _question(deadline: Deadline) -> Question | None:
    theme, _, question_id = deadline.detail.partition("/")
    bank = shipped_banks().get(theme)
    return bank.get(question_id) if bank else None


def _answer(ctx: Ctx, msg: GroupMessage) -> bool:
    """Right answers are taken, and in a multiple-choice round every pick of an option (only a
    member's first pick counts). Wrong ones get no reply (a busy group must not fill up with
    "wrong!"); a wrong free answer falls through to other handlers. Staff know the answers: they don't play. (r33b) A
    count or a place alone while the bot's own question to her is open (``Games.asked``) answers that question."""
    deadline = ctx.games.open_in("quiz", msg.group_id)
    if deadline is None or len(strip_quote(msg.text)) > _MAX_ANSWER_LENGTH:
        return False
    if ctx.games.asked(msg.group_id, msg.sender.id, msg.at) is not None and counts_only(msg.text):
        return False  # (r33b) "2" to the bot's "您要订几份…呢？": her answer to that question, not a pick
    question = _question(deadline)
    return (question is not None and (question.accepts(msg.text) or bool(question.options)
                                      and question.picks_option(msg.text))
            and not ctx.is_staff(msg))


# (z33) (round, member) -> her first pick, recorded and not judged yet (``Games.unjudged``, each bot's own): a database
# outage that interrupts the judging holds the message, and handled again it is still her first pick (judged, never
# taken for a second one). A message equal to it (the same words, sender and time) picks the same option: judging it so
# is harmless.
_UNJUDGED_MAX = 1000  # an outage holds at most ``bot.held.HOLD_LIMIT`` messages


@router.natural(_answer)
async def answer(ctx: Ctx, msg: GroupMessage) -> None:
    deadline = ctx.games.open_in("quiz", msg.group_id)
    question = _question(deadline)
    key = (deadline.row_id, msg.sender.id)
    unjudged = ctx.games.unjudged
    if question.options:
        if not await ctx.db.write(partial(rounds.first_attempt, round_id=deadline.row_id, member_id=msg.sender.id,
                                          at=msg.at)) and unjudged.get(key) != msg:
            return  # a second pick: cycling A, B, C wins nothing
        if len(unjudged) >= _UNJUDGED_MAX:
            unjudged.clear()
        unjudged[key] = msg
    await _judge(ctx, msg, deadline, question)
    unjudged.pop(key, None)  # judged (an outage before this leaves it: the message is handled again)


async def _judge(ctx: Ctx, msg: GroupMessage, deadline: Deadline, question: Question) -> None:
    if not question.accepts(msg.text):
        return
    points = await ctx.db.write(partial(rounds.claim_win, round_id=deadline.row_id, member_id=msg.sender.id,
                                        at=msg.at, reason="问答答对"))
    if points is None:
        return
    ctx.games.discard(deadline)
    total = await ctx.db.read(partial(balance, group_id=msg.group_id, member_id=msg.sender.id))
    ctx.reply(msg, "quiz_won", name=display_name(ctx, msg.group_id, msg.sender.id), answer=question.answer_text,
              explain=question.explain, points=points, balance=total)


async def time_up(ctx: Ctx, deadline: Deadline) -> None:
    closed = await ctx.db.write(partial(rounds.expire, round_id=deadline.row_id))
    question = _question(deadline)
    if closed is not None and question is not None:
        ctx.say(closed.group_id, "quiz_time_up", priority=Priority.BROADCAST, answer=question.answer_text,
                explain=question.explain)


def _open_deadlines(session) -> list[Deadline]:
    return [Deadline("quiz", r.id, r.group_id, r.expires_at, f"{r.theme}/{r.question_id}")
            for r in rounds.open_rounds(session)]


DEADLINES = DeadlineKind(load=_open_deadlines, fire=time_up)
