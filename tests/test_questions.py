"""Members' questions through the real pipeline on a virtual clock: paraphrased FAQ questions, the
catalogue and the group's rules answered; chat with a "？" left alone; a staff reply closes only the
question it answers. Plus the reading itself, table-driven, and the corpus targets."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.questions.asking import read
from bot.config.schema import GroupSettings
from bot.config.loader import load_yaml_model
from bot.questions.faq import ENTRIES, SHIPPED, Faq
from tests.conftest import TEST_CONFIG, local, to

CONFIG = TEST_CONFIG + """
  welcome: {rules_summary: 不发广告和链接，友善交流}
  questions: {sla_minutes: 30, opening_hours: "09:00-21:00"}
"""
QUOTED = "「{name}：{text}」\n- - - - - - - - - - - - - - -\n{reply}"  # a reply quoting a message, as WeChat shows it


@pytest.fixture(scope="module")
def faq() -> Faq:
    return Faq(load_yaml_model(SHIPPED, ENTRIES))


@pytest.mark.parametrize("text, asks, topic", [
    ("几点开们", True, "hours"),  # a homophone typo
    ("周日开门不", True, "hours"),  # a synonym, and 不 as the question particle
    ("地址发一下", True, "address"),  # a request, not a question
    ("买的奶粉能退吗", True, "returns"),
    ("有停车的地方吗", True, "parking"),
    ("群规是什么", True, "rules"),
    ("湿巾还有货吗？多少钱", True, "catalogue"),
    ("请问能开发票吗", True, None),  # a question to the store nothing here answers: the staff will
    ("真的吗？", False, None),
    ("你家宝宝几个月了？", False, None),
    ("怎么这么冷啊？", False, None),
    ("大家周末过得好吗？", False, None),
    ("鸡蛋两份", False, None),  # an order, not a question
    ("已转账", False, None),
    ("我下班一般七点多，不知道那时候还开不开门", True, "hours"),  # the question in its own clause
    ("宝宝晚上老醒，你们怎么办的？", False, None),  # a short clause alone answers nothing
    ("好几个人都要了两份", False, None),  # 好几个 asks nothing
    ("明天开门伐", True, "hours"),  # a dialect particle
    ("我订了一份吗？", True, None),  # about one's own order: the staff look it up
    ("我老公帮我订了没有啊", True, None),
    ("王阿姨问还有没有名额", False, None),  # someone else's question, reported
    ("请问有没有停车的地方", True, "parking"),
])
def test_the_reading_of_a_message(faq, text, asks, topic):
    reading = read(text, faq, GroupSettings().faq.threshold)
    assert (reading.asks, reading.topic) == (asks, topic)


def directs(actions: list[dict], member: str) -> list[dict]:
    return [a for a in actions if a["action"] == "direct" and a["to"] == member]


async def run_until(harness, when) -> list[dict]:
    seen = len(harness.actions)
    await harness.sim.advance_to(when)
    await harness.drain()
    return harness.actions[seen:]


async def test_paraphrased_and_mistyped_faq_questions_are_answered(make_harness):
    harness = await make_harness(CONFIG)
    for text, answer in [("几点开们", "8:30"), ("周日开门不", "8:30"), ("有停车的地方吗", "停车位"),
                         ("地址发一下", "幸福路 88 号"), ("买的奶粉能退吗", "7 天内")]:
        out = await harness.say("g1", "amy", text)
        assert to("amy", out) and answer in out[0]["text"], (text, out)


async def test_a_catalogue_question_is_answered_from_the_open_group_buy_and_the_products(make_harness):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", "/开团 婴儿湿巾 ¥12.5 库存30 截止20:00 自提点A")
    await harness.say("g1", "bo", "我要3份")
    [stock] = await harness.say("g1", "amy", "湿巾还有货吗？多少钱")
    assert stock["text"].startswith("婴儿湿巾：12.5 元，还有 27 份") and to("amy", [stock])
    [millet] = await harness.say("g1", "amy", "五常小米多少钱？")
    assert "活动价 45 元（原价 59 元）" in millet["text"]
    assert await harness.say("g1", "amy", "纸尿裤还有货吗？") == []  # not sold here: the staff will answer
    told = directs(await run_until(harness, harness.clock.now() + timedelta(hours=1)), "owner")
    assert len(told) == 1 and "纸尿裤" in told[0]["text"] and "湿巾" not in told[0]["text"]


async def test_the_group_rules_are_answered_from_config(make_harness):
    harness = await make_harness(CONFIG)
    [rules] = await harness.say("g1", "amy", "群规是什么")
    assert "不发广告和链接，友善交流" in rules["text"] and "发布了违禁词" not in rules["text"]
    assert "1. 不发违禁内容" in rules["text"]  # the moderation rules' titles
    bare = await make_harness("defaults: {welcome: {rules_summary: ''}}\n", db_name="bare.db")
    [fallback] = await bare.say("g1", "amy", "有群规吗？")
    assert fallback["text"] == "本群群规：友善交流，不发广告和链接。"  # the rules entry's answer in faq.yaml


async def test_chat_with_a_question_mark_is_not_escalated(make_harness):
    harness = await make_harness(CONFIG)
    t = local("2026-11-23 10:00")
    for i, text in enumerate(["真的吗？", "你家宝宝几个月了？", "怎么这么冷啊？", "大家周末过得好吗？", "谁不想多睡会儿呢？",
                              "今天几号了？", "@波波 你那件衣服哪买的？"]):
        assert await harness.say("g1", "amy", text, at=t + timedelta(minutes=i)) == []
    assert directs(await run_until(harness, t + timedelta(hours=3)), "owner") == []


async def test_a_staff_reply_closes_only_the_question_it_answers(make_harness):
    harness = await make_harness(CONFIG)
    t = local("2026-11-23 10:00")
    await harness.say("g1", "amy", "能开发票吗？", at=t)
    await harness.say("g1", "bo", "你们招人吗？", at=t + timedelta(minutes=1))
    await harness.say("g1", "staff", QUOTED.format(name="波波", text="你们招人吗？", reply="招的，私聊我"),
                      at=t + timedelta(minutes=2))
    await harness.say("g1", "staff", "今天新到了一批草莓，欢迎来店里看看", at=t + timedelta(minutes=3))
    told = directs(await run_until(harness, t + timedelta(hours=3)), "owner")
    assert len(told) == 1 and "发票" in told[0]["text"] and "招人" not in told[0]["text"]


@pytest.fixture(scope="module")
def test_split():
    from corpus import eval_questions

    return eval_questions.score("test")


@pytest.mark.parametrize("target", ["precision", "recall", "top1", "no_answer"])
def test_the_corpus_targets_on_the_test_split(test_split, target):
    from corpus.eval_questions import TARGETS

    assert getattr(test_split, target) >= TARGETS[target]


@pytest.mark.parametrize("entry, problem", [
    ("{id: hours, questions: [几点开门], synonyms: {营业: [开店]}, answer: 8点}", "同义词 “营业” 没有出现在任何一个问题里"),
    ("{id: hours, questions: [几点开门], synonyms: {开门: []}, answer: 8点}", "同义词 “开门” 下面要列出成员会说的其他说法"),
    ("{id: hours, questions: [几点开门], keywords: ['？'], answer: 8点}", "关键词要有文字或数字"),
    ("{id: hours, questions: [几点开门]}", "缺少 “answer”"),
    ("{id: catalogue, questions: [多少钱]}", None),  # answered from the catalogue: no answer needed
])
def test_faq_files_are_checked_with_their_lines(tmp_path, entry, problem):
    from bot.config.loader import ConfigError

    path = tmp_path / "faq.yaml"
    path.write_text(f"# my FAQ\n- {entry}\n", "utf-8")
    if problem is None:
        assert load_yaml_model(path, ENTRIES)
        return
    with pytest.raises(ConfigError) as info:
        load_yaml_model(path, ENTRIES)
    [issue] = info.value.issues
    assert problem in issue.format(str(path)) and issue.format(str(path)).startswith(f"{path} 第 2 行 [0]：")
