"""q34: store questions get the right FAQ answer or reach the staff; members' talk among themselves is left alone. An
entry whose answer does not say what was asked passes the question on; what the members ordered, asked of each other, and
an answer told with 嘛 are chat; an age remark after a question keeps the question; the bot praised is no sign-in
question; a staff message on an open question's topic closes it. The real pipeline and SQLite; our own sentences and
look-alikes."""
from __future__ import annotations

import time

import pytest

from bot.language.signin_questions import asks_about_signin
from bot.questions.asking import _REACTION
from bot.questions.untold import ASPECTS, untold, untold_part
from bot.questions.watch import Waiting, plainly_answered
from bot.events import GroupMessage, Member
from tests.conftest import local
from tests.test_e33 import EVENT, _harness, _text
from tests.test_n34 import NOTED, OPEN_BUY, _reminded

HOURS_ANSWER = "营业"


# --- 1. an entry whose answer does not say what was asked: the staff --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "店里能充值吗 充值有送吗", "办卡送不送东西", "充钱有没有送点啥", "能不能线上下单 有没有小程序", "能网上下单吗",
    "你们有公众号吗", "你们周末人多不多 想推婴儿车去", "店里晚上人多吗", "周末去店里要排队不",
])
async def test_what_the_entrys_answer_does_not_say_is_passed_on(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert NOTED in said, said
    assert text[:5] in await _reminded(harness, "2026-12-07 10:31")


@pytest.mark.parametrize("text, answer, part", [
    ("睡不着 问下 积分会不会过期啊", "积分", "积分会不会过期"), ("积分年底清零不", "积分", "清零"),
    ("优惠券啥时候过期", "积分", "过期"), ("积分有没有有效期", "积分", "有效期"),
    ("快递寄到洛阳要几天", "快递", "洛阳"), ("寄到上海要多久", "快递", "上海"), ("快递到郑州几天能到", "快递", "郑州"),
    ("退款的话 钱是退到微信里还是给现金", "退换", "微信"), ("退的钱是原路返回吗", "退换", "原路"),
])
async def test_a_detail_the_answer_does_not_tell_is_passed_on_with_the_answer(make_harness, text, answer, part):
    """The entry is the question's topic, its answer lacks the detail asked: the answer, and the part named as the
    staff's ("“积分会不会过期啊”店员看到后会回复您"), in their reminder if nobody answers."""
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert answer in said and part in said and "店员看到后会回复您" in said, said
    assert text[:5] in await _reminded(harness, "2026-12-07 10:31")


async def test_a_detail_asked_privately_reaches_the_staff_at_once(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    replies = await harness.dm("m0", "我攒的积分到底过不过期")
    said = "\n".join(a["text"] for a in replies if a.get("to") == "m0")
    assert "积分" in said and "店员看到后会回复您" in said, replies
    assert any("过不过期" in a["text"] for a in replies if a.get("to") == "owner"), replies


@pytest.mark.parametrize("text, answer", [
    ("积分怎么用", "积分"), ("积分能换啥", "积分"), ("送货要多久", "送货"), ("快递能寄吗", "快递"), ("能送到龙湖金融岛不", "送货"),
    ("满多少免费送", "送货"), ("买两箱能送到家吗", "送货"), ("退款怎么退", "退换"), ("过期了怎么办", "退换"),
    ("能用微信支付吗", "微信"), ("收现金吗", "现金"), ("周末开门吗", HOURS_ANSWER), ("晚上几点关门", HOURS_ANSWER),
])
async def test_what_the_entry_says_is_still_answered(make_harness, text, answer):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert answer in said and NOTED not in said, said


def test_a_store_that_says_it_answers_it():
    """The answer as the store writes it decides: once it tells whether points expire, the question is the entry's."""
    assert untold_part("积分会过期吗", "积分可以抵现。") == "expiry"
    assert untold_part("积分会过期吗", "积分可以抵现，长期有效。") is None
    assert untold_part("快递寄到洛阳要几天", "超出范围可以发快递，一般 2 天到。") is None
    assert untold("充值有送吗", "满 39 元免费送货上门") == "gift"
    assert untold("充值有送吗", "充值 500 赠 50") is None
    assert untold_part("积分会过期吗", "") is None  # the catalogue and the rules answer from elsewhere


@pytest.mark.parametrize("size", [300, 5000])
def test_aspects_on_long_input_are_quick(size):
    started = time.perf_counter()
    for filler in ("积分" * size, "快递寄" * size, "充值买" * size, "退款" * size + "到", "人多" * size, "a" * size):
        untold(filler[:size], "积分可以抵现")
        for aspect in ASPECTS:
            aspect.told.search(filler[:size])
    assert time.perf_counter() - started < 1.0


# --- 2. members asking each other, and answering each other ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "你们汤圆都订的啥子口味", "大家汤圆都订的什么味", "姐妹们粽子都买的哪个", "你们月饼都要的几盒",
    "就黑芝麻的嘛", "就是黑芝麻的嘛", "肯定是原味的嘛", "当然是手工的嘛~",
])
async def test_the_members_talk_among_themselves_is_left_alone(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "owner", OPEN_BUY)
    assert _text(await harness.say("g1", "m0", text, at=local("2026-12-07 10:05")), "m0") == ""
    assert await _reminded(harness, "2026-12-07 10:40") == ""


