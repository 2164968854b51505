"""The private chat with the bot: which group a direct message is about, and what it asks.

A member (or a staff member) writes to the bot privately: "我的积分", "/stats", "生日 05-12".
The message is served as if said in one of their groups, with the roles they hold there
(by member id), and every answer goes back privately (``GroupMessage.private``). Someone in
several groups names the group anywhere in the message ("宝妈育儿群 我的积分"); the last
group named is remembered (in the database: a restart keeps it). In private the slash is optional.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.commands import ParsedCommand, parse_command
from bot.events import DirectMessage, GroupInfo, GroupMessage, Member
from bot.language.intents import read_order
from bot.language.own_records import COUPONS, ORDERS, POINTS, PRIZES, SIGNINS, SIGNUPS, asks_own
from bot.language.signins import read_signin
from bot.language.signups import read_signup
from bot.language.wrapping import is_courtesy, plain, strip_particles, trim_courtesy
from bot.text import normalize

if TYPE_CHECKING:
    from bot.context import Ctx


@dataclass(frozen=True)
class Found:
    group: GroupInfo | None  # None: not in any group, or in several and none named
    candidates: tuple[GroupInfo, ...]  # the groups the sender belongs to
    message: GroupMessage | None = None
    command: ParsedCommand | None = None
    named: bool = False  # the message itself names the group (not remembered, not her only one)
    text: str = ""  # the message without the group's name


def member_groups(ctx: "Ctx", member_id: str, groups: list[GroupInfo]) -> tuple[GroupInfo, ...]:
    """The groups someone belongs to: as a member on the roster, the owner, or an assistant."""
    return tuple(g for g in groups if member_id == g.owner or any(m.id == member_id for m in g.members)
                 or member_id in ctx.settings(g.id, g.name).assistants)


def about_group(ctx: "Ctx", dm: DirectMessage, groups: list[GroupInfo], remembered: str | None) -> Found:
    mine = member_groups(ctx, dm.sender.id, groups)
    text = dm.text.strip()
    named, said_name = _named(text, mine)
    if named is not None:
        text = " ".join(text.replace(said_name, " ").split())
    group = named or (mine[0] if len(mine) == 1 else next((g for g in mine if g.id == remembered), None))
    if group is None:
        return Found(None, mine, text=text)
    msg = as_said_in(group, dm, text)
    return Found(group, mine, msg, _command(ctx, text), named=named is not None, text=text)


def as_said_in(group: GroupInfo, dm: DirectMessage, text: str) -> GroupMessage:
    """The private message as if said in ``group`` (answered privately)."""
    sender = next((m for m in group.members if m.id == dm.sender.id), dm.sender)
    # "@小美" in a private message names a member of that group, as a mention would in the group.
    mentions = tuple(m.id for m in group.members if m.name and f"@{m.name}" in text)
    return GroupMessage(group.id, group.name, Member(sender.id, sender.name), text, dm.at, mentions=mentions,
                        private=True)


def _named(text: str, mine: tuple[GroupInfo, ...]) -> tuple[GroupInfo | None, str]:
    """The group the message names, and the words naming it: its full name ("宝妈育儿群"), else a short name ending in 群
    that only one of her groups' names holds ("宝妈群", "青年群": the words before 群 in the name, in order)."""
    full = next((g for g in sorted(mine, key=lambda g: -len(g.name)) if g.name and g.name in text), None)
    if full is not None:
        return full, full.name
    for end in (i for i, ch in enumerate(text[:200]) if ch == "群"):
        for size in range(min(6, end), 1, -1):  # the longest short name first
            short = text[end - size:end]
            fits = [g for g in mine if _abbreviates(short, g.name)]
            if len(fits) == 1:
                return fits[0], short + "群"
    return None, ""


