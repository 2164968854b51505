"""bot.pinyin.spelled: letters typed as pinyin, split into whole syllables, cached across calls."""
from bot.pinyin import MAX_LETTERS, sounds, spelled, syllables


def test_spelled_reads_whole_syllables_longest_first():
    assert sounds(spelled("qiandao")) == sounds("签到")
    assert sounds(spelled("daka")) == sounds("打卡")
    assert len(spelled("xian")) == 1  # one syllable, not "xi an"
    assert sounds(spelled("xian")) == sounds("先")
    assert len(spelled("xianzai")) == 2


def test_spelled_refuses_letters_that_are_not_syllables():
    assert spelled("ok") is None
    assert spelled("qd") is None
    assert spelled("") is None


def test_spelled_refuses_a_run_longer_than_max_letters():
    run = "qiandao" * (MAX_LETTERS // 7)
    assert len(run) <= MAX_LETTERS and spelled(run) is not None
    longer = run + "qiandao"
    assert len(longer) > MAX_LETTERS
    assert spelled(longer) is None and syllables(longer) is None


def test_spelled_is_one_cache_across_calls():
    spelled.cache_clear()
    spelled("zaoshanghao")
    spelled("zaoshanghao")
    info = spelled.cache_info()
    assert (info.hits, info.misses) == (1, 1)
