"""Many WeChat accounts on one database: each worker serves only its groups, and nothing happens twice.

Two workers are two Bots, each with its own local adapter, virtual clock and Database object on
the same database (separate engines and writer threads, as two processes would have). Both
accounts sit in the same groups (the worst case) and each in a group of its own; WeChat delivers
every message of a group to every account in it, so the tests feed each message to both.
"""
from __future__ import annotations

import asyncio
import signal
from collections import Counter
from datetime import timedelta
from functools import partial
from zoneinfo import ZoneInfo

import aiohttp
import pytest
import sqlalchemy as sa

from bot.accounts import Ownership, unknown_account
from bot.cli import main as cli_main
from bot.config.loader import ConfigError, parse_config
from bot.dashboard.server import PASSWORD_ENV, serve
from bot.events import GroupInfo, Member
from storage import directory
from storage.jobs import claim_runs, last_runs
from storage.outbox import add_pending
from tests.conftest import local
from tests.processes import Running

SHANGHAI = ZoneInfo("Asia/Shanghai")


def group(gid: str, name: str) -> GroupInfo:
    return GroupInfo(gid, name, "owner", (Member("owner", "王店长"), Member("staff", "小李"),
                                          Member("amy", "小美"), Member("bo", "波波")))


S1, S2, S3 = group("s1", "共享一群"), group("s2", "共享二群"), group("s3", "共享三群")
EAST_OWN, WEST_OWN, LOOSE = group("e1", "东区群"), group("w1", "西区群"), group("x1", "无主群")
EAST_GROUPS = [S1, S2, S3, EAST_OWN, LOOSE]
WEST_GROUPS = [S1, S2, S3, WEST_OWN, LOOSE]
OWNER = {"s1": "east", "s2": "east", "e1": "east", "s3": "west", "w1": "west"}  # x1: nobody
POSTS = ("morning", "tip", "quiz", "board")

CONFIG = """
send: {min_interval_seconds: 1.5, group_switch_seconds: 3, jitter_seconds: 0}
accounts:
  east: [s1, 共享二群, e1]   # by id, by name
  west: [西区群]
groups:
  - id: s3
    account: west           # or on the group's own entry
defaults:
  assistants: [staff]
  welcome: {enabled: false}
  signin: {gather_seconds: 0}  # each sign-in answered at once: counted per member below
  schedule:
    - {id: morning, cron: "0 8 * * *", template: morning_greeting}
    - {id: tip, cron: "30 10 * * *"}
    - {id: quiz, cron: "0 15 * * *", action: quiz}
    - {id: board, cron: "0 20 * * *", action: leaderboard}
"""


async def two_workers(make_harness, config: str = CONFIG, west_config: str | None = None, start=None):
    start = start or local("2026-11-23 07:00")
    east = await make_harness(config, start=start, groups=EAST_GROUPS, db_name="shared.db", account="east")
    west = await make_harness(west_config or config, start=start, groups=WEST_GROUPS, db_name="shared.db",
                              account="west")
    return east, west


async def advance(workers, at) -> None:
    """Both virtual clocks to ``at`` at once: their writers race on the one database."""
    await asyncio.gather(*(w.sim.advance_to(at) for w in workers))


async def message(workers, group_id: str, member: str, text: str, at) -> None:
    """A member posts; every account in the group receives it."""
    await advance(workers, at)
    await asyncio.gather(*(w.sim.feed(w.adapter.message(group_id, member, text, at=at))
                           for w in workers if w.adapter.group(group_id) is not None))


async def drain(workers) -> None:
    for _ in range(3):  # one worker's drain advances only its own clock
        await asyncio.gather(*(w.sim.drain() for w in workers))
        latest = max(w.clock.now() for w in workers)
        await advance(workers, latest)


def says(worker, account: str) -> list[dict]:
    return [{**a, "account": account} for a in worker.actions if a["action"] == "say"]


def local_time(action: dict) -> str:
    from datetime import datetime

    return datetime.fromisoformat(action["t"]).astimezone(SHANGHAI).strftime("%H")


async def rows(worker, sql: str) -> list[tuple]:
    return await worker.db.read(lambda session: [tuple(r) for r in session.execute(sa.text(sql))])


# --- a day of two workers ------------------------------------------------------------------------