def _abbreviates(short: str, name: str) -> bool:
    """"宝妈" of 宝妈育儿群, "潮流青年" or "青年" of 潮流青年群: its characters in order in the name (before 群),
    the first two next to each other."""
    core = name[:-1] if name.endswith("群") else name
    if len(short) < 2 or short[:2] not in core:
        return False
    at = core.index(short[:2]) + 2
    for ch in short[2:]:
        at = core.find(ch, at) + 1
        if at == 0:
            return False
    return True


def _command(ctx: "Ctx", text: str) -> ParsedCommand | None:
    """``/积分`` as in a group; in private also ``积分`` or ``生日 05-12`` when the first word names a command."""
    if (parsed := parse_command(text)) is not None:
        return parsed
    word, _, rest = text.partition(" ")
    if word and ctx.find_command(word) is None:  # (D32) "汇总一下", "统计下吧": the command asked for politely
        word = _POLITE_END.sub("", word)
    return ParsedCommand(word, rest.strip()) if word and ctx.find_command(word) is not None else None


_POLITE_END = re.compile(r"(?:一下|下)?(?:吧|呗|呢|啊|呀|哈|谢谢|哦)?$")


# --- what a private message means (D32) ---------------------------------------------------------------------------

# The words each own-record answer is registered under (``bot.handlers.mine``, ``points``, ``coupons``).
RECORD_WORDS = {POINTS: "我的积分", ORDERS: "我的订单", SIGNUPS: "我的报名", SIGNINS: "签到记录", COUPONS: "我的券",
                PRIZES: "我的奖品"}
# A record named alone, left after the group's name ("宝妈群的积分" -> "的积分"; "那潮流青年群呢" -> "那呢").
_BARE = {"积分": POINTS, "我积分": POINTS, "订单": ORDERS, "单子": ORDERS, "券": COUPONS, "优惠券": COUPONS,
         "签到记录": SIGNINS, "打卡记录": SIGNINS, "签到情况": SIGNINS, "我的签到": SIGNINS, "我的打卡": SIGNINS,
         "奖品": PRIZES, "我的奖品": PRIZES}
# (s33) Her sign-ins asked in private (the group's own reading is the sign-in feature's): whether today is signed
# ("今儿签了没", "今天打卡了吗"), the streak ("我连续签了几天了"), the month ("我这个月签了几天"). A bounded gap, linear.
_SIGNIN_STATUS = re.compile(
    r"^(?:我|俺)?(?:今天|今儿|今日|今儿个)?(?:签|打卡|签到)(?:了|过|上)(?:到|卡)?(?:了)?(?:没|吗|没有|嘛|么|不)|"
    r"(?:连续|一共|总共|这个月|本月|这月|这周|本周)[^，,。！!？?\n]{0,3}?(?:签|打卡|签到)(?:了|过|到)?(?:几|多少)天|"
    r"(?:签|打卡|签到)(?:了|过)?(?:几|多少)天(?:了|啦)?(?:呢|啊|呀|吗)?$")
_FRAME = re.compile(r"^(?:那|那么|还有|再看看|看看|查查|查)?(?:的)?|(?:的)?(?:呢|吗|嘛|啊|呀)?$")
_THANKS = re.compile(r"(?:谢谢|多谢|感谢|谢啦|谢了|3q|thank|thx|辛苦)", re.IGNORECASE)
# (s33) How a member calls the bot in private, before or after her words: "谢谢你啊闺女", "辛苦啦 谢谢小助手",
# "闺女 我问一下 你们店几点开门呀". Said to the bot, these are no relative: the message is read without them.
_CALLED = ("小助手", "助手", "群助手", "机器人", "闺女", "姑娘", "小姑娘", "丫头", "妹子", "小妹", "妹妹", "小姐姐", "小哥", "亲",
           "亲爱的", "宝", "宝贝", "老师", "美女", "帅哥")
_CALLING = re.compile(r"^(?:" + "|".join(sorted(_CALLED, key=len, reverse=True)) + r")(?:啊|呀|哈|呢)?[，,。！!～~ ]+|"
                      r"[，,。！!～~ ]*(?:啊|呀|哈)?(?:" + "|".join(sorted(_CALLED, key=len, reverse=True)) + r")[～~！!。]*$")
