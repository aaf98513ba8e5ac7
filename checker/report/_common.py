"""What every report format needs from a `CheckResult`: clean values, locations, counts.

Kept in one place so that text, JSON, SARIF, GitHub, JUnit and HTML agree on which findings
are shown, in which order, where each one is located and what the summary counts.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Optional

from checker.schema import SEVERITIES, Finding, severity_rank

if TYPE_CHECKING:  # the reports never need the pipeline at import time
    from checker.run import CheckResult

# The record fields spec section 4 promises in every finding, in this order.
FINDING_RECORD_FIELDS = ("doc_id", "value", "low", "high", "text", "start", "end", "source", "published")


def clean(value: Any) -> Any:
    """A value JSON and templates can take: numpy/pandas scalars unwrapped, NaN/NA as None."""
    kind = type(value)
    if value is None or kind is str or kind is int or kind is bool:  # the common case, fast
        return value
    if isinstance(value, (str, bool, int)) and not hasattr(value, "item"):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else (int(value) if value.is_integer() else value)
    if isinstance(value, dict):
        return {str(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [clean(v) for v in value]
    if hasattr(value, "isoformat"):
        try:
            return value.isoformat()[:10] if type(value).__name__ in ("date", "Timestamp") else value.isoformat()
        except ValueError:  # pandas NaT
            return None
    if hasattr(value, "item"):  # numpy scalar
        return clean(value.item())
    try:  # pandas.NA and friends refuse bool(); anything left that equals nothing is missing
        if value != value:
            return None
    except TypeError:
        return None
    return str(value)


def records_of(finding: Finding) -> list[dict[str, Any]]:
    """The finding's records as plain dicts, spec fields first, extras kept."""
    out = []
    for record in finding.records:
        row = {str(k): clean(v) for k, v in record.items()}
        ordered = {k: row.get(k) for k in FINDING_RECORD_FIELDS}
        ordered.update({k: v for k, v in row.items() if k not in ordered})
        out.append(ordered)
    return out


@dataclass(frozen=True)
class Location:
    """Where a figure stands: the file (or the doc id when no file is known), 1-based line/col."""

    path: str
    line: Optional[int]
    column: Optional[int]
    start: Optional[int]
    end: Optional[int]

    def __str__(self) -> str:
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.column or 1}"


def location_of(record: dict[str, Any]) -> Location:
    path = record.get("path") or record.get("doc_id") or "<unknown>"
    line = _positive(record.get("line"))
    column = _positive(record.get("column"))
    start = _natural(record.get("start"))
    end = _natural(record.get("end"))
    return Location(str(path), line, column if line else None, start, end)


def _positive(value: Any) -> Optional[int]:
    value = clean(value)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else None


def _natural(value: Any) -> Optional[int]:
    value = clean(value)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first, then by rule and first location: the order an editor triages in."""
    def key(f: Finding) -> tuple:
        first = location_of(clean(dict(f.records[0]))) if f.records else Location("", None, None, None, None)
        return (-severity_rank(f.severity) if f.severity in SEVERITIES else 0, f.rule, first.path, first.line or 0, first.column or 0)

    return sorted(findings, key=key)


def record_interval(record: Any) -> str:
    """A record's interval as `interval_text` writes it, read against its stated value, its figures
    written as its copy's language writes them."""
    return interval_text(record.get("low"), record.get("high"), value=record.get("value"), lang=record.get("lang"))


def interval_words(record: Any) -> str:
    """`record_interval`, with the copy's own words beside it when the interval is read from words
    and not from a figure: '10,000–99,999 (“tens of thousands”)', '10 000–99 999 (« des dizaines de
    milliers »)', '15–25 (« une vingtaine »)'. An editor checks the bounds against what the copy
    says; a figure written in digits ('about 200') or one exact number ('seven') reads as it is."""
    shown = record_interval(record)
    text = clean(record.get("text"))
    if not isinstance(text, str) or not text.strip() or any(c.isdigit() for c in text):
        return shown
    low, high = clean(record.get("low")), clean(record.get("high"))
    if low is not None and low == high:
        return shown
    words = " ".join(text.split())
    if len(words) > 60:
        words = words[:57].rstrip() + "..."
    quoted = f"«\u00a0{words}\u00a0»" if record.get("lang") == "fr" else f"“{words}”"
    return f"{shown} ({quoted})"


