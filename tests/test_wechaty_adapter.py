"""The real python-wechaty client over real gRPC, against the loopback gateway in fake_puppet.

The bot is the real one (pipeline, send queue, SQLite) with send pacing 0; only the
WeChat side is simulated, at the wire level. These tests run on real time (a network
link has no virtual clock) but never sleep: they wait on conditions with time limits.
"""
from __future__ import annotations

import asyncio
import importlib.util
import logging
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

import pytest

if importlib.util.find_spec("wechaty") is None:  # importing it before our compat fixes would fail
    pytest.skip("the wechaty extra is not installed (pip install -e '.[wechaty]')", allow_module_level=True)

from bot.adapters.wechaty_adapter import WechatyAdapter, reset_process_state  # noqa: E402
from bot.app import Bot  # noqa: E402
from bot.clock import SystemClock  # noqa: E402
from bot.config.loader import parse_config  # noqa: E402
from bot.events import Event, GroupMessage, Kind, MemberJoined, MemberLeft  # noqa: E402
from storage import Database  # noqa: E402
from tests.conftest import ROOT, TEST_CONFIG  # noqa: E402
from tests.fake_puppet import (TS_POST, TS_RED_ENVELOPE, TS_TEXT, TS_URL, FakeGateway,  # noqa: E402
                               FakeRoom)

# The adapter never touches the database (its de-duplication is in memory): on PostgreSQL these
# would repeat the harness tests' storage with ~30 s of real-time gateway waits on top.
pytestmark = pytest.mark.sqlite_only("the wechaty transport is under test; the bot's storage on PostgreSQL is in the harness tests")

SELF = "bot-self"
FAST = dict(ding_every=0.2, dong_within=1.0, backoff=(0.1, 0.5), send_wait=5)


def world() -> FakeGateway:
    gateway = FakeGateway(SELF, "群助手")
    for contact_id, name in [("owner", "王店长"), ("staff", "小李"), ("amy", "小美"), ("bo", "波波"), ("zhang", "张阿姨")]:
        gateway.add_contact(contact_id, name)
    gateway.add_room(FakeRoom("g1", "宝妈育儿群", "owner", ["owner", "staff", "amy", "bo", SELF]))
    gateway.add_room(FakeRoom("g2", "乐龄健康群", SELF, [SELF, "owner", "zhang"]))
    return gateway


class Seen:
    """Every event the bot handles (on its way into the real pipeline) and every groups change."""

    def __init__(self, bot: Bot) -> None:
        self.events: list[Event] = []
        self._changed = asyncio.Condition()
        handle, groups_changed = bot.handle, bot.groups_changed

        async def observed(event: Event) -> None:
            self.events.append(event)
            await self._notify()
            await handle(event)

        async def observed_groups() -> None:
            await groups_changed()
            await self._notify()

        bot.handle = observed  # type: ignore[method-assign]
        bot.groups_changed = observed_groups  # type: ignore[method-assign]

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[list[Event]], bool], timeout: float = 5) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: predicate(self.events)), timeout)


@dataclass
class Live:
    gateway: FakeGateway
    adapter: WechatyAdapter
    bot: Bot
    seen: Seen

    async def connected(self, timeout: float = 5) -> None:
        await asyncio.wait_for(self.adapter.ready.wait(), timeout)


async def start_bot(db: str, endpoint: str, token: str = "test-token",
                    options: dict = FAST) -> tuple[WechatyAdapter, Bot, Seen, asyncio.Task]:
    # The kick test below needs removal without the owner's approval (the default is to ask).
    config = parse_config(TEST_CONFIG.replace("  assistants: [staff]", "  assistants: [staff]\n  moderation: {removal: auto, alert_gather_seconds: 0}"))
    config = config.model_copy(update={"send": config.send.model_copy(
        update={"min_interval_seconds": 0, "group_switch_seconds": 0, "jitter_seconds": 0})})
    adapter = WechatyAdapter(endpoint, token, **options)
    bot = Bot(config, transport=adapter, clock=SystemClock(), db=Database(db),
              config_path=ROOT / "config.yaml")
    adapter.bind(bot)
    seen = Seen(bot)
    await bot.start(realtime=True)
    return adapter, bot, seen, asyncio.create_task(adapter.run())


