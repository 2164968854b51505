"""The playground over real HTTP and a real websocket on 127.0.0.1."""
from __future__ import annotations

import asyncio
import re

import aiohttp
import pytest

from bot.dashboard.server import PASSWORD_ENV
from bot.playground.server import Playground
from tests.conftest import ROOT


TIMEOUT = 10  # seconds: a bound on waiting for the server, not a sleep


async def next_of(ws, predicate):
    async with asyncio.timeout(TIMEOUT):
        while True:
            update = await ws.receive_json()
            if predicate(update):
                return update


def bot_says(update) -> bool:
    return update["type"] == "record" and update["record"].get("action") == "say"


async def test_page_lists_demo_groups_and_loads_nothing_remote(served):
    http = served.http
    async with http.get("/") as response:
        page = await response.text()
    assert response.status == 200
    for name in ("宝妈育儿群", "乐龄健康群", "潮流青年群"):
        assert name in page
    assert not re.search(r"""(src|href)=["']https?://""", page)
    for asset in ("/static/app.js", "/static/style.css"):
        async with http.get(asset) as response:
            assert response.status == 200


async def test_sign_in_from_the_page_gets_a_live_reply_once_a_day(served):
    http = served.http
    async with http.ws_connect("/ws") as ws:
        snapshot = await ws.receive_json()
        assert snapshot["type"] == "snapshot"
        assert [g["id"] for g in snapshot["groups"]] == ["demo-moms", "demo-seniors", "demo-young"]

        await ws.send_json({"op": "say", "group": "demo-moms", "member": "m-xiaomei", "text": "签到"})
        echo = await next_of(ws, lambda u: u["type"] == "record" and u["record"].get("event") == "message")
        assert echo["record"]["name"] == "小美妈妈"
        reply = (await next_of(ws, bot_says))["record"]
        assert reply["mentions"] == ["m-xiaomei"] and "签到成功" in reply["text"]

        await ws.send_json({"op": "say", "group": "demo-moms", "member": "m-xiaomei", "text": "签到"})
        again = (await next_of(ws, bot_says))["record"]
        assert "已经签到过" in again["text"] and "获得" not in again["text"]


async def test_join_with_inviter_and_leave(served):
    http = served.http
    async with http.ws_connect("/ws") as ws:
        await ws.receive_json()
        await ws.send_json({"op": "join", "group": "demo-young", "name": "新朋友", "inviter": "m-kiki"})
        joined = await next_of(ws, lambda u: u["type"] == "record" and u["record"].get("event") == "join")
        assert joined["record"]["inviter"] == "m-kiki"
        new_id = joined["record"]["member"]
        assert {"id": new_id, "name": "新朋友", "role": ""} in joined["members"]

        await ws.send_json({"op": "leave", "group": "demo-young", "member": new_id})
        left = await next_of(ws, lambda u: u["type"] == "record" and u["record"].get("event") == "leave")
        assert all(m["id"] != new_id for m in left["members"])


@pytest.mark.parametrize("op, message", [
    ({"op": "say", "group": "nope", "member": "x", "text": "hi"}, "没有这个群"),
    ({"op": "say", "group": "demo-moms", "member": "stranger", "text": "hi"}, "请先选择群里的一位成员"),
    ({"op": "say", "group": "demo-moms", "member": "m-xiaomei", "text": "  "}, "消息不能为空"),
    ({"op": "join", "group": "demo-moms", "name": ""}, "请填写新成员的名字"),
    ({"op": "dance", "group": "demo-moms"}, "未知操作"),
    ("not json at all", "请求格式不对"),
])
async def test_bad_requests_get_a_clear_message(served, op, message):
    http = served.http
    async with http.ws_connect("/ws") as ws:
        await ws.receive_json()
        await (ws.send_json(op) if isinstance(op, dict) else ws.send_str(op))
        error = await next_of(ws, lambda u: u["type"] == "error")
        assert message in error["message"]


async def test_the_websocket_refuses_a_page_of_another_site(served):
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await served.http.ws_connect("/ws", headers={"Origin": "https://evil.example"})
    assert refused.value.status == 403
    async with served.http.ws_connect("/ws", headers={"Origin": served.url}) as ws:  # its own page
        assert (await ws.receive_json())["type"] == "snapshot"


def test_on_another_address_the_playground_needs_the_admin_password(tmp_path, monkeypatch, capsys):
    from bot.playground.run import main

    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    assert main(str(ROOT / "config.yaml"), "0.0.0.0", 0, str(tmp_path / "x.db")) == 1
    assert PASSWORD_ENV in capsys.readouterr().err


async def test_with_a_password_every_request_needs_it(served):
    guarded = Playground(served.bot, served.bot.transport, password="s3cret")
    port = await guarded.start("127.0.0.1", 0)
    try:
        async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as http:
            async with http.get("/") as response:
                assert response.status == 401 and "Basic" in response.headers["WWW-Authenticate"]
            async with http.get("/", auth=aiohttp.BasicAuth("any", "wrong")) as response:
                assert response.status == 401
            async with http.get("/", auth=aiohttp.BasicAuth("any", "s3cret")) as response:
                assert response.status == 200 and "宝妈育儿群" in await response.text()
    finally:
        await guarded.stop()


async def test_members_come_with_their_roles_and_a_gathered_welcome_is_shown_as_waiting(served):
    async with served.http.ws_connect("/ws") as ws:
        snapshot = await ws.receive_json()
        moms = next(g for g in snapshot["groups"] if g["id"] == "demo-moms")
        roles = {m["id"]: m["role"] for m in moms["members"]}
        assert roles["owner-wang"] == "群主" and roles["staff-xiaoli"] == "店员" and roles["m-xiaomei"] == ""
        await ws.send_json({"op": "join", "group": "demo-moms", "name": "新朋友"})
        update = await next_of(ws, lambda u: u["type"] == "waiting")
        assert any(line.startswith("等到 ") and "欢迎新成员" in line for line in update["waiting"]), update


async def test_a_gathered_sign_in_is_shown_as_one_not_as_a_welcome(served):
    async with served.http.ws_connect("/ws") as ws:
        await ws.receive_json()
        for member in ("m-xiaomei", "m-tingting"):  # the first is confirmed at once; the second waits for others
            await ws.send_json({"op": "say", "group": "demo-moms", "member": member, "text": "签到"})
        update = await next_of(ws, lambda u: u["type"] == "waiting" and any("签到确认" in w for w in u["waiting"]))
        assert not any("欢迎" in line for line in update["waiting"]), update
