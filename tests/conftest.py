"""A real bot on the local adapter, a virtual clock and a fresh database per test (a SQLite file;
a PostgreSQL database when QUNBOT_TEST_DATABASE_URL is set, see tests/dbs.py)."""
from __future__ import annotations

import functools
import random
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import aiohttp
import pytest

from bot.adapters.local import LocalAdapter
from bot.app import Bot
from bot.clock import SystemClock, VirtualClock
from bot.config.schema import Config
from bot.config.loader import load_config, parse_config
from bot.events import GroupInfo, Member
from bot.playground.server import Playground
from bot.simulation import Simulation
from storage import Database
from tests.dbs import PostgresServer, on_postgres, server_url

ROOT = Path(__file__).resolve().parent.parent
SHANGHAI = timezone(timedelta(hours=8))


def local(text: str) -> datetime:
    """'2026-11-23 20:00' in Shanghai time, as aware UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI).astimezone(timezone.utc)


def to(member: str, actions: list[dict]) -> list[dict]:
    """The actions addressed to one member (mentioning them)."""
    return [a for a in actions if member in a.get("mentions", ())]


def privately(member: str, actions: list[dict]) -> list[dict]:
    """The direct messages to one member (staff-only answers go there; the group hears "已私信您")."""
    return [a for a in actions if a.get("to") == member]


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): not run again on PostgreSQL (SQLite itself, or nothing the database changes)")


def pytest_report_header(config) -> str:
    if on_postgres():
        return "database: PostgreSQL (QUNBOT_TEST_DATABASE_URL); only the tests that use the database (make_db) run"
    return "database: SQLite (set QUNBOT_TEST_DATABASE_URL to run the database tests on PostgreSQL)"


def pytest_collection_modifyitems(config, items) -> None:
    """The long tests (marked slow) first; on PostgreSQL, run the tests that use a database (the
    make_db fixture, directly or through make_harness, harness or served); skip the ones that test
    SQLite itself."""
    # xdist hands tests out in this order (after its xdist_group groups): a long test handed out
    # last would run alone while the other workers sit idle at the end of the run.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
    _name_groups(config, items)
    if not on_postgres():
        return
    kept, dropped = [], []
    for item in items:
        (kept if "make_db" in getattr(item, "fixturenames", ()) else dropped).append(item)
        if marker := item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {marker.args[0] if marker.args else ''}"))
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def _name_groups(config, items) -> None:
    """``--dist loadgroup`` keeps an xdist_group's tests on one worker by the "@group" pytest-xdist appends to their node
    ids in the worker; pytest 9 reads a node id from ``Item._id``, not the ``_nodeid`` xdist 3.8 sets, so every group
    was spread over the workers (each scoring the corpus, or making the wechaty virtualenvs, again). Named here where
    xdist's did not take."""
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        names = {str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")}
        suffix = "@" + "_".join(sorted(names))
        if names and not item.nodeid.endswith(suffix):
            from _pytest.nodeid import NodeId  # pytest 9: the structured node id (its text kept as given)
            item._id = NodeId.parse(item.nodeid + suffix)


@pytest.fixture(scope="session")
def postgres_server():
    url = server_url()
    if url is None:
        yield None
        return
    server = PostgresServer(url)
    yield server
    server.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated SQLite file, made once a test process: the harnesses' databases are copies of it (~2 ms of CPU
    where migrating each fresh file took ~57 ms, a few hundred times a run), as PostgreSQL's are copies of a template."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    Database(path).engine.dispose()  # migrated by the constructor; the last connection closed folds the WAL in
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def make_db(tmp_path, postgres_server, sqlite_template):
    """``make_db(name)`` -> what Database() and --db take: a file in tmp_path, or a fresh PostgreSQL
    database (migrated; ``empty=True``: no tables). The same name twice in a test is the same database.
    ``migrated=True`` (the harnesses): on SQLite too, a copy of a migrated file instead of a missing one
    (the bot's start would migrate it; the migrations from an empty file are tested in test_migrations)."""
    made: dict[str, str] = {}

    def make(name: str = "test.db", *, empty: bool = False, migrated: bool = False) -> str:
        if postgres_server is None:
            path = tmp_path / name
            if migrated and not empty and not path.exists():
                shutil.copyfile(sqlite_template, path)
            return str(path)
        if name not in made:
            made[name] = postgres_server.create(empty=empty)
        return postgres_server.target(made[name])

    yield make
    for name in made.values():
        postgres_server.drop(name)


