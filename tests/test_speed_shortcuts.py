"""Shortcuts the extractor takes for speed give the answers of the plain computation they replace
(docs/design.md, "Speed without changing a single record"): checked on every fixture article and
sentence, and on made-up edge cases."""
from __future__ import annotations

import re

from datetime import date
from pathlib import Path

import pytest

from checker.extract.figures import _Datelines, _in_dateline
from checker.extract.text import sentences
from checker.extract.windows import TimeReader, time_reader
from checker.lang import supported_languages

ROOT = Path(__file__).resolve().parent.parent


def _exact_sentences(lang: str, made_up: list[str], gaz):
    """(folded article, its automaton pass, sentence) for every sentence of the fixtures and the
    made-up texts of `lang` whose article pass is exact (what the shortcuts below answer for)."""
    from checker.extract.figures import _held_and_places
    from checker.extract.numbers import fold

    for text in _fixture_texts().get(lang, []) + made_up:
        folded = fold(text)
        spots = _held_and_places(text, folded, lang, gaz)[3]
        if spots is not None and spots.exact:
            for sent in sentences(text):
                yield folded, spots, sent


def _slices(sent) -> tuple[tuple[int, int], ...]:
    """A sentence whole, without its edges, and its first twelve characters."""
    return (sent.start, sent.end), (sent.start + 3, sent.end - 2), (sent.start, sent.start + 12)


def _fixture_texts() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for folder in ("fixtures/seeds", "fixtures/passages/dev", "fixtures/passages/heldout"):
        for line in (ROOT / folder / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]:
            name, lang = line.split(",")[0], line.split(",")[2]
            out.setdefault(lang, []).append((ROOT / folder / name).read_text(encoding="utf-8"))
    return out


MADE_UP = [
    "GAZA, March 1 (Reuters) - At least 12 people were killed.",
    "Intro line\nGAZA, March 1 (Reuters) - 12 killed",  # a dateline after a headline
    "KINSHASA (Reuters\n) - 5 dead",  # the bracket runs past the first line
    "TRIPOLI, 12 sept 2023 (AFP) -",
    "no dateline here, 45 dead",
    "",
]


def test_datelines_read_once_agree_with_in_dateline():
    texts = [t for ts in _fixture_texts().values() for t in ts] + MADE_UP
    for text in texts:
        datelines = _Datelines(text)
        for pos in range(len(text) + 1):
            assert datelines.covers(pos) == _in_dateline(text, pos), (text[:60], pos)


def test_sentence_ends_found_from_their_marks_are_those_finditer_finds():
    import random
    from checker.extract.text import SENTENCE_END_IN_LINE, _sentence_ends
    texts = [t for ts in _fixture_texts().values() for t in ts] + MADE_UP
    rng = random.Random(29)
    pieces = ["Il", " ", ".", "!", "?", "…", "\n", "\u00a0", "»", "”", "’", '"', "«", "(", "-", "a", "B", "É", "270.000", "M. "]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 16))) for _ in range(20000)]
    for text in texts:
        plain = [(m.start(), m.start("gap"), m.end("gap")) for m in SENTENCE_END_IN_LINE.finditer(text)]
        assert _sentence_ends(text) == plain, text[:80]


def test_special_characters_asked_apart_answer_like_the_class():
    from checker.ingest.clean import SPECIAL, _special
    texts = [t for ts in _fixture_texts().values() for t in ts] + MADE_UP
    texts += [f"ab{chr(c)}cd" for c in range(0x2100)] + [f"x{chr(c)}" for c in range(0xfa00, 0x10000)]
    # (the ranges are read from UTF-16 code units: characters whose units hold 0x03 or 0xFB as a
    # low byte, astral characters as surrogate pairs, lone surrogates, every alignment)
    tricky = ["\u00fb", "\u0103", "\u2003", "\u03fb", "\ufb07", "\u036f", "\u0370", "\U0001fb03", "\U00010300", "\ud803", "\udf03"]
    texts += [pad + a + b for pad in ("", "x", "\u2019") for a in tricky for b in tricky + ["", "e\u0301", "\ufb01"]]
    for text in texts:
        assert _special(text) == (SPECIAL.search(text) is not None), repr(text[:40])


@pytest.mark.parametrize("lang", supported_languages())
def test_number_spots_of_the_article_pass_answer_like_the_sentence_scans(lang):
    """`_Spots.may_hold` (digits and number words from the article's automaton pass) answers, for
    every fixture sentence and for slices of it, what `_may_hold_number`'s two scans answer."""
    from checker.extract.figures import _held_and_places
    from checker.extract.numbers import DIGIT, reader
    from checker.normalise.places import default_gazetteer

    gaz, word_rx = default_gazetteer(), reader(lang).word_re.rx
    made_up = ["Un mort, aucun blessé.", "l'une des deux, trois-quarts, someone, often 5", "deux", "٣ morts", "x2 y",
               "vingt-deux mille, deux cents, un seul, twenty-one thousand, onehundred, one hundred", "_un deux_ trois"]
    for folded, spots, sent in _exact_sentences(lang, made_up, gaz):
        for a, b in _slices(sent):
            low = folded[a:b]
            plain = DIGIT.search(low) is not None or word_rx.search(low) is not None
            words = [(m.start(), m.end(), m.group(0)) for m in reader(lang).word_re.finditer(low)]
            assert spots.read(folded, a, b) == (plain, words), (low,)
    assert not _held_and_places("٣ morts", "٣ morts", lang, gaz)[3].exact  # another digit than 0-9: left to the scans


@pytest.mark.parametrize("lang", supported_languages())
def test_sentence_bits_of_the_article_pass_answer_like_the_gates(lang):
    """`_Spots.held_in` (the vague and approximate numerals' literals and the "one person" words of a
    span, from the article's automaton pass) answers, for every fixture sentence and slices of it,
    what `could_match` on each numeral pattern and `any(w in low ...)` over the words answer (the
    number reader's negative, multiple and repeated-count words too, `sentence_word_lists`); and
    `find_numbers` told them (`exact`) reads the numbers it reads without."""
    from checker.extract.figures import (HOLDS_APPROX, HOLDS_MULTIPLE, HOLDS_NEGATIVE, HOLDS_ONE_PERSON, HOLDS_SAME_COUNT,
                                         HOLDS_VAGUE, _sentence_bits_exact, lexicon)
    from checker.extract.numbers import (HELD_APPROX, HELD_MULTIPLE, HELD_NEGATIVE, HELD_SAME_COUNT, HELD_VAGUE, find_numbers,
                                         reader, sentence_word_lists)
    from checker.literals import could_match
    from checker.normalise.places import default_gazetteer

    if not _sentence_bits_exact(lang):
        pytest.skip("the article pass does not answer these for this language")
    gaz, r, needs = default_gazetteer(), reader(lang), lexicon(lang).one_person_needs
    negative, multiple, same = sentence_word_lists(lang)
    made_up = ["des dizaines de morts, une centaine de blessés", "dozens killed, hundreds wounded, one dead", "x",
               "moins 12 degrés, deux fois plus de blessés, 5 à Luanda, le même nombre à Cabinda",
               "minus 12 degrees, three times as many injured, 5 in Luanda and the same number in Cabinda"]
    for folded, spots, sent in _exact_sentences(lang, made_up, gaz):
        for a, b in _slices(sent):
            low = folded[a:b]
            own = spots.held_in(a, b)
            assert bool(own & HOLDS_VAGUE) == could_match(r.vague_re, low), (low,)
            assert bool(own & HOLDS_APPROX) == could_match(r.approx_re, low), (low,)
            assert bool(own & HOLDS_ONE_PERSON) == any(w in low for w in needs), (low,)
            assert bool(own & HOLDS_NEGATIVE) == any(w in low for w in negative), (low,)
            assert bool(own & HOLDS_MULTIPLE) == any(w in low for w in multiple), (low,)
            assert bool(own & HOLDS_SAME_COUNT) == any(w in low for w in same), (low,)
        low = folded[sent.start:sent.end]
        spotted, tokens = spots.read(folded, sent.start, sent.end)
        own = spots.held_in(sent.start, sent.end)
        numerals = (HELD_VAGUE if own & HOLDS_VAGUE else 0) | (HELD_APPROX if own & HOLDS_APPROX else 0) \
            | (HELD_NEGATIVE if own & HOLDS_NEGATIVE else 0) | (HELD_MULTIPLE if own & HOLDS_MULTIPLE else 0) \
            | (HELD_SAME_COUNT if own & HOLDS_SAME_COUNT else 0)
        assert find_numbers(sent.text, lang, low, numerals, spotted, tokens, True) \
            == find_numbers(sent.text, lang, low), (sent.text,)


def test_stamp_lines_asked_at_line_starts_answer_like_the_literals():
    import random
    from checker.extract.figures import STAMP_LINE_STARTS, _may_hold_stamps
    texts = [t for ts in _fixture_texts().values() for t in ts] + MADE_UP
    rng = random.Random(31)
    pieces = ["\n", "1", "x", " ", "Il y a", "il y a", "2 heures", "\n\n", "a"] + [w[1:] for w in STAMP_LINE_STARTS]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8))) for _ in range(5000)]
    for text in texts:
        assert _may_hold_stamps(text) == any(w in text for w in STAMP_LINE_STARTS), text[:60]


def test_dateline_gates_leave_out_no_line_a_dateline_pattern_matches():
    """`_dateline_may_match` and its kin are necessary conditions: wherever a dateline pattern
    matches at a line's start (every fixture line, made-up datelines, random lines), they say yes."""
    import random
    from checker.extract.figures import (DATELINE, DATELINE_PLAIN, DATELINE_TITLE, _dateline_may_match, _match_dateline,
                                         _plain_dateline_may_match, _title_dateline_may_match)
    texts = [t for ts in _fixture_texts().values() for t in ts] + MADE_UP + [
        "Tacloban (Philippines) (AFP) - 5 morts", "Tacloban (Philippines)\n (AFP) - 5", "P-au-P., 18 juin 2018 [AlterPresse] --- x",
        "Paris, France | AFP | mardi 16/01/2024 - x", "New York, Feb 20 -- Some", "Amman, Sep. 9 (Petra) -- x",
        "Kathmandu [Nepal], September 10 (ANI): x", "Kathmandu\n[Nepal], September 10 (ANI): x", "Beyrouth, Liban — Des frappes",
        "Kano - Des dizaines", "Kano\t–\tDes", "Rangoun (AFP) -", "Rangoun [AFP] -", "Sept 16 (Reuters) -"]
    rng = random.Random(23)
    pieces = ["Paris", "GAZA", "New York", ",", ", ", " ", "\t", "\n", "(AFP)", "(Reuters)", "[AFP]", "(Liban)", "|", " - ", " -- ",
              " — ", "Feb", " 20", "Sep.", "[Nepal]", "x", "É", "-", "(", "[", ")", ":"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))) for _ in range(20000)]
    for text in texts:
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        for start in starts:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            m = DATELINE.match(text, start)
            if m:
                assert _dateline_may_match(text, start), (text[start:start + 80],)
            fast = _match_dateline(text, start)
            assert (m and m.span()) == (fast and fast.span()), (text[start:start + 80],)
            if DATELINE_TITLE.match(text, start):
                assert _title_dateline_may_match(text, start), (text[start:start + 80],)
            if DATELINE_PLAIN.match(text, start):
                assert _plain_dateline_may_match(text, start, end), (text[start:start + 80],)


@pytest.mark.parametrize("lang", supported_languages())
def test_time_patterns_skipped_only_where_they_cannot_match(lang, monkeypatch):
    """`TimeReader.find` runs a pattern only where its kind of word occurs; running them all gives
    the same spans."""
    reader = time_reader(lang)
    pub = date(2024, 3, 16)
    texts = [s.text for t in _fixture_texts().get(lang, []) for s in sentences(t)]
    texts += ["en juin, 24 morts", "in 2015, 12 dead", "la nuit de samedi à dimanche", "last night, 5 dead"]
    fast = [reader.find(t, pub) for t in texts]
    plain_cues = TimeReader._time_cues

    def every_kind(self, low):
        return None if plain_cues(self, low) is None else (True, True, True, True)

    monkeypatch.setattr(TimeReader, "_time_cues", every_kind)
    assert [reader.find(t, pub) for t in texts] == fast


