"""The dashboard's data: roll-ups against the raw log, retention, a member's deletion, the report picture,
and the dashboard's HTTP guard (no browser needed for these)."""
from __future__ import annotations

import contextlib
import logging
import re
from urllib.parse import unquote
from datetime import date, timedelta
from functools import partial

import aiohttp
import pytest
import sqlalchemy as sa
from aiohttp import web

from bot.dashboard import queries
from bot.dashboard.report import render_weekly
from bot.dashboard.server import PASSWORD_ENV, _cell, mount
from bot.housekeeping import catch_up, utc_offset
from storage.models import Draw, EventLog
from storage.rollups import refresh
from tests.conftest import local
from tests.dbs import query

SHANGHAI_MIDNIGHT = "2026-11-20 23:50"


async def chat(harness, days: int = 3) -> None:
    for day in range(days):
        at = local(SHANGHAI_MIDNIGHT) + timedelta(days=day)
        await harness.say("g1", "amy", "晚上好", at=at)
        await harness.say("g1", "bo", "早", at=at + timedelta(minutes=15))  # after local midnight: the next day
        await harness.say("g1", "amy", "签到", at=at + timedelta(minutes=20))


def raw_counts(session, offset: timedelta) -> list[tuple]:
    """Messages and posting members per group and local day, counted in Python from the raw log."""
    days: dict[tuple, list] = {}
    for group, member, at in session.execute(sa.select(EventLog.group_id, EventLog.member_id, EventLog.at)
                                             .where(EventLog.event == "message")):
        counted = days.setdefault((group, (at + offset).date()), [0, set()])
        counted[0] += 1
        counted[1].add(member)
    return [(group, day, n, len(members)) for (group, day), (n, members) in sorted(days.items())]


async def test_rollups_match_the_raw_log_in_local_days_and_catch_up_incrementally(make_harness):
    harness = await make_harness(start=local("2026-11-20 09:00"))
    await chat(harness, days=2)
    await catch_up(harness.bot.ctx)
    await chat_more(harness)
    await catch_up(harness.bot.ctx)  # only the new rows are added
    rolled = await harness.db.read(lambda s: list(s.execute(sa.text(
        "SELECT group_id, day, messages, active_members FROM daily_group_stats WHERE messages > 0 ORDER BY 1, 2")
        .columns(day=sa.Date))))
    assert rolled == await harness.db.read(partial(raw_counts, offset=timedelta(hours=8)))
    assert ("g1", date(2026, 11, 21), 4, 2) in rolled  # 00:05, 00:10 (after local midnight), 12:00, 23:50
    assert utc_offset(harness.bot.ctx) == timedelta(hours=8)


async def chat_more(harness) -> None:
    await harness.say("g1", "bo", "还有我", at=local("2026-11-21 12:00"))
    await harness.say("g2", "zhang", "你好", at=local("2026-11-22 08:30"))


async def test_refresh_works_in_bounded_chunks(make_harness):
    harness = await make_harness(start=local("2026-11-20 09:00"))
    await chat(harness, days=3)
    await harness.db.write(lambda s: [s.execute(sa.text(f"DELETE FROM {t}")) for t in
                                      ("daily_group_stats", "daily_member_stats", "rollup_state")])  # start over
    offset = timedelta(hours=8)
    chunks = 1
    while await harness.db.write(partial(refresh, offset=offset, chunk=2)):
        chunks += 1
    assert chunks >= 4
    total = await harness.db.read(lambda s: s.execute(sa.text("SELECT sum(messages) FROM daily_group_stats")).scalar())
    logged = await harness.db.read(lambda s: s.execute(sa.text(
        "SELECT count(*) FROM event_log WHERE event = 'message'")).scalar())
    assert total == logged


