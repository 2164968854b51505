"""A sign-up or cancel checked last against what the whole message does (issue 18, V23, V24): a wrong act costs a
member a place she never asked for or a place she keeps, so a check here only takes a reading away (silent, or asked
with the count said) or puts its count right from the message's own words — it never reads an act where the readers
found none, so it can add no reply to chat. The checks that find no act of hers at all silence an unsure reading too:
no question is put to chat (V24).

Run over whatever the rules, the learned partner, the guess and the households read (``bot.chain.text._signup_reading``).
Each check is a mechanism: the member's own occasion with its head count, a clause that asks the store its way, hours
or her record, someone else's household signed up, words that turn to the others (the staff's voice, the group called,
those who would join, who comes asked, the list's own count), news told rather than her act (others' sign-up said of
them, a group's size with a part singled out, people counted where they are, her place in another organiser's event),
a sign-up run elsewhere, words that join no one, a wish left behind or an event only supposed; the member alone said
so, persons one a line, the party read off a quote, bystanders, a clock time read as the party; for cancels, a decline
of what she never joined.
"""
from __future__ import annotations

import re
from dataclasses import replace

from bot.language import party, signups
from bot.language.intents import SIGNUP, SIGNUP_CANCEL, Reading
from bot.language.numbers import NUMERAL, number
from bot.language.signup_changes import EVENT_NAME_TAIL, named_by_its_end
from bot.language.people import CHILD, FULL_NAME, HOME, OTHERS_BY_PRONOUN, PEOPLE_KIND, PERSONS, RELATIVE
from bot.language.wrapping import clauses, plain, unquote

# Signing up said in so many words, or the store or one of its events named: such a message may well be hers.
_SIGNING_UP = re.compile(r"报|参加|算我|算上|加我|加上我|名额|记上|记下|登记|接龙|店里|门店|" + party.EVENT_KINDS)
_HEADS = re.compile(NUMERAL + r"(?:个人|个|位|人|口|大|小)|[俩仨]")

# What is done at an event, said by its verb (写对联, 包饺子, 学画画: as ``party.DOING_LEFT_OUT``'s verbs).
_DOING = "[包剪量测查搓做学捏熬尝品写画扎绣]"

# The member's own occasion or journey, told with who goes: a family dinner, a wedding, going home, tickets bought
# ("年夜饭十二个人", "表妹订婚 我和我妈去", "元旦高铁票抢到了 一家三口"). The store runs none of these.
_OWN_OCCASION = re.compile(r"年夜饭|团年饭|团圆饭|吃年饭|家宴|聚会|聚餐|订婚|婚礼|喜酒|吃酒|满月酒|寿宴|回(?:[他她你]的?)?老家|回娘家|回来吃饭|"
                           r"高铁票|火车票|机票|车票|电影票|跟团|自驾|ktv|k歌|annual dinner|压岁钱|"
                           r"(?:过年|寒假|暑假)[^，,。]{0,8}?[去克](?=[\u4e00-\u9fff]{2})(?!" + _DOING + "|" + party.EVENT_KINDS + ")")
# a holiday trip ("寒假我们屋里四个人克海南"), not what is done at an event ("寒假带孙子去写对联", "暑假去学画画")

# A clause that asks the store its way or its hours, beside a remark on her own coming ("今天营业到几点 我六点半off work",
# "螺蛳粉店具体在哪条路啊，同事要去", "地址发一下 我闺女送我过去"): a question for the FAQ, not a party. The clause asks — a
# question (吗, ？, 几点, 哪, 怎么, a closing 不/没) or a request to send or tell (发一下, 发个, 告诉我) — and its topic is
# the shop itself (where it is, how one gets there, when it opens), her own record there (积分, 登记上没有) or the group's
# rule on bringing someone in (拉…进群). The asking clause may name joining ("报名送积分不"); no other clause may.
# "还有位置吗" asks for a place at the event, not the way.
_ASKING = re.compile(r"吗|[？?]|(?:[不没么呢嘛]|没有)$|几点|几号|哪|怎么|咋|多远|多久|发(?:一)?下|发个|发我|发来|发过来|给[我俺](?:一)?下|告诉我|说一?下")
_STORE_PLACE = re.compile(r"门店|店[^，,。\s]{0,4}?(?:在哪|地址|位置)|[这那哪]家店|地址|定位|导航|路线|怎么走|哪条路|怎么去|咋走|咋去|"
                          r"停车|车位|公交|地铁|几路车|发[^，,。\s]{0,4}位置|位置发")  # where the shop is
_STORE_HOURS = re.compile(r"店里|营业|开门|关门")
# Her journey to the shop told beside the place asked ("店具体在哪，俺从少林大道过来", "店在哪 俺坐公交"): the message is about
# the way there, the question alone whatever party is said; a party beside a bare place question stands ("我们娘俩去 店在哪个门啊").
_JOURNEY_TOLD = re.compile(r"(?:[我俺咱额阮]|我们|俺们)(?:是|就|打算|准备|要)?(?:从[^，,。\s]{1,8}(?:过来|过去|来|去|出发)|坐(?:公交|地铁|[^，,。\s]{0,3}路车|出租|高铁|火车)(?![^，,。\s]*(?:吗|[？?]|不$))|开车|骑车|打车|走路)")
_HER_RECORD = re.compile(r"积分|(?:登记|记|报)上(?:了)?没")  # "积分咋个用", "我家报的两个人登记上没有": her count is her record's
_GROUP_RULE = re.compile(r"拉[^，,。\s]{0,10}?进(?:群|来)")  # someone brought into the group: "可以拉我朋友进群一起报名吗"
_JOINED = re.compile(r"报|参加|算我|算上|加我|加上我|名额|记上|登记")

# V25: the event's own size said — its places (限20人, 名额20个, 仅限十组), how many make it (满8人成团, 5人起) or what one group
# is (一大一小为一组, 每组两人) — in a clause of its own: a count of the event, never a party ("【冬至包汤圆】周六上午9点半，限20人，
# 报名请回复人数"). The message is read again without those clauses; a party of hers said beside them stands ("名额20人 我报两个").
_EVENT_SIZE = re.compile(r"(?:仅|只)?限(?:报|额)?\s*" + NUMERAL + r"\s*(?:个)?(?:人|位|名|组|户|家|对)|名额\s*(?:有|共|为|是)?\s*" + NUMERAL
                         + r"\s*(?:个|人|位|名|组)?|" + NUMERAL + r"\s*(?:个)?(?:人|位|组)(?:成团|开班|起|封顶)|满\s*" + NUMERAL + r"\s*(?:个)?人|"
                         r"(?:^|(?<=[【」「，,。\s]))(?:一|每)组(?:为|是)?(?:" + NUMERAL + r"[大小人个位]){1,2}|为一组|一组为|(?:每人|每户|每家)(?:只|仅)?限")

# V25: whether someone of hers may come, asked by what they are — a child, a grandchild, a relative, an age ("俺孙子三岁能去不",
# "剪纸小朋友几岁能参加 我孙女才5岁", "包饺子那天能带俺孙子去不", "娃两岁半格可以参加？") — or what they pay ("孩子要掏钱不"):
# a question about the event's rule, the store's to answer. It signs no one up where no head count of hers is said and no
# other clause joins ("孩子能去吗 我们两大一小", "一大一小，孩子3岁半能参加吗", "我怀孕五个月了 能去吗 我和大宝" stand).
_MAY_COME = re.compile(r"(?:能|可以|可不可以|能不能|格可以|让不让|给不给|允许)(?:带)?[^，,。\s]{0,6}?(?:去|来|参加|进去|进)(?:吗|么|不|没|嘛|噻|啵)?[？?]*$|"
                       r"几岁[^，,。\s]{0,4}?(?:能|可以|才能)|多大[^，,。\s]{0,4}?(?:能|可以)|(?:要|得|收)(?:掏钱|交钱|收费|付钱|买票|钱)(?:不|吗|么)|"
                       r"要不要(?:钱|交钱|掏钱|买票)|(?:收费|收钱|要钱|免费)(?:不|吗|么)")
