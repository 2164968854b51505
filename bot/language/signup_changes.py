"""A member's sign-up cancelled or resized, read by mechanism rather than by phrase (issue 18, V11).

``signups.read_signup`` reads most cancels and restated sizes by their phrasings; this module is its second opinion
for the ways members drop out that no phrasing list covers:

- **Dropping out**: a verb of not going said as decided (不去了, 去不了, 来不了, 参加不了, 退出, 撤了, 取消, 划掉,
  鸽了, a place given back: 名额让给别人, 谁要谁去), with dialect folded first (克 for 去, 嫑/覅/甭/莫 and 唔 for 不,
  哉/咧/鸟/喇 for 了). Whose it is decides: the member's own (我, 我们, 我家, or no one named), a relative's passed on by
  her (X让我说一声 她不去了, 替X说一声): acted on, since she relays it to the staff; anyone else's (她不去了 alone, 张姐
  说她不去了) is news, never acted on.
- **What is dropped**: the thing before the verb. The event or the sign-up (讲座, 名额, 报名, a topic) or nothing named
  is ours; an appointment, a ticket, a school class, a meeting, a membership or goods are something else; the event
  itself called off (活动临时取消, 取消了 with no one's word) is the organiser's news.
- **A decision**: doubt (估计, 可能, 也许) asks once; fear, wishes and conditions (怕, 想, 如果) are no decision;
  a cancel negated (不取消, 别取消, 取消？不可能) is none. "Whether one may" (能取消吗) with a reason she cannot come
  beside it is the request; alone, it is asked once.
- **Restated sizes**: the new total after a change word or an arrow (改成三个人, 2→3, 变成五口, 剩我们三个, 还是一个人
  after a swap), or a clause that is the party after someone drops out or stands in (换我老伴去 还是一个人): a sign-up of
  that many, acted on; asked once when put as a question that is no request.
"""
from __future__ import annotations

import re

from bot.language import party, regional
from bot.language.goods import GOODS
from bot.language.intents import ARROW, SET_TO, SIGNUP, SIGNUP_CANCEL, Reading
from bot.language.numbers import NUMERAL, number
from bot.language.people import HOME, KIN, RELATIVE
from bot.language.wrapping import BREAK, SPOKEN_MARKS, plain, squeeze, unquote

# Dialect and typing folds, so that one verb list serves: 西北/西南 克 (去), 嫑/覅/甭/莫/唔/无 (不), 吴语 哉, 陕西 咧,
# 潮汕 鸟 and 粤 喇 (了), 取稍 (取消), "qx"; 鸽 (to stand someone up) is not going.
_FOLDS = ((re.compile(r"嚟"), "来"),  # C13: Cantonese 嚟 for 来 first, so that 唔嚟喇 reads as 不来了 (and 嚟唔到 as 来唔到)
          # C13: Cantonese 唔去 said as decided at a clause's end ("行山唔去", "两个都唔去"); Sichuan 切 for 去 after 不;
          # 冇去得了 / 去不得了 for 去不了; Hunan 哒 and northern 喽 for 了 after the verb of going.
          (re.compile(r"唔(?:去|来)(?=$|[，,。!！~～\s]|[哈啦啊呀喇嘞])"), "不去了"), (re.compile(r"(?<=[不没])切(?=了|啦|哈|喽|咯|$|[，,。\s])"), "去"),
          (re.compile(r"(?:冇|没|不)(?:去|来)得(?:了|成)|去不得了"), "去不了"), (re.compile(r"唔(?=去|来|参加)"), "不"),  # 唔 before going, wherever it stands
          (re.compile(r"(?<=[去来加听搞测学])(?:哒|喽)"), "了"),
          (re.compile(r"(?<=[不没])克|克(?=不[了成])|(?<=[们我俺额])克(?=了)"), "去"),
          (re.compile(r"[嫑覅甭]|莫(?=算|去|来|参加)|无(?=去|来)"), "不"),
          (re.compile(r"(?<=[去来加听])(?:哉|咧|鸟|喇|嘞|咯|啦)"), "了"),
          (re.compile(r"取稍|取销|取笑|趣消|曲消"), "取消"), (re.compile(r"(?<![a-z])qx(?![a-z])"), "取消"),
          # C13: English "cancel", "I'm out (for)" typed among Chinese
          (re.compile(r"(?i)(?<![a-z])cancel(?:l?ed)?(?![a-z])\s*"), "取消"), (re.compile(r"(?i)(?<![a-z])i'?m out(?: for)?(?![a-z])\s*"), "我退出"),
          (re.compile(r"去唔到|去不到|来唔到"), "去不了"), (re.compile(regional.YOU), "你"), (re.compile(regional.WE), "我们"),
          (re.compile(r"(?<![\u4e00-\u9fff])额|(?<=[，,\s])额|俺"), "我"), (re.compile(r"鸽了|放鸽子了?"), "不去了"),
          (re.compile(r"不上了(?=[我，,\s]|$)"), "不去了"),
          # c32: 怕是 and 恐怕 are doubt ("周日怕是去不成了"), as 可能 is, not fear ("怕到时候去不了", "就怕去不成")
          (re.compile(r"(?<![就又只也])怕是|恐怕"), "可能"),
          # C12: Wu and Gan 弗, Cantonese and Hakka 冇 (得), 勿 for 不 before going; 趣 and 步 typed for 去 and 不; 咗 for 了
          # (kept after 划/删/勾: _DROP reads 划咗 as struck off); Hakka 𠊎 for 我 and 兜 for 都; ❌ or 🚫 beside the event
          # for 取消; 逗号/句号 read aloud by voice input.
          (re.compile(r"(?:弗|冇得?|勿|步)(?=去|来|参加)"), "不"), (re.compile(r"来弗了|来弗成"), "来不了"), (re.compile(r"(?<=[不没])趣"), "去"),
          (re.compile(r"(?<![划删勾])咗"), "了"), (re.compile(regional.I), "我"), (re.compile(r"(?<=[我们])兜(?=唔|不)"), "都"),
          *SPOKEN_MARKS)

