"""The learned 打卡 score: whether a 打卡 the sign-in reader reads as a sign-in is this group's, or another habit's —
a pill, an app's lesson, a workout, a place visited, work's clock-in — from the words right before and after it.

The rule reader (``signins.read_signin``) lists the other habits it knows (健身, 背单词, 网红店, 考勤…); fresh text names
others (百词斩打卡, 降压药打卡, 喂海鸥打卡), which read as sign-ins. The score weighs the characters on either side of the
trigger as the corpus' 打卡 sign-ins and look-alikes use them: who she is, when, a greeting (婷婷打卡, 第30天打卡, 早安打卡)
against a thing done or a place (药, 词, 房, 湖). It is the reader's partner on one side only: a 打卡 the rules read as a
sign-in after words the rules do not know as who, when or how (``signins.card_context``) that scores below ``ACCEPT_AT``
is left silent (``vetoes``). Never the other way: a message the rules leave silent stays silent (a score over the whole
message's n-grams read 签字, 签名 and 我老公帮我签到了 as sign-ins; docs/language.md, "S14").

The same model as the ads and intent scores (``bot.rules.ad_model.AdModel``: a logistic regression over signal kinds
and n-grams, plain JSON weights) in ``bot/content/signin_model.json``, fitted by ``qunbot train --signins``
(``bot.language.signin_training``) on the corpus' train split.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.rules.ad_model import AdModel, ngrams, shape, sigmoid

SHIPPED = Path(__file__).resolve().parent.parent / "content" / "signin_model.json"
# At or above this a 打卡 in doubt (``Card.in_doubt``) stays the sign-in the rules read; below it, it is left silent.
# The fit weighs sign-ins and look-alikes half each, so words the corpus never put before 打卡 score about 0.5, where in
# doubt on train 3 打卡 of 173 are sign-ins: the score must know the words for a sign-in's. Chosen on out-of-fold scores
# (5-fold cross-validation on train, folds by family) and dev: from 0.55 to 0.85 no sign-in of either is silenced, train
# keeps 8 of its 12 look-alikes signed in and dev 3 of 7; at 0.9 two train sign-ins are (冒泡打卡, 摸鱼打卡: slang seen
# once); of the train and dev sign-ins varied (signin_variations' wrappings) 0.55-0.7 lose 19 more, 0.75 25. A missed
# sign-in breaks a streak, a look-alike signed in is noise: the low end of that range, clear of the ~0.52 that words
# never seen before 打卡 score.
ACCEPT_AT = 0.6
# At or above this the whole-decision score (``SigninModel.whole``) signs in a message the rules left silent, when no
# look-alike cue of the rules is in it (``signins.rescue_context``). Chosen on out-of-fold scores (5-fold by family on
# train) and dev, where it signed in 7 and 5 sign-ins the rules missed for 2 and 1 look-alikes (at 0.95: 7 and 5 for 5
# and 1; at 0.9: 9 and 5 for 12 and 3): a look-alike signed in costs precision as much as a missed sign-in costs
# recall, so the bar asks for the score's near certainty (docs/language.md, "S16").
RESCUE_AT = 0.98
SIDE = "\x1f"  # the joint of a context feature: a control character, never in a text


@dataclass(frozen=True)
class Card:
    """The first 打卡 of a message, as ``signins.card_context`` finds it."""
    before: str  # the words before it in its clause ("冒泡", "降压药", "大家早安")
    after: str  # the rest of its clause ("第30天", "完成")
    at: int  # its clause's place among the message's clauses
    clauses: int
    in_doubt: bool  # every 打卡 follows words the reader does not know as who signs in, when or how
    card: bool = True  # the trigger is 打卡 (the whole-decision score reads 签到 too: ``signins.rescue_context``)


def features(card: Card) -> tuple[set[str], set[str]]:
    """(signal kinds, n-grams) of a 打卡: the last one, two and three characters before it (``^`` where the words before
    it are fewer), the first one, two and three after it (``$``), the single characters and pairs on either side; how
    many characters each side has, whether other clauses follow its own (not what comes before it: a greeting
    there says nothing of whose 打卡 it is)."""
    before, after = shape(card.before), shape(card.after)
    kinds = {"last" if card.at == card.clauses - 1 else "more", "before:" + str(min(len(before), 5)),
             "after:" + str(min(len(after), 5))}
    grams = set()
    for n in (1, 2, 3):
        grams.add("<" + SIDE + (before[-n:] if len(before) >= n else "^" + before))
        grams.add(">" + SIDE + (after[:n] if len(after) >= n else after + "$"))
    grams.update("b" + SIDE + g for g in ngrams(before) if len(g) < 3)
    grams.update("a" + SIDE + g for g in ngrams(after) if len(g) < 3)
    return kinds, grams


def whole_features(card: Card, cues: frozenset[str]) -> tuple[set[str], set[str]]:
    """The whole-decision score's features: the trigger's own (``features``, for 签到 as for 打卡, marked by which it
    is) and the look-alike cues of the rules found in the message (``signins.CUES``: a question, another day, a rule
    told, someone else's news…), as signal kinds, so the score weighs how sure each cue is beside the trigger's words."""
    kinds, grams = features(card)
    mark = "c:" if card.card else "s:"
    return {mark + k for k in kinds} | {mark} | {"cue:" + c for c in cues}, grams


class SigninModel:
    def __init__(self, model: AdModel, meta: dict | None = None, whole: AdModel | None = None) -> None:
        self.model, self.meta, self.whole = model, meta or {}, whole

    @classmethod
    def from_json(cls, data: dict) -> "SigninModel":
        whole = AdModel.from_json(data["whole"]) if data.get("whole") else None
        return cls(AdModel.from_json(data["model"]), data.get("meta"), whole)

    def to_json(self) -> dict:
        return {"meta": self.meta, "model": self.model.to_json(), **({"whole": self.whole.to_json()} if self.whole else {})}

    def whole_probability(self, card: Card, cues: frozenset[str]) -> float:
        """The probability that a message holding the trigger (``card``) with these cues is a sign-in."""
        kinds, grams = whole_features(card, cues)
        return sigmoid(self.whole.logit_grams(grams, kinds)) if self.whole is not None else 0.0

    def rescues(self, card: Card, cues: frozenset[str]) -> bool:
        """Whether a message the rules left silent is a sign-in, as the whole-decision score says."""
        return self.whole is not None and self.whole_probability(card, cues) >= RESCUE_AT

    def probability(self, card: Card) -> float:
        """The probability that the 打卡 is this group's sign-in."""
        kinds, grams = features(card)
        return sigmoid(self.model.logit_grams(grams, kinds))

    def vetoes(self, card: Card) -> bool:
        """Whether a 打卡 the rules read as a sign-in is another habit's, as the score says."""
        return self.probability(card) < ACCEPT_AT


@lru_cache(maxsize=4)
def _load(path: str) -> SigninModel | None:
    file = Path(path)
    return SigninModel.from_json(json.loads(file.read_text("utf-8"))) if file.exists() else None


def shipped() -> SigninModel | None:
    """The shipped model, read once (a retrain takes effect on restart, as the other models do); None in a checkout
    before the first ``qunbot train --signins``."""
    return _load(str(SHIPPED))