async def stop_bot(adapter: WechatyAdapter, bot: Bot, task: asyncio.Task) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    await adapter.stop()
    await bot.stop()


@pytest.fixture(autouse=True)
def fresh_client():
    """The client's caches are process-wide: every test starts as a fresh process would."""
    reset_process_state()


@pytest.fixture
async def live(make_db):
    gateway = world()
    await gateway.start()
    adapter, bot, seen, task = await start_bot(make_db("w.db"), gateway.endpoint)
    result = Live(gateway, adapter, bot, seen)
    await result.connected()
    yield result
    await stop_bot(adapter, bot, task)  # closes the client's channel first, or the server hangs on 3.12+
    await gateway.stop()


def messages(events: list[Event]) -> list[GroupMessage]:
    return [e for e in events if isinstance(e, GroupMessage)]


async def test_login_starts_with_stop_start_event_and_loads_the_groups(live: Live):
    assert live.gateway.calls[:3] == ["Stop", "Start", "Event"]
    groups = {g.id: g for g in live.adapter.groups()}
    assert groups["g1"].name == "宝妈育儿群" and groups["g1"].owner == "owner"
    assert {m.id: m.name for m in groups["g1"].members}["amy"] == "小美"
    assert live.adapter.can_remove("g2") and not live.adapter.can_remove("g1")


async def test_signin_reaches_the_pipeline_and_the_reply_mentions_the_member(live: Live):
    sent_at = int(time.time() * 1000)
    message_id = live.gateway.post("g1", "amy", "签到", timestamp_ms=sent_at)
    await live.gateway.wait_for(lambda: len(live.gateway.sent) == 1)
    reply = live.gateway.sent[0]
    assert reply.conversation_id == "g1" and reply.mentions == ["amy"]
    assert reply.text.startswith("@小美 ")  # room.say adds the @name itself
    event = messages(live.seen.events)[0]
    assert (event.message_id, event.sender.id, event.sender.name, event.kind) == (message_id, "amy", "小美", Kind.TEXT)
    assert event.at == datetime.fromtimestamp(sent_at / 1000, timezone.utc)
    # The reply came back from the gateway as a message event; a later post proves it was not handled.
    live.gateway.post("g1", "bo", "大家早", mentions=(SELF,))
    await live.seen.wait_for(lambda events: len(messages(events)) == 2)
    later = messages(live.seen.events)[1]
    assert later.sender.id == "bo" and later.mentions_bot
    assert all(m.sender.id != SELF for m in messages(live.seen.events))


async def test_room_join_reaches_the_pipeline_with_the_inviter(live: Live):
    live.gateway.add_contact("newbie", "新朋友")
    live.gateway.join("g1", ["newbie"], "amy", timestamp=1_795_000_000)
    await live.seen.wait_for(lambda events: any(isinstance(e, MemberJoined) for e in events))
    joined = next(e for e in live.seen.events if isinstance(e, MemberJoined))
    assert (joined.group_id, joined.member.id, joined.member.name, joined.inviter) == ("g1", "newbie", "新朋友", "amy")
    assert joined.at == datetime.fromtimestamp(1_795_000_000, timezone.utc)
    assert "newbie" in {m.id for m in live.adapter.group("g1").members}


async def test_every_message_kind_arrives_including_types_the_client_cannot_map(live: Live):
    posted = [(TS_POST, "<msg>视频号动态</msg>"), (TS_RED_ENVELOPE, "[红包]"), (TS_URL, "<url/>"), (TS_TEXT, "好的")]
    for wire_type, text in posted:
        live.gateway.post("g1", "bo", text, type=wire_type)
    await live.seen.wait_for(lambda events: len(messages(events)) == len(posted))
    kinds = {m.text: m.kind for m in messages(live.seen.events)}
    assert kinds == {"<msg>视频号动态</msg>": Kind.OTHER, "[红包]": Kind.RED_PACKET, "<url/>": Kind.LINK, "好的": Kind.TEXT}


