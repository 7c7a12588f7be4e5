"""`make bench`'s offline figures (issue 24): how long the service worker takes to
serve a saved lesson, against the server serving the same lesson online, in one run.

`serve_ratio` (called by bench/run.py) drives Chromium (Playwright,
/usr/bin/chromium) as a logged-in learner: it saves the lesson's module with the
page's own "Save for offline" button, then opens the lesson `rounds` times online
(the server renders it; the worker passes the request through) and `rounds` times
with the network off (the worker answers from the learner's cache), online first,
and compares the medians of the navigation's response end (Navigation Timing: start
to the last byte of the document). Without Chromium or Playwright it says why and
measures nothing.

The pack size of the largest demo module is computed by bench/prepare.py
(`largest_pack`), from offline.pack.module_pack on the seeded demo.
"""

import statistics
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# Request start to the document's last byte, for the page's own navigation.
SERVED_MS = (
    "() => { const n = performance.getEntriesByType('navigation')[0];"
    " return n.responseEnd - n.startTime; }"
)


def serve_ratio(
    base: str, cookie: str, module_path: str, lesson_path: str, *, rounds: int = 15
) -> dict:
    """{"online_ms", "offline_ms", "ratio", "rounds"}, or {"skipped": why} without
    a browser, or {"failed": what} when the browser could not measure."""
    if not CHROMIUM.exists():
        return {"skipped": f"no Chromium at {CHROMIUM}"}
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"skipped": "Playwright is not installed"}
    host = urlsplit(base).hostname
    cookies = []
    for part in cookie.split(";"):
        name, _, value = part.strip().partition("=")
        cookies.append({"name": name, "value": value, "domain": host, "path": "/"})
    try:
        return _measure(
            sync_playwright, base, cookies, module_path, lesson_path, rounds
        )
    except Exception as error:  # a browser's failure must not end the run
        return {"failed": f"{type(error).__name__}: {error}"[:300]}


def _measure(sync_playwright, base, cookies, module_path, lesson_path, rounds) -> dict:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(locale="uk-UA")
            context.add_cookies(cookies)
            page = context.new_page()
            page.goto(base + module_path)
            page.wait_for_function(
                "() => document.documentElement.hasAttribute('data-offline-ready')"
            )
            page.locator("[data-offline-save-button]").click()
            page.wait_for_selector(
                "[data-offline-saved-state='saved']", state="attached", timeout=120_000
            )
            # Online first, then offline: going back online makes the page check
            # its saved modules at once, which would load the server meanwhile.
            page.goto(base + lesson_path)  # warm: the server's caches, the worker
            title = page.title()
            online = []
            for _ in range(rounds):
                page.goto(base + lesson_path)
                online.append(page.evaluate(SERVED_MS))
            context.set_offline(True)
            page.goto(base + lesson_path)  # warm: the worker's cache
            offline = []
            for _ in range(rounds):
                page.goto(base + lesson_path)
                offline.append(page.evaluate(SERVED_MS))
            # What was served offline is the lesson, not the browser's error page.
            if page.title() != title:
                return {"failed": "the saved lesson was not served offline"}
        finally:
            browser.close()
    online_ms, offline_ms = statistics.median(online), statistics.median(offline)
    return {
        "online_ms": online_ms,
        "offline_ms": offline_ms,
        "ratio": offline_ms / online_ms if online_ms else 0.0,
        "rounds": rounds,
    }
