"""Read, validate and select rule files: one YAML file per rule in `rules/`.

A rule file that does not validate stops the run (exit 2) with a message naming the file and
the field, because a silently skipped rule is a contradiction nobody hears about.
"""
from __future__ import annotations

import json
import site
import sys
import sysconfig
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

import checker
from checker.cache import digest, remember, seen
from checker.problems import UsageError
from checker.rules.kinds import KINDS
from checker.rules.model import Rule
from checker.yamlio import load_yaml

SCHEMA_PATH = Path(__file__).resolve().parent / "rule-file.schema.json"


def built_in_rules_dir() -> Path:
    """Where the built-in rules are, however casualty-check was installed.

    A clone or an editable install reads the checkout's `rules/` beside the package, so an edit
    to a rule file takes effect at once. A wheel (`pip install .`, `pip install casualty-check`)
    cannot put a folder beside the package: it installs the same files as data under
    `<prefix>/share/casualty-check/rules` (pyproject.toml, `tool.setuptools.data-files`).
    """
    checkout = Path(checker.__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "rules").is_dir():
        return checkout / "rules"
    prefixes = [sysconfig.get_path("data"), sys.prefix, sys.base_prefix, site.USER_BASE]
    for prefix in prefixes:
        if prefix:
            folder = Path(prefix) / "share" / "casualty-check" / "rules"
            if folder.is_dir():
                return folder
    return checkout / "rules"


DEFAULT_RULES_DIR = built_in_rules_dir()


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator  # imported only when a rule file is new or changed

    with open(SCHEMA_PATH, encoding="utf-8") as fh:
        return Draft202012Validator(json.load(fh))


@lru_cache(maxsize=1)
def _checks_version() -> str:
    """What validation depends on besides the file: the schema and every kind's parameters."""
    params = {name: kind.PARAMS for name, kind in KINDS.items()}
    return digest(SCHEMA_PATH.read_bytes(), json.dumps(params, sort_keys=True, default=str))


def _field(path: Iterable[Any]) -> str:
    parts = []
    for p in path:
        parts.append(f"[{p}]" if isinstance(p, int) else (f".{p}" if parts else str(p)))
    return "".join(parts) or "(top level)"


def _fail(path: Path, field: str, problem: str) -> UsageError:
    return UsageError(f"invalid rule file {path}: field '{field}': {problem}")


