"""Chat that looks like a sign-up and is none (issue 18, p9): the staff speaking to those who go, what the event holds,
the staff's receipt, someone else's sign-up told. Phrasings are the tests' own, not the corpus's."""
import pytest

from bot.chain.text import signup_reading

NOT_SIGNUPS = [
    "参加采摘的家人们请穿运动鞋", "报名讲座的请注意 明天八点半签到", "报了名的朋友记得周六八点集合",  # to those who go
    "讲座一次只能进三十个人", "听说隔壁小区的烘焙课 一家只能报两个人",  # what the event holds
    "好的 帮您登记了 张阿姨一家三口", "好的 给您记上了 刘姐2位",  # the staff's receipt
    "已报名烘焙课的家长，请给孩子带上围裙", "目前报名：王阿姨2、小刘1，共3人",
    "已记录，两大一小，周日见", "老公 你周六陪孩子去讲座", "我同事报了插花课 说带她女儿两个人去", "隔壁王姐报了烘焙 她们家三口", "我闺蜜早就报了 一家四口",  # someone else's, told
]


@pytest.mark.parametrize("text", NOT_SIGNUPS)
def test_no_signup(text):
    reading = signup_reading(text)
    assert reading is None or not reading.sure


SIGNUPS = [("王姐报了 我也报一个", 1), ("我和老公报名 两个人", 2), ("报名 两大一小", 3), ("帮我爸报个名 就他一个", 1),
           ("讲座算我一个 谢谢店长", 1), ("采摘我们一家三口", 3), ("报名人数：三人", 3), ("参加，总共4位", 4)]


@pytest.mark.parametrize("text, party", SIGNUPS)
def test_still_signups(text, party):
    reading = signup_reading(text)
    assert reading is not None and reading.sure and reading.amount == party
