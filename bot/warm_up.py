"""Start-up work done off the event loop: the learned models read from their files, and every table the readers
build at their first use built now (``Bot.start`` runs ``warm_up`` in a thread before the bot takes messages).

Loaded lazily, the first order after a start read the intent score's n-grams and built the order words' sound
tables on the event loop (~1 s, every group's replies waiting behind it), and the first question the question
score and its topics (~1.3 s). Each loader keeps what it read for the process (``lru_cache``): after this, no
reader loads anything on the loop.
"""
from __future__ import annotations

import logging
import time

from bot.chain.text import order_reading, signup_reading
from bot.language import intent_model, order_quantity, party_ranker, signin_model
from bot.language.signins import read_signin
from bot.questions import asking, several, topics
from bot.questions.faq import Faq
from bot.rules.ad_model import forget_grams

log = logging.getLogger(__name__)

# Every learned model a reader may score a member's message with (the ads score is read with the rules, ``build_rules``).
# The order is measured: the intent score read after the question score and its topics leaves ~4 MB less resident
# (the n-grams they share were made first and the intent score's transient copies fill their gaps).
MODELS = (asking.model, topics.topics, intent_model.shipped, order_quantity.shipped, party_ranker.shipped,
          signin_model.shipped)
# One message of each kind the readers take, each read once: what they compile or build at first use is built here.
_ORDER, _SIGNUP, _SIGNIN, _QUESTION = "我要两份，谢谢", "我们一家三口报名", "大家早上好，签到", "鸡蛋什么时候到货？几点截单"

_warmed = False


def warm_up(faq: Faq | None, threshold: float, triggers: tuple[str, ...]) -> None:
    """Load the learned models and read one message of each kind (once a process; blocking: call it in a thread)."""
    global _warmed
    if _warmed:
        return
    started = time.perf_counter()
    for load in MODELS:
        load()
    forget_grams()  # the models share their n-grams' strings; the table that found them is no longer needed
    order_reading(_ORDER, "鸡蛋")
    order_reading(_ORDER, None)
    signup_reading(_SIGNUP)
    read_signin(_SIGNIN, triggers)
    asking.read(_QUESTION, faq, threshold)
    several.questions(_QUESTION, faq, threshold)
    _warmed = True
    log.info("learned models loaded and readers warmed in %.2f s", time.perf_counter() - started)
