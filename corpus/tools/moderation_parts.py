"""Hand-written parts that make_moderation.py composes into examples.

Every list here was written by hand from knowledge of Chinese WeChat group chat (2024-2026);
the functions only combine them. Ads: a sales pitch (per topic) x a contact form (per
technique) x a wrapper. Ham: sentence templates with slots, per group kind.
"""
from __future__ import annotations

import functools
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
        "装修贷、教育贷、医美分期都能做", "下款不成功不收费", "五分钟审批，十分钟到账", "只要你有手机号就能借",
    ],
    "gambling": [
        "带你回血上岸", "每天稳赚500+", "彩票计划准确率90%", "足球外围，世界杯欧冠都能玩",
        "真人百家乐，充值秒到", "棋牌上下分秒到账", "体育推单，连红十天", "时时彩极速赛车带单",
        "新平台注册送彩金", "捕鱼游戏，充100送50", "首充送100%", "输了包赔，赢了分成",
        "今晚这场稳了", "跟单必中，不中退款", "专业团队带你赢", "斗地主麻将真钱局24小时开",
        "幸运飞艇专业计划", "老哥稳定回血群", "NBA内部消息", "赛马会内部资料，期期中",
        "PC蛋蛋，稳定盈利", "大小单双，倍投必赢", "体彩竞彩专家推荐", "线上娱乐城，提现秒到",
        "炸金花牛牛，真人在线", "老虎机爆分技巧", "电竞竞猜，LOL王者都能押", "一元夺宝，以小博大",
    ],
    "daigou": [
        "日本代购，资生堂SK2安耐晒", "韩国免税店代购，专柜6折", "澳洲奶粉直邮", "香港代购金饰",
        "泰国乳胶枕代购", "欧洲奢侈品代购，包包鞋子都有", "美国保健品代购，鱼油钙片",
        "法国药妆代购，理肤泉雅漾", "越南腰果代购", "免税店口红，一支120", "雅诗兰黛小棕瓶299",
        "日本药妆，每周出货", "德国奶粉直邮到家", "台湾凤梨酥牛轧糖可拼单", "英国Boots代购",
        "正品保证，假一赔十", "海外直邮，附小票", "大牌香水代购，比专柜便宜一半",
        "Costco山姆代购，会员价", "香港万宁屈臣氏代购，每周过关", "韩国面膜100片199",
    ],
    "shuadan": [
        "招聘兼职，手机就能做，日结", "宝妈在家也能赚钱", "点赞关注一单3元", "淘宝刷单不用垫付",
        "招打字员，在家工作", "抖音点赞员，一单一结", "每天1-2小时，月入三四千",
        "招网店评价员，一单8块", "手工活外发，计件结算", "招线上客服，日结300",
        "看小说也能赚钱", "拼多多助力员，每单2元", "京东好评员，一条5元", "大学生暑假兼职",
        "不收任何费用，做完就结", "零门槛，有手机就行", "招聘小说录入员，千字30", "做任务领佣金",
        "时间自由，多劳多得", "招募体验官，免费试用还给钱",
        "招聘语音主播，陪聊一小时40", "小红书写手，一篇稿费50", "视频剪辑兼职，零基础包教",
        "手机拍照上传，一张5元", "游戏试玩员，边玩边赚",
        "短剧推广，一部剧分成上千", "AI副业，每天赚300", "APP拉新，一个新人20元", "无货源开网店，一件代发",
    ],
    "health_scam": [
        "祖传秘方治疗糖尿病", "高血压不用再吃药了", "关节疼痛一贴见效", "免费领取降压仪",
        "德国进口靶向药", "纳米远红外护膝，治风湿", "视力恢复仪，近视老花都能治",
        "灵芝孢子粉抗癌", "量子能量鞋，走路治百病", "老寒腿一贴就好", "降糖茶免费试喝",
        "专治失眠焦虑", "排毒养颜胶囊清宿便", "三高克星，纯中药调理", "前列腺一次根治",
        "痛风特效药，三天不疼", "富氢水杯，喝了不生病", "老中医坐诊，免费把脉",
        "脑梗中风后遗症康复", "60岁以上老人免费领鸡蛋，听讲座",
        "国家免费发放助听器", "负离子床垫调理失眠", "磁疗护膝，戴上就不疼", "鼻炎一喷就通",
    ],
    "yinliu": [
        "宝妈福利群，每天免费领", "进群领红包", "本地吃喝玩乐群", "同城团购群，比超市便宜",
        "相亲交友群，单身的来", "每天分享家常菜谱", "育儿交流群，辅食添加", "广场舞交流群",
        "钓鱼爱好者群，周末出钓", "0元购福利群", "拼车拼团群", "读书打卡群",
        "来我直播间，9.9秒杀", "帮忙关注我的视频号，互关", "小区二手交换群",
        "每天下午三点开抢免费水果", "薅羊毛群，优惠券每天发", "家长交流群，资料免费领",
    ],
    "porn": [
        "同城美女上门服务", "寂寞了吗，全城可约", "成人视频资源永久观看", "深夜福利，懂的都懂",
        "丝袜美腿视频会员", "同城交友，今晚见", "深夜陪聊", "私人影院，你懂的",
        "学生妹兼职，照片真实", "一夜情交友APP",
        "一对一视频聊天", "会所新到一批技师",
    ],
    "fake_goods": [
        "大牌包包工厂直发", "耐克阿迪莆田原厂", "高仿手表一比一复刻", "奢侈品原单尾货",
        "烟酒批发，茅台中华", "LV GUCCI 顶级版本", "阿玛尼口红高仿", "名牌皮带复刻",
        "大牌香水高仿，留香持久", "原单衣服，专柜品质", "AJ球鞋，得物验货能过", "苹果手机官翻机",
        "大牌墨镜A货", "顶级复刻，细节对版",
        "茅台五粮液批发价", "出口转内销名牌服装三折",
    ],
    "investment": [
        "数字货币投资，导师一对一", "股票内幕消息，明天必涨", "原始股认购，即将上市",
        "黄金白银现货抄底", "虚拟币合约带单，胜率90%", "区块链项目，每日分红",
        "养老项目投资，保本保息", "外汇交易带单，月入过万", "期货带单，稳赚",
        "涨停板战法免费教", "老师每晚直播讲课", "跟着老师三个月翻倍", "USDT搬砖，日收益2%",
        "新股中签率提高十倍", "理财产品年化20%",
        "美股港股开户送打新额度", "养老基金每月分红", "财经直播间每晚推牛股",
        "光伏电站投资，年收益12%", "短剧投资，回报三倍", "数字藏品首发，翻倍卖出", "香港保险美元储蓄",
    ],
    "weight_loss": [
        "一个月瘦20斤", "不节食不运动也能瘦", "产后修复瘦肚子", "瘦身咖啡一杯掉秤",
        "酵素减肥七天瘦十斤", "左旋肉碱躺着瘦", "代餐奶昔，吃饱也瘦", "21天减肥打卡",
        "减肥茶，喝了就掉秤", "中药瘦身，不反弹", "燃脂贴，贴肚子就瘦",
        "埋线减肥一次瘦十斤", "无效退款，30天见效",
    ],
    "other": [
        "代写论文包过", "办理各类证书，学历可查", "出售微信号QQ号", "高价回收银行卡手机卡",
        "游戏代练上分", "ETC免费办理", "代开发票", "办证刻章", "靓号手机号出售",
        "各类会员账号便宜出", "驾照代办不用考", "征信修复，包过",
        "大流量卡19元135G", "话费八折充值", "黄金回收高于金店", "代刷抖音粉丝", "高考志愿填报一对一",
        "医保卡余额提现，九折回收", "代开病假条", "低价机票，比官网便宜三成",
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
    "打扰了，{p}，{c}", "{p}，不需要的请忽略，{c}", "发个广告：{p}，{c}", "{p}\n{c}\n诚信合作",
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


@functools.cache
def _converter(config: str):
    import opencc
    return opencc.OpenCC(config)


def _traditional(want: int, rng: random.Random) -> list[tuple[str, str]]:
    conv = _converter(rng.choice(["s2t", "s2hk", "s2tw"]))
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


# ---------------------------------------------------------------- ham: slots
NAMES = ["小李", "王姐", "张阿姨", "老陈", "刘老师", "小雨妈妈", "乐乐妈", "朵朵", "李叔", "周姐",
         "阿芳", "小美", "晨晨妈妈", "老王", "赵大爷", "孙姐", "小杨", "吴阿姨", "大宝妈", "琪琪",
         "豆豆妈", "林老师", "何姐", "小胡", "郑阿姨", "马大姐", "小蒋", "悠悠妈", "明明爸", "许姐"]
ROOMS = ["3-1-402", "5栋1203", "12号楼601", "2单元301", "A座1708", "7-2-501", "16栋2号", "西区8-302"]
AGES = ["三个月", "半岁", "八个月", "一岁", "一岁半", "两岁", "三岁", "四岁", "五岁", "上一年级的",
        "上二年级的", "上初中的"]
KID_TOPICS = ["不爱吃饭", "晚上睡不踏实", "老是咳嗽", "不肯刷牙", "总是哭闹", "便秘", "挑食",
              "长湿疹", "不爱喝水", "写作业磨蹭", "沉迷动画片", "说话晚", "怕生", "爱咬人"]
KID_ASKS = ["大家有什么好办法吗", "要不要去医院看看", "正常吗", "有没有经验分享一下", "怎么办啊😭",
            "你们家的也这样吗", "求支招", "愁死我了"]
FOODS = ["饺子", "馄饨", "红烧肉", "小米粥", "西红柿炒鸡蛋", "排骨汤", "包子", "面条", "鸡蛋羹",
         "南瓜饼", "土豆丝", "鱼香肉丝", "可乐鸡翅", "酸菜鱼", "糖醋排骨", "紫菜蛋花汤"]
PLACES = ["社区医院", "儿童医院", "人民公园", "图书馆", "游泳馆", "菜市场", "社区活动中心", "老年大学",
          "万达", "科技馆", "动物园", "体育馆", "银行", "社保局", "派出所", "早市"]
TIMES = ["明天上午九点", "今天下午三点", "周六上午十点", "周日下午两点半", "晚上七点", "后天一早",
         "下周一", "这周五晚上", "明早七点半", "中午十二点"]
PRODUCTS = [("草莓", "盒", "19.9"), ("阿克苏苹果", "箱", "49.9"), ("鸡蛋", "盒", "9.9"),
            ("东北大米", "袋", "59"), ("羊肉卷", "斤", "38"), ("车厘子", "斤", "39.9"),
            ("砂糖橘", "箱", "29.9"), ("土鸡", "只", "88"), ("五常大米", "袋", "79"),
            ("纯牛奶", "箱", "45"), ("芒果", "斤", "12.8"), ("蓝莓", "盒", "15.9"),
            ("粽子", "盒", "68"), ("月饼礼盒", "盒", "128"), ("汤圆", "袋", "12.9"),
            ("猕猴桃", "箱", "39"), ("食用油", "桶", "69.9"), ("卫生纸", "提", "29.9"),
            ("冬枣", "斤", "9.8"), ("大闸蟹", "份", "198"), ("酸奶", "排", "16.8"),
            ("水饺", "袋", "23.5"), ("西瓜", "个", "25"), ("丑橘", "箱", "36.8")]
STORE_TEMPLATES = [
    "各位会员，{t}店内{p}到货，{price}元一{u}，需要的可以接龙",
    "今日特价：{p} {price}元/{u}，每人限购两{u}",
    "本周团购：{p}，{price}元一{u}，{t}截单",
    "{p}还剩最后几{u}了，需要的抓紧",
    "接龙的{p}已经到店，{t}后可以来取",
    "提醒：{t}是{p}团购的提货时间，地址：幸福路88号门店",
    "{p}有几位还没提货，麻烦尽快来取哦",
    "昨天的{p}有顾客说不新鲜，已经安排退款了，抱歉给大家添麻烦",
    "新到一批{p}，{price}元一{u}，欢迎到店选购",
    "会员日{p}打9折，原价{price}元",
    "{t}开始接龙{p}，{price}元/{u}，限量50{u}",
    "大家要的{p}我都记下了，{t}统一配送",
    "积分满1000可以兑换{p}一{u}",
    "{p}试吃活动{t}开始，欢迎带孩子来",
]
MOTHER_TEMPLATES = [
    "我家宝宝{a}，{k}，{ask}", "{a}宝宝{k}，{ask}", "有没有妈妈知道{pl}周末开不开门",
    "今天给娃做了{f}，吃了一大碗😄", "{n}，你家宝宝{a}了吧", "{pl}那边停车方便吗，想带娃去",
    "{t}幼儿园开家长会，别忘了", "娃{k}，试了好多办法都不行", "谁家宝宝{a}会走路了",
    "求推荐适合{a}宝宝的绘本", "{n}你上次说的那个{f}做法能再发一下吗", "带娃去{pl}，人好多",
    "{a}孩子一天睡多久正常啊", "今天晚饭做{f}，娃说好吃", "@{n} 明天一起去{pl}吗",
    "听{n}说{pl}有亲子活动，有人去吗", "孩子班上好多流感的，大家注意",
    "{n}，你家孩子{k}后来怎么好的", "{a}的孩子该打什么疫苗了", "{t}带娃去{pl}打卡",
    "宝宝{k}，是不是要补点什么", "{pl}的儿童区开了，{t}去看看", "今天娃自己吃了一碗{f}，奖励一朵小红花",
]
SENIOR_TEMPLATES = [
    "{t}去{pl}，有一起的吗", "今天中午吃的{f}，香得很", "{n}，身体好点了吗", "{pl}{t}有免费量血压",
    "老伙计们，{t}下棋", "孙子说想吃{f}，明天给他做", "{n}做的{f}太好吃了", "{t}社区唱歌，大家来啊",
    "早上去{pl}转了一圈，人真多", "今天在{pl}碰到{n}了，精神头挺好", "{n}，明天{pl}见",
    "血压今天{bp}，比上周好点", "天冷了，{n}出门多穿点", "{pl}那边修路，大家绕着走",
    "{n}，{t}一起去{pl}吧", "今天学做了{f}，老伴说好吃", "{t}{pl}有讲座，讲防诈骗的",
    "{n}的腿好些了吗", "刚从{pl}回来，累了，歇会儿", "孙女说{t}回来，我得做{f}",
]
YOUNG_PLACES = ["万达", "科技馆", "动物园", "体育馆", "环球影城", "livehouse", "剧本杀店", "健身房",
                "网红咖啡店", "商场", "KTV", "羽毛球馆", "音乐节", "海边"]
YOUNG_TEMPLATES = [
    "{t}一起去吃{f}吗", "今天中午又是{f}，吃腻了", "{n}，{t}有空吗", "{yp}附近有好吃的推荐吗",
    "{t}去{yp}，有人约吗", "刚下班，累死了，想吃{f}", "{n}你到哪了", "外卖点了{f}，等了一个小时",
    "周末去{yp}玩吗", "{yp}人太多了，换个地方吧", "{n}说{yp}新开了一家，{t}去试试", "{n}生日快乐🎂🎉", "笑死，{n}又迟到了", "{t}开会，别忘了带电脑",
]
SCAMS = ["刷单", "网赌", "兼职刷单", "网贷", "保健品", "假代购", "投资理财群", "炒币", "百家乐",
         "免费领鸡蛋讲座", "养老投资", "征信修复", "点赞关注兼职", "不看征信的贷款", "彩票计划",
         "足球外围", "量子养生", "杀猪盘", "冒充客服退款", "冒充公检法"]
WARN_WHO = ["我表弟", "我邻居", "我同事", "我姑姑", "我们楼下的大爷", "我朋友", "我老同学", "隔壁王阿姨",
            "我一个亲戚", "我妈的老姐妹", "我们单位一个小姑娘", "新闻上说有个老人"]
WARN_LOSS = ["被骗了两万", "输了二十万", "亏了八万多", "被骗了五千", "差点被骗", "把积蓄都搭进去了",
             "欠了一屁股债", "报警了也追不回来"]
WARN_TEMPLATES = [
    "{w}碰了{s}，{l}，大家千万别信", "提醒大家：{s}都是骗局，别上当", "最近有人在群里发{s}广告，都是骗子",
    "{w}因为{s}{l}，太惨了", "反诈民警说了，{s}是最常见的诈骗，看到就拉黑", "谁再发{s}的广告，直接踢出去",
    "千万别碰{s}，{w}就是例子，{l}", "家里有老人的多提醒一下，小心{s}", "看到{s}的消息不要点，不要回",
    "社区今天讲反诈，重点讲了{s}", "{s}这种东西，沾上就完了", "群主，刚才那个发{s}的是骗子吧？",
    "我刚差点信了{s}，幸好{w}提醒我", "新闻说{s}又抓了一批人", "{s}的套路就是先给甜头再骗大钱",
    "我把那个发{s}的拉黑了", "谁家有老人的，跟他们讲讲{s}的事", "{w}说{s}是假的，我信了",
    "说{s}能赚钱的都是骗子，别信", "孩子们也要注意，{s}专门骗学生", "{w}{l}，就是因为信了{s}",
]
WARN_ADVICE = ["", "，下载个国家反诈中心APP", "，有事打96110", "，转账前一定核实", "，大家互相提醒",
               "，别贪小便宜"]
SHARE = [
    ("{x} 复制打开抖音，看看【{u}的作品】{c} https://v.douyin.com/{r}/", "douyin"),
    ("https://v.douyin.com/{r}/ {c}", "douyin"), ("【小红书】{c} http://xhslink.com/a/{r}", "xhs"),
    ("{c} https://b23.tv/{r}", "bili"), ("https://www.bilibili.com/video/BV1{r} {c}", "bili"),
    ("{c} https://v.kuaishou.com/{r}", "ks"), ("【淘宝】https://m.tb.cn/h.{r} {c}", "tb"),
    ("https://item.jd.com/{n}.html {c}", "jd"), ("{c} https://u.jd.com/{r}", "jd"),
    ("https://mobile.yangkeduo.com/goods.html?goods_id={n} {c}", "pdd"),
    ("{c} https://mp.weixin.qq.com/s/{r}", "wx"), ("{c} https://www.gov.cn/zhengce/content/{n}.htm", "gov"),
    ("{c} https://www.zhihu.com/question/{n}", "zhihu"), ("https://weibo.com/{n}/{r} {c}", "weibo"),
    ("{c} https://i.meituan.com/poi/{n}", "meituan"), ("{c} https://m.dianping.com/shop/{r}", "dianping"),
    ("{c} https://surl.amap.com/{r}", "amap"), ("【饿了么】{c} https://h5.ele.me/shop/#id=E{n}", "ele"),
    ("{c} https://music.163.com/song?id={n}", "netease"), ("【闲鱼】{c} https://m.tb.cn/h.{r}", "xianyu"),
    ("{c} https://www.toutiao.com/article/{n}/", "toutiao"), ("{c} https://m.weibo.cn/status/{n}", "weibo"),
    ("{u}发布了一篇小红书笔记，快来看吧！😆 {r} 😆 http://xhslink.com/a/{r}，复制本条信息，打开【小红书】App查看精彩内容！", "xhs"),
    ("{x} 复制打开抖音，看看【{u}的作品】{c} # 家常菜 https://v.douyin.com/{r}/ 复制此链接，打开Dou音搜索，直接观看视频！", "douyin"),
    ("【淘宝】https://m.tb.cn/h.{r}?tk={r} CZ0001 「{c}」点击链接直接打开 或者 淘宝搜索直接打开", "tb"),
    ("【京东】https://3.cn/{r} 「{c}」点击链接直接打开", "jd"),
    ("https://v.kuaishou.com/{r} {u}发了一个快手作品，一起来看！{c}", "ks"),
    ("【{c}-哔哩哔哩】 https://b23.tv/{r}", "bili"),
    ("https://mobile.yangkeduo.com/{r}.html 【拼多多】{c}，快来帮我砍一刀", "pdd"),
]
SHARE_COMMENTS = ["这个做法太简单了，今晚试试", "这个讲得很清楚", "大家看看，说得有道理", "笑死我了哈哈哈",
                  "宝宝辅食一周不重样", "老年人防跌倒的，转给家里老人", "冬天养生的小妙招", "这个收纳方法好实用",
                  "孩子学习习惯的，值得一看", "这个价格挺划算的", "我买过，质量不错", "退休金调整的通知",
                  "流感高发，注意防护", "红烧肉的家常做法", "周末带娃去哪玩", "这个店评分挺高的",
                  "医保新政策，大家了解一下", "广场舞新曲子，跟着学", "这个保温杯我买了，挺好用",
                  "还差一个人拼单，帮忙点一下", "这个面包机评价很好", "冬天的羊肉汤做法",
                  "孩子的寒假作业有参考", "社保卡怎么激活，看这个", "讲得太对了，转给大家"]
EMAIL_USERS = ["lihua", "wangmin", "zhang.wei", "chenjing", "liuyang", "xiaoyu", "mama_le", "teacher.lin",
               "zhouli", "sunhao", "hr", "service", "office", "yangfan", "heqing"]
EMAIL_HOSTS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com",
               "yeah.net", "139.com", "aliyun.com", "school.edu.cn", "company.com.cn"]
