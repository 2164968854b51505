"""The C loops of ``bot.charmap`` give what their Python fallbacks give (``bot/_charmap.c``).

``bot.text`` and ``bot.pinyin`` use them when the module is built and the same operations in Python
otherwise; both ways must read every text alike. Skipped where the module is not built (an install
without a C compiler, which runs the Python paths only)."""
from __future__ import annotations

import random
import re
import sys

import pytest

from bot import charmap, pinyin
from bot import text as text_module
from bot.text import _t2s, compact, simplified

pytestmark = pytest.mark.skipif(not charmap.NATIVE, reason="bot._charmap is not built (no C compiler at install)")

_WORD = re.compile(r"[^\W_]+")
EVERY = [chr(c) for c in range(sys.maxunicode + 1)]


def _texts(seed: int, count: int) -> list[str]:
    """Random texts of every kind of character: ASCII, CJK, full-width, emoji, astral, surrogates, U+0000."""
    rng = random.Random(seed)
    pools = [[chr(c) for c in range(0x20, 0x7F)], [chr(0x4E00 + i) for i in range(0, 21_000, 7)],
             list("，。！？：；（）～　＋①❶➕ÀéßŉǅΣςİ\u200b\n\t\0"), ["😀", "🐧", "\U00020001", "\U0002A6A5", "\U000F0000"],
             [chr(rng.randrange(0xD800, 0xE000)) for _ in range(20)], [chr(c) for c in range(0xF900, 0xFB00, 5)]]
    return ["".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_alnum_keeps_what_the_pattern_keeps_for_every_code_point():
    kept = charmap.alnum("".join(EVERY))
    assert kept == "".join(_WORD.findall("".join(EVERY)))
    for text in _texts(1, 20_000):
        assert charmap.alnum(text) == "".join(_WORD.findall(text)), repr(text)


def test_translate_is_str_translate_on_a_table():
    table = "".join(chr((c * 7919) % 0x3000 + 1) for c in range(0x5000))
    as_list = [ord(c) for c in table]
    for text in _texts(2, 20_000):
        assert charmap.translate(text, table, 0x110000) == text.translate(as_list), repr(text)
    assert charmap.translate("ab\U00020001", table, 0x20000) is None  # at or above ``beyond``
    assert charmap.translate("bc", "\0" * 0x62 + "x", 0x110000) == "xc"  # "b" maps to "x", "c" is beyond the table
    assert charmap.translate("ab", "\0" * 0x62 + "x", 0x110000) is None  # "a" maps to U+0000
    assert charmap.translate("", table, 0) == ""
    assert charmap.translate("bc", "\0" * 0x62 + "x", 2**32) == "xc"  # a ``beyond`` past every code point is no limit


def test_sounds_are_those_of_str_translate():
    table = pinyin._by_code()
    assert pinyin._SOUNDS is not None
    texts = _texts(3, 20_000) + ["".join(EVERY[:0x40000])]
    for text in texts:
        assert pinyin.sounds(text) == text.translate(table), repr(text)


def test_compact_is_the_pattern_s_letters_and_digits():
    for text in _texts(4, 20_000) + ["a+b", "+", "＋v", "加 微 信+"]:
        expected = "".join(_WORD.findall(text.replace("+", "加")))
        assert compact(text) == expected, repr(text)


def test_simplified_is_opencc_on_every_bmp_character_and_random_text():
    simplified("x")  # builds _SIMPLIFIER: without the C table this would compare OpenCC with itself
    assert text_module._SIMPLIFIER[3] is not None
    codes = [c for c in range(1, 0x10000) if not 0xD800 <= c < 0xE000]
    for start in range(0, len(codes), 4096):  # a character alone, and beside its neighbours
        piece = "".join(map(chr, codes[start:start + 4096]))
        assert simplified(piece) == _t2s().convert(piece)
    for text in _texts(5, 20_000):
        if any(0xD800 <= ord(c) < 0xE000 for c in text):
            continue  # OpenCC cannot encode a lone surrogate; such a text goes to it whole, as before
        assert simplified(text) == _t2s().convert(text), repr(text)


def test_class_tables_find_what_their_patterns_search():
    from bot.rules import ad_model, ads

    every = charmap._every(sys.maxunicode + 1)
    assert every == "".join(EVERY)
    for pattern, table, beyond in ((text_module._MARKS, text_module._MARKS_TABLE, text_module._ASTRAL),
                                   (ads._HINT_OR_ID, ads._HINT_OR_ID_TABLE, ads._NO_CODE),
                                   (ad_model.NONZERO_DIGIT, ads._NONZERO_TABLE, ads._NO_CODE),
                                   (ads._CONTACT_CHARACTER, ads._CONTACT_CHARACTER_TABLE, ads._NO_CODE),
                                   (ads._HINTED_CHARACTER, ads._HINTED_TABLE, ads._NO_CODE),
                                   (ads._HINT_SECOND, ads._HINT_SECOND_TABLE, ads._NO_CODE),
                                   (ads._EVADED, ads._EVADED_TABLE, ads._NO_CODE),
                                   (ads._DRAWN_MARK, ads._DRAWN_TABLE, ads._NO_CODE),
                                   (ads._GAP, ads._GAP_TABLE, ads._NO_CODE)):
        assert [c for c in EVERY if charmap.find(c, table, beyond) >= 0] == pattern.findall(every), pattern
        assert charmap.collect(every, table, beyond) == "".join(pattern.findall(every)), pattern
        for text in _texts(6, 20_000):
            found = pattern.search(text)
            assert charmap.find(text, table, beyond) == (found.start() if found else -1), repr(text)
            assert charmap.collect(text, table, beyond) == "".join(pattern.findall(text)), repr(text)


def test_forms_collect_the_marks_as_the_pattern_finds_them(monkeypatch):
    # no lone surrogate: OpenCC cannot take one (as before; forms never sees one from WeChat)
    texts = [t for t in _texts(11, 5_000) if not re.search("[\ud800-\udfff]", t)] + ["加🟢泡泡 ❶❷", "刷💰单", "😀好😀"]
    with_c = [text_module.forms.__wrapped__(text) for text in texts]
    monkeypatch.setattr(text_module, "_collect", None)
    assert [text_module.forms.__wrapped__(text) for text in texts] == with_c
    assert with_c[-1].marks == "😀😀"


def test_nfkc_folds_punctuation_in_c_as_unicodedata_does():
    import unicodedata

    assert text_module._PUNCTUATION_TABLE
    for text in _texts(7, 20_000):
        assert text_module.nfkc(text) == unicodedata.normalize("NFKC", text), repr(text)


def test_nfkc_casefold_and_t2s_in_one_loop_are_the_long_way(monkeypatch):
    monkeypatch.setattr(text_module, "_SIMPLIFIER", None)  # built again, with OpenCC itself (a test may swap it)
    monkeypatch.setattr(text_module, "_FORMS", "")
    simplified("x")  # builds the tables
    table = text_module._FORMS
    assert table

    def long_way(text: str) -> str:
        return simplified(text_module.nfkc(text).casefold())

    # every character alone, after a letter, a Hangul syllable and its first consonant, before an accent, and in runs
    # of its neighbours; the characters a text holds most
    for c in EVERY[:0x20000]:
        for text in (c, "e" + c, "가" + c, "ᄀ" + c, c + "\u0301", "a" + c + "一"):
            out = charmap.translate(text, table, text_module._T2S_PLANES)
            if out is not None:
                assert out == long_way(text), repr(text)
    for start in range(0, 0x20000, 1000):
        piece = "".join(c for c in EVERY[start:start + 1000] if not "\ud800" <= c <= "\udfff")
        out = charmap.translate(piece, table, text_module._T2S_PLANES)
        assert out is None or out == long_way(piece), hex(start)
    for text in _texts(8, 20_000):
        out = charmap.translate(text, table, text_module._T2S_PLANES)
        if out is not None:
            assert out == long_way(text), repr(text)
    assert charmap.translate("ÄБ們，今天！\n😀", table, 0x20000) == "äб们,今天!\n😀"  # the punctuation as nfkc folds it
    for long in ("ＡБ", "ß", "乾隆", "①", "e\u0301", "가\u11a8", "\ufb01"):  # NFKC, casefold to two, a phrase t2s reads whole
        assert charmap.translate(long, table, 0x20000) is None, long


def test_a_text_of_nfkc_stable_characters_is_nfkc():
    import unicodedata

    stable = text_module._nfkc_stable()
    rng = random.Random(12)
    kept = [c for c in EVERY[:0x20000] if stable[ord(c)]]
    for _ in range(3_000):
        text = "".join(rng.choices(kept, k=rng.randint(1, 30)))
        assert unicodedata.is_normalized("NFKC", text), repr(text)
    assert not stable[0x0301] and not stable[0x1161] and not stable[0xFF21] and stable[ord("好")] and stable[0x1F600]


def _kept_in_python(hits, text, words, span):
    return [h for h in hits if h[2] - h[1] >= span or text[h[1]:h[2]] == words[h[0]]]


def test_kept_keeps_the_hits_the_python_comprehension_keeps():
    rng = random.Random(8)
    texts = _texts(9, 3_000)
    words = [t for t in texts if t][:500] + ["ab", "a", "\0", "😀b"]
    for text in texts:
        hits = []
        for _ in range(rng.randint(0, 12)):  # spans written as a word, and random spans (sound-alikes)
            i = rng.randrange(len(words))
            start = rng.randint(0, len(text))
            end = min(len(text), start + len(words[i])) if rng.random() < 0.5 else rng.randint(start, len(text))
            if rng.random() < 0.3 and text:
                words[i:i + 1] = [text[start:end] or words[i]]
            hits.append((i, start, end))
        for span in (0, 2, 3, 100):
            assert charmap.kept(hits, text, words, span) == _kept_in_python(hits, text, words, span), repr(text)
    every = [(0, 0, 2), (1, 0, 3)]
    assert charmap.kept(every, "abc", ["ab", "zzz"], 3) is every  # nothing dropped: the list itself
    assert charmap.kept([], "abc", ["ab"], 3) == []


def test_kept_rejects_malformed_hits():
    for hits in ([(0, 0)], [(5, 0, 1)], [(0, 2, 1)], [(0, 0, 9)], [(0, -1, 1)], [[0, 0, 1]]):
        with pytest.raises((TypeError, IndexError)):
            charmap.kept(hits, "abc", ["ab"], 3)
    with pytest.raises(TypeError):
        charmap.kept([(0, 0, 1)], "abc", [1], 3)
    # each field read is checked before the next: the first error stands (an overflow read after it would replace it)
    with pytest.raises(TypeError):
        charmap.kept([("0", 2**70, 0)], "abc", ["ab"], 3)
    with pytest.raises(OverflowError):
        charmap.kept([(0, 2**70, "0")], "abc", ["ab"], 3)


def test_a_lexicon_by_sound_finds_the_same_with_and_without_kept(monkeypatch):
    from bot.rules import lexicon as lexicon_module
    from bot.text import forms

    rng = random.Random(10)
    han = [chr(0x4E00 + i) for i in range(3_700)]
    words = sorted({"".join(rng.choices(han, k=rng.randint(2, 6))) for _ in range(3_000)} | {"加微信", "刷单"})
    found = lexicon_module.Lexicon(tuple(words), ("微信群",), pinyin=True)
    texts = ["".join(rng.choices(han, k=rng.randint(5, 60))) + rng.choice(["", "加薇信", "刷单", "微信群"])
             for _ in range(3_000)] + [rng.choice(words) + rng.choice(words) for _ in range(300)]
    with_c = [found.find(forms(t)) for t in texts]
    monkeypatch.setattr(lexicon_module, "_kept", None)
    assert [found.find(forms(t)) for t in texts] == with_c
    assert any(with_c)