async def test_a_day_of_two_workers_every_post_and_answer_once_from_the_owner(make_harness):
    east, west = workers = await two_workers(make_harness)
    for gid in ("s1", "s2", "s3", "e1", "w1", "x1"):
        for member in ("amy", "bo"):
            await message(workers, gid, member, "签到", local("2026-11-23 09:00"))
    await message(workers, "s1", "amy", "请问周六的亲子烘焙活动几点开始？", local("2026-11-23 09:30"))
    await message(workers, "s3", "amy", "签到", local("2026-11-23 21:00"))  # a repeat earns nothing
    t = local("2026-11-23 07:00")
    while t < local("2026-11-24 07:00"):
        t += timedelta(minutes=5)
        await advance(workers, t)
    await drain(workers)

    sent = says(east, "east") + says(west, "west")
    assert all(OWNER.get(a["group"]) == a["account"] for a in sent), "a worker spoke in a group it does not serve"
    posts = Counter((a["group"], local_time(a)) for a in sent if not a["mentions"])
    expected = Counter({(gid, hour): n for gid in OWNER for hour, n in (("08", 1), ("10", 1), ("15", 2), ("20", 1))})
    assert posts == expected  # morning, tip, quiz question + its answer at the time-up, the board: once each

    replies = Counter((a["group"], a["mentions"][0]) for a in sent if "签到成功" in a["text"])
    assert replies == Counter({(gid, m): 1 for gid in OWNER for m in ("amy", "bo")})
    assert await rows(east, "SELECT count(*) FROM sign_in WHERE group_id = 'x1'") == [(0,)]
    signins = Counter(await rows(east, "SELECT group_id, member_id FROM sign_in"))
    assert signins == Counter({(gid, m): 1 for gid in OWNER for m in ("amy", "bo")})
    points = Counter(await rows(west, "SELECT group_id, member_id FROM points_ledger WHERE source LIKE 'signin%'"))
    assert points == signins
    logged = Counter(await rows(east, "SELECT group_id, member_id, text FROM event_log WHERE event = 'message'"))
    expected_log = Counter({(gid, m, "签到"): 1 for gid in OWNER for m in ("amy", "bo")})
    expected_log.update([("s1", "amy", "请问周六的亲子烘焙活动几点开始？"), ("s3", "amy", "签到")])  # the question, the repeat
    assert logged == expected_log  # once each, by the owner; nothing of the unassigned group

    told = [a for a in east.actions + west.actions if a.get("action") == "direct" and "周六的亲子烘焙" in a["text"]]
    assert sorted(a["to"] for a in told) == ["owner", "staff"]  # the question desk of the owning worker, once
    assert all(a in east.actions for a in told)

    job_ids = [job_id for (job_id,) in await rows(east, "SELECT job_id FROM job_state")]
    assert sorted(job_ids) == sorted(f"{post}@{gid}" for post in POSTS for gid in OWNER)
    last = await east.db.read(partial(last_runs, ids=job_ids))
    due = {"morning": "08:00", "tip": "10:30", "quiz": "15:00", "board": "20:00"}
    assert last == {job_id: local(f"2026-11-23 {due[job_id.split('@')[0]]}") for job_id in job_ids}


async def test_each_worker_schedules_only_its_groups_and_only_the_lead_keeps_house(make_harness, caplog):
    east, west = await two_workers(make_harness)
    assert "account west: group 无主群 (x1) is not assigned to any account" in caplog.text
    typo = CONFIG.replace("west: [西区群]", "west: [西区郡]")
    await make_harness(typo, groups=WEST_GROUPS, db_name="other.db", account="west")
    assert "account west: assigned in the config but not among this account's groups (a typo" in caplog.text
    assert "西区郡" in caplog.text
    assert {job.group_id for job in east.bot.scheduler._jobs.values()} == {"s1", "s2", "e1"}
    assert {job.group_id for job in west.bot.scheduler._jobs.values()} == {"s3", "w1"}
    assert east.bot.housekeeping in east.bot.timeline.sources
    assert west.bot.housekeeping not in west.bot.timeline.sources
    assert east.bot.ownership.lead and not west.bot.ownership.lead


