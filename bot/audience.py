"""Who each template is for, in one place: the group, the asker privately, or staff privately.

``Ctx.reply`` routes by it (a staff-only answer goes by direct message, the group hears one
line that it was sent), ``Ctx.say`` refuses to post anything but a group template, and a
test checks that every shipped template is listed here. A new template needs a line here:
deciding who may read it is part of writing it.
"""
from __future__ import annotations

from enum import StrEnum


class Audience(StrEnum):
    GROUP = "group"  # said in the group, for everyone there
    ASKER = "asker"  # the member it concerns, privately (codes, their own records)
    STAFF = "staff"  # the owner and assistants, privately (names, tags, statistics, holders)
    # (r34) said in the group, and the same for every asker (the store's facts, the games' state, never her own
    # records): a second member asking within minutes gets "同上" pointing to the first answer (``Ctx._fold``)
    SHARED = "shared"


G, A, S, GS = Audience.GROUP, Audience.ASKER, Audience.STAFF, Audience.SHARED

AUDIENCE: dict[str, Audience] = {
    # chain.yaml: group-buys, events, coupons
    "groupbuy_opened": G, "groupbuy_usage": G, "groupbuy_busy": G, "groupbuy_too_many": G, "groupbuy_totals": G,
    "groupbuy_sold_out": G, "groupbuy_short": G, "groupbuy_same": G, "groupbuy_nothing_to_cancel": G, "groupbuy_ask_expired": G,
    "groupbuy_closed": G, "groupbuy_closed_notice": G, "groupbuy_none_open": G, "groupbuy_none": G,
    "groupbuy_named_unknown": G, "groupbuy_named_closed": G, "groupbuy_stock_usage": G, "groupbuy_stock_refused": G,
    "groupbuy_stock_changed": G,  # the stock is on the group-buy's own post
    "activity_named_unknown": G, "activity_named_started": G, "activity_none_live": G, "activity_capacity_usage": G,
    "activity_capacity_refused": G, "activity_capacity_changed": G,  # places are on the event's own post
    "time_assumed": G,  # (t32) "“星期六晚上”按 12月12日周六 20:00 算": the staff's own command, answered where typed
    "groupbuy_summary": S,  # who ordered what, with amounts: the picking list
    "groupbuy_wanted": G, "groupbuy_wanted_staff": S,  # "+1" to a product post with no group-buy open
    "groupbuy_not_in_buy": G, "groupbuy_not_in_buy_staff": S,  # (k34) goods the open group-buy does not sell, asked for
    "groupbuy_not_in_buy_beside": G,  # (f34) the same beside her order of the open product
    "activity_opened": G, "activity_usage": G, "activity_busy": G, "activity_cancelled": G, "activity_rescheduled": G, "activity_reschedule_usage": G, "activity_too_many": G, "activity_roll": G,
    "activity_waitlisted": G, "activity_same": G, "activity_short": G, "activity_not_signed_up": G, "activity_other_event": G,
    "activity_closed": G, "activity_promoted": G, "activity_none": G, "activity_closed_notice": G,
    "activity_reminder": G, "activity_place_set": G, "activity_place_usage": G, "activity_place_none": G,
    "activity_none_open": G,  # "我要报名" with no event open (F31)
    "activity_roster": S,  # the full list of names
    "coupon_issued_private": A, "coupon_list_private": A, "coupon_expiring": A,  # codes are as good as cash
    "coupon_usage": G, "coupon_given": G, "coupon_redeem_usage": G, "coupon_list_sent": G,
    "coupon_redeemed": S,  # names the coupon holder
    # commands.yaml
    "help": G, "unknown_command": G, "not_allowed": G, "sent_privately": G,
    "help_staff": S, "reloaded": S, "reload_failed": S,
    "config_not_applied": S,  # to the owners: a config saved in the dashboard that a worker did not take up
    # content.yaml
    "content_post": G, "product_post": G, "post_usage": G, "post_unknown_item": G, "post_item_unavailable": G,
    "announcement": G, "announcement_usage": G,  # (t32) /公告: the staff's own notice
    "tag_usage": G, "tag_unknown_member": G,
    "tagged": S,  # tags say things like 高血压
    # lottery.yaml
    "lottery_opened": G, "lottery_entered": G, "lottery_already": G, "lottery_word_hint": G, "lottery_not_enough_points": G,
    "lottery_busy": G, "lottery_usage": G, "lottery_result": G,
    "lottery_when": GS, "lottery_not_drawn": G, "lottery_drawn": GS,  # (s33) the draw asked about: what the group was told
    "lottery_none_recent": A,  # (m34) no draw lately, asked privately
    "lottery_my_result": A,  # (s33) "我中了吗" after the draw: her own result, privately
    # moderation.yaml
    "moderation_warn": G, "moderation_removed": G, "rules_list": G, "rules_test_usage": G, "pardon_usage": G,
    "pardoned": G, "remove_usage": G, "removed_by_staff": G, "cannot_remove_here": G,
    "moderation_owner_alert": S, "moderation_remove_request": S, "moderation_cannot_remove": S,
    "rules_test": S,  # shows what a rule matches: a recipe for getting round it
    # operations.yaml
    "faq_answer": GS, "role_usage": G, "role_staff": G, "role_set": G, "promise_usage": G, "promise_recorded": G,
    "deliver_usage": G, "deliver_delivered": G, "deliver_already": G, "deliver_unknown": G,
    "reengage": G, "pruned": G, "prune_sent_instructions": G, "birthday_usage": G, "birthday_saved": G,
    "birthday_removed": G, "birthday_greeting": G, "warn_usage": G, "kick_usage": G, "kick_staff": G,
    "birthday_noted": A, "birthday_not_a_day": A,  # (q33) her birthday told privately: answered privately
    "birthday_which_group": A,  # (z33) in several groups, none named: which group, the date held
    "kick_sent_instructions": G,
    "question_unanswered": S, "roles_list": S, "stats": S, "config_usage": S, "config_explained": S,
    "config_unknown_key": S, "promises_open": S, "promises_reminder": S, "prune_list": S, "prune_by_hand": S,
    "group_health": S, "member_suggestions": S, "kick_by_hand": S,
    # points.yaml
    "points_not_others": G,  # (s33) "芳姐有多少积分啊": each member's balance is hers to ask
    "points_balance": G, "points_usage": G, "leaderboard": G,
    "points_awarded": G,  # an award, without the member's balance (D32)
    "points_balance_staff": S,  # (s34) a member's balance asked by staff with /积分 @成员: the staff member's view
    "points_adjusted": S,  # the balances after a staff adjustment, with a warning below zero: the staff member's (D32)
    # posts.yaml
    "morning_greeting": G,
    # quiz.yaml
    "quiz_question": G, "quiz_won": G, "quiz_time_up": G, "quiz_busy": G, "quiz_unknown_theme": G,
    "quiz_disabled": G, "quiz_quiet": G, "quiz_status": GS,
    # redpacket.yaml
    "redpacket_spend_usage": G, "redpacket_thanks": G, "redpacket_begging": G,
    "redpacket_reminder": S, "redpacket_status": S,  # the store's budget
    # send.yaml
    "send_paused": S,
    # signin.yaml
    "signin_ok": G, "signin_again": G, "signin_batch": G, "signin_makeup_done": G, "signin_makeup_not_needed": G,
    "signin_makeup_limit": G, "signin_makeup_poor": G, "signin_history": G, "signin_makeup_rule": G,
    "signin_window_answer": G, "signin_streak_reason": G,  # (q33) her own sign-ins, as signin_history is
    # welcome.yaml
    "welcome": G, "invites_board": G,
    # direct.yaml: the private chat with the bot
    "direct_menu": A, "direct_which_group": A, "direct_no_group": A, "my_orders": A, "my_signups": A,
    "push_unsubscribed": A, "push_subscribed": A,
    "direct_in_group": A, "direct_thanks": A, "direct_group_noted": A, "direct_passed_on": A,  # D32: private words, answered privately
    "my_prizes": A,  # (s33) her prizes, like her coupons and orders: privately, the group hears "已私信您"
    # complaints.yaml (d34): a complaint heard, in the group briefly or privately; the staff told at once
    "complaint_heard": G, "complaint_heard_private": A, "complaint_kept_private": A, "store_heard_staff": S,
    "direct_deletion_passed_on": A, "direct_no_mention_passed_on": A, "direct_colour_not_kept": A, "direct_request_passed_on": A,  # (m34) her requests
    "direct_matter_closed": A,  # (m34) closing words, privately
    "direct_cannot_know": A,  # (s33) a question nobody at the store could answer (the weather): said plainly
    # issue 18 and 20: asking once, answers from the catalogue and the rules, cards and reports
    "groupbuy_ask": G, "groupbuy_ask_count": G, "groupbuy_ask_count_again": G, "activity_ask": G, "activity_come_answer": G, "activity_dropped": G, "activity_own_standing": G, "signed_either_answer": G, "activity_ask_party": G, "activity_ask_party_again": G, "ask_declined": G,  # one clarifying question, in the group
    "either_ask": G,  # R31: which of two open posts, asked once in the group
    "either_which": G, "groupbuy_ask_resize": G, "groupbuy_resize_which": G, "groupbuy_resize_kept": G,  # a31: asked once; a bare yes told to say which
    "catalogue_answer": GS, "groupbuy_closed_answer": GS, "whats_on_answer": GS, "event_start_answer": GS, "event_place_answer": GS, "event_places_answer": GS, "event_whats_on_answer": GS, "event_deadline_answer": GS, "rules_answer": GS, "faq_answers": GS, "keeping_answer": GS, "question_passed_on": G, "groupbuy_pickup_when": GS, "groupbuy_next_answer": GS,
    "product_card": G,  # the description line of a product's link card in a post
    "link_gap": S, "weekly_report": S, "timeline_stopped": S, "storage_fault": S,  # to the owners privately
    # issue 16: a message a database outage interrupted and that could not be held (over the bound)
    "held_dropped": A, "held_dropped_owner": S,
    "owner_alerts_digest": S,  # issue 19: several alerts to one person within moderation.alert_gather_seconds
    # issue 17: owners teaching the ad rule; raids
    "ad_usage": G, "notad_usage": G, "ad_marked": G, "notad_marked": G,  # answers to the staff member's command
    "moderation_raid_digest": S,
    "answered_above": G, "same_as_above": G, "leaderboard_above": G,  # (u34) a repeated question pointed to the answer just given
    "quiz_shown_again": G, "quiz_none_today": G, "board_own_rank": G, "signin_points_answer": GS,  # (y34) the open question again; her place; points a day
}


