"""Answering members' questions to the store (``bot.questions.asking`` reads them): from the FAQ, the product
catalogue and the group's open group-buy, or the group's rules. A question nothing here answers is
watched, and passed on to the staff if nobody answers it (``bot.questions.watch``)."""
from __future__ import annotations

from functools import partial

from bot.questions.asking import Reading, read
from bot.questions.faq import CATALOGUE, RULES
from bot.context import Ctx
from bot.events import GroupMessage
from bot.questions.offers import asked, named, names_aspect, offers, variant
from bot.roles import Role
from bot.router import Router
from bot.text import without_quote
from storage.groupbuys import open_in

router = Router("questions")


def _reading(ctx: Ctx, msg: GroupMessage) -> Reading:
    settings = ctx.settings(msg.group_id, msg.group_name)
    faq = ctx.faq.get(settings.faq.file) if settings.faq.enabled else None
    return read(without_quote(msg.text), faq, settings.faq.threshold, to_bot=msg.mentions_bot,
                extra=tuple(settings.questions.patterns), taken=False)  # the order and sign-up handlers came first


def _asks(ctx: Ctx, msg: GroupMessage) -> bool:
    """A member's question (staff saying "营业时间改到9点了" are not asking)."""
    settings = ctx.settings(msg.group_id, msg.group_name)
    return ((settings.faq.enabled or settings.questions.enabled)
            and ctx.role_of(msg.group_id, msg.sender.id, settings) < Role.ASSISTANT
            and _reading(ctx, msg).asks)


@router.natural(_asks)
async def answer(ctx: Ctx, msg: GroupMessage) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    reading = _reading(ctx, msg)
    if reading.topic == RULES:
        rules = [rule.spec.title for rule in ctx.rules(settings) if not rule.spec.shadow]
        ctx.reply(msg, "rules_answer", summary=settings.welcome.rules_summary, rules=list(dict.fromkeys(rules)),
                  fallback=reading.entry.answer if reading.entry else "")
        return
    if reading.topic == CATALOGUE and await _answer_from_catalogue(ctx, msg):
        return
    if reading.entry is not None and reading.topic != CATALOGUE:
        ctx.reply(msg, "faq_answer", answer=reading.entry.answer, topic=f"faq:{reading.entry.id}")
        return
    if settings.questions.enabled:
        await ctx.questions.ask(ctx, msg, settings)


async def _answer_from_catalogue(ctx: Ctx, msg: GroupMessage) -> bool:
    """Price, stock or pickup of the offer the question names; False when it names none we know, asks
    for a kind of it the offer does not say ("有没有双黄蛋" of the eggs: their stock is not its), or asks what
    the goods are rather than their price, stock or pickup ("小米是五常的吗": the staff know, the catalogue does not)."""
    if not names_aspect(without_quote(msg.text)):
        return False
    buy = await ctx.db.read(partial(open_in, group_id=msg.group_id), logs=False)
    offer = named(msg.text, offers(ctx.content.products, buy))  # a quoted product post names it too
    aspects = asked(without_quote(msg.text))
    if offer is None or (aspects == ["pickup"] and not offer.pickup) or variant(without_quote(msg.text), offer.name):
        return False
    ctx.reply(msg, "catalogue_answer", name=offer.name, price=offer.price, promo_price=offer.promo_price,
              left=max(offer.left, 0), pickup=offer.pickup, asked=aspects, topic=f"offer:{offer.name}")
    return True
