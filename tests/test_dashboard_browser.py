"""The admin dashboard in a real browser: headless Chromium driven by Playwright.

The bot runs on the local adapter and a virtual clock; two weeks of chat go through the
real pipeline, then the dashboard is served on a free 127.0.0.1 port. Screenshots of the
overview and a group page are saved under build/dashboard/ for humans to look at.
"""
from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from aiohttp import web

from bot.dashboard import words
from bot.dashboard.server import PASSWORD_ENV, mount
from bot.events import GroupInfo, Member
from tests.browser import WAIT_MS, browser, chromium_endpoint, browser_test  # noqa: F401 (fixtures)
from tests.conftest import GROUP, OWNED, ROOT, local
from storage.questions import add as add_question
from tests.dbs import query

pytestmark = browser_test
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
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存5 截止20:00 自提点A", at=local("2026-11-22 12:00"))
    await harness.say("g1", "amy", "我要3份", at=local("2026-11-22 12:05"))
    app = web.Application()
    assert mount(app, harness.bot) is not None
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    site = Site(f"http://127.0.0.1:{runner.addresses[0][1]}/admin")
    site.harness = harness
    yield site
    await runner.cleanup()


class Site(str):
    """The dashboard's address, with the harness behind it (for checks in SQL)."""

    harness: object


@pytest.fixture
async def page(browser):
    context = await browser.new_context(accept_downloads=True, viewport={"width": 1440, "height": 900})
    page = await context.new_page()
    errors: list[str] = []
    dialogs: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    yield page
    assert errors == [], errors
    assert dialogs == [], f"a script ran from member content: {dialogs}"
    await context.close()


async def log_in(page, url: str, password: str = PASSWORD, path: str = "/") -> None:
    await page.goto(url + path)
    await page.fill("#password", password)
    await page.fill("#who", "王店长")
    await page.click("#login-form button")


# Every page, and what must be on it.
PAGES = [("overview", "/", "#groups"), ("group", "/group/g1", "#activity-chart canvas"), ("members", "/members", "#members"),
         ("member", "/member/amy", "#member-delete"), ("config", "/config", "#config-status"),
         ("review", "/review", "#violations"), ("buys", "/buys", "#buys"), ("buy", "/buy/1", "#orders"),
         ("events", "/events", "main h1"), ("coupons", "/coupons", "#campaigns"), ("games", "/games", "#draws"),
         ("promises", "/promises", "#promises"), ("missing-group", "/group/nope", "#back")]
# Internal codes that must never reach a page (member content and the config's own text aside).
CODES = sorted({*words.TAKEN, *words.STEPS, *words.JOBS, *words.RULE_TYPES, "Time", "banned-words", "off-topic",
                "morning", "redpacket", "shadow", "enforce", "None", "null", "undefined", "NaN", "text", "post"})
MEMBER_CONTENT = [HOSTILE_NAME, "<script>alert(2)</script>"]


async def english_codes(page) -> list[str]:
    text = await page.evaluate("""() => { const body = document.body.cloneNode(true);
        body.querySelectorAll('textarea, pre').forEach((e) => e.remove()); return body.innerText; }""")
    for content in MEMBER_CONTENT:
        text = text.replace(content, "")
    found = [code for code in CODES if re.search(rf"(?<![A-Za-z]){re.escape(code)}(?![A-Za-z])", text)]
    return found + re.findall(r"\b[a-z]+_[a-z_]+\b", text)  # snake_case: an internal code by its look


@pytest.mark.parametrize("width, height", [(390, 844), (1440, 900)])
async def test_every_page_fits_the_screen_and_speaks_chinese(browser, dashboard, width, height):
    context = await browser.new_context(viewport={"width": width, "height": height})
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    await log_in(page, dashboard)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, path, ready in PAGES:
        await page.goto(dashboard + path)
        await page.wait_for_selector(ready, timeout=WAIT_MS)
        overflow = await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        await page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
        assert await english_codes(page) == [], (path, await page.evaluate("document.body.innerText"))
    assert errors == [], errors
    await context.close()


