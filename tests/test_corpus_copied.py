"""corpus.tools.copied finds corpus texts pasted into code, and only whole quoted texts."""
from pathlib import Path

from corpus.tools.copied import _SOURCES, candidates, corpus_texts


def test_quoted_strings_and_comments_are_the_candidates():
    line = 'check("我要两份谢谢大家", \'第二个\')  # 说明文字在这里'
    assert candidates(line) == ["我要两份谢谢大家", "第二个", "说明文字在这里"]
    assert candidates("x = 1") == []


def test_every_corpus_text_of_the_minimum_length_is_known_with_its_split():
    texts = corpus_texts(8)
    assert texts and all(len(t) >= 8 for t in texts)
    assert {where.rsplit(" ", 1)[1] for where in texts.values()} >= {"(train)", "(dev)", "(test)", "(heldout)"}


MEASURED = ("(test)", "(heldout)", "(unseen)")


def test_no_measured_corpus_text_sits_in_code_tests_or_docs():
    """A test, held-out or unseen corpus text in bot/, tests/ or docs/ is a line the code was tuned on: it spoils the
    measure of its split. Train and dev texts are not checked here (``python -m corpus.tools.copied`` lists them)."""
    root = Path(__file__).resolve().parents[1]
    measured = {text: where for text, where in corpus_texts(8).items() if where.endswith(MEASURED)}
    found = []
    for top in ("bot", "tests", "docs"):
        for path in sorted((root / top).rglob("*")):
            if not path.is_file() or path.suffix not in _SOURCES or "corpus" in path.relative_to(root).parts:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                found += [f"{path.relative_to(root)}:{number}: {text!r} is {measured[text]}"
                          for text in candidates(line) if text in measured]
    assert not found, (
        "corpus texts of a measured split (test, heldout, unseen) sit in code, tests or docs:\n  " + "\n  ".join(found)
        + "\nReplace each by a sentence of your own with the same shape and the same expected reading (check it with "
        "`python -m corpus.tools.copied FILE`); if the reader fails on your sentence, keep it as a strict xfail. "
        "If a new corpus batch holds by chance a sentence a test already used, rewrite the test's sentence or the new "
        "corpus line.")
