"""Events (活动报名): staff open one; members sign up by 报名 / +1 / 我报名 2人 / 接龙; seats, a
waitlist, 取消报名, a sign-up deadline, a reminder before it starts, and /名单 for staff.

/活动 亲子烘焙 周六14:00 名额20 截止周五20:00
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from typing import Callable

from bot.chain import friends, how_many
from bot.chain.text import MOST_PEOPLE, SignUp, as_signup, beside_question_surer, is_chain, open_to_question_party, party_beside_question_reading, signup_chain_entry, signup_reading
from bot.command_args import PLACE_WORD, count_word, read_fields
from bot.context import Ctx
from bot.deadline_text import DEADLINE_LABELS, TIME_CUE, assumed, deadline_within, labelled_deadline, local_day_text, parse_deadline, TIME_PIECE, time_piece, time_said
from bot.events import GroupMessage
from bot.festival_days import DAY_SAID, festival_at
from bot.games import Asked, Deadline, DeadlineKind
from bot.handlers.questions import answer_beside
from bot.language import other_event, said_to, signup_changes, which_post
from bot.language.intents import SIGNUP, SIGNUP_CANCEL, Reading, answer
from bot.language.event_asks import asks_if_going, cannot_come, kin_cannot_come
from bot.language.numbers import leading_number
from bot.questions.happening import day_named
from bot.questions.asking import party_beside_question
from bot.members import display_names
from bot.named import pick
from bot.roles import Role
from bot.questions.store_hears import complaint_beside
from bot.router import Router
from bot.send_queue import Priority
from bot.text import normalize, without_quote
from storage import activities
from storage.models import Activity

router = Router("activity")

LONGEST = timedelta(days=90)
MAX_CAPACITY = 10_000
_LABELS = {"名额": "capacity", "人数": "capacity", "报名截止": "deadline", "时间": "starts",
           "地点": "place", "活动地点": "place", "场地": "place", "地址": "place",
           "集合地点": "place", "集合点": "place", "集合": "place",
           **{word: "deadline" for word in DEADLINE_LABELS}}
MAX_PLACE = 60  # characters of a place ("幸福路 88 号二楼烘焙教室" is 14)


@dataclass(frozen=True)
class ActivityRequest:
    title: str
    starts: str
    capacity: int
    deadline: str  # "" : sign-ups close when it starts
    place: str = ""  # (m32) where it is held; "": not said


class BadRequest(ValueError):
    """``args[0]`` names the problem for the ``activity_usage`` template; ``args[1]``, if any, the owner's own words
    that were not understood (shown back to her)."""


_PLACES_UNITS = "人位个名组家"
_PLACES_WORDS = ("名额", "人数", "限报", "限额", "限")  # (g34) "名额二十", "限20人" written as one word anywhere


def parse_request(args: str) -> ActivityRequest:
    """'亲子烘焙 周六14:00 名额20 截止周五20:00', or the same fields in any order, without labels or colons:
    '周六上午十点 亲子烘焙课 名额10人 地点门店二楼', '下午两点半 周日 包饺子 名额二十 门店一楼'. The title is what remains."""
    fields = read_fields(labelled_deadline(args), _LABELS, short=("capacity",), timed=("starts", "deadline"))
    values, loose = dict(fields.values), list(fields.loose)
    if not loose:
        raise BadRequest("title")
    times = _themed_festival_left([w for w in loose if time_piece(w)])
    if times and not values.get("starts"):
        values["starts"] = time_said(times)
        loose = [w for w in loose if w not in times]
    counted = [(w, n) for w in loose if (n := count_word(w, _PLACES_WORDS, _PLACES_UNITS)) is not None]
    if counted and not values.get("capacity"):
        values["capacity"] = counted[0][0]
        loose.remove(counted[0][0])
    places = [w for w in loose[1:] if PLACE_WORD.search(w)]
    if places and "place" not in values:  # the title first: "二楼活动室" alone is a title
        values["place"] = places[-1].removeprefix("在")
        loose.remove(places[-1])
    if not loose:
        raise BadRequest("title")
    if unknown_day := next((w for w in loose if DAY_SAID.search(w)), ""):  # (c34) "感恩节那天": a day it cannot date
        raise BadRequest("starts", unknown_day)
    if not values.get("starts"):
        raise BadRequest("starts", next((w for w in loose[1:] if TIME_CUE.search(w)), ""))
    if not values.get("capacity"):
        raise BadRequest("capacity")
    typed = values["capacity"]  # "20", "两", "六人" after 名额; "限20人", "二十人" written alone
    capacity = count_word(typed, _PLACES_WORDS, _PLACES_UNITS) or count_word("名额" + typed, _PLACES_WORDS, _PLACES_UNITS)
    if capacity is None or not 1 <= capacity <= MAX_CAPACITY:
        raise BadRequest("capacity_number", values["capacity"])
    place = _place(values["place"]) if "place" in values else ""
    return ActivityRequest(" ".join(loose), values["starts"].strip(), capacity, values.get("deadline", ""), place)


def _themed_festival_left(times: list[str]) -> list[str]:
    """(c34) The time pieces without a festival said beside another day ("中秋 赏月 周五晚上七点": 中秋 is the theme, the
    day is Friday); a festival alone ("冬至那天 上午九点半") is the day."""
    festivals = [w for w in times if festival_at(w) and festival_at(w).end() == len(w)]
    days = [w for w in times if (m := TIME_PIECE.fullmatch(w)) and m.group("day")]
    return [w for w in times if w not in festivals] if festivals and len(days) > len(festivals) else times


def _place(text: str) -> str:
    """(m32) The place as staff wrote it after 地点 ("地点：店里二楼"), or BadRequest("place") when empty or too long."""
    place = " ".join(text.split())
    if not place or len(place) > MAX_PLACE:
        raise BadRequest("place", place[:MAX_PLACE])
    return place


@router.command("活动", aliases=("activity", "开活动"), min_role=Role.ASSISTANT,
                usage="/活动 亲子烘焙 周六14:00 名额20 截止周五20:00 地点：店里二楼",
                summary="发起活动报名（名额、候补、截止、提前提醒）")
async def open_activity(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    try:
        request = parse_request(args)
        starts = deadline_within(request.starts, msg.at, settings.zone, LONGEST)
        if starts is None:
            raise BadRequest("starts", request.starts)
        deadline = parse_deadline(request.deadline, msg.at, settings.zone) if request.deadline else starts
        if deadline is None or not msg.at < deadline <= starts:
            raise BadRequest("deadline", request.deadline)
    except BadRequest as exc:
        live = ctx.games.open_in("activity", msg.group_id)  # "/活动 名额30" with one open: she means /改名额
        places = live is not None and args.strip().startswith(("名额", "人数"))  # no title, only places
        ctx.reply(msg, "activity_usage", problem=exc.args[0], open_title=live.detail if places else "",
                  typed=exc.args[1] if len(exc.args) > 1 else "")
        return
    remind_at = _remind_at(settings.chain.remind_hours_before, starts, deadline, msg.at)
    activity = await ctx.db.write(partial(
        activities.open_activity, group_id=msg.group_id, group_name=msg.group_name, opened_by=msg.sender.id,
        title=request.title, starts_at=starts, deadline=deadline, remind_at=remind_at, capacity=request.capacity,
        place=request.place or None))
    if activity is None:
        live = ctx.games.open_in("activity", msg.group_id)
        ctx.reply(msg, "activity_busy", open_title=live.detail if live else "")
        return
    ctx.games.add(_next_deadline(activity))
    await ctx.games.announced("activity", msg.group_id, msg.at)
    ctx.say(msg.group_id, "activity_opened", priority=Priority.NOTICE, title=activity.title,
            starts=_local(activity.starts_at, ctx, msg.group_id), capacity=activity.capacity,
            deadline=_local(activity.deadline, ctx, msg.group_id), place=activity.place or "")
    if times := assumed([(request.starts, starts), (request.deadline, deadline)], settings.zone):
        ctx.reply(msg, "time_assumed", times=times)


def _remind_at(hours: int, starts: datetime, deadline: datetime, now: datetime) -> datetime | None:
    """When those signed up are reminded: ``hours`` before it starts, not before sign-ups close, so everyone on the list
    hears it (the close notice goes first); None when that has passed or no reminder is set."""
    remind_at = max(starts - timedelta(hours=hours), deadline if deadline < starts else now) if hours else None
    return remind_at if remind_at is not None and remind_at > now else None


@router.command("改时间", aliases=("活动改时间", "reschedule"), min_role=Role.ASSISTANT, usage="/改时间 冬至那天 上午九点半",
                summary="改正在报名的活动的时间（报名的人不用重报，会@她们）")
async def reschedule(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    """(c34) "/改时间 冬至那天 上午九点半", "/改时间 包饺子 周一上午九点半": the open event moves, its sign-ups kept;
    sign-ups close when it starts (a cut-off set before is dropped: it was for the old day); the group hears the new
    time with those signed up @-ed."""
    settings = ctx.settings(msg.group_id, msg.group_name)
    words = args.split()
    times = [w for w in words if time_piece(w)]
    name = " ".join(w for w in words if w not in times)
    typed = time_said(times)
    starts = deadline_within(typed, msg.at, settings.zone, LONGEST) if times else None
    if starts is None:
        ctx.reply(msg, "activity_reschedule_usage", typed=typed or name)
        return
    live = ctx.games.open_in("activity", msg.group_id)
    if name:
        activity = await named_activity(ctx, msg, name)
        if activity is None:
            return
        if activity.status != "open" or live is None or live.row_id != activity.id:
            ctx.reply(msg, "activity_named_started", title=activity.title, open_title=live.detail if live else "")
            return
    if live is None:
        ctx.reply(msg, "activity_none_live")
        return
    remind_at = _remind_at(settings.chain.remind_hours_before, starts, starts, msg.at)
    moved = await ctx.db.write(partial(activities.reschedule, activity_id=live.row_id, starts_at=starts,
                                       deadline=starts, remind_at=remind_at))
    ctx.games.discard(live)
    if moved is None:
        ctx.reply(msg, "activity_named_started", title=live.detail, open_title="")
        return
    ctx.games.add(_next_deadline(moved))
    listed = await ctx.db.read(partial(activities.roster, activity_id=moved.id))
    told = listed.going + listed.waiting
    max_mentions = settings.chain.max_mentions
    ctx.say(msg.group_id, "activity_rescheduled", priority=Priority.NOTICE,
            mentions=tuple(r.member_id for r in told[:max_mentions]), title=moved.title,
            starts=_local(moved.starts_at, ctx, msg.group_id), place=moved.place or "")
    if said := assumed([(typed, starts)], settings.zone):
        ctx.reply(msg, "time_assumed", times=said)


@router.command("活动地点", aliases=("地点", "place"), min_role=Role.ASSISTANT, usage="/活动地点 店里二楼烘焙教室",
                summary="设置或修改正在报名的活动的地点")
async def set_place(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    """(m32) Where the open event is held, set or changed after it was opened; the group hears the new place."""
    try:
        place = _place(args)
    except BadRequest:
        ctx.reply(msg, "activity_place_usage")
        return
    activity = await ctx.db.write(partial(activities.set_place, group_id=msg.group_id, place=place))
    if activity is None:
        ctx.reply(msg, "activity_place_none")
        return
    ctx.say(msg.group_id, "activity_place_set", title=activity.title, place=place,
            starts=_local(activity.starts_at, ctx, msg.group_id))


# --- sign-ups -----------------------------------------------------------------------------


ASK_FOR = timedelta(minutes=10)  # a question ("您是要报名…吗？", "一共几位呢？") waits this long for its answer


def _signup_in(ctx: Ctx, msg: GroupMessage) -> tuple[SignUp, bool] | None:
    """What this message signs up for in the open event, if anything, and whether surely so."""
    live = ctx.games.open_in("activity", msg.group_id)
    if live is None or not ctx.settings(msg.group_id, msg.group_name).chain.enabled:
        return None
    if is_chain(msg.text):
        buying = ctx.games.open_in("groupbuy", msg.group_id) is not None
        if buying and normalize(live.detail) not in normalize("".join(msg.text.splitlines()[:2])):
            return None  # with a group-buy open too, a chain is a sign-up list only if it names the event
        others = set(display_names(ctx, msg.group_id).values()) - {msg.sender.name}
        line = signup_chain_entry(msg.text, msg.sender.name, others)
        return (as_signup(line), True) if line else None
    staff = ctx.is_staff(msg)  # the staff's notices are the rules' alone, never the score's
    reading = signup_reading(msg.text, guess=not staff, event=live.detail)
    if not staff and open_to_question_party(msg.text, reading) and (party := _party_beside_question(ctx, msg)) is not None:
        # "讲座我和老伴儿两个，几点开讲嘞": the question silenced the party; the party is read on its own clauses
        reading = beside_question_surer(reading, party_beside_question_reading(msg.text, party, event=live.detail))
        if reading is not None and other_event.only_wished(party):
            reading = replace(reading, sure=False)  # (e34b) "我爸妈也想去 老年人走得动吗": a wish beside a question, asked once
    if reading is None and not staff and (last := other_event.party_after_change(msg.text)) is not None:
        changed = signup_reading(last, guess=False, event=live.detail)  # (e34b) "改一下 老大要上补习班 三个人"
        reading = changed if changed is not None and changed.sure and changed.intent == SIGNUP else None
    if reading is None and not staff and which_post.going_alone(msg.text) and _under_the_post(ctx, msg, live):
        reading = Reading(SIGNUP, 1)  # (w33) "我去", "那我去吧" just under the event's post: her answer to it
    if not staff and (reading is None or reading.intent == SIGNUP_CANCEL) and kin_cannot_come(msg.text) \
            and not signup_changes.one_of_her_party(msg.text):
        return SignUp(0), False  # (r33) "老公周六去不了了": one of her party, asked (smaller), never her whole sign-up dropped
    if reading is None or not reading.sure and staff:
        return None  # the staff write notices about sign-ups, which are never asked back (as orders)
    wish = as_signup(reading)
    if reading.sure and reading.intent == SIGNUP_CANCEL and signup_changes.one_of_her_party(msg.text):
        wish = SignUp(-1, add=True)  # "我妈让我说一声 她不去了": one less in her party (none left: cancelled)
    return wish, reading.sure


POST_WINDOW = timedelta(minutes=30)  # a post this recent is the one a short answer answers (as ``either.RECENT``)


def _under_the_post(ctx: Ctx, msg: GroupMessage, live: Deadline) -> bool:
    """(w33) Whether the event's post is the one just above her message: posted within ``POST_WINDOW`` before it, and no
    open group-buy posted after it."""
    at = ctx.games.announced_at("activity", msg.group_id)
    if at is None or not timedelta(0) <= msg.at - at <= POST_WINDOW:
        return False
    buy = ctx.games.announced_at("groupbuy", msg.group_id) if ctx.games.open_in("groupbuy", msg.group_id) else None
    return buy is None or buy <= at


def _party_beside_question(ctx: Ctx, msg: GroupMessage) -> str | None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    if not (settings.faq.enabled or settings.questions.enabled):
        return None
    faq = ctx.faq.get(settings.faq.file) if settings.faq.enabled else None
    return party_beside_question(without_quote(msg.text), faq, settings.faq.threshold)


PARTY_ASKED = "activity_party"  # the kind of question "一共几位呢？" (a sign-up whose party was left open, s27)
PARTY_ASKED_AGAIN = "activity_party_again"  # the same question asked a second time, after a yes with no party (as O17's orders)
_HOW_MANY = (PARTY_ASKED, PARTY_ASKED_AGAIN)
MAX_PARTY = MOST_PEOPLE  # a party answered larger than this is no answer to "how many come?" (the chain's own most is checked on storing)


def _confirmed(ctx: Ctx, msg: GroupMessage) -> tuple[int, SignUp | None] | None:
    """The sign-up this member was asked about, if this message answers the question (None for the sign-up: she says no).
    "How many come?" is answered by a party ("3个", "三位", "我和老公") or declined ("不用了"); anything else is no answer."""
    asked = ctx.games.asked(msg.group_id, msg.sender.id, msg.at)
    if asked is not None and asked.kind in _HOW_MANY:
        if (people := _party_answered(msg.text)) is not None:
            return asked.row_id, SignUp(people)
        return (asked.row_id, None) if _party_declined(msg.text) else None
    if asked is None or asked.kind != "activity" or answer(msg.text, act="signup") is None:
        return None
    return asked.row_id, SignUp(asked.amount) if answer(msg.text, act="signup") else None  # a change asked about: a sign-up of so many


def _party_answered(text: str) -> int | None:
    """The party a member gives when asked how many come: what the rules read surely as her party ("三位", "我和老公",
    "一大两小"), or a number alone ("3", "三个吧"), read as an order's count is (``how_many``); a party larger than any one
    member signs up is no answer here."""
    reading = signup_reading(text, guess=False)
    sure = reading.amount if reading is not None and reading.sure and reading.intent == SIGNUP and not reading.add else None
    return how_many.count_answered(text, sure, "个位人名口", MAX_PARTY + 1)


def _party_declined(text: str) -> bool:
    """"不用了", "算了那就不报了" answering "how many come?": she lets the sign-up she left open go, as an order's how-many
    is let go (``how_many.let_go``), and hears the same close ("ask_declined")."""
    reading = signup_reading(text, guess=False)
    return how_many.let_go(text, reading is not None and reading.intent == SIGNUP_CANCEL)


def _yes_without_party(ctx: Ctx, msg: GroupMessage) -> Asked | None:
    """The first "how many come?" this member was asked, if she answers it with a yes and no party ("是", "好的"): asked
    again, once, as an order's how-many is (``groupbuy._yes_without_count``)."""
    asked = ctx.games.asked(msg.group_id, msg.sender.id, msg.at)
    if asked is None or asked.kind != PARTY_ASKED:
        return None
    return asked if how_many.yes_without_count(msg.text, _party_answered(msg.text) is not None) else None


