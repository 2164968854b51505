"""The real WeChat road: python-wechaty's client talking to a puppet-service gateway.

The only module that imports wechaty. It turns the client's events into ours (member ids,
aware UTC times from the payload, message kinds, mentions), implements the Transport
protocol with ``room.say`` / ``room.delete``, and owns the connection's life:

- one fresh ``Wechaty`` + ``PuppetService`` per connection, with its own ``PuppetOptions``
  (never the shared default), an explicit endpoint (no discovery call), the plugin
  host/port on 127.0.0.1 and an in-memory APScheduler (no ``./.wechaty/job.db``);
- ``Wechaty.start()`` is not used: on errors it sleeps 60 s, stops the event loop, or
  returns and nothing reconnects. We run its three steps and supervise the stream;
- a ding/dong watchdog notices a silent stream within seconds; the supervisor reconnects
  with back-off, and a gateway that is down at start-up is retried with a clear log line;
- a send that fails may still have been delivered (``say`` sends, then looks the new
  message up): errors are raised to the send queue, which never retries.

Client bugs absorbed here (../shared/notes/WECHATY.md): message types >= 16 would raise
``IndexError`` and vanish (``_Puppet.message_payload``); ``room.topic()`` and member ids
stay stale (we read the room payload and ``member_list()`` ourselves and track topic
events); heartbeats never reach user code (the ding/dong watchdog); the client's
Contact/Room pools are process-global and bound to the puppet that loaded them (reset
per connection); the token is printed by one warning line (filtered out).
"""
from __future__ import annotations

import asyncio
import itertools
import logging
import os
import socket
from collections import OrderedDict
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, AsyncIterator, Sequence

from bot.adapters import wechaty_compat
from bot.events import (DirectMessage, GroupInfo, GroupMessage, Kind, Member, MemberJoined, MemberLeft, clean_member,
                        clean_text, with_card)
from bot.rich import LinkCard, MiniProgramCard, Picture, Rich
from bot.text import parse_quote

os.environ.setdefault("WECHATY_LOG", "warn")  # the client logs every message's content at info
wechaty_compat.apply()

from apscheduler.schedulers.asyncio import AsyncIOScheduler  # noqa: E402
from wechaty import Contact, Message, MiniProgram, Room, UrlLink, Wechaty, WechatyOptions  # noqa: E402
from wechaty.user.tag import Tag  # noqa: E402
from wechaty.utils.async_helper import SingleIdContainer  # noqa: E402
from wechaty_puppet import FileBox, MessageType, MiniProgramPayload, PuppetOptions, UrlLinkPayload  # noqa: E402
from wechaty_puppet_service import PuppetService  # noqa: E402
from wechaty_puppet_service.puppet import _map_message_type  # noqa: E402

if TYPE_CHECKING:
    from bot.app import Bot

log = logging.getLogger(__name__)

# TypeScript wechaty-puppet MessageType numbers, as gateways send them on the wire.
_KINDS = {7: Kind.TEXT, 6: Kind.IMAGE, 14: Kind.LINK, 9: Kind.MINI_PROGRAM, 3: Kind.CARD,
          12: Kind.RED_PACKET, 11: Kind.TRANSFER}
_REMEMBERED_IDS = 10_000
_FETCHES_AT_ONCE = 8  # groups loaded in parallel at login: hundreds at once would flood the gateway
# A gateway with TLS on accepts the TCP connection, then drops every plaintext stream.
_TLS_HINT = (" (a gateway that drops the connection before any login usually has TLS on: start it with "
             "WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_SERVER=true; this client speaks plaintext only)")
_TOKEN_VARIABLES = ("WECHATY_PUPPET_SERVICE_TOKEN", "TOKEN", "token")  # what the client reads


class _Puppet(PuppetService):
    """The service puppet, keeping each message's wire type and never failing on a new one."""

    def __init__(self, options: PuppetOptions) -> None:
        super().__init__(options)
        self.wire_types: OrderedDict[str, int] = OrderedDict()

    async def message_payload(self, message_id: str):  # type: ignore[no-untyped-def]
        payload = await self.puppet_stub.message_payload(id=message_id)
        _remember(self.wire_types, message_id, int(payload.type))
        if (received := wechaty_compat.receive_time_ms(payload)) is not None:
            payload.timestamp = received  # the current field; the deprecated one may be absent or 0
        try:
            return _map_message_type(payload)
        except IndexError:  # types >= 16 (Post, Channel, System, ...): the client would drop the message
            payload.type = MessageType.MESSAGE_TYPE_UNSPECIFIED
            return payload

    async def message_send_text(self, conversation_id: str, message: str,
                                mention_ids: list[str] | None = None) -> str | None:
        response = await self.puppet_stub.message_send_text(conversation_id=conversation_id, text=message,
                                                            mentonal_ids=mention_ids)
        return wechaty_compat.sent_id(response)