EMAIL_TEMPLATES = ["我的邮箱是 {e}，照片发我一下", "简历发到 {e} 就行", "作业发老师邮箱：{e}",
                   "发票开好了发我邮箱 {e}，谢谢", "资料发这个邮箱 {e}", "{e} 这是我邮箱，有事发邮件",
                   "报名表填好发到 {e}", "孩子的作品投稿邮箱 {e}", "视频太大了，发我邮箱吧 {e}"]
THANKS = ["谢谢{n}分享", "谢谢{n}", "感谢{n}", "谢谢{n}提醒", "辛苦{n}了", "谢谢{n}🙏", "收到，谢谢{n}",
          "谢谢{n}的红包🧧", "感谢{n}的分享👍", "多谢{n}", "{n}辛苦了", "谢谢{n}帮忙"]
HOLIDAYS = ["新年", "春节", "元宵节", "端午节", "中秋节", "国庆节", "重阳节", "冬至", "除夕",
            "妇女节", "母亲节", "父亲节", "教师节", "儿童节", "劳动节", "元旦", "小年", "七夕"]
WISHES = ["快乐", "快乐，阖家幸福", "快乐，身体健康", "快乐，万事如意", "愉快", "安康", "快乐！祝大家心想事成",
          "快乐，天天开心", "快乐🎉", "快乐🌹🌹🌹", "快乐，平安顺遂"]