@pytest.mark.parametrize("lang", supported_languages())
def test_toll_cue_part_by_part_finds_what_each_measures_alternation_finds(lang):
    """`_toll_cue` searches each "N of the dead" part where its literals are; the answer is the
    first measure whose whole alternation matches, with that alternation's leftmost match."""
    from checker.extract.figures import _toll_cue, lexicon
    from checker.extract.numbers import fold

    lex = lexicon(lang)
    made_up = ["of the dead, 12 were children and among the dead were 3 women", "parmi les morts, 12 enfants et dont 3 femmes"]
    for text in _fixture_texts().get(lang, []) + made_up:
        for sent in sentences(text):
            low = fold(sent.text)
            plain = next(((m, hit) for m, rx in lex.toll_parts.items() if rx is not None
                          and (hit := getattr(rx, "rx", rx).search(low))), None)
            fast = _toll_cue(low, lex)
            assert (plain and (plain[0], plain[1].span())) == (fast and (fast[0], fast[1].span())), sent.text


@pytest.mark.parametrize("lang", supported_languages())
def test_measure_cues_part_by_part_find_what_each_measures_alternation_finds(lang):
    """`_measure_after` takes each measure's cue from its parts searched one by one
    (`_leftmost_parts`): the same match as the measure's whole alternation, on every fixture
    sentence and on its tail after each digit."""
    from checker.extract.figures import _leftmost_parts, lexicon
    from checker.extract.numbers import fold

    lex = lexicon(lang)
    for text in _fixture_texts().get(lang, []):
        for sent in sentences(text):
            low = fold(sent.text)
            for seg in [low] + [low[i + 1:] for i, ch in enumerate(low) if ch.isdigit()][:5]:
                plain = {k: hit.span() for k in range(len(lex.measures))
                         if (hit := lex.after_gates.raw[k] and lex.after_gates.raw[k].search(seg)) is not None}
                fast = {k: hit.span() for k, hit in _leftmost_parts(lex.after_parts, lex.after_part_owner, seg).items()}
                assert plain == fast, seg


@pytest.mark.parametrize("lang", supported_languages())
def test_any_time_rest_part_by_part_answers_like_the_alternation(lang):
    from checker.extract.numbers import fold

    reader = time_reader(lang)
    parts = reader.any_time_rest_parts
    for text in _fixture_texts().get(lang, []):
        for sent in sentences(text):
            low = fold(sent.text)
            fast = any(parts.raw[j].search(low) is not None for j in parts.candidates(low))
            assert fast == (reader.any_time_rest.search(low) is not None), sent.text


@pytest.mark.parametrize("lang", supported_languages())
def test_last_n_part_by_part_finds_what_the_alternation_finds(lang):
    from checker.extract.numbers import fold

    reader = time_reader(lang)
    made_up = ["au cours des trois derniers jours, en deux semaines", "over the past three days, in two weeks, the last 10 years"]
    for text in _fixture_texts().get(lang, []) + made_up:
        for sent in sentences(text):
            low = fold(sent.text)
            plain = [(m.span(), {k: v for k, v in m.groupdict().items() if v is not None}) for m in reader.last_n.finditer(low)]
            fast = [(m.span(), m.groupdict()) for m in reader.last_n_parts.finditer(low)]
            assert plain == [(span, {k: v for k, v in gd.items() if v is not None}) for span, gd in fast], sent.text


def test_spoken_at_checked_from_its_last_word_answers_like_the_pattern():
    """`_spoken_at` reads the window's last word before searching SPOKEN_AT and SPEAKER_SEAT: the
    same answer before every position of every fixture article after a space, and on made-up ones."""
    from checker.extract.figures import SPEAKER_SEAT, SPOKEN_AT, _spoken_at
    from checker.extract.numbers import fold

    made_up = ["the spokesman told reporters in ", "a déclaré à ", "said in\n", "said in", "said  from \u00a0",
               "in ", " in ", "told reporters at ", "a précisé depuis  ", "x said au ", "",
               "des sources sécuritaires à ", "a spokesman for the red cross (icrc) in ", "security sources in"]
    cases = [(w, len(w)) for w in made_up]
    for texts in _fixture_texts().values():
        for text in texts:
            low = fold(text)
            cases += [(low, k) for k in range(1, len(low) + 1) if low[k - 1].isspace()]

    def pattern(low: str, k: int) -> bool:
        return SPOKEN_AT.search(low[max(0, k - 60):k]) is not None \
            or SPEAKER_SEAT is not None and SPEAKER_SEAT.search(low, max(0, k - 110), k) is not None

    assert sum(pattern(low, k) for low, k in cases) > 5
    assert sum(SPEAKER_SEAT.search(w) is not None for w in made_up) >= 2
    for low, k in cases:
        assert _spoken_at(low, k) == pattern(low, k), low[max(0, k - 110):k]


@pytest.mark.parametrize("lang", supported_languages())
def test_one_pass_for_article_words_and_place_names_answers_like_two(lang):
    """`_held_and_places` (one automaton over the article-wide words and the curated names) gives
    the bits and the places of `_ArticleWords.held` and `Gazetteer.find`, on every fixture article."""
    from checker.extract.figures import _article_words, _held_and_places
    from checker.extract.numbers import fold
    from checker.normalise.places import default_gazetteer

    gaz = default_gazetteer()
    texts = _fixture_texts().get(lang, []) + ["Ville d'İzmir: 3 morts à İzmir, Turquie", "Paris", ""]
    for text in texts:
        folded = fold(text)
        assert _held_and_places(text, folded, lang, gaz)[:2] == (_article_words(lang).held(folded), gaz.find(text, lang)), text[:80]


@pytest.mark.parametrize("lang", supported_languages())
def test_cues_before_a_place_told_by_the_article_pass_answer_like_their_own_scan(lang):
    """`TailRx.search_in` (the parts to try from the article pass's occurrences of their literals)
    answers as `search` on the window, before every position of every fixture article where a name
    can start (after no letter or digit)."""
    from checker.extract.figures import _held_and_places, lexicon
    from checker.extract.numbers import fold
    from checker.normalise.places import default_gazetteer

    tail = lexicon(lang).place_not_before
    gaz = default_gazetteer()
    yes = 0
    for text in _fixture_texts().get(lang, []):
        folded = fold(text)
        hits = _held_and_places(text, folded, lang, gaz)[2]
        assert hits is not None
        ends = [h[0] for h in hits]
        for s in range(len(folded) + 1):
            if s and folded[s - 1].isalnum():
                continue
            for lo in (max(0, s - 60), max(0, s - 13)):
                expected = tail.search(folded[lo:s])
                yes += expected
                assert tail.search_in(folded, lo, s, hits, ends) == expected, (folded[lo:s], lang)
    assert yes > 10


def _years_plain(text: str, published: date) -> list[tuple[int, int]]:
    """The years the date check reads, as it found them before the one scan: each year from
    publication's to YEARS_AHEAD after it, its occurrences in order, with no digit on either side."""
    from checker.ingest.date_check import YEARS_AHEAD, _occurrences

    return [(year, i) for year in range(published.year, published.year + YEARS_AHEAD + 1)
            for i in _occurrences(text, str(year))
            if not ((i and text[i - 1].isdigit()) or text[i + 4:i + 5].isdigit())]


@pytest.mark.parametrize("lang", supported_languages())
def test_date_check_years_from_one_scan_are_those_of_a_find_per_year(lang):
    from checker.ingest import date_check

    texts = _fixture_texts().get(lang, []) + ["2016 12016 20162016 x2019y 2020\u0663 ٢2021 2026.", "1999-2016/2017"]
    for text in texts:
        for published in (date(2008, 3, 1), date(2016, 11, 20), date(2019, 6, 30), date(2023, 1, 1), date(2025, 12, 31)):
            seen = [(m.year, m.start + len(m.text) - 4) for m in date_check._mentions(text, date_check._words(lang), published)
                    if m.year is not None]
            plain = _years_plain(text, published)
            # every year the check reads is one the plain search finds, in the same order
            assert seen == [y for y in plain if y in set(seen)]
            assert date_check.disagreements(text, lang, published) is not None


def test_places_of_a_sentence_by_bisection_are_those_of_the_scan():
    from checker.extract.figures import _STARTS, _starts_of

    places = [(0, 5, "a"), (10, 15, "b"), (10, 20, "c"), (30, 35, "d"), (40, 52, "e")]
    assert _starts_of(places) == [0, 10, 10, 30, 40]
    assert _starts_of([(10, 15, "b"), (0, 5, "a")]) is None  # not in order: the plain scan
    from bisect import bisect_left, bisect_right
    for lo in range(0, 55, 3):
        for hi in range(lo, 60, 4):
            plain = [p for p in places if lo <= p[0] and p[1] <= hi]
            fast = [p for p in places[bisect_left([0, 10, 10, 30, 40], lo):bisect_right([0, 10, 10, 30, 40], hi)] if p[1] <= hi]
            assert fast == plain
    _STARTS.clear()


def test_source_cue_with_its_look_behinds_after_its_word_matches_like_the_opening_form():
    """fr figures.yaml `attribution.before`: "de (?=sources?)" with the look-behinds written after
    "de " (so that the pattern opens on a letter) finds what the form opening on them found."""
    import re
    opening = re.compile(r"(?<!v[ée]rifi[ée] )(?<!v[ée]rifi[ée]s )(?<!confirm[ée] )(?<!confirm[ée]s )(?<!à partir )"
                         r"(?<!a partir )\bde (?=sources?\b)")
    from checker.lang import load_lang
    cue = next(c for c in load_lang("fr")["figures"]["attribution"]["before"] if c.startswith("de "))
    after = re.compile(cue)
    texts = [t for ts in _fixture_texts().values() for t in ts] + MADE_UP + [
        "de sources", "vérifié de source indépendante", "vérifiés de sources", "confirmée de source", "à partir de sources",
        "a partir de source", "xde sources", "-de sources", "de sourcesx", "selon des informations de source sûre", "de sourc"]
    for text in texts:
        low = text.lower()
        assert [m.span() for m in opening.finditer(low)] == [m.span() for m in after.finditer(low)], low[:80]


@pytest.mark.parametrize("lang", supported_languages())
def test_qualifier_before_a_number_searched_from_its_width_finds_what_the_whole_window_gives(lang):
    """`NumberReader._qualify` searches the 40 characters before a number from the longest
    qualifier before their last character that is no space or quotation mark: the same match."""
    from checker.extract.numbers import fold, reader
    r = reader(lang)
    texts = [t for ts in _fixture_texts().values() for t in ts] + MADE_UP
    extra = [w + tail for w in r.qualifiers for tail in ("", " ", "  « ", ' "', "\u00a0", " \n", "« ")]
    for text in texts + extra:
        low = fold(text)
        for end in range(0, len(low) + 1):
            if end < len(low) and not low[end].isdigit():
                continue
            left = low[max(0, end - 40):end]
            a = r.qualifier_re.search(left)
            b = r.qualifier_re.search(left, max(0, len(left.rstrip().rstrip("«“\"").rstrip()) - r.qualifier_width))
            assert (a and a.span()) == (b and b.span()), left


def test_capital_words_are_the_capitalised_word_scan():
    """`world.capital_words` (a byte of shape per character, `bytes.find`) gives the matches of
    `_CAP.finditer`: on every fixture text, on every character of the Basic Multilingual Plane
    beside letters and capitals, and on random strings of letters, digits, marks and signs."""
    import random

    from checker.normalise.world import _CAP, capital_words

    texts = [t for ts in _fixture_texts().values() for t in ts] + MADE_UP
    texts += [f"a{chr(c)}Bc{chr(c)}é?{chr(c)}" for c in range(0x10000)] + ["\U0001d400Ab\ud800Cd?Ł", "", "?", "A", "aB"]
    rng = random.Random(41)
    pieces = ["A", "b", "É", "é", "Ł", "ł", "Œ", "ß", "²", "½", "_", "3", "٣", "?", " ", "-", "’", "\u0301", "\U0001f600", "Ž", "ž", "ª"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 20))) for _ in range(20000)]
    for text in texts:
        assert capital_words(text) == [(m.start(), m.end()) for m in _CAP.finditer(text)], repr(text[:60])


