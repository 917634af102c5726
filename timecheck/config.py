"""Load ``[tool.timecheck]`` from pyproject.toml or a ``timecheck.toml`` into Settings.

Unknown keys are errors that name the key and the file (like ruff's ``deny_unknown_fields``):
a misspelt threshold silently ignored is worse than a failed run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from timecheck import timeutil
from timecheck.errors import ConfigError
from timecheck.model import Severity
from timecheck.rules import RULES_BY_CODE
from timecheck.settings import DEFAULT_FIELDS, Settings

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

KEYS = ("select", "ignore", "extend-select", "per-file-ignores", "severity", "fail-on", "default-zone",
        "date-order", "max-document-mb", "zones", "fields", "rules")
DATE_ORDERS = {"day-first": True, "month-first": False}


def find_config(start: Path) -> Path | None:
    """Return the nearest ``timecheck.toml``, or ``pyproject.toml`` with a ``[tool.timecheck]`` table."""
    for folder in (start, *start.parents):
        candidate = folder / "timecheck.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            tool = _load(pyproject).get("tool")
            if isinstance(tool, dict) and "timecheck" in tool:
                return pyproject
    return None


def _load(path: Path) -> dict[str, object]:
    try:
        with open(path, "rb") as handle:
            data: dict[str, object] = tomllib.load(handle)
            return data
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def load_settings(path: Path, base: Settings | None = None) -> Settings:
    """Read the timecheck table of ``path`` over ``base`` (defaults when None)."""
    data = _load(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("timecheck", {}) if isinstance(tool, dict) else {}
    else:
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.timecheck] must be a table")
    return settings_from_table(table, str(path), base or Settings())


def settings_from_table(table: Mapping[str, object], where: str, base: Settings) -> Settings:
    """Apply one config table to ``base``; every key is checked."""
    settings = base
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(KEYS)})")
        if key == "select":
            settings = replace(settings, select=tuple(c.upper() for c in _strings(value, key, where)))
        elif key == "ignore":
            settings = replace(settings, ignore=tuple(c.upper() for c in _strings(value, key, where)))
        elif key == "extend-select":
            settings = replace(settings, extend_select=tuple(c.upper() for c in _strings(value, key, where)))
        elif key == "per-file-ignores":
            pairs = tuple(
                (pattern, tuple(c.upper() for c in _strings(codes, f"per-file-ignores.{pattern}", where)))
                for pattern, codes in _table(value, key, where).items()
            )
            settings = replace(settings, per_file_ignores=settings.per_file_ignores + pairs)
        elif key == "severity":
            severities = dict(settings.severities)
            for code, level in _table(value, key, where).items():
                if code.upper() not in RULES_BY_CODE:
                    raise ConfigError(f"{where}: unknown rule 'severity.{code}'")
                severities[code.upper()] = _severity(level, f"severity.{code}", where)
            settings = replace(settings, severities=MappingProxyType(severities))
        elif key == "fail-on":
            settings = replace(settings, fail_on=_severity(value, key, where))
        elif key == "date-order":
            order = _string(value, key, where)
            if order not in DATE_ORDERS:
                raise ConfigError(f"{where}: 'date-order' must be one of {', '.join(DATE_ORDERS)}")
            settings = replace(settings, dayfirst=DATE_ORDERS[order])
        elif key == "max-document-mb":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{where}: 'max-document-mb' must be a positive number")
            settings = replace(settings, max_document_bytes=int(value * 2**20))
        elif key == "default-zone":
            settings = replace(settings, default_zone=_zone(value, key, where))
        elif key == "zones":
            zones = dict(settings.zones)
            for name, target in _table(value, key, where).items():
                zones[name.upper()] = _zone(target, f"zones.{name}", where)
            settings = replace(settings, zones=MappingProxyType(zones))
        elif key == "fields":
            fields = dict(settings.fields)
            for role, names in _table(value, key, where).items():
                if role not in DEFAULT_FIELDS:
                    raise ConfigError(f"{where}: unknown key 'fields.{role}' (known: {', '.join(DEFAULT_FIELDS)})")
                fields[role] = tuple([names] if isinstance(names, str) else _strings(names, f"fields.{role}", where))
            settings = replace(settings, fields=MappingProxyType(fields))
        else:
            settings = replace(settings, rule_options=_rule_options(value, where, settings))
    return settings


def _rule_options(value: object, where: str, settings: Settings) -> Mapping[str, Mapping[str, object]]:
    merged = {code: dict(options) for code, options in settings.rule_options.items()}
    for code, options in _table(value, "rules", where).items():
        rule = RULES_BY_CODE.get(code.upper())
        if rule is None:
            raise ConfigError(f"{where}: unknown rule 'rules.{code}'")
        known = {option.name: option for option in rule.options}
        for name, option_value in _table(options, f"rules.{code}", where).items():
            python_name = name.replace("-", "_")
            if python_name not in known:
                raise ConfigError(f"{where}: unknown key 'rules.{code}.{name}' "
                                  f"(known: {', '.join(known) or 'none'})")
            default = known[python_name].default
            if type(option_value) is not type(default) and not (
                    isinstance(default, float) and isinstance(option_value, int)):
                raise ConfigError(f"{where}: 'rules.{code}.{name}' must be a {type(default).__name__}")
            merged.setdefault(rule.code, {})[python_name] = option_value
    return MappingProxyType({code: MappingProxyType(options) for code, options in merged.items()})


def _table(value: object, key: str, where: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: {key!r} must be a table")
    return value


def _string(value: object, key: str, where: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key!r} must be a string")
    return value


def _strings(value: object, key: str, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: {key!r} must be a list of strings")
    return list(value)


def _zone(value: object, key: str, where: str) -> str:
    # Checked here, once, so a misspelt zone names its key instead of failing on every document.
    name = _string(value, key, where)
    try:
        timeutil.zone(name)
    except ValueError as exc:
        raise ConfigError(f"{where}: {key!r}: {exc} (an IANA name such as Asia/Kolkata, or an offset "
                          f"such as +05:30)") from exc
    return name


def _severity(value: object, key: str, where: str) -> Severity:
    try:
        return Severity(_string(value, key, where))
    except ValueError as exc:
        raise ConfigError(f"{where}: {key!r} must be one of error, warning, info") from exc


def discover(config: str | None, cwd: str | None = None) -> Settings:
    """Return the settings of ``--config`` or of the nearest config file above ``cwd``."""
    if config:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(f"{config}: no such config file")
        return load_settings(path)
    found = find_config(Path(cwd or os.getcwd()).resolve())
    return load_settings(found) if found is not None else Settings()


def apply_override(settings: Settings, value: str) -> Settings:
    """Apply one inline ``--config 'key = value'`` (a TOML pair, dotted keys allowed) to ``settings``.

    ``--config 'rules.TC102.max-gap-days = 730'`` is ``[rules.TC102] max-gap-days = 730`` in a
    file; keys are checked exactly as in a file (like ruff's ``--config KEY=VALUE``).
    """
    where = f"--config {value!r}"
    try:
        table = tomllib.loads(value)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: neither a config file nor a TOML 'key = value' pair ({exc})") from exc
    return settings_from_table(table, where, settings)


def resolve(values: Sequence[str], cwd: str | None = None) -> Settings:
    """Return the settings of every ``--config``: at most one file, then inline overrides in order.

    A value naming an existing file is the config file; any other value with ``=`` in it is an
    inline override; with no file named, the nearest config file above ``cwd`` is read.
    """
    files: list[str] = []
    overrides: list[str] = []
    for value in values:
        if os.path.isfile(value) or "=" not in value:
            files.append(value)
        else:
            overrides.append(value)
    if len(files) > 1:
        raise ConfigError(f"--config names {len(files)} files ({', '.join(files)}); give one, "
                          f"and override single keys with --config 'key = value'")
    settings = discover(files[0] if files else None, cwd)
    for value in overrides:
        settings = apply_override(settings, value)
    return settings
