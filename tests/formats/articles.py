"""Small articles that make known findings, shared by the output-format tests."""

from __future__ import annotations

from pathlib import Path

# TC102 on line 2 (columns 14-36): an update stamp six years after publication.
MIGRATED = ("Published 15 September 2011, 04:12 IST\n"
            "Last Updated 04 May 2018, 03:18 IST\n"
            "Officials met in Kabul to discuss the handover.\n")
# TC101 on line 2: an update stamp before publication.
UPDATED_BEFORE = ("Published 15 September 2011, 04:12 IST\n"
                  "Updated 14 September 2011, 22:00 IST\n"
                  "Officials met in Kabul.\n")
# TC201 (fixable) on line 2: Sept. 14, 2011 was a Wednesday.
WRONG_WEEKDAY = ("Published 15 September 2011, 04:12 IST\n"
                 "The embassy was attacked on Tuesday, Sept. 14, 2011.\n")
CLEAN = ("Published 15 September 2011, 04:12 IST\n"
         "The embassy was attacked on Wednesday, Sept. 14, 2011.\n")


def write(folder: Path, name: str, text: str) -> Path:
    """Write an article (creating folders) and return its path."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
