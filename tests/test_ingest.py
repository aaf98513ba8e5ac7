"""Ingest contracts: every bad-input case gets one message naming its file (and line), and the
rest of the batch is still read. Fixtures live in fixtures/bad-input and fixtures/html."""
from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from checker.ingest import read_articles
from checker.ingest.language import supported
from checker.problems import ProblemLog

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "fixtures" / "bad-input"
SEEDS = ROOT / "fixtures" / "seeds"
PAGE = ROOT / "fixtures" / "html" / "000_kerry_page.html"


def read(paths, manifest=None, **kw):
    log = ProblemLog(stream=None)
    articles = list(read_articles([str(p) for p in paths], manifest=str(manifest) if manifest else None, log=log, **kw))
    return {a.doc_id: a for a in articles}, log


def problems(log, name, level=None):
    return [p for p in log.problems if Path(p.path).name == name and (level is None or p.level == level)]


def one(log, name, level, needle, line=None):
    hits = [p for p in problems(log, name, level) if needle in p.message and (line is None or p.line == line)]
    assert len(hits) == 1, (name, level, needle, [str(p) for p in log.problems])
    return hits[0]


@pytest.fixture(scope="module")
def batch():
    return read([BAD, BAD / "no-text.json", BAD / "nope.txt"], manifest=BAD / "manifest.csv")


def test_seed_batch_reads_with_manifest_and_skips_annotation_files():
    arts, log = read([SEEDS], manifest=SEEDS / "manifest.csv")
    assert sorted(arts) == ["000", "001", "002", "003", "004"]
    assert arts["000"].published == date(2016, 10, 7) and arts["000"].lang == "fr"
    assert arts["000"].agency == "ats/afp" and arts["003"].source == "CNN"
    assert arts["000"].text == (SEEDS / "000_b5224207a4bc49d2.txt").read_text(encoding="utf-8")
    assert log.rejected == 0
    one(log, "gold.jsonl", "warning", "not an article file")
    one(log, "negatives.jsonl", "warning", "not an article file")
    assert not problems(log, "manifest.csv")  # the manifest is not read as an article


def test_supported_languages_come_from_lang_folders():
    assert set(supported()) >= {"en", "fr"}
    assert all((ROOT / "checker" / "lang" / code / "numbers.yaml").is_file() for code in supported())


def test_good_articles_survive_a_bad_batch(batch):
    arts, _ = batch
    assert {"ok-1", "bad-date", "no-date", "no-lang", "datetime", "unparsable-date",
            "csv-ok", "csv-bad-date", "cp1252", "impossible-date"} <= set(arts)
    assert not {"empty-text", "no-text", "german", "csv-empty", "spanish", "broken"} & set(arts)


def test_binary_file(batch):
    one(batch[1], "binary.txt", "error", "binary file")


def test_legacy_encoding_is_kept_with_a_warning(batch):
    arts, log = batch
    one(log, "cp1252.txt", "warning", "cp1252")
    assert "été tuées à Alep" in arts["cp1252"].text


def test_undecodable_file(batch):
    one(batch[1], "undecodable.txt", "error", "not UTF-8")


def test_empty_and_blank_files(batch):
    one(batch[1], "empty.txt", "error", "empty file")
    one(batch[1], "blank.txt", "error", "only whitespace")


def test_malformed_json_file_names_the_line(batch):
    one(batch[1], "malformed.json", "error", "malformed JSON", line=4)


def test_json_without_text_named_explicitly_is_an_error_in_a_folder_a_warning(batch):
    one(batch[1], "no-text.json", "error", "no 'text' field")
    one(batch[1], "no-text.json", "warning", "not an article file")


def test_jsonl_lines(batch):
    arts, log = batch
    one(log, "articles.jsonl", "error", "malformed JSON", line=2)
    one(log, "articles.jsonl", "error", "empty text", line=3)
    one(log, "articles.jsonl", "error", "no 'text' field", line=4)
    one(log, "articles.jsonl", "error", "'2016-02-30'", line=5)
    one(log, "articles.jsonl", "error", "language 'de' is not supported (supported: en, fr)", line=6)
    one(log, "articles.jsonl", "warning", "time-ordering rules skip it", line=7)
    one(log, "articles.jsonl", "warning", "language inferred as fr", line=8)
    one(log, "articles.jsonl", "error", "'07/10/2016' is ambiguous", line=10)
    assert arts["bad-date"].published is None and arts["no-date"].published is None
    assert arts["no-lang"].lang == "fr" and "language inferred as fr" in arts["no-lang"].warnings
    assert arts["datetime"].published == date(2016, 10, 7) and arts["datetime"].lang == "en"
    assert arts["ok-1"].line_offset == 0 and arts["no-lang"].line_offset == 7  # lines before the object


def test_csv_rows(batch):
    arts, log = batch
    one(log, "articles.csv", "error", "'2016-13-01'", line=3)
    one(log, "articles.csv", "error", "empty text", line=4)
    assert arts["csv-ok"].agency == "AFP" and arts["csv-ok"].published == date(2016, 11, 20)
    assert arts["csv-ok"].line_offset == 1


def test_csv_quote_errors_name_their_row_and_spare_the_others(tmp_path):
    """A stray or unclosed quote is reported on its row; rows before and after are still read
    (an unclosed quote does not swallow the rest of the file into one article's text)."""
    (tmp_path / "stray.csv").write_text(
        "id,text,published,lang\n"
        "s1,Ten people died in Kenya,2024-01-01,en\n"
        's2,"bad "quote" inside",2024-01-01,en\n'
        "s3,Five people died in Kenya,2024-01-02,en\n", encoding="utf-8")
    (tmp_path / "unclosed.csv").write_text(
        "id,text,published,lang\n"
        "u1,Ten people died in Kenya,2024-01-01,en\n"
        'u2,"never closed,2024-01-01,en\n'
        "u3,Five people died,2024-01-02,en\n", encoding="utf-8")
    arts, log = read([tmp_path / "stray.csv", tmp_path / "unclosed.csv"])
    one(log, "stray.csv", "error", "malformed CSV", line=3)
    one(log, "unclosed.csv", "error", "never closed", line=3)
    assert {"s1", "s3", "u1"} <= set(arts) and "u2" not in arts


def test_manifest_problems_name_manifest_and_line(batch):
    arts, log = batch
    one(log, "manifest.csv", "error", "'2016-02-30'", line=4)  # the line of an article of the batch: an error
    one(log, "manifest.csv", "warning", "matches no article", line=5)
    # one message for the unsupported language, at the article it costs, naming the manifest line
    one(log, "spanish.txt", "error", "language 'de' is not supported (supported: en, fr) (given by manifest.csv line 3)")
    assert not problems(log, "manifest.csv", "error")[1:]
    assert arts["impossible-date"].published is None and arts["cp1252"].source == "outlet-x"


