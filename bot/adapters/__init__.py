"""Adapters: the only code that knows a chat platform. They normalise once, into ``bot.events``."""
