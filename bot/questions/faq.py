"""The store's FAQ (``bot/content/faq.yaml``): which entry, if any, answers a member's question.

A message and an entry's phrasings are compared as sets of character bigrams (Chinese has no
spaces; bigrams need no dictionary) after three foldings that make paraphrases and typos meet:

- the entry's ``synonyms`` (admin-editable) rewrite what members say into the words of its
  phrasings: 周日 -> 周末, 位置 -> 地址;
- polite and filler words around the question are dropped (请问, 一下, 呀, 你们);
- the text is read as sounds (``bot.pinyin``), so the commonest typo, the input method's
  homophone (几点开们, 地址在那), reads as the word meant.

Grams are weighted by their inverse document frequency over all phrasings, so grams every entry
shares count little. An entry scores the better of: the weighted share of one phrasing's bigrams
the message has, discounted by what of the message that phrasing leaves unexplained; and the
share of the message the entry's words explain, if those words are specific enough to it. A
keyword of an entry (``keywords``) in a short question makes that entry the candidate. The best
entry answers if its score reaches ``faq.threshold``; else there is no answer.

No fuzzy-matching library: rapidfuzz (maintained, MIT) scores edit distance between strings,
which neither knows that 们 is a typo of 门 nor that 周日 means 周末, and one character is a
quarter of a four-character question; sounds, synonyms and weighted bigrams do both.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import Field, TypeAdapter, model_validator

from bot.config.schema import ID_PATTERN, Config, Strict
from bot.config.issues import problem
from bot.config.yaml_files import load_yaml_model, resolve_path
from bot.pinyin import sounds
from bot.questions.spoken import mandarin, reload_words
from bot.text import forms, normalize
from bot.text_gate import gated

SHIPPED = Path(__file__).resolve().parent.parent / "content" / "faq.yaml"
# Entries answered from elsewhere: a product's price, stock and pickup; the group's rules.
CATALOGUE, RULES = "catalogue", "rules"
MAX_QUESTION_LENGTH = 60  # longer messages are chat or stories, not FAQ questions
EXACT_LENGTH = 3  # characters a statement must have to be taken as an FAQ phrasing
SURE = 6.0  # how specific the words an entry explains must be, together, to be sure of it
UNEXPLAINED = 0.25  # how much words of the message outside a phrasing count against it
KEYWORD = 0.7  # the least score of an entry whose keyword the message has...
KEYWORD_SPAN = 20  # ...if the message is short: in a long one a keyword is more often a passing word
UNSEEN = 0.5  # the weight of a word no phrasing has, as a share of the rarest word's

# Words around a question that say nothing of its topic. Leading ones are dropped first, then
# trailing particles: 请问你们几点开门呀 -> 几点开门.
_LEADING = re.compile(r"^(?:请问|问一下|问下|想问下|想问一下|想问问|想问|问问|打听一下|咨询一下|老板|店长|亲|你好|您好|"
                      r"你们家|你们|咱们|咱|我们|家里|店里)+")
# An indirect question is the clause that follows its frame: 过年期间不知道店里开不开，想去… -> 店里开不开; not
# a guess at a cause or a sigh (不知道是不是电池的问题, 不知道是什么原因, 不知道怎么弄).
_FRAME = re.compile(r"(?:不知道|不晓得|不清楚|没搞明白|没搞懂|没弄明白|搞不懂|想知道|想了解|想问问|想问一下|想问下|想问|请问)"
                    r"(?!是|什么|为什么|为啥|怎么(?:弄|办|回事|搞))([^,，。.!！?？;；~～\s]{3,})")  # 不知道在哪: too little
_TRAILING = re.compile(r"(?:一下|下|啊|呀|呢|哦|喔|啦|吧|嘛|哈|(?<![什怎这那多])么|吗|不|没|没有|嘞|咧|噻|撒|咩|伐|哇|啵|嘎|哩|捏|呐|冇)+$")


_LEADING, _FRAME, _TRAILING = map(gated, (_LEADING, _FRAME, _TRAILING))  # read on every message (bot.text_gate)


def core(text: str) -> str:
    """A message's normalised question, read as Mandarin, without its polite frame: 请问你们几点开门呀？ -> 几点开门."""
    framed = _FRAME.search(mandarin(forms(text).folded))
    text = mandarin(normalize(framed.group(1) if framed else text))
    stripped = _TRAILING.sub("", _LEADING.sub("", text))
    return stripped or text


