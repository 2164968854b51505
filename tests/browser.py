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
WAIT_MS = 10_000
