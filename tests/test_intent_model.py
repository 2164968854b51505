"""The learned intent score (bot/language/intent_model.py): it asks (or, very sure, acts: ``partner``) with the amount the
message states, and never speaks where the order reader is silent on purpose."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bot.chain.text import order_reading, signup_reading
from bot.language import intent_model, signups
from bot.language.intent_model import ORDERS, SIGNUPS, compact, guess, shipped, signals
from bot.language.intents import Reading


def test_the_shipped_model_has_one_model_per_intent():
    model = shipped()
    assert model is not None and set(model.models) == set(intent_model.INTENTS)
    assert all(0.0 <= p <= 1.0 for p in model.scores("我要两份").values())


def test_counts_read_alike_whatever_the_number():
    assert compact("我要两份") == compact("我要3份") == "我要0份"
    assert compact("+2 谢谢") == "+0谢谢"
    assert {"count", "short"} <= signals("我要两份", compact("我要两份"))


def test_the_extra_features_hear_typos_and_span_a_slipped_in_word():
    from bot.language.intent_model import SKIP, SOUND, features

    plain = features(compact("我要两份"))
    assert not any(SOUND in g or SKIP in g for g in plain)  # a model fitted without them reads the text's own n-grams
    heard = lambda text: {g for g in features(compact(text), ("sound",)) if g.startswith(SOUND)}  # noqa: E731
    assert heard("两分") == heard("两粉") and heard("签到") == heard("千到")  # 分/粉 for 份 sound alike: shared features
    assert "我" + SKIP + "要" in features(compact("我也要两份"), ("skip",)) & features(compact("我就要两份"), ("skip",))


def test_every_intent_names_its_extra_features():
    from bot.language.intent_training import FEATURES

    assert set(FEATURES) == set(intent_model.INTENTS)
    assert all(set(kinds) <= {"sound", "skip"} for kinds in FEATURES.values())


@pytest.mark.parametrize("text, among, expected", [
    ("两份谢谢姐周末拿", ORDERS, Reading("order", 2, sure=False)),  # (+2 谢谢姐 周末拿: now asked by the rules, o9)
    ("也给我算一个名额", SIGNUPS, Reading("signup", 1, sure=False)),  # (试吃活动算我一个: now the rules' own, u10)
    ("名额帮我留一个", SIGNUPS, Reading("signup", 1, sure=False)),  # (抢个名额 我和闺女: now the rules' own)
])
def test_messages_the_rules_miss_are_asked_about(text, among, expected):
    read = order_reading if among == ORDERS else signup_reading
    assert read(text, guess=False) is None  # the rules alone say nothing...
    assert guess(text, among) == expected  # ...the score asks once, never acts


@pytest.mark.parametrize("text, among", [
    ("我给你留两份", ORDERS), ("李阿姨说要两份", ORDERS), ("果果妈：我要两份", ORDERS),  # someone else's
    ("我要1.5斤", ORDERS), ("取消静音了", ORDERS), ("鸡蛋一份多重？", ORDERS), ("不要着凉了", ORDERS),
    ("我们三个人打麻将", SIGNUPS), ("我带孩子去医院", SIGNUPS), ("我朋友也想报名，我让她进群", SIGNUPS),
    ("那次活动我们一家三口都去了", SIGNUPS), ("航班取消了，回不去了", SIGNUPS),
])
def test_chat_is_never_asked_about(text, among):
    assert guess(text, among) is None


@pytest.mark.parametrize("text", ["孩子也要报名吗", "带一个小孩需要另外报名吗"])
def test_a_question_about_signing_up_is_left_to_the_questions(text):
    # The score rated "孩子也要报名吗" a sign-up: the bot asked "报名 1 人？" and the question reader,
    # seeing a sign-up taken, dropped the question the staff should hear.
    from bot.config.loader import load_yaml_model
    from bot.config.schema import GroupSettings
    from bot.questions.asking import read
    from bot.questions.faq import ENTRIES, SHIPPED, Faq

    assert signup_reading(text) is None
    assert read(text, Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold).asks


def test_a_guess_without_a_stated_count_is_no_guess():
    # The score may find an order in "我也来" but "one" would be a guess on a guess: nothing to ask.
    assert intent_model._with_amount("order", "我也来") is None
    assert intent_model._with_amount("order", "我也来两份") == Reading("order", 2, sure=False)
    assert intent_model._with_amount("order", "一份蒸一份煮") is None  # two counts: not a guess's to pick


@pytest.mark.parametrize("words, expected", [
    ("我那个改三盒吧", Reading("order_change", 3, sure=False)),  # a new total, as the rules read 改成3份
    ("我那份换成两盒", Reading("order_change", 2, sure=False)),
    ("我少要一份", Reading("order_change", -1, add=True, sure=False)),  # was asked "再加 1 份？"
    ("我的再来两盒", Reading("order_change", 2, add=True, sure=False)),
    ("我那份两盒", None),  # no way said: "再加 2 份？" answered 是 could double the order
])
def test_a_guessed_change_goes_the_way_its_words_say(words, expected):
    assert intent_model._with_amount("order_change", words) == expected


def test_no_model_file_means_no_guess(monkeypatch, tmp_path):
    monkeypatch.setattr(intent_model, "SHIPPED", tmp_path / "none.json")
    assert intent_model.shipped() is None and guess("+2 谢谢姐 周末拿", ORDERS) is None


@pytest.fixture(scope="module")
def fitted():
    """(the first 300 train records, the model fitted on them): one fit shared by the two tests below (one worker)."""
    import corpus
    from bot.language.intent_training import fit

    records = corpus.load("intents", "train")[:300]
    return records, fit(records)


@pytest.mark.xdist_group("intent_fit")
def test_fitting_is_deterministic_and_round_trips(tmp_path, fitted):
    from bot.language.intent_training import fit
    from bot.moderation.training import write

    records, first = fitted
    second = fit(records)
    assert first.to_json() == second.to_json()
    write(first, tmp_path / "m.json")
    again = intent_model.IntentModel.from_json(json.loads((tmp_path / "m.json").read_text("utf-8")))
    assert again.scores("我要两份") == pytest.approx(first.scores("我要两份"), abs=1e-3)


@pytest.mark.parametrize("text", ["+3 谢谢 橙子周末拿", "那个芒果 +2 谢谢姐 周末拿"])
def test_a_guess_naming_another_product_is_no_order_of_the_open_one(text, monkeypatch):
    monkeypatch.setattr(intent_model, "shipped", lambda: Fixed(order=0.99))  # likely: asked, unless the ranker agrees
    # any product: the partner's guess, settled by the quantity ranker reading the same one count (O15: settle_guess on)
    assert order_reading(text, None) == Reading("order", int(text.split("+")[1][0]), sure=True)
    assert order_reading(text, "鸡蛋30枚") is None  # 鸡蛋 open: the message is about something else


@pytest.mark.parametrize("text", ["+3 谢谢 鸡蛋周末拿", "+2 谢谢姐 我奶奶周末来拿", "+2 如果方便周末拿"])
def test_a_guess_naming_the_open_product_or_no_product_is_still_asked(text):
    from bot.language.intents import names_other_goods
    assert not names_other_goods(text, "鸡蛋30枚")
    assert names_other_goods("那个芒果 +2", "鸡蛋30枚") and not names_other_goods("那个芒果 +2", None)


# --- the score as the rules' partner (intent_model.partner) -----------------------------------

class Fixed:
    """A score that rates every message the same: the partner's logic without the shipped weights."""

    def __init__(self, **probabilities: float) -> None:
        self.probabilities = probabilities

    def scores(self, text, among=intent_model.INTENTS):
        return {intent: self.probabilities.get(intent, 0.0) for intent in among}


