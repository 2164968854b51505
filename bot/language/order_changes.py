"""Changes and cancels of a member's order, read by how they are made (issue 18, C11).

``intents.read_order`` reads changes and cancels clause by clause from the phrasings it knows; on text by writers it never
saw most of its misses are shapes, not words. This module reads those shapes over the whole message, after the rules
(``revised``, called by ``bot.chain.text.order_parts``):

- **an edit of one's line**: a count turned into another (芒果2→3, ➡️ 2箱 原来1箱, 4份 ← 改了): the new total;
- **a swap of kind, the count kept** (换成原味的 数量不变三排, 两袋改成一袋芝麻一袋花生): the total the message states;
- **more, with the total it makes** (加一箱 总数四箱, 再加两袋 一共四袋): the addition;
- **what was and what is now** (前面说的四斤 实际要五斤, 不要三盒了要两盒就行, 我那三袋留两袋就行): the count not marked
  as the old one, a new total;
- **a change or a cancel among reasons** (少整一袋 吃不完, 沙拉不要了 打工人今天要吃顿好的, 底料不要了 屋头还有两袋): the one
  clause that changes, the others only why — a count in a reason may say what is at home or came by other means;
- **passed on for someone** (张大爷托我说 他订的海蛎子取消): the relayed cancel, acted on as the rules act on 替…说一声; the
  household's word only reported (楼下刘嬢嬢说她那份不要了) is asked;
- **the store's state first** (截单了没 没截的话再加一份, 还有吗 有就再给我一根): the change stands if it can be had;
- **a mark for the verb** (车厘子❌, 我的排骨🚫): the order named, struck out;
- **a decline with the need met** (馒头就不订了 控糖, 这次就不订了 家里还有): not ordering this time, no cancel.

Clauses that say nothing of the order (a greeting to the staff, who she is, the matter settled) stand beside a change or a
cancel as reasons do (C13); a doubled count (三箱翻一番) is twice the count stated.

Dialect and voice input are put in the readers' words first (勿要, 唔要, 伓爱, 不得要 → 不要; 阿拉 → 我; 改做, 整成, 减成 → 改成;
逗号, 句号 read aloud → punctuation). Cancels of other things (a hospital appointment, a taobao order, a flight) never read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from bot.language import intents
from bot.language.goods import GOODS
from bot.language.intents import CANCEL, CHANGE, ORDER, Reading
from bot.language.numbers import NUMERAL, UNITS, number
from bot.language.people import HOME, KIN_CALLED, PERSON, SURNAME
from bot.language.pinyin_words import OTHER_THINGS_ENGLISH
from bot.language.wrapping import BREAK, SPOKEN_MARKS, is_courtesy, plain, squeeze, unquote

# Units members count goods in when they change an order: the readers' own and a few more said only there (一兜, 一根, 一排).
_U = "[" + UNITS + "兜根排笼]"
_COUNT = re.compile(r"(?P<n>" + NUMERAL + r"|俩|仨)" + r"\s*(?P<u>" + _U + ")")

# --- the words put as the readers know them -----------------------------------------------------------------------------

_MARK = re.compile("[\u274c\u274e\u2716\U0001F6AB](?!\ufe0f?\\s*\\d)\ufe0f?")  # ❌ ❎ ✖️ 🚫: struck out (not ✖️2: times two)
_UP = re.compile("[\U0001F53C\u2b06]\ufe0f?(?=\\s*\\d)")  # 🔼1, ⬆️2: so many more
_HAND_AFTER = re.compile("(?<=[加来要添整])\\s*(?P<h>[\u261d\u270c])[\ufe0f\U0001F3FB-\U0001F3FF]*")  # 再来☝️, 加✌️
_ARROW = re.compile("\u27a1\ufe0f?")  # ➡️
_DIALECT = ((re.compile("伓爱|无爱|覅|嫑"), "不要"), (re.compile("甭"), "不用"), (re.compile("哇(?=个|阿|帮|的|那|无爱|不要)"), "我"), (re.compile("(?:勿|唔|不得|莫|无|冇|弗)(?=要)"), "不"), (re.compile("嚟"), "来"),
            # C13, Cantonese: 嗰 for 那, 改返 for 改回, 加多/仲要多 for 再加/再要, 唔要住 (not for now) for 不要了
            (re.compile("[嗰𠮶]"), "那"), (re.compile("改返"), "改回"), (re.compile("加多(?=" + NUMERAL + ")"), "再加"),
            (re.compile("仲(?:要)?多(?=" + NUMERAL + ")"), "再要"), (re.compile("不要住"), "不要了"),
            (re.compile("阿拉(?:格|的)(?=[^伯])"), "我的"), (re.compile("阿拉(?!伯)"), "我"),
            (re.compile("(?<=[妈爸婆公姨姐哥叔婶嬢])讲(?=[她他])"), "说"),
            (re.compile("(?:改|整|减|换)(?:做|作|成)(?=" + NUMERAL + ")"), "改成"), (re.compile("都系"), "都是"),
            # O16, Hokkien 阮 for 我 after other words too (圆仔阮无爱了), once 无/毋 are 不; never a name (小阮, 老阮, 阿阮)
            (re.compile("(?<![小老阿])阮(?=那|的|不|要)"), "我"))
# Typed by sound or in a dialect's particles, after the folds above (C12): 曲消/取稍 for 取消, 步 for 不 before 要/订, 哉/喇/咧
# after 不要 for 了, 鸽了 (stood up) for dropped; "不用给我留了" and "别给俺留了" ask the store to keep nothing back; English
# "cancel" and "my order"; "再给我弄上两盒", "再添上三张": more, the verb of giving folded into the readers' 再加.
_TYPED = ((re.compile("曲消|取稍|取销|趣消|去消|取肖"), "取消"), (re.compile("(?<=[订定])丹"), "单"),  # C21: 订丹
          (re.compile("步(?=要了|要啦|订了|买了)"), "不"),
          (re.compile("(?<=不要)(?:哉|喇|咧|鸟|嘞|啰|罗)"), "了"),  # C21: 啰
          (re.compile("(?<=[再少多俺我])闹(?=\\s*(?:" + NUMERAL + "|俩|仨))"), "整"),  # C21: southwestern 闹 for 整 ("少闹一袋")
          (re.compile("(?<=[\u4e00-\u9fff])鸽了"), "不要了"),
          # "汤圆不用留给我了", "我那份不用留了": keep nothing back for her (O16)
          (re.compile("不用(?:留|带)(?:给|俾|畀)?(?:[我俺])?(?:喇|啦|了)"), "不要了"),
          (re.compile("(?i)(?<![a-z])my order(?![a-z])"), "我的订单"), (re.compile("(?i)(?<![a-z])cancel(?:l?ed)?(?![a-z])\\s*"), "取消"),
          (re.compile("再(?:给(?:我们|[我俺])?)?(?:弄|整|添|加|来|拿)上(?=\\s*(?:" + NUMERAL + "|俩|仨))"), "再加"))
# C16, who and "want" as the south and the northwest say them, folded before the rest: 额 (Shaanxi, Gansu) and 阮 (Minnan)
# for 我 where a pronoun stands (never 金额, 名额, 额度: only before the words that follow a pronoun, or after 给/把/帮), 汝 for
# 你 asking the staff; 爱 (Hakka, Minnan) and 欲 (Minnan) for 要 before a count or 加 and at the end of "也爱"; 毋/无/唔 使
# (need not) and 毋用 for 不用, 毋要/毋爱 for 不要; 留俾我 (Cantonese word order) for 给我留; 蜀 (Minnan) for 一 before a unit;
# 而家 (Cantonese) for 现在; 厝 (Minnan) for 家; 莫 before an old count ("莫两袋了 三袋嘛") for 不要; a share "拉倒" (let go) for 不要了.
_SAID_SOUTH = ((re.compile("(?<![金名余限定超差份配总数面税])额(?=的|那|不|嫑|也|再|就|还|都|先|取|要|个|这|一共|$)|(?<=[给把帮让])额"), "我"),
               (re.compile("(?<![\u4e00-\u9fff])阮(?=的|那|毋|不|也|再|就|还|都|先|取|要|一共)"), "我"), (re.compile("汝(?=帮|给)"), "你"),
               (re.compile("(?:毋|无|唔|不)使|毋用"), "不用"), (re.compile("毋(?:要|爱)"), "不要"),
               (re.compile("(?<![可热恋喜疼亲宠])爱(?=\\s*(?:" + NUMERAL + "|蜀)\\s*" + _U + ")|(?<=[也还])爱(?=$|[，,。!！\\s])"), "要"),
               (re.compile("欲(?=加)"), "再"), (re.compile("欲(?=[订买来]|" + NUMERAL + ")"), "要"), (re.compile("固(?=要)"), "还"), (re.compile("蜀(?=\\s*" + _U + ")"), "一"),
               (re.compile("留(?:俾|畀|给)([我俺])"), "给\\1留"), (re.compile("而家"), "现在"), (re.compile("(?<=[我你伊])厝|厝(?=里|内)"), "家"), (re.compile("(?<=[帮给把])哇"), "我"),
               (re.compile("莫(?=(?:" + NUMERAL + ")" + _U + "了)"), "不要"),
               # more as typed (C16): "再上一份车" (get on the bus with one more), "又来一份" (again), "就中" (Henan: will do)
               (re.compile("上((?:" + NUMERAL + ")" + _U + ")车"), "加\\1"), (re.compile("又(?=(?:来|要|加|订|整)(?:" + NUMERAL + ")" + _U + ")"), "再"),
               (re.compile("就中(?=$|[，,。!！\\s])"), "就行"), (re.compile("(?<=[份单的那箱袋盒斤])拉倒(?:吧|了|啦)*"), "不要了"))
# C16, typed after the older folds: "不 要了" with a space inside; 不上车了 (上车 is joining a group-buy) and 退单 as a cancel; a
# Cantonese particle after "给我留" (唔使留俾我喇) as 了; 调成/搞成/弄成 and the typo 改称 a count as 改成.
_TYPED_C16 = ((re.compile("(?<=不)\\s+(?=要了|想要了)"), ""), (re.compile("(?<=[\u4e00-\u9fff])(?:先)?不上车了"), "不要了"), (re.compile("退单"), "取消"),
              (re.compile("(?<=给[我俺]留)(?:喇|啦|咯)"), "了"), (re.compile("(?<=给[我俺])留(?:喇|啦|咯)"), "留了"),
              (re.compile("(?:不用|别|不要|不必)(?:再)?给(?:[我俺]|我们)(?:留|带|订|拿)(?:着)?了"), "不要了"),
              (re.compile("(?:调|搞|弄)(?:做|作|成)(?=" + NUMERAL + ")|改称(?=" + NUMERAL + ")"), "改成"))

# C18, typed by sound (pinyin jia): 价 for 加 after 再 before a count ("饺子再价两袋"); never 夹 (再夹一块: chopsticks).
_TYPED_C18 = ((re.compile("(?<=再)价(?=\\s*(?:" + NUMERAL + "|俩|仨))"), "加"),
              # on top of what she has ("在之前的基础上再加两份", "在我原来的上面再加一箱"): more, said as the readers' 再
              (re.compile("在(?:[我俺]的?)?(?:原来|原先|之前|以前)(?:的|那份)?(?:基础)?上(?:面|头)?(?:再)?(?=[加添来要订])"), "再"))
# A count taken back as she types it ("改成一斤半 哦不 一斤", "三盒 不对 两盒"): the count after the word that takes it back (C19).
# (p34) "+1就够": a 接龙 count as the total she wants, "1份就够"
_PLUS_ENOUGH = (re.compile(r"(?<![\d+＋])[+＋]\s?(\d{1,2})(?=\s*(?:就够|就行|就好|就得了|够了|就可以))"), r"\1份")
_TYPED_C19 = ((re.compile("(?:" + NUMERAL + r")(?:\s*(?:" + _U + r")半?)?[\s，,]*(?:哦不|噢不|呃不|啊不|不对不对|不对)[，,\s]*(?=" + NUMERAL + ")"), ""),)


# A preface that only announces what follows ("店长我跟你说一下…", "嗯那个我说一下…", "跟您讲一声"): left out, so that the clause
# after it is read as said (C16).
_PREFACE = re.compile(r"(?:^|(?<=[，,。！!？?\s]))(?:嗯|喂|那个|店长|老板|姐|妹)*[我俺]?(?:(?:跟|和|给)(?:你|您))?(?:说|讲)(?:一下|一声|个事)(?:啊|哈|呀|哦)?|"
                      r"(?:^|(?<=[，,。！!？?\s]))(?:嗯|喂|那个|店长|老板)*[我俺](?:跟|和)(?:你|您)(?:说|讲)(?:啊|哈|呀|哦)?(?=[\u4e00-\u9fff])")


# A count said twice, as seniors stress it by voice ("改成四袋四袋", "是一箱一箱"): said once (C16).
_SAID_TWICE = re.compile(r"(?P<c>(?:" + NUMERAL + r")\s*" + _U + r")[\s，,]*(?P=c)(?![\u4e00-\u9fff]{0,2}(?:" + NUMERAL + "))")


def said_plainly(text: str) -> str:
    """``text`` as the readers read it: marks, hands and arrows as words, dialect and spoken punctuation put right."""
    text = _MARK.sub(" 取消 ", unquote(text))
    text = _UP.sub("加", text)
    text = _HAND_AFTER.sub(lambda m: "1" if m["h"] == "\u261d" else "2", text)
    text = plain(_ARROW.sub("→", text))  # folded: traditional script ("改做兩盒") read as simplified
    for pattern, fixed in (*SPOKEN_MARKS, *_SAID_SOUTH, *_DIALECT, *_TYPED, *_TYPED_C16, *_TYPED_C18, *_TYPED_C19, _PLUS_ENOUGH):
        text = pattern.sub(fixed, text)
    text = _SAID_TWICE.sub(lambda m: m["c"], text)
    text = _PREFACE.sub("", text)
    return text


# Where voice input runs a new sentence on: after a particle inside it ("车厘子我减一盒啊太贵了"), after a cancel said
# ("我那个嘎啦不要了我闺女说她买了").
_RUN_ON = re.compile(r"(?<=[\u4e00-\u9fff][啊呀呗嘞哦])(?=[\u4e00-\u9fff])|(?<=不要了|取消了|不整了|不买了)(?=[我他她孩娃老家钱])")


def _pieces(text: str) -> list[str]:
    """The message's clauses, squeezed: cut at punctuation, at spaces between words and where voice input runs on."""
    words = plain(text)
    cut = re.split(BREAK.pattern + r"|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|(?<=\d)\s+(?=[\u4e00-\u9fff])(?!" + _U + ")", words)
    return [p for c in cut for q in _RUN_ON.split(c) if (p := squeeze(q))]


