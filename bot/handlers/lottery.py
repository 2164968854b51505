"""The lottery (抽奖): the owner opens a draw; members enter by typing the entry word;
at the deadline the bot reveals its seed and the winners (see ``bot.lottery.fair_draw``).

/抽奖 奖品：保温杯 名额：3 口令：我要抽奖 截止：今晚8点 积分：10
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from bot.context import Ctx
from bot.command_args import count_word, read_fields
from bot.deadline_text import DEADLINE_LABELS, assumed, deadline_within, labelled_deadline, local_text, time_piece, time_said
from bot.events import GroupMessage
from bot.lottery.fair_draw import entrants_hash, new_seed, pick_winners, seed_hash
from bot.games import Deadline, DeadlineKind
from bot.handlers.coupons import reward_winners  # the module itself, not through bot/handlers/__init__ (which imports this one)
from bot.handlers.signin import is_sign_in
from bot.language.numbers import leading_number
from bot.language.own_records import enters_by_sound, enters_draw, slips_from_entry, wants_prize
from bot.members import display_names
from bot.roles import Role
from bot.router import Router
from bot.send_queue import Priority
from bot.text import normalize, said
from storage import lottery as stored, promises

router = Router("lottery")
# (g33) A slip of the entry word is told the word only when no other reader took the message (an order, a sign-up):
# ``bot.handlers`` puts this router just before the questions.
slips = Router("lottery")

DEFAULT_WORD = "我要抽奖"
MAX_WINNERS = 100
MAX_NAMED = 100  # entrants named in the result; all of them are in its entrants hash
MAX_COST = 100_000
LONGEST = timedelta(days=30)
_KEYS = {"奖品": "prize", "名额": "winners", "中奖人数": "winners", "人数": "winners", "口令": "word",
         "开奖时间": "deadline", "开奖": "deadline", "消耗积分": "cost", "积分": "cost",
         **{word: "deadline" for word in DEADLINE_LABELS}}
_KEY = re.compile(r"(%s)\s*[:：=]\s*" % "|".join(sorted(_KEYS, key=len, reverse=True)))


@dataclass(frozen=True)
class DrawRequest:
    prize: str
    winners: int
    word: str
    deadline: str
    cost: int


class BadRequest(ValueError):
    """``args[0]`` names the problem for the ``lottery_usage`` template."""


def parse_request(args: str) -> DrawRequest:
    """'奖品：保温杯 名额：3 口令：我要抽奖 截止：今晚8点 积分：10', or the values without colons in any order (g34):
    '保温杯 3 我要抽奖 今晚8点 10', '保温杯 抽三个 今晚八点开奖'."""
    found = list(_KEY.finditer(args))
    if found and not args[:found[0].start()].strip():  # (c34) the labelled form; "电饭煲 抽两个 … 口令：冬至快乐" is loose
        values = {_KEYS[m.group(1)]: args[m.end():(found[i + 1].start() if i + 1 < len(found) else len(args))].strip()
                  for i, m in enumerate(found)}
    else:
        values = _loose_values(args)
    if not values.get("prize"):
        raise BadRequest("prize")
    if not values.get("deadline"):
        raise BadRequest("deadline")
    winners = count_word(values["winners"], _WINNER_WORDS, _WINNER_UNITS, bare=True) if values.get("winners") else 1  # "3", "两个", "抽十名"
    if winners is None or not 1 <= winners <= MAX_WINNERS:
        raise BadRequest("winners", values["winners"])
    cost = leading_number(values["cost"], "分个") if values.get("cost") else 0  # "10", "十分", "二十"
    if cost is None or not 0 <= cost <= MAX_COST:
        raise BadRequest("cost", values["cost"])
    return DrawRequest(values["prize"], int(winners), values.get("word") or DEFAULT_WORD, values["deadline"], cost)


_WINNER_WORDS = ("名额", "中奖人数", "人数", "抽")
_WINNER_UNITS = "个位名人份"
_OPENS = re.compile(r"(?P<when>.+?)(?:开奖|抽奖)")  # (g34) "今晚八点开奖": the time it is drawn


def _loose_values(args: str) -> dict[str, str]:
    """(g34) The fields without colons, in any order, as owners type them: '保温杯 抽3个 今晚八点开奖',
    '奖品保温杯 名额3 口令我要杯子 截止明晚8点 积分10', and the old order '保温杯 3 我要抽奖 今晚8点 10'."""
    fields = read_fields(labelled_deadline(args), _KEYS, short=("winners", "cost", "word"), timed=("deadline",))
    values, loose = dict(fields.values), fields.loose
    times = [w for w in loose if time_piece(w) or ((m := _OPENS.fullmatch(w)) and time_piece(m.group("when")))]
    if times and not values.get("deadline"):
        values["deadline"] = time_said([_OPENS.sub(r"\g<when>", w) if not time_piece(w) else w for w in times])
    loose = [w for w in loose if w not in times]
    counts = [w for i, w in enumerate(loose) if count_word(w, _WINNER_WORDS, _WINNER_UNITS, bare=True) is not None
              and (i or w.startswith(_WINNER_WORDS))]  # the first word is the prize, unless it is labelled: "抽3个"
    if counts and not values.get("winners"):
        values["winners"] = counts.pop(0)
        loose.remove(values["winners"])
    costs = [w for w in loose[1:] if _points_said(w) or w in counts[-1:] and _after_time(args, w, values.get("deadline", ""))]
    if costs and not values.get("cost"):
        values["cost"] = costs[-1].removesuffix("积分")
        loose.remove(costs[-1])
    if loose and not values.get("prize"):  # "奖品保温杯": the first word is never cut at a label
        first = loose.pop(0)
        values["prize"] = first[2:].lstrip(":：=") or first if first.startswith("奖品") else first
    if loose and not values.get("word"):
        values["word"] = loose.pop(0)
    if loose:
        values["prize"] = " ".join([values.get("prize", ""), *loose]).strip()
    return values


def _points_said(word: str) -> bool:
    """(r34) A cost written as points: "10积分", "二十分"."""
    return word.endswith("积分") or word.endswith("分") and leading_number(word, "分") is not None


def _after_time(args: str, word: str, deadline: str) -> bool:
    """(r34) A bare number after the time is the cost ("保温杯 3 我要抽奖 今晚8点 10"); before it, in the documented old
    order (prize, winners, word, time, cost), it is the entry word ("保温杯 3 666 今晚8点")."""
    words = args.split()
    first = deadline.split()[0] if deadline.split() else ""
    at = next((i for i, w in enumerate(words) if first and first in w), None)
    return at is not None and len(words) - 1 - words[::-1].index(word) > at


@router.command("lottery", aliases=("抽奖", "开抽奖"), min_role=Role.OWNER,
                usage="/抽奖 奖品：保温杯 名额：3 口令：我要抽奖 截止：今晚8点 积分：10",
                summary="发起抽奖（公开种子哈希，到点自动开奖，可验证）")
async def open_lottery(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    try:
        request = parse_request(args)
        deadline = deadline_within(request.deadline, msg.at, settings.zone, LONGEST)
        if deadline is None:
            raise BadRequest("deadline", request.deadline)
        if not normalize(request.word) or is_sign_in(request.word, settings.signin.triggers):
            raise BadRequest("word")
    except BadRequest as exc:
        ctx.reply(msg, "lottery_usage", problem=exc.args[0], max_winners=MAX_WINNERS, max_cost=MAX_COST,
                  typed=exc.args[1] if len(exc.args) > 1 else "")
        return
    seed = new_seed()
    draw = await ctx.db.write(partial(
        stored.open_draw, group_id=msg.group_id, group_name=msg.group_name, opened_by=msg.sender.id,
        opened_at=msg.at, prize=request.prize, winners=request.winners, entry_word=request.word,
        deadline=deadline, cost=request.cost, seed=seed, seed_hash=seed_hash(seed),
    ))
    if draw is None:
        ctx.reply(msg, "lottery_busy")
        return
    ctx.games.add(Deadline("draw", draw.id, msg.group_id, draw.deadline, draw.entry_word, prize=draw.prize))
    ctx.say(msg.group_id, "lottery_opened", priority=Priority.NOTICE, draw_id=draw.id, prize=draw.prize,
            winners=draw.winners, word=draw.entry_word, deadline=local_text(draw.deadline, settings.zone),
            cost=draw.cost, seed_hash=draw.seed_hash)
    if times := assumed([(request.deadline, deadline)], settings.zone):
        ctx.reply(msg, "time_assumed", times=times)


def _entering(ctx: Ctx, msg: GroupMessage) -> bool:
    """The entry word, from a member (staff don't enter their own store's draws); (D32) also said her way, "我也要抽奖 保温杯好"
    for 我要抽奖, or a wish to take part, "我参加抽奖" (``bot.language.own_records.enters_draw``)."""
    deadline = ctx.games.open_in("draw", msg.group_id)
    return (deadline is not None and not msg.private
            and (said(msg.text) == normalize(deadline.detail) or enters_draw(msg.text, deadline.detail)
                 or enters_by_sound(msg.text, deadline.detail)  # (g33) "我要电饭宝" for 我要电饭煲
                 or wants_prize(msg.text, deadline.prize) and not on_sale(ctx, msg.group_id, deadline.prize))  # (u34) "我要保温杯"
            and not ctx.is_staff(msg))


def on_sale(ctx: Ctx, group_id: str, prize: str) -> bool:
    """(r34) The draw's prize is also the open group-buy's item: a wish for it ("我要保温杯") is no entry, it goes to the
    group-buy, which asks once whether she orders it and names the draw's word beside (``draw_beside``)."""
    buy = ctx.games.open_in("groupbuy", group_id)
    goods, item = normalize(prize or ""), normalize(buy.detail) if buy is not None else ""
    return bool(goods and item) and (goods in item or item in goods)