_ASK_FRAME = re.compile(r"^(?:我)?(?:想)?(?:问一下|问下|问问|请问一下|请问|打听一下|打听下)[，,。～~ ]*")
ACTIONS = ("signin", "signup", "order")  # done in the group: a private message is told where and how


def record_asked(text: str) -> str | None:
    """The own record a private message asks about: her words ("查下积分谢谢"), a record named alone ("的积分"), or ""
    when nothing but a group's name was left ("那潮流青年群呢": the record asked last, for that group)."""
    bare = _FRAME.sub("", trim_courtesy(normalize(text)))
    if not bare:
        return ""
    return (_BARE.get(bare) or _BARE.get(bare.removeprefix("我的")) or asks_own(text)
            or (SIGNINS if len(bare) <= 20 and _SIGNIN_STATUS.search(normalize(trim_courtesy(text.strip()))) else None))


def thanked(text: str) -> bool:
    """Only thanks (and a greeting, an assent or particle around it): "谢谢啦～", "好的谢谢", "多谢多谢", "好嘞 感谢亲",
    "谢谢你哈孩子"."""
    words = normalize(text)
    if not _THANKS.search(words) or len(words) > 14:
        return False
    said = _THANKS_CALLING.sub("", uncalled(plain(text)))
    return all(is_courtesy(part) or _ASSENT.fullmatch(part) or _thanks_only(part)
               for part in re.split(r"[，,。！!～~ ]+", said) if part)


# (f33) Words of assent beside thanks ("好嘞 感谢亲", "嗯嗯 谢谢", "收到 谢啦"): no question, no request.
_ASSENT = re.compile(r"(?:好嘞|好哒|好滴|好的|好吧|好|嗯嗯|嗯|哦哦|哦|ok|OK|Ok|收到|知道了|明白了|明白|懂了|行|可以)"
                     r"(?:啊|呀|哈|啦|了|呢|哦|~|～)*")
_ASSENT_FIRST = re.compile(r"^(?:好嘞|好哒|好滴|嗯嗯|嗯|哦哦|收到|ok)(?=谢|多谢|感谢|辛苦)", re.IGNORECASE)
# (f33) How an elder calls the bot in thanks, at its end only ("谢谢你哈孩子", "谢谢娃"): not left out of a question, where
# "孩子" at the end is the matter ("怎么哄孩子").
_THANKS_CALLING = re.compile(r"(?:啊|呀|哈)?(?:孩子|孩儿|娃|娃娃|宝子|亲亲|大妹子|老妹)[～~！!。]*$")


def _thanks_only(part: str) -> bool:
    """"谢谢你啊", "谢啦", "辛苦啦", "好的谢谢您", "好嘞感谢": thanks, its particles and "你/您" only."""
    part = _ASSENT_FIRST.sub("", part) or part
    for each in (part, strip_particles(part)):
        core = strip_particles(each.removeprefix("好的").removeprefix("好")).removesuffix("你").removesuffix("您")
        if _THANKS.fullmatch(each) or _THANKS.fullmatch(core) or _THANKS.fullmatch(strip_particles(core)) or re.fullmatch(r"辛苦(?:了|啦|你|您)*", each):
            return True
    return False


def uncalled(text: str) -> str:
    """(s33) The message without how she calls the bot and an asking frame: "闺女 我问一下 你们店几点开门呀" -> "你们店几点开门呀"."""
    text = text.strip()
    for _ in range(2):
        text = _ASK_FRAME.sub("", _CALLING.sub("", text[:200] if len(text) > 200 else text).strip()).strip()
    return text


def action_asked(ctx: "Ctx", msg: GroupMessage) -> str | None:
    """What the message would do in the group: a sign-in, a sign-up (or its cancellation), an order (or a change)."""
    signin = ctx.settings(msg.group_id, msg.group_name).signin
    if signin.enabled and read_signin(msg.text, signin.triggers) is not None:
        return "signin"
    signup, order = read_signup(msg.text), read_order(msg.text)
    if signup is not None and order is not None:  # both readers take it: the goods named, or the surer reading
        return "order" if order.item or order.sure and not signup.sure else "signup"
    return "signup" if signup is not None else "order" if order is not None else None