async def test_log_in_see_the_overview_open_a_group_with_a_chart_and_export_csv(page, dashboard):
    await page.goto(dashboard + "/group/g1")
    assert "/admin/login?next=" in page.url  # not logged in: sent to the login page, and back after it
    await page.fill("#password", PASSWORD)
    await page.click("#login-form button")
    await page.wait_for_selector("#activity-chart canvas", timeout=WAIT_MS)
    assert page.url.endswith("/admin/group/g1")
    await page.goto(dashboard + "/")
    cards = page.locator("#groups article")
    assert await cards.count() == 2
    # The quiet group (nobody spoke in the last 7 days) is flagged and listed first.
    assert "乐龄健康群" in await cards.first.text_content()
    assert "冷清" in await cards.first.text_content()
    assert "7成员" in (await page.text_content("#kpis")).replace(" ", "").replace("\n", "")  # 5 + 2
    await page.wait_for_selector("#groups .spark canvas", timeout=WAIT_MS)

    await page.select_option("#sort-groups", "health:num:asc")
    scores = [int(s) for s in await page.locator("#groups article").evaluate_all("cs => cs.map(c => c.dataset.health)")]
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
    await page.wait_for_selector("#signin-chart canvas", timeout=WAIT_MS)
    series = await page.evaluate("JSON.parse(document.getElementById('activity-data').textContent)")
    assert sum(series["messages"]) >= 14 * 2 and max(series["active"]) >= 3 and sum(series["signins"]) == 14
    assert "刷单返利" in await page.text_content("#violations")
    assert "违禁词" in await page.text_content("#violations")  # the rule's kind, not its id (banned-words)
    assert "小美" in await page.text_content("#leaderboard")
    assert "定时问候" in await page.text_content("#scheduled")

    await page.click("nav >> text=成员")
    async with page.expect_download() as download_info:
        await page.click("#export-csv")
    download = await download_info.value
    rows = list(csv.DictReader(io.StringIO((await download.path()).read_text(encoding="utf-8-sig"))))
    by_id = {r["成员编号"]: r for r in rows if r["群"] == "宝妈育儿群"}
    assert by_id["evil"]["名字"] == HOSTILE_NAME
    assert int(by_id["amy"]["积分"]) > 0 and int(by_id["amy"]["30天消息"]) >= 14


async def test_hostile_names_and_messages_render_as_text(page, dashboard):
    await log_in(page, dashboard)
    await page.wait_for_selector("#groups", timeout=WAIT_MS)
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


async def delete_asks_for_the_name_and_refuses_a_post_without_the_csrf_token(page, dashboard):
    refused = await page.evaluate("""async (url) => {
        const r = await fetch(url + '/member/amy/delete', {method: 'POST', body: new URLSearchParams({confirm: '小美'})});
        return [r.status, await r.text()]; }""", dashboard)
    assert refused[0] == 403 and "CSRF" in refused[1]
    await page.goto(dashboard + "/member/amy")
    assert "签到" in await page.text_content("#messages")  # nothing was deleted
    assert "鸡蛋" in await page.text_content("#orders")
    assert await page.is_disabled("#member-delete button")  # until the name is typed
    await page.fill("#confirm-name", "小")
    assert await page.is_disabled("#member-delete button")
    await page.fill("#confirm-name", "小美")
    await page.click("#member-delete button")
    await page.wait_for_selector("#deleted", timeout=WAIT_MS)
    assert "没有" in await page.text_content("#messages")
    assert "没有" in await page.text_content("#orders")  # the order is the store's, kept without her name


async def pause_post_now_and_resume_are_logged_with_who(page, dashboard):
    await page.goto(dashboard + "/group/g1")
    await page.click("#pause-form button")
    await page.wait_for_selector("#pause-form button.primary", timeout=WAIT_MS)
    assert "暂停至" in await page.text_content("main")
    await page.click("#post-now button:has-text('定时问候')")  # post now: it waits in the paused queue
    await page.wait_for_selector("#posted", timeout=WAIT_MS)
    assert "暂停发送至" in await page.text_content("#queue") and "早" in await page.text_content("#queue")
    await page.click("#pause-form button")
    await page.wait_for_selector("#pause-form button:not(.primary)", timeout=WAIT_MS)
    assert [a for (a,) in query(dashboard.harness.db, "SELECT action FROM console_audit ORDER BY id")][-3:] == [
        "send_pause", "post_now", "send_resume"]


async def test_wrong_passwords_wait_longer_each_time(page, dashboard):
    for _ in range(5):
        await log_in(page, dashboard, "wrong")
        assert "密码不对" in await page.text_content("#login-error")
    await log_in(page, dashboard, PASSWORD)  # even the right one waits now, for a while
    assert "密码错误次数过多，请 30 秒后再试" in await page.text_content("#login-error")
    assert await page.locator("#groups").count() == 0


