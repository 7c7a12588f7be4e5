"""Browser tests: Playwright for Python driving Debian's Chromium against a live server.

Every page a test visits is checked with axe-core (WCAG 2.2 A/AA rules) at desktop width
and at 360 px, where nothing may overflow sideways, and no request may leave our host.
A failing test leaves a screenshot in var/test-artifacts/.
"""

import functools
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, sync_playwright

# Playwright's sync API runs an event loop; Django's ORM refuses to run next to one
# unless told it is safe, which it is here: the test thread does one thing at a time.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "var" / "test-artifacts"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@functools.cache
def axe_source() -> str:
    """axe-core from npm, read when a browser test first checks a page (not at
    import: `pytest -m "not browser"` works without node_modules)."""
    if not AXE.exists():
        pytest.fail(
            f"{AXE} is missing: the browser tests need the npm packages"
            " (make install, or npm ci)",
            pytrace=False,
        )
    return AXE.read_text() + "\n;undefined"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


class Audit:
    """Accessibility, layout and network checks for every page a test visits."""

    def __init__(self, page: Page, origin: str):
        self.page = page
        self.origin = origin
        self.foreign_requests: list[str] = []
        self.csp_violations: list[str] = []
        self.visited: list[str] = []
        self.checked: set[str] = set()
        page.on("request", self._on_request)
        page.on("console", self._on_console)
        page.on("framenavigated", self._on_navigation)

    def _on_request(self, request):
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return
        if f"{parts.scheme}://{parts.netloc}" != self.origin:
            self.foreign_requests.append(request.url)

    def _on_console(self, message):
        if "Content Security Policy" in message.text:
            self.csp_violations.append(f"{self.page.url}: {message.text}")

    def _on_navigation(self, frame):
        if frame == self.page.main_frame:
            self.visited.append(frame.url.split("#")[0])

    def check(self) -> None:
        """Run axe at desktop width and at 360 px; fail on serious/critical issues."""
        page = self.page
        page.wait_for_load_state("load")
        try:
            for viewport in (DESKTOP, PHONE):
                page.set_viewport_size(viewport)
                violations = self._axe()
                assert violations == [], (
                    f"Accessibility problems on {page.url} at {viewport['width']}px:\n"
                    + "\n".join(violations)
                )
                if viewport is PHONE:
                    overflow = page.evaluate(
                        "() => document.documentElement.scrollWidth"
                        " - document.documentElement.clientWidth"
                    )
                    assert overflow <= 0, (
                        f"{page.url} overflows a 360 px screen by {overflow}px"
                    )
        finally:
            page.set_viewport_size(DESKTOP)
        self.checked.add(page.url.split("#")[0])

    def _axe(self) -> list[str]:
        if not self.page.evaluate("() => typeof window.axe !== 'undefined'"):
            # Evaluated by the browser's debugging protocol, not as an inline
            # script, which our Content-Security-Policy forbids.
            self.page.evaluate(axe_source())
        results = self.page.evaluate(
            "async (tags) => await axe.run(document,"
            " {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            AXE_TAGS,
        )
        problems = []
        for violation in results["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [", ".join(n["target"]) for n in violation["nodes"][:5]]
                problems.append(
                    f"[{violation['impact']}] {violation['id']}: {violation['help']}"
                    f" at {targets}"
                )
        return problems


@pytest.fixture
def page(browser, live_server, request):
    context = browser.new_context(viewport=DESKTOP, locale="uk-UA")
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.audit = Audit(page, live_server.url)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    context.close()
    if report is not None and report.passed:
        assert page.audit.csp_violations == [], (
            "Content-Security-Policy violations: "
            + "; ".join(page.audit.csp_violations)
        )
        assert page.audit.foreign_requests == [], (
            "Pages requested other hosts: " + ", ".join(page.audit.foreign_requests)
        )
        unchecked = [u for u in page.audit.visited if u not in page.audit.checked]
        assert unchecked == [], (
            f"Pages visited without an accessibility check: {unchecked}"
        )
