"""Hand-written parts that make_moderation.py composes into examples.

Every list here was written by hand from knowledge of Chinese WeChat group chat (2024-2026);
the functions only combine them. Ads: a sales pitch (per topic) x a contact form (per
technique) x a wrapper. Ham: sentence templates with slots, per group kind.
"""
from __future__ import annotations

import itertools
import random
import string

HARD = {"antiscam", "sharelink", "email", "thanks", "greeting", "other_hard"}

# ---------------------------------------------------------------- ads: pitches per topic
PITCHES = {
    "loan": [
        "急用钱的朋友看过来", "不看征信，当天放款", "小额贷款，秒批秒到", "黑户白户都能下款",
        "网贷逾期也能做", "额度5000-5万，随借随还", "无抵押无担保，凭身份证就能借",
        "资金周转找我，手续简单", "信用卡代还垫还", "征信花了也能批", "学生上班族都可以申请",
        "私人放款，不收前期费用", "车贷房贷经营贷都能办", "最快十分钟到账", "负债高也能下",
        "不用下载APP，不打电话回访", "月息低至3厘", "身份证+手机号就能申请", "额度高，放款快",
        "拒了的都来找我", "本地放款，可上门", "有公积金社保的可以贷", "逾期了也别慌，有口子",
        "急需用钱？当天解决", "老板们资金周转困难的看这里", "下款率99%", "以贷养贷的朋友来",
        "花呗借呗套现，秒到", "备用金3000，不看征信", "大额分期，36期慢慢还",
    ],
    "gambling": [
        "带你回血上岸", "每天稳赚500+", "彩票计划准确率90%", "足球外围，世界杯欧冠都能玩",
        "真人百家乐，充值秒到", "棋牌上下分秒到账", "体育推单，连红十天", "时时彩极速赛车带单",
        "新平台注册送彩金", "捕鱼游戏，充100送50", "首充送100%", "输了包赔，赢了分成",
        "今晚这场稳了", "跟单必中，不中退款", "专业团队带你赢", "斗地主麻将真钱局24小时开",
        "幸运飞艇专业计划", "老哥稳定回血群", "NBA内部消息", "赛马会内部资料，期期中",
        "PC蛋蛋，稳定盈利", "大小单双，倍投必赢", "体彩竞彩专家推荐", "线上娱乐城，提现秒到",
    ],
    "daigou": [
        "日本代购，资生堂SK2安耐晒", "韩国免税店代购，专柜6折", "澳洲奶粉直邮", "香港代购金饰",
        "泰国乳胶枕代购", "欧洲奢侈品代购，包包鞋子都有", "美国保健品代购，鱼油钙片",
        "法国药妆代购，理肤泉雅漾", "越南腰果代购", "免税店口红，一支120", "雅诗兰黛小棕瓶299",
        "日本药妆，每周出货", "德国奶粉直邮到家", "台湾凤梨酥牛轧糖可拼单", "英国Boots代购",
        "正品保证，假一赔十", "海外直邮，附小票", "大牌香水代购，比专柜便宜一半",
    ],
    "shuadan": [
        "招聘兼职，手机就能做，日结", "宝妈在家也能赚钱", "点赞关注一单3元", "淘宝刷单不用垫付",
        "招打字员，在家工作", "抖音点赞员，一单一结", "每天1-2小时，月入三四千",
        "招网店评价员，一单8块", "手工活外发，计件结算", "招线上客服，日结300",
        "看小说也能赚钱", "拼多多助力员，每单2元", "京东好评员，一条5元", "大学生暑假兼职",
        "不收任何费用，做完就结", "零门槛，有手机就行", "招聘小说录入员，千字30", "做任务领佣金",
        "时间自由，多劳多得", "招募体验官，免费试用还给钱",
    ],
    "health_scam": [
        "祖传秘方治疗糖尿病", "高血压不用再吃药了", "关节疼痛一贴见效", "免费领取降压仪",
        "德国进口靶向药", "纳米远红外护膝，治风湿", "视力恢复仪，近视老花都能治",
        "灵芝孢子粉抗癌", "量子能量鞋，走路治百病", "老寒腿一贴就好", "降糖茶免费试喝",
        "专治失眠焦虑", "排毒养颜胶囊清宿便", "三高克星，纯中药调理", "前列腺一次根治",
        "痛风特效药，三天不疼", "富氢水杯，喝了不生病", "老中医坐诊，免费把脉",
        "脑梗中风后遗症康复", "60岁以上老人免费领鸡蛋，听讲座",
    ],
    "yinliu": [
        "宝妈福利群，每天免费领", "进群领红包", "本地吃喝玩乐群", "同城团购群，比超市便宜",
        "相亲交友群，单身的来", "每天分享家常菜谱", "育儿交流群，辅食添加", "广场舞交流群",
        "钓鱼爱好者群，周末出钓", "0元购福利群", "拼车拼团群", "读书打卡群",
        "每天下午三点开抢免费水果", "薅羊毛群，优惠券每天发", "家长交流群，资料免费领",
    ],
    "porn": [
        "同城美女上门服务", "寂寞了吗，全城可约", "成人视频资源永久观看", "深夜福利，懂的都懂",
        "丝袜美腿视频会员", "同城交友，今晚见", "深夜陪聊", "私人影院，你懂的",
        "学生妹兼职，照片真实", "一夜情交友APP",
    ],
    "fake_goods": [
        "大牌包包工厂直发", "耐克阿迪莆田原厂", "高仿手表一比一复刻", "奢侈品原单尾货",
        "烟酒批发，茅台中华", "LV GUCCI 顶级版本", "阿玛尼口红高仿", "名牌皮带复刻",
        "大牌香水高仿，留香持久", "原单衣服，专柜品质", "AJ球鞋，得物验货能过", "苹果手机官翻机",
        "大牌墨镜A货", "顶级复刻，细节对版",
    ],
    "investment": [
        "数字货币投资，导师一对一", "股票内幕消息，明天必涨", "原始股认购，即将上市",
        "黄金白银现货抄底", "虚拟币合约带单，胜率90%", "区块链项目，每日分红",
        "养老项目投资，保本保息", "外汇交易带单，月入过万", "期货带单，稳赚",
        "涨停板战法免费教", "老师每晚直播讲课", "跟着老师三个月翻倍", "USDT搬砖，日收益2%",
        "新股中签率提高十倍", "理财产品年化20%",
    ],
    "weight_loss": [
        "一个月瘦20斤", "不节食不运动也能瘦", "产后修复瘦肚子", "瘦身咖啡一杯掉秤",
        "酵素减肥七天瘦十斤", "左旋肉碱躺着瘦", "代餐奶昔，吃饱也瘦", "21天减肥打卡",
        "减肥茶，喝了就掉秤", "中药瘦身，不反弹", "燃脂贴，贴肚子就瘦",
    ],
    "other": [
        "代写论文包过", "办理各类证书，学历可查", "出售微信号QQ号", "高价回收银行卡手机卡",
        "游戏代练上分", "ETC免费办理", "代开发票", "办证刻章", "靓号手机号出售",
        "各类会员账号便宜出", "驾照代办不用考", "征信修复，包过",
    ],
}
TOPIC_WEIGHTS = {"loan": 5, "gambling": 4, "shuadan": 5, "daigou": 3, "health_scam": 3,
                 "yinliu": 3, "investment": 3, "fake_goods": 2, "porn": 2, "weight_loss": 2,
                 "other": 1}

