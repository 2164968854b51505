"""YAML with line numbers, and errors an admin can act on at night.

Below the features: the content library, the FAQ and the quiz banks read their files with
these helpers, and ``bot.config.loader`` reads config.yaml with them. This module imports no
feature, so none of them needs the loader (which sits above them: ``bot.config.checks``).
Every problem is reported with its YAML path and line number:
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

from bot.config.schema import Config
from bot.config.sanity import YamlLimit, check_yaml

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


def load_yaml_model(path: Path, adapter: TypeAdapter) -> Any:
    """A YAML data file (content library, products) validated by ``adapter``; errors as for config."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [ConfigIssue("", None, f"cannot read: {exc}")]) from None
    data, lines, issues = read_yaml(text, top=None)
    if not issues:
        try:
            value = adapter.validate_python(data)
        except ValidationError as exc:
            issues = translate(exc, data, (), lines)
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
                issues.append(issue_at(prefix + (index, "id"), lines, f"duplicate id {item['id']!r}"))
            seen.add(item["id"])
    return issues


def resolve_path(base_dir: Path, name: str) -> Path:
    """Files named in config.yaml are relative to it."""
    path = Path(name)
    return path if path.is_absolute() else base_dir / path


def parse_yaml_model(text: str, model: type[M], filename: str) -> M:
    """Any YAML file against a strict model, with config.yaml's path + line errors (quiz banks...)."""
    data, lines, issues = read_yaml(text, top="the top level must be a mapping of keys")
    if not issues:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            issues = translate(exc, data, (), lines)
    raise ConfigError(filename, issues)


def read_yaml(text: str, top: str | None = "the top level must be a mapping of keys (bot, defaults, groups, ...)"
              ) -> tuple[Any, dict[PathT, int], list[ConfigIssue]]:
    """The data, the line of every path in it, and the problems (syntax, limits, duplicate keys)."""
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


# --- pydantic errors as YAML paths --------------------------------------------------


def translate(exc: ValidationError, raw: Any, prefix: PathT, lines: dict[PathT, int]) -> list[ConfigIssue]:
    out = []
    for error in exc.errors():
        path = prefix + raw_path(raw, error["loc"])
        out.append(issue_at(path, lines, error_message(error)))
    return out


def raw_path(raw: Any, loc: tuple) -> PathT:
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


def error_message(error: dict) -> str:
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


# --- paths and hints ----------------------------------------------------------------


def issue_at(path: PathT, lines: dict[PathT, int], message: str) -> ConfigIssue:
    """A problem at ``path``, on the line of its nearest ancestor the YAML has."""
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
