"""A loopback wechaty puppet-service gateway for tests: a grpclib server implementing
the RPCs of the wechaty-grpc ``Puppet`` service that a group bot uses.

It honours the TypeScript gateway's wire behaviour (../shared/notes/WECHATY.md):
message types are the TS wechaty-puppet numbers (Text = 7), an event stream opens with a
heartbeat and then a login when logged in, ``Ding`` is answered by a ``dong`` event with
the same data, message ids are unique per process, the bot's own sends come back as
message events, and ``RoomDel`` works only where the account owns (or administers) the
room. Tests drive it: members post, join and leave; streams can be frozen or the whole
server restarted on the same port.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable

from grpclib.const import Cardinality, Handler, Status
from grpclib.exceptions import GRPCError
from grpclib.server import Server, Stream
from wechaty_grpc.wechaty import puppet as pb

# TypeScript wechaty-puppet MessageType numbers, as the gateway sends them.
TS_CONTACT, TS_IMAGE, TS_TEXT, TS_MINI_PROGRAM, TS_TRANSFER, TS_RED_ENVELOPE, TS_URL = 3, 6, 7, 9, 11, 12, 14
TS_POST = 16  # newer puppets; the Python client cannot map it

_ids = itertools.count(1)
_process = uuid.uuid4().hex[:8]


def new_message_id() -> str:
    return f"msg-{_process}-{next(_ids)}"


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def _field(number: int, value: int | bytes) -> bytes:
    """One Protocol Buffers field (varint or length-delimited), for fields the Python classes lack."""
    if isinstance(value, int):
        return _varint(number << 3) + _varint(value)
    return _varint(number << 3 | 2) + _varint(len(value)) + value


@dataclass
class FakeRoom:
    id: str
    topic: str
    owner: str
    members: list[str]
    admins: list[str] = field(default_factory=list)


@dataclass
class Sent:
    conversation_id: str
    text: str
    mentions: list[str]
    message_id: str


class FakeGateway:
    def __init__(self, self_id: str = "bot-self", self_name: str = "群助手") -> None:
        self.self_id = self_id
        self.contacts: dict[str, str] = {self_id: self_name}
        self.rooms: dict[str, FakeRoom] = {}
        self.messages: dict[str, pb.MessagePayloadResponse] = {}
        self.logged_in = True
        # A gateway that fills only the current fields: receive_time (10) for a message's time,
        # the plain id (2) of a sent message; the deprecated ones stay empty.
        self.current_fields_only = False
        self.sent: list[Sent] = []
        self.room_dels: list[tuple[str, str]] = []
        self.calls: list[str] = []  # every RPC, in order
        self._streams: list[asyncio.Queue[pb.EventResponse | None]] = []
        self._frozen: set[int] = set()
        self.fail_after_send = False  # MessageSendText delivers, then answers with an error
        self._changed = asyncio.Condition()
        self._server: Server | None = None
        self.port = 0

    # --- life ------------------------------------------------------------------------

    async def start(self, port: int = 0) -> int:
        self._server = Server([self])
        await self._server.start("127.0.0.1", port or self.port)
        self.port = self._server._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self.port

    async def stop(self) -> None:
        """Stop listening and cut every connection (streams end abruptly)."""
        for queue in self._streams:
            queue.put_nowait(None)
        if self._server is not None:
            self._server.close()
            try:
                await asyncio.wait_for(self._server.wait_closed(), 2)
            except asyncio.TimeoutError:
                pass
            self._server = None

    def end_streams(self) -> None:
        """Open event streams end cleanly (status OK) while the gateway keeps serving."""
        for queue in self._streams:
            queue.put_nowait(None)

    def freeze_streams(self) -> None:
        """Open streams go silent without closing (a half-dead TCP link): no events, no dong."""
        self._frozen.update(id(q) for q in self._streams)

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    # --- the world: what members do ----------------------------------------------------

    def add_contact(self, contact_id: str, name: str) -> None:
        self.contacts[contact_id] = name

    def add_room(self, room: FakeRoom) -> None:
        self.rooms[room.id] = room

    def post(self, room_id: str, from_id: str, text: str, *, type: int = TS_TEXT,
             mentions: tuple[str, ...] = (), timestamp_ms: int | None = None) -> str:
        message_id = new_message_id()
        at_ms = timestamp_ms or int(time.time() * 1000)
        payload = pb.MessagePayloadResponse(id=message_id, text=text, timestamp=at_ms, type=type,
                                            from_id=from_id, room_id=room_id, mention_ids=list(mentions))
        if self.current_fields_only:
            payload.timestamp = 0
            stamp = _field(1, at_ms // 1000) + _field(2, at_ms % 1000 * 1_000_000)
            payload._unknown_fields = _field(10, stamp)
        self.messages[message_id] = payload
        self.emit_message(message_id)
        return message_id

    def error(self, gerror: dict[str, Any]) -> None:
        """An error event as wechaty-puppet 1.x gateways send it (watchdog resets, failed refreshes)."""
        self.emit(pb.EventType.EVENT_TYPE_ERROR, {"gerror": json.dumps(gerror)})

    def emit_message(self, message_id: str) -> None:
        self.emit(pb.EventType.EVENT_TYPE_MESSAGE, {"messageId": message_id})

    def join(self, room_id: str, invitee_ids: list[str], inviter_id: str, timestamp: int) -> None:
        self.rooms[room_id].members.extend(invitee_ids)
        self.emit(pb.EventType.EVENT_TYPE_ROOM_JOIN, {"roomId": room_id, "inviteeIdList": invitee_ids,
                                                      "inviterId": inviter_id, "timestamp": timestamp})

    def leave(self, room_id: str, removee_ids: list[str], remover_id: str, timestamp: int) -> None:
        room = self.rooms[room_id]
        room.members = [m for m in room.members if m not in removee_ids]
        self.emit(pb.EventType.EVENT_TYPE_ROOM_LEAVE, {"roomId": room_id, "removeeIdList": removee_ids,
                                                       "removerId": remover_id, "timestamp": timestamp})

    def rename(self, room_id: str, new_topic: str, changer_id: str, timestamp: int) -> None:
        room = self.rooms[room_id]
        old_topic, room.topic = room.topic, new_topic
        self.emit(pb.EventType.EVENT_TYPE_ROOM_TOPIC, {"roomId": room_id, "newTopic": new_topic, "oldTopic": old_topic,
                                                       "changerId": changer_id, "timestamp": timestamp})

    def logout(self) -> None:
        self.logged_in = False
        self.emit(pb.EventType.EVENT_TYPE_LOGOUT, {"contactId": self.self_id, "data": "logged out on the phone"})

    def emit(self, event_type: pb.EventType, payload: dict[str, Any]) -> None:
        event = pb.EventResponse(type=event_type, payload=json.dumps(payload, ensure_ascii=False))
        for queue in self._streams:
            queue.put_nowait(event)

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 5) -> None:
        """Wake on every RPC until ``predicate()`` holds (no polling)."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)

    # --- RPCs ------------------------------------------------------------------------

    def __mapping__(self) -> dict[str, Handler]:
        rpcs = {
            "Start": (self._start, pb.StartRequest, pb.StartResponse),
            "Stop": (self._stop, pb.StopRequest, pb.StopResponse),
            "Ding": (self._ding, pb.DingRequest, pb.DingResponse),
            "ContactPayload": (self._contact_payload, pb.ContactPayloadRequest, pb.ContactPayloadResponse),
            "MessagePayload": (self._message_payload, pb.MessagePayloadRequest, pb.MessagePayloadResponse),
            "MessageSendText": (self._message_send_text, pb.MessageSendTextRequest, pb.MessageSendTextResponse),
            "RoomList": (self._room_list, pb.RoomListRequest, pb.RoomListResponse),
            "RoomPayload": (self._room_payload, pb.RoomPayloadRequest, pb.RoomPayloadResponse),
            "RoomMemberList": (self._room_member_list, pb.RoomMemberListRequest, pb.RoomMemberListResponse),
            "RoomDel": (self._room_del, pb.RoomDelRequest, pb.RoomDelResponse),
        }
        mapping = {f"/wechaty.Puppet/{name}": Handler(self._unary(name, fn), Cardinality.UNARY_UNARY, req, resp)
                   for name, (fn, req, resp) in rpcs.items()}
        mapping["/wechaty.Puppet/Event"] = Handler(self._event, Cardinality.UNARY_STREAM,
                                                   pb.EventRequest, pb.EventResponse)
        return mapping

    def _unary(self, name: str, fn: Callable[[Any], Any]) -> Callable[[Stream], Any]:
        async def handle(stream: Stream) -> None:
            request = await stream.recv_message()
            response = fn(request)
            await self._note(name)
            await stream.send_message(response)
        return handle

    async def _note(self, name: str) -> None:
        self.calls.append(name)
        async with self._changed:
            self._changed.notify_all()

    async def _event(self, stream: Stream) -> None:
        await stream.recv_message()
        queue: asyncio.Queue[pb.EventResponse | None] = asyncio.Queue()
        self._streams.append(queue)
        await self._note("Event")
        try:
            await stream.send_message(pb.EventResponse(type=pb.EventType.EVENT_TYPE_HEARTBEAT,
                                                       payload=json.dumps({"data": "heartbeat@gateway"})))
            if self.logged_in:
                await stream.send_message(pb.EventResponse(type=pb.EventType.EVENT_TYPE_LOGIN,
                                                           payload=json.dumps({"contactId": self.self_id})))
            while (event := await queue.get()) is not None:
                if id(queue) not in self._frozen:
                    await stream.send_message(event)
        finally:
            self._streams.remove(queue)
            self._frozen.discard(id(queue))

    def _start(self, request: pb.StartRequest) -> pb.StartResponse:
        return pb.StartResponse()

    def _stop(self, request: pb.StopRequest) -> pb.StopResponse:
        return pb.StopResponse()

    def _ding(self, request: pb.DingRequest) -> pb.DingResponse:
        self.emit(pb.EventType.EVENT_TYPE_DONG, {"data": request.data})
        return pb.DingResponse()

    def _contact_payload(self, request: pb.ContactPayloadRequest) -> pb.ContactPayloadResponse:
        if request.id not in self.contacts:
            raise GRPCError(Status.NOT_FOUND, f"contact {request.id} not found")
        return pb.ContactPayloadResponse(id=request.id, name=self.contacts[request.id])

    def _message_payload(self, request: pb.MessagePayloadRequest) -> pb.MessagePayloadResponse:
        if request.id not in self.messages:
            raise GRPCError(Status.NOT_FOUND, f"message {request.id} not found")
        return self.messages[request.id]

    def _message_send_text(self, request: pb.MessageSendTextRequest) -> pb.MessageSendTextResponse:
        message_id = new_message_id()
        self.messages[message_id] = pb.MessagePayloadResponse(
            id=message_id, text=request.text, timestamp=int(time.time() * 1000), type=TS_TEXT,
            from_id=self.self_id, room_id=request.conversation_id if request.conversation_id in self.rooms else "",
            to_id="" if request.conversation_id in self.rooms else request.conversation_id,
            mention_ids=list(request.mentonal_ids))
        self.sent.append(Sent(request.conversation_id, request.text, list(request.mentonal_ids), message_id))
        self.emit_message(message_id)  # the account's own message comes back as an event
        if self.fail_after_send:
            raise GRPCError(Status.UNAVAILABLE, "connection reset after the message was delivered")
        if self.current_fields_only:
            response = pb.MessageSendTextResponse()
            response._unknown_fields = _field(2, message_id.encode())
            return response
        return pb.MessageSendTextResponse(id=message_id)

    def _room_list(self, request: pb.RoomListRequest) -> pb.RoomListResponse:
        return pb.RoomListResponse(ids=list(self.rooms))

    def _room_payload(self, request: pb.RoomPayloadRequest) -> pb.RoomPayloadResponse:
        room = self.rooms[request.id]
        return pb.RoomPayloadResponse(id=room.id, topic=room.topic, owner_id=room.owner,
                                      admin_ids=list(room.admins), member_ids=list(room.members))

    def _room_member_list(self, request: pb.RoomMemberListRequest) -> pb.RoomMemberListResponse:
        return pb.RoomMemberListResponse(member_ids=list(self.rooms[request.id].members))

    def _room_del(self, request: pb.RoomDelRequest) -> pb.RoomDelResponse:
        room = self.rooms[request.id]
        if self.self_id != room.owner and self.self_id not in room.admins:
            raise GRPCError(Status.PERMISSION_DENIED, "only the group owner can remove members")
        self.room_dels.append((request.id, request.contact_id))
        self.leave(request.id, [request.contact_id], self.self_id, int(time.time() * 1000))
        return pb.RoomDelResponse()
