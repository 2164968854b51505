"""A member's sign-in (签到, 打卡) read in whatever way she types it: inside a greeting, with a typo or
by sound, in pinyin, by voice with the punctuation lost, asking the bot to do it; and talk *about*
signing in (昨天忘了签到, 你签到了吗), other kinds of 打卡 (work, gym, a café) and 补签, which are not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.language import regional, signin_model
from bot.language.intents import DAYS_AHEAD, MAX_READ, SIGNIN, SOON_AFTER, WEEKS_AHEAD, Reading
from bot.language.numbers import NUMERAL
from bot.language.people import FULL_NAME, GROWN_KIN, HOME, KIN, PARENTS_IN_LAW, kin_folded
from bot.language.pinyin_words import spelled_out
from bot.language.wrapping import (PARTICLES, VOICE_CHECK, heard_as, is_courtesy, plain, squeeze, trim_courtesy,
                                   unquote, without_courtesy)
from bot.pinyin import sounding_like, sounds, spelled
from bot.questions.spoken import mandarin


# Misspellings and slang that stand for a trigger (voice input, pinyin, a slip of the finger).
# Homophones of a two-character trigger (签倒, 千到, 打咔) and pinyin (qiandao, da卡) need no entry: they are heard
# by sound (``_homophones``, ``_pinyin_typed``).
_TRIGGER_TYPOS = ("签d", "签个倒", "签个道", "签一下到", "签下到", "签完到", "签了到", "签上个到", "打完卡", "打了卡", "打k", "卡一下",
                  "每日一卡", "每日一签", "每天一签", "打咭", "打个咭")
_WHOLE_TYPOS = frozenset(("qd", "dk", "checkin"))  # letters only as the whole message
# The triggers' initials, as a word of their own among other words (not inside "qdii", "pdk").
_ABBREVIATED = {"qd": "签到", "dk": "打卡"}
_LETTER_TRIGGER = re.compile(r"(?<![a-z])(?:qd|dk)(?![a-z])")
# A trigger's two characters typed apart, by a space or a stop, where the second ends its clause: "签。到", "签 到 早上好"
# (not "签，到时候再说").
_SPLIT_TRIGGER = re.compile(r"(?<=[签打])[\s\-·._~。，,.、]+(?=[到卡](?:$|[\s。，,.!！~～]))")
# Other words for signing in, as members say them in a sign-in group: "签一个", "签一下", "报到".
# Heard only as typed (no homophones: "报道" is news), and like a trigger only when the clause
# says nothing more ("签一下合同", "新人报到" are not).
_SIGNIN_WORDS = ("签一个", "签一下", "签一签", "报到", "报个到")
# A newcomer's "报到" introduces her: "刚进群，报个到", "新来的报到".
_NEWCOMER = re.compile(r"进群|入群|新人|新来|刚来|新成员")
# ... and another place's 报到: a school's, the army's, a new job's, a ward's, in 报到's own clause ("新生报到", "明天去单位报到");
# in a clause of its own only her reporting for a new post ("报到了 明天入职"), not her day told after her sign-in
# ("报到 孩子今天开学 忙死了", "报个到 老伴住院了这几天少冒泡", "报到 今天在单位值班").
_ENROLLED = re.compile(r"开学|入学|新生|学校|部队|入伍|入职|单位|上岗|住院")
_ENROLLING = re.compile(r"入职|上岗|入伍|入学")
# Putting it off, one home for both readings of it (the clause's words before the trigger, and the whole message before the
# score is asked): a while later (等会儿, 回头), a later part of the day or another day before 再 (晚上再签), pressed to it by
# someone (催着我签).
_LATER = r"(?:一会儿?|待会儿?|等会儿?|过会儿?|晚点儿?|回头|稍后)"
_LATER_IN_DAY = r"(?:上午|中午|下午|傍晚|晚上|晚些|" + DAYS_AHEAD + r")"
_PRESSED = r"(?:逼|催)着?(?:我|俺)"
# Back home, at work's end: a plan only with 再 or 以后/之后/后 after it ("晚上回来再签到", "下班以后签到"; not "中午到家签到":
# back, she signs in now). Its own words: no other reader reads her coming home as a time (the shared tables, ``intents``'
# ``DAYS_AHEAD``, ``WEEKS_AHEAD`` and ``SOON_AFTER``, are days).
_BACK_HOME = r"(?:等我)?(?:回来|回家|回去|下班|到家)了?"
# The act put off (I23): a "later" word in the trigger's own clause, before it ("待会我再签到", "回头让我闺女帮我签到", "等会儿
# 我让孙女帮我打个卡", "晚些时候再签到吧"), whoever it is then left to. Not a while gone by (眯了一会儿, 等了半天), not "it is late"
# (晚点了), not her plan for later before the act now (一会儿去做透析签到, 待会要去医院先签个到: 去/要 after it, or 先/现在 before
# the trigger).
_PUT_OFF = re.compile(r"(?<![了过])(?:" + _LATER + r"|晚些(?:时候)?)(?![了的])(?!儿?(?:就|才|还|也)?(?:去|要|还|得|出门|回))|"
                      r"(?<![了过])等一?下(?=我|俺|再|让|叫|给)|^等(?:我|俺)[^，,。!！?？\s]{1,8}?(?:了|完|好)|"  # 等我忙完了让孩子帮我签到
                      # I25: another day she will start from or put it off to ("明天开始我也签到", "从下周起我也来签到", "过两天我再来
                      # 签到", "明儿个俺也签到"), a later part of today with 再, or when she is back with 再 or 以后 ("今晚再签到", "晚上回来再签到";
                      # not "晚上签到", "中午到家签到": the act now)
                      r"(?<![了过])(?:从|等到?)?(?:" + DAYS_AHEAD + "|" + WEEKS_AHEAD + "|" + SOON_AFTER + r")(?:早上|上午|下午|晚上)?(?:开始|起)?(?!了)(?=[我俺咱也再就来去让叫帮给替]|$)|"
                      r"(?<![了过])(?:今晚|(?:今天)?" + _LATER_IN_DAY + r")(?:" + _BACK_HOME + r"(?:以后|之后|后)|(?:" + _BACK_HOME + r")?(?=再))")
_NOW_AFTER_ALL = re.compile(r"先|现在|这就|马上|赶紧|赶快|顺便|顺手|抽空")


# What may stand between a "later" word and the act it governs (mend of I23): a subject, 再/还, whoever it is left to
# (让我孙子, 帮我老伴, 给我), nothing else ("待会儿有雨出门带伞签到", "一会儿见签到", "转了好一会儿才签到": the later word is
# about something else, or time spent). After "等我…了" her own short object may come first ("等我吃好早饭让老伴帮我签").
_GOVERNS = (r"(?:儿|时候|吧|啊)?\s*(?:我|俺|咱)?们?(?:再|还|就)?(?:来|去)?"
            r"(?:(?:让|叫|请|找)[\u4e00-\u9fff]{1,6}?)?(?:(?:帮|给|替)(?:我|俺)?[\u4e00-\u9fff]{0,4}?)?(?:再|也)?(?:来|去)?")
_LATER_GOVERNS = re.compile(_GOVERNS)
_WAIT_GOVERNS = re.compile(r"[\u4e00-\u9fff]{0,4}?" + _GOVERNS)


# Her own 再 right before the act, a "later" word earlier in its clause (mend of i29): "一会儿送完孙子我再来签个到" — her
# errand between them, which ``_put_off`` (the later word right before the act) does not reach.
_AGAIN_LATER = re.compile(r"(?:我|俺)再来?$")


def _put_off(before: str) -> bool:
    """The words before the trigger in its clause put the act off to later (``_PUT_OFF``), the later word right before the
    act's verb phrase (``_GOVERNS``), with no word of now after it."""
    later = None
    for found in _PUT_OFF.finditer(before):
        gap = _WAIT_GOVERNS if found.group().startswith("等") and found.start() == 0 and len(found.group()) > 3 else _LATER_GOVERNS
        if gap.fullmatch(before, found.end()):
            later = found
    return later is not None and not _NOW_AFTER_ALL.search(before, later.end())
# Her record asked to be checked, beside the trigger: "帮我查查签到", "今天的签到帮我看看".
_CHECK_FOR_ME = r"[帮给]我(?:看看|查查?|看一下|查一下|瞧瞧)"
# Someone urged to sign in, addressed first or last: one of her household or a neighbour by name, the ones she speaks to
# ("老伴快签到", "妈你赶紧签到", "张姨 赶紧签到啊", "你们俩赶紧签到", "赶紧签到啊姐妹们"; not "我老伴快签到了": told of, nor
# "老伴 我赶紧签到", "赶紧签到": hers; nor 老娘, 老子, a speaker's own "I": "老娘赶紧签到"): her call, not her act. Wider than
# people._ADDRESSED (a surname with a title): also kin, 老/小 and a name, 你们, the group.
_ADDRESSED_AT_HOME = r"(?:老伴|老头子?|老公|老婆|[爸妈]|儿子|闺女|女儿|孩子他[爸妈])"
_URGED_ONES = (_ADDRESSED_AT_HOME + r"儿?|老(?![娘子夫身朽汉衲])[\u4e00-\u9fff]|小[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:姐|哥|姨|婶|叔|奶奶|爷爷|大爷|大妈)|你们?(?:俩|仨|几个)?|"
              r"大家|各位|(?:姐妹|家人|亲|朋友|邻居|老铁|宝子|街坊|兄弟姐妹)们")
_URGED = r"(?:你|您)?(?:也|都)?(?:快|赶紧|赶快|快点|一起)+(?:去|来)?"  # (一起: 大家一起来签到吧, 一起签到吧姐妹们)
_SOMEONE_URGED = re.compile(r"^(?:" + _URGED_ONES + r")[\s,，!！~～]*" + _URGED + r"(?=签|打个?卡)|"
                            r"^" + _URGED + r"(?:签个?到|打个?卡)[啊呀吧哈啦]*[\s,，!！~～]*(?:" + _URGED_ONES + r")[啊呀吧哈!！~～]*$|"
                            r"(?:^|(?<=[\s,，!！~～。]))(?:" + _URGED_ONES + r")[\s,，!！~～]+(?:签个?到|打个?卡)去[啊呀吧]*(?=$|[\s,，。!！~～])|"  # 老张，签到去 (after a greeting too)
                            r"^(?:" + _URGED_ONES + r")[\s,，!！~～]+(?:签个?到|打个?卡)[吧呗啦了啊呀]*[\s,，!！~～]+(?:别|快|赶紧|该你|就差你)")  # 老李 签个到吧 别潜水了
# The group called to sign in all together (I22): the group addressed first, right before the trigger (after a greeting
# it is her own post to them: "早上好家人们 签到走起"),
# then a word that rallies a crowd — 走一波, 走起, 搞起来, 整起来, 安排上, 冲, 吧 — or a reason given to them (不要白不要,
# 不签白不签, 别光潜水, 抓紧): "家人们签到走一波，积分不要白不要", "姐妹们签到走起", "群里的姐妹们签到啦 别光潜水"; the
# same rally said first and the group named last ("签到走起姐妹们"). Not her act told to them: "家人们 签到了",
# "早安各位 签到啦 今天也要开心", "签到啦姐妹们"; nor the rally without the group ("签到 冲鸭", "签到走一波 今天好冷": hers).
_THE_GROUP = (r"(?:大家伙?儿?|各位|大伙儿?|(?:各位|群里的?|咱群的?|全群的?)?(?:老?姐妹|家人|亲|朋友|邻居|老铁|宝子|宝宝|街坊|兄弟姐妹|兄弟|群友|"
              r"宝妈|叔叔阿姨|哥哥姐姐|老哥老姐)们?)")
_RALLY = r"(?:走一波|来一波|搞一波|走起来?|走着|搞起来?|整起来?|整上|安排上?|冲鸭|冲冲冲|冲起来|开整|[签打]起来|动起来)"
_FOR_THEM = r"(?:(?:积分|鸡蛋|礼品|奖品)?不要白不要|不(?:签|打|拿|领)白不(?:签|打|拿|领)|别(?:光|老|只|一直)?(?:潜水|偷懒|忘了?|落下)|抓紧|赶紧|快点?来|(?:积分|鸡蛋|礼品|奖品)?等着(?:你们|大家|各位)|让我(?:看看|瞧瞧)|看看(?:多少|几个|有谁|谁)|扣\s*1)"
_GROUP_CALLED = re.compile(r"^" + _THE_GROUP + r"[\s,，!！~～]*(?:都|也)?(?:来)?"
                           r"(?:(?:签个?到|打个?卡|接龙)[啊呀哦哈]*)+[\s,，!！~～]*(?:" + _RALLY + "|" + _FOR_THEM + r"|吧(?=[\s,，!！~～]*$))|"
                           r"^" + _THE_GROUP + r"[\s,，!！~～]*(?:都|也)?(?:来)?"
                           r"(?:(?:签个?到|打个?卡|接龙)[啊呀啦哦哈]*)+[\s,，!！~～]*" + _FOR_THEM + "|"
                           r"^(?:签个?到|打个?卡)" + _RALLY + r"[啊呀啦哦哈~～!！]*[\s,，]*" + _THE_GROUP + r"[啊呀啦哦哈~～!！]*$|"
                           r"^(?:(?:签个?到|打个?卡)[啊呀哦哈]*)+[\s,，!！~～]*" + _THE_GROUP + r"[\s,，!！~～]*(?:动起来|走起来?|[签打]起来)")
# (A call is the trigger not yet done: never 签到了, "家人们签到了 走起" is her act told to them; 签到啦 calls only when a
# reason given to them follows, "群里的姐妹们签到啦 别光潜水", not a rally: "姐妹们 签到啦 走起" is hers.)
# (the group named after the act: "签到签到 家人们动起来", not "签到啦 姐妹们冲鸭": her act, then cheering them on)
# The trigger told sent to the wrong group (I22): "签到那个我发错群了", "打卡刚才发错地方了" — her account of a slip, not the
# act (the act said again last still signs in: "签到发错群了 重新来 签到").
_SENT_ASTRAY = re.compile(r"(?:签个?到|打个?卡)[^。!！?？]{0,8}?发错了?(?:群|地方)")


_HERS_TOO = re.compile(r"(?:我|俺)(?:也|先|已经|就|都|早)*(?:来)?(?:签|打个?卡)")  # "姐妹们签到走起 我先签了": her own act beside the call


_FOR_THEM_SAID = re.compile(_FOR_THEM)
_LEADING_CLAUSE = re.compile(r"[^,.!?;:，。！？；：、~～…\n\s]+[,.!?;:，。！？；：、~～…\n\s]+")


def _group_called(text: str) -> bool:
    """The group rallied (``_GROUP_CALLED``), first in the message, or after greetings when a reason given to them
    follows ("早上好 家人们签到走一波，积分不要白不要"; not "早上好家人们 签到走起": her own post to them)."""
    if (called := _GROUP_CALLED.search(text)) is not None:
        return not _HERS_TOO.search(text, called.end())
    at = 0
    while (clause := _LEADING_CLAUSE.match(text, at)) is not None and _greeting(squeeze(clause.group().rstrip(",.!?;:，。！？；：、~～…\n "))):
        at = clause.end()
    rest = text[at:]
    return 0 < at and (called := _GROUP_CALLED.match(rest)) is not None and bool(_FOR_THEM_SAID.search(rest)) \
        and not _HERS_TOO.search(rest, called.end())


# Words before the trigger in its clause that make it talk about signing in, not do it.
# i26: someone's daily bidding told ("孙女每天叫我签到", "阿妈成日催我签到", "我囡让我每日帮她签到"): what she is bid to do every
# day, not done now (as 天天 before the act already was; 日日 is the south's 天天, beside it above). Her act said in a clause
# of its own before or after still signs in ("签到 我儿子叫我每天来签").
_SOUTH_EVERY_DAY = r"(?<![拜期周])日日"  # Cantonese and Wu 天天; not a weekday's 日 then 日头 (mend of i26: "礼拜日日头好猛")
_EVERY_DAY_WORD = r"(?:(?<![今昨明])天天|每天|每日|" + _SOUTH_EVERY_DAY + r"|成日)"  # (成日: Cantonese "all the time"; not 今天天气)
_ANOTHER_ERA = r"以前|小时候|当年|那时|那会|那阵|那几年|那些年|[前早头]些年|前几年"  # a time of her life gone by (not today's)
_BIDS_ME = r"(?:让|叫|催|喊|逼|要|托)(?:我|俺|额)"  # someone bidding her (shared with ``_THEY_ASK_HER``)
_DAILY_BIDDING = _EVERY_DAY_WORD + r"都?" + _BIDS_ME + r"|" + _BIDS_ME + _EVERY_DAY_WORD
_BIDDEN_DAILY = re.compile(_DAILY_BIDDING)
_SIGNIN_NOT_BEFORE = re.compile(r"(?:改|抽|草|标|搞|搞个|搞起)$|(?:回来|回家|完|了|以后|之后|有空|得空|空了|闲了).{0,4}再$|一般|通常|平时|平常|往往|向来|每次|总是|老是|很少|偶尔|有时(?!间)|经常|常常|时常|隔壁|对门|不(?!错|忘|过)|补|明天|后天|" + WEEKS_AHEAD + r"|明年|来年|会议|开会|培训|上课|课堂|医院|挂号|酒店|入住|值机|考场|记得|记住(?!了)|考勤|钉钉|企业微信|读书|运动|练|背|没(?!忘)|(?<![不没])忘|(?<![成首京魏帝])都(?![区市县])|在|比|的|去|值得|昨|前天|上周|别|提醒|有人|多人|谁|(?<![今昨明])(?:天天|" + _SOUTH_EVERY_DAY + r")|单词|跑步|阅读|"
                                r"减肥|戒|学习|健身|作业|幼儿园|景点|全勤|" + _CHECK_FOR_ME + r"|公司|上班|下班|单位|人脸|喝水|英语|视频|讲|说|转发|"
                                r"(?<!还)是|就|怎么|群里|网红|请(?!帮|给|替|你|您)|这个$|(?<![我俺])这$|适合|孩子|老公|婆婆|一个月|几天|学校|班级|(?:又|要|都|总|非)让|让(?:我们|大家|孩子|学生)|要求|"
                                r"(?<![\d一二三四五六七八九十])室$|诊室|科室|窗口|前台|下次|下回|(?:" + _LATER + r"|等.{1,6}|" + _LATER_IN_DAY + r")再|"
                                r"" + _LATER + r"$|明早|明晚|明儿|" + _PRESSED + r"|扫.{0,4}码|扫一扫|链接|小程序|" + _ANOTHER_ERA + r"|"
                                r"婚礼|婚宴|喜宴|葬礼|追悼|选举|投票|展会|会场|考试|面试|讲座|候诊|门诊|复诊|(?:老师|教练|领导|学校|公司|单位)(?:让|要|叫)|"
                                r"(?:[姐哥姨叔婶婆爷奶他她]|老[\u4e00-\u9fff])" + _EVERY_DAY_WORD + r"|" + _DAILY_BIDDING + r"|以后|今后|你(?!们?好)(?!.*[帮给]我)")
# What may follow the trigger in its clause: particles, "一下", the day count, "完去上班了", "也算我一个" (counting herself in).
_SIGNIN_AFTER = re.compile(r"^(?:一下下?|一哈|一个|一次)?(?:[×x*]\s?[2-9]|第?" + NUMERAL + r"天|day" + NUMERAL + r"?|d\d{1,3}|\d{1,4}|" + NUMERAL + NUMERAL
                           + r")?(?:完毕|成功|已?完成|搞定|done|今天的|今日的|哈子|打卡|签到|报到|报道|我来|来|冲|走起|中|儿|早|先|(?:有点|有些|稍微|来)?晚(?:了)?(?:一点|点)?|人|ing|啦|了|哒|勒|咯|哦|呀|喽|嘞|哈|啊|喔|哟|呦|吧|吖|鸭|啰|罗|喇|拉|嗷|哩|呗|噻|撒|呐|哇|嘛|滴|咧|冒泡|冒个泡|签|(?:也|就)?算(?:上)?(?:我|俺)(?:一个)?)*"
                           r"(?:(?P<link>完|再|就|然后|先|去(?![了过])|后)(?P<then>[^吗呢么没?]{0,8}))?$")
# Voice input runs on into the next sentence: "签到了今天降温大家多穿点", "我来签到了祝大家平安".
_SIGNIN_THEN = re.compile(r"^(?:了|啦|哦|喽|咯|哈|呀|啊)*(?:(?:那个|就是|嗯|呃)?(?:今天|今日|祝|愿|希望|大家|各位|天气|又是|新的一天|开心|加油|"
                          r"报个?平安|平安|健康|感恩|福|吉祥|幸福|快乐|顺利)|(?:那个|就是)$)")  # "签到 平安", "签到报平安"
# The season and the sky, as December's messages run on after the trigger: a festival or a solar term (冬至, 平安夜,
# 元旦, 大雪 as a term, any 某某节快乐), a wish made early (提前祝), the weather said by its nouns (雾好大, 雪停了, 零下五度,
# 太阳出来了) — never a place's name (打卡雪山, 打卡风景区: the noun must be followed by how it is).
_SEASON = (r"(?:冬至|圣诞|平安夜|元旦|腊八|小年|除夕|春节|过年|元宵|端午|中秋|重阳|国庆|七夕|立[春夏秋冬]|[大小](?:雪|寒|暑)(?:节气|到了|了)|"
           r"节气|节日|[\u4e00-\u9fff]{1,3}节(?:快乐|愉快|安康)|提前(?:祝|给)|零下|太阳|暖和|阴天|晴天|多云|"
           r"[风雾雪雨霾](?:好|太|真|很|挺|特别|大|小|停|下|了|天|呼呼))")
# A 不/没 in another sense than refusing the act, as voice input runs it into a sign-in: a state of the day or of her body
# denied (不冷, 没睡好, 身体不太舒服: a predicate that takes no object, so the trigger after it starts her next sentence),
# her wondering or surprise (不知道今天冷不冷, 没想到这么冷), closing the talk (不多说了), nothing the matter (没啥事). Not a
# verb 签到 can be the object of (没顾上签到, 一天没落下签到, 不想签到), nor 不/没 right before the trigger.
_STATE = r"(?:冷|热|凉|暖和|舒服|疼|痛|痒|累|困|饿|忙|闲|好受|精神|睡好|睡着|睡醒|起床|起来)"
_STATE_DENIED = r"(?:不|没)(?:太|怎么|那么|这么|大)?" + _STATE
_NOT_OF_THE_ACT = re.compile(r"^(?:了|啦|哦|喽|咯|哈|呀|啊|哒|嘞|哟)*(?:(?P<wonder>(?:还|也|都)?(?:不|没)(?:知道|晓得|想到|料到))|不(?:多|再)?(?:说|聊|唠|扯|废话)了|"
                             r"没(?:什么|啥|多大)?事|" + _STATE_DENIED + ")")
# What she wonders about is her day when it names it (今天, 明天, 外面, 老伴…); wondered without a subject, it is the act's
# own matter ("签到不知道有没有用", "签到了也不知道干嘛用").
_WONDERED_DAY = re.compile(r"明天|明儿|后天|这几天|最近")
# ... closed before the trigger: "今天不冷签到" reads as "今天不冷，签到".
_STATE_DENIED_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])" + _STATE_DENIED + r"(?:了|啦|呢|啊|呀)?(?=(?:我|俺)?(?:也|就|先|赶紧|来)*(?:签个?到|打个?卡))")
# Voice input runs on without a pause into a sentence of the day (签到外面下雨了, 签到刚起床, 打卡买菜去咯, 签到周末愉快):
# it starts with the day's time, the weather, someone of the household, a wish, going about the day or the
# group's "first!" slang, and it says nothing about signing in itself (签到送积分, 签到都签出感情来了, 签到比上班还准时).
_DAY_SENTENCE = re.compile(r"^(?:了|啦|哦|喽|咯|哈|呀|啊|哒|嘞|哟)*(?:"
                           r"今天|今日|今儿|今早|早上|上午|中午|下午|晚上|现在|刚|马上|一会儿?|待会儿?|等一?下(?=去|就|要|还|得)|等会儿?(?=去|就|要|还|得)|周[一二三四五六日末]|星期.|礼拜.|"
                           r"新的一|开始新的|续命|续上|又是|外面|外头|窗外|天[气冷热晴阴]|下雨|下雪|刮风|降温|升温|[好太真]?[冷热]|起[床晚早来]|"
                           r"孙[子女]|外孙|孩子|娃|老伴|老公|老头|老婆|儿子|女儿|闺女|宝宝|我家|咱家|俺家|"
                           r"祝|愿|希望|加油|愉快|快乐|顺利|安好|平安|健康|吉祥|如意|开心|幸福|身体|万事|一切|好运|感恩|"
                           r"去|准备|出门|买菜|做饭|遛|锻炼|散步|送(?:孙|孩|娃|宝|外孙)|接(?:孙|孩|娃|宝|外孙)|"
                           r"第一|沙发|占[个座]|抢|走一波|来也|冲鸭|" + _SEASON + "|(?:地铁|公交车?|火车|高铁|动车|飞机|出租车?|大巴|车)上|"  # 签到🚇地铁上: where she is
                           r"(?:我|俺)(?!们|不|没|都|每|天天|[让叫]|还|也想)|"  # her own next sentence: 我签到了我先去买菜了, 签个到我今天值班
                           r"给(?:大家|各位|自己|家里|孙|孩|娃|他|她)|沾|讨个|图个|谢谢|感谢|多谢|新年|早安|午安|晚安|潜水|冒个?泡)")  # why: 签到给孙子攒攒好运, 签个到沾沾喜气
# ... nor is it another clock-in (打卡孩子的作业, 打卡去网红店) or when signing in starts (签到周一开始).
_RANK = r"排(?:第|老末|倒数|前|最后|名)"  # her place among the day's sign-ins: 俺排老末, 排第五
_ABOUT_SIGNING = re.compile(r"签|打卡|积分|分数|送(?!孙|孩|娃|宝|外孙)|领|奖|的(?!一)|^[上下]班|比|断|没用|骗|功能|规则|排行|榜|" + _RANK + r"|全勤|人数|扫码|攒(?!.{0,2}(?:好运|运气|福气|人品))|换|开始(?![了啦新])|"
                            r"[吗呢么?]|没(?!(?:啥|什么|多大|大)*(?:事儿?|关系|毛病))|(?<!差点)(?<!差点儿)忘|去了|去过|不会|弄|清零|坏|暂停|停了|改成|须知|结束|恢复|找(?!到)|问(?![候好安])|烦|作业|阅读|英语|单词|学校|班级|网红|景点|景区|拍照|钉钉|考勤|健身|跑步|运动|会议|课")