def interval_text(low: Any, high: Any, sep: str = "–", value: Any = None, lang: Any = None) -> str:
    """'180,000–200,000', '≥ 250,000', '≤ 99', or 'unbounded'; readable in any format. With the
    stated `value`, "plus de 250.000" (250,001 and up) reads '> 250,000' and "fewer than 100"
    '< 100', as the copy said it, rather than '≥ 250,001' beside a value of 250,000. With `lang`
    'fr', '180 000–200 000' (no-break spaces), as French copy writes figures."""
    low, high, value = clean(low), clean(high), clean(value)
    if low is not None and high is not None:
        return number(low, lang) if low == high else f"{number(low, lang)}{sep}{number(high, lang)}"
    if low is not None:
        return f"> {number(value, lang)}" if isinstance(value, int) and low == value + 1 else f"≥ {number(low, lang)}"
    if high is not None:
        return f"< {number(value, lang)}" if isinstance(value, int) and high == value - 1 else f"≤ {number(high, lang)}"
    return "unbounded"


# French copy sets a figure's thousands apart with a (no-break) space, English copy with a comma
_GROUPING = {"fr": "\u00a0"}


def number(value: Any, lang: Any = None) -> str:
    """'250,000'; with `lang` 'fr', '250 000' (a no-break space: a figure never wraps in two)."""
    value = clean(value)
    if isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:,}"
        sep = _GROUPING.get(lang) if isinstance(lang, str) else None
        return text.replace(",", sep) if sep else text
    return "?" if value is None else str(value)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_words(day: Any) -> str:
    """'2016-04-30' as '30 Apr 2016': a date as an editor reads it (day, month, year, in no order
    a reader could take the wrong way round). Anything else is returned as it is."""
    text = str(day or "")
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        month = int(text[5:7])
        if 1 <= month <= 12 and text[8:].isdigit():
            return f"{int(text[8:])} {_MONTHS[month - 1]} {text[:4]}"
    return text


def days_words(start: Any, end: Any) -> str:
    """A window as an editor reads it: '24 Aug 2016', '23–24 Aug 2016', '30 Sep – 2 Oct 2017',
    '30 Dec 2016 – 2 Jan 2017'."""
    a, b = day_words(start), day_words(end)
    if not start or a == b:
        return b
    if not end:
        return f"from {a}"
    pa, pb = a.split(" "), b.split(" ")
    if len(pa) == 3 and len(pb) == 3:
        if pa[1:] == pb[1:]:
            return f"{pa[0]}–{b}"
        if pa[2] == pb[2]:
            return f"{pa[0]} {pa[1]} – {b}"
    return f"{a} – {b}"


def place_name(slug: Any) -> Any:
    """A place as copy names it ('east Aleppo', 'DRC', 'Kherson region'): the English name of a
    curated gazetteer entry (or a newsroom's own); a place only the world tier knows by its own
    name written as a proper name ('vietnam' 'Vietnam', 'new-york-city' 'New York City', a namesake
    'narra-in' 'Narra (India)'), read from that slug's one line of the world tier's file, never by
    loading the tier; any other slug unchanged."""
    if not isinstance(slug, str) or not slug:
        return slug
    name = _place_names().get(slug)
    if name is not None:
        return name
    name = _world_name(slug, 0)
    written = _WRITTEN.get(slug)
    if written is None:
        return name
    # a namesake keeps its country after the name as written: "Narra (India)"
    return f"{written} {name[name.index('('):]}" if name.endswith(")") and " (" in name else written


