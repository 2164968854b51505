"""Recognising a slash command in what a member typed."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.text import strip_leading_mentions

_COMMAND = re.compile(r"^/([^\s/]+)\s*(.*)$", re.S)


@dataclass(frozen=True)
class ParsedCommand:
    name: str
    args: str


def parse_command(text: str) -> ParsedCommand | None:
    """``/help``, ``／help``, ``@群助手 /help`` -> ParsedCommand('help', '')."""
    stripped = strip_leading_mentions(text)
    if not stripped:
        return None
    # NFKC on the command word only: ／ -> /, full-width letters -> ASCII; arguments stay as typed.
    head, sep, rest = stripped.partition(" ")
    match = _COMMAND.match(unicodedata.normalize("NFKC", head).casefold() + sep + rest)
    if match is None:
        return None
    return ParsedCommand(match.group(1), match.group(2).strip())
