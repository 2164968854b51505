"""An ad hidden in a long friendly message is judged by the window around it (bot/rules/ad_windows.py)."""
from __future__ import annotations

import pytest

from bot.events import GroupMessage, Member
from bot.moderation.training import _AT, shipped_rule
from bot.rules import Facts
from bot.rules import ads as ads_module
from bot.rules.ad_model import SHIPPED, load_model, shape
from bot.rules.ad_windows import WIDTH, GramBound, spans, windows
from bot.text import compact, forms

AD = "手机兼职日结三百，加薇信 rj_6688"
FRIENDLY = ("各位邻居早上好，今天天气真不错，我带孙子去公园转了一圈，回来路上买了两斤草莓，特别甜，孩子吃得可开心了",
            "中午给老伴做了红烧肉，他说比饭店的还好吃，下午准备去菜市场看看有没有新鲜的鱼，晚上给孩子们做个清蒸鱼")


@pytest.fixture(scope="module")
def rule():
    shipped = shipped_rule(model=load_model(True, SHIPPED.parent))
    shipped.spec = shipped.spec.model_copy(update={"windows": True})  # off as shipped: the admin's choice (config.yaml)
    return shipped


def test_windows_are_off_as_shipped():
    assert shipped_rule(model=None).spec.windows is False


def _check(rule, text: str, windows_on: bool = True, monkeypatch=None):
    if not windows_on:
        monkeypatch.setattr(ads_module.Ads, "_window_verdict", lambda *args: None)
    return rule.check(GroupMessage("g", "群", Member("m", "成员"), text, _AT), Facts())


def test_windows_are_sentences_their_pairs_and_short_runs_of_clauses():
    found = windows("今天买了草莓。特别甜，孩子很喜欢，明天还去买。谢谢店长！")
    assert "今天买了草莓。" in found and "今天买了草莓。特别甜，孩子很喜欢，明天还去买。" in found
    assert "特别甜，孩子很喜欢，" in found  # clauses cut at commas too (voice input has no full stop)
    assert "今天买了草莓。特别甜，孩子很喜欢，明天还去买。谢谢店长！" not in found  # never the whole message
    assert windows("一句话没有标点的消息") == []
    long = "，".join(["我们小区门口新开了一家面包店"] * 6)
    assert all(len(compact(w)) <= WIDTH for w in windows(long))


def test_an_ad_inside_a_long_run_on_friendly_message_is_caught_by_the_part_around_its_contact(rule, monkeypatch):
    text = f"{FRIENDLY[0]}，{AD}，{FRIENDLY[1]}"
    verdict = _check(rule, text)
    assert verdict is not None and "rj_6688" in verdict.evidence
    # the whole message dilutes the id's points, the part around the id does not (ads.vetoed_piece): windows off too
    off = _check(rule, text, windows_on=False, monkeypatch=monkeypatch)
    assert off is not None and "联系方式所在的一段" in off.evidence


@pytest.mark.parametrize("text", [
    f"{FRIENDLY[0]}，{FRIENDLY[1]}",  # the friendly message alone
    f"提醒大家，{FRIENDLY[0]}，有人在群里发“{AD}”，都是骗子，千万别加",  # a warning quoting the ad: no windows
    f"刚到的草莓，一斤二十五，需要的私聊店长，店里自提，{FRIENDLY[0]}",  # the store's own post
])
def test_long_honest_messages_stay(rule, text):
    assert _check(rule, text) is None


def test_a_sentence_threshold_of_1_reads_no_part_of_a_long_message(rule):
    never = shipped_rule(model=rule.model)
    never.spec = never.spec.model_copy(update={"sentence_threshold": 1.0})  # "1: never" (it divided by zero)
    assert _check(never, f"{FRIENDLY[0]}，{AD}，{FRIENDLY[1]}") is None
    assert _check(never, AD) is not None


TEXTS = [f"{FRIENDLY[0]}，{AD}，{FRIENDLY[1]}", f"{FRIENDLY[0]}。{AD}。{FRIENDLY[1]}！哈哈哈哈，哈哈哈哈。",
         "今天买了草莓。特别甜，孩子很喜欢，明天还去买。谢谢店长！\n2. 张三 两份\n3. 李四 一份",
         "宝宝湿疹反反复复，后来用了这个草本膏一周就好了，需要的私我，我送你小样，真的好用好用好用"]


@pytest.mark.parametrize("text", TEXTS)
def test_each_window_knows_where_it_lies_and_its_n_grams_are_bounded(rule, text):
    folded = forms(text).folded
    whole = compact(folded)
    model = rule.model
    grams = GramBound(shape(whole), model.grams, model.spread)
    cuts = spans(folded)
    assert [w for w, _, _ in cuts] == windows(folded) and cuts
    for window, start, end in cuts:
        assert compact(window) == whole[start:end]
        exact = model.logit(compact(window), set()) - model.bias  # the window's n-grams alone, share included
        assert exact <= grams.most(start, end) + 1e-9, window


def test_a_message_whose_only_pull_is_its_look_has_no_windows(rule):
    emoji = rule.signals(GroupMessage("g", "群", Member("m", "成员"), f"{FRIENDLY[0]}😀😀，{FRIENDLY[1]}", _AT))
    assert {s.kind for s in emoji} == {"cue_emoji"} and not ads_module.pulls(rule.model, emoji)
    contact = rule.signals(GroupMessage("g", "群", Member("m", "成员"), f"{FRIENDLY[0]}，{AD}", _AT))
    assert ads_module.pulls(rule.model, contact)


@pytest.mark.parametrize("text", [
    # a neighbour passing on a tradesman's number: the window 电话13952716408 alone is no pitch (4 Chinese characters)
    "家里水管漏水的可以找小区门口那个修水管的李师傅，上次给我家换阀门才收了八十，人很实在，电话13952716408",
    # a one-off offer: its 免费送 tells what its 谁家想养的私我 is, in every window
    "我家猫生了四只小猫，两个月大了，会用猫砂，谁家想养的私我，免费送，但要保证好好养",
])
def test_a_window_keeps_what_makes_the_whole_message_honest(rule, text):
    assert _check(rule, text) is None
