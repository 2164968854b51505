"""(c32) Whom a cancel-looking message is said to: the store's list, or a friend in the group.

A member's "不要了" after her order cancels it; the same words answering a friend who just spoke to her ("芳姐 要不要我帮你
多订一份给你妈" — "不要了不要了 她不吃这个") decline the friend's offer, and a polite "不用了，谢谢" is most often said to a
person, not to the list. Pure and linear (flat alternations, searched once):

- ``calls(text, name)``: a message calls a member by her display name or a short form of it (芳姐 of 阿芳, 小美 of 小美妈妈).
- ``spoken_to(...)``: a recent message of another member (not the staff) speaks to her: @-mentions her, quotes her, or calls
  her by name and asks or offers her something (你/您, a question's form, 要不要).
- ``polite_decline(text)``: "不用了", "不用啦 谢谢", "不用不用": a decline, with no word of what is undone (取消, 退, 订单).
- ``about_another(text)``: a reason told of a third person ("她不吃这个", "他不爱喝"): whose order? asked, never acted on alone.
- ``asks_you(text)`` (w33): 你/您 (one person) and a question or an offer, naming no one ("去呀 你去不去"): said to whoever
  just spoke to its sender by name.
- ``names(text, title)`` (w33): the message names the event (two characters of its name in a row).
- ``to_the_list(text)``: a cancel said to the store's list in so many words ("取消我的报名", "帮我取消吧", "订单退了"), or
  to the bot (@群助手): the one kind of cancel "您还没有…，不用取消～" answers when there is nothing to cancel.
- (a33) ``bare_cancel(text)``: "不要了", "我不要了", "不订了" and nothing else: she may think she ordered (answered as the list's);
  with a reason or the goods beside it ("我不要 我吃素", "汤圆就不要了") one with no order declines: chat.
- (a33) ``to_a_friend(text)``: a message @-mentioning another member says nothing of her own order ("@婷婷 三袋 冻冰箱里慢慢吃",
  "@周周 砂糖橘要不要一起拼一箱"); "@婷婷 我也要两袋", "@婷婷 给我也留一袋" are hers, told to a friend.
"""
from __future__ import annotations

import re

from bot.language.wrapping import plain, unquote

# What a member's name is shortened to when friends call her: one character of it (not 阿, 小, 老, 大) then a kinship
# word ("芳姐", "美妈", "婷姐"), or 阿/小/老 before it ("小芳", "阿美").
_PREFIXES = "阿小老大"
_KIN_CALL = "姐|哥|妹|姨|嫂|妈|婶|叔|总|姐姐|宝|亲"
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff]")
_KIN_CHARS = set("姐哥妹姨嫂妈婶叔宝亲爸奶爷婆公弟儿女")  # 李姐's 姐 is no name of hers: "姐姐们", "小姐" call no one
# A message that asks or offers her something: you, a question's form, an offer.
_ASKS = re.compile(r"[你您]|要不要|用不用|需不需要|[吗嘛呢么？?]|[\u4e00-\u9fff]不[\u4e00-\u9fff]")
# "不用了", "不用啦谢谢", "不用不用", "不需要了", "不麻烦了": a polite decline, nothing undone named.
_POLITE = re.compile(r"^(?:哎呀|哎|啊|嗯|噢|哦|那|那就)?(?:不用|不需要|不麻烦|甭)(?:了|啦|哈|的|啊|呀|哦|嘞|咯)?"
                     r"(?:不用|不需要)?(?:了|啦|哈|啊|呀|哦)?(?:谢谢|谢啦|谢了|多谢|感谢)?(?:你|您|亲|啦|了|哈|呀|啊|哦)*"
                     r"(?:我自己(?:去|来|拿|买))?(?:了|啦|哈|呀|啊)*$")
_UNDONE = re.compile(r"取消|退|撤|删|划掉|订单|报名|名额|那份|我的")
# A reason told of someone else, as the subject of a clause: "她不吃这个", "他不爱喝", "她说不要".
_ANOTHER = re.compile(r"(?<![给帮替为跟和让叫把对])(?:她|他|人家)(?:们)?(?:也|都|又|就|根本|从来)?(?:不|没|吃不|喝不|用不)")
# A cancel said to the list: the order or the sign-up named, or the staff asked to undo it.
_TO_LIST = re.compile(r"取消|退(?:掉|了|单|订|出)|撤(?:掉|了|单|销|回)|(?:删|划|勾)(?:掉|了)|订单|报名|名额|我的(?:那份|那个|位置|名字)|[我俺]那份|"
                      r"(?:帮|给|替)(?:我|俺)(?:们)?(?:去掉|取消|退|撤|划|删)")


