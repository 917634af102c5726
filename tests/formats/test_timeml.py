"""``extract --format timeml``: a TimeML document per input, with its DCT and inline TIMEX3 tags."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run


def _documents(output: str) -> list[ElementTree.Element]:
    parts = [part for part in output.split('<?xml version="1.0" ?>') if part.strip()]
    return [ElementTree.fromstring(part) for part in parts]


def test_seed_article_as_timeml(cli: Callable[..., Run], seed_path: Path) -> None:
    run = cli("extract", "--format", "timeml", str(seed_path))
    assert run.status == 0
    (root,) = _documents(run.out)
    dct = root.find("DCT/TIMEX3")
    assert dct is not None and dct.get("value") == "2011-09-15T04:12"
    assert dct.get("functionInDocument") == "CREATION_TIME"
    text = root.find("TEXT")
    assert text is not None
    # The text is the article's, every character of it, with the tags only added around it.
    assert "".join(text.itertext()) == seed_path.read_text(encoding="utf-8")
    timexes = {t.text: (t.get("type"), t.get("value")) for t in text.iter("TIMEX3")}
    assert timexes["yesterday"] == ("DATE", "2011-09-14")
    assert timexes["20-hour"] == ("DURATION", "PT20H")
    ids = [t.get("tid") for t in text.iter("TIMEX3")]
    assert len(ids) == len(set(ids)) and "t0" not in ids


def test_records_give_one_timeml_document_each_and_markup_is_escaped(cli: Callable[..., Run],
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "a<b>&c", "dct": "1998-08-07", "text": "x < y & z, Friday"}) + "\n"
                    + json.dumps({"id": "d2", "text": "No anchor, yesterday."}) + "\n", encoding="utf-8")
    first, second = _documents(cli("extract", "--format", "timeml", str(path)).out)
    assert first.findtext("DOCID") == "a<b>&c"
    assert "".join(first.find("TEXT").itertext()) == "x < y & z, Friday"  # type: ignore[union-attr]
    assert [t.get("value") for t in first.iter("TIMEX3")] == ["1998-08-07", "1998-08-07"]
    assert second.find("DCT") is None
    assert [t.get("value") for t in second.iter("TIMEX3")] == ["XXXX-XX-XX"]