async def test_a_kick_reaches_room_del_only_where_the_account_owns_the_group(live: Live):
    live.gateway.post("g2", "zhang", "代开增值税发票 联系我")
    await live.seen.wait_for(lambda events: any(isinstance(e, MemberLeft) for e in events))
    assert live.gateway.room_dels == [("g2", "zhang")]
    assert "zhang" not in {m.id for m in live.adapter.group("g2").members}

    live.gateway.post("g1", "bo", "代开增值税发票 联系我")
    await live.gateway.wait_for(lambda: {"g1", "owner"} <= {s.conversation_id for s in live.gateway.sent})
    assert live.gateway.room_dels == [("g2", "zhang")]  # g1: warned, and the owner told privately
    with pytest.raises(PermissionError):
        await live.adapter.remove_member("g1", "bo")
    assert live.gateway.calls.count("RoomDel") == 1


async def test_a_renamed_group_and_a_new_group_are_known_at_once(live: Live):
    live.gateway.rename("g1", "宝妈育儿二群", "owner", timestamp=1_795_000_000)
    live.gateway.add_room(FakeRoom("g3", "新店群", "owner", ["owner", SELF, "amy"]))
    live.gateway.join("g3", [SELF], "owner", timestamp=1_795_000_100)
    await live.seen.wait_for(lambda _: live.adapter.group("g1").name == "宝妈育儿二群" and live.adapter.group("g3"))
    assert live.adapter.group("g3").name == "新店群" and not live.adapter.can_remove("g3")
    live.gateway.post("g1", "amy", "早")
    await live.seen.wait_for(lambda events: len(messages(events)) == 1)
    assert messages(live.seen.events)[0].group_name == "宝妈育儿二群"  # room.topic() would still say the old name
    assert not any(isinstance(e, MemberJoined) for e in live.seen.events)  # the account itself is no member event


async def test_after_a_logout_sends_wait_for_the_next_login(live: Live):
    live.gateway.logout()
    await live.gateway.wait_for(lambda: not live.adapter.ready.is_set())
    live.adapter._send_wait = 0.2
    with pytest.raises(ConnectionError, match="nothing was sent"):
        await live.adapter.send_text("g1", "还在吗")
    assert live.gateway.sent == []


async def test_a_silent_stream_is_detected_and_message_flow_resumes(live: Live):
    started = time.monotonic()
    live.gateway.freeze_streams()
    await live.gateway.wait_for(lambda: live.gateway.calls.count("Event") == 2, timeout=10)
    await live.connected()
    live.gateway.post("g1", "amy", "签到")
    await live.gateway.wait_for(lambda: len(live.gateway.sent) == 1)
    assert time.monotonic() - started < 10


async def test_a_restarted_gateway_resumes_message_flow_without_duplicates(live: Live):
    first = live.gateway.post("g1", "amy", "签到")
    await live.gateway.wait_for(lambda: len(live.gateway.sent) == 1)
    started = time.monotonic()
    await live.gateway.stop()
    await live.gateway.start(live.gateway.port)  # same port, same account
    await live.gateway.wait_for(lambda: live.gateway.calls.count("Event") == 2, timeout=10)
    await live.connected()
    live.gateway.emit_message(first)  # some gateways repeat recent events after a reconnect
    live.gateway.post("g1", "bo", "签到")
    in_g1 = lambda: [s for s in live.gateway.sent if s.conversation_id == "g1"]  # noqa: E731 (the owner hears of the gap)
    await live.gateway.wait_for(lambda: len(in_g1()) == 2)
    assert time.monotonic() - started < 10
    assert in_g1()[1].mentions == ["bo"]
    assert [m.sender.id for m in messages(live.seen.events)] == ["amy", "bo"]


