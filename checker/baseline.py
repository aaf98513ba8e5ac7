"""Accepted findings: a reviewable YAML file that lets CI fail only on what is new.

An editor who has looked at a finding and decided it stands ("the two tolls cover different
periods; the desk confirmed") accepts it once, with a reason. The file is meant to be read in a
pull request like code: each entry is keyed by the finding's fingerprint (rule code, claim and
the records' figures, never character offsets, so it survives re-runs and unrelated edits) and
carries who accepted it, when, why, and enough of the finding to judge it without running
anything. Entries that no longer match any finding are reported (like ruff's RUF100), so the
file does not silently accumulate dead exceptions.
"""
from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml

from checker.yamlio import load_yaml

from checker.problems import UsageError
from checker.schema import Finding

FORMAT_VERSION = 1
HEADER = """\
# casualty-check baseline: findings an editor has looked at and accepted.
# Each entry is keyed by the finding's fingerprint; CI fails only on findings not listed here.
# Add entries with `casualty-check accept FINGERPRINT --reason "..."`; review them like code.
"""
SUMMARY_RECORD_FIELDS = ("doc_id", "value", "measure", "place", "text", "source", "published")


@dataclass
class Baseline:
    path: Optional[Path] = None
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # fingerprint -> entry

    # --- reading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Optional[str | Path]) -> "Baseline":
        """The baseline at `path`; a missing file is an empty baseline, a malformed one an error."""
        if path is None:
            return cls()
        path = Path(path)
        if not path.exists():
            return cls(path=path)
        try:
            data = load_yaml(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise UsageError(f"{path}: baseline is not valid YAML ({_first_line(exc)})") from None
        except OSError as exc:
            raise UsageError(f"{path}: cannot read baseline ({exc.strerror})") from None
        return cls(path=path, entries=_validate(data, path))

    def __contains__(self, fingerprint: str) -> bool:
        return fingerprint in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    # --- using -----------------------------------------------------------------------------

    def split(self, findings: Iterable[Finding], checked: Optional[Iterable[str]] = None,
              ) -> tuple[list[Finding], list[Finding], list[dict[str, Any]]]:
        """(new, accepted, stale): stale entries are accepted fingerprints no finding has now.

        `checked`: the doc_ids this run read. An entry about none of them is not stale, only out of
        this run's sight: checking one draft must not call every acceptance of other drafts dead
        (as ruff reports an unused `noqa` only in the files it checked). Entries that do not say
        which articles they are about are judged as before."""
        new: list[Finding] = []
        accepted: list[Finding] = []
        seen: set[str] = set()
        for finding in findings:
            if finding.fingerprint and finding.fingerprint in self.entries:
                accepted.append(finding)
                seen.add(finding.fingerprint)
            else:
                new.append(finding)
        docs = None if checked is None else {str(d) for d in checked}
        stale = [{"fingerprint": fp, **entry} for fp, entry in self.entries.items()
                 if fp not in seen and (docs is None or _about_any(entry, docs))]
        return new, accepted, stale

    # --- writing ---------------------------------------------------------------------------

    def accept(
        self,
        fingerprint: str,
        reason: str,
        by: Optional[str] = None,
        finding: Optional[Finding] = None,
    ) -> dict[str, Any]:
        """Record (or update) an accepted finding; the reason is required because reviewers need it."""
        fingerprint = fingerprint.strip()
        if not fingerprint:
            raise UsageError("accept: empty fingerprint")
        if not reason or not reason.strip():
            raise UsageError("accept: a --reason is required (say why this finding stands)")
        entry: dict[str, Any] = {
            "rule": finding.rule if finding else self.entries.get(fingerprint, {}).get("rule"),
            "reason": reason.strip(),
            "by": by or _who(),
            "when": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        }
        if finding is not None:
            entry.update(summarise(finding))
        elif fingerprint in self.entries:  # re-accepting keeps the summary we already had
            old = self.entries[fingerprint]
            entry.update({k: old[k] for k in ("name", "message", "records") if k in old})
        self.entries[fingerprint] = entry
        return entry

    def save(self, path: Optional[str | Path] = None) -> Path:
        """Write the file atomically, entries in a stable order so diffs show only what changed."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise UsageError("baseline: no file to save to (pass --baseline FILE)")
        ordered = dict(sorted(self.entries.items(), key=lambda kv: (str(kv[1].get("rule") or ""), kv[0])))
        body = yaml.safe_dump(
            {"version": FORMAT_VERSION, "accepted": ordered},
            sort_keys=False,
            allow_unicode=True,
            width=100,
            default_flow_style=False,
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_text(HEADER + body, encoding="utf-8")
        os.replace(tmp, target)
        self.path = target
        return target


def summarise(finding: Finding) -> dict[str, Any]:
    """What a reviewer needs to judge an acceptance: the message and the figures as written."""
    return {
        "name": finding.name,
        "message": finding.message,
        "records": [
            {k: _plain(r.get(k)) for k in SUMMARY_RECORD_FIELDS if r.get(k) is not None}
            for r in finding.records
        ],
    }


def _plain(value: Any) -> Any:
    """numpy and pandas scalars dump as Python objects in YAML unless made plain first."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _validate(data: Any, path: Path) -> dict[str, dict[str, Any]]:
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("accepted", {}), (dict, type(None))):
        raise UsageError(f"{path}: baseline must be a mapping with an 'accepted:' table of fingerprint: entry")
    version = data.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise UsageError(f"{path}: baseline format version {version!r} is not supported (expected {FORMAT_VERSION})")
    unknown = [k for k in data if k not in ("version", "accepted")]
    if unknown:
        raise UsageError(f"{path}: unknown top-level key {unknown[0]!r}; allowed: accepted, version")
    entries = data.get("accepted") or {}
    for fingerprint, entry in entries.items():
        if not isinstance(entry, dict):
            raise UsageError(f"{path}: entry {fingerprint!r} must be a mapping (rule, reason, by, when, ...)")
        if not str(entry.get("reason") or "").strip():
            raise UsageError(f"{path}: entry {fingerprint!r} has no reason; every accepted finding needs one")
    return {str(fp): dict(entry) for fp, entry in entries.items()}


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers; the field stays honest
        return "unknown"


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _about_any(entry: dict[str, Any], docs: set[str]) -> bool:
    """Is this accepted entry about one of `docs`? True when it names no article (an entry written
    by hand with only its fingerprint and reason), so that it can still be reported as stale."""
    named = {str(r.get("doc_id")) for r in entry.get("records") or [] if isinstance(r, dict) and r.get("doc_id") is not None}
    return not named or bool(named & docs)

