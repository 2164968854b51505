"""p29: order precision — a plain order whose one count is said as more ("馒头再给我带一袋", "汤圆又想要一袋", "我仲想要两盒") stored
on top of what the member has, and an added count summed with the new total said after it ("再来一袋，两袋就够" read 3) read as
the change to that total. Working train and dev: 14 lines of 10 files wrong -> right, none right -> wrong; the confirming files
moved orders precision +0.11 points (bar +0.7), so the switch ``order_added.ADDED_ON_TOP`` ships OFF (docs/language.md,
"p29"). These tests read it switched on, check that off it reads as main, and hold the readings main lacks as strict xfails
with the switch as shipped. Every sentence is the engineer's own (none is a corpus line)."""
from __future__ import annotations

import pytest

from bot.chain import text as chain
from bot.chain.text import order_reading
from bot.language import order_added

ORDER, CHANGE = "order", "order_change"


def _read(text: str) -> tuple[str, int, bool, bool] | None:
    chain._order_reading.cache_clear()
    reading = order_reading(text, None)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


@pytest.fixture
def switched_on(monkeypatch):
    monkeypatch.setattr(order_added, "ADDED_ON_TOP", True)
    yield
    chain._order_reading.cache_clear()


def test_the_p29_switch_ships_on():
    assert "\nADDED_ON_TOP = True\n" in open(order_added.__file__, encoding="utf-8").read()  # since m30


# Said as more: stored on top of her order (add), or the new total said after the added count.
ADDED = [
    ("汤圆又想要一袋", ORDER, 1, True),
    ("我仲想要两盒", ORDER, 2, True),
    ("再来两份，三份一起拿", CHANGE, 3, False),
    ("再来一袋，两袋就够", CHANGE, 2, False),
    ("粽子再给我捎两个", ORDER, 2, True),
]
# Real changes of the same shape main already reads as added: left as they are.
ALREADY = ["腊肠再帮我添一包", "再整一份，谢谢", "我还要一份", "再给我加两斤", "多要一份", "芝麻汤圆再给我来一袋", "还想要一盒"]
# Look-alikes near the shape that must read exactly as with the switch off: a pick-up, a word said, a plan, a past act, a
# question, an adjective's 又, a total, another's share, a condition, a reduction, 还是.
LOOK_ALIKES = ["明天再来拿两份", "再说吧，两份太多了", "下次再要两份", "又香又甜两份", "我又买了两份，吃不完", "再看看，先要一份",
               "再来一份？我怕是要胖成球了", "给我也添两份", "这回再给我留两斤", "再加到三份", "再来一份，两个人吃",
               "再便宜点我就要两份", "我再问问我妈要几份", "还要两份吗", "再见啦，两份放门口", "添了一份", "再退一份",
               "再少要一份", "我还是要两份", "要是有货再给我来一箱", "再来两份，一份给我妈"]


@pytest.mark.parametrize("text,intent,amount,add", ADDED)
def test_a_count_said_as_more_is_stored_on_top(switched_on, text, intent, amount, add):
    got = _read(text)
    assert (got if intent is None else got[:3]) == (None if intent is None else (intent, amount, add))
    assert got is None or got[3]


@pytest.mark.parametrize("text", ALREADY + LOOK_ALIKES)
def test_look_alikes_and_changes_already_read_are_left_alone(monkeypatch, text):
    monkeypatch.setattr(order_added, "ADDED_ON_TOP", False)
    off = _read(text)
    monkeypatch.setattr(order_added, "ADDED_ON_TOP", True)
    assert _read(text) == off


@pytest.mark.parametrize("text", ALREADY)
def test_changes_already_read_stay_added(text):
    got = _read(text)
    assert got is not None and got[0] == CHANGE and got[2] and got[3]


@pytest.mark.parametrize("text,intent,amount,add", [case for case in ADDED if case[1] is not None])
def test_as_shipped_a_count_said_as_more_is_stored_on_top(text, intent, amount, add):
    assert _read(text)[:3] == (intent, amount, add)


