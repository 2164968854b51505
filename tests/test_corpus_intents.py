"""The intents part of the labelled corpus (corpus/intents/*.jsonl): well-formed, labelled
consistently, big enough, every split populated, the composed file reproducible."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

import corpus
from corpus.tools import make_intents

ROOT = Path(__file__).resolve().parents[1]
INTENTS = {"order", "order_change", "order_cancel", "signup", "signup_cancel", "signin", "question", "none"}
FIELDS = {"intent", "family", "quantity", "delta", "party", "faq"}
FAQ_IDS = {entry["id"] for entry in yaml.safe_load((ROOT / "bot/content/faq.yaml").read_text(encoding="utf-8"))}
FAQ_LABELS = FAQ_IDS | {"catalogue", "rules", "none"}
FAMILY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
QUESTION_SHAPED = re.compile(r"[？?]|吗")

# Minimum sizes from the issue: (what, predicate, minimum).
MINIMUMS = [
    ("orders, changes and cancellations", lambda r: r["intent"].startswith("order"), 600),
    ("sign-ups and cancellations", lambda r: r["intent"].startswith("signup"), 300),
    ("sign-ins", lambda r: r["intent"] == "signin", 400),
    ("look-alikes (intent none, not question-shaped)",
     lambda r: r["intent"] == "none" and not QUESTION_SHAPED.search(r.text), 1000),
    ("store questions", lambda r: r["intent"] == "question", 500),
    ("non-questions with ？ or 吗", lambda r: r["intent"] == "none" and QUESTION_SHAPED.search(r.text), 500),
]


@pytest.fixture(scope="module")
def records() -> list[corpus.Record]:
    return corpus.load("intents")


def positive_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def problems(record: corpus.Record) -> list[str]:
    """What is wrong with one record's labels (empty when nothing)."""
    labels, intent = record.labels, record.get("intent")
    found = [f"unknown field {key}" for key in labels if key not in FIELDS]
    if intent not in INTENTS:
        return found + [f"intent {intent!r}"]
    if not FAMILY.match(str(labels.get("family", ""))):
        found.append(f"family {labels.get('family')!r}")
    if not record.text.strip():
        found.append("empty text")
    quantity, delta = labels.get("quantity"), labels.get("delta")
    if intent == "order" and not positive_int(quantity):
        found.append("an order needs a positive quantity")
    if intent == "order_change":
        if quantity is None and delta is None:
            found.append("a change needs the new quantity or a delta")
        if quantity is not None and not positive_int(quantity):
            found.append("quantity must be a positive integer")
        if delta is not None and (not isinstance(delta, int) or delta == 0):
            found.append("delta must be a non-zero integer")
    if intent not in ("order", "order_change") and ("quantity" in labels or "delta" in labels):
        found.append("quantity/delta only on orders and changes")
    if (intent == "signup") != ("party" in labels) or ("party" in labels and not positive_int(labels["party"])):
        found.append("a sign-up, and only a sign-up, has a positive party")
    if (intent == "question") != ("faq" in labels) or ("faq" in labels and labels["faq"] not in FAQ_LABELS):
        found.append(f"faq {labels.get('faq')!r}: questions only, an id of faq.yaml or catalogue/rules/none")
    return found


def test_every_line_parses_and_is_labelled_consistently(records):
    assert records, "no intents corpus"
    bad = [f"{r.source}: {p}" for r in records for p in problems(r)]
    assert not bad, "\n".join(bad[:30])


@pytest.mark.parametrize("labels, text, wrong", [
    ({"intent": "order", "family": "x"}, "两份", "positive quantity"),
    ({"intent": "order", "quantity": 0, "family": "x"}, "零份", "positive quantity"),
    ({"intent": "order_change", "family": "x"}, "改一下", "new quantity or a delta"),
    ({"intent": "order_change", "delta": 0, "family": "x"}, "再加", "non-zero"),
    ({"intent": "signup", "family": "x"}, "报名", "positive party"),
    ({"intent": "signin", "party": 1, "family": "x"}, "签到", "positive party"),
    ({"intent": "question", "faq": "opening", "family": "x"}, "几点开门", "faq 'opening'"),
    ({"intent": "none", "faq": "none", "family": "x"}, "哈哈", "questions only"),
    ({"intent": "greet", "family": "x"}, "早", "intent 'greet'"),
    ({"intent": "none", "family": "Has Space"}, "早", "family"),
    ({"intent": "none", "family": "x", "qty": 2}, "早", "unknown field qty"),
])
def test_the_checks_catch_bad_labels(labels, text, wrong):
    found = problems(corpus.Record(text, labels))
    assert any(wrong in p for p in found), found


def test_no_text_appears_twice(records):
    counts = Counter(r.text for r in records)
    assert not [t for t, n in counts.items() if n > 1]


