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
from typing import Any

from bot.config.schema import ID_PATTERN, Config
from bot.config.yaml_files import close_match, format_path

Path = tuple[str | int, ...]
Problem = tuple[str, dict[str, Any]]  # a code of bot/content/config_messages.yaml and its values


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


def unknown_account(config: Config, name: str | None) -> Problem | None:
    """Why ``--account name`` cannot run with this config (a code and its values), or None when it can."""
    names = list(config.accounts)
    if name is None:
        return ("account_needed", {"known": names}) if config.accounts else None
    if not config.accounts:
        return "account_without_accounts", {"name": name}
    if name not in config.accounts:
        return "account_not_in_config", {"name": name, "hint": close_match(name, names), "known": names}
    return None


def account_problems(config: Config) -> list[tuple[Path, str, dict[str, Any]]]:
    """Names usable as a systemd instance, ``groups[].account`` names an account, each group has one account."""
    problems = [(("accounts", name), "account_name_bad", {"name": name})
                for name in config.accounts if not re.fullmatch(ID_PATTERN, name)]
    alias = _aliases(config)
    claimed: dict[str, tuple[str, Path]] = {}  # group (its first key) -> (account, where)
    claims = [(key, account, ("accounts", account, j)) for account, keys in config.accounts.items()
              for j, key in enumerate(keys)]
    for i, entry in enumerate(config.groups):
        if entry.account is None:
            continue
        if entry.account not in config.accounts:
            problems.append((("groups", i, "account"), *_no_account(config, entry.account)))
            continue
        claims += [(key, entry.account, ("groups", i, "account")) for key in (entry.id, entry.name) if key][:1]
    for key, account, where in claims:
        group = alias.get(key, key)
        if group not in claimed:
            claimed[group] = (account, where)
            continue
        first, first_where = claimed[group]
        if first_where != where:
            if first == account:
                problems.append((where, "group_listed_twice", {"key": key, "account": account}))
            else:
                problems.append((where, "group_two_accounts", {"key": key, "account": account, "first": first,
                                                               "first_path": format_path(first_where)}))
    return problems


def _aliases(config: Config) -> dict[str, str]:
    """A ``groups:`` entry with both id and name: either key means the same group."""
    return {entry.name: entry.id for entry in config.groups if entry.id and entry.name}


def _no_account(config: Config, name: str) -> Problem:
    if not config.accounts:
        return "account_no_section", {"name": name}
    return "account_unknown", {"name": name, "hint": close_match(name, config.accounts), "known": list(config.accounts)}
