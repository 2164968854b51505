"""Who may do what. Identity is the member id, never a display name."""
from __future__ import annotations

from enum import IntEnum

from bot.config import GroupSettings
from bot.events import GroupInfo


class Role(IntEnum):
    MEMBER = 0
    ASSISTANT = 50
    OWNER = 100

    @property
    def label(self) -> str:
        return {Role.MEMBER: "群成员", Role.ASSISTANT: "群助理", Role.OWNER: "群主"}[self]

    @property
    def holders(self) -> str:
        """Who holds this role or a higher one, for a refusal: "群主和群助理"."""
        return "和".join(role.label for role in sorted(Role, reverse=True) if role >= self)


def role_of(member_id: str, group: GroupInfo | None, settings: GroupSettings) -> Role:
    if group is not None and member_id == group.owner:
        return Role.OWNER
    if member_id in settings.assistants:
        return Role.ASSISTANT
    return Role.MEMBER
