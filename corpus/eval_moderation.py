"""The moderation stage as shipped (config.yaml's default rules, the shipped ad model) on the corpus.

Every message is judged alone (``judge(..., stateless=True)``: flood needs a stream), once as an
established member's and once as a newcomer's first message. Printed per split: recall on ads
(overall and per technique), false positives on ham (overall, on the hard kinds, per hard kind),
and removals of ham: ham posted ten messages a member within a rule's window, strikes adding up
on each rule's ladder as the enforcer counts them, and how many members reach a ``remove`` step.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

import corpus

TARGETS = {"recall": 0.97, "technique": 0.90, "heldout": 0.85, "fp": 0.003, "hard_fp": 0.02}
PER_MEMBER = 10  # ham messages a simulated member posts within a rule's window
ROOT = Path(__file__).resolve().parent.parent
_AT = datetime(2026, 11, 23, 2, tzinfo=timezone.utc)


@lru_cache(maxsize=1)
def _stage():
    from bot.config.loader import load_config
    from bot.rules import build_rules

    config = load_config(ROOT / "config.yaml")
    return tuple(rule for rule in build_rules(config.defaults, ROOT) if not rule.spec.shadow)


def flagged(text: str, newcomer: bool) -> list:
    """The rules that fire on a text, as an established member's message or a newcomer's."""
    from bot.events import GroupMessage, Member
    from bot.moderation.stage import judge
    from bot.rules import Facts

    msg = GroupMessage("g", "群", Member("m", "成员"), text, _AT)
    return [rule for rule, _ in judge(_stage(), msg, Facts(newcomer=newcomer), stateless=True)]


@lru_cache(maxsize=4)
def results(split: str) -> list[tuple[corpus.Record, bool, bool, list]]:
    """(record, flagged as member, flagged as newcomer, rules firing as member) for each record of a split."""
    out = []
    for record in corpus.load("moderation", split):
        member, newcomer = flagged(record.text, False), flagged(record.text, True)
        out.append((record, bool(member), bool(newcomer), member))
    return out


def _rate(rows: list[tuple[bool, bool]]) -> tuple[float, float, int]:
    n = len(rows)
    return (sum(m for m, _ in rows) / n if n else 0.0, sum(c for _, c in rows) / n if n else 0.0, n)


def figures(split: str) -> dict:
    rows = results(split)
    ads = [(m, c) for r, m, c, _ in rows if r["label"] == "ad"]
    ham = [(m, c) for r, m, c, _ in rows if r["label"] == "ham"]
    hard = [(m, c) for r, m, c, _ in rows if r["label"] == "ham" and r.get("hard")]
    techniques: dict[str, list] = defaultdict(list)
    kinds: dict[str, list] = defaultdict(list)
    for r, m, c, _ in rows:
        if r["label"] == "ad":
            techniques[r["technique"]].append((m, c))
        elif r.get("hard"):
            kinds[r["category"]].append((m, c))
    return {"ads": _rate(ads), "ham": _rate(ham), "hard": _rate(hard), "removals": removals(split),
            "techniques": {t: _rate(v) for t, v in sorted(techniques.items())},
            "hard_kinds": {k: _rate(v) for k, v in sorted(kinds.items())}}


def removals(split: str) -> int:
    """Members reaching a rule's ``remove`` step, ham posted ``PER_MEMBER`` messages a member (as established members)."""
    hams = [rules for r, _, _, rules in results(split) if r["label"] == "ham"]
    removed = 0
    for start in range(0, len(hams), PER_MEMBER):
        strikes: dict[str, int] = defaultdict(int)
        for rules in hams[start:start + PER_MEMBER]:
            for rule in rules:
                strikes[rule.id] += 1
                steps = rule.spec.steps
                if steps[min(strikes[rule.id], len(steps)) - 1] == "remove":
                    removed += 1
                    break
    return removed


def _line(label: str, figure: tuple[float, float, int], digits: int = 1) -> str:
    member, newcomer, n = figure
    return f"  {label:<28} {n:>5}   member {member:>7.{digits}%}   newcomer {newcomer:>7.{digits}%}"


def run() -> str:
    lines = ["== moderation: the shipped rules and ad model, each message alone =="]
    for split in ("train", "dev", "test", "heldout"):
        f = figures(split)
        lines.append(f"{split}:")
        if f["ads"][2]:
            lines.append(_line("recall on ads", f["ads"]))
            lines += [_line(f"  {t}", v) for t, v in f["techniques"].items()]
        if f["ham"][2]:
            lines.append(_line("false positives on ham", f["ham"], 2))
            lines.append(_line("  on hard ham", f["hard"], 2))
            lines += [_line(f"    {k}", v, 2) for k, v in f["hard_kinds"].items()]
            lines.append(f"  removals of ham ({PER_MEMBER} a member): {f['removals']}")
    return "\n".join(lines)


def check() -> list[str]:
    """Targets missed on the test split (and the held-out techniques), as member and as newcomer."""
    missed = []
    test, held = figures("test"), figures("heldout")
    for who, i in (("member", 0), ("newcomer", 1)):
        if test["ads"][2] and test["ads"][i] < TARGETS["recall"]:
            missed.append(f"recall as {who} {test['ads'][i]:.1%} < {TARGETS['recall']:.0%}")
        missed += [f"technique {t} as {who} {v[i]:.1%} < {TARGETS['technique']:.0%}"
                   for t, v in test["techniques"].items() if v[i] < TARGETS["technique"]]
        if held["ads"][2] and held["ads"][i] < TARGETS["heldout"]:
            missed.append(f"held-out recall as {who} {held['ads'][i]:.1%} < {TARGETS['heldout']:.0%}")
        if test["ham"][2] and test["ham"][i] > TARGETS["fp"]:
            missed.append(f"false positives as {who} {test['ham'][i]:.2%} > {TARGETS['fp']:.1%}")
        if test["hard"][2] and test["hard"][i] > TARGETS["hard_fp"]:
            missed.append(f"hard-ham false positives as {who} {test['hard'][i]:.2%} > {TARGETS['hard_fp']:.0%}")
    if test["removals"]:
        missed.append(f"{test['removals']} removals of ham")
    return missed
