"""Typed mutations of any article batch, run through the real pipeline, scored per type.

Two layers:

- `apply(folder, ops)`: the hand-written operations of `fixtures/mutations/mutations.yaml`
  (`replace`, `append`, `manifest`, `add`), used by `tests/test_mutations.py`.
- `plan(batch)` / `score(batch, mutation)`: generic, typed mutations chosen from the records the
  pipeline extracts from a batch as published (any folder with a `manifest.csv`). Each type
  injects one error a newsroom makes and names the rules that must catch it:

  | type | what it does | caught by |
  | --- | --- | --- |
  | `shrink_later_toll` | a later report's toll put below an earlier report's | CC101, CC102; CC108 when the article still states the toll it had |
  | `part_exceeds_whole` | a linked part ("dont N enfants") set above its total | CC103 |
  | `translated_number_changed` | one copy of a dispatch (the other-language copy when the batch has one) with a number changed | CC101, CC105 |
  | `thousands_dropped` | "270.000" written as 270: the thousands groups lost | CC101, CC102, CC103, CC104, CC108, CC110 |
  | `foreign_separator` | "2,012" in a French article, "2.012" in an English one | CC109 |
  | `zero_added` / `zero_dropped` | a digit 0 added to / dropped from a toll | CC101, CC102, CC103, CC104, CC108, CC110 |
  | `date_shifted` | the earliest report's date moved after the latest, so its toll goes backwards | CC101, CC102, CC107 |
  | `stale_reuse` | the earliest toll's sentence run again by another outlet two months after the last report | CC107, CC102, CC101 |

  `score` reports `caught` (an expected rule fires on a finding that involves the mutated
  record, or the added article), `by` (the rules that caught it), `collateral` (findings that are
  new against the unmutated batch and are not that catch) and the messages. A published finding
  that also names an added copy's unchanged figures (the copy states the same contradiction) is
  the published finding, not collateral (`_published_with_copy`, since mut-r144).

  A shrunk toll is also caught by CC108 (the article contradicts itself) when that finding names
  the mutated figure together with a figure of the same article at the toll's unmutated value
  (`Mutation.kept`): the kit changes one statement of the toll, and an article that keeps its
  headline's 86 while its body says "porte à 51" is the paragraph a story's update left behind,
  CC108's own case. The editor is shown the mutated figure beside the article's own toll, which
  is what the mutation injected; CC102 is the rule when every statement of the toll moved (a
  single statement, or an edit made throughout). The sweep's table counts those catches in its
  `by CC108 only` column, so that they are never mistaken for CC101/CC102 catches. `bench/mutation_sweep.py` runs every type
  over every series and writes the table of `docs/findings-audit.md`.
"""
from __future__ import annotations

import csv
import re
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable, Optional

FIELDS = ["file", "doc_id", "lang", "published", "source", "agency", "how_dated"]
VALUE_RULES = ("CC101", "CC102", "CC103", "CC104", "CC108", "CC110")


# -- the hand-written operations ------------------------------------------------------------------

def read_manifest(folder: Path) -> list[dict]:
    with open(folder / "manifest.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def write_manifest(folder: Path, rows: list[dict]) -> None:
    fields = list(FIELDS)
    for row in rows:
        fields += [k for k in row if k not in fields and k is not None]
    with open(folder / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in fields})


def article_path(folder: Path, doc: str, rows: Optional[list[dict]] = None) -> Path:
    rows = rows if rows is not None else read_manifest(folder)
    for row in rows:
        if row["doc_id"] == doc:
            return folder / row["file"]
    (path,) = folder.glob(f"{doc}_*.txt")
    return path


