"""N28: the past and someone else's words judged on the clause that holds the act, not on the whole message.

The learned guesses (``intent_model._guess``, ``order_guess.evidence``, ``signup_guess.evidence``) never weigh a message
that says anywhere a word of the past or of someone else's saying (``intent_model._NOT_MINE``): the rules read such words
on purpose as nothing. But a member who tells why before she orders or signs up says those words in a clause of their own
("上回买的吃完了，这回还要两瓶", "我老公买了，我的不要了", "上次讲座没赶上，这次我和老伴两个"): the clause that holds her act — its
count, its cancel, its party — is her own, said now.

``story_aside`` cuts the message where a clause or a spoken sentence ends (``order_scope.pieces``) and sorts its pieces:
*act* pieces hold what the guess would read (a count, a cancel, a party; the caller's pattern), *story* pieces hold only
the past or someone else's words (``STORY``) and no act, the rest are neutral. The message is freed from the gate only
where every gate word stands in a story piece, at least one act piece is left, and no act piece is someone else's: said
by a third person (他/她/佢/伊 opening it: "老王说，他要两份"), or the words of a quote a piece before it opens ("我老伴说，要三斤").
Then the act and neutral pieces are what the scores read; the guess asks at most, never acts (the caller's part).

The care the other way: a past act ("上次我订了两份"), a relayed one ("老王说他要两份") or a count inside the story ("上回买了两瓶，
这回两瓶") hold the gate's word in the act piece itself — still never guessed. Any other reason of the gate (doubt, an offer,
members' plans: ``UNDECIDED``, ``OFFER``, ``MEMBERS_PLAN``) blocks wherever it stands.
"""
from __future__ import annotations

import re

from bot.language import intents, message_shape, order_changes, people, signups
from bot.language.numbers import NUMERAL

# The gate's words this scope may set aside: the past, someone else's saying or doing — the story around an act; never a
# body's plan (单位, 组织), doubt, an offer or a gift ("给你吧").
STORY = re.compile("|".join(p.pattern for p in (intents.THEY_SAID, intents.PAST, signups.REPORTED))
                   + r"|说(?:也|还)?要|(?<![不没])(?:去|参加|报名)[了过](?!名)")
# Words the gate's table reads as the past that, in the act's own clause, are the act said now: "不要了" (her cancel, not
# the past's 要了) and the north's "去了吧" (strike it off: "把俺那个去了吧").
# And "听到了" (did you hear me?) checks the message got through: no past act.
_ACT_NOW = re.compile(r"(?<=[不别甭勿])要了|去了(?=吧)|(?<=听)到了")
# An act told as done in its own clause ("俺们队报了十六个人", "报过两个"): the past, whatever the gate's table says.
_DONE = re.compile(r"(?<![不没别甭])(?:" + intents.VERB_RE.pattern + r"|报上|参加|去|克|到|给|写|做)(?:了|过)|报了名|(?:买|订|拿|拍|收|到)的|"
                   r"了(?=" + NUMERAL + ")|"  # "我包了四十个": so many done
                   + message_shape.PAST_TIME)  # "上回买的两袋", "前天拿的两斤虾"
# Someone else in the act's clause — a third person, the one addressed, or a saying ("她要两份", "你要两份的话", "儿子说我还
# 要一个", "王姐讲她要两份"): whose act it is the clause itself does not make hers.
_ANOTHER = re.compile(r"[他她你您佢伊]|说|讲|话|^(?:" + people.KIN + "|" + people.HOME + ")")  # "陈阿姨要两袋"
# A piece that opens a quote: the next piece is someone's words ("我老伴说，要三斤", "她讲：两份").
_OPENS_QUOTE = re.compile(r"(?:说|讲|话|道|讲了|说了|告诉我|问我|交代)$")
# What a story clause may not say, for it bears on the act: a time to come or a condition, or someone's refusal.
_BEARS_ON_ACT = re.compile(r"^等|" + intents.CONDITION.pattern + "|" + intents.SUPPOSITION + "|" + intents.LATER_TIME)
# V28: a refusal bears on an order or a sign-up (it is not placed: "本来想帮我姐订两袋，她说不用") but is the reason for a
# cancel, which agrees with it ("老伴不许我再买，我那盒也不要了"): it blocks only where an act clause is no cancel.
_REFUSES = re.compile(r"不用|不让|不要|不同意|不肯|别|算了")
# Clauses: where punctuation (typed or read aloud), a line break or a space ends one (not 、, which lists), and where
# voice input starts a sentence again without a stop (``intents.STORY_CUT``: "…家里还有那个就不要了").
# V28: and where voice input runs on into someone else's act with no stop ("我的那盒不要了孩子他爸已经带回来了", "糍粑再加两袋
# 我妹也要她说…"): a new subject — a third person, a relative, a child or one named, hers or not, or 俺 herself — opening a
# predicate (已经, 也, 说, 要, 买…) starts a clause, as a stop would; not after a word that makes it an object or a companion
# (给他, 跟我老公, 让她, 带娃儿, 我的).
_PREDICATE = r"(?:已经|早就|早|都|也|还|刚|又|说|讲|话|自己|在|买|订|要|拿|去|不|没|让|从)"
_NEW_SUBJECT = (r"(?<=[^跟问找向和同让叫说给帮替为对我俺咱额的子娃崽伢们把被是与带领陪])(?=(?:[我俺额]家?|崽|伢)?(?:[他她佢伊俺]|崽|伢|"
                + people.CHILD + "|" + people.HOME + "|" + people.KIN + ")" + _PREDICATE + ")")  # 俺 as voice input's 我 is cut
