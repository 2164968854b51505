"""Commands everyone may see (/help) and the staff's own (/reload); a staff member's "是" to a command the bot
suggested ("您是说“…”吗？")."""
from __future__ import annotations

from dataclasses import replace

from bot.commands import parse_command
from bot.context import Ctx
from bot.events import GroupMessage
from bot.language.intents import answer
from bot.roles import Role
from bot.router import Router

router = Router("admin")


@router.command("help", aliases=("帮助", "菜单"), usage="/帮助", summary="查看您可以使用的命令")
async def show_help(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    role = ctx.role_of(msg.group_id, msg.sender.id, settings)
    usable = [{"usage": c.usage, "summary": c.summary} for c in ctx.commands if role >= c.min_role]
    ctx.reply(msg, "help_staff" if role >= Role.ASSISTANT else "help", commands=usable)


@router.command("reload", aliases=("重载",), min_role=Role.ASSISTANT, usage="/重载", summary="重新加载配置（出错时保留原配置）")
async def reload_config(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    errors = await ctx.reload_config()
    if errors:
        ctx.reply(msg, "reload_failed", errors=errors)
    else:
        ctx.reply(msg, "reloaded", groups=len(ctx.transport.groups()))


# --- a staff member's "是" to the bot's "您是说“…”吗？" (F31) ------------------------------------


def _answers_suggestion(ctx: Ctx, msg: GroupMessage) -> bool:
    """A yes or a no ("是", "对的", "嗯", "不是") from the staff member the bot suggested a command to, while it is held."""
    return (not msg.private and ctx.games.suggestion(msg.group_id, msg.sender.id, msg.at) is not None
            and ctx.is_staff(msg) and answer(msg.text) is not None)


@router.natural(_answers_suggestion)
async def suggestion_confirmed(ctx: Ctx, msg: GroupMessage) -> None:
    """"是": the suggested command runs as if she had typed it (its own checks and replies, her role checked again);
    "不是": it is forgotten. Either way once: a second "是" runs nothing."""
    suggested = ctx.games.suggestion(msg.group_id, msg.sender.id, msg.at)
    await ctx.games.drop_suggestion(msg.group_id, msg.sender.id)
    parsed = parse_command(suggested.text)
    command = ctx.find_command(parsed.name) if parsed is not None else None
    role = ctx.role_of(msg.group_id, msg.sender.id, ctx.settings(msg.group_id, msg.group_name))
    if not answer(msg.text) or command is None or role < command.min_role:
        return
    await command.handler(ctx, replace(msg, text=suggested.text, mentions=suggested.mentions), parsed.args)
