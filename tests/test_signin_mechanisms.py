"""The sign-in reader by mechanism (tenth pass), on phrasings written for each mechanism, both ways."""
from __future__ import annotations

import pytest

from bot.config.schema import SignInSettings
from bot.language.intents import Reading
from bot.language.signins import read_signin

TRIGGERS = SignInSettings().triggers


@pytest.mark.parametrize("text", [
    # voice input runs on into her own next sentence, or says why she signs in
    "我签到了我先去买菜了", "签个到我今天值班", "我签到我在上班路上", "老张早啊我签到我下午去医院拿药",
    "我签个到给大家拜个早年", "签到给自己攒点好运", "签个到沾沾喜气", "签到给孙女讨个好彩头",
    # a moment of her day before the trigger
    "中午休息的时候签个到", "坐公交的时候顺手打个卡", "排队的时候顺手签个到", "一睁眼就来签到", "吃完饭的空签个到",
    "忙到现在才想起来签到", "出门旅游中 也不忘签到", "今天是第二十天签到",
    # signing in a grown-up of her household
    "帮我妈签个到", "替我老伴签个到", "我帮我爸签到", "给我婆婆也签个到", "我是3号楼王阿姨的女儿我帮妈妈签到",
    # someone's message quoted first; a dialect particle; particles typed in pinyin
    "「店长：今天签到送鸡蛋」签到", "「王店长：别忘了每日签到领积分哦」 签到了", "签到伐", "侬早 签到伐",
    "qiandao la", "qian dao le", "daka la", "qiandao ya",
    # what she came for, said with 是…的; a trigger's character mistaken by shape (handwriting input)
    "早上好 我是来签到的", "我是特意来打卡的哈", "笺到", "签刭", "笺个到", "打卞", "签到 今天跑了5公里",
])
def test_sign_ins_by_mechanism(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


@pytest.mark.parametrize("text", [
    # the run-on talks about signing in, or refuses it
    "签到我不会弄", "签到我老是忘记", "签到我一直签不上", "打卡我每天都打", "签到我让我儿子帮我弄", "签到给积分吗",
    # work, a meeting, a child's homework, news of someone else's sign-in
    "上班的时候打卡", "开会的时候签到", "帮孩子打卡", "给孩子打个卡", "我女儿帮我签到了", "我妈帮我签过了",
    "帮我婆婆签到怎么弄", "排队的时候签到的人太多了", "不忘签到的人有奖励吗", "想起来昨天没签到", "第三天签到送什么",
    # a quoted sign-in with a remark of her own; a quote that asks
    "回复 李姐：签到\n李姐早啊", "「店长：明天签到送鸡蛋」什么时候开始", "qiandao ma",
    # talk about signing in
    # another clock-in named in another clause; a shape-alike heard by sound is no trigger (笺到 ~ 见到)
    "打卡成功 今天跑了5公里", "打卡 今天背了20个单词", "打卡第30天 今天阅读了一小时", "我是来买鸡蛋的", "我是来签到的吗",
    "见到了", "今天见到张姐了", "打扁",
    "你签到了吗", "签到送的积分怎么用", "我都签到一个月了还没领到奖品", "签到签了半年了一个鸡蛋都没换到", "大家别忘了签到哦",
])
def test_not_sign_ins_by_mechanism(text):
    assert read_signin(text, TRIGGERS) is None
