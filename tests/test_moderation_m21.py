"""M21 (issue 17): an id or a mobile number dictated piece by piece (字母 x，数字 7; 前面 … 然后 … 最后 …) is a contact."""
from __future__ import annotations

import pytest

from bot.rules import ads
from tests.test_moderation_m17 import _kinds, rule  # noqa: F401 (rule: the shipped rule fixture, shared)


def _seen(rule, text: str) -> list[str]:
    from tests.test_moderation_m17 import _message

    return [s.seen for s in rule.signals(_message(text)) if s.points == 3]


# Written for these tests (none is a corpus line).
@pytest.mark.parametrize("text, seen", [
    ("想要的记住 字母w，字母q，数字5，数字2，数字1，就是我的v", "wq521"),
    ("团购群找我 v 是 t u a n 然后 g o u 然后 8 8", "tuangou88"),
    ("我号前面是 m k 后面跟着 三 九 四 记得备注", "mk394"),
    ("要货的打 一八八 然后是 六二零四 最后是 七七一三", "18862047713"),
    ("电话 前面187 中间4035 后面9962 说群里的", "18740359962"),
    ("打这个 一三六的头 二二四八的腰 五零七一的尾", "13622485071"),
])
@pytest.mark.parametrize("native", [True, False])
def test_a_dictated_contact_is_read_whole(rule, monkeypatch, text, seen, native):
    if not native:
        monkeypatch.setattr(ads, "_collect", None)
        monkeypatch.setattr(ads, "_find", None)
    assert any(seen in s for s in _seen(rule, text))


@pytest.mark.parametrize("text", [
    "先去1楼 然后3楼 最后5楼拿快递",  # floors, no id
    "选a 然后 b 再 c 就对了",  # three letters: too short for an id
    "139后2050后7716 是修空调的老李",  # bare 后: a member writes a tradesman's number so (1 point, as before)
    "下午3点 然后 5点 再 7点 各一趟车",
])
def test_pieces_that_dictate_no_contact(rule, text):
    assert not _seen(rule, text)
