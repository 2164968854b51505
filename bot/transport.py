"""The one protocol every adapter implements for outgoing actions."""
from __future__ import annotations

from typing import Protocol, Sequence

from bot.events import GroupInfo


class Transport(Protocol):
    async def send_text(self, group_id: str, text: str, mentions: Sequence[str] = ()) -> None: ...

    async def remove_member(self, group_id: str, member_id: str) -> None: ...

    async def send_direct(self, member_id: str, text: str) -> None: ...

    def can_remove(self, group_id: str) -> bool:
        """Whether this account may remove members there (in WeChat: only as owner)."""
        ...

    def group(self, group_id: str) -> GroupInfo | None:
        """What the platform says about a group the bot is in (owner, members)."""
        ...

    def groups(self) -> list[GroupInfo]:
        """Every group the bot is in."""
        ...