class FaqEntry(Strict):
    id: str = Field(pattern=ID_PATTERN)
    questions: list[str] = Field(min_length=1, description="ways members ask it")
    synonyms: dict[str, list[str]] = Field(
        {}, description="a word of the questions -> other words (or typos) members use for it")
    keywords: list[str] = Field([], description="words that on their own make a question this entry's (积分, 停车)")
    answer: str = Field("", description="the reply (catalogue: unused; rules: when the group has none)")

    @model_validator(mode="after")
    def _complete(self) -> "FaqEntry":
        if not self.answer.strip() and self.id != CATALOGUE:
            raise problem("faq_answer_missing")
        asked = [normalize(q) for q in self.questions]
        for word, others in self.synonyms.items():
            if not normalize(word) or not any(normalize(word) in q for q in asked):
                raise problem("faq_synonym_unused", word=word)
            if not others or not all(normalize(other) for other in others):
                raise problem("faq_synonym_empty", word=word)
        if not all(normalize(word) for word in self.keywords):
            raise problem("faq_keyword_empty")
        return self


ENTRIES = TypeAdapter(list[FaqEntry])


def bigrams(folded: str) -> set[str]:
    return {folded} if len(folded) == 1 else {folded[i:i + 2] for i in range(len(folded) - 1)}


def grams(folded: str) -> set[str]:
    return set(folded) | bigrams(folded)


def _idf(documents: list[set[str]]) -> dict[str, float]:
    """BM25's inverse document frequency of each gram; "" stands for a gram no document has."""
    n, counts = len(documents), {}
    for document in documents:
        for gram in document:
            counts[gram] = counts.get(gram, 0) + 1
    idf = {g: math.log(1 + (n - c + 0.5) / (c + 0.5)) for g, c in counts.items()}
    idf[""] = math.log(1 + (n + 0.5) / 0.5)
    return idf


class _Rewriter:
    """An entry's synonyms applied to a text read as sounds (so typos of a synonym match too), longest first."""

    def __init__(self, synonyms: dict[str, list[str]]) -> None:
        fold = lambda word: sounds(normalize(word))  # noqa: E731
        pairs = {fold(other): fold(word) for word, others in synonyms.items() for other in others}
        pairs |= {fold(word): fold(word) for word in synonyms}  # 退货 stays, though 退 -> 退货
        self._to = pairs
        self.alphabet = frozenset("".join(pairs))  # a character outside it is left as it is by the rewrite
        # how many times shorter a rewrite can make a text: its greatest ratio of a word's length to its replacement's
        self.most_shrunk = max([1.0] + [len(other) / len(word) if word else math.inf for other, word in pairs.items()])
        words = sorted(pairs, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, words))) if words else None

    def __call__(self, text: str) -> str:
        return text if self._pattern is None else self._pattern.sub(lambda m: self._to[m.group()], text)


@dataclass(frozen=True)
class Match:
    entry: FaqEntry
    score: float