def test_nonexistent_path(batch):
    one(batch[1], "nope.txt", "error", "no such file")


def test_no_manifest_doc_id_is_file_stem_and_language_inferred():
    arts, log = read([SEEDS / "003_952fe97d74e52f14.txt"])
    art = arts["003_952fe97d74e52f14"]
    assert art.lang == "en" and art.published is None
    one(log, "003_952fe97d74e52f14.txt", "warning", "language inferred as en")
    one(log, "003_952fe97d74e52f14.txt", "warning", "time-ordering rules skip it")


def test_huge_article_file_is_refused_without_reading(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(21_000_000)  # sparse: over the default 20 MB limit
    ok = tmp_path / "ok.txt"
    ok.write_text("Au moins 20 personnes ont été tuées.", encoding="utf-8")
    arts, log = read([tmp_path])
    one(log, "huge.txt", "error", "over the 20 MB limit")
    assert "ok" in arts


def test_long_text_in_a_streamed_file(tmp_path):
    path = tmp_path / "long.jsonl"
    rows = [{"id": "long", "text": "mort " * 300, "lang": "fr"}, {"id": "short", "text": "Trois morts.", "lang": "fr"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    arts, log = read([path], max_text_chars=1000)
    one(log, "long.jsonl", "error", "over the limit", line=1)
    assert list(arts) == ["short"]


def test_bom_is_stripped_and_windows_line_ends_read_as_newlines(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffAu moins 20 morts.\r\nSelon l'OSDH.".encode("utf-8"))
    arts, _ = read([path])
    assert arts["bom"].text == "Au moins 20 morts.\nSelon l'OSDH."


def test_unsupported_suffix_named_explicitly(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("hello", encoding="utf-8")
    _, log = read([path])
    one(log, "notes.md", "error", "unsupported file type")


def test_json_shapes_and_manifest_match_by_id(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"id": "a", "text": "Deux morts.", "lang": "fr"}]), encoding="utf-8")
    (tmp_path / "wrapped.json").write_text(json.dumps({"articles": [{"id": "b", "text": "Two dead.", "lang": "en"}]}), encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"id": "a", "published": "2016-10-07", "source": "AFP"}) + "\n", encoding="utf-8")
    arts, log = read([tmp_path], manifest=manifest)
    assert arts["a"].published == date(2016, 10, 7) and arts["a"].source == "AFP"
    assert arts["b"].lang == "en" and log.rejected == 0


def test_html_page_main_text_and_metadata():
    arts, log = read([PAGE])
    art = arts["000_kerry_page"]
    assert "Envie d'afficher" not in art.text and "Connectez-vous" not in art.text
    assert "20 personnes ont été tuées et 100 blessées" in art.text
    assert art.published == date(2016, 10, 7) and art.lang == "fr"
    assert art.title and "Kerry" in art.title and art.url and art.url.startswith("https://")
    one(log, PAGE.name, "warning", "publication date taken from the page")
    assert log.rejected == 0


def test_read_articles_is_lazy(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": f"{i} morts.", "lang": "fr"}) + "\n" for i in range(1000)),
                    encoding="utf-8")
    stream = read_articles([str(path)], log=ProblemLog(stream=None))
    assert next(stream).doc_id == "0"  # a generator: nothing is read ahead


def test_a_draft_named_alone_does_not_warn_about_the_rest_of_the_manifest():
    """`check draft.txt --manifest manifest.csv`: the manifest's other lines are the collection, not errors."""
    arts, log = read([SEEDS / "002_0ea82a415cdd3088.txt"], manifest=SEEDS / "manifest.csv")
    assert list(arts) == ["002"] and arts["002"].published == date(2016, 11, 20)
    assert not [p for p in log.problems if "matches no article" in str(p)]


def test_a_report_left_among_the_articles_is_skipped_not_read(tmp_path):
    """'check articles/ --html articles/report.html' run twice: the second run must not read the
    first run's report as an article (a warning, no rejection), and naming it is an error."""
    template = (ROOT / "checker" / "report" / "templates" / "report.html.j2").read_text(encoding="utf-8")
    from checker.ingest.html import REPORT_MARK
    assert REPORT_MARK in template
    (tmp_path / "a.txt").write_text("Au moins 12 personnes ont été tuées samedi.", encoding="utf-8")
    (tmp_path / "report.html").write_text(f"<html><head>{REPORT_MARK}\"></head><body><p>Found 3 findings in 40 articles</p></body></html>",
                                          encoding="utf-8")
    articles, log = read([tmp_path])
    assert len(articles) == 1
    assert [p.level for p in problems(log, "report.html")] == ["warning"]
    assert log.rejected == 0
    _, log = read([tmp_path / "report.html"])
    assert [p.level for p in problems(log, "report.html")] == ["error"]