async def review_not_an_ad_pardons_in_sql_and_is_logged_with_who(page, dashboard):
    db = dashboard.harness.db
    assert query(db, "SELECT count(*) FROM moderation_strike WHERE member_id = 'evil' AND pardoned = false") == [(1,)]
    asked = local("2026-11-22 12:10")
    await db.write(lambda s: add_question(s, group_id="g1", group_name="宝妈育儿群", member_id="bo", member_name="波波",
                                          text="宝宝发烧了，店里有退烧贴吗？", asked_at=asked, due_at=asked))
    await page.goto(dashboard + "/review")
    await page.click("#violations .act-ham button")
    await page.wait_for_selector("#done", timeout=WAIT_MS)
    assert query(db, "SELECT count(*) FROM moderation_strike WHERE member_id = 'evil' AND pardoned = false") == [(0,)]
    assert query(db, "SELECT label, source FROM moderation_label WHERE member_id = 'evil'") == [("ham", "dashboard")]
    assert query(db, "SELECT actor, action, target FROM console_audit") == [("王店长", "review_ham", "evil")]
    assert "标记不是广告并赦免" in await page.text_content("#audit")
    assert "退烧贴" in await page.text_content("#questions")  # the open question (a KPI links here)


async def mark_an_order_picked_up_and_download_the_pickup_point_list(page, dashboard):
    await page.goto(dashboard + "/buy/1")
    assert "小美" in await page.text_content("#orders")
    await page.click("#orders button")
    await page.wait_for_selector("#orders .ok", timeout=WAIT_MS)
    assert query(dashboard.harness.db, "SELECT count(*) FROM group_buy_pickup") == [(1,)]
    async with page.expect_download() as download_info:
        await page.click("#buy-csv")
    rows = list(csv.reader(io.StringIO((await (await download_info.value).path()).read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["自提点", "团购编号", "商品"] and rows[1][6] == "小美" and rows[1][8] == "3"


async def a_config_edit_is_checked_by_line_and_applied_by_reload(page, dashboard, tmp_path):
    bot = dashboard.harness.bot
    (tmp_path / "bot").symlink_to(ROOT / "bot")  # the config's files, relative to it
    original = (ROOT / "config.yaml").read_text(encoding="utf-8")
    (tmp_path / "config.yaml").write_text(original, encoding="utf-8")
    bot.config_path = tmp_path / "config.yaml"
    await page.goto(dashboard + "/config")
    await page.wait_for_selector("#config-text", timeout=WAIT_MS)

    bad = original.replace("max_messages: 12", "max_messages: lots", 1)
    line = original[:original.index("max_messages: 12")].count("\n") + 1
    await page.fill("#config-text", bad)
    await page.click("#config-form button[value=save]")
    await page.wait_for_selector("#config-problems", timeout=WAIT_MS)
    assert f"第 {line} 行" in await page.text_content("#config-problems")
    assert (tmp_path / "config.yaml").read_text(encoding="utf-8") == original  # nothing saved

    good = original.replace("max_messages: 12", "max_messages: 20", 1)
    await page.fill("#config-text", good)
    await page.click("#config-form button[value=save]")
    await page.wait_for_selector("#config-saved", timeout=WAIT_MS)
    assert (tmp_path / "config.yaml").read_text(encoding="utf-8") == good
    flood = next(r for r in bot.ctx.config.defaults.rules if r.type == "flood")
    assert flood.max_messages == 20  # applied, as /reload applies it


async def test_the_owner_acts_from_the_console_end_to_end(page, dashboard, tmp_path):
    """Each action on one seeded bot (the seeding is the slow part): review, pickup, pause / post now / resume,
    a config edit, then a member's deletion (last: it anonymises her order)."""
    await log_in(page, dashboard, path="/review")
    await review_not_an_ad_pardons_in_sql_and_is_logged_with_who(page, dashboard)
    await mark_an_order_picked_up_and_download_the_pickup_point_list(page, dashboard)
    await pause_post_now_and_resume_are_logged_with_who(page, dashboard)
    await a_config_edit_is_checked_by_line_and_applied_by_reload(page, dashboard, tmp_path)
    await delete_asks_for_the_name_and_refuses_a_post_without_the_csrf_token(page, dashboard)
