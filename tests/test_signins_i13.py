"""S15: sign-ins as members type them in the north and the south-west, by a sound that makes no word, with the stop
after the act dropped by voice input, and 签 with its result; the trigger talked about as a topic, a sign-in seen or
taught, a service room's and work's left alone — on phrasings written for each mechanism, both ways."""
from __future__ import annotations

import pytest

from bot.config.schema import SignInSettings
from bot.language.intents import Reading
from bot.language.signins import read_signin

TRIGGERS = SignInSettings().triggers


def signs_in(text: str) -> bool:
    return read_signin(text, TRIGGERS) == Reading("signin")


# Northern and south-western speech folded to the words the reader knows: 俺, 中不中/中不 after the act, 喊, 整个,
# 老伴儿, 俺俩, 昂 and 您内 closing a sentence, 一哈.
@pytest.mark.parametrize("text", [
    "俺也来签个到中不中", "群助手给俺打个卡中不", "俺签到了昂", "签个到了您内", "俺老头儿喊我帮他签到", "给俺媳妇儿也整个签到",
    "俺俩一起签到", "帮我签到一哈嘛", "俺来打个卡 今儿个真冷", "小助手帮俺签个到中不中",
])
def test_northern_and_south_western_speech_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", [
    "俺妈签到了", "这活动中不中啊", "整个签到活动都停了", "俺家签到那个本子丢了", "喊大家来签到",
])
def test_their_look_alikes_stay_silent(text):
    assert not signs_in(text)


# A trigger typed by a sound that makes no word of its own, read as written before every rule (her streak, the act put
# last, a count beside it that is no number).
@pytest.mark.parametrize("text", [
    "连续谦到二十天了 给自己鼓个掌", "早上好 还没欠到呢 现在签", "带孙子出门前千到一下", "帮我姥姥千个到她手机没电",
    "刷完碗了 谦到", "嵌到 今天好冷",
])
def test_a_trigger_typed_by_sound_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["预算一千到两千", "欠到月底再还", "提前到了楼下", "工资钱到了", "千岛湖打卡 水真清"])
def test_words_that_sound_so_stay_silent(text):
    assert not signs_in(text)


# 签 with its result or who and when: 签上, 签好, 已签, 也签, 先签上 (签了 alone signs a parcel as well).
@pytest.mark.parametrize("text", ["签上了", "签好啦", "我也签", "今天已签", "签上签上", "后天出远门 今天先签上", "我签了哈"])
def test_sign_with_its_result_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["签了", "快递签了", "合同签好了", "签了吗", "我都签了"])
def test_sign_of_other_things_stays_silent(text):
    assert not signs_in(text)


# The trigger as her sentence's topic: a comment on it, what happens after it done by someone else, its record or
# message, a person it names.
@pytest.mark.parametrize("text", [
    "签到都快成我的闹钟了", "签到还挺有意思的", "签到竟然还有排名", "签到后机器人回了个小花", "签到记录找不到了",
    "签到那条我发到家庭群了", "签到日历上全是红勾", "签到达人张阿姨来了", "签到狂魔又上线了", "打卡就是每天发两个字",
])
def test_the_trigger_as_a_topic_stays_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", ["签到后去菜市场", "签到完去接孙子", "签到 都好吧大家", "签到了 后天见"])
def test_the_act_then_her_day_still_signs_in(text):
    assert signs_in(text)


# A sign-in seen or taught, instructions to reply it, a service room's, another day's with 再.
@pytest.mark.parametrize("text", [
    "刘姐刚签到了 我亲眼看见的", "李叔签到了 我看到了", "我来教你们，发签到两个字就行", "外孙教会我打卡了 真方便",
    "【通知】回复“签到”领积分", "化验室签到 排了二十个号", "明天早起了再签到", "后天回来了再打卡",
])
def test_seen_taught_or_another_rooms_stays_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", ["3单元502室签到", "我看大家都签到了 我也来签到"])
def test_her_flat_and_others_then_her_own_sign_in(text):
    assert signs_in(text)


# Voice input without the stop after 签到: the stop is put back where a sentence of her own starts.
@pytest.mark.parametrize("text", [
    "大家早签到昨晚下了一夜雪路上滑", "签个到她奶奶今天包饺子大家都来尝尝", "各位早上好签到了他爸今天去外地我一个人带娃",
    "签到嗯今天外头风大", "早安签到了前天买的橙子真甜",
])
def test_voice_input_without_the_stop_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", [
    "签到满十天送一袋盐", "我老伴签到了今天降温", "签到从来没断过佩服", "签到他们说明天不送积分了吗", "打卡了一家新开的饺子馆",
    "签到表在一楼前台大家自己拿", "签到昨天忘了今天还能补吗",
])
def test_look_alikes_without_stops_stay_silent(text):
    assert not signs_in(text)


# Her moment at work before 签到 (work's own clock-in is 打卡, or its meetings' and parties').
@pytest.mark.parametrize("text", ["刚下班签到", "下夜班了签个到", "九点多了 加班狗签到", "到单位了先签个到", "打工人签到"])
def test_her_moment_at_work_before_signing_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", [
    "公司年会签到要排队", "单位培训签到表填错了", "上班打卡又差两分钟", "早上打卡迟到了 扣钱", "我家狗每天来打卡",
])
def test_works_own_sign_in_stays_silent(text):
    assert not signs_in(text)


# Asked of the bot by name, and the first one said last.
@pytest.mark.parametrize("text", ["小秘书帮我签到一下", "@群助手 给我打个卡", "机器人你帮我签个到吧", "第一个打卡的是我", "今天第一个签到的又是我"])
def test_the_bot_named_and_the_first_one_said_last(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["第一个签到的是王姐", "机器人帮我签收一下快递"])
def test_someone_elses_first_and_a_parcel_stay_silent(text):
    assert not signs_in(text)


# Punctuation spoken to voice input after an emoji, and a message sent with its words twice over, read once.
@pytest.mark.parametrize("text", ["签到🌞逗号各位早", "来打卡[咖啡]句号早上好", "签到了 今天下雪 签到了 今天下雪", "帮我妈签个到 帮我妈签个到"])
def test_spoken_stops_after_emoji_and_words_twice_over(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["我爸签到了 我爸签到了", "签到送什么 签到送什么", "画个句号签到就结束了吧"])
def test_their_look_alikes_twice_over_stay_silent(text):
    assert not signs_in(text)


# A reminder of the day's care beside her sign-in is a remark, not a reminder to sign in.
@pytest.mark.parametrize("text", ["腊八记得喝粥 今日已签", "降温了记得多穿点，帮我签个到", "记得带伞哦 签到"])
def test_a_care_reminder_beside_her_sign_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["大家记得按时签到", "记得喝水 也记得签到", "记得每天来签到哦"])
def test_a_reminder_to_sign_in_stays_silent(text):
    assert not signs_in(text)


# Her day after a short or English sign-in, a dialect tag or the first one said last; the phone talked to before a stop.
@pytest.mark.parametrize("text", [
    "已签 今天降温大家多穿点", "我也签，外面下雪了", "check in，我去遛弯了", "Sign in✅ 送外孙上学去咯", "俺来签个到中不，今天真冷",
    "第一个签到的是我，早饭还没吃", "喂签到听得见吗。今天要去体检",
])
def test_her_day_after_short_english_or_dialect_sign_ins(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["check in 酒店前台排队", "check in完了 房间挺大", "已签 合同明天寄"])
def test_a_stay_or_a_paper_stays_silent(text):
    assert not signs_in(text)
