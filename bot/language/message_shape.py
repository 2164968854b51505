"""How a message is built, as signals for the learned intent score (``bot.language.intent_model``): what each
number in it is by its unit and neighbours (a count of goods, a price, a weight, a time, a head count, a bare
number), whether prices are said and which way round, who the subject is, when it happens, whether goods came to
her or the event itself is undone, and the form of a question.

The score's n-grams see words, not how they stand to each other: "原价46，现在35" has no unit after either number,
and to the n-grams it is a product's name beside two numbers, as "汤圆2" is. What a number is for is said by its
unit and the words around it (``order_quantity.CONTEXTS``, the ranker's own reading of a count's surroundings, plus
the prices said without a unit: 原价46, 现在35, 才59); whose wish a message is, by the person who leads its clause
(我 / 我们 / 你 / 她, kin); a question by its form (V不V, a final particle, a question word, a choice).

Pure: a text in, a set of signal names out (``structure``); the model weighs each once.
"""
from __future__ import annotations

import re

from bot.language import order_quantity
from bot.language.intents import BREAK, LATER_TIME
from bot.language.numbers import NUMERAL
from bot.language.people import RELATIVE, WE

_NUMBER = re.compile(r"(?P<sign>[+＋xX×*]\s?)?(?P<n>" + NUMERAL + ")")
_DIGITS = re.compile(r"\d+")
# A price said by the words before a number, with no unit after it: 原价46, 现价 35, 特价29, 现在35, 才59, 只要 9.9; and a price
# set beside another time's ("以前卖68，这次58", "平时79 今天59"): the time that compares it, with 卖/是 or nothing between (a place, with 要 too).
_PRICE_BEFORE = re.compile(r"(?:原价|现价|特价|售价|单价|定价|价格|价钱|标价|零售价|市场价|团购价|活动价|秒杀价|优惠价|折后|到手|"
                           r"现在|只要|只卖|只需|才|仅|卖|要价|打完折|一共|总共|合计|共计|总价|"
                           r"(?:这次|这回|今天|今年|平时|平常|以前|原来|之前|上次|上回|去年)(?:是|都)?|(?:外面|超市|别家|网上)(?:是|要|都)?)\s?$")
# A time word and 要 is her wish, not a cost ("这次要3", "今天要2" count; a price then says 卖/是 or its unit, 以前要68块); a
# place and 要 is what it costs there (超市要45).
# A price said by a word after the number (besides the units of money the ranker reads): 46一份, 12一斤.
_PRICE_AFTER = re.compile(r"^\s?(?:元|块|毛|角|rmb|RMB|¥|一[份盒箱袋斤个瓶包只条台]|[/／][份盒箱袋斤个瓶包只条台])")
# A number naming which one, not how many ("68的", "要38的那款", "两盒68的"): a tier of price or a size, said with 的.
_WHICH = re.compile(r"^\s?的(?!话)")
# Units of goods beside the readers' own (``numbers.UNITS``) the shape counts in: machines and sets (两台, 一台).
_MORE_UNITS = "台"
# The roles, in the order the ranker's contexts are tried (the first that fits names the number).
_ROLE_OF_CONTEXT = {"address": "address", "address_before": "address", "time": "time", "price": "money",
                    "price_before": "money", "date": "date", "age": "age", "weight": "weight", "people": "people",
                    "size": "size", "count_of_items": "count"}
# A count's unit misspelt as 分 that is no unit: a degree (七分熟, 三分糖, 五分甜), minutes, a fraction (三分之一).
_DEGREE = re.compile(r"^\s?分(?:熟|糖|甜|冰|辣|钟|之|半)")

# --- Shared tables: the words of persons, times and asking, read here and by the intent score's own signals
# (``intent_model.signals``) and the party ranker (``party_ranker``): one place for each list.
# Kin of mine, as the member calls them after 我/俺/咱 (我妈, 俺爹, 我家老大, 我家那口子): any relative the readers know.
MY_KIN = (r"(?:我|俺|咱)(?:家)?的?(?:爹|娘|妈|爸|婆婆|公公|姐|妹|哥|弟|邻居|同事|朋友|老伴|媳妇|那位|那口子|老头子?|"
          + RELATIVE.pattern + ")")
