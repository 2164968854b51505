"""Table tests for bot/language: numbers, polite wrapping, intent readings, names; and the corpus
scores of the intents (the same readers the handlers call)."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading, signup_reading
from bot.config.schema import SignInSettings
from bot.language.intents import Reading, answer, read_order
from bot.language.signups import read_signup
from bot.language.signins import read_signin
from bot.language.names import find
from bot.language.numbers import leading_number, number
from bot.language.wrapping import clauses, unquote

TRIGGERS = SignInSettings().triggers


@pytest.mark.parametrize("text, value", [
    ("3", 3), ("３", 3), ("两", 2), ("俩", 2), ("仨", 3), ("半打", 6), ("十", 10), ("十二", 12), ("二十", 20),
    ("一百", 100), ("两百", 200), ("百", None), ("-3", None), ("2.5", None), ("1e3", None), ("", None), ("很多", None),
])
def test_numbers(text, value):
    assert number(text) == value


@pytest.mark.parametrize("text, units, value", [
    ("十", "", 10), ("50份", "份件", 50), ("两人", "人位", 2), ("二十", "", 20), ("十份以上", "份", None),
    ("很多", "", None), ("-5", "", None),
])
def test_leading_numbers(text, units, value):
    assert leading_number(text, units) == value


def test_courtesy_clauses_and_quoted_replies_are_left_out():
    assert clauses("大家早上好！签到") == ["签到"]
    assert clauses("我要两份，谢谢群主🙏") == ["我要两份"]
    assert unquote("「王店长：鸡蛋接龙」\n- - - - -\n+2") == "+2"


@pytest.mark.parametrize("text, expected", [
    ("+1", Reading("order", 1)), ("+2份", Reading("order", 2)), ("➕2", Reading("order", 2)), ("x2", Reading("order", 2)),
    ("我要两份，谢谢", Reading("order", 2)), ("来半打", Reading("order", 6)), ("要俩", Reading("order", 2)),
    ("来一打", Reading("order", 12)), ("来一箱", Reading("order", 1)), ("来一对儿", Reading("order", 2)),
    ("来一对儿汤圆", Reading("order", 2, item="汤圆")),
    ("鸡蛋要十二份", Reading("order", 12, item="鸡蛋")), ("两分谢谢", Reading("order", 2)),
    ("小李，给我留一份，我下午去拿。", Reading("order", 1)), ("我一份，我妈一份，我婆婆一份", Reading("order", 3)),
    ("帮我妈也订一份", Reading("order", 1, add=True)), ("21. 李叔叔 1", Reading("order", 1)),
    ("再来一份", Reading("order_change", 1, add=True)), ("少要一份", Reading("order_change", -1, add=True)),
    ("改成3份", Reading("order_change", 3)), ("更正：3份", Reading("order_change", 3)),
    ("不要了", Reading("order_cancel")), ("取笑", Reading("order_cancel")), ("算了不要了", Reading("order_cancel")),
    ("我可以订两份吗", Reading("order", 2, sure=False)), ("我也要", Reading("order", 1, sure=False)),
    # asking the staff to do it is the order said politely (issue 18, sixth pass); asking leave stays a question
    ("能给我留两份吗", Reading("order", 2)), ("可以帮我订两份吗", Reading("order", 2)),
    ("能帮我改成三份吗", Reading("order_change", 3)),
    ("今天买了两份报纸", None), ("同问，+1", None), ("+1 哈哈哈", None), ("我要-3份", None), ("两个孩子两个样", None),
    ("要两个小时才能到", None), ("这次先不买，下次再说", Reading("order_cancel", sure=False)), ("报名", None),
    # chat with the words in passing: others' orders, agreeing, not decided, eaten up, a child's whim
    ("看到大家都要两份，我也心动了", None), ("看大家都在买我也跟一份", Reading("order", 1)),
    ("我也+1，孩子就是不爱吃青菜", None), ("我妈说她也想要一份，我回头问问她", None),
    ("苹果两箱都吃完了，这次就不买了", None), ("孩子不要了，说不好玩", None),
    ("我要两份 群主记一下", Reading("order", 2)), ("那个工作我不要了", None), ("我老公非要买两份，拦都拦不住", None),
    ("他说不要了，我还想要呢", None), ("钱不够了，取消了吧", Reading("order_cancel")),
    ("那个鸡蛋我不要了", Reading("order_cancel", item="鸡蛋")), ("少要一份，改一份", Reading("order_change", -1, add=True)),
    ("鸡蛋还有的话我要两份，下午四点左右过来拿", Reading("order", 2)), ("王姐+1", Reading("order", 1)),
    ("我婆婆让我帮她问问，她要一份，我自己也要一份", Reading("order", 2)), ("给我来两份嗯就这样", Reading("order", 2)),
    ("再给我添一份", Reading("order_change", 1, add=True)), ("一份就够了，别买多了", None),
    ("算了不要了，跟他说不清", None), ("我也想要，等我发工资", None),
    ("十份？你家开饭店啊哈哈", None), ("还有吗？我要两份", Reading("order", 2)),
    ("再加两份给我婆婆", Reading("order_change", 2, add=True)), ("我的两份什么时候能拿", None),
    ("跟团两份", Reading("order", 2)), ("我要两份明天拿", Reading("order", 2)),
    ("我来了", None), ("我们两个去看电影", None), ("他要两份，我要一份，你呢", None),
    ("不用给我留了", Reading("order_cancel")), ("考虑了一下还是不要了", Reading("order_cancel")),
    ("改成一份就行", Reading("order_change", 1)), ("一共要三份", Reading("order", 3)),
    ("我一般买两盒", None), ("发两个红包", None),
    # voice input running on after the count; a name typed apart; shares; 份 misspelt; "very"
    ("我要两份明天早上来拿", Reading("order", 2)), ("我要两份钱一会转你", Reading("order", 2)),
    ("我要两份一份自己吃一份送人", Reading("order", 2)), ("我要一份嗯就一份", Reading("order", 1)),
    ("早就等着了，两份两份", Reading("order", 2)), ("小美 两份", Reading("order", 2)), ("婷婷 1份", Reading("order", 1)),
    ("我要一份，也帮我妹订一份", Reading("order", 2)), ("我要两份，一份给我婆婆", Reading("order", 2)),
    ("帮我留两份，我妈和我一人一份", Reading("order", 2)), ("我们家三口人一人一份", Reading("order", 3)),
    ("一人一份，我们家三个人", Reading("order", 3)), ("大米小米各一袋", Reading("order", 2, item="大米小米")),
    ("两个孩子一人一个，不吵了", None), ("我家两个娃一人一份，吃得干干净净", None),
    ("我要两奋", Reading("order", 2)), ("来一份儿", Reading("order", 1)), ("亮分", Reading("order", 2)),
    ("十分感谢", None), ("那我也签一个", None), ("两份就两份吧，听你的", None),
    # giving away, receiving, someone else's 不要了, another thing deleted
    ("我这有多的一份，谁要", None), ("我给你留两份", None), ("收到两份了，谢谢", None),
    ("不要了，那件衣服不好看", None), ("不要了，头疼，先躺会儿", None), ("不要不要，我自己来", None),
    ("要冷水下锅", None), ("把聊天记录删了", None), ("我把淘宝的退了", None),
    ("我想取消", Reading("order_cancel")), ("不要给我留了", Reading("order_cancel")),
    ("我那份算了", Reading("order_cancel")), ("把我从接龙里删掉", Reading("order_cancel")),
    ("之前订了两份，再加一份", Reading("order_change", 1, add=True)), ("再给我婆婆加一份", Reading("order_change", 1, add=True)),
    ("再加1", Reading("order_change", 1, add=True)),
    # fifth pass: quoted speakers, voice particles, run-ons, lines, remarks, the unit left out, ranges
    ("小美：我要两份", None), ("那个群主啊我要两份鸡蛋啊就是那个土鸡蛋", Reading("order", 2, item="鸡蛋")),
    ("姐妹们说这个米好吃我也跟一袋试试", Reading("order", 1)), ("你要两份我就要一份", None),
    ("我刚才要了两份现在想再加一份", Reading("order_change", 1, add=True)), ("我在加一份", Reading("order_change", 1, add=True)),
    ("我还要加一份我姐也想要", Reading("order_change", 1, add=True)),
    ("我那份能取消吗", Reading("order_cancel")), ("我那份还能取消吗", Reading("order_cancel", sure=False)), ("能退吗", None),
    ("她要两份，我不要", None), ("那个鸡蛋我要两盒那个红枣不要", Reading("order", 2, sure=False, item="鸡蛋")), ("我们一人一份", None),
    ("下回再要两份", None), ("我妈要两份，她自己会接龙", None),
    ("李阿姨说要两份", None), ("我老公说要两份", Reading("order", 2, add=True)),
    ("群主\n我要两份", Reading("order", 2)), ("跟2", Reading("order", 2)), ("跟+1", Reading("order", 1)),
    ("我接一份", Reading("order", 1)), ("鸡蛋的话我要两盒", Reading("order", 2)),
    ("两三份", Reading("order", 0, sure=False)), ("要个两三份", Reading("order", 0, sure=False)),  # how many? asked (O16)
    ("我要三份老人爱吃", Reading("order", 3)), ("给我来两份过年用", Reading("order", 2)),
    ("我要两份工作才能养家", None),  # O25: so many needed for a purpose, no goods
    ("要两个小时才到", None), ("来一个笑话", None), ("两份下周拿", Reading("order", 2)),
    # the product before a colon heads the order, a name is a speaker; 现在 is no typo for 再
    ("鸡蛋：我要两盒", Reading("order", 2, item="鸡蛋")), ("土鸡蛋:我要2盒", Reading("order", 2, item="土鸡蛋")),
    ("草莓：我要一份", Reading("order", 1, item="草莓")), ("果果妈：我要两份", None),
    ("我现在来两份", Reading("order", 2)), ("现在加一份", None), ("我在加一份", Reading("order_change", 1, add=True)),
    # sixth pass: a space ends a clause; the order itself named when dropping it; a bare Chinese count after
    # the verb; 十 for +; an order against the last time; a staff post is nothing
    ("我那份算咯 不要了", Reading("order_cancel")), ("我那单撤了吧", Reading("order_cancel")),
    ("订单作废吧 不要了", Reading("order_cancel")), ("把我那行删掉 谢谢", Reading("order_cancel")),
    ("那个工作我不要了", None), ("跟上次一样 两份", Reading("order", 2)), ("蹲到了 一份", Reading("order", 1)),
    ("订一", Reading("order", 1)), ("拍三", Reading("order", 3)), ("十2", Reading("order", 2)),
    ("上次的草莓真的甜 孩子一个人吃了半盒 这次给我来两份", Reading("order", 2)), ("我上次买了两份", None),
    ("上次买了两份，这次不要了", None), ("汤圆接龙开始啦 15元一袋 要的接龙", None),
    # a change of one's own order asked as a question is asked back once, in its direction
    ("那我能少拿一盒吗", Reading("order_change", -1, add=True)), ("那我还能少拿一盒吗", Reading("order_change", -1, add=True, sure=False)),
    ("还可以多要两袋不", Reading("order_change", 2, add=True, sure=False)),  # a change is never settled by the score
    ("我能不能退掉一份", Reading("order_change", -1, add=True, sure=False)),
    ("可以加三盒吗", Reading("order_change", 3, add=True)), ("还可以加三盒吗", Reading("order_change", 3, add=True, sure=False)),
    ("能加个微信吗", None), ("一份能加辣吗", None),
    # a count said alone between a busy member's remarks is the order
    ("堵车呢，三份，回头付", Reading("order", 3)), ("在医院排队 一份 晚点看消息", Reading("order", 1)),
    ("可以减一盒不 我闺女那盒不要了", Reading("order_change", -1, add=True)),
    ("带娃呢，三份，别艾特我", Reading("order", 3)), ("一份就够了，别买多了", None),
    # leave asked to drop or change one's own order is the request; whether one still may, or would, is asked
    ("店长我那份能不能取消啊", Reading("order_cancel")), ("帮我把那三份取消吧", Reading("order_cancel")),
    ("万一有事我那份能取消吗", Reading("order_cancel", sure=False)), ("能改成四盒不", Reading("order_change", 4)),
    ("鞋垫买重了 能退一双吗", Reading("order_change", -1, add=True, sure=False)),  # a return: the staff's
    # someone else's share dropped: which portions of the member's order? asked, never acted on
    ("王阿姨那份取消吧", Reading("order_cancel", sure=False)), ("我婆婆那份不要了 她说太甜", Reading("order_cancel")),
    ("我家那份不要了", Reading("order_cancel")), ("我是5栋小周我那份不要了", Reading("order_cancel")),
    ("孩子发烧了 我们少一个人", None),  # people, not a portion
    # an order among reasons, thanks, blessings; a count drawn or typed in letters; a tag asking to confirm
    ("刚开完会 两份", Reading("order", 2)), ("今天降温了，汤圆给我来两份，祝大家冬至快乐", Reading("order", 2)),
    ("3️⃣", Reading("order", 3)), ("✋2", Reading("order", 2)), ("鸡蛋l盒", Reading("order", 1, item="鸡蛋")),
    ("我要三份哈？", Reading("order", 3, sure=False)), ("两份？", None),
    # chat with counts: a recipe, an id, someone else's offer
    ("做法：糯米粉一份，温水适量", None), ("一份糯米粉兑半份水", None), ("取件码是5213", None),
    ("家里柚子多 有人要的话来拿两个", None),
    ("我两份 我婆婆一份 我姐一份", Reading("order", 4)),  # each person's share, no total said first
])
def test_order_readings(text, expected):
    assert order_reading(text, None) == expected  # None: whatever goods the message names is on sale


def test_a_count_asked_for_confirmation_is_that_order_acted_on_or_asked():
    """"三份没问题吧" sits on the learned score's edge: each refit has settled it one way or the other (acted on, or
    asked once); either is right, a wrong count or silence is not."""
    reading = order_reading("三份没问题吧", None)
    assert (reading.intent, reading.amount) == ("order", 3)


@pytest.mark.parametrize("text, item_name, expected", [
    ("鸡蛋：我要两盒", "土鸡蛋30枚", Reading("order", 2, item="鸡蛋")), ("土鸡蛋:我要2盒", "土鸡蛋30枚", Reading("order", 2, item="土鸡蛋")),
    ("草莓：我要一份", "草莓", Reading("order", 1, item="草莓")), ("草莓：我要一份", "土鸡蛋30枚", None),
])
def test_orders_headed_by_the_open_product(text, item_name, expected):
    assert order_reading(text, item_name) == expected


@pytest.mark.parametrize("text, expected", [
    ("报名", Reading("signup", 1)), ("我报个名", Reading("signup", 1)), ("+2", Reading("signup", 2)),
    ("我和老公带娃一起，3个人报名", Reading("signup", 3)), ("我和老公还有两个孩子", Reading("signup", 4)),
    ("2大1小", Reading("signup", 3)), ("周末的亲子活动算我们一家三口", Reading("signup", 3)),
    ("帮我妈报名", Reading("signup", 1)), ("张阿姨2人", Reading("signup", 2)), ("6. 小宝妈 2人", Reading("signup", 2)),
    ("我们改成3个人", Reading("signup", 3)), ("保名", Reading("signup", 1)),
    ("取消报名", Reading("signup_cancel")), ("家里临时有事，活动去不了了", Reading("signup_cancel")),
    ("我明天不去了", Reading("signup_cancel", sure=False)), ("我周六可能报个名吧", Reading("signup", 1, sure=False)),
    ("报名什么时候截止？", None), ("孩子报名了游泳班", None), ("我和老婆带孩子去动物园了", None), ("我去，这么便宜", None),
    ("航班取消了，回不去了", None),
    # others' news, 报名 as a noun, undecided; ages are not the party; a total said outright
    ("驾校报名了，下个月开始练车", None), ("幼儿园报名要带户口本", None), ("我们队报名了", None),
    ("我报名了", Reading("signup", 1)), ("我婆婆也报名了", Reading("signup", 1, sure=False)),
    ("我婆婆也报名了，她自己报的", None), ("孩子说要报名篮球，我还没同意", None), ("我老公不去，他要加班", None),
    ("报名 我和我家那位", Reading("signup", 2)), ("我和孩子他爸报名", Reading("signup", 2)),
    ("我和儿子，儿子7岁", Reading("signup", 2)), ("我带3岁的孩子去", Reading("signup", 2)),
    ("我家老大老二都去，加我三个", Reading("signup", 3)), ("我们两个去", Reading("signup", 2)),
    ("我要两个名额", Reading("signup", 2)), ("周六我们一家都去", Reading("signup", 1, sure=False)),
    ("孩子学校运动会，我们三个人去加油", None), ("绘本课给我家孩子报个名", Reading("signup", 1)),
    # kin and neighbours named with a title count; "我老公带孩子去" is his and the child's
    ("我和楼下李阿姨一起报名", Reading("signup", 2)), ("我带我外甥去", Reading("signup", 2)),
    ("我老公带孩子去", Reading("signup", 2)), ("全家出动，四个人", Reading("signup", 4)),
    ("我们娘仨", Reading("signup", 3)), ("我报名，我是张阿姨。", Reading("signup", 1)),
    ("我也来一个", Reading("signup", 1)), ("姐妹们我先报了", Reading("signup", 1)), ("我去我去", Reading("signup", 1)),
    ("我去我去，太厉害了", None), ("我也报，就我自己", Reading("signup", 1)),
    # a raised hand (我我我) joins alone or beside who comes, not beside what it was raised for (a quiz)
    ("我我我", Reading("signup", 1)), ("我我我 我们两个", Reading("signup", 2)), ("我我我，我知道答案", None),
    ("我我我，我猜是苹果", None),
    # fifth pass: room asked, then who comes; asking to come; A-not-A; companions; adults with children
    ("还有位置吗，我们想去三个人", Reading("signup", 3)), ("讲座我能报名吗", Reading("signup", 1, sure=False)),
    ("能带孩子吗", None), ("去不去啊", None), ("我陪我妈去", Reading("signup", 2)),
    ("我和两个闺蜜", Reading("signup", 3)), ("2个大人带1个孩子", Reading("signup", 3)), ("三个大人", Reading("signup", 3)),
    ("本人+1", Reading("signup", 1)), ("两三个人", None),
    # asking to go somewhere else, with an activity open, is no sign-up; asking to come is
    ("我明天能去店里拿吗", None), ("我可以去店里自提吗", None), ("我可以去买菜吗", None),
    ("我能去吗", Reading("signup", 1, sure=False)), ("我可以带孩子来吗", Reading("signup", 2, sure=False)),
    # sixth pass: a space ends a clause (a cancellation after it wins; read whole when the pieces say nothing),
    # two people in one word, a form's head count, adults and children, a count alone
    ("讲座去不了了 取消报名", Reading("signup_cancel")), ("手滑点了报名 取消吧", Reading("signup_cancel")),
    ("来不了了 取消", Reading("signup_cancel")), ("报周日那场 一个人", Reading("signup", 1)),
    ("我带我爸妈", Reading("signup", 3)), ("我和爸妈", Reading("signup", 3)), ("帮我爸妈报名 他们俩", Reading("signup", 2)),
    ("给我家两个孩子报名", Reading("signup", 2)), ("姓名：周丽 人数：1 电话后四位：6688", Reading("signup", 1)),
    ("成人2 儿童1", Reading("signup", 3)), ("报名作废", Reading("signup_cancel")), ("临时有事 报名撤回", Reading("signup_cancel")),
    ("三口人", Reading("signup", 3)), ("我家五口人挤一个小两居", None), ("我们家三口人", Reading("signup", 3, sure=False)), ("仨", Reading("signup", 3)),
    ("我们俩口子", Reading("signup", 2)), ("社区老年大学春季班开始报名啦", None), ("@刘姐 报名在群里说一声就行", None),
])
def test_signup_readings(text, expected):
    assert read_signup(text) == expected


# Ninth pass: sign-ups read by mechanism (phrasings written for the mechanism, not corpus lines).
@pytest.mark.parametrize("text, expected", [
    # a party going, the event after it; going alone or elsewhere is not; doing it oneself is not
    ("我和闺蜜去听烘焙课", Reading("signup", 2)), ("俺和俺家老头子去", Reading("signup", 2)), ("我和老公冲", Reading("signup", 2)),
    ("我们四个想一起学做月饼", Reading("signup", 4)), ("我也要学做蛋糕", None), ("我都想去", None), ("不用不用，我自己来", None),
    ("我们仨去海边玩", None), ("不要急 慢慢来", None),
    # a party beside when, a question about the day, or one aside; an aside counting people, or agreeing with +1, is not
    ("3个人 周日", Reading("signup", 3)), ("周日下午那场 两个", Reading("signup", 2)), ("两位 要带围裙吗", Reading("signup", 2)),
    ("三个人 孩子比较内向", Reading("signup", 3)), ("我家两个孩子 一个三年级一个五年级", None), ("+1 我家也这样", None),
    ("+1 哈哈", None), ("+3 我和老公孩子", Reading("signup", 3)),
    # whether there is room is no doubt about coming; a question about coming itself still is
    ("名额还够吗 我和我姐", Reading("signup", 2)), ("还有位置的话我们三个", Reading("signup", 3)),
    ("没报满的话给我留两个位置，没有就算了", Reading("signup", 2)), ("我能报名吗", Reading("signup", 1, sure=False)),
    # a head count said is the total; persons listed without joiners are counted; ages and months are no one
    ("我们两个人都去 我和我老伴", Reading("signup", 2)), ("我 我闺女 我外孙", Reading("signup", 3)),
    ("报名 大人两个 孩子一个 分别3岁", Reading("signup", 3)), ("宝宝10个月 我和宝宝", Reading("signup", 2)),
    ("我带外孙去 祖孙两个", Reading("signup", 2)), ("一老一小", Reading("signup", 2)), ("我和同学两个", Reading("signup", 2)),
    ("报名 3个", Reading("signup", 3)), ("我家俩娃 加上我", Reading("signup", 3)),
    # people drawn: persons in a picture, raised hands, a V beside a sign-up
    ("报名👭", Reading("signup", 2)), ("🙋🙋🙋 报名", Reading("signup", 3)), ("✋ 我", Reading("signup", 1)),
    ("哈哈✌️", None), ("🙋 请问在哪集合", None),
    # a story first, the party last
    ("好久没出门了 孩子天天闹 我们三个人", Reading("signup", 3)),
    # cancels: a party or someone spoken for, the event named anywhere, asking the staff, slang
    ("我和老公都不去了", Reading("signup_cancel")), ("我们一家四口都不去了", Reading("signup_cancel")),
    ("替王阿姨说一声 她不去了", Reading("signup_cancel", sure=False)),  # her word passed on: asked (tenth pass)
    ("周日的局我撤了", Reading("signup_cancel")),
    ("能帮我把我的报名取消吗", Reading("signup_cancel")), ("报了名的还能退吗 去不了了", Reading("signup_cancel")),
    ("周六去不了 帮我退了", Reading("signup_cancel")), ("讲座我鸽了 不好意思", Reading("signup_cancel")),
    ("我不去了啊我那天要加班", Reading("signup_cancel")), ("我明天不去了", Reading("signup_cancel", sure=False)),
    # news, not a sign-up
    ("女儿考研报名抽签没抽中", None), ("报名亲子课的家长们 周六九点集合", None), ("希望多办点讲座 +1", None),
    # after ninth.jsonl: the staff addressed first, a reason run on, regional forms, a hedge after signing up
    ("小王啊那个手工课我不去了我孙子发烧", Reading("signup_cancel")), ("周日去不了 能取消吗", Reading("signup_cancel")),
    ("能退吗", None), ("我哋三個報名", Reading("signup", 3)), ("報名 兩大一細", Reading("signup", 3)),
    ("先报上 两个人 到时候看情况", Reading("signup", 2)), ("报3名", Reading("signup", 3)),
    ("今天没抢到红包 命苦", None), ("家里就我们三个人 冷清", None), ("算我一个 下辈子还当你姐妹", Reading("signup", 1, sure=False)),
])
def test_signups_by_mechanism(text, expected):
    assert read_signup(text) == expected


# U7: sign-ups and sign-ins by mechanism (phrasings written for each mechanism, not corpus lines).
@pytest.mark.parametrize("text, expected", [
    # teams, contests and outings as the event; a team after 和/跟 stays the older rules' doubt
    ("广场舞比赛 金凤凰队 11人", Reading("signup", 11)), ("插花课我们队报名 队员七人", Reading("signup", 7)),
    ("重阳登山算我一个", Reading("signup", 1)), ("今晚广场舞取消 下大雨了", None),
    # 加N as +N, a count alone beside the event's name, +1 and whom she brings
    ("采摘加2", Reading("signup", 2)), ("陶艺4", Reading("signup", 4)), ("报名+1 还带个同事", Reading("signup", 2)),
    # a size changed into another, a denied count beside the new one, fewer then the total
    ("我们四个变三个了，我婆婆不去", Reading("signup", 3)), ("更正 我们是两人不是三人", Reading("signup", 2)),
    ("讲座少一个 三个人就行", Reading("signup", 3)),
    # a household's names, the member among her household under its header, one place booked for two named
    ("豆豆 豆豆妈 豆豆爸", Reading("signup", 3)), ("王芳 李强 张伟", Reading("signup", 3, sure=False)),
    ("我家：我、我老公、我儿子", Reading("signup", 3)), ("手工课报一个 我和她", Reading("signup", 2)),
    # cancels: regional, pulled out of the event named, a relative's dropped at her word, not their own news
    ("讲座我去唔到啦", Reading("signup_cancel")), ("读书会我撤了", Reading("signup_cancel")), ("我先撤了", None),
    ("帮我爸把讲座退了 他腰疼", Reading("signup_cancel")), ("我老公的课取消了", None),
    ("我们家那几个名额都不要了", Reading("signup_cancel")),
    # declining for what she is or needs is asked; dropping out stays a cancel
    ("烘焙我就不参加了 手笨", Reading("signup_cancel", sure=False)), ("讲座我不去了 那天加班", Reading("signup_cancel")),
    # room asked with the event named, then the places wanted; a bracketed aside explains the count
    ("插花还剩几个位置呀 给我留两个", Reading("signup", 2)), ("采摘 +2（1大1小）", Reading("signup", 2)),
])
def test_signups_by_mechanism_u7(text, expected):
    assert read_signup(text) == expected


@pytest.mark.parametrize("text, signs_in", [
    ("签咗到", True), ("早晨 打咗卡", True), ("你签咗到未", False), ("今天忙到现在才签到", True), ("昨天忙到现在才签到", False),
    ("早上好 今天还没签到 马上签", True),
])
def test_signins_by_mechanism_u7(text, signs_in):
    assert (read_signin(text, SignInSettings().triggers) is not None) == signs_in


# Tenth pass: sign-ups by mechanism again (phrasings written for each mechanism, not corpus lines).
@pytest.mark.parametrize("text, expected", [
    # whose cancel: those addressed drop out, not the member; whether one may is asked; a word passed on is asked
    # unless the member asks it done; a sign-up named, then dropped in the next clause
    ("那天的手工课你们不去了", None), ("周日那场我可以不去了吗", Reading("signup_cancel", sure=False)),
    ("讲座我不参加了行不行", Reading("signup_cancel", sure=False)), ("能帮我取消一下报名吗", Reading("signup_cancel")),
    ("替隔壁李奶奶说一下 她去不了了", Reading("signup_cancel", sure=False)),
    ("我婆婆说她去不了了 帮她取消一下", Reading("signup_cancel")), ("我们那个报名。算了吧。", Reading("signup_cancel")),
    ("我报名。算了", Reading("signup", 1)),
    # who is named: a companion by whose parent he is, a child by kind, 老+surname, kin counted, seats, adults counted
    ("报名 闺女5岁 她妈带她来", Reading("signup", 2)), ("10岁女孩 报名烘焙 妈妈陪同", Reading("signup", 2)),
    ("我和老刘一起去听讲座", Reading("signup", 2)), ("外婆带仨孙子 报名", Reading("signup", 4)),
    ("帮我占俩座位", Reading("signup", 2)), ("我报名 两个大人一个孩子", Reading("signup", 3)),
    # a party in pieces: who alone is a piece, sized by the count beside it, never a party by itself
    ("兰兰一家 四个", Reading("signup", 4)), ("+3 全家", Reading("signup", 3)), ("我们。两个。老姐妹。", Reading("signup", 2)),
    ("我们 下周六", None),
    # questions and plans: who may come asked, a game among members, a closing 不, a worry, a modal's 不 elsewhere
    ("烘焙课几岁的小朋友能参加", None), ("斗地主三缺一 算我一个", None), ("算我俩不", Reading("signup", 2, sure=False)),
    ("讲座我想去 就是怕坐不住", Reading("signup", 1, sure=False)), ("我家那边能送不", None),
    # a total restated; signing up now whatever the day brings
    ("我闺女也去，那就是两个人了", Reading("signup", 2)), ("孩子去不了 就我一个了", Reading("signup", 1)),
    # peers counted are the party; "we" sized by the question beside the sign-up
    ("社区合唱团6个老姐妹报名", Reading("signup", 6)), ("我和三个同事报名", Reading("signup", 4)),
    ("我和闺蜜可以一起来吗 给我们报上", Reading("signup", 2)),
    # a room question run on into the party (voice input): the question ends at 吗
    ("那个亲子课还有位置吗我和孙女一起去", Reading("signup", 2)),
    ("要是天气好我们三个都去 先报上", Reading("signup", 3)),
    ("要是天气好我们三个都去", Reading("signup", 3)),  # a firm condition of the member's: a sign-up (u11; asked once since u5)
    ("要是天气好我们可能三个都去", Reading("signup", 3, sure=False)),  # hedged: asked once
])
def test_signups_by_mechanism_tenth_pass(text, expected):
    assert read_signup(text) == expected


# Review of the tenth pass: wrong acts found on a reviewer's own messages, one phrasing each beside the one found.
@pytest.mark.parametrize("text, expected", [
    # someone else goes in the member's place: the new party asked, never the sign-up dropped
    ("我去不了 我老公去", Reading("signup", 1, sure=False)), ("讲座我不去了 换我闺女去", Reading("signup", 1, sure=False)),
    ("我不去 我老公带孩子去", Reading("signup", 2, sure=False)),
    # by how many, the total unsaid: a change on top of the member's sign-up, which the handler adds to it
    ("再加一个，我老公也去", Reading("signup", 1, add=True)), ("我家的取消一个人", Reading("signup", -1, add=True)),
    ("再加一个 我们一共三个", Reading("signup", 3)),
    # the staff's notice that the places are gone; urging the others
    ("报名已满，谢谢大家", None), ("名额已满 下次早点哦", None), ("姐妹们冲啊 快报名", None),
    ("这个讲座好 大家都去听听", None), ("我跟大家一起去", Reading("signup", 1)),
    # a kind counted then its number, the companion beside it; kin by pair words; aunts
    ("5岁男孩一个 爸爸带", Reading("signup", 2)), ("女孩两个 我带", Reading("signup", 3)),
    ("成人两位 儿童一位", Reading("signup", 3)), ("陈芳 成人1 儿童1", Reading("signup", 2)),
    ("爷孙俩报名", Reading("signup", 2)), ("我们姐弟俩去", Reading("signup", 2)),
    ("我跟我妈我姨一起去", Reading("signup", 3)), ("给我妈和我姨报名", Reading("signup", 2)),
    # who someone is, then their name: one person
    ("我和同事小李", Reading("signup", 2)), ("带邻居王姐一起去", Reading("signup", 2)),
    # urging the others is left out; the member's own words beside it still count
    ("大家一起去吧 我报两个", Reading("signup", 2)), ("我报名 大家快来", Reading("signup", 1)), ("我也赶紧报一个", Reading("signup", 1)),
])
def test_signups_reviewed_after_the_tenth_pass(text, expected):
    assert read_signup(text) == expected


# A word of the household passed on ("我婆婆说她不去了"): the member speaks for someone of her party whom she may or
# may not have signed up, so the cancel is asked once; his plans ("我老公说他不去"), someone outside the household, or
# the member still going are no cancel of hers.
@pytest.mark.parametrize("text, expected", [
    ("我婆婆说她不去了", Reading("signup_cancel", sure=False)), ("老公说他那天加班来不了", Reading("signup_cancel", sure=False)),
    ("我婆婆说了，她不去了", Reading("signup_cancel", sure=False)), ("我闺女说她参加不了了", Reading("signup_cancel", sure=False)),
    ("我妈说她去不了了 帮她取消一下", Reading("signup_cancel")),
    ("我老公说他不去", None), ("孩子说明天不去幼儿园了", None), ("张阿姨说她不去了", None), ("我老公说他不去了，我还去", None),
])
def test_a_relayed_cancel_is_asked_once(text, expected):
    assert read_signup(text) == expected


# Cancels as typed (R4): 不来了 beside 不去了, Cantonese 唔去, a whole party named (全部, 老两口), an English "sorry" as courtesy.
@pytest.mark.parametrize("text, expected", [
    ("我不来了", Reading("signup_cancel")), ("讲座不来了", Reading("signup_cancel")), ("位置留给需要的人 我不来了", Reading("signup_cancel")),
    ("我哋唔去啦 唔该取消", Reading("signup_cancel")), ("我们三个全部取消", Reading("signup_cancel")),
    ("老两口都不去了 天太冷", Reading("signup_cancel")), ("sorry 去不了 帮我撤了", Reading("signup_cancel")),
    ("去不料了", Reading("signup_cancel")), ("我妈说她不来了", Reading("signup_cancel", sure=False)),
    ("周六我不来了", Reading("signup_cancel", sure=False)),  # which event? asked, as 我明天不去了
    ("这家店我再也不来了", None), ("他说不来了", None), ("你还来不来了", None), ("我今天不来店里了", None),
    # 不去 without 了 says a plan, not a change: whether she had signed up is asked (讲座我不去了 drops out)
    ("讲座我不去 听不懂", Reading("signup_cancel", sure=False)), ("讲座我不去了 听不懂", Reading("signup_cancel")),
])
def test_cancels_as_typed(text, expected):
    assert read_signup(text) == expected


# The staff's notices (R4): how many signed up, the places left or gone, the deadline, the others urged are nobody's
# sign-up, for the rules and for the learned score after them; the member's own words beside a notice still count.
@pytest.mark.parametrize("text", ["今日签到已有58人 大家继续加油", "社区老年大学报名今天截止 大家别忘了", "还有3个名额",
                                  "明天的讲座报名今天截止", "活动报名中 名额有限", "目前已有15人报名", "报名已满",
                                  "大家别忘了报名", "讲座还剩2个位置", "报名参加躺平大赛"])
def test_a_notice_is_no_signup(text):
    assert read_signup(text) is None and signup_reading(text) is None


# What the rules find nobody's sign-up (not_a_signup: another body's thing, a contest) the learned score does not guess.
@pytest.mark.parametrize("text", ["报名参加躺平大赛 哈", "我们单位组织体检 报名了"])
def test_nobodys_signup_is_not_guessed(text):
    assert signup_reading(text) is None


@pytest.mark.parametrize("text, expected", [
    ("目前已有15人报名 我也报一个", Reading("signup", 1)), ("还有3个名额吗 我们两个", Reading("signup", 2, sure=False)),
])
def test_the_members_words_beside_a_notice(text, expected):
    assert read_signup(text) == expected


# The party as composed (R4): twins, adults and children without 个, big ones and small ones; seats by count or asked
# of the staff; a head count said larger than the party read is asked with it, never stored (a denied or an earlier
# count, a phone number's 后四位 are no count of the party).
@pytest.mark.parametrize("text, expected", [
    ("双胞胎报名 妈妈陪", Reading("signup", 3)), ("周六活动 我们家俩大人俩孩子", Reading("signup", 4)),
    ("两个大的两个小的 报上吧", Reading("signup", 4)), ("婆媳俩报名", Reading("signup", 2)), ("我和老公带娃", Reading("signup", 3)),
    ("一个座位 谢谢", Reading("signup", 1)), ("能给我们留两个名额吗", Reading("signup", 2)), ("留两个位置", Reading("signup", 2)),
    ("还有两个座位吗", None),
    ("讲座报名 楼里老姐妹六个一起", Reading("signup", 6)), ("宿舍三个人一起", Reading("signup", 3)), ("我们宿舍仨一起", Reading("signup", 3)),
    ("讲座报名 合唱队老姐妹六个一起", Reading("signup", 6, sure=False)), ("报名 我跟舞蹈队的四个", Reading("signup", 4, sure=False)),
    ("婆婆不去了 只剩我一个人", Reading("signup", 1)), ("老公不去了 就剩我们两个", Reading("signup", 2)),
    ("不好意思 我们是两个人 不是三个", Reading("signup", 2)), ("姓名：周丽 人数：1 电话后四位：6688", Reading("signup", 1)),
])
def test_the_party_as_composed(text, expected):
    assert read_signup(text) == expected


@pytest.mark.parametrize("text", ["讲座报名 合唱队老姐妹六个一起", "报名 我跟舞蹈队的四个"])
def test_a_count_said_beyond_the_party_read_is_not_settled_by_the_score(text):
    assert signup_reading(text) == Reading("signup", read_signup(text).amount, sure=False)


# Typed in pinyin, by a bare count after 报, and cancels asked done (R4).
@pytest.mark.parametrize("text, expected", [
    ("报名 liang ge ren", Reading("signup", 2)), ("bao ming san ge", Reading("signup", 3)), ("baoming 2ren", Reading("signup", 2)),
    ("ok 报名", Reading("signup", 1)), ("hao de", None), ("报2", Reading("signup", 2)),
    ("周六去不了 帮我划掉", Reading("signup_cancel")), ("不好意思 能帮我把报名撤了吗", Reading("signup_cancel")),
    ("我明天不去了", Reading("signup_cancel", sure=False)),
])
def test_pinyin_counts_and_cancels_asked_done(text, expected):
    assert read_signup(text) == expected


# The party changed by a count, its total unsaid: a change on top (``add``) for the handler to add to the sign-up.
@pytest.mark.parametrize("text, expected", [
    ("再加一个", Reading("signup", 1, add=True)), ("我们再多一个人", Reading("signup", 1, add=True)),
    ("多加一位", Reading("signup", 1, add=True)), ("再加两个", Reading("signup", 2, add=True)),
    ("我家再加一个孩子", Reading("signup", 1, add=True)), ("少一个人", Reading("signup", -1, add=True)),
    # asked, hedged, beside another count, or portions of an order: not a change to make
    ("能再加一个吗", None), ("要是天气好再加一个", None), ("再加一个 孩子两个", None), ("我那份减一个", None),
    ("托特包再加二个", None),
])
def test_the_party_changed_by_a_count(text, expected):
    assert read_signup(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("我要两份，给我妈一份，我一份", Reading("order", 2)), ("我要两份 给我妈一份我一份", Reading("order", 2)),
    ("给我妈一份我一份", Reading("order", 2)), ("我一份，我妈一份，我姐一份", Reading("order", 3)),
    ("两个孩子两个样", None), ("你要两份我就要一份", None),
])
def test_a_total_then_its_shares(text, expected):
    assert read_order(text) == expected


# Orders by mechanism (ninth pass): (intent, amount, add, sure), or None; the product read is not compared.
@pytest.mark.parametrize("text, expected", [
    # a cancel among an address, who speaks, an apology and a reason told after it
    ("老板呀我那个大枣不要了我闺女说家里还有", ("order_cancel", 0, False, True)),
    ("喂 我的那个能退掉不 真不好意思", ("order_cancel", 0, False, False)),  # asked, asked back
    ("楼上王阿姨托我说一声 她的鸡蛋不要了", ("order_cancel", 0, False, True)),
    ("我老公说不要了 帮他取消一下", ("order_cancel", 0, False, True)),
    ("我老公说不要了 他不爱吃", ("order_cancel", 0, False, False)),  # reported, asked back
    ("取消取消 手滑了", ("order_cancel", 0, False, True)),
    ("不要了不要了 吃不下了", None), ("算了不要了，跟他说不清", None), ("不用了不用了，我自己会做", None),
    ("啊？不要了？", None),
    # several goods, each with its count: the sum
    ("鸡蛋两盒 小米一袋", ("order", 3, False, True)), ("红枣一袋鸡蛋一盒", ("order", 2, False, True)),
    ("汤圆2大枣1", ("order", 3, False, True)),
    ("米粥一份米配八份水", None), ("隔壁一份面条十五块", None),
    # part of an order dropped
    ("四份里取消一份", ("order_change", -1, True, True)), ("鸡蛋不要了 小米照旧", ("order_change", -1, True, True)),
    ("小米取消 鸡蛋还是三盒", ("order_change", -1, True, True)),
    # a new count said against what was
    ("原来报的三份改成一份", ("order_change", 1, False, True)), ("改三份 刚才写的两份", ("order_change", 3, False, True)),
    ("x1 改x2", ("order_change", 2, False, True)), ("上次买了三份，这次改成两份", None),
    ("四份，其中两份帮我婆婆订", ("order", 4, False, True)),
    # portions each for those named after 给, the member not among them
    ("给我公婆各来一盒鸡蛋", ("order", 2, False, True)), ("给我姐和她闺女各留一袋", ("order", 2, False, True)),
    # someone sent to fetch it
    ("老婆 鸡蛋你下班拿一下 三盒 在店里", None),
])
def test_orders_by_mechanism(text, expected):
    reading = read_order(text)
    assert (reading and (reading.intent, reading.amount, reading.add, reading.sure)) == expected


@pytest.mark.parametrize("text", [
    "签到", "大家早上好！签到", "签到，大家早上好", "早安 打卡", "帮我签个到", "打个卡", "签道", "千到", "签 到 了",
    "张阿姨签到", "打卡第15天", "签到 30/30", "签到[玫瑰]", "签到，祝大家身体健康", "刚起床，打卡", "签到完去买菜",
    "签到，出门记得加衣服", "周周妈妈打卡", "我张阿姨来签到。",
    "美好的一天从签到开始", "连续打卡一个月了，今天继续", "看大家都签到了，我也来签到", "今天的签到来啦", "差点忘了签到",
    "坚持签到的第50天", "签到满一个月了", "签到Day 5", "签-到", "签到后去上班了", "每天打卡",
    "签一个", "早上好，签一下", "我来报到了", "签到（张阿姨）", "签到哇", "早上好各位姐妹们今天我来签到了",
    "亲爱的家人们早上好签到啦", "早上好今天天气不错签到", "早上好\n签到",
    # sixth pass: particles of other regions and scripts, two triggers, who signs in, asking the bot, a bare
    # sign-in after a question about it, the streak with today's sign-in
    "簽到囉～祝大家週末愉快", "签到喇", "签到拉", "早晨好 打咭", "打个卡签个到", "签到qd", "签一签", "qian到",
    "我是老王我来签到啦", "那个我签到啊我是五号楼的", "今天份的打卡来啦", "能帮我签到吗", "麻烦帮我签个到",
    "签到是这样发吗 签到", "是不是发签到两个字就行 签到", "连续打卡一个月了 今天也签到",
    # seventh pass: when before the trigger, a bare day count, 报个到, asking the bot with 不
    "今天六点就起来了 给老伴做了早饭 现在来签到", "赶紧签个到", "签到1", "签到走起", "来报个到", "能给我签个到不", "每天一签",
    "那个我今天早上起来的晚了我现在来签个到啊大家早上好", "我跟你们说今天我孙子放假了我在家带他呢签到",
    "签到那个今天天气冷大家出门穿厚一点啊", "喂签到签到听得见吗", "签到 平安", "签个到报个平安", "签到呦",
    # ninth pass, by mechanism: a trigger heard by sound or spelt in pinyin anywhere plain words or greetings come
    # before it (no list); a run-on sentence of the day after it; where she happens to be before it
    "谦到", "早上好 欠到", "大家早上好千到了", "我来钱到了", "早安 打咔", "da卡", "daka", "wo qian dao", "签dao啦",
    "签到外面下雨了", "签到刚起床", "打卡买菜去咯", "签到孙子今天放假", "签到周末愉快", "签到抢个沙发", "签到🌹祝店长生意兴隆",
    "在老家签到", "人在外地签个到", "在回家的公交上签到", "在女儿家签到",
    # a trigger typed apart or by its initials among other words, a clause said twice
    "签。到", "签 到 早上好", "早 qd一下", "qd qd 今天好冷", "今天 dk", "我签到我签到", "我来打卡我来打卡",
    # R4: 签一下 / 签一个 asked of the bot, the whole clause (a parcel or a paper named is not); for her household
    "帮我签一下", "帮我签一下 谢谢", "给我签一下", "麻烦帮我签一个", "帮我妈签个到", "帮我妈签到",
    "签到 今天5点起床 6点出门",  # her morning, told on after the sign-in: times, but no schedule
])
def test_sign_ins(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


@pytest.mark.parametrize("text", [
    "昨天忘了签到", "签到送什么", "提醒大家记得签到哦", "跑步打卡五公里", "那家餐厅值得去打卡", "考勤打卡", "今天签到的人好少",
    "签到了没，姐妹们", "签名", "打卡机", "我妈签到了", "我女儿帮我签到了", "老公替我打卡了",
    "每天签到，感觉自己很自律", "会议签到", "签到后去哪里领", "我妈签到满一个月了",
    "新人报到，请多关照", "明天去单位报到", "签一下合同", "补个签到", "报道说明天降温",
    "替我签一下", "快递到了 帮我签一下", "合同帮我签一下", "帮我签一下快递",
    # R4: an event's schedule or a list that names 签到 among its steps
    "活动流程：9:00 签到 9:30 开始", "周六安排：\n8:30 签到\n9:00 讲座开始", "9点签到 10点开始",
    "刚进群，报个到", "刚进群，报到", "这个签一签", "能帮我打卡吗 我今天不去公司", "帮我打个卡 我要迟到了",
    "我不签到了 签到的人多吗", "签到 表格", "签到了吗",
    "签到2次", "新人报个到", "明天去单位报个到", "现在在公司签到", "学校又让打卡 每天拍视频", "我妈签到啦我还没签",
    "昨天忘了签到啊今天补上", "签到了吗听得见吗",
    # ninth pass: a homophone inside a word (提前到, 工资钱到), the run-on that talks about signing in or another
    # clock-in, a place one goes to in order to check in there
    "我提前到了", "工资钱到了吗", "他们搬迁到城南了", "大卡车堵路上了",
    "签到今天领鸡蛋", "签到都签出感情来了", "签到比上班还准时", "打卡孩子的英语作业", "打卡去了一家奶茶店", "打卡今天去了故宫",
    "签到周一开始", "在景区打卡", "在会场签到", "在咖啡馆打卡", "在公司签到", "在医院签到",
    "签，到时候再说", "qdii基金跌了", "我妈签到了我妈签到了", "打卡上班去了", "打卡第一次做的蛋糕", "打卡我家楼下的花",
    # English beside Chinese is talk (a hotel review's check-in), never a sign-in
    "check in完了，就看不到服务员了", "3.check in 搞了20分钟", "check in & check out比较快.", "酒店sign in要排队",
])
def test_not_sign_ins(text):
    assert read_signin(text, TRIGGERS) is None


@pytest.mark.parametrize("text", ["Check in", "sign in 😊", "Good morning, check in", "good morning checkin!"])
def test_english_alone_signs_in(text):
    reading = read_signin(text, TRIGGERS)
    assert reading is not None and reading.sure


@pytest.mark.parametrize("text, value", [("是", True), ("是的！", True), ("嗯嗯，对的", True), ("不是", False),
                                         ("不用了", False), ("我要两份", None), ("是不是", None)])
def test_answers_to_the_bots_question(text, value):
    assert answer(text) is value


def test_names_with_did_you_mean():
    named = {"p-millet": "millet", "东北五常小米 2.5kg": "millet", "p-jujube": "jujube", "新疆和田大枣 1kg": "jujube"}
    assert find("五常小米", named).thing == "millet" and find("p-jujube", named).thing == "jujube"
    assert find("五常大米", named).suggestions == ("东北五常小米 2.5kg",)
    assert find("鸡蛋", named).thing is None and find("鸡蛋", named).suggestions == ()


# --- the corpus scores (corpus/eval_intents.py: the readers the handlers call) -------------------

# Measured on the test split, rounded down: falling below means a change made members' words less understood.
# Sixth pass: the test split grew by the fresh lines of corpus/intents/sixth.jsonl (written without reading
# the readers), which the code before this pass read at orders 89.1 / 96.1, sign-ups 84.2 / 98.7, sign-ins
# 92.4 / 100; after it: orders 91.1 / 96.7, sign-ups 87.0 / 98.7, sign-ins 92.4 / 100.
# Measured on the test split with seventh.jsonl (fresh lines by a writer who never read the readers): the
# session-start code read orders 90.7 / 96.7, sign-ups 83.5 / 94.8, sign-ins 93.4 / 100 of the grown split;
# the seventh pass reads orders 91.1 / 96.7, sign-ups 85.8 / 96.4, sign-ins 93.4 / 100.
# Seventh pass (sign-ins): on the split grown by seventh.jsonl the code before the pass read 93.4 / 100, after it 94.8 / 99.5.
# Eighth pass (q2): the test split grew by eighth.jsonl's fresh lines; the orders and sign-ups readers, untouched by
# this pass, read the grown split at orders 89.4 / 97.1, sign-ups 82.3 / 93.6 (the same with the session-start code and
# model): their floors follow the corpus, not a change of code. Sign-ins 95.3 / 99.6.
# Eighth pass: eighth.jsonl (fresh lines by a writer who never read the readers) grew the test split; on it the
# code before the pass reads orders 89.4 / 97.1, sign-ups 82.3 / 93.6 (below the old floors), after it orders
# 89.0 / 97.0, sign-ups 83.1 / 94.9: the floors are lowered to just under these, for the grown split, not the code.
# Review of fresh text (R2): what no phrasing of a sign-up says, whatever the clauses read. Each case was acted on
# as a sign-up before; the ones beside them still are.
@pytest.mark.parametrize("text, expected", [
    # others' plans told or tallied, the member not in them (asked for them: still a sign-up)
    ("刘姐说她们家四个人都来", None), ("他们俩也去", None), ("王阿姨家三个人 赵姐家两个人", None),
    ("帮我姐一家报名 她们三口人", Reading("signup", 3)),
    # a condition on the member's side (whether there is room, or signing up now, is no such condition): a firm one is the
    # corpus's sign-up, acted on (u11); hedged or the event arranged otherwise, asked once (u5: it was silence)
    ("如果孩子不感冒 我们三个人", Reading("signup", 3)), ("要是不加班我和老公都来", Reading("signup", 2)),
    ("要是改到周日的话 我们三个人", Reading("signup", 3, sure=False)),
    ("还有名额的话我们两个", Reading("signup", 2)), ("不下雨的话我们三个 先报上", Reading("signup", 3)),
    # what was done, not who comes now
    ("我们那桌6个人 包了一百多个饺子", None), ("上周我和闺女去了 两个人", None),
    ("上次去过 这次报名 我和老伴", Reading("signup", 2)),
    # signing up for a school's, a job's or a contest's thing
    ("公司组织体检 我报名了", None), ("孩子学校运动会 报名两个人", None), ("我们舞蹈队五个人", Reading("signup", 5)),
    # how old the children are, no one coming
    ("老大9岁 老二5岁", None), ("报名 老大9岁 老二5岁", Reading("signup", 2)),
    # others signing up, told beside the member's own word
    ("很多人都报了 我还是算了吧", None), ("有人报名了吗", None), ("大家都报了 我也报一个", Reading("signup", 1)),
])
def test_no_sign_up_whatever_the_clauses_read(text, expected):
    assert read_signup(text) == expected


@pytest.mark.parametrize("text", ["刘姐说她们家四个人都来", "他们俩也去", "上周我和闺女去了 两个人",
                                  "公司组织体检 我报名了", "老大9岁 老二5岁", "很多人都报了 我还是算了吧"])
def test_what_is_nobodys_sign_up_is_not_guessed_either(text):
    """End to end (the rules and the learned score): nothing is asked or acted on."""
    from bot.chain.text import signup_reading
    assert signup_reading(text) is None


@pytest.mark.parametrize("text", ["先记两份 我再考虑考虑", "包裹终于到了 两箱", "物流显示后天到 三件"])
def test_what_is_no_order_yet_is_not_guessed_either(text):
    assert order_reading(text, None) is None


# A party its own counts doubt is asked (once), not acted on: totals that disagree with the one read, one person
# read while a companion is named; the learned score does not settle it (its amount is the same count).
@pytest.mark.parametrize("text, people", [
    ("报名 宝宝两岁", 1),  # U16: "我带我家小宝一起参加" reads 2 now (the household's someone joined to the member)
    # others, signed up by the member: whether they mean it is asked
    ("李姐说她家两个人 报名", 2), ("老公说他也去 算上他", 1), ("他们俩报名", 2),
])
def test_a_doubtful_party_is_asked(text, people):
    from bot.chain.text import signup_reading
    from bot.language.signups import party_in_doubt
    assert party_in_doubt(text, people)
    reading = signup_reading(text)
    assert reading is not None and reading.intent == "signup" and not reading.sure


@pytest.mark.parametrize("text, people", [("带我一个", 1), ("算我一个 谁也别跟我抢", 1), ("我两个人，不是三个人", 2),
                                          ("帮我婆婆报一个", 1), ("报名 两个人", 2),
                                          ("报一个 小朋友自己来", 1)])
def test_a_party_its_counts_agree_with_is_not_doubted(text, people):
    from bot.language.signups import party_in_doubt
    assert not party_in_doubt(text, people)


# Orders (R2 review of fresh text): a count negated by 不是 is never the new total; a count misspelt with 分 is
# portions only while small ("100分" is a score); the staff calling those who want some is no order.
@pytest.mark.parametrize("text, expected", [
    ("给我记五份啊不是三份", ("order", 5, False, True)), ("是2份不是3份", ("order_change", 2, False, True)),
    ("孩子考了100分", None), ("满分100分", None), ("两分", ("order", 2, False, True)),
    ("要三份的举手", None), ("需要一箱的吱一声", None),
    # still deciding after the count (decided after it, or not hesitating, is an order); a parcel's arrival counted
    ("先记两份 我再考虑考虑", None), ("想来一份 有点犹豫", None), ("考虑了好久 还是来两份", ("order", 2, False, True)),
    ("两份 不纠结了", ("order", 2, False, True)),
    ("包裹终于到了 两箱", None), ("货到了 我要两箱", ("order", 2, False, True)), ("物流显示后天到 三件", None),
    ("我婆婆说想要两份 等她来了再定", None), ("三份，放快递柜就行", ("order", 3, False, True)),
    ("一份 货到了告诉我", ("order", 1, False, True)),
])
def test_orders_against_fresh_wrong_acts(text, expected):
    reading = order_reading(text, None)
    assert (reading and (reading.intent, reading.amount, reading.add, reading.sure)) == expected


# Ninth pass (the score as partner): ninth.jsonl's fresh lines grew the test split; on it main's code reads orders
# 86.9 / 96.0, sign-ups 81.8 / 94.5 (below the old floors), this pass orders 87.5 / 95.8, sign-ups 85.0 / 94.3: the
# floors follow the grown split (one more wrong order acted on of 481, read by the score).
# Ninth pass, sign-ups by mechanism (merged with the score as partner): orders 87.5 / 95.8, sign-ups 90.1 / 95.4.
# Ninth pass, orders by mechanism: orders 87.9 / 95.7 on the split grown by ninth.jsonl.
# Tenth: tenth.jsonl (fresh, code-blind, scored before it was merged: docs/language.md) grew the test split; the
# final code reads it at orders 87.1 / 95.5, sign-ups 89.5 / 95.0, sign-ins 95.0 / 99.6: floors just under these.
# Eleventh pass (g2), sign-ins by voice input's run-ons and greetings of any make: 95.0 / 99.7 -> 95.3 / 99.7.
# Twelfth: twelfth.jsonl (fresh, code-blind, scored before merge) grew the split; the final code with the models
# retrained on its train lines reads orders 87.1 / 95.2, sign-ups 88.7 / 96.3, sign-ins 94.8 / 99.7: floors under these.
# Thirteenth: thirteenth.jsonl (fresh, code-blind; the session-start code reads it at orders 77.2 / 96.4, sign-ups
# 75.5 / 91.7, sign-ins 89.0 / 99.2) grew the split; before retraining, orders read 85.8 / 95.8 on it.
# R4 (o4 orders, u4 sign-ups/sign-ins) merged, models refitted: orders 87.3 / 97.1, sign-ups 90.0 / 96.9, sign-ins
# 94.3 / 99.7 (one sign-in of 353 fewer); u4's last commits: sign-ups 89.4 / 96.9 (without thirteenth's lines: 90.1).
# Fourteenth: fourteenth.jsonl (fresh, code-blind, kept unseen until the end: session-start code 78.0 / 95.8,
# 80.8 / 94.7, 94.7 / 98.6; final code 80.3 / 95.9, 82.3 / 97.6, 95.3 / 98.6) grew the split; models refitted on
# its train lines: orders 86.8 / 96.4, sign-ups 89.7 / 96.9, sign-ins 94.4 / 99.4.
# Sixteenth: sixteenth.jsonl (code-blind, a training batch; the session-start code reads all its lines at orders
# 80.2 / 94.6, sign-ups 67.4 / 97.4, sign-ins 88.5 / 96.7) grew the split; models refitted on its train lines:
# orders 85.9 / 96.5, sign-ups 88.0 / 96.7, sign-ins 93.9 / 99.2.
# Seventeenth: seventeenth.jsonl (code-blind training batch, orders and sign-ups; session-start code 76.7 / 93.7,
# 62.2 / 90.3) grew the split; refitted: orders 85.4 / 96.0, sign-ups 84.7 / 96.4, sign-ins 93.9 / 99.2.
# O5 (orders as typed: order_words, stories, shares, goods by sound), merged with u5: orders 88.3 / 96.6 (main 50b9592 on the
# same split 85.6 / 95.9), sign-ups 87.4 / 96.1, sign-ins 94.4 / 99.5: the orders floor raised.
# Fifteenth: fifteenth.jsonl (896 lines, fresh, code-blind, kept unseen until the end: session-start code 72.7 / 95.7,
# 62.2 / 92.4, 94.6 / 97.9; final code 80.5 / 96.4, 71.9 / 92.2, 97.3 / 98.0) grew the split; models refitted on its
# train lines: orders 88.3 / 96.4, sign-ups 86.9 / 96.3, sign-ins 94.6 / 99.5.
# Eighteenth: eighteenth.jsonl (870 lines, code-blind training batch; session-start code 75.4 / 93.4, 80.3 / 94.2,
# 87.9 / 100) grew the split; models refitted on its train lines: orders 87.6 / 96.4, sign-ups 86.8 / 95.6, sign-ins
# 94.6 / 99.5.
# Twentieth: twentieth.jsonl (919 lines, code-blind training batch weighted to sign-ins; read before use at 87.7 / 95.5,
# 79.0 / 92.1, 93.6 / 99.5) grew the split; refitted: orders 87.3 / 96.5, sign-ups 86.6 / 95.7, sign-ins 94.4 / 99.6.
# O6 (households, people each, lists of kinds, staff confirmations kept chat) merged after U6: orders 87.8 / 96.7.
# Nineteenth: nineteenth.jsonl (917 lines, fresh, code-blind, kept unseen until the end: session-start code 74.7 / 95.8,
# 67.2 / 95.0, 96.0 / 100; final code 75.3 / 95.8, 70.7 / 95.9, 96.7 / 100) grew the split; models refitted on its
# train lines: orders 87.9 / 96.6, sign-ups 86.8 / 96.0, sign-ins 94.6 / 99.6.
# Twentyfirst: twentyfirst.jsonl (913 lines, code-blind training batch for breadth; read before use at 78.9 / 96.9,
# 84.4 / 95.6, 98.5 / 100) grew the split; refitted: orders 88.2 / 96.6, sign-ups 86.2 / 95.8, sign-ins 94.7 / 99.6.
# Twentythird and twentyfourth (767 and 796 lines, code-blind training batches weighted to sign-ups and to orders, with
# their look-alikes; read before use: sign-ups 76.9 / 90.4, orders 83.7 / 89.5) grew the split; refitted: orders
# 88.4 / 96.0, sign-ups 85.7 / 95.3, sign-ins 94.9 / 99.6.
# U7 (sign-ups and sign-ins by mechanism) merged with these batches, intent model refitted: orders 88.4 / 96.0, sign-ups
# 86.7 / 95.5, sign-ins 95.1 / 99.6: the sign-up and sign-in recall floors raised.
# G7 (goods as data), O7 (orders) and Q7 merged, models refitted: orders 89.7 / 96.3, sign-ups 86.7 / 95.5, sign-ins
# 95.1 / 99.6: the orders floors raised.
# Twentyfifth (872 lines, code-blind training batch; read before use: orders 82.8 / 95.8, sign-ups 69.6 / 93.0,
# sign-ins 94.3 / 97.6) grew the split, models refitted: orders 89.5 / 96.4, sign-ups 86.6 / 95.3, sign-ins
# 95.2 / 99.2: its sign-in look-alikes in test (补签, other 打卡) lowered the sign-ins precision floor.
# Twentyseventh and twentyeighth (819 and 789 lines, code-blind, weighted to orders and to sign-ups with their
# look-alikes; read before use: orders 88.8 / 94.6, sign-ups 77.2 / 91.2) grew the split, refitted: orders 89.4 / 96.4,
# sign-ups 85.6 / 95.3, sign-ins 95.3 / 99.1.
# O9 (lists, kinds, units by sound), U9 (sign-ups by mechanism), P9 (look-alikes), twentysecond.jsonl merged after two
# sessions unseen, every model refitted: orders 89.6 / 96.6, sign-ups 85.7 / 95.4 (held out 81.2 / 94.7: the gap 4.5,
# within 5), sign-ins 95.1 / 99.1.
# Twentyninth, thirtieth and thirtysecond (840, 816 and 875 lines, code-blind; read before use: orders 80.2 and 64.3,
# sign-ups 70.8 and 61.7) grew the split, models refitted: orders 88.2 / 96.8, sign-ups 83.7 / 95.2, sign-ins 95.2 /
# 98.9: the floors follow the harder split.
# Thirtythird and thirtyfourth (825 and 844 lines; the latter's short orders read before use at 72.8 / 95.8) grew it
# again, refitted: orders 88.0 / 96.6, sign-ups 83.6 / 95.4, sign-ins 94.9 / 98.7.
# O10, U10, S12 (by mechanism, on fresh text) and twentysixth.jsonl merged after two sessions unseen (21 held-out
# families), every model refitted: orders 88.6 / 96.8, sign-ups 84.4 / 95.4, sign-ins 95.5 / 99.1.
# Thirtyfifth, thirtysixth and thirtyseventh (886, 872 and 838 lines, code-blind; read before use: orders 73.6 / 92.7,
# sign-ups 71.1 / 84.6, sign-ins 94.4 / 91.0) grew the split, models refitted: orders 88.0 / 96.6, sign-ups 84.2 /
# 95.2, sign-ins 95.6 / 98.8: the floors follow the harder split.
# Thirtyninth (850 lines of changes and cancels, code-blind; read before use: orders 72.3 / 88.2, sign-ups 64.9 / 92.5)
# grew it again, refitted: orders 87.4 / 96.3, sign-ups 83.3 / 94.9, sign-ins 95.6 / 98.7.
# S13 (sign-ins by mechanism, measured on varied train/dev lines and the fresh thirty-fifth to thirty-ninth): sign-ins
# 95.6 / 98.7 -> 96.1 / 99.1 on the same split: the sign-ins floor raised.
# U11 (sign-ups by mechanism: events no list names, who drops out, firm conditions, fresh-text precision; no refit):
# sign-ups 83.3 / 94.9 -> 84.9 / 94.9 on the same split: the sign-up recall floor raised.
# O11 (orders: a product the goods list lacks named by its place, words that name none, units and cancels as typed, plans
# given up): orders 87.4 / 96.3 -> 88.5 / 96.2 on the same split, no model refitted: the orders recall floor raised.
# C11 (changes and cancels by how they are made, bot/language/order_changes.py): orders 87.4 / 96.3 → 89.2 / 96.8.
# V11 (sign-up cancels and restated sizes by mechanism, no refit): sign-ups 83.3 / 94.9 -> 86.1 / 94.7 alone; merged with
# U11, O11 and C11 87.0 / 94.7: the sign-up recall floor raised.
# O11, C11, U11, V11 and S13 merged, intent and question models refitted: orders 89.7 / 96.7 (held out 85.2 / 95.2: the
# gap 4.5, within 5), sign-ups 87.0 / 94.7 (held out 82.4 / 91.6: 4.6), sign-ins 96.1 / 99.1.
# thirtyfirst.jsonl merged after two sessions unseen (21 held-out families), models refitted: orders 89.2 / 96.8 (held
# out 84.9 / 95.0), sign-ups 86.7 / 94.6 (82.2 / 91.6), sign-ins 96.1 / 99.1.
# U12 (sign-ups by mechanism: pair words, who stays out, talk about a sign-up, members' own plans, quoted lines; no refit):
# sign-ups 86.7 / 94.6 -> 86.9 / 95.0 (held out 82.2 / 91.6 -> 82.6 / 91.9): the sign-up floors raised.
# S14 (a learned 打卡 score as the sign-in reader's partner, sign-ins run on into her day): sign-ins 96.1 / 99.1 -> 96.3 /
# 99.1 on the same split (held out 96.5 / 99.1 -> 96.7 / 99.3): the sign-ins recall floor raised.
# Fortyfirst, fortysecond, fortyfourth and fortyfifth (959, 991, 956 and 953 lines, code-blind; read before use:
# orders 85.4 / 96.8 and 75.5 / 91.9, sign-ups 75.4 / 89.8 and 67.6 / 91.5, sign-ins 93.9 / 87.9) grew the split,
# models refitted: orders 88.8 / 96.8, sign-ups 85.6 / 94.4, sign-ins 96.2 / 98.6: the floors follow the harder split.
# O12, U12, C12, Q12 merged; fortysixth (970 sign-up lines, read before use 65.2 / 87.3) and thirtyeighth (838 lines, kept
# unseen two sessions) merged; every model refitted: orders 89.3 / 96.7 (held out 84.2 / 94.3: gap 5.1), sign-ups
# 84.0 / 94.4 (78.6 / 89.8: gap 5.4), sign-ins 96.2 / 99.1 (96.6 / 98.4).
# Fortyeighth, fortyninth and fiftieth (942, 978 and 974 lines, code-blind; read before use: sign-ups 73.3 / 92.1,
# orders 85.0 / 95.2, sign-ins 93.4 / 95.2) grew the split, models refitted: orders 89.3 / 96.7, sign-ups 83.5 / 94.2,
# sign-ins 96.1 / 98.7. U13, O13, C13, I13 (S15), Q13 merged, fortieth merged after two sessions unseen (23 held-out
# families), every model refitted: orders 90.0 / 97.0 (held out 85.1 / 94.5: gap 4.9), sign-ups 84.1 / 94.2 (79.0 /
# 89.7: gap 5.1), sign-ins 95.8 / 98.9 (95.9 / 98.5): the sign-ins floors follow the harder split, the orders' rise.
# Fortythird (two sessions unseen, 23 held-out families) and nine code-blind batches (fiftyfirst to fiftyninth: five of
# them sign-ups as members reply under an event post, read before use at 60.4-72.7 recall) grew the split; U14 (a party
# ranker and a sign-up guess, asking the unsure), O14, S16 and Q14 merged, every model refitted: orders 89.6 / 96.8 (held
# out 84.7 / 94.7: gap 4.9), sign-ups 81.0 / 94.1 (76.0 / 89.7: gap 5.0), sign-ins 96.5 / 98.9 (97.0 / 98.5): the
# sign-up recall floor follows the harder split, the sign-in recall floor rises.
# fiftythird (two sessions unseen, 24 held-out families), sixtyseventh (894 lines, 327 sign-ups, read before use at
# 68.8 / 92.0) and sixtyeighth (949 lines, orders and sign-ins) grew the split, read by the same models: sign-ups
# 80.9 / 94.2 -> 80.0 / 93.9: the sign-up floors follow the harder split.
# O16, C16, U16, I16 (S18) and Q16 merged, no model refitted: orders 90.2 / 96.7 (held out 85.3 / 94.8: gap 4.9),
# sign-ups 80.5 / 94.0 (76.6 / 90.8), sign-ins 96.9 / 99.0 (97.4 / 98.8): the sign-in precision floor rises.
# sixtyninth (two sessions unseen, 29 held-out families) and four code-blind training batches (seventysixth to
# seventyeighth: read before use at sign-ups 69.7 / 89.5, orders 85.0 / 95.6, sign-ins 94.5 / 93.4) grew the split,
# read by the same models: orders 90.1 / 96.8, sign-ups 81.4 / 94.4, sign-ins 96.9 / 99.0 (98.97; its look-alikes of
# 打卡 sign in): the sign-in precision floor follows the harder split.
# ninetyfirst and ninetyfifth (three sessions unseen) and three code-blind training batches (hundredfirst to hundredthird:
# read before use at orders 75.2-76.4, sign-ups 73.9-74.4) grew the split: orders 89.9 / 97.2 -> 89.0 / 97.1 read by the
# same code: the order recall floor follows the harder split.
# ninetyninth and hundredth (three sessions unseen) and three code-blind training batches (hundredsixth to hundredeighth:
# read before use at orders 77.9-84.9 / 94.9-97.3) grew the split: orders 89.1 / 97.1 -> 88.4 / 97.0 read by the same
# code: the order recall floor follows the harder split.
# hundredninth and hundredtenth (three sessions unseen) and four code-blind training batches (hundredfifteenth to
# hundredseventeenth, hundrednineteenth: read before use at orders 75.8-85.2 / 95.4-96.9) grew the split: orders 87.8 / 96.9
# -> 87.4 / 97.0 read by the same code: the order recall floor follows the harder split.
FLOORS = {"orders": (0.87, 0.965), "sign-ups": (0.795, 0.935), "sign-ins": (0.96, 0.985)}


# The two tests share one scoring of each split a process (eval_intents.split_scores caches it): one worker, handed out first.
# Scoring the whole test split (~18,000 lines) takes minutes on one free core: a loaded machine needs more than
# the suite's 300 s per test.
@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.xdist_group("intent_scores")
def test_intent_scores_do_not_fall_below_what_was_measured():
    from corpus import eval_intents
    scores = eval_intents.split_scores("test")
    low = {name: (round(scores[name].recall, 3), round(scores[name].precision, 3)) for name, (recall, precision)
           in FLOORS.items() if scores[name].recall < recall or scores[name].precision < precision}
    assert not low, low


@pytest.mark.slow
@pytest.mark.xdist_group("intent_scores")
@pytest.mark.xfail(strict=True, reason="issue 18's targets are not met yet on the test split: see `make eval`")
def test_issue_targets_on_the_test_split():
    from corpus import eval_intents
    test = eval_intents.split_scores("test")  # shared with the floors' test above
    missed = [name for name, (recall, precision) in eval_intents.TARGETS.items()
              if test[name].recall < recall or test[name].precision < precision]
    # check() also scores the held-out split (~11 s of CPU): needed only once every target is met on test
    assert missed == [] and eval_intents.check() == []


# A member's own cancel with the next time left open is a cancel now; declining to order is told from undoing one.
@pytest.mark.parametrize("text, sure", [("这次不要了 下次再说", True), ("我那份不要了 以后再说", True), ("不要了 下次再看吧", True),
                                        ("这次先不买，下次再说", False), ("这次就不订了 下次再说", False)])
def test_a_cancel_with_the_next_time_left_open(text, sure):
    reading = order_reading(text, None)
    assert reading is not None and reading.intent == "order_cancel" and reading.sure == sure


@pytest.mark.parametrize("text, declines", [("这次就不订了 家里还有", True), ("不买了", True), ("不要了", False), ("取消", False),
                                            ("不订了 帮我取消", False), ("我那份删了吧", False)])
def test_declining_to_order_is_told_from_undoing_an_order(text, declines):
    from bot.language.intents import declined
    assert declined(text) == declines


# Said as members type it: pinyin counts, Cantonese, voice input's homophones of 不 and 要, the product and its unit
# misspelt (汤园, 两合, 一相).
@pytest.mark.parametrize("text, expected", [
    ("liang fen", Reading("order", 2)), ("我要 san fen", Reading("order", 3)),
    ("我唔要喇，唔好意思", Reading("order_cancel")), ("我嗰份唔要啦", Reading("order_cancel")),
    ("帮我留番两份啊唔该", Reading("order", 2)), ("汤圆俾我留返一份", Reading("order", 1)),
    ("步要了谢谢", Reading("order_cancel")), ("少药一份", Reading("order_change", -1, add=True)),
    ("汤园两份谢谢", Reading("order", 2, item="汤圆")), ("橙子要一相", Reading("order", 1, item="橙子")),
    ("草梅给我来两合", Reading("order", 2)),
])
def test_orders_as_typed_in_pinyin_dialect_and_homophones(text, expected):
    assert order_reading(text, None) == expected


# All of one's order dropped ("全部取消", "我那三份全不要了"); the next time or the money spoken of after an order is
# undone is about then, no doubt of the cancel now; a doubt besides (看看, 如果) still asks.
@pytest.mark.parametrize("text, sure", [
    ("全部取消", True), ("我那三份全不要了", True), ("我所有的都撤了吧 不好意思", True), ("全部取消 一份都不要了", True),
    ("不要了，钱直接抵下次的吧", True), ("我那份取消 转的19块下次抵扣吧", True), ("算了我不要了 下回吧", True),
    ("汤圆先不要了 下次团再说", True), ("不要了 下次看看", False),
])
def test_all_of_ones_order_dropped_and_the_next_time_spoken_of(text, sure):
    reading = order_reading(text, None)
    assert reading is not None and reading.intent == "order_cancel" and reading.sure == sure


@pytest.mark.parametrize("text, amount", [("汤圆✌️份", 2), ("我要✌️份", 2), ("☝️份 谢谢店长🌹", 1)])
def test_a_count_shown_by_fingers_before_its_unit(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and reading.amount == amount


@pytest.mark.parametrize("text, amount", [("上车+1份", 1), ("上车上车 x3", 3), ("要是汤圆还有的话给我两份", 2)])
def test_getting_on_and_the_stores_own_condition(text, amount):
    """上车 before a count written as a sign; a condition only on the store's stock, the product named in it."""
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and (reading.intent, reading.amount) == ("order", amount)


