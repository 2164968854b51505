"""``qunbot replay``: a transcript through the real pipeline on a virtual clock.

The contract is ``docs/replay-format.md``: JSON Lines in, one JSON action per
line out, diagnostics on stderr, exit 2 naming the line of a malformed input.
The whole transcript is checked before anything runs, so nothing is
half-applied.
"""
from __future__ import annotations

import asyncio
import json
import random
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Annotated, Literal, TextIO

import sqlalchemy as sa
from pydantic import AwareDatetime, Base64Bytes, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from sqlmodel import Session, select
from tqdm import tqdm

from bot.adapters.local import LocalAdapter
from bot.app import Bot
from bot.clock import VirtualClock
from bot.config.loader import ConfigError, default_config_path, load_config
from bot.events import GroupInfo, Kind, Member
from bot.rich import LinkCard, MiniProgramCard
from bot.replay_windows import WindowPlanner, plain
from bot.simulation import Simulation
from storage import Database
from storage.db import DatabaseUnavailable
from storage.models import ModerationLog
from storage.moderation import verdict_counts


class TranscriptError(Exception):
    pass


# The longest stretch of virtual time a replay simulates unless --max-days says more: a typo'd
# year (9999) would otherwise run scheduled work for days of real time.
MAX_DAYS = 31.0


class _Line(BaseModel):
    # Unknown fields are ignored: newer transcripts may carry more.
    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)
    t: AwareDatetime


class _MemberSpec(BaseModel):
    id: str = Field(min_length=1)
    name: str


class _LinkSpec(BaseModel):
    url: str
    title: str = ""
    description: str = ""


class _ProgramSpec(BaseModel):
    appid: str = ""
    title: str = ""
    page_path: str = ""


class GroupLine(_Line):
    type: Literal["group"]
    group: str = Field(min_length=1)
    name: str
    owner: str
    members: list[_MemberSpec] = []
    bot_is_owner: bool = False


class MessageLine(_Line):
    type: Literal["message"]
    group: str
    sender: str = Field(alias="from", min_length=1)
    text: str
    kind: Kind = Kind.TEXT
    name: str | None = None
    mentions: list[str] = []
    id: str = ""
    image: Base64Bytes | None = None  # the picture of an image message (base64), for QR-code checks
    link: _LinkSpec | None = None  # a shared link card
    mini_program: _ProgramSpec | None = None  # a shared mini-program card

    def card(self) -> LinkCard | MiniProgramCard | None:
        if self.link is not None:
            return LinkCard(self.link.url, self.link.title, self.link.description)
        if self.mini_program is not None:
            return MiniProgramCard(self.mini_program.appid, self.mini_program.title, self.mini_program.page_path)
        return None


class JoinLine(_Line):
    type: Literal["join"]
    group: str
    member: _MemberSpec
    inviter: str | None = None


class LeaveLine(_Line):
    type: Literal["leave"]
    group: str
    member: str


class DirectLine(_Line):
    type: Literal["direct"]
    sender: str = Field(alias="from", min_length=1)
    text: str


TranscriptLine = Annotated[GroupLine | MessageLine | JoinLine | LeaveLine | DirectLine, Field(discriminator="type")]
_parser: TypeAdapter[TranscriptLine] = TypeAdapter(TranscriptLine)


def parse_transcript(text: str, name: str = "transcript", max_days: float = MAX_DAYS) -> list[TranscriptLine]:
    """Every line checked before anything runs. Lines end at "\n" only (JSON Lines): U+2028, U+2029
    and U+0085 are text inside a JSON string, not line ends."""
    lines: list[TranscriptLine] = []
    groups: set[str] = set()
    last: datetime | None = None
    for number, raw in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        where = f"{name}:{number}"
        line = _parse_line(raw, where)
        if lines and line.t - lines[0].t > timedelta(days=max_days):
            raise TranscriptError(f"{where}: time {line.t.isoformat()} is more than {max_days:g} day(s) after the "
                                  f"first line; a longer replay needs --max-days")
        if last is not None and line.t < last:
            raise TranscriptError(f"{where}: time {line.t.isoformat()} is earlier than the line before ({last.isoformat()})")
        if isinstance(line, GroupLine):
            groups.add(line.group)
        elif not isinstance(line, DirectLine) and line.group not in groups:
            raise TranscriptError(f"{where}: group {line.group!r} has not been declared by a 'group' line")
        last = line.t
        lines.append(line)
    return lines


