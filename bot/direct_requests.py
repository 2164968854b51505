"""(m34) Her requests to the store, said privately in her words (``bot.language.private_requests`` reads them):

- her data deleted ("我想注销 把我的资料都删掉"): passed to the staff, who check it is her and delete it from the
  dashboard; never done here (``direct_deletion_passed_on``);
- not to be @-mentioned in the group ("能不能别在群里@我"): there is no such setting beyond "退订" (product posts), so the
  staff hear it and she is told both (``direct_no_mention_passed_on``);
- the colour or flavour of her order ("围巾我订的是酒红色吧？"): not kept on the order, she is told where to look
  (``direct_colour_not_kept``);
- anything else for the staff to do ("你帮我转给店长", "订单挂在我妈名下"): passed on (``direct_request_passed_on``);
- closing words ("算了不用处理了", "问题解决了 谢谢"): a short acknowledgement, and her open complaints and requests of
  the last days are marked settled (``direct_matter_closed``).

Everything is answered privately; what she wrote (a phone number too) reaches the staff privately and never a group."""
from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from bot.events import GroupInfo, GroupMessage
from bot.handlers.game_status import DRAW_KINDS, DRAWN_WITHIN
from bot.language.game_status import game_asked
from bot.language.complaints import asks_kept_private, complaint
from bot.language.private_requests import COLOUR, DELETION, NOT_MENTIONED, closes_matter, request_kind
from bot.questions.store_hears import REQUEST, pass_on
from storage import lottery as draws, questions as rows

if TYPE_CHECKING:
    from bot.context import Ctx

SETTLED_WITHIN = timedelta(days=7)  # her complaints and requests this recent are the matter she closes
CLOSED_AGAIN = timedelta(hours=6)  # one acknowledgement of closing words this long
COLOUR_AGAIN = timedelta(minutes=10)  # one "not kept on the order" this long
_PASSED = {DELETION: "direct_deletion_passed_on", NOT_MENTIONED: "direct_no_mention_passed_on"}


async def answered(ctx: "Ctx", msg: GroupMessage) -> bool:
    """Whether ``msg`` (private, as if said in her group) was a request or closing words, now answered."""
    if not msg.text or complaint(msg.text) is not None:
        return False  # a complaint: the complaints' own answer
    kind = request_kind(msg.text)
    if kind != NOT_MENTIONED and asks_kept_private(msg.text):
        return False  # "别在群里说": what she says here stays here (the complaints' answer)
    if kind == COLOUR:
        if ctx.games.allow(f"direct-colour:{msg.sender.id}", msg.at, COLOUR_AGAIN):
            ctx.reply(msg, "direct_colour_not_kept", group_name=msg.group_name)
        return True
    if kind is not None:
        await pass_on(ctx, msg, ctx.settings(msg.group_id, msg.group_name), REQUEST)
        ctx.reply(msg, _PASSED.get(kind, "direct_request_passed_on"))
        return True
    if closes_matter(msg.text):
        settled = await ctx.db.write(partial(rows.settle, member_id=msg.sender.id, since=msg.at - SETTLED_WITHIN),
                                     core=True)
        if ctx.games.allow(f"direct-closed:{msg.sender.id}", msg.at, CLOSED_AGAIN):
            ctx.reply(msg, "direct_matter_closed", settled=bool(settled))
        return True
    return False


async def groups_with_draw(ctx: "Ctx", text: str, member_id: str, groups: tuple[GroupInfo, ...],
                           at: datetime) -> list[GroupInfo] | None:
    """(m34) A draw's status asked privately by someone in several groups who named none ("我中奖了没有"): the groups
    with a draw open or drawn lately (the answer comes from them); None when the message asks no draw's status. With no
    such group she hears so at once (``lottery_none_recent``) and the list is empty."""
    if game_asked(text) not in DRAW_KINDS:
        return None
    having = [g for g in groups
              if await ctx.db.read(partial(draws.latest, group_id=g.id, member_id=member_id, since=at - DRAWN_WITHIN))]
    if not having:
        ctx.tell(member_id, "lottery_none_recent", about=member_id, where="、".join(g.name for g in groups))
    return having
