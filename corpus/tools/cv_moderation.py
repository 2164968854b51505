"""3-fold cross-validation of the learned ad score on train+dev: ``python -m corpus.tools.cv_moderation``.

Each fold is fitted on the other two with ``qunbot train``'s own fitter (``bot.moderation.training.fit``'s
settings: shuffles, signal scale, spread, character scale) and the ads rule as config.yaml ships it (its words and cue
families, read from this checkout), then scored by that rule as an established member and as a
newcomer's first message. Folds are fixed by a hash of the text, so two runs (before and after a cue
change) score the same messages. Printed: recall per technique and false positives (overall, per ham
category with any), summed over the folds; ``--flips FILE`` writes the verdicts (member) to compare
runs, ``--against FILE`` prints the messages whose verdict changed since that file. Test and held-out
lines are never read.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict

import corpus
from bot.moderation.training import AD_L2, CHAR_SCALE, CUE_SHARE, SHUFFLES, SPREAD, Example, features, fit_rows, shipped_rule, verdicts
from bot.rules.ad_model import NGRAMS

FOLDS = 3


def fold_of(text: str) -> int:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def run(shuffles: int = SHUFFLES) -> list[tuple[corpus.Record, bool, bool]]:
    """(record, flagged as member, flagged as newcomer) for every train and dev record."""
    records = corpus.load("moderation", "train") + corpus.load("moderation", "dev")
    rule = shipped_rule()
    rows = [(*features(rule, r.text), r["label"] == "ad", 1.0) for r in records]
    out: list[tuple[corpus.Record, bool, bool]] = []
    for fold in range(FOLDS):
        inside = [i for i, r in enumerate(records) if fold_of(r.text) != fold]
        meta = {"examples": len(inside), "ngrams": list(NGRAMS), "shuffles": shuffles}
        rule.model = fit_rows([rows[i] for i in inside], meta, shuffles=shuffles, spread=SPREAD, chars=CHAR_SCALE, cues=CUE_SHARE,
                                  l2=AD_L2)
        scored = [r for r in records if fold_of(r.text) == fold]
        texts = [r.text for r in scored]
        out += zip(scored, verdicts(rule, texts), verdicts(rule, texts, newcomer=True))
    return out


def summary(results: list[tuple[corpus.Record, bool, bool]]) -> str:
    ads = [(r, m, n) for r, m, n in results if r["label"] == "ad"]
    ham = [(r, m, n) for r, m, n in results if r["label"] != "ad"]
    lines = [f"{FOLDS}-fold CV on train+dev: {len(ads)} ads, {len(ham)} ham (member / newcomer)",
             f"  recall {sum(m for _, m, _ in ads)} / {sum(n for *_, n in ads)} of {len(ads)}"]
    techniques: dict[str, list] = defaultdict(list)
    for r, m, n in ads:
        techniques[r.get("technique", "?")].append((m, n))
    lines += [f"    {t:<22} {sum(m for m, _ in v):>4} / {sum(n for _, n in v):>4} of {len(v):>4}  ({sum(m for m, _ in v) / len(v):.1%})"
              for t, v in sorted(techniques.items())]
    lines.append(f"  false positives {sum(m for _, m, _ in ham)} / {sum(n for *_, n in ham)} of {len(ham)}")
    kinds = Counter(r.get("category", "?") for r, m, n in ham if m or n)
    lines += [f"    {k:<22} {c}" for k, c in kinds.most_common()]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flips", help="write each message's verdict (member) to this JSON file")
    parser.add_argument("--against", help="print the messages whose verdict changed since this file")
    parser.add_argument("--shuffles", type=int, default=SHUFFLES)
    args = parser.parse_args()
    results = run(args.shuffles)
    print(summary(results))
    verdict = {r.text: m for r, m, _ in results}
    if args.against:
        with open(args.against, encoding="utf-8") as before:
            old = json.load(before)
        for r, m, _ in results:
            if r.text in old and old[r.text] != m:
                label = r.get("technique") if r["label"] == "ad" else f"ham/{r.get('category')}"
                print(f"  {'caught' if m else 'let through'} {label}: {r.text[:70]!r}")
    if args.flips:
        with open(args.flips, "w", encoding="utf-8") as out:
            json.dump(verdict, out, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
