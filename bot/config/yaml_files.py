"""YAML with line numbers, and errors an admin can act on at night.

Below the features: the content library, the FAQ and the quiz banks read their files with
these helpers, and ``bot.config.loader`` reads config.yaml with them. This module imports no
feature, so none of them needs the loader (which sits above them: ``bot.config.checks``).
Every problem is reported with its YAML path and line number, as a code and its values
(``bot.config.issues``) worded in Chinese when shown:
``config.yaml 第 14 行 defaults.signin.base_pionts：没有这一项（是不是想写“base_points”？）``.
"""
from __future__ import annotations

import difflib
import re
import typing
from pathlib import Path
from typing import Any, Callable

import yaml
from pydantic import BaseModel, PydanticUserError, TypeAdapter, ValidationError

from bot.config.issues import ConfigError, ConfigIssue
from bot.config.schema import ID_PATTERN, Config
from bot.config.sanity import MAX_CHARACTERS, YamlLimit, check_yaml

PathT = tuple[str | int, ...]
M = typing.TypeVar("M", bound=BaseModel)


def load_yaml_model(path: Path, adapter: TypeAdapter) -> Any:
    """A YAML data file (content library, products) validated by ``adapter``; errors as for config."""
    text = read_text(path)
    data, lines, issues = read_yaml(text, top=None)
    if not issues:
        try:
            value = adapter.validate_python(data)
        except ValidationError as exc:
            issues = translate(exc, data, (), lines, names=key_names(adapter.json_schema))
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
                issues.append(issue_at(prefix + (index, "id"), lines, "duplicate_id", id=item["id"]))
            seen.add(item["id"])
    return issues


def resolve_path(base_dir: Path, name: str) -> Path:
    """Files named in config.yaml are relative to it."""
    path = Path(name)
    return path if path.is_absolute() else base_dir / path


def read_text(path: Path, encoding: str = "utf-8") -> str:
    """The file's text, or ``ConfigError`` saying why not (missing, no permission, not UTF-8)."""
    try:
        return path.read_text(encoding)
    except FileNotFoundError:
        code = "file_missing"
    except PermissionError:
        code = "file_no_permission"
    except UnicodeDecodeError:
        code = "file_not_utf8"
    except OSError:
        code = "file_unreadable"
    raise ConfigError(str(path), [ConfigIssue("", None, code)]) from None


def parse_yaml_model(text: str, model: type[M], filename: str) -> M:
    """Any YAML file against a strict model, with config.yaml's path + line errors (quiz banks...)."""
    data, lines, issues = read_yaml(text, top="top_not_mapping")
    if not issues:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            issues = translate(exc, data, (), lines, names=key_names(model.model_json_schema))
    raise ConfigError(filename, issues)