# Her place pointed at (V25): "我那个", "我那条", "我们那两个", "报的那个", "我的位置", "我跟娃的位置", "我𠮶个位".
_HER_PLACE = (r"(?:(?:我|我们|我家)(?:跟|和)?[\u4e00-\u9fff]{0,2}?(?:的|那|𠮶|嗰)?|报的(?:那)?|(?:我|我们)报的(?:那)?)(?:" + NUMERAL
              + r")?(?:(?:个|条|行)(?:位|位子|位置|名额|名字|名)?|位子|位置|位|名额|名字|名)")
# Not going, decided. "不去" alone (no 了) is a plan, left to the other rules.
_DROP = re.compile(r"(?:不|没法|没办法)(?:去|来|参加|听|上)了|(?:去|来|参加|赶|耍)不(?:了|成|上)了?|退出|退了|退掉|(?<!先)撤了|撤掉|撤销|撤回|放弃了?|"
                   r"取消|(?:划|删|勾)(?:掉|脱|咗)|去掉|把我(?:的名字?)?(?:划|删|勾)了?|(?:名额|位置|位子)(?:不要了|让给|让出|放出来|给别人)|"
                   r"不(?:用|要)?算我们?了|顶我的(?:位置|名额)|谁要谁去|"
                   # C13: not going to do what the event is for ("不去量血压了", "不去凑热闹了", "不来吃了"); a join denied at
                   # the clause's end ("手机课莫算我", "别算我们"); the staff asked to strike her ("您给划了吧", "给俺去了吧")
                   r"不(?:去|来)(?![\u4e00-\u9fff]{0,3}(?:里|店|边|处|家|这|那))[\u4e00-\u9fff]{1,4}?了|不(?:搞|整|弄)了|不想(?:去|来|参加)了|(?:不|别)(?:用|要)?算(?:上)?我们?(?![\u4e00-\u9fff])|"
                   r"(?:给|帮)(?:[我俺](?:们)?)?(?:划|删|勾|去|撤|退)(?:了|掉|咗)(?:吧|哈|啊)?$|"
                   # V25: her place pointed at, then let go ("我那条不要了", "报的那个不算了", "我们那两个就算了吧", "把俺那个划了吧",
                   # "我嗰個位唔要喇", "我跟娃的位置空出来吧"); a place no longer to be kept for her ("别给我留位了", "嫑给我留了");
                   # her sign-up undone in so many words ("就当我没报")
                   + _HER_PLACE + r"(?:就|也|都|先)?(?:不要了|不算了|算了|不用了|唔要|划了|划掉|删了|删掉|去掉|空出来|让出来|放出来)|"
                   r"把(?:我|我们)(?:的|那)?(?:" + NUMERAL + r")?(?:个|条|行|位|名|名字)(?:给)?(?:划|删|勾|去掉)(?:了|掉)|"
                   r"(?:不|别|不要|不用|唔好)(?:再)?(?:给|帮|同|替)?(?:我|我们)(?:留|占)(?:位|位子|位置|名额|个位)?了|(?:就)?当(?:我|我们)没报")
# Whose: someone else is the subject, told as news ("她不去了", "张姐说她不去了", "别人都退了").
_OTHERS = re.compile(r"听说|据说|[他她佢]们?|[你您](?![帮给把替])|别人|有人|有[^，,。]{0,4}人|有" + NUMERAL + r"个|好几个|不少|大家|好多人|(?<!老)人家|[\u4e00-\u9fff]{1,2}(?:阿姨|姐|哥|叔|奶奶|爷爷|大爷|大妈)(?=说|不|也|都)")
# A relative's or neighbour's word passed on by the member: "我妈让我说一声", "替我公公说一声", "Jerry让我帮他说",
# "俺老姐妹托俺说", "我家老爷子让我转告", "帮隔壁王姨说一声", "替隔壁王阿姨取消下报名".
_RELAY = re.compile(r"(?:让|托|叫)(?:我|我们)(?:跟|和|给|帮|替)?[^，,。]{0,6}?(?:说|讲|转告|带个话|请假)|转告|"
                    r"(?:替|帮)(?!忙|(?:我|俺)(?:取消|撤|退|删|划|把|一下|报|说|$))[^，,。]{1,8}?(?:说一声|说一下|说下|说|讲一声|请个?假|取消|退|撤|删|划)")
_OWN = re.compile(r"我|本人|自己|咱")
# One of her own household relayed ("我妈让我说一声", "替我公公说一声", "我家老爷子让我转告"): hers to pass on, acted on;
# a neighbour's or a colleague's word (替王阿姨说一声) may be theirs to say: asked once.
_HER_KIN = re.compile(r"(?:我|俺)(?:家|们家)?的?(?:" + RELATIVE.pattern + r"|[爸妈]|老爷子|老太太)|(?<![\u4e00-\u9fff])(?:老伴|老公|老婆|婆婆|公公)")
# Her place handed to someone named ("名额给我妹妹", "让给王姐"): a swap the staff make, asked once (to anyone: a cancel).
_HANDED_TO = re.compile(r"(?:(?:名额|位置|位子)(?:就|先)?(?:让给|转给|给)|让给|转给)(?!别|其他|有需要|需要|谁|大家)(?:我家?|我的)?(?:"
                        + RELATIVE.pattern + r"|[爸妈]|[\u4e00-\u9fff]{1,2}(?:阿姨|姐|哥|叔|奶奶|爷爷)|小[\u4e00-\u9fff]|老[\u4e00-\u9fff])")
