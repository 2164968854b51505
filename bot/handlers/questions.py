"""Answering members: the FAQ when a message matches it well enough; other questions to the store
are watched, and passed on to the staff if nobody answers (``bot.questions``)."""
from __future__ import annotations

from bot.context import Ctx
from bot.events import GroupMessage
from bot.questions import is_question
from bot.roles import Role
from bot.router import Router
from bot.text import strip_leading_mentions

router = Router("questions")


def _asks(ctx: Ctx, msg: GroupMessage) -> bool:
    """A member's question (staff saying "营业时间改到9点了" are not asking)."""
    settings = ctx.settings(msg.group_id, msg.group_name)
    return ((settings.faq.enabled or settings.questions.enabled)
            and ctx.role_of(msg.group_id, msg.sender.id, settings) < Role.ASSISTANT
            and (is_question(msg, settings) or _faq_entry(ctx, msg) is not None))


def _faq_entry(ctx: Ctx, msg: GroupMessage):
    settings = ctx.settings(msg.group_id, msg.group_name)
    if not settings.faq.enabled or settings.faq.file not in ctx.faq:
        return None
    return ctx.faq[settings.faq.file].answer(strip_leading_mentions(msg.text), settings.faq.threshold)


@router.natural(_asks)
async def answer(ctx: Ctx, msg: GroupMessage) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    entry = _faq_entry(ctx, msg)
    if entry is not None:
        ctx.reply(msg, "faq_answer", answer=entry.answer, topic=f"faq:{entry.id}")
        return
    if settings.questions.enabled and is_question(msg, settings):
        await ctx.questions.ask(ctx, msg, settings)
