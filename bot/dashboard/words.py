"""The one table of words the dashboard shows for the bot's internal codes (rule types, actions, job kinds...).

Pages never print a code: a code missing here shows as a neutral Chinese word, and the
browser test scans every page for English codes, so a new code is noticed.
"""
from __future__ import annotations

from datetime import datetime

RULE_TYPES = {"banned_words": "违禁词", "ads": "广告", "flood": "刷屏", "off_topic": "跑题", "regex": "自定义规则",
              "staff": "群主处理"}  # staff: a removal the owner asked for (/remove, the review page)
# What a strike's ladder step is, and what the bot actually did (moderation_log.action / .taken).
STEPS = {"log": "只记录", "warn": "提醒", "alert": "告知群主", "remove": "移出群"}
TAKEN = {"logged": "只记录", "warned": "已在群里提醒", "owner_alerted": "已私信告知群主",
         "removal_requested": "已请群主移出", "cannot_remove": "无权移出，已告知群主", "removed": "已移出群",
         "shadow": "影子模式：只记录未执行", "covered": "前一条规则已处理", "muted": "提醒太多，本次只记录",
         "pardoned": "已赦免"}
JOBS = {"post": "内容推送", "product": "商品推荐", "redpacket_plan": "红包计划（私信群主）", "quiz": "有奖问答",
        "leaderboard": "积分榜", "group_health": "群健康日报（私信群主）", "reengage": "唤醒沉默成员",
        "suggestions": "推荐重点会员和意见领袖（私信群主）", "promises": "待兑现奖品提醒（私信群主）", "birthdays": "生日祝福",
        "weekly_report": "本周周报图片（私信群主）", "coupon_reminders": "优惠券到期提醒（私信持券人）"}
SENDS = {"post": "群发内容", "say": "群里回复", "direct": "私信", "remove": "移出成员"}
OUTCOMES = {"sent": "已发送", "failed": "发送失败", "skipped: duplicate": "重复，已跳过",
            "skipped: quiet hours": "静默时段，已跳过", "refused by the platform: waits": "平台限流，等待重发"}
KINDS = {"text": "文字", "image": "图片", "voice": "语音", "video": "视频", "file": "文件", "link": "链接",
         "card": "名片", "mini_program": "小程序", "sticker": "表情", "red_packet": "红包", "system": "系统消息"}
STATUS = {"open": "进行中", "closed": "已截单", "won": "已答对", "expired": "已过期", "drawn": "已开奖",
          "done": "已结束", "issued": "未使用", "redeemed": "已核销", "in": "已报名", "wait": "候补",
          "cancelled": "已取消", "answered": "已回答", "escalated": "已转人工", "lottery": "抽奖", "manual": "手动"}

AUDIT = {"member_export": "导出成员数据", "member_delete": "删除成员数据", "send_pause": "暂停发送",
         "send_resume": "恢复发送", "order_picked_up": "标记已取货", "promise_delivered": "标记奖品已兑现",
         "review_ham": "标记不是广告并赦免", "review_ad": "标记是广告", "review_pardon": "赦免",
         "review_remove": "移出群", "config_saved": "修改配置", "post_now": "立即发送"}
REVIEW_DONE = {"ham": "已记为“不是广告”，并清除了该成员的违规记录。", "ad": "已记为“是广告”。",
               "pardon": "已清除该成员的违规记录。", "remove": "已请求把该成员移出群。"}


def word(table: dict[str, str], code: str | None, fallback: str = "其他") -> str:
    return table.get(code or "", fallback)


def rule_name(rule_id: str, rule_types: dict[str, str]) -> str:
    """A rule's id (chosen in config.yaml) as its kind's name; ``rule_types``: id -> type from the config."""
    return RULE_TYPES.get(rule_types.get(rule_id, rule_id), "规则")


def outcome(text: str) -> str:
    if text in OUTCOMES:
        return OUTCOMES[text]
    return "已跳过" if text.startswith("skipped") else "其他"


def waiting(state: dict, local) -> str:  # noqa: ANN001 (local: a datetime -> str filter)
    """Why a queued item waits (SendQueue.queued's ``why``/``until``) in words."""
    why, until = state.get("why"), state.get("until")
    when = local(until) if isinstance(until, datetime) else ""
    return {"paused": f"暂停发送至 {when}", "later": f"等到 {when}", "skip": "将被跳过（静默时段或今日已达上限）",
            "next": "马上发送"}.get(why, "等待中")