# --- guards shared by every mechanism ----------------------------------------------------------------------------------

# Something else changed or cancelled than an order of the store's: an appointment, a parcel, a flight, an event.
ELSEWHERE = re.compile(r"医院|挂号|门诊|体检|预约|淘宝|京东|拼多多|美团|外卖|快递|网购|会员|航班|机票|车票|高铁|火车|酒店|课|活动|报名|名额|"
                       r"年会|会议|开会|晚饭|午饭|羽绒服|外套|聚餐|约会|计划|订阅|续费|合同|保险|衣服|裙子|鞋|颜色|健身|[年月次]卡|会员卡|卡[^，]{0,3}(?:退|取消)|报纸|杂志|闲鱼|二手|"
                       r"博会|展会|展览|演出|比赛|讲座|麻将|包间|包厢|饮茶|早茶")  # C18: a fair, a show, a game, a restaurant's room; C19: yum cha
# The last group-buy, or someone else's words quoted: not this order's change.
_NOT_NOW = re.compile(r"上次|上回|上周|上个月|去年|以前|[:：]\s*[我俺]")
# A question put to the store or the group, beyond a tag asking to confirm ("晓得不", "好伐", "可以吗").
_ASKED = re.compile(r"[?？]|吗|呢|多少|几[份个盒袋箱斤]|什么|怎么|有没有|是不是|[系係](?:咪|唔[系係])|能不能|可不可以|的还是|(?:能|可以|行)[\u4e00-\u9fff]{0,3}不$|"
                    r"(?:" + NUMERAL + ")" + _U + r"还是(?:" + NUMERAL + ")" + _U + r"(?![\u4e00-\u9fff]{0,2}吧)")  # C18: "两份还是三份": a choice asked
_TAG = re.compile(r"(?:晓得不|好伐|伐|好吗|好不好|可以吗|行吗|行不行|可以不|对吧|哈|吧|中不中|中不|得不得|得唔得|成不成|成不)[?？]*$")  # 中不, 得不得: C16


def _asks(pieces: list[str]) -> bool:
    return any(_ASKED.search(_TAG.sub("", p)) for p in pieces)


def _counts(words: str) -> list[re.Match]:
    return [m for m in _COUNT.finditer(words) if number(m["n"]) is not None]


def _amount(match: re.Match) -> int:
    return number(match["n"]) or 0


# --- the mechanisms ------------------------------------------------------------------------------------------------------

# An edit of one's own line: "2→3", "10个→20个"; "3份（原来2份）"; "4份 ← 改了".
_EDIT = re.compile(r"(?P<a>\d{1,3}|" + NUMERAL + r")\s*" + _U + r"?\s*(?:→|->|=>|—>)\s*(?P<b>\d{1,3}|" + NUMERAL + r")\s*" + _U + "?")
_WAS_AFTER = re.compile(r"(?P<b>\d{1,3}|" + NUMERAL + r")\s*" + _U + r"\s*[(（]?\s*(?:原来|原先|之前写的|之前是|之前|本来)\s*(?P<a>\d{1,3}|"
                        + NUMERAL + r")\s*" + _U + r"\s*[)）]?")
_MARKED_EDIT = re.compile(r"(?P<b>\d{1,3}|" + NUMERAL + r")\s*" + _U + r"\s*(?:←|<-)\s*(?:改了|已改|改)")


def _edited(words: str) -> Reading | None:
    found = [m for pattern in (_EDIT, _WAS_AFTER, _MARKED_EDIT) for m in pattern.finditer(words)]
    if len(found) != 1 or found[0].groupdict().get("a") and number(found[0]["a"]) == number(found[0]["b"]):
        return None
    new = number(found[0]["b"])
    return Reading(CHANGE, new) if new and 1 <= new <= intents.MAX_AMOUNT else None


# A kind swapped and the count kept: "饮料换成无糖的 数量不变三箱", "两盒不变", "还是两盒", "都是三盒", "总数不变".
_SWAP = re.compile(r"换成|改成|换回|换(?![个一两三四五六七八九十\d])|改为|变成")
_KEPT = re.compile(r"(?:数量|总数|个数)?不变(?:还是|都是|仍是)?(?P<n>" + NUMERAL + r")" + _U + r"|(?P<m>" + NUMERAL + r")" + _U
                   + r"不变|(?:还是|都是|仍然是|照样|依旧)(?P<k>" + NUMERAL + r")" + _U + r"|(?P<same>(?:数量|总数|个数|份数)(?:不变|一样|照旧))")


def _swapped(words: str, pieces: list[str]) -> Reading | None:
    swap = next((m for m in _SWAP.finditer(words) if not _COUNT.match(words, m.end()) or _kinds_listed(words[m.end():])), None)
    if swap is None or _asks([p for p in pieces if not re.search(r"可以吗|可以不", p)]):
        return None
    before, after = _counts(words[:swap.start()]), _counts(words[swap.end():])
    kept = _KEPT.search(words)
    if kept and (n := kept["n"] or kept["m"] or kept["k"]):
        amount = number(n)
    elif kept:  # "总数不变": the count the swap was made of
        amount = sum(map(_amount, before)) if len(before) == 1 else sum(map(_amount, after)) if len(after) >= 2 else None
    elif _kinds_listed(words[swap.end():]):  # "改成两袋三鲜一袋酸菜的": the kinds, each with its count
        amount = sum(map(_amount, _counts(words[swap.end():].split("，")[0])))
        amount = amount if not before or sum(map(_amount, before)) == amount else None
    elif len(after) == 1 and (not before or _amount(before[0]) == _amount(after[0])) and _names_kind(words[swap.end():swap.end() + after[0].start()]):
        amount = _amount(after[0])  # "把我那份抹茶的换成原味，一份" (C18: the kind read between the swap and its count, not before it)
    elif not after and len(before) == 1 and re.search(r"都" + _SWAP.pattern, words):
        amount = _amount(before[0])  # "饺子两袋都换韭菜的吧"
    else:
        amount = None
    if not amount or not 1 <= amount <= intents.MAX_AMOUNT or not _names_order(words[:swap.start()]):
        return None
    return Reading(CHANGE, amount)


# One kind swapped for another by the same count, each named ("俩斤苹果换俩斤冻柿子", "我那两个油馕换成两个窝窝馕"): the count
# stays her total (C18). A different count ("两盒换三盒") or no kind on either side is left to the readers above.
_LIKE_FOR_LIKE = re.compile(r"^(?:[我俺](?:的|那))?(?P<a>" + NUMERAL + r"|俩|仨)(?P<u>" + _U + r")(?P<x>[\u4e00-\u9fff]{1,6}?)(?:换成|换)"
                            r"(?P<b>" + NUMERAL + r"|俩|仨)(?P=u)(?P<y>[\u4e00-\u9fff]{1,6}?)(?:的)?(?:吧|哈|啊|了)*$")


def _like_for_like(pieces: list[str]) -> Reading | None:
    found = [m for p in pieces if (m := _LIKE_FOR_LIKE.match(p))]
    if len(found) != 1 or len(pieces) > 2 or _asks(pieces) or found[0]["x"] == found[0]["y"] or _NOT_ADDING.search(found[0]["x"]):
        return None
    amount = number(found[0]["a"])
    return Reading(CHANGE, amount) if amount and amount == number(found[0]["b"]) and amount <= intents.MAX_AMOUNT else None


# Two goods ordered in one breath, the second after 再加/再来/再要 ("鸭肠两份再加一包土豆粉", "生蚝三份再要两只白切鸡"): a new order of
# both (C18). The first count is no order of before: nothing marks it so (我那, 原来, 刚才, 订了, 说的), and the second names other goods.
_FIRST_THEN_MORE = re.compile(r"^(?P<x>[\u4e00-\u9fff]{1,6}?)(?P<a>" + NUMERAL + r"|俩|仨)" + _U + r"再(?:加|来|要)(?P<b>" + NUMERAL + r"|俩|仨)"
                              + _U + r"(?P<y>[\u4e00-\u9fff]{1,8})$")
_ORDERED_BEFORE = re.compile(r"[我俺你她他]|那|原来|原先|之前|先前|刚|本来|早上|上午|昨天|订|报|说|要|买|了|一共|总共|的")


def _two_goods(pieces: list[str], rule: Reading) -> Reading | None:
    match = _FIRST_THEN_MORE.match(pieces[0]) if pieces else None
    if match is None or _ORDERED_BEFORE.search(match["x"]) or not GOODS.search(match["x"]) or match["x"] in match["y"] \
            or _COOKED_AFTER.search(match["y"]) or re.search(r"把", pieces[0]) \
            or not all(_is_reason(p) for p in pieces[1:]):
        return None
    amount = (number(match["a"]) or 0) + (number(match["b"]) or 0)
    return Reading(ORDER, amount, item=rule.item) if 0 < amount <= intents.MAX_AMOUNT and number(match["b"]) == rule.amount else None


def _kinds_listed(after: str) -> bool:
    """Counts each with its kind, in the swap's own clause ("两袋三鲜一袋酸菜的", "一个原味一个抹茶"), not one count said
    again or weighed ("两份吧四份", "两份吧 一份不够")."""
    clause = after.split("，")[0]
    counts = _counts(clause)
    between = [clause[a.end():b.start()] for a, b in zip(counts, counts[1:])]
    return len(counts) >= 2 and all(re.fullmatch(r"[\u4e00-\u9fff]{1,6}", w) and not re.search(r"[吧啊呀哈不够]", w) for w in between)


def _names_kind(words: str) -> bool:
    """Words naming a kind or goods, not a count nor a person ("原味", "车厘子", "韭菜的")."""
    kind = re.sub(r"^[了过]", "", words)  # C18: "换了一袋小米" is an exchange done (points for goods), no kind named
    return bool(re.search(r"[\u4e00-\u9fff]", kind)) and not re.search(r"[她他你]", kind)


# What names the order or its goods: "我那三盒草莓", "原来的", "把我那份", "饺子", "猪肉白菜的", "麻辣的".
_ORDER_NAMED = re.compile(r"[我俺](?:的|那|订)|原来|之前|那" + NUMERAL + "?" + _U + r"|的$|味|" + GOODS.pattern
                          + r"|(?:" + NUMERAL + r")" + _U + r"都$")  # "三份都改成生蚝": every portion of hers (C20)


def _names_order(words: str) -> bool:
    return bool(_ORDER_NAMED.search(words) or GOODS.search(words))


# More, and the total it makes: "牛奶加一箱 总数四箱", "再要两份凑个整 一共六份", "+1 more, total 3", "再加两袋 四袋".
_MORE = re.compile(r"(?:再|追加|加购|多|加)(?:给我|给俺|帮我)?(?:要|订|买|拿|来|留|整|弄|搞|上|添|加)?(?P<n>" + NUMERAL + r"|俩|仨)" + _U
                   + r"?|\+\s?(?P<k>\d{1,2})(?!\d)")
_ALL = re.compile(r"(?:一共|总共|总数|总计|共|凑成?|total|即系|即是|就是)(?:要|是|就是)?\s*(?P<n>" + NUMERAL + r")\s*" + _U + "?")


_YES = re.compile(r"(?:是|对|嗯|好|对的|是的|没错)(?:啊|呀|哈)?")


_SAME_AGAIN = re.compile(r"再(?:来|要|加)一样的")  # the same again: no count of its own (C21)


