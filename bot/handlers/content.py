"""Scheduled content and products, ``/post item``, and member tags for targeted pushes."""
from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime
from functools import partial
from typing import AsyncIterator, TypeVar

from bot.config.schema import GroupSettings, ScheduledPost
from bot.content_library import Product
from bot.context import Ctx
from bot.events import GroupMessage
from bot.language.intents import names_goods_of
from bot.language.names import find
from bot.roles import Role
from bot.rich import LinkCard, MiniProgramCard, Rich
from bot.router import Router
from bot.send_queue import Priority
from storage import activities, groupbuys
from storage.content import Pick, add_tags, pick_next, remove_tags, tagged, tags_of

log = logging.getLogger(__name__)
T = TypeVar("T")

router = Router("content")

MAX_TAG_MENTIONS = 10  # a push @-mentions at most this many interested members


# --- scheduled actions (scheduler/actions.py) -----------------------------------------


async def post_content(ctx: Ctx, post: ScheduledPost, jobs: list, due: datetime) -> None:
    """A fixed template, or each group's next item of its series, never repeating before the round ends."""
    if post.template is not None:
        posts = []
        async for job in in_slices(jobs):
            local = due.astimezone(ctx.settings(job.group_id, job.group_name).zone)
            text = ctx.renderer.render(post.template, group_name=job.group_name, date=local.date().isoformat(),
                                       time=local.strftime("%H:%M"))
            posts.append((job.group_id, text, ()))
        await ctx.broadcast(posts)
        return
    picks, library = {}, {}
    async for job in in_slices(jobs):
        settings = ctx.settings(job.group_id, job.group_name)
        series, day = post.series or settings.theme, _day(due, settings)
        if (series, day) not in library:
            library[series, day] = dict(ctx.content.candidates(series, day))
        picks[job.group_id] = (job, series, library[series, day])
    chosen = await ctx.db.write(partial(
        pick_next, picks=[Pick(gid, series, tuple(items)) for gid, (_, series, items) in picks.items()], at=due))
    interested = await _interested(ctx, post.tags)
    posts, pictures = [], {}
    async for gid in in_slices(list(picks)):
        job, series, items = picks[gid]
        key = chosen[(gid, series)]
        if key is None:
            log.warning("job %s: series %r has no item for today; nothing posted", job.id, series)
            continue
        item = items[key]
        text = ctx.renderer.render("content_post", text=item.text, link=item.link, image=item.image,
                                   group_name=job.group_name)
        posts.append((gid, text, _members_of(ctx, gid, interested)))
        if item.image and ctx.pictures:
            pictures[gid] = await ctx.pictures.maybe(item.image, f"content item {item.id}")  # loaded once, kept
    await ctx.broadcast(posts, pictures)


async def post_product(ctx: Ctx, post: ScheduledPost, jobs: list, due: datetime) -> None:
    """Each group's next product for its segment, in stock and within its dates."""
    picks = {}
    async for job in in_slices(jobs):
        settings = ctx.settings(job.group_id, job.group_name)
        day = _day(due, settings)
        fitting = {p.id: p for p in ctx.content.products if p.fits(settings.theme, post.tags) and p.why_not(day) is None}
        picks[job.group_id] = (job, fitting)
    await _without_goods_on_offer(ctx, picks)
    chosen = await ctx.db.write(partial(
        pick_next, picks=[Pick(gid, "products", tuple(items)) for gid, (_, items) in picks.items()], at=due))
    tags = {tag for _, items in picks.values() for product in items.values() for tag in product.tags}
    interested = await _interested(ctx, tags)
    posts, products = [], {}
    async for gid in in_slices(list(picks)):
        job, items = picks[gid]
        key = chosen[(gid, "products")]
        if key is None:
            log.warning("job %s: no product fits segment %r today; nothing posted", job.id,
                        ctx.settings(job.group_id, job.group_name).theme)
            continue
        products[gid] = items[key]
        posts.append(_product_post(ctx, gid, items[key], interested))
        ctx.games.posted(gid, items[key].name, due)
    pieces = {product.id: await product_pieces(ctx, product) for product in {p.id: p for p in products.values()}.values()}
    await ctx.broadcast(posts, {gid: pieces[product.id] for gid, product in products.items()})


async def _without_goods_on_offer(ctx: Ctx, picks: dict[str, tuple]) -> None:
    """(s34) A group's open group-buy or event already offers its goods: a post of the same goods would show a second
    price for them. Such products are left out of that group's picks (another is posted, or none), each with a log line."""
    def read(session):
        return {gid: (groupbuys.open_in(session, gid), activities.live_in(session, gid)) for gid in picks}

    offered = await ctx.db.read(read)
    for gid, (job, fitting) in picks.items():
        buy, event = offered[gid]
        for product in list(fitting.values()):
            if buy is not None and (buy.product_id == product.id or names_goods_of(buy.item, product.name)):
                log.info("job %s: %s not posted in %s: the open group-buy sells it (%s)", job.id, product.id, gid, buy.item)
            elif event is not None and names_goods_of(event.title, product.name):
                log.info("job %s: %s not posted in %s: the open event offers it (%s)", job.id, product.id, gid, event.title)
            else:
                continue
            del fitting[product.id]


def _product_post(ctx: Ctx, group_id: str, product: Product,
                  interested: dict[str, set[str]]) -> tuple[str, str, tuple[str, ...]]:
    text = ctx.renderer.render("product_post", **product.model_dump())
    return group_id, text, _members_of(ctx, group_id, interested, product.tags)