_CLAUSE_END = re.compile(r"[,.!?;:，。！？；：~～…\n]+|\s+|逗号|句号|" + intents.STORY_CUT.pattern + "|" + _NEW_SUBJECT)
_FIRST = re.compile(r"[我俺咱伲]|(?<![名金数余份限超配])额|阿拉|𠊎|自己|本人")  # not 名额, 金额; 侬 is "you"
_PARTICLES = r"(?:吧|哈|啊|呀|嘛|哦|喔|噢|呢|咯|啦|嘞|就行|就好|就够了?|够了|好了)*"

# An order's act: her count with a verb of ordering ("这回还要两瓶", "给我留三斤"), or the count said bare as her choice
# ("那就三袋吧", "四斤"); a cancel of hers ("我的不要了", "取消吧").
_COUNT = "(?:" + NUMERAL + ")[" + intents.UNITS + "]"
_ORDER_COUNT = re.compile(_COUNT + r"|\+\d")
_ORDERING = re.compile(intents.VERB_RE.pattern + r"|[给帮][我俺]")
_BARE_COUNT = re.compile(r"^(?:那就|就|那|还是|先|一共|总共|共)?[\u4e00-\u9fff]{0,4}?" + _COUNT + _PARTICLES + "$")
_CANCEL = re.compile(r"取消|不要|[甭勿]要|不[订定买拍]了|算了|删|划掉|撤|免了|退掉|去了吧|去掉")
# A sign-up's act: her party — counted ("三个人", "我们俩") with herself in it or said bare ("两个", "一大一小"), or herself
# signing up ("我报名", "给我报上").
_PARTY = re.compile("(?:" + NUMERAL + r")(?:个人?|位|人|口|大|小)|[俩仨]|两口|一家|全家|^[+＋](?:[2-9]|\d{2})"
                    r"|(?:我|俺|咱|阿拉|𠊎)(?:和|跟|同(?![事学乡桌])|带着?|领着?)(?![你您他她])")  # "+2", "我和崽"; not 我同事
_BARE_PARTY = re.compile(r"^[+＋](?:[2-9]|\d{2})$|^(?:那就|就|那|还是|一共|总共|共)?(?:" + NUMERAL + r")(?:个人?|位|人|口)?"
                         + _PARTICLES + "$|^(?:" + NUMERAL + r")大(?:" + NUMERAL + r")小" + _PARTICLES + "$")
# Herself the one who signs up: "我也报名", "俺参加", "算我一个", "给我报上" (not "我朋友也想报名": her friend's wish).
_SIGNING = re.compile(r"(?:我|俺|咱|阿拉|𠊎)(?:们|家)?(?:也|就|都|还|先|要|想)*(?:报名|报上|报个|参加)|算[我俺]|加[我俺]"
                      r"|[给帮][我俺](?:们|家)?(?:报|记)")


# A clause of hers acting now, beside a count told as past or as someone else's ("上回买了两瓶，这回还要两瓶", "老伴说要三斤，
# 那就三斤"): herself named, a choice made (那就, 还是) or now set against then (这回, 这次, 今年).
_HERS_NOW = re.compile(_FIRST.pattern + r"|^(?:那就|那|就|还是)|这回|这次|今次|今回|这趟|这一回|今年")
# Such a count is told only where the gate says so (the past's words or someone's saying), not a third person's act
# with no saying ("她要两份": whose the other clause is cannot tell).
_STORY_OF_ITS_OWN = STORY


def order_act(piece: str, spoken: bool = False) -> bool:
    """Whether a clause holds an order's act said by the member: her count with a verb of ordering or bare (not a clause
    voice input cut, ``spoken``: "多给了我一个" is cut before 我; goods and counts listed bare: "羊肉三斤+黄酒两瓶"), or a cancel."""
    if _ORDER_COUNT.search(piece):
        return bool(_ORDERING.search(piece) or not spoken and all(_BARE_COUNT.match(part) for part in _LISTED.split(piece)))
    return bool(_CANCEL.search(piece))


_LISTED = re.compile(r"[+＋、]|(?<=[" + intents.UNITS + r"])(?:和|加)")


