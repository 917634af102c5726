"""The HTML report in headless Chromium: charts and table render, no console errors, article text cannot run.

Uses Debian's /usr/bin/chromium (``.ci/run`` installs it); a missing browser fails this test.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.audit.helpers import NOW, write_archive
from tests.conftest import Run

CLI = Callable[..., Run]
CHROMIUM = Path("/usr/bin/chromium")
HOSTILE = ("<script>window.__pwned = true; alert('xss')</script> Published 15 September 2011. "
           "<img src=x onerror=\"window.__pwned = true; alert(1)\"> It ended on Monday, 14 September 2011.")


def test_report_renders_in_chromium_and_escapes_article_text(cli: CLI, tmp_path: Path) -> None:
    assert CHROMIUM.is_file(), "install Debian's chromium (apt-get install -y chromium), as .ci/run does"
    archive = tmp_path / "archive.jsonl"
    hostile = json.dumps({"id": "hostile", "published": "2011-09-15T04:12:00Z", "text": HOSTILE})
    write_archive(archive, 80, extra_lines=(hostile,))
    report = tmp_path / "report.html"
    run = cli("audit", str(archive), "--db", str(tmp_path / "a.db"), "--now", NOW, "--workers", "1",
              "--report", str(report))
    assert run.status == 1, run.err
    html = report.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html, "the report fetches nothing"

    problems: list[str] = []
    dialogs: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("console", lambda message: problems.append(message.text) if message.type in ("error", "warning") else None)
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on("requestfailed", lambda request: problems.append(f"request {request.url}"))

            def on_dialog(dialog: object) -> None:
                dialogs.append(getattr(dialog, "message", "?"))
                getattr(dialog, "dismiss")()

            page.on("dialog", on_dialog)
            page.goto(report.as_uri())
            page.wait_for_selector("html[data-ready='true']", timeout=10_000)
            for chart in ("chart-rules", "chart-lag", "chart-publications", "chart-findings-years"):
                assert page.locator(f"#{chart} svg rect").count() > 0, f"{chart} draws bars"
            rows = page.locator("#documents tbody tr")
            assert rows.count() > 5
            hostile_row = page.locator("#documents tbody tr", has_text="hostile")
            assert hostile_row.count() == 1
            assert "<script>window.__pwned = true; alert('xss')</script>" in hostile_row.inner_text()
            assert page.evaluate("window.__pwned === undefined")

            findings_header = page.locator("#documents th", has_text="Findings")
            findings_header.click()
            counts = [int(text) for text in page.locator("#documents tbody tr td:nth-child(7)").all_inner_texts()]
            assert counts == sorted(counts)
            findings_header.click()
            counts = [int(text) for text in page.locator("#documents tbody tr td:nth-child(7)").all_inner_texts()]
            assert counts == sorted(counts, reverse=True)
            page.fill("#filter", "hostile")
            assert page.locator("#documents tbody tr:not([hidden])").count() == 1
        finally:
            browser.close()
    assert dialogs == [], "no script from an article ran"
    assert problems == []
