"""S14: the learned 打卡 score as the sign-in reader's partner — another habit's 打卡 (a pill, an app, a workout, a place)
left silent where the reader does not know the words before 打卡, a member's own sign-in kept — on phrasings written for
each mechanism, both ways."""
from __future__ import annotations

import pytest

from bot.config.schema import SignInSettings
from bot.language import signin_model
from bot.language.intents import Reading
from bot.language.signin_model import Card, SigninModel
from bot.language.signins import card_context, read_signin

TRIGGERS = SignInSettings().triggers


# Another habit's 打卡 the reader's lists do not name, with the habit's news after it: a pill, a health routine, an app's
# lesson, a craft, a hobby, a meal, a place visited. The rules alone read each as a sign-in.
@pytest.mark.parametrize("text", [
    "降糖药打卡 早饭后吃了", "钙片打卡 今天没忘", "叶酸打卡第40天", "鱼油打卡 坚持一个月了", "胰岛素打卡 今天打了",
    "量血压打卡 130/85", "复健打卡 膝盖能弯了", "二胡打卡 拉了半小时", "织毛衣打卡 袖子织好了", "抄经打卡 心经第21遍", "听书打卡 三国演义第二十回",
    "种菜打卡 小葱发芽了", "养花打卡 君子兰开了", "冬泳打卡 水温3度", "做饭打卡 今天红烧肉",
    "多邻国打卡 西班牙语第15天", "孙子口算打卡 错了三道", "断奶打卡第三天 娃哭了一晚", "老字号包子铺打卡 排了半小时",
])
def test_another_habits_card_is_no_sign_in(text):
    assert read_signin(text, TRIGGERS, partner=False) == Reading("signin")  # what the rules alone read
    assert read_signin(text, TRIGGERS) is None


# ... and those the rules now name themselves (I21's sports, dances and self-care before 打卡; I22's crowd), silent either way.
@pytest.mark.parametrize("text", ["泡脚打卡 睡得香", "八段锦打卡 今天练了两遍", "太极拳打卡 公园人好多", "广场舞打卡 新学了一支舞",
                                  "故宫雪景打卡 人挤人"])
def test_a_habit_the_rules_name_is_no_sign_in(text):
    assert read_signin(text, TRIGGERS, partner=False) is None
    assert read_signin(text, TRIGGERS) is None


