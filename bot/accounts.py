"""Many WeChat accounts, one database: which worker serves which group.

A store with hundreds of groups needs several WeChat accounts (the platform limits how
much one account may send). ``accounts:`` in config.yaml names each account's groups, by
id or by name; a ``groups:`` entry may say ``account: NAME`` instead. Each account runs
as its own worker (``qunbot run --account NAME``) on the one shared database.

A worker serves only its own groups: it logs, moderates and answers their events, and
schedules and sends only for them. An account sitting in a group served by another stays
silent there. A group no account claims is served by nobody (every worker that sits in it
logs a warning and lists it in the group directory as unassigned): two accounts in one
unclaimed group would otherwise both answer. Without ``accounts:`` one worker serves
every group, as before.

The first account listed is the lead: it alone runs the hourly housekeeping (roll-ups
read the log by its last id and must not be run by two processes at once) and serves the
admin dashboard, which reads every account's groups from the shared group directory.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.config.schema import ID_PATTERN, Config
from bot.config.yaml_files import did_you_mean, format_path

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Ownership:
    """This worker's share of the groups; ``account`` None: the single-account setup (every group)."""

    account: str | None
    lead: bool
    by_key: dict[str, str]  # group id or name -> account

    @classmethod
    def of(cls, config: Config, account: str | None) -> "Ownership":
        return cls(account, account is None or account == config.lead_account, config.assignments())

    def owner(self, group_id: str, group_name: str = "") -> str | None:
        """The account serving the group, by id first, then by name; None: unassigned."""
        return self.by_key.get(group_id) or (self.by_key.get(group_name) if group_name else None)

    def owns(self, group_id: str, group_name: str = "") -> bool:
        return self.account is None or self.owner(group_id, group_name) == self.account


def unknown_account(config: Config, name: str | None) -> str | None:
    """Why ``--account name`` cannot run with this config, or None when it can."""
    names = ", ".join(config.accounts)
    if name is None:
        if config.accounts:
            return f"this config serves several WeChat accounts ({names}): start one worker per account with --account NAME"
        return None
    if not config.accounts:
        return f"--account {name}: the config has no accounts: section (one account serves every group; drop --account)"
    if name not in config.accounts:
        return (f"--account {name}: no such account{did_you_mean(name, config.accounts)}; "
                f"accounts in the config: {names}")
    return None


def account_problems(config: Config) -> list[tuple[Path, str]]:
    """Names usable as a systemd instance, ``groups[].account`` names an account, each group has one account."""
    problems = [(("accounts", name), f"account name {name!r}: use letters, digits and _ . : - only "
                                     "(it names the worker: qunbot run --account NAME)")
                for name in config.accounts if not re.fullmatch(ID_PATTERN, name)]
    alias = _aliases(config)
    claimed: dict[str, tuple[str, Path]] = {}  # group (its first key) -> (account, where)
    claims = [(key, account, ("accounts", account, j)) for account, keys in config.accounts.items()
              for j, key in enumerate(keys)]
    for i, entry in enumerate(config.groups):
        if entry.account is None:
            continue
        if entry.account not in config.accounts:
            problems.append((("groups", i, "account"), _no_account(config, entry.account)))
            continue
        claims += [(key, entry.account, ("groups", i, "account")) for key in (entry.id, entry.name) if key][:1]
    for key, account, where in claims:
        group = alias.get(key, key)
        if group not in claimed:
            claimed[group] = (account, where)
            continue
        first, first_where = claimed[group]
        if first_where != where:
            same = "listed twice for" if first == account else f"already served by account {first!r} ({format_path(first_where)}), not"
            problems.append((where, f"group {key!r} is {same} {account!r}: each group has exactly one account"))
    return problems


def _aliases(config: Config) -> dict[str, str]:
    """A ``groups:`` entry with both id and name: either key means the same group."""
    return {entry.name: entry.id for entry in config.groups if entry.id and entry.name}


def _no_account(config: Config, name: str) -> str:
    if not config.accounts:
        return f"no account {name!r}: there is no accounts: section (add {name}: [] under accounts:)"
    return (f"no account {name!r}{did_you_mean(name, config.accounts)}; "
            f"accounts: {', '.join(config.accounts)}")
