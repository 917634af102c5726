"""``timecheck check --format html``: one static file, the same page as the server's, escaped."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import timecheck
from timecheck.serve.page import asset, build_page, json_for_script
from timecheck.serve.payload import report_payload
from tests.conftest import Run
from tests.serve.conftest import Running

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

CLI = Callable[..., Run]
ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ("Published 15 September 2011, 04:12 IST\n<script>alert(1)</script></script><!-- "
           "<img src=x onerror=alert(2)> It ended yesterday. \u2028 & done\n")


def _data_block(page: str) -> object:
    found = re.search(r'<script type="application/json" id="timecheck-data">(.*?)</script>', page, re.S)
    assert found, "the page carries its data in one JSON block"
    return json.loads(found.group(1))


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, re.S)


def test_html_format_writes_one_static_file_with_the_report(cli: CLI, tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "report.html"
    run = cli("check", "--format", "html", "-o", str(out), str(seed_path))
    assert run.status == 0, run.err  # TC102 is a warning: the exit code follows --fail-on as for every format
    page = out.read_text(encoding="utf-8")
    data = _data_block(page)
    assert isinstance(data, dict)
    [document] = data["documents"]
    assert [f["code"] for f in document["findings"]] == ["TC102"]
    assert any(t["text"] == "yesterday" and t["value"] == "2011-09-14" for t in document["expressions"])
    assert "<link" not in page and "<script src" not in page and "@import" not in page
    assert re.findall(r"https?://[^\s\"'<>]+", page) == ["http://www.w3.org/2000/svg"]
    assert cli("check", "--format", "html", "--fail-on", "warning", str(seed_path)).status == 1


def test_article_text_and_paths_cannot_break_out_of_the_page(tmp_path: Path) -> None:
    hostile = tmp_path / "<svg onload=alert(3)>.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    report = timecheck.check(hostile)
    page = build_page(report_payload(report, root=None), title="<b>title</b>").html
    for raw in ("<script>alert", "</script></script>", "<img src=x", "<!-- <img", "<svg onload"):
        assert raw not in page
    assert "<title>&lt;b&gt;title&lt;/b&gt;</title>" in page
    assert len(_scripts(page)) == 1, "the only runnable script is ours"
    data = _data_block(page)
    assert isinstance(data, dict)
    assert data["documents"][0]["text"] == HOSTILE
    assert data["documents"][0]["path"].endswith("<svg onload=alert(3)>.txt")


def test_content_security_policy_allows_only_our_script_and_style(tmp_path: Path) -> None:
    page = build_page({"documents": []}).html
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert policy
    [script] = _scripts(page)
    [style] = re.findall(r"<style>(.*?)</style>", page, re.S)
    for source in (script, style):
        digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in html.unescape(policy.group(1))
    assert "unsafe" not in policy.group(1)


def test_served_page_and_report_share_one_template(server: Running, seed_path: Path) -> None:
    served = server.request("GET", "/").body.decode("utf-8")
    static = build_page(report_payload(timecheck.check(seed_path), root=None)).html
    assert _scripts(served) == _scripts(static) == [asset("page.js")]
    assert re.findall(r"<style>(.*?)</style>", served, re.S) == [asset("page.css")]
    assert _data_block(served) is None and isinstance(_data_block(static), dict)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
                    max_leaves=20))
def test_json_for_script_round_trips_and_never_closes_the_script(data: object) -> None:
    text = json_for_script(data)
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text) == data


def test_every_page_asset_is_package_data() -> None:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        patterns = tomllib.load(handle)["tool"]["setuptools"]["package-data"]["timecheck.serve"]
    folder = ROOT / "timecheck" / "serve"
    shipped = {path for pattern in patterns for path in folder.glob(pattern)}
    assert set((folder / "static").iterdir()) <= shipped
    assert {"page.html", "page.css", "page.js"} <= {path.name for path in shipped}
