"""Guard for speed work: extraction output must not change.

    .venv/bin/python bench/check_same_output.py dump /tmp/before.json     # snapshot
    .venv/bin/python bench/check_same_output.py compare /tmp/before.json  # exit 1 on any difference

Extracts every article of fixtures/seeds, fixtures/passages/dev, fixtures/passages/heldout (with
their manifests) and the 1000-article synthetic batch of bench/bench_extract.py, and dumps every
record (all fields) as JSON, keyed by corpus and article.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FOLDERS = [ROOT / "fixtures" / "seeds", ROOT / "fixtures" / "passages" / "dev", ROOT / "fixtures" / "passages" / "heldout"]
BENCH_N = 1000


def dump() -> dict:
    from bench_extract import write_batch
    from checker.pipeline import extract_batch
    from checker.problems import ProblemLog

    out: dict = {}
    for folder in FOLDERS:
        log = ProblemLog(stream=None)
        corpus = out.setdefault(folder.relative_to(ROOT).as_posix(), {})
        for article, recs in extract_batch([folder], manifest=folder / "manifest.csv", log=log):
            corpus[str(article.doc_id)] = [{**r.to_dict(), "path": _portable(r.path)} for r in recs]
        corpus["__problems__"] = [_portable(str(p)) for p in log.problems]
    with tempfile.TemporaryDirectory(prefix="check-same-") as tmp:
        batch = Path(tmp) / "batch.jsonl"
        write_batch(batch, BENCH_N)
        log = ProblemLog(stream=None)
        corpus = out.setdefault(f"bench-{BENCH_N}", {})
        for article, recs in extract_batch([batch], log=log):
            # the temporary folder differs run to run: keep only the file name
            corpus[str(article.doc_id)] = [{**r.to_dict(), "path": Path(r.path).name if r.path else r.path} for r in recs]
        # the same for the problems' messages, which name the batch file
        corpus["__problems__"] = [str(p).replace(str(batch), "<batch>") for p in log.problems]
    return out


def _portable(text):
    """A path or message without this checkout's folder, so two worktrees' dumps compare."""
    return text.replace(str(ROOT), "<root>") if text else text


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("dump", "compare"):
        print(__doc__)
        return 2
    mode, path = sys.argv[1], Path(sys.argv[2])
    now = json.loads(json.dumps(dump(), default=str, sort_keys=True))
    if mode == "dump":
        path.write_text(json.dumps(now, sort_keys=True, ensure_ascii=False, indent=0), encoding="utf-8")
        n = sum(len(v) for c in now.values() for k, v in c.items() if k != "__problems__")
        print(f"wrote {path}: {n} records")
        return 0
    before = json.loads(path.read_text(encoding="utf-8"))
    diffs = 0
    for corpus in sorted(set(before) | set(now)):
        a, b = before.get(corpus, {}), now.get(corpus, {})
        for doc in sorted(set(a) | set(b)):
            if a.get(doc) != b.get(doc):
                diffs += 1
                if diffs <= 10:
                    ra, rb = a.get(doc) or [], b.get(doc) or []
                    print(f"DIFF {corpus}/{doc}: {len(ra)} records before, {len(rb)} now")
                    for x, y in zip(ra, rb):
                        if not isinstance(x, dict) or not isinstance(y, dict):
                            print("   first difference:", x, "|", y)
                            break
                        if x != y:
                            keys = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
                            print("   first differing record, fields:", {k: (x.get(k), y.get(k)) for k in keys})
                            break
    total = sum(len(v) for c in now.values() for k, v in c.items() if k != "__problems__")
    print(f"{'IDENTICAL' if not diffs else f'{diffs} articles differ'} ({total} records compared)")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
