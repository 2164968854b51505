"""Who comes, read word by word: a party said in whatever order members put its pieces ("父子两个去", "我们是两个
大人", "@店长 我们家三个", "两个娃 我一个人带", "我和对门的王姐刘姐一起，三个人", "我一个人嚟").

The sign-up reader's older rules match whole phrasings; a party said with one word they did not expect (是, 楼下的,
嚟, 父子) read as nothing. ``scan`` reads one clause as a sequence of pieces instead — persons (the member, her
household, kin, friends), counts of people (三个人, 俩, 两个孩子, 两大一小), pair words (父子, 婆媳), what joins
them (和, 带, 还有), going (去, 来, 参加, 报名) and fillers (就, 都, 一起, particles) — and gives up as soon as a
piece is anything else ("我们四个人斗地主": 斗地主 is no piece of a party). What it reads, and whether the rest of
the message makes it a sign-up, the sign-up reader decides (``signups._by_scan``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.language.numbers import NUMERAL, number
from bot.language.people import CHILD, NOT_RANKED, RELATIVE, SURNAME

_N = "(?P<n>" + NUMERAL + ")"
# The kinds of event a store holds, as members name them ("报烘焙课", "采摘算我一个", "一日游我退出").
GATHERING_KINDS = (r"课|讲座|活动|烘焙|手工|义诊|采摘|秋游|春游|郊游|一日游|亲子游|研学|游学|沙龙|讲堂|品鉴|"
                   # the other gatherings a store or a community holds, named as members name them (读书会, 插花, 茶话会)
                   r"读书会|分享会|茶话会|品茶会?|茶艺|插花|花艺|观影|徒步|健步走|草莓园|摘草莓|采草莓|"
                   # the contests, outings and festival games a community store runs (广场舞比赛, 重阳登山, 元宵猜灯谜)
                   r"广场舞比赛|观赛|登山|猜灯谜|灯谜|陶艺|亲子运动会|旅游|"
                   # the store's own contests and services named by what is done there (钓鱼比赛, 绘本阅读, 量血压)
                   r"(?:画画|绘画|跳舞|舞蹈)比赛|广场舞大赛|钓鱼|绘本|DIY|diy|量血压|义剪|农场")
# A festival's table and a season's outing named by what is made or done there (包饺子, 熬腊八粥, 剪窗花, 泡温泉, the store's
# free 体检): events to the sign-up readers (U20), while a list's head or a question naming them may be goods on sale (汤圆,
# 灯笼) or another body's (体检): those readers keep to GATHERING_KINDS.
# What is made there is also goods a member buys or eats at home (买汤圆, 吃饺子); where one goes there, one goes on one's own
# too (去体检, 泡温泉, 爬山, 查眼睛): either signs up only when the message does (U22, ``signups.outing_checked``).
DONE_THERE_GOODS = r"饺子|汤圆|腊八粥|窗花|剪纸|灯笼|面人"
DONE_THERE_PLACES = r"温泉|体检|查体|爬山|查眼睛|测血糖|电影"
DONE_THERE_KINDS = "|".join(r"(?<![吃斤碗盘])饺子(?!接龙)" if kind == "饺子" else kind
                            for kind in (DONE_THERE_GOODS + "|" + DONE_THERE_PLACES).split("|"))
EVENT_KINDS = GATHERING_KINDS + "|" + DONE_THERE_KINDS
# What is done at the event said by its verb alone, the thing left out as the post named it ("俺俩去包", "我们三个老的都去量",
# "来尝尝"): going to the event, not elsewhere (U22). Not eating or drinking (去吃, 去喝: a meal of one's own as often).
_DOING = "[包剪量测查搓做学捏熬尝品写画扎绣]"
DOING_LEFT_OUT = _DOING + "(?:一下|一哈|下|" + _DOING + r")?(?=$|[，,。！!？?\s吧啊呀哈嘛])"
# A check-up that is another body's (a hospital's, the workplace's, a booking or a report), not the store's free one (U20).
OTHERS_CHECK_UP = r"医院[^，,。\s]{0,2}体检|(?:单位|学校|入学|年度|年底|组织)[^，,。\s]{0,2}体检|体检(?:中心|报告|预约|套餐|结果)|预约的体检"
# Where a run of event names may start: not right after one (the last character of any, 课 of 烘焙课, 茶 of 品茶):
# a pattern that starts with such a run, ``.search``ed, tries it once from the run's start, not again from each
# of its characters (quadratic on "课课课…").
RUN_START = "(?<![" + "".join(sorted({kind[-3:-1] if kind.endswith("?") else kind[-1] for kind in EVENT_KINDS.split("|")} - {""})) + "])"
# Kinds of people counted: "两个孩子", "孩子两个", "俩娃", "三个老姐妹".
_KIND = (r"(?:大人|成人|" + CHILD + r"|儿童|男孩|女孩|宝贝|老人家?|老的|小的|大的|小朋友|学生|老?同事|老?朋友|闺蜜|老?姐妹|老?姊妹|老?同学|老?邻居|好友|小?伙伴|"
         r"外孙女?|孙子|孙女|外甥女?|侄子|侄女|闺女|儿子|女儿|阿姨|老太太|老头)")
_PIECES: tuple[tuple[str, re.Pattern], ...] = tuple((kind, re.compile(pattern)) for kind, pattern in (
    # those named before, brought by count: "老大10岁老二5岁，我带他们俩" (the two, and the member bringing them)
    ("counted", r"(?<=[带陪])(?:着|上)?(?:他们|她们|他|她)(?:(?P<k>俩|仨)|(?P<n>" + NUMERAL + r")个)"),
    # the member alone bringing the others: "两个娃 我一个人带" (not a party of one)
    ("me", r"(?:我|俺)(?:自己)?一个人(?=带)"),
    # "就我自己": the member alone; "就我和孩子" is the member and whom she names after (read piece by piece)
    ("total", r"(?:就|只有|只)(?:我|俺)(?:自己|一个人?)?(?!和|跟|带|陪|还有|加|与|同|\+|、)"),
    ("total", r"(?:就|只有|只|一共|总共|共|总共是|一共是|算|是)?(?:我|俺)(?:自己)?一个人?(?!孩子|娃|大人|老人)"),  # "就我一个人"
    ("counted", r"(?:" + NOT_RANKED + _N + r"(?:个|位|名)?" + _KIND + r"|" + _KIND + r"(?P<m>" + NUMERAL + r")(?![起块样直定下点些共律])(?:个|位|名)?(?![人位])|(?P<k>俩|仨)" + _KIND + r")"),
    ("total", r"(?P<a>" + NUMERAL + r")[大老](?P<b>" + NUMERAL + r")[小细]"),  # "两大一小", "一老一小"
    ("total", r"(?:一家|全家|我们家|我家|俺家|咱家|我们|队员|组员|一队|一组)?(?:一共|总共|共|合计)?(?:是)?" + _N + r"(?:个人|口人|个|位|人|口|名)(?![\u4e00-\u9fff]*(?:月|岁|点|号|天|小时))(?!" + _KIND + ")"),
    ("total", r"(?P<k>俩|仨)(?:人|个人)?"),
    # households counted, and each one's size: "我们两家 各三个人" (6), "我和对门李姐两家，各两个人" (4)
    ("families", r"(?:(?:我们|咱们|俺们)(?:楼上楼下|楼里|楼|单元|院里|院儿里|这边|村里?)?的?)?(?P<f>[两二三四五六七八九十俩仨]|[2-9])家人?(?![长里])"),
    ("each", r"各(?:自|家)?(?:都)?|每家(?:都)?"),
    # a household named as one of several listed before 各: "我家 张姐家 各三个人", "我家和王姐家各两个人"
    ("home", r"(?:我们家|我家|俺家|咱家|(?:隔壁|楼下|楼上|对门)?的?(?:[" + SURNAME + r"](?:阿姨|奶奶|爷爷|姐|哥|叔|婶|嫂|大爷|大妈)|老[" + SURNAME + r"])家|"
             r"(?:(?:我|俺|咱|[他她])的?)?(?:" + RELATIVE.pattern + r")家|[他她]家)(?=.*各)"),  # "我姐家", "她舅家", "对门老李家" (U18)
    # a pair word that sums up who comes, the member among them: "我和老伴两口子" 2, "我哋两公婆" 2, "两爷子来耍" 2, "小两口" 2
    # (not after bringing: "带上老两口" names two besides her)
    ("total", r"(?<![带陪着上])(?:我们|我哋|俺们|咱们|我|俺)?(?P<p>小两口|两口子|俩口子|老两口|两公婆|两夫妻|两夫妇|夫妻俩|夫妇俩|"
              r"两爷子|两爷崽|两娘母|两娘崽|两母子|两父子|两母女|两父女|两爷孙|两婆孙|两祖孙|两奶孙|两婆媳)"),
    ("two", r"(?:我们|俺们|咱们|我|俺)?(?:老两口|两口子|俩口子|夫妻|爸妈|父母|公婆|爷爷奶奶|奶奶爷爷|外公外婆|姥姥姥爷|双胞胎(?:儿子|女儿|闺女|孩子|宝宝|宝贝|娃|外孙女?|孙子|孙女)?)"),
    ("pair", r"(?:父子|母女|母子|父女|婆媳|姑嫂|姐弟|兄妹|兄弟|姐妹|祖孙|爷孙|奶孙|婆孙|娘|爷)(?=" + NUMERAL + r"|俩|仨)"),
    ("one", r"(?:我家|我们家|俺家|咱家|我的|我|俺|邻居家的?|楼下的?|楼上的?|隔壁的?|对门的?|(?<=[和跟还有])[她他]的?)?(?:" + RELATIVE.pattern
     + r"|老爷子|老太太|老人家?|好?朋友|老?姐妹|老?姊妹|好友|小?伙伴|室友|舍友|老乡|小孩|宝贝|外孙女?|孙子|孙女)"),
    # a team or group of the member's named as who comes: "红玫瑰队 9人", "我们小区队", "我们组" (not 排队, 站队; not after
    # 和/跟: "我跟舞蹈队的四个" may be four besides her)
    ("we", r"(?<![和跟与同带])(?:我们|咱们|俺们)?(?:(?:(?![和跟与同带我俺])[\u4e00-\u9fff]){1,3}(?<![排插站列归入])队|(?<=我们)组|(?<=咱们)组)(?:的)?"),
    ("we", r"(?:我们家|我们这边|我们|咱们|俺们|我哋|我家|咱家|俺家|全家|一家人|一家子|一家|我这边)"),
    ("me", r"(?:我|俺|本人|自己|咱)(?:自己)?"),
    ("one", r"(?<=带)着?[他她]|(?<=带上)[他她]"),  # "我带他去": whom she brings, named before
    # signing up for the event named with what it is about: "报健康讲座", "参加插花体验课", "去听养生讲座"
    ("going", r"(?:也|都|还|就|要|想|一起|一块儿?)*(?:报名?|参加|去听|来听)(?:[\u4e00-\u9fff]{1,4}?)(?:" + EVENT_KINDS + r")+$"),
    ("going", r"(?:也|都|还|就|要|想|一起|一块儿?|准备|打算|必须|一定|肯定|会)*(?:去|来|嚟|到|参加|报名|报个名|报上|报|冲|出动|凑个热闹|"
              r"凑热闹|记上|写上|算上?|登记|[给帮](?=我|俺|咱)|(?<=[我们俺咱])(?:留|占|记)上?)(?:一下|个)?(?:(?:听|学)?(?:这个|那个|这次|这场)?"
              r"(?:亲子)?(?:" + EVENT_KINDS + r")+|(?<=[去来])" + DOING_LEFT_OUT + ")?"),  # "给我们两个", "给我算三个", "我和女儿两个报烘焙课", "去听讲座"
    ("plus", r"\+(?P<n>[1-9]\d?)"),  # "一日游+3 我们家": so many, beside the event's name
    ("join", r"带上|带个|带着|带|陪着|陪|和|跟|与|还有|几个|加上?|以及|外加|、|，|,|\+|&|一起|一块儿?|都|也|还|就|是|的|那个|这个|吧|"
             r"[啊呀哦喔嘛咯哈噢哟呐嘞咧噻撒哇勒呢哒呗滴昂啦]"),
))


# Those counted signed up ("都报", "报上") or, when elders, going ("两个老的去"): without the member who tells it.
_THEY_GO = re.compile(r"(?:都|也)?报(?:上|名)?|(?:老的|老人)(?:都|也|一起)?(?:去|来|参加)")
_PEERS = re.compile(r"同事|朋友|闺蜜|姐妹|姊妹|同学|邻居|好友|伙伴")
_BRINGING = re.compile(r"(?:也|都|就|要|想)*(?:带上|带着|带个|带|陪着|陪)")


@dataclass(frozen=True)
class Party:
    size: int  # people coming
    total: bool  # the size said as a head count ("三个人", "俩", "两大一小"), not counted from who is named
    going: bool  # going, bringing or signing up said in the clause ("去", "带", "参加", "报名")
    named: int  # persons and counted kinds named ("我和老公" 2, "两个孩子" 2)
    household: bool  # a household's size ("我们家三口人"): who lives there, unless going or the event says more
    plus: bool = False  # the size said as "+N": a count of people only beside the event or signing up ("+1 我也是" agrees)


# Who is added on top of those said before: "带上我公婆，加上我们三口" (2 and 3), "算我一个，加我妈" (1 and 1), "我跟孩子他爸，
# 再加两个小的" (2 and 2). Not 加 inside a word (参加, 加班): only 再加/加上/外加, or 加 after a pause.
_ADDED = re.compile(r"[，,、]?(?:再加上?|加上|外加|还有(?=\s*(?:隔壁|对门|楼上|楼下|邻居)))|[，,、]加(?![班油入])")  # 还有 neighbours (U21)
_ME_IN = re.compile(r"我|俺|咱")
_IN_ALL = re.compile(r"一共|总共|共|合计")  # "我，还有隔壁的李大爷，共2人": a total said after the parts holds them all (U21)
_ALL_WITH_ME = re.compile(r"(?:我|俺)(?!们)(?:一共|总共|共|是)?" + NUMERAL + r"(?:个|位)")


# Two households or more said ("两家", "我家和我姐家"), then the size of each put as "都是", "一家" or "每家" before it ("我跟王姐
#两家 都是一大一小" 4, "我们两家 两家都是一家三口" 6, "俺们楼上三家 一家一个" 3): read as 各.
_HOUSEHOLDS = re.compile(r"(?:[两二三四五六七八九俩仨]|[2-9])家|家.{1,8}?家")
_EACH_SAID = re.compile(r"(?:都是|一家|每家)(?=(?:" + NUMERAL + r")(?:个|口|位|人|大|老)|[俩仨])")
# The member among those counted right after her ("俺仨姐妹", "我们三个姐妹"): not one more besides them.
_ME_COUNTED = re.compile(r"(?:我|俺|咱)们?(?:" + NUMERAL + r"个?|俩|仨)")


def scan(clause: str) -> Party | None:
    """The party one clause says, piece by piece; None when any piece is not one of a party's. Parts added on top of
    each other (``_ADDED``) are summed, the member counted once: in the part that counts her, or else once for all."""
    if _HOUSEHOLDS.search(clause) and "各" not in clause:
        clause = _EACH_SAID.sub("各", clause)
    parts = [p for p in _ADDED.split(clause) if p]
    if len(parts) < 2 or _ADDED.match(clause) and len(parts) < 3 or any(_ALL_WITH_ME.match(p) or _IN_ALL.search(p) for p in parts[1:]):
        return _scan(clause)  # "我领三个娃 加上我四个": with the member, the count is everyone's
    found = [_THEIR_PAIR if _NEIGHBOURS_PAIR.fullmatch(p.strip()) else _scan(p) for p in parts]
    if any(f is None or f.plus or f.household and not f.total for f in found):
        return _scan(clause)
    counted_me = any(f.total and _ME_IN.search(p) for f, p in zip(found, parts))  # "我们三口", "我一个": she is in that count
    size = sum(f.size if f.total else _others_named(f, p) for f, p in zip(found, parts))
    member = not counted_me and any(not f.total and (f.size > _others_named(f, p)) for f, p in zip(found, parts))
    total = size + member
    return Party(total, False, any(f.going for f in found), total, False) if total else None


# Neighbours named as a couple, added to the member's own part ("我和老公 加上隔壁两口子", "还有对门夫妻俩"): two more (U21);
# said alone ("隔壁两口子报名了") they are news, the other rules' to read.
_NEIGHBOURS_PAIR = re.compile(r"(?:隔壁|对门|楼上|楼下|邻居)(?:的)?(?:家)?(?:老[" + SURNAME + r"]|[" + SURNAME + r"](?:姐|哥|叔|婶|大爷|大妈|阿姨))?(?:家)?(?:的)?"
                              r"(?:两口子|俩口子|老两口|小两口|夫妻俩|夫妇俩|两夫妻)(?:也|都|一起)*")
_THEIR_PAIR = Party(2, True, False, 2, False)


def _others_named(found: Party, part: str) -> int:
    """Those a part names besides the member ("我跟孩子他爸" 1, "带上我公婆" 2, "两个小的" 2)."""
    return found.size - (1 if found.size > 0 and (_ME_IN.search(re.sub(r"(?:我|俺)(?:家|们家)?(?=" + RELATIVE.pattern + r"|[爸妈公婆])", "", part))
                                                   or _BRINGING.match(part)) else 0)


def _scan(clause: str) -> Party | None:
    at, totals, named, me, we, pair, going, household, adults, kinds, peers, plus = 0, [], 0, False, False, False, False, False, False, False, 0, False
    families, each, homes, named_before, me_before = 0, False, 0, 0, False  # "两家", "各", "我家 张姐家": households, a size said of each
    home = False  # "我家", "我们家": the household, whose members counted may come without the member
    theirs = False  # "她妹妹": someone's kin named after them, of a party only when the member is in it
    bringing = bool(_BRINGING.match(clause))  # "带上老公一起去": the member and whom she brings
    while at < len(clause):
        for kind, pattern in _PIECES:
            if (match := pattern.match(clause, at)) and match.end() > at:
                break
        else:
            return None
        at = match.end()
        groups = match.groupdict()
        if kind == "families":
            families = number(groups["f"]) or 0
        elif kind == "each":
            each, named_before, me_before = True, named, me and not _ME_COUNTED.match(clause)
        elif kind == "home":
            homes += 1
        elif kind == "plus":
            totals.append(number(groups["n"]) or 1)
            plus = True
        elif kind == "total":
            value = 2 if groups.get("p") else (number(groups["a"]) or 0) + (number(groups["b"]) or 0) if groups.get("a") else \
                number(groups.get("n") or groups.get("k") or "") if groups.get("n") or groups.get("k") else 1
            if not value:
                return None  # "两三个人": about so many, no count
            totals.append(value)
            household = household or "口" in match.group(0)
        elif kind == "counted" and groups.get("m") and re.search(r"[和跟与]$", clause[:match.start()]):
            named, at = named + 1, match.start() + len(re.match(_KIND, match.group(0)).group(0))  # "我和孩子两个": the two of us
        elif kind == "counted":
            named += number(groups.get("n") or groups.get("m") or groups.get("k") or "") or 0
            adults = adults or bool(re.search(r"大人|成人", match.group(0)))
            kinds = kinds or not _PEERS.search(match.group(0))  # "我们几个老姐妹四个": the peers counted are "we"
            peers += (number(groups.get("n") or groups.get("m") or groups.get("k") or "") or 0) if _PEERS.search(match.group(0)) else 0
        elif kind == "two":
            named += 2
        elif kind == "one":
            named += 1
            theirs = theirs or match.group(0)[0] in "她他" and not RELATIVE.fullmatch(match.group(0))  # not "她奶奶" (the child's)
        elif kind == "me":
            me = True
        elif kind == "we":
            we, home = True, home or "家" in match.group(0)
        elif kind == "pair":
            pair = True
        elif kind == "going" or kind == "join" and _BRINGING.fullmatch(match.group(0)):
            going = True  # "两个娃 我一个人带", "我带个朋友": bringing them along
    if each:
        units = families or homes or named_before + me_before  # "两家", "我家 张姐家", "张姐 李姐": each of them
        brought = named - named_before  # "我和张姐 各带一个孩子": each brings so many
        if units < 2 or plus or len(totals) > 1 or totals and brought or not totals and not (going and brought):
            return None  # "各一个": each of whom? the older rules' doubt
        size = units * totals[0] if totals else units + units * brought
        return Party(size, True, going, size, False) if size <= 30 else None
    if len(set(totals)) > 1:
        return None  # "四个人 两个": a size put right is the corrections' to read
    if theirs and not (me or we):
        return None  # "张姐和她妹妹去": others' plan ("我和王姐还有她妹妹" is the member's party)
    if totals:
        return Party(totals[0], True, going, named + me, household, plus)
    if pair:
        return Party(2, True, going, 2, False)
    if we and peers and named == peers and not me and not totals:
        return Party(named, True, going, named, False)  # "我们几个老姐妹四个"
    if home and kinds and not adults and not me and _THEY_GO.search(clause):
        return Party(named, False, going, named, False)  # "我家两个娃都报", "我家两个老的去义诊": those counted, signed up or going
    if we and (not named or kinds and not adults and not me):
        return None  # "我们去", "我们家两个孩子": how many in all?
    size = named + ((me or we or bringing) and not adults)  # "我老公去": him alone; "我们是两个大人": we are the adults
    return Party(size, False, going, named + me, False) if size else None



# --- households, each with its size (U21) ---------------------------------------------------------------------------
# After 俩/仨 standing alone for a household's head count ("我们一家仨", "她家俩"): not the pair word 俩口子, nor whom it counts
# (俩娃, 仨孙子, 俩老的, 俩个). One table for this module's households and ``signups._HOUSEHOLD`` (U22).
PAIR_COUNT_ALONE = r"(?!口子|个|娃|孩子|宝|小孩|老人|大人|外孙|孙|闺女|儿子|女儿|[老小大])"
# One household's size: "三口", "仨", "两个人", "1大1小", "一个妈妈一个孩儿" (its parts summed, a person word after each).
_SIZE = re.compile(r"(?:(?P<a>" + NUMERAL + r")[大老](?P<b>" + NUMERAL + r")[小细]|(?P<n>" + NUMERAL + r")(?:个人|口人|个|口|位|人|名)|(?P<k>俩|仨)" + PAIR_COUNT_ALONE + ")"
                   r"(?:大人|成人|孩子|孩儿|小孩|娃|妈妈|爸爸|家长|老人|宝宝|人)?")
# Someone's household named before its size ("我家三个", "她家俩", "我哥家四口", "他舅家三口"; not 一家三口 or 全家: one).
_HOME_NAMED = re.compile(r"(?<=[\u4e00-\u9fff])(?<![一全两二三四五六七八九十俩仨几老])家(?:子|里)?(?:是|就|也|都|去|来)*")
# How many households come ("我们三家", "两家", "我婆家和娘家"), then the size of each ("一家三口", "每家一个大人一个孩子",
# "都是两大一小", "各俩人").
_HOMES_COUNTED = re.compile(r"(?P<f>[两二三四五六七八九俩仨]|[2-9])家(?:子|人)?|家(?:和|跟|与|、)[\u4e00-\u9fff]{1,3}?家")
_SIZE_OF_EACH_HOME = re.compile(r"(?:(?:[两二三四五六七八九俩仨]|[2-9])家)?(?:都是|每家|一家|各家?)(?:都|就|自己)*(?:去|来|是)?(?:一家)?")


def _size_at(words: str, at: int) -> int:
    """The size said from ``at`` on: its parts one after another ("1大1小", "一个大人一个孩子"), 0 when none is."""
    size = 0
    while match := _SIZE.match(words, at):
        groups = match.groupdict()
        size += (number(groups["a"]) or 0) + (number(groups["b"]) or 0) if groups["a"] else number(groups["n"] or groups["k"]) or 0
        at = match.end()
    return size


def households(words: str) -> int | None:
    """The party of several households, each with its size: their sizes summed ("我家三个她家俩" 5, "我家三口，他舅家三口"
    6), or how many households times the size of each ("我们三家 一家一个大人一个孩子" 6, "我们三家一起去 都是一大一小" 6);
    None when the message does not say both."""
    if counted := _HOMES_COUNTED.search(words):
        homes = number(counted["f"]) or 0 if counted["f"] else 2
        each = _SIZE_OF_EACH_HOME.search(words, counted.end())
        if homes >= 2 and each and (size := _size_at(words, each.end())):
            return homes * size
    sizes = [size for home in _HOME_NAMED.finditer(words) if (size := _size_at(words, home.end()))]
    return sum(sizes) if len(sizes) >= 2 else None
