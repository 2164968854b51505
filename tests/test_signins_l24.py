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
