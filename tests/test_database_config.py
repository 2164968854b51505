"""Which database the bot opens: database.url, QUNBOT_DATABASE_URL, --db, and the messages for bad ones."""
from __future__ import annotations


import pytest

from bot.config.loader import ConfigError, parse_config
from storage.engine import ENV_URL, BadDatabaseURL, resolve_url
from tests.cli import run_cli


@pytest.mark.parametrize("url, driver", [
    ("postgresql://qunbot@db.local:5433/qunbot", "postgresql+psycopg"),
    ("postgresql+psycopg://qunbot@127.0.0.1/qunbot", "postgresql+psycopg"),
    ("postgresql+asyncpg://qunbot@127.0.0.1/qunbot", "postgresql+psycopg"),  # same server, the sync driver
    ("sqlite:///data/x.db", "sqlite"),
])
def test_urls_are_accepted_and_run_on_psycopg(url, driver):
    assert resolve_url(url).drivername == driver


def test_a_path_is_a_sqlite_file():
    assert resolve_url("data/qunbot.db").render_as_string() == "sqlite:///data/qunbot.db"


@pytest.mark.parametrize("text, problem", [
    ("database: {url: mysql://u@h/db}", "database.url：不支持数据库类型 “mysql”（“mysql://u@h/db”）；请写文件路径，或以 "
                                        "“sqlite:///”、“postgresql://”、“postgresql+psycopg://”、“postgresql+asyncpg://” 之一开头的地址"),
    ("database: {url: postgresql://u:hunter2@h/db}", "database.url：配置文件里不要写数据库密码：请设置环境变量 “PGPASSWORD”，"
                                                     "或把整个地址放在 “QUNBOT_DATABASE_URL”"),
    ("database: {url: data/x.db}", "database.url：“data/x.db” 不是数据库地址：数据库文件请写在 “storage.path”"),
    ("database: {url: 'postgresql://h'}", "database.url：“postgresql://h” 没有写数据库名"),
    ("database: {uri: postgresql://h/db}", "database.uri：没有这一项"),
])
def test_bad_database_urls_are_named_in_the_config_error(text, problem):
    with pytest.raises(ConfigError) as error:
        parse_config(text, "c.yaml")
    assert problem in str(error.value)
    assert "hunter2" not in str(error.value)


def test_the_environment_overrides_the_config_and_db_overrides_both(monkeypatch):
    config = parse_config("database: {url: postgresql://qunbot@127.0.0.1/qunbot}")
    assert config.database_target() == "postgresql://qunbot@127.0.0.1/qunbot"
    monkeypatch.setenv(ENV_URL, "postgresql://qunbot:secret@10.0.0.5/qunbot")
    assert config.database_target() == "postgresql://qunbot:secret@10.0.0.5/qunbot"
    assert config.database_target("other.db") == "other.db"
    monkeypatch.delenv(ENV_URL)
    assert parse_config("storage: {path: d/q.db}").database_target() == "d/q.db"


def test_check_config_checks_the_environment_url_and_hides_the_password():
    good = run_cli(["check-config"], env={ENV_URL: "postgresql://qunbot:s3cret@127.0.0.1:5432/qunbot"})
    bad = run_cli(["check-config"], env={ENV_URL: "postgres://qunbot@127.0.0.1/qunbot"})
    assert good.returncode == 0 and "数据库：“postgresql://qunbot:***@127.0.0.1:5432/qunbot”" in good.stdout
    assert "s3cret" not in good.stdout + good.stderr
    assert bad.returncode == 1 and f"{ENV_URL}：不支持数据库类型 “postgres”" in bad.stderr


def test_resolve_url_names_what_is_wrong():
    with pytest.raises(BadDatabaseURL, match="sqlite:/// needs a file"):
        resolve_url("sqlite:///")