_WHO_MAY = re.compile(RELATIVE.pattern + r"|小孩|孩子|娃|宝宝|老人|几岁|多大|" + NUMERAL + r"岁")
_AGE_OR_SPAN = re.compile(NUMERAL + r"(?:个)?(?:岁|周岁|月)半?|两岁半|[一二三四五六七八九十\d]+个月")
# The words of "with" joining the member to someone ("我和老公", "俺跟闺女", "我同阿珍", Wu 我搭伢儿): one table for this
# module's readers (mend-s26; 与 and 本人 left out: no sign-up line says them so).
_WITH = r"和|跟|同|搭"
_JOINS_BESIDE = re.compile(r"报|算|记|登记|参加|" + _WITH + r"|带|加|陪|[+＋]")
# V25: a wish to go held back by a doubt of her own said after it ("俺想去，就是不知道俺家掌柜哩那天上不上班", "我想克，就是冇得人陪",
# "讲座我想去，就怕听不懂", "孩子想去 我得看看那天有没有课"): not yet decided, no one to put down — unless a head count of hers or a
# request to put her down is said ("想去 就是怕冷 先给我报一个", "我妈想去瞧瞧 我陪着 两个人"), or the doubt is a question about the
# event ("我想去，就是不知道几点开始": the party's to ask about, left to the readers).
_WISH_HELD_BACK = re.compile(r"想(?:去|克|来|报|参加|学)[^，,。\s]{0,8}?[，,。\s]*[^，,。\s]{0,4}?"
                             r"(?:就是|但是|可是|不过|又怕|就怕|只怕|怕|不知道|不晓得|勿晓得|唔知|不确定|得看看|要看看|还得问)")
_PUT_ME_DOWN = re.compile(r"先(?:报|算|写|记|占)|(?:给|帮)[我俺](?:们)?(?:报|写|记|算|占)|算[我俺]|记上|写上|报上|占(?:一?个)?位")
_ABOUT_THE_EVENT = re.compile(r"几点|在哪|哪里|哪儿|多少钱|收费|怎么报|咋报|怎么去|咋去")
_PIECES = re.compile(r"[，,。！!？?；;：:\s]+")  # clauses as typed, a space between words a break too
_GROUPS = re.compile(NUMERAL + r"(?:个)?(?:组|家|户|对)")  # "报两组": groups of the event's size
# Her request beside "名额 N" (V25 review): the places are hers to keep ("名额三个 给我留着哈", "名额两个 帮我占上").
_HER_PLACES = re.compile(r"(?:给|帮|替)[我俺](?:们)?(?:家)?(?:留|占|报|记|算|写)|算[我俺]")

# Someone else's household signed up, seen or heard of ("我看吴静家报了温泉，两大一小", "我妈说王阿姨家报了四个人").
_THEIR_HOUSEHOLD_SIGNED = re.compile(r"(?:说|看到?|听说)(?![我俺咱])[^，,。\s我俺咱]{0,5}[^，,。\s我俺咱大人]家(?:也|都|已经)*报(?:名)?了")  # not 大家, 人家

# Words that turn to the others rather than join her — by who speaks, who is spoken to and who is the subject:
# - the staff's voice: a call to join ("欢迎街坊嚟报名", "需要的叔叔阿姨请报名"), how to join ("大家+1的时候写清楚名字", "…按报名顺序
#   来"), the organiser's word ("我组织一下"), the record of someone's place ("刘大爷老两口 已记", "朵朵妈 1大1小 已确认");
_STAFF_VOICE = re.compile(r"欢迎[^，,。]{0,10}?(?:报名|参加)|(?<![帮给替])请(?:大家|各位)?(?:尽快|抓紧|及时)?报名|(?:大家|各位)[^，,。]{0,8}?的时候|按报名顺序|"
                          r"[我俺]来?组织一下|已(?:记|确认)(?:好|下)?[了啦哈]*$")
# - the group called, with no word of her own ("老伙计们 …报个名去量量");
_GROUP_CALLED = re.compile(r"^(?:老伙计|老姐妹|姐妹|家人|邻居|街坊|叔叔阿姨|宝妈|朋友)们")  # not 大家/各位: "大家晚上好 报名两个" is hers
# - those who would join named as "the ones who …", with no word of her own (想参加读书会的家长, 报名温泉的␣有晕车的吗,
#   需要的在原群报名, 想要的在接龙里…, 报了名又不去的): they are the subject, so no one of hers is;
_THOSE_WHO = re.compile(r"(?<![不很好太])(?:(?:有)?需要|感兴趣|有兴趣|有意|(?:想|要|报名|参加|报了名?)[^，,。\s]{1,8}?)[^，,。\s]{0,5}?的"
                        r"(?:家长|朋友|叔叔阿姨|街坊|各位|宝妈|小朋友|\s|(?=在|请|可以|先|接龙|回复|私|按))")  # 想学X的, 需要的, not 报名的␣张三
_FIRST_PERSON = re.compile(r"[我俺咱阮]|(?<![名金余限定超])额(?![度外])|本人|自己")  # 额 as Shaanxi's 我, not 名额
# - who comes or who does it asked of the others ("有冇人报名…", "有没有一起的", "谁要去", "谁把报名截图发一下"), with no party
#   of her own beside it ("我家两个 谁知道几点开始", "我们家三口 谁能帮我占个位置" stand); 谁说 is a retort, no question ("谁说俺
#   不去了 俺们俩都去"); and the members' own plan, asked who runs it ("谁开车去万达 带我一个", "…谁组织的"), with or without her
#   place in it;
_COMPANY_ASKED = re.compile(r"有(?:没有|冇|无|没)人|有没有(?:一起|一块|一道|人)")  # company asked for: her "我一个人" is the reason
_WHO_COMES_ASKED = re.compile(r"(?<!还有)谁(?!要谁|也|都|还|说|讲)")  # not "算我一个 还有谁", not "谁说…"
_WHO_RUNS_IT = re.compile(r"谁(?:开车|组织|张罗|牵头)")
# - the list's own count, told or guessed ("今天共接龙47人", "接龙到45了", "截至今晚八点 …报名12组", "目前…8组", "…已报名：王姐2
#   李姐1", "名单核对：…有误请私聊", "估计能来三十个人"): a number of the list, not a party.
_LIST_COUNTED = re.compile(r"共接龙|接龙(?:已经)?(?:到|共)\s*\d|(?:截至|截止到?|目前)[^。]{0,12}?\d|(?:已报名|名单[^，,。\s]{0,4})[:：]|有误请私聊|"
                           r"(?<![我俺咱]们)(?<![我俺咱额]家)(?<![俩仨])(?:估计|大概|预计)(?:能|会)?(?:来|有)")  # not "我们大概能来三个人": her party
