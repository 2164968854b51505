"""Who members name when they order or sign up: themselves, their household, kin and neighbours.

Shared by the order reader (``intents``: "给我婆婆留一份", "我妈那份不要了"), the sign-up reader
(``signups``: "我和老公带娃一起") and the sign-in reader (``signins``: "帮我妈签个到").
"""
from __future__ import annotations

import re

from bot.language import regional

# The commonest surnames: one before one or two characters, or a form of address, names someone ("王芳", "李阿姨").
SURNAME = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江薛段雷侯龙史陶贺顾毛郝龚邵钱严武戴孔汤" \
          "于傅萧阎尹黎温庞樊殷施洪翟颜倪葛伍骆聂章鲁柴焦祝岳柳覃欧"  # the next commonest, none an everyday word's first (U18)
# Characters common in given names and seldom a word after a surname ("刘敏", "王建国", "张桂芳"; not 天 in 白天, 金 in
# 黄金, 子 in 孙子, 兴 in 高兴, 成, 生, 山, 云, 林, 月, 花, 香): a surname then one or two of them is someone's full name.
GIVEN = "敏芳丽娟红霞燕玲英兰秀梅静婷琳莉萍艳颖晶洁倩雪慧佳欣悦怡桂淑凤春玉翠珍娜妍琴瑶蓉薇璐茜菲璇婧媛娇姗嫣妮岚蕾莹宁琪萱涵蓓丹琼芬娥彤" \
        "伟强军磊勇杰涛明超刚平辉鹏建国志海波斌峰宇浩凯文俊鑫亮健飞彬锋森晨阳帆翔航睿轩博哲昊兵东福祥荣德庆华瑞卫红军斌"
FULL_NAME = "[" + SURNAME + "][" + GIVEN + "]{1,2}"
# Characters that write the sound of a Tibetan, Mongolian, Uyghur, Yi or Korean given name and seldom begin or end an everyday
# word (卓玛, 央金, 措姆, 萨仁, 乌云, 娜仁, 阿依古丽, 巴特尔, 英姬). A name no table holds (mend u27) is two to four of these and
# ``GIVEN``, one of these at least ("才仁措姆"), or a surname no table holds before one or two of either ("莫婷婷", "朴英姬") or
# before 妹 / 姐 / 哥 ("岑妹"): "晚安", "开心", "房贷", "辛苦", "花开富贵" are none of these.
SOUNDED = "卓玛拉姆措央金珍才仁扎巴尔乌云萨娜琴娃勒阿依古丽帕提买艾努罕桑格旦次曲尼特姬"
SOUNDED_NAME = ("(?=[^" + SOUNDED + "]{0,3}[" + SOUNDED + "])[" + SOUNDED + GIVEN + "]{2,4}"
                "|[\u4e00-\u9fff](?:[" + SOUNDED + GIVEN + "]{1,2}|[妹姐哥])")
# Kin and acquaintances beyond the household: "我外甥", "我同学", "隔壁王姐", "楼下李阿姨".
# Grown-up kin beyond the household, as members name them (a sibling's spouse, uncles, aunts, cousins): one home for every
# reader that knows them (``KIN`` here, the sign-in reader's grown-ups it signs in for).
GROWN_KIN = (r"亲家母|亲家公|伯母|婶婶|姐夫|妹夫|弟媳|弟妹|大伯|小叔|舅舅|舅妈|姑姑|小姨|姨妈|表姐|表妹|表哥|表弟|堂姐|堂妹|"
             # U24: an aunt or uncle as the north calls them, a wife's brothers, kin by choice or by remarriage
             r"姑妈|婶子|小舅子|大舅子|干妈|干爹|干娘|继母|继父|后妈|后爸|亲家(?![母公那这家])")
