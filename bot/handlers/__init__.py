"""The order handlers run in, fixed in one place.

Slash commands are looked up by name across these routers; natural-language
handlers are tried in this order and the first match wins.
"""
from bot.handlers import admin, content, lottery, moderation, points, quiz, redpacket, signin, welcome

# Sign-in first: "签到" during a quiz or a draw is a sign-in; a draw's entry word before quiz
# answers (the quiz takes only right answers; the rest falls through to what follows).
ROUTERS = [admin.router, moderation.router, signin.router, lottery.router, quiz.router, points.router, content.router, welcome.router,
           redpacket.router]

# Durable deadlines of the games, by kind (``bot.games``).
DEADLINES = {"quiz": quiz.DEADLINES, "draw": lottery.DEADLINES}