# A time past: 上礼拜, 前天, 昨晚, 那次, 以前. 之前/以前 straight after a day or an hour is a deadline to come (周五之前, 明天以前,
# 礼拜天之前, 5点之前, 月底前), not the past; after a span of days it is how long ago (十天以前, 三天之前): past. (The shape's
# table, wider than the one the shipped intent score was fitted on: ``intent_model`` reads its own until a refit ships.)
PAST_TIME = (r"上(?:个)?(?:礼拜|星期|周|月|回|次|趟)|前(?:天|几天|阵子|段时间)|昨(?:天|晚|儿)|去年|那(?:次|回|天)|早先|当时|"
             r"(?<![一二三四五六七日末点号底午晚早上下])(?<![明今后当拜期周]天)(?:以前|之前)")
# How much money, asked: 多钱 (多少钱 is 多少's), not a sum told by a degree before it (花了好多钱, 很多钱, 这么多钱; a bare
# 好多钱 is Southwestern "how much" and stays asked).
_MUCH_MONEY = r"(?<![很太挺么])(?<![了过]好)多少?钱"
# Asking, in any form: a question mark, a final particle, a question word, V不V (要不要, 有没有, 可不可以), a price asked (多钱).
# ``ASKING_AS_FITTED``: the same without the price asked, as the shipped intent score was fitted (``intent_model``; D25:
# one table, the fitted one the shape's less 多钱).
ASKING_AS_FITTED = r"[?？]|吗|么|呢$|多少|几[份个点号]|什么|啥|怎么|咋|哪|有没有|能不能|可不可以|是不是"
ASKING = ASKING_AS_FITTED + "|" + _MUCH_MONEY
# A greeting, thanks or a bother said to someone (你好, 大家好, 谢谢您, 麻烦你): the person addressed, not the one who acts.
_POLITE = re.compile(r"(?:你|您|大家|你们|各位|亲们?|老师|店长)(?:们)?(?:好|早)|(?:谢谢|感谢|辛苦|麻烦|劳烦|打扰)(?:你|您|大家)(?:们)?")

# Who leads a clause: someone else (a relative, kin of mine, him or her, people she knows), we, you, or I.
_SUBJECT = re.compile(r"(?P<other>" + MY_KIN + r"|[他她]们?|亲家|朋友|同事|邻居|老乡|同学|闺蜜|领导|老板|"
                      + RELATIVE.pattern + ")"
                      r"|(?P<we>" + WE + r"|阿拉|大家)|(?P<you>你们|你|您)|(?P<me>我|俺|咱|额|偶|本人|人家)")