def test_utf16_and_utf32_text_is_read_with_a_warning(tmp_path):
    """Notepad's "Unicode" (UTF-16 with a byte-order mark) is text, not a binary file: read, with
    a warning to save as UTF-8; line-based files (JSONL, the CSV manifest) too."""
    (tmp_path / "a.txt").write_bytes("Au moins 12 morts à Alep mardi.\n".encode("utf-16"))
    (tmp_path / "b.txt").write_bytes("At least 9 people died in Aleppo.\n".encode("utf-32"))
    rows = [{"doc_id": "c", "text": "Plus de 250.000 habitants à Alep-Est.", "lang": "fr", "published": "2016-11-20"},
            {"doc_id": "d", "text": "Près de 200.000 habitants.", "lang": "fr", "published": "2016-11-21"}]
    (tmp_path / "c.jsonl").write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-16"))
    manifest = tmp_path / "manifest.csv"
    manifest.write_bytes("file,doc_id,lang,published\na.txt,a,fr,2016-11-20\nb.txt,b,en,2016-11-20\n".encode("utf-16"))
    arts, log = read([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.jsonl"], manifest=manifest)
    assert arts["a"].text == "Au moins 12 morts à Alep mardi.\n" and arts["a"].published == date(2016, 11, 20)
    assert arts["b"].text.startswith("At least 9") and arts["b"].lang == "en"
    assert arts["c"].text.startswith("Plus de 250.000") and arts["d"].published == date(2016, 11, 21)
    for name in ("a.txt", "c.jsonl", "manifest.csv"):
        one(log, name, "warning", "UTF-16 text")
    one(log, "b.txt", "warning", "UTF-32 text")
    assert log.rejected == 0


def test_a_repeated_doc_id_is_renamed_and_a_repeated_article_skipped(tmp_path):
    """Rules tell articles apart by doc_id: two articles under one id would be read as one article
    contradicting itself. Another text gets a new id; the same text read again is skipped."""
    rows = [{"doc_id": "a1", "text": "Au moins 12 morts à Alep.", "lang": "fr", "published": "2016-11-20"},
            {"doc_id": "a1", "text": "At least 13 people died in Aleppo.", "lang": "en", "published": "2016-11-20"}]
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    log = ProblemLog(stream=None)
    articles = list(read_articles([str(path), str(path)], log=log))
    assert [a.doc_id for a in articles] == ["a1", "a1~2"]
    assert articles[1].text.startswith("At least 13")
    one(log, "batch.jsonl", "warning", "checked as 'a1~2'", line=2)
    assert len(problems(log, "batch.jsonl", "warning")) == 3  # the rename, then both lines read again
    assert sum("skipped as a duplicate" in p.message for p in log.problems) == 2
    assert log.rejected == 0


def test_gzipped_articles_are_read_and_a_broken_gzip_is_one_error(tmp_path):
    """Archives of wire copy are kept compressed: "batch.jsonl.gz" streams like "batch.jsonl",
    "a.txt.gz" is matched by the manifest under its own name; a file that is not gzip data, or is
    cut short, is one error naming it."""
    import gzip

    rows = [{"doc_id": "g1", "text": "Au moins 12 morts à Alep.", "lang": "fr", "published": "2016-11-20"},
            {"doc_id": "g2", "text": "At least 13 people died in Aleppo.", "lang": "en", "published": "2016-11-21"}]
    (tmp_path / "batch.jsonl.gz").write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode()))
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress("Près de 200.000 habitants à Alep-Est.\n".encode()))
    (tmp_path / "bad.txt.gz").write_bytes(b"not gzip at all")
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(json.dumps(rows[0]).encode() * 50)[:40])
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,doc_id,lang,published\na.txt.gz,a,fr,2016-11-20\n", encoding="utf-8")
    arts, log = read([tmp_path], manifest=manifest)
    assert sorted(arts) == ["a", "g1", "g2"]
    assert arts["a"].text.startswith("Près de 200.000") and arts["a"].published == date(2016, 11, 20)
    assert arts["g2"].lang == "en"
    one(log, "bad.txt.gz", "error", "not a readable gzip file")
    assert len(problems(log, "cut.jsonl.gz", "error")) == 1
    assert log.rejected == 2


def test_a_gzip_file_over_the_size_limit_once_decompressed(tmp_path):
    import gzip

    (tmp_path / "big.txt.gz").write_bytes(gzip.compress(("Au moins 12 morts. " * 20000).encode()))
    arts, log = read([tmp_path / "big.txt.gz"], max_file_bytes=100_000)
    assert not arts
    one(log, "big.txt.gz", "error", "once decompressed")


def test_exports_that_name_the_fields_otherwise(tmp_path):
    """news-please's "maintext"/"date_publish", NewsAPI's {"articles": [...]} with "content",
    "publishedAt" and a source object, a CMS CSV with "body" and "date": read as text, published, source."""
    (tmp_path / "np.jsonl").write_text(json.dumps({"maintext": "Au moins 14 morts à Alep mardi.", "date_publish": "2016-11-20 08:00:00",
                                                   "language": "fr", "headline": "Alep"}) + "\n", encoding="utf-8")
    (tmp_path / "napi.json").write_text(json.dumps({"status": "ok", "articles": [
        {"source": {"id": "reuters", "name": "Reuters"}, "title": "Aleppo", "publishedAt": "2016-11-21T10:00:00Z",
         "content": "At least 12 people were killed in Aleppo on Monday."}]}), encoding="utf-8")
    (tmp_path / "cms.csv").write_text('id,body,date,lang,outlet\nc1,"Plus de 250.000 habitants à Alep-Est.",2016-11-22,fr,Le Monde\n',
                                      encoding="utf-8")
    arts, log = read([tmp_path])
    assert arts["np:1"].text.startswith("Au moins 14") and arts["np:1"].published == date(2016, 11, 20)
    assert arts["np:1"].lang == "fr" and arts["np:1"].title == "Alep"
    assert arts["napi:1"].source == "Reuters" and arts["napi:1"].published == date(2016, 11, 21)
    assert arts["c1"].source == "Le Monde" and arts["c1"].published == date(2016, 11, 22)
    assert log.rejected == 0


def test_a_manifest_that_names_its_columns_otherwise(tmp_path):
    (tmp_path / "a.txt").write_text("Au moins 12 morts à Alep mardi.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,language,date,outlet\na.txt,fr,2016-11-20,Le Monde\n", encoding="utf-8")
    arts, log = read([tmp_path / "a.txt"], manifest=manifest)
    assert arts["a"].published == date(2016, 11, 20) and arts["a"].lang == "fr" and arts["a"].source == "Le Monde"
    assert not log.problems


@pytest.mark.parametrize("value, day", [
    ("2016-11-20", date(2016, 11, 20)),
    ("2016-11-20T23:30:00-05:00", date(2016, 11, 20)),  # the outlet's own day
    ("Sun, 20 Nov 2016 10:00:00 GMT", date(2016, 11, 20)),  # RSS <pubDate>
    ("20 Nov 2016 23:30 +0100", date(2016, 11, 20)),
    # a month written out, in either supported language, maybe after a weekday
    ("20 novembre 2016", date(2016, 11, 20)),
    ("dimanche 20 novembre 2016", date(2016, 11, 20)),
    ("le 1er décembre 2016", date(2016, 12, 1)),
    ("Nov. 20, 2016", date(2016, 11, 20)),
    ("Sunday, November 20, 2016 10:05", date(2016, 11, 20)),
    ("20th of November 2016", date(2016, 11, 20)),
    # day and month in figures where only one order is a real date
    ("20/11/2016", date(2016, 11, 20)),
    ("11/20/2016", date(2016, 11, 20)),
    ("20.11.2016", date(2016, 11, 20)),
    ("05/05/2016", date(2016, 5, 5)),
    # year first is always year, month, day: "2016/11/20", ISO's basic form as GDELT writes it
    ("2016/11/20", date(2016, 11, 20)),
    ("20161120", date(2016, 11, 20)),
    ("20161120140500", date(2016, 11, 20)),
    ("2016-11-20 14:05:00 UTC", date(2016, 11, 20)),
])
def test_publication_dates_read(value, day):
    from checker.ingest.dates import parse_published

    assert parse_published(value) == day