async def test_message_bodies_are_dropped_after_the_retention_window_counts_stay(make_harness):
    harness = await make_harness(start=local("2026-11-01 09:00"))
    await harness.say("g1", "amy", "很久以前的话", at=local("2026-11-01 10:00"))
    await harness.say("g1", "amy", "昨天的话", at=local("2026-11-09 10:00"))
    await harness.sim.advance_to(local("2026-11-10 12:00"))  # hourly housekeeping ran on the timeline
    texts = await harness.db.read(lambda s: list(s.execute(sa.text(
        "SELECT text, kind FROM event_log WHERE member_id = 'amy' ORDER BY id"))))
    assert texts == [(None, "text"), ("昨天的话", "text")]  # storage.message_text_days: 7 by default
    total = await harness.db.read(lambda s: s.execute(sa.text(
        "SELECT sum(messages) FROM daily_member_stats WHERE member_id = 'amy'")).scalar())
    assert total == 2


async def test_overview_flags_and_scores(make_harness):
    harness = await make_harness(start=local("2026-11-20 09:00"))
    await chat(harness, days=3)
    await catch_up(harness.bot.ctx)
    groups = {"g1": ("宝妈育儿群", 4), "g2": ("乐龄健康群", 190)}
    rows = await harness.db.read(partial(queries.overview, groups=groups, today=local("2026-11-23 09:00").date(),
                                         now=local("2026-11-23 09:00")))
    assert [r.group_id for r in rows] == ["g2", "g1"]  # red flags first
    g2, g1 = rows
    assert g2.flags == ["快满了", "冷清"] and g2.health == 0
    assert g1.flags == [] and g1.active_7d == 2 and g1.messages_7d == 9 and g1.trend[-3:] == [3, 3, 2]
    assert 0 < g1.health <= 100


def test_health_flags_a_spike_of_violations():
    g = queries.GroupHealth("g", "群", members=50, active_7d=20, messages_7d=100, messages_prev_7d=100,
                            violations_today=4, violations_7d=5)
    assert queries.red_flags(g, 200) == ["违规激增"]
    g.violations_7d = 30  # a bad week, not a spike
    assert queries.red_flags(g, 200) == []


async def test_weekly_report_is_a_png_with_the_week(make_harness):
    harness = await make_harness(start=local("2026-11-20 09:00"))
    await chat(harness, days=3)
    await catch_up(harness.bot.ctx)
    today = local("2026-11-23 09:00").date()
    series = await harness.db.read(partial(queries.activity, group_id="g1", today=today, days=7))
    health = queries.GroupHealth("g1", "宝妈育儿群", 4, active_7d=2, messages_7d=9, flags=["冷清"])
    png = render_weekly("宝妈育儿群", series, health)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    assert series["messages"][-4:] == [1, 3, 3, 2]


def test_csv_cells_never_run_as_formulas():
    assert _cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert _cell("@cmd") == "'@cmd" and _cell("小美") == "小美" and _cell(-5) == "-5"


async def test_without_a_password_the_dashboard_is_off_and_says_how_to_enable_it(harness, monkeypatch, caplog):
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    with caplog.at_level(logging.WARNING):
        assert mount(web.Application(), harness.bot) is None
    assert f"admin dashboard disabled: set {PASSWORD_ENV}" in caplog.text


