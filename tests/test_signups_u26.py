"""U26: U25's five readers through one check (chat they acted on: the members asked, others' parties, the event's rule per
head, goods, a time past, a regret), a pronoun joined with a count asked, a wish to go "but" with someone of hers asked once,
and one reader of the party left after a drop-out. Sentences of this pass's own, checked absent from the corpus, through
``signup_reading``."""
from __future__ import annotations

import time

import pytest

from bot.chain.text import signup_reading
from bot.language import signups
from tests.test_signups_u22 import acted  # the same "acted on" as U22's


def read(text: str) -> tuple[str, int, bool] | None:
    reading = signup_reading(text)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


@pytest.mark.parametrize("text", [
    "你们三个能来不",  # the members asked whether they come
    "你俩还能报吗",
    "李姐她们四个还能报不",  # someone else's party
    "每户只能报三个人",  # the event's rule per household
    "一个人能报三个吗",  # per head
    "桃酥还能加三个吗",  # goods
    "上个月我们四个能去吗",  # a time past
    "他们不是四个 是五个",  # someone else's count put right
    "前天人不是四个 是六个",  # a day past put right
    "早知道这么好玩的话 就报四个",  # a regret, what she would have done
])
def test_chat_the_u25_readers_acted_on_is_not_acted_on(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("我们四个还能报不", 4),  # her own party asked in
    ("不是四个 是五个", 5),  # her count put right
    ("要是能带娃的话报三个", 3),  # a condition, then the request now
    ("我和老邻居阿芳两个", 2),  # joined with anyone
])
def test_her_own_counts_still_acted_on(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", ["我和她俩", "俺跟他两个"])
def test_a_pronoun_joined_with_a_count_is_asked(text):
    assert read(text) == ("signup", 2, False)  # she and I, or I with the two of them


@pytest.mark.parametrize("text", ["我想去 不过我家老伴也一起", "想参加，就是我闺女也要跟着"])
def test_a_wish_but_someone_of_hers_along_is_asked_once(text):
    assert read(text) == ("signup", 2, False)


def test_a_wish_held_back_by_a_doubt_stays_silent():
    assert read("我想去 就是怕那天下雨") is None


@pytest.mark.parametrize("text, people", [
    ("我婆婆去不了了，就剩我和闺女", 2),
    ("孩子爸要值班 就我们娘仨", 3),
    ("原来三个 我姐不来了", 2),
    ("我家老三临时加班 就我俩 两个", 2),
])
def test_the_party_left_after_a_drop_out(text, people):
    assert signups.party_left(text) == people and acted(text) == people


@pytest.mark.parametrize("text", ["全家都不去了 谢谢", "我俩报的那个。不来了。", "我婆婆不去了 就剩我俩了 你还去不", "我老公不加班 我们三个"])
def test_no_party_left_where_she_or_all_drop_out_or_it_is_asked(text):
    assert signups.party_left(text) is None


def test_the_shared_check_is_linear():
    start = time.process_time()
    for trigger in ("你们三个", "每家", "蛋黄酥两个", "上周", "早知道", "想去但是我妈也一起", "不去了 就我和"):
        signups.read_signup(trigger * (5_000 // len(trigger)))
        signups.party_left(trigger * (5_000 // len(trigger)))
    assert time.process_time() - start < 5.0


# Review mends (U26 review): each finding's sentences of this pass's own.
def test_the_drop_out_s_end_is_read_in_linear_time():
    """``_drop_ends`` walks back from the clause's end once: a run of particles or laughs cannot split many ways."""
    assert signups._drop_ends("孩子他爸去不了了哈哈") and signups._drop_ends("我姐加班了没法啊") and signups._drop_ends("换我闺女去")
    assert not signups._drop_ends("老公出差三天") and not signups._drop_ends("去不了了哈x")
    start = time.process_time()
    for text in ("婆婆去不了了" + "哈" * 3_000 + "好笑 就剩我俩", "不来" + "了" * 3_000 + "y", "我哥加班" + "啦" * 3_000 + "x 就我俩"):
        signups.party_left(text)
        signups._drop_ends(text.split()[0])
    assert time.process_time() - start < 2.0


@pytest.mark.parametrize("text, people", [
    ("早知道这么抢手就早报了 先给我们报两个", 2),  # a regret, then her request
    ("早知道有这活动 麻烦帮我报三个", 3),
    ("就一个人能参加吗", 1),  # she alone, asked in: no rule per head
    ("一个人可以报吗 只有我一个", 1),
    ("我家俩孩子要补课去不了 就我一个人来", 1),  # 俩 after the start: one of her party drops out
])
def test_review_mends_still_acted_on(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "早知道这么热闹 就先报四个了",  # the regret's own would-have-done
    "楼下老周不来了 就剩我们仨打麻将",  # a game among those left
    "小刘来不了 我们俩吃饭",  # their own plan
    "上礼拜我们四个能去吗",  # a time past, built as 上 + a unit of time
    "上个星期我们俩能报吗",
])
def test_review_mends_not_acted_on(text):
    assert acted(text) is None


def test_a_cancel_beside_a_game_with_the_event_named_stays():
    assert read("烘焙课我去不了了，我们几个打牌去") == ("signup_cancel", 0, True)