@pytest.mark.parametrize("text", ["上车 1", "要是有芒果味的话我要两份"])
def test_not_getting_on_without_a_sign_nor_a_condition_on_a_variant(text):
    reading = order_reading(text, None)
    assert reading is None or not reading.sure


# U6: who does it (the member or others), when (now or another time), talk or act, and the party left when someone of it
# drops out (a restated size, not silence, not the old total).
@pytest.mark.parametrize("text, expected", [
    # the party left after someone drops out is the new total
    ("我老公不去了 就我和孩子", Reading("signup", 2)), ("老公加班去不了 就我和孩子去", Reading("signup", 2)),
    ("孩子不去了 就我自己", Reading("signup", 1)), ("婆婆不去了 我和老公两个", Reading("signup", 2)),
    ("孩子爷爷腿疼去不了，我们剩三个", Reading("signup", 3)), ("少一个，我婆婆不去了，还有两个", Reading("signup", 2)),
    ("我老公不去了 亲子活动就我和孩子", Reading("signup", 2)),
    # "就我" before whom she names is not the member alone
    ("老公加班 就我和孩子去", Reading("signup", 2)),
    # persons listed after the event's name; a pair word with the member; a name of any shape joined
    ("插花课 我 婷婷", Reading("signup", 2)), ("烘焙课 周周 周周妈 周周外婆", Reading("signup", 3)),
    ("我们父子报个名", Reading("signup", 2)), ("烘焙算我跟妞妞", Reading("signup", 2)), ("烘焙课+1+1", Reading("signup", 2)),
    # others' news beside the member's own party: their count is not hers
    ("听说张姐报了 我也报 我和我妈两个", Reading("signup", 2)),
    # talk, not an act: the staff's receipt, advice, home life, another time's event, the others asked, hers to do
    ("已登记 采摘3人", None), ("收到 烘焙2大1小已报上", None), ("老人报名最好有人陪着", None),
    ("我们家就三个人 房子够住", None), ("我们家就我和老公两个人 孩子在外地", None), ("+1+1 期待下次活动", None),
    ("谁家鸡蛋还没拿，一起去呀", None), ("我婆婆说她明天自己来群里报名", None),
    # striking out a sign-up is a cancel; her own circumstances are a condition, asked once
    ("麻烦帮我把报名划掉", Reading("signup_cancel")), ("能请到假就去 两个人", Reading("signup", 2)),  # firm (u11)
    # English and regional forms; cancels of ours after the event's name; counts of a kind after 和
    ("sign me up 烘焙 me and my son", Reading("signup", 2)), ("picking trip 3 ppl 谢谢", Reading("signup", 3)),
    ("烘焙 cancel 谢谢", Reading("signup_cancel")), ("我们屋头三个人要得", Reading("signup", 3)), ("讀書會計埋我", Reading("signup", 1)),
    ("烘焙我和孩子都取消", Reading("signup_cancel")), ("我和孩子两个报名", Reading("signup", 2)), ("我带孙子孙女", Reading("signup", 3)),
    ("我、小宝、小宝爸", Reading("signup", 3)), ("我，小李", None),
    # if the day changes she will say so: the sign-up stands; the day seen there is when
    ("报名两个人，如果临时有事我提前说", Reading("signup", 2)), ("我和媳妇两个，周六见", Reading("signup", 2)),
    # after twentieth.jsonl: signing up as a list's header, a prior count beside the party left, another household's
    # children, a family's or one's own thing elsewhere
    ("报名 周红 周红老公 周红儿子", Reading("signup", 3)), ("陈静 陈静妈妈 报名义诊", Reading("signup", 2)),
    ("本来三个人，我姐不来了，两个", Reading("signup", 2)), ("给我邻居家两个孩子报手工课", Reading("signup", 2)),
    ("参加婚礼要在门口签到写礼金", None), ("减肥报名，明天开始，今天先吃饱", None),
])
def test_signups_by_who_when_and_what_is_left(text, expected):
    assert signup_reading(text) == expected