def _more_with_total(words: str, pieces: list[str]) -> Reading | None:
    if len(pieces) > 2 and _YES.fullmatch(pieces[0]):
        pieces = pieces[1:]  # "是 再加一袋 三袋": the staff's question answered first (C19)
        words = "，".join(pieces)
    more = list(_MORE.finditer(words))
    total = list(_ALL.finditer(words))
    again = [m for m in more if _SAME_AGAIN.match(words, m.start())]
    if again and len(more) == 1 and len(total) == 1 and not _asks(pieces) and 0 < (whole := number(total[0]["n"]) or 0) <= intents.MAX_AMOUNT:
        return Reading(CHANGE, whole)  # "再来一样的，一共四袋": the same again, no count of its own: the total (C21)
    more = [m for m in more if m not in again]
    if len(more) != 1 or len(total) > 1 or _asks(pieces):
        return None
    added = number(more[0]["n"] or more[0]["k"])
    if total:
        whole = number(total[0]["n"])
    elif len(pieces) >= 2 and (alone := _COUNT.fullmatch(pieces[-1])) and more[0].end() <= len(words) - len(pieces[-1]):
        whole = _amount(alone)  # "昨天说的鲅鱼饺子两袋 再加两袋 四袋": what it makes, said alone last
        before = _counts(words[:more[0].start()])
        whole = whole if len(before) == 1 and _amount(before[0]) + (added or 0) == whole or not before and len(pieces) == 2 \
            and more[0].end() <= len(pieces[0]) else None  # "礼盒再来一个，两个": the total it makes, said after it (C13)
    else:
        return None
    if not added or not whole or whole <= added or whole > intents.MAX_AMOUNT:
        return None
    return Reading(CHANGE, added, add=True)


# Her count doubled (C13): "三箱翻一番" 6, "燕麦片 double 一下 原来一袋" 2: the new total, twice the one count stated (the
# whole-message check asks it where no count states it). Read where the rules read nothing or took the verb for the goods;
# their own reading ("两袋汤圆 double一下": two more) stands.
_DOUBLE = re.compile(r"翻(?:一|个)?倍|翻一番|加倍|(?<![a-z])double(?![a-z])")


def _doubled(words: str, pieces: list[str]) -> Reading | None:
    counts = _counts(words)
    if not (double := _DOUBLE.search(words)) or len(counts) != 1 or _asks(pieces) or re.search(r"价|钱|元|块|涨|贵|改|一共|总共|变成|工资|奖金", words) \
            or intents.SCORE_KEPT.search(words):
        return None  # "价格翻倍了": the price, not her count
    if counts[0].start() > double.start() and not re.search(r"原来|之前|本来|原先", words[:counts[0].start()]):
        return None  # something else doubled, told before the count she orders; her count doubled is said before the word
    amount = 2 * _amount(counts[0])
    return Reading(CHANGE, amount) if 2 <= amount <= intents.MAX_AMOUNT else None


# What was and what is now: two counts, one marked as the old one ("之前说的两盒不算", "不要三盒了", "我那三袋", "不是三斤",
# "看错成两份了"), the other the new total ("要两盒就行", "留两袋", "实际要五斤", "更正为五盒").
_OLD_BEFORE = re.compile(r"(?:之前|原来|刚才|刚刚|前面|上面|本来|先前|早上|昨天|刚)[^，,。\d一二两三四五六七八九十]{0,6}?(?:说|讲|写|报|订|要|是)(?:了|的)?$|"
                         r"(?:之前|原来|本来|原先)的?$|"
                         r"(?:不要|别|不是|错成|看错成|写成|打成|不用|唔使)(?:给我|帮我)?(?:留|要|订|来)?$|(?:[我俺]那|[我俺]的|[我俺]报的|[我俺]订的|那)$")
_OLD_AFTER = re.compile(r"^(?:的)?(?:不算|作废|不要了|太多|多了|打错|写错|说错|咁多|不对|了(?=，?要)|(?:只|就)?留(?=" + NUMERAL + "))")  # "三箱留两箱就行"
_NEW_BEFORE = re.compile(r"(?:要|只要|就要|实际要|现在要|现在|改成|更正为|改为|留|就|是)$")
_NEW_AFTER = re.compile(r"^(?:就好|就行|就够|够了|就可以|得了|吧|就得了|齐活|正好)|^嘛")  # C16: "…不要两袋了 三袋嘛"
_STEP = re.compile(r"少|减|再|加|\+|-|多来|多要")


def _old_and_new(words: str, pieces: list[str]) -> Reading | None:
    counts = _counts(words)
    if len(counts) != 2 or _asks(pieces) or intents.THEY_SAID.search(words) or re.search(r"[她他](?:也|还)?要|说[她他]|[她他]不要", words):
        return None
    old = [_old(words, m) for m in counts]
    if old.count(True) != 1:
        return None
    new = counts[old.index(False)]
    if _STEP.search(words[max(0, new.start() - 3):new.start()]) or not (_NEW_BEFORE.search(words[:new.start()])
                                                                         or _NEW_AFTER.search(words[new.end():])
                                                                         or re.search(r"更正|纠正|改", words)):
        return None  # "少一根吧": a change by so many (``_among_reasons``)
    amount = _amount(new)
    return Reading(CHANGE, amount) if 1 <= amount <= intents.MAX_AMOUNT else None


def _old(words: str, count: re.Match) -> bool:
    marked = _OLD_BEFORE.search(words[:count.start()])
    before = re.sub(r"[^\d一二两三四五六七八九十，]{0,4}$", "", words[:count.start()]) if not marked else ""
    return bool(marked or _OLD_BEFORE.search(before) and before or _OLD_AFTER.search(words[count.end():]))


# A count of hers put right (C16): a word of her mistake ("打错了", "统计错了", "刚刚算错人数了", "说两份是不对的", "更正一下")
# and one count left that is not the old one, stated as what she wants ("是四份", "改3份", "还是四份吧", "按五份算", "我要L码三包",
# "四根就够"): the new total. Never someone else's mistake (``_COUNT_PUT_RIGHT_ELSE``), a question, a count per head or a price.
_MISTAKE = re.compile(r"(?:打|说|算|写|记|弄|搞|报|填|接|统计|点)错|错了|更正|纠正|说多了|说少了|报多了|报少了|(?:是)?不对的?|^(?:哦|噢|喔|啊|呃|额)?(?:不是|唔系|唔係|不系)(?=，|\d)")  # (p34) "哦唔系 +1就够": her own "no" first
_STATED = re.compile(r"(?:是|要|改成?|按|还是|就|成|留)(?:[a-z]{1,3}码?)?$")
_STATED_AFTER = re.compile(r"^(?:就够|就行|就好|就得了|够了|吧|算|的)")
_BARE_PUT_RIGHT = re.compile(r"(?:^|[，,])是(?P<n>\d{1,2})不是\d{1,3}$|(?:^|[，,])不是\d{1,3}(?:是|而是)(?P<m>\d{1,2})$")


def _put_right(words: str, pieces: list[str]) -> Reading | None:
    warned = all(re.search(r"(?:别|不要)[\u4e00-\u9fff]{0,4}$", words[:m.start()]) for m in _MISTAKE.finditer(words))
    if warned and not re.search(r"改|按[^，]{0,6}算|更正|之前|刚才|原来", words):
        return None  # "我要三袋 别整错了": a warning to the staff, nothing put right
    if not _MISTAKE.search(words) or _asks(pieces) or _COUNT_PUT_RIGHT_ELSE.search(words) \
            or re.search(r"[她他]|每|[块元¥]|一" + _U + "是", words):
        return None
    if not _counts(words) and (bare := _BARE_PUT_RIGHT.search(words)):  # "刚才打错了，是2不是12"
        amount = int(bare["n"] or bare["m"])
        return Reading(CHANGE, amount) if 1 <= amount <= intents.MAX_AMOUNT else None
    said = [m for m in _counts(words) if m["u"] not in "人口位" and not _old(words, m) and not _MISTAKE.match(words[m.end():])
            and not re.search(r"(?:说|讲|写|报|打成|写成)了?[\u4e00-\u9fff]{0,4}$", words[:m.start()])]
    new = [m for m in said if _STATED.search(words[:m.start()]) or _STATED_AFTER.match(words[m.end():])]
    if len(said) != 1 or len(new) != 1 or re.search(r"(?:还|再|多|加|少|减)[要来订加]?$", words[:new[0].start()]):  # "还要一斤": more
        return None
    amount = _amount(new[0])
    return Reading(CHANGE, amount) if 1 <= amount <= intents.MAX_AMOUNT else None


# A part of the order dropped (C16): "两盒里面有一盒不要了", "其中一袋取消".
_PART_DROPPED = re.compile(r"(?:里面?|中间?|之中|其中)(?:有)?(?P<n>" + NUMERAL + r")" + _U + r"(?:就|先)?(?:不要了|不要啦|取消|去掉|退了|退掉|划掉)")


# Whether a cancel can still be had, asked: "现在取消还来得及不", "月饼还来得及取消不" (C16).
_STILL_CANCEL = re.compile(r"(?:取消|退掉?|撤)[\u4e00-\u9fff]{0,3}来得及|来得及[\u4e00-\u9fff]{0,2}(?:取消|退|撤)")


# A cancel said first and alone, her order pointed at after it, as an afterthought ("退了吧 那两份", "不要了 我那两箱",
# "算了 那箱"): her order dropped (C16). Pointed at by 那 or as hers with a unit of goods (never 那个, 那件, 那边: a person,
# clothes, a place), never a product alone ("算了 鸡蛋" may be chat).
_BARE_DROP = re.compile(r"^(?:就|先|还是)?(?:退了|退掉|不要了|不要啦|取消|算了|删了|删掉|划掉|去掉)(?:吧|了|啦|哈|掉)*$")
_POINTED = re.compile(r"^(?:[我俺](?:的|那)|那)(?:" + NUMERAL + ")?(?![个件位次])" + _U + r"(?:" + GOODS.pattern + r")?(?:吧|啊|哈)?$")


def _dropped_then_named(pieces: list[str]) -> Reading | None:
    if len(pieces) != 2 or not _BARE_DROP.match(pieces[0]) or not _POINTED.match(pieces[1]) or _COUNT_PUT_RIGHT_ELSE.search(pieces[1]):
        return None
    return None if _SOMEONE.search(pieces[1]) or ELSEWHERE.search(pieces[1]) else Reading(CANCEL)


# Only so many now: "鱼丸只要一斤了", "鸡蛋只要一份了".
_ONLY_NOW = re.compile(r"^(?P<item>[\u4e00-\u9fff]{0,6}?)(?:我)?(?:就)?只要(?P<n>" + NUMERAL + r")" + _U + r"了$")


def _only_now(pieces: list[str]) -> Reading | None:
    found = [m for p in pieces if (m := _ONLY_NOW.match(p)) and not intents.CONDITION.search(p)]
    if len(found) != 1 or len(pieces) > 2:
        return None
    amount = number(found[0]["n"])
    return Reading(CHANGE, amount) if amount and amount <= intents.MAX_AMOUNT else None


# A change by so many in the verbs members use ("少整一袋", "少给俺来一斤", "豆包减一兜", "再整一根", "再上一份车", "追一单 +1"),
# or a minus after the goods ("巴斯克-1").
_FEWER = re.compile(r"(?:(?<![最至多])少|减|减掉|去掉|拿掉|砍掉?)(?:给[我俺])?(?:要|订|买|拿|来|留|称|整|弄|搞)?(?P<n>" + NUMERAL + r"|俩)" + _U
                    + r"|^(?P<whose>[\u4e00-\u9fff]{0,6})?(?<![要订来买拿留])-(?P<k>\d{1,2})" + _U + "?$")  # "我要-3份": no change
_MORE_ALONE = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}?)?(?:再|(?<![最至百千万十块元])多|追加|加购|补|^添)(?:给[我俺])?(?:要|订|买|拿|来|留|整|弄|搞|上|添|加)?(?P<n>" + NUMERAL
                         + r"|俩)" + _U + r"(?:车)?(?P<post>[\u4e00-\u9fff]{0,6})$|^(?:[\u4e00-\u9fff]{0,6}?(?:那份|那单|名下|这边)(?:也|再|还)?|)加(?P<m>"
                         + NUMERAL + r"|俩)" + _U + r"$|^(?:[\u4e00-\u9fff]{0,4})?(?:再来|再加|加|追|追一单|加购)\s?\+?"
                         r"(?P<k>\d{1,2})$|^(?:再上车|再上)(?P<j>" + NUMERAL + r")" + _U + r"(?P<post2>[\u4e00-\u9fff]{0,6})$")


