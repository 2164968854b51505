"""The order handlers run in, fixed in one place.

Slash commands are looked up by name across these routers; natural-language
handlers are tried in this order and the first match wins.
"""
from bot.handlers import admin, moderation, signin

ROUTERS = [admin.router, moderation.router, signin.router]
