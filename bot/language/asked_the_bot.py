"""(u34) Whether a message asks the bot something: one of the bot's own question readers takes it (her records, the
games' status, the sign-in), or it is short and has a question's form (a question word, a final particle, 是不是).

For the flood rule: a member who asks again because she did not see the answer is no spammer ("我现在有多少积分" three
times in three minutes). A sign-in repeated ("签到签到签到"), an advert pasted again, a sticker's words are not questions
and stay repeats. Pure; the readers it calls are linear, and it reads at most ``LONGEST`` characters.
"""
from __future__ import annotations

from bot.language.game_status import DRAW_ELSEWHERE, game_asked
from bot.language.message_shape import FINAL_PARTICLE, QUESTION_FORMS
from bot.language.own_records import asks_others_points, asks_own
from bot.language.signin_questions import asks_about_signin
from bot.text import normalize

LONGEST = 30  # characters: a question to the bot is short; a longer text said again is a paste


def asks_the_bot(text: str) -> bool:
    if len(text) > LONGEST * 2:
        return False
    words = normalize(text)
    if not words or len(words) > LONGEST:
        return False
    if asks_own(text) or asks_others_points(text) or game_asked(text) not in (None, DRAW_ELSEWHERE) or asks_about_signin(text):
        return True
    return text.rstrip().endswith(("?", "？")) or FINAL_PARTICLE.search(words) is not None \
        or any(form.search(words) for form in QUESTION_FORMS)