@pytest.mark.parametrize("text", [
    "你们汤圆有啥子口味", "你们汤圆卖的啥口味", "是黑芝麻的嘛？", "就黑芝麻一种嘛？", "鸡蛋是土鸡蛋吗",
])
async def test_questions_to_the_store_alike_still_ask(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "owner", OPEN_BUY)
    assert _text(await harness.say("g1", "m0", text, at=local("2026-12-07 10:05")), "m0") != ""


# --- 3. a question followed by an age remark is still a question ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "想问下几岁的小朋友可以参加啊 我家才两岁半", "几岁能参加 我家娃才3岁", "多大的孩子可以参加 我女儿刚满三岁",
])
async def test_an_event_question_with_an_age_after_it_reaches_the_staff(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "owner", EVENT)
    assert NOTED in _text(await harness.say("g1", "m0", text, at=local("2026-12-07 10:05")), "m0")
    assert text[:5] in await _reminded(harness, "2026-12-07 10:40")


def test_just_now_still_reacts_an_age_does_not():
    """才 and 刚 of "just now" still make the remark a reaction (the whole message is read); of an age they do not."""
    for remark in ("我才看到", "我刚下班", "才知道", "刚看到消息", "我才起床"):
        assert _REACTION.search(remark), remark
    for remark in ("我家才两岁半", "我家娃才3岁", "我女儿刚满三岁", "孩子才满周岁"):
        assert not _REACTION.search(remark), remark


# --- 4. the bot spoken of is no sign-in question ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "我老早就讲过 机器人蛮灵的 记得我签了几天", "这个助手挺聪明的 还知道我打卡多少天", "小助手真厉害 它记得我连续签了几天",
    "它都记得我签到多少天了",
])
async def test_talk_about_the_bot_gets_no_sign_in_status(make_harness, text):
    assert asks_about_signin(text) is None
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    assert _text(await harness.say("g1", "m0", text), "m0") == ""


@pytest.mark.parametrize("text", ["机器人 我签了几天了", "机器人你记得我签了几天吗", "机器人蛮灵的 我签了几天了？", "小助手你好 我打卡几天了"])
async def test_her_record_asked_of_the_bot_is_answered(make_harness, text):
    assert asks_about_signin(text) == "record"
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    assert "签到" in _text(await harness.say("g1", "m0", text), "m0")


# --- 5. a staff message on the question's topic answers it --------------------------------------------------------------------

@pytest.mark.parametrize("question, answer", [
    ("请问你们家的蜂蜜是土蜂蜜还是超市那种", "蜂蜜是湘西的土蜂蜜 我们自己去收的"),
    ("你们收旧衣服不？", "旧衣服我们收的 拿过来就行"),
    ("店里能修手机不", "修手机现在做不了了"),
    ("拐杖有冇得卖", "拐杖有的 在二楼"),
])
async def test_a_staff_plain_answer_on_the_topic_closes_the_question(make_harness, question, answer):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "m0", question)
    await harness.say("g1", "owner", answer, at=local("2026-12-07 10:15"))
    assert await _reminded(harness, "2026-12-07 10:31") == ""


@pytest.mark.parametrize("sender, answer", [
    ("m1", "蜂蜜是湘西的土蜂蜜"),  # a member may be wrong
    ("owner", "大家早上好 今天鸡蛋到货了"),  # another topic
    ("owner", "蜂蜜还有人要吗？"),  # the staff asking
    ("owner", "/开团 土蜂蜜 ¥68 库存10 截止20:00 自提店里"),  # a command
])
async def test_what_does_not_close_a_question(make_harness, sender, answer):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "m0", "请问你们家的蜂蜜是土蜂蜜还是超市那种")
    await harness.say("g1", sender, answer, at=local("2026-12-07 10:15"))
    assert "蜂蜜" in await _reminded(harness, "2026-12-07 10:31")


async def test_two_questions_on_one_topic_stay_the_staffs(make_harness):
    """A plain answer cannot say which of two open questions on its topic it answers: both stay in the reminder."""
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "m0", "请问你们家的蜂蜜是土蜂蜜还是超市那种")
    await harness.say("g1", "m2", "你们的蜂蜜是哪里的", at=local("2026-12-07 10:05"))
    await harness.say("g1", "owner", "蜂蜜是湘西的", at=local("2026-12-07 10:10"))
    told = await _reminded(harness, "2026-12-07 11:01")  # the second in the next reminder (one a group each 30 minutes)
    assert "土蜂蜜还是" in told and "哪里的" in told


def _owner_says(text: str, at: str) -> GroupMessage:
    return GroupMessage(group_id="g1", group_name="群", sender=Member("owner", "王店长"), text=text, at=local(at))


def test_a_plain_answer_long_after_answers_nothing():
    asked = local("2026-12-07 10:00")
    waiting = [Waiting(1, "g1", "m0", asked, "小美", "你们家的蜂蜜是土蜂蜜吗", "群", asked)]
    assert plainly_answered(waiting, _owner_says("蜂蜜是湘西的土蜂蜜", "2026-12-07 10:50")) == [1]
    assert plainly_answered(waiting, _owner_says("蜂蜜是湘西的土蜂蜜", "2026-12-07 11:20")) == []


def test_plainly_answered_reader_on_long_input():
    asked = local("2026-12-07 10:00")
    waiting = [Waiting(1, "g1", "m0", asked, "小美", "蜂蜜" * 2500, "群", asked)]
    started = time.perf_counter()
    for size in (300, 5000):
        plainly_answered(waiting, _owner_says("蜂" * size, "2026-12-07 10:05"))
    assert time.perf_counter() - started < 1.0
