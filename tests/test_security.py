"""Security with hostile input: templates, YAML, SQL, secrets in logs.

(Commands authorised by member id, not nickname: tests/test_pipeline.py; dashboard
auth/CSRF/XSS: tests/test_dashboard*.py; the gateway token redacted: tests/test_wechaty_adapter.py.)
"""
from __future__ import annotations

import re
import signal
import sqlite3

import aiohttp
import pytest
from jinja2.exceptions import SecurityError, UndefinedError
from sqlmodel import select

from bot.config.loader import ConfigError, parse_config
from bot.templates import Renderer
from storage.models import EventLog, PointsEntry, SignIn
from tests.conftest import TEST_CONFIG, to
from tests.test_crash_safety import Running, write_config

HOSTILE_TEMPLATES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
    "{{ name|attr('__class__') }}",
    "{{ name['__class__'] }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
]


@pytest.mark.parametrize("source", HOSTILE_TEMPLATES)
def test_a_template_reaching_into_python_is_refused_at_load(source):
    with pytest.raises(ConfigError, match=r"c\.yaml 第 2 行 templates\.signin_ok：模板里不能用以下划线开头的名字 “_"):
        parse_config("templates:\n  signin_ok: |-\n    " + source + "\n", "c.yaml")


@pytest.mark.parametrize("source", HOSTILE_TEMPLATES)
def test_the_sandbox_refuses_it_at_render_too(source, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises((SecurityError, UndefinedError)):
        Renderer({"t": source}).render("t", name="小美")
    assert not (tmp_path / "PWNED").exists()


async def test_member_text_and_names_are_data_never_templates_or_sql(make_harness):
    harness = await make_harness()
    evil_name = "{{ 7*7 }}'); DROP TABLE sign_in; --"
    signed = await harness.say("g1", "amy", "签到", name=evil_name)
    assert "签到成功" in to("amy", signed)[0]["text"]
    reason = "{{ ''.__class__ }} ' OR 1=1; DELETE FROM points_ledger; --"
    adjusted = await harness.say("g1", "owner", f"/points @小美 +10 {reason}", mentions=("amy",))
    text = to("amy", adjusted)[0]["text"]
    assert "{{ ''.__class__ }}" in text and "<class" not in text  # shown as typed, not evaluated
    await harness.say("g1", "bo", "{{ 7*7 }} {% raw %} ${7*7} %s %(x)s")
    assert not any("49" in a.get("text", "") for a in harness.actions)

    signins = await harness.db.read(lambda s: s.exec(select(SignIn.member_id)).all())
    reasons = await harness.db.read(lambda s: s.exec(select(PointsEntry.reason).where(PointsEntry.source == "staff:owner")).all())
    logged = await harness.db.read(lambda s: s.exec(select(EventLog.text).where(EventLog.member_id == "bo")).all())
    assert signins == ["amy"]  # the table is there, the row is there, nothing was dropped
    assert reasons == [" ".join(reason.split())]
    assert logged == ["{{ 7*7 }} {% raw %} ${7*7} %s %(x)s"]


def test_yaml_tags_that_build_python_objects_are_refused(tmp_path):
    marker = tmp_path / "pwned"
    for text in (f"bot: !!python/object/apply:os.system ['touch {marker}']\n",
                 "bot: !!python/name:os.system\n", "defaults: !!python/object:bot.config.schema.Config {}\n"):
        with pytest.raises(ConfigError, match="c.yaml 第 1 行：用了无法识别的标记"):
            parse_config(text, "c.yaml")
    assert not marker.exists()


@pytest.mark.slow
async def test_the_admin_password_never_reaches_the_log(tmp_path):
    password, wrong = "s3cret-Store-Pass-仅店长", "wrong-guess-Pass-7788"
    bot = Running(write_config(tmp_path / "config.yaml"), tmp_path / "bot.db", env={"QUNBOT_ADMIN_PASSWORD": password})
    await bot.start()
    base = f"http://127.0.0.1:{bot.port}/admin"
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:  # cookies on an IP host
        for attempt in (wrong, password):
            async with http.get(f"{base}/login") as page:
                body = await page.text()
                assert page.status == 200, "".join(bot.stderr)
                csrf = re.search(r'name="csrf" value="([^"]+)"', body).group(1)
            async with http.post(f"{base}/login", data={"csrf": csrf, "password": attempt}, allow_redirects=False) as done:
                assert done.status in (303, 401)
    assert await bot.stop(signal.SIGTERM) == 0
    log = "".join(bot.stderr)
    assert "wrong password from 127.0.0.1" in log
    assert password not in log and wrong not in log
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        dumped = "\n".join(conn.iterdump())
    assert password not in dumped and wrong not in dumped
