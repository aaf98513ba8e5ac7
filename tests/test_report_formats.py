"""Every CI format renders the seed result correctly: spec JSON, valid SARIF, escaped GitHub
commands, parseable JUnit, and a text format that never writes colour codes into a pipe."""
from __future__ import annotations

import io
import itertools
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

import report_seed
from checker.problems import UsageError
from checker.report import FORMATS, write_report
from checker.report.github import command, escape_data, escape_property
from checker.report.progress import Progress
from checker.schema import Finding

SCHEMA = Path(__file__).resolve().parents[1] / "checker" / "report" / "sarif-schema-2.1.0.json"
ANSI = re.compile(r"\x1b\[")


def render(fmt: str, result, stream=None) -> str:
    out = stream or io.StringIO()
    write_report(fmt, result, out)
    return out.getvalue()


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


# --- registry ---------------------------------------------------------------------------------

def test_unknown_format_is_a_usage_error_listing_the_valid_ones(seed_result):
    with pytest.raises(UsageError) as err:
        render("yaml", seed_result)
    for fmt in FORMATS:
        assert fmt in str(err.value)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_hostile_input_without_breaking(fmt, hostile_result):
    text = render(fmt, hostile_result)
    assert text.strip()
    if fmt in ("json", "sarif"):
        json.loads(text)
    if fmt == "junit":
        ET.fromstring(text.encode("utf-8"))


# --- text -------------------------------------------------------------------------------------

def test_text_lines_are_path_line_col_severity_code_message(seed_result):
    text = render("text", seed_result)
    first = text.splitlines()[0]
    assert re.match(r"^fixtures/seeds/001_16f86047a39c1aee\.txt:\d+:\d+ error CC101 The population", first)
    assert "Près de 200.000 habitants" in text  # the records follow their finding
    assert text.rstrip().splitlines()[-1].startswith("Found 2 findings: 1 error, 1 warning in 5 articles, 29 figures")


