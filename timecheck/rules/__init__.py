"""The rule catalog: every rule, once, in code order (like ruff's ``codes.rs``)."""

from __future__ import annotations

from timecheck.rules.base import BatchRule, Option, Rule, RuleContext
from timecheck.rules.tc001_unused_suppression import UnusedSuppression
from timecheck.rules.tc002_non_utf8_input import NonUtf8Input
from timecheck.rules.tc101_update_before_publication import UpdateBeforePublication
from timecheck.rules.tc102_update_long_after_publication import (
    UpdateLongAfterPublication,
)
from timecheck.rules.tc103_conflicting_publication_dates import (
    ConflictingPublicationDates,
)
from timecheck.rules.tc104_conflicting_update_dates import ConflictingUpdateDates
from timecheck.rules.tc105_publication_in_future import PublicationInFuture
from timecheck.rules.tc106_missing_publication_date import MissingPublicationDate
from timecheck.rules.tc107_timezone_inconsistent import TimezoneInconsistent
from timecheck.rules.tc108_url_date_mismatch import UrlDateMismatch
from timecheck.rules.tc109_unparseable_stamp import UnparseableStamp
from timecheck.rules.tc201_weekday_mismatch import WeekdayMismatch
from timecheck.rules.tc202_impossible_date import ImpossibleDate
from timecheck.rules.tc203_event_after_publication import EventAfterPublication
from timecheck.rules.tc204_relative_without_anchor import RelativeWithoutAnchor
from timecheck.rules.tc205_elapsed_time_mismatch import ElapsedTimeMismatch
from timecheck.rules.tc206_ambiguous_numeric_date import AmbiguousNumericDate
from timecheck.rules.tc207_dateline_mismatch import DatelineMismatch
from timecheck.rules.tc208_relative_day_word import RelativeDayWord
from timecheck.rules.tc301_bulk_update_stamp import BulkUpdateStamp

ALL_RULES: tuple[type[Rule], ...] = (
    UnusedSuppression,
    NonUtf8Input,
    UpdateBeforePublication,
    UpdateLongAfterPublication,
    ConflictingPublicationDates,
    ConflictingUpdateDates,
    PublicationInFuture,
    MissingPublicationDate,
    TimezoneInconsistent,
    UrlDateMismatch,
    UnparseableStamp,
    WeekdayMismatch,
    ImpossibleDate,
    EventAfterPublication,
    RelativeWithoutAnchor,
    ElapsedTimeMismatch,
    AmbiguousNumericDate,
    DatelineMismatch,
    RelativeDayWord,
    BulkUpdateStamp,
)

RULES_BY_CODE: dict[str, type[Rule]] = {rule.code: rule for rule in ALL_RULES}

__all__ = ["ALL_RULES", "RULES_BY_CODE", "BatchRule", "Option", "Rule", "RuleContext"]
