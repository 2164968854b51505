"""The wechaty adapter against the real gateway code stores run (tests/real_gateway.py): the
TypeScript PuppetServer over PuppetMock, on 127.0.0.1 without TLS, and the real bot (pipeline,
send queue, SQLite or PostgreSQL). Real time, no sleeps: every wait has a condition and a limit."""
from __future__ import annotations

import asyncio
import importlib.util
import logging

import pytest

from tests.real_gateway import RealGateway, require_gateway

if importlib.util.find_spec("wechaty") is None:
    pytest.skip("the wechaty extra is not installed (pip install -e '.[wechaty]')", allow_module_level=True)

from bot.adapters.wechaty_adapter import reset_process_state  # noqa: E402
from bot.events import Kind  # noqa: E402
from tests.test_wechaty_adapter import FAST, start_bot, stop_bot  # noqa: E402

SELF = "bot-self"
WORLD = {
    "self": {"id": SELF, "name": "群助手"},
    "contacts": [{"id": "owner", "name": "王店长"}, {"id": "staff", "name": "小李"}, {"id": "amy", "name": "小美"},
                 {"id": "bo", "name": "波波"}],
    "rooms": [{"id": "g1@chatroom", "topic": "宝妈育儿群", "owner": "owner",
               "members": ["owner", "staff", "amy", "bo", SELF]}],
}
G1 = "g1@chatroom"
# PuppetMock answers a ding after 1 s (a real puppet at once): the watchdog must wait longer.
OPTIONS = {**FAST, "dong_within": 3.0}


@pytest.fixture(autouse=True)
def fresh_client():
    require_gateway()
    reset_process_state()


@pytest.fixture
async def gateway():
    gateway = RealGateway(WORLD)
    await gateway.start()
    yield gateway
    await gateway.stop()


@pytest.fixture
async def bot(gateway, tmp_path):
    adapter, bot, seen, task = await start_bot(str(tmp_path / "w.db"), gateway.endpoint, options=OPTIONS)
    await asyncio.wait_for(adapter.ready.wait(), 15)
    yield adapter, bot, seen
    await stop_bot(adapter, bot, task)


def png() -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (40, 30), (230, 120, 40)).save(out, "PNG")
    return out.getvalue()


def replies(gateway: RealGateway, to: str = G1) -> list[dict]:
    return [s for s in gateway.sent if s["kind"] == "text" and s["to"] == to]


async def test_signin_error_events_and_rich_posts_through_the_real_gateway(gateway, bot, caplog):
    """One gateway start (~5 s) for what leaves it running: a sign-in answered with a mention, an
    error event that keeps the link up, a member's link card read with its address, a post as
    picture + text + link card + mini-program card."""
    from bot.rich import LinkCard, MiniProgramCard, Picture
    from bot.send_queue import Priority

    adapter, running, seen = bot
    caplog.set_level(logging.WARNING, logger="bot.adapters.wechaty_adapter")
    assert {g.id: g.name for g in adapter.groups()} == {G1: "宝妈育儿群"}
    await gateway.say(G1, "amy", "签到")
    await gateway.wait_for(lambda: replies(gateway))
    assert replies(gateway)[0]["mentions"] == ["amy"] and "签到" in replies(gateway)[0]["text"]

    await gateway.command(op="error", message="watchdog reset")
    await gateway.say(G1, "bo", "签到")
    await gateway.wait_for(lambda: len(replies(gateway)) == 2)
    assert "reports an error (the link stays up)" in caplog.text
    assert "reconnecting" not in caplog.text  # no Stop/Start, which on a real puppet restarts the session

    said = len(gateway.said)
    await gateway.command({"op": "share", "from": "bo", "room": G1, "link": {
        "url": "https://t.cn/A6abcd", "title": "宝妈兼职日结三百，加微信 abc12345", "description": "在家就能做"}})
    await gateway.wait_for(lambda: len(gateway.said) > said)
    await seen.wait_for(lambda events: any(getattr(e, "message_id", "") == gateway.said[-1] for e in events))
    shared = next(e for e in seen.events if getattr(e, "message_id", "") == gateway.said[-1])
    assert shared.kind == Kind.LINK and shared.card.url == "https://t.cn/A6abcd"
    assert "https://t.cn/A6abcd" in shared.text and "加微信 abc12345" in shared.text  # what moderation reads

    gateway.sent.clear()
    picture = Picture("湿巾.png", png())
    card = LinkCard("https://shop.example.com/p/wipes", "婴儿湿巾 80 抽 × 6 包", "团购价 29.9 元", "https://shop.example.com/w.jpg")
    program = MiniProgramCard("wx1234567890abcdef", "幸福里小店", "pages/item?id=wipes", "https://shop.example.com/w.jpg")
    running.outbox.say(G1, "今晚 8 点湿巾开团！", (), Priority.REPLY, rich=(picture, card, program))  # posts wait out quiet hours
    await gateway.wait_for(lambda: len(gateway.sent) == 4)
    file, text, url, mini = gateway.sent
    assert (file["kind"], file["to"], file["name"], file["size"]) == ("file", G1, "湿巾.png", len(picture.data))
    assert (text["kind"], text["text"]) == ("text", "今晚 8 点湿巾开团！")
    assert url["kind"] == "url" and url["payload"] == {"url": card.url, "title": card.title,
                                                        "description": card.description, "thumbnailUrl": card.thumbnail}
    assert mini["kind"] == "miniprogram"
    assert {k: mini["payload"][k] for k in ("appid", "title", "pagePath", "thumbUrl")} == {
        "appid": program.appid, "title": program.title, "pagePath": program.page_path, "thumbUrl": program.thumbnail}


async def test_a_signin_said_while_the_link_is_down_is_answered_or_reported(gateway, bot, caplog):
    adapter, _, _ = bot
    adapter._backoff = (1.0, 1.0)
    adapter._puppet.channel.close()  # a network blip: the gateway stays up, our stream breaks at once
    await gateway.say(G1, "amy", "签到")  # within the 1 s before the client connects again
    await gateway.wait_for(lambda: replies(gateway) or replies(gateway, to="owner"), timeout=15)
    answered = [r for r in replies(gateway) if r["mentions"] == ["amy"]]
    told = [r for r in replies(gateway, to="owner") if "连接中断" in r["text"]]
    assert len(answered) + len(told) >= 1 and len(answered) <= 1


async def test_a_killed_gateway_comes_back_and_the_bot_answers_again(gateway, bot):
    await gateway.say(G1, "amy", "签到")
    await gateway.wait_for(lambda: replies(gateway))
    await gateway.kill()
    again = RealGateway(WORLD, port=gateway.port)
    await again.start()
    try:
        adapter, _, _ = bot
        await asyncio.wait_for(adapter.ready.wait(), 20)
        await again.say(G1, "bo", "签到")
        await again.wait_for(lambda: any(r["mentions"] == ["bo"] for r in replies(again)), timeout=20)
        assert not any(r["mentions"] == ["amy"] for r in replies(again))  # amy's reply was not sent again
    finally:
        await again.stop()
