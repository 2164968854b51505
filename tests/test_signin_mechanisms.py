"""The sign-in reader by mechanism (tenth pass), on phrasings written for each mechanism, both ways."""
from __future__ import annotations

import pytest

from bot.config.schema import SignInSettings
from bot.language.intents import Reading
from bot.language.signins import read_signin

TRIGGERS = SignInSettings().triggers


@pytest.mark.parametrize("text", [
    # voice input runs on into her own next sentence, or says why she signs in
    "我签到了我先去买菜了", "签个到我今天值班", "我签到我在上班路上", "老张早啊我签到我下午去医院拿药",
    "我签个到给大家拜个早年", "签到给自己攒点好运", "签个到沾沾喜气", "签到给孙女讨个好彩头",
    # a moment of her day before the trigger
    "中午休息的时候签个到", "坐公交的时候顺手打个卡", "排队的时候顺手签个到", "一睁眼就来签到", "吃完饭的空签个到",
    "忙到现在才想起来签到", "出门旅游中 也不忘签到", "今天是第二十天签到",
    # signing in a grown-up of her household
    "帮我妈签个到", "替我老伴签个到", "我帮我爸签到", "给我婆婆也签个到", "我是3号楼王阿姨的女儿我帮妈妈签到",
    # someone's message quoted first; a dialect particle; particles typed in pinyin
    "「店长：今天签到送鸡蛋」签到", "「王店长：别忘了每日签到领积分哦」 签到了", "签到伐", "侬早 签到伐",
    "qiandao la", "qian dao le", "daka la", "qiandao ya",
    # what she came for, said with 是…的; a trigger's character mistaken by shape (handwriting input)
    "早上好 我是来签到的", "我是特意来打卡的哈", "笺到", "签刭", "笺个到", "打卞", "签到 今天跑了5公里",
])
def test_sign_ins_by_mechanism(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


@pytest.mark.parametrize("text", [
    # the run-on talks about signing in, or refuses it
    "签到我不会弄", "签到我老是忘记", "签到我一直签不上", "打卡我每天都打", "签到我让我儿子帮我弄", "签到给积分吗",
    # work, a meeting, a child's homework, news of someone else's sign-in
    "上班的时候打卡", "开会的时候签到", "帮孩子打卡", "给孩子打个卡", "我女儿帮我签到了", "我妈帮我签过了",
    "帮我婆婆签到怎么弄", "排队的时候签到的人太多了", "不忘签到的人有奖励吗", "想起来昨天没签到", "第三天签到送什么",
    # a quoted sign-in with a remark of her own; a quote that asks
    "回复 李姐：签到\n李姐早啊", "「店长：明天签到送鸡蛋」什么时候开始", "qiandao ma",
    # talk about signing in
    # another clock-in named in another clause; a shape-alike heard by sound is no trigger (笺到 ~ 见到)
    "打卡成功 今天跑了5公里", "打卡 今天背了20个单词", "打卡第30天 今天阅读了一小时", "我是来买鸡蛋的", "我是来签到的吗",
    "见到了", "今天见到张姐了", "打扁",
    "你签到了吗", "签到送的积分怎么用", "我都签到一个月了还没领到奖品", "签到签了半年了一个鸡蛋都没换到", "大家别忘了签到哦",
])
def test_not_sign_ins_by_mechanism(text):
    assert read_signin(text, TRIGGERS) is None


# Eleventh pass: voice input's run-ons, greetings of any make, who she is, not yet then now, the bot asked.
@pytest.mark.parametrize("text", [
    # after the trigger and its own tail: words to the group, a laugh, a thanks, her next sentence
    "签到大家注意保暖", "来签到了家人们今天好冷", "签到嘿嘿", "签到第15天大家注意保暖", "签个到呗今天好冷", "打卡day3嘿嘿",
    "签到ing我去买菜了", "签到新年好", "签到潜水中", "打卡打卡新年好", "签到早安世界",
    # the trigger said again after a particle
    "签到了签到了今天太阳真好", "打卡啦打卡啦出门买菜咯",
    # her own sentence before it, ended by 了/完/回来 (as with a comma)
    "今天早上去公园走了一圈回来签到", "刚晨练完签个到", "好久没来了签到", "送完孙子上学回来打个卡",
    # greetings of any make run together before it
    "各位邻居早安签道", "早早早群里打卡", "亲爱的邻居们晚上好签到", "王姐早签个到",
    # who she is; not yet, then the sign-in; 签一下 asked of the bot
    "大家好我是三栋的王阿姨签到", "我是五号楼老李签到", "我今天还没签到呢 先签一个", "还没打卡 赶紧打个卡",
    "群助手麻烦帮我签一下 谢谢你", "小助手帮我签一下",
    # late, and she says so; she and her household
    "今天签到有点晚 不好意思", "签到来晚了", "老头子和我都签到", "我和老伴一起签到",
    # any sentence-final particle in the sign-in's tail; 又是新的一天 as a greeting
    "签个到噻我去买菜了", "打卡噻大家注意保暖", "签到呐祝群主生意兴隆", "又是新的一天签到", "早安又是新的一周来打卡",
])
def test_sign_ins_run_on_and_greeted(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


@pytest.mark.parametrize("text", [
    "签到大家每天一次就行", "签到各位记得每天来", "打卡大家都去过了吗", "签到大家都领积分了吗", "签到的人大家看看",
    "我妈昨天忘了签到", "我老伴又忘打卡了", "到公司了打卡", "下班了打卡", "开完会了去会场签到", "孩子放学回来打卡作业",
    "到了网红店了打卡", "看完病了去医院签到", "我是说签到有什么用", "我是每天都签到", "帮我签一下快递", "快递到了帮我签一下",
    "帮我签一下 我在上班", "我还没签到呢", "张阿姨今天还没签到呢", "我今天还没签到呢 签到送什么", "签到嘿嘿 签到有积分吗",
    "新人报到 大家好我是三栋的王阿姨", "我和我妈都忘了签到", "老公和我都不签到", "我妈和我都签到了吗",
])
def test_not_sign_ins_run_on_and_greeted(text):
    assert read_signin(text, TRIGGERS) is None


@pytest.mark.parametrize("text", [
    # a gap in her day taken for it (u9); signing in herself and a grown-up of her household
    "等红灯的间隙签到一下", "趁着午休签个到", "排队的空档打个卡", "帮我和我妈都签个到", "帮我跟我老伴都签个到",
])
def test_sign_ins_in_a_gap_of_the_day(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


@pytest.mark.parametrize("text", ["上班的间隙打卡", "开会的间隙签到", "帮我和孩子都打个卡"])
def test_clock_ins_in_a_gap_are_not_sign_ins(text):
    assert read_signin(text, TRIGGERS) is None


# Issue 18, twelfth pass: mechanisms seen in seniors' and busy mothers' own typing, beyond the corpus's phrasings.
@pytest.mark.parametrize("text", [
    # the trigger with an aspect inside it, or done said in other words
    "打完卡去买菜", "签完到去跳舞了", "打了卡就去上老年大学", "今日份打卡✔已完成", "签到 已完成", "打卡搞定", "签到✅",
    # today's sign-in made up late, or nearly forgotten (补签 of another day stays silent, below)
    "早上忙忘了 现在补上签到", "补上今天的卡", "来晚了补个今天的签到", "差点把签到忘了 幸好还来得及",
    "差点忘了，赶在12点前签到", "好久没签到了 今天来签一个",
    # Cantonese and other dialects: 咗 after the trigger, 咋 (而已), 我都嚟 (我也来)
    "早晨 今日签到咗", "我嚟签个到咋", "我都嚟打卡啦", "签到喇各位早晨", "簽到囉 今日好凍", "签个到撒", "签到滴干活",
    # the bot asked with 签 cut short, 签 alone with decoration
    "帮我签下", "帮我签哈", "帮我签一哈", "@小助手 帮我签，早上好", "签～", "签！",
    # a typo put right, her trouble typing it
    "欠到 手滑了 是签到", "签倒 打错了 签到", "签到喽按错了好几次才打出来",
    # a moment of her day before it, her household beside it
    "趁孩子吃饭签个到", "开会前先来群里签个到", "睡觉前签个到", "大半夜的签个到", "我老伴也签一个", "签到×2，我和我婆婆",
    "签到完上班去", "签到 谢谢店长每天提醒", "Check-in✅",
    # a pasted numbered 接龙 of sign-ins: hers is the last line
    "1. 张三 签到\n2. 李四 签到\n3. 王五 签到",
    # the act first, then a question about it
    "签到 今天签到有积分吧", "签到了 签满30天还有奖励吗",
])
def test_sign_ins_twelfth_pass(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


@pytest.mark.parametrize("text", [
    # another kind of clock-in: a place visited, a pursuit or work named before 打卡
    "火锅店打卡", "来长城打卡了", "博物馆打卡", "奶茶打卡", "拍照打卡", "旅游打卡", "探店打卡", "早起打卡，6点起床",
    "今天居家办公，线上打卡", "指纹打卡", "外勤打卡", "加班打卡", "跳绳打卡", "钢琴打卡", "宝宝辅食打卡",
    # a wedding's, a code's or a link's sign-in, long ago
    "婚礼签到", "扫码签到", "扫这个码签到", "点链接签到", "签到二维码", "以前每天签到", "小时候上学签到",
    # later, not now
    "下次再签到", "一会儿再签到", "待会再打卡", "等我忙完再签到",
    # others called to sign in, taught, or told of; the staff's reply
    "请大家签到", "大家快来签到", "你也签一个", "我儿子教我签到", "老师让打卡", "隔壁王姐每天签到",
    "亲，已经帮您签到了哦", "已帮您签到",
    # the feature talked about: its state, a judgement, a noun, a title, the habit beside it
    "签到清零了", "签到暂停了", "签到好像坏了", "签到找店长", "签到太麻烦了", "签到好烦", "签到这个活动挺好的 我每天都签",
    "签到党", "签到期了", "《签到三十天，我学会了早睡早起》", "签到签到 签了一年 积分够买一包盐", "签到好累啊天天签",
    # a real word that sounds like the trigger
    "大咖来了", "这位可是大咖",
    # 补签 and its kin stay silent
    "补签一下昨天的", "昨天的签到能补吗", "帮我补个签",
])
def test_not_sign_ins_twelfth_pass(text):
    assert read_signin(text, TRIGGERS) is None


@pytest.mark.parametrize("text", [
    # the points she signs in for; her vow and boast; the day's sign-in named after it
    "签到攒积分换鸡蛋", "签到领积分啦", "签个到 攒点积分换米", "雷打不动来签到", "签到从不缺席", "我是第一个签到的",
    "正在签到", "签到一下今天的", "签到 老陈 1栋",
])
def test_sign_ins_for_points_and_vows(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


@pytest.mark.parametrize("text", ["每天签到领积分", "签到领积分吗", "签到送积分", "签到就能领积分"])
def test_points_offered_are_not_sign_ins(text):
    assert read_signin(text, TRIGGERS) is None


def test_what_she_does_next_however_long_and_other_sign_ins_elsewhere():
    assert read_signin("早上好各位邻居今天天气不错我先签个到然后去菜市场看看有没有新鲜的菜", TRIGGERS) == Reading("signin")
    assert read_signin("签到 然后去超市看看鸡蛋有没有打折", TRIGGERS) == Reading("signin")
    for chat in ("签到然后去领积分", "选举签到", "参加葬礼签到", "候诊签到", "西湖边打卡"):
        assert read_signin(chat, TRIGGERS) is None, chat


# S13 (issue 18): mechanisms found by varying train and dev sign-ins as members vary them (corpus/tools/signin_variations.py),
# each checked on phrasings of our own, both ways.
@pytest.mark.parametrize("text", [
    # greetings in every position, December's holidays and the weather, glued or apart
    "早上好签到", "签到早上好", "早上好 签到 大家早", "大家好呀～打卡～祝大家开心", "签到，各位早，今天好冷",
    "冬至快乐签到", "签到 冬至快乐", "平安夜打卡🍎", "圣诞快乐🎄签到", "签到 提前祝大家元旦快乐", "腊八节快乐 打卡",
    "打卡冬至快乐", "打卡元旦快乐", "签到外边雪好大", "打卡 雾好大", "打卡零下十度", "俺来签到了 今儿贼冷",
    # short forms, English and a quote beside a greeting or a wish; the same said twice
    "冬至快乐！来签", "王姐早，今日已签", "新年快乐 签", "晚上好 sign in", "家人们早~check in", "来签 来签",
    "大家早「店长：别忘了签到」\n签到啦",
    # punctuation spoken to voice input; WeChat's emoji inside a sentence
    "签到逗号大家早上好", "打卡句号", "签到[玫瑰]祝大家平安", "签到🌹冬至快乐",
    # homophones: with 个 inside, of no word of their own, or after who signs in and her streak
    "谦个到", "迁个到 早上好", "下班路上钱个到", "帮我达个卡", "6栋王姐谦到", "豆豆妈千到", "连续达卡第七天", "老规矩欠到", "婷婷 钱到",
    "朵朵妈妈迁到", "起床大卡", "机器人谦到", "周一迁到 新的一周加油", "平安夜千到",
    # her numbered 接龙 line with a line of hers after it
    "1. 刘姐 签到\n2. 老陈 签到\n3. 王阿姨 签到\n今天好冷",
    # for a parent, asked of the bot with a tag of any make; 代 as 替; just that
    "帮我爸也签个到行吗", "能帮我妈签个到吗 她不会弄", "代我妈签个到", "我是代我外婆签到的", "帮我签一下到好不好",
    "我就签个到", "我也就来打个卡",
    # a grown-up of her household asking her to, with words between; her phone used for it; the bot asked may-I
    "外婆在旁边让我帮她签到", "我妈说让我帮她签个到", "用我妈手机签个到", "能签个到吗", "帮我签到 谢谢你哦",
    # the streak kept, not broken; her own "mustn't forget" and the year's first; spouses and dialect
    "又是签到的一天，一天没断过", "元旦也不能忘了签到", "今年的第一次打卡！", "替我家那口子签个到", "帮我媳妇签一下到",
    "伲来签到哉",
])
def test_sign_ins_s13(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


@pytest.mark.parametrize("text", [
    # someone seen signing in; the streak told broken
    "看到刘姐签到了，她起得真早", "祝大家冬至快乐 看到张姨谦到了", "连续签到30天了 结果今天断了",
    # a workout's or a place's clock-in
    "夜跑打卡 江边好冷", "打卡 今天深蹲100个", "冰雪大世界打卡", "洪崖洞打卡",
    # homophones inside words: money, a thousand, calories, moving, owing
    "钱到了吗", "工资钱到了", "一千到两千", "每天500大卡", "钱欠到现在", "我们店迁到新地址了", "大个卡车堵在路口",
    # WeChat's emoji inside talk about signing in; a place's duty heard by sound
    "签到[爱心]的人好多", "签到[玫瑰]比上班还准时", "社区打疫苗要先谦到",
    # December's talk about signing in; a quoted sign-in after her greeting, then her remark
    "冬至签到送饺子吗", "圣诞节签到有礼物吗", "元旦放假签到照常吗", "平安夜 大家别忘了签到", "圣诞派对签到墙真好看",
    "群主早「张阿姨：签到」\n张阿姨起得真早",
    # 签 inside another word before 到 (改签: a ticket rebooked)
    "火车票改签到周五了", "抽签到几号了",
    # a household member's habit of asking; whether it is still open
    "我妈天天让我帮她签到", "我老伴每天叫我给他签到", "现在还能签到吗", "我妈让我帮她问问签到送什么",
    "大家过节也不能忘了签到哦", "你们可不能忘了打卡", "老公不会忘了签到吧",
    # 补签 asked about is answered by the handler, never signed in
    "能补签吗", "昨天忘了签到能补吗", "断签了怎么办",
])
def test_not_sign_ins_s13(text):
    assert read_signin(text, TRIGGERS) is None
