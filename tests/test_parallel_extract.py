"""`--jobs`: extraction in worker processes gives the same records in the same order, reports a
failing article like one job does, and never reads the batch far ahead (memory stays flat)."""
from __future__ import annotations

from pathlib import Path

import pytest

import checker.pipeline as pipeline
from checker.pipeline import extract_batch
from checker.problems import ProblemLog
from checker.schema import Article

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "passages" / "dev"


def _dump(jobs: int):
    log = ProblemLog(stream=None)
    out = [(a.doc_id, [r.to_dict() for r in rs])
           for a, rs in extract_batch([DEV], manifest=DEV / "manifest.csv", log=log, jobs=jobs)]
    return out, [str(p) for p in log.problems]


def test_two_jobs_give_the_same_records_in_the_same_order():
    assert _dump(2) == _dump(1)


def test_a_failing_article_is_reported_and_the_rest_extracted(monkeypatch):
    real = pipeline.extract_article

    def flaky(article):
        if article.doc_id == "dev03-el-fasher":
            raise RuntimeError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", flaky)  # inherited by the forked workers
    records, problems = _dump(2)
    assert "dev03-el-fasher" not in {doc for doc, _ in records} and len(records) > 50
    assert any("dev03-el-fasher" in p and "extraction failed (RuntimeError: boom)" in p for p in problems)


def test_workers_do_not_read_the_batch_ahead():
    consumed = 0

    def articles():
        nonlocal consumed
        for i in range(2000):
            consumed += 1
            yield Article(doc_id=f"a{i}", text="Trois personnes ont été tuées.", lang="fr")

    stream = pipeline._extract_in_processes(articles(), 2)
    next(stream)
    bound = (2 * pipeline.IN_FLIGHT_PER_JOB + 1) * pipeline.CHUNK
    assert consumed <= bound
    assert sum(1 for _ in stream) == 1999


def test_jobs_zero_means_every_core_and_negative_is_refused():
    assert pipeline.resolve_jobs(0) >= 1 and pipeline.resolve_jobs(3) == 3
    with pytest.raises(ValueError):
        pipeline.resolve_jobs(-1)


def test_a_chunk_whose_result_never_comes_back_is_extracted_here():
    class Lost:
        def get(self, timeout=None):
            raise RuntimeError("worker died")

    article = Article(doc_id="x", text="Trois personnes ont été tuées.", lang="fr")
    [(back, (records, failure))] = list(pipeline._collect(([article], Lost())))
    assert back is article and failure is None and [r.value for r in records] == [3]
