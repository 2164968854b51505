"""(s33) The games' status asked in the group in her words (``bot.language.game_status``): when the open draw is drawn,
whether she won (privately, once drawn) and who did, whether she got the last quiz right, the board (what `/排行` shows:
members may see it). Answered only while the game is there: an open draw or one drawn within ``DRAWN_WITHIN``, a quiz
asked within ``QUIZ_WITHIN``; otherwise the message goes on to the other readers (a question to the store, the desk).
"""
from __future__ import annotations

import json
from datetime import timedelta
from functools import partial

from bot.context import Ctx
from bot.deadline_text import local_text
from bot.events import GroupMessage
from bot.handlers.points import period_start, top_command  # the module itself, not through bot/handlers/__init__
from bot.language.game_status import (BOARD, DRAW_ELSEWHERE, DRAW_HOW, DRAW_MINE, DRAW_WHEN, DRAW_WHO, QUIZ_ANSWER, QUIZ_MINE,
                                      QUIZ_QUESTION, QUIZ_WHO, asks_own_rank, board_kind, board_named, game_asked,
                                      how_is_bare)
from bot.members import display_names
from bot.quiz.bank import shipped_banks
from bot.router import Router
from storage import lottery as draws, points as ledger, quiz as rounds

router = Router("game_status")

DRAWN_WITHIN = timedelta(days=3)  # "谁中了啊" about a draw drawn this long ago at most
QUIZ_WITHIN = timedelta(hours=12)  # "我刚才答对了没有" about a quiz asked this long ago at most, and (u34) the same local day
QUIZ_KINDS = (QUIZ_MINE, QUIZ_WHO, QUIZ_ANSWER, QUIZ_QUESTION)
ASK_AGAIN = timedelta(minutes=2)  # the same member's same question sooner gets silence
DRAW_KINDS = (DRAW_WHEN, DRAW_MINE, DRAW_WHO)  # (m34) a draw's status, answered privately too
SHOWN_AGAIN = timedelta(hours=12)  # (y34) the open question shown again to a member once per quiz (a quiz is shorter)


def _asked(ctx: Ctx, msg: GroupMessage) -> bool:
    """A game's status asked in the group; "几点开奖" only while a draw is open (else it is the store's question)."""
    kind = game_asked(msg.text)
    if msg.private:  # (m34) "我中奖了没有" privately: from the group's draw, there (else the menu or the staff)
        return kind in DRAW_KINDS
    if kind in QUIZ_KINDS:  # (y34) with no quiz today the message goes on (to the questions' path), never swallowed; only
        # her own result asked ("我答对了没": the bot's quiz, nobody else's) is told there was none
        return ctx.games.open_in("quiz", msg.group_id) is not None or _quiz_today(ctx, msg) or kind == QUIZ_MINE
    if kind == BOARD and not board_named(msg.text):  # (r34) "我排第几" beside an event or a buy: her place there
        return not _other_open(ctx, msg.group_id)
    if kind == DRAW_WHEN:
        return ctx.games.open_in("draw", msg.group_id) is not None
    if kind == DRAW_HOW:  # (u34) only while a draw is open; (r34) the draw named (抽奖, 奖品, the prize), or a bare
        # "怎么参加" while nothing else is open: "怎么参加团购", "这个小程序怎么弄啊" are not the draw's
        draw = ctx.games.open_in("draw", msg.group_id)
        return draw is not None and ("奖" in msg.text or bool(draw.prize) and draw.prize in msg.text
                                     or how_is_bare(msg.text) and not _other_open(ctx, msg.group_id))
    return kind is not None


def _quiz_today(ctx: Ctx, msg: GroupMessage) -> bool:
    """(y34) A quiz was asked in the group this local day, within ``QUIZ_WITHIN`` (kept in SQL by ``start_quiz``)."""
    asked = ctx.games.announced_at("quiz", msg.group_id)
    if asked is None or not timedelta(0) <= msg.at - asked <= QUIZ_WITHIN:
        return False
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    return asked.astimezone(zone).date() == msg.at.astimezone(zone).date()


def _other_open(ctx: Ctx, group_id: str) -> bool:
    """(r34) A group-buy or an event open beside the draw: a bare "怎么参加" may be theirs."""
    return any(ctx.games.open_in(kind, group_id) is not None for kind in ("groupbuy", "activity"))