async def run_replay(lines: list[TranscriptLine], *, config_path: Path, db_path: str | Path | None,
                     until: datetime | None, out: TextIO, report: TextIO | None = None, sequential: bool = False,
                     progress: bool = False) -> None:
    """``sequential``: every event on its own, the reference the concurrent windows must match;
    ``progress``: a progress bar on stderr (only if it is a terminal)."""
    config = load_config(config_path)
    start = lines[0].t if lines else (until or datetime(2000, 1, 1, tzinfo=timezone.utc))
    clock = VirtualClock(start)
    with tempfile.TemporaryDirectory(prefix="qunbot-replay-") as tmp:
        db = Database(db_path or Path(tmp) / "replay.db")
        db.inline = True  # the virtual clock: no thread hand-offs (storage/db.py)
        db.settle_lazily = True  # batches committed together, before anything depending on them is shown
        adapter = LocalAdapter(clock, Member(config.bot.id, config.bot.name))
        actions: Counter[str] = Counter()
        printer = _ActionPrinter(db, out, actions)
        adapter.subscribe(printer, events=False)
        db.on_settled = printer.settled
        bot = Bot(config, transport=adapter, clock=clock, db=db, config_path=config_path, rng=random.Random(0))
        sim = Simulation(bot, clock)
        planner = WindowPlanner(bot, partial(_event, adapter))
        bar = tqdm(total=len(lines), unit="line", file=sys.stderr, disable=not (progress and sys.stderr.isatty()),
                   dynamic_ncols=True, smoothing=0.1)
        await bot.start(realtime=False)
        try:
            at = 0
            while at < len(lines):
                taken = await _replay_next(lines, at, adapter, bot, sim, planner, sequential)
                at += taken
                bar.update(taken)
                _check_stored(db)
            if until is not None:
                await sim.advance_to(until)
            await sim.drain()
            await db.flush()
            _check_stored(db)
            bar.close()
            if report is not None:
                await db.flush()
                _print_report(await db.read(verdict_counts), lines, await db.read(_verdicts_by_group), actions,
                              adapter, report)
        finally:
            bar.close()
            await bot.stop()


async def _replay_next(lines: list[TranscriptLine], at: int, adapter: LocalAdapter, bot: Bot, sim: Simulation,
                       planner: WindowPlanner, sequential: bool) -> int:
    """Replay ``lines[at]``, with the lines after it that can go at once; how many lines were replayed."""
    line = lines[at]
    if isinstance(line, GroupLine):
        await sim.advance_to(line.t)
        members = tuple(Member(m.id, m.name) for m in line.members)
        adapter.add_group(GroupInfo(line.group, line.name, line.owner, members, line.bot_is_owner))
        await bot.groups_changed()
        return 1
    if sequential or not plain(line):
        await sim.feed(_event(adapter, line))
        return 1
    await sim.advance_to(line.t)  # the timed work before it first: the window is planned on what is left
    events = planner.window(lines, at)
    await sim.feed_window(events)
    return len(events)


def _check_stored(db: Database) -> None:
    """Acknowledged writes that could not be committed stop the replay (nothing depending on them was shown)."""
    if db.lost is not None:
        raise db.lost


def _event(adapter: LocalAdapter, line: TranscriptLine):
    at = line.t.astimezone(timezone.utc)
    if isinstance(line, MessageLine):
        return adapter.message(line.group, line.sender, line.text, at=at, kind=line.kind,
                               mentions=line.mentions, name=line.name, message_id=line.id, image=line.image,
                               card=line.card())
    if isinstance(line, JoinLine):
        return adapter.join(line.group, Member(line.member.id, line.member.name), inviter=line.inviter, at=at)
    if isinstance(line, LeaveLine):
        return adapter.leave(line.group, line.member, at=at)
    return adapter.direct(line.sender, line.text, at=at)


_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False) builds one per call


class _ActionPrinter:
    """Prints the bot's actions, each once the writes before it are committed: an action line may depend
    on an acknowledged write (a sign-in's reply on its row), and a replay commits lazily
    (``Database.settle_lazily``). Lines wait for the next commit (a read, a flush, every few hundred
    batches, the end) rather than forcing one each: a commit per line cost more than the line's message.
    If that commit fails, they are never printed (the replay stops)."""

    def __init__(self, db: Database, out: TextIO, actions: Counter[str]) -> None:
        self.db, self.out, self.actions = db, out, actions
        self._held: list[str] = []  # printed in order once committed

    def __call__(self, record: dict) -> None:
        if "action" not in record:
            return
        self.actions[record.get("group") or ""] += 1
        line = _JSON.encode(record) + "\n"
        if self.db.unsettled or self._held or self.db.lost is not None:
            self._held.append(line)
        else:
            self._print([line])

    def settled(self) -> None:
        if self._held:
            held, self._held = self._held, []
            self._print(held)

    def _print(self, lines: list[str]) -> None:
        self.out.write("".join(lines))
        self.out.flush()


