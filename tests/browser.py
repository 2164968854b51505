"""Headless Chromium for the browser tests: the system's Chromium, never a download.

Where Chromium is missing the tests that use ``needs_chromium`` are skipped with that
reason in the summary; CI (.ci/run) installs it.
"""
from __future__ import annotations

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright_api = pytest.importorskip("playwright.async_api", reason="playwright is not installed (pip install -e '.[test]')")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="BROWSER TESTS SKIPPED: no Chromium on this machine (apt-get install chromium)"
)
# Without these, Chromium keeps trying to reach Google's hosts, which this sandbox refuses.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
WAIT_MS = 20_000  # the send queue paces replies (a group switch 3-5 s); a loaded CI machine is slower
# What a page shows does not depend on the database: the dashboard's queries run on PostgreSQL in
# tests/test_dashboard.py, and browsers are the suite's slowest tests (a minute and more on 2 cores).
on_sqlite_only = pytest.mark.sqlite_only("a browser test: the page is under test, its queries are in test_dashboard.py")
browser_test = [needs_chromium, on_sqlite_only]


@pytest.fixture(scope="module")
def chromium_endpoint(tmp_path_factory):
    """One headless Chromium for a test module; each test connects to it over CDP (much faster than a launch)."""
    import re
    import subprocess
    import threading

    profile = tmp_path_factory.mktemp("chromium")
    process = subprocess.Popen([CHROMIUM, "--headless=new", "--remote-debugging-port=0", f"--user-data-dir={profile}", "--hide-scrollbars",
                                *ARGS, "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for line in process.stderr:
            if match := re.search(r"DevTools listening on (ws://\S+)", line):
                break
        else:
            raise RuntimeError("Chromium did not start")
        threading.Thread(target=process.stderr.read, daemon=True).start()  # keep its pipe drained
        yield match.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
async def browser(chromium_endpoint):
    async with playwright_api.async_playwright() as p:
        connected = await p.chromium.connect_over_cdp(chromium_endpoint)
        yield connected
        await connected.close()
