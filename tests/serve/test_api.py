"""Every endpoint of the service, on a real server on a loopback port."""

from __future__ import annotations

import re
from pathlib import Path

import timecheck
from timecheck.formats.serialize import finding_to_dict
from timecheck.readers.text import document_from_text
from timecheck.rules import ALL_RULES
from timecheck.settings import Settings
from tests.serve.conftest import Running

HTML_PAGE = """<!doctype html><html lang="en"><head>
<meta property="article:published_time" content="2011-09-15T04:12:00+05:30">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2011-09-15T04:12:00+05:30",
 "dateModified": "2018-05-04T03:18:00+05:30"}</script></head>
<body><article><p>The assault ended yesterday, Panetta said.</p></article></body></html>"""
MARKDOWN = """---
date: 2011-09-15T04:12:00+05:30
lastmod: 2018-05-04T03:18:00+05:30
---
The assault ended yesterday, Panetta said.
"""


def _timex(answer: dict[str, object], text: str) -> dict[str, object]:
    expressions = answer["expressions"]
    assert isinstance(expressions, list)
    found = [item for item in expressions if item["text"] == text]
    assert len(found) == 1, f"{text!r} in {[item['text'] for item in expressions]}"
    result: dict[str, object] = found[0]
    return result


def test_healthz_says_ok_with_its_workers(server: Running) -> None:
    reply = server.request("GET", "/healthz")
    assert reply.status == 200
    assert reply.json() == {"status": "ok", "version": timecheck.__version__, "workers": 2, "auth": "none"}
    assert reply.headers["x-content-type-options"] == "nosniff"


def test_rules_lists_every_rule_with_its_documentation(server: Running) -> None:
    reply = server.request("GET", "/v1/rules")
    assert reply.status == 200
    rules = reply.json()["rules"]
    assert [rule["code"] for rule in rules] == [rule.code for rule in ALL_RULES]
    tc102 = next(rule for rule in rules if rule["code"] == "TC102")
    assert tc102["name"] == "update-long-after-publication"
    assert tc102["severity"] == "warning"
    assert tc102["bad"] and tc102["good"] and tc102["why"]
    assert {"name": "max-gap-days", "default": 365} == {k: tc102["options"][0][k] for k in ("name", "default")}


def test_check_seed_article_gives_findings_stamps_and_expressions(server: Running, seed_path: Path) -> None:
    reply = server.post("/v1/check", {"text": seed_path.read_text(encoding="utf-8"), "id": "seed"})
    assert reply.status == 200, reply.body
    answer = reply.json()
    assert [(f["code"], f["severity"], f["line"], f["column"]) for f in answer["findings"]] == \
        [("TC102", "warning", 3, 14)]
    assert "six years, seven months after publication" in answer["findings"][0]["message"]
    assert answer["summary"] == {"error": 0, "warning": 1, "info": 0}
    assert answer["published"]["value"] == "2011-09-15T04:12+05:30"
    assert (answer["published"]["source"], answer["published"]["selector"]) == ("visible", "label 'Published'")
    assert answer["updated"]["value"] == "2018-05-04T03:18+05:30"
    assert answer["anchor"] == "2011-09-15T04:12+05:30"
    assert answer["explain"]["published"] and answer["explain"]["anchor"]
    yesterday = _timex(answer, "yesterday")
    assert (yesterday["type"], yesterday["value"]) == ("DATE", "2011-09-14")
    assert yesterday["interval"] == ["2011-09-14T00:00:00+05:30", "2011-09-15T00:00:00+05:30"]
    assert yesterday["rule"] and yesterday["anchor"] == "2011-09-15T04:12:00+05:30"
    assert _timex(answer, "20-hour")["value"] == "PT20H"
    assert answer["text"][yesterday["start"]:yesterday["end"]] == "yesterday"
    chosen = {stamp["raw"]: stamp["chosen"] for stamp in answer["stamps"]}
    assert chosen == {"04 May 2018, 03:18 IST": ["updated"], "15 September 2011, 04:12 IST": ["published"]}