def test_a_very_sure_guess_with_its_one_stated_count_is_acted_on():
    sure, likely = Fixed(order=0.999), Fixed(order=0.99)
    assert intent_model.partner("+2 谢谢姐 周末拿", None, ORDERS, sure) == Reading("order", 2)
    assert intent_model.partner("+2 谢谢姐 周末拿", None, ORDERS, likely) == Reading("order", 2, sure=False)  # asked
    assert intent_model.partner("我也来", None, ORDERS, sure) is None  # no count stated: nothing to act on or ask
    assert intent_model.partner("一份蒸一份煮", None, ORDERS, sure) is None  # two counts: not the score's to pick
    assert intent_model.partner("我给你留两份", None, ORDERS, sure) is None  # the rules' reasons for silence hold


def test_a_guessed_cancel_or_party_is_acted_on_only_when_unambiguous():
    assert intent_model.partner("活动那天我不去了", None, SIGNUPS, Fixed(signup_cancel=1.0)) == Reading("signup_cancel", 0)
    # the event's own cancellation names no one's sign-up: asked at most, never acted on
    assert intent_model.partner("今天的活动取消了", None, SIGNUPS, Fixed(signup_cancel=1.0)) == Reading("signup_cancel", sure=False)
    assert intent_model.partner("我和老伴去听讲座", None, SIGNUPS, Fixed(signup=1.0)) == Reading("signup", 2)
    # two counts in the message: which is the party is not the score's to say
    assert not intent_model.partner("讲座我去一个 我是二栋的", None, SIGNUPS, Fixed(signup=1.0)).sure


def test_a_doubt_of_the_rules_is_settled_only_when_the_score_reads_the_same():
    doubted = Reading("order", 2, sure=False)
    assert intent_model.partner("我能要两份不", doubted, ORDERS, Fixed(order=0.99)) == replace(doubted, sure=True)
    assert intent_model.partner("我能要两份不", doubted, ORDERS, Fixed(order=0.9)) == doubted  # not sure enough
    assert intent_model.partner("我能要两份不", doubted, ORDERS, Fixed(order_change=0.99)) == doubted  # another intent
    other_amount = Reading("order", 3, sure=False)
    assert intent_model.partner("我能要两份不", other_amount, ORDERS, Fixed(order=0.99)) == other_amount


