"""The HTML report: everything from articles and manifests escaped, nothing loaded from the
network, and the content an editor needs (summary first, records side by side, highlighted
figures, charts, per-article figures, accepted / stale / problems sections)."""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest

import report_seed
from checker.report.charts import ChartMaker
from checker.problems import Problem
from checker.report.html import highlight, render_html, safe_url, write_html


class Tags(HTMLParser):
    """Collects every start tag with its attributes, and the text of script and style elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag in ("script", "style"):
            self._in = tag

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


@pytest.fixture
def seed_html(seed_result) -> str:
    return render_html(seed_result)


@pytest.fixture
def hostile_html(hostile_result) -> str:
    return render_html(hostile_result)


# --- escaping ---------------------------------------------------------------------------------

def test_payloads_are_escaped_everywhere(hostile_html):
    tags = parse(hostile_html)
    assert [t for t, _ in tags.tags].count("script") == 1  # ours only
    assert "window.__pwned" not in "".join(tags.scripts)
    assert not [a for t, a in tags.tags if t == "img"]
    assert not any(k.startswith("on") for _, attrs in tags.tags for k in attrs)  # no event handler attribute
    assert "<script>window.__pwned" not in hostile_html
    assert '"><img' not in hostile_html
    assert "&lt;script&gt;window.__pwned" in hostile_html  # shown as text, so the editor sees it
    assert "&#34;&gt;&lt;img src=x onerror=" in hostile_html


def test_only_http_urls_become_links(hostile_html):
    hrefs = [a["href"] for t, a in parse(hostile_html).tags if t == "a"]
    assert hrefs and all(h.startswith(("#", "http://", "https://")) for h in hrefs)
    assert not re.search(r'href\s*=\s*["\']?\s*javascript:', hostile_html, re.I)
    assert "link not shown: javascript:window.__pwned" in hostile_html


@pytest.mark.parametrize("url,expected", [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"),
    ("http://example.org", "http://example.org"),
    ("javascript:alert(1)", None), (" JaVaScRiPt:alert(1)", None), ("data:text/html,<script>", None),
    ("//evil.example/x", None), ("vbscript:x", None), ("file:///etc/passwd", None), ("", None), (None, None),
    ("https://ex.org/\nx", None),
])
def test_safe_url(url, expected):
    assert safe_url(url) == expected


def test_highlight_escapes_and_marks():
    out = str(highlight("a <b> 12 morts <script>", "12 morts"))
    assert out == "a &lt;b&gt; <mark>12 morts</mark> &lt;script&gt;"
    assert "<mark>&lt;i&gt;</mark>" in str(highlight("no match here", "<i>"))


def test_chart_text_is_escaped():
    recs = report_seed.hostile_records()
    svg = str(ChartMaker().svg(recs, label='"><script>x</script>'))
    assert "<script" not in svg and "<img" not in svg
    assert "&lt;script&gt;" in svg  # the source name, as text
    assert svg.startswith("<svg")


def test_a_figure_is_labelled_once_where_two_reports_of_it_sit_side_by_side():
    """Two outlets' 250,000 a few weeks apart, on a chart spanning seven months: one label, not
    '250,000▲250,000' run together; a different figure at the same place keeps its own."""
    base = {"measure": "residents", "group": "people", "place": "aleppo-east", "qualifier": "exact"}
    recs = [{**base, "doc_id": "a", "value": 200000, "low": 180000, "high": 200000, "published": "2016-04-30", "source": "A"},
            {**base, "doc_id": "b", "value": 250000, "low": 250000, "high": None, "published": "2016-10-13", "source": "B"},
            {**base, "doc_id": "c", "value": 250000, "low": 250000, "high": 250000, "published": "2016-11-20", "source": "C"},
            {**base, "doc_id": "d", "value": 240000, "low": 240000, "high": 240000, "published": "2016-11-21", "source": "D"}]
    svg = str(ChartMaker().svg(recs, label="x"))
    labels = re.findall(r'fill: #222222"[^>]*>([^<]+)<', svg)  # the points' labels, not the axis ticks
    assert sorted(labels) == ["200,000", "240,000", "250,000"]


# --- self-contained ---------------------------------------------------------------------------

def test_nothing_is_loaded_from_the_network(hostile_html, seed_html):
    for html in (seed_html, hostile_html):
        tags = parse(html)
        for tag, attrs in tags.tags:
            for key in ("src", "srcset", "data", "poster", "background", "xlink:href"):
                assert not attrs.get(key, "").strip().lower().startswith(("http", "//")), (tag, attrs)
            if tag in ("link", "base", "iframe", "object", "embed", "img", "audio", "video", "source"):
                pytest.fail(f"unexpected <{tag}> in a self-contained report: {attrs}")
            if tag == "use":
                assert attrs.get("xlink:href", attrs.get("href", "#")).startswith("#")
        css = "".join(tags.styles)
        assert "@import" not in css and "url(" not in css and "@font-face" not in css


def test_content_security_policy_allows_only_our_script(seed_html):
    tags = parse(seed_html)
    csp = next(a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    digest = base64.b64encode(hashlib.sha256(tags.scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp


# --- content ----------------------------------------------------------------------------------

def test_summary_comes_first_then_findings(seed_html):
    assert seed_html.index('id="summary"') < seed_html.index('id="findings"') < seed_html.index('id="articles"')
    assert re.search(r'<span class="big">5</span> articles', seed_html)
    assert re.search(r'<span class="big">29</span> figures read', seed_html)
    assert re.search(r'<span class="big">1</span> error', seed_html)


def test_the_aleppo_finding_shows_its_records_side_by_side(seed_html):
    card = seed_html[seed_html.index('id="f1"'):seed_html.index('id="f2"')]
    assert "claims.intervals-disagree" in card
    for outlet, date in (("outlet-fr-1", "30 Apr 2016"), ("outlet-be-1", "13 Oct 2016"), ("outlet-fr-2", "20 Nov 2016")):
        assert outlet in card and date in card
    assert "<mark>Près de 200.000 habitants résideraient dans la partie rebelle</mark>" in card
    assert "<mark>Plus de 250.000 personnes vivent dans les quartiers rebelles</mark>" in card
    assert "180\u00a0000–200\u00a0000" in card and "&gt; 250\u00a0000" in card  # French copy: no-break spaces
    assert "chiffres non officiels" in card and 'href="https://example.org/articles/001"' in card
    assert card.count('class="record"') == 3
    assert "<svg" in card and 'role="img"' in card


def test_every_extracted_figure_is_listed_per_article(seed_html, seed_result):
    articles = seed_html[seed_html.index('id="articles"'):]
    assert articles.count("<details class=\"article\"") == 5
    assert articles.count("<tr") - 5 == len(seed_result.records)  # minus one header row per article
    assert articles.count('class="is-flagged"') == 3  # the three east Aleppo population figures
    assert 'href="#f1"' in articles


def test_accepted_stale_and_problem_sections(seed_html):
    for anchor in ("accepted", "stale", "problems"):
        assert f'id="{anchor}"' in seed_html
    assert "cc999-gone" in seed_html and "desk confirmed" in seed_html and "not UTF-8 text" in seed_html


def test_filters_are_progressive(seed_html):
    bar = re.search(r'<div class="filters" id="filters" hidden>(.*?)</div>\s*<p class="dim" id="shown"', seed_html, re.S)
    assert bar is not None  # hidden until the script shows it: the page works without JS
    assert 'data-kind="severity" data-value="warning"' in seed_html
    assert re.search(r'class="finding sev-warning" id="f2" data-severity="warning"', seed_html)


def test_empty_result_renders(seed_result, tmp_path):
    seed_result.new_findings, seed_result.accepted, seed_result.findings = [], [], []
    seed_result.records = report_seed.empty_records()
    seed_result.stale_baseline, seed_result.problems = [], []
    path = tmp_path / "deep" / "report.html"
    write_html(path, seed_result)
    html = path.read_text(encoding="utf-8")
    assert "No findings" in html and "No figure was read" in html


def test_one_draft_against_the_archive_reads_in_the_singular_and_says_what_it_was_held_against(seed_result):
    """A draft checked against the archive with nothing found: '1 article', the archived figures it
    was compared with in the header, no filter bar with nothing to filter, and a file that could
    not be read is not hidden behind 'the figures read agree with each other'."""
    seed_result.new_findings, seed_result.accepted, seed_result.findings = [], [], []
    seed_result.articles = seed_result.articles[:1]
    seed_result.archive_records = 16
    html = render_html(seed_result)
    assert '<span class="big">1</span> article</div>' in html
    assert "checked against 16 archived figures" in html
    assert 'id="filters"' not in html
    assert "the figures read agree with each other" in html  # the seed's one problem is a warning
    seed_result.problems.append(Problem("drafts/empty.txt", "empty file", None, "error"))
    html = render_html(seed_result)
    assert "the figures read agree" not in html and "some inputs could not be read" in html


def test_a_rule_s_note_about_undated_figures_advises_dating_them(seed_result):
    """'4 running totals have no publication date' is no contradiction: its card does not tell the
    editor to check the originator's release (the rule's advice for a fall) but to date the articles."""
    from checker.schema import Finding

    first = seed_result.new_findings[0]
    note = Finding(rule=first.rule, name=first.name, severity="info", records=first.records[:1],
                   message="1 running total has no publication date, so this rule could not place it in time.",
                   claim={"undated": True}, fingerprint="undated-note")
    seed_result.new_findings = [note]
    seed_result.rules = [{**seed_result.rules[0], "how_to_resolve": "Check the originator's latest release."}]
    html = render_html(seed_result)
    assert "Give these articles their publication date" in html and "originator's latest release" not in html
    assert "Claim: figures with no publication date" in html and "undated: True" not in html


def test_large_reports_switch_to_cheap_charts(seed_result):
    html = render_html(seed_result, chart_budget=1)
    assert html.count('class="chart-svg mini"') == 2  # the warning and the accepted info
    assert "have full charts" in html


def test_past_the_full_cards_findings_are_compact_filterable_rows(seed_result):
    html = render_html(seed_result, full_cards=1)
    assert html.count('<article class="finding') == 1
    assert re.search(r'<tr class="finding sev-warning" id="f2" data-severity="warning" data-rule-idx="\d+">', html)
    assert re.search(r'<tr class="finding sev-info" id="a1" data-severity="info"', html)
    assert "outlet-be-1 (AFP) 13 Oct 2016: 250\u00a0000 [&gt; 250\u00a0000]" in html  # a French copy's figure, French style


def test_compact_forms_escape_payloads_too(hostile_result, monkeypatch):
    import checker.report.html as report_html

    monkeypatch.setattr(report_html, "SENTENCES_UP_TO", 0)  # force the large-batch article lists
    html = render_html(hostile_result, full_cards=0)
    tags = parse(html)
    assert [t for t, _ in tags.tags].count("script") == 1
    assert not [a for t, a in tags.tags if t == "img"]
    assert not any(k.startswith("on") for _, attrs in tags.tags for k in attrs)
    assert '<ul class="figures">' in html and "&lt;script&gt;" in html


def test_each_card_says_what_to_do_and_the_rule_table_shows_the_severity_raised(seed_result):
    """An editor reads the finding, then what to do about it (the rule's how_to_resolve); a rule
    whose finding was raised above its default (same origin: error) shows that in the table."""
    from dataclasses import replace

    rules = [dict(r) for r in seed_result.rules]
    rules[0] = {**rules[0], "severity": "warning", "how_to_resolve": "Go back to <the originator>."}
    html = render_html(replace(seed_result, rules=rules))
    card = html[html.index('id="f1"'):html.index('id="f2"')]
    assert "What to do:</strong> Go back to &lt;the originator&gt;." in card
    row = next(r for r in html.split("<tr") if "<code>CC101</code>" in r)
    assert 'sev-error">error<' in row and 'sev-warning' not in row


@pytest.mark.parametrize("low, high, value, shown", [
    (250_001, None, 250_000, "> 250,000"),   # "plus de 250.000"
    (250_000, None, 250_000, "≥ 250,000"),   # "at least 250,000"
    (None, 99, 100, "< 100"),                # "fewer than 100"
    (None, 100, 100, "≤ 100"),               # "up to 100"
    (180_000, 200_000, 200_000, "180,000–200,000"),
    (None, None, None, "unbounded"),
])
def test_intervals_read_as_the_copy_said_them(low, high, value, shown):
    from checker.report._common import interval_text

    assert interval_text(low, high, value=value) == shown


def test_chart_dates_read_as_an_editor_reads_them_and_never_overlap():
    """The x axis names days as the cards do ('26 Apr', the year under the first tick), at most a
    few ticks however many records, on days, weeks or months: never ISO dates run together, and
    the cheap chart gives ticks too, not one date under each record."""
    from datetime import date

    from checker.report.charts import date_ticks, mini_svg

    day = lambda s: date.fromisoformat(s).toordinal()
    assert date_ticks(day("2015-04-20"), day("2015-05-05")) == [(day("2015-04-26"), "26 Apr\n2015"), (day("2015-05-03"), "3 May")]
    assert [t for _, t in date_ticks(day("2016-12-10"), day("2017-01-20"))] == ["18 Dec\n2016", "1 Jan\n2017", "15 Jan"]
    assert [t for _, t in date_ticks(day("2011-03-01"), day("2016-12-01"))] == ["Jan\n2012", "Jan\n2014", "Jan\n2016"]
    # the records' own days when few and far apart; a single day's records get their day
    one = date(2006, 11, 24)
    assert date_ticks(day("2006-11-18"), day("2006-11-30"), days=[one, one]) == [(one.toordinal(), "24 Nov\n2006")]
    near = [date(2015, 4, 27), date(2015, 4, 28)]
    assert [t for _, t in date_ticks(day("2015-04-21"), day("2015-05-04"), days=near)] == ["26 Apr\n2015", "3 May"]
    for start, end in [("2015-04-25", "2015-04-26"), ("2016-01-01", "2016-12-31"), ("1990-01-01", "2020-01-01")]:
        assert 1 <= len(date_ticks(day(start), day(end))) <= 4
    base = {"measure": "killed", "group": "people", "place": "nepal", "qualifier": "exact"}
    recs = [{**base, "doc_id": str(i), "value": 1000 + 300 * i, "low": 1000 + 300 * i, "high": 1000 + 300 * i,
             "published": f"2015-04-{25 + i}", "source": f"S{i}"} for i in range(6)]
    svg = str(mini_svg(recs, "x"))
    assert "2015-04-2" not in svg and svg.count("<tspan") == 1 and ">26 Apr<" in svg and ">3 May<" in svg
    full = str(ChartMaker().svg(recs, label="x"))
    assert "2015-04-2" not in full and "26 Apr" in full