def apply(folder: Path, ops: list[dict]) -> None:
    rows = read_manifest(folder)
    for op in ops:
        if "replace" in op:
            spec = op["replace"]
            path = article_path(folder, spec["doc"], rows)
            text = path.read_text(encoding="utf-8")
            assert text.count(spec["old"]) == 1, f"{spec['old']!r} must occur once in {path.name}"
            path.write_text(text.replace(spec["old"], spec["new"]), encoding="utf-8")
        elif "append" in op:
            path = article_path(folder, op["append"]["doc"], rows)
            path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + op["append"]["text"] + "\n", encoding="utf-8")
        elif "manifest" in op:
            spec = dict(op["manifest"])
            doc = spec.pop("doc")
            row = next(r for r in rows if r["doc_id"] == doc)
            row.update(spec)
        elif "add" in op:
            spec = dict(op["add"])
            text = article_path(folder, spec.pop("copy_of"), rows).read_text(encoding="utf-8") if "copy_of" in spec else spec.pop("text")
            (folder / spec["file"]).write_text(text, encoding="utf-8")
            rows.append({**spec, "how_dated": "mutation"})
        elif "splice" in op:  # replace the characters [start, end) of one article
            spec = op["splice"]
            path = article_path(folder, spec["doc"], rows)
            text = path.read_text(encoding="utf-8")
            assert text[spec["start"]:spec["end"]] == spec["old"], (path.name, text[spec["start"]:spec["end"]], spec["old"])
            path.write_text(text[:spec["start"]] + spec["new"] + text[spec["end"]:], encoding="utf-8")
        else:
            raise ValueError(f"unknown mutation op {op}")
    write_manifest(folder, rows)


def copy_batch(batch: Path, folder: Path) -> None:
    folder.mkdir(parents=True)
    rows = read_manifest(batch)
    for row in rows:
        shutil.copy(batch / row["file"], folder / row["file"])
    shutil.copy(batch / "manifest.csv", folder / "manifest.csv")


def findings_as_published(series_folder: Path) -> list[tuple]:
    """The signatures of the loud findings a series gives as published, sorted (what AUDITED lists)."""
    return sorted(signature(f) for f in _loud(run(series_folder).findings))


def findings_after_replacing(series_folder: Path, workdir: Path, doc_file: str, old: str, new: str) -> list[tuple]:
    """Copy a series, replace one phrase (which must occur once) in one article, and return the
    signatures of the loud findings the copy gives: a hand-written mutation in one call."""
    folder = workdir / series_folder.name
    copy_batch(series_folder, folder)
    text = (folder / doc_file).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    (folder / doc_file).write_text(text.replace(old, new), encoding="utf-8")
    return [signature(f) for f in _loud(run(folder).findings)]


def run(folder: Path):
    from checker.problems import ProblemLog
    from checker.run import run_check

    files = [folder / r["file"] for r in read_manifest(folder)]
    return run_check(files, manifest=folder / "manifest.csv", log=ProblemLog(stream=None))


# -- generic typed mutations ----------------------------------------------------------------------

@dataclass
class Mutation:
    kind: str
    batch: str
    label: str  # what was changed, for the report
    ops: list[dict]
    expect: tuple[str, ...]
    doc: str  # the mutated (or added) article
    value: Optional[float] = None  # the mutated figure's new value (None: the whole article counts)
    kept: Optional[float] = None  # shrink_later_toll: the toll's unmutated value (a CC108 naming it in `doc` catches)


@dataclass
class Outcome:
    mutation: Mutation
    caught: bool
    collateral: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    by: tuple[str, ...] = ()  # the rules whose findings caught the mutation


NUMBER = re.compile(r"\d{1,3}(?:([.,\u202f\u00a0 ])\d{3})+(?!\d)|\d+")


def _loud(findings) -> list:
    return [f for f in findings if f.severity != "info" and not f.claim.get("undated")]


def signature(f) -> tuple:
    return (f.rule, tuple(sorted((str(r["doc_id"]), float(r["value"])) for r in f.records)))


def _digits(record: dict, text: str) -> Optional[tuple[int, int, str, str]]:
    """(start, end, token, separator) of the numeral that gives the record its value, if written in digits."""
    start, end = int(record["start"]), int(record["end"])
    span = text[start:end]
    for m in NUMBER.finditer(span):
        token = m.group(0)
        sep = m.group(1) or ""
        if int(re.sub(r"\D", "", token)) == int(record["value"]):
            return start + m.start(), start + m.end(), token, sep
    return None