def _step(piece: str) -> Reading | None:
    piece = _TAG.sub("", piece) or piece  # "再加一盒伐": asked of the staff for her own order
    piece = re.sub(r"(?<=[" + UNITS + r"])[咯啰喽呀啊哦]+$", "", piece)  # "加一份咯": a particle after the count (C19)
    if (each := _EACH_MORE.search(piece)) and _each_adds(each, piece) and (heads := _heads(piece[:each.start()])):
        amount = number(each["n"])  # "我们俩一人再来一袋", "我和我妈各加一份": more for each
        sign = -1 if each["less"] else 1
        return Reading(CHANGE, sign * heads * amount, add=True) if amount and heads * amount <= intents.MAX_AMOUNT else None
    if (alone := re.fullmatch(r"(?:[\u4e00-\u9fff]{0,6}?(?:那份|那单|的))?(?:减|少)(?P<k>\d{1,2}|[一两二三])", piece)) and (amount := number(alone["k"])):
        return Reading(CHANGE, -amount, add=True)  # "减1"; "我那份减一" (C16)
    if _ASKED.search(piece) or intents.LIMIT.search(piece) or _STILL.search(piece) or re.search(r"(?:能|可以).*不$", piece):
        return None  # "鞋垫多少一双", "一人最多三份": a question, a limit
    if (match := _FEWER.search(piece)) and (not match["whose"] or re.search(r"[我俺]|的|那", match["whose"]) or GOODS.search(match["whose"])):
        amount = number(match["n"] or match["k"])
        return Reading(CHANGE, -amount, add=True) if amount else None
    post = _PUT_ON_MINE.sub("", (match := _MORE_ALONE.search(piece)) and (match["post"] or match["post2"]) or "")
    if match and intents.is_item(post):  # "多加一份算我这": on her order
        amount = number(match["n"] or match["k"] or match["j"] or match["m"])
        return Reading(CHANGE, amount, add=True) if amount else None
    return _added_to_hers(piece) or _gave_more(piece)


# More put on her order with a bare 加 (C18): the staff asked to give ("给我加一箱", "帮俺加两袋"), her order named ("我的鱼糕加两份",
# "我那个加一盒") or her goods ("米粉加一袋咯"). Never a cooking step or someone's wish ("吃粉要加两个蛋", "水开了加一碗凉水").
_ADDED = re.compile(r"^(?P<whose>(?:给|帮)[我俺]|[\u4e00-\u9fff]{1,8}?)加(?P<n>" + NUMERAL + r"|俩)" + _U + r"(?P<post>[\u4e00-\u9fff]{0,6}?)"
                    r"[咯啰哇嘛呀啊哦喔噢]*$")
_NOT_ADDING = re.compile(r"要|吃|放|煮|烧|炒|蒸|炖|水|汤|锅|说|想|能|可以|如果|[她他你]|[里上中内]$")  # "面里加两个蛋": where it goes
_COOKED_AFTER = re.compile(r"炖|煎|拌|泡|煲|熬|焖|煮|炒|蒸|烧|放|吃|做")  # "排骨加两斤土豆炖": what the goods are cooked with


def _added_to_hers(piece: str) -> Reading | None:
    match = _ADDED.match(piece)
    if match is None or _NOT_ADDING.search(match["whose"]) or _COOKED_AFTER.search(match["post"]) or not intents.is_item(match["post"]) \
            or re.search(r"加\S{1,2}把", piece):  # "排骨加两斤土豆炖", "加一把葱": a recipe
        return None
    whose = match["whose"]
    if not (re.fullmatch(r"(?:给|帮)[我俺]", whose) or re.match(r"[我俺](?:的|那)", whose) or GOODS.search(whose)):
        return None
    amount = number(match["n"])
    return Reading(CHANGE, amount, add=True) if amount and amount <= intents.MAX_AMOUNT else None


# More (or fewer) for each of several: "一人再来一袋", "每人加一个", "各加一份", "各减一盒".
_EACH_MORE = re.compile(r"(?:一人|每人|每个人|各)(?P<more>再|都)?(?:(?P<less>减|少)(?:要|订|来)?|加|添|(?P<plain>来|要))(?P<n>" + NUMERAL + r")" + _U + "$")
# A word of an order she has already, beside "各要"/"一人来": without one, a count each is a new order, not more.
_EARLIER_ORDER = re.compile(r"再|还|也|又|多|追加|之前|原来|刚才|已经|[我俺](?:的|那)|订的|报的|接龙")


def _each_adds(each: re.Match, said: str) -> bool:
    """Whether a count each (``_EACH_MORE``'s) changes her order: "各加一份", "一人再来一袋", "各减一盒"; "各要一盒" only
    beside a word of the order she has."""
    return not each["plain"] or each["more"] == "再" or bool(_EARLIER_ORDER.search(said))


def _heads(who: str) -> int:
    """How many people ``who`` names: "我们俩人" 2, "我家仨人" 3, "我和我妈" 2 (0: none said)."""
    if match := re.search(r"(?P<n>" + NUMERAL + r"|俩|仨)(?:个)?(?:人|口)", who) or re.search(r"(?P<n>俩|仨)", who):
        return number(match["n"]) or 0
    if not re.search(r"[和跟、]", who):
        return 0
    return intents.persons_for(who)


# A reason beside a change or a cancel: no order of its own, no question, nobody addressed or talked over with, nothing
# given away. A count may stand in it when it tells what is at home or came by other means ("屋头还有两袋", "老家寄来一箱").
_NOT_A_REASON = re.compile(r"你(?!们?帮我|们?给我|添麻烦|了)|[她他]们|谁|" + intents.SUPPOSING + r"|的话|考虑|想想|看看|再说|可能|也许|不一定|还要|再要|也要|还想|"
                           r"要不|送人|送给|给你(?!添)")
# Clauses that say nothing of the order (C13): a greeting to the staff by name ("姑娘你好", "你好店长"), who she is ("我是
# 九号楼的王大爷", "我就是老郑"), the matter settled ("就这么定了", "不改了", "你记一下").
_NEUTRAL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:你好|您好)[\u4e00-\u9fff]{0,3}|(?:你好|您好)(?:呀|啊)?|(?:喂)?[我俺](?:就)?是[\u4e00-\u9fff\d]{1,12}?(?:啊|呀)?|"
                      r"(?:就这么定了|就这样(?:吧|了)?|定了|不改了|不谈了|不变了|(?:你|您|麻烦)?(?:帮我)?记(?:一下|下)(?:哈|啊|吧)?)(?:不谈了|不改了|哈|啊|吧)*")
_PLENTY = re.compile(r"多[的得]是")  # "家里多的是": plenty at home, no extras offered (C16)
_HAVE_ENOUGH = re.compile(_PLENTY.pattern + r"|还有|还剩|寄来|寄了|发了|送了|买了|买过|订了|订过|带了|自己买|(?:拿|带|送|捎)(?:回)?来")


def _neutral(piece: str) -> bool:
    """A clause of ``_NEUTRAL``'s, holding no word of the order's ("你好改两盒", "我是不要了" say something of it)."""
    return bool(_NEUTRAL.fullmatch(piece)) and not _ORDER_TALK.search(piece) and not _counts(piece)


_ORDER_TALK = re.compile(r"改(?!了)|取消|要|订|退|撤|删|划|去掉")


def _is_reason(piece: str) -> bool:
    if is_courtesy(piece) or intents._ADDRESS.match(piece) or _neutral(piece):
        return True
    if _NOT_A_REASON.search(piece) or _ASKED.search(_TAG.sub("", piece)) or intents.OFFER.search(_PLENTY.sub("", piece)):
        return False
    return not _counts(piece) and not re.search(r"\d", piece) or bool(_HAVE_ENOUGH.search(piece) or _WHAT_WAS.search(piece)
                                                                    or _ALONE.search(piece))


_ALONE = re.compile(r"(?:就|只有|只剩)[我俺](?:一个人?|自己)")  # "家里就我一个": who is at home, no count of goods (C13)


# The order as it stands, named beside its change or cancel: "我报了两根", "我接龙写了一盒月饼", "我说的那一份", "我那两箱".
_WHAT_WAS = re.compile(r"(?:接龙|[我俺])(?:里)?(?:写了|报了|订了|要了|是)|^[我俺]?(?:说的|订的|报的|要的|的)?(?:那|这)" + NUMERAL + "?" + _U
                       + r"[\u4e00-\u9fff]{0,4}$|^[我俺](?:的|那)[\u4e00-\u9fff\d]{0,6}$")


# The household wanting more, the member putting it on her order: "婆婆说她也要一份，加上", "邻居也要一箱，记我这加一箱".
_PUT_ON_MINE = re.compile(r"^[我俺](?:那里|这里|那儿|这儿|这边|那边|头上)(?=再?加)|^(?:就)?(?:(?:(?:给|帮)[我俺])?再?(?:加上|记上)|记我这里?|算我的|算我这里?|记我名下|加在我这里?)|(?:算|记|加)(?:在)?(?:我|俺)(?:这里?|的|名下|头上)$")


def _step_among_reasons(pieces: list[str]) -> Reading | None:
    steps = [(p, r) for p in pieces if (r := _step(p)) is not None]
    if len(steps) != 1 or len(pieces) > 5 or any(intents.CONDITION.search(p) for p in pieces):
        return None
    rest = [p for p in pieces if p != steps[0][0]]
    left = r"^(?:就|只)?要" + NUMERAL + _U + "$|^(?:一共|总共)"  # "少给俺来一斤 就要二斤": the total it leaves
    if not all(_is_reason(p) or re.search(r"(?:也|还)想(?:吃|要)$|也要$|也爱吃$|" + left, p) for p in rest):
        return None
    return steps[0][1]


# Someone else wanting some too, her count said or not (C16): "同事也要", "老者说还要", "婆婆也要一盒"; and the words that put the
# step on the member's order ("帮我加一份", "给我们办公室加一份", "我这边加一份").
# C19: her goods after the count ("我姐说她也要一箱奶"), 又 for 也, someone unnamed ("班上又有人要"), 讲 for 说.
_SOMEONE_WANTS = re.compile(r"(?![我俺](?:说|讲)?(?:也|还|又))[\u4e00-\u9fff]{1,6}?(?:说|讲)?(?:也|还|又)(?:说|讲)?(?:有人)?(?:想)?要(?:(?P<n>" + NUMERAL + r")" + _U
                            + "(?:" + GOODS.pattern + r")?|俩|仨)?(?:了|呢|哈)?")
_FOR_ME = re.compile(r"^(?:帮|给|替)(?:我们?|俺)(?:[\u4e00-\u9fff]{0,3}?(?=加|再))?|^[我俺](?:这边|这里|这)(?=加|再)")


# C22: someone of her household or circle named bare before 要 ("婆婆要两份，我那里加两份"): their wish, put on her order by the step.
_KIN_WANTS = r"(?:" + HOME + "|" + KIN_CALLED + r"|婆婆|公公|同事|邻居|室友|朋友)"
# C22: a step, then whom it is for ("我再+1 给亲家也捎一份", "我还要一本，给侄儿也买一本") or the same step said again ("还是要多一份，加一袋"):
# one step, not two portions.
_FOR_WHOM = re.compile(r"^(?:给|帮|替)[^，,。\s]{1,6}?(?:也|都)?(?:买|捎|带|订|要|留|拿|来)(?P<n>" + NUMERAL + r")" + _U + r"$")


def _step_explained(pieces: list[str]) -> Reading | None:
    """A step on her order followed by whom it is for, or by the same step again: that one step (C22)."""
    if len(pieces) != 2 or (step := _step(pieces[0])) is None or not step.add or step.amount <= 0:
        return None
    if (whom := _FOR_WHOM.match(pieces[1])) and number(whom["n"]) == step.amount:
        return step
    again = _step(pieces[1])
    return step if again is not None and again.add and again.amount == step.amount else None


def _also_wants(pieces: list[str]) -> Reading | None:
    """"婆婆说她也要一份，加上": someone of the household wants so many too, put on the member's order."""
    pieces = [p for p in pieces if not re.fullmatch(r"刚?(?:问了|问过)[\u4e00-\u9fff]{1,4}", p)]  # "刚问了邻居": who was asked
    pieces = [p for p in pieces if not re.search(r"不会(?:用|打字|接龙)", p)]  # "李奶奶不会用微信": why the member orders for her
    pieces = [p for p in pieces if not re.fullmatch(r"[我俺](?:跟|和|问)[\u4e00-\u9fff]{1,4}说了", p)]  # "我跟对门说了": who was told (C16)
    for first, then in (pieces, pieces[::-1]) if len(pieces) == 2 else ():  # C19: the step first ("再多来一箱吧，单位又有人要")
        if (wish := _SOMEONE_WANTS.fullmatch(first)) and (step := _step(_FOR_ME.sub("", then))) is not None \
                and step.add and step.amount > 0 and (not wish["n"] or number(wish["n"]) == step.amount):
            return step  # "邻居也想要 帮我加一份", "老头子说还要，加两份": someone wants some too, the step put on her order (C16)
    if len(pieces) != 2 or not (want := re.search(r"^(?:[我俺]家?)?" + _KIN_WANTS + r"(?:要|想要)(?P<n4>" + NUMERAL + r")" + _U + r"$|(?:也|还|想)(?:要|想要)(?:(?P<n>" + NUMERAL + r")" + _U + r"|(?P<n3>俩|仨))$|(?:帮|替)[她他](?:带|订|要|买|拿)(?P<n2>"
                                                  + NUMERAL + r")" + _U + "$", pieces[0])):  # C21: "她也要俩 算我这"
        return None
    amount = number(want["n"] or want["n2"] or want["n3"] or want["n4"])
    step = _step(_PUT_ON_MINE.sub("", pieces[1]) or "x")
    if not (_PUT_ON_MINE.search(pieces[1]) and (step is None or step.amount == amount) or step and step.add and step.amount == amount):
        return None  # "婆婆也要一罐，奶粉再加一罐": her share, the addition
    return Reading(CHANGE, amount, add=True) if amount and amount <= intents.MAX_AMOUNT else None


