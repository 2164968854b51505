"""The learned question score (``bot/content/question_model.json``): is a message a question to the
store? A logistic regression over the rules' signals (``bot.questions.asking.signals``) and the
folded text's character n-grams, fitted on the corpus' train split with the ads model's fitter
(``bot.moderation.training.fit_rows``); and the learned FAQ topics (``bot.questions.topics``):
``qunbot train --questions [--report]`` (``make train``).
"""
from __future__ import annotations

from collections.abc import Iterable

from bot.config.loader import load_yaml_model
from bot.config.schema import GroupSettings
from bot.moderation.training import fit_rows, write
from bot.questions.asking import LEARNED_SURE, MODEL_FILE, signals
from bot.questions.faq import ENTRIES, SHIPPED, Faq, FaqEntry
from bot.questions.topics import NONE, TOPICS_FILE, Topics, features
from bot.rules.ad_model import AdModel, ngrams
from bot.text import without_quote

SIGNAL_SCALE = 2.0
L2 = 1e-3
EPOCHS = 10


def rows(examples: Iterable[tuple[str, bool]]) -> list[tuple[set[str], set[str], bool, float]]:
    faq, threshold = Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold
    out = []
    for text, asks in examples:
        kinds, compact = signals(without_quote(text), faq, threshold)
        out.append((set(kinds), ngrams(compact), asks, 1.0))
    return out


def fit(examples: list[tuple[str, bool]]) -> AdModel:
    meta = {"examples": len(examples), "questions": sum(a for _, a in examples), "ngrams": [1, 2, 3]}
    return fit_rows(rows(examples), meta, epochs=EPOCHS, scale=SIGNAL_SCALE, l2=L2)


def fit_topics(questions: list[tuple[str, str]]) -> Topics:
    """One model per shipped entry id and ``none``, from the corpus' questions (text, faq id or none)
    and the shipped phrasings (each its entry's example)."""
    faq = Faq(load_yaml_model(SHIPPED, ENTRIES))
    examples = questions + [(q, entry.id) for entry in faq.entries for q in phrasings(entry)]
    found = [(features(without_quote(text), faq), topic) for text, topic in examples]
    ids = [entry.id for entry in faq.entries] + [NONE]
    return Topics({entry_id: fit_rows([(set(kinds[entry_id]), grams, topic == entry_id, 1.0) for (kinds, grams), topic in found],
                                      {"examples": len(examples)}, epochs=EPOCHS, scale=SIGNAL_SCALE, l2=L2)
                   for entry_id in ids})


def phrasings(entry: FaqEntry) -> list[str]:
    """An entry's phrasings, and each again with one of its words said another way (its synonyms: 几点开门 ->
    几点营业, 几点开店…): the topic model learns the words members use, not only those the phrasings use."""
    said = list(entry.questions)
    for question in entry.questions:
        said += [question.replace(word, other, 1) for word, others in entry.synonyms.items() if word in question
                 for other in others]
    return list(dict.fromkeys(said))


def corpus_questions(split: str) -> list[tuple[str, str]]:
    import corpus

    return [(r.text, r.get("faq", NONE)) for r in corpus.load("intents", split) if r["intent"] == "question"]


def corpus_examples(split: str) -> list[tuple[str, bool]]:
    import corpus  # the repository's corpus/ (not installed with the package)

    return [(r.text, r["intent"] == "question") for r in corpus.load("intents", split)]


def report(model: AdModel, dev: list[tuple[str, bool]]) -> str:
    """The learned score alone on the dev split, at the sure threshold the reader uses."""
    faq, threshold = Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold
    scored = []
    for text, asks in dev:
        kinds, compact = signals(without_quote(text), faq, threshold)
        scored.append((model.logit(compact, kinds) >= LEARNED_SURE, asks))
    hits = sum(said and asks for said, asks in scored)
    said, asked = sum(s for s, _ in scored), sum(a for _, a in scored)
    return (f"dev split, the learned score alone at logit {LEARNED_SURE}: recall {hits / max(asked, 1):.1%} "
            f"({hits}/{asked}), precision {hits / max(said, 1):.1%} ({hits}/{said})")


def main(show_report: bool) -> int:
    """``qunbot train --questions``: both files from the corpus' train split (``--report``: the score on dev)."""
    model = fit(corpus_examples("train"))
    write(model, MODEL_FILE)
    print(f"{MODEL_FILE}: {len(model.grams):,} n-grams and {len(model.signals)} signals")
    if show_report:
        print(report(model, corpus_examples("dev")))
    topics = fit_topics(corpus_questions("train"))
    write(topics, TOPICS_FILE)
    print(f"{TOPICS_FILE}: {len(topics.models)} topics, {sum(len(m.grams) for m in topics.models.values()):,} weights")
    return 0

