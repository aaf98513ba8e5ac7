"""Time the command a newsroom runs, `casualty-check extract`, end to end on the wire batch.

    .venv/bin/python bench/bench_cli.py            # 2,000 articles of ~4 KB, -j 1 and -j 0
    .venv/bin/python bench/bench_cli.py 5000 --jobs 1 2

bench_extract.py measures the extractor itself per CPU-second; this one measures what the user
waits for: start-up, reading, extracting, writing JSONL, with one process or several
(`--jobs`). It reports wall seconds, articles per wall second, CPU seconds of the command and
its workers, and peak RSS of the largest process.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import write_batch  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
COMMAND = Path(sys.executable).with_name("casualty-check")


def run(batch: Path, n: int, jobs: int) -> None:
    out = batch.with_suffix(f".j{jobs}.out.jsonl")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([str(COMMAND), "extract", "-j", str(jobs), str(batch), "-o", str(out)],
                   check=True, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rows = sum(1 for _ in open(out, encoding="utf-8"))
    print(f"{n:>7,} articles  -j {jobs}  wall {wall:6.2f} s  {n / wall:6.0f} art/s  "
          f"CPU {cpu:6.2f} s  peak RSS {after.ru_maxrss / 1024:5.0f} MB  {rows:,} records")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 0], help="0 = one process per core")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; {COMMAND}")
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "wire.jsonl"
        size = write_batch(batch, args.n, corpus="wire")
        print(f"batch: {args.n:,} articles, {size / args.n / 1024:.1f} KB each")
        for jobs in args.jobs:
            run(batch, args.n, jobs)


if __name__ == "__main__":
    main()