@pytest.mark.parametrize("value, said", [
    ("07/10/2016", "is ambiguous: 7 October 2016 (day/month) or 10 July 2016 (month/day); write it as 2016-10-07 or 2016-07-10"),
    ("31/02/2016", "neither day/month nor month/day"),
    ("31 novembre 2016", "not a real date"),
    ("Sun, 31 Nov 2016 10:00:00 GMT", "not a real date"),
    ("20161320", "month must be in 1..12"),
    ("1479650700", "not an ISO date"),  # seconds since 1970: not a form anyone types in a manifest
    ("20/11/16", "not an ISO date"),
    ("20 brumaire 2016", "not an ISO date"),
])
def test_publication_dates_refused(value, said):
    """Ambiguous day/month orders are refused, never guessed: every window hangs on this date."""
    from checker.ingest.dates import BadDate, parse_published

    with pytest.raises(BadDate, match=re.escape(said)):
        parse_published(value)


def test_a_json_line_nested_too_deep_costs_that_line_only(tmp_path):
    """'[[[[...]]]]' blows Python's recursion limit in the JSON decoder: one error for the line,
    and the articles after it are still read (it once cost the rest of the file)."""
    good = {"text": "At least 12 people were killed in Goma on Tuesday.", "lang": "en", "published": "2024-02-03"}
    (tmp_path / "deep.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps(good) + "\n", encoding="utf-8")
    (tmp_path / "deep.json").write_text("{\"a\": " * 100_000 + "1" + "}" * 100_000, encoding="utf-8")
    arts, log = read([tmp_path / "deep.jsonl", tmp_path / "deep.json"])
    assert [a.text for a in arts.values()] == [good["text"]]
    one(log, "deep.jsonl", "error", "nested too deeply", line=1)
    one(log, "deep.json", "error", "nested too deeply")


def test_a_csv_field_over_the_limit_costs_its_row_and_the_next_row_keeps_its_line(tmp_path):
    text = "Au moins 12 personnes ont été tuées mardi à Goma."
    (tmp_path / "big.csv").write_text('text,lang,published\n"' + "x" * 2_100_000 + f'",fr,2024-01-01\n"{text}",fr,2024-01-02\n',
                                      encoding="utf-8")
    arts, log = read([tmp_path / "big.csv"])  # over the default 2,000,000 characters of text
    assert [(a.doc_id, a.text) for a in arts.values()] == [("big:3", text)]
    one(log, "big.csv", "error", "malformed CSV", line=2)


def test_a_repeated_manifest_line_is_one_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Au moins 12 personnes ont été tuées mardi à Goma.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,doc_id,lang,published,source\na.txt,a,fr,2024-01-01,x\na.txt,a,fr,2024-01-02,y\n",
                                           encoding="utf-8")
    arts, log = read([tmp_path / "a.txt"], manifest=tmp_path / "manifest.csv")
    assert arts["a"].published == date(2024, 1, 1)
    one(log, "manifest.csv", "warning", "the first line wins", line=3)


def test_a_folder_without_article_files_is_an_error(tmp_path):
    """`check drafts/` on the wrong (or an empty) folder must not pass a CI job silently."""
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    arts, log = read([tmp_path])
    assert arts == {} and log.rejected == 1
    one(log, tmp_path.name, "error", "no article files in this folder")


FRENCH = ("Au moins 12 personnes ont été tuées mardi dans des frappes sur la ville de Goma, selon la police, qui fait "
          "état de plusieurs blessés. Les secours sont sur place et le bilan pourrait encore s'alourdir, a indiqué le "
          "gouverneur de la province. Il a ajouté que les recherches se poursuivaient dans les quartiers touchés.")
SPANISH = ("Las inundaciones en Bukavu han dejado al menos 45 muertos y decenas de desaparecidos, según informaron este "
           "martes las autoridades locales, que temen que el balance aumente en las próximas horas. Los equipos de rescate "
           "siguen buscando a las personas atrapadas bajo el barro y los escombros de las viviendas.")


def test_a_text_given_the_wrong_language_is_read_in_its_own_with_a_warning(tmp_path):
    """A French dispatch marked "en" would give no figure, silently."""
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,doc_id,lang,published\na.txt,a,en,2026-11-05\n", encoding="utf-8")
    arts, log = read([tmp_path / "a.txt"], manifest=tmp_path / "manifest.csv")
    assert arts["a"].lang == "fr"
    one(log, "a.txt", "warning", "given as 'en' but the text reads as 'fr'")


def test_a_publication_year_the_text_contradicts_is_a_warning_and_the_article_is_read(tmp_path):
    """Last year's date typed in the manifest: "mardi 29 novembre" fell on a Tuesday in 2016, not in
    2015, so every "depuis mardi" of the article would be resolved a year off, silently."""
    text = ("Mardi 29 novembre, les forces gouvernementales ont repris plusieurs quartiers d'Alep-Est. "
            "Au moins 26 civils ont été tués mercredi 30 novembre dans des bombardements, selon l'OSDH.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,doc_id,lang,published\na.txt,a,fr,2015-12-01\nb.txt,b,fr,2016-12-01\n",
                                           encoding="utf-8")
    arts, log = read([tmp_path / "a.txt", tmp_path / "b.txt"], manifest=tmp_path / "manifest.csv")
    assert set(arts) == {"a", "b"} and arts["a"].published == date(2015, 12, 1) and log.rejected == 0
    one(log, "a.txt", "warning", "'Mardi 29 novembre' is a Tuesday in 2016, not in 2015, and so is its other dated weekday")
    assert not [p for p in log.problems if "b.txt" in str(p)]


