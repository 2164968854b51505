"""(s33) What a member asks of the group's games in her words: the draw's time ("几点开奖啊", "绘本几点开奖"), her own
result ("我中了没", "我中奖了吗"), who won ("谁中了啊", "开奖了没"); the last quiz ("我刚才答对了没有"); the board
("排行榜发一下", "发下积分榜").

Pure; each reading needs the question's form (a particle, 几/谁/什么时候) and a short message: "我中了个大奖 哈哈 买彩票"
tells, it does not ask, and a lottery ticket is no draw of the store's. The handler answers only while the game is there
(an open draw, or one drawn within days; a quiz asked within hours). Every pattern is a flat alternation or a bounded gap:
linear.
"""
from __future__ import annotations

import re

from bot.text import normalize

DRAW_WHEN, DRAW_MINE, DRAW_WHO, QUIZ_MINE, BOARD = "draw_when", "draw_mine", "draw_who", "quiz_mine", "board"
QUIZ_WHO, QUIZ_ANSWER, DRAW_HOW = "quiz_who", "quiz_answer", "draw_how"  # (u34) who got the last quiz right; its right answer
# (y34) the quiz's question itself ("题目是啥 刷上去了没看到"); a draw that is not the store's, asked about among members
# ("年会几点抽奖 俺闺女单位的"): chat, no one's to answer
QUIZ_QUESTION, DRAW_ELSEWHERE = "quiz_question", "draw_elsewhere"

_LONGEST = 30  # characters: a question about a game is short; a story is not one
_SELF = r"(?:我|俺|本人)"
# Draws that are not the store's: a lottery ticket, a scratch card, a raffle at work, a prize on a TV show.
_ELSEWHERE = re.compile(r"彩票|双色球|大乐透|刮刮乐|体彩|福彩|年会|公司|单位|学校|幼儿园|电视|直播间|抖音|快手|淘宝|拼多多|别的群|超市")
# (y34) ...unless the store is named beside it ("你们公司几点抽奖": the store called a company).
_THE_STORE = re.compile(r"你们|咱们|咱家|店里|群里|本群|这个群")
_WHEN = re.compile(r"(?:几点|什么时候|啥时候|啥时|何时|哪天|几号|多久|啥时间|什么时间)(?:才|能|会|再|就)?(?:开奖|抽奖|开抽)|"
                   r"开奖(?:时间|是几点|是什么时候|是啥时候|几点|什么时候|啥时候)|(?:什么时候|几点|啥时候)(?:公布|出)(?:结果|名单)")
_MINE = re.compile(_SELF + r"(?:是不是|有没有|到底)?(?:中|抽中|中奖)(?:奖|了|奖了|上了|上)?(?:吗|没|没有|么|嘛|不|了没|没中)|"
                   + _SELF + r"(?:中没中|中奖没|中奖了没|有没有中奖|有没有抽中|抽中没)")
_WHO = re.compile(r"谁(?:中了|中奖|抽中|中的)|(?:中奖|中了)的?(?:是谁|有谁|名单|的人)|"
                  r"开(?:奖|了奖)了?(?:吗|没|没有|么|嘛)|开奖结果|抽奖结果|结果出来了?(?:吗|没|没有)")
_QUIZ_MINE = re.compile(_SELF + r"(?:刚才|刚刚|刚|上次|那道题|那题)?(?:是不是|有没有)?(?:答|选|猜|回答)(?:对|中)(?:了)?"
                        r"(?:吗|没|没有|么|嘛|不|了没)|" + _SELF + r"(?:刚才|刚刚|刚)?(?:答|选)的?(?:对不对|对吗|对没)")
# (u34) How to enter the draw ("怎么参加", "抽奖咋弄", "我要按摩仪吗 怎么参加"): told the word, never entered silently.
_HOW = re.compile(r"(?:怎么|咋|如何|怎样)(?:样|才能|才|能)?(?:参加|参与|报名|抽奖|抽|弄|玩)|(?:抽奖|奖品)(?:怎么|咋|如何)")
# (u34) The last quiz asked about without "我": who got it right ("刚才那题谁答对了", "上一题谁赢了") and its right answer
# ("正确答案是啥啊", "刚才的题答案是多少", "那道题选啥"). The answer needs 题 or 正确/标准 beside it: "答案是什么" alone may
# be about anything; a riddle told ("脑筋急转弯 答案是什么") is the writer's own, so 谜/急转弯 leave it.
_QUIZ_WORD = r"(?:(?<!问)题|正确|标准|问答)"  # (r34) "这个问题…" is any question, not the quiz's
_QUIZ_WHO = re.compile(r"谁(?:答对|答中|猜对|先答对|抢到了?积分|拿到积分|得了积分)|(?:答对|答中)的?(?:是谁|有谁|人是谁)|"
                       r"(?:题|问答)的?.{0,4}?谁(?:赢|拿到|得到)")
_QUIZ_ANSWER = re.compile(_QUIZ_WORD + r".{0,6}?答案(?:是|到底是|应该是)?个?(?:啥|什么|多少|哪个|几|么)|"
                          r"(?<!问)题.{0,4}?(?:选|是|答)(?:啥|什么|哪个|几)")  # (r34) "刚才发的是啥" names no quiz: not its answer
