"""The baseline of accepted findings: split, accept, save, and reading a hand-edited file."""
from __future__ import annotations

import pytest
import yaml

from checker.baseline import Baseline
from checker.problems import UsageError
from checker.schema import Finding


def finding(fp: str, value: int = 200000, rule: str = "CC104") -> Finding:
    return Finding(
        rule=rule, name="claims.stock-jump", severity="warning",
        message="The population of east Aleppo grows from 200,000 to 250,000 in five months.",
        records=[
            {"doc_id": "001", "value": value, "text": "Près de 200.000 habitants", "measure": "besieged",
             "place": "aleppo-east", "published": "2016-04-30", "source": "outlet-fr-1", "start": 10, "end": 35},
            {"doc_id": "004", "value": 250000, "text": "Plus de 250.000 personnes", "measure": "besieged",
             "place": "aleppo-east", "published": "2016-10-13", "source": "outlet-be-1", "start": 5, "end": 30},
        ],
        fingerprint=fp,
    )


def test_missing_file_is_empty(tmp_path):
    base = Baseline.load(tmp_path / "none.yaml")
    assert len(base) == 0
    assert Baseline.load(None).split([finding("a")])[0][0].fingerprint == "a"


def test_split_new_accepted_stale(tmp_path):
    base = Baseline(path=tmp_path / "b.yaml")
    base.accept("keep", "desk confirmed the two periods differ", by="ed")
    base.accept("gone", "an old acceptance", by="ed")
    new, accepted, stale = base.split([finding("keep"), finding("fresh"), finding("")])
    assert [f.fingerprint for f in accepted] == ["keep"]
    assert [f.fingerprint for f in new] == ["fresh", ""]  # no fingerprint: never silently accepted
    assert [s["fingerprint"] for s in stale] == ["gone"]
    assert stale[0]["reason"] == "an old acceptance"


def test_an_entry_about_articles_this_run_did_not_read_is_not_stale(tmp_path):
    """Checking one draft must not call the acceptances about other drafts dead."""
    base = Baseline(path=tmp_path / "b.yaml")
    base.accept("about-001-004", "desk confirmed", by="ed", finding=finding("about-001-004"))
    base.accept("no-records", "written by hand", by="ed")
    _, _, stale = base.split([], checked={"breve"})
    assert [s["fingerprint"] for s in stale] == ["no-records"]
    _, _, stale = base.split([], checked={"004", "breve"})
    assert [s["fingerprint"] for s in stale] == ["about-001-004", "no-records"]
    _, _, stale = base.split([])
    assert len(stale) == 2, "without the list of articles read, every unmatched entry is stale"


def test_saved_file_is_reviewable_and_round_trips(tmp_path):
    path = tmp_path / "casualty-check-baseline.yaml"
    base = Baseline.load(path)
    base.accept("f1", "April figure is an estimate from unofficial sources", by="alice", finding=finding("f1"))
    base.save()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# casualty-check baseline")
    data = yaml.safe_load(text)
    entry = data["accepted"]["f1"]
    assert entry["rule"] == "CC104" and entry["by"] == "alice"
    assert entry["reason"] == "April figure is an estimate from unofficial sources"
    assert entry["message"].startswith("The population of east Aleppo")
    assert entry["records"][0] == {"doc_id": "001", "value": 200000, "measure": "besieged", "place": "aleppo-east",
                                   "text": "Près de 200.000 habitants", "source": "outlet-fr-1",
                                   "published": "2016-04-30"}
    assert "start" not in entry["records"][0]  # offsets change with unrelated edits; not shown
    assert "Près de 200.000" in text  # unicode kept readable, not escaped
    again = Baseline.load(path)
    assert again.entries == base.entries


def test_reaccept_without_finding_keeps_summary(tmp_path):
    base = Baseline(path=tmp_path / "b.yaml")
    base.accept("f1", "first reason", by="a", finding=finding("f1"))
    base.accept("f1", "better reason", by="b")
    assert base.entries["f1"]["reason"] == "better reason"
    assert base.entries["f1"]["message"].startswith("The population")
    assert base.entries["f1"]["rule"] == "CC104"


