"""`make bench`'s offline figures (issue 24): how long the service worker takes to
serve a saved lesson, against the server serving the same lesson online, in one run.

`serve_ratio` (called by bench/run.py) drives Chromium (Playwright,
/usr/bin/chromium) as a logged-in learner: it saves the lesson's module with the
page's own "Save for offline" button, then opens the lesson `rounds` times online
(the server renders it; the worker passes the request through) and `rounds` times
with the network off (the worker answers from the learner's cache), alternating,
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
    """{"online_ms", "offline_ms", "ratio", "rounds"} or {"skipped": why}."""
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
            online, offline = [], []
            page.goto(base + lesson_path)  # warm: the server's caches, the worker
            for _ in range(rounds):
                context.set_offline(False)
                page.goto(base + lesson_path)
                online.append(page.evaluate(SERVED_MS))
                context.set_offline(True)
                page.goto(base + lesson_path)
                offline.append(page.evaluate(SERVED_MS))
            context.set_offline(False)
            # The page served offline is the lesson, not the browser's error page.
            page.goto(base + lesson_path)
            title = page.title()
            context.set_offline(True)
            page.goto(base + lesson_path)
            if page.title() != title:
                return {"skipped": "the saved lesson was not served offline"}
        finally:
            browser.close()
    online_ms, offline_ms = statistics.median(online), statistics.median(offline)
    return {
        "online_ms": online_ms,
        "offline_ms": offline_ms,
        "ratio": offline_ms / online_ms if online_ms else 0.0,
        "rounds": rounds,
    }