def parse_rule_file(path: Path) -> Rule:
    """One rule file → a `Rule`, or a `UsageError` naming the file and the offending field."""
    try:
        raw = path.read_bytes()
        data = load_yaml(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise UsageError(f"invalid rule file {path}: not UTF-8 text ({exc})") from None
    except yaml.YAMLError as exc:
        raise UsageError(f"invalid rule file {path}: not valid YAML ({exc})") from None
    except OSError as exc:
        raise UsageError(f"cannot read rule file {path}: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError(f"invalid rule file {path}: expected a mapping of fields, got {type(data).__name__}")
    # The same bytes passed the same checks before: the schema and parameter validation would
    # pass again (the checks below stay, they are cheap).
    validated = digest(raw, _checks_version())
    if not seen("rule-ok", validated):
        _validate(path, data)
        remember("rule-ok", validated)
    kind = KINDS[data["kind"]]
    params = dict(kind.DEFAULTS)
    params.update(data.get("params") or {})
    expects = {e["expect"] for e in data["examples"]}
    langs = {e["lang"] for e in data["examples"]}
    if expects != {"fire", "pass"}:
        raise _fail(path, "examples", "needs at least one example that fires and one that passes")
    if langs != {"fr", "en"}:
        raise _fail(path, "examples", "needs examples in French and in English")
    return Rule(
        code=data["code"], name=data["name"], kind=data["kind"], severity=data["severity"],
        summary_text=data["summary"].strip(), rationale=data["rationale"].strip(),
        how_to_resolve=data["how_to_resolve"].strip(), params=params,
        examples=list(data["examples"]), path=path,
    )


def _validate(path: Path, data: dict) -> None:
    """Schema, kind and parameters of one rule file; a `UsageError` naming the field if wrong."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if errors:
        err = errors[0]
        field = _field(err.absolute_path)
        if err.validator == "required":
            missing = err.message.split("'")[1] if "'" in err.message else err.message
            field = _field([*err.absolute_path, missing])
            raise _fail(path, field, "is required")
        if err.validator == "additionalProperties":
            raise _fail(path, field, err.message)
        raise _fail(path, field, err.message)
    kind = KINDS.get(data["kind"])
    if kind is None:
        raise _fail(path, "kind", f"unknown kind '{data['kind']}' (known: {', '.join(sorted(KINDS))})")
    _checked_params(path, "params", data.get("params") or {}, kind)
    for i, example in enumerate(data["examples"]):
        _checked_params(path, f"examples[{i}].params", example.get("params") or {}, kind)


def _checked_params(path: Path, where: str, given: dict, kind) -> dict:
    if not isinstance(given, dict):
        raise _fail(path, where, "must be a mapping of parameter names to values")
    schema = {"type": "object", "properties": kind.PARAMS, "additionalProperties": False}
    errors = list(type(_validator())(schema).iter_errors(given))
    if errors:
        err = errors[0]
        if err.validator == "additionalProperties":
            unknown = sorted(set(given) - set(kind.PARAMS))
            raise _fail(path, f"{where}.{unknown[0]}", f"unknown parameter (kind {kind.__name__.rsplit('.', 1)[-1]} takes: {', '.join(sorted(kind.PARAMS))})")
        raise _fail(path, _field([where, *err.absolute_path]), err.message)
    return given


def _matches(rule: Rule, selectors: Iterable[str]) -> bool:
    """A selector is a code, a code prefix ('CC1'), a name, or a name family ('claims')."""
    for sel in selectors:
        sel = str(sel).strip()
        if not sel:
            continue
        if sel.upper() == "ALL" or rule.code.startswith(sel.upper()) or rule.name == sel or rule.name.startswith(sel + "."):
            return True
    return False


def load_rules(rules_dir: str | Path | None = None, config: Optional[Any] = None) -> list[Rule]:
    """Every rule file of `rules_dir` (default: the project's `rules/`), validated and selected.

    `config` may carry `rules_select`, `rules_ignore` and `severity` (code or name → severity).
    """
    folder = Path(rules_dir) if rules_dir else DEFAULT_RULES_DIR
    if not folder.is_dir():
        raise UsageError(f"rules folder not found: {folder}")
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])
    if not files:  # every figure would pass unchecked, and the run say "no findings"
        raise UsageError(f"rules folder {folder} holds no rule file (*.yaml); a rules folder replaces the "
                         f"built-in rules: copy the ones to keep from {DEFAULT_RULES_DIR}")
    for path in files:
        rule = parse_rule_file(path)
        for ident in (rule.code, rule.name):
            if ident in seen:
                raise _fail(path, "code" if ident == rule.code else "name", f"'{ident}' is already used by {seen[ident]}")
            seen[ident] = path
        rules.append(rule)
    select = getattr(config, "rules_select", None)
    ignore = getattr(config, "rules_ignore", None) or []
    overrides = getattr(config, "severity", None) or {}
    for sel in [*(select or []), *ignore]:
        # a mistyped code would select nothing, or ignore nothing, and say nothing
        if str(sel).strip() and not any(_matches(r, [sel]) for r in rules):
            raise UsageError(f"no rule matches '{sel}' (select or ignore): rules are "
                             f"{', '.join(r.code for r in sorted(rules, key=lambda r: r.code))}, "
                             "by code, code prefix (CC1), name or name family (claims)")
    if select:
        rules = [r for r in rules if _matches(r, select)]
    rules = [r for r in rules if not _matches(r, ignore)]
    for rule in rules:
        new = overrides.get(rule.code) or overrides.get(rule.name)
        if new:
            if new not in ("error", "warning", "info"):
                raise UsageError(f"severity override for {rule.code}: '{new}' is not one of error, warning, info")
            rule.severity = new
    return sorted(rules, key=lambda r: r.code)
