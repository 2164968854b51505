"""Regional and spoken ways of asking, read as Mandarin (``bot/content/spoken_words.txt``, editable):
店在哪嘎达 -> 店在哪里, 有冇得退 -> 有没有退. One pass, longest word first, on a normalised text, so the
question detector and the FAQ match read the same words whatever the member's dialect."""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

from bot.text import normalize

WORDS_FILE = Path(__file__).resolve().parent.parent / "content" / "spoken_words.txt"
log = logging.getLogger(__name__)


def parse(lines: list[str]) -> tuple[dict[str, str], list[int]]:
    """{said: Mandarin} from the file's lines ("哪里: 哪嘎达 边度"), and the numbers of the lines that
    are no such pair (skipped here; ``qunbot check-config`` names them)."""
    table: dict[str, str] = {}
    broken: list[int] = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, colon, said = line.partition(":")
        if not colon or not normalize(word) or not said.split():
            broken.append(number)
            continue
        table |= {normalize(other): normalize(word) for other in said.split() if normalize(other)}
    return table, broken


def broken_lines(path: Path = WORDS_FILE) -> list[int]:
    return parse(path.read_text("utf-8").splitlines())[1]


@lru_cache(maxsize=1)
def _rewriter() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    table, broken = parse(WORDS_FILE.read_text("utf-8").splitlines())
    if broken:  # a broken line must not stop questions being read: check-config tells the admin
        log.warning("%s: lines %s are not 'word: what members say for it' and are skipped", WORDS_FILE, broken)
    words = sorted(table, key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, words))) if words else None), table


def mandarin(text: str) -> str:
    """The text with regional and spoken question words read as Mandarin (folded or compact text)."""
    pattern, table = _rewriter()
    return text if pattern is None else pattern.sub(lambda m: table[m.group()], text)
