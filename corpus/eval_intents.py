"""Member intents scored on the corpus: orders (with changes and cancellations), event sign-ups
(and cancellations) and sign-ins, per intent and split, through the readers the handlers call.

A message counts as understood only when the bot would act on it without asking, as the right
intent, with exactly the right amount: portions for orders (the change for "再来一份", the new
total for "改成3份"), people for sign-ups. Recall and precision count only these sure readings
(acted on): a wrong amount on a real order is a miss and a false positive both. The orders group
counts what the handler stores (``stores``): "汤圆4份，打错了，是2份" read as an order of 2 or as a
change to a total of 2 stores the same; the per-intent lines (order, order_change, order_cancel)
stay strict about the intent.

Messages the bot would ask about ("您是要订 2 份…吗？回复“是”确认") are counted apart, never as
right and never in precision: ``asked`` are real ones (they cost the member a "是"), ``asked chat``
are messages of none of these intents that would get the question nobody wanted. Because the
rule is "never a reply to chat", ``chat replied`` adds both kinds of reply to chat: the share of
the messages of no intent of the group that get any reply at all, acted on or asked.

The corpus does not say which product is open, so every product a message names is taken for
the open one (``item_name=None``); the handlers pass the open group-buy's item.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import corpus
from bot.chain.text import Order, as_order, beside_question_surer, chain_order, is_chain, open_to_question_party, order_reading, party_beside_question_reading, signup_chain_entry, signup_reading
from bot.config.loader import load_yaml_model
from bot.config.schema import GroupSettings, SignInSettings
from bot.language import intents, signins
from bot.language.intents import Reading
from bot.questions.asking import party_beside_question, question_first
from bot.questions.faq import ENTRIES, SHIPPED, Faq
from bot.text import without_quote

ORDERS = ("order", "order_change", "order_cancel")
SIGNUPS = ("signup", "signup_cancel")
INTENTS = ORDERS + SIGNUPS + ("signin",)
GROUPS = {"orders": ORDERS, "sign-ups": SIGNUPS, "sign-ins": ("signin",)}
# (recall, precision) on the test split; heldout within MARGIN of test.
TARGETS = {"orders": (0.95, 0.99), "sign-ups": (0.95, 0.99), "sign-ins": (0.97, 0.995)}
MARGIN = 0.05
TRIGGERS = SignInSettings().triggers  # the shipped default


def read(text: str, open_now: str = "groupbuy") -> Reading:
    """What the bot makes of a message while a group-buy (``open_now="groupbuy"``) or an event
    ("activity") is open, in the handlers' order: sign-in first (first match wins, ``bot.handlers``)."""
    if is_chain(text):  # a 接龙 pasted with the sender's line last (the sender is unknown here)
        if open_now == "groupbuy":
            return chain_order(text, "", set()) or Reading(intents.NONE)
        return signup_chain_entry(text, "", set()) or Reading(intents.NONE)
    other = order_reading(text, None) if open_now == "groupbuy" else signup_reading(text)
    if open_now == "groupbuy" and other is not None and not other.sure and _asks_first(text):
        other = None  # the group-buy handler leaves a question to the store, then a remark, to the questions handler
    if open_now == "activity" and open_to_question_party(text, other) and (party := _party_beside_question(text)) is not None:
        other = beside_question_surer(other, party_beside_question_reading(text, party))  # the sign-up handler reads a party beside a question on its own clauses (U17), checked against the whole (V23)
    return signins.read_signin(text, TRIGGERS) or other or Reading(intents.NONE)


@lru_cache(maxsize=1)
def _faq() -> Faq:
    return Faq(load_yaml_model(SHIPPED, ENTRIES))


def _asks_first(text: str) -> bool:
    """``bot.questions.asking.question_first`` with the shipped FAQ, as the group-buy handler reads it."""
    return question_first(without_quote(text), _faq(), GroupSettings().faq.threshold)


def _party_beside_question(text: str) -> str | None:
    """``bot.questions.asking.party_beside_question`` with the shipped FAQ, as the sign-up handler reads it."""
    return party_beside_question(without_quote(text), _faq(), GroupSettings().faq.threshold)


def gold(record: corpus.Record) -> tuple[str, int | None, bool]:
    """(intent, amount, whether the amount is a change on top of the order)."""
    intent = record["intent"]
    if intent not in INTENTS:
        return "none", None, False  # a store question is none of these
    if intent == "order_change" and record.get("delta") is not None:
        return intent, record["delta"], True
    return intent, record.get("quantity", record.get("party")), False


def right(record: corpus.Record, reading: Reading, stored: bool = False) -> bool:
    """The reading sure, of the gold intent and its amount; with ``stored``, for orders, a sure reading that makes the
    handler store what the gold one would (``stores``): an order of N and a change to a total of N alike."""
    if stored and record["intent"] in ORDERS:
        return reading.sure and reading.intent in ORDERS and as_order(reading) in stores(record)
    intent, amount, add = gold(record)
    if reading.intent != intent or not reading.sure:
        return False
    if intent in ("order_cancel", "signup_cancel", "signin"):
        return True
    return reading.amount == amount and (intent != "order_change" or reading.add == add)


