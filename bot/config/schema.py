"""The one strict configuration schema (pydantic v2, unknown keys rejected).

``defaults`` apply to every group, including groups the bot has never seen;
entries under ``groups`` are matched by id or by name and override the defaults
key by key. Loading: ``bot.config.loader``; line numbers and error messages: ``bot.config.yaml_files``;
checks against the features (templates, files, actions, quiz banks...): ``bot.config.checks``.
"""
from __future__ import annotations

import re
from datetime import date, time
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.config.issues import problem
from scheduler.cron import CronError, cron_trigger
from storage.engine import SCHEMES, BadDatabaseURL, configured_target, is_url, resolve_url

ID_PATTERN = r"^[A-Za-z0-9_.:-]+$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SignInSettings(Strict):
    enabled: bool = True
    triggers: list[str] = ["签到", "打卡", "签个到", "今日打卡", "每日签到", "每日打卡"]
    base_points: int = Field(5, ge=0)
    streak_bonus: int = Field(1, ge=0, description="extra points per consecutive day")
    max_points: int = Field(15, ge=0, description="cap on points for one sign-in")
    grace_days: int = Field(0, ge=0, le=7, description="missed days a streak survives (0: a missed day breaks it)")
    makeup_cost: int = Field(0, ge=0, description="points a 补签 (making up yesterday) costs; 0: no 补签")
    makeup_per_month: int = Field(2, ge=0, description="补签 allowed per member per month")
    gather_seconds: float = Field(180, ge=0, description="sign-ins within this are confirmed in one message "
                                  "(the day's first at once); 0: each confirmed at once")
    max_names: int = Field(30, ge=1, description="sign-ins named in one gathered confirmation; more start another")
    repeats_privately: bool = Field(False, description="answer a second sign-in the same day privately, not in the group")

    @field_validator("triggers")
    @classmethod
    def _non_empty(cls, value: list[str]) -> list[str]:
        if any(not t.strip() for t in value):
            raise problem("trigger_empty")
        return value


Action = Literal["log", "warn", "alert", "remove"]
# log: audit only; warn: @ the member in the group; alert: tell the owner privately;
# remove: remove the member (owner-approved by default, see ModerationSettings.removal).


class RuleBase(Strict):
    """What every rule shares: who it is, what a strike does, when it is only rehearsed."""

    id: str = Field(pattern=ID_PATTERN)
    action: Action = "warn"
    ladder: list[Action] = Field(
        [], description="what the 1st, 2nd, ... strike in the window does; the last step repeats; empty: [action]"
    )
    window_minutes: int = Field(1440, gt=0, description="strikes older than this are forgotten")
    shadow: bool = Field(False, description="decide and audit, do nothing visible")
    check_trusted: bool = Field(True, description="also check members trusted after many clean messages")
    reason: str = "违反群规"
    title: str = Field("遵守群规", description="how /rules describes the rule to members")

    @property
    def steps(self) -> list[str]:
        return list(self.ladder) or [self.action]


class BannedWordsRule(RuleBase):
    type: Literal["banned_words"]
    words: list[str] = []
    files: list[str] = Field([], description="word lists, one word per line, relative to config.yaml")
    allow: list[str] = Field([], description="words that are never flagged even if they contain a banned word")
    pinyin: bool = Field(False, description="also catch homophones (加薇信) of words of 3+ characters")
    warnings: list[str] = Field([], description="words of a warning about scams (骗子, 别信): such a message is not flagged")
    warning_files: list[str] = Field([], description="lists of such words, one per line, relative to config.yaml")
    share_files: list[str] = Field([], description="platforms' domains and names (知乎, zhihu.com): a banned word in "
                                                   "their share card (【知乎】…) with no contact in it is discussion")
    hook_files: list[str] = Field([], description="cue files (the ads rule's): their `## hook` words (私我, 进群) are a "
                                                  "contact in a share card")
    reason: str = "发布了违禁词"
    title: str = "不发违禁内容"


def check_regexes(value: list[str]) -> list[str]:
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise problem("regex_bad", pattern=pattern, position=exc.pos) from None
    return value


class RegexRule(RuleBase):
    type: Literal["regex"]
    patterns: list[str]
    reason: str = "发布了不允许的内容"
    title: str = "不发不允许的内容"

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        return check_regexes(value)


