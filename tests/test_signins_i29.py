"""Issue 18, i29: her day told first, then her act now (docs/language.md, i29). The reading that took the act from where
it starts after a stretch of her day (``HER_DAY_BEFORE_THE_ACT``) was built, measured, left off, mended by its review and
removed in m30: on m30's confirming files sign-in recall rose 0.4 points, under the bar of +1.0. What stays here is the
shipped reader's side: the look-alikes around her day stay silent.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from tests.test_signins_i13 import signs_in


# Look-alikes: a story with the trigger before, another day or a later hour, a habit, someone else, the group told to
# sign in, a question, a reason she cannot, a clinic's or a meeting's sign-in, a café's or a trip's 打卡 — each with a
# stretch of the day before the act, the shape the mechanism reads.
@pytest.mark.parametrize("text", [
    # the group reminded or asked
    "今天降温了外面风好大你们出门多穿点记得来签个到",
    "大家都吃了没记得来签个到",
    "大家吃了没你们谁还没签到快点签个到",
    "早上六点起来扫了院子喂了鸡要不要先签个到呢",
    # another day, a later hour, a habit
    "昨天早上我去菜市场买了两斤排骨回来累得不行我来签个到都忘了",
    "昨天还没签到今天先签个到",
    "早上起来下楼买了根油条豆浆吃了以后每天我都先签个到再干活",
    "今天早上起来头晕得很量了个血压一百六吃了药躺了一会儿再签个到",
    "前两天感冒了一直躺着今天好点了我来签个到补一下前两天的",
    # someone else does it, or is taught, told, asked
    "孙女上大学放假回来了一家人热热闹闹的吃了饭她来签个到",
    "早上在公园碰到一个老姐妹她教我先签个到再点积分",
    "早上起来喝了碗粥老伴在阳台上浇花签个到",
    "我们楼下的李大爷每天早上起来扫完楼道签个到",
    "今天早上起来咳嗽得厉害喝了杯热水你们谁帮我签个到",
    "老伴今天还没签到呢快签个到",
    "孩子还没签到先签个到再说",
    "我妈还没签到你先签个到",
    "早上好啊大家都吃了没俺妈签到了",
    # talk about signing in, her trouble with it
    "我们小区今天停水了一早上都没水洗脸刷牙都不行我来签个到有没有积分",
    "今天早上在公园里跳了一个钟头的舞回来累得腿都软了签个到的力气都没有",
    "早上五点就起来了睡不着翻来覆去的签个到有什么用",
    "今天早上起来好冷啊外面结冰了不知道怎么签个到",
    "今天早上起来太忙了一直在厨房转忘了签个到",
    "我早上起来咳嗽了半天喝了杯热水才想起来要签个到",
    # another place's sign-in or 打卡
    "早上排队挂号排了一个钟头护士说先签个到再候诊",
    "咖啡店新开的拿铁不错我来打个卡",
    "今天去了植物园我来打个卡",
    "健身房练完腿我先打个卡",
])
def test_look_alikes_around_her_day_stay_silent(text):
    assert not signs_in(text)


# Found while probing i29: the soft break before "先/我来 签个到" (``_STARTING_THE_ACT``) read these look-alikes as her act
# today, whatever the words before it said — someone else's habit, a later hour, the group called, a teacher's words. The
# review's mend (``signins._cut_off_puts_off``) lets the words cut off still veto the act; they stay silent. One is left:
# someone of hers named before an act with no word of habit, later or rule ("我儿媳妇…吃完先签个到然后去上班了") reads as
# "孩子上学走了先签个到" does, her day then her act — a strict xfail.
SOFT_BREAK_LEFT = pytest.mark.xfail(strict=True, reason="someone of hers named, then an act with no 我: read as her day then her act (left)")


@pytest.mark.parametrize("text", [
    "我那个老同学退休以后天天跳广场舞早上起来先签个到再出门",
    "我家隔壁的张大妈每天早上五点起来遛狗回来就在群里先签个到",
    "今天早上送孙子上学路上碰到老李他说他先签个到再去买菜",
    pytest.param("我儿媳妇早上起来做了早饭吃完先签个到然后去上班了", marks=SOFT_BREAK_LEFT),
    "我婆婆每天早上起来先签个到再做饭",
    "一会儿送完孙子我再来签个到",
    "下午有空我来签到",
    "刚刚在厨房炖了一锅汤等汤好了我来签个到",
    "家人们早上好大家赶紧签个到哦",
    "老师说上课前先签个到",
])
def test_the_soft_break_s_look_alikes_stay_silent(text):
    assert not signs_in(text)


# Found by m30 while probing the place and person checks: the shipped reader (the soft break before "先/我来 签个到" and the
# act after her words) signs in a place's own sign-in once she has arrived there, and someone else's act named by an open
# person word — 26 of m30's 40 look-alikes. No working train/dev line of the shape was counted in 6 files, so nothing was
# built; they are held here as strict xfails (main's behaviour) for a later pass.
PLACE_OR_PERSON_LEFT = pytest.mark.xfail(strict=True, reason="m30: a place arrived at, or an open person word, before the act (left)")


@PLACE_OR_PERSON_LEFT
@pytest.mark.parametrize("text", [
    "到了酒店前台我签个到",
    "到了社区活动中心我签个到",
    "刚到机场柜台这会儿签个到",
    "到了培训班我签个到",
    "楼下王大爷遛完狗签个到",
    "我们小区保安巡逻完这会儿签个到",
    "对门的刘婶买完菜现在签到",
    "外甥女考完试签个到",
])
def test_a_place_arrived_at_or_someone_named_stays_silent(text):
    assert not signs_in(text)