def test_off_reads_as_main(monkeypatch):
    monkeypatch.setattr(order_added, "ADDED_ON_TOP", False)
    assert _read("汤圆又想要一袋")[:3] == (ORDER, 1, False)
    assert _read("再来一袋，两袋就够")[:3] == (ORDER, 3, False)


# m30, by p29's review: look-alikes of m30's own that the mended reading leaves as with the switch off — Cantonese 仲 as
# "still", a restatement after a colon or a check, someone else who fetches or orders, a later time, a thanks or a farewell.
M30_LOOK_ALIKES = [
    "仲系两份，唔该", "我仲系要一盒", "仲系照旧三斤", "佢仲系要两份", "我哋仲系两箱",
    "再确认：两份", "再确认一下：三盒", "再核对一下，两斤", "再重复一遍两份", "再强调下是一箱",
    "我妈说再捎两个给她", "她再捎两袋回去", "让我老公再捎两份", "隔壁阿姨再捎一箱", "他又要了两份",
    "明天再来两份", "晚上再订一盒", "下午再要两斤", "周六再整一份", "过两天再来一箱",
    "等发工资再买两份", "月底再订三盒", "一会儿再加一份", "到时候再要两份", "后天再给我留一份",
    "再等等，两份先", "再来两个人，一份就够", "再过一小时来拿两份", "我们再商量，先一份", "那就再定，先三盒",
    "老板再来两份的那位是谁", "再次感谢，两份收到", "再也不买了，这两份吃完算了", "小王再订两份，她刚说的", "再者两份太多",
    "群主再发两份链接", "你再给她留两份", "老师再要两份", "仲有冇两份", "我仲未要，留一份",
]


@pytest.mark.parametrize("text", M30_LOOK_ALIKES)
def test_m30_look_alikes_read_as_with_the_switch_off(monkeypatch, text):
    monkeypatch.setattr(order_added, "ADDED_ON_TOP", False)
    off = _read(text)
    monkeypatch.setattr(order_added, "ADDED_ON_TOP", True)
    assert _read(text) == off


# m30's review (rv-m30p), by cause — own sentences. Stored on top with the mend: goods whose names hold a kin or saying
# character (酸奶, 话梅, 儿童…), someone called before 再帮我/再给我 (asked, not the doer), today's 今日.
M30_MEND_ON_TOP = [("酸奶再帮我带三盒", 3), ("话梅再给我捎一包", 1), ("儿童酱油再给我带一瓶", 1), ("老师再帮我带三份", 3),
                   ("我今日仲要三盒", 3)]
# Not more on top, reading as with the switch off: a Cantonese reminder of what she has (㗎, 记得, 别忘, 照旧), a question (咩).
M30_MEND_NOT_MORE = ["我仲要三盒㗎", "我仲要一箱，记得留返俾我", "仲要三份咩", "仲要一盒，照旧", "我仲要两箱，别忘了"]


@pytest.mark.parametrize("text,amount", M30_MEND_ON_TOP)
def test_m30_mend_a_count_said_as_more_is_stored_on_top(switched_on, text, amount):
    assert _read(text) == (ORDER, amount, True, True)


@pytest.mark.parametrize("text", M30_MEND_NOT_MORE)
def test_m30_mend_a_reminder_or_question_reads_as_with_the_switch_off(monkeypatch, text):
    monkeypatch.setattr(order_added, "ADDED_ON_TOP", False)
    off = _read(text)
    monkeypatch.setattr(order_added, "ADDED_ON_TOP", True)
    assert _read(text) == off and not (off and off[2])


@pytest.mark.parametrize("clause,gap,expected", [
    ("老师", "帮我带", False),  # called and asked for her
    ("我老公", "帮我捎", True),  # hers, talked about: he would do it
    ("老婆饼", "给我留", False), ("娃娃菜", "", False),  # goods, not kin
    ("她", "给我带", True), ("明天", "给我带", True), ("", "帮佢订", True), ("", "给我妈带", True),
])
def test_m30_mend_not_hers(clause, gap, expected):
    assert order_added._not_hers(clause, gap) is expected
