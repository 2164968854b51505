"""r33b on z33: a first quiz pick recorded and not yet judged is held by its own bot (``Games.unjudged``), not in state
every bot of a process shares. Real pipeline, SQLite."""
from __future__ import annotations

import pytest

from datetime import timedelta

import bot.handlers.quiz as quiz
import storage.quiz
from storage.db import DatabaseUnavailable
from tests.test_operations import run_until
from tests.test_outages import impatient
from tests.test_z33 import _quiz, _won


@pytest.mark.sqlite_only("a writer made impatient with SQLite's busy timeout")
async def test_an_unjudged_pick_is_its_own_bots(make_harness, monkeypatch):
    assert not hasattr(quiz, "_unjudged")
    harness = await make_harness()
    other = await make_harness()
    await _quiz(harness, "穿搭")
    impatient(harness.db)
    claim, down = storage.quiz.claim_win, [True]

    def flaky(session, **kw):
        if down[0]:
            raise DatabaseUnavailable("the disk is full")
        return claim(session, **kw)

    monkeypatch.setattr(storage.quiz, "claim_win", flaky)
    assert _won(await harness.say("g1", "amy", "是A吧")) == []
    assert len(harness.bot.games.unjudged) == 1 and other.bot.games.unjudged == {}
    down[0] = False
    out = await run_until(harness, harness.clock.now() + timedelta(minutes=1))
    assert _won(out) and harness.bot.games.unjudged == {}
