"""What a fact-checker on a news desk meets in a first hour with the checker, from the README:
their own folders, the mistakes everybody makes with them, and the report an editor opens.
Each test is one stumble of that walk (ux-r122), fixed."""
from __future__ import annotations

import json
import re
from pathlib import Path

from checker.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"
SEED_FINDING = "55d7890559aae015"  # the seed batch's one finding (CC106), as the README accepts it


def _seed_batch(folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for p in SEEDS.glob("*.txt"):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "manifest.csv").write_text((SEEDS / "manifest.csv").read_text(encoding="utf-8"), encoding="utf-8")
    return sorted(str(p) for p in folder.glob("*.txt"))


def test_an_accepted_finding_shows_who_accepted_it_when_and_why(tmp_path, capsys):
    """The report listed an accepted finding with an 'accepted' badge and no word of why: the editor
    who opens it cannot tell a settled question from a forgotten one. The reason, its author and
    day are on the card (escaped: it is typed by a user), and in SARIF's justification."""
    articles = _seed_batch(tmp_path / "batch")
    baseline = tmp_path / "baseline.yaml"
    assert main(["accept", SEED_FINDING, "--reason", "April figure was <b>unofficial</b>", "--by", "Desk & co",
                 "--baseline", str(baseline)]) == 0
    html, sarif = tmp_path / "r.html", tmp_path / "r.sarif"
    assert main(["check", *articles, "--baseline", str(baseline), "--no-progress", "--html", str(html),
                 "--format", "sarif", "-o", str(sarif)]) == 0
    capsys.readouterr()
    page = html.read_text(encoding="utf-8")
    card = re.search(r'<p class="acceptance">(.*?)</p>', page, flags=re.S)
    assert card, "no acceptance on the accepted card"
    assert "Desk &amp; co" in card.group(1) and "April figure was &lt;b&gt;unofficial&lt;/b&gt;" in card.group(1)
    assert re.search(r" on \d{4}-\d\d-\d\d: ", card.group(1))
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    accepted = [r for r in results if r.get("suppressions")]
    assert [r["suppressions"][0]["justification"] for r in accepted] == [
        "accepted in the casualty-check baseline: April figure was <b>unofficial</b>"]


def test_a_path_in_the_input_problems_breaks_between_folders_never_inside_a_name():
    """On a phone the file column read 'my batc / h/sh / eet.csv': a path is now boxes that a line
    may break between (after each folder), never inside."""
    from checker.report.html import path_breaks

    assert str(path_breaks("my batch/sheet.csv")) == '<span class="seg">my batch/</span><span class="seg">sheet.csv</span>'
    assert str(path_breaks("a<b>/c.txt")) == '<span class="seg">a&lt;b&gt;/</span><span class="seg">c.txt</span>'
    assert str(path_breaks("C:\\desk\\x.txt")).count('class="seg"') == 3
    assert str(path_breaks("")) == ""


def test_two_folders_with_their_own_manifests_say_that_neither_manifest_is_read(tmp_path, capsys, monkeypatch):
    """`check monday/ tuesday/`, each folder with its manifest.csv: neither was read and nothing
    said why (only that each article had no date, and that each manifest 'is not an article')."""
    monkeypatch.chdir(tmp_path)
    _seed_batch(tmp_path / "monday")
    _seed_batch(tmp_path / "tuesday")
    main(["check", "monday", "tuesday", "--no-progress", "--format", "json", "-o", "out.json"])
    err = capsys.readouterr().err
    assert "2 manifests beside the articles (monday/manifest.csv, tuesday/manifest.csv): none is read" in err
    assert "--manifest" in err


