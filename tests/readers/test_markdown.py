"""Markdown with YAML or TOML front matter: stamps at their keys' lines, the body mapped to the file."""

from __future__ import annotations

from pathlib import Path

from timecheck import Settings, check
from timecheck.model import Document, StampKind, StampSource
from timecheck.readers import read_paths
from timecheck.readers.markdown import document_from_markdown

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


def read_one(path: Path) -> Document:
    (doc,) = list(read_paths([str(path)], Settings()))
    assert isinstance(doc, Document)
    return doc


def summary(doc: Document) -> list[tuple[str, str | None, tuple[int, int] | None]]:
    return [(s.kind.value, s.moment.iso() if s.moment else None, s.position) for s in doc.stamps
            if s.source is StampSource.FRONT_MATTER]


def test_hugo_toml_front_matter() -> None:
    doc = read_one(PAGES / "hugo-toml.md")
    assert summary(doc) == [("published", "2019-05-03T09:00+01:00", (3, 1)), ("updated", "2019-05-04", (4, 1)),
                            ("other", "2029-05-03", (5, 1))]
    assert doc.text.startswith("The storm")
    assert doc.textmap.position(doc.text.index("yesterday")) == (7, 29)


def test_jekyll_yaml_front_matter() -> None:
    doc = read_one(PAGES / "jekyll-yaml.markdown")
    assert summary(doc) == [("published", "2019-05-03T09:00+01:00", (4, 1)), ("updated", "2019-05-04", (5, 1))]


def test_front_matter_that_is_not_yaml_gives_a_best_reading_and_a_finding() -> None:
    doc = read_one(PAGES / "bad-front-matter.md")
    broken = [s for s in doc.stamps if s.problem]
    assert len(broken) == 1 and "front matter is not valid YAML" in broken[0].problem
    assert [(s.kind, s.moment.iso()) for s in doc.stamps if s.moment] == [  # type: ignore[union-attr]
        (StampKind.PUBLISHED, "2019-05-03T09:00+01:00"), (StampKind.UPDATED, "2019-05-04")]
    report = check(PAGES / "bad-front-matter.md", settings=Settings(select=("TC109",)))
    assert [f.code for f in report.findings] == ["TC109"] and not report.problems


def test_yaml_is_loaded_safely() -> None:
    text = "---\ndate: !!python/object/apply:os.system ['echo pwned']\n---\nBody.\n"
    doc = document_from_markdown(text, path="x.md", doc_id="x", settings=Settings())
    assert any("not valid YAML" in s.problem for s in doc.stamps)


def test_bad_toml_and_odd_values() -> None:
    doc = document_from_markdown("+++\ndate = \n+++\nBody.\n", path="x.md", doc_id="x", settings=Settings())
    assert any("not valid TOML" in s.problem for s in doc.stamps)
    doc = document_from_markdown("---\ndate: [1, 2]\nupdated: tomorrow\n---\nBody.\n", path="x.md", doc_id="x",
                                 settings=Settings())
    assert [bool(s.problem) for s in doc.stamps] == [True, True]


def test_markdown_without_front_matter_is_all_body() -> None:
    doc = document_from_markdown("# Title\n\nPublished 3 May 2019\n", path="x.md", doc_id="x", settings=Settings())
    assert doc.text.startswith("# Title")
    assert [(s.source, s.span) for s in doc.stamps] == [(StampSource.VISIBLE, (19, 29))]
    assert doc.textmap.position(19) == (3, 11)


def test_unterminated_front_matter_is_body() -> None:
    doc = document_from_markdown("---\ndate: 2019-05-03\nno closing fence\n", path="x.md", doc_id="x",
                                 settings=Settings())
    assert doc.text.startswith("---") and not [s for s in doc.stamps if s.source is StampSource.FRONT_MATTER]
