"""docs/ci.md's worked example (archive, draft, accept, a brief, a wrong file) runs as written
from a folder laid out as the repository root, in order, and prints what the page shows: the
page a newsroom reads to set up CI cannot drift from what the checker prints. Only the times
(`added_at`, the baseline's `when`) and the folder the archive path is resolved in may differ."""
from __future__ import annotations

import re
from pathlib import Path

from test_readme import ROOT, _as_in_the_repository, _run_shell_line

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")


def _worked_example() -> tuple[str, list[tuple[str, list[str]]]]:
    """The config block, and each `$ command` of the section with the lines it prints."""
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    section = text[text.index("## Worked example"):text.index("## Pre-commit")]
    blocks = re.findall(r"^```(\w*)\n(.*?)^```$", section, flags=re.S | re.M)
    config = next(body for lang, body in blocks if lang == "toml")
    steps: list[tuple[str, list[str]]] = []
    for lang, block in blocks:
        if lang:
            continue
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            else:
                steps[-1][1].append(line)
    return config, steps


def test_the_worked_example_of_docs_ci_runs_as_shown(tmp_path, capsys, monkeypatch):
    config, steps = _worked_example()
    _as_in_the_repository(tmp_path)
    (tmp_path / "casualty-check.toml").write_text(config, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("call the desk about the Aleppo figures\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert len(steps) >= 8 and steps[-1][0] == "echo $?"
    code = None
    for command, shown in steps:
        if command == "echo $?":
            assert shown == [str(code)], previous
            continue
        code = _run_shell_line(command, tmp_path)
        captured = capsys.readouterr()
        printed = (captured.out + captured.err).replace(f"{tmp_path}/", "").splitlines()
        assert [STAMP.sub("T", line) for line in printed] == [STAMP.sub("T", line) for line in shown], command
        previous = command
