"""(w33) A member asking to be put on the waitlist (候补, 排队) is signing up: "满了吗 满了我排个队", "满了？？候补我",
"那我候补一个", "没位置了就排队吧 算我俩", "给我们排个候补 两个人". When the event is full the sign-up goes to the waitlist
with her party (the store's list does that itself); when it is not, it is a plain sign-up.

The message is read clause by clause (at punctuation and spaces): every clause is either talk of the event being full
(``_FULL``: "满了吗", "满了？？", "没位置了", "要是满了的话") or her request to queue (``_QUEUE``: 排个队, 候补, 排个候补,
登记候补, with who (我, 帮我, 给我们, 算我), a count, a particle), at least one of them a request; a clause of anything else is
``rest``, for the sign-up reader to read as her party ("算我俩", "我一个"). Not a request: queueing somewhere ("在医院排队",
"我去排个队", "排队排了两小时"), a question about it ("我还在候补吗", "能候补吗": asked, the questions' to answer), the
staff's notice ("后面报名的排候补"). Pure and linear: flat alternations, each clause matched once, short messages only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.language.numbers import NUMERAL, number
from bot.language.wrapping import plain, unquote

MAX_TEXT = 60  # a request to queue is short; a longer message is a story, read as it was
MAX_REST = 12  # her party said beside it ("算我俩", "我和老公两个")

_BREAK = re.compile(r"[\s,.!?;:，。！？；：、~～…]+")
_LEAD = r"(?:那|那就|那我就|那我|就|好吧|行吧|唉|哎|哦|噢|嗯|好)?"
# The event full, said or asked: "满了吗", "满了？？", "报满了", "没位置了", "没名额了就", "要是满了的话", "人满了没".
_FULL = (r"(?:要是|如果|万一|假如|是不是|已经|都|又|这么快就?|这就)*(?:人满|报满|约满|满员|名额满|满|"
         r"没(?:有)?(?:位置|位子|名额|座位|空位|空)|名额没了|位置没了)(?:了|啦)?"
         r"(?:吗|么|嘛|没|没有|呀|啊|吧|哈|呢)?(?:的话)?(?:就|那就|那)?")
# Her request: who (我, 帮我, 给我们, 算我, 把我), then 排队 / 候补 as what she wants done, whom (候补我), a count, a particle.
_WHO = r"(?:(?:帮|给|替|把|让|算)?(?:我|俺|咱)(?:们|家|俩|仨)?)?"
_VERB = r"(?:排(?:个|一下|一个)?队|(?:排|挂|登记|进|加入|报|算)?(?:个|一个|上|进)?候补|排上)"
_COUNT = r"(?:" + NUMERAL + r"(?:个人?|位|口人?)?|[+＋]\s*\d{1,2})"
_TAIL = r"(?:吧|呀|啊|哈|呗|了|哦|嘛|啦|也行|也可以|也好|好了|一下)*"
_QUEUE = re.compile(_LEAD + r"(?:" + _FULL + r")?" + _LEAD + _WHO + r"(?:也|就|先|还是|都)*(?:要|想|愿意|可以)?" + _VERB
                    + r"(?P<whom>(?:我|俺|咱)(?:们|家|俩|仨)?)?(?P<count>" + _COUNT + r")?" + _TAIL)
# "排队" alone tells others to queue as often as it asks for a place: a request needs her (我排个队), the event full
# (满了就排队吧) or a count (排队+2); 候补 alone names the waitlist and asks for it.
_BARE_QUEUE = re.compile(r"排队" + _TAIL)
_FULL_ALONE = re.compile(_LEAD + _FULL + r"[?？!！]*")


@dataclass(frozen=True)
class Queued:
    """``people``: the count her request states ("候补两个", "排队+2"), None when it states none; ``rest``: her other
    clauses, joined ("算我俩"), "" when there are none."""
    people: int | None
    rest: str


def asks_to_queue(text: str) -> Queued | None:
    """Her request to be put on the waitlist, or None when the message is not one."""
    if len(text) > MAX_TEXT:
        return None
    said = plain(unquote(text)).replace("俺", "我")
    clauses = [c for c in _BREAK.split(said) if c]
    if not clauses or len(clauses) > 4:
        return None
    people: int | None = None
    asked, rest = False, []
    for clause in clauses:
        if (found := _QUEUE.fullmatch(clause)) is not None and not _BARE_QUEUE.fullmatch(clause):
            asked = True
            if found["count"]:
                people = _count(found["count"])
            elif found["whom"] and found["whom"][-1] in "俩仨":
                people = number(found["whom"][-1])
        elif not _FULL_ALONE.fullmatch(clause):
            rest.append(clause)
    joined = "，".join(rest)
    if not asked or len(rest) > 1 or len(joined) > MAX_REST:
        return None
    return Queued(people, joined)


def _count(said: str) -> int | None:
    digits = re.sub(r"[^0-9]", "", said) if said[:1] in "+＋" else ""
    return int(digits) if digits else number(re.sub(r"(?:个人?|位|口人?)$", "", said))
