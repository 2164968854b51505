"""o33: the measure words (量词) goods are counted in, and the open product's own.

Chinese counts every noun with a classifier of its own: 一顶帽子, 一条围巾, 一双袜子, 一把伞, 一根葱, 一块豆腐, 一张饼,
一台风扇, 一粒药, 一床被子, 一盏灯, 一头蒜. The readers' shared list (``numbers.UNITS``: 份 件 盒 箱 袋 个 斤 瓶 包 组 套 提
只 条 罐 桶 枚 颗 串 把 单 本 双 杯 碗 支 对 听 板 捆 卷 束 副 盆 棵) counts goods wherever it stands, with any product or
none; it leaves out the classifiers that count chat as often as goods (块 money, 张 photos, 根 a joke's 一根葱, 片 一片心意,
顶 a forum's 顶一个, 台 a stage, 头 一头雾水, 部 a film, 粒 a pill...). Those count a product when they are **its own**:

- the classifier its nouns take, by ``TABLE`` below (a hat's 顶, a lamp's 盏, garlic's 头): a product whose name holds one
  of a classifier's nouns (毛线帽 holds 帽) is counted in it;
- a pack its name states ("五斤一箱" 箱, "一袋50只" 袋, "一顶", "两双装" 双): the portion it is sold in.

With that product open, "我要两顶", "帽子来一顶", "我那个两顶改成一顶" are read as "两份", "一份" (``as_portions``), before the
order readers read them; with no product known (the corpus, several goods) nothing changes. A classifier followed by a
number is no count ("一顶一的", "两块五"), nor one followed by other words than the product's ("拍了两张照片" with 煎饼 open),
nor 块 in a message of money ("五块一斤", "两块钱").
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.language.goods import GOODS
from bot.language.numbers import NUMERAL, UNITS

# classifier: the nouns (or their head characters) it counts. Documentation and data at once (docs/language.md, o33).
TABLE: dict[str, tuple[str, ...]] = {
    "顶": ("帽", "帐篷", "头盔", "蚊帐", "假发"),
    "条": ("裤", "裙", "围巾", "毛巾", "浴巾", "鱼", "烟", "领带", "腰带", "皮带", "项链", "被", "毯"),
    "双": ("鞋", "袜", "手套", "筷", "鞋垫"),
    "件": ("衣", "衫", "外套", "卫衣", "毛衣", "羽绒服", "马甲", "背心"),
    "把": ("伞", "刀", "剪", "椅", "梳", "扇", "锁", "铲", "勺"),
    "根": ("葱", "黄瓜", "香肠", "玉米", "油条", "甘蔗", "萝卜", "山药", "腊肠", "火腿肠", "冰棍", "雪糕", "香蕉", "莴笋", "丝瓜"),
    "块": ("肉", "豆腐", "蛋糕", "肥皂", "香皂", "手表", "月饼", "巧克力", "年糕", "腊肉", "糕", "饼", "砖", "糍粑", "排骨"),
    "片": ("面膜", "吐司", "尿不湿", "纸尿裤", "卫生巾", "暖宝宝", "膏药"),
    "张": ("纸", "煎饼", "饼", "券", "卡", "凉席", "席", "毯", "桌", "床", "画"),
    "台": ("机", "电脑", "电视", "冰箱", "空调", "风扇", "炉", "仪", "锅"),
    "粒": ("药", "糖", "丸", "胶囊"),
    "床": ("被", "褥", "棉絮", "凉席", "毯"),
    "盏": ("灯",),
    "部": ("手机",),
    "头": ("蒜",),
    "节": ("电池", "藕", "甘蔗"),
    "扎": ("啤酒", "鲜花"),
    "排": ("酸奶", "养乐多"),
    "枝": ("花", "玫瑰", "百合", "康乃馨"),
    "朵": ("花", "玫瑰"),
    "尾": ("鱼",),
    "盘": ("蚊香", "菜"),
    "辆": ("车",),
    "幅": ("画", "春联", "对联", "十字绣"),
    "屉": ("包子", "馒头", "烧卖", "小笼"),
    "坛": ("酒", "酱", "泡菜", "腐乳"),
    "壶": ("酒", "油", "茶"),
    "篮": ("鸡蛋", "水果", "草莓"),
    "筐": ("苹果", "橘", "桔", "橙", "梨", "桃"),
    "缸": ("金鱼", "酸菜"),
    "碟": ("菜",),
}
# Every classifier of goods: the shared list and the table's.
ALL = "".join(dict.fromkeys(UNITS + "".join(TABLE)))

_NAME_RUN = re.compile(r"[\u4e00-\u9fff]+")
_BRACKETED = re.compile(r"[（(《][^）)》]{0,20}[）)》]")
# A pack its name states: "一箱", "每袋", "两双装".
_STATED = re.compile(r"(?:[一每])(?P<a>[" + ALL + r"])|(?:" + NUMERAL + r")(?P<b>[" + ALL + r"])装")
# What these classifiers count in chat, after them: "两张照片", "一片心意", "一头雾水", "一部电影".
_NOT_GOODS_AFTER = re.compile(r"照片|相片|图片|截图|票|嘴|牙|心|雾水|电影|剧|戏|车费|钱")
# Money in the message: 块 is then a price ("五块一斤", "两块钱", "十块一顶").
_MONEY = re.compile(r"钱|元|[¥￥$]|价|贵|便宜|多少|块[一二两三四五六七八九十半\d]")


@lru_cache(maxsize=64)
def own_units(item: str) -> str:
    """The classifiers the open product ``item`` is counted in that the shared list lacks (its nouns' by ``TABLE``, a
    pack its name states): "毛线帽 燕麦、焦糖、酒红三色" -> "顶"; "鸡蛋30枚" -> ""."""
    name = _BRACKETED.sub("", item or "")
    runs = [run for run in _NAME_RUN.findall(name) if not re.search(NUMERAL + "[" + ALL + "]", run)]
    words = runs[0] if runs else ""  # the head of the name, not its kinds ("毛线帽 燕麦、焦糖…": 糖 counts no hat)
    units = [m["a"] or m["b"] for m in _STATED.finditer(name)]
    units += [unit for unit, nouns in TABLE.items() if any(noun in words for noun in nouns)]
    return "".join(u for u in dict.fromkeys(units) if u not in UNITS)


@lru_cache(maxsize=256)
def as_portions(text: str, item: str | None) -> str:
    """``text`` with a count in one of the open product's own classifiers written in 份 ("我要两顶" -> "我要两份" with 毛线帽
    open), as the order readers count it. Unchanged with no product known, or when the classifier counts something else
    here (a number after it, other words after it, 块 beside money). Linear: one flat pattern, one pass."""
    units = own_units(item) if item else ""
    if not units or len(text) > 300:
        return text
    if "块" in units and _MONEY.search(text):
        units = units.replace("块", "")
        if not units:
            return text
    head = "".join(_NAME_RUN.findall(_BRACKETED.sub("", item)))
    pattern = re.compile(r"(?P<n>" + NUMERAL + r")\s?[" + re.escape(units) + r"]")

    def portion(match: re.Match) -> str:
        end = match.end()
        goods = GOODS.match(text, end)
        if goods and not any(ch in head for ch in goods.group(0)) or _NOT_GOODS_AFTER.match(text, end):
            return match.group(0)  # "拍了两张照片", "一盒月饼" of other goods: the classifier counts another thing
        if re.match(r"(?:" + NUMERAL + r")(?:的|$|[\s，,。!！~～])", text[end:end + 10]):
            return match.group(0)  # "一顶一的", "两块五": no count of goods
        return match["n"] + "份"

    return pattern.sub(portion, text)
