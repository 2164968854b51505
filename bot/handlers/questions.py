"""Answering members' questions to the store (``bot.questions.asking`` reads them): from the FAQ, the product
catalogue and the group's open group-buy, or the group's rules; several in one message in one reply
(``bot.questions.several``), and keeping the goods from the product's own words. A question nothing here answers is
watched, and passed on to the staff if nobody answers it (``bot.questions.watch``)."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from functools import partial

import bot.handlers.asked_when as asked_when
from bot.questions import several
from bot.questions.asking import Reading, asking_clauses, asks_keeping, question_beside, read, spoken
from bot.questions.spoken import mandarin
from bot.questions.untold import untold_part
from bot.questions.faq import CATALOGUE, RULES
from bot.questions.store_hears import REQUEST, pass_on
from bot.language.event_asks import asks_what_to_bring
from bot.questions.happening import (asks_changed_place, asks_event_place, asks_places, asks_signup_deadline, asks_start, asks_whats_on_event,
                                     may_ask_deadline, may_ask_places, of_the_event, other_day_named)
from bot.config.schema import GroupSettings
from bot.context import Ctx
from bot.deadline_text import local_day_text, local_text
from bot.events import GroupMessage
from bot.numbers import money
from bot.questions.asking import RECALLED
from bot.questions.buy_times import asks_next_buy, asks_pickup_when
from bot.questions.offers import (asked_aspects, asked_of_buy, asks_arrival, asks_kinds, asks_pickup_place, asks_whats_on,
                                  keeping_of, kind_listed, kind_named, kinds_of, named, names_other_goods, naming, offers, plainly_asks_kinds,
                                  plainly_asks_pickup, story_line, variant)
from bot.roles import Role
from bot.router import Router
from bot.send_queue import quiet_until
from bot.text import forms, normalize, without_quote
from storage.activities import live_in
from storage.groupbuys import latest, open_in

router = Router("questions")
ADDRESS = "address"  # the FAQ entry of the shop's address
HOURS = "hours"  # ... and of its opening hours ("哪天开始" is read as theirs)
CLOSED_ASKED = timedelta(days=3)  # (m32) "还能订吗" this long after the group's last group-buy closed is answered from it


def _faq(ctx: Ctx, settings: GroupSettings):
    return ctx.faq.get(settings.faq.file) if settings.faq.enabled else None


def _reading(ctx: Ctx, msg: GroupMessage) -> Reading:
    settings = ctx.settings(msg.group_id, msg.group_name)
    return read(without_quote(msg.text), _faq(ctx, settings), settings.faq.threshold, to_bot=msg.mentions_bot,
                extra=tuple(settings.questions.patterns), taken=False)  # the order and sign-up handlers came first


def asks(ctx: Ctx, msg: GroupMessage) -> bool:
    """A member's question (staff saying "营业时间改到9点了" are not asking)."""
    settings = ctx.settings(msg.group_id, msg.group_name)
    return ((settings.faq.enabled or settings.questions.enabled)
            and ctx.role_of(msg.group_id, msg.sender.id, settings) < Role.ASSISTANT
            and (_reading(ctx, msg).asks or _plainly_of_the_open(ctx, msg)))


def _plainly_of_the_open(ctx: Ctx, msg: GroupMessage) -> bool:
    """(k32) A question only the open group-buy or event answers, plain in its words, whatever the learned score says: where
    to collect its goods ("到时候去哪儿拿呀"), which kinds there are ("有哪几个颜色"), when the event is ("陶艺课是几号来着",
    no question mark: 来着 asks), (e33) whether it has places ("满了没 还能报吗"). Of something past ("上次陶艺课是几号来着") it is her memory, not a question."""
    said = without_quote(msg.text)
    if ctx.games.open_in("groupbuy", msg.group_id) is not None and (plainly_asks_pickup(said) or plainly_asks_kinds(said)
                                                                    or kind_named(said) is not None):
        return True  # (s33) "有没有黑色": a kind by its name
    if (asks_pickup_when(said) and ctx.games.open_in("groupbuy", msg.group_id) is not None or asks_next_buy(said)) \
            and not asked_when.for_members(ctx, msg):
        return True  # (e33) "哪天可以去取", "下回啥时候再开团"; (r33) not "@阿花 你的鸡蛋啥时候来拿", not "你又团购啊"
    event = ctx.games.open_in("activity", msg.group_id)
    return event is not None and ((asks_start(said) and of_the_event(said, event.detail) or asks_whats_on_event(said)
                                   or asks_what_to_bring(said, event.detail))  # (v34) "最近有什么活动", "要带啥不"
                                  and not RECALLED.search(normalize(said))  # (r34) of all three: "上次陶艺课是几号来着"
                                  or asks_places(said, event.detail)
                                  or asks_signup_deadline(said, event.detail)  # (x33) "报名什么时候截止"
                                  or asks_changed_place(said, event.detail))  # (e34b) "地方改了？到底在哪儿"