def fmt(value: int, sep: str, lang: str) -> str:
    if value < 1000:
        return str(value)
    sep = sep or ("." if lang == "fr" else ",")
    return f"{value:,}".replace(",", sep)


class Batch:
    """A batch as published: its articles, manifest and extracted records."""

    def __init__(self, path: Path, name: Optional[str] = None):
        self.path = path
        self.name = name or path.name
        self.rows = read_manifest(path)
        self.texts = {r["doc_id"]: (path / r["file"]).read_text(encoding="utf-8") for r in self.rows}
        self.meta = {r["doc_id"]: r for r in self.rows}
        result = run(path)
        self.baseline = {signature(f) for f in _loud(result.findings)}
        self.records = [r for r in result.records.to_dict("records")]
        for r in self.records:
            r["doc_id"] = str(r["doc_id"])
            r["pub"] = date.fromisoformat(str(self.meta[r["doc_id"]]["published"]))

    def located(self, pred: Callable[[dict], bool]) -> list[tuple[dict, tuple[int, int, str, str]]]:
        out = []
        for r in self.records:
            if r.get("superseded") is True or r.get("measure") in (None, "") or r["value"] != r["value"]:
                continue
            if not pred(r):
                continue
            loc = _digits(r, self.texts[r["doc_id"]])
            if loc:
                out.append((r, loc))
        return out


def _is_toll(r: dict) -> bool:
    return r["measure"] in ("killed", "dead", "deaths") and r["value"] >= 10


def _splice(r: dict, loc, new_token: str) -> dict:
    start, end, token, _ = loc
    return {"splice": {"doc": r["doc_id"], "start": start, "end": end, "old": token, "new": new_token}}


def _new_file_row(batch: Batch, doc: str, lang: str, published: str, source: str, agency: str) -> dict:
    return {"file": f"{doc}.txt", "doc_id": doc, "lang": lang, "published": published, "source": source, "agency": agency}


def _sentence_of(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right + 1].strip()


