"""A stress run of the C module's loops against their Python ways (issue 17 review): random text of every kind
(ASCII, CJK, full-width, lone surrogates, emoji, astral, private use), U+0000, 1 MB inputs; wrong argument types
must raise, not crash; reference counts of the arguments unchanged after 100,000 calls, errors included.

    .venv/bin/python -X dev benchmarks/charmap_stress.py [SEED] [TEXTS]

Reads this tree's ``bot`` (the script's own directory would otherwise let an editable install give main's).
Under valgrind: ``PYTHONMALLOC=malloc valgrind --tool=memcheck .venv/bin/python benchmarks/charmap_stress.py 1 200``.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import random
import tracemalloc
import unicodedata

import bot.charmap as cm
if cm.collect is None or cm.kept is None:
    raise SystemExit("bot._charmap (with collect and kept) is not built: nothing to compare")
print("module:", sys.modules["bot._charmap"].__file__)
from bot import text as T
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
pools = [(0, 0x7f), (0x80, 0x7ff), (0x3000, 0x30ff), (0x4e00, 0x9fff), (0xd800, 0xdfff), (0xff00, 0xffef),
         (0x1f300, 0x1faff), (0x10000, 0x10ffff), (0xe000, 0xf8ff)]
def rtext(n):
    out = []
    for _ in range(n):
        a, b = rng.choice(pools)
        out.append(chr(rng.randint(a, b)))
    return "".join(out)
texts = [rtext(rng.choice([0, 1, 2, 5, 20, 100])) for _ in range(N)]
texts += ["", "\0", "\ud800", "\udfff\ud800", "😀" * 1000, "a" * (1 << 20), rtext(1 << 20), "，" * (1 << 20) + "😀"]
# collect vs "".join(findall) on the marks table and random tables
for text in texts:
    assert cm.collect(text, T._MARKS_TABLE, T._ASTRAL) == "".join(T._MARKS.findall(text)), repr(text[:50])
    tbl = bytes(rng.choice([0, 0, 1]) for _ in range(rng.choice([0, 1, 200, 70000])))
    beyond = rng.choice([0, 1, 0x80, 0x10000, 0x110000, 2**40])
    b = min(beyond, 0x110000)
    exp = "".join(c for c in text if ord(c) >= b or (ord(c) < len(tbl) and tbl[ord(c)]))
    assert cm.collect(text, tbl, beyond) == exp
    got = cm.collect(text, tbl, beyond)
    # the same code points (surrogates included)
    assert got.encode("utf-8", "surrogatepass") == exp.encode("utf-8", "surrogatepass")
# kept vs comprehension
def py_kept(hits, text, words, span):
    return [h for h in hits if h[2] - h[1] >= span or text[h[1]:h[2]] == words[h[0]]]
for text in texts[:N]:
    words = [rtext(rng.randint(0, 4)) for _ in range(20)] + [text[:3], text[1:2]]
    hits = []
    for _ in range(rng.randint(0, 30)):
        i = rng.randrange(len(words)); s = rng.randint(0, len(text)); e = rng.randint(s, len(text))
        if rng.random() < .5: e = min(len(text), s + len(words[i]))
        hits.append((i, s, e))
    for span in (0, 1, 3, -5, 2**62):
        r = cm.kept(hits, text, words, span)
        assert r == py_kept(hits, text, words, span)
# nfkc / forms C vs Python
for text in texts:
    if len(text) > 5000: continue
    assert T.nfkc(text) == unicodedata.normalize("NFKC", text), repr(text)
# wrong types: must raise, not crash
bad = [None, 1, 1.5, b"x", "x", [], (), object(), -1, 2**70, [(0,0,1)], [("0",0,1)], [(0,0,2**70)], [(True,0,1)]]
n = 0
for args in [(a, b, c) for a in bad for b in bad for c in bad[:6]]:
    for f in (cm.collect, cm.find, cm.translate, cm.alnum):
        try: f(*args); n += 1
        except (TypeError, ValueError, OverflowError, IndexError): n += 1
for a in bad:
    for b in bad:
        for c in bad[:6]:
            for d in (0, -1, 2**70, None, 1.0):
                try: cm.kept(a, b, c, d)
                except (TypeError, ValueError, OverflowError, IndexError): pass
for args in [(), ("a",), ("a", b"", 0, 1)]:
    for f in (cm.collect, cm.kept):
        try: f(*args); raise SystemExit("no error for %r" % (args,))
        except TypeError: pass
# refcount leak check
words = ["ab", "zzz"]; hits = [(0, 0, 2), (1, 0, 1), (1, 0, 3)]
for _ in range(3): cm.kept(hits, "abc", words, 3); cm.collect("a😀b" * 100, T._MARKS_TABLE, T._ASTRAL)
before = [sys.getrefcount(h) for h in hits] + [sys.getrefcount(hits), sys.getrefcount(words)]
for _ in range(100000):
    cm.kept(hits, "abc", words, 3); cm.kept(hits, "abc", words, 0)
    try: cm.kept(hits + [(9, 0, 1)], "abc", words, 0)
    except IndexError: pass
    try: cm.kept([(0, 0, 1), (0, "x", 1)], "abc", words, 0)
    except TypeError: pass
after = [sys.getrefcount(h) for h in hits] + [sys.getrefcount(hits), sys.getrefcount(words)]
assert before == after, (before, after)
tracemalloc.start()
for _ in range(2000): cm.collect("😀a" * 500, T._MARKS_TABLE, T._ASTRAL); cm.kept(hits, "abc", words, 3)
s1 = tracemalloc.get_traced_memory()[0]
for _ in range(20000): cm.collect("😀a" * 500, T._MARKS_TABLE, T._ASTRAL); cm.kept(hits, "abc", words, 3)
s2 = tracemalloc.get_traced_memory()[0]
print("traced mem delta", s2 - s1, "bad-arg calls", n)
print("OK", len(texts))
