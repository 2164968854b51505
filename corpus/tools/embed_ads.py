"""Ads hidden in long honest messages, built from train/dev lines only: ``python -m corpus.tools.embed_ads``.

The held-out technique ``long_friendly`` (an ad inside a long friendly message) may not be read to
decide code. This measures the same mechanism on lines that may be read: each short ad of another
technique (train or dev) is put inside a long ham message of the same split (several sentences:
greetings, reviews, stories, 接龙, notices), between two of its sentences, at its end, or (voice input) with every full stop
of both made a comma, and the ads
rule as config.yaml ships it judges the result as an established member's message. Only ads the
rule catches alone count (the question is whether the friendly text around one hides it). Printed:
how many hidden ads are caught, by where they sit, and how many of the long ham messages themselves
are flagged (member / newcomer), per category. ``--split train|dev`` (default dev), ``--list N``
prints N hidden ads missed and every long ham flagged.
"""
from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter, defaultdict

import corpus
from bot.moderation.training import shipped_rule, verdicts
from bot.rules.ad_model import SHIPPED, load_model
from bot.text import compact

HOST_MIN = 40  # compact characters of a host: a long message
GUEST_MAX = 45  # compact characters of a guest: a short pitch with its contact
NOT_FRIENDLY = {"sharelink", "email"}  # a platform's card or an address: no friendly prose to hide in
_RUNON = re.compile(r"[。！？!?\n~～…]+")
_SENTENCE = re.compile(r"[^。！？!?\n~～…]+[。！？!?\n~～…]*")


def _pick(text: str, n: int) -> int:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[:8], 16) % n


def hidden(host: str, guest: str, where: str) -> str:
    """The guest ad inside the host: after the host's middle sentence, or at its end."""
    if where == "runon":  # voice input: no full stop anywhere, the guest between two clauses
        host, guest = _RUNON.sub("，", host).strip("，"), _RUNON.sub("，", guest).strip("，")
        clauses = host.split("，")
        at = max(1, len(clauses) // 2)
        return "，".join(clauses[:at] + [guest] + clauses[at:])
    parts = _SENTENCE.findall(host)
    if guest[-1] not in "。！？!?~～…\n":
        guest += "。"
    if where == "end" or len(parts) < 2:
        return host.rstrip() + ("" if host.rstrip()[-1:] in "。！？!?~～…" else "。") + guest
    at = max(1, len(parts) // 2)
    return "".join(parts[:at]) + guest + "".join(parts[at:])


def build(split: str) -> tuple[list[corpus.Record], list[tuple[str, str, str]]]:
    """(long ham hosts, [(text, where, technique)]): every guest once in the middle and once at the end,
    of a host picked by a hash of the guest."""
    records = corpus.load("moderation", split)
    hosts = [r for r in records if r["label"] == "ham" and r["category"] not in NOT_FRIENDLY
             and len(compact(r.text)) >= HOST_MIN and len(_SENTENCE.findall(r.text)) >= 2]
    guests = [r for r in records if r["label"] == "ad" and len(compact(r.text)) <= GUEST_MAX]
    made = []
    for g in guests:
        host = hosts[_pick(g.text, len(hosts))].text
        for where in ("middle", "end", "runon"):
            made.append((hidden(host, g.text, where), where, g["technique"], g.text))
    return hosts, made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    parser.add_argument("--list", type=int, default=0)
    args = parser.parse_args()
    rule = shipped_rule(model=load_model(True, SHIPPED.parent))
    hosts, made = build(args.split)
    guests = sorted({m[3] for m in made})
    alone = dict(zip(guests, verdicts(rule, guests)))
    made = [m for m in made if alone[m[3]]]
    caught = verdicts(rule, [m[0] for m in made])
    by_where: dict[str, list[bool]] = defaultdict(list)
    for (_, where, _, _), c in zip(made, caught):
        by_where[where].append(c)
    print(f"{args.split}: {len(hosts)} long ham hosts, {sum(alone.values())} of {len(guests)} short ads caught alone")
    print(f"  hidden ads caught {sum(caught)} of {len(made)} ({sum(caught) / max(len(made), 1):.1%})")
    for where, v in sorted(by_where.items()):
        print(f"    {where:<8} {sum(v)} of {len(v)} ({sum(v) / len(v):.1%})")
    texts = [h.text for h in hosts]
    member, newcomer = verdicts(rule, texts), verdicts(rule, texts, newcomer=True)
    print(f"  long ham flagged {sum(member)} / {sum(newcomer)} of {len(hosts)}")
    kinds = Counter(h["category"] for h, m, n in zip(hosts, member, newcomer) if m or n)
    for k, c in kinds.most_common():
        print(f"    {k:<12} {c}")
    if args.list:
        missed = [m for m, c in zip(made, caught) if not c]
        for text, where, technique, _ in missed[:args.list]:
            print(f"  missed {where} {technique}: {text!r}")
        for h, m, n in zip(hosts, member, newcomer):
            if m or n:
                print(f"  flagged {h['category']}: {h.text!r}")


if __name__ == "__main__":
    main()