def test_text_has_no_colour_in_a_pipe(seed_result, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert not ANSI.search(render("text", seed_result))


def test_text_has_colour_on_a_terminal_unless_no_color(seed_result, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert ANSI.search(render("text", seed_result, FakeTTY()))
    monkeypatch.setenv("NO_COLOR", "1")
    assert not ANSI.search(render("text", seed_result, FakeTTY()))


def test_text_without_findings_says_so(seed_result):
    seed_result.new_findings = []
    assert "Found 0 findings: no findings" in render("text", seed_result)


def test_text_says_how_many_archived_figures_a_draft_was_compared_with(seed_result):
    """'Found 0 findings' after a check against the archive must not read as 'the archive agrees'
    when nothing archived was on the draft's claims: the summary says what it was held against."""
    seed_result.new_findings, seed_result.accepted = [], []
    assert "compared with" not in render("text", seed_result)
    seed_result.archive_records = 1
    assert "(compared with 1 archived figure, " in render("text", seed_result).rstrip().splitlines()[-1]


def test_undated_note_is_singular_for_one_figure():
    import numpy as np
    import pandas as pd

    from checker.rules.kinds._common import undated_note

    work = pd.DataFrame({"value": [1, 2]})
    [one] = undated_note(work, np.array([True, False]), "running totals")
    [two] = undated_note(work, np.array([True, True]), "running totals")
    assert one.message == "1 running total has no publication date, so this rule could not place it in time."
    assert two.message == "2 running totals have no publication date, so this rule could not place them in time."


# --- json -------------------------------------------------------------------------------------

def test_json_follows_spec_section_4(seed_result):
    doc = json.loads(render("json", seed_result))
    assert set(doc) >= {"findings", "summary"}
    first = doc["findings"][0]
    assert list(first)[:5] == ["rule", "severity", "message", "records", "params"]
    assert first["rule"] == "CC101" and first["severity"] == "error"
    assert len(first["records"]) == 3  # one finding listing every record, not one per pair
    for rec in first["records"]:
        assert set(rec) >= {"doc_id", "value", "low", "high", "text", "start", "end", "source", "published"}
    by_doc = {r["doc_id"]: r for r in first["records"]}
    assert by_doc["004"]["high"] is None and by_doc["004"]["low"] == 250001
    assert by_doc["001"]["low"] == 180000 and by_doc["001"]["published"] == "2016-04-30"
    assert doc["summary"]["findings"] == 2 and doc["summary"]["by_severity"] == {"error": 1, "warning": 1, "info": 0}
    assert doc["summary"]["articles"] == 5 and doc["summary"]["figures"] == 29
    assert [f["rule"] for f in doc["accepted"]] == ["CC310"]
    assert doc["stale_baseline"][0]["fingerprint"] == "cc999-gone"
    assert first["fingerprint"] == "cc101-aleppo-east-residents"


# --- sarif ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sarif_schema():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")  # the official one
    return schema


@pytest.mark.parametrize("which", ["seed", "hostile"])
def test_sarif_is_valid_against_the_official_schema(which, sarif_schema, seed_result, hostile_result):
    log = json.loads(render("sarif", seed_result if which == "seed" else hostile_result))
    jsonschema.Draft4Validator(sarif_schema).validate(log)


def test_sarif_locates_each_result_at_its_figures(seed_result):
    log = json.loads(render("sarif", seed_result))
    run = log["runs"][0]
    result = run["results"][0]
    assert result["ruleId"] == "CC101" and result["level"] == "error"
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "CC101"
    finding = seed_result.new_findings[0]
    # code scanning annotates the first location only: the result stands at its first figure, and
    # every figure is a related location the message links to ("[200 000 in 001_....txt](1)")
    assert len(result["locations"]) == 1
    assert result["locations"][0]["physicalLocation"] == result["relatedLocations"][0]["physicalLocation"]
    assert [loc["id"] for loc in result["relatedLocations"]] == list(range(1, len(finding.records) + 1))
    assert result["message"]["text"].startswith(finding.message.replace("[", "\\[").replace("]", "\\]"))
    for i, rec in enumerate(finding.records, start=1):
        assert f"]({i})" in result["message"]["text"]
    for loc, rec in zip(result["relatedLocations"], finding.records):
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uri"] == rec["path"]
        region = phys["region"]
        assert (region["startLine"], region["startColumn"]) == (rec["line"], rec["column"])
        assert region["charOffset"] == rec["start"] and region["charLength"] == rec["end"] - rec["start"]
        text = (Path(__file__).resolve().parents[1] / rec["path"]).read_text(encoding="utf-8")
        assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == rec["text"]
    assert result["partialFingerprints"]["casualtyCheck/v1"] == finding.fingerprint


def test_sarif_rules_carry_help_and_accepted_findings_are_suppressed(seed_result):
    run = json.loads(render("sarif", seed_result))["runs"][0]
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["help"]["text"] and f"casualty-check explain {rule['id']}" in rule["help"]["text"]
    # what an editor acts on is in the help code scanning shows beside the alert
    seed_result.rules = [{**seed_result.rules[0], "rationale": "Readers see both.", "how_to_resolve": "Check the release."}]
    rule = json.loads(render("sarif", seed_result))["runs"][0]["tool"]["driver"]["rules"][0]
    assert rule["fullDescription"]["text"] == "Readers see both."
    assert "What to do: Check the release." in rule["help"]["text"] and "**What to do.** Check the release." in rule["help"]["markdown"]
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in run["tool"]["driver"]["rules"]}
    assert levels["CC310"] == "note"
    suppressed = [r for r in run["results"] if r.get("suppressions")]
    assert [r["ruleId"] for r in suppressed] == ["CC310"]
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == "not UTF-8 text"


# --- github -----------------------------------------------------------------------------------

def test_github_escapes_data_and_properties_as_documented():
    assert escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = command("error", "50% more\nthan said", file="dir,1/a:b.txt", line=3, col=7, title="CC101 x,y:z")
    assert line == "::error file=dir%2C1/a%3Ab.txt,line=3,col=7,title=CC101 x%2Cy%3Az::50%25 more%0Athan said"


def test_github_annotations_per_finding(seed_result):
    seed_result.new_findings.append(Finding(
        rule="CC310", name="format.rounded", severity="info", message="rounded, 100% so\nsecond line",
        records=[seed_result.findings[0].records[0]]))
    lines = render("github", seed_result).splitlines()
    assert lines[0].startswith("::error file=fixtures/seeds/001_16f86047a39c1aee.txt,line=8,col=1,title=CC101 claims.intervals-disagree::")
    assert lines[1].startswith("::warning file=fixtures/seeds/004_796c33a8d86783dd.txt,")
    notice = next(l for l in lines if l.startswith("::notice "))
    assert "rounded, 100%25 so%0Asecond line" in notice
    assert all("\r" not in l for l in lines)


# --- junit ------------------------------------------------------------------------------------

def test_junit_has_one_testcase_per_article_and_one_failure_per_failing_article(seed_result):
    """A desk's CI lists articles: each one read is a testcase named by its file; an article in a
    warning or error finding fails with one <failure> (the schema allows one) naming every such
    finding; one whose findings are all accepted is skipped with the reason; an unreadable file is
    an error of its own."""
    root = ET.fromstring(render("junit", seed_result).encode("utf-8"))
    suite = root.find("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    articles = [a["path"] for a in seed_result.articles]
    assert list(cases)[:len(articles)] == articles  # one per article, in reading order
    assert all(c.get("file") == name for name, c in cases.items())
    for case in cases.values():
        assert len(case.findall("failure")) <= 1 and len(case.findall("system-out")) <= 1
    failing = {name for name, c in cases.items() if c.find("failure") is not None}
    involved = {r["path"] for f in seed_result.new_findings if f.severity in ("error", "warning") for r in f.records}
    assert failing == involved  # a contradiction between two articles fails both
    first = cases["fixtures/seeds/001_16f86047a39c1aee.txt"].find("failure")
    assert first.get("type") == "error" and first.get("message").startswith("CC101 error: ")
    assert "CC101 claims.intervals-disagree" in first.text and "Près de 200.000" in first.text
    clean = [name for name in articles if name not in involved and name not in
             {r["path"] for f in seed_result.accepted for r in f.records}]
    assert clean and all(not list(cases[name]) for name in clean)  # a clean article is a passing test
    broken = cases["fixtures/seeds/broken.txt"]
    assert broken.find("system-out") is not None and "not UTF-8 text" in broken.find("system-out").text
    assert suite.get("failures") == str(len(failing))
    # the totals CI dashboards read agree, and count the cases there are
    assert root.get("tests") == suite.get("tests") == str(len(suite.findall("testcase")))
    assert root.get("failures") == suite.get("failures")


def test_junit_skips_an_article_whose_findings_are_all_accepted_and_names_why(seed_result):
    accepted = seed_result.accepted[0]
    only = {r["path"] for r in accepted.records} - {r["path"] for f in seed_result.new_findings for r in f.records}
    seed_result.acceptances = {accepted.fingerprint: {"reason": "desk checked the rounding"}}
    root = ET.fromstring(render("junit", seed_result).encode("utf-8"))
    cases = {c.get("name"): c for c in root.iter("testcase")}
    for name in only:
        skipped = cases[name].find("skipped")
        assert skipped is not None and "desk checked the rounding" in skipped.get("message")


# --- progress ---------------------------------------------------------------------------------

def test_progress_is_silent_in_a_pipe_and_for_short_runs(monkeypatch, capsys):
    with Progress(enabled=True, label="reading", total=3) as bar:
        for _ in range(3):
            bar.update()
    assert capsys.readouterr().err == ""


def test_progress_draws_on_a_terminal_after_a_second(monkeypatch):
    import checker.report.progress as progress

    err = FakeTTY()
    clock = itertools.chain([0.0, 1.5, 1.5], itertools.repeat(3.0))
    monkeypatch.setattr(progress.sys, "stderr", err)
    monkeypatch.setattr(progress.time, "monotonic", lambda: next(clock))
    with Progress(enabled=True, label="reading", total=4) as bar:
        bar.update()
        bar.update()
    assert "reading" in err.getvalue() and "2/4" in err.getvalue() and err.getvalue().endswith("\n")

    quiet = FakeTTY()
    monkeypatch.setattr(progress.sys, "stderr", quiet)
    with Progress(enabled=False, label="reading") as bar:
        bar.update()
    assert quiet.getvalue() == ""


def test_sarif_information_uri_is_the_projects_own_or_absent(seed_result, monkeypatch):
    """`informationUri` is the address pyproject.toml declares under [project.urls]; with none
    declared it is left out (it is optional), never a made-up repository."""
    import tomllib

    from checker.report import sarif

    project = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list((project.get("urls") or {}).values())
    driver = json.loads(render("sarif", seed_result))["runs"][0]["tool"]["driver"]
    if declared:
        assert driver["informationUri"] in declared
    else:
        assert "informationUri" not in driver

    class Meta:
        def __init__(self, urls):
            self.urls = urls

        def get_all(self, key):
            return self.urls if key == "Project-URL" else None

        def get(self, key):
            return None

    import importlib.metadata
    sarif._project_url.cache_clear()
    monkeypatch.setattr(importlib.metadata, "metadata", lambda name: Meta(["Source, https://example.org/cc"]))
    try:
        assert json.loads(render("sarif", seed_result))["runs"][0]["tool"]["driver"]["informationUri"] == "https://example.org/cc"
    finally:
        sarif._project_url.cache_clear()