def test_other_digits_from_character_references_answer_like_the_class():
    """`_no_other_digit` (the characters beyond Latin-1 read from their references) answers what
    `_OTHER_DIGIT` answers, on every fixture text and every character of the Basic Multilingual Plane."""
    from checker.extract.figures import _OTHER_DIGIT, _no_other_digit

    texts = [t for ts in _fixture_texts().values() for t in ts] + MADE_UP
    texts += [f"a1{chr(c)}é’" for c in range(0x10000)] + ["\U0001d7ce x", "\U000104a0", "\ud800", "&#", "&#;"]
    for text in texts:
        assert _no_other_digit(text) == (_OTHER_DIGIT.search(text) is None), repr(text[:60])
    assert not _no_other_digit("&#1632; x")  # a reference the text writes itself: the safe answer


def test_the_one_character_whose_lower_case_is_longer():
    """`_held_and_places` asks for "İ" instead of lower-casing the article to compare lengths."""
    from checker.extract.figures import LONGER_LOWER

    assert [chr(c) for c in range(0x110000) if len(chr(c).lower()) != 1] == [LONGER_LOWER]


def _fixture_sentences(lang: str):
    """(folded article, folded sentence, sentence) for every sentence of the fixture articles of `lang`."""
    from checker.extract.numbers import fold

    for text in _fixture_texts().get(lang, []):
        folded = fold(text)
        for sent in sentences(text):
            yield folded, folded[sent.start:sent.end], sent


def _bits_off_match_nowhere(lang: str, checks, texts, views=lambda text, folded: (folded,)) -> tuple[int, int]:
    """For each text and each (article bit, patterns): where the article pass leaves the bit off, no pattern
    matches in any of the text's `views` (asserted: skipping the patterns there changes no answer). Returns
    (bits found off, bits on whose patterns match in the first view), so that each test can ask for both."""
    from checker.extract import figures as F
    from checker.extract.numbers import fold

    words = F._article_words(lang)
    off = matched = 0
    for text in texts:
        folded = fold(text)
        held, seen = words.held(folded), views(text, folded)
        for bit, patterns in checks:
            patterns = [rx for rx in patterns if rx is not None]
            if held & bit:
                matched += any(rx.search(seen[0]) is not None for rx in patterns)
                continue
            off += 1
            for rx in patterns:
                for view in seen:
                    assert rx.search(view) is None, (bit, text[:80])
    return off, matched


@pytest.mark.parametrize("lang", supported_languages())
def test_figure_patterns_left_out_by_the_article_pass_match_nowhere_in_it(lang):
    """A per-figure pattern asked only where the article pass holds one of its literals (`HOLDS_BASIS`
    to `HOLDS_CAMPAIGN_BEGAN`, each basis's own bit, `_gate_literals`): in a fixture article whose bit is off, no sentence
    holds a match, so skipping the pattern changes no answer."""
    from checker.extract import figures as F

    lex = F.lexicon(lang)
    checks = [(F.HOLDS_BASIS, [rx for rx in lex.basis.values() if rx]), (F.HOLDS_THAT_YEAR, [F.THAT_YEAR]),
              (F.HOLDS_WAR_PARTICIPLE, [F.WAR_PARTICIPLE]), (F.HOLDS_IN_TOTAL, [F.IN_TOTAL]),
              (F.HOLDS_WAR_TOTAL_PLACE, [F.WAR_TOTAL_PLACE]), (F.HOLDS_COUNTRY_REF, [F.COUNTRY_REF]),
              (F.HOLDS_CAMPAIGN_BEGAN, [F.CAMPAIGN_BEGAN])]
    # and each basis on its own bit (`HOLDS_BASIS_FIRST << k`, in the order of the language's bases)
    checks += [(F.HOLDS_BASIS_FIRST << k, [rx]) for k, rx in enumerate(lex.basis.values()) if rx]
    off, matched = _bits_off_match_nowhere(lang, checks, _fixture_texts().get(lang, []))
    assert off > 100 and matched > 5


def test_other_places_found_without_their_optional_comma_where_the_pattern_finds_them():
    """`OTHER_PLACES_ANY` (the alternatives without their opening optional comma) matches a text where
    `OTHER_PLACES_IN` does, on every fixture sentence and made-up ones."""
    from checker.extract.figures import OTHER_PLACES_ANY, OTHER_PLACES_IN

    made_up = ["kyiv, other cities", "kyiv and other towns", ",other cities", ", and several other regions", "à kyiv et dans plusieurs villes",
               ", d'autres régions", "3 autres provinces", "other cities", " other citiesx", ""]
    texts = made_up + [low for lang in supported_languages() for _, low, _ in _fixture_sentences(lang)]
    assert sum(OTHER_PLACES_IN.search(t) is not None for t in texts) >= 6
    for t in texts:
        assert (OTHER_PLACES_ANY.search(t) is not None) == (OTHER_PLACES_IN.search(t) is not None), t


def test_words_between_from_one_slice_answer_like_find_over_the_window():
    """`_any_between` (the window sliced once, each word asked with `in`) and `Gated.possible` over a
    window answer what `str.find(w, start, end) >= 0` for each word answers, bounds past either end
    and negative ones included (slicing and `find` read them alike)."""
    import random
    from checker.extract.figures import _any_between
    from checker.literals import Gated

    rng = random.Random(128)
    words = ("of", "près", "near", "au nord", "de la", "x")
    gate = Gated("(?:of|près|near|au nord|de la|x)", frozenset(words))
    texts = [t for ts in _fixture_texts().values() for t in ts[:40]] + ["", "of", "x of y près de la"]
    for text in texts:
        for _ in range(60):
            a, b = rng.randrange(-20, len(text) + 20), rng.randrange(-20, len(text) + 20)
            plain = any(text.find(w, a, b) >= 0 for w in words)
            assert _any_between(text, words, a, b) == plain, (text[:40], a, b)
            if a >= 0 and b >= 0:
                assert gate.possible(text, a, b) == (plain if a or b < len(text) else any(w in text for w in words))


def test_region_adjectives_searched_from_their_literal_are_those_finditer_finds():
    """`_region_adjective_matches` (the name's last letters and the event's noun searched, the name's
    start matched from the capital before them) gives the matches `REGION_ADJECTIVE.finditer` gives, on
    every fixture article and made-up texts (spd-r172)."""
    from checker.extract.figures import REGION_ADJECTIVE, _region_adjective_matches

    made_up = ["the Victorian bushfires", "Victorian  wildfires, Californian floods", "an fires", "Victoria fires",
               "éVictorian fires", "XVictorian fires", "Tasmanian heat wave and Queenslandan fires", "Abcan fires",
               "Abcdan fires", "the Victorianan fires", "Victorian fires" * 3, "Victorian firesan fires", ""]
    texts = made_up + [t for ts in _fixture_texts().values() for t in ts]
    assert sum(REGION_ADJECTIVE.search(t) is not None for t in texts) >= 5
    for t in texts:
        assert [m.span() for m in _region_adjective_matches(t)] == [m.span() for m in REGION_ADJECTIVE.finditer(t)], t[:80]


def test_first_character_gates_answer_like_their_patterns():
    """BULLET and LABELLED_ITEM are asked only of a sentence opening on a space or a bullet
    (`BULLET_FIRST`), PLACE_COORDINATION only of a gap opening on a space, a comma or an "and" word's
    first letter (`COORDINATION_FIRST`), COMPASS_UNIT only of names as long as its shortest match: no
    text they skip matches (every fixture sentence, every gap between its words, made-up texts)."""
    from checker.extract.figures import BULLET, BULLET_FIRST, COORDINATION_FIRST, LABELLED_ITEM, PLACE_COORDINATION
    from checker.normalise.places import COMPASS_UNIT, COMPASS_UNIT_WIDTH

    made_up = ["- Lee: 45 dead", " • Paris : 12 morts", "\u00a0– x", "—\tItem", "* a", "-x", "", "\u3000- Tokyo: 3 killed",
               "east region", "central province", "northern region", " and ", ", et ", "\n, and  ", "et", ","]
    texts = made_up + [sent.text for lang in supported_languages() for ts in _fixture_texts().get(lang, [])[:150]
                       for sent in sentences(ts)]
    assert sum(BULLET.match(t) is not None for t in texts) >= 3
    for t in texts:
        if t[:1] not in BULLET_FIRST:
            assert BULLET.match(t) is None and LABELLED_ITEM.match(t) is None, t
        for k in range(len(t)):
            if not (COORDINATION_FIRST is None or t[k] in COORDINATION_FIRST or t[k].isspace()):
                assert all(PLACE_COORDINATION.fullmatch(t, k, e) is None for e in range(k + 1, min(len(t), k + 12) + 1)), t
        for k in range(len(t)):
            for e in range(k + 1, min(len(t), k + COMPASS_UNIT_WIDTH - 1) + 1):
                assert COMPASS_UNIT.fullmatch(t, k, e) is None


def test_credit_from_next_matches_only_after_unattributed_records(monkeypatch):
    """`_credit_from_next` asks TOLL_CREDITED_AFTER only of a sentence after one holding a record with no
    source: on every fixture article the records come out as when every sentence was asked (spd-r172)."""
    import checker.extract.figures as figures
    from checker.extract.figures import credit_opening

    def every_sentence(records, sents):
        for k in range(1, len(sents)):
            src = credit_opening(sents[k].text)
            if src is None:
                continue
            for r in records:
                if sents[k - 1].start <= r.start < sents[k - 1].end and not r.attribution:
                    r.attribution = src

    from checker.schema import Article
    texts = [(lang, t) for lang in supported_languages() for t in _fixture_texts().get(lang, [])
             if any(w in t for w in ("bilan", "toll", "chiffre", "tally"))][:120]
    assert texts
    for lang, t in texts:
        article = Article(doc_id="x", text=t, lang=lang, published=date(2024, 1, 10))
        fast = [r.to_dict() for r in figures.extract_figures(article)]
        with monkeypatch.context() as m:
            m.setattr(figures, "_credit_from_next", every_sentence)
            plain = [r.to_dict() for r in figures.extract_figures(article)]
        assert fast == plain, t[:80]


@pytest.mark.parametrize("lang", supported_languages())
def test_patterns_behind_article_bits_of_spd_r180_match_nowhere_in_an_article_without_them(lang):
    """`OWN_ACTION`, `INCREMENT_AFTER`, `RETROSPECTIVE_LEAD` and `STATES_AFTER` are asked only where the
    article pass found one of their literals (`HOLDS_OWN_ACTION`, `HOLDS_INCREMENT`, `HOLDS_RETROSPECTIVE`,
    `HOLDS_STATES_AFTER`): in a
    fixture article whose bit is off, none matches anywhere, in the folded text or (the increment,
    matched without regard to case) as written."""
    from checker.extract import figures as F

    own_anywhere = re.compile(F.OWN_ACTION.pattern.removeprefix("^"))  # at any position, not only a segment's start
    checks = [(F.HOLDS_OWN_ACTION, [own_anywhere]), (F.HOLDS_INCREMENT, [F.INCREMENT_AFTER]),
              (F.HOLDS_RETROSPECTIVE, [F.RETROSPECTIVE_LEAD]), (F.HOLDS_STATES_AFTER, [F.STATES_AFTER])]
    off, matched = _bits_off_match_nowhere(lang, checks, _fixture_texts().get(lang, []) + MADE_UP,
                                           views=lambda text, folded: (folded, text))
    assert off > 100 and matched > 3


