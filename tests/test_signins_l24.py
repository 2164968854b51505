"""Issue 18, l24: the signing's worth asked rhetorically in the act's own clause ("签到了又能怎样"), or beside it where the
learned score would have signed the rest in, stays silent; an honest question beside her sign-in still signs in.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from tests.test_signins_i13 import signs_in


@pytest.mark.parametrize("text", [
    "签个到又能怎样啊",
    "签到又能怎样 积分也换不了啥",
    "签到了又怎样",
    "签到 又能怎样",
])
def test_its_worth_asked_in_the_act_s_own_clause_stays_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "签到了 今天的鸡蛋又怎样了 还有货吗",
    "签到，大家今天过得怎样",
    "签到了 我那个积分能换啥",
])
def test_a_question_about_something_else_beside_her_sign_in_signs_in(text):
    assert signs_in(text)


# A request to sign her in taken back in the next clause (算了, then she will see to it herself, or no need): left undone.
@pytest.mark.parametrize("text", [
    "孙子帮奶奶签个到，算了我自己来",
    "闺女帮我签个到 算了不用了",
    "帮我打个卡吧 算了俺自己弄",
    "小助手帮我签一下 算了不麻烦你了",
])
def test_a_request_taken_back_stays_silent(text):
    assert not signs_in(text)


# The act said after giving something else up, or her own act said in full after 算了: signs in.
@pytest.mark.parametrize("text", ["雨太大不去跳舞了 算了 签个到", "帮我签一下，算了我自己签到"])
def test_the_act_after_giving_up_something_else_signs_in(text):
    assert signs_in(text)


# Review of l24: the take-back only of a request to sign her in, the clause right before it ("替我打个卡 算了算了不用了");
# after another request it takes that one back, and her sign-in stands.
@pytest.mark.parametrize("text", [
    "签到 本来想让儿子帮我取快递 算了不用了",
    "打卡 让小张帮我留两斤排骨 算了不麻烦你了",
    "签到 叫老伴去买菜 算了我自己来吧",
])
def test_another_request_taken_back_leaves_her_sign_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["帮俺签个到嘛 拉倒拉倒俺自己弄", "替我打个卡 算了算了不用了"])
def test_a_request_to_sign_her_in_taken_back_twice_over_stays_silent(text):
    assert not signs_in(text)


# A short clause of the worth words asks the signing's worth only right after the act's clause; after other talk it asks
# about that ("又怎样了": what happened again).
@pytest.mark.parametrize("text", ["签到 老李你家狗病好点没 又怎样了", "签到 张姨你膝盖好些没 又怎样了"])
def test_the_worth_words_after_other_talk_leave_her_sign_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["签到 又咋样了", "打卡打卡 有啥用啊"])
def test_the_worth_words_right_after_the_act_stay_silent(text):
    assert not signs_in(text)
