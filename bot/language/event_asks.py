"""(e33) Two questions a member asks of the open event that are not yet a sign-up. Pure; ``bot.handlers.event_asks``
answers them from the event's row.

- Whether she may come, with her party ("我们家三口都去可以吗", "带娃能来吗 俩大人一个娃", "我们一家三口能参加吗",
  "两大一小可以报吗"): a yes/no question of coming, with people in it. She is told whether there is room and asked once
  whether to sign them up; never signed up silently. Bringing things ("能带吃的吗") or a time ("几点能来") is not this.
- Her own standing ("我们是排队的吗", "我排上了没", "我报上了吗", "我是候补第几"): answered from SQL.
"""
from __future__ import annotations

import re

from bot.language.people import RELATIVE
from bot.text import normalize

ASKED = 40  # characters at most: a longer message tells more than it asks

# Asking leave: "可以吗", "能来吗", "能参加不", "行不行", "可不可以", "能不能去", "可以带孩子吗", "能一起来么".
_MAY = re.compile(r"(?:可以|能|能够|行|方便)(?:来|去|参加|报|报名|一起|一块|带|过来)?[^吗么嘛伐?？]{0,8}?(?:吗|么|嘛|伐|不|不行|[?？])|"
                  r"可不可以|能不能|行不行|可以不|能否|允不允许|让不让")
# People coming: herself with others, a household, children ("一家三口", "俩大人一个娃", "带孩子", "我和老公").
# (r34) 孙 alone is a surname ("孙阿姨可以来吗" asks of another member): a grandchild is 孙子, 孙女, 外孙.
_PEOPLE = re.compile(r"我们|俺们|咱们|我家|全家|一家|[几两三四五六七八九十\d]口|大人|小孩|孩子|娃|宝宝|宝贝|老人|老公|老伴|"
                     r"老婆|爸|妈|婆|奶|爷|姥|外公|外婆|孙子|孙女|孙儿|外孙|闺女|女儿|儿子|朋友|同事|姐妹|[两三四五六七八九十\d]个人|[两三四五六\d]大[一两二三\d]小")
# Coming: "去", "来", "参加", "报", "带" ("一起" alone may be buying together: "我们能一起拼单吗").
_COMING = re.compile(r"去|来|参加|报|带")
# Not leave to come: a time asked ("几点能来"), a cancel ("去不了"), something to bring that is no one ("带吃的").
_NOT = re.compile(r"几点|什么时候|啥时候|几号|哪天|不了|不成|不去|不来|取消|退|带(?:吃|喝|水|零食|东西|饭|食物|狗|猫|宠物|车|材料|工具)")


def party_question(text: str) -> str | None:
    """When the message asks whether she may come with her party: its words without the asking ("我们家三口都去可以吗" →
    "我们家三口都去"), for the sign-up reader to count the party; else None."""
    folded = normalize(text)
    if len(folded) > ASKED or _NOT.search(folded) or not _PEOPLE.search(folded) or not _COMING.search(folded):
        return None
    found = _MAY.search(folded)
    if found is None:
        return None
    return (folded[:found.start()] + " " + folded[found.end():]).strip()


# Her own standing: "排上了没", "报上了吗", "报进去了吗", "我是候补吗", "我们是排队的吗", "排第几", "轮到我了吗".
_OWN = re.compile(r"(?:排|报|挤|抢|候补|补)(?:上|进|进去|到|成)(?:名)?了?(?:吗|没|不|么|没有|呢|[?？])|"
                  r"(?:报|排)(?:上)?名了?(?:吗|没|没有|么)|"
                  r"是(?:在)?(?:排队|候补|正式)(?:的)?(?:吗|不|么|嘛|呢|[?？])|"
                  r"(?:排|候补|排队)(?:在|到)?(?:第几|哪|多少号)|轮到我(?:们)?了?(?:吗|没|么)")  # (r34) "我排在哪", "我排到多少号了"