class AdsRule(RuleBase):
    """Signals (links, phones, WeChat/QQ ids, cards, QR codes, ad words) add up to a score; a learned model reads them too."""

    type: Literal["ads"]
    threshold: int = Field(3, ge=1, description="score at which a message is an ad; one ad word alone scores 1")
    allow_domains: list[str] = Field([], description="links to these domains (and their subdomains) are fine")
    share_domains: list[str] = Field([], description="well-known platforms (抖音, 淘宝): their share links score 0")
    share_files: list[str] = Field([], description="lists of such domains, one per line, relative to config.yaml")
    card_files: list[str] = Field([], description="platforms' domains and names (知乎, zhihu.com): in their share card "
                                                  "(【知乎】…) with no way to reach the writer, ad words count nothing")
    words: list[str] = Field([], description="ad words: each adds 1 point, at most 2 in all")
    warnings: list[str] = Field([], description="words of a warning about scams: there ad words and bare WeChat/QQ words count nothing")
    warning_files: list[str] = Field([], description="lists of such words, one per line, relative to config.yaml")
    files: list[str] = Field([], description="ad-word lists, one word per line, relative to config.yaml")
    cues: list[str] = Field([], description="words often in ads and in chat (朋友圈, 下款): 0 points, but the model reads the message")
    cue_files: list[str] = Field([], description="lists of such words, one per line, relative to config.yaml")
    model: bool | str = Field(True, description="the learned score: true = the shipped model, a file from "
                                                  "`qunbot train --out`, or false (points alone)")
    model_threshold: float = Field(0.85, gt=0, lt=1, description="the model's probability at which a message is an ad")
    sentence_threshold: float = Field(0.975, gt=0, le=1, description="a long message (over 30 characters) is also an ad "
                                      "when one of its sentences alone reaches this probability (an ad inside friendly chat); 1: never (nor "
                                      "its windows, bot.rules.ad_windows)")
    windows: bool = Field(False, description="a long message that is no ad as a whole is also read in windows of a "
                          "sentence or a few clauses (bot.rules.ad_windows): more ads hidden in friendly chat caught, "
                          "more false positives on hard ham; ~2% more instructions on generated text, ~42% on real chat")
    model_veto: float = Field(0.1, ge=0, lt=1, description="points that reach the threshold count unless the model's "
                                                          "probability is below this (it is nearly sure the text is chat); 0: never")
    reason: str = "发布广告或留联系方式拉人"
    title: str = "不发广告，不留微信、QQ、电话拉人"


class FloodRule(RuleBase):
    type: Literal["flood"]
    max_messages: int = Field(12, ge=1, description="more messages than this from one member within window_seconds")
    window_seconds: int = Field(60, gt=0)
    max_repeats: int = Field(3, ge=2, description="the same (or nearly the same) text this often within repeat_seconds")
    max_groups: int = Field(3, ge=2, description="the same text in this many groups within repeat_seconds")
    repeat_seconds: int = Field(600, gt=0)
    min_chars: int = Field(6, ge=1, description="shorter texts (好的, 签到) never count as repeats")
    check_trusted: bool = False
    reason: str = "刷屏或重复发送相同内容"
    title: str = "不刷屏，不重复发同样的内容"


class OffTopicRule(RuleBase):
    type: Literal["off_topic"]
    blocked: list[str] = Field(description="keywords of topics that do not belong in this group")
    allowed: list[str] = Field([], description="theme keywords: a message that mentions one is on topic")
    shadow: bool = True
    check_trusted: bool = False
    reason: str = "聊了与本群主题无关的话题"
    title: str = "聊天请围绕本群主题"


Rule = Annotated[BannedWordsRule | RegexRule | AdsRule | FloodRule | OffTopicRule, Field(discriminator="type")]


