"""The labelled corpus: every file well-formed, no text twice in an area, and the moderation
part (corpus/moderation/*.jsonl) labelled with the allowed values, big enough, every technique
represented, every split populated and the composed lines reproducible."""
from __future__ import annotations

import json
from collections import Counter

import pytest

import corpus
from corpus.tools import make_moderation

TOPICS = {"loan", "gambling", "daigou", "shuadan", "health_scam", "yinliu", "porn", "fake_goods",
          "investment", "weight_loss", "other"}
HAM_CATEGORIES = {"mothers", "seniors", "young", "store", "chain", "numbers", "traditional"}
HARD_CATEGORIES = {"antiscam", "sharelink", "email", "thanks", "greeting", "review", "offer", "other_hard"}
# (file, the fields every line has besides text, fields a line may have)
# Fields by label: a file may hold ads, ham or both (a batch written at once keeps its lines together).
MODERATION_FIELDS = {
    "ad": ({"label", "technique", "topic"}, {"made"}),
    "ham": ({"label", "category", "hard"}, {"made"}),
}
MINIMUMS = [("ad", 3000), ("ham", 6000)]
MIN_PER_TECHNIQUE = 30
MIN_PER_HELDOUT_TECHNIQUE = 100


@pytest.fixture(scope="module")
def moderation() -> list[corpus.Record]:
    return corpus.load("moderation")


def ad_problems(r: corpus.Record) -> list[str]:
    found = []
    if r.get("label") != "ad":
        found.append(f"label {r.get('label')!r}")
    if r.get("topic") not in TOPICS:
        found.append(f"topic {r.get('topic')!r}")
    technique = r.get("technique")
    if not isinstance(technique, str) or not technique.replace("_", "").isalpha() or technique != technique.lower():
        found.append(f"technique {technique!r}")
    return found


def ham_problems(r: corpus.Record) -> list[str]:
    found = []
    if r.get("label") != "ham":
        found.append(f"label {r.get('label')!r}")
    category = r.get("category")
    if category not in HAM_CATEGORIES | HARD_CATEGORIES:
        found.append(f"category {category!r}")
    elif r.get("hard") is not (category in HARD_CATEGORIES):
        found.append(f"hard must be {category in HARD_CATEGORIES} for {category}")
    return found


def problems(r: corpus.Record) -> list[str]:
    if r.get("label") not in MODERATION_FIELDS:
        return [f"label {r.get('label')!r}"]
    required, optional = MODERATION_FIELDS[r["label"]]
    found = [f"missing {key}" for key in required - r.labels.keys()]
    found += [f"unknown field {key}" for key in r.labels.keys() - required - optional]
    if r.get("made", "composed") != "composed":
        found.append(f"made {r.get('made')!r}")
    if not r.text.strip() or r.text != r.text.strip():
        found.append("empty text or surrounding blanks")
    return found + (ad_problems(r) if r["label"] == "ad" else ham_problems(r))


@pytest.mark.parametrize("area", ["moderation", "intents"])
def test_every_file_parses_and_no_text_twice_in_an_area(area):
    texts = Counter()
    for name in corpus.files(area):
        for record in corpus.read(name):  # raises on a line that is not JSON with a text
            assert isinstance(record.text, str) and record.text.strip(), record.source
            texts[record.text] += 1
    twice = [t for t, n in texts.items() if n > 1]
    assert not twice, f"{len(twice)} texts twice in {area}: {twice[:10]}"


def test_moderation_labels(moderation):
    assert moderation, "no moderation corpus"
    bad = [f"{r.source}: {p}" for r in moderation for p in problems(r)]
    assert not bad, "\n".join(bad[:30])


@pytest.mark.parametrize("record, wrong", [
    (corpus.Record("加V：dk88", {"label": "ad", "technique": "bare_alias", "topic": "loans"},
                   "moderation/ads.jsonl:1"), "topic 'loans'"),
    (corpus.Record("谢谢", {"label": "ham", "category": "thanks", "hard": False},
                   "moderation/ham.jsonl:1"), "hard must be True for thanks"),
    (corpus.Record("好", {"label": "ham", "category": "store"}, "moderation/ham.jsonl:1"), "missing hard"),
    (corpus.Record("好", {"label": "ad", "category": "store", "hard": False, "x": 1},
                   "moderation/ham.jsonl:1"), "unknown field x"),
    (corpus.Record("好", {"label": "spam", "category": "store"}, "moderation/ninth.jsonl:1"), "label 'spam'"),
])
def test_the_label_check_catches_bad_lines(record, wrong):
    assert wrong in problems(record)


@pytest.mark.parametrize("label, minimum", MINIMUMS)
def test_minimum_sizes(moderation, label, minimum):
    count = sum(1 for r in moderation if r["label"] == label)
    assert count >= minimum, f"{label}: {count} < {minimum}"


def test_every_technique_and_category_has_enough_examples(moderation):
    techniques = Counter(r["technique"] for r in moderation if r["label"] == "ad")
    categories = Counter(r["category"] for r in moderation if r["label"] == "ham")
    thin = {t: n for t, n in techniques.items() if n < MIN_PER_TECHNIQUE}
    thin.update({c: n for c, n in categories.items() if n < MIN_PER_TECHNIQUE})
    assert not thin, thin
    assert set(categories) == HAM_CATEGORIES | HARD_CATEGORIES
    assert {r["topic"] for r in moderation if r["label"] == "ad"} == TOPICS


def test_heldout_techniques_exist_and_are_large(moderation):
    held = corpus.heldout()["moderation"]
    assert 2 <= len(held) <= 3, held
    techniques = Counter(r["technique"] for r in moderation if r["label"] == "ad")
    small = {t: techniques[t] for t in held if techniques[t] < MIN_PER_HELDOUT_TECHNIQUE}
    assert not small, f"held-out techniques too small or unknown: {small}"


@pytest.mark.parametrize("split", corpus.SPLITS)
def test_every_split_has_ads_and_ham(moderation, split):
    labels = Counter(r["label"] for r in moderation if r.split == split)
    assert labels["ad"] > 0, split
    assert labels["ham"] > 0 or split == "heldout", split


def test_no_two_texts_differ_only_in_a_number(moderation):
    seen: dict[str, str] = {}
    clashes = []
    for r in moderation:
        key = make_moderation.skeleton(r.text)
        if key in seen:
            clashes.append((seen[key], r.source))
        seen[key] = r.source
    assert not clashes, clashes[:10]


def test_composed_lines_are_reproducible():
    def lines(name):
        path = corpus.ROOT / "moderation" / name
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    ads, ham = lines("ads.jsonl"), lines("ham.jsonl")
    hand_ads = [r for r in ads if r.get("made") != "composed"]
    hand_ham = [r for r in ham if r.get("made") != "composed"]
    composed_ads, composed_ham = make_moderation.compose(hand_ads, hand_ham)
    assert composed_ads == [r for r in ads if r.get("made") == "composed"]
    assert composed_ham == [r for r in ham if r.get("made") == "composed"]
