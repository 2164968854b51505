"""The order handlers run in, fixed in one place.

Slash commands are looked up by name across these routers; natural-language
handlers are tried in this order and the first match wins.
"""
from bot.handlers import (admin, community, content, lottery, moderation, operations, points, promises, questions,
                          quiz, redpacket, signin, welcome)
from bot.handlers import (activity, complaints, coupons, either, event_asks, game_status, groupbuy, mine, not_in_buy,
                          signin_answers)

# Sign-in first: "签到" during a quiz or a draw is a sign-in; a draw's entry word before quiz
# answers (the quiz takes only right answers; the rest falls through to what follows).
# (q33) Questions about the sign-in right after it: a message that signs in is a sign-in.
# (s33) The games' status asked in words after the own records ("我中了没", "排行榜发一下").
# (d34) A complaint before every reader: "我要投诉" privately is no order, a prize never given no question of the draw.
ROUTERS = [admin.router, moderation.router, complaints.router, signin.router, signin_answers.router, lottery.router,
           quiz.router, points.router, mine.router, game_status.router, content.router, welcome.router, redpacket.router]
# 接龙 after the games (a quiz answer "2" is not an order). With a group-buy and an event both open, a message both
# readers take ("+1", "算我一个", "取消") is sent to one of them, or asked which, by ``either`` first (R31); so is a
# number alone just after a post.
# (e33) A question of coming with her party, or of her own standing, before the sign-up readers (the event's, and
# ``either``'s with a group-buy open too): never a silent sign-up.
ROUTERS += [event_asks.router, either.router, not_in_buy.router, groupbuy.router, activity.router, coupons.router]
# Owner tools, then questions last: the FAQ answers only what nothing else took.
ROUTERS += [operations.router, promises.router, community.router, lottery.slips, questions.router]

# Durable deadlines of the games, by kind (``bot.games``).
DEADLINES = {"quiz": quiz.DEADLINES, "draw": lottery.DEADLINES}
DEADLINES |= {"groupbuy": groupbuy.DEADLINES, "groupbuy_late": groupbuy.LATE, "activity": activity.DEADLINES}
