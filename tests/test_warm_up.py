"""Start-up loads the learned models off the event loop (bot/warm_up.py): the first order, sign-in or question after a
start reads no model file on the loop, where it stalled every group's replies for about a second."""
from __future__ import annotations

import threading
from pathlib import Path

import sqlalchemy as sa

from bot import warm_up
from bot.events import GroupInfo, Member
from bot.language import intent_model, linear_weights, signin_model
from bot.questions import asking, topics
from bot.rules import ad_model
from storage.models import GroupBuy

GROUP = GroupInfo("g1", "果蔬拼单群", "owner", (Member("owner", "陈店长"), Member("lan", "兰兰"), Member("hu", "胡叔")))
MODEL_FILES = ("intent_model.json", "order_quantity_model.json", "signup_party_model.json", "signin_model.json",
               "question_model.json", "question_topics.json.gz")


def _forget_loaded_models(monkeypatch) -> None:
    """As in a fresh process: no learned model read yet (the loaders keep what they read for the process)."""
    for cached in (intent_model._load, signin_model._load, linear_weights.load, topics.topics, asking.model):
        cached.cache_clear()
    monkeypatch.setattr(warm_up, "_warmed", False)


def _watch_model_reads(monkeypatch) -> list[tuple[str, int]]:
    """Every model file read from now on, with the thread that read it."""
    reads: list[tuple[str, int]] = []
    def watching(read):
        def watched(self, *args, **kwargs):
            if self.name in MODEL_FILES:
                reads.append((self.name, threading.get_ident()))
            return read(self, *args, **kwargs)
        return watched

    monkeypatch.setattr(Path, "read_text", watching(Path.read_text))
    monkeypatch.setattr(Path, "read_bytes", watching(Path.read_bytes))  # the gzipped ones
    return reads


async def test_the_first_order_after_start_up_reads_no_model_on_the_event_loop(make_harness, monkeypatch):
    _forget_loaded_models(monkeypatch)
    reads = _watch_model_reads(monkeypatch)
    loop_thread = threading.get_ident()
    harness = await make_harness(groups=[GROUP])
    assert {name for name, _ in reads} == set(MODEL_FILES)  # every model loaded at start-up...
    assert all(thread != loop_thread for _, thread in reads)  # ...in a thread, the loop free meanwhile
    reads.clear()
    await harness.say("g1", "owner", "/开团 砂糖橘5斤装 ¥29 库存40 截止21:00 自提点B")
    await harness.say("g1", "lan", "砂糖橘给我留三箱吧")
    await harness.say("g1", "hu", "今天打卡签到")
    await harness.say("g1", "hu", "砂糖橘明天几点能到店？")
    assert reads == []  # the first order, sign-in and question found every model loaded
    sold = await harness.db.read(lambda s: s.exec(sa.select(GroupBuy.sold)).one()[0])
    assert sold == 3


def test_the_models_share_their_ngrams_and_the_table_that_found_them_is_dropped():
    first = ad_model.unpack({"2": {"0.5": "签到打卡"}})
    second = ad_model.unpack({"2": {"-0.25": "打卡签到"}})
    ad_model.forget_grams()
    assert [g for g in second if g == "签到"][0] is [g for g in first if g == "签到"][0]
    assert ad_model._GRAMS == {}
    third = ad_model.unpack({"2": {"0.5": "签到"}})
    assert third == {"签到": 0.5} and ad_model._GRAMS == {"签到": "签到"}
    ad_model.forget_grams()
