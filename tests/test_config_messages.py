"""Config problems reach people in Simplified Chinese: check-config, the /重载 reply, the dashboard.

Each problem is a code and its values (bot.config.issues), worded from the editable table
bot/content/config_messages.yaml. Only what the admin wrote may stay as it is: the file name, the
key path in front of the sentence, and values quoted “so”. The batch of hostile files below goes
through the three places a person reads them and fails on any English word of 3+ letters.
"""
from __future__ import annotations

import html
import re
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from bot.config.issues import ConfigIssue, messages, render
from bot.config.loader import ConfigError, load_config
from bot.config.schema import Config
from bot.config.yaml_files import error_message
from bot.content_library import ContentItem, Product
from bot.questions.faq import FaqEntry
from bot.quiz.bank import QuizBank
from tests.cli import run_cli
from tests.conftest import ROOT, privately
from tests.test_manners import _literal_text, english_words

# --- the detector ----------------------------------------------------------------------------

# "file 第 N 行 path：sentence" / "file path：sentence" / "file：sentence": file and path are the admin's.
_LINE = re.compile(r"^(?P<file>\S+?)(?: 第 \d+ 行)?(?: (?P<path>[^\s：]+))?：(?P<text>.*)$")


def foreign_words(line: str) -> list[str]:
    """ASCII words of 3+ letters in a problem line, outside its file name, key path and “quoted” values;
    a problem quoting another file's problem (——) is read the same way."""
    head, dash, inner = line.partition("——")
    found = _words(_sentence(head))
    return found + (foreign_words(inner) if dash else [])


def _sentence(line: str) -> str:
    match = _LINE.match(line.strip())
    return match["text"] if match else line


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{3,}", re.sub(r"“[^”]*”", " ", text))


@pytest.mark.parametrize("line, expected", [
    ("c.yaml 第 3 行 defaults.signin.base_pionts：没有这一项（是不是想写 “base_points”？）", []),
    ("c.yaml 第 3 行 defaults.signin.base_pionts：unknown key", ["unknown", "key"]),
    ("/tmp/x/c.yaml：共 2 处问题", []),
    ("c.yaml 第 1 行 content：所指的文件有问题——/tmp/lib.yaml 第 2 行 health[0].text：Field required", ["Field", "required"]),
    ("c.yaml 第 2 行：YAML syntax error", ["YAML", "syntax", "error"]),
    ("配置有误，仍使用上一次的配置。请修改后再试：", []),
    ("应是 “true”（是）或 “false”（否），这里写的是“maybe”", []),
])
def test_the_detector(line, expected):
    assert foreign_words(line) == expected


# --- the table -------------------------------------------------------------------------------------


def test_every_sentence_of_the_table_is_chinese():
    found = {code: words for code, source in messages().items()
             if (words := english_words(" ".join(_literal_text(source))))}
    assert found == {}


def test_an_unknown_code_still_gets_a_chinese_sentence():
    text = render("no_such_code_at_all", {"input": "abc"})
    assert text == "这一项的值不符合要求，这里写的是“abc”，请对照说明文档检查"
    # A sentence given fewer values than it names falls back to the general one: less precise, still Chinese.
    assert render("missing", {}) == "这一项的值不符合要求，请对照说明文档检查"
    assert ConfigIssue("a.b", 3, "missing", {"key": "b"}).format("c.yaml") == "c.yaml 第 3 行 a.b：缺少必填的一项 “b”"


# Every code the program passes to issue_at, problem(), YamlLimit, BadDatabaseURL, render... written out.
_CODE_USES = [r'problem\("([a-z_]+)"', r'issue_at\([^()]*?(?:\([^()]*\))?[^()]*?lines, "([a-z_]+)"',
              r'YamlLimit\([^,]+, "([a-z_]+)"', r'ConfigIssue\([^,]+, [^,]+, "([a-z_]+)"', r'(?<!\.)\brender\(\s*["\']([a-z_]+)',
              r'"([a-z_]+)", \{', r'return "([a-z_]+)", ', r'found\.append\("([a-z_]+)"\)', r'code = "([a-z_]+)"',
              r'\(("yaml_[a-z_]+")|, "(yaml_[a-z_]+)"\)', r'"(database_[a-z_]+)"']


# The modules that make config problems (chat templates are keyed the same way elsewhere: not scanned).
_MAKERS = ["bot/config/*.py", "bot/accounts.py", "bot/content_library.py", "bot/questions/faq.py", "bot/quiz/bank.py",
           "bot/templates.py", "bot/cli.py", "bot/app.py", "bot/dashboard/server.py", "bot/playground/run.py",
           "storage/engine.py"]


