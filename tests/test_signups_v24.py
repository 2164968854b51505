"""V24: what the sign-up reader wrongly takes, read by mechanisms (``signup_checks``): a clause that asks the store its way
or hours, words that turn to the others (the staff's voice, the group called, those who would join, who comes asked, the
list's own count), news told rather than her act (others' sign-up said of them, a group's size with a part singled out,
people counted where they are, her place in another organiser's event told as done), an event only supposed; the no-act
checks silence an unsure reading too (no question asked of chat). Both ways, through ``signup_reading``. Sentences of this
pass's own."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading


def read(text: str, event: str = ""):
    return signup_reading(text, event=event)


def acted(text: str, event: str = "") -> tuple[str, int] | None:
    reading = read(text, event)
    return (reading.intent, reading.amount) if reading is not None and reading.sure else None


@pytest.mark.parametrize("text", [
    "店在哪条街呀，我邻居也想来",  # a clause that asks the store its way, beside a remark on coming
    "门店在哪个路口 我让我儿子骑车带我来",
    "包粽子我们仨去 店在哪个路口 我坐地铁",  # the shop's place asked: a question, whatever party is said beside it
    "剪纸我俩去，店具体在哪，我从火车站过来",
    "插花已报名：刘姐2 小周1 王阿姨3 共6人",  # the list's own count
    "我外甥说他也要报名，累不累啊",  # their sign-up said of them
    "隔壁刘姐她们报了插花 叫我也去",
    "我们队十个人，就我唱得最差",  # a group's size, then a part singled out
    "排练的有十五个人",  # people counted where they are
    "前面还有八个人",
    "活动室坐不下四十个人吧",
    "社区书法班 我报名了",  # her place in another organiser's event, told as done
    "街道招志愿者 元旦去敬老院 我报了",
    "要是店里组织去爬山，俺家三口都去",  # an event only supposed
    "能把我表姐拉进群吗 她也想参加",  # the group's rule on bringing someone in, asked
])
def test_taken_wrongly_no_more(text):
    assert acted(text) is None


@pytest.mark.parametrize("text", [
    "理发的老人家按报名顺序排，莫慌",  # the staff's voice
    "想学剪纸的小朋友在群里回复报名",  # those who would join, no word of her own
    "目前剪纸课2大1小5组，1大1小4组",  # the list's own count
    "我老公说要报名剪纸 他手那么笨",  # their sign-up said of them
    "下次搞个插花活动吧，我第一个报名",  # an event only supposed
    "发个门店定位 我想去店里看看",  # the store's way asked
    "我可以把我同事拉进来不",  # the group's rule asked
])
def test_chat_not_asked(text):
    assert read(text) is None  # main asks these: a question put to chat


@pytest.mark.parametrize("text,party", [
    ("店里几点开门 烘焙课我们四个报名", 4),  # she joins beside the question: still her party
    ("两个人 几点到店里集合", 2),  # the event's meeting time asked beside her party
    ("包粽子还有位置吗 我们两个", 2),  # 位置 of the event, not the way
    ("我老伴说他也去 那就两个", 2),  # their word, with her party
    ("我们车间六个人都报插花", 6),  # the group's count joined
    ("我们办公室五个人", 5),
    ("帮我妈报一个，她说她也要报名", 1),  # her request
    ("我报了 我和我女儿", 2),  # her own, with her party
    ("我和老伴报名", 2),
    ("报名的 张三 李四", 2),  # names under 报名的, no one who would join named
    ("算我一个，谁还去", 1),  # others invited beside her own place
    ("大家晚上好 报名两个", 2),  # the group greeted, not called on
])
def test_her_party_stands(text, party):
    assert acted(text) == ("signup", party)


def test_another_organisers_event_unless_it_is_the_open_one():
    assert acted("社区书法班 我报名了") is None
    assert acted("社区书法班 我报名了", event="社区书法班") == ("signup", 1)
