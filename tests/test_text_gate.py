"""A gated pattern (bot.text_gate) answers exactly as the pattern itself: it only skips texts that hold none of
the characters every match needs. Checked on the question reader's own patterns, over the corpus' train and dev
lines and generated text made of the patterns' own characters (so that most of them do match somewhere)."""
from __future__ import annotations

import random
import re

import pytest

import corpus
from bot.questions import asking, faq, spoken
from bot.text_gate import Gated, gated, necessary_characters


@pytest.mark.parametrize("pattern, expected", [
    ("吗|么", "吗么"),
    ("(?:能|可以|会)[^,]{0,3}[不没]", "不没"),  # the smallest set a match needs: one of 不 or 没
    ("请问|问一下|打听", "请问打"),  # one character of each alternative
    ("x+y?", "x"),
    ("(?<!不)(.)[不没]\\1", "不没"),  # a look-behind and a back-reference need nothing of their own
    ("a|b.", "ab"),
    ("[a-c]z?", "abc"),
])
def test_the_characters_a_match_needs(pattern, expected):
    assert necessary_characters(re.compile(pattern)) == frozenset(expected)


@pytest.mark.parametrize("pattern", ["a*", ".", "a|.", "[^a]", "\\w+", "(?i)ab", "a?|b", "(?:x|)", "^$", "[\u4e00-\u9fff]"])
def test_no_gate_where_a_match_may_need_nothing_known(pattern):
    assert necessary_characters(re.compile(pattern)) is None
    assert not isinstance(gated(re.compile(pattern)), Gated)


def _gated_patterns() -> list[Gated]:
    found = [v for module in (asking, faq) for v in vars(module).values() if isinstance(v, Gated)]
    found += [pattern for _, pattern in asking._SIGNALS if isinstance(pattern, Gated)]
    rewriter = spoken._rewriter()[0]
    return found + ([rewriter] if isinstance(rewriter, Gated) else [])


def test_the_question_reader_gates_its_costly_patterns():
    names = {g.pattern for g in _gated_patterns()}
    assert {asking._FORM.pattern, asking._TAIL.pattern, faq._TRAILING.pattern} <= names


def _texts() -> list[str]:
    texts = [r.text for area in ("intents", "moderation") for split in ("train", "dev") for r in corpus.load(area, split)]
    rng = random.Random(5)
    pieces = "".join(sorted({c for g in _gated_patterns() for c in g.pattern if ord(c) > 0x2e80}))
    filler = "的一了是我不在人们有来他这上着个地到大里说就去子得也和那要下看天时过出小么起你都把好还多没为又可家学只以主会样年想能生同老中十从自面前头道它后然走很像见两用她国动进成回什边作对开而己些现山民候经发工向事命给长水几义三声于高正妈手知理眼志点心战二问但身方实吃做叫当住听革打呢真党全才四已所敌之最光产情路分总条白话东席次亲如被花口放儿常西气五第使写军吧文运再果怎定许快明行因别飞外树物活部门无往船望新带队先力完间却站代员机更九您每风级跟笑啊孩万少直意夜比阶连车重便斗马哪化太指变社似士者干石满日决百原拿群究各六本思解立河爸村八难早论吗根共让相研今其书坐接应关信觉步反处记将千找争领或师结块跑谁草越字加脚紧爱等习阵怕月青半火法题建赶位唱海七女任件感准张团屋离色脸片科倒睛利世刚且由送切星导晚表够整认响雪流未场该并底深刻平伟忙提确近亮轻讲农古黑告界拉名呀土清阳照办史改历转画造嘴此治北必服雨穿内识验传业菜爬睡兴形量咱观苦体众通冲合破友度术饭公旁房极南枪读沙岁线野坚空收算至政城劳落钱特围弟胜教热展包歌类渐强数乡呼性音答哥际旧神座章帮啦受系令跳非何牛取入岸敢掉忽种装顶急林停息句区衣般报叶压慢叔背细"
    for _ in range(3000):
        texts.append("".join(rng.choice(pieces) if rng.random() < 0.3 else rng.choice(filler)
                             for _ in range(rng.randint(1, 30))))
    return texts


def test_a_gated_pattern_answers_as_the_pattern_itself():
    texts = _texts()
    checked = matched = 0
    for g in _gated_patterns():
        raw = g.pattern_object
        for text in texts:
            want = raw.search(text)
            got = g.search(text)
            assert (got and got.span()) == (want and want.span()), (raw.pattern[:40], text)
            checked += 1
            if want is None:  # no match anywhere: the pattern's sub leaves the text as it is, match and fullmatch find none
                assert g.sub("#", text) == text and g.match(text) is None and g.fullmatch(text) is None
                continue
            matched += 1
            assert g.sub("#", text) == raw.sub("#", text)
            assert bool(g.match(text)) == bool(raw.match(text)) and bool(g.fullmatch(text)) == bool(raw.fullmatch(text))
    assert matched > checked // 20  # the generated text does match: the gates were put to the test


def test_the_command_gate_knows_every_character_that_reads_as_a_slash():
    """parse_command skips a text without these: any other character's NFKC and case folding hold no "/"."""
    import sys
    import unicodedata

    from bot.commands import SLASHES, parse_command

    reads_as_slash = {chr(c) for c in range(sys.maxunicode + 1)
                      if "/" in unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", chr(c)).casefold())}
    assert reads_as_slash == set(SLASHES)
    assert parse_command("／帮助") == parse_command("/帮助") is not None
    assert parse_command("@群助手 /help") is not None and parse_command("帮助") is None