def test_every_code_the_program_uses_has_a_sentence():
    sources = [p.read_text("utf-8") for pattern in _MAKERS for p in ROOT.glob(pattern)]
    used = {code.strip('"') for text in sources for pattern in _CODE_USES
            for match in re.findall(pattern, text) for code in ([match] if isinstance(match, str) else match) if code}
    used -= {"post", "product", "item", "text", "list", "mapping", "empty"}  # values, not codes
    assert len(used) > 70, sorted(used)  # the scan finds the codes (it would pass vacuously otherwise)
    assert sorted(used - set(messages())) == []


# --- pydantic's own errors, as our files can produce them ---------------------------------------------

HOSTILE_VALUES = ["三分钟", "", "x" * 5000, 1.5, -1, 0, 10**12, 10**30, True, None, [1, "a"], {"a": 1}, "25:99",
                  "2026-13-45", "22:00", "a b", "wx123", float("inf")]


def _models(root: type[BaseModel], into: dict[str, type[BaseModel]]) -> dict[str, type[BaseModel]]:
    into[root.__name__] = root
    for field in root.model_fields.values():
        for arg in _flatten(field.annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel) and arg.__name__ not in into:
                _models(arg, into)
    return into


def _flatten(annotation) -> list:
    args = typing.get_args(annotation)
    return [annotation] if not args else [a for arg in args for a in _flatten(arg)]


def produced_errors() -> dict[str, dict]:
    """Every pydantic error type a hostile value in any field of our files' models produces (one example each)."""
    models: dict[str, type[BaseModel]] = {}
    for root in (Config, ContentItem, Product, FaqEntry, QuizBank):
        _models(root, models)
    examples: dict[str, dict] = {}
    for model in models.values():
        for name in model.model_fields:
            for value in HOSTILE_VALUES:
                _collect(lambda v, m=model, n=name: m.model_validate({n: v}), value, examples)
        _collect(model.model_validate, "不是一组设置", examples)
        _collect(model.model_validate, {"no_such_key": 1}, examples)
    _collect(TypeAdapter(list[FaqEntry]).validate_python, {"a": 1}, examples)
    _collect(Config.model_validate, {"defaults": {"rules": [{"id": "x"}]}}, examples)
    _collect(Config.model_validate, {"defaults": {"rules": [{"type": "nope", "id": "x"}]}}, examples)
    return examples


def _collect(validate, value, examples: dict[str, dict]) -> None:
    try:
        validate(value)
    except ValidationError as exc:
        for error in exc.errors():
            examples.setdefault(error["type"], error)


def test_every_pydantic_error_our_files_can_produce_has_its_own_chinese_sentence():
    examples = produced_errors()
    assert {"missing", "extra_forbidden", "int_parsing", "float_parsing", "bool_type", "string_type", "literal_error",
            "greater_than_equal", "less_than_equal", "list_type", "dict_type", "model_type", "time_parsing",
            "date_from_datetime_parsing", "union_tag_invalid", "union_tag_not_found"} <= set(examples), sorted(examples)
    assert sorted(set(examples) - set(messages())) == []  # a new kind of value needs its sentence
    for kind, error in examples.items():
        text = render(*error_message(error))
        assert text and not _words(text), (kind, text)


# --- a batch of hostile files through check-config, /重载 and the dashboard ------------------------------------

