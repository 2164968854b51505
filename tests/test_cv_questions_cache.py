"""Review of q27: cv_questions' --cache is keyed by the lines it was fitted on."""
from unittest import mock

from corpus.tools import cv_questions


class _Rec(dict):
    def __init__(self, text, intent):
        super().__init__(intent=intent)
        self.text = text


def test_cache_refits_for_other_lines(tmp_path):
    cache = str(tmp_path / "fit.pkl")
    one = [_Rec("小区门口的路灯坏了吗", "question"), _Rec("今天风好大", "none")]
    other = [_Rec("柿饼有没有核", "question"), _Rec("我到家了", "none")]
    with mock.patch.object(cv_questions.training, "fit", side_effect=lambda rows: ("score", len(rows), rows[0][0])), \
            mock.patch.object(cv_questions.training, "fit_topics", side_effect=lambda rows: ("topics", len(rows))):
        first = cv_questions.fitted(one, cache)
        assert cv_questions.fitted(one, cache) == first  # the same lines: read from the cache
        assert cv_questions.training.fit.call_count == 1
        second = cv_questions.fitted(other, cache)
        assert second != first and cv_questions.training.fit.call_count == 2  # other lines: refitted, not read