async def answer_beside(ctx: Ctx, msg: GroupMessage, orders: bool = False) -> None:
    """The question beside a sign-up ("我和老伴两个报名，几点开始嘞？", U17) or an order ("我要两份，明天几点能拿？", O18:
    ``orders``) goes the questions' way (the FAQ's answer, or the staff), as if asked alone: the sign-up or group-buy handler
    took the message, and the questions handler comes last. Members only, where the group answers questions."""
    settings = ctx.settings(msg.group_id, msg.group_name)
    if ctx.is_staff(msg) or not (settings.faq.enabled or settings.questions.enabled):
        return
    beside = question_beside(without_quote(msg.text), _faq(ctx, settings), settings.faq.threshold, orders=orders)
    asked = replace(msg, text=beside[1], quote=None) if beside is not None else None
    if asked is not None and asks(ctx, asked):
        await answer(ctx, asked)


@router.natural(asks, private=True)
async def answer(ctx: Ctx, msg: GroupMessage) -> None:
    """Also asked privately (D32): answered there the same way; one nothing answers is not watched (nobody in the group
    saw it), she is told to ask in the group."""
    settings = ctx.settings(msg.group_id, msg.group_name)
    reading = _reading(ctx, msg)
    if (parts := several.questions(without_quote(msg.text), _faq(ctx, settings), settings.faq.threshold)) \
            and await _answer_each(ctx, msg, settings, parts):  # "几点开门？在哪里取货？": one reply, an answer a line
        return
    if reading.topic is None and await _answer_keeping(ctx, msg):
        return
    if reading.topic != RULES and await _answer_event_place(ctx, msg, settings):
        return  # (m32) "活动在哪儿": where the open event is held, whichever entry the words are nearest (the address, how to join)
    if reading.topic == RULES:
        ctx.reply(msg, "rules_answer", **_rules_values(ctx, settings, reading))
        return
    if await asked_when.answer(ctx, msg, settings):
        return  # (e33) "几号能拿到", "明天还开团不": when, not where; the open group-buy or the staff
    if await _answer_whats_on_event(ctx, msg):
        return  # (v34) "这周六有啥活动吗？": the open event
    if reading.topic in (None, CATALOGUE, HOURS) and await _answer_event_start(ctx, msg):
        return
    if await _answer_event_deadline(ctx, msg):
        return  # (x33) "报名什么时候截止", "还有几天截止报名": the open event's own sign-up deadline
    if await _answer_event_places(ctx, msg):
        return
    if await _answer_closed_buy(ctx, msg):
        return
    if reading.topic == CATALOGUE and (await _answer_whats_on(ctx, msg) or await _answer_from_catalogue(ctx, msg)):
        return
    if _of_the_buy(reading, without_quote(msg.text)) and await _answer_from_catalogue(ctx, msg):
        return  # (G31) "在哪里拿货呀", "最晚几点截止" with a group-buy open: its own pickup point and cut-off, not the shop's
    if reading.entry is not None and reading.topic != CATALOGUE:
        if await _answer_passing_part(ctx, msg, settings, reading):
            return  # (q34) "积分会不会过期": the points' answer, and whether they expire for the staff
        ctx.reply(msg, "faq_answer", answer=reading.entry.answer, topic=f"faq:{reading.entry.id}")
        return
    if msg.private:  # (d34) nobody in the group saw it: the staff hear it now, and answer her privately
        await pass_on(ctx, msg, settings, REQUEST)
        ctx.reply(msg, "direct_passed_on")
    elif settings.questions.enabled:
        await ctx.questions.ask(ctx, msg, settings)
        _tell_passed_on(ctx, msg, settings)


