"""Project configuration: `[tool.casualty-check]` in pyproject.toml, or a casualty-check.toml.

A newsroom sets its choices once (which rules, how severe, what fails CI, its own place names,
where the archive lives) instead of repeating flags in every CI job. The search order follows
what ruff, sqlfluff and Vale users expect: `--config FILE`, else the nearest casualty-check.toml
or pyproject.toml with a `[tool.casualty-check]` table walking up from the working directory,
else built-in defaults.

A config is read strictly: a misspelt key or a bad value stops the run (exit 2) with the file,
the key and what is allowed, because a silently ignored `fail_on = "warning"` would let CI pass
on exactly what the newsroom asked it to catch.
"""
from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

import yaml

from checker.yamlio import load_yaml_file

from checker.problems import UsageError
from checker.schema import SEVERITIES

CONFIG_NAME = "casualty-check.toml"
PYPROJECT = "pyproject.toml"
TABLE = "casualty-check"  # under [tool] in pyproject.toml
BASELINE_NAME = "casualty-check-baseline.yaml"
FAIL_ON_CHOICES = (*SEVERITIES, "never")


@dataclass
class Config:
    """The effective settings of one run; every path is already absolute."""

    rules_dir: Optional[str] = None
    rules_select: Optional[list[str]] = None  # None: every rule
    rules_ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # rule code or name -> error|warning|info
    fail_on: str = "error"
    gazetteer: list[dict] = field(default_factory=list)  # entries in the format of lang/places.yaml
    archive: Optional[str] = None
    baseline: Optional[str] = None
    source: Optional[str] = None  # the file these settings came from, for messages; None: defaults


def find_config_file(start: Path) -> Optional[Path]:
    """The nearest casualty-check.toml, or pyproject.toml that has our table, from `start` up."""
    start = start.resolve()
    for folder in (start, *start.parents):
        own = folder / CONFIG_NAME
        if own.is_file():
            return own
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def load_config(path: Optional[str | Path], start: Path) -> Config:
    """Read `path` (from --config) or the nearest config file; none found gives the defaults."""
    if path is not None:
        file = Path(path)
        if not file.is_file():
            raise UsageError(f"{path}: config file not found")
    else:
        file = find_config_file(start)
    if file is None:
        return Config(baseline=_default_baseline(Path(start)))
    table = _read_table(file)
    config = _parse(table, file)
    if config.gazetteer:
        from checker.normalise.places import register_places

        register_places(config.gazetteer)
    return config


# --- reading -------------------------------------------------------------------------------


def _has_tool_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
        return False  # not ours to judge while searching; an explicit --config is judged below
    return isinstance(data.get("tool"), dict) and TABLE in data["tool"]