# News told, not her act — by who the subject is:
# - someone else's sign-up already done, said of them by a pronoun or relayed ("我侄子说他也报了奥数，累不累啊", "楼上刘嬢嬢
#   她们报了饺子 喊我也去", "我妈说隔壁王姨也报名了"), with no count, no request of hers and no party of hers beside it ("老公
#   说他也去 那就两个", "帮她报一个", "她和她老公两个" stand). A wish to sign up passed on ("我朋友说她也要报名", "我老公说他
#   也想报名") is a sign-up put to the organiser, not news: it is left to the readers;
_THEY_SIGNED = re.compile(r"(?:(?:他|她|佢|伊)们?|(?:" + RELATIVE.pattern + r")说[^，,。\s我俺咱]{0,6}?)(?:也|都|还|已经)*报(?:名|上)?了")
# A wish of theirs passed on, then a remark on them ("我老公说要报名… 他手那么笨", "…也要报名奥数，累不累啊"): chat about them.
_THEY_WISH = re.compile(r"(?:(?:他|她|佢|伊)们?|(?:" + RELATIVE.pattern + r")说)(?:也|都|还)*(?:要|想)报名?")
_REMARK_ON_THEM = re.compile(r"([\u4e00-\u9fff])不\1(?:啊|呀|哦|嘛)|[他她](?:连|那么|这么|也太|太|哪)")
_HER_REQUEST = re.compile(r"帮|替|给|托|让我|报上|算上|记上|那就|报一?个|[我俺](?:们|俩|陪|带)|算我|加我")
# - a group's size told, then a part of it singled out ("我们办公室一共五个人，两个出差了", "我们组八个人，就我唱得最差"): the count
#   is news of the group, not a party;
_PART_SINGLED_OUT = re.compile(r"就我(?:一个)?[^，,。\s]{0,3}(?:最|没|不)|(?:^|[，,。\s])有?[两三四五六七八九十\d]个人?(?:出差|请假|没来|不在|上班|加班)了?(?:$|[，,。\s])")
# - people seen or held somewhere, counted ("排练的有二十个人", "前面还有五个人", "照片上数了一下 一共二十七个人", "活动室坐不下三十个
#   人吧"): the count says who is there, not who comes;
_THERE_ARE = re.compile(r"(?:[的里上]|前面|后面)(?:还|就|只|一共)?有" + NUMERAL + r"(?:个|位)?人|坐不下|装不下|数了一?下")
# Her own household counted ("我们家里有四个人，都去", "俺屋里有俩个人想去"): her party, not people counted where they are.
_HER_HOUSEHOLD_HAS = re.compile(r"[我俺咱额阮](?:们|屋)?(?:家|屋)(?:里)?(?:一共|总共)?有")
# - her place in another organiser's event told as done ("街道舞蹈队春节演出 我报名了", "敬老院那边要人写春联 我报了", "老年大学书法班
#   …我托我闺女网上抢的", "教堂…我邻居每年都去").
_ORGANISED_ELSEWHERE = re.compile(r"社区|街道|敬老院|老年大学|学校|单位|公司|厂里|教堂|志愿者")
_DONE = re.compile(r"报(?:名|上)?了|抢(?:的|到)|每年都去")
# A sign-up run elsewhere ("报名找网格员，不在咱这群").
_RUN_ELSEWHERE = re.compile(r"网格员|居委|原群|大众点评|美团|小红书|幼儿园(?:的)?(?:元旦|下周|这周|周[一二三四五六日末])?[^，,。\s]{0,4}(?:会|汇演|演出|活动)|不是(?:咱|我们)们?(?:这个?)?(?:店|群)|不在(?:咱|我们)们?(?:这个?)?(?:店|群)")

# A 接龙 posted with its first number and nothing after it (its head and an example line before): the post, no one's line.
_LIST_OPENED = re.compile(r"\n[ \t]*1[ \t]*[.、．]?\s*$")  # after a 接龙 head

# A wish the full list or a missed day ended, or a place she has already ("想报名来着 没赶上", "想报温泉，一看满了",
# "俺前天就报上了 不用再报吧"), an event wished for that no one runs: nothing to act on.
_WISH_LEFT_BEHIND = re.compile(r"想(?:给[^，,。\s]{1,4})?报[^，,。\s]{0,8}?来着|一看(?:已经|都)?(?:报)?满了|不用再报|"
                               # an event wished for or supposed, that no one runs yet: a time to come or a supposition, then
                               # someone holding one ("啥时候搞个拌面比赛，我报名", "下次搞个烧烤活动吧", "要是店里组织去摘橘子，俺家四口都去")
                               r"(?:啥时候|什么时候|哪天|改天|要是|如果|假如|下次|下回|明年)[^，,。\s]{0,4}?(?:也|再)?(?:搞|办|组织|开|有)(?:一)?(?:个|次|回|去)")

# Words that join no one, whatever a reader took for joining: a rule of entry ("进门要登记", "入住要刷身份证登记"), an order
# asked of someone else ("你家要几份，我一块报"; not her own "我要几份"), another season's wish ("…打个卡，等夏天"), her name
# given at pick-up or a contact who added her ("报我的名字就行", "有人加我说是客服"), someone kept from it ("俺老头子还想报名，
# 俺没让"), another's plan agreed to ("同意楼上 … +1").
_JOINS_NO_ONE = re.compile(r"(?:要|得|需要|须)[^，,。\s我俺]{0,5}登记|[你您]们?(?:家|屋里|那边|那里)?(?:还|都|一共|总共)?(?:需要|要|订)几份|"
                           r"等(?:夏天|冬天|春天|秋天|开春|明年|放假)|有人加我|加我(?:微信|好友)|报(?:我|俺)的名字|[我俺]没让|同意楼上")


# Her place given up, with no one left who comes ("安代舞那个我们去不了了", "莫算我们哒", "把名额让出来嘛"): a cancel read as a
# sign-up, asked once as a cancel. Not where someone still comes or a new count is said ("老伴去不了了 就我一个").
_DROPS_HER_PLACE = re.compile(r"(?:去|来|嚟)不(?:了|到|成)了|让(?:出来|俾|给)|(?:莫|别|不要|唔好)算")
_PLACE_KEPT = re.compile(NUMERAL + r"(?:个|位|人|口|大|小)|[俩仨]|就|只|剩|还是|报|算我|加")

# The member alone, said in so many words, with no one added beside her ("对象加班 我自己去", "报上，我一个，老伴儿在家看门",
# "我抱着老二去 老二还在吃奶 就算我一个"): one, however many the message names. Not where she brings or adds someone, or
# another count is said ("我一个大人带三个娃", "算我一个，再加我妈", "本来就我一个 现在两个").
_ALONE = re.compile(r"(?:就|还是)?(?:算)?(?:我|俺|额)(?:一个人?|自己)(?:去|来|克)?|就(?:她|他)一个")
_SOMEONE_ADDED = re.compile(r"再|加|带|也|" + _WITH + r"|陪|双胞胎|大人|本来|原来|不对|忘|一家|全家|们|" + NUMERAL + r"(?:个|位|人|口|大|小)|[俩仨]")


# A clock time or a duration ("两个钟头", "三点钟", "六点半", "二十分钟"): never people, however a reader took it.
_CLOCK_OR_SPAN = re.compile(r"(?:" + NUMERAL + r"|半)个?多?(?:钟头|小时|分钟)|" + NUMERAL + r"点(?:钟|半|多)?(?![心儿子])")

# A decline of what she never joined: having been before ("今年不去了 去年去过了", "讲座这次不去了 听过了"), those going
# envied ("娃那天有课 去不成 羡慕你们"), thanks for the offer ("谢谢好意 我就不去了"), a pity not to go ("这么好的活动不去
# 可惜了"), going home ("今年过年回不去了"), the link that would not open, the class called off by its teacher, the price,
# another group's plan ("户外群话…我唔去") — unless a place of hers is dropped in so many words.
_NEVER_JOINED = re.compile(r"(?:去|听|学|玩|参加)过了?|羡慕你们|谢谢(?:好意|邀请|美意)|不去(?:就|太|真|多|怪)?可惜|(?<![这那上下每])回不去|"
                           r"(?:链接|页面|小程序)[^，,。\s]{0,4}(?:点不开|打不开|进不去)|老师请假|停课|太贵|票价|门票|(?:户外|徒步|骑行|驴友|跑步|夜跑|宝妈|业主|家长|班级|同学|老乡)群")
