"""`--lang`, `--published`, `--source`: metadata for articles that give none (a draft without a manifest).

They fill only what neither the manifest nor the article's own fields give, so a batch read with
a manifest is the same with or without them; a bad value stops the command before any article
is read (exit 2, one message naming the option).
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from archive_seeds import MANIFEST, SEEDS
from checker.cli import main
from checker.ingest import BatchDefaults, read_articles
from checker.problems import ProblemLog

DRAFT = ("Selon l'OSDH, plus de 27 000 personnes ont été tuées en Syrie depuis le début du conflit en 2011.\n\n"
         "Près de 250.000 personnes vivent encore dans les quartiers rebelles d'Alep.\n")


@pytest.fixture
def draft(tmp_path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_defaults_fill_what_the_article_lacks(draft):
    log = ProblemLog(stream=None)
    defaults = BatchDefaults(lang="fr", published=date(2016, 11, 25), source="Notre rédaction")
    [article] = read_articles([draft], log=log, defaults=defaults)
    assert (article.lang, article.published, article.source) == ("fr", date(2016, 11, 25), "Notre rédaction")
    assert not log.problems, "given on the command line, nothing was guessed"


def test_without_defaults_the_draft_is_undated_and_its_language_guessed(draft):
    log = ProblemLog(stream=None)
    [article] = read_articles([draft], log=log)
    assert article.published is None and article.lang == "fr"
    said = " ".join(p.message for p in log.problems)
    assert "--published" in said and "language inferred" in said


def test_manifest_and_the_file_s_own_fields_win_over_defaults(tmp_path):
    defaults = BatchDefaults(lang="en", published=date(2020, 1, 1), source="default desk")
    seeds = {a.doc_id: a for a in read_articles([SEEDS], manifest=MANIFEST, log=ProblemLog(stream=None), defaults=defaults)}
    plain = {a.doc_id: a for a in read_articles([SEEDS], manifest=MANIFEST, log=ProblemLog(stream=None))}
    assert {k: a.meta() for k, a in seeds.items()} == {k: a.meta() for k, a in plain.items()}
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text(json.dumps({"id": "a1", "text": DRAFT, "published": "2016-11-20", "lang": "fr"}) + "\n"
                     + json.dumps({"id": "a2", "text": DRAFT}) + "\n", encoding="utf-8")
    got = {a.doc_id: a for a in read_articles([jsonl], log=ProblemLog(stream=None), defaults=defaults)}
    assert (got["a1"].published, got["a1"].lang, got["a1"].source) == (date(2016, 11, 20), "fr", "default desk")
    assert (got["a2"].published, got["a2"].lang) == (date(2020, 1, 1), "en")


def test_check_a_draft_against_the_archive_with_a_date(tmp_path, draft, capsys):
    """A draft that drops a zero from the archived "plus de 270.000 morts" is caught once it is
    dated: undated, the time-ordering rules cannot place it."""
    db = tmp_path / "published.db"
    published = [str(p) for p in sorted(SEEDS.glob("00[01]_*.txt"))]
    assert main(["archive", "add", *published, "--manifest", str(MANIFEST), "--archive", str(db)]) == 0
    capsys.readouterr()
    args = ["check", str(draft), "--archive", str(db), "--format", "json", "--no-progress", "--fail-on", "warning"]
    assert main(args) == 2, "undated: the fall cannot be ordered in time, and the user is told to date the draft"
    capsys.readouterr()
    assert main(args + ["--published", "2016-11-25", "--lang", "fr", "--source", "Notre rédaction"]) == 1
    report = json.loads(capsys.readouterr().out)
    [finding] = [f for f in report["findings"] if f["rule"] == "CC102"]
    draft_rec = [r for r in finding["records"] if r["doc_id"] == "draft"]
    assert [(r["value"], r["source"], r["published"]) for r in draft_rec] == [(27000, "Notre rédaction", "2016-11-25")]


def test_published_today(draft, capsys):
    assert main(["extract", str(draft), "--published", "today", "--lang", "fr", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and {r["published"] for r in rows} == {date.today().isoformat()}


@pytest.mark.parametrize("option, value, said", [
    ("--published", "2016-13-01", "--published: publication date '2016-13-01' is not a real date"),
    ("--published", "07/11/2016", "is ambiguous"),
    ("--lang", "de", "--lang: language 'de' is not supported"),
])
def test_bad_values_stop_before_reading(draft, tmp_path, capsys, option, value, said):
    db = tmp_path / "never.db"
    assert main(["archive", "add", str(draft), "--archive", str(db), option, value]) == 2
    assert said in capsys.readouterr().err
    assert not db.exists(), "nothing is created for a command that could not run"
    assert main(["check", str(draft), option, value]) == 2