# A cancel of the member's order said among reasons, its goods or the order named ("提拉米苏我退了 真的要控糖了", "沙拉不要了
# 打工人今天要吃顿好的", "底料不要了 屋头还有两袋", "橘子那单撤回，钱包瘪了", "我那两箱给我砍了吧").
_DROP = re.compile(r"不要了|不要啦|不想要了|取消|退了|退掉|撤回|撤了|撤掉|划掉|划了|砍了|删掉|删了|去掉|拿掉|作废|不整了|"
                   r"(?<=[给帮])(?:[我俺])?去了|(?<=那[箱盒袋份捆斤包瓶罐提桶])去了(?=吧|$)")  # "恁给俺去了吧": struck off, asked of the staff (C13);
# "橙子那箱去了吧": the share pointed at, taken off (C19)
_DROP_CLAUSE = re.compile(r"^(?P<whose>[\u4e00-\u9fff\d]{0,10}?)(?:就|也|都|先|还是)*(?:[你您]?给我|[你您]?帮我|(?P<me>我|俺))?(?:就|也|都|先|还是)*(?:" + _DROP.pattern + r")(?:吧|了|啦|哈|掉|一下)*$|"
                          r"^(?:帮我|给我|麻烦)?(?:取消|删掉|划掉|去掉)(?P<what>[\u4e00-\u9fff]{1,8})$|"
                          r"^(?:帮|替)(?P<for>[\u4e00-\u9fff]{1,5}?)(?:取消|删掉|划掉|去掉)(?:一下)?(?P<what2>[\u4e00-\u9fff]{0,8})$")
_OWN_ORDER = re.compile(r"[我俺](?:们)?(?:家)?(?:的|那|订的|报的)|下的单|[我俺].{0,6}(?:那份|那单|那条|那行)|^那" + NUMERAL + "?" + _U
                        + "|那单|订单|这单|接龙|团购|" + GOODS.pattern)
_SOMEONE = re.compile(r"[她他]|妈|爸|婆婆|公公|老公|老婆|阿姨|奶奶|爷爷|大爷|嬢嬢|叔|姐|哥|邻居|同事|朋友")
# Passing on someone's cancel: "托我说", "让我转告", "替我老公说一下", "我替我婆婆取消".
_RELAY = re.compile(r"托[我俺](?:说|讲|转告|告诉)|让[我俺](?:说|讲|转告|告诉|跟)|转告|替[\u4e00-\u9fff]{1,5}?(?:说|讲|取消)|帮[\u4e00-\u9fff]{1,5}?取消")


def _cancel_among_reasons(pieces: list[str]) -> Reading | None:
    drops = [(p, m) for p in pieces if (m := _DROP_CLAUSE.match(p))]
    if len(drops) != 1 or len(pieces) > 5 or _asks(pieces) or any(intents.CONDITION.search(p) for p in pieces):
        return None
    clause, match = drops[0]
    whose = match["whose"] or match["what"] or ""
    relayed = any(_RELAY.search(p) for p in pieces)
    rest = [p for p in pieces if p != clause and not (relayed and _RELAY.search(p))]
    if (kept := [p for p in rest if _KEEPS.search(p)]) and not relayed and not ELSEWHERE.search("".join(pieces)) \
            and (re.search(r"[我俺]|的", "".join(kept)) or GOODS.search("".join(kept))) and all(p in kept or _is_reason(p) for p in rest):
        share = _counts(clause)  # "腊肠不变 熏肉那两斤去掉", "隔壁那两盒取消 我的一盒留着": that share fewer, the rest kept
        fewer = _amount(share[0]) if len(share) == 1 else 1  # a share of no stated size: one portion, asked
        one = not share and re.search(r"那(?![个件位次份])" + _U, clause)  # "橙子那箱去了吧": that one box; 那份 a share of any size (C19)
        return Reading(CHANGE, -fewer, add=True, sure=len(share) == 1 or bool(one)) if len(kept) == 1 and fewer else None
    bare = not whose and not match["what2"] and len(rest) >= 2 and any(re.search(r"[我俺]|家", p) for p in rest)
    bought = [p for p in rest if intents.BOUGHT_THERE.search(p)]  # "我在拼多多上买了，取消哈": the goods got elsewhere, why (C21)
    bare = bare or bool(bought) and not match["what2"] and re.fullmatch(r"(?:这边|这里|[我俺]这边?)?", whose) is not None
    if ELSEWHERE.search("".join(p for p in pieces if p not in bought)) or not _OWN_ORDER.search(whose) and not relayed \
            and not (match["me"] and not _FILLER.sub("", whose)) and not bare:  # bare: "老伴住院了 就我一个 吃不了 取消" (C13)
        return None  # "这个尺码我不要了": a thing named that is no order
    someone = _SOMEONE.search(whose) or any(_SOMEONE.match(p) and re.search(r"说|讲", p) for p in rest)
    if not all(_is_reason(p) or re.search(r"^[她他](?:说)?(?:不要了|不吃|自己)", p) for p in rest):
        return None
    if someone and not relayed and not re.search(r"那" + NUMERAL + "?" + _U + r"|那单|订的|要的|的那", whose):
        return None  # "小林把她的车厘子取消了 说太贵": someone's doing told, no share of the member's named
    return Reading(CANCEL, sure=relayed or not someone)


_FILLER = re.compile(r"那个|这个|那|就|算了|还是|先|也|全|都")
# The rest of the order kept beside a share dropped: "我的留着", "香肠不变", "红肠还要", "汤圆照旧".
_KEEPS = re.compile(r"(?:不变|照旧|照样|留着|还要|继续要?|不动)$|^[\u4e00-\u9fff]{0,6}(?:还要|照旧|不变)")


# The store's state asked first, the change meant if it can be had: "截单了没 没截的话再加一份", "还能加吗 能的话给我加上",
# "红肠还有吗 有就再给我一根", "是不是截单了？没截的话我那份汤圆就不要了".
_STATE_ASKED = re.compile(r"截单|截止|还能|还可以|还有|来得及|还够")
_AT_HOME = re.compile(r"家|冰箱|看看|屋")  # "看看家里还有没有，有的话就不要了": her own stock, not the store's
# "If so", said after the question (C24: one table for both readers below).
_IF_SO = re.compile(r"^(?:没截(?:单|止)?|还能|能|可以|行|有|还有|够|来得及)(?:改|加|取消|退)?(?:的话)?(?:就|那就|那)?")


def _if_store_can(pieces: list[str]) -> Reading | None:
    at = next((i for i, p in enumerate(pieces[1:], 1) if (so := _IF_SO.match(p)) and so.end() and _STATE_ASKED.search(pieces[i - 1])
               and not _AT_HOME.search(pieces[i - 1])), None)
    if at is None or at != len(pieces) - 1 and not all(is_courtesy(p) for p in pieces[at + 1:]):
        return None
    rest = _IF_SO.sub("", pieces[at])
    if re.fullmatch(r"(?:给我|帮我)?(?:加上?|加吧|要|来|改)|", rest):
        rest = re.sub(r"[吗么呢不]+$", "", _TAG.sub("", re.sub(r"^[\u4e00-\u9fff]{0,4}?(?:还能|还可以)", "", pieces[at - 1])))  # "还能再加一份吗 能的话给我加": the change asked
    reading = intents.read_order(rest)
    if reading is None or reading.intent == ORDER:
        reading = _step(rest)  # "还能加两箱吗 能的话给我加上": more, asked of the store first (not "+2" ordered)
    if reading is None or reading.intent not in (CHANGE, CANCEL):
        return None
    return replace(reading, sure=True)


def _gave_more(piece: str) -> Reading | None:
    """"再给我一根", "给我加上": more asked for by giving, the count or one."""
    if match := re.fullmatch(r"(?:就)?再给[我俺](?P<n>" + NUMERAL + r")" + _U, piece):
        amount = number(match["n"])
        return Reading(CHANGE, amount, add=True) if amount else None
    return None


# A decline with the need met ("馒头就不订了 控糖", "这回就不买了 屋里还剩好多", "这次就不要了，上次的还没吃完"): not ordering
# this time. A decline that undoes (不要了, 取消) or names the order (我那份) stays a cancel.
_DECLINES = re.compile(r"不(?:订|定|买|拍)了?")
_NEED_MET = re.compile(r"还有|还剩|还没吃完|没吃完|订过|买过|已经订|已经买|控糖|减肥|不爱吃|吃不惯|"
                       r"堆满|自己(?:包|做|种|蒸|腌|灌)|在[\u4e00-\u9fff]{0,6}订了|[恁你]们买|"  # C18: it came by other means, from
                       # someone or as goods ("老家寄了一箱"), not "上次拉了肚子", "寄了一个礼拜才到"
                       r"(?:家|亲戚|朋友|妈|爸|女儿|闺女|儿子|同事|邻居|单位|公司|婆|姐|哥|弟|妹|姨|舅|叔|他|她)[\u4e00-\u9fff]{0,3}?(?:拉|寄|送|捎)了|"
                       r"(?:拉|寄|送|捎)了(?:好多|不少|很多|一大?堆|(?:" + NUMERAL + r")[箱袋盒斤包件筐些兜车])")
_UNDOES = re.compile(r"不要|取消|删|退|撤|划|作废|去掉|[我俺](?:的|那|订)|那单|刚才|算了|商量")


def _declined_not_cancelled(words: str) -> bool:
    return bool(_DECLINES.search(words)) and bool(_NEED_MET.search(words)) and not _UNDOES.search(words)


# Her own cancel said firmly beside the question whether she still may ("我那份还能取消吗 不想要了"): meant.
_FIRM = re.compile(r"^(?:[我俺](?:那|的)?(?:" + NUMERAL + ")?" + _U + r"?)?(?:真的?|实在)?(?:不想要了|不要了|不要啦)$")  # C16: "我那两份不想要了"
# A cancel asked of the staff, her order named or the staff asked to do it ("可以把我的汤圆删掉吗", "麻烦帮我取消一下好吗",
# "我订的吐司可以取消不"): the request acted on, as the rules act on "能帮我把订单取消一下吗"; whether one still may is asked.
_REQUEST = re.compile(r"^(?P<what>[\u4e00-\u9fff]{0,10}?)(?:能不能|可不可以|能否|可以|能|麻烦|(?=[你您](?:帮|给)我把))(?:你|您|店长|老板|团长|群主)?(?P<help>帮我|给我|帮忙)?(?:把)?"
                      r"(?P<what2>[\u4e00-\u9fff]{0,8}?)(?:取消|删掉|删了|划掉|划了|去掉|拿掉|退掉|撤了|撤掉|不要了|[撤删](?=不))(?:一下|下|了)?(?:吗|不|好吗|么|啊|嘛|呀|哈|咯)*$")
_STILL = re.compile(r"还(?:能|可以)|万一|如果|要是|到时|来得及")
# The line pointed at and said to be hers: "8号那个王姐的取消 就是我", "第九条是我 麻烦删一下".
_IS_ME = re.compile(r"(?:就|那个)?是我(?:的)?$|^(?:[\u4e00-\u9fff\d]{0,8}?)(?:是我)")


# Words the rules took for the product that name none: a unit, a particle, a sign, a verb of more.
_NO_ITEM = re.compile(r"^(?:" + _U + r"|[嘎撒噻嘛呗哈咯嘞哟嗷啵哒喔噢哦啊呀吧了的啰喽咧]+)$|[+\-\d]|^(?:追|加购?|再|少|多)|"
                      r"^(?:车|中不中?|得不得|成不)$|"  # C16: "再上一份车" (the bus of the group-buy), Henan 中不 (OK?)
                      r"^几" + _U + r"(?:统统|通通|全都|全部|都|全)?$")  # C20: "我那几箱全部不要了": those few, all of them


def _only_one_asked(pieces: list[str]) -> bool:
    """One clause asks the staff to drop the order, every other only says why or greets (C13: "店长实在不好意思，我昨天订的
    两袋汤圆能不能取消啊，家里临时有事要回老家，给你添麻烦了")."""
    asked = [p for p in pieces if _REQUEST.match(p)]
    return len(asked) == 1 and all(p in asked or _is_reason(p) for p in pieces)


def _asked_firmly(pieces: list[str], rule: Reading | None) -> Reading | None:
    """``rule`` (an unsure cancel) made sure, or, with ``rule`` None, a cancel the rules missed: asked of the staff, or a
    line pointed at and said to be hers."""
    words = "".join(pieces)
    if rule is not None and (rule.intent != CANCEL or rule.sure) or ELSEWHERE.search(words) or intents.ELSEWHERE.search(words):
        return None
    if rule is not None and any(_FIRM.match(p) for p in pieces) and any(_ASKED.search(p) or _STILL.search(p) for p in pieces) \
            and not any(intents.CONDITION.search(p) for p in pieces):
        return replace(rule, sure=True)  # the doubt was her question, answered by herself (not "不要了 下次看看")
    if any(_IS_ME.search(p) for p in pieces) and _DROP.search(words) and re.search(r"第|[号条行]", words) and not _asks(pieces):
        return Reading(CANCEL)
    rule = rule or Reading(CANCEL, sure=False)
    asked = [m for p in pieces if (m := _REQUEST.match(_TAG.sub("", p) if p.endswith("好吗") else p))]
    if len(asked) != 1 or any(_STILL.search(p) for p in pieces):
        return None
    named = asked[0]["help"] or any(_OWN_ORDER.search(p) for p in pieces)
    return replace(rule, sure=True) if named and not _SOMEONE.search(asked[0]["what"] + asked[0]["what2"]) else None


