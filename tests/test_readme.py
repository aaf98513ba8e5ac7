"""The README shows the real output of its first command: run that command and compare, so the
page a newsroom user reads first cannot drift from what the checker prints. Every example of its
Commands section runs as written, in order, from a folder laid out as a fresh clone."""
from __future__ import annotations

import contextlib
import csv
import re
import shlex
from pathlib import Path

from checker.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _readme_block(title: str) -> list[str]:
    """The lines of the fenced block that follows `title` in the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    after = text[text.index(title):]
    block = re.search(r"```\n(.*?)```", after, flags=re.S)
    assert block, title
    return block.group(1).splitlines()


def _as_in_the_repository(folder: Path) -> None:
    """`folder` made to look like the repository root for the README's relative paths (its
    fixtures and examples), without what a user's earlier commands left in the real root (a
    baseline written by `accept`, an archive): the README's output is that of a fresh clone."""
    for name in ("fixtures", "examples"):
        (folder / name).symlink_to(ROOT / name, target_is_directory=True)


def test_readme_shows_the_first_commands_real_output(tmp_path, capsys, monkeypatch):
    shown = _readme_block("Real output of the first command:")
    _as_in_the_repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    seeds = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "fixtures" / "seeds").glob("*.txt"))
    code = main(["check", *seeds, "--manifest", "fixtures/seeds/manifest.csv", "--html", str(tmp_path / "r.html")])
    assert code == 0  # "The exit code is 0: the finding is a warning"
    captured = capsys.readouterr()
    printed = (captured.out + captured.err).splitlines()
    for line in shown:
        if line.startswith("HTML report written to"):
            assert any(p.startswith("HTML report written to") for p in printed)
        else:
            assert line in printed, line


def test_readme_record_row_is_what_extract_writes(tmp_path):
    header, row = _readme_block("One extracted record")[:2]
    out = tmp_path / "records.csv"
    seeds = sorted(str(p) for p in (ROOT / "fixtures" / "seeds").glob("*.txt"))
    assert main(["extract", *seeds, "--manifest", str(ROOT / "fixtures" / "seeds" / "manifest.csv"),
                 "--format", "csv", "-o", str(out)]) == 0
    columns = header.split(",")
    with open(out, encoding="utf-8", newline="") as handle:
        rows = [",".join(r[c] for c in columns) for r in csv.DictReader(handle)]
    assert row in rows, [r for r in rows if r.startswith(row.split(",")[0] + ",")]


def test_readme_python_example_prints_what_it_shows(capsys):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## From Python"):]
    code = re.search(r"```python\n(.*?)```", section, flags=re.S).group(1)
    shown = re.search(r"prints\n\n```\n(.*?)```", section, flags=re.S).group(1).splitlines()
    exec(compile(code, "README.md (From Python)", "exec"), {"__name__": "readme_example"})
    assert capsys.readouterr().out.splitlines() == shown


def _readme_commands() -> list[str]:
    """The `casualty-check ...` examples of the Commands section, in the order a reader meets them
    (the table, then the draft check), each a shell line."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Commands"):text.index("## From Python")]
    table = re.findall(r"^\| `[a-z]+` \|.*\| `(casualty-check [^`]+)` \|$", section, flags=re.M)
    blocks = [line for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S)
              for line in block.splitlines() if line.startswith("casualty-check ")]
    return table + blocks


def _run_shell_line(line: str, folder: Path) -> int:
    """`line` as a shell runs it from `folder`: globs expanded, `> FILE` written."""
    words = shlex.split(line)
    assert words[0] == "casualty-check", line
    out = None
    if ">" in words:
        out = words[words.index(">") + 1]
        words = words[:words.index(">")]
    args: list[str] = []
    for word in words[1:]:
        args += sorted(str(p.relative_to(folder)) for p in folder.glob(word)) if "*" in word else [word]
    if out is None:
        return main(args)
    with open(folder / out, "w", encoding="utf-8") as handle, contextlib.redirect_stdout(handle):
        return main(args)


def test_every_command_the_readme_shows_runs_as_written(tmp_path, capsys, monkeypatch):
    """A reader copies each example into a fresh clone's root: none may name a file that is not
    there, fail, or print something else than the README shows."""
    _as_in_the_repository(tmp_path)
    monkeypatch.chdir(tmp_path)
    commands = _readme_commands()
    assert [c.split()[1] for c in commands][:7] == ["extract", "check", "eval", "rules", "explain", "archive", "accept"]
    shown_draft = _readme_block("prints (a warning: exit code 0")
    for line in commands:
        code = _run_shell_line(line, tmp_path)
        printed = capsys.readouterr()
        assert code == 0, (line, printed.err[-2000:])
        assert "no such file" not in printed.err and "not found" not in printed.err, (line, printed.err)
        if "examples/drafts/" in line:
            assert printed.out.splitlines() == shown_draft, line
    assert (tmp_path / "records.jsonl").stat().st_size and (tmp_path / "out.sarif").stat().st_size
    assert "55d7890559aae015" in (tmp_path / "casualty-check-baseline.yaml").read_text(encoding="utf-8")


def test_readme_activates_the_environment_before_calling_the_command_by_name():
    """The first command calls `.venv/bin/casualty-check`; the Commands section calls
    `casualty-check`, which a fresh shell does not find until the environment is activated: the
    README says so between the two."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first = text.index(".venv/bin/casualty-check check")
    activate = text.index(". .venv/bin/activate")
    bare = min(m.start() for m in re.finditer(r"(?m)^\| `[a-z]+` \|.*`casualty-check ", text))
    assert first < activate < bare


def test_readme_manifest_for_your_own_articles_is_read_without_a_problem(tmp_path, capsys):
    """The manifest the README gives a newsroom for its own articles, with two articles of the
    names it uses, is read as written: dates, languages and sources, and no input problem."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    after = text[text.index("**Your own articles.**"):]
    block = re.search(r"```csv\n(.*?)```", after, flags=re.S).group(1)
    folder = tmp_path / "my-articles"
    folder.mkdir()
    (folder / "manifest.csv").write_text(block, encoding="utf-8")
    rows = list(csv.DictReader(block.splitlines()))
    copy = {"en": "The death toll from Friday's earthquake rose to 2,122, the interior ministry said on Monday.\n",
            "fr": "Le bilan du séisme de vendredi s'est alourdi à 2.901 morts, a annoncé mardi le ministère.\n"}
    for row in rows:
        (folder / row["file"]).write_text(copy[row["lang"]], encoding="utf-8")
    code = main(["check", str(folder), "--no-progress", "--format", "json", "-o", str(tmp_path / "out.json")])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "warning" not in err and "error" not in err, err
    import json
    result = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert "using manifest" in err
    assert result["problems"] == [], result["problems"]


def test_the_readmes_second_command_runs_the_tests_and_ci_runs_exactly_it():
    """The design card's contract: the README's first command installs and runs the main job on
    the bundled fixtures, its second installs and passes the tests, and `.ci/run` calls exactly
    that second command. Notes a user needs later (activating the environment, their own
    articles) come after the two, so a reader taking the first two blocks gets the right ones."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh)?\n(.*?)```", text, flags=re.S)
    first, second = blocks[0].strip(), blocks[1].strip()
    assert "casualty-check check fixtures/" in first and "--html" in first
    assert "pytest" in second and "pip install" in second
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert second in ci.splitlines()
