"""The HTML discrepancy report: one self-contained file an editor reads before publishing.

What it shows, in order: a summary (articles, figures, findings by severity and rule), every
finding with its records side by side and a chart of their intervals against their reporting
dates, accepted findings, stale baseline entries, input problems, and a per-article list of
every figure read (so an editor sees what was read, not only what was flagged).

How it stays safe and offline: Jinja2 autoescaping for everything that comes from articles,
manifests and records; links only for http(s) URLs; CSS and JS inline; a Content-Security-
Policy that forbids every network load and allows no script but ours (by hash), so even a
payload that slipped past escaping could not run or phone home.

How it stays fast at 10,000 findings: matplotlib draws the first `MATPLOTLIB_CHARTS`
findings (most severe first); the rest get the same chart as a few lines of hand-written
SVG (`charts.mini_svg`); cards use `content-visibility: auto` so the browser lays out only
what is on screen; the per-article tables sit in collapsed `<details>` for large batches;
filters toggle one class on the page root rather than touching every card.
"""
from __future__ import annotations

import base64
import hashlib
import os
from collections import defaultdict
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Optional
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from checker.report._common import (
    clean, day_words, days_words, interval_words, location_of, number, ordered, outlet_name, place_name, record_interval, records_of, rule_catalog, summary,
)
from checker.report.charts import ChartMaker, mini_svg, source_of, styles_for
from checker.schema import SEVERITIES, Finding

if TYPE_CHECKING:
    from checker.run import CheckResult

HERE = Path(__file__).resolve().parent
MATPLOTLIB_CHARTS = 12  # full matplotlib charts; later findings get the hand-drawn SVG
FULL_CARDS = 200  # findings shown as full cards; the rest as one compact, linkable row each
SENTENCES_UP_TO = 5000  # up to this many figures, the per-article view is a table with sentences
OPEN_ARTICLES_UP_TO = 12
TO_FIX_SHOWN = 30  # articles with flagged figures listed by name in the summary (the rest: "and N more")
SYMBOLS = {"o": "●", "s": "■", "^": "▲", "D": "◆", "v": "▼", "P": "✚", "X": "✖", "*": "★"}  # the chart's markers  # per-article tables start open for small batches only


def safe_url(url: Any) -> Optional[str]:
    """The URL if it is an absolute http(s) URL, else None (rendered as text, never a link)."""
    text = str(clean(url) or "").strip()
    if not text or any(c in text for c in "\x00\r\n\t"):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def highlight(sentence: Any, figure: Any) -> Markup:
    """The sentence, escaped, with the figure's phrase wrapped in <mark>."""
    sentence, figure = str(clean(sentence) or ""), str(clean(figure) or "")
    i = sentence.find(figure) if figure else -1
    if i < 0:
        if not sentence:
            return Markup("<mark>%s</mark>") % figure
        return escape(sentence) + Markup(" <span class=\"dim\">(figure: <mark>%s</mark>)</span>") % figure
    return escape(sentence[:i]) + Markup("<mark>%s</mark>") % figure + escape(sentence[i + len(figure):])


def window_text(record: dict[str, Any]) -> str:
    """The figure's window as an editor reads it: '23–24 Aug 2016', 'from 1 Mar 2011', 'until 30 Apr 2016'."""
    start, end = record.get("period_start"), record.get("period_end")
    if start and end:
        return days_words(start, end)
    if start:
        return f"from {day_words(start)}"
    if end:
        return f"until {day_words(end)}"
    return "—"


# How the copy qualified each figure, in words ('approx_below' is the record's code for "près de")
QUALIFIER_WORDS = {"exact": "exact", "approx": "about", "approx_below": "nearly", "at_least": "at least",
                   "more_than": "more than", "at_most": "at most", "less_than": "fewer than", "up_to": "up to",
                   "range": "a range", "vague": "a vague quantity"}

# The claim's fields as an editor names them, in this order; the rest keep their own name
CLAIM_WORDS = (("measure", ""), ("group", ""), ("place", ""), ("speaker", "said by "), ("basis", "basis: "))


def claim_text(claim: dict[str, Any]) -> str:
    """'injured · people · italy · 23–24 Aug 2016': what the figures are figures of, in words."""
    claim = {k: v for k, v in clean(dict(claim)).items() if v not in (None, "")}
    bits = [f"{label}{place_name(claim.pop(k)) if k == 'place' else claim.pop(k)}" for k, label in CLAIM_WORDS if k in claim]
    start, end = claim.pop("period_start", None), claim.pop("period_end", None)
    if end or start:
        bits.append(days_words(start, end) if end else f"from {day_words(start)}")
    if "event_day" in claim:
        bits.append(f"the event of {day_words(claim.pop('event_day'))}")
    if "since" in claim:
        bits.append(f"since {day_words(claim.pop('since'))}")
    bits += [f"{k.replace('_', ' ')}: {v}" for k, v in claim.items()]
    return " · ".join(str(b) for b in bits)


