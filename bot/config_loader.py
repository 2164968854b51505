"""Load config.yaml into ``Config``, with errors an admin can act on at night.

Every problem is reported at once, each with its YAML path and line number:
``config.yaml:14: defaults.signin.base_pionts: unknown key (did you mean 'base_points'?)``.
"""
from __future__ import annotations

import difflib
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from bot.audience import Audience, audience_of
from bot.config import Config, GroupOverride, GroupSettings
from bot.config_sanity import YamlLimit, check_yaml
from bot.config_sanity import problems as sanity_problems
from bot.config_sanity import warnings as sanity_warnings
from bot.templates import check_template, shipped_templates

PathT = tuple[str | int, ...]
M = typing.TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class ConfigIssue:
    path: str
    line: int | None
    message: str

    def format(self, filename: str) -> str:
        where = f"{filename}:{self.line}" if self.line else filename
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class ConfigError(Exception):
    def __init__(self, filename: str, issues: list[ConfigIssue]) -> None:
        self.filename = filename
        self.issues = sorted(issues, key=lambda i: (i.line or 0, i.path))
        super().__init__("\n".join(i.format(filename) for i in self.issues))


def load_config(path: str | Path) -> Config:
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [ConfigIssue("", None, f"cannot read: {exc}")]) from None
    return parse_config(text, filename=str(path), base_dir=path.parent)


def parse_config(text: str, filename: str = "config.yaml", base_dir: Path = Path(".")) -> Config:
    data, lines, issues = _read_yaml(text)
    if issues:
        raise ConfigError(filename, issues)
    config, issues = _validate(data, lines)
    if config is not None:
        issues += _cross_checks(config, lines, base_dir)
    if issues:
        raise ConfigError(filename, issues)
    return config


def load_yaml_model(path: Path, adapter: TypeAdapter) -> Any:
    """A YAML data file (content library, products) validated by ``adapter``; errors as for config."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [ConfigIssue("", None, f"cannot read: {exc}")]) from None
    data, lines, issues = _read_yaml(text, top=None)
    if not issues:
        try:
            value = adapter.validate_python(data)
        except ValidationError as exc:
            issues = _translate(exc, data, (), lines)
        else:
            issues = _duplicate_ids(data, lines)
    if issues:
        raise ConfigError(str(path), issues)
    return value


def _duplicate_ids(data: Any, lines: dict[PathT, int]) -> list[ConfigIssue]:
    """Every item id must be unique within its list: rotation and /post item go by id."""
    lists = data.items() if isinstance(data, dict) else [((), data)]
    issues, seen = [], set()
    for key, items in lists:
        prefix = (key,) if key != () else ()
        for index, item in enumerate(items or []):
            if item["id"] in seen:
                issues.append(_issue(prefix + (index, "id"), lines, f"duplicate id {item['id']!r}"))
            seen.add(item["id"])
    return issues


def default_config_path(given: str | None) -> Path:
    """The named config, else ./config.yaml, else the config.yaml shipped beside the code."""
    if given:
        return Path(given)
    local = Path("config.yaml")
    return local if local.is_file() else Path(__file__).resolve().parent.parent / "config.yaml"


def resolve_path(base_dir: Path, name: str) -> Path:
    """Files named in config.yaml are relative to it."""
    path = Path(name)
    return path if path.is_absolute() else base_dir / path


# --- YAML with line numbers ---------------------------------------------------------


def parse_yaml_model(text: str, model: type[M], filename: str) -> M:
    """Any YAML file against a strict model, with config.yaml's path + line errors (quiz banks...)."""
    data, lines, issues = _read_yaml(text, top="the top level must be a mapping of keys")
    if not issues:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            issues = _translate(exc, data, (), lines)
    raise ConfigError(filename, issues)


def _read_yaml(text: str, top: str | None = "the top level must be a mapping of keys (bot, defaults, groups, ...)"
               ) -> tuple[Any, dict[PathT, int], list[ConfigIssue]]:
    try:
        root = check_yaml(text)  # size, loops, depth and alias expansion: before anything is built
        data = yaml.safe_load(text)
    except YamlLimit as exc:
        return None, {}, [ConfigIssue("", exc.line, str(exc))]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return None, {}, [ConfigIssue("", line, f"YAML syntax error: {exc.problem or exc}")]
    except yaml.YAMLError as exc:
        return None, {}, [ConfigIssue("", None, f"YAML error: {exc}")]
    except ValueError as exc:  # a value YAML parses but Python refuses, e.g. a number of 5,000 digits
        return None, {}, [ConfigIssue("", None, f"a value cannot be read: {exc}")]
    if data is None:
        return {}, {}, []
    if top is not None and not isinstance(data, dict):
        return None, {}, [ConfigIssue("", 1, top)]
    lines: dict[PathT, int] = {}
    issues: list[ConfigIssue] = []
    _walk(root, (), lines, issues)
    return data, lines, issues


