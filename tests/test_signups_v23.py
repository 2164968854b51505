"""V23: a sure sign-up or cancel checked last against what the whole message does (``signup_checks``): the member's own
occasion with its head count, the store's hours or way asked, another household's sign-up, the staff's call or record, a
sign-up run elsewhere, a clock time or a duration read as the party, a decline of what she never joined. Both ways,
through ``signup_reading``. Sentences of this pass's own."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading


def acted(text: str, event: str = "") -> tuple[str, int] | None:
    reading = signup_reading(text, event=event)
    return (reading.intent, reading.amount) if reading is not None and reading.sure else None


@pytest.mark.parametrize("text", [
    "大年三十的团圆饭 我们家九个人",  # her own occasion with its head count
    "侄女订婚 我和老公去",
    "动车票买到了 一家三口 靠窗",
    "周末婆家聚会 十个人",
    "暑假我们屋头四个人去大理耍",  # a holiday trip
    "那家烤鸭店怎么走，我朋友想去",  # the way to a shop asked beside a remark on coming
    "有兴趣的街坊请报名 周六上午包粽子",  # the staff's call to others
    "张阿姨 两个人 已确认",  # the staff's record
    "社区的剪纸课在原群报名 这里不收",  # a sign-up run elsewhere
    "报名找楼长登记 不在咱们这个群",
    "想学包粽子的在接龙里报名字和人数",  # those who want it called
    "欢迎各位嚟报名 周六包粽子",
    "我本来想报烘焙来着 结果忘了",  # a wish left behind
    "回她老家过年 我们三个",  # going home, her own journey
    "领粽子得先登记 在前台",  # a rule of entry
    "有人加我好友说要退款 真的假的",  # a WeChat contact added
    "我闺女下午来拿 报我的名字",  # her name given at pick-up
    "孙子吵着要报名 我没让",  # someone kept from it
    "我家报的两个人登记上没有",  # whether a place was taken, asked
    "谁张罗的 周六吃火锅 算我一个",  # the members' own plan
    "接龙到30了 辛苦店长",  # the list's count so far
    "Count me in for the KTV night",
    "外孙外孙女一共五个 红包得包不少 压岁钱愁人",  # her own occasion
    "估计能来二十个人吧 场地够不够",  # the turnout guessed
    "小红书上有家陶艺店 两大一小199",  # another shop found online
    "老姐妹们 测骨密度免费 报个名去测测",  # the group urged, no word of her own
    "幼儿园周五亲子运动会 要家长陪 好累",  # the kindergarten's event
    "孙女幼儿园周四亲子活动 我和老伴都要去",  # the kindergarten's event
    "各位街坊，周日免费量眼压，想量的在群里回复报名",  # those who want it called
    "今天共接龙36人，谢谢大家",  # the staff's roll
    "报名送积分不 积分怎么用",  # the points asked about
    "老陈你们家订几份，我一块儿报上",  # an order asked of someone else
    "阿姨您家需要几份？我一起登记",
    "宾馆入住要刷身份证登记 麻烦",  # a rule of entry
    "想学包粽子的家长 大家说周几方便？",  # those who would join addressed
    "我也去洱海边打个卡，等开春",  # another season's wish
    "我四点钟到",  # a clock time read as the party
    "剪纸课得弄多长时间？三个钟头？",  # a duration
])
def test_no_act_of_hers_is_acted_on(text):
    assert acted(text) is None


@pytest.mark.parametrize("text", [
    "这回不去了 前年去过了",  # been before: a decline of what she never joined
    "讲座我就不去了 上回听过了",
    "谢谢好意 我就不去了",
    "那边路远 去不成 羡慕你们",
    "驴友群说周末去露营 我不去了",  # another group's plan
    "包粽子报了名去不了，能退钱吗",  # what follows from not going, asked
    "我到不了现场 不去了，粽子能送到家吗",
    "门票一百多 太贵了 不去了",  # the price
    "周三书法课不上了 老师请假",  # the class called off by its teacher
])
def test_a_decline_of_what_she_never_joined_is_no_cancel(text):
    assert acted(text) is None


@pytest.mark.parametrize("text", [
    "老公值班 包粽子我自己去",  # the member alone, said so, the other stays away
    "报上 我一个 闺女在家写作业",
    "报名包粽子 老伴在家看店 我自己去",
])
def test_the_member_alone_is_one(text):
    assert acted(text) == ("signup", 1)


def test_the_format_line_of_a_chain_is_no_ones():
    from bot.chain.text import signup_chain_entry
    assert signup_chain_entry("包粽子接龙 格式：名字+人数\n1. 例：李姐 3人", "", set()) is None


@pytest.mark.parametrize("text, party", [
    ("我一个大人带两个娃 包粽子", 3),  # she brings someone: not alone
    ("包粽子算我一个 再加我老伴", 2),
])
def test_the_member_with_others_added_is_not_alone(text, party):
    assert acted(text) == ("signup", party)


@pytest.mark.parametrize("text, party", [
    ("报名包粽子 我们两个 三点钟到", 2),  # a time beside the party said
    ("周六那场两点半的 我和老伴报名", 2),
    ("大家都报了 我也报俩", 2),  # 大家 is no other household
    ("聚会那天正好有空 包粽子报名 我们三个", 3),  # signing up said beside an occasion
])
def test_a_sign_up_beside_these_words_stands(text, party):
    assert acted(text) == ("signup", party)


@pytest.mark.parametrize("text", [
    "我这回不去了 帮我取消",  # 这回 is no going home
    "包粽子去不了了 取消报名 去年去过了",  # a place dropped in so many words
    "我妈说包粽子她不去了 让我在群里说一声",  # 群里 is no other group
])
def test_a_cancel_beside_these_words_stands(text):
    assert acted(text) == ("signup_cancel", 0)


@pytest.mark.parametrize("text", [
    "「包粽子报名」\n粽叶是店里出吗",  # her words under the post ask, naming no one of hers
    "「我们三个 九点到」\n李姐你们真积极",  # said to the one quoted
])
def test_a_party_read_off_the_quote_is_not_hers(text):
    assert acted(text) is None


def test_her_count_under_a_post_with_a_limit_is_hers():
    assert acted("「周日包粽子 名额30人」\n报名 我和我婆婆") == ("signup", 2)


@pytest.mark.parametrize("text, party", [
    ("给我岳父岳母报名包粽子，两个老人", 2),  # the pair counted again as the elders they are
    ("包粽子算我 我闺女说我肯定包不好", 1),  # a relative who only speaks
])
def test_those_who_are_not_of_the_party_are_not_counted(text, party):
    assert acted(text) == ("signup", party)


def test_the_party_in_doubt_once_a_bystander_is_out_is_asked():
    reading = signup_reading("给我报个义剪的，我孙子开车送")
    assert reading is not None and not reading.sure


def test_a_relative_who_says_to_bring_them_is_of_the_party():
    assert acted("我妈说带上她 那我们三个 包粽子") == ("signup", 3)


@pytest.mark.parametrize("text", [
    "今日血糖接龙\n1. 周姐 6.8\n2. 老马 7.2斤\n3. 孙阿姨 120/80",  # readings logged, no party
    "健走接龙\n1. 王哥 8公里\n2. 李姐 15000\n3. 小赵 打卡了",
])
def test_a_list_of_readings_is_no_sign_up(text):
    from bot.chain.text import signup_chain_entry
    assert signup_chain_entry(text, "", set()) is None


def test_a_list_opened_with_nobody_on_it_is_the_post():
    assert acted("元宵包汤圆接龙\n\n1.") is None


def test_a_list_opened_after_its_head_and_an_example_is_the_post():
    assert acted("#接龙\n元宵包汤圆报名\n例：李四 3人\n\n1.") is None


def test_a_chain_of_sign_ins_is_no_sign_up():
    from bot.chain.text import signup_chain_entry
    assert signup_chain_entry("打卡接龙\n1. 刘姨 打卡\n2. 老孙\n3. 我 打卡", "", set()) is None


def test_the_staffs_welcome_is_no_ones_sign_up():
    assert acted("各位街坊，周日下午免费理发，欢迎参加") is None


@pytest.mark.parametrize("text, party", [
    ("包粽子报名\n周红梅\n周红梅老伴张建军", 2),  # persons one a line under the head: each line one person
    ("报名包粽子：\n我\n小吴\n小吴对象", 3),
])
def test_persons_one_a_line_are_the_party(text, party):
    assert acted(text) == ("signup", party)


def test_who_the_member_is_in_brackets_is_no_one_more():
    assert acted("包粽子：李秀梅（我），王丽") == ("signup", 2)


@pytest.mark.parametrize("text, party", [
    ("包粽子 我们两老报个名", 2),  # the old ones of a household counted
    ("算我们三老 包粽子", 3),
])
def test_the_old_ones_counted_are_the_party(text, party):
    assert acted(text) == ("signup", party)


def test_a_party_beside_a_question_is_checked_against_the_whole_message():
    from bot.chain.text import party_beside_question_reading
    assert party_beside_question_reading("哪天搞个包粽子比赛，我报名", "我报名") is None  # an event wished for
    assert party_beside_question_reading("几点开始？我们两个", "我们两个") is not None


def test_her_words_under_a_typed_quote_are_hers():
    assert acted("“周日包粽子，想来的报名”\n算我一个") == ("signup", 1)


def test_a_bare_count_under_a_typed_quote_is_hers():
    from bot.language import signup_checks
    from bot.language.intents import SIGNUP, Reading
    read = Reading(SIGNUP, 2, sure=True)
    assert signup_checks.checked("“周日包粽子 报名请回复人数” 2", "", read) == read


@pytest.mark.parametrize("text", [
    "莫算我们哒，那天要回娘家",  # her place given up, no one left who comes
])
def test_a_cancel_read_as_a_sign_up_is_asked_as_a_cancel(text):
    reading = signup_reading(text)
    assert reading is not None and reading.intent == "signup_cancel" and not reading.sure


def test_the_event_named_with_we_cannot_go_and_the_place_given_up_is_a_plain_cancel():
    # (j34, e34b) the event named, 去不到 of it and her place given up: no doubt left to ask about
    reading = signup_reading("烘焙那个我们去不到了把位置让出来嘛")
    assert reading is not None and reading.intent == "signup_cancel" and reading.sure


def test_someone_left_who_comes_is_the_party():
    assert acted("老伴去不了了 包粽子就我一个") == ("signup", 1)


def test_a_chain_for_the_members_own_hill_walk_is_no_sign_up():
    from bot.chain.text import signup_chain_entry
    assert signup_chain_entry("#接龙 礼拜天去爬山\n1. 老周\n2. 小陈", "", set()) is None
    assert signup_chain_entry("爬山报名\n1. 老周 2\n2. 小陈 3", "", set()) is not None  # the store's walk, named as the event


def test_the_open_event_named_is_never_elsewhere():
    assert acted("幼儿园亲子活动 我们两个", event="幼儿园亲子活动") == ("signup", 2)
    assert acted("年夜饭 我们家四个人", event="社区年夜饭") == ("signup", 4)


@pytest.mark.parametrize("text, event", [
    ("幼儿园元旦活动我们家三个人都去", "元旦亲子活动"),  # two characters shared are no name of the open event
    ("幼儿园的亲子运动会 我们一家三口去", "周末亲子活动"),
    ("小红书上看到的烘焙店 我们三个想去试试", "亲子烘焙课"),  # a shop of the event's kind
    ("美团上团的那个温泉 我们四个人", "温泉一日游"),  # a place one goes to on one's own too
    ("幼儿园圣诞活动 我们家两个都去", "圣诞亲子活动"),
    ("小红书上刷到的温泉 我们一家三口", "温泉一日游"),
])
def test_a_sign_up_run_elsewhere_shares_no_name_by_two_characters(text, event):
    assert acted(text, event=event) is None


@pytest.mark.parametrize("text, event, people", [
    ("亲子烘焙课 我们三个", "亲子烘焙课", 3),  # the whole name
    ("插花那个 我和我妈两个", "插花课", 2),  # its kind word
])
def test_the_open_event_by_its_name_or_kind_word(text, event, people):
    assert acted(text, event=event) == ("signup", people)


@pytest.mark.parametrize("text, event, people", [
    ("算我们两个 需要几份表格", "免费体检", 2),  # her own 需要几份: no order asked of someone else
    ("月饼我要几份？我们家四个人都去", "中秋做月饼", 4),
    ("算上我 一共要几份材料？我们两个人", "剪纸课", 2),
    ("汤圆我订几份合适 我们家三个人都去", "元宵包汤圆", 3),
])
def test_her_own_share_asked_is_still_her_sign_up(text, event, people):
    assert acted(text, event=event) == ("signup", people)


@pytest.mark.parametrize("text, event, people", [
    ("寒假我和孙子去写对联，两个人", "迎春书法体验", 2),  # what is done at an event, in the holidays: no trip
    ("暑假我带外孙女去学画画 两个人", "少儿画画课", 2),
    ("过年我和闺女去包饺子，两个", "包饺子", 2),
])
def test_a_holiday_doing_is_no_trip(text, event, people):
    assert acted(text, event=event) == ("signup", people)


@pytest.mark.parametrize("text, event", [
    ("我们三个一搭来的，没排上", "手工课"),  # a coming told as done
    ("我们三个一路来的，挺顺", "周六包饺子"),
    ("我们仨七点到的，结果没开门", "手工课"),
    ("我们俩八点到的，门还关着", "剪纸课"),
    ("我们俩一搭来的，排了老半天", "手工课"),
])
def test_a_coming_told_as_done_is_no_sign_up(text, event):
    assert signup_reading(text, event=event) is None


def test_coming_together_still_signs_up():
    assert acted("我们三个一路来，先报上", event="手工课") == ("signup", 3)


@pytest.mark.parametrize("text", [
    "孙子说电影不去了，要去同学家",  # someone else's film, no screening open
    "周末孩子他爸说去看电影，不去了",
    "老伴说去看电影 不去了 累",
    "外孙说电影不看了，要去打球",
])
def test_someone_elses_film_is_no_cancel(text):
    assert signup_reading(text) is None


def test_a_film_relayed_with_the_place_dropped_or_the_screening_open_is_a_cancel():
    assert acted("老伴说电影不去了，帮我们取消") == ("signup_cancel", 0)
    reading = signup_reading("孙子说电影不去了", event="周六放电影")
    assert reading is not None and reading.intent == "signup_cancel"


@pytest.mark.parametrize("text, event", [
    ("过年回老家 这次去不了了", "新春联欢会"),  # the journey or the event: asked once
    ("我们这周回娘家 去不了", "新春联欢会"),
    ("暑假回老家，这回去不成了", "包粽子"),
])
def test_a_journey_home_then_not_going_is_asked(text, event):
    reading = signup_reading(text, event=event)
    assert reading is None or reading.intent == "signup_cancel" and not reading.sure


def test_a_reason_said_after_the_cancel_stays_sure():
    assert acted("包粽子我不去了 要回老家", event="包粽子") == ("signup_cancel", 0)