def test_one_character_gates_of_spd_r180_answer_like_their_patterns():
    """The looks at one or two characters before a pattern is started (spd-r180): a coordination of
    places after a space only where the next character may go on it; the bracket before a place only
    in a gap holding "("; the nationality list's colon only after a colon, a space or a tab; the
    dateline title's date only after a comma, a space and a capital or a space; the hyphenated
    adjective only after "-". No text they skip matches (every fixture sentence, made-up texts)."""
    from checker.extract import figures as F

    first = F.COORDINATION_FIRST
    made_up = [" and ", " ,", "  , et  ", " (", "( ", " ( ", ": x", " :", "\t:", ", March 3", ",  Mars 3", ",\nJan. 5",
               "-year", "- year", "x, Mai 12", "", " ", "  and", " a"]
    texts = made_up + [sent.text for lang in supported_languages() for ts in _fixture_texts().get(lang, [])[:150]
                       for sent in sentences(ts)]
    for t in texts:
        assert (t[:1] == "-") or F.HYPHEN_WORD.match(t) is None, t
        for k in range(len(t)):
            if first is not None and t[k].isspace() and not (t[k + 1:k + 2] in first or t[k + 1:k + 2].isspace()):
                assert all(F.PLACE_COORDINATION.fullmatch(t, k, e) is None for e in range(k + 2, min(len(t), k + 12) + 1)), t
            if not ((c := t[k:k + 1]) == ":" or c in (" ", "\t")):
                assert F.LIST_ITEM_COLON.match(t, k) is None, t
            if t[k] == "," and not (t[k + 1:k + 2].isspace() and ((c := t[k + 2:k + 3]) in F._CAPITAL or c.isspace())):
                assert F.TITLE_DATE.match(t, k) is None, t
            for e in range(k, min(len(t), k + 8) + 1):
                if "(" not in t[k:e]:
                    assert F.BRACKET_OPEN.fullmatch(t, k, e) is None, t


def test_shouted_lines_found_line_by_line_as_the_multiline_pattern_finds_them():
    """`_has_shouted_line` (each line of 12 or more characters asked for a lower-case letter) answers
    what `SHOUTED_LINE.search` answers, on the head of every fixture article and made-up texts."""
    from checker.normalise.places import HEAD_CHARS, SHOUTED_LINE, _has_shouted_line

    made_up = ["BUKAVU FLOOD TOLL RISES TO 67", "BUKAVU FLOOD\nToll", "x\nABCDEFGHIJKL\ny", "ABCDEFGHIJK", "ABCDEFGHIJKL",
               "ABCDEFGHIJKLß", "ABCDEFGHIJKL÷", "\n\n", "", "ABCDEFGHIJKL\r\nx", "12 345 678 901", "ÉTATS-UNIS : 12 MORTS\n"]
    texts = made_up + [t[:HEAD_CHARS] for ts in _fixture_texts().values() for t in ts]
    assert sum(_has_shouted_line(t) for t in texts) >= 4
    for t in texts:
        assert _has_shouted_line(t) == (SHOUTED_LINE.search(t) is not None), t[:80]


@pytest.mark.parametrize("lang", supported_languages())
def test_previous_anchor_searched_from_its_word_finds_what_the_plain_pattern_finds(lang):
    """`previous_anchor` (opening on `\\b`) searched from its word (`assertions_after`) finds the match
    the plain pattern finds, on every fixture sentence and made-up ones."""
    from checker.extract.windows import time_reader

    rx = time_reader(lang).previous_anchor
    plain = re.compile(rx.pattern if isinstance(rx.pattern, str) else rx.rx.pattern)
    made_up = ["les jours précédents", "xprécédents", "précédentes ", "the previous day", "unprevious", "preceding", ""]
    texts = made_up + [low for _, low, _ in _fixture_sentences(lang)]
    found = 0
    for t in texts:
        got, want = rx.search(t), plain.search(t)
        assert (got and got.span()) == (want and want.span()), t
        found += want is not None
    assert found >= 2


def test_aside_after_head_started_only_near_a_comma_or_a_dash_matches_like_the_pattern():
    """`_aside_after_head` (no match started where the 42 characters after the position hold no comma
    nor dash) gives `ASIDE_AFTER_HEAD.match`'s answer at every word start of every fixture sentence."""
    from checker.extract import figures as F

    made_up = [" " * 39 + ", most of them", " " * 40 + ", most of them,", " " * 41 + ", most of them,", "x" * 39 + " - who were - ",
               "x" * 40 + " - who were - ", ", dont 1,6 million de déplacés,", "", ","]
    texts = made_up + [low for lang in supported_languages() for _, low, _ in _fixture_sentences(lang)]
    found = 0
    for t in texts:
        for k in [0] + [i for i in range(1, len(t)) if t[i - 1] == " "]:
            got, want = F._aside_after_head(t, k), F.ASIDE_AFTER_HEAD.match(t, k)
            assert (got and got.span()) == (want and want.span()), (t, k)
            found += want is not None
    assert found > 10


@pytest.mark.parametrize("lang", supported_languages())
def test_epidemic_bit_of_spd_r184_answers_like_the_lower_cased_scan(lang, monkeypatch):
    """`_article_event_kinds` reads whether an article may name an epidemic from the article pass
    (`HOLDS_EPIDEMIC`) instead of `any(w in text.lower() for w in event_kinds_gate)`: the same answer
    for every fixture article and made-up ones (an "İ" is left to the scan), through the merged pass
    that `extract_figures` reads too; and the record field `event` is the same either way."""
    from checker.extract import figures as F
    from checker.extract.numbers import fold
    from checker.normalise.places import default_gazetteer
    from checker.schema import Article

    assert F._epidemic_bit_exact(lang)
    gate = F.lexicon(lang).event_kinds_gate
    made_up = ["Fever", "FIÈVRE jaune", "a VIRUS", "Out\u2011break", "choléra", "rougeole\u00a0: 12 morts", "nothing", ""]
    gaz = default_gazetteer()
    on = off = 0
    for text in _fixture_texts().get(lang, []) + made_up:
        if F.LONGER_LOWER in text:
            continue
        held = F._held_and_places(text, fold(text), lang, gaz)[0]
        want = any(w in text.lower() for w in gate)
        assert bool(held & F.HOLDS_EPIDEMIC) == want, text[:80]
        on += want
        off += not want
    assert on > 5 and off > 5
    texts = ["Cholera outbreak: death toll rises to 220\n\nOfficials said 14 more people had died, after a fire killed 3.",
             "Fire kills 3\n\nThe blaze killed 3 people on Monday."] if lang == "en" else \
            ["Choléra : le bilan s'alourdit à 220 morts\n\nUn incendie a fait 3 morts lundi.",
             "Incendie : 3 morts\n\nLe feu a fait 3 morts lundi."]
    for t in texts:
        article = Article(doc_id="x", text=t, lang=lang, published=date(2020, 5, 1))
        fast = [r.to_dict() for r in F.extract_figures(article)]
        F._ARTICLE_KINDS[0] = None
        with monkeypatch.context() as m:
            m.setattr(F, "_epidemic_bit_exact", lambda lang: False)  # the lower-cased scan
            scanned = [r.to_dict() for r in F.extract_figures(article)]
        F._ARTICLE_KINDS[0] = None
        assert fast == scanned and any(r["event"] for r in fast), t


@pytest.mark.parametrize("lang", supported_languages())
def test_place_look_backs_of_acc_r183_match_nowhere_in_an_article_without_their_bits(lang):
    """The title-region, match-team and "nearby city of" look-backs of each place mention are asked only
    where the article pass found one of their literals (`HOLDS_TITLE_REGION`, `HOLDS_MATCH_TEAMS`,
    `HOLDS_NEARBY_OTHER`, spd-r184): in a fixture article whose bit is off, none matches anywhere."""
    from checker.extract import figures as F

    checks = [(F.HOLDS_TITLE_REGION, [F.TITLE_REGION_AFTER, F.TITLE_REGION_BEFORE]), (F.HOLDS_MATCH_TEAMS, [F.MATCH_TEAMS]),
              (F.HOLDS_NEARBY_OTHER, [F.NEARBY_OTHER])]
    made_up = ["Nineveh province's deputy governor said", "the health authorities of Nineveh", "the match between Spain and the Netherlands",
               "a morgue in the nearby city of Mosul", "le match entre la France et le Maroc", "The Nearby Town Of Gao", ""]
    off, matched = _bits_off_match_nowhere(lang, checks, _fixture_texts().get(lang, []) + made_up,
                                           views=lambda text, folded: (text,))
    assert off > 100 and matched >= 1


@pytest.mark.parametrize("lang", supported_languages())
def test_article_words_from_the_cache_folder_are_those_built_here(lang):
    """`_article_words` takes its words and bits from the cache folder (`built`): the same as the
    word lists give when built in this process, word for word and bit for bit (spd-r191)."""
    from checker.extract import figures as F

    cached, here = F._article_words(lang), F._ArticleWords(F._article_word_lists(lang))
    assert cached.always == here.always
    assert dict(cached.finder.items()) == dict(here.finder.items())



@pytest.mark.parametrize("lang", supported_languages())
def test_place_names_and_article_pass_from_the_cache_folder_are_those_built_here(lang):
    """The curated names' automaton, the foreign names and the article pass's merged automaton are
    loaded from the cache folder (`built`, spd-r201): the same words and values as built in this
    process; a gazetteer changed after it was made is no longer cached."""
    from checker.extract import figures as F
    from checker.normalise.places import Place, default_gazetteer

    gaz = default_gazetteer()
    assert gaz.cache_key is not None
    names, foreign = gaz._build_names(lang)
    assert dict(gaz._finder(lang).items()) == dict(names.items())
    assert gaz._foreign_names[lang] == foreign
    merged = F._article_pass(lang, gaz)
    assert dict(merged.items()) == dict(F._merged_pass(lang, gaz, gaz._finder(lang)).items())
    other = type(gaz).from_entries([{"slug": "x-town", "names": {lang: ["Xtown"]}}])
    other.cache_key = "k"
    other.add(Place("y-town", None, {lang: ["Ytown"]}))
    assert other.cache_key is None
    assert sorted(v[1] for v in other._finder(lang).values()) == ["x-town", "y-town"]


@pytest.mark.parametrize("lang", supported_languages())
def test_number_window_gates_of_spd_r201_match_nowhere_in_an_article_without_their_bits(lang):
    """The exercise and lives gates before each number's window (`HOLDS_SIMULATED`, `HOLDS_LIVES`) and the
    country's verb after each country (`HOLDS_ACTOR_VERB`) are asked only where the article pass found one
    of their words (spd-r201): in a fixture article whose bit is off, none matches anywhere."""
    from checker.extract import figures as F

    checks = [(F.HOLDS_SIMULATED, [F.SIMULATED_GATE]), (F.HOLDS_LIVES, [F.LIVES_GATE]), (F.HOLDS_ACTOR_VERB, [F.ACTOR_VERB])]
    made_up = ["The drill simulated a quake leaving 300 casualties", "saving more than 13,200 lives",
               "a permis de sauver 13.000 vies", "un exercice simulait un séisme", "Russia kills at least 16 in strikes",
               "A MOCK attack", ""]
    off, matched = _bits_off_match_nowhere(lang, checks, _fixture_texts().get(lang, []) + made_up)
    assert off > 100 and matched >= 1


def test_name_tail_gate_answers_like_the_pattern():
    """`_name_tail_after` (the pattern asked only where a space and one of its words' first letters follow
    the name, spd-r201) answers as `NAME_TAIL_AFTER.match` at the end of every word of the fixtures."""
    from checker.normalise.places import NAME_TAIL_AFTER, _name_tail_after

    texts = [t for texts in _fixture_texts().values() for t in texts]
    texts += ["Spanish Lakes Country Village", "Spanish Town", "Spanish Townsville", "Spanish  Town", "Spanish", ""]
    ends = hits = 0
    for text in texts:
        for m in re.finditer(r"\w+", text):
            want = text[m.end():m.end() + 1] == " " and NAME_TAIL_AFTER.match(text, m.end()) is not None
            assert _name_tail_after(text, m.end()) == want, text[m.start():m.end() + 20]
            ends += 1
            hits += want
    assert ends > 1000 and hits >= 2


