"""Regional and spoken ways of asking, read as Mandarin (``bot/content/spoken_words.txt``, editable):
店在哪嘎达 -> 店在哪里, 有冇得退 -> 有没有退. One pass, longest word first, on a normalised text, so the
question detector and the FAQ match read the same words whatever the member's dialect."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.text import normalize

WORDS_FILE = Path(__file__).resolve().parent.parent / "content" / "spoken_words.txt"


def parse(lines: list[str]) -> dict[str, str]:
    """{said: Mandarin} from the file's lines ("哪里: 哪嘎达 边度"); raises ValueError on a broken line."""
    table: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, colon, said = line.partition(":")
        if not colon or not normalize(word) or not said.split():
            raise ValueError(f"spoken_words line {number}: write 'word: what members say for it'")
        table |= {normalize(other): normalize(word) for other in said.split() if normalize(other)}
    return table


@lru_cache(maxsize=1)
def _rewriter() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    table = parse(WORDS_FILE.read_text("utf-8").splitlines())
    words = sorted(table, key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, words))) if words else None), table


def mandarin(text: str) -> str:
    """The text with regional and spoken question words read as Mandarin (folded or compact text)."""
    pattern, table = _rewriter()
    return text if pattern is None else pattern.sub(lambda m: table[m.group()], text)
