"""TC108 url-date-mismatch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from timecheck.model import Finding, Severity, StampSource
from timecheck.rules.base import Option, Rule, RuleContext
from timecheck.rules.stamp_location import finding_at_stamp
from timecheck.rules.wording import describe_stamp
from timecheck.stamps.conflicts import day_of, publisher_tz
from timecheck.stamps.urls import is_month_only


class UrlDateMismatch(Rule):
    """The date in the page's URL path disagrees with its publication date.

    Why it matters:
        A CMS writes the day into the permalink (``/2019/05/03/``) when the story is first
        saved, and nobody edits it afterwards. A publication date days away from it was most
        likely re-stamped by an import or a republish, and the URL is the better witness of when
        the story first ran.

    Bad:
        https://news.example.com/2019/05/03/storm-hits-coast
        Published 9 May 2019
        The storm reached the coast yesterday.

    Good:
        https://news.example.com/2019/05/03/storm-hits-coast
        Published 3 May 2019
        The storm reached the coast yesterday.

    Options:
        max_days: how many days the publication may be from the URL's day (1: drafts are
            often saved the day before they run, and the URL's day is the server's).
    """

    code = "TC108"
    name = "url-date-mismatch"
    severity = Severity.WARNING
    options = (Option("max_days", 1, "how many days the publication date may be from the URL's date"),)

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        published = ctx.published.stamp
        if published is None or published.moment is None or published.source is StampSource.URL:
            return
        max_days = ctx.options["max_days"]
        assert isinstance(max_days, int)
        tz = publisher_tz([], published)
        pub_day = day_of(published, tz)
        seen: set[str] = set()
        for stamp in ctx.document.stamps:
            if stamp.source is not StampSource.URL or stamp.moment is None:
                continue
            url_day = stamp.moment.value.date()
            if is_month_only(stamp):
                # "/2019/05/": the month must match, give or take the allowance at its edges.
                near = [pub_day.toordinal() + shift for shift in range(-max_days, max_days + 1)]
                if any((date.fromordinal(n).year, date.fromordinal(n).month) == (url_day.year, url_day.month)
                       for n in near):
                    continue
                what = f"{url_day.year:04d}-{url_day.month:02d}"
            else:
                if abs((pub_day - url_day).days) <= max_days:
                    continue
                what = url_day.isoformat()
            if what in seen:
                continue
            seen.add(what)
            yield finding_at_stamp(
                ctx, stamp,
                f"URL path says {what} ({stamp.selector.removeprefix('url path ')}), publication is "
                f"{describe_stamp(published)} ({published.source.value}"
                f"{' ' + published.selector if published.selector else ''})",
            )