# Gatherings a member has of her own as often as the store holds them (a dinner, a party, a meeting): asked, not acted on.
_THING_OF_HERS = re.compile(r"聚会|饭(?!店)|的会(?!员)|开会")
_WE = re.compile(r"我们|我家|全家|一家")
_VAGUE = re.compile(r"明天|今天|后天|周[一二三四五六日末天]|星期[一二三四五六日天]|下午|上午|晚上|明儿|那个|什么|我们|我|就|也|都|的|了|啊")
_WHEN = re.compile(r"明天|今天|后天|周[一二三四五六日末天]|星期|下午|上午|晚上|明儿")
# What is dropped, when it is not the store's event or the member's sign-up: appointments, tickets, school and job
# classes and meetings, memberships and orders, family occasions.
_ELSE = re.compile(r"专家号|挂号|号(?:我|了|取消)|门诊|复诊|复查(?=取消|我取消)|预约(?!活动)|机票|车票|火车|高铁|航班|动车|票|会员|订单|快递|外卖|订阅|"
                   r"自动续费|续费|会议|开会|例会|游泳课|兴趣班|培训|补习|补课|辅导|钢琴|舞蹈班|学校|单位|公司|" + party.OTHERS_CHECK_UP + r"|疫苗|婚礼|婚宴|酒席|"
                   r"聚餐|约会|饭局|同学会|驾校|考试|课程表|家长会|航班|酒店|民宿|房间|年假|合同|手术|网课|直播|包裹(?!蒸)|计划|剂量|药|"
                   r"淘宝|京东|拼多多|网上|(?<!名)单(?!位)|关注|公众号|消息|语音|烧(?=退)|热度|钱|红包|费|卡|银行|网点|拼车|的事|老年大学|私教|健身|按摩|理发店|"
                   r"广场舞(?!比赛)|上班|上课|上学|班(?=我?(?:不去|去不))|跳舞|散步|遛弯|跑步|晨练|买菜|"
                   r"公园|医院|超市|菜市场|商场|老家|外面|幼儿园|饭店|餐厅|电影院|景区|单位|"
                   r"舞蹈班|疫苗|马拉松|夏令营|冬令营|喜酒|寿宴|葬礼|丧事|减肥|戒烟|麻将|打牌|斗地主|逛街|唱歌|ktv|打球|球赛")  # routines and places: "今天公园不去了"; not 电影, the store's screening (U23; 电影院 and 票 stay)
# j34: going made impossible ("去不了", "去不成", "来不了") and, right after it, where she would have gone that is no event: a
# home ("外婆家", "她姐那儿") or a place or thing of ``_ELSE`` ("公园", "同学会"); not 了 ("去不了了") nor the event ("去不了烘焙课").
_CANNOT_GO = re.compile(r"(?:去|来|参加)不(?:了|成)")
_GONE_ELSEWHERE = re.compile(r"(?![了啦喽咯哦啊呀吧])(?:[\u4e00-\u9fff]{0,4}?(?:家|那儿|那里|那边)(?![里人长])|(?:" + _ELSE.pattern + r"))")


def _cannot_go_elsewhere(clause: str, drop: re.Match) -> bool:
    """j34: "周六我们去不了外婆家了", "参加不了同学会了": the drop is her going somewhere that is no event, named after it."""
    return bool(_CANNOT_GO.fullmatch(drop.group(0)) and _GONE_ELSEWHERE.match(clause, drop.end()))


# The event itself called off, the organiser's news: "活动临时取消", "这周取消 池子维修".
_CALLED_OFF = re.compile(r"(?:临时|突然|被|已经|已|都|全部|统一)取消|取消了(?!吧)")
_DOUBT_ASK = re.compile(r"估计|可能|也许|大概|说不定|不一定|恐怕|八成")
_NO_DECISION = re.compile(r"有没有|([去来])不\1|没意思|什么时候|怎么|没有$|没有[？?]|以后|再来一次|上次|去年|以前|那次|后悔|通知|请提前|家人们|[您]的|已帮您|已为您|"
                          r"也没关系|改天再约|说过了|自己跟|再也|怕|担心|(?<![不了])想(?!想|了)|如果|要是|万一|假如|的话|会不会|要不要|是不是|能不能去|犹豫|纠结|考虑|看情况|(?<!下回|下次|明年|开春|下期)再说|不知道|"
                          r"哪[儿里]?(?:都|也)|谁说|(?:啥|什么)时候说|下辈子|你们(?:玩|去)|别(?!人|算我|(?:再)?(?:给|帮|替)?(?:我|我们)(?:留|占))|不(?:用|要|想|会|能|准|许)?取消|取消的|如需|需要取消|以为|照常|照样|也得|差点|还好|还是(?:要)?(?:去|来|参加)(?!不)|"
                          r"请[^，,。]{0,4}(?:说|告诉|联系|私信)|没(?:有)?取消|取消[？?]|不退|不撤|谁(?!要谁)|舍不得|开玩笑|哈哈")
