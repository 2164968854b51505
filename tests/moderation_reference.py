"""A straightforward moderation path, kept only to check the fast one gives the same verdicts.

It is the stage as first written, without the shortcuts: plain NFKC on every
message, pinyin as apostrophe-fenced syllable strings ("'jia'wei'xin'") with a
separate automaton for plain and for homophone hits, and every ad pattern run
on every message (no prefilter), the ad model's full sum on every message
(no bound first) and on every sentence of a long one (with the cue families of its own words) and every window of it (its own signals), and the flood rule's repeats remembered as
dataclass records with the key always cut. Detection itself (the ad patterns,
the pinyin table's readings, the flood rule's bursts) is shared: that is what
is being kept, not what is being checked.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache

import ahocorasick_rs

from bot.config.schema import AdsRule, BannedWordsRule, FloodRule
from bot.events import GroupMessage, Kind
from bot.rules import ads as fast_ads
from bot.rules.ad_windows import NO_WINDOWS, windows
from bot.rules.base import Facts, Verdict
from bot.rules.flood import Flood, FloodMemory
from bot.text import _LOOKALIKES, EMOJI_CLASS, LOOKALIKE_CHARACTERS, Forms, _t2s

FENCE = "'"
PINYIN_MIN_CHARS = 3


def reference_forms(text: str) -> Forms:
    folded = _t2s().convert(unicodedata.normalize("NFKC", text).casefold().translate(_LOOKALIKES))
    marks = "".join(c for c in text if c in LOOKALIKE_CHARACTERS or c >= "\U00010000" or re.match(f"[{EMOJI_CLASS}]", c))
    return Forms(folded, re.sub(r"[\W_]+", "", folded.replace("+", "加")), marks=marks)


def _normalize(text: str) -> str:
    return reference_forms(text).compact


@lru_cache(maxsize=1)
def _fenced_table() -> dict[str, str]:
    from pypinyin.pinyin_dict import pinyin_dict

    table = {chr(code): _toneless(readings.split(",")[0]) + FENCE for code, readings in pinyin_dict.items()}
    table.update({c: c + FENCE for c in "0123456789abcdefghijklmnopqrstuvwxyz"})
    return table


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFKD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


def to_pinyin(compact: str) -> str:
    table = _fenced_table()
    return FENCE + "".join(table.get(c) or c + FENCE for c in compact)


def span_of(pinyin: str, start: int, end: int) -> tuple[int, int]:
    """Character positions in the compact text of a match at [start, end) of its pinyin."""
    first = pinyin.count(FENCE, 0, start + 1) - 1
    return first, first + pinyin.count(FENCE, start + 1, end)


class ReferenceLexicon:
    def __init__(self, words: tuple[str, ...], allow: tuple[str, ...] = (), pinyin: bool = False) -> None:
        self.words = sorted({w for w in map(_normalize, words) if w})
        self._matcher = _automaton(self.words)
        self._allow = _automaton(sorted({w for w in map(_normalize, allow) if w}))
        self._pinyin_words = [w for w in self.words if len(w) >= PINYIN_MIN_CHARS] if pinyin else []
        self._pinyin = _automaton([to_pinyin(w) for w in self._pinyin_words])
        self._pinyin_allow = _automaton([to_pinyin(w) for w in sorted(set(map(_normalize, allow))) if w]) if pinyin else None

    def __len__(self) -> int:
        return len(self.words)

    def find(self, text: Forms) -> list[str]:
        hits = _outside(_matches(self._matcher, text.compact), _matches(self._allow, text.compact))
        found = [self.words[i] for i, _, _ in hits]
        if self._pinyin is not None:
            sound = to_pinyin(text.compact)
            for i, start, end in _outside(_matches(self._pinyin, sound), _matches(self._pinyin_allow, sound)):
                first, last = span_of(sound, start, end)
                word, written = self._pinyin_words[i], text.compact[first:last]
                if written != word and 2 * sum(a == b for a, b in zip(word, written)) >= len(word):
                    found.append(f"{word}（谐音：{written}）")
        return list(dict.fromkeys(found))


def _automaton(words: list[str]) -> ahocorasick_rs.AhoCorasick | None:
    return ahocorasick_rs.AhoCorasick(words) if words else None


def _matches(automaton: ahocorasick_rs.AhoCorasick | None, text: str) -> list[tuple[int, int, int]]:
    return automaton.find_matches_as_indexes(text, overlapping=True) if automaton is not None and text else []


def _outside(hits: list[tuple[int, int, int]], allowed: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    return [h for h in hits if not any(a_start <= h[1] and h[2] <= a_end for _, a_start, a_end in allowed)]


class ReferenceBannedWords:
    stateful = False

    def __init__(self, spec: BannedWordsRule, words: tuple[str, ...], warnings: tuple[str, ...] = ()) -> None:
        self.id, self.spec = spec.id, spec
        self.lexicon = ReferenceLexicon(words, tuple(spec.allow), spec.pinyin)
        self.warnings = ReferenceLexicon(warnings)

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None:
        if not msg.text:
            return None
        hits = self.lexicon.find(reference_forms(msg.text))
        if self.warnings.find(reference_forms(msg.text)):
            return None
        return Verdict(self.id, self.spec.reason, "、".join(hits)) if hits else None


_OWN_WORDS_WITH_PRIVATE = "隐自无公走家偏徇窃营"  # 隐私 自私 无私 公私 走私 家私 偏私 徇私 窃私 营私
_GAP_AFTER_PRIVATE = ".·-_~*/\u200b\u200c\u200d"  # 私·聊, 私~介: a gap that joins a word on


def _bare_private(folded: str) -> bool:
    """A 私 standing alone at a clause's end (要的私, 📩私), looked for character by character: not the end of a word of
    its own (隐私), no word joined on after a gap, and no 聊 信 我 发 after any marks (私聊, 私~信)."""
    for at, character in enumerate(folded):
        if character != "私" or (at and folded[at - 1] in _OWN_WORDS_WITH_PRIVATE):
            continue
        after_gap = folded[at + 1:].lstrip(_GAP_AFTER_PRIVATE)
        if after_gap and ("\u4e00" <= after_gap[0] <= "\u9fff" or after_gap[0] in "abcdefghijklmnopqrstuvwxyz0123456789"):
            continue
        after_marks = after_gap.lstrip("".join(c for c in set(after_gap) if not c.isalnum() or c == "_"))
        if after_marks and after_marks[0] in "聊信我发":
            continue
        return True
    return False


_ENVELOPE_MARKS = "📩📨✉💌"  # M19: an envelope is the hook
_POINTED_CALLS = ("联系", "私", "滴滴", "找我", "加")  # M19: 👉 right before one is the hook
_SKIN_AND_SPACE = "\U0001F3FB\U0001F3FC\U0001F3FD\U0001F3FE\U0001F3FF\ufe0f"
_SPACING = " ./|*-~·\u3000"  # M19: what spreads a spaced word's characters


def _cjk(character: str) -> bool:
    return "\u4e00" <= character <= "\u9fff"


def _pointed_call(folded: str) -> bool:
    """👉 (its skin tone, a variation selector, spaces after it) right before a call to reach the writer; 加油 is none."""
    for at, character in enumerate(folded):
        if character != "👉":
            continue
        rest = folded[at + 1:]
        while rest and (rest[0] in _SKIN_AND_SPACE or rest[0].isspace()):
            rest = rest[1:]
        if any(rest.startswith(call) for call in _POINTED_CALLS) and not rest.startswith("加油"):
            return True
    return False


def _spaced_word(folded: str) -> bool:
    """Four Chinese characters, each alone between runs of gaps, looked for from every character that no Chinese one
    precedes; the fourth no Chinese one follows."""
    for start, character in enumerate(folded):
        if not _cjk(character) or (start and _cjk(folded[start - 1])):
            continue
        count, at = 1, start + 1
        while count < 4:
            gap_end = at
            while gap_end < len(folded) and folded[gap_end] in _SPACING:
                gap_end += 1
            if gap_end == at or gap_end >= len(folded) or not _cjk(folded[gap_end]):
                break
            count, at = count + 1, gap_end + 1
        if count == 4 and (at >= len(folded) or not _cjk(folded[at])):
            return True
    return False


# The writer's plea not to be reported or told on (M17), each way of saying it a pattern of its own
_PLEAS = [re.compile(p) for p in ("(?:别|不要|勿|莫)举报", "千万(?:别|不要)告诉", r"千万(?:别|不要)跟[^，。,\s]{0,4}说",
                                  r"千万(?:别|不要)让[^，。,\s]{0,4}知道", "千万(?:别|不要)声张")]


def _pleads(text: str) -> bool:
    return any(plea.search(text) for plea in _PLEAS)


def _without_pleas(text: str) -> str:
    for plea in _PLEAS:
        text = plea.sub("，", text)
    return text


class ReferenceAds:
    """Every pattern on every message; the scoring as in ``bot.rules.ads``."""

    stateful = False

    def __init__(self, spec: AdsRule, words: tuple[str, ...], share_domains: tuple[str, ...] = (), model=None,
                 warnings: tuple[str, ...] = (), cues=()) -> None:
        self.id, self.spec = spec.id, spec
        self._words = ReferenceLexicon(words + tuple(cues))
        families = cues.items() if isinstance(cues, dict) else ((c, "other") for c in cues)
        self._ad_words = frozenset(map(_normalize, words))
        self._cues = {n: f.partition("/")[0] for c, f in families if (n := _normalize(c))}  # hook/reach is hook
        if self._cues:  # a bare 私 closing a clause (M17)
            self._cues[fast_ads.BARE_PRIVATE] = "hook"
            self._cues.update({fast_ads.ENVELOPE: "hook", fast_ads.POINTED: "hook", fast_ads.SPACED: "spaced"})  # M19
        self._warnings = ReferenceLexicon(warnings)
        self._fast = fast_ads.Ads(spec, words, share_domains)  # for its allow-listed and share domains only
        self.model = model

    def signals(self, msg: GroupMessage, facts: Facts = Facts()) -> list[fast_ads.Signal]:
        text = reference_forms(msg.text)
        found = fast_ads.contacts(text.folded, self._fast._hosts)
        for payload in facts.qr_codes:
            if fast_ads._CONTACT_QR.search(payload.lower()):
                found.append(fast_ads.Signal(f"二维码（微信/QQ 加好友或进群）{payload}", 3, "qr_contact"))
            else:
                found += [fast_ads.Signal(f"二维码链接 {host}", 2, "qr_link") for host in self._fast._foreign_hosts(payload.lower())]
        found += [signal for kind, signal in fast_ads._KIND_SIGNALS.items() if msg.kind == kind]
        if msg.kind == Kind.TEXT and fast_ads.CARD_TEXT in msg.text:  # a card forwarded as text (M18)
            found.append(fast_ads._KIND_SIGNALS[Kind.CARD])
        words = self._with_bare_private(text.folded, self._words.find(text) if len(self._words) else [])
        found += fast_ads.word_signals(words, self._cues, msg.text, self._ad_words,
                                       hinted=any(s.kind == "contact_hint" and ("私聊" in s.seen or "私信" in s.seen) for s in found))
        warned = self._warnings.find(text) if found else []
        if warned and _pleads(msg.text) and not fast_ads._SCAM_TOLD.search(msg.text):  # 别举报, 千万别告诉: the writer's plea, no warning (unless the text tells of a scam)
            warned = self._warnings.find(reference_forms(_without_pleas(msg.text)))
        if warned:  # a 陌陌 id named in a warning is no contact offered (M18 review)
            found = [s for s in found if s.kind not in fast_ads._WARNED_AWAY and fast_ads.MOMO_SEEN not in s.seen]
            found.append(fast_ads.Signal(f"提醒防骗“{warned[0]}”", 0, "warning"))
        if found and fast_ads.received_report(msg.text):  # a message received, told
            found = [s for s in found if s.kind != "new_number"] + [fast_ads.RECEIVED]
        if facts.newcomer and any(s.points for s in found):
            found.append(fast_ads.Signal("新成员的头几条消息", 1, "newcomer"))
        return found

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None:
        """The model's full sum on every message (no bound first)."""
        found = self.signals(msg, facts)
        read = self._model_forms(msg.text)
        compact = read.compact
        score = sum(s.points for s in found)
        probability = self.model.logit(compact, {s.kind for s in found}) if self.model else None
        if probability is not None:
            probability = 1 / (1 + math.exp(-probability)) if probability > -40 else 0.0
        by_model = probability is not None and probability >= self.spec.model_threshold
        newcomer = sum(s.points for s in found if s.kind == "newcomer")
        veto = fast_ads.veto(self.spec, found, score)
        by_points = score >= self.spec.threshold and (probability is None or probability >= veto)
        sentences = _sentences(read)
        words = self._with_bare_private(reference_forms(msg.text).folded,
                                        self._words.find(reference_forms(msg.text)) if len(self._words) else [])
        # a long message's own contacts make the points, the whole text vetoes them: one of its parts may not
        pieces = [re.sub(r"[\W_]+", "", w.replace("+", "加")) for w in windows(read.folded)] if len(compact) > fast_ads.LONG else []
        if not by_points and probability is not None and score - newcomer >= self.spec.threshold \
                and self.spec.sentence_threshold < 1 and not NO_WINDOWS.intersection(s.kind for s in found):
            by_points = any(1 / (1 + math.exp(-max(self.model.logit(p, self._sentence_kinds({f.kind for f in found}, words, p)), -40)))
                            >= self.spec.model_threshold for p in pieces)
        by_sentence = bool(self.model) and any(
            1 / (1 + math.exp(-max(self.model.logit(s, self._sentence_kinds({f.kind for f in found}, words, s)), -40)))
            >= self.spec.sentence_threshold for s in sentences)
        runs = _runs(read)
        by_run = bool(self.model) and self.spec.sentence_threshold < 1 and not NO_WINDOWS.intersection(f.kind for f in found) and any(
            1 / (1 + math.exp(-max(self.model.logit(r, self._sentence_kinds({f.kind for f in found}, words, r)), -40)))
            >= max(self.spec.sentence_threshold, fast_ads.RUN_THRESHOLD) for r in runs)
        if not (by_points or by_model or by_sentence or by_run):
            evidence = self._window(msg, facts, found, read)
            return None if evidence is None else Verdict(self.spec.id, self.spec.reason, evidence)
        return fast_ads.judge_ad(self.spec, self.model, found, compact, sentences, None, words, self._cues, pieces, runs)

    def _window(self, msg: GroupMessage, facts: Facts, found: list, read: Forms) -> str | None:
        """A long message's windows, every one judged in full (no bound first): the first that is an ad."""
        if not self.spec.windows or not self.model or len(read.compact) <= fast_ads.LONG or self.spec.sentence_threshold >= 1 \
                or NO_WINDOWS.intersection(s.kind for s in found) or not fast_ads.pulls(self.model, found):
            return None
        for window in windows(reference_forms(msg.text).folded):
            signals = self.signals(replace(msg, text=window, kind=Kind.TEXT, card=None, quote=None), Facts(newcomer=facts.newcomer))
            logit = self.model.logit(self._model_forms(window).compact, {s.kind for s in signals} | fast_ads.honest_kinds(self.model, {f.kind for f in found}))
            probability = 1 / (1 + math.exp(-logit)) if logit > -40 else 0.0
            if fast_ads.window_is_ad(probability, signals, fast_ads.offers({f.kind for f in found})):
                return fast_ads.window_evidence(signals, probability, window)
        return None

    def _with_bare_private(self, folded: str, words: list[str]) -> list[str]:
        """The words and cues, with the hook 私 when a bare 私 closes a clause and the rule reads cues (M17)."""
        if fast_ads.BARE_PRIVATE in self._cues and fast_ads.BARE_PRIVATE not in words and _bare_private(folded):
            words = words + [fast_ads.BARE_PRIVATE]
        if fast_ads.SPACED in self._cues:  # the cues drawn by emoji and gaps (M19)
            words = words + [cue for cue, found in ((fast_ads.ENVELOPE, any(c in folded for c in _ENVELOPE_MARKS)),
                                                     (fast_ads.POINTED, _pointed_call(folded)),
                                                     (fast_ads.SPACED, fast_ads.Ads._weighs_spaced(self) and _spaced_word(folded)))
                                  if found and cue not in words]  # a spaced word only with a model that weighs it
        return words

    def _sentence_kinds(self, kinds: set[str], words: list[str], sentence: str) -> set[str]:
        """A sentence's kinds: a cue family's kind, or a pair's, with a positive weight is left out when each
        of its families has words in the message and none of them in the sentence."""
        elsewhere = {self._cues[w] for w in words if w in self._cues} - {self._cues[w] for w in words
                                                                          if w in self._cues and w in sentence}
        kept = set()
        for kind in kinds:
            families = kind.removeprefix("cue_").split("+") if kind.startswith("cue_") else []
            if self.model.signals.get(kind, 0.0) > 0 and families and all(f in elsewhere for f in families):
                continue
            kept.add(kind)
        return kept

    def _model_forms(self, text: str) -> Forms:
        """The text the model reads: every link to a share or allow-listed domain taken out, any other
        read as its host without www., always."""
        folded = reference_forms(text).folded
        trusted = (*self._fast._shared, *self._fast._allowed)

        def keep(link: re.Match) -> str:
            host = (link.group(1) or link.group(2) or "").removeprefix("www.")
            return " " if any(host == d or host.endswith("." + d) for d in trusted) else f" {host} "

        kept = fast_ads._LINK.sub(keep, folded)
        return Forms(kept, re.sub(r"[\W_]+", "", kept.replace("+", "加")))


