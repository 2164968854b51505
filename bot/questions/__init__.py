"""Questions to the store: reading a question, FAQ matching, products and the open group-buy for
answers, and the unanswered-question watch (the router is bot/handlers/questions.py)."""
