"""The evaluation: the matcher on hand-made records, then extraction accuracy on the fixtures.

The first half pins down how `eval` counts, on records small enough to check by hand; the
second half is the "Done when" of issue 2, measured through `evaluate_batch` (never by
comparing with output pasted from a run).
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from checker.evaluate import (
    GoldFileError,
    evaluate_batch,
    find_all,
    load_gold,
    locate_gold,
    match,
    same_field,
    score,
    span_distance,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
DEV = ROOT / "fixtures" / "passages" / "dev"
# Copy about something else (sports, markets, elections, forecasts, job cuts, troops, protests,
# anniversaries): what it holds that is a figure is in its gold, and everything else extracted from it
# is a false record a user would see
OFFTOPIC = ROOT / "fixtures" / "passages" / "offtopic"

SEED_MIN_F1 = 0.95
SEED_MIN_FIELD = 0.9
# Dev passages: deliberately 0.0 until the extractor lands; the maintainer raises it to the
# score the extractor reaches, so that later changes cannot quietly lose dev accuracy.
DEV_MIN_F1 = 0.92  # measured 0.990 on 69 passages (512 figures); the held-out set is not tested here (kept for honest scores)
# measured on 16 articles (8 EN, 8 FR), 12 gold figures: 2 false records at first read (prec-r46), 1 after its fixes
OFFTOPIC_MAX_FALSE_RECORDS = 1
OFFTOPIC_MIN_RECALL = 0.9

TEXT = "Hier, 20 personnes ont été tuées. Le bilan: 20 morts et 5 blessés, selon l'OSDH."
#       0         1         2         3         4         5         6         7
#       0123456789012345678901234567890123456789012345678901234567890123456789012345678


def gold_row(text: str, value: int, measure: str = "killed", **fields) -> dict:
    return {"doc": "d1", "text": text, "value": value, "measure": measure, **fields}


def record(start: int, end: int, value: int, measure: str = "killed", **fields) -> dict:
    return {"doc_id": "d1", "start": start, "end": end, "text": TEXT[start:end], "value": value,
            "measure": measure, "sentence": "", **fields}


# --------------------------------------------------------------------------- locating


def test_find_all_tolerates_case_and_no_break_spaces():
    text = "Plus de 270\u202f000 morts. plus de 270 000 morts."
    assert find_all(text, "plus de 270 000 morts") == [(0, 21), (23, 44)]
    assert find_all(text, "absent") == []


def test_repeated_phrase_takes_successive_occurrences():
    gold = [gold_row("20", 20), gold_row("20", 20)]
    assert locate_gold(gold, {"d1": TEXT}) == [(6, 8), (44, 46)]


def test_span_distance():
    assert span_distance((10, 12), (5, 20)) == 0  # inside
    assert span_distance((3, 8), (5, 20)) == 0  # overlapping
    assert span_distance((0, 5), (5, 20)) == 1  # adjacent is not overlapping
    assert span_distance((25, 30), (5, 20)) == 6
    assert span_distance((0, 2), None) > 10**6


# --------------------------------------------------------------------------- matching


def test_match_needs_same_value_and_measure():
    gold = [gold_row("20 personnes ont été tuées", 20)]
    preds = [record(6, 8, 20, "injured"), record(6, 8, 21)]
    m = match(gold, preds, locate_gold(gold, {"d1": TEXT}))
    assert m.pairs == [] and m.missed == [0] and m.spurious == [0, 1]


def test_match_pairs_by_position_not_order():
    # both gold rows have key (d1, 20, killed); the predictions come in reverse text order
    gold = [gold_row("20 personnes ont été tuées", 20, place="a"), gold_row("20 morts", 20, place="b")]
    preds = [record(44, 52, 20, place="b"), record(6, 32, 20, place="a")]
    m = match(gold, preds, locate_gold(gold, {"d1": TEXT}))
    assert m.pairs == [(0, 1), (1, 0)]
    assert m.missed == [] and m.spurious == []


def test_match_extra_prediction_is_false_positive():
    gold = [gold_row("20 morts", 20)]
    preds = [record(6, 8, 20), record(44, 46, 20)]
    m = match(gold, preds, locate_gold(gold, {"d1": TEXT}))
    assert m.pairs == [(0, 1)]  # the one inside "20 morts", not the first in the list
    assert m.spurious == [0]


def test_match_other_document_never_pairs():
    gold = [gold_row("20 morts", 20)]
    preds = [{**record(44, 46, 20), "doc_id": "d2"}]
    m = match(gold, preds, locate_gold(gold, {"d1": TEXT}))
    assert m.pairs == [] and m.missed == [0] and m.spurious == [0]


def test_optional_gold_counts_neither_way():
    gold = [gold_row("20 morts", 20), gold_row("5 blessés", 5, "injured", optional=True)]
    both = score(gold, [record(44, 46, 20), record(53, 54, 5, "injured")], {"d1": TEXT})
    one = score(gold, [record(44, 46, 20)], {"d1": TEXT})
    for result in (both, one):
        assert (result.overall.tp, result.overall.fp, result.overall.fn) == (1, 0, 0)
    assert both.optional_matched == 1 and one.optional_missed == 1


def test_scores_precision_recall_f1():
    gold = [gold_row("20 personnes ont été tuées", 20), gold_row("20 morts", 20), gold_row("5 blessés", 5, "injured")]
    preds = [record(6, 8, 20), record(53, 54, 5, "killed"), record(0, 4, 1)]
    result = score(gold, preds, {"d1": TEXT}, {"d1": "fr"})
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (1, 2, 2)
    assert result.overall.precision == pytest.approx(1 / 3)
    assert result.overall.recall == pytest.approx(1 / 3)
    assert result.overall.f1 == pytest.approx(1 / 3)
    assert result.by_lang["fr"].tp == 1
    kinds = sorted(e["kind"] for e in result.errors)
    assert kinds == ["FN", "FN", "FP", "FP"]
    fn_sentences = {e["sentence"] for e in result.errors if e["kind"] == "FN"}
    assert "Le bilan: 20 morts et 5 blessés, selon l'OSDH." in fn_sentences


def test_field_accuracy_on_matched_rows_only():
    gold = [gold_row("20 morts", 20, low=20, high=20, place=None, period_start="2016-10-07", group="people"),
            gold_row("5 blessés", 5, "injured", low=5, high=5, place="aleppo", group="people")]
    preds = pd.DataFrame([
        record(44, 46, 20, low=20, high=None, place=None, period_start="2016-10-07T00:00", group="people"),
        record(53, 54, 5, "injured", low=5, high=5, place="syria", group="people"),
        record(0, 4, 99, low=0, high=0, place="x"),  # unmatched: must not enter field accuracy
    ])
    result = score(gold, preds, {"d1": TEXT})
    assert result.fields["low"]["all"] == (2, 2)
    assert result.fields["high"]["all"] == (1, 2)  # null vs 20
    assert result.fields["place"]["all"] == (1, 2)  # null == null right, aleppo vs syria wrong
    assert result.fields["period_start"]["all"] == (1, 1)  # only one gold row annotates it; date part compared
    wrong = {(e["field"], e["gold"], e["predicted"]) for e in result.errors if e["kind"] == "field"}
    assert wrong == {("high", 20, None), ("place", "aleppo", "syria")}


def test_same_field_normalises_nulls_and_types():
    assert same_field("high", None, float("nan"))
    assert same_field("high", None, pd.NA)
    assert same_field("low", 20, 20.0)
    assert not same_field("low", 20, 21)
    assert same_field("cumulative", False, None)
    assert same_field("cumulative", True, "true")
    assert not same_field("place", None, "syria")


@pytest.mark.parametrize("gold, predicted", [
    ("John Kerry", "Kerry"),  # named more or less fully
    ("Rami Abdel Rahmane (OSDH)", "Rami Abdel Rahmane"),
    ("des responsables locaux", "responsables locaux"),
    ("l’ONU", "l'Onu"),
    ("SOHR", "l'OSDH"),  # one originator, two languages
    ("a tally by AFP", "AFP"),
    ("M. Nugroho", "Sutopo Purwo Nugroho"),  # a courtesy title names no one
    ("John Lee", "Mr. Lee"),
    ("La Sûreté du Québec (SQ)", "SQ"),  # a name and its own bracketed acronym, however short (acc-r99)
])
def test_same_source_named_more_or_less_fully(gold, predicted):
    assert same_field("attribution", gold, predicted)


@pytest.mark.parametrize("gold, predicted", [
    ("U.N. refugee agency", "U"),  # a letter names nothing
    ("OCHA", "on"),
    ("Oleg Synegoubov", "gouverneur régional"),
    ("television publique syrienne", "Alep-Ouest"),
    ("officials", None),
])
def test_other_or_missing_source_does_not_match(gold, predicted):
    assert not same_field("attribution", gold, predicted)


def test_negatives_count_overlapping_records():
    text = "Un homme d'une trentaine d'années a été tué."
    negatives = [{"doc": "d1", "text": "une trentaine d'années"}, {"doc": "d1", "text": "not in text"}]
    preds = [{"doc_id": "d1", "start": 9, "end": 23, "value": 30, "measure": "killed", "text": "une trentaine"}]
    result = score([], preds, {"d1": text}, negatives=negatives)
    assert len(result.negative_hits) == 1
    assert [u["text"] for u in result.negatives_unlocated] == ["not in text"]
    assert result.overall.fp == 1  # the doc is annotated (it has negatives), so the record is scored


def test_matched_record_running_over_a_negative_is_not_a_hit():
    text = "Près de 400 000 Maliens ont fui leur foyer depuis 2012."
    gold = [{"doc": "d1", "text": "Près de 400 000 Maliens ont fui leur foyer depuis 2012", "value": 400000,
             "measure": "displaced"}]
    preds = [{"doc_id": "d1", "start": 0, "end": 54, "value": 400000, "measure": "displaced"},
             {"doc_id": "d1", "start": 50, "end": 54, "value": 2012, "measure": "displaced"}]
    result = score(gold, preds, {"d1": text}, negatives=[{"doc": "d1", "text": "depuis 2012"}])
    assert [h["value"] for h in result.negative_hits] == [2012]


def test_records_of_unannotated_docs_are_not_scored():
    result = score([gold_row("20 morts", 20)], [record(44, 46, 20), {**record(0, 2, 3), "doc_id": "other"}],
                   {"d1": TEXT, "other": "xx"})
    assert result.overall.fp == 0 and result.unannotated_records == 1


# --------------------------------------------------------------------------- gold files


def test_bad_gold_line_names_file_and_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "a", "value": 3, "measure": "killed"}\n\n{"doc": "a", "value": 3\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"gold\.jsonl:3: not valid JSON"):
        load_gold(gold)
    gold.write_text('{"doc": "a", "value": "three", "measure": "killed"}\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"gold\.jsonl:1: 'value' must be a number"):
        load_gold(gold)


def test_eval_command_exits_2_on_bad_gold(tmp_path, capsys):
    cli = pytest.importorskip("checker.cli")
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "a", "measure": "killed"}\n', encoding="utf-8")
    try:
        code = cli.main(["eval", "--gold", str(gold), str(tmp_path)])
    except ImportError as exc:  # another subcommand module not written yet
        pytest.skip(f"CLI incomplete: {exc}")
    assert code == 2
    assert f"{gold}:1: gold row has no 'value'" in capsys.readouterr().err


def test_seed_gold_scores_perfectly_against_itself():
    """The scorer on real fixtures, without the extractor: gold turned into records scores 1.0."""
    gold = load_gold(SEEDS / "gold.jsonl")
    texts = {p.name.split("_")[0]: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    spans = locate_gold(gold, texts)
    assert all(s is not None for s in spans), "every seed gold phrase must be found in its article"
    preds = [{**g, "doc_id": g["doc"], "start": s[0], "end": s[1]} for g, s in zip(gold, spans)]
    result = score(gold, preds, texts)
    assert result.overall.f1 == 1.0
    assert all(result.field_accuracy(f) == 1.0 for f in result.fields)
    shifted = [{**p, "value": p["value"] + 1} if i % 2 else p for i, p in enumerate(preds)]
    assert score(gold, shifted, texts).overall.f1 < 0.7


# --------------------------------------------------------------------------- extraction accuracy


@pytest.fixture(scope="module")
def seed_eval():
    return evaluate_batch(SEEDS / "gold.jsonl", [SEEDS], manifest=SEEDS / "manifest.csv",
                          negatives_path=SEEDS / "negatives.jsonl")


def _explain(result) -> str:
    return json.dumps(result.errors[:15], ensure_ascii=False, indent=1)


def test_seed_batch_f1(seed_eval):
    assert not seed_eval.gold_docs_missing
    assert seed_eval.overall.f1 >= SEED_MIN_F1, _explain(seed_eval)


@pytest.mark.parametrize("name", ["low", "high", "group", "place", "period_start", "period_end"])
def test_seed_batch_field_accuracy(seed_eval, name):
    assert name in seed_eval.fields and seed_eval.fields[name]["all"][1] > 0, "no matched rows"
    assert seed_eval.field_accuracy(name) >= SEED_MIN_FIELD, _explain(seed_eval)


def test_seed_batch_extracts_no_negative(seed_eval):
    assert seed_eval.negatives_total > 0
    assert not seed_eval.negatives_unlocated
    assert seed_eval.negative_hits == []


def test_dev_passages_f1():
    result = evaluate_batch(DEV / "gold.jsonl", [DEV], manifest=DEV / "manifest.csv",
                            negatives_path=DEV / "negatives.jsonl")
    assert not result.gold_docs_missing
    assert result.overall.f1 >= DEV_MIN_F1, _explain(result)


def test_offtopic_passages_give_almost_no_false_record():
    """Most articles a newsroom checks are about something else: every record extracted from them
    that is not in the gold is a false figure in the report."""
    result = evaluate_batch(OFFTOPIC / "gold.jsonl", [OFFTOPIC], manifest=OFFTOPIC / "manifest.csv",
                            negatives_path=OFFTOPIC / "negatives.jsonl")
    assert not result.gold_docs_missing and result.negatives_total > 100
    assert result.overall.fp <= OFFTOPIC_MAX_FALSE_RECORDS, _explain(result)
    assert result.overall.recall >= OFFTOPIC_MIN_RECALL, _explain(result)


def test_gold_and_negatives_beside_the_articles_are_not_read_as_articles():
    """`eval --gold fixtures/seeds/gold.jsonl fixtures/seeds/`: the annotation files in the folder
    are neither articles nor worth a warning."""
    from checker.problems import ProblemLog

    log = ProblemLog(stream=None)
    result = evaluate_batch(SEEDS / "gold.jsonl", [SEEDS], manifest=SEEDS / "manifest.csv",
                            negatives_path=SEEDS / "negatives.jsonl", log=log)
    assert result.overall.f1 > 0.9
    assert [str(p) for p in log.problems] == []
