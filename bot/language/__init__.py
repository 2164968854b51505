"""What members type, read the way they type it: numbers, politeness, and intents.

- ``numbers``: Chinese and Arabic quantities (两, 俩, 仨, 半打, 十, 二十, 一百, ２, x2, +2).
- ``wrapping``: greetings and polite words around what a member wants ("大家早上好！签到").
- ``intents``: orders, order changes and cancellations, event sign-ups and cancellations, and
  sign-ins, each read with how sure the reading is (act, ask once, or leave alone); and the
  answer to the bot's own question ("是" / "不是").
- ``names``: products, coupons and the like named by their Chinese names, with did-you-mean.

Everything here is pure and built against the labelled corpus (``corpus/intents``), scored by
``corpus/eval_intents.py`` through the very functions the handlers call.
"""
