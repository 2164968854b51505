"""The sign-up reader by mechanism (u9 pass, issue 18), on phrasings written for each mechanism, both ways."""
from __future__ import annotations

import pytest

from bot.language.intents import Reading
from bot.language.signups import read_signup


def signup(people: int, sure: bool = True) -> Reading:
    return Reading("signup", people, sure=sure)


@pytest.mark.parametrize("text, people", [
    # children's ages listed are how old, not more people; "带他们俩" is the two and the member bringing them
    ("报名，老大9岁老二4岁，我带他们俩", 3), ("烘焙课 大宝8岁二宝6岁 我带她们俩", 3), ("我家老大7岁老二2岁，我带他俩去", 3),
    ("两个娃 一个6岁一个9岁 加我 三个人", 3), ("报名 小朋友4岁和6岁 我一个人带", 3), ("手工课 老大5岁老二3岁 我和老公带他们", 4),
    ("我带他们俩 一共三个", 3), ("报个名 大的七岁小的四岁 我一个人带", 3), ("报名 大人一个 孩子两个 分别8岁5岁", 3),
])
def test_ages_listed_and_children_brought(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text", ["老大10岁老二5岁", "一个3岁一个6岁", "孩子分别7岁和4岁了"])
def test_ages_alone_are_no_sign_up(text):
    assert read_signup(text) is None


@pytest.mark.parametrize("text, expected", [
    # a sign-up form filled in: the head count, or adults and children, acted on; only names, asked with their count
    ("姓名：赵敏 人数：2 电话：138开头的那个", signup(2)), ("联系人：王芳\n大人：2\n小孩：1\n电话：13912345678", signup(3)),
    ("人数：3 姓名：刘洋", signup(3)), ("姓名：陈静，人数：2大1小，手机：139xxxx", signup(3)),
    ("姓名：李红 电话：13800001111", signup(1, sure=False)), ("姓名：王芳、李强 电话：139", signup(2, sure=False)),
    # a template left unfilled, the staff's notice of the event, a count of sign-ins
    ("【活动报名】周六上午亲子手工 限20组 接龙格式：姓名+人数", None), ("活动：亲子烘焙 时间：周六 人数：20", None),
    ("今天签到人数：56人", None), ("报名格式 姓名：xx 人数：xx", None),
])
def test_forms_filled_in(text, expected):
    assert read_signup(text) == expected


@pytest.mark.parametrize("text, people", [
    # the member's workplace or team as who comes, by its count
    ("我们单位四个人报名讲座", 4), ("咱们单位退休的两个老同事一起报健康讲座", 2), ("报名 单位同事五个", 5), ("我们公司三个人报名", 3),
    # a contest the member's party signs up for with its count: the event open
    ("比赛我们组报名 一共八个", 8), ("健身操比赛 我们队报名 十个人", 10), ("跳绳比赛 我们队报名 六个人", 6),
    # an event named by what it is about, signed up for
    ("我和老伴报健康讲座", 2), ("我们三个老同学一起参加插花体验课", 3),
])
def test_teams_workplaces_and_contests(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text", [
    "我们单位五个人报名马拉松", "单位组织体检 报名了", "孩子学校画画比赛报名了", "广场舞比赛我们队报名了",
    "广场舞比赛我们队拿了第二名 姐妹们辛苦了", "报名参加躺平大赛", "我们单位五个人去聚餐", "她们队报名比赛 八个人",
])
def test_teams_elsewhere_are_no_sign_up(text):
    assert read_signup(text) is None


@pytest.mark.parametrize("text, expected", [
    # the member signs up her relatives and does not come herself
    ("我不去 帮我婆婆报读书会", signup(1)), ("我就不去了 给我爸妈报烘焙课", signup(2)), ("帮楼下李奶奶和她老伴报一下名", signup(2)),
    # her relatives named, then how many they are by a pronoun
    ("讲座我爸和我妈 他俩去", signup(2)), ("我婆婆带我儿子去，就她们两个", signup(2)), ("手工课 我儿子10岁 他自己去", signup(1)),
    ("我替我爸报名义诊，他和他老伴两个", signup(2)),
    # not hers: another household's plan, what was done, somewhere else, the member among them
    ("王姐家 她们三个去", None), ("我妈和她老姐妹去了 她们两个", None), ("我婆婆和我公公 他俩去爬山", None), ("我和我妈 她们两个", None),
])
def test_relatives_signed_up(text, expected):
    assert read_signup(text) == expected