def answers_ask(ctx: Ctx, msg: GroupMessage) -> bool:
    """Whether this message answers the event's question open to this member (a party, a no, a yes): the group-buy's
    reader, which runs first, lets it pass ("3个" after "一共几位呢？" is her party, never an order)."""
    return _confirmed(ctx, msg) is not None or _yes_without_party(ctx, msg) is not None


def _wants_sign_up(ctx: Ctx, msg: GroupMessage) -> bool:
    return answers_ask(ctx, msg) or _signup_in(ctx, msg) is not None


@router.natural(_wants_sign_up)
async def sign_up(ctx: Ctx, msg: GroupMessage) -> None:
    await complaint_beside(ctx, msg)  # (f34) "上次活动的老师态度很差 这次我还是报一个": the staff hear it
    live = ctx.games.open_in("activity", msg.group_id)
    if (confirmed := _confirmed(ctx, msg)) is not None:
        await ctx.games.answered(msg.group_id, msg.sender.id)
        row_id, wish = confirmed
        if wish is None:
            ctx.reply(msg, "ask_declined")  # as an order's question declined
        elif live is not None and live.row_id == row_id:
            await _sign_up(ctx, msg, live, wish)
        return
    if (agreed := _yes_without_party(ctx, msg)) is not None:
        await ctx.games.answered(msg.group_id, msg.sender.id)  # the first question, replaced by the second
        if live is not None and live.row_id == agreed.row_id and await ctx.games.ask(
                msg.group_id, msg.sender.id, Asked(PARTY_ASKED_AGAIN, agreed.row_id, 0), msg.at, msg.at + ASK_FOR):
            ctx.reply(msg, "activity_ask_party_again", title=live.detail)
        return
    wish, sure = _signup_in(ctx, msg)
    if wish.people > 0 and not is_chain(msg.text) and not await _hers_to_take(ctx, msg, live):
        return
    if wish.people > 0 and sure and not is_chain(msg.text) and _to_a_friend(ctx, msg):
        sure = False  # (e34b) "@蕾蕾 去呀 一起嘛" from a member not signed up: asked once, never booked
    dropped = False
    if wish.people == 0 and not wish.add and not is_chain(msg.text):  # (c32) a cancel: said to the list, or to a friend?
        if (asked_by := friends.friends_words(ctx, msg)) is not None:  # "不去了" to "@小美 周日一起去公园吗": the friend's
            if (said_to.names(msg.text, live.detail) or await _friend_asked_of_the_day(ctx, msg, asked_by)) \
                    and await ctx.db.read(partial(  # (w33) "烘焙我去不了了": hers? asked once
                    activities.signed_up, activity_id=live.row_id, member_id=msg.sender.id)) and await ctx.games.ask(
                    msg.group_id, msg.sender.id, Asked("activity", live.row_id, 0), msg.at, msg.at + ASK_FOR):
                ctx.reply(msg, "activity_ask", title=live.detail, people=0, cancel=True, unsigned=False, resize=False)
            return  # her sign-up stays
        if kin_cannot_come(msg.text):  # (r33) "孩子周六来不了了": hers smaller by one, asked once; her own drop never assumed
            await _ask_one_less(ctx, msg, live)
            return
        day = await _day_said(ctx, msg)
        dropped = day == "event" and (sure or cannot_come(msg.text))  # (e33) "宝宝发烧了 周六去不了了" of Saturday's: she drops out
        sure = dropped or sure and day != "other"  # "周日有事来不了了" of a Saturday event: asked, never acted on
    if sure:
        await _sign_up(ctx, msg, live, wish, dropped=dropped)
    elif not wish.counted:  # a sign-up whose party is unclear: "您几位？" asked once, the answer a party (s27)
        if await ctx.games.ask(msg.group_id, msg.sender.id, Asked(PARTY_ASKED, live.row_id, 0), msg.at, msg.at + ASK_FOR):
            ctx.reply(msg, "activity_ask_party", title=live.detail)
    elif await ctx.games.ask(msg.group_id, msg.sender.id, Asked("activity", live.row_id, wish.people),
                             msg.at, msg.at + ASK_FOR):
        ctx.reply(msg, "activity_ask", title=live.detail, people=wish.people, cancel=wish.people == 0, unsigned=False,
                  resize=False)
    if wish.people > 0 or not wish.counted:  # beside a cancel the question is the cancel's own ("我可以退掉吗 那天单位有事"): no returns answer
        await answer_beside(ctx, msg)


