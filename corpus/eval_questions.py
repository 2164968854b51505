"""Questions to the store, scored on the intents corpus with the code the bot runs (``bot.questions.asking.read``
with the shipped FAQ and the default settings).

- detection: is the message a question to the store (``intent: question``)? Precision and recall
  over every intents file: the other messages (question-shaped chat, orders, sign-ins,
  look-alikes) are the ones that must not be escalated to the staff;
- FAQ top-1: of the questions something answers (``faq``: an entry id, ``catalogue`` or
  ``rules``), the share read as exactly that;
- no answer: of the questions nothing answers (``faq: none``), the share given no answer.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import corpus
from bot.questions.asking import read
from bot.config.schema import BotIdentity, GroupSettings
from bot.config.loader import load_yaml_model
from bot.questions.faq import ENTRIES, SHIPPED, Faq
from bot.text import without_quote

TARGETS = {"precision": 0.90, "recall": 0.90, "top1": 0.85, "no_answer": 0.95}
HELDOUT_SLACK = 0.05


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    top1: float
    no_answer: float
    questions: int
    answerable: int
    unanswerable: int
    others: int


@lru_cache(maxsize=None)  # once a process: run, check and the tests share a split's scores
def score(split: str) -> Scores:
    held = corpus.heldout()
    return score_records(record for source in corpus.files("intents") for record in corpus.read(source, held)
                         if record.split == split)


def score_records(records: Iterable[corpus.Record]) -> Scores:
    """Detection, FAQ top-1 and no-answer over ``records`` (a split, or a batch kept unseen)."""
    faq, threshold = Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold
    to_bot = f"@{BotIdentity().name}"  # as the adapters set mentions_bot
    tp = fp = fn = right = answerable = silent = unanswerable = others = 0
    for record in records:
        # as the handler reads it: a quoted message's words are not the member's (bot.handlers.questions)
        reading = read(without_quote(record.text), faq, threshold, to_bot=to_bot in record.text)
        asked = record["intent"] == "question"
        others += not asked
        tp += asked and reading.asks
        fp += reading.asks and not asked
        fn += asked and not reading.asks
        if asked and record.get("faq", "none") != "none":
            answerable += 1
            right += reading.topic == record["faq"]
        elif asked:
            unanswerable += 1
            silent += reading.topic is None
    ratio = lambda a, b: a / b if b else float("nan")  # noqa: E731
    return Scores(ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(right, answerable), ratio(silent, unanswerable),
                  tp + fn, answerable, unanswerable, others)


def run() -> str:
    lines = ["Questions to the store (bot.questions.asking.read, shipped faq.yaml)",
             f"  {'split':8} {'precision':>9} {'recall':>7} {'FAQ top-1':>9} {'no answer':>9}"]
    scores = {split: score(split) for split in ("test", "heldout")}
    for split, s in scores.items():
        lines.append(f"  {split:8} {_pct(s.precision):>9} {_pct(s.recall):>7} {_pct(s.top1):>9} {_pct(s.no_answer):>9}"
                     f"   ({s.questions} questions: {s.answerable} answerable, {s.unanswerable} not; "
                     f"{s.others} other messages)")
    behind = [f"{name} {_pct(getattr(scores['heldout'], name))} vs {_pct(getattr(scores['test'], name))}"
              for name in TARGETS if getattr(scores["heldout"], name) < getattr(scores["test"], name) - HELDOUT_SLACK]
    if behind:
        lines.append("  heldout more than 5 points behind test: " + ", ".join(behind))
    return "\n".join(lines)


def check() -> list[str]:
    test = score("test")
    return [f"{name} {_pct(getattr(test, name))} < {_pct(target)}"
            for name, target in TARGETS.items() if not getattr(test, name) >= target]


def _pct(value: float) -> str:
    return "-" if value != value else f"{value:.1%}"
