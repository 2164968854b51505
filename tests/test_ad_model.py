"""The learned ad score: trained in plain Python, written and read back as JSON, taught by owners' labels."""
from __future__ import annotations

from bot.rules.ad_model import SHIPPED, AdModel, load_model
from bot.training import Example, fit, owner_examples, shipped_rule, verdicts, write
from tests.conftest import ROOT

ADS = ["兼职日结，手机就能做，私我", "日赚三百，宝妈在家可做，私我", "招聘打字员，日结工资，私我了解",
       "刷单兼职，一单一结，私我", "在家做手工活，日结，私我报名", "急招兼职，时间自由，私我"]
HAM = ["今天的草莓很甜", "宝宝今天会走路了", "明天几点到店自提", "谢谢店长，收到了", "周末带孩子去公园",
       "奶粉什么时候到货", "我家在三楼，送到门口就行", "晚上吃饺子"]
STORE_POST = "本店招聘兼职店员，日结，私我"  # the store's own job post: an owner says "not an ad"


def test_an_owners_not_an_ad_changes_the_next_training_run():
    rule = shipped_rule()
    examples = [Example(t, True) for t in ADS] + [Example(t, False) for t in HAM]
    before = fit(rule, examples, epochs=30)
    after = fit(rule, examples + owner_examples([(STORE_POST, False)] * 2), epochs=30)
    assert before.probability(*_features(rule, STORE_POST)) > 0.5
    assert after.probability(*_features(rule, STORE_POST)) < before.probability(*_features(rule, STORE_POST)) - 0.3
    assert after.probability(*_features(rule, ADS[0])) > 0.5  # the ads it learned stay ads


def _features(rule, text):
    from bot.training import features

    kinds, _ = features(rule, text)
    from bot.text import forms

    return forms(text).compact, kinds


def test_model_file_round_trip(tmp_path):
    model = AdModel(-2.0, {"wechat_id": 4.0}, {"私我": 1.5, "草莓": -1.0}, {"examples": 3})
    write(model, tmp_path / "m.json")
    loaded = load_model("m.json", tmp_path)
    assert loaded.to_json() == model.to_json()
    assert loaded.probability("私我", {"wechat_id"}) > 0.95 and loaded.probability("草莓", set(), 0.5) is None


def test_the_shipped_model_loads_and_reads_the_shipped_rules_signals():
    model = load_model(True, ROOT)
    assert SHIPPED.stat().st_size < 1_500_000 and len(model.grams) > 1_000
    assert set(model.signals) >= {"wechat_id", "phone", "link", "ad_word"}
    rule = shipped_rule(model=model)
    assert verdicts(rule, ["加我微信 zhang886 日结兼职", "宝宝今天会走路了"]) == [True, False]
    assert load_model(False, ROOT) is None
