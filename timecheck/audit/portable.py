"""Send Settings to other processes and machines, and fingerprint them for the checkpoint.

``Settings`` holds read-only mappings (``MappingProxyType``), which pickle cannot carry; a
``PortableSettings`` holds plain dicts instead and turns back into the same ``Settings``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from timecheck import __version__
from timecheck.settings import Settings


@dataclass(frozen=True, slots=True)
class PortableSettings:
    """Settings as picklable plain data, plus the ``now`` of the run."""

    fields: tuple[tuple[str, object], ...]
    now: datetime | None

    def settings(self) -> Settings:
        """Rebuild the Settings these were made from."""
        values: dict[str, Any] = {name: _thaw(value) for name, value in self.fields}
        return Settings(**values)


@dataclass(frozen=True, slots=True)
class _Frozen:
    """A mapping as sorted (key, value) pairs."""

    items: tuple[tuple[object, object], ...]


def portable(settings: Settings, now: datetime | None) -> PortableSettings:
    """Return ``settings`` (and ``now``) in a form pickle and Dask can send."""
    fields = tuple((field.name, _freeze(getattr(settings, field.name))) for field in dataclasses.fields(settings))
    return PortableSettings(fields, now)


def fingerprint(settings: Settings) -> str:
    """Return a hash of everything that decides an audit's findings: timecheck's version and the settings.

    ``now`` is left out on purpose: an interrupted run resumes with the ``now`` it started with.
    """
    text = repr((__version__, portable(settings, None).fields))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _freeze(value: object) -> object:
    if isinstance(value, Mapping):
        return _Frozen(tuple(sorted(((key, _freeze(item)) for key, item in value.items()), key=lambda kv: repr(kv[0]))))
    return value


def _thaw(value: object) -> object:
    if isinstance(value, _Frozen):
        return MappingProxyType({key: _thaw(item) for key, item in value.items})
    return value