async def _hers_to_take(ctx: Ctx, msg: GroupMessage, live: Deadline) -> bool:
    """(e34b) Whether a sign-up is for the open event at all: not one naming another event ("剧本杀报名", told once what is
    open), not an answer to a friend's offer of something else ("谁去看演唱会" — "算我一个"), not a friend's reply that would
    change the party she already has ("@蕾蕾 去呀 一起嘛")."""
    if (other := other_event.another_event_named(msg.text, live.detail)) is not None:
        if ctx.games.allow(f"activity-other:{live.row_id}:{msg.sender.id}", msg.at, LONGEST):
            ctx.reply(msg, "activity_other_event", title=live.detail, other=other)
        return False
    if friends.offer_above(ctx, msg, live.detail) and not said_to.names(msg.text, live.detail):
        return False
    return not (_to_a_friend(ctx, msg) and await ctx.db.read(partial(
        activities.signed_up, activity_id=live.row_id, member_id=msg.sender.id)))


def _to_a_friend(ctx: Ctx, msg: GroupMessage) -> bool:
    """(e34b) A going said to a friend (an @-mention of her, or an answer to her words), no sign-up word in it."""
    return not _SIGNUP_WORD.search(msg.text) and (friends.talks_to_a_friend(ctx, msg) or friends.answers_a_friend(ctx, msg))


