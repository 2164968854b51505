"""corpus.tools.copied finds corpus texts pasted into code, and only whole quoted texts."""
from corpus.tools.copied import candidates, corpus_texts


def test_quoted_strings_and_comments_are_the_candidates():
    line = 'check("我要两份谢谢大家", \'第二个\')  # 说明文字在这里'
    assert candidates(line) == ["我要两份谢谢大家", "第二个", "说明文字在这里"]
    assert candidates("x = 1") == []


def test_every_corpus_text_of_the_minimum_length_is_known_with_its_split():
    texts = corpus_texts(8)
    assert texts and all(len(t) >= 8 for t in texts)
    assert {where.rsplit(" ", 1)[1] for where in texts.values()} >= {"(train)", "(dev)", "(test)", "(heldout)"}
