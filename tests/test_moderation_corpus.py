"""The moderation stage as shipped meets its targets on the corpus' test split and held-out techniques.

The same figures as ``make eval`` (corpus/eval_moderation.py): recall on ads overall, per
technique and on the held-out techniques; false positives on ham and on the hard kinds, as an
established member and as a newcomer; no ham removed. A rule or model change that loses
generalisation fails here, not only in a report. A technique with fewer than ``MIN_SAMPLE``
test examples is reported by ``make eval`` but not asserted: one message there moves its
recall by 9 points or more.
"""
from __future__ import annotations

from corpus import eval_moderation

MIN_SAMPLE = 20


def test_targets_on_the_test_split_and_held_out_techniques():
    test = eval_moderation.figures("test")
    assert test["ads"][2] > 300 and test["ham"][2] > 1000 and test["hard"][2] > 200  # the corpus is really there
    assert eval_moderation.figures("heldout")["ads"][2] > 300
    small = {t for t, (_, _, n) in test["techniques"].items() if n < MIN_SAMPLE}
    missed = [line for line in eval_moderation.check() if not any(f"technique {t} " in line for t in small)]
    assert missed == []
