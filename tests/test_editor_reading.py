"""What an editor reads (ux-r130): the findings' words, `explain`, and the machine formats.

A finding's message names who gives each figure (never the document's id a second time), writes
each figure as its copy's language writes figures and each date as a date; a rule's page says what
it flags, why, one example that fires and one that does not, and what to do, on one screen.
"""
from __future__ import annotations

import re

from checker.report._common import day_words, days_words, interval_text, number, outlet_name
from checker.rules import evaluate, load_rules
from checker.rules.examples import example_frame

RULES = load_rules()
NBSP = "\u00a0"


def _by_code(*codes):
    return [r for r in RULES if r.code in codes]


def _frame(*records, lang="fr"):
    return example_frame({"records": list(records), "lang": lang})


def test_a_figure_is_written_as_its_copy_s_language_writes_it():
    assert number(250000) == "250,000" and number(250000, "en") == "250,000"
    assert number(250000, "fr") == f"250{NBSP}000"  # no-break: a report never wraps a figure in two
    assert interval_text(180000, 200000, lang="fr") == f"180{NBSP}000–200{NBSP}000"
    assert interval_text(250001, None, value=250000, lang="en") == "> 250,000"


def test_a_date_reads_as_a_date():
    assert day_words("2016-04-30") == "30 Apr 2016"
    assert days_words("2016-08-23", "2016-08-24") == "23–24 Aug 2016"
    assert days_words("2016-08-24", "2016-08-24") == "24 Aug 2016"
    assert days_words("2017-09-30", "2017-10-02") == "30 Sep – 2 Oct 2017"
    assert days_words("2016-12-30", "2017-01-02") == "30 Dec 2016 – 2 Jan 2017"
    assert day_words(None) == "" and day_words("undated") == "undated"


def test_the_outlet_names_its_wire_once():
    assert outlet_name("Le Monde", "AFP") == "Le Monde (AFP)"
    assert outlet_name("RFI (AFP)", "AFP") == "RFI (AFP)"
    assert outlet_name("AP", "AP") == "AP"
    assert outlet_name("RTBF (Belga/AFP)", "Belga") == "RTBF (Belga/AFP)"
    assert outlet_name("China Daily (AP)", "AP") == "China Daily (AP)"
    assert outlet_name("APTN", "AP") == "APTN (AP)"  # a name that only begins like the agency's
    assert outlet_name(None, "AFP") == "AFP" and outlet_name("CNN", None) == "CNN"


def test_a_figure_no_one_is_credited_with_names_no_one_twice():
    """Two articles with no outlet and no attribution: each figure is named by its article once,
    not '(doc a, a, 15 Nov 2016)'."""
    base = dict(place="aleppo-east", period_start="2016-11-15", period_end="2016-11-20", cumulative=True, published="2016-11-20")
    (finding,) = evaluate(_frame(dict(base, doc_id="a", value=103, source=""), dict(base, doc_id="b", value=160, source="")),
                          _by_code("CC101"))
    assert "(doc a, 20 Nov 2016)" in finding.message and "(doc b, 20 Nov 2016)" in finding.message
    assert "doc a, a," not in finding.message


def test_one_article_s_figures_are_named_by_who_gives_them_and_said_once():
    """Within one article the article is the finding's: each figure names its source only, and
    the same figure said again by the same source is given once, with how often."""
    base = dict(doc_id="x", place="aleppo-east", period_start="2016-11-15", period_end="2016-11-20", published="2016-11-20",
                cumulative=True)
    records = [dict(base, value=103, text="103 personnes tuées depuis mardi"),
               dict(base, value=103, text="103 morts depuis mardi"),
               dict(base, value=130, text="130 morts depuis mardi", attribution="la défense civile")]
    findings = evaluate(_frame(*records), _by_code("CC108"))
    assert findings
    message = findings[0].message
    assert "doc x" not in message and "2016" not in message.split("):", 1)[1]
    assert "103 (outlet-x), said twice" in message and "130 (la défense civile)" in message


