"""Compose more moderation examples from hand-written parts (see corpus/README.md).

The .jsonl files are the source of truth. This script keeps every hand-written line (those
without ``"made": "composed"``), drops the lines it composed last time and composes them anew,
deterministically (a fixed seed), skipping any text already present. Each composed example is
one draw without replacement over (pitch, contact form, wrapper), so no two differ only in an
id or a number.

    python -m corpus.tools.make_moderation          # rewrite the composed lines
    python -m corpus.tools.make_moderation --stats  # counts per technique / category / split
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from corpus.tools import moderation_parts as P

ROOT = Path(__file__).resolve().parents[1] / "moderation"
SEED = 17
_NUMBERED = re.compile(r"[A-Za-z_]*[0-9０-９][A-Za-z0-9_０-９]*")


def skeleton(text: str) -> str:
    """The text with every number and id (a token holding a digit) blanked: two texts with
    one skeleton differ only in a number."""
    return _NUMBERED.sub("#", text)


def _read(name: str) -> list[dict]:
    path = ROOT / name
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [json.loads(line) for line in lines if line.strip()]


def _write(name: str, records: list[dict]) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    (ROOT / name).write_text(text, encoding="utf-8")


def compose(hand_ads: list[dict], hand_ham: list[dict]) -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    seen = {skeleton(r["text"]) for r in hand_ads + hand_ham}
    ads: list[dict] = []
    for technique, want in P.AD_QUOTAS.items():
        for text, topic in P.ads_for(technique, want, rng):
            if skeleton(text) not in seen:
                seen.add(skeleton(text))
                ads.append({"text": text, "label": "ad", "technique": technique,
                            "topic": topic, "made": "composed"})
    ham: list[dict] = []
    for category, want in P.HAM_QUOTAS.items():
        for text in P.ham_for(category, want, rng, hand_ham):
            if skeleton(text) not in seen:
                seen.add(skeleton(text))
                ham.append({"text": text, "label": "ham", "category": category,
                            "hard": category in P.HARD, "made": "composed"})
    return ads, ham


def stats() -> str:
    """Per technique (ads) and category (ham): hand-written, composed, and the split counts."""
    import corpus

    rows = []
    for label, key in (("ad", "technique"), ("ham", "category")):
        records = [r for r in corpus.load("moderation") if r["label"] == label]
        groups = Counter(r[key] for r in records)
        rows.append(f"{key:<16}{'hand':>6}{'comp':>6}{'total':>7}  train/dev/test/heldout")
        for group, total in groups.most_common():
            mine = [r for r in records if r[key] == group]
            hand = sum(1 for r in mine if r.get("made") != "composed")
            splits = Counter(r.split for r in mine)
            per = "/".join(str(splits[s]) for s in corpus.SPLITS)
            rows.append(f"{group:<16}{hand:>6}{total - hand:>6}{total:>7}  {per}")
        hand = sum(1 for r in records if r.get("made") != "composed")
        rows.append(f"{'all ' + label:<16}{hand:>6}{len(records) - hand:>6}{len(records):>7}\n")
    return "\n".join(rows)


def main() -> int:
    if "--stats" in sys.argv:
        print(stats())
        return 0
    hand_ads = [r for r in _read("ads.jsonl") if r.get("made") != "composed"]
    hand_ham = [r for r in _read("ham.jsonl") if r.get("made") != "composed"]
    ads, ham = compose(hand_ads, hand_ham)
    _write("ads.jsonl", hand_ads + ads)
    _write("ham.jsonl", hand_ham + ham)
    print(f"ads: {len(hand_ads)} hand-written + {len(ads)} composed; "
          f"ham: {len(hand_ham)} hand-written + {len(ham)} composed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