# c32: a clause that only asks the staff to cancel ("帮我取消吧", "那就给我退了吧", "取消吧"): beside a doubt of going ("周日怕是
# 去不成了 帮我取消吧"), the decision is hers, made: acted on, not asked.
_CANCEL_ASKED = re.compile(r"(?:那|那就|就|还是)?(?:先)?(?:麻烦)?(?:你|您)?(?:帮|给)?(?:我|俺)?(?:们)?(?:取消|退|撤|划|删|去掉)(?:了|掉|一下|下)?(?:报名)?(?:吧|哈|啊|呀|哦)")
_MAY_I = re.compile(r"(?:(?<!只)能|可以|还能|能不能|可不可以)(?!帮|给)[^，,。]{0,6}?(?:取消|退|撤|不去|不参加)|(?:取消|退|撤|不去了|不参加了)[^，,。]{0,4}(?:吗|么|不|行不行|可以不|好不好|可不可以|行吗|成吗)[？?]?$|[？?]")
# A reason she cannot come, beside a "may I": the request is meant.
_CANNOT = re.compile(r"去不了|来不了|参加不了|赶不上|有事|有课|上课|补课|培训|那天(?:有|要)|病|发烧|住院|加班|出差|值班|开会|不舒服|疼|回老家|走不开|冲突|撞了|实在")
# Words of the event or the member's sign-up: what makes a bare "取消" hers.
# She cannot come, said outright beside a "may I": the request is meant ("报了烘焙课 现在去不成 能取消吗"); a reason alone
# ("我可以取消吗 周日有事") leaves whether she may for the staff to answer: asked.
_UNABLE = re.compile(r"去不了|来不了|参加不了|赶不上|去不成|来不成|实在")
_MINE_SAID = re.compile(r"报名|名额|位置|名字|报的|接龙|名单|是我|别人|活动|讲座|课|局|那个|那场|"
                        r"不好意思|抱歉|对不起|对不住|sorry|麻烦|帮我|给我|一下|吧|只能|只好|实在|可惜|"
                        + party.EVENT_KINDS)
# C20: her places pointed at by their count of people ("我那两个取消了", "我们那两个就算了吧", "我俩都撤了"): no goods in an event.
_SIGNUP_SAID = re.compile(r"报名|名额|位置|名字|[那我的]名|报的|接龙|划掉|删掉|勾掉|把我|[留占](?:位|个位)|留了|没报|(?:我|我们)(?:的|那|𠮶|嗰)(?:" + NUMERAL + r")?[条行位]|取消(?:我们|我家|我)(?:的|" + NUMERAL + r"个)|"
                          r"(?:我|我们|我家)(?:那|的)(?:" + NUMERAL + r")?个(?![月天])|我们?(?:俩|仨)(?:那个|都(?=[^，,。\s]{0,3}?(?:取消|不去|退|撤了?[。!！~～]*$)))")  # 我俩都 before a cancel verb ("我俩都撤了" said alone): "我俩都撤了 回家做饭" is her day
_REQUEST = re.compile(r"帮我|给我|麻烦|一下|吧$")  # "侬帮我取消一下好伐，那天有事体": asked done, a reason beside


_MARK = re.compile("[\u274c\u274e\u2716\U0001F6AB]\ufe0f?")  # ❌ ❎ ✖️ 🚫 beside the event: struck out


def _folded(text: str) -> str:
    text = plain(_MARK.sub(" 取消 ", unquote(text)))
    for pattern, fixed in _FOLDS:
        text = pattern.sub(fixed, text)
    return text


def _clauses(text: str) -> list[str]:
    """Cut at punctuation and at a space between two Chinese words ("讲座去不了了 取消报名"), not inside "team 改成 5 个人"."""
    return [c for c in (squeeze(p) for p in re.split(BREAK.pattern + r"|(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])", text)) if c]


def read_cancel(text: str, event: str = "") -> Reading | None:
    """The member's sign-up dropped, by mechanism (module docstring): a sure or an asked cancel, or None when the message
    drops nothing of hers (what else it drops: ``else_dropped``)."""
    words = _folded(text)
    pieces = _clauses(words)
    if len(asked := [p for p in pieces if _HOW_TO.fullmatch(p)]) < len(pieces):
        pieces = [p for p in pieces if p not in asked]  # "请问咋取消啊，包汤圆我们不来了": how, beside her decision (C13)
        words = "，".join(pieces)
    drops = [(p, m) for p in pieces for m in [_DROP.search(p)] if m and not _cannot_go_elsewhere(p, m)]  # j34: "去不了外婆家了"
    if not drops or len(pieces) > 6:
        return None
    relayed = bool(_RELAY.search(words)) or _asked_for_kin(pieces) or any(_KIN_OWNS.search(c[:m.start()]) and not _CALLED_OFF.search(c) for c, m in drops)
    kin = relayed and bool(_HER_KIN.search(words))
    whole = "，".join(pieces)
    if _NO_DECISION.search(words):
        return None
    sure = True
    for clause, match in drops:
        before = clause[:match.start()]
        after = "" if _NOT_GOING.match(match.group(0)) else clause[match.end():match.end() + 8]  # 取消了明天的理发预约: its object
        if _ELSE.search(before) or _ELSE.search(after) or _ELSE.search(match.group(0)) or _goods(before) and not _NOT_GOING.match(match.group(0)):
            return None  # "明天的专家号我取消了", "高铁票退了": something else dropped
        if _CALLED_OFF.search(clause) and not (_OWN.search(clause) or re.search(r"只能|只好|名额|报名|报的|名", clause)) \
                and not (_ASKED_DONE.search(clause) and any(_UNABLE.search(p) or _CANNOT.search(p) for p in pieces if p != clause)):
            return None  # "活动临时取消", "会议取消了": the event or a meeting called off, no one's word
        if _OTHERS.search(before) and not relayed and not re.search(r"[帮给替把]", before):
            return None  # "她不去了", "王姐说她不去了": someone else's news
        if RELATIVE.search(before) and not relayed and not re.search(r"[帮给替把]|[我俺](?:们|家)?(?:和|跟|带|都|同|与)|的$|那个?$|报的", before):
            return None  # "我老公不去了": who of her party drops out, the party left is the other rules' to read
    if _DOUBT_ASK.search(whole) and not any(_CANCEL_ASKED.fullmatch(p) for p in pieces) or relayed and not kin or _HANDED_TO.search(words) \
            or any(_THING_OF_HERS.search(c[:m.start()]) for c, m in drops):
        sure = False  # "估计周六去不了了": probably, asked once; a neighbour's word passed on (替王阿姨说一声): asked
    if not (relayed or _EVENTISH.search(words) or _SIGNUP_SAID.search(words) or _MINE_SAID.search(words) or _WE.search(words)) and any(_WHEN.search(c[:m.start()]) and not _TOPIC.fullmatch(_VAGUE.sub("", c[:m.start()])) for c, m in drops):
        sure = False  # "我明天不去了": which event? asked once
    if any(_MAY_I.search(p) for p in pieces) and not any(_MAY_I.search(p) and re.search(r"报名|名额", p) for p in pieces):
        sure = sure and any(_UNABLE.search(p) for p in pieces if not _MAY_I.search(p)) or sure and any(
            _UNABLE.search(p[:_DROP.search(p).start()]) for p in pieces if _DROP.search(p) and _MAY_I.search(p))
    let_go = any(re.match(_HER_PLACE, m.group(0)) for _, m in drops)  # "我那条不要了": her place, let go (V25)
    let_go = let_go or any(_POINTED.fullmatch(c[:m.start()]) and not _goods(c[:m.start()]) and _pointed_at_event(c[:m.start()], event)
                           for c, m in drops)  # "秧歌那个我退了" (V25); not "业主群那个我退了"
    if not any(_NOT_GOING.match(m.group(0)) for _, m in drops) and not (relayed or let_go or _EVENTISH.search(words) or _SIGNUP_SAID.search(words)
                                                                      or any(_MAKING.match(c[:m.start()]) for c, m in drops)  # "写春联我们取消"
                                                                      or (_REQUEST.search(words) or any(_MAY_I.search(p) for p in pieces)) and _CANNOT.search(words)):
        return None  # "烧退了", "刚才那条语音撤了": something dropped, no event or sign-up named
    mine = relayed or let_go or any(_MINE_SAID.search(p) for p in pieces) or any(_OWN.search(c[:m.start()]) or _TOPIC.fullmatch(c[:m.start()])
                                                                      or re.match(r"[我咱]", c[m.end():])  # "取消我们三个" (C20)
                                                                      for c, m in drops) \
        or len(pieces) == 1 and drops[0][1].group(0).endswith("了")
    if not mine:
        return Reading(SIGNUP_CANCEL, sure=False)  # "取消": whose? asked once
    return Reading(SIGNUP_CANCEL, sure=sure)