# ---------------------------------------------------------------- ads: ids and numbers
SYLLABLES = ["li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu",
             "xiao", "mei", "jia", "qian", "dk", "jr", "hh", "yy", "ss", "mm", "lucky", "kk",
             "ab", "jz", "bm", "hx", "cp", "dg", "tt", "ll", "xin", "fu", "an", "le", "tian",
             "yu", "long", "hao", "kai", "ming", "sun", "ai", "ok", "vip", "happy", "star"]


def wxid(rng: random.Random) -> str:
    head = "".join(rng.sample(SYLLABLES, rng.choice([1, 2])))
    tail = "".join(rng.choice(string.digits) for _ in range(rng.randint(2, 6)))
    sep = rng.choice(["", "", "_", ""])
    extra = rng.choice(["", "", "", "a", "x", "k"])
    return (head + sep + tail + extra)[:20]


def qq(rng: random.Random) -> str:
    return rng.choice("123") + "".join(rng.choice(string.digits) for _ in range(rng.choice([8, 9])))


def phone(rng: random.Random) -> str:
    return "1" + rng.choice("356789") + "".join(rng.choice(string.digits) for _ in range(9))


def any_id(rng: random.Random) -> str:
    return rng.choice([wxid, wxid, wxid, qq, phone])(rng)


# ---------------------------------------------------------------- ads: contact forms
PLAIN = ["微信：{w}", "加微信 {w}", "微信号{w}", "联系微信{w}", "加我微信：{w}", "QQ：{q}",
         "QQ号 {q}", "电话：{p}", "手机{p}（同微信）", "微信同号{p}", "联系电话 {p}",
         "我的微信 {w}", "微信号码：{w}", "加QQ {q}", "QQ群 {q}", "加好友{w}"]
