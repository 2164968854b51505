"""The checks of config.yaml that need the features: run after loading, above the features.

``bot.config.loader.parse_config`` reads and validates the YAML against the schema, then calls
``cross_checks`` here: templates, rule files, the FAQ file, the content library and its series,
scheduled actions, quiz banks, coupon campaigns and accounts. This module imports the features
it checks against (they import only ``bot.config.yaml_files``), so there is no import circle.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.accounts import account_problems
from bot.audience import Audience, audience_of
from bot.config.schema import Config, GroupSettings
from bot.config.sanity import problems as sanity_problems
from bot.config.issues import nested
from bot.config.yaml_files import ConfigError, ConfigIssue, PathT, close_match, issue_at, load_yaml_model, resolve_path
from bot.content_library import Content, content_paths, load_content
from bot.questions.faq import ENTRIES, SHIPPED
from bot.language import goods
from bot.questions.spoken import WORDS_FILE, broken_lines
from bot.quiz.bank import shipped_banks
from bot.templates import check_template, shipped_templates
from scheduler.actions import ACTIONS  # the one table of scheduled actions


def cross_checks(config: Config, lines: dict[PathT, int], base_dir: Path) -> list[ConfigIssue]:
    """Every problem of a config that validated, each on its line of the YAML."""
    known = set(shipped_templates())
    issues = []
    faq_problems: dict[Path, list[ConfigIssue]] = {}  # each FAQ file read once, however many groups name it
    for key, source in config.templates.items():
        if key not in known:
            issues.append(issue_at(("templates", key), lines, "template_unknown", key=key, hint=close_match(key, known)))
        elif (error := check_template(source)) is not None:
            issues.append(issue_at(("templates", key), lines, *error))
    scopes: list[tuple[PathT, GroupSettings]] = [(("defaults",), config.defaults)]
    scopes += [(("groups", i), g.settings) for i, g in enumerate(config.groups)]
    for path, settings, post, where in schedule_entries(config):
        issues += _check_post(post, path + where, lines, known)
    for path, settings in scopes:
        for j, rule in enumerate(settings.rules):
            for k, name in enumerate(getattr(rule, "files", [])):
                if not resolve_path(base_dir, name).is_file():
                    issues.append(issue_at(path + ("rules", j, "files", k), lines, "file_not_found", name=name))
            if any(other.id == rule.id for other in settings.rules[:j]):
                issues.append(issue_at(path + ("rules", j, "id"), lines, "rule_id_twice", id=rule.id))
        issues += _check_faq(settings.faq.file, path + ("faq", "file"), lines, base_dir, faq_problems)
    content_issues, content = _check_content(config, lines, base_dir)
    if content is not None:
        series = set(content.library)
        for path, settings, post, where in schedule_entries(config):
            if post.series is not None and post.series not in series:
                issues.append(issue_at(path + where + ("series",), lines, "series_unknown", series=post.series,
                                       known=sorted(series)))
    issues += _quiz_theme_checks(config, scopes, lines)
    issues += _coupon_checks(config, lines)
    issues += spoken_word_problems(WORDS_FILE)
    issues += spoken_word_problems(goods.GOODS_FILE, goods.broken_lines, "goods_line")
    issues += [issue_at(path, lines, code, params) for path, code, params in account_problems(config)]
    issues += [issue_at(path, lines, code, params) for path, code, params in sanity_problems(config, set(lines))]
    return list(dict.fromkeys(issues + content_issues))


def _check_faq(file: str | None, path: PathT, lines: dict[PathT, int], base_dir: Path,
               checked: dict[Path, list[ConfigIssue]]) -> list[ConfigIssue]:
    """The FAQ file a group names exists and is valid (its own errors name its lines, at each group
    naming it); ``checked``: the problems of each file already read during this load."""
    target = resolve_path(base_dir, file) if file else SHIPPED
    if not target.is_file():
        return [issue_at(path, lines, "file_not_found", name=file)]
    if target not in checked:
        try:
            load_yaml_model(target, ENTRIES)
            checked[target] = []
        except ConfigError as exc:
            checked[target] = [nested(exc.filename, issue) for issue in exc.issues]
    return [issue_at(path, lines, "in_file", problem) for problem in checked[target]]


def spoken_word_problems(path: Path, broken_lines=broken_lines, code: str = "spoken_word_line") -> list[ConfigIssue]:
    """A word list edited by admins has only word lines: the regional words (read by the question detector), the
    goods (``bot/content/goods.txt``, read by the order reader: ``goods.broken_lines``, code ``goods_line``)."""
    name = f"bot/content/{path.name}"
    try:
        broken = broken_lines(path)
    except UnicodeDecodeError:
        return [ConfigIssue("", None, "in_file", nested(name, ConfigIssue("", None, "file_not_utf8")))]
    except OSError:
        return [ConfigIssue("", None, "in_file", nested(name, ConfigIssue("", None, "file_missing")))]
    return [ConfigIssue("", None, "in_file", nested(name, ConfigIssue("", n, code))) for n in broken]


def _coupon_checks(config: Config, lines: dict[PathT, int]) -> list[ConfigIssue]:
    """Campaign ids are unique (codes and quantities go by id); rewards name a campaign that exists."""
    issues, seen = [], set()
    for i, campaign in enumerate(config.coupons.campaigns):
        if campaign.id in seen:
            issues.append(issue_at(("coupons", "campaigns", i, "id"), lines, "campaign_id_twice", id=campaign.id))
        seen.add(campaign.id)
    for game, campaign_id in config.coupons.rewards:
        if campaign_id is not None and campaign_id not in seen:
            issues.append(issue_at(("coupons", "rewards", game), lines, "campaign_unknown", id=campaign_id,
                                   hint=close_match(campaign_id, seen), known=sorted(seen)))
    return issues


def _check_content(config: Config, lines: dict[PathT, int], base_dir: Path) -> tuple[list[ConfigIssue], Content | None]:
    """The content files exist and are valid: check-config catches a broken library before a reload does.
    Returns the problems, and the content when it loaded without any (the series are checked against it)."""
    for key, path in zip(("library", "products"), content_paths(config.content, base_dir)):
        if not path.is_file():
            return [issue_at(("content", key), lines, "file_not_found", name=getattr(config.content, key))], None
    try:
        content = load_content(*content_paths(config.content, base_dir))
    except ConfigError as exc:
        return [issue_at(("content",), lines, "in_file", nested(exc.filename, issue)) for issue in exc.issues], None
    entries = [("product", p) for p in content.products] + [
        ("item", item) for items in content.library.values() for item in items]
    issues = [issue_at(("content",), lines, "picture_missing", kind=kind, id=entry.id, name=entry.image)
              for kind, entry in entries
              if entry.image and not entry.image.startswith(("http://", "https://")) and not Path(entry.image).is_file()]
    return issues, None if issues else content


def _check_post(post: Any, path: PathT, lines: dict[PathT, int], templates: set[str]) -> list[ConfigIssue]:
    if post.action not in ACTIONS:
        return [issue_at(path + ("action",), lines, "action_unknown", action=post.action, known=list(ACTIONS),
                         hint=close_match(post.action, ACTIONS))]
    if post.template is not None and post.template not in templates:
        return [issue_at(path + ("template",), lines, "template_unknown", key=post.template,
                         hint=close_match(post.template, templates))]
    if post.template is not None and audience_of(post.template) != Audience.GROUP:
        return [issue_at(path + ("template",), lines, "template_not_for_group", key=post.template,
                         audience=str(audience_of(post.template)))]
    return []


def schedule_entries(config: Config):
    """(scope path, settings, entry, its path in the scope) of every scheduled entry written in the YAML:
    a group's entries inherited unchanged from the defaults are checked there, once."""
    for j, post in enumerate(config.defaults.schedule):
        yield ("defaults",), config.defaults, post, ("schedule", j)
    for i, group in enumerate(config.groups):
        for post, where in zip(group.settings.schedule, group.schedule_from or [None] * len(group.settings.schedule)):
            if where is not None:
                yield ("groups", i), group.settings, post, where


def _quiz_theme_checks(config: Config, scopes: list[tuple[PathT, GroupSettings]],
                       lines: dict[PathT, int]) -> list[ConfigIssue]:
    themes = sorted(shipped_banks())
    wanted = [(path + ("quiz", "theme"), settings.quiz.theme) for path, settings in scopes]
    wanted += [(path + where + ("theme",), post.theme)
               for path, _, post, where in schedule_entries(config) if post.action == "quiz"]
    return [issue_at(where, lines, "quiz_bank_unknown", theme=theme, known=themes)
            for where, theme in wanted if theme is not None and theme not in themes]