# V25: what she drops pointed at by its topic, a few words then 那个/的 or her own 我 right before the verb ("冰雪日那个取消",
# "测血压的撤了", "秧歌那个俺退了哇", "眼科我撤了"): with an event open, her place at it; goods (火锅那个取消) and what is
# no event (``_ELSE``: 那个号我取消了) are read before this.
_POINTED = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:那个|那场|的)(?:我们?)?|[\u4e00-\u9fff]{2,6}?我们?(?:就|也|先)?")
# The pointed topic is the event only when it names it: the open event's name or its kind word (as
# ``signup_checks._names_open_event`` reads it), a kind of event (``_EVENTISH``), an event word (活动, 课, 报的那个), or an
# outing named by what is done there, a doing verb then its object (唱红歌, 量视力, 赶大集, 扭秧歌, 包饺子); any other noun
# (业主群, 保险, 团购, 刚发那个) drops something else.
_POINTED_TAIL = re.compile(r"(?:那个|那场|的)?(?:我们?)?(?:就|也|先)?$")
_EVENT_WORD = re.compile(r"活动|课|报的|报名的")
_DONE_AT = re.compile(r"(?:那个)?(?:唱|跳|扭|赶|量|测|查|听|逛|爬|泡|搓|熬|绣|扎|包|做|捏|烤|学|品|蒸|腌|酿|炸|编|插|画|剪|贴|写|摘|采|挖|钓)[\u4e00-\u9fff]{1,3}")
# The generic tail of an event's name (烘焙课's 课, 亲子活动's 活动): the name without it is its kind word (烘焙, 插花); one
# table with ``signup_checks._names_open_event`` (D25).
EVENT_NAME_TAIL = re.compile(r"(?:课|活动|讲座|体验|一日游|比赛|大赛)$")


def named_by_its_end(name: str, words: str) -> bool:
    """The event's whole ``name`` in ``words``, or its name from the third-last character on ("年夜饭" of 社区年夜饭)."""
    return any(name[at:] in words for at in range(max(len(name) - 2, 1)))


def _pointed_at_event(before: str, event: str) -> bool:
    topic = _POINTED_TAIL.sub("", before)
    if _EVENTISH.search(topic) or _EVENT_WORD.search(topic) or _DONE_AT.fullmatch(topic):
        return True
    name = plain(event)
    if not name or len(topic) < 2:
        return False
    kind = EVENT_NAME_TAIL.sub("", name)
    return named_by_its_end(name, topic) or topic in name or len(kind) >= 2 and kind in topic
# "取消了" said with a particle that asks it done ("取消了嘛", "取消咗啦"), her reason or her not going in another clause
# ("克不成了，取消了嘛", "那天要上班 取消了啦"): her cancel asked of the staff, not the event called off.
_ASKED_DONE = re.compile(r"取消了(?:嘛|啦|哈|呀|咯)")


# How to cancel, asked beside the cancel itself: "请问怎么取消", "咋退啊".
_HOW_TO = re.compile(r"(?:请问|问下|问一下)?(?:怎么|咋|如何|怎样)(?:样)?(?:取消|退|撤|操作)(?:报名)?[啊呀呢哈]*[?？]?")
# The staff asked to do it, beside her household's word ("我闺女说她不去了 你给取消了吧", "儿子说没意思 给我们撤了"): she asks
# it of the staff herself, as when she relays it.
_ASKED_OF_STAFF = re.compile(r"(?:^|[你您])(?:给|帮)(?:[我俺她他](?:们)?)?(?:取消|退|撤|划|删|去掉)(?:了|掉|一下)?(?:吧|哈|啊)?$|"
                             r"^(?:退|撤|取消|划|删)(?:了|掉)?吧$")