def read_yaml(text: str, top: str | None = "top_not_config") -> tuple[Any, dict[PathT, int], list[ConfigIssue]]:
    """The data, the line of every path in it, and the problems (syntax, limits, duplicate keys);
    ``top``: the code of the problem when the file is not a mapping (None: it need not be)."""
    try:
        root, data = parse(text)
    except YamlLimit as exc:
        return None, {}, [ConfigIssue("", exc.line, exc.code, exc.params)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        return None, {}, [ConfigIssue("", line, *syntax_problem(exc))]
    except yaml.YAMLError:
        return None, {}, [ConfigIssue("", None, "yaml_syntax")]
    except ValueError:  # a value YAML parses but Python refuses, e.g. a number of 5,000 digits
        return None, {}, [ConfigIssue("", None, "value_unreadable")]
    if data is None:
        return {}, {}, []
    if top is not None and not isinstance(data, dict):
        return None, {}, [ConfigIssue("", 1, top)]
    lines: dict[PathT, int] = {}
    issues: list[ConfigIssue] = []
    _walk(root, (), lines, issues)
    return data, lines, issues


# libyaml's parser (PyYAML's C extension) where it is installed: ~10x faster than the pure-Python one.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)
_PURE_PYTHON_ONLY = re.compile("[\t\ufeff\x85\u2028\u2029]")


def parse(text: str) -> tuple[yaml.Node | None, Any]:
    """The composed YAML and the data built from it: the text is parsed once, by libyaml when it is there.
    Size, loops, depth and alias expansion are checked on the nodes before anything is built (YamlLimit).

    A text libyaml refuses is parsed again by the pure-Python parser, whose problems ``syntax_problem``
    words (libyaml's say less: "found character that cannot start any token", no word of the tab); and so
    is any text with a tab, which libyaml takes between a key and its value where the pure-Python parser
    (the reference: what the bot always accepted) refuses it."""
    if _FAST_LOADER is not None and not _PURE_PYTHON_ONLY.search(text):
        try:
            return _parse_with(_FAST_LOADER, text)
        except (yaml.YAMLError, UnicodeEncodeError):  # UnicodeEncodeError: a lone surrogate, refused below
            pass
    return _parse_with(yaml.SafeLoader, text)


def _parse_with(loader_class: type, text: str) -> tuple[yaml.Node | None, Any]:
    if len(text) > MAX_CHARACTERS:  # before the loader reads it (the pure-Python reader scans it all)
        raise YamlLimit(None, "file_too_large", limit=MAX_CHARACTERS)
    loader = loader_class(text)
    try:
        root = check_yaml(text, loader)
        return root, None if root is None else loader.construct_document(root)
    finally:
        loader.dispose()


def _walk(node: yaml.Node, path: PathT, lines: dict[PathT, int], issues: list[ConfigIssue]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                issues.append(ConfigIssue(format_path(path + (key,)), key_node.start_mark.line + 1, "duplicate_key"))
            seen.add(key)
            lines[path + (key,)] = key_node.start_mark.line + 1
            _walk(value_node, path + (key,), lines, issues)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), lines, issues)


# --- pydantic errors as YAML paths --------------------------------------------------


def translate(exc: ValidationError, raw: Any, prefix: PathT, lines: dict[PathT, int],
              names: set[str] | None = None) -> list[ConfigIssue]:
    """``names``: the keys the file may have, for "did you mean" (default: config.yaml's)."""
    out = []
    for error in exc.errors():
        path = prefix + raw_path(raw, error["loc"], error["type"])
        out.append(issue_at(path, lines, *error_message(error, names)))
    return merge_kinds(out)


# What a value of a union may be, by the error of each member (``model: bool | str``).
KINDS = {"bool_type": "bool", "bool_parsing": "bool", "string_type": "text", "int_type": "integer",
         "int_parsing": "integer", "float_type": "number", "float_parsing": "number", "list_type": "list",
         "dict_type": "mapping", "model_type": "mapping"}


def merge_kinds(issues: list[ConfigIssue]) -> list[ConfigIssue]:
    """A union's members each refusing the value at one path: one problem naming every kind it may be."""
    by_place: dict[tuple, list[ConfigIssue]] = {}
    for issue in issues:
        by_place.setdefault((issue.path, issue.line, issue.code in KINDS), []).append(issue)
    out = []
    for (path, line, is_kind), group in by_place.items():
        if is_kind and len(group) > 1:
            kinds = list(dict.fromkeys(KINDS[issue.code] for issue in group))
            out.append(ConfigIssue(path, line, "one_of_kinds", {"kinds": kinds, "input": group[0].params.get("input")}))
        else:
            out += group
    return out


def key_names(schema: Callable[[], dict]) -> set[str] | None:
    """Every key a data file's models have (their JSON schema's properties), or None if it has no schema."""
    try:
        found: set[str] = set()
        _properties(schema(), found)
        return found
    except PydanticUserError:
        return None


def _properties(node: Any, into: set[str]) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            into.update(node["properties"])
        for value in node.values():
            _properties(value, into)
    elif isinstance(node, list):
        for value in node:
            _properties(value, into)