# ... or voice input runs on into words to the group or a laugh, judged before the greetings are trimmed (trimming
# would leave "注意保暖" of "签到大家注意保暖"): "来签到了家人们今天好冷", "签到嘿嘿"; not a rule of signing in said to them
# (签到大家每天一次就行, 打卡各位记得每天来).
_TO_THE_GROUP = re.compile(r"^(?:了|啦|哦|喽|咯|哈|呀|啊|哒|嘞|哟)*(?:大家|各位|家人们|姐妹们|亲们|朋友们|邻居们|老师们|宝子们|老铁们|"
                           r"群主|店长|老板|哈哈|嘿嘿|呵呵|嘻嘻)")
_GROUP_RULE = re.compile(_EVERY_DAY_WORD + r"|一次|就行|就可以|记得|别忘|要")
# The instruction to reply the trigger typed without quotes, as a store's notice or a member passing it on: sending the trigger, then
# what it brings or that it is all it takes ("回复签到领积分", "每日回复签到 积分翻倍", "在群里发签到就有积分", "回复打卡就行"):
# the rule told, not her act ("回复一下 签到" replies, then signs in).
_REPLY_FOR = r"(?:回复|发送|输入|私信)\s*(?:签到|打卡)(?=[^，,。!！?？\n]{0,12}(?:领|得|送|有|即|就|可|积分|参与|翻倍|抽|兑|换|奖))"
_SEND_FOR = (_REPLY_FOR + r"|"
             r"发\s*(?:个|一个|一下)?\s*(?:签到|打卡)\s*(?:两个字|俩字|二字)?\s*(?:就|即|便)(?:可以?|行|能|有|算|完事|好)")
_REPLIED_FOR = re.compile(_REPLY_FOR)
_SIGNIN_NEVER = re.compile(r"(?:回复|发送|输入|发)[“\"「『](?:签到|打卡)|" + _SEND_FOR + "|[帮给替]您|您已|别忘|(?<!谢谢)(?<!感谢)(?<!甭)(?<!不用)提醒|骗|转发|领奖|送积分|送鸡蛋|送礼|怎么|为什么|为啥|咋|没积分|没反应|失败|"
                          r"(?:签|打|用|弄|登|进|点)(?:到|卡|个|上)?不了|不了(?:卡|到)")  # (签不了, 签到用不了; not 出不了门: her day)
# Trouble with the act or the bot's answer, told in the trigger's own clause ("签到好像被吞了", "打卡了但没收到小助手的回复"):
# not in a clause after it (签到 网断了刚连上, 签到，快递没收到: her day), nor when she says it again or sends it anew
# (签到签到 刚才那条被吞了, …再签一次); a "but" clause right after the trigger's is its own.
_TROUBLE = re.compile(r"被吞|吞了|网断|断网|没发出去|发不出去|没收到|(?:助手|机器人|小秘书)也?(?:回|说)")
_SAID_AGAIN = re.compile(r"(?:签个?到|打个?卡)[\s,，!！~～]*(?:签个?到|打个?卡)|再(?:签|发|打|来)|重(?:签|发|打)")


# The trigger told sent, then the bot's silence or a failure anywhere after it: "签到我发了 可是小助手说没收到", "签到发了 小助手
#没回", "签到消息发出去石沉大海" — a complaint about the answer, not the act (the corpus labels it chat); every reading.
_SENT_TOLD = re.compile(r"(?:签个?到|打个?卡)(?:的?(?:消息|那条|俩字|两个字))?[\s,，]*(?:我|俺)?(?:也|都|早就?|已经|明明|刚才?)*"
                        r"发(?:了|过了?|出去了?|好几[遍次]了?|[两三四五几]遍了?)")
_UNANSWERED = re.compile(r"(?:助手|助理|机器人|小秘书)(?:也|都|还|就|咋|怎么|说)*(?:没|不|木有)|没(?:有)?(?:收到|回复?|反应|动静|显示|记上)|"
                         r"石沉大海|失败|不理")


# Someone else's sign-in named as theirs ("姨，你的签到打成了千到", "她的签到没记上"), or the trigger as what a word was typed
# as ("打成了签到") — talk about it (her own, 我的签到, is ``_HERS_AS_A_THING``: she may ask of it).
_THEIRS_NAMED = re.compile(r"(?<![我俺])(?:你|您|他|她|人家)(?:的|那个|这个)+(?:签个?到|打个?卡)")
_TYPED_AS = re.compile(r"(?:打|写|发|念|说)成了?(?:签个?到|打个?卡)")  # (yields to her act said last: "…打成了千到 重新来 签到")
_TYPED_AS_LAST = re.compile(_TYPED_AS.pattern + r"[了啦呀啊哈\W]*$")  # … but not to itself: "我妈把签到发成了签道"
# The sign-in done with, then the talk moved on: "签到完了 再说下今天的砂糖橘", "打卡结束 下面聊聊团购" (a host's turn).
_MOVED_ON = re.compile(r"(?:签个?到|打个?卡)\W{0,3}(?:完了|完毕|结束了?)[\s,，。!！~～]*(?:那|咱们?|我们)?(?:再|接下来|下面|现在)(?:来)?(?:说|聊|讲|唠|谈)")


# ... or told done, then the bot named as silent or as saying it was done before: "签到了 机器人也不理我", "我签到 它说我已经签过了".
_DONE_TOLD = re.compile(r"(?:签个?到|打个?卡)(?:了|过了)|(?:我|俺)(?:签个?到|打个?卡)")
_BOT_SILENT = re.compile(r"(?:助手|助理|机器人|小秘书|它)(?:也|都|还|就|咋|怎么|一直)*(?:没|不|木有)(?:理|回|反应|吭声|搭理|动静)|"
                         r"(?:助手|助理|机器人|小秘书|它)说我(?:已经)?签过")


def _sent_unanswered(text: str) -> bool:
    return bool((sent := _SENT_TOLD.search(text)) and _UNANSWERED.search(text, sent.end())
                or (done := _DONE_TOLD.search(text)) and _BOT_SILENT.search(text, done.end()))


def _trouble_told(text: str) -> bool:
    """Trouble told in the clause of the trigger itself (``_TROUBLE``), not when she says it again."""
    parts = [p for p in _SIGNIN_BREAK.split(text) if p]
    return not _SAID_AGAIN.search(text) and any(
        _TROUBLE.search(p) and (re.search(r"签|打个?卡", p) or at and _BUT.match(p) and re.search(r"签|打个?卡", parts[at - 1]))
        for at, p in enumerate(parts))  # (or in a "but" clause right after it: "签到发出去了，但没收到回复")


_BUT = re.compile(r"但|可是?|结果|就是|不过")


# The member's own sentence at the end of a run-on before the trigger: "我现在来", "我今天也来" (not "帮我").
_OWN_SENTENCE = re.compile(r"(?<![帮替给叫让逼催喊比跟和同像])我(?:今天|今儿|现在|这会儿?|赶紧|马上|先|也|就|再|来)*$")
# Someone's message quoted before her own words, copied (「王店长：别忘了签到」 签到了) or as a reply's first line
# (回复 张阿姨：签到\n张阿姨起得真早, 引用 群助手：天冷了多穿衣服\n签到): their words, not hers.
_QUOTED = re.compile(r"^(?P<lead>[^「\n]{0,20}?)\s*(?:「[^」：:]{1,12}[：:][^」]*」|(?:回复|引用)\s*[^：:\n]{1,12}[：:][^\n]*\n)(?=[\s\S]*\S)")


def _without_quote(text: str) -> str:
    """Her words without the message she quotes first, also after a greeting or a word of her day ("群主早「张阿姨：签到」…",
    "大雪节气到了！回复 张阿姨：签到…"): a
    quote after anything else is her sentence's own (她说「签到」…), left as typed."""
    if (quoted := _QUOTED.match(text)) is None:
        return text
    lead = squeeze(plain(quoted["lead"])).strip(",.!?;:，。！？；：、~～…")
    return (quoted["lead"] + " " + text[quoted.end():]) if not lead or _greeting(lead) or _her_day(lead) else text
# Where a run-on of chat breaks before the sign-in: after a particle inside it, before "反正签到", and after the talk
# is closed ("…不说了签到了": the talk, then the act).
# Her own start of the act — 先, 顺便, 赶紧, or 我 come to do it — begins a sentence of its own, voice input's too ("外面下雪了
# 路滑我先签个到", "刚跳完广场舞回来顺便签到"): never after words that bind it to what comes before (让我, 帮她, 要, 也, 都…).
# 签到 only, here and after 了: the words before 打卡 say whose it is (下班了打卡, 到了网红店了打卡).
_STARTING_THE_ACT = r"(?=(?:我|俺)?(?:也|就)?(?:先|顺便|顺手|赶紧|赶快|这就|马上)+来?签个?到|(?:我|俺)(?:也|就)?来签个?到)"
# Also after a 了 that ends her sentence right before the act, as voice input runs them on ("孩子上学走了签到", "体检报告出来了
# 都正常心里踏实了签到"): 了 never binds the act to what comes before it, but in 忘了, 为了, 除了, 算了 and 到了签到时间.
_SIGNIN_SOFT_BREAK = re.compile(r"(?<=[\u4e00-\u9fff][啊呀呢啦吧哦嘛])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]{2})(?=反正|总之|不说了)|"
                                r"(?<=[\u4e00-\u9fff]{2})(?=(?:不过|但是?|可是?)(?:我|俺)?(?:还是|照样|照旧)(?:要|得)?来?签个?到)|"  # "…困得不行不过还是来签到了" (I22)
                                r"(?<=[\u4e00-\u9fff]{2})(?<![让叫要想会能得该别不没])(?<!让我)(?<!叫我)(?<!要我)(?<!让俺)(?<!叫俺)(?=趁(?:空|机|着空|这会儿?|现在|早)(?:赶紧|先)?来?(?:签|打个?卡))|"  # "伢还没醒趁空来签一个" (I22)
                                r"(?<=不说了|不聊了|不唠了|不扯了)(?=[\u4e00-\u9fff])|"
                                r"(?:(?<=[\u4e00-\u9fff][得的]很)|(?<=[\u4e00-\u9fff]得慌)|(?<=[\u4e00-\u9fff]极了)|(?<=得不行))(?=(?:回来|回家|我|俺)?(?:也|就|先)?来?签个?到)|"  # "…得劲得很签到": a degree ends her sentence (i26: the north-west's 的很, and "…好的很回来签个到")
                                r"(?<=[\u4e00-\u9fff][了咯喽嘞])(?<![忘为除算到]了)(?=(?:我|俺)?(?:也|就|先|赶紧|赶快|顺便|顺手|马上|现在|这就)*来?签个?到)|"
                                r"(?<=[\u4e00-\u9fff]{2})(?<![让叫给帮替要想会能得该去的和跟在说教也都就还又你您])(?<!到了)"
                                r"(?<!开始)(?<![明后]天)(?<!下周)(?<!明儿)(?<![两几]天)(?<![周拜期]起)" + _STARTING_THE_ACT)  # (I25: not after another day it starts from)
_A_DEGREE_CLOSED = re.compile(r"(?:[得的]很|得慌|极了|得不行)$")


# Mend of i29 (review): the words a soft break cuts off before her act's start (``_STARTING_THE_ACT``: 先, 赶紧, 我来…) still
# govern it when they put it off, make it a habit, a past one, a condition's, someone's rule or the group's call; cut off,
# they hold no trigger and blocked nothing, so "明早起来我先签个到", "护士讲排队的时候先签个到" signed in. Each reason is one the
# reader already has for the words before a trigger in its own clause (``_SIGNIN_NOT_BEFORE``, ``_PUT_OFF``), narrowed to
# what a stretch of her day before the act never says: another day to come or an era gone by (not closed by 了: "明天要降温了
# 我先签个到" is her news, then the act), every day (``_EVERY_DAY_WORD``), an if, a wait or a later hour with a free moment and no
# "now" in the act (``_NOW_AFTER_ALL``), words reported or a rule with no 我 of hers at the act, the group named right before
# it with no 我 ("没签的姐妹赶紧签个到"; not "早上好阿姨们我来签到了"). A today word after any of them makes the act today's.
_AHEAD = re.compile(DAYS_AHEAD + "|" + WEEKS_AHEAD + "|" + SOON_AFTER)
_AN_ERA = re.compile(_ANOTHER_ERA)
_IF = r"如果|要是|假如|万一|的话|只要|除非"
_CUT_OFF_NOT_NOW = re.compile(_EVERY_DAY_WORD + "|" + _IF + r"|(?<![在着一二三特平同相对何])等(?![着了待奖级于同候])|"
                              r"(?:" + _LATER_IN_DAY + r")(?!好)[\u4e00-\u9fff]{0,4}?(?:有空|得空|闲下来)(?![了啦])")
_A_MOMENT_AFTER = re.compile(r"的时候|时候|时|的空|间隙|功夫")
_TODAY_AFTER = re.compile(r"今天|今儿|今早|今日|今朝|现在|这会")
_RULE_TOLD = re.compile(r"(?<![不听])(?:说|讲)(?![了话])|要求|规定|通知")
_GROUP_CALLED_CUT = re.compile(r"(?P<group>" + _THE_GROUP + r")(?:(?:都|也|快|快点|赶紧|记得)*$|[\u4e00-\u9fff]{1,4}?[前时]$)")
_HER_AT_THE_ACT = re.compile(r"(?:我|俺|额)(?:也|就)?$")
_GROUP_NAMED = re.compile(r"(?P<group>" + _THE_GROUP + r")")
_MANY = re.compile(r"^(?:大家|各位|大伙)|们$")  # the group as many ("姐妹们", "大家"; not 宝宝, 亲 alone: "喂完宝宝先签个到")
_TRIGGER_FORM = re.compile(r"签个?到|打个?卡")


def _another_day_told(before: str) -> bool:
    """Another day to come or a time of her life gone by, no today word after it."""
    return any(found and not _TODAY_AFTER.search(before, found.end()) for found in (_AHEAD.search(before), _AN_ERA.search(before)))


def _cut_off_puts_off(before: str, act: str) -> bool:
    """The words a soft break cut off before her act still govern it: the act not today's, not hers, or not done."""
    if _TRIGGER_FORM.search(before):
        return False  # the act after a trigger of its own: that clause reads it
    mine = _HER_AT_THE_ACT.search(before)
    hers = act.startswith(("我", "俺")) or mine is not None
    if _another_day_told(before) and not re.search(r"[了啦咯喽嘞]$", before[:mine.start()] if mine else before):
        return True  # "明早起来我先签个到", "小时候在乡下起来先签个到"
    if (found := _CUT_OFF_NOT_NOW.search(before)) and not _TODAY_AFTER.search(before, found.end()):
        if found.group()[0] == "等" and (_A_MOMENT_AFTER.search(before, found.end()) or _NOW_AFTER_ALL.search(act)):
            pass  # "在车站等车的时候我来签个到": a moment of her day; "等会儿要出门我先签个到": the act first, now
        elif "有" in found.group() or "得" in found.group() or "闲" in found.group():
            if not _NOW_AFTER_ALL.search(act):
                return True  # "下午有空我来签到"
        else:
            return True  # "我婆婆每天早上起来先签个到再做饭", "要是下雨就在家先签个到", "等孙子放学回来我来签个到"
    called = _GROUP_CALLED_CUT.search(before) or act.startswith(("赶紧", "赶快", "快")) and _GROUP_NAMED.search(before[-6:])
    if not hers and (_RULE_TOLD.search(before) or called and _MANY.search(called["group"]) or re.search(r"(?:没|未)签的", before)):
        return True  # "护士讲排队的时候先签个到", "没签的姐妹赶紧签个到", "家人们早上好大家赶紧签个到哦"
    return False


def _acts_not_done(pieces: list[str]) -> set[str]:
    """The pieces of one clause that start her act after words cut off that put it off (``_cut_off_puts_off``): only the
    first piece holding a trigger is judged (a later one has a trigger before it), so a clause costs one join."""
    for at, piece in enumerate(pieces):
        if _TRIGGER_FORM.search(piece):
            return {piece} if at and re.match(_STARTING_THE_ACT, piece) and _cut_off_puts_off("".join(pieces[:at]), piece) else set()
    return set()


def _cut_off_not_done(said: str) -> bool:
    """Some act in the message comes after words cut off that put it off: the whole-decision score, which weighs only the
    words of the act's own piece, is not asked."""
    return any(_acts_not_done([q for q in _soft_split(squeeze(clause)) if q]) for clause in _SIGNIN_BREAK.split(said) if clause)


def _soft_split(clause: str) -> list[str]:
    """``_SIGNIN_SOFT_BREAK``'s pieces, but a degree then the way home stays one sentence when it tells of another day
    (mend of i26: "前天冷的很回家签到" is that day's story; "今天冷的很回家签到" breaks, her day then the act)."""
    pieces = [piece for piece in _SIGNIN_SOFT_BREAK.split(clause) if piece]
    if (asked := _ASKED_THEN_WHY.match(pieces[0] if pieces else "")) is not None:
        pieces[:1] = [asked["ask"], pieces[0][asked.end():]]  # "给我签到一下我不懂这些": the request, then her reason (i27)
    kept = pieces[:1]
    for piece in pieces[1:]:
        if piece.startswith(("回来", "回家")) and _A_DEGREE_CLOSED.search(kept[-1]) and _NOT_TODAY.search(kept[-1]):
            kept[-1] += piece
        else:
            kept.append(piece)
    return kept


_TALKING_TO_THE_PHONE = re.compile(VOICE_CHECK + r"[啊呀]*[?？!！。.]*(?=[\s,，~～。.!！?？]|$)")  # also before her next sentence
_NOW = re.compile(r"^(?:我|俺)?(?:(?:大半夜|大清早|大早上|一大早|大晚上|凌晨|半夜三更|三更半夜|半夜|深更半夜|深夜|夜里|清早|清晨|一早)的?|正在|现在|这会儿?|顺手|顺便|抽空|马上|赶紧|赶快|终于|(?:(?:上班|下班|回家|出门|买菜|遛弯|散步)的?)?路上|"
                  r"在?(?:车上|地铁上|公交上)|(?:来|在)?群里$|(?:也)?就(?:来)?$|(?:第一次|头一回|头一次|首次)(?:来|在)?群里$|(?:今日|今天|今儿)(?:来|在)?群里$)")  # "我就签个到", "我也就来打个卡": just that
# ("头一回在群里签到": her first time, the group's sign-in)
# The opening of her answer to the group, the whole of what comes before the trigger: "那就", "行", "那我这", "我这就" (这 only
# after 我: "这签到" is the thing; 就 alone is ``_SIGNIN_NOT_BEFORE``'s, "就签到能换啥").
_OPENING = re.compile(r"(?:那(?:么|行|好)?|行|好(?:的|嘞)?|嗯|得嘞)(?:(?:我|俺)(?:在?这边?|在?这里|在这儿?)?)?(?:就|也|先|还是)*(?:来|也来)?|"
                      r"(?:我|俺)(?:在?这边?|在?这里|在这儿?)(?:就|也|先)*(?:来)?")
# Before a homophone, the bot called or the day named is as plain as a greeting: "机器人谦到", "周一迁到", "平安夜千到"
# (not a person's name: "老王钱到了" is his money).
_BOT_OR_DAY = re.compile(r"(?:(?:@?(?:群|小)?助手|机器人|小秘书|周[一二三四五六日末]|星期[一二三四五六日天]|今天|今早|平安夜|冬至|元旦|圣诞节?|"
                         r"腊八|小年|除夕)(?:了|啦)?)+(?:我|俺)?(?:来|也来|也)?")
_PLAIN_BEFORE = re.compile(r"(?:帮我|给我|我来|来|我也|我|今天|今日|继续|准时|那个)?")
# A clause that is 签 alone (签字, 签收 say more), with who or when and its result: "来签~风好大", 签上, 签好, 已签, 也签, 先签上.
_BARE_SIGN = re.compile(r"(?:我|俺)?(?:今天|今日|今儿)?(?:也|已经?|先|就)*来?签(?:上|好)?[了啦咯哦呀哈啊嘞]*")
# Counting herself in beside a plan named in the message: the plan's, not the day's sign-in.
_COUNTS_HER_IN = re.compile(r"算上?(?:我|俺)")
_JOINS_A_PLAN = re.compile(r"明天|后天|周末|下周|下次|改天|团建|活动|聚会|去|一起")
# Off to work beside 签 cut short: "已签 上班去了" (her day; "打卡上班" is work's own clock-in).
_OFF_TO_WORK = re.compile(r"(?:我|俺)?(?:要|得|该|赶着)?去?上班(?:去)?[了啦喽咯哦喽]*")
# Who signs in, named after the trigger: "签到 老李", "签到 王姐".
_NAME_AFTER = re.compile(r"(?:老|小)[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:姐|哥|阿姨|叔|奶奶|爷爷|大爷|大妈)")
# News of someone else's sign-in, not the act: "我妈签到了", "我女儿帮我签到过了", "我老公已经签到".
_NEWS = re.compile(r"了|啦|喽|咯|过|已经|刚|都|也")
_LATE = re.compile(r"差[一两几\d]{1,2}分钟|迟到")  # late for work: "早上打卡就差一分钟"
_WORK = re.compile(_LATE.pattern + r"|出差|请假|加班|公司|单位|上班|下班|办公|远程|外勤|考勤|指纹|定位|人脸|线上打卡")
_SIGNIN_PARTICLES = PARTICLES + "啰罗喇拉嗷哩伐哉"  # 哉 (Suzhou: 伲来签到哉)  # after a trigger only: 签到喇 (Cantonese), 簽到囉, 签到拉 (啦 mistyped), 签到嗷 (northeast), 签到哩, 签到伐 (Shanghai)
# Who is signing in, said before or after: "我是老王我来签到", "签到啊我是五号楼的".
_SELF_BEFORE = re.compile(r"^我是[^我]{1,10}(?=我|来)")
_SELF_NAMED = re.compile(r"^(?:我|俺)是[^我是]{0,8}(?:阿姨|姐|哥|叔|婶|奶奶|爷爷|大爷|大妈|妈|爸|婆|姥姥|姥爷|外婆|外公|老师|"
                         r"(?:老|小)[\u4e00-\u9fff]|号|栋|单元|室|楼)(?:呀|啊|哈)?$")
# Who she is by where she lives, the whole of what comes before the trigger: a place, 的, then herself as members name
# themselves (宝妈, 老两口, 小伙伴, 阿姨…); not whose (我家的, 隔壁的) nor a workplace's or a clinic's people.
# Herself as members name themselves, then how she comes: one table for her described (``_SELF_DESCRIBED``) and by her place.
_HERSELF = (r"(?:宝妈|宝爸|妈妈|老两口|两口子|小伙伴|姐妹|老姐妹|阿姨|大姐|大妈|大爷|奶奶|爷爷|外婆|外公|姥姥|姥爷|老太太?|老太婆|"
            r"老头儿?|老汉|老人家?|老妹儿?|老姐|老哥|老乡|老兵|一家人?|一家子|一枚|本人)")
_SHE_COMES = r"(?:来|也来|又来|也|就)?"
_FROM_PLACE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6})的(?:" + _HERSELF + r"|我)们?" + _SHE_COMES)
# Words that make the person someone else than her, before the person however she is named (by place or described): whose
# (我家, 我老…, 隔壁), someone asked for or told (帮, 让), others counted (好多, 一群), or people of a workplace, a school or
# the residents' committee, on duty or on a post (值班, 站岗, 社区党员), whose 打卡 is a duty's clock-in.
_NOT_HERSELF = re.compile(r"[我俺](?!是)|咱家|[你您他她谁楼院屋帮给替让叫]|隔壁|对门|对面|别人|同事|孩子|儿子|女儿|闺女|医院|公司|单位|"
                          r"学校|幼儿园|群|班|社区|村委|居委|街道|支部|值|站岗|执勤|巡逻|疫情|防疫|核酸|好多|很多|好些|不少|一群|几个|"
                          r"[一二两三四五六七八九十\d]+(?:个|位|名)|们")
_SELF_AFTER = re.compile(r"(?<!不)我是[^我是]{1,8}$")
# The bot asked to sign her, or a grown-up of her household, in, with a tag of any make: "能帮我签到吗", "帮我婆婆也签个到行不",
# "能帮我妈签个到吗", "帮我签一下到好不好".
_TAG = r"(?:吗|好吗|可以吗|行吗|行不|好不好|行不行|可以不|成不|呗|吧|不|没)?[?？]?"
# "能签个到吗", "可以打个卡不": the bot asked, with nothing else in the clause (not "现在还能签到吗": whether it is open).
_MAY_I = re.compile(r"(?:我)?(?:能|可以)(?:签个?到|打个?卡)(?:一下)?(?:吗|不|么)[?？]?")
_ASK_TO_SIGN = r"(?:帮|给)我(?:签(?:个|一?下)?到|打个?卡)(?:一下)?"  # the request itself (also ``_ASKED_THEN_WHY``'s)
_ASKS_THE_BOT = re.compile(r"(?:@?(?:群|小)?助手|机器人|小秘书)?(?:你)?(?:能|可以|麻烦|能不能|可不可以)?" + _ASK_TO_SIGN + _TAG)
# A parent as members of the north, the south-east and Korean-Chinese families call them (俺娘, 老爹, 姆妈, 阿妈妮), beside
# the 妈/爸 the household words hold: whom she signs in for, or whose news it is.
_PARENT = r"(?:老?娘|老?爹|阿妈妮?|阿爸|姆妈|额娘|阿婆|阿公|老母亲|老父亲)"
# Grown-up kin beyond the household, as members name them after 我: 老爸 and 老妈, 老爷子, in-laws (岳母, 丈母娘, 老丈人),
# uncles, aunts and cousins (舅舅, 小姨, 大姑, 表姐). With 我 before them they name a person as the household words do:
# "帮我舅舅签个到" signs him in, "我老爸签到了" is his news (both were read as her own sign-in: words the reader did not know).
# (people's grown-up kin and parents-in-law, and the ways of naming them it lacks: 老爸, 舅 and 姨 alone, 大姨妈, 堂哥)
_KIN_GROWN = (r"(?:老[爸妈]|老爷子|老太太|" + PARENTS_IN_LAW + "|" + GROWN_KIN + r"|舅舅?|姑妈|[大二三小]?姨妈?|[大二三小]姑|[姨姑][父夫]|堂[哥弟])")
_ASKS_FOR_KIN = re.compile(r"(?:能|可以|麻烦|能不能|可不可以)?(?:帮|给|替)我家?(?:老?[妈爸]|妈妈|爸爸|老伴|老公|婆婆|公公|外婆|外公|奶奶|爷爷|姥姥|姥爷|老头子?|" + _PARENT + r"|" + _KIN_GROWN + r")"
                           r"也?(?:签(?:个|一?下)?到|打个?卡)(?:一下)?" + _TAG)