async def _ask_one_less(ctx: Ctx, msg: GroupMessage, live: Deadline) -> None:
    """(r33) One of her party cannot come: with more than one signed up she is asked once whether her sign-up becomes one
    fewer ("要把“亲子烘焙”的报名改成 1 人吗？", her "是" sets it as any asked size does); with one, whether to cancel, as
    before; not signed up, nothing."""
    people = await ctx.db.read(partial(activities.signed_up, activity_id=live.row_id, member_id=msg.sender.id))
    if people and await ctx.games.ask(msg.group_id, msg.sender.id, Asked("activity", live.row_id, people - 1),
                                      msg.at, msg.at + ASK_FOR):
        ctx.reply(msg, "activity_ask", title=live.detail, people=people - 1, cancel=people == 1, unsigned=False,
                  resize=people > 1)


async def _friend_asked_of_the_day(ctx: Ctx, msg: GroupMessage, asked: str) -> bool:
    """(v34) "@赵阿姨 周六您去不去呀" — "去不了了 孙子要上课": the friend asked whether she goes on the event's day, naming no plan
    of her own, and she says plainly she cannot (naming no other day): her seat is asked about once, never dropped."""
    if not (cannot_come(msg.text) and asks_if_going(asked)) or await _day_said(ctx, msg) == "other":
        return False
    return await _day_said(ctx, replace(msg, text=asked)) == "event"