# A film someone of hers said they would see or skip, with no screening open ("孙子说电影不去了", "他爸说去看电影，不去
#了"): their own plans, not her place dropped — unless the place is named ("我孙子说电影不去了 帮我们取消").
_RELAYED = re.compile(r"(?:" + RELATIVE.pattern + r")说")
_SCREENING = re.compile(r"电影|观影|放映")
_EVENT_KIND = re.compile(party.EVENT_KINDS)
# Her journey home, then going given up ("过年回老家 这次去不了了"): the journey may be what she cannot make. Not coming
# (不来: to the event) nor a reason said after ("我就不去了 要回老家").
_JOURNEY_NOT_MADE = re.compile(r"回(?:[他她你]的?)?(?:老家|娘家)[^，,。！!]{0,3}[，,。！!\s]+[^，,。！!\s]{0,4}(?:去不了|去不成|不去)")
# The party's coming told as done, then how it went ("我们仨七点到的，结果没开门", "我们三个一路来的，挺顺"): no sign-up.
# Not 去的 ("去的，1大1小": yes, going), nor one new to the group (新来的, 拉进来的, 过来的).
_TOLD_AS_DONE = re.compile(r"(?:[俩仨]|" + NUMERAL + r"(?:个人?|位|口))[^，,。\s]{0,6}?(?<![新进过])(?:来|到|走)的[，,。！!\s]+\S")
# What follows from not going, asked of the store ("活动报名了去不了能退钱吗", "我去不了现场，东西能送到家吗"): a question for
# the FAQ and the staff, not a cancel to act on.
_CONSEQUENCE_ASKED = re.compile(r"(?:退钱|退款|退费|送到家|送家|邮寄|寄过来|快递)[^，,。]{0,4}(?:吗|么|不$|？|\?)")
_PLACE_DROPPED = re.compile(r"取消|撤|退|名额|划掉|让出|报名|报的|[帮给]我(?:取消|退|撤|划|把)")


# (k32) A sign-up told, not made: of a past event ("上回报名那个讲座讲得真好", "之前报的那个烘焙课挺好玩") — every clause that
# says the act says it after a time gone by — or as her habit ("都是我帮她报名", "每次都是我给我妈报的", "一直是我替他报"). A
# present cue anywhere ("这次", "这回", "再", "也报", "今天"), a change or a count ("之前报的两个，改成三个": her party restated)
# keeps it hers now. Flat alternations, linear (a count is found by its last digit and unit: a run of digits is never re-scanned).
_ACT_WORD = re.compile(r"报|参加")
_GONE_BY = re.compile(r"(?:上次|上回|那次|那回|之前|以前|去年|前年|上个月|上周|上礼拜|上星期|早先|当时|那会)[^，,。！!？?\s]{0,6}?(?:报|参加)")
_HABIT = re.compile(r"(?:都是|一直是|一直都是|向来是|总是|老是|每次都是?|每回都是?|平时都是?|一般都是?)[我俺咱]?(?:帮|替|给)?[^，,。！!？?\s]{0,6}?(?:报|参加)")
_NOW_TOO = re.compile(r"这次|这回|这期|这周|本周|今天|明天|周[一二三四五六日天末]|再|也(?:报|帮|给|替|算|参加)|还(?:要|想)报|继续|接着|"
                      r"算[我俺]|[+＋]\d|名额|改|换成|变成|现在|加上|一共|总共|也要|也来|也去|[两三四五六七八九十俩仨\d][个位人]")


def _told_not_made(words: str) -> bool:
    """Whether the sign-up said is of a past event or her habit, with nothing that makes it an act now."""
    if _NOW_TOO.search(words):
        return False
    acts = [c for c in _PIECES.split(words) if _ACT_WORD.search(c)]
    return bool(acts) and all(_GONE_BY.search(c) or _HABIT.search(c) for c in acts)


def checked(text: str, event: str, reading: Reading | None) -> Reading | None:
    """``reading`` unless the whole message shows it is no act of the member's: then None, or asked with a count."""
    if reading is None:
        return None
    words = _own_words(text)
    if reading.intent == SIGNUP and not reading.add and _told_not_made(words):
        return None  # (k32) "上回报名那个讲座讲得真好", "都是我帮她报名": told, not done now
    if reading.intent == SIGNUP_CANCEL and _someone_elses_film(words, event):
        return None  # "孙子说电影不去了，要去同学家": his plans, no screening open
    if reading.intent == SIGNUP and not reading.add and _told_as_done(words):
        return None  # "我们三个一搭来的，没排上": they came already, no one signs up
    if reading.intent == SIGNUP and not reading.add and (sized := _without_event_size(words, event, reading)) is not reading:
        return sized  # "限20人，报名请回复人数": the event's size, no party (V25)
    if not reading.sure:
        if reading.intent == SIGNUP_CANCEL and (_never_joined(words) or _CONSEQUENCE_ASKED.search(words)):
            return None
        if reading.intent == SIGNUP and not reading.add and (_not_hers(words, event) or _may_they_come(words)):
            return None  # the sure "not hers" kinds only: news of others leaves an unsure reading asked
        if reading.intent == SIGNUP and not reading.add and reading.amount == 1 and only_asks(words):
            return None  # w29: "细路几岁可以参加？", "义诊有人去吗 搭个伴": a question, no act of hers to ask about
        return _ages_checked(words, reading)  # S25: asked with the children given ages counted
    if reading.intent == SIGNUP_CANCEL:
        if _never_joined(words) or _CONSEQUENCE_ASKED.search(words):
            return None
        if _JOURNEY_NOT_MADE.search(words) and not _PLACE_DROPPED.search(words) and not _EVENT_KIND.search(words) \
                and not _names_open_event(words, event):
            return replace(reading, sure=False)  # "过年回老家 这次去不了了": the journey or the event? asked once
        return reading
    if reading.intent != SIGNUP or reading.add:
        return reading
    if "接龙" in words and _LIST_OPENED.search(words):
        return None  # "圣诞手工接龙⏎⏎1.": the list opened, nobody on it yet
    if _no_act(words, event):
        return None
    if reading.amount == 1 and only_asks(words):
        return None  # w29: "周六那场名额满了没得", "伢四岁能参加么": the message asks, in any region's way, and says no act of hers
    if _DROPS_HER_PLACE.search(words) and not _PLACE_KEPT.search(_DROPS_HER_PLACE.sub("", words)):
        return Reading(SIGNUP_CANCEL, sure=False)  # "那个烘焙课我们去不到了把名额让出来嘛": a cancel, asked once
    if reading.amount > 1 and _alone(words):
        return replace(reading, amount=1)
    if reading.amount == 1 and _joined_uncounted(words):  # "帮我报上，我和我表哥": she and one the readers did not count (s26)
        return replace(reading, amount=2, sure=ACT_PUT_RIGHT and _one_companion(words))  # acted on where plainly two (u29)
    if (listed := _one_per_line(words)) and listed != reading.amount:
        return replace(reading, amount=listed)
    if (quoted := _quote_only(text, event, reading)) is not reading:
        return quoted
    if (fewer := _without_bystanders(words, event, reading)) is not reading:
        return fewer
    clocked = _without_clock(text, event, reading)
    aged = _ages_checked(words, clocked)
    if ACT_PUT_RIGHT and clocked is reading and aged is not reading and reading.amount == 1 and _children_she_brings(words):
        return replace(aged, sure=True)  # "剪纸报名 小满五岁 我带她": the grown-up read alone, the aged child with her (u29)
    return aged