_TO_THE_BOT = re.compile(r"助手|机器人|小秘书")
# "帮我签到" meant of the bot, today, not another day's nor a neighbour's favour: she asks how ("签到在哪点 帮我签一下"),
# calls the bot ("小助手在吗，给我签个到"), or cannot do it herself ("麻烦帮我签到，我不太会弄").
_SHE_CANNOT = r"不太?会弄|弄不来|不懂"  # (also ``_ASKED_THEN_WHY``'s)
_HOW_OR_BOT = re.compile(r"怎么|咋|助手|机器人|小秘书|" + _SHE_CANNOT)
# i27: the bot asked to sign her in, then at once why she cannot herself, her own sentence though voice input dropped the stop
# ("给我签到一下我不懂这些", "帮我签个到我眼花看不清"): the request (``_ASK_TO_SIGN``, after a greeting or a name of up to ten
# characters, not after a "don't": "不用帮我签个到…" takes it back), then her 我 and what she cannot do (``_SHE_CANNOT``) or
# her eyes. (Mend of i27: where she is, run on, is not cut: a longer account of her day read as the reason blocked the
# request; no train/dev line runs 我在 on after the request.)
_ASKED_THEN_WHY = re.compile(r"(?P<ask>[\u4e00-\u9fff]{0,10}?(?<![别甭])(?<!不用)(?<!不要)(?<!不必)" + _ASK_TO_SIGN + r")"
                             r"(?=(?:我|俺)(?:" + _SHE_CANNOT + r"|眼))")
_QUESTION_IN_CLAUSE = re.compile(r"吗|么|呢|哪|多少|(?<!好)几|好几(?!次|遍|下)|\?|(?:什么|啥)(?!大?事儿?|关系|毛病)|(?<!没)(?<!没有)(?:什么|啥)|怎么|干嘛|有没有|能不能|是不是|会不会|要不要|算不算|用不用|该不该|了没|没有$")


_SELF_PARTY = re.compile(r"(?:我家?|俺家?|咱家)(?:老头子?|老伴|老太婆|老婆子|老?妈|老?爸)(?:也|都|一起)?")  # one's household, signing in
_SOMEONE_ELSE = re.compile(r"(?:我家?|俺家?|咱家)(?:" + HOME + r"|" + _PARENT + r"|妈|爸|姐|妹|哥|弟|老头)|"
                           r"^(?:老公|老婆(?!子)|爱人|孩子|娃|儿子|女儿|闺女|老伴|婆婆|公公|她|他)")  # (老婆子 alone is the speaker herself)
# ... and her grown-up kin beyond it (the whole-decision score's cue "someone" keeps the words it was fitted with).
_SOMEONE_NAMED = re.compile(_SOMEONE_ELSE.pattern + r"|(?:我家?|俺家?|咱家|我们家)(?:" + _KIN_GROWN + "|" + KIN + ")")  # 我家老大, 我外甥女


# A message that opens by @-ing the whole group: a notice of the owner's or an admin's (I22), unless it tells her own act
# (``_HERS_TOO``: "@所有人 我签到了 大家早"; not "@所有人 签到啦", "@全体成员 今天记得签到").
_TO_EVERYONE = re.compile(r"\s*[@＠](?:所有人|全体成员|全体|all(?![a-z]))", re.IGNORECASE)


def read_signin(text: str, triggers: list[str] | tuple[str, ...], partner: bool | signin_model.SigninModel = True) -> Reading | None:
    """A sign-in in its wrapping: '签到', '大家早上好！签到', '签到，祝大家身体健康', '帮我签个到',
    '打个卡', '签道', '张阿姨签到', '打卡第15天'; not '昨天忘了签到', '签到送什么', '跑步打卡五公里'.
    A pure function of its text: read once per text (replay plans with it, then the handler asks again).
    ``partner``: a 打卡 the rules read after words they do not know as who, when or how is weighed by the learned 打卡
    score (``signin_model``), which leaves another habit's silent (百词斩打卡, 降压药打卡); False: the rules alone (the
    score's own report); a ``SigninModel``: that score instead of the shipped one (a fold's, ``signin_variations``)."""
    if len(text) > MAX_READ:
        return None
    if (everyone := _TO_EVERYONE.match(text)) is not None:
        if not _HERS_TOO.search(text, everyone.end()):
            return None  # "@所有人 签到啦": the staff's call to the whole group (only the owner and admins can @ everyone)
        text = text[everyone.end():]  # "@所有人 我签到了 大家早": her own act, told to everyone
    if (spaced := _word_spaced(text)) is not None:
        text = spaced  # "我 女儿 教 我 签到 了": a space between every word is no stop; read run together, she was taught
    text = _asked_as_mandarin(_once(text))
    if _worth_asked_beside(text):
        return None  # "签到签到，签了有啥用", "签到了又能怎样 还不是没货": its worth asked, whatever the score says of the rest
    reading = _read_signin(text, tuple(triggers))
    if reading is None:
        said = _spoken(text)
        if not (_TRIGGER_CHARS.search(said) or _SOUNDS_LIKE_TRIGGER.search(said)) or _told_whole(text, tuple(triggers)):
            return None  # most chat: no 签, no 打卡 written or heard (卡 alone is a card's: 银行卡, 手机卡了); "今天签到第一名是老李": told
        reading = _signed_before_her_day(said, tuple(triggers)) or _stop_unsaid(text, tuple(triggers))
        if reading is None:
            return Reading(SIGNIN) if partner and _rescued(text, said, partner) else None
    if partner and "卡" in text and (card := card_context(text)) is not None and card.in_doubt \
            and (model := _partner_model(partner)) is not None and model.vetoes(card):
        return None  # "吃钙片打卡 今天吃过了": another habit's 打卡, as the score weighs the words beside it
    return reading


# A message typed with a space after every word or two (I22: "今天 已经 签 了 的", "我 女儿 教 我 签到 了"): the spaces are no
# stops, so it is read once with its words run together — unless it ends with the trigger alone ("欠到 欠到 啊不是 签到": the
# act said last, as anywhere). After the trigger, a word that names someone (a pronoun, one of the household) starts her next
# sentence, and its space stays a stop: "我 今天 签到 了 你们 呢" is "我今天签到了 你们呢", "签到 我 老伴 也 签 了" is "签到 我老伴也签了"
# (run together, 呢 would ask of the act and 我老伴 would own it); "签到 送 什么" runs together and asks.
_SPACED = re.compile(r"[\u4e00-\u9fff]{1,4}(?: [\u4e00-\u9fff]{1,4}){3,}")
_NEW_SUBJECT = re.compile(r"(?:我|俺|咱|你|您|他|她|大家|各位|" + HOME + "|" + _PARENT + "|" + KIN + ")")


def _word_spaced(text: str) -> str | None:
    """The words run together, when ``text`` is typed word by word (most pieces a word of one or two characters), a
    space kept before someone named after the trigger."""
    text = text.strip()
    if " " not in text or not _SPACED.fullmatch(text):
        return None
    pieces = text.split(" ")
    if sum(map(len, pieces)) > 2.5 * len(pieces) or re.fullmatch(r"(?:签个?到|打个?卡)[了啦哦呀]*", pieces[-1]):
        return None
    trigger = next((at for at, piece in enumerate(pieces) if _TRIGGER_CHARS.search(piece)), len(pieces))
    return "".join(piece if at <= trigger or not _NEW_SUBJECT.match(piece) else " " + piece for at, piece in enumerate(pieces)).strip()


# A trigger-like cue, for the whole-decision score: 签 not inside another word (签字, 签收, 签约…: "签今天好冷啊" is hers), 打卡, or
# a trigger typed by a sound that is also a word (钱到, 大卡: the score hears them as the trigger, ``_said_for_score``).
# Only there is the score asked: 签收, 签字 and a card's 卡 never reach it (its cues would silence them, at ~40
# regular expressions a message).
_SCORE_CUE = re.compile(r"签(?![字收名约证单署订])|打个?卡")


def _rescued(text: str, said: str, partner: bool | signin_model.SigninModel) -> bool:
    """The whole-decision score signs in a message the rules left silent ("给俺娘也签上" before the rules knew 娘: the
    trigger's words as sign-ins use them, no look-alike cue)."""
    return bool(_SCORE_CUE.search(said) or _SOUNDS_LIKE_TRIGGER.search(said)) and (found := rescue_context(_before_her_day(text))) is not None \
        and (model := _partner_model(partner)) is not None and model.rescues(*found)


def _before_her_day(text: str) -> str:
    """The message without the sentence of her day it runs on into at its end ("坚持签到真不容易外面下雪了" less "外面下雪了"):
    that sentence says nothing of signing in (``_runs_on``, the rules' own test), so the score weighs the words before it
    alone — talk about signing in stays talk whatever weather follows it."""
    if (first := _TRIGGER_CHARS.search(text)) is None or _QUOTING.search(text):
        return text
    for cut in range(first.end() + 1, len(text) - 1):  # the longest sentence of her day first
        if not _HAN.match(text, cut) or text[cut] in _SIGNIN_PARTICLES + "过着" and _HAN.match(text, cut - 1) or text[cut - 1] in _TAKES_THE_NEXT \
                or _REGISTER.match(text, cut) and text.endswith(("签到", "打卡"), 0, cut):
            continue  # (i27: no sentence of her day starts at the sheet named: "签到表上电话填错了")
        rest = squeeze(plain(text[cut:]))
        if not _TRIGGER_CHARS.search(rest) and not _NOT_HER_DAY.search(rest) and _runs_on(rest):
            return text[:cut]
    return text


def _partner_model(partner: bool | signin_model.SigninModel) -> signin_model.SigninModel | None:
    return partner if isinstance(partner, signin_model.SigninModel) else signin_model.shipped()


# The trigger as one of a list of what is done in the group ("签到、接龙、抢红包，我妈玩得比我溜"): two 、 around short items
# (one 、 is a stop members type: "早上好、签到").
_LISTED = re.compile(r"(?:签个?到|打个?卡)、[^、，,。!！?？\s]{1,6}、|、[^、，,。!！?？\s]{1,6}、(?:签个?到|打个?卡)")


def _told_whole(text: str, triggers: tuple[str, ...]) -> bool:
    """The whole message tells of signing in, whatever her act beside it: a schedule, a receipt, a tally, someone else's
    rank, the instruction to reply the trigger. No part of it read alone, nor the score, signs in ("今天签到第一名是老李"
    cut after 签到 would). (The other reasons of ``_told_for_sure`` yield to her act said last, which a cut reads.)"""
    return (plain := _rules_text(text, triggers)) is not None and bool(
        _schedule(plain) or _RECEIPT.search(plain) or _TALLY.search(plain) or _ranked_other(plain) or _REPLIED_FOR.search(plain)
        or _TRIGGER_AS_A_THING.search(plain) or _left_undone([squeeze(p) for p in _SIGNIN_BREAK.split(plain)])
        or _LISTED.search(plain) or _SOMEONE_URGED.search(plain) or _group_called(plain) or _SENT_ASTRAY.search(plain) or _sent_unanswered(plain) or _THEIRS_NAMED.search(plain)
        or _MOVED_ON.search(plain))


def _asked_as_mandarin(text: str) -> str:
    """The message with regional question words read as Mandarin (``bot.questions.spoken``: Shanxi's 有甚 = 有什么,
    Cantonese 乜嘢) when that is what makes it ask: "签到有甚用" asks what signing in is for, as "签到有啥用" does, and the
    question reader hears the same words (q16). A word that ends the message is a particle there ("我嚟签个到咋": Cantonese
    咋, not 怎么), but 什么 ("签到干甚": 干什么). Other texts are read as typed."""
    asked = mandarin(text)
    return asked if asked != text and _asking_words(asked) > _asking_words(text) else text


def _asking_words(text: str) -> int:
    """Question words in the text, but for one that ends it (什么 asks there too)."""
    return sum(1 for m in _QUESTION_IN_CLAUSE.finditer(text) if text[m.end():].strip("?？!！~～。.，, ") or m.group() == "什么")


def _once(text: str) -> str:
    """A message sent with its words twice over (pasted again, voice input repeated), read once: "签到啦 签到啦"."""
    text = text.strip()
    half = len(text) // 2
    if len(text) > 5 and len(text) % 2 == 1 and text[half].isspace() and text[:half] == text[half + 1:]:
        return text[:half]
    return text


# 打卡 after words the reader knows as who signs in, when or how (婷婷打卡, 周一打卡, 我也来打个卡, 今日份打卡) or after
# none is hers; other words before it are a content word of an open class — a pill, an app, a workout, a place (降压药打卡,
# 百词斩打卡, 喂海鸥打卡), or a member's own slang (摸鱼打卡, 打工人打卡) — which only the learned score can weigh.
_CARD = re.compile(r"打个?卡")
_TIME_WORD = r"(?:今日|今天|今儿个?|今早|每日|每天|\d{1,2}月份?)(?:份的?|的|一)?"  # (今儿个: the north's 今天)
_PLAIN_FOR_CARD = re.compile(r"(?:(?:@?(?:群|小)?助手|机器人|小秘书)(?:你好)?)?(?:" + _TIME_WORD + r")?(?:新人|新来的)?(?:第一次|头一回|首次)?"
                             r"(?:[帮给替]我|(?:我|俺|额|咱)?(?:也|都|先|就|又|才|再|还)*(?:要|来|去)?(?:已经?)?)|"
                             r"日常|例行|常规|照常|照例|照旧|准时|按时|默默|继续|坚持|(?:出来)?冒个?泡|(?:我|俺)?(?:也)?(?:学着|试着|跟着)(?:大家|大伙儿?|各位)?(?:来)?")  # (学着: a newcomer's first)  # the group's slang: showing up in it


def card_context(text: str) -> signin_model.Card | None:
    """The first 打卡 of a message as the 打卡 score reads it: the words before it in its clause, the rest of the clause,
    where the clause is; in doubt when every clause holding 打卡 has words before it the reader does not know as who,
    when or how ("降压药打卡", "大家早摸鱼打卡"; not "早安 摸鱼打卡 打卡"). None without 打卡, or with 签 (签到 beside 打卡
    is the group's sign-in whatever the 打卡 is: "签到打卡", "qd打卡", "谦到打卡")."""
    said = _said_for_score(text)
    return None if "签" in said else _first_trigger(said, _CARD)


def _said_for_score(text: str) -> str:
    """The message as the learned scores read it: spoken forms folded, who she does it for and her boast put as the
    reader puts them, quotes left out, letters and sounds read as the trigger."""
    text = _spoken(text)
    text = _SPOKEN_STOP.sub("，", text) if "号" in text else text  # "打卡逗号早上好", as the reader reads it
    text = _EMOJI_INSIDE.sub("", text) if "[" in text else text  # "签到[爱心]的人好多", as the reader reads it
    text = _ON_THEIR_PHONE.sub(r"替\g<who>", _ASKED_FOR_THEM.sub(r"替\g<who>", text))  # "我公公让我帮他打个卡": done by her
    if "第一" in text:
        text = _FIRST_ONE.sub(lambda m: "第一 " + (m[1] or m[2] or m[3]), text)  # "第一个打卡的是我", as the reader reads it
    return heard_as(_LETTER_TRIGGER.sub(lambda m: _ABBREVIATED[m.group()], plain(_without_quote(unquote(text)))), ("签到", "打卡"))


def _first_trigger(said: str, trigger: re.Pattern) -> signin_model.Card | None:
    parts = [q for p in _SIGNIN_BREAK.split(said) if p for q in _soft_split(squeeze(p)) if q]
    cards = [(at, p[:m.start()], p[m.end():], m.group()) for at, p in enumerate(parts) if (m := trigger.search(p))]
    if not cards:
        return None
    at, before, after, found = cards[0]
    return signin_model.Card(before, after, at, len(parts), not any(_known_before(b) for _, b, _, _ in cards), "卡" in found)


def _known_before(words: str) -> bool:
    """Words before 打卡 the reader knows as who signs in, when or how, in any of its readings of them: as typed, without
    greetings run together, or as ``_words_before`` leaves them ("大家早上好小助手帮我" is the bot asked)."""
    bare = without_courtesy(words)
    if _SELF_DESCRIBED.search(bare) and not _NOT_HERSELF.search(bare):
        return True  # "退休老头打卡", "东北老妹儿打卡", "河南老乡打卡": who she is, described, ending in a person
    return any(_plain_before(w) for w in (words, bare, _greetings_off(words), _words_before(bare), _greetings_off(_words_before(words))))


# A member describing herself before 打卡, the words ending in a person as members call themselves (not someone of hers:
# 我家老头, 帮我妈, 孩子…).
# (志愿者 and 党员 are posts, not herself: "站岗志愿者打卡" is a duty's clock-in.)
_SELF_DESCRIBED = re.compile(_HERSELF + _SHE_COMES + "$")


def _greetings_off(words: str) -> str:
    words = without_courtesy(words)
    return words[hello.end():] if (hello := _HELLO.match(words)) else words


def _plain_before(words: str) -> bool:
    return not words or bool(_PLAIN_BEFORE.fullmatch(words) or _PLAIN_FOR_CARD.fullmatch(words) or _BOT_OR_DAY.fullmatch(words)
                             or _WHO_OR_WHEN.fullmatch(words) or is_courtesy(words) or _greeting(words))


# Punctuation spoken to voice input and written out as words by some phones: "签到逗号早上好", "打卡句号".
_SPOKEN_STOP = re.compile(r"(?<=\S)(?:逗号|句号|感叹号|冒号)(?=[\u4e00-\u9fff]|\s|$)")  # also after an emoji: "打卡⏰逗号群主早"
# WeChat's "[玫瑰]" between two Han characters: ``plain`` makes it a space, which would end a clause there, where an
# emoji typed as a character (❤️) vanishes and the sentence stays whole.
_EMOJI_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])\[[^\[\]\d]{1,4}\](?=[\u4e00-\u9fff])")
_TITLE = re.compile(r"《[^》]{2,40}》")
# Today's sign-in made up late: "补上今天的签到", "今天的卡补上", "早上忙忘了 现在补上签到" (not 补签, 补昨天的).
_MADE_UP_TODAY = re.compile(r"补(?:上|个|一下)(?:今天|今日|今儿)的?(?:签到|卡)|(?:今天|今日|今儿)的?(?:签到|卡)补上(?:了|啦)?|(?<=现在)补上签到")
# A two-character trigger heard with 个 inside (谦个到, 钱个到, 迁个到, 达个卡, 打个咔): unlike 钱到 (money arrived) or
# 搬迁到, no word of the language sounds so, so it is the trigger typed by sound wherever it stands. Not 咖 before 啡/喱
# (打个咖啡); 大个卡 only as typed, not a big one's 卡车 or 卡片 (大个卡车).
_HEARD_WITH_GE = re.compile("([" + "".join(sorted(sounding_like({"签"}))) + "])个([" + "".join(sorted(sounding_like({"到"}))) + "])|"
                            "([" + "".join(sorted(sounding_like({"打"}) - {"大"})) + "])个([" + "".join(sorted(sounding_like({"卡"}))) + "])(?![啡喱])|"
                            "(大)个(卡)(?![车片啡喱])")


def _as_trigger(match: re.Match) -> str:
    return "签个到" if match[1] else "打个卡"


_OTHER_DAY = re.compile(r"昨|前天|上周|上个|那天|之前|上次")
_NOT_TODAY = re.compile(_OTHER_DAY.pattern + r"|" + DAYS_AHEAD + r"|" + WEEKS_AHEAD)  # another day, past or to come (the shared tables)
_NEARLY_FORGOT = re.compile(r"差点儿?(?:把|将)(签到|打卡)(?:给)?忘(?:了|记了?)?")  # "差点把签到忘了" as "差点忘了签到"


# Her vow never to miss it (its 不 refuses nothing) and her boast of being first.
_VOW = re.compile(r"雷打不动|风雨无阻|从不缺席|从不落下|一天不落|一天都不落")
# Her own "mustn't forget", said of herself or a day ("圣诞节也不能忘了签到"), not to others (大家也不能忘了签到: a reminder).
_NOT_FORGET = re.compile(r"也?(?:不能|不会)忘了?(?=签|打)")
_OTHERS_BEFORE = re.compile(r"你|您|大家|各位|们|[他她]|老公|老婆|孩子|[爸妈]|谁|记得")


def _her_vow(text: str) -> str:
    if (vow := _NOT_FORGET.search(text)) and not _OTHERS_BEFORE.search(text[:vow.start()]):
        return text[:vow.start()] + " " + text[vow.end():]
    return text
_FIRST_ONE = re.compile(r"(?:我|俺)是(?:今天)?第一个(签到|打卡)的|(?:今天)?第一个(签到|打卡)的(?:又|就)?是我(?:哦|哈|呀|啊)?(?=[^\u4e00-\u9fff]|$)|(?:\d{4}年?|新年|今年|本周|这周|本月|这个月)的?第一(?:个|次)(签到|打卡)")  # "2027年的第一个签到！"
# A reminder of the day's care, not of signing in: "今天冬至记得吃饺子", "记得多穿点" — its 记得 is left out, so it reads
# as a remark beside her sign-in (记得签到, 记得按时来 stay reminders).
_CARE_REMINDER = re.compile(r"记得(?=吃|喝|穿|多穿|添衣|加衣|带伞|带上|戴|保暖|关窗|关门|关火|锁门|晒|休息|早点睡|早睡)")
_THANKS_FOR_REMINDING = re.compile(r"(?:谢谢|感谢|多谢)[^，,。!！\s]{0,6}提醒")
_LIST_LINE = re.compile(r"^\s*\d{1,3}\s*[.、．)）:：]?\s*(?=\S)")


def _own_line(text: str) -> str | None:
    """The sender's own line of a pasted numbered 接龙 (two numbered lines or more, hers the last), without its number."""
    lines = [line for line in text.split("\n") if line.strip()]
    numbered = [at for at, line in enumerate(lines) if _LIST_LINE.match(line)]
    if len(numbered) < 2 or numbered[-1] < len(lines) - 3:
        return None  # her line, and at most two lines of hers after it ("3. 签到\n今天也要加油")
    return _LIST_LINE.sub("", "\n".join(lines[numbered[-1]:]), count=1)


# Cantonese: 咗 (了) inside the trigger ("签咗到", "打咗卡": signed, clocked in), 嚟 (来) before it ("我嚟签个到").
# 我都嚟 is "I too come" (我也来), and 咋 closing a Cantonese sentence is "just" (而已): "我都嚟打卡啦", "我嚟签个到咋".
_CANTONESE = ((re.compile(r"([签簽打])咗(到|卡|咭)(?![未冇没])"), r"\1\2了"), (re.compile(r"([签簽打])埋(?=[个個]?[到卡咭])"), r"也\1"), (re.compile(r"(?<=[我俺])都嚟(?=[签簽打])"), "也来"),
              (re.compile(r"嚟(?=[签簽打])"), "来"), (re.compile(r"(?<=签到|打卡|簽到)咗"), "了"), (re.compile(r"(?<=[到卡咭])咋(?=[啦呀喇]*$)"), ""))


# i26: a region's "not" right before the act, folded to 没 / 不 so every rule that knows 没签 / 不签 reads it: Cantonese,
# Hakka and Xiang 冇 and Cantonese 未 (没: "昨天冇签到", "你今日未签到喎"), Wu 勿 (不: "我从来勿签"; mend of i26: 唔, 覅 and
# 唔使 dropped, no train or dev line has them before the act). Not the
# question tag that closes "吃了冇" / "食饱未" run on into the act without a stop ("过早了冇签到": asked, then hers): 冇 after
# 了/过/饱 and 未 after anything but who or when are left as typed.
_REGIONAL_NOT = ((re.compile(r"仲(?:未|冇)(?=[签簽]|打个?卡)"), "还没"),  # Cantonese "not yet" (mend of i26: "我仲未签到")
                 (re.compile(r"(?<![了过饱])冇(?=[签簽]|打个?卡)"), "没"),
                 (re.compile(r"(?<=[还我你佢都也日天])未(?=[签簽]|打个?卡)"), "没"),
                 (re.compile(r"勿(?=[签簽]|打个?卡)"), "不"))
# … and a region's day and person, as the rules' words name them, so yesterday's act, tomorrow's plan and someone else's
# news read as they do in Mandarin ("琴日签咗到", "听日先签到", "佢签到咗", "侬签到了伐"): Cantonese 琴日/尋日 (昨天) and 听日
# (明天), the north's 夜来/夜儿个 (昨天), Wu 明朝 (明天) and 侬 (你), and the third person of Cantonese 佢, Wu 伊 and Gan/Hakka
# 渠 (她). Not 夜来香; 侬 only as the act's subject (侬早 greets, and in the south 侬 is also "someone": 送完侬上学).
# Mend of i26: 听日 and 明朝 (also "listen to Japanese", the Ming dynasty) and 伊 and 渠 (also inside 伊藤, 伊豆, 水渠) only where
# they stand as a day or a person: a day as a clause's first word or after someone (我明朝, 侬听日; 听日语 is "listen to
# Japanese" there too), a person after a verb that takes one (帮伊, 叫渠) or right before the act (伊早就签了); 佢 is only
# ever "she".
_STANDS_FIRST = r"(?:^|(?<=[\s,，。!！?？~～、;；:：]))"
_AFTER_SOMEONE = r"(?<=[我你侬她他佢伊渠们拉])"
_AFTER_A_VERB_OF_SOMEONE = r"(?<=[帮替给叫让同跟和话教对问陪等])"
_BEFORE_HER_ACT = r"(?=(?:今朝|今天|今日|也|都|已经|还|早就?)*(?:签|打个?卡))"
_REGIONAL_WORDS = ((re.compile(r"琴日|尋日|寻日|夜儿个|(?<![半深午昨今])夜来(?!香)"), "昨天"),
                   (re.compile(r"(?:" + _STANDS_FIRST + r"|" + _AFTER_SOMEONE + r")(?:听日(?!语)|明朝)"), "明天"),
                   (re.compile(regional.YOU + _BEFORE_HER_ACT), "你"),
                   (re.compile(r"佢|" + _AFTER_A_VERB_OF_SOMEONE + r"[伊渠]|[伊渠]" + _BEFORE_HER_ACT), "她"))
