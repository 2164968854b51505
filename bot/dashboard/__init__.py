"""The admin dashboard, served at /admin by the bot's own process (bot/dashboard/server.py)."""