class ModerationSettings(Strict):
    mode: Literal["enforce", "shadow"] = Field(
        "enforce", description="shadow: record verdicts, do nothing visible"
    )
    removal: Literal["approve", "auto"] = Field(
        "approve", description="approve: ask the owner (/remove @member); auto: remove where the bot may"
    )
    exempt_members: list[str] = Field([], description="member ids no rule applies to")
    newcomer_messages: int = Field(3, ge=0, description="a member's first N messages get stricter checks")
    trusted_after: int = Field(50, ge=0, description="clean messages after which rules with check_trusted: false skip a member; 0: never")
    max_warnings_per_hour: int = Field(10, ge=0, description="warnings posted in one group per hour; more are audited as 'muted'")
    raid_newcomers: int = Field(5, ge=0, description="newcomers breaking rules within raid_minutes (in the owner's "
                                                     "groups) that make a raid: the owner gets one digest; 0: never")
    raid_minutes: int = Field(10, gt=0, description="the raid's window; its digest goes out when the window closes")
    alert_gather_seconds: float = Field(60, ge=0, description="the owner's messages about one member within this "
                                                              "become one (a spammer in three groups: one message)")


class ScheduledPost(Strict):
    """One scheduled action. ``{id, cron, template}`` alone is a fixed post (the original form)."""

    id: str = Field(pattern=ID_PATTERN)
    cron: str = Field(description="five fields: minute hour day month weekday, group-local time")
    action: str = Field("post", pattern=ID_PATTERN, description="what to do; the table is scheduler/actions.py")
    template: str | None = Field(None, description="post: a fixed template instead of the content library")
    series: str | None = Field(None, description="post: the content-library series (default: the group's theme)")
    tags: list[str] = Field([], description="product: only items with one of these tags; post: @ members with them")
    theme: str | None = Field(None, description="quiz: the question bank (default: the group's quiz theme)")
    period: Literal["week", "month"] = Field("week", description="leaderboard: this week's or this month's")
    enabled: bool = True

    @field_validator("cron")
    @classmethod
    def _valid_cron(cls, value: str) -> str:
        try:
            cron_trigger(value, "UTC")
        except CronError as exc:
            raise problem("cron_bad", cron=value, count=exc.count, index=exc.index, part=exc.text) from None
        return value


class QuizSettings(Strict):
    enabled: bool = True
    theme: str | None = Field(None, description="quiz bank to draw from; default: the group's theme, else store")
    timeout_minutes: int = Field(10, ge=1, le=1440, description="after this the answer is revealed")
    points: int = Field(10, ge=0, description="for the first correct answer")


def _clock_time(value: str) -> time:
    try:
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise problem("time_bad", input=value) from None


class TimeWindow(Strict):
    """A daily window in group-local time, written "22:00-07:30"; it may wrap past midnight."""

    start: time
    end: time

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, value: Any) -> Any:
        if isinstance(value, str):
            start, sep, end = value.partition("-")
            if not sep:
                raise problem("time_window_bad", input=value)
            return {"start": _clock_time(start), "end": _clock_time(end)}
        return value

    def contains(self, moment: time) -> bool:
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


class PostingSettings(Strict):
    """How much the bot may post into one group, and when not."""

    quiet_hours: TimeWindow | None = Field(TimeWindow(start=time(22), end=time(7)), description="no posts then")
    quiet_posts: Literal["wait", "skip"] = Field("wait", description="a post falling in quiet hours waits or is skipped")
    replies_in_quiet_hours: bool = Field(True, description="still answer a member who writes at night")
    max_posts_per_hour: int = Field(4, ge=1)
    max_notices_per_hour: int = Field(10, ge=1, description="announcements that answer a staff command or a deadline "
                                      "(a group-buy opened or cut off, an event, a draw, /公告) go before posts and are "
                                      "not held by max_posts_per_hour; at most this many an hour")
    max_posts_per_day: int = Field(12, ge=1, description="posts over this are skipped with a log line")


class WelcomeSettings(Strict):
    enabled: bool = True
    rules_summary: str = Field("", description="one or two lines of the group's rules, shown in the welcome")
    gather_seconds: float = Field(30, ge=0, description="joins within this time share one welcome")
    max_mentions: int = Field(50, ge=1, description="the rest are counted, not @-mentioned")
    picture: str | None = Field(None, description="a picture sent with the welcome (the group's rules poster): "
                                                  "a file relative to config.yaml, or a URL")


HonoraryRole = Literal["名誉群主", "组长", "委员", "KOL", "达人"]


