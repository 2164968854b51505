"""``qunbot verify-draw``: recompute a lottery's winners from its revealed seed.

Either from what the bot published (``--seed S --hash H --winners N ID...``), or
from the bot's database (``--draw N --db FILE``), where the stored winners are
compared with the recomputed ones. Exit 0 when everything matches, 1 when not,
2 on bad input.
"""
from __future__ import annotations

import argparse
import json
import sys


from bot.offline_db import NoDatabase, read_database
from bot.lottery.fair_draw import pick_winners, seed_hash
from storage.lottery import entrant_ids
from storage.models import Draw


def main(args: argparse.Namespace) -> int:
    if args.draw is not None:
        return _from_database(args.draw, args.db)
    if not args.seed or args.winners is None:
        print("verify-draw: give --seed and --winners with the entrant ids, or --draw N with --db", file=sys.stderr)
        return 2
    ok = True
    if args.hash:
        ok = _check_hash(args.seed, args.hash)
    _print_winners(pick_winners(args.seed, args.entrants, args.winners), len(set(args.entrants)))
    return 0 if ok else 1


def _from_database(draw_id: int, db: str | None) -> int:
    def read(session):
        draw = session.get(Draw, draw_id)
        return draw, (entrant_ids(session, draw_id) if draw else [])

    try:
        draw, entrants = read_database(db, "verify-draw", read)
    except NoDatabase:
        return 2
    if draw is None or draw.status != "drawn":
        print(f"verify-draw: lottery {draw_id} {'has not been drawn yet' if draw else 'does not exist'}", file=sys.stderr)
        return 2
    ok = _check_hash(draw.seed, draw.seed_hash)
    winners = pick_winners(draw.seed, entrants, draw.winners)
    _print_winners(winners, len(entrants))
    if winners != json.loads(draw.winner_ids or "[]"):
        print(f"MISMATCH: the bot announced {draw.winner_ids}", file=sys.stderr)
        ok = False
    print(f"seed: {draw.seed}")
    print("entrant ids (sorted, to publish for anyone to recompute): " + " ".join(entrants))
    print("OK: the announced winners are the ones the seed gives" if ok else "FAILED")
    return 0 if ok else 1


def _check_hash(seed: str, published: str) -> bool:
    actual = seed_hash(seed)
    if actual != published.strip().lower():
        print(f"MISMATCH: SHA-256 of the seed is {actual}, but {published} was published", file=sys.stderr)
        return False
    print(f"hash OK: {actual}")
    return True


def _print_winners(winners: list[str], entrants: int) -> None:
    print(f"entrants: {entrants}")
    print("winners: " + (" ".join(winners) if winners else "(none)"))