_SELF = re.compile(r"我|俺|咱|我们|我家")
OWN_ASKED = 24  # characters at most


def asks_own_signup(text: str) -> bool:
    """Whether she asks whether she (her party) is on the event's list or its waitlist."""
    folded = normalize(text)
    found = _OWN.search(folded) or OWN_RECORD_ASKED.search(folded) if len(folded) <= OWN_ASKED else None
    return found is not None and (found.start() == 0 or bool(_SELF.search(folded))) and not _OTHERS.search(folded)


# (j34) Her sign-up spoken of as a thing, its state asked: "我的报名还在不", "俺报的名还算数不", "我们家的名额还有效吗",
# "我的名字还在名单上没" — a question, never a sign-up (``signups`` reads it so too), answered with her standing.
OWN_RECORD_ASKED = re.compile(r"(?:我|俺|咱|额)(?:们|家|们家)?(?:(?:的|报的)(?:名|报名|名额|名字|位置|位子)?|的?(?:报名|名额|名字))"
                              r"(?:还|到底|现在|是不是)?(?:在不在|还在|在|有效|算数|作数|算不算|成功|成了|没了|丢了|没丢|还有)"
                              r"(?:上面|名单上|里面|里头)?(?:吗|么|不|没|没有|呢|吧|嘛|伐|冇|[?？])")


_OTHERS = re.compile(r"她|他|你|人多|几个人|多少人")  # another's standing, or the list's ("排队的人多吗")


# She cannot come, said outright: "去不了了", "来不了", "参加不了", "去不成了", "没法去了" — with no doubt ("可能", "说不定",
# "怕是", "估计": asked as before), no question ("去不了怎么办？"), and of herself (not "她去不了了").
_UNABLE = re.compile(r"(?:去|来|嚟|参加|过去|过来)不(?:了|成)|(?:去|来|嚟)唔(?:了|成|到)|(?:不能|没法|没办法)(?:去|来|参加)(?:了)?")  # 粤 去唔到 (j34)
_DOUBT = re.compile(r"可能|也许|或许|大概|说不定|不一定|恐怕|怕是|估计|八成|万一|如果|要是|的话|看情况|不确定|不知道|应该")
_ASKING = re.compile(r"吗|么|嘛|[?？]|怎么办|咋办|能不能|可不可以|行不行|会不会")
_SOMEONE_ELSE = re.compile(r"[她他你佢]|别人|有人|大家|朋友|同事|邻居")
CANNOT_SAID = 60  # characters at most


def cannot_come(text: str) -> bool:
    """Whether she says plainly that she cannot come (a day named beside it makes it the event's: the handler checks)."""
    folded = normalize(text)
    return len(folded) <= CANNOT_SAID and bool(_UNABLE.search(folded)) and not _DOUBT.search(folded) \
        and not _ASKING.search(folded) and not _SOMEONE_ELSE.search(folded) and not kin_cannot_come(folded)


# (r33) One of her party is who cannot come ("老公周六去不了了", "孩子周六来不了了", "我们家老大周六去不了了，我和小的去"):
# a person of her household or kin, then only a day, a time or a plain word of why ("有事", "加班"), then the verb. Not
# "我和老公周六去不了了" nor "老公跟我都去不了" (she is of them), nor "宝宝发烧了 周六去不了了" (the child is ill: she stays).
_GAP = r"(?:[这那下本周星期礼拜一二三四五六七日天末\d号月明后今当上午晚也就都又]|有事|临时|突然|加班|要上班|上班){0,8}"
_KIN_UNABLE = re.compile(r"(?<![和跟与同、])(?:" + RELATIVE.pattern + r"|小的|大的|朋友)" + _GAP + r"(?:" + _UNABLE.pattern + ")")
# (j34) Her kin named, then a word of why, then he or she (粤 佢) who cannot come: "老伴儿周四要去医院复查 他去不了了",
# "老公话周六要加班 佢去唔到". Not "他们" (many), nor a neighbour (隔壁老王, 邻居老李).
_KIN_THEN_HIM = re.compile(r"(?<![和跟与同、壁居])(?:" + RELATIVE.pattern + r"|小的|大的)[^我俺咱你您们]{0,20}?[他她佢](?:也|就|都|又|肯定)?" + _GAP
                           + r"(?:" + _UNABLE.pattern + ")")