# Parents-in-law (老丈人, 岳母), likewise.
PARENTS_IN_LAW = r"老丈人|丈人|丈母娘|岳父|岳母"
KIN = (r"(?:隔壁|楼下|楼上|对门|邻居)?[" + SURNAME + r"](?:阿姨|奶奶|爷爷|大爷|大妈|叔叔?|婶|姐|哥|嫂|老师|师傅)|老[" + SURNAME + r"](?![法子板家])|同学|外甥女?|侄女|侄子|我姨|我姑|[大二三]姨|[大二三]姑|姨[父夫]|姑[父夫]|"
       r"小姑子|大姑姐|小叔子|" + GROWN_KIN + "|" + PARENTS_IN_LAW + r"|老大|老二|老三|室友|舍友|老乡|"
       # U24: companions of a pastime or of old (老战友, 牌友, 舞伴), and those who work for or learn from the member
       r"(?:老)?(?:战友|牌友|舞友|球友|棋友|舞伴)|老同学|保姆|徒弟")
# Where a neighbour lives beside the member ("隔壁老李家", "楼下张姐家", "后院古丽家"): whose home a share is for (C24: one
# table for the order lists and the orders' shares).
SIDE = r"(?:隔壁|楼下|楼上|对门|后院|前院|邻居|对面)"
# Every word naming someone the member may bring, order or speak for, the member and the household too ("我们家").
PERSONS = (KIN + r"|(?:孩子|娃)[他她]?[爸妈]|我家那位|我家那口子|我们家|我们|我家|咱家|咱们|咱|俺|我|老公|老婆|儿媳妇?|媳妇儿?|女婿|爱人|孩子|娃娃?|宝宝|宝贝|大宝|二宝|儿子|女儿|闺女|小孩|老伴|老太婆|老婆子|老太太|老头子|老头|"
           r"男朋友|女朋友|对象|朋友|闺蜜|老姐妹|姐妹|同事|邻居|婆婆|公公|我妈|我爸|妈妈|爸爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|"
           r"孙女|孙子|外孙女|外孙|老两口|先生|太太|爸妈|家人|姐姐|妹妹|哥哥|弟弟|嫂子|我姐(?!夫)|我妹(?!夫)|我哥|我弟(?![媳妹])|楼")
# The member's household and close ones, named without "我" ("老公", "孩子他爸", "婆婆", "闺蜜"): their word is
# often passed on by the member ("我老公说…"), their order or place often the member's to place or drop.
HOME = (r"(?:孩子|娃)?[他她](?:爸爸?|妈妈?|爷爷|奶奶|姥姥|姥爷|外公|外婆)|"
        # U24: a child or grandchild by rank or age (大孙子, 小闺女, 二小子, 老儿子: the youngest), each one person; a sibling
        # by rank after whose or a joining word (我老姐, 和二哥, 还有大姐; not 老妹儿 calling the staff)
        r"[大小二三四老幺](?:儿媳妇?|儿子|女儿|女婿|闺女|孙子|孙女|外孙女|外孙|小子)|(?<=[我俺额咱和跟同带有、])[老大二三小](?:姐|哥|弟|妹)(?![夫妹姐哥弟])|(?:孩子|娃)[爸妈]|(?<=我家|俺家)那(?:位|口子)|男孩|女孩|男娃|女娃|老公|老婆|儿媳妇?|媳妇儿?|女婿|爱人|对象|姐姐|妹妹|哥哥|弟弟|嫂子|我姐(?!夫)|我妹(?!夫)|我哥|我弟(?![媳妹])|宝宝|宝贝|大宝|二宝|儿子|女儿|闺女|老伴|老太婆|老婆子|老头子|老头|男朋友|女朋友|闺蜜|同事|邻居|婆婆|公公|"
        r"(?<!我)妈妈|(?<!我)爸爸|我妈|我爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|(?:重|曾)?(?:孙女|孙子|外孙女|外孙)|先生|太太|"
        r"(?:老)?(?:母亲|父亲)(?!节)|丈夫|妻子|老爷子|(?<![两俩二三四五六七八九十\d个])(?:好|小|老)?姊妹(?![俩仨两三四五六\d])|(?:好|小)姐妹(?![俩仨两三四五六\d])|"  # U24: the written words, 老爷子, a close friend
        r"(?<![一两二三四五六七八九十\d个俩仨])(?:孩子|娃娃?|小孩)")