# a world-tier place as the copy writes it ("Saint-Étienne", "São Paulo", "Ciudad Juárez"), where a record's
# sentence names it: the tier's keys are folded (no accents, hyphens as spaces), so its slug cannot say
_WRITTEN: dict[str, str] = {}
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’‑][^\W\d_]+)*")


def note_written_places(records) -> None:
    """Remember, for each world-tier place of `records` (a frame or dicts with `place` and `sentence`),
    how a sentence of its records writes it, for `place_name`; curated places keep their own names."""
    try:
        from checker.normalise.world import fold_key
        curated = _place_names()
        if hasattr(records, "columns"):
            # only the rows of places still to name are read: a million records name few places
            places = records["place"].unique()
            wanted = [p for p in places if isinstance(p, str) and p and p not in _WRITTEN and p not in curated]
            rows = records.loc[records["place"].isin(wanted), ["place", "sentence"]].itertuples(index=False, name=None)
        else:
            rows = ((r.get("place"), r.get("sentence")) for r in records)
        seen: set = set()
        for slug, sentence in rows:
            if not isinstance(slug, str) or not slug or slug in _WRITTEN or slug in curated \
                    or not isinstance(sentence, str) or (slug, sentence) in seen:
                continue
            seen.add((slug, sentence))
            line = _world_line(slug)
            if line is None or len(line) < 3:
                continue
            keys = {k.lstrip("?!") for k in line[2].split("|") if k}
            keys.add(" ".join(slug.split("-")))
            written = _written_in(sentence, keys, fold_key)
            if written is not None:
                _WRITTEN[slug] = written
    except Exception:  # the reports never fail for want of a name
        return


def _written_in(sentence: str, keys: set, fold_key) -> Optional[str]:
    """The longest run of up to four capitalised words of `sentence` whose folded form is one of `keys`."""
    words = [m.span() for m in _NAME_WORD.finditer(sentence)]
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            start, end = words[i][0], words[i + n - 1][1]
            if sentence[start].isupper() and fold_key(sentence[start:end]) in keys:
                return sentence[start:end]
    return None


_WORLD_NAMES: dict[str, str] = {}
_WORLD_TEXT: list[bytes] = []
# words a proper name keeps in lower case inside it ("Bosnia and Herzegovina", "Saint-Pierre and
# Miquelon", "Isle of Man", "Trinidad and Tobago")
_LOWER_WORDS = frozenset("of and the de du des la le les et d l upon on sur en".split())