# w29: a party of one read from a message that only asks — about the event ("周六那场名额满了没得", "伢四岁能参加么", "讲座人多勿多，
# 还有空位勿"), its fee or way of signing up ("能刷卡不？报名那个钱", "想问一下报名是在这里说就可以吗") or the others
# ("明天的讲座有人去吗 搭个伴") — in any region's question form (吗, 么, ？, a closing 没得/冇/勿/伐/咩/不/未, 有木有, A-not-A with 不,
# 勿, 冇, 唔, 没), and says no act of hers anywhere: no first person who signs up or goes, no "put me down", no clause that
# is only the act or a count ("报名", "义诊报一个哈", "一位"). The count of one is the readers' default, not a party she gave:
# left to the question reader, never acted on nor asked. A party she counts (two or more) is not read here. Switch:
# ``QUESTION_ONLY``, ON since m30: w29 shipped it off (confirming +0.3 of a +0.7 bar); its review found real sign-ups with a
# question lost for want of closing particles in ``_ONLY_THE_ACT``; mended, the confirming files of m30 (t115-, t122- to
# t124-) read 3 chat lines fewer as sign-ups with none lost (docs/language.md, w29 and m30); m30's review still found 20
# of 66 sign-ups with a question lost (a long lead-in, particles, emoji leftovers, 预约/占个位): mended, 1 of 66 left.
QUESTION_ONLY = True
# A clause asked: the readers' own question words, or a region's question ending or A-not-A (not 嘛, the south-west's
# "well": "剩下那个名额给我嘛"; not "we few", "我们几个").
_ASKED_CLAUSE = re.compile(r"吗|(?<![这那怎什])么|[？?]|(?<![们我俺咱])几(?:岁|点|号|时|天|多|钱|块|位|个人)|多少|什么|啥|撒子|咋|怎么|哪|"
                           r"是不是|能不能|可不可以|有没有|有木有|有冇|有没得|(?:没得|没有|冇|勿|伐|咩|未|不|无|罢)$|([\u4e00-\u9fff])[不勿冇唔没]\1")
# Her act said: she (or "we") signs up, goes or comes a few words on, or counts herself ("我一个", "就我自己"); she is put
# down ("算我", "给我报", "名额给我").
_HER_ACT = re.compile(r"(?:我|俺|额|𠊎|咱|阮|阿拉|偶|本人)(?:们|哋|家|屋里|两个|俩|仨)?[^，,。！!？?\s]{0,4}?(?:报|参加|去|来|克|算|加入|到)|"
                      r"(?:我|俺|额|𠊎|阿拉|本人|偶)[^，,。！!？?\s]{0,2}?(?:[一1](?:个|位|人)|自己)|"
                      r"(?:算|加|报|记|写)(?:上)?(?:我|俺|额|𠊎|咱)|(?:给|帮|替)(?:我|俺|额|𠊎|咱)(?:们|哋)?(?:报|登记|记|留|算|加|写)|"
                      r"名额给(?:我|俺|额)|"
                      r"(?:就|只|只有|仅)(?:我|俺|额)?(?:一个人|一个|一位|自己)")  # m30: she alone, said in the question ("就一个人能去吗")
# A clause not asked that is only the act ("报名", "义诊报一个哈", "加一", "预约", "占个位") or says a head count ("两个人",
# "我妈一个", "3"), closed by any of the particles a clause ends on (m30, by w29's review: 啦, 哟, 嘞, 喽, 捏, 呢, 哇… and 加一
# were missing, so "参加啦，…几点？" lost her act). m30's mend, by its review: the event may be named before the act with its
# day and time ("周六下午的烘焙课报名": up to 12 characters), the particles run up to six ("哈哈哈哈", "哈亲") and take 呗, 嗯, 嘿,
# 亲, 喂, 嘻 too, and the seat words are the base reader's own (``signups.SEAT_TAKEN``) beside 预约 and 登记, as its JOIN has
# them. The words are plain() already (NFKC, pictographs gone): ``only_asks`` drops what plain() leaves of an emoji.
ONLY_THE_ACT_ENDS = "了哈啊呀哦嗷吧哒咯喔滴的噢嘛啦哟嘞喽捏呢咧哇呐噻撒哩喇嘅咪唷呗嗯嘿亲喂嘻"
_ONLY_THE_ACT = re.compile(r"[^，,。！!？?\s我他她你说是]{0,12}?(?:报名|报个名|报上|报[一1]个|报[一1]位|报个|参加|预约|(?<!已)(?<!经)登记(?![了过])|"
                           + signups.SEAT_TAKEN + r"|\+\s?[1一]|加[一1]|算一个)[" + ONLY_THE_ACT_ENDS + r"]{0,6}")
# What plain() leaves of an emoji: the variation selector (❤️), the joiner (🙋‍♀️) and a skin tone (👍🏻).
_EMOJI_LEFTOVERS = re.compile(r"[\ufe0f\u200d\U0001F3FB-\U0001F3FF]")
_A_COUNT = re.compile(NUMERAL + r"(?:个人|个|位|人|口)|^\s*\d{1,2}\s*$|自己|本人")


# h31 (by w29's review): her act closed by an exclamation rather than a particle ("报名哇塞", "参加耶", "报名冲冲冲", "报名嘿嘿"):
# a clause is still only the act when what follows the act in it only exclaims — the particles above, a sound said twice or
# more (嘿嘿, 冲冲冲, 耶耶), or a cheer of its own (``CHEERS``) — up to eight characters, nothing else left.
CHEERS = re.compile(r"哇塞|哇哦|好耶|耶|冲鸭|冲|走起|搞起|来了|安排|必须的?|棒|赞|nice|yeah|yes|ok|666|6{2,3}", re.IGNORECASE)
_SAID_AGAIN = re.compile(r"([\u4e00-\u9fff])\1+")
_PARTICLES = re.compile("[" + ONLY_THE_ACT_ENDS + "]+")
_MAX_CHEER = 8


def _only_the_act(piece: str) -> bool:
    """A clause that is only the act (``_ONLY_THE_ACT``), maybe closed by an exclamation (h31)."""
    if _ONLY_THE_ACT.fullmatch(piece):
        return True
    return any(_ONLY_THE_ACT.fullmatch(piece, 0, cut) and not _PARTICLES.sub("", _SAID_AGAIN.sub("", CHEERS.sub("", piece[cut:])))
               for cut in range(max(1, len(piece) - _MAX_CHEER), len(piece)))


def only_asks(words: str) -> bool:
    """Whether a message asks (a clause asked its way) and says no act of hers (w29's ``QUESTION_ONLY``)."""
    if not QUESTION_ONLY or len(words) > 300:
        return False
    words = _EMOJI_LEFTOVERS.sub("", words)
    said = [piece for piece in re.split(r"[,.!;:，。！；：、~～…\n\s]+|(?<=[？?])", words) if piece.strip("？? ")]
    asked = [piece for piece in said if _ASKED_CLAUSE.search(piece)]
    if not asked or _HER_ACT.search(words):
        return False
    return not any(_only_the_act(piece) or _A_COUNT.search(piece) for piece in said if piece not in asked)