# Answers worth something only when prompt: under load, one not sent within send.stale_reply_minutes of
# the question is dropped (a balance 30 minutes late is noise). Confirmations of what was stored
# (a sign-in, an order, a prize) are not listed: they always go.
INFORMATIONAL = frozenset({
    "help", "help_staff", "unknown_command", "not_allowed", "points_balance", "points_balance_staff", "leaderboard", "leaderboard_above", "invites_board",
    "rules_list", "faq_answer", "faq_answers", "my_prizes", "lottery_when", "lottery_not_drawn", "lottery_drawn",
    "lottery_my_result", "quiz_status", "points_not_others", "direct_cannot_know", "coupon_list_sent", "signin_history",
    "signin_makeup_rule", "signin_window_answer", "signin_streak_reason",
    "quiz_shown_again", "quiz_none_today", "board_own_rank", "signin_points_answer",
    "my_orders", "my_signups", "question_passed_on",
    "direct_menu", "stats", "redpacket_begging", "quiz_busy", "lottery_busy", "groupbuy_busy", "activity_busy",
})


# (f34) Informational answers still worth saying when quiet hours end, to a question asked in the night ("几点开门",
# "地址在哪"): the store's FAQ, one a member a night (``Ctx._stale_at``). The rest (help texts, boards, balances) are
# stale counted from the question, as under load.
HELD_TILL_MORNING = frozenset({"faq_answer", "faq_answers"})


# (u34) Group answers the same for every asker, (r34) read from the table above (``Audience.SHARED``), so a new one is
# declared where its audience is.
SHARED_ANSWERS = frozenset(t for t, audience in AUDIENCE.items() if audience == Audience.SHARED)


def audience_of(template: str) -> Audience:
    """A template not listed (a config typo is caught at load) is treated as staff-only: private by default. A shared
    answer is a group one."""
    audience = AUDIENCE.get(template, Audience.STAFF)
    return Audience.GROUP if audience == Audience.SHARED else audience
