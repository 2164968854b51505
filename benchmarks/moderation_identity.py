"""Do two versions of the code give the same moderation decisions? (issue 17: faster, never different)

    .venv/bin/python benchmarks/moderation_identity.py [--against REF] [--messages 20000]

Extracts ``REF`` (default: where this branch left main, ``git merge-base HEAD main``) into a
temporary directory with ``git archive`` and, in one child interpreter per version, judges:

- every line of the moderation corpus (every split) with the rules ``config.yaml`` ships, alone
  (``stateless``), once as an established member's message and once as a newcomer's: each rule's
  verdict (id, reason, evidence), and the ads rule's score (its signals with their points, and the
  learned model's probability of the text);
- the benchmark's generated stream (``benchmarks/moderation.py``: 20,000-word lexicon with the
  pinyin channel, the shipped ads rule, flood) in order, flood's memory included; then its realistic
  mix (``--mix real``: corpus train-split texts with banned words inserted), judged the same way
  (only verdicts are written for it, and a difference names the message's index, never its text).

Each version reads its own tree (code, word lists, model), with the same ``PYTHONHASHSEED``. ``--python``:
both run the Python ways only, the optional C module (``bot._charmap``) blocked; without it each imports
the module it finds (an extracted tree has none built: an editable install's finder gives main's). Prints how many items matched and,
for a difference, only where it is (file:line, as member or newcomer): never a corpus line's text
(the test and held-out splits are not for reading). Exit status 1 on any difference.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class _NoCharmap:
    """A finder that refuses ``bot._charmap``: ``bot.charmap`` then takes its Python ways."""

    def find_spec(self, name, path=None, target=None):
        if name == "bot._charmap":
            raise ImportError("the Python ways only (--python)")
        return None


def dump(out: Path, count: int, python: bool = False) -> None:
    """This tree's decisions, one JSON line each, written to ``out`` (run in the child)."""
    if python:
        sys.meta_path.insert(0, _NoCharmap())
    sys.path.insert(0, str(ROOT))
    import corpus
    from bot import charmap
    assert not (python and charmap.NATIVE), "the C module was imported before it was blocked"
    from benchmarks.moderation import Workload
    from bot.config.loader import load_config
    from bot.events import GroupMessage, Member
    from bot.moderation.stage import judge
    from bot.rules import Facts, FloodMemory, build_rules
    from bot.rules.ads import Ads
    from bot.rules.flood import Flood
    from bot.config.schema import FloodRule
    from datetime import datetime, timezone

    at = datetime(2026, 11, 23, 2, tzinfo=timezone.utc)
    rules = tuple(build_rules(load_config(ROOT / "config.yaml").defaults, ROOT))
    ads = next(rule for rule in rules if isinstance(rule, Ads))
    with out.open("w", encoding="utf-8") as lines:
        for record in corpus.load("moderation"):
            for newcomer in (False, True):
                msg, facts = GroupMessage("g", "群", Member("m", "成员"), record.text, at), Facts(newcomer=newcomer)
                verdicts = [(rule.id, v.reason, v.evidence) for rule, v in judge(rules, msg, facts, stateless=True)]
                signals = ads.signals(msg, facts)
                probability = None
                if ads.model is not None:
                    probability = repr(ads.model.probability(ads.model_forms(record.text).compact,
                                                             {s.kind for s in signals}))
                item = {"where": f"{record.source} as {'newcomer' if newcomer else 'member'}", "verdicts": verdicts,
                        "signals": [tuple(s) for s in signals], "probability": probability}
                lines.write(json.dumps(item, ensure_ascii=False) + "\n")
        for mix in ("generated", "real"):
            work = Workload(20_000, count, mix)
            stage = (work.banned, work.ads, Flood(FloodRule(type="flood", id="flood"), FloodMemory()))
            for i, event in enumerate(work.events):
                verdicts = [(rule.id, v.reason, v.evidence) for rule, v in judge(stage, event, Facts())]
                lines.write(json.dumps({"where": f"benchmark message {i} ({mix})", "verdicts": verdicts},
                                       ensure_ascii=False) + "\n")


def decisions(tree: Path, count: int, out: Path, python: bool = False) -> list[dict]:
    # One hash seed for both: a sum over a set of floats is added in the set's order, which the seed sets.
    subprocess.run([sys.executable, str(tree / "benchmarks" / "moderation_identity.py"), "--dump", str(out),
                    "--messages", str(count)] + (["--python"] if python else []), cwd=tree, check=True,
                   env=dict(os.environ, PYTHONHASHSEED="0"))
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="a git ref (default: git merge-base HEAD main)")
    parser.add_argument("--messages", type=int, default=20_000, help="benchmark messages judged in order, of each mix")
    parser.add_argument("--python", action="store_true", help="both versions without the C module (bot._charmap)")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the child: write this tree's decisions
    args = parser.parse_args()
    if args.dump:
        dump(args.dump, args.messages, args.python)
        return 0
    git = ["git", "-C", str(ROOT)]
    ref = args.against or subprocess.run(git + ["merge-base", "HEAD", "main"], check=True, capture_output=True,
                                         text=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="qunbot-identity-") as tmp:
        before = Path(tmp) / "before"
        before.mkdir()
        archive = Path(tmp) / "before.tar"
        subprocess.run(git + ["archive", "-o", str(archive), ref], check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(before, filter="data")
        # The older tree may predate this script: it runs this one, pointed at the older tree.
        (before / "benchmarks" / "moderation_identity.py").write_text(Path(__file__).read_text("utf-8"), "utf-8")
        old = decisions(before, args.messages, Path(tmp) / "before.jsonl", args.python)
        new = decisions(ROOT, args.messages, Path(tmp) / "after.jsonl", args.python)
    differ = [f"{b['where']} ({', '.join(k for k in b if a.get(k) != b[k])})" for a, b in zip(old, new) if a != b]
    if len(old) != len(new):
        differ.append(f"{len(old)} items before, {len(new)} after")
    flagged = sum(bool(item["verdicts"]) for item in new)
    print(f"against {ref[:12]}{' (the Python ways only)' if args.python else ''}: {len(new):,} items ({flagged:,} with a verdict), {len(differ)} different")
    for where in differ[:20]:
        print(f"  different: {where}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
