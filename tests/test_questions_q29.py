"""Q29: a question to the store told with her circumstances around it — the clause that asks, matched alone, is sure of
one entry (``asking._sure_clause_match``): that entry answers a message the rules or the learned score found asking
(``SURE_CLAUSE_TOPIC``), and the rules find the message asking by it (``SURE_CLAUSE_ASKS``). Both are OFF: the first
moved nothing on the confirming files, the second answered real reviews (docs/language.md, Q29); their readings are
strict xfails here and each is tested switched on.

The examples are the engineer's own; none is a corpus line or a review sentence. Look-alikes (questions to other members,
about someone else's place or shop, reported, rhetorical, reviews, complaints) must be left as they are."""
from __future__ import annotations

import pytest

from bot.questions import asking
from bot.questions.asking import _sure_clause, read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)


def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    read.cache_clear()
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


# Her question with her circumstances before or after it: the asking clause alone is sure of the entry.
CIRCUMSTANCES = [
    ("下礼拜二我要带孙子去打疫苗，打完估计都中午了，想顺路过来买点菜，请问礼拜二中午开门吗？孙子还要午睡，我得算好时间", "hours"),
    ("我儿媳妇说她只有现金，手机里没绑卡，她想明天自己过来拿菜，能给现金吗？", "payment"),
    ("在群里订的那箱苹果有好几个磕坏了，能不能退一部分钱或者换几个啊？", "returns"),
    ("我们老年舞蹈队礼拜四下午五点才散，散了想上店里买点水果，您那边晚上开到几点？", "hours"),
    ("请问店里早上几点开门？我们老两口起得早，六点就出门遛弯，想遛完顺便去买点菜，不晓得那时候开了没", "hours"),
]
# Found asking only by the sure clause (``SURE_CLAUSE_ASKS``, off: real reviews were answered with it).
ASKED_BY_ITS_CLAUSE = "能送到家里吗 我们住在东风小区 我妈一个人在家 腿脚不好 出不了门"


@pytest.mark.parametrize("text, topic", CIRCUMSTANCES)
def test_her_question_s_own_clause_is_sure_of_its_entry(faq, text, topic):
    found = _sure_clause(text, faq)
    assert found is not None and found.topic == topic


@pytest.mark.parametrize("text, topic", CIRCUMSTANCES)
def test_her_question_told_with_her_circumstances_is_answered(faq, text, topic):
    """Guards: the shipped rules and learned topics answer these with the reading off (as with it on)."""
    assert _reading(faq, text) == (True, topic)


# Where the learned topics do not know her words (fresh writers: out of fold the topics are fitted without them), the
# whole message matches no entry and only her question's own clause does.
FRESH = ("请问店里早上几点开门？我们老两口起得早，六点就出门遛弯，想遛完顺便去买点菜，不晓得那时候开了没", "hours")


@pytest.mark.xfail(strict=True, reason="SURE_CLAUSE_TOPIC is off (Q29): the confirming files did not move")
def test_without_learned_topics_her_question_s_clause_answers(faq, monkeypatch):
    monkeypatch.setattr(asking, "topics", lambda: None)
    assert _reading(faq, FRESH[0]) == (True, FRESH[1])


def test_without_learned_topics_her_question_s_clause_answers_when_switched_on(faq, monkeypatch):
    monkeypatch.setattr(asking, "topics", lambda: None)
    monkeypatch.setattr(asking, "SURE_CLAUSE_TOPIC", True)
    assert _reading(faq, FRESH[0]) == (True, FRESH[1])


def test_the_story_s_sure_clause_is_found(faq):
    found = _sure_clause(ASKED_BY_ITS_CLAUSE, faq)
    assert found is not None and found.topic == "delivery"


@pytest.mark.xfail(strict=True, reason="SURE_CLAUSE_ASKS is off (Q29): real reviews were answered with it")
def test_the_story_s_question_asks_by_its_clause(faq):
    """The whole message matches no entry (its words are mostly the story's): the rules would find it asking by its sure
    clause; with the reading off it stays silent, as on main."""
    assert _reading(faq, ASKED_BY_ITS_CLAUSE) == (True, "delivery")


def test_the_story_s_question_asks_by_its_clause_when_switched_on(faq, monkeypatch):
    monkeypatch.setattr(asking, "SURE_CLAUSE_ASKS", True)
    assert _reading(faq, ASKED_BY_ITS_CLAUSE) == (True, "delivery")