def _walk(node: yaml.Node, path: PathT, lines: dict[PathT, int], issues: list[ConfigIssue]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                issues.append(ConfigIssue(format_path(path + (key,)), key_node.start_mark.line + 1, "duplicate key"))
            seen.add(key)
            lines[path + (key,)] = key_node.start_mark.line + 1
            _walk(value_node, path + (key,), lines, issues)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), lines, issues)


# --- validation ---------------------------------------------------------------------


def _validate(data: dict, lines: dict[PathT, int]) -> tuple[Config | None, list[ConfigIssue]]:
    issues: list[ConfigIssue] = []
    raw_groups = data.get("groups") or []
    if not isinstance(raw_groups, list):
        issues.append(_issue(("groups",), lines, "must be a list of groups"))
        raw_groups = []
    top = {k: v for k, v in data.items() if k != "groups"}
    try:
        config = Config.model_validate(top)
    except ValidationError as exc:
        issues += _translate(exc, top, (), lines)
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
        issues.append(_issue(path, lines, "must be a mapping with id or name and the settings to override"))
        return None
    selector = {k: raw.get(k) for k in ("id", "name")}
    if not any(selector.values()):
        issues.append(_issue(path, lines, "needs an id or a name to say which group it configures"))
    account = raw.get("account")
    if account is not None and not isinstance(account, str):
        issues.append(_issue(path + ("account",), lines, "must be an account name from accounts:"))
        account = None
    overrides = {k: v for k, v in raw.items() if k not in selector and k != "account"}
    defaults = defaults_raw if isinstance(defaults_raw, dict) else {}
    merged = _deep_merge(defaults, overrides)
    schedule_from: list[PathT | None] = []
    if "schedule" in overrides:
        merged["schedule"], schedule_from = _merge_schedule(defaults.get("schedule"), overrides["schedule"])
        if schedule_from and schedule_from[0] == ("schedule",):  # not a list or a {replace, entries} mapping
            issues.append(_issue(path + ("schedule",), lines, "must be a list of entries, or {replace: true, entries: [...]}"))
            return None
    try:
        settings = GroupSettings.model_validate(merged)
    except ValidationError as exc:
        # Errors in keys the group does not override are the defaults' errors, reported there.
        for error in exc.errors():
            where = _raw_path(merged, error["loc"])
            if where[:1] == ("schedule",) and len(where) > 1 and isinstance(where[1], int):
                if (own := schedule_from[where[1]]) is not None:  # None: an entry inherited as it is
                    issues.append(_issue(path + own + where[2:], lines, _message(error)))
            elif _owned_by(overrides, merged, where):
                issues.append(_issue(path + where, lines, _message(error)))
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


def _translate(exc: ValidationError, raw: Any, prefix: PathT, lines: dict[PathT, int]) -> list[ConfigIssue]:
    out = []
    for error in exc.errors():
        path = prefix + _raw_path(raw, error["loc"])
        out.append(_issue(path, lines, _message(error)))
    return out


def _raw_path(raw: Any, loc: tuple) -> PathT:
    """Pydantic's error location as a path in the YAML (dropping union tags)."""
    path: list[str | int] = []
    node = raw
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        elif isinstance(node, dict) and node.get("type") == part:
            continue
        else:
            node = None
        path.append(part)
    return tuple(path)


def _message(error: dict) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        key = error["loc"][-1]
        return f"unknown key{did_you_mean(str(key), _FIELD_NAMES, cutoff=0.7)}"
    if kind == "missing":
        return "required key is missing"
    if kind == "union_tag_invalid":
        return f"unknown type; expected one of: {error['ctx']['expected_tags']}"
    if kind == "union_tag_not_found":
        return "needs a 'type' (for example banned_words or regex)"
    return error["msg"].removeprefix("Value error, ")


