"""The admin dashboard: aiohttp + jinja2 pages mounted at /admin in the bot's own process.

Groups and their members come from the shared group directory (bot/directory.py), which
every account's worker writes: with several accounts, the lead account's worker serves
the one dashboard and it shows every account's groups. Pages read the daily roll-ups
(storage/rollups.py) on reader threads; the weekly
report picture is drawn by matplotlib on a worker thread. Every page is autoescaped
and served with a Content-Security-Policy that allows scripts from this server only.
"""
from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
import os
import re
from datetime import date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

from aiohttp import web
from jinja2 import Environment, FileSystemLoader, select_autoescape

from bot.app import Bot
from bot.config.loader import ConfigError, ConfigIssue, load_config, parse_config
from bot.config.watch import text_digest
from bot.dashboard import operations, queries, words
from bot.dashboard.pages import OperationsPages
from bot.dashboard.auth import LOGIN_CSRF_COOKIE, SESSION_COOKIE, LoginLimiter, Sessions, same
from bot.dashboard.report import render_weekly
from bot.directory import group_info
from bot.events import GroupInfo
from bot.housekeeping import catch_up
from scheduler.actions import ACTIONS
from scheduler.jobs import derive_jobs
from storage import console, directory, privacy
from storage.questions import heard_since, open_questions
from storage.models import ConsoleAudit

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
PREFIX = "/admin"
PASSWORD_ENV = "QUNBOT_ADMIN_PASSWORD"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
OPEN_PATHS = ("/login", "/static/")
SESSION = web.RequestKey("session", object)


def password_from_env() -> str | None:
    """The admin password, or None (with the log line saying how to enable the dashboard)."""
    password = os.environ.get(PASSWORD_ENV, "")
    if not password.strip():
        log.warning("admin dashboard disabled: set %s (e.g. export %s='a long secret') and restart to open %s/",
                    PASSWORD_ENV, PASSWORD_ENV, PREFIX)
        return None
    return password


HEARD_SHOWN = timedelta(days=7)  # (d34) complaints and private requests on the review page this long