# Product words of a change or a cancel made only of words that name no thing (C16): adverbs and modals (只能, 还是, 刚, 先), her
# own pronouns (俺, 额; never 你, 她, 他: "她不要了" is someone else's word), the verbs of ordering and saying (报, 订, 留, 说, 是), 舍不得 and 想来想去: the cancel is of her order.
# Still weighing it ("买还是不买", "要不要呢", "纠结"): no decision, whatever the rules took for a cancel.
_UNDECIDED = re.compile(r"([\u4e00-\u9fff]{1,2})还是不\1|([\u4e00-\u9fff])不\2|纠结|犹豫")
# C18: 在 (where: "我在接龙里那行删了吧"), Cantonese 啲 and 些 (those: "我订嗰啲全部取消"), 舍不 with its 得 read apart.
_ONLY_FUNCTION = re.compile(r"(?:[只就还也都先再刚才又却但是而且能得会来去我恁俺额阮咱们的了吧呢啊呀哈唉那这个说讲报订要留给帮把算在啲些]|舍不得?)+")  # never 不 or 没 alone


# Something named after the cancel that is no order ("公司取消了团建", "默默取消了晚饭"): another plan dropped, told.
_DROPPED_THING = re.compile(r"(?:取消|撤销|撤)了(?P<thing>[\u4e00-\u9fff]{2,6})")


def _dropped_else(words: str) -> bool:
    thing = _DROPPED_THING.search(words)
    return bool(thing) and (not _OWN_ORDER.search(thing["thing"]) and not re.match(r"[吧啊呀哈啦]|我|那|这|订|吗|撤|取消", thing["thing"])
                            or bool(ELSEWHERE.search(thing["thing"])))  # "取消了订的包间": what was booked elsewhere (C19)


_STEP_VERB = re.compile(r"少|减|再|多|加")  # a change's verb the rules may take for the product ("少整一袋")


# Words the rules took for a cancel's product that name her order as a whole or its place on the list (C12): "两样", "几样",
# "全部", "接龙上", "那行", "转过钱的", a greeting or English before the verb ("团长 my order").
_NO_GOODS_ITEM = re.compile(r"^(?:[几两三四五全]?样|全部|所有|都|上|行|条|这边|那边|这单|那单|订单)$|^(?:这次|这回|本次|今天|这期|这一期)?的?(?:团购|订单|单子|接龙)$|^[我俺]?(?:转|付|交)(?:过|了)钱的?$|"
                            r"^(?:团长|店长|老板)?(?:my)?order$|^(?:群助手|小助手|助手|群主|管理员?)$", re.I)
# What is dropped, when the word just before the verb (its head, pronouns and particles aside) is no goods of the store's:
# a card, a newspaper, a sticker, a ticket, a meeting or a project ("桶装水的卡我退了", "这个表情包 我不要了").
_OTHER_HEAD = re.compile(r"(?:卡|表情包?|封面|头像|壁纸|皮肤|主题|铃声|报纸|杂志|票|挂号|预约|会员|" + "|".join(OTHER_THINGS_ENGLISH) + "|" + ELSEWHERE.pattern + r")$", re.I)
_HEAD_TAIL = re.compile(r"(?:[我俺]|我们|就|也|都|先|还是|那个|这个|的|了)+$")
_DROP_VERB = re.compile(r"不要了|不要啦|不想要了|取消|退了|退掉|撤了|撤掉|不订了|不买了|不卖了")
# The message put to a relative at home, by a first clause that only names her ("妈 我不要了 真吃不下了"): not the store.
_KIN_CALLED = re.compile(r"(?:妈|妈妈|爸|爸爸|老妈|老爸|老公|老婆|媳妇|儿子)[呀啊哎]?")  # not 闺女, 姑娘: how seniors call the staff
# A cancel put and denied at once ("取消？不存在的", "不要了？怎么可能").
_DENIED = re.compile(r"(?:取消|不要了?|退)[？?！!，,\s]*(?:不存在|不可能|怎么可能|想得美|没门|才不)")
# Her name or line struck off the list, asked of the staff ("麻烦把我名字去了", "把我从单子上拿掉", "帮我把接龙删了"), or not
# to be counted any more ("别记我了").
_STRUCK = re.compile(r"把(?:[我俺])(?:的)?(?:名字|名)?(?:从[\u4e00-\u9fff]{1,5}?(?:上|里))?(?:划|删|去|拿|勾|撤)(?:掉|了|除)|"
                     r"把(?:[我俺]的?)?(?:接龙|名字)(?:划|删|去|撤)(?:掉|了)|"
                     # O15: not to be counted any more, in northern and south-western words ("别记我了", "莫记我了嘛", "甭算俺了")
                     r"(?:^|，)(?:[\u4e00-\u9fff]{1,6}?(?:那个|那份|就|也))?(?:[你您]|就)?(?:别|莫|甭|不用|不要)再?(?:给我|帮我)?(?:记|算|写)上?[我俺](?:们)?(?:的|那份)?(?:了|啦|咯|哒|喽)|"
                     r"[我俺](?:的|那份|那个)(?:就|也)?(?:别|莫|甭|不用)再?(?:记|算)(?:了|啦|咯|哒|喽)")  # "我那份就莫算哒" (Hunan 哒)


_JOKING = re.compile(r"开玩笑|逗你|骗你")  # "别算我了 开玩笑的": said and taken back
# The order put on someone else's name instead ("别记我了 记我老公名下"): moved, not dropped.
_MOVED = re.compile(r"(?:记|算|写)(?:在|到)?(?![我俺](?:名下|头上))[\u4e00-\u9fff]{1,4}(?:名下|头上)")


def _other_thing_dropped(pieces: list[str]) -> bool:
    for i, piece in enumerate(pieces):
        if verb := _DROP_VERB.search(piece):
            head = _HEAD_TAIL.sub("", piece[:verb.start()]) or (_HEAD_TAIL.sub("", pieces[i - 1]) if i else "")
            if head and _OTHER_HEAD.search(head) and not re.search(r"[我俺](?:的|那|订)|那单|订单", head) or re.search(r"卖家$|商家?$|对方$|客户$", head) \
                    or re.search("(?:" + ELSEWHERE.pattern + r")[\u4e00-\u9fff]{0,2}订单$", head):
                return True  # "boss 说 project 取消"; "茶叶收购商取消订单了", "温泉酒店订单退了": another body's order (C21)
    return False


# Someone else's cancel told as news, heard or seen (C19): "听说老李的饺子不要了", "我看李姐把橙子取消了 不晓得为啥" — not
# "我看我还是不要了" (her own mind), not 好像 or a bare 看 ("看来吃不完了鸡蛋不要了": voice input, her own reason), not "听我妈说她那份不要了" (passed on to the staff: asked, ``others_dropped``).
_TOLD_OF = re.compile(r"^(?:听说|据说|刚看到|我?看(?:到|见)|我?看(?=(?:老|小)?[" + SURNAME + r"](?:姐|哥|姨|叔|婶|嫂|大爷|阿姨|奶奶)|老[" + SURNAME + r"]))(?![我俺]|[\u4e00-\u9fff]{0,6}?说)")


# Another member's offer declined (C19): she is thanked by surname and title ("谢谢李姐 不用了 家里有"), told to keep it
# ("你自己留着吃") or her offer told ("李姐说给我留块蛋糕 不用了"): no order of the store's dropped.
_OFFER_DECLINED = re.compile("谢谢[" + SURNAME + r"](?:姐|哥|姨|叔|婶|嫂|大爷|阿姨|奶奶)|[你您](?:自己)?留着|[她他\u4e00-\u9fff]说(?:要)?给[我俺]留")
# Not when she names her own order ("谢谢王姐 我那两份鸡蛋不要了", "这次的鸡蛋不要了"): a cancel said politely.
_NAMES_HERS = re.compile(r"[我俺](?:的|那|订)|这次的|那份")  # not a bare count: "刘姨说给我留两个馒头 不用了" is her offer
# Dreamt of, not ordered: "鱼糕再来十份，梦里".
_DREAMT = re.compile(r"梦里|做梦|梦中|白日梦")


def _told_of(pieces: list[str]) -> bool:
    return any(_TOLD_OF.match(p) and (_DROP.search(p) or _DROP_VERB.search(p)) for p in pieces)


def _elsewhere_dropped(pieces: list[str]) -> bool:
    """Something else than an order is what is dropped: every clause that drops names it ("我们单位取消了年会"). Where it stands
    only in a reason ("孩子发烧去医院了 取不了 我取消") or another clause drops her share ("部门聚餐取消了，那四份都不要了"), the
    cancel is hers (C16)."""
    drops = [p for p in pieces if _DROP.search(p) or _DROP_VERB.search(p)]
    hers = [p for p in drops if not ELSEWHERE.search(p) and (re.search(r"[我俺]", p) or _OWN_ORDER.search(p))]
    told = [p for p in pieces if p in drops or not intents.BOUGHT_THERE.search(p)]  # "我在拼多多上买了，取消哈": where she got it, a reason (C21)
    return not hers and bool(ELSEWHERE.search("".join(told)))  # "瑜伽课 老师说取消了": the class named first is what is dropped


def _kin_addressed(pieces: list[str]) -> bool:
    return len(pieces) >= 2 and bool(_KIN_CALLED.fullmatch(pieces[0]))


# The line just pasted pointed at and struck: "…芒果2 这行帮我划掉" (C21).
_THIS_LINE_STRUCK = re.compile(r"这一?(?:行|条)(?:帮我|给我|麻烦)?(?:划掉|删掉|去掉|拿掉|取消|划了|删了)")


def _struck_off(pieces: list[str]) -> Reading | None:
    words = "，".join(pieces)
    if not _STRUCK.search(words) or _asks([_TAG.sub("", p) for p in pieces]) or ELSEWHERE.search(words) or intents.CONDITION.search(words) \
            or _JOKING.search(words) or _MOVED.search(words):
        return None
    return Reading(CANCEL)


# People counted in a clause of their own, before "每人加一个" in the next ("我家仨人", "我们四个人").
_HEADS_ALONE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + NUMERAL + r"|俩|仨)(?:个)?(?:人|口)")


def _each_of_heads(pieces: list[str]) -> Reading | None:
    """More or fewer for each of the people counted just before, in the same clause or the one before it ("我家仨人 每人
    加一个" 3, "我跟对门各减一盒" -2)."""
    for i, piece in enumerate(pieces):
        each = _EACH_MORE.search(piece)
        if each is None or not _each_adds(each, "".join(pieces)):
            continue
        alone = i and not each.start() and _HEADS_ALONE.fullmatch(pieces[i - 1])
        heads = _heads(piece[:each.start()]) or (_heads(pieces[i - 1]) if alone else 0)
        amount = number(each["n"])
        if heads and amount and heads * amount <= intents.MAX_AMOUNT:
            return Reading(CHANGE, (-1 if each["less"] else 1) * heads * amount, add=True)
    return None


# Her order changed to a new total, said to the staff as a decision or with a polite tag (C12): "湿巾改成两提好伐",
# "山竹改一盒就得了", "我那个改两盒吧". Whether one still may (还能, 来得及) stays asked; a portion's size, a wish or a
# suggestion (每份, 想, 要不) is no change.
_CHANGED_TO = re.compile(r"^(?P<what>[\u4e00-\u9fff]{0,8}?)(?:改成|改为|改回|改)(?P<n>" + NUMERAL + r")(?P<u>" + _U + r")"
                         r"(?:就得了|就好了|就行了?|就可以了?|好了|吧|好伐|好吗|好不好|行吗|可以吗|哈|啦|了)*$")
_NOT_DECIDED = re.compile(r"还能|还可以|来得及|能不能|可不可以|能否|想|要不|" + intents.SUPPOSING + r"|的话|每份|每盒|每袋|每人|一份是|谁|你们|大家")


def _changed_to(pieces: list[str], rule: Reading | None) -> Reading | None:
    rest = [p for p in pieces if not (is_courtesy(p) or intents._ADDRESS.match(p) or _neutral(p))]
    if len(rest) != 1 or _NOT_DECIDED.search("".join(pieces)) or not (match := _CHANGED_TO.match(rest[0])):
        return None
    what = match["what"]
    if what and not (_names_order(what) or re.search(r"[我俺]|那个|阿拉", what)) or re.search(r"[她他你]", what):
        return None
    amount = number(match["n"])
    if not amount or amount > intents.MAX_AMOUNT or rule is not None and rule.amount != amount:
        return None
    return Reading(CHANGE, amount)