@pytest.mark.parametrize("text", ["「讲座报名：共32人」哇这么多人", "活动我溜了 下次一定"])
def test_the_learned_score_reads_the_members_own_words(text):
    """A quote of the staff's tally is not the member's party; a cancel that leaves the next time open is still one."""
    reading = signup_reading(text)
    assert (reading is None) if "「" in text else (reading is not None and reading.intent == "signup_cancel")


@pytest.mark.parametrize("text", ["今天的卡 来打了", "小助手，今天的签到帮我签一下", "@群助手 今天的卡帮我打一下",
                                  "连续签到一个月了，给自己点个赞", "又是签到的一天 已经连着两个月了",
                                  "天冷了关节又疼了，人老了就是毛病多，不说了签到了", "我老公让我替他签到",
                                  "麻烦帮我签到，我不太会弄", "十点了还没签到，赶紧签一下"])
def test_sign_ins_as_members_put_them(text):
    assert read_signin(text, TRIGGERS) == Reading("signin")


@pytest.mark.parametrize("text", ["今天的签到签了吗", "今天的卡忘了打", "坚持签到一个月了 感觉自己很自律", "昨天忘了签到 连续签到断了"])
def test_sign_in_talk_stays_talk(text):
    assert read_signin(text, TRIGGERS) is None


