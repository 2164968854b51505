"""Login for the dashboard: one admin password from the environment, signed sessions, CSRF, a login delay.

A session is a signed cookie (HMAC-SHA256 with a key derived from the admin password), so a
restart keeps everyone logged in and a new password logs everyone out. It carries its expiry,
its CSRF token and the name given at login (for the audit). Logging out forgets the cookie in
the browser and records its digest in the database (storage/console.py), where the dashboard
looks before taking a session: a logged-out cookie stays refused after a restart. The cookie
is HttpOnly and SameSite=Strict; every POST must carry the session's CSRF token (the login
form uses a double-submit cookie).

Wrong passwords are counted per client address and for the account (the one admin password):
behind an SSH tunnel every owner has the same address. After ``attempts`` wrong passwords
each further one makes the next try wait twice as long, up to ``longest``; the right password
then works again once the wait is over, and a quiet ``window`` forgets the count.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

SESSION_COOKIE = "qunbot_admin"
LOGIN_CSRF_COOKIE = "qunbot_login_csrf"
ACCOUNT = "admin"  # the one account: its limit holds across addresses
ACCOUNT_FACTOR = 4  # the account allows this many times more wrong passwords than one address


@dataclass(frozen=True)
class Session:
    csrf: str
    expires: datetime
    who: str
    digest: str  # the cookie's SHA-256: how a logout is recorded without storing the cookie


class Sessions:
    """Signed, self-contained sessions, valid across restarts; only a logout is stored (by the dashboard)."""

    def __init__(self, lifetime: timedelta, password: str) -> None:
        self.lifetime = lifetime
        self._key = hashlib.sha256(b"qunbot dashboard session\0" + password.encode()).digest()

    def create(self, now: datetime, who: str) -> str:
        body = {"exp": int((now + self.lifetime).timestamp()), "csrf": secrets.token_urlsafe(24), "who": who}
        payload = base64.urlsafe_b64encode(json.dumps(body, ensure_ascii=False).encode()).decode()
        return f"{payload}.{self._sign(payload)}"

    def get(self, token: str | None, now: datetime) -> Session | None:
        payload, _, signature = (token or "").partition(".")
        if not payload or not same(signature, self._sign(payload)):
            return None
        try:
            body = json.loads(base64.urlsafe_b64decode(payload))
            expires = datetime.fromtimestamp(int(body["exp"]), timezone.utc)
            session = Session(str(body["csrf"]), expires, str(body["who"]), hashlib.sha256(token.encode()).hexdigest())
        except (ValueError, KeyError, TypeError):
            return None
        return session if expires > now else None

    def _sign(self, payload: str) -> str:
        return hmac.new(self._key, payload.encode(), hashlib.sha256).hexdigest()


@dataclass
class _Failures:
    count: int = 0
    last: datetime | None = None


class LoginLimiter:
    """Wrong passwords per address and for the account; past the allowance, a doubling wait."""

    def __init__(self, attempts: int, window: timedelta, first_wait: timedelta = timedelta(seconds=30),
                 longest: timedelta = timedelta(minutes=15)) -> None:
        self.attempts, self.window, self.first_wait, self.longest = attempts, window, first_wait, longest
        self._failures: dict[tuple[str, str], _Failures] = {}

    def _allowed(self, key: tuple[str, str]) -> int:
        return self.attempts * (ACCOUNT_FACTOR if key[0] == "account" else 1)

    def _wait(self, key: tuple[str, str], now: datetime) -> timedelta | None:
        failures = self._failures.get(key)
        if failures is None or failures.last is None or now - failures.last >= self.window:
            self._failures.pop(key, None)
            return None
        over = failures.count - self._allowed(key)
        if over < 0:
            return None
        wait = min(self.longest, self.first_wait * 2 ** min(over, 20))
        return wait - (now - failures.last) if now - failures.last < wait else None

    def retry_after(self, address: str, now: datetime) -> timedelta | None:
        """None when a login from ``address`` may be tried now; else how long until it may."""
        waits = [w for key in (("address", address), ("account", ACCOUNT)) if (w := self._wait(key, now))]
        return max(waits) if waits else None

    def failed(self, address: str, now: datetime) -> None:
        for key in (("address", address), ("account", ACCOUNT)):
            failures = self._failures.setdefault(key, _Failures())
            failures.count += 1
            failures.last = now

    def succeeded(self, address: str) -> None:
        self._failures.pop(("address", address), None)
        self._failures.pop(("account", ACCOUNT), None)


def same(a: str | None, b: str | None) -> bool:
    """Constant-time comparison; a missing value never matches."""
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())
