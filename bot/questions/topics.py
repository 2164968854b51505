"""The learned FAQ topic: which shipped entry a question no phrasing matches is about.

The FAQ matcher (``bot.questions.faq``) answers what resembles an entry's phrasings; members ask
the same things in words no phrasing has ("昨天买的草莓烂了好几个 怎么办" is returns,
"三公里外送不送啊" delivery). One logistic regression per entry id (and one for questions no
entry answers, ``none``) over the question's character n-grams and two signals (the entry's
keyword is in it; it names goods), fitted on the corpus' train split and the shipped phrasings
(``bot.questions.training``, ``make train``), shipped as ``bot/content/question_topics.json.gz`` (gzipped: its
~240k weights are over 2 MB as text).

It answers only when sure, by a margin over ``none``: a wrong answer is worse than passing the
question to the staff. Only entries the group's FAQ has, by id, are answered (a group's own FAQ
with other ids is read by the matcher alone).
"""
from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

from bot.language.intents import GOODS
from bot.questions.faq import Faq, core
from bot.questions.spoken import mandarin
from bot.rules.ad_model import AdModel, ngrams
from bot.text import forms

TOPICS_FILE = Path(__file__).resolve().parent.parent / "content" / "question_topics.json.gz"
NONE = "none"  # the class of questions no entry answers
# The store's own events (one is open in the group), whose details the staff answer: "讲座是几点", "采摘要带什么".
EVENTS = re.compile(r"活动|讲座|课|报名|名额|集合|入场|采摘|手工|烘焙|义诊|义剪|体检|检查|筛查|[量测]血压|比赛|试吃|亲子|秋游|春游|一日游|运动会|"
                    r"抽奖|奖品|周年庆|店庆")
SURE = 2.5  # the best entry's logit (p 0.92) below which the model does not answer
MARGIN = 2.0  # ... nor when the best entry's logit is not this far above none's
OVERRULE = 6.0  # another entry's logit this far above the matcher's entry's (and itself sure) answers instead
DOUBT = 3.0  # none's logit this far above an entry's (and itself sure) vetoes the matcher's answer with that entry


def features(said: str, faq: Faq | None) -> tuple[dict[str, frozenset[str]], set[str]]:
    """Per entry id of ``faq`` (and ``none``): its signals; and the question's n-grams."""
    compact = forms(mandarin(forms(core(said)).folded)).compact
    common = frozenset({"goods"} if GOODS.search(compact) else ())
    keyed = faq.scores(said)[1] if faq is not None else set()
    kinds = {entry.id: common | ({"keyword"} if entry.id in keyed else set()) for entry in (faq.entries if faq else [])}
    return kinds | {NONE: common}, ngrams(compact)


class Topics:
    def __init__(self, models: dict[str, AdModel]) -> None:
        self.models = models

    def best(self, said: str, faq: Faq) -> str | None:
        """The id of the entry the question is surely about, or None."""
        kinds, grams = features(said, faq)
        logits = {entry_id: model.logit_grams(grams, kinds[entry_id])
                  for entry_id, model in self.models.items() if entry_id in kinds}
        none = logits.pop(NONE, float("-inf"))
        if not logits:
            return None
        best = max(logits, key=logits.get)
        return best if logits[best] >= SURE and logits[best] - none >= MARGIN else None

    def doubts(self, said: str, faq: Faq, entry_id: str) -> bool:
        """Whether the model is sure no entry answers what the matcher answered with ``entry_id``: a shared word
        in another sense ("小李今天上班吗" is no opening hours, "怎么签到" asks how, not what points are for)."""
        kinds, grams = features(said, faq)
        if NONE not in self.models or entry_id not in self.models or entry_id not in kinds:
            return False
        none = self.models[NONE].logit_grams(grams, kinds[NONE])
        return none >= SURE and none - self.models[entry_id].logit_grams(grams, kinds[entry_id]) >= DOUBT

    def overrules(self, said: str, faq: Faq, entry_id: str) -> str | None:
        """The entry the model is sure of when it is not the one the matcher answered with and the model is far surer
        of it than of the matcher's: a word the matcher shares with a phrasing of another entry ("蛋挞明天几点出炉"
        shares 明天几点 with the hours, "积份能抵多少钱" 多少钱 with the catalogue)."""
        kinds, grams = features(said, faq)
        if entry_id not in self.models or entry_id not in kinds:
            return None
        logits = {other: model.logit_grams(grams, kinds[other]) for other, model in self.models.items() if other in kinds}
        none, matched = logits.pop(NONE, float("-inf")), logits[entry_id]
        best = max(logits, key=logits.get)
        if best == entry_id or logits[best] < SURE or logits[best] - none < MARGIN or logits[best] - matched < OVERRULE:
            return None
        return best

    def to_json(self) -> dict:
        return {entry_id: model.to_json() for entry_id, model in sorted(self.models.items())}

    @classmethod
    def from_json(cls, data: dict) -> "Topics":
        return cls({entry_id: AdModel.from_json(model) for entry_id, model in data.items()})


@lru_cache(maxsize=1)
def topics() -> Topics | None:
    """The shipped topic model; None before the first ``make train`` (the matcher alone answers)."""
    if not TOPICS_FILE.exists():
        return None
    return Topics.from_json(json.loads(gzip.decompress(TOPICS_FILE.read_bytes())))