# Review of u6: looking forward to this event (期待 alone), a count of girls (两个女孩), "我兄弟"/"我姐妹" (one person),
# a total said beside a pair word, and English typed against Chinese (no Unicode word boundary between them).
@pytest.mark.parametrize("text, expected", [
    ("我们三个人，好期待呀", Reading("signup", 3)), ("两个人 好期待", Reading("signup", 2)),
    ("我带两个女孩报名", Reading("signup", 3)), ("帮我兄弟报一个", Reading("signup", 1)), ("我姐妹也报名", Reading("signup", 1)),
    ("我们母女加我妈三个人报名", Reading("signup", 3)), ("采摘3ppl", Reading("signup", 3)), ("烘焙sign me up", Reading("signup", 1)),
    ("烘焙cancel", Reading("signup_cancel")),
])
def test_signup_review_fixes(text, expected):
    assert signup_reading(text) == expected


@pytest.mark.parametrize("text", ["连续签到一个月了，有什么奖励吗", "连续签到一个月了，今天忘了", "又是签到的一天，可惜今天没时间"])
def test_a_streak_beside_a_question_or_a_lapse_is_no_sign_in(text):
    assert read_signin(text, TRIGGERS) is None


@pytest.mark.parametrize("text, amount", [("百合花两束，周六来拿", 2), ("运动服一套 155码", 1), ("玫瑰一束", 1)])
def test_flowers_by_the_stem_and_clothes_by_the_set_are_goods(text, amount):
    # the corpus names no open product: goods must be known as goods (names_item); 束 is a unit of flowers
    from corpus.eval_intents import read
    reading = read(text)
    assert (reading.intent, reading.amount, reading.sure) == ("order", amount, True)


