"""The lottery's provably fair draw and its verification (the router is bot/handlers/lottery.py)."""