async def test_the_group_directory_lists_every_accounts_groups(make_harness):
    east, west = await two_workers(make_harness)
    entries = await east.db.read(partial(directory.entries))
    assert {e.group_id: e.account for e in entries} == {**OWNER, "x1": ""}
    assert {e.group_id: e.count for e in entries} == dict.fromkeys([*OWNER, "x1"], 4)
    await west.sim.feed(west.adapter.join("w1", Member("cici", "茜茜"), at=west.clock.now()))
    await west.sim.advance_to(west.clock.now() + timedelta(seconds=30))  # joins settle, then one write
    [w1] = await east.db.read(partial(directory.entries, group_id="w1"))
    assert w1.count == 5 and ("cici", "茜茜") in w1.members


# --- claims: two workers firing the same run -------------------------------------------------------


async def test_two_workers_firing_the_same_runs_post_once(make_harness):
    """During a rolling reload both workers may hold s1 and s2: the claim in SQL lets one post."""
    both_claim = CONFIG.replace("west: [西区群]", "west: [西区群, s1, s2]").replace("east: [s1, 共享二群, e1]", "east: [e1]")
    east, west = workers = await two_workers(make_harness, west_config=both_claim)
    assert {"morning@s1", "morning@s2"} <= set(east.bot.scheduler._jobs) & set(west.bot.scheduler._jobs)
    await advance(workers, local("2026-11-23 08:01"))
    await drain(workers)
    mornings = Counter(a["group"] for a in says(east, "east") + says(west, "west") if "早上好" in a["text"])
    assert mornings == Counter({"s1": 1, "s2": 1, "s3": 1, "e1": 1, "w1": 1})


async def test_claim_runs_under_concurrent_writers_each_run_is_won_once(make_harness):
    a = await make_harness(start=local("2026-11-23 07:00"), groups=[], db_name="claims.db")
    b = await make_harness(start=local("2026-11-23 07:00"), groups=[], db_name="claims.db")
    ids = [f"morning@g{i:03d}" for i in range(300)]
    for day in range(4):
        due = local("2026-11-23 08:00") + timedelta(days=day)
        first = ids[: 150 + day * 40]  # new jobs appear: first runs are inserts, later ones updates
        won_a, won_b = await asyncio.gather(a.db.write(partial(claim_runs, job_ids=first, due=due)),
                                            b.db.write(partial(claim_runs, job_ids=list(reversed(first)), due=due)))
        assert not set(won_a) & set(won_b) and set(won_a) | set(won_b) == set(first)
        again = await b.db.write(partial(claim_runs, job_ids=first, due=due))
        assert again == []  # the same run, later: already made
    stale = await a.db.write(partial(claim_runs, job_ids=ids[:10], due=local("2026-11-23 08:00")))
    assert stale == []  # an older run never goes out after a newer one


# --- durable work after a restart: only the owner resumes it ---------------------------------------


async def test_queued_posts_are_resumed_by_their_own_account_only(make_harness):
    seed = await make_harness(start=local("2026-11-23 09:00"), groups=[], db_name="shared.db")
    posts = [(gid, f"排队的消息 {gid}", ()) for gid in ("s1", "s3", "e1", "w1")]
    await seed.db.write(partial(add_pending, posts=posts, at=local("2026-11-23 08:59")))
    await seed.bot.stop()
    east, west = workers = await two_workers(make_harness, start=local("2026-11-23 09:00"))
    await drain(workers)
    resumed = Counter((a["account"], a["group"]) for a in says(east, "east") + says(west, "west"))
    assert resumed == Counter({("east", "s1"): 1, ("east", "e1"): 1, ("west", "s3"): 1, ("west", "w1"): 1})
    assert await rows(east, "SELECT count(*) FROM pending_post") == [(0,)]


async def test_an_open_quiz_expires_once_after_both_workers_restart(make_harness):
    east, west = workers = await two_workers(make_harness, start=local("2026-11-23 14:55"))
    await advance(workers, local("2026-11-23 15:01"))
    await drain(workers)
    await east.bot.stop()
    await west.bot.stop()
    east, west = workers = await two_workers(make_harness, start=local("2026-11-23 15:05"))
    await advance(workers, local("2026-11-23 15:20"))
    await drain(workers)
    time_up = Counter(a["group"] for a in says(east, "east") + says(west, "west") if "答案" in a["text"])
    assert time_up == Counter(dict.fromkeys(OWNER, 1))
    assert await rows(east, "SELECT count(*) FROM quiz_round WHERE status = 'open'") == [(0,)]


# --- the dashboard: one, in the lead worker, showing every account's groups ------------------------