def draw_beside(ctx: Ctx, group_id: str, item: str) -> str:
    """(r34) The entry word of an open draw whose prize is the group-buy's ``item``, or ""."""
    draw = ctx.games.open_in("draw", group_id)
    return draw.detail if draw is not None and on_sale(ctx, group_id, draw.prize) else ""


@router.natural(_entering)
async def enter(ctx: Ctx, msg: GroupMessage) -> None:
    deadline = ctx.games.open_in("draw", msg.group_id)
    entry = await ctx.db.write(partial(stored.enter, draw_id=deadline.row_id, member_id=msg.sender.id, at=msg.at))
    if entry.status == "entered":
        ctx.reply(msg, "lottery_entered", cost=entry.cost, balance=entry.balance)
    elif entry.status == "again" and entry.repeats == 1:
        ctx.reply(msg, "lottery_already")
    elif entry.status == "poor" and ctx.games.allow(f"draw-poor:{deadline.row_id}:{msg.sender.id}", msg.at, LONGEST):
        ctx.reply(msg, "lottery_not_enough_points", cost=entry.cost, balance=entry.balance)
    # "closed": entries after the deadline are ignored, silently


def _slipped(ctx: Ctx, msg: GroupMessage) -> bool:
    """(g33) The entry word with one character other, more or fewer ("我要电饭锅" for 我要电饭煲): close, not the word."""
    deadline = ctx.games.open_in("draw", msg.group_id)
    return (deadline is not None and not msg.private and slips_from_entry(msg.text, deadline.detail)
            and not ctx.is_staff(msg))


