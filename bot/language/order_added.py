"""p29: a plain order whose one count is said as more — "馒头再给我带一袋", "酸奶又想要两盒", "我仲要两盒",
"饺子再帮我添一份" — stored on top of what the member has, not in place of it (docs/language.md, "p29").

The readers take many of these as a new order of that count (their verb or its spelling is not one ``order_checks.more_on_top``
knows): for a member who has ordered, the handler then replaced her order by the count she added. Marked as added
(``Reading.add``), the order of a member with none is the same count, and hers grows by it. Only where the message states
one count, the adding word stands in its clause right before it (a verb, whom for, at most five characters between), and
nothing there makes the count a total ("添起就三份", "加到四份"), a pick-up or a word ("再来拿两份", "再说"), a past act
("又买了两份") or a plan ("下次再要两份"); never beside a question."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.language import intents
from bot.language.numbers import NUMERAL, number
from bot.language.order_quantity import UNITS
from bot.language.people import GROWN_KIN, KIN_CALLED, OTHERS_BY_PRONOUN, PARENTS_IN_LAW, SIDE, SURNAME

# On since m30: p29 shipped it off (+0.11 points of a +0.7 bar); mended by its review (仲 as "still", a colon's restatement,
# someone else's or a later act), the confirming files of m30 read 1 order more right with none acted on more, and none of
# 40 look-alikes of m30's own moved (docs/language.md, "p29" and "m30").
ADDED_ON_TOP = True

# The adding word, what stands between it and the count (no clause mark, no digit or numeral), the count.
# m30 (p29's review): Cantonese 仲 adds only before a verb of wanting or adding (仲要, 仲想要, 仲加, 仲添, 仲多), never as
# "still" (仲系, 仲是, 仲有, 仲未); the gap never crosses a colon ("再确认：两份" restates).
_ADDED = re.compile(r"(?<!也)(?P<word>再|又(?=[要想来订买整拿给帮留加添搞])|还要|还想要|还得要|仲想?要|仲(?=[加添多嚟来])|添|多要|多来|多加|加多|多拿|多订|多留)"
                    r"(?P<gap>[^，,。！!？?；;:：\s\d一二两三四五六七八九十百千俩仨半几]{0,5}?)"
                    r"(?P<n>" + NUMERAL + r")\s?[" + UNITS + r"]")
# Between the word and its count: a total ("添起就三份", "再加到四份", "一共"), a pick-up or other act ("再来拿两份", "再去取"),
# a word said or weighed ("再说", "再看看", "再想想"), a past act ("又买了两份", "又订过一份").
_NOT_ADDING = re.compile(r"就|共|成|到|起|不|没|别|拿|取|去|说|讲|看|等|想想|问|商量|了|过|见|吃|喝|用|送|退|换|减|少|掉|"
                         r"确认|核|对|重复|强调|提醒|次|者|也")
# The message as a whole: a question, a plan for later, a total said anywhere.
_ELSEWHERE = re.compile(r"[?？吗嘛么]$|[?？吗]|下次|下回|下趟|下礼拜|下周|以后|改天|回头|明年|一共|总共|合计|如果|要是|的话|这次|这回|这趟|这轮|这期|"
                        + intents.LAST_TIME.pattern + r"|之前|以前|"  # m30: a past lot told ("上次买的吃完了，再来…"): ordered anew (h31: intents' table)
                        # m30's review: a reminder of what she has or a Cantonese question — 仲 is "still" there, no more
                        # ("我仲要两份㗎，记得留", "仲要两盒，冇变", "仲要两份咩")
                        r"咩|[㗎架喎嘅][，。！!~～\s]*|记得|别忘|唔好漏|漏咗|冇变|没变|照旧|同之前")
# m30 (p29's review): her clause before the adding word holds no one else who would do it ("隔壁阿姨再捎一箱", "他又要",
# "我妈说再捎两个") and no later time ("明天再整两份", "晚点再订一盒": then, not more on top) — only the goods, her own 我
# and the like may stand there. m30's mend, by its review: kin are words, not characters (牛奶, 酸奶, 娃娃菜, 公鸡, 儿童牙膏,
# 话梅 are goods), the surnames are ``people.SURNAME``, the later times ``intents.LATER_TIME`` and the parts of a day; and
# someone called with her own 给我/帮我 after the adding word is the one she asks, not the doer ("老师再给我捎一份", "李姐再帮我
# 捎一份"), unless her clause talks about them as hers ("我老公再帮我捎两袋").
_OTHERS_SAID = re.compile(r"[他她它佢伊渠]|TA|ta|人家|别人|大家|们|说|讲|(?<!电)话(?!梅)|叫|让|喊")
# h31: whom she talks to (``people.OTHERS_BY_PRONOUN``: 你, 您, 侬), the household called (``people.KIN_CALLED``; not 老婆饼),
# grown-up kin and in-laws (``people.GROWN_KIN``, ``people.PARENTS_IN_LAW``), where a neighbour lives (``people.SIDE``);
# here only what no table of people.py holds as a word of its own: the elders, kin by one character of address (姐, 哥,
# 叔, 阿姨), a child (娃, never 娃娃菜), the store's own people (老板, 群主: not ``people.ROLE``) and a surname addressed.
_CALLED = re.compile(OTHERS_BY_PRONOUN + r"|(?!老婆饼)(?:" + KIN_CALLED + r")|" + GROWN_KIN + "|" + PARENTS_IN_LAW + "|" + SIDE
                     + r"|爷爷|奶奶|外婆|外公|姥姥|姥爷|孙[子女]|嫂子?|舅舅?|阿?姨|叔叔?|伯伯?|哥哥?|姐姐?|弟弟?|妹妹?"
                     r"|(?<!娃)娃(?!娃?菜)|孩子|崽|老师|老板|群主|同事|朋友|闺蜜|[小老阿][" + SURNAME + r"]")
_LATER = re.compile(intents.LATER_TIME + r"|[明后昨前][天日早晚朝]|今[晚夜]|晚上|下午|上午|中午|早上|夜里|晚点|迟[点啲]|等[下会一]|一会|"
                    r"过[两几一]?[天日]|周[一二三四五六日天末]|礼拜|星期|到时|月[底初中]|[\d一二三四五六七八九十][号点]|点钟|时候|以后|之后|"
                    r"后面|下[个次回趟]")
_ASKS_FOR_HER = re.compile(r"(?:给|帮|替)(?:我|俺)")  # 再给我捎, 再帮我抢: the one called is asked
_HERS = re.compile(r"[我俺咱]")


def _not_hers(clause: str, gap: str) -> bool:
    """Someone else would do it, or later: in her clause before the adding word or in the gap after it (m30)."""
    if _OTHERS_SAID.search(clause) or _OTHERS_SAID.search(gap) or _LATER.search(clause) or _LATER.search(gap):
        return True
    if _CALLED.search(gap):
        return True  # "再帮佢订", "再给我妈带": for someone else
    return bool(_CALLED.search(clause)) and not (_ASKS_FOR_HER.search(gap) and not _HERS.search(clause))


_CLAUSE_START = re.compile(r"[，,。！!？?；;:：\s][^，,。！!？?；;:：\s]*$")
# After the second count: whom or what it counts ("再来一份，两个人吃"), not the order's new total.
_NOT_TOTAL = re.compile(r"\s?(?:人|位|口|岁|号|点|天|年|月)")
_NUMBER = re.compile(NUMERAL)
_COUNT = re.compile(r"\d+|" + NUMERAL + r"\s?[" + UNITS + r"]")


def on_top(text: str, reading: intents.Reading | None) -> intents.Reading | None:
    """``reading`` marked as added when it is a sure plain order whose one count the message says as more; a sure order
    that summed an added count and the new total said after it ("再添两罐，一起四罐" read 6) read as the change to that total."""
    if not ADDED_ON_TOP or reading is None or not reading.sure or reading.intent != intents.ORDER or reading.add:
        return reading
    if len(text) > 200 or _ELSEWHERE.search(text):
        return reading
    counts = list(_COUNT.finditer(text))
    if not 1 <= len(counts) <= 2:
        return reading
    said = _ADDED.search(text)
    if said is None or _NOT_ADDING.search(said["gap"]) or said.start("n") != counts[0].start():
        return reading
    before = text[max(0, said.start() - 40):said.start()]
    clause = before[m.start() + 1:] if (m := _CLAUSE_START.search(before)) else before
    if _not_hers(clause, said["gap"]):
        return reading  # (the gap too: "我再帮佢订两盒" is an order for someone else, hers anew, not on top of hers)
    added = number(said["n"])
    if len(counts) == 1:
        return replace(reading, add=True) if added == reading.amount else reading
    total = number(_NUMBER.search(counts[1].group())[0]) if _NUMBER.search(counts[1].group()) else None
    if total is None or total <= added or reading.amount != added + total or _NOT_TOTAL.match(text, counts[1].end()) \
            or _ADDED.search(text, counts[0].end(), counts[1].end()):
        return reading
    return replace(reading, intent=intents.CHANGE, amount=total, add=False)  # "再来一袋，两袋就够": the new total, not their sum
