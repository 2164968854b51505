"""Templates are data: every user-facing sentence is a sandboxed jinja2 template."""
from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

import yaml
from jinja2 import StrictUndefined, Template, TemplateError, nodes
from jinja2.sandbox import SandboxedEnvironment


def shipped_templates() -> dict[str, str]:
    """Every template under ``bot/content/templates/``, one YAML file per feature."""
    templates: dict[str, str] = {}
    folder = resources.files("bot.content").joinpath("templates")
    for file in sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name):
        stat = os.stat(str(file))
        for key, source in _template_file(str(file), stat.st_mtime_ns, stat.st_size):
            if key in templates:
                raise ValueError(f"template {key!r} is defined twice (again in {file.name})")
            templates[key] = source
    return templates


@lru_cache(maxsize=256)
def _template_file(path: str, mtime_ns: int, size: int) -> tuple[tuple[str, str], ...]:
    """One file's templates, parsed once per version of the file: every config load, reload and bot
    asks for all of them (~300, 14 files: 0.2 s of CPU each time with the pure-Python parser)."""
    with open(path, encoding="utf-8") as file:
        return tuple((yaml.load(file.read(), Loader=_LOADER) or {}).items())


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where installed, as for config.yaml


_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)


@lru_cache(maxsize=4096)
def _compiled(source: str) -> Template:
    """Compiled once per process: every reload (and every test's bot) shares the ~300 shipped ones."""
    return _ENV.from_string(source)


class Renderer:
    """Compiles every template once; ``render`` only fills them in."""

    def __init__(self, sources: Mapping[str, str]) -> None:
        self._templates: dict[str, Template] = {key: _compiled(src) for key, src in sources.items()}

    def __contains__(self, key: str) -> bool:
        return key in self._templates

    def render(self, key: str, **values: Any) -> str:
        return self._templates[key].render(**values).strip()


def check_template(source: str) -> tuple[str, dict[str, Any]] | None:
    """The syntax error in ``source`` as a config problem's code and values (bot.config.issues), or None."""
    try:
        tree = SandboxedEnvironment().parse(source)
    except TemplateError as exc:
        return "template_syntax", {"line": getattr(exc, "lineno", None)}
    if (name := _private_name(tree)) is not None:  # the sandbox refuses it at render; say so at load
        return "template_private_name", {"name": name}
    return None


def _private_name(tree: nodes.Template) -> str | None:
    """``x.__class__``, ``x['_y']``, ``_z`` or ``x|attr('__class__')``: a reach past the template's data."""
    for node in tree.find_all((nodes.Getattr, nodes.Name, nodes.Const)):
        name = node.attr if isinstance(node, nodes.Getattr) else getattr(node, "name", None)
        if isinstance(node, nodes.Const):
            name = node.value if isinstance(node.value, str) else None
        if name and name.startswith("_"):
            return name
    return None
