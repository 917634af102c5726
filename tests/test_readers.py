"""Readers: plain text, JSON and JSON Lines records, folders, and bad input as data."""

from __future__ import annotations

import json
from pathlib import Path

from timecheck import InputError, Settings
from timecheck.model import Document, StampKind, StampSource
from timecheck.readers import read_paths


def read(*paths: Path, settings: Settings | None = None) -> list[Document | InputError]:
    return list(read_paths([str(p) for p in paths], settings or Settings()))


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Published 15 September 2011\nIt ended yesterday.\n", encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert doc.id == str(path) and doc.text.startswith("Published")
    assert doc.textmap.position(doc.text.index("yesterday")) == (2, 10)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfPublished 15 September 2011\n")
    (doc,) = read(path)
    assert isinstance(doc, Document) and doc.text.startswith("Published")


def test_jsonl_default_fields_and_dct(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    lines = [
        {"id": "a", "dct": "1998-08-07", "text": "Friday"},
        {"id": "b", "body": "Next week.", "date_published": "2011-09-15T04:12:00+05:30",
         "dateModified": "2011-09-16", "url": "https://x.test/2011/09/15/b"},
        {"content": "no id here", "published": 1315040000},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    a, b, c = read(path)
    assert isinstance(a, Document) and isinstance(b, Document) and isinstance(c, Document)
    assert [(s.kind, s.source, s.moment.iso()) for s in a.stamps] == [  # type: ignore[union-attr]
        (StampKind.PUBLISHED, StampSource.RECORD, "1998-08-07")]
    assert b.text == "Next week." and b.url.endswith("/b")
    assert {s.kind: s.moment.iso() for s in b.stamps} == {  # type: ignore[union-attr]
        StampKind.PUBLISHED: "2011-09-15T04:12+05:30", StampKind.UPDATED: "2011-09-16"}
    assert c.id == "r.jsonl:3"
    assert c.stamps[0].moment.iso() == "2011-09-03T08:53:20+00:00"  # type: ignore[union-attr]


def test_explicit_field_mapping(tmp_path: Path) -> None:
    from types import MappingProxyType

    from timecheck.settings import DEFAULT_FIELDS

    path = tmp_path / "cms.jsonl"
    path.write_text(json.dumps({"uid": "x1", "story": "Today.", "pubDate": "2011-09-15"}) + "\n", encoding="utf-8")
    fields = dict(DEFAULT_FIELDS, id=("uid",), text=("story",), published=("pubDate",))
    (doc,) = read(path, settings=Settings(fields=MappingProxyType(fields)))
    assert isinstance(doc, Document) and doc.id == "x1" and doc.text == "Today."
    assert doc.stamps[0].moment.iso() == "2011-09-15"  # type: ignore[union-attr]


def test_json_array_keeps_record_lines(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('[\n  {"id": "a", "text": "x"},\n\n  {"id": "b", "text": "y"},\n  7\n]\n', encoding="utf-8")
    a, b, bad = read(path)
    assert isinstance(a, Document) and isinstance(b, Document)
    assert a.textmap.position(0) == (2, 1) and b.textmap.position(0) == (4, 1)
    assert isinstance(bad, InputError) and bad.line == 5 and "not an object" in bad.reason


def test_single_json_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('{"id": "solo", "text": "Today.", "published": "2011-09-15"}', encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, Document) and doc.id == "solo"


def test_bad_inputs_are_errors_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x7fELF\x02\x01\x00\x00binary")
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9\nsecond line\n")
    (tmp_path / "recs.jsonl").write_text(
        '{"id": "ok1", "text": "Today."}\n{"id": "bad", "text": \n{"id": "ok2", "text": "Now."}\n'
        '{"id": "notext"}\n["a list"]\n', encoding="utf-8")
    items = read(tmp_path)
    docs = {i.id: i for i in items if isinstance(i, Document)}
    errors = {(Path(e.path).name, e.line): e.reason for e in items if isinstance(e, InputError)}
    assert [Path(d).name if "/" in d else d for d in docs] == ["latin.txt", "ok1", "ok2"]
    assert errors[("empty.txt", 1)] == "empty file"
    assert "binary" in errors[("blob.txt", 1)]
    # Not UTF-8 is read anyway, never skipped, and the note says how (rule TC002 reports it).
    latin = docs[str(tmp_path / "latin.txt")]
    assert latin.text.startswith("café") and "decoded as windows-1252" in latin.encoding_note
    assert "invalid JSON" in errors[("recs.jsonl", 2)]
    assert "no text" in errors[("recs.jsonl", 4)]
    assert "not an object" in errors[("recs.jsonl", 5)]


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    (item,) = read(tmp_path / "nope.txt")
    assert isinstance(item, InputError) and "no such file" in item.reason


def test_folders_are_walked_in_order_and_expected_outputs_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Today.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Today.", encoding="utf-8")
    (tmp_path / "a.expected.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    names = [Path(i.path).name for i in read(tmp_path)]
    assert names == ["a.txt", "z.txt"]


def test_reading_never_modifies_inputs(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Published 31 April 2011\n", encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    read(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_reader_bug_ends_only_its_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import timecheck.readers as readers

    def broken(data: bytes, path: str, settings: Settings):  # type: ignore[no-untyped-def]
        yield from readers.READERS["text"](data, path, settings)
        raise RuntimeError("reader bug")

    monkeypatch.setitem(readers.READERS, "json", broken)
    (tmp_path / "a.json").write_text("Published 1 May 2020\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Published 2 May 2020\n", encoding="utf-8")
    items = read(tmp_path)
    assert isinstance(items[0], Document) and Path(items[0].path).name == "a.json"
    assert isinstance(items[1], InputError) and "internal error while reading after 1 document" in items[1].reason
    assert isinstance(items[2], Document) and Path(items[2].path).name == "b.txt"


def test_impossible_front_matter_date_is_a_stamp_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: x\ndate: 2019-02-30\n---\n\nBody.\n", encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, Document)
    (stamp,) = [s for s in doc.stamps if s.kind is StampKind.PUBLISHED]
    assert stamp.moment is None and "no day 30" in stamp.problem and stamp.position == (3, 1)


def test_document_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Published 1 May 2020\n" + b"x" * 3000)
    records = tmp_path / "r.jsonl"
    records.write_bytes(b'{"id": "small", "text": "ok"}\n{"id": "huge", "text": "' + b"y" * 3000 + b'"}\n'
                        b'{"id": "after", "text": "ok"}\n')
    settings = Settings(max_document_bytes=2048)
    items = read(big, records, settings=settings)
    assert isinstance(items[0], InputError) and "document size limit" in items[0].reason
    assert [i.id for i in items[1:] if isinstance(i, Document)] == ["small", "after"]
    (error,) = [i for i in items[1:] if isinstance(i, InputError)]
    assert error.line == 2 and "longer than 2048 bytes" in error.reason
    assert len(read(big)) == 1 and isinstance(read(big)[0], Document), "the default limit reads it"


def test_max_document_mb_config(tmp_path: Path) -> None:
    from timecheck.config import discover

    (tmp_path / "timecheck.toml").write_text("max-document-mb = 0.5\n", encoding="utf-8")
    assert discover(None, cwd=str(tmp_path)).max_document_bytes == 512 * 1024
