"""Q28: a statement is no question — a writer who ends her message with a full stop marks her questions, so an unmarked
clause of hers with a question word in passing states; and q27's reverted change back: the remark is read from after a
question's own mark when the question asks by its form too (a question asked by its mark alone is an echo or a cry).

The examples are the engineer's own; none is a corpus line or a review sentence. Guards are marked."""
from __future__ import annotations

import pytest

from bot.questions.asking import _without_remark, read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)

REFIT = "the question files refitted with the twenty-second session's batches (hundredtwentyfourth, hundredtwentyfifth, hundredthirtyfirst to hundredthirtythird) moved this reading"


def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


@pytest.mark.parametrize("text", [
    "快递送得挺快，外观也漂亮，没发现什么毛病，附带的软件挺好用。",  # answered "delivery" on main
    "说明书上没写怎么安装，还好我自己有工具，不然真弄不好了！",
])
def test_a_punctuating_writer_s_unmarked_question_word_in_passing_states(faq, text):
    assert _without_remark(text) == text
    assert _reading(faq, text)[1] is None


@pytest.mark.parametrize("text, topic", [
    ("能停门口吗，我骑三轮车来，怕挡着别人。", "parking"),  # guard: her particle asks unmarked
    ("年三十那天，你们店几点关门嘛，我想去买点年货。", "hours"),  # guard: 嘛 asks as 吗 does
    ("积分过了年会清零吗？我存了小半年，想兑个电水壶，清掉就白攒了。", "points"),  # read whole on main (its ？ was a reaction)
    ("东西不合适几天内能退？是给我婆婆买的，怕她穿着不合身。", "returns"),  # guard
])
def test_a_question_then_her_circumstances_is_answered(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", [
    "配件找不到？装不上。原来那个型号也用不了啊。",
    "刚买完就降价？真让人生气。以后不来了。",
    "还有团购名额吗？哈哈，我就随口问问，算了",  # guard: a reaction after the mark
])
def test_a_question_asked_by_its_mark_alone_or_reacted_to_stays_whole(faq, text):
    assert _without_remark(text) == text


@pytest.mark.parametrize("text", [
    "这么贵？？",
    "门票两百一张？？！！",
    pytest.param("停车费五十块？！", marks=pytest.mark.xfail(reason=REFIT, strict=True)),
])
def test_a_cry_at_news_or_a_price_by_its_mark_alone_is_no_question(faq, text):
    assert _reading(faq, text) == (False, None)


@pytest.mark.parametrize("text", ["几点开门？？", "还有货吗？！", "押金多少？？"])  # guards: a question's form with the marks
def test_an_indignant_mark_after_a_question_s_form_still_asks(faq, text):
    assert _reading(faq, text)[0]


def test_where_or_who_before_du_says_anywhere(faq):
    assert _reading(faq, "小区位置挺好，去哪儿都挺近，") == (False, None)
    assert _reading(faq, "谁都能报名吗")[0]  # guard: the particle asks


@pytest.mark.parametrize("text", ["馍是今天蒸的吗", "列巴今天是现烤的吗", "锅盔是今天烙的吗", "花卷是今天现做的吗"])
def test_goods_no_list_names_known_by_their_making(faq, text):
    assert _reading(faq, text) == (True, "catalogue")


@pytest.mark.parametrize("text", ["你家饺子是现包的吗", "这是你们中午的盒饭吗？看着挺丰盛的"])  # guards: her own cooking, a meal told
def test_someone_s_own_cooking_or_a_meal_is_not_the_catalogue_s(faq, text):
    assert _reading(faq, text)[1] != "catalogue"


# --- review mends (Q28) -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["体检报告是今天做的吗", "卷子是今天做的吗", "指甲是新做的吗", "李婶的馍是现蒸的吗"])
def test_made_today_of_no_food_or_of_someone_s_own_is_not_the_catalogue_s(faq, text):
    assert _reading(faq, text)[1] != "catalogue"  # 做 is anything's making; a kinswoman's own cooking


def test_praise_after_the_mark_reacts(faq):
    assert _reading(faq, "那盘菜是新做的吗？瞧着真不错，改天我也想学")[1] != "catalogue"


@pytest.mark.parametrize("text, topic", [("门店今天休息？？", "hours"), ("牛奶没货了？？", "catalogue")])
def test_a_store_matter_with_a_cry_s_marks_still_asks(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


def test_surprise_at_the_stock_with_a_cry_s_marks_is_a_cry(faq):
    assert _reading(faq, "牛奶这么快就没货了？？") == (False, None)


@pytest.mark.parametrize("text", ["物流挺快的，没看到什么瑕疵哇，做工也细。", "物流挺快的，没看到什么瑕疵嘛，做工也细。"])
def test_an_exclamative_or_assertive_particle_does_not_make_a_statement_ask(faq, text):
    assert _without_remark(text) == text
    assert _reading(faq, text)[1] is None


def test_ma_after_a_real_question_word_still_asks(faq):
    assert _reading(faq, "周六你们几点开门嘛，我想带孩子去挑点水果。") == (True, "hours")  # guard
