"""A member's sign-up for an event with its party size ("我报名 2人", "2大1小", "我和老公带娃一起，3个人报名",
"张阿姨2人"), or its cancellation ("取消报名", "临时有事去不了了"), read from one message.

Like the order reader (``intents``) it says how sure it is: ``sure`` readings are acted on, the others asked
once. It shares the order reader's cues for a question, the past, a condition or doubt, and the person words
of ``people``.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import replace
from functools import lru_cache

from bot.language.intents import (ANOTHER_TIME, CONDITION, EVENT, LAUGH, MAX_AMOUNT, MAX_READ, MEMBERS_PLAN, NEXT_TIME, NOT_THING, PAST, PUT_OFF,
                                  LOGISTICS, QUESTION, SET_TO, SIGNUP, SUPPOSING, SUPPOSITION, SIGNUP_CANCEL, SPEAKS_FOR, TALLY, UNDECIDED, Reading, cancel_pieces,
                                  without_limits)
from bot.language import coming, party, regional, signup_changes
from bot.language.event_asks import OWN_RECORD_ASKED
from bot.language.goods import GOODS
from bot.language.numbers import NUMERAL, number
from bot.language.pinyin_words import spelled_out
from bot.language.people import CHILD, EACH_HOME, EACH_PERSON, HOME, KIN, KIN_CALLED, NOT_RANKED, PEOPLE_KIND, PERSON, PERSONS, REGIONAL_CHILD, RELATIVE, ROLE, SOUNDED_NAME, SURNAME, WE, kin_folded
from bot.language.wrapping import BREAK, SPACE_BREAK, SPOKEN_MARKS, clauses, heard_as, is_courtesy, plain, squeeze, strip_particles, trim_courtesy, unquote

_Q = "(" + NUMERAL + ")"
_CHILDREN = r"(?:" + CHILD + r"|闺女|女儿|儿子|丫头|外孙女?|孙子|孙女)"

_NOT_SIGNUP_THING = re.compile(PERSONS + "|" + PERSON.pattern + r"|里|" + NOT_THING.pattern)
_KIDS = re.compile(r"(" + NUMERAL + r")个(?:" + CHILD + r"|老姐妹|姐妹|朋友|老人|邻居|闺蜜|同事|同学|好友|小伙伴|老伙伴|外孙女?|外甥女?|侄子|侄女|孙子|孙女|闺女|女儿|儿子|丫头)|(俩|仨|两)(?:" + CHILD + r"|宝|外孙女?|孙子|孙女|闺女|女儿|儿子|丫头)")
_WE_COUNT = re.compile(r"(?:我们|咱们)[^，,]{0,4}?(" + NUMERAL + r")个")
# The household's count right after it, the message's one count: "算我家三个" as "算我们家三个" (U16; not "我家两个小孩报名 我陪着",
# whose count is the children's, nor "我家2个 我公婆那边2个": households summed)
_HOME_COUNT = re.compile(r"(?<![带陪和跟同])(?:我|咱|俺)家(" + NUMERAL + r")个(?=$|[，,。！!\s]|都|也|去|来|报|一起)")
_ANY_COUNT = re.compile(NUMERAL + r"个")
_PARTY_WORDS = re.compile(r"(?:" + PERSONS + r"|" + NUMERAL + r"(?:个|位)?(?:人|位|大人|成人|" + CHILD + r"|老人|小朋友)|"
                          + NUMERAL + r"大" + NUMERAL + r"小|" + NUMERAL + r"个|俩|仨|和|跟|带上|带着|带|陪着|陪|还有|加上|加|一起|都|也|"
                          r"要去|想去|去听听|去听|听听|去|讲座|课|活动|的|\+)+")
# What may follow 去 when it says going to the store's event: nothing ("我们一家都去"), a particle, the
# count ("我们去三个"), listening or joining ("去听听"), or the event itself ("一起去周日的讲座"). Any other
# place or pastime ("我们全家去三亚", "去爬山") is a plan elsewhere, whoever and however many go.
# The kinds of event a store holds, as members name them: "秋游我们家不去了", "采摘算我一个"; going to
# one (_GO_EVENT) only by the store's own kinds ("我们五个人去海边露营", "去郊游" are a family's plans).
EVENT_KINDS = _EVENT_KINDS = party.EVENT_KINDS
_STORE_EVENTS = r"课|讲座|活动|烘焙|手工|义诊"
# The store's own kinds of event are where its members go (采草莓, 草莓园, 研学); not the pastimes a family has anyway (旅游, 登山…).
_PASTIME_KINDS = {"旅游", "登山", "爬山", "徒步", "健步走", "钓鱼", "观影", "农场", "观赛", "郊游", "课"}
_OUTINGS = {"温泉", "爬山"}  # a place members go to on their own as often as with the store: 约了去泡温泉 (U20), 约了去爬山 (U22)
_GO_KINDS = "|".join(k for k in re.sub(r"\(\?:[^)]*\)[^|]*", "", EVENT_KINDS).split("|") if k and k not in _PASTIME_KINDS)
_GO_GENERIC = (r"$|[吧嘛哈啊呀哦啦呢哟喔]|不|听|学|参加|报|(?:包|熬|剪|做|扎|捏|泡)?(?:{kinds})|" + party.DOING_LEFT_OUT + r"|捧场|凑|体验|看看|店里|门店|现场|" + NUMERAL + r"个|[俩仨](?:人|个人)?(?:$|[，,。\s])|"
               r"[^，,。]{0,8}?(?:" + _STORE_EVENTS + r"|那场|这场)")
_GO_EVENT = _GO_GENERIC.replace("{kinds}", _GO_KINDS)
_GO_ELSEWHERE = re.compile(r"(?<![过回出来上下进失])去(?=[\u4e00-\u9fff])(?!" + _GO_EVENT + r"|年|我|要|想|去)(?P<where>[^，,。]{1,8})")
# With the open event's name known, only its own words and the generic ones go to it ("去采草莓" while a 讲座 is open is elsewhere).
GO_ELSEWHERE = _GO_ELSEWHERE  # going somewhere no event is ("去外婆家", "去泡温泉"): the learned guess's gate too (U14)
_GO_ELSEWHERE_NAMED = re.compile(r"(?<![过回出来上下进失])去(?=[\u4e00-\u9fff])(?!" + _GO_GENERIC.replace("{kinds}", "一日游|采摘|秋游|春游")
                                 + r"|年|我|要|想|去)(?P<where>[^，,。]{1,8})")
# Words that sign up by themselves, without going anywhere: with them a 去 elsewhere in the message is
# the member's remark ("报名，两个人，到时候去接孩子"); without them, it is the plan.
_SIGNUP_SAID = re.compile(r"报|参加|算我|算上|加我|加上我|带我|名额|预约|位置")
# "带我一个" asks to come; "带我妈去" brings one's mother (whether to the event, the words around say).
_KIN_WORD = r"家|们|妈|爸|婆|公|姐|妹|哥|弟|老|爱人|闺|儿|女|孩|娃|宝|爷|奶|外|姥|孙|同|朋|邻"
# A place taken, said by its seat ("占个位", "留两个名额", "整一个位子"): one of JOIN's act words, shared with w29's
# ``signup_checks._ONLY_THE_ACT`` (m30 mend) so that check never calls a clause only the act where this reader would not.
SEAT_TAKEN = r"(?:[占蹲留要](?:" + NUMERAL + r")?|[整搞弄订]" + NUMERAL + r")个?(?:名额|位置?|座位?|座儿|位子)"
# Saying so: "报名", "报个名", "算我一个", "加我", "带我一个", "占个名额", "我也去", "参加".
JOIN = re.compile(r"报(?=(?:这个|那个|这次|这场)?(?:亲子)?(?:" + _EVENT_KINDS + r"))(?![^，,。\s]{1,8}?[的了过])|^(?:我去){2,}$|^报(?=" + NUMERAL + r"$)|^我{2,}$|^(?:我|我也|那我也?)(?:来|报)一个$|^(?:我|我也|那我也?)先?报了?$|(?<![不没别])报名|报个名|报一个名|报上|报我|报(?=" + NUMERAL + r"[个名位])|算我们?(?!的|请|头上)|算上我|加我们?|加上我|带我(?!" + _KIN_WORD + r")|(?<!已)(?<!经)登记(?![了过])|"
                   + SEAT_TAKEN + r"|名额给我|[全一]家出动|(?<![不没别])参加|预约|(?:我也|我们|家|也|都|我要|我想|一起|"
                   r"(?:我们|咱们|我家|我们家)" + NUMERAL + r"个人?(?:一起)?)去(?!不[了成到])(?=" + _GO_EVENT + r")|"
                   r"我也[要想]去$|我自己去$|我去(?:听|参加)|(?:" + _EVENT_KINDS + r")(?:我|我们|我家)也?去$|"
                   r"^去(?=" + NUMERAL + r"个)")  # "去四个 就这么定了" (U20)
_EVENT_NAME = re.compile(r"^.{0,10}?(?:" + _EVENT_KINDS + ")+的?")
_OTHERS_CHECK_UP = party.OTHERS_CHECK_UP
# Signing up as something else, or the staff's reply to one, or putting it off: "我想报名当店长", "您的报名已收到",
# "等孩子放假了再报名" (for the learned score's gate too).
SIGNUP_ELSE = re.compile(r"报名(?:当|做|成为)|[您你]们?的报名|已收到|等[^，,。]{1,8}?(?:了|后|完)再|下辈子")
_PASTIME = re.compile(r"麻将|打牌|牌局|三缺一|斗地主|掼蛋")  # a game among members: "斗地主三缺一 算我一个"
SIGNUP_NOT = re.compile(SIGNUP_ELSE.pattern + r"|报名(?:还|也|都)(?:要|得|需要)|报名(?:从来|总是|老是|每次)|报名(?:明天|后天|下周|周[一二三四五六日])(?:开始|截止)|不用报名?|抽签|抽中|中签|录取|落选|选上|报名[^，,。]{0,6}的[^，,。]{0,6}们|免费|(?<!我先)(?<!我也)(?<!^我)报[了过](?!名)|报名了(?!报名|[昂嗷哈啊呀哦啦]*$)|已经报|(?:不肯|不愿意?|不乐意)报|(?:给|留给|让给)(?:别人|其他人)|谁报|报名的|报名费|报满|已满|满员|额满|参加[了过]|没报|报名成功|报名表|在报名|"
                         r"欢迎报名|开始报名|开始[^，,。]{1,6}报名|报名那天|报名(?:在|就|请)|报名(?:要|需要|得|时|的时候|截止|链接|入口|方式|条件|开始|人太|的人)|报了个|(?<!报名)(?<!^我报)(?<!我先报)(?<!我也报)[了过]$|去了|(?<!试)吃|逛|在家|玩|" + _PASTIME.pattern + r"|一个人带|"
                         r"学校|单位|公司|(?<![们谢苦])组织|驾校|考试|" + _OTHERS_CHECK_UP + r"|多大|(?<!我们)几个|没去|遗憾|试试|但是|可惜|没时间|昨天|上次|上周|之前|以前|去年|还有" + NUMERAL + r"?个名额|名额已满|名额有限")
SIGNUP_CANCEL_WORDS = re.compile(r"取消报名|报名取消|取消|(?:报名|名字|名额|我)?(?:划掉|划了|勾掉)|不去了?|(?<!哪都)(?<!哪儿都)(?<!哪里都)(?<!哪也)去不了|去不料|去不成|来不了|来不成|不来了?$|不能去了?|唔(?:去|嚟|来)|(?:去|嚟|来)(?:唔|不)到(?!哪|那|这)|参加不了|不参加了?|"
                                  r"退出|不报了?|(?<![已早刚帮])退掉$|删掉|去掉|删了?$|让给别人|让出来|(?<=名额)空出来|(?:名额|报名|位置|位子|座位|(?<=[一两二三四五六七八九十\d俩仨]个)座)(?:我们|我|俺们|咱们)?(?:就|都)?不要了?|(?:报名|名额)的?事?(?:就|也|还是)?算了?$|不整了?$|(?<=报名)(?:作废|撤回|撤销)|(?<=帮我)退(?:了|掉)?$|鸽(?:了|子)?$|放鸽子|[勿弗]去|"
                                  r"(?:(?<=[名额组局队])|(?<=课我)|(?<=讲座我)|(?<=活动我)|(?<=手工我)|(?<=烘焙我)|(?<=局我))撤(?:回|销|掉|了)?")  # "报名撤了", "活动我撤了"; not "我先撤了"
_NOT_BEFORE_SIGNUP_CANCEL = re.compile(r"再来一次|再也|以后|航班|上班|幼儿园|公园|关注|辞职|说|他|她|了|舞|回$")
_EVENT_NAMED = re.compile(r"(?:亲子)?(?:" + _EVENT_KINDS + r")+")  # "广场舞比赛我退出了": the event's own words
# Pulling out of the event named ("读书会我先撤了", "旅游我撤了"; not "我先撤了": leaving the chat).
_EVENT_PULLED_OUT = re.compile(r"^((?:亲子)?(?:" + _EVENT_KINDS + r")+的?(?:我们|我|俺)?)先?撤(?:回|销|掉|了|啦)*(?=$|[吧啊哈])")
_WHEN = re.compile(r"明天|今天|后天|周[一二三四五六日末]|下午|上午|晚上")
_PARTY_CHANGE = re.compile(SET_TO)
# 不 typed as a character of its sound before "went/came" (步去了, 布来了), at a clause's start or after its subject:
# not inside a word (跑步去了, 散步去了).
_NOT_TYPO = re.compile(r"(?:(?<=^)|(?<=[\s，,。！!我们俺家都也就]))[步布部](?=去了|来了|参加了)")
_DROP_URGED = re.compile(r"(?<![已早刚])退(?:了|掉)?(?=[吧啊哈])")  # "退了吧", "退掉吧": asked done
# Slips of the keyboard by sound and the south's "can" (U16): 报明 / 报各名 (报名, 报个名; not 报明天的), 我门 (我们; not
# 我门口), a count then 各人 (两各人: 两个人; "我们两家各三个人" keeps its 各), 还报得吗 (还能报吗: V得 is "may V"), 都去得呢 (all
# going: 去得 with a particle is "can go", told), 去得唔得 / 报得不得 (a request's tag: OK or not?).
# The sign-up word typed by sound (保名, 报铭, 报个命; not 报明天的), read by the rules on the whole text and on each clause.
_SIGNUP_TYPOS = ((re.compile(r"[保抱包]名|报[明铭鸣](?![天白年早晚日星])"), "报名"), (re.compile(r"报[个各][明铭命名]"), "报个名"))
_SOUTH_TAG = r"(?<=[去来报])得[唔不没]得"  # 去得唔得: OK or not?
_SLIPS = _SIGNUP_TYPOS + ((re.compile(r"我门(?![口前外里上下])"), "我们"),
          (re.compile("(" + NUMERAL + r")各(?=人|位)"), r"\1个"),
          (re.compile(r"(?<=还)([报去来克])得(?:成|了)?(?:[呢吗么不咯啵嘛]*(?=[？?])|[呢吗么咯啵]+|$)"), r"能\1吗"),
          (re.compile(r"(?<=[都也要就])([去来克])得(?=[呢嘞哦哈的咯]|$)"), r"\1"),
          (re.compile(_SOUTH_TAG + r"(?=[呀啊吧呢哈？?]*$)"), "行不行"), *SPOKEN_MARKS)


def slips_fixed(text: str) -> str:
    """``text`` with the sign-up words typed by sound put right and the south's "may V" said as Mandarin (``_SLIPS``)."""
    for pattern, fixed in _SLIPS:
        text = pattern.sub(fixed, text)
    return text


_ERHUA = re.compile(r"(?<=[娘爷哥姐兄弟婆])儿(?=[俩仨]|几个|[两三四五]个)")
_SAID_TWICE = re.compile(r"((?:不去|去不了|不来|退|撤|鸽|删|取消)(?:了|啦)?)\1+")
_PLUS_PEOPLE = re.compile(r"^(?:我|我们|我也|本人|同去|报名)?(?:\+(" + NUMERAL + r")?(?:个)?[人位]?|加(" + NUMERAL + r")(?![个位]))$")  # "秋游加3", "义诊加一"
_SIGNUP_CHAIN = re.compile(r"^\d{1,3}(?:[.、)]|\s)\s*(?P<name>[^\s+]{1,10})\s*(?P<tail>.*)$")


# Someone else signed up, or signed the member up: "她自己报的", "他早就报过了", "我闺女帮我报的".
_REPORTED_DONE = re.compile(r"自己报的|帮[我俺]报的|[她他].{0,3}报[的过]|让[她他]|改天再约|再约")
# Someone else's sign-up, theirs to do ("我婆婆说她明天自己来群里报名"): news, unless the member signs up herself
# beside it ("老公说他自己去报名 我也报一个": her own, for one).
_THEIRS_TO_DO = re.compile(r"[她他]们?[^，,。我俺]{0,6}自己[^，,。我俺]{0,4}报")
_OWN_TOO = re.compile(r"[我俺](?:们|家)?(?:也|还|就|都|先|要)*(?:报|参加)")
REPORTED = re.compile(_REPORTED_DONE.pattern + "|" + _THEIRS_TO_DO.pattern + r"(?![^。！!？?]*?" + _OWN_TOO.pattern + ")")
# "我报名了" signs up; "驾校报名了", "我们队报名了" are news; "我婆婆也报名了" may be either (asked).
_DONE = re.compile(r"^(?P<who>.*?)(?:也|都|已经|早就|早|就)*报(?:名|上名?)了$")
_SELF = re.compile(r"(?:我们全家|我们家|我们|咱们|咱家|咱|俺们|俺|我家|我|全家|一家人?)?")


def _who(words: str) -> str:
    """Who '…报名了' is about: 'self' ('我', '我们家', '我和老公'), 'relative' ('我婆婆', '她'), 'other' ('驾校')."""
    words = words.replace("报名了", "")
    if _SELF.fullmatch(words) or re.match(r"(?:我|我们|咱|俺).{0,6}[和跟带]", words):
        return "self"
    return "relative" if re.fullmatch(r"(?:我家?)?(?:" + RELATIVE.pattern + r"|她|他)", words) else "other"


# Sign-ups typed in pinyin ("报名 san ge ren", "bao ming san ge ren", "baoming 2ren", "wo he laogong baoming"): read as
# characters (``pinyin_words``) when the letters hold a sign-up or cancel word and every word of letters is one the
# lexicon spells (other letters stay as typed: "ok", "day5"); counts first ("ba" 八, "jiu" 九), the sign-up's own slang.
_SIGNUP_PINYIN = {"ba": "八", "jiu": "九", "bm": "报名", "qx": "取消", "jiangzuo": "讲座", "caizhai": "采摘",
                  "hongbei": "烘焙", "ke": "课", "yiriyou": "一日游", "you": "游", "huodong": "活动", "qinzi": "亲子", "shougong": "手工"}
_SIGNUP_LETTERS = re.compile(r"baoming|bao|bm|quxiao|qx|qu xiao|jiangzuo|caizhai|hongbei|huodong|yi ?ri ?you")


# Counts typed with the pinyin shorthand before the lexicon reads the letters: "bm2" (报名 2 people), "1da1xiao" (1大1小,
# not 打 the dozen).
_PINYIN_COUNTS = ((re.compile(r"(?<![a-z])bm\s*(\d{1,2})(?![\d个人位])"), r"报名\1个人 "), (re.compile(r"(\d)\s*da\s*(\d)\s*xiao"), r"\1大\2小"))


def _pinyin_counts(text: str) -> str:
    for pattern, fixed in _PINYIN_COUNTS:
        text = pattern.sub(fixed, text)
    return text


def _from_pinyin(text: str) -> str:
    if not re.search("[a-z]", text.lower()) or not (_SIGNUP_LETTERS.search(text.lower()) or re.search("报|取消", text)):
        return text
    return spelled_out(text, _SIGNUP_PINYIN)


# Sign-ups typed in English, as members who work in English type them ("sign me up 烘焙 me and my son", "picking trip 3 ppl",
# "count me in 烘焙, 3 ppl", "瑜伽课 can't go this week, pls remove me"): the words read as their Chinese, only when the
# message holds a sign-up, a cancel or a head count in English (a hotel's "check-in" or "ok" is no such word).
# re.ASCII: CJK characters are word characters to a Unicode \b, so "采摘3ppl", "烘焙sign me up" would have no boundary.
_ENGLISH_CUE = re.compile(r"\b(?:sign (?:me |us )?up|count (?:me|us) in|register|\d+ ?(?:ppl|people|persons|pax)|cancel|can'?t (?:go|come|make it)|"
                          r"family of (?:two|three|four|five|six|\d)|my (?:son|daughter|mom|mum|mother|dad|father|husband|hubby|wife|kid|child|friend)|"
                          r"cannot (?:go|come)|remove (?:me|us))\b", re.ASCII)
_ENGLISH_WORDS = (
    (r"\b(?:sign (?:me |us )?up|count (?:me|us) in|register) (\d+)(?: for)?\b", r"报名\1个人"),
    (r"\bsign (?:me |us )?up(?: for)?\b|\bcount (?:me|us) in\b|\bregister\b", "报名"),
    (r"\b(?:pls |please )?(?:cancel|remove (?:me|us))\b", "取消"), (r"\bcan'?t (?:go|come|make it)\b|\bcannot (?:go|come)\b", "去不了"),
    (r"\b(\d+) ?(?:ppl|people|persons|pax)\b", r"\1个人"), (r"\bme (?:and|\+|&) my (son|daughter|mom|mum|mother|dad|father|husband|hubby|wife|kid|child|friend)\b",
                                                           lambda m: "我和" + _ENGLISH_KIN[m.group(1)]),
    (r"\bfamily of (two|three|four|five|six|\d)\b", lambda m: "一家" + _ENGLISH_COUNT.get(m.group(1), m.group(1)) + "口"),
    (r"\bmy (son|daughter|mom|mum|mother|dad|father|husband|hubby|wife|kid|child|friend)\b", lambda m: "我" + _ENGLISH_KIN[m.group(1)]),
    (r"\bbaking(?: class)?\b", "烘焙课"), (r"\bpicking(?: trip)?\b", "采摘"), (r"\b(?:book|reading) club\b", "读书会"),
    (r"\b(?:lecture|talk|seminar)\b", "讲座"), (r"\b(?:this week|this weekend|thx|thanks|thank you|pls|please)\b", ""),
)
_ENGLISH_COUNT = {"two": "两", "three": "三", "four": "四", "five": "五", "six": "六"}
_ENGLISH_KIN = {"son": "儿子", "daughter": "女儿", "mom": "妈妈", "mum": "妈妈", "mother": "妈妈", "dad": "爸爸", "father": "爸爸",
                "husband": "老公", "hubby": "老公", "wife": "老婆", "kid": "孩子", "child": "孩子", "friend": "朋友"}


def _from_english(text: str) -> str:
    if not _ENGLISH_CUE.search(text.lower()):
        return text
    text = text.lower()
    for pattern, chinese in _ENGLISH_WORDS:
        text = re.sub(pattern, chinese, text, flags=re.ASCII)
    return text


_BRACKETS = re.compile(r"(?<=\S)[(（]|[)）]")
# Someone's words quoted first, without WeChat's dashed line: 「李姐：报名 2人」 — hers, not the member's.
_QUOTE_FIRST = re.compile(r"^\s*(?:「[^」：:]{1,12}[：:][^」]*」|(?:回复|引用)\s*[^：:\n]{1,12}[：:][^\n]*\n(?:[-—–=\s]*\n)?)")


def own_words(text: str) -> str:
    """The message without someone's words quoted first (「李姐：报名 2人」): what the member says herself."""
    return _QUOTE_FIRST.sub("", text)


# A reply to the event's post quoted first (U19), as WeChat quotes it or as typed: 「周六健步走 愿意去的接龙」⏎俺和老伴儿,
# 「小王：打麻糍 周日九点」我和细伢子, 「做灯笼 限20组」我娘俩一组. The quote names the event (its kind, 接龙, a time to meet,
# a limit) and signs no one up itself (「李姐：报名 2人」 is someone's sign-up quoted, not the post); her words after it are the
# party alone under the post.
_QUOTED = re.compile(r"^\s*「(?P<quoted>[^」]{1,80})」\s*(?:\n[-—–=\s]*)?(?P<own>.+)$", re.S)
_POST_WORDS = re.compile(r"接龙|报名|集合|截止|限\d|限[一二三四五六七八九十两]|名额|(?:周[一二三四五六日末天]|星期[一二三四五六日天]|明天|后天)[^」]{0,12}?(?:点|上午|下午|晚上)")


def reply_to_post(text: str) -> list[str]:
    """Her words after the event's post quoted first (``_QUOTED``), alone and after the event's name where the post names
    it; none where nothing is quoted, or what is quoted is no post of the event's or signs someone up."""
    match = _QUOTED.match(text)
    if match is None or not (own := match["own"].strip()) or "「" in own:
        return []
    quoted = re.sub(r"^[^：:]{1,12}[：:]", "", match["quoted"])  # the name of whoever posted it
    if not (_EVENT_NAMED.search(quoted) or _POST_WORDS.search(quoted)) or _FIRST_PERSON.search(quoted):
        return []
    reading = read_signup(quoted)
    if reading is not None and reading.intent == SIGNUP and _COUNT_SAID.search(quoted):
        return []  # 「李姐：报名 2人」: someone's sign-up quoted; the post's bare call (「周六剪窗花 报名」) is none (U20)
    named = _EVENT_NAMED.search(quoted)  # the event named as the post names it, then her words: "亲子运动会 我们两个大人一个娃"
    return [own] + ([f"{named.group(0)} {own}"] if named and not _EVENT_NAMED.search(own) else [])


# Someone called at the start of her words (U16's three patterns folded, U19): the staff by title ("刘老师，", "店长 "), a
# member by surname and a kin title ("王姐："), someone of the household ("老公 你…"); the vocative's particle, the pause
# typed (each caller's own), then what she says to them.
_TITLES = r"店长|老板娘?|老师|群主|经理"
_STAFF_CALLED = r"(?:小?[" + SURNAME + r"]|小[\u4e00-\u9fff])?(?:" + _TITLES + ")"
_MEMBER_CALLED = r"小?[" + SURNAME + r"](?:姐|哥|阿姨|叔叔?)"
_VOCATIVE = r"(?:呀|啊|好|哈|呐)?"


def _called_first(*callers: tuple[str, str], before: str) -> re.Pattern:
    """Each (whom, pause) called first, voice input's 喂/那个 before it, then (not taken) her words: ``before``."""
    whom = "|".join("(?:" + who + ")" + _VOCATIVE + pause for who, pause in callers)
    return re.compile(r"^\s*(?:喂+|那个)*(?:" + whom + ")(?=" + before + ")")


# The staff or a member addressed before her own words: "刘老师，我报名…", "王姐：算我一个", "店长 我们两个" (U16).
_ADDRESSED_FIRST = _called_first((_STAFF_CALLED, r"[，,：:\s]+"), (_MEMBER_CALLED, r"[，,：:]+\s*"), before=r"我|俺|咱|额|阮|报|算")
# Someone of the household addressed first ("爸 你去群里那家店取一下", "闺女你周末有空不 陪我去听讲座"): talk to them.
_KIN_ADDRESSED = _called_first((KIN_CALLED, r"[，,：:\s]*"), before="你")
# Members meeting at a place ("公园见", "门口见啊"): a plan among them, whoever goes.
_MEETING = re.compile(r"(?:公园|门口|楼下|广场|小区|超市|菜市场|地铁站|车站|老地方)(?:见|碰头|碰面|会合|汇合)|"
                      r"(?:今晚|今天|明早|明晚|明天|晚上|早上)[^，,。\s]{0,4}老地方")  # "排练 八个人 今晚七点老地方": members meeting
# A place given away to whoever wants it, after one's own cancel ("我那两个名额不要了 谁想要谁去"): no plan among members.
# A greeting to members by name ("刘姐 刘哥 早上好"): no sign-up unless one is said or a count stated with it.
_GREETING = re.compile(r"(?:早上|上午|中午|下午|晚上)好|早安|晚安|[你您]好|大家好|新年好|过年好")


def _greeting_only(text: str) -> bool:
    said = JOIN.search(text) or SIGNUP_CANCEL_WORDS.search(text)
    return bool(_GREETING.search(text)) and not said and not _HEADS_STATED.search(text) and not re.search(r"\d|两大|一大", text)


_GIVEN_AWAY = re.compile(r"谁要谁(?:去|拿|用|报)")
# A limit on the event's places said in a clause of its own ("每场限30人", "限额20人", "名额30个"): the event's rule.
_LIMIT_CLAUSE = re.compile(r"限(?:报|额)?" + NUMERAL + r"(?:个)?(?:人|位|名|组|户|家)")


def _without_limit_clauses(text: str) -> str:
    pieces = [p for p in _PIECE.split(text) if p.strip()]
    kept = [p for p in pieces if not _LIMIT_CLAUSE.search(p)]
    return "，".join(kept) if len(kept) < len(pieces) else text


# A cross drawn for "no more" beside the event or the sign-up: "烘焙课❌❌", "❌报名 下次再来".
_CROSSED = re.compile("(?:[\u274c\u2716\u274e]\ufe0f?)+")


def _crossed(text: str) -> str:
    """The crosses read as 取消 beside the words they strike out; a cross alone says too little (a reply to anything)."""
    return _CROSSED.sub("取消", text) if _CROSSED.search(text) and squeeze(plain(_CROSSED.sub("", text))) else text


# Persons named, then a count of a kind that sums them up: "我妈和我婆婆俩老太太", "我公公婆婆两个老人", "我跟老伴两个老的",
# "张姐李姐我三个老姐妹". The count restates who was named when it equals them; it is dropped, the names kept.
_APPOSED = re.compile(r"(?P<run>(?:(?:我|俺)?家?(?:的)?(?:" + RELATIVE.pattern + r"|我|俺)(?:和|跟|与|同|、)?){2,4})"
                      r"(?P<count>俩|仨|两个|三个|四个|两位|三位|四位|二位)(?P<kind>老人家?|老太太|老头儿?|老爷子|老的|大人|孩子|娃|小孩|小的|宝宝|"
                      r"老姐妹|姐妹|闺蜜)")


_ME_IN_RUN = re.compile(r"(?:^|[和跟与同、])(?:我|俺)(?![家的爸妈]|" + RELATIVE.pattern + ")")  # the member herself among those named


def _apposition(match: re.Match) -> str:
    run = match["run"]
    if re.fullmatch(r"孩子|娃|小孩|小的|宝宝", match["kind"]) and not _CHILD_NAMED.search(run):
        return match.group(0)  # "我和老伴、两个孩子": children besides the two named, not the two again (U18)
    persons = len(RELATIVE.findall(run)) + len(_ME_IN_RUN.findall(run))
    return run if persons == number(match["count"][0]) else match.group(0)  # 俩, 仨, 两个: the numeral first


# Heads added up, as members type a party of so many and so many ("烘焙 1+1", "讲座 2+1", "1人+家属1", "2大+1小"): the sum,
# when people are named in it or an event beside it (a bare "1+1" may be sums or goods; "+1 +1" is the others' agreeing).
_HEADS_SUM = re.compile(r"(?<![\d+＋.=])(?P<a>[1-9])(?:个)?(?P<pa>人|大人|大)?\s*[+＋]\s*(?P<pb>家属|孩子|小孩|娃|朋友|老人)?(?P<b>[1-9])(?:个)?"
                        r"(?P<pc>人|小孩|小|孩子|娃)?(?![\d+＋.=])")


# An age: with 岁, or said bare after one person named ("儿子12", "孙子13", "老大十一了": U18).
_AGE_TOLD = r"(?:" + NUMERAL + r"(?:周)?岁(?:半|多)?(?:了)?|(?P<bare>(?:[5-9]|1[0-7])(?=$|[\s，,。])|(?:[五六七八九]|十[一二三四五六七]?)了))"
_KIN_AGED = re.compile(r"(?P<who>" + RELATIVE.pattern + r")(?:今年|才|已经|刚)?" + _AGE_TOLD)
# Kinds of people counted by a bare number after them ("大人2 孩子1"): a count, never an age.
_KIND_COUNTED_BARE = re.compile(r"孩子|娃|小孩|儿童|宝宝|大人|成人|老人")
# A flat or an address given for the record ("6栋301", "3号楼1单元502", "12-3-501"): no count of people (U18).
_FLAT = re.compile(r"\d{1,3}(?:栋|幢|号楼|座)(?:\d{1,2}单元)?\d{3,4}(?:室|号)?|\d{1,3}-\d{1,2}-\d{3,4}")


def aged_bare(piece: str) -> bool:
    """One person named with an age typed bare ("孙子13", "闺女8"): one person, not a count (U18)."""
    return bool((match := _KIN_AGED.fullmatch(piece)) and match["bare"] and not _KIND_COUNTED_BARE.fullmatch(match["who"]))


_CHILD_WORD = re.compile(r"孩子|娃|宝宝|小孩")
_CHILD_NAMED = re.compile(r"孩子|娃|宝|小孩|孙|儿子|女儿|闺女|外甥|侄|丫头|小朋友")


def _ages_of_those_named(text: str) -> str:
    """The message without an age said of someone already named before it: who they are was said, the age adds no one;
    an age typed bare after one person named ("孙子13") leaves the person, not a count of 13."""
    for match in reversed(list(_KIN_AGED.finditer(text))):
        if match["bare"] and _KIND_COUNTED_BARE.fullmatch(match["who"]):
            continue  # "孩子2": two children
        if match["who"] in text[:match.start()] or _CHILD_WORD.fullmatch(match["who"]) and _CHILD_NAMED.search(text[:match.start()]):
            text = text[:match.start()] + text[match.end():]  # "带外孙去，孩子6岁": the child named before (U21)
        elif match["bare"]:
            text = text[:match.start()] + match["who"] + text[match.end():]
    return _FLAT.sub("", _EACH_AGED.sub(lambda m: "" if _COUNTED_BEFORE.search(text[:m.start()]) else m.group(0), text))


# The ages of those counted before, one by one ("俩孩子 一个六岁一个十岁", "三个娃 大的十岁小的六岁"): no one more (U21); said
# with no count before ("大的七岁小的四岁 我一个人带") they name the children.
_COUNTED_BEFORE = re.compile(r"(?:" + NUMERAL + r"个?|俩|仨)(?:孩子|娃|小孩|宝|孙|外孙|闺女|儿子|女儿|小朋友)")
_EACH_AGED = re.compile(r"(?:(?:一个|大的|小的)(?:是|今年|才)?" + NUMERAL + r"(?:周)?岁(?:半|多)?[，,、\s]*){2,}")


# One person named with her age in a clause of her own, then brought as 他/她 ("赶海 孙子8岁 我带他", "写春联 我闺女10岁 我陪她"):
# the pronoun is that person, read where it stands ("我带孙子"), not one more.
_AGED_CLAUSE = re.compile(r"(?:^|(?<=[\s，,。]))(?:我家|我们家|俺家|我|俺)?的?(?P<who>" + RELATIVE.pattern + r")(?:今年|才|已经|刚)?" + _AGE_TOLD
                          + r"(?=[\s，,。])")
_BROUGHT_AS_PRONOUN = re.compile(r"(?<=[带陪])(?:着|上)?(?P<pro>[他她])(?![们俩仨]|[两三]个)")


def _pronoun_for_aged(text: str) -> str:
    aged = list(_AGED_CLAUSE.finditer(text))
    if len(aged) != 1 or not (brought := _BROUGHT_AS_PRONOUN.search(text, aged[0].end())):
        return text
    who = aged[0]["who"]
    return text[:aged[0].start()] + text[aged[0].end():brought.start("pro")] + who + text[brought.end("pro"):]


# Someone added on top right after a count of people, with no pause typed ("我家3个再加我妈", "两大一小加上我婆婆"): read as
# with the pause ("我家3个，再加我妈" read 4), where the parts are summed (``party.scan``); typed glued, the count alone was
# read (3, asked). Not 加 alone (参加, 加班), and only a person after it: "三个再加一份" adds no one.
_PAUSE_BEFORE_ADDED = re.compile(r"(?<=[个人口位俩仨小])(?=(?:再加上?|加上|外加)(?:我|俺|他|她|" + RELATIVE.pattern + r"|[一两二三四五六七八九十\d]个?(?:人|大人|孩子|娃|小孩|老人)))")
_COUNT_AFTER = re.compile(r"(?:" + NUMERAL + r")\s*(?:个人|个|人|位|口)")


def _paused_before_added(text: str) -> str:
    """``_PAUSE_BEFORE_ADDED`` — unless a count follows the one added ("一家三口再加我爸妈五个人": everyone's total)."""
    match = _PAUSE_BEFORE_ADDED.search(text)
    if match is None or _COUNT_AFTER.search(text, match.end() + 2):
        return text
    return text[:match.start()] + "，" + text[match.start():]


_SUM_ASKED = re.compile(r"等于|得几|是几|几个|多少|[=？?]")


def _summed_heads(text: str) -> str:
    match = _HEADS_SUM.search(text)
    if not match or _HEADS_SUM.search(text, match.end()):
        return text
    rest = (text[:match.start()] + text[match.end():]).strip()
    if _SUM_ASKED.search(text) or not (match["pa"] or match["pb"] or match["pc"] or _EVENT_NAMED.search(rest) or _is_topic(rest)):
        return text  # "1+1等于几": arithmetic
    return text[:match.start()] + f"{int(match['a']) + int(match['b'])}个人" + text[match.end():]


def _read_whole(text: str, event: str = "") -> Reading | None:
    """``read_signup`` on the message as typed, its event named by the words the rules know."""
    if len(text) > MAX_READ or _POSTED.match(unquote(text)) and not _FIRST_PERSON.search(text):
        return None  # "【活动通知】…请接龙报名": a post under a bracketed head, before decoration is stripped
    text = _plus_each(_from_english(_from_pinyin(_pinyin_counts(plain(_pictured_people(_crossed(unquote(text))))))))
    text = _BRACKETS.sub("，", text)  # "采摘 +3（2大1小）": the aside explains the count, a clause of its own
    text = _NOT_TYPO.sub("不", text)  # "读书会 步去了"
    text = _ADDRESSED_FIRST.sub("", text)  # "刘老师，我报名手机课，我跟我老伴两个": whom she speaks to is not of the party (U16)
    text = slips_fixed(text)  # "报明 两各人", "我门三个", "周六那个还报得呢？": typed by sound, said as the south says it (U16)
    text = _ERHUA.sub("", text)  # "娘儿俩", "爷儿仨", "哥儿几个": the pair word said with 儿
    text = _ages_of_those_named(_pronoun_for_aged(text))  # "我带外孙外孙女去 外孙8岁外孙女6岁": no one more; "赶海 孙子8岁 我带他": 我带孙子
    text = _summed_heads(text)  # "烘焙 1+1", "讲座 1人+家属1": heads added up
    text = _paused_before_added(text)  # "我家3个再加我妈": the part added on top, as if after a pause (U15)
    text = _APPOSED.sub(_apposition, text)  # "我妈和我婆婆俩老太太": the two named, counted again, not two more
    text = _SAID_TWICE.sub(lambda m: m.group(1) + "吧" * m.group(1).startswith(("退", "撤")), text)  # "不去了不去了": once; "退了退了": urged
    text = _DROP_URGED.sub("退掉", text)  # "陶艺课退了吧": asked done, not told as done ("游泳课退了")
    text = _contest_as_event(_workplace_as_us(text))  # "我们单位五个人报名讲座", "健身操比赛 我们队报名 八个人"
    text = _SIGN_UP_A_BIT.sub("报个名", text)  # "帮隔壁张奶奶和她老伴报一下名"
    text = _TOGETHER.sub("一起", text)  # "一搭两个", "五个人一路克" (U23), before 克 after 一起 is folded
    text = _dialect_folded(text)  # "包汤圆算俺一个呗", "兩個位 唔該 阿爺都想去", "我搭阿拉囡囡两家头"
    text = places_claimed(pairs_counted(one_brought(text)))  # "带个三岁的": one brought; "两对小两口": four; "剩的两个名额我们要了" (U23)
    if (line := _signup_chain_line(text.strip())) is not None:
        return line
    if (form := _filled_form(text)) is not None:
        return form  # "姓名：赵敏 人数：2 电话：138…": a sign-up form filled in
    if _form_template(text):
        return None  # "报名格式 姓名：xx 人数：xx": the form shown, not filled in
    if is_notice(text) or others_signed_up(text):
        return None  # "目前已有15人报名", "报名今天截止 大家别忘了", "还有3个名额": the staff's notice, nobody's party
    text = _without_notice(text)  # "目前已有15人报名 我也报一个": the member's words, not the count of the notice
    text = _QUOTE_FIRST.sub("", text) if _QUOTE_FIRST.sub("", text).strip() else text  # "「李姐：报名 2人」 李姐你们也去啊": hers
    if _MEETING.search(text) or _greeting_only(text) or _KIN_ADDRESSED.match(text):
        return None  # "王大姐，明天早上公园见啊，一起去": members meeting somewhere, not the event; "刘姐 刘哥 早上好"
    text = _without_limit_clauses(text)  # "每场限30人": the event's rule
    if TALLY.search(text) or MEMBERS_PLAN.search(_GIVEN_AWAY.sub("", text)) or _PASTIME.search(text) or not (text := without_limits(text)):
        return None  # "每户最多报3人", "满10人成团": the event's rule, not a party; "斗地主三缺一 算我一个": a game among members
    if own_condition(text):
        return _on_condition(text, event)  # "如果周日不加班 一日游算我一个": asked once, never acted on
    if (dropped := _kin_sign_up_dropped(text)) is not None:
        return dropped  # "帮我爸把报名退了，他腰又疼了": the member asks a relative's sign-up dropped
    if (listed := _names_listed(text)) is not None:
        return listed  # "张淑芬、刘玉梅报名测血糖" 2, "义诊报名 我爸 我妈 我婆婆" 3, "报名人：吴敏 吴敏的爸爸" 2
    if (theirs := _for_relatives(text)) is not None:
        return theirs  # "我不去 帮我老公报读书会" 1, "义剪我爸和我妈 他俩去" 2: the member signs up her relatives
    if (restated := _restated(text)) is not None and not not_a_signup(text):
        return restated  # "前面报了三个 现在改成两个", "四个人 不不 两个 孩子上课": the size put right
    if (reading := _raw_reading(text, event)) is not None:
        return _checked_party(text, reading)
    return None


def read_signup(text: str, event: str = "") -> Reading | None:
    """The rules' reading (``_rules_reading``) with the second opinion on cancels and restated sizes
    (``signup_changes``, read by mechanism), checked against a story told before the party (``_story_checked``) and
    her doubt whether she can come (``_OWN_DOUBT``)."""
    text = _without_minded(text)  # d28: a child left with whoever minds it is no one of the party, in every reader below
    reading = _story_checked(text, event, _signup_read(text, event))
    if reading is not None and reading.intent == SIGNUP and reading.sure and _OWN_DOUBT.search(plain(unquote(text))):
        return replace(reading, sure=False)  # "不知道周六能不能去…我们俩": asked once, never acted on (s24 review)
    return reading


# Her doubt whether she can come (s24 review): not knowing (不知道, 不晓得, 不确定) a few words before asking herself whether
# she can come (能不能去, 去不去, 有没有空, 赶不赶得上; not 可不可以带水杯); U25's ``_WORRIED`` wants the doubt glued to its verb.
_OWN_DOUBT = re.compile(r"不(?:知道|晓得|确定|清楚)[^，,。！!？?\s]{0,5}?(?:(?:能不能|可不可以|能)(?:去|来|参加|赶上|赶得上)|去不去|来不来|"
                        r"有没有(?:空|时间)|[去来赶]得(?:了|上|成)不|赶不赶得上)")


def _signup_read(text: str, event: str = "") -> Reading | None:
    """Each reader in turn, the rules last (``read_signup`` checks what they read)."""
    if (asked := _request_tagged(text, event)) is not None:
        return asked
    if (counted := _count_asked_in(text)) is not None:
        return counted
    if (put_right := _count_put_right(text)) is not None:
        return put_right
    if (put_down := _put_down_counted(text)) is not None:
        return put_down
    if (first := _put_down_first(text)) is not None:
        return first
    if (company := _wish_with_company(text)) is not None:
        return company  # "我想去但是 我家老头子也一起": asked once, whatever the rules count (U26)
    if (peers := peers_counted(text)) is not None:
        return peers
    if (aside := _aside_dropped(text, event)) is not None:
        return aside
    if (others := _member_stays_out(text, event)) is not None:
        return others
    reading = signup_changes.second_opinion(text, _rules_reading(text, event), declines(text), party_left(text), event)
    if reading is not None and reading.intent == SIGNUP_CANCEL and _LEFT_AMONG_US.search(words := squeeze(plain(unquote(text)))) \
            and not (_EVENT_NAMED.search(words) or EVENT.search(words)):
        return None  # "小王不来了 就剩我们仨打牌": a game or their own plan among those left, no event named (U26 review)
    if reading is not None and reading.intent == SIGNUP and _about_the_sign_up(plain(unquote(text))):
        return None  # "插花课还要报名？", "收到 刘姐的报名改成三位了": talk about a sign-up, whichever reader found one
    if reading is None or reading.intent == SIGNUP and not reading.sure:
        # the party before a remark ("讲座我两口子都来听 血压高好多年了", U16); after one ("嘹得很 我俩"), summed up last
        # ("我跟隔壁两个婆婆 三个"), joined by plus signs ("朵朵+妈妈") or someone listed with her kin ("王霞、王霞妈妈") (U24)
        return _remark_after(text, event) or (None if _PAST_A_REMARK.get() else _remark_before(text, event)) \
            or _total_last(text, event) or _persons_plussed(text) or _named_and_kin(text) or _joined_total(text, event) \
            or _story_or(text, event, reading) or party_inside_story(text, event)
    return reading


def households_summed(text: str, reading: Reading | None) -> Reading | None:
    """A party of several households is their sizes summed or multiplied (``party.households``: "我家三口她家四口" 7,
    "我们三家 一家俩人" 6), whatever one household's count the rules, the partner or the guess read (U21)."""
    if reading is None or reading.intent != SIGNUP or reading.add:
        return reading
    words = plain(unquote(text))
    homes = party.households(words)
    if not homes or homes > MAX_AMOUNT or homes == reading.amount and reading.sure:
        return reading
    if _total_stated(words) == reading.amount:
        return reading  # d27: the total she states after the parts wins ("…三个小的，我带他们去，一共四个": the households
        # named on the way, 两个 and 一个, are the children only)
    return replace(reading, amount=homes, sure=True)  # the size in doubt (各, 一家…) is settled by the households' own


def _total_stated(words: str) -> int | None:
    """The party's total said outright (``_PARTY_TOTAL``: "一共四个", "加我三个"), if the message says one."""
    match = _PARTY_TOTAL.search(squeeze(words))
    return number(next(g for g in match.groups() if g)) if match else None


# A request's tag after what she asks for (U16): "算我和我妈两个好不好", "我一个去得唔得" (粤: OK or not?), "报我们三个行吗" — she
# asks the staff to put her party down, as "给我报三个人好吗" (``_SIGN_ME_ASKED``); "我能去吗" asks whether she may, and stays asked.
_TAG_WORDS = r"好不好|行不行|好吗|行吗|成不成|中不中|好伐|行伐|要得不"
_REQUEST_TAG = re.compile(r"[，,\s]*(?:" + _TAG_WORDS + r")[呀啊吧呢哈嘛]*[？?]*$")
_TAG_SAID = re.compile(_TAG_WORDS + "|" + _SOUTH_TAG)  # typed as is, before the south's tag is said as 行不行 (``_SLIPS``)


def _request_tagged(text: str, event: str) -> Reading | None:
    """A sign-up asked for with a request's tag (``_REQUEST_TAG``): what the words before the tag sign up, read as the
    rules read them, once no other question is left in them; else None (left to the rules as typed)."""
    if not _TAG_SAID.search(text):
        return None  # most messages: no tag typed at all, nothing to fold
    words = slips_fixed(plain(unquote(text)))
    if len(words) > MAX_READ or not (tag := _REQUEST_TAG.search(words)) or not (asked := words[:tag.start()]).strip():
        return None
    if QUESTION.search(asked) or _ROOM_ASK.search(asked) or _OWN_IF.search(asked) or URGING.search(asked) or MEMBERS_PLAN.search(asked):
        return None  # "我能去吗 行不行", "要是下雨 算我一个好不好", "大家一起报名好不好": a question, a condition, urging, a plan
    reading = read_signup(asked, event)
    if reading is None or reading.intent != SIGNUP or reading.add:
        return None
    last = read_signup(_CLAUSE_CUT.split(asked.strip(" ，,"))[-1], event)  # the tag asks for what was said just before it
    return reading if last is not None and last.intent == SIGNUP and last.amount == reading.amount else None


_CLAUSE_CUT = re.compile(r"[，,。！!；;\s]+")


# A word about one of those coming, said after the party (U16): how old, what they like or can do ("我和外孙，外孙十岁，喜欢看戏",
# "我带孙女去，孙女八岁，也会唱两句", "我跟孙子，他才五岁"). It names no one more and asks nothing: the party is what was said before it.
_ASIDE = re.compile(r"(?P<who>[他她伊]们?|(?![也都还就特很最可才已今刚喜爱会])[\u4e00-\u9fff]{2,3}?)?(?:也|都|还|就|特别|最|很|可|才|已经|今年|刚)*(?:喜欢|爱|会|[一二两三四五六七八九十\d]{1,3}(?:岁|周岁)"
                    r"|上[一二三四五六]?年级|念[一二三四五六]?年级|读[一二三四五六]?年级)[\u4e00-\u9fff]{0,6}[啊呀哦呢啦哈了的]*")
# A remark after a party said with where it goes (U16): "查牙齿我家三个娃都去 蛀牙越来越多了", "健步走我两个 可能晚十分钟到 莫等我们",
# "饺子我们家三个，我包的饺子不好看哈，到时候莫笑". A remark counts no one, drops no one, signs no one else up, asks nothing and
# puts nothing off; what it says of her day, her health or what she brings leaves the party as said.
_REMARK_NOT = re.compile(r"[你您]|别(?!人)|"
                         + NUMERAL + r"(?!分钟|点|号|天|月|年|岁|公里|栋|单元|楼|遍|次|回)|[a-z]|俩|仨|报|[和跟同带陪加、+&]|还有|" + RELATIVE.pattern + r"|"
                         r"[她他]|家人|老人|朋友|同事|邻居|参加|算|登记|不去|去不|来不|不来|不了|取消|退|撤|划|让|不算|要是|如果|的话|"
                         r"下次|明年|下回|改天|再说|她们|他们|别人|(?<!老)人家|大家|[吗么？?]|几点|哪里|哪儿|是不是|[了过]吗|上次|昨天|去了|来了")
# Where the party goes, said with it: going or signing up, or the event named.
_GOES = re.compile(r"去|来|报|参加|算|整|" + _EVENT_KINDS)


def _remark_after(text: str, event: str) -> Reading | None:
    """A sure sign-up read from the clauses before the remarks said after it (``_REMARK_NOT`` names what no remark does);
    the party's clauses must say where it goes (``_GOES``, or the event named by its topic), so that a bare count beside
    talk ("我们三个人，打了一下午牌") stays the rules' to read as typed."""
    words = slips_fixed(plain(unquote(text)))
    if len(words) > MAX_READ or not (_HEADS_SAID_HERE.search(words) or _PAIR_WHOLE.search(words)):
        return None  # no party counted anywhere: most chat stops here, before the costlier gates
    starts = [m.start() for m in re.finditer(r"[^，,。！!；;~～\s]+", words)]
    if len(starts) < 2 or own_words(text) != text or nobodys(text) \
            or UNDECIDED.search(words) or LAUGH.search(words) or _SPOKEN_TO.search(words):
        return None  # a quote, the rules' reasons for silence, doubt, a laugh, or words to someone else: not a remark of hers
    for cut in starts[1:]:
        head, tail = words[:cut].rstrip("，,。！!；;~～ "), words[cut:]
        if _REMARK_NOT.search(tail) or not (_GOES.search(head) or any(event_topic(p) for p in _CLAUSE_CUT.split(head) if p)):
            continue
        if not _HEADS_SAID_HERE.search(head) and not _PAIR_WHOLE.search(head):
            return None  # the party said by its count ("我两口子", "俺家三口", "我一个人"), not only by who is named
        reading = read_signup(head, event)
        if reading is not None and reading.intent == SIGNUP and reading.sure and not reading.add:
            return reading
        return None
    return None


# A remark said *before* the party (U24), the mirror of ``_remark_after``: what she thinks of the event or the news ("太好了",
# "嘹得很", "店里太有心了👍", "这个好玩", "终于有包饺子了", "莫得问题"), or why it suits her household now ("孩子放假正愁没地方去",
# "娃娃们都回来了", "刚看到通知"), then the party alone ("我们仨", "两口子去", "额家四个都来"). The remark must welcome the event
# or the news (``_WELCOME``) and may do nothing else (``_BEFORE_NOT``): count no one, ask, doubt, decline, speak of others or of
# another time, go anywhere. "今天好冷 我们两个人" (her day, then a party) stays the rules' to read as typed.
_WELCOME = re.compile(r"太好|真好|挺好|蛮好|好好|好[玩耍事]|好得很|搞得好|不错|有意思|有心|贴心|用心|周到|[棒赞]|👍|👏|💪|嘹|攒劲|美得很|"
                      r"巴适|安逸|得劲|带劲|给力|要得|中中|稀罕|喜欢|热闹|期待|盼|终于|总算|早就想|来得正好|正好|刚好|难得|支持|捧场|"
                      r"(?:没|莫得|冇|莫)(?:问题|得说)|(?:刚|才)?(?:看到|看见|瞅见|刷到)(?:了)?(?:群里|群|店里)?的?(?:通知|消息|活动)|"
                      r"放假|回来了|有空|得空|闲着|不上班|休息")
# What no remark before a party says and no total said last sums up (U24, both readers): a question, a condition, a doubt, a
# drop-out, others, or another time than the event's.
_ASKED_OR_ELSEWHEN = (r"[吗么？?]|" + SUPPOSING + r"|的话|看情况|再说|去不|来不|不了|取消|退|撤|别人|(?<!老)人家|大家|报了|上次|上回|以前|之前|刚才")
_BEFORE_NOT = re.compile(NUMERAL + r"|[俩仨]|" + _ASKED_OR_ELSEWHEN + r"|[你您](?!们?(?:太|真|辛苦|费心|用心|有心))|别|谁|"
                         r"不(?!错|用操心|上班)|没(?!问题|得说|地方)|他们|她们|有人|都报|"
                         r"下次|明年|下回|改天|昨天|今天|(?<!回)来了|去了|过(?!年|节)|可惜|遗憾|累|冷|热|饿|困|病|疼|痛|"
                         # a day told rather than an event welcomed: something done and how it went ("玩得很开心", "吃了", "讲座太精彩了")
                         r"[玩吃喝听看学做包跳唱逛买走爬泡][了得完]|精彩|过瘾|尽兴|难忘|开心|"
                         r"[a-z]|去(?!年)|(?<![等看见])到|报|算|登记|参加|带|和|跟|同|陪|加|还有|[、+&]")
_ANYONE = re.compile(RELATIVE.pattern + r"|[他她]|孩子|娃|宝宝|老人|伢")


# Set while the words after a remark are read (``_remark_before``): the remarks are cut off one by one by its own loop, so
# the reads it makes of what follows them never look for remarks again (once they did: 2^(k-1) reads for k remarks).
_PAST_A_REMARK: ContextVar[bool] = ContextVar("past_a_remark", default=False)


def _remark_before(text: str, event: str) -> Reading | None:
    """A sure sign-up read from the clauses after a remark that welcomes the event (``_WELCOME``, and nothing of
    ``_BEFORE_NOT``); the party after it must be a sure sign-up of its own, counted where the remark names anyone
    ("孩子放假了 我们仨": the count holds the child; "孩子放假了 我和老伴" might or might not)."""
    words = slips_fixed(plain(unquote(text)))
    if len(words) > MAX_READ or not _WELCOME.search(words):
        return None  # no word of welcome: most chat stops here
    starts = [m.start() for m in re.finditer(r"[^，,。！!；;~～\s]+", words)]
    if len(starts) < 2 or own_words(text) != text or _nobodys(text, welcomed=True) or UNDECIDED.search(words) or CONDITION.search(words):
        return None  # a quote, the rules' reasons for silence (not a remark told: the remark here welcomes), doubt
    for cut in starts[1:]:
        head, tail = words[:cut].rstrip("，,。！!；;~～ "), words[cut:].strip()
        if not _WELCOME.search(head) or _BEFORE_NOT.search(head):
            break  # the remark is the words before the party, all of them welcome it
        if "+" in tail or "＋" in tail:
            return None  # "支持，+1", "天鹅真好看 +1": a remark seconded, not a party
        past = _PAST_A_REMARK.set(True)  # the tail read once, by every reader but this one: never 2^k reads of k remarks
        try:
            reading = read_signup(tail, event)
        finally:
            _PAST_A_REMARK.reset(past)
        if reading is None or reading.intent != SIGNUP or not reading.sure or reading.add:
            continue
        if _ANYONE.search(head) and not (_HEADS_SAID_HERE.search(tail) or _PAIR_WHOLE.search(tail) or _COUNT_ALONE.search(tail)):
            return None
        return reading
    return None


# A total said last, summing up the party told before it (U24): "我跟我跳广场舞的两个老姐妹 三个", "腊八粥我跟麻将桌上的三个
# 牌友一起来，四个人", "孙子5岁，我带他去搓圆仔，两个人", "换我老公带娃去 还是两个". The last clause is the count alone; the
# clauses before it tell who comes, the member among them or bringing them, joined (和, 跟, 带, 加, 还有…) — whoever they are
# and whatever word names them (两个牌友, 楼下小李两口子, 单位新来的小姑娘), the count says how many they are.
_TOTAL_LAST = re.compile(r"(?:那)?(?:就|还是|一共|总共|共|合计|总共是|一共是|就是|整)?(?:是)?(?P<n>" + NUMERAL + r")(?:个人|个|位|人|口)?"
                         r"|(?:那)?(?:就|还是|一共|总共|共)?(?P<k>俩|仨)(?:人|个人)?")
_TOTAL_TAIL = re.compile(r"[吧啊呀哈嘛了哦啦咯嘞撒噻嘎]*")
_PARTY_TOLD = re.compile(r"(?:[我俺咱额]|我们|俺们|咱们|额们|我哋|阿拉)[^，,。\s]{0,12}?(?:和|跟|同(?![堂意样时步城])|带(?![了回走过])|陪|"
                         r"领(?![导取到了回])|加(?![班油入])|还有|搭|与)|"
                         r"(?:和|跟|同|与|加上?|还有)(?:[我俺咱额]|我们|俺们|咱们|额们)(?![们家的])|(?:带|领|陪)[我俺咱额](?![们家的])")
_TOTAL_NOT = re.compile(_ASKED_OR_ELSEWHEN + r"|假如|万一|不一定|可能|也许|大概|估计|或者|最多|至少|左右|"
                        r"不去|不来|划掉|不算|不要|他们家|她们家|去年|[各每]|改|本来|原来|原先|一组|岁|[0-9]{3,}")


def _total_last(text: str, event: str) -> Reading | None:
    """A sure sign-up of the head count said alone at the end (``_TOTAL_LAST``), when the clauses before it tell a party
    joined with the member (``_PARTY_TOLD``) and nothing of ``_TOTAL_NOT`` (a question, a doubt, a drop-out, a count put
    right, households each, ages); the rules' own reading of those clauses, where they read one, must not count more."""
    words = slips_fixed(plain(unquote(text)))
    if len(words) > MAX_READ or not _PARTY_TOLD.search(words) or _TOTAL_NOT.search(words):
        return None  # no party joined with the member, or a doubt: most chat stops here
    clauses = [c for c in _CLAUSE_CUT.split(words) if c]
    if len(clauses) < 2 or not (last := _TOTAL_LAST.fullmatch(_TOTAL_TAIL.sub("", clauses[-1]) or clauses[-1])):
        return None
    if own_words(text) != text or nobodys(text) or UNDECIDED.search(words) or CONDITION.search(words) or LAUGH.search(words):
        return None
    total = number(last["n"] or last["k"])
    head = "，".join(clauses[:-1])
    if not total or total < 2 or total > MAX_AMOUNT or not _PARTY_TOLD.search(head) or re.search(NUMERAL + r"(?:个人|人|位|口(?!子))(?![\u4e00-\u9fff]*[的])", head):
        return None  # one alone needs no sum; a head count already said before it is the rules' to weigh
    if _goes_elsewhere(_GO_SELF.sub("去，", head), event) and not _SIGNUP_SAID.search(head) or nobodys(head):
        return None  # "我和老伴去三亚 两个": a party going somewhere else
    before = read_signup(head, event)
    if before is not None and (before.intent != SIGNUP or before.add or before.amount > total):
        return None  # "我和老公还有三个孩子 两个": the parts count more than the sum
    return Reading(SIGNUP, total, sure=True)


# One check for U25's five readers (U26). Each acts sure on a count in a shape of its own (asked in, put right, put down,
# after a condition, joined with her), and each shape is met in chat as often: the staff's notice or the event's rule per head
# ("每家只能报两个人", "一个人可以报两个吗"), others' sign-ups told, another time or a time past ("上周我们三个能去吗", "昨天人不是
# 三个 是五个"), a game or the members' own plan, goods or a meal counted ("蛋黄酥还能加两个吗"), someone else's party or the
# members asked ("王姐她们三个还能报吗", "你俩能来不", "她们不是三个 是四个"), a regret ("早知道这么热闹的话 就报三个"), a quoted
# line. Whatever the reader, the count is then not her party now.
_THEIR_COUNT = re.compile(r"(?:[你您她他伊](?:们|家)|(?<!老)人家|别人)[^，,。\s我俺咱]{0,3}?(?:" + NUMERAL + r"(?:个|位|口)|[俩仨])|[你您她他伊](?:俩|仨)")
_PER_HEAD = re.compile(EACH_PERSON + "|" + EACH_HOME + r"|每个|每组|各户|(?<![我俺咱们就只仅])(?P<one>一)(?:个人|人|家|户|位)(?:最多|只能|只可以|能|可以|限)")
# She alone, named (U26 review: "一个人能报吗 就我自己"): "one person may…" is then her party of one asked in, not a rule per head.
_HERSELF_ALONE = re.compile(r"(?:就|只有?|仅)(?:我|俺)(?:自己|一个)|(?:我|俺)自己")


def _per_head(words: str) -> bool:
    """The event's rule per head (``_PER_HEAD``), not "一个人" where she names herself alone."""
    return any(not (m["one"] and _HERSELF_ALONE.search(words)) for m in _PER_HEAD.finditer(words))
_GOODS_COUNT = re.compile(r"(?:还|再|也|都|就)*(?:能|可以)?(?:加|要|来|留|订|拿|买)?(?:" + NUMERAL + r")(?:个|份)(?!人)")  # 蛋黄酥还能加两个
_ANY_HEADS = re.compile(NUMERAL + r"|[俩仨]")


def _goods_counted(words: str) -> bool:
    """A count of goods or a meal: a clause with a count and goods' or a meal's words, or goods named right before a count
    (not goods something is done with at the event: 包饺子两个, 插花两个)."""
    events_off = _EVENT_NAMED.sub("活动", words)
    return any(_COUNTS_OF_ELSE.search(c) for c in _CLAUSE_CUT.split(words) if _ANY_HEADS.search(c)) \
        or any(_GOODS_COUNT.match(events_off, m.end()) for m in GOODS.finditer(events_off))


def _not_her_party_now(text: str, words: str) -> bool:
    """Whether a count U25's readers found is no party of hers now (above); ``words`` the message as the reader reads it."""
    return own_words(text) != text or is_notice(text) or others_signed_up(text) or another_time(text) \
        or bool(MEMBERS_PLAN.search(words) or _PASTIME.search(words) or _per_head(words)) \
        or bool(_THEIR_COUNT.search(words)) and not _FIRST_PERSON.search(words) \
        or _goods_counted(words) or _told_as_done(_pieces_of(words)) or unreal_if(words) or _in_the_past(words)


def _in_the_past(words: str) -> bool:
    """A time of the past said, by how it is built (``_PAST_TIME``: 上礼拜, 上个月, 前阵子; U26 review), and no word of this
    time beside it: "上礼拜我们三个能去吗" asks of a day had. Not when the sign-up was said then ("之前说两个 … 三个": what it was,
    put right)."""
    return any(not re.match(r"(?:我们?|俺们?)?(?:说|报|写|讲|定|登记|是)", words[m.end():]) for m in re.finditer(_PAST_TIME, words)) \
        and not (_THIS_TIME.search(words) or _STORY_NOW.search(words))


# Her party's count asked in (U25): "三个人还能报名不？", "我们三个能报吗", "周日插花课还能报两个人吗", "能报四个人吗 一家四口", "我们
# 四个能报吗？报上吧". Whether there is room for so many is no doubt about coming: she counts who comes and asks them in — a
# sign-up of that count, as "还有位置吗 我们三个" is. A count that is an age or a time ("孩子两岁能参加吗", "九点多能去吗") is no
# party; nor is anything after it but a request to be put down or her party said again.
_COUNTED_IN = r"(?:(?P<n>[一两三四五六七八九十1-9])(?:个人|个|人|位|口人|口)|(?P<k>[俩仨])(?:人|个人)?)"
_ASKED_IN = r"(?:吗|不|么|没|嘛)?"
_COUNT_ASKED = (re.compile(r"(?P<pre>[^，,。！!？?；;\s\d]{0,10}?)(?:我们|俺们|咱们|我家|俺家|我|俺)?(?:一家)?" + _COUNTED_IN
                           + r"(?:还)?(?:能|可以)(?:报|参加|去|来)(?:名)?" + _ASKED_IN),
                re.compile(r"(?P<pre>[^，,。！!？?；;\s\d]{0,10}?)(?:还)?(?:能|可以)(?:报|再报|加)(?:我们|俺们)?" + _COUNTED_IN + _ASKED_IN))
# What may follow: a request to be put down ("能就报上", "报上吧") or her party said again ("一家四口", "我和我妈").
_COUNT_ASKED_THEN = re.compile(r"(?:能的话|能就|可以的话|行的话|那就|就)?(?:给我们?|帮我们?)?(?:报上|报名|算上|登记|记上)(?:吧|哈|呗)?|"
                               r"(?:一家|我们|俺们|我家)?[两俩仨三四五六七八九十2-9](?:口|个人|个|人|位)?")
_ALONE_AGAIN = re.compile(r"(?:就|只有?|仅)?(?:我|俺)(?:自己|一个人?)(?:去|来)?(?:吧|哈|呗)?")  # "一个人能报吗 就我自己" (U26 review)
_NOT_COUNTED_IN = re.compile(r"岁|多了|\d|孩子|小孩|娃|宝宝|老人")  # an age before it, or who is asked about: "我68了还能报不？", "小孩子两个能去吗"


def _count_asked_in(text: str) -> Reading | None:
    words = slips_fixed(plain(unquote(text))).strip(" ，,。！!~～")
    if len(words) > 40 or not re.search(r"(?:能|可以)(?:报|参加|去|来|再报|加)", words):
        return None  # one search: most messages stop here
    clauses = [c for c in re.split(r"[，,。！!？?；;~～\s]+", words) if c]
    match = next((m for rx in _COUNT_ASKED if clauses and (m := rx.fullmatch(clauses[0]))), None)
    if match is None or _NOT_COUNTED_IN.search(match["pre"]) or _not_her_party_now(text, words):
        return None
    n = number(match["n"] or match["k"])
    for rest in clauses[1:]:
        if n == 1 and _ALONE_AGAIN.fullmatch(rest):
            continue  # her party of one said again: she alone
        again = re.search(r"[两俩仨三四五六七八九十2-9]", rest)
        if not _COUNT_ASKED_THEN.fullmatch(rest) or again and number(again.group()) != n:
            return None  # "三个人还能报吗 孩子两岁": something else said after it
    return _party_reading(n, True)


# A count put right (U25): two counts of her party, one of them taken back, and the party is the other — whatever she gives
# as the reason between them. Which one stands is said by where the correction stands, not by which comes last: the count
# before "不是" ("我们是5个人不是3个", "是俺俩 不是仨"), after "不是…" ("不是三个人了 两个", "不是5个是4个"), after a slip owned ("报2个
# 啊不 3个", "4个…唔好意思打错，5个", "算错了，6个"), after what it was before ("前面说三个 儿媳不来了 两个", "刚才在接龙写的是2
# 其实是3"), or before what was typed by mistake ("四个 刚才打成六了"). No other count may follow the one that stands.
def _people_count(name: str) -> str:
    return (r"(?:(?<![周期拜第\d.])(?P<" + name + r">" + NUMERAL + r")(?:个人|个|人|位|口人|口|家头|(?![点号岁月日天年周分块元钟:：.\d]))"
            r"|(?P<" + name + r"k>[俩仨])|(?P<" + name + r"p>两口子|老两口|两公婆))")


_C_OLD, _C_NEW = _people_count("old"), _people_count("new")
_SLIP = r"(?:啊不|哦不|噢不|不对|不不|算错了?|打错了?|写错了?|说错了?|搞错了?|报错了?|记错了?|更正|纠正)"
_COUNT_PUT_RIGHT = (
    re.compile(_C_NEW + r"(?:的)?[，,\s]*(?:而)?(?:不是|唔系|唔係)" + _C_OLD),  # "是俺俩 不是仨"
    re.compile(r"(?:不是|唔系|唔係)" + _C_OLD + r"(?:了|啦)?[，,\s…。.]*(?:是|而是)?" + _C_NEW),  # "不是三个人了 两个"
    re.compile(_C_OLD + r"[^。？?]{0,10}?" + _SLIP + r"[^。？?]{0,16}?" + _C_NEW),  # "报2个 啊不 3个"
    re.compile(r"(?:原来|本来|之前|原先|刚才|先前)[^，,。\s]{0,8}?" + _C_OLD + r"[^。？?]{0,24}?[，,\s…](?:现在|那就|就|只有|只|剩下?|实际|其实|改成|改为|变成|是|还是)*"
               r"(?:我们|俺们|我|俺)?(?:是|只有)?" + _C_NEW + r"(?:能来|来|去|能去|都来|都去|了|啦|吧|哈)*$"),  # "前面说三个 儿媳不来了 两个"
    re.compile(_C_NEW + r"[^。？?]{0,4}?(?:刚才|之前|前面)?(?:写成|打成|说成|报成|写的是|打的是|报的是)了?" + _C_OLD),  # "四个 刚才打成六了"
)
_PUT_RIGHT_CUE = re.compile(r"不是|唔系|唔係|" + _SLIP + r"|原来|本来|之前|原先|刚才|先前")
_ANY_PEOPLE_COUNT = re.compile(_people_count("n"))
_COUNTS_OF_ELSE = re.compile(r"买|卖|订|份|斤|箱|盒|袋|吃饭|聚餐|喝酒|饭局|(?<!同)桌")  # "买的是三个不是两个", "三个人去吃饭…就我俩了"; 同桌 a classmate


def _counted(match: re.Match, name: str) -> int | None:
    if match[name + "p"]:
        return 2
    return number(match[name] or match[name + "k"])


def _count_put_right(text: str) -> Reading | None:
    words = slips_fixed(plain(unquote(text))).strip(" ，,。！!~～")
    if len(words) > 80 or not _PUT_RIGHT_CUE.search(words):
        return None  # no word that takes a count back: most messages stop here
    if _not_her_party_now(text, words) or UNDECIDED.search(words) or CONDITION.search(words) or QUESTION.search(words) \
            or _goes_elsewhere(words, ""):
        return None  # doubt, a question, a place elsewhere; what no U25 reader acts on
    for rx in _COUNT_PUT_RIGHT:
        if (match := rx.search(words)) is None:
            continue
        new, old = _counted(match, "new"), _counted(match, "old")
        stands = max(match.end(g) for g in ("new", "newk", "newp") if match[g])
        if not new or new == old or _ANY_PEOPLE_COUNT.search(words, max(stands, match.end("old") if match["old"] else 0)):
            return None  # a count after these two: more is said than a count put right
        return _party_reading(new, True)
    return None


# Put down, with the party's count (U25): she asks to be put down in so many words (给我记上, 你记一下, 帮我写上, 报上, 算上,
# 登记一下) and says how many come in all — "我们三个人", "俺俩", "一共仨", "记上三个", "一家三口" — however long the story
# around it ("那个元宵包汤圆的活动我看到了我带我家两个外孙去我们三个人你帮我记上", typed by voice without a stop). The total is
# what is counted with her (we, our household, so many people in all), never those she brings (两个孙子); every total said
# must agree, unless one sums them up (一共仨); "他一个人" is no total of hers, and grown-ups and children counted apart (一大俩小)
# are the other rules' to add up. Not for someone else (给她记上), nor where the message is in doubt, conditional or nobody's.
# Old peers as members count them with themselves ("我们四个老姐妹", "俺们老哥仨"): one table for the total put down
# (``_TOTAL``) and the member's group of peers counted by kind (``_PEER_KINDS``, s24 review).
ELDERS = r"老姐妹|老姊妹|老太太?|老头儿?|老头老太太?|老哥|老伙计"
_PUT_DOWN = re.compile(r"(?<![她他])(?:记上|记下|记一下|登记一下|登记上|写上|写一下|报上|算上|报起|整上)(?![了过没])")
_PUT_DOWN_FOR_OTHERS = re.compile(r"(?:给|帮|替)(?:[她他]|[她他]们|[她他]俩)|[她他]们?(?:也|都)?(?:记上|写上|报上|算上)")
_TOTAL = re.compile(r"(?:(?<![他她])(?:一共|总共|共|就是?|那就)?(?:我们|俺们|咱们|我家|俺家|我们家|我屋里|咱家|额们)?(?:就)?"
                    r"(?P<n>" + NUMERAL + r")(?:个人|人|位|口人)(?![\u4e00-\u9fff]{0,2}岁|的)"
                    r"|(?:我们|俺们|咱们|我|俺|咱|额)(?:老哥|老姐妹儿?|老姊妹|娘|爷|老两口|姐妹)?(?P<k>[俩仨])"
                    r"|(?:一共|总共|共|记上|写上|报上|报)(?P<m>" + NUMERAL + r")个(?!孙|孩|娃|小|大|老)"
                    r"|(?:一共|总共|共)(?P<t>[俩仨])|一家(?P<h>[三四五六七八九])口"
                    r"|(?:我们|俺们|咱们)(?P<g>" + NUMERAL + r")个(?:" + ELDERS + r"|姐妹|人|(?![\u4e00-\u9fff])|(?=[你您恁给帮麻都一报记写去来])))")


def _put_down_counted(text: str) -> Reading | None:
    words = slips_fixed(plain(unquote(text)))
    if len(words) > MAX_READ or not _PUT_DOWN.search(words) or _PUT_DOWN_FOR_OTHERS.search(words):
        return None  # one search: most messages stop here
    found = [m for m in _TOTAL.finditer(words) if not re.match(r"人?的", words[m.end():])]  # "三个人的饭钱": whose, not who
    summed = [m for m in found if re.match(r"一共|总共|共", m.group(0))]  # a sum said sums up the counts before it
    totals = {number(next(g for g in m.group("n", "k", "m", "t", "h", "g") if g)) for m in summed or found}
    if len(totals) != 1 or _FAMILY.search(words) or _ADULTS_KIDS.search(words) or UNDECIDED.search(words) or CONDITION.search(words) \
            or SIGNUP_CANCEL_WORDS.search(words) or _not_her_party_now(text, words):
        return None
    return _party_reading(totals.pop(), True)


# A condition, then her request to be put down now with the count (U25): "要是九点以后开始我们就赶得上，报两个", "老公不上班的话
# 三个人，先写三个哈", "能行的话报3个", "不加班的话我就去 算我一个". Whatever the condition, she asks to be put down: a sign-up
# of that count (the condition alone, "要是不下雪我们三个去", stays asked). The request is a clause of its own — 先/就 报, 算,
# 写 or 记 so many — and every other count of people she says must agree with it; not a plan among members (拼车).
# Openers as single pieces (那就 is 那 then 就): with overlapping choices a failing fullmatch backtracked exponentially.
_PUT_DOWN_NOW = re.compile(r"(?:那|就|先|我们|我|俺们|俺)*(?:给我们?|帮我们?|给俺们?)?(?:报|算|写|记|登记)(?:上)?(?:我们|我|俺们|俺|咱们)?"
                           r"(?P<n>[一两俩仨三四五六七八九十1-9])(?:个人|个|位|人)?(?:吧|哈|嘛|啊|呀|哦|先)*")  # not 了: "要是不出车，俺就报仨了" would have been
_IF_SAID = re.compile(SUPPOSITION + r"|的话|看情况")


def _put_down_first(text: str) -> Reading | None:
    words = slips_fixed(plain(unquote(text))).strip(" ，,。！!~～")
    if len(words) > 60 or not _IF_SAID.search(words):
        return None  # no condition: the other readers' (most messages stop here)
    clauses = [c for c in re.split(r"[，,。！!；;~～\s]+|(?<=的话)|(?<=就)(?=[报算写记先给帮])", words) if c]  # "能行的话报3个"
    asks = [c for c in clauses if _PUT_DOWN_NOW.fullmatch(c)]
    if len(asks) != 1 or asks[0] is clauses[0]:
        return None  # the request after the condition, once
    n = number(_PUT_DOWN_NOW.fullmatch(asks[0])["n"])
    others = {number(m.group(1)) for m in re.finditer(r"(" + NUMERAL + r")(?:个人|个|位|人|口)", "，".join(c for c in clauses if c is not asks[0]))}
    if others - {n} or _ANOTHER_TIME.search(words) or re.search(r"拼车|搭车|顺路|有人", words) or SIGNUP_CANCEL_WORDS.search(asks[0]) \
            or _not_her_party_now(text, words):
        return None
    return _party_reading(n, True)


# The member joined with someone, then the count, as her last words (U25): "我和老办两个", "我和对门两个", "我跟我家闺女两个",
# "俺和小和俩", "报名 我同细妹两个". Whoever is named between them — a word no list holds, a typo, a name, a neighbour by where
# she lives — the count says how many come: the member and those she names. Not a household beside hers (我和王姐家三个), not
# others (我和他们三个), not so many of them (我跟舞蹈队的四个: four of the team, with her or not), not each (各), and not when the
# whole message is nobody's sign-up or in doubt.
_NAMED_BY = r"[^，,。！!？?；;~～\s\d一二两三四五六七八九十俩仨们各每都"
_RANKED_ONE = r"[二三四](?=[丫妮闺姐哥弟妹儿女孙舅姨叔婶姑])"  # 二丫头, 三姑: one person by rank, not a count
_JOINED_TOTAL = re.compile(r"(?:^|(?<=[，,。！!；;~～\s]))(?:我|俺|咱|额|阮)(?:也|就|是)?(?:和|跟|同|搭|与)"
                           r"(?P<who>(?:" + _NAMED_BY + r"]|" + _RANKED_ONE + r"){0,5}?" + _NAMED_BY + r"家的])"
                           r"(?:一共|总共|共|就|也|都)?(?P<n>[两俩仨三四五六七八九十2-9])(?:个人|个|人|位)?[啊哈吧呀嘛哦咯嘞撒噻]*$")


_PRONOUN_ALONE = re.compile(r"[他她伊]")


def _joined_total(text: str, event: str) -> Reading | None:
    words = slips_fixed(plain(unquote(text))).strip(" ，,。！!~～")
    if len(words) > MAX_READ or not (match := _JOINED_TOTAL.search(words)):
        return None  # one search: most messages stop here
    if UNDECIDED.search(words) or CONDITION.search(words) or nobodys(text) or _not_her_party_now(text, words):
        return None
    # "我跟她俩", "我和他两个": the pronoun with the count is "the two of them" as often as "she and I" (2 or 3): asked (U26)
    named_before = _OTHERS_NAMED.search(words, 0, match.start())  # "俺闺女中班 俺跟她俩": she is the daughter named
    return _party_reading(number(match["n"]), not _PRONOUN_ALONE.fullmatch(match["who"]) or bool(named_before))


# A wish to go, then "but" and someone of hers coming along (U26): "我想去但是 我家老头子也一起", "想去 不过我老伴也要一起去".
# The "but" adds to the party, no doubt of hers (``signup_checks._wish_held_back`` holds back the doubts): her and those named,
# asked once — what the "but" is for (may he come? is there room?) is hers to say when asked.
_COMPANY_AFTER_WISH = re.compile(r"想(?:去|来|参加|报名?|克)[^，,。\s]{0,8}?[，,。\s]*(?:但是|不过|就是|可是|只是)[，,。\s]*"
                                 r"(?P<who>[^，,。\s]{1,10}?)(?:也|还)(?:要|得|想)?(?:一起|一块儿?|跟着)(?:去|来)?[吧啊哈呀哦]*$")
_SOMEONE_OF_HERS = re.compile(RELATIVE.pattern + "|" + HOME + "|" + KIN)


def company_after_wish(words: str) -> int | None:
    """Her party when the words are a wish to go, "but", and someone of hers coming along (above), else None."""
    match = _COMPANY_AFTER_WISH.search(words)
    if match is None or not _SOMEONE_OF_HERS.search(match["who"]) or re.search(r"[他她你]们|[吗么？?]", words):
        return None
    people = party_size("我和" + match["who"])
    return people if people and 2 <= people <= MAX_AMOUNT else None


def _wish_with_company(text: str) -> Reading | None:
    words = slips_fixed(plain(unquote(text))).strip(" ，,。！!~～")
    if len(words) > 60 or own_words(text) != text or (people := company_after_wish(words)) is None or _not_her_party_now(text, words):
        return None
    return _party_reading(people, False)


# Persons joined by plus signs and nothing else (U24): "朵朵+妈妈", "小雨妈妈+小雨", "王秀英+老伴" — a 接龙 line typed alone,
# each piece one person (a name, a child's mother by the child's name, kin, the member).
_PLUS_CUT = re.compile(r"\s*[+＋➕]\s*")


def _persons_plussed(text: str) -> Reading | None:
    words = plain(unquote(text)).strip(" ，,。！!~～")
    if len(words) > 40 or own_words(text) != text or not _PLUS_CUT.search(words):
        return None
    pieces = _PLUS_CUT.split(words)
    if len(pieces) < 2 or len(pieces) > MAX_AMOUNT or any(not p or re.search(NUMERAL, p) for p in pieces):
        return None  # "+1", "老公+2": a count
    persons = [_listed_party(p) == 1 or bool(re.fullmatch(CHILD, p)) for p in pieces]
    if not all(persons[1:]) or not persons[0] and not _BARE_NAME.fullmatch(pieces[0]):
        return None  # "汤圆+饺子": something that is no person
    return _party_reading(len(pieces), True)


# Someone named, then their kin by that name (U24): "王霞、王霞妈妈", "胡春梅 胡春梅老伴", "刘淑芬、刘淑芬家老二", "老孟、老孟媳妇、
# 大刚". The kin said by the name before it ties the list into one party: each piece one person, whoever else is listed.
_LIST_PIECES = re.compile(r"[、，,;；/\s]+")
_WHOSE = re.compile(r"^(?:家的?|的|屋里的?)")


def _named_and_kin(text: str) -> Reading | None:
    words = plain(unquote(text)).strip(" ，,。！!~～")
    if len(words) > 40 or own_words(text) != text or re.search(NUMERAL, re.sub(r"老[大二三四]", "", words)) or QUESTION.search(words):
        return None  # a count is the other rules' to read (not 老二, a child by rank)
    pieces = [p for p in _LIST_PIECES.split(words) if p]
    if len(pieces) < 2 or len(pieces) > MAX_AMOUNT or len(set(pieces)) < len(pieces):
        return None
    joins = _LIST_PIECES.findall(words)
    if len(joins) != len(pieces) - 1:
        return None  # a list opening or closing on a mark: not one read piece by piece
    tied, bases, loose = 0, set(), []
    for at, piece in enumerate(pieces):
        names = [p for p in pieces[:at] if len(p) >= 2 and piece.startswith(p)]
        kin = _WHOSE.sub("", piece[len(names[0]):]) if names else ""
        if kin and (RELATIVE.fullmatch(kin) or re.fullmatch(r"[妈爸娃]", kin) or _listed_party(kin) == 1 and not _NAMED.fullmatch(kin)):
            tied += 1  # "王霞妈妈": the kin of the one named before
            bases.add(names[0])  # and the one named before is a person by that tie ("曲丽丽 曲丽丽闺女")
        elif _listed_party(piece) != 1:
            loose.append(at)
    if any(not _unlisted_name(pieces[at], joins[at - 1] if at else "", joins) for at in loose if pieces[at] not in bases):
        return None  # a piece that is no one person, or says something after the list ("朵朵 朵朵妈 收到", "小宇、小宇奶奶 已转")
    return _party_reading(len(pieces), True) if tied else None


# What joins a written list's names: an enumerating mark. A space also sets a remark apart from the list, so a word the lists
# lack is one more name only when joined by such a mark, as the list's other names are ("老葛、老葛媳妇、大柱").
_ENUMERATING = re.compile(r"[、，,;；/]")


def _unlisted_name(piece: str, join: str, joins: list[str]) -> bool:
    """Whether ``piece``, a word of ``_named_and_kin``'s list that no list of persons holds, is one more person: a name's
    shape (two or three characters, none a name lacks), joined by the same enumerating mark as every join of the list,
    and nothing the other readers read as something said (thanks, goods, pickup or payment)."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", piece) or _NOT_A_NAME.search(piece) or _EVENT_NAMED.search(piece) or piece in _SELF_ALONE:
        return False
    marks = {_ENUMERATING.search(j).group() if _ENUMERATING.search(j) else "" for j in joins}
    if not _ENUMERATING.search(join) or len(marks) != 1:
        return False  # "朵朵 朵朵妈 收到", "小宇、小宇奶奶 已转": after a space, a remark as often as a name
    return not (is_courtesy(piece) or GOODS.search(piece) or LOGISTICS.fullmatch(piece))


def party_beside_coming(text: str) -> str | None:
    """The party's words when the rest only says how it comes (``coming.cut``: "我们两个下午三点到", "两位 钱微信转你了",
    "我们3个人，费用到时候现场给"), read as the party alone would be; None when no such remark is said, the party is not
    counted ("我和老伴" is the rules' to read as typed), or the message is quoted or nobody's sign-up (U23)."""
    words = slips_fixed(plain(unquote(text)))
    if len(words) > MAX_READ or (rest := coming.cut(words)) is None or own_words(text) != text:
        return None  # coming.cut first: its one search leaves most messages there
    if not (_HEADS_SAID_HERE.search(rest) or _PAIR_WHOLE.search(rest) or _COUNT_ALONE.search(rest)) or nobodys(rest):
        return None
    return rest


# Words to someone else than the staff, or of the staff's own list: "你记得请假", "别迟到", "候补", "名单", "统计".
_SPOKEN_TO = re.compile(r"[你您]|别|莫等|但是|但|就怕|还没|候补|名单|统计|通道|有没有|哪个|谁")


# Why one of the household stays away, said after the count of who comes (U16): "孩子上学去了", "老头子放羊回不来",
# "孩子爸值班", "老伴儿要看店". Not one counted before ("我和老伴，老伴不去": the party changed, the rules' to read).
_AWAY = re.compile(r"(?P<who>(?:我家|俺家|我)?(?:" + HOME + r"|老头子?|老伴儿?|孩子[他她]?[爸妈]|[他她]))(?:说)?(?:要|在|得|去|还|就|也|都|刚|今天|那天|"
                   r"周[一二三四五六日末])*[\u4e00-\u9fff]{0,5}?(?:值班|上班|加班|上学|上课|出差|看店|带孙子|带孩子|在家|回老家|回不来|来不了|"
                   r"去不了|不去|不来|没空|有事|忙)(?:去)?[了呢啊哈的咧]*")
_HEADS_SAID_HERE = re.compile(r"(?:[我俺咱]|[我俺咱]们|[我俺咱]家)(?:就|只)?(?:" + NUMERAL + r"(?:个人?|口人?|位)|俩|仨)|一个人")
_ASIDE_NOT = re.compile(r"不|没|去|来|参加|报|算|个人|[吗么？?]|要是|如果")


# The words an aside or a reason to stay away is made of (``_ASIDE``, ``_AWAY``), looked for first, on the text as typed.
_ASIDE_HINT = re.compile(r"[岁歲]|喜欢|喜歡|[爱愛会會]|年级|值班|上班|加班|上学|上课|出差|看店|带孙子|带孩子|在家|回老家|回不来|来不了|去不了|不去|不来|没空|有事|忙")


def without_asides(text: str) -> str:
    """The words before the asides said after the party (``_ASIDE``: about someone named before, or 他/她), or ``text``
    itself when it ends on none; read by the rules here and by the learned guess (``signup_guess``) alike."""
    if not _ASIDE_HINT.search(text):
        return text  # no word an aside is made of: most messages stop here
    words = slips_fixed(plain(unquote(text)))
    clauses = [c for c in _CLAUSE_CUT.split(words) if c]
    if len(words) > MAX_READ or len(clauses) < 2:
        return text
    kept, whom = list(clauses), False
    while len(kept) > 1:
        before = "，".join(kept[:-1])
        if (aside := _ASIDE.fullmatch(kept[-1])) and not _ASIDE_NOT.search(kept[-1]) \
                and (not aside["who"] or aside["who"][0] in "他她伊" or aside["who"] in before):
            whom = whom or bool(aside["who"])
        elif (away := _AWAY.fullmatch(kept[-1])) and away["who"] not in before and _HEADS_SAID_HERE.search(before):
            whom = True  # "我一个人，孩子上学去了", "俺俩去 孩子爸值班": who stays away, beside the count of who comes
        else:
            break
        kept.pop()
    if not whom:
        return text  # "我和老公，都喜欢看电影": of whom? a remark of the pair's own, not an aside about one named
    cut = [m.start() for m in re.finditer(r"[^，,。！!；;\s]+", words)][len(kept)]
    return words[:cut].rstrip("，,。！!；; ")  # the words before the asides, as typed


def _aside_dropped(text: str, event: str) -> Reading | None:
    """A sign-up read before the asides (``without_asides``): the rules' reading of the words before them when it is a
    sure sign-up; else None (left to the rules as typed)."""
    if (before := without_asides(text)) == text:
        return None
    reading = read_signup(before, event)
    return reading if reading is not None and reading.intent == SIGNUP and reading.sure and not reading.add else None


# The member, or the grown-ups, staying out of what she signs the others up for: she waits outside, takes them there and
# leaves, or does not go in ("两个娃报名，大人不进去", "给闺女报一个 我在外面等她", "我不去，给我儿子报一个"). Said beside a
# sign-up of others, it is no cancel, and she is not of the party.
_STAYS_OUT = re.compile(r"(?:我|俺|大人|家长|我们大人|我们家长|爸妈)(?:自己|就|先|都|也|是|只)*(?:不进去|不进场|不参加|不去|不陪|不用去|不用陪|"
                        r"不跟着?去?|(?:在|就在)?(?:外面|门口|外头|楼下|店外)等(?:着)?|送(?:过去|到|去)?(?:门口)?就走|送(?:过去|到|去)?就回|"
                        r"(?:只|就)?(?:负责)?接送|不算(?:在内|进去)?)(?:[她他]们?|着)?(?:了|啦)?[啊哈吧呀呢哦]*")
_STAY_CUT = re.compile(r"[，,。.!！；;\s]+")
_ME_COMING = re.compile(r"(?:^|[，,])(?:我|俺)(?:们)?(?:也|就|都)*(?:和|跟|带|陪|同)|算(?:上)?我(?!家|们家|的)")


def _member_stays_out(text: str, event: str) -> Reading | None:
    """A sign-up of others beside the member's staying out (``_STAYS_OUT``): the others' party, acted on; else None."""
    if len(text) > MAX_READ or not _STAYS_OUT.search(words := plain(unquote(text))):
        return None
    clauses = [c for c in _STAY_CUT.split(words) if c]
    out = [c for c in clauses if _STAYS_OUT.fullmatch(c)]
    if not out or len(out) == len(clauses):
        return None
    rest = "，".join(c for c in clauses if c not in out)
    if _TAKES_THEM.search(rest):
        return None  # "给我家俩娃报名，我不去，外婆送": who takes them is the rules' to weigh (``_for_relatives``)
    reading = _read_whole(rest, event)
    if reading is None or reading.intent != SIGNUP or reading.add or not (_OTHERS_NAMED.search(rest) and _SIGNS_OTHERS_UP.search(rest)):
        return None
    counted = sum(number(m.group(1) or m.group(2)) or 0 for m in _KIDS.finditer(rest))
    if counted and reading.amount == counted + 1:
        return Reading(SIGNUP, counted, sure=True)  # "包汤圆俩娃报上 大人不算": the children counted, not she who brings them (U21)
    amount = reading.amount - bool(_ME_COMING.search(rest))
    return Reading(SIGNUP, amount, sure=True) if amount >= 1 else None


_OTHERS_NAMED = re.compile(r"孩子|娃|宝|儿子|女儿|闺女|孙|" + RELATIVE.pattern)
_SIGNS_OTHERS_UP = re.compile(r"报|算|登记|记上|写上|参加|都去")  # 参加, 都去 (U21): "两个孩子参加，家长不进去"


def _rules_reading(text: str, event: str = "") -> Reading | None:
    """A sign-up with its party size ("我报名 2人", "2大1小", "我和老公带娃一起，3个人报名", "张阿姨2人"),
    a cancellation ("取消报名", "临时有事去不了了"), or None. ``event``: the open event's name, if known
    ("去采草莓" goes to it; a party going anywhere else is no sign-up: "下周我们全家去三亚，五个人")."""
    if (reading := _read_whole(text, event)) is not None or len(text) > MAX_READ:
        return reading
    named = _topic_as_event(text)  # "赶海 2", "+2 运动会", "夜跑+1": an event no list names, where its name stands
    if named is None or _QUOTE_FIRST.match(plain(text)) or _HEADS_SUM.search(text) and _SUM_ASKED.search(text) or _nobodys(text) or (reading := _read_whole(named, event)) is None or reading.intent != SIGNUP:
        return None
    return reading


def _nobodys(text: str, welcomed: bool = False) -> bool:
    """What makes a message nobody's sign-up whatever its words name: the staff's notice or receipt, others' sign-ups
    told, a game among members, a plan elsewhere or another time, news or home life (``not_a_signup``), cancelling, or
    the event's rule alone ("满8人成团")."""
    words = plain(unquote(text))
    return not without_limits(words).strip() or is_notice(text) or others_signed_up(text) or bool(_PASTIME.search(words) or TALLY.search(words) or _MEETING.search(words)
                                                             or LAUGH.search(words) or SIGNUP_CANCEL_WORDS.search(words)) \
        or not_a_signup(text, welcomed) or another_time(text)


# The event named by what it is where the event's name stands: a short topic said first or last, apart from the party or
# glued to a count or a plus ("赶海 2", "+2 运动会", "太极+1", "三个人，周六包饺子", "运动会⏎朵朵妈⏎朵朵"). Read as the event
# itself (活动) when nothing in the message read as it is; only a sign-up so found stands (a topic before 取消 is news as
# often as a request: "会议取消"). A topic names no one and counts nothing (``_is_topic``); goods are a topic only when
# something is done with them (包饺子, 品茶: a class, not an order); words of agreeing second a remark ("同问 +1").
_TOPIC_CUT = re.compile(r"(?<=[\u4e00-\u9fff])(?=\s*[+\d])|(?<=[+\d])(?=\s*(?![号日])[\u4e00-\u9fff])")  # not a date: 22号包饺子
_WHEN_LEAD = re.compile(r"^(?:这|下|本)?(?:周[一二三四五六日末天]|星期[一二三四五六日天]|明天|后天|今天)?(?:的)?(?:上午|下午|晚上|早上)?(?:的)?")
_DONE_WITH_GOODS = re.compile(r"^(?:包|做|捏|烤|学做|学包|品|喝|试吃|蒸|腌|酿|炸|编|插|画|剪|贴|写)")
_AGREEING = re.compile(r"同问|同意|同感|同款|体会|同上|支持|赞同|赞成|附议|顶|赞|说得对|有道理|确实|一样|真的|是的|对的|好的|收到|期待|想要|求|蹲")
# What an event is called by the kind of thing it is (a meeting, a contest, a class, a round, a camp, a run, a game of ball).
_EVENTISH = re.compile(r"(?:会|赛|班|课|局|营|游|跑|操|拳|球|棋|舞|体验|活动|派对|聚会|团建|露营|徒步|骑行|"
                       # what a group does together, named by the doing (u12): a visit, a practice of body or mind, a game
                       r"参观|游览|观摩|写生|采风|摄影|观鸟|瑜伽|太极|八段锦|普拉提|冥想|飞盘|剧本杀|桌游)$|" + EVENT_KINDS)
# A predicate or a habit said of the party, not an event's name: "跳得最齐", "每天打仗", "天天吵".
_PREDICATE = re.compile(r"得|最|每天|天天|总是|老是|经常|从来|一直")
_NO_EVENT = re.compile(r"会议|开会|项目|作业|加班|值班|出差|"  # the job's business: "会议 2"
                   r"感冒|发烧|咳嗽|失眠|疼|痛|病|困|饿|烦|晕|过敏|痒|胖|瘦|堵|忙|闷|渴")  # a body's or a mood's state: "感冒 两个"
_SPLIT_CUE = re.compile(r"\s+|[,，。;；:：\n]+")


def _topic_as_event(text: str) -> str | None:
    words = _TOPIC_CUT.sub(" ", plain(text)).strip()
    pieces = [p for p in _SPLIT_CUE.split(words) if p]
    if len(pieces) < 2 or len(pieces) > 4:
        return None
    for at in (0, len(pieces) - 1):
        topic = _TOPIC_TAIL_WORDS.sub("", _WHEN_LEAD.sub("", pieces[at]))
        if len(topic) < 2 or not _is_topic(topic) or _AGREEING.search(topic) \
                or _LIST_PERSON.fullmatch(topic) or GOODS.search(topic) and not _DONE_WITH_GOODS.match(topic) or _ELSE_THING.search(topic):
            continue
        rest = [p for i, p in enumerate(pieces) if i != at]
        if all(re.fullmatch(r"(?:\+\d{1,2})+", p) for p in rest) and not (_EVENTISH.search(topic) or _DONE_WITH_GOODS.match(topic)):
            continue  # "皱纹+1", "+1 同款": agreeing, or "me too"; "夜跑+1", "+2 运动会": the event's places
        return " ".join(["活动", *rest] if at == 0 else [*rest, "活动"])
    return None


# The member's workplace named as who comes, by its count or its colleagues ("我们单位五个人报名讲座", "咱们单位退休的三个
# 老同事一起报健康讲座", "报名 单位同事六个"): "we", the colleagues who come (not the workplace's own thing: "单位组织体检").
_WORKPLACE_US = re.compile(r"(?:我们|咱们|俺们)?(?:单位|公司|部门|科室|厂里|车间)(?:里)?的?(?:退休的?)?(?=" + NUMERAL + r"(?:个|位|名)|老?同事)")
# A contest the member's party signs up for with its count ("比赛我们班报名 一共十个", "唱歌比赛 我家两个娃都报"): the
# event open, not another body's thing; never with a school's, a job's or another body's word beside it, nor told as done.
_CONTEST = re.compile(r"(?:比赛|大赛|竞赛)(?!活动)")
_CONTEST_WORDS = {"比赛", "大赛", "竞赛"}
_PARTY_COUNTED = re.compile(NUMERAL + r"(?:个|位|人|名|口)|[俩仨]|\+\d|老两口|两口子")


def _workplace_as_us(text: str) -> str:
    return _WORKPLACE_US.sub("我们", text) if re.search(r"报|参加", text) else text


def _contest_as_event(text: str) -> str:
    if not _CONTEST.search(text) or set(ELSE_THING.findall(text.replace("健身操", "操"))) - _CONTEST_WORDS or PAST.search(text) \
            or not _PARTY_COUNTED.search(text) or re.search(r"报名?了|[你您他她]", text):
        return text
    return _CONTEST.sub(lambda m: m.group(0) + "活动", text)


# Dialect words for the member, her people and her seats, read as Mandarin over the whole message before any rule: 北方
# 俺 (I), 上海 侬 (you), 搭 (and), 阿拉 before kin (my), 囡囡 (daughter), 一记 (a bit); 粤 阿婆 (grandma), N个位 (seats).
_DIALECT = ((re.compile(r"俺(?!们)"), "我"), (re.compile(r"自个儿|自各儿"), "自己"),  # 北方: 俺自个儿来 (U19)
            (re.compile(r"我[伲俫](?![\u4e00-\u9fff]?家头)"), "我们"),  # s24: 吴 we (苏沪 我伲, 台州 我俫): "我伲两个报名"; 伲两家头 is U19's
            (re.compile(regional.YOU), "你"), (re.compile(r"(?<=[我你])搭(?=阿拉|[\u4e00-\u9fff]{1,3}(?:两|俩|一起))"), "和"),
            (re.compile(r"阿拉(?=囡囡|儿子|女儿|老公|老婆|姆妈|爸爸|妈妈|孙子|孙女)"), "我"), (re.compile(r"囡囡(?![他她]?(?:爸|妈|爹|娘))"), "女儿"), (re.compile(r"姆妈"), "妈妈"),
            (re.compile(r"(?<=报)一记"), "一下"), (re.compile(r"阿婆"), "奶奶"), (re.compile(r"细路(?:仔|女)?"), "孩子"), (re.compile(r"(?<=[我俺]家)小子"), "儿子"), (re.compile(r"孩(?=[他她][爸妈])"), "孩子"), (re.compile(r"(?:唔该|多谢)晒"), "谢谢"), (re.compile(r"阿公"), "爷爷"),
            (re.compile(r"老汉儿?(?=$|[，,。\s报去来])"), "爸爸"), (re.compile(r"(?<=[我和跟带])伢(?:儿|子)?|(?<=我家)伢(?:儿|子)?"), "孩子"),
            (re.compile(r"(?:^|(?<=[\s，,。]))([一两二三四五六七八九十\d]个)位(?![置子])"), r"\1位置"),  # not "来两个位"
            # 陕西 额 (I: 额们, 额家, 给额记上; not the "er…" of hesitation before a pause), 克 (去: 都克, 不克了, 克不了), 咧 (了)
            (re.compile(r"(?<![名金余份限超定配])额(?=们|家|屋|跟|和|同|一个|自己|也|就|都|报|去|克|不|要|想|老|儿|闺|女|姐|妹|哥|弟|爸|妈|娘|[两俩仨三四五])|(?<=[给算带让帮替和跟])额(?![度外头])|"
                        # U22: 额 an item of a list of persons typed apart ("额 婆姨 两个娃", "老汉 额 儿子"), not a pause's "er…" before words
                        r"(?:^|(?<=[\s、，,]))额(?=[\s、，,]+(?:婆姨|老汉|屋里人|娃|" + RELATIVE.pattern + r")(?:$|[\s、，,]))|(?<=[\s、，,])额(?=$|[\s、，,])"), "我"),
            (re.compile(r"(?<=[我们家都也不要想就一起块])克(?=$|[了咧啦嘛哈不呀，,。\s]|[\u4e00-\u9fff]{1,4}(?:$|[，,。\s]))|(?<=[\u4e00-\u9fff])克(?=不了|不成)"), "去"),
            (re.compile(r"(?<=[伢娃崽孩妈爸婆爷奶姐妹哥弟伴])克(?=$|[了咧啦嘛哈呀，,。\s])"), "去"),  # 我和细伢克 (U23)
            (re.compile(r"(?<=[去来了成名消])咧(?=$|[，,。\s!！])|(?<=不去)咧"), "了"),
            # kin said in dialect: 老姑娘 / 妹崽 (daughter), 老妹儿 / 老妹子 (younger sister), 老爷们儿 (husband), 小佬 (son, 吴);
            # 吴 伲 (I, we), 哉 (了), 划脱 (划掉); 粤 同 between persons (and)
            (re.compile(r"老姑娘|妹崽"), "女儿"), (re.compile(r"(?<=[我俺家和跟加])老妹(?:儿|子)?"), "妹妹"), (re.compile(r"(?<=[我俺]家)老爷们儿?"), "老公"),
            (re.compile(r"小佬"), "儿子"), (re.compile(r"^伲|(?<=[\s，,。])伲|伲(?=屋里|不|都|也|去|来|报)"), "我们"), (re.compile(r"(?<=[去了来])哉|(?<=不去)哉"), "了"),
            (re.compile(r"(?<=[划删])脱"), "掉"), (re.compile(r"(?<=老公|老婆|阿妈|老豆|细路)同(?=[\u4e00-\u9fff两俩三四\d])|(?<=[我俺])同(?=老公|老婆|阿妈|老豆|细路|[两俩三四]个)"), "和"), (re.compile(r"老表"), "表哥"),
            # 闽 阮 (we, our: 阮两个, 阮厝三个, 阮两公婆), 囝 / 囝仔 / 孥囝 (child); 粤 家婆 (mother-in-law) after whose (U16)
            (re.compile(r"阮厝|(?<![\u4e00-\u9fff])阮(?=家|屋)"), "我家"),
            (re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[算带和跟同给帮报]))阮(?!老师|先生|女士|医生|总|经理|阿姨|姐|哥|叔|[\u4e00-\u9fff]{0,2}[：:])"), "我们"),
            (re.compile(r"(?:孥|细)?囝(?:仔|囝)?"), "孩子"), (re.compile(r"(?<=[我同和跟带])家婆"), "婆婆"),
            # 粤 改做 / 改番 (改成, changed to and back), 而家 (现在), 净系 (就: only), 我个女 (my daughter), 阿妹 (younger sister)
            (re.compile(r"改(?:做|番)(?=[我们哋]*[一两二三四五六七八九十\d])"), "改成"), (re.compile(r"而家"), "现在"), (re.compile(r"净系|净係|淨係"), "就"),
            (re.compile(r"(?<=我)个女(?![儿孩生人子])"), "女儿"), (re.compile(r"(?<![\u4e00-\u9fff])阿妹|(?<=[我和跟同])阿妹"), "妹妹"), (re.compile(r"(?<![床间房])双人(?![床间房])"), "两个人"), (re.compile(r"领着"), "带着"))  # 领着 (bringing, U21)


def _dialect_folded(text: str) -> str:
    """``text`` with the dialect words above read as Mandarin, then kin said in a region's words as the lists' (U18's
    ``people.kin_folded``, the one fold every reader shares: V23)."""
    for pattern, fixed in _DIALECT:
        text = pattern.sub(fixed, text)
    return kin_folded(text)


# One brought, said short (U23): "带个孩子" is 带一个孩子, and "一个三岁的" a child of three, not a count of no one.
_ONE_SHORT = re.compile(r"(?<=带)个(?=(?:" + NUMERAL + r")(?:周)?岁|小的|" + CHILD + ")")  # mend u27: every child word ("带个幺儿")
_ONE_OF_AN_AGE = re.compile(r"(?<=一个)((?:" + NUMERAL + r")(?:周)?岁(?:半|多)?的)(?=$|[，,。！!\s])")


def one_brought(text: str) -> str:
    return _ONE_OF_AN_AGE.sub(r"\1孩子", _ONE_SHORT.sub("一个", text))


# Couples counted by the pair (U23): "我们两对小两口", "三对夫妻" are twice as many people.
_PAIRS = re.compile(r"(?P<n>" + NUMERAL + r")对(?:小两口|老两口|两口子|夫妻|夫妇|老夫妻|公婆|两公婆)")


# "Together" in the north-west's and south-west's words (U23): 一搭 before going or a count, 一路 before going.
# Not a coming told as done ("我们三个一搭来的，没排上", "一路来的，挺顺"): that is no sign-up, and no 一起 to read as one.
_TOGETHER = re.compile(r"(?:一搭儿?(?=去|来|克|走|报|$|[，,。\s]|[两俩仨三四五六七八九十\d])|一路(?=去|来|克))(?![去来克走到]的)")


# The places left claimed (U23): "剩的两个名额我们要了", "最后那一个名额我要了" — she asks for them, as "我们要两个名额".
_PLACES_CLAIMED = re.compile(r"(?:剩下?的?|最后的?)?(?:那|这)?(?P<n>" + NUMERAL + r")?个?(?:名额|位置|位子)(?P<who>我们|我|俺们|俺|咱们|咱)要了")


def places_claimed(text: str) -> str:
    return _PLACES_CLAIMED.sub(lambda m: f"{m['who']}要{m['n'] or '一'}个名额", text)


# "我们两老", "算我们三老", "两老" said alone (湘, 川): so many elders, not one (U23), read once here before any reader
# (not 两老师, 我们老板, 三老头, 老家: the words go on).
_ELDERS = re.compile(r"(?:(?<=[我俺咱们家])|(?<![\u4e00-\u9fff\d]))(?P<n>[两俩三仨四])老"
                     r"(?=$|[，,。！!？?\s]|报|都|也|去|来|测|查|量|一起|参加|还|和|跟|带|就)")


# One of her household added after her counted party ("我们两老报名，还有我孙子", "俺家三个 还有我外孙女"): on top of it, as
# 加上 is (the count said was of "we" before the one added was named).
_ALSO_HERS = re.compile(r"(?P<said>(?:我们|俺们|咱们|我家|俺家)(?:" + NUMERAL + r")(?:个人?|口人?|位)?[^，,。\s]{0,4}[，,、\s]+)还有"
                        r"(?=(?:我家|我的|我|俺家|俺)(?:" + RELATIVE.pattern + r"))")


def pairs_counted(text: str) -> str:
    text = _ELDERS.sub(lambda m: f"{m['n']}个", text)
    text = _ALSO_HERS.sub(lambda m: m["said"] + "加上", text)
    return _PAIRS.sub(lambda m: f"{2 * n}个人" if (n := number(m["n"])) and n <= 20 else m.group(0), text)


_SIGN_UP_A_BIT = re.compile(r"报(?:一下|下|一哈)名|(?<=帮我)报一下(?=$|[，,。\s])")
# Persons listed beside signing up said first or last (after or before the event's name), one an item cut at 、 , ： or
# spaces: names ("王秀英、李桂兰"), a name's kin ("朵朵妈妈", "周丽的妈妈"), the member and her kin ("我爸 我妈 我公公"). Each
# item one person, none twice; the member counts only when she lists herself ("我、我老公" 2).
_LIST_CUT = re.compile(r"[、,，:：;；\s]+")
_LIST_SIGNUP = re.compile(r"^(?:(?:亲子)?(?:" + _EVENT_KINDS + r")+的?)?(?:报名人?|报名人员|参加人员?|报个名|报上|(?:我们|我家|我们家|咱们|俺们)(?:报名?|报上|参加))(?:(?:亲子)?(?:" + _EVENT_KINDS + r")+)?$")
_LIST_EVENT = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:" + _EVENT_KINDS + r")[\u4e00-\u9fff]{0,3}$")


def _list_item(item: str) -> bool:
    return bool(_LIST_PERSON.fullmatch(item) and not re.search(r"[了过吗去吃玩你您我们家报名]", item) and not _NOT_A_NAME.search(
        re.sub(r"(?:的)?(?:媳妇|老婆|老公|对象|妈妈?|爸爸?|儿子|女儿|奶奶|爷爷|外婆|外公|姥姥|姥爷)$", "", item))
        or _ME_OR_MINE.fullmatch(item))


def _names_listed(text: str) -> Reading | None:
    items = [i for i in _LIST_CUT.split(re.sub(r"(?<=[\u4e00-\u9fff])(?=报名)", " ", plain(text))) if i]
    if len(items) > 1 and (_LIST_EVENT.fullmatch(items[0]) or _LIST_SIGNUP.fullmatch(items[1]) and len(items[0]) <= 6) \
            and not _list_item(items[0]) and not _LIST_SIGNUP.fullmatch(items[0]):
        items = items[1:]  # "义剪 报名 我爸 我妈 我公公", "包饺子 报名 孙莉…": the event named first
    if len(items) < 3 or QUESTION.search(text) or PAST.search(text):
        return None
    ends = [at for at in (0, len(items) - 1) if _LIST_SIGNUP.fullmatch(items[at])]
    if len(ends) != 1:
        return None
    persons = items[1:] if ends[0] == 0 else items[:-1]
    if persons and ends[0] == 0 and _LIST_EVENT.fullmatch(persons[0]) and not _list_item(persons[0]):
        persons = persons[1:]  # "报名 烘焙课 王芳 李强"
    if len(persons) < 2 or len(set(persons)) < len(persons) or not all(_list_item(p) for p in persons):
        return None
    return _party_reading(len(persons), True)


# Relatives signed up by the member, who does not come herself: she says she does not go beside the request ("我不去 帮我
# 老公报读书会"), or names them and then how many they are by a pronoun ("义剪我爸和我妈 他俩去", "我妈带我女儿去，
# 就她们两个", "我替我妈报名讲座，她和她老姐妹两个").
_ME_NOT_GOING = re.compile(r"(?:我|俺)(?:自己)?(?:就|是|反正)?(?:不去了?|去不了|不参加了?|不来了?)(?:了|啊|哈|吧)*")
_FOR_KIN = re.compile(r"[帮给替](?:我家?|俺家?|隔壁|邻居|楼下)?(?:的)?(?:" + RELATIVE.pattern + r"|[爸妈]|(?:" + NUMERAL + r"个|俩|仨)(?:孩子|娃|小孩|宝宝))")
_TAKES_THEM = re.compile(r"(?:让|叫)?(?:我家?)?(?:" + RELATIVE.pattern + r")(?:来|负责)?(?:送|带|陪|接送)(?:[他她]们?|去)*(?:吧|了)?")
_KIN_SIGNED = re.compile(r"报|算上|登记|记上")
_THEY_COUNTED = re.compile(r"(?:就|只有|就是)?[他她]们?(?:(?:和|跟|带)[他她]?的?(?:" + RELATIVE.pattern + r"|老?姐妹|老?朋友|老伴))?"
                           r"(?:(?P<k>俩|仨)|(?P<n>" + NUMERAL + r")个人?|(?P<one>自己|一个人?))(?:都|一起)?(?:去|来|参加)?(?:了|吧|啊|哈)*")
_MY_WORDS_FOR_KIN = re.compile(r"[我俺](?=家|们家|的|替|帮|给)|[我俺](?=" + RELATIVE.pattern + r"|[爸妈])")


def _for_relatives(text: str) -> Reading | None:
    pieces = _pieces_of(plain(text))
    if len(pieces) < 2 or len(pieces) > 3 or QUESTION.search(text) or CONDITION.search(text) or PAST.search(text):
        return None
    pieces = [p[m.end():] if (m := _EVENT_NAME.match(p)) and m.end() < len(p) and not _NOT_A_NAME_OF_EVENT.search(m.group(0)) else p
              for p in pieces]
    named = any(_EVENT_NAME.match(p) for p in _pieces_of(plain(text)))
    requests = [p for p in pieces if _FOR_KIN.search(p) and _KIN_SIGNED.search(p) and not SIGNUP_CANCEL_WORDS.search(p)]
    rest = [p for p in pieces if p not in requests and not _only_event(p)]
    if len(requests) == 1 and any(_ME_NOT_GOING.fullmatch(p) for p in rest) and \
            all(_ME_NOT_GOING.fullmatch(p) or _TAKES_THEM.fullmatch(p) for p in rest):  # "…我不去，外婆送": who takes them
        return _party_reading(party_size(requests[0]), True)  # "我不去 帮我老公报读书会": hers for him
    counted = [m for p in pieces if (m := _THEY_COUNTED.fullmatch(p))]
    kin = [p for p in pieces if not _THEY_COUNTED.fullmatch(p) and RELATIVE.search(p) and not SIGNUP_CANCEL_WORDS.search(p)]
    if len(counted) != 1 or len(kin) != 1 or len(kin) + len(counted) < len(pieces) - named \
            or re.search(r"[我俺咱]", _MY_WORDS_FOR_KIN.sub("", kin[0])) or not (_MY_WORDS_FOR_KIN.search(kin[0]) or _FOR_KIN.search(kin[0])) \
            or not_a_signup(NOT_PARTY.sub("", kin[0]) or kin[0]):  # her own relatives only ("张姐家 她们三个去" is another household's plan)
        return None
    people = number(counted[0]["k"] or counted[0]["n"] or "") or (1 if counted[0]["one"] else 0)
    sure = named or bool(_KIN_SIGNED.search(kin[0]) or re.search(r"去|来|参加", kin[0] + counted[0].group(0)))
    return _party_reading(people, sure)


# A sign-up form filled in, its fields "label: value" cut at spaces, line breaks or commas ("姓名：赵敏 人数：2 电话：138…",
# "联系人：王芳\n大人：2\n小孩：1"): the party is the head count filled in, or adults and children, or the names given.
_FORM_FIELD = re.compile(r"(?P<label>(?:报名|参加|参与|活动)?(?:姓名|名字|联系人|报名人|家长姓名|孩子姓名|宝宝姓名|人数|大人|成人|小孩|儿童|孩子|宝宝|"
                         r"(?:联系)?电话|手机号?|联系方式|微信|(?:孩子|宝宝)?年龄|活动|项目|场次|时间|备注|住址|地址|楼号|房号|门牌))\s*[:：]\s*(?P<value>[^:：]*)$")
_FORM_CUT = re.compile(r"[\n,，;；]+|\s+(?=[^\s:：]{1,6}\s*[:：])")  # a field ends at a break, or a space before the next label
_FORM_COUNT = re.compile(r"(?P<n>" + NUMERAL + r")(?:个人?|人|位|名)?")
_FORM_NAMES = re.compile(r"[、,，和\s]+")


def _filled_form(text: str) -> Reading | None:
    """A form filled in with at least two fields, one the member's name, phone or children, beside a head count
    (acted on) or only names (asked with the names' count); None for anything else, or a template left unfilled
    ("接龙格式：姓名+人数") or the staff's event notice (活动/时间/人数 with no one's name or phone)."""
    pieces = [p for p in _FORM_CUT.split(text.strip()) if p.strip()]
    fields = [m for piece in pieces if (m := _FORM_FIELD.fullmatch(squeeze(piece)))]
    if len(fields) < 2 or len(fields) < len(pieces) - 1:
        return None
    by_label = {re.sub(r"^(?:报名|参加|参与|活动)(?=.)", "", m["label"]): squeeze(m["value"]) for m in fields}
    if not any(label in by_label for label in ("姓名", "名字", "联系人", "报名人", "家长姓名", "电话", "联系电话", "手机", "手机号", "联系方式", "微信", "大人", "成人")):
        return None
    if (count := by_label.get("人数")) is not None:
        found = _FORM_COUNT.fullmatch(count) or re.fullmatch(_Q + "[大老]" + _Q + "[小细]", count)
        if not found:
            return None
        people = sum(number(g) or 0 for g in found.groups() if g)
        return _party_reading(people, True)
    grown = [by_label[k] for k in ("大人", "成人") if k in by_label]
    small = [by_label[k] for k in ("小孩", "儿童", "孩子", "宝宝") if k in by_label and _FORM_COUNT.fullmatch(by_label[k])]
    if grown and all(_FORM_COUNT.fullmatch(v) for v in grown):
        return _party_reading(sum(number(_FORM_COUNT.fullmatch(v)["n"]) or 0 for v in grown + small), True)
    names = [n for label in ("姓名", "名字", "联系人", "报名人") for n in _FORM_NAMES.split(by_label.get(label, "")) if n]
    return _party_reading(len(names), False) if names else None


_PLACEHOLDER = re.compile(r"[xX×*_＿.。…？?]+|[（(]\s*[)）]|空|填")


def _form_template(text: str) -> bool:
    """The form shown with its values left as placeholders ("姓名：xx 人数：xx"): the staff's instructions."""
    fields = [m for piece in _FORM_CUT.split(text.strip()) if (m := _FORM_FIELD.fullmatch(squeeze(piece)))]
    return bool(fields) and any(_PLACEHOLDER.fullmatch(squeeze(m["value"])) for m in fields)


# A relative's sign-up dropped at the member's word: "帮我妈把报名退了", "给我婆婆报的烘焙课撤掉", "我妈的义诊取消吧",
# "我爸那个讲座不去了": the relative, then the sign-up or the event as theirs (的, 那个, 报的, 把), then the cancel. The
# event or the sign-up named makes it sure; the member's reasons may stand beside it ("她血压又高了", "他出差").
_KIN_DROPPED = re.compile(r"(?:麻烦|你|您)*[帮给替]?(?:我家?|我们家|俺家?)?(?:" + RELATIVE.pattern + r")(?:的|那个|报的|的那个)*把?"
                          r"(?:这次|周[一二三四五六日末天]的?)?(?:(?:亲子)?(?:" + _EVENT_KINDS + r")|报名|名额|位置)+(?:的)?(?:报名|名额)?(?:也|就|给)*"
                          r"(?:取消|撤销|撤掉?|退掉?|删掉?|划掉|不去|去不了|来不了|不参加|不要)(?:了|吧|一下|掉|啊|哈)*")


def _kin_sign_up_dropped(text: str) -> Reading | None:
    """One clause drops a relative's sign-up named outright (_KIN_DROPPED), and nothing else beside it signs up, asks,
    or sets a condition (the rest are reasons): a cancellation, acted on."""
    pieces = _pieces_of(plain(text))
    drops = [p for p in pieces if _KIN_DROPPED.fullmatch(strip_particles(p))]
    rest = [p for p in pieces if p not in drops]
    if len(drops) != 1 or len(rest) > 2 or QUESTION.search(text) or CONDITION.search(text) or UNDECIDED.search(text):
        return None
    if any(JOIN.search(p) or _GOING.search(p) and _MINE.search(p) or re.search(NUMERAL + r"个", p) for p in rest):
        return None  # "帮我妈把报名退了 我还去": who still comes is the other rules' to read
    if not re.search(r"[帮给替把]", drops[0]) and re.search(r"(?:取消|撤销|撤|退|删|划)(?:掉)?了", drops[0]) or _ELSE_THING.search(text):
        return None  # "我老公的课取消了": news of his class, not a request
    return Reading(SIGNUP_CANCEL)


# The party left after one of it drops out, stands in or the size is changed (U26: one reader where V11's rules, the
# resize reader and V25 each read it their own way): a clause of dropping out, standing in or changing
# (``signup_changes.DROPS_OR_SWAPS``: "我老公不去了", "孩子爸加班", "换二宝", "改一下"), and beside it who still comes —
# led by 就/只/剩 and read as a party by the rules with those added after it ("就俺俩", "只剩额和额娘", "就我和老伴 还有隔壁王姐"
# 3, "就我自己" 1), a head count alone ("两个人", "只来一个人了"), or a party read piece by piece with its size or two named
# ("我和我女儿两个", "我带俩孩子"); every size said must agree. Else the count signed up before, less the one who drops out
# ("原来四个 我哥不来了" 3). No question (a verb asked by 不 too: "就剩咱俩了，你还去不"), no wish or fear, condition or doubt.
_AS_BEFORE = re.compile(r"(?<=[^，,。\s])(?:照旧|照样|照常|依旧|仍然|仍旧)")  # "照旧两个": the party still coming
_BEFORE_COUNT = re.compile(r"(?:本来|原来|之前|原先)(?:报了?|报的|是|说)?(?P<n>" + NUMERAL + r")(?:个人?|位|人|口)")  # "本来三个人，我姐不来了，两个"
_FEWER = re.compile(r"(?:我们|我家|我们家)?(?:少|减|少了|减了)" + NUMERAL + r"个人?")  # "少一个，我公公不去了，还有两个"
_COUNT_ALONE = re.compile(NUMERAL + r"(?:个人?|人|位|口)?|[俩仨]")
_STILL_COMING = re.compile(r"^(?:(?:亲子)?(?:" + _EVENT_KINDS + r")+的?)?(?:那|所以|那就|只能|这次|现在|是)*")
_LEFT_LEAD = re.compile(r"(?<=^我们)(?:还有|还剩下?|剩下?)|^(?:还有|还剩下?|剩下?)(?=" + NUMERAL + r"|我们|咱们|俺们|[俩仨])")  # "还有两个", "我们剩三个"
_SAID_BEFORE = re.compile(r"^(?:本来|原来|之前|原先|前面|刚才|先前)|[说报]的|^(?:而)?不是" + NUMERAL + r"(?:个人?|位|人)?了?$")  # what it was, or a count denied
_ALSO_LEFT = re.compile(r"(?:还有|还带|加上|外加|再加上?|和|跟)(?P<who>[^，,。]{1,10}?)(?:了|啦|吧|哈|啊|呀|咯|喽)*")
_ASKED_BY_NOT = re.compile(r"([\u4e00-\u9fff])不\1|[去来](?:不|没)(?:[啊呀嘛哈]|$)")
# A clause that ends with a drop-out's words (not "出差三天"): the words, then only particles, each after at most two other
# characters ("去不了了哈", "加班了没法啊"), or a swap anywhere ("换我老公去"). Read from the clause's end, one step a
# character (U26 review: a pattern of repeated "two characters then a particle" split a run of 哈 every way, exponential).
_SWAPPED = re.compile(r"换|替我|顶我|代我")
_DROP_AT_END = re.compile(r"(?:" + signup_changes.DROPS_OR_SWAPS.pattern + r")\Z")
_END_PARTICLES = frozenset("了啦咧嘞哒哦啊呀哈嘛")
_DROP_WORDS_LONGEST = 8  # characters: the longest of DROPS_OR_SWAPS's words is 5 ("没办法参加")


def _drop_ends(piece: str) -> bool:
    """Whether a clause ends with a drop-out's words (above)."""
    if _SWAPPED.search(piece):
        return True
    start = len(piece)  # where the particles' tail begins: it ends with a particle, no more than two others in a row
    if piece and piece[-1] in _END_PARTICLES:
        others = 0
        for at in range(len(piece) - 1, -1, -1):
            char = piece[at]
            others = 0 if char in _END_PARTICLES else others + 1
            if not "\u4e00" <= char <= "\u9fff" or others > 2:
                break
            start = at
    return any(_DROP_AT_END.search(piece, max(0, end - _DROP_WORDS_LONGEST), end) for end in range(start, len(piece) + 1))


# Her own drop-out or everyone's, not one of her party: she or all of them before the verb of not coming, or no one at all
# ("俺俩报的那个。不去了。", "全家都不去了", "我不去了 换我闺女去"): a cancel's or a stand-in's, the other readers'.
_HERS_OR_ALL = re.compile(r"^(?:(?:(?:[我俺额咱阮](?:们|俩|仨)?(?![家的爸妈爹娘哥姐弟妹婆公伯叔姨舅]|" + RELATIVE.pattern + r"))|全家|大家)"
                          r"(?:也|都|就|还|那天|临时|突然|又)*(?:不|没法|没办法|去不|来不|参加不)|两口子|" + NUMERAL + r"个人|[俩仨])")  # all at the start (U26 review)
_STILL_SAID = re.compile(r"去|来|报|参加|算|名额|就|只|剩|还是|所以|临时|" + _EVENT_KINDS)  # a plan changed: 临时出差, 所以是我带俩孩子
_NO_SUBJECT = re.compile(r"^(?:也|都|就|还|那天|临时|突然|又)*(?:不|没法|没办法|去不|来不|参加不)")
_ONE_DROPS = re.compile(r"(?:我家?|俺家?)?(?:" + RELATIVE.pattern + r"|室友|同事|朋友|闺蜜)[^，,。和跟都]{0,6}?(?:不去了?|去不了了?|不来了?|来不了了?|有事)")


def _size_left(piece: str, more: list[str]) -> int | None:
    """The size one clause after a drop-out says is left, with the clauses after it that add someone (``more``)."""
    changes = signup_changes
    said = changes._LEFT_SAID.fullmatch(piece)
    if said is not None and not changes._NOT_PERSONS.search(said["who"]):
        who = said["who"]
        for also in more:
            if (added := _ALSO_LEFT.fullmatch(also)) is None or changes._NOT_PERSONS.search(added["who"]):
                break
            who += "和" + added["who"]
        if re.fullmatch(r"[我俺额](?:自己|一个人?)?", who):
            return 1  # "就我自己", "只有我一个"
        found = read_signup(who)
        if found is not None and found.intent == SIGNUP and found.sure and not found.add:
            return found.amount
    if changes._ONLY_ME.search(piece):  # "就我自己去"
        return 1
    if (heads := changes._HEADS_LEFT.search(piece)) and not re.search(r"原来|本来|之前|原先|说的", piece):
        return number(heads["n"])
    found = party.scan(piece)
    if found is not None and (found.total or found.named >= 2 or re.match(r"就|只|剩", piece)):
        return found.size
    return None


def party_left(text: str) -> int | None:
    """The party's size after one of it drops out, stands in or the size is changed, when the message says who still
    comes (above), else None."""
    changes = signup_changes
    words = _dialect_folded(re.sub(r"「[^」]*」", "，", changes._folded(text)))  # a quoted line is someone's words; 老倌 is her husband
    pieces = changes._clauses(words)
    corrected = [i for i, p in enumerate(pieces) if changes.CORRECTED.fullmatch(p)]
    pieces = pieces[corrected[-1] + 1:] if corrected else pieces  # "3个人 哦不对 2个 儿子来不了": the count before it is wrong (U21)
    if not 2 <= len(pieces) <= 6 or QUESTION.search(words) or _IF_SAID.search(words) or UNDECIDED.search(words) \
            or changes._WISH_OR_FEAR.search(words) or any(_ASKED_BY_NOT.search(p) or changes.CORRECTED.search(p) for p in pieces):
        return None  # a question, a condition, a doubt, or a count put right inside a clause: the put-right readers'
    drops = [i for i, p in enumerate(pieces) if _drop_ends(p)]
    swapped = any(_SWAPPED.search(pieces[i]) for i in drops)  # "我不去了 换我闺女去": her own place taken by another
    if not drops or own_words(text) != text or any(not swapped and _HERS_OR_ALL.search(_STILL_COMING.sub("", pieces[i]))
                                                   or i and _NO_SUBJECT.search(pieces[i]) and _ANY_HEADS.search(pieces[i - 1]) for i in drops):
        return None  # her own drop-out or everyone's ("爬山我去不了", "全家都不去了", "刘明两人 不去了"): a cancel's, not a party left
    rest = [(i, _AS_BEFORE.sub("", _LEFT_LEAD.sub("", _STILL_COMING.sub("", p)))) for i, p in enumerate(pieces) if i not in drops]
    before = [m for _, p in rest if (m := _BEFORE_COUNT.fullmatch(p))]
    if any(SIGNUP_CANCEL_WORDS.search(p) or re.search(r"撤回|" + _SLIP + r"|.不是|不是.+是", p) for _, p in rest):
        return None  # a cancel beside it ("这个取消吧 去不成了"), or a count put right inside a clause: the other readers'
    rest = [(i, re.sub(r"了$", "", p)) for i, p in rest if p and not _only_event(p) and not _FEWER.fullmatch(p) and not _SAID_BEFORE.search(p)]
    sizes, unread = set(), False
    for at, (i, piece) in enumerate(rest):
        following = [p for _, p in rest[at + 1:]]
        if _COUNT_ALONE.fullmatch(piece) and at and _size_left(rest[at - 1][1], []) is not None:
            continue  # "就剩我 1": the count after who is left, read with it below
        size = _size_left(piece, following)
        if size is not None and following and _COUNT_ALONE.fullmatch(following[0]) and not _COUNT_ALONE.fullmatch(piece):
            size = _size_left(following[0], []) or number(following[0])  # "还是我带一个 两个人", "就剩我 1": the count said last sums them up
        if size is not None:
            sizes.add(size)
        elif _ANY_HEADS.search(piece) and not _ALSO_LEFT.fullmatch(piece):
            unread = True  # a count that is none of the party's, unless a head count said last sums them up
    if unread:  # the last count said must be a head count alone: "…带两个崽来哈，三个人，崽崽们高兴得很"
        last = next((p for _, p in reversed(rest) if _ANY_HEADS.search(p)), "")
        return number(heads["n"]) if (heads := signup_changes._HEADS_LEFT.fullmatch(last)) else None
    led = any(signup_changes._LEFT_SAID.fullmatch(p) for _, p in rest)
    if not led and any(re.match(r"[他她伊](?![们爸妈爹娘哥姐弟妹奶爷婆公])", pieces[i]) for i in drops):
        return None  # "我和孙子，他不去了": he is one of those named, who are no party left unless said so (就/只/剩)
    if not _STILL_SAID.search(words) or not led and not_a_signup(text):
        return None  # "我屋里那个又出差了 一个人带两个伢": her day told — no going, no event, no "just" or "still" said
    if len(sizes) == 1 and (size := sizes.pop()) > 0:
        return size
    if not sizes and len(before) == 1 and len(drops) == 1 and _ONE_DROPS.fullmatch(pieces[drops[0]]) and not rest:
        return number(before[0]["n"]) - 1
    return None


# "+1+1", "+1 +1 +1": one person each, as a raised hand each is ("烘焙课+1+1" 2).
_PLUS_ONES = re.compile(r"(?<![\d+])\+1(?:\s*\+1){1,8}(?![\d+])")


def _plus_each(text: str) -> str:
    return _PLUS_ONES.sub(lambda m: "+" + str(m.group(0).count("+")), text)


# The member's own "if" said before what she would do: "要是不下雨的话…", "如果是周六上午讲座…", "如果周日不加班 …".
# Her own circumstances as the condition: "能请到假就去 两个人", "有空就去" (not the event's rule: "能带孩子就去").
_CIRCUMSTANCE = r"(?:能|可以)?(?:请到假|请了假|请下假|请假|调休|调得开|抽出空|抽得出|有空|有时间|不加班|不值班|下班早|赶得回来|回得来)(?:的话)?(?:就|那就)"
_IF_PART = re.compile(_CIRCUMSTANCE + r"|(?:要是|如果|假如|万一)[^，,。\s]{2,12}?(?:的话|(?=[我俺咱就那\s，,。]|$))(?:就|那就|那)?|"
                      r"(?<![^，,。\s])[^，,。\s]{1,12}?的话(?:就|那就|那)?")


def _on_condition(text: str, event: str) -> Reading | None:
    """A sign-up said on a condition of the member's own (the weather, her job, whether a child may come): what
    she would sign up for is read without the condition; acted on when the condition is firm (``_firm``), else asked
    once (您是要报名…吗？); nothing when the rest is no sign-up of hers, or when the condition is someone else's word."""
    rest = _IF_PART.sub("，", text)
    if rest == text or own_condition(rest) or _others_plan(_pieces_of(plain(rest))) or unreal_if(text):
        return None
    reading = _raw_reading(rest, event)
    if reading is None or reading.intent != SIGNUP or reading.add or not_a_signup(rest):
        return None
    return reading if reading.sure and _firm(text) else replace(reading, sure=False)


# An "if" that is not so (U19): the day otherwise than it is ("要是不这么冷 我高低得去", "要不是加班我就去了"), the event with a
# time or session it does not have ("如果有周末的场次我就报名 平时上班"): what she would do, no sign-up to ask about; what she
# would have done, had she known (U26: "早知道这么热闹的话 就报三个").
_UNREAL_IF = re.compile(r"(?<!只)要不是|早知道|(?:要是|如果|假如|若是)[^，,。\s]{0,6}?(?:这么|那么|这样|那样)(?!的话)|"
                        r"(?:要是|如果|假如|若是)[^，,。\s]{1,8}?(?:好点|好些|好一点|利索点)|"  # one's health otherwise than it is (U20)
                        r"(?:要是|如果|假如)(?:能)?(?:有|改|换|放|挪|开)[^，,。\s]{0,8}?(?:场次|场|时段)")
# Her own sign-up with a head count, said after a remark ("要不是你提醒 差点忘了 我和老伴两个报名", "怕抢不上 先报名 我们三个",
# "每次报名我都来 这次也算我一个"): the remark or the "if" is the lead-in, the sign-up stands.
_OWN_SIGN_UP_AFTER = re.compile(r"(?:报名|算上?我).*?(?:" + NUMERAL + r"|俩|仨)|(?:俩|仨|(?:" + NUMERAL + r")[个位人口]).*?报名")
_CLAUSE_END = re.compile(r"[，,。\s!！?？；;]")
# Her request after the "if" (U26 review: "早知道这么火就早点报了 先给我们报三个", "早知道有这个课 帮我报两个"): a clause opened by
# asking the staff to put her party down (帮我, 给我们, 先…报 + a count) is a sign-up now, the regret its lead-in; "就报三个"
# (what she would have done) asks no one.
_REQUESTED_AFTER = re.compile(r"(?<![^，,。\s!！?？；;])(?:那|麻烦|你|您)*(?:先(?:[帮给替](?:我|俺|咱)(?:们|家)?)?|[帮给替](?:我|俺|咱)(?:们|家)?先?)"
                              r"(?:报|算|登记|记)[上名]?(?:个)?(?:" + NUMERAL + r"|俩|仨)")


def unreal_if(text: str) -> bool:
    """An unreal "if" (``_UNREAL_IF``) voids the message unless a clause after the if-clause signs up with a head count
    (read outside too: s27's party after a gate's clauses is none under an unreal "if")."""
    for m in _UNREAL_IF.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        if end is None or not (_OWN_SIGN_UP_AFTER.search(text, end.end()) or _REQUESTED_AFTER.search(text, end.end())):
            return True
    return False


# A firm condition: one "if" of the member's day or of what the event allows, the party said once beside it ("不下雨的话我们
# 三个去", "能请到假就去 两个人", "能带小孩的话我和女儿两个报烘焙课"): the corpus's convention, a sign-up, which she cancels
# if the day goes wrong. Not firm: a hedge (可能, 看情况, 再说, 考虑), the event arranged otherwise than it is or another
# time (要是活动放在周日…, 如果明年还搞…), a question, or a second branch that stays home ("下雨就不去了" is the same sign-up).
_HEDGE = re.compile(r"可能|也许|大概|或许|说不定|看看|看情况|再说|再看|考虑|商量|问问|不一定|不确定|估计|争取|尽量|到时候|到时")
_ARRANGED_OTHERWISE = re.compile(r"放在|改到|改在|换到|换成|挪到|挪在|推迟|延期|延到|提前到|改期|举办|[办搞]|明年|下次|下回|以后|哪天|改天|就报名了|就去了|就好了|早知道")


def _firm(text: str) -> bool:
    words = squeeze(plain(unquote(text)))
    return len(_IF_PART.findall(words)) == 1 and not (_HEDGE.search(words) or _ARRANGED_OTHERWISE.search(words) or QUESTION.search(words)
                                                     or UNDECIDED.search(words) or _WORRIED.search(words))


# A size put right or restated: said wrong and corrected (不对, 不不, 哦不, 写错了, 算了), changed from what was signed up
# (改, 改成, 现在), whatever the message said before; what follows is the party now, its reasons after it.
# A count changed into another ("三个变两个", "四个人减成三个") and fewer then the total ("少一个 两个人就行") restate it too.
_CHANGED_INTO = r"(?<=[个人位口])(?:变成?|减成|减到|降到|少成)(?=" + NUMERAL + r")|(?:少|减)了?" + NUMERAL + r"个人?(?=\s|[，,。]|$)"
_CORRECTED = signup_changes.CORRECTED
_RESTATE = re.compile(_CHANGED_INTO + "|" + _CORRECTED.pattern + r"|改成|改为|变成|[改变]一?下|改|现在|其实|应该是")
_FIRM_RESTATE = re.compile(_CHANGED_INTO + r"|改成|改为|变成|[改变]一?下|改|更正|纠正|[写说打搞弄记]错了")
_SIGNED_UP_BEFORE = re.compile(r"报|名额|人数|位置|参加|" + _EVENT_KINDS)
_COUNT_BEFORE = re.compile(NUMERAL + r"(?:个|位|人|口|大)|俩|仨|报")
# The count denied beside the new one ("我们是3人不是2人") and "that will do" after it ("两个人就行") say no one.
_COUNT_DENIED = re.compile(r"(?:而)?不是" + NUMERAL + r"(?:个人?|位|人)?(?:了)?")
_ENOUGH = re.compile(r"(?:就行|就好|就够|就可以)(?:了)?(?:吧|啊|哈)?$")
_RESTATE_LEAD = re.compile(r"^(?:成|为|是|就是|还是|应该是|那就|就|了)+")


def _restated(text: str) -> Reading | None:
    """The party a message puts right ("报两个 哦不对 三个 忘了算我自己" 3, "原来三个 现在就我和孩子" 2, "孩子爸爸临时
    加班 改成我和孩子两个" 2): after the last word of correcting or changing that a party follows, read piece by piece
    (``party.scan``), when a count or a sign-up was said before it (or it changes outright: 改成)."""
    words = plain(text)
    for marker in reversed(list(_RESTATE.finditer(words))):
        before, after = words[:marker.start()], words[marker.end():]
        if not (_COUNT_BEFORE.search(before) or _FIRM_RESTATE.fullmatch(marker.group(0))):
            continue
        if not _CORRECTED.fullmatch(marker.group(0)) and re.search(r"家|口", before) and not _SIGNED_UP_BEFORE.search(words):
            return None  # "以前我们家五口人 现在就我和老伴": the household then and now, no sign-up changed
        clauses = [_RESTATE_LEAD.sub("", _ENOUGH.sub("", _COUNT_DENIED.sub("", strip_particles(squeeze(p))))) for p in _PIECE.split(after) if squeeze(p)]
        pieces = []
        for clause in clauses:
            if clause and party.scan(clause) is not None:
                pieces.append(clause)  # the party's clauses ("老大要上课，三口": a reason may come first)
            elif pieces:
                break  # the reasons after the party left aside
        if pieces and (found := party.scan("，".join(pieces))) is not None and (found.total or found.named):
            if any(QUESTION.search(p) or CONDITION.search(p) for p in clauses):
                return None  # "改成三个行吗": asked, the older rules read it
            return _party_reading(found.size, True)
        return None
    return None


def _raw_reading(text: str, event: str) -> Reading | None:
    # A space ends a clause ("讲座去不了了 取消报名", "+2 我和老公"); or only between words ("林芳 成人1 儿童1"); or none
    # ("报周日那场 一个人": one clause): the first reading of these.
    for spaced in dict.fromkeys((_SIGNUP_SPACE.sub("，", text), SPACE_BREAK.sub("，", text), text)):
        if (reading := _read_signup(spaced, event)) is not None:
            return reading
    return None


def stated_beyond_read(text: str, event: str = "") -> bool:
    """Whether the message states a head count larger than the party its clauses read ("合唱队老姐妹六个一起" read as
    one): the reading asks with the count said, and the learned score, which reads that same count, does not settle it."""
    if len(text) > MAX_READ:
        return False
    text = _from_pinyin(plain(_pictured_people(_crossed(unquote(text)))))
    if _signup_chain_line(text.strip()) is not None or not (text := without_limits(_without_notice(text))):
        return False
    raw = _raw_reading(text, event)
    return raw is not None and raw.intent == SIGNUP and not raw.add and _stated_heads(text) > raw.amount


# The staff's notices about the event: how many have signed up ("目前已有15人报名", "今日签到已有58人"), the places left
# or gone ("还有3个名额", "名额有限", "报名已满"), the deadline ("报名今天截止"), sign-ups open ("火热报名中"), the others
# urged ("大家别忘了报名"). With none of the member's own words beside them they are nobody's sign-up, for the rules and
# the learned score alike ("目前已有15人报名 我也报一个" still signs up).
_NOTICE = re.compile(r"(?:已有|已经有|已报|共有|一共有|目前有?|现在有|累计)" + NUMERAL + r"(?:个人|人|位|组|家|户)|"
                     # the count of sign-ups so far ("讲座已报名35位", "报名共35人", "现在报了18位")
                     r"(?:(?:已经?|现在|目前|累计)(?:报名|报了)了?|报名(?:人数)?(?:共计|共)(?!同))" + NUMERAL + r"(?:个人|人|位|组|家|户)|"
                     r"报名[^，,。我]{0,6}截止|截止报名|(?:火热|正在)?报名中|名额有限|名额不多|(?:还有|还剩|仅剩|只剩|剩余)" + NUMERAL
                     + r"个?(?:名额|位置?|座位)|名额(?:已满|满了|已经满了)|报名已满|已报满|满员|额满|"
                     r"(?:大家|各位|姐妹们|家人们|邻居们)[^，,。]{0,6}(?:别忘了?|记得|抓紧|赶紧|快)")
# The staff's receipt of someone's sign-up: "已登记 采摘3人", "收到 烘焙1大1小已报上" (not "我已经报上了 两个人").
_RECEIPT = re.compile(r"(?<![我俺])(?:已|已经)(?:帮[您你]|给[您你])?(?:登记|报上|记上|记下|记好|安排|录入)|(?:帮|给)[您你](?:登记|报上|记上|记下|记好|留好)了|已记录")
# Those taking part spoken to, as the staff do ("参加采摘的家人们请穿运动鞋", "报名讲座的请注意", "报了名的朋友记得周六八点集合"):
# the ones who go named by what they do, then what they must do.
_TO_THOSE_GOING = re.compile(r"(?:参加|报名|报了名|报过名|来)[^，,。\s我俺]{0,8}?的(?:家人|朋友|叔叔|阿姨|家长|小朋友|姐妹|宝妈|各位|大家|人|老人)?们?"
                             r"[^，,。\s]{0,2}?[，,\s]?(?:请|注意|记得|别忘|务必|准时|提前|带好|需要|要带|集合|统一)|"
                             # U19: told where and when to meet after a pause ("报名观影的朋友，明晚7点在东门集合"), or as 已报名同事
                             r"(?:参加|报名|报了名)[^，,。\s我俺]{0,8}?的(?:家人|朋友|家长|各位|大家)们?[，,\s][^。我俺]{0,12}?集合|已报名的?(?:同事|朋友|家长|各位|人员)们?(?:注意|请)")
# A post under a bracketed head ("【活动通知】…请接龙报名"), who signed up so far or in the end ("最终报名人数58人",
# "目前报名：王阿姨1、赵叔2、孙姐3，共6人").
_POSTED = re.compile(r"^\s*【[^】]{1,12}】|(?:最终|目前|截止|截至|已经)[^，,。\d]{0,4}报名")
# What the event holds, not a party ("一次只能进三十个人", "一家只能报两个人", "每场只收20位").
_CAPACITY = re.compile(r"(?:只能|只收|只招|仅限|容纳|坐得下|装得下)(?:报|进|去|来|坐|收)?" + NUMERAL + r"(?:个)?(?:人|位|名|组|家)")


def _without_notice(text: str) -> str:
    """The message without the clauses that only quote the staff's notice, when another clause is the member's."""
    pieces = [p for p in _PIECE.split(text) if p.strip()]
    kept = [p for p in pieces if not (_NOTICE.search(squeeze(p)) and not _FIRST_PERSON.search(p) and not QUESTION.search(p))]
    return "，".join(kept) if kept and len(kept) < len(pieces) else text


# Someone else's sign-up told as done ("我同事报了插花课 说带她女儿两个人去", "隔壁王姐报了烘焙 她们家三口"): the person before
# 报了 (``_SOMEONE``, below) is not the member, nor one she signs up (给/帮/替), and no clause of hers signs up too (我也报).
_MY_OWN = re.compile(r"[我俺咱](?:们家|们|家|的)?(?=" + KIN + "|" + HOME + ")")
_TOLD_DONE = re.compile(r"^(?P<who>[^，,。\s]{1,8}?)(?:也|都|已经|早就|早|前几天|昨天|刚)*报(?:了|过)(?!吗|没|不)")


# The event's name and nothing else ("防诈骗讲座", "周六的体验课"): the topic typed, no one put down for it.
_HEADS_NAMED = re.compile(NUMERAL + r"|[俩仨]|" + PERSON.pattern)
_EVENT_NAME_ALONE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:" + _EVENT_KINDS + r")+(?:的)?[吗呢吧啊呀哦]*")


def event_name_alone(words: str) -> bool:
    return bool(_EVENT_NAME_ALONE.fullmatch(words)) and not JOIN.search(words) and not _HEADS_NAMED.search(words)


def others_signed_up(text: str) -> bool:
    """A sign-up of someone else's told as done, with no word of the member's own."""
    pieces = [squeeze(p) for p in _PIECE.split(plain(unquote(text))) if p.strip()]
    told = [m for p in pieces if (m := _TOLD_DONE.match(p))]
    whose = [_MY_OWN.sub("", m["who"]) for m in told]  # "我同事": 我 only says whose colleague
    return any(_SOMEONE.search(who) and not re.search(r"[我俺咱]|[给帮替]|阿拉", who) for who in whose) \
        and not any(_OWN_TOO.search(p) or JOIN.search(p) and _MINE.search(p) for p in pieces if not _TOLD_DONE.match(p))


def is_notice(text: str) -> bool:
    """A notice of the staff's about the event, with no word of the member's own (for the learned score's gate too)."""
    words = squeeze(plain(unquote(text)))
    return (bool(_NOTICE.search(words) or _CAPACITY.search(words) or _POSTED.search(words) or _POSTED.match(unquote(text)))
            and not _FIRST_PERSON.search(words)) or bool(_TO_THOSE_GOING.search(words)) and not _MINE.search(words) \
        or (bool(_RECEIPT.search(words)) and not _MINE.search(words))


# --- what no phrasing of a sign-up says (issue 18, fresh text) ------------------------------------------
# Whatever the clauses above found, a party is nobody's sign-up when the message tells of others' plans, of a
# condition on the member's side, of what was done, of signing up for something else, or only how old children
# are; and its size is asked, not acted on, when the message's own counts disagree with it.
_THEIR_PARTY = re.compile(r"她们|他们|她家|他家|(?<!老)人家|[她他](?:俩|仨|两口子)|(?:" + HOME + r"|[她他]|[\u4e00-\u9fff]{1,2}(?:奶奶|爷爷|阿姨|姐|哥|叔|大爷|大妈))说")
_FIRST_PERSON = re.compile(r"[我俺咱]|本人|自己|阿拉|[帮给替]|让我|报上")
# The member named (_MINE), or named or acted for (_MINE_OR_FOR): "她也去 帮我妈报一个" is hers to do.
_MINE = re.compile(r"[我俺咱]")
_MINE_OR_FOR = re.compile(r"[我俺咱帮给替]")
_OTHER_HOUSEHOLD = re.compile(r"(?<![我俺咱们全一自大老])[\u4e00-\u9fff]{1,3}?(?:阿姨|姐|哥|奶奶|爷爷|叔|婶|嫂|妈)家(?!人)")
# The member's own "if": "要是我老公能请假 我们就三个人", "天气好的话我们全家去" (not whether there is room or one may:
# "能的话我带孩子", "如果可以带孩子 我们两个", those are read above). A "maybe" is no condition: "我周六可能报个名吧" is asked.
_OWN_IF = re.compile(r"(?:要是|如果|假如|万一)(?!可以|能|允许|让带|有名额|有位置|没满)|(?<![能有以可行报])的话|看情况|"
                     + _CIRCUMSTANCE + "|" + r"[他她]们?也?要(?:去|来|参加)(?:[我俺咱]们?|[我俺咱]俩)?(?:就|才)(?:报|去|来)")  # "他要去俺俩就报": if he goes (U23)
# What was done, not who comes: "我们组4个人 做了个灯笼", "去年我们家去了3个人" ("我来了", "我先报了" join).
_DONE_THINGS = re.compile(r"(?<![不没])(?:做|玩|去|参加|听|看|学|吃|画|拿|领)(?:了|过)(?!吗|没|名)|上次|上周|上个月|昨天|前天|去年|那次|以前")
_NOW = re.compile(r"现在|这次|这回|改成|改为|变成|换成|报名|报个名|报上|报一个|算我|算上|加我|先报")
# Signing up for another body's thing: "广场舞队报名参加比赛了", "单位组织体检 报名了", "孩子游泳班报名了" (a team
# coming is a party: "我们广场舞队四个人").
ELSE_THING = _ELSE_THING = re.compile(r"学校|单位|公司|驾校|考试|" + _OTHERS_CHECK_UP + "|比赛|大赛|竞赛|兴趣班|培训班|补习班|辅导班|游泳|舞蹈班|钢琴|疫苗|马拉松|夏令营|冬令营|"
                                      r"婚礼|婚宴|喜酒|寿宴|葬礼|丧事|同学会|酒席|减肥|戒烟|健身|"
                                      r"教资|考研|考公|考编|国考|省考|四六级|高考|中考|自考|成考|考证|资格证|驾照")  # exams ("教资报名那个网站卡得很", U19); a family's or one's own thing: "参加婚礼要在门口签到", "减肥报名"
_STORE_EVENT = re.compile(_EVENT_KINDS + r"|那场|这场|店里")
_PIECE = re.compile(BREAK.pattern + r"|\s+")


def _checked_party(text: str, reading: Reading) -> Reading | None:
    """``reading`` as the whole message allows it: None when it is no sign-up of the member's, asked when its
    size is in doubt."""
    if reading.intent != SIGNUP:
        return reading
    if not_a_signup(text) or another_time(text):
        return None
    if reading.amount == 1 and not reading.add and (named := _named_beside_one_place(text)):
        return replace(reading, amount=named, sure=True)  # "手工课报一个 我和孩子" 2: one place, booked for the two named
    # A change on top (再加一个孩子) names who is added: the doubts about a whole party's size do not apply.
    if reading.sure and not reading.add and (stated := _stated_heads(text)) > reading.amount:
        if (found := party.scan(squeeze(plain(text)))) is not None and found.total and found.size == stated:
            return replace(reading, amount=stated)  # "我们几个老姊妹四个报名": read piece by piece, the count is who comes
        return replace(reading, amount=stated, sure=False)  # "讲座报名 小区老姐妹六个一起" read as one: "6 人?" asked
    in_doubt = reading.sure and not reading.add and party_in_doubt(text, reading.amount)
    return replace(reading, sure=False) if in_doubt else reading


# One place booked ("报一个", no people word) beside a clause that names two or more persons ("就我和宝宝", "我和她",
# "我陪着她": her, the child named before): the persons named are the party, the place is one family's — and she who
# brings them with them ("报一个，带两个孩子": three, the scan's size; mend-s26: the two alone were read sure).
_ONE_PLACE = re.compile(r"报(?:一个|1个)(?!人)")
_HER_NAMED_BEFORE = re.compile(r"(?<=[和跟陪着带])[她他]$")
_WHO_SHE_IS = re.compile(r"(?:我|俺)是")  # "我是她爸 看电影给我报一个": who she is, no one more (U23)


def _named_beside_one_place(text: str) -> int | None:
    pieces = [q for p in _pieces_of(plain(text)) for q in re.split(r"(?<=报一个)", p) if q]
    if not _ONE_PLACE.search("".join(pieces)):
        return None
    counts = [size for p in pieces if not _ONE_PLACE.search(p) and not _WHO_SHE_IS.match(p)
              and (size := _persons_named(_HER_NAMED_BEFORE.sub("孩子", re.sub(r"^(?:就|只有)", "", p)))) is not None]
    return counts[0] if len(counts) == 1 else None


def _persons_named(piece: str) -> int | None:
    """The persons a clause beside "报一个" names, two or more: read by the party scan ("我和孩子"), else listed one by one
    when the scan knows none of them ("我和悦悦", "我跟朵朵": her and a child by name, j34)."""
    if (found := party.scan(piece)) is not None:
        return found.size if not found.total and found.named >= 2 else None
    listed = _listed_party(piece) if re.match(r"(?:我|俺)(?:和|跟|同|与|带|陪)", piece) else None
    return listed if listed is not None and listed >= 2 else None


# A head count stated anywhere ("六个", "两位", "俩", "三个人"), once ages, times, flats and prices are set aside: a party
# read smaller than the largest is asked with that count, never stored (one of those people is left out otherwise).
_HEADS_STATED = re.compile(r"(?<![再加多少减第后])(" + NUMERAL + r")(?:个|位|名)(?!月|多?小时|钟|周|星期|礼拜|点|号|天|年|字|" + CHILD + r"|小朋友)|(?<![再加])(俩|仨)(?!口子)")


# A count denied or left behind: "不是三个", "原来三个", "本来报了四个".
_COUNT_UNSAID = re.compile(r"(?:不是|原来|本来|之前|刚才|上次)[^，,。\s]{0,4}?" + NUMERAL + r"(?:个人?|位|人)")


def _stated_heads(text: str) -> int:
    words = _COUNT_UNSAID.sub("，", NOT_PARTY.sub("，", squeeze(plain(text))))
    counts = [number(m.group(1) or m.group(2)) or 0 for m in _HEADS_STATED.finditer(words)]
    return max(counts, default=0) if max(counts, default=0) <= MAX_AMOUNT else 0


# Signing others up, said: "李姐说她家两个人 报名", "老公说他也去 算上他" (not "她们家都去": their plan).
_FOR_THEM = re.compile(r"报|算上|算[他她]|加上")


def _pieces_of(text: str) -> list[str]:
    return [squeeze(p) for p in _PIECE.split(text) if squeeze(p)]


# A place claimed beside a cancel's words that drop none of hers ("谁说我不去了 我们三个都去", "退出的名额给我 我一个"): her
# sign-up, which ``signup_changes.not_hers`` (meant for cancels) does not silence.
_PLACE_CLAIMED = re.compile(r"给我|(?:我|俺|咱)们?(?:(?:" + NUMERAL + r")个|[俩仨])")


def not_a_signup(text: str, welcomed: bool = False) -> bool:
    """Whether the message is nobody's sign-up whatever a reader finds in it (for the learned score's gate too):
    others' plans with no word of joining, others signing up told, a condition of the member's, what was done, a
    school's or job's thing, children's ages alone. ``welcomed``: the remark is known to welcome the event, not to tell
    how one went (``_remark_before``), so how something is, told, is no reason."""
    text = plain(unquote(text))
    pieces = _pieces_of(text)
    return _others_plan(pieces) and not any(_FOR_THEM.search(p) for p in pieces) or _others_sign_up(pieces) \
        or own_condition(text) or bool(unreal_if(text)) or _told_as_done(pieces) or _signs_up_elsewhere(pieces) or _ages_alone(pieces) \
        or not welcomed and _told_experience(pieces) or _advice(text) or _home_life(pieces) or _hearsay(pieces) \
        or ("谁" in text and not _MINE.search(text)) or _organised_elsewhere(text) \
        or bool(_PRICE_TALK.search(text)) and not JOIN.search(text) \
        or _about_the_sign_up(text) or signup_changes.not_hers(text) and not _PLACE_CLAIMED.search(text) \
        or bool(_JOKE.search(text))  # "给我家猫也报个名", "报名睡懒觉": a pet or idleness signed up is a joke  # "谁家鸡蛋还没拿，一起去呀": the others asked, nothing of hers


# Another organiser's event named (the neighbourhood committee's, a library's, a group of members' own, a restaurant's
# room): "居委会冬至包饺子 我报了", "图书馆周六有亲子阅读", "徒步群那个活动 我和同事去", "就我们几个自己约的" — not the store's,
# unless the store is named beside it.
_ELSEWHERE_ORGANISER = re.compile(r"居委会|少年宫|图书馆|文化馆|博物馆|科技馆|街道办|(?:徒步|骑行|跑步|夜跑|户外|驴友|宝妈|业主|家长|班级|同学|老乡|广场舞)群|"
                                  r"自己约|约好的|饭店|饭馆|餐厅|[\u4e00-\u9fff]{1,3}馆(?:订|包)|包间|订了")
_PRICE_TALK = re.compile(r"门票|票价|费用|收费|多少钱|(?:一人|每人|人均|一位|每位)(?:" + NUMERAL + r"|[五十百千]+)(?:块|元)")
# A joke signed up: a pet as who comes ("给我家猫也报个名 它最爱钓鱼"), idleness or the impossible as the event ("想报名躺平",
# "报名睡懒觉 周六早上九点那场", "要不咱们报名去火星"), luck or a favour counted ("算我倒霉", "算我欠你一个人情").
_PET = r"(?:猫|狗|猫咪|狗狗|宠物|鹦鹉|仓鼠|兔子|乌龟|金鱼)"
_JOKE = re.compile(r"[给帮替算带](?:我家?|俺家?|我们家)?的?" + _PET + r"|" + _PET + r"(?:也|都)?(?:想|要)?(?:报名?|参加|去)|"
                   r"(?:报名?|参加)(?:个|一下)?去?(?:躺平|睡懒觉|睡觉|发呆|摸鱼|做梦|暴富|火星|月球|减肥成功|中彩票)|"
                   r"算(?:我|俺)(?:倒霉|欠|运气|白|活该|头上)")
_STORE_NAMED = re.compile(r"店里|门店|咱们店|我们店|本店|店长|群主|团长|小助手|群助手")


# Talk about the sign-up rather than one (u12, by what the words do): whether one must sign up at all ("插花课还要报名？"),
# whether one is signed up ("我报上了没 周六那个", "我妈报上没有"), the staff thanking those who came ("谢谢今天来参加插花的20位
# 姐妹") or keeping someone's record ("收到 刘姐的报名改成三位了"), the seats of a car or a mat ("我开车 还能坐三个人", "野餐垫够坐
# 四个人"), a meeting at work ("周五的会我参加").
_NEEDED_ASKED = re.compile(r"(?<![我俺])(?:还|也|都)?(?:要|得|需要|用)(?:提前|先)?报名(?:[啊吗呀嘛么]*[？?]|吗|么)|"
                           # U19: asked as V-not-V ("量血压要唔要预约", "用不用登记"), or in surprise ("还要排队报名啊")
                           r"(?:要不要|要唔要|用不用|需不需要|需要不)(?:提前|先)?(?:报名|预约|登记)|还要(?:提前|先|排队)?报名(?:啊|呀)")
_DONE_ASKED = re.compile(r"报(?:上名?|名上|名|进去)?了(?:没有?|没得|吗|么)|报(?:上名?|名上|进去)(?:没有?|没得|吗|么)(?=$|[？?，,。])")
_ASKING_THE_STAFF = re.compile(r"[帮给替]|能|可以|可不可以|行不行")
_THANKS_TO_THOSE = re.compile(r"(?:谢谢|感谢|辛苦)(?:今天|昨天|大家|各位|所有)?(?:来)?参加[^，,。\s]{0,8}的")
_RECORD_OF_HERS = re.compile(r"(?:^|[，,\s]|收到|好的|已)[^\s我俺，,。]{0,2}(?:姐|哥|阿姨|叔|奶奶|爷爷|女士|先生|老师|大爷|大妈)的报名")
_THING_SEATS = re.compile(r"(?:够|能|可以|还能|还可以|只能)坐(?:下|得下)?" + NUMERAL + r"个?(?:人|位)|车(?:上|里)?[^，,。]{0,3}(?:还能|能|可以|还可以)?(?:带|拉|载|坐)"
                    + NUMERAL + r"个?(?:人|位)?")
_WORK_MEETING = re.compile(r"(?:周[一二三四五六日末]|星期[一二三四五六日天]|明天|今天|后天|上午|下午|晚上|早上)的会(?![员场所长])")
# Signing up told of as a thing that happens (U19): every time ("每次报名都报不上", "每回报名我都慢一步"), places never got
# (报不上, 抢不过), those who sign up ("报名的都是年轻人"), a sign-up denied ("刚才那条不是报名").
_SIGNING_UP_TOLD = (r"(?:每次|每回|每一次|回回|次次)[^，,。\s]{0,3}?(?:报名|报)|报不上|报不进|抢不过|抢不上|结果没(?:赶上|报上|抢上|抢到)|报名的?(?:都|全|净)是|"
                    r"不是(?:要|想|来)?报名")
# A remark on how signing up goes, not one: the queue, the system, how fast places go, a sign-up that did not go through
# ("老年大学报名排了好长队", "预约系统真难用", "报个名跟抢火车票似的", "结果说我没登记上").
_PROCESS_REMARK = re.compile(r"(?:报名|预约|登记|报个名|挂号)(?:的|那个|这个)?(?:系统|网站|小程序|页面|链接|排了|排队|跟[^，,。]{1,8}似的|像[^，,。]{1,8}(?:一样|似的)|"
                             r"真难|太难|好难|难抢|抢不到|秒没|秒光|真麻烦|太麻烦|好麻烦)|没(?:登记|报|约|挂)上(?!.*[帮给替][我俺])|" + _SIGNING_UP_TOLD)
# A plan of members' own joined, not the store's event: someone proposing it ("几个宝妈说周末一起遛娃 算我们家俩", "王姐约了
# 周六去泡温泉 算我一个") or a hill climbed ("周日爬棋盘山 算我一个"), with neither the store nor an event's kind named.
_MEMBERS_OUTING = re.compile(r"(?:说|约了?|张罗|提议|商量)(?:着|好)?(?:大家|我们|咱们|姐妹们)?[^，,。\s]{0,6}?(?:一起|一块儿?)|约了?[^，,。\s]{0,6}?(?:去|爬山)|爬[\u4e00-\u9fff]{1,3}山|去爬山")  # a hill named, or going to climb one (U22: 爬山 alone names the event)
_HOUSEHOLD_BEFORE = re.compile(r"(?:" + HOME + r"|[他她]|(?<!宝)[爸妈])(?:也|还|都)?$")


def _members_outing(text: str) -> bool:
    """A plan of members' own joined (``_MEMBERS_OUTING``); the household's word on coming along is the member's party."""
    return any(not _HOUSEHOLD_BEFORE.search(text[:m.start()]) for m in _MEMBERS_OUTING.finditer(text)) \
        and not _STORE_NAMED.search(text) and all(m.group(0) in _OUTINGS for m in _EVENT_NAMED.finditer(text))


# Events named by what is done there (``party.DONE_THERE_KINDS``: 包饺子, 泡温泉, 体检) are also what members do on their own
# (U22): a message that names only them signs up when it says so — a word of signing up (报, 名额, 算我, 记上), the store, another
# kind of event, or the open event's own name. Without one, an outing told as done ("我闺女去泡温泉了 我们三个人") or the
# goods bought or eaten ("晚上吃饺子 我们一家仨", "我们三家 一家一个 买汤圆") is the member's day, never a sign-up; going to
# the place alone ("周六我和我妈去体检") is asked, unless a head count is said beside it ("三个人去体检").
_SIGNS_UP_ITSELF = re.compile(_SIGNUP_SAID.pattern + r"|[也都](?:要|想)?去|记上|记下|记一下|写上|整上|登记|接龙|" + _STORE_NAMED.pattern + r"|" + party.GATHERING_KINDS)
_OUTING_TOLD_DONE = re.compile(r"去[^，,。！!？?\s]{0,6}?(?:" + party.DONE_THERE_KINDS + r")了|(?:" + party.DONE_THERE_KINDS + r")(?:去了|回来|完了)|"
                               r"(?:刚|才|已经)(?!看|知道|听)(?:去|从)?[^，,。！!？?\s]{0,3}?(?:" + party.DONE_THERE_KINDS + r")|[泡包做剪熬看]完(?:" + party.DONE_THERE_KINDS + r")|"
                               # tickets of her own bought (U23): "电影票买好了 我们四个", "订了三张温泉票"
                               r"(?:" + party.DONE_THERE_KINDS + r")票[^，,。！!？?\s]{0,2}(?:买|订|抢|到手)|(?:买|订|抢)[^，,。！!？?\s]{0,4}(?:" + party.DONE_THERE_KINDS + r")票")
_GOODS_BOUGHT = re.compile(r"(?:(?<!来)吃|(?<=回来)吃|喝|买|订|煮|囤|卖)(?:了|过|完|到|的)?[点些几两一二三四五六七八九十\d袋包斤个盒碗份箱]{0,3}(?:" + party.DONE_THERE_GOODS + r")")
_PLACE_GONE_TO = re.compile(r"去[泡看]?(?:" + party.DONE_THERE_PLACES + r")")


_CLIMB = re.compile(r"爬山")


def _names_open_event(words: str, event: str) -> bool:
    """Whether the words share two characters running with the open event's name (周六包饺子 open: "饺子我们三个")."""
    name = "".join(clauses(event))
    return any(name[i:i + 2] in words for i in range(len(name) - 1))


def outing_checked(text: str, event: str, reading: Reading | None) -> Reading | None:
    """A sign-up read where the message names an event only by what is done there and does not sign up (see above):
    none for an outing told as done or goods bought, asked for a place gone to with no head count; else as read."""
    if reading is None or reading.intent != SIGNUP:
        return reading
    words = plain(unquote(text))
    if event and _CLIMB.search(words) and not _names_open_event(words, event) and not _STORE_NAMED.search(words):
        return None  # "明天爬山 我和老伴" under 烘焙课: a hill walk of her own unless the open event (when known) is the walk (U22 review)
    if _SIGNS_UP_ITSELF.search(words) or _names_open_event(words, event):  # not JOIN: its "我们去体检" is the going itself
        return reading
    if _OUTING_TOLD_DONE.search(words) or _GOODS_BOUGHT.search(words):
        return None
    if _PLACE_GONE_TO.search(words) and not _PARTY_COUNTED.search(words):
        return replace(reading, sure=False)
    return reading


def _about_the_sign_up(text: str) -> bool:
    pieces = _pieces_of(text)
    for piece in pieces:
        done = _DONE_ASKED.search(piece)
        if done and not _ASKING_THE_STAFF.search(piece[:done.start()]):
            return True
    if _NEEDED_ASKED.search(text):
        return True
    text = "，".join(pieces)
    return bool(_THANKS_TO_THOSE.search(text) or _RECORD_OF_HERS.search(text) or OWN_RECORD_ASKED.search(text) or _THING_SEATS.search(text) or _WORK_MEETING.search(text)
                or any(not (re.fullmatch(_SIGNING_UP_TOLD, m.group(0)) and _OWN_SIGN_UP_AFTER.search(text, m.end()))
                       for m in _PROCESS_REMARK.finditer(text))
                or _members_outing(text))


def _organised_elsewhere(text: str) -> bool:
    return bool(_ELSEWHERE_ORGANISER.search(text)) and not _STORE_NAMED.search(text)


# Another time's event, looked forward to ("+1+1 盼着下回活动", "下回采摘我一定报名 这次实在没空"): not this one; a cancel
# that leaves the next time open ("周六去不了 下次再来") is read by the cancel rules, never here.
# Another time than the open event's (d27: the shared times ahead, ``intents.ANOTHER_TIME`` and ``SOON_AFTER``'s 改天; its own
# 下期, the next session of a course or a show, and 哪天, "some day"); not 期待 alone: "三个人，好期待" is this one.
_ANOTHER_TIME = re.compile(ANOTHER_TIME + r"|下期|哪天|改天")
_THIS_TIME = re.compile(r"这次|这回|本次|这期|这场|周[一二三四五六日末天]|明天|后天|今天")


def another_time(text: str) -> bool:
    """Whether a sign-up found in the message is for another time's event (for the learned score's sign-up guess too;
    never a gate on cancels: "活动我溜了 下次一定")."""
    pieces = _pieces_of(plain(unquote(text)))
    return any(_ANOTHER_TIME.search(p) for p in pieces) and not any((_THIS_TIME.search(p) or JOIN.search(p)) and not _ANOTHER_TIME.search(p)
                                                                   for p in pieces) \
        and not any(SIGNUP_CANCEL_WORDS.search(p) for p in pieces)


# Hearsay: what the member heard ("听说张姐报了两个人", "我听说这次有一百多人报名"), not what she does.
_HEARSAY = re.compile(r"(?:我|俺)?(?:听说|据说|听人说|听[\u4e00-\u9fff]{1,3}说)")


def _hearsay(pieces: list[str]) -> bool:
    """Only what the member heard: a clause of hearsay, and no clause of hers beside it that signs up or names her."""
    heard = [p for p in pieces if _HEARSAY.search(p)]
    return bool(heard) and not any(_MINE_OR_FOR.search(_HEARSAY.sub("", p)) for p in heard) and \
        not any(JOIN.search(p) or _MINE.search(p) for p in pieces if p not in heard)


# Advice said of anyone ("老人报名采摘最好有人陪着", "小孩参加最好大人陪同"): how it should be, no one signing up; with
# the member's own words beside it ("我最好报个名") it is hers to say.
_ADVICE = re.compile(r"最好|建议|应该|应当|必须有人|得有人|需要有人")


def _advice(text: str) -> bool:
    return bool(_ADVICE.search(text)) and not _FIRST_PERSON.search(text)


# Home life: where and how a household lives ("我们家就三个人 房子够住", "我家四口人 住两室一厅"): who lives there,
# not who comes, unless something in the message says coming or names the event.
_HOME_LIFE = re.compile(r"住|房子|屋子|挤|睡|一个月|每个月|过日子|开销|生活费|电费|水费|打架|吵架|调皮|淘气|不听话|操心|"
                        r"在外地|在国外|在老家|不在身边|不在家|上大学|成家了|结婚了")  # "我们家就我和老公两个人 孩子在外地"


def _home_life(pieces: list[str]) -> bool:
    return any(_HOME_LIFE.search(p) for p in pieces) and not any(
        _COMING.search(p) or JOIN.search(p) or _STORE_EVENT.search(p) or _GOING.search(p) for p in pieces)


def _told_experience(pieces: list[str]) -> bool:
    """How something was or is, told ("讲座太精彩了 我们两个人", "活动很热闹 我们一家三口 玩得很好"), with nothing that
    says coming (这次, 想去, 报, a day): a report of the party's day, not a sign-up."""
    return any(_EXPERIENCE.search(p) for p in pieces) and not any(_COMING.search(p) for p in pieces)


def _others_plan(pieces: list[str]) -> bool:
    """Others' plans told ("王姐说她们家三个人都去") or tallied ("张姐家两个人 李姐家三个人"), the member not in them
    and not asking for them ("帮我哥一家报名 他们三口人" asks); with a word of joining, for them (asked)."""
    whole = "".join(pieces)
    if _FIRST_PERSON.search(_MY_HOUSEHOLD.sub("", whole)):
        return False  # "我老公说要报名包汤圆": 我 only says whose husband
    if any(_SO_WE_ARE.fullmatch(p) for p in pieces):
        return False  # "我老公说他也去，那就两个": the member's own count after his word (U21)
    return bool(_THEIR_PARTY.search(whole)) or len(_OTHER_HOUSEHOLD.findall(whole)) >= 2


_MY_HOUSEHOLD = re.compile(r"[我俺咱](?:家|们家)?(?=" + HOME + r")")
_SO_WE_ARE = re.compile(r"(?:那|那就|那么|所以)(?:我们|就)?(?:是|算)?(?:" + NUMERAL + r"个人?|" + NUMERAL + r"位|俩|仨)(?:了|啊|吧)?")


# Others signing up, told: "好多人报名 我就不凑热闹了", "有人报了 你们去吗".
_OTHERS_JOIN = re.compile(r"(?:好多人|很多人|不少人|有人|别人|这么多人|那么多人|大家|群里)(?:都|也|已经|早就|在)*(?:报|参加|去)")  # 群里都在报 (U22)


def _others_sign_up(pieces: list[str]) -> bool:
    """Every piece that signs up has others signing up, and the member names no party of their own."""
    joins = [p for p in pieces if JOIN.search(p) or _OTHERS_JOIN.search(p)]
    return bool(joins) and all(_OTHERS_JOIN.search(p) for p in joins) and not any(_is_party(p) for p in pieces)


def own_condition(text: str) -> bool:
    """A condition on the member's side, not signing up now ("先报上"), nor a hedge about the day ("到时候看情况")."""
    kept, _ = _room_apart(_pieces(text))
    if any(_SIGN_NOW.search(squeeze(p)) for p in kept):
        return False
    return any(_OWN_IF.search(p) and not _ABOUT_THE_DAY_HEDGE.fullmatch(p) and not QUESTION.search(p)
               for p in (squeeze(q) for k in kept for q in k.split()))  # "报名 如果下雨还办吗" asks about the day


def _told_as_done(pieces: list[str]) -> bool:
    """What was done ("做了个灯笼", "上次我和女儿去了"), with nothing that signs up or restates the party now."""
    return any(_DONE_THINGS.search(p) for p in pieces) and not any(_NOW.search(p) for p in pieces)


def _signs_up_elsewhere(pieces: list[str]) -> bool:
    """A school's, a job's, a team's thing named and no event of the store's."""
    whole = "".join(pieces)
    return bool(_ELSE_THING.search(whole)) and not _STORE_EVENT.search(re.sub(_OTHERS_CHECK_UP, "", whole))  # not 单位组织体检's 体检


def _ages_alone(pieces: list[str]) -> bool:
    """Every piece only how old someone is ("我家闺女10岁 儿子3岁"): an answer to "孩子多大了", no one coming."""
    return all(_AGE_ONLY.fullmatch(p) for p in pieces)


# A head count said as a total: "两个人", "3人", "两位" (not "两个大人", "两个孩子", "儿童一位", nor one denied:
# "两个人，不是三个人").
_TOTAL_SAID = re.compile("(?<!不是)(?<!成人)(?<!大人)(?<!老人)(?<!儿童)(?<!小孩)(?<!孩子)(" + NUMERAL + r")(?:个人|人|位)(?!大人|家|小)")
# Someone beside the member, who makes a party of one unlikely: "我带着我家小宝参加", "亲子手工报名 宝宝3岁半".
_COMPANION = re.compile(r"(?:带|和|跟|陪|加上|还有)(?:着|上)?(?:我家|我们家|我的|我)?(?:" + RELATIVE.pattern + r"|小宝|宝|朋友|老人)|宝宝|小宝|孩子|娃|小朋友|(?:大|小)的")
# d29: her coming alone, one table for the sign-up readers (d28 left four near-copies of it): only her (就我, 只有我), herself
# (自己), one person (一个人) — not one person bringing someone ("我一个人带俩娃去": she and the children). 我一个 is not in it:
# "算我一个" signs up whoever comes with her. Each reader says what it adds: beside a companion (``_ALONE``) her signing up
# for someone or not going; beside a household (``_SIZE_OR_ALONE``) a size; beside a minded child (``_ALONE_SAID``) her "one"
# without 人 ("我一个去"), 自己 only as 我自己; as her whole party (``_ONLY_ME``, read before lists and household counts)
# only "only" and her together (就我自己, 只有我一个) or the words as a whole clause (我自己, 就我).
HER_ALONE = r"就我|只有我|自己|一个人(?!带)"
# Beside a companion: her alone, or the member signing up for someone (帮/给/替), not going herself, a child's parent named.
_ALONE = re.compile(HER_ALONE + r"|[帮给替]|不去|去不了|来不了|他爸|她爸|孩子爸|娃爸|他妈|她妈")


def party_in_doubt(text: str, people: int) -> bool:
    """Whether a party read as ``people`` is doubtful: it is others' (signed up by the member, or only told of), or
    the message's own counts doubt it: it states totals that disagree and the last is not the one read ("原来报的两个人，现在加我老公，三个人" read 2), or it names a
    companion of the member's while one person is read."""
    if _others_plan(_pieces_of(plain(text))) or _stated_heads(text) > people:
        return True  # "老公说他也去 算上他", "李姐说她家两个人 报名": for them, if the member means it; a count said larger
    words = NOT_PARTY.sub("，", squeeze(plain(text)))  # "手机后四位8812": a phone's digits, no total
    totals = [number(m.group(1)) for m in _TOTAL_SAID.finditer(words)]
    if len(set(totals)) > 1 and totals[-1] != people:
        return True
    if (added := _ADDED_ON_TOP.search(words)) and added.start() > 0 and party_size(words[:added.start()]) == people:
        return True  # "算我一个，再加我家老倌子" read 1: the one added on top is not counted (U16)
    if (each := _EACH_SIZE.search(words)) and number(each["n"]) == people and each.start() > 0:
        return True  # "我们楼两家 各三个人" read 3: so many each, of how many? (the households counted are read by ``party.scan``)
    return people == 1 and bool(_COMPANION.search(words)) and not _ALONE.search(words)


# Someone added on top of the party said before (U16): "再加我家老倌子", "外加隔壁小孩".
_ADDED_ON_TOP = re.compile(r"(?:再加上?|加上|外加)(?=我家|我们家|俺家|咱家|[^我俺咱一两二三四五六七八九十\d个点钱班油，,。\s])")
# A size said of each of several (U16): "两家 各三个人", "我们楼的几家各两个".
_EACH_SIZE = re.compile(r"各(?:自|家)?(?:都)?(?:是|来|去|带)?(?P<n>" + NUMERAL + r")(?:个人|个|位|人|口)")


_ASKED_RUN_ON = re.compile(r"(?<=[\u4e00-\u9fff]吗)(?=[我俺咱][\u4e00-\u9fff]{2})")
# "我那个报名。不要了。": the sign-up named, then dropped in a clause of its own (voice input stops between them).
_DROPPED = re.compile(r"(?:就|那就)?(?:不要了?|取消|作废|撤了|算了)[吧啊呀哈了。.!！]*")
_MY_SIGNUP = re.compile(r"(?:我|我们|我家|俺)(?:的|那个|这个)(?:报名|名额)$")


def _dropped_after(raw: list[str]) -> list[str]:
    merged: list[str] = []
    for clause in raw:
        if merged and _DROPPED.fullmatch(squeeze(clause)) and _MY_SIGNUP.search(squeeze(merged[-1])):
            merged[-1] = squeeze(merged[-1]) + "取消"  # the sign-up it names, dropped
        else:
            merged.append(clause)
    return merged


# A word of the household passed on, run on into what they said: "我婆婆说她不去了", "老公说他那天加班来不了". Cut
# after 说 (the 她/他 repeating who goes with it) when what they said drops out (不去了, 来不了; "我老公说他不去" is
# his plans): the cancel is read as said, and the relaying (RELAYED) makes it asked once, since the member speaks for
# someone of her party whom she may or may not have signed up.
_HOUSEHOLD_SAID = re.compile(r"^(?P<said>(?:我家?|俺家?)?(?:" + HOME + r")说)(?:了)?[她他]?(?P<rest>.*(?:不去了|去不了|来不了|不来了|去不成|来不成|参加不了|不参加了|不能去了).*)$")
_HOUSEHOLD_SAYS = re.compile(r"(?:我家?|俺家?)?(?:" + HOME + r")说了?")
_CANCEL_RUN_ON = re.compile(r"(?:(?<=不去了)|(?<=去不了了)|(?<=不去)|(?<=来不了了))(?=[我你他她孩老家腰头身])")
_SIGNUP_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\d])\s+(?=[\u4e00-\u9fff\d+])|(?<=[\u4e00-\u9fff])\s+(?=[a-z])")


# People drawn instead of written (plain() drops pictures): persons in one picture ("👨‍👩‍👧" three, "👫" two), raised
# hands each one person ("🙋‍♀️🙋‍♂️报名" two), a V ("报名✌️") two beside a sign-up; one raised hand with little else
# is the member's own ("✋我", "🙋我去").
_PERSON_PICTURES = {**dict.fromkeys("\U0001F468\U0001F469\U0001F467\U0001F466\U0001F9D1\U0001F9D2\U0001F474\U0001F475\U0001F476\U0001F9D3", 1),
                    **dict.fromkeys("\U0001F46B\U0001F46C\U0001F46D\U0001F491", 2), "\U0001F46A": 3}
_HANDS = "\U0001F64B\u270B\U0001F590"
_PICTURE = re.compile("[" + "".join(_PERSON_PICTURES) + _HANDS + "\u270C](?:[\U0001F3FB-\U0001F3FF\uFE0F\u2640\u2642]|\u200D[^\\s])*")


def _pictured_people(text: str) -> str:
    pictures = _PICTURE.findall(text)
    if not pictures:
        return text
    persons = sum(sum(_PERSON_PICTURES.get(ch, 0) for ch in picture) for picture in pictures)
    hands = sum(picture[0] in _HANDS for picture in pictures)
    rest = _PICTURE.sub("", text)
    if any(picture[0] == "\u270C" for picture in pictures) and JOIN.search(squeeze(plain(rest))):
        persons += 2
    if persons + hands >= 2:
        return f"{persons + hands}个人，{rest}"
    if hands == 1 and len(squeeze(plain(rest))) <= 3 and not QUESTION.search(rest):
        return f"我报名，{rest}"
    return rest


def _goes_elsewhere(words: str, event: str) -> bool:
    """Whether the words go somewhere or do something that is not the event ("去三亚", "去爬山"); the
    open event's own name, when known, is no elsewhere ("去采草莓" with 周六采草莓 open)."""
    name = "".join(clauses(event))
    pieces = {name[i:i + 2] for i in range(len(name) - 1)}
    return any(not any(p in m["where"] for p in pieces) for m in (_GO_ELSEWHERE_NAMED if name else _GO_ELSEWHERE).finditer(words))


def _read_signup(text: str, event: str = "") -> Reading | None:
    raw, room_said = _room_apart(_pieces(text))
    parts = _tidied(raw)
    if not parts or len(parts) > 6 or _signs_up_as_else(parts) or _not_theirs_yet(parts):
        return None
    parts = _spoken_for(_without_others_news(parts))
    told = dict(parts)  # the clause as typed, particles and all
    parts = [p for p, _ in parts]
    asked = [p for p in parts if _is_asked(p, told[p])]
    said = [p for p in parts if p not in asked and not _only_event(p)]  # "亲子课：一大一小"
    if (listed := _listed_under_event(parts, said)) is not None:
        told_done = said and told.get(said[-1], "").endswith("了") and not any(re.search(r"[我俺]", p) for p in said)
        return _party_reading(listed, not asked and not told_done)  # "烘焙课 周周 周周妈 周周外婆" 3; "王芳 李强 报名了": theirs told, or hers? asked
    if not said:  # "能帮我把我的报名取消吗": asking the staff to cancel; "我能报名吗": asking to come
        return _cancel_of([], asked, told, parts) or _asking_to_join(asked)
    reading = _read_said(text, event, said, asked, told, parts, room_said)
    return _scanned_whole(said, reading) if reading else _by_scan(said, asked, told, room_said, event)


_EACH_FAMILY = re.compile(r"各(?!位)|每家")  # "我们两家 各三个人", "张姐 李姐 各两个人": each counted
_CHILD_NAMED = re.compile(_CHILDREN + r"|宝|崽|小的")


_TWINS = re.compile(r"(?:是|都是)?(?:双胞胎|龙凤胎)(?:" + NUMERAL + r"(?:周)?岁(?:半|多)?了?)?[啊呀哈呢的]*")


def _twins_of_those_counted(said: list[str]) -> bool:
    """"我和两个伢，双胞胎4岁": the twins are the two children counted before, described, not two more (U23)."""
    return any(_TWINS.fullmatch(p) and any(number(m.group(1) or m.group(2)) == 2 for q in said[:at] for m in _KIDS.finditer(q))
               for at, p in enumerate(said))


def _children_added(before: list[str], clause: str) -> bool:
    """Children counted in a clause of their own after adults named ("我和老伴，两个孩子" 4): more people, not those named
    counted again, when no clause before names a child (U18; "给我爸妈报名 两位老人" counts the two named)."""
    return bool(re.match(r"(?:" + NUMERAL + r")个(?:" + _CHILDREN + r")$|[俩仨](?:" + _CHILDREN + r")$", clause)) \
        and not any(_CHILD_NAMED.search(p) for p in before)


def _scanned_whole(said: list[str], reading: Reading) -> Reading:
    """The party the older rules read, put right when the clauses said, read together piece by piece, are one party of
    another size (``party.scan``): lists at spaces with bringing ("采摘我带我妈 我老公 还有两个娃" 5, not 2)."""
    if reading.intent != SIGNUP or reading.add or len(said) < 2 and not _EACH_FAMILY.search(said[0]) \
            or any(re.search(r"我是|^(?:" + NUMERAL + r"|俩|仨)", p) and not _children_added(said[:at], p) for at, p in enumerate(said[1:], 1)) \
            or any(NOT_PARTY.search(p) for p in said) or _twins_of_those_counted(said):
        return reading  # "我报名，我是张阿姨": who she is; "给我爸妈报名 两位老人": the same two counted; ages
    found = party.scan(joined := "，".join(p for p in (_without_event_name(p) for p in said) if p))
    if found is None or found.plus or found.total and not _EACH_FAMILY.search(joined) or found.size <= reading.amount or found.named < 2:
        return reading
    return replace(reading, amount=found.size)


def _read_said(text: str, event: str, said: list[str], asked: list[str], told: dict[str, str], parts: list[str],
               room_said: bool) -> Reading | None:
    """The older rules, by phrasing and by the roles of the clauses."""
    room = [p for p in asked if _ROOM_ASK.search(p)]
    if room and any(_is_party(p) or JOIN.search(p) for p in said):
        asked = [p for p in asked if p not in room]  # "还有位置吗，我们三个人": whether there is room, then who comes
    if (cancel := _cancel_of(said, asked, told, parts)) is not None:
        return cancel
    totals = [m for p in said if (m := _NEW_PARTY.fullmatch(p)) and not SIGNUP_NOT.search(re.sub(r"了$", "", told[p]))]  # "就我一个了"
    if len(totals) == 1 and not asked and not any(CONDITION.search(p) for p in said):
        return _party_reading(number(totals[0]["n"]), True)  # "再加一个 我们一共三个", "人数改成三个 我妈也想去"
    if any(_COUNT_CHANGED.search(p) for p in said):
        return _party_changed(said, asked)  # "再加一个，我老公也去", "我家的取消一个人": by how many, not how many in all
    if (brought := _plus_and_brought(said, asked)) is not None:
        return brought  # "报名+1，还带个同事" 2: the member, and whom she brings
    if len(said) == 1 and not LAUGH.search(text) and (match := _PLUS_PEOPLE.match(_without_event_name(said[0]))):
        return _party_reading(number(match.group(1) or match.group(2)) if match.group(1) or match.group(2) else 1, not asked)
    if len(said) == 1 and not asked and (count := _event_count(said[0], parts)):
        return _party_reading(count, True)  # "烘焙2", "2 亲子 谢谢": the event named and a count alone
    if _surprise_or_hand(said):
        return None
    whole = "，".join(said)
    joins = [p for p in said if JOIN.search(p) and not SIGNUP_NOT.search(p) and not re.search(r"取消|撤", p)  # "帮我取消一下周六的报名"
             and not re.search(r"[你您](?!们?(?:给|帮|替|把))", p[:JOIN.search(p).start()])]  # "李姐你们也去啊": those addressed go
    changed = any(_PARTY_CHANGE.search(p) or "人数" in p for p in said)
    party_only = [p for p in said if (_is_party(p) or changed and re.fullmatch(NUMERAL + "个", p))
                  and not SIGNUP_NOT.search(told[p])]
    done = [_who(m["who"]) for p in joins if (m := _DONE.match(told[p]) or _DONE.match(p))]
    if "other" in done:
        return None  # "驾校报名了": news of something else
    if not _SIGNUP_SAID.search(whole) and _goes_elsewhere(whole, event):
        return None  # "下周我们全家去三亚，五个人": a party going somewhere else, not to the event
    if joins or changed and party_only:
        return _joining(whole, said, asked, parts, joins, done)
    if party_only and len(party_only) == len(said):  # "我和老公带娃一起", "张阿姨2人"
        return _party_reading(party_size(whole), not [p for p in asked if not _ABOUT_THE_DAY.search(p)])  # "两个人 几点集合" asks about the day
    named = [p for p in said if p not in party_only and _listed_names(p) == [p]]
    if named and len(named) + len(party_only) == len(said) and (party_only or len(named) > 1):
        return _party_reading(party_size(whole), bool(party_only) and not asked)  # "刘阿姨 孙阿姨 我们两个"; names alone asked
    return _by_roles(said, asked, told, room_said)


_BROUGHT = re.compile(r"(?:还|再|另外|外加)?(?:带|加)(?:上|着|个)?(?P<who>.+)")


def _plus_and_brought(said: list[str], asked: list[str]) -> Reading | None:
    """"+1" and a clause of bringing someone ("报名+1，还带个同事", "报名+1，带我老公"): the plus counts the member, the
    clause whom she brings (persons named, ``party.scan``); a larger plus may hold them already (left to the rules)."""
    if len(said) != 2 or asked or not (plus := _PLUS_PEOPLE.match(_without_event_name(said[0]))) or not plus.group(0).count("+"):
        return None
    if plus.group(1) and number(plus.group(1)) != 1:
        return None  # "+2 带我妈": whether the two are with her or besides her, the older rules' doubt
    brought = _BROUGHT.fullmatch(said[1])
    found = party.scan(brought["who"]) if brought else None
    if found is None or found.total or not found.named:
        return None
    return _party_reading(1 + found.named, True)


_BARE_COUNT = re.compile(r"(\d{1,2})|([一两二三四五六七八九十])个?")


def _event_count(clause: str, parts: list[str]) -> int | None:
    """A count alone beside the event's name, in the clause ("烘焙2") or a clause of its own ("2 亲子"): so many people."""
    named = _EVENT_NAME.match(clause)
    named = named if named and not _NOT_A_NAME_OF_EVENT.search(named.group(0)) else None
    if not (named or any(_only_event(p) for p in parts)):
        return None
    bare = _BARE_COUNT.fullmatch(clause[named.end():] if named else clause)
    return number(bare.group(1) or bare.group(2)) if bare else None


def _pieces(text: str) -> list[str]:
    """The message's clauses as typed: cut at punctuation, at the spaces of a question, where a reason runs on
    after a cancel ("我不去了啊我那天有事") or a voice message runs on after asking ("还能报吗我们三个老姐妹一起去"),
    after the household's word passed on ("我婆婆说|她不去了");
    a sign-up named and then dropped in a clause of its own joined ("我那个报名。不要了。")."""
    raw = [w for p in BREAK.split(text) for w in (p.split() if QUESTION.search(p) else [p])]
    raw = [q for p in raw for q in (cancel_pieces(p, _CANCEL_RUN_ON) if SIGNUP_CANCEL_WORDS.search(p) else [p])]
    raw = [q for p in raw for q in _ASKED_RUN_ON.split(p)]
    raw = _household_said_apart(raw)
    return _dropped_after(raw)


def _household_said_apart(raw: list[str]) -> list[str]:
    """The clauses with the household's word passed on cut from what they said (_HOUSEHOLD_SAID; "我婆婆说了，她不去了"
    read as one), when the member says nothing of her own part elsewhere ("我老公说他不去了，我还去": a smaller party)."""
    clauses = [squeeze(p) for p in raw]
    found = []
    for at, clause in enumerate(clauses):
        if _HOUSEHOLD_SAYS.fullmatch(clause) and at + 1 < len(clauses) and (match := _HOUSEHOLD_SAID.match(clause + clauses[at + 1])):
            found.append((at, at + 2, match))
        elif match := _HOUSEHOLD_SAID.match(clause):
            found.append((at, at + 1, match))
    if len(found) != 1 or any(re.search(r"[我俺咱]", c) for c in clauses[:found[0][0]] + clauses[found[0][1]:]):
        return raw
    start, end, match = found[0]
    return raw[:start] + [match["said"], match["rest"]] + raw[end:]


def _tidied(raw: list[str]) -> list[tuple[str, str]]:
    """Each clause tidied, with the clause as typed; an age said names who comes, not how many ("大宝6岁"), and
    no one twice ("我和闺女 闺女7岁": one child); courtesy and urging the others left out."""
    parts = [(_tidy_signup(p), squeeze(p)) for p in raw]
    aged = {p: _aged(p) for p, _ in parts if _AGE_ONLY.fullmatch(p)}
    named = "".join(p for p, _ in parts if p not in aged)
    aged = {p: _ages_as_children(p, named) if _ages(p) > 1 else who for p, who in aged.items()}
    if len(several := [p for p, who in aged.items() if who.endswith("个孩子")]) == 1 and _THEM_BROUGHT.search(named):
        parts = [(_THEM_BROUGHT.sub(aged[several[0]], p), r) for p, r in parts]  # "…我和老公带他们": the children aged
        aged[several[0]] = ""
    parts = [("" if aged[p] in named else aged[p], r) if p in aged else (p, r) for p, r in parts]
    return [(p, r) for p, r in parts if p and not is_courtesy(p) and not URGING.search(r)]


# The children of a party counted elsewhere in the message: "两个娃", "俩娃", "他们俩", "他俩", "两个孩子".
_CHILDREN_COUNTED = re.compile(r"(?:" + NUMERAL + r"个?|俩|仨)(?:" + CHILD + r"|小朋友|孙子|孙女|外孙)|[他她]们?(?:俩|仨|两个|三个)")


# "带他们" with no count: the children whose ages were listed.
_THEM_BROUGHT = re.compile(r"(?<=[带陪])(?:着|上)?(?:他们|她们)(?!俩|仨|两|三|" + NUMERAL + ")")


def _ages_as_children(clause: str, named: str) -> str:
    """Several ages listed ("老大10岁老二5岁", "一个5岁一个7岁", "小朋友3岁和5岁"): as many children, unless the
    message counts them elsewhere ("两个娃 一个5岁一个7岁", "…我带他们俩"): then the ages name no one more."""
    return "" if _CHILDREN_COUNTED.search(named) else f"{_ages(clause)}个孩子"


def _signs_up_as_else(parts: list[tuple[str, str]]) -> bool:
    """Signing up, said beside what makes it news or something else ("我想报名当店长", "报名成功了")."""
    return any(SIGNUP_NOT.search(typed) and JOIN.search(p) and not SIGNUP_CANCEL_WORDS.search(p) for p, typed in parts)


def _not_theirs_yet(parts: list[tuple[str, str]]) -> bool:
    """Someone else's sign-up reported, or not decided yet ("我婆婆也报名了，她自己报的", "孩子说要报名篮球，我还没同意"),
    unless a cancellation said outright ends it."""
    own = any(_OWN_TOO.match(p) for p, _ in parts)  # "老公说他自己去报名 我也报一个": hers beside theirs
    return any(_REPORTED_DONE.search(p) or _THEIRS_TO_DO.search(p) and not own or UNDECIDED.search(p) for p, _ in parts) \
        and not any(_FIRM_CANCEL.fullmatch(p) for p, _ in parts)


def _spoken_for(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The clauses without whom the member speaks for, once said ("替刘奶奶说一声 她不去了": 不去了), and without the
    staff asked ("你帮我把名字去掉": 帮我把名字去掉)."""
    if any(SPEAKS_FOR.match(p) or _ON_BEHALF.match(p) for p, _ in parts):
        parts = [(re.sub(r"^[她他](?:说)?", "", p) or p, r) for p, r in parts]
    return [(_YOU_PLEASE.sub("", p), r) for p, r in parts]


# Others' doings told ("听说张姐报了", "王阿姨她们也去", "人家早就报上了"): someone not the member, and not for her,
# signing up or going. Beside the member's own clauses they are news, and their counts are not her party's.
_OTHERS_NEWS = re.compile(r"(?:听说|据说|看到|听)?(?:(?:" + KIN + r")(?:她们?|他们?|家)?|[她他]们?|(?<!老)人家|别人|有人|好多人|很多人|[" + SURNAME
                          + r"][\u4e00-\u9fff]{1,2}(?:她们?|他们?|家))(?:也|都|已经|早就|早|就|说)*(?:报|参加|去|来)")


def _without_others_news(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    news = [(p, r) for p, r in parts if _OTHERS_NEWS.match(p) and not _MINE_OR_FOR.search(p)]
    mine = [(p, r) for p, r in parts if (p, r) not in news]
    return mine if news and any(_MINE.search(p) for p, _ in mine) else parts


_WE_FEW = re.compile(r"(?:我们|咱们|俺们)(?:家)?(?:这|那)?几个")  # "我们家那几个名额": ours, no question


def _is_asked(clause: str, typed: str) -> bool:
    """A question: asked outright, with a closing 呢 or 不 ("算我一个不"), or who may come ("几岁的孩子可以参加")."""
    clause = _WE_FEW.sub("", clause)  # "我们几个老姐妹": a few of us, no question; "说什么也要去": whatever happens
    clause = re.sub(r"(?:说|无论|不管)?(?:什么|啥)(?:也|都)", "", clause)
    return bool(QUESTION.search(clause) or clause.endswith("呢") or _ASKS_WITH_NOT.search(clause) or _ASKS_WHO.search(typed))


def _surprise_or_hand(said: list[str]) -> bool:
    """"我去我去，太厉害了": surprise; "我我我，我知道答案": a hand raised for what the rest says (a quiz, a turn)."""
    if len(said) > 1 and any(re.fullmatch(r"(?:我去){2,}", p) for p in said):
        return True
    hands = [p for p in said if re.fullmatch(r"我{2,}", p)]
    return bool(hands) and len(said) > len(hands) and not any(JOIN.search(p) or _is_party(p) for p in said if p not in hands)


def _joining(whole: str, said: list[str], asked: list[str], parts: list[str], joins: list[str], done: list[str]) -> Reading | None:
    """A sign-up said ("我报名", "算我们一个", "人数改成三个"), its party counted over the clauses said."""
    people = party_size(whole)
    if people == 1 and re.search(r"我们|咱们|俺们", whole) and len(asked_parties := [n for p in parts if p not in said and (n := party_size(p)) > 1]) == 1:
        people = asked_parties[0]  # "我和老伴能一起去听讲座吗，帮我们报上": who "we" are, the question says
    if people == 1 and re.search(r"一家|全家|我们家|我家", whole) and not re.search(r"[我俺]自己|一个人|[帮给替]", whole):
        return _party_reading(people, False)  # "周六我们一家都去": how many of them? asked
    return _party_reading(people, _sure_joining(said, asked, joins, done))


# d28: the member's whole household named with no size ("带上全家老小", "我们一家子都去", "全家出动"): a household is never one
# person (every train and dev sign-up that names one and is read as one is labelled more, but Wu's 一家头, "alone"), so a
# party of one read beside it is how many she did not say: asked ("一共几位？", ``bot.chain.text``), never acted on.
_WHOLE_HOUSEHOLD = re.compile(r"一大家子|一家(?:子|人|老小|大小)|全家|(?:(?<=[我俺咱额])|(?<=[我俺咱额]们))一家(?!头)")  # not 他们一家
# mend-d28: a household that comes, not one that explains why she comes alone ("全家都没空 我去", "全家都支持我去"):
# brought (带上全家), or the household and then (都/也/一起…) coming or signing up, not "…不了".
_HOUSEHOLD_COMES = re.compile(r"(?:带上?|领着?)(?:我们|我)?(?:" + _WHOLE_HOUSEHOLD.pattern + r")|(?:" + _WHOLE_HOUSEHOLD.pattern
                              + r")(?:都|也|就|一起|一块儿?|想|要|打算|准备|肯定){0,3}(?:去|克|来|报|参加|出动|总动员|一起|(?=$|[，,。！!？?；;\s]))(?!不了|不成|不上)")
# A size said anyway, or who comes said to be her alone (d29: ``HER_ALONE``; 我一个 is a size here): "全家四口", "一家子三个",
# "全家就我一个人去"; mend-d28: 帮/给/替 only before someone other than her ("帮我妈报"; not "给我报个名", "帮忙报").
_SIZE_OR_ALONE = re.compile(r"(?:" + NUMERAL + r")(?:个|位|人|口|大|小)|[俩仨]|[+＋]\d|" + HER_ALONE + "|"
                            r"[帮给替](?:我(?:家|的)?)?(?![我咱俺])(?:" + RELATIVE.pattern + r"|他|她)")


def household_unsized(text: str) -> bool:
    """Whether ``text`` names the member's whole household (``_WHOLE_HOUSEHOLD``) and no size of it nor her alone."""
    if not _WHOLE_HOUSEHOLD.search(text):
        return False  # most messages name none: ``plain`` is not cheap on a long one
    words = squeeze(plain(text))
    return bool(_HOUSEHOLD_COMES.search(words)) and not _SIZE_OR_ALONE.search(_WHOLE_HOUSEHOLD.sub("，", words))


def _sure_joining(said: list[str], asked: list[str], joins: list[str], done: list[str]) -> bool:
    """Whether a sign-up is acted on: no condition up to the sign-up, nor after it unless a hedge about the day
    ("我报个名 一个 到时候看情况"), except when signing up now ("不刮风的话我们两个去 先报上"); a question beside it only
    when it signs up; not a relative's news ("我婆婆也报名了"); no worry ("讲座我想去，就怕听不懂")."""
    last_join = max(said.index(p) for p in joins) if joins else len(said)
    now = any(_SIGN_NOW.search(p) for p in said)
    conditional = any(CONDITION.search(p) and (i <= last_join or not _ABOUT_THE_DAY_HEDGE.fullmatch(p)) and not now
                      for i, p in enumerate(said))
    return not conditional and (not asked or bool(joins)) and "relative" not in done and not any(_WORRIED.search(p) for p in said)


# Urging the others, not coming oneself: "大家都去听听", "姐妹们快报名" (not "我跟大家一起去", "我也赶紧报一个").
URGING = re.compile(r"(?<![跟和同])(?:大家|姐妹们|家人们|宝妈们|邻居们|各位)(?:都|也|快|赶紧|一起)*(?:去|来|报|参加)|(?<![我俺也])(?:快|赶紧|抓紧)(?:来|去)?报")
# A change of the party by a count: "再加一个", "加一个人", "再多一位", "再加一个孩子", "取消一个人", "减一个".
_HEADS_CHANGED = r"(?:个|位)(?:人|" + CHILD + r"|大人|小朋友)?$"
_COUNT_CHANGED = re.compile(r"(?:(?:^|再|多)(?:加|添)上?|再多)(?P<more>" + NUMERAL + ")" + _HEADS_CHANGED
                            + r"|(?:取消|减|减掉|少|去掉)(?P<fewer>" + NUMERAL + ")" + _HEADS_CHANGED)


# Who the party is, said before its change: "我们", "我家的", "咱家这边".
_WHOSE_PARTY = re.compile(r"(?:" + PERSONS + r"|[的也都还就那这边])*")


def _party_changed(said: list[str], asked: list[str]) -> Reading | None:
    """The party changed by a count, its total unsaid ("再加一个", "我们再多一个人", "再加一个，我老公也去", "我家的
    取消一个人"): a change on top of the member's sign-up (``add``, as an order's "再来一份"), which the handler adds to
    it. Only one such clause, with nothing asked, no condition or doubt, and no other count beside it."""
    changes = [m for p in said if (m := _COUNT_CHANGED.search(p))]
    others = [p for p in said if not _COUNT_CHANGED.search(p)]
    if len(changes) != 1 or asked or any(re.search(NUMERAL, p) for p in others) or any(CONDITION.search(p) or UNDECIDED.search(p) for p in said):
        return None
    if not _WHOSE_PARTY.fullmatch(changes[0].string[:changes[0].start()]):
        return None  # "我那份减一个", "托特包再加二个": portions of an order, not people
    people = number(changes[0]["more"] or changes[0]["fewer"])
    if not people or people > MAX_AMOUNT:
        return None
    return Reading(SIGNUP, people if changes[0]["more"] else -people, add=True)
# Signing up now, whatever happens on the day: "先报上", "先给我报个名".
_SIGN_NOW = re.compile(r"先(?:给我|帮我)?报(?:上|个名|名|一个|" + NUMERAL + r"个)")
# A worry beside wanting to come: not yet decided ("讲座我想去，就怕听不懂", "想报名 就是担心孩子坐不住").
_WORRIED = re.compile(r"怕|担心|不知道(?:能不能|行不行|会不会)")
# Asking with a closing 不 after a modal: "积分能换礼品不", "孩子可以一起去不" (not "我去不了", "不去"); after 有 / 送 what
# comes with it (q20: "参加讲座有礼品不", "报名活动送积分不": a question about the event, no sign-up).
_JOIN_ASKED_NOT = re.compile(r"(?:算|报|带|加)(?:上)?我们?(?:" + NUMERAL + r"个?)?不$")  # "算我一个不": asking to come
_ASKS_WITH_NOT = re.compile(r"(?:能|可以|会|要|用|有|送)[^不]{1,10}不$|" + _JOIN_ASKED_NOT.pattern)
# Asking who may come, seen before ages are taken off the clause: "几岁的孩子可以参加", "几位能去".
_ASKS_WHO = re.compile(r"几(?:岁|位|人|个人)|多大的?(?:孩子|小孩|娃|宝宝)")
# A cancellation said outright at the end of a story (talked over, someone's reasons): "…我们这次就不去了 取消",
# "…只能取消报名了 下次一定".
_FIRM_CANCEL = re.compile(r"(?:只能|只好|还是|那就|就)?(?:取消(?:报名|我的名额)?|(?:我们|我)?(?:这次)?就?不去)了?|(?:我的)?(?:报名|名额)(?:作废|撤回|撤销|取消|不要)了?")


# Asking whether one may come or whether there is room: "还有名额吗", "能带孩子吗", "我能报名吗".
_ROOM_ASK = re.compile(r"还有(?:名额|位置|位子|空位|空)|(?:能|可以)带|来得及|能不能|可不可以|能|可以|还收|收不收")
# Coming is asked at the clause's end ("我能去吗", "我可以带孩子来吗"); "我能去店里拿吗" asks about something else.
_ASK_TO_JOIN = re.compile(r"报名|报个名|参加|算我|算上我|加我|(?:去|来)(?:吗|么|不|呢)?[?？]?$")


# Seats asked of the staff for oneself, by count: "能给我们留两个名额吗", "可以帮我占个位置吗".
_SEATS_ASKED = re.compile(r"(?:能|可以|能不能|可不可以|麻烦)?(?:给|帮)(?:我|我们|俺|咱们?)(?:留|占)(?P<n>" + NUMERAL + r")?个?(?:名额|位置|座位|位子)"
                          r"(?:吗|么|不|嘛|好吗|可以吗|行吗)?")
# Signing her up asked of the staff, politely: "给我报三个人好吗", "帮我们报两个可以吗", "麻烦给我报个名" — a request, acted on.
_SIGN_ME_ASKED = re.compile(r"(?:能|可以|能不能|可不可以|麻烦)?(?:你|您)?(?:给|帮)(?:我|我们|俺|俺们|咱们?)(?:报|登记|记|算)(?:上|一下|个名|名)?(?P<n>" + NUMERAL
                            + r")?(?:个人?|位)?(?:吗|么|好吗|可以吗|行吗|好不好|行不行|可不可以|呗|哈)?")
# Seats by count alone, the whole clause: "一个座位", "两个位子就够".
_SEATS = re.compile(r"(?:我家|我们家|我们|咱家|我这边)?" + NUMERAL + r"个(?:座位|位子|名额|位置)(?:就行|就够了?|就好)?")


def _asking_to_join(asked: list[str]) -> Reading | None:
    """'我能报名吗', '我们家三个人可以参加吗': a member asking to come, put as a question; asked back
    once. '能带孩子吗', '还有名额吗' alone are questions for the store, nothing more."""
    if len(asked) == 1 and (seats := _SEATS_ASKED.fullmatch(asked[0]) or _SIGN_ME_ASKED.fullmatch(asked[0])):
        return _party_reading(number(seats["n"]) if seats["n"] else 1, True)  # "能给我们留两个名额吗": a request, as 能给我留两份吗
    mine = [p for p in asked if (_ROOM_ASK.search(p) and _ASK_TO_JOIN.search(p) or _JOIN_ASKED_NOT.search(p)) and re.search(r"[我俺咱]", p)
            and not SIGNUP_CANCEL_WORDS.search(p) and not PAST.search(p)]
    if len(mine) != 1 or len(asked) > 2:
        return None
    clause = re.sub(r"(?:可以|能|能不能|可不可以)(?:吗|么|不)?\??$", "", mine[0].rstrip("?吗么呢"))
    return _party_reading(party_size(clause) or 1, False)



# --- a sign-up read by the roles of its clauses (the ninth pass) ----------------------------------------
# Whether there is room is no doubt about coming: asked ("名额还有吗", "人满了没", "还收人吗", "截止了吗") or
# assumed ("还有名额的话…", "没满的话…", "还能报的话…", "还剩一个的话…"), and "没有就算了" after it is its other branch.
ROOM_WORD = r"(?:名额|位置|位子|空位|座位|坑)"
_ROOM_ASKED = re.compile(r"(?:不知道|请问|问下|问一下|那个|现在|报名|(?:亲子)?[包做剪熬捏扎泡写看]?(?:" + _EVENT_KINDS + r")+的?)*(?:(?:还)?来得及|(?:还有|有没有|还有没有|还剩|还差)(?:几个|多少个?)?" + ROOM_WORD + r"|" + ROOM_WORD + r"(?:还)?(?:有|够|剩)(?:没有|不够)?"
                         r"|(?:人|名额)?(?:报)?满了?|(?:还)?收人?|收不收人?|(?:报名)?截止了?|截了|还能报(?:名)?)"
                         r"(?:吗|么|没有?|不|冇|了吗|了没有?|呢|嘛|呀|啊|哈)*[?？]*")  # 冇: 粤 "no?" (U23)
_ROOM_IF = re.compile(r"^(?:刚看到|刚下班才看到|才看到)?(?:如果|要是|假如|若)?(?:还)?(?:有" + ROOM_WORD + r"|有位|有(?=的话)|有(?=就)|没满|没报满|没截止|没截|能报(?:名)?|可以报(?:名)?|"
                      r"来得及|能(?=的话|就)|剩(?:" + NUMERAL + r"个)?(?:" + ROOM_WORD + r")?)(?:的话)?(?:就|那就|那)?")
_OTHER_BRANCH = re.compile(r"(?:没有|没了|满了|没位置|没名额)(?:的话)?(?:就)?(?:算了|下次吧?|下次再说)")


# A question the sign-up's own reply answers: whether there is room, or whether she is on the list ("报名了吗", "算上我没").
_OF_SIGNING_UP = re.compile(ROOM_WORD + r"|满|截止|截了|报|名单|算上|算我|接龙|取消")


def asks_of_signing_up(question: str) -> bool:
    """Whether a question beside a sign-up asks about signing up itself (U17: answered by the sign-up's reply, not
    passed to the questions path as one about the event)."""
    return bool(_ROOM_ASKED.search(question) or _OF_SIGNING_UP.search(question))


def _room_apart(raw: list[str]) -> tuple[list[str], bool]:
    """The clauses without what only asks or assumes there is room (that says nothing of who comes);
    whether any did."""
    kept, room = [], False
    for clause in raw:
        bare = squeeze(clause)
        if bare and _ROOM_ASKED.fullmatch(bare):
            room = True
            continue
        if (match := _ROOM_IF.match(bare)) and match.end() < len(bare) and (match.group(0).endswith(("的话", "就", "那")) or "如果" in match.group(0) or "要是" in match.group(0)
                                                                              or room and match.group(0)):  # "人够了没 没够我和我姐去": the answer assumed
            kept.append(bare[match.end():])
            room = True
            continue
        if room and _OTHER_BRANCH.fullmatch(bare):
            continue
        kept.append(clause)
    return kept, room


# Going, said of the party before it: "我和老伴去听讲座", "俺和俺家那口子去", "我们三个想一起学包饺子", "我和对象冲",
# "我们一家三口必须到": who (the subject), then going, then at most the event or the count.
_GOING = re.compile(r"(?:也|都|要|想|还|必须|一定|肯定|准备|打算|会|就|得)*(?:一起|一块儿?)?(?P<verb>去|来|到|冲|参加|学|上(?![回次周午班个]))(?!了|过|不|没)")
_GOING_ON = re.compile(r"(?:听|学|上|参加|捧场)?(?:听|学)?(?:这个|那个|这次|那次|这场|那场)?(?:" + _EVENT_KINDS + r"|那场|这场)*(?:的)?")  # "听烘焙课"
_WHEN_ONLY = re.compile(r"(?:那个)?(?:这|下|本)?(?:周[一二三四五六日末天]|星期[一二三四五六日天]|明天|后天|今天|[一二三四五六七八九十\d]{1,2}号)?(?:的)?"
                        r"(?:上午|下午|中午|晚上|早上)?(?:的)?(?:那场|这场|那次|这次|那个|" + _EVENT_KINDS + r")?(?:的)?"
                        r"(?:(?<=[一二三四五六日末天午上号])见(?:啦|哦|哈|喽)?)?")  # "两个人，周六见": the day, seen there
_COUNT_SAID = re.compile(NUMERAL + r"(?:个人?|位|人|口|大)|俩|仨|就我一个|我一个|^\+\d{1,2}$")
_COUNT_TAIL = re.compile(r"(?:就|的|一起|总共|一共|共)*(?:我们|我|咱们|俺们)?(?:" + NUMERAL + r"(?:个人?|位|人|口)|俩|仨)|(?:就)?我(?:一个人?|自己)|\+\d{1,2}")
_SOMEONE = re.compile(PERSONS + "|" + PERSON.pattern)


def _going(clause: str) -> tuple[str, str] | None:
    """(who goes, the count said after going) when the clause is a party going to the event: the subject a
    party ("我和老伴", "我们三个", "" for the member), the event or a count after it, nothing else."""
    for match in _GOING.finditer(clause):
        who, after = re.sub(r"^(?:那个)+", "", clause[:match.start()]), clause[match.end():]
        if _WHEN_ONLY.match(who):
            who = _WHEN_ONLY.sub("", who, count=1)
        rest = re.sub(r"^(?:听|学|参加|捧场)", "", after) if match["verb"] in "来到冲" else _GOING_ON.sub("", after, count=1)  # "我一个人来听"
        if rest and not _COUNT_TAIL.fullmatch(rest) and not (match["verb"] in "学上" and len(rest) <= 4 and _listed_party(who) not in (None, 1)):
            continue  # "我也要学做蛋糕": one's own plans; "我们三个想一起学包饺子": the class, said by its party
        if who and (not _SOMEONE.search(who) or _listed_party(who) is None and not _is_party(who)):
            continue  # "慢慢来"
        return who, rest if _COUNT_TAIL.fullmatch(rest) else ""
    return None


def _by_roles(said: list[str], asked: list[str], told: dict[str, str], room: bool) -> Reading | None:
    """A sign-up said in pieces the rules above do not read whole: who comes (a party, or a party going),
    beside when ("三个 下午那场"), a question about the day ("两个人 几点集合") or an aside ("三人 孩子有点怕生").
    The party is what the party's own clauses say; an aside names no one who comes ("宝宝18个月 我和宝宝两个人").
    A story told first and the party said last is the story's end ("孩子放寒假了… 正好带出去玩玩 我们两个大人一个孩子")."""
    if any(SIGNUP_CANCEL_WORDS.search(p) or UNDECIDED.search(p) for p in said):
        return None
    if len(said) > 1 and (_party_said(said[-1]) or _going(said[-1])) and not asked and not any(re.search(NUMERAL, p) for p in said[:-1]):
        said = said[-1:]  # the story before it neither counts nor signs up
    if any(SIGNUP_NOT.search(told[p]) or PAST.search(p) or re.search(r"[你您他她]|谁|家里|在家|平时|住", p) for p in said):
        return None  # "家里就我们两个人 冷清": who lives there
    going = {p: g for p in said if (g := _going(p)) is not None}
    counts = [p for p in said if p not in going and (_is_party(p) or _COUNT_TAIL.fullmatch(p) or _who_only(p)
                                                     or _listed_party(p) is not None and _COUNT_SAID.search(p))]
    when = [p for p in said if p not in going and p not in counts and _WHEN_ONLY.fullmatch(p)]
    asides = [p for p in said if p not in going and p not in counts and p not in when]
    if not going and all(p.startswith("+") for p in counts):
        return None  # "+1" with no one named is read above ("+1 哈哈" laughs along)
    strong = [p for p in counts if _COUNT_SAID.search(p)] + [p for p, (who, rest) in going.items() if who not in ("", "我") or rest]
    sized = [p for p in counts if not _who_only(p)]  # "我们 周六": who, but not how many
    if not strong and not (going and (sized or room or when)) and not (sized and (room or when)):
        return None  # "我都想去", "我去，真的假的": going alone, or a party beside nothing that says it comes
    if asides and (len(asides) > 1 or not strong or re.search(NUMERAL, asides[0]) or any(p.startswith("+") for p in counts)):
        return None  # "我家两个孩子 一个上初中一个上小学": the aside counts people too; "+1 我也是": agreeing
    if any(CONDITION.search(p) for p in said) or not room and re.fullmatch(r"(?:我|俺)?(?:自己)?来", "".join(going)):
        return None  # "不要不要，我自己来": doing it oneself
    doubt = [p for p in asked if not _ABOUT_THE_DAY.search(p)]
    words = counts + [who + rest for who, rest in going.values()]
    sized = [w for w in words if _COUNT_SAID.search(w)]
    if all(_COUNTED.search(w) for w in sized):
        sized = [w for w in words if w]  # "5岁男孩一个 爸爸带": a kind counted, the others named beside it come too
    people = party_size("，".join(sized) or "我")
    return _party_reading(people, not doubt)


# What blocks a party read piece by piece: the sign-up reader's news and doubts, and talk of home life or others.
_NOT_SCANNED = re.compile(r"[你您]|谁|家里|在家|平时|住|每天|天天|一般|经常")
_WANTS_TO_COME = re.compile(r"想(?:去|来|学|参加|听)|也(?:去|来|想去|想学)")  # "我带个朋友 她也想学包汤圆"
_SIGNS_UP = re.compile(JOIN.pattern + r"|" + _EVENT_KINDS + r"|那场|这场|名额|位置|座位")


def _by_scan(said: list[str], asked: list[str], told: dict[str, str], room: bool, event: str = "") -> Reading | None:
    """A party the older rules could not read, read piece by piece (``party.scan``: "父子两个去", "我们是两个大人",
    "@店长 我们家三个", "两个娃 我一个人带", "我一个人嚟"): one clause that is a party with its size said, or going,
    beside at most two asides that count nothing (who stays home: "就我自己 老公不爱凑热闹"), when, or the event's name.
    A household's size alone ("我们4口人") may tell who lives there: asked, unless going or the event is said."""
    if any(SIGNUP_CANCEL_WORDS.search(p) or UNDECIDED.search(p) or CONDITION.search(p) or LAUGH.search(p) for p in said):
        return None
    if (listed := _names_under_header(said)) is not None:
        return _party_reading(listed, not asked)  # "赵磊一家：赵磊、孙倩、赵小满", "采摘游：老吴 老吴媳妇 吴吴"
    told = {**told, **{p: p for p in said if p not in told}}
    all_said, (said, told) = said, _story_apart(said, told)
    story = len(said) < len(all_said)
    if any(_EXPERIENCE.search(p) for p in all_said) and not any(_COMING.search(p) for p in [*all_said, *told.values()]):
        return None  # "讲座太精彩了 我和老伴两个人 听得入迷": how it was, told; nothing says coming
    if not _SIGNUP_SAID.search(whole := "，".join(said)) and _goes_elsewhere(_GO_SELF.sub("去，", whole), event):
        return None  # "我们家去四个人，去外婆家过节": a party going somewhere else (the story before it aside)
    if any(PAST.search(p) or SIGNUP_NOT.search(told[p]) for p in said):
        return None
    named_event = [p for p in said if party.scan(p) is None and (m := _EVENT_NAME.match(p) or _TOPIC_GLUED.match(p)) and party.scan(p[m.end():])
                   and not _NOT_A_NAME_OF_EVENT.search(m.group(0)) and (m.re is _EVENT_NAME or _is_topic(m["topic"]))]  # not "希望多办点讲座 +1": a wish
    said = [p[(_EVENT_NAME.match(p) or _TOPIC_GLUED.match(p)).end():] if p in named_event else p for p in said]  # "一日游两个人": the event, then who
    if len(all_said) > 1 and _is_topic(all_said[0]) and party.scan(all_said[0]) is None \
            and any((found := party.scan(p)) and not found.plus for p in said if p != all_said[0]):  # "同问 +1": a remark seconded
        named_event, said = [*named_event, all_said[0]], [p for p in said if p != all_said[0]]  # "拉花体验 我和闺蜜": the event by what it is, then who
    if len(said) > 1 and _EACH_FAMILY.search(joined := "，".join(said)) and party.scan(joined):
        said = [joined]  # "我们两家 各三个人": households, then each one's size
    scanned = {p: found for p in said if (found := party.scan(p)) is not None}
    parties = [p for p, found in scanned.items() if found.total or found.named >= 2]  # not "我去，真的假的", "我都想去"
    if not parties and _one_each(said, scanned):
        return _party_reading(len(said), not asked)  # "我 老伴 儿子 儿媳妇": persons listed apart, one each (U22)
    if len(scanned) > 1 and parties and (whole := party.scan(joined := "，".join(p for p in said if p in scanned))):
        said = [p for p in said if p not in scanned] + [joined]  # "两个娃 我一个人带", "我和老公 还有婆婆": one party in pieces
        parties, scanned = [joined], {joined: whole}
    if len(parties) != 1 or _NOT_SCANNED.search(parties[0]):
        return None  # "家里就我们两个人": who lives there
    found, rest = scanned[parties[0]], [p for p in said if p != parties[0]]
    asides = [p for p in rest if not (_WHEN_ONLY.fullmatch(p) or _only_event(p) or JOIN.fullmatch(p) or _who_only(p) or _PUT_RIGHT.fullmatch(p))]
    if any(_NOT_SCANNED.search(p) and not (found.total and RELATIVE.search(p)) for p in asides):
        return None  # talk of home life or someone addressed (not who stays home: "孩子跟奶奶在家")
    if len(asides) > 2 or any(re.search(NUMERAL, p) or QUESTION.search(p) for p in asides):
        return None  # "我家两个孩子 一个上初中一个上小学": the aside counts too
    signs = found.going or room or bool(named_event) or any(_SIGNS_UP.search(p) or _WANTS_TO_COME.search(p) for p in [*all_said, *told.values()])
    if story and not signs:
        return None  # "今天好冷 我们两个人": a story, then a party, and nothing that says coming
    if found.plus and (not signs or asides):
        return None  # "+1 我也是": agreeing; "希望多办点讲座 +1": a wish seconded
    if not signs and not found.total:
        return None  # "我和老公" alone is the older rules' to read
    if found.household and not signs:
        return _party_reading(found.size, False) if not asides else None  # "我们4口人": coming, or who lives there? asked
    if asides and not signs and not (found.total and all(RELATIVE.search(p) for p in asides)):
        return None  # "我们两个人 挺好的": a party beside a remark (not who stays home: "就我自己 老公不爱凑热闹")
    if any(not _ABOUT_THE_DAY.search(p) for p in asked):
        return None  # "两份会不会太多 我家就俩人": a question beside it, about something else
    return _party_reading(found.size, True)


_SELF_ALONE = {"我", "俺", "额", "咱", "本人", "自己"}  # each person counted once: "我 我 老伴" is two (U22 review)


def _one_each(said: list[str], scanned: dict) -> bool:
    """Three persons or more listed apart, each clause one of them and nothing else ("我 老伴 儿子 儿媳妇", "老伴 我 闺女"):
    squeezed together the first two read as one ("我老伴"), so the list is counted clause by clause (U22)."""
    return len(said) >= 3 and len(set(said)) == len(said) and sum(p in _SELF_ALONE for p in said) <= 1 and all(p in scanned and scanned[p].size == 1 and scanned[p].named == 1 and not scanned[p].total for p in said)


# The event named by what it is, whatever its kind ("拉花体验 我和闺蜜", "剪纸\n我和孩子", "披萨试吃我们来俩人", "测血糖血压那个，
# 我和我老伴"): a short topic said first, then the party. A topic names no one, counts nothing and says nothing of the
# member's day, mood or errands ("今天好冷 我们两个人", "火锅吃不动了 我们俩"); said alone it is the event only before a party.
_TOPIC = re.compile(r"(?:[\u4e00-\u9fff]|\d{1,2}(?:公里|km)?|[.]){2,10}?(?:那个|那场|的)?")
_NOT_A_TOPIC = re.compile(r"[我你您他她它俺咱谁哪]|" + RELATIVE.pattern + r"|" + NUMERAL + r"(?:个|位|人|口|份|斤|块|元)|了|过|吗|呢|吧|啊|呀|哈|嘛|想|要|觉得|"
                          r"好|很|挺|不|没|(?<!试)吃|喝|买|回|住|在|给|让|说|看|什么|怎么|天气|冷|热|累|忙|谢|早|晚|收到|可以|行|对|是|也|都|还|就|又|"
                          r"才|刚|已经|一般|大家|群|店|老板|团长|快递|外卖|价|钱|去|玩|逛|[上下加值]班|班上|睡|家|会员|单|续费|航班|票|包裹|卡|大学|反正|其实|本来|可能|应该|估计|肯定|一定|感觉|好像|突然|临时|到时|雨|雪|风|今天|明天|昨天|周|号|点|上午|下午|晚上|岁|月")
_NOT_GOING = re.compile(r"不去|去不|不参加|参加不|来不|不来|退出|去唔|唔去")  # not going (a thing is cancelled, not gone to)
_TOPIC_BEFORE = re.compile(r"(?P<topic>[\u4e00-\u9fff]{2,10}?)(?:的)?(?:我们家|我们|我家|我|俺们|咱们)?(?:就|也|都|还是|只能|只好|这次)*")
_TOPIC_GLUED = re.compile(r"^(?P<topic>[\u4e00-\u9fff]{2,8}?)(?=我们|我家|我和|我跟|我带|俺们|咱们|一家|全家)")


def _is_topic(clause: str) -> bool:
    return bool(_TOPIC.fullmatch(clause)) and not _NOT_A_TOPIC.search(_TOPIC_TAIL_WORDS.sub("", clause)) and not _WHEN_ONLY.fullmatch(clause) \
        and not _NO_EVENT.search(clause) and not _PREDICATE.search(clause)


# How it was or is, told (an event enjoyed, a party's day), and what says coming beside it: without the second, a party
# beside the first is a report, not a sign-up. 凑个热闹 (joining the fun) is coming, not how it was, unless laughed off (U24).
_EXPERIENCE = re.compile(r"得(?:很|真|挺|好|入迷|开心)|精彩|(?<!凑)(?<!凑个)热闹|凑个?热闹(?=哈哈|呵呵|嘿嘿)|开心|不错|好玩|太好|真好|挺好|好棒|真棒|喜欢|过瘾|尽兴|难忘")
_COMING = re.compile(r"这次|这回|下次|要去|想去|(?:一起|一块儿?|都|也)去(?![了过])|一定|必须|报|参加|算上|算我|加我|记上|名额|位置|预约|" + NUMERAL + r"号|周[一二三四五六日末天]|明天|后天")
# Going, then who goes: "我也要去就我一个" (not a place called 就我一个).
_GO_SELF = re.compile(r"去(?=(?:就|只有)?(?:我|我们|俺)(?:一个|" + NUMERAL + r"个|俩|仨|自己))")
# A count denied or the message put right, beside the party said: "不是三个", "更正一下", "写错了".
_PUT_RIGHT = re.compile(r"不是" + NUMERAL + r"(?:个人?|位|人)?|更正(?:一下)?|[写说打记]错了|纠正一下")
# A person named in a list: a name ("孙倩", "老周", "周周") or a name's relative ("老周媳妇", "周丽的妈妈").
_LIST_PERSON = re.compile(r"(?:(?:小|阿)[\u4e00-\u9fff]|[" + SURNAME + r"][\u4e00-\u9fff]{1,2}|老[" + SURNAME
                          + r"]|(?P<dd2>[\u4e00-\u9fff])(?P=dd2))(?:的|她|他)?(?:媳妇|老婆|老公|对象|妈妈?|爸爸?|儿子|女儿|奶奶|爷爷|外婆|外公|姥姥|姥爷|老伴|女朋友|男朋友|闺女|孙子|孙女)?")
# What heads such a list: the event, signing up, or a household ("赵磊一家", "我家").
_LIST_HEADER = re.compile(r".{0,8}?(?:" + _EVENT_KINDS + r"|报名人?|参加人员?|一家|我家|我们家)(?:游|的|三代|四代)?")


# Signing up said as the list's header, first or last: "报名", "报名义诊", "烘焙报名".
_JOIN_HEADER = re.compile(r"(?:" + party.RUN_START + "(?:亲子)?(?:" + _EVENT_KINDS + r")++)?(?:报名|报个名|报上)(?:(?:亲子)?(?:" + _EVENT_KINDS + r")++)?")


def _listed_under_event(parts: list[str], said: list[str]) -> int | None:
    """The persons listed after the event's name, one a clause ("插花课 我 婷婷" 2), under signing up said first or last
    ("报名 周红 周红老公 周红儿子" 3, "陈静 陈静妈妈 报名义诊" 2), or the member listing herself among them ("我、小宝、小宝爸" 3,
    "豆豆、糖糖、还有我" 3): at least two persons, each a name or the member, none twice and nothing else (names alone,
    without the event, signing up or the member, stay asked)."""
    said = [re.sub(r"^(?:还有|和|跟|以及|加上)", "", p) for p in said]
    headed = bool(parts) and _only_event(parts[0]) and len(parts) == len(said) + 1
    headed = headed or len(parts) == len(said) >= 3 and _one_family(said)  # "乐乐 乐乐妈 乐乐奶奶": a household by its names
    if not headed and len(said) >= 3 and len(parts) == len(said) and (_JOIN_HEADER.fullmatch(said[0]) or _JOIN_HEADER.fullmatch(said[-1])):
        said, headed = said[1:] if _JOIN_HEADER.fullmatch(said[0]) else said[:-1], True
    if len(said) < 2 or not (headed or len(parts) == len(said) and "我" in said and len(said) >= 3):  # "我，小李": who she is
        return None
    if not all((_LIST_PERSON.fullmatch(p) and not re.search(r"[了过吗去吃玩你您我们家]", p) and not _WHEN_ONLY.fullmatch(p)) or re.fullmatch(r"我|本人|我自己", p)
               for p in said) or len(set(said)) < len(said) or sum(not _LIST_PERSON.fullmatch(p) for p in said) > 1:
        return None
    return len(said)


# What a household's names share that says nothing by itself: the forms of address and the kin words after a name.
_NOT_ROOT = set("小老阿的妈爸奶爷姥外婆公嫂媳妇对象儿女子")


def _one_family(names: list[str]) -> bool:
    """Whether the names are one household's, by a name they all hold ("乐乐 乐乐妈 乐乐奶奶", "刘敏 刘子涵 刘奶奶":
    the child's name or the surname): a party listed, where names of anyone ("王芳 李强") are only asked."""
    return all(_LIST_PERSON.fullmatch(n) for n in names) and bool(set.intersection(*(set(n) for n in names)) - _NOT_ROOT)


def _names_under_header(said: list[str]) -> int | None:
    """The persons listed under a header, one a clause: "赵磊一家：赵磊、孙倩、赵小满" 3; the header must name the event,
    signing up or a household, and every other clause must be a person (None otherwise: "王芳 李强" alone is asked)."""
    if len(said) < 3 or not _LIST_HEADER.fullmatch(said[0]):
        return None
    names = said[1:]
    if not all(_LIST_PERSON.fullmatch(p) and not re.search(r"[了过吗去吃玩你您我们家]", p) or _ME_OR_MINE.fullmatch(p) for p in names):
        return None
    return len(names) if len(set(names)) == len(names) else None


# The member, or one of her household, as a person of a list: "我", "我妈", "我儿子" ("我们一家三代，我、我妈、我儿子" 3).
_ME_OR_MINE = re.compile(r"我|本人|我自己|我家?(?:妈妈?|爸爸?|" + RELATIVE.pattern + r")")


# Asking the staff to note it down, after the party: "你给我记上", "帮我们登记一下".
_NOTE_IT = re.compile(r"(?:[你您])?(?:给|帮)?(?:我|我们|俺)?(?:记上|记一下|记下|登记一?下?|写上|报上)(?:啊|呀|哈|吧|啦)*")
# Where voice input runs on into the party without a pause: before "那个", "这次", "这回", "我和", "我跟", "我带".
_RUN_ON_PARTY = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?=那个|这次|这回|我和|我跟|我带)")
_HEADS = re.compile(NUMERAL + r"[份件盒箱袋个斤瓶包组套位人口只条]")  # a story counts nothing ("考了一百分" is no count)


def _story_apart(said: list[str], told: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """The clauses of the party without the story told before it and the request to note it after it: "上次的讲座没赶上
    听说讲得特别好 这次说什么也要去 我和老伴两个人 你给我记上" is "我和老伴两个人". The story counts no one (no head
    count in it); voice input run on without a pause is cut where the party starts."""
    pieces = [q for p in said for q in (_RUN_ON_PARTY.split(p) if len(p) > 12 else [p]) if q]
    told = {**told, **{q: q for q in pieces if q not in told}}
    pieces = [re.sub(r"^(?:那个|这次|这回)+(?:的)?", "", q) or q for q in pieces]
    told = {**told, **{q: q for q in pieces if q not in told}}
    scan = lambda q: party.scan(_EVENT_NAME.sub("", q, count=1) or q)  # noqa: E731
    strong = [i for i, q in enumerate(pieces) if (found := scan(q)) and not found.plus and (found.total or found.named >= 2 and found.going)]
    if not strong or len(pieces) < 2:
        return said, told
    last = strong[-1]
    if any(_HEADS.search(q) for q in pieces[:last] if scan(q) is None):
        return said, told  # "三份太多了，我家就两口人": the story counts too: the rules around read it
    after = [q for q in pieces[last + 1:] if not (_NOTE_IT.fullmatch(q) or is_courtesy(q))]
    if len(after) > 1 or after and not _ABOUT_THE_DAY.search(after[0]) and not re.search(r"准备|提前说|通知", after[0]):
        return said, told
    first = last
    while first > 0 and scan(pieces[first - 1]) is not None:
        first -= 1  # "我和对门的王姐刘姐一起，三个人": the party's own pieces before its count
    return pieces[first:last + 1], told


# A household named without its size ("可乐一家", "一家子", "我们全家"): who comes, its size said beside it.
_HOUSEHOLD_NAMED = re.compile(r"[^，,。]{0,4}?(?:一家子|一家人|一家|全家|我们家|我家)")


def _who_only(clause: str) -> bool:
    """A clause that only names who comes, without a size ("我们", "老太太", "可乐一家"): a piece of the party,
    not an aside ("我们。三个。老太太。", "+4 一家子")."""
    return bool(_SOMEONE.fullmatch(clause) or _HOUSEHOLD_NAMED.fullmatch(clause)) and not re.search(r"[你您他她]", clause)


def _party_said(clause: str) -> bool:
    """A party with its size said ("我们两个大人一个孩子", "我们家两大两小", "我和老伴两个人")."""
    return bool(_COUNT_SAID.search(clause) or _FAMILY.search(clause)) and _is_party(clause)


# A hedge said after signing up, about the day rather than the sign-up: "到时候看情况", "有事再说".
_ABOUT_THE_DAY_HEDGE = re.compile(r"(?:到时候|到时|万一|临时)?(?:有事|看情况|看看|再看)(?:再说)?(?:吧)?|到时候再说|"
                                  # "报名两个人，要是突然有事我提前讲": if the day changes, she will say so; the sign-up stands
                                  r"(?:如果|要是|万一)?(?:临时|到时候|到时)?有(?:事|变化|变动|情况)(?:的话)?(?:我|我们)?(?:会|再|就)?(?:提前)?"
                                  r"(?:说|讲|告诉你|通知你?|跟你说|联系你|取消)(?:一声)?(?:吧|哈|啊)?")


# A question about the day, which asks nothing about coming: "几点到店里集合", "需要带什么吗", "坐大巴去吗".
_ABOUT_THE_DAY = re.compile(r"几点|什么时候|啥时候|在哪|哪里|哪儿|集合|带什么|带啥|要带|需要带|准备|(?:可以|能)带(?![孩娃人老朋家宝小外孙闺儿女])|坐|怎么去|怎么走|穿什么|多久|多长时间|结束|开始|地点|地址|停车")

def _aged(clause: str) -> str:
    """Who an age is said of ("大宝6岁" → "大宝", "孩子5岁了" → "孩子"): that person comes; "" when no one
    is named ("5岁"), or the member is ("我60岁了")."""
    mine = re.match(r"[我俺](?![们家])", clause)  # "我女儿12岁": my daughter, still mine ("她自己去" is hers to do then)
    who = RELATIVE.match(re.sub(r"^(?:我家|我们家|俺家|我(?!们)|俺)", "", clause))
    return (mine.group(0) if mine else "") + who.group(0) if who and not re.match(r"[我俺]", who.group(0)) else ""


_NOT_A_NAME_OF_EVENT = re.compile(r"希望|搞|办|组织|想|要|喜欢|觉得|多|好|太|真|没|不|了|吗|呢|我|你|他|她")


def _without_event_name(clause: str) -> str:
    """'周六亲子活动+1' -> '+1'; a wish or a remark before it is more than the event's name ('希望多搞点亲子活动 +1')."""
    match = _EVENT_NAME.match(clause)
    return clause[match.end():] if match and not _NOT_A_NAME_OF_EVENT.search(match.group(0)) else clause


def _only_event(clause: str) -> bool:
    return bool(_EVENT_NAME.fullmatch(clause)) and not JOIN.search(clause) and not SIGNUP_CANCEL_WORDS.search(clause) \
        and _going(clause) is None and not _NOT_A_NAME_OF_EVENT.search(clause)  # "我和老伴去听讲座", "希望多搞点亲子活动": more than its name


# Numbers that are not the party: ages ("孩子5岁", "3岁半的娃"), times, dates, flats, prices.
NOT_PARTY = re.compile(r"(?:一人|每人|一位|每位|人均)(?:" + NUMERAL + r"|[五十百千]+)(?:块钱?|元)?|(?:(?:手机|电话|联系电话)(?:号码?)?)?(?:尾号|后四位|后4位)?[:：]?(?<=[号位机话：:])\d{3,11}|(?:今年|才|已经|刚|刚满|满)?" + NUMERAL + r"(?:(?:周)?岁(?:半|多)?|个多?月大?)(?:了|的)?|"
                        + NUMERAL + r"(?:点半?|点钟|号楼|号|栋|单元|室|楼|元|块钱?)(?![人位个])")
# A clause that only says how old someone is: "孩子5岁", "闺女今年6岁了".
# d28: the old folk's age in tens ("都七十多岁了", "八十出头了", "七十多了"): 多 before 岁, or no 岁 at all where 了 ends it;
# (a clause is read tidied, its 了 gone: so its end too); else "俩老的 都八十多了" was no age, and the party fell to the member and the two she named (3 for the two of them).
# mend-d28: only what the plain age below does not read (a bare "七十岁" is its NUMERAL + 岁, not both).
_OLD_AGE = r"(?:[五六七八九]十|[5-9]0)(?:(?:多|出头|好几)(?:岁|(?=了|$))|(?=了|$))"
# One person's age, once: who, how, the age, then "and" or 了. mend-d28: one repeat of an atomic unit (the same strings as
# the old repeat of repeats, whose two ways to read "七十岁" and splits of a run of ages made a failing clause exponential).
_AGED_ONE = (r"(?>(?:(?:我家?|俺家?)?(?:" + PERSONS + r")|老大|老二|老三|大的|小的|小朋友|一个|他|她)?(?:分别|都|今年|才|已经|刚|刚满|满)?(?:"
             + _OLD_AGE + r"|" + NUMERAL + r"(?:(?:周)?岁(?:半|多)?|个多?月大?))[和、跟]?了?)")
# "分别6岁4岁", "老大10岁老二5岁", "一个5岁一个7岁", "小朋友3岁和5岁": how old, not how many
_AGE_ONLY = re.compile(r"(?:我家|我们家)?" + _AGED_ONE + r"+")
# An age in years (d26: one table, ``signup_checks._AGE`` reads it with its limits, and its number, ``n``), or a baby's in
# months. Counted by its matches (``_ages``): ``findall`` would return the group's text, "" for a baby's months.
AGE_IN_YEARS = r"(?P<n>" + NUMERAL + r")(?:周)?岁"
_AGE = re.compile(AGE_IN_YEARS + r"|" + NUMERAL + r"个多?月")


def _ages(text: str) -> int:
    """How many ages ``text`` says ("老大7岁老二10个月": 2)."""
    return sum(1 for _ in _AGE.finditer(text))
# A total said outright wins over counting the persons named: "…，一共三个", "加我三个".
_PARTY_TOTAL = re.compile(r"(?:一共|总共|共|加我|加上我|连我|算上我|包括我)(" + NUMERAL + r")(?:个人?|位|人)|"
                          r"(?:加我|加上我|连我|算上我|包括我)(?:一共|总共|共)?([俩仨])(?![\u4e00-\u9fff])|"
                          r"人数[:：，,]?(" + NUMERAL + r")(?:个人?|位|人)?(?![\d号点岁])")  # a form filled in: "姓名：周丽 人数：1"


# Regional forms of the words the reader knows: Cantonese 我哋 (我们), 算埋 (算上), 细 (小: 一大一细); Shanghainese 阿拉 (我们).
# d28: not ``regional.WE`` (tried: 阿拉 before any kin but a parent's or a child's word became "we", and a fresh file's
# "替阿拉外公报一个" read 2 out of fold): 阿拉 is "we" here only before a count or 屋里.
_REGIONAL = ((re.compile(r"俺们|我哋|阿拉(?=[一两二三四五六七八九十\d俩仨])|阿拉屋里|(?<=阿拉)屋里"), "我们"), (re.compile(r"算埋"), "算上"),
             (re.compile(r"(?<=[一两二三四五六七八九十俩仨\d])家头"), "个人"), (re.compile(r"侪"), "都"), (re.compile(r"整上"), "报上"),  # 阿拉两家头 (上海), 整上 (东北)
             (re.compile(r"俺家"), "我家"), (re.compile(r"(?<=家)老少(?=" + NUMERAL + r"口)"), ""),  # 俺家老少四口: all of us, old and young
             (re.compile(REGIONAL_CHILD), "孩子"), (re.compile(r"(?<=去)耍(?=$|[，,。\s]|[了哈嘛噻])"), ""),  # 四川: 幺儿 (the youngest), 去耍 (go)
             (re.compile(r"^(?:我们|咱们)?(?:宿舍|寝室|办公室|科室|小组|楼里|楼上|同楼)的?(?=[一两二三四五六七八九十\d俩仨]|老?姐妹)"), "我们"),  # "宿舍三个人一起"
             (re.compile("(" + NUMERAL + ")[大老](" + NUMERAL + ")细"), r"\1大\2小"),
             # 四川: 屋头 (home), 我屋头那个 (my spouse), 要得 (OK); 上海: 覅 (don't); 粤: 计埋 (count in), 同 (and), 个仔 (son), 一齐
             (re.compile(r"屋头那个|屋里头那个"), "家那位"), (re.compile(r"屋头|屋里头"), "家"), (re.compile(r"(?<=[人个位])要得$|^要得(?=.)"), ""),
             (re.compile(r"覅(?=去|来|参加|报)"), "不"), (re.compile(r"计埋|計埋"), "算上"), (re.compile(r"(?<=[我俺])同(?![事学桌乡伴龄志意])(?=个|我|[\u4e00-\u9fff]{1,2}一[齐起])"), "和"),
             (re.compile(r"(?<![一两二三四五六七八九十\d几这那每哪某])个仔(?!细)"), "儿子"),
             # not a count of girls or women: "两个女孩", "一个女的", "三个女生"
             (re.compile(r"(?<![一两二三四五六七八九十\d几这那每哪某])个女(?![儿孩生士人的性同朋])"), "女儿"), (re.compile(r"一齐"), "一起"), (re.compile(r"(?<=[了去来])嗷+$"), ""))
# The staff addressed before what is said to them, without a pause: "小李啊…", "店长 …", "喂喂那个…" (voice input).
_ADDRESSED = _called_first((r"(?:小|老|阿)[\u4e00-\u9fff]|[\u4e00-\u9fff]?(?:" + _TITLES + ")", ""), before=r"那个|我|周|这|明|今|后|下|上")


def _tidy_signup(clause: str) -> str:
    clause = _POLITE_INSIDE.sub("", clause)  # "活动的名额麻烦撤掉": the request's politeness between the thing and the verb
    clause = strip_particles(trim_courtesy("".join(heard_as(squeeze(w), ("报名", "取消")) for w in clause.split())))  # "保名", "取笑"; not across a space ("红包 命苦")
    for pattern, fixed in _REGIONAL:
        clause = pattern.sub(fixed, clause)
    clause = _ADDRESSED.sub("", clause) or clause
    clause = _EVENT_PULLED_OUT.sub(r"\1取消", clause)
    if not _AGE_ONLY.fullmatch(clause):
        clause = NOT_PARTY.sub("", clause) or clause
    for pattern, fixed in _SIGNUP_TYPOS:
        clause = pattern.sub(fixed, clause)
    return clause


_POLITE_INSIDE = re.compile(r"(?<=名额|报名|位置|位子)(?:麻烦|请)(?:你|您)?(?:帮我|给我)?(?=撤|取消|删|退|划|去掉)")


# Who cancels and which event, before the cancel, that name nothing else dropped: the party ("我和老伴都", "我们一家三口"),
# the event ("周六的局", "我们那组"), on someone's behalf ("替李奶奶").
_WHO_AND_WHICH = re.compile(r"[和跟替帮与]|都|也|全部|全都|整个|老两口|两口子|俩口子|夫妻|一家" + NUMERAL + r"口|全家|一家人?|" + NUMERAL + r"(?:个人?|口|位)|俩|仨|那组|组|局|队|" + _EVENT_KINDS
                            + r"|周[一二三四五六日末]|明天|今天|后天|那天")


_YOU_PLEASE = re.compile(r"^(?:你|您)(?=帮我|给我)")
_ON_BEHALF = re.compile(r"^(?:我)?(?:替|帮)(?:我家?)?(?:" + RELATIVE.pattern + r"|[\u4e00-\u9fff]{1,2}(?:奶奶|爷爷|阿姨|姐|哥|叔|大爷|大妈))(?:取消|请假)")  # said for her: SPEAKS_FOR


# Those left doing something of their own among themselves (U26 review: "小王不来了 就剩我们仨打牌", "老赵来不了 我们俩吃饭"): a game
# or the members' own plan, not the event — whoever drops out of it cancels no sign-up.
_LEFT_AMONG_US = re.compile(r"(?:我们|俺们|咱们)(?:" + NUMERAL + r"个人?|[俩仨])?(?:就|先|自己|还)?(?:" + _PASTIME.pattern
                            + r"|打(?:扑克|球)|吃饭|喝酒|喝茶|聚餐|聚聚|约饭|唱歌|逛街)")


def _cancel_of(said: list[str], asked: list[str], told: dict[str, str], parts: list[str]) -> Reading | None:
    """A cancellation: said ("讲座去不了了"), or asked of the staff ("能把我的报名撤掉吗"); sure when any clause
    names the event or the sign-up, or asks for it to be done ("周六去不了 帮我退了": which event, the request says).
    Asked once: whether one may drop out ("活动我不去了可以吗", "我能取消报名吗"), and someone else's word passed
    on ("替刘奶奶说一声 她不去了": the member may have signed her up, or not)."""
    if not said and (leave := _asking_leave(asked)) is not None:
        return leave
    cancels = []
    for part in said:
        if re.search(r"取消了", told[part]) and not re.search(r"[我帮把]|" + _DECIDED + "取消", part):
            continue  # "孩子幼儿园的活动取消了": news, not a request ("只能取消了": hers, decided)
        if match := next((m for m in SIGNUP_CANCEL_WORDS.finditer(part) if _cancels(part, m)), None):
            cancels.append((part, match))  # "去不了了取消吧": not going, then the request; either word may say it
    requests = [p for p in asked if (_CANCEL_ASKED.search(p) or cancels and _MAY_CANCEL.fullmatch(p)) and not _PAST_SIGNUP_NEWS.search(p)]
    if not cancels and not requests:  # "我能取消吗 周六有事": whether she may drop out, her reasons beside it
        return None if any(JOIN.search(p) or _is_party(p) or _COUNT_SAID.search(p) for p in said) else _asking_leave(asked)
    if cancels and not requests and len(stand_in := [p for p in said if _STANDS_IN.fullmatch(p)]) == 1:
        return _party_reading(party_size(re.sub(r"^(?:那|就|换|让|叫)+|[替代]我(?=去|来|参加)", "", stand_in[0])), False)  # "我去不了 我老公去": a new party, not none; asked
    vague = all(_WHEN.search(p[:m.start()]) and not _EVENT_SAID.search(p) for p, m in cancels) and not requests \
        and not any(_STRUCK_OFF.fullmatch(p) for p in said)  # "我明天不去了": the event? ("周六去不了 帮我划掉" asks it done)
    doubt = [p for p in asked if p not in requests]
    if not requests and cancels and all(m.group(0) == "不去" and re.search(r"不去(?![了啦咯喽拉咧嘞喇啰])", told.get(p, p))
                                        and not re.search(r"不去[了啦咯喽拉咧嘞喇啰]", told.get(p, p)) for p, m in cancels) \
            and not any(re.search(r"报|名额|取消|撤|退", p) for p in parts):
        doubt = doubt or ["不去"]  # "讲座我不去 听不懂": not going, said as a plan; whether she had signed up, asked
    if declines("，".join(parts)):
        doubt = doubt or ["不去"]  # "插花课我就不报了，手太笨": deciding not to go, for what she is or needs; had she signed up? asked
    relayed = any(RELAYED.search(p) for p in parts) and not any(_DONE_FOR_THEM.search(p) for p in parts) \
        and not any(_OWN_CANCEL.match(p) for p, _ in cancels)  # "他说太远了 我们这次就不去了": the member's own
    return Reading(SIGNUP_CANCEL, sure=not (doubt or vague or relayed or any(CONDITION.search(p) and not NEXT_TIME.match(p) for p in parts)))


# Not going for what the member is or needs, not for what happened: "手笨", "孩子太小", "怕晕车", "上周刚体检", "家里还有米".
_DECLINE_REASON = re.compile(r"手笨|太小|听不懂|学不会|怕|不感兴趣|没兴趣|不喜欢|用不上|用不着|不需要|没必要|家里还有|刚体检|体检过")
_CANCEL_SAID = re.compile(r"报名|名额|位置|取消|撤|退|划|删|临时|有事|[去来]不了|[去来]不成")


def declines(text: str) -> bool:
    """Whether the message only says not going, decided (就不去了, 还是不参加了, 不报了), beside a reason of the member's own
    kind (手笨, 孩子太小, 上周刚体检) and no word of a sign-up or of something that came up: a decision not to go, which may
    come before any sign-up. The cancel reader asks it (never acts), and the learned partner never settles it."""
    words = squeeze(plain(unquote(text)))
    cancels = list(SIGNUP_CANCEL_WORDS.finditer(words))
    return bool(cancels) and all(m.group(0).startswith("不报") or m.group(0).startswith("不") and re.search(r"(?:就|还是)$", words[:m.start()])
                                 for m in cancels) and bool(_DECLINE_REASON.search(words)) and not _CANCEL_SAID.search(words)


# Asking the staff to strike one off, after saying one cannot come: "帮我划掉", "麻烦帮我删一下".
_STRUCK_OFF = re.compile(r"(?:麻烦)?(?:你)?(?:[帮给]我|把(?:我|俺)(?:的名字?)?)(?:划掉?|删掉?|撤掉?|去掉|取消)(?:一下|了|吧|哈)*")  # "把俺划了吧"
# Someone else going in the member's place: "我老公去", "让我妈去吧", "我老公带孩子去".
_STANDS_IN = re.compile(r"(?:那|就|换|让|叫)*(?:我家?)?(?:" + RELATIVE.pattern + r")(?:[带陪和跟](?:" + RELATIVE.pattern
                        + r"))?(?:替我|代我)?(?:去|来|参加)(?:吧|了|哈)?")  # S25 review: going said after 替我 / 代我, not by them alone
# Someone else's word passed on ("替刘奶奶说一声", "我婆婆说讲座不去了", "王姐让我跟你说"): not the member's own
# cancel to act on (for the learned score's gate too); asking the staff to do it for them is ("帮她取消一下").
RELAYED = re.compile(r"(?:替|帮)[^，,。]{1,6}?(?:说一声|说一下|说下|请假|请个假)|让我[^，,。]{0,5}?说|(?:"
                     + HOME + r"|[她他]|[\u4e00-\u9fff]{1,2}(?:奶奶|爷爷|阿姨|姐|哥|叔|大爷|大妈))说")
_DONE_FOR_THEM = re.compile(r"[帮把给]?[她他](?:的)?(?:报名|名额)?(?:取消|撤|退|删)|帮[她他我]?(?:取消|撤|退|删)")
_OWN_CANCEL = re.compile(r"(?:这次|那|就|还是|所以)*(?:我们|我|俺们|俺|咱们|咱)(?!家?(?:" + HOME + r"))")
# Whether one may drop out, asked: "活动我不去了可以吗", "我能不去了吗", "我能取消报名吗" (not "能帮我取消吗": a request).
ASKS_LEAVE = re.compile(r"(?:不去|去不了|来不了|不参加|取消|退出|撤)[^，,。帮]{0,6}?(?:(?:可以|行|好|能|成)(?:吗|么|不|嘛)|行不行|可不可以|好不好|可以不)"
                        r"|(?:^|[，,])[^，,。帮给把]{0,8}?(?:能|可以|能不能|可不可以)(?:不去|不参加|取消|退出|撤)")
_MAY_I = re.compile(r"(?:能不能|可不可以|能|可以)(?=不去|不参加|取消|退出|撤)|(?:可以|行|好|能|成)?(?:吗|么|不|嘛)$|(?:行不行|可不可以|好不好|可以不)$")


def _asking_leave(asked: list[str]) -> Reading | None:
    """'活动我不去了可以吗': the member's own cancel, asked as whether they may; asked back once."""
    for clause in asked:
        rest = _MAY_I.sub("", clause)
        if ASKS_LEAVE.search(clause) and not re.search(r"帮|给我|把", clause) \
                and (match := SIGNUP_CANCEL_WORDS.search(rest)) and _cancels(rest, match):
            return Reading(SIGNUP_CANCEL, sure=False)
    return None


# Asking the staff to cancel one's sign-up: "能把我的报名撤掉吗", "我那个报名能撤回吗", "报了名的还能撤吗".
_CANCEL_ASKED = re.compile(r"(?:报名|名额|报了名的|报的名|(?:我|我们)报的[^，,。]{1,6}?).{0,4}?(?:能|可以|能不能|可不可以)(?:帮我)?(?:撤|取消|退)|"
                           r"(?:能|可以|能不能|可不可以|麻烦)(?:(?:帮我|给我)?把?(?:我|我的|我那个|我们的?)|(?:帮我|给我)把?)(?:报名|名额)(?:给)?(?:撤|取消|退|删)|"
                           r"(?:能|可以|能不能|可不可以|麻烦)(?:帮我|给我)(?:取消|撤销|撤|退)(?:一下)?(?:我的|我们的?)?(?:报名|名额)")  # "能帮我取消报名吗"
_MAY_CANCEL = re.compile(r"(?:能|可以|能不能)(?:帮我)?(?:取消|撤销|撤|退掉?)(?:一下|了)?(?:吗|么|不)?")  # "周六去不了 能取消吗" (not "能退吗" alone: a return)
_PAST_SIGNUP_NEWS = re.compile(r"[他她]|别人|有人")
_EVENT_SAID = re.compile(EVENT.pattern + r"|局|那场|这场|那组|报|" + _EVENT_KINDS + r"|帮我|给我")


_ALL_OF_THEM = re.compile(r"(?:都|也|全部|全都|就|还是|这次|一起)+$")  # after who drops out: "我们全家都", "俺娘俩也"
# How long who drops out may be, between the event's topic and her cancel ("我们全家都", "我和老公还有俩孩子都"): D25, each
# split of a clause tried once per cancel word in it cost 0.25 s for 280 characters of "帮我划掉".
_WHO_WITHIN = 24


@lru_cache(maxsize=1024)  # D25 review: a run of cancels ("帮我划掉" x 70) asks the same short tails again, 54 ms for 280 characters
def _who_drops(words: str) -> bool:
    """Whether the words between an event's topic and a cancel name only who drops out: the member, her household or her
    party ("运动会|我们全家都|不去了", "赶海|俺娘俩|不去了"), not a thing of hers ("拼多多那单我取消了")."""
    who = _ALL_OF_THEM.sub("", words)
    return bool(re.fullmatch(r"(?:我们|咱们|俺们|我|俺)?(?:全家|一家人?|一家子|家)?", who)) or party.scan(who) is not None


# The member's own decision before a cancel ("只能取消了", "只好退了", "还是取消吧"): hers, whatever came up.
_DECIDED = r"(?:只能|只好|还是|那就|所以|得|只得)"


def _cancels(clause: str, match: re.Match) -> bool:
    before, after = re.sub(r"^(?:算了|还是|那|就|只能|只好|所以|只得)+", "", clause[:match.start()]), clause[match.end():]
    before = re.sub(r"^(?:" + SIGNUP_CANCEL_WORDS.pattern + r")+(?:了|啦)*", "", before)  # "去不了了|取消吧": not going said first
    if re.search(r"[你您](?![帮给把让])", before + clause[match.start():match.start() + 1]):
        return False  # "那天的活动你们不去了": those addressed drop out, not the member
    if re.fullmatch(r"(?:那就|就|麻烦)?[帮替给][她他](?:把)?(?:的)?(?:报名|名额)?", before):
        return bool(re.fullmatch(r"(?:一下|了|吧|掉)*", after))  # "我婆婆说她不去了 帮她取消一下": asked done for her
    if RELATIVE.search(before) and not re.search(r"[帮给替把]|的(?:名额|报名)?$|那个?$|^(?:我|俺)[和跟]",
                                                 re.sub(r"^(?:亲子)?(?:" + _EVENT_KINDS + r")+的?", "", before)):  # "烘焙我和孩子都取消": ours
        return False  # "我老公不去，他要加班": his plans, not a cancellation
    thing = _NOT_SIGNUP_THING.sub("", _WHO_AND_WHICH.sub("", before))
    if thing and (who := _ALL_OF_THEM.sub("", before)) and (found := party.scan(who)) is not None \
            and (found.total or found.named >= 2 or found.household):
        thing = ""  # "俺娘俩都不去了", "我们team五个人都不去了": who drops out is a party of the member's
    named = _TOPIC_BEFORE.fullmatch(before)
    topic = named["topic"] if named and _is_topic(named["topic"]) else \
        next((before[:i] for i in range(max(2, len(before) - _WHO_WITHIN), len(before)) if _who_drops(before[i:]) and _is_topic(before[:i])), "") if thing else ""
    if thing and topic and _is_topic(topic) and not _ELSE_THING.search(topic) \
            and (_NOT_GOING.match(match.group(0)) or not GOODS.search(topic) and not after.startswith("了")):
        thing = ""  # "运动会我们不参加了", "太极班我退出了", "拉花体验取消": the event named by what it is (not goods dropped: "羽绒服我取消了")
    if thing and not re.search(_EVENT_KINDS + r"|报|名额|名字|名单|位置|那天|周[一二三四五六日末]|明天|今天|后天|临时|有事|"
                               r"不好意思|抱歉|生病|发烧|加班|出差|那次|这次", clause[:match.end()]):
        return False  # "我把会员取消了", "自动续费记得取消": something else dropped
    return not _NOT_BEFORE_SIGNUP_CANCEL.search(_EVENT_NAMED.sub("", before)) and bool(
        re.fullmatch(r"(?:了|吧|啊|哈|啦|拉|喇|咧|嘞|啰|咯|掉|我|我的$|一下|(?:我们家?|我家|我)?的?(?:(?:周[一二三四五六日末]|明天|今天|后天|那天|这次)的?)?(?:活动|讲座|课)?(?:报名|名额))*", after))


# The party's size said as its total or its new size, whatever the clauses around it explain: "我们一共三个",
# "人数改成三个", "就我一个", "不是三个是两个", "改成两个人".
_NEW_PARTY = re.compile(r"(?:那就|那|这样|这样就)?(?:我们|我家|我们家|咱们|咱家|人数|报名|名额)?(?:现在)?(?:不是" + NUMERAL + r"(?:个人?|位|人))?"
                        r"(?:一共|总共|共|改成|改为|变成|换成|是|就我|就|只剩我?|就剩我?|只有我)(?:我们)?(?P<n>" + NUMERAL + r")(?:个人?|位|人)")
# "我一个", "我们两个", "就我一个": who comes, counted.
_WE_ARE = re.compile(r"(?:就)?(?:我|我们|咱们|俺们)" + NUMERAL + r"个人?")


_EXPLICIT = re.compile(r"^(?P<name>.{0,6}?)(?:" + NUMERAL + r"(?:个)?[人位]|" + NUMERAL + "大" + NUMERAL + "小)$")


_WHO_OR_HEADS = re.compile(PERSON.pattern + r"|[个位人口]|俩|仨")


def _is_party(clause: str) -> bool:
    """Who is coming and nothing else: '我和老公带娃一起', '我们家3个人', '张阿姨2人', '两个大人一个孩子'."""
    if _HEADCOUNT.fullmatch(clause) or _SEATS.fullmatch(clause):
        return True  # "三口人" said alone: who comes; "一个座位": the seats, by count
    if SIGNUP_NOT.search(clause) or "口人" in clause:
        return False  # "我家六口人挤一个小三居": how many live there
    body = _EVENT_NAME.sub("", clause)
    if _PARTY_TOTAL.fullmatch(body) or _WE_ARE.fullmatch(body):  # "一共三个", "加我三个", "我一个"
        return True
    counted = re.sub(r"^(?:我们家|我家|咱家|我们)", "", body)
    if _FAMILY.fullmatch(counted) or _ADULTS_KIDS.fullmatch(counted):  # "2大1小", "我们家大人两个孩子一个"
        return True
    if (match := _HOUSEHOLD.search(body)) and match.end() == len(body) and match.start() <= 4:  # "乐乐一家三口"
        return True
    if (match := _PAIR.search(body)) and match.end() == len(body) and match.start() <= 4 or re.fullmatch(
            r"(?:我们|咱们)?(?:母子|母女|父子|父女|祖孙|娘|爷|姐妹|兄弟|夫妻)" + NUMERAL + "个人?", body):  # "我们娘仨", "我们母子三个"
        return True
    if _PARTY_WORDS.fullmatch(body) and re.search(r"[和跟带陪加+俩仨]|还有|一起|" + NUMERAL + r"(?:个)?(?:人|位|大人)|"
                                                  + NUMERAL + "大|^(?:我们|咱们)" + NUMERAL + "个$", body):
        return body != "我去" or body != clause  # persons joined ("我和老公", "我带孩子去") or counted ("我们家3个人")
    if (match := _EXPLICIT.match(body)) and not re.search(r"[了过吗去吃玩]", match["name"]):
        return True
    return (_listed_party(body) or 0) >= 2 and not re.search(r"[了过吗去吃玩你您]", body) and bool(_WHO_OR_HEADS.search(body))  # "两口子带俩娃": every piece a person or a count


def _signup_chain_line(text: str) -> Reading | None:
    """'6. 小宝妈 2人', '12、周周妈妈 带两个孩子', '5. 朵朵妈 取消': one's own line of a sign-up 接龙."""
    match = _SIGNUP_CHAIN.match(text)
    if match is None or "\n" in text:
        return None
    tail = squeeze(match["tail"])
    if SIGNUP_CANCEL_WORDS.fullmatch(tail):
        return Reading(SIGNUP_CANCEL)
    if tail and not (_PARTY_WORDS.fullmatch(tail) or tail.isdigit() or tail.startswith("+")):
        return None
    people = (number(tail) if tail.isdigit() else party_size(tail) if tail and not tail.startswith("+")
              else 1 + len(re.findall(r"\+", match["name"] + tail)))
    return _party_reading(people, True)


def _party_reading(people: int | None, sure: bool) -> Reading | None:
    return Reading(SIGNUP, people, sure=sure) if people and 1 <= people <= MAX_AMOUNT else None


_FAMILY = re.compile(_Q + r"[大老]" + _Q + r"小")  # "2大1小", "一老一小"
_HEADCOUNT = re.compile(_Q + r"口人")  # "我们家三口人" alone says who lives there (the corpus: chat)
_LITTLE = CHILD + r"|儿童|小朋友|小的"
# u27: the old folk counted as the grown-ups beside the children ("三个老的一个小的", "俩老人家三个小的": 老的, 老人家, 老年人)
_GROWN = r"大人|成人|大的|老的|老年人|老人家?"
_ADULTS_KIDS = re.compile(_Q + r"个?(?:" + _GROWN + r")[^，,。]{0,4}?" + _Q + r"个?(?:" + CHILD + r"|小朋友|小的)|大人" + _Q + r"个(?:" + CHILD + r")" + _Q + "个|"
                          r"(?:大人|成人)" + _Q + r"(?:个|位)?[，,]?[^，,。\d]{0,2}?(?:" + CHILD + r"|儿童)" + _Q + "(?:个|位)?|"  # "成人2 儿童1"
                          # each kind then its count, either first, apart or glued ("大人三个，小朋友两个", "娃俩 大人也俩", U18)
                          r"(?:大人|成人|大的)(?:也|是)?" + _Q + r"(?:个|位)?[，,\s]*(?:" + _LITTLE + r")(?:也|是)?" + _Q + r"(?:个|位)?|"
                          r"(?:" + _LITTLE + r")(?:也|是)?" + _Q + r"(?:个|位)?[，,\s]*(?:大人|成人|大的)(?:也|是)?" + _Q + r"(?:个|位)?")
# A household and its size: "一家三口", "我们家三口", said with 子/人 or a pause between ("咱们一家子五口", "巴图家 五口", "一家子都去
# 四口", "俺家四口子", U18), or 俩/仨 alone ("我们一家仨", U21); not 口 of 一口气, 一口饭.
_HOUSEHOLD = re.compile(r"(?:一家|(?:我们|咱们|俺们|[我咱俺]|[\u4e00-\u9fff]{2,3}?)家|全家)(?:子|人)?(?:[，,\s]*(?:都|也)?(?:去|来|报名?)?[，,\s]*)?"
                        + _Q + r"(?:口(?![气饭水味袋罩红号岸])|(?<=[俩仨])" + party.PAIR_COUNT_ALONE + ")")  # "我们一家仨" (U21)
_PAIR = re.compile(r"(?:^|[，,]|我们|咱们?|我|他们|她们|夫妻|母女|父女|母子|父子|姐妹|爷孙|祖孙|奶孙|婆孙|婆媳|姑嫂|姐弟|兄妹|兄弟|娘|爷|(?:我|咱|俺)们?家)(俩|仨)(?!口子|娃|孩子|宝|小孩|老人|外孙|孙|闺女|儿子|女儿)|(老两口|两口子|俩口子)")  # "仨" alone too
_PEOPLE = re.compile(_Q + r"(?:个)?(?:大人|人|位)|(?:报|算我们|去|来|占|蹲|留)" + _Q + r"个|(?:去|来|报)([俩仨])(?=$|[，,。\s])|" + _Q + r"个?(?:名额|位置|座位?|位子)|(?<![\u4e00-\u9fff])" + _Q + r"个$")


_COUPLE = re.compile(r"夫妻|两口子|俩口子")
# Bringing someone with no one else named first: the member comes too ("带上老公一起去", "报名，带孩子", "和闺蜜").
_BRINGING = re.compile(r"(?:^|[，,]|报名|报个名|算上?)(?:带上|带着|带|陪着|陪|和|跟)(?!我)")
# A person's name in a list: a surname and one or two characters ("王芳", "张建国") or a form of address
# ("刘阿姨"); not the everyday words a surname starts ("周日", "高兴", "孙子", "方便").
_NAME = re.compile(r"[" + SURNAME + r"][\u4e00-\u9fff]{1,2}|" + KIN)
_NOT_NAME = re.compile(PERSONS + r"|[报名去来了的人个位号天日月年点时我你他她们家娃吗呢吧啊哈好便兴些样么]|周[一二三四五六末]")


# Someone of the household joined to the member, called by a word no list holds ("我跟我家老者", "我同我屋里头那位"): one
# person, whatever the word (the member's own household said before it), counted once beside the kin the lists know.
_HOUSEHOLD_SOMEONE = re.compile(r"(?:(?<=[我俺咱])(?:和|跟|同|带着?|陪)|(?:再加|加上|外加))(?:我家|我们家|俺家|咱家|我屋里)(?:的|头的?)?(?![那这人里边的一两二三四五六七八九十俩仨几狗猫])[\u4e00-\u9fff]{1,2}?"
                                r"(?=$|[，,、。！!\s]|一起|都|也|去|来|报|[两俩二]个)")
_JOINED_NAME = re.compile(r"(?:和|跟|带着?|还有|陪)([" + SURNAME + r"][\u4e00-\u9fff]{1,2}|(?P<dd>[\u4e00-\u9fff])(?P=dd)|[小阿][\u4e00-\u9fff])"
                          r"(?=$|[，,、和跟带还])")  # "我和王芳", "算我跟妞妞", "我和小雨"


def _listed_names(text: str) -> list[str]:
    """The names a sign-up lists apart ("报名：王芳 李强"), each its own clause."""
    return [w for w in re.split(r"[，,、\s]+", text) if _NAME.fullmatch(w) and (not _NOT_NAME.search(w) or re.fullmatch(KIN, w))]
# Two people named in one word: "爸妈", "公婆", "爷爷奶奶".
_PARENTS = re.compile(r"爸妈|父母|公婆|岳父母|爷爷奶奶|奶奶爷爷|外公外婆|姥姥姥爷|姥爷姥姥")
_SPOUSES = {"老公", "老婆", "爱人", "先生", "太太", "对象", "老伴", "老头子"}
# A sign-up done for others: "帮我妈报名", "给我家两个孩子报名".
_SIGNED_UP_FOR = re.compile(r"[帮给替](?:我|隔壁)?家?(?:" + RELATIVE.pattern + "|" + _PARENTS.pattern + r"|.{1,4}奶奶|.{1,4}爷爷|她|他|"
                       + NUMERAL + r"个" + _CHILDREN + "|[俩仨]" + _CHILDREN + ")")
# The member herself, not the first word of a relative she names ("我老公带孩子去": his and the child's).
_ME_NOT_KIN = re.compile(r"[我咱俺](?!家?(?:" + RELATIVE.pattern + r"|[爸妈](?![妈爸])))")


_PEERS = re.compile(NUMERAL + r"个(?:老?姐妹|朋友|同事|同学|邻居|闺蜜|好友|小?伙伴|老伙伴)")
# Her whole party (d29: ``HER_ALONE``'s strict form, for it settles the party at one before anything else is read).
_ONLY_ME = re.compile(r"(?:就|只有|只)我(?:自己|一个人?)|^我自己$|(?:^|[，,])就我$")
# The pieces of a party listed one by one ("报名 朵朵妈 朵朵 朵朵爸", "我们两口子带俩孩子", "大人一个 孩子两个",
# "Kiki 阿鑫"), each a count of people, the member, a relative or a name, and what joins them.
_GROUPS = ((re.compile(r"(?:我们|俺们|咱们|咱|俺|我)?(?:老两口|两口子|俩口子|夫妻俩?)"), 2), (re.compile(_PARENTS.pattern), 2),
           (re.compile(r"(?:我家)?双胞胎(?:儿子|女儿|闺女|孩子|宝宝|宝贝|娃|外孙女?|孙子|孙女)?"), 2))
# A child or grandchild by rank, not by count (``people.NOT_RANKED``, shared with the party scan).
_RANKED = NOT_RANKED
_RANKS = "大小二三四老幺"
# A count of people of a kind ("两个孩子", "孩子两个", "俩娃") adds to the others named; a bare head count
# ("两个人", "三个", "我们俩") is the party's total, whoever is named beside it ("我和老伴两个人").
_KINDS = r"(?:大人|成人|" + CHILD + r"|小朋友|儿童|男孩|女孩|老人|学生|同事|朋友|闺蜜|老?姐妹|同学|邻居|好友|小伙伴|外孙女?|外甥女?|侄子|侄女|孙子|孙女|闺女|儿子|女儿)"
_COUNTED = re.compile(_RANKED + r"(?P<n>" + NUMERAL + r")(?:个|位)?" + _KINDS + r"|(?:大人|成人|" + CHILD + r"|男孩|女孩|老人|小朋友)(?P<m>" + NUMERAL
                      + r")(?:个|位)?(?!人)|(?P<k>俩|仨)(?:" + CHILD + r"|宝|外孙女?|孙子|孙女|闺女|儿子|女儿)")
# "We" right before a count of grown-ups or children ("我们三个大人一个小孩", "咱们两个大人三个娃"): the counts of kinds that
# follow are the party, not "we two" then more (d27; s26 left it read 2 for 4).
_WE_BEFORE_KINDS = re.compile(r"(?:我们|俺们|咱们)(?=(?:" + NUMERAL + r")(?:个|位)?(?:大人|成人|老人|" + CHILD + r"|小朋友|儿童|男孩|女孩))")
# u27: a count right before the grown-ups counts them, not the party ("我们三个大人一个小孩": three grown-ups of four); the
# kinds then read it (``_ADULTS_KIDS``), "我们两个大人" alone is still two (``_PEOPLE``).
_KIND_NEXT = r"(?!大人|成人|大的|(?:老的|老年人|老人家?)[^，,。]{0,2}?" + NUMERAL + r"个?(?:" + CHILD + r"|小朋友|小的))"
_HEADS_SAID = re.compile(r"(?:一家|全家)(?P<h>" + NUMERAL + r")口人?|(?:我们|俺们|咱们|我)?(?:一家子?|全家|一家人)(?P<f>" + NUMERAL + r")(?:个人?|位|人)|(?:我们|俺们|咱们|我|咱|俺)?(?P<n>" + NUMERAL + r")(?:个人|个|位|人)?(?![\u4e00-\u9fff])|"
                         r"(?:我们|俺们|咱们|我|咱|俺)?(?P<p>" + NUMERAL + r")(?:个人|个|位|人)" + _KIND_NEXT)
_ME = re.compile(r"(?:我|俺)(?!们)(?:自己|一个人?)?|本人|自己")
_ONE_PERSON = re.compile(r"(?:我家?|我们家|俺家?)?(?:" + RELATIVE.pattern + r"|老人|好?朋友|老?姐妹|好友|小?伙伴|老乡)")
_NAMED = re.compile(r"[a-z]{2,12}(?![a-z])|(?:(?:小|阿)[\u4e00-\u9fff]|(?P<dd>[\u4e00-\u9fff])(?P=dd)|[" + SURNAME + r"][\u4e00-\u9fff]{1,2})"
                    r"(?:妈妈?|爸爸?|奶奶|爷爷|姥姥|姥爷|外婆|外公)?(?=$|[，,、和跟带陪还加])")
_NOT_A_NAME = re.compile(r"[报名去来了的人个位号天日月年点时我你他她们家吗呢吧啊哈好便兴些样么看想说听等走试谢嘻呵嗯]|周[一二三四五六末]")
# u27: the first piece of persons joined by plus signs, a name no table holds (a Tibetan, Mongolian or Yi given name: "卓玛+尕娃"),
# where every piece after it is a person: none a word of signing, time or chat, not the event's kind. Mend u27: the name is
# written in a name's sound characters (``people.SOUNDED_NAME``), not any two to four characters ("晚安+宝宝", "房贷+孩子",
# "辛苦+老伴" were sign-ups of two).
_BARE_NAME = re.compile(r"(?!(?:亲子)?(?:" + _EVENT_KINDS + r"))(?=(?:(?!" + _NOT_A_NAME.pattern + r")[\u4e00-\u9fff]){2,4}$)(?:" + SOUNDED_NAME + ")")
# Who someone is to the member, said before their name: "同事小李", "我闺蜜小红", "邻居王姐".
_TITLE = re.compile(r"(?:我的?)?(?:同事|好?朋友|闺蜜|邻居|同学|老乡|好友|室友|舍友|老?姐妹|小?伙伴)")
_JOINING = re.compile(r"[，,、+&]|和|跟|带上|带着|带|陪着|陪|还有|加上|加|以及|一起|都|也|着|的")
_SIGNING = re.compile(r"报名|报个名|报上|报|参加|算上?|去|来|[:：]")




def _listed_party(text: str) -> int | None:
    """The party counted piece by piece when every piece of it is a count, the member, a relative or a name
    (None when any piece is something else: the other rules read it)."""
    rest = _WE_BEFORE_KINDS.sub("", _SIGNING.sub("", text))
    total, said, me, at, added, adults = 0, 0, False, 0, False, False
    joined_first = bool(re.match(r"[，,、]*(?:带|陪)", rest))  # "带老人一个": and I
    while at < len(rest):
        if match := _JOINING.match(rest, at):
            at = match.end()
        elif size := next((size for pattern, size in _GROUPS if (match := pattern.match(rest, at))), 0):
            total, at = total + size, match.end()
        elif (match := _COUNTED.match(rest, at)) and (value := number(next(g for g in match.groups() if g))) \
                and match["m"] and re.search(r"[和跟与]$", rest[:at]):
            total, said, at = total + 1, max(said, value), match.end()  # "我和孩子两个": the child, and two in all
        elif (match := _COUNTED.match(rest, at)) and (value := number(next(g for g in match.groups() if g))):
            total, at = total + value, match.end()
            adults = adults or bool(re.search(r"大人|成人", match.group(0)))  # "我报名，两个大人一个小孩": I am one of them
        elif (match := _ONE_PERSON.match(rest, at) or _NAMED.match(rest, at)) \
                and not (match.re is _NAMED and (_NOT_A_NAME.search(match.group(0)) or _EVENT_NAMED.fullmatch(match.group(0)))):  # "DIY报名": the kind, no name
            total, at = total + 1, match.end()
            if (_TITLE.fullmatch(match.group(0)) or match.re is _ONE_PERSON) and (name := _NAMED.match(rest, at)) \
                    and not _NOT_A_NAME.search(name.group(0)) and not _ONE_PERSON.match(rest, at):  # "孙子孙女": two
                at = name.end()  # "同事小李", "邻居王姐", "我儿子陈浩宇": who and their name, one person
        elif (match := _ME.match(rest, at)) and not re.match(r"(?:我|俺)(?:俩|仨|[两二三四五六七八九十\d]+个)", rest[at:]):
            me, at = True, match.end()
            added = added or bool(said) and bool(re.search(r"(?:加上?|还有|再加|带上|外加)$", rest[:match.start()]))  # "两个 加我"
        elif (match := _HEADS_SAID.match(rest, at)) and (value := number(match["n"] or match["p"] or match["h"] or match["f"])):
            said, at = max(said, value), match.end()
        else:
            return None
    if said:
        return said + added
    people = total + ((me or joined_first) and not adults)
    return people if total or me else None


# A head count said outright: "三个人", "两位", "+2", "报名两个", "报2" (not "两个孩子", "两个大人").
_HEAD_TOTAL = re.compile(r"(?P<n>" + NUMERAL + r")(?:个人|人|位)(?!大人|家)|(?:^|[，,])\+(?P<p>\d{1,2})(?=$|[，,])|(?:报名?|算我们|我们|咱们|俺们)[:：]?(?P<r>" + NUMERAL + r")(?:个|名)?(?=$|[，,])")


# The member and one other said by the pair they make, without a count: "我们父子", "咱们母女" (with one, "父子俩", read above).
# Only after 我们/咱们/俺们: "帮我兄弟报一个", "我姐妹也报名" name one person (a brother, a close friend).
# A count said before a word for kin together, the member among them: "三母女" (a mother and two daughters), "我们三姐妹",
# "俺仨兄弟" — so many, whatever the pair word (U16; "两公婆", "两母女" are ``_PAIR_WHOLE``'s). Not after bringing ("带三姐妹").
_KIN_COUNTED = re.compile(r"(?<![带陪着上给帮替\d一二两三四五六七八九十])(?P<we>我们|我哋|俺们|咱们|我|俺)?(?P<n>[三四五六])(?:母女|母子|父子|父女|姐妹|兄弟|姊妹|姐弟|兄妹|婆媳|祖孙|爷孙|奶孙|婆孙|妯娌|娘母|爷子)"
                          r"(?![俩仨两三四五六\d]|[一二三四五六]个|[都也]?(?:是|有|在|不|没))"
                          r"(?(we)|(?=报|去|来|参加|一起|都|也|想|要|$|[，,。！!\s]))")
_WE_PAIR = re.compile(r"(?:我们|咱们|俺们)(?:父子|母女|母子|父女|婆媳|姑嫂|姐妹|兄弟|姐弟|兄妹|祖孙|爷孙|奶孙|婆孙|夫妻)(?![俩仨两三四五\d]|[一二三四五六]个)")


# A pair word that sums up the member and one other, said with no count after it: Cantonese 两公婆 (husband and wife), 小两口,
# Sichuanese 两爷子 / 两娘母 (a parent and child), 两母女; or a couple's word after those it sums up ("我和老伴两口子"): two, not
# two more (not after bringing or signing up others: "带上老两口", "帮我爸妈老两口报名" is the rules' 2 without her).
_PAIR_WHOLE = re.compile(r"(?<![带陪着上给帮替])(?:我们|我哋|俺们|咱们|我|俺)?(?:小两口|两公婆|两夫妻|两夫妇|夫妻俩|夫妇俩|两爷子|两爷崽|两娘母|两娘崽|"
                         r"两母子|两父子|两母女|两父女|两爷孙|两婆孙|两祖孙|两奶孙|两婆媳)(?![俩仨两三四五六\d]|[一二三四五六]个)|"
                         r"(?<=[我俺])(?:和|跟|同)?(?:老伴|老公|老婆|爱人|先生|媳妇|对象|老头子?|老太婆)(?:老两口|两口子|俩口子)")


_ME_ALONE_BRINGING = re.compile(r"[我俺](?:自己)?一个(?:人|大人)(?:来)?带")
# Those named before, brought by the member by count: "我带他们俩", "我一个人带她们两个".
_BROUGHT_THEM = re.compile(r"(?:我|俺)(?:一个人)?(?:带|陪)(?:着|上)?(?:他们|她们|他|她)(?P<n>俩|仨|" + NUMERAL + r"(?=个))")


_WHOSE_HOUSEHOLD = re.compile(r"(?:" + RELATIVE.pattern + r")家的?(?=" + NUMERAL + r"个|俩|仨|孩子|娃|小孩|宝宝|闺女|儿子|女儿)")


_BRINGS = re.compile(r"(?:都|也|一起|一块儿?)*(?:带|领|陪)(?:着|上|个)?(?P<who>.*)")
_ONE_BROUGHT = re.compile(r"(?:我家|我们家|俺家)?的?(?:" + _CHILDREN + r"|[她他](?!们))")


def _brought_after(after: str) -> int:
    """Those a pair brings, said right after it ("两口子带孩子" 1, "我俩带着俩娃" 2, "我俩带她去" 1); 0 when nobody is."""
    if not (brings := _BRINGS.match(after)):
        return 0
    who = brings["who"]
    if kids := sum(number(m.group(1) or m.group(2)) or 0 for m in _KIDS.finditer(who)):
        return kids
    return 1 if _ONE_BROUGHT.match(who) else len(RELATIVE.findall(who))


# d28: a child left with someone who minds it ("小的给她外婆带", "孩子放家里我妈看着", "宝宝他爷爷带" beside "就我一个"): neither the
# child nor who minds it comes. A clause of its own: the child, where it is left, the minder, 带/看/管 at the clause's end.
_MINDER = r"(?:我|他|她|孩子他|孩子她|娃他|娃她)?(?:婆婆|家婆|奶奶|阿奶|阿嬷|外婆|姥姥|爷爷|外公|姥爷|公公|老公|爸爸?|妈妈?|老汉|老倌|屋里人|家里人)"
_MINDED = re.compile(r"(?<![^，,。！!\s])(?:" + CHILD + r"|老[二三四]|小的)(?:就|先)?(?P<left>放在?(?:家里?|屋头|屋里)|给)?"
                     + _MINDER + r"(?:在家|在屋头|在屋里)?(?:带|看|管)(?:着|一下)?(?=[，,。！!\s]|$)")
# She comes alone, said beside it: then a minder with no word of where the child is left minds it at home too. d29: the shared
# ``HER_ALONE`` with her "one" said without 人 ("我一个去") and 自己 only as hers (我自己: "我们自己带水" brings things).
_ALONE_SAID = re.compile(r"(?!自己)(?:" + HER_ALONE + r")|我自己|我一个")


def _without_minded(text: str) -> str:
    """``text`` without a clause that leaves a child with someone minding it (``_MINDED``): said with where or to whom it
    is left, or beside her coming alone; "报个名 娃三岁 孩子他爸带" (its father brings it) stays."""
    if "带" not in text and "看" not in text and "管" not in text:
        return text
    alone = bool(_ALONE_SAID.search(text))
    return _MINDED.sub(lambda m: "" if m["left"] or alone else m.group(), text)


def party_size(text: str) -> int | None:
    """How many people a sign-up is for: '3个人' 3, '2大1小' 3, '一家三口' 3, '我们俩' 2,
    '我和老公还有两个孩子' 4, '帮我妈报名' 1, else 1."""
    text = _without_minded(text)  # mend-d28: before squeezing, whose spaces are what mark a minded clause's start
    text = re.sub(r"我是[^，,。]{1,6}", "我", squeeze(text))  # "我是张阿姨": who I am, not who comes
    if (total := _total_stated(text)) is not None:
        return total
    if _ME_ALONE_BRINGING.search(text) and (kids := 2 * ("双胞胎" in text) + sum(number(m.group(1) or m.group(2)) or 0 for m in _KIDS.finditer(text))):
        return kids + 1  # "双胞胎报名 我一个人带", "两个娃 我一个大人带": the children, and the member bringing them
    if len(heads := {number(m["n"] or m["p"] or m["r"]) for m in _HEAD_TOTAL.finditer(text)}) == 1 and not _COUNTED.search(_HEAD_TOTAL.sub("", text)):
        return heads.pop()  # "我们三个人都去 我女儿我外孙还有我", "我带孙子去 祖孙两个": a head count said is the total
    if brought := _BROUGHT_THEM.search(text):
        return (number(brought["n"]) or 0) + 1  # "我带他们俩": the two named before, and the member
    if pair := _PAIR_WHOLE.search(text):
        return 2 + _brought_after(text[pair.end():])  # "我哋两公婆带个细路"
    if kin := _KIN_COUNTED.search(text):
        return number(kin["n"]) + _brought_after(text[kin.end():])  # "三母女报名" 3, "我们三姐妹带个娃" 4 (U16)
    if _WE_PAIR.search(text):
        return 2  # "我们父子报个名", "咱们母女" (a total said wins: "我们母女和外婆一共三个人" 3)
    if _ONLY_ME.search(text):
        return 1  # "我报个名，就我自己，孩子上课去不了"
    if (listed := _listed_party(text)) is not None:
        return listed
    for pattern in (_FAMILY, _ADULTS_KIDS):
        if match := pattern.search(text):
            grown, small = (number(g) for g in match.groups() if g)  # either alternative's two groups
            return grown + small if grown is not None and small is not None else None
    if match := _HOUSEHOLD.search(text) or _HEADCOUNT.search(text):
        return number(match.group(1))
    if match := _PAIR.search(text):
        if match.group(2) and (kids := [m for m in _KIDS.finditer(text)]):
            return 2 + sum(number(m.group(1) or m.group(2)) or 0 for m in kids)  # "两口子带两个孩子": the two, and the children
        return (number(match.group(1) or "") or 2) + _brought_after(text[match.end():])  # "我们俩带孩子去" 3
    if match := _PEOPLE.search(text):
        return number(next(g for g in match.groups() if g))
    if match := _WE_COUNT.search(text):  # "我们两个", "我们楼三个老姐妹"
        return number(match.group(1))
    if (match := _HOME_COUNT.search(text)) and len(_ANY_COUNT.findall(text)) == 1:
        return number(match.group(1))
    if (names := len(_listed_names(text))) >= 2:
        return names  # "报名：刘敏 张伟 张小宝": each name one person
    text = _WHOSE_HOUSEHOLD.sub("", text)  # "给我邻居家两个孩子报手工课": the neighbour's children, not the neighbour
    kids = sum(number(m.group(1) or m.group(2)) or 0 for m in _KIDS.finditer(text))
    pairs = 2 * len(set(_PARENTS.findall(text)))  # "我带我爸妈": two people in one word
    named = set(RELATIVE.findall(_PARENTS.sub("", _KIDS.sub("", text))))
    named -= {w for w in named if any(o[1:] == w and o[0] in _RANKS for o in named)}  # "俺小孙子 孙子练了两年字": one grandson (U24)
    relatives = pairs + len(named)
    relatives += len({m for m in (j.group(1) for j in _JOINED_NAME.finditer(text)) if not _NOT_NAME.search(m) and not RELATIVE.fullmatch(m)})  # "我和王芳"
    relatives += sum(1 for m in _HOUSEHOLD_SOMEONE.finditer(text) if not RELATIVE.search(m.group(0)[1:]))  # "我跟我家老者" (U16)
    if _SIGNED_UP_FOR.search(text):
        return max(1, relatives + kids)  # "帮我妈报名", "给我家两个孩子报名": for them, not for me
    if joined := re.findall(r"\+(?=\D)", text):
        return 1 + len(joined)  # "兰兰+宝宝"
    # "我老公带孩子去": his and the child's, not mine; "我和我老公": mine too
    me = 1 if _ME_NOT_KIN.search(text) or not relatives or _BRINGING.search(text) else 0
    if kids and not relatives and not re.search(r"[我咱俺]", text) and _PEERS.search(text):
        me = 0  # "班上8个同学报名": the peers counted are the party, the member among them or not
    if _COUPLE.search(text):  # "我们夫妻带孩子": the two of us, and whoever else is named
        return 2 + kids + len(set(RELATIVE.findall(text)) - _SPOUSES)
    return me + relatives + kids


# --- one's line of a sign-up 接龙 -----------------------------------------------------------------------
_LINE_SPLIT = re.compile(r"(?P<name>\S+?)(?:\s+|(?=\+)|(?=" + NUMERAL + r"(?:大|个?人|位)))(?P<tail>.*)$")


def line_party(body: str) -> Reading | None:
    """What one's own line of a sign-up 接龙 says, after its number: a party ("小美 2人", "周周 2大1小", "阿芳 一家三口",
    "豆豆妈+豆豆", "乐乐和外婆", "兰兰 2"), a cancellation ("朵朵妈 取消"), or None when the line says no party the
    reader knows (the list's own count then stands)."""
    body = plain(body).strip()
    match = _LINE_SPLIT.match(body)
    name, tail = (match["name"], squeeze(match["tail"])) if match else (body, "")
    if tail and SIGNUP_CANCEL_WORDS.fullmatch(tail):
        return Reading(SIGNUP_CANCEL)
    if tail.isdigit():
        return _party_reading(int(tail), True)
    if tail and (_is_party(tail) or _HOUSEHOLD.search(tail) or _FAMILY.search(tail) or tail.startswith("+")):
        people = party_size(tail) if not tail.startswith("+") else 1 + tail.count("+") + name.count("+")
        return _party_reading(people, True)
    if not tail and re.search(r"[和跟带+&]|还有", name) and (people := _listed_party(name)) is not None:
        return _party_reading(people, True)  # "乐乐和外婆", "豆豆妈+豆豆": the persons joined
    if not tail and (_PAIR_WHOLE.search(name) or _PAIR.search(name)) and (people := party_size(name)) >= 2:
        return _party_reading(people, True)  # "小周两口子", "老王夫妻俩": the line's name is a pair (U16)
    if (joined := _LINE_JOINED.fullmatch(tail)) and (people := party_size("我和" + joined["who"])) >= 2:
        return _party_reading(people, True)  # "细妹 同我阿妈", "小李 和她妈": the name and whom she comes with (U16)
    return line_told(name, tail)


# Whom the line's name comes with, said after it: "同我阿妈", "和她妈", "跟老公".
_LINE_JOINED = re.compile(r"(?:和|跟|同|与)(?P<who>[\u4e00-\u9fff]{1,5})")


# --- what ``signup_parties`` reads with (the party listed piece by piece, tried when the rules read nothing) -----------


def nobodys(text: str) -> bool:
    """Whether the message is nobody's sign-up whatever its words name (``_nobodys``)."""
    return _nobodys(text)


def folded(text: str) -> str:
    """The message as the rules read its words: decoration off, pinyin, English and dialect written as they know them."""
    words = _from_english(_from_pinyin(_pinyin_counts(plain(_crossed(unquote(text))))))
    return _dialect_folded(_ERHUA.sub("", words))


def when_only(piece: str) -> bool:
    """A piece that only says when ("周六", "下午那场")."""
    return bool(_WHEN_ONLY.fullmatch(piece))


def list_person(piece: str) -> bool:
    """A person named in a list: a name or a name's relative ("孙倩", "老周媳妇", "周丽的妈妈")."""
    return bool(_LIST_PERSON.fullmatch(piece))


_NOT_AN_EVENT = re.compile(r"[我你您他她它俺咱谁哪了过吗呢吧不没]|希望|[搞办]|组织|喜欢|觉得|期待|盼")  # "希望多搞点亲子活动 +1": a wish
# Making or doing something with goods, by the verb said right before them ("扎灯笼", "做月饼", "炒茶", "冬至包饺子", "年货节试吃"):
# a class or an outing; buying, eating or fetching them ("买年货", "吃月饼") is none.
DOING_VERBS = "包做捏烤蒸煮炸编插画剪贴写腌酿揉擀切摘采种挖搓串拌熬煎烙炒扎染织绣泡冲品尝学"
_DOING_WITH_GOODS = re.compile(r"[" + DOING_VERBS + r"](?=" + GOODS.pattern + ")|试吃|试食|品尝")


def event_topic(topic: str) -> bool:
    """Whether a short piece names what an event is: a kind of event, or a topic ("行山", "写春联", "博饼", "剪窗花"), not
    agreeing, another body's business, the job's, a body's state, a habit, or goods bought (goods something is done with, 包饺子,
    are a topic)."""
    if _AGREEING.search(topic) or _ELSE_THING.search(topic) or _NO_EVENT.search(topic) or _PREDICATE.search(topic) or _NOT_AN_EVENT.search(topic):
        return False
    if GOODS.search(topic):
        if not _DOING_WITH_GOODS.search(topic) and not _EVENTISH.search(topic):
            return False  # "年货", "饺子": goods; "冬至包饺子", "年货节试吃", "做月饼": something done with them
        topic = GOODS.sub("物", topic)  # the goods' own characters say nothing of the day ("月饼" is no month)
    return _is_topic(topic) or bool(_TOPIC.fullmatch(topic) and _EVENTISH.search(topic))


def eventish(topic: str) -> bool:
    """Whether a topic is called by an event's kind (…会, …赛, …班, 体验, 参观, 瑜伽): before a bare plus, the event's places."""
    return bool(_EVENTISH.search(_TOPIC_TAIL_WORDS.sub("", topic))) and not _AGREEING.search(topic)


_TOPIC_TAIL_WORDS = re.compile(r"(?:那个|那场|那批|那期|的)$")  # "上午十点那批 我家三个": the one of that hour (U19)


def goods_bought(words: str) -> bool:
    """Eating, buying or fetching ("吃火锅", "买年货", "拿快递"): no event, whatever is done so."""
    return bool(re.match(r"(?:吃|喝|买|逛|拿|取|领)", words))


def event_kind(words: str) -> bool:
    """Whether the words are a kind of event the store holds, by name ("采摘", "烘焙课", "读书会", "试吃")."""
    return bool(re.fullmatch(r"(?:听|学|上|做|参加)?(?:这个|那个|这次|这场)?(?:亲子)?(?:" + EVENT_KINDS + r"|试吃|试食|体验)+", words))


# s24: the party said last, after a story of why or how she comes ("我本来周六要加班的，结果领导说不用去了，正好带着老公孩子
# 一起来参加亲子手工，我们三个", "写福字那个我早就想报了，退休前在单位就爱写毛笔字，这回带上我老伴儿，我俩"). Voice input and long
# messages tell the day, the household or an old wish first and end on the party counted with whose (我们三个, 俺俩, 一家四口,
# 一共五个人, 我一个人): the story decides nothing once it says she comes this time (``_STORY_COMING``) and holds none of what
# voids a sign-up (``_STORY_NOT``: a question, an if, a doubt, another time, a drop-out, a day already had, others signing up).
# Where the story does not say she comes, the party is asked once, never left silent. Only stories of two clauses or more:
# a remark and a party are ``_remark_before``'s and ``_total_last``'s.
# Her signing words (s24 review): signing up or coming said of herself (报, 参加, 想去, 一起来, 带…去). A word of this time alone
# (这回, 正好, 今年) says when, not that she comes ("今天老伴过生日…正好一起吃顿饭，我们一家五口"): the party is then asked.
_STORY_COMING = re.compile(r"报|参加|想(?:去|来|参加|学|听|看)|要(?:去|来)|必须|一定(?:要|得)?(?:去|来)|"
                           r"(?:一起|一块儿?|一道|一路|都|也|还|就)(?:来|去|克|过去|过来)|带(?:上|着)?[^，,。！!\s]{1,8}(?:来|去|克)")
_STORY_NOT = re.compile(r"[吗么？?]|" + SUPPOSITION + r"|的话|可能|也许|不一定|说不定|看情况|再说|再看|到时候|" + PUT_OFF + r"|"
                        r"取消|退[掉了出]|去不了|来不了|去不成|不去了|不来了|报不上|没报上|满了|别人|(?<!老)人家|大家|谁|你们")
# A time of the past (s24 review), by how it is built: 上 + a unit of time (上个月, 上礼拜, 上一回), the year before (去年, 前年),
# 前 + a stretch (前阵子, 前段时间, 前些天, 前几个月), 那 + an occasion (那次, 那回, 那阵子; not 那天, the event's day as often),
# and a clause opened by 以前 / 之前 / 当时 / 小时候 — it governs the story told after it, until a word of this time.
_PAST_TIME = (r"(?<![早晚马楼路台身手线网])上(?:个|一)?(?:月|礼拜|星期|周|回|次|趟|学期)|[去前]年|当年|当时|早先|小时候|年轻(?:时|的时候)|"
              r"前(?:阵子?|阵儿|段(?:时间|日子)?|些(?:天|日子|年)|(?:几|两)(?:天|年|个月)|天)|那(?:次|回|阵子?|阵儿|时候?|会儿?)(?![儿候]?[要再还会])|"
              r"(?:^|(?<=[，,]))(?:以前|之前)")
# A day already had, told (去过, 来了) or set in the past by its time: the story's past, allowed only before a word of this
# time (上次去过 … 这回还去).
_STORY_DONE = re.compile(_PAST_TIME + r"|昨天|刚才|刚刚|(?<![不用])(?:去|来|参加|玩)[^，,。！!\s]{0,6}?[了过](?![吧啊])")
# Counts of people or households in the story, or a part of the party counted last (大人, 小孩): not one party said once.
_STORY_COUNTS = re.compile(NUMERAL + r"(?:个|口|位|人|家|大|小)|[俩仨]|[各每]|[a-z]")
_STORY_PART = re.compile(r"大人|小孩|孩子|娃|老的|小的|带|一家(?![\u4e00-\u9fff]{0,2}口)|[a-z]")  # 我带两个: those she brings; 一家一个: each
_STORY_NOW = re.compile(r"这回|这次|这趟|今年|今朝|正好|刚好")  # a word of this time: what follows is said of this time
_PARTY_LAST = re.compile(r"(?:那|所以|那就|就|这回|这次|今年)?(?:是)?(?:(?:[我俺咱额]|[我俺咱额]们|[我俺咱额](?:们)?家|我哋|阿拉|一家|全家|总共|一共|共)"
                         r"[^，,。\s]{0,4}?)?(?:" + NUMERAL + r"(?:个人?|口人?|位)|[俩仨])|" + _PAIR_WHOLE.pattern)
# What ``_story`` finds: no story with the party last; a story that voids a sign-up; or the story's head and last clause.
_NO_STORY, _VOID = "no story", "void"


def _story(text: str, event: str = "") -> str | tuple[str, str, str]:
    """The message as a story then the party (see above): ``_NO_STORY`` where it is not built so, ``_VOID`` where the
    story says what voids a sign-up, else the story's head, what it says of this time, and the party's clause."""
    if (shape := _story_shape(text)) is None:
        return _NO_STORY
    head, last = shape
    done = _STORY_DONE.search(head)
    now = _STORY_NOW.search(head, done.end() if done else 0)
    lately = head[now.start():] if now else head  # what is said of this time: a regret or a wish of before is the story's
    if _STORY_NOT.search(head) or done and not now or UNDECIDED.search(lately) or CONDITION.search(lately) \
            or own_words(text) != text or _nobodys_story(text) \
            or _goes_elsewhere(_GO_SELF.sub("去，", head), event) and not _SIGNUP_SAID.search(head):
        return _VOID
    return head, head[now.start():] if done else head, last  # her signing words: in what is said of this time


def party_after_story(text: str, event: str = "") -> Reading | None:
    """The party counted in the last clause (or before one remark after it) after a story (see above): sure where the
    story says she signs up or comes (``_STORY_COMING``), asked where it says nothing against it but not that; else None."""
    story = _story(text, event)
    if not isinstance(story, tuple):
        return None
    head, lately, party_clause = story
    if not re.match(r"(?:那|所以|那就|就)?(?:是)?[我俺咱额阿一全总共]", party_clause) and not _PARTY_TOLD.search(head):
        return None  # a bare head count ("三个人") sums up a party told with the member, or no one's
    last = read_signup(party_clause, event)
    if last is None or last.intent != SIGNUP or not last.sure or last.add or last.amount > MAX_AMOUNT:
        return None
    return replace(last, sure=bool(_STORY_COMING.search(lately)))


def _story_checked(text: str, event: str, reading: Reading | None) -> Reading | None:
    """Any reader's sure party said last after a story (s24 review): none where a time of the past governs the story and
    nothing after it says this time or her coming ("上个月带孙女来学包粽子，…，我们两个"); asked where the story's word of
    this time is all it says (正好, 刚好: "家里暖气坏了，正好今天师傅来修，在家等着，我们俩", "送完孙子…正好碰到老李，我们俩"):
    neither her signing words nor the event's kind. Only these two: the other reasons ``_story`` finds belong to the
    story reader alone (a list of the party, a quote, a laugh read right by the others)."""
    if reading is None or reading.intent != SIGNUP or not reading.sure or reading.add:
        return reading
    if (shape := _story_shape(text)) is None:
        return reading
    head = shape[0]
    coming = _STORY_COMING.search(head) or re.search(_EVENT_KINDS, head) or _DOING_WITH_GOODS.search(head)
    past = _PAST_SAID.search(head)
    if past and not _STORY_NOW.search(head, past.end()) and not _MEANS_TO_COME.search(head + "，" + shape[1], past.end()):
        return None
    return replace(reading, sure=False) if _STORY_NOW.search(head) and not coming else reading


_PAST_SAID = re.compile(_PAST_TIME + r"|昨天")  # a time of the past said (not a deed done: 去了 may be this time's)
# What she means to do, said after the past (昨天听说…，我们俩都报个名去听听): coming or signing up as an intent, not as told.
_MEANS_TO_COME = re.compile(r"(?:要|想|都|也|就|再|还|得)(?:报|去|来|参加)(?![了过])")


def _story_shape(text: str) -> tuple[str, str] | None:
    """The story before the party said last and the party's clause (``_story``'s shape alone), or None where the message
    is not built so."""
    words = slips_fixed(plain(unquote(text)))
    if len(words) > MAX_READ or not _PARTY_LAST.search(words):
        return None
    clauses = [c for c in _CLAUSE_CUT.split(words) if c]
    if len(clauses) >= 4 and not _PARTY_LAST.search(clauses[-1]) and not _REMARK_NOT.search(clauses[-1]):
        clauses = clauses[:-1]  # "…我搭老头子两个人，伊顶欢喜吃粥了": one remark after the party
    if len(clauses) < 3 or len(clauses[-1]) > 16 or not _PARTY_LAST.match(clauses[-1]):
        return None
    head = "，".join(clauses[:-1])
    if len(head) < 10 or max(map(len, clauses[:-1])) < 5 or _STORY_COUNTS.search(head) or _STORY_PART.search(clauses[-1]):
        return None  # a list of pieces, not a story ("大宝三年级 二宝幼儿园 我一个大人", "我 老公 婆婆 大宝 二宝 一共五个"); counts before it are another sum's
    return head, clauses[-1]


def _nobodys_story(text: str, inside: bool = False) -> bool:
    """The rules' reasons for silence that a story of the member's own day does not make (``_nobodys`` without
    ``not_a_signup``'s told experience, home life and things done, which any story tells). ``inside``: for a party said
    inside a story, without her own condition, a laugh and a cancel (``party_inside_story`` reads the cancel itself): a
    party said beside them is asked, which is what a condition wants ("路上要是堵车就晚点到", "那天不加班就我们仨")."""
    words = plain(unquote(text))
    pieces = _pieces_of(words)
    return is_notice(text) or others_signed_up(text) or bool(_PASTIME.search(words) or TALLY.search(words) or _MEETING.search(words)
                                                             or _JOKE.search(words)) \
        or not inside and (bool(LAUGH.search(words) or SIGNUP_CANCEL_WORDS.search(words)) or own_condition(words)) \
        or unreal_if(words) or _others_sign_up(pieces) or _signs_up_elsewhere(pieces) or _hearsay(pieces) \
        or _about_the_sign_up(words) or _organised_elsewhere(words) or another_time(text)


# S25: the party said inside a story, not last ("我们俩，老伴膝盖不好爬不动坡，到时候走慢了请大家多担待", "这次我一早守着
# 手机，通知一出就来报，我和外孙两个，店长记得给我们留位子", "报名我们两个都去到时候在哪集合…"): fresh writers tell the party in the middle of a long message, before a wish, a worry or a request, and every reader
# above wants it first, last or alone — they were silent on 31 train + dev lines of the newest files (and more of older ones).
# A clause of the party led by the member (我们三个人, 我和伢两个, 我跟老倌两个, 报我一个人), read by the rules alone, in a
# message of three clauses or more that says she signs up or comes (``_STORY_COMING``), or the message's first clause, is asked with its count, never acted
# on: the story may hold anything. Not where a time of the past governs it with nothing of this time after, a cancel or a
# drop-out is said, nor where ``_nobodys_story(inside=True)`` finds others' sign-ups, a notice, hearsay, another body's event or time.
_PARTY_INSIDE = re.compile(r"^(?:报(?:名|上)?|给|帮|算)?(?:[我俺咱额]|[我俺咱额]们|[我俺咱额](?:们)?(?:家|屋里)|我哋|阿拉|一家|全家)")
_LONG_STORY = 3  # clauses at least: shorter messages are the other readers'
_OTHER_COUNTED = re.compile(r"(?:他|她|佢|伊|渠|[A-Za-z]+)(?:们)?(?:" + NUMERAL + r")(?:个人?|位)")  # someone else's count, a clause of its own
_INSIDE_READS = 8  # different party clauses read at most (each is a whole rules reading)
# S25 review: the first clause of a story is a party only where a later clause plans for the day (when, where to meet, a
# place kept, waiting) — "我们两个人，吵了一架…" is a couple's quarrel; "我们仨，…，到时候群里说一声" a party.
_PLANS_FOR_IT = re.compile(r"到时候?|到辰光|到点|几点|集合|留|等")


def party_inside_story(text: str, event: str = "") -> Reading | None:
    """The party said inside a story (see above), asked with its count; else None."""
    words = slips_fixed(plain(unquote(text)))
    if len(words) > MAX_READ or not _PARTY_LAST.search(words):
        return None
    pieces = [c for c in _CLAUSE_CUT.split(words) if c]
    if len(pieces) < _LONG_STORY or SIGNUP_CANCEL_WORDS.search(words) or _nobodys_story(text, inside=True):
        return None
    done = _STORY_DONE.search(words)
    if done and not _STORY_NOW.search(words, done.end()) and not _MEANS_TO_COME.search(words, done.end()):
        return None  # "上回我们三个去摘草莓，…": a day had
    if any(_OTHER_COUNTED.fullmatch(piece) for piece in pieces):
        return None  # "…，佢一个，我一个": each counted in turn, a sum no clause says (S25 review)
    counts, seen, coming = set(), set(), bool(_STORY_COMING.search(words))
    first = coming or bool(_PLANS_FOR_IT.search("，".join(pieces[1:])))  # the first clause only before a plan for the day
    for at, piece in enumerate(pieces):
        if len(piece) > 16 or not (coming or at == 0 and first) or piece in seen or not _PARTY_INSIDE.match(piece) \
                or not _PARTY_LAST.search(piece) or _STORY_PART.search(piece):
            continue
        seen.add(piece)
        found = _rules_reading(piece, event)
        if found is not None and found.intent == SIGNUP and not found.add and 0 < found.amount <= MAX_AMOUNT:
            counts.add(found.amount)
        if len(counts) > 1 or len(seen) >= _INSIDE_READS:
            break  # two counts: none is hers; a clause read costs a whole reading, so few are read
    return Reading(SIGNUP, amount=counts.pop(), sure=False) if len(counts) == 1 else None


def _story_or(text: str, event: str, reading: Reading | None) -> Reading | None:
    """``party_after_story`` where the rules read nothing or only asked: its sure reading, or its question where they were silent."""
    story = party_after_story(text, event)
    return story if story is not None and (story.sure or reading is None) else reading


# s24: the member's group of peers counted by what they are ("我们楼栋四个老太太一起报", "俺们老哥仨都去", "元宵猜灯谜 我们老姐妹四个",
# "我们单位三个小姑娘一起", "阿拉渔村四个老姐妹一起报"): 我们 holds the member, the kind says who the others are, the count is
# the party — whatever place or body names the group (楼道, 小区, 茶园, 矿上, 武术队). Children (两个娃) leave the member out, and
# another's group (她跟她老姐妹三个) is not hers. Only the group, an event's topic before it and words of coming together after.
_PEER_KINDS = r"(?:" + PEOPLE_KIND + r"|" + ELDERS + r"|小姑娘|宝妈|" + ROLE + r")"  # s24 review: what they are by their work too
_NOT_PEERS = re.compile(r"孩子|娃|小孩|小朋友|孙|侄|外甥|学生|老人|家长|员工")  # children or those cared for: the member is not one
_WE = r"(?:" + WE + r"|额们|我哋|阿拉|伲)"  # the shared table of we (``people.WE``), and its regional words
_GROUP_LEAD = r"[^\s，,。！!？?\d]{0,8}?"  # the event's topic before the group, if any
_PEERS_COUNTED = re.compile(
    r"(?:(?P<topic>" + _GROUP_LEAD + r")[\s，,]*(?:给)?" + _WE + r"(?P<where>" + _GROUP_LEAD + r")(?:的)?"
    r"(?:(?P<n>" + NUMERAL + r")(?:个|位)?|(?P<k>[俩仨]))(?P<kind>" + _PEER_KINDS + r")"
    r"|(?P<topic2>" + _GROUP_LEAD + r")[\s，,]*(?:给)?" + _WE + r"(?P<where2>" + _GROUP_LEAD + r")(?:的)?(?P<kind2>" + _PEER_KINDS + r")"
    r"(?:(?P<n2>" + NUMERAL + r")(?:个|位)?|(?P<k2>[俩仨])))"
    r"[\s，,]*(?:一起|一块儿?|一搭|一道|一路)?(?:都)?(?:报名?|报上|报个名|来|去|参加|算上|记上)?(?:了吧|吧|哈|啊|呀|哦)?")


def peers_counted(text: str) -> Reading | None:
    """The member's group of peers counted by kind (see above), a sure sign-up of that count; else None."""
    words = slips_fixed(plain(unquote(text))).strip(" ，,。！!~～")
    if len(words) > 40 or not re.search(_WE, words):
        return None  # one search: most messages stop here
    parts = [c for c in re.split(r"[，,。！!；;]+", words) if c.strip()]
    match = _PEERS_COUNTED.fullmatch(parts[0].strip()) if parts else None
    if match is None or len(parts) > 2 or len(parts) == 2 and _REMARK_NOT.search(parts[1]):
        return None  # one remark after it at most ("都是血压高"), one that counts or names no one
    topic, where, kind = match["topic"] or match["topic2"] or "", match["where"] or match["where2"] or "", match["kind"] or match["kind2"]
    if _NOT_PEERS.search(kind) or PERSON.search(topic) or _REMARK_NOT.search(where) or re.search(r"[不没别吗么]", topic + where) \
            or own_words(text) != text or nobodys(text.replace(where, "", 1) if where else text):
        return None  # "我们两个娃", "她跟她老姐妹", "我们以前三个同事": not her party now; the place only names the group (单位)
    n = number(match["n"] or match["k"] or match["n2"] or match["k2"])
    return Reading(SIGNUP, n, sure=True) if n and 2 <= n <= MAX_AMOUNT else None


# s24: her line of a pasted 接龙 told in her own words after her name ("4. 赵凤霞 俺和老伴儿", "3. 高玉珍 我 老伴儿 孙女",
# "4. 李大姐 俺和俺妹", "3. 邓敏（一家四口）", "3、大武口李 四个（我们一家）"): the words after the name are read as a message of
# hers would be, and only a sure sign-up so read is the line's party; the list's own count stands otherwise.
_LINE_ASIDE = re.compile(r"[（(]([^（）()]{1,12})[）)]")
_LINE_OWN = re.compile(r"[我俺额咱]|一家|全家|两口|老两口")


def line_told(name: str, tail: str) -> Reading | None:
    """The party her line's words after the name say in her own words (see above), or None."""
    if not tail and (aside := _LINE_ASIDE.search(name)):
        tail = aside.group(1)  # "邓敏（一家四口）": the party in brackets after the name
    return _told(_LINE_ASIDE.sub(lambda m: " " + m.group(1), tail).strip())


@lru_cache(maxsize=256)
def _told(words: str) -> Reading | None:
    """``line_told``'s reading of the words after her name, kept by the words (s24 review): a pasted chain is read line by
    line, and its lines repeat the same few words ("俺和老伴儿", "一家四口") — one full read each, not one per line."""
    if not words or len(words) > 24 or not _LINE_OWN.search(words) or re.search(r"\d", words):
        return None
    reading = read_signup(words)
    if reading is None and _PARTY_TOLD.match(words) and (people := party_size(words) or 0) >= 2:
        return _party_reading(people, True)  # "俺和老伴儿": the member joined with those she names, on a sign-up list
    return reading if reading is not None and reading.intent == SIGNUP and reading.sure and not reading.add else None


def governs_party(text: str) -> bool:
    """Whether something in the message may govern a party said in it, so that the party is hers only on a condition or
    not hers at all: a condition (``intents.CONDITION``, ``own_condition``), a plan of others' or their sign-up, talk
    about signing up, an event organised elsewhere, hearsay, home life, advice or a joke. One question for the readers
    outside this module (``signup_guess._actable_after_gate``, u29), which called each of these helpers itself."""
    said = plain(unquote(text))
    pieces = _pieces_of(said)
    return bool(CONDITION.search(squeeze(said)) or own_condition(said) or _others_plan(pieces) or _others_sign_up(pieces)
                or _about_the_sign_up(said) or _organised_elsewhere(said) or _hearsay(pieces) or _home_life(pieces)
                or _advice(said) or _JOKE.search(said))
