"""A draft checked against an archive of the seed articles: only findings that involve the draft.

The archive side uses the gold records of the seed batch, so these tests hold whatever the
extractor does; the tests at the bottom go through `casualty-check check --archive` and need the
real extractor and ingest (they skip until those modules exist).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive_seeds import MANIFEST, SEEDS, edited, gold_records, seed_articles, seed_batch
from checker.archive import Archive
from checker.records_table import records_frame
from checker.rules import evaluate, load_rules

SEED_DOCS = ("000", "001", "002", "003", "004")
POPULATION_FINDING = "CC106"  # east Aleppo's population "grows" from 200,000 (April) to 250,000


@pytest.fixture(scope="module")
def rules():
    return load_rules(None, config=None)


def build_archive(path: Path, docs) -> Path:
    with Archive.open(path, create=True) as store:
        store.add_articles(seed_batch(set(docs)))
    return path


def draft_frame(doc: str):
    article = seed_articles()[doc]
    return records_frame(gold_records(article))


def involved(finding) -> set[str]:
    return {str(r["doc_id"]) for r in finding.records}


@pytest.mark.parametrize("draft", SEED_DOCS)
def test_draft_gets_exactly_the_findings_that_involve_it(tmp_path, rules, draft):
    """The (measure, place) look-up loses nothing: same findings as evaluating everything."""
    path = build_archive(tmp_path / "a.db", [d for d in SEED_DOCS if d != draft])
    with Archive.open(path) as store:
        findings, n_archived = store.check_drafts(draft_frame(draft), rules)
        total = store.stats()["records"]
    everything = records_frame([r for _, records in seed_batch() for r in records])
    expected = evaluate(everything, rules, focus_docs={draft})
    assert sorted(f.fingerprint for f in findings) == sorted(f.fingerprint for f in expected)
    assert all(draft in involved(f) for f in findings)
    assert n_archived < total  # only the relevant records were loaded


def test_seed_population_finding_lists_archived_records(tmp_path, rules):
    path = build_archive(tmp_path / "a.db", ["000", "001", "003", "004"])
    with Archive.open(path) as store:
        findings, _ = store.check_drafts(draft_frame("002"), rules)
    [finding] = [f for f in findings if f.rule == POPULATION_FINDING]
    # the draft's figure first (an annotation points at the copy under review), then the archive's by date
    assert [(r["doc_id"], r["value"], r["draft"]) for r in finding.records] == [
        ("002", 250000, True), ("001", 200000, False), ("004", 250000, False)]


def test_findings_among_archived_articles_alone_are_not_reported(tmp_path, rules):
    """001 and 004 already disagree about east Aleppo; a draft about Kerry's quote is not told."""
    path = build_archive(tmp_path / "a.db", ["001", "002", "004"])
    with Archive.open(path) as store:
        assert store.check_drafts(draft_frame("000"), rules)[0] == []
    archived_only = records_frame([r for _, records in seed_batch({"001", "002", "004"}) for r in records])
    assert any(f.rule == POPULATION_FINDING for f in evaluate(archived_only, rules))


def test_draft_replaces_archived_version_with_same_doc_id(tmp_path, rules):
    """A correction of 004 in draft is checked instead of the published 004, not against it."""
    path = build_archive(tmp_path / "a.db", SEED_DOCS)
    article = seed_articles()["004"]
    records = gold_records(edited(article, "Plus de 250.000", "Plus de 250.000"))
    with Archive.open(path) as store:
        findings, _ = store.check_drafts(records_frame(records), rules)
        baseline_keys = {f.fingerprint for f in findings}
        # a correction that lowers the population to 190,000 makes April's figure plausible again
        for r in records:
            if r.value == 250000 and r.measure in ("residents", "besieged"):
                r.value, r.low, r.high, r.qualifier, r.text = 190000, 190000, 190000, "exact", "190.000 personnes"
        corrected, _ = store.check_drafts(records_frame(records), rules)
    assert any(f.rule == POPULATION_FINDING for f in findings)
    for f in corrected:
        published_004 = [r for r in f.records if r["doc_id"] == "004" and r["value"] == 250000]
        assert not published_004, "the archived version of a drafted article must not take part"
    assert {f.fingerprint for f in corrected} != baseline_keys


