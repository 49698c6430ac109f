"""Chromium for the page tests: Playwright for Python driving the system's Chromium.

Playwright's own browser download cannot work here, so the test uses Debian's
``chromium`` package (``apt-get install -y chromium``; ``.ci/run`` installs it). As with
PostgreSQL, a missing browser fails the run under ``CI=true`` and skips it elsewhere.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.conftest import ON_CI

if TYPE_CHECKING:
    from playwright.async_api import Browser

CHROMIUM = os.environ.get("POLKU_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _missing(reason: str) -> None:
    if ON_CI:
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    """A headless Chromium (the system's), closed after the test."""
    try:
        from playwright.async_api import async_playwright, expect
    except ImportError:
        _missing("Playwright is not installed (pip install -c constraints.txt -e '.[dev]')")
    # A reply takes well under a second; the margin is for a machine busy with other tests.
    expect.set_options(timeout=15_000)
    if shutil.which(CHROMIUM) is None:
        _missing(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield chromium
        finally:
            await chromium.close()


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    """Where screenshots go: POLKU_SCREENSHOTS (``make screenshots``: docs/), else a tmp dir."""
    wanted = os.environ.get("POLKU_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder
