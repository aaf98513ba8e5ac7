"""`casualty-check check/rules/explain` end to end: formats, --fail-on, exit codes 0/1/2, --records."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from test_seed_findings import gold_rows

try:
    from checker.cli import main
    import checker.pipeline  # noqa: F401  (check imports the extractor, written concurrently)
    MISSING = None
except ImportError as exc:  # pragma: no cover
    MISSING = str(exc)

pytestmark = pytest.mark.skipif(MISSING is not None, reason=f"CLI not importable yet: {MISSING}")
SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


@pytest.fixture
def records_jsonl(tmp_path) -> Path:
    path = tmp_path / "tracker.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in gold_rows()) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def records_csv(tmp_path) -> Path:
    """A tracker sheet: only some columns, one row per report."""
    path = tmp_path / "tracker.csv"
    cols = ["doc_id", "value", "qualifier", "measure", "group", "place", "published", "source"]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in gold_rows():
            if r["measure"] == "residents":
                w.writerow(r)
    return path


def check(*args) -> list[str]:
    return ["check", "--no-progress", *args]


def test_json_lists_the_finding_with_every_record(records_jsonl, capsys):
    assert main(check("--records", str(records_jsonl), "--format", "json")) == 0  # a warning; default fail-on error
    out = json.loads(capsys.readouterr().out)
    assert "summary" in out
    (finding,) = [f for f in out["findings"] if f["severity"] in ("warning", "error")]
    assert finding["rule"] == "CC106" and len(finding["records"]) == 3
    for field in ("doc_id", "value", "low", "high", "text", "start", "end", "source", "published"):
        assert field in finding["records"][0]
    assert finding["params"]["max_growth"] == 0.1


def test_text_format(records_jsonl, capsys):
    main(check("--records", str(records_jsonl), "--format", "text"))
    assert "CC106" in capsys.readouterr().out


@pytest.mark.parametrize("fail_on, code", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on(records_jsonl, fail_on, code):
    assert main(check("--records", str(records_jsonl), "--fail-on", fail_on, "--format", "json")) == code


def test_tracker_csv_with_missing_columns(records_csv, capsys):
    assert main(check("--records", str(records_csv), "--fail-on", "warning", "--format", "json")) == 1
    out = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in out["findings"]] == ["CC106"]


def test_bad_rows_are_reported_with_line_and_the_rest_kept(tmp_path, capsys):
    path = tmp_path / "tracker.csv"
    path.write_text("doc_id,value,measure,place,published\n"
                    "a,200000,residents,aleppo-east,2016-04-30\n"
                    "b,lots,residents,aleppo-east,2016-10-13\n"
                    "c,250000,residents,aleppo-east,2016-11-20\n", encoding="utf-8")
    assert main(check("--records", str(path), "--format", "json")) == 2  # input rejected: exit 2
    captured = capsys.readouterr()
    assert "tracker.csv:3" in captured.err and "'lots'" in captured.err
    assert [f["rule"] for f in json.loads(captured.out)["findings"]] == ["CC106"]


def test_unknown_records_format(tmp_path):
    path = tmp_path / "tracker.xlsx"
    path.write_bytes(b"PK")
    assert main(check("--records", str(path))) == 2


def test_bad_rules_folder_exits_2(records_jsonl, tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "x.yaml").write_text("code: CC1\n", encoding="utf-8")
    assert main(check("--records", str(records_jsonl), "--rules", str(tmp_path / "rules"))) == 2


def test_articles_and_manifest(capsys):
    code = main(check(*map(str, sorted(SEEDS.glob("*.txt"))), "--manifest", str(SEEDS / "manifest.csv"),
                      "--format", "json", "--fail-on", "warning"))
    out = json.loads(capsys.readouterr().out)
    loud = [f["rule"] for f in out["findings"] if f["severity"] != "info"]
    assert code == 1 and loud == ["CC106"]


def test_rules_and_explain(capsys):
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "CC101" in listing and "population.estimate-jumps" in listing
    assert main(["explain", "CC106", "--full"]) == 0
    page = capsys.readouterr().out
    for part in ("What it flags", "Why it matters", "Examples in French", "Examples in English", "How to resolve", "Parameters", "max_growth"):
        assert part in page
    assert main(["explain", "CC999"]) == 2


def test_input_problems_are_not_printed_twice_on_a_terminal(monkeypatch):
    """The text report lists input problems; at a terminal they are not streamed to stderr too."""
    import sys

    from checker.cli.check import _problem_stream

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert _problem_stream("text", None) is None
    assert _problem_stream("text", "report.txt") is sys.stderr
    assert _problem_stream("json", None) is sys.stderr
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    assert _problem_stream("text", None) is sys.stderr


def test_unknown_format_is_refused_before_any_article_is_read(tmp_path, capsys):
    code = main(["check", str(tmp_path / "missing.txt"), "--format", "xml"])
    err = capsys.readouterr().err
    assert code == 2 and "unknown format 'xml'" in err and "missing.txt" not in err


def test_summary_line_counts_in_the_right_number():
    from checker.report._common import counted

    assert counted(1, "article") == "1 article" and counted(0, "figure") == "0 figures"
    assert counted(3, "input problem") == "3 input problems"


def test_version_names_the_package(capsys):
    from checker import __version__

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out.strip() == f"casualty-check {__version__}"


def test_a_manifest_beside_the_articles_is_read_without_being_named(tmp_path, capsys):
    # a newsroom keeps manifest.csv with its articles: `check folder/` reads their dates and
    # sources (and says so), where it used to warn that no article had a date
    folder = tmp_path / "batch"
    folder.mkdir()
    for p in SEEDS.glob("*.txt"):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "manifest.csv").write_text((SEEDS / "manifest.csv").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["check", str(folder), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "using manifest" in captured.err and "no publication date" not in captured.err
    assert [f["rule"] for f in json.loads(captured.out)["findings"]] == ["CC106"]


def test_select_and_ignore_on_the_command_line(capsys):
    """`--select CC103,CC104` without a config file; a mistyped code is refused, never silently empty."""
    from checker.cli import main

    seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    manifest = str(SEEDS / "manifest.csv")
    assert main(["check", *seeds, "--manifest", manifest, "--no-progress", "--select", "CC106"]) == 0
    assert "CC106" in capsys.readouterr().out
    main(["check", *seeds, "--manifest", manifest, "--no-progress", "--ignore", "population"])
    assert "CC106" not in capsys.readouterr().out
    assert main(["check", *seeds, "--manifest", manifest, "--no-progress", "--select", "CC999"]) == 2
    assert "no rule matches 'CC999'" in capsys.readouterr().err


def test_a_tracker_without_sources_says_its_outlets_are_compared_as_different_origins(tmp_path):
    """A tracker sheet with outlets but no attribution or agency: a falling total between outlets is
    no error, and the user is told why (they had '0 findings' and no word)."""
    from checker.ingest.records import read_records_file
    from checker.problems import ProblemLog

    path = tmp_path / "tracker.csv"
    path.write_text("source,published,value,measure,place,cumulative,period_start\n"
                    "herald,2026-11-04,67,killed,bukavu,true,2026-10-31\ncourier,2026-11-05,38,killed,bukavu,true,2026-10-31\n",
                    encoding="utf-8")
    log = ProblemLog(stream=None)
    assert len(read_records_file(path, log)) == 2
    assert [p.level for p in log.problems] == ["warning", "warning"]  # the second: values read as exact
    assert "no attribution or agency column" in log.problems[1].message


def test_a_tracker_s_values_without_bounds_are_exact_and_say_so(tmp_path, capsys):
    """A tracker sheet gives 'value' and no low/high: each value is that figure ('[270,000]'), not
    an interval open on both sides ('[unbounded]') that contradicts nothing; a row with a qualifier
    is left as given. The text report prints no empty quotation for rows without text."""
    from checker.ingest.records import read_records_file
    from checker.problems import ProblemLog

    path = tmp_path / "tracker.csv"
    path.write_text("doc_id,value,qualifier,measure,place,published,source\n"
                    "t1,270000,,killed,syria,2016-04-30,Desk\nt2,300000,more_than,killed,syria,2016-10-13,Desk\n",
                    encoding="utf-8")
    log = ProblemLog(stream=None)
    frame = read_records_file(path, log)
    assert (frame["low"].tolist()[0], frame["high"].tolist()[0], frame["qualifier"].tolist()[0]) == (270000, 270000, "exact")
    assert frame["low"].isna().tolist()[1] and frame["high"].isna().tolist()[1]
    assert any("each value without a qualifier is read as exact" in p.message for p in log.problems)
    main(check("--records", str(path), "--format", "text", "--select", "CC102"))
    assert '""' not in capsys.readouterr().out


def test_every_command_s_help_explains_every_option(capsys):
    """`casualty-check COMMAND --help` is where a user goes after the README: no option or argument
    without a line saying what it is, and the top-level help says where to start and the exit codes."""
    import argparse

    from checker.cli import build_parser

    def walk(parser, name):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub_name, sub in action.choices.items():
                    yield from walk(sub, f"{name} {sub_name}")
            elif not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
                yield name, action

    bare = [f"{name}: {a.option_strings or a.dest}" for name, a in walk(build_parser(), "casualty-check")
            if not a.help and not isinstance(a, argparse._SubParsersAction)]
    assert not bare
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    said = capsys.readouterr().out
    assert "start here" in said and "exit codes:" in said and "casualty-check check fixtures/seeds/" in said


def test_explain_finds_a_rule_by_the_end_of_its_name_and_suggests_one(capsys):
    """'explain estimate-jumps' (the name without its family) is CC106; a slip gets the closest
    rule named, and the list of known rules gives names, not bare codes."""
    assert main(["explain", "estimate-jumps"]) == 0
    assert "CC106" in capsys.readouterr().out
    assert main(["explain", "population.estimate-jump"]) == 2
    err = capsys.readouterr().err
    assert "did you mean CC106 population.estimate-jumps?" in err and "CC103 totals.part-exceeds-whole" in err
