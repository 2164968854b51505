"""Commands everyone may see (/help) and the staff's own (/reload)."""
from __future__ import annotations

from bot.context import Ctx
from bot.events import GroupMessage
from bot.roles import Role
from bot.router import Router

router = Router("admin")


@router.command("help", aliases=("帮助", "菜单"), summary="查看您可以使用的命令")
async def show_help(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    role = ctx.role_of(msg.group_id, msg.sender.id, settings)
    usable = [{"usage": c.usage, "summary": c.summary} for c in ctx.commands if role >= c.min_role]
    ctx.reply(msg, "help_staff" if role >= Role.ASSISTANT else "help", commands=usable)


@router.command("reload", aliases=("重载",), min_role=Role.ASSISTANT, summary="重新加载配置（出错时保留原配置）")
async def reload_config(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    errors = await ctx.reload_config()
    if errors:
        ctx.reply(msg, "reload_failed", errors=errors)
    else:
        ctx.reply(msg, "reloaded", groups=len(ctx.transport.groups()))
