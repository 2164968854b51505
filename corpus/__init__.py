"""The labelled corpus: what members really type, for building and scoring the language features.

Each file is JSON Lines (one message a line, UTF-8, ``ensure_ascii=False``); see README.md for
the fields. Splits are fixed and need no bookkeeping: a record whose technique (ads) or phrasing
family (intents) is listed as held out in splits.yaml is in ``heldout``; every other record goes
to train / dev / test by a stable hash of its text (60 / 20 / 20), so adding examples never moves
old ones.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
SPLITS = ("train", "dev", "test", "heldout")


@dataclass(frozen=True)
class Record:
    text: str
    labels: dict = field(default_factory=dict)  # every field of the line but text
    source: str = ""  # "moderation/ads.jsonl:12"
    split: str = "train"

    def __getitem__(self, key: str):
        return self.labels[key]

    def get(self, key: str, default=None):
        return self.labels.get(key, default)


def heldout() -> dict[str, set[str]]:
    """{"moderation": techniques held out, "intents": phrasing families held out}."""
    data = yaml.safe_load((ROOT / "splits.yaml").read_text(encoding="utf-8")) or {}
    return {area: set(data.get(area, {}).get("heldout", []) or []) for area in ("moderation", "intents")}


def hash_split(text: str) -> str:
    bucket = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def split_of(area: str, labels: dict, text: str, held: dict[str, set[str]] | None = None) -> str:
    held = heldout() if held is None else held
    group = labels.get("technique") if area == "moderation" else labels.get("family")
    if group and group in held.get(area, set()):
        return "heldout"
    return hash_split(text)


def read(relative: str, held: dict[str, set[str]] | None = None) -> Iterator[Record]:
    """The records of one file, e.g. ``read("moderation/ads.jsonl")``, each with its split."""
    held = heldout() if held is None else held
    area = relative.split("/", 1)[0]
    path = ROOT / relative
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                text = data.pop("text")
            except (ValueError, KeyError) as error:
                raise ValueError(f"{relative}:{number}: not a corpus line ({error})") from None
            yield Record(text, data, f"{relative}:{number}", split_of(area, data, text, held))


def files(area: str) -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / area).glob("*.jsonl"))


def load(area: str, split: str | None = None) -> list[Record]:
    """Every record of an area ("moderation" or "intents"), or those of one split."""
    held = heldout()
    return [r for f in files(area) for r in read(f, held) if split is None or r.split == split]
