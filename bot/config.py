"""The one strict configuration schema (pydantic v2, unknown keys rejected).

``defaults`` apply to every group, including groups the bot has never seen;
entries under ``groups`` are matched by id or by name and override the defaults
key by key. Loading, line numbers and error messages: ``bot.config_loader``.
"""
from __future__ import annotations

import re
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

from scheduler.cron import cron_trigger

ID_PATTERN = r"^[A-Za-z0-9_.:-]+$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SignInSettings(Strict):
    enabled: bool = True
    triggers: list[str] = ["签到", "打卡", "签个到", "今日打卡", "每日签到", "每日打卡"]
    base_points: int = Field(5, ge=0)
    streak_bonus: int = Field(1, ge=0, description="extra points per consecutive day")
    max_points: int = Field(15, ge=0, description="cap on points for one sign-in")
    grace_days: int = Field(0, ge=0, le=7, description="missed days a streak survives (0: a missed day breaks it)")
    makeup_cost: int = Field(0, ge=0, description="points a 补签 (making up yesterday) costs; 0: no 补签")
    makeup_per_month: int = Field(2, ge=0, description="补签 allowed per member per month")

    @field_validator("triggers")
    @classmethod
    def _non_empty(cls, value: list[str]) -> list[str]:
        if any(not t.strip() for t in value):
            raise ValueError("a trigger must not be empty")
        return value


Action = Literal["log", "warn", "remove"]


class BannedWordsRule(Strict):
    type: Literal["banned_words"]
    id: str = Field(pattern=ID_PATTERN)
    words: list[str] = []
    files: list[str] = Field([], description="word lists, one word per line, relative to config.yaml")
    allow: list[str] = Field([], description="words that are never flagged even if they contain a banned word")
    action: Action = "warn"
    reason: str = "发布了违禁词"


class RegexRule(Strict):
    type: Literal["regex"]
    id: str = Field(pattern=ID_PATTERN)
    patterns: list[str]
    action: Action = "warn"
    reason: str = "发布了不允许的内容"

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regex {pattern!r}: {exc}") from None
        return value


Rule = Annotated[BannedWordsRule | RegexRule, Field(discriminator="type")]


class ModerationSettings(Strict):
    mode: Literal["enforce", "shadow"] = Field(
        "enforce", description="shadow: record verdicts, do nothing visible"
    )


class ScheduledPost(Strict):
    id: str = Field(pattern=ID_PATTERN)
    cron: str = Field(description="five fields: minute hour day month weekday, group-local time")
    template: str
    enabled: bool = True

    @field_validator("cron")
    @classmethod
    def _valid_cron(cls, value: str) -> str:
        try:
            cron_trigger(value, "UTC")
        except ValueError as exc:
            raise ValueError(f"bad cron {value!r}: {exc}") from None
        return value


class QuizSettings(Strict):
    enabled: bool = True
    theme: str | None = Field(None, description="quiz bank to draw from; default: the group's theme, else store")
    timeout_minutes: int = Field(10, ge=1, le=1440, description="after this the answer is revealed")
    points: int = Field(10, ge=0, description="for the first correct answer")


class GroupSettings(Strict):
    timezone: str = "Asia/Shanghai"
    theme: str = "general"
    assistants: list[str] = Field([], description="member ids of the store's assistants in this group")
    signin: SignInSettings = SignInSettings()
    quiz: QuizSettings = QuizSettings()
    moderation: ModerationSettings = ModerationSettings()
    rules: list[Rule] = []
    schedule: list[ScheduledPost] = []

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {value!r} (e.g. Asia/Shanghai)") from None
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class GroupOverride(Strict):
    """A ``groups:`` entry after merging: who it matches, and its full settings."""

    id: str | None = None
    name: str | None = None
    settings: GroupSettings


class BotIdentity(Strict):
    id: str = Field("qunbot", pattern=ID_PATTERN)
    name: str = "群助手"


class StorageSettings(Strict):
    path: str = Field("data/qunbot.db", description="SQLite file, relative to the working directory")


class DemoMember(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: str


class DemoGroup(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: str
    owner: str
    bot_is_owner: bool = False
    members: list[DemoMember]


class PlaygroundSettings(Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    groups: list[DemoGroup] = []


class SendSettings(Strict):
    min_interval_seconds: float = Field(1.5, ge=0, description="between any two messages (1.5 s = 40/min)")
    group_switch_seconds: float = Field(3.0, ge=0, description="extra spacing when the next message goes to another group")
    jitter_seconds: float = Field(2.0, ge=0, description="random extra spacing added to a group switch")


class Config(Strict):
    bot: BotIdentity = BotIdentity()
    storage: StorageSettings = StorageSettings()
    playground: PlaygroundSettings = PlaygroundSettings()
    send: SendSettings = SendSettings()
    templates: dict[str, str] = Field({}, description="rewordings of the shipped templates, by key")
    defaults: GroupSettings = GroupSettings()
    groups: list[GroupOverride] = []

    def settings_for(self, group_id: str, group_name: str = "") -> GroupSettings:
        """The settings of one group: its entry by id, else by name, else the defaults."""
        for entry in self.groups:
            if entry.id is not None and entry.id == group_id:
                return entry.settings
        for entry in self.groups:
            if entry.name is not None and group_name and entry.name == group_name:
                return entry.settings
        return self.defaults