class Dashboard(OperationsPages):
    base = PREFIX
    def __init__(self, bot: Bot, password: str) -> None:
        self.bot = bot
        self._password = password
        settings = bot.ctx.config.dashboard
        self.sessions = Sessions(timedelta(hours=settings.session_hours), password)
        self.limiter = LoginLimiter(settings.login_attempts, timedelta(minutes=settings.lockout_minutes))
        self._pages = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(
            default=True, default_for_string=True))
        self._pages.globals["base"] = PREFIX
        self._pages.filters["local"] = self._local_time
        self._pages.filters.update(
            rule=self._rule_name, taken=partial(words.word, words.TAKEN), step=partial(words.word, words.STEPS),
            send_kind=partial(words.word, words.SENDS), outcome=words.outcome, kind=partial(words.word, words.KINDS),
            status=partial(words.word, words.STATUS), waiting=lambda q: words.waiting(q, self._local_time),
            audit=partial(words.word, words.AUDIT))

    def app(self) -> web.Application:
        """The sub-application to mount at /admin."""
        app = web.Application(middlewares=[self._guard])
        app.router.add_get("/", self._overview)
        app.router.add_get("/login", self._login_page)
        app.router.add_post("/login", self._login)
        app.router.add_post("/logout", self._logout)
        app.router.add_get("/group/{gid}", self._group)
        app.router.add_get("/group/{gid}/report.png", self._report)
        app.router.add_get("/members", self._members)
        app.router.add_get("/members.csv", self._members_csv)
        app.router.add_get("/member/{mid}", self._member)
        app.router.add_get("/member/{mid}/export.json", self._member_export)
        app.router.add_post("/member/{mid}/delete", self._member_delete)
        app.router.add_get("/config", self._config)
        app.router.add_post("/config", self._config_save)
        app.router.add_post("/group/{gid}/post", self._post_now)
        app.router.add_get("/review", self._review)
        app.router.add_post("/review/act", self._review_act)
        self._operation_routes(app)
        app.router.add_post("/send/pause", self._pause)
        app.router.add_post("/send/resume", self._resume)
        app.router.add_static("/static", HERE / "static")
        return app

    # --- the guard: login, CSRF, headers ---------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler):
        path = request.path.removeprefix(PREFIX) or "/"
        now = self.bot.clock.now()
        session = self.sessions.get(request.cookies.get(SESSION_COOKIE), now)
        if session is not None and await self.bot.db.read(partial(console.session_ended, token_sha256=session.digest),
                                                          fresh=False):  # a logout is committed before it answers
            session = None  # logged out (before a restart, maybe)
        if not path.startswith(OPEN_PATHS):
            if session is None:
                if request.method == "GET":
                    raise web.HTTPSeeOther(f"{PREFIX}/login?next={quote(request.path_qs, safe='')}")
                raise web.HTTPForbidden(text="请先登录")
            if request.method == "POST":
                form = await request.post()
                if not same(form.get("csrf"), session.csrf):
                    log.warning("dashboard: %s %s refused: missing or wrong CSRF token", request.method, request.path)
                    raise web.HTTPForbidden(text="表单已失效（缺少 CSRF 令牌），请刷新页面后重试")
        request[SESSION] = session
        try:
            response = await handler(request)
        except web.HTTPNotFound as missing:
            response = self._render(request, "notfound.html", status=404, message=missing.text or "找不到这个页面")
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    def _render(self, request: web.Request, template: str, status: int = 200, **context) -> web.Response:
        session = request.get(SESSION)
        page = self._pages.get_template(template).render(csrf=session.csrf if session else "", **context)
        return web.Response(text=page, content_type="text/html", status=status)

    # --- login ----------------------------------------------------------------------

    async def _login_page(self, request: web.Request, message: str = "", status: int = 200) -> web.Response:
        token = request.cookies.get(LOGIN_CSRF_COOKIE) or os.urandom(24).hex()
        response = self._render(request, "login.html", status=status, login_csrf=token, message=message,
                                next=_local_path(request.query.get("next") or "", ""))
        response.set_cookie(LOGIN_CSRF_COOKIE, token, path=PREFIX, httponly=True, samesite="Strict")
        return response

    async def _login(self, request: web.Request) -> web.Response:
        form = await request.post()
        now = self.bot.clock.now()
        client = request.remote or "?"
        if not same(form.get("csrf"), request.cookies.get(LOGIN_CSRF_COOKIE)):
            return await self._login_page(request, "表单已失效，请重新输入密码", status=403)
        if (wait := self.limiter.retry_after(client, now)) is not None:
            log.warning("dashboard: login from %s refused: too many wrong passwords", client)
            return await self._login_page(request, f"密码错误次数过多，请 {_duration(wait)}后再试", status=429)
        if not same(str(form.get("password", "")), self._password):
            self.limiter.failed(client, now)
            log.warning("dashboard: wrong password from %s", client)
            return await self._login_page(request, "密码不对，请再试一次", status=401)
        self.limiter.succeeded(client)
        who = str(form.get("who", "")).strip()[:20] or "管理员"
        response = web.HTTPSeeOther(_local_path(str(form.get("next", "")), f"{PREFIX}/"))
        response.set_cookie(SESSION_COOKIE, self.sessions.create(now, who), path=PREFIX, httponly=True,
                            samesite="Strict", max_age=int(self.sessions.lifetime.total_seconds()))
        raise response

    async def _logout(self, request: web.Request) -> web.Response:
        session = request[SESSION]
        await self.bot.db.write(partial(console.end_session, token_sha256=session.digest, expires=session.expires,
                                        now=self.bot.clock.now()))
        response = web.HTTPSeeOther(f"{PREFIX}/login")
        response.del_cookie(SESSION_COOKIE, path=PREFIX)
        raise response

    # --- what the pages show ----------------------------------------------------------

    def _local_time(self, at: str | datetime | None) -> str:
        """A stored UTC time (SQLite text or aware datetime) as local month-day hour:minute."""
        if at is None or at == "":
            return ""
        if isinstance(at, str):
            at = datetime.fromisoformat(at)
        if at.tzinfo is None:
            at = at.replace(tzinfo=timezone.utc)
        return at.astimezone(self._zone()).strftime("%m-%d %H:%M")

    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self.bot.ctx.config.defaults.timezone)

    def _today(self) -> date:
        return self.bot.clock.now().astimezone(self._zone()).date()

    def _rule_name(self, rule_id: str) -> str:
        config = self.bot.ctx.config
        types = {rule.id: rule.type for rules in [config.defaults.rules, *(g.settings.rules for g in config.groups)]
                 for rule in rules}
        return words.rule_name(rule_id, types)

    async def _read(self, fn, **kw):
        await catch_up(self.bot.ctx)
        return await self.bot.db.read(partial(fn, **kw))

    async def _audit(self, request: web.Request, action: str, target: str = "", detail: str = "") -> None:
        """Log who did what from the dashboard, in the log and in console_audit."""
        who, address = request[SESSION].who, request.remote or "?"
        row = ConsoleAudit(at=self.bot.clock.now(), actor=who, address=address, action=action, target=target,
                           detail=detail[:500])
        await self.bot.db.write(lambda session: session.add(row))
        log.info("dashboard: %s (%s) %s %s %s", who, address, action, target, detail[:80])

    async def _directory(self, group_id: str | None = None, **kw) -> list[directory.Entry]:
        """Every account's groups (or one), with this process's own changes written first."""
        await self.bot.directory.flush()
        return await self.bot.db.read(partial(directory.entries, group_id=group_id, **kw))

    async def _groups(self, **kw) -> list[GroupInfo]:
        return [group_info(entry) for entry in await self._directory(**kw)]

    async def _overview(self, request: web.Request) -> web.Response:
        entries = await self._directory(members=False)
        today = self._today()
        groups = {gid: (f"{name}（不在机器人的群列表里）", 0) for gid, name in
                  (await self._read(queries.stored_groups)).items()}
        groups.update({e.group_id: (e.name, e.count) for e in entries})
        rows = await self._read(queries.overview, groups=groups,
                                today=today, now=self.bot.clock.now(),
                                full_group=self.bot.ctx.config.dashboard.full_group)
        midnight = datetime.combine(today, datetime.min.time(), self._zone()).astimezone(timezone.utc)
        kpi = await self.bot.db.read(partial(queries.kpis, health=rows, day_start=midnight))
        return self._render(request, "overview.html", groups=rows, today=today, kpi=kpi,
                            paused_until=self._paused_until(),
                            full=self.bot.ctx.config.dashboard.full_group,
                            accounts={e.group_id: e.account or "未分配" for e in entries} if self.bot.ctx.config.accounts else {})

    async def _group_info(self, request: web.Request) -> tuple[GroupInfo, str]:
        """The group of the page and the account serving it, from the directory."""
        group_id = request.match_info["gid"]
        entries = await self._directory(group_id)
        if entries:
            return group_info(entries[0]), entries[0].account
        stored = await self._read(queries.stored_groups)
        if group_id not in stored:
            raise web.HTTPNotFound(text="没有这个群")
        return GroupInfo(group_id, stored[group_id], ""), ""  # only in the database: no members known

    async def _group(self, request: web.Request) -> web.Response:
        group, account = await self._group_info(request)
        here = self.bot.owns(group.id)  # its send queue lives in this process
        today, now = self._today(), self.bot.clock.now()
        data = await self._read(queries.group_page, group_id=group.id, today=today)
        dormant = []
        for member in group.members:
            days = (today - data["seen"][member.id]).days if member.id in data["seen"] else None
            if (stage := queries.dormant_stage(days)) is not None and member.id != group.owner:
                dormant.append((member, days, stage))
        settings = self.bot.ctx.settings(group.id, group.name)
        return self._render(
            request, "group.html", group=group, **data,
            dormant=sorted(dormant, key=lambda d: -(d[1] if d[1] is not None else 10**6)),
            names={m.id: m.name for m in group.members}, account=account if self.bot.ctx.config.accounts else "",
            here=here, scheduled=self._scheduled(group, account, now),
            queued=self.bot.outbox.queued(group.id) if here else [],
            sent=self.bot.outbox.recent(group.id) if here else [],
            paused_until=self._paused_until() if here else None,
            budget=settings.redpacket.monthly_budget, mode=settings.moderation.mode,
            tz=ZoneInfo(settings.timezone), postable=self._postable(group),
            done=words.REVIEW_DONE.get(request.query.get("done", ""), ""),
            posted=request.query.get("posted"))

    def _postable(self, group: GroupInfo) -> dict[str, str]:
        """This group's scheduled content and product posts (by post id, with their names) that can go now."""
        if not self.bot.owns(group.id):
            return {}
        return {job.post.id: _job_name(job.post) for job in self.bot.scheduler.jobs(group.id)
                if job.post.action in NOW_ACTIONS}

    async def _post_now(self, request: web.Request) -> web.Response:
        """Run one of the group's content or product posts now, as its schedule would (through the send queue)."""
        group, _ = await self._group_info(request)
        post_id = str((await request.post()).get("post", ""))
        owned = self.bot.scheduler.jobs(group.id) if self.bot.owns(group.id) else []
        jobs = [job for job in owned if job.post.id == post_id]
        if not jobs or jobs[0].post.action not in NOW_ACTIONS:
            raise web.HTTPNotFound(text="这个群没有这项定时内容")
        await ACTIONS[jobs[0].post.action](self.bot.ctx, jobs[0].post, jobs, self.bot.clock.now())
        await self._audit(request, "post_now", group.id, post_id)
        raise web.HTTPSeeOther(f"{PREFIX}/group/{quote(group.id, safe='')}?posted=1#queue")

    def _scheduled(self, group: GroupInfo, account: str, now) -> list[tuple[str, list[datetime]]]:
        """Scheduled jobs of this group in the next 7 days, by kind: (its name, its times), soonest first.
        Another account's group: derived from the config as its worker derives them; an unassigned one has none."""
        until, runs = now + timedelta(days=7), []
        config = self.bot.ctx.config
        if self.bot.owns(group.id):
            jobs = self.bot.scheduler.jobs(group.id)
        else:
            jobs = list(derive_jobs(config, [group]).values()) if account or not config.accounts else []
        for job in jobs:
            due = job.trigger.get_next_fire_time(None, now)
            while due is not None and due <= until and len(runs) < 200:
                runs.append((due, job.post))
                due = job.trigger.get_next_fire_time(due, due + timedelta(seconds=1))
        by_kind: dict[str, list[datetime]] = {}
        for due, post in sorted(runs, key=lambda run: run[0]):
            by_kind.setdefault(_job_name(post), []).append(due)
        return list(by_kind.items())

    async def _report(self, request: web.Request) -> web.Response:
        group, _ = await self._group_info(request)
        today = self._today()
        series = await self._read(queries.activity, group_id=group.id, today=today, days=7)
        health = (await self.bot.db.read(partial(
            queries.overview, groups={group.id: (group.name, len(group.members))}, today=today,
            now=self.bot.clock.now(), full_group=self.bot.ctx.config.dashboard.full_group)))[0]
        png = await asyncio.to_thread(render_weekly, group.name, series, health)
        return web.Response(body=png, content_type="image/png")

    async def _member_rows(self, query: str) -> list[dict]:
        """Members of every group matching ``query`` (name, id or tag), with their totals."""
        today = self._today()
        tags = await self._read(queries.tags_by_member)
        totals = await self.bot.db.read(partial(queries.member_totals, today=today))
        query = query.strip().lower()
        rows = []
        for group in await self._groups():
            for member in group.members:
                member_tags = tags.get(member.id, [])
                if query and not (query in member.name.lower() or query in member.id.lower()
                                  or any(query in t.lower() for t in member_tags)):
                    continue
                rows.append({"id": member.id, "name": member.name, "group": group.name, "group_id": group.id,
                             "tags": member_tags, **totals.get((group.id, member.id), queries.EMPTY_TOTALS)})
        return rows

    async def _members(self, request: web.Request) -> web.Response:
        query = request.query.get("q", "")
        return self._render(request, "members.html", members=await self._member_rows(query), q=query)

    async def _members_csv(self, request: web.Request) -> web.Response:
        rows = await self._member_rows(request.query.get("q", ""))
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_HEADERS)
        for r in rows:
            writer.writerow([_cell(v) for v in (r["id"], r["name"], r["group"], "|".join(r["tags"]), r["points"],
                                                r["messages_30d"], r["last_seen"])])
        return _download(("\ufeff" + out.getvalue()).encode(), "members.csv", "text/csv")  # BOM: Excel reads UTF-8

    async def _member(self, request: web.Request) -> web.Response:
        member_id = request.match_info["mid"]
        groups = [(g, m) for g in await self._groups(member_id=member_id) for m in g.members]
        data = await self._read(queries.profile, member_id=member_id)
        if not groups and not any(data.values()) and "deleted" not in request.query:
            raise web.HTTPNotFound(text="没有这位成员")
        return self._render(request, "member.html", member_id=member_id, groups=groups, data=data,
                            name=groups[0][1].name if groups else member_id,
                            names={e.group_id: e.name for e in await self._directory(members=False)},
                            deleted=request.query.get("deleted"))

    async def _member_export(self, request: web.Request) -> web.Response:
        member_id = request.match_info["mid"]
        data = await self._read(privacy.export, member_id=member_id)
        await self._audit(request, "member_export", member_id)
        body = json.dumps({"member_id": member_id, **data}, ensure_ascii=False, indent=1).encode()
        return _download(body, f"member-{re.sub(r'[^A-Za-z0-9_.-]', '_', member_id)}.json", "application/json")

    async def _member_delete(self, request: web.Request) -> web.Response:
        member_id = request.match_info["mid"]
        groups = [m.name for g in await self._groups(member_id=member_id) for m in g.members]
        typed = str((await request.post()).get("confirm", "")).strip()
        if typed not in (groups[0] if groups else member_id, member_id):
            raise web.HTTPBadRequest(text="没有删除：请输入成员的名字以确认")
        await catch_up(self.bot.ctx)  # roll the member's rows up first: group totals stay right
        touched = await self.bot.db.write(partial(privacy.forget, member_id=member_id))
        await self._audit(request, "member_delete", member_id, json.dumps(touched))
        raise web.HTTPSeeOther(f"{PREFIX}/member/{quote(member_id, safe='')}?deleted={sum(touched.values())}")

    # --- moderation review -------------------------------------------------------------

    async def _review(self, request: web.Request) -> web.Response:
        violations = await self._read(queries.violations, limit=50)
        audit = await self.bot.db.read(operations.console_audit)
        asked = sorted(await self.bot.db.read(open_questions), key=lambda q: q.asked_at)
        heard = await self.bot.db.read(partial(heard_since, since=self.bot.clock.now() - HEARD_SHOWN))  # (d34)
        entries = await self._directory(members=False)
        return self._render(request, "review.html", violations=violations, audit=audit, names=await self._names(),
                            questions=asked, heard=heard,
                            groups={e.group_id: e.name for e in entries},
                            done=words.REVIEW_DONE.get(request.query.get("done", ""), ""))

    async def _review_act(self, request: web.Request) -> web.Response:
        """Pardon, "not an ad", "is an ad" or remove, through the same storage calls as the chat commands."""
        form = await request.post()
        act, log_id = str(form.get("act", "")), str(form.get("log", ""))
        if act not in words.REVIEW_DONE or not log_id.isdigit():
            raise web.HTTPBadRequest(text="表单不完整，请刷新页面后重试")
        row = await self.bot.db.read(partial(operations.moderation_row, log_id=int(log_id)))
        if row is None:
            raise web.HTTPNotFound(text="没有这条违规记录")
        entries = await self._directory(row["group_id"], members=False)
        if act == "remove" and not (self.bot.owns(row["group_id"]) and self.bot.transport.can_remove(row["group_id"])):
            raise web.HTTPConflict(text="机器人不是这个群的群主（或此群由另一个账号负责），不能移出成员")
        done = await self.bot.db.write(partial(
            operations.review, log_id=int(log_id), act=act, owner=entries[0].owner if entries else "",
            who=request[SESSION].who, at=self.bot.clock.now()))
        if done is None:
            raise web.HTTPNotFound(text="这条违规没有保存消息原文，无法记为样本")
        if act == "remove":  # as /remove does: the removal, then the same line in the group, both queued
            group = self.bot.transport.group(done["group_id"])
            names = {m.id: m.name for m in group.members} if group is not None else {}
            self.bot.outbox.remove(done["group_id"], done["member_id"])
            self.bot.ctx.say(done["group_id"], "removed_by_staff", names=names.get(done["member_id"], done["member_id"]))
        await self._audit(request, f"review_{act}", done["member_id"], f"{done['group_id']} #{log_id}")
        back = _local_path(PREFIX + str(form.get("back", "")), f"{PREFIX}/review")
        raise web.HTTPSeeOther(f"{back}?done={act}#violations")

    async def _names(self) -> dict[str, str]:
        return {m.id: m.name for g in await self._groups() for m in g.members}

    def _paused_until(self) -> datetime | None:
        """Until when all sending is paused (the platform's limit, or the owner's pause); None: sending."""
        until = self.bot.outbox.paused_until
        return until if until is not None and until > self.bot.clock.now() else None

    @staticmethod
    def _who(request: web.Request) -> str:
        return request[SESSION].who

    @staticmethod
    def _file(body: bytes, filename: str, content_type: str) -> web.Response:
        return _download(body, filename, content_type)

    async def _pause(self, request: web.Request) -> web.Response:
        until = self.bot.clock.now() + timedelta(hours=1)
        self.bot.outbox.pause(until)
        await self._audit(request, "send_pause", detail=until.isoformat())
        raise web.HTTPSeeOther(_local_path(PREFIX + str((await request.post()).get("back", "")), f"{PREFIX}/"))

    async def _resume(self, request: web.Request) -> web.Response:
        self.bot.outbox.pause(None)
        self.bot.timeline.poke()
        await self._audit(request, "send_resume")
        raise web.HTTPSeeOther(_local_path(PREFIX + str((await request.post()).get("back", "")), f"{PREFIX}/"))

    async def _config(self, request: web.Request) -> web.Response:
        path = self.bot.config_path
        text, problems = "", []
        if path is not None:
            try:
                text = await asyncio.to_thread(path.read_text, encoding="utf-8")
                await asyncio.to_thread(load_config, path)
            except ConfigError as exc:
                problems = exc.issues
            except OSError:
                problems = [ConfigIssue("", None, "file_unreadable")]
        return self._render(request, "config.html", path=path, text=text, problems=problems,
                            saved=request.query.get("saved"))

    async def _config_save(self, request: web.Request) -> web.Response:
        """Check the edited text as check-config does; save and apply it (the /reload path) only when it passes."""
        path = self.bot.config_path
        form = await request.post()
        text = str(form.get("text", "")).replace("\r\n", "\n")
        if path is None:
            raise web.HTTPConflict(text="机器人不是从配置文件启动的，无法在这里修改")
        try:
            await asyncio.to_thread(parse_config, text, str(path), path.parent)
        except ConfigError as exc:
            return self._render(request, "config.html", status=422, path=path, text=text, problems=exc.issues,
                                checked=True)
        if form.get("act") != "save":
            return self._render(request, "config.html", path=path, text=text, problems=[], checked=True)
        await asyncio.to_thread(_replace_file, path, text)
        errors = await self.bot.reload()
        await self.bot.config_watch.saved(partial(  # the other workers sharing the database reload it
            console.config_saved, at=self.bot.clock.now(), actor=request[SESSION].who, account=self.bot.account or "",
            text_sha256=text_digest(text)))
        await self._audit(request, "config_saved", str(path), "; ".join(errors))
        if errors:  # e.g. this worker's account was removed: saved, the running config kept
            return self._render(request, "config.html", status=422, path=path, text=text, kept=True,
                                problems=[ConfigIssue("", None, "reload_kept", {"text": e}) for e in errors])
        raise web.HTTPSeeOther(f"{PREFIX}/config?saved=1")