class Harness:
    def __init__(self, config: Config, db_path: str | Path, start: datetime, config_path: Path | None = None,
                 account: str | None = None) -> None:
        self.clock = VirtualClock(start)
        self.db = Database(db_path)
        self.adapter = LocalAdapter(self.clock, Member(config.bot.id, config.bot.name))
        self.actions: list[dict] = []
        self.adapter.subscribe(lambda r: self.actions.append(r) if "action" in r else None)
        self.bot = Bot(config, transport=self.adapter, clock=self.clock, db=self.db,
                       config_path=config_path or ROOT / "config.yaml", rng=random.Random(0), account=account)
        self.sim = Simulation(self.bot, self.clock)

    async def start(self, groups: list[GroupInfo]) -> None:
        for group in groups:
            self.adapter.add_group(group)
        await self.bot.start(realtime=False)

    async def say(self, group: str, member: str, text: str, at: datetime | None = None, **kw) -> list[dict]:
        """A member posts; returns what the bot does about it (the queue drained at its pace)."""
        seen = len(self.actions)
        at = at or self.clock.now()
        await self.sim.feed(self.adapter.message(group, member, text, at=at, **kw))
        await self.sim.drain()
        return self.actions[seen:]

    async def dm(self, member: str, text: str, at: datetime | None = None) -> list[dict]:
        """A member writes to the bot privately; returns what the bot does about it."""
        seen = len(self.actions)
        await self.sim.feed(self.adapter.direct(member, text, at=at or self.clock.now()))
        await self.sim.drain()
        return self.actions[seen:]

    async def drain(self) -> list[dict]:
        seen = len(self.actions)
        await self.sim.drain()
        return self.actions[seen:]


GROUP = GroupInfo(
    "g1", "宝妈育儿群", "owner",
    (Member("owner", "王店长"), Member("staff", "小李"), Member("amy", "小美"), Member("bo", "波波")),
)
OWNED = GroupInfo("g2", "乐龄健康群", "owner", (Member("owner", "王店长"), Member("zhang", "张阿姨")), bot_is_owner=True)

TEST_CONFIG = """
send: {min_interval_seconds: 1.5, group_switch_seconds: 3, jitter_seconds: 0}
defaults:
  assistants: [staff]
  signin: {gather_seconds: 0}  # each sign-in confirmed at once; tests/test_manners.py tests the gathering
  rules:
    - {type: banned_words, id: bw, words: [刷单返利, 网赌], allow: [举报网赌], action: warn, reason: 发布了违禁词}
    - {type: regex, id: kick, patterns: ["代开.{0,4}发票"], action: remove, reason: 发广告}
  schedule:
    - {id: morning, cron: "0 8 * * *", template: morning_greeting}
"""


@functools.lru_cache(maxsize=64)
def _parsed(text: str) -> Config:
    return parse_config(text)


def parsed_config(text: str = TEST_CONFIG) -> Config:
    """``parse_config(text)``, parsed once per test process (the cross-checks read the FAQ, the content
    library and the templates): each caller gets its own deep copy, free to change its lists and dicts."""
    return _parsed(text).model_copy(deep=True)


@functools.cache
def _shipped() -> Config:
    return load_config(ROOT / "config.yaml")


def shipped() -> Config:
    """The shipped config.yaml, loaded once per test process; a deep copy each time, as ``parsed_config``."""
    return _shipped().model_copy(deep=True)


@pytest.fixture
async def make_harness(make_db):
    harnesses: list[Harness] = []

    async def make(config_text: str = TEST_CONFIG, *, start: datetime | None = None,
                   groups: list[GroupInfo] | None = None, db_name: str = "test.db",
                   account: str | None = None) -> Harness:
        """``account``: one account's worker; two harnesses with the same ``db_name`` share one database."""
        config = parsed_config(config_text)
        harness = Harness(config, make_db(db_name, migrated=True), start or local("2026-11-23 09:00"), account=account)
        await harness.start(groups if groups is not None else [GROUP, OWNED])
        harnesses.append(harness)
        return harness

    yield make
    for harness in harnesses:
        await harness.bot.stop()


@pytest.fixture
async def harness(make_harness) -> Harness:
    return await make_harness()


@pytest.fixture
def shipped_config() -> Config:
    return shipped()


@dataclass
class Served:
    url: str
    http: aiohttp.ClientSession
    bot: Bot


def _no_quiet_hours(settings):
    return settings.model_copy(update={"posting": settings.posting.model_copy(update={"quiet_hours": None})})


@pytest.fixture
async def served(make_db) -> Served:
    """The shipped config's playground on a free 127.0.0.1 port, on the system clock, unpaced, and with
    no quiet hours by default (on the system clock a post made after 22:00 would wait for the morning)."""
    config = shipped()
    unpaced = config.send.model_copy(update={"min_interval_seconds": 0, "group_switch_seconds": 0, "jitter_seconds": 0})
    config = config.model_copy(update={"send": unpaced, "defaults": _no_quiet_hours(config.defaults), "groups": [
        entry.model_copy(update={"settings": _no_quiet_hours(entry.settings)}) for entry in config.groups]})
    clock = SystemClock()
    adapter = LocalAdapter(clock, Member(config.bot.id, config.bot.name))
    for group in config.playground.groups:
        adapter.add_group(GroupInfo(group.id, group.name, group.owner,
                                    tuple(Member(m.id, m.name) for m in group.members), group.bot_is_owner))
    bot = Bot(config, transport=adapter, clock=clock, db=Database(make_db("p.db", migrated=True)), config_path=ROOT / "config.yaml")
    playground = Playground(bot, adapter)
    await bot.start(realtime=True)
    port = await playground.start("127.0.0.1", 0)
    url = f"http://127.0.0.1:{port}"
    async with aiohttp.ClientSession(url) as http:
        yield Served(url, http, bot)
    await playground.stop()
    await bot.stop()