async def _day_said(ctx: Ctx, msg: GroupMessage) -> str:
    """(e33) Which day a cancel names: "event" (the open event's), "other", or "" (none)."""
    event = await ctx.db.read(partial(activities.live_in, group_id=msg.group_id), logs=False)
    if event is None:
        return ""
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    return day_named(without_quote(msg.text), event.starts_at.astimezone(zone).date(), msg.at.astimezone(zone).date())


# --- a sign-up with no event open (F31) ---------------------------------------------------

NONE_OPEN_EACH = timedelta(hours=6)  # one "no event open" reply per member this long...
NONE_OPEN_GROUP = timedelta(minutes=30)  # ...and one per group this long: the bot never becomes the spammer
# The sign-up named in words: "+1", "算我一个" or "我也去" with nothing open agree with a post or answer a friend, they
# sign up for nothing; "我要报名", "报名两个人", "我报个名" ask for a place.
_SIGNUP_WORD = re.compile(r"报(?:个)?名")


def _signs_up_for_nothing(ctx: Ctx, msg: GroupMessage) -> bool:
    """A member's clear sign-up ("我要报名") while no event is open in the group (nor a group-buy, whose reader came first)."""
    if ctx.games.open_in("activity", msg.group_id) is not None or not _SIGNUP_WORD.search(msg.text) \
            or not ctx.settings(msg.group_id, msg.group_name).chain.enabled or ctx.is_staff(msg) or is_chain(msg.text):
        return False
    reading = signup_reading(msg.text, guess=False)
    return reading is not None and reading.sure and reading.intent == SIGNUP


