"""q22: what is asked about and who is asked — the shop's service desk at an hour, her order's arrival, a make-up sign-in,
another platform's points, her own memory, the members who know, regional and office-English forms.

The examples are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.language.goods import GOODS
from bot.questions.asking import read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)


def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


@pytest.mark.parametrize("text", [
    "客服晚上有人在线吗", "周六客服有人吗", "客服几点下线啊", "晚上还有客服吗", "人工客服周末上班不",
])
def test_the_shops_service_desk_at_an_hour_is_the_hours(faq, text):
    assert _reading(faq, text) == (True, "hours")


@pytest.mark.parametrize("text", ["客服电话", "服务员", "客服", "舒服"])
def test_service_words_name_no_goods(text):
    assert GOODS.search(text) is None


def test_clothes_are_still_goods():
    assert GOODS.search("衣服") is not None and GOODS.search("校服") is not None


@pytest.mark.parametrize("text", [
    "半夜有人在线吗",  # someone online, the shop not named: the members (q21)
    "客服在吗",  # calling the desk, no hour: asks, but not the hours
])
def test_no_hours_without_the_desk_and_an_hour(faq, text):
    assert _reading(faq, text)[1] != "hours"


@pytest.mark.parametrize("text", [
    "能补签吗 上礼拜出差", "补签卡去哪里领", "可不可以补签前天的",
])
def test_a_make_up_sign_in_is_the_sign_in_handlers(faq, text):
    assert _reading(faq, text) == (False, None)


def test_a_make_up_sign_in_reaches_the_staff_when_no_handler_took_it(faq):
    assert read("能补签吗 上礼拜出差", faq, THRESHOLD, taken=False).asks


@pytest.mark.parametrize("text", [
    "京东的积分能换啥啊", "信用卡积分快过期了 换点啥好", "美团的红包怎么用",
])
def test_another_platforms_points_are_not_ours(faq, text):
    assert _reading(faq, text) == (False, None)


@pytest.mark.parametrize("text", ["积分能换啥啊", "美团的券你们店里能用吗"])
def test_our_points_or_theirs_taken_here_still_ask(faq, text):
    assert _reading(faq, text)[0] is True


@pytest.mark.parametrize("text", [
    "上回那个试吃是礼拜几来着 记不住了", "去年那家卖年糕的叫啥来着",  # her memory searched aloud
    "啊 我还以为明天才截止",  # her belief corrected
    "有姐妹知道哪里配钥匙便宜吗", "手机怎么投屏啊 谁会",  # the members who know called
    "还剩三盒 还有要的吗",  # the staff polling the members
    "要多少拿多少 不够再说",  # a correlative (q23: asks no fact before her "we'll see", whatever the score)
])
def test_chat_by_what_it_does_asks_nothing(faq, text):
    assert _reading(faq, text)[0] is False


@pytest.mark.parametrize("text, topic", [
    ("我订的腊肉到了没", "catalogue"), ("俺订的苹果啥时候能去拿呀", "catalogue"),  # her order's pickup: the same for all
    ("你们是在菜市场旁边吗", "address"),  # the shop placed by a landmark
    ("有没有卖暖手宝的", "catalogue"), ("创可贴还有得卖不", "catalogue"),  # whatever is sold, its stock
    ("枇杷膏是川贝的定系普通的", "catalogue"),  # an alternative of kinds (Cantonese 定系, 系)
    ("番薯系红心定系黄心", "catalogue"),
    ("畀钱畀边个好", "payment"),  # Cantonese 畀 (give), 边个 (who)
    ("can I pay 现金", "payment"),  # English's question opening
    ("我那个积分拿来整哪样", "points"),  # Guizhou 哪样 after a verb of doing
])
def test_what_is_asked_about_finds_its_entry(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", [
    "讲座的材料费多少钱一个人", "报名费退不退啊 要是下雨不办了",  # an event's fee: the staff's
])
def test_an_events_fee_asked_is_not_vetoed(faq, text):
    assert _reading(faq, text) == (True, None)


def test_her_purpose_after_a_stock_question_orders_nothing(faq):
    assert _reading(faq, "大米还有货吗，我要给老人煮粥") == (True, "catalogue")


@pytest.mark.parametrize("text", ["明天能去拿不", "元旦前能拿到吗", "礼拜六可以取吗"])
def test_collecting_on_a_day_is_the_catalogues_pickup(faq, text):
    assert _reading(faq, text) == (True, "catalogue")


@pytest.mark.parametrize("text", [
    "量血压的大夫是哪家医院的", "插花课的老师是哪个学校的",  # whose people come to the store's event
    "亲子运动会在哪个公园啊",  # where it is held
    "下这么大的雨 采摘还去不去？",  # the weather is no rhetoric (q24: never vetoed by the learned score)
])
def test_the_events_people_and_place_ask_the_store(faq, text):
    assert _reading(faq, text) == (True, None)


@pytest.mark.parametrize("text", [
    "哪个医院看颈椎好",  # a hospital asked about, no event
    "建材城周末有活动吗", "电器城几点关门",  # a mall by its kind
    "后天有集不", "明天赶集吗",  # the market day
])
def test_other_places_are_not_the_store(faq, text):
    assert _reading(faq, text)[0] is False


@pytest.mark.parametrize("text", [
    "送来的菜放门口被人拿走了 谁负责啊",  # who answers for it: the store
    "收款码发我一下 我扫给你", "有收款码吗 我转给你",  # paying her: the shop
])
def test_the_store_is_asked(faq, text):
    assert _reading(faq, text)[0] is True


@pytest.mark.parametrize("text", [
    "想报 但得看下周倒不倒班", "先观望观望 看看再说好不好吃",  # her own shift, her waiting
    "星期三了吗？我过糊涂了",  # the calendar
    "这公交车怎么还不来", "电梯又停了？",  # the town's and the estate's doing
    "啊 又抢光了呀？", "三十份就没了？",  # surprise
    "什么叫幸福？就是孩子在身边", "真的吗 太好了",  # answered by herself, a reaction
    "单号后四位8812 到了没", "你们的快递都放门卫了吗",  # the courier's, the members' parcels
    "有没有需要代取的 顺路的说一声",  # the staff polling
    "买了草莓的姐妹 酸不酸",  # the members who bought it called first
])
def test_chat_asks_nothing(faq, text):
    assert _reading(faq, text)[0] is False


@pytest.mark.parametrize("text, topic", [
    ("光谷那边送吗", "delivery"), ("江北送不送", "delivery"),  # sent to a place named alone
    ("有没有外卖送的", "delivery"),  # the store's own takeaway
    ("一盒够四个人吃吗", "catalogue"), ("八寸的够几个人吃", "catalogue"),  # how many a size feeds
])
def test_a_place_sent_to_and_a_size_that_feeds(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", [
    "你们看了昨晚那场球冇", "你们那边下雨了吗",  # the members' doing and weather
    "本来想问问几点关门 后来想起来了",  # a question she meant to ask
    "每次都秒光", "红包大家都抢到了吗", "来的人都到齐了吗", "接龙写清楚名字 别写错",  # told, a roll call, instructions
    "去南站坐几路车快", "那家网红奶茶店要排多久",  # another place
])
def test_told_or_put_to_the_members_or_elsewhere_asks_nothing(faq, text):
    assert _reading(faq, text)[0] is False


def test_a_joke_taken_back_then_the_question_meant(faq):
    assert _reading(faq, "能用粮票吗 开玩笑的 能刷信用卡吗") == (True, "payment")
    assert _reading(faq, "店长能送个对象吗 开玩笑的哈哈")[0] is False


@pytest.mark.parametrize("text, topic", [
    ("礼拜天开门否", "hours"), ("微信付款好用否", "payment"), ("大枣还有否，阿婆要", "catalogue"),  # 否, the final particle
    ("鞋子是几码的", "catalogue"),  # 几码
    ("汤圆还剩好多袋", "catalogue"),  # the south-west's 好多, how many left
    ("能 送 到 家 吗", "delivery"), ("几点 关 门 呀", "hours"),  # typed a character or two at a time
    ("材料费转给哪个嘞", "payment"),
])
def test_regional_particles_and_typing(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", [
    "我冰箱里还有好多", "还有好多人没接龙",  # still lots: hers, or more words after
    "好的 谢谢 店长 辛苦了",  # words with spaces, no question
])
def test_still_lots_and_spaced_thanks_ask_nothing(faq, text):
    assert _reading(faq, text)[0] is False


@pytest.mark.parametrize("text", ["能否送到小区", "是否营业"])
def test_shi_fou_and_neng_fou_still_ask(faq, text):
    assert _reading(faq, text)[0] is True


# --- review mend: 还有/还剩好多 is "plenty" unless the message asks; 是谁嘞 asks whose -----------------------------------

@pytest.mark.parametrize("text", [
    "莫挤莫挤 铺子里还有好多", "我婆婆讲还剩好多", "超市还有好多",  # a place's stock, someone's word: plenty
    "今年柚子还剩好多", "慢慢来 还有好多盒", "别着急 冷库里还剩好多件",  # a time, no goods named, a store-room
    "还剩好多", "我下楼瞅了一眼 柜台上还有好多",  # bare, and what she saw
    "红薯还有好多呢",  # 呢 tells
])
def test_plenty_left_is_a_remark(faq, text):
    assert _reading(faq, text)[0] is False


@pytest.mark.parametrize("text", [
    "掌柜的 腊肠还剩好多根", "糍粑还有好多斤 老板娘",  # the shop addressed
    "还剩好多份喃", "还有好多哟？", "米线还有好多包嘛？",  # a question particle, a question mark
    "藕粉还有好多盒",  # the goods alone as the subject: a stock question
])
def test_how_many_left_where_the_message_asks(faq, text):
    assert _reading(faq, text) == (True, "catalogue")


@pytest.mark.parametrize("text", [
    "楼道里那个包裹是谁嘞", "停在店门口那辆三轮是谁哩", "这把伞是谁嘞？",  # Henan's 嘞/哩 for 的: whose, the members'
])
def test_whose_is_it_asks_the_members(faq, text):
    assert _reading(faq, text)[0] is False


@pytest.mark.parametrize("text, topic", [
    ("货款打给谁嘞", "payment"), ("退货找谁哩", "returns"),  # who handles it: the store
])
def test_who_handles_it_still_asks(faq, text, topic):
    assert _reading(faq, text) == (True, topic)