class WechatyAdapter:
    def __init__(self, endpoint: str, token: str, *, plugin_port: int = 0,
                 ding_every: float = 5.0, dong_within: float = 5.0,
                 backoff: tuple[float, float] = (1.0, 60.0), send_wait: float = 30.0) -> None:
        if not endpoint or not token:  # the token travels as the :authority header; gateways check it
            raise ValueError("both the gateway endpoint (host:port) and its token are required")
        self.endpoint, self._token = endpoint, token
        self._plugin_port = plugin_port
        self._ding_every, self._dong_within = ding_every, dong_within
        self._backoff, self._send_wait = backoff, send_wait
        self._bot: Bot | None = None
        self._wechaty: Wechaty | None = None
        self._puppet: _Puppet | None = None
        self._self = Member("", "")
        self._groups: dict[str, GroupInfo] = {}
        # Our own "handled once" record: the client's process-wide one is dropped whole at 100k ids.
        self._handled: OrderedDict[str, int] = OrderedDict()
        self._dong = asyncio.Event()
        self._was_live = False  # this connection logged in or answered a ding
        self._ever_live = False  # the TLS hint is for a gateway that never worked
        self._down_since: datetime | None = None  # a live link broke then; reported at the next login
        self.ready = asyncio.Event()  # logged in on a live stream
        secrets = {token, *(os.environ.get(name) for name in _TOKEN_VARIABLES)} - {None, ""}
        self._redact = _Redact(secrets)
        logging.getLogger("PuppetService").addFilter(self._redact)

    def bind(self, bot: Bot) -> None:
        self._bot = bot

    # --- connection life ---------------------------------------------------------------

    async def run(self) -> None:
        """Stay connected until cancelled: reconnect after every loss, backing off while down."""
        delay = self._backoff[0]
        while True:
            self._was_live = False
            try:
                await self._session()
                reason = "the event stream ended"
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # every failure means: connect again later
                reason = self._redact.clean(_describe(exc))  # a gateway quotes a wrong token back
            if self._was_live:
                delay = self._backoff[0]  # a working link broke: come back fast
                if self._down_since is None and self._bot is not None:
                    self._down_since = self._bot.clock.now()
            log.warning("wechaty gateway %s: %s; reconnecting in %.1f s%s", self.endpoint, reason, delay,
                        "" if self._ever_live else _TLS_HINT * ("Connection lost" in reason))
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._backoff[1])

    async def _session(self) -> None:
        """One connection: Stop, Start, then the event stream until it ends or goes silent."""
        await _check_reachable(self.endpoint)
        _reset_client_pools()
        puppet = _Puppet(PuppetOptions(token=self._token, end_point=self.endpoint))
        wechaty = Wechaty(WechatyOptions(puppet=puppet, puppet_options=puppet.options, host="127.0.0.1",
                                         port=self._plugin_port or _free_port(), scheduler=AsyncIOScheduler()))
        for event, listener in (("login", self._on_login), ("logout", self._on_logout), ("scan", self._on_scan),
                                ("message", self._on_message),
                                ("room-join", self._on_room_join), ("room-leave", self._on_room_leave),
                                ("room-topic", self._on_room_topic), ("dong", self._on_dong),
                                ("error", self._on_error)):
            wechaty.on(event, listener)
        self._wechaty, self._puppet = wechaty, puppet
        await wechaty.init_puppet()
        await wechaty.init_puppet_event_bridge(puppet)
        stream = asyncio.create_task(puppet.start(), name="wechaty-stream")
        watchdog = asyncio.create_task(self._watchdog(puppet), name="wechaty-watchdog")
        try:
            done, _ = await asyncio.wait({stream, watchdog}, return_when=asyncio.FIRST_COMPLETED)
            if stream in done:
                stream.result()
            else:
                raise ConnectionError(f"no dong within {self._dong_within:g} s: the event stream is silent")
        finally:
            self.ready.clear()
            for task in (stream, watchdog):
                task.cancel()
            await asyncio.gather(stream, watchdog, return_exceptions=True)
            _close(wechaty, puppet)

    async def _watchdog(self, puppet: _Puppet) -> None:
        """Return when a ding goes unanswered: heartbeats never reach us, dongs do."""
        for n in itertools.count():
            await asyncio.sleep(self._ding_every)
            self._dong.clear()
            try:
                await asyncio.wait_for(self._ding(puppet, f"qunbot-{n}"), self._dong_within)
            except asyncio.CancelledError:
                raise
            except Exception:
                return
            self._was_live = True

    async def _ding(self, puppet: _Puppet, data: str) -> None:
        await puppet.ding(data)
        await self._dong.wait()

    def _on_dong(self, data: str | None) -> None:
        self._dong.set()

    def _on_error(self, payload: object) -> None:
        """Gateways report watchdog resets and failed refreshes this way: routine, the link stays up."""
        log.warning("wechaty gateway %s reports an error (the link stays up): %s", self.endpoint,
                    str(getattr(payload, "data", payload))[:300])

    async def stop(self) -> None:
        if self._wechaty is not None and self._puppet is not None:
            _close(self._wechaty, self._puppet)
        self.ready.clear()

    # --- events in -----------------------------------------------------------------------

    async def _on_login(self, contact: Contact) -> None:
        async with _logged("login"):
            self._self = Member(contact.contact_id, contact.name)
            room_ids = await self._puppet.room_list()
            gate = asyncio.Semaphore(_FETCHES_AT_ONCE)

            async def fetch(room_id: str) -> GroupInfo:
                async with gate:
                    return await self._fetch_group(room_id)

            groups = await asyncio.gather(*(fetch(room_id) for room_id in room_ids))
            before, self._groups = self._groups, {group.id: group for group in groups}
            self._was_live = self._ever_live = True
            if self._down_since is not None:  # before ready: a caller who waits for the link sees it logged
                down_since, self._down_since = self._down_since, None
                await self._bot.link_restored(down_since, self._self.id)
            self.ready.set()
            log.info("logged in to WeChat as %s (%s) in %d group(s)", self._self.name, self._self.id, len(groups))
            await self._bot.groups_changed()
            await self._reconcile(before)

    async def _reconcile(self, before: dict[str, GroupInfo]) -> None:
        """Joins and leaves missed while the link was down, from the member lists (time: now)."""
        at = self._bot.clock.now()
        for group in self._groups.values():
            if group.id not in before:
                continue
            was, now = {m.id for m in before[group.id].members}, {m.id for m in group.members}
            for member in group.members:
                if member.id not in was and member.id != self._self.id:
                    await self._bot.handle(MemberJoined(group.id, group.name, member, at))
            for member_id in sorted(was - now - {self._self.id}):
                await self._bot.handle(MemberLeft(group.id, group.name, member_id, at))

    async def _on_logout(self, contact: Contact) -> None:
        self.ready.clear()  # sends wait for the next login instead of failing at the gateway
        log.error("WeChat account %s logged out: log in again at the gateway (scan its QR code)", contact.contact_id)

    def _on_scan(self, qr_code: str, status: object, data: object) -> None:
        log.warning("WeChat login needed: scan the QR code shown by the gateway (status %s)", status)

    async def _on_message(self, msg: Message) -> None:
        async with _logged("message"):
            wire_type = self._puppet.wire_types.pop(msg.message_id, None)
            if msg.message_id in self._handled or msg.payload.from_id == self._self.id:
                return  # a repeat after a reconnect, or the account's own message coming back
            _remember(self._handled, msg.message_id, 1)
            payload, talker = msg.payload, msg.talker()
            sender, at = clean_member(Member(talker.contact_id, talker.name)), _utc(payload.timestamp)
            text = clean_text(payload.text or "")  # made valid once: lone surrogates, NUL
            if not payload.room_id:
                await self._bot.handle(DirectMessage(sender, text, at))
                return
            group = self._groups.get(payload.room_id) or await self._learn_group(payload.room_id)
            mentions = tuple(payload.mention_ids)
            mentions_bot = self._self.id in mentions or bool(self._self.name and f"@{self._self.name}" in text)
            kind = _KINDS.get(wire_type, Kind.OTHER)
            card = await self._card(msg.message_id, kind)
            await self._bot.handle(GroupMessage(group.id, group.name, sender, with_card(text, card), at,
                                                kind, mentions, mentions_bot, msg.message_id, card=card,
                                                quote=parse_quote(text)))

    async def _card(self, message_id: str, kind: Kind) -> LinkCard | MiniProgramCard | None:
        """A shared link's or mini-program's card (moderation reads its address): None if the gateway has none."""
        try:
            if kind is Kind.LINK:
                link = await self._puppet.message_url(message_id)
                return LinkCard(link.url or "", link.title or "", link.description or "", link.thumbnailUrl or "")
            if kind is Kind.MINI_PROGRAM:
                program = await self._puppet.message_mini_program(message_id)
                return MiniProgramCard(program.appid or "", program.title or "", program.pagePath or "",
                                       program.thumbUrl or "", program.description or "")
        except Exception as exc:  # the message is handled all the same, as its text
            log.warning("wechaty: the card of message %s could not be read: %s", message_id, _describe(exc))
        return None

    async def _on_room_join(self, room: Room, invitees: list[Contact], inviter: Contact, date: datetime) -> None:
        async with _logged("room-join"):
            if any(c.contact_id == self._self.id for c in invitees):
                await self._learn_group(room.room_id)
                return
            group = await self._refresh_group(room.room_id)
            at = date.astimezone(timezone.utc)  # the client made a naive local time from the payload
            for contact in invitees:
                await self._bot.handle(MemberJoined(group.id, group.name, clean_member(Member(contact.contact_id, contact.name)),
                                                    at, inviter.contact_id or None))

    async def _on_room_leave(self, room: Room, leavers: list[Contact], remover: Contact, date: datetime) -> None:
        async with _logged("room-leave"):
            gone = {c.contact_id for c in leavers}
            if self._self.id in gone:
                self._groups.pop(room.room_id, None)
                await self._bot.groups_changed()
                return
            group = self._groups.get(room.room_id) or await self._learn_group(room.room_id)
            self._groups[group.id] = replace(group, members=tuple(m for m in group.members if m.id not in gone))
            for member_id in gone:
                await self._bot.handle(MemberLeft(group.id, group.name, member_id, date.astimezone(timezone.utc)))

    async def _on_room_topic(self, room: Room, new_topic: str, old_topic: str, changer: Contact,
                             date: datetime) -> None:
        async with _logged("room-topic"):
            if room.room_id in self._groups:  # room.topic() stays stale: the event is the truth
                self._groups[room.room_id] = replace(self._groups[room.room_id], name=new_topic)
                await self._bot.groups_changed()

    async def _learn_group(self, room_id: str) -> GroupInfo:
        """A group we did not know (the account was just added): load it and re-derive jobs."""
        group = await self._refresh_group(room_id)
        await self._bot.groups_changed()
        return group

    async def _refresh_group(self, room_id: str) -> GroupInfo:
        group = await self._fetch_group(room_id)
        known = self._groups.get(room_id)
        self._groups[room_id] = group if known is None else replace(group, name=known.name)
        return self._groups[room_id]

    async def _fetch_group(self, room_id: str) -> GroupInfo:
        payload = await self._puppet.room_payload(room_id)  # fresh: Room.ready() keeps a stale payload
        members = await self._wechaty.Room.load(room_id).member_list()
        may_remove = self._self.id == payload.owner_id or self._self.id in payload.admin_ids
        return GroupInfo(room_id, clean_text(payload.topic or ""), payload.owner_id,
                         tuple(clean_member(Member(c.contact_id, c.name)) for c in members), may_remove)

    # --- Transport: actions out --------------------------------------------------------

    async def send_text(self, group_id: str, text: str, mentions: Sequence[str] = ()) -> None:
        wechaty = await self._live()
        await wechaty.Room.load(group_id).say(text, list(mentions) or None)  # prefixes "@name" itself

    async def remove_member(self, group_id: str, member_id: str) -> None:
        if not self.can_remove(group_id):
            raise PermissionError(f"the account is not owner or admin of {group_id} and cannot remove members")
        wechaty = await self._live()
        await wechaty.Room.load(group_id).delete(wechaty.Contact.load(member_id))
        group = self._groups[group_id]
        self._groups[group_id] = replace(group, members=tuple(m for m in group.members if m.id != member_id))

    async def send_direct(self, member_id: str, text: str) -> None:
        wechaty = await self._live()
        await wechaty.Contact.load(member_id).say(text)

    async def send_rich(self, conversation_id: str, item: Rich, *, direct: bool = False) -> None:
        wechaty = await self._live()
        target = wechaty.Contact.load(conversation_id) if direct else wechaty.Room.load(conversation_id)
        await target.say(_sayable(wechaty, item))

    def can_remove(self, group_id: str) -> bool:
        group = self._groups.get(group_id)
        return group is not None and group.bot_is_owner

    def group(self, group_id: str) -> GroupInfo | None:
        return self._groups.get(group_id)

    def groups(self) -> list[GroupInfo]:
        return list(self._groups.values())

    async def _live(self) -> Wechaty:
        """Wait for a logged-in link before a first (and only) attempt to send."""
        try:
            await asyncio.wait_for(self.ready.wait(), self._send_wait)
        except asyncio.TimeoutError:
            raise ConnectionError(f"not connected to the wechaty gateway at {self.endpoint} after "
                                  f"{self._send_wait:g} s; nothing was sent") from None
        assert self._wechaty is not None
        return self._wechaty


