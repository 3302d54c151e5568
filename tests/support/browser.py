"""Debian's Chromium, headless, for page tests (`.ci/run` installs it)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def dump_dom(url: str, *, budget_ms: int = 8000, timeout: float = 120) -> str:
    """The page's DOM after its scripts ran for ``budget_ms`` of virtual time."""
    exe = chromium()
    assert exe, "chromium is not installed (apt-get install chromium)"
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", f"--virtual-time-budget={budget_ms}", "--dump-dom", url],
                              capture_output=True, text=True, timeout=timeout)
    return done.stdout


def screenshot(url: str, path: str, *, size: str = "1300,900", budget_ms: int = 8000, timeout: float = 180) -> None:
    exe = chromium()
    assert exe, "chromium is not installed (apt-get install chromium)"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size}", f"--virtual-time-budget={budget_ms}",
                        f"--screenshot={path}", url], capture_output=True, timeout=timeout, check=True)


def driver(width: int = 1400, height: int = 900):  # type: ignore[no-untyped-def]
    """A Selenium WebDriver on Debian's Chromium and chromedriver, headless, with the console log kept."""
    from selenium import webdriver

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium() or "/usr/bin/chromium"
    for f in FLAGS:
        opts.add_argument(f)
    opts.add_argument(f"--window-size={width},{height}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    exe = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(options=opts, service=webdriver.ChromeService(executable_path=exe))