# Her household's sign-up named as theirs before the verb ("我婆婆的太湖游取消", "我儿子的画画比赛报名取消"): she speaks for
# them to the staff, as when she relays their word; not their class called off, told as news ("我老公的课取消了").
_KIN_OWNS = re.compile(r"(?:我|俺)(?:家)?的?(?:" + RELATIVE.pattern + r"|[爸妈])的")


def _asked_for_kin(pieces: list[str]) -> bool:
    return any(_HER_KIN.search(p) for p in pieces) and any(_ASKED_OF_STAFF.search(p) for p in pieces)


# An outing or a class named by what is done there, not goods: "拉花体验", "摘芒果", "米粉体验", "钓鱼".
_EVENTISH = re.compile(party.EVENT_KINDS + r"|体验|课|会|活动|局|班|赛|游|讲座|摘|采|品鉴|试吃|派对|聚会|钓|园|农场|牧场|基地|"
                       r"演出|节目|独唱|合唱")  # C20: a part in the store's show ("我的独唱取消", "那个节目我们撤了")
_NOT_GOING = re.compile(r"不|没法|没办法|去不|来不|参加不|赶不|耍不|退出|放弃")


def _goods(before: str) -> bool:
    # "羽绒服我取消了": goods; "钓鱼取消", "写春联帮我划掉": the outing, goods with what is done with them
    return bool(GOODS.search(RELATIVE.sub("", before))) and not _EVENTISH.search(before) and not _DOING.search(before)


_DOING = re.compile(r"(?:包|做|捏|烤|学|品|试吃|蒸|腌|酿|炸|编|插|画|剪|贴|写|摘|采|挖|钓)[\u4e00-\u9fff]")
# An event named first by what is made or picked there ("写春联", "包饺子", "摘草莓"), not a lesson of her own (学车).
_MAKING = re.compile(r"(?:包|做|捏|烤|试吃|蒸|腌|酿|炸|编|插|画|剪|贴|写|摘|采|挖|钓)(?!核酸|检查|手术|作业|饭)[\u4e00-\u9fff]{2,}")


# A topic said before the verb, the event named by what it is ("拉花体验取消", "米粉体验算了"): a few words, no one.
_TOPIC = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:那个|的)?")


def _theirs(text: str) -> bool:
    """Whether every drop in the message is someone else's, told as news (not passed on by the member), or the staff's
    record of one ("已取消 王芳的报名")."""
    words = _folded(text)
    if _RELAY.search(words) or _OWN.search(words) or RELATIVE.search(words):
        return False  # "我是李奶奶…他妈妈说…取消啊": the member speaks of her own too
    drops = [(c, m) for c in _clauses(words) for m in [_DROP.search(c)] if m]
    return bool(drops) and (bool(_RECEIPT.search(words)) or all(_OTHERS.search(c[:m.start()]) for c, m in drops))


def one_of_her_party(text: str) -> bool:
    """Whether the cancel is one of her household's, passed on by her ("我妈让我说一声 她不去了"): she signed them up
    under her own name, so her party loses one (all of it, if it held only them), rather than her whole sign-up."""
    words = _folded(text)
    return bool(_RELAY.search(words) and _HER_KIN.search(words)) and not re.search(r"我们|全家|一家|都|俩|仨|" + NUMERAL + "个", words)


def else_dropped(text: str) -> bool:
    """Whether what the message drops is something else than the event (an appointment, a ticket, a class at school,
    goods), the event called off by its organiser, or a cancel negated: the rules' doubt is then no question to ask,
    and their sure cancel no cancel."""
    words = _folded(text)
    if re.search(r"不(?:用|要|想|会)?取消|别取消|没(?:有)?取消|取消[？?]|(?:别|不要|不能|千万别)把[^，,。]{0,8}(?:删|划|去掉|取消)", words):
        return True  # "取消？不可能的"; "别把前面人的删了": a rule for the list, told
    for clause in _clauses(words):
        if (match := _DROP.search(clause)) and (_ELSE.search(clause[:match.start()]) or _cannot_go_elsewhere(clause, match)):
            return True  # "明天的专家号我取消了"; j34: "周六我们去不了外婆家了": where she cannot go is named after the verb
        if match and _CALLED_OFF.search(clause) and not (_OWN.search(clause) or re.search(r"只能|只好|名额|报名|报的|名|帮|给|把", clause)) \
                and (re.match(r"(?:活动|这周|本周|今天|明天)", clause) or _ELSE.search(clause)):
            return True  # "活动临时取消", "会议取消了": called off, no one's word
    return False


# --- restated sizes ---------------------------------------------------------------------------

_N = "(?P<n>" + NUMERAL + ")"
_HEADS = r"(?:个人|个|人|位|口人?|大人)"
# A count turned into another: "2→3", "两个改三个", "3人改成2人", "四个变两个".
# Not 改一下 ("两个 改一下 是三个": a change announced, its count after it).
_ARROW = re.compile(NUMERAL + _HEADS + r"?\s*(?:" + ARROW + "|" + SET_TO + r"|改|变)\s*" + _N + r"(?![下哈])" + _HEADS
                    + r"?(?![\u4e00-\u9fff]*(?:份|斤|盒|袋|点|号|天))")
