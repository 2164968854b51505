"""Numbers and dates in commands: negative, non-finite and exponent forms are refused with a clear
message, a relative date in the past is an error (not today), and staff are never silenced by the
members' reply cap."""
from __future__ import annotations

import re

import pytest
from sqlmodel import select

from bot.chain.text import parse_order
from bot.numbers import plain_amount
from storage.models import Coupon, GroupBuy
from tests.conftest import local, to
from tests.test_coupons import CONFIG as COUPON_CONFIG, GROUP as COUPON_GROUP, _code


@pytest.mark.parametrize("text, value", [
    ("25", 25.0), ("39.9", 39.9), ("¥25", 25.0), ("￥ 25.50", 25.5), ("25元", 25.0), ("１２８", 128.0),
    ("1e400", None), ("1e3", None), ("1E2", None), ("nan", None), ("NaN", None), ("inf", None), ("-infinity", None),
    ("-5", None), ("+5", None), ("−5", None), ("0x10", None), ("1_000", None), ("25.123", None), ("", None),
    ("¥", None), ("9" * 40, None),
])
def test_plain_amount(text, value):
    assert plain_amount(text) == value


@pytest.mark.parametrize("text", ["我要-3份", "-3份", "我要−3份", "鸡蛋 -2份"])
def test_a_negative_quantity_is_not_an_order(text):
    assert parse_order(text, "鸡蛋") is None


BAD_GROUP_BUYS = [
    ("/开团 鸡蛋 ¥1e400 库存10 截止20:00", "价格"),
    ("/开团 鸡蛋 价格1e400 库存10 截止20:00", "价格"),
    ("/开团 鸡蛋 价格nan 库存10 截止20:00", "价格"),
    ("/开团 鸡蛋 价格inf 库存10 截止20:00", "价格"),
    ("/开团 鸡蛋 ¥-5 库存10 截止20:00", "价格"),
    ("/开团 鸡蛋 ¥5 库存-3 截止20:00", "库存"),
    ("/开团 鸡蛋 ¥5 库存1e3 截止20:00", "库存"),
    ("/开团 鸡蛋 ¥5 库存10 截止昨天20:00", "已经过去"),
    ("/开团 鸡蛋 ¥5 库存10 截止昨晚8点", "已经过去"),
    ("/开团 鸡蛋 ¥5 库存10 截止前天 20:00", "已经过去"),
]


async def test_a_bad_number_or_a_past_date_opens_nothing_and_says_why(make_harness):
    """One harness, the table in turn (staff are answered every time: see the last test)."""
    harness = await make_harness()
    for command, problem in BAD_GROUP_BUYS:
        [reply] = to("staff", await harness.say("g1", "staff", command))
        assert problem in reply["text"] and "例如" in reply["text"], command
    assert await harness.db.read(lambda s: s.exec(select(GroupBuy)).all()) == []
    [post] = await harness.say("g1", "staff", "/开团 鸡蛋 ¥25.5 库存10 截止明天20:00")  # a valid one still opens
    assert "¥25.5" in post["text"]


async def test_a_coupon_is_not_redeemed_with_a_spend_that_is_not_a_plain_amount(make_harness):
    harness = await make_harness(COUPON_CONFIG, groups=[COUPON_GROUP])
    code = _code(await harness.say("g1", "owner", "/发券 c-100-20 @小美", mentions=("amy",)), "amy")
    for spend in ["nan", "inf", "1e3", "-200", "NaN"]:
        [reply] = to("staff", await harness.say("g1", "staff", f"/核销 {code} {spend}"))
        assert "核销成功" not in reply["text"] and "消费金额" in reply["text"], spend
    [coupon] = await harness.db.read(lambda s: s.exec(select(Coupon).where(Coupon.code == code)).all())
    assert coupon.redeemed_at is None


async def test_a_red_packet_spend_must_be_a_plain_amount(make_harness):
    harness = await make_harness()
    for amount in ["1e3", "nan", "-30", "inf"]:
        [reply] = to("staff", await harness.say("g1", "staff", f"/红包计划 记账 {amount}"))
        assert "用法" in reply["text"], amount


async def test_staff_are_never_silenced_by_the_member_reply_cap(make_harness):
    harness = await make_harness()
    for _ in range(4):
        assert to("staff", await harness.say("g1", "staff", "/开团 鸡蛋"))  # the same mistake, answered each time
    for _ in range(3):
        await harness.say("g1", "amy", "/nosuchcommand")
    assert len(to("amy", harness.actions)) == 2  # members still are capped
