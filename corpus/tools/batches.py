"""Bring a hand-written batch into the corpus: drop lines other files already hold, list its held-out
families, and move a batch kept unseen into the corpus when its time comes.

``python -m corpus.tools.batches dedupe NEW.jsonl intents|moderation``
    Writes NEW.jsonl.dedup without the lines whose text (NFKC, no whitespace; for moderation also the
    number skeleton) any corpus or unseen file of the area, or an earlier line of NEW, holds; prints
    each dropped line and "kept N dropped M".
``python -m corpus.tools.batches heldout FAMILIES.yaml NEW.jsonl "# header" splits|unseen``
    Appends the families listed in FAMILIES.yaml (``    - family  # what it is``, up to a line starting
    "# mirrors") that hold at least three lines of NEW to the end of splits.yaml, or of unseen/heldout.yaml.
``python -m corpus.tools.batches merge NAME SESSION``
    Moves unseen/intents/NAME.jsonl into intents/, its held-out block from unseen/heldout.yaml to the end
    of splits.yaml, and prints (and removes) its entry in unseen/README.md for corpus/README.md.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from corpus.tools.make_moderation import skeleton

ROOT = Path(__file__).resolve().parents[1]
MIN_FAMILY = 3


def key(text: str, area: str) -> str:
    folded = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return skeleton(folded) if area == "moderation" else folded


def corpus_keys(area: str, skip: Path) -> set[str]:
    keys: set[str] = set()
    for folder in (ROOT / area, ROOT / "unseen" / area):
        for path in folder.glob("*.jsonl"):
            if path.resolve() != skip.resolve():
                keys.update(key(json.loads(line)["text"], area) for line in _lines(path))
    return keys


def dedupe(new: Path, area: str) -> None:
    seen = corpus_keys(area, new)
    kept: list[str] = []
    for line in _lines(new):
        text_key = key(json.loads(line)["text"], area)
        if text_key in seen:
            print("DUP", line)
        else:
            seen.add(text_key)
            kept.append(line)
    total = len(_lines(new))
    Path(f"{new}.dedup").write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")
    print(f"kept {len(kept)} dropped {total - len(kept)}")


def heldout(families_file: Path, new: Path, header: str, where: str) -> None:
    counts = Counter(json.loads(line).get("family") for line in _lines(new))
    chosen = []
    for line in families_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("# mirrors"):
            break
        found = re.match(r"\s*-\s*(\S+)", line)
        if found and counts[found.group(1)] >= MIN_FAMILY:
            chosen.append(f"    - {line.strip()[1:].strip()}")
    target = ROOT / ("splits.yaml" if where == "splits" else "unseen/heldout.yaml")
    text = target.read_text(encoding="utf-8").rstrip("\n")
    target.write_text(f"{text}\n    {header.strip()}\n" + "\n".join(chosen) + "\n", encoding="utf-8")
    print(f"{len(chosen)} held-out families appended to {target.name}")


def merge(name: str, session: str) -> None:
    subprocess.run(["git", "mv", f"unseen/intents/{name}.jsonl", f"intents/{name}.jsonl"], cwd=ROOT, check=True)
    unseen = ROOT / "unseen/heldout.yaml"
    lines = unseen.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(rf"# {name}(\.jsonl)?\b", line.strip()))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].strip().startswith("# ")), len(lines))
    block = lines[start:end]
    block[0] = re.sub(r"\)\s*$", f"; merged {session})", block[0])
    unseen.write_text("\n".join(lines[:start] + lines[end:]) + "\n", encoding="utf-8")
    splits = ROOT / "splits.yaml"
    splits.write_text(splits.read_text(encoding="utf-8").rstrip("\n") + "\n" + "\n".join(block) + "\n",
                      encoding="utf-8")
    readme = ROOT / "unseen/README.md"
    entries = readme.read_text(encoding="utf-8").split("\n- ")
    mine = [e for e in entries if e.startswith(f"`unseen/intents/{name}.jsonl`")]
    readme.write_text("\n- ".join(e for e in entries if e not in mine), encoding="utf-8")
    print("\n".join(f"- {e}" for e in mine))


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "dedupe":
        dedupe(Path(args[0]), args[1])
    elif command == "heldout":
        heldout(Path(args[0]), Path(args[1]), args[2], args[3])
    elif command == "merge":
        merge(args[0], args[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