async def test_a_stream_ended_cleanly_by_the_gateway_is_replaced(live: Live):
    started = time.monotonic()
    live.gateway.end_streams()  # status OK, the gateway still up: not an error, but no more events
    await live.gateway.wait_for(lambda: live.gateway.calls.count("Event") == 2, timeout=10)
    await live.connected()
    live.gateway.post("g1", "amy", "签到")
    await live.gateway.wait_for(lambda: len(live.gateway.sent) == 1)
    assert time.monotonic() - started < 10


async def test_a_send_that_errors_after_delivery_is_not_sent_twice(live: Live, caplog):
    live.gateway.fail_after_send = True
    live.gateway.post("g1", "amy", "签到")
    await live.gateway.wait_for(lambda: len(live.gateway.sent) == 1)
    live.gateway.fail_after_send = False
    live.gateway.post("g1", "bo", "签到")  # the bot is still up and answering
    await live.gateway.wait_for(lambda: len(live.gateway.sent) == 2)
    assert [s.mentions for s in live.gateway.sent] == [["amy"], ["bo"]]  # amy's reply went once, not retried
    assert "not retried (it may have been delivered)" in caplog.text


async def test_joins_and_leaves_missed_while_disconnected_are_reconciled(live: Live):
    await live.gateway.stop()
    live.gateway.add_contact("newbie", "新朋友")
    live.gateway.rooms["g1"].members = ["owner", "staff", "amy", "newbie", SELF]  # bo left, newbie came: no events
    await live.gateway.start(live.gateway.port)
    await live.seen.wait_for(lambda events: len(events) == 2, timeout=10)
    joined, left = live.seen.events
    assert isinstance(joined, MemberJoined) and (joined.member.id, joined.inviter) == ("newbie", None)
    assert isinstance(left, MemberLeft) and left.member_id == "bo"


async def test_a_gateway_down_at_start_up_is_retried_with_a_clear_log_line(make_db, caplog):
    gateway = world()
    port = await gateway.start()
    await gateway.stop()  # the port is free again, and nothing listens there
    caplog.set_level(logging.WARNING, logger="bot.adapters.wechaty_adapter")
    retrying = asyncio.Event()
    caplog.handler.addFilter(lambda record: "reconnecting in" in record.getMessage() and retrying.set() or True)
    adapter, bot, seen, task = await start_bot(make_db("w.db"), f"127.0.0.1:{port}", token="secret-token-42")
    try:
        await asyncio.wait_for(retrying.wait(), 5)
        assert f"wechaty gateway 127.0.0.1:{port}: ConnectionError: cannot reach the gateway" in caplog.text
        await gateway.start(port)
        await asyncio.wait_for(adapter.ready.wait(), 5)
        assert not task.done()
    finally:
        await stop_bot(adapter, bot, task)
        await gateway.stop()


async def test_the_token_never_reaches_the_log(make_db, caplog, monkeypatch):
    monkeypatch.setenv("WECHATY_PUPPET_SERVICE_TOKEN", "env-token-7")
    gateway = world()
    await gateway.start()
    adapter, bot, seen, task = await start_bot(make_db("w.db"), gateway.endpoint, token="secret-token-42")
    try:
        await asyncio.wait_for(adapter.ready.wait(), 5)
    finally:
        await stop_bot(adapter, bot, task)
        await gateway.stop()
    assert "there are endpoint<" in caplog.text  # the client's warning lines, redacted
    assert "secret-token-42" not in caplog.text and "env-token-7" not in caplog.text