def _replace_file(path: Path, text: str) -> None:
    """Write ``text`` beside ``path`` and rename it over: a crash never leaves half a config."""
    temporary = path.with_name(path.name + ".saving")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


NOW_ACTIONS = ("post", "product")  # what "post now" may run: content and products, not the owner's reports


def _job_name(post) -> str:  # noqa: ANN001 (a ScheduledPost)
    return "定时问候" if post.action == "post" and post.template else words.word(words.JOBS, post.action)


CSV_HEADERS = ["成员编号", "名字", "群", "标签", "积分", "30天消息", "最近发言"]


def _local_path(path: str, default: str) -> str:
    """``path`` when it is a page of this dashboard (a login's way back), else ``default``: never another site."""
    if path.startswith(PREFIX + "/") and not path.startswith(PREFIX + "//") and "\\" not in path:
        return path
    return default


def _duration(wait: timedelta) -> str:
    seconds = max(1, round(wait.total_seconds()))
    return f"{seconds} 秒" if seconds < 60 else f"{round(seconds / 60)} 分钟"


def _cell(value) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    if not isinstance(value, str):
        return str(value)
    text = value
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _download(body: bytes, filename: str, content_type: str) -> web.Response:
    ascii_name = re.sub(r"[^A-Za-z0-9_.-]", "_", filename)
    return web.Response(body=body, content_type=content_type, charset="utf-8", headers={
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"})


async def serve(bot: Bot, host: str, port: int) -> web.AppRunner | None:
    """The dashboard on its own address (when there is no playground to mount it on)."""
    app = web.Application()
    if mount(app, bot) is None:
        return None
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as exc:  # the bot still runs; the dashboard says why it is not there
        log.error("admin dashboard: cannot listen on %s:%d (%s); set dashboard.port in config.yaml", host, port, exc)
        await runner.cleanup()
        return None
    log.info("admin dashboard: http://%s:%d%s/", host, runner.addresses[0][1], PREFIX)
    return runner


def mount(app: web.Application, bot: Bot) -> Dashboard | None:
    """Mount the dashboard at /admin when a password is set; None (and a log line) when not."""
    password = password_from_env()
    if password is None:
        return None
    dashboard = Dashboard(bot, password)
    app.add_subapp(PREFIX, dashboard.app())
    log.info("admin dashboard enabled at %s/ (password from %s)", PREFIX, PASSWORD_ENV)
    return dashboard
