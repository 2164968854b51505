"""The README's two pictures, taken in headless Chromium from the shipped config's demo groups.

Each test checks what the picture must show, then saves it under build/screenshots/;
with QUNBOT_SCREENSHOTS=1 it also writes docs/images/ (commit those after looking at them).
"""
from __future__ import annotations

import os
import random
from datetime import timedelta

import pytest
from aiohttp import web

from bot.config.loader import load_config
from bot.dashboard.server import PASSWORD_ENV, mount
from bot.events import GroupInfo, Member
from tests.browser import WAIT_MS, browser, chromium_endpoint, browser_test  # noqa: F401 (fixtures)
from tests.conftest import ROOT, Harness, local

pytestmark = browser_test
PASSWORD = "a long secret only the store knows"
BUILD = ROOT / "build" / "screenshots"
DOCS = ROOT / "docs" / "images"


async def save(page, name: str) -> None:
    BUILD.mkdir(parents=True, exist_ok=True)
    targets = [BUILD] + ([DOCS] if os.environ.get("QUNBOT_SCREENSHOTS") == "1" else [])
    for folder in targets:
        await page.screenshot(path=str(folder / name))


def demo_groups(config) -> list[GroupInfo]:
    return [GroupInfo(g.id, g.name, g.owner, tuple(Member(m.id, m.name) for m in g.members), g.bot_is_owner)
            for g in config.playground.groups]


async def say(page, member: str, text: str) -> None:
    await page.select_option("#member", member)
    await page.fill("#text", text)
    await page.click("#say-form button")


async def test_the_playground_picture(served, browser):
    context = await browser.new_context(viewport={"width": 1280, "height": 800}, timezone_id="Asia/Shanghai")
    page = await context.new_page()
    await page.goto(served.url + "/")
    await page.wait_for_selector("#status.ok", timeout=WAIT_MS)
    await say(page, "m-xiaomei", "签到")
    await page.locator("#log li.bot .bubble", has_text="签到成功").wait_for(timeout=WAIT_MS)
    await say(page, "owner-wang", "/开团 鸡蛋30枚 ¥25 库存20 截止20:00 自提点A")
    await page.locator("#log li.bot .bubble", has_text="鸡蛋30枚").first.wait_for(timeout=WAIT_MS)
    await say(page, "m-tingting", "我要两份，谢谢")  # confirmed with the orders gathered after it
    await say(page, "m-xiaomei", "我的积分")
    await page.locator("#log li.bot .bubble", has_text="积分").nth(1).wait_for(timeout=WAIT_MS)
    await page.select_option("#member", "m-xiaomei")
    await save(page, "playground.png")
    await context.close()


async def feed(harness: Harness, group: str, member: str, text: str, at) -> None:
    await harness.sim.feed(harness.adapter.message(group, member, text, at=at))


@pytest.fixture
async def demo_dashboard(make_db, monkeypatch):
    """Three weeks of ordinary chat in the demo groups on a virtual clock, the dashboard served at /admin."""
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    config = load_config(ROOT / "config.yaml")
    harness = Harness(config, make_db("demo.db"), local("2026-11-02 08:00"))
    await harness.start(demo_groups(config))
    rng = random.Random(7)
    chat = ["大家早上好", "今天天气真好", "谢谢店长", "宝宝今天去打疫苗了", "这个好用吗？", "哈哈哈", "晚安"]
    for day in range(21):
        morning = local("2026-11-02 09:00") + timedelta(days=day)
        for group in config.playground.groups:
            members = [m.id for m in group.members if m.id.startswith("m-")]
            # the seniors' group goes quiet in the last week: the overview flags it
            talkers = [] if group.id == "demo-seniors" and day >= 14 else members[: 1 + rng.randrange(len(members))]
            for i, member in enumerate(talkers):
                await feed(harness, group.id, member, rng.choice(chat), morning + timedelta(minutes=7 * i))
                if rng.random() < 0.7:
                    await feed(harness, group.id, member, "签到", morning + timedelta(minutes=7 * i + 1))
        await harness.drain()
    app = web.Application()
    assert mount(app, harness.bot) is not None
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    yield f"http://127.0.0.1:{runner.addresses[0][1]}/admin"
    await runner.cleanup()
    await harness.bot.stop()


async def test_the_dashboard_overview_picture(demo_dashboard, browser):
    context = await browser.new_context(viewport={"width": 1280, "height": 800}, timezone_id="Asia/Shanghai")
    page = await context.new_page()
    await page.goto(demo_dashboard + "/")
    await page.fill("#password", PASSWORD)
    await page.fill("#who", "王店长")
    await page.click("#login-form button")
    await page.wait_for_selector("#groups .spark canvas", timeout=WAIT_MS)
    cards = page.locator("#groups article")
    names = " ".join(await cards.all_text_contents())
    assert await cards.count() == 3 and all(n in names for n in ("宝妈育儿群", "乐龄健康群", "潮流青年群"))
    assert "冷清" in await cards.first.text_content() and "乐龄健康群" in await cards.first.text_content()
    await save(page, "dashboard.png")
    await context.close()