@pytest.mark.parametrize("text", [" " * 20_000 + "x", "-1" + " " * 20_000 + "x1", "月饼" + " " * 20_000 + "-1 吃不完1"])
def test_a_minus_among_long_runs_of_spaces_is_read_in_linear_time(text):
    import time
    started = time.process_time()
    order_reading(text, None)
    assert time.process_time() - started < 0.5  # two runs of spaces side by side were split every way: seconds


@pytest.mark.parametrize("text, expected", [("➖1", Reading("order_change", -1, add=True)),
                                            ("月饼 ➖1 吃不完", Reading("order_change", -1, add=True)),
                                            ("-1份，", Reading("order_change", -1, add=True))])
def test_a_count_taken_back_still_reads_after_the_linear_minus(text, expected):
    reading = order_reading(text, None)
    assert (reading.intent, reading.amount, reading.add) == (expected.intent, expected.amount, expected.add)


@pytest.mark.parametrize("text", ["鸡蛋一盒12块", "饺子一袋25", "车厘子一盒89", "车厘子两斤一百多"])
def test_a_price_stated_alone_is_no_order_by_the_rules_or_the_score(text):
    assert order_reading(text, None) is None  # the rules read none; the learned score found one, acted on (sure)


@pytest.mark.parametrize("text, amount", [("鸡蛋一盒", 1), ("我要鸡蛋一盒", 1), ("鸡蛋2盒", 2), ("草莓一盒39 我要两盒", 2)])
def test_a_count_of_goods_without_a_price_is_still_an_order(text, amount):
    reading = order_reading(text, None)
    assert (reading.intent, reading.amount) == ("order", amount)


