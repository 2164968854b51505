"""The acceptance scenarios of group operations, through `qunbot replay` on the shipped config."""
from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import ROOT, local
from tests.test_replay import actions, replay


@pytest.mark.slow
def test_operations_example_end_to_end():
    out = actions(replay(str(ROOT / "docs/examples/operations.jsonl"), "--until", "2026-12-12T16:00:00+08:00"))
    says = [a for a in out if a["action"] == "say"]
    to_owner = [a for a in out if a["action"] == "direct" and a["to"] == "owner-wang"]
    # A member renamed 王店长 cannot /kick; the real owner's /kick, where the bot is not the group's
    # owner, is a private how-to, never a removal.
    assert says[0]["text"] == "抱歉，/kick 只有群主可以使用。" and says[0]["mentions"] == ["m-bobo"]
    assert not [a for a in out if a["action"] == "remove"]
    assert "不能移出 波波" in to_owner[0]["text"]
    # 30 joins in a minute: two welcomes, everyone @-mentioned once, the inviter thanked and credited.
    welcomes = [a for a in says if a["text"].startswith("欢迎")]
    assert len(welcomes) == 2 and sorted(m for a in welcomes for m in a["mentions"]) == [f"m-new{n:02d}" for n in range(30)]
    assert all("感谢小美" in a["text"] for a in welcomes)
    assert any(a["text"].startswith("您当前共有 200 积分") for a in says)
    # The FAQ answers its question; chat gets nothing; the unanswered question reaches the owner after 30 min.
    replies_to_tingting = [a for a in says if a["mentions"] == ["m-tingting"]]
    assert [a["text"] for a in replies_to_tingting] == ["门店每天 8:30—21:00 营业，节假日照常开门。",
                                                        "这个问题记下了，店员会尽快回复您～"]  # the swim ring: noted (e33)
    unanswered = [a for a in to_owner if a["text"].startswith("【待回复】")]
    assert len(unanswered) == 1 and "婴儿游泳圈" in unanswered[0]["text"]
    assert unanswered[0]["t"] == local("2026-11-23 10:40").isoformat()
    # Quiet members are re-engaged once each (10 to a note), never again while they stay quiet.
    nudged = Counter(m for a in says if a["text"].startswith("好久没见到") for m in a["mentions"])
    assert set(nudged.values()) == {1} and len(nudged) == 33  # everyone but the owner: 30 newcomers, 小美, 婷婷, 波波