class InviteSettings(Strict):
    """Credit for bringing people in; a member who leaves soon after does not count."""

    enabled: bool = True
    points: int = Field(10, ge=0, description="points for each member invited")
    min_stay_days: int = Field(7, ge=0, description="an invitee leaving within this many days takes the credit back")
    daily_cap: int = Field(20, ge=0, description="credited invites per inviter per local day; more are welcome but earn nothing")


class FaqSettings(Strict):
    enabled: bool = True
    file: str | None = Field(None, description="questions and answers, relative to config.yaml (default: shipped faq.yaml)")
    threshold: float = Field(0.65, gt=0, le=1, description="how closely a question must match an FAQ entry (0-1) to be answered")


class QuestionSettings(Strict):
    """Questions to the store that nobody answers are passed on to the staff by direct message."""

    enabled: bool = True
    sla_minutes: int = Field(30, ge=1, description="minutes of opening hours a question may wait for an answer")
    opening_hours: TimeWindow | None = Field(TimeWindow(start=time(9), end=time(21)),
                                             description="the SLA clock runs only then (group-local); none: always")
    patterns: Annotated[list[str], AfterValidator(check_regexes)] = Field(
        [], description="more forms of a question (regexes) besides the built-in ones (？, 吗, 几点, 有没有…)")
    notify: list[str] = Field([], description="member ids told of unanswered questions (default: owner and assistants)")


class DormancySettings(Strict):
    """The ladder: a gentle note after ``nudge_after_days`` of silence, the owner's list after ``list_after_days``."""

    nudge_after_days: int = Field(14, ge=1)
    list_after_days: int = Field(30, ge=1, description="then listed for the owner; removed only after /清理 确认")
    max_mentions: int = Field(10, ge=1, description="members @-mentioned in one re-engagement note")


class HealthSettings(Strict):
    target_size: int = Field(200, ge=2, description="the size a group should stay near")
    alert_size: int = Field(190, ge=1, description="from this many members the owner is told to open a new group")


class BeggingRule(Strict):
    """Members asking for red packets ("发个红包吧") get a friendly answer, not an echo (the reply cap holds)."""

    enabled: bool = True
    patterns: Annotated[list[str], AfterValidator(check_regexes)] = ["(发|来|求|给).{0,3}红包", "红包(呢|在哪|什么时候)"]


class RedPacketSettings(Strict):
    """The written red-packet policy (bot/redpacket_policy.py); amounts in yuan."""

    monthly_budget: float = Field(0, ge=0, description="0: no red packets planned for this group")
    min_amount: float = Field(5, ge=0.01)
    milestone_every: int = Field(100, ge=1, description="member counts that earn a red packet: 100, 200, ...")
    milestone_amount: float = Field(20, ge=0)
    festival_amount: float = Field(30, ge=0)
    festivals: list[str] = Field(["元旦节", "除夕", "春节", "元宵节", "妇女节", "劳动节", "儿童节", "端午节", "七夕节",
                                  "中秋节", "重阳节", "国庆节", "冬至"],
                                 description="days that earn a red packet (names as in the content library)")
    revive_amount: float = Field(10, ge=0, description="when activity dropped by half week over week")
    winner_amount: float = Field(5, ge=0, description="per weekly winner (7-day sign-in streak)")
    members_per_share: int = Field(5, ge=1, description="split: one share per this many members")
    max_shares: int = Field(100, ge=1)
    window: TimeWindow = Field(TimeWindow(start=time(20), end=time(20, 30)), description="when to send, local time")
    thank: bool = Field(True, description="thank whoever posts a red packet in the group")
    begging: BeggingRule = BeggingRule()


class ChainSettings(Strict):
    """Event sign-ups and group-buy orders (接龙): how calmly the bot answers a flood of them."""

    enabled: bool = True
    gather_seconds: float = Field(60, ge=0, description="orders and sign-ups within this share one running total")
    max_mentions: int = Field(20, ge=1, description="members @-mentioned in one running total; the rest are counted")
    max_quantity: int = Field(20, ge=1, le=999, description="most 份 one member may order, people one may sign up")
    remind_hours_before: float = Field(24, ge=0, description="the participants' reminder before an event; 0: none")