@pytest.mark.parametrize("lang", supported_languages())
def test_article_word_scans_of_spd_r201_find_nothing_without_their_bits(lang):
    """`_extract_figures`' `in` scans for "told", a site after its town, a hospital's share, people in care
    and a different toll are asked only where the article pass found one of their words folded (spd-r201):
    in a fixture article whose bit is off, neither the text as written nor folded holds one."""
    from checker.extract import figures as F

    checks = [(bit, [re.compile("|".join(re.escape(w) for w in words))] if words else [])
              for bit, words in ((F.HOLDS_SEAT_TOLD, F.SEAT_TOLD_WORDS), (F.HOLDS_SITE_AFTER_TOWN, F.SITE_AFTER_TOWN_WORDS),
                                 (F.HOLDS_HOSPITAL_SHARE, F.HOSPITAL_SHARE_WORDS), (F.HOLDS_IN_CARE, F.IN_CARE_WORDS),
                                 (F.HOLDS_DIFFERENT_TOLL, F.DIFFERENT_TOLL_WORDS))]
    made_up = ["a nurse in Mekele told The Associated Press", "Garissa University College", "à l'hôpital de Goma",
               "being treated in hospital", "un bilan légèrement différent", "a slightly different toll", ""]
    off, matched = _bits_off_match_nowhere(lang, checks, _fixture_texts().get(lang, []) + made_up,
                                           views=lambda text, folded: (folded, text))
    assert off > 100 and matched >= 1


@pytest.mark.parametrize("lang", supported_languages())
def test_gazetteer_river_and_region_bits_of_spd_r209_answer_like_the_scans(lang):
    """`Gazetteer.find`'s scans of the folded article for `RIVER_WORDS` and `REGION_WORDS` are answered by
    the article pass's bits (`HOLDS_RIVER`, `HOLDS_REGION_TYPE`, spd-r209): on every fixture article and some
    made-up texts the bit is on exactly where the scan finds a word."""
    from checker.extract import figures as F
    from checker.extract.numbers import fold
    from checker.literals import any_in
    from checker.normalise.places import REGION_WORDS, RIVER_WORDS

    words = F._article_words(lang)
    made_up = ["sur le fleuve Niger", "the Niger River", "la rivière", "la province de Hama", "Kharkiv Oblast",
               "the Swat district", "la région", "the governorate of", "GOUVERNORAT", ""]
    on = {F.HOLDS_RIVER: 0, F.HOLDS_REGION_TYPE: 0}
    texts = _fixture_texts().get(lang, []) + made_up
    for text in texts:
        folded = fold(text)
        held = words.held(folded)
        for bit, listed in ((F.HOLDS_RIVER, RIVER_WORDS), (F.HOLDS_REGION_TYPE, REGION_WORDS)):
            assert bool(held & bit) == any_in(folded, listed), (bit, text[:80])
            on[bit] += bool(held & bit)
    assert len(texts) > 100 and all(0 < n < len(texts) for n in on.values())


@pytest.mark.parametrize("lang", supported_languages())
def test_head_multi_modifier_gate_of_spd_r209_leaves_no_match_out(lang):
    """`_head` matches `multi_modifiers` only where the segment starts with one of `multi_modifier_words`
    (spd-r209): every match of the pattern in the fixtures and some made-up texts starts so."""
    from checker.extract.figures import lexicon

    lex = lexicon(lang)
    texts = [t.lower() for t in _fixture_texts().get(lang, [])] + ["rien que 12 morts", "au total 30", "en tout",
                                                                    "in all 30 people", "a total of 40", ""]
    found = 0
    for text in texts:
        for m in lex.multi_modifiers.finditer(text):
            assert text.startswith(lex.multi_modifier_words, m.start()), text[m.start():m.start() + 40]
            found += 1
    assert found >= 1 or not lex.multi_modifier_words


def test_window_gates_of_spd_r209_leave_no_match_out():
    """`_capital_named_before` and `_drop_near_named` search their patterns before a place only where the
    folded window holds one of `CAPITAL_TITLE_WORDS` / `NEAR_TAIL_ENDS` (spd-r209): before every capitalised
    word of the fixtures and of made-up texts, wherever the pattern matches the gate holds."""
    from checker.extract import figures as F
    from checker.extract.numbers import fold

    texts = [t for texts in _fixture_texts().values() for t in texts]
    texts += ["dans la capitale du Nord-Kivu", "the provincial capital of Balochistan", "LA CAPITALE DE L'Ituri",
              "le chef-lieu de la Province", "près de Goma", "non loin d'Alep", "not far from Aleppo",
              "a la peripherie de Kaboul", "just outside Kyiv", "close to Idlib"]
    hits = {"capital": 0, "near": 0}
    for text in texts:
        low = fold(text)
        for m in re.finditer(r"(?<!\w)[A-ZÀ-Ý]", text):
            s = m.start()
            if F.CAPITAL_TITLE_BEFORE.search(text, max(0, s - 45), s):
                assert F._any_between(low, F.CAPITAL_TITLE_WORDS, max(0, s - 45), s), text[max(0, s - 45):s + 20]
                hits["capital"] += 1
            if F.NEAR_TAIL.search(low, max(0, s - 25), s):
                assert F._any_between(low, F.NEAR_TAIL_ENDS, max(0, s - 25), s), text[max(0, s - 25):s + 20]
                hits["near"] += 1
    assert hits["capital"] >= 4 and hits["near"] >= 6


@pytest.mark.parametrize("lang", supported_languages())
def test_qualifier_gate_of_spd_r209_leaves_no_match_out(lang):
    """`_qualify` searches `qualifier_re` only where the window before the number, stripped as it strips it,
    ends with one of `qualifier_ends` (spd-r209): before every digit and number word start of the fixtures
    and of made-up texts, wherever the pattern matches the gate holds."""
    from checker.extract.numbers import fold, reader

    r = reader(lang)
    if r.qualifier_ends is None:
        return
    texts = [fold(t) for t in _fixture_texts().get(lang, [])]
    texts += ["au moins 12 morts", "au moins « 12 morts", "at least 12", "more than \u201c 40", "plus de\u00a012", "up to 9"]
    found = 0
    for low in texts:
        for m in re.finditer(r"(?<!\w)\w", low):
            p = m.start()
            left = low[max(0, p - 40):p]
            stripped = left.rstrip().rstrip("«“\"").rstrip()
            if r.qualifier_re.search(left, max(0, len(stripped) - r.qualifier_width)):
                assert stripped.endswith(r.qualifier_ends), left
                found += 1
    assert found >= 3


def test_reads_once_per_sentence_or_candidate_of_spd_r218_give_the_plain_records(monkeypatch):
    """spd-r218 reads once what every figure of a sentence, or a whole and its parts, asked again: the
    places before a sentence that may set its scene (`_places_before`), a candidate's place and
    attribution (`_place_once`, `_attribution_once`), a quotation's actor cues (`_actor_cues`) and a
    past event's clause before a place (`_past_when_at`). With each read every time as before, every
    fixture article gives the same records; and `_source_in_quote` answers as its former per-cue form."""
    from checker.extract import attribution as A
    from checker.extract import figures as F
    from checker.schema import Article

    def plain_source_in_quote(sentence, c, quotes, lex):
        base = c.sentence.start
        at = base + c.number.start
        span = next(((a, b) for a, b in quotes if a <= at < b), None)
        if span is None or span[0] < base:
            return None
        inner = [(c.number.start - end, A._via(name, lex)) for _, name, end in A._attribution_cues(sentence, lex)
                 if span[0] <= base + end - len(name) and end <= c.number.start
                 and ";" not in sentence[end:c.number.start] and name.lower() not in A.PRONOUN_WORDS
                 and not (lex.att_via_head is not None and lex.att_via_head.search(A._via(name, lex)))
                 and not A.NOT_AN_ACTOR.search(A._via(name, lex))]
        return min(inner)[1] if inner else None

    texts = [(lang, t) for lang in supported_languages() for t in _fixture_texts().get(lang, [])]
    texts += [("en", "Flooding hit Sindh on Monday. \"The ministry said 40 people, including 12 children, died,\" "
                     "an official said. In Karachi, 12 were killed and 3 injured, of whom 2 children."),
              ("fr", "Le séisme a frappé Al-Haouz. « Selon le ministère, 40 personnes, dont 12 enfants, sont mortes », "
                     "a dit un responsable. À Marrakech, 12 morts et 3 blessés, dont 2 enfants.")]
    counted = {"before": 0, "quote": 0}
    real_before, real_quote = F._places_before_uncached, A._source_in_quote

    def counting_before(*args):
        counted["before"] += 1
        return real_before(*args)

    def checked_quote(sentence, c, quotes, lex):
        found = real_quote(sentence, c, quotes, lex)
        assert found == plain_source_in_quote(sentence, c, quotes, lex), sentence
        counted["quote"] += 1
        return found

    for lang, t in texts:
        article = Article(doc_id="x", text=t, lang=lang, published=date(2024, 1, 10))
        with monkeypatch.context() as m:
            m.setattr(F, "_places_before_uncached", counting_before)
            m.setattr(A, "_source_in_quote", checked_quote)
            fast = [r.to_dict() for r in F.extract_figures(article)]
        with monkeypatch.context() as m:
            m.setattr(F, "_places_before", lambda article, sent, places_all, starts, gaz:
                      real_before(article, sent, places_all, starts, gaz))
            m.setattr(F, "_place_once", F._place)
            m.setattr(F, "_attribution_once", F.attribution_of)
            m.setattr(F, "_past_when_at", lambda text, pos: F.PAST_WHEN.search(text, max(0, pos - 160), pos) is not None)
            m.setattr(A, "_source_in_quote", plain_source_in_quote)
            plain = [r.to_dict() for r in F.extract_figures(article)]
        assert fast == plain, t[:80]
    assert counted["before"] > 100 and counted["quote"] > 20


def _word_starts_and_number_tails(low: str):
    """The tails of `low` at each word start and right after each digit (where `_head` reads)."""
    for i, ch in enumerate(low):
        if i == 0 or not low[i - 1].isalnum() or ch.isdigit():
            yield low[i:i + 60]
        if ch.isdigit():
            yield low[i + 1:i + 61].lstrip()


@pytest.mark.parametrize("lang", supported_languages())
def test_not_people_by_look_up_matches_like_the_pattern(lang):
    """`lex.not_people_at` (`LeadingWords`) gives the word `lex.not_people.match` matches, or None,
    at every word start and after every digit of the fixture sentences and of made-up ones (spd-r225)."""
    from checker.extract.figures import lexicon
    from checker.extract.numbers import fold

    lex = lexicon(lang)
    made_up = ["12 m de haut", "5 % des", "3 têtes de bétail", "3 têtes", "45 m", "m", "%", "", "12 km_h", "4 cases,",
               "20 killer earthquakes", "2 am", "2 amis", "40 cas-contacts", "6 ans.", "un an", "100 mètres", "7 mois"]
    texts = [fold(sent.text) for text in _fixture_texts().get(lang, []) for sent in sentences(text)] + made_up
    asked = 0
    for low in texts:
        for tail in _word_starts_and_number_tails(low):
            plain = lex.not_people.match(tail)
            assert lex.not_people_at.match(tail) == (plain.group(0) if plain else None), tail
            asked += 1
    assert asked > 1000


def test_leading_words_take_the_first_word_in_order_with_no_word_character_after():
    from checker.literals import LeadingWords

    words = ["têtes de bétail", "têtes", "m", "mois", "%", "a.m.", "o'clock"]
    lead = LeadingWords(words)
    rx = re.compile("^(?:" + "|".join(rf"(?:{re.escape(w)})(?![\w])" for w in words) + ")")
    for text in ["têtes de bétail", "têtes de bois", "têtesx", "m", "m.", "ma", "mois", "moiss", "mé", "m_", "%", "%x",
                 "a.m. on", "a.m.x", "o'clock", "", "t", "mo", "m2", "m\u00e9tres"]:
        plain = rx.match(text)
        assert lead.match(text) == (plain.group(0) if plain else None), text
    with pytest.raises(ValueError):
        LeadingWords(["a", ""])


