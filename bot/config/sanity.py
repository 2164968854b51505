"""What makes a config that loads also one that runs.

Before anything is built from the YAML: a size bound, and a walk of the composed node graph
that refuses loops, deep nesting and aliases expanding past a bound ("billion laughs": nine
aliases of nine aliases... is 3 GB once expanded). After validation: every reworded template
rendered with sample values, every number finite and every duration within a sane range, every
cron firing within a year, quiet hours leaving room to post. Problems are ``(path, code, values)``
(worded from bot/content/config_messages.yaml); the loader adds the file's line.
"""
from __future__ import annotations

import math
import re
from datetime import datetime, time, timedelta, timezone
from importlib import resources
from typing import Any, Iterator

import yaml
from jinja2 import StrictUndefined, UndefinedError, meta
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

from bot.templates import check_template, shipped_templates
from scheduler.cron import cron_trigger

MAX_CHARACTERS = 2_000_000
MAX_DEPTH = 50
MAX_VALUES = 200_000  # the shipped config has ~600; aliases expanded count once per use

DAY = 24 * 3600
# The longest sane value of a field, by the unit its name ends in (in that unit).
_UNIT_BOUNDS = {"_seconds": 366 * DAY, "_minutes": 366 * 24 * 60, "_hours": 366 * 24, "_days": 3660}
_COUNT_BOUND = 1_000_000_000
_CRON_FROM = datetime(2026, 1, 1, tzinfo=timezone.utc)  # a fixed reference: "fires within a year" of it

Problem = tuple[tuple[str | int, ...], str, dict[str, Any]]


class YamlLimit(Exception):
    def __init__(self, line: int | None, code: str, **params: Any) -> None:
        super().__init__(code)
        self.line, self.code, self.params = line, code, params


def check_yaml(text: str, loader: yaml.BaseLoader | None = None) -> yaml.Node | None:
    """The composed YAML (aliases still shared), or ``YamlLimit`` naming the line and what is wrong.
    ``loader``: one made on ``text`` (default: a pure-Python SafeLoader), which can then build the
    data from the same nodes (``construct_document``) instead of parsing the text again."""
    if len(text) > MAX_CHARACTERS:
        raise YamlLimit(None, "file_too_large", limit=MAX_CHARACTERS)
    _bracket_depth(text)  # the YAML parser is slow (and recursive) on thousands of nested brackets
    try:
        root = (loader or yaml.SafeLoader(text)).get_single_node()
    except RecursionError:
        raise YamlLimit(None, "nested_too_deep", limit=MAX_DEPTH) from None
    if root is not None:
        _count(root, 0, {}, set())
    return root


def _bracket_depth(text: str) -> None:
    """A cheap scan before parsing: flow brackets nested past the bound, outside quotes and comments."""
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("#"):
            continue
        quote = ""
        for char in line:
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlLimit(number, "nested_too_deep", limit=MAX_DEPTH)
            elif char in "]}":
                depth = max(depth - 1, 0)