# u29: a sure party of one the last checks put right from the message's own words — she joined to one person
# (``_joined_uncounted``, s26) or children given ages beside her (``_ages_checked``, S25) — was asked with the new count,
# though it was right on every working train and dev line where the rules had read her alone (no chat line among them).
# It is acted on where nothing leaves the count in doubt: no "not", no question, no one left at home or at school, no
# plural or further person added (``_PUT_RIGHT_DOUBT``); for company, one person after one "with" that adds a head
# (not 一样, 坐, 桌, 一组, 离, 就我: ``_NO_HEAD_ADDED``); for ages, she brings them (陪, 带, 和, 加我, a grown-up). A party
# other than one before the checks stays asked (a count of three beside two aged children and her: 3 or 4?).
ACT_PUT_RIGHT = True
_PUT_RIGHT_DOUBT = re.compile(r"不|没|冇|唔|勿|莫|别|吗|么|伐|否|[？?]|在家|家里|屋里|屋头|屋企|屋下|留|上学|上课|上班|的时候|以前|去年|上次|"
                              r"们|几|等|一家|全家|家人|还有|再|另|也|各|都|、|[+＋]|" + NUMERAL + r"(?:个|位|人|口|大|小)|[俩仨]")
# u29's review: a "with" that adds no head — the same as her, a seat or a table beside her, a group, parted, she alone.
_NO_HEAD_ADDED = re.compile(r"一样|坐|桌|一组|离|就我")
_SHE_BRINGS = re.compile(r"(?:我|俺|额|阿拉|我哋)(?:" + _WITH + r"|带|陪|领)|(?:加|算上?|带上?|加上|加埋|计埋)(?:我|俺|额)(?=$|[\s，,。!！])|大人")


def _one_companion(words: str) -> bool:
    """She and exactly one person after one "with", nothing else in doubt (u29)."""
    found = list(_WITH_SOMEONE.finditer(words))
    return len(found) == 1 and not _MORE_THAN_ONE.search(found[0]["who"] or found[0]["before"]) \
        and not _PUT_RIGHT_DOUBT.search(_PUT_RIGHT_AGE.sub("", words)) and not _NO_HEAD_ADDED.search(words)


# Company that may be no one or more than one: a pet (u16's review: "我和我家狗" is no one), a crowd's word (兄弟伙, 老友记,
# 一帮) or two named one after the other (阿芳阿英, 王芳李丽).
_MORE_THAN_ONE = re.compile(r"狗|猫|宠物|毛孩子|伙|友记|帮|班|队|些|群|[阿小老][\u4e00-\u9fff]{1,2}[阿小老][\u4e00-\u9fff]|(?:" + FULL_NAME + r"){2}")


def _children_she_brings(words: str) -> bool:
    """Children given ages and she bringing them, nothing else in doubt (u29)."""
    return bool(_SHE_BRINGS.search(words)) and not _PUT_RIGHT_DOUBT.search(_PUT_RIGHT_AGE.sub("", words))


_PUT_RIGHT_AGE = re.compile(signups.AGE_IN_YEARS + r"半?|(?:我|俺|额)?一个大人")  # an age's own numeral is no count of people


# Whatever is quoted first, as WeChat quotes it or as typed (「年货节试吃 请报名人数」⏎4人, “…想看的报名”⏎算我一个, 引用 店长：…⏎———⏎我和老伴两个):
# the post's words are the staff's, not hers.
_QUOTED_FIRST = re.compile(r"^\s*(?:「[^」]*」|“[^”]*”|(?:回复|引用)[^\n]*\n)\s*(?:[-—–=]+\s*)?")


def _under_quote(text: str) -> tuple[str, str]:
    """(the message's plain words, her words under whatever it quotes first); the two are equal where nothing is quoted."""
    words = plain(unquote(text))
    return words, _QUOTED_FIRST.sub("", words, count=1)


def _own_words(text: str) -> str:
    words, own = _under_quote(text)
    return own if own.strip() else words


# Persons one a line under a head that signs up or names the event ("报名⏎胡秀英⏎胡秀英女儿⏎外孙女" 3, "剪纸报名⏎刘芳⏎女儿朵朵⏎
# 侄女小雨⏎侄子小宝" 4): each line one person — a name, a name's kin, kin and a name, 我 — however the rules joined them.
# A line naming two (和, 、, spaces, 俩, 家, 们), counting (三人, 1大1小), thanking or dropping is no such list.
_LIST_HEAD = re.compile(r"报名|" + party.EVENT_KINDS)
_ONE_PERSON_LINE = re.compile(r"(?!.*(?:和|跟|同|与|、|，|,|\s|俩|仨|两|家|们|\d|[一二三四五六七八九十]个|[一两二三四五六七八九十][大小人]|谢|"
                              r"取消|不|了|吗|？|\?|！|!|带|加|报|例|共))[\u4e00-\u9fffa-z（）()]{1,10}")


def _one_per_line(words: str) -> int | None:
    lines = [line.strip() for line in words.split("\n") if line.strip()]
    if len(lines) < 3 or not _LIST_HEAD.search(lines[0]) or re.search(NUMERAL + r"(?:个|位|人)", lines[0]):
        return None
    persons = lines[1:]
    return len(set(persons)) if all(_ONE_PERSON_LINE.fullmatch(p) for p in persons) else None


# Her own words under a quote that name no one of hers, count no one and join nothing ("「运动会报名」 下雨的话还办吗",
# "「俺俩 十点到」⏎王婶恁来得早啊"): the party read was the quote's, someone else's.
_HERS = re.compile(r"[我俺咱额阮]|本人|自己|\d|^\s*[一两二三四五六七八九十]\s*$|" + NUMERAL + r"(?:个|位|人|口|组|家|大|小)|[俩仨]|报|算|加|参加|名额|留|来|去")


_TO_THE_QUOTED = re.compile(r"[你您恁](?:们)?(?:来|去)?")  # "王婶恁来得早啊": said to the one quoted (not signups._SPOKEN_TO)


def _quote_only(text: str, event: str, reading: Reading) -> Reading | None:
    """A party read off the quote rather than her words under it: none where her words say nothing of one, her own
    count where they read another ("「包汤圆 名额20人」⏎报名 我跟我妈" 2)."""
    words, own = _under_quote(text)
    if own == words or not own.strip():
        return reading
    if not _HERS.search(own) or _TO_THE_QUOTED.search(own) and not _HERS.search(_TO_THE_QUOTED.sub("", own)):
        return None
    found = signups.read_signup(own, event)
    if found is not None and found.intent == SIGNUP and found.sure and found.amount != reading.amount:
        return replace(reading, amount=found.amount)
    return reading


# Clauses that name someone who is not of the party: who the member is (我是孙子, 我是她闺女), a relative who only speaks,
# drives or fetches ("我孙子说教我三遍了还学不会", "我儿子开车送"), a pair of parents counted again as the elders they are
# ("给我爸妈报名，两个老人"), whose someone is or who the member is in brackets. Read without them, the party the rules read is smaller: that one stands.
_BYSTANDER_CLAUSE = re.compile(r"(?:^|(?<=[，,。\s]))(?:我是[^，,。\s]{1,5}(?=[，,。\s])|(?:我|俺|额)?(?:家)?(?:" + RELATIVE.pattern + r")"
                               r"(?:说(?![^，,。\s]*(?:带|算|报|加|去|来))[^，,。\s]*|开车送(?:我|她|他)?|(?:来)?接送?(?:我|她|他)?|送(?:我|她|他)?过去))(?=$|[，,。\s])")
_ELDERS_AGAIN = re.compile(r"(?:^|(?<=[，,。\s]))(?:两|2|俩)(?:个|位)?老人(?:家)?(?=$|[，,。\s])")
# Whose someone is or who the member is, said in brackets ("我和外甥（我闺女的娃）两个", "陈建平（我），周玉梅"): no one more.
_ASIDE_IN_BRACKETS = re.compile(r"[（(](?:我|本人|[^（()）\d]{0,6}的(?:娃|孩子|女儿|儿子|闺女|孙子|孙女|老公|老婆|媳妇|妈妈?|爸爸?))[)）]")
_PAIR_OF_ELDERS = re.compile(r"公公婆婆|公婆|爸妈|爸爸妈妈|父母|爷爷奶奶|外公外婆|姥姥姥爷|岳父岳母")