def test_demonyms_by_suffix_and_set_answer_like_the_pattern():
    """`DEMONYM.match` by its suffixes and words (spd-r225) answers as `_DEMONYM_RX` with the
    singulars' set did, on every word of the fixture articles and made-up ones."""
    from checker.extract import figures as F

    words = {"is", "ans", "xis", "÷is", "éis", "1is", "_is", "italiens", "italiennes", "américains", "new zealanders",
             "ais", "aises", "ese", "chinese", "britons", "britonsx", "croate", "syriens\n", "anglais", "iens", ""}
    for texts in _fixture_texts().values():
        for text in texts:
            words.update(F.WORD.findall(text.lower()))
    assert F._DEMONYM_PLAIN
    for word in words:
        assert F.DEMONYM.match(word) == bool(F._DEMONYM_RX.match(word) or word in F._DEMONYM_ONE), word


@pytest.mark.parametrize("lang", supported_languages())
def test_a_modifiers_measure_read_once_is_the_measures_noun(lang):
    """`_head` keeps a one-word modifier's own measure per word (`lex.bare_of`, spd-r225): the same
    as asking every measure's nouns again."""
    from checker.extract.figures import _head_uncached, lexicon

    lex = lexicon(lang)
    for word in lex.modifiers:
        if " " in word:
            continue
        _head_uncached(" " + word + " ", lex)
        plain = next(("measure:" + ms.name for ms in lex.measures if ms.nouns and ms.nouns.fullmatch(word)), None)
        assert lex.bare_of.get(word, plain) == plain, word


@pytest.mark.parametrize("lang", supported_languages())
def test_noun_openings_rule_out_only_texts_no_noun_matches(lang):
    """`lex.any_noun_starts` (`StartGate`, spd-r225) says no only where `lex.any_noun.match` fails:
    at every word start and after every digit of the fixture sentences and of made-up ones."""
    from checker.extract.figures import lexicon
    from checker.extract.numbers import fold

    lex = lexicon(lang)
    gate = lex.any_noun_starts
    assert gate is not None
    made_up = ["12 morts et blessés", "3 décédés", "3 decedes", "4 deaths", "5 dead", "6 corps", "7 bodies", "m", "", "de"]
    texts = [fold(sent.text) for text in _fixture_texts().get(lang, []) for sent in sentences(text)] + made_up
    ruled_out = 0
    for low in texts:
        for tail in _word_starts_and_number_tails(low):
            if not gate.possible(tail):
                ruled_out += 1
                assert lex.any_noun.match(tail) is None, tail
    assert ruled_out > 1000


def test_start_gate_openings_of_made_up_patterns():
    from checker.literals import StartGate

    cases = {r"^(?:a|bc)": ({"bc"}, ("a",)), r"(?:x?y)z": ({"xy", "yz"}, ()), r"(?<![\w-])(?:ab|c)\b": ({"ab"}, ("c",)),
             r"(?:de )?bless[ée]s": ({"de", "bl"}, ()), r"a{2,5}b": ({"aa"}, ()), r"(?:ab)*c": ({"ab", "c"} - {"c"}, ("c",))}
    for pattern, (full, short) in cases.items():
        gate = StartGate.of(re.compile(pattern))
        assert (set(gate.full), gate.short) == (full, short), pattern
        for text in ["a", "bc", "bcd", "xyz", "yz", "ab", "c", "de bless", "blessés", "aab", "ababc", "x", "", "zz"]:
            if re.compile(pattern).match(text):
                assert gate.possible(text), (pattern, text)
    for pattern in [r"\w+", r"[^a]b", r".x", r"(?i)ab", r"(a)\1", r"x*"]:
        assert StartGate.of(re.compile(pattern)) is None, pattern


def test_dateline_gate_lets_every_dateline_tail_through():
    # spd-r226: WorldTier.find keeps a line's first unknown word for `town_candidates` only where
    # `may_open_dateline` holds; wherever TOWN_DATELINE_AFTER matches after a word, it must hold
    from checker.normalise.world import TOWN_DATELINE_AFTER, capital_words, may_open_dateline
    made_up = ["AMATRICE, Italy (AP) — x", "Sangatte (AFP) - x", "LOCKERBIE, Scotland — x", "Kaprun:\tx",
               "Farindola \t  (Reuters) – x", "Aberfan" + " " * 30 + "- x", "Suzu", "Suzu ", "Suzu\t", "Suzu said",
               "Suzu, Japan said", "Suzu —", "Suzu ,x"]
    seen = 0
    for text in made_up + [t for texts in _fixture_texts().values() for t in texts]:
        for s, e in capital_words(text):
            for end in range(s + 1, e + 1):  # every end, not only a word's
                if TOWN_DATELINE_AFTER.match(text, end):
                    seen += 1
                    assert may_open_dateline(text, end), (text[s:e + 30], end)
    assert seen > 20
    assert not may_open_dateline("Suzu said", 4) and not may_open_dateline("Suzu", 4)


def test_tail_of_a_name_kept_per_find_answers_as_the_scan():
    # spd-r226: `_tail_of_a_name` is kept per name for the text of the running `find`
    from checker.normalise.world import world_tier
    world = world_tier()
    texts = ["Concordia : 3 morts. Le naufrage du Costa Concordia a fait 32 morts. A Concordia, rien.",
             "Deaths in Nice. Nice work by the Red Cross in Nice."] + [t for texts in _fixture_texts().values()
                                                                       for t in texts][:300]
    for text in texts:
        world.find(text)
        for name, got in world._tails.items():
            assert got == world._tail_of_name_uncached(text, name)
    world.find(texts[0])
    assert world._tails and all(v == world._tail_of_name_uncached(texts[0], k) for k, v in world._tails.items())


def test_skip_by_lstrip_passes_over_what_the_skip_pattern_matches():
    # spd-r233: `_head` asks `_skip_end` (`str.lstrip` over `_SKIP_CHARS`) for `SKIP.match(s).end()`
    from checker.extract.figures import SKIP, _SKIP_CHARS, _skip_end
    one = re.compile(r"[\s\u00a0«»\"“”]")
    assert {c for c in map(chr, range(0x110000)) if one.match(c)} == set(_SKIP_CHARS)
    made_up = ["", " ", "  «\u00a0 morts", '"» x', "\u2009\u202f“ 12", "x  ", "\n\t\u3000»killed", "« »", "é"]
    texts = made_up + [t for texts in _fixture_texts().values() for t in texts][:200]
    seen = 0
    for text in texts:
        for pos in range(len(text)):
            if pos and text[pos - 1] not in " \u00a0\n" and not text[pos - 1].isdigit():
                continue  # (after every space and every digit: where `_head` reads)
            rest = text[pos:]
            assert _skip_end(rest) == SKIP.match(rest).end(), repr(rest[:30])
            seen += 1
    assert seen > 10000


@pytest.mark.parametrize("lang", supported_languages())
def test_in_total_end_looked_for_near_the_end_answers_like_the_whole_segment(lang):
    # spd-r233: `_measure_before` searches `IN_TOTAL_END` from `IN_TOTAL_FROM_END` characters before the
    # segment's trailing white space, not over the whole segment after a look for its literals
    from checker.extract.figures import IN_TOTAL_END, IN_TOTAL_FROM_END
    assert IN_TOTAL_FROM_END is not None
    made_up = ["ont touché au total ", "ont touché au total   \n ", "au total", " au total", "killed in total ",
               "a total of  ", "a fait au total, selon, ", "au total x ", " au cumul ", "cumulées  ", " en tout\u00a0"]
    segments = list(made_up)
    for text in _fixture_texts().get(lang, []):
        low = text.lower()
        segments += [low[max(0, m.start() - 60):m.start()] + " " for m in re.finditer(r"\d", low)]
    hits = 0
    for seg in segments:
        whole = IN_TOTAL_END.possible(seg) and IN_TOTAL_END.rx.search(seg)
        near = IN_TOTAL_END.rx.search(seg, max(0, len(seg.rstrip()) - IN_TOTAL_FROM_END))
        assert (whole.span() if whole else None) == (near.span() if near else None), seg
        hits += bool(whole)
    assert hits >= 5


@pytest.mark.parametrize("lang", supported_languages())
def test_before_cues_from_one_scan_of_all_parts_answer_like_each_measures_own_search(lang):
    # spd-r233: `_before_cue` scans a segment once for the literals of every part of every measure's
    # before-cues (`GateIndex.merged`) and tries only those parts; the plain form asks each measure
    from checker.extract.figures import _before_cue, lexicon
    lex = lexicon(lang)

    def plain(seg):
        best = None
        for m in lex.measures:
            if (hit := m.before.start(seg)) is not None and (best is None or hit > best[0]):
                best = (hit, m.name)
        return best[1] if best else None

    made_up = ["a tué ", "ont tué au moins ", "the death toll rose to ", "killed at least ", "a fait ",
               "le bilan s'élève à ", "injured ", "displaced ", "blessant ", "", " ", "x"]
    segments = list(made_up)
    for text in _fixture_texts().get(lang, [])[:400]:
        low = text.lower()
        segments += [low[max(0, m.start() - width):m.start()] + " " for m in re.finditer(r"\d+", low)
                     for width in (30, 90)]
    found = 0
    for seg in segments:
        got = _before_cue(seg, lex)
        assert got == plain(seg), seg
        found += got is not None
    assert found > 50


@pytest.mark.parametrize("lang", supported_languages())
def test_digits_of_the_article_pass_kept_as_positions_answer_like_their_spans(lang):
    """`_held_and_places` keeps the article pass's digit hits as positions, apart from the number
    words' spans (spd-r242): on every fixture article (and made-up ones) the bits, places and tails
    are those of the loop that kept every spot as a span, and `_Spots.read` and `held_in` answer as
    that loop's `_Spots` did, for every sentence, a sentence less its edges and its first three
    characters."""
    from checker.extract import figures as F
    from checker.extract.numbers import fold
    from checker.normalise.places import default_gazetteer

    gaz = default_gazetteer()
    merged = F._article_pass(lang, gaz)
    for text in _fixture_texts().get(lang, []) + ["Paris", "", "12 morts. 3", "Un. 2024 : 45 tués à Paris, 7 blessés"]:
        folded = fold(text)
        held, names, tails, spots, own = F._article_words(lang).always, [], [], [], []
        for hit in merged.iter(folded):
            value = hit[1]
            held |= value[2]
            if value[1] is not None:
                names.append(hit)
            if value[3] is not None:
                tails.append((hit[0] + 1, value[0], value[3]))
            if value[4]:
                spots.append(hit)
            if value[2] & F.SENTENCE_BITS:
                own.append(hit)
        got = F._held_and_places(text, folded, lang, gaz)
        plain = F._Spots(folded, spots, own)
        assert got[0] == held and got[2] == tails, text[:80]
        assert got[1] == gaz.find(text, lang, folded, names, rivers=bool(held & F.HOLDS_RIVER),
                                  regions=bool(held & F.HOLDS_REGION_TYPE)), text[:80]
        for sent in sentences(text):
            for a, b in ((sent.start, sent.end), (sent.start + 1, sent.end - 1), (sent.start, sent.start + 3)):
                assert got[3].read(folded, a, b) == plain.read(folded, a, b), (text[a:b], text[:80])
                assert got[3].held_in(a, b) == plain.held_in(a, b), (text[a:b], text[:80])


@pytest.mark.parametrize("lang", supported_languages())
def test_reporting_verbs_found_part_by_part_are_those_of_the_alternation(lang):
    """`lex.att_verbs_parts` (the reporting verbs' alternatives searched one by one where their literals
    are, each from what follows its look-behind; spd-r242) finds the matches of `lex.att_verbs.finditer`,
    same spans and text, on every sentence of the fixtures (folded, as `_attribution_cues` reads them)
    and made-up ones."""
    from checker.extract.figures import lexicon
    from checker.extract.numbers import fold

    lex = lexicon(lang)
    if lex.att_verbs is None:
        return
    made_up = ["said said, -said x-said saidx", "a indiqué l'onu, a-t-il indiqué, ont affirmé", "said", ""]
    for text in _fixture_texts().get(lang, []) + made_up:
        for sent in sentences(text) or [None]:
            low = fold(sent.text if sent is not None else text)
            want = [(m.start(), m.end(), m.group(0)) for m in lex.att_verbs.finditer(low)]
            assert [(m.start(), m.end(), m.group(0)) for m in lex.att_verbs_parts.finditer(low)] == want, low


