"""Every template of the games renders with the variables its comment documents."""
from __future__ import annotations

from importlib import resources

import pytest
import yaml

from bot.templates import Renderer, shipped_templates

ENTRIES = [{"date": "11-23", "reason": "签到", "delta": "+5"}, {"date": "11-22", "reason": "参加抽奖：杯子", "delta": "-10"}]
SAMPLES: dict[str, list[dict]] = {
    "quiz_question": [dict(title="健康养生", question="每天吃盐不超过多少克？", options=["A. 5克", "B. 10克"], minutes=10, points=10),
                      dict(title="购物常识", question="投诉电话是？", options=[], minutes=5, points=0)],
    "quiz_won": [dict(name="小美", answer="A. 5克", explain="少吃盐。", points=10, balance=25),
                 dict(name="小美", answer="12315", explain="", points=10, balance=10)],
    "quiz_time_up": [dict(answer="A. 5克", explain="少吃盐。"), dict(answer="80", explain="")],
    "quiz_busy": [{}],
    "quiz_unknown_theme": [dict(theme="做饭", themes=["育儿知识", "健康养生"])],
    "quiz_disabled": [{}],
    "quiz_quiet": [dict(quiet="22:00-07:00")],
    "points_balance": [dict(balance=15, entries=ENTRIES, name="", where=""), dict(balance=0, entries=[], name="小美", where=""),
                       dict(balance=5, entries=[], name="", where="宝妈育儿群")],
    "points_adjusted": [dict(delta="+10", reason="晒单", members=[{"name": "小美", "balance": 15}, {"name": None, "balance": 3}])],
    "points_awarded": [dict(amount=10, reason="晒单", names=["小美", "波波"])],
    "points_usage": [dict(max=100000, problem=p) for p in ("member", "amount", "too_much")],
    "leaderboard": [dict(board=b, period=p, period_name=n, rows=rows)
                    for b in ("points", "signin", "activity") for p, n in (("week", "本周"), ("month", "本月"))
                    for rows in ([], [{"rank": 1, "name": "小美", "value": 3, "streak": 2}, {"rank": 2, "name": None, "value": 1, "streak": 1}])],
    "leaderboard_above": [dict(board=b, period_name=n) for b in ("积分", "签到", "活跃") for n in ("本周", "本月")],
    # (y34) her place beside the board; the points a sign-in gives; the open question shown again
    "quiz_none_today": [{}],
    "board_own_rank": [dict(rank=2, points=15, period_name="本周"), dict(rank=None, points=0, period_name="本月")],
    "signin_points_answer": [dict(base=5, bonus=1, most=10), dict(base=5, bonus=0, most=5)],
    "quiz_shown_again": [dict(question="每天吃盐不超过多少克？", options=["A. 5克", "B. 10克"], reveal="10:30"),
                         dict(question="猜一猜", options=[], reveal="10:30")],
    "lottery_opened": [dict(draw_id=1, prize="保温杯", winners=3, word="我要抽奖", deadline="11月23日 20:00", cost=c, seed_hash="ab" * 32)
                       for c in (0, 10)],
    "lottery_entered": [dict(cost=0, balance=5), dict(cost=5, balance=0)],
    "lottery_already": [{}],
    "lottery_none_recent": [dict(where="宝妈育儿群"), dict(where="宝妈育儿群、潮人群")],  # (m34) asked privately
    "lottery_not_enough_points": [dict(cost=10, balance=3)],
    "lottery_busy": [{}],
    "lottery_word_hint": [dict(word="我要电饭煲")],
    "lottery_usage": [dict(problem=p, max_winners=100, max_cost=100000) for p in ("prize", "deadline", "winners", "cost", "word")],
    "signin_makeup_done": [dict(status="done", cost=10, balance=5, streak=3, signed_today=t, per_month=2) for t in (True, False)],
    "signin_makeup_not_needed": [dict(status="not_needed", cost=10, balance=0, streak=0, signed_today=False, per_month=2)],
    "signin_makeup_limit": [dict(status="limit", cost=10, balance=0, streak=0, signed_today=False, per_month=2)],
    "signin_makeup_poor": [dict(status="poor", cost=10, balance=3, streak=0, signed_today=False, per_month=2)],
    "signin_makeup_rule": [dict(cost=c, per_month=2, grace_days=g) for c in (0, 10) for g in (0, 1)],
    "lottery_result": [dict(draw_id=1, prize="杯子", entrants=n, seed="cd" * 32, seed_hash="ab" * 32, winners=w,
                            entrant_names=names, entrants_hash="ef" * 32)
                       for n, w, names in ((0, [], []), (5, [{"name": "小美"}, {"name": None}], ["小美", None, "波波"]))],
    # s33: the games' status asked in the group
    "lottery_when": [dict(draw_id=1, prize="杯子", deadline="11月23日 20:00", word="我要抽奖", entered=e) for e in (True, False)],
    "lottery_not_drawn": [dict(draw_id=1, prize="杯子", deadline="11月23日 20:00", word="我要抽奖", entered=e) for e in (True, False)],
    "lottery_drawn": [dict(draw_id=1, prize="杯子", deadline="11月23日 20:00", word="我要抽奖", entered=False, winners=w)
                      for w in ([], ["小美", None])],
    "lottery_my_result": [dict(draw_id=1, prize="杯子", deadline="11月23日 20:00", word="我要抽奖", entered=e, won=w,
                               where="宝妈育儿群") for e, w in ((True, True), (True, False), (False, False))],
    "quiz_status": [dict(status=s, mine=m, points=p, winner=n, answer="B. 6个月", asked=a, reveal="10:30")
                    for a in ("mine", "who", "answer") for s, m, p, n in (("open", False, 10, None), ("won", True, 10, "小美"), ("won", True, 0, "小美"),
                                       ("won", False, 10, "小美"), ("won", False, 10, None), ("expired", False, 10, None))],
    "points_not_others": [{}],
    "points_balance_staff": [dict(balance=15, entries=ENTRIES, name="小美", group_name="宝妈育儿群"),
                             dict(balance=0, entries=[], name="已退群成员", group_name="宝妈育儿群")],
}
FILES = ("quiz.yaml", "points.yaml", "lottery.yaml")


def _keys(name: str) -> list[str]:
    text = resources.files("bot.content").joinpath("templates", name).read_text("utf-8")
    return list(yaml.safe_load(text))


def test_every_games_template_has_samples():
    keys = [k for f in FILES for k in _keys(f)] + [k for k in _keys("signin.yaml") if k.startswith("signin_makeup")]
    assert sorted(keys) == sorted(SAMPLES)


@pytest.mark.parametrize("key", sorted(SAMPLES))
def test_template_renders(key):
    renderer = Renderer(shipped_templates())
    for values in SAMPLES[key]:
        text = renderer.render(key, **values)
        assert text and "None" not in text and "{{" not in text and "{%" not in text