def stores(record: corpus.Record) -> set[Order]:
    """What the group-buy handler may store for an order line as labelled (``bot.chain.text.as_order``): a new total as
    it is, an order as it is or on top of the member's own (帮我妈订一份: portions ordered by this message, as the strict
    count has it), a change by so many as an addition (a change that states both: either), a cancel as 0."""
    intent = record["intent"]
    if intent == "order_cancel":
        return {Order(0)}
    out = {Order(record["quantity"])} if record.get("quantity") is not None else set()
    if intent == "order" and record.get("quantity") is not None:
        out.add(Order(record["quantity"], add=True))
    if intent == "order_change" and record.get("delta") is not None:
        out.add(Order(record["delta"], add=True))
    return out


@dataclass
class Score:
    gold: int = 0
    acted: int = 0  # predicted this intent, sure
    right: int = 0
    asked: int = 0  # gold this intent, asked back
    asked_chat: int = 0  # gold none of these, asked back as this intent
    chat: int = 0  # gold none of these (the group's chat)
    chat_acted: int = 0  # gold none of these, acted on as this intent
    silent: int = 0  # gold this intent, neither acted on nor asked as any intent of the group

    @property
    def chat_replied(self) -> float:
        """The share of chat that gets any reply: acted on or asked about."""
        return (self.chat_acted + self.asked_chat) / self.chat if self.chat else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.acted if self.acted else 1.0


def score(records: Iterable[corpus.Record], misses: dict[str, list] | None = None) -> dict[str, Score]:
    """Per intent and per group of intents: orders with a group-buy open, sign-ups with an event
    open, sign-ins on every message. "+1" is an order in one and a sign-up in the other, so each
    leaves out the other's examples; everything else is a negative example. ``misses``: each record
    the orders or sign-ups group reads wrongly, (text, gold intent, gold amount, reading) under the group's name."""
    scores = {name: Score() for name in (*INTENTS, *GROUPS)}
    for record in records:
        intent = gold(record)[0]
        signin = signins.read_signin(record.text, TRIGGERS) or Reading(intents.NONE)
        _count(scores, ("signin", "sign-ins"), record, intent, signin)
        for names, kinds, other, open_now in (((*ORDERS, "orders"), ORDERS, SIGNUPS, "groupbuy"),
                                              ((*SIGNUPS, "sign-ups"), SIGNUPS, ORDERS, "activity")):
            if intent in other:
                continue
            reading = read(record.text, open_now)
            _count(scores, names, record, intent, reading)
            if misses is not None and not _read_right(record, intent, kinds, reading):
                misses.setdefault(names[-1], []).append(
                    (record.text, intent, record.get("quantity", record.get("party")), reading))
    return scores


@lru_cache(maxsize=None)
def split_scores(split: str) -> dict[str, Score]:
    """``score`` of one split of the intents corpus, once a process (``run``, ``check`` and the tests share it)."""
    return score(corpus.load("intents", split=split))


def _read_right(record: corpus.Record, intent: str, kinds: tuple[str, ...], reading: Reading) -> bool:
    """A group's own intent stored as labelled; anything else not acted on as one of the group's intents."""
    return right(record, reading, stored=True) if intent in kinds else not (reading.sure and reading.intent in kinds)


def _count(scores: dict[str, Score], names: tuple[str, ...], record: corpus.Record, intent: str,
           reading: Reading) -> None:
    for name in names:
        members = GROUPS.get(name, (name,))
        s = scores[name]
        s.gold += intent in members
        s.chat += intent == "none"
        if reading.intent in members and reading.sure:
            s.acted += 1
            s.right += right(record, reading, stored=name in GROUPS)
            s.chat_acted += intent == "none"
        elif reading.intent in members:
            s.asked += intent in members
            s.asked_chat += intent == "none"
        else:
            s.silent += intent in members


def run() -> str:
    lines = ["intents: sure readings acted on; right = intent and amount exactly right; asked apart "
             "(asked: real ones, asked chat: chat asked about); chat replied: chat acted on or asked about",
             f"{'':14}{'split':8}{'gold':>6}{'acted':>7}{'recall':>8}{'precision':>11}{'asked':>7}{'asked chat':>12}"
             f"{'chat replied':>14}"]
    for split in ("test", "heldout", "dev"):
        scores = split_scores(split)
        for name in (*GROUPS, *INTENTS):
            s = scores[name]
            lines.append(f"{name:14}{split:8}{s.gold:>6}{s.acted:>7}{s.recall:>8.1%}{s.precision:>11.1%}"
                         f"{s.asked:>7}{s.asked_chat:>12}{s.chat_replied:>14.2%}")
    return "\n".join(lines)


def check() -> list[str]:
    missed = []
    test, heldout = split_scores("test"), split_scores("heldout")
    for name, (recall, precision) in TARGETS.items():
        s = test[name]
        if s.recall < recall or s.precision < precision:
            missed.append(f"{name}: recall {s.recall:.1%} (target {recall:.0%}), "
                          f"precision {s.precision:.1%} (target {precision:.1%})")
        h = heldout[name]
        if h.gold and (h.recall < s.recall - MARGIN or h.precision < s.precision - MARGIN):
            missed.append(f"{name}: heldout recall {h.recall:.1%} / precision {h.precision:.1%} "
                          f"more than {MARGIN:.0%} below test")
    return missed


if __name__ == "__main__":
    print(run())
