"""Score one corpus file, every line whatever its split, with this checkout's code: the way a batch kept unseen
(``corpus/unseen/``) or a new batch before it is merged is read. Intents files print recall / precision per group as
``corpus.eval_intents`` counts them, and the questions as ``corpus.eval_questions`` does; moderation files print each
technique's recall and the ham flagged.

    python -m corpus.tools.score_file corpus/unseen/intents/twentysecond.jsonl [--list]
    python -m corpus.tools.score_file FILE FILE... [--splits train,dev]   # several files scored as one pool

``--splits train,dev`` scores only the lines of those splits (as ``corpus.split_of`` assigns them): a batch just merged
and kept unread, checked on its train and dev lines before and after a change by its counts alone (no ``--list``).
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict

import corpus
from corpus.eval_intents import GROUPS, score
from corpus.eval_questions import score_records


def _records(path: str, splits: set[str] | None = None) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    if splits is None:
        return rows
    area, held = ("moderation" if rows and "label" in rows[0] else "intents"), corpus.heldout()
    return [row for row in rows if corpus.split_of(area, row, row["text"], held) in splits]


def score_intents(rows: list[dict], show: bool) -> None:
    misses: dict[str, list] = {}
    records = [corpus.Record(data.pop("text"), data, "", "fresh") for data in rows]
    scores = score(records, misses)
    for name in GROUPS:
        s = scores[name]
        print(f"{name:9s} gold {s.gold:4d}  recall {100 * s.recall:5.1f}  precision {100 * s.precision:5.1f}  "
              f"asked {s.asked}  asked chat {s.asked_chat}  chat replied {100 * s.chat_replied:.2f}%  silent {s.silent}  "
              f"(right {s.right} of acted {s.acted}; chat {s.chat}, acted {s.chat_acted})")
    questions = score_records(records)
    print(f"questions gold {questions.questions:4d}  recall {100 * questions.recall:5.1f}  precision "
          f"{100 * questions.precision:5.1f}  FAQ top-1 {100 * questions.top1:5.1f} of {questions.answerable}  "
          f"no answer {100 * questions.no_answer:5.1f} of {questions.unanswerable}")
    for group, lines in misses.items() if show else ():
        print(f"\n{group}: {len(lines)} read wrongly")
        for line in lines:
            print("  ", *line)


def score_moderation(rows: list[dict], show: bool) -> None:
    from corpus.eval_moderation import flagged

    techniques, ham, wrong = defaultdict(lambda: [0, 0, 0]), [0, 0, 0], []
    for data in rows:
        member, newcomer = bool(flagged(data["text"], False)), bool(flagged(data["text"], True))
        tally = techniques[data.get("technique", "?")] if data["label"] == "ad" else ham
        tally[0] += 1
        tally[1] += member
        tally[2] += newcomer
        if (data["label"] == "ad") != (member or newcomer):
            wrong.append((data["label"], data.get("technique", data.get("category")), data["text"]))
    for name, (n, member, newcomer) in sorted(techniques.items()):
        print(f"{name:16s} {n:4d}  member {100 * member / n:5.1f}  newcomer {100 * newcomer / n:5.1f}")
    ads = [sum(t[i] for t in techniques.values()) for i in range(3)]
    if ads[0]:
        print(f"ads {ads[0]}: member {100 * ads[1] / ads[0]:.1f}  newcomer {100 * ads[2] / ads[0]:.1f}")
    print(f"ham {ham[0]}: flagged as a member's {ham[1]}, as a newcomer's {ham[2]}")
    for line in wrong if show else ():
        print("  ", *line)


def main(argv: list[str]) -> None:
    chosen = next((a.split("=", 1)[1] if "=" in a else argv[at + 1] for at, a in enumerate(argv) if a.startswith("--splits")), None)
    paths = [a for at, a in enumerate(argv) if not a.startswith("--") and not (at and argv[at - 1] == "--splits")]
    # Several files are scored as one pool: a confirming set of fresh batches, where one file's few lines would not show.
    rows = [row for path in paths for row in _records(path, set(chosen.split(",")) if chosen else None)]
    (score_moderation if rows and "label" in rows[0] else score_intents)(rows, "--list" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