class GroupSettings(Strict):
    timezone: str = "Asia/Shanghai"
    theme: str = "general"
    assistants: list[str] = Field([], description="member ids of the store's assistants in this group")
    signin: SignInSettings = SignInSettings()
    quiz: QuizSettings = QuizSettings()
    moderation: ModerationSettings = ModerationSettings()
    rules: list[Rule] = []
    schedule: list[ScheduledPost] = []
    posting: PostingSettings = PostingSettings()
    welcome: WelcomeSettings = WelcomeSettings()
    redpacket: RedPacketSettings = RedPacketSettings()
    chain: ChainSettings = ChainSettings()
    roles: dict[str, HonoraryRole] = Field({}, description="member id -> honorary role (名誉群主, 组长, 委员, KOL, 达人)")
    invites: InviteSettings = InviteSettings()
    faq: FaqSettings = FaqSettings()
    questions: QuestionSettings = QuestionSettings()
    dormancy: DormancySettings = DormancySettings()
    health: HealthSettings = HealthSettings()

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file name
            raise problem("timezone_unknown", input=value) from None
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class GroupOverride(Strict):
    """A ``groups:`` entry after merging: who it matches, and its full settings."""

    id: str | None = None
    name: str | None = None
    account: str | None = Field(None, description="the WeChat account (a name under accounts:) that serves this group")
    settings: GroupSettings
    # Where each of settings.schedule's entries is written in the group's YAML (None: the defaults' entry, inherited).
    schedule_from: tuple[tuple[str | int, ...] | None, ...] = ()


class BotIdentity(Strict):
    id: str = Field("qunbot", pattern=ID_PATTERN)
    name: str = "群助手"


class StorageSettings(Strict):
    path: str = Field("data/qunbot.db", description="SQLite file, relative to the working directory")
    message_text_days: int = Field(7, ge=0, description="days message bodies stay in event_log (counts and kinds stay; "
                                                        "moderation evidence is kept apart); 0: dropped within the hour")


class DatabaseSettings(Strict):
    url: str | None = Field(None, description=(
        "PostgreSQL instead of the SQLite file in storage.path, e.g. postgresql://qunbot@127.0.0.1:5432/qunbot "
        "(postgresql+psycopg:// and postgresql+asyncpg:// are accepted; both run on psycopg). No password here: "
        "set PGPASSWORD, or the whole URL in QUNBOT_DATABASE_URL, which overrides this"))

    @field_validator("url")
    @classmethod
    def _known_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            url = resolve_url(value) if is_url(value) else None
        except BadDatabaseURL as exc:
            raise problem(exc.code, **exc.params) from None
        if url is None:
            raise problem("database_not_url", input=value, schemes=list(SCHEMES[1:]))
        if url.password:
            raise problem("database_password")
        return value