_REGIONAL_NOT_CUE = re.compile(r"[冇未勿琴尋寻夜听朝侬佢伊渠]")


# Northern speech as members type it (Henan, Shandong, the north-east, Beijing), folded to the words the reader knows:
# 俺 (我), 中不中 / 中不 at a clause's end (行不行, 行不: "OK?"; after the act, her "OK?" asks nothing of it), 喊 (叫:
# "我妈喊我帮她签到"), 整 as "do" before the act ("给我老伴儿也整个签到"), the 儿 of a household word (老伴儿), 俺俩 (we
# two), sentence ends 昂 and 您内 (啊); and the south-west's 一哈 (一下) after the act; the north-west's 老汉 at home, her
# husband (I22: 给俺家老汉签个到).
_NORTHERN = ((re.compile(r"俺"), "我"), (re.compile(r"(?<=[我咱]家)老汉"), "老头"), (re.compile(r"(?<=[到卡])中不中?(?=[?？!！。，,\s~～]|$)"), ""),
             (re.compile(r"中不中"), "行不行"), (re.compile(r"中不(?=[?？!！。，,\s~～]*$)"), "行不"),
             (re.compile(r"喊(?=我(?:替|帮|给)[他她])"), "叫"), (re.compile(r"整(?:个|一个)签到"), "签个到"), (re.compile(r"整(?:个|一个)(?=卡)"), "打个"),
             (re.compile(r"(?<=老伴|老头|媳妇|闺女|老婆)儿"), ""), (re.compile(r"(?<=我)俩(?=都|也|一起)"), "和老伴"),
             (re.compile(r"(?<=[到卡了签上啦])(?:昂|您内|您呐)(?=[?？!！。，,\s~～]|$)"), "啊"), (re.compile(r"(?<=[签到卡])一哈"), "一下"), (re.compile(r"(?<=等)一?哈(?=[\u4e00-\u9fff])"), "一下"),
             (re.compile(r"(?<=[要得还就先])克(?=[\u4e00-\u9fff])"), "去"),  # the south-west's 等哈 (等一下) and 克 (去): "等哈还要克菜场" (I22)
             (re.compile(r"(?<![金余限定份名超数面总差税空])额(?![度外头定])"), "我"))
# (额 is the north-west's "I": "帮额签一下 额不会弄"; not 金额, 额外, 额度. Its 甚, "what" (签到有甚用), is the questions
# reader's regional word, read through its table by ``_asked_as_mandarin``.)
_NORTHERN_CUE = re.compile(r"俺|中不|喊我|整|儿|我俩|昂|您[内呐]|哈|额|老汉|克")
# A trigger typed by a sound that makes no word of its own here (谦到, 欠到, 千到, 签道, 达卡, 打咔): read as written before
# anything else, so every rule of the reader sees the trigger (not those that are words: 钱到, 迁到, 提前到, 大卡; not
# beside a number, 一千到两千, nor 到 as "until", 欠到现在; not 千岛湖, 咖啡).
_SOUNDS_LIKE_TRIGGER = re.compile("[" + "".join(sorted(c for c in sounding_like({"签"}) if "\u4e00" <= c <= "\u9fff")) + "]"
                                  "[" + "".join(sorted(c for c in sounding_like({"到"}) - set("岛島") if "\u4e00" <= c <= "\u9fff")) + "]|"
                                  "[" + "".join(sorted(c for c in sounding_like({"打"}) - set("答") if "\u4e00" <= c <= "\u9fff")) + "]"
                                  "[卡咔咖喀佧](?![啡喱])")


# A pursuit's emoji before 打卡 names the pursuit clocked in ("📖打卡 读完第三章", "🏃打卡 五公里", "🎹打卡"): written as its
# word, so the rules and the 打卡 score read another habit's as they read 读书打卡 (💪 stays: as often 加油 as a workout; after
# 打卡 an emoji is as often decoration: 打卡📖).
_PURSUIT_EMOJI = {"📖": "读书", "📚": "读书", "🏃": "跑步", "🏊": "游泳", "🚴": "骑行", "🧘": "瑜伽", "🏋": "健身", "🎹": "练琴",
                  "🎸": "练琴", "🎻": "练琴", "🎺": "练琴", "🥁": "练琴", "✍": "练字", "🏸": "运动", "🏓": "运动", "⚽": "运动", "🏀": "运动"}
_EMOJI_TAIL = "[\u200d\u2640\u2642\ufe0f\U0001F3FB-\U0001F3FF]*"
_PURSUIT_BEFORE_CARD = re.compile("([" + "".join(_PURSUIT_EMOJI) + "])" + _EMOJI_TAIL + "(?=[打大达]个?[卡咔])")
_PURSUIT_CUE = re.compile("[" + "".join(_PURSUIT_EMOJI) + "]")


# The north-west's 老汉 naming the speaker himself, no one's before it (mend of I25): right before 我/俺 ("老汉我也签个到"),
# or the subject of his own coming to it ("老汉今儿个也来打卡"); not after whose ("俺家老汉签了": her husband).
_OLD_MAN_I = re.compile(r"(?<![\u4e00-\u9fff])老汉(?=[我俺])")
_SELF_OLD_MAN = re.compile(r"(?<![\u4e00-\u9fff])老汉(?=(?:今天|今儿个?|今早|早上)?(?:也|又|先|就)?来)")


# i27: the act's measure said in full, 签一个到, as 签个到 (fiftieth, seventyfifth, ninetyfourth, ninetyninth: all four
# sign-ins, requests for kin among them; 打一个卡 is in no train/dev line).
_ONE_OF_IT = re.compile(r"签一个到")


@lru_cache(maxsize=1024)
def _spoken(text: str) -> str:
    """Her words as the reader's rules are written: Cantonese and northern speech folded, a trigger typed by sound as
    written where the sound makes no word of its own."""
    if "一个" in text:
        text = _ONE_OF_IT.sub("签个到", text)  # i27: "给我姥姥也签一个到" is 签个到 (一个 as 个: the measure said in full)
    if "咗" in text or "嚟" in text or "埋" in text:  # (咋 closes a sentence only beside 嚟)
        for pattern, said in _CANTONESE:
            text = pattern.sub(said, text)
    if _NORTHERN_CUE.search(text):
        for pattern, said in _NORTHERN:
            text = pattern.sub(said, text)
    text = _HEARD_WITH_GE.sub(_as_trigger, text) if "个" in text else text  # "下班路上迁个到", "帮我达个卡": no word
    if _PURSUIT_CUE.search(text):
        text = _PURSUIT_BEFORE_CARD.sub(lambda m: _PURSUIT_EMOJI[m[1]], text)
    if "老汉" in text:  # the speaker himself, before the shared fold reads 老汉 as her husband
        text = _SELF_OLD_MAN.sub("我", _OLD_MAN_I.sub("", text))
    text = kin_folded(text)  # I25: kin in a region's words as the household words name them ("俺那口子签了", "我家老倌签到了": news)
    text = _SOUNDS_LIKE_TRIGGER.sub(_as_written, text)
    if _REGIONAL_NOT_CUE.search(text):  # (after the sound's fold: "冇千到" is 没签到)
        for pattern, said in _REGIONAL_NOT + _REGIONAL_WORDS:
            text = pattern.sub(said, text)
    return text


def _as_written(match: re.Match) -> str:
    typed, text, at = match.group(), match.string, match.start()
    if typed in ("签到", "打卡") or _SHAPES & set(typed) or _WORDS_HEARD & set(typed) or _UNTIL.match(text, at + 2) \
            or "千" in typed and _number_beside(text, at, 2) and not re.match(r"一[下哈个次]", text[at + 2:at + 4]):
        return typed  # (a number beside only counts with 千: 谦到一个月 is a streak)
    return "签到" if typed[1] not in "卡咔咖喀佧" else "打卡"


def _told_not_done(plain_text: str, triggers: tuple[str, ...]) -> bool:
    """The whole message tells of signing in rather than doing it: the sure reasons (``_told_for_sure``) or a place's duty
    ("开家长会要签到", heard by sound too: "打疫苗要先谦到")."""
    return _told_for_sure(plain_text) or bool(
        _DUTY_CUE.search(plain_text) and _DUTY.search(heard_as(plain_text, _homophones(_trigger_forms(tuple(triggers)))[0])))


# I25: another group named right before the act — one pointed away from this one (那个群, 别的群, 他们群) or of a kind no store's
# group is (家族群, 家长群, 单位群) — its sign-in is told, not done here ("家族群签到了", "那个群里天天打卡"; not "群里打卡",
# "咱群签到", "群助手帮我签到": this group; not "宝妈群签到", "干饭群签到", "小区群签到": this group by its name, labelled sign-ins).
_OTHER_GROUP = re.compile(r"(?:那个|别的|另一个|另外(?:一个|的)?|其他的?|其它的?|[他她你]们|家族|家长|班级|单位|公司)"
                          r"(?:的|那个)?群(?:里面?|上)?(?:也|都|又|已经|刚|天天|每天)*(?:来|去)?(?:签|打个?卡)")
_HERE_TOO = re.compile(r"(?:这边|这里|这儿|咱们?群|我们群|这个群|本群|这群)(?:里)?(?:也|都|再)*(?:来)?(?:签|打个?卡)")  # "…这边也签到": hers here too


def _told_for_sure(plain_text: str) -> bool:
    """A reward or a reminder told, a schedule, others' sign-ins, a receipt or a tally, how it is typed, her household
    urged ("签到送积分吗", "别忘了签到", "共41人签到", "今天签到第一名是老李", "老伴赶紧签到"; not "签到在哪点 帮我签一下": she asks it done): true of every reading
    of the message, a cut one's and the whole-decision score's too (``read_signin``)."""
    if ((_SIGNIN_NEVER.search(plain_text) or _trouble_told(plain_text)) and not _asks_outright(plain_text) or _told_of_others(plain_text)
            or _taught_as_a_word(plain_text) or _TYPED_AS.search(plain_text) or _her_habit(plain_text) or _SOMEONE_URGED.search(plain_text)
            or _SENT_ASTRAY.search(plain_text) or _OTHER_GROUP.search(plain_text) and not _HERE_TOO.search(plain_text)) and not _trigger_last(plain_text):
        return True  # (not "…大家小心啊签到": her act said last, after the talk)
    return bool(_schedule(plain_text) or _RECEIPT.search(plain_text) or _TALLY.search(plain_text) or _ranked_other(plain_text)
                or _LISTED.search(plain_text) or _sent_unanswered(plain_text) or _THEIRS_NAMED.search(plain_text) or _MOVED_ON.search(plain_text)
                or _group_called(plain_text)
                or _TYPED_AS_LAST.search(plain_text) or _AS_A_WORD.search(plain_text) and _LEARNER.match(_without_greeting_run(plain_text).lstrip(" ,.!~，。！～")))
    # "(早上好) 爸 签到就是在群里打两个字 签到": the word shown to a parent addressed first, also when it ends the message


@lru_cache(maxsize=1024)
def _rules_text(text: str, triggers: tuple[str, ...]) -> str | None:
    """The message as the rules read it (her speech folded, quotes and titles left out, letters read as the trigger);
    None when no trigger is written or heard in it."""
    text = _spoken(text)
    text = _SPOKEN_STOP.sub("，", text) if "号" in text else text  # "签到逗号早上好": voice input that writes the punctuation it hears
    text = _EMOJI_INSIDE.sub("", text) if "[" in text else text  # "签到[爱心]的人好多" reads as "签到的人好多", as it does with ❤️ between
    text = _FRONTED.sub(_as_said, text)  # "今天的卡 来打了", "今天的签到帮我签一下": the day's sign-in put first
    text = _SIGNED_ON_FOR.sub(r"\1签个到", text) if "签上" in text or "签好" in text else text  # "给俺娘也签上"
    text = _TITLE.sub(" ", text)  # 《签到三十天，我学会了早睡早起》: an article's title, not her words
    text = _FIRST_THING_SAID.sub("第一件事", text) if "第一件事" in text else text  # "起床头一件事 就是签到": one sentence
    if _MADE_UP_TODAY.search(text) and not _OTHER_DAY.search(text):
        text = _MADE_UP_TODAY.sub("签到", text)  # "忙晕了，补上今天的签到": today's, late (补签 makes up another day)
    text = _NEARLY_FORGOT.sub(r"差点忘了\1", text).replace("大咖", "大腕")  # "差点把签到忘了"; 大咖 (a big name) is a word of its own
    if "第一" in text or "忘" in text or "不" in text or "无阻" in text:  # (cheap: most chat has none of them)
        text = _FIRST_ONE.sub(lambda m: "第一 " + (m[1] or m[2] or m[3]), _her_vow(_VOW.sub(" ", text)))  # "雷打不动来签到", "我是第一个签到的": her boast, not a refusal
    if not _may_hold_trigger(plain(unquote(text)), _trigger_forms(triggers)):
        return None  # most chat: no trigger written or heard, however its pieces are read below
    # after the gate: what it rewrites comes before the trigger, which it leaves as typed
    text = _ASKED_FOR_THEM.sub(r"替\g<who>", text)  # "我儿子让我替他签到", "外婆在旁边让我帮她签到": done by her (as "替我老公签到")
    text = _RELAYED.sub(lambda m: "替" + m["who"] + ("签到" if "签" in m["what"] else "打卡"), text) if "说" in text or "交代" in text or "嘱咐" in text or "讲" in text else text
    text = _ON_THEIR_PHONE.sub(r"替\g<who>", text)
    plain_text = _DAY_FRACTION.sub(" ", plain(_without_quote(unquote(text))))
    plain_text = _SPLIT_TRIGGER.sub("", plain_text)  # "签-到", "签。到", "签   到   早上好": one word typed apart
    plain_text = _LETTER_TRIGGER.sub(lambda m: _ABBREVIATED[m.group()], plain_text)  # "qd qd 今天好冷", "早 qd一下"
    plain_text = _TALKING_TO_THE_PHONE.sub("", plain_text)  # "喂签到签到听得见吗": voice input, not a question
    if _LETTERS.search(plain_text) and not any(_CHINESE.search(p) and not _greeting(squeeze(p)) and not _her_day(squeeze(p))
                                                for p in _SIGNIN_BREAK.split(_ENGLISH_BREAK.sub(" ", plain_text))):
        # "Good morning, check in", "sign in 🌞", "家人们早~sign in", "晚上好sign in", "check in，我去买菜了" (her day after
        # it); never a hotel's "check in完了"
        plain_text = _ENGLISH_TRIGGER.sub("签到", _ENGLISH_GREETING.sub("早上好", plain_text))
    plain_text = _DE_CLOSING.sub(_closed_by_de, plain_text) if "的签" in plain_text else plain_text  # "北风刮得呼呼的签到"
    if "不" in plain_text or "没" in plain_text:
        plain_text = _STATE_DENIED_BEFORE.sub(lambda m: m.group() + "，", plain_text)  # "昨晚没睡好签到": her night, then the act
    plain_text = _THANKS_FOR_REMINDING.sub("谢谢", plain_text)  # "签到 谢谢店长每天提醒": thanks, not a reminder
    plain_text = _going_on_closed(plain_text) if "在" in plain_text else plain_text  # "签到我在开车呢": her doing, no question
    return _CARE_REMINDER.sub("", plain_text) if "记得" in plain_text else plain_text  # "冬至记得吃饺子 今日已签": care, not a reminder


# Voice input runs her sentence into 签到 after the 的 that closes it: "北风刮得呼呼的签到", "俺闺女给俺弄的签到", "扔了好多过期的
# 签到". A stop is put there when that sentence is a predicate — it holds an aspect or a doer's mark (了, 得, 给, 把, 被, 着, 过) or
# ends doubled (呼呼的) — never after a possessive's noun (我的签到, 公司的签到, 这是俺单位的签到群: no such mark).
_DE_CLOSING = re.compile(r"(?P<sentence>[\u4e00-\u9fff]{3,14})的(?=签个?到(?![的表处本群]))")
_PREDICATE_MARK = re.compile(r"[了得给把被着过]|(.)\1$")


# What someone is in the middle of, closed by 呢 (I22): "我在开车呢", "老伴还在睡呢" — a statement, its 呢 asks nothing
# (a question word beside it still asks: "你在哪呢", "在干嘛呢").
# (a question word later in the piece is found in one pass from the right, not by a lookahead from each 呢: linear)
_GOING_ON_NE = re.compile(r"(?P<doing>(?:正|还|我|俺|都|也|他|她|伢|娃|孩子|老伴)在(?!哪|干嘛|干啥|做啥|搞啥|弄啥)[^\s,，。!！?？吗么哪谁啥什签卡]{1,6}?)呢")
_PIECE_STOPS = ",，。!！~～"


def _going_on_closed(text: str) -> str:
    """``text`` with each 呢 that closes what someone is in the middle of made a stop (``_GOING_ON_NE``), unless a
    question word follows in its piece."""
    asks = [False] * (len(text) + 1)  # asks[i]: a question word (吗, 么, ?) at i or after it, before the piece ends
    for at in range(len(text) - 1, -1, -1):
        char = text[at]
        asks[at] = char in "吗么?？" or not (char.isspace() or char in _PIECE_STOPS) and asks[at + 1]
    return _GOING_ON_NE.sub(lambda found: found.group() if asks[found.end()] else found["doing"] + "，", text)
_FIRST_THING_SAID = re.compile(r"第一件事[\s,，、~～]+(?=就?是)")


def _closed_by_de(found: re.Match) -> str:
    sentence = found["sentence"]
    return found.group() + "，" if _PREDICATE_MARK.search(sentence) and not _SIGNIN_NOT_BEFORE.search(sentence[-3:]) else found.group()


@lru_cache(maxsize=1024)
def _read_signin(text: str, triggers: tuple[str, ...]) -> Reading | None:
    if (last := _own_line(text)) is not None and _read_signin(last, triggers):
        return Reading(SIGNIN)  # a pasted 接龙 of sign-ins: hers is the last line ("1. 张三 签到\n2. 李四 签到\n3. 王五 签到")
    if (plain_text := _rules_text(text, triggers)) is None or _told_not_done(plain_text, triggers):
        return None  # most chat: no trigger; "签到送积分吗", "别忘了签到": told of, not done
    forms = _trigger_forms(tuple(triggers))
    plain_text = _pinyin_typed(plain_text, forms)  # "qiandao", "签dao", "da卡": heard as the trigger they spell
    if squeeze(plain_text) in forms or squeeze(plain_text) in _WHOLE_TYPOS or _SHORT_SIGNIN.fullmatch(squeeze(plain_text)):
        return Reading(SIGNIN)  # "打 卡", "qd", "签", "来签", "今日已签"
    parts, not_done = [], set()
    for clause in (squeeze(p) for p in _SIGNIN_BREAK.split(plain_text)):
        pieces = [q for q in _soft_split(clause) if q] if clause else []  # "…我在家带他呢签到": run-on voice input
        not_done |= _acts_not_done(pieces)
        parts += pieces
    if (first := next((at for at, p in enumerate(parts) if _NOT_YET.fullmatch(p)), None)) is not None:
        parts = parts[:first + 1] + ["签到" if _SIGN_NOW.fullmatch(p) else p for p in parts[first + 1:]]  # "今天还没签到，现在签"
    if not parts or len(parts) > 8:
        return None
    core = [_without_greeting_run(p) for p in parts if not _greeting(p)] if len(parts) > 1 or not parts[0].isascii() and len(parts[0]) > 2 else parts  # "冬至快乐！来签", "王姐早，来签", "早早早帮我签一下"
    if len(set(core)) == 1 and (_SHORT_SIGNIN.fullmatch(core[0]) or core[0] in forms or core[0] in _WHOLE_TYPOS):
        return Reading(SIGNIN)  # "签～", "签！", "新年快乐 签", "来签 来签", "群主早！今日已签"
    if core and len(set(core)) == 1 and len(core) < len(parts) + (len(core) > 1):
        parts = [p for p in parts if _greeting(p)] + core[:1]  # the same words said twice read once, beside her greetings
    parts = ["帮我签一下" if _ASKS_SHORT.fullmatch(p) else p for p in parts]  # "@小助手 帮我签，早上好", "帮我签哈"
    if all(p in forms or p in _WHOLE_TYPOS for p in parts):
        return Reading(SIGNIN)  # "qd qd", "签到 打卡": triggers alone
    if len(parts) > 1 and any(_BARE_SIGN.fullmatch(p) or p == "qd" for p in parts) \
            and all(_BARE_SIGN.fullmatch(p) or p == "qd" or is_courtesy(p) or _remark(p) or _runs_on(p) or _OFF_TO_WORK.fullmatch(p) for p in parts):
        return Reading(SIGNIN)  # "早 签", "签 送娃中", "qd 忙", "已签 今天降温大家多穿点": the trigger cut short, beside a greeting, her state
        # or her day ("快递 签" signs for a parcel)
    if len(parts) > 1 and all(len(p) <= 2 for p in parts) and _pieces_of_one(parts, forms) and re.fullmatch(r"[^+,，。!！()（）—-]+", plain_text):  # "签 到 了"
        parts = ["".join(parts)]
    if len(parts) == 2 and _PAST_SIGNED.fullmatch(parts[0]) and _BACK_AGAIN.fullmatch(parts[1]):
        # (F31) her own sign-in of another day told, then her coming today: "我昨天签到了，今天又来了", "昨天签过了 今儿个我又来啦"
        # is today's sign-in; "今天又来了" alone names none, "昨天忘了签到" is no coming, "老王昨天签到了…" is his
        return Reading(SIGNIN)
    written, heard = _trigger_search(forms)
    joined = "".join(parts)  # every clause is a piece of it, and a clause's sounds a piece of its sounds
    if not written.search(joined) and (heard is None or not heard.search(sounds(joined))):
        return None  # no trigger in any clause, written or heard: no clause can sign in (_signin_clause)
    if len(parts) > 1 and any(_ASIDE.fullmatch(p) for p in parts):
        return None  # "老王今天签到了 我看见了": someone's sign-in witnessed; "我教你，发个签到就中": how it is done, taught
    found = _bidding_then_her_act(parts, [_signin_clause(p, forms) for p in parts], forms)
    if not_done:  # the act after words cut off that put it off, make it a habit or someone's (mend of i29)
        found = [False if f is True and p in not_done else f for p, f in zip(parts, found)]
    if any(f is None and _BROKEN.fullmatch(p) for p, f in zip(parts, found)):
        return None  # "连续签到30天了 结果今天断了": the streak told broken, a lament
    if _left_undone(parts):
        return None  # "签到？算了吧", "签到啊 算了 不签了", "签到 规则如下": left undone, or told how it goes
    goes_on = any(_GOES_ON.fullmatch(p) for p in parts)  # "连着签了一个月了 今天接着签到": the streak told, then today's
    first = next((at for at, p in enumerate(parts) if not (_FILLER.fullmatch(p) or _greeting(p))), 0)
    acted_first = found[first] is True and _bare_or_twice(_without_greeting_run(parts[first]), forms)  # "签到 要是不签就断了": her act, then her reason
    if any(f is None and "签" in p and _TALK_OF_SIGNING.search(p) and not (goes_on and _STREAK_TOLD.match(p) or _THEY_ASK_HER.match(p) or _BIDDEN_DAILY.search(p)
                                                                          or acted_first and at > first and _her_habit_kept(p, "".join(parts[at:])))
           for at, (p, f) in enumerate(zip(parts, found))):
        return None  # "签到签到 签了一年 积分够买一包盐", "签到好累啊 天天签": a clause of 签 beside it talks about the habit
        # (one that asks is her sign-in and a question: "签到了 签满20天送啥来着")
    asks_the_bot = [p for p in parts if _ASKS_THE_BOT.fullmatch(p) or _ASKS_THE_BOT_SO.fullmatch(p)]
    if len(parts) > 1 and asks_the_bot and any(_WORK.search(p) or _SIGNIN_NOT_BEFORE.search(p) and not _HOW_OR_BOT.search(p)
                                               for p in parts if p not in asks_the_bot and not is_courtesy(p)
                                               and not _busy_now(p, asks_the_bot)):  # "…谢谢你哦"
        return None  # "能帮我打卡吗 我今天不去公司": another day, or work's clock-in
    if True in found or any(_GOES_ON.fullmatch(p) for p in parts):  # "连着打卡两个月了，今天接着来", "…今天也签到"
        found = [True if f is False and _STREAK.search(p) or goes_on and f is None and _HER_STREAK_BEFORE.match(p) else f
                 for p, f in zip(parts, found)]  # "我连续签到一百天了 今天继续": her streak told, then today's
    last = max((at for at, f in enumerate(found) if f is not None), default=0)  # a remark after it says nothing of it
    lead = next((at for at, p in enumerate(parts) if not (_FILLER.fullmatch(p) or _greeting(p))), 0)  # "亲们早安 喂 签到 …"
    if found and (found[last] is True and _bare_or_twice(parts[last], forms)
                  or len(parts) > lead + 1 and found[lead] is True and _bare(parts[lead], forms) and not _ASKED_FIRST.match(plain_text)):
        # the act said first, then a question about it: "签到 今天签到有积分吧", "签到 签到了没有啊" (not "签到？签到是什么")
        found = [None if f is False and (not _NEGATED.search(_A_NOT_A.sub("", _TOOK_ASKED.sub("", p))) or _IF_NOT.match(p)) else f
                 for p, f in zip(parts, found)]  # "签到是这样发吗 签到"
    elif acted_first:  # "签到签到 不签到浑身难受": the act said twice, then what a day without it is like
        found = [None if f is False and at > first and _IF_NOT.match(p) else f for at, (p, f) in enumerate(zip(parts, found))]
    if True not in found and not any(_HABIT_TALK.search(p) for p in parts) \
            and not any(_QUESTION_IN_CLAUSE.search(p) or _LAPSE.search(p) for p in parts if not (_STREAK.search(p) or _ANOTHER_DAY.fullmatch(p))):
        # "连续签到一个月了，给自己点个赞", "又是签到的一天": the streak with remarks of her own is today's post (not with a
        # question, a lapse or a regret beside it: "连续签到一个月了，有什么奖励吗", "又是签到的一天，可惜今天没时间")
        found = [True if f is False and (_STREAK.search(p) or _ANOTHER_DAY.fullmatch(p)) else f for p, f in zip(parts, found)]
    if True in found:  # "我今天还没签到呢 先签一个": not yet, then the sign-in itself
        first = found.index(True)
        found = [None if f is False and at < first and _NOT_YET.fullmatch(p) else f for at, (p, f) in enumerate(zip(parts, found))]
    if True in found and any(at > found.index(True) and _NOT_YET.fullmatch(p) for at, p in enumerate(parts)):
        return None  # "隔壁老王签到了 我还没": someone's sign-in, then that hers is not done
    if True in found:  # "看大家都签到了，我也来签到": the others' sign-ins, then one's own
        found = [None if f is False and _OTHERS_SIGNED.search(p) else f for p, f in zip(parts, found)]
    if any(f is True and (re.match(r"每天|天天", p) or "第一件事" in p) for p, f in zip(parts, found)) and any(_HABIT_TALK.search(p) for p in parts):
        return None  # "每天签到，感觉自己很自律": about the habit
    if _MILESTONE.search(joined) and any(_FRUITS_GOT.search(p) for p in parts):
        return None  # "签到满一年了，积分换了一箱小米": the streak told with what it brought
    if "签" not in plain_text and (log := _CARD_LOG.search(plain_text)) and not _who_signs(log["log"]):
        return None  # "今日份打卡：喜茶新品 一般般": a log after the colon, another habit's (not "打卡：小美妈妈": who she is)
    if not re.search("签|报", joined) and _OTHER_CLOCK_IN.search(joined):
        return None  # "打卡成功 今天跑了5公里": a run, a lesson, homework clocked in, whichever clause says so
    if any(f is False for f in found) or True not in found:
        return None
    if "算" in joined and _COUNTS_HER_IN.search(joined) and any(_JOINS_A_PLAN.search(p) for p in parts):
        return None  # "打卡算我一个 明天去爬山": a plan's 打卡 joined, not today's sign-in
    enrolled = any(_ENROLLED.search(p) if re.search("报个?到", p) else _ENROLLING.search(p) for p in parts)
    if (_NEWCOMER.search(joined) or enrolled) and not any(t in joined for t in forms if t not in _SIGNIN_WORDS):
        return None  # a newcomer's 报到, a school's, not a sign-in (unless she also says 签到)
    if _SIGNED_FOR.search(joined) and not any(t in joined for t in forms if t not in _SIGNIN_WORDS):
        return None  # "快递到了 帮我签一下": signing for a parcel, a form or a paper
    return Reading(SIGNIN)