@router.natural(_asked, private=True)
async def answer(ctx: Ctx, msg: GroupMessage) -> None:
    kind = game_asked(msg.text)
    if kind == DRAW_ELSEWHERE:
        return  # (y34) a work party's or a TV show's draw talked about among members: chat, not the store's to answer
    if kind == BOARD:
        await top_command(ctx, msg, board_kind(msg.text))  # its own pace: a board at most every 10 minutes for members
        if asks_own_rank(msg.text):
            await own_rank(ctx, msg, board_kind(msg.text))
        return
    if kind == QUIZ_QUESTION and await _show_again(ctx, msg):
        return
    if not ctx.games.allow(f"game-status:{kind}:{msg.group_id}:{msg.sender.id}", msg.at, ASK_AGAIN):
        return
    if kind == QUIZ_MINE and ctx.games.open_in("quiz", msg.group_id) is None and not _quiz_today(ctx, msg):
        ctx.reply(msg, "quiz_none_today")  # (y34) "我答对了没" with no quiz asked today
    elif kind in QUIZ_KINDS:
        await _quiz(ctx, msg, kind)
    else:
        await _draw(ctx, msg, kind)


async def _draw(ctx: Ctx, msg: GroupMessage, kind: str) -> None:
    found = await ctx.db.read(partial(draws.latest, group_id=msg.group_id, member_id=msg.sender.id,
                                      since=msg.at - DRAWN_WITHIN))
    if found is None:
        if msg.private:  # (m34) asked privately, she expects an answer: none lately
            ctx.reply(msg, "lottery_none_recent", where=msg.group_name)
        return
    draw, entered = found
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    values = dict(draw_id=draw.id, prize=draw.prize, deadline=local_text(draw.deadline, zone), word=draw.entry_word,
                  entered=entered)
    if draw.status == "open":
        ctx.reply(msg, "lottery_when" if kind in (DRAW_WHEN, DRAW_HOW) else "lottery_not_drawn", **values)
        return
    winners = json.loads(draw.winner_ids or "[]")
    names = display_names(ctx, msg.group_id)
    if kind == DRAW_MINE:  # her own result: privately, the group hears "已私信您"
        ctx.reply(msg, "lottery_my_result", won=msg.sender.id in winners, where=msg.group_name, **values)
    else:
        ctx.reply(msg, "lottery_drawn", winners=[names.get(w) for w in winners], **values)


async def _quiz(ctx: Ctx, msg: GroupMessage, kind: str) -> None:
    """(u34) Her result, who won, or the right answer of the group's last quiz asked today (local day); while it is
    open, only when the answer will be told."""
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    local = msg.at.astimezone(zone)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    row = await ctx.db.read(partial(rounds.latest_round, group_id=msg.group_id,
                                    since=max(midnight, msg.at - QUIZ_WITHIN)))
    if row is None:
        return
    bank = shipped_banks().get(row.theme)
    question = bank.get(row.question_id) if bank else None
    ctx.reply(msg, "quiz_status", status=row.status, mine=row.winner_id == msg.sender.id, points=row.points,
              winner=display_names(ctx, msg.group_id).get(row.winner_id) if row.winner_id else None,
              answer=question.answer_text if question is not None else "", asked=kind.removeprefix("quiz_"),
              reveal=row.expires_at.astimezone(zone).strftime("%H:%M"))


async def _show_again(ctx: Ctx, msg: GroupMessage) -> bool:
    """(y34) "题目是啥 刷上去了没看到" while a quiz is open: its question again, briefly, once per member and quiz; False
    when none is open (then the last one's status is told)."""
    deadline = ctx.games.open_in("quiz", msg.group_id)
    if deadline is None:
        return False
    theme, _, question_id = deadline.detail.partition("/")
    bank = shipped_banks().get(theme)
    question = bank.get(question_id) if bank else None
    if question is not None and ctx.games.allow(f"quiz-again:{deadline.row_id}:{msg.sender.id}", msg.at, SHOWN_AGAIN):
        zone = ctx.settings(msg.group_id, msg.group_name).zone
        ctx.reply(msg, "quiz_shown_again", question=question.question, options=question.lettered_options(),
                  reveal=deadline.due.astimezone(zone).strftime("%H:%M"))
    return True


async def own_rank(ctx: Ctx, msg: GroupMessage, board: str) -> None:
    """(y34) "积分榜上俺排第几": her place on the points board of the period asked and her points there, said in the group
    beside the board (her own standing, as her balance is). The sign-in board names its members' days already."""
    if not board.startswith("积分"):
        return
    period = "month" if "月" in board else "week"
    since = period_start(msg.at, ctx.settings(msg.group_id, msg.group_name).zone, period)
    found = await ctx.db.read(partial(ledger.points_rank, group_id=msg.group_id, member_id=msg.sender.id, since=since))
    ctx.reply(msg, "board_own_rank", rank=found[0] if found else None, points=found[1] if found else 0,
              period_name="本月" if period == "month" else "本周")
