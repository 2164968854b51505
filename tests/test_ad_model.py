"""The learned ad score: trained in plain Python, written and read back as JSON, taught by owners' labels."""
from __future__ import annotations

from bot.rules.ad_model import SHIPPED, AdModel, load_model
from bot.moderation.training import Example, fit, owner_examples, shipped_rule, verdicts, write
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
    from bot.moderation.training import features

    kinds, _ = features(rule, text)
    from bot.text import forms

    return forms(text).compact, kinds


def test_model_file_round_trip(tmp_path):
    model = AdModel(-2.0, {"wechat_id": 4.0}, {"私我": 1.5, "草莓": -1.0}, {"examples": 3})
    write(model, tmp_path / "m.json")
    loaded = load_model("m.json", tmp_path)
    assert loaded.to_json() == model.to_json()
    assert loaded.probability("私我", {"wechat_id"}) > 0.95 and loaded.probability("草莓", set(), 0.5) is None


def test_the_model_file_packs_its_ngrams_by_length_and_weight(tmp_path):
    import json

    grams = {"私我": 1.5, "加我": 1.5, "草莓": -1.0, "赚": 0.25, "加微信": 0.5, "🟢泡泡": 0.5, "V\"信": 0.5}
    model = AdModel(-2.0, {"wechat_id": 4.0}, grams, {"examples": 3})
    data = model.to_json()
    # n-grams of one length and weight written one after another, sorted; an astral emoji is one character
    assert data["packed"] == {"1": {"0.25": "赚"}, "2": {"-1.0": "草莓", "1.5": "加我私我"},
                              "3": {"0.5": "V\"信加微信🟢泡泡"}}
    write(model, tmp_path / "m.json")
    assert load_model("m.json", tmp_path).grams == grams
    # a file written before packing ("grams": every n-gram with its weight) reads the same
    legacy = {"meta": {}, "bias": -2.0, "signals": {"wechat_id": 4.0}, "grams": grams}
    (tmp_path / "old.json").write_text(json.dumps(legacy, ensure_ascii=False), "utf-8")
    assert load_model("old.json", tmp_path).grams == grams



def test_models_unpacked_share_their_n_grams_and_weights():
    """The intent, question and topic models hold the same n-grams many times over: one string and one float each."""
    from bot.rules.ad_model import pack, unpack

    first = unpack(pack({"私我": 1.5, "加微信": 0.5, "草莓": -1.0}))
    second = unpack(pack({"加微信": 0.5, "草莓": 0.25, "私我": 1.5}))
    assert first == {"私我": 1.5, "加微信": 0.5, "草莓": -1.0} and second == {"加微信": 0.5, "草莓": 0.25, "私我": 1.5}
    keys = {key: key for key in first}
    assert all(keys[key] is key for key in second)  # the same string objects
    assert first["私我"] is second["私我"] and first["加微信"] is second["加微信"]


def test_the_positive_n_grams_and_their_automaton_are_made_when_first_read():
    """Only the ads rule's bounds read them; a model that only sums (intent, question, topics) never makes them."""
    model = AdModel(-2.0, {"wechat_id": 4.0}, {"私我": 1.5, "加我": 1.5, "草莓": -1.0, "赚": 0.25})
    assert model._scan is None
    assert model.logit_grams({"私我", "草莓"}, set()) == -1.5 and model._scan is None
    assert model.positive == ["加我", "私我", "赚"] and model.positive_weights == [1.5, 1.5, 0.25]
    assert model.positive_in("加我私我") == {0, 1} and model.bound("加我吃草莓", -2.0) == -0.5

def test_the_shipped_model_loads_and_reads_the_shipped_rules_signals():
    model = load_model(True, ROOT)
    # the file grows with the corpus (packed: 1.07 MB from 15,792 examples at AD_KEEP 0.08); RSS is held by `make bench` (<= 250 MB)
    assert SHIPPED.stat().st_size < 2_000_000 and len(model.grams) > 1_000
    assert set(model.signals) >= {"wechat_id", "phone", "link", "ad_word"}
    rule = shipped_rule(model=model)
    assert verdicts(rule, ["加我微信 zhang886 日结兼职", "宝宝今天会走路了"]) == [True, False]
    assert load_model(False, ROOT) is None