ALIASES = ["V", "v", "VX", "vx", "Vx", "wx", "WX", "微", "薇", "🟢", "🟢泡泡", "绿泡泡",
           "绿色泡泡", "🍏泡泡", "🟩", "扣扣", "抠抠", "🐧", "企鹅", "Q", "卫星", "v信", "V信",
           "薇❤", "V❤", "飞机", "TG", "微❤", "小绿", "威"]
ALIAS_VERBS = ["加", "+", "找", "联系", "私", "", "", "戳", "滴滴"]
SOUNDS_WX = ["胃信", "围信", "嶶信", "wei信", "薇芯", "威信", "维信", "徽信", "伟信", "微芯",
             "威芯", "卫信", "为信", "喂信", "未信", "蔚信", "魏信", "薇心", "唯信", "尾信",
             "葳信", "微新", "维芯", "V芯", "威新", "嵬信", "危信", "韦信"]
SOUNDS_QQ = ["寇寇", "叩叩", "蔻蔻", "口口", "扣扣扣", "抠Q", "扣Q", "寇Q"]
PLUSES = ["➕", "十", "✚", "＋", "╋", "✙", "➕➕", "十十", "➕️"]
PLUS_TARGETS = ["V", "微", "薇", "vx", "我", "微信", "v信", "🐧", "扣", "威", "好友"]
SEPARATORS = [" ", ".", "-", "·", "_", "/", "|", "、", "~", "～", "*", "🌸", "💕", "⭐", "✨",
              "🔥", "💰", "❤", "🍀", "👉", "  ", ",", "。"]
DIGIT_STYLES = {
    "circled": "⓪①②③④⑤⑥⑦⑧⑨", "negative": "⓿❶❷❸❹❺❻❼❽❾", "paren": "0⑴⑵⑶⑷⑸⑹⑺⑻⑼",
    "dotted": "0⒈⒉⒊⒋⒌⒍⒎⒏⒐", "fullwidth": "０１２３４５６７８９", "hanzi": "〇一二三四五六七八九",
    "capital": "零壹贰叁肆伍陆柒捌玖", "sans": "🄋➀➁➂➃➄➅➆➇➈", "negsans": "🄌➊➋➌➍➎➏➐➑➒",
    "bold": "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "double": "𝟘𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠𝟡",
}
KEYCAPS = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
HOMO_V = ["Ⓥ", "ⓥ", "𝐕", "𝐯", "🅥", "🆅", "ⅴ", "Ⅴ", "ᐯ", "𝑽", "𝓿", "𝕍", "𝒱", "Ｖ", "ｖ", "∨",
          "√", "ν"]
HOMO_X = ["Ⓧ", "ⓧ", "𝐗", "𝐱", "🅧", "🆇", "ⅹ", "Ⅹ", "𝔁", "Ｘ", "ｘ", "×", "χ"]
HOMO_W = ["Ⓦ", "ⓦ", "𝐖", "𝐰", "🅦", "𝔀", "Ｗ", "ｗ", "ω"]
LINKS = ["http://t.cn/A6{r5}", "https://suo.im/{r5}", "http://url.cn/{r5}", "dwz.cn/{r5}",
         "https://bit.ly/{r5}", "https://tinyurl.com/{r5}", "https://is.gd/{r5}", "s.id/{r5}",
         "https://{d}.im", "http://{d}.bet", "https://www.{d}.top", "https://{d}.vip/reg",
         "{d}.cc", "https://{d}.xyz/?code={n}", "https://{d}.app/dl", "https://{d}.shop",
         "www点{d}点com", "www.{d}。com", "{d}[.]top", "{d} 点 net", "https://{d}.club",
         "https://{d}.live", "http://{d}.icu", "{d}.pw", "https://{d}.win/#/register",
         "h t t p s://{d}.me", "复制到浏览器打开：{d}.fun", "https://{d}.life/i/{n}"]
LINK_WORDS = {"loan": ["dk", "qianbao", "kuaidai", "jiekuan", "xyd"], "gambling": ["bet", "cp",
              "yl", "am", "xpj", "ky", "by"], "daigou": ["dg", "haitao", "mz"],
              "shuadan": ["jz", "renwu", "fanli", "zq"], "health_scam": ["ys", "jk", "zy"],
              "yinliu": ["qun", "fl", "tg"], "porn": ["av", "yue", "xx", "fl"],
              "fake_goods": ["lux", "gf", "yd"], "investment": ["btc", "usdt", "gp", "licai"],
              "weight_loss": ["ss", "jf"], "other": ["vip", "zh", "lh"]}