def _cross_checks(config: Config, lines: dict[PathT, int], base_dir: Path) -> list[ConfigIssue]:
    known = set(shipped_templates())
    issues = []
    for key, source in config.templates.items():
        if key not in known:
            issues.append(_issue(("templates", key), lines, f"no such template{did_you_mean(key, known)}"))
        elif (error := check_template(source)) is not None:
            issues.append(_issue(("templates", key), lines, error))
    scopes: list[tuple[PathT, GroupSettings]] = [(("defaults",), config.defaults)]
    scopes += [(("groups", i), g.settings) for i, g in enumerate(config.groups)]
    for path, settings, post, where in _schedule_entries(config):
        issues += _check_post(post, path + where, lines, known)
    for path, settings in scopes:
        for j, rule in enumerate(settings.rules):
            for k, name in enumerate(getattr(rule, "files", [])):
                if not resolve_path(base_dir, name).is_file():
                    issues.append(_issue(path + ("rules", j, "files", k), lines, f"file not found: {name}"))
            if any(other.id == rule.id for other in settings.rules[:j]):
                issues.append(_issue(path + ("rules", j, "id"), lines, f"rule id {rule.id!r} is used twice (strikes are counted per id)"))
        issues += _check_faq(settings.faq.file, path + ("faq", "file"), lines, base_dir)
    content_issues = _check_content(config, lines, base_dir)
    if not content_issues:
        series = set(_load_content(config, base_dir).library)
        for path, settings, post, where in _schedule_entries(config):
            if post.series is not None and post.series not in series:
                issues.append(_issue(path + where + ("series",), lines,
                                     f"no series {post.series!r} in the content library (it has: {', '.join(sorted(series))})"))
    issues += _quiz_theme_checks(config, scopes, lines)
    issues += _coupon_checks(config, lines)
    from bot.accounts import account_problems  # it formats paths with this module's helpers

    issues += [_issue(path, lines, message) for path, message in account_problems(config)]
    issues += [_issue(path, lines, message) for path, message in sanity_problems(config, set(lines))]
    return _dedupe(issues + content_issues)


def config_warnings(config: Config, text: str) -> list[str]:
    """What check-config mentions without refusing: an empty file, no moderation rules."""
    return sanity_warnings(config, text)


def _check_faq(file: str | None, path: PathT, lines: dict[PathT, int], base_dir: Path) -> list[ConfigIssue]:
    """The FAQ file a group names exists and is valid (its own errors name its lines)."""
    from bot.faq import ENTRIES, SHIPPED

    target = resolve_path(base_dir, file) if file else SHIPPED
    if not target.is_file():
        return [_issue(path, lines, f"file not found: {file}")]
    try:
        load_yaml_model(target, ENTRIES)
    except ConfigError as exc:
        return [_issue(path, lines, issue.format(exc.filename)) for issue in exc.issues]
    return []


def _coupon_checks(config: Config, lines: dict[PathT, int]) -> list[ConfigIssue]:
    """Campaign ids are unique (codes and quantities go by id); rewards name a campaign that exists."""
    issues, seen = [], set()
    for i, campaign in enumerate(config.coupons.campaigns):
        if campaign.id in seen:
            issues.append(_issue(("coupons", "campaigns", i, "id"), lines, f"duplicate campaign id {campaign.id!r}"))
        seen.add(campaign.id)
    for game, campaign_id in config.coupons.rewards:
        if campaign_id is not None and campaign_id not in seen:
            suffix = did_you_mean(campaign_id, seen) or f" (campaigns: {', '.join(sorted(seen)) or 'none'})"
            issues.append(_issue(("coupons", "rewards", game), lines, f"no coupon campaign {campaign_id!r}{suffix}"))
    return issues


def _check_content(config: Config, lines: dict[PathT, int], base_dir: Path) -> list[ConfigIssue]:
    """The content files exist and are valid: check-config catches a broken library before a reload does."""
    from bot.content_library import content_paths

    for key, path in zip(("library", "products"), content_paths(config.content, base_dir)):
        if not path.is_file():
            return [_issue(("content", key), lines, f"file not found: {getattr(config.content, key)}")]
    try:
        content = _load_content(config, base_dir)
    except ConfigError as exc:
        return [_issue(("content",), lines, issue.format(exc.filename)) for issue in exc.issues]
    entries = [("product", p) for p in content.products] + [
        ("content item", item) for items in content.library.values() for item in items]
    return [_issue(("content",), lines, f"{kind} {entry.id}: picture file not found: {entry.image}")
            for kind, entry in entries
            if entry.image and not entry.image.startswith(("http://", "https://")) and not Path(entry.image).is_file()]