# Someone's share taken off the member's order, the rest kept (C12): "她那两盒不要了，从我这减掉", "婆婆那份不用了 帮我减一下",
# "帮我婆婆订的那份去掉 我的还要". The share's count is said, or none (她那盒: that one box; 那份: a share of any size, asked); the word that it
# comes off her own order, or that hers stays, makes it hers to change.
_FROM_MINE = re.compile(r"(?:从|在)[我俺](?:这|这里|这儿|这边|名下|单子?里?)(?:减|扣|去|拿|划)|帮[我俺](?:减|扣)(?:掉|一下|了)?$|"
                        r"^(?:[我俺]的|[我俺]自己的|[我俺]那份)(?:还要|留着|不变|照旧|照常|继续要?)$")
_SHARE = re.compile(r"那(?P<n>" + NUMERAL + r")?(?P<u>" + _U + r")")


def _share_off(pieces: list[str]) -> Reading | None:
    mine = [p for p in pieces if _FROM_MINE.search(p)]
    shares = [(p, m) for p in pieces if (m := _SHARE.search(p)) and _someone_elses(p[:m.start()])]
    if len(mine) != 1 or len(shares) != 1 or _asks(pieces) or any(intents.CONDITION.search(p) for p in pieces) or len(pieces) > 5:
        return None
    piece, share = shares[0]
    count = number(share["n"]) if share["n"] else 1  # "她那盒", "那份": that one
    rest = [p for p in pieces if p != mine[0] and p != piece]
    agrees = lambda p: (step := _step(p)) is not None and step.amount == -count  # noqa: E731  "奶粉少一罐": the same said
    if not count or count > intents.MAX_AMOUNT or not all(_is_reason(p) or re.match(r"[她他]", p) or agrees(p) for p in rest):
        return None
    if not share["n"] and share["u"] == "份" and not any(agrees(p) for p in rest):
        if re.match(r"[我俺]", mine[0]):
            return None  # "我姐那份不要了 我自己的还要": left to ``_cancel_among_reasons``
        return Reading(CHANGE, -1, add=True, sure=False)  # "从我这减掉" of a share of any size: fewer, asked, never her whole order
    return Reading(CHANGE, -count, add=True)


def _someone_elses(who: str) -> bool:
    """Whether the words before a share ("我妈说她", "帮我婆婆订的", "婆婆") name someone else as its owner, not her."""
    return bool(re.search(r"[她他]$|订的$|要的$", who) or _SOMEONE.search(who)) and not re.search(r"[我俺]的?$", who)


# Only so many kept, the rest dropped: "最后就要两袋，其他的都去掉", "只要一盒 别的不要了".
_ONLY_KEEP = re.compile(r"^(?:最后|最终)?(?:就|只)(?:就|只)?(?:要|留)(?P<n>" + NUMERAL + r")" + _U + r"(?:了|吧)?$|"
                        # C18: so many left, the goods named first ("生蚝剩返两份就得", "橘子留下一箱就行")
                        r"^[\u4e00-\u9fff]{0,6}?(?:剩返|剩下|留下)(?P<m>" + NUMERAL + r")" + _U + r"(?:就(?:得|行|好|够|可以))?(?:了|吧)?$")
_REST_DROPPED = re.compile(intents.THE_REST.pattern + r"(?:吧|了)?$")  # the rules' pattern, the clause ending there (C18)


def _only_these(pieces: list[str]) -> Reading | None:
    if len(pieces) != 2 or not (keep := _ONLY_KEEP.match(pieces[0])) or not _REST_DROPPED.match(pieces[1]):
        return None
    amount = number(keep["n"] or keep["m"])
    return Reading(CHANGE, amount) if amount and amount <= intents.MAX_AMOUNT else None


# One kind or share of her order dropped, the rest kept (C21): with the count kept stated, that count is the new total
# ("鞋垫就不要了，剩下枣子一份" 1, "绘本不要了，苹果泥两盒留着" 2, "我小姑不要了，剩我们家三份" 3); with the count dropped stated
# and the rest said to stay, so many fewer ("鞋垫那一双帮我删了，其他不变" -1). The other clauses only say why or what was ordered.
_KEPT_COUNT = re.compile(r"^(?:只|就)?(?:剩下?|留下?|还剩)(?:[我俺](?:们)?家?的?)?[\u4e00-\u9fff]{0,6}?(?P<n>" + NUMERAL + r")" + _U
                         + r"(?:就行|就够了?|就好|吧)?$|^[\u4e00-\u9fff]{1,6}?(?P<m>" + NUMERAL + r")" + _U + r"(?:留着|还要|照旧|不变)$")
_REST_SAME = re.compile(r"^(?:其他|其余|别的|剩下)的?(?:都|还)?(?:不变|照旧|照常|还要|不动)$")


def _rest_kept(pieces: list[str]) -> Reading | None:
    drops = [p for p in pieces if _DROP.search(p)]
    kept = [m for p in pieces if (m := _KEPT_COUNT.match(p))]
    same = [p for p in pieces if _REST_SAME.match(p)]
    if len(drops) != 1 or len(kept) + len(same) != 1 or len(pieces) > 5 or _asks(pieces) \
            or any(intents.CONDITION.search(p) for p in pieces):
        return None
    if not all(_is_reason(p) for p in pieces if p not in drops and not _KEPT_COUNT.match(p) and p not in same):
        return None
    dropped = _counts(drops[0])
    if kept and not dropped:
        amount = number(kept[0]["n"] or kept[0]["m"]) or 0
        return Reading(CHANGE, amount) if 0 < amount <= intents.MAX_AMOUNT else None
    if same and len(dropped) == 1 and 0 < (fewer := _amount(dropped[0])) <= intents.MAX_AMOUNT:
        return Reading(CHANGE, -fewer, add=True)
    return None


# A count after 是 that is no new total of hers (C12): a unit's size ("一捆是十斤"), a recipe's parts ("是三份鱼肉一份肥膘"),
# someone else's habit or what she thought ("楼上那家一订就是十瓶", "我还以为是24小时"). A word of changing keeps the rules'.
_UNIT_SIZE = re.compile(r"(?:^|[，\s])(?:一|每)" + _U + r"(?:(?:(?!还|就|都|也|不|要)[\u4e00-\u9fff]){1,4}?)?(?:就)?是")  # C18: "一袋饺子是四十个", not "一箱还是两箱"
_NOT_HERS_SAID = re.compile(r"以为|听说|人家|那家|别人|一订就是|一买就是|每次都|总是|"
                            r"(?:去年|前年|上次|上回)[\u4e00-\u9fff]{0,4}是|算算")  # C18: a count of a year ago; still working it out
_CHANGE_SAID = re.compile(r"改|换|更正|纠正|打错|写错|说错|不是|搞错|弄错|看错")
# What so many come to, a price or a sum (C19): "三份是114", "三斤就是114", "三十个人就是六百个".
_COMES_TO = re.compile(r"(?:" + NUMERAL + ")" + _U + r"(?:就|一共|总共)?是\d{2,}(?!\d|\s*" + _U + r")|(?:" + NUMERAL + r")个?人(?:就|一共|总共)?是")


# Someone else's count put right, not hers (C16): the staff's sum ("你算错了吧 总共应该是32份"), another's line ("阿玲姐的应该是
# 三份 我记成两份了"), a price per unit ("砂糖橘是36一箱不是38"), a unit's size with no word of ordering ("一箱是十斤 不是五斤").
_COUNT_PUT_RIGHT_ELSE = re.compile(r"[你您][\u4e00-\u9fff]{0,3}(?:算|记|写|统计|数)错|(?:总共|一共|合计|总数)应该|(?<![我俺])的应该是|记成|"
                                   r"\d{1,4}(?:块|元)?钱?一" + _U + r"(?:不是|[，,\s]|$)")


def _no_new_total(words: str, rule: Reading) -> bool:
    if _COUNT_PUT_RIGHT_ELSE.search(words) or (_UNIT_SIZE.search(words) or _COMES_TO.search(words)) and not re.search(r"改|换|要|订", words):
        return True
    if _CHANGE_SAID.search(words):
        return False
    return bool(_UNIT_SIZE.search(words) or _NOT_HERS_SAID.search(words) or rule.item and _COUNT.search(rule.item))


# A kind declined beside the order of another ("我要两盒大果的，小果不要"): the order, not a cancel. 不要 with no 了.
_KIND_NOT = re.compile(r"^[\u4e00-\u9fff]{1,5}?(?:的)?(?:不要|不用)(?:哈|啊|呀)?$")


def _kind_ordered(piece: str) -> Reading | None:
    """The order beside the kind declined, a tag after it aside; its kind ending in 的 ("我要两盒大果的") read without it (C20)."""
    piece = _TAG.sub("", piece) or piece
    if (whole := intents.read_order(piece)) is not None or (bare := intents.read_order(re.sub(r"的$", "", piece))) is None:
        return whole
    goods = GOODS.search(piece)  # the kind is no product: the goods named beside it are ("苹果我要一箱红的" is 苹果)
    return replace(bare, item=goods.group(0) if goods else "")


def _kind_declined(pieces: list[str]) -> Reading | None:
    declined = [p for p in pieces if _KIND_NOT.match(p) and not re.match(r"[我俺你她他]", p)]
    orders = [r for p in pieces if p not in declined and (r := _kind_ordered(p)) is not None and r.intent == ORDER and r.sure]
    return orders[0] if len(declined) == 1 and len(orders) == 1 and len(pieces) == 2 else None


# One of two goods dropped, the other kept (C20): both named together before ("肥牛卷和宽粉 宽粉那包去掉") or the other kept
# in a clause of its own ("芒果那箱要 椰子两个不要了"): so many fewer — the count of its clause, one share pointed at by its
# unit (那捆), else one asked — not the whole order. 都, 全, 也 or 两样 drop both; a person named is a share, not goods.
_NAMED_DROP = re.compile(r"^(?P<name>[\u4e00-\u9fff]{1,5}?)(?:那|的)?(?P<count>(?:" + NUMERAL + r")?" + _U + r")?(?:就|先|还是)?(?:" + _DROP.pattern + ")")
_KEPT_BESIDE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{1,5}?)(?:那|的)?(?:" + NUMERAL + r")?" + _U + r"?(?:还|照样|照旧)?(?:要|留着?|不变|照旧)(?:的|吧|哈)?$")
_LISTED = re.compile(r"和|跟|、|还有|与|加上")
_BOTH = re.compile(r"都|全|也|两样|一起|所有")
_NO_GOODS_NAME = re.compile(r"[我你您他她俺咱额阮]|那个|这个|其他|其余|剩下|多的|另|" + PERSON.pattern)


def _goods_name(match: re.Match | None) -> str | None:
    return match["name"] if match and not _NO_GOODS_NAME.search(match["name"]) else None


# Kinds of the open goods named by 的 with nothing of an order made before ("红的和白的 白的不要了"): her choice made in this
# message, the other kind ordered — not a share taken off an order she has (C21).
_ORDERED_BEFORE_SAID = re.compile(r"订|报|接龙|之前|原来|刚才|刚刚|早上|昨天|[我俺](?:的|那)|" + NUMERAL)


def _kinds_chosen_now(name: str, others: list[str]) -> bool:
    return len(others) == 1 and bool(re.fullmatch(r"[\u4e00-\u9fff]{1,3}的(?:和|跟|、|还有)" + name + "的", others[0])) \
        and not _ORDERED_BEFORE_SAID.search(others[0])


def _one_of_two_dropped(pieces: list[str]) -> Reading | None:
    drops = [p for p in pieces if _DROP.search(p)]
    if len(drops) != 1 or _BOTH.search(drops[0]) or not (dropped := _NAMED_DROP.match(drops[0])) or not (name := _goods_name(dropped)):
        return None
    others = [p for p in pieces if p != drops[0]]
    listed = any(name in p and _LISTED.search(p) and len(p) > len(name) + 1 for p in others)
    kept = any((other := _goods_name(_KEPT_BESIDE.match(p))) and other != name and GOODS.search(other) for p in others)  # not "本来很想要的"
    if not (listed or kept):
        return None
    if listed and _kinds_chosen_now(name, others):
        return Reading(ORDER, 1, sure=False)  # "红的和白的 白的不要了": two kinds named, one taken back: the other, asked (C21)
    counts = _counts(drops[0])
    fewer = _amount(counts[0]) if len(counts) == 1 else 1 if not counts and dropped["count"] else 0
    item = name if intents.names_item(name, None) else ""  # held against the open product where a list knows it
    if 0 < fewer <= intents.MAX_AMOUNT:
        return Reading(CHANGE, -fewer, add=True, item=item)
    return Reading(CHANGE, -1, add=True, sure=False, item=item)  # "芒果和椰子 椰子不要了": how many of it she had, asked once


def revised(text: str, rule: Reading | None) -> Reading | None:
    """``_revised``; an order whose product words are a change's verb ("现在加一份") stays the rules' when no mechanism reads
    the message (the handler drops it against the open product, as before)."""
    found = _revised(text, rule)
    if found is not None and found.intent == CANCEL and found.sure and (part := _one_of_two_dropped(_pieces(said_plainly(text)))):
        return part
    step_taken = rule is not None and rule.intent == ORDER and _STEP_VERB.match(rule.item)
    return rule if found is None and step_taken else found


