"""Tables. Invariants live here, in SQL: unique keys, not check-then-insert."""
from __future__ import annotations

from datetime import date, datetime, timezone

import sqlalchemy as sa
from sqlmodel import Field, SQLModel


class UTCDateTime(sa.types.TypeDecorator):
    """Stores naive UTC, returns aware UTC (SQLite keeps no offsets)."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store aware UTC times only")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        return None if value is None else value.replace(tzinfo=timezone.utc)


def utc_column(**kw) -> sa.Column:
    return sa.Column(UTCDateTime(), nullable=False, **kw)


class EventLog(SQLModel, table=True):
    """Engagement log: every message, join and leave, written in batches."""

    __tablename__ = "event_log"
    __table_args__ = (
        sa.Index("ix_event_log_group_at", "group_id", "at"),
        sa.Index("ix_event_log_group_member", "group_id", "member_id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=utc_column())
    group_id: str
    member_id: str
    event: str  # message | join | leave | direct
    kind: str | None = None
    text: str | None = None
    inviter: str | None = None


class SignIn(SQLModel, table=True):
    __tablename__ = "sign_in"
    __table_args__ = (sa.UniqueConstraint("group_id", "member_id", "day", name="uq_sign_in_once_a_day"),
                      sa.Index("ix_sign_in_day", "day", "group_id"))  # today's sign-ins (dashboard)
    id: int | None = Field(default=None, primary_key=True)
    group_id: str = Field(index=True)
    member_id: str
    day: date  # the group's local day
    at: datetime = Field(sa_column=utc_column())
    streak: int
    points: int
    repeats: int = 0  # further sign-in attempts that day (the bot answers only the first)


class PointsEntry(SQLModel, table=True):
    """Append-only points ledger; a balance is a sum. The key makes retries harmless."""

    __tablename__ = "points_ledger"
    __table_args__ = (sa.Index("ix_points_group_member", "group_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=utc_column())
    group_id: str
    member_id: str
    delta: int
    reason: str
    source: str
    idempotency_key: str = Field(sa_column=sa.Column(sa.String, nullable=False, unique=True))


class ModerationLog(SQLModel, table=True):
    """Audit trail of every verdict, enforced or shadowed."""

    __tablename__ = "moderation_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=utc_column())
    group_id: str = Field(index=True)
    member_id: str
    rule: str
    action: str  # the ladder step this strike reached: log | warn | alert | remove
    taken: str  # what was done: logged | warned | owner_alerted | removed | removal_requested | covered | shadow
    reason: str
    evidence: str


class Strike(SQLModel, table=True):
    """One violation counted towards a rule's escalation ladder; /pardon sets ``pardoned``.

    Strikes add up across the groups of one ``owner`` (the person told: a spammer in three
    of an owner's groups is one spammer, not three first offenders)."""

    __tablename__ = "moderation_strike"
    __table_args__ = (sa.Index("ix_strike_member", "group_id", "member_id", "rule", "at"),
                      sa.Index("ix_strike_owner", "owner", "member_id", "rule", "at"))
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=utc_column())
    group_id: str
    member_id: str
    rule: str
    shadow: bool = False  # shadow strikes escalate only among themselves
    pardoned: bool = False
    owner: str = Field(default="", sa_column_kwargs={"server_default": ""})  # "": unknown, the group alone counts
    text: str = Field(default="", sa_column_kwargs={"server_default": ""})  # what was struck: a pardon labels it


LABELS = ("ad", "ham")
LABEL_SOURCES = ("pardon", "remove", "ad", "notad", "dashboard")


class ModerationLabel(SQLModel, table=True):
    """An owner's decision on a message ("is an ad" / "not an ad"): a labelled example for ``qunbot train``."""

    __tablename__ = "moderation_label"
    __table_args__ = (
        sa.CheckConstraint("label IN ('ad', 'ham')", name="ck_label_kind"),
        sa.CheckConstraint("source IN ('pardon', 'remove', 'ad', 'notad', 'dashboard')", name="ck_label_source"),
    )
    id: int | None = Field(default=None, primary_key=True)
    text: str
    label: str  # ad | ham
    group_id: str
    member_id: str  # who wrote the text
    decided_by: str  # the staff member who decided
    decided_at: datetime = Field(sa_column=utc_column())
    source: str  # pardon | remove | ad | notad | dashboard


class JobState(SQLModel, table=True):
    """Durable progress of scheduled jobs, so a restart neither repeats nor skips."""

    __tablename__ = "job_state"
    job_id: str = Field(primary_key=True)
    last_run_at: datetime = Field(sa_column=utc_column())


