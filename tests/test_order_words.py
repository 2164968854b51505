"""Order words as members type them (``bot.language.order_words``) and the order shapes of the O5 pass: pinyin, homophones
by sound, words of more and of dropping out, Cantonese word order, a name and a count alone, shares each, thanks and
apologies after a cancel or a minus; each with what must stay chat."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from bot.language.intents import Reading
from bot.language.order_words import as_typed


@pytest.mark.parametrize("text, expected", [
    # pinyin typed for whole words: every syllable a word of an order, units only after a count
    ("wo yao yi fen", Reading("order", 1)), ("yao yi fen xiexie", Reading("order", 1)),
    ("tangyuan liang fen", Reading("order", 2)), ("liang fen tangyuan", Reading("order", 2)),
    ("zai jia 1", Reading("order_change", 1, add=True)), ("shao yao yi fen", Reading("order_change", -1, add=True)),
    ("wo de gai cheng liang fen", Reading("order_change", 2)),
    ("qx", Reading("order_cancel")), ("汤圆 qx", Reading("order_cancel")), ("取xiao", Reading("order_cancel")),
    ("2f 周六zt", Reading("order", 2)),
    # homophones by sound in an order's shape
    ("我要四芬哦", Reading("order", 4)), ("不耀了", Reading("order_cancel")), ("载加一份", Reading("order_change", 1, add=True)),
    ("伊份", Reading("order", 1)), ("我不要了不号意思", Reading("order_cancel")),
    # words of more and of dropping out; Cantonese word order
    ("追一份 哈哈哈", Reading("order_change", 1, add=True)), ("再续一盒，太好吃了", Reading("order_change", 1, add=True)),
    ("加购一份！", Reading("order_change", 1, add=True)), ("汤圆我鸽了 不好意思", Reading("order_cancel")),
    ("我退团", Reading("order_cancel")), ("畀两盒我啊唔该晒", Reading("order", 2)),
    # a name and a count alone: a 接龙 line without its number
    ("阿鑫 3", Reading("order", 3)), ("兰兰 2", Reading("order", 2)), ("老张1份", Reading("order", 1)),
    # shares each, summed over the persons a run of kin words names
    ("我家老大老二一人两份", Reading("order", 4)), ("我和老公各一份，公公婆婆一份，小姑子一份", Reading("order", 4)),
    # thanks or an apology after a cancel or a minus
    ("我的步要了谢谢小王", Reading("order_cancel")), ("我的-1，谢谢", Reading("order_change", -1, add=True)),
    ("➖1 吃不完", Reading("order_change", -1, add=True)), ("➖1 不好意思🙈", Reading("order_change", -1, add=True)),
    ("蔬菜那个-1", Reading("order_change", -1, add=True)),
    # pinyin with the product's letters beside the count, English words of an order
    ("chengzi liang fen ya", Reading("order", 2)), ("niunai quxiao", Reading("order_cancel")),
    ("zai jia yi fen chengzi", Reading("order_change", 1, add=True)), ("milk two boxes please 谢谢", Reading("order", 2)),
    ("oranges 3", Reading("order", 3)),
    # the order named by its unit, Cantonese 咗, a cross before one's own order, 再上 / 加一 as more
    ("孩子牛奶过敏 医生说先别喝 那箱取消吧", Reading("order_cancel")), ("我嗰份米取消咗佢", Reading("order_cancel")),
    ("❌我的鸡蛋", Reading("order_cancel")), ("牛奶再上一箱", Reading("order_change", 1, add=True)),
    ("汤圆加一", Reading("order_change", 1, add=True)), ("刚发现家里米还有半袋 这次就不要了 抱歉", Reading("order_cancel")),
    # shares each with the product after the count; what it was, then what it is now
    ("两个孩子一人两盒草莓", Reading("order", 4)), ("牛奶原来一箱 现在要两箱", Reading("order_change", 2)),
    # an order said inside a story typed by voice
    ("王店长早上好那个黑芝麻汤圆我要一份我是幸福里三栋二单元的就是上次问你鞋垫的那个张阿姨", Reading("order", 1)),
    ("我给你说我要一份你给我记上", Reading("order", 1)),
    ("王店长你好我是三栋的刘阿姨汤圆我要两份还有我妹妹也要一份她不会弄微信", Reading("order", 3)),
    # goods heard by sound, Shanghai 阿拉 and 额, a verb of giving the readers do not list, where she is before her count
    ("大咪一袋", Reading("order", 1)), ("青彩一份", Reading("order", 1)), ("阿拉要两袋额", Reading("order", 2)),
    ("给我划拉两份", Reading("order", 2)), ("我这儿三份啊", Reading("order", 3)), ("来俩盒子，明儿个去取", Reading("order", 2)),
    # kinds of one product each with its count; a meal the portions are for; a blessing beside the order; an emoji as a pause
    ("牛奶纯的一箱酸的一箱", Reading("order", 2)), ("粽子要肉的一个蜜枣的一个", Reading("order", 2)),
    ("黑芝麻汤圆两袋加花生的一袋", Reading("order", 3)), ("冬至家里聚餐 汤圆来八份", Reading("order", 8)),
    ("新年快乐🧧汤圆给我记三份，祝大家团团圆圆", Reading("order", 3)), ("祝大家元宵节快乐🏮我要三袋", Reading("order", 3)),
    ("汤圆❷份", Reading("order", 2)),
    # a cancel of her own order among her story, voice input run on
    ("孩子他爸单位发了一箱，重复了，我那两份不要了吧", Reading("order_cancel")), ("小李我报的汤圆你帮我划掉吧我要回老家了", Reading("order_cancel")),
    ("不好意思啊我订重了，我的那单不要了", Reading("order_cancel")), ("我的那个取小了不要了", Reading("order_cancel")),
    ("家里老人住院了这几天没人做饭鸡蛋先取消吧不好意思", Reading("order_cancel")), ("我嘞个就不要了", Reading("order_cancel")),
    # a plus and its count then the product; the product's minus; 加购x2; units and 留 heard by sound; pinyin with the product kept
    ("+1 鸡蛋", Reading("order", 1)), ("➕1 粽子", Reading("order", 1)), ("加一 面包", Reading("order", 1, add=True)),  # said as one to add: on top of what she has (O20)
    ("粽子-1", Reading("order_change", -1, add=True)), ("面包加购x2", Reading("order_change", 2, add=True)),
    ("纯牛奶三厢", Reading("order", 3)), ("车里子一和", Reading("order", 1)), ("给我流两盒月饼", Reading("order", 2)),
    ("dami 2 dai", Reading("order", 2)), ("zongzi san fen", Reading("order", 3)), ("yao yi he chelizi", Reading("order", 1)),
    # English verbs of a change; set to a new total
    ("make it 2 粽子 thx", Reading("order_change", 2)), ("change mine to 3 boxes 鸡蛋", Reading("order_change", 3)),
    ("add one more 月饼 pls", Reading("order_change", 1, add=True)), ("minus one 月饼 sorry", Reading("order_change", -1, add=True)),
    ("+1 more cherry pls", Reading("order_change", 1, add=True)), ("milk 取消 thx", Reading("order_cancel")),
    ("月饼从四盒减到两盒", Reading("order_change", 2)),
    # declining with the next time named is asked, not acted on
    ("我不要 谢谢 下次吧", Reading("order_cancel", sure=False)),
])
def test_orders_as_typed(text, expected):
    reading = order_reading(text, None)
    assert reading is not None and (reading.intent, reading.amount, reading.add, reading.sure) \
        == (expected.intent, expected.amount, expected.add, expected.sure)


@pytest.mark.parametrize("text", [
    "ok", "hello", "haha", "三分钟", "我在家", "我腰疼", "十分感谢", "周六 2", "已登记，小美2份", "-1 你呢",
    "女儿说她还要一个妹妹 哈哈", "two of them", "i have 3", "一加一",
    # chat with counts or cancel words: a recipe, another platform's or a card's cancel, a rhetorical 谁不要, points,
    # the household's errand, the staff's notice of what a portion is, counts in a story that are not hers
    "做蛋糕 低筋粉100克 鸡蛋3个 牛奶50毫升", "白糖和黄油一比一 鸡蛋两个打散", "淘宝那个订单被取消了 不知道为啥",
    "健身卡取消了 反正也不去", "鸡蛋这么便宜谁不要啊 比超市还划算", "会员卡积分+50了", "老公晚上买两份饺子回来",
    "牛奶每箱12盒 一份就是一箱 大家别搞错", "两份都吃完了", "王店长人真好 上次多给了我一袋", "等发了工资我要两份",
    "群主，刚才李阿姨说要两份，你记一下", "三个孩子一人一份都不够分", "一份子", "签到怎么弄 帮我签一个",
    "一份好心情，送给群里的朋友们", "周末聚餐谁去", "不要了不要了，太累了", "那件衣服我不要了 太丑了",
    "上次红枣买了5份，这次就不买了", "接龙取消了以后 钱是退微信还是退现金", "+1 我也觉得", "气温-1", "i want to add you", "thx", "东北大米五十斤才一百多",
    "今日月饼接龙到此截止 一共56盒", "老公下班顺路买两斤猪肉", "王姐你那双舞鞋在哪买的 我也想买一双", "小林把她的车厘子取消了 说太贵",
])
def test_what_stays_chat_or_unread(text):
    assert order_reading(text, None) is None


@pytest.mark.parametrize("text, expected", [
    ("hello 我要两份", "hello 我要两份"), ("ok", "ok"), ("wo yao yi fen", "我要一份"), ("liu fen", "六份"),
    ("bang wo liu yi fen", " 傍 我留一份"),  # 帮 is no word of the vocabulary: kept by its sound beside the words read
    ("三分钟", "三分钟"), ("我在家", "我在家"), ("给两份我", "给我两份"),
])
def test_as_typed(text, expected):
    assert as_typed(text) == expected


def test_names_and_kin_before_a_count_keep_their_meaning():
    assert order_reading("小米一袋 苹果泥一份", None).amount == 2  # goods, not a nickname
    assert order_reading("汤圆1小米1大枣1", None).amount == 3
