"""Red packets (红包) by a written policy: which groups, when, how much — never at random.

WeChat offers bots no way to send or open red packets, so the policy plans them
for staff and tracks spend; red packets members post already arrive as
``Kind.RED_PACKET`` events and are logged by the pipeline. The policy itself
(schema, plan, budget, reminders) is the scheduled-content issue's to build:
nothing here is wired into the bot yet.
"""