def _squeezed(text: str) -> str:
    return re.sub(r"[\s，,。！!~～.…、]+", "", plain(unquote(text)))


def call_forms(name: str) -> tuple[str, ...]:
    """The forms of a display name friends call her by: the name itself (emoji and spaces gone), and for each of its
    characters but 阿/小/老/大, that character with a kinship word after it or 阿/小/老 before it."""
    clean = _squeezed(name)
    if not clean:
        return ()
    forms = [clean] if len(clean) >= 2 else []
    for ch in dict.fromkeys(c for c in clean if _NAME_CHAR.match(c) and c not in _PREFIXES and c not in _KIN_CHARS):
        forms += [ch + kin for kin in _KIN_CALL.split("|")] + [p + ch for p in "阿小老"]
    return tuple(forms)


def calls(text: str, name: str) -> bool:
    """Whether ``text`` calls the member of display name ``name`` (the name or a short form of it)."""
    said = _squeezed(text)
    return bool(said) and any(form in said for form in call_forms(name))


def spoken_to(text: str, name: str, mentioned: bool, quoted: bool) -> bool:
    """Whether another member's message speaks to the member ``name``: @-mentions or quotes her, or calls her by name
    and asks or offers her something."""
    if mentioned or quoted:
        return True
    return calls(text, name) and bool(_ASKS.search(plain(unquote(text))))


# (w33) "你" or "您" alone, not "你们": one person is asked.
_YOU_ONE = re.compile(r"[你您](?!们)")


def asks_you(text: str) -> bool:
    """(w33) A message that asks or offers one person something with 你/您 and a question's form ("去呀 你去不去",
    "那你呢？", "你要不要也来一盒"), naming no one: said to the member who just spoke to its sender."""
    said = plain(unquote(text))
    if not _YOU_ONE.search(said):
        return False
    return bool(_ASKS.search(_YOU_ONE.sub("", said)))


def names(text: str, title: str) -> bool:
    """(w33) Whether ``text`` names the event ``title``: two of its characters in a row ("烘焙我去不了了" of 圣诞亲子烘焙)."""
    said, name = _squeezed(text), _squeezed(title)
    return any(name[i:i + 2] in said for i in range(len(name) - 1) if _NAME_CHAR.match(name[i]) and _NAME_CHAR.match(name[i + 1]))


def polite_decline(text: str) -> bool:
    """"不用了", "不用啦 谢谢", "不用不用": a polite decline that names nothing undone."""
    said = _squeezed(text)
    return bool(said) and len(said) <= 16 and bool(_POLITE.match(said)) and not _UNDONE.search(said)


def about_another(text: str) -> bool:
    """A reason told of a third person ("不要了 她不吃这个"): whose order it undoes is not said."""
    return bool(_ANOTHER.search(_squeezed(text)))


def to_the_list(text: str, to_bot: bool = False) -> bool:
    """A cancel said to the store's list in so many words, or to the bot."""
    return to_bot or bool(_TO_LIST.search(_squeezed(text)))


# (a33) A cancel said alone, nothing beside it: "不要了", "我不要了", "不订了啦", "取消".
_BARE_CANCEL = re.compile(r"(?:我|俺)?(?:就|还是|都)?(?:不要|不订|不买|取消)(?:了|啦|咯|喽|哈|啊|呀|哦|吧)*")
# (a33) Her own order in her words: I (also) want / order / take, keep or note one for me, count me in.
_MINE = re.compile(r"(?:我|俺|咱|阿拉|额|偶)(?:家|们|屋里|屋头)?(?:也|还|就|再|都|先)?(?:要|订|定|来|买|拿|整|留|报|加|接)|"
                   r"(?:给|帮|替)(?:我|俺|咱)(?:家|们)?(?:也|还|再|先)?(?:来|留|订|定|记|加|要|拿|整|报|上)|算(?:我|俺)|"
                   r"取消|不要了|改成|改为")


def bare_cancel(text: str) -> bool:
    """(a33) A cancel said alone ("不要了", "我不要了"): nothing beside it says she only declines."""
    said = _squeezed(text)
    return bool(said) and len(said) <= 12 and bool(_BARE_CANCEL.fullmatch(said))


def to_a_friend(text: str) -> bool:
    """(a33) Whether a message that @-mentions another member (the caller checks the mention) says nothing of her own
    order: no "I want / for me / count me in", no cancel or change of hers: talk to the friend."""
    return not _MINE.search(_squeezed(text)[:300])