def _read_table(file: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{file}: not valid TOML ({exc})") from None
    except (UnicodeDecodeError, OSError) as exc:
        raise UsageError(f"{file}: cannot read config ({exc})") from None
    if file.name == PYPROJECT or (set(data) == {"tool"} and TABLE in data.get("tool", {})):
        tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
        if TABLE not in tool:
            raise UsageError(f"{file}: has no [tool.{TABLE}] table")
        table = tool[TABLE]
        if not isinstance(table, dict):
            raise UsageError(f"{file}: [tool.{TABLE}] must be a table")
        return table
    return data


# --- validating ----------------------------------------------------------------------------


def _parse(table: dict[str, Any], file: Path) -> Config:
    where = _where(file)
    unknown = [k for k in table if k not in _KEYS]
    if unknown:
        key = unknown[0]
        raise UsageError(f"{where}: unknown key {key!r}{_suggest(key, _KEYS)}; allowed keys: {', '.join(sorted(_KEYS))}")
    base = file.resolve().parent
    config = Config(source=str(file))
    for key, value in table.items():
        _KEYS[key](config, value, _Ctx(where, key, base))
    if config.baseline is None:
        config.baseline = _default_baseline(base)
    return config


@dataclass
class _Ctx:
    where: str  # "pyproject.toml [tool.casualty-check]"
    key: str
    base: Path  # the config file's folder: relative paths start here

    def fail(self, allowed: str, value: Any) -> UsageError:
        return UsageError(f"{self.where}: {self.key} = {value!r} is not allowed; expected {allowed}")

    def path(self, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail("a path (string)", value)
        return str((self.base / Path(value).expanduser()).resolve())


def _set_fail_on(config: Config, value: Any, ctx: _Ctx) -> None:
    if value not in FAIL_ON_CHOICES:
        raise ctx.fail(" | ".join(f'"{c}"' for c in FAIL_ON_CHOICES), value)
    config.fail_on = value


def _set_rules_dir(config: Config, value: Any, ctx: _Ctx) -> None:
    config.rules_dir = ctx.path(value)
    if not Path(config.rules_dir).is_dir():
        raise UsageError(f"{ctx.where}: rules-dir = {value!r}: no such folder ({config.rules_dir})")


def _codes(value: Any, ctx: _Ctx) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ctx.fail('a list of rule codes or names, e.g. ["CC101", "claims.stale-total"]', value)
    return [v.strip() for v in value]


def _set_select(config: Config, value: Any, ctx: _Ctx) -> None:
    config.rules_select = _codes(value, ctx)


def _set_ignore(config: Config, value: Any, ctx: _Ctx) -> None:
    config.rules_ignore = _codes(value, ctx)


def _set_severity(config: Config, value: Any, ctx: _Ctx) -> None:
    if not isinstance(value, dict):
        raise ctx.fail('a table of rule code or name = "error" | "warning" | "info"', value)
    for rule, level in value.items():
        if level not in SEVERITIES:
            raise UsageError(
                f"{ctx.where}: severity.{rule} = {level!r} is not allowed; expected "
                + " | ".join(f'"{s}"' for s in SEVERITIES)
            )
    config.severity = dict(value)


def _set_archive(config: Config, value: Any, ctx: _Ctx) -> None:
    config.archive = ctx.path(value)


def _set_baseline(config: Config, value: Any, ctx: _Ctx) -> None:
    config.baseline = ctx.path(value)


def _set_gazetteer(config: Config, value: Any, ctx: _Ctx) -> None:
    """Entries inline (array of tables), or paths to YAML files in the places.yaml format."""
    items = value if isinstance(value, list) else [value]
    entries: list[dict] = []
    for item in items:
        if isinstance(item, str):
            entries.extend(_gazetteer_file(ctx.path(item), ctx))
        elif isinstance(item, dict):
            entries.append(item)
        else:
            raise ctx.fail("a list of places ({slug, parent, names}) or paths to YAML files of them", item)
    for entry in entries:
        _check_place(entry, ctx)
    _check_parents(entries, ctx)
    config.gazetteer = entries


def _gazetteer_file(path: str, ctx: _Ctx) -> list[dict]:
    try:
        data = load_yaml_file(path)
    except OSError as exc:
        raise UsageError(f"{ctx.where}: gazetteer file {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise UsageError(f"{ctx.where}: gazetteer file {path} is not valid YAML ({exc})") from None
    if not isinstance(data, list):
        raise UsageError(f"{ctx.where}: gazetteer file {path} must be a list of places, like checker/lang/places.yaml")
    return data


_PLACE_KEYS = {"slug", "parent", "names"}


def _check_place(entry: dict, ctx: _Ctx) -> None:
    label = f"{ctx.where}: gazetteer entry {entry.get('slug', entry)!r}"
    extra = [k for k in entry if k not in _PLACE_KEYS]
    if extra:
        raise UsageError(f"{label}: unknown key {extra[0]!r}{_suggest(extra[0], _PLACE_KEYS)}; allowed: names, parent, slug")
    slug = entry.get("slug")
    if not isinstance(slug, str) or not slug or slug != slug.lower() or " " in slug:
        raise UsageError(f"{label}: slug must be a lowercase id without spaces, e.g. \"aleppo-east\"")
    if entry.get("parent") is not None and not isinstance(entry["parent"], str):
        raise UsageError(f"{label}: parent must be the slug of the place containing it, or absent")
    names = entry.get("names") or {}
    if not isinstance(names, dict) or not all(
        isinstance(lang, str) and isinstance(v, list) and all(isinstance(n, str) for n in v) for lang, v in names.items()
    ):
        raise UsageError(f"{label}: names must map a language to a list of names, e.g. {{fr = [\"Alep\"], en = [\"Aleppo\"]}}")


def _check_parents(entries: list[dict], ctx: _Ctx) -> None:
    """A parent nobody defines would silently cut the place off from its country in the rules."""
    from checker.normalise.places import default_gazetteer

    known = set(default_gazetteer().parents()) | {e["slug"] for e in entries}  # both tiers
    for entry in entries:
        parent = entry.get("parent")
        if parent and parent not in known:
            raise UsageError(
                f"{ctx.where}: gazetteer entry {entry['slug']!r}: parent {parent!r} is not a known place"
                f"{_suggest(parent, known)}"
            )


_KEYS: dict[str, Callable[[Config, Any, _Ctx], None]] = {
    "fail-on": _set_fail_on,
    "rules-dir": _set_rules_dir,
    "select": _set_select,
    "ignore": _set_ignore,
    "severity": _set_severity,
    "gazetteer": _set_gazetteer,
    "archive": _set_archive,
    "baseline": _set_baseline,
}


# --- helpers -------------------------------------------------------------------------------


def _where(file: Path) -> str:
    return f"{file} [tool.{TABLE}]" if file.name == PYPROJECT else str(file)


def _suggest(word: str, choices) -> str:
    """` (did you mean 'fail-on'?)`: snake_case and typos are the usual slips."""
    choices = list(choices)
    kebab = word.replace("_", "-")
    if kebab in choices and kebab != word:
        return f" (did you mean {kebab!r}?)"
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _default_baseline(folder: Path) -> Optional[str]:
    candidate = Path(folder) / BASELINE_NAME
    return str(candidate.resolve()) if candidate.is_file() else None