def test_unknown_fingerprint_recorded_without_summary(tmp_path):
    base = Baseline(path=tmp_path / "b.yaml")
    entry = base.accept("deadbeef", "accepted from the CI log", by="c")
    assert entry["rule"] is None and "message" not in entry
    base.save()
    assert "deadbeef" in Baseline.load(tmp_path / "b.yaml")


def test_reason_is_required(tmp_path):
    with pytest.raises(UsageError, match="--reason is required"):
        Baseline(path=tmp_path / "b.yaml").accept("f1", "  ")


def test_stable_order_for_diffs(tmp_path):
    path = tmp_path / "b.yaml"
    base = Baseline(path=path)
    for fp, rule in [("zz", "CC101"), ("aa", "CC104"), ("mm", "CC101")]:
        base.accept(fp, "ok", by="x", finding=finding(fp, rule=rule))
    base.save()
    assert list(yaml.safe_load(path.read_text())["accepted"]) == ["mm", "zz", "aa"]  # by rule, then fingerprint


@pytest.mark.parametrize("text, expected", [
    ("accepted: [1, 2\n", "not valid YAML"),
    ("- a\n- b\n", "must be a mapping"),
    ("version: 9\naccepted: {}\n", "format version 9 is not supported"),
    ("version: 1\naccepted:\n  f1: just a string\n", "entry 'f1' must be a mapping"),
    ("version: 1\naccepted:\n  f1: {rule: CC101}\n", "entry 'f1' has no reason"),
    ("version: 1\naccepted: {}\nextra: 1\n", "unknown top-level key 'extra'"),
])
def test_malformed_file_names_it(tmp_path, text, expected):
    path = tmp_path / "bad-baseline.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as err:
        Baseline.load(path)
    assert str(path) in str(err.value) and expected in str(err.value)


# --- `casualty-check accept` ----------------------------------------------------------------


def test_cli_accept_writes_baseline_beside_config(tmp_path, monkeypatch, capsys):
    from checker.cli import main

    (tmp_path / "casualty-check.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    sub = tmp_path / "drafts"
    sub.mkdir()
    monkeypatch.chdir(sub)
    assert main(["accept", "a2b32f91002305b6", "0123456789abcdef", "--reason", "desk checked", "--by", "ed"]) == 0
    target = tmp_path / "casualty-check-baseline.yaml"
    assert f"{target}: 2 finding(s) accepted" in capsys.readouterr().out
    base = Baseline.load(target)
    assert set(base.entries) == {"a2b32f91002305b6", "0123456789abcdef"}
    assert base.entries["0123456789abcdef"]["by"] == "ed"


def test_cli_accept_needs_reason_and_fingerprint(tmp_path, monkeypatch, capsys):
    from checker.cli import main

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit):
        main(["accept", "abc"])  # argparse: --reason is required
    assert main(["accept", "--reason", "x"]) == 2
    assert "accept needs FINGERPRINTs" in capsys.readouterr().err


def test_cli_accept_against_refuses_a_fingerprint_no_current_finding_has(tmp_path, monkeypatch, capsys):
    """A mistyped fingerprint would leave the real finding unaccepted and junk in a reviewed file."""
    from pathlib import Path

    from checker.cli import main

    seeds = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
    monkeypatch.chdir(tmp_path)
    args = ["--against", *map(str, sorted(seeds.glob("*.txt"))), "--manifest", str(seeds / "manifest.csv")]
    assert main(["accept", "deadbeefdeadbeef", "--reason", "x", *args]) == 2
    assert "no current finding" in capsys.readouterr().err
    assert not (tmp_path / "casualty-check-baseline.yaml").exists()
    assert main(["accept", "deadbeefdeadbeef", "--reason", "x", "--force", *args]) == 0
    assert set(Baseline.load(tmp_path / "casualty-check-baseline.yaml").entries) == {"deadbeefdeadbeef"}
    # the fingerprint `check` prints after the rule name is accepted as it is
    main(["check", *map(str, sorted(seeds.glob("*.txt"))), "--manifest", str(seeds / "manifest.csv")])
    printed = capsys.readouterr().out.split("[population.estimate-jumps ")[1].split("]")[0]
    assert main(["accept", printed, "--reason", "desk checked", *args]) == 0