def test_messages_write_french_figures_french_style_and_english_ones_english_style():
    base = dict(place="sudan", measure="displaced", period_start="2023-04-15", cumulative=True, qualifier="more_than")
    findings = evaluate(_frame(dict(base, doc_id="a", value=14_000_000, published="2024-10-29", lang="en", attribution="the IOM"),
                               dict(base, doc_id="b", value=14, published="2025-08-21", lang="fr", attribution="l'OIM")),
                        _by_code("CC102"))
    assert findings
    message = findings[0].message
    assert "more than 14,000,000 (doc a, the IOM, 29 Oct 2024)" in message
    assert not re.search(r"\d \d{3}", message)  # never a breakable space inside a figure


def test_no_rule_s_words_for_an_editor_name_a_parameter_or_a_record_field():
    """What it flags, why it matters and what to do are read by editors: a parameter's name
    (`other_origin_severity`) or a record field (`event_day`) belongs under Parameters."""
    for rule in RULES:
        for text in (rule.summary_text, rule.rationale, rule.how_to_resolve):
            assert "`" not in text, (rule.code, text)
            for name in rule.params:
                assert "_" not in name or name not in text, (rule.code, name)


def test_explain_fits_one_screen_and_says_what_an_editor_needs(capsys):
    """`explain CC103` printed 166 lines: an editor wants what the rule flags, why, one example
    that fires and one that does not, and what to do, on one screen; the rest behind --full."""
    from checker.cli import main

    for rule in RULES:
        assert main(["explain", rule.code]) == 0
        page = capsys.readouterr().out
        lines = page.splitlines()
        assert len(lines) <= 40, (rule.code, len(lines))
        assert max(len(line) for line in lines) <= 110, rule.code
        for part in ("What it flags", "Why it matters", "Fires", "Does not fire", "What to do",
                     f"casualty-check explain {rule.code} --full"):
            assert part in page, (rule.code, part)
        assert "`" not in page and "Parameters" not in page, rule.code
        assert not re.search(r"\b[a-z]+-r\d+\b", page), rule.code  # no session's tag ("fa-r105")
        assert not re.search(r"\b(?:period_start|period_end|doc_id|approx_below|more_than)\b", page), rule.code
    assert main(["explain", "CC103"]) == 0
    page = capsys.readouterr().out
    assert '"dont 117 enfants": 117 children killed, east Aleppo, 15–20 Nov 2016, among the 103' in page
    assert "other_origin_severity" not in page
    assert main(["explain", "CC103", "--full"]) == 0
    full = capsys.readouterr().out
    assert "## Parameters" in full and "other_origin_severity" in full and len(full.splitlines()) > 100


def test_the_featured_examples_are_one_that_fires_and_one_that_does_not():
    from checker.cli.rules import featured_examples

    for rule in RULES:
        shown = featured_examples(rule)
        assert [e["expect"] for e in shown] == ["fire", "pass"], rule.code
        assert sum(1 for e in rule.examples if e.get("featured")) <= 2, rule.code


def test_the_report_says_what_is_fine_and_why_each_finding_matters(seed_result):
    """Beside the articles to open, the others are said to be fine; each card keeps why its rule
    matters one click away, and its claim in words, not field names."""
    from checker.report.html import render_html

    seed_result.rules = [{**r, "rationale": "Readers who see both lose trust in both."} for r in seed_result.rules]
    html = render_html(seed_result)
    flagged = {r["doc_id"] for f in seed_result.new_findings for r in f.records}
    fine = len(seed_result.articles) - len(flagged)
    assert fine > 0 and f"The other {fine} articles: no figure flagged." in html
    card = html[html.index('id="f1"'):html.index('id="f2"')]
    assert "<summary>Why it matters</summary><p>Readers who see both lose trust in both.</p>" in card
    assert "period_start" not in card and "approx_below" not in card


def test_a_curated_place_is_named_as_copy_names_it():
    """'east Aleppo', not 'aleppo-east'; a slug no gazetteer tier knows is kept as it is, the same
    whichever process extracted the figures."""
    from checker.report._common import place_name

    assert place_name("aleppo-east") == "east Aleppo" and place_name("drc") == "DRC"
    assert place_name("some-world-town") == "some-world-town" and place_name(None) is None
    base = dict(place="aleppo-east", period_start="2016-11-15", period_end="2016-11-20", cumulative=True, published="2016-11-20")
    (finding,) = evaluate(_frame(dict(base, doc_id="a", value=103), dict(base, doc_id="b", value=160)), _by_code("CC101"))
    assert "(killed, people, east Aleppo, 15–20 Nov 2016)" in finding.message
    assert finding.claim["place"] == "aleppo-east"  # the claim (and so the fingerprint) keeps the slug


