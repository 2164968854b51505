"""A sign-up the rules read nothing in, read by the learned scores while an event is open: the intent score
(``intent_model``) says whether the message is a sign-up, the party ranker (``party_ranker``) which party it signs up
and whether that is a party signed up at all; together they act, ask once or say nothing.

The intent score's partner (``intent_model.partner``) guesses a sign-up only when the words name the event or signing
up: under an event post, members reply with the party alone (我和老伴两个, 俺家三口, 带我孙女, 3个大人2个娃, +4 beside
a dish), and those were silent. Here that gate gives way to the two scores; the partner's other reasons for silence
stay (``open_to_guess``): someone else's words, the past, a question, another time, the staff's notice, news, plans of
members' own, cancelling. It comes after the partner (``bot.chain.text``), only where the rules and the partner read
nothing, and only for the member's own messages (the staff's are the rules' alone).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.language import intents, own_clause, party_ranker, signups
from bot.language.intent_model import SIGNUPS, IntentModel, _DECIMAL, _NOT_MINE, _YOU_DROP
from bot.language.intents import SIGNUP, Reading
from bot.language.numbers import NUMERAL
from bot.language.party_ranker import PartyModel
from bot.language.wrapping import plain, squeeze, unquote


@dataclass(frozen=True)
class Thresholds:
    """Chosen on out-of-fold scores only (``corpus.tools.leave_file_out --signups --sweep``), never on test."""
    # Out of fold (``leave_file_out --signups --file-folds 3``, every file but the two code-blind batches kept for checking):
    # the ranker's share and strength decide most — at 0.95 / 0.98 the guess's acts were right 95% of the time (38 of 40:
    # 我们家三代同堂，六口人; 采摘 我哋两公婆加个细路 read 2), below the rules' 97%; at 0.999 / 0.99, 28 of 28. A sign-up acted on
    # must be as sure as the rules' own: the rest is asked. U15 (lists summed, household and team words, numbers that count
    # no one): swept again, acting where the guess was never wrong out of fold — 0.995 / 0.97, 66 right of 66 (0.999 / 0.99:
    # 43 of 43); one step lower on the share or the strength acts wrongly. That line sits at the edge of the files it was
    # tuned on: on fiftyfourth, left unread, it acted wrongly 10 times against main's 7 (precision 95.9 -> 94.3), so the
    # line stays at U14's 0.999 / 0.99 and what it no longer acts on is asked.
    act_signup: float = 0.98  # the intent score's probability of a sign-up
    act_share: float = 0.999  # the ranker's share for the party it picks
    act_strength: float = 0.99  # the ranker's probability that it is a party signed up at all
    # Asking: every setting asks some chat (我们三个同事中午一起嗦粉 0.82, 宿舍四个人就我一个没回家); these ask about ~60 more
    # real sign-ups than acting alone for ~3 chat messages of every 5,600.
    ask_signup: float = 0.9
    ask_share: float = 0.9
    ask_strength: float = 0.95
    # Also asked where the intent score is all but sure and the ranker's party clear, though its strength is lower
    # (带上我小外孙: 0.998, share 0.999, strength 0.81, silent after the session's refit): dev +7 real sign-ups asked,
    # no chat more (make eval, every split alike).
    ask_sure_signup: float = 0.995
    ask_sure_strength: float = 0.8
    # s27: a sign-up the intent score is all but sure of whose party the ranker cannot give (its share or strength short of
    # every ask above, or no count to take) asked "您几位？" (``PARTY_OPEN``), as the orders' how-many (O16, N26/N27's ``ask_open``).
    # Chosen on fold A of N26 (ten newest files before it, out of fold): at 0.99 the ask moved 5 real sign-ups from silence
    # and asked no chat line; 0.9–0.98 asked 2–7 chat lines more for 1–4 real ones; the ranker's strength adds nothing
    # at 0.99 (any floor from 0 to 0.95 asked the same chat), so it is left open.
    ask_open_signup: float = 0.99
    ask_open_strength: float = 0.0
    # s27: the party in the message's last clauses, after a story whose words stop the guess (the past, someone's word, a
    # question, going elsewhere: ``open_to_guess`` on the whole message) but not those clauses: asked, never acted on.
    # Fold A: at 0.9 or 0.95 it moved 15 real sign-ups more from silence (3 with their party, 12 asked how many; none
    # with a wrong party) and asked no chat line; 0.98 one fewer. 0.95, the stricter of the two alike.
    ask_gated_signup: float = 0.95


THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Evidence:
    p_signup: float
    party: int
    share: float
    strength: float
    plain: bool = True  # the message states at most one count, and it is the party (``stated``): the party is not in doubt
    gated: bool = False  # s27: a gate stopped the whole message, not its last clauses, where the party was read: asked only
    actable: bool = True  # u29: nothing in the message that may govern a gated party (``_actable_after_gate``): it may be
    # acted on where its scores pass every act threshold (``ACT_AFTER_GATE``)


PARTY_OPEN = 0  # a sign-up's amount when the bot asks how many come (``bot.chain.text.party_open``): no cancel, never acted on


def open_to_guess(text: str) -> bool:
    """Whether a message may be guessed a sign-up at all: none of the rules' and the partner's reasons for silence but
    the event's or signing up's words missing."""
    if len(text) > intents.MAX_READ or not text.strip() or signups.own_words(text) != text:
        return False  # a quote's words are not hers
    said = plain(unquote(text))
    words = squeeze(said)
    if not words or intents.SPEAKER.match(said) or _NOT_MINE.search(words) or _DECIMAL.search(words) \
            or intents.LIMIT.search(words) or intents.TALLY.search(words) or intents.POST.search(words):
        return False
    if signups.SIGNUP_ELSE.search(words) or signups.URGING.search(words) or intents.LAUGH.search(words) \
            or signups.is_notice(words) or signups.others_signed_up(words) or _YOU_DROP.search(words):
        return False
    if intents.QUESTION.search(words) or signups.another_time(words) or signups.nobodys(text):
        return False  # a question goes to the store; news, plans elsewhere, cancelling, another time are nobody's sign-up
    return not others_own(words)


# s27's mend: what is another's, not the store's event nor her household — a household or shop pointed at ("楼上那家",
# "隔壁那家超市": 那家, not 那家伙 "that guy"), or an event another organiser holds ("单位组织体检", "学校组织春游", "社区办的
# 讲座"): the guess reads no sign-up in the whole message, its last clauses neither.
_POINTED_HOUSEHOLD = re.compile(r"那家(?!伙)")
_BODIES = r"单位|公司|学校|社区|居委会?|街道办?|厂里|幼儿园"  # a body other than the store (u29: shared with ``_ANOTHER_BODY``)
_OTHER_ORGANISER = re.compile(r"(?:" + _BODIES + r")(?:里|那边)?(?:组织|搞的|办的)")


def others_own(words: str) -> bool:
    """A household or shop pointed at, or an event another organiser holds (``_POINTED_HOUSEHOLD``, ``_OTHER_ORGANISER``)."""
    return bool(_POINTED_HOUSEHOLD.search(words) or _OTHER_ORGANISER.search(words))


def evidence(text: str, model: IntentModel, ranker: PartyModel, floor: float = 0.0) -> Evidence | None:
    """What the two scores say of a message ``open_to_guess``; None otherwise. Below ``floor`` the intent score alone
    answers (the ranker is not read: most chat stops there)."""
    text = signups.without_asides(text)  # "我和小孙女，小孙女会背诗": the party, before what is said of one named (U16)
    gated = not open_to_guess(text) or _elsewhere(text)
    party_words = party_after_gate(text) if gated else text
    if party_words is None:
        return None
    scores = model.scores(text, SIGNUPS)
    p_signup = scores.get(SIGNUP, 0.0) if scores and max(scores, key=scores.get) == SIGNUP else 0.0
    if p_signup < floor:
        return Evidence(p_signup, 1, 0.0, 0.0, False, gated)
    party, share, strength = ranker.read(party_words)
    return Evidence(p_signup, party, share, strength, stated(party_words, party), gated,
                    not gated or _actable_after_gate(text, party_words))


def _actable_after_gate(text: str, tail: str = "") -> bool:
    """u29: whether a party after a gate (``tail``, ``party_after_gate``'s) may be acted on — no other body's occasion
    (``_ANOTHER_BODY``), no condition ("要是老伴不值班，我就报两个了"), no plan of members' own or talk about signing up
    ("周六爬香山 算我们俩"), no one else's plan or sign-up, hearsay, home life, advice or pet anywhere in the message: those
    gates may govern the party after them, asked as s27 asks it; nor a sign-up the tail tells as done (``_TOLD_DONE``). The
    past told, a question put first and an event elsewhere named keep it. (An unreal "if" never reaches here:
    ``party_after_gate`` reads no tail beside one.)"""
    return not (_ANOTHER_BODY.search(squeeze(plain(unquote(text)))) or signups.governs_party(text)
                or _TOLD_DONE.search(squeeze(plain(tail))))  # u30: what may govern a party, asked of signups once


# u29: a body other than the store, or its occasion, named anywhere (单位年会, 学校组织, 公司团建): a party after a gate beside it
# may be for that occasion — asked, never acted on.
_ANOTHER_BODY = re.compile(_BODIES + r"|老年大学|敬老院|教堂|年会|团建|年夜饭|聚餐|聚会|婚礼|喜酒")
# u29's review: her sign-up told as done after the story ("…，我同我姐两个报的名": last time's, not one now) — 报的, 报嘅, 的名, 嘅名.
_TOLD_DONE = re.compile(r"报[的嘅]|[的嘅]名")


# s27: what cuts a message into clauses for ``party_after_gate`` (a question mark too: "可以带狗狗吗？可以的话我俩").
_CLAUSES = re.compile(r"[，,。！!？?；;～~…\s]+")
_TAIL_CLAUSES = 2  # the party's clauses at the end, at most
_SAID_COLON = re.compile(r"[说讲问道][:：]")  # "小周说：…": what follows may be all hers, the party too


def party_after_gate(text: str) -> str | None:
    """The message's last clause or two (s27: "上回报晚了没排上，这回早点，我和老伴两个"), where a gate of ``open_to_guess``
    stopped the whole message but the words that trip it stand in the clauses before them: what the party ranker reads
    then. None where the gate is the message's as a whole (someone's words, a quote, a notice, a tally, a limit, a post,
    urging, a laugh, others' sign-ups, cancelling, an unreal "if"), or no clause at the end passes every gate on its own."""
    if len(text) > intents.MAX_READ or not text.strip() or signups.own_words(text) != text \
            or open_to_guess(text) and not _elsewhere(text):
        return None  # no gate stops the whole: the guess reads it all
    said = plain(unquote(text))
    words = squeeze(said)
    if not words or intents.SPEAKER.match(said) or _SAID_COLON.search(words) or _DECIMAL.search(words) or intents.LIMIT.search(words) \
            or intents.TALLY.search(words) or intents.POST.search(words) or signups.SIGNUP_ELSE.search(words) \
            or signups.URGING.search(words) or intents.LAUGH.search(words) or signups.is_notice(words) \
            or signups.others_signed_up(words) or _YOU_DROP.search(words) or signups.SIGNUP_CANCEL_WORDS.search(words) \
            or signups.unreal_if(said) or others_own(words):
        return None  # "要不是加班 我们一家三口都去": an unreal "if" governs the party after it
    pieces = [p for p in _CLAUSES.split(said) if p.strip()]
    if len(pieces) < 2:
        return None
    for size in range(min(_TAIL_CLAUSES, len(pieces) - 1), 0, -1):
        tail = "，".join(pieces[-size:])
        head = "，".join(pieces[:-size])
        if _BARE_PARTY.match(squeeze(tail)) and own_clause.STORY.search(squeeze(head)):
            continue  # "上周我们去了 三个人": a bare count after a story counts the story's people, not hers now
        if open_to_guess(tail) and not _elsewhere(tail) and (not open_to_guess(head) or _elsewhere(head)):
            return tail
    return None


# A clause that is a count of people and nothing else (一共三个人, 俩, 两位): it says no act of its own.
_BARE_PARTY = re.compile(r"(?:一共|总共|共)?(?:" + NUMERAL + r"|俩|仨)(?:个|位|口)?人?$")


def _elsewhere(text: str) -> bool:
    """Going somewhere no event is (周六我和老公带孩子去奶奶家, 我们三个人去泡温泉了): the rules' reason to read no sign-up, which
    a party's words alone do not outweigh. Not a try of what is done there (去尝尝, 去学学) or 去 with a dialect's particle
    after it (一路去咧, 去噻): no place is named (U15). Going to make something (我们仨去扎灯笼) stays the members' own plan
    unless the event is named (U13)."""
    words = squeeze(plain(unquote(text)))
    if _BACK_FROM.search(words):
        return True  # "我和老头刚从菜市场回来": back from somewhere, news
    going = signups.GO_ELSEWHERE.search(words)
    return bool(going) and not _NO_PLACE.match(going["where"])


# Back from somewhere: where the party has been, not where it will go.
_BACK_FROM = re.compile(r"从[^，,。\s]{1,8}?(?:回来|回家|出来|下来|回到)|刚(?:回来|回家|到家)")


# What follows 去 when no place does: a particle, or a verb said twice (尝尝, 看看, 学学: a try of what is done there).
_NO_PLACE = re.compile(r"[咧哒噻嘞撒]|(?P<verb>[尝试看学听瞧])(?P=verb)")


# Parts added on top of each other or listed ("俺俩 加隔壁老张两口子", "我，我老公，还有他朋友一家三口", "老婆、我、两个仔、阿公"): the
# party is their sum, which a count of one part does not say.
_ADDED = re.compile(r"、|加|还有|外加|以及")
_ADDED_ON = re.compile(r"外加|再加|加上")
# A count that multiplies ("我和对门王姐 两家各带一个孩子", "兄弟三个各带婆姨"): the party is a product no count says.


def stated(text: str, party: int) -> bool:
    """Whether the party read is what the message's counts of people say: none (those named: 带上我小外孙 2), the one
    count (俺家三口, 腊八粥 +4), their sum (3个大人2个娃 5), or a head count said last (我同闺蜜各带一个仔，四个人 4). Another
    count (带两个娃 3, a flat 12-3-501 三个), a count that multiplies (各) or one added on top uncounted (两大一小 外加一个抱着
    的奶娃娃) leaves the party in doubt: asked, never acted on, as the partner's own sign-up guess (``intent_model._actable``)."""
    words = party_ranker.form(text)
    if party_ranker.head_count_last(words) == party:
        return True  # a total said at the end holds everyone before it
    if party_ranker.EACH.search(words):
        return False
    counts = party_ranker.counts_of_people(words)
    if not counts:  # those named, as the rules count them ("我跟我老倌子" 2, not 1) and as their list adds up
        listed = party_ranker.listed_sum(words)
        return party == (signups.party_size(words) or 1) and (listed is None or listed == party)
    if len(counts) >= 2:
        return sum(counts) == party and not _ADDED_ON.search(words)  # "3个大人2个娃" 5
    return counts[0] == party and not _ADDED.search(words)


def choose(found: Evidence | None, limits: Thresholds = THRESHOLDS, gated_acts: bool = True) -> Reading | None:
    """A sign-up acted on when both scores are very sure and the party is not in doubt (``stated``), asked about when
    both are fairly sure, else nothing."""
    if found is None:
        return None
    if found.gated:
        return _asked_only(found, limits, gated_acts)
    if not 1 <= found.party <= intents.MAX_AMOUNT:
        return _party_open(found, limits)
    if found.p_signup >= limits.act_signup and found.share >= limits.act_share and found.strength >= limits.act_strength \
            and found.plain:
        return Reading(SIGNUP, found.party, sure=True)
    if found.p_signup >= limits.ask_signup and found.share >= limits.ask_share and found.strength >= limits.ask_strength:
        return Reading(SIGNUP, found.party, sure=False)
    if found.p_signup >= limits.ask_sure_signup and found.share >= limits.ask_share and found.strength >= limits.ask_sure_strength:
        return Reading(SIGNUP, found.party, sure=False)
    return _party_open(found, limits)


def _party_open(found: Evidence, limits: Thresholds) -> Reading | None:
    """s27: the intent score all but sure of a sign-up, the ranker not of its party: "您几位？" asked."""
    if found.p_signup >= limits.ask_open_signup and found.strength >= limits.ask_open_strength:
        return Reading(SIGNUP, PARTY_OPEN, sure=False)
    return None


# u29: a party after a gate's clauses (s27) whose scores pass every threshold an act needs, the party not in doubt
# (``stated`` on the tail), is acted on as the open guess's is: asked before, it was right on every working dev line so read
# (5 of 5, five files) and on 36 of 37 train lines (28 files; the other a workplace's party with family, chat).
ACT_AFTER_GATE = True


def _asked_only(found: Evidence, limits: Thresholds, acts: bool = True) -> Reading | None:
    """s27: a party read after a gate's clauses (``party_after_gate``): asked with its party where the scores agree as
    for any ask, how many where only the party is unclear; never acted on."""
    if found.p_signup < limits.ask_gated_signup:
        return None
    if ACT_AFTER_GATE and acts and found.actable and 1 <= found.party <= intents.MAX_AMOUNT and found.plain and found.p_signup >= limits.act_signup \
            and found.share >= limits.act_share and found.strength >= limits.act_strength:
        return Reading(SIGNUP, found.party, sure=True)  # u29: as sure as any act, the tail passing every gate alone
    if 1 <= found.party <= intents.MAX_AMOUNT and found.share >= limits.ask_share and found.strength >= limits.ask_strength:
        return Reading(SIGNUP, found.party, sure=False)
    return _party_open(found, limits)


def guessed(text: str, model: IntentModel | None, ranker: PartyModel | None, limits: Thresholds = THRESHOLDS,
            gated_acts: bool = True) -> Reading | None:
    """``choose`` of ``evidence``: the sign-up the scores read where the rules and the partner read nothing (``text`` as
    sent: a quoted post is read as the post her words answer, any other quote dropped)."""
    if model is None or ranker is None:
        return None
    floor = min(limits.act_signup, limits.ask_signup)
    if replies := signups.reply_to_post(text):  # 「周日打麻糍」⏎我和细伢子: her words under the post she quotes, alone or after
        readings = [r for own in replies if (r := choose(evidence(own, model, ranker, floor), limits, gated_acts))]  # the event's name (U19)
        return next((r for r in readings if r.sure), readings[0] if readings else None)
    return choose(evidence(unquote(text), model, ranker, floor), limits, gated_acts)
