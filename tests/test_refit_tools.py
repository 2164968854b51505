"""The tools that weigh a refit of the learned intent models against the shipped fit."""
import json
from pathlib import Path

import pytest

from bot.language import intent_model, order_quantity, party_ranker
from corpus.tools import leave_file_out, refit_diff


def test_the_three_files_of_a_refit_are_named_as_train_writes_them():
    paths = refit_diff.fitted_paths("/tmp/x/model.json")
    assert paths == {"intent": Path("/tmp/x/model.json"), "quantity": Path("/tmp/x/model_quantity.json"),
                     "party": Path("/tmp/x/model_party.json")}


def test_only_the_named_models_are_swapped(monkeypatch):
    for module in (intent_model, order_quantity, party_ranker):
        monkeypatch.setattr(module, "SHIPPED", module.SHIPPED)
    shipped_party = party_ranker.SHIPPED
    paths = refit_diff.fitted_paths("/tmp/x/model.json")
    refit_diff.use({kind: paths[kind] for kind in ("intent", "quantity")})
    assert intent_model.SHIPPED == paths["intent"] and order_quantity.SHIPPED == paths["quantity"]
    assert party_ranker.SHIPPED == shipped_party


def _line(where: str, got: str, source: str, text: str) -> str:
    return f"{where:9} gold order 2  got {got}  {source}  {text!r}"


def test_a_line_is_mended_broken_or_read_otherwise(capsys):
    before = {"groupbuy a:1": _line("groupbuy", "none 0", "a:1", "来两盒吧"),
              "groupbuy a:2": _line("groupbuy", "order? 2", "a:2", "给我留两份哈"),
              "activity a:3": _line("activity", "signup 3", "a:3", "我们仨都去")}
    after = {"groupbuy a:2": _line("groupbuy", "order 3", "a:2", "给我留两份哈"),
             "activity a:3": before["activity a:3"],
             "groupbuy a:4": _line("groupbuy", "order 1", "a:4", "今天的菜不错")}
    refit_diff.compare(before, after)
    out = capsys.readouterr().out
    assert "mended (1):\n  groupbuy  gold order 2  got none 0  a:1" in out
    assert "broken (1):\n  groupbuy  gold order 2  got order 1  a:4" in out
    assert "still wrong, read otherwise (1)" in out and "now order 3" in out
    assert out.strip().endswith("failures 3 -> 3: 1 mended, 1 broken, 1 moved")


def test_a_failure_is_keyed_by_the_view_and_the_line():
    line = _line("activity", "signup? 2", "corpus/intents/x.jsonl:12", "我俩  都去")
    assert refit_diff.key(line) == "activity corpus/intents/x.jsonl:12"


def test_a_fold_of_shipped_models_fits_nothing(monkeypatch):
    monkeypatch.setattr(leave_file_out, "_SHIPPED", {"intent", "party"})
    monkeypatch.setattr(intent_model, "shipped", lambda: "shipped intent")
    monkeypatch.setattr(party_ranker, "shipped", lambda: "shipped party")
    assert leave_file_out._intent_model("any", [], None) == "shipped intent"
    assert leave_file_out._party_ranker("any", [], None) == "shipped party"


def test_a_folds_sign_ups_are_read_with_its_own_party_ranker(monkeypatch):
    # L32: the partner's party check (intent_model._party_checked) reads party_ranker.shipped(): during a fold, the fold's
    seen = []
    monkeypatch.setattr(party_ranker, "shipped", lambda: "shipped party")
    monkeypatch.setattr(leave_file_out, "_intent_model", lambda name, train, cache: "fold intent")
    monkeypatch.setattr(leave_file_out, "_party_ranker", lambda name, train, cache: "fold party")
    monkeypatch.setattr(leave_file_out, "_signup_rows_read", lambda *args: seen.append(party_ranker.shipped()) or [])
    assert leave_file_out.signup_rows(["a"], [], "a", None) == []
    assert seen == ["fold party"] and party_ranker.shipped() == "shipped party"  # put back after the fold


def test_a_fold_is_named_by_its_file_or_by_its_files():
    folds = [["corpus/intents/a.jsonl"], ["corpus/intents/b.jsonl", "corpus/intents/c.jsonl"]]
    assert leave_file_out.fold_name(0, folds) == "a"
    assert leave_file_out.fold_name(1, folds).startswith("files-1-of-2-")


def test_an_unknown_shipped_model_is_refused():
    with pytest.raises(SystemExit):
        leave_file_out.main(["--shipped", "signin"])


def test_a_groups_figure_reads_as_the_eval_prints_it():
    assert refit_diff.figure([200, 100, 98, 5, 1, 0]) == (" 49.0% / 98.00% (right 98, wrong 2, asked 5, chat asked 1, "
                                                          "chat acted 0)")


def test_two_saved_sides_are_compared(tmp_path, capsys):
    line = _line("groupbuy", "none 0", "a:1", "来两盒吧")
    counts = {"dev": {"orders": [10, 9, 9, 0, 0, 0]}}
    (tmp_path / "before.json").write_text(json.dumps({"failures": {refit_diff.key(line): line}, "figures": counts}))
    (tmp_path / "after.json").write_text(json.dumps({"failures": {}, "figures": counts}))
    refit_diff.main(["--compare", str(tmp_path / "before.json"), str(tmp_path / "after.json")])
    out = capsys.readouterr().out
    assert "failures 1 -> 0: 1 mended, 0 broken, 0 moved" in out and out.count("dev   orders") == 1