def _sentences(text: Forms) -> list[str]:
    """A long message's sentences, each compacted: split at sentence ends, 6+ characters."""
    if len(text.compact) <= fast_ads.LONG:
        return []
    parts = [re.sub(r"[\W_]+", "", part.replace("+", "加")) for part in re.split(r"[。！？!?\n~～…]+", text.folded)]
    parts = [part for part in parts if len(part) >= 6]
    return parts if len(parts) > 1 else []


def _runs(text: Forms) -> list[str]:
    """The runs of a few clauses (``bot.rules.ad_windows.windows``) of each sentence of a long message longer than
    ``RUN_ON``, each compacted."""
    if len(text.compact) <= fast_ads.LONG:
        return []
    pieces = re.split(r"[。！？!?\n~～…]+", text.folded)
    return [re.sub(r"[\W_]+", "", run.replace("+", "加")) for piece in pieces
            if len(re.sub(r"[\W_]+", "", piece.replace("+", "加"))) > fast_ads.RUN_ON for run in windows(piece)]


_KEPT = re.compile(r"[^0-9a-z]+")


@dataclass(slots=True)
class _Said:
    at: datetime
    group_id: str
    key: str


class ReferenceFlood(Flood):
    """The flood rule with its repeats as first written: a dataclass record per text, the key always cut."""

    def __init__(self, spec: FloodRule, memory: FloodMemory) -> None:
        super().__init__(spec, memory)
        self._said: dict[str, list[_Said]] = {}

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None:
        if self.memory.room() < 0:
            self.memory.forget_before(msg.at - max(self._window, self._repeat_window))
        times = self.memory.times.setdefault((msg.group_id, msg.sender.id), [])
        return self._burst(msg, times) or self._said_again(msg, facts)

    def _said_again(self, msg: GroupMessage, facts: Facts) -> Verdict | None:
        key = "".join(_KEPT.findall(reference_forms(msg.text).compact))
        if len(key) < self.spec.min_chars:
            return None
        said = self._said.setdefault(msg.sender.id, [])
        said.append(_Said(msg.at, msg.group_id, key))
        while said[0].at < msg.at - self._repeat_window:
            del said[0]
        same = [s for s in said if s.key == key]
        if (verdict := self._repeated(msg, [s.group_id for s in same], facts)) is not None:
            for s in same:
                said.remove(s)
        return verdict