# Where a count of children may start: not at a rank ("二女儿", "三孙子": the second daughter, the third grandson, one person
# of ``HOME``; two are "两个女儿", "俩孙子"). One table for the sign-up rules and the party scan (U24).
NOT_RANKED = r"(?![二三四](?:儿子|女儿|闺女|孙子|孙女|外孙|小子))"
# Anyone of the household or kin beyond it.
RELATIVE = re.compile(KIN + "|" + HOME)
# We, as members say it with the household ("我们", "俺家"): the member and those with her (s24 review: signups' peers
# counted; message_shape.WE holds the same words and is to read them from here).
WE = r"我们|俺们|咱们|我家|俺家|咱家"
# A child as members count one ("两个孩子", "俩娃", "两个娃娃", "两个小娃", "一个娃儿"): every form a count may stand before,
# longest first, so that a reader of counts takes the whole word — "两个娃娃" is two children, not two and one more named
# "娃", and "两个小娃" no count of something else (s26: the sign-up readers' tables held 娃 and 娃娃 but not the rest).
# u27: a region's word for a child, each of two characters or more (the north-west's 尕娃 / 碎娃, the south-west's 幺儿, Gan and
# Hunan 细伢子, Wu 囡囡, 崽崽): counted as 孩子 is ("两个碎娃", "我和幺儿"); one-character 伢 / 崽 / 细路 stay out (s26's review:
# "我和伢崽两个" read 4). The one table of them (mend u27): the kin folds below (``KIN_FOLDS``: the words that say only a
# small child, ``YOUNG_CHILD``, read as 孩子), the sign-ups' Sichuan folds and the orders' child's wish (``order_checks._CHILD``)
# read it. 幺儿 (the youngest, of any age) and 囡囡 (a daughter: the Wu fold reads 女儿) are counted, not folded to 孩子 by
# every reader ("幺儿吵到要…" is no child's wish to the sign-up reader); 碎娃 neither: the party ranker learned it as a
# region's child word after a count (``party_ranker``: kid_after).
YOUNG_CHILD = r"尕娃|细伢子|细伢|崽崽"
REGIONAL_CHILD = YOUNG_CHILD + r"|碎娃|幺儿|囡囡"
CHILD = r"孩子|小孩儿?|小娃娃|娃娃|娃儿|小娃|娃|宝宝|" + REGIONAL_CHILD  # 小娃娃 before 小娃 (review: "两个小娃娃" was 3); not 小朋友: "给我闺女和她同学报 两个小朋友" names the two again
# Kinds of people a member counts ("三个姐妹", "六个老同事", "俩孩子", "姊妹俩"): the orders' shares each (O21).
PEOPLE_KIND = (r"(?:老|小)?(?:姐妹|姊妹|兄弟|弟兄|妯娌|同事|朋友|闺蜜|同学|邻居|伙计|战友|棋友|牌友|舞友|球友|妹子|姐们|哥们|"
                r"老人|" + CHILD + r"|小朋友|外孙女?|孙子|孙女|侄子|侄女|外甥女?|弟弟|妹妹|哥哥|姐姐|舅舅|姑姑|阿姨|家长|学生|员工|室友)")
# Someone other than the member named by a pronoun, in any region's words ("你", "他们", Wu 侬 / 伊, Cantonese 佢 / 佢哋), or the
# group at large ("大家", "别人"): whom she talks to or about, never one she brings (mend-s26: her company).
OTHERS_BY_PRONOUN = r"你们|你|您|他们|她们|他|她|佢哋|佢|" + regional.YOU + r"|伊|人家|别人|大家"
# Someone of the household as a member calls them at the start of her words ("妈，…", "老公 你…"): orders and sign-ups alike.
KIN_CALLED = r"妈|妈妈|老妈|爸|爸爸|老爸|老公|老婆|媳妇|儿子|闺女|女儿|婆婆|公公"
# Any word naming a person or the household, in any clause ("我", "婆", "家", "她"): who an order is for.
PERSON = re.compile(r"我|俺|咱|阿拉|侬|宝宝|[大二三小]宝|孩子|妈|爸|婆|公|老公|老婆|爱人|闺蜜|同事|邻居|朋友|姐|妹|哥|弟|嫂|女儿|儿子|闺女|老头|老伴|奶奶|"
                    r"爷爷|外婆|姥姥|阿姨|老人|(?<!大)家|她|他|楼下|楼上")