# The party's new total after a change word, its own subject before it: "我家改成2个人", "我们team改成5个人",
# "俺家变成五口了", "我们这边变五个人了", "人数改一下 变四个".
_CHANGED_TO = re.compile(r"(?P<count>人数)?(?:" + SET_TO + r"|变|改)了?(?:我们)?" + _N + r"(?![下哈])(?(count)(?![\d个份])|" + _HEADS + ")")  # "人数改成2" (U21)
_WHO_CHANGES = re.compile(r"我|咱|人数|名额|报|现在|原来|本来|之前|team|这边|" + party.EVENT_KINDS)
# One table of a party's change said beside its size (``signups.party_left``, U26): one of it not coming or a duty or illness
# ("外婆腿疼不去了", "我妈那天有事"), someone standing in ("换我老伴去", "我婆婆替我去"), or the size changed (改一下).
DROPS_OR_SWAPS = re.compile(r"[变改]一?下|有变|(?:不|没法|没办法)(?:去|来|参加)|(?:去|来|参加|赶)不(?:了|成|上|到)|有事|换|替我|顶我|代我|"
                            r"(?<![不没])(?:加班|值班|出差)|(?:要|得)(?:上班|上课)|生病|病了|腿疼|不舒服")
_ASKED = re.compile(r"吗|么|[？?]|行不行|可以不|能不能|可不可以")
_REQUESTED = re.compile(r"帮我|给我|麻烦|能|可以")
_NOT_PEOPLE = re.compile(r"份|斤|盒|袋|箱|瓶|块钱|元|岁|个月|小时|分钟|点钟")


def read_resize(text: str) -> Reading | None:
    """The party's new total when the message restates its size by mechanism (module docstring), or None."""
    words = re.sub(r"「[^」]*」", "，", _folded(text))  # a quoted line is someone's words
    pieces = _clauses(words)
    if not pieces or len(pieces) > 6:
        return None
    whole = squeeze(words)  # "我们 team 改成 5 个人": one clause here
    if _NO_DECISION.search(re.sub(r"想去|想来|想参加|也想", "", whole)) or _NOT_PEOPLE.search(whole):
        return None  # "每份改成12个": what a portion holds
    found = _ARROW.search(whole) or (m if (m := _CHANGED_TO.search(whole)) and _WHO_CHANGES.search(whole[:m.start()] or whole) else None)
    if found is None:
        return None  # the party left after a drop-out is ``signups.party_left``'s, passed to ``second_opinion`` (U26)
    people = found if isinstance(found, int) else number(found["n"])
    if not 1 <= people <= 20:
        return None
    asked = _ASKED.search(whole)
    return Reading(SIGNUP, people, sure=not asked or bool(_REQUESTED.search(whole)))


# A count said wrong and put right ("三个人 不对 两个", "五个人 唔系 四个"): 不是 and 唔系 only alone between pauses
# ("我们是3人不是2人" denies the count after it).
CORRECTED = re.compile(r"[哦噢喔]?不对|不不|[哦噢喔]不|[写说打搞弄记]错了|更正(?:一下)?|纠正|算了|(?<![^\s，,])(?:不是|唔系|唔係)(?![^\s，,])")
_ONLY_ME = re.compile(r"(?:就|只有|只)(?:我|俺)(?:自己|一个人?)(?:(?:去|来)[\u4e00-\u9fff]{0,4}|了|吧|啊)*$")
_HEADS_LEFT = re.compile(r"(?:只|就|还是|剩下?|只有)?(?:来|去)?(?:我们)?(?P<n>" + NUMERAL + r"|俩|仨)(?:个)?人(?:了|吧|啊)*$")


# Who is left, as ``signups.party_left`` reads it: just her ("就我自己"), a head count ("只来一个人了", "还是一个人"), or those
# led by 就/只/只有/剩 ("就俺俩", "只剩额和额娘", "就我们娘俩"), read as a party by the sign-up rules.
_LEFT_SAID = re.compile(r"(?:那|所以|现在|这下|这回)?(?:就剩下?|只剩下?|还剩下?|剩下?|只有|就只有|就|只)(?P<who>[^，,。]{1,10}?)"
                        r"(?:了|啦|吧|哈|啊|呀|咯|喽)*")
_NOT_PERSONS = re.compile(r"名额|位置|位子|座|份|天|次|回|号|点|报|取消|算了|没|不|能|得|要|等")


def second_opinion(text: str, rules: Reading | None, declined: bool, left: int | None = None, event: str = "") -> Reading | None:
    """The rules' reading of a sign-up message, with this module's: a restated size the rules missed or doubted (or read
    as another size) is the new total; a drop-out the rules missed or doubted is the cancel read here; a doubted cancel
    of something else is no question. ``declined``: the rules' ``declines`` (deciding not to go, before any sign-up),
    which stays asked. ``left``: the party left after a drop-out (``signups.party_left``), that many whatever the rules read
    (V25). ``event``: the open event's name, which a topic pointed at must name (``_pointed_at_event``)."""
    if rules is not None and rules.add:
        return rules  # "再加一个": a change by so many, the rules' own
    if left is not None and (rules is None or not rules.sure or rules.intent == SIGNUP_CANCEL
                                                   or rules.amount != left):
        return Reading(SIGNUP, left, sure=True)  # "额爹不去了，只剩额和额娘" 2
    folded = _folded(text)
    resized = read_resize(text)
    if resized is not None and (rules is None or not rules.sure or rules.intent == SIGNUP and rules.amount != resized.amount
                                and resized.sure):
        return resized if resized.sure or rules is None else rules
    if rules is not None and rules.intent == SIGNUP_CANCEL and (else_dropped(text) or _WISH_OR_FEAR.search(folded) or not_hers(text)):
        return None  # "明天的专家号我取消了", "会议取消 打工人狂喜": something else; "想报又怕去不了": no decision
    if rules is not None and rules.intent == SIGNUP and (_PORTION_CHANGED.search(folded) or _RECEIPT.search(folded)):
        return None  # "每盒改成6个了": what a portion holds; "已取消 王芳的报名": the staff's receipt
    if rules is not None and rules.sure and rules.intent == SIGNUP_CANCEL and _HANDED_TO.search(folded):
        return Reading(SIGNUP_CANCEL, sure=False)  # "我不去了，名额给我妹妹": her place handed on, asked once
    if rules is not None and rules.intent == SIGNUP_CANCEL and _SIGNS_UP_OTHER.search(folded):
        return None  # "我不去，给我女儿报一个": her own not going beside a sign-up for another
    if rules is not None and rules.intent == SIGNUP_CANCEL and _not_signing_up(folded) and _DECIDED_NOT.search(folded):
        return None  # "这次我就不报了 家里走不开": not signing up this time, told; a place taken is dropped by its own words
    if rules is not None and rules.intent == SIGNUP_CANCEL and rules.sure and _not_signing_up(folded):
        return Reading(SIGNUP_CANCEL, sure=False)  # "我就不报了 上次去过了": a decision not to sign up, asked as declines are
    if declined or rules is not None and rules.sure and rules.intent == SIGNUP_CANCEL:
        return rules
    cancel = read_cancel(text, event)
    if rules is None:
        return None if cancel is not None and not_hers(text) else cancel
    if rules.intent == SIGNUP_CANCEL:  # asked by the rules
        if cancel is None and _theirs(text):
            return None  # "张姐退出了 空出一个名额", "已取消 王芳的报名": someone else's, told or recorded
        return cancel if cancel is not None and cancel.sure else rules
    if cancel is not None and cancel.sure and _JOIN_DENIED.search(folded):
        return cancel  # "合唱不算我了", "摘芒果我不参加了": the join word denied
    return rules