async def test_the_lead_workers_dashboard_shows_every_accounts_groups(make_harness, monkeypatch):
    east, west = await two_workers(make_harness)
    monkeypatch.setenv(PASSWORD_ENV, "s3cret")
    runner = await serve(east.bot, "127.0.0.1", 0)
    try:
        async with aiohttp.ClientSession(f"http://127.0.0.1:{runner.addresses[0][1]}",
                                         cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            async with http.get("/admin/login") as response:
                token = response.cookies["qunbot_login_csrf"].value
            async with http.post("/admin/login", data={"password": "s3cret", "csrf": token}) as response:
                overview = await response.text()
            for name in ("共享一群", "共享三群", "东区群", "西区群", "无主群", "未分配"):
                assert name in overview
            async with http.get("/admin/group/w1") as response:
                page = await response.text()
                assert response.status == 200 and "账号：west" in page and "此群由账号 west 发送" in page
                assert "内容推送" in page  # its schedule (the morning post), derived from the config as west's worker does
            await east.sim.feed(east.adapter.join(EAST_OWN.id, Member("dora", "朵朵"), at=east.clock.now()))
            async with http.get(f"/admin/group/{EAST_OWN.id}") as response:
                assert "朵朵" in await response.text()  # joined a moment ago: the page writes it first
            async with http.get("/admin/members", params={"q": "小美"}) as response:
                assert (await response.text()).count("小美") >= 6  # in all six groups
            async with http.get("/admin/member/amy") as response:
                page = await response.text()
                assert all(g.name in page for g in (S1, S2, S3, EAST_OWN, WEST_OWN, LOOSE))
    finally:
        await runner.cleanup()


# --- config and the command line ------------------------------------------------------------------


@pytest.mark.parametrize("accounts, expected", [
    ("accounts:\n  a: [g1]\n  b: [g1]\n",
     "第 3 行 accounts.b[0]：群 “g1” 已由账号 “a” 负责（见 “accounts.a[0]”），不能再归账号 “b”：每个群只能有一个账号"),
    ("accounts:\n  a: [g1, g1]\n", "第 2 行 accounts.a[1]：群 “g1” 在账号 “a” 下写了两次"),
    ("accounts:\n  a: [g1]\ngroups:\n  - {id: g2, account: c}\n", "第 4 行 groups[0].account：没有账号 “c”；现有账号：“a”"),
    ("accounts:\n  east: [g1]\ngroups:\n  - {id: g2, account: eats}\n", "没有账号 “eats”（是不是想写 “east”？）"),
    ("groups:\n  - {id: g2, account: a}\n", "没有账号 “a”：配置里没有 “accounts”"),
    ("accounts:\n  a: [g1]\n  b: [宝妈群]\ngroups:\n  - {id: g1, name: 宝妈群}\n",
     "第 3 行 accounts.b[0]：群 “宝妈群” 已由账号 “a” 负责"),
    ("accounts:\n  东区: [g1]\n", "第 2 行 accounts.东区：账号名 “东区” 只能用英文字母、数字"),
    ("accounts:\n  a: [g1, '']\n", "第 2 行 accounts.a[1]：不能是空的"),
    ("accounts:\n  a: g1\n", "accounts.a：应是一个列表"),
])
def test_config_names_the_line_of_every_accounts_mistake(accounts, expected):
    with pytest.raises(ConfigError) as caught:
        parse_config(accounts)
    assert expected in str(caught.value)


def test_accounts_resolve_by_id_then_name_and_without_accounts_one_worker_serves_all():
    config = parse_config(CONFIG)
    east, west = Ownership.of(config, "east"), Ownership.of(config, "west")
    assert east.owns("s1") and east.owns("zz", "共享二群") and not east.owns("s3", "共享三群")
    assert west.owns("s3") and west.owns("w1", "西区群") and not west.owns("x1", "无主群")
    single = Ownership.of(parse_config(""), None)
    assert single.owns("anything") and single.lead
    assert unknown_account(parse_config(""), None) is None


@pytest.mark.parametrize("transport", ["local", "wechaty"])
def test_run_with_an_unknown_account_lists_the_accounts_and_exits_1(tmp_path, capsys, monkeypatch, transport):
    monkeypatch.setenv("WECHATY_PUPPET_SERVICE_ENDPOINT", "127.0.0.1:1")
    monkeypatch.setenv("WECHATY_PUPPET_SERVICE_TOKEN", "insecure_test")
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    run = ["run", "--transport", transport, "--config", str(path), "--db", str(tmp_path / "x.db")]
    assert cli_main(run + ["--account", "weest"]) == 1
    assert "配置里没有账号 “weest”（是不是想写 “west”？）；现有账号：“east”、“west”" in capsys.readouterr().err
    assert cli_main(run) == 1
    assert "每个账号要单独启动一个进程，启动时用 “--account 账号名” 指明" in capsys.readouterr().err
    path.write_text("", encoding="utf-8")
    assert cli_main(run + ["--account", "east"]) == 1
    assert "配置里没有 “accounts”" in capsys.readouterr().err


# --- two real processes on one SQLite file -----------------------------------------------------------

PROCESS_CONFIG = """
bot: {id: bot, name: 小群助手}
send: {min_interval_seconds: 0, group_switch_seconds: 0, jitter_seconds: 0, dedupe_seconds: 0}
accounts:
  east: [ga]
  west: [测试群gb]
defaults:
  welcome: {enabled: false}
  posting: {quiet_hours: null}
playground:
  host: 127.0.0.1
  port: 0
  groups:
""" + "".join(f"""    - id: {gid}
      name: 测试群{gid}
      owner: owner
      members: [{{id: owner, name: 王店长}}, {{id: m1, name: 会员一}}]
""" for gid in ("ga", "gb", "gx"))


async def sign_in_everywhere(port: int, expect_reply_in: str) -> list[dict]:
    """m1 signs in in every group this account sits in; returns the bot's actions seen until its own reply."""
    actions = []
    async with aiohttp.ClientSession() as http, http.ws_connect(f"http://127.0.0.1:{port}/ws") as ws:
        await ws.receive_json()
        for gid in ("gx", "gb", "ga") if expect_reply_in == "ga" else ("gx", "ga", "gb"):
            await ws.send_json({"op": "say", "group": gid, "member": "m1", "text": "签到"})
        async with asyncio.timeout(30):
            while not any("签到成功" in a.get("text", "") for a in actions):
                record = (await ws.receive_json()).get("record", {})
                if "action" in record:
                    actions.append(record)
    return actions


async def say_in(port: int, group: str, text: str) -> str:
    """m1 says ``text`` in ``group`` through the playground's websocket; returns the bot's first answer there."""
    async with aiohttp.ClientSession() as http, http.ws_connect(f"http://127.0.0.1:{port}/ws") as ws:
        await ws.receive_json()
        await ws.send_json({"op": "say", "group": group, "member": "m1", "text": text})
        async with asyncio.timeout(30):
            while (record := (await ws.receive_json()).get("record", {})).get("action") != "say":
                pass
    return record["text"]


async def save_config_in_dashboard(port: int, text: str) -> None:
    import re

    async with aiohttp.ClientSession(f"http://127.0.0.1:{port}", cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
        async with http.get("/admin/login") as response:
            token = response.cookies["qunbot_login_csrf"].value
        async with http.post("/admin/login", data={"password": "s3cret", "csrf": token, "who": "王店长"}):
            pass
        async with http.get("/admin/config") as response:
            csrf = re.search(r'name="csrf" value="([^"]+)"', await response.text()).group(1)
        async with http.post("/admin/config", data={"csrf": csrf, "text": text, "act": "save"},
                             allow_redirects=False) as response:
            assert response.status == 303 and response.headers["Location"] == "/admin/config?saved=1"


@pytest.mark.slow
async def test_two_worker_processes_on_one_sqlite_file_each_serve_only_their_groups(tmp_path):
    import sqlite3

    config, db = tmp_path / "config.yaml", tmp_path / "shared.db"
    config.write_text(PROCESS_CONFIG, encoding="utf-8")
    east, west = (Running(config, db, {PASSWORD_ENV: "s3cret"}, ("--account", name)) for name in ("east", "west"))
    await east.start()
    await west.start()
    east_actions, west_actions = await asyncio.gather(sign_in_everywhere(east.port, "ga"),
                                                      sign_in_everywhere(west.port, "gb"))
    # a config saved in the lead's dashboard: the other process applies it too, through its own reload
    await save_config_in_dashboard(east.port, PROCESS_CONFIG + 'templates: {signin_again: "今天已经签过啦"}\n')
    assert "by 王店长 (generation 1) applied" in await west.logged("config saved in the dashboard")
    assert (await say_in(west.port, "gb", "签到")).endswith("今天已经签过啦")
    assert await east.stop(signal.SIGTERM) == 0 and await west.stop(signal.SIGTERM) == 0
    assert {a["group"] for a in east_actions} == {"ga"} and {a["group"] for a in west_actions} == {"gb"}
    with sqlite3.connect(db) as conn:
        assert sorted(conn.execute("SELECT group_id, member_id FROM sign_in")) == [("ga", "m1"), ("gb", "m1")]
        assert sorted(conn.execute("SELECT group_id FROM event_log WHERE event = 'message'")) == [("ga",), ("gb",), ("gb",)]
        assert dict(conn.execute("SELECT group_id, account FROM group_directory")) == {"ga": "east", "gb": "west", "gx": ""}
    east_log, west_log = "".join(east.stderr), "".join(west.stderr)
    assert "account east, 1 group(s)" in east_log and "admin dashboard enabled" in east_log
    assert "the admin dashboard is served by the lead account's worker (east)" in west_log
    assert "group 测试群gx (gx) is not assigned to any account" in west_log


async def test_before_the_login_a_worker_waits_to_know_its_groups_then_resumes_its_posts(make_harness):
    """On WeChat the groups arrive with the login: queued posts of a group assigned by name wait for it."""
    seed = await make_harness(start=local("2026-11-23 09:00"), groups=[], db_name="shared.db")
    await seed.db.write(partial(add_pending, posts=[("w1", "排队的消息", ())], at=local("2026-11-23 08:59")))
    await seed.bot.stop()
    west = await make_harness(CONFIG, start=local("2026-11-23 09:00"), groups=[], db_name="shared.db", account="west")
    assert await west.drain() == []  # no groups known yet: nothing resumed, nothing dropped
    west.adapter.add_group(WEST_OWN)  # the login: 西区群 is west's by name
    await west.bot.groups_changed()
    assert [(a["group"], a["text"]) for a in await west.drain()] == [("w1", "排队的消息")]


# --- a config saved in the dashboard reaches every worker ------------------------------------------

async def save(worker, path, text: str) -> None:
    """A save in ``worker``'s dashboard, as the other workers see it: the file, and the save recorded."""
    from bot.config.watch import text_digest
    from storage.console import config_saved

    path.write_text(text, encoding="utf-8")
    await worker.bot.config_watch.saved(partial(config_saved, at=worker.clock.now(), actor="王店长", account="east",
                                                text_sha256=text_digest(text)))


@pytest.mark.sqlite_only("the workers' reloads are under test; test_migrations checks the table on PostgreSQL")
async def test_a_config_saved_by_one_worker_is_applied_by_the_other_or_its_owners_hear_why(make_harness, tmp_path):
    east, west = await two_workers(make_harness)
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    for worker in (east, west):
        worker.bot.config_path = path
        await worker.bot.config_watch.start()
    reworded = CONFIG + 'templates: {reloaded: "新的配置生效了"}\n'

    await save(east, path, reworded)
    await west.bot.config_watch.run_due(west.clock.now())
    assert west.bot.ctx.renderer.render("reloaded", groups=1) == "新的配置生效了"
    assert await west.drain() == []  # applied: nobody is told anything

    await save(east, path, reworded.replace("west", "north"))  # a fine config, but west's account is gone
    for _ in range(2):  # told once per save, however often it looks
        await west.bot.config_watch.run_due(west.clock.now())
    told = await west.drain()
    assert [(a["action"], a["to"]) for a in told] == [("direct", "owner")]
    assert told[0]["text"].startswith("【机器人提醒】后台刚保存的配置，账号“west”的机器人没有用上。\n载入出错，仍使用上一次的配置")
    assert "配置里没有账号 “west”" in told[0]["text"]
    assert west.bot.owns("w1")  # the running config stays

    west.bot.config_path = tmp_path / "west.yaml"  # another machine: its own copy of the old config
    west.bot.config_path.write_text(reworded, encoding="utf-8")
    await save(east, path, reworded.replace("新的配置生效了", "又改了一次"))
    await west.bot.config_watch.run_due(west.clock.now())
    [told] = await west.drain()
    assert f"它读取的配置文件（{west.bot.config_path}）和后台保存的不是同一个文件" in told["text"]
