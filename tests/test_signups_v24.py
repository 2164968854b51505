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
    "插花已报名：刘姐2 小周1 王阿姨3 共6人",  # the list's own count
    "我外甥说他也报了奥数，累不累啊",  # their sign-up, done, said of them
    "我婆婆说楼下张姨也报名了",
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
    "下次搞个插花活动吧，我第一个报名",  # an event only supposed
    "发个门店定位 我想去店里看看",  # the store's way asked
    "我可以把我同事拉进来不",  # the group's rule asked
])
def test_chat_not_asked(text):
    assert read(text) is None  # main asks these: a question put to chat


@pytest.mark.parametrize("text,party", [
    ("店里几点开门 烘焙课我们四个报名", 4),  # she joins beside the question: still her party
    ("三个人 几点在店门口等", 3),  # the event's meeting time asked beside her party
    ("包粽子还有位置吗 我们两个", 2),  # 位置 of the event, not the way
    ("我老伴说他也去 那就两个", 2),  # their word, with her party
    ("我们车间六个人都报插花", 6),  # the group's count joined
    ("我们办公室五个人", 5),
    ("帮我妈报一个，她说她也要报名", 1),  # her request
    ("我报了 我和我女儿", 2),  # her own, with her party
    ("我跟我闺女也报上", 2),
    ("报名的 张三 李四", 2),  # names under 报名的, no one who would join named
    ("算我一个，谁还去", 1),  # others invited beside her own place
    ("大家晚上好 报名两个", 2),  # the group greeted, not called on
    # V24 mend: her party beside a question about the store's place stands (the question answered beside it)
    ("剪纸我们仨去 店在哪个路口啊", 3),
    ("包粽子我俩来，店咋去，坐几路公交", 2),
    ("我们老两口都来，门店地址发我一下", 2),
    # 谁 that asks no one who comes, beside her party: a retort, a favour asked, a ride asked
    ("谁讲我不来的 俺们三个都来", 3),
    ("我家四口 谁晓得几点散场", 4),
    ("我们俩报名 谁下午顺路能带一下", 2),
    # her own household counted, or her own turnout guessed
    ("我屋里有三个人，都来", 3),
    ("俺们估计能来两个人", 2),
    # a party listed under those who join
    ("想参加的 李梅一家四口", 4),
])
def test_her_party_stands(text, party):
    assert acted(text) == ("signup", party)


@pytest.mark.parametrize("text", [
    "店咋走 我闺女骑电动车送我",  # the store's way asked, no party of hers beside it: the question alone
    "包粽子我们仨去 店在哪个路口 我坐地铁",  # the place asked beside her journey told: a message about the way there
    "剪纸我俩去，店具体在哪，我从火车站过来",
    "谁要去 报个名",  # who comes asked of the others
    "有没有一起去的 说一声",
])
def test_question_alone_stays_silent(text):
    assert read(text) is None


def test_company_asked_and_a_remark_on_them_stay_silent():
    assert read("有没有一块去插花的 我一个人怪没意思") is None  # company asked: her one is the reason
    assert read("元旦志愿者报名 每次三小时 有没有一块的") is None  # a span, not her party, beside the question
    assert read("我婆婆说她也想报名剪纸 她那么大岁数了") is None  # a wish passed on, then a remark on her: chat


@pytest.mark.parametrize("text", [
    "我表妹说她也要报名，写她的名字周敏",  # a wish to sign up passed on: a sign-up (or asked), not news
    "我邻居说她也想报名 她没进群",
])
def test_a_wish_passed_on_is_no_news(text):
    assert read(text) is not None and read(text).intent == "signup"


def test_unsure_readings_checked_by_the_sure_kinds_only():
    from bot.language import signup_checks
    from bot.language.intents import Reading

    def unsure(text: str, amount: int):
        return signup_checks.checked(text, "", Reading("signup", amount=amount, sure=False))

    assert unsure("合唱队九个人就我一个没对象", 9) is None  # a group's size, a part singled out: silent
    assert unsure("谁帮忙把名单发群里 我瞅瞅", 1) is None  # someone asked to do it, no party of hers beside
    assert unsure("谁晓得几点散场 我们家四口", 4) is not None  # her party beside the question: asked
    assert unsure("我表哥说他也想报名", 1) is not None  # a wish passed on: asked
    assert unsure("我们屋里有三个人想去", 3) is not None  # her household counted: asked


def test_an_unsure_reading_is_still_asked_beside_news():
    reading = read("我家里有俩个人想去", event="包饺子")  # her household counted, the reader unsure: asked, not silenced
    assert reading is not None and reading.intent == "signup"


def test_those_who_is_linear():
    import time
    started = time.perf_counter()
    read("想要报名参加" * 1500)
    assert time.perf_counter() - started < 0.5


def test_another_organisers_event_unless_it_is_the_open_one():
    assert acted("社区书法班 我报名了") is None
    assert acted("社区书法班 我报名了", event="社区书法班") == ("signup", 1)
