"""Poison input: text no database can store is made valid at the adapter, and a row that still
cannot be stored is dropped alone instead of failing every batch after it."""
from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bot.events import clean_text
from bot.replay import main as replay_main
from storage import Database
from storage.models import EventLog, JobState, SignIn
from tests.conftest import to
from tests.test_storage import AT, count, row

LONE = "你好 \ud800 世界"


@pytest.mark.parametrize("raw, clean", [
    ("你好 \ud800 世界", "你好 \ufffd 世界"),  # a lone high surrogate
    ("\udfff尾", "\ufffd尾"),  # a lone low surrogate
    ("\ud83d\ude00", "😀"),  # a pair split in two code points is one character again
    ("a\x00b", "a\ufffdb"),  # NUL: PostgreSQL text refuses it
    ("签到 😀 +1", "签到 😀 +1"),  # valid text is left alone
    ("", ""),
])
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean
    clean_text(raw).encode("utf-8")  # every result is encodable


async def test_a_lone_surrogate_from_a_member_breaks_nothing(make_harness):
    harness = await make_harness()
    await harness.say("g1", "amy", LONE, name="小\udc00美")
    await harness.say("g1", "zz", "\udcff")
    assert "签到成功" in to("bo", await harness.say("g1", "bo", "签到"))[0]["text"]
    assert "签到成功" in to("amy", await harness.say("g1", "amy", "签到"))[0]["text"]
    texts = await harness.db.read(lambda s: s.exec(select(EventLog.text).where(EventLog.member_id == "amy")).all())
    assert "你好 \ufffd 世界" in texts  # kept, with the one bad code point replaced
    assert len(await harness.db.read(lambda s: s.exec(select(SignIn)).all())) == 2


async def test_over_the_playground_websocket(served):
    async with served.http.ws_connect("/ws") as ws:
        await ws.receive_json()  # the snapshot
        await ws.send_json({"op": "say", "group": "demo-moms", "member": "m-xiaomei", "text": LONE})
        await ws.send_json({"op": "say", "group": "demo-moms", "member": "m-xiaomei", "text": "签到"})
        while True:
            record = (await ws.receive_json(timeout=10)).get("record", {})
            if record.get("action") == "say" and "签到成功" in record.get("text", ""):
                break


async def test_the_writer_drops_a_row_it_cannot_store_and_keeps_the_rest(make_db, caplog):
    """Past the adapter (a bug, another caller): one bad row must not sink its batch or the next ones."""
    db = Database(make_db("w.db"))
    await db.start()
    try:
        for n in range(5):
            db.log(row(n))
        db.log(row(99) | {"text": "坏\ud800"})
        stored = await db.write(lambda s: s.add(JobState(job_id="ack", last_run_at=AT)) or "stored")
        assert stored == "stored"
        db.log(row(6))
        await db.write(lambda s: s.add(JobState(job_id="next", last_run_at=AT)))
        assert await count(db) == 6
        assert "a log row of m99 could not be stored and is dropped" in caplog.text
        assert "held for the next batch" not in caplog.text
    finally:
        await db.close()


def test_replay_of_a_transcript_with_a_lone_surrogate(tmp_path, capsys):
    lines = [
        {"t": "2026-11-23T09:00:00+08:00", "type": "group", "group": "g", "name": "群", "owner": "o",
         "members": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]},
        {"t": "2026-11-23T09:00:01+08:00", "type": "message", "group": "g", "from": "a", "text": LONE},
        {"t": "2026-11-23T09:00:02+08:00", "type": "message", "group": "g", "from": "b", "text": "签到"},
    ]
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", "utf-8")  # "\ud800" as a JSON escape
    assert replay_main(str(path), None, None, str(tmp_path / "r.db")) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any("签到成功" in action.get("text", "") for action in out)


# --- replay input: JSON Lines split on "\n" only; every malformed line is exit 2 with its number ---

GROUP_JSON = {"t": "2026-11-23T09:00:00+08:00", "type": "group", "group": "g", "name": "群", "owner": "o",
              "members": [{"id": "a", "name": "A"}]}


def message(text: str = "签到", t: str = "2026-11-23T09:00:01+08:00") -> str:
    return json.dumps({"t": t, "type": "message", "group": "g", "from": "a", "text": text}, ensure_ascii=False)


def run_replay(tmp_path, capsys, body: str, *args: str) -> tuple[int, str, str]:
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(GROUP_JSON) + "\n" + body, "utf-8")
    code = replay_main(str(path), None, None, str(tmp_path / "r.db"), *args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_raw_line_separators_inside_a_json_string_are_text(tmp_path, capsys, separator):
    code, out, err = run_replay(tmp_path, capsys, message(f"第一行{separator}签到") + "\n")
    assert code == 0, err


@pytest.mark.parametrize("line, says", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"t": "2026-11-23T09:00:01+08:00", "type": "message", "group": "g", "from": "a", "text": "x", "n": '
     + "9" * 5000 + "}", "number too long"),
    (message(t="0001-01-01T00:00:00+08:00"), "time out of range"),
    (message(t="2026-11-23T09:00:01"), "timezone"),
    ('{"t": "2026-11-23T09:00:01+08:00", "type": "message"', "not valid JSON"),
    ("\ufeff" + message(), "not valid JSON"),
])
def test_every_malformed_line_is_exit_2_with_its_line_number(tmp_path, capsys, line, says):
    code, out, err = run_replay(tmp_path, capsys, message() + "\n" + line + "\n")
    assert code == 2 and out == ""
    assert ":3:" in err and says in err, err
    assert "Traceback" not in err


def test_a_time_span_beyond_the_bound_is_refused_unless_allowed(tmp_path, capsys):
    """Year 9999 would simulate for days; the bound (default 31 days) is an option, --max-days."""
    code, _, err = run_replay(tmp_path, capsys, message(t="9999-12-31T09:00:00+08:00") + "\n")
    assert code == 2 and ":2:" in err and "--max-days" in err, err
    two_days = message(t="2026-11-25T09:00:00+08:00") + "\n"
    assert run_replay(tmp_path, capsys, two_days)[0] == 0
    code, _, err = run_replay(tmp_path, capsys, two_days, False, 1)
    assert code == 2 and "more than 1 day(s) after the first line" in err, err
