"""A problem in a config or data file, kept as data (where, a code, its values) and put into words
only when a person reads it: from the editable table bot/content/config_messages.yaml.

Owners read these in the /重载 reply and the dashboard's config page, admins in ``qunbot
check-config``: Simplified Chinese, with the file name, line, key path and the values quoted as
the file has them. Validators raise ``problem(code, **values)`` so pydantic keeps the code and
values (its ``type`` and ``ctx``) instead of an English sentence. Imports nothing of the project:
the schema and the features' own data files use it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Mapping

import yaml
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic_core import PydanticCustomError

log = logging.getLogger(__name__)

GENERIC = "unknown"  # the table's sentence for a code it has no entry for: still Chinese


@dataclass(frozen=True)
class ConfigIssue:
    path: str  # the key path in the file: defaults.signin.base_points, groups[0].schedule[1].cron
    line: int | None
    code: str  # a key of bot/content/config_messages.yaml
    params: Mapping[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:  # params is a dict: issues are de-duplicated in sets
        return hash((self.path, self.line, self.code, repr(sorted(self.params.items(), key=lambda kv: kv[0]))))

    @property
    def text(self) -> str:
        """The problem in words, without where it is."""
        return render(self.code, self.params)

    def format(self, filename: str) -> str:
        """``config.yaml 第 12 行 groups[0].signin.gather_seconds：应是一个数字，这里写的是“三分钟”``."""
        where = f"{filename} 第 {self.line} 行" if self.line else filename
        if self.path:
            where = f"{where} {self.path}"
        return f"{where}：{self.text}"


class ConfigError(Exception):
    def __init__(self, filename: str, issues: list[ConfigIssue]) -> None:
        self.filename = filename
        self.issues = sorted(issues, key=lambda i: (i.line or 0, i.path))
        super().__init__("\n".join(i.format(filename) for i in self.issues))


def problem(code: str, **values: Any) -> PydanticCustomError:
    """Raised in a validator: pydantic reports it with ``type`` = code and ``ctx`` = values."""
    return PydanticCustomError(code, code, values)


def nested(filename: str, inner: ConfigIssue) -> dict[str, Any]:
    """The values of an issue that is another file's issue (the FAQ file a group names)."""
    return {"file": filename, "detail": inner}


# --- words ----------------------------------------------------------------------------


def render(code: str, params: Mapping[str, Any]) -> str:
    table = messages()
    values = {key: _shown(value, params) for key, value in params.items()}
    try:
        return _env().from_string(table.get(code) or table[GENERIC]).render(**values).strip()
    except (TemplateError, TypeError, ValueError) as exc:  # a value the sentence did not expect: say it plainly
        log.warning("config message %r cannot be rendered with %r: %s", code, sorted(params), exc)
        return _env().from_string(table[GENERIC]).render(**values).strip()


def _shown(value: Any, params: Mapping[str, Any]) -> Any:
    return value.format(params.get("file", "")) if isinstance(value, ConfigIssue) else value


@cache
def _table() -> dict[str, Any]:
    return yaml.safe_load(resources.files("bot.content").joinpath("config_messages.yaml").read_text("utf-8"))


def messages() -> dict[str, str]:
    """The sentences by code."""
    return {key: value for key, value in _table().items() if isinstance(value, str)}


def _written() -> dict[str, str]:
    return _table()["_written"]


def quote(value: Any) -> str:
    return f"“{_shortened(_as_typed(value), most=120)}”"  # room for a database address


def quote_list(values: Any) -> str:
    return "、".join(quote(v) for v in values) if values else "（无）"


def written(value: Any) -> str:
    """What the file has where the problem is: its text, or what kind of thing it is."""
    forms = _written()
    if value is None or value == "":
        return forms["empty"]
    if isinstance(value, list):
        return forms["list"]
    if isinstance(value, dict):
        return forms["mapping"]
    return _env().from_string(forms["text"]).render(value=_shortened(_as_typed(value)))


def _shortened(text: str, most: int = 40) -> str:
    """A value quoted from the file, cut so that a pasted essay does not become the message."""
    return text if len(text) <= most else text[:most - 3] + "..."


def number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _as_typed(value: Any) -> str:
    """A value as the file writes it: true, null, 3 (a float field's 3.0), 99999 (no separators)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    return str(value)


@cache
def _env() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, keep_trailing_newline=False)
    env.filters.update(q=quote, qlist=quote_list, written=written, num=number)
    return env