@pytest.mark.parametrize("words, item", [("", True), ("鸡蛋", True), ("娃娃菜", True), ("月饼", True), ("土鸡蛋", True),
                                         ("我要了", False), ("孩子吃", False), ("123", False), ("鸡蛋鸡蛋鸡蛋鸡蛋鸡", False)])
def test_is_item_reads_goods_names_only_where_talk_seems_there(words, item):
    from bot.language.intents import is_item
    assert is_item(words) is item


def test_a_long_run_of_questions_is_read_in_linear_time():
    import time
    from bot.questions.asking import _CHAT, read as asks
    assert _CHAT.search("多少钱？哈哈") and _CHAT.search("真的？太好看了") and not _CHAT.search("多少钱？\n哈哈")

    def cost(repeats: int) -> float:  # best of three: CPU time, whatever else the machine runs
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            asks("鸡蛋多少钱？ 我想要" * repeats, None, 0.5)
            best = min(best, time.process_time() - started)
        return best

    # Five times the text: linear costs ~5x; each "？" scanned to the end for 哈哈 cost ~25x (~3 s at 4,000).
    assert cost(4000) < 12 * cost(800) + 0.005


@pytest.mark.parametrize("text, expected", [
    ("牛腩两斤炖了 有点柴", None), ("+1 店长服务真好", None), ("鸡蛋两板 一个都没碎 包装很好", None),  # a verdict on goods had
    ("我妈已经订过了 两箱", None),  # an order placed before, told
    ("礼盒包装的 两盒", ("order", 2, True)), ("草莓真甜 这次再来两盒", ("order_change", 2, True)),  # packaging named; this time's
    ("车厘子卖完了吗 我要两盒", ("order", 2, True)),  # whether the goods are gone, asked: the order stands (o29's
    ("车厘子卖完了 我要两盒", ("order", 2, False)),  # END_NOT_TOLD, on since mend-o29); told gone: asked, not stored
])
def test_a_count_told_of_goods_had_is_no_order(text, expected):
    reading = order_reading(text, None)
    got = reading and (reading.intent, reading.amount, reading.sure)
    assert got == expected
