"""o30: the orders group counts its silent real ones (neither acted on nor asked), as ``corpus.tools.score_file`` prints."""
import corpus
from corpus.eval_intents import score


def _record(text: str, **labels) -> corpus.Record:
    return corpus.Record(text, labels, "made-up.jsonl:1", "train")


def test_a_real_order_read_as_nothing_is_counted_silent_and_an_acted_one_is_not():
    records = [
        _record("给我来两份", intent="order", quantity=2),  # acted on
        _record("今天的晚霞好看极了", intent="order", quantity=2),  # labelled an order here only to be read as nothing
        _record("今天的晚霞好看极了呀", intent="none"),  # chat is never silent
    ]
    orders = score(records)["orders"]
    assert orders.gold == 2
    assert orders.silent == 1
    assert orders.right + orders.asked + orders.silent + (orders.acted - orders.right - orders.chat_acted) == orders.gold


def test_score_file_prints_the_silent_count(tmp_path, capsys):
    from corpus.tools import score_file

    rows = [{"text": "给我来两份", "intent": "order", "quantity": 2, "family": "x"},
            {"text": "今天的晚霞好看极了", "intent": "order", "quantity": 2, "family": "x"}]
    score_file.score_intents(rows, False)
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("orders"))
    assert "silent 1" in line


def test_several_files_are_scored_as_one_pool(tmp_path, capsys):
    from corpus.tools import score_file

    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text('{"text": "给我来两份", "intent": "order", "quantity": 2, "family": "x"}\n', encoding="utf-8")
    second.write_text('{"text": "麻烦帮我留三份", "intent": "order", "quantity": 3, "family": "y"}\n', encoding="utf-8")
    score_file.main([str(first), str(second)])
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("orders"))
    assert "gold    2" in line