def _bidding_then_her_act(parts: list[str], found: list, forms: tuple[str, ...]) -> list:
    """A daily bidding told ("孙女每天叫我签到") vetoes no later clause that is her bare act ("…今天签了"): the bidding is
    why, the act is hers (mend of i26)."""
    bidding = next((at for at, (p, f) in enumerate(zip(parts, found)) if f is False and _BIDDEN_DAILY.search(p)), None)
    if bidding is None:
        return found
    acts = [at for at in range(bidding + 1, len(parts)) if parts[at] in forms or _SHORT_SIGNIN.fullmatch(parts[at])]
    if not acts:
        return found
    return [True if at in acts else None if at == bidding else f for at, f in enumerate(found)]


# A streak reached, and what its points were spent on or brought home: talk of the habit's fruits.
_MILESTONE = re.compile(r"(?:签到|打卡)(?:满|够)|(?:连续|连着|坚持)(?:签|打卡)|(?:签到|打卡)了(?:整整|快|好几)?(?:大半|[一两三四五六七八九十半\d]+)个?[年月]")
_FRUITS_GOT = re.compile(r"(?:换|兑|领)(?:了|到|回)")


# What follows "打卡：": who she is (小美妈妈, 王淑芬, 3栋老李, 第5天) or a log of another habit (喜茶新品 一般般, 一个粽子一杯豆浆).
_CARD_LOG = re.compile(r"打个?卡\s*[:：]\s*(?P<log>[^\s,，。.!！?？~～;；]+)")


def _who_signs(log: str) -> bool:
    log = log.rstrip(_SIGNIN_PARTICLES)
    return bool(_WHO_OR_WHEN.fullmatch(log) or _NAME_AFTER.fullmatch(log) or re.fullmatch(FULL_NAME, log) or _greeting(log)
                or _DAY_SAID.search(log))


# Her day or a roll-call's answer after "打卡：" (今天天气真好, 来啦, 到, +1, 第一, 周一, 冷): the sign-in, not a habit's log.
_DAY_SAID = re.compile(r"今天|今日|今儿|天气|早(?![餐饭点])|第|周|星期|礼拜|\+\d|^[到在冷热来]|元气|开心|加油|下雪|下雨|晴")


# A clause that makes the message talk about signing in rather than do it: she saw someone do it, or she teaches someone.
# Voice input's call before the words (喂, 嗯, 那个), not a clause of hers.
_FILLER = re.compile(r"(?:喂|嗯|呃|哎|诶|欸|那个|这个)+[啊呀]*")
# Whether the act took, asked at a clause's end ("签到了没有啊", "签上没", "签好了吗"): its 没 asks, it refuses nothing.
_TOOK_ASKED = re.compile(r"(?<![了上好功])(?:了|上|好|成功)*(?:没有?|吗|么|(?<=[\u4e00-\u9fff])不)[啊呀吧呢]*$")  # (I23: a tag's 不 asks too: "签到好使不")
_ASIDE = re.compile(r"(?:我|我都|我也)?(?:看见|看到|瞧见|亲眼看见)(?:了|啦|的)?|我(?:来)?教(?:你|您|你们|大家)(?:们)?(?:啊|哈|呀)?")
_ASKED_FIRST = re.compile(r"^[^?？]{1,8}[?？]")
def _pieces_of_one(parts: list[str], forms: tuple[str, ...]) -> bool:
    """Short pieces typed apart are one word ("签 到 了", "签到 表格": the sign-in sheet), unless the trigger is one of
    them whole with words of her own beside it ("签到 老陈 1栋": who she is)."""
    return not any(p in forms for p in parts) or any(p in forms and _TRIGGER_AS_NOUN.match(q) for p, q in zip(parts, parts[1:]))


# A clause beside the trigger that leaves it undone or tells how it goes, a whole clause: given up (算了, 不签了, 懒得签了,
# 改天再说; not 先签到再说: the act first), long forgotten (我早忘了), out of her reach (可是不会), a notice's (规则如下), the habit
# praised (是个好习惯; its act said last still signs in: "…已经成习惯了 签到" has no such whole clause), done before ("签到？我签过了呀",
# "签到？我早签完了": her answer to someone asking).
_LEFT_UNDONE = re.compile(
    r"(?:那|还是)?(?:算了|拉倒)+(?:吧|啦|呗)?"  # given up
    r"|(?:今天|我|俺)*(?:就|先|还是)?不签了(?:吧|啦)?|(?:明天|改天|下次|回头)再说(?:吧)?"
    r"|签(?:个|什么)?啥签?|签什么签|(?:我|俺)?(?:不想|懒得)(?:弄|签|搞)了?"
    r"|(?:我|俺)?早就?忘(?:了|光了)"  # forgotten
    r"|(?:可是|但是|可|但)(?:我|俺)?(?:不会|找不到)"  # out of her reach
    r"|[^，,。!！?？\s]{0,6}(?:如下|见下|看群公告|见群公告|看公告)[:：]?"  # a notice's
    r"|(?:这|是)个?好?习惯(?:挺好|不错|很好|真好)?"  # the habit praised
    r"|(?:我|俺)?(?:早就?|刚才?|已经|都)*签过了?[呀啊哦啦]*|(?:我|俺)早就?签(?:完|好)?了[呀啊哦啦]*")  # done before
# A request taken back (算了我自己来, 算了不用了, 算了不麻烦你了: she will see to it herself), the whole clause, and only right
# after the clause asking someone to sign her in (``_ASKED_TO_SIGN``: "帮我签个到呗 算了算了我自己搞"); after another request
# it takes that one back, not her sign-in ("签到 想让你帮我带瓶酱油 算了不用了", "签到 本来让孙女帮我弄 算了我自己来").
_TAKEN_BACK = re.compile(r"(?:那|还是)?(?:算了|拉倒)+(?:吧|啦|呗)?(?:(?:我|俺)?自己(?:来|弄|搞)(?:吧|啦)?|不用了|不麻烦(?:你|您)?了)")
_ASKED_TO_SIGN = re.compile(r"[帮替给代][^，,。!！?？\s]{0,4}?(?:签|打.?卡|报.?到|qd)")


def _left_undone(parts: list[str]) -> bool:
    """A clause after the trigger's leaves it undone or tells how it goes (``_LEFT_UNDONE``; not before it: "下雨不出门了 算了
    签个到" gives up going out, then signs in), or takes back the request to sign her in made in the clause before
    (``_TAKEN_BACK``)."""
    parts = [p for p in parts if p]
    return len(parts) > 1 and any(_LEFT_UNDONE.fullmatch(p) and any(_A_TRIGGER.search(q) for q in parts[:at])
                                  or at and _TAKEN_BACK.fullmatch(p) and _ASKED_TO_SIGN.search(parts[at - 1])
                                  for at, p in enumerate(parts))


_A_TRIGGER = re.compile(r"签|打.?卡|报.?到|qd")


_BROKEN = re.compile(r"(?:结果|可惜|但是|没想到|谁知道?)?(?:今天|昨天|前天)?(?:还是|又|就)?(?:断了|断签了|白签了|清零了)[啊呀哦吧]*|"
                     r"结果(?:又|还是)?(?:忘了|签错了|打错了|发错了|没签上|没成功)[啊呀哦吧]*")  # "跟着大家打卡 结果忘了": a story of it
# Earlier today, right before the trigger: "我早上已经签到了", "早就签到了", "刚才签到了" (not "早上好签到了", "我已经签到了").
_EARLIER = re.compile(r"(?:早上|上午|一早|一大早|清早)(?:就|已经|都)+$|(?:刚才|早就|老早|早都|之前)(?:就|已经|都)*$")
# Her streak's length told, she its subject: "我连续签到一百天了", "俺都连着打卡半年了" (not a day's count: 我连续签到第100天;
# nor without 我: "连续签到一百天了 给自己点个赞" is the day's post).
_HER_STREAK_BEFORE = re.compile(r"(?:我|俺)(?:都|已经|也)*(?:连续|连着)")
_STREAK_LENGTH = re.compile(r"(?:" + NUMERAL + r"(?:天|周|个?月|年)|一个月|半个月|半年|一年)多?了")
# Why she asks for them, beside her request: "帮我姥姥签一下 她让我每天帮她签" (their habit of asking her, not talk of hers).
_THEY_ASK_HER = re.compile(r"(?:[她他]|老人家)(?:" + _EVERY_DAY_WORD + r"|总)?都?" + _BIDS_ME)
_STREAK_TOLD = re.compile(r"(?:我|俺)?(?:都|已经)?(?:连续|连着|坚持|一直)签了")
# Its worth asked, rhetorically (I23): "有啥用", "有什么意思", "图个啥", "又能咋样" — chat wherever the act is said ("签到有啥用啊",
# and after it: "签到签到，签了有啥用", "打卡打卡 天天打有啥用"), in a clause of the act's verb or one of few words; not a
# question about what the points are for beside other words ("签到了 积分有啥用啊能换鸡蛋不": her act and a question).
_WORTH_ASKED = re.compile(r"有(?:个)?(?:什么|啥|么|甚|乜|嘛)(?:用|意思|好处|意义|劲)|图(?:个)?(?:啥|什么|么|甚)|(?:又|还)能?(?:咋样|怎样|怎么样|咋的)|"
                          r"有(?:用|意思)(?:吗|么|没|不)|有个屁用|白费劲")
# Whose worth is asked (mend of I23): the signing's own, the words before it the act of signing itself ("签了", "签这个",
# "天天打", "签来签去", "也不知道签了"), or nothing in a clause of few words ("有啥用啊"); not another thing's ("每天打八段锦有啥
# 好处", "这个降压药有用吗", "签满一个月有什么好处": honest questions beside her sign-in).
_ITS_VERB = re.compile(r"(?:也|还|都)?(?:不知道|不晓得)?(?:天天|每天|都|也|还|就|老是|这么)*"
                       r"(?:(?:签|打)(?:个?[到卡])?(?:了|着|来(?:签|打)去)?(?:这个|这玩意儿?|它|那个)?|这个|这玩意儿?|它)"
                       r"(?:又|还|到底|究竟|都)*")


def _worth_asked_beside(text: str) -> bool:
    """The signing's worth asked rhetorically in one of the message's clauses (``_worth_asked``): beside the act ("签到 又能
    怎样") or in its own clause ("签到了又能怎样 还不是没货", I23's left item: the clause read as the act, the worth missed)."""
    if _WORTH_ASKED.search(text) is None:
        return False
    clauses = [c for p in _SIGNIN_BREAK.split(plain(text)) if (c := squeeze(p))]
    return any(_worth_asked(c, after_act=at > 0 and _A_TRIGGER.search(clauses[at - 1]) is not None) for at, c in enumerate(clauses))


def _worth_asked(clause: str, after_act: bool) -> bool:
    """The worth asked of the act's verb in the clause ("签了有啥用"), or by a clause of few words that is the worth alone,
    right after the act's clause (``after_act``: "签到 又能怎样"; not after other talk: "签到 王姐你家孙子病好点没 又怎样了"
    asks what happened to him)."""
    return any(_ITS_VERB.fullmatch(clause, 0, asked.start()) or after_act and asked.start() == 0 and len(clause) <= 5
               for asked in _WORTH_ASKED.finditer(clause))


_TALK_OF_SIGNING = re.compile(_EVERY_DAY_WORD + r"|没用|不签|签不|懒得|签了.{0,3}(?:年|个?月|久)|签出(?!习惯)|签成了?(?=全勤|.{0,3}奖)|^签的(?:是|就是)|^图的(?:是|就是)")  # 签出一个对象来, 签成了全勤奖 (not 签成了: it took)


# An event's schedule or a list that names 签到 among its steps ("活动流程：9:00 签到 9:30 开始", "9点签到 10点开讲"): the
# staff's notice, not a sign-in.
_SCHEDULE = re.compile(r"流程|议程|日程|行程|时间表|(?:时间|活动)?安排[:：]|步骤")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}|(?<!\d)\d{1,2}点|[一二三四五六七八九十]{1,3}点")


def _schedule(text: str) -> bool:
    """A schedule word, or two times of day with 签到 right after one ("9点签到 10点开始"; not her morning told on after
    her sign-in: "签到 今天5点起床 6点出门")."""
    return bool(_SCHEDULE.search(text)) or len(_CLOCK.findall(text)) >= 2 and bool(_TIMED_SIGNIN.search(text))


_TIMED_SIGNIN = re.compile(r"(?:" + _CLOCK.pattern + r")(?:半|\d{1,2}分?)?\s*(?:开始|准时|在门口|门口)?签到")


# What 签一下 signs besides a sign-in: "快递到了 帮我签一下", "合同帮我签一下".
_SIGNED_FOR = re.compile(r"快递|包裹|外卖|合同|文件|单子|表格?|(?<![错打])字|收货|签收|签(?:一?下|个)名")
# Asking the bot to sign her in with the other words for it, the whole clause: "帮我签一下", "麻烦帮我签一个".
# The same cut short: "帮我签", "帮我签下", "帮我签一哈" (一下 in the south-west).
_ASKS_SHORT = re.compile(r"(?:麻烦|请)?你?[帮给]我签(?:下|一哈|哈)?(?:吧|呗|哈|嘛)?")
_ASKS_THE_BOT_SO = re.compile(r"(?:麻烦|请|能|可以)?(?:你)?[帮给]我(?:签一下|签一个|签个)(?:吧|呗|吗|好吗|可以吗)?")


# Particles typed in pinyin as words of their own ("qiandao le ya", "daka le"): the particle, not the first character
# of its sound (剌, 乐).
_PINYIN_PARTICLES = {"la": "啦", "le": "了", "ya": "呀", "a": "啊", "o": "哦", "ou": "哦", "ha": "哈", "lo": "咯", "ba": "吧", "ne": "呢", "ma": "吗"}


def _pinyin_typed(text: str, forms: tuple[str, ...]) -> str:
    """Letters typed as pinyin written in characters of their sounds ("qian到" -> 乾到), when that makes a trigger
    heard that was not before; other letters ("ok", "day5", "qd") stay as typed."""
    if not re.search("[a-z]", text):
        return text
    if (words := spelled_out(text)) != text and any(form in squeeze(words) for form in forms if len(form) > 1):
        return words  # "wo lai qiandao", "qiandao dajia wanshang hao": the words the letters spell
    spoken = re.sub(r"[a-z]+", lambda m: _PINYIN_PARTICLES.get(m.group()) or spelled(m.group()) or m.group(), text)
    before, after = sounds(squeeze(text)), sounds(squeeze(spoken))
    return spoken if any(h in after and h not in before for h in _homophones(forms)[1]) else text


def _bare_or_twice(clause: str, forms: tuple[str, ...]) -> bool:
    """The clause is the act alone, or the trigger said over ("签到签到", "签到啦签到啦")."""
    rest = re.sub(r"^(?:我|今天|今日)?(?:也|就|来)?", "", clause).rstrip(_SIGNIN_PARTICLES)
    return _bare(clause, forms) or bool(rest) and not _again(rest, forms).strip(_SIGNIN_PARTICLES)


def _bare(clause: str, forms: tuple[str, ...]) -> bool:
    """The clause is a trigger alone, maybe with 我/今天/也 before and particles after: the sign-in itself,
    typed after a question or a remark about signing in ("签到是这样发吗 签到")."""
    rest = re.sub(r"^(?:我|今天|今日)?(?:也|就|来)?", "", clause).rstrip(_SIGNIN_PARTICLES)
    return rest in forms or bool(_ASKS_THE_BOT.fullmatch(clause) or _ASKS_THE_BOT_SO.fullmatch(clause))  # "签到在哪点 帮我签一下"


# Talk about not signing in, which a bare trigger after it does not undo: "我不签到 签到的人多吗" ends asking anyway.
_NOT_YET = re.compile(r"(?:好久|好几天|几天|很久)没(?:有)?(?:签到|签|打卡|来)了?|(?:.{0,10}?(?:才想起来?|想起来?|发现))?(?:(?:都|已经)?(?:[一二三四五六七八九十\d]{1,2}点(?:多|半)?|中午|下午|晚上)了)?"  # "十点了还没签到，赶紧签一下"
                      r"(?:我|俺)?(?:今天|今儿|今早)?(?:还|都)?没(?:有)?(?:签到|签|打卡)(?:呢|啊|哦|呀)?|(?:我|俺)(?:今天|今儿)?还没(?:呢|啊|哦|呀|有)?")  # "老王签到了 我还没"
# Signing now, the trigger cut short after "not yet": "现在签", "马上签一下", "这就来签".
_SIGN_NOW = re.compile(r"(?:现在|马上|赶紧|赶快|这就|那就|我)*(?:来|去)?签(?:一下|个|了|上)?[啦咯哦呀哈吧]*")
_NEGATED = re.compile(r"不|没|别|忘|补")
# Her habit kept, told after her act said first (I22): "签到 天天签都成习惯了", "签到签到 养成习惯了不签不得劲" — as
# "签到 一天没断过" is; not what it brought or whether it is worth it ("签到签到 签了一年 积分够买一包盐", "签到签到 签出一个好运来",
# "签到签到 日日签到 图个啥").
_HABIT_KEPT = re.compile(r"习惯|没断|没忘|没落|坚持|不得劲|难受|踏实|离不开")
_HABIT_FRUITS = re.compile(r"积分|分|换|买|奖|对象|意思|[有没]用|值|钱|白签|签出|签成|" + _QUESTION_IN_CLAUSE.pattern)


def _her_habit_kept(clause: str, rest: str) -> bool:
    """The clause tells her habit kept or her reason for it, and nothing from it on weighs what it brings."""
    return bool(_IF_NOT.match(clause) or _HABIT_KEPT.search(clause) and not _HABIT_FRUITS.search(rest))
# What a day without it would be like, after her act said first (I22): "签到签到 不签到浑身难受", "签到 一天不签心里就不踏实",
# "签个到 不然又要断了" — her reason for doing it now; its 不 refuses nothing (not "签到 不签了", "签到？不签": given up).
_IF_NOT = re.compile(r"(?:一天|哪天|要是|如果)?不(?:签个?到?|打个?卡)(?:的话)?(?:就|都|总|心里|浑身|全身|感觉|老|像|好像|少|难受|不)|不然|要不然|否则")
_A_NOT_A = re.compile(r"(.)[不没]\1")  # "是不是发签到两个字就行 签到" asks, it does not refuse


_OTHER_CLOCK_IN = re.compile(r"(?:练|背|读|写|弹|抄|画)了.{0,5}(?:琴|字|诗|词|书|经|画)|跑了|跑步|公里|健身|运动|步数|[万千]步|(?<!\d)\d{3,}\s*步|腹肌|马甲线|减脂|单词|作业|阅读|读书|练字|瑜伽|游泳|减肥|学习|英语|背诵|课程|"
                             r"跳绳|徒步|骑行|朗读|练琴|钢琴|书法|辅食|戒烟|戒酒|口语|听力|外勤|考勤|指纹|钉钉|早睡|喝水|[喝饮]了.{0,3}(?:升|[杯瓶]水)|吃药|冥想|拉伸|控糖|清淡|"
                             r"[夜晨慢长]跑|卧推|深蹲|硬拉|俯卧撑|仰卧起坐|平板支撑|撸铁|练腿|练背|\d\s?(?:kg|km)|"
                             r"体重|掉秤|[减掉瘦]了?[一两三四五六七八九十半\d]+斤|到此一游|露营|(?<![\u4e00-\u9fff])(?:人山人海|人挤人|游客)|卡(?:人山人海|人挤人|游客)")  # a habit's, work's, a workout's, a diet's, a visit's
# (a crowd is a visit's only as the 打卡's own place, right after it or its stop: "老街打卡 人挤人"; after another place it is
# her day, "打卡 超市人挤人", as "签到 今天菜场人挤人")
# Another kind of clock-in named right before the trigger, in its clause (anywhere else they are her day: "加班到现在才想起来，
# 打卡", "☕️打卡 咖啡续上"): a visit's, work's, an early-rising challenge's.
_OTHER_KIND = re.compile(r"同事|领导|走路|拍照|旅游|旅行|美食|火锅|奶茶|咖啡|探店|吃货|书店|博物馆|景区|办公|居家|线上|远程|定位|人脸|加班|早起")
_HABIT_TALK = re.compile(r"感觉|觉得|自律|习惯|好处|有用|没用|坚持不")
# (F31) Her coming today told after a sign-in of another day ("…今天又来了", "…今天我也来啦", "…今儿个照样来打卡"); her own
# sign-in of another day, told before it ("我昨天签到了", "昨天签过了", "前天也打卡了"): not someone's ("老王昨天签到了").
_BACK_AGAIN = re.compile(r"(?:今天|今日|今儿个?|今早)(?:我|俺)?(?:(?:又|也|还|照样|照常|继续|接着)(?:来|过来)(?:了)?"
                         r"(?:签到|打卡|报到|报个到|签个?到|打个?卡|签|打)?|(?:也|又|照样|照常|继续|接着)(?:签|打卡|签个到|打个卡))"
                         r"[了啦喽咯哦呀啊哈嘞]*")
_PAST_SIGNED = re.compile(r"(?:我|俺)?(?:昨天|前天|昨儿个?|昨日|昨晚)(?:我|俺)?(?:也|都|已经)?(?:签到|打卡|签|打了卡|报到)(?:过)?[了啦喽咯]*")
_GOES_ON = re.compile(r"(?:今天|今日|今儿)?(?:也)?(?:继续|接着|照常|照旧)(?:签到|打卡|来)?(?:了|啦|哦|呀)?")
# The day's sign-in named first and done after it: "今天的卡 来打了", "小助手，今天的签到帮我签一下", "今天的卡帮我打一下".
_FRONTED = re.compile(r"(?:今天|今日|今儿)的?(?P<what>签到|卡)[\s，,]*(?P<who>帮我|给我|麻烦你?帮我|我?来)?(?P<verb>签|打)(?:一下|一个|个)?"
                      r"(?P<end>了|啦|吧)?(?=$|[\s，,。!！~～])")


def _as_said(match: re.Match) -> str:
    word = "签到" if match["verb"] == "签" else "打卡"
    return (match["who"] or "") + word + (match["end"] or "")


# One of her household asking her to sign in for them: "我儿子让我替他签到", "我妈让我帮她签个到".
_ASKED_FOR_THEM = re.compile(r"(?P<who>(?:我家?|俺家?)?(?:" + HOME + r"|" + _PARENT + r"|" + _KIN_GROWN + r"))(?:(?!" + _EVERY_DAY_WORD + r"|总|老是|经常|一直|都)[^，,。!！?？\s]){0,6}?(?:让|叫|要|托)我(?:替|帮|给|代)[他她](?:发个?|发一个)?(?=(?:也|都)?(?:签|打))")
# (a habit of theirs between is talk: "我妈天天让我帮她签到")
# ... or their word passed on, then her doing it for them (I22): "我奶奶说签到，我帮她发的", "我妈说今天的签到让我代她一下" —
# as "替我奶奶签到" (not "我妈说签到没用", "我妈说签到了": their word about it, nothing done for them).
_RELAYED = re.compile(r"(?P<who>(?:我家?|俺家?)?(?:" + HOME + r"|" + _PARENT + r"|" + _KIN_GROWN + r"))(?:说|讲|交代|嘱咐)(?:了)?(?:今天|今日|今儿)?的?"
                      r"(?P<what>签个?到|打个?卡)[^\u4e00-\u9fffA-Za-z0-9]*(?:让|叫|要)?(?:我|俺)(?:来)?(?:帮|替|代|给)(?:她|他)(?:发|签|弄|打)?(?:一下|一个|的|了)?(?=$|[\s,，。!！~～]|麻烦)")