CONFIGS = {
    "wrong types": "defaults:\n  theme: [a]\n  signin: {gather_seconds: 三分钟, enabled: maybe, base_points: 1.5}\n"
                   "  posting: {quiet_hours: 晚上, max_posts_per_day: many}\n  roles: {amy: 群霸}\nsend: 5\n",
    "out of range": "send: {min_interval_seconds: -1, replies_per_member: 0}\nplayground: {port: 99999}\n"
                    "defaults:\n  faq: {threshold: 1.5}\n  quiz: {timeout_minutes: 99999}\n",
    "too large at run time": "defaults:\n  chain: {gather_seconds: 99999999999999}\n  posting: {quiet_hours: '00:00-23:59'}\n"
                             "send: {pause_minutes: .inf, stale_post_minutes: 1e308}\n",
    "unknown keys": "bott: {}\ndefaults:\n  signin: {base_pionts: 3}\n  welcom: {}\n  rules:\n"
                    "    - {type: ads, id: a, treshold: 2}\n",
    "bad cron": "defaults:\n  schedule:\n    - {id: a, cron: '0 25 * * *', template: morning_greeting}\n"
                "    - {id: b, cron: '0 8 * *', template: morning_greeting}\n"
                "    - {id: c, cron: '0 8 * * 9', template: morning_greeting}\n"
                "    - {id: d, cron: 'x 8 * * *', template: morning_greeting}\n"
                "    - {id: e, cron: '0 8 * * xyz', template: morning_greeting}\n",
    "cron never fires": "defaults:\n  schedule:\n    - {id: a, cron: '0 8 30 2 *', template: morning_greeting}\n"
                        "  posting: {quiet_hours: '07:00-07:00'}\n",
    "bad schedule": "defaults:\n  schedule:\n    - {id: a, cron: '0 8 * * *', template: stats}\n"
                    "    - {id: b, cron: '0 8 * * *', action: quizz}\n    - {id: c, cron: '0 8 * * *', template: mornin}\n"
                    "    - {id: d, cron: '0 8 * * *', action: quiz, theme: cooking}\n"
                    "    - {id: e, cron: '0 8 * * *', action: post, series: helth}\n",
    "bad rules": "defaults:\n  rules:\n    - {type: banned_word, id: x}\n    - {id: y}\n"
                 "    - {type: regex, id: r, patterns: ['(']}\n    - {type: ads, id: a, ladder: [warn, kick]}\n"
                 "    - {type: banned_words, id: 'has space', files: [nope.txt]}\n  timezone: Asia/Shangai\n",
    "rules twice": "defaults:\n  rules:\n    - {type: flood, id: f}\n    - {type: ads, id: f, files: [nope.txt]}\n",
    "templates": "templates:\n  signin_okk: 你好\n  signin_ok: '{{ rank '\n  welcome: '{{ nosuchvar }}'\n"
                 "  reloaded: '{{ groups.__class__ }}'\n  help: '{{ 1 / 0 }}'\n",
    "groups": "groups:\n  - theme: x\n  - 5\n  - {id: g3, account: [a]}\n  - {id: g4, schedule: 5}\n",
    "groups not a list": "groups: {id: g1}\n",
    "accounts": "accounts:\n  东区: [g1]\n  a: [g1, g1, '']\n  b: [g1]\ngroups:\n  - {id: g2, account: c}\n",
    "no accounts": "groups:\n  - {id: g2, account: a}\n",
    "database": "database: {url: 'mysql://u@h/db'}\n",
    "database password": "database: {url: 'postgresql://u:hunter2@h/db'}\n",
    "database file": "database: {url: data/x.db}\n",
    "coupons": "coupons:\n  campaigns:\n    - {id: a, title: 券, face_value: 20, threshold: 10, quantity: 1}\n",
    "coupon rewards": "coupons:\n  campaigns:\n    - {id: lucky, title: 券, face_value: 5, quantity: 1}\n"
                      "    - {id: lucky, title: 券2, face_value: 5, quantity: 1}\n  rewards: {lottery: lucy}\n",
    "duplicate key": "bot: {id: qunbot}\nbot: {id: other}\n",
    "unclosed bracket": "defaults:\n  signin: [1, 2\n",
    "tab": "defaults:\n\tsignin: {}\n",
    "colon": "defaults:\n  signin:\n    enabled: yes: no\n",
    "indent": "defaults:\n  signin:\n    enabled: true\n   base_points: 3\n",
    "tag": "bot: !!python/object/apply:os.system ['true']\n",
    "alias": "defaults: *nope\n",
    "loop": "defaults: &d\n  rules: [*d]\n",
    "nesting": "bot:\n  name: " + "[" * 60 + "]" * 60 + "\n",
    "huge number": "send:\n  dedupe_seconds: " + "9" * 5000 + "\n",
    "a list": "- just\n- a list\n",
    "faq": "defaults:\n  faq: {file: faq.yaml}\ngroups:\n  - {name: 甲, faq: {file: missing.yaml}}\n",
    "library": "content: {library: lib.yaml}\n",
    "products": "content: {products: products.yaml}\n",
    "products csv": "content: {products: products.csv}\n",
    "missing content": "content: {library: nope.yaml}\n",
}
FILES = {
    "faq.yaml": "- {id: hours, questions: [几点开门], synonyms: {营业: [开店]}, answer: 8点}\n"
                "- {id: open, questions: [几点开门], synonyms: {开门: []}, answer: 8点}\n"
                "- {id: kw, questions: [几点开门], keywords: ['？'], answer: 8点}\n- {id: none, questions: [几点开门]}\n"
                "- {id: empty, questions: []}\n- {id: 'a b', questions: [x], answer: y, extra: 1}\n",
    "lib.yaml": "health:\n  - {id: a}\n  - {id: b, text: x, seasons: [wintr]}\n  - {id: b, text: y}\n"
                "  - {id: c, text: z, festival: 1}\n",
    "products.yaml": "- {id: x, name: 米, price: 10, promo_price: 12, stock: 1}\n- {id: y, name: 枣, price: abc, stock: -1}\n"
                     "- {id: z, price: 5, stock: 1, valid_from: 2026-05-01, valid_to: 2026-04-01}\n"
                     "- {id: w, name: 瓜, price: 5, stock: 1, mini_program: {appid: nope}}\n",
    "products.csv": "id,name,price,stock\np1,米,abc,1\np2,枣,10,-1\np2,枣,10,1\n",
}
NOT_UTF8 = "gbk.yaml"


