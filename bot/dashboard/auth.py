"""Login for the dashboard: one admin password from the environment, sessions, CSRF, a login rate limit.

Sessions live in memory (a restart logs everyone out). The session cookie is HttpOnly
and SameSite=Strict; every POST must carry the session's CSRF token (the login form
uses a double-submit cookie, as there is no session yet). Wrong passwords are counted
per client address: after ``attempts`` in ``window`` further tries are refused until
the window has passed, even with the right password.
"""
from __future__ import annotations

import hmac
import secrets
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import datetime, timedelta

SESSION_COOKIE = "qunbot_admin"
LOGIN_CSRF_COOKIE = "qunbot_login_csrf"


@dataclass
class Session:
    csrf: str
    expires: datetime


class Sessions:
    def __init__(self, lifetime: timedelta) -> None:
        self.lifetime = lifetime
        self._sessions: dict[str, Session] = {}

    def create(self, now: datetime) -> str:
        self._sessions = {k: s for k, s in self._sessions.items() if s.expires > now}
        token = secrets.token_urlsafe(32)
        self._sessions[token] = Session(secrets.token_urlsafe(32), now + self.lifetime)
        return token

    def get(self, token: str | None, now: datetime) -> Session | None:
        session = self._sessions.get(token or "")
        return session if session is not None and session.expires > now else None

    def end(self, token: str | None) -> None:
        self._sessions.pop(token or "", None)


class LoginLimiter:
    """Wrong passwords per client address within a sliding window."""

    def __init__(self, attempts: int, window: timedelta) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, deque[datetime]] = defaultdict(deque)

    def retry_after(self, client: str, now: datetime) -> timedelta | None:
        """None when ``client`` may try; else how long until it may."""
        failures = self._failures[client]
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        if len(failures) < self.attempts:
            return None
        return failures[0] + self.window - now

    def failed(self, client: str, now: datetime) -> None:
        self._failures[client].append(now)

    def succeeded(self, client: str) -> None:
        self._failures.pop(client, None)


def same(a: str | None, b: str | None) -> bool:
    """Constant-time comparison; a missing value never matches."""
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())