# ... or her phone used for it: "用我妈手机签个到", "拿我爸的手机打个卡" (as "替我妈签个到").
_ON_THEIR_PHONE = re.compile(r"(?:用|拿)(?P<who>(?:我家?|俺家?)?(?:" + HOME + r"|" + _KIN_GROWN + r"))的?(?:手机|微信|号)(?:来|给[他她])?(?=签|打)")


# Her own streak said as today's post, with at most remarks of her own beside it: another day signed in.
_ANOTHER_DAY = re.compile(r"(?:今天)?又是(?:签到|打卡)的一天(?:啦|了|哦|呀)*")
_LAPSE = re.compile(r"(?<![没不])断(?!过)|忘|可惜|但是|结果|不过|没时间|没空")  # (一天没断过, 不断: the streak kept)  # "连续签到30天了 结果今天断了": the streak broken, not today's post
_STREAK = re.compile(r"^(?:已经)?(?:连续|坚持)(?:签到|打卡)(?:了)?(?:第?" + NUMERAL + r"(?:天|周|个月)|一个月|半个月|一周|一年)了?$")
_OTHERS_SIGNED = re.compile(r"^(?:我)?(?:看|看到|看见)?(?:大家|姐妹们|别人|群里|各位)(?:都|也)?(?:签到|打卡)了?$|^(?:看到|看见)[^我]{1,6}?(?:都|也|又|已经)?(?:签到|打卡)了")
# Someone seen signing in, told: "看到刘姐签到了，她起得真早" (her own beside it still counts: "…我也来签到").
_SEEN_SIGNING = re.compile(r"(?:看到|看见)[^我]{1,6}?(?:都|也|又|已经)?$")
# The day count of one's own sign-ins: "坚持签到的第50天", "今天是我签到的第100天", "签到满一个月了".
_DAY_COUNT = re.compile(r"(?:今天是?|今日)?我?(?:坚持|连续)?(?:(?:签到|打卡)(?:的第?|满|第)(?:" + NUMERAL + r"(?:天|周|个月)|一个月|半个月|一周|一年)"
                        r"|第" + NUMERAL + r"天的?(?:签到|打卡))(?:了|啦|喽|咯)?")  # "今天是第二十天签到"
# "美好的一天从签到开始": a blessing that signs in.
_STARTS_WITH = re.compile(r"^.{0,10}从(?:签到|打卡)开始$")
_DAY_FRACTION = re.compile(r"(?<!\d)\d+/\d+")  # "签到 30/30"; from a run's first digit only (linear time)
_SIGNIN_BREAK = re.compile(r"[,.!?;:，。！？；：、~～…\n\s+【】()（）—-]+")  # BREAK, and spaces, "+" and 【】


# Characters handwriting input mistakes for a trigger's (the same shape, not the same sound): 笺到, 签刭, 打卞.
_LOOKS_LIKE = {"签": "笺筌", "到": "刭", "卡": "卞"}
_SHAPES = frozenset("".join(_LOOKS_LIKE.values()))


@lru_cache(maxsize=64)
def _trigger_forms(triggers: tuple[str, ...]) -> tuple[str, ...]:
    """The triggers in plain form, with 个 inside a two-character one ("签个到") and the usual typos,
    longest first."""
    forms = {squeeze(plain(t)) for t in triggers}
    forms |= {t[0] + "个" + t[1] for t in forms if len(t) == 2}
    forms |= {t[:i] + other + t[i + 1:] for t in list(forms) for i, c in enumerate(t) for other in _LOOKS_LIKE.get(c, "")}
    forms |= set(_TRIGGER_TYPOS) | set(_SIGNIN_WORDS)
    return tuple(sorted((t for t in forms if t), key=lambda t: (-len(t), t)))  # the same order in every run


