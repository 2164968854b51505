"""Provably fair lottery draws: anyone holding the seed and the entrant ids can recompute them.

1. At open, the bot draws a secret seed (``secrets``: 32 random bytes as 64 hex digits)
   and publishes ``SHA-256(seed)`` (hex of the UTF-8 seed text). The seed cannot be
   changed later without the hash showing it.
2. At the deadline it reveals the seed and picks the winners by this function:

       pool = the entrant member ids, de-duplicated, sorted by Unicode code point
       for i = 0, 1, ..., winners - 1 (while the pool is not empty):
           h = SHA-256 of the UTF-8 text f"{seed}:{i}", read as a big-endian integer
           winner i = pool.pop(h mod len(pool))

3. With the result it publishes the entrants' names and ``entrants_hash``: SHA-256 of the sorted,
   de-duplicated entrant ids joined by newlines, so the list drawn from cannot be changed either.

``qunbot verify-draw`` recomputes it (from a seed and ids, or from the bot's database).
"""
from __future__ import annotations

import hashlib
import secrets
from typing import Iterable


def new_seed() -> str:
    return secrets.token_hex(32)


def seed_hash(seed: str) -> str:
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def entrants_hash(entrants: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(set(entrants))).encode("utf-8")).hexdigest()


def pick_winners(seed: str, entrants: Iterable[str], count: int) -> list[str]:
    pool = sorted(set(entrants))
    winners = []
    for i in range(min(count, len(pool))):
        digest = hashlib.sha256(f"{seed}:{i}".encode("utf-8")).digest()
        winners.append(pool.pop(int.from_bytes(digest, "big") % len(pool)))
    return winners
