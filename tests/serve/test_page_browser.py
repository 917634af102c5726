"""The editor's page and the static HTML report in headless Chromium.

Uses Debian's /usr/bin/chromium (``.ci/run`` installs it when missing); a missing browser fails
these tests, it never skips them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Dialog, Page, sync_playwright

from tests.conftest import Run
from tests.serve.conftest import Running

CLI = Callable[..., Run]
CHROMIUM = Path("/usr/bin/chromium")
SCRIPT_PAYLOAD = "<script>window.__pwned = true; alert('script')</script>"
IMAGE_PAYLOAD = '<img src=x onerror="window.__pwned = true; alert(\'onerror\')">'
HOSTILE = (f"Published 15 September 2011, 04:12 IST\n{SCRIPT_PAYLOAD} The assault ended yesterday.\n"
           f"{IMAGE_PAYLOAD} Officials met on Monday, 13 September 2011.\n"
           "<svg onload=\"window.__pwned = true\"></svg> <a href=\"javascript:window.__pwned=true\">link</a>\n")


@dataclass
class Watched:
    """A page with everything that would show a problem: console errors, page errors, dialogs."""

    page: Page
    problems: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless."""
    assert CHROMIUM.is_file(), "install Debian's chromium (apt-get install -y chromium), as .ci/run does"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh browser context that may use the clipboard (for a real paste)."""
    fresh = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield fresh
    fresh.close()


def watch(context: BrowserContext) -> Watched:
    """Open a page that records console errors, uncaught errors and dialogs."""
    watched = Watched(context.new_page())

    def on_console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            watched.problems.append(message.text)

    def on_dialog(dialog: Dialog) -> None:
        watched.dialogs.append(dialog.message)
        dialog.dismiss()

    watched.page.on("console", on_console)
    watched.page.on("pageerror", lambda error: watched.problems.append(str(error)))
    watched.page.on("dialog", on_dialog)
    return watched


def paste(page: Page, text: str) -> None:
    """Put ``text`` on the clipboard and paste it into the article box with the keyboard."""
    page.evaluate("text => navigator.clipboard.writeText(text)", text)
    page.locator("#article").click()
    page.keyboard.press("Control+V")


def wait_for_check(page: Page, count: int) -> None:
    page.wait_for_selector(f"#result[data-checks='{count}']", timeout=30_000)


def test_pasted_seed_article_shows_tc102_and_resolved_yesterday(server: Running, context: BrowserContext,
                                                                  seed_path: Path) -> None:
    watched = watch(context)
    page = watched.page
    page.goto(server.url)
    page.wait_for_selector("html[data-ready='true']")
    paste(page, seed_path.read_text(encoding="utf-8"))
    wait_for_check(page, 1)
    assert page.locator("#article").input_value().startswith("Panetta: US will pursue")
    assert page.locator("#documents").is_hidden(), "one article: no document list"

    finding = page.locator("#findings li[data-code='TC102']")
    assert finding.count() == 1
    assert "six years, seven months after publication" in finding.inner_text()
    assert "Warnings (1)" in page.locator("#findings").inner_text()

    yesterday = page.locator("#text mark.timex", has_text="yesterday").first
    assert yesterday.inner_text() == "yesterday"
    assert yesterday.get_attribute("data-value") == "2011-09-14"
    assert "2011-09-14" in (yesterday.get_attribute("title") or "")
    yesterday.click()
    detail = page.locator("#detail")
    assert detail.locator("dd[data-field='TIMEX3 value']").inner_text() == "2011-09-14"
    assert detail.locator("dd[data-field='Date or interval']").inner_text() == "2011-09-14"
    assert detail.locator("dd[data-field='Grammar rule']").inner_text() != ""
    row = page.locator("#expressions tbody tr", has_text="yesterday").first
    assert "2011-09-14" in row.inner_text()
    assert "2011-05" in page.locator("#expressions").inner_text()  # "in May", before publication
    assert "PT20H" in page.locator("#expressions").inner_text()

    # The finding links to its place: the update stamp, underlined as a warning.
    target = page.locator("#findings li[data-code='TC102'] a").get_attribute("href")
    assert target and target.startswith("#s")
    place = page.locator(target)
    assert place.inner_text() == "04 May 2018, 03:18 IST"
    assert "sev-warning" in (place.get_attribute("class") or "")
    page.locator("#findings li[data-code='TC102'] a").click()
    assert "flash" in (place.get_attribute("class") or "")

    # The timeline: dated expressions and both stamps.
    assert page.locator("#timeline svg rect.event").count() >= 3
    assert "published 2011-09-15" in (page.locator("#timeline [data-stamp='published']").text_content() or "")
    assert "updated 2018-05-04" in (page.locator("#timeline [data-stamp='updated']").text_content() or "")
    assert "Published2011-09-15T04:12+05:30" in page.locator("#stampbar").inner_text().replace("\n", "")
    assert watched.problems == [] and watched.dialogs == []


def test_hostile_article_shows_markup_as_text_and_runs_nothing(server: Running, context: BrowserContext) -> None:
    watched = watch(context)
    page = watched.page
    page.goto(server.url)
    page.wait_for_selector("html[data-ready='true']")
    page.select_option("#kind", "text")
    paste(page, HOSTILE)
    wait_for_check(page, 1)
    text = page.locator("#text")
    shown = text.inner_text()
    assert SCRIPT_PAYLOAD in shown and IMAGE_PAYLOAD in shown and "onerror=" in shown
    for tag in ("script", "img", "svg", "a"):
        assert text.locator(tag).count() == 0, f"no <{tag}> element was made from the article"
    assert page.locator("#text mark.timex[data-value='2011-09-14']", has_text="yesterday").count() == 1
    assert page.locator("#findings li[data-code='TC201']").count() == 1  # 13 September 2011 was a Tuesday
    # Read as HTML (choosing the kind checks again), the reader drops the markup; still nothing runs.
    page.select_option("#kind", "html")
    wait_for_check(page, 2)
    assert SCRIPT_PAYLOAD not in page.locator("#text").inner_text()
    assert "The assault ended yesterday." in page.locator("#text").inner_text()
    page.wait_for_timeout(200)  # give any stray onerror a chance to fire before checking
    assert page.evaluate("window.__pwned === undefined")
    assert watched.dialogs == []
    assert watched.problems == []


def test_dropped_markdown_file_is_read_with_its_front_matter(server: Running, context: BrowserContext) -> None:
    watched = watch(context)
    page = watched.page
    page.goto(server.url)
    page.wait_for_selector("html[data-ready='true']")
    markdown = "---\ndate: 2011-09-15T04:12:00+05:30\n---\nThe assault ended yesterday.\n"
    page.evaluate("""text => {
        const data = new DataTransfer();
        data.items.add(new File([text], "story.md", {type: "text/markdown"}));
        document.getElementById("drop").dispatchEvent(new DragEvent("drop", {dataTransfer: data, bubbles: true}));
    }""", markdown)
    wait_for_check(page, 1)
    assert page.locator("#article").input_value() == markdown
    assert "front-matter" in page.locator("#stampbar").inner_text()
    assert page.locator("#text mark.timex[data-value='2011-09-14']").count() == 1
    assert watched.problems == [] and watched.dialogs == []


def test_static_html_report_draws_the_same_view(cli: CLI, tmp_path: Path, seed_path: Path,
                                                 context: BrowserContext) -> None:
    hostile = tmp_path / "<img src=x onerror=alert(1)>.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    report = tmp_path / "report.html"
    run = cli("check", "--format", "html", "-o", str(report), str(seed_path), str(hostile))
    assert run.status == 1, run.err  # TC201 in the hostile article is an error
    watched = watch(context)
    page = watched.page
    page.goto(report.as_uri())
    page.wait_for_selector("html[data-ready='true']")
    assert page.locator("#input").is_hidden(), "a report has no editor"
    buttons = page.locator("#documents button")
    assert buttons.count() == 2
    assert "<img src=x onerror=alert(1)>.txt" in buttons.nth(1).inner_text()
    buttons.nth(0).click()
    assert page.locator("#findings li[data-code='TC102']").count() == 1
    assert page.locator("#text mark.timex[data-value='2011-09-14']", has_text="yesterday").count() == 1
    buttons.nth(1).click()
    assert SCRIPT_PAYLOAD in page.locator("#text").inner_text()
    assert page.locator("#text img, #text script").count() == 0
    assert page.locator("#doc-title").inner_text().endswith("<img src=x onerror=alert(1)>.txt")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned === undefined")
    assert watched.dialogs == [] and watched.problems == []