def _without_bystanders(words: str, event: str, reading: Reading) -> Reading:
    if _PAIR_OF_ELDERS.search(words) and _ELDERS_AGAIN.search(words) and reading.amount > 2:
        trimmed = _ELDERS_AGAIN.sub("", words)
    elif reading.amount > 1 and _ASIDE_IN_BRACKETS.search(words):
        trimmed = _ASIDE_IN_BRACKETS.sub("", words)
    elif reading.amount > 1 and _BYSTANDER_CLAUSE.search(words):  # a party of one counts no bystander
        trimmed = _BYSTANDER_CLAUSE.sub("", words)
    else:
        return reading
    again = signups.read_signup(trimmed, event) if trimmed.strip("，,。 ") else None
    if again is None or again.intent != SIGNUP or not again.sure:
        return replace(reading, sure=False)  # the party in doubt once the bystander is out: asked, never acted on
    return reading if again.amount >= reading.amount else replace(reading, amount=again.amount)


_SHOP = re.compile(r"[店馆铺]")


def _names_open_event(words: str, event: str) -> bool:
    """The open event named: its whole name, its name from the third-last character on ("年夜饭" of 社区年夜饭, "烘焙课" of
    亲子烘焙课), or its kind word, the name without its generic tail ("插花" of 插花课), not a shop of that kind (烘焙店)
    nor a place one goes to on one's own too (温泉 of 温泉一日游).
    Two characters shared are no name: "幼儿园元旦活动" names no 元旦亲子活动, "美团上团的那个温泉" no 温泉一日游."""
    name = "".join(clauses(event))
    if not name:
        return False
    if named_by_its_end(name, words):
        return True
    kind = EVENT_NAME_TAIL.sub("", name)
    if kind == name or len(kind) < 2 or re.fullmatch(party.DONE_THERE_PLACES, kind):
        return False  # 温泉 of 温泉一日游: one goes there on one's own too
    return any(not _SHOP.match(words, found.end()) for found in re.finditer(re.escape(kind), words))


def _no_act(words: str, event: str) -> bool:
    return _not_hers(words, event) or _news(words, event)


def _not_hers(words: str, event: str) -> bool:
    """The checks that find no act of hers at all, whatever a reader made of it: an unsure reading is silenced by these
    too, and so does a group's size with a part singled out ("办公室四个人就我一个没结婚"). The rest of the news told of others
    (``_news``: a sign-up of theirs said, people counted where they are) only takes a sure reading away: an unsure one is asked."""
    return _own_occasion(words, event) or _store_asked(words) or _wish_held_back(words) or bool(_THEIR_HOUSEHOLD_SIGNED.search(words)
            or _run_elsewhere(words, event) or _WISH_LEFT_BEHIND.search(words) or _JOINS_NO_ONE.search(words)
            or _PART_SINGLED_OUT.search(words) and not _JOINED.search(words)) or _to_others(words) \
        or bool(_THEY_WISH.search(words) and _REMARK_ON_THEM.search(words)) and not _HEADS.search(words) \
        and not _HER_REQUEST.search(words)


def _news(words: str, event: str) -> bool:
    """News told of others or of another organiser's event, not her act: their sign-up said of them, a group's size with a
    part singled out, people counted where they are, her place elsewhere told as done."""
    if _THEY_SIGNED.search(words) and not _HEADS.search(words) and not _HER_REQUEST.search(words):
        return True
    if (_PART_SINGLED_OUT.search(words) or _THERE_ARE.search(_HER_HOUSEHOLD_HAS.sub("", words))) and not _JOINED.search(words):
        return True
    return bool(_ORGANISED_ELSEWHERE.search(words) and _DONE.search(words)) and not _HEADS.search(words) \
        and not _names_open_event(words, event)  # "社区年夜饭 我报名了" where the store's own 社区年夜饭 is open


def _to_others(words: str) -> bool:
    """Words that turn to the others: the staff's voice, who comes asked, the list's own count; the group called or those
    who would join, with no word of her own."""
    if _STAFF_VOICE.search(words) or _WHO_RUNS_IT.search(words) or _COMPANY_ASKED.search(words) or _LIST_COUNTED.search(words) \
            or _who_comes_asked(words):
        return True
    if _FIRST_PERSON.search(words):
        return False
    those = _THOSE_WHO.search(words)  # "要参加的 王芳一家三口": a party listed after them is one signed up
    return bool(_GROUP_CALLED.search(words)) or those is not None and not _HEADS.search(words, those.end())


def _who_comes_asked(words: str) -> bool:
    """Who comes or signs up asked, and no party of hers counted beside the question ("我家两个 谁要去" stands)."""
    return bool(_WHO_COMES_ASKED.search(words)) and not _HEADS.search(_CLOCK_OR_SPAN.sub("，", _WHO_COMES_ASKED.sub("，", words)))



def _own_occasion(words: str, event: str) -> bool:
    return bool(_OWN_OCCASION.search(words)) and not _SIGNING_UP.search(words) and not _names_open_event(words, event)


def _run_elsewhere(words: str, event: str) -> bool:
    return bool(_RUN_ELSEWHERE.search(words)) and not _names_open_event(words, event)  # the open event may be held there


def _store_asked(words: str) -> bool:
    """A clause asks the store its place, its hours, her own record or the group's rule, no other clause joins, and no
    head count of hers is said beside the question ("店的位置发一下，我叫我女婿开车送我来": how she comes, the question alone).
    Her party beside it stands, the question answered beside it ("包饺子我家三个 地址发一下", "我们娘俩去 店在哪个门啊")."""
    said = clauses(words)
    asking = [clause for clause in said if _ASKING.search(clause) and (_STORE_PLACE.search(clause) or _STORE_HOURS.search(clause)
                                                                       or _HER_RECORD.search(clause) or _GROUP_RULE.search(clause))]
    if not asking or any(_JOINED.search(clause) for clause in said if clause not in asking):
        return False
    if any(_STORE_PLACE.search(clause) for clause in asking) and _JOURNEY_TOLD.search(words):
        return True
    counted = " ".join(clause for clause in said if not (clause in asking and _HER_RECORD.search(clause)))
    return not _HEADS.search(_CLOCK_OR_SPAN.sub("", counted))


def _without_event_size(words: str, event: str, reading: Reading) -> Reading | None:
    """The reading, unless the event's own size (``_EVENT_SIZE``) is the only count: then none where the rest signs no one
    up, the rest's own count where the rules read one there ("名额20人，我报名" 1)."""
    if not _EVENT_SIZE.search(words):
        return reading
    said = [piece for piece in _PIECES.split(words) if piece]
    rest = [clause for clause in said if not _EVENT_SIZE.search(clause)]
    if len(rest) == len(said):
        return reading
    if not rest:
        return None  # the rule alone ("一大一小为一组")
    left = "，".join(rest)
    if _HER_PLACES.search(left) and all(re.match(r"\s*名额", _EVENT_SIZE.search(c).group(0)) for c in said if c not in rest):
        return reading  # "名额三个 给我留着哈": the places she asks kept, her own count
    if _GROUPS.search(left):
        return reading  # "一大一小为一组 报两组": the groups counted by the event's size, the readers' to weigh
    again = signups.read_signup(left, event)
    if again is None or again.intent != SIGNUP:
        return None if not _HEADS.search(_CLOCK_OR_SPAN.sub("，", left)) else reading
    return reading if again.amount == reading.amount else replace(reading, amount=again.amount, sure=reading.sure and again.sure)