@contextlib.asynccontextmanager
async def serving(bot):
    """The dashboard of ``bot`` on a free port, and a client with its own cookies (not logged in)."""
    app = web.Application()
    mount(app, bot)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        async with aiohttp.ClientSession(f"http://127.0.0.1:{runner.addresses[0][1]}",
                                         cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:  # unsafe: an IP's cookies
            yield session
    finally:
        await runner.cleanup()


@pytest.fixture
async def http(harness, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, "s3cret")
    async with serving(harness.bot) as session:
        yield session


async def log_in(http) -> tuple[str, str]:
    """Log in; returns the session cookie and a page's CSRF token."""
    async with http.get("/admin/login") as response:
        token = response.cookies["qunbot_login_csrf"].value
    async with http.post("/admin/login", data={"password": "s3cret", "csrf": token}, allow_redirects=False) as response:
        cookie = response.cookies["qunbot_admin"].value
    async with http.get("/admin/config") as response:
        return cookie, re.search(r'name="csrf" value="([^"]+)"', await response.text()).group(1)


async def status_with(http, cookie: str) -> int:
    """A page's status for a client holding ``cookie`` (200: let in; 303: sent to log in)."""
    http.cookie_jar.clear()
    http.cookie_jar.update_cookies({"qunbot_admin": cookie})
    async with http.get("/admin/config", allow_redirects=False) as response:
        return response.status


async def test_session_cookie_is_httponly_and_samesite_and_pages_need_it(http):
    async with http.get("/admin/members?q=amy", allow_redirects=False) as response:
        assert response.status == 303 and response.headers["Location"].startswith("/admin/login?next=")
        assert unquote(response.headers["Location"].partition("next=")[2]) == "/admin/members?q=amy"
    async with http.get("/admin/login") as response:
        assert "HttpOnly" in response.headers["Set-Cookie"]
        token = response.cookies["qunbot_login_csrf"].value
    async with http.post("/admin/login", data={"password": "s3cret"}, allow_redirects=False) as response:
        assert response.status == 403  # the login form's CSRF token is missing
    async with http.post("/admin/login", data={"password": "s3cret", "csrf": token, "next": "https://evil.example/"},
                         allow_redirects=False) as response:
        assert response.headers["Location"] == "/admin/"  # only a page of the dashboard is a way back
    async with http.post("/admin/login", data={"password": "s3cret", "csrf": token, "next": "/admin/members?q=amy"},
                         allow_redirects=False) as response:
        assert response.status == 303 and response.headers["Location"] == "/admin/members?q=amy"
        cookie = response.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/admin" in cookie
    async with http.get("/admin/config") as response:
        page = await response.text()
        assert response.status == 200 and "检查通过" in page
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    async with http.get("/admin/group/g1/report.png") as response:
        assert response.status == 200 and response.content_type == "image/png"
        assert (await response.read())[:4] == b"\x89PNG"
    async with http.get("/admin/member/amy/export.json") as response:
        assert response.status == 200 and "attachment" in response.headers["Content-Disposition"]
        assert set(await response.json()) >= {"member_id", "event_log", "points_ledger", "sign_in"}


async def test_with_wechaty_the_dashboard_has_its_own_address(harness, monkeypatch):
    from bot.dashboard.server import serve

    monkeypatch.setenv(PASSWORD_ENV, "s3cret")
    runner = await serve(harness.bot, "127.0.0.1", 0)
    try:
        host, port = runner.addresses[0][:2]
        assert host == "127.0.0.1"
        async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/admin/login") as response:
            assert response.status == 200 and "管理员密码" in await response.text()
    finally:
        await runner.cleanup()


async def test_a_session_survives_a_restart_and_a_new_password_ends_it(harness, monkeypatch):
    """Sessions are signed cookies: a new Dashboard (a restart) accepts them while the password stays."""
    from bot.dashboard.server import Dashboard

    before, now = Dashboard(harness.bot, "s3cret"), harness.clock.now()
    token = before.sessions.create(now, "王店长")
    after = Dashboard(harness.bot, "s3cret")
    assert after.sessions.get(token, now).who == "王店长"
    assert after.sessions.get(token, now + timedelta(hours=13)) is None  # session_hours: 12
    assert Dashboard(harness.bot, "another").sessions.get(token, now) is None
    assert after.sessions.get(token[:-1] + ("0" if token[-1] != "0" else "1"), now) is None  # forged


async def test_a_logged_out_cookie_stays_refused_after_a_restart(harness, monkeypatch):
    """The dashboard keeps nothing in memory about sessions: a new one (a restart) reads the logout from SQL."""
    monkeypatch.setenv(PASSWORD_ENV, "s3cret")
    async with serving(harness.bot) as http:
        kept, _ = await log_in(http)
        left, csrf = await log_in(http)
        async with http.post("/admin/logout", data={"csrf": csrf}, allow_redirects=False) as response:
            assert response.status == 303
        assert await status_with(http, left) == 303 and await status_with(http, kept) == 200
    assert query(harness.db, "SELECT count(*) FROM console_session_ended") == [(1,)]
    async with serving(harness.bot) as http:  # a new Dashboard: what a restart starts with
        assert await status_with(http, left) == 303
        assert await status_with(http, kept) == 200  # the other session was not logged out


@pytest.mark.parametrize("failures, waited_s, expected", [
    ([("a", 0)] * 4, 0, None),  # within the allowance
    ([("a", 0)] * 5, 0, 30),  # then 30 s...
    ([("a", 0)] * 5, 31, None),  # ...after which the right password works again
    ([("a", 0)] * 7, 0, 120),  # doubling
    ([("a", 0)] * 40, 0, 900),  # capped at 15 minutes: never locked out for good
    ([("a", 0)] * 5 + [("b", 0)], 0, 30),  # another address from the same tunnel changes nothing for "a"
    ([(f"x{i}", 0) for i in range(20)], 0, 30),  # the account: 20 wrong passwords from anywhere
    ([("a", 0)] * 5, 15 * 60, None),  # a quiet window forgets
])
def test_login_delay_by_address_and_account(failures, waited_s, expected):
    from bot.dashboard.auth import LoginLimiter

    limiter, start = LoginLimiter(5, timedelta(minutes=15)), local("2026-11-20 09:00")
    for address, at in failures:
        limiter.failed(address, start + timedelta(seconds=at))
    wait = limiter.retry_after("a", start + timedelta(seconds=waited_s))
    assert (None if wait is None else round(wait.total_seconds())) == expected


@pytest.mark.parametrize("tamper, expected", [
    ({}, (True, True)),
    ({"winner_ids": '["m1"]'}, (True, False)),  # the announced winners are not the seed's
    ({"seed_hash": "0" * 64}, (False, True)),  # the seed is not the one whose hash was published
])
async def test_verify_a_drawn_lottery_from_its_seed(harness, tamper, expected):
    from bot.dashboard.operations import verify_draw
    from bot.lottery.fair_draw import pick_winners, seed_hash
    from storage.lottery import close_and_draw, enter, open_draw

    now, seed = harness.clock.now(), "ab" * 32

    def draw(session):
        opened = open_draw(session, group_id="g1", group_name="宝妈育儿群", opened_by="owner", opened_at=now, prize="杯",
                           winners=2, entry_word="我要抽奖", deadline=now + timedelta(hours=1), seed=seed,
                           seed_hash=seed_hash(seed))
        for i in range(6):
            enter(session, draw_id=opened.id, member_id=f"m{i}", at=now)
        close_and_draw(session, opened.id, pick_winners)
        session.execute(sa.update(Draw).where(Draw.id == opened.id).values(**tamper)) if tamper else None
        return opened.id

    draw_id = await harness.db.write(draw)
    result = await harness.db.read(lambda s: verify_draw(s, draw_id))
    assert (result["hash_ok"], result["winners_ok"], result["entrants"]) == (*expected, 6)


async def test_a_group_only_in_the_database_still_shows_and_a_missing_one_has_a_way_back(harness, http):
    from storage.models import DailyGroupStats

    today = harness.clock.now().date()
    await harness.db.write(lambda s: s.add(DailyGroupStats(group_id="g9", day=today, messages=5, active_members=2)))
    async with http.get("/admin/login") as response:
        token = response.cookies["qunbot_login_csrf"].value
    async with http.post("/admin/login", data={"password": "s3cret", "csrf": token}) as response:
        assert "g9（不在机器人的群列表里）" in await response.text()
    async with http.get("/admin/group/g9") as response:
        assert response.status == 200 and "g9" in await response.text()
    async with http.get("/admin/group/nope") as response:
        page = await response.text()
        assert response.status == 404 and "没有这个群" in page and 'id="back"' in page


def test_every_job_kind_and_enforcement_outcome_has_a_chinese_name():
    """A new scheduled action or a new outcome of the enforcer must get its word (bot/dashboard/words.py)."""
    from bot.dashboard import words
    from bot.moderation.enforcer import QUIET
    from scheduler.actions import ACTIONS

    assert set(words.JOBS) == set(ACTIONS)
    visible = {"warned", "owner_alerted", "removal_requested", "cannot_remove", "removed"}  # enforcer.py
    assert QUIET | visible <= set(words.TAKEN)
    assert {"log", "warn", "alert", "remove"} <= set(words.STEPS)
    assert all(not any(c.isascii() and c.isalpha() for c in name) for table in (
        words.JOBS, words.TAKEN, words.STEPS, words.RULE_TYPES, words.SENDS, words.STATUS, words.AUDIT)
        for name in table.values())