def test_a_world_place_is_named_as_a_proper_name_without_loading_the_world_tier(monkeypatch):
    """A place only the world tier knows ('vietnam', 'libourne', 'pahalgam') is written as copy
    writes it, from its own line of world-places.tsv: the tier itself (tens of thousands of places)
    is never built for a name, so the words are the same whichever process extracted the figures.
    A namesake whose slug carries its country's code is told apart by its parent."""
    import checker.normalise.world as world
    from checker.report import _common
    from checker.report._common import place_name

    def refuse(*a, **k):
        raise AssertionError("the world tier was loaded to name a place")

    monkeypatch.setattr(world, "world_tier", refuse)
    monkeypatch.setattr(_common, "_WORLD_NAMES", {})
    assert place_name("vietnam") == "Vietnam" and place_name("libourne") == "Libourne"
    assert place_name("new-york-city") == "New York City"
    assert place_name("bosnia-and-herzegovina") == "Bosnia and Herzegovina"
    assert place_name("narra-in") == "Narra (India)"
    assert place_name("no-such-place-anywhere") == "no-such-place-anywhere"
    base = dict(place="pahalgam", period_start="2025-04-22", period_end="2025-04-22", cumulative=False, published="2025-04-23")
    (finding,) = evaluate(_frame(dict(base, doc_id="a", value=26), dict(base, doc_id="b", value=40)), _by_code("CC101"))
    assert "Pahalgam" in finding.message and "pahalgam," not in finding.message
    assert finding.claim["place"] == "pahalgam"


def test_an_interval_read_from_words_stands_beside_the_copys_words():
    """"tens of thousands" is shown as the copy says it beside its bounds, not as a bare
    10,000–99,999; a figure in digits or one exact number needs no words beside it."""
    from checker.report._common import interval_words

    vague = dict(text="tens of thousands", low=10000, high=99999, value=20000, qualifier="vague", lang="en")
    assert interval_words(vague) == "10,000–99,999 (“tens of thousands”)"
    fr = dict(vague, text="des  dizaines de\nmilliers", lang="fr")
    assert interval_words(fr) == f"10{NBSP}000–99{NBSP}999 («{NBSP}des dizaines de milliers{NBSP}»)"
    assert interval_words(dict(text="plus d'une centaine", low=101, high=None, value=100, lang="fr")) == f"> 100 («{NBSP}plus d'une centaine{NBSP}»)"
    assert interval_words(dict(text="about 200", low=180, high=220, value=200, lang="en")) == "180–220"
    assert interval_words(dict(text="seven", low=7, high=7, value=7, lang="en")) == "7"
    assert interval_words(dict(low=10000, high=99999, value=20000)) == "10,000–99,999"  # a tracker row: no text


def test_world_places_are_named_as_the_copy_writes_them(monkeypatch):
    """The world tier keeps its names folded ("saint etienne"): a finding names the place as a sentence
    of its records writes it, accents and hyphens kept, in either language; a namesake keeps its
    country; a curated place keeps its own name (place-r140)."""
    from checker.report import _common
    from checker.report._common import place_name

    monkeypatch.setattr(_common, "_WRITTEN", {})
    assert place_name("saint-etienne") == "Saint Etienne"  # no copy read yet: the slug's words
    base = dict(period_start="2024-01-12", period_end="2024-01-12", cumulative=False, published="2024-01-13")
    frame = _frame(dict(base, doc_id="a", value=26, place="saint-etienne", sentence="Vingt-six morts à Saint-Étienne vendredi."),
                   dict(base, doc_id="b", value=40, place="saint-etienne", sentence="Quarante morts à Saint-Etienne."),
                   dict(base, doc_id="c", value=5, place="sao-paulo", sentence="Five people died in São Paulo on Friday."),
                   dict(base, doc_id="d", value=5, place="aleppo-east", sentence="Five died in eastern Aleppo."))
    (finding,) = evaluate(frame, _by_code("CC101"))
    assert place_name("saint-etienne") == "Saint-Étienne" and "Saint-Étienne" in finding.message
    assert place_name("sao-paulo") == "São Paulo" and place_name("aleppo-east") == "east Aleppo"
