"""``qunbot export orders``: the pick list of group-buy orders, one CSV per pickup point.

One row per order line. UTF-8 with a byte-order mark, so Excel on Windows opens the
Chinese correctly when the file is double-clicked.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from datetime import timedelta, timezone


from bot.numbers import money
from bot.offline_db import NoDatabase, read_database
from storage.groupbuys import PickLine, pick_lines

HEADER = ["自提点", "团购编号", "商品", "单价", "序号", "群", "成员昵称", "成员编号", "数量", "金额", "下单时间(UTC+8)"]
STORE_TIME = timezone(timedelta(hours=8))  # the pick list is read in the store; stored times are UTC
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def main(db: str | None, out: str, buy_ids: list[int]) -> int:
    try:
        lines = read_database(db, "export orders", lambda session: pick_lines(session, buy_ids))
    except NoDatabase:
        return 2
    if not lines:
        print("export orders: no orders" + (f" in group-buy {buy_ids}" if buy_ids else ""), file=sys.stderr)
        return 1
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for pickup, rows in by_pickup(lines).items():
        target = folder / f"orders-{_UNSAFE.sub('_', pickup)}.csv"
        write_csv(target, rows)
        print(f"{target}: {len(rows)} order line(s), {sum(r.quantity for r in rows)} 份")
    return 0


def by_pickup(lines: list[PickLine]) -> dict[str, list[PickLine]]:
    grouped: dict[str, list[PickLine]] = {}
    for line in lines:
        grouped.setdefault(line.pickup, []).append(line)
    return grouped


def write_csv(target: Path, rows: list[PickLine]) -> None:
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        write_rows(handle, rows)


def write_rows(handle, rows: list[PickLine]) -> None:  # noqa: ANN001 (a text file)
    """The pick list of one pickup point (the command's files and the dashboard's download)."""
    writer = csv.writer(handle)
    writer.writerow(HEADER)
    for number, row in enumerate(rows, 1):
        writer.writerow([row.pickup, row.buy_id, row.item, money(row.price), number, row.group_name,
                         row.member_name, row.member_id, row.quantity, money(row.price * row.quantity),
                         row.ordered_at.astimezone(STORE_TIME).strftime("%Y-%m-%d %H:%M")])