def one_open_per_group(name: str) -> sa.Index:
    """A partial unique index: at most one row with status 'open' per group."""
    only_open = sa.text("status = 'open'")
    return sa.Index(name, "group_id", unique=True, sqlite_where=only_open, postgresql_where=only_open)


class QuizRound(SQLModel, table=True):
    """One quiz question put to a group. Its expiry is stored, so a restart still reveals it."""

    __tablename__ = "quiz_round"
    __table_args__ = (one_open_per_group("uq_quiz_round_open"),)  # a second /quiz is refused by the database
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    group_name: str
    theme: str
    question_id: str
    asked_at: datetime = Field(sa_column=utc_column())
    expires_at: datetime = Field(sa_column=utc_column())
    points: int
    status: str = "open"  # open | won | expired
    winner_id: str | None = None
    answered_at: datetime | None = Field(default=None, sa_column=sa.Column(UTCDateTime(), nullable=True))


class Draw(SQLModel, table=True):
    """A lottery (抽奖). The seed's SHA-256 is published at open; the seed itself at the draw."""

    __tablename__ = "draw"
    __table_args__ = (one_open_per_group("uq_draw_open"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    group_name: str
    opened_by: str
    opened_at: datetime = Field(sa_column=utc_column())
    prize: str
    winners: int
    entry_word: str
    deadline: datetime = Field(sa_column=utc_column())
    cost: int = 0  # points an entry costs
    seed: str  # secret until the draw
    seed_hash: str
    status: str = "open"  # open | drawn
    winner_ids: str = ""  # JSON list, in draw order


class QuizAttempt(SQLModel, table=True):
    """A member's first pick in a multiple-choice round: one per member, so cycling A, B, C wins nothing."""

    __tablename__ = "quiz_attempt"
    __table_args__ = (sa.UniqueConstraint("round_id", "member_id", name="uq_quiz_attempt_once"),)
    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(index=True)
    member_id: str
    at: datetime = Field(sa_column=utc_column())


class DrawEntry(SQLModel, table=True):
    __tablename__ = "draw_entry"
    __table_args__ = (sa.UniqueConstraint("draw_id", "member_id", name="uq_draw_entry_once"),)
    id: int | None = Field(default=None, primary_key=True)
    draw_id: int = Field(index=True)
    member_id: str
    at: datetime = Field(sa_column=utc_column())
    repeats: int = 0  # further attempts (the bot answers only the first)



class ContentRotation(SQLModel, table=True):
    """Which items a group has had in the current round of a series: the durable rotation cursor.

    When every eligible item has been posted the round's rows are cleared and
    the series starts again, so nothing repeats before the rest has been shown.
    """

    __tablename__ = "content_rotation"
    __table_args__ = (sa.UniqueConstraint("group_id", "series", "item_key", name="uq_rotation_item_once_a_round"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: str = Field(index=True)
    series: str
    item_key: str
    at: datetime = Field(sa_column=utc_column())


class MemberTag(SQLModel, table=True):
    """Tags for targeted pushes (育儿, 养生, 爱美食...): from config or an owner's /tag."""

    __tablename__ = "member_tag"
    __table_args__ = (sa.UniqueConstraint("member_id", "tag", name="uq_member_tag"),)
    id: int | None = Field(default=None, primary_key=True)
    member_id: str = Field(index=True)
    tag: str
    source: str  # config | command


class RedPacketLog(SQLModel, table=True):
    """Red packets seen in a group, or planned and reported as sent, and what they did to activity."""

    __tablename__ = "red_packet_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=utc_column())
    group_id: str = Field(index=True)
    sender_id: str
    amount: float | None = None  # yuan, when known (the platform does not tell)
    messages_before: int | None = None  # in the hour before
    messages_after: int | None = None  # in the hour after, filled in once that hour is over


class RedPacketPlan(SQLModel, table=True):
    """One reminder per group per local day at most: the plan the owner was sent."""

    __tablename__ = "red_packet_plan"
    __table_args__ = (sa.UniqueConstraint("group_id", "day", name="uq_red_packet_plan_daily"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    day: date
    amount: float
    shares: int
    reason: str
    milestone: int = 0  # the member count it celebrates, so each is celebrated once


class PendingPost(SQLModel, table=True):
    """Posts queued for paced sending and not yet sent: a restart resumes them instead of losing them."""

    __tablename__ = "pending_post"
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    text: str
    mentions: str = ""  # member ids, space-separated
    queued_at: datetime = Field(sa_column=utc_column())
    # Set just before the post is handed to the platform: a row still here with it set after a
    # crash may have gone out, and is not sent again (at most once).
    sending_at: datetime | None = Field(default=None, sa_column=sa.Column(UTCDateTime(), nullable=True))


class DailyGroupStats(SQLModel, table=True):
    """Roll-up of event_log per group and local day (storage/rollups.py), so the dashboard never scans the log."""

    __tablename__ = "daily_group_stats"
    group_id: str = Field(primary_key=True)
    day: date = Field(primary_key=True)
    messages: int = 0
    joins: int = 0
    leaves: int = 0
    active_members: int = 0  # members who posted that day


class DailyMemberStats(SQLModel, table=True):
    """Roll-up of event_log per member, group and local day: messages posted."""

    __tablename__ = "daily_member_stats"
    __table_args__ = (sa.Index("ix_daily_member_day", "day", "group_id", "member_id"),)
    group_id: str = Field(primary_key=True)
    member_id: str = Field(primary_key=True)
    day: date = Field(primary_key=True)
    messages: int = 0


class MemberLastSeen(SQLModel, table=True):
    """The last local day each member posted in a group: "active in 7 days" without a scan of daily rows."""

    __tablename__ = "member_last_seen"
    __table_args__ = (sa.Index("ix_member_last_seen_day", "group_id", "last_day"),)
    group_id: str = Field(primary_key=True)
    member_id: str = Field(primary_key=True)
    last_day: date


class RollupState(SQLModel, table=True):
    """How far the roll-ups have read event_log (its last id), and when bodies were last purged."""

    __tablename__ = "rollup_state"
    name: str = Field(primary_key=True)
    value: int = 0


class Activity(SQLModel, table=True):
    """An event members sign up for (活动报名). ``taken`` counts confirmed people, moved by conditional UPDATEs."""

    __tablename__ = "activity"
    __table_args__ = (one_open_per_group("uq_activity_open"),)  # open = not yet started
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    group_name: str
    opened_by: str
    title: str
    starts_at: datetime = Field(sa_column=utc_column())
    deadline: datetime = Field(sa_column=utc_column())  # sign-ups close
    remind_at: datetime | None = Field(default=None, sa_column=sa.Column(UTCDateTime(), nullable=True))
    capacity: int
    taken: int = 0
    status: str = "open"  # open (until it starts) | done
    closed_notice: bool = False  # the "sign-ups closed" post went out
    reminded: bool = False  # the day-before reminder went out
    place: str | None = None  # (m32) where it is held ("店里二楼"); None: not said (the shop's address answers, if known)


class ActivitySignup(SQLModel, table=True):
    __tablename__ = "activity_signup"
    __table_args__ = (sa.UniqueConstraint("activity_id", "member_id", name="uq_activity_signup_once"),)
    id: int | None = Field(default=None, primary_key=True)
    activity_id: int = Field(index=True)
    member_id: str
    name: str  # display name when signing up (for the roster; identity is member_id)
    people: int
    status: str  # in | wait | cancelled
    at: datetime = Field(sa_column=utc_column())  # when they last joined the list: the waitlist order


class GroupBuy(SQLModel, table=True):
    """A group-buy (团购接龙). ``sold`` moves only by conditional UPDATE: never above ``stock``."""

    __tablename__ = "group_buy"
    __table_args__ = (one_open_per_group("uq_group_buy_open"), sa.CheckConstraint("sold <= stock", name="ck_not_oversold"))
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    group_name: str
    opened_by: str
    product_id: str | None = None  # from the catalogue, when it came from there
    item: str
    price: float
    stock: int
    sold: int = 0
    deadline: datetime = Field(sa_column=utc_column())
    pickup: str
    status: str = "open"  # open | closed
    closed_at: datetime | None = Field(default=None, sa_column=sa.Column(UTCDateTime(), nullable=True))  # (m32) cut off


class GroupBuyOrder(SQLModel, table=True):
    """One member's order in a group-buy (their latest word: a repeat is not a second order)."""

    __tablename__ = "group_buy_order"
    __table_args__ = (sa.UniqueConstraint("group_buy_id", "member_id", name="uq_group_buy_order_once"),)
    id: int | None = Field(default=None, primary_key=True)
    group_buy_id: int = Field(index=True)
    member_id: str
    name: str  # display name when ordering, for the pick list
    quantity: int  # 0: cancelled
    at: datetime = Field(sa_column=utc_column())  # first ordered
    updated_at: datetime = Field(sa_column=utc_column())


class CouponStock(SQLModel, table=True):
    """How many coupons of a campaign were issued: a conditional UPDATE keeps it within the quantity."""

    __tablename__ = "coupon_stock"
    campaign_id: str = Field(primary_key=True)
    issued: int = 0


class Coupon(SQLModel, table=True):
    """A single-use coupon. Redeemed once: a conditional UPDATE from 'issued'."""

    __tablename__ = "coupon"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(sa_column=sa.Column(sa.String, nullable=False, unique=True))
    campaign_id: str = Field(index=True)
    title: str
    face_value: float
    threshold: float  # 满 threshold 减 face_value; 0: no threshold
    group_id: str
    member_id: str = Field(index=True)
    issued_at: datetime = Field(sa_column=utc_column())
    expires_at: datetime = Field(sa_column=utc_column())
    reason: str
    idempotency_key: str = Field(sa_column=sa.Column(sa.String, nullable=False, unique=True))
    status: str = "issued"  # issued | redeemed
    redeemed_by: str | None = None
    redeemed_at: datetime | None = Field(default=None, sa_column=sa.Column(UTCDateTime(), nullable=True))
    reminded_at: datetime | None = Field(default=None, sa_column=sa.Column(UTCDateTime(), nullable=True))  # once


class MemberRole(SQLModel, table=True):
    """Honorary roles given with /role (config's ``roles:`` are not stored: config stays the source)."""

    __tablename__ = "member_role"
    __table_args__ = (sa.UniqueConstraint("group_id", "member_id", name="uq_member_role"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    member_id: str
    role: int  # bot.roles.Role value; MEMBER rows are deleted, not stored
    granted_by: str
    at: datetime = Field(sa_column=utc_column())


class Invite(SQLModel, table=True):
    """Who brought whom. One row per member per group: leaving and re-joining earns nothing again."""

    __tablename__ = "invite"
    __table_args__ = (sa.UniqueConstraint("group_id", "member_id", name="uq_invite_once"),
                      sa.Index("ix_invite_inviter", "group_id", "inviter_id"))
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    member_id: str
    inviter_id: str
    joined_at: datetime = Field(sa_column=utc_column())
    credited: bool = False  # points were awarded (within the inviter's daily cap)
    revoked: bool = False  # the invitee left within min_stay_days


class OpenQuestion(SQLModel, table=True):
    """A member's question to the store, until someone answers it or the staff are told."""

    __tablename__ = "open_question"
    __table_args__ = (sa.Index("ix_open_question_status", "status", "due_at"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    group_name: str
    member_id: str
    member_name: str
    text: str
    asked_at: datetime = Field(sa_column=utc_column())
    due_at: datetime = Field(sa_column=utc_column())
    status: str = "open"  # open | answered | escalated
    # (f34) a complaint or private request said again within minutes is kept on its first row: how many times, the
    # last words in ``text`` and when in ``due_at``
    said: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class Promise(SQLModel, table=True):
    """A prize or reward promised to a member, until the owner marks it delivered (/兑现)."""

    __tablename__ = "promise"
    __table_args__ = (sa.Index("ix_promise_group_member", "group_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    member_id: str
    prize: str
    source: str  # lottery | manual
    source_key: str = Field(sa_column=sa.Column(sa.String, nullable=False, unique=True))  # a retry adds nothing
    promised_at: datetime = Field(sa_column=utc_column())
    delivered_at: datetime | None = Field(default=None, sa_column=sa.Column(UTCDateTime(), nullable=True))
    delivered_by: str | None = None


class Nudge(SQLModel, table=True):
    """Steps of the dormancy ladder taken for a member: ``nudged`` or ``listed``, once per quiet spell."""

    __tablename__ = "nudge"
    __table_args__ = (sa.Index("ix_nudge_group_member", "group_id", "member_id"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    member_id: str
    step: str  # nudged | listed
    at: datetime = Field(sa_column=utc_column())


class Birthday(SQLModel, table=True):
    """Opt-in (/生日 05-12): month and day only; greeted at most once a year (``greeted_year``). (q33) ``lunar``: the
    month and day are of the Chinese calendar (农历二月初八), greeted on the day they fall on each year; (r33b) its
    ``greeted_year`` is then the year of the Chinese calendar (once a lunar year: 腊月初二 falls twice in 2027)."""

    __tablename__ = "birthday"
    __table_args__ = (sa.UniqueConstraint("group_id", "member_id", name="uq_birthday"),)
    id: int | None = Field(default=None, primary_key=True)
    group_id: str
    member_id: str
    month: int
    day: int
    greeted_year: int = 0
    lunar: bool = Field(default=False, sa_column_kwargs={"server_default": sa.false()})


class GroupDirectory(SQLModel, table=True):
    """Every worker's groups in one place (bot/directory.py), so one dashboard shows every account's groups."""

    __tablename__ = "group_directory"
    group_id: str = Field(primary_key=True)
    name: str
    owner: str  # the group's owner (群主), a member id
    members: int
    account: str = ""  # the account serving it; "": the single-account setup, or no account claims it
    seen_at: datetime = Field(sa_column=utc_column())  # when a worker last wrote what it sees


class GroupMemberDirectory(SQLModel, table=True):
    """The members of the groups in ``group_directory``, by id (names for the dashboard's lists)."""

    __tablename__ = "group_member_directory"
    group_id: str = Field(primary_key=True)
    member_id: str = Field(primary_key=True)
    name: str


class GroupBuyPickup(SQLModel, table=True):
    """An order handed over at the pickup point (marked in the dashboard): once per order."""

    __tablename__ = "group_buy_pickup"
    order_id: int = Field(primary_key=True)
    at: datetime = Field(sa_column=utc_column())


class ConsoleAudit(SQLModel, table=True):
    """What was done from the dashboard, by whom and when (the name given at login, and the address)."""

    __tablename__ = "console_audit"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=utc_column())
    actor: str
    address: str
    action: str  # a code the dashboard's word table names (bot/dashboard/words.py AUDIT)
    target: str = ""  # what it was done to: a member, a group, an order
    detail: str = ""


class ConsoleSessionEnded(SQLModel, table=True):
    """A dashboard session logged out: its cookie is refused until it would have expired, across restarts."""

    __tablename__ = "console_session_ended"
    token_sha256: str = Field(primary_key=True)  # the cookie's digest: the cookie itself is never stored
    expires: datetime = Field(sa_column=utc_column())  # the row can go once the cookie is dead anyway


class ConfigSave(SQLModel, table=True):
    """Each config saved from the dashboard: every worker sharing the database reloads when a newer one appears."""

    __tablename__ = "config_save"
    id: int | None = Field(default=None, primary_key=True)  # the config's generation
    at: datetime = Field(sa_column=utc_column())
    actor: str  # the name given at the dashboard's login
    account: str = ""  # the worker whose dashboard saved it ("": the single-account setup)
    text_sha256: str  # the saved text's digest: a worker whose own file differs says so


class DirectChoice(SQLModel, table=True):
    """The group a member's private chat with the bot is about (the last one they named): kept across
    restarts, so someone in several groups need not name it again."""

    __tablename__ = "direct_choice"
    member_id: str = Field(primary_key=True)
    group_id: str
    at: datetime = Field(sa_column=utc_column())


class PendingSuggestion(SQLModel, table=True):
    """(m32) A staff command the bot suggested ("您是说“…”吗？", F31) and is waiting for her "是": kept across restarts."""

    __tablename__ = "pending_suggestion"
    group_id: str = Field(primary_key=True)
    member_id: str = Field(primary_key=True)
    text: str  # the command with the suggested name in place of hers
    mentions: str = "[]"  # the members it @-mentioned (a JSON list of ids; a mention is not in the text)
    until: datetime = Field(sa_column=utc_column())


class PostShown(SQLModel, table=True):
    """(m32) When a group's group-buy or event was last posted (R31: "+1" with both open follows the later post)."""

    __tablename__ = "post_shown"
    kind: str = Field(primary_key=True)  # "groupbuy" | "activity" | (y34) "quiz": when the last quiz was asked
    group_id: str = Field(primary_key=True)
    at: datetime = Field(sa_column=utc_column())


class PendingAsk(SQLModel, table=True):
    """What the bot asked a member to confirm ("您是要订 2 份鸡蛋吗？") and is waiting a "是" for:
    kept across restarts, so a "是" right after one still stores the order."""

    __tablename__ = "pending_ask"
    group_id: str = Field(primary_key=True)
    member_id: str = Field(primary_key=True)
    kind: str  # "groupbuy" | "activity" | "groupbuy_count" (how many: amount unused)
    row_id: int  # the group-buy or event asked about
    amount: int  # portions or people; 0: a cancellation
    add: bool = False  # on top of the member's order ("再来一份")
    until: datetime = Field(sa_column=utc_column())
