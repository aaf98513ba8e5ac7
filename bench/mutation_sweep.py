"""Every typed mutation of tests/mutation_kit.py over every toll series and the seeds.

    .venv/bin/python bench/mutation_sweep.py [--per-type 2] [--details] [--markdown]

Prints, per mutation type, how many mutated batches the expected rule caught (on the mutated
record), how many it missed, and how many gained findings unrelated to the mutation
(collateral); then the unmutated batches' findings. The table of docs/findings-audit.md is this
script's --markdown output.

`by CC108 only` counts the catches made by CC108 (the article contradicts itself) and no other
rule. For `shrink_later_toll` such a catch counts only when CC108 names the shrunk figure beside a
figure of the same article at the toll's unmutated value: the kit changed one statement of the
toll and the article still states the other ("porté à 86 morts" in the headline, "porte à 51" in
the body), which is CC108's case, the paragraph an update left behind; the editor is pointed at the
mutated figure. Counted as a catch since mut-r127 (before, as a miss: 5 runs of main at 99c268b);
CC101/CC102 remain the rules for a toll lowered throughout the article (tests/mutation_kit.py).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from mutation_kit import Batch, plan, score, table  # noqa: E402

BATCHES = sorted(p for p in (ROOT / "fixtures" / "series").iterdir() if (p / "manifest.csv").exists()) + [ROOT / "fixtures" / "seeds"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-type", type=int, default=2)
    ap.add_argument("--details", action="store_true", help="print every mutation and what it raised")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("batches", nargs="*", help="batch folder names (default: all)")
    args = ap.parse_args()
    outcomes = []
    unmutated = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in BATCHES:
            if args.batches and path.name not in args.batches:
                continue
            batch = Batch(path)
            unmutated.append((batch.name, sorted(batch.baseline)))
            for m in plan(batch, args.per_type):
                o = score(batch, m, Path(tmp))
                outcomes.append(o)
                if args.details:
                    mark = f"CAUGHT by {'/'.join(o.by)}" if o.caught else "MISSED"
                    print(f"[{mark}] {m.batch} {m.kind}: {m.label} (expect {'/'.join(m.expect)})")
                    for c in o.collateral:
                        print(f"    collateral {c[:220]}")
                    if not o.caught:
                        for msg in o.messages:
                            print(f"    raised {msg[:220]}")
    rows = table(outcomes)
    total = {"type": "**all**", "runs": sum(r["runs"] for r in rows), "caught": sum(r["caught"] for r in rows),
             "missed": sum(r["missed"] for r in rows), "collateral": sum(r["collateral"] for r in rows),
             "cc108": sum(r["cc108"] for r in rows)}
    if args.markdown:
        print("| mutation type | runs | caught | by CC108 only | missed | collateral |")
        print("| --- | --- | --- | --- | --- | --- |")
        for r in rows + [total]:
            print(f"| {r['type']} | {r['runs']} | {r['caught']} | {r['cc108']} | {r['missed']} | {r['collateral']} |")
        print()
        print("| batch as published | findings (rule, records) |")
        print("| --- | --- |")
        for name, sigs in unmutated:
            print(f"| {name} | {'; '.join(f'{rule} ' + ', '.join(f'{d}:{v:g}' for d, v in recs) for rule, recs in sigs) or 'none'} |")
    else:
        for r in rows + [total]:
            print(f"{r['type']:28} runs {r['runs']:3}  caught {r['caught']:3} (by CC108 only {r['cc108']:3})  missed {r['missed']:3}  collateral {r['collateral']:3}")
        for name, sigs in unmutated:
            print(f"{name}: {len(sigs)} findings as published: {sigs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