@pytest.mark.parametrize("text, rule, among", [
    ("还可以多要两袋不", Reading("order_change", 2, add=True, sure=False), ORDERS),  # a change: its way is the rules'
    ("我周六可能报个名吧", Reading("signup", 1, sure=False), SIGNUPS),  # the member's own doubt
    ("要是还有名额的话我报一个", Reading("signup", 1, sure=False), SIGNUPS),
])
def test_a_change_or_the_members_own_doubt_is_asked_whatever_the_score(text, rule, among):
    assert intent_model.partner(text, rule, among, Fixed(order_change=1.0, signup=1.0)) == rule


def test_a_guessed_change_is_asked_never_acted_on():
    assert intent_model.partner("我那个改三盒吧", None, ORDERS, Fixed(order_change=1.0)) == Reading("order_change", 3, sure=False)


def test_a_sure_rule_reading_is_the_rules_whatever_the_score():
    # a veto by the score doubted more right readings of fresh text than wrong ones (docs/language.md)
    rule = Reading("order", 2)
    assert intent_model.partner("我要两份", rule, ORDERS, Fixed()) == rule
    assert intent_model.partner("我要两份", rule, ORDERS, Fixed(order_cancel=1.0)) == rule


def test_without_a_model_the_rules_decide_alone(monkeypatch, tmp_path):
    monkeypatch.setattr(intent_model, "SHIPPED", tmp_path / "none.json")
    doubted = Reading("order", 2, sure=False)
    assert intent_model.partner("我可以订两份吗", doubted, ORDERS) == doubted
    assert intent_model.partner("+2 谢谢姐 周末拿", None, ORDERS) is None


# --- review: a cancel handed to someone or said of someone addressed is asked, never acted on -----

@pytest.mark.parametrize("text, among, intent", [
    ("我的那份给小王吧", ORDERS, "order_cancel"),  # handed on: the staff move it, not drop it
    ("我的名额给我妹了", SIGNUPS, "signup_cancel"),
    ("我那份转给楼下张姨", ORDERS, "order_cancel"),
    ("我公公说讲座他不去了", SIGNUPS, "signup_cancel"),  # his word passed on: the member may not have signed him up
    ("王阿姨让我跟店长说一声 手工课去不了", SIGNUPS, "signup_cancel"),
])
def test_a_very_sure_guessed_cancel_handed_on_or_relayed_is_only_asked(text, among, intent):
    assert intent_model.partner(text, None, among, Fixed(**{intent: 1.0})) == Reading(intent, sure=False)


@pytest.mark.parametrize("text", ["活动你们不去了吗 我还想跟你们一起", "周日的课你们真不去了？", "您也不参加了吗"])
def test_a_cancel_of_someone_addressed_is_not_guessed(text):
    assert intent_model.partner(text, None, SIGNUPS, Fixed(signup_cancel=1.0)) is None  # theirs; the sender's place stays


@pytest.mark.parametrize("text", ["快报名", "大家都去听听吧"])
def test_urging_the_others_is_not_guessed_a_sign_up(text):
    assert intent_model.partner(text, None, SIGNUPS, Fixed(signup=1.0)) is None


@pytest.mark.parametrize("text", ["手工课我不去了行不行", "我可以不参加了吗", "周日那场我能取消吗"])
def test_a_cancel_asked_as_whether_one_may_is_asked_once_whatever_the_score(text):
    rule = signups.read_signup(text)
    assert rule == Reading("signup_cancel", sure=False)
    assert intent_model.partner(text, rule, SIGNUPS, Fixed(signup_cancel=1.0)) == rule


@pytest.mark.parametrize("text, among, intent", [
    ("我那份先别算了", ORDERS, "order_cancel"),
    ("给我取消一下我那份", ORDERS, "order_cancel"),
    ("麻烦你帮我把报名撤了吧", SIGNUPS, "signup_cancel"),  # the staff addressed, asked to do it
    ("我的报名撤了吧 给店长添麻烦了", SIGNUPS, "signup_cancel"),  # 给 someone, but nothing handed on
])
def test_a_very_sure_guessed_cancel_of_ones_own_is_still_acted_on(text, among, intent):
    assert intent_model.partner(text, None, among, Fixed(**{intent: 1.0})) == Reading(intent)


def test_a_doubted_cancel_of_someone_addressed_is_not_settled_by_the_score():
    doubted = Reading("signup_cancel", sure=False)
    assert intent_model.partner("活动你们不去了 我还想跟你们一起", doubted, SIGNUPS, Fixed(signup_cancel=1.0)) == doubted


@pytest.mark.xdist_group("intent_fit")
def test_the_fast_fit_for_measuring_fits_the_same_weights(fitted):
    from corpus.tools import fast_fit

    records, slow = fitted
    fast = fast_fit.fit(records)  # leave_file_out --fast: the same models, ~4.5x sooner
    assert slow.meta == fast.meta
    for intent, model in slow.models.items():
        other = fast.models[intent]
        assert set(model.grams) == set(other.grams) and model.bias == pytest.approx(other.bias, abs=1e-9)
        assert all(w == pytest.approx(other.grams[g], abs=1e-9) for g, w in model.grams.items())