@pytest.mark.parametrize("text", ["义诊我就不去了 上周刚体检", "讲座我还是不参加了 听不懂"])
def test_declining_is_asked(text):
    assert read_signup(text) == Reading("signup_cancel", sure=False)


def test_not_signing_up_this_time_is_chat():
    assert read_signup("烘焙课我就不报了，手笨") is None  # U20: 就/这次…不报 decides about this time; the corpus's chat


@pytest.mark.parametrize("text, people", [
    # dialect read as Mandarin: 俺 (I), 侬 / 搭 / 阿拉 / 囡囡 / 一记 (上海), 阿婆 / N个位 / 唔该晒 (粤), 屋头 / 老的 (四川)
    ("包饺子算俺一个呗", 1), ("俺们家仨 都去", 3), ("侬帮我报一记，我搭阿拉囡囡两家头", 2), ("兩個位 唔該晒 阿婆都想聽", 2),
    ("三个位", 3), ("我屋头两个老的去义诊", 2),
    # the household's own counted, signed up or (elders) going, without the member who tells it
    ("画画比赛 我家两个娃都报", 2), ("我家两个老人去义诊", 2),
])
def test_dialect_and_households_counted(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text", ["我家两个娃", "我们家两个孩子都报了", "侬好", "俺家三口人住两室"])
def test_households_told_are_no_sign_up(text):
    assert read_signup(text) is None or not read_signup(text).sure


@pytest.mark.parametrize("text, people", [
    # persons listed beside signing up said first or last, the event named before: each item one person
    ("刘桂芳、张秀兰报名量血压", 2), ("绘本阅读 报名 乐乐、乐乐妈妈", 2), ("包饺子报名：孙丽、孙丽妈、孙丽女儿", 3),
    ("义剪报名 我爸 我妈 我婆婆", 3), ("报名人：陈红 陈红的妈妈", 2), ("报名 我 我老公", 2), ("报名 烘焙课 王芳 李强", 2),
])
def test_names_listed(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text, people", [
    # a total said with 共 / 一共是 is the party; seats for the household; someone's kin named after them; 细路 (粤: children)
    ("我们家两大两小共4人", 4), ("我们一共是三个人", 3), ("我家两个名额", 2), ("插花我和楼下李姐还有她妹妹", 3),
    ("細路兩個，大人一個，報名", 3),
])
def test_counts_and_kin_said(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text", ["张姐和她妹妹去", "她和她妹妹", "王阿姨带她孙子去"])
def test_others_with_their_kin_are_no_sign_up(text):
    assert read_signup(text) is None


@pytest.mark.parametrize("text, people", [
    # kin words (姐夫, 妹夫), 小子 (北方: son), a couple and their children, English family words, who takes the children
    ("插花课我跟我姐还有我姐夫", 3), ("俺和俺家那口子带俺家小子 报名", 3), ("DIY那个 我们两口子带两个孩子 报名", 4),
    ("我们family of three报名", 3), ("我和my wife 报名烘焙", 2), ("给我家俩娃报名剪纸，我不去，外婆送", 2),
])
def test_kin_couples_and_english(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text", ["我家俩娃一个7岁一个4岁，天天打架", "我家两个孩子 调皮得很", "我们家三个人 天天吵架"])
def test_children_told_of_at_home_are_no_sign_up(text):
    assert read_signup(text) is None


@pytest.mark.parametrize("text, people", [
    # pinyin shorthand with counts (bm2, 1da1xiao), a typo of 报个名
    ("bm2 读书会", 2), ("bm3", 3), ("bm 烘焙 1da2xiao", 3), ("报个明", 1),
])
def test_pinyin_counts_and_typos(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text, people", [
    # going to the store's own kind of event (not elsewhere); a kind counted is not "同事一" before 一起
    ("我们俩都想去采草莓", 2), ("我们家四个人都要去摘草莓", 4), ("读书会我带个同事一起", 2), ("插花我带个朋友一块", 2),
])
def test_going_to_the_stores_kind_of_event(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text", ["下周我们全家去三亚，五个人", "我们五个人去海边露营", "我们一家去爬山", "我们去跳舞"])
def test_going_elsewhere_is_no_sign_up(text):
    assert read_signup(text) is None


@pytest.mark.parametrize("text, people", [("双胞胎报名 我一个人带", 3), ("报名 三个孩子 我一个人带", 4)])
def test_children_brought_by_the_member_alone(text, people):
    assert read_signup(text) == signup(people)


# --- u10 pass (issue 18): mechanisms read on fresh text --------------------------------------------------


@pytest.mark.parametrize("text, people", [
    # the event named by what it is, whatever its kind: a short topic first, then the party
    ("陶笛体验 我和闺蜜", 2), ("剪窗花\n我和孩子", 2), ("烤肠试吃我们来俩人", 2), ("新年联欢我们来五个", 5),
    ("测血压那个，我和我老伴", 2), ("第三场，三个人", 3), ("花灯制作 我们一家三口", 3),
])
def test_event_named_by_what_it_is(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text", ["同意 +1", "支持，+1", "今天好累 哈哈"])
def test_remarks_before_a_plus_are_no_event(text):
    assert read_signup(text) is None


@pytest.mark.parametrize("text, people", [
    # parts added on top of each other are summed, the member counted once
    ("插花带上我公婆 加上我们三口", 5), ("报名，我跟孩子他爸，再加两个小的", 4), ("讲座算我一个 加我婆婆", 2),
    ("烘焙我带两个娃 加我三个", 3),  # with the member, the count is everyone's
    # a list at spaces with bringing, read whole
    ("采摘我带我婆婆 我老公 还有三个娃", 6), ("量血压 我 我老伴 还有我亲家母", 3),
    ("我家双胞胎都报，我一个大人带", 3), ("亲子烘焙，我和双胞胎女儿", 3),
])
def test_parts_added_and_lists_brought(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text, people", [
    # households counted, or listed, and each one's size; each bringing so many
    ("我们三家 各两个人", 6), ("我和楼下王姐两家，各三个人", 6), ("我家 刘姐家 各两个人", 4),
    ("我家和李姐家各三个", 6), ("我和张姐 各带一个娃", 4),
])
def test_each_over_households_and_lists(text, people):
    assert read_signup(text) == signup(people)


def test_days_listed_are_no_people_and_names_told_signed_up_are_asked():
    assert read_signup("报名 周六 周日") == signup(1)
    assert read_signup("周六 周日 报名") == signup(1)
    assert read_signup("张红 刘伟 报名了") == signup(2, sure=False)
    assert read_signup("报名 张红 刘伟") == signup(2)


@pytest.mark.parametrize("text", ["运动会我们不参加了", "八段锦班我退出了", "团建我去不了了", "不好意思，联欢会我们不参加了"])
def test_cancels_of_an_event_named_by_what_it_is(text):
    assert read_signup(text) == Reading("signup_cancel")


@pytest.mark.parametrize("text", ["拼多多那个外套我取消了 太贵", "健身卡取消了 反正也不去", "学校运动会因为下雨取消", "老年大学那个班我不去了 跟不上",
                                  "淘宝那单我取消了 发货太慢"])
def test_things_dropped_are_no_sign_up_cancel(text):
    assert read_signup(text) is None


@pytest.mark.parametrize("text, people", [("钓鱼活动报名 我和我老汉儿", 2), ("采摘报名 我和我伢", 2), ("我们报：陈丽 陈小宇 陈小雪", 3)])
def test_dialect_kin_and_lists_under_we_sign_up(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text", ["我也去，咱们楼下碰头", "我家老头子死活不肯报名", "讲座我就不凑热闹了 给别人留位置", "我想去，但是还得问问我家老头"])
def test_meetings_refusals_and_undecided_are_no_sign_up(text):
    assert read_signup(text) is None


# --- u11 pass (issue 18): who comes and how many, beside an event no list names -------------------------------------


@pytest.mark.parametrize("text, people", [
    # a topic where the event's name stands, first or last, apart from the party or glued to its count or plus
    ("桌球 3", 3), ("+3 烧烤会", 3), ("插秧 两个人", 2), ("三个人 周日插秧", 3), ("钓虾 我和老公", 2), ("小区篮球赛+2", 2),
    ("周日骑行 俺一个", 1), ("剪窗花\n豆豆妈\n豆豆", 2), ("做月饼那个 我们三个", 3),
])
def test_event_named_where_its_name_stands(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text", ["腰疼 +1", "脱发+1", "+1 同款", "会议 2", "+1+1 深有体会",
                                  "已记录，一大一小，周六见", "我家老三五岁老四两岁 天天吵架"])
def test_states_remarks_and_receipts_are_no_event(text):
    assert read_signup(text) is None


@pytest.mark.parametrize("text", [
    # not going said first, then the request; the party of the member dropping out; her own decision; 退了吧 after the event
    "去不了了 取消吧", "来不了了，帮我删一下", "我们娘仨都不去了", "烧烤会我们一家子都不去了", "那天要值夜班，只好取消了",
    "陶艺课退了吧 孩子不想学", "手工 退了退了",
])
def test_cancels_by_who_drops_out_and_what_she_decides(text):
    assert read_signup(text) == Reading("signup_cancel")


@pytest.mark.parametrize("text", ["拼多多那单我取消了 太慢", "快递退了吧", "航班只能取消了", "公司年会取消了"])
def test_things_cancelled_stay_no_sign_up_cancel(text):
    assert read_signup(text) is None


def test_leave_asked_beside_a_reason_is_asked():
    assert read_signup("我可以取消吗 周日有事") == Reading("signup_cancel", sure=False)


@pytest.mark.parametrize("text, expected", [
    # 陕西 额 (I), 克 (go), 咧 (了); 老表 a cousin; 双人 two people
    ("额家三口都克 给额记上", signup(3)), ("大雁塔 额们 4", signup(4)), ("太极班 算额们仨", signup(3)), ("额跟额老伴一起克 两个", signup(2)),
    ("要得 我跟我老表一起克", signup(2)), ("双人 陶艺", signup(2)),
    ("茶会我克不了了", Reading("signup_cancel")), ("额们都不克咧 孙子回来咧", Reading("signup_cancel")),
    ("我的名额不要了", Reading("signup_cancel")), ("额，我想想", None), ("克服一下困难", None),
])
def test_northwest_dialect_and_pair_words(text, expected):
    assert read_signup(text) == expected


@pytest.mark.parametrize("text, people", [
    # pair words said with 儿; a phone's or a flat's digits beside the party are no count of it
    ("我们娘儿俩报名陶艺", 2), ("读书会算我们爷儿仨", 3), ("刘敏 3位 手机后四位6621", 3), ("8号楼周阿姨 一个人 电话后四位1043", 1),
])
def test_pair_words_with_er_and_phone_digits(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text, expected", [
    # a firm condition of the member's day or of what the event allows, beside her party: the corpus's sign-up, acted on
    ("不刮台风的话我们一家三口去", signup(3)), ("能调休就去 我和闺女两个", signup(2)), ("可以带推车的话 我们俩报名", signup(2)),
    ("周日要是不值班 给我留一个", signup(1)),
    # hedged, the event arranged otherwise, another time: asked, or nothing
    ("不刮台风的话我们可能三个都去", signup(3, sure=False)), ("要是挪到周日的话我们三个", signup(3, sure=False)),
])
def test_firm_conditions_sign_up(text, expected):
    assert read_signup(text) == expected


@pytest.mark.parametrize("text", [
    # another organiser's event (the committee's, a library's, a group of members' own, a restaurant's room)
    "居委会元宵包汤圆 我报了", "图书馆周日有绘本课 不用报名", "骑行群那个活动 我和同事去", "火锅店订了个包间 六个人",
    "周末爬山 算我一个 我们几个自己约的",
    # urging the others, remarks on signing up, ages alone, a price per person, a predicate or habit after the party
    "宝妈们一起报名啊 热闹", "报名还要填身份证 好麻烦", "报名每次都抢不上", "手工课第三期 报名周五开始",
    "我外孙7岁了 外孙女4岁", "采摘门票 一人八十", "我们红梅队 十个人 跳得最好", "我家俩娃 一个两岁一个五岁 天天打架",
])
def test_other_organisers_remarks_and_predicates_are_no_sign_up(text):
    assert read_signup(text) is None


def test_an_age_beside_her_own_child_keeps_her_mine():
    assert read_signup("陶艺课 我儿子11岁 他自己去") == signup(1)


@pytest.mark.parametrize("text, expected", [
    # kin said in dialect; 吴 伲 / 哉 / 划脱; 粤 同 between persons
    ("俺和俺老姑娘报名", signup(2)), ("俺跟俺老伴 再加俺老妹子", signup(3)), ("我同老公同两个细路", signup(4)),
    ("伲不去哉 帮我划脱", Reading("signup_cancel")), ("老妹儿 给俺和俺家老头子报上", signup(2)),
    # who drops out for what came up, and who is left; signing her up asked of the staff politely
    ("我婆婆那天有事 剩我们两个", signup(2)), ("给我报四个人好吗", signup(4)), ("帮我们报三个可以吗", signup(3)),
])
def test_dialect_kin_what_came_up_and_polite_requests(text, expected):
    assert read_signup(text) == expected


@pytest.mark.parametrize("text", ["给我家狗也报个名 它最爱凑热闹", "我家猫咪也想参加", "报名摸鱼 周五下午那场", "想报名暴富 还有名额吗",
                                  "算我倒霉 又下雨了", "算我欠你一顿饭"])
def test_jokes_signed_up_are_no_sign_up(text):
    assert read_signup(text) is None