_WITH_HER = re.compile(r"(?:我|俺|咱)(?:们)?(?:和|跟|与|同)|(?:和|跟|与|同)(?:我|俺|咱)(?!们?家)")
# (f34) Someone outside her household, just before the kin (after her own 我) or between the kin and 他: "隔壁王姐说她家
# 老公去不了了", "女儿说她同学明天要考试 他去不了了". Their people are not her party.
_NOT_HERS = re.compile(r"隔壁|邻居|楼上|楼下|同事|同学|朋友|闺蜜|老师|领导|她家|他家|人家|别人|[她他佢](?:的|嘅)|[^家]姐说|[^家]哥说")
_SAID_BY = re.compile(r"说[她他佢]|话[她他佢]")  # "老公说他同事…": before the kin, someone else's people
_HER_OWN = re.compile(r"[我俺咱]")
_MARKS = re.compile(r"[\s,，。.!！?？~～、；;]+")
BEFORE_KIN = 8  # characters before the kin read for someone else's


def _of_her_household(text: str, folded: str, found: re.Match, *, then_him: bool) -> bool:
    start = max(0, found.start() - BEFORE_KIN)
    at = 0
    for clause in _MARKS.split(text):  # her clause only: "邻居家办事 老公去不了了" is her husband
        at += len(normalize(clause))
        if at <= found.start():
            start = max(start, at)
    before = folded[start:found.start()]
    mine = [m.end() for m in _HER_OWN.finditer(before)]
    before = before[mine[-1]:] if mine else before  # "隔壁家里有事 我老公去不了了": 我老公 is hers
    if _NOT_HERS.search(before) or _SAID_BY.search(before):
        return False
    return not (then_him and _NOT_HERS.search(found.group(0)[1:]))


def kin_cannot_come(text: str) -> bool:
    """(r33) Whether the one who cannot come is another of her party, not she (her sign-up is then asked about, smaller)."""
    folded = normalize(text)
    if len(folded) > CANNOT_SAID or _DOUBT.search(folded) or _ASKING.search(folded):
        return False
    for pattern, then_him in ((_KIN_UNABLE, False), (_KIN_THEN_HIM, True)):
        found = pattern.search(folded)
        if found is not None and _of_her_household(text, folded, found, then_him=then_him):
            return not _WITH_HER.search(folded[:found.end()])
    return False


# (v34) Who would come, told beside a question of places ("还有位置没 我想带我家俩娃去", "还有名额吗？俺打算带孙子孙女来"):
# the clause with people and coming, its wish ("想", "打算") left out so the sign-up reader counts the party ("我带我家俩娃去").
_CLAUSES = re.compile(r"[\s,，。.!！?？~～、；;]+")
_WISH = re.compile(r"想要|想|打算|准备|计划")


def party_told(text: str) -> str | None:
    """The clause of the message that tells who would come, without its wish; None when no clause does."""
    if len(text) > 2 * ASKED:
        return None
    for clause in _CLAUSES.split(text):
        folded = normalize(clause)
        if _PEOPLE.search(folded) and _COMING.search(folded) and not _NOT.search(folded):
            return _WISH.sub("", folded)
    return None


# (v34) How many are ahead of her on the waitlist: "我前面还有几个人排队啊", "俺前头还有多少人", "我们前边还排着几位".
_AHEAD = re.compile(r"前(?:面|头|边)(?:还)?(?:有|排)?(?:着)?(?:几|多少)(?:个|位)?(?:人|位)?(?:在)?(?:排队|排|等)?"
                    r"(?:啊|呀|呢|吗|哈|嘛|呐|[?？]|$)")