def signup_act(piece: str, spoken: bool = False) -> bool:
    """Whether a clause holds a sign-up's act said by the member: her party (bare only where typed as a clause of its own),
    or herself signing up or dropping out."""
    if _PARTY.search(piece):
        return bool(_FIRST.search(piece) or not spoken and _BARE_PARTY.match(piece))
    return bool(_FIRST.search(piece) and (_SIGNING.search(piece) or signups.SIGNUP_CANCEL_WORDS.search(piece)
                                          or _STRUCK.search(piece)))


_STRUCK = re.compile(r"去了吧|去掉|划掉")  # her name struck off the list
_CANCELS = re.compile(_CANCEL.pattern + "|" + signups.SIGNUP_CANCEL_WORDS.pattern + "|" + _STRUCK.pattern)  # any act's cancel
# A story clause is a clause: something left besides the gate's words and a time ("以前我每周都买两斤": 以前 alone is when
# the next clause happened, not a story of its own).
_TIME_ONLY = re.compile(message_shape.PAST_TIME + r"|以前|之前|上次|昨天|刚才|刚刚|那时候?|[的了过啊呀哦嘛]")


def clauses(words: str) -> list[tuple[str, bool]]:
    """The clauses of ``words``: the spans between the places one ends (``_CLAUSE_END``), each with whether voice input's
    restart (no stop typed) began it."""
    out, at, spoken = [], 0, False
    for cut in _CLAUSE_END.finditer(words):
        if cut.start() > at:
            out.append((words[at:cut.start()], spoken))
        spoken = cut.end() == cut.start()
        at = max(at, cut.end())
    if at < len(words):
        out.append((words[at:], spoken))
    return out


def story_aside(words: str, acts, gate: re.Pattern) -> str | None:
    """``words`` (squeezed) without its story clauses, where the gate (``gate``: ``intent_model._NOT_MINE``) holds only in
    them and the clauses that hold an act (``acts``: ``order_act`` or ``signup_act``) are the member's own; None where the
    scope does not free the message. The clauses kept are joined as typed (a stop where one was typed or a story left out)."""
    kept, acted, before, joined, told, own, refused, cancels = "", False, "", True, [], False, False, True
    for piece, spoken in clauses(words):
        now = _ACT_NOW.sub("要", piece)
        gated = bool(gate.search(now))
        if acts(piece, spoken):
            if gated or _DONE.search(now) or _ANOTHER.search(piece) or _OPENS_QUOTE.search(before):
                if not gated or not _STORY_OF_ITS_OWN.search(now) or gate.search(STORY.sub("，", now)):
                    return None  # the act itself is past or someone else's
                told.append(piece)  # a past or someone's count, told: a story only where a clause of hers acts now
                before, joined = piece, False
                continue
            acted = True
            own = own or bool(_HERS_NOW.search(piece))
            cancels = cancels and bool(_CANCELS.search(piece)) and not _ORDER_COUNT.search(piece)
        elif gated:
            refused = refused or bool(_REFUSES.search(piece))
            if gate.search(STORY.sub("，", now)) or _BEARS_ON_ACT.search(piece) \
                    or len(_TIME_ONLY.sub("", STORY.sub("", now))) < 2:
                return None  # doubt, an offer, members' plans: the gate's other reasons block wherever they stand; so does
                # a story clause that puts the act off or makes it hang on something ("等发了工资，我要订五盒"), or a time
                # word alone (the next clause's time, not a story of its own); one that refuses it, unless she cancels
            before, joined = piece, False
            continue
        kept += piece if not kept or spoken and joined else "，" + piece
        before, joined = piece, True
    return kept if acted and (own or not told) and (cancels or not refused) else None


ORDER_ACTS = order_act
SIGNUP_ACTS = signup_act


def cancel_clause(kept: str) -> str | None:
    """V28: the clause of ``kept`` (what ``story_aside`` freed) that the rules read alone as her cancel — of no goods named
    or of goods ("我不要了呀", "我个那袋取消吧", "那盒年糕取消吧"; not "那份兼职我不要了": a job) — where no clause kept states a
    count (then it is a change or an order, the scores' to weigh); else None. The cancel is judged on that clause alone:
    the story's words, set aside, and her reasons beside it ("冰箱里还多") are no part of whether she cancels."""
    pieces = [piece for piece, _ in clauses(kept)]
    whole = intents.read_order(kept)
    if any(_ORDER_COUNT.search(piece) for piece in pieces) or whole is not None and not intents.names_item(whole.item, None):
        return None  # read whole, the cancel is of something no store sells ("那份兼职我不要了": the clause alone hides it)
    for piece in pieces:
        read = order_changes.revised(piece, intents.read_order(piece))
        if read is not None and read.intent == intents.CANCEL and intents.names_item(read.item, None):  # none: any
            return piece
    return None