# Her own sign-in by 打卡: who she is (a name, a flat, kin, a nickname the corpus knows), when, how, the bot asked, her
# greeting run together with it, a slip of the trigger; the score never silences one the rules know.
@pytest.mark.parametrize("text", [
    "3号楼刘阿姨打卡", "芳芳打卡", "豆豆外婆打卡", "老张头打卡啦", "二单元赵姐打卡", "三楼王奶奶打卡", "6-2-301打卡", "宝妈打卡",
    "今早打卡", "周一打卡 新的一周加油", "12月打卡第5天", "平安夜打卡", "睡前打卡", "例行打卡", "准时打卡", "默默打卡",
    "我也打个卡", "我先来打个卡", "今日已打卡", "小助手帮我打个卡呗", "大家早上好小助手帮我打个卡呗", "冒泡打卡", "潜水党来打卡",
    "打工人打卡 今天也要加油", "早上好打卡", "打卡打卡 早上好", "达卡打卡 早安", "新人第一次打卡 请多关照", "买菜路上打卡",
    "来晚了 打卡", "病好了 回来打卡", "出院了 来打卡报平安", "在老家打卡", "奶奶让我帮她打卡 我是她孙子",
])
def test_her_card_stays_a_sign_in(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


# The doubt is the reader's, by rule: only words before 打卡 it does not know as who, when or how put a 打卡 to the
# score; 签 anywhere (签到打卡, qd打卡, 谦到打卡) is the group's sign-in, never the score's.
@pytest.mark.parametrize("text, in_doubt", [
    ("降压药打卡 今天吃了", True), ("摸鱼打卡", True), ("大家中午好摸鱼打卡", True), ("早安 摸鱼打卡 打卡", False),
    ("冒泡打卡", False), ("大家中午好冒泡打卡", False),  # the group's slang, a word of how she signs in (I19)
    ("小助手帮我打个卡", False), ("我也来打个卡", False), ("今日份打卡", False), ("8栋老王打卡", False), ("周五打卡", False),
    ("哈喽大家好姐妹们早安打卡", False), ("打卡逗号群主早", False), ("我都嚟打卡啦", False), ("我爸让我帮他打个卡", False),
])
def test_which_cards_are_in_doubt(text, in_doubt):
    card = card_context(text)
    assert card is not None and card.in_doubt == in_doubt


@pytest.mark.parametrize("text", ["签到打卡", "打卡签到", "qd打卡", "谦到打卡 早", "早上好", "签到"])
def test_a_sign_in_with_qian_or_no_card_is_not_the_scores(text):
    assert card_context(text) is None


def test_the_card_read_is_the_first_with_its_clause_words():
    assert card_context("早安，降压药打卡完成 今天吃了") == Card("降压药", "完成", 1, 3, True)


# The score weighs the words around the trigger, not the message's: a greeting elsewhere says nothing of whose 打卡 it is.
def test_the_score_reads_the_words_beside_the_card():
    model = signin_model.shipped()
    assert model is not None
    alone, greeted = card_context("降糖药打卡 早饭后吃了"), card_context("各位早 降糖药打卡 早饭后吃了")
    assert model.vetoes(alone) and model.vetoes(greeted)


def test_without_a_model_the_rules_decide(monkeypatch):
    monkeypatch.setattr(signin_model, "shipped", lambda: None)
    assert read_signin("降糖药打卡 早饭后吃了", TRIGGERS) == Reading("signin")


# `qunbot train --signins` fits the score on lines holding 打卡: a small fit learns the words beside it both ways.
def test_a_fit_learns_the_words_beside_the_card():
    from corpus import Record
    from bot.language.signin_training import fit

    lines = [("婷婷打卡", "signin"), ("兰兰打卡 早上好", "signin"), ("打卡 大家早", "signin"), ("来打卡啦", "signin"),
             ("跳绳打卡 跳了一千个", "none"), ("练琴打卡 练了一小时", "none"), ("背书打卡 背了一篇", "none"), ("签到", "signin")] * 3
    model = fit([Record(text, {"intent": intent}) for text, intent in lines])
    assert isinstance(model, SigninModel) and model.meta["examples"] == 21  # 签到 is not the score's
    assert model.probability(card_context("练琴打卡 今天练了半小时")) < 0.5 < model.probability(card_context("兰兰打卡"))


# Voice input without a pause: the sign-in, words of hers the reader does not join to it, then her day, the weather or a
# wish; read up to where that sentence starts, when what comes before signs in by itself.
@pytest.mark.parametrize("text", [
    "打卡出门遛弯去了外面风真大", "签到老李头零下八度冻手", "签个到腿脚好多了谢谢惦记祝大家平安", "签到三号楼王姐祝大家冬至快乐",
    "签到忙完了才看手机今天阴天",
])
def test_a_sign_in_run_on_into_her_day(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


# ... never when the sentence dropped is what made it no sign-in (a rule told the group, work, a run, a question, a
# lapse), nor where the cut would split a particle from its verb (我妈签到了: news of her mother's) or a quote or title.
@pytest.mark.parametrize("text", [
    "签到大家每天一次就行今天好冷", "上班打卡又迟到了今天好冷", "打卡今天跑了五公里天气真好", "签到怎么弄今天好冷",
    "昨天忘了签到今天好冷啊", "签到积分清零了吗今天降温", "我妈签到了今天好冷", "签到送的鸡蛋领了吗外面下雪了",
    "孩子英语打卡做完了今天降温", "《签到一百天》今天好冷", "李叔叔签到[太阳]都五十天了",
])
def test_no_sign_in_run_on_into_her_day(text):
    assert read_signin(text, TRIGGERS) is None


# Typed by sound: 大个卡 is 打个卡 unless a big one's 卡车 or 卡片 follows; a homophone that is a word (钱到, 迁到) after the
# closed-class words of who, when or how that 打卡 may follow (我也来, 俺来, 今日份, the bot asked).
@pytest.mark.parametrize("text", ["来大个卡", "早 大个卡先", "先大个卡再去跳舞", "我也来迁到", "俺来钱到", "今日份迁到", "群助手帮我钱到"])
def test_sign_ins_typed_by_sound(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


@pytest.mark.parametrize("text", ["开大个卡车去拉货", "他开了个大个卡车", "工资钱到了", "我要钱到账了才买", "退休金钱到了没", "我也来钱到账了"])
def test_no_sign_ins_that_sound_alike(text):
    assert read_signin(text, TRIGGERS) is None