def plan(batch: Batch, per_type: int = 2) -> list[Mutation]:
    """Up to `per_type` mutations of each type, chosen deterministically from the batch's records."""
    out: list[Mutation] = []
    tolls = batch.located(_is_toll)
    by_pub = sorted(tolls, key=lambda x: (x[0]["pub"], -x[0]["value"], x[0]["doc_id"], x[0]["start"]))

    def add(kind, label, ops, expect, doc, value=None, kept=None):
        if sum(m.kind == kind for m in out) < per_type:
            out.append(Mutation(kind, batch.name, label, ops, tuple(expect), doc, value, kept))

    # shrink_later_toll: the latest reports' largest tolls, put at 60% of an earlier report's toll
    for r, loc in sorted(tolls, key=lambda x: (-x[0]["pub"].toordinal(), -x[0]["value"])):
        earlier = [e for e, _ in tolls if e["pub"] < r["pub"] and e["place"] == r["place"] and e["group"] == r["group"]
                   and e["value"] <= r["value"]]
        if not earlier:
            continue
        new = max(1, int(max(e["value"] for e in earlier) * 0.6))
        add("shrink_later_toll", f"{r['doc_id']}: {loc[2]} -> {fmt(new, loc[3], r['lang'])} (earlier {int(max(e['value'] for e in earlier))})",
            [_splice(r, loc, fmt(new, loc[3], r["lang"]))], ("CC101", "CC102"), r["doc_id"], new, r["value"])

    # part_exceeds_whole: a linked part above its total
    for r, loc in batch.located(lambda r: r["part_of"] == r["part_of"] and r["part_of"] is not None and r["part_of"] > 0):
        new = int(r["part_of"] * 1.5) + 1
        add("part_exceeds_whole", f"{r['doc_id']}: part {loc[2]} -> {fmt(new, loc[3], r['lang'])} of {int(r['part_of'])}",
            [_splice(r, loc, fmt(new, loc[3], r["lang"]))], ("CC103",), r["doc_id"], new)

    # translated_number_changed: the other-language copy of a same-day article, else a copy by another outlet
    for r, loc in by_pub:
        same_day = [d for d, m in batch.meta.items() if d != r["doc_id"] and m["published"] == batch.meta[r["doc_id"]]["published"]
                    and m["lang"] != r["lang"] and m.get("agency") and m.get("agency") == batch.meta[r["doc_id"]].get("agency")
                    and any(e["doc_id"] == d and e["value"] == r["value"] for e in batch.records)]
        new = int(r["value"] * 1.2) + 1
        if same_day:
            add("translated_number_changed", f"{r['doc_id']} ({r['lang']} copy of {same_day[0]}): {loc[2]} -> {fmt(new, loc[3], r['lang'])}",
                [_splice(r, loc, fmt(new, loc[3], r["lang"]))], ("CC101", "CC105"), r["doc_id"], new)
    for r, loc in by_pub:
        if not batch.meta[r["doc_id"]].get("agency"):
            continue
        m = batch.meta[r["doc_id"]]
        text = batch.texts[r["doc_id"]]
        new = int(r["value"] * 1.2) + 1
        copy = text[:loc[0]] + fmt(new, loc[3], r["lang"]) + text[loc[1]:]
        doc = f"{r['doc_id']}x"
        add("translated_number_changed", f"{doc}: copy of {r['doc_id']} ({m['agency']}) run by another outlet with {loc[2]} -> {fmt(new, loc[3], r['lang'])}",
            [{"add": {**_new_file_row(batch, doc, m["lang"], m["published"], "other-outlet", m["agency"]), "text": copy}}],
            ("CC101", "CC105"), doc, new)

    # thousands_dropped: "2.497" read (and written) as 2
    for r, loc in by_pub:
        if loc[3] and r["value"] >= 1000:
            new = int(r["value"]) // 1000
            add("thousands_dropped", f"{r['doc_id']}: {loc[2]} -> {new}", [_splice(r, loc, str(new))], VALUE_RULES, r["doc_id"], new)

    # foreign_separator: the other language's thousands separator
    for r, loc in by_pub:
        if r["value"] >= 1000:
            sep = "," if r["lang"] == "fr" else "."
            add("foreign_separator", f"{r['doc_id']}: {loc[2]} -> {fmt(int(r['value']), sep, r['lang'])}",
                [_splice(r, loc, fmt(int(r["value"]), sep, r["lang"]))], ("CC109",), r["doc_id"], r["value"])

    # zero_added / zero_dropped
    for r, loc in reversed(by_pub):
        new = int(r["value"]) * 10
        add("zero_added", f"{r['doc_id']}: {loc[2]} -> {fmt(new, loc[3], r['lang'])}", [_splice(r, loc, fmt(new, loc[3], r["lang"]))],
            VALUE_RULES, r["doc_id"], new)
    for r, loc in reversed(by_pub):
        digits = str(int(r["value"]))
        if "0" in digits[1:]:
            i = digits.index("0", 1)
            new = int(digits[:i] + digits[i + 1:])
            add("zero_dropped", f"{r['doc_id']}: {loc[2]} -> {fmt(new, loc[3], r['lang'])}", [_splice(r, loc, fmt(new, loc[3], r["lang"]))],
                VALUE_RULES, r["doc_id"], new)

    # date_shifted: the earliest report with a toll moved a day after the latest report
    last = max(date.fromisoformat(m["published"]) for m in batch.meta.values())
    first_docs = []
    for r, _ in by_pub:
        if r["doc_id"] not in first_docs and any(e["value"] > r["value"] * 1.1 and e["pub"] > r["pub"] for e, _ in tolls):
            first_docs.append(r["doc_id"])
    for doc in first_docs:
        new_day = (last + timedelta(days=1)).isoformat()
        add("date_shifted", f"{doc}: published {batch.meta[doc]['published']} -> {new_day}",
            [{"manifest": {"doc": doc, "published": new_day}}], ("CC101", "CC102", "CC107"), doc)

    # stale_reuse: the earliest toll's sentence, run again two months after the last report
    for r, loc in by_pub:
        if not any(e["value"] > r["value"] * 1.1 and e["pub"] > r["pub"] for e, _ in tolls):
            continue
        sentence = _sentence_of(batch.texts[r["doc_id"]], loc[0], loc[1])
        doc = f"{r['doc_id']}-stale"
        day = (last + timedelta(days=60)).isoformat()
        add("stale_reuse", f"{doc}: {r['doc_id']}'s sentence with {loc[2]} run again on {day}",
            [{"add": {**_new_file_row(batch, doc, r["lang"], day, "late-outlet", ""), "text": sentence + "\n"}}],
            ("CC107", "CC102", "CC101"), doc)
    return out