# Before the person: it is not the subject but whom it is for or with (给我来两份, 帮我妈订, 跟她一起).
_NOT_SUBJECT_BEFORE = re.compile(r"(?:给|帮|替|为|跟|和|同|与|送|让|叫|问|找|陪|带)\s?$")
# For whom: kin of mine first (给我妈留一份 is for her), then we, me, you; anyone else named after 给/帮/替/为 is another.
_FOR_WHOM = re.compile(r"(?:给|帮|替|为)\s?(?:(?P<kin>" + MY_KIN + r")|(?P<we>" + WE + r")|(?P<me>我|俺|咱)|(?P<you>你们|你|您))?")
# A question's forms: V不V / V没V (要不要, 有没有, 可不可以), a final particle, a question word, a choice, a tag asking leave.
# A bare 要不 ("要不给我来两份") proposes, it does not ask; 要不要 is V不V.
_V_NOT_V = re.compile(r"([\u4e00-\u9fff])[不没]\1|可不可|能不能|是不是|有没有|对不对|好不好|行不行")
FINAL_PARTICLE = re.compile(r"(?:吗|么|嘛|呢|不|没|没有|伐|冇|咩|哇|啵)\s?[?？!！~～。.…]*\s?$")
_QUESTION_WORD = re.compile(r"几|多少|什么|啥|哪|谁|怎么|咋|为什么|为啥|多大|多久|多长|" + _MUCH_MONEY)
_COUNT_ASKED = re.compile(r"(?:几|多少)\s?[" + order_quantity.UNITS + _MORE_UNITS + r"]")
# A price asked: 多少钱, 多钱, 几钱, 咋卖, 怎么卖, 什么价, 啥价.
_PRICE_ASKED = re.compile(_MUCH_MONEY + r"|几(?:多)?钱|几块|[咋怎](?:么)?卖|(?:什么|啥)价|价格?(?:多少|几)")
# (u34) A question asked by its words, not its particle: for ``bot.language.asked_the_bot``.
QUESTION_FORMS = (_QUESTION_WORD, _V_NOT_V, _PRICE_ASKED)
_CHOICE = re.compile(r"还是")
_PAST_TIME = re.compile(PAST_TIME)
_COMING_TIME = re.compile(LATER_TIME)
# Goods that came to her (亲家送来一袋, 快递寄来了两箱, 收到, 她带回来了) or won (抽到一箱, 中了): received, not asked for. A
# direction asked for is no arrival: 送过来两箱, 帮我寄过来, 能送到3栋吗 — 送过来/送到 came only when done (了). 中 after a
# verb of looking or choosing is liking, not a prize (看中了, 相中了, 选中了, 挑中了).
_CAME = re.compile(r"(?:送|寄|带|捎|拿|发|给)(?:过|回)?来了|(?<![帮给请麻烦能要快])(?<!给我)(?<!帮我)(?:送|寄|捎)来(?![^，,。.!！?？\s]{0,6}[吗吧呀啊])|"
                   r"收到|(?:寄|送)到了|"
                   r"抽到|抽中|(?<![看相选挑瞧])中了|中奖|领到|分到")
# The event, as the subject of what happens to it (活动也, 讲座就): one table for both readings below.
_EVENT_SUBJECT = r"(?:活动|讲座|课|比赛|演出|聚会|讲堂|义诊)(?:也|又|就|都)?"
# The event as the one undone (活动搞不成了, 讲座取消了, 课停了): the event's news, not her cancel.
_EVENT_UNDONE = re.compile(_EVENT_SUBJECT + r"(?:取消|搞不成|办不成|不办|延期|改期|停|黄)")
# The event called off in words no member uses of her own place (搞不成, 办不成, 黄了, 延期): news, never her cancel
# (``intent_model._theirs`` and ``_guess``); 取消 is hers as often ("讲座取消 我去不了"), so it is not here.
EVENT_OFF = re.compile(_EVENT_SUBJECT + r"(?:搞不成|办不成|不办了|延期|改期|黄了)")
_TAG = re.compile(r"(?:好吗|行吗|可以吗|可以不|行不|好不|成吗|得吗|得唔得|中不中)\s?[?？!！~～。.…]*\s?$")


def number_roles(words: str) -> list[tuple[str, int, int]]:
    """(role, start, end) of each number ``words`` (an ``order_quantity.form``) says: "count" (before a unit of goods),
    "money", "weight", "time", "date", "age", "people", "address", "size", "degree" (七分熟, 三分糖), "which" (68的: a tier or a size
    named), "plus" (+2, x3) or "bare" (a digit alone,
    or a Chinese numeral at a clause's end: 汤圆2, 上车 1, 我这儿三); a Chinese numeral inside a word (一起, 一下) is none."""
    out = []
    last = len(words.rstrip())
    for match in _NUMBER.finditer(words):
        start, end = match.start("n"), match.end("n")
        before, after = words[max(0, start - 8):start], words[end:end + 8]  # the neighbours only: linear however many numbers
        role = ""
        for name, pattern in order_quantity.CONTEXTS:
            if pattern.search(before[-4:] if name.endswith("_before") else after[:4]):
                role = _ROLE_OF_CONTEXT[name]
                break
        if not role and _DEGREE.search(after[:3]):
            role = "degree"
        unit = order_quantity.unit_after(words, end) or (after[:1] if after[:1] and after[0] in _MORE_UNITS else "")
        if not role and (not unit and _PRICE_BEFORE.search(before[-6:]) or _PRICE_AFTER.search(after[:3])):
            role = "money"  # 才59, 这次58; but 只要两份, 这回两袋 count
        if not role and _WHICH.search(after[:3]):
            role = "which"
        if not role and unit and unit != "个人":
            role = "count"
        if not role and match["sign"]:
            role = "plus"
        if not role:
            alone = end >= last or BREAK.match(after) is not None or after[:1] in " ,，。!！~～?？"
            if _DIGITS.fullmatch(match["n"]) or alone:
                role = "bare"
        if role:
            out.append((role, start, end))
    return out