def test_cue_families_and_their_pairs_are_signals_the_model_reads(tmp_path):
    from bot.config.schema import AdsRule
    from bot.events import GroupMessage, Member
    from bot.rules import Facts
    from bot.rules.ads import Ads, load_cues
    from bot.moderation.training import _AT

    cues = tmp_path / "cues.txt"
    cues.write_text("# a comment\n朋友圈\n## hook\n私我\n找我\n## story\n亲测\n上岸\n", "utf-8")
    assert load_cues(["急用"], [str(cues)], tmp_path) == {"急用": "other", "朋友圈": "other", "私我": "hook",
                                                          "找我": "hook", "亲测": "story", "上岸": "story"}
    spec = AdsRule(type="ads", id="ads", cue_files=[str(cues)], model=False)
    rule = Ads.from_spec(spec, tmp_path)

    def kinds(text):
        return sorted(s.kind for s in rule.signals(GroupMessage("g", "群", Member("m", "x"), text, _AT), Facts()))

    # a success story with a way to reach the writer: one signal per family (0 points) and their pair
    assert kinds("亲测有效，三个月上岸，想了解的私我，找我也行") == ["cue_hook", "cue_hook+story", "cue_story"]
    assert kinds("亲测这款纸尿裤不红屁股") == ["cue_story"]  # a review: the story alone, no pair
    assert kinds("🎉🎊新年快乐🧧") == ["cue_emoji"]  # two or more emoji are a family of their own
    assert kinds("🎉新年快乐，私我") == ["cue_hook"]
    assert all(s.points == 0 for s in rule.signals(GroupMessage("g", "群", Member("m", "x"), "亲测上岸私我🎉🎉", _AT), Facts()))


def test_a_text_shaped_as_a_notice_is_of_the_notice_family(tmp_path):
    from bot.rules.ads import cue_families, word_signals

    cues = {"私我": "hook", "还剩": "sell", "通知": "notice"}

    def kinds(text):
        return sorted(s.kind for s in word_signals([w for w in cues if w in text], cues, text) if "+" not in s.kind)

    # a notice, a 接龙 or a quoted reply, whatever its words
    assert kinds("【社保提醒】补贴待领取，私我") == ["cue_hook", "cue_notice"]
    assert kinds("接龙 免费领鸡蛋\n1. 张阿姨\n2. 李阿姨 私我") == ["cue_hook", "cue_notice"]
    assert kinds("「小李：哪里能借钱」\n私我") == ["cue_hook", "cue_notice"]
    assert kinds("我去了那个群，私我") == ["cue_hook"]
    assert kinds("通知大家，还剩两盒") == ["cue_notice", "cue_sell"]  # a notice's word: no second notice
    assert cue_families(cues) == cues


def test_a_subfamily_is_read_by_the_model_as_its_family(tmp_path):
    from bot.rules.ads import cue_families, load_cues

    cues = tmp_path / "cues.txt"
    cues.write_text("## hook/reach\n私我\n## hook\n群里\n", "utf-8")
    assert load_cues([], [str(cues)], tmp_path) == {"私我": "hook/reach", "群里": "hook"}  # a share card reads the whole name
    assert cue_families(load_cues([], [str(cues)], tmp_path)) == {"私我": "hook", "群里": "hook"}


def test_a_single_character_is_a_feature_only_when_chinese():
    from bot.rules.ad_model import ngrams

    assert {"赚", "钱", "赚钱"} <= ngrams("赚钱")
    assert not {"x", "p", "0"} & ngrams("xp10")  # XP in a laptop review is no id


def test_a_long_texts_ngrams_weigh_less_beside_the_signals_when_the_model_spreads_them():
    from bot.rules.ad_model import gram_share, ngrams

    grams = {"店": 0.5, "好": 0.5}
    long_text = "这家店的服务很好" * 8  # many n-grams, two of them weighted
    count = len(ngrams(long_text))
    plain = AdModel(-1.0, {"cue_hook": 2.0}, grams)
    spread = AdModel(-1.0, {"cue_hook": 2.0}, grams, {"spread": 10})
    assert count > 10 and gram_share(count, 10) < 1 and gram_share(5, 10) == 1.0
    assert plain.logit(long_text, {"cue_hook"}) == 2.0  # -1 + 2 + 0.5 + 0.5
    assert abs(spread.logit(long_text, {"cue_hook"}) - (1.0 + gram_share(count, 10))) < 1e-9  # the signal whole
    assert spread.logit("店好", set()) == plain.logit("店好", set())  # a short text: every n-gram whole
    assert spread.probability(long_text, {"cue_hook"}) < plain.probability(long_text, {"cue_hook"})
    # the bound (every positive n-gram whole) stays at or above the spread sum: a text it lets through is scored
    assert spread.probability(long_text, {"cue_hook"}, 0.7) is not None
    assert AdModel.from_json(spread.to_json()).spread == 10


def test_a_long_texts_cue_families_weigh_its_share_when_the_model_says_so():
    from bot.rules.ad_model import gram_share, ngrams

    signals = {"cue_money": 2.0, "cue_give": -1.0, "wechat_id": 3.0}
    long_text = "这家店的服务很好" * 8
    share = gram_share(len(ngrams(long_text)), 10)
    plain = AdModel(-1.0, signals, {}, {"spread": 10})
    shared = AdModel(-1.0, signals, {}, {"spread": 10, "cue_share": True})
    kinds = {"cue_money", "cue_give", "wechat_id"}
    # a cue pulling to an ad weighs the share; a contact and a cue of negative weight stay whole
    assert abs(shared.logit(long_text, kinds) - (-1.0 + 2.0 * share - 1.0 + 3.0)) < 1e-9
    assert plain.logit(long_text, kinds) == 3.0 and shared.logit("店好", kinds) == plain.logit("店好", kinds)
    assert shared.probability(long_text, {"cue_money"}) < plain.probability(long_text, {"cue_money"})
    assert shared.base({"cue_money"}) >= shared.logit(long_text, {"cue_money"})  # base stays a bound
    assert AdModel.from_json(shared.to_json()).cue_share and not AdModel(-1.0, signals, {}, {"cue_share": True}).cue_share