@lru_cache(maxsize=64)
def _homophones(forms: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The trigger forms heard by sound (two Chinese characters, not the plain words like 报到), and
    their sounds."""
    words = tuple(t for t in forms if len(t) == 2 and t.isalpha() and not t.isascii() and t not in _SIGNIN_WORDS
                  and not any(c in _SHAPES for c in t))  # a shape-alike is read as typed: 笺到 does not make 见到 a sign-in
    return words, tuple({sounds(t) for t in words})


@lru_cache(maxsize=64)
def _trigger_search(forms: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern | None]:
    """Whether a text holds one of the trigger forms as written, and (on its sounds) one of the two-character
    forms ``heard_as`` reads homophones of: most messages hold neither, and need no clause read."""
    written = re.compile("|".join(map(re.escape, forms)))
    heard = _homophones(forms)[1]  # what _signin_clause hears
    return written, re.compile("|".join(map(re.escape, heard))) if heard else None


_CAME_TO = re.compile(r"^((?:我|俺)?)(?:就|也)?是((?:专门|特意|特地)?(?:来|代|替|帮).{2,8}?)的([啦哦呀哈]*)$")  # 我是代我外婆签到的
_NOT_HAN = re.compile(r"[^\u3400-\u9fff]+")
_HAN_OR_LETTERS = re.compile(r"[\u3400-\u9fffa-z]+")


def _may_hold_trigger(plain_text: str, forms: tuple[str, ...]) -> bool:
    """False only when no reading below can find a trigger: without letters (no "qd", no pinyin) and without 签
    (no "早 签"), the clauses' joined text is the plain text less characters that are not Han (breaks, spaces,
    decoration, a day's fraction) and less an ending: a trigger written or heard in it is so in the plain
    text's Han characters too. Forms with other characters than Han and letters are always read whole."""
    if "签" in plain_text or not _han_forms(forms) or re.search("[a-z]", plain_text):
        return True
    han = _NOT_HAN.sub("", plain_text)
    written, heard = _trigger_search(forms)
    return bool(written.search(han) or (heard is not None and heard.search(sounds(han))))


@lru_cache(maxsize=64)
def _han_forms(forms: tuple[str, ...]) -> bool:
    return all(_HAN_OR_LETTERS.fullmatch(form) for form in forms)


_SAID_TWICE = re.compile(r"(.{2,8}?)\1+")


def _words_before(before: str) -> str:
    """What is said before the trigger, without greetings, who signs in, what happened first, or when."""
    before = _without_greeting_run(before)  # "各位邻居早安签道", "早早早群里打卡": greetings of any make, run together
    before = re.sub(r"^(?:差点儿?忘(?:了|记了?)?|(?:今天|今日|今早|每日)份?的)", "", without_courtesy(before))  # "差点忘了签到", "今天份的签到来了"
    before = _SELF_BEFORE.sub("", before)  # "我是老王我来签到啦": who signs in, then the sign-in
    before = _SELF_NAMED.sub("", before)  # "我是三栋的王阿姨签到": who she is, then the trigger
    if (home := _FROM_PLACE.fullmatch(before)) and not _NOT_HERSELF.search(home["place"]):
        before = ""  # "威远镇的老两口来签到了", "弥勒的宝妈签到一个": who she is, by where she lives
    if (ended := _ENDED.match(before)) and not (_PREVIOUS_NOT.search(ended["prev"]) or _SOMEONE_ELSE.search(ended["prev"])):
        before = ended["rest"]  # "今天早上去公园走了一圈回来签到", "刚晨练完签个到": her sentence, then the sign-in
    if len(before) > 4 and (own := _OWN_SENTENCE.search(before)) and not _another_day_told(before[:own.start()]):  # (not "下礼拜回老家到了我来…": i29 mend)
        before = before[own.start():]  # "…早上起来的晚了我现在来签个到": what happened, then her own sentence
    if (when := _MOMENT.match(before)) and (not (_SIGNIN_NOT_BEFORE.search(_KIN_IN_MOMENT.sub("", when["when"])) or _WORK.search(when["when"]))
                                            or _IN_THE_GROUP.match(before[when.end():])):  # "开会前先来群里签个到": the group's, not the meeting's
        before = before[when.end():]  # "中午休息的时候签个到", "一睁眼就来签到" (not 上班的时候打卡, 开会的时候签到)
    if (sneaked := _SNEAKED.fullmatch(before)) and not (_SOMEONE_NAMED.search(sneaked["when"]) or _NOT_SNEAKED.search(sneaked["when"])):
        before = ""  # "开会中偷偷签到": her act sneaked into a moment (a meeting's own sign-in is never done on the sly)
    before = _NOW.sub("", before)  # "现在来签到", "赶紧签个到": when, not what
    before = "" if _OPENING.fullmatch(before) else before  # "那就签个到", "我这就签到", "那我这打个卡吧": her reply's opening, then the act
    before = _FOR_SOMEONE.sub("", before)  # "帮我妈签个到", "替我老伴签个到": she signs in for someone of her household
    before = _WITH_SOMEONE.sub("", before)  # "老头子和我都签到", "我和老伴一起签到": she and her household
    if (where := _AT_PLACE.fullmatch(before)) and not (_SIGNIN_NOT_BEFORE.search(where["place"].replace("的", "")) or _WORK.search(where["place"])):
        return ""  # "在老家签到", "人在外地签个到": where she is (not 在公司签到, 在医院签到: their own sign-ins)
    return before


# Greetings as they are made, not only as listed: a form of address and a time of day's greeting, in any order and
# number, run together before the trigger ("各位邻居早安", "早早早", "亲爱的邻居们晚上好", "王姐早", "嗨各位").
_ADDRESS = r"(?:大家|各位|诸位|家人们|亲人们|姐妹们|兄弟姐妹们|亲们|亲爱的|邻居们?|朋友们|老师们|宝子们|宝宝们|老铁们|群里的|群友们?|街坊们?|" \
           r"群主|店长|老板|掌柜的|[\u4e00-\u9fff](?:姐|哥|叔|姨|阿姨)|老[\u4e00-\u9fff]|小[\u4e00-\u9fff]|嗨|哈喽|hello|hi)"
_GREET = r"(?:早(?:上|晨)?(?:好|安)?|[上中下]午好|晚上好|午安|晚安|你好|您好|又是(?:新|美好|开心|快乐|元气满满)的一(?:天|周)|" \
         r"(?:提前)?(?:祝(?:大家|各位|您|你们|家人们|群主|店长|老板)?)?(?:[\u4e00-\u9fff]{1,3}节|冬至|元旦|新年|圣诞|平安夜|周末|小年|除夕|春节|元宵)" \
         r"(?:快乐|愉快|安康|平安|好)|平安夜平安)"  # "冬至快乐", "祝大家圣诞节快乐": a wish of the season is a greeting
_GREETING_RUN = re.compile(r"^(?:" + _ADDRESS + "|" + _GREET + r"|(?<=们)好|[啊呀鸭哦])+")
_GREETS = re.compile(_GREET + "|们好")
# Greetings run together by voice before a 打卡, for the 打卡 score (card_context): "大家中午好摸鱼打卡".
_HELLO = re.compile(r"^(?:" + _ADDRESS + "|" + _GREET + r"|你们好|(?<=们)好|[啊呀鸭哦早安])+")


@lru_cache(maxsize=4096)
def _greeting(part: str) -> bool:
    """A clause that only greets, thanks or wishes: "大家早上好", "王姐早", "冬至快乐", "祝大家圣诞节快乐"."""
    if len(part) > 16:
        return False  # (cheap: two courtesy words, or a greeting run, are shorter)
    return bool((run := _GREETING_RUN.fullmatch(part.rstrip(_SIGNIN_PARTICLES) or part)) and _GREETS.search(run.group())) or is_courtesy(part)


_LETTERS = re.compile("[a-z]")
_ENGLISH_BREAK = re.compile(r"(?<=[\u4e00-\u9fff])(?=[a-z])|(?<=[a-z])(?=[\u4e00-\u9fff])")


def _without_greeting_run(before: str) -> str:
    run = _GREETING_RUN.match(before)
    return before[run.end():] if run and _GREETS.search(run.group()) else before


# Voice input without a pause: her own sentence before the trigger, ended by 了/啦/完/回来, read as it is with a comma
# (今天早上去公园走了一圈回来签到 as …回来，签到; 刚晨练完签个到; 好久没来了签到) — unless that sentence talks about signing in,
# refuses, is someone else's, or names work, a meeting, a school or a place one checks in at (我妈昨天忘了签到, 到公司了打卡).
_ENDED = re.compile(r"^(?P<prev>.{2,16}?(?:了|啦|完|回来))(?P<rest>(?:我|俺)?(?:来|也|就|先)?)$")  # (not 再: "接完孙子回来再签到" is later)
_PREVIOUS_NOT = re.compile(r"^等|" + DAYS_AHEAD + "|" + WEEKS_AHEAD + "|" + SOON_AFTER + "|" + _ANOTHER_ERA + r"|不|没(?!来)|别|忘|补|签|打卡|积分|报到|会|培训|课|医院|挂号|酒店|入住|值机|考|钉钉|企业微信|读书|作业|"
                           r"幼儿园|学校|班级|景点|景区|网红|店|公司|单位|班|人脸|健身|跑|运动|英语|单词|提醒|记得|谁|有人|她|他|"
                           r"老公|婆婆|孩子|妈|爸|大家|都")


# When she signs in, a moment of her day before the trigger: "排队的时候顺手签个到", "一睁眼就来签到".
# Late, said so: "今天忙到现在才签到", "这会儿才来签到" (the day went on first; not "昨天…才": another day's).
# A gap in her day taken for it: "等公交的空当签到一下", "趁孩子吃饭签个到", "哄睡了两个娃终于有空签到了". The first thing of her
# day: "睁眼第一件事就是签到".
# Her act sneaked into a moment of her day, the whole of what comes before the trigger: "开会中偷偷签到", "上课呢悄悄打个卡"; not
# someone else's (孩子上课偷偷打卡), another day's or a refusal.
_SNEAKED = re.compile(r"(?P<when>.{1,8}?)(?:中|时|的时候|呢)?(?:我|俺)?(?:偷偷|悄悄|偷摸)(?:地|的|摸摸)?(?:来|先)?")
_NOT_SNEAKED = re.compile(r"不|没|别|每天|天天|谁|你|[他她]|孩子|学生|昨|明天")
_FIRST_THING = r"(?:我|俺)?(?:今天|今早|早上)?(?:一?睁眼|起床|醒来|起来)(?:后|以后)?的?第一件事"  # her own morning (not 每天…: a habit)
_MOMENT = re.compile(r"(?P<when>.{1,8}?(?:的时候|时候|的空档|的空儿?|空档|的间隙|间隙|的功夫|之余|才想起来|终于想起来|想起来|(?:到现在|这会儿?|这么晚|现在)才)|"
                     r"一.{1,3}就|趁.{1,8}?(?=$|顺手|顺便|抽空|赶紧|来|先)|.{1,8}?[^天周月年时钟久之]前|" + _FIRST_THING + r"|(?:(?!妈|爸|老伴|老公|老婆|婆婆|公公|[他她]).){1,12}?终于(?:有空|有时间|得空|闲下来|忙完)了?)(?:顺手|顺便|抽空|赶紧|赶快|先|(?<=第一件事)就?是)?")
# Her household in the moment is her day (趁孩子吃饭, 老伴睡着的时候), not whose clock-in it is (帮孩子打卡).
_KIN_IN_MOMENT = re.compile(r"[的就]|现在|赶在|孩子|孙[子女]|外孙女?|老伴|老公|老头子?|娃|宝宝")
_IN_THE_GROUP = re.compile(r"(?:来|先来)?群里(?:来)?$")
# Whom she signs in for, the whole of what comes before the trigger (not "我女儿帮我签到了": news of it).
# Grown-ups only: "帮孩子打卡" is the school's homework clock-in.
_GROWN_UP = (r"(?:老?[妈爸]|妈妈|爸爸|老伴|老公|老婆|爱人|婆婆|公公|外婆|外公|奶奶|爷爷|姥姥|姥爷|[姐妹哥弟]|姐姐|妹妹|哥哥|弟弟|嫂子|邻居|闺蜜|"
             r"老头子?|老太婆|媳妇儿?|那口子|那位|" + _PARENT + r"|" + _KIN_GROWN + r")")
_FOR_SOMEONE = re.compile(r"^(?:@?(?:群|小)?(?:助手|助理)|机器人|小秘书)?(?:你)?(?:麻烦|请)?(?:你)?(?:我|俺)?(?:来|也|就)?[帮替给代](?:我|俺|咱)?(?:和|跟)?(?:我|俺)?家?" + _GROWN_UP
                          + r"(?:[和跟、]?(?:我|俺)?家?" + _GROWN_UP + r")?(?:也|都|一起)?$")  # two of them: 帮我爸妈都签个到, 替我公公婆婆签到
# 签 with its result asked for a grown-up of hers, the whole clause: "给俺娘也签上", "帮我老伴签好" (S15's 已签, 签上 said
# for someone), read as "…签个到"; not 签上 with a thing signed after it (帮我签上合同).
_SIGNED_ON_FOR = re.compile(r"(?<![^\s，,。!！~～])((?:我|俺)?[帮替给](?:我|俺)?家?" + _GROWN_UP + r"(?:也|都)?)签(?:上|好)(?=[了啦呀吧哈呗嘛哦]*(?:[\s，,。!！~～]|$))")


_HOUSEHOLD = r"(?:老?[妈爸]|妈妈|爸爸|老伴|老公|老婆|爱人|婆婆|公公|老头子?|老太婆|老婆子)"
_WITH_SOMEONE = re.compile(r"^(?:(?:我|俺)家?" + _HOUSEHOLD + r"|" + _HOUSEHOLD + r")(?:和|跟)(?:我|俺)(?:都|也|一起)?$|"
                           r"^(?:我|俺)(?:和|跟)(?:我家?)?" + _HOUSEHOLD + r"(?:都|也|一起)?$")


# Where the member happens to be as she signs in (home, away, on the way), the whole of what comes before the
# trigger; not a place one goes to in order to check in there (在景区打卡, 在会场签到, 在咖啡馆打卡).
_AT_PLACE = re.compile(r"(?:我|俺)?(?:人|正|现在|今天)?(?:在|(?=[\u4e00-\u9fff]{0,6}(?:车|地铁|公交|火车|高铁|飞机|船)上))(?P<place>老家|家里?|屋里?厢?|屋头|[\u4e00-\u9fff]{1,3}家(?!乐)|外地|外面|乡下|国外|路上|床上|被窝里?|"
                       r"菜市场|厨房|阳台|楼下|小区里?|村里|[\u4e00-\u9fff]{0,6}(?:车|地铁|公交|火车|高铁|飞机|船)上)(?:呢|了)?(?:来|也|就|给大家)?")


# Characters that sound like a trigger's and make words of their own with it or beside it: 钱到 (money in), 提前到, 搬迁到,
# 潜到水底, 浅到, 牵到, 大卡 (calories, 大卡车), 纤. A homophone typed with any other (谦到, 欠到, 千到, 嵌到, 达卡, 打咔) is a slip
# of voice or pinyin input and nothing else, read as the trigger written, whatever comes before it; one of these only
# where nothing but plain words come before it. 千 after or before a number is a thousand (一千到两千).
_WORDS_HEARD = frozenset("钱前迁潜浅牵铅遣纤大")
_NUMBER_CHAR = re.compile(r"[\d一二三四五六七八九十百千万两几]")


def _unmistakable(clause: str, start: int, size: int) -> bool:
    typed = clause[start:start + size]
    return not (_WORDS_HEARD & set(typed)) and not _number_beside(clause, start, size) and not _UNTIL.match(clause, start + size)


def _no_number_beside(clause: str, start: int, size: int) -> bool:
    """No number beside a homophone that counts (一千到两千, 500大卡); a flat's number before 钱到 is who she is."""
    if not set(clause[start:start + size]) & set("千大"):
        return True
    return not _number_beside(clause, start, size)


def _number_beside(clause: str, start: int, size: int) -> bool:
    return bool(start and _NUMBER_CHAR.match(clause[start - 1]) or _NUMBER_CHAR.match(clause[start + size:start + size + 1]))


# Who signs in or when, before a homophone that is also a word (钱到, 迁到, 大卡): her name, flat or kin, her streak or
# habit ("302钱到", "婷婷 钱到", "朵朵妈妈迁到", "连续迁到第21天", "起床大卡") — as a sign-in's own opening, not a money
# matter's (工资钱到了) nor a move's (搬迁到).
_WHO = (r"(?:\d[\d\-]*(?:号楼|栋|单元|号|室)?|[一二三四五六七八九十]{1,2}(?:号楼|栋|单元|楼))?"
        r"(?:[\u4e00-\u9fff]{1,3}(?:妈妈|妈咪|爸爸|妈|爸|姐|哥|阿姨|叔叔?|奶奶|爷爷|大爷|大妈|婆婆|外婆)|[小老阿][\u4e00-\u9fff]{1,2}|"
        r"([\u4e00-\u9fff])\1|[\u4e00-\u9fff]某人?|爷爷|奶奶|外婆|外公|姥姥|姥爷|本人|新人|[a-z]{2,8})")
# (p34) "秦某", "张某人": how a senior names herself, modestly (not 某人 alone: "某人又迟到了" is someone else).
_WHEN = r"(?:连续|坚持|按时|例行|日常|常规|照常|照旧|起床|睡前|" + _EVERY_DAY_WORD + r"|第[\d一二三四五六七八九十]+天|day\d+|\d{1,2}月\d{1,2}[日号])"
_WHO_OR_WHEN = re.compile(r"(?:" + _WHO + "|" + _WHEN + r"|\d[\d\-]*(?:号楼|栋|单元|号|室)?)+(?:我|俺)?(?:来|也来|今日|今天)?")


# 到 as "until" or "into" after a verb that sounds like 签 (欠到现在, 嵌到墙里): a time or a place follows it.
_UNTIL = re.compile(r"现在|今天|明天|今年|年底|月底|下个|下周|这会|那时|墙|里|底")


# The act said first and again last, a sentence of her day between, as voice input runs them together (I22).
_BOOKENDED = re.compile(r"(?:喂|嗯|那个)*(?:我|俺)?(?:来)?(?:签个?到|打个?卡)(?P<day>[\u4e00-\u9fff]{4,40}?)(?:我|俺)?(?:来|再)?(?:签个?到|打个?卡)[啦了哦呀啊哈喽咯]*")


def _signin_clause(clause: str, forms: tuple[str, ...]) -> bool | None:
    """True: this clause signs in; False: it talks about signing in (the message does not sign in);
    None: it is about something else (a greeting, the weather, a blessing)."""
    if _RESTATED.fullmatch(clause):
        return None  # "谦到 打错了 是签到": the word put right, beside the sign-in typed wrong
    heard_only = False  # a trigger heard by sound only ("大卡车…" 打卡?): no remark of hers after it makes it one
    if (twice := _SAID_TWICE.fullmatch(clause)) is not None:
        clause = twice.group(1)  # "我签到我签到": voice input says it again
    if (ends := _BOOKENDED.fullmatch(clause)) is not None and _runs_on(ends["day"]) \
            and not any(p.search(ends["day"]) for p in (_QUESTION_IN_CLAUSE, _WORK, _OTHER_CLOCK_IN, _SIGNIN_NEVER)):
        return True  # "签到哈我今天早上起来有点头晕不过没事签到": voice input says the act, her day, then the act again
    clause = _CAME_TO.sub(r"\1\2\3", clause)  # "我是来签到的": what she came for, said with 是…的
    at = next(((clause.find(t), t) for t in forms if t in clause), None)
    if at is None:  # a homophone ("千到", "打咔", "钱到") counts only where nothing but plain words and greetings
        words, heads = _homophones(forms)  # come before it: "我提前到了", "工资钱到了" are no sign-ins
        if not any(h in sounds(clause) for h in heads):  # cheap: most clauses have none
            return None
        heard = heard_as(clause, words)
        at = next(((heard.find(t), t) for t in forms if t in heard), None)
        if at is not None and _unmistakable(clause, at[0], len(at[1])):
            clause = heard  # "6栋王姐谦到", "老规矩欠到", "连续达卡第七天": read as the trigger written
        elif at is None or not (_PLAIN_BEFORE.fullmatch(said := _words_before(heard[:at[0]])) or _PLAIN_FOR_CARD.fullmatch(said) or is_courtesy(said)
                                or _BOT_OR_DAY.fullmatch(said) or _WHO_OR_WHEN.fullmatch(said) and _no_number_beside(clause, at[0], len(at[1]))):
            return None
        else:
            clause, heard_only = heard, True
    start, trigger = at
    if "签" in trigger and _REGISTER.match(clause, start + len(trigger)):
        return None  # "签到表上电话填错了", "签到台在哪", "签到那边人好多": the sheet, the desk, its place, not the act (i27, w33)
    if _put_off(clause[:start]) or _AGAIN_LATER.search(clause, 0, start) and _PUT_OFF.search(clause, 0, start):
        return False  # "待会我再签到", "回头让我闺女帮我签到": put off to later, not done now; "等会儿吃完午饭我再来签个到" (i29 mend)
    if _HERS_AS_A_THING.fullmatch(_without_greeting_run(clause[:start])):
        return False  # "我那个签到啊 今天签没签上": her sign-in named as a thing she asks about, not done
    if _SEEN_SIGNING.search(clause[:start]):
        return False  # "看到刘姐签到了", "祝大家圣诞快乐看到刘姐谦到了": news of someone else's
    if _STARTS_WITH.match(clause) or _DAY_COUNT.fullmatch(clause):
        return True
    before, run_on = _words_before(clause[:start]), _again(clause[start + len(trigger):].lstrip(trigger[-1]), forms)
    after = _again(trim_courtesy(run_on), forms)
    after = "" if is_courtesy(after) else after  # "签到晚安"
    if re.match(r"过(?:了|啦|喽|咯|$)", run_on) or _EARLIER.search(clause[:start]) and re.match(r"[了啦过]", run_on):
        return False  # "签到过了", "我早上已经签到了": done earlier, told (the act now is "签到了", "已签到")
    if _HER_STREAK_BEFORE.fullmatch(before) and _STREAK_LENGTH.match(run_on):
        return None  # "我连续签到一百天了": how long her streak is, told (beside the act it is her remark: "…了 签到")
    if _TOPIC.match(run_on):
        return False  # "签到都成习惯了", "签到后它给我回了个红花", "签到大户来了": the trigger as what her sentence is about
    asked_of_it = _without_greeting_run(clause)  # "晚上好能帮我签到不": voice input runs her greeting into the request
    if any(p.fullmatch(asked_of_it) for p in (_ASKS_THE_BOT, _ASKS_FOR_KIN, _MAY_I)):
        return True  # "能帮我签到吗": asking the bot to sign her in; "帮我婆婆也签个到行不": a grown-up of her household
    asked = clause[:start + len(trigger)] if _PLAN.match(after) and not _WHERE_NEXT.search(after) else clause  # "…然后去菜市场看看有没有新鲜的菜" asks nothing of it
    if _denied_elsewhere(after):
        asked = clause[:start + len(trigger)]  # "…不知道老伴起了没有": her wondering, asking nothing of the act
    if at_work := "签" in trigger and bool(_AT_WORK.fullmatch(before)):
        before = ""  # "下班签到", "加班狗签到", "到公司签个到": where her day is (work's own clock-in is 打卡, or its 年会/培训)
    if _QUESTION_IN_CLAUSE.search(asked) or _SIGNIN_NOT_BEFORE.search(before) or len(before) > 10:
        return False
    if _BIDDEN_DAILY.search(before + trigger):
        return False  # "阿仔叫我每日签到": the bidding's every day inside the trigger 每日签到 (i26)
    if "卡" in trigger and (_VISITED.search(before) or _GONE_TO.search(clause[:start]) or _CARD_HABIT.search(clause[:start])) \
            or _OTHER_KIND.search(clause[:start]) and not at_work or _CALL_OR_TAUGHT.search(clause[:start]):
        return False  # "火锅店打卡", "来长城打卡了": a place visited and clocked in
    if _ASKS_THE_BOT_SO.fullmatch(clause):
        return True  # "帮我签一哈 多谢": asked of the bot in a group where it signs members in (not "帮我签一下快递")
    if trigger in ("报到", "报个到") and _PARTY_COUNT.search(before):
        return False  # "秧歌队老队员 两个报到", "我们三个报到": a party answering an event's roll, a sign-up
    if trigger in _SIGNIN_WORDS and (re.search(r"新", before) or (trigger == "签一签" and before)
                                     or re.search(r"[帮替给]", before) and trigger != "签一个" and not _TO_THE_BOT.search(before)):
        return False  # "新人报到": a newcomer introduces herself; "帮我签一下": sign for a parcel (not asked of the bot)
    if _done_for_her(before, after):
        return False  # "小孙子帮我签到了", "老伴替我签到了": someone did it for her, told (not "帮我签到", asked)
    if (kin := _KIN_TYPING.fullmatch(before)) and ("个" in trigger or after.startswith("一下") or kin["phone"]) and not _NEWS.match(after):
        return True  # "俺儿子帮俺签个到": kin doing it for her now, on her phone (not "我老公帮我签到了": told done)
    if (named := _SOMEONE_NAMED.search(before)) and not _ASKED_OF_HER.search(before[:named.start()]) and not (_HELP_LAST.search(before) and not _NEWS.match(after)) and (_NEWS.search(before) and not (_SELF_PARTY.fullmatch(before) and "个" in trigger)
                                         or _NEWS.search(after) or not _SELF_PARTY.fullmatch(before)):
        return False  # "我妈签到了", "我女儿帮我签到了": news of someone else's sign-in ("我老头子签到" signs him in)
    after = _SELF_AFTER.sub("", after.rstrip(_SIGNIN_PARTICLES)).rstrip(_SIGNIN_PARTICLES)  # "签到哇", "签到啊我是五号楼的"
    after = "" if _NAME_AFTER.fullmatch(after) else after
    if (plain_after := _SIGNIN_AFTER.match(after)) and not _ABOUT_SIGNING.search(then := _then(plain_after)) and not _LATE.search(then):
        return True  # "签到", "签到第三天", "签完去上班了" (not "打卡去网红店")
    if _FOR_POINTS.fullmatch(after) and not _EVERY_DAY.search(clause):
        return True  # "签到攒积分换鸡蛋", "签到领积分啦": the points she signs in for (not "每天签到领积分": the rule)
    if _runs_on(after) or (_runs_on(run_on) or _TO_THE_GROUP.match(run_on) and not _ABOUT_SIGNING.search(run_on)) \
            and not _GROUP_RULE.search(run_on):
        return True  # "签到🌹祝店长生意兴隆", "签到外面下雨了", "签到大家注意保暖": her next sentence, to the group too
    if _remark(after) and not _TRIGGER_AS_NOUN.match(after) and not before and not heard_only and "签" in trigger:
        return True  # "签到求红包", "签到纪念一下", "签到 好", "签到报到一起来": a remark of hers run on after it
    # the sign-in's own tail (a particle, 一下, the day count, 成功), then her next sentence: "签到第15天大家注意保暖",
    # "签到ing我去买菜了", "打卡day3嘿嘿", "签个到呗今天好冷"
    return any(_SIGNIN_AFTER.fullmatch(after[:at]) and not _SIGNIN_AFTER.fullmatch(after[:at])["then"]
               and (_runs_on(after[at:]) or _TO_THE_GROUP.match(after[at:]) and not _GROUP_RULE.search(after[at:]))
               for at in range(1, len(after)))


# i27: where she is or what she is doing now, said after asking the bot to sign her in: her reason for asking, not another
# day ("帮我签个到，我在和面", "机器人帮我签一下到 我在工地", "帮我签到一下，我在上班"). Not another day ("我明天在外地"), nor
# work beside a 打卡 asked for ("帮我打个卡 我在公司": work's clock-in), nor 签 without 到 ("帮我签一下 我在上班": a form's,
# a parcel's).
_BUSY_NOW = re.compile(r"(?:我|俺)(?:现在|正|人|这会儿?|还)?在[\u4e00-\u9fff]{1,10}?(?:呢|哩|咧|嘞|啊|呀|哦)?")


def _busy_now(part: str, asked: list[str]) -> bool:
    """(Mend of i27: not a question, "…我在外地也行吗", nor her own act, "…我在家自己签": neither is why she asks.)"""
    return bool(_BUSY_NOW.fullmatch(part)) and not _NOT_TODAY.search(part) and any("到" in a for a in asked) \
        and not _QUESTION_IN_CLAUSE.search(part) and not _TRIGGER_CHARS.search(part) \
        and not (_WORK.search(part) and any("卡" in a for a in asked))


# The trigger naming a thing one signs at or on (i27): a sheet, a register, a desk, a machine, the place (a clinic's sign-in
# sheet filled in wrong, the desk at a wedding, a bank's machine): no clause so built is her act. The things are
# ``_TRIGGER_AS_NOUN``'s own (``_SIGNED_AT``), less the words that only start with one (表情, 台风, 机器人, 处理, 本周).
_NOT_A_THING = r"表(?:情|扬|示|态|白|达|演)|台风|机(?:器|会|灵)|处理|本[月周年次人来身事领]"
_SIGNED_AT = "处台表簿本机"
# (w33) ... or the place it is done at, pointed to: "签到那边人好多", "签到那儿排长队", "签到窗口就一个人", "签到的地方好漂亮"
# (a hospital's, a school's, a wedding's desk over there). Only the far side (那边, not 这边: "签到这边好冷" is her sign-in and
# where she is) and places that are one (窗口, 柜台, 大厅, 的地方), never 门口 ("签到门口下雪了" runs on into her day).
_SIGNED_THERE = r"那(?:边|儿|里|块|头)|窗口|柜台|大厅|的地方|那个地方"
_REGISTER = re.compile(r"(?!" + _NOT_A_THING + r")(?:[" + _SIGNED_AT + r"]|" + _SIGNED_THERE + r")")


# Her sign-in as a thing of hers, the whole of what comes before the trigger: "我那个签到", "我的签到", "俺这个打卡" (not
# "我这就签到": 就 makes it the act).
_HERS_AS_A_THING = re.compile(r"(?:我|俺)(?:的|那个|这个|那|这)+")


# Someone who did it for her, before 帮我/替我: a doer named, not the bot asked ("小孙子帮我签到了"; not "麻烦帮我签到",
# "小助手你帮我签到了吗"), with the act told done after it.
_FOR_HER = re.compile(r"(?P<doer>[^帮替给代]+?)(?:已经|都|也|刚|早就?)*[帮替给代](?:我|俺)$")
_ASKING_WORDS = re.compile(r"能|可以|麻烦|请|你|您|助手|机器人|小秘书|群主|店长|谁|要|让|叫")
_DONE_AFTER = re.compile(r"(?:一下|好)?(?:了|过|啦|喽|咯)")


# Kin of her household doing it for her, the whole of what comes before the trigger (I22): "俺闺女帮俺", "孙子替我" (not
# a workmate's or a neighbour's favour: "同事帮我打个卡" is work's clock-in).
_KIN_TYPING = re.compile(r"(?!.*(?:同事|邻居|闺蜜|领导))(?:我家?|俺家?)?(?:" + HOME + r"|" + _KIN_GROWN + r")(?:在|来)?(?P<phone>(?:拿|用)(?:我|俺)的?手机)?[帮替给代](?:我|俺)")  # "儿子拿我手机帮我签到"


def _done_for_her(before: str, after: str) -> bool:
    return bool((her := _FOR_HER.fullmatch(before)) and not _ASKING_WORDS.search(her["doer"]) and _DONE_AFTER.match(after))


# Help offered right before the act, the one helped named first: "我老妈那个号也帮签一下到" (her request for them, not their news).
_HELP_LAST = re.compile(r"[帮替代](?:忙|一下)?$")


# A party's size before 报到: a roll call's answer for an event, not the day's sign-in ("两个报到", "我们仨报到", "舞蹈队四个人报到").
_PARTY_COUNT = re.compile(r"(?:[两俩仨二三四五六七八九十\d]|几)(?:个|位|口)?人?$")


# Her moment at work, the whole of what comes before 签到: off work, overtime, just in (not a work meeting's or a party's).
_AT_WORK = re.compile(r"(?:我|我也)?(?:刚|才|已经)?(?:下班|下了班|下夜班|加班|加班狗|到公司|到单位|进公司|上班前|下班后|打工人|社畜)"
                      r"(?:了|啦|回来|回家了?)?(?:先|来|就)?")
# The trigger as the subject or topic of her sentence, not the act: a comment on it (签到都成习惯了, 签到还会回话, 签到就是
# 发俩字, 签到也就图个乐, 签到那玩意儿俺整不明白), what follows it done by someone else (签到后它给我回了个红花), its record or message (签到日历, 签到那条, 签到已记录),
# or a person it names (签到大户, 签到小能手), the thing itself (签到这种事交给老伴, 签个到而已, 签到也能上瘾, 签到有礼, 签到说明)
# or judged as a thing is judged (签到好麻烦, 签到真热闹), her habit in it (签到我最准时, 签到我从来不落下), the time it was done
# (签到那会儿还在下雨: another moment's), how she usually goes about it (签到我一般都是晚上).
# Who she has keep it for her, right after the trigger as her topic (I22): "签到我让老伴帮我记着", "签到我托儿子帮我弄了",
# "签到我交代老头子了" — someone made to remember, watch or do it for her, told, not the act (a sentence of her day after
# the act names no such errand: "签到 我让老伴去买菜了").
_HANDED_ON = (r"(?:这块儿?|这事儿?|这个事儿?|的事儿?)?(?:我|俺)(?:已经|早就?|都|就)?(?:(?:让|叫|托|拜托|请|嘱咐)了?[^，,。!！?？\s]{1,5}?(?:帮|替|给)?(?:我|俺)?"
              r"(?:记着|记住|记|提醒|盯着|弄|整|管|看着|操心|签|发)(?:我|俺)?(?=[了着呢啦的哈]|好|上|$|[\s,，。!！~～])|(?:交代|托付|交给|拜托)(?:给)?)")
# (the verb's object is the trigger she named, nothing after it: "签到我叫闺女帮我弄早饭" is her act, then an errand)
_AS_A_THING = (r"[那这](?:种|个|件)?(?:事儿?|活儿?)|那(?:会儿?|时候?|阵儿?)|(?:我|俺)(?:最(?!早|先|快)|总|从来|从不|向来|老是|每次|一般|平时|平常|通常|基本上?|都是)|(?:我|俺)?(?:是|真是?|算是)?服了|(?:我|俺)(?:就|最|只|真)?服(?!了)(?=[\u4e00-\u9fff])|了就(?:好|行|成|可以|中)(?:了|啦|呀|哈)?(?=$|[\s,，。!！~～])|而已|罢了|也(?:能|会|算(?!上?(?:我|俺)))|有(?:礼|奖)|说明|[成上]瘾|就[跟和像图]|请(?:在|于|按|每|勿|大家|各位)|"
               r"(?:好|真|太|挺|很|蛮|可)(?:麻烦|方便|费劲|热闹|无聊|有意思|没意思|好玩)|" + _HANDED_ON + r"|(?:才|只有?)(?:给|送|加|得)?[一两二三四五六七八九十\d]+(?:分|个?积分)|"
               r"[签打](?:得|的是|的就是)")  # (not 签到麻烦了: thanks)
# After 签到是, the day or herself told, not the trigger defined ("签到是每天的事", "签到是直接打字"): a day of the week, a
# season's mark or a date, the day as a kind of day (个好日子, 大晴天), herself new, or a short state come (…了).
_DAY_OR_HERSELF = (r"个?[^\s,，。!！?？]{0,4}(?:天|日子|周末|节)(?:了|啊|呀|哦|哈|嘛|啦)*(?:$|[\s,，。!！])|(?:周|星期|礼拜)[一二三四五六日天末]|"
                   r"[大小](?:寒|暑|雪)|立[春夏秋冬]|[夏冬]至|[春秋]分|(?:雨水|惊蛰|清明|谷雨|小满|芒种|白露|寒露|霜降|处暑)|"
                   r"[初正腊]月|初[一二三四五六七八九十]|[一二三四五六七八九十\d]+(?:月|号|日)|新(?:人|来)|[^\s,，。!！?？了的]{1,3}了(?:$|[\s,，。!！])")
_TOPIC = re.compile(r"^(?:前(?![来去往进])|发(?:到|错|成)|可以$|是(?!不是|" + _DAY_OR_HERSELF + r")|让|交给|托给?|排(?:了|队)(?:排了)?(?:半天|好久|很久|老半天|一个?多?小时|[一两三四五六七八九十\d]+(?:分钟|个?多?小时))|(?:一天|每天|一次)(?:才|就|只|只有)?(?:给|送|加|得)?[一两二三四五六七八九十\d]+(?:分|个?积分)|(?:两个|俩|二)字|都(?!来)|真是|就像|像是|好比|还(?:会|能|挺|是|要|得|有|真)|竟然|居然|就是|也就|无非|不过是|成了|" + _CHECK_FOR_ME + r"|后(?:它|他|她|机器人|小助手|群主|会|就会|才|能|可以|有)|"
                    r"那条|这条|[那这]个?(?:玩意儿?|东西)|日历|记录|截图|页面|界面|按钮|已(?:记录|登记|录入)|大户|小?能手|达人|狂魔|专业户|标兵|冠军|大王|" + _AS_A_THING + ")")
# ... of those, the ones no reading of the message makes her act, however it is cut or weighed (``_told_whole``).
_TRIGGER_AS_A_THING = re.compile(r"(?<![发打写输])(?:签个?到|打个?卡)(?:" + _AS_A_THING + r"|(?:两个|俩|二)字)")  # (not 发签到两个字就行: how it is done)
# Others called to sign in, or taught how, as typed before the trigger: "请大家签到", "大家快来签到", "你也签一个", "我儿子教我签到",
# "我教会老伴签到了".
_CALL_OR_TAUGHT = re.compile(r"^(?:喊|叫|招呼)(?:你们|大家|各位|大伙儿?)(?:都|快|来|赶紧)*$|^(?:请|麻烦)(?:你们|大家|各位|大伙儿?)(?:都|快|来|赶紧|记得|按时)*$|^请(?:都|快|来|赶紧|记得|按时)*$|^请(?:你们|大家|各位|大伙儿?)[^我俺]{0,8}$|^(?:你们?|大家|各位|大伙儿?|(?:姐妹|家人|亲|朋友|邻居|老铁|宝子|街坊|兄弟姐妹)们)(?:快|都|赶紧|记得|快点)来?$|^快来$|"
                             r"^你们?(?:也|快|来)*$|(?:学|教)会了?$|教会?(?:[我你他她]|(?:我|俺)?家?" + _GROWN_UP + r")?$")
_FOR_POINTS = re.compile(r"[了啦]?(?:攒|领|赚|挣|冲)(?:点|些|个)?积分(?:换(?:点|些)?[\u4e00-\u9fff]{1,3})?[啦咯哦呀喽]*")
_EVERY_DAY = re.compile(_EVERY_DAY_WORD + r"|就能|就可以|即可")
_WHERE_NEXT = re.compile(r"哪|几点")  # "签到完了去哪集合": where the event goes next, asked
_PLAN = re.compile(r"^(?:了|啦|哦)*(?:然后|接着|完了?再?|再)(?:就|要|准备)?去(?![了过])")
_PLAN_ABOUT_SIGNING = re.compile(r"签|打卡|积分|领|换|[上下]班|公司|单位|网红|景|拍照|[吗?？]")
_RESTATED = re.compile(r"(?:是|应该是|我是说|我说的是|我要打的是)(?:签到|打卡)[啊哈呀]*")
# A place she went to and clocked in at, the end of what comes before 打卡 (not a name: 小园, 老山).
_VISITED = re.compile(r"(?<![小老])(?:[店馆厅园宫湖山寺庙塔桥岛城洞屿滩峡谷湾泉巷坊街]|路(?!上)|湿地|景点|乐园|世界|古镇|老街|步行街|景区|商场|广场|迪士尼)[边畔旁前里]?$")
# ... or a place gone to right before 打卡, whatever it is called (带孙女来迪士尼打卡, 去抚仙湖打卡); not the group (来群里打个卡),
# being late (来晚了), nor a sentence of hers already ended (到家了打卡).
_GONE_TO = re.compile(r"(?:来|去|到|逛)(?!群|晚|点|冒|签|报)[\u4e00-\u9fff]{2,8}(?<![了啦前])(?<!路上)(?<!时候)$")  # (not a moment: 去买菜前)
# A sport, a dance or self-care right before 打卡: another habit's (羽毛球打卡, 泡脚打卡, 八段锦打卡).
_CARD_HABIT = re.compile(r"(?:羽毛|乒乓|篮|足|网|台|门|排)球|泡脚|护肤|面膜|太极|八段锦|五禽戏|广场舞|跳舞|合唱|钓鱼|站桩|爬楼|快走|健步走")
# Her trouble typing it, run on after it: "签到喽按错了好几次才打出来", "签到 手抖打了半天".
_TYPING = re.compile(r"手滑|打错|按错|写错|点错|打出来|打不出|打了半天|眼[睛神]?花|看不清|字太小|手抖|输入法")


def _then(after: re.Match) -> str:
    """What she does next, after the sign-in's tail: going to work after it is her day ("签到完上班去", "签完就去上班"),
    where "打卡上班" is work's clock-in."""
    then = after["then"] or ""
    return re.sub(r"^去?[上下]班", "", then) if after["link"] in ("完", "然后", "再", "就") else then


_LAUGH = re.compile(r"(?:哈|嘿|呵|嘻|嘎){2,}")
# A short remark of hers beside or after the trigger, whatever it is about, so long as it says nothing of signing in
# itself (its points, rules, others' sign-ins), asks nothing, refuses nothing and speaks to no one: "签到求红包",
# "签 送娃中", "qd 忙", "签到纪念一下". Voice input and busy thumbs run on into anything; the words that make it talk
# about signing in are few and known (_ABOUT_SIGNING).
_NOT_A_REMARK = re.compile(r"[不没别忘你您他她谁补次遍\d]|坚持|连续|一直|" + _EVERY_DAY_WORD + r"|就行|就可以|记得|再说|到时|回头|以后|"
                           r"太|麻烦|有意思|没意思|好玩|无聊|费劲|挺好|活动|功能|这个|"
                           + _QUESTION_IN_CLAUSE.pattern)  # its rules, her habit, a count of times, putting it off


def _remark(words: str) -> bool:
    return 0 < len(words) <= 8 and not _ABOUT_SIGNING.search(words) and not _NOT_A_REMARK.search(words) \
        and not _WORK.search(words) and not _OTHER_CLOCK_IN.search(words) and not _SIGNED_FOR.search(words)


# The trigger as a noun, not the act: "签到处在门口", "签到表", "打卡点", "签到活动", "签到榜".
_TRIGGER_AS_NOUN = re.compile(r"[" + _SIGNED_AT + r"码墙点板率页期党族榜]|系统|活动|奖励|规则|地|圣地|时间|人数|名单|这个|这事|二维码|链接|入口|按钮|"
                              r"天数|功能|群(?![主友里内])")  # i26: 签到天数, 签到群 (not 签到 群主早)
# Whole messages that sign in in a word: "签", "来签", "今日已签", "签了签了".
_SHORT_SIGNIN = re.compile(r"(?!签了[啊哦呀啦嘞哈]*$)(?:我|俺)?(?:今天|今日|今儿)?(?:也|已经?|先|就)*来?签(?:上|好)?(?:[了啦咯哦呀哈啊嘞]|签(?:上|好)?)*|"
                           r"(?:今天|今日|今儿)(?:已|已经)签(?:到)?(?:了|啦)?")  # 签 with its result (签上了, 签好了) and who/when: 我也签, 已签, 签上签上 (not 签了 alone: a parcel's too)


# English as members type it: "check-in", "sign in", "good morning".
_ENGLISH_TRIGGER = re.compile(r"(?<![a-z])(?:check|sign)[\s-]?in(?![a-z])")
_ENGLISH_GREETING = re.compile(r"(?<![a-z])good\s?morning(?![a-z])")
# English is read as a sign-in only in a message without Chinese: beside Chinese words it is talk ("check in 搞了20分钟").
_CHINESE = re.compile("[\u3400-\u9fff]")
# The bot's or an app's receipt of a sign-in ("签到成功 积分+5"), not the act.
_RECEIPT = re.compile(r"积分\s*[+＋]\s*\d")
# The staff's tally of the day's sign-ins, not one: a count of people beside the trigger ("【签到统计】12月4日 共41人签到",
# "今日签到人数：42人", "截至中午 已有36人签到"); a household's few stay hers ("我和老伴两个人签到": no digits, no 共).
_TALLY = re.compile(r"(?:共有?|一共有?|总共有?|已有|已经有)\s*(?:\d+|[一二三四五六七八九十百两几]{1,4})[多来余]?\s*(?:人|位|个人)|(?<!\d)\d{2,}\s*(?:人|位|个人)\s*(?:已经?)?(?:签到|打卡)|"
                    r"(?:签到|打卡)(?:人数|总数|统计|名单|排行|排名)|"
                    # I25: the count of persons right after the act, a staff member's tally ("今天签到12人", "签到：35人，未签到3人",
                    # "上午签到已经四十多位"; not her day count or floor: "签到12天了", "签到 12楼的"; nor the persons her day tells of, the
                    # count ending a clause or going on to 了/次/未/没/还: "签到 十几个人一块儿去赶集")
                    r"(?:签到|打卡)(?:的|了)?\s*[:：]?\s*(?:已经?|共|一共|总共|有|已有|达)?\s*(?:(?<!\d)\d{2,}|[两二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]百[零一二三四五六七八九十]*)"
                    r"\s*[多来余]?\s*(?:个人|人|位)(?=$|[\s，,。.!！;；、（(]|了|次|未|没|还)")
# Someone else's rank told, not her sign-in: "今天签到第一名是老李", "签到榜第一又是刘婶", "王姐签到又是第一个" (her own stays: "签到 今天又是第一个",
# "第一个签到的是我", which ``_FIRST_ONE`` reads first).
_FIRST_IS = re.compile(r"(?:第一[名个]?|头一个|最早的|最晚的)(?:又|还|就|也)?是(?!我|俺)[\u4e00-\u9fff]")
_RANKED_AFTER = re.compile(r"(?:" + _NAME_AFTER.pattern + r")(?:今天|今儿)?(?:[签钱千迁谦欠]个?到|[打大达]个?卡)(?:又|还|总|都|也)是(?:第一|最早|头一个)|"
                           r"^(?:" + _NAME_AFTER.pattern + r")(?:今天|今儿|今早)?(?:又|还|总|都|也)*是?(?:第一个|最早|头一个)(?:[签钱千迁谦欠]个?到|[打大达]个?卡)")  # 老张今天又是第一个签到


def _ranked_other(text: str) -> bool:
    if "第一" not in text and "最" not in text and "头一" not in text:
        return False  # (cheap: most messages name no rank)
    return bool(_FIRST_IS.search(text) or _RANKED_AFTER.search(text))


# The trigger taught as a word to type, to someone she addresses or as all it takes: "妈你别点语音了，打字，签到，俩字",
# "签到就是发两个字 签到 就完事", "奶奶你看 先点这里 再打签到" (not her own trouble typing it: "签到 俩字打了半天").
_AS_A_WORD = re.compile(r"(?:签到|打卡)[\s，,。、]*(?:这)?(?:两个|俩|二)字|(?:打|发|输入|写)(?:个)?(?:签到|两个字|俩字)|教(?:你|您|会你)")
_LEARNER = re.compile(r"^(?:[妈爸]|奶奶|爷爷|姥姥|姥爷|外婆|外公|婆婆|老伴|老头子?)")  # addressed first: the lesson is for her
_TO_A_LEARNER = re.compile(_LEARNER.pattern + r"|你|您|就行|就可以|就完事|即可|就好")


# Her habit told of herself, with no word of today: "我都是起床先签到再做饭", "我一般晚上才签到", "俺平时都是中午签".
_HABITUALLY = re.compile(r"(?:我|俺)(?:们)?(?:一般|通常|平时|平常|每次|总是|老是|向来|往往|都是)")
_TODAY = re.compile(r"今天|今日|今儿|今早|现在")


def _her_habit(text: str) -> bool:
    return bool(_HABITUALLY.search(text)) and not _TODAY.search(text)


def _taught_as_a_word(text: str) -> bool:
    return bool(_AS_A_WORD.search(text) and _TO_A_LEARNER.search(text))


# A place's procedure that includes signing in ("开家长会要签到", "社区打疫苗要先签到"): what one must do there, not hers now.
_DUTY_CUE = re.compile(r"要|得|须|家长会|疫苗|体检|先")  # _DUTY's words, before its homophones are heard (cheap)
_DUTY = re.compile(r"(?<![我俺])(?:要|需要|得|必须)先?(?:签到|打卡)|(?:家长会|疫苗|体检)[^，,。\s]{0,6}(?:签到|打卡)|"
                   r"先(?:签到|打卡)(?:再|然后|后)(?:排队|入场|进场|进去|领|抽血|检查|取号|交)")  # a place's steps: 先签到再排队


def _trigger_last(text: str) -> bool:
    """The message ends with the trigger alone, after talk of something else ("…大家小心啊签到"): her sign-in, whatever a
    word of the talk (骗子) would say of a sign-in's own clause. Only greetings, wishes or a sentence of her day may follow
    it ("…签到~太阳出来了暖和", "…签到 圣诞快乐"), as they follow a sign-in anywhere."""
    parts = [q for p in _SIGNIN_BREAK.split(text) if p for q in _soft_split(squeeze(p)) if q]
    last = next((at for at in range(len(parts) - 1, -1, -1) if _TRIGGER_ALONE.fullmatch(parts[at])), None)
    return last is not None and 0 < last and not _SIGNIN_NEVER.search(parts[last]) \
        and all(_greeting(p) or _her_day(p) for p in parts[last + 1:])


_TRIGGER_ALONE = re.compile(r"(?:反正|总之|不说了)?(?:我)?(?:来)?(?:(?:签到|签个到)[了啦哦呀]*){1,3}")  # (said twice: "怎么签到啊？签到签到")


def _asks_outright(text: str) -> bool:
    """A clause that asks the bot to sign her in, whole ("签到在哪点 帮我签一下"): the request, whatever is asked beside it."""
    return any(_ASKS_THE_BOT.fullmatch(p) or _ASKS_THE_BOT_SO.fullmatch(p) for p in map(squeeze, _SIGNIN_BREAK.split(text)) if p)


# Told of others, not done: an article's or a story's subject ("这位老人…", "网友…"), an app's own sign-in (淘宝芭芭农场,
# 支付宝), a pet's "clock-in" (我家猫每天准时来打卡) — with no word of her own signing in beside it.
_OTHERS_TOLD = re.compile(r"这位|那位|这个(?:老人|大爷|阿姨|人)|网友|记者|据报道|新闻|老人的|晚年|淘宝|芭芭农场|支付宝|拼多多|京东|美团|抖音|快手|"
                          r"app|小程序|蚂蚁森林|微博|b站|百度|游戏|"
                          # I25: more platforms, named as governing the act, before it in its clause ("云闪付签到领了一毛钱"; not
                          # "签到 小红书上看了个菜谱": her sign-in, then her day)
                          r"(?:云闪付|小红书|微信运动|学习强国|keep)[^，,。!！?？\s]{0,6}(?:打卡|签到)|"
                          r"(?<!加班)(?<!单身)(?<!打工)(?:猫|狗)(?!回来|回家)[^，,。\s]{0,6}(?:打卡|签到)")


def _told_of_others(text: str) -> bool:
    return bool(_OTHERS_TOLD.search(text)) and not re.search(r"我(?:来|也|先|今天)?(?:签|打卡)|帮我", text)


def _runs_on(after: str) -> bool:
    """Voice input running on after the trigger into a wish, her day or a laugh, saying nothing about signing in."""
    if _PLAN.match(after) and not _PLAN_ABOUT_SIGNING.search(after):
        return True  # "我先签个到然后去菜市场看看有没有新鲜的菜": what she does next, however long
    if _denied_elsewhere(after):
        return True  # "签到不知道今天冷不冷", "签到没想到这么冷", "签到不多说了": its 不/没 refuses nothing of the act
    if _BLESSING.match(after) and not _BLESSING_ABOUT_IT.search(after):
        return True  # "签到🌹祝群里的老哥老姐身体健康": a wish to the group, whatever 的 it holds (I22)
    if _ABOUT_SIGNING.search(after):
        return False
    return bool(_TYPING.search(after) or _BLESSING.match(after) or _SIGNIN_THEN.match(after) or _DAY_SENTENCE.match(after) or _LAUGH.fullmatch(after))


def _denied_elsewhere(after: str) -> bool:
    """What follows the act starts with a 不/没 in another sense (``_NOT_OF_THE_ACT``) and goes on about her day."""
    if (denied := _NOT_OF_THE_ACT.match(after)) is None:
        return False
    rest = after[denied.end():]
    if denied["wonder"]:
        return bool(_DAY_SENTENCE.match(rest) or _WONDERED_DAY.match(rest)) and not _ABOUT_SIGNING.search(_wondered(rest))
    return not rest or _runs_on(rest)


def _wondered(words: str) -> str:
    """What she wonders after 不知道, without the asking of an indirect question (会不会, 涨没涨, …到了没有): it asks
    nothing of the act, what it is about may ("不知道签上没")."""
    return _INDIRECT_END.sub("", _A_NOT_A.sub("", words))


_INDIRECT_END = re.compile(r"(?:没有?|吗|么|呢)[啊呀]*$")


def _her_day(clause: str) -> bool:
    """A clause that is a sentence of her day, the weather or a wish, and nothing about signing in, a stay or work
    ("我去买菜了", "外面下雪了", "圣诞快乐"; not "酒店前台排队", "今天入住")."""
    return _runs_on(clause) and not _NOT_HER_DAY.search(clause) and not _STAY.search(clause)


_STAY = re.compile(r"酒店|宾馆|民宿|前台|入住|退房|房间|航班|机场|值机|登机|行李")


def _again(after: str, forms: tuple[str, ...]) -> str:
    """What follows the trigger without the trigger said again: "签到签到", "打咔打咔", "打个卡签个到", "签到qd", "签到了签到了"."""
    while (again := next((t for t in (*forms, *_WHOLE_TYPOS) if after.lstrip(_SIGNIN_PARTICLES).startswith(t)), None)):
        after = after.lstrip(_SIGNIN_PARTICLES)[len(again):]
    return after


_BLESSING_ABOUT_IT = re.compile(r"签|打卡|积分|送|领|奖|[吗呢么?？]")
_BLESSING = re.compile(r"^(?:了|啦|哦|喽|咯|哈|呀|啊)*(?:祝|愿)(?!.*[吗呢么?])")


# 补签 asked about, not done: "能补签吗", "昨天忘了签到能补吗", "断签了怎么办", "补卡要积分吗". The bot answers with the
# store's rule (``signin.makeup_cost``; the handler's template), never a sign-in: a missed day is not today's.
_MAKE_UP_NAMED = re.compile(r"补签|补卡|补打卡|补个签|补(?:个|一下|上)?(?:昨天|前天|上周|之前|那天)的?(?:签到?|卡)|漏签|断签|漏打卡|漏了?(?:一天|两天|几天)")
# The day missed, then whether it can be made up: "昨天忘了签到 能补吗", "前天没打卡还能补上不".
_MISSED_DAY = re.compile(r"(?:忘|没|漏|断)[^，,。]{0,6}(?:签|打卡|卡)|(?:签到|打卡)断了|(?:昨天|前天|上周|之前|那天)的?(?:签到|卡)")
_MAKE_UP_ASKED = re.compile(r"(?:能|可以|还能|还可以|可不可以|能不能|怎么|咋|如何|要怎么)补|补(?:得|的)?(?:了|上)?(?:吗|么|不|没|嘛)|"
                            r"怎么办|咋办|咋整|怎么弄|白签了|清零了?吗|从头(?:算|开始)吗|有没有补")
_ASKED = re.compile(r"[?？]|吗|么|嘛|怎么|咋|如何|能不能|可不可以|可以不|有没有|行不行|是不是|多少|几次|啥|什么|"
                    r"[不伐][。.!！~～\s]*$")  # a tag at the end: "那能补卡不"


def asks_about_make_up(text: str) -> bool:
    """A member asks whether or how a missed sign-in can be made up (补签), as a question; "补签" or "我要补签" said as a
    request is the make-up itself (the handler's, when the store allows it), and a lament without a question
    ("昨天忘了签到") is chat."""
    if len(text) > MAX_READ or "补" not in text and "漏" not in text and "断" not in text:
        return False
    said = squeeze(plain(_without_quote(unquote(text))))
    if _MAKE_UP_NAMED.search(said):
        return bool(_ASKED.search(said))
    return bool(_MISSED_DAY.search(said) and _MAKE_UP_ASKED.search(said))


# Voice input without a pause: the sign-in, words of hers the reader does not join to it, then a sentence of her day,
# the weather or a wish ("签到王大爷零下五度冻死了", "签到出门买菜去了今天好冷啊", "打卡终于出太阳了可以晒被子天冷路滑"):
# read up to where that sentence starts, when what comes before it signs in by itself and the sentence says nothing of
# signing in (``_runs_on``, the reader's own test for what runs on after the trigger).
_TRIGGER_CHARS = re.compile(r"签|打个?卡")
_TAKES_THE_NEXT = "帮给让叫替把被跟和对向为教"  # a sentence never ends right after these: their object follows
_HAN = re.compile(r"[\u4e00-\u9fff]")
_QUOTING = re.compile(r"[「《“\[]|回复|引用")  # a quote, a title, WeChat's [太阳]: the reader's to read whole
# What made the whole message no sign-in, in the sentence a cut would drop: another clock-in, work, a question, a lapse,
# the group told a rule.
_NOT_HER_DAY = re.compile("|".join(p.pattern for p in (_OTHER_CLOCK_IN, _WORK, _QUESTION_IN_CLAUSE, _SIGNIN_NEVER, _LAPSE,
                                                     _GROUP_RULE)))  # (a rule told the group: "签到大家每天一次就行")


@lru_cache(maxsize=1024)
def _signed_before_her_day(text: str, triggers: tuple[str, ...]) -> Reading | None:
    if (first := _TRIGGER_CHARS.search(text)) is None or _QUOTING.search(text):
        return None
    tries = _PREFIXES_READ  # (mend of i27: the reader is linear in the message, not called once for every cut)
    for cut in range(len(text) - 2, first.end(), -1):  # the last sentence first: the longest prefix
        if not (_HAN.match(text, cut - 1) and _HAN.match(text, cut)):
            continue  # voice input runs Han sentences together: a cut only between two Han characters
        if text[cut] in _SIGNIN_PARTICLES + "过着" or text[cut - 1] in _TAKES_THE_NEXT:
            continue  # "我妈签到了今天好冷": the particle is the sentence's own (her mother's sign-in told, not done); "…帮|我看看"
        if _REGISTER.match(text, cut) and text.endswith(("签到", "打卡"), 0, cut):
            continue  # "…签到表上电话填错了": the sheet is named, no sentence of hers starts at 表 (i27)
        rest = squeeze(plain(text[cut:]))
        if not _TRIGGER_CHARS.search(rest) and not _NOT_HER_DAY.search(rest) and _runs_on(rest):
            if _read_signin(text[:cut], triggers) is not None:
                return Reading(SIGNIN)
            if (tries := tries - 1) == 0:
                return None
    return None


# How many of the longest prefixes ``_signed_before_her_day`` reads whole (mend of i27): every train/dev sign-in so found is
# found on the first or second; without a bound a long run of her day after the act read all of them (142 at 300
# characters, a third of a second).
_PREFIXES_READ = 4


# Voice input that drops the stop after the act: "王姐早签到昨晚睡得挺好风好大出门戴帽子" is "王姐早，签到，昨晚睡得挺好，…".
# The stop is put back right after 签到 (and its 了, 一下…) and the whole message read again, so every clause is judged as
# the reader judges a punctuated one (我妈签到了今天好冷 stays news: its first clause is). Only where what follows starts a
# sentence of its own — the day's time, yesterday, the weather, her household, she or he, a wish, the group addressed
# (not 签到满7天, 签到过了, 签到从来没断过: the trigger's own predicate) — and says nothing about signing in (签到送积分,
# 签到比上班还准时), with no trigger again. After 签到 only, or 打卡 closed by a particle: 打卡 takes an object
# (打卡网红店今天人好多), 签到 does not.
# i26: "have you eaten?", the greeting members put after the act ("签到，大伙吃饭了没", "签到啦 食饱未", "过早冇得"): a sentence of
# its own, as the group addressed is, when voice input drops the stop ("签到吃了没恁们").
# Mend of i26: 过早 only in the Wuhan greeting's own forms (过早了冇, 过早冇得: "签到过早吗" asks whether it is too early),
# and the question closed right after — a stop, a particle, the group addressed or the message's end ("签到吃了没用的",
# "签到过早没事吧" go on and are about the act).
_ADDRESSED = r"(?:大家|恁们?|你们|各位)"
_ATE_YET = (r"^" + _ADDRESSED + r"?(?:(?:早饭|早餐|午饭|晚饭|饭)?都?(?:吃|食)(?:饭|早饭)?(?:了|饱|过|咗)?(?:饭|早饭)?"
            r"(?:没|吗|未|冇|没得|没有|么|伐)|过早(?:了(?:冇|没有?)|冇得|没得))(?=[啊呀呢哈啦嘛哦]*(?:$|[\s,，。.!！?？~～…]|" + _ADDRESSED + r"))")
_NEW_SENTENCE = re.compile(_DAY_SENTENCE.pattern + "|" + _SIGNIN_THEN.pattern + "|" + _TO_THE_GROUP.pattern + "|"
                           r"^(?:昨[天晚儿]|前天|[她他](?!们)|嗯|呃|顺便|顺手|听说)|" + _ATE_YET)  # "签到顺便问一句橙子到了没"
# What the sign-in brings or when it runs, said after it: "签到今天领鸡蛋", "签到周一开始".
_REWARD = re.compile(r"^(?:第一|最早|最晚|头一个|最后一个)[名个]?的?是(?!我|俺)|领|积分|分数|奖|兑|红包|礼品|礼物|换(?!季|衣)|送(?!孙|孩|娃|宝|外孙|完)|攒(?!.{0,2}(?:好运|运气|福气|人品))|"
                     r"开始(?![了啦新])|结束|暂停|停了|恢复|清零|规则|排行|榜|" + _RANK + r"|全勤|功能|活动|[都还也]算|算不算|算数|有效|截止")  # (whether it counts: 签到晚上十二点前都算吗)
# What makes a sentence after the act no sentence of her own: ``_NOT_HER_DAY`` but a question, which asks nothing of the act
# when it names neither the trigger nor what it brings ("签到今天几点开门呀", "签到大家吃早饭了吗"; ``_REWARD`` keeps
# "签到今天有积分吗" out): asked after it, as when she types the stop.
_NOT_AFTER_THE_ACT = re.compile("|".join(p.pattern for p in (_OTHER_CLOCK_IN, _WORK, _SIGNIN_NEVER, _LAPSE, _GROUP_RULE)))
_ACT_ENDS = re.compile(r"签个?到(?:一下|一哈)?[了啦哈哦呀啊嘞咯喽]*|打个?卡(?:一下)?[了啦哈哦呀啊嘞咯喽]+")


@lru_cache(maxsize=1024)
def _stop_unsaid(text: str, triggers: tuple[str, ...]) -> Reading | None:
    if _QUOTING.search(text):
        return None
    said = _spoken(text)
    for act in _ACT_ENDS.finditer(said):
        end = act.end()
        if not (_HAN.match(said, end - 1) and _HAN.match(said, end)):
            continue  # a stop or a space is there already
        rest = squeeze(plain(said[end:]))
        if len(rest) < 2 or _TRIGGER_CHARS.search(rest) or _NOT_AFTER_THE_ACT.search(rest) or _REWARD.search(rest) \
                or not _NEW_SENTENCE.match(rest):
            continue
        if _read_signin(said[:end] + "，" + said[end:], triggers) is not None:
            return Reading(SIGNIN)
    return None


# The whole-decision score's view of a message the rules left silent (``signin_model.SigninModel.rescues``): the first
# trigger of any kind (签到, 签个到, 签上, 打卡) with its clause's words, and the rules' own look-alike cues anywhere in the
# message — a question, another day, a rule told, someone else's news, a habit, a place's or work's 打卡 — each in the
# whole message and before the trigger. The score weighs them; a cue the rules are sure of (``_SURE_CUES``) is never
# overruled: the rules stay first where they are sure.
_ANY_TRIGGER = re.compile(r"签个?到|签(?:一下|一个|上|好|了)?|打个?卡")
_CUE_TRIGGER = re.compile(r"签个?到|签|打个?卡|报个?到")
CUES = {"never": _SIGNIN_NEVER, "schedule": _SCHEDULE, "broken": _BROKEN, "talk": _TALK_OF_SIGNING, "habit": _HABIT_TALK,
        "clock": _OTHER_CLOCK_IN, "kind": _OTHER_KIND, "work": _WORK, "question": _QUESTION_IN_CLAUSE, "day": _OTHER_DAY,
        "signed": _SIGNED_FOR, "newcomer": _NEWCOMER, "lapse": _LAPSE, "daily": _EVERY_DAY, "rule": _GROUP_RULE, "news": _NEWS,
        "someone": _SOMEONE_ELSE, "aside": _ASIDE, "receipt": _RECEIPT, "seen": _SEEN_SIGNING, "quote": re.compile(r"[「“\"『]"),
        "header": re.compile(r"【"), "not": _SIGNIN_NOT_BEFORE, "duty": _DUTY, "noun": _TRIGGER_AS_NOUN, "title": _TITLE,
        "call": re.compile(r"(?:喊|叫|招呼|请|麻烦)(?:你们|大家|各位|大伙)|(?:你们|大家|各位|大伙儿?)(?:都|也)?(?:快|赶紧|记得|快点)来?$|"
                           r"(?<![我俺家])" + _ADDRESSED_AT_HOME + r"儿?\s*" + _URGED + "$"),
        "alone": re.compile(r"^签了[啊哦呀啦嘞哈]*$"), "tally": _TALLY, "told": _OTHERS_TOLD, "topic": re.compile(r"^(?:的|比|" + _TOPIC.pattern[1:] + ")")}
_AFTER_CUES = ("noun", "habit", "talk", "topic")  # also as the words right after the trigger: 签到表, 签到感觉…, 签到的人
# Cues that silence whatever the score says: measured on train out of fold, the score's look-alikes past its bar were
# these (回复“签到”领积分, 我看见了, 感觉自己很自律, a staff's 【每日签到】 notice, 签到处, 签字).
_SURE_CUES = frozenset(("never", "tally", "told", "schedule", "aside", "receipt", "habit", "quote", "header", "seen", "newcomer", "signed",
                        "broken", "question", "day", "a:noun", "title", "b:call", "alone", "work", "a:topic"))


# 签 without 到 done for someone ("替我签一下", "帮他签个字"): a paper signed, as the rules read it; the score is not asked.
_SIGNED_FOR_SOMEONE = re.compile(r"[帮替给代][^，,。!！\s]{0,6}签(?:一?下|一个|个字|字|名)")


# Not now, or a place visited: "我妈签到啦我还没签", "签，到时候再说", "打卡今天去了故宫" (the rules' own reasons, read whole).
_NOT_NOW = re.compile(r"没签|还没|未签|没打|再说|以后|回头|再[来去]?(?=签|打个?卡)|" + _LATER_IN_DAY + r"再|"
                      r"(?:明天|后天|大后天|明早|明晚|明儿|下周|改天|过两天)[^，,。!！?？\s]{0,8}(?:签|打个?卡)|"  # 后天早上记着帮我妈签到
                      + _LATER + r"再?[来去]?(?=签|打个?卡)|" + _PRESSED + r"|(?:去了|来了|到了|逛了)[^，,。!！\s]{0,6}(?:[店馆厅园宫湖山寺庙塔桥岛城洞]|世界|古镇|老街|景区|商场|广场)")


def rescue_context(text: str) -> tuple[signin_model.Card, frozenset[str]] | None:
    """(the first trigger as the whole-decision score reads it, the look-alike cues) of a message holding a trigger and
    no cue the rules are sure of; None otherwise."""
    if len(text) > MAX_READ or (card := _first_trigger(said := _said_for_score(text), _ANY_TRIGGER)) is None:
        return None
    cues = look_alike_cues(text)
    return None if cues & _SURE_CUES or _SIGNED_FOR_SOMEONE.search(said) or _NOT_NOW.search(said) or _told_for_sure(said) or _put_off(card.before) \
        or _cut_off_not_done(said) or _another_day_told(card.before) or _kin_news(card, said) or _done_for_her(card.before, card.after) or _CALL_OR_TAUGHT.search(card.before) or _BIDDEN_DAILY.search(card.before) or _fruits_only(said, card) or _FAVOUR_TOLD.search(said) \
        or _REGISTER.match(card.after) and len(_ANY_TRIGGER.findall(said)) == 1 else (card, cues)  # i27: "…签到表上电话填错了"


def _fruits_only(said: str, card: signin_model.Card) -> bool:
    """The only trigger names what signing in brings ("签到积分换的大米真香"; not "…签到积分换洗衣液 签到": the act after it)."""
    return bool(_FRUITS_NAMED.match(card.after)) and len(_CUE_TRIGGER.findall(said)) == 1


# The trigger naming what signing in brings, as the noun it qualifies: "签到积分换的大米真香", "签到送的鸡蛋到了" — the fruits
# talked about, which the score must not read as the act (the rules read "签到领积分啦" as hers: ``_FOR_POINTS``).
_FRUITS_NAMED = re.compile(r"(?:积分|分数|奖品|奖励|礼品)|(?:送|领|换|得|兑)的")


def _kin_news(card: signin_model.Card, said: str) -> bool:
    """Someone of her kin named before the trigger as its doer, with news after or before it ("我外婆签到了", "我老爸今天也
    签到了"; not asked for: "帮我外婆签上", "我妈让我替她签到"): the rules read news there, and the score must not read the act.
    I25: the news may be the trigger's own aspect, when the bare 签 takes it ("我老伴签了", "老伴签过了": the card's trigger
    holds 了, so nothing after it tells)."""
    return bool(_SOMEONE_NAMED.search(card.before) and not _ASKED_OF_HER.search(card.before)
                and (_NEWS.search(card.before) or _NEWS_AFTER.match(card.after)
                     or any(card.before + done in said for done in _DONE_BARE)))


_DONE_BARE = ("签了", "签好", "签过", "签完")  # the bare 签 with the aspect that tells it done (I25)


_ASKED_OF_HER = re.compile(r"[帮替给代让叫托]")
# Someone of hers doing it for a third ("我外孙女每天替她姥签到", "闺女天天帮她婆婆打卡"): told, whoever it is for (what she is
# asked to do for them reads "替我妈" by then: ``_ASKED_FOR_THEM``).
_FAVOUR_TOLD = re.compile(r"(?:" + _SOMEONE_NAMED.pattern + r")[^，,。!！\s帮替给代我俺]{0,6}[帮替给代][他她]")
_NEWS_AFTER = re.compile(r"[了啦喽咯过]|(?:一下|一个)?(?:了|啦)")


def look_alike_cues(text: str) -> frozenset[str]:
    said = _spoken(text)
    said = plain(_EMOJI_INSIDE.sub("", said) if "[" in said else said)
    found = _CUE_TRIGGER.search(said)
    before, after = (said[:found.start()], said[found.end():]) if found else (said, "")
    cues = {name for name, rule in CUES.items() if rule.search(said)}
    cues |= {"b:" + name for name, rule in CUES.items() if rule.search(before)}
    cues |= {"a:" + name for name in _AFTER_CUES if CUES[name].match(after)}
    return frozenset(cues | {"triggers:" + str(min(len(_CUE_TRIGGER.findall(said)), 3))})


# Whether her own sign-in took today, asked ("我今天签上没有", "我签到了吗", "看看我签没签上", "我那个签到签上没", "我打卡成功了没"):
# the bot answers from its records — signed in or not, her streak — rather than signing in once more or leaving her to
# wonder (signing in here would answer "yes" and hide that hers had not gone through; a staff member would answer what the
# records know). Her own only: not another's (你签到了吗, 我妈签到了没, 大家都签到了吗), not another day's (昨天签上没: 补签).
_TOOK = re.compile(r"(?:签没签(?:上|到)?|打没打卡|(?:签到|签上|签好|打卡|打上卡|签)(?:了|成功了?)?(?:没有?|木有|没得)|"
                   r"(?:签到|签上|签好|打卡|打上卡|签)(?:了|成功了?)(?:吗|么)|签上(?:了)?不)"
                   r"(?=[啊呀呢哈啦]*(?:[\s，,。.!！?？~～]|$|我|帮|谁|你们|大家))")  # the question closes its clause (not 签到没啥用)
_HERS = re.compile(r"我|俺")
_ANOTHER_ONE = re.compile(r"你|您|[他她]|大家|各位|们|谁签|别人|有人|老伴|老公|老婆|孩子")
_ANOTHER_DAY_ASKED = re.compile(r"昨|前天|上周|那天|之前|补|明天|后天|下次|下回")


def asks_if_signed_in(text: str) -> bool:
    """A member asks whether her sign-in today took; a message the sign-in reader reads as one is the sign-in itself (its
    reply answers her: signed in now, or already), so the handler asks this only of messages it left silent."""
    if len(text) > MAX_READ or "签" not in text and "卡" not in text:
        return False
    said = _spoken(squeeze(plain(_without_quote(unquote(text)))))
    if not (took := _TOOK.search(said)):
        return False
    before = said[:took.start()]
    return bool(_HERS.search(before) or _HERS.match(said, took.end())) and not (
        _ANOTHER_ONE.search(before) or _SOMEONE_NAMED.search(before) or _ANOTHER_DAY_ASKED.search(said)
        or _VISITED.search(before) or _OTHER_KIND.search(said) or _OTHER_CLOCK_IN.search(said) or _WORK.search(said))  # 火锅店打卡了吗