def record_key(record: dict[str, Any]) -> tuple:
    return (str(record.get("doc_id")), clean(record.get("start")), clean(record.get("end")), clean(record.get("value")))


def record_view(record: dict[str, Any]) -> dict[str, Any]:
    """What the template shows of one record; every string is still raw (autoescape does the rest)."""
    where = location_of(record)
    outlet = outlet_name(record.get("source"), record.get("agency")) or "unknown outlet"
    qualifier = str(record.get("qualifier") or "")
    return {
        "doc_id": record.get("doc_id"),
        "outlet": outlet,
        "published": day_words(record.get("published")) or "undated",
        "lang": record.get("lang") or "?",
        "sentence": highlight(record.get("sentence"), record.get("text")),
        "text": record.get("text"),
        "value": number(record.get("value"), record.get("lang")),
        "interval": interval_words(record),
        "qualifier": QUALIFIER_WORDS.get(qualifier, qualifier.replace("_", " ")),
        "what": " · ".join(str(x) for x in (record.get("measure"), record.get("group"), place_name(record.get("place"))) if x),
        "window": window_text(record),
        "cumulative": bool(record.get("cumulative")),
        "attribution": record.get("attribution") or "—",
        "quoted": bool(record.get("quoted")),
        "url": safe_url(record.get("url")),
        "raw_url": clean(record.get("url")),
        "location": str(where),
        # checked against an archive: the copy under review, or what was published
        "role": {True: "draft", False: "published"}.get(record.get("draft")),
    }


class _Charts:
    """Hands out charts: matplotlib while the budget lasts, then the cheap SVG."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self._maker: Optional[ChartMaker] = None

    def __call__(self, records: list[dict[str, Any]], label: str) -> Optional[Markup]:
        if self.budget > 0:
            self.budget -= 1
            if self._maker is None:
                self._maker = ChartMaker()
            return self._maker.svg(records, label)
        return mini_svg(records, label)

    def close(self) -> None:
        if self._maker is not None:
            self._maker.close()


UNDATED_RESOLVE = ("Give these articles their publication date (a manifest line, the file's own 'published' field, "
                   "or --published for a draft) and check again: this rule compares figures by reporting date.")


def acceptance_view(entry: Optional[dict[str, Any]]) -> Optional[dict[str, str]]:
    """Who accepted a finding, when (the day), and why, as the baseline records them."""
    if not entry:
        return None
    when = str(clean(entry.get("when")) or "")
    return {"reason": str(clean(entry.get("reason")) or "no reason recorded"),
            "by": str(clean(entry.get("by")) or ""), "when": when[:10]}


def finding_view(finding: Finding, anchor: str, charts: Optional[_Charts], rule_index: dict[str, int],
                 resolve: dict[str, str], acceptance: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    """A finding's card; `resolve`: what an editor does about each rule's findings (its how_to_resolve);
    `acceptance`: the baseline's entry when the finding is accepted."""
    records = records_of(finding)
    chart = charts(records, f"Intervals of the {len(records)} records of {finding.rule} against their reporting dates") if charts else None
    undated = [r for r in records if not r.get("published")]
    styles = styles_for(records)
    views = []
    for r in records:
        colour, marker = styles[source_of(r)]
        views.append({**record_view(r), "colour": colour, "symbol": SYMBOLS.get(marker, "●")})
    return {
        "anchor": anchor,
        "rule": finding.rule,
        "rule_idx": rule_index.get(finding.rule, 0),
        "name": finding.name,
        "severity": finding.severity if finding.severity in SEVERITIES else "info",
        "message": finding.message,
        # a rule's note that it skipped undated figures is no contradiction: its advice is to date them
        "resolve": UNDATED_RESOLVE if finding.claim.get("undated") is True else resolve.get(finding.rule, ""),
        "why": "" if finding.claim.get("undated") is True else resolve.get(f"why:{finding.rule}", ""),
        "claim": ("figures with no publication date" if finding.claim.get("undated") is True else claim_text(finding.claim)),
        "params": [(k, v) for k, v in clean(dict(finding.params)).items()],
        "fingerprint": finding.fingerprint,
        "records": views,
        "chart": chart,
        "undated": len(undated),
        "acceptance": acceptance_view(acceptance),
    }


