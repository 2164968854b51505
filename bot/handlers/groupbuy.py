"""Group-buys (团购接龙): staff open one, members order in plain words or by 接龙, the bot keeps
the stock and the cut-off in SQL and answers a flood with calm running totals.

/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A      (or a catalogue id: /开团 p-millet 截止明天20:00)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import partial
from typing import Callable

from bot.chain import cancel_count, friends, how_many, resize, weights
from bot.chain.text import Order, as_order, chain_order, clean, is_chain, order_reading
from bot.command_args import count_word, read_fields
from bot.context import Ctx
from bot.handlers.activity import answers_ask
from bot.handlers.lottery import draw_beside  # the module itself, not through bot/handlers/__init__
from bot.handlers.questions import answer_beside
from bot.deadline_text import DEADLINE_LABELS, assumed, deadline_within, in_past, labelled_deadline, local_text, time_piece, time_said
from bot.named import pick
from bot.moderation.escalation import alert_staff, staff_to_tell
from bot.events import GroupMessage, Kind
from bot.games import SUGGESTION_HELD, Asked, Deadline, DeadlineKind, Suggested
from bot.language.classifiers import as_portions
from bot.language.intents import CANCEL, ORDER, answer, declined
from bot.language.order_checks import LARGE
from bot.language import said_to
from bot.language.names import find
from bot.language.numbers import UNITS, leading_number
from bot.members import display_names
from bot.numbers import money, plain_amount, spoken_amount, unit_price
from bot.questions.asking import question_first
from bot.questions.offers import kinds_of, naming, without_kinds
from bot.roles import Role
from bot.questions.store_hears import complaint_beside
from bot.router import Router
from bot.send_queue import Priority
from bot.text import normalize, without_quote
from storage import groupbuys

router = Router("groupbuy")

LONGEST = timedelta(days=30)
LATE_WINDOW = timedelta(hours=12)  # after the cut-off, orders are answered "closed" this long, then ignored
MAX_STOCK = 100_000
SUMMARY_LINES = 100  # /汇总 lists this many orders; the pick list has them all
DEFAULT_PICKUP = "门店自提"
_LABELS = {"库存": "stock", "限量": "stock", "数量": "stock", "自提点": "pickup", "自提": "pickup", "提货点": "pickup",
           "提货地点": "pickup", "自提地点": "pickup", "取货点": "pickup", "提货": "pickup", "取货": "pickup",
           "价格": "price", "单价": "price", **{word: "deadline" for word in DEADLINE_LABELS}}
# A word that is a price ("¥25", "￥三十九", "39.9元", "三十九块九"); "草莓¥39" is two words.
_WORDS = re.compile(r"\s+|(?=[¥￥])")

@dataclass(frozen=True)
class BuyRequest:
    item: str
    price: float | None
    stock: int | None
    deadline: str
    pickup: str


class BadRequest(ValueError):
    """``args[0]`` names the problem for the ``groupbuy_usage`` template; ``args[1]``, if any, the
    catalogue names close to an unknown product; ``args[2]``, if any, the owner's own words not understood (g34)."""


_STOCK_WORDS = ("库存", "限量", "数量", "剩")  # (g34) "库存五十份" written as one word anywhere
_PICKUP_WORD = re.compile(r"自提|提货|取货")  # (g34) "周四门店自提", "店里提货" without 自提点


def parse_request(args: str) -> BuyRequest:
    """'鸡蛋30枚 ¥25 库存50 截止20:00 自提点A'; a catalogue id may stand for the item (price and stock from it). (g34) The
    fields in any order, as owners type them: '小葱 3元一捆 库存五十 明天下午5点截单 周四门店自提'; the item is what remains."""
    fields = read_fields(labelled_deadline(args), _LABELS, short=("stock", "price"), timed=("deadline",),
                         placed=("pickup",))
    values, words = dict(fields.values), [w for w in fields.loose for w in _WORDS.split(w) if w]
    if fields.labels.get("pickup") == "自提点" and not fields.separated["pickup"]:
        values["pickup"] = "自提点" + values["pickup"]  # "自提点A" is the point's name
    price_text = values.get("price", "")
    priced = [w for w in words[1:] if unit_price(w) is not None] or [w for w in words[:1] if unit_price(w) is not None]
    if priced:  # the last word written as money is the price: "鸡蛋30枚 ¥25", "草莓 ￥三十九", "小葱 3元一捆"
        words.remove(priced[-1])
        price_text = priced[-1]
    counted = [w for i, w in enumerate(words) if count_word(w, _STOCK_WORDS, "份") and (i or w.startswith(_STOCK_WORDS))]
    if counted and not values.get("stock"):  # "五十份", "库存五十份"; not "10斤" (a size: "五常大米 10斤")
        values["stock"] = counted[0]
        words.remove(counted[0])
    times = [w for w in words[1:] if time_piece(w)]
    if times and not values.get("deadline"):  # "明晚8点" alone: when it closes
        values["deadline"] = time_said(times)
        words = [w for w in words if w not in times]
    pickups = [w for w in words[1:] if _PICKUP_WORD.search(w)]
    if pickups and not values.get("pickup"):
        words.remove(pickups[-1])  # "周四门店自提" -> "周四门店" (the notice says "…提货")
        values["pickup"] = re.sub(r"(?:自提|提货|取货)$", "", pickups[-1]) or pickups[-1]
    item = " ".join(words)
    if not item:
        raise BadRequest("item")
    if not values.get("deadline"):
        raise BadRequest("deadline")
    price_value = _price(price_text) if price_text else None
    stock_text = values.get("stock", "")
    stock = count_word(stock_text, _STOCK_WORDS, UNITS, bare=True) if stock_text else None  # "50", "五十份", (r34) "五十包"
    if re.search("[¥￥]", item) or (price_text and (price_value is None or price_value <= 0)):  # "¥-5", "价格nan"
        raise BadRequest("price_number", (), price_text)
    if stock_text and (stock is None or not 1 <= stock <= MAX_STOCK):
        raise BadRequest("stock_number", (), stock_text)  # "库存十" and "库存50份" are fine; "库存很多" is not
    return BuyRequest(item, price_value, stock, values["deadline"], values.get("pickup") or DEFAULT_PICKUP)