def test_drafts_are_checked_against_each_other(tmp_path, rules):
    path = build_archive(tmp_path / "a.db", ["000", "003"])
    drafts = records_frame([r for _, records in seed_batch({"001", "002", "004"}) for r in records])
    with Archive.open(path) as store:
        findings, _ = store.check_drafts(drafts, rules)
    assert [f.rule for f in findings] == [POPULATION_FINDING]


def test_empty_archive_and_empty_draft(tmp_path, rules):
    with Archive.open(tmp_path / "a.db", create=True) as store:
        assert store.check_drafts(draft_frame("002"), rules) == ([], 0)
        assert store.check_drafts(records_frame([]), rules) == ([], 0)


def test_nested_places_cover_ancestors_and_descendants():
    from checker.archive.drafts import nested_places

    assert {"aleppo-east", "aleppo", "syria"} <= nested_places("aleppo-east")
    assert "aleppo-west" not in nested_places("aleppo-east")  # siblings do not speak of the same area
    assert {"aleppo-east", "aleppo-west"} <= nested_places("aleppo")
    assert nested_places(None) == {None}
    assert nested_places("atlantis") == {"atlantis"}  # unknown slug: itself only


# --- through the command line: needs the real extractor --------------------------------------


def _cli_ready() -> bool:
    try:
        from checker.extract import extract_article  # noqa: F401
        from checker.ingest import read_articles  # noqa: F401
        from checker.report import write_report  # noqa: F401
    except ImportError:
        return False
    return True


needs_extractor = pytest.mark.skipif(not _cli_ready(), reason="needs checker.extract, checker.ingest, checker.report")


@needs_extractor
def test_cli_check_draft_against_archive(tmp_path, capsys):
    from checker.cli import main

    db = tmp_path / "archive.db"
    published = [str(p) for p in sorted(SEEDS.glob("00[0134]_*.txt"))]
    assert main(["archive", "add", *published, "--manifest", str(MANIFEST), "--archive", str(db)]) == 0
    capsys.readouterr()
    draft = str(next(SEEDS.glob("002_*.txt")))
    code = main(["check", draft, "--manifest", str(MANIFEST), "--archive", str(db), "--format", "json",
                 "--no-progress", "--fail-on", "warning"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["findings"], "the seed population finding should come back"
    for f in report["findings"]:
        assert "002" in {str(r["doc_id"]) for r in f["records"]}
        assert f["records"][0]["doc_id"] == "002" and f["records"][0]["draft"] is True  # the draft first
    # the editor's report says which card is the copy under review
    main(["check", draft, "--manifest", str(MANIFEST), "--archive", str(db), "--no-progress", "--html", str(tmp_path / "r.html")])
    out = capsys.readouterr().out
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert 'class="badge role-draft"' in html and 'class="badge role-published"' in html
    assert "(draft, " in out or "draft, " in out


def test_an_undated_draft_against_the_archive_is_an_input_error(tmp_path, capsys):
    """Undated, a draft cannot be put after anything the archive holds: a toll that falls below the
    archive would pass green. The run says so and exits 2, as for any input the user must fix."""
    from checker.cli import main

    db = tmp_path / "archive.db"
    assert main(["archive", "add", *[str(p) for p in sorted(SEEDS.glob("00[0134]_*.txt"))], "--manifest", str(MANIFEST),
                 "--archive", str(db)]) == 0
    draft = tmp_path / "draft.txt"
    draft.write_text("Plus de 250.000 personnes vivent dans les quartiers rebelles d'Alep.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(draft), "--lang", "fr", "--archive", str(db), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "draft.txt: error: no publication date: a draft is checked against the archive by date" in err
    assert err.count("no publication date") == 1, err  # one message, not a warning and then an error


@needs_extractor
def test_cli_archive_add_twice_is_idempotent(tmp_path, capsys):
    from checker.cli import main

    db = tmp_path / "archive.db"
    args = ["archive", "add", str(SEEDS), "--manifest", str(MANIFEST), "--archive", str(db)]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0
    second = capsys.readouterr().out
    assert "5 new article(s)" in first
    assert "0 new article(s), 0 new version(s), 5 unchanged" in second
