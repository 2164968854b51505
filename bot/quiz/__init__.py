"""The quiz: loading question banks and matching members' answers leniently (the router is bot/handlers/quiz.py)."""