@pytest.mark.parametrize("lang", supported_languages())
def test_basis_cues_searched_part_by_part_find_what_the_alternation_finds(lang):
    """`lex.basis_parts` (each basis's cues searched one by one where their literals are, from what
    follows their opening assertions; spd-r242) gives `lex.basis[...].search(text, pos)`'s match, same
    span and text, on every fixture sentence (folded) from its start, a third and two thirds in."""
    from checker.extract.figures import lexicon
    from checker.extract.numbers import fold

    lex = lexicon(lang)
    made_up = ["les corps non identifiés, morgue", "bodies were identified, an estimated 40, at least 300 feared", ""]
    for name, rx in lex.basis.items():
        parts = lex.basis_parts.get(name)
        if rx is None or parts is None:
            continue
        for text in _fixture_texts().get(lang, []) + made_up:
            for sent in sentences(text) or [None]:
                low = fold(sent.text if sent is not None else text)
                for pos in (0, len(low) // 3, 2 * len(low) // 3):
                    want, got = rx.search(low, pos), parts.search(low, pos)
                    assert (got and (got.start(), got.end(), got.group(0))) == (want and (want.start(), want.end(), want.group(0))), (name, low, pos)


def test_as_of_cues_tried_at_the_first_positions_or_part_by_part_answer_like_the_search():
    """`_opens_on(AS_OF, low, end, 3)` (a match tried at the first four positions only; spd-r248) answers
    `(m := AS_OF.search(low, 0, end)) is not None and m.start() <= 3`, and `_as_of_before(low, end)` (the
    cues searched part by part in `low[:end]`) answers `AS_OF.search(low, 0, end) is not None`, the forms
    they replace, on every fixture sentence (lower-cased, as `note_window` and `_window` read it) up to
    each of its digits, words and its end, and on made-up openings."""
    from checker.extract.figures import AS_OF, _as_of_before, _opens_on

    def plain(low: str, end: int) -> bool:
        return (m := AS_OF.search(low, 0, end)) is not None and m.start() <= 3

    made_up = ["au 7 avril, l'oms recensait 238 décès", " au 7 avril", "- au 7 avril", "selon l'oms, au 7 avril",
               "as of monday, 12 dead", "as at 5 pm on friday", "  as of late june", "the toll rose by tuesday",
               "point établi le 3 mai", "arrêté au 19 octobre", "au", "", "a", "au\n12",
               "- as of monday, 12 dead", "(as of monday", "    as of monday", "the toll rose to 12 by tuesday",
               "un bilan arrêté au 19 octobre", "selon le point de situation établi le 3 mai"]
    lows = [t.lower() for ts in _fixture_texts().values() for t in ts for t in (s.text for s in sentences(t))] + made_up
    agree = opened = anywhere = 0
    for low in lows:
        ends = {len(low)} | {m.start() for m in re.finditer(r"\d+|\b\w", low[:240])}
        for end in sorted(ends):
            want = plain(low, end)
            assert _opens_on(AS_OF, low, end, 3) == want, (low[:80], end)
            found = AS_OF.search(low, 0, end) is not None
            assert _as_of_before(low, end) == found, (low[:80], end)
            agree += 1
            opened += want
            anywhere += found
    assert agree > 10_000 and opened > 20 and anywhere > opened


def test_in_care_clause_gated_by_its_words_answers_like_the_pattern():
    """`_in_care_after` searches `IN_CARE` only in a clause that holds one of `IN_CARE_WORDS` lower-cased,
    or a character `re` matches to an ASCII letter ignoring case that lower-casing does not make one
    (spd-r248): the same answer as the pattern on the clause after every number of every fixture article,
    and on made-up clauses (the dotted, dotless and long-s forms among them)."""
    from checker.extract.figures import IN_CARE, _CLAUSE_STOP, _in_care_after

    if IN_CARE is None:
        return

    def plain(text: str, end: int) -> bool:
        clause = text[end:end + 120]
        stop = _CLAUSE_STOP.search(clause)
        return IN_CARE.search(clause[:stop.start()] if stop else clause) is not None

    made_up = ["12 remain hospitalized", "12 remain HOSPITALIZED", "12 remain hoſpitalized", "12 remain HOSPİTALİZED",
               "12 remaın hospıtalızed", "5 sont toujours hospitalisés", "5 sont en réanimation", "4 were being treated",
               "3 killed. 4 remain hospitalized", "", "7"]
    texts = [t for ts in _fixture_texts().values() for t in ts] + made_up
    said = 0
    for text in texts:
        for m in re.finditer(r"\d+", text):
            want = plain(text, m.end())
            assert _in_care_after(text, m.end()) == want, (text[m.start():m.end() + 80])
            said += want
    assert said > 20


@pytest.mark.parametrize("lang", supported_languages())
def test_update_verbs_searched_from_their_width_answer_like_the_alternation(lang):
    """`lex.update_before_parts` (each verb of updating with its tail a `TailRx` part, searched from where a
    match of its width can start and where its literals are; spd-r248) answers as `lex.update_before.search`
    on the 80 characters before every digit and word start of every fixture sentence (lower-cased, as
    `_update_day` reads them), whole sentences, and made-up ones with trailing spaces and newlines."""
    from checker.extract.figures import lexicon

    lex = lexicon(lang)
    if lex.update_before is None:
        return
    made_up = ["the toll rose to 5,500 on ", "le bilan s'établit jeudi ", "le bilan s'établit \n", "rose   \n\n",
               "a indiqué le ministère de la santé dans un communiqué publié ", "said 3.5 ", "", "rose"]
    hits = 0
    for text in _fixture_texts().get(lang, []) + made_up:
        for sent in sentences(text) or [None]:
            low = (sent.text if sent is not None else text).lower()
            for end in {len(low)} | {m.start() for m in re.finditer(r"\d+|\b\w", low)}:
                window = low[(end - 80 if end > 80 else 0):end]
                want = lex.update_before.search(window) is not None
                assert lex.update_before_parts.search(window) == want, (window, lang)
                hits += want
    assert hits > 20


def _seed_and_dev_texts() -> list[str]:
    out = []
    for folder in ("fixtures/seeds", "fixtures/passages/dev"):
        for line in (ROOT / folder / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]:
            out.append((ROOT / folder / line.split(",")[0]).read_text(encoding="utf-8"))
    return out


CASE_MADE_UP = ["Floods hit SEVERAL PROVINCES, INCLUDING Aceh", "floods hit several provinces, including Aceh",
                "Floods hit ſeveral provinces, including Aceh", "Floods hit several provİnces, including Aceh",
                "Floods hit several provınces, including Aceh", "Les crues touchent PLUSIEURS RÉGIONS, NOTAMMENT Sanaa",
                "Xseveral provinces, including Aceh", "THE ARMY SAID", "the UN refugee agency said", "ſaid the army",
                "the army, the Red Cross SAID", "«Le ministère de la Santé a indiqué", ""]


def test_lower_cased_patterns_answer_like_the_case_blind_ones():
    """`LowerCased` (spd-r256): `EXAMPLE_PLACE.found_in(text, lo, hi)` answers `EXAMPLE_PLACE.rx.search(text,
    lo, hi) is not None` from every digit's end and from each of the 160 characters' window (mid-word starts
    among them) up to every capitalised word of every seed and dev article; `lex.source_subject.search` finds the
    match of the case-blind pattern (same span, same name) on the 160 characters before every word start."""
    from checker.extract.attribution import _mask_stops
    from checker.extract.figures import EXAMPLE_PLACE, lexicon

    texts = _seed_and_dev_texts() + CASE_MADE_UP
    found = asked = 0
    for text in texts:
        caps = [m.start() for m in re.finditer(r"\b[A-ZÉ]", text)]
        for lo in [m.end() for m in re.finditer(r"\d+", text)][:40] + [c - 160 for c in caps] + [c - 37 for c in caps]:
            for hi in [c for c in caps if lo < c <= lo + 200][:6]:
                lo_ = max(lo, 0)
                want = EXAMPLE_PLACE.rx.search(text, lo_, hi) is not None
                assert EXAMPLE_PLACE.found_in(text, lo_, hi) == want, (text[lo_:hi],)
                found += want
                asked += 1
    assert asked > 50_000 and found > 5
    named = tried = 0
    for lang in ("en", "fr"):
        subject = lexicon(lang).source_subject
        assert subject.low is not None
        for text in texts:
            for m in re.finditer(r"\b\w", text):
                s = _mask_stops(text[max(0, m.start() - 160):m.start()])
                want, got = subject.rx.search(s), subject.search(s)
                assert (want is None) == (got is None), s
                if want is not None:
                    assert want.span() == got.span() and want.span("name") == got.span("name"), s
                    named += 1
                tried += 1
    assert tried > 100_000 and named > 1_000


def test_lower_cased_form_only_where_the_lower_cased_text_answers_alike():
    """`LowerCased` runs no lower-cased form for a pattern with an upper-case letter, a look-behind or a letter
    matched with case outside its `(?i:...)` groups; on a text with a character that folds apart or changes
    length lower-cased it asks the pattern as written."""
    from checker.literals import LowerCased

    assert LowerCased(r"(?i)\bUN\b").low is None
    assert LowerCased(r"(?i)(?<!the )army").low is None
    assert LowerCased(r"(?i:army) said").low is None
    blind = LowerCased(r"(?i)\b(?P<who>army|police)\s+said")
    assert blind.low is not None and LowerCased(r"\b(?i:army)\s+[^.]{0,9}$").low is not None
    for text in ("The ARMY said", "the army saıd", "the army ſaid", "the polİce said", "İ the army said", "armysaid"):
        want = blind.rx.search(text)
        got = blind.search(text)
        assert (want is None) == (got is None) and (want is None or want.span("who") == got.span("who")), text
        for lo in range(len(text)):
            assert blind.found_in(text, lo, len(text)) == (blind.rx.search(text, lo, len(text)) is not None), (text, lo)


def test_street_words_before_a_name_lower_cased_answer_like_the_case_blind_pattern():
    """`world.STREET.found_in` (spd-r256, `LowerCased`) answers `STREET.rx.search(text, start - 20, start)`, the
    form it replaces in `WorldTier._acceptable`, before every capitalised word of every seed and dev article and of
    made-up ones (upper-cased, and with the characters that fold apart)."""
    from checker.normalise.world import STREET

    assert STREET.low is not None
    made_up = ["dans la RUE de Rivoli", "dans la rue de Rivoli", "dans la ruе de Rivoli", "le BARRAGE DE Kakhovka",
               "near the Lake Road Kisumu", "dans le quartier d'Arbi", "dans le quartıer d'Arbi", "sur le ſite de Goma",
               "au rond-point Koulounda", "İn the neighbourhood Dar"]
    said = asked = 0
    for text in _seed_and_dev_texts() + made_up:
        for m in re.finditer(r"\b[A-ZÀ-Ý]", text):
            start = m.start()
            want = STREET.rx.search(text, (start - 20 if start > 20 else 0), start) is not None
            assert STREET.found_in(text, (start - 20 if start > 20 else 0), start) == want, text[max(0, start - 20):start + 10]
            said += want
            asked += 1
    assert asked > 20_000 and said > 20


def test_increment_after_gated_by_its_words_answers_like_the_pattern():
    """`_increment_after(text, pos)` (spd-r256: `INCREMENT_AFTER` matched only where the clause up to the next "."
    or ";" holds one of `INCREMENT_AFTER_WORDS` lower-cased, or a character that folds apart) gives the match
    `INCREMENT_AFTER.match(text, pos)` gives, after every number and every word of every seed and dev article,
    and of made-up ones (upper-cased, with the dotless and long-s forms and the dotted capital)."""
    from checker.extract.figures import INCREMENT_AFTER, _increment_after

    made_up = ["Rescuers found 12 MORE bodies", "12 more. Bodies", "Les secours ont retrouvé 3 autres CORPS",
               "8 corps SUPPLÉMENTAIRES", "8 corps ſupplémentaires", "5 victims later succumbed to their INJURIES",
               "5 victims later succumbed to their ınjuries", "5 victımes ont succombé à leurs blessures",
               "4 people, two children, were also missing", "4 people; were also missing", "2 other BODIES",
               "Five of his co-workers also died", "12 nouveaux décès, portant le bilan à 40", "3 ADDİTİONAL deaths", "7"]
    matched = asked = 0
    for text in _seed_and_dev_texts() + made_up:
        for m in re.finditer(r"\d+\b|\b\w+\b", text):
            want = INCREMENT_AFTER.match(text, m.end())
            got = _increment_after(text, m.end())
            assert (want is None) == (got is None) and (want is None or want.span() == got.span()), text[m.start():m.end() + 80]
            matched += want is not None
            asked += 1
    assert asked > 200_000 and matched > 50


@pytest.mark.parametrize("lang", supported_languages())
def test_place_not_after_behind_one_space_run_matches_where_the_list_matches(lang):
    """`lex.place_not_after` (spd-r256, `_anchored_test`: the alternatives that open on `^\\s+` behind one `\\s+`)
    matches the 60 characters after every word of every seed and dev article, folded as `_not_origin_or_destination`
    reads them, where `_anchored` of the same list matches, the form it replaces."""
    from checker.extract.figures import _anchored, lexicon
    from checker.extract.numbers import fold
    from checker.lang import load_lang

    joined = lexicon(lang).place_not_after
    plain = _anchored(load_lang(lang)["figures"].get("place_not_after"))
    assert joined.pattern != plain.pattern
    made_up = ["kenya  red cross society said", "israel's campaign", "jordan said 99", "gaza\n department of health",
               "kenya \t\n association", "amman private school", "paris , une ville situee a 30 km", "lyon   a dit", "x"]
    hits = asked = 0
    for text in [fold(t) for t in _seed_and_dev_texts()] + made_up:
        for m in re.finditer(r"\w\b", text):
            e = m.end()
            want = plain.match(text[e:e + 60]) is not None
            assert (joined.match(text[e:e + 60]) is not None) == want, text[e - 20:e + 60]
            hits += want
            asked += 1
    assert asked > 100_000 and hits > 100


def _covered_by(items, words) -> bool:
    """Whether every string the parsed pattern `items` (a sequence) matches holds one of `words`, lower-cased:
    a run of exact characters that spells only strings holding one, a group, a repeat of at least one or a positive
    look-ahead whose content is so covered, or an alternation whose every branch is (look-behinds, negative
    look-arounds, classes and anchors cover nothing)."""
    from re import _constants as c

    from checker.literals import _exact

    run: set[str] = {""}
    for op, av in list(items) + [(None, None)]:
        exact = _exact(op, av) if op is not None else None
        if exact is not None and len(run) * len(exact) <= 4096:
            run = {a + b for a in run for b in exact}
            continue
        if run != {""} and all(any(w in s.lower() for w in words) for s in run):
            return True
        run = exact if exact is not None else {""}
        if op is c.SUBPATTERN and _covered_by(av[-1], words):
            return True
        if op is c.BRANCH and all(_covered_by(b, words) for b in av[1]):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 and _covered_by(av[2], words):
            return True
        if op is c.ASSERT and av[0] == 1 and _covered_by(av[1], words):
            return True
    return False


def test_every_increment_cue_holds_one_of_increment_literal():
    """spd-r256's gate (`_increment_after`) asks `INCREMENT_AFTER` only where the clause after a count holds one of
    `increment_literal` (`INCREMENT_AFTER_WORDS`): every alternative of `increment_more`, `increment_after_noun` and
    `increment_other` with `increment_body`, in every language, must hold one of them, or a new cue without one would
    be skipped silently (spd-r264). Checked on the compiled pattern, branch by branch; the check itself must refuse a
    cue with a new word."""
    from re import _constants as c, _parser

    from checker.extract.figures import INCREMENT_AFTER, INCREMENT_AFTER_WORDS

    parsed = list(_parser.parse(INCREMENT_AFTER.pattern))
    # `\s+(?:A|B|C)`: after the leading spaces, one alternation of the three forms
    assert len(parsed) == 2 and parsed[0][0] is c.MAX_REPEAT and parsed[1][0] is c.BRANCH
    branches = parsed[1][1][1]
    assert len(branches) == 3
    uncovered = [b for b in branches if not _covered_by(b, INCREMENT_AFTER_WORDS)]
    assert not uncovered, uncovered
    for cue in (r"(?:more|fewer)\b", r"(?=(?:[\w'’-]+\s+){0,3}?later perished)", r"autres?\s+(?:corps|restes)\b"):
        assert not _covered_by(_parser.parse(cue), INCREMENT_AFTER_WORDS), cue
    for cue in (r"(?:more|further)\b", r"(?=(?:[\w'’-]+\s+){0,3}?later succumbed to (?:his|her) (?:injuries|wounds))"):
        assert _covered_by(_parser.parse(cue), INCREMENT_AFTER_WORDS), cue


def _seed_and_dev_texts_of(lang: str) -> list[str]:
    """The seed and dev articles of `lang` (the held-out ones are left out: spd-r264)."""
    out = []
    for folder in ("fixtures/seeds", "fixtures/passages/dev"):
        for line in (ROOT / folder / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]:
            if line.split(",")[2] == lang:
                out.append((ROOT / folder / line.split(",")[0]).read_text(encoding="utf-8"))
    return out


@pytest.mark.parametrize("lang", supported_languages())
def test_rate_after_in_one_run_and_behind_its_article_bit_answers_like_each_rate(lang):
    """`lex.rate_after_rx` (spd-r264: one run of up to 30 word characters before the alternation of the rates, asked
    only where the article pass holds one of its literals, `HOLDS_RATE_AFTER`) matches the rest of a folded sentence
    after every number and word of every seed and dev article where the list it replaces (`^[\\s\\w'’-]{0,30}?\\b(?:rate)\\b`
    for each rate, gated) matches, and on made-up sentences."""
    from checker.extract import figures as F
    from checker.extract.numbers import fold
    from checker.lang import load_lang

    lex = F.lexicon(lang)
    plain = F._rx([rf"^[\s\w'’-]{{0,30}}?\b(?:{p})\b" for p in load_lang(lang)["figures"].get("rate_after", [])])
    assert plain.pattern != lex.rate_after_rx.pattern
    words = F._article_words(lang)
    made_up = ["Some 40 people die every day on the roads.", "About 12 a week, and 30 in each camp.", "Two bodies in every 3 racks.",
               "Une centaine d'enfants meurent par jour.", "Trois corps dans chaque casier, quotidiennement.",
               "Un enfant meurt toutes les dix minutes.", "Il y a 5 morts et 200 blessés, chaque année environ.", "7"]
    matched = asked = off = 0
    for text in _seed_and_dev_texts_of(lang) + made_up:
        folded = fold(text)
        held = words.held(folded)
        off += not held & F.HOLDS_RATE_AFTER
        for sent in sentences(text):
            low = folded[sent.start:sent.end]
            for m in re.finditer(r"\d+\b|\b\w+\b", low):
                right = low[m.end():]
                want = plain.match(right) is not None
                got = bool(held & F.HOLDS_RATE_AFTER) and lex.rate_after_rx.match(right) is not None
                assert got == want, right[:80]
                matched += want
                asked += 1
    assert asked > 100_000 and matched > 5 and off > 50


def test_territory_before_asked_where_its_words_are_answers_like_the_pattern():
    """`_territory_before(text, lo, hi)` (spd-r264: `TERRITORY_BEFORE` searched only where the window lower-cased
    holds one of its literals, or a character that folds apart) answers what `TERRITORY_BEFORE.search` answers on
    the 20 characters before every word of every seed and dev article, and on made-up ones (upper-cased, unaccented,
    with "ı", "ſ" and the dotted capital "İ", which `re` ignoring case reads as "i")."""
    from checker.extract.figures import TERRITORY_BEFORE, TERRITORY_BEFORE_WORDS, _territory_before

    assert TERRITORY_BEFORE is not None and "" not in TERRITORY_BEFORE_WORDS
    made_up = ["sur le territoire ukrainien", "SUR LE TERRITOIRE UKRAINIEN", "le seisme marocain", "la cote ivoirienne",
               "dans l'İle maurice", "la vılle syrienne", "le ſéisme turc", "sur son territoire\tirakien", "ville", "x"]
    said = asked = 0
    texts = _seed_and_dev_texts() + made_up
    for text in texts:
        for m in re.finditer(r"\b\w", text):
            hi = m.start()
            lo = hi - 20 if hi > 20 else 0
            want = TERRITORY_BEFORE.search(text, lo, hi) is not None
            assert _territory_before(text, lo, hi) == want, text[lo:hi + 20]
            said += want
            asked += 1
        if text in made_up[:-2]:  # each a territory phrase before its nationality: both answer yes
            hi = len(text) - len(text.split()[-1])
            assert TERRITORY_BEFORE.search(text, max(0, hi - 20), hi) and _territory_before(text, max(0, hi - 20), hi), text
    assert asked > 200_000 and said > 20


@pytest.mark.parametrize("lang", supported_languages())
def test_escapees_after_left_out_by_the_article_pass_match_nowhere(lang):
    """`ESCAPEES_AFTER` asked after a candidate only where the article pass holds one of the escapees' words
    (`HOLDS_ESCAPEES`; spd-r264): in a seed or dev article whose bit is off it matches after no number or word of
    any folded sentence, so skipping it changes no answer; and it matches somewhere where the bit is on."""
    from checker.extract import figures as F
    from checker.extract.numbers import fold

    words = F._article_words(lang)
    off = matched = 0
    made_up = {"en": "More than 4,000 prisoners escaped.", "fr": "Plus de 4.000 détenus se sont évadés."}[lang]
    for text in _seed_and_dev_texts_of(lang) + [made_up, "7 x"]:
        folded = fold(text)
        held = words.held(folded) & F.HOLDS_ESCAPEES
        off += not held
        for m in re.finditer(r"\d+\b|\b\w+\b", folded):
            if F.ESCAPEES_AFTER.match(folded, m.end()) is not None:
                assert held, folded[m.start():m.end() + 60]
                matched += 1
    assert off > 50 and matched > 2


def test_part_clause_at_the_last_comma_answers_like_the_search():
    """`_last_part_clause(text)` (spd-r264: `PART_CLAUSE` tried at the text's last comma, where the rest holds one of its
    words) gives the match `PART_CLAUSE.search(text)` gives, on the text after every number of every seed and dev
    sentence, folded, cut at every later comma and at its end, and on made-up ones."""
    from checker.extract.figures import PART_CLAUSE, PART_CLAUSE_LAST_COMMA, _last_part_clause
    from checker.extract.numbers import fold

    assert PART_CLAUSE_LAST_COMMA
    made_up = [" hostages are still held, a third of whom are believed dead", " habitants, dont 14 enfants, ont été blessés",
               " people, of them, of whom", ", , dont", " x, parmi eux", ",of them", " of whom", ""]
    segs = list(made_up)
    for text in _seed_and_dev_texts():
        low = fold(text)
        for sent in sentences(text):
            s = low[sent.start:sent.end]
            for m in re.finditer(r"\d+", s):
                rest = s[m.end():]
                segs.append(rest)
                segs.extend(rest[:c.start()] for c in re.finditer(",", rest))
    matched = 0
    for seg in segs:
        want, got = PART_CLAUSE.search(seg), _last_part_clause(seg)
        assert (want is None) == (got is None) and (want is None or want.span() == got.span()), seg
        matched += want is not None
    assert len(segs) > 20_000 and matched > 100
