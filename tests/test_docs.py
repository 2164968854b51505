"""The documentation keeps up with the code: links resolve inside the repository, the replay
contract lists every field the replay accepts and emits, the staff handbook every command."""
from __future__ import annotations

import re
import struct
import unicodedata
from datetime import datetime, timezone

import pytest
from pydantic import BaseModel

from bot import replay
from bot.adapters.local import LocalAdapter
from bot.config.loader import load_config
from bot.clock import VirtualClock
from bot.events import GroupInfo, Kind, Member
from bot.handlers import ROUTERS
from bot.rich import LinkCard, MiniProgramCard, Picture
from bot.roles import Role
from tests.conftest import ROOT, Harness, local

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def prose(text: str) -> str:
    """The text outside code: fenced blocks and inline code hold examples, not links."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return re.sub(r"`[^`\n]*`", "", text)


def anchors(path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    headings = re.findall(r"^#{1,6}\s+(.+?)\s*$", prose(path.read_text("utf-8")), flags=re.M)
    return {re.sub(r"[^\w\- ]", "", h.replace("`", "").lower()).replace(" ", "-") for h in headings}


def relative_links():
    for doc in DOCS:
        for target in LINK.findall(prose(doc.read_text("utf-8"))):
            if not re.match(r"[a-z][a-z0-9+.-]*:", target):  # http:, mailto: ... are not files
                yield doc, target


@pytest.mark.parametrize("doc, target", list(relative_links()), ids=lambda v: str(v).rsplit("/", 1)[-1])
def test_every_relative_link_resolves_inside_the_repository(doc, target):
    path, _, anchor = target.partition("#")
    resolved = (doc.parent / path).resolve() if path else doc
    assert resolved.is_relative_to(ROOT), f"{doc.name}: {target} points outside the repository"
    assert resolved.exists(), f"{doc.name}: {target} does not exist"
    if anchor and resolved.suffix == ".md":
        assert anchor in anchors(resolved), f"{doc.name}: {target}: no heading with that anchor in {resolved.name}"


def test_the_readme_is_short():
    assert len((ROOT / "README.md").read_text("utf-8").splitlines()) <= 200  # the rest lives in docs/, by reader


def test_the_links_are_found():
    found = {target for doc, target in relative_links() if doc.name == "README.md"}
    assert {"docs/images/playground.png", "docs/images/dashboard.png", "docs/店员手册.md", "docs/architecture.md"} <= found


@pytest.mark.parametrize("name", ["playground.png", "dashboard.png"])
def test_the_readme_pictures_are_screenshots(name):
    data = (ROOT / "docs" / "images" / name).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 1000 and height >= 600 and len(data) > 30_000  # a page, not a placeholder


# --- the replay contract ---------------------------------------------------------------------------

CONTRACT = (ROOT / "docs" / "replay-format.md").read_text("utf-8")
INPUT, OUTPUT = CONTRACT.split("## Input", 1)[1].split("## Output", 1)


def row(section: str, name: str, *, top: bool = False) -> set[str]:
    """The names back-quoted in the table row that starts with `name` (`{id, name}` gives two);
    ``top``: only those outside parentheses (a line's own fields, not their values or parts)."""
    match = re.search(rf"^\| `{name}` \|(.*)$", section, flags=re.M)
    assert match, f"docs/replay-format.md has no row for `{name}`"
    text = re.sub(r"\([^()]*\)", "", match.group(1)) if top else match.group(1)
    return {word for quoted in re.findall(r"`([^`]+)`", text) for word in re.findall(r"\w+", quoted)}


def fields(model: type[BaseModel]) -> set[str]:
    return {info.alias or name for name, info in model.model_fields.items()}


LINES = [replay.GroupLine, replay.MessageLine, replay.JoinLine, replay.LeaveLine, replay.DirectLine]


@pytest.mark.parametrize("model", LINES, ids=lambda m: m.__name__)
def test_the_contract_lists_every_field_a_line_accepts(model):
    kind = model.model_fields["type"].annotation.__args__[0]
    listed = row(INPUT, kind, top=True)
    if kind == "message":  # and the table of optional fields on message lines
        listed |= set(re.findall(r"^\| `([^`]+)` \|", INPUT.split("Optional fields on `message` lines", 1)[1], flags=re.M))
    assert fields(model) - {"type", "t"} <= listed
    assert "`t`" in INPUT and "`type`" in INPUT


def test_the_contract_lists_the_nested_fields_and_every_kind():
    assert fields(replay._MemberSpec) <= row(INPUT, "group") and fields(replay._MemberSpec) <= row(INPUT, "join")
    assert fields(replay._LinkSpec) <= row(INPUT, "link")
    assert fields(replay._ProgramSpec) <= row(INPUT, "mini_program")
    assert {kind.value for kind in Kind} <= row(INPUT, "message")


async def test_the_contract_lists_every_field_an_action_emits():
    clock = VirtualClock(datetime(2026, 11, 23, 1, tzinfo=timezone.utc))
    adapter = LocalAdapter(clock, Member("bot", "群助手"))
    adapter.add_group(GroupInfo("g1", "宝妈育儿群", "bot", (Member("bot", "群助手"), Member("amy", "小美")), True))
    records: list[dict] = []
    adapter.subscribe(lambda record: records.append(record) if "action" in record else None)
    await adapter.send_text("g1", "你好", ["amy"])
    await adapter.send_direct("amy", "你好")
    rich = [Picture("米.png", b"\x89PNG"), LinkCard("https://example.com", "标题", "说明", "https://example.com/t.png"),
            MiniProgramCard("wx0123456789abcdef", "小程序", "pages/index", "https://example.com/t.png")]
    for item in rich:
        await adapter.send_rich("g1", item)
        await adapter.send_rich("amy", item, direct=True)
    await adapter.remove_member("g1", "amy")
    assert {r["action"] for r in records} == {"say", "direct", "image", "link", "mini_program", "remove"}
    for record in records:
        assert set(record) - {"action"} <= row(OUTPUT, record["action"]), record


# --- the staff handbook ----------------------------------------------------------------------------

HANDBOOK = (ROOT / "docs" / "店员手册.md").read_text("utf-8")
COMMANDS = [command for router in ROUTERS for command in router.commands]


def key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold()  # as bot.commands reads the command word


def test_every_command_in_the_handbook_exists():
    known = {key(n) for c in COMMANDS for n in (c.name, *c.aliases)}
    written = {key(n) for n in re.findall(r"`[/／]([^\s`/]+)(?=[\s`])", HANDBOOK)}
    assert len(written) > 30
    assert written - known == set()


def test_the_handbook_has_every_command_with_an_example():
    written = {key(n) for n in re.findall(r"[/／]([^\s`/（）)]+)", HANDBOOK)}
    missing = [c.name for c in COMMANDS if not {key(n) for n in (c.name, *c.aliases)} & written]
    assert missing == []


def test_the_handbook_says_who_may_run_each_command():
    roles = {"所有人": Role.MEMBER, "店员": Role.ASSISTANT, "群主": Role.OWNER}
    by_name = {key(n): c for c in COMMANDS for n in (c.name, *c.aliases)}
    rows = re.findall(r"^\| `[/／]([^\s`/]+)[^|]*\| (所有人|店员|群主) \|", HANDBOOK, flags=re.M)
    assert len(rows) == len(COMMANDS) + 1  # each command once, and `/rules test` for the owner
    for name, who in rows:
        expected = by_name[key(name)].min_role
        assert roles[who] == expected or (name == "rules" and who == "群主"), (name, who, expected)


HANDBOOK_GROUP = GroupInfo("g1", "宝妈育儿群", "owner", tuple(Member(id_, name) for id_, name in (
    ("owner", "王店长"), ("amy", "小美"), ("bo", "波波"), ("zhang", "张阿姨"), ("axin", "阿鑫"), ("x", "某人"))), True)


def examples() -> list[tuple[str, str]]:
    """(who may run it, the first example) of each command row of the handbook, in order."""
    rows = re.findall(r"^\| `[/／][^|]*\| (所有人|店员|群主) \| `([^`]+)`", HANDBOOK, flags=re.M)
    assert len(rows) == len(COMMANDS) + 1
    return rows


async def test_every_example_in_the_handbook_is_understood(make_db):
    """Run as written, in the shipped config: no example is refused as unknown, not allowed, or misread."""
    harness = Harness(load_config(ROOT / "config.yaml"), make_db("handbook.db"), local("2026-11-23 09:00"))
    await harness.start([HANDBOOK_GROUP])
    try:
        names = {m.name: m.id for m in HANDBOOK_GROUP.members}
        await harness.say("g1", "x", "加我微信 abc12345 刷单返利")  # /ad @某人 needs something to judge
        for who, text in examples():
            mentions = [names[n] for n in re.findall(r"@(\S+)", text)]
            said = await harness.say("g1", "amy" if who == "所有人" else "owner", text, mentions=mentions)
            replies = [a["text"] for a in said if "text" in a]
            assert replies or any(a["action"] == "remove" for a in said), text
            misread = [r for r in replies if r.startswith(("用法", "没有找到命令", "抱歉，/")) or "没看懂" in r]
            assert misread == [], (text, misread)
    finally:
        await harness.bot.stop()
