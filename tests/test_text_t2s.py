"""Traditional-to-simplified only where it can change something (``bot.text.simplified``).

OpenCC is skipped for a text with no character of ``_t2s_gate``'s class. That is right only if
every character t2s changes alone is in the class (asked of OpenCC, so true by construction for
the BMP; checked here over every code point) and every phrase of OpenCC's dictionary that t2s
converts to something else holds one of the class's characters (深沈 -> 深沉, although 深 and 沈
alone stay): checked here against the dictionary itself, read with the package's own opencc_dict.
"""
from __future__ import annotations

import os
import random
import subprocess
from pathlib import Path

import opencc
import pytest

from bot import text as text_module
from bot.text import _T2S_PHRASES, _t2s, forms, simplified, t2s_gate

CLIB = Path(opencc.__file__).parent / "clib"


@pytest.fixture(scope="module")
def gate():
    """The class for the shipped phrase characters, whatever the OpenCC version installed."""
    found = t2s_gate(_T2S_PHRASES[1])
    assert found is not None
    return found


@pytest.fixture(scope="module")
def phrases(tmp_path_factory) -> list[str]:
    """The keys of the t2s phrase dictionary (TSPhrases), as text."""
    tool, dictionary = CLIB / "bin" / "opencc_dict", CLIB / "share" / "opencc" / "TSPhrases.ocd2"
    if not tool.exists() or not dictionary.exists():
        pytest.skip("this OpenCC package ships no opencc_dict tool or no TSPhrases.ocd2")
    out = tmp_path_factory.mktemp("opencc") / "TSPhrases.txt"
    env = dict(os.environ, LD_LIBRARY_PATH=str(CLIB / "lib64"))
    subprocess.run([str(tool), "-i", str(dictionary), "-o", str(out), "-f", "ocd2", "-t", "text"],
                   check=True, env=env, capture_output=True)
    keys = [line.split("\t", 1)[0] for line in out.read_text("utf-8").splitlines() if "\t" in line]
    assert len(keys) > 100  # the dictionary was read, not an empty file
    return keys


def test_every_phrase_that_t2s_changes_holds_a_gate_character(gate, phrases):
    missed = [p for p in phrases if _t2s().convert(p) != p and not gate.search(p)]
    assert not missed, f"phrases t2s changes with no gate character: {missed[:20]} (add one of each to _T2S_PHRASES)"


def test_the_phrase_characters_are_needed(gate, phrases):
    """Each shipped phrase character is the only gate character of some phrase t2s changes."""
    without = {c: t2s_gate(_T2S_PHRASES[1].replace(c, "")) for c in _T2S_PHRASES[1]}
    for c, smaller in without.items():
        assert any(_t2s().convert(p) != p and not smaller.search(p) for p in phrases), c


def test_every_character_t2s_changes_alone_is_in_the_gate(gate):
    codes = [c for c in range(1, 0x110000) if not 0xD800 <= c < 0xE000 and c != 0x0A]
    converted = _t2s().convert("\n".join(map(chr, codes))).split("\n")
    assert len(converted) == len(codes)
    missed = [hex(c) for c, out in zip(codes, converted) if out != chr(c) and not gate.search(chr(c))]
    assert not missed


def test_the_version_checked_is_the_one_installed():
    if opencc.__version__ != _T2S_PHRASES[0]:
        pytest.skip(f"OpenCC {opencc.__version__}: every text is converted until the tests above pass on it "
                    f"and _T2S_PHRASES names it")
    assert text_module._t2s_gate() is not None


def test_simplified_is_opencc_on_chat_phrases_and_random_text():
    rng = random.Random(3)
    pieces = ["深沈", "回覆", "打坏了", "明瞭", "甦醒", "英哩", "衹得", "藉口", "我们", "們", "髮", "乾隆", "天气不错",
              "😀", "，", "abc", "\U00020001", "\U0002A6A5", "ＡＢＣ", "加微信"]
    pool = [chr(0x4E00 + i) for i in range(0, 20_000, 3)]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(3_000)]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 30))) for _ in range(3_000)]
    for text in texts:
        assert simplified(text) == _t2s().convert(text), text


def test_a_text_with_nothing_to_convert_skips_opencc(monkeypatch):
    calls = []
    real = _t2s()
    gated = text_module._t2s_gate() is not None  # built before OpenCC is counted

    class Counting:
        def convert(self, text: str) -> str:
            calls.append(text)
            return real.convert(text)

    monkeypatch.setattr(text_module, "_t2s", lambda: Counting())
    monkeypatch.setattr(text_module, "_SIMPLIFIER", None)  # read again, with the counting converter
    monkeypatch.setattr(text_module, "_FORMS", text_module._FORMS)  # restored after, as _SIMPLIFIER is
    forms.cache_clear()
    assert forms("今天天气不错，大家早上好").folded == "今天天气不错,大家早上好"
    assert forms("回覆大家：明天見").folded == "回复大家:明天见"
    forms.cache_clear()
    assert calls == ["回覆大家:明天見"] if gated else len(calls) == 2


def test_every_phrase_converted_otherwise_than_by_character_holds_a_stop_character(phrases):
    """``bot.text.t2s_table`` (the C loop) converts a text character by character unless it holds one of
    ``_T2S_BY_CHARACTER``: right only if every dictionary phrase whose t2s is not its characters' own holds one."""
    from bot.text import _T2S_BY_CHARACTER

    stops = set(_T2S_BY_CHARACTER[1])
    own = lambda phrase: "".join(_t2s().convert(c) for c in phrase)  # noqa: E731
    missed = [p for p in phrases if _t2s().convert(p) != own(p) and stops.isdisjoint(p)]
    assert not missed, f"phrases t2s converts otherwise than by character, with no stop character: {missed[:20]}"
    if opencc.__version__ == _T2S_BY_CHARACTER[0]:
        assert text_module.t2s_table() is not None