CHAIN_ITEMS = ["草莓", "苹果", "鸡蛋", "大米", "牛奶", "粽子", "月饼", "橙子", "车厘子", "排骨"]
CHAIN_HEADS = ["接龙", "#接龙", "团购接龙", "{i}接龙，{t}截止", "周六亲子活动报名", "{i}团购",
               "明天{i}到货，需要的接龙", "#接龙\n{i}"]
QTY = ["1份", "2份", "3份", "1箱", "2盒", "一份", "两份", "1", "2", "大人1小孩1", "2人", "+1"]
COURIERS = [("顺丰", "SF{d13}"), ("中通", "7{d13}"), ("圆通", "YT{d13}"), ("韵达", "4{d12}"),
            ("京东", "JD{d13}"), ("邮政", "98{d11}"), ("申通", "77{d12}"), ("极兔", "JT{d13}")]
NUMBER_TEMPLATES = [
    "我的{c}单号是 {no}，一直没更新", "{c}快递 {no}，麻烦帮查一下", "单号 {no}，显示已签收但我没收到",
    "订单号：{o}，什么时候发货", "一共{m}元，我微信转你了", "{t}在小区门口集合", "地址：{addr}",
    "我住{r}，送到门口就行", "取件码 {code}，帮我拿一下快递", "会议号 {meet}，{t}开始",
    "总共{m}元，AA每人{m2}", "车牌号京A{plate}，在东门等你", "{t}的高铁，G{train}次",
    "订单尾号{tail}的，来取一下货", "收据编号{o}", "付了{m}，找我{m2}",
]
ADDRS = ["朝阳区建国路88号", "海淀区中关村大街27号", "浦东新区世纪大道100号", "天河区体育西路191号",
         "武侯区人民南路四段", "幸福路88号门店", "和平里北街3号院", "江汉路步行街120号", "解放东路18号"]


