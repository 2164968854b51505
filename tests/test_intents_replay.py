"""Members' words through the real pipeline: an unclear order or sign-up is asked back once and
stored after "是"; "不要了" after a real order cancels it; greetings around 签到 sign in."""
from __future__ import annotations

import sqlalchemy as sa

from bot.events import GroupInfo, Member
from storage.models import GroupBuyOrder, PendingAsk, SignIn
from tests.conftest import TEST_CONFIG, local, privately, to

MEMBERS = (Member("amy", "小美"), Member("bo", "波波"), Member("zhang", "张阿姨"))
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
OPEN = "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A"
TEST_CONFIG_WITH_COUPONS = TEST_CONFIG + """
coupons:
  campaigns:
    - {id: c-100-20, title: 冬季满减券, face_value: 20, threshold: 100, quantity: 5}
    - {id: c-baby, title: 辅食立减券, face_value: 5, quantity: 100}
"""


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def test_an_unclear_order_is_asked_once_and_stored_after_yes(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    [question] = to("amy", await harness.say("g1", "amy", "我可以订两份吗"))
    assert "您是要订 2 份鸡蛋30枚吗" in question["text"] and "回复“是”确认" in question["text"]
    assert to("amy", await harness.say("g1", "amy", "我能订两份吗？")) == []  # asked once, not twice
    assert await _orders(harness) == {}
    await harness.say("g1", "amy", "是的")
    await harness.drain()
    assert await _orders(harness) == {"amy": 2}
    assert await harness.say("g1", "amy", "是") == []  # answered: a second "是" is chat


async def test_a_bare_minus_one_takes_one_back_and_a_bigger_one_is_asked(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要5份")
    await harness.drain()
    await harness.say("g1", "amy", "-1")  # the 接龙 idiom opposite +1
    await harness.drain()
    assert await _orders(harness) == {"amy": 4}
    [question] = to("amy", await harness.say("g1", "amy", "-3份"))  # may be a slip: asked, not stored
    assert "您是要少订 3 份鸡蛋30枚吗" in question["text"]
    assert await _orders(harness) == {"amy": 4}
    await harness.say("g1", "amy", "是")
    await harness.drain()
    assert await _orders(harness) == {"amy": 1}


async def test_a_question_asked_before_a_restart_is_answered_after_it(make_harness):
    harness = await make_harness(groups=[GROUP], db_name="ask.db")
    await harness.say("g1", "owner", OPEN)
    [question] = to("amy", await harness.say("g1", "amy", "我可以订两份吗"))
    assert "您是要订 2 份" in question["text"]
    await harness.bot.stop()
    again = await make_harness(groups=[GROUP], db_name="ask.db", start=local("2026-11-23 09:05"))
    await again.say("g1", "amy", "是的", at=local("2026-11-23 09:05"))
    await again.drain()
    assert await _orders(again) == {"amy": 2}
    assert await again.say("g1", "amy", "是", at=local("2026-11-23 09:06")) == []  # answered, also in SQL


async def test_a_question_left_unanswered_is_pruned_by_housekeeping(make_harness):
    harness = await make_harness(groups=[GROUP], start=local("2026-11-23 09:00"))
    pending = lambda: harness.db.read(lambda s: sorted(s.exec(sa.select(PendingAsk.member_id)).scalars()))  # noqa: E731
    await harness.say("g1", "owner", OPEN, at=local("2026-11-23 09:00"))
    await harness.say("g1", "amy", "我可以订两份吗", at=local("2026-11-23 09:01"))
    assert await pending() == ["amy"]
    await harness.say("g1", "bo", "我也要", at=local("2026-11-23 10:30"))  # housekeeping ran on the way
    assert await pending() == ["bo"]  # amy's expired at 09:11; bo's waits until 10:40
    await harness.sim.advance_to(local("2026-11-23 12:00"))
    assert await pending() == []


async def test_no_declines_and_chat_gets_no_question(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    [question] = to("bo", await harness.say("g1", "bo", "我也要"))
    assert "您是要订 1 份鸡蛋30枚吗" in question["text"]
    [declined] = await harness.say("g1", "bo", "不是")
    assert "先不记" in declined["text"] and await _orders(harness) == {}
    for chat in ("今天买了两份报纸", "鸡蛋新鲜吗？", "哈哈哈 x2", "昨天订了两份，还没拿"):
        said = await harness.say("g1", "zhang", chat)  # (e33) a question for the staff hears only that it went to them
        assert all("记下了" in a["text"] for a in said) and len(said) <= (chat == "鸡蛋新鲜吗？"), chat
    # "是" without a question is nobody's answer.
    assert await harness.say("g1", "zhang", "是") == []


async def test_a_polite_order_then_not_wanted_cancels_it(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要两份，谢谢")
    await harness.drain()
    assert await _orders(harness) == {"amy": 2}
    actions = await harness.say("g1", "amy", "不要了")
    assert any("已取消" in a["text"] for a in actions), actions
    assert await _orders(harness) == {}
    for text in ("我要三份", "少要一份", "再来俩"):  # lowered, then raised
        await harness.say("g1", "bo", text)
    await harness.drain()
    assert await _orders(harness) == {"bo": 4}


async def test_plus_one_after_the_product_post_orders_one(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "staff", "/开团 p-millet 截止20:00")
    await harness.say("g1", "bo", "+1")
    await harness.say("g1", "zhang", "要俩，麻烦群主了🙏")
    await harness.drain()
    assert await _orders(harness) == {"bo": 1, "zhang": 2}


async def test_plus_one_to_a_product_post_with_no_group_buy_open_tells_member_and_staff(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "staff", "/post item p-millet")
    actions = await harness.say("g1", "bo", "+1")
    [told] = to("bo", actions)
    assert "东北五常小米" in told["text"] and "还没有开团" in told["text"] and "1 份" in told["text"]
    [owner] = privately("owner", actions)
    assert "波波" in owner["text"] and "1 份" in owner["text"] and "/开团" in owner["text"]
    assert await harness.say("g1", "bo", "+1") == []  # once per member and post
    [told] = to("zhang", await harness.say("g1", "zhang", "我要两袋，谢谢"))
    assert "2 份" in told["text"]
    for chat in ("+1 说得对", "这小米我上次买过两袋", "我也要"):  # agreeing, past, unclear: no reply
        assert to("amy", await harness.say("g1", "amy", chat)) == [], chat
    await harness.say("g1", "staff", "/开团 p-millet 截止20:00")
    await harness.say("g1", "bo", "+1")
    await harness.drain()
    assert await _orders(harness) == {"bo": 1}  # once open, "+1" is an order


async def test_an_unclear_sign_up_is_asked_once_and_a_family_counts(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额10 截止周五20:00")
    roll = await harness.say("g1", "amy", "我和老公带娃一起，3个人报名")
    assert "小美 3 人" in roll[0]["text"]
    [question] = to("bo", await harness.say("g1", "bo", "我周六可能报个名吧"))
    assert "您是要报名“亲子烘焙”（1 人）吗" in question["text"]
    roll = await harness.say("g1", "bo", "对")
    assert "波波 1 人" in roll[0]["text"] and "已报 4 人" in roll[0]["text"]
    roll = await harness.say("g1", "zhang", "我报个名")
    assert "张阿姨 1 人" in roll[0]["text"]


async def test_greetings_around_the_trigger_sign_in(make_harness):
    """Recognition only: how the bot confirms a sign-in is the sign-in handler's business."""
    harness = await make_harness(groups=[GROUP])
    t = local("2026-11-23 07:30")
    for member, text in (("amy", "大家早上好！签到"), ("bo", "签到，大家早上好"), ("zhang", "帮我签个到"),
                         ("staff", "签到送积分吗？"), ("owner", "昨天忘记打卡了"), ("amy", "打个卡")):
        await harness.say("g1", member, text, at=t)
    rows = await harness.db.read(lambda s: s.exec(sa.select(SignIn.member_id, SignIn.repeats)).all())
    assert sorted(map(tuple, rows)) == [("amy", 1), ("bo", 0), ("zhang", 0)]  # amy: once more


# --- staff commands in Chinese numbers and names ------------------------------------------------


async def test_staff_commands_take_chinese_numbers_and_names(make_harness):
    harness = await make_harness(groups=[GROUP])
    [opened] = await harness.say("g1", "staff", "/开团 鸡蛋30枚 ¥25 库存十 截止20:00")
    assert "限量 10 份" in opened["text"]
    await harness.say("g1", "staff", "/截单")
    [unknown] = await harness.say("g1", "staff", "/开团 五常大米 截止20:00")
    assert "您是说“东北五常小米 2.5kg”吗" in unknown["text"]
    [millet] = await harness.say("g1", "staff", "/开团 五常小米 截止20:00")
    assert "东北五常小米" in millet["text"] and "¥45" in millet["text"]
    [event] = await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额：两")
    assert "名额 2 人" in event["text"]
    [wrong] = await harness.say("g1", "owner", "/活动 读书会 周日10:00 名额很多")
    assert "名额“很多”没看懂" in wrong["text"] and "积分" not in wrong["text"]
    said = await harness.say("g1", "staff", "/points @小美 +二十 晒单", mentions=["amy"])
    [balance] = privately("staff", said)  # (d32) the balance goes to the staff member privately
    assert "+20" in balance["text"]
    assert any("获得 20 积分" in a["text"] for a in said if "group" in a)


async def test_coupons_by_their_chinese_names(make_harness):
    harness = await make_harness(TEST_CONFIG_WITH_COUPONS, groups=[GROUP])
    given = await harness.say("g1", "owner", "/发券 冬季满减券 @小美", mentions=["amy"])
    assert any("已给 小美 发放“冬季满减券”" in a["text"] for a in given), given
    [close] = await harness.say("g1", "owner", "/发券 冬季券 @小美", mentions=["amy"])
    assert "您是说“冬季满减券”吗" in close["text"]


# Orders of 3 the rules do not read (a count, then thanks or a pickup after spaces). Which of them the shipped intent
# score finds likely but not very sure (between asking and acting) moves with every refit, so the tests take the
# first such one and fail if none is left (then add another ordinary phrase here).
# Since O15 a guess the quantity ranker agrees with is settled (acted on) from 0.975: the thanks-and-pickup ones are.
SCORE_ONLY_ORDERS = ("+3 谢谢姐", "+3 谢谢姐 明天来拿", "+3 姐 明天来拿哈", "+3 谢了 周末来拿", "+3 明天下午来拿",
                     "+3 晚点转账", "+3 等下给钱", "+3 孩子爱吃", "+3 老规矩")


def asked_order(item: str = "鸡蛋30枚") -> str:
    from bot.chain.text import order_reading
    from bot.language.intents import read_order

    for text in SCORE_ONLY_ORDERS:
        reading = order_reading(text, item)
        if read_order(text) is None and reading is not None and reading.amount == 3 and not reading.sure:
            return text
    raise AssertionError(f"none of {SCORE_ONLY_ORDERS} is in the shipped score's asking band: add another")


async def test_an_order_only_the_learned_score_reads_is_asked_once_and_chat_gets_nothing(make_harness):
    """An order only the learned score reads, likely but not very sure, is asked once and stored after "是"; chat
    with a count stays unanswered."""
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    [question] = to("amy", await harness.say("g1", "amy", asked_order()))
    assert "您是要订 3 份鸡蛋30枚吗" in question["text"]
    await harness.say("g1", "amy", "是")
    await harness.drain()
    assert await _orders(harness) == {"amy": 3}
    for chat in ("我给你留两份", "李阿姨说要两份", "取消静音了", "我要1.5斤"):
        assert await harness.say("g1", "zhang", chat) == [], chat


async def test_the_staffs_notices_are_never_asked_back(make_harness):
    # The learned score rates "改成每份12个了" an order change; from a member it is asked once, but
    # the staff announcing the new packing were asked "您是要订 12 份…吗？" by their own bot.
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    notice = "改成每份12个了"
    assert await harness.say("g1", "staff", notice) == []
    assert to("amy", await harness.say("g1", "amy", notice)) != []  # the same words from a member: asked
    assert await _orders(harness) == {}


async def test_a_change_asked_as_a_question_is_asked_back_in_its_direction(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要三份")
    await harness.drain()
    [question] = to("amy", await harness.say("g1", "amy", "那个现在还能减一份吗"))  # whether one still may: asked
    assert "您是要少订 1 份鸡蛋30枚吗" in question["text"] and "回复“是”确认" in question["text"]
    await harness.say("g1", "amy", "是")
    await harness.drain()
    assert await _orders(harness) == {"amy": 2}
    [question] = to("amy", await harness.say("g1", "amy", "还可以再加两份不"))
    assert "您是要再加 2 份鸡蛋30枚吗" in question["text"]
