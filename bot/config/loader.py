"""Load config.yaml into ``Config``, with errors an admin can act on at night.

Every problem is reported at once, each with its YAML path and line number, in Chinese
(bot/content/config_messages.yaml, by the problem's code):
``config.yaml 第 14 行 defaults.signin.base_pionts：没有这一项（是不是想写“base_points”？）``.
Three layers, so that no import goes in a circle:

- ``bot.config.yaml_files`` (below the features): YAML with line numbers, ``ConfigError``, the
  helpers the content library, FAQ and quiz banks read their own files with;
- this module: the YAML against the schema (``bot.config.schema``), groups merged over the defaults;
- ``bot.config.checks`` (above the features): the cross-reference checks (templates, files,
  the FAQ, the content library, scheduled actions, quiz banks, coupons, accounts), run by
  ``parse_config`` once the config has validated.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.config.schema import Config, GroupOverride, GroupSettings
from bot.config.checks import cross_checks
from bot.config.issues import render
from bot.config.sanity import warnings as sanity_warnings
from bot.config.yaml_files import (ConfigError, ConfigIssue, PathT, close_match, error_message, format_path, issue_at,
                                   load_yaml_model, merge_kinds, parse_yaml_model, raw_path, read_text, read_yaml,
                                   resolve_path, translate)

# Re-exported: callers load config.yaml and read data files through this module.
__all__ = ["ConfigError", "ConfigIssue", "close_match", "config_warnings", "default_config_path", "format_path",
           "load_config", "load_yaml_model", "parse_config", "parse_yaml_model", "resolve_path", "schedule_gaps"]


def load_config(path: str | Path) -> Config:
    path = Path(path)
    text = read_text(path)
    return parse_config(text, filename=str(path), base_dir=path.parent)


def parse_config(text: str, filename: str = "config.yaml", base_dir: Path = Path(".")) -> Config:
    data, lines, issues = read_yaml(text)
    if issues:
        raise ConfigError(filename, issues)
    config, issues = _validate(data, lines)
    if config is not None:
        issues += cross_checks(config, lines, base_dir)
    if issues:
        raise ConfigError(filename, issues)
    return config


def default_config_path(given: str | None) -> Path:
    """The named config, else ./config.yaml, else the config.yaml shipped beside the code."""
    if given:
        return Path(given)
    local = Path("config.yaml")
    return local if local.is_file() else Path(__file__).resolve().parents[2] / "config.yaml"


# --- validation ---------------------------------------------------------------------


def _validate(data: dict, lines: dict[PathT, int]) -> tuple[Config | None, list[ConfigIssue]]:
    issues: list[ConfigIssue] = []
    raw_groups = data.get("groups") or []
    if not isinstance(raw_groups, list):
        issues.append(issue_at(("groups",), lines, "groups_not_list"))
        raw_groups = []
    top = {k: v for k, v in data.items() if k != "groups"}
    try:
        config = Config.model_validate(top)
    except ValidationError as exc:
        issues += translate(exc, top, (), lines)
        config = None
    defaults_raw = data.get("defaults") or {}
    overrides = [_validate_group(i, g, defaults_raw, lines, issues) for i, g in enumerate(raw_groups)]
    if config is None or issues:
        return None, issues
    return config.model_copy(update={"groups": overrides}), issues


def _validate_group(
    index: int, raw: Any, defaults_raw: Any, lines: dict[PathT, int], issues: list[ConfigIssue]
) -> GroupOverride | None:
    path: PathT = ("groups", index)
    if not isinstance(raw, dict):
        issues.append(issue_at(path, lines, "group_not_mapping"))
        return None
    selector = {k: raw.get(k) for k in ("id", "name")}
    if not any(selector.values()):
        issues.append(issue_at(path, lines, "group_needs_id_or_name"))
    account = raw.get("account")
    if account is not None and not isinstance(account, str):
        issues.append(issue_at(path + ("account",), lines, "group_account_not_name"))
        account = None
    overrides = {k: v for k, v in raw.items() if k not in selector and k != "account"}
    defaults = defaults_raw if isinstance(defaults_raw, dict) else {}
    merged = _deep_merge(defaults, overrides)
    schedule_from: list[PathT | None] = []
    if "schedule" in overrides:
        merged["schedule"], schedule_from = _merge_schedule(defaults.get("schedule"), overrides["schedule"])
        if schedule_from and schedule_from[0] == ("schedule",):  # not a list or a {replace, entries} mapping
            issues.append(issue_at(path + ("schedule",), lines, "schedule_shape"))
            return None
    try:
        settings = GroupSettings.model_validate(merged)
    except ValidationError as exc:
        # Errors in keys the group does not override are the defaults' errors, reported there.
        own: list[ConfigIssue] = []
        for error in exc.errors():
            where = raw_path(merged, error["loc"], error["type"])
            if where[:1] == ("schedule",) and len(where) > 1 and isinstance(where[1], int):
                if (written := schedule_from[where[1]]) is not None:  # None: an entry inherited as it is
                    own.append(issue_at(path + written + where[2:], lines, *error_message(error)))
            elif _owned_by(overrides, merged, where):
                own.append(issue_at(path + where, lines, *error_message(error)))
        issues += merge_kinds(own)
        return None
    return GroupOverride(id=_str_or_none(selector["id"]), name=_str_or_none(selector["name"]), account=account,
                         settings=settings, schedule_from=tuple(schedule_from))


def _merge_schedule(defaults: Any, own: Any) -> tuple[Any, list[PathT | None]]:
    """A group's ``schedule`` extends the defaults' by id: an entry with a default's id overrides it
    key by key (``{id: morning, enabled: false}`` switches it off), new ids are added; with
    ``{replace: true, entries: [...]}`` only the group's own entries run. Also returns where each
    merged entry comes from in the group's YAML (None: inherited unchanged), for error lines."""
    prefix: PathT = ("schedule",)
    if isinstance(own, dict) and set(own) <= {"replace", "entries"}:
        prefix, replace, own = ("schedule", "entries"), own.get("replace") is True, own.get("entries") or []
        if replace:
            defaults = []
    if not isinstance(own, list):
        return own, [("schedule",)]
    defaults = defaults if isinstance(defaults, list) else []
    mine = {entry.get("id"): j for j, entry in enumerate(own) if isinstance(entry, dict) and entry.get("id")}
    merged, origin, used = [], [], set()
    for entry in defaults:
        j = mine.get(entry.get("id")) if isinstance(entry, dict) else None
        merged.append(entry if j is None else {**entry, **own[j]})
        origin.append(None if j is None else prefix + (j,))
        used.add(j)
    for j, entry in enumerate(own):
        if j not in used:
            merged.append(entry)
            origin.append(prefix + (j,))
    return merged, origin


