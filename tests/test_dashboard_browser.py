"""The admin dashboard in a real browser: headless Chromium driven by Playwright.

The bot runs on the local adapter and a virtual clock; two weeks of chat go through the
real pipeline, then the dashboard is served on a free 127.0.0.1 port. Screenshots of the
overview and a group page are saved under build/dashboard/ for humans to look at.
"""
from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from aiohttp import web

from bot.dashboard.server import PASSWORD_ENV, mount
from bot.events import GroupInfo, Member
from tests.browser import ARGS, CHROMIUM, WAIT_MS, needs_chromium, playwright_api
from tests.conftest import GROUP, OWNED, ROOT, local

pytestmark = needs_chromium
PASSWORD = "correct horse battery staple"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"
SHOTS = ROOT / "build" / "dashboard"

HOSTILE = GroupInfo(GROUP.id, GROUP.name, GROUP.owner, GROUP.members + (Member("evil", HOSTILE_NAME),))


@pytest.fixture
async def dashboard(make_harness, monkeypatch):
    """Two weeks of chat in two groups, then the dashboard served at /admin."""
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    harness = await make_harness(start=local("2026-11-09 09:00"), groups=[HOSTILE, OWNED])
    for day in range(14):
        at = local("2026-11-09 10:00") + timedelta(days=day)
        for i, member in enumerate(("amy", "bo", "evil")[: 1 + day % 3]):
            await harness.say("g1", member, f"早上好 {day}", at=at + timedelta(minutes=i))
        await harness.say("g1", "amy", "签到", at=at + timedelta(minutes=5))
        if day < 7:
            await harness.say("g2", "zhang", "大家好", at=at + timedelta(minutes=6))
    await harness.say("g1", "evil", "<script>alert(2)</script> 刷单返利 加我", at=local("2026-11-22 11:00"))
    app = web.Application()
    assert mount(app, harness.bot) is not None
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    yield f"http://127.0.0.1:{runner.addresses[0][1]}/admin"
    await runner.cleanup()


@pytest.fixture
async def browser():
    async with playwright_api.async_playwright() as p:
        chromium = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        await chromium.close()


@pytest.fixture
async def page(browser):
    context = await browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 900})
    page = await context.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    yield page
    assert errors == [], errors
    assert dialogs == [], f"a script ran from member content: {dialogs}"
    await context.close()


async def log_in(page, url: str, password: str = PASSWORD) -> None:
    await page.goto(url + "/")
    await page.fill("#password", password)
    await page.click("#login-form button")


async def test_log_in_see_the_overview_open_a_group_with_a_chart_and_export_csv(page, dashboard):
    await page.goto(dashboard + "/")
    assert page.url.endswith("/admin/login")  # not logged in: sent to the login page
    await log_in(page, dashboard)
    await page.wait_for_selector("#overview", timeout=WAIT_MS)
    rows = page.locator("#overview tbody tr")
    assert await rows.count() == 2
    # The quiet group (nobody spoke in the last 7 days) is flagged and listed first.
    assert "乐龄健康群" in await rows.first.text_content()
    assert "冷清" in await rows.first.text_content()
    await page.wait_for_selector("#overview .spark canvas", timeout=WAIT_MS)
    SHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)

    await page.click("#overview th:has-text('健康分')")  # sortable: ascending health
    scores = [int(s) for s in await page.locator("#overview tbody td:last-child").all_text_contents()]
    assert scores == sorted(scores)

    await page.click("text=宝妈育儿群")
    await page.wait_for_selector("#activity-chart canvas", timeout=WAIT_MS)
    assert "5 人" in await page.text_content("#group-title")
    chart_has_ink = await page.evaluate("""() => {
        const c = document.querySelector('#activity-chart canvas');
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let inked = 0; for (let i = 3; i < px.length; i += 4) if (px[i] > 0) inked++;
        return inked; }""")
    assert chart_has_ink > 1000
    series = await page.evaluate("JSON.parse(document.getElementById('activity-data').textContent)")
    assert sum(series["messages"]) >= 14 * 2 and max(series["active"]) >= 3
    assert "刷单返利" in await page.text_content("#violations")
    assert "小美" in await page.text_content("#leaderboard")
    assert "morning" in await page.text_content("#scheduled")
    await page.screenshot(path=str(SHOTS / "group.png"), full_page=True)

    await page.click("nav >> text=成员")
    async with page.expect_download() as download_info:
        await page.click("#export-csv")
    download = await download_info.value
    rows = list(csv.DictReader(io.StringIO((await download.path()).read_text(encoding="utf-8-sig"))))
    by_id = {r["member_id"]: r for r in rows if r["group"] == "宝妈育儿群"}
    assert by_id["evil"]["name"] == HOSTILE_NAME
    assert int(by_id["amy"]["points"]) > 0 and int(by_id["amy"]["messages_30d"]) >= 14


async def test_hostile_names_and_messages_render_as_text(page, dashboard):
    await log_in(page, dashboard)
    await page.wait_for_selector("#overview", timeout=WAIT_MS)
    await page.goto(dashboard + "/members?q=evil")
    assert HOSTILE_NAME in await page.text_content("#members")
    assert await page.locator("main img").count() == 0
    await page.goto(dashboard + "/member/evil")
    assert "<script>alert(2)</script>" in await page.text_content("#messages")
    await page.goto(dashboard + "/group/g1")
    await page.wait_for_selector("#activity-chart canvas", timeout=WAIT_MS)
    assert HOSTILE_NAME in await page.text_content("#top-members")
    assert HOSTILE_NAME in await page.text_content("#violations")
    assert "11-22 11:00" in await page.text_content("#violations")  # local time
    assert await page.locator("main img, main script:not([type='application/json'])").count() == 0


async def test_a_post_without_the_csrf_token_is_refused(page, dashboard):
    await log_in(page, dashboard)
    await page.wait_for_selector("#overview", timeout=WAIT_MS)
    refused = await page.evaluate("""async (url) => {
        const r = await fetch(url + '/member/amy/delete', {method: 'POST', body: new URLSearchParams({x: '1'})});
        return [r.status, await r.text()]; }""", dashboard)
    assert refused[0] == 403 and "CSRF" in refused[1]
    await page.goto(dashboard + "/member/amy")
    assert "签到" in await page.text_content("#messages")  # nothing was deleted
    # The real form carries the token and works.
    await page.click("#member-delete button")
    await page.wait_for_selector("#deleted", timeout=WAIT_MS)
    assert "没有" in await page.text_content("#messages")


async def test_wrong_passwords_are_rate_limited(page, dashboard):
    for _ in range(5):
        await log_in(page, dashboard, "wrong")
        assert "密码不对" in await page.text_content("#login-error")
    await log_in(page, dashboard, PASSWORD)  # even the right one waits now
    assert "密码错误次数过多" in await page.text_content("#login-error")
    assert await page.locator("#overview").count() == 0
