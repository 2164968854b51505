"""The moderation stage as shipped on the corpus' test split and held-out techniques: no regression.

``make eval`` (corpus/eval_moderation.py) prints the figures and the issue's targets missed. Not
all are met yet on the final corpus (every technique 90%): those are asserted here at the level measured when the model was last
trained (FLOORS), so a change that loses ground fails; the targets that are met are asserted as
targets (false positives as member and newcomer, hard ham, no ham removed). Raise FLOORS to the
targets as the model improves.
"""
from __future__ import annotations

from corpus import eval_moderation

TARGETS = eval_moderation.TARGETS
# Retrained on tenth.jsonl's train lines (issue 17, tenth pass), the test split meets the recall and per-technique
# targets (measured 97.2% / 97.2%, lowest technique question_bait 90.1%, 64 of 71): asserted as targets. Held out:
# measured 95.5% (the target is 85%), kept as a floor.
# The second moderation/eleventh.jsonl (fresh, code-blind, scored before it was merged) grew the split; the score
# retrained on its train lines (what make train reproduces) reads recall 97.1% / 97.2%, held out 95.8%, but
# testimonial 88.4% (84 of 95; the model fitted before it read 91.6% on the same grown split): that one floor lowered.
# moderation/thirteenth.jsonl (code-blind; read before merging at 91.8% of its ads, testimonial 90.0%, long_friendly
# 73.3%, ham 0.17% / 0.33%) grew the split; refitted on its train lines: recall 97.1% / 97.1%, every technique >= 90%
# (testimonial 91.3%): asserted as the target. Its 101 long_friendly ads are held out: 94.8% (long_friendly 89.6%).
# moderation/fourteenth.jsonl (351 ads / 350 ham, code-blind, kept unseen until the end: read before merging at
# 90.6%, long_friendly 75.0%, ham 0.86%) grew the splits; refitted: test 97.5%, testimonial 92.2%, FP 0.12% / 0.28%,
# held out 94.3% (its 60 long_friendly ads held out: 88.5%).
# moderation/fifteenth.jsonl (code-blind training batch; read before use at 87.8% of its ads, testimonial 88.8%,
# long_friendly 70.7%) grew the splits: its 150 long_friendly ads are held out, so held out reads 92.4% (long_friendly
# 85.2%); refitted: test 97.5%, testimonial 94.3%, FP 0.15% / 0.26%, hard 0.36% / 0.54%.
# moderation/seventeenth.jsonl (code-blind training batch, no held-out technique; read before use at 91.8%) grew the
# splits; refitted (n-grams under 0.06 dropped: 1.96 MB): test 97.3%, testimonial 93.6%, FP 0.11% / 0.26%, hard
# 0.26% / 0.60%, held out 93.1% (long_friendly 86.8%).
# moderation/sixteenth.jsonl (fresh, code-blind, kept unseen until the end: 94.5% of its ads at the session's start,
# 95.1% at its end) grew the splits; refitted (n-grams under 0.07 dropped: 1.95 MB): test 97.2% / 97.3%, testimonial
# 93.8%, FP 0.18% / 0.32% (newcomer over the 0.3% target by one message), held out 92.3%.
# moderation/eighteenth.jsonl (code-blind training batch; read before use at 96.3% of its ads, long_friendly 80.6%,
# 3 / 6 of 521 ham flagged) grew the splits; refitted (n-grams under 0.075 dropped: 1.98 MB): test 97.5% / 97.6%,
# testimonial 94.6%, FP 0.14% / 0.28%: the newcomer target met again, and asserted.
# The ads rule's "私聊我" counted once (a hint and an ad word were one phrase's 2 points) and a newcomer's decisive point
# only where the model does not lean to chat (issue 17, m7): FP 0.18% / 0.18%, the newcomer target met again. Run-on
# sentences read as runs of clauses and a contact's vetoed points read by the part around it (same model): test
# 97.3% / 97.3%, testimonial 94.3%, FP unchanged, held out 92.3% -> 94.0% (long_friendly 85.2% -> 88.9%): floor raised.
# moderation/twentieth.jsonl (code-blind training batch, hard ham built to share the ads' surface; main's model on the
# grown splits: test 97.5%, lowest technique testimonial 95.0%, FP 0.20% / 0.20%, held out 93.9%, long_friendly 88.8%)
# refitted with a long text's cue families weighing its n-grams' share (cue_share; n-grams under 0.11 dropped: 1.91 MB):
# test 97.6% / 97.6%, lowest emoji_words 94.9%, FP 0.17% / 0.17%, hard 0.30%, held out 94.3% (long_friendly 89.7%).
# moderation/thirtyfirst.jsonl (code-blind training batch, 2026's kinds; read before use at 96.2%) grew the splits and
# twentyfifth joined the fit (M14, L2 2e-4): dev 2,512 -> 2,519 of 2,572 ads, FP 10 -> 10; the grown test split reads
# 96.99% as a member's, one ad under the 97% target (2,543 of 2,622): the recall floor sits at what was measured.
# thirtythird (new-number scams, V/X/W look-alikes from other scripts) grew the split to 96.76%; M15's rules and refit
# read 97.2% as a member's and a newcomer's, held out 93.8%: the floor is issue 17's target again.
FLOORS = {"recall": TARGETS["recall"], "heldout": 0.935, "technique": TARGETS["technique"]}


def test_no_regression_on_the_test_split_and_held_out_techniques():
    test, held = eval_moderation.figures("test"), eval_moderation.figures("heldout")
    assert test["ads"][2] > 300 and test["ham"][2] > 1000 and test["hard"][2] > 200  # the corpus is really there
    assert min(test["ads"][:2]) >= FLOORS["recall"]
    assert min(held["ads"][:2]) >= FLOORS["heldout"]
    assert min(v[i] for v in test["techniques"].values() for i in (0, 1)) >= FLOORS["technique"]
    assert max(test["ham"][:2]) <= TARGETS["fp"]
    assert max(test["hard"][:2]) <= TARGETS["hard_fp"]
    assert test["removals"] == 0
