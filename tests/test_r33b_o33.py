"""r33b on o33: more after an unanswered question when the question with her whole count cannot be asked (the one
question at a time is taken) is handled as before o33, never left without an answer. Real pipeline, SQLite."""
from __future__ import annotations

from tests.test_o33 import DATES, _open, _orders, _said


async def test_more_when_the_question_is_refused_is_handled_as_before(make_harness, monkeypatch):
    harness = await _open(make_harness, DATES)
    await _said(harness, "m1", "冬枣来一袋")
    games = harness.bot.games

    async def refused(*args, **kw):
        return False
    monkeypatch.setattr(games, "ask", refused)
    replies = await _said(harness, "m1", "我妹也要 再帮我加一袋", at="2026-11-23 09:25")
    assert replies, "her message was left unanswered"
    assert not any("一共订" in r["text"] for r in replies)