def _published_with_copy(sig: tuple, mutation: Mutation, baseline: set) -> bool:
    """A finding of the batch as published that now also names the added copy's own unchanged figures
    (Al-Ahli's published 500 against 471, with the copy's 500 beside a3's): the same contradiction,
    stated by one more article, not a new alarm (mut-r144). Only for an added article (a copy)."""
    if not any("add" in op for op in mutation.ops):
        return False
    rest = tuple(r for r in sig[1] if r[0] != mutation.doc)
    return len(rest) < len(sig[1]) and (sig[0], rest) in baseline


def score(batch: Batch, mutation: Mutation, workdir: Path) -> Outcome:
    folder = workdir / f"{batch.name}-{mutation.kind}-{abs(hash(mutation.label)) % 10**8}"
    copy_batch(batch.path, folder)
    apply(folder, mutation.ops)
    findings = _loud(run(folder).findings)
    by, collateral, messages = [], [], []
    for f in findings:
        sig = signature(f)
        messages.append(f"{f.rule} {f.severity}: {f.message}")
        involved = any(str(r["doc_id"]) == mutation.doc and (mutation.value is None or abs(float(r["value"]) - mutation.value) < 0.5)
                       for r in f.records)
        # (a shrunk toll beside the article's own unmutated toll: CC108, see the module's docstring)
        kept = mutation.kept is not None and f.rule == "CC108" \
            and any(str(r["doc_id"]) == mutation.doc and abs(float(r["value"]) - mutation.kept) < 0.5 for r in f.records)
        if (f.rule in mutation.expect or kept) and involved:
            by.append(f.rule)
        elif sig not in batch.baseline and not involved and not _published_with_copy(sig, mutation, batch.baseline):
            # (another rule on the mutated figure is no collateral)
            collateral.append(f"{f.rule}: {f.message}")
    shutil.rmtree(folder, ignore_errors=True)
    return Outcome(mutation, bool(by), collateral, messages, tuple(sorted(set(by))))


def table(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    kinds: dict[str, dict[str, Any]] = {}
    for o in outcomes:
        row = kinds.setdefault(o.mutation.kind, {"type": o.mutation.kind, "runs": 0, "caught": 0, "missed": 0, "collateral": 0, "cc108": 0})
        row["runs"] += 1
        row["caught" if o.caught else "missed"] += 1
        row["cc108"] += o.by == ("CC108",)  # caught by CC108 and no other rule
        row["collateral"] += bool(o.collateral)
    return list(kinds.values())


def assert_caught_without_collateral(batches: dict, folder: Path, kind: str, nth: int, workdir: Path) -> None:
    """The `nth` planned mutation of `kind` on the batch at `folder` is caught by its expected rule,
    and raises nothing else. `batches` caches the read batches across a test module's cases."""
    batch = batches.setdefault(folder, Batch(folder))
    mutations = [m for m in plan(batch) if m.kind == kind]
    assert len(mutations) > nth, f"no {kind} mutation planned for {folder.name}"
    outcome = score(batch, mutations[nth], workdir)
    assert outcome.caught, (mutations[nth].label, outcome.messages)
    assert not outcome.collateral, (mutations[nth].label, outcome.collateral)