def _owned_by(overrides: dict, merged: dict, path: PathT) -> bool:
    """Whether an error at ``path`` of the merged settings comes from the group's own keys."""
    mine, full = overrides, merged
    for part in path:
        if not _has(full, part):
            return True  # a missing key: the group's own block lacks it
        if not _has(mine, part):
            return False
        mine, full = mine[part], full[part]
    return True


def _has(node: Any, part: str | int) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and part < len(node)


def config_warnings(config: Config, text: str) -> list[str]:
    """What check-config mentions without refusing (an empty file, no moderation rules), in words."""
    return [render(code, {}) for code in sanity_warnings(config, text)]


def schedule_gaps(config: Config) -> list[str]:
    """Warnings, in words: default scheduled actions a configured group ends up without (switched off or replaced)."""
    def runs(settings: GroupSettings) -> dict[str, str]:
        return {post.template or post.action: post.id for post in settings.schedule if post.enabled}

    expected = runs(config.defaults)
    gaps = []
    for i, group in enumerate(config.groups):
        missing = [{"what": what, "id": post_id} for what, post_id in expected.items() if what not in runs(group.settings)]
        if missing:
            gaps.append(render("warning_schedule_gap", {"path": format_path(("groups", i)),
                                                        "group": group.name or group.id, "missing": missing}))
    return gaps


# --- helpers ------------------------------------------------------------------------


def _deep_merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
