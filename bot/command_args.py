"""Staff commands written as words and labelled values: "亲子烘焙 周六14:00 名额20 截止周五20:00"."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Labelled:
    head: str  # the words before the first label
    values: dict[str, str]  # field -> value, by the labels' meaning
    labels: dict[str, str]  # field -> the label as typed ("自提点" or "自提")
    separated: dict[str, bool]  # field -> a ":"/"=" came after the label


def split_labelled(args: str, labels: dict[str, str]) -> Labelled:
    """Split at labels (``labels``: label word -> field) that start a word: "名额20", "截止：周五 20:00".

    A label must follow a space (the first word is never one), so a title such as 时间管理讲座 is never cut.
    """
    pattern = re.compile(r"(?<=\s)(%s)\s*([:：=]?)\s*" % "|".join(map(re.escape, sorted(labels, key=len, reverse=True))))
    text = args.strip()
    found = list(pattern.finditer(text))
    head = text[:found[0].start()] if found else text
    values, typed, separated = {}, {}, {}
    for i, match in enumerate(found):
        field = labels[match.group(1)]
        values[field] = text[match.end():(found[i + 1].start() if i + 1 < len(found) else len(text))].strip()
        typed[field], separated[field] = match.group(1), bool(match.group(2))
    return Labelled(head.strip(), values, typed, separated)