def asks_ahead(text: str) -> bool:
    """Whether she asks how many wait before her (hers: she names herself; another's is not)."""
    folded = normalize(text)
    found = _AHEAD.search(folded) if len(folded) <= OWN_ASKED else None
    return found is not None and bool(_SELF.search(folded[:found.start()])) and not _SOMEONE_ELSE.search(folded)


# (v34) "签上了没": the event's list or the daily sign-in; "签到了没", "打卡了没" are the sign-in's alone, "报上了没" the
# event's alone (``asks_own_signup``).
_SIGNED_EITHER = re.compile(r"签(?:上|进|进去|好|成)(?:了)?(?:没|吗|么|没有|不|呢|[?？])")


def signed_either(text: str) -> bool:
    """Whether "am I signed" is asked in words that fit both the open event and the daily sign-in."""
    folded = normalize(text)
    found = _SIGNED_EITHER.search(folded) if len(folded) <= OWN_ASKED else None
    return found is not None and "签到" not in folded and "卡" not in folded and not _OTHERS.search(folded) \
        and _ONLY_HER.fullmatch(folded[:found.start()]) is not None  # "合同签好了没" signs another thing


_ONLY_HER = re.compile(r"(?:我|俺|咱|们|家|那|那个|请问|问下|问一下|这|今天|今儿|到底|究竟|是不是|有没有)*")


# (v34) A friend asks her whether she goes, naming no place nor thing to do ("@赵阿姨 周六您去不去呀", "周六你来吗"): of the
# open event when its day is named; "周六一起去公园玩吗" names a plan of its own.
_GOES_ASKED = re.compile(r"(?:去|来|参加)(?:不去|不来|不参加|没|吗|么|嘛|不|伐|呀|啊|呢|哈|[?？\s]|$)|(?:去|来)(?:了)?没")


def asks_if_going(text: str) -> bool:
    """Whether the message asks whether someone goes, naming no plan of its own."""
    folded = normalize(text)
    return len(folded) <= ASKED and bool(_GOES_ASKED.search(folded))


# (v34) What to bring, asked: "要带啥不", "需要带什么东西吗", "得准备点啥", "用不用带材料".
_BRING = re.compile(r"带(?:啥|什么|些什么|点啥|点什么|些啥)|(?:准备|带)(?:啥|什么|点啥)(?:东西)?|用不用带|要不要带|需不需要带|"
                    r"需要带(?:东西|材料|工具)|(?:东西|材料|工具)(?:要|需要|得)?(?:自己)?带(?:吗|么|不)")


# (r34) Before the words of bringing, in their clause, only who asks and when: "老公带什么回来了" (someone's shopping),
# "明天去公园要带啥" (a plan of her own) are not the event's; after them nothing of bringing back nor done ("…回来了").
_BRING_ASKER = re.compile(r"(?:请问|问下|问一下|那个|那|这次|到时候|去的时候|过去|我们|咱们|俺们|我|俺|咱|大家|都|还|就|要|需要|"
                          r"得|是不是|活动|上课|课上|参加|报名的|周[一二三四五六日天末]|星期[一二三四五六日天]|明天|后天|那天|当天|去)*")
_BRUNG = re.compile(r"回|了|过来")


def asks_what_to_bring(text: str, title: str = "") -> bool:
    """Whether she asks what to bring to the event (not another's things: "你带啥了", "老公带什么回来了"); the event's
    ``title`` may stand before the words ("陶艺课要带啥")."""
    folded = normalize(text)
    if len(folded) > ASKED or re.search(r"[你她他](?!们)", folded):
        return False
    name = normalize(title)
    for clause in _CLAUSES.split(text[:ASKED * 4]):
        words = normalize(clause)
        found = _BRING.search(words)
        if found is None:
            continue
        before = words[:found.start()].replace(name, "") if name else words[:found.start()]
        if _BRING_ASKER.fullmatch(before) and not _BRUNG.search(words[found.end():]):
            return True
    return False