NO_CONTACT = ["私我", "私聊", "看我朋友圈", "头像有联系方式", "看我头像", "点我头像", "滴滴我",
              "戳我", "懂的来", "有意者私信", "朋友圈有图", "扣1我拉你", "感兴趣的回复1",
              "要的留言", "联系方式看我昵称", "看我名字就能找到我", "私我要图", "加我好友聊",
              "私我发你链接", "需要的找我", "私信了解", "详情私聊", "看我空间", "主页有联系方式",
              "名字就是联系方式", "私我带你", "找我拿", "要的私", "懂的私我", "私戳"]
TAOKOULING = ["￥{r10}￥ 复制这段话打开手机淘宝", "€{r10}€ 打开淘宝领券", "({r10}) 复制打开👉淘宝👈",
              "₰{r10}₰ 长按复制，打开淘宝", "￥{r10}￥/ 打开👉手机淘宝👈即可查看"]
TAO_PITCHES = ["大牌口红1折清仓", "内部优惠券，全场5折", "领取隐藏红包，每天都能领",
               "原单尾货，专柜同款", "高仿表清仓", "免费领取试用装", "工厂直销，假一赔十",
               "100元无门槛券限时领", "名牌包包特价", "充话费5折"]


def _r(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def _fill(template: str, rng: random.Random, topic: str = "other") -> str:
    d = rng.choice(LINK_WORDS[topic]) + rng.choice(["", "", "88", "666", "2026", "168", "99"])
    return template.format(w=wxid(rng), q=qq(rng), p=phone(rng), r5=_r(rng, rng.randint(5, 7)),
                           r10=_r(rng, 11), d=d, n=rng.randint(1000, 99999))


def _styled(text: str, style: str) -> str:
    if style == "keycap":
        return "".join(KEYCAPS[int(c)] if c.isdigit() else c for c in text)
    table = DIGIT_STYLES[style]
    return "".join(table[int(c)] if c.isdigit() else c for c in text)


def _split(text: str, sep: str) -> str:
    return sep.join(text)


def _phone_pieces(number: str, how: int) -> str:
    a, b, c = number[:3], number[3:7], number[7:]
    hanzi = DIGIT_STYLES["hanzi"]
    forms = [
        f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", " ".join(number), f"{a}*{b}*{c}",
        f"{a} — {b} — {c}", f"{a}/{b}/{c}", f"前三位{a}，后八位{b}{c}",
        f"{''.join(hanzi[int(x)] for x in a)} {b} {''.join(hanzi[int(x)] for x in c)}",
        "".join(KEYCAPS[int(x)] for x in number), f"{a}，{b}，{c}",
        f"{a[0]} {a[1:]} {b} {c}", f"手机{a}，中间{b}，尾号{c}", f"{a}  {b[:2]} {b[2:]}  {c}",
        f"{a}-{b[:2]}-{b[2:]}-{c}", "-".join(number[i:i + 2] for i in range(0, 11, 2)),
    ]
    return forms[how % len(forms)]


def contact_forms(technique: str) -> list:
    """The contact forms of a technique: functions (rng, topic) -> str."""
    if technique == "plain_contact":
        return [lambda rng, t, f=f: _fill(f, rng, t) for f in PLAIN]
    if technique == "bare_alias":
        return [lambda rng, t, a=a, v=v: f"{v}{a}{rng.choice(['：', ':', ' ', '', '：'])}{wxid(rng) if a not in ('扣扣', '抠抠', '🐧', '企鹅', 'Q') else qq(rng)}"
                for a in ALIASES for v in ALIAS_VERBS]
    if technique == "sound_alike":
        forms = [lambda rng, t, s=s, v=v: f"{v}{s}{rng.choice(['：', ' ', ''])}{wxid(rng)}"
                 for s in SOUNDS_WX for v in ["加", "加我", "", "联系", "+"]]
        return forms + [lambda rng, t, s=s: f"{s}：{qq(rng)}" for s in SOUNDS_QQ]
    if technique == "plus_symbol":
        return [lambda rng, t, p=p, x=x: f"{p}{x}" + ("" if x in ("我", "好友") else f"{rng.choice(['：', ' ', ''])}{any_id(rng)}")
                for p in PLUSES for x in PLUS_TARGETS]
    if technique == "split_chars":
        words = ["加微信", "微信", "加v信", "加我", "加V", "vx", "QQ", "联系我"]
        return [lambda rng, t, w=w, s=s, both=both: (_split(w, s) if both != 1 else w) + "：" + (_split(wxid(rng), s if both != 2 else " ") if both != 0 else wxid(rng))
                for w in words for s in SEPARATORS for both in (0, 1, 2)]
    if technique == "styled_digits":
        styles = list(DIGIT_STYLES) + ["keycap"]
        labels = ["V：", "微信：", "QQ：", "电话：", "vx ", "加我", "薇："]
        return [lambda rng, t, st=st, lb=lb: lb + _styled(qq(rng) if "QQ" in lb else phone(rng) if "电话" in lb else wxid(rng), st)
                for st in styles for lb in labels]
    if technique == "phone_pieces":
        labels = ["电话", "手机", "联系", "热线", "☎️", "📞", "电话/微信", "手机号", "联系方式", "速拨"]
        return [lambda rng, t, lb=lb, h=h: f"{lb}{rng.choice(['：', ' ', ''])}{_phone_pieces(phone(rng), h)}"
                for lb in labels for h in range(16)]
    if technique == "link":
        return [lambda rng, t, f=f, lb=lb: lb + _fill(f, rng, t) for f in LINKS
                for lb in ["", "点击 ", "链接：", "官网 ", "注册：", "下载 ", "👉"]]
    if technique == "homoglyph":
        return [lambda rng, t, a=a, b=b: f"{rng.choice(['加', '', '+'])}{a}{b}：{wxid(rng)}"
                for a in HOMO_V + HOMO_W for b in HOMO_X + ["", "信"]]
    if technique == "pinyin":
        heads = ["jia wo wei xin", "jia v xin", "jia wo", "lian xi wo", "wei xin", "jia wx",
                 "jiawo weixin", "jia wei", "weixin hao", "kou kou", "jia QQ", "si wo",
                 "jia hao you", "tian jia wei xin"]
        return [lambda rng, t, h=h: f"{h} {wxid(rng) if 'kou' not in h and 'QQ' not in h else qq(rng)}" if h != "si wo" else h
                for h in heads]
    if technique == "no_contact":
        return [lambda rng, t, c=c: c for c in NO_CONTACT]
    raise KeyError(technique)


WRAPPERS = [
    "{p}，{c}", "{p} {c}", "{p}\n{c}", "{c}\n{p}", "{p}！{c}", "【{tag}】{p}，{c}", "{e}{p}{e} {c}",
    "{p}，有需要的{c}", "{p}～{c}", "{c}，{p}", "{p}。{c}", "{e}{e}{p}\n👉{c}", "{p}!!! {c}",
    "{p}，感兴趣的{c}", "{tag}：{p}，{c}", "{p}\n{e}{c}{e}", "{p} ({c})", "{p}，名额有限，{c}",
]
TAGS = ["急招", "福利", "必看", "好消息", "推荐", "限时", "速来", "招聘", "秒批", "特价", "广告勿怪",
        "打扰了", "干货", "内部", "官方"]
EMOJIS = ["🔥", "💰", "✅", "👉", "🌹", "❤️", "⭐", "💯", "🎉", "‼️", "📢", "🈵", "💥", "🧧", "✨"]


def _wrap(rng: random.Random, wrapper: str, pitch: str, contact: str) -> str:
    return wrapper.format(p=pitch, c=contact, tag=rng.choice(TAGS), e=rng.choice(EMOJIS))


def _topic_pitches() -> list[tuple[str, str]]:
    out = []
    for topic, pitches in PITCHES.items():
        out += [(topic, p) for p in pitches]
    return out


def _draw(rng: random.Random, sizes: list[int], want: int) -> list[tuple[int, ...]]:
    """``want`` distinct index tuples over the given sizes (fewer if they run out)."""
    total = 1
    for s in sizes:
        total *= s
    picks = rng.sample(range(total), min(want, total))
    out = []
    for n in picks:
        idx = []
        for s in sizes:
            idx.append(n % s)
            n //= s
        out.append(tuple(idx))
    return out


def _contact_ads(technique: str, want: int, rng: random.Random) -> list[tuple[str, str]]:
    pitches = _topic_pitches()
    forms = contact_forms(technique)
    wrappers = WRAPPERS if technique != "no_contact" else [w for w in WRAPPERS if "{c}，{p}" not in w]
    out = []
    for i, j, k in _draw(rng, [len(pitches), len(forms), len(wrappers)], want):
        topic, pitch = pitches[i]
        out.append((_wrap(rng, wrappers[k], pitch, forms[j](rng, topic)), topic))
    return out


# ---------------------------------------------------------------- ads: other techniques
GROUP_NAMES = {
    "yinliu": ["宝妈福利群", "同城团购群", "免费领水果群", "0元购群", "本地吃喝玩乐群", "相亲交友群",
               "薅羊毛优惠券群", "广场舞交流群", "家长资料群", "拼车群"],
    "shuadan": ["兼职任务群", "手机赚钱群", "宝妈兼职群", "日结任务群"],
    "investment": ["股票交流群", "币圈交流群", "理财学习群", "涨停板战法群"],
    "gambling": ["彩票计划群", "足球推单群", "回血上岸群", "赛车飞艇交流群"],
    "health_scam": ["中老年健康群", "养生讲座群", "免费体检群"],
    "daigou": ["代购上新群", "海外好物群"],
    "porn": ["深夜福利群", "同城交友群"],
    "fake_goods": ["原单尾货群", "莆田鞋看货群"],
    "weight_loss": ["21天减肥打卡群", "产后瘦身群"],
}
INVITES = ["新建了一个{g}，想进的私我", "{g}人满了，开了二群，需要的找我拉", "{g}，进群领红包，名额有限",
           "邀请你加入群聊「{g}」，进入可查看详情", "\"{n}\"邀请你加入群聊\"{g}\"，进入可查看详情",
           "点击链接加入群聊【{g}】：https://qm.qq.com/q/{r5}", "{g}，群号 {q}，验证码888",
           "这个群太安静了，来我们{g}吧", "{g}，扣1拉你", "我们有个{g}，每晚8点发红包，想进的@我",
           "{g}二维码7天内有效，扫码进", "拉三个人进{g}送一桶油", "想进{g}的回复“进群”",
           "{g}招人了，进群后联系管理员", "附近的朋友可以进我们{g}，都是邻居", "{g}，进群免费领纸巾"]
INVITERS = ["王姐", "小美", "李哥", "阳光", "开心就好", "静待花开", "A福利官", "小助手"]
QR_FORMS = ["[图片] 扫码{a}", "长按识别二维码，{a}", "扫一扫上面的二维码，{a}", "[二维码] {a}",
            "👇扫码{a}👇\n[图片]", "{a}，二维码在下面\n[图片]", "保存图片用微信扫一扫，{a}",
            "[图片]\n识别图中二维码{a}"]
QR_ACTS = {"yinliu": ["进群领鸡蛋", "加入福利群", "进群领红包", "加好友拉你进群"],
           "loan": ["申请额度", "当天下款", "测测你能借多少"], "shuadan": ["领任务", "报名兼职", "下载APP做任务"],
           "gambling": ["注册送彩金", "进计划群"], "investment": ["进投资交流群", "听免费直播课"],
           "health_scam": ["免费领养生茶", "预约免费体检"], "daigou": ["看每日上新"],
           "weight_loss": ["领减肥食谱"], "porn": ["看福利"], "fake_goods": ["看实拍图"]}
OPENERS = [
    "姐妹们晚上好呀～今天带娃去公园玩了一下午，累并快乐着。", "大家早上好🌞 新的一周开始啦，祝大家工作顺利！",
    "各位邻居好，我是3号楼的，平时潜水比较多，今天冒个泡。", "感谢群主拉我进群～我平时也喜欢做饭，以后多交流。",
    "叔叔阿姨们好，天冷了大家注意身体，出门多穿点。", "哈哈今天运气太好了，请大家喝奶茶🧋",
    "新人报到，请多关照🙏 我家孩子也在这个幼儿园上学。", "周末愉快呀各位！刚做完大扫除，累瘫了。",
    "大家好，我也是这家店的老顾客了，东西确实新鲜。", "好久没在群里说话了，最近家里事多，今天终于闲下来了。",
    "中秋快乐🥮 祝大家团团圆圆！", "今天下雨了，大家接孩子注意安全。",
    "看到群里大家聊得这么热闹，我也来说两句。", "各位宝妈好，我家宝宝刚满一岁，以后多向大家请教。",
    "早上好，今天是个好天气，祝大家心情愉快🌹", "刚从老家回来，给大家带了点土特产，可惜不能分😂",
    "谢谢大家上次帮我推荐的儿科医生，孩子已经好了。", "晚上好，吃完饭出来遛弯，看到群里好热闹。",
    "我是新来的邻居，刚搬到这个小区，以后多多关照呀。", "各位老哥老姐好，我是老李的侄子，他让我进群看看。",
    "今天是我生日🎂 谢谢家人们的祝福！", "下班路上，刚看到群消息，大家都好勤快呀。",
    "好久不见大家了，之前一直在外地带孙子。", "最近天干物燥，大家多喝水，注意别上火。",
]
BRIDGES = ["对了，", "顺便说一下，", "另外，", "说个事哈，", "最近有朋友问我，所以统一说一下：",
           "不好意思打扰一下，", "跟大家分享个好东西，", "其实我自己在做点小生意，", "有个事想跟大家说，",
           "偷偷告诉大家，", "我最近发现一个好东西，", "不是广告哈，真心推荐："]
CLOSERS = ["", "都是邻居肯定给优惠～", "祝大家生活愉快！", "打扰了，不需要的请忽略🙏", "群主不要踢我哈😂",
           "有问题随时问我。", "名额不多，先到先得。", "就说是群里来的。", "谢谢大家！", "我每天都在线的。"]
STORIES = {
    "loan": ["之前欠了十几万网贷，天天被催，后来找到一个渠道一次性下款把债还了", "我也是黑户，哪都借不到，朋友介绍了一个口子第二天就到账了",
             "上个月急用钱周转，试了一家不看征信的，半小时就到了"],
    "shuadan": ["上个月在家做兼职赚了六千多，就用手机", "我一个宝妈，现在每个月比我老公赚得多", "暑假做了一个月兼职挣了八千，学费都自己交了",
                "我每天孩子睡了就做两个小时，一个月也有三四千"],
    "investment": ["跟着王老师炒股三个月，本金翻了一倍", "去年投了五万，今年已经赚回二十万了", "跟老师做了半年合约，现在车贷都还清了"],
    "gambling": ["跟着大神的计划，一个月回本十五万", "输了三十万的我，靠这个计划三个月上岸了"],
    "health_scam": ["我妈的糖尿病十几年了，喝了这个茶半年血糖正常了", "我爸关节疼了好多年，用了这个膏药一个月就能下楼遛弯了",
                    "我老伴失眠二十年，用了这个枕头一躺就睡着"],
    "weight_loss": ["产后一直瘦不下来，吃了这个一个月瘦了18斤", "喝了两个月，从140瘦到110，衣服都买小一号了"],
    "daigou": ["我在这家代购买了三年，从来没买到假货，价格是专柜一半"],
}
STORY_TAILS = ["，真心推荐", "，感谢带我的师傅", "，早知道早点做了", "，想了解的可以问我", "，分享给有需要的人",
               "，真的没骗人", "，现在轻松多了"]
QUESTIONS = {
    "loan": ["有没有人需要借钱的？", "谁急用钱吗？", "有人最近手头紧吗？"],
    "shuadan": ["有没有宝妈想在家赚钱的？", "有人想做兼职吗？", "谁想每天多赚一两百？"],
    "daigou": ["有没有人要日本代购的？", "有人要带免税店的东西吗？"],
    "gambling": ["有没有喜欢看球的？", "有人一起玩彩票吗？"],
    "health_scam": ["家里有老人高血压的吗？", "有没有糖尿病的叔叔阿姨？"],
    "weight_loss": ["有没有想减肥的姐妹？", "产后还没瘦下来的宝妈有吗？"],
    "investment": ["有人想学炒股吗？", "有没有对理财感兴趣的？"],
    "yinliu": ["有没有人想进团购群的？", "谁想每天免费领水果？"],
}
OFFERS = ["我这边有渠道", "我有个朋友在做这个", "我这里有个好机会", "我可以免费带你", "我有个方法", "我这有现成的"]
EMOJI_SUBS = [("钱", "💰"), ("有", "🈶"), ("可以", "🉑"), ("免费", "🆓"), ("手机", "📱"),
              ("红包", "🧧"), ("电话", "📞"), ("月", "🈷️"), ("赚", "💴"), ("女", "👩"),
              ("美", "💃"), ("球", "⚽"), ("药", "💊"), ("包", "👜"), ("表", "⌚"), ("鞋", "👟"),
              ("书", "📖"), ("车", "🚗"), ("房", "🏠"), ("酒", "🍷"), ("烟", "🚬"), ("茶", "🍵"),
              ("不", "🚫"), ("一", "1️⃣"), ("日", "🌞"), ("爱", "❤️"), ("心", "💗"), ("加", "➕")]


def _group_invites(want: int, rng: random.Random) -> list[tuple[str, str]]:
    groups = [(t, g) for t, gs in GROUP_NAMES.items() for g in gs]
    out = []
    for i, j in _draw(rng, [len(groups), len(INVITES)], want):
        topic, g = groups[i]
        text = INVITES[j].format(g=g, n=rng.choice(INVITERS), r5=_r(rng, 6), q=qq(rng))
        out.append((text, topic))
    return out


def _qr(want: int, rng: random.Random) -> list[tuple[str, str]]:
    acts = [(t, a) for t, xs in QR_ACTS.items() for a in xs]
    pitches = _topic_pitches()
    out = []
    for i, j, k in _draw(rng, [len(acts), len(QR_FORMS), 3], want):
        topic, act = acts[i]
        text = QR_FORMS[j].format(a=act)
        if k:
            same = [p for t, p in pitches if t == topic]
            text = f"{rng.choice(same)}，{text}" if k == 1 else f"{text}\n{rng.choice(same)}"
        out.append((text, topic))
    return out


def _friendly_contact(rng: random.Random, topic: str) -> str:
    tech = rng.choice(["plain_contact", "bare_alias", "plus_symbol", "no_contact"])
    return rng.choice(contact_forms(tech))(rng, topic)


def _long_friendly(want: int, rng: random.Random) -> list[tuple[str, str]]:
    pitches = _topic_pitches()
    out = []
    for i, j, k in _draw(rng, [len(OPENERS), len(pitches), len(BRIDGES)], want):
        topic, pitch = pitches[j]
        lead = rng.choice(["有需要的", "需要的", "感兴趣的可以", ""])
        text = (f"{OPENERS[i]}{BRIDGES[k]}{pitch}，{lead}{_friendly_contact(rng, topic)}。"
                f"{rng.choice(CLOSERS)}")
        out.append((text, topic))
    return out


def _testimonial(want: int, rng: random.Random) -> list[tuple[str, str]]:
    stories = [(t, s) for t, xs in STORIES.items() for s in xs]
    out = []
    for i, j, k in _draw(rng, [len(stories), len(STORY_TAILS), 4], want):
        topic, story = stories[i]
        cta = [rng.choice(NO_CONTACT), _friendly_contact(rng, topic), "需要的找我", "私聊我带你"][k]
        out.append((f"{story}{STORY_TAILS[j]}，{cta}", topic))
    return out


def _question_bait(want: int, rng: random.Random) -> list[tuple[str, str]]:
    qs = [(t, q) for t, xs in QUESTIONS.items() for q in xs]
    pitches = _topic_pitches()
    out = []
    for i, j, k in _draw(rng, [len(qs), len(OFFERS), 3], want):
        topic, q = qs[i]
        pitch = rng.choice([p for t, p in pitches if t == topic])
        tail = [rng.choice(NO_CONTACT), _friendly_contact(rng, topic), "想了解的私聊"][k]
        out.append((f"{q}{OFFERS[j]}，{pitch}，{tail}", topic))
    return out


def _emoji_words(want: int, rng: random.Random) -> list[tuple[str, str]]:
    out = []
    pitches = _topic_pitches()
    bare = contact_forms("bare_alias") + contact_forms("no_contact")
    for i, j in _draw(rng, [len(pitches), len(bare)], want * 3):
        topic, pitch = pitches[i]
        text = f"{pitch}，{bare[j](rng, topic)}"
        hits = [(a, b) for a, b in EMOJI_SUBS if a in text]
        if len(hits) < 2:
            continue
        for a, b in rng.sample(hits, min(len(hits), rng.randint(2, 4))):
            text = text.replace(a, b)
        out.append((text, topic))
        if len(out) >= want:
            break
    return out


def _taokouling(want: int, rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for i, j in _draw(rng, [len(TAOKOULING), len(TAO_PITCHES)], want):
        pitch = TAO_PITCHES[j]
        topic = "fake_goods" if any(w in pitch for w in ("原单", "高仿", "名牌", "假一")) else "other"
        out.append((f"【淘宝】{_fill(TAOKOULING[i], rng)}，{pitch}", topic))
    return out


def _traditional(want: int, rng: random.Random) -> list[tuple[str, str]]:
    import opencc
    conv = opencc.OpenCC(rng.choice(["s2t", "s2hk", "s2tw"]))
    out = []
    for tech in ("plain_contact", "bare_alias", "no_contact", "plus_symbol", "phone_pieces", "link"):
        for text, topic in _contact_ads(tech, want // 5, rng):
            t = conv.convert(text)
            if t != text:
                out.append((t, topic))
    rng.shuffle(out)
    return out[:want]


AD_QUOTAS = {
    "plain_contact": 180, "bare_alias": 280, "sound_alike": 260, "plus_symbol": 200,
    "split_chars": 230, "styled_digits": 230, "phone_pieces": 170, "link": 210, "homoglyph": 120,
    "pinyin": 80, "no_contact": 200, "group_invite": 110, "qr_code": 70, "long_friendly": 220,
    "testimonial": 60, "question_bait": 60, "emoji_words": 70, "traditional": 150,
}


def ads_for(technique: str, want: int, rng: random.Random) -> list[tuple[str, str]]:
    special = {"group_invite": _group_invites, "qr_code": _qr, "long_friendly": _long_friendly,
               "testimonial": _testimonial, "question_bait": _question_bait,
               "emoji_words": _emoji_words, "traditional": _traditional}
    if technique in special:
        return special[technique](want, rng)
    out = _contact_ads(technique, want, rng)
    if technique == "no_contact":
        out += _taokouling(want // 6, rng)
    return out