def raw_path(raw: Any, loc: tuple, kind: str = "") -> PathT:
    """Pydantic's error location as a path in the YAML (dropping union tags); ``kind``: the error's type."""
    path: list[str | int] = []
    node, gone = raw, object()  # gone: below a key the YAML does not have
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        elif isinstance(node, dict) and node.get("type") == part:
            continue
        elif node is not gone and not isinstance(node, dict) and isinstance(part, str):
            continue  # a member of a union (``model: bool | str`` -> 'bool'), or a dict key's '[key]'
        elif isinstance(node, dict) and kind in KINDS and part == loc[-1] and isinstance(part, str):
            continue  # the same, the value being a mapping: a kind error names no key below it
        else:
            node = gone
        path.append(part)
    return tuple(path)


def error_message(error: dict, names: set[str] | None = None) -> tuple[str, dict[str, Any]]:
    """Pydantic's error as our code (its ``type``) and the values its sentence needs; ``names``: the
    file's keys, for "did you mean" (default: config.yaml's)."""
    kind, ctx = error["type"], dict(error.get("ctx") or {})
    ctx.pop("error", None)  # value_error's exception: its English text is not shown
    params: dict[str, Any] = {"input": _brief(error.get("input")), **ctx}  # a validator's own input first
    if kind == "extra_forbidden":
        key = str(error["loc"][-1])
        return kind, {"key": key, "hint": close_match(key, (names or _FIELD_NAMES) - {key}, cutoff=0.7)}
    if kind == "missing":
        return kind, {"key": str(error["loc"][-1]) if error["loc"] else ""}
    if kind in ("literal_error", "enum"):
        params["expected"] = _listed(ctx.get("expected", ""))
    if kind == "union_tag_invalid":
        params["expected_tags"] = _listed(ctx.get("expected_tags", ""))
    if kind == "string_pattern_mismatch":
        params["is_id"] = ctx.get("pattern") == ID_PATTERN
    return kind, params


def _brief(value: Any) -> Any:
    """What the file has there: a scalar as it is; a list or mapping only as its kind (it may be large)."""
    if isinstance(value, (list, tuple, set)):
        return []
    if isinstance(value, dict):
        return {}
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)


def _listed(expected: str) -> list[str]:
    """Pydantic's "'a', 'b' or 'c'" as ['a', 'b', 'c']."""
    quoted = re.findall(r"'((?:[^'\\]|\\.)*)'", expected)
    return quoted or [part for part in re.split(r", | or ", expected) if part]


# What PyYAML's problem says, by the start of its text: the beginnings of the usual mistakes.
_SYNTAX = [
    ("found character '\\t'", "yaml_tab"),
    ("mapping values are not allowed", "yaml_colon"),
    ("found undefined alias", "yaml_alias"),
    ("could not determine a constructor", "yaml_tag"),
    ("found unhashable key", "yaml_key"),
    ("expected ',' or ']'", "yaml_unclosed"),
    ("expected ',' or '}'", "yaml_unclosed"),
    ("found unexpected end of stream", "yaml_unclosed"),
    ("expected <block end>", "yaml_indent"),
    ("did not find expected key", "yaml_indent"),
    ("could not find expected ':'", "yaml_indent"),
    ("did not find expected '-' indicator", "yaml_indent"),
]


def syntax_problem(exc: yaml.MarkedYAMLError) -> tuple[str, dict[str, Any]]:
    problem = exc.problem or ""
    if problem.endswith("'<stream end>'"):
        return "yaml_unclosed", {}  # the file ended inside a bracket or a quote
    code = next((code for start, code in _SYNTAX if problem.startswith(start)), "yaml_syntax")
    return code, {}


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


def issue_at(path: PathT, lines: dict[PathT, int], code: str, params: dict[str, Any] | None = None,
             **values: Any) -> ConfigIssue:
    """A problem at ``path``, on the line of its nearest ancestor the YAML has."""
    probe = path
    while probe and probe not in lines:
        probe = probe[:-1]
    return ConfigIssue(format_path(path), lines.get(probe), code, {**(params or {}), **values})


def close_match(word: str, choices, cutoff: float = 0.6) -> str | None:
    """The closest choice to a mistyped ``word`` (a "did you mean"), or None."""
    hint = difflib.get_close_matches(word, sorted(map(str, choices)), n=1, cutoff=cutoff)
    return hint[0] if hint else None


def format_path(path: PathT) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
