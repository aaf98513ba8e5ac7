"""Score extraction against gold rows: pairing, precision/recall/F1, per-field accuracy, negatives.

The matcher and the scores are pure functions on lists (or DataFrames) so that they can be
unit-tested on a handful of hand-made records; only `evaluate_batch` touches the extractor.

Why pair by position: one article often repeats a figure ("20 morts" in the lead and again in
a quote) with different windows or places. Matching on (doc_id, value, measure) alone, as the
spec requires, would let the wrong occurrence be scored for the fields; so among candidates
with the same key, the predicted span closest to where the gold phrase stands wins.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence

from checker.problems import UsageError

# Fields the "Done when" of issue 2 thresholds, then fields reported for information.
MAIN_FIELDS: tuple[str, ...] = ("low", "high", "group", "place", "period_start", "period_end")
EXTRA_FIELDS: tuple[str, ...] = ("qualifier", "cumulative", "part_of", "attribution", "quoted", "basis")
FIELDS: tuple[str, ...] = MAIN_FIELDS + EXTRA_FIELDS

# Distance given to a candidate whose gold phrase could not be found in the article: worse than
# any real distance, so located pairs always win, but still a valid match on the key.
UNLOCATED = 10**9


class GoldFileError(UsageError):
    """A gold or negatives line that cannot be read; the message names file and line (exit 2)."""


# --------------------------------------------------------------------------- reading gold files


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read gold rows; refuse the whole file on the first bad line, since partial gold lies."""
    rows = []
    for lineno, obj in _jsonl(path):
        for key in ("doc", "value", "measure"):
            if key not in obj or obj[key] is None or obj[key] == "":
                raise GoldFileError(f"{path}:{lineno}: gold row has no '{key}'")
        if isinstance(obj["value"], bool) or not isinstance(obj["value"], (int, float)):
            raise GoldFileError(f"{path}:{lineno}: 'value' must be a number, got {obj['value']!r}")
        if "text" in obj and not isinstance(obj["text"], str):
            raise GoldFileError(f"{path}:{lineno}: 'text' must be a string")
        row = dict(obj)
        row["doc"] = str(obj["doc"])
        row["value"] = int(obj["value"])
        row["_line"] = lineno
        rows.append(row)
    return rows


def load_negatives(path: str | Path) -> list[dict[str, Any]]:
    """Read negative phrases (`doc`, `text`): spans where no record may stand."""
    rows = []
    for lineno, obj in _jsonl(path):
        for key in ("doc", "text"):
            if not isinstance(obj.get(key), (str, int)) or obj.get(key) == "":
                raise GoldFileError(f"{path}:{lineno}: negative row has no '{key}'")
        rows.append({**obj, "doc": str(obj["doc"]), "_line": lineno})
    return rows


def _jsonl(path: str | Path) -> Iterable[tuple[int, dict[str, Any]]]:
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise GoldFileError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    with handle:
        try:
            for lineno, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldFileError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
                if not isinstance(obj, dict):
                    raise GoldFileError(f"{path}:{lineno}: expected a JSON object")
                yield lineno, obj
        except UnicodeDecodeError as exc:
            raise GoldFileError(f"{path}: not UTF-8 ({exc.reason})") from exc


# --------------------------------------------------------------------------- locating phrases


