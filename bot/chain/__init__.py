"""接龙: reading orders, sign-ups and chains, the CSV pick list, coupon reminders (the routers are
bot/handlers/groupbuy.py, activity.py and coupons.py)."""