async def product_pieces(ctx: Ctx, product: Product) -> tuple[Rich, ...]:
    """What a store sends with a product's text: its picture first, then its shop card."""
    pictures = await ctx.pictures.maybe(product.image, f"product {product.id}") if ctx.pictures else ()
    thumbnail = product.image if product.image and product.image.startswith(("http://", "https://")) else ""
    if product.mini_program is not None:
        program = product.mini_program
        return (*pictures, MiniProgramCard(program.appid, program.title or product.name, program.page_path, thumbnail))
    if product.link:
        price = product.promo_price or product.price
        return (*pictures, LinkCard(product.link, product.name, ctx.renderer.render("product_card", price=price),
                                    thumbnail))
    return pictures


async def _interested(ctx: Ctx, tags) -> dict[str, set[str]]:
    """member id -> their tags among ``tags`` (one query for a whole fan-out)."""
    tags = list(tags)
    if not tags:
        return {}
    return await ctx.db.read(partial(tagged, tags=tags))


def _members_of(ctx: Ctx, group_id: str, interested: dict[str, set[str]], tags=None) -> tuple[str, ...]:
    group = ctx.transport.group(group_id)
    if group is None or not interested:
        return ()
    wanted = set(tags) if tags is not None else None
    found = [m.id for m in group.members if m.id in interested and (wanted is None or interested[m.id] & wanted)]
    return tuple(found[:MAX_TAG_MENTIONS])


async def in_slices(items: list[T], size: int = 50) -> AsyncIterator[T]:
    """Iterate, letting the event loop breathe every ``size`` items: a 500-group fan-out must not stall it."""
    for index, item in enumerate(items):
        if index and index % size == 0:
            await asyncio.sleep(0)
        yield item


def _day(due: datetime, settings: GroupSettings) -> date:
    return due.astimezone(settings.zone).date()


# --- commands ---------------------------------------------------------------------------


@router.command("post", aliases=("推送",), min_role=Role.ASSISTANT, usage="/推送 商品名（或商品编号）",
                summary="把一件商品推送到本群")
async def post_item(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    """"/推送 毛毛虫绘本", "/推送 商品 五常小米", "/推送 item p-puree": a product by its name or id, with did-you-mean."""
    words = args.split()
    if words and words[0] in ("item", "商品"):
        words = words[1:]
    typed = " ".join(words)
    products = ctx.content.products
    names = [p.name for p in products][:10]
    if not typed:
        ctx.reply(msg, "post_usage", names=names)
        return
    found = find(typed, {name: p for p in products for name in (p.id, p.name)})
    product = found.thing
    if product is None:
        ctx.reply(msg, "post_unknown_item", typed=typed, suggestions=list(found.suggestions), names=names)
        return
    why_not = product.why_not(msg.at.astimezone(ctx.settings(msg.group_id, msg.group_name).zone).date())
    if why_not is not None:
        ctx.reply(msg, "post_item_unavailable", name=product.name, why=why_not)
        return
    await ctx.broadcast([_product_post(ctx, msg.group_id, product, await _interested(ctx, product.tags))],
                        {msg.group_id: await product_pieces(ctx, product)}, priority=Priority.NOTICE)
    ctx.games.posted(msg.group_id, product.name, msg.at)


MAX_ANNOUNCEMENT = 500  # characters of a /公告


@router.command("公告", aliases=("通知", "announce"), min_role=Role.ASSISTANT, usage="/公告 明天店里盘点，下午三点后营业",
                summary="在本群发一条公告（立即排队发送，不@任何人）")
async def announce(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    """The staff's own words, posted once as the bot's notice (the send queue's ``Priority.NOTICE``: not held behind
    the hour's scheduled posts, but no more than the group's hourly budget of notices); their text is data."""
    text = args.strip()
    if not text or len(text) > MAX_ANNOUNCEMENT:
        ctx.reply(msg, "announcement_usage", problem="long" if text else "empty", most=MAX_ANNOUNCEMENT)
        return
    ctx.say(msg.group_id, "announcement", priority=Priority.NOTICE, text=text)


@router.command("tag", aliases=("标签",), min_role=Role.OWNER, usage="/标签 @成员 标签…（标签前加 - 表示删除）",
                summary="给成员加或删标签，用于精准推送")
async def tag_member(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    words = [w for w in args.split() if not w.startswith(("@", "＠"))]
    members = list(msg.mentions) or ([words.pop(0)] if len(words) > 1 else [])
    if not members or not words:
        ctx.reply(msg, "tag_usage")
        return
    group = ctx.transport.group(msg.group_id)
    names = {m.id: m.name for m in group.members} if group else {}
    strangers = [m for m in members if m not in names]
    if strangers:
        ctx.reply(msg, "tag_unknown_member", id=strangers[0])
        return
    added = [w for w in words if not w.startswith("-")]
    removed = [w[1:] for w in words if w.startswith("-") and len(w) > 1]
    for member in members:
        await ctx.db.write(partial(add_tags, member_id=member, tags=added, source="command"))
        await ctx.db.write(partial(remove_tags, member_id=member, tags=removed))
    now = [(m, await ctx.db.read(partial(tags_of, member_id=m))) for m in members]
    ctx.reply(msg, "tagged", members=[{"name": names.get(m, m), "tags": tags} for m, tags in now])