def _proper(words: list[str]) -> str:
    return " ".join(w if i and w in _LOWER_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _world_line(slug: str) -> Optional[list[str]]:
    """The world tier's line for `slug` (slug, parent, keys), found in its file as bytes."""
    if not _WORLD_TEXT:
        try:
            from checker.normalise.world import DATA
            _WORLD_TEXT.append(b"\n" + DATA.read_bytes())
        except Exception:  # the reports never fail for want of a name
            _WORLD_TEXT.append(b"")
    text = _WORLD_TEXT[0]
    at = text.find(b"\n" + slug.encode("utf-8", "replace") + b"\t")
    if at < 0:
        return None
    end = text.find(b"\n", at + 1)
    return text[at + 1:end if end >= 0 else len(text)].decode("utf-8", "replace").split("\t")


def _world_name(slug: str, depth: int) -> str:
    name = _WORLD_NAMES.get(slug)
    if name is not None:
        return name
    line = _world_line(slug) if depth < 3 and not slug.startswith(("=", "#")) else None
    if line is None:
        return slug
    parent = line[1] if len(line) > 1 else ""
    keys = {k.lstrip("?!") for k in (line[2] if len(line) > 2 else "").split("|")}
    words = slug.split("-")
    if " ".join(words) not in keys and len(words) > 1 and len(words[-1]) == 2 and parent:
        # a namesake's slug ends with its country's code ('narra-in'): its name, and its parent
        # to tell it from the place that kept the name
        outer = _place_names().get(parent) or _world_name(parent, depth + 1)
        name = f"{_proper(words[:-1])} ({outer})"
    else:
        name = _proper(words)
    _WORLD_NAMES[slug] = name
    return name


_NAMES: dict[int, dict[str, str]] = {}


def _place_names() -> dict[str, str]:
    try:
        from checker.normalise.places import _EXTRA, _default_entries
    except Exception:  # the reports never fail for want of a name
        return {}
    names = _NAMES.get(len(_EXTRA))
    if names is None:
        names = {}
        for entry in [*_default_entries(), *_EXTRA]:
            given = entry.get("names") or {}
            first = (given.get("en") or given.get("fr") or [None])[0]
            if entry.get("slug") and first:
                names[entry["slug"]] = str(first)
        _NAMES.clear()
        _NAMES[len(_EXTRA)] = names
    return names


def outlet_name(source: Any, agency: Any) -> str:
    """'Le Monde (AFP)': the outlet with the agency whose copy it ran, unless the outlet's name
    already gives it ('RFI (AFP)', 'AP', 'RTBF (Belga/AFP)' with agency Belga)."""
    source, agency = clean(source), clean(agency)
    source = str(source) if source else ""
    agency = str(agency) if agency else ""
    if not agency or agency.casefold() == source.casefold():
        return source or agency
    if not source:
        return agency
    import re

    if re.search(rf"(?<![^\W_]){re.escape(agency)}(?![^\W_])", source, re.IGNORECASE):
        return source
    return f"{source} ({agency})"


def rule_catalog(result: "CheckResult") -> list[dict[str, Any]]:
    """Every active rule, plus any rule a finding names that the run did not list."""
    catalog: dict[str, dict[str, Any]] = {}
    for rule in result.rules:
        rule = clean(dict(rule))
        code = str(rule.get("code") or rule.get("rule") or rule.get("id") or "")
        if code:
            catalog[code] = {**rule, "code": code}
    for finding in [*result.findings, *result.new_findings, *result.accepted]:
        catalog.setdefault(finding.rule, {"code": finding.rule, "name": finding.name, "severity": finding.severity})
    return sorted(catalog.values(), key=lambda r: r["code"])


def counted(n: int, noun: str) -> str:
    """'1 article', '2 articles': a count with its noun in the right number (English nouns whose
    plural takes an 's')."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary(result: "CheckResult") -> dict[str, Any]:
    """The counts every format ends with: what was read, what was found, what was waived."""
    shown = result.new_findings
    by_severity = Counter(f.severity for f in shown)
    return {
        "articles": len(result.articles),
        "figures": int(len(result.records)),
        "findings": len(shown),
        "by_severity": {s: by_severity.get(s, 0) for s in reversed(SEVERITIES)},
        "by_rule": dict(sorted(Counter(f.rule for f in shown).items())),
        "accepted": len(result.accepted),
        "stale_baseline": len(result.stale_baseline),
        "problems": len(result.problems),
        "rejected_inputs": sum(1 for p in result.problems if p.level == "error"),
        "archive_records": result.archive_records,
    }


def records_summary(records: list[dict[str, Any]]) -> str:
    """One line per figure for the one-message formats (a GitHub annotation): the figure, its
    interval, where it stands, who published it and when:
    '- 200 000 [180 000–200 000] at fixtures/seeds/001_….txt:8:1 (outlet-fr-1 (AFP), 30 Apr 2016)'."""
    lines = []
    for r in records:
        who = ", ".join(x for x in (outlet_name(r.get("source"), r.get("agency")),
                                    day_words(r.get("published")) or "undated") if x)
        lines.append(f"- {number(r.get('value'), r.get('lang'))} [{interval_words(r)}] at {location_of(r)} ({who})")
    return "\n".join(lines)