def structure(text: str) -> set[str]:
    """The signals of how ``text`` is built (prefixed "shape:", beside ``intent_model.signals``'s own)."""
    words = order_quantity.form(text)
    out: set[str] = set()
    roles = number_roles(words)
    kinds = {role for role, _, _ in roles}
    out.update("shape:num:" + role for role in kinds)
    if roles:
        out.add("shape:nums:" + ("only_" + next(iter(kinds)) if len(kinds) == 1 else "mixed"))
        out.add("shape:nums:" + str(min(len(roles), 3)))
        first, last = roles[0][0], roles[-1][0]
        out.add("shape:first:" + first)
        out.add("shape:last:" + last)
        if "money" in kinds and "count" in kinds:
            money_at = min(s for r, s, _ in roles if r == "money")
            count_at = min(s for r, s, _ in roles if r == "count")
            out.add("shape:money_then_count" if money_at < count_at else "shape:count_then_money")
        if sum(role == "money" for role, _, _ in roles) >= 2:
            out.add("shape:two_prices")  # 原价46，现在35: a price compared, not a count ordered
        end = roles[-1][2]
        if not words[end:].strip(" ，,。.!！~～…?？"):
            out.add("shape:ends_on:" + last)
    else:
        out.add("shape:nums:0")
    first = next((s for r, s, _ in roles if r in ("count", "plus", "bare")), None)
    if first is not None:  # what leads the first counted clause, from its start to the count (the roles read once)
        opening = [m.end() for m in BREAK.finditer(words, 0, first)]
        lead = words[opening[-1] if opening else 0:first]
        out.add("shape:count_clause:" + ("alone" if not lead.strip() else "verb" if order_quantity._VERBS.search(lead)
                                     else "words"))
    out.add("shape:subject:" + _subject(words))
    whom = _FOR_WHOM.search(words)
    if whom:
        out.add("shape:for:" + next((name for name in ("we", "me", "you") if whom[name]), "other"))
    out.update("shape:" + name for name, pattern in (("when:past", _PAST_TIME), ("when:coming", _COMING_TIME), ("came", _CAME),
                                                      ("event_undone", _EVENT_UNDONE)) if pattern.search(words))
    out.update("shape:q:" + name for name, pattern in (("v_not_v", _V_NOT_V), ("particle", FINAL_PARTICLE),
                                                    ("word", _QUESTION_WORD), ("count", _COUNT_ASKED), ("price", _PRICE_ASKED),
                                                    ("choice", _CHOICE),
                                                    ("tag", _TAG)) if pattern.search(words))
    return out


def _subject(words: str) -> str:
    """Who leads the message: the first person named not as whom it is for or with (给我来两份 has none), nor greeted or
    thanked (你好，我要两份 is led by me)."""
    words = _POLITE.sub(lambda m: "，" * len(m[0]), words)
    for match in _SUBJECT.finditer(words):
        if _NOT_SUBJECT_BEFORE.search(words[max(0, match.start() - 2):match.start()]):
            continue
        return match.lastgroup or "other"
    return "none"