# C23: a plus or one more said first, then her order placed before told as why it is more ("➕一份，前面接过龙了", "➕1 再来一个
# 我之前订过了", "➕1️⃣份 我之前有报过"): so many more on hers. Her placing told is no order done and over; not asked
# ("之前报过了吗"), not bought before in another round (买过, 吃过: "+1 之前买过 好吃" is this round's order).
PLUS_FIRST = re.compile(r"^\s*(?:[➕+＋]|再来|再加|再要)\s?(?P<n>[1-9]|[一两二三四五]|俩)(?:\ufe0f?\u20e3)?(?![\d.])")
PLACED_BEFORE = re.compile(r"(?:之前|前面|刚才|已经|早上|昨天)(?:有|也)?(?:已经?)?(?:报|订|接|拍|下单|登记)(?:过|了)")


def _more_after_placed(words: str) -> Reading | None:
    first = PLUS_FIRST.match(words)
    if first is None or not PLACED_BEFORE.search(words[first.end():]) or re.search(r"[?？吗呢]|好吃|不错|新鲜|[甜香]", words) \
            or re.search(r"[他她]|妈|爸|婆|公|姐|哥|妹|弟|爷|奶|姨|叔|婶|同事|邻居|朋友|闺蜜|孩子|娃", words) \
            or len(_pieces(words)) > 3:
        return None
    return Reading(CHANGE, number(first["n"]) or 0, add=True) if number(first["n"]) else None


# C23: leave asked to change her order, then the change said ("还能再加不？加一袋", "还可以加吗，加一包", "现在还能改吗 能改我改成
# 三份", "截单了没？没截的话我加两盒"): the question asks whether it may be done, what follows it does it. Read the act alone,
# its "if so" set aside; only a step on hers (more, fewer, a new total, a cancel), never a new order of someone else.
_LEAVE_ASKED = re.compile(r"(?:现在|这会儿?|今天)?(?:还|仲)?(?:能|可以|来得及|可不可以|能不能|让|给)(?:再)?(?:加|改|减|退|取消|换|添|追加)?(?:单)?[吗么嘛不伐没冇吧啊呀]*"
                          r"|(?:截单|截止|截团|结束)(?:了)?(?:没|吗|么|不|伐|冇)(?:有)?")


def _after_leave_asked(pieces: list[str]) -> Reading | None:
    if len(pieces) < 2 or len(pieces) > 3 or not _LEAVE_ASKED.fullmatch(pieces[0]) or not re.search(r"加|改|减|退|取消|换|添|截", pieces[0]):
        return None
    rest = _IF_SO.sub("", "，".join(pieces[1:]))
    if not rest or re.search(r"[?？吗呢]|[他她]|妈|爸|婆|姐|哥|同事|邻居", rest):
        return None
    act = intents.said_as_added(rest, intents.read_order(rest))  # "加一盒": so many on top of hers (O20)
    if act is None or act.intent == ORDER and not act.add:
        return None
    if act.intent == ORDER:
        return Reading(CHANGE, act.amount, add=True, sure=act.sure)  # "加一盒" after leave asked: more on hers
    return act  # as sure as the act alone reads


def _revised(text: str, rule: Reading | None) -> Reading | None:
    """The rules' reading of ``text`` weighed with the mechanisms above: the shapes that state a change outright (an edit,
    a swap, more with its total, what was and what is) read over any order the rules took from one of its counts; the rest
    read only where the rules are silent or unsure."""
    if len(text) > intents.MAX_READ or intents.REGISTERED.search(squeeze(unquote(text))):
        return rule
    said = said_plainly(text)
    pieces = _pieces(said)
    words = "，".join(pieces)
    if (rule is None or rule.intent == ORDER) and said != plain(unquote(text)) \
            and (again := intents.read_order(said)) is not None and again.intent == CHANGE:
        rule = again  # "我嗰份改返三盒": a change the rules read once the dialect is put in their words (C13)
    elif rule is not None and rule.intent in (CHANGE, CANCEL) and said != plain(unquote(text)) \
            and (again := intents.read_order(said)) is not None and again.intent == rule.intent:
        rule = again  # "额不要咧": the same cancel, its product words no longer the dialect's pronoun (C16)
    if rule is not None and rule.intent == ORDER and re.match(r"不想?要", rule.item):
        rule = Reading(CANCEL, sure=False)  # "我那两份不想要了": the count is what she drops, the product words her not wanting (C16)
    if rule is not None and rule.intent == ORDER and _STEP_VERB.match(rule.item):
        rule = None  # "少整一袋": the verb of a change taken for the product (the rules' reading kept if nothing is found)
    if rule is not None and rule.intent in (CHANGE, CANCEL) and rule.item and (_NO_ITEM.search(rule.item) or not GOODS.search(rule.item)
                                                                             and re.search(r"[您你我他她得及]", rule.item)) \
            and not re.search(r"签|打卡", words):  # "俺前天住院没签 给补一个中不": a sign-in made up for, left as read (C16)
        rule = replace(rule, item="")  # "俺那两箱不要了": a unit, a particle or a verb taken for the product
    if rule is not None and rule.intent in (CHANGE, CANCEL) and rule.item and not GOODS.search(rule.item) and _ONLY_FUNCTION.fullmatch(rule.item) \
            and not _UNDECIDED.search(words):
        rule = replace(rule, item="")  # "舍不得但还是不要了", "刚报的不要了", "恁给俺取消了吧": no word of a thing, only how and who (C16)
    if rule is not None and rule.intent == CANCEL and rule.item and not GOODS.search(rule.item) and _NO_GOODS_ITEM.search(rule.item):
        rule = replace(rule, item="")  # "两样都不要了", "接龙上我那行划掉", "我转过钱的那份取消": her order, no product named
    if (rule is None or not rule.sure) and (act := _after_leave_asked(pieces)) is not None:
        return act  # "还能再加不？加一袋": leave asked, then the step on hers (C23)
    if (rule is None or rule.intent == ORDER and rule.amount > 0 and not rule.add) and (more := _more_after_placed(words)) is not None:
        return more  # "➕一份，前面接过龙了": one more on hers (C23)
    if (rule is None or rule.intent == CANCEL) and _told_of(pieces):
        return None  # "听说老李的饺子不要了 他家出事了": news of someone else's cancel
    if rule is not None and (rule.intent != CHANGE and _OFFER_DECLINED.search(words) and re.search(r"不用|不要", words)
                             and not _NAMES_HERS.search(words)
                             or rule.intent == CHANGE and _DREAMT.search(words)):
        return None  # "谢谢李姐 不用了": a neighbour's offer declined; "再来十份，梦里": a wish
    if rule is not None and rule.intent == CANCEL and (_other_thing_dropped(pieces) or _kin_addressed(pieces) or _DENIED.search(words)):
        return None  # "桶装水的卡我退了", "妈 我不要了 真吃不下了", "取消？不存在的"
    if rule is not None and rule.intent == CHANGE and rule.add and rule.amount > 0 and (both := _two_goods(pieces, rule)) is not None:
        return both  # "鸭肠两份再加一包土豆粉": an order of two goods, not more of one ordered before (C18)
    if rule is not None and rule.intent == CHANGE and not rule.add and rule.sure and _no_new_total(words, rule):
        return None  # "一捆是十斤", "馅是三份鱼肉一份肥膘", "楼上那家一订就是十瓶": a size, a recipe, someone's habit
    if rule is not None and rule.intent == CANCEL and (kept := _kind_declined(pieces)) is not None:
        return kept  # "蓝莓我要两盒大果的哈，小果不要": the kind chosen, the order stands
    if rule is not None and rule.intent == CANCEL and re.search(r"都" + _SWAP.pattern, words) and (swap := _swapped(words, pieces)):
        return swap  # "三份都改成生蚝，鸡不要": every portion swapped, the kind dropped with it (C20)
    if (rule is None or rule.intent == ORDER) and _THIS_LINE_STRUCK.search(words) and not _asks(pieces) and not ELSEWHERE.search(words):
        return Reading(CANCEL)  # "7. 南湖李姐 芒果2 这行帮我划掉": her line pasted, then struck — its count is no order (C21)
    if rule is None and (struck := _struck_off(pieces)) is not None:
        return struck  # "麻烦把我从接龙里删掉"
    if rule is not None and rule.intent == CANCEL and (part := _PART_DROPPED.search(words)) and 0 < (fewer := number(part["n"]) or 0) <= intents.MAX_AMOUNT:
        return Reading(CHANGE, -fewer, add=True)  # "两盒里面有一盒不要了": a part of the order dropped, the rest kept (C16)
    if (share := _share_off(pieces) or _only_these(pieces) or _rest_kept(pieces)) is not None and not _NOT_NOW.search(words):
        return share  # "她那两盒不要了，从我这减掉": -2; "最后就要两袋，其他的都去掉": 2; "绘本不要了，苹果泥两盒留着": 2
    if rule is not None and rule.intent == CANCEL and rule.sure and (_declined_not_cancelled(words) or _dropped_else(words)
                                                                     or _elsewhere_dropped(pieces) and not _OWN_ORDER.search(words)):
        return None  # "这次我就不订了 上次的还有"; "我们单位取消了年会": something else dropped
    if rule is not None and rule.intent == CANCEL and any(_NOT_NOW.search(p) and _DROP.search(p) for p in pieces):
        return None  # "上回那个卤鹅我退了": the last group-buy's, told
    if rule is not None and rule.intent == CHANGE and re.search(r"早知道|早晓得", words):
        return None  # "早知道多要两份了": a regret, nothing changed
    if not pieces or _NOT_NOW.search(words) or intents.POST.search(words) or intents.TALLY.search(words) \
            or intents.LIMIT.search(words):
        return rule
    if rule is not None and rule.intent == CANCEL and not _DROP.search(words) and (fixed := _put_right(words, pieces)) is not None:
        return fixed  # "我的按五份算 别弄错了": 别 warns of a mistake, drops nothing (C16)
    if rule is None or rule.intent != CANCEL or len(_counts(words)) == 2:
        for read in (lambda: _edited(words), lambda: _swapped(words, pieces), lambda: _like_for_like(pieces), lambda: _more_with_total(words, pieces),
                     lambda: _old_and_new(words, pieces), lambda: _put_right(words, pieces), lambda: _only_now(pieces), lambda: _also_wants(pieces), lambda: _step_explained(pieces),
                     lambda: _doubled(words, pieces) if rule is None or rule.intent == ORDER and (_DOUBLE.search(rule.item) or _DOUBLE.search(words)
                                                                                            or re.search(r"原来|之前|本来", words)) else None):
            if (found := read()) is not None:
                return found
    if rule is not None and rule.intent == ORDER and (found := _cancel_among_reasons(pieces) or _step_among_reasons(pieces)) is not None \
            and found.sure and not re.match(r"加", words):  # "加3" is "+3": an order, as the rules read it
        return found  # "苹果那两箱取消吧 亲戚送来一筐": the count is what came; "俺那份少整一袋": the count is fewer
    if rule is not None and rule.intent == CANCEL and (found := _cancel_among_reasons(pieces)) is not None and found.intent == CHANGE:
        return found  # "腊肠不变 熏肉那两斤去掉": one share dropped, the rest kept
    if rule is not None and rule.intent == CHANGE and rule.add and (each := _each_of_heads(pieces)) is not None \
            and abs(each.amount) > abs(rule.amount):
        return each  # "我们四个每人再加一份": 4, not 1
    if rule is not None and rule.intent == CHANGE and not rule.sure and (polite := _changed_to(pieces, rule)) is not None:
        return polite  # "湿巾改成两提好伐": the change asked of the staff, meant
    if rule is None and (found := _changed_to(pieces, None) or (_each_of_heads(pieces) if len(pieces) <= 2 and not _asks(pieces) else None)) is not None:
        return found  # "山竹改一盒就得了"; "我家俩人 每人加一份"
    if rule is None and _STILL_CANCEL.search(words) and (_asks(pieces) or words.endswith("不")) and not _elsewhere_dropped(pieces) and not intents.ELSEWHERE.search(words) \
            and not _SOMEONE.search(words):
        return Reading(CANCEL, sure=False)  # "热干面现在取消还来得及吗": whether she still may, asked once, never silence (C16)
    if rule is None and (found := _dropped_then_named(pieces)) is not None:
        return found  # "退了吧 那两份": the cancel first, what it drops said after it
    if rule is not None and (found := _asked_firmly(pieces, rule)) is not None:
        return found
    if rule is not None and not (rule.intent in (CHANGE, CANCEL) and not rule.sure):
        return rule
    for read in (lambda: _if_store_can(pieces), lambda: _step_among_reasons(pieces), lambda: _cancel_among_reasons(pieces),
                 lambda: _asked_firmly(pieces, None) if len(pieces) <= 3 or len(pieces) <= 5 and _only_one_asked(pieces) else None):
        if (found := read()) is not None:
            return found if rule is None or found.sure else rule
    if rule is None and said != plain(unquote(text)):
        again = intents.read_order(said)  # dialect or a mark put in the readers' words
        if again is not None and again.intent == CANCEL and (_other_thing_dropped(pieces) or _kin_addressed(pieces)):
            return None  # "下午的meeting cancel了"
        return again if again is not None and again.intent in (CHANGE, CANCEL) else None
    return rule
