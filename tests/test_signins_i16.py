"""Issue 18, S18 (i16): sign-ins — kin beyond the household, "did it take?" answered from the records.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from bot.config.schema import SignInSettings
from bot.language.signins import asks_if_signed_in, read_signin

TRIGGERS = SignInSettings().triggers


def signs_in(text: str) -> bool:
    return read_signin(text, TRIGGERS) is not None


# Grown-up kin beyond the household words (老爸, 老妈, in-laws, uncles, aunts, cousins): their news stays silent however
# the message is read (the whole-decision score too: 我外婆签到了), and a request for them signs them in.
@pytest.mark.parametrize("text", [
    "我老妈签到了", "我老爸今天签到了", "我岳母签到了", "我舅舅签到了", "我外婆签到了", "我外公今天也签到了", "俺姥姥签到了",
    "我家老爷子签到了", "我小姨也签到了", "我大姑刚签到", "我姑姑签到了 我还没", "我外婆打卡了", "我表姐已经签到了",
    "我丈母娘签到啦", "我老丈人签到了 比我还早",
])
def test_kin_news_is_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "帮我老妈签个到", "帮我岳母签个到", "帮我舅舅签个到", "给我老爸也签个到", "我老妈让我帮她签个到", "我老妈也签一个",
    "我老爸签个到", "帮我小姨签个到 她不会弄", "替我岳父签一下到", "给我舅舅也签上", "用我老妈手机签个到",
    "我签到 我老妈也签到了", "帮我姑妈打个卡",
])
def test_kin_asked_for_signs_in(text):
    assert signs_in(text)


# Whether her sign-in took, asked: after the act it is the act and a question about it (the sign-in's reply answers
# her); her sign-in named as a thing and asked about is no sign-in.
@pytest.mark.parametrize("text", [
    "签到 签到了没", "嗯 签到 签上了吗", "喂 签到 签到了没有啊", "喂喂 签到 签上没有", "签到 签上没有啊", "那个 签到 签好了没",
])
def test_the_act_then_whether_it_took_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", [
    "我那个签到啊签上没有", "我的签到签上没", "我那个签到啊早上签没签我记不清了", "俺这个打卡打上了没", "我签到了吗",
    "我今天签上没有", "看看我签没签上",
])
def test_her_sign_in_asked_about_is_not_one(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text, asks", [
    ("我今天签上没有", True), ("我签到了吗", True), ("看看我签没签上", True), ("我那个签到啊签上没有", True),
    ("我打卡成功了没", True), ("我签到了吗？怎么没动静", True), ("刚才签了吗我", True), ("俺签上了不", True),
    ("小助手 我今天签到成功了没有", True), ("我的签到签上没 帮我看看", True),
    ("你签到了吗", False), ("我妈签到了没", False), ("大家都签到了吗", False), ("昨天签上没", False),
    ("我签到没啥用", False), ("我打卡没赶上", False), ("我去火锅店打卡了吗", False), ("我今天上班打卡了没", False),
    ("今天签到了吗？没签的快来", False), ("我签收了没", False), ("这张卡我能用吗", False), ("我舅舅签到了没", False),
])
def test_whether_it_took_is_told_from_others_and_chat(text, asks):
    assert asks_if_signed_in(text) == asks


async def test_whether_it_took_is_answered_from_the_records(harness):
    [before] = await harness.say("g1", "amy", "我今天签上没有")
    assert "今天还没签到" in before["text"]  # answered, and nobody signed in
    today = await harness.say("g1", "amy", "签到")
    assert "签到成功" in today[0]["text"]
    [after] = await harness.say("g1", "bo", "我签到了吗")
    assert "今天还没签到" in after["text"]  # hers, not someone else's


# Done for her by someone else, told; the trigger naming what it brings as a noun: no reading signs them in, the
# whole-decision score's neither.
@pytest.mark.parametrize("text", [
    "老伴替我签到了", "小孙子帮我签到了", "孙女已经帮我签过了", "我闺女给我打卡了", "外孙子早就帮我签好了",
    "签到积分换的大米真香", "签到送的鸡蛋到了", "签到领的洗衣液挺好用", "拿签到积分换了瓶酱油",
])
def test_done_for_her_or_its_fruits_talked_of_is_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "麻烦帮我签到", "小助手帮我签个到", "签到领积分啦", "签到攒积分换鸡蛋", "刘大妈签到了 孙女帮我打的字", "张姐签到了",
])
def test_asked_done_or_her_points_still_sign_in(text):
    assert signs_in(text)


# The north-west's 额 (I) and 甚 (what); her plan later, at home, her first time in the group or her first thing today.
@pytest.mark.parametrize("text", [
    "给额签个到", "额签到 今天风大", "帮额签一下 额腿疼", "签个到等下去买菜", "签到 等会儿就去接孙子", "在屋里签个到 外面太冷",
    "头一回在群里签到 多关照", "今天群里签个到", "我老妈那个号也帮签一下到",
])
def test_more_ways_to_sign_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", [
    "签到有额外积分吗", "金额不对", "额孙子让额天天签到 额就天天签", "额这几天忘了签到", "签到有甚好处", "签到签出瘾了",
    "签到签成习惯了", "我妈也帮签到了", "今天签到第一的是谁", "等会儿签到", "下午再来签到", "明早再签到吧", "签到前先洗个脸",
])
def test_more_look_alikes(text):
    assert not signs_in(text)


# Voice input: her sentence closed by 的 run into 签到 (a predicate's 的, not a possessive's).
@pytest.mark.parametrize("text, signs", [
    ("北风刮得呼呼的签到", True), ("俺闺女给俺弄的签到 雾好大", True), ("冰箱里扔了好多过期的签到", True),
    ("我的签到", False), ("公司的签到", False), ("这是俺单位的签到群", False), ("孩子给我设置的签到提醒", False),
    ("被他删掉的签到记录", False),
])
def test_a_sentence_closed_by_de_before_the_act(text, signs):
    assert signs_in(text) == signs


# Kin of any kind named as the doer, and someone's sign-in told beside hers not done.
@pytest.mark.parametrize("text", [
    "我家老大签到了", "我外甥女签到了", "我们家老二早就签到了", "隔壁老王签到了 我还没", "张姐签到了 我还没签呢",
])
def test_others_signed_in_told(text):
    assert not signs_in(text)


# A log after "打卡：" is another habit's; who she is after it is hers.
@pytest.mark.parametrize("text, signs", [
    ("打卡：今天喝了三杯水 走了六千步", False), ("午餐打卡：番茄炒蛋", False), ("今日份打卡：新出的奶茶 太甜了", False),
    ("打卡：小美妈妈", True), ("打卡：3栋老李", True), ("打卡：第5天", True), ("今日打卡：大家早上好呀", True),
    ("打卡：朵朵妈妈 今天好冷", True), ("打卡：王淑芬！去医院复查了", True),
])
def test_a_log_after_the_colon(text, signs):
    assert signs_in(text) == signs


# The bot addressed before a request for a grown-up of hers; 我家那位.
@pytest.mark.parametrize("text", [
    "机器人帮我妈也签一个，她今年八十三了不会弄", "助理帮我老头子打个卡，他不会弄", "帮我家那位签一下到 他在上班",
    "晚上好能帮额签到不", "姐妹们早能帮我妈签个到吗", "小助手麻烦帮我老伴签个到", "群助手给我妈签个到 她手机坏了", "我签到 顺便帮我家老周签一个",
])
def test_the_bot_asked_for_her_kin(text):
    assert signs_in(text)


# "Can't" of her day is no broken sign-in (出不了门); the sign-in that will not go stays a complaint. Cantonese 埋 (also).
@pytest.mark.parametrize("text, signs", [
    ("下大雪了 出不了门 在家签到", True), ("签个到 腿疼走不了路", True), ("帮我阿妈签埋个到", True), ("我签埋个到先", True),
    ("签到签不了", False), ("签到用不了了", False), ("打不了卡", False), ("签到功能用不了", False),
])
def test_cant_of_her_day_and_of_the_sign_in(text, signs):
    assert signs_in(text) == signs


# A degree closing her sentence before the act, as voice input runs them on.
@pytest.mark.parametrize("text", ["昨天去吃羊肉锅了得劲得很签到", "今天冷得很签到", "外面风大得不行签到"])
def test_a_degree_closes_her_sentence(text):
    assert signs_in(text)


# --- after the session's review --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["打卡：今天天气真好", "打卡：来啦", "打卡：+1", "打卡：第一", "打卡：周一", "打卡：到",
                                  "牛逼签到", "今天签成了 签到", "签到 签出习惯了"])
def test_an_ordinary_day_after_the_colon_or_a_slang_word_still_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["明天讲座我要签到吗", "我需要签到吗", "我还用签到吗", "我也要打卡吗"])
def test_whether_she_must_sign_in_is_not_whether_it_took(text):
    assert not asks_if_signed_in(text)


@pytest.mark.parametrize("text", ["我签到了吗", "我今天签上没有", "我签没签上啊"])
def test_whether_it_took_is_still_asked(text):
    assert asks_if_signed_in(text)


@pytest.mark.parametrize("text", ["打卡：早餐一个包子一杯豆浆", "今日份打卡：早饭吃了两个包子"])
def test_a_breakfast_logged_after_the_colon_stays_silent(text):
    assert not signs_in(text)