def test_words_a_message_reports_are_not_the_writers_own(tmp_path):
    from bot.config.schema import AdsRule
    from bot.events import GroupMessage, Member
    from bot.rules import Facts
    from bot.rules.ads import Ads
    from bot.moderation.training import _AT

    cues = tmp_path / "cues.txt"
    cues.write_text("## hook\n私我\n找我拿\n## money\n赚钱\n", "utf-8")
    warnings = tmp_path / "warnings.txt"
    warnings.write_text("骗子\n", "utf-8")
    rule = Ads.from_spec(AdsRule(type="ads", id="ads", cue_files=[str(cues)], warning_files=[str(warnings)], model=False),
                         tmp_path)

    def kinds(text):
        return sorted(s.kind for s in rule.signals(GroupMessage("g", "群", Member("m", "x"), text, _AT), Facts()))

    # a quote framed as reported speech (a verb of posting before it, "…"的 after it), or any quote in a warning
    assert kinds('谁发"私我带你赚钱"的直接踢吧') == ["quoted"]
    assert kinds('我姐看到有人晒"瘦了三十斤，找我拿"，买了吃得心慌') == ["quoted"]
    assert kinds('“私我带你赚钱”这种都是骗子') == ["quoted", "warning"]
    # the quote of a quoted reply is the post replied to; the reply's own words count
    assert {"cue_hook", "cue_money", "quoted"} <= set(kinds("「店长：要的私我」\n———\n好的，想赚钱的私我"))
    assert "cue_hook" not in kinds("「店长：要的私我」\n———\n好的，两份")
    # a warning that tells what someone said, without quotation marks
    assert kinds("有人在群里说私我带你赚钱，都是骗子") == ["quoted", "warning"]
    # a quote that is the writer's own call (回复“1”, 搜“…”) stays the writer's; so does a text that quotes nothing
    assert kinds('想赚钱的回复“私我”') == ["cue_hook", "cue_hook+money", "cue_money"]
    assert kinds("想赚钱的私我") == ["cue_hook", "cue_hook+money", "cue_money"]
    # a contact inside the quote still counts: a spammer gains nothing by quoting his own id
    assert "wechat_id" in kinds('有人发"加V：dk8866 带你赚钱"，都是骗子')


def test_a_score_does_not_depend_on_the_order_its_n_grams_are_visited():
    # A set's order follows the process's hash seed: a plain float sum of the same weights then differed in its
    # last bits between processes (1e16 + 1 - 1e16 is 0 or 1 by order), and a verdict at the threshold could flip.
    model = AdModel(0.0, {"a": 1e16, "b": 1.0, "c": -1e16}, {"x": 1e16, "y": 1.0, "z": -1e16})
    assert model.logit_grams(["x", "y", "z"], set()) == model.logit_grams(["x", "z", "y"], set()) == 1.0
    assert model.base(["a", "b", "c"]) == model.base(["a", "c", "b"]) == 1.0


def test_a_sentence_is_judged_without_the_cues_of_other_sentences(tmp_path):
    from bot.config.schema import AdsRule
    from bot.events import GroupMessage, Member
    from bot.rules import Facts
    from bot.rules.ads import Ads
    from bot.moderation.training import _AT

    cues = tmp_path / "cues.txt"
    cues.write_text("## notice\n通知\n公告\n## money\n交钱\n转账\n", "utf-8")
    rule = Ads.from_spec(AdsRule(type="ads", id="ads", cue_files=[str(cues)], model=False), tmp_path)
    # the pair weighs much, a sentence's n-gram lifts it; the whole text's other n-gram keeps the whole under 0.85
    rule.model = AdModel(-4.0, {"cue_money+notice": 8.0}, {"小说": 2.0, "通知": -5.0})

    def flagged(text):
        verdict = rule.check(GroupMessage("g", "群", Member("m", "x"), text, _AT), Facts())
        return verdict is not None and "其中一句" in verdict.evidence

    # a review: the notice and the money in the first sentence, the book in the second (-4 + 2 with no pair)
    assert not flagged("今天早上收到物业的通知说要交钱了。后来我在书店看到这本小说真的很好看。")
    # the second sentence holds a cue of one family: the pair joins it to the first (-4 + 8 + 2), as a story's
    # pair with its call (私我) in the next sentence
    assert flagged("今天早上收到物业的通知说要交钱了。公告里说去买这本小说就可以了呀。")
    assert flagged("今天早上收到物业的通知说要交钱了。公告里说转账买这本小说就可以了。")
