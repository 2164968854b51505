"""Floods and raids through ``qunbot replay`` with the shipped config: the bot never becomes the spammer.

Each scenario is a transcript run by the real replay command (virtual clock, real pipeline,
the production send budget); the assertions read only its JSON Lines output: the account's
pace (1.5 s between messages, 3 s on a group switch, at most 40 a minute), no text repeated to
the same place beyond the reply cap, and every acknowledged-worthy action answered exactly once.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime, timedelta

import pytest

from bot.config.loader import load_config
from tests.cli import run_cli
from tests.conftest import ROOT, SHANGHAI

SEND = load_config(ROOT / "config.yaml").send
START = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)
OWNER = {"id": "owner-wang", "name": "王店长"}


def at(seconds: float) -> str:
    return (START + timedelta(seconds=seconds)).isoformat()


def group(gid: str, members: list[dict]) -> dict:
    return {"t": at(0), "type": "group", "group": gid, "name": f"群{gid}", "owner": OWNER["id"],
            "members": [OWNER, *members]}


def replay(tmp_path, lines: list[dict], until_seconds: float) -> list[dict]:
    transcript = tmp_path / "flood.jsonl"
    transcript.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    done = run_cli(["replay", transcript, "--until", at(until_seconds)])
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def assert_within_budget(actions: list[dict]) -> dict:
    """The account's pace holds and nothing is repeated beyond the reply cap; returns the figures for the report."""
    times = [datetime.fromisoformat(a["t"]) for a in actions]
    places = [a.get("group") or a.get("to") for a in actions]
    for (t0, p0), (t1, p1) in zip(zip(times, places), zip(times[1:], places[1:])):
        gap = (t1 - t0).total_seconds()
        assert gap >= SEND.min_interval_seconds - 1e-6, f"two sends {gap} s apart"
        if p0 != p1:
            assert gap >= SEND.group_switch_seconds - 1e-6, f"group switch after only {gap} s"
    busiest = max((sum(1 for t in times if s <= t < s + timedelta(minutes=1)) for s in times), default=0)
    assert busiest <= 60 / SEND.min_interval_seconds
    # the same words to the same person: at most replies_per_member (an answer and one reminder);
    # the same words to a whole group (no mention): once
    said = Counter((a.get("group") or a.get("to"), a["text"], tuple(a.get("mentions", ()))) for a in actions)
    repeated = [key for key, n in said.items() if n > (SEND.replies_per_member if key[2] else 1)]
    assert not repeated, f"said too often: {repeated[:3]}"
    return {"sent": len(actions), "busiest_minute": busiest}


@pytest.mark.slow
def test_a_raid_of_1000_joins_in_a_minute_gets_a_few_gathered_welcomes(tmp_path):
    lines = [group("g1", [])]
    lines += [{"t": at(n * 0.06), "type": "join", "group": "g1", "member": {"id": f"r{n}", "name": f"新人{n}"}}
              for n in range(1000)]
    actions = replay(tmp_path, lines, until_seconds=600)
    figures = assert_within_budget(actions)
    welcomes = [a for a in actions if a["action"] == "say"]
    mentioned = [m for a in welcomes for m in a["mentions"]]
    assert 1 <= len(welcomes) <= 5, [a["text"][:40] for a in welcomes]
    assert len(mentioned) == len(set(mentioned))  # nobody welcomed twice
    assert all(len(a["mentions"]) <= 50 for a in welcomes)
    print(f"\nraid: 1000 joins in 60 s -> {figures['sent']} messages, {len(mentioned)} members @-mentioned")


@pytest.mark.slow
def test_one_member_sending_500_commands_gets_a_handful_of_replies(tmp_path):
    spam = ["/积分", "签到", "/help", "/top", "我的积分", "/乱码命令", "/points @波波 +100", "补签", "/抽奖"]
    lines = [group("g1", [{"id": "m-spam", "name": "刷屏哥"}, {"id": "m-bo", "name": "波波"}])]
    lines += [{"t": at(n * 0.5), "type": "message", "group": "g1", "from": "m-spam", "text": spam[n % len(spam)]}
              for n in range(500)]
    actions = replay(tmp_path, lines, until_seconds=900)
    figures = assert_within_budget(actions)
    replies = Counter(a["text"] for a in actions)
    assert all(n <= SEND.replies_per_member for n in replies.values())
    in_group = [a for a in actions if a["action"] == "say"]
    to_owner = [a for a in actions if a["action"] == "direct"]  # flood moderation telling the owner
    assert len(in_group) <= 2 * len(spam) + 1, [a["text"][:30] for a in in_group]  # + one flood warning
    assert len(to_owner) <= SEND.replies_per_member, [a["text"][:30] for a in to_owner]
    signed = [a for a in actions if "签到成功" in a["text"]]
    assert len(signed) == 1  # the one real action is acknowledged once
    print(f"\nspam: 500 commands from one member in 250 s -> {len(in_group)} messages in the group, "
          f"{len(to_owner)} to the owner")


@pytest.mark.slow
def test_50_members_at_20_messages_a_second_stay_within_the_budget(tmp_path):
    members = [{"id": f"m{n:02d}", "name": f"会员{n:02d}"} for n in range(50)]
    lines = [group("g1", members[:25]), group("g2", members[25:])]
    chatter = ["哈哈哈", "今天天气不错", "有人在吗", "👍👍", "我的积分", "打卡", "红包呢？发个红包吧"]
    for n in range(1200):  # 60 s at 20 messages a second
        member = members[n % 50]
        text = "签到" if n < 50 else chatter[n % len(chatter)] + ("" if n % 3 else f" {n}")
        lines.append({"t": at(n * 0.05), "type": "message", "group": "g1" if n % 50 < 25 else "g2",
                      "from": member["id"], "text": text})
    actions = replay(tmp_path, lines, until_seconds=1800)
    figures = assert_within_budget(actions)
    by_name = {m["name"]: m["id"] for m in members}
    signed = Counter(a["mentions"][0] for a in actions if "签到成功" in a["text"])  # each group's first, at once
    signed.update(by_name[name] for a in actions if a["text"].startswith("今日签到：")  # the rest, gathered
                  for name in re.findall(r"@(会员\d+) 第", a["text"]))
    assert set(signed) == {m["id"] for m in members} and set(signed.values()) == {1}
    per_member = Counter(m for a in actions for m in a.get("mentions", ()))
    assert max(per_member.values()) <= 2 + 2 * len(chatter)  # + a flood warning
    directs = [a for a in actions if a["action"] == "direct"]
    about = Counter(found.group(1) for a in directs if (found := re.search(r"（(m\d+)）", a["text"])))
    assert not about or max(about.values()) <= SEND.replies_per_member  # the owner hears of each member twice at most
    kinds = Counter(a["text"][:6] for a in actions)
    print(f"\nchatter: by opening words {kinds.most_common(6)}")
    print(f"\nchatter: 1200 messages from 50 members in 60 s -> {figures['sent']} messages, "
          f"({len(directs)} of them to the owner), busiest minute {figures['busiest_minute']}, last at "
          f"{(datetime.fromisoformat(actions[-1]['t']) - START).total_seconds():.0f} s")
