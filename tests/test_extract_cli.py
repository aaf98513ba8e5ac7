"""`casualty-check extract`: formats, exit codes, and bad input that does not stop the batch.
Needs the extractor (checker.extract.extract_article)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from checker.cli import main
from checker.schema import RECORD_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "fixtures" / "seeds"
BAD = ROOT / "fixtures" / "bad-input"


def run(capsys, *argv):
    code = main(["extract", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_to_stdout_has_canonical_columns(capsys):
    code, out, err = run(capsys, SEEDS, "--manifest", SEEDS / "manifest.csv")
    assert code == 0, err
    frame = pd.read_csv(io.StringIO(out), dtype={"doc_id": str})
    assert list(frame.columns) == list(RECORD_COLUMNS)
    assert set(frame["doc_id"]) == {"000", "001", "002", "003", "004"}


def test_jsonl_rows_are_json_objects(capsys):
    code, out, err = run(capsys, SEEDS / "003_952fe97d74e52f14.txt", "--manifest", SEEDS / "manifest.csv", "--format", "jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all(r["doc_id"] == "003" and r["lang"] == "en" and r["published"] == "2016-10-07" for r in rows)


@pytest.mark.parametrize("name,read", [
    ("records.jsonl", lambda path: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]),
    ("records.parquet", lambda path: pd.read_parquet(path).to_dict("records")),
    ("records.csv", lambda path: pd.read_csv(path, dtype={"doc_id": str}).to_dict("records")),
])
def test_format_follows_the_output_extension(tmp_path, capsys, name, read):
    out = tmp_path / name
    code, _, err = run(capsys, SEEDS / "003_952fe97d74e52f14.txt", "--manifest", SEEDS / "manifest.csv", "-o", out)
    assert code == 0, err
    rows = read(out)
    assert rows and all(str(r["doc_id"]) == "003" for r in rows)


def test_parquet_needs_output(capsys):
    code, _, err = run(capsys, SEEDS, "--format", "parquet")
    assert code == 2 and "-o" in err


def test_parquet_file(tmp_path, capsys):
    out = tmp_path / "records.parquet"
    code, _, err = run(capsys, SEEDS, "--manifest", SEEDS / "manifest.csv", "--format", "parquet", "-o", out)
    assert code == 0, err
    frame = pd.read_parquet(out)
    assert list(frame.columns)[: len(RECORD_COLUMNS)] == list(RECORD_COLUMNS) and len(frame) > 0


def test_bad_input_exits_2_and_keeps_the_good_articles(tmp_path, capsys):
    out = tmp_path / "records.csv"
    code, _, err = run(capsys, BAD, SEEDS / "000_b5224207a4bc49d2.txt", "--manifest", BAD / "manifest.csv", "-o", out)
    assert code == 2
    for name in ("binary.txt", "undecodable.txt", "empty.txt", "blank.txt", "malformed.json", "articles.jsonl:2"):
        assert name in err
    assert "Traceback" not in err
    frame = pd.read_csv(out, dtype={"doc_id": str})
    assert {"csv-ok", "ok-1", "000_b5224207a4bc49d2"} <= set(frame["doc_id"])


def test_warnings_alone_exit_0(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Au moins 20 personnes ont été tuées mardi à Alep, selon l'OSDH.", encoding="utf-8")
    code, out, err = run(capsys, article)
    assert code == 0 and "language inferred as fr" in err
    assert out.splitlines()[0].split(",")[0] == "doc_id"


def test_nonexistent_path_exits_2(capsys):
    code, _, err = run(capsys, ROOT / "no-such-file.txt")
    assert code == 2 and "no-such-file.txt" in err and "no such file" in err


def test_extract_to_jsonl_does_not_import_pandas(tmp_path):
    """A one-draft `extract` should answer in a third of a second: pandas (0.3 s and 90 MB per
    process, and per `-j` worker) is for tables, which only Parquet output needs."""
    import subprocess
    import sys

    script = ("import sys; from checker.cli import main; "
              f"code = main(['extract', {str(SEEDS)!r}, '--manifest', {str(SEEDS / 'manifest.csv')!r}, "
              f"'-o', {str(tmp_path / 'out.jsonl')!r}]); "
              "print('pandas' in sys.modules, code)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split("\n")[0] == "False 0", done.stdout + done.stderr