class DemoMember(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: str


class DemoGroup(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: str
    owner: str
    bot_is_owner: bool = False
    members: list[DemoMember]
    suggestions: list[str] = Field(["签到", "我的积分", "/help"], description="first messages the page offers to try")


class PlaygroundSettings(Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    groups: list[DemoGroup] = []


class SendSettings(Strict):
    min_interval_seconds: float = Field(1.5, ge=0, description="between any two messages (1.5 s = 40/min)")
    group_switch_seconds: float = Field(3.0, ge=0, description="extra spacing when the next message goes to another group")
    jitter_seconds: float = Field(2.0, ge=0, description="random extra spacing added to a group switch")
    dedupe_seconds: float = Field(600, ge=0, description="identical text to one group within this is dropped")
    replies_per_member: int = Field(2, ge=1, description="same answer to one member within reply_window_seconds")
    reply_window_seconds: float = Field(600, ge=0)
    pause_minutes: float = Field(30, gt=0, description="pause after the platform says we send too often")
    stale_post_minutes: float = Field(360, gt=0, description="after a restart, queued posts older than this are skipped")
    stale_reply_minutes: float = Field(10, gt=0, description="informational answers (a balance, help, a board) not sent "
                                       "within this of the question are dropped under load; confirmations always go")
    alert_to: list[str] = Field([], description="member ids told when sending pauses (default: the group owner)")


class ContentSettings(Strict):
    library: str | None = Field(None, description="posts by series, relative to config.yaml (default: shipped)")
    products: str | None = Field(None, description="the product catalogue, relative to config.yaml (default: shipped)")


class DashboardSettings(Strict):
    """The admin dashboard (/admin); enabled only when QUNBOT_ADMIN_PASSWORD is set."""

    host: str = Field("127.0.0.1", description="address with --transport wechaty (local: the playground's)")
    port: int = Field(8081, ge=0, le=65535, description="port with --transport wechaty (local: the playground's)")
    login_attempts: int = Field(5, ge=1, description="wrong passwords per address (the account: 4x) before each "
                                "further one doubles the wait for the next try, from 30 s up to 15 minutes")
    lockout_minutes: int = Field(15, ge=1, description="this long without a wrong password forgets them")
    session_hours: int = Field(12, ge=1)
    full_group: int = Field(200, ge=1, description="members at which a group is flagged as nearly full (90%)")


class CouponCampaign(Strict):
    """A coupon campaign: 满 ``threshold`` 减 ``face_value`` (yuan), at most ``quantity`` coupons in all."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    face_value: float = Field(gt=0)
    threshold: float = Field(0, ge=0, description="spend needed to use it; 0: none")
    quantity: int = Field(ge=1, description="coupons issued at most, across all groups")
    tags: list[str] = Field([], description="only members with one of these tags get it; empty: anyone")
    segments: list[str] = Field([], description="only groups with one of these themes; empty: every group")
    valid_days: int = Field(30, ge=1, description="a coupon expires this many days after it is issued")
    expires: date | None = Field(None, description="and never later than the end of this day (group-local)")

    @model_validator(mode="after")
    def _threshold_above_value(self) -> "CouponCampaign":
        if self.threshold and self.threshold <= self.face_value:
            raise problem("coupon_threshold", threshold=self.threshold, face_value=self.face_value)
        return self


class CouponRewards(Strict):
    """Campaigns whose coupons are handed out automatically (a campaign id, or none)."""

    lottery: str | None = Field(None, description="each lottery winner gets one")


class CouponSettings(Strict):
    campaigns: list[CouponCampaign] = []
    rewards: CouponRewards = CouponRewards()  # ids checked in bot.config.checks (_coupon_checks), with line numbers

    def campaign(self, campaign_id: str) -> CouponCampaign | None:
        return next((c for c in self.campaigns if c.id == campaign_id), None)


class Config(Strict):
    bot: BotIdentity = BotIdentity()
    storage: StorageSettings = StorageSettings()
    database: DatabaseSettings = DatabaseSettings()
    playground: PlaygroundSettings = PlaygroundSettings()
    dashboard: DashboardSettings = DashboardSettings()
    send: SendSettings = SendSettings()
    templates: dict[str, str] = Field({}, description="rewordings of the shipped templates, by key")
    content: ContentSettings = ContentSettings()
    member_tags: dict[str, list[str]] = Field({}, description="member id -> tags, for targeted pushes")
    defaults: GroupSettings = GroupSettings()
    groups: list[GroupOverride] = []
    coupons: CouponSettings = CouponSettings()
    accounts: dict[str, list[Annotated[str, Field(min_length=1)]]] = Field(
        {}, description="WeChat account name -> the groups it serves (ids or names); one worker per account "
                        "(qunbot run --account NAME); the first account also runs housekeeping and the dashboard; "
                        "empty: one account serves every group")

    def assignments(self) -> dict[str, str]:
        """Group id or name -> account, from ``accounts:`` lists and ``groups[].account``."""
        by_key = {key: account for account, keys in self.accounts.items() for key in keys}
        for entry in self.groups:
            if entry.account is not None:
                by_key.update({key: entry.account for key in (entry.id, entry.name) if key})
        return by_key

    @property
    def lead_account(self) -> str | None:
        """The first account listed: the one worker that runs housekeeping and serves the dashboard."""
        return next(iter(self.accounts), None)

    def database_target(self, override: str | None = None) -> str:
        """What to open: --db, else QUNBOT_DATABASE_URL, else database.url, else the SQLite file storage.path."""
        return override or configured_target(self.storage.path, self.database.url)

    def settings_for(self, group_id: str, group_name: str = "") -> GroupSettings:
        """The settings of one group: its entry by id, else by name, else the defaults."""
        for entry in self.groups:
            if entry.id is not None and entry.id == group_id:
                return entry.settings
        for entry in self.groups:
            if entry.name is not None and group_name and entry.name == group_name:
                return entry.settings
        return self.defaults