# Whom an order is for, said where the goods' name would stand (O16): "给经理带两份", "我们办公室三份", "帮隔壁王姨拿两份",
# "物业张姐一份", "阿嬷一份 阿公一份". A person is named by kin, by her role at work, by a surname and a form of address, by a
# dialect's 阿 before kin, or a body of people by the room or the unit they share; places and bodies before it say which one.
# Not the store's own people, whom members address (老板, 店长, 群主, 团长): "老板 两份" is the member's order.
# What someone is by her work: whom an order is for ("给经理带两份"), and the kinds a member's peers are counted by in a
# sign-up ("我们小区三个老师一起报": signups' peers counted, s24 review).
ROLE = r"领导|经理|主任|主管|老总|总监|同事|师傅|老师|保安|门卫|保洁|司机|护士|医生|大夫|会计|出纳|前台|科长|处长|院长|校长|所长|局长|厂长|组长|班长|队长|书记|客人|住客|客户|房东|租客"
_DIALECT_KIN = (r"阿(?:嬷|公|婆|妈|爸|爷|奶|姐|哥|妹|弟|舅|姨|叔|伯|婶|嫂|姑|娘)"
                # O21: Cantonese 细佬 / 细妹 / 家姐 (younger brother, younger sister, elder sister); the southwest's 幺 (the youngest)
                r"|细佬|细妹|家姐|幺(?:儿|妹|女|姑|爸|叔|舅|姨|娘)")
_ADDRESSED = r"[" + SURNAME + r"](?:总|工|姨|姐|哥|叔|婶|嫂|伯|奶奶?|爷爷?|阿姨|老师|师傅|大爷|大妈|大姐|大哥|娘娘|嬢嬢)"  # 王孃孃 (娘娘 once folded): the southwest's aunt
_IN_LAWS = PARENTS_IN_LAW + r"|公婆|亲家|干妈|干爹|老岳父|老岳母|[大二三四小](?:姐|哥|嫂|舅|姑|姨|叔)"  # kin the household's words lack
# O21: a child by rank (大儿子, 小闺女), a home by its side of the family (娘家, 婆家, 外家)
_HOMES = r"[大二三四小](?:儿子|女儿|闺女|孙子|孙女|外孙)|娘家|婆家|外家"
_BODY = r"办公室|科室|部门|单位|公司|宿舍|车间|班组|食堂|工地|客栈|民宿|诊所|店里|组里|队里|班上|厂里|楼里"
_WHERE = r"隔壁|楼下|楼上|对门|对面|老邻居|邻居|物业|单位|公司|老家|家里|村里|村|我们|咱们|俺们|额们|我|俺|咱|额|自己"
# O18: kin by the side of the family (娘家哥, 婆家嫂子) and the child's kin (娃他舅, 孩子她姨), as members call them.
_KIN_BY_SIDE = r"(?:娘家|婆家)(?:哥哥?|姐姐?|妹妹?|弟弟?|嫂子?|侄子|侄女|人)|(?:孩子|娃)[他她]?(?:舅舅?|舅妈|姨妈?|姑姑?|叔叔?|大爷|大伯)"
WHOM = re.compile(r"(?:(?:我|俺|咱|额)?(?:给|帮|替|送|带给))?(?:" + _WHERE + r")*(?:" + ROLE + "|" + _DIALECT_KIN + "|" + _ADDRESSED + "|" + _BODY + "|" + _KIN_BY_SIDE + "|" + KIN + "|" + HOME
                  + r"|自己家|自己|我家|我们家|咱家|俺家|大爷|大妈|阿姨|" + _IN_LAWS + "|" + _HOMES + "){1,2}(?:这边|那边|屋里|屋头|家里|家|里)?(?:的)?")  # "门卫大爷": a role, then how she is called

