"""The order handlers run in, fixed in one place.

Slash commands are looked up by name across these routers; natural-language
handlers are tried in this order and the first match wins.
"""
from bot.handlers import admin, lottery, points, quiz, signin

# Sign-in before the quiz: "签到" during a quiz is a sign-in; a draw's entry word before
# quiz answers; balance questions ("我的积分") last.
ROUTERS = [admin.router, signin.router, lottery.router, quiz.router, points.router]

# Durable deadlines of the games, by kind (``bot.games``).
DEADLINES = {"quiz": quiz.DEADLINES, "draw": lottery.DEADLINES}
