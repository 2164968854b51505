"""Issue 18, I21: sign-ins by mechanism — a reply's opening before the act and counting herself in, her moment or her ride
named before it; a complaint that the bot did not answer, someone else's sign-in named, the talk moved on, someone urged
after the trigger, and 打卡 at a place gone to or after a sport stay silent in every reading.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from tests.test_signins_i13 import signs_in


# Her answer to the group opens with 那/行/好 or "我这(就)" before the act, or she counts herself in after it.
@pytest.mark.parametrize("text", [
    "那我这打个卡吧", "那就签个到", "行 我这就签到", "好嘞 我也来打个卡", "那我先签到啦", "那我在这打个卡", "我这就签到",
    "打卡也算我一个", "打卡 算我一个", "签到也算上我",
])
def test_a_reply_opening_and_counting_herself_in_sign_in(text):
    assert signs_in(text)


# Her moment, her ride, her first thing, learning it, asked by kin in the north-west's words, off to work after 已签.
@pytest.mark.parametrize("text", [
    "开会中偷偷签个到", "上课呢悄悄打个卡", "哄完孙子终于有空签到了", "忙了一上午终于有空来签到", "睁眼第一件事就是签到",
    "起床第一件事 就是签到", "公交上签个到", "回家的车上签到 堵死了", "签到🚇高铁上", "刚进群，学着打个卡", "跟着大家打个卡",
    "额娘让额帮她也签一下", "已签 上班去了", "今儿个也签上个到", "幫我簽埋個到 唔該",
])
def test_her_moment_and_where_she_is_sign_in(text):
    assert signs_in(text)


# The same words around someone else or a habit stay silent.
@pytest.mark.parametrize("text", [
    "孩子上课偷偷打卡", "别偷偷签到", "我妈终于有空签到了", "老伴终于有空签到了", "每天睁眼第一件事就是签到",
    "我妈每天起床第一件事就是签到", "到了会场第一件事是签到", "我们都签到了",
])
def test_someone_elses_moment_or_a_habit_stays_silent(text):
    assert not signs_in(text)


# A complaint that the bot did not answer, someone else's sign-in named, the trigger as what a word was typed as, the talk
# moved on, someone addressed and urged after the trigger, a call never rescued by the score.
@pytest.mark.parametrize("text", [
    "签到我发了 可是小助手说没收到", "签到发了 小助手没回", "签到发了三遍都没反应", "签到消息发出去石沉大海",
    "签到了 机器人也不理我", "我签到 它说我已经签过了", "阿姨，你的签到打成了钱到，不碍事", "她的签到没记上",
    "签到完了 再说下今天的橙子", "打卡结束 下面聊聊团购", "老李 签个到吧 别潜水了", "张姐 签到啦 快来", "快来签到",
    "签到我一般都是晚上", "签到了 为啥积分没涨", "签到我算是服了 老忘", "签到一天才给一分 太抠了", "签到发到老家群里去了 哈哈",
    "我老伴把签到打成了千到",
])
def test_complaints_others_and_calls_stay_silent(text):
    assert not signs_in(text)


# 打卡 at a place gone to or named by its kind, after a sport, a dance or self-care, or a diet's log.
@pytest.mark.parametrize("text", [
    "带孙女来迪士尼打卡啦", "去抚顺的新公园打卡", "鼓浪屿打卡", "外滩打个卡", "南京路打卡", "羽毛球打卡", "乒乓球打卡",
    "泡脚打卡", "护肤打卡", "八段锦打卡第30天", "到此一游 打卡", "打卡第50天 体重掉了八斤",
])
def test_another_kind_of_daka_stays_silent(text):
    assert not signs_in(text)


# Sign-ins beside the same words stay sign-ins.
@pytest.mark.parametrize("text", [
    "来群里打个卡 送完娃了", "我也来打卡", "出来冒泡打卡", "早上好 来打个卡", "老李 签到", "王姐 签到啦",
    "签到了 快来看今天的菜", "签到 我一般不发言", "我的签到打成了千到 重新来 签到", "签到 在公交上呢",
])
def test_sign_ins_beside_the_same_words_stay(text):
    assert signs_in(text)


# After the 08:40 merge: who she is by where she lives, kin asking her to send it; a tally in Chinese numerals, what a place
# is good for, the trigger handed to someone or a long wait at it.
@pytest.mark.parametrize("text", [
    "石门镇的老两口签到", "黄岩的宝妈来签到啦", "东港的小伙伴签到", "大理的阿姨也来签到", "奶奶让我帮她发个签到",
])
def test_from_where_she_lives_and_sent_for_kin_sign_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", [
    "我家的老两口签到了", "隔壁的阿姨签到了", "已经有三十多个人签到了", "一共有二十来位签到", "这个湖边适合打卡",
    "签到交给我老伴了", "签到让我孙女帮我弄", "去社区医院打疫苗 签到排了老半天",
])
def test_whose_a_tally_or_the_trigger_handed_on_stay_silent(text):
    assert not signs_in(text)


# The new readings' own look-alikes: a plan joined, a story of it going wrong, the habit told, a neighbour by where she lives.
@pytest.mark.parametrize("text", [
    "打卡算我一个 明天去爬山", "这次团建打卡算我一个", "跟着大家打卡 结果忘了", "学着大家签到 结果签错了",
    "起床第一件事就是签到 这习惯坚持三年了", "对面楼的大爷签到比我早", "同事的妈妈来签到了",
])
def test_the_new_readings_own_look_alikes_stay_silent(text):
    assert not signs_in(text)


# Asked whether it will or must (会不会, 要不要…), or allowed as a thing (签到可以, 别刷屏); her act then a question of the day stays.
@pytest.mark.parametrize("text", ["签到会不会泄露信息啊", "打卡要不要每天都发", "签到算不算数啊", "签到可以 别刷屏"])
def test_asked_of_it_or_allowed_stays_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", ["签到 会不会下雪啊", "签到 要不要这么冷", "签到可以了"])
def test_her_act_then_the_days_question_signs_in(text):
    assert signs_in(text)


# Who she is, described before 打卡 and ending in a person: hers, the 打卡 score not asked; someone of hers, a habit, stay silent.
@pytest.mark.parametrize("text", ["退休老头打卡", "东北老妹儿打卡", "河南老乡打卡", "六十岁老太太来打卡", "咱东北老妹儿打卡",
                                  "丹东的老妹儿来签到"])
def test_herself_described_before_daka_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["我家老头打卡", "我奶奶打卡了", "健身达人打卡", "瑜伽老师打卡", "喝水打卡"])
def test_someone_of_hers_or_a_habit_before_daka_stays_silent(text):
    assert not signs_in(text)


# Others counted, or people on a post or duty (志愿者, 党员, 值班, 站岗): a duty's clock-in or others', not herself described.
@pytest.mark.parametrize("text", [
    "今天好多大妈打卡", "疫情值班志愿者打卡", "站岗志愿者打卡", "社区党员打卡", "小区志愿者打卡",
    "一群老姐妹打卡", "街道执勤大姐打卡", "核酸点志愿者打卡",
])
def test_others_counted_or_on_duty_before_daka_stay_silent(text):
    assert not signs_in(text)


# A homophone of the trigger beside her typo owned: 打错字 is no paper signed (签个字 is).
@pytest.mark.parametrize("text", ["前到，手冷打错字了", "迁到 手抖打错字"])
def test_her_typo_owned_beside_a_homophone_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["签到是在对话框里打两个字", "签到是每天的事", "签到是每天一次就够", "签到是个好习惯"])
def test_the_trigger_defined_stays_silent(text):
    assert not signs_in(text)


# 签到是 then the day or herself told (a weekday, a season's mark, a kind of day, herself new): her act, then a remark.
@pytest.mark.parametrize("text", [
    "签到是个大晴天", "签到是个好日子", "签到是大寒了 注意保暖", "签到是周六了 不用上班", "签到是新人 多关照",
    "签到是星期一了", "签到是个阴天 记得带伞", "签到是立冬了 饺子吃起来",
])
def test_the_day_or_herself_told_after_shi_signs_in(text):
    assert signs_in(text)