@router.natural(_signs_up_for_nothing)
async def signs_up_for_nothing(ctx: Ctx, msg: GroupMessage) -> None:
    """Told once, briefly, that no event takes sign-ups now; a member saying it again, or the next one soon after, hears
    nothing (``Games.allow``: the same throttle as the closed event's reply)."""
    own, group = f"activity-none-open:{msg.group_id}:{msg.sender.id}", f"activity-none-open:{msg.group_id}"
    if ctx.games.would_allow(own, msg.at, NONE_OPEN_EACH) and ctx.games.would_allow(group, msg.at, NONE_OPEN_GROUP):
        ctx.games.allow(own, msg.at, NONE_OPEN_EACH)  # both counted only when she hears it
        ctx.games.allow(group, msg.at, NONE_OPEN_GROUP)
        ctx.reply(msg, "activity_none_open")


async def _sign_up(ctx: Ctx, msg: GroupMessage, live: Deadline, wish: SignUp, dropped: bool = False) -> None:
    """``dropped`` (e33): she said she cannot come on the event's day; a cancel is told her with how to come back."""
    chain = ctx.settings(msg.group_id, msg.group_name).chain
    if wish.people > chain.max_quantity:
        ctx.reply(msg, "activity_too_many", most=chain.max_quantity)
        return
    result = await ctx.db.write(partial(activities.sign_up, activity_id=live.row_id, member_id=msg.sender.id,
                                        name=msg.sender.name, people=wish.people, at=msg.at, add=wish.add,
                                        most=chain.max_quantity))
    if result.status == "none" and wish.add and wish.people > 0:
        # "再加一个" with no sign-up to add to: a sign-up of so many, asked once
        if await ctx.games.ask(msg.group_id, msg.sender.id, Asked("activity", live.row_id, wish.people), msg.at, msg.at + ASK_FOR):
            ctx.reply(msg, "activity_ask", title=live.detail, people=wish.people, cancel=False, unsigned=True, resize=False)
    elif result.status == "too_many":
        ctx.reply(msg, "activity_too_many", most=chain.max_quantity)
    elif result.status == "cancelled" and dropped:
        ctx.reply(msg, "activity_dropped", title=live.detail, left=result.capacity - result.taken)
    elif result.status in ("in", "cancelled"):
        ctx.outbox.gather(msg.group_id, f"activity:{live.row_id}", (msg.sender, result, live.detail),
                          partial(compose_roll, render=ctx.renderer.render, max_mentions=chain.max_mentions),
                          chain.gather_seconds)
    elif result.status == "wait":
        ctx.reply(msg, "activity_waitlisted", position=result.position, people=result.people)
    elif result.status == "same":
        ctx.reply(msg, "activity_same", people=result.people)
    elif result.status == "short":
        ctx.reply(msg, "activity_short", left=result.capacity - result.taken, people=result.people)
    elif result.status == "none":
        if (wish.add or said_to.to_the_list(msg.text, msg.mentions_bot)) and not other_event.says_unsigned(msg.text):  # (c32) "少一个人", "取消我的报名"; not "周日加班 去不了 可惜了"
            ctx.reply(msg, "activity_not_signed_up")
    elif ctx.games.allow(f"activity-closed:{live.row_id}:{msg.sender.id}", msg.at, LONGEST):
        ctx.reply(msg, "activity_closed")
    if result.promoted:
        ctx.say(msg.group_id, "activity_promoted", mentions=tuple(result.promoted), title=live.detail)