@pytest.fixture
def hostile(tmp_path) -> list[Path]:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, "utf-8")
    paths = []
    for n, text in enumerate(CONFIGS.values()):
        path = tmp_path / f"c{n}.yaml"
        path.write_text(text, "utf-8")
        paths.append(path)
    (tmp_path / NOT_UTF8).write_bytes("defaults:\n  theme: 育儿\n".encode("gbk"))
    return paths + [tmp_path / NOT_UTF8, tmp_path / "no-such-file.yaml"]


def test_every_hostile_file_is_refused(hostile):
    for path in hostile:
        with pytest.raises(ConfigError) as info:
            load_config(path)
        assert info.value.issues, path


def _assert_chinese(lines: list[str], where: str) -> None:
    assert lines, where
    english = {line: words for line in lines if (words := foreign_words(line))}
    assert english == {}, where


def test_check_config_says_every_problem_in_chinese(hostile, capsys):
    from bot.cli import main

    for path in hostile:
        assert main(["check-config", str(path)]) == 1
        out = capsys.readouterr()
        _assert_chinese(out.err.splitlines() + out.out.splitlines(), str(path))


def test_check_config_warnings_and_the_ok_line_are_chinese(tmp_path, capsys):
    from bot.cli import main

    path = tmp_path / "c.yaml"
    path.write_text("defaults:\n  rules: []\n  schedule: []\ngroups:\n  - {name: 甲, schedule: {replace: true}}\n", "utf-8")
    assert main(["check-config", str(path)]) == 0
    out = capsys.readouterr()
    assert "提醒：没有任何群规" in out.err and "检查通过" in out.out
    _assert_chinese(out.err.splitlines() + out.out.splitlines(), "warnings")


@pytest.mark.sqlite_only("the messages about a config file are under test, not the database")
async def test_the_reload_reply_says_every_problem_in_chinese(harness, hostile):
    for path in hostile:
        harness.bot.config_path = path
        errors = await harness.bot.reload()
        _assert_chinese(errors, str(path))
        [reply] = privately("owner", await harness.say("g1", "owner", "/reload"))
        assert reply["text"].startswith("配置有误，仍使用上一次的配置")
        _assert_chinese(reply["text"].splitlines(), str(path))


async def test_the_dashboard_config_page_says_every_problem_in_chinese(harness, hostile, monkeypatch):
    from bot.dashboard.server import PASSWORD_ENV
    from tests.test_dashboard import log_in, serving

    monkeypatch.setenv(PASSWORD_ENV, "s3cret")
    harness.bot.config_path = hostile[0]
    async with serving(harness.bot) as http:
        _, csrf = await log_in(http)
        for path in hostile[:-2]:  # the text as the owner pastes it (not the unreadable files)
            form = {"csrf": csrf, "text": path.read_text("utf-8"), "act": "check"}
            async with http.post("/admin/config", data=form) as response:
                page = await response.text()
            assert response.status == 422, path
            items = [html.unescape(re.sub(r"<[^>]+>", "", item))
                     for item in re.findall(r"<li>(.*?)</li>", page.split('id="config-problems"')[1].split("</ul>")[0])]
            # The page writes "第 N 行 path：sentence" (its file is the one on the page).
            lines = [f"{path.name} {item.replace('整个文件', '', 1).strip()}".replace(" ：", "：") for item in items]
            _assert_chinese(lines, str(path))


def test_quiz_bank_problems_are_chinese():
    from bot.config.loader import parse_yaml_model

    for text in ("title: x\nquestions:\n  - {id: q1, question: 几点了？, options: [一点, 两点], answer: C}\n"
                 "  - {id: q1, question: 几岁了？, options: [一], answer: A, explian: 1}\n",
                 "title: x\nquestions: []\n", "questions: [\n", "- a\n"):
        with pytest.raises(ConfigError) as info:
            parse_yaml_model(text, QuizBank, "b.yaml")
        _assert_chinese(str(info.value).splitlines(), text)


def test_did_you_mean_never_offers_the_key_that_was_written_and_long_values_are_cut(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("storage:\n  url: 'mysql://a@b/c'\ndefaults:\n  timezone: '" + "x" * 5000 + "'\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(config)
    texts = [issue.text for issue in info.value.issues]
    assert not any("url”？" in text for text in texts), texts  # "url" is not offered for url
    assert all(len(text) < 200 for text in texts), texts  # a pasted essay is quoted cut, not whole


def test_qunbot_db_says_a_bad_database_url_in_chinese():
    result = run_cli(["db", "upgrade", "--db", "mysql://a@b/c"])
    assert result.returncode == 1 and result.stderr.startswith("qunbot db："), result.stderr
    assert english_words(_sentence(result.stderr.removeprefix("qunbot db："))) == [], result.stderr
