"""Compose more intent examples from hand-written parts into corpus/intents/generated.jsonl.

    python -m corpus.tools.make_intents

The hand-written files (orders, signups, signins, none, questions) hold the bulk; this adds
combinations of their parts that members really produce: a greeting around a trigger, an
address to the staff before an order, a polite tail, a quantity in every spelling. Every family
here starts with ``g-`` so a scorer can tell composed examples from hand-written ones. The
output is rewritten on each run (a fixed seed: the same file every time), and a text already in
another intents file, or composed twice, is kept once.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

INTENTS = Path(__file__).resolve().parents[1] / "intents"
OUT = INTENTS / "generated.jsonl"
SEED = 18

# Quantities as members spell them: (spelling, value). 两/俩/仨 and full-width digits included.
QTY = [
    ("一", 1), ("1", 1), ("１", 1), ("两", 2), ("二", 2), ("2", 2), ("２", 2), ("三", 3), ("3", 3),
    ("四", 4), ("4", 4), ("五", 5), ("5", 5), ("六", 6), ("6", 6), ("七", 7), ("八", 8), ("8", 8),
    ("十", 10), ("10", 10), ("十二", 12), ("15", 15), ("二十", 20),
]
SMALL_QTY = [q for q in QTY if q[1] <= 5]

# (product words as members say them, measure words that fit)
PRODUCTS = [
    (["鸡蛋", "土鸡蛋", "柴鸡蛋", "笨鸡蛋"], ["份", "箱", "盒"]),
    (["草莓", "丹东草莓", "奶油草莓"], ["盒", "斤", "份"]),
    (["大米", "东北大米", "新米"], ["袋", "份"]),
    (["小米", "五常小米", "东北小米"], ["袋", "份"]),
    (["大枣", "红枣", "和田大枣", "枣"], ["袋", "份", "斤"]),
    (["汤圆", "芝麻汤圆", "黑芝麻汤圆"], ["袋", "份"]),
    (["苹果泥", "果泥"], ["盒", "份"]),
    (["鞋垫", "防滑鞋垫"], ["份", "套"]),
    (["围巾", "羊绒围巾"], ["条"]),
    (["托特包", "帆布包"], ["个"]),
    (["绘本", "毛毛虫绘本"], ["本", "套"]),
    (["橙子", "赣南脐橙"], ["箱", "斤"]),
    (["核桃", "纸皮核桃"], ["袋", "斤"]),
]

ADDRESS = ["", "", "", "店长，", "小李，", "王店长 ", "@群助手 ", "亲，", "店长 "]
POLITE = ["", "", "", "，谢谢", " 谢谢", "，辛苦了", "~", "哈", "哦", "！", "。", "🙏", "[抱拳]",
          " 谢谢店长", "，麻烦了", "😊", "[玫瑰]", "吧"]

ORDER_TEMPLATES = [
    "{a}我要{q}{m}{p}", "{a}{p}我要{q}{m}", "{a}{p}要{q}{m}", "{a}{p}{q}{m}", "{a}给我来{q}{m}{p}",
    "{a}{p}给我留{q}{m}", "{a}帮我订{q}{m}{p}", "{a}我订{q}{m}{p}", "{a}{p}，{q}{m}", "{a}来{q}{m}{p}",
    "{a}{p}来{q}{m}", "{a}我也要{q}{m}{p}", "{a}{p}记我{q}{m}", "{a}{p}算我{q}{m}",
]
CHANGE_TEMPLATES = [  # (template, kind): kind "total" -> quantity, "add"/"sub" -> delta
    ("{a}{p}改成{q}{m}", "total"), ("{a}我的改成{q}{m}", "total"), ("{a}改一下，{q}{m}", "total"),
    ("{a}我那个改为{q}{m}", "total"), ("{a}{p}再加{q}{m}", "add"), ("{a}再给我加{q}{m}{p}", "add"),
    ("{a}我再追加{q}{m}", "add"), ("{a}{p}再来{q}{m}", "add"), ("{a}{p}少要{q}{m}", "sub"),
    ("{a}帮我减{q}{m}", "sub"),
]
CANCEL_TEMPLATES = [
    "{a}{p}我不要了", "{a}我的{p}取消", "{a}{p}取消吧", "{a}我订的{p}不要了", "{a}{p}那个不要了",
    "{a}把我的{p}取消", "{a}{p}先不要了", "{a}{p}我那份取消一下",
]

GREETINGS = [
    "早上好", "大家早上好", "早安", "早", "大家早", "各位早", "早上好呀", "家人们早上好", "姐妹们早",
    "亲们早安", "朋友们早上好", "老师们早", "各位群友早上好", "中午好", "下午好", "晚上好", "晚安",
    "大家好", "哈喽", "早上好，今天好冷", "早安，又是新的一周", "周末愉快", "早上好，下雪了",
    "早上好啊", "早鸭", "早呀", "早早早", "Morning", "新年好", "早上好，今天降温了", "各位家人们好",
    "早上好，天气不错", "店长早", "小李早上好", "早安各位", "早上好[太阳]", "早安🌞", "早🌹",
]
TRIGGERS = ["签到", "打卡", "签个到", "打个卡", "今日打卡", "签到了", "打卡啦", "来签到", "来打卡",
            "签到签到", "打卡打卡", "签道", "签倒", "打咔", "签到啦", "每日签到", "我签到", "我来打卡"]
SEPS = ["，", " ", "！", "。", "~", "，", " ", "！！", "，", "、"]
TAILS = ["", "", "", "！", "。", "~", "🌹", "😊", "[太阳]", "[玫瑰]", "💪", "☀️", "哈", "啦"]

# Sign-up parties: (words, people).
SOLO_OK = ["{a}{e}报名，{w}", "{a}{e}报名 {w}", "{a}{w}报名{e}", "{a}{w}，报名", "{a}报名{e}：{w}", "{a}{e}报个名，{w}"]
PARTIES = [
    ("我一个人", 1), ("就我自己", 1), ("一个人", 1), ("1人", 1), ("我和老公", 2), ("我和老伴", 2),
    ("我和孩子", 2), ("我带孩子", 2), ("一大一小", 2), ("1大1小", 2), ("两个人", 2), ("2人", 2),
    ("俩人", 2), ("我和我妈", 2), ("老两口", 2), ("我和老公带娃", 3), ("一家三口", 3), ("2大1小", 3),
    ("两大一小", 3), ("三个人", 3), ("3人", 3), ("仨人", 3), ("我带俩娃", 3), ("一家四口", 4),
    ("2大2小", 4), ("四个人", 4), ("我和老公带两个娃", 4), ("五个人", 5), ("一家五口", 5),
]
EVENTS = ["", "", "", "亲子课", "周六的亲子课", "健康讲座", "周日的讲座", "这个活动", "养生讲座",
          "亲子烘焙", "周末的活动", "讲座"]
GROUP_ONLY = ["{a}{e}我们报名，{w}", "{a}{e}{w}参加", "{a}{w}一起去{e}", "{a}{e}算上我们，{w}"]
SIGNUP_CANCEL = [
    "{a}{e}不去了", "{a}{e}我们去不了了", "{a}{e}取消报名", "{a}{e}报名取消", "{a}{e}我们不参加了",
    "{a}{e}来不了了，取消", "{a}{e}去不成了",
]

# Look-alikes: the same words in chat that wants nothing from the bot.
PAST_ORDER = [
    "上次{p}买了{q}{m}，{c}", "我妈上周团了{q}{m}{p}，{c}", "{p}{q}{m}都吃完了，{c}",
    "之前在店里买过{q}{m}{p}，{c}", "去年冬天买的{p}，{c}", "邻居送了{q}{m}{p}，{c}",
]
COMMENTS = ["特别好", "老人说不错", "一家人都说好", "性价比很高", "有点贵", "一般般吧", "真不错",
            "质量挺好", "分给邻居了", "挺满意的", "这次就不买了", "比超市的好"]
SIGNIN_TALK = [
    "{who}昨天忘了签到{l}", "{who}今天还没签到呢{l}", "{who}签到都{n}天了{l}", "{who}天天签到{l}",
    "{who}签到断了{l}", "{who}每天早上第一件事就是打卡{l}", "{who}签到比上班还准时{l}",
    "{who}说签到积分攒了好多{l}", "{who}又忘打卡了{l}",
]
WHO = ["我", "我妈", "我婆婆", "我家老头子", "张阿姨", "李叔叔", "王姐", "我老伴", "小美妈妈", "陈老师"]
LAUGH = ["", "哈哈", "哈哈哈", "😂", "[捂脸]", "，笑死", "，太逗了", "！", "[偷笑]", "😅"]
PLUS_ONE = ["+1", "＋1", "+1+1", "同意+1", "附议+1", "+10086"]
OPINIONS = ["我也觉得", "说得太对了", "我家也是", "同问", "确实", "太真实了", "我也这么想",
            "我家孩子也这样", "我也被坑过", "深有体会", "赞同", "哈哈哈是的", "支持"]
NUM_LIFE = [
    "孩子今天吃了{q}碗饭", "我今天走了{q}千步", "医生让我一天吃{q}片", "等了{q}个小时才看上病",
    "排队排了{q}个小时", "我家{q}个孩子吵翻天了", "孩子这周写了{q}份卷子", "老家来了{q}个亲戚",
]

# Store questions and question-shaped chat.
ASK = ["", "", "", "请问", "请问一下，", "问一下", "店长，", "小李，", "打扰一下，", "@群助手 ", "您好，",
       "我想问下", "想问问", "麻烦问下"]
QEND = ["", "？", "？", "？？", "。", "？谢谢", "，谢谢"]
PARTICLES = ["呀", "啊", "呢"]  # only after a question without its own particle (吗, 不, 没)
PRICE_Q = ["{p}多少钱", "{p}多少钱一{m}", "{p}什么价", "{p}还有货吗", "{p}还有吗", "{p}还有没有",
           "{p}卖完了吗", "{p}什么时候到", "{p}什么时候能拿", "{p}几号能提", "{p}团购价多少",
           "{p}还能订吗", "{p}有货没"]
FAQ_CORES = {
    "hours": ["几点开门", "几点关门", "周末开门吗", "今天营业吗", "晚上开到几点", "明天开门不",
              "营业时间是几点", "过节开门吗", "几点开们", "早上几点开"],
    "address": ["店在哪", "地址在哪里", "地址发一下", "怎么去店里", "门店在什么位置", "店在哪条路上",
                "发个定位", "自提点在哪"],
    "returns": ["能退吗", "可以换吗", "买错了能退吗", "退货怎么退", "有质量问题怎么办", "没拆能退不"],
    "delivery": ["能送货吗", "送到家吗", "多少钱起送", "运费怎么算", "能送到小区吗", "可以寄快递吗"],
    "payment": ["能微信付吗", "支付宝行吗", "能刷卡吗", "医保卡能用吗", "怎么付款", "收现金吗"],
    "points": ["积分怎么用", "积分能换啥", "积分能抵钱吗", "签到积分有啥用", "积分怎么兑换"],
    "parking": ["有停车位吗", "停车方便吗", "车停哪里", "停车要钱吗", "门口能停车吗"],
    "rules": ["群规是什么", "群里能发广告吗", "能发链接吗", "群里有啥规矩", "能拉人进群吗"],
}
MEMBER_Q = [
    "{n}你家宝宝睡了吗？", "{n}，今天去跳舞吗？", "{n}到家了吗？", "{n}你身体好点了吗？",
    "{n}，明天一起去公园吗？", "{n}你们那边下雪了吗？", "{n}吃了吗？", "{n}你家孩子几岁了？",
    "{n}，你那件衣服哪买的？", "{n}周末有空吗？", "{n}，孩子退烧了吗？", "{n}你们家暖气热吗？",
]
NAMES = ["张阿姨", "李叔叔", "小美妈妈", "婷婷", "兰兰", "陈老师", "王姐", "刘姐", "赵大爷", "周周妈妈",
         "朵朵妈", "阿鑫", "Kiki", "小雨", "秀英", "老李"]
RHETORIC = [
    "{x}，你说气人不气人？", "{x}，谁懂啊？", "{x}，这合理吗？", "{x}，是不是很离谱？", "{x}，你们说呢？",
    "{x}，难道不是吗？", "{x}，这谁受得了？", "{x}，有这么巧的事吗？", "{x}，我是不是太惯着他了？",
]
VENTS = ["孩子又把饭打翻了", "老公又忘了接孩子", "快递又送错了", "今天又降温了", "楼上又在装修",
         "我婆婆又给孩子喂糖", "孩子作业写到十点", "菜价又涨了", "地铁又晚点了", "孩子又感冒了",
         "闹钟又没响", "钥匙又忘带了"]


def rec(text: str, intent: str, family: str, **fields) -> dict:
    return {"text": text, "intent": intent, **fields, "family": family}


def orders(rng: random.Random) -> list[dict]:
    out = []
    for _ in range(200):
        words, measures = rng.choice(PRODUCTS)
        q, n = rng.choice(QTY if rng.random() < 0.3 else SMALL_QTY)
        t = rng.choice(ORDER_TEMPLATES).format(a=rng.choice(ADDRESS), p=rng.choice(words), q=q, m=rng.choice(measures))
        out.append(rec(t + rng.choice(POLITE), "order", "g-ord-product-qty", quantity=n))
    for _ in range(70):
        words, measures = rng.choice(PRODUCTS)
        q, n = rng.choice(SMALL_QTY)
        template, kind = rng.choice(CHANGE_TEMPLATES)
        t = template.format(a=rng.choice(ADDRESS), p=rng.choice(words), q=q, m=rng.choice(measures))
        fields = {"quantity": n} if kind == "total" else {"delta": n if kind == "add" else -n}
        out.append(rec(t + rng.choice(POLITE), "order_change", "g-chg-product", **fields))
    for _ in range(40):
        words, _measures = rng.choice(PRODUCTS)
        t = rng.choice(CANCEL_TEMPLATES).format(a=rng.choice(ADDRESS), p=rng.choice(words))
        out.append(rec(t + rng.choice(POLITE), "order_cancel", "g-cancel-product"))
    return out


def signins(rng: random.Random) -> list[dict]:
    out = []
    for _ in range(240):
        g, t, s = rng.choice(GREETINGS), rng.choice(TRIGGERS), rng.choice(SEPS)
        before = rng.random() < 0.6
        text = (g + s + t if before else t + s + g) + rng.choice(TAILS)
        out.append(rec(text, "signin", "g-si-greet-before" if before else "g-si-greet-after"))
    return out


def signups(rng: random.Random) -> list[dict]:
    out = []
    for _ in range(150):
        w, n = rng.choice(PARTIES)
        t = rng.choice(SOLO_OK + (GROUP_ONLY if n > 1 else [])).format(a=rng.choice(ADDRESS[:4]), e=rng.choice(EVENTS), w=w)
        out.append(rec(t + rng.choice(POLITE[:12]), "signup", "g-su-party", party=n))
    for _ in range(50):
        t = rng.choice(SIGNUP_CANCEL).format(a=rng.choice(ADDRESS[:4]), e=rng.choice(EVENTS))
        out.append(rec(t + rng.choice(POLITE[:12]), "signup_cancel", "g-suc-event"))
    return out


def lookalikes(rng: random.Random) -> list[dict]:
    out = []
    for _ in range(120):
        words, measures = rng.choice(PRODUCTS)
        q, _n = rng.choice(SMALL_QTY)
        t = rng.choice(PAST_ORDER).format(p=rng.choice(words), q=q, m=rng.choice(measures), c=rng.choice(COMMENTS))
        out.append(rec(t, "none", "g-no-past-order"))
    for _ in range(120):
        t = rng.choice(SIGNIN_TALK).format(who=rng.choice(WHO), n=rng.choice(["十", "二十", "五十", "一百", "30"]), l=rng.choice(LAUGH))
        out.append(rec(t, "none", "g-no-signin-talk"))
    for _ in range(100):
        p, o = rng.choice(PLUS_ONE), rng.choice(OPINIONS)
        out.append(rec(f"{p} {o}" if rng.random() < 0.5 else f"{o}{rng.choice(['，', ' '])}{p}", "none", "g-no-plus1-opinion"))
    for _ in range(60):
        q = rng.choice(["一", "两", "三", "四", "五"])
        out.append(rec(rng.choice(NUM_LIFE).format(q=q) + rng.choice(LAUGH), "none", "g-no-number-life"))
    for _ in range(90):
        out.append(rec(rng.choice(GREETINGS) + rng.choice(TAILS), "none", "g-no-greeting-only"))
    return out


def questions(rng: random.Random) -> list[dict]:
    out = []
    for _ in range(160):
        words, measures = rng.choice(PRODUCTS)
        core = rng.choice(PRICE_Q).format(p=rng.choice(words), m=rng.choice(measures))
        out.append(rec(ask(rng, core), "question", "g-q-catalogue", faq="catalogue"))
    for _ in range(200):
        faq = rng.choice(sorted(FAQ_CORES))
        text = ask(rng, rng.choice(FAQ_CORES[faq]))
        out.append(rec(text, "question", "g-q-faq", faq=faq))
    for _ in range(150):
        out.append(rec(rng.choice(MEMBER_Q).format(n=rng.choice(NAMES)), "none", "g-nq-member"))
    for _ in range(140):
        out.append(rec(rng.choice(RHETORIC).format(x=rng.choice(VENTS)), "none", "g-nq-rhetoric"))
    return out


def ask(rng: random.Random, core: str) -> str:
    ends = QEND + ([] if core[-1] in "吗不没呢吧" else PARTICLES)
    return rng.choice(ASK) + core + rng.choice(ends)


def hand_written() -> set[str]:
    texts = set()
    for path in INTENTS.glob("*.jsonl"):
        if path != OUT:
            texts |= {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return texts


def compose() -> str:
    """The text of generated.jsonl: the same for the same hand-written files."""
    rng = random.Random(SEED)
    seen = hand_written()
    kept = []
    for record in orders(rng) + signins(rng) + signups(rng) + lookalikes(rng) + questions(rng):
        if record["text"] not in seen:
            seen.add(record["text"])
            kept.append(record)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept)


def main() -> None:
    text = compose()
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.name}: {text.count(chr(10))} records")


if __name__ == "__main__":
    main()
