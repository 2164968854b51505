"""U21: the size of a sign-up — a count said wrong and put right with a reason after it, a headcount changed (人数改成3),
several households each with its size (summed, or how many households times each one's), kin in the north-west's and
north-east's words (老汉, 屋里人, 尕娃, 我姥, 小棉袄), a kinsman's wife one person. Sentences of this pass's own."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.language import party


def acted(text: str) -> int | None:
    reading = signup_reading(text)
    return reading.amount if reading is not None and reading.sure and reading.intent == "signup" else None


@pytest.mark.parametrize("text, people", [
    ("4个人 哦不 3个 儿子要补课", 3),  # the reason after the corrected count: someone drops out, the new count stands
    ("五个人 不对 四个 婆婆腿疼", 4),
    ("我们三个人 不是 四个", 4),  # 不是 alone between pauses puts the count right
    ("插花报名六个人 唔系 五个 我细佬唔得闲", 5),
    ("之前报的4人改一下，改为3人，我闺女上课", 3),  # 改一下 is no count of one
    ("三个 改一下 是两个", 2),
    ("报名人数改成4", 4),  # the headcount changed, no unit after it
])
def test_a_count_put_right_is_the_party(text, people):
    assert acted(text) == people


def test_a_count_denied_glued_still_reads_as_before():
    reading = signup_reading("我们是4人不是3人")
    assert reading is None or reading.amount == 4


@pytest.mark.parametrize("text, people", [
    ("包粽子报名 我和我嫂子两家 我家仨她家四个", 7),  # each household's size, summed
    ("我家两口，他姑家三口，包粽子", 5),
    ("我和邻居两家一起报，我家1大2小，她家1大1小", 5),
    ("我们四家 一家一个大人一个孩子 亲子烘焙报名", 8),  # how many households, times each one's size
    ("我们三家一起去 都是一大一小", 6),
    ("俺们两家 一家仨 报名采摘", 6),
    ("我姑家和我舅家都去 各三个人", 6),
])
def test_several_households_each_with_its_size(text, people):
    assert party.households(text) == people
    reading = signup_reading(text)
    assert reading is not None and reading.amount == people


def test_one_household_is_no_sum():
    assert party.households("我家3个再加我妈") is None
    assert party.households("我们一家三口报名") is None
    assert party.households("我家两个 再加楼上王姐一家三口") is None  # one household sized, the other said as 一家三口: the guess's


@pytest.mark.parametrize("text, people", [
    ("我和我老汉两个报名讲座", 2),  # 西北: the husband
    ("老汉不去咧 就俺一个 报名剪纸", 1),
    ("额屋里人去不成咧 就额和娃", 2),  # the wife drops out: the member and the child
    ("婆姨不去了 我和尕娃两个", 2),
    ("我、我妹、我姥 报名包饺子", 3),  # 东北: grandma
    ("我和我家小棉袄 烘焙报名", 2),  # the daughter
    ("我跟我侄子媳妇 俩人听讲座", 2),  # a kinsman's wife is one person
    ("我们一家仨 报名手工", 3),
])
def test_kin_in_the_north_s_words(text, people):
    assert acted(text) == people