# Kin called by the words of a region or a home rather than the lists' (U18): folded to the word the lists hold, so a
# party reads "我和我老倌" as two, "两个伢" as two children, "隔壁赵嬢嬢" as someone named. Only words that name a person
# wherever they stand; a spouse called by a word with other senses (掌柜的 the shopkeeper, 那口子) only after whose home.
# O22: the spouse named by pointing, never by kin: whose (我, 俺, 额, 咱, their home: 我家, 俺们家, 屋里) then a word that
# points at the one person of the home the member shares it with — 那口子, 那位, 当家的, 掌柜的 ("the one who runs the home"),
# 屋里的, and after the home only, 领导 ("我家领导", joking) and 那个. Without whose these words have other senses (那位 is
# anyone, 掌柜的 the shopkeeper, 领导 her boss), and 那位 / 那个 may still name someone she goes on to describe ("我那位朋友"):
# only where nothing of a person's kind follows.
_WHOSE = r"(?:(?<=[我俺额咱])|(?<=[我俺额咱]们)|(?<=家)|(?<=屋里)|(?<=屋头))"
_SPOUSE_POINTED = (_WHOSE + r"(?:那口子|那位|当家的|掌柜的|屋里的)(?![\u4e00-\u9fff]{0,3}(?:朋友|同事|同学|邻居|老师|姐|哥|阿姨|师傅|领导|老板))"
                   r"|(?<=家)(?:领导|那个)(?=$|[\s，,。、和跟也都要说的一两二三四五六七八九十俩仨])")
KIN_FOLDS = tuple((re.compile(pattern), word) for pattern, word in (
    (r"老倌子?|(?<=[我俺们家和跟同加])老者|婆姨|堂客|(?<=屋里)老倌|(?<=[我俺和跟同搭带])老嬷", "老伴"),  # the spouse: 湘 老倌, 老者; 陕 婆姨; 湘鄂 堂客; 台州 老嬷 (s24)
    (_SPOUSE_POINTED, "老伴"),  # O22: the spouse pointed at after whose ("俺那口子", "我家那位", "我们家领导", "俺当家的")
    # u27: a child's father or mother, 娃儿她爸, is one person, not a child and her father (娃儿 is in ``CHILD`` since s26);
    # every word of ``CHILD`` (mend u27: 宝宝她爸, 囡囡她爸, 碎娃他妈 were a child and her parent)
    (r"孩儿(?=他|她)", "孩子"), (r"(?:" + CHILD + r")(?=[他她]?(?:爸|妈|爹|娘|老汉))", "孩子"),
    (r"(?<=孩子[他她])爹", "爸"), (r"(?<=孩子[他她])娘", "妈"), (r"(?<=孩子[他她])老叔", "小叔"),
    (r"孙伢(?:子|儿)?|孙崽", "孙子"), (r"细伢(?:崽|子|儿)?|小伢子|(?<=[我俺和跟同带个俩仨两家的有])伢(?:崽|子|儿)?|(?<=[我俺和跟同带个俩仨两家的有])崽(?:崽|子)?", "孩子"),  # 湘鄂赣 伢, 崽 said as whose or how many (not 两爷崽, 送完伢)
    (r"(?:(?<=我)|(?<=我[同和跟])|(?<=[姐哥嫂叔婶姨埋]个))仔仔?(?=$|[\s，,。…、!！~～要也和的一两二三四五六七八九十俩仨\d])", "儿子"),  # 粤 我仔, 梁姐个仔, 我同仔 (s24: with my son), 同埋个仔, 仔仔 said twice (s24 review; 我同个仔 is read as it stands)
    # before a pause, a count or 要/也/和/的 only: "我仔姜两斤" is young ginger
    (r"(?<=[俩仨两个])小子", "儿子"),
    (r"阿妈妮|额吉|(?<![\u4e00-\u9fff])阿妈|(?<=[我和跟同加的])阿妈|娘家妈", "妈妈"), (r"(?<=[我和跟同加的])阿爸", "爸爸"),
    (r"阿[嫲嬷奶]|娭毑", "奶奶"), (r"阿爷", "爷爷"), (r"嘎婆|家家(?=[和跟\s，,]|$)", "外婆"), (r"嘎公", "外公"),
    (r"[嬢孃]{2}|(?<=[" + SURNAME + r"])[嬢孃]", "阿姨"), (r"侄儿", "侄子"), (r"甥儿", "外甥"), (r"(?:大)?伯娘", "伯母"),
    # U21: 西北 老汉 and 屋里人 (the husband, the wife) after whose or first, 尕娃 (a child), 外爷/外奶, 阿达 (father); 东北 我姥
    # (grandma); 小棉袄 and 丫头 (a daughter) after whose; a kinsman's wife (外甥媳妇, 儿子媳妇) one person, not two; 发小
    (r"(?:(?<=[我俺额家和跟同与带])|(?<![\u4e00-\u9fff]))(?:老汉(?![子儿们])|屋里人(?![们都]))", "老伴"), (r"尕蛋|" + YOUNG_CHILD, "孩子"),
    (r"外爷", "外公"), (r"外奶", "外婆"), (r"(?:(?<=[我俺额和跟同的])|(?<![\u4e00-\u9fff]))阿达", "爸爸"),
    (r"(?<=[我俺额和跟同、])姥(?![姥爷])", "姥姥"), (r"(?<=[我俺额家的和跟同])(?:小棉袄|丫头)", "女儿"),
    # I25: 姑娘 and 妮儿 (a daughter, north and centre) right after whose only ("我姑娘", "俺家妮儿"; not "卖菜的姑娘", "姑娘你好")
    (r"(?:(?<=[我俺额])|(?<=[我俺额]家))(?:姑娘|妮儿)", "女儿"),
    (r"(?:老)?儿子媳妇儿?|(?:外甥|侄子|孙子)媳妇儿?", "儿媳妇"), (r"发小", "朋友"), (r"(?<=[我俺额和跟同])妹子", "妹妹"),
    # U22: 娘 (the mother, north and north-west) after whose or a joining word; not the pair words 娘俩/娘仨/娘儿俩 (俺娘俩 is two)
    (r"(?<=[我俺额和跟同带])娘(?![家子们俩仨儿几两三四])", "妈"),
    # O22: 爹 (the father) after whose or a joining word, as 娘 (not 爹娘 as one word for both: "给额爹娘" is two, read as 爸妈)
    (r"(?<=[我俺额和跟同带])爹娘", "爸妈"), (r"(?<=[我俺额和跟同带])爹(?![爹们俩仨])", "爸"),
    # U24: the spouse as 家属 after whose or a joining word (带家属; 家属区 is a place; 那口子 is O22's pointing word above),
    # the north-west's 女子 (a daughter) after whose
    (r"(?<=[我俺额和跟同带有])家属(?![区院楼])", "老伴"), (r"(?<=[我俺额])女子", "女儿"),
))