def compact_row(finding: Finding, anchor: str, rule_index: dict[str, int]) -> Markup:
    """One table row for a finding past the full cards: severity, rule, message, its figures.

    Built with f-strings and explicit `escape` rather than in the template: a large report has
    thousands of these, and this is several times faster.
    """
    records = records_of(finding)
    severity = finding.severity if finding.severity in SEVERITIES else "info"
    figures = "; ".join(
        f"{outlet_name(r.get('source'), r.get('agency')) or r.get('doc_id')} {day_words(r.get('published')) or 'undated'}: "
        f"{number(r.get('value'), r.get('lang'))} "
        f"[{interval_words(r)}]" for r in records)
    where = str(location_of(records[0])) if records else ""
    return Markup(
        f'<tr class="finding sev-{severity}" id="{escape(anchor)}" data-severity="{severity}" '
        f'data-rule-idx="{rule_index.get(finding.rule, 0)}"><td><span class="badge sev-{severity}">{severity}</span></td>'
        f'<td><code>{escape(finding.rule)}</code></td><td>{escape(finding.message)}<br>'
        f'<span class="dim">{escape(figures)}</span></td><td><code>{escape(where)}</code></td></tr>')


FLAGGED = ' class="is-flagged"'


def figure_row(record: dict[str, Any], flags: list[str], with_sentence: bool) -> Markup:
    """One row of the per-article view (pre-rendered: a batch can have tens of thousands)."""
    if with_sentence:
        sentence = highlight(record.get("sentence"), record.get("text"))
    else:
        sentence = f"<mark>{escape(record.get('text') or '')}</mark>"
    links = " ".join(f'<a href="#{escape(a)}">{escape(a)}</a>' for a in flags)
    what = " · ".join(str(x) for x in (record.get("measure"), record.get("group"), place_name(record.get("place"))) if x)
    return Markup(
        f'<tr{FLAGGED if flags else ""}><td class="sentence">{sentence}</td>'
        f'<td class="num">{escape(number(record.get("value"), record.get("lang")))}</td>'
        f'<td>{escape(record_interval(record))}</td><td>{escape(what)}</td>'
        f'<td>{escape(window_text(record))}</td><td>{escape(record.get("attribution") or "—")}</td><td>{links}</td></tr>')


def figure_item(record: dict[str, Any], flags: list[str]) -> Markup:
    """The per-article line of a large batch: a list item, a third of a table row's DOM nodes."""
    links = " ".join(f'<a href="#{escape(a)}">{escape(a)}</a>' for a in flags)
    what = " · ".join(str(x) for x in (record.get("measure"), record.get("group"), place_name(record.get("place"))) if x)
    details = (f"{number(record.get('value'), record.get('lang'))} [{record_interval(record)}] {what}, "
               f"{window_text(record)}, {record.get('attribution') or 'no attribution'}")
    return Markup(f'<li{FLAGGED if flags else ""}><mark>{escape(record.get("text") or "")}</mark> '
                  f'{escape(details)} {links}</li>')


