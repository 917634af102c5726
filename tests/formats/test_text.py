"""Text output: ``path:line:col: CODE message``, the source line with a marker, colour on terminals only."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import Run
from tests.formats.articles import MIGRATED, WRONG_WEEKDAY, write
from timecheck.cli import main
from timecheck.formats.text import _printable, _printable_text, snippet
from timecheck.model import Document, Finding, Severity
from timecheck.textmap import TextMap

CLI = Callable[..., Run]
ESC = "\033["


class Terminal(io.StringIO):
    """Standard output as a terminal would be."""

    def isatty(self) -> bool:
        return True


def test_show_source_marks_the_expression(cli: CLI, tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", MIGRATED)
    run = cli("check", "--show-source", str(article))
    assert run.out.splitlines() == [
        f"{article}:2:14: TC102 updated 2018-05-04 03:18 IST, six years, seven months after publication "
        "2011-09-15 04:12 IST",
        "2 | Last Updated 04 May 2018, 03:18 IST",
        "  |              ^^^^^^^^^^^^^^^^^^^^^^",
        "",
        "Found 1 finding (1 warning) in 1 document.",
    ]


def test_fix_title_follows_the_source(cli: CLI, tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", WRONG_WEEKDAY)
    lines = cli("check", "--show-source", str(article)).out.splitlines()
    assert lines[1:4] == [
        "2 | The embassy was attacked on Tuesday, Sept. 14, 2011.",
        "  |                             ^^^^^^^",
        "  fix: Replace 'Tuesday' with 'Wednesday'",
    ]


def test_marker_lines_up_after_tabs_and_wide_characters(cli: CLI, tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", WRONG_WEEKDAY.replace("The embassy", "\t東京: The embassy"))
    source, marker = cli("check", "--show-source", str(article)).out.splitlines()[1:3]
    assert source == "2 | \t東京: The embassy was attacked on Tuesday, Sept. 14, 2011."
    # The tab is kept, each wide character takes two columns: "^" sits under the "T" of Tuesday.
    assert marker == "  | \t" + " " * (4 + 1 + len(" The embassy was attacked on ")) + "^" * 7


def test_long_lines_are_cut_around_the_marker(cli: CLI, tmp_path: Path) -> None:
    filler = "Officials said many things about the long negotiations in the capital. " * 6
    article = write(tmp_path, "a.txt", WRONG_WEEKDAY.replace("The embassy", filler + "The embassy")
                    .replace("2011.\n", "2011. " + filler + "\n"))
    source, marker = cli("check", "--show-source", str(article)).out.splitlines()[1:3]
    assert source.startswith("2 | …") and source.endswith("…")
    assert len(source) <= len("2 | ") + 122
    start = marker.index("^")
    assert source[start:start + 7] == "Tuesday" and marker.endswith("^" * 7)


def test_control_characters_are_not_sent_to_the_terminal(tmp_path: Path) -> None:
    text = "Published 15 September 2011\n\x1b[2JIt was Tuesday, Sept. 14, 2011.\n"
    document = Document(id="a", path="a", text=text, textmap=TextMap.for_text(text))
    start = text.index("Tuesday")
    column = start - text.index("\n")
    finding = Finding(path="a", doc_id="a", code="TC201", name="weekday-mismatch", severity=Severity.ERROR,
                      message="m", line=2, column=column, end_line=2, end_column=column + 7,
                      span=(start, start + 7))
    source, marker = snippet(finding, document)
    assert "\x1b" not in source and source.startswith("2 | \ufffd[2JIt was Tuesday")
    assert marker.index("^") == source.index("Tuesday")


def test_records_show_their_text_without_a_source_line_number() -> None:
    text = "Published 15 September 2011\nIt was Tuesday, Sept. 14, 2011."
    document = Document(id="r1", path="a.jsonl", text=text, textmap=TextMap.single_line(7))
    start = text.index("Tuesday")
    finding = Finding(path="a.jsonl", doc_id="r1", code="TC201", name="weekday-mismatch",
                      severity=Severity.ERROR, message="m", line=7, column=1, end_line=7, end_column=1,
                      span=(start, start + 7))
    assert snippet(finding, document) == [" | It was Tuesday, Sept. 14, 2011.", " |        ^^^^^^^"]
    assert snippet(replace(finding, span=None), document) == []


def test_colour_and_source_only_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = write(tmp_path, "a.txt", MIGRATED)
    monkeypatch.delenv("NO_COLOR", raising=False)
    piped, terminal, err = io.StringIO(), Terminal(), io.StringIO()
    main(["check", str(article)], out=piped, err=err)
    main(["check", str(article)], out=terminal, err=err)
    assert ESC not in piped.getvalue() and "^^^" not in piped.getvalue()
    assert f"{ESC}1m{ESC}33mTC102{ESC}0m" in terminal.getvalue() and "^^^" in terminal.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    no_color = Terminal()
    main(["check", str(article)], out=no_color, err=err)
    assert ESC not in no_color.getvalue() and "^^^" in no_color.getvalue()
    forced = io.StringIO()
    main(["check", "--color", "always", "--no-show-source", str(article)], out=forced, err=err)
    assert ESC in forced.getvalue() and "^^^" not in forced.getvalue()
    never = Terminal()
    main(["check", "--color", "never", str(article)], out=never, err=err)
    assert ESC not in never.getvalue()


def test_quiet_prints_findings_only(cli: CLI, tmp_path: Path) -> None:
    article = write(tmp_path, "a.txt", MIGRATED)
    run = cli("check", "--quiet", str(article))
    assert [line.split(": ")[1].split()[0] for line in run.out.splitlines()] == ["TC102"]
    clean = write(tmp_path, "b.txt", "Published 15 September 2011\n")
    assert cli("check", "-q", str(clean)).out == ""
    assert cli("check", str(clean)).out == "All clear: 1 document checked.\n"


@given(st.text())
def test_a_message_is_shown_with_every_control_character_replaced(text: str) -> None:
    shown = _printable_text(text)
    assert shown == "".join(_printable(char) for char in text)
    assert not any(unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") and char != "\t"
                   for char in shown)