# (y34) The question's text asked for ("题目是啥", "出的什么题", "题在哪 没看到", "再发一下题目"): not its answer.
_QUIZ_QUESTION = re.compile(r"题目(?:是|是个|到底是)?(?:啥|什么|哪个)|(?:啥|什么|哪个|哪道)题(?:目)?(?:啊|呀|呢|哦|来着|$)|"
                            r"出的(?:啥|什么)|问的(?:是)?(?:啥|什么)|题目?(?:呢|在哪|在哪儿|在哪里)|"
                            r"(?:没看到|没看见|没瞅见|看不到|找不到|没刷到)(?:题|题目)|(?:题|题目)(?:没看到|没看见|看不到|找不到|没刷到)|"
                            r"(?:再发|重发|再说|再出|发)(?:一遍|一下|下|个)?(?:题|题目)")
_RIDDLE = re.compile(r"谜|急转弯|考试|作业|试卷|孩子|老师")
_BOARD_WORD = r"(?:排行榜|积分榜|签到榜|排行|排名榜|榜单|活跃榜)"
_BOARD = re.compile(_BOARD_WORD + r"(?:呢|发|看|给|出来|在哪|怎么看|有吗|有没有)|"
                    r"(?:发|看|晒|出|公布|瞧|放)(?:一下|一个|下|个|看)?(?:本周|本月|这周|这个月)?的?(?:积分)?" + _BOARD_WORD)
# (u34) The board asked as a question of who leads ("谁的积分最多啊", "谁签到最多", "积分谁最高") or of her place
# ("我排第几", "我积分排第几名"), or named bare ("积分排行榜", "签到排行"). The standing must be points, sign-ins or a
# ranking: "谁家孩子最多啊" and "积分有啥用" are not the board.
_STANDING = r"(?:积分|签到|打卡|分数|分)"
_BOARD_ASKED = re.compile(r"谁(?:的|家的)?" + _STANDING + r"(?:最多|最高|第一|多|排第一)|"
                          r"(?:积分|签到|打卡)(?:谁|哪个|哪位)(?:最多|最高|第一)|谁(?:签到|打卡)(?:最多|次数最多|天数最多|最勤)|"
                          + _SELF + r"(?:的)?(?:积分|签到)?(?:排|排名|排行|排到)(?:第几|多少(?!号)|几名|在哪)|"
                          r"(?:榜|排行)上?(?:面)?" + _SELF + r"(?:排|排名|排到|在)(?:第几|多少|几名|哪)|"
                          r"^(?:积分|签到|打卡)(?:排行榜?|排名|榜)[呢吗啊呀?？]*$")
_NOT = re.compile(r"不用|不要|别|不想")


def game_asked(text: str) -> str | None:
    """The game status a message asks for, or None."""
    if len(text) > _LONGEST * 2:
        return None
    words = normalize(text)
    if not words or len(words) > _LONGEST:
        return None
    if (_BOARD.search(words) or _BOARD_ASKED.search(words)) and not _NOT.search(words):
        return BOARD
    if _QUIZ_MINE.search(words):
        return QUIZ_MINE
    if not _RIDDLE.search(words) and "答案" not in words and _QUIZ_QUESTION.search(words):
        return QUIZ_QUESTION
    if not _RIDDLE.search(words):
        if _QUIZ_WHO.search(words):
            return QUIZ_WHO
        if _QUIZ_ANSWER.search(words):
            return QUIZ_ANSWER
    if _ELSEWHERE.search(words) and not _THE_STORE.search(words):
        return DRAW_ELSEWHERE if any(p.search(words) for p in (_MINE, _WHEN, _HOW, _WHO)) else None
    if _MINE.search(words):
        return DRAW_MINE
    if _WHEN.search(words):
        return DRAW_WHEN
    if _HOW.search(words):
        return DRAW_HOW
    if _WHO.search(words):
        return DRAW_WHO
    return None


# (r34) "怎么参加" with nothing else said ("这个怎么弄啊", "请问咋参加呀"): bare, the only open game's; an object named
# ("这个小程序怎么弄啊", "怎么参加团购", "优惠券咋弄") is that object's, not the draw's.
_HOW_FILLER = re.compile(r"请问|这个|那个|这|那|我|要|想|问下|问一下|[啊呀呢吗嘛哦哈啦]")


_CLAUSES = re.compile(r"[\s,，。.!！?？~～、；;]+")


def how_is_bare(text: str) -> bool:
    """A "how to take part" with no object named beside it, in a clause of its own ("我要按摩仪吗 怎么参加")."""
    if len(text) > _LONGEST * 2:
        return False
    for clause in _CLAUSES.split(text):
        words = normalize(clause)
        if _HOW.search(words) and _HOW_FILLER.sub("", _HOW.sub("", words, count=1)) == "":
            return True
    return False


_BOARD_NAMED = re.compile(r"积分|分数|榜|签到|打卡|活跃")


def board_named(text: str) -> bool:
    """(r34) The board's own words (积分, 榜, 签到): "我排第几" alone may be her place in a queue or on a waitlist."""
    return _BOARD_NAMED.search(normalize(text)) is not None


def board_kind(text: str) -> str:
    """The words `/排行` reads for its board and period, from her message ("签到榜" -> 签到, "这个月" -> 本月)."""
    words = normalize(text)
    board = "签到" if "签到" in words or "打卡" in words else "活跃" if "活跃" in words else "积分"
    return board + (" 本月" if "月" in words else "")


# (y34) Her own place on the board ("我排第几", "积分榜上俺排第几", "俺积分排第几名"): the board, and her rank beside it.
_OWN_RANK = re.compile(_SELF + r"(?:的)?(?:积分|签到)?(?:排|排名|排行|排到|在)(?:第几|多少|几名|哪)")


def asks_own_rank(text: str) -> bool:
    """The board asked for her own place on it."""
    return game_asked(text) == BOARD and _OWN_RANK.search(normalize(text)) is not None