def _wish_held_back(words: str) -> bool:
    """A wish to go with a doubt of her own after it, and no head count, no request to put her down, no question of the event."""
    held = _WISH_HELD_BACK.search(words)
    if held is None or signups.company_after_wish(words) is not None or _PUT_ME_DOWN.search(words) or _ABOUT_THE_EVENT.search(words, held.end()) \
            or _HEADS.search(_AGE_OR_SPAN.sub("，", _CLOCK_OR_SPAN.sub("，", words))):
        return False
    rest = words[held.end():]
    own = 0 if _PIECES.match(rest) else 1  # "不过，我和老伴一起": the doubt word ends its clause, none of its own to skip
    after = [piece for piece in _PIECES.split(rest) if piece][own:own + 3]  # the clauses after the doubt's own
    return not any((found := signups.read_signup(piece)) is not None and found.intent == SIGNUP and found.sure for piece in after)


def _may_they_come(words: str) -> bool:
    """Whether someone of hers may come, or what they pay, asked by what they are (``_MAY_COME``, ``_WHO_MAY``), with no head
    count of hers and nothing joined in another clause."""
    said = [piece for piece in _PIECES.split(words) if piece]
    asking = [clause for clause in said if _MAY_COME.search(clause)]
    if not asking or not any(_WHO_MAY.search(clause) for clause in said):
        return False
    if _HEADS.search(_AGE_OR_SPAN.sub("，", _CLOCK_OR_SPAN.sub("，", words))):
        return False  # "孩子能去吗 我们两大一小": her party beside the question
    return not any(_JOINS_BESIDE.search(clause) for clause in said if clause not in asking)


# The member joined to someone by a word of "with" (s26): "我和囡儿一道", "俺跟俺孩儿", "报我搭伢儿", "同我一起" — whoever the
# other is, she does not come alone, so a party of one read beside it is no sure party. The word after "with" must name a
# person (mend-s26: "我跟着大家", "我同意", "我和面", "我跟车" hold a with-word inside another word): hers ("我兄弟", "俺孩儿"), one
# by a name or a pet name (阿珍, 小石头, 老李, Lily, 王芳), kin, a child or a kind of people. Not a pronoun or the group she
# talks to or about (我跟你说, 我和他们商量, 我同佢哋讲), not whom she speaks with (说, 讲, 商量, 聊), not "with" a count (the
# count's readers' own: 我和两个娃) nor a share in a list (我和老公各一个).
_HERSELF = r"[我俺额](?!们|家|屋)"
_WITH_SOMEONE = re.compile(r"(?:^|(?<=[，,。！!？?\s报算记上]))" + _HERSELF + r"(?:" + _WITH + r")(?P<who>[^，,。！!？?\s]{1,6})"
                           r"|(?P<before>[^，,。！!？?\s]{1,6})(?:" + _WITH + r")[我俺额](?:一起|一道|一块儿?|一搭)")
_A_PERSON = re.compile(r"[我俺额咱](?!们)|[阿小老][\u4e00-\u9fff]|[A-Za-z]|" + FULL_NAME + "|" + CHILD + "|" + PEOPLE_KIND + "|"
                       + RELATIVE.pattern + "|" + HOME + "|" + PERSONS + r"|孩儿|姑娘|丫头|妞|囡|伢|崽|细路")  # a child as regions call her (俺跟孩儿, 我和姑娘: a daughter)
_NOT_COMPANY = re.compile(OTHERS_BY_PRONOUN + r"|店里|老板|群里|说|讲|商量|聊|问|打听|吵|约|" + NUMERAL + r"(?:个|位|人|口|大|小)|[俩仨各]")


def _joined_uncounted(words: str) -> bool:
    """Whether the member names herself with someone else ("我和囡儿", "同我一起"), and not as alone said."""
    if _ALONE.search(words) or _DROPS_HER_PLACE.search(words):
        return False
    return any(not _NOT_COMPANY.search(match["who"] or match["before"]) and (match["before"] or _A_PERSON.match(match["who"]))
               for match in _WITH_SOMEONE.finditer(words))


def _alone(words: str) -> bool:
    said = _ALONE.search(words)
    return said is not None and not _SOMEONE_ADDED.search(words[:said.start()] + "，" + words[said.end():])


def _someone_elses_film(words: str, event: str) -> bool:
    said = _RELAYED.search(words)
    return said is not None and "电影" in words[said.end():] and not _SCREENING.search(event) and not _PLACE_DROPPED.search(words)


def _told_as_done(words: str) -> bool:
    return bool(_TOLD_AS_DONE.search(words)) and not _JOINED.search(words)


def _never_joined(words: str) -> bool:
    return bool(_NEVER_JOINED.search(words)) and not _PLACE_DROPPED.search(words)


def _without_clock(text: str, event: str, reading: Reading) -> Reading | None:
    """The rules' party read again with clock times and durations left out: none when the count was the time ("我三点钟
    过来", "烘焙课要搞多久？两个钟头？"), asked with the other count when another is left."""
    words = _own_words(text)
    if not _CLOCK_OR_SPAN.search(words):
        return reading
    found = signups.read_signup(words, event)
    if found is None or found.intent != SIGNUP or found.amount != reading.amount:
        return reading  # not the rules' party: the partner's or the guess's, which read the words otherwise
    again = signups.read_signup(_CLOCK_OR_SPAN.sub("，", words), event)
    if again is None or again.intent != SIGNUP:
        return None
    return reading if again.amount == reading.amount else replace(reading, amount=again.amount, sure=False)


# S25: children counted by their ages ("大宝9岁，二宝3岁，我一个大人", "崽5岁 我陪到", "我带两个娃娃去，大的8岁小的5岁"): an age
# is a person of the party, never its size, and the readers' count beside ages was wrong either way (the grown-up alone,
# or a child counted twice by its count and its age) on 26 train + dev lines of 14 files. A child's age (under 18: the
# member's own 72岁 counts no one else; a limit — 三岁以上 — no one) is one child of the party; a sure party smaller than
# those children and the member where she comes along (我陪, 我带, 我和, 我一个, 加我) is asked. (A party larger than them
# — a child counted by its count and again by its age — was tried: asked 2 wrong and 5 right readings, left.)
_AGE = re.compile(signups.AGE_IN_YEARS + r"(?!以上|以下|以内|之间|到|至|[-~～])")
_SHE_COMES = re.compile(r"(?:我|俺|额|阿拉|我哋)(?:们)?(?:一个|自己|[和跟同搭带陪领挨加]|也去|也来)|(?:加|算上?|带上?|加上|加埋|计埋)(?:我|俺|额)(?=$|[\s，,。!！一自也])|大人")
_CHILD_AGE = 17
# S25 review: an age in a clause that looks back (去年6岁的时候, 小时候) or leaves the child out (来不了, 不去, 她家长带) names
# no child of this party.
_AGE_NOT_HERE = re.compile(signups._PAST_TIME + r"|的时候|(?:来|去)不了|不(?:来|去|参加)|(?:自己|他|她|人家)(?:家)?(?:家长|爸妈|大人)(?:会)?带")


def _ages_checked(words: str, reading: Reading | None) -> Reading | None:
    """``reading`` asked, with those counted, where children are given ages and its count does not hold them (see above)."""
    if reading is None or reading.intent != SIGNUP or reading.add or "岁" not in words:
        return reading
    aged = sum(1 for clause in re.split(r"[，,。！!；;\s]+", words) if not _AGE_NOT_HERE.search(clause)
               for match in _AGE.finditer(clause) if (number(match.group("n")) or 99) <= _CHILD_AGE)
    if not aged:
        return reading
    need = aged + bool(_SHE_COMES.search(words))
    return replace(reading, amount=need, sure=False) if reading.amount < need else reading  # asked with those counted