def _load_content(config: Config, base_dir: Path):
    from bot.content_library import content_paths, load_content

    return load_content(*content_paths(config.content, base_dir))


def _check_post(post: Any, path: PathT, lines: dict[PathT, int], templates: set[str]) -> list[ConfigIssue]:
    from scheduler.actions import ACTIONS  # the one table of scheduled actions

    if post.action not in ACTIONS:
        return [_issue(path + ("action",), lines, f"unknown action {post.action!r}; expected one of: {', '.join(ACTIONS)}")]
    if post.template is not None and post.template not in templates:
        return [_issue(path + ("template",), lines, f"no template named {post.template!r}")]
    if post.template is not None and audience_of(post.template) != Audience.GROUP:
        return [_issue(path + ("template",), lines, f"template {post.template!r} is for "
                       f"{audience_of(post.template)} privately; it cannot be posted in a group")]
    return []


def _schedule_entries(config: Config):
    """(scope path, settings, entry, its path in the scope) of every scheduled entry written in the YAML:
    a group's entries inherited unchanged from the defaults are checked there, once."""
    for j, post in enumerate(config.defaults.schedule):
        yield ("defaults",), config.defaults, post, ("schedule", j)
    for i, group in enumerate(config.groups):
        for post, where in zip(group.settings.schedule, group.schedule_from or [None] * len(group.settings.schedule)):
            if where is not None:
                yield ("groups", i), group.settings, post, where


def schedule_gaps(config: Config) -> list[str]:
    """Warnings: default scheduled actions a configured group ends up without (switched off or replaced)."""
    def runs(settings: GroupSettings) -> dict[str, str]:
        return {post.template or post.action: post.id for post in settings.schedule if post.enabled}

    expected = runs(config.defaults)
    gaps = []
    for i, group in enumerate(config.groups):
        missing = [f"{what} (id {post_id})" for what, post_id in expected.items() if what not in runs(group.settings)]
        if missing:
            gaps.append(f"groups[{i}] ({group.name or group.id}) runs none of the defaults' {', '.join(missing)}: "
                        f"switched off there (enabled: false, or schedule: {{replace: true}})")
    return gaps


def _quiz_theme_checks(config: Config, scopes: list[tuple[PathT, GroupSettings]],
                       lines: dict[PathT, int]) -> list[ConfigIssue]:
    from bot.quiz_bank import shipped_banks  # the banks are validated with this module's helpers

    themes = sorted(shipped_banks())
    wanted = [(path + ("quiz", "theme"), settings.quiz.theme) for path, settings in scopes]
    wanted += [(path + where + ("theme",), post.theme)
               for path, _, post, where in _schedule_entries(config) if post.action == "quiz"]
    return [_issue(where, lines, f"no quiz bank {theme!r}; banks: {', '.join(themes)}")
            for where, theme in wanted if theme is not None and theme not in themes]


# --- helpers ------------------------------------------------------------------------


def _collect_field_names(model: type[BaseModel], into: set[str]) -> set[str]:
    for name, field in model.model_fields.items():
        into.add(name)
        for arg in _flatten(field.annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel) and arg is not model:
                _collect_field_names(arg, into)
    return into


def _flatten(annotation: Any) -> list[Any]:
    args = typing.get_args(annotation)
    return [annotation] if not args else [a for arg in args for a in _flatten(arg)]


_FIELD_NAMES = _collect_field_names(Config, set())


def _deep_merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _issue(path: PathT, lines: dict[PathT, int], message: str) -> ConfigIssue:
    probe = path
    while probe and probe not in lines:
        probe = probe[:-1]
    return ConfigIssue(format_path(path), lines.get(probe), message)


def did_you_mean(word: str, choices, cutoff: float = 0.6) -> str:
    """' (did you mean 'x'?)' for the closest choice, or ''."""
    hint = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=cutoff)
    return f" (did you mean {hint[0]!r}?)" if hint else ""


def format_path(path: PathT) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out




def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _dedupe(issues: list[ConfigIssue]) -> list[ConfigIssue]:
    return list(dict.fromkeys(issues))