@pytest.mark.parametrize("what, keep, minimum", MINIMUMS, ids=[m[0] for m in MINIMUMS])
def test_minimum_sizes(records, what, keep, minimum):
    assert sum(1 for r in records if keep(r)) >= minimum, what


def test_every_intent_is_in_every_split(records):
    seen = Counter((r["intent"], r.split) for r in records)
    missing = [(i, s) for i in sorted(INTENTS) for s in corpus.SPLITS if not seen[(i, s)]]
    assert not missing


def test_held_out_families_exist_and_span_the_intents(records):
    held = corpus.heldout()["intents"]
    sizes = Counter(r["family"] for r in records)
    assert held and not [f for f in held if sizes[f] < 3], "every held-out family has several examples"
    families = {r["family"] for r in records}
    # 8%: the seventh pass (219 `v-` families, written code-blind) came with none held out, and
    # holding some out afterwards would count forms the readers were already fitted to as unseen
    assert 0.08 <= len(held) / len(families) <= 0.25
    assert not [f for f in held if f.startswith("g-")], "held-out families are hand-written forms"


def test_the_composed_file_is_what_the_generator_writes():
    assert (corpus.ROOT / "intents/generated.jsonl").read_text(encoding="utf-8") == make_intents.compose(), (
        "run: python -m corpus.tools.make_intents")


def test_compact_form_round_trips():
    from corpus.tools.add_intents import parse
    lines = ["# a comment\n", "@ order_change chg-x\n", "改成3份 | =3\n", "再加两份，一共5份 | =5+2\n",
             "@ signin si-x\n", "#签到\n", "@ order ord-x\n", "#接龙\\n1. 王 2份 | 2\n"]
    assert parse(lines) == [
        {"text": "改成3份", "intent": "order_change", "quantity": 3, "family": "chg-x"},
        {"text": "再加两份，一共5份", "intent": "order_change", "quantity": 5, "delta": 2, "family": "chg-x"},
        {"text": "#签到", "intent": "signin", "family": "si-x"},
        {"text": "#接龙\n1. 王 2份", "intent": "order", "quantity": 2, "family": "ord-x"},
    ]


def test_lines_are_canonical_json():
    """One JSON object a line, written with ensure_ascii=False, so diffs stay readable."""
    for path in sorted((corpus.ROOT / "intents").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert line == json.dumps(json.loads(line), ensure_ascii=False), f"{path.name}:{number}"


def test_the_failure_lister_reads_sign_ins_and_orders():
    """`python -m corpus.failures intents|signins` run: the lister's function named `signins` once
    shadowed the sign-in reader module, so both crashed on their first record."""
    from corpus import failures
    chat = corpus.Record("今天天气真好", {"intent": "none", "family": "x"})
    order = corpus.Record("签到", {"intent": "order", "quantity": 2, "family": "x"})
    assert failures.orders_and_signups([chat]) == []
    assert any("gold order 2" in line for line in failures.orders_and_signups([order]))
    assert failures.signin_misses([corpus.Record("签到", {"intent": "none", "family": "x"})])


def test_the_failure_lister_hides_the_files_named_and_only_those():
    from corpus import failures
    kept = corpus.Record("今天天气真好", {"intent": "none"}, "intents/eighteenth.jsonl:3")
    hidden = corpus.Record("下雨了", {"intent": "none"}, "intents/hundredeighteenth.jsonl:3")
    assert failures.shown([kept, hidden], ["hundredeighteenth", ""]) == [kept]
    assert failures.shown([kept, hidden], ["eighteenth"]) == [hidden]


def test_the_orders_group_counts_what_the_handler_stores():
    """An order of 2 read as a change to a total of 2 stores the same (group right, per intent wrong); a change by one
    read as a new total of one stores something else (wrong both ways); an order for someone else may add on top."""
    from bot.language.intents import Reading
    from corpus.eval_intents import right
    order = corpus.Record("汤圆4份，打错了，是2份", {"intent": "order", "quantity": 2, "family": "x"})
    assert right(order, Reading("order_change", 2), stored=True) and not right(order, Reading("order_change", 2))
    assert right(order, Reading("order", 2, add=True), stored=True)
    assert not right(order, Reading("order", 2, sure=False), stored=True)
    more = corpus.Record("再来一份", {"intent": "order_change", "delta": 1, "family": "x"})
    assert right(more, Reading("order_change", 1, add=True), stored=True)
    assert not right(more, Reading("order", 1), stored=True) and not right(more, Reading("order_change", 1))
    both = corpus.Record("再加两份，一共5份", {"intent": "order_change", "delta": 2, "quantity": 5, "family": "x"})
    assert right(both, Reading("order_change", 5), stored=True) and right(both, Reading("order_change", 2, add=True), stored=True)
    cancel = corpus.Record("不要了", {"intent": "order_cancel", "family": "x"})
    assert right(cancel, Reading("order_cancel"), stored=True) and not right(cancel, Reading("order", 1), stored=True)