def compose_roll(parts: list, render: Callable[..., str], max_mentions: int) -> tuple[str, tuple[str, ...]]:
    """One message for a burst of sign-ups and cancellations, with the seats left."""
    latest = {member.id: (member, result) for member, result, _ in parts}
    last = parts[-1][1]
    shown = list(latest.values())[:max_mentions]
    text = render("activity_roll", title=parts[-1][2], taken=last.taken, left=last.capacity - last.taken,
                  more=len(latest) - len(shown),
                  entries=[{"name": m.name, "people": r.people, "cancelled": r.status == "cancelled", "previous": r.previous}
                           for m, r in shown])
    return text, tuple(m.id for m, _ in shown)


@router.command("名单", aliases=("roster",), min_role=Role.ASSISTANT, usage="/名单（或 /名单 活动名）",
                summary="本群活动的报名名单和候补")
async def roster(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    if args.strip():
        activity = await named_activity(ctx, msg, args.strip())
        if activity is None:
            return
    else:
        activity = await ctx.db.read(partial(activities.latest, group_id=msg.group_id))
    if activity is None:
        ctx.reply(msg, "activity_none")
        return
    listed = await ctx.db.read(partial(activities.roster, activity_id=activity.id))
    ctx.reply(msg, "activity_roster", title=activity.title, starts=_local(activity.starts_at, ctx, msg.group_id),
              capacity=activity.capacity, taken=activity.taken,
              going=[{"name": r.name, "people": r.people} for r in listed.going],
              waiting=[{"name": r.name, "people": r.people} for r in listed.waiting])


async def named_activity(ctx: Ctx, msg: GroupMessage, typed: str) -> Activity | None:
    """The group's event ``typed`` names (open or past), or None, the staff told which names there are: a name that
    fits no open event never means the open one."""
    rows = await ctx.db.read(partial(activities.recent, group_id=msg.group_id))
    picked = pick(typed, rows, lambda activity: activity.title)
    if picked.row is None:
        live = ctx.games.open_in("activity", msg.group_id)
        ctx.reply(msg, "activity_named_unknown", typed=typed, suggestions=list(picked.suggestions),
                  open_title=live.detail if live else "")
    return picked.row


_PLACES_LABELS = ("名额", "人数", "改为", "改成")


@router.command("改名额", aliases=("capacity",), min_role=Role.ASSISTANT, usage="/改名额 活动名 30",
                summary="修改正在报名的活动的名额（名额多了候补自动递补）")
async def set_capacity(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    """"/改名额 绘本共读 30", "/改名额 三十个": the named (or the open) event's places; more places move the waitlist up
    (and tell those moved), fewer than the people on the list are refused."""
    words = args.split()
    said = words.pop() if words else ""
    for label in _PLACES_LABELS:
        said = said.removeprefix(label)
    said = said.lstrip(":：=")
    while words and words[-1].rstrip(":：=") in _PLACES_LABELS:
        words.pop()
    capacity = leading_number(said, "人位个名") if said else None
    if capacity is None or not 1 <= capacity <= MAX_CAPACITY:
        ctx.reply(msg, "activity_capacity_usage", problem="number" if said else "usage", most=MAX_CAPACITY)
        return
    live = ctx.games.open_in("activity", msg.group_id)
    if words:
        activity = await named_activity(ctx, msg, " ".join(words))
        if activity is None:
            return
        if activity.status != "open" or live is None or live.row_id != activity.id:
            ctx.reply(msg, "activity_named_started", title=activity.title, open_title=live.detail if live else "")
            return
    if live is None:
        ctx.reply(msg, "activity_none_live")
        return
    done = await ctx.db.write(partial(activities.set_capacity, activity_id=live.row_id, capacity=capacity))
    if done.status == "closed":
        ctx.reply(msg, "activity_named_started", title=live.detail, open_title="")
    elif done.status == "below":
        ctx.reply(msg, "activity_capacity_refused", title=live.detail, taken=done.taken)
    else:
        ctx.reply(msg, "activity_capacity_changed", title=live.detail, capacity=done.capacity, taken=done.taken,
                  left=done.capacity - done.taken, promoted=len(done.promoted))
        if done.promoted:
            ctx.say(msg.group_id, "activity_promoted", mentions=tuple(done.promoted), title=live.detail, added=True)


@router.command("取消活动", aliases=("撤销活动", "cancelevent"), min_role=Role.ASSISTANT, usage="/取消活动（或 /取消活动 活动名）",
                summary="取消还没开始的活动（报了名的人会收到通知），写错了可以取消后重发")
async def cancel_activity(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    """(c34) Call off the open event (or the one named, if it is the open one): the group hears it, those on the list
    and the waitlist @-ed; the owner may then post it again as she meant it."""
    live = ctx.games.open_in("activity", msg.group_id)
    if args.strip():
        activity = await named_activity(ctx, msg, args.strip())
        if activity is None:
            return
        if activity.status != "open" or live is None or live.row_id != activity.id:
            ctx.reply(msg, "activity_named_started", title=activity.title, open_title=live.detail if live else "")
            return
    if live is None:
        ctx.reply(msg, "activity_none_live")
        return
    told = await ctx.db.write(partial(activities.cancel, activity_id=live.row_id))
    ctx.games.discard(live)
    if told is None:
        ctx.reply(msg, "activity_named_started", title=live.detail, open_title="")
        return
    max_mentions = ctx.settings(msg.group_id, msg.group_name).chain.max_mentions
    ctx.say(msg.group_id, "activity_cancelled", priority=Priority.NOTICE, mentions=tuple(told[:max_mentions]),
            title=live.detail, people=len(told))


# --- the deadline, the reminder, the start -----------------------------------------------------


def _stages(activity: Activity) -> list[tuple[datetime, str]]:
    """What is still to happen, as (when, what)."""
    stages = [(activity.starts_at, "start")]
    if not activity.closed_notice and activity.deadline < activity.starts_at:
        stages.append((activity.deadline, "close"))
    if activity.remind_at is not None and not activity.reminded:
        stages.append((activity.remind_at, "remind"))
    return sorted(stages)


def _next_deadline(activity: Activity) -> Deadline:
    return Deadline("activity", activity.id, activity.group_id, _stages(activity)[0][0], activity.title)


async def advance(ctx: Ctx, deadline: Deadline) -> None:
    """Run every stage that is due (each once: a conditional UPDATE), then wait for the next."""
    now = ctx.clock.now()
    listed = await ctx.db.read(partial(activities.roster, activity_id=deadline.row_id))
    activity = listed.activity
    if activity.status != "open":
        return
    for when, stage in _stages(activity):
        if when > now:
            break
        if stage == "start":
            await ctx.db.write(partial(activities.mark, activity_id=activity.id, status="done"))
            return
        flag = {"close": "closed_notice", "remind": "reminded"}[stage]
        if await ctx.db.write(partial(activities.mark, activity_id=activity.id, **{flag: True})):
            _announce(ctx, stage, listed)
    activity = (await ctx.db.read(partial(activities.roster, activity_id=deadline.row_id))).activity
    ctx.games.add(_next_deadline(activity))


def _announce(ctx: Ctx, stage: str, listed: activities.Roster) -> None:
    activity = listed.activity
    going = [r.member_id for r in listed.going]
    values = dict(title=activity.title, starts=_local(activity.starts_at, ctx, activity.group_id),
                  people=sum(r.people for r in listed.going), members=len(going), waiting=len(listed.waiting),
                  place=activity.place or "")
    if stage == "close":
        ctx.say(activity.group_id, "activity_closed_notice", priority=Priority.NOTICE, **values)
    elif going:
        max_mentions = ctx.settings(activity.group_id, activity.group_name).chain.max_mentions
        ctx.say(activity.group_id, "activity_reminder", priority=Priority.NOTICE,
                mentions=tuple(going[:max_mentions]), more=max(0, len(going) - max_mentions), **values)


def _local(when: datetime, ctx: Ctx, group_id: str) -> str:
    return local_day_text(when, ctx.settings(group_id).zone)


def _live(session) -> list[Deadline]:
    return [_next_deadline(a) for a in activities.live(session)]


DEADLINES = DeadlineKind(load=_live, fire=advance)

# What ``bot.handlers.either`` (a group-buy and an event open at once, R31) uses of this module.
signup_in, enter = _signup_in, _sign_up