class Faq:
    def __init__(self, entries: list[FaqEntry]) -> None:
        self.entries = entries
        self._rewrite = {entry.id: _Rewriter(entry.synonyms) for entry in entries}
        folded = {entry.id: [self._folded(entry, q) for q in entry.questions] for entry in entries}
        self._exact = {entry_id: set(phrasings) for entry_id, phrasings in folded.items()}
        # The characters a message read as sounds may hold and still be rewritten into one of an entry's
        # phrasings: a character in neither a phrasing nor a synonym survives the rewrite and rules the entry out.
        # D25: the longest message one of an entry's phrasings can be once its synonyms are rewritten (a rewrite shortens
        # a text by its greatest shrink at the most): longer, no phrasing is it, nothing to rewrite.
        self._exact_within = {entry.id: max(map(len, folded[entry.id]), default=0) * self._rewrite[entry.id].most_shrunk
                              for entry in entries}
        self._alphabet = {entry.id: frozenset("".join(folded[entry.id])) | self._rewrite[entry.id].alphabet
                          for entry in entries}
        self._idf = _idf([grams(f) for phrasings in folded.values() for f in phrasings])
        self._vocabulary = {entry_id: set().union(*map(grams, phrasings)) for entry_id, phrasings in folded.items()}
        self._specific = _idf(list(self._vocabulary.values()))  # how much a gram says "this entry"
        self._phrasings = {entry_id: [(b, self._weight(b)) for b in map(bigrams, phrasings)]
                           for entry_id, phrasings in folded.items()}
        # Which of an entry's phrasings have a bigram: a message is compared only with those sharing one
        # (the others cover nothing of it), not with every phrasing of every entry.
        self._having: dict[str, dict[str, list[int]]] = {}
        for entry_id, phrasings in self._phrasings.items():
            having = self._having[entry_id] = {}
            for index, (phrasing, _) in enumerate(phrasings):
                for gram in phrasing:
                    having.setdefault(gram, []).append(index)
        # Keywords match as written: read as sounds, two syllables collide too often (有几 / 邮寄).
        self._keywords = {entry.id: [normalize(k) for k in entry.keywords] for entry in entries}
        # One message is scored by the rules, the learned score's signals and the learned topic: once.
        self.scores = lru_cache(maxsize=256)(self._scores)  # type: ignore[method-assign]
        self.exact = lru_cache(maxsize=256)(self._exact_entry)  # type: ignore[method-assign]
        # An entry's own words as written (phrasings and synonyms): a keyword another entry also says is shared.
        self._said = {entry.id: "|".join([normalize(q) for q in entry.questions]
                                         + [normalize(w) for words in entry.synonyms.values() for w in words])
                      for entry in entries}

    def _folded(self, entry: FaqEntry, text: str, heard: str | None = None) -> str:
        """The text as this entry reads it; ``heard``: its sounds, when already known (once per message)."""
        return self._rewrite[entry.id](sounds(core(text)) if heard is None else heard)

    def _exact_entry(self, text: str) -> FaqEntry | None:
        """The entry one of whose phrasings the message is, give or take typos and synonyms ("营业时间");
        never for a word or two (优点 sounds like 有店)."""
        asked = core(text)
        if len(asked) < EXACT_LENGTH:
            return None
        heard = sounds(asked)
        held = set(heard)
        return next((e for e in self.entries
                     if len(heard) <= self._exact_within[e.id] and held <= self._alphabet[e.id] and self._folded(e, text, heard) in self._exact[e.id]), None)

    def best(self, text: str) -> Match | None:
        """The best-matching entry and its score (0-1), or None when nothing is shared."""
        scores, keyed = self.scores(text)
        # An entry whose keyword the message has wins over those without; among several, one whose keyword no
        # other of them says (积分能换啥: 积分 is only points', 能换 is said by points too), then the closest.
        own = self._own_keywords(text, keyed) if len(keyed) > 1 else keyed
        best = max(self.entries, key=lambda e: (e.id in keyed, e.id in own, scores[e.id]), default=None) if scores else None
        return Match(best, scores[best.id]) if best is not None and scores[best.id] > 0 else None

    def _scores(self, text: str) -> tuple[dict[str, float], set[str]]:
        """Each entry's score (0-1) by its id, and the ids of the entries whose keyword the message has;
        nothing for a message too long to be an FAQ question."""
        if len(text) > MAX_QUESTION_LENGTH:
            return {}, set()
        asked, scores, keyed = core(text), {}, set()
        # where a keyword counts: the short message, or the short question after its frame (…没搞明白积分能干嘛)
        heard = [words for words in (normalize(text), asked) if len(words) <= KEYWORD_SPAN]
        said = sounds(asked)
        for entry in self.entries:
            folded = self._folded(entry, text, said)
            message = bigrams(folded)
            weight = self._weight(message)
            phrasings, having = self._phrasings[entry.id], self._having[entry.id]
            sharing = {index for gram in message for index in having.get(gram, ())}
            covered = (self._covers(*phrasings[index], message, weight) for index in sharing)
            score = max(max(covered, default=0.0), self._explained(entry.id, folded))
            if any(k in words for words in heard for k in self._keywords[entry.id]):
                score, _ = KEYWORD + (1 - KEYWORD) * score, keyed.add(entry.id)
            scores[entry.id] = score
        return scores, keyed

    def keyed_only_as(self, text: str, entry_id: str, other_id: str) -> bool:
        """(p34) Whether the message takes ``entry_id`` by a keyword only, and every such keyword is said by ``other_id``
        too ("攒够多少能换" after a points question: 能换 is points' word as much as returns')."""
        _, keyed = self.scores(text)
        if entry_id not in keyed or entry_id in self._own_keywords(text, {entry_id, other_id}):
            return False
        entry = next(e for e in self.entries if e.id == entry_id)
        # nor any word only ``entry_id`` says: "坏了的鸡蛋能换不" is a return, whatever came before it
        return not bigrams(self._folded(entry, text)) & (self._vocabulary[entry_id] - self._vocabulary[other_id])

    def _own_keywords(self, text: str, keyed: set[str]) -> set[str]:
        """The keyed entries with a keyword in the message that no other keyed entry's words contain."""
        said = mandarin(normalize(text))  # as the keywords were heard: 这个coupon… has 优惠券, points' own keyword
        return {entry_id for entry_id in keyed
                if any(k in said and not any(k in self._said[other] for other in keyed - {entry_id})
                       for k in self._keywords[entry_id])}

    def _weight(self, grams: set[str]) -> float:
        # fsum: a set's order follows the process' string hashes, and a plain sum's rounding with it, so two
        # entries scoring alike could swap from run to run (and `make train` write another file each time).
        return math.fsum(self._idf.get(g, self._idf[""] * UNSEEN) for g in grams)

    def _covers(self, phrasing: set[str], phrasing_weight: float, message: set[str], message_weight: float) -> float:
        """The weighted share of a phrasing the message has, discounted by what it leaves unexplained."""
        shared = phrasing & message
        if not shared:
            return 0.0
        weight = self._weight(shared)
        return weight / phrasing_weight * (weight / message_weight) ** UNEXPLAINED

    def shares_words(self, text: str, entry: FaqEntry) -> bool:
        """Whether the message has a word (two characters, not one) of the entry's phrasings: 这不就是我每天的生活吗
        shares only single characters with the catalogue, 大枣有核吗 shares 大枣."""
        return bool(bigrams(self._folded(entry, text)) & self._vocabulary[entry.id])

    def _explained(self, entry_id: str, folded: str) -> float:
        """How much of the message the entry's words explain (能退吗: all of it, for returns), times
        how sure those words make it (a word found only in this entry, 退 or 停车, is enough; not a word asking
        how many, found in one entry's phrasing by chance)."""
        message = grams(folded)
        shared = message & self._vocabulary[entry_id]
        if not shared:
            return 0.0
        telling = shared - _COUNTING  # "how many" says nothing of the topic: 一盒几个 is not 草莓坏了几个能换吗
        sure = min(1.0, math.fsum(self._specific[g] for g in telling) / SURE)
        return self._weight(shared) / self._weight(message) * sure


# Words asking how many, as sounds: they ask, and say nothing of which entry (一盒几个 is neither returns' nor any's).
_COUNTING = frozenset(sounds(word) for word in ("几", "几个", "多少", "多"))


@lru_cache(maxsize=8)
def _load(path: Path, mtime: float) -> Faq:
    return Faq(load_yaml_model(path, ENTRIES) or [])


def load_faq(config: Config, base_dir: Path) -> dict[str, Faq]:
    """Each FAQ file the config names, by path (groups may have their own); raises ConfigError if broken."""
    files = {s.faq.file for s in [config.defaults] + [g.settings for g in config.groups]}
    reload_words()  # the regional words file is read with the FAQ: at start-up and on /重载
    faqs = {}
    for file in files:
        path = resolve_path(base_dir, file) if file else SHIPPED
        faqs[file] = _load(path, path.stat().st_mtime)
    return faqs
