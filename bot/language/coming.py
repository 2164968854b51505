"""How a party comes to the event, said beside its size: when it arrives ("下午三点到", "准时到", "可能晚到十分钟",
"一早就过去"), how ("开车去", "坐车过去") and the fee paid or to be paid ("钱微信转你了", "材料费现场给", "俺转了三十").

Such words presume the party comes, so a bare count beside them ("两位 钱微信转你了", "我们两个下午三点到") is the
party, as "两位" alone is under the event post (U23). ``cut`` takes them out of the words; what is left is read as usual.
"""
from __future__ import annotations

import re

_N = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_DAY = r"(?:周[一二三四五六日末天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|明天|今天|后天|明早)"
_PART_OF_DAY = r"(?:一早|一大早|早上|上午|中午|下午|晚上|傍晚)"
_HOUR = _N + r"点(?:半|钟|多|前|以前|之前|后|以后|之后|左右)?"
_HEDGE = r"(?:大概|可能|估计|应该|争取|尽量|保证|一定)"
_ARRIVE = r"(?:到|过去|过来|来|去|赶到|赶过去)"
_ARRIVE_FIRMLY = r"(?:准时|按时|准点|提前|早点|早些|早一点|一早就|一早)" + _ARRIVE
_LATE = (r"(?:会|要|得)?(?:晚|迟)(?:(?:到|来|点到|点来|一点到?|一会儿?到?|些到?)(?:" + _N + r"来?分钟)?|" + _N
         + r"来?分钟)(?:到|左右)?|迟到(?:" + _N + r"来?分钟|一会儿?|一点)?")  # not 晚 alone: "周五晚" is when
# When: a day, a part of it or an hour, then arriving ("下午三点到", "9点准时到", "十点前能到", "一早就过去").
_WHEN_ARRIVING = (r"(?:" + _DAY + r")?(?:的)?(?:" + _PART_OF_DAY + r")?(?:" + _HOUR + r")(?:就|才|能|可以|准时|按时|左右|前后)*"
                  + _ARRIVE + r"(?:得了)?|(?:" + _DAY + r")?(?:" + _PART_OF_DAY + r")?(?:就|能|可以|都)*" + _ARRIVE_FIRMLY)
# How: by car, bus or on foot ("开车去", "坐3路车过去", "自己坐车").
_HOW = r"(?:自己)?(?:开车|坐车|打车|骑车|坐公交|坐地铁|坐\d{1,3}路(?:车|公交)?)(?:去|来|过去|过来)?"
# The fee: sent or to be paid on the spot ("钱微信转你了", "材料费转给小王了", "费用到时候现场给", "俺转了三十", "60已转店长").
_MONEY = r"(?:钱|费用|材料费|报名费|活动费|餐费|门票钱|\d{1,4}(?:块钱?|元)?)"
_FEE = (r"(?:" + _MONEY + r")?(?:已经?|都|也)?(?:微信|支付宝)?(?:转|交|付)(?:了|过)?(?:给)?(?:你|您|店长|老板|小[\u4e00-\u9fff])?(?:了|过去了?|啦)?"
        r"(?:" + _N + r"[十百]?(?:块钱?|元)?)?|(?:" + _MONEY + r")?(?:到时候?|到时|当天)?(?:现场|过去|来了)(?:再)?(?:给|交|付)")
_REMARK = re.compile(r"(?:[我俺咱]们?|我家|俺家|我哋)?(?:就|也|都|会)*(?:" + _HEDGE + r")?(?:就|也|都|会)*(?:"
                     + "|".join((_WHEN_ARRIVING, _LATE, _HOW, _FEE)) + r")(?:哈|啊|呀|的|了|哦|噢|喔|呢|啦|嘛)*")
# A clause that says only when: "下午两点", "上午十点那批" is the rules' (U19); only the hour alone goes here.
_WHEN_ALONE = re.compile(r"(?:" + _DAY + r")?(?:的)?(?:" + _PART_OF_DAY + r")?" + _HOUR)
_CUT = re.compile(r"[，,。！!；;~～\s]+")
_CUE = re.compile(r"到|过去|过来|开车|坐|打车|骑车|转|交|付|现场|点|迟|晚")


def cut(words: str) -> str | None:
    """The words without the clauses that only say how the party comes (``_REMARK``), and without such a remark said at
    the end of the party's own clause ("我们两个下午三点到"); None when no such remark is said, or nothing is left."""
    if not _CUE.search(words):
        return None  # most messages: no word of arriving, travelling or paying
    kept, said = [], False
    for clause in (c for c in _CUT.split(words) if c):
        if _REMARK.fullmatch(clause) or _WHEN_ALONE.fullmatch(clause):
            said = said or bool(_REMARK.fullmatch(clause))
            continue
        tail = re.search(r"(?:" + _REMARK.pattern + r")$", clause)
        if tail and tail.start() > 0 and _REMARK.fullmatch(tail.group(0)) and _substantial(tail.group(0)):
            kept.append(clause[:tail.start()])
            said = True
            continue
        kept.append(clause)
    return "，".join(kept) if said and kept else None


_SUBSTANCE = re.compile(r"点|准时|按时|准点|提前|早|迟|晚|开车|坐|打车|骑车|转|交|付|现场")


def _substantial(remark: str) -> bool:
    """A remark that says more than going ("去", "来"): the rules read a bare going with the party themselves."""
    return bool(_SUBSTANCE.search(remark))
