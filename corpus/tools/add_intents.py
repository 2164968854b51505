"""Append hand-written intent examples to corpus/intents/<file>.jsonl from a compact text form.

Usage: python -m corpus.tools.add_intents orders < lines.txt

The form, one example a line (blank lines and lines starting with "# " are skipped):

    @ order ord-plain            <- a header: intent and family for the lines below
    我要两份，谢谢 | 2             <- text | value

The value after the last " | " depends on the intent: order -> quantity ("2");
order_change -> "=3" (new total), "+1" / "-1" (delta) or "=5+2" (both); signup -> party;
question -> faq id. Texts already in any intents file are skipped (reported on stderr).
A literal line break inside a message is written as "\\n".
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

INTENTS = Path(__file__).resolve().parents[1] / "intents"
CHANGE = re.compile(r"^(?:=(\d+))?([+-]\d+)?$")


def existing_texts() -> set[str]:
    texts: set[str] = set()
    for path in INTENTS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.add(json.loads(line)["text"])
    return texts


def record(text: str, value: str, intent: str, family: str) -> dict:
    rec: dict = {"text": text, "intent": intent}
    if intent == "order":
        rec["quantity"] = int(value)
    elif intent == "order_change":
        total, delta = CHANGE.match(value).groups()
        if total:
            rec["quantity"] = int(total)
        if delta:
            rec["delta"] = int(delta)
        if not (total or delta):
            raise ValueError(f"order_change without =total or +/-delta: {text!r}")
    elif intent == "signup":
        rec["party"] = int(value)
    elif intent == "question":
        rec["faq"] = value
    elif value:
        raise ValueError(f"{intent} takes no value: {text!r} | {value}")
    rec["family"] = family
    return rec


def parse(lines: list[str]) -> list[dict]:
    out, intent, family = [], None, None
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith("@ "):
            intent, family = line[2:].split()
            continue
        text, sep, value = line.rpartition(" | ")
        if not sep:
            text, value = line, ""
        text = text.strip().replace("\\n", "\n")
        out.append(record(text, value.strip(), intent, family))
    return out


def main(argv: list[str]) -> int:
    target = INTENTS / f"{argv[0]}.jsonl"
    seen = existing_texts()
    added = 0
    with target.open("a", encoding="utf-8") as out:
        for rec in parse(sys.stdin.readlines()):
            if rec["text"] in seen:
                print(f"duplicate skipped: {rec['text']!r}", file=sys.stderr)
                continue
            seen.add(rec["text"])
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            added += 1
    print(f"{target.name}: +{added}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