def test_check_answers_what_the_library_answers(server: Running, seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    document = document_from_text(text, path="seed", doc_id="seed", settings=Settings())
    report = timecheck.check(document, now=timecheck.to_moment("2024-06-01T00:00Z").value)
    reply = server.post("/v1/check", {"text": text, "id": "seed", "now": "2024-06-01T00:00Z"})
    assert reply.json()["findings"] == [finding_to_dict(finding) for finding in report.findings]
    assert [t["value"] for t in reply.json()["expressions"]] == [t.value for t in report.results[0].timexes]


def test_check_reads_an_html_page(server: Running) -> None:
    reply = server.post("/v1/check", {"html": HTML_PAGE, "id": "page"})
    assert reply.status == 200, reply.body
    answer = reply.json()
    assert answer["text"].strip() == "The assault ended yesterday, Panetta said."
    assert answer["published"]["source"] in ("meta", "jsonld")
    assert answer["updated"]["value"].startswith("2018-05-04")
    assert [f["code"] for f in answer["findings"]] == ["TC102"]
    assert _timex(answer, "yesterday")["value"] == "2011-09-14"


def test_check_reads_markdown_front_matter(server: Running) -> None:
    answer = server.post("/v1/check", {"markdown": MARKDOWN}).json()
    assert answer["published"]["source"] == "front-matter"
    assert [f["code"] for f in answer["findings"]] == ["TC102"]
    assert _timex(answer, "yesterday")["value"] == "2011-09-14"


def test_dates_from_the_cms_are_asserted_over_printed_ones(server: Running) -> None:
    text = "Published 15 September 2011, 04:12 IST\nThe assault ended yesterday."
    answer = server.post("/v1/check", {"text": text, "published": "2011-09-20T10:00:00+05:30",
                                       "updated": "2011-09-21T09:00:00+05:30"}).json()
    assert (answer["published"]["source"], answer["published"]["selector"]) == ("record", "field 'published'")
    assert answer["updated"]["value"] == "2011-09-21T09:00+05:30"
    assert _timex(answer, "yesterday")["value"] == "2011-09-19"
    assert "TC103" in [f["code"] for f in answer["findings"]]  # the printed byline disagrees


def test_config_overrides_apply_to_one_request(server: Running, seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    relaxed = server.post("/v1/check", {"text": text, "config": {"rules": {"TC102": {"max-gap-days": 3650}}}})
    assert relaxed.status == 200 and relaxed.json()["findings"] == []
    stricter = server.post("/v1/check", {"text": text, "config": {"severity": {"TC102": "error"}}})
    assert [f["severity"] for f in stricter.json()["findings"]] == ["error"]
    # The next request without config is back to the defaults.
    assert [f["severity"] for f in server.post("/v1/check", {"text": text}).json()["findings"]] == ["warning"]


def test_url_date_is_checked_against_publication(server: Running) -> None:
    answer = server.post("/v1/check", {"text": "Published 15 September 2011, 04:12 IST\nA story.",
                                       "url": "https://news.example/2012/03/01/story"}).json()
    assert "TC108" in [f["code"] for f in answer["findings"]]


def test_extract_resolves_expressions_without_rules(server: Running) -> None:
    reply = server.post("/v1/extract", {"text": "The assault ended yesterday, after 20 hours.", "anchor": "2011-09-15"})
    assert reply.status == 200, reply.body
    answer = reply.json()
    assert "findings" not in answer and "summary" not in answer
    assert answer["published"] is None
    assert _timex(answer, "yesterday")["value"] == "2011-09-14"


def test_index_is_one_self_contained_page(server: Running) -> None:
    reply = server.request("GET", "/")
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/html")
    page = reply.body.decode("utf-8")
    policy = reply.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", policy)
    assert "<script src" not in page and "<link" not in page, "nothing loaded from elsewhere"
    assert re.findall(r"https?://[^\s\"'<>]+", page) == ["http://www.w3.org/2000/svg"], "no CDN, no remote URL"
    assert 'id="article"' in page


def test_head_and_unknown_routes(server: Running) -> None:
    assert server.request("HEAD", "/healthz").status == 200
    missing = server.request("GET", "/v2/check")
    assert missing.status == 404 and missing.error["type"] == "not_found"
    wrong = server.request("GET", "/v1/check")
    assert wrong.status == 405 and wrong.error["type"] == "method_not_allowed"
    assert wrong.headers["allow"] == "POST"