def _price(text: str) -> float | None:
    """'25', '¥39.9', '25元', '二十五元', '三十九块九', '3元/捆' -> yuan; None if not a price."""
    return plain_amount(text) or unit_price(text)


@router.command("开团", aliases=("groupbuy", "团购"), min_role=Role.ASSISTANT,
                usage="/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A（或 /开团 商品编号 截止20:00）",
                summary="开一个团购接龙（库存、截单时间、自提点）")
async def open_buy(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    request = None
    try:
        request = parse_request(args)
        deadline = deadline_within(request.deadline, msg.at, settings.zone, LONGEST)
        if deadline is None:
            raise BadRequest("past" if in_past(request.deadline, msg.at, settings.zone) else "deadline", (), request.deadline)
        found = find(request.item, {name: p for p in ctx.content.products for name in (p.id, p.name)})
        product = found.thing
        price = request.price or (product and (product.promo_price or product.price))
        stock = request.stock or (product and product.stock)
        if not price or not stock:
            said_one = request.price is not None or request.stock is not None  # (g34) a new item: name what is missing
            raise BadRequest("unknown_product" if found.suggestions and not said_one else "price" if not price else "stock",
                             found.suggestions)
    except BadRequest as exc:
        suggestions = list(exc.args[1]) if len(exc.args) > 1 else []
        confirm = exc.args[0] == "unknown_product" and len(suggestions) == 1 and request is not None and request.item in args
        if confirm:  # (F31) one name suggested: her "是" opens it (``admin.suggestion_confirmed``)
            await ctx.games.suggest(msg.group_id, msg.sender.id, Suggested("/开团 " + args.replace(request.item, suggestions[0], 1)),
                              msg.at + SUGGESTION_HELD)
        ctx.reply(msg, "groupbuy_usage", problem=exc.args[0], item=request.item if request is not None else "",
                  suggestions=suggestions, confirm=confirm, typed=exc.args[2] if len(exc.args) > 2 else "")
        return
    buy = await ctx.db.write(partial(
        groupbuys.open_buy, group_id=msg.group_id, group_name=msg.group_name, opened_by=msg.sender.id,
        product_id=product.id if product else None, item=product.name if product else request.item,
        price=float(price), stock=int(stock), deadline=deadline, pickup=request.pickup))
    if buy is None:
        live = ctx.games.open_in("groupbuy", msg.group_id)  # (c34) which buy is open, and how to close it
        ctx.reply(msg, "groupbuy_busy", open_item=live.detail if live else "")
        return
    ctx.games.add(Deadline("groupbuy", buy.id, msg.group_id, buy.deadline, buy.item))
    await ctx.games.announced("groupbuy", msg.group_id, msg.at)
    ctx.say(msg.group_id, "groupbuy_opened", priority=Priority.NOTICE, buy_id=buy.id, item=buy.item,
            price=money(buy.price), stock=buy.stock, pickup=buy.pickup, story=product.story if product else "",
            deadline=local_text(buy.deadline, settings.zone))
    if times := assumed([(request.deadline, deadline)], settings.zone):
        ctx.reply(msg, "time_assumed", times=times)


# --- orders -----------------------------------------------------------------------------


ASK_FOR = timedelta(minutes=10)  # a question ("您是要订 2 份鸡蛋吗？", "您要订几份鸡蛋呢？") waits this long for its answer


def _order_in(ctx: Ctx, msg: GroupMessage) -> tuple[Order, bool] | None:
    """What this message orders in the group's open group-buy, if anything, and whether surely so."""
    deadline = _buy_deadline(ctx, msg.group_id)
    if deadline is None or not ctx.settings(msg.group_id, msg.group_name).chain.enabled:
        return None
    if is_chain(msg.text):
        if _is_activity_chain(ctx, msg):
            return None
        others = set(display_names(ctx, msg.group_id).values()) - {msg.sender.name}
        line = chain_order(msg.text, msg.sender.name, others)  # the poster's line: its count, or its edit (2改3, 取消)
        return (as_order(line), True) if line else None
    staff = ctx.is_staff(msg)  # the staff's notices ("改成每份12个了") are the rules' alone: never the score's
    reading = _with_kind(ctx, msg.text, deadline.detail, order_reading(msg.text, deadline.detail, guess=not staff), staff)
    if reading is None or (not reading.sure and deadline.kind != "groupbuy"):
        return None  # after the cut-off only a clear order hears that it is closed
    if not reading.sure and staff:
        return None  # the staff's notices ("改成每份12个了", "取消订单的请私聊我") are never asked back
    if not reading.sure and _asks_first(ctx, msg):
        return None  # "汤圆还有没有货啊 我姐也想要": her question is answered (the questions handler), not asked back
    return weights.by_weight(as_order(reading), msg.text, deadline.detail), reading.sure  # (m32) "两斤" of a 1kg bag: 1 份


def _with_kind(ctx: Ctx, text: str, item: str, reading, staff: bool):
    """(G31) An order naming a kind of the open product ("我要一条焦糖色的", "酒红色来两条", "+1 要酒红色"): the kinds its
    words in products.yaml list ("燕麦、焦糖、酒红三色") are no other goods, so the message is read without them; a sure
    order so read is taken (with its count), an order still unsure is asked. A word that is no kind of it ("我要一条鱼")
    leaves the reading as it was. A group-buy opened by a name of its own reads the kinds of the catalogue's goods closest
    to that name: its kinds only let an order of the open product through, never change what is ordered."""
    if reading is not None and reading.sure:
        return reading
    products = ctx.content.products
    closest = naming(item, tuple(p.name for p in products))  # "/开团 羊绒围巾 ¥99": the catalogue's 羊绒混纺围巾 lists its kinds
    story = next((p.story for p in products if p.name == item), products[closest].story if closest is not None else "")
    plain = without_kinds(text, kinds_of(story))
    again = order_reading(plain, item, guess=not staff) if plain else None
    if again is None or again.intent != ORDER or not (again.sure or reading is None and again.amount > 0):
        return reading
    return again


def _asks_first(ctx: Ctx, msg: GroupMessage) -> bool:
    """A question to the store the FAQ answers, then a remark the order reader only guessed an order in."""
    settings = ctx.settings(msg.group_id, msg.group_name)
    faq = ctx.faq.get(settings.faq.file) if settings.faq.enabled else None
    return faq is not None and question_first(without_quote(msg.text), faq, settings.faq.threshold)


def _buy_deadline(ctx: Ctx, group_id: str) -> Deadline | None:
    """The open group-buy, or one closed within ``LATE_WINDOW`` (so late orders hear it is closed)."""
    return ctx.games.open_in("groupbuy", group_id) or ctx.games.open_in("groupbuy_late", group_id)


def _is_activity_chain(ctx: Ctx, msg: GroupMessage) -> bool:
    """A chain naming the open event's title is a sign-up list, not an order list."""
    activity = ctx.games.open_in("activity", msg.group_id)
    return activity is not None and normalize(activity.detail) in normalize("".join(clean(msg.text).splitlines()[:2]))


COUNT_ASKED = "groupbuy_count"  # the kind of question "您要订几份…呢？" (an order whose count was left open, O16)
COUNT_ASKED_AGAIN = "groupbuy_count_again"  # the same question asked a second time, after a yes with no count (O17)
_HOW_MANY = (COUNT_ASKED, COUNT_ASKED_AGAIN)
_ORDER_ASKS = ("groupbuy", *_HOW_MANY)  # (a33) what her own order settles (a31's "改还是加？" is answered by 改/加 only)
RESIZE_ASKED = "groupbuy_resize"  # (a31) "您已订 3 份，是改成 1 份，还是再加 1 份？" (amount: the count she said)


def _confirmed(ctx: Ctx, msg: GroupMessage) -> tuple[int, Order | None] | None:
    """The order this member was asked about, if this message answers the question: (the group-buy, the order to
    place, None when she says no). "How many?" is answered by a count ("两份", "3"), or declined ("不要了")."""
    asked = ctx.games.asked(msg.group_id, msg.sender.id, msg.at)
    if asked is None or asked.kind not in ("groupbuy", RESIZE_ASKED, *_HOW_MANY):
        return None
    if asked.kind == RESIZE_ASKED:  # "改" sets her order to the count she said, "加" adds it; a bare yes says neither
        picked = resize.choice(msg.text)
        if picked in ("set", "add"):
            return asked.row_id, Order(asked.amount, picked == "add")
        return (asked.row_id, None) if picked == "no" else None
    said = answer(msg.text, act="order")
    if asked.kind in _HOW_MANY:
        count = _count_answered(msg.text, _buy_item(ctx, msg.group_id, asked.row_id))
        if count is not None:
            return asked.row_id, Order(count)
        return (asked.row_id, None) if how_many.let_go(msg.text, _dropped(msg.text)) else None
    if said is None:
        return None
    return asked.row_id, Order(asked.amount, asked.add) if said else None


def _count_answered(text: str, item: str = "") -> int | None:
    """The count a member gives when asked how many: "两份", "3份吧", "就三个", or a number alone ("2", "三"); a count
    the readers would confirm first (``LARGE`` and more: "100份", "520") is no answer here. (m32) A weight of goods sold
    by weight ("两斤" of a 1kg bag) answers in portions when it divides, and is no answer when it does not."""
    text = as_portions(text, item) if item else text  # (o33) "两顶" of a hat
    reading = order_reading(text, None, guess=False)
    sure = reading.amount if reading is not None and reading.sure and reading.intent == ORDER and not reading.add else None
    count = how_many.count_answered(text, sure, UNITS, LARGE)
    if count is None or not item:
        return count
    converted = weights.portions(text, item, count)
    return count if converted is True else converted


def _buy_item(ctx: Ctx, group_id: str, row_id: int) -> str:
    """The name of the group-buy a question was asked of ("" when it is no longer the group's open one)."""
    deadline = _buy_deadline(ctx, group_id)
    return deadline.detail if deadline is not None and deadline.row_id == row_id else ""


def _dropped(text: str) -> bool:
    """"算了不要了", "那就取消吧" answering "how many?": she lets the order she left open go (O18) — no order of hers to
    cancel, so not "您还没有订哦", but the question's own close."""
    reading = order_reading(text, None, guess=False)
    return reading is not None and reading.intent == CANCEL


def _yes_without_count(ctx: Ctx, msg: GroupMessage) -> Asked | None:
    """The first "how many?" this member was asked, if she answers it with a yes and no count ("好的", "嗯", "是"): she
    believes she answered, so she is asked again, once (a second yes to the second question is left alone)."""
    asked = ctx.games.asked(msg.group_id, msg.sender.id, msg.at)
    if asked is None or asked.kind != COUNT_ASKED:
        return None
    return asked if how_many.yes_without_count(msg.text, _count_answered(msg.text) is not None) else None


def _yes_to_resize(ctx: Ctx, msg: GroupMessage) -> Asked | None:
    """(a31) "改还是加？" answered by a bare yes ("是", "好的"): she is told once to say which; nothing is changed."""
    asked = ctx.games.asked(msg.group_id, msg.sender.id, msg.at)
    if asked is None or asked.kind != RESIZE_ASKED:
        return None
    return asked if resize.choice(msg.text) == "yes" else None


LATE_YES = timedelta(minutes=20)  # (c32) a yes this long after the question expired (30 minutes after it was asked) still places it
EXPIRED_TOLD = timedelta(hours=2)  # ...and up to this long after, a yes hears once that it expired


def _late_yes(ctx: Ctx, msg: GroupMessage) -> tuple[Asked, timedelta] | None:
    """(c32) The order question "您是要订 2 份…吗？" this member let expire, if this message is her yes to it ("是", "好的")
    and the bot asked her nothing since (mothers answer late; she believes she confirmed)."""
    if ctx.games.asked(msg.group_id, msg.sender.id, msg.at) is not None or answer(msg.text, act="order") is not True:
        return None
    held = ctx.games.expired(msg.group_id, msg.sender.id, msg.at, EXPIRED_TOLD)
    return held if held is not None and held[0].kind == "groupbuy" else None


async def _answered_late(ctx: Ctx, msg: GroupMessage, deadline: Deadline | None, asked: Asked, ago: timedelta) -> None:
    """Placed as asked when nothing changed since: the same group-buy still open, a new order of so many, none placed since.
    Else told once that the question expired (an order she has since placed, or one already closed, hears nothing)."""
    await ctx.games.answered(msg.group_id, msg.sender.id)
    if deadline is None or deadline.kind != "groupbuy" or deadline.row_id != asked.row_id or asked.add or asked.amount <= 0:
        return
    if await ctx.db.read(partial(groupbuys.ordered_by, buy_id=deadline.row_id, member_id=msg.sender.id)):
        return
    if ago <= LATE_YES:
        await _place(ctx, msg, deadline, Order(asked.amount))
    elif ctx.games.allow(f"groupbuy-ask-expired:{msg.group_id}:{msg.sender.id}:{deadline.row_id}", msg.at, EXPIRED_TOLD):
        ctx.reply(msg, "groupbuy_ask_expired", item=deadline.detail, quantity=asked.amount)


def answers_order_ask(ctx: Ctx, msg: GroupMessage) -> bool:
    """Whether this message answers the group-buy's question open to this member (a yes, a no, a count)."""
    return (_confirmed(ctx, msg) is not None or _yes_without_count(ctx, msg) is not None
            or _yes_to_resize(ctx, msg) is not None)


def _wants_order(ctx: Ctx, msg: GroupMessage) -> bool:
    if answers_ask(ctx, msg):
        return False  # "3个" answering the event's "一共几位？" is her party, not an order (the open question wins)
    return (_confirmed(ctx, msg) is not None or _yes_without_count(ctx, msg) is not None
            or _yes_to_resize(ctx, msg) is not None or _late_yes(ctx, msg) is not None or _order_in(ctx, msg) is not None)


def order_in_words(ctx: Ctx, msg: GroupMessage, words: str) -> bool:
    """(f34) Whether ``words`` of ``msg`` (her order beside a question of other goods) order in the open group-buy."""
    return _order_in(ctx, replace(msg, text=words)) is not None


@router.natural(_wants_order)
async def order(ctx: Ctx, msg: GroupMessage) -> None:
    await complaint_beside(ctx, msg)  # (f34) "上次买的鸡蛋碎了好几个 这次还要两板": the staff hear the complaint
    deadline = _buy_deadline(ctx, msg.group_id)
    if (confirmed := _confirmed(ctx, msg)) is not None:
        asked = ctx.games.asked(msg.group_id, msg.sender.id, msg.at)
        await ctx.games.answered(msg.group_id, msg.sender.id)
        row_id, wish = confirmed
        if wish is None and asked.kind == RESIZE_ASKED and deadline is not None and deadline.row_id == row_id:
            mine = await ctx.db.read(partial(groupbuys.ordered_by, buy_id=row_id, member_id=msg.sender.id))
            ctx.reply(msg, "groupbuy_resize_kept", item=deadline.detail, mine=mine)  # (k32) "算了": hers as it was
        elif wish is None:
            ctx.reply(msg, "ask_declined")
        elif deadline is not None and deadline.row_id == row_id:
            await _place(ctx, msg, deadline, wish)
        return
    if (agreed := _yes_without_count(ctx, msg)) is not None:
        await ctx.games.answered(msg.group_id, msg.sender.id)  # the first question, replaced by the second
        if deadline is not None and deadline.kind == "groupbuy" and deadline.row_id == agreed.row_id and await ctx.games.ask(
                msg.group_id, msg.sender.id, Asked(COUNT_ASKED_AGAIN, agreed.row_id, 0), msg.at, msg.at + ASK_FOR):
            ctx.reply(msg, "groupbuy_ask_count_again", item=deadline.detail)
        return
    if (late := _late_yes(ctx, msg)) is not None:
        await _answered_late(ctx, msg, deadline, *late)
        return
    if (pending := _yes_to_resize(ctx, msg)) is not None:
        if ctx.games.allow(f"groupbuy-resize-which:{msg.group_id}:{msg.sender.id}:{pending.row_id}", msg.at, ASK_FOR):
            ctx.reply(msg, "groupbuy_resize_which", quantity=pending.amount)
        return
    if not is_chain(msg.text) and friends.talks_to_a_friend(ctx, msg):
        return  # (a33) "@婷婷 三袋 冻冰箱里慢慢吃", "@周周 要不要一起拼一箱": said to a friend, nothing of hers ordered
    wish, sure = _order_in(ctx, msg)
    if wish.quantity == 0 and not wish.add and not is_chain(msg.text):  # (c32) a cancel: said to the list, or to a friend?
        if friends.answers_a_friend(ctx, msg):
            return  # "不要了不要了 她不吃这个" to a friend's "芳姐 要不要我帮你多订一份": her answer to the friend, nothing changed
        if wish.counted and (not sure or said_to.polite_decline(msg.text) or said_to.about_another(msg.text)):
            if not await ctx.db.read(partial(groupbuys.ordered_by, buy_id=deadline.row_id, member_id=msg.sender.id)):
                return  # "不用了 谢谢", (a33) "问了 我妈说不要了" with no order: chat, nothing to ask of
            sure = False  # "不用了" after her order, "不要了 她不吃": probably a cancel, but said to whom? asked once
    wish = await _cancel_counted(ctx, msg, deadline, wish)  # (o33) "帮我取消一袋" of her 3: one less
    if wish.add and wish.quantity > 0 and await _ask_with_pending(ctx, msg, deadline, wish):
        return  # (o33) "再给我加一袋" after "您是要订 1 份…吗？" she never answered: 一共 2 份? asked once
    if sure and (wish.counted or deadline.kind != "groupbuy"):
        await place_or_ask(ctx, msg, deadline, wish, said_total=is_chain(msg.text) or _says_total(ctx, msg))
    elif not wish.counted:  # "要个两三份", (m32) "三斤" of a 1kg bag: an order, but how many? asked once, the answer a count
        if await ctx.games.ask(msg.group_id, msg.sender.id, Asked(COUNT_ASKED, deadline.row_id, 0), msg.at, msg.at + ASK_FOR):
            ctx.reply(msg, "groupbuy_ask_count", item=deadline.detail, per=wish.per, pack=weights.per_pack(deadline.detail)[1],
                      weighed=wish.weighed)  # (k34) "两斤" of goods sold by the portion
    elif await ctx.games.ask(msg.group_id, msg.sender.id, Asked("groupbuy", deadline.row_id, wish.quantity, wish.add),
                             msg.at, msg.at + ASK_FOR):
        ctx.reply(msg, "groupbuy_ask", item=deadline.detail, quantity=wish.quantity, add=wish.add,
                  draw_word=draw_beside(ctx, msg.group_id, deadline.detail),
                  cancel=wish.quantity == 0)
    if wish.quantity > 0 or not wish.counted:  # beside a cancel the question is the cancel's own ("能退吗 我不要了")
        await answer_beside(ctx, msg, orders=True)  # "我要两份，明天几点能拿？": the question is not lost to the order (O18)


async def _cancel_counted(ctx: Ctx, msg: GroupMessage, deadline: Deadline, wish: Order) -> Order:
    """(o33) A cancel that names a count smaller than her order ("帮我取消一袋" of 3 portions) lowers it by that count
    (``Order(-N, add=True)``, as "少要一份"); a count equal to her order or more, or none, cancels it all as before."""
    if wish.quantity != 0 or wish.add or is_chain(msg.text) or deadline.kind != "groupbuy":
        return wish
    dropped = cancel_count.count_dropped(msg.text)
    if dropped is None:
        return wish
    mine = await ctx.db.read(partial(groupbuys.ordered_by, buy_id=deadline.row_id, member_id=msg.sender.id))
    return Order(-dropped, add=True) if 0 < dropped < mine else wish


async def _ask_with_pending(ctx: Ctx, msg: GroupMessage, deadline: Deadline, wish: Order) -> bool:
    """(o33) More ("再给我加一袋") from a member with no order yet, while the bot's "您是要订 N 份…吗？" to her is still
    open or expired unanswered within ``EXPIRED_TOLD``: she believes the N was taken and means N+M in all. A shopkeeper
    would not write M alone, nor N+M unasked (the N was never confirmed): she is asked once "您是要一共订 N+M 份…吗？",
    and her yes places N+M. False (nothing asked) when no such question is held, she already has an order, or (r33b) the question cannot be
    asked (``games.ask`` refuses): then her message is handled as before o33."""
    if deadline.kind != "groupbuy":
        return False
    held = ctx.games.asked(msg.group_id, msg.sender.id, msg.at)
    if held is None:
        expired = ctx.games.expired(msg.group_id, msg.sender.id, msg.at, EXPIRED_TOLD)
        held = expired[0] if expired is not None else None
    if held is None or held.kind != "groupbuy" or held.row_id != deadline.row_id or held.add or held.amount <= 0:
        return False
    if await ctx.db.read(partial(groupbuys.ordered_by, buy_id=deadline.row_id, member_id=msg.sender.id)):
        return False
    total = held.amount + wish.quantity
    if ctx.games.asked(msg.group_id, msg.sender.id, msg.at) is not None:
        await ctx.games.answered(msg.group_id, msg.sender.id)  # the open question, replaced by the one with her total
    if not await ctx.games.ask(msg.group_id, msg.sender.id, Asked("groupbuy", deadline.row_id, total), msg.at,
                               msg.at + ASK_FOR):
        return False  # (r33b) not asked: her "再加一袋" is handled as before o33, never left unanswered
    ctx.reply(msg, "groupbuy_ask", item=deadline.detail, quantity=total, add=False, cancel=False, total=True)
    return True


# --- a transfer, then "已付款" (c32) ---------------------------------------------------------------

PAID_WITHIN = timedelta(minutes=10)  # "已付款" this long after her transfer speaks of it
# The amount a transfer shows: "[转账] ¥42.00", "收到转账 84.00元".
_TRANSFERRED = re.compile(r"[¥￥]\s*(\d{1,6}(?:\.\d{1,2})?)|(\d{1,6}(?:\.\d{1,2})?)\s*元")
# A remark that she paid, and nothing more: "已付款", "钱转了哈", "转过去了", "付好了 请查收".
_PAID = re.compile(r"^(?:我|钱|款|货款)?(?:已经?|刚刚?|都)?(?:付款|付钱|付了|付过|付好|付完|转账|转了|转过|转好|转完|支付|打款|打钱|给钱)"
                   r"(?:了|啦|哈|哦|呀|咯|的)?(?:去|过去)?(?:了|啦|哈|哦|呀)?(?:钱)?(?:请|麻烦)?(?:查收|收一下|收下|看一下|注意查收)?"
                   r"(?:了|啦|哈|哦|呀|谢谢|店长|老板)*$")


@router.on_kind(Kind.TRANSFER)
async def transferred(ctx: Ctx, msg: GroupMessage) -> None:
    """A member's transfer in the group is remembered (in memory) for her "已付款" just after it."""
    found = _TRANSFERRED.search(msg.text)
    amount = float(found.group(1) or found.group(2)) if found else None
    if amount and not ctx.is_staff(msg):
        ctx.games.paid(msg.group_id, msg.sender.id, amount, msg.at)


def _paid_said(ctx: Ctx, msg: GroupMessage) -> float | None:
    """The amount of her transfer just before "已付款" (None: no such transfer, no such remark, or no group-buy open)."""
    said = re.sub(r"[\s，,。.!！~～]+", "", msg.text)
    if len(said) > 16 or not _PAID.match(said) or ctx.games.open_in("groupbuy", msg.group_id) is None:
        return None
    return ctx.games.transfer(msg.group_id, msg.sender.id, msg.at, PAID_WITHIN)


@router.natural(lambda ctx, msg: _paid_said(ctx, msg) is not None)
async def paid_for(ctx: Ctx, msg: GroupMessage) -> None:
    """A transfer of a whole number of portions of the open group-buy, then "已付款", from a member with no order yet: asked
    once whether she orders so many ("您是要订 1 份…吗？"); with an order, or another amount, nothing is said (the staff
    see her transfer)."""
    amount = _paid_said(ctx, msg)
    ctx.games.forget_transfer(msg.group_id, msg.sender.id)
    deadline = ctx.games.open_in("groupbuy", msg.group_id)
    buy = await ctx.db.read(partial(groupbuys.latest, group_id=msg.group_id))
    if buy is None or buy.id != deadline.row_id or not buy.price:
        return
    portions = round(amount / buy.price)
    most = min(LARGE - 1, ctx.settings(msg.group_id, msg.group_name).chain.max_quantity)
    if not 1 <= portions <= most or abs(portions * buy.price - amount) >= 0.005:
        return
    if await ctx.db.read(partial(groupbuys.ordered_by, buy_id=deadline.row_id, member_id=msg.sender.id)):
        return
    if await ctx.games.ask(msg.group_id, msg.sender.id, Asked("groupbuy", deadline.row_id, portions), msg.at, msg.at + ASK_FOR):
        ctx.reply(msg, "groupbuy_ask", item=deadline.detail, quantity=portions, add=False, cancel=False)


# --- "+1" to the bot's product post with no group-buy open ---------------------------------

WANTED_WITHIN = timedelta(hours=2)  # an order this long after the bot posted a product answers the post


def _wanted(ctx: Ctx, msg: GroupMessage) -> tuple[str, int] | None:
    """(product, portions) a member orders in answer to the bot's product post while no group-buy or
    event is open (with an event open, "+1" is a sign-up)."""
    group_id = msg.group_id
    if _buy_deadline(ctx, group_id) is not None or ctx.games.open_in("activity", group_id) is not None:
        return None
    item = ctx.games.last_posted(group_id, msg.at, WANTED_WITHIN)
    if item is None or is_chain(msg.text):
        return None
    reading = order_reading(msg.text, item)
    if reading is None or reading.intent != ORDER or not reading.sure:
        return None
    return None if ctx.is_staff(msg) else (item, reading.amount)


@router.natural(lambda ctx, msg: _wanted(ctx, msg) is not None)
async def wanted(ctx: Ctx, msg: GroupMessage) -> None:
    """Said once per member and post: the member hears it is not open yet, the staff who wants how much."""
    item, quantity = _wanted(ctx, msg)
    if not ctx.games.allow(f"wanted:{msg.group_id}:{msg.sender.id}:{item}", msg.at, WANTED_WITHIN):
        return
    ctx.reply(msg, "groupbuy_wanted", item=item, quantity=quantity)
    settings = ctx.settings(msg.group_id, msg.group_name)
    text = ctx.renderer.render("groupbuy_wanted_staff", group_name=msg.group_name, name=msg.sender.name,
                               item=item, quantity=quantity)
    for member_id in staff_to_tell(ctx, msg.group_id, settings):
        alert_staff(ctx, member_id, text, settings)


def _says_total(ctx: Ctx, msg: GroupMessage) -> bool:
    """A change said in words ("改成1份", "我只要一份了") or a count said as her whole order ("一共两份", "两份就够了")."""
    reading = order_reading(msg.text, _buy_deadline(ctx, msg.group_id).detail, guess=not ctx.is_staff(msg))
    return reading is not None and reading.intent != ORDER or resize.states_total(msg.text)


async def place_or_ask(ctx: Ctx, msg: GroupMessage, deadline: Deadline, wish: Order, said_total: bool) -> None:
    """(a31) Place the order, unless a count alone ("+1", "算我一个", "1份") would replace a different order she already
    has: then she is asked once whether to change it to that count or add it ("groupbuy_ask_resize"), never lowered or
    replaced silently. The same count again is placed (and heard as "已经记下您 3 份啦")."""
    if wish.quantity > 0 and not wish.add and not said_total and deadline.kind == "groupbuy":
        mine = await ctx.db.read(partial(groupbuys.ordered_by, buy_id=deadline.row_id, member_id=msg.sender.id))
        if mine and mine != wish.quantity:
            if await ctx.games.ask(msg.group_id, msg.sender.id, Asked(RESIZE_ASKED, deadline.row_id, wish.quantity),
                                   msg.at, msg.at + ASK_FOR):
                ctx.reply(msg, "groupbuy_ask_resize", item=deadline.detail, mine=mine, quantity=wish.quantity)
            return
    await _place(ctx, msg, deadline, wish)


async def _place(ctx: Ctx, msg: GroupMessage, deadline: Deadline, wish: Order) -> None:
    chain = ctx.settings(msg.group_id, msg.group_name).chain
    if (kept := ctx.games.kept(msg.group_id, msg.sender.id)) is not None and kept.kind in _ORDER_ASKS:
        await ctx.games.answered(msg.group_id, msg.sender.id)  # (a33) her own order or cancel settles what she was asked:
        # a question she answered with a count ("对 三袋") left kept, a later "是" to a new question heard it expired too
    placed = await ctx.db.write(partial(groupbuys.place, buy_id=deadline.row_id, member_id=msg.sender.id,
                                        name=msg.sender.name, quantity=wish.quantity, add=wish.add, at=msg.at,
                                        most=chain.max_quantity))
    if placed.status == "too_many":
        ctx.reply(msg, "groupbuy_too_many", most=chain.max_quantity)
    elif placed.status == "ordered":
        _gather(ctx, msg.group_id, f"groupbuy:{deadline.row_id}", (msg.sender, placed, deadline.detail),
                compose_totals, chain.gather_seconds, chain.max_mentions)
    elif placed.status == "short" and placed.left == 0 and not placed.quantity:
        _gather(ctx, msg.group_id, f"groupbuy-sold-out:{deadline.row_id}", (msg.sender, placed, deadline.detail),
                compose_sold_out, chain.gather_seconds, chain.max_mentions)
    elif placed.status == "short":
        ctx.reply(msg, "groupbuy_short", left=placed.left, mine=placed.quantity)
    elif placed.status == "same":
        ctx.reply(msg, "groupbuy_same", quantity=placed.quantity)
    elif placed.status == "none":  # "不要了" with no order: she may think she ordered; "不订了" declines: chat, no answer
        if not declined(msg.text) and not said_to.polite_decline(msg.text) and not said_to.about_another(msg.text) \
                and (said_to.to_the_list(msg.text, msg.mentions_bot) or said_to.bare_cancel(msg.text)):
            ctx.reply(msg, "groupbuy_nothing_to_cancel")  # (a33) only where she names her order ("取消我的订单", "我那份
            # 不要了") or says the cancel alone; "我不要 我吃素", "汤圆就不要了" from one with no order decline: chat
    elif ctx.games.allow(f"groupbuy-closed:{deadline.row_id}:{msg.sender.id}", msg.at, LONGEST):
        ctx.reply(msg, "groupbuy_closed")


def _gather(ctx: Ctx, group_id: str, key: str, part, compose, wait: float, max_mentions: int) -> None:
    ctx.outbox.gather(group_id, key, part, partial(compose, render=ctx.renderer.render, max_mentions=max_mentions),
                      wait)


def compose_totals(parts: list, render: Callable[..., str], max_mentions: int) -> tuple[str, tuple[str, ...]]:
    """One running total for a burst of orders: who ordered what (their latest word), then the stock."""
    latest = {member.id: (member, placed) for member, placed, _ in parts}
    last = parts[-1][1]
    shown = list(latest.values())[:max_mentions]
    text = render("groupbuy_totals", item=parts[-1][2], sold=last.sold, left=last.left,
                  more=len(latest) - len(shown),
                  orders=[{"name": m.name, "quantity": p.quantity, "previous": p.previous} for m, p in shown])
    return text, tuple(m.id for m, _ in shown)


def compose_sold_out(parts: list, render: Callable[..., str], max_mentions: int) -> tuple[str, tuple[str, ...]]:
    """The members who came too late, told once and kindly, together."""
    members = list({member.id: member for member, _, _ in parts}.values())
    shown = members[:max_mentions]
    text = render("groupbuy_sold_out", item=parts[-1][2], sold=parts[-1][1].sold, more=len(members) - len(shown))
    return text, tuple(m.id for m in shown)


# --- the cut-off and the summary -----------------------------------------------------------


async def close_buy(ctx: Ctx, deadline: Deadline, at: datetime | None = None) -> None:
    """Close the group-buy at ``at`` (the staff's /截单), else at its cut-off (the deadline's due time)."""
    buy = await ctx.db.write(partial(groupbuys.close, buy_id=deadline.row_id, at=at or deadline.due))
    if buy is None:
        return
    ctx.games.add(Deadline("groupbuy_late", buy.id, buy.group_id, buy.deadline + LATE_WINDOW, buy.item))
    orders = await ctx.db.read(partial(groupbuys.orders, buy_id=buy.id))
    ctx.say(buy.group_id, "groupbuy_closed_notice", priority=Priority.NOTICE, item=buy.item, people=len(orders),
            sold=buy.sold, pickup=buy.pickup)


@router.command("截单", aliases=("cutoff",), min_role=Role.ASSISTANT, usage="/截单（或 /截单 商品名）",
                summary="提前截单（团购立即结束接龙）")
async def cut_off_now(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    """The open group-buy, or the one named ("/截单 草莓"): a name that fits no open one closes nothing."""
    deadline = await open_named(ctx, msg, args.strip())
    if deadline is None:
        return
    ctx.games.discard(deadline)
    await close_buy(ctx, deadline, msg.at)


async def open_named(ctx: Ctx, msg: GroupMessage, typed: str, *, loose: bool = False) -> Deadline | None:
    """The open group-buy, when ``typed`` is empty or names it; else None, the staff told why (a closed or unknown name
    never means the open one). ``loose`` (g33, a stock change: undone as easily): a weak name of the open one — only
    close to it, "红枣" of 新疆和田大枣 1kg, the same goods by their last character — acts on it, unless it names
    another product of the catalogue or another group-buy of the group."""
    deadline = ctx.games.open_in("groupbuy", msg.group_id)
    if typed:
        buy = await named_buy(ctx, msg, typed, deadline if loose else None)
        if buy is None:
            return None
        if buy.status != "open" or deadline is None or deadline.row_id != buy.id:
            ctx.reply(msg, "groupbuy_named_closed", item=buy.item, open_item=deadline.detail if deadline else "")
            return None
    if deadline is None:
        ctx.reply(msg, "groupbuy_none_open")
    return deadline


async def named_buy(ctx: Ctx, msg: GroupMessage, typed: str, loosely: Deadline | None = None):
    """The group's group-buy ``typed`` names (open or closed), or None, the staff told which names there are.
    ``loosely``: the open group-buy, taken for a weak name of it (``open_named``)."""
    rows = await ctx.db.read(partial(groupbuys.recent, group_id=msg.group_id))
    picked = pick(typed, rows, lambda buy: buy.item)
    if picked.row is None and loosely is not None and weakly_named(typed, loosely.detail, picked.suggestions,
                                                                   [p.name for p in ctx.content.products]):
        return next((row for row in rows if row.id == loosely.row_id), None)
    if picked.row is None:
        deadline = ctx.games.open_in("groupbuy", msg.group_id)
        ctx.reply(msg, "groupbuy_named_unknown", typed=typed, suggestions=list(picked.suggestions),
                  open_item=deadline.detail if deadline else "")
    return picked.row


def weakly_named(typed: str, item: str, suggestions: tuple[str, ...], catalogue: list[str]) -> bool:
    """(g33) ``typed``, which names no group-buy exactly, still means the open ``item``: it is among the names close to
    it (``suggestions``), it ends in a character of the item's name (the goods: 红枣, 枣子 and 大枣 are 枣), and it names no
    product of the catalogue but the item itself ("/改库存 鸡蛋 40" with 大枣 open is refused)."""
    want, name = normalize(typed), normalize(item)
    if len(want) > 1 and want[-1] in "子儿":  # 枣子, 枣儿: the noun's suffix
        want = want[:-1]
    if item not in suggestions or not want or want[-1] not in name:
        return False
    other = find(typed, {p: p for p in catalogue}).thing
    return other is None or normalize(other) == name


@router.command("汇总", aliases=("summary",), min_role=Role.ASSISTANT, usage="/汇总（或 /汇总 商品名）",
                summary="本群团购的订单汇总（谁订了几份、合计、金额）")
async def summary(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    if args.strip():
        buy = await named_buy(ctx, msg, args.strip())
        if buy is None:
            return
    else:
        buy = await ctx.db.read(partial(groupbuys.latest, group_id=msg.group_id))
    if buy is None:
        ctx.reply(msg, "groupbuy_none")
        return
    orders = await ctx.db.read(partial(groupbuys.orders, buy_id=buy.id))
    ctx.reply(msg, "groupbuy_summary", item=buy.item, status=buy.status, sold=buy.sold, left=buy.stock - buy.sold,
              people=len(orders), amount=money(buy.sold * buy.price), pickup=buy.pickup, buy_id=buy.id,
              orders=[{"name": o.name, "quantity": o.quantity} for o in orders[:SUMMARY_LINES]],
              more=max(0, len(orders) - SUMMARY_LINES))


# --- the stock of the open group-buy (/改库存, /加库存) ----------------------------------------

_STOCK_LABELS = ("库存", "数量", "改为", "改成", "加")


def stock_args(args: str) -> tuple[str, str, bool]:
    """"草莓 30" -> ("草莓", "30", False); "草莓 库存：三十份" -> ("草莓", "三十份", False); "+20" -> ("", "20", True):
    the name (may be empty), the count as typed and whether it is written as an addition."""
    words = args.split()
    if not words:
        return "", "", False
    count = words.pop()
    for label in _STOCK_LABELS:
        count = count.removeprefix(label)
    count = count.lstrip(":：=")
    plus = count[:1] in ("+", "＋")
    count = count[1:] if plus else count
    while words and words[-1].rstrip(":：=") in _STOCK_LABELS:
        words.pop()
    return " ".join(words), count, plus


async def _restock(ctx: Ctx, msg: GroupMessage, args: str, add: bool) -> None:
    """"/改库存 草莓 30", "/改库存 三十", "/加库存 草莓 二十份": the named (or the open) group-buy's stock, to or by so many."""
    typed, said, plus = stock_args(args)
    count = leading_number(said, "份件个盒袋箱斤瓶") if said else None
    if count is None or count < 1 or count > MAX_STOCK:
        ctx.reply(msg, "groupbuy_stock_usage", add=add, problem="number" if said else "usage")
        return
    add = add or plus
    deadline = await open_named(ctx, msg, typed, loose=True)
    if deadline is None:
        return
    done = await ctx.db.write(partial(groupbuys.set_stock, buy_id=deadline.row_id, stock=count, add=add, most=MAX_STOCK))
    if done.status == "closed":
        ctx.reply(msg, "groupbuy_named_closed", item=deadline.detail, open_item="")
    elif done.status in ("below", "too_many"):
        ctx.reply(msg, "groupbuy_stock_refused", item=deadline.detail, sold=done.sold, most=MAX_STOCK,
                  problem=done.status)
    else:
        ctx.reply(msg, "groupbuy_stock_changed", item=deadline.detail, stock=done.stock, sold=done.sold,
                  left=done.stock - done.sold)


@router.command("改库存", aliases=("restock",), min_role=Role.ASSISTANT, usage="/改库存 商品名 30",
                summary="修改正在接龙的团购的库存（不能少于已订的份数）")
async def set_stock(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    await _restock(ctx, msg, args, add=False)


@router.command("加库存", aliases=("补库存",), min_role=Role.ASSISTANT, usage="/加库存 商品名 20",
                summary="给正在接龙的团购加库存")
async def add_stock(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    await _restock(ctx, msg, args, add=True)


def _open_deadlines(session) -> list[Deadline]:
    return [Deadline("groupbuy", b.id, b.group_id, b.deadline, b.item) for b in groupbuys.open_buys(session)]


def _late_deadlines(session) -> list[Deadline]:
    return [Deadline("groupbuy_late", b.id, b.group_id, b.deadline + LATE_WINDOW, b.item)
            for b in groupbuys.newest_closed(session)]  # past windows end at once


async def _forget(ctx: Ctx, deadline: Deadline) -> None:
    """Nothing to do: the window for telling late orders "closed" is over."""


DEADLINES = DeadlineKind(load=_open_deadlines, fire=close_buy)
LATE = DeadlineKind(load=_late_deadlines, fire=_forget)

# What ``bot.handlers.either`` (a group-buy and an event open at once, R31) uses of this module.
order_in, place, buy_deadline = _order_in, _place, _buy_deadline
