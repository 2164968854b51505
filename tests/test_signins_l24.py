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