def _kids(rng: random.Random) -> dict:
    return dict(a=rng.choice(AGES), k=rng.choice(KID_TOPICS), ask=rng.choice(KID_ASKS),
                f=rng.choice(FOODS), pl=rng.choice(PLACES), yp=rng.choice(YOUNG_PLACES), t=rng.choice(TIMES), n=rng.choice(NAMES),
                bp=f"{rng.randint(118, 150)}/{rng.randint(70, 95)}")


def _templated(templates: list[str], want: int, rng: random.Random) -> list[str]:
    """Fill templates; two fills that differ only in a number (an age, a time) count once."""
    out: list[str] = []
    keys: set[str] = set()
    tries = 0
    while len(out) < want and tries < want * 20:
        tries += 1
        template, slots = rng.choice(templates), _kids(rng)
        key = template.format(**{**slots, "a": "", "t": "", "bp": ""})
        if key not in keys:
            keys.add(key)
            out.append(template.format(**slots))
    return out


def _store(want: int, rng: random.Random) -> list[str]:
    out = []
    for i, j in _draw(rng, [len(STORE_TEMPLATES), len(PRODUCTS)], want):
        p, u, price = PRODUCTS[j]
        out.append(STORE_TEMPLATES[i].format(p=p, u=u, price=price, t=rng.choice(TIMES)))
    return out