def _count(node: yaml.Node, depth: int, sizes: dict[int, int], open_: set[int]) -> int:
    """Values under ``node`` with every alias expanded, counted once per shared node (memo)."""
    key, line = id(node), node.start_mark.line + 1
    if key in sizes:
        return sizes[key]
    if key in open_:
        raise YamlLimit(line, "alias_loop")
    if depth > MAX_DEPTH:
        raise YamlLimit(line, "nested_too_deep", limit=MAX_DEPTH)
    if isinstance(node, yaml.MappingNode):
        children = [child for pair in node.value for child in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = node.value
    else:
        children = []
    open_.add(key)
    total = 1 + sum(_count(child, depth + 1, sizes, open_) for child in children)
    open_.discard(key)
    if total > MAX_VALUES:
        raise YamlLimit(line, "alias_expansion", limit=MAX_VALUES)
    sizes[key] = total
    return total


# --- after validation ---------------------------------------------------------------


def problems(config: Any, written: set[tuple]) -> list[Problem]:
    """``written``: the paths present in the YAML (a group's merged settings are checked where written)."""
    found = list(_template_problems(config.templates))
    for name in type(config).model_fields:
        if name != "groups":
            found += _number_problems(getattr(config, name), (name,))
    scopes = [(("defaults",), config.defaults)]
    scopes += [(("groups", i), group.settings) for i, group in enumerate(config.groups)]
    for path, settings in scopes:
        if path[0] == "groups":
            found += [problem for problem in _number_problems(settings, path) if problem[0] in written]
        found += _schedule_problems(settings, path)
        found += _quiet_problems(settings, path)
    return found


def _number_problems(value: Any, path: tuple) -> Iterator[Problem]:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _number_problems(getattr(value, name), path + (name,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _number_problems(item, path + (index,))
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        name = str(path[-1])
        if isinstance(value, float) and not math.isfinite(value):
            yield path, "not_finite", {}
            return
        bound = next((b for unit, b in _UNIT_BOUNDS.items() if name.endswith(unit)), _COUNT_BOUND)
        if abs(value) > bound:
            unit = next((u.strip("_") for u in _UNIT_BOUNDS if name.endswith(u)), "")
            yield path, "number_too_large", {"limit": bound, "unit": unit, "input": value}


def _schedule_problems(settings: Any, path: tuple) -> Iterator[Problem]:
    for j, post in enumerate(settings.schedule):
        trigger = cron_trigger(post.cron, settings.timezone)
        first = trigger.get_next_fire_time(None, _CRON_FROM)
        if first is None or first - _CRON_FROM > timedelta(days=366):
            yield path + ("schedule", j, "cron"), "cron_never", {"cron": post.cron}


def _quiet_problems(settings: Any, path: tuple) -> Iterator[Problem]:
    quiet = settings.posting.quiet_hours
    if quiet is None:
        return
    where = path + ("posting", "quiet_hours")
    if quiet.start == quiet.end:
        yield where, "quiet_hours_same", {}
        return
    start, end = _minutes(quiet.start), _minutes(quiet.end)
    if (end - start) % (24 * 60) > 23 * 60:
        yield where, "quiet_hours_too_long", {}


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


# --- templates ----------------------------------------------------------------------


def _template_problems(overrides: dict[str, str]) -> Iterator[Problem]:
    """Each reworded template: every variable it names is one its key is given, and it renders
    with sample values of those (a missing element or attribute depends on the data: not checked)."""
    given = template_variables()
    env = SandboxedEnvironment(undefined=StrictUndefined)  # as bot.templates.Renderer renders
    for key, source in overrides.items():
        if key not in given or check_template(source) is not None:
            continue  # an unknown key or a syntax error is reported by the loader
        unknown = sorted(meta.find_undeclared_variables(env.parse(source)) - given[key])
        if unknown:
            yield ("templates", key), "template_unknown_names", {"names": unknown,
                                                                 "shipped": sorted(_shipped_names(key))}
            continue
        try:
            env.from_string(source).render(**{name: Sample() for name in given[key]})
        except UndefinedError:
            pass
        except Exception:  # a filter or an operation that fails whatever the values
            yield ("templates", key), "template_cannot_render", {}


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def template_variables() -> dict[str, set[str]]:
    """Per template key, the names it may use: those its shipped wording uses and those its
    file's comments document (the comments say what each template is given)."""
    if _VARIABLES:
        return _VARIABLES
    env = SandboxedEnvironment()
    folder = resources.files("bot.content").joinpath("templates")
    for file in (f for f in folder.iterdir() if f.name.endswith(".yaml")):
        text = file.read_text("utf-8")
        documented = {w for line in text.splitlines() if line.lstrip().startswith("#")
                      for w in _IDENTIFIER.findall(line)}
        sources = yaml.safe_load(text) or {}
        used = {name for source in sources.values() for name in meta.find_undeclared_variables(env.parse(source))}
        for key in sources:
            _VARIABLES[key] = documented | used
    return _VARIABLES


_VARIABLES: dict[str, set[str]] = {}


def _shipped_names(key: str) -> set[str]:
    return meta.find_undeclared_variables(SandboxedEnvironment().parse(shipped_templates()[key]))


_NOT_DATA = frozenset({"unsafe_callable", "alters_data", "jinja_pass_arg"})


class Sample:
    """A stand-in for any value a template is given: a number, a text, a list, a time, a row."""

    def __getattr__(self, name: str) -> "Sample":
        if name.startswith("_") or name in _NOT_DATA:
            raise AttributeError(name)  # the sandbox's and jinja's own probes: not template data
        return self

    def __getitem__(self, key: Any) -> "Sample":
        return self

    def __call__(self, *args: Any, **kwargs: Any) -> "Sample":
        return self

    def __iter__(self):
        return iter([self])

    def __len__(self) -> int:
        return 1

    def __str__(self) -> str:
        return "1"

    def __format__(self, spec: str) -> str:
        return format(1, spec)

    def __int__(self) -> int:
        return 1

    def __float__(self) -> float:
        return 1.0

    def __index__(self) -> int:
        return 1

    def __round__(self, digits: int | None = None) -> "Sample":
        return self

    def __bool__(self) -> bool:
        return True

    def __eq__(self, other: Any) -> bool:
        return False

    def __hash__(self) -> int:
        return 1

    def __lt__(self, other: Any) -> bool:
        return False

    __le__ = __gt__ = __ge__ = __lt__

    def _same(self, *other: Any) -> "Sample":
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _same
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __neg__ = __abs__ = _same


def warnings(config: Any, text: str) -> list[str]:
    """Codes of what is allowed but probably not meant."""
    found = []
    if not [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]:
        found.append("warning_empty_file")
    if not config.defaults.rules and not any(group.settings.rules for group in config.groups):
        found.append("warning_no_rules")
    return found