@slips.natural(_slipped)
async def tell_the_word(ctx: Ctx, msg: GroupMessage) -> None:
    """She is told the exact word once a draw (not entered: one character can change what is said); she sends it."""
    deadline = ctx.games.open_in("draw", msg.group_id)
    if ctx.games.allow(f"draw-slip:{deadline.row_id}:{msg.sender.id}", msg.at, LONGEST):
        ctx.reply(msg, "lottery_word_hint", word=deadline.detail)


async def run_draw(ctx: Ctx, deadline: Deadline) -> None:
    result = await ctx.db.write(partial(_draw_and_promise, draw_id=deadline.row_id, at=ctx.clock.now()))
    if result is None:
        return
    draw = result.draw
    names = display_names(ctx, draw.group_id)
    ctx.say(draw.group_id, "lottery_result", mentions=tuple(result.winners), priority=Priority.NOTICE,
            draw_id=draw.id, prize=draw.prize, entrants=len(result.entrants), seed=draw.seed,
            seed_hash=draw.seed_hash, winners=[{"name": names.get(w)} for w in result.winners],
            entrant_names=[names.get(e) for e in result.entrants[:MAX_NAMED]], entrants_hash=entrants_hash(result.entrants))
    await reward_winners(ctx, game="lottery", group_id=draw.group_id, winners=result.winners,
                           reason=f"抽奖中奖：{draw.prize}", key=f"lottery:{draw.id}", at=ctx.clock.now())


def _draw_and_promise(session, *, draw_id: int, at) -> stored.DrawResult | None:
    """The draw and the winners' prizes in the promise ledger, in one transaction."""
    result = stored.close_and_draw(session, draw_id=draw_id, pick=pick_winners)
    for member in result.winners if result else ():
        promises.promise(session, group_id=result.draw.group_id, member_id=member, prize=result.draw.prize,
                         source="lottery", key=f"draw:{draw_id}:{member}", at=at)
    return result


def _open_deadlines(session) -> list[Deadline]:
    return [Deadline("draw", d.id, d.group_id, d.deadline, d.entry_word, prize=d.prize) for d in stored.open_draws(session)]


DEADLINES = DeadlineKind(load=_open_deadlines, fire=run_draw)