def _chain(want: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(want):
        item = rng.choice(CHAIN_ITEMS)
        head = rng.choice(CHAIN_HEADS).format(i=item, t=rng.choice(TIMES))
        people = rng.sample(NAMES, rng.randint(1, 7))
        start = rng.randint(1, 20)
        lines = [f"{start + k}. {p} {rng.choice(ROOMS) + ' ' if rng.random() < 0.3 else ''}{rng.choice(QTY)}"
                 for k, p in enumerate(people)]
        out.append("\n".join(lines) if len(people) == 1 else head + "\n" + "\n".join(lines))
    return out


NUMBER_HEADS = ["", "@{n} ", "{n}，", "麻烦问下，", "群主，", "老板，", "亲，"]
NUMBER_TAILS = ["", "，谢谢", "，麻烦了", "🙏", "，急", "，辛苦了", "～"]


def _numbers(want: int, rng: random.Random) -> list[str]:
    out = []
    sizes = [len(NUMBER_TEMPLATES), len(NUMBER_HEADS), len(NUMBER_TAILS)]
    for i, h, k in _draw(rng, sizes, want):
        c, pat = rng.choice(COURIERS)
        no = pat.format(d11=_digits(rng, 11), d12=_digits(rng, 12), d13=_digits(rng, 13))
        m = rng.randint(8, 600)
        text = NUMBER_TEMPLATES[i].format(
            c=c, no=no, o="20" + _digits(rng, 14), m=f"{m}.{rng.choice([0, 5, 8])}", m2=m // rng.randint(2, 6),
            t=rng.choice(TIMES), addr=rng.choice(ADDRS) + rng.choice(ROOMS), r=rng.choice(ROOMS),
            code=f"{rng.randint(1, 9)}-{rng.randint(1, 6)}-{_digits(rng, 4)}",
            meet=f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", plate=_r(rng, 5).upper(),
            train=rng.randint(1, 9999), tail=_digits(rng, 4))
        out.append(NUMBER_HEADS[h].format(n=rng.choice(NAMES)) + text + NUMBER_TAILS[k])
    return out


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _antiscam(want: int, rng: random.Random) -> list[str]:
    out = []
    for i, j, k in _draw(rng, [len(WARN_TEMPLATES), len(SCAMS), len(WARN_ADVICE)], want):
        text = WARN_TEMPLATES[i].format(w=rng.choice(WARN_WHO), s=SCAMS[j], l=rng.choice(WARN_LOSS))
        out.append(text if text.endswith("？") else text + WARN_ADVICE[k])
    return out


def _sharelinks(want: int, rng: random.Random) -> list[str]:
    out = []
    for i, j in _draw(rng, [len(SHARE), len(SHARE_COMMENTS)], want):
        tmpl, _ = SHARE[i]
        out.append(tmpl.format(x=f"{rng.randint(1, 9)}.{rng.randint(10, 99)}", u=rng.choice(NAMES),
                               c=SHARE_COMMENTS[j], r=_r(rng, rng.randint(7, 10)), n=_digits(rng, 9)))
    return out


def _emails(want: int, rng: random.Random) -> list[str]:
    out = []
    for i, j, k in _draw(rng, [len(EMAIL_TEMPLATES), len(EMAIL_USERS), len(EMAIL_HOSTS)], want):
        user = EMAIL_USERS[j] + rng.choice(["", "", str(rng.randint(1970, 2015))])
        out.append(EMAIL_TEMPLATES[i].format(e=f"{user}@{EMAIL_HOSTS[k]}"))
    return out


def _thanks(want: int, rng: random.Random) -> list[str]:
    return [THANKS[i].format(n=NAMES[j]) for i, j in _draw(rng, [len(THANKS), len(NAMES)], want)]


def _greetings(want: int, rng: random.Random) -> list[str]:
    heads = ["", "祝大家", "祝各位", "{n}，", "群里的朋友们，", "祝家人们"]
    out = []
    for i, j, k in _draw(rng, [len(HOLIDAYS), len(WISHES), len(heads)], want):
        out.append(heads[k].format(n=rng.choice(NAMES)) + HOLIDAYS[i] + WISHES[j])
    return out


def _traditional_ham(want: int, rng: random.Random, hand: list[dict]) -> list[str]:
    source = [r["text"] for r in hand if r["category"] in ("mothers", "seniors", "young", "antiscam", "store")]
    rng.shuffle(source)
    out = []
    for text in source:
        t = _converter(rng.choice(["s2t", "s2hk", "s2tw"])).convert(text)
        if t != text:
            out.append(t)
        if len(out) >= want:
            break
    return out


# Long friendly ham: the openers of the long friendly ads, then ordinary chat instead of a pitch.
LONG_HAM_TAILS = [
    "以后请大家多多关照！", "孩子们都睡了，我也准备休息了，大家晚安。", "明天还要早起送孩子，先下了哈。",
    "对了，小区东门在修路，出门走西门。", "顺便问一下，附近哪家儿科医院比较好？", "今天店里的草莓挺甜的，大家可以去看看。",
    "祝大家周末愉快，天冷多穿衣服！", "有空一起带孩子去公园玩呀。", "谢谢大家一直以来的照顾❤️",
    "我家老人也常来这个店，说东西实在。", "分享个小窍门：炖汤的时候放两片陈皮，特别香。", "明天社区有免费量血压，老人可以去。",
    "提醒一下，最近骗子多，陌生人加好友别通过。", "下周学校开家长会，别忘了哈。", "天气预报说周末降温，大家注意保暖。",
    "我刚学会做面包，下次带给大家尝尝。", "有什么需要帮忙的随时@我。", "希望以后多组织这样的活动！",
]


def _long_ham(want: int, rng: random.Random) -> list[str]:
    return [OPENERS[i] + LONG_HAM_TAILS[j] for i, j in _draw(rng, [len(OPENERS), len(LONG_HAM_TAILS)], want)]


HAM_QUOTAS = {
    "mothers": 700, "seniors": 600, "young": 500, "store": 340, "chain": 600, "numbers": 600,
    "antiscam": 600, "sharelink": 450, "email": 300, "thanks": 300, "greeting": 400,
    "traditional": 500, "other_hard": 200,
}


def ham_for(category: str, want: int, rng: random.Random, hand: list[dict]) -> list[str]:
    makers = {"mothers": lambda: _templated(MOTHER_TEMPLATES, want, rng),
              "seniors": lambda: _templated(SENIOR_TEMPLATES, want, rng),
              "young": lambda: _templated(YOUNG_TEMPLATES, want, rng),
              "store": lambda: _store(want, rng), "chain": lambda: _chain(want, rng),
              "numbers": lambda: _numbers(want, rng), "antiscam": lambda: _antiscam(want, rng),
              "sharelink": lambda: _sharelinks(want, rng), "email": lambda: _emails(want, rng),
              "thanks": lambda: _thanks(want, rng), "greeting": lambda: _greetings(want, rng),
              "traditional": lambda: _traditional_ham(want, rng, hand),
              "other_hard": lambda: _long_ham(want, rng)}
    return makers[category]()