def test_one_folder_with_its_manifest_says_nothing_of_several(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _seed_batch(tmp_path / "monday")
    main(["check", "monday", "--no-progress", "--format", "json", "-o", "out.json"])
    err = capsys.readouterr().err
    assert "using manifest monday/manifest.csv" in err and "manifests beside" not in err


def test_a_pattern_that_matches_no_file_is_named_as_a_pattern(tmp_path, capsys, monkeypatch):
    """`check articles/*.txt` on a folder of .TXT or .md files: the shell passes the pattern as it is,
    and 'no such file or folder' sent the user looking for a file called '*.txt'."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    assert main(["check", "articles/*.txt", "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "articles/*.txt: error: no file matches this pattern" in err and "no such file" not in err


def test_a_bad_date_in_the_manifest_names_the_article_it_leaves_undated(tmp_path, capsys):
    """'manifest.csv:3: error: publication date ... the article is read without a date' sent the
    user counting lines: the error names the article's file."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "bilan.txt").write_text("Le séisme a fait au moins 820 morts, selon le ministère.\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("file,lang,published,source\nbilan.txt,fr,2023-9-32,Desk\n", encoding="utf-8")
    assert main(["check", str(folder), "--no-progress", "--format", "json", "-o", str(tmp_path / "o.json")]) == 2
    err = capsys.readouterr().err
    assert "manifest.csv:2: error: publication date '2023-9-32'" in err
    assert "the article bilan.txt is read without a date" in err


def test_every_command_s_help_says_what_it_does_and_shows_an_example(capsys):
    """`extract --help`, `eval --help` and `accept --help` listed options only: like `check --help`,
    each says what the command does and shows a command line to start from."""
    import pytest

    for command in ("check", "extract", "eval", "accept"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        text = capsys.readouterr().out
        assert re.search(r"(?m)^examples?:\n  casualty-check " + command + " ", text), command
        usage_end = text.index("\n\n")
        assert text[usage_end:].lstrip().split("\n")[0] not in ("positional arguments:", "options:"), command


def test_a_pattern_that_matches_nothing_is_one_error_not_one_warning_per_manifest_line(tmp_path, capsys, monkeypatch):
    """`check 'articles/dev00*.txt' --manifest articles/manifest.csv` with a typo in the pattern: one
    error, where it used to add 'manifest line matches no article' for each of the manifest's lines
    (613 on the dev batch)."""
    monkeypatch.chdir(tmp_path)
    _seed_batch(tmp_path / "articles")
    assert main(["check", "articles/00*.text", "--manifest", "articles/manifest.csv", "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "no file matches this pattern" in err and "matches no article" not in err


def test_a_folder_read_still_names_the_manifest_lines_that_match_no_article(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _seed_batch(tmp_path / "articles")
    (tmp_path / "articles" / "002_0ea82a415cdd3088.txt").unlink()
    main(["check", "articles", "--no-progress", "--format", "json", "-o", "out.json"])
    assert "manifest line matches no article (002_0ea82a415cdd3088.txt)" in capsys.readouterr().err


def test_the_summary_names_the_articles_to_open_and_links_them(tmp_path, capsys):
    """'In which article?': the summary lists each article with a flagged figure, how many and in
    which findings, linked to its table of figures (which starts open) and to the findings."""
    articles = _seed_batch(tmp_path / "batch")
    html = tmp_path / "r.html"
    assert main(["check", *articles, "--no-progress", "--html", str(html), "--format", "json", "-o", str(tmp_path / "o.json")]) == 0
    capsys.readouterr()
    page = html.read_text(encoding="utf-8")
    block = re.search(r'<div class="to-fix">(.*?)</div>', page, flags=re.S)
    assert block and "Articles with flagged figures (3 of 5)" in block.group(1)
    items = [(anchor, re.sub(r"<[^>]+>", "", name)) for anchor, name in
             re.findall(r'<li><a href="#(art\d+)">(.*?)</a>', block.group(1), flags=re.S)]
    assert [Path(name).name for _, name in items] == ["001_16f86047a39c1aee.txt", "002_0ea82a415cdd3088.txt",
                                                       "004_796c33a8d86783dd.txt"]
    for anchor, _ in items:
        assert f'<details class="article" id="{anchor}" open>' in page
    assert block.group(1).count('href="#f1"') == 3