# C20: what drops no place of the member's, however sure a reader is: those dropped out named by the staff ("已取消的朋友我都
# 划掉了", "取消的名额已补给候补的朋友了"), the organiser's notice of an event called off ("因报名人数不足取消，已交费的原路退回"),
# a drop-out denied ("谁说我不去了 我去的"), her household's own cancel told as done ("我姐把报名取消了 娃要补课"), not asked
# of the staff ("我妈把报名取消了 麻烦帮她划掉" is passed on).
_DROPPED_ONES = re.compile(r"(?<![我俺])(?:已经?)?(?:取消|退出|划掉)(?:了)?的(?:朋友|人|名额|位置|报名|家庭|学员)")
_ORGANISER_NOTICE = re.compile(r"人数不足|人数不够|已交费的|另行通知")  # not 原路退回: "去不了了 报名费能退回来吗" is hers
_DROP_DENIED = re.compile(r"谁说[我俺]?(?:们)?(?:就|要)?(?:不去|去不了|不来|来不了|不参加|取消|退)")
_KIN_DID_IT = re.compile(r"^(?:我|俺)?(?:家)?的?(?:" + HOME + "|" + KIN + r")(?:已经|自己)?把(?:[\u4e00-\u9fff]{0,6}?的)?(?:报名|名额|名字)")


def not_hers(text: str) -> bool:
    """Whether a cancel's words drop no place of the member's (C20): the staff's record, the organiser's notice, a denial,
    her household's own doing told."""
    words = _folded(text)
    if _DROPPED_ONES.search(words) or _DROP_DENIED.search(words):
        return True
    if _ORGANISER_NOTICE.search(words) and not _OWN.search(words):
        return True
    return any(_KIN_DID_IT.match(c) for c in _clauses(words)) and not _REQUEST.search(words) and not _RELAY.search(words)


# A wish or a fear, no decision: "想报又担心去不了", "怕到时候去不了".
_WISH_OR_FEAR = re.compile(r"想报又|又怕|又担心|(?:怕|担心)[^，,。]{0,4}(?:去不了|来不了|去不成)|万一|如果|要是|假如|"
                           # not yet decided, for now (u12): "先不报 等等看", "先不参加了 再看看吧" — nothing dropped
                           r"先不(?:报|参加|去)|等等看|再看看|考虑考虑")
_PORTION_CHANGED = re.compile(r"每(?:份|盒|袋|箱|瓶|包|斤|串|块)[^，,。]{0,3}(?:" + SET_TO + ")")
_RECEIPT = re.compile(r"(?<![我俺])(?:已经?|已帮[您你]|帮[您你])(?:取消|撤销|撤掉|删除)")
# A join word denied: "不算我了", "不参加了", "报名取消".
_JOIN_DENIED = re.compile(r"(?:不|别|不要|不用|唔好)(?:再)?(?:给|帮|同|替)?(?:我|我们)(?:留|占)(?:位|位子|位置|名额|个位)?了|不(?:用|要)?算我们?了|(?:不|别)(?:用|要)?算(?:上)?我们?(?![\u4e00-\u9fff])|不参加了|参加不了|报名取消|取消报名")


# Not signing up, said with the verb of signing up negated ("就不报了", "先不报", "我不报名了"), beside no word of a sign-up
# made or of dropping one (C12): most often the decision of a member who never signed up (none on train and dev); a member
# who signed up says she cannot go or cancels (不去了, 取消, 划掉). Never acted on: asked once, as ``signups.declines`` is.
_NOT_SIGNING = re.compile(r"不报(?:名)?(?:了|啦)?")
# Deciding about this time (就, 这次, 今年, 还是 before it): chat, where dropping a place taken names it (那个我们不报了).
_DECIDED_NOT = re.compile(r"(?:就|这次|这回|这趟|今年|还是)[^，,。\s]{0,3}?不报")
_SIGNED_SAID = re.compile(r"报了|报过|已报|报的|名额|位置|接龙|取消|划|删|撤|退|不去|去不了|来不了|不参加|参加不了|算了")
# A sign-up for someone else beside her own not going: "我不去，给我女儿报一个".
_SIGNS_UP_OTHER = re.compile(r"(?:给|帮|替)[^把，,。\s取消退划删撤去]{1,6}?报(?:一个|个|上|名)(?![^，,。]{0,3}(?:退|取消|划|删|撤|去掉))")


def _not_signing_up(words: str) -> bool:
    return bool(_NOT_SIGNING.search(words)) and not _SIGNED_SAID.search(_NOT_SIGNING.sub("", words))