def test_a_text_in_a_language_not_read_is_skipped_with_an_error(tmp_path):
    """A Spanish wire item in the folder: not guessed to be French (0 figures, exit 0), but named."""
    (tmp_path / "es.txt").write_text(SPANISH, encoding="utf-8")
    (tmp_path / "es_as_en.txt").write_text(SPANISH * 3, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,doc_id,lang\nes_as_en.txt,b,en\n", encoding="utf-8")
    arts, log = read([tmp_path / "es.txt", tmp_path / "es_as_en.txt"], manifest=tmp_path / "manifest.csv")
    assert arts == {} and log.rejected == 2
    one(log, "es.txt", "error", "the text reads as 'es'")
    one(log, "es_as_en.txt", "error", "given as 'en' but the text reads as 'es'")


@pytest.mark.parametrize("text, lang", [
    ("Al menos 45 personas murieron el martes en un ataque en Gaza, según el ministerio de Sanidad.", "es"),
    ("Almeno 45 persone sono morte martedì in un attacco a Gaza.", "it"),
    ("Gunmen kill 12 at street party in Mexico's Guanajuato state", None),  # a headline: read, as English
    ("Nigeria village attack leaves scores dead", None),
])
def test_a_one_line_brief_in_another_language_is_named_and_an_english_headline_is_not(tmp_path, text, lang):
    """A one-sentence brief leaves the language identifier less sure (Spanish 0.90, Italian 0.83)
    than a whole article; holding none of our function words settles it. Headlines hold none
    either, but the identifier gives them 0.5-0.7 for Nigerian Pidgin: they stay ours."""
    (tmp_path / "brief.txt").write_text(text + "\n", encoding="utf-8")
    arts, log = read([tmp_path / "brief.txt"])
    if lang is None:
        assert list(arts) == ["brief"] and arts["brief"].lang == "en"
    else:
        assert arts == {}
        assert [p.message for p in log.problems] == [f"the text reads as '{lang}', a language casualty-check does not "
                                                     "read (it reads en, fr); article skipped"]


def test_utf8_copy_with_a_stray_legacy_byte_keeps_its_accents_and_its_figures(tmp_path):
    """One 'à' typed in an old editor into UTF-8 copy: read as UTF-8 with that byte as cp1252,
    not the whole file as cp1252 ('Ã©tÃ© tuÃ©es': no figure left), nor the line dropped."""
    (tmp_path / "mixed.txt").write_bytes("Au moins 12 personnes ont été tuées ".encode() + b"\xe0 Goma.\n")
    early = "".join(json.dumps({"id": f"a{i}", "text": f"Au moins {i} personnes ont été tuées.", "lang": "fr",
                                "published": "2024-02-06"}, ensure_ascii=False) + "\n" for i in range(2000))
    late = b'{"id": "j2", "text": "Au moins 7 morts ' + b"\xe0" + ' Bukavu, a indiqué l\'armée.", "lang": "fr", "published": "2024-02-06"}'.encode()
    (tmp_path / "big.jsonl").write_bytes(early.encode() + late + b"\n")
    arts, log = read([tmp_path / "mixed.txt", tmp_path / "big.jsonl"])
    assert arts["mixed"].text == "Au moins 12 personnes ont été tuées à Goma.\n"
    one(log, "mixed.txt", "warning", "UTF-8 with 1 byte(s) of another encoding (first at offset 39): read as cp1252")
    assert arts["j2"].text == "Au moins 7 morts à Bukavu, a indiqué l'armée."  # past the 64 KB the encoding is chosen from
    one(log, "big.jsonl", "warning", "line is not valid UTF-8: 1 byte(s) read as cp1252", line=2001)
    assert not [p for p in log.problems if p.level == "error"]


def test_text_mis_decoded_upstream_is_repaired_and_said(tmp_path):
    """'Ã©tÃ© tuÃ©es' (UTF-8 read as cp1252 by some tool before us) holds no word the extractor
    knows: repaired, with a warning; text that merely holds 'Â' or 'Ã' before a letter is left alone."""
    (tmp_path / "moji.txt").write_text("Au moins 12 personnes ont Ã©tÃ© tuÃ©es mardi Ã  Goma, selon lâ€™armÃ©e.\n",
                                        encoding="utf-8")
    (tmp_path / "plain.txt").write_text("ÂGÉ DE 45 ANS, il a été tué à São Paulo avec 3 autres personnes.\n",
                                         encoding="utf-8")
    arts, log = read([tmp_path / "moji.txt", tmp_path / "plain.txt"])
    assert arts["moji"].text == "Au moins 12 personnes ont été tuées mardi à Goma, selon l’armée.\n"
    one(log, "moji.txt", "warning", "mis-decoded before it reached us")
    assert arts["plain"].text.startswith("ÂGÉ DE 45 ANS")
    assert not [p for p in log.problems if "plain.txt" in p.path and "decoded" in p.message]


def test_a_text_field_in_html_is_read_as_paragraphs(tmp_path):
    """News APIs give bodies as HTML fragments or with entities: tags end paragraphs (not glued into
    one sentence), entities are letters ('tu&eacute;es' is a word the extractor knows)."""
    rows = [{"id": "h1", "lang": "en", "text": "<p>At least 12 people were killed in <b>Goma</b>.</p>"
                                               "<script>var n = 99;</script><p>Another 30 were injured.<br>Police said so.</p>"},
            {"id": "h2", "lang": "fr", "text": "Au moins 12 personnes ont &eacute;t&eacute; tu&eacute;es, selon l&#8217;arm&eacute;e."},
            {"id": "h3", "lang": "en", "text": "Casualties: 3 < 5 & rising, R&D says."},
            {"id": "h4", "lang": "en", "text": "<p> </p>"}]
    (tmp_path / "api.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    arts, log = read([tmp_path / "api.jsonl"])
    assert arts["h1"].text == "At least 12 people were killed in Goma.\n\nAnother 30 were injured.\nPolice said so.\n"
    assert arts["h2"].text == "Au moins 12 personnes ont été tuées, selon l’armée."
    assert arts["h3"].text == rows[2]["text"]  # no tag, no entity: as written
    assert "h4" not in arts
    one(log, "api.jsonl", "error", "empty text (only whitespace)", line=4)


def test_invisible_characters_of_web_copy_do_not_split_words_or_numbers(tmp_path):
    (tmp_path / "web.txt").write_text("Au moins 1\u200b200 personnes ont été tu\u00adées et 30 autres bles\u00adsées.\n",
                                       encoding="utf-8")
    (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", "Près de 200.000 personnes ont été évacuées.\n"),
                                       encoding="utf-8")
    (tmp_path / "pdf.txt").write_text("At least ﬁve people were conﬁrmed dead and ﬂights were suspended.\n", encoding="utf-8")
    arts, _ = read([tmp_path / "web.txt", tmp_path / "nfd.txt", tmp_path / "pdf.txt"])
    assert arts["pdf"].text == "At least five people were confirmed dead and flights were suspended.\n"
    assert arts["web"].text == "Au moins 1200 personnes ont été tuées et 30 autres blessées.\n"
    assert arts["nfd"].text == "Près de 200.000 personnes ont été évacuées.\n"  # accents as one character each


def test_a_bad_manifest_line_about_a_file_not_checked_is_a_warning(tmp_path):
    """One shared manifest, one draft checked: a bad line about another file must not fail the run."""
    (tmp_path / "a1.txt").write_text("Au moins 12 personnes ont été tuées mardi à Goma.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,doc_id,lang,published\na1.txt,a1,fr,2026-11-05\nb.txt,b,fr,2026-02-30\n"
                                           "c.txt,c,es,2026-11-05\n", encoding="utf-8")
    arts, log = read([tmp_path / "a1.txt"], manifest=tmp_path / "manifest.csv")
    assert list(arts) == ["a1"] and log.rejected == 0
    one(log, "manifest.csv", "warning", "'2026-02-30' is not a real date", line=3)
    assert "not in this batch" in problems(log, "manifest.csv")[0].message


def test_a_manifest_saved_with_semicolons_and_a_filename_column(tmp_path):
    """A spreadsheet in a French or German locale saves "CSV" with semicolons; exports call the
    file column "filename"."""
    (tmp_path / "a.txt").write_text("Au moins 12 morts à Alep mardi.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("filename;lang;published;source\na.txt;fr;2016-11-20;Le Monde\n", encoding="utf-8")
    arts, log = read([tmp_path], manifest=manifest)
    assert arts["a"].published == date(2016, 11, 20) and arts["a"].source == "Le Monde"
    assert not log.problems


def test_column_names_as_a_spreadsheet_writes_them(tmp_path):
    """"Doc ID", "Language", "Published" (capitals, spaces) are the manifest's doc_id, lang and
    published, and an article file's "Text" its text: nothing named so is dropped silently."""
    (tmp_path / "a.txt").write_text("Au moins 12 morts à Alep mardi.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("File Name;Doc ID;Language;Published;Source\na.txt;alep-1;French;20 novembre 2016;Le Monde\n",
                        encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(json.dumps({"ID": "j1", "Text": "At least 12 people were killed in Goma.",
                                                     "Published": "Nov. 21, 2016", "Language": "EN"}) + "\n",
                                         encoding="utf-8")
    (tmp_path / "more.csv").write_text("Doc-ID,TEXT,Date,Lang\nc1,Au moins 20 morts lundi à Homs.,29/11/2016,fr\n",
                                       encoding="utf-8")
    arts, log = read([tmp_path / "a.txt", tmp_path / "more.jsonl", tmp_path / "more.csv"], manifest=manifest)
    assert not log.problems, [str(p) for p in log.problems]
    assert (arts["alep-1"].published, arts["alep-1"].source, arts["alep-1"].lang) == (date(2016, 11, 20), "Le Monde", "fr")
    assert (arts["j1"].published, arts["j1"].lang) == (date(2016, 11, 21), "en")
    assert arts["c1"].published == date(2016, 11, 29)


def test_a_manifest_whose_columns_match_nothing_is_an_error_not_a_silent_pass(tmp_path):
    (tmp_path / "a.txt").write_text("Au moins 12 morts à Alep mardi.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("article,when\na.txt,2016-11-20\n", encoding="utf-8")
    arts, log = read([tmp_path], manifest=manifest)
    assert list(arts) == ["a"]  # the batch is still read
    one(log, "manifest.csv", "error", "no 'file' or 'doc_id' column (its columns: article, when)", line=1)


def test_unknown_and_missing_manifest_columns_are_said_once(tmp_path):
    (tmp_path / "a.txt").write_text("Au moins 12 morts à Alep mardi.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,lang,datum\na.txt,fr,2016-11-20\n", encoding="utf-8")
    _, log = read([tmp_path], manifest=manifest)
    one(log, "manifest.csv", "warning", "column(s) 'datum' not read", line=1)
    one(log, "manifest.csv", "warning", "no 'published' column", line=1)


def test_a_rejected_file_s_manifest_line_is_not_also_unmatched(tmp_path):
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Au moins 12 morts à Alep mardi.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,lang,published\na.txt,fr,2016-11-20\nb.txt,fr,2016-11-20\n", encoding="utf-8")
    _, log = read([tmp_path], manifest=manifest)
    one(log, "a.txt", "error", "empty file")
    assert not problems(log, "manifest.csv")


def test_named_jsonl_with_a_textless_first_line_still_reads_its_articles(tmp_path):
    # an export that lost one article's text must not take the file's other articles with it
    path = tmp_path / "export.jsonl"
    rows = [{"id": "a1", "published": "2023-10-10"},
            {"id": "a2", "text": "20 people were killed in Gaza.", "published": "2023-10-10", "lang": "en"},
            {"id": "a3"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    arts, log = read([path])
    assert sorted(arts) == ["a2"]
    one(log, "export.jsonl", "error", "on line 1: that line is skipped", line=1)
    one(log, "export.jsonl", "error", "no 'text' field", line=3)
    assert log.rejected == 2


def test_named_jsonl_without_any_text_is_not_an_article_file(tmp_path):
    path = tmp_path / "manifest-like.jsonl"
    path.write_text('{"file": "a.txt", "published": "2023-10-10"}\n{"file": "b.txt"}\n', encoding="utf-8")
    arts, log = read([path])
    assert not arts
    one(log, "manifest-like.jsonl", "error", "not an article file", line=1)
    assert len(log.problems) == 1


def _article_and_manifest(folder: Path, *published: str) -> Path:
    """a.txt and a manifest.csv with one line for it per publication date given."""
    (folder / "a.txt").write_text("Au moins 12 personnes ont été tuées à Alep.", encoding="utf-8")
    manifest = folder / "manifest.csv"
    manifest.write_text("file,doc_id,lang,published,source\n" + "".join(f"a.txt,a,fr,{d},afp\n" for d in published),
                        encoding="utf-8")
    return manifest


def test_the_manifest_named_among_the_articles_is_not_read_as_one(tmp_path):
    # `check folder/*` names the manifest too
    manifest = _article_and_manifest(tmp_path, "2016-11-29")
    arts, log = read(sorted(tmp_path.iterdir()), manifest=manifest)
    assert sorted(arts) == ["a"]
    assert not log.problems


def test_a_repeated_manifest_line_is_warned_once(tmp_path):
    manifest = _article_and_manifest(tmp_path, "2016-11-29", "2016-11-30")
    arts, log = read([tmp_path], manifest=manifest)
    assert arts["a"].published == date(2016, 11, 29)
    one(log, "manifest.csv", "warning", "also on line 2", line=3)
    assert len(log.problems) == 1


def test_an_impossible_manifest_date_is_one_message_not_two(tmp_path):
    manifest = _article_and_manifest(tmp_path, "2016-13-01")
    arts, log = read([tmp_path], manifest=manifest)
    assert arts["a"].published is None
    one(log, "manifest.csv", "error", "not a real date", line=2)
    assert len(log.problems) == 1


def test_unlikely_publication_dates_are_warned_and_kept():
    from checker.ingest.dates import unlikely_date

    today = date(2026, 12, 5)
    assert unlikely_date(date(2026, 12, 6), today) is None  # a draft dated tomorrow
    assert "after today (2026-12-05)" in unlikely_date(date(2031, 1, 1), today)
    assert "check the year" in unlikely_date(date(1016, 11, 29), today)
    assert unlikely_date(date(1901, 1, 1), today) is None


def test_a_publication_date_after_today_is_a_warning_naming_the_line(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "20 people were killed in Homs.", "lang": "en",
                                "published": "2999-01-01"}) + "\n", encoding="utf-8")
    arts, log = read([path])
    assert arts["a"].published == date(2999, 1, 1)
    one(log, "a.jsonl", "warning", "publication date 2999-01-01 is after today", line=1)
    assert log.rejected == 0


def test_article_csv_saved_by_a_french_spreadsheet_uses_semicolons(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text('id;text;published;lang\nc1;"Au moins 20 personnes ont été tuées lundi à Homs; selon l\'OSDH.";'
                    '2016-11-29;fr\n', encoding="utf-8")
    arts, log = read([path])
    assert arts["c1"].text.endswith("selon l'OSDH.") and arts["c1"].published == date(2016, 11, 29)
    assert not log.problems


@pytest.mark.parametrize("name, data, kind", [
    ("report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF file"),
    ("draft.txt", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "Word"),
    ("page.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    ("feed.jsonl", b"%PDF-1.7\n", "a PDF file"),
])
def test_a_document_of_another_format_is_named_for_what_it_is(tmp_path, name, data, kind):
    (tmp_path / name).write_bytes(data)
    arts, log = read([tmp_path / name])
    assert not arts
    hit = one(log, name, "error", kind)
    assert "not text" in hit.message and len(log.problems) == 1


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_are_read_as_line_ends(tmp_path, newline):
    from checker.extract import extract_article

    text = "Bilan à Alep\n\nAu moins 12 personnes ont été tuées lundi à Alep.\nDeux enfants figurent parmi les morts.\n"
    (tmp_path / "unix.txt").write_text(text, encoding="utf-8")
    (tmp_path / "other.txt").write_bytes(text.replace("\n", newline).encode("utf-8"))
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,doc_id,lang,published\nunix.txt,unix,fr,2016-11-29\nother.txt,other,fr,2016-11-29\n",
                        encoding="utf-8")
    arts, log = read([tmp_path], manifest=manifest)
    assert arts["other"].text == text and not log.problems

    def where(doc):
        return [(r.value, r.measure, r.place, r.period_start, r.line, r.column) for r in extract_article(arts[doc])]

    assert where("other") == where("unix") and where("unix")


def test_spaces_at_line_ends_and_lines_of_spaces_are_dropped(tmp_path):
    # copy pasted from a web page: "\n \n" must still end the headline as a blank line does
    text = "Bilan à Alep\n\nAu moins 12 personnes ont été tuées lundi à Alep.\nDeux enfants figurent parmi les morts.\n"
    (tmp_path / "pasted.txt").write_text(text.replace("\n", " \n").replace("\n \n", "\n\u00a0\t\n"), encoding="utf-8")
    arts, log = read([tmp_path / "pasted.txt"])
    assert arts["pasted"].text == text and not [p for p in log.problems if p.level == "error"]


def test_a_short_legacy_file_whose_accents_two_code_pages_share_is_read(tmp_path):
    """A brief saved by an old editor in Latin-1, its one non-ASCII byte an 'é': charset-normalizer
    names cp1250, which reads that byte as cp1252 does; the file is read, with the warning, not refused."""
    (tmp_path / "latin1.txt").write_bytes(b"Le bilan \xe9tait de 12 morts mardi.\n")
    arts, log = read([tmp_path / "latin1.txt"])
    assert arts["latin1"].text == "Le bilan était de 12 morts mardi.\n"
    one(log, "latin1.txt", "warning", "not UTF-8: decoded as cp1252")
    assert not [p for p in log.problems if p.level == "error"]


def test_a_pdf_or_word_file_in_a_folder_is_named_not_passed_over(tmp_path):
    """An editor drops a PDF among the articles: its figures are not checked, and the run says so
    (a warning: found in a folder, not named); images and notes pass unnamed."""
    (tmp_path / "a.txt").write_text("Au moins 12 personnes ont été tuées mardi à Goma.\n", encoding="utf-8")
    (tmp_path / "rapport.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "note.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "notes.md").write_text("# notes\n", encoding="utf-8")
    arts, log = read([tmp_path])
    assert list(arts) == ["a"]
    one(log, "rapport.pdf", "warning", "skipped: a PDF file is not read")
    one(log, "note.docx", "warning", "skipped: a Word file is not read")
    assert not problems(log, "photo.png") and not problems(log, "notes.md")
    assert not [p for p in log.problems if p.level == "error"]
    arts, log = read([tmp_path / "rapport.pdf"])  # named: an error, with the same advice
    one(log, "rapport.pdf", "error", "unsupported file type '.pdf'")
    assert "a PDF file is not read; save its text as .txt" in log.problems[0].message


def test_a_cms_export_s_date_column_is_read_or_named(tmp_path):
    """'Publish Date' (a CMS export's name) is the publication date; a date column under a name
    not read ('Date de publication') gets one warning naming it, not only an undated warning per row."""
    body = "Au moins 12 personnes ont été tuées mardi à Goma."
    (tmp_path / "export.csv").write_text(f'ID,Headline,Body,Publish Date,Section\n1,Goma,"{body}",2024-02-06,Monde\n',
                                         encoding="utf-8")
    (tmp_path / "export-fr.csv").write_text(f'ID,Titre,Body,Date de publication\n2,Goma,"{body} Bis.",2024-02-06\n',
                                            encoding="utf-8")
    arts, log = read([tmp_path / "export.csv", tmp_path / "export-fr.csv"])
    assert arts["1"].published == date(2024, 2, 6) and arts["1"].title == "Goma"
    assert not [p for p in problems(log, "export.csv") if "date" in p.message]
    one(log, "export-fr.csv", "warning", "column 'Date de publication' not read as the publication date", line=1)
    assert arts["2"].published is None


def test_a_page_saved_complete_is_read_without_its_resources_folder(tmp_path):
    """A browser's "Web page, complete" writes 'Page.html' and 'Page_files/' (French Firefox:
    'Page_fichiers/') with the page's ads and consent frames as HTML: those are not articles.
    A folder of that name with no page beside it is read as any other."""
    page = "<html><head><title>Toll</title></head><body><article><p>At least 12 people were killed on Tuesday in Goma, the army said.</p></article></body></html>"
    ad = "<html><body><p>Sponsored: the 3 best offers of 2023, 845 partners</p></body></html>"
    (tmp_path / "Goma toll.html").write_text(page, encoding="utf-8")
    for folder in ("Goma toll_files", "Goma toll_fichiers", "other_files"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "frame.html").write_text(ad, encoding="utf-8")
    arts, log = read([tmp_path])
    assert sorted(a.path.split("/")[-2] if "_f" in a.path else "page" for a in arts.values()) == ["other_files", "page"]


def test_a_saved_page_s_copyright_year_is_no_publication_date(tmp_path):
    """A page saved from a site with no date in its markup: the footer's '© 2021' was read as
    published on 1 January 2021 (htmldate's search of the text), and every window hung on it.
    A date written out in the text is used, said to be a guess, and --published wins over it."""
    from checker.ingest import BatchDefaults

    body = ("<p>Le bilan du séisme qui a frappé le Maroc vendredi soir s'est alourdi à 2.012 morts, a annoncé "
            "dimanche le ministère de l'Intérieur.</p><p>Au moins 2.059 personnes ont été blessées.</p>")
    page = ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Séisme</title></head><body>"
            "<article><h1>Séisme : le bilan s'alourdit</h1>{lead}" + body + "</article>"
            "<footer>© 2021 Le Journal. Tous droits réservés.</footer></body></html>")
    (tmp_path / "footer.html").write_text(page.format(lead=""), encoding="utf-8")
    (tmp_path / "dated.html").write_text(page.format(lead="<p>Published September 10, 2023</p>"), encoding="utf-8")
    arts, log = read([tmp_path / "footer.html", tmp_path / "dated.html"])
    assert arts["footer"].published is None
    one(log, "footer.html", "warning", "no publication date")
    assert arts["dated"].published == date(2023, 9, 10)
    one(log, "dated.html", "warning", "publication date guessed from the page's text (2023-09-10)")
    arts, log = read([tmp_path / "dated.html"], defaults=BatchDefaults(published=date(2023, 9, 11)))
    assert arts["dated"].published == date(2023, 9, 11) and not problems(log, "dated.html", "warning")


def test_an_article_the_manifest_has_no_line_for_is_named_in_its_undated_warning(tmp_path):
    """A folder's manifest lists a.txt but not b.txt: b.txt's 'no publication date' says that the
    manifest has no line for it, instead of only 'give one in a manifest' to a user who gave one."""
    (tmp_path / "a.txt").write_text("Au moins 12 personnes ont été tuées mardi à Goma.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Au moins 14 personnes ont été tuées mardi à Goma.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,lang,published\na.txt,fr,2024-02-06\n", encoding="utf-8")
    arts, log = read([tmp_path], manifest=manifest)
    assert arts["a"].published == date(2024, 2, 6) and arts["b"].published is None
    one(log, "b.txt", "warning", "no publication date")
    assert problems(log, "b.txt", "warning")[-1].message.endswith("manifest.csv has no line for b.txt")
    assert not problems(log, "a.txt")


@pytest.mark.parametrize("shown, ambiguous_read_as", [
    ("30/04/2016", date(2016, 10, 7)),   # a Paris spreadsheet: day first
    ("04/30/2016", date(2016, 7, 10)),   # a New York one: month first
])
def test_a_manifest_reads_its_ambiguous_dates_in_the_order_its_other_dates_show(tmp_path, shown, ambiguous_read_as):
    """A manifest exported from a spreadsheet writes every date one way; '30/04/2016' on one line
    says how '07/10/2016' on another is meant. One warning says so, naming the lines and the
    date that decided; no error, and the article keeps its date."""
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("At least 12 people were killed in Goma on Tuesday.", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"file;lang;published\na.txt;en;{shown}\nb.txt;en;07/10/2016\n", encoding="utf-8")
    arts, log = read([tmp_path / "a.txt", tmp_path / "b.txt"], manifest=manifest)
    assert arts["b"].published == ambiguous_read_as
    assert not problems(log, "m.csv", "error")
    order = "day/month" if shown.startswith("30") else "month/day"
    one(log, "m.csv", "warning", f"(line 3) are read as {order}/year, the order '{shown}' shows", line=3)


def test_a_manifest_whose_dates_disagree_leaves_ambiguous_ones_an_error(tmp_path):
    """'30/04/2016' and '04/30/2016' in one file: no order to go by, so '07/10/2016' is not guessed."""
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text("At least 12 people were killed in Goma on Tuesday.", encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("file,lang,published\na.txt,en,30/04/2016\nb.txt,en,04/30/2016\nc.txt,en,07/10/2016\n",
                        encoding="utf-8")
    arts, log = read([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"], manifest=manifest)
    assert arts["c"].published is None and arts["a"].published == arts["b"].published == date(2016, 4, 30)
    one(log, "m.csv", "error", "'07/10/2016' is ambiguous", line=4)


def test_a_spreadsheet_of_articles_reads_its_ambiguous_dates_in_its_own_order(tmp_path):
    """An articles.csv exported in Paris: '30/04/2016' on its last row decides how the '07/10/2016'
    of its first is read, as in a manifest; one warning for the file, no error."""
    path = tmp_path / "articles.csv"
    path.write_text("id,lang,published,text\n"
                    "a,fr,07/10/2016,Au moins 12 personnes ont été tuées mardi à Goma.\n"
                    "b,fr,30/04/2016,Au moins 3 personnes ont été tuées mardi à Goma.\n", encoding="utf-8")
    arts, log = read([path])
    assert arts["a"].published == date(2016, 10, 7) and arts["b"].published == date(2016, 4, 30)
    assert not problems(log, "articles.csv", "error")
    one(log, "articles.csv", "warning", "(line 2) are read as day/month/year, the order '30/04/2016' shows", line=2)


def test_a_jsonl_feed_reads_its_ambiguous_dates_in_its_own_order(tmp_path):
    """A JSONL export whose dates are in figures: '30/04/2016' on a later line decides the
    '07/10/2016' of its first, as in a spreadsheet; a bad line is still said and skipped."""
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "a", "lang": "fr", "published": "07/10/2016", "text": "Au moins 12 personnes ont été tuées mardi à Goma."},
            {"id": "b", "lang": "fr", "published": "30/04/2016", "text": "Au moins 3 personnes ont été tuées mardi à Goma."}]
    path.write_text(json.dumps(rows[0]) + "\n{not json\n" + json.dumps(rows[1]) + "\n", encoding="utf-8")
    arts, log = read([path])
    assert arts["a"].published == date(2016, 10, 7) and arts["b"].published == date(2016, 4, 30)
    one(log, "feed.jsonl", "error", "malformed JSON", line=2)
    one(log, "feed.jsonl", "warning", "(line 1) are read as day/month/year, the order '30/04/2016' shows", line=1)


@pytest.mark.parametrize("shown, ambiguous_read_as", [
    ("04/30/2016", date(2016, 7, 10)),   # month first
    ("07/10/2016", None),                # nothing decides: the date stays an error
])
def test_a_json_list_of_articles_reads_its_ambiguous_dates_in_its_own_order(tmp_path, shown, ambiguous_read_as):
    """A JSON list of articles: the same inference over its articles, named by number."""
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"id": "a", "lang": "en", "published": "07/10/2016", "text": "At least 12 people were killed in Goma."},
                                {"id": "b", "lang": "en", "published": shown, "text": "At least 3 people were killed in Goma."}]),
                    encoding="utf-8")
    arts, log = read([path])
    assert arts["a"].published == ambiguous_read_as
    if ambiguous_read_as:
        one(log, "list.json", "warning", "(article 1) are read as month/day/year, the order '04/30/2016' shows")
    else:
        assert [p for p in problems(log, "list.json", "error") if "'07/10/2016' is ambiguous" in p.message]
