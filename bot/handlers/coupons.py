"""Coupons (优惠券): campaigns in ``config.yaml`` (``coupons.campaigns``), issued by the owner or as
rewards, single-use codes sent privately, redeemed once in store by staff with /核销.

/发券 <活动编号> @小美 @波波      /核销 ABCD2345 [消费金额]      我的券
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import partial

from bot.config.schema import CouponCampaign
from bot.context import Ctx
from bot.chain.coupon_reminders import coupon_fields, end_of_day
from bot.events import GroupMessage
from bot.games import SUGGESTION_HELD, Suggested
from bot.language.names import find
from bot.language.own_records import COUPONS, asks_own
from bot.members import display_names
from bot.numbers import plain_amount
from bot.roles import Role
from bot.router import Router
from bot.text import normalize, said, strip_leading_mentions
from storage import coupons
from storage.content import tags_of
from storage.models import Coupon

log = logging.getLogger(__name__)

router = Router("coupons")

ASK_AGAIN = timedelta(minutes=1)
MY_COUPONS = {normalize(w) for w in ("我的券", "我的优惠券", "查券", "我的卡券", "优惠券")}


async def give(ctx: Ctx, *, group_id: str, member_id: str, campaign: CouponCampaign, reason: str, key: str,
               at: datetime) -> coupons.Issued | str:
    """Issue one coupon (idempotent by ``key``) and send its code privately; or why not (audience)."""
    settings = ctx.settings(group_id)
    if campaign.segments and settings.theme not in campaign.segments:
        return "segment"
    if campaign.tags and not set(campaign.tags) & set(await ctx.db.read(partial(tags_of, member_id=member_id))):
        return "tags"
    # Valid to the end of a local day (a member remembers "until the 30th", not "until 10:47").
    expires = end_of_day(at.astimezone(settings.zone).date() + timedelta(days=campaign.valid_days), settings)
    if campaign.expires is not None:
        expires = min(expires, end_of_day(campaign.expires, settings))
    if expires <= at:
        return "expired"
    issued = await ctx.db.write(partial(
        coupons.issue, campaign_id=campaign.id, quantity=campaign.quantity, key=key, code=coupons.new_code(),
        title=campaign.title, face_value=campaign.face_value, threshold=campaign.threshold, group_id=group_id,
        member_id=member_id, issued_at=at, expires_at=expires, reason=reason))
    if issued.status == "issued":
        ctx.outbox.direct(member_id, ctx.renderer.render("coupon_issued_private", **_shown(ctx, issued.coupon),
                                                         reason=reason))
    return issued


@router.command("发券", aliases=("coupon",), min_role=Role.OWNER, usage="/发券 活动编号 @成员…",
                summary="给成员发优惠券（券码私信发送）")
async def issue_coupons(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    words = [w for w in args.split() if not w.startswith(("@", "＠"))]
    campaigns = ctx.config.coupons.campaigns
    found = find(" ".join(words), {name: c for c in campaigns for name in (c.id, c.title)})
    campaign = found.thing
    if campaign is None or not msg.mentions:
        problem = "campaign" if campaign is None and words else "member" if campaign else "usage"
        confirm = problem == "campaign" and len(found.suggestions) == 1 and bool(msg.mentions)
        if confirm:  # (F31) one campaign suggested for the members she @-mentioned: her "是" issues it
            await ctx.games.suggest(msg.group_id, msg.sender.id, Suggested("/发券 " + found.suggestions[0], tuple(msg.mentions)),
                              msg.at + SUGGESTION_HELD)
        ctx.reply(msg, "coupon_usage", campaigns=[c.title for c in campaigns], problem=problem,
                  typed=" ".join(words), suggestions=list(found.suggestions), confirm=confirm)
        return
    names = display_names(ctx, msg.group_id)
    given, refused = [], []
    for member in dict.fromkeys(msg.mentions):
        result = await give(ctx, group_id=msg.group_id, member_id=member, campaign=campaign, reason="群主赠送",
                            key=f"owner:{msg.message_id or msg.at.isoformat()}:{campaign.id}:{member}", at=msg.at)
        status = result if isinstance(result, str) else result.status
        (given if status in ("issued", "again") else refused).append({"name": names.get(member, member),
                                                                      "why": status})
    ctx.reply(msg, "coupon_given", topic=f"coupon_given:{msg.at.isoformat()}",  # each issue is answered
              title=campaign.title, given=given, refused=refused)


@router.command("核销", aliases=("redeem",), min_role=Role.ASSISTANT, usage="/核销 券码 [消费金额]",
                summary="店员核销优惠券（每张只能用一次）")
async def redeem(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    words = strip_leading_mentions(args).split()
    if not words:
        ctx.reply(msg, "coupon_redeem_usage")
        return
    spend = plain_amount(words[1]) if len(words) > 1 else None
    if len(words) > 1 and spend is None:  # "nan", "1e3", "-200": never compared with a threshold
        ctx.reply(msg, "coupon_redeem_usage")
        return
    result = await ctx.db.write(partial(coupons.redeem, code=words[0], staff_id=msg.sender.id, at=msg.at, spend=spend))
    shown = _shown(ctx, result.coupon) if result.coupon else {"code": words[0].upper()}
    # A topic per code: a cashier redeeming coupon after coupon is never capped, a repeat of one code is.
    ctx.reply(msg, "coupon_redeemed", topic=f"coupon_redeemed:{shown['code']}",
              **(shown | {"status": result.status, "spend": spend}))


@router.natural(lambda ctx, msg: said(msg.text) in MY_COUPONS or asks_own(msg.text) == COUPONS, private=True)
async def my_coupons(ctx: Ctx, msg: GroupMessage) -> None:
    """The list goes privately (codes are as good as cash); the group hears only that it was sent."""
    if not ctx.games.allow(f"my-coupons:{msg.sender.id}", msg.at, ASK_AGAIN):
        return
    mine = await ctx.db.read(partial(coupons.of_member, member_id=msg.sender.id, at=msg.at))
    if mine:
        ctx.outbox.direct(msg.sender.id, ctx.renderer.render("coupon_list_private",
                                                             coupons=[_shown(ctx, c) for c in mine]))
    if not (mine and msg.private):  # asked privately, the list itself is the answer
        ctx.reply(msg, "coupon_list_sent", count=len(mine))


async def reward_winners(ctx: Ctx, *, game: str, group_id: str, winners: list[str], reason: str, key: str,
                         at: datetime) -> None:
    """Coupons for a game's winners, if ``coupons.rewards.<game>`` names a campaign (``key`` keeps it once)."""
    campaign_id = getattr(ctx.config.coupons.rewards, game)
    campaign = ctx.config.coupons.campaign(campaign_id) if campaign_id else None
    if campaign is None:
        return
    for member in winners:
        result = await give(ctx, group_id=group_id, member_id=member, campaign=campaign, reason=reason,
                            key=f"{key}:{member}", at=at)
        if isinstance(result, str) or result.status == "gone":
            log.info("no %s coupon for %s in %s: %s", campaign.id, member, group_id,
                     result if isinstance(result, str) else "quantity used up")


def _shown(ctx: Ctx, coupon: Coupon) -> dict:
    return coupon_fields(coupon, ctx.settings(coupon.group_id).zone) | dict(
        owner=display_names(ctx, coupon.group_id).get(coupon.member_id, ""))
