"""The one protocol every adapter implements for outgoing actions."""
from __future__ import annotations

from typing import Protocol, Sequence

from bot.events import GroupInfo
from bot.rich import Rich

# What the platform says when an account sends too much ("发送消息过于频繁", "操作过于频繁").
RATE_LIMIT_WORDS = ("过于频繁", "太频繁", "频率过快")


class RateLimited(Exception):
    """The platform refused a send because the account sends too often.

    Adapters raise it (see ``rate_limited``); the send queue then pauses all
    sending and alerts the owner instead of pushing on into a ban.
    """


def rate_limited(error: BaseException) -> bool:
    """Whether a platform error means "you send too often": adapters re-raise those as RateLimited."""
    return isinstance(error, RateLimited) or any(word in str(error) for word in RATE_LIMIT_WORDS)


class Transport(Protocol):
    async def send_text(self, group_id: str, text: str, mentions: Sequence[str] = ()) -> None: ...

    async def remove_member(self, group_id: str, member_id: str) -> None: ...

    async def send_direct(self, member_id: str, text: str) -> None: ...

    async def send_rich(self, conversation_id: str, item: Rich, *, direct: bool = False) -> None:
        """A picture, link card or mini-program card, in a group or (``direct``) to a member."""
        ...

    def can_remove(self, group_id: str) -> bool:
        """Whether this account may remove members there (in WeChat: only as owner)."""
        ...

    def group(self, group_id: str) -> GroupInfo | None:
        """What the platform says about a group the bot is in (owner, members)."""
        ...

    def groups(self) -> list[GroupInfo]:
        """Every group the bot is in."""
        ...