def kin_folded(words: str) -> str:
    """``words`` with kin said in a region's words put in the lists' ("我家老倌和娃" → "我家老伴和娃", O20)."""
    for pattern, word in KIN_FOLDS:
        words = pattern.sub(word, words)
    return words


# O22: the member herself said in the north-west's 额 (Shaanxi, Shanxi, Gansu: "额一袋", "给额留两份", "额和额媳妇一人一袋"),
# read as 我 by the order readers — never where 额 is part of a word (名额, 金额, 余额, 额度, 额外, 额头, 超额, 份额).
# d28: and Hakka 𠊎 (``regional.I``), which the order readers took for no one ("给𠊎留三斤" was asked, "𠊎唔要了" silent).
_E_AS_I = re.compile(r"(?<![名金余超限份定差总数配全面巨空税])额(?![度外头定满])|" + regional.I)


def first_person_folded(words: str) -> str:
    """``words`` with 额 or 𠊎 said for 我 put as 我 ("额给额娃他舅捎两袋" → "我给我娃他舅捎两袋")."""
    return _E_AS_I.sub("我", words)


# A count for each person or each home ("每人一份", "一家两袋", "每户限一个", "各来一份"): the words of the readers of orders
# and of sign-ups (D25). Per person (``EACH_PERSON``), per home (``EACH_HOME``), "one" said as each of a home (``ONE_HOME``:
# 一家一份, but also "我们一家三口", which each reader bounds); ``PER_HEAD`` all of them, 一人 and 各 (``order_checks``'s
# households). Readers with narrower words keep their own (``order_quantity``, ``order_story``; D25 review).
EACH_PERSON = r"每个人|每人|每位"
EACH_HOME = r"每家|每户|各家"
ONE_HOME = r"一家|一户"
PER_HEAD = EACH_PERSON + "|" + EACH_HOME + "|一人|" + ONE_HOME + "|各"