def _sayable(wechaty: Wechaty, item: Rich) -> FileBox | UrlLink | MiniProgram:
    """The client's objects for a rich send, built from our data: nothing is fetched."""
    if isinstance(item, Picture):
        return FileBox.from_base64(item.base64().encode("ascii"), item.name)
    if isinstance(item, LinkCard):
        return UrlLink(UrlLinkPayload(url=item.url, title=item.title, description=item.description,
                                      thumbnailUrl=item.thumbnail or None))
    payload = MiniProgramPayload(appid=item.appid, title=item.title, pagePath=item.page_path,
                                 description=item.description, thumbUrl=item.thumbnail or None)
    return wechaty.MiniProgram(payload)  # the client insists on its per-bot class


def reset_process_state() -> None:
    """Forget everything the client keeps process-wide (tests: one fresh account per test)."""
    _reset_client_pools()
    SingleIdContainer._instance = None


class _Redact(logging.Filter):
    """The client prints tokens in clear in its warning lines."""

    def __init__(self, secrets: set[str]) -> None:
        super().__init__()
        self._secrets = secrets

    def clean(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if any(secret in text for secret in self._secrets):
            record.msg, record.args = self.clean(text), ()
        return True


@asynccontextmanager
async def _logged(what: str) -> AsyncIterator[None]:
    """Log (never raise) a failure in an event listener: pyee would swallow it silently."""
    try:
        yield
    except Exception as exc:
        log.error("wechaty %s event lost: %s", what, _describe(exc), exc_info=exc)


def _reset_client_pools() -> None:
    # Cached objects stay bound to the puppet that loaded them: a new connection needs new ones.
    for cls in (Contact, Room, Tag):
        cls._pool.clear()


def _close(wechaty: Wechaty, puppet: _Puppet) -> None:
    # No Stop RPC: on a dead link it hangs, and the next connection starts with Stop anyway.
    puppet._event_stream.remove_all_listeners()
    wechaty.remove_all_listeners()
    if puppet.channel is not None:
        puppet.channel.close()
        puppet.channel = None
    scheduler = wechaty._plugin_manager.scheduler
    if scheduler.running:
        scheduler.shutdown(wait=False)


async def _check_reachable(endpoint: str) -> None:
    """Fail fast and clearly (the client would block, then stop the event loop)."""
    host, _, port = endpoint.rpartition(":")
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port)), 5)
    except (OSError, asyncio.TimeoutError) as exc:
        raise ConnectionError(f"cannot reach the gateway ({_describe(exc)}); is it running, "
                              "with WECHATY_PUPPET_SERVICE_NO_TLS_INSECURE_SERVER=true?") from exc
    writer.close()


def _free_port() -> int:
    """A free 127.0.0.1 port for the client's plugin server (it refuses a taken one)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _utc(timestamp: int) -> datetime:
    """Gateways send seconds or milliseconds."""
    seconds = timestamp / 1000 if timestamp > 10**11 else timestamp
    return datetime.fromtimestamp(seconds, timezone.utc)


def _remember(ids: OrderedDict, key: str, value: int) -> None:
    ids[key] = value
    if len(ids) > _REMEMBERED_IDS:
        ids.popitem(last=False)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
