"""Moderation: the stage that runs the rules (bot/rules/), the enforcer, reaching the owner, QR
codes in images and training the ad model (the router is bot/handlers/moderation.py)."""
