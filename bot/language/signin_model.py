"""The learned 打卡 score: whether a 打卡 the sign-in reader reads as a sign-in is this group's, or another habit's —
a pill, an app's lesson, a workout, a place visited, work's clock-in — from the words right before and after it.

The rule reader (``signins.read_signin``) lists the other habits it knows (健身, 背单词, 网红店, 考勤…); fresh text names
others (百词斩打卡, 降压药打卡, 喂海鸥打卡), which read as sign-ins. The score weighs the characters on either side of the
trigger as the corpus' 打卡 sign-ins and look-alikes use them: who she is, when, a greeting (婷婷打卡, 第30天打卡, 早安打卡)
against a thing done or a place (药, 词, 房, 湖). It is the reader's partner on one side only: a 打卡 the rules read as a
sign-in that scores below ``VETO_AT`` is left silent (``vetoes``). Never the other way: a sign-in the rules leave silent
stays silent (a score over n-grams read 签字, 签名 and 我老公帮我签到了 as sign-ins; docs/language.md, "S14").

The same model as the ads and intent scores (``bot.rules.ad_model.AdModel``: a logistic regression over signal kinds
and n-grams, plain JSON weights) in ``bot/content/signin_model.json``, fitted by ``qunbot train --signins``
(``bot.language.signin_training``) on the corpus' train split.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from bot.language.wrapping import heard_as, plain, squeeze, unquote
from bot.rules.ad_model import AdModel, ngrams, shape

SHIPPED = Path(__file__).resolve().parent.parent / "content" / "signin_model.json"
# Below this a 打卡 the rules read is left silent. Chosen on out-of-fold scores (5-fold cross-validation on train, folds
# by family) and dev: at 0.1, 3 of train's 12 and 2 of dev's 7 look-alikes the rules sign in go silent and no sign-in
# does; at 0.2, one train sign-in (新人第一次打卡) is lost.
VETO_AT = 0.1
ACCEPT_AT = 0.5

# 打卡 as the score finds it, after homophones are heard as the word (达卡, 打咔), with 个 inside.
_HEARD = ("打卡",)
_TRIGGER = re.compile(r"打个?卡")
_CLAUSE = re.compile(r"[,.!?;:，。！？；：、~～…\s]+")  # the reader's breaks, spaces included: a phone typist's comma
SIDE = "\x1f"  # the joint of a context feature: a control character, never in a text


def candidate(text: str) -> str | None:
    """The text as the score reads it (plain, 打卡's homophones heard as it), or None when it is not the score's: no 打卡
    in it, or a 签 (签到 beside 打卡 is the group's sign-in whatever the 打卡 is: "签到打卡", "打卡签到")."""
    said = heard_as(plain(unquote(text)), _HEARD)
    return said if "签" not in said and _TRIGGER.search(said) else None


def features(said: str) -> tuple[set[str], set[str]]:
    """(signal kinds, n-grams) of a candidate: the characters right before and after the first 打卡 in its clause (the
    last one, two and three before it, ``^`` at the clause's start; the first one, two and three after, ``$`` at its
    end) and the single characters and pairs of what comes before and after it there; how long each side is, and
    whether the clause is the message's first or last."""
    parts = [p for p in map(squeeze, _CLAUSE.split(said)) if p]
    at = next(((i, m) for i, p in enumerate(parts) if (m := _TRIGGER.search(p))), None)
    if at is None:
        return set(), set()
    index, found = at
    clause = shape(parts[index])
    before, after = clause[:found.start()], clause[found.end():]
    kinds = {"clauses:" + str(min(len(parts), 4)), "first" if index == 0 else "later",
             "last" if index == len(parts) - 1 else "more", "before:" + str(min(len(before), 5)),
             "after:" + str(min(len(after), 5))}
    grams = set()
    for n in (1, 2, 3):
        grams.add("<" + SIDE + (before[-n:] if len(before) >= n else "^" + before))
        grams.add(">" + SIDE + (after[:n] if len(after) >= n else after + "$"))
    grams.update("b" + SIDE + g for g in ngrams(before) if len(g) < 3)
    grams.update("a" + SIDE + g for g in ngrams(after) if len(g) < 3)
    return kinds, grams


class SigninModel:
    def __init__(self, model: AdModel, meta: dict | None = None) -> None:
        self.model, self.meta = model, meta or {}

    @classmethod
    def from_json(cls, data: dict) -> "SigninModel":
        return cls(AdModel.from_json(data["model"]), data.get("meta"))

    def to_json(self) -> dict:
        return {"meta": self.meta, "model": self.model.to_json()}

    def probability(self, text: str) -> float | None:
        """The probability that the 打卡 in the text is this group's sign-in; None when the text is not the score's."""
        said = candidate(text)
        if said is None:
            return None
        kinds, grams = features(said)
        return _sigmoid(self.model.logit_grams(grams, kinds))

    def vetoes(self, text: str) -> bool:
        """Whether a 打卡 the rules read as a sign-in, after words they do not know as who, when or how
        (``signins.card_in_doubt``), is another habit's, as the score says."""
        probability = self.probability(text)
        return probability is not None and probability < ACCEPT_AT


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x)) if x > -40 else 0.0


@lru_cache(maxsize=4)
def _load(path: str) -> SigninModel | None:
    file = Path(path)
    return SigninModel.from_json(json.loads(file.read_text("utf-8"))) if file.exists() else None


def shipped() -> SigninModel | None:
    """The shipped model, read once (a retrain takes effect on restart, as the other models do); None in a checkout
    before the first ``qunbot train --signins``."""
    return _load(str(SHIPPED))
