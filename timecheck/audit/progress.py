"""A one-line progress bar on standard error: percent, documents, documents per second, time left.

Written here rather than taken from tqdm or rich: it is forty lines, and the core package
stays free of dependencies for a feature that only draws a line. It draws nothing when the
stream is not a terminal, so logs and CI output stay clean.
"""

from __future__ import annotations

import time
from typing import TextIO

from timecheck.audit.runner import Meter

REFRESH_SECONDS = 0.2
WIDTH = 24


class ProgressBar:
    """Redraw ``meter`` on ``stream`` at most five times a second; silent unless ``enabled``."""

    def __init__(self, meter: Meter, stream: TextIO, *, enabled: bool) -> None:
        self.meter = meter
        self.stream = stream
        self.enabled = enabled
        self._last = 0.0
        self._drawn = False

    def tick(self) -> None:
        """Redraw if enough time has passed."""
        now = time.monotonic()
        if not self.enabled or now - self._last < REFRESH_SECONDS:
            return
        self._last = now
        self.stream.write("\r" + render(self.meter, now) + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """End the bar's line."""
        if self._drawn:
            self.stream.write("\r" + render(self.meter, time.monotonic()) + "\x1b[K\n")
            self.stream.flush()


def render(meter: Meter, now: float) -> str:
    """Return the bar's text for the meter's state at ``now`` (monotonic seconds)."""
    elapsed = max(now - meter.started, 1e-9)
    fraction = min(meter.done_bytes / meter.total_bytes, 1.0) if meter.total_bytes else 0.0
    filled = int(fraction * WIDTH)
    rate = meter.documents / elapsed
    left = "?"
    if 0.0 < fraction < 1.0:
        left = _duration(elapsed * (1.0 - fraction) / fraction)
    elif fraction >= 1.0:
        left = "0s"
    return (f"audit [{'#' * filled}{'.' * (WIDTH - filled)}] {fraction * 100:5.1f}%  "
            f"{meter.documents:,} docs  {rate:,.0f} docs/s  {left} left")


def _duration(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{secs:02d}s"
    return f"{secs}s"
