"""This worker's groups in the shared group directory (storage/directory.py).

Each worker writes the groups it serves, and the unassigned groups it sits in, whenever
they change: at start (after the login), when the account joins or leaves a group, within
``SETTLE`` of members joining or leaving (a raid of joins is one write, not hundreds), or
sooner when the dashboard is about to read. The dashboard reads the directory, so the one
dashboard shows every account's groups.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Callable, Iterable

from bot.accounts import Ownership
from bot.events import GroupInfo, Member
from storage import directory
from storage.directory import Entry

if TYPE_CHECKING:
    from bot.context import Ctx

log = logging.getLogger(__name__)

CHUNK = 50  # groups per transaction: 500 groups of 200 take ~1 s to write; acknowledged writes go in between
SETTLE = timedelta(seconds=30)


class Directory:
    def __init__(self, get_ctx: Callable[[], "Ctx"], get_ownership: Callable[[], Ownership]) -> None:
        self._get_ctx = get_ctx
        self._get_ownership = get_ownership
        self._written: dict[str, Entry] = {}  # what this worker last wrote, by group
        self._dirty: set[str] = set()  # groups whose members changed, written at ``_due``
        self._due: datetime | None = None

    def changed(self, group_id: str, at: datetime) -> None:
        """Members joined or left: write the group within SETTLE (a TimedSource in Bot.timeline)."""
        self._dirty.add(group_id)
        if self._due is None:
            self._due = at + SETTLE

    def next_due(self) -> datetime | None:
        return self._due

    async def run_due(self, now: datetime) -> None:
        await self.flush()

    async def flush(self) -> None:
        """Write the groups whose members changed now (the dashboard is about to read them), not at
        the end of SETTLE; only those groups: rebuilding all 500 would stall the loop for tens of ms."""
        dirty, self._dirty, self._due = self._dirty, set(), None
        if dirty:
            await self.publish(sorted(dirty))

    def entry(self, group: GroupInfo) -> Entry | None:
        """How this worker records a group; None for a group another account serves (that worker writes it)."""
        ownership = self._get_ownership()
        owner = ownership.owner(group.id, group.name)
        if ownership.account is not None and owner not in (None, ownership.account):
            return None
        return Entry(group.id, group.name, group.owner, owner or "", tuple((m.id, m.name) for m in group.members))

    async def publish(self, group_ids: Iterable[str] | None = None, *, retire: bool = False) -> None:
        """Write the groups (all, or these) that changed since last written; ``retire``: also drop the
        groups this account served and has left. A database error is logged: the directory catches up later."""
        ctx = self._get_ctx()
        groups = ctx.transport.groups() if group_ids is None else [
            group for gid in group_ids if (group := ctx.transport.group(gid)) is not None]
        entries = [entry for group in groups if (entry := self.entry(group)) is not None]
        changed = [entry for entry in entries if self._written.get(entry.group_id) != entry]
        try:
            for start in range(0, len(changed), CHUNK):
                chunk = changed[start:start + CHUNK]
                await ctx.db.write(partial(directory.publish, entries=chunk, at=ctx.clock.now()))
                self._written.update({entry.group_id: entry for entry in chunk})
            if retire:
                account = self._get_ownership().account or ""
                mine = [entry.group_id for entry in entries if entry.account == account]
                await ctx.db.write(partial(directory.retire, account=account, keep=mine))
        except Exception as exc:  # the bot keeps serving; the next change writes again
            log.warning("group directory not updated (%s); it is written again at the next change", exc)


def group_info(entry: Entry) -> GroupInfo:
    """A directory row as the GroupInfo the dashboard pages take."""
    return GroupInfo(entry.group_id, entry.name, entry.owner, tuple(Member(mid, name) for mid, name in entry.members))
