"""Review r13: regressions fixed in the C13 folds and clauses."""
from bot.language import order_changes, signup_changes


def test_cantonese_cannot_come_after_lai_fold():
    assert signup_changes.read_cancel("周六我嚟唔到了") is not None


def test_neutral_clause_says_nothing_of_the_order():
    assert order_changes._neutral("阿妹你好")
    assert order_changes._neutral("我是五号楼的李姨")
    assert order_changes._neutral("不改了")
    assert not order_changes._neutral("您好不要了")
    assert not order_changes._neutral("我是要两袋")
