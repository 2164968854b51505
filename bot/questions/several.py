"""A message that asks several things at once ("几点开门？在哪里取货？", "能刷卡吗 停车方便吗"): each question read on its
own, so the handler answers every one the bot can in one reply and says which one the staff will answer.

Pure: text in, its questions out. ``bot.questions.asking.read`` still reads the whole message (whether it asks, and
the first question's entry: what the corpus scores); this only splits what it already took for a question.
"""
from __future__ import annotations

from dataclasses import dataclass

from bot.questions import asking
from bot.questions.asking import Reading
from bot.questions.faq import Faq

MOST = 4  # questions in one message, at most: a longer message is a story, read whole


@dataclass(frozen=True)
class Part:
    said: str  # the question as typed (its clauses, without the polite words around the message)
    reading: Reading  # its own reading: an entry, or asks with no topic (the staff's)


def questions(text: str, faq: Faq | None, threshold: float) -> tuple[Part, ...]:
    """The message's questions, each with its reading, when it asks two or more that want different answers (two
    entries, or an entry and one for the staff); () when it asks one thing (however many clauses say it: "多少钱
    还有货吗" is the catalogue's once) or nothing any entry answers (the staff see the whole message as before)."""
    if faq is None or len(text) > asking.MAX_QUESTION_LENGTH:
        return ()
    clauses = asking.asking_clauses(asking.spoken(text))
    if not 2 <= len(clauses) <= MOST:
        return ()
    parts: list[Part] = []
    for clause in clauses:
        reading = asking.read(clause, faq, threshold, taken=False)
        if reading.topic == "parking" and asking.pushed_not_driven(text):
            reading = Reading(True)  # (F31) "婴儿车放哪呀，门口能放吗": the pram's place, for the staff
        if not reading.asks:
            continue  # a remark or a reason with a question's shape ("不会吧？"): nothing to answer
        if parts and reading.topic is not None and (parts[-1].reading.topic == reading.topic or (
                parts[-1].reading.topic is not None and faq.keyed_only_as(clause, reading.topic, parts[-1].reading.topic))):
            # (p34) "我这积分啥时候能换东西 攒够多少能换": the second clause's only keyword (能换) is the first's topic's word too
            parts[-1] = Part(parts[-1].said + " " + clause, parts[-1].reading)  # one entry asked twice: one answer
            continue
        parts.append(Part(clause, reading))
    topics = [p.reading.topic for p in parts]
    if len(parts) < 2 or all(t is None for t in topics) or len(set(topics)) < 2:
        return ()
    return tuple(parts)