async def _answer_passing_part(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, reading: Reading) -> bool:
    """(q34) A question of the entry's topic asking a detail its answer does not tell (``bot.questions.untold.untold_part``:
    "积分会不会过期", "快递寄到洛阳要几天"): the entry's answer, and the part it cannot answer named as the staff's (template
    ``faq_answers``, as for several questions), watched like any question; privately the staff hear it at once."""
    said = without_quote(msg.text)
    answer = reading.entry.answer
    if untold_part(mandarin(forms(said).folded), answer) is None:
        return False
    part = next((clause for clause in asking_clauses(spoken(said))
                 if untold_part(mandarin(forms(clause).folded), answer) is not None), said.strip())
    passed = settings.questions.enabled or msg.private
    ctx.reply(msg, "faq_answers", answers=[answer], staff=[part[:PART_SHOWN]] if passed else [],
              topic=f"faq:{reading.entry.id}")
    if msg.private:
        await pass_on(ctx, msg, settings, REQUEST)
    elif passed:
        await ctx.questions.ask(ctx, msg, settings)
    return True


PART_SHOWN = 30  # characters of the part passed on, repeated in the reply at most


PASSED_ON_EACH = timedelta(hours=1)  # (r33) one "店员会回复您" to a member this long, whatever she asks...
PASSED_ON_GROUP = 6  # ...and at most this many in a group within PASSED_ON_WINDOW
PASSED_ON_WINDOW = timedelta(hours=1)


