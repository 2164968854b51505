"""``/config explain <key>``: what a setting means, from the schema's own field descriptions."""
from __future__ import annotations

import difflib
import typing
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel

from bot.config.schema import Config, GroupSettings


@dataclass(frozen=True)
class Explained:
    key: str
    description: str
    default: str
    current: str
    children: tuple[str, ...] = ()  # a section's keys


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The settings model a field holds (``X`` or ``X | None``), if any."""
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel) and candidate.model_fields:
            return candidate
    return None


def all_keys(model: type[BaseModel] = GroupSettings, prefix: str = "") -> list[str]:
    keys = []
    for name, info in model.model_fields.items():
        keys.append(prefix + name)
        inner = _model_of(info.annotation)
        if inner is not None and inner.__name__ != "TimeWindow":
            keys += all_keys(inner, f"{prefix}{name}.")
    return keys


def explain(key: str, config: Config, settings: GroupSettings) -> Explained | list[str]:
    """The key's meaning and values for this group; or the closest known keys when there is no such key."""
    parts = [p for p in key.strip().strip(".").split(".") if p]
    scope = GroupSettings if parts and parts[0] in GroupSettings.model_fields else Config
    if scope is Config and parts[:1] == ["defaults"]:
        parts, scope = parts[1:], GroupSettings
    model, value, info = scope, settings if scope is GroupSettings else config, None
    for part in parts:
        if model is None or part not in model.model_fields:
            known = all_keys(GroupSettings) + [k for k in all_keys(Config) if not k.startswith(("defaults", "groups"))]
            return difflib.get_close_matches(key.strip(), known, n=3, cutoff=0.5)
        info = model.model_fields[part]
        value = getattr(value, part, None)
        model = _model_of(info.annotation)
    if info is None:
        return []
    dotted = ".".join(parts)
    if model is not None and model.__name__ != "TimeWindow":  # a section: its keys, not a dump
        return Explained(dotted, describe(dotted), "", "", tuple(f"{dotted}.{name}" for name in model.model_fields))
    return Explained(dotted, describe(dotted), _show(info.get_default(call_default_factory=True)), _show(value))


def describe(key: str) -> str:
    """What a setting means, in Chinese (bot/content/settings_zh.yaml): owners read it, not developers."""
    return _descriptions().get(key.removeprefix("defaults."), "（这一项暂无中文说明，请看 docs/configuration.md 或询问技术人员）")


@cache
def _descriptions() -> dict[str, str]:
    return yaml.safe_load(resources.files("bot.content").joinpath("settings_zh.yaml").read_text("utf-8"))


def _show(value: Any) -> str:
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, dict) and set(value) == {"start", "end"}:  # a time window
        value = f"{value['start'][:5]}-{value['end'][:5]}"
    shown = {True: "是", False: "否", None: "无"}
    if isinstance(value, (bool, type(None))):
        text = shown[value]
    elif isinstance(value, (list, tuple)):
        text = "、".join(str(v) for v in value) if value else "（空）"
    else:
        text = str(value)
    return text if len(text) <= 120 else text[:117] + "..."