def test_switched_on_a_clause_asking_by_a_count_alone_does_not_ask(faq):
    """A child's sum told ("一份有几个", unmarked, no other form): sure of the catalogue as a clause of a message already
    asking, no question of its own for the rules."""
    text = asking.spoken("孩子的题目是分糖果 一份有几个")
    assert asking._sure_clause_match(text, faq, counting=True) is not None
    assert asking._sure_clause_match(text, faq) is None


# Chat near the shape: the same clauses asked of someone else, about someone else's shop or place, reported, rhetorical,
# a review or a complaint. None is asked or answered by the mechanism (each reads as without it).
LOOK_ALIKES = [
    "姐妹们，你们平时几点开门营业啊，我的服装店想调一下营业时间",
    "我女儿在外地上大学，她们学校的快递能送到宿舍吗？问了好几次都说不行",
    "下那么大雨谁还开门啊，我们楼下的早餐店都关了",
    "昨晚我老公问我积分怎么用，我也说不清楚，哈哈，他就是爱操心",
    "我婆婆总问超市几点开门，她每天五点就起床了，真拿她没办法",
    "孩子问我能不能送到奶奶家，我说奶奶家太远了，下次吧",
    "对面那家水果店能送货上门吗？我看他们门口贴了个电话",
    "楼下药店可以刷医保卡吗，我妈的药快吃完了，跑了两家都不行",
    "你说这天气还有人出门吗，路上都结冰了，店里肯定没人",
    "上次网上买的鞋子小了，能退吗？客服一直不回我",
    "我家那口子问我停车场在哪，他自己开车去的还不知道，真服了",
    "王姐，你家孩子学校几点放学？我想约你一起去接，顺路说说话",
    "我跟老伴说好了周末去看闺女，她那边的小区能停车吗，到时候再问她",
    "刘阿姨，你们那个合唱团在哪里排练，我也想去听听，我一个人在家闷得慌",
    "这个牌子的奶粉在外面药店多少钱，我想比一比，你们谁买过",
    "老板人真好，上次东西坏了直接给换了，能退能换，这样的店不多了",
    "隔壁小区的菜鸟驿站能送货上门吗，我看群里有人说可以，我们这边从来没送过",
    "我们单位食堂几点开门啊，今天去晚了没吃上，饿了一上午",
    "群里有没有人去过新开的那家火锅店，在哪条街啊，我想周末带老人去尝尝",
    "我们厂里发的购物卡能在超市刷吗，我问了财务也说不清楚，有人用过没有",
    "这羽绒服穿着真暖和，洗了两次也没跑绒，能机洗吗我都没看说明就洗了，幸好没事",
    "昨天在菜市场买的鱼不新鲜，能退吗，那个摊主肯定不认账，算了自认倒霉",
    "周末想带孩子去植物园，那边几点开门，门票多少钱，有没有去过的姐妹说一下",
    "老家的亲戚问我们这边过年超市开不开，我说应该开吧，也不确定",
    "昨天排了半小时队，几点开门都没人说，白跑一趟，今天还开不开？",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_read_as_without_the_sure_clause(faq, text, monkeypatch):
    monkeypatch.setattr(asking, "SURE_CLAUSE_TOPIC", False)
    monkeypatch.setattr(asking, "SURE_CLAUSE_ASKS", False)
    without = _reading(faq, text)
    monkeypatch.setattr(asking, "SURE_CLAUSE_TOPIC", True)
    with_topic = _reading(faq, text)
    monkeypatch.setattr(asking, "SURE_CLAUSE_ASKS", True)
    assert without == with_topic == _reading(faq, text)


# (main itself asks two of them: the grievance is the hours' as typed, and since the 08:25 refit "…她那边的小区能停车吗…" is read
# as parking — none of Q29's doing, the test above holds for them.)
@pytest.mark.parametrize("text", [t for t in LOOK_ALIKES if "昨天排了" not in t and "她那边的小区" not in t])
def test_look_alikes_are_not_asked(faq, text):
    assert _reading(faq, text) == (False, None)


@pytest.mark.parametrize("text", [
    "昨天排了半小时队，几点开门都没人说，白跑一趟，今天还开不开？",  # a grievance: no clause's entry
    "这款才上市两周就降价了，什么时候还能再降!!",  # exclaimed
    "店员态度太差了吧，我问几点开门都不理人，能退吗？？",  # an indignant mark
    "我上次在网上买的米能退吗，客服说不行",  # another seller
    "她们学校的快递能送到宿舍吗",  # someone else's
])
def test_no_sure_clause_in_a_complaint_or_someone_else_s_question(faq, text):
    assert _sure_clause(text, faq) is None