def _tell_passed_on(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> None:
    """(e33) A question nothing here answers, noted for the staff ("你们家有豆浆粉卖吗"): she hears at once that the store
    will answer (template ``question_passed_on``; outside ``questions.opening_hours``, when it opens). (r33) At most once
    a member in ``PASSED_ON_EACH`` whatever she asks, and ``PASSED_ON_GROUP`` notes in a group in ``PASSED_ON_WINDOW``:
    the throttle keys are per group and member, never per question text; nothing in the group's quiet hours when
    replies wait for the morning (a note held overnight is no answer)."""
    if not may_note(ctx, msg, settings, "question-passed-on", PASSED_ON_EACH):
        return
    hours = settings.questions.opening_hours
    closed = hours is not None and not hours.contains(msg.at.astimezone(settings.zone).time())
    ctx.reply(msg, "question_passed_on", closed=closed, opens=hours.start.strftime("%H:%M") if hours else "")


def may_note(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, name: str, each: timedelta) -> bool:
    """Whether a note of the kind ``name`` may be said to her in the group now: not in the group's quiet hours when
    replies wait for the morning, once a member in ``each``, ``PASSED_ON_GROUP`` of the kind in a group in
    ``PASSED_ON_WINDOW`` (counted only when True: she hears it). (d34) Also the complaint's note."""
    if not settings.posting.replies_in_quiet_hours and quiet_until(settings, msg.at) is not None:
        return False
    own = f"{name}:{msg.group_id}:{msg.sender.id}"
    slots = [f"{name}:{msg.group_id}#{n}" for n in range(PASSED_ON_GROUP)]
    free = next((slot for slot in slots if ctx.games.would_allow(slot, msg.at, PASSED_ON_WINDOW)), None)
    if free is None or not ctx.games.would_allow(own, msg.at, each):
        return False
    ctx.games.allow(own, msg.at, each)
    ctx.games.allow(free, msg.at, PASSED_ON_WINDOW)
    return True


def _of_the_buy(reading: Reading, said: str) -> bool:
    """(G31) A question read as the shop's address or hours, or as nothing an entry answers ("还来得及接龙吗"), that asks where goods are collected ("在哪里拿货呀") or when
    orders close ("最晚几点截止"): the open group-buy's, when one is open (``_catalogue`` looks)."""
    return (reading.topic in (ADDRESS, None) and asks_pickup_place(said)
            or reading.topic in (HOURS, None) and bool(asked_of_buy(said))
            or reading.topic != CATALOGUE and (plainly_asks_kinds(said) or kind_named(said) is not None))  # (k32) "有哪几个颜色" read as returns: the kinds


async def _answer_from_catalogue(ctx: Ctx, msg: GroupMessage) -> bool:
    """Price, stock or pickup of the offer the question names; False when it names none we know, asks
    for a kind of it the offer does not say ("有没有双黄蛋" of the eggs: their stock is not its), or asks what
    the goods are rather than their price, stock or pickup ("小米是五常的吗": the staff know, the catalogue does not)."""
    values = await _catalogue(ctx, msg, without_quote(msg.text))
    if values is None:
        return False
    ctx.reply(msg, "catalogue_answer", topic=f"offer:{values['name']}", **values)
    return True


async def _answer_whats_on(ctx: Ctx, msg: GroupMessage) -> bool:
    """What the group-buy is today, asked naming no goods ("今天团的是什么"): the open one, with how to join it; False
    when none is open (the staff answer: they know what comes next)."""
    if not asks_whats_on(without_quote(msg.text)):
        return False
    buy = await ctx.db.read(partial(open_in, group_id=msg.group_id), logs=False)
    if buy is None:
        return False
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    ctx.reply(msg, "whats_on_answer", topic=f"offer:{buy.item}", item=buy.item, price=money(buy.price),
              left=max(buy.stock - buy.sold, 0), deadline=local_text(buy.deadline, zone),
              pickup=buy.pickup)
    return True


async def _answer_event_start(ctx: Ctx, msg: GroupMessage) -> bool:
    """(G31) When the open event starts, asked without naming it ("几点开始啊", beside a sign-up or after one): its own
    start time; False when no event is open (the staff answer, as before). (m32) Asked of another day than its own
    ("周日几点" of an event on Saturday, "明天几点开始"), she hears its own day, never her day's answer."""
    if not asks_start(without_quote(msg.text)):
        return False
    event = await ctx.db.read(partial(live_in, group_id=msg.group_id), logs=False)
    if event is None or not of_the_event(without_quote(msg.text), event.title):
        return False
    settings = ctx.settings(msg.group_id, msg.group_name)
    zone = settings.zone
    other = other_day_named(without_quote(msg.text), event.starts_at.astimezone(zone).date(), msg.at.astimezone(zone).date())
    bring = asks_what_to_bring(without_quote(msg.text), event.title) and settings.questions.enabled and not msg.private
    ctx.reply(msg, "event_start_answer", topic=f"event:{event.id}", title=event.title, place=event.place or "",
              starts=local_day_text(event.starts_at, zone), asked_day=other or "",  # (m32) "周日几点" of Saturday's
              bring=bring)
    if bring:  # (v34) "几点到啊 要带啥不": the time is the event's; what to bring, the staff's (watched)
        await ctx.questions.ask(ctx, msg, settings)
    return True


async def _answer_whats_on_event(ctx: Ctx, msg: GroupMessage) -> bool:
    """(v34) Which events are on ("这周六有啥活动吗？", "最近有什么活动", "周末店里搞活动不"): the open event — its title, day
    and time, place and places left; asked of another day than its own, she hears that day has none and its own. False
    with no event open (the staff answer, as before)."""
    said = without_quote(msg.text)
    if not asks_whats_on_event(said):
        return False
    event = await ctx.db.read(partial(live_in, group_id=msg.group_id), logs=False)
    if event is None:
        return False
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    left, state = _standing(event, msg.at)
    other = other_day_named(said, event.starts_at.astimezone(zone).date(), msg.at.astimezone(zone).date())
    ctx.reply(msg, "event_whats_on_answer", topic=f"event:{event.id}", title=event.title, place=event.place or "",
              starts=local_day_text(event.starts_at, zone), state=state, left=left, asked_day=other or "")
    return True


async def _answer_event_place(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> bool:
    """(m32) Where the open event is held ("在哪里举行", "活动在哪儿", "地点在哪"): its own place (/活动 … 地点：…, /活动地点),
    else the shop's address (the FAQ's address entry, if the group's FAQ has one). False with no event open, or no place
    and no address (the staff answer)."""
    said = without_quote(msg.text)
    event = await ctx.db.read(partial(live_in, group_id=msg.group_id), logs=False)
    if event is None or not asks_event_place(said, event.title):
        return False
    faq = _faq(ctx, settings)
    address = next((e.answer for e in faq.entries if e.id == ADDRESS), "") if faq is not None and not event.place else ""
    if not event.place and not address:
        return False
    ctx.reply(msg, "event_place_answer", topic=f"event:{event.id}", title=event.title, place=event.place or "",
              address=address, starts=local_day_text(event.starts_at, settings.zone))
    return True


def _standing(event, at) -> tuple[int, str]:
    """The open event's places left and whether it is open, full or closed (its deadline or start passed) at ``at``."""
    left = max(event.capacity - event.taken, 0)
    return left, "closed" if at >= event.deadline or at >= event.starts_at else "full" if left == 0 else "open"


async def _answer_event_deadline(ctx: Ctx, msg: GroupMessage) -> bool:
    """(x33) When sign-ups for the open event close ("报名什么时候截止？", "报名到几号", "还有几天截止报名"), asked naming it or
    nothing else: its own deadline (/活动 … 截止…), or, when none was set (the deadline is its start), that sign-ups stay
    open until it starts or its places run out; closed or full, said so. False with no event open (the staff answer)."""
    said = without_quote(msg.text)
    if not may_ask_deadline(said):  # no database read for every other question
        return False
    event = await ctx.db.read(partial(live_in, group_id=msg.group_id), logs=False)
    if event is None or not asks_signup_deadline(said, event.title):
        return False
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    left, state = _standing(event, msg.at)
    ctx.reply(msg, "event_deadline_answer", topic=f"event:{event.id}", title=event.title, state=state, left=left,
              deadline=local_day_text(event.deadline, zone), starts=local_day_text(event.starts_at, zone),
              own=event.deadline < event.starts_at)
    return True


async def _answer_event_places(ctx: Ctx, msg: GroupMessage) -> bool:
    """(e31) Whether the open event still takes sign-ups and how many places are left ("还能报名不", "还有名额没"), asked
    naming it or nothing else: from its own row (capacity less the people signed up; closed at its deadline; full: the
    waitlist). False when no event is open (the staff answer, as before)."""
    said = without_quote(msg.text)
    if not may_ask_places(said):
        return False
    event = await ctx.db.read(partial(live_in, group_id=msg.group_id), logs=False)
    if event is None or not asks_places(said, event.title):
        return False
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    left, state = _standing(event, msg.at)
    ctx.reply(msg, "event_places_answer", topic=f"event:{event.id}", title=event.title, state=state, left=left,
              capacity=event.capacity, deadline=local_day_text(event.deadline, zone),
              starts=local_day_text(event.starts_at, zone))
    return True


async def _answer_closed_buy(ctx: Ctx, msg: GroupMessage) -> bool:
    """(m32) Whether she can still order, or when it closes ("还能订吗", "现在还能接龙不", "我还能要一份吗"), asked after the
    group's group-buy closed, naming no other goods: it is closed, and since when (its cut-off, or the staff's /截单).
    False with a group-buy open (its own answer), none closed within ``CLOSED_ASKED``, or other goods named."""
    said = without_quote(msg.text)
    if not asked_of_buy(said):
        return False
    buy = await ctx.db.read(partial(latest, group_id=msg.group_id), logs=False)
    if buy is None or buy.status != "closed":
        return False
    closed = min(buy.closed_at or buy.deadline, buy.deadline)
    names = tuple(p.name for p in ctx.content.products)
    if not closed <= msg.at <= closed + CLOSED_ASKED or names_other_goods(said, buy.item) or (
            naming(msg.text, (buy.item,)) is None and naming(msg.text, names) is not None):
        return False  # "汤圆还能订吗" with the dates' group-buy closed: of another product (the catalogue's, or the staff)
    ctx.reply(msg, "groupbuy_closed_answer", topic=f"offer:{buy.item}", item=buy.item,
              closed=local_text(closed, ctx.settings(msg.group_id, msg.group_name).zone))
    return True


async def _catalogue(ctx: Ctx, msg: GroupMessage, said: str) -> dict | None:
    """The catalogue answer's values for ``said`` (the message, or one of its questions), the offer named anywhere in
    the message ("汤圆多少钱？几号能拿？": the second question is about the same goods); None when it cannot answer.
    (G31) A question naming no goods ("还剩几份了", "几点截单", "还能订吗", "在哪提货") is about the open group-buy; of it
    the cut-off and whether orders are still taken are asked too, and of any offer its kinds ("有什么颜色") and what its
    own words in products.yaml say ("是今年的新米吗")."""
    buy = await ctx.db.read(partial(open_in, group_id=msg.group_id), logs=False)
    found = offers(ctx.content.products, buy)
    offer = named(msg.text, found)  # a quoted product post names it too
    if offer is None and buy is not None and not asks_arrival(said) and not names_other_goods(said, found[0].name):
        offer = found[0]  # naming no goods, she asks about the goods on offer ("什么时候到货" is the staff's: it is theirs)
    if offer is None:
        return None
    kind = kind_named(said)  # (s33) "有没有黑色": one kind, by its name
    # (s33) the kinds the goods' words list: its story in products.yaml, else its name as the staff typed it at /开团
    listed = kinds_of(offer.story) or (kinds_of(offer.name) if kind or asks_kinds(said) else ())
    if variant(said, offer.name) and not plainly_asks_kinds(said) and not (kind and listed):
        return None  # (k32) "有哪几个颜色" is no other kind
    aspects = asked_aspects(said) + (asked_of_buy(said) if offer.open_buy else [])
    if kind and listed and aspects == ["stock"]:
        aspects = []  # (s33) "有没有黑色" asks for the colour, not how many are left
    if asks_pickup_place(said) and "pickup" not in aspects:
        aspects.append("pickup")  # "蛋在哪儿拿"
    kinds = listed if asks_kinds(said) or kind and listed else ()
    line = None if aspects or kinds else story_line(said, offer.story, offer.name)
    if not (aspects or kinds or line) or (aspects == ["pickup"] and not offer.pickup):
        return None
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    return dict(name=offer.name, price=offer.price, promo_price=offer.promo_price, left=max(offer.left, 0),
                pickup=offer.pickup, asked=aspects, kinds=list(kinds), told=line or "",
                kind=kind if kind and kinds else "", kind_listed=kind_listed(kind, kinds) if kind and kinds else "",
                deadline=local_text(buy.deadline, zone) if offer.open_buy else "")


async def _answer_keeping(ctx: Ctx, msg: GroupMessage) -> bool:
    """How to keep or cook goods, from the product's own words when its story says it ("鸡蛋要冷藏吗"); else the staff."""
    line = _keeping_line(ctx, without_quote(msg.text), msg.text)
    if line is None:
        return False
    ctx.reply(msg, "faq_answer", answer=line, topic="keeping")
    return True


def _keeping_line(ctx: Ctx, said: str, text: str) -> str | None:
    if not asks_keeping(said):
        return None
    products = ctx.content.products
    index = naming(text, tuple(p.name for p in products))
    how = None if index is None else keeping_of(products[index].story)
    return None if how is None else ctx.renderer.render("keeping_answer", name=products[index].name, how=how)


async def _answer_each(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, parts: tuple[several.Part, ...]) -> bool:
    """Several questions in one message: one reply, each answer on its own line, and the questions no entry answers
    named as the staff's (watched like any question). False when none of them is answered here: as before, the
    staff see the whole message."""
    answers, staff, ids = [], [], []
    for part in parts:
        line = await _line(ctx, msg, settings, part)
        if line is None:
            staff.append(part.said)
        else:
            answers.append(line)
            ids.append(part.reading.topic or "keeping")
    if not answers:
        return False
    watched = bool(staff) and settings.questions.enabled and not msg.private  # (D32) in private nobody else sees it
    ctx.reply(msg, "faq_answers", answers=answers, staff=staff if watched else [], topic="faq:" + "+".join(ids))
    if watched:
        await ctx.questions.ask(ctx, msg, settings)
    return True


def _rules_values(ctx: Ctx, settings: GroupSettings, reading: Reading) -> dict:
    """The rules answer's values: the summary, the enforced rules' titles once each, the entry's own answer as fallback."""
    rules = [rule.spec.title for rule in ctx.rules(settings) if not rule.spec.shadow]
    return dict(summary=settings.welcome.rules_summary, rules=list(dict.fromkeys(rules)),
                fallback=reading.entry.answer if reading.entry else "")


async def _line(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, part: several.Part) -> str | None:
    """One question's answer as a line of the reply (the templates the single answers use), or None: the staff's."""
    reading = part.reading
    if reading.topic == RULES:
        return ctx.renderer.render("rules_answer", **_rules_values(ctx, settings, reading))
    if reading.topic == CATALOGUE:
        values = await _catalogue(ctx, msg, part.said)
        return None if values is None else ctx.renderer.render("catalogue_answer", **values)
    if reading.entry is not None:
        return ctx.renderer.render("faq_answer", answer=reading.entry.answer)
    return _keeping_line(ctx, part.said, msg.text)