# --- a birthday told before naming her group (z33) ------------------------------------------------------------------

# Her answer to "想在哪个群收到生日祝福？": a group's name and nothing else but a frame ("宝妈群吧", "就宝妈育儿群 谢谢",
# "在潮流青年群"), or every group ("都要", "两个群都要", "都可以"). Literals and bounded runs, on at most ``_CHOSEN_MAX``
# characters: linear.
_CHOSEN_MAX = 20
_LEAD_FRAME = re.compile(r"(?:那就|就|在|放|选|是|要|那|还是)?(?:那个|这个)?")
_TAIL_FRAME = re.compile(r"(?:吧|呀|啊|哦|的|了|呢|嗯|哈|就行|就好|好了|可以|谢谢|谢啦)*")
_EVERY_GROUP = re.compile(r"(?:(?:两|三|四|几|这几|这两|每|所有|全部)个?群?)?(?:都|全)(?:要|行|可以|记|登记|算|好)?上?"
                          r"|(?:全部|所有群|每个群)都?(?:要|行|可以)?")


def groups_chosen(found: Found) -> tuple[GroupInfo, ...]:
    """The groups a private answer to "which group?" picks: the one it names, alone; all her groups ("都要"); a short name
    said without 群 that only one of her groups' names holds ("宝妈"); else none (she said something else)."""
    words = normalize(found.text)
    if len(words) > _CHOSEN_MAX:
        return ()
    lead = _LEAD_FRAME.match(words).end()
    core = words[lead:]
    core = _strip_tail(core)
    if found.named:
        return (found.group,) if not core else ()
    if len(found.candidates) > 1 and _EVERY_GROUP.fullmatch(core):
        return found.candidates
    fits = [g for g in found.candidates if core and _abbreviates(core.removesuffix("群"), g.name)]
    return (fits[0],) if len(fits) == 1 else ()


def named_alone(found: Found) -> bool:
    """(f33) Whether the private message is a group's name and only a frame around it ("宝妈群就行", "就宝妈育儿群吧")."""
    words = normalize(found.text)
    if not found.named or len(words) > _CHOSEN_MAX:
        return False
    core = _strip_tail(words)
    return _LEAD_FRAME.match(core).end() == len(core)


def _strip_tail(core: str) -> str:
    """``core`` without the particles and thanks at its end (the shortest rest ``_TAIL_FRAME`` leaves)."""
    for end in range(len(core) + 1):
        if _TAIL_FRAME.fullmatch(core, end):
            return core[:end]
    return core


# (s33) A newcomer asking what the bot is for ("我是新来的 怎么玩", "你能干啥"): the menu is the answer.
_MENU_ASKED = re.compile(r"新来的|刚进群|新人|怎么玩|咋玩|怎么用你|你能干(?:啥|什么|嘛)|你会(?:啥|什么|干啥)|有(?:什么|啥)功能|"
                         r"能帮我(?:干|做)(?:啥|什么)|你是干(?:啥|什么|嘛)的|怎么使用")


def asks_menu(text: str) -> bool:
    words = normalize(text)
    return len(words) <= 20 and _MENU_ASKED.search(words) is not None


# (s33) A greeting or a question about the bot itself ("在吗", "有人吗", "你是真人还是机器人"): the menu answers it, not
# "这个我不知道".
_TO_THE_BOT = re.compile(r"^(?:在|在不在|在没在|有人|有没有人|你好|您好|哈喽|嗨)(?:吗|么|嘛|不|没|呀|啊)*$|^(?:你|您)(?:是|叫|在|能|会)")


def greets_or_asks_the_bot(text: str) -> bool:
    return _TO_THE_BOT.search(normalize(text)[:40]) is not None