def article_views(result: "CheckResult", flagged: dict[tuple, list[str]]) -> list[dict[str, Any]]:
    """Every article with every figure read from it, flagged figures linked to their findings."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if len(result.records):
        for row in result.records.to_dict("records"):
            row = {k: clean(v) for k, v in row.items()}
            by_doc[str(row.get("doc_id"))].append(row)
    metas = {str(a.get("doc_id")): clean(dict(a)) for a in result.articles}
    compact = len(result.records) > SENTENCES_UP_TO
    for doc in by_doc:
        metas.setdefault(doc, {"doc_id": doc})
    views = []
    for doc, meta in metas.items():
        rows = sorted(by_doc.get(doc, []), key=lambda r: (r.get("start") is None, r.get("start") or 0))
        if compact:
            figures = [figure_item(r, flagged.get(record_key(r), [])) for r in rows]
        else:
            figures = [figure_row(r, flagged.get(record_key(r), []), True) for r in rows]
        n_flagged = sum(1 for r in rows if record_key(r) in flagged)
        anchors = sorted({a for r in rows for a in flagged.get(record_key(r), [])}, key=lambda a: int(a[1:]))
        source = meta.get("source") or (rows[0].get("source") if rows else None) or "unknown outlet"
        agency = meta.get("agency")
        views.append({
            "anchor": f"art{len(views) + 1}",
            "findings": anchors,
            "doc_id": doc,
            "source": source,
            # shown beside the outlet unless its name gives it already ('RFI (AFP)', not 'RFI (AFP) (AFP)')
            "agency": agency if agency and outlet_name(source, agency) != str(source) else None,
            "published": day_words(meta.get("published") or (rows[0].get("published") if rows else None)) or "undated",
            "lang": meta.get("lang") or "?",
            "title": meta.get("title"),
            "path": meta.get("path"),
            "url": safe_url(meta.get("url")),
            "raw_url": meta.get("url"),
            "figures": figures,
            "flagged": n_flagged,
        })
    return views


def path_breaks(path: Any) -> Markup:
    """A file path, escaped, that a narrow column may break after each folder (`/`, `\\`) but
    never inside a name: "my batch/ | quake-afp.txt", not "my batc | h/qua | ke-afp.txt". Each
    folder and the name is an unbreakable box (`.seg`); lines break between them."""
    text = str(clean(path) or "")
    return Markup("").join(Markup('<span class="seg">%s</span>') % part for part in _after_separators(text) if part)


def _after_separators(text: str) -> list[str]:
    parts, start = [], 0
    for i, c in enumerate(text):
        if c in "/\\":
            parts.append(text[start:i + 1])
            start = i + 1
    return parts + [text[start:]]


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(enabled_extensions=("html", "j2", "html.j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["path_breaks"] = path_breaks
    return env


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    css = (HERE / "static" / "report.css").read_text(encoding="utf-8")
    js = (HERE / "static" / "report.js").read_text(encoding="utf-8")
    return css, js


def _csp(js: str) -> str:
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
            f"base-uri 'none'; form-action 'none'")


def render_html(result: "CheckResult", chart_budget: int = MATPLOTLIB_CHARTS, full_cards: int = FULL_CARDS) -> str:
    """The report as one string (write_html writes it; tests and the benchmark call this)."""
    rules = rule_catalog(result)
    rule_index = {r["code"]: i for i, r in enumerate(rules)}
    resolve = {r["code"]: r.get("how_to_resolve") or "" for r in rules}
    # why each rule's findings matter (its rationale), one click away on each card
    resolve.update({f"why:{r['code']}": " ".join(str(r.get("rationale") or "").split()) for r in rules})
    charts = _Charts(chart_budget)
    new_all, accepted_all = ordered(result.new_findings), ordered(result.accepted)
    cards = max(0, full_cards)
    try:
        new = [finding_view(f, f"f{i + 1}", charts, rule_index, resolve) for i, f in enumerate(new_all[:cards])]
        why = getattr(result, "acceptances", None) or {}
        accepted = [finding_view(f, f"a{i + 1}", charts, rule_index, resolve, why.get(f.fingerprint))
                    for i, f in enumerate(accepted_all[:max(0, cards - len(new))])]
    finally:
        charts.close()
    compact = [compact_row(f, f"f{i + 1}", rule_index) for i, f in enumerate(new_all) if i >= len(new)]
    compact_accepted = [compact_row(f, f"a{i + 1}", rule_index) for i, f in enumerate(accepted_all) if i >= len(accepted)]
    flagged: dict[tuple, list[str]] = defaultdict(list)
    for i, finding in enumerate(new_all):
        for r in finding.records:
            flagged[record_key(r)].append(f"f{i + 1}")
    s = summary(result)
    counts = defaultdict(int, s["by_rule"])
    seen_as: dict[str, set[str]] = defaultdict(set)  # a rule's findings may be raised above its default
    for finding in new_all:
        seen_as[finding.rule].add(finding.severity if finding.severity in SEVERITIES else "info")
    rule_rows = [{**r, "idx": rule_index[r["code"]], "count": counts[r["code"]],
                  "severities": sorted(seen_as[r["code"]], key=SEVERITIES.index, reverse=True) or [r.get("severity")]}
                 for r in rules]
    css, js = _assets()
    articles = article_views(result, flagged)
    template = _environment().get_template("report.html.j2")
    return template.render(
        title="casualty-check report",
        generated=_generated(datetime.now(timezone.utc)),
        summary=s,
        severities=list(reversed(SEVERITIES)),
        rules=rule_rows,
        findings=new,
        compact=compact,
        accepted=accepted,
        compact_accepted=compact_accepted,
        full_cards=full_cards,
        stale=[clean(dict(e)) for e in result.stale_baseline],
        problems=[clean(vars(p)) for p in result.problems],
        articles=articles,
        open_articles=len(articles) <= OPEN_ARTICLES_UP_TO,
        TO_FIX_SHOWN=TO_FIX_SHOWN,
        compact_articles=len(result.records) > SENTENCES_UP_TO,
        charts_note=(len(new) + len(accepted)) > chart_budget,
        open_compact=len(compact) + len(compact_accepted) <= 500,
        chart_budget=chart_budget,
        css=Markup(css),
        js=Markup(js),
        csp=_csp(js),
    )


def write_html(path: str | os.PathLike[str], result: "CheckResult") -> None:
    """Write the report to `path` (parent folders created), atomically."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(render_html(result), encoding="utf-8")
    os.replace(tmp, target)


def _generated(now: datetime) -> str:
    """'6 Dec 2026, 07:46 UTC': when the report was made, as a date and a time an editor reads."""
    return f"{day_words(now.date().isoformat())}, {now:%H:%M} UTC"