def _verdicts_by_group(session: Session) -> list[tuple[str, str, int]]:
    """(group, rule, count) over the audit log, for the report's lines per group."""
    query = (select(ModerationLog.group_id, ModerationLog.rule, sa.func.count())
             .group_by(ModerationLog.group_id, ModerationLog.rule).order_by(ModerationLog.group_id, ModerationLog.rule))
    return [tuple(row) for row in session.exec(query).all()]


def _print_report(counts: list[tuple[str, str, int]], lines: list[TranscriptLine],
                  by_group: list[tuple[str, str, int]], actions: Counter[str], adapter: LocalAdapter,
                  out: TextIO) -> None:
    """How many messages each rule hit and what was done, then each group's messages, rule hits and
    actions: to try new rules on past chat."""
    messages = Counter(line.group for line in lines if isinstance(line, MessageLine))
    by_rule: dict[str, dict[str, int]] = {}
    for rule, taken, count in counts:
        by_rule.setdefault(rule, {})[taken] = count
    out.write(f"moderation report: {sum(messages.values())} messages\n")
    for rule, taken in by_rule.items():
        detail = ", ".join(f"{what} {n}" for what, n in taken.items())
        out.write(f"  {rule}: {sum(taken.values())} hits ({detail})\n")
    if not by_rule:
        out.write("  no rule fired\n")
    hits: dict[str, dict[str, int]] = {}
    for group_id, rule, count in by_group:
        hits.setdefault(group_id, {})[rule] = count
    out.write("per group:\n")
    for group_id in sorted(set(messages) | set(hits) | {g for g in actions if g}):
        group = adapter.group(group_id)
        name = f"{group.name} ({group_id})" if group is not None else group_id
        rules = ", ".join(f"{rule} {n}" for rule, n in hits.get(group_id, {}).items()) or "no rule fired"
        out.write(f"  {name}: {messages[group_id]} messages, {actions[group_id]} actions; {rules}\n")


def _parse_line(raw: str, where: str) -> TranscriptLine:
    try:
        line = _parser.validate_python(json.loads(raw))
        line.t.astimezone(timezone.utc)  # year 1 at +08:00 is before the first UTC instant
    except json.JSONDecodeError as exc:
        raise TranscriptError(f"{where}: not valid JSON: {exc.msg} (column {exc.colno})") from None
    except ValidationError as exc:
        raise TranscriptError(f"{where}: {_describe(exc)}") from None
    except RecursionError:
        raise TranscriptError(f"{where}: not valid JSON: nested too deeply") from None
    except OverflowError:
        raise TranscriptError(f"{where}: t: time out of range") from None
    except ValueError as exc:  # Python refuses to read an integer of more than 4,300 digits
        raise TranscriptError(f"{where}: not valid JSON: number too long ({exc})") from None
    return line


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        if error["type"] == "union_tag_invalid":
            parts.append(f"unknown type {error['input'].get('type')!r}; expected group, message, join, leave or direct")
        elif error["type"] == "union_tag_not_found":
            parts.append("every line needs a 'type' (group, message, join, leave or direct)")
        elif not error["loc"]:
            parts.append("each line must be a JSON object")
        else:
            field = ".".join(str(part) for part in error["loc"][1:])  # [0] is the line's type
            parts.append(f"{field}: {error['msg']}")
    return "; ".join(parts)


def main(path: str, config: str | None, until: str | None, db: str | None, report: bool = False,
         max_days: float = MAX_DAYS, sequential: bool = False) -> int:
    try:
        source = sys.stdin.read() if path == "-" else Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"qunbot replay: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    try:
        lines = parse_transcript(source, "stdin" if path == "-" else path, max_days)
        until_at = _parse_until(until)
        if until_at is not None and lines and until_at - lines[0].t > timedelta(days=max_days):
            raise TranscriptError(f"--until {until} is more than {max_days:g} day(s) after the first line; "
                                  f"a longer replay needs --max-days")
    except TranscriptError as exc:
        print(f"qunbot replay: {exc}", file=sys.stderr)
        return 2
    try:
        asyncio.run(run_replay(lines, config_path=default_config_path(config), db_path=db or None,
                               until=until_at, out=sys.stdout, report=sys.stderr if report else None,
                               sequential=sequential, progress=True))
    except ConfigError as exc:
        print(f"qunbot replay：配置有问题：\n{exc}", file=sys.stderr)
        return 2
    except DatabaseUnavailable as exc:  # acknowledged writes not stored: the replay stopped before showing them
        print(f"qunbot replay: {exc}", file=sys.stderr)
        return 1
    return 0


def _parse_until(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise TranscriptError(f"--until {value!r} is not an ISO 8601 time") from None
    if when.tzinfo is None:
        raise TranscriptError(f"--until {value!r} needs a UTC offset, e.g. 2026-11-24T09:00:00+08:00")
    return when