def find_all(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every position of `phrase` in `text`, tolerant of case and of runs of (no-break) spaces.

    Gold phrases are typed by annotators; articles keep the wire's narrow no-break spaces and
    line breaks, so an exact `str.find` would miss "270 000" written with U+202F.
    """
    if not phrase or not text:
        return []
    words = phrase.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def locate_gold(gold: Sequence[Mapping[str, Any]], texts: Mapping[str, str]) -> list[Optional[tuple[int, int]]]:
    """Position of each gold row's phrase; a phrase used by several rows takes successive hits."""
    taken: dict[tuple[str, str], int] = {}
    spans: list[Optional[tuple[int, int]]] = []
    for row in gold:
        hits = find_all(texts.get(row["doc"], ""), row.get("text") or "")
        key = (row["doc"], row.get("text") or "")
        n = taken.get(key, 0)
        taken[key] = n + 1
        spans.append(hits[min(n, len(hits) - 1)] if hits else None)
    return spans


def span_distance(pred: tuple[int, int], gold: Optional[tuple[int, int]]) -> int:
    """0 when the predicted span lies inside or overlaps the gold phrase, else 1 + the gap in chars.

    The +1 keeps a merely adjacent span from tying with one that really overlaps.
    """
    if gold is None:
        return UNLOCATED
    (ps, pe), (gs, ge) = pred, gold
    if ps < ge and gs < pe:
        return 0
    return 1 + (gs - pe if pe <= gs else ps - ge)


# --------------------------------------------------------------------------- matching


@dataclass
class Matching:
    """The outcome of pairing: index pairs into gold and predictions, and what was left over."""

    pairs: list[tuple[int, int]]
    missed: list[int]  # non-optional gold rows with no prediction (false negatives)
    missed_optional: list[int]  # optional gold rows with no prediction (neither way)
    spurious: list[int]  # predictions paired with nothing (false positives)


def match(
    gold: Sequence[Mapping[str, Any]],
    preds: Sequence[Mapping[str, Any]],
    gold_spans: Optional[Sequence[Optional[tuple[int, int]]]] = None,
) -> Matching:
    """Pair gold rows and predictions sharing (doc, value, measure), closest spans first.

    Greedy on the global order of distances is enough here: candidates only compete inside
    one (doc, value, measure) group, which rarely holds more than two or three rows.
    """
    spans = list(gold_spans) if gold_spans is not None else [None] * len(gold)
    by_key: dict[tuple[str, int, str], list[int]] = {}
    for j, p in enumerate(preds):
        value = _as_int(p.get("value"))
        if value is None:
            continue
        by_key.setdefault((str(p.get("doc_id")), value, str(p.get("measure"))), []).append(j)

    candidates: list[tuple[int, int, int]] = []
    for i, g in enumerate(gold):
        for j in by_key.get((g["doc"], int(g["value"]), str(g["measure"])), ()):
            start, end = _as_int(preds[j].get("start")), _as_int(preds[j].get("end"))
            dist = span_distance((start, end), spans[i]) if start is not None and end is not None else UNLOCATED
            candidates.append((dist, i, j))
    candidates.sort()

    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    pairs.sort()
    missed = [i for i, g in enumerate(gold) if i not in used_gold and not g.get("optional")]
    missed_opt = [i for i, g in enumerate(gold) if i not in used_gold and g.get("optional")]
    spurious = [j for j in range(len(preds)) if j not in used_pred]
    return Matching(pairs, missed, missed_opt, spurious)


# --------------------------------------------------------------------------- field comparison


def same_field(name: str, gold_value: Any, pred_value: Any) -> bool:
    """Compare one field after normalising nulls, numbers, booleans and dates (null == null)."""
    g, p = _norm(name, gold_value), _norm(name, pred_value)
    if name == "attribution" and g is not None and p is not None:
        return same_source(g, p)
    return g == p


# Words that name no source on their own: articles, prepositions, the nouns a source is
# introduced by ("a tally by AFP", "un bilan de l'OSDH") and courtesy titles ("M. Nugroho" is
# "Sutopo Purwo Nugroho").
_SOURCE_FILLER = frozenset("""
    l le la les un une des du de d au aux et en the a an of and by for to from in
    bilan bilans decompte toll tally count figures chiffres selon according
    m mme mlle mr mrs ms dr
""".split())


def same_source(gold: str, predicted: str) -> bool:
    """Do two attributions credit the same source?

    Gold and extractor may name one source more or less fully: "Kerry" and "John Kerry", "Rami
    Abdel Rahmane" and "Rami Abdel Rahmane (OSDH)", "des responsables locaux" and "responsables
    locaux". So: the same originator (`origin_of`: "SOHR" and "l'OSDH"), or the words of one
    (articles and "bilan"-like nouns aside, at least one of three letters or more) all in the
    other. "U" for "U.N. refugee agency" or "on" (French "one") name nothing and do not match."""
    from checker.rules.taxonomy import origin_of

    if gold == predicted:
        return True
    if origin_of(gold) and origin_of(gold) == origin_of(predicted):
        return True
    g_words, p_words = _source_words(gold), _source_words(predicted)
    if not g_words or not p_words:
        return False
    # "La Sûreté du Québec (SQ)" and "SQ": a name and the acronym it gives itself in brackets, however
    # short ("U" or "on" alone still match nothing: they are no bracketed acronym of the other)
    for full, short in ((gold, predicted), (predicted, gold)):
        if len(short) >= 2 and short.isalpha() and f"({short})" in full:
            return True
    shorter, longer = sorted((g_words, p_words), key=len)
    return any(len(w) >= 3 for w in shorter) and shorter <= longer


def _source_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[^\w]+", name) if w and w not in _SOURCE_FILLER)


def _norm(name: str, value: Any) -> Any:
    if _is_null(value):
        return False if name in ("cumulative", "quoted") else None
    if name in ("low", "high", "part_of", "value"):
        return _as_int(value)
    if name in ("cumulative", "quoted"):
        if isinstance(value, str):
            return value.strip().lower() in {"true", "1", "yes"}
        return bool(value)
    if name in ("period_start", "period_end"):
        return str(value)[:10]
    if name == "attribution":
        return _fold_name(str(value))
    return str(value)


def _fold_name(name: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: "l'ONU" and "l’Onu" alike."""
    plain = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().split())


def _is_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and value.strip().lower() in {"", "nan", "none", "null", "nat", "<na>"}:
        return True
    try:
        import pandas as pd

        return value is pd.NA or value is pd.NaT
    except ImportError:  # pragma: no cover
        return False


def _as_int(value: Any) -> Optional[int]:
    if _is_null(value):
        return None
    try:
        return int(round(float(value)))
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- scores


@dataclass
class Counts:
    """True positives, false positives, false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EvalResult:
    """Everything `eval` reports; `to_dict` is the `--format json` output."""

    overall: Counts
    by_lang: dict[str, Counts]
    fields: dict[str, dict[str, tuple[int, int]]]  # field -> lang ("all", "fr", ...) -> (right, total)
    optional_matched: int
    optional_missed: int
    negatives_total: int
    negative_hits: list[dict[str, Any]]
    negatives_unlocated: list[dict[str, Any]]
    errors: list[dict[str, Any]]
    gold_docs_missing: list[str]
    unannotated_docs: int
    unannotated_records: int

    def field_accuracy(self, name: str, lang: str = "all") -> float:
        right, total = self.fields.get(name, {}).get(lang, (0, 0))
        return right / total if total else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "by_lang": {k: v.to_dict() for k, v in sorted(self.by_lang.items())},
            "fields": {
                name: {lang: {"right": r, "total": t, "accuracy": round(r / t, 4) if t else None}
                       for lang, (r, t) in sorted(per.items())}
                for name, per in self.fields.items()
            },
            "optional": {"matched": self.optional_matched, "missed": self.optional_missed},
            "negatives": {"total": self.negatives_total, "hits": len(self.negative_hits),
                          "hit_details": self.negative_hits, "unlocated": self.negatives_unlocated},
            "gold_docs_missing": self.gold_docs_missing,
            "unannotated": {"docs": self.unannotated_docs, "records": self.unannotated_records},
            "errors": self.errors,
        }


def score(
    gold: Sequence[Mapping[str, Any]],
    preds: Any,
    texts: Mapping[str, str],
    langs: Optional[Mapping[str, Optional[str]]] = None,
    negatives: Sequence[Mapping[str, Any]] = (),
) -> EvalResult:
    """Score predictions (a records DataFrame or a list of dicts) against gold and negatives.

    `texts` maps doc_id to article text and says which documents were read; predictions for
    documents that have neither gold rows nor negatives are left out of the scores (nobody
    annotated them) and counted separately, so a stray file cannot silently lower precision.
    """
    pred_rows = _rows(preds)
    langs = dict(langs or {})
    annotated = {g["doc"] for g in gold} | {n["doc"] for n in negatives}
    kept = [p for p in pred_rows if str(p.get("doc_id")) in annotated]
    stray = [p for p in pred_rows if str(p.get("doc_id")) not in annotated]
    for p in pred_rows:
        langs.setdefault(str(p.get("doc_id")), p.get("lang") if not _is_null(p.get("lang")) else None)

    spans = locate_gold(gold, texts)
    m = match(gold, kept, spans)

    def lang_of(doc: str) -> str:
        return str(langs.get(doc) or "?")

    overall = Counts(tp=sum(1 for i, _ in m.pairs if not gold[i].get("optional")),
                     fp=len(m.spurious), fn=len(m.missed))
    by_lang: dict[str, Counts] = {}
    for i, _ in m.pairs:
        if not gold[i].get("optional"):
            by_lang.setdefault(lang_of(gold[i]["doc"]), Counts()).tp += 1
    for i in m.missed:
        by_lang.setdefault(lang_of(gold[i]["doc"]), Counts()).fn += 1
    for j in m.spurious:
        by_lang.setdefault(lang_of(str(kept[j].get("doc_id"))), Counts()).fp += 1

    errors: list[dict[str, Any]] = []
    fields: dict[str, dict[str, tuple[int, int]]] = {name: {} for name in FIELDS}
    for i, j in m.pairs:
        g, p = gold[i], kept[j]
        for name in FIELDS:
            if name not in g:  # gold that does not annotate a field cannot score it
                continue
            ok = same_field(name, g[name], p.get(name))
            for lang in ("all", lang_of(g["doc"])):
                r, t = fields[name].get(lang, (0, 0))
                fields[name][lang] = (r + ok, t + 1)
            if not ok:
                errors.append({"kind": "field", "doc": g["doc"], "field": name, "gold": _norm(name, g[name]),
                               "predicted": _norm(name, p.get(name)), "text": g.get("text"),
                               "sentence": p.get("sentence") or _sentence(texts.get(g["doc"], ""), spans[i])})
    for i in m.missed:
        g = gold[i]
        errors.append({"kind": "FN", "doc": g["doc"], "value": g["value"], "measure": g["measure"],
                       "text": g.get("text"), "gold_line": g.get("_line"),
                       "sentence": _sentence(texts.get(g["doc"], ""), spans[i])})
    for j in m.spurious:
        p = kept[j]
        errors.append({"kind": "FP", "doc": str(p.get("doc_id")), "value": _as_int(p.get("value")),
                       "measure": p.get("measure"), "text": p.get("text"), "sentence": p.get("sentence")})

    # A record paired with gold is a real figure even when its phrase runs over a negative
    # ("400 000 Maliens ont fui leur foyer depuis 2012" vs the negative "depuis 2012"), so only
    # unpaired records can be negative hits.
    hits, unlocated = _negative_hits(negatives, [kept[j] for j in m.spurious], texts)
    missing = sorted({g["doc"] for g in gold} - set(texts))
    return EvalResult(
        overall=overall,
        by_lang=by_lang,
        fields={k: v for k, v in fields.items() if v},
        optional_matched=sum(1 for i, _ in m.pairs if gold[i].get("optional")),
        optional_missed=len(m.missed_optional),
        negatives_total=len(negatives),
        negative_hits=hits,
        negatives_unlocated=unlocated,
        errors=errors,
        gold_docs_missing=missing,
        unannotated_docs=len({str(p.get("doc_id")) for p in stray}),
        unannotated_records=len(stray),
    )


def _negative_hits(
    negatives: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]], texts: Mapping[str, str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Records whose span overlaps any occurrence of a negative phrase; and phrases not found."""
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for p in preds:
        by_doc.setdefault(str(p.get("doc_id")), []).append(p)
    hits, unlocated = [], []
    for neg in negatives:
        doc = neg["doc"]
        if doc not in texts:
            continue  # the article was not in the batch: reported as a missing gold doc if it has gold
        occurrences = find_all(texts[doc], str(neg["text"]))
        if not occurrences:
            unlocated.append({"doc": doc, "text": neg["text"], "line": neg.get("_line")})
            continue
        for p in by_doc.get(doc, ()):
            start, end = _as_int(p.get("start")), _as_int(p.get("end"))
            if start is None or end is None:
                continue
            if any(span_distance((start, end), occ) == 0 for occ in occurrences):
                hits.append({"doc": doc, "negative": neg["text"], "why": neg.get("why"),
                             "record_text": p.get("text"), "value": _as_int(p.get("value")),
                             "measure": p.get("measure"), "sentence": p.get("sentence")})
    return hits, unlocated


def _rows(preds: Any) -> list[dict[str, Any]]:
    if hasattr(preds, "to_dict") and hasattr(preds, "columns"):
        return preds.to_dict("records")
    return [p.to_dict() if hasattr(p, "to_dict") else dict(p) for p in preds]


def _sentence(text: str, span: Optional[tuple[int, int]]) -> Optional[str]:
    """The sentence around a gold phrase, so a false negative can be read without the article."""
    if not text or span is None:
        return None
    start = max(text.rfind(c, 0, span[0]) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, span[1]) for c in ".!?\n") if i != -1]
    end = min(ends) + 1 if ends else len(text)
    return " ".join(text[start:end].split())


# --------------------------------------------------------------------------- the whole job


def evaluate_batch(
    gold_path: str | Path,
    paths: Sequence[str | Path],
    manifest: Optional[str | Path] = None,
    negatives_path: Optional[str | Path] = None,
    log: Any = None,
    jobs: int = 1,
) -> EvalResult:
    """Extract `paths` and score them; keeps texts only of annotated articles (memory)."""
    gold = load_gold(gold_path)  # read before extracting: a bad gold line should fail fast
    negatives = load_negatives(negatives_path) if negatives_path else []
    from checker.pipeline import extract_batch

    annotated = {g["doc"] for g in gold} | {n["doc"] for n in negatives}
    texts: dict[str, str] = {}
    langs: dict[str, Optional[str]] = {}
    preds: list[dict[str, Any]] = []
    stray_records: list[dict[str, Any]] = []
    # the gold and negatives files often sit in the folder of the articles they annotate
    annotations = [p for p in (gold_path, negatives_path) if p]
    for article, records in extract_batch(paths, manifest=manifest, log=log, skip=annotations, jobs=jobs):
        langs[article.doc_id] = article.lang
        if article.doc_id in annotated:
            texts[article.doc_id] = article.text
            preds.extend(r.to_dict() for r in records)
        else:  # only counted: their text is not needed, and holding it would grow with the batch
            stray_records.extend({"doc_id": article.doc_id} for _ in records)
    return score(gold, preds + stray_records, texts, langs, negatives)


def default_negatives(gold_path: str | Path) -> Optional[Path]:
    """negatives.jsonl beside the gold file, the layout of fixtures/seeds and fixtures/passages."""
    candidate = Path(gold_path).with_name("negatives.jsonl")
    return candidate if candidate.is_file() else None


# --------------------------------------------------------------------------- text output


def render_text(result: EvalResult, show_errors: bool = False) -> str:
    """A table an editor or a developer can read in a terminal."""
    out: list[str] = []
    out.append(f"{'':<10}{'gold':>6}{'pred':>6}{'TP':>6}{'FP':>6}{'FN':>6}{'P':>8}{'R':>8}{'F1':>8}")
    rows = [("overall", result.overall)] + sorted(result.by_lang.items())
    for name, c in rows:
        out.append(f"{name:<10}{c.tp + c.fn:>6}{c.tp + c.fp:>6}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
                   f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}")
    out.append(f"optional gold: {result.optional_matched} matched, {result.optional_missed} not extracted "
               "(counted neither way)")
    langs = sorted({lang for per in result.fields.values() for lang in per if lang != "all"})
    out.append("")
    out.append(f"{'field (matched rows)':<22}" + "".join(f"{h:>16}" for h in ["all", *langs]))
    for name in FIELDS:
        if name not in result.fields:
            continue
        label = name if name in MAIN_FIELDS else f"{name} (extra)"
        cells = []
        for lang in ["all", *langs]:
            r, t = result.fields[name].get(lang, (0, 0))
            cells.append(f"{r / t:.3f} {r}/{t}" if t else "-")
        out.append(f"{label:<22}" + "".join(f"{c:>16}" for c in cells))  # room for "0.914 299/327"
    out.append("")
    out.append(f"negatives: {len(result.negative_hits)} record(s) on {result.negatives_total} negative phrase(s)")
    for u in result.negatives_unlocated:
        out.append(f"  warning: negative phrase not found in {u['doc']}: {u['text']!r}")
    if result.gold_docs_missing:
        out.append(f"warning: {len(result.gold_docs_missing)} gold doc(s) not in the batch "
                   f"(their figures count as missed; --manifest?): {', '.join(result.gold_docs_missing)}")
    if result.unannotated_docs:
        out.append(f"note: {result.unannotated_records} record(s) from {result.unannotated_docs} "
                   "article(s) without gold were not scored")
    if show_errors:
        out.append("")
        out.extend(_error_lines(result))
    return "\n".join(out) + "\n"


def _error_lines(result: EvalResult) -> list[str]:
    lines = []
    for e in result.errors:
        if e["kind"] == "FN":
            lines.append(f"FN  {e['doc']}: {e['value']} {e['measure']} {e['text']!r}")
        elif e["kind"] == "FP":
            lines.append(f"FP  {e['doc']}: {e['value']} {e['measure']} {e['text']!r}")
        else:
            lines.append(f"FIELD {e['doc']}: {e['field']} gold={e['gold']!r} predicted={e['predicted']!r} "
                         f"at {e['text']!r}")
        if e.get("sentence"):
            lines.append(f"      | {e['sentence']}")
    for h in result.negative_hits:
        lines.append(f"NEG {h['doc']}: {h['value']} {h['measure']} {h['record_text']!r} "
                     f"inside negative {h['negative']!r}")
    if not lines:
        lines.append("no errors")
    return lines
