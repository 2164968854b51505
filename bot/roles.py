"""Who may do what. Identity is the member id, never a display name.

Staff (owner, assistants) run the store's commands and are exempt from the rules.
Honorary roles (名誉群主, 组长, 委员, KOL/达人) are members the store trusts: they rank
above plain members and below staff, so every ``role < Role.ASSISTANT`` check still
treats them as members. They come from config (``roles:``) or ``/role @x 组长``.
"""
from __future__ import annotations

from enum import IntEnum
from typing import Mapping

from bot.config.schema import GroupSettings
from bot.events import GroupInfo


class Role(IntEnum):
    MEMBER = 0
    KOL = 10
    COMMITTEE = 20
    LEAD = 30
    HONORARY_OWNER = 40
    ASSISTANT = 50
    OWNER = 100

    @property
    def label(self) -> str:
        return LABELS[self]

    @property
    def holders(self) -> str:
        """Who holds this role or a higher one, for a refusal: "群主和群助理"."""
        labels = [role.label for role in sorted(Role, reverse=True) if role >= self]
        return labels[0] if len(labels) == 1 else "、".join(labels[:-1]) + "和" + labels[-1]


LABELS = {Role.MEMBER: "群成员", Role.KOL: "达人", Role.COMMITTEE: "委员", Role.LEAD: "组长",
          Role.HONORARY_OWNER: "名誉群主", Role.ASSISTANT: "群助理", Role.OWNER: "群主"}

# What an owner may type after /role, and config's ``roles:`` values.
HONORARY = {"名誉群主": Role.HONORARY_OWNER, "组长": Role.LEAD, "委员": Role.COMMITTEE, "KOL": Role.KOL,
            "kol": Role.KOL, "达人": Role.KOL, "成员": Role.MEMBER, "群成员": Role.MEMBER}


def role_of(member_id: str, group: GroupInfo | None, settings: GroupSettings,
            granted: Mapping[tuple[str, str], Role] | None = None) -> Role:
    """Owner from the platform, assistants from config, honorary roles from config then ``/role``."""
    if group is not None and member_id == group.owner:
        return Role.OWNER
    if member_id in settings.assistants:
        return Role.ASSISTANT
    if group is not None and granted and (group.id, member_id) in granted:
        return granted[(group.id, member_id)]
    if member_id in settings.roles:
        return HONORARY[settings.roles[member_id]]
    return Role.MEMBER
