"""Extraction accuracy when the same articles reach us in another typographic dress.

    .venv/bin/python bench/robustness.py                       # fixtures/passages/dev, every variant
    .venv/bin/python bench/robustness.py fixtures/seeds --only hard_wrap,no_accents

Wire copy is not always the clean UTF-8 of the fixtures: feeds wrap lines at 70-odd columns,
Windows tools save CRLF, CMSs turn straight quotes curly (or back), French copy puts a no-break
space before ":" and inside "270 000", and copy typed on an English keyboard or passed through
an old system loses its accents ("tues", "blesses"). Each variant below rewrites every article of
a gold set (and the quoted phrases of its gold rows, so that matching is not what changes), runs
`eval`, and prints F1 and per-field accuracy next to the set as written. A fall in one variant
is a form the extractor depends on without the language data saying so.

Not a test: a measurement, like bench_extract.py. Matching is on doc, value and measure, as
`casualty-check eval` does.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_SET = ROOT / "fixtures" / "passages" / "dev"
WRAP = 72
FIELDS_SHOWN = ("place", "period_start", "attribution", "group", "low", "high")


def _wrap(text: str) -> str:
    """Each paragraph broken into lines of at most WRAP characters (single newlines)."""
    out = []
    for para in text.split("\n"):
        line, lines = "", []
        for word in para.split(" "):
            if line and len(line) + 1 + len(word) > WRAP:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        out.append("\n".join(lines))
    return "\n".join(out)


def _no_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# French copy often writes capitals without accents ("A Alep", "Etat", "Ecole")
_CAPITALS = str.maketrans({c: _no_accents(c) for c in "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ"})
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'})
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}\b)")
_NBSP_PUNCT = re.compile(r" (?=[:;!?»])|(?<=«) ")
_LONG_WORD = re.compile(r"\b([^\W\d_]{4})([^\W\d_]{3,})")  # a soft hyphen after a long word's 4th letter, as web CMSs insert them
_SENTENCE_GAP = re.compile(r"([.!?]) (?=[A-ZÀ-Ý])")  # two spaces after a full stop, as typists were taught

VARIANTS: dict[str, Callable[[str], str]] = {
    "as_written": lambda t: t,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "hard_wrap": _wrap,
    "straight_quotes": lambda t: t.translate(_STRAIGHT),
    "curly_apostrophes": lambda t: _CURLY_APOSTROPHE.sub("\u2019", t),
    "narrow_nbsp_in_numbers": lambda t: _GROUP_SPACE.sub("\u202f", t),
    "nbsp_before_punctuation": lambda t: _NBSP_PUNCT.sub("\u00a0", t),
    "no_accents_on_capitals": lambda t: t.translate(_CAPITALS),
    "no_accents": _no_accents,
    "double_spaces": lambda t: _SENTENCE_GAP.sub(r"\1  ", t),
    "trailing_spaces": lambda t: t.replace("\n", " \n"),
    "soft_hyphens": lambda t: _LONG_WORD.sub(lambda m: m.group(1) + "\u00ad" + m.group(2), t),
    "mojibake": lambda t: t.encode("utf-8").decode("cp1252", errors="replace"),
    "decomposed_accents": lambda t: unicodedata.normalize("NFD", t),
    "thin_space_in_numbers": lambda t: _GROUP_SPACE.sub("\u2009", t),
}
# Variants that only move whitespace leave the gold's phrases as they are (eval locates them
# with whitespace folded), as do those that ingest undoes (invisible characters, text
# mis-decoded upstream); the others are applied to the gold's phrases too.
_SPACING_ONLY = {"crlf", "hard_wrap", "double_spaces", "trailing_spaces", "soft_hyphens", "mojibake", "decomposed_accents"}


def _write_variant(src: Path, dst: Path, name: str) -> tuple[Path, Path]:
    change = VARIANTS[name]
    dst.mkdir(parents=True)
    with open(src / "manifest.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        text = (src / row["file"]).read_text(encoding="utf-8")
        # newline="" so that "crlf" writes what it says
        with open(dst / row["file"], "w", encoding="utf-8", newline="") as out:
            out.write(change(text))
    (dst / "manifest.csv").write_bytes((src / "manifest.csv").read_bytes())
    for annotation in ("gold.jsonl", "negatives.jsonl"):
        if not (src / annotation).is_file():
            continue
        with open(src / annotation, encoding="utf-8") as fh, open(dst / annotation, "w", encoding="utf-8") as out:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                if name not in _SPACING_ONLY and isinstance(row.get("text"), str):
                    row["text"] = change(row["text"])
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return dst / "gold.jsonl", dst / "manifest.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_SET), help="a gold set: manifest.csv, gold.jsonl, texts")
    parser.add_argument("--only", help="comma-separated variants (default: all)")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    from checker.evaluate import default_negatives, evaluate_batch
    from checker.problems import ProblemLog

    src = Path(args.folder)
    names = args.only.split(",") if args.only else list(VARIANTS)
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant(s) {', '.join(unknown)}; known: {', '.join(VARIANTS)}")
    print(f"set {src.relative_to(ROOT) if src.is_relative_to(ROOT) else src}; matching on doc, value, measure")
    print(f"{'variant':<26}{'gold':>6}{'TP':>6}{'FP':>5}{'FN':>5}{'P':>7}{'R':>7}{'F1':>7}"
          + "".join(f"{f[:11]:>12}" for f in FIELDS_SHOWN) + f"{'rejected':>10}")
    with tempfile.TemporaryDirectory(prefix="robustness-") as tmp:
        for name in names:
            gold, manifest = _write_variant(src, Path(tmp) / name, name)
            texts = sorted(p for p in (Path(tmp) / name).glob("*.txt"))
            log = ProblemLog(stream=None)
            result = evaluate_batch(gold, texts, manifest=manifest, negatives_path=default_negatives(gold),
                                    log=log, jobs=args.jobs)
            c = result.overall
            cells = []
            for field in FIELDS_SHOWN:
                right, total = result.fields.get(field, {}).get("all", (0, 0))
                cells.append(f"{right / total:>12.3f}" if total else f"{'-':>12}")
            print(f"{name:<26}{c.tp + c.fn:>6}{c.tp:>6}{c.fp:>5}{c.fn:>5}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                  + "".join(cells) + f"{log.rejected:>10}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
