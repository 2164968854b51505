"""The weekly report picture: a group's week in one PNG, for owners who would rather look than read.

Drawn with matplotlib's Agg backend (no display) on a worker thread: call it through
``asyncio.to_thread``. Chinese text needs a CJK font; the Noto CJK fonts (Debian:
fonts-noto-cjk) are used when installed.
"""
from __future__ import annotations

import io
import logging
from functools import lru_cache
from types import ModuleType

from bot.dashboard.queries import GroupHealth

log = logging.getLogger(__name__)

CJK_FONTS = ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC", "SimHei")


@lru_cache(maxsize=1)
def agg_matplotlib() -> ModuleType:
    """matplotlib on the Agg backend, imported at the first picture: every process that imports
    the handlers (each qunbot command, each test worker) would otherwise pay ~0.3 s for it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.figure  # noqa: F401 (the Figure class below)
    import matplotlib.font_manager  # noqa: F401
    return matplotlib


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    installed = {f.name for f in agg_matplotlib().font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            return name
    log.warning("no Chinese font found (install fonts-noto-cjk): the weekly report's Chinese text will show as boxes")
    return None


def render_weekly(group_name: str, series: dict[str, list], health: GroupHealth) -> bytes:
    matplotlib = agg_matplotlib()
    font = cjk_font()
    rc = {"font.family": [font, "sans-serif"]} if font else {}
    with matplotlib.rc_context(rc):
        figure = matplotlib.figure.Figure(figsize=(8, 4.8), dpi=100)
        figure.suptitle(f"{group_name} · 本周概况", fontsize=16)
        chart = figure.add_axes((0.08, 0.12, 0.55, 0.7))
        days = [d[5:] for d in series["days"]]
        chart.bar(days, series["messages"], color="#4e79a7", label="消息数")
        chart.plot(days, series["active"], color="#e15759", marker="o", label="活跃人数")
        chart.legend(loc="upper left", fontsize=9)
        chart.tick_params(axis="x", labelsize=8)
        numbers = [("成员", f"{health.members}"), ("7天活跃", f"{health.active_7d}"),
                   ("7天消息", f"{health.messages_7d}"), ("今日签到率", f"{health.signin_rate:.0%}"),
                   ("7天违规", f"{health.violations_7d}"), ("健康分", f"{health.health}")]
        for i, (label, value) in enumerate(numbers):
            y = 0.78 - i * 0.12
            figure.text(0.70, y, label, fontsize=11, color="#555555")
            figure.text(0.86, y, value, fontsize=14, weight="bold")
        if health.flags:
            figure.text(0.70, 0.06, "注意：" + "、".join(health.flags), fontsize=11, color="#c0392b")
        out = io.BytesIO()
        figure.savefig(out, format="png")
    return out.getvalue()