async def test_qunbot_run_transport_wechaty_serves_a_real_account(make_db):
    """The command itself, as a process, against the loopback gateway."""
    gateway = world()
    await gateway.start()
    env = {**os.environ, "WECHATY_PUPPET_SERVICE_ENDPOINT": gateway.endpoint, "WECHATY_PUPPET_SERVICE_TOKEN": "t0k"}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", "--transport", "wechaty", "--db", make_db("run.db"),
        cwd=ROOT, env=env, stderr=asyncio.subprocess.PIPE)
    try:
        await gateway.wait_for(lambda: "RoomMemberList" in gateway.calls, timeout=60)  # a process start: slow on a loaded machine
        gateway.post("g1", "amy", "签到")
        await gateway.wait_for(lambda: len(gateway.sent) == 1, timeout=10)
        assert gateway.sent[0].mentions == ["amy"]
    finally:
        process.terminate()
        _, err = await asyncio.wait_for(process.communicate(), 10)
        await gateway.stop()
    assert process.returncode == 0, err.decode()
    assert "t0k" not in err.decode()


async def test_gateway_error_events_keep_the_stream_up(live: Live, caplog):
    """wechaty-puppet 1.x sends {"gerror": ...}: the 2022 client raised and ended the stream."""
    live.gateway.error({"code": 2, "details": "watchdog reset"})
    live.gateway.error({"code": 5, "details": "room payload refresh failed"})
    live.gateway.post("g1", "amy", "签到")
    await live.gateway.wait_for(lambda: len(live.gateway.sent) == 1)
    assert live.gateway.calls.count("Event") == 1 and live.gateway.calls.count("Start") == 1  # no reconnect
    assert "reports an error (the link stays up)" in caplog.text and "watchdog reset" in caplog.text


async def test_a_gateway_filling_only_the_current_fields_gives_true_times_and_sent_ids(live: Live):
    live.gateway.current_fields_only = True
    sent_at = 1_795_000_123_456
    live.gateway.post("g1", "amy", "早上好", timestamp_ms=sent_at)
    await live.seen.wait_for(lambda events: len(messages(events)) == 1)
    assert messages(live.seen.events)[0].at == datetime.fromtimestamp(sent_at / 1000, timezone.utc)
    sent_id = await live.adapter._puppet.message_send_text("g1", "收到")
    assert sent_id == live.gateway.sent[-1].message_id


async def test_a_gap_in_the_link_is_logged_and_the_owner_told_once(live: Live, caplog):
    """A 签到 said while the link is down never reaches the bot (the gateway keeps no history to
    fetch): it is reported as missed, never silently dropped."""
    for outage in range(2):
        await live.gateway.stop()
        live.gateway.post("g1", "amy", "签到")  # said while the link is down
        await live.gateway.start(live.gateway.port)
        await live.gateway.wait_for(lambda: live.gateway.calls.count("Event") == outage + 2, timeout=10)
        await live.connected()
    await live.gateway.wait_for(lambda: any(s.conversation_id == "owner" for s in live.gateway.sent))
    told = [s for s in live.gateway.sent if s.conversation_id == "owner"]
    assert len(told) == 1 and "连接中断" in told[0].text and "没有收到" in told[0].text
    assert all(s.conversation_id != SELF for s in live.gateway.sent)  # g2's owner is the account itself
    assert caplog.text.count("messages said then were not received") == 2
    assert not messages(live.seen.events)


async def test_tls_is_named_when_the_gateway_drops_every_stream_before_a_login(make_db, caplog):
    """A TLS gateway accepts TCP and then drops plaintext HTTP/2: simulated by a server that closes at once."""
    async def drop(reader, writer):
        writer.close()

    server = await asyncio.start_server(drop, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    caplog.set_level(logging.WARNING, logger="bot.adapters.wechaty_adapter")
    retrying = asyncio.Event()
    caplog.handler.addFilter(lambda record: "reconnecting in" in record.getMessage() and retrying.set() or True)
    adapter, bot, seen, task = await start_bot(make_db("w.db"), f"127.0.0.1:{port}")
    try:
        await asyncio.wait_for(retrying.wait(), 10)
    finally:
        await stop_bot(adapter, bot, task)
        server.close()
    assert "WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_SERVER=true" in caplog.text
