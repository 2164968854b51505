"""Ads: signals that add up to a score, so one generic word alone never punishes.

| signal | points |
|---|---|
| WeChat id after a WeChat word or an evasion (微信号：abc123, 加V, vx, 薇信, +v 同号 138...) | 3 |
| QQ number after a QQ word (q群 123456789, 扣扣) | 3 |
| QR code of a WeChat contact or group, in an image | 3 |
| link to a domain not on the allow list (text or QR code) | 2 |
| contact card (名片) | 2 |
| mobile number (separators, full-width digits, 壹叁捌 Chinese numerals) | 1 |
| WeChat/QQ word or 私聊 without an id | 1 |
| mini-program, url card | 1 |
| ad word (兼职, 日结...) | 1 each, at most 2 |
| a newcomer's first messages, when anything else scored | 1 |

A phone number alone (接龙 orders carry them) or a link alone scores below the
default threshold of 3.
"""
from __future__ import annotations

import re
from pathlib import Path

from bot.config import AdsRule
from bot.events import GroupMessage, Kind
from bot.rules.base import Facts, Verdict
from bot.rules.lexicon import lexicon, load_words
from bot.text import forms

_CHINESE_DIGITS = "〇零一壹幺二贰三叁四肆五伍六陆七柒八捌九玖"
_NUMERALS = str.maketrans(_CHINESE_DIGITS, "001112233445566778899")
_DIGIT = f"[0-9{_CHINESE_DIGITS}]"
_SEPARATOR = r"[\s\-–—_.·,，、/|~～]"
_NUMBER_RUN = re.compile(f"{_DIGIT}(?:{_SEPARATOR}*{_DIGIT}){{4,}}")  # 5+ digits, however written
_DECORATION = re.compile(r"[^\w\s:：,，。.!！?？、;；+\-/@()（）]+")  # emoji, hearts, zero-width: 薇❤信 is 薇信
_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_WECHAT_WORD = r"(?:微信号?|威信|薇信|徽信|维信|卫信|v信|vx|wx|weixin|wechat|(?:加|\+)(?:我|一下)?(?:v|微|薇|威))"
_QQ_WORD = r"(?:qq群?号?|q群号?|扣扣群?号?|企鹅号|群号)"
_FILLER = r"[\s:：]*(?:是|号|同号|为|id)?[\s:：]*"
_WECHAT_ID = re.compile(r"(?<![a-z0-9])" + _WECHAT_WORD + _FILLER + r"([a-z][-_a-z0-9]{5,19}|\d{6,11})(?![-_a-z0-9])")
_QQ_ID = re.compile(r"(?<![a-z0-9])" + _QQ_WORD + _FILLER + r"(\d{5,11})(?!\d)")
_CONTACT_HINT = re.compile(r"(?<![a-z0-9])" + _WECHAT_WORD + r"|(?<![a-z0-9])" + _QQ_WORD + r"|私聊|私信")
_TLDS = "com|cn|net|org|top|xyz|cc|me|io|vip|shop|club|info|site|online|link|ly|app|ink|fun|wang|ltd|tk"
_LINK = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+(?:" + _TLDS + r"))(?![a-z0-9])(?::\d+)?(?:[/?#][^\s]*)?"
                   r"|https?://([^\s/?#]+)")
# No id, hint, phone number or link can be found without one of these: every word of _WECHAT_WORD
# and _QQ_WORD has one of 微威薇徽维卫vwq扣企群, 私聊/私信 have 私, a link has "." or "/", and a mobile
# number is 11 digits (\d as _PHONE reads them, or Chinese numerals) with nothing between them
# but what _DECORATION and _SEPARATOR delete. Keep this in step with the patterns above.
_CONTACT_CHARACTERS = "微威薇徽维卫vwq扣企群私./"
_ANY_DIGIT = rf"[\d{_CHINESE_DIGITS}]"
_ELEVEN_DIGITS = re.compile(_ANY_DIGIT + r"(?:[\W_]*" + _ANY_DIGIT + "){10}")
_CONTACT_CHARACTER = re.compile(f"[{_CONTACT_CHARACTERS}]")
_CONTACT_OR_DIGIT = re.compile(rf"[{_CONTACT_CHARACTERS}\d{_CHINESE_DIGITS}]")  # one scan rules out most chat
_CONTACT_QR = re.compile(r"u\.wechat\.com|weixin\.qq\.com/(?:g|r|q)/|wxp://|qm\.qq\.com|jq\.qq\.com")


class Ads:
    stateful = False

    def __init__(self, spec: AdsRule, words: tuple[str, ...]) -> None:
        self.id = spec.id
        self.spec = spec
        self._words = lexicon(words)
        self._allowed = tuple(d.lower().lstrip(".") for d in spec.allow_domains)

    @classmethod
    def from_spec(cls, spec: AdsRule, base_dir: Path) -> "Ads":
        return cls(spec, load_words(spec.words, spec.files, base_dir))

    def signals(self, msg: GroupMessage, facts: Facts = Facts()) -> list[tuple[str, int]]:
        """(what was seen, points) for every signal in the message."""
        text = forms(msg.text)
        found = self._contacts(text.folded) if _may_hold_contact(text.folded) else []
        for payload in facts.qr_codes:
            if _CONTACT_QR.search(payload.lower()):
                found.append((f"二维码（微信/QQ 加好友或进群）{payload}", 3))
            else:
                found += [(f"二维码链接 {host}", 2) for host in self._foreign_hosts(payload.lower())]
        if kind := _KIND_SIGNALS.get(msg.kind):
            found.append(kind)
        if words := self._words.find(text):
            found += [(f"广告词“{word}”", 1) for word in words[:2]]
        if found and facts.newcomer:
            found.append(("新成员的头几条消息", 1))
        return found

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None:
        if not (found := self.signals(msg, facts)):  # most messages: nothing to add up
            return None
        score = sum(points for _, points in found)
        if score < self.spec.threshold:
            return None
        evidence = "；".join(f"{seen}（+{points}）" for seen, points in found)
        return Verdict(self.id, self.spec.reason, f"{evidence}；共 {score} 分（≥{self.spec.threshold}）")

    def _contacts(self, folded: str) -> list[tuple[str, int]]:
        """WeChat and QQ ids (or a hint of them), mobile numbers and links to foreign hosts."""
        has_link = "." in folded or "://" in folded  # cheap: most chat has no ASCII dot
        hosts = self._foreign_hosts(folded) if has_link else []
        prose = _LINK.sub(" ", folded) if has_link else folded  # "qq" in a host is no QQ number
        digits = _NUMBER_RUN.sub(_plain_number, _DECORATION.sub("", prose))
        found: list[tuple[str, int]] = []
        if hint := _CONTACT_HINT.search(digits):
            ids = [f"微信号 {m.group(1)}" for m in _WECHAT_ID.finditer(digits)]
            ids += [f"QQ {m.group(1)}" for m in _QQ_ID.finditer(digits)]
            found += [(seen, 3) for seen in dict.fromkeys(ids)] or [(f"联系方式暗示“{hint.group(0)}”", 1)]
        found += [(f"手机号 {number}", 1) for number in dict.fromkeys(_PHONE.findall(digits))]
        found += [(f"链接 {host}", 2) for host in hosts]
        return found

    def _foreign_hosts(self, text: str) -> list[str]:
        hosts = (m.group(1) or m.group(2) for m in _LINK.finditer(text))
        return list(dict.fromkeys(h for h in hosts if h and not self._is_allowed(h)))

    def _is_allowed(self, host: str) -> bool:
        host = host.removeprefix("www.")
        return any(host == d or host.endswith("." + d) for d in self._allowed)


def _may_hold_contact(folded: str) -> bool:
    return bool(_CONTACT_OR_DIGIT.search(folded)
                and (_CONTACT_CHARACTER.search(folded) or _ELEVEN_DIGITS.search(folded)))


def _plain_number(run: re.Match) -> str:
    """壹叁捌 1234-5678 -> 13812345678; kept apart from what follows."""
    return re.sub(_SEPARATOR, "", run.group(0).translate(_NUMERALS)) + " "


_KIND_SIGNALS = {
    Kind.CARD: ("个人名片", 2),
    Kind.MINI_PROGRAM: ("小程序", 1),
    Kind.LINK: ("链接卡片", 1),
}
