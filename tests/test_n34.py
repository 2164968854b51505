"""n34: questions to the store, which reach the staff and which close. A brand of the shop's goods asked is a question
(the catalogue knowing no such goods passes it on); a friend's @-answer leaves a question open, a staff's closes only the
one it answers; an hours question in the quiet morning is answered when the quiet hours end; a question the "noted" line
is rationed away from is still in the staff's reminder. The real pipeline and SQLite; our own sentences and look-alikes."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest

from bot.questions.asking import _YOUR_BRAND, brand_asked
from bot.questions.watch import _MENTION, _PARTICLES, _plain
from tests.conftest import local
from tests.test_e33 import CONFIG, GROUP, _harness, _text
from tests.test_operations import directs, run_until

NOTED = "记下了"
OPEN_BUY = "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A"


async def _reminded(harness, until: str) -> str:
    """What the owner is told of unanswered questions by ``until`` (one text)."""
    return "\n".join(a["text"] for a in directs(await run_until(harness, local(until)), "owner"))


# --- 1. brand, service and policy questions to the store reach the staff ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "你们家尿不湿是哪个牌子的？", "你们家纸尿裤啥牌子嘞", "你们卖的奶粉是什么品牌呀", "店里的湿巾是哪个牌子", "咱家的洗衣液是啥子牌子哦",
    "尿不湿你们家是哪个牌子的", "你们店回收旧家电不", "店里能帮忙充话费吗", "你们能帮忙打印照片不", "你们家卖不卖酒",
    "店里的蜂蜜是真的吗",
])
async def test_a_store_question_nothing_answers_is_noted_and_reminded(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    assert NOTED in _text(await harness.say("g1", "m0", text), "m0")
    assert text[:6] in await _reminded(harness, "2026-12-07 10:31")


async def test_a_brand_asked_with_a_group_buy_open_is_not_answered_with_its_goods(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "owner", OPEN_BUY)
    said = _text(await harness.say("g1", "m0", "你们家尿不湿是哪个牌子的？"), "m0")
    assert NOTED in said and "鸡蛋" not in said


@pytest.mark.parametrize("text, mentions", [
    ("你们家尿不湿用的哪个牌子", ()), ("哪个牌子的尿不湿好用", ()), ("你们家电视是什么牌子", ()), ("姐妹们尿不湿都是啥牌子的", ()),
    ("@波波 你家娃穿的鞋是什么牌子", ("m1",)), ("你们家宝宝喝的什么牌子奶粉", ()), ("这个牌子的纸尿裤还挺好用的", ()),
])
async def test_brand_look_alikes_to_members_are_not_the_stores(make_harness, text, mentions):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    assert _text(await harness.say("g1", "m0", text, mentions=mentions), "m0") == ""
    assert harness.bot.ctx.questions.next_due() is None


def test_brand_reader():
    for text in ("你们家尿不湿是哪个牌子的？", "你们家纸尿裤啥牌子", "你们卖的奶粉是什么品牌", "店里纸尿裤是啥子牌子哦", "尿不湿你们家是哪个牌子的"):
        assert brand_asked(text), text
    for text in ("你们家尿不湿用的哪个牌子", "你们家电视是什么牌子", "你们家娃的尿不湿是啥牌子", "你们家是什么牌子的",
                 "哪个牌子的尿不湿好用", "你们家剩的奶粉是啥牌子"):
        assert not brand_asked(text), text


@pytest.mark.parametrize("size", [300, 5000])
def test_new_patterns_on_long_input_are_quick(size):
    texts = ["你们家" * (size // 3), "你们家尿不湿" * (size // 6), "牌子" * (size // 2), "店里" * (size // 2) + "什么牌子",
             "@" * size, "@小美 " * (size // 4), "的吗" * (size // 2)]
    started = time.perf_counter()
    for text in texts:
        brand_asked(text)
        _YOUR_BRAND.search(text)
        _MENTION.sub(" ", text)
        _PARTICLES.sub("", text)
        _plain(text)
    assert time.perf_counter() - started < 1.0


# --- 2. who closes a question, and which ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question, answer", [
    ("可以帮忙代收快递吗", "@小美 可以的呀"), ("你们收旧衣服不？", "@小美 收的 我上次拿过去了"), ("店里能修手机不", "@小美 不能吧"),
])
async def test_a_friends_at_answer_leaves_the_question_for_the_staff(make_harness, question, answer):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "m0", question)
    await harness.say("g1", "m1", answer, mentions=("m0",), at=local("2026-12-07 10:02"))
    assert question[:5] in await _reminded(harness, "2026-12-07 10:31")


async def test_an_honorary_members_at_answer_closes_it(make_harness):
    harness = await _harness(make_harness, config=CONFIG + "  roles: {m5: 组长}\n", start="2026-12-07 10:00")
    await harness.say("g1", "m0", "你们收旧衣服不？")
    await harness.say("g1", "m5", "@小美 收的", mentions=("m0",), at=local("2026-12-07 10:02"))
    assert await _reminded(harness, "2026-12-07 10:31") == ""


@pytest.mark.parametrize("answer, closed, open_", [
    ("@小美 旧衣服收的", "旧衣服", "开发票"), ("@小美 发票可以开的", "开发票", "旧衣服"),
    ("@小美 收的，拿过来就行", "旧衣服", "开发票"), ("@小美 能开，到店找收银员开发票", "开发票", "旧衣服"),
])
async def test_a_staff_at_answer_closes_only_the_question_it_answers(make_harness, answer, closed, open_):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "m0", "你们收旧衣服不？")
    await harness.say("g1", "m0", "能开发票吗？", at=local("2026-12-07 10:01"))
    await harness.say("g1", "staff", answer, mentions=("m0",), at=local("2026-12-07 10:03"))
    told = await _reminded(harness, "2026-12-07 10:32")
    assert open_ in told and closed not in told


async def test_a_staff_answer_to_both_closes_both(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "m0", "你们收旧衣服不？")
    await harness.say("g1", "m0", "能开发票吗？", at=local("2026-12-07 10:01"))
    await harness.say("g1", "staff", "@小美 旧衣服收的，发票也能开", mentions=("m0",), at=local("2026-12-07 10:03"))
    assert await _reminded(harness, "2026-12-07 10:32") == ""


async def test_a_staff_answer_of_few_words_closes_her_one_question(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "m0", "你们收旧衣服不？")
    await harness.say("g1", "m1", "能开发票吗？")  # another asker's question stays open
    await harness.say("g1", "staff", "@小美 可以的", mentions=("m0",), at=local("2026-12-07 10:02"))
    told = await _reminded(harness, "2026-12-07 10:31")
    assert "旧衣服" not in told and "开发票" in told


# --- 3. an hours question early in the morning is answered from the FAQ ---------------------------------------------------

HOURS_SAID = "营业"
QUIET_REPLIES_OFF = CONFIG + "  posting: {replies_in_quiet_hours: false}\n"


@pytest.mark.parametrize("text", ["你们几点开门呀", "店里早上几点营业啊", "今儿个几点开门嘞", "请问几点开门"])
async def test_an_early_hours_question_is_answered_at_once_when_replies_may_go(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 06:30")
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert HOURS_SAID in said and NOTED not in said and harness.bot.ctx.questions.next_due() is None


@pytest.mark.parametrize("text", ["你们几点开门呀", "店里早上几点营业啊", "今儿个几点开门嘞", "请问几点开门"])
async def test_an_early_hours_question_waits_for_the_quiet_hours_end(make_harness, text):
    harness = await _harness(make_harness, config=QUIET_REPLIES_OFF, start="2026-12-07 06:30")
    later = await harness.say("g1", "m0", text) + await run_until(harness, local("2026-12-07 07:05"))
    said = [a for a in later if "m0" in a.get("mentions", ())]  # (the queue is drained: the clock runs to 07:00)
    assert len(said) == 1 and HOURS_SAID in said[0]["text"] and said[0]["t"] == local("2026-12-07 07:00").isoformat()
    assert harness.bot.ctx.questions.next_due() is None  # answered: nothing for the staff


@pytest.mark.parametrize("text", ["早上好呀", "几点了都没人说话", "@波波 你几点起的"])
async def test_early_chat_hears_nothing_at_the_quiet_hours_end(make_harness, text):
    harness = await _harness(make_harness, config=QUIET_REPLIES_OFF, start="2026-12-07 06:30")
    mentions = ("m1",) if text.startswith("@") else ()
    await harness.say("g1", "m0", text, mentions=mentions)
    assert [a for a in await run_until(harness, local("2026-12-07 07:05")) if "m0" in a.get("mentions", ())] == []


# --- 4. rationed notes, recorded questions -------------------------------------------------------------------------------

async def test_questions_a_member_hears_no_note_for_are_still_reminded(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    assert NOTED in _text(await harness.say("g1", "m0", "你们收旧衣服不？"), "m0")
    for minute, text in ((2, "店里能修手机不"), (4, "可以帮忙代收快递吗")):
        assert _text(await harness.say("g1", "m0", text, at=local(f"2026-12-07 10:0{minute}")), "m0") == ""
    told = await _reminded(harness, "2026-12-07 11:05")  # (the staff hear of a group once an SLA: gathered)
    assert all(words in told for words in ("旧衣服", "修手机", "代收快递"))


async def test_a_question_past_the_groups_notes_is_still_reminded(make_harness):
    from bot.events import Member
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    harness.adapter.add_group(type(GROUP)(GROUP.id, GROUP.name, GROUP.owner, (*GROUP.members, Member("m6", "小芳"))))
    for n, member in enumerate(("m0", "m1", "m2", "m3", "m4", "m5")):
        await harness.say("g1", member, "你们家卖不卖酒", at=local(f"2026-12-07 10:0{n}"))
    assert _text(await harness.say("g1", "m6", "你们家尿不湿是哪个牌子的？", at=local("2026-12-07 10:07")), "m6") == ""
    assert "尿不湿" in await _reminded(harness, "2026-12-07 11:05")


async def test_a_question_in_quiet_hours_is_reminded_in_the_morning(make_harness):
    harness = await _harness(make_harness, config=QUIET_REPLIES_OFF, start="2026-12-07 23:30")
    assert await harness.say("g1", "m0", "你们收旧衣服不？") == []
    assert "旧衣服" in await _reminded(harness, "2026-12-08 09:31")
