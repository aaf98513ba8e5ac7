"""checker/literals.py: the fast forms of the extractor's patterns match exactly what the plain
patterns match. Checked on random words and texts, and on every pattern of the language data
against every sentence of the fixtures."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from checker.extract.text import sentences
from checker.lang import load_lang, supported_languages
from checker.literals import (AssertionsAfter, BoundedWords, GateIndex, NearLiterals, WordFirst, Gated, alternation, any_in, assertions_after,
                              gated, join_alternatives, required_literals, split_leading_assertions)

ROOT = Path(__file__).resolve().parent.parent


def _longest_first(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _spans(rx, text):
    return [(m.span(), m.group(0)) for m in rx.finditer(text)]


def test_trie_alternation_matches_like_longest_first_alternation():
    rng = random.Random(3)
    contexts = [r"(?<![\w-])(?:{})(?![\w-])", r"(?:{})b", r"({})\.?$", r"x?(?:{})s?"]
    for _ in range(2000):
        words = {"".join(rng.choice("ab.- ") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 6))}
        text = "".join(rng.choice("ab.- ") for _ in range(40))
        for ctx in contexts:
            plain, trie = re.compile(ctx.format(_longest_first(words))), re.compile(ctx.format(alternation(words)))
            assert _spans(plain, text) == _spans(trie, text), (words, text, ctx)


def test_any_in_answers_like_any_over_a_generator():
    rng = random.Random(11)
    for _ in range(5000):
        words = tuple("".join(rng.choice("abé ") for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(0, 5)))
        text = "".join(rng.choice("abé -") for _ in range(rng.randrange(0, 12)))
        for container in (text, set(text.split()), list(text)):
            assert any_in(container, words) is any(w in container for w in words), (words, container)


def test_bounded_words_match_like_the_lookbehind_pattern():
    rng = random.Random(5)
    for _ in range(2000):
        words = {"".join(rng.choice("abn") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))}
        text = "".join(rng.choice("abn -") for _ in range(40))
        plain = re.compile(rf"(?<!\w)(?:{_longest_first(words)})(?!\w)")
        assert _spans(plain, text) == _spans(BoundedWords(words), text), (words, text)
    for _ in range(20000):  # `found`, from one scan of the words after a non-word character
        words = {"".join(rng.choice("abné") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))}
        text = "".join(rng.choice(["a", "b", "n", "é", "ab", " ", "-", "_", "9", "\n", "'"]) for _ in range(rng.randrange(0, 20)))
        finder = BoundedWords(words)
        assert finder._after is not None
        assert finder.found(text) == [m.group() for m in finder.finditer(text)], (words, text)


def test_word_first_searches_like_the_boundary_pattern():
    alts = ["toll", "death count", "number of (?:casualties|deaths|dead)", "bilan"]
    plain = re.compile(r"\b(?:" + "|".join(alts) + r")\b")
    fast = WordFirst(alts, r"\b")
    rng = random.Random(11)
    pieces = ["toll", "bilan", "xbilan", "tolls", "death count", "number of dead", " ", "_", "é", "a", "-", "9"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        pos, endpos = rng.randrange(0, len(text) + 1), rng.randrange(0, len(text) + 1)
        for args in ((text,), (text, pos), (text, pos, endpos)):
            a, b = plain.search(*args), fast.search(*args)
            assert (a and a.span()) == (b and b.span()), (args,)
    with pytest.raises(ValueError):
        WordFirst(["(?:a|b)"])  # may start otherwise than with a word character


def test_assertions_after_search_like_the_pattern():
    """`AssertionsAfter` finds, from any `pos` to any `endpos`, the match the pattern finds."""
    patterns = [r"(?<!\bwas )(?<!\bis )\b(?:killed|shot)(?: dead)? (?:him|\d+ (?:people|men))\b",
                r"(?:(?<![\w-])(?:a|ab)(?:-b)?)", r"(?<=a)\bb+", r"\b(?<!x )(?P<w>[ab]+)\s*"]
    rng = random.Random(17)
    pieces = ["killed", "shot", " dead", " him", " 12 people", " men", "was ", "is ", " ", "x", "a", "b", "-", "é", "\n"]
    for pattern in patterns:
        plain, fast = re.compile(pattern), AssertionsAfter(pattern)
        for _ in range(5000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
            pos, endpos = rng.randrange(0, len(text) + 1), rng.randrange(0, len(text) + 1)
            for args in ((text,), (text, pos), (text, pos, endpos)):
                a, b = plain.search(*args), fast.search(*args)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (pattern, args)
    assert split_leading_assertions(r"(?:(?<!a)\b(?:x|y)z)") == (r"(?<!a)\b", "(?:x|y)z")
    assert split_leading_assertions(r"(?:a)|(?:b)") == ("", r"(?:a)|(?:b)")
    assert isinstance(assertions_after(r"(?<!a)x|(?<!b)y"), re.Pattern)  # two alternatives: left plain
    with pytest.raises(ValueError):
        AssertionsAfter(r"(?<!(a))x")  # a group in the assertions would shift the groups' numbers


def test_near_literals_find_what_the_pattern_finds():
    """`NearLiterals.finditer` yields the matches `finditer` of the pattern yields, groups and all."""
    patterns = [(r"\b(?:[Tt]he (?:big )?cap(?! of)|(?:[Ll]a|[Cc]ette) capa(?!,? [A-Z]))", ["cap"]),
                (r"(?<![\w-])(?P<w>bc|ba(?:a|ab)?)c?(?=\s)", None), (r"\b(?:cap|capa)\b", ["cap"])]
    rng = random.Random(23)
    pieces = ["the ", "The ", "big ", "cap", "capa", "la ", "Cette ", " of", ", ", "A", "a", "b", "c", "ba", "-", " ", "é", "\n"]
    for pattern, lits in patterns:
        plain, fast = re.compile(pattern), NearLiterals(pattern, lits)
        for _ in range(20000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert expected == [(m.span(), m.groups()) for m in fast.finditer(text)], (pattern, text)
            starts = sorted(at for lit in fast.literals for at in range(len(text)) if text.startswith(lit, at))
            for way in (fast._around, fast._from_first):  # (each of its two ways, whichever it takes here)
                assert expected == [(m.span(), m.groups()) for m in way(text, starts)], (pattern, text, way)
    with pytest.raises(ValueError):
        NearLiterals(r"\b(?:the cap|la capa)", ["capa"])  # "the cap" holds no "capa"
    with pytest.raises(ValueError):
        NearLiterals(r"\bcap\w*")  # no bound on a match's width


def test_module_near_literals_patterns_find_what_the_plain_ones_find():
    """Every module-level `NearLiterals` of the extractor finds, in every fixture article, what its
    pattern compiled plainly finds."""
    from checker.extract import figures
    found = sorted((name, value) for name, value in vars(figures).items() if isinstance(value, NearLiterals))
    assert found
    texts = [p.read_text(encoding="utf-8") for folder in ("fixtures/seeds", "fixtures/passages/dev")
             for p in sorted((ROOT / folder).glob("*.txt"))]
    for name, fast in found:
        plain = re.compile(fast.pattern)
        for text in texts:
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)], name


def _assertions_after_patterns():
    from checker.extract import figures
    return sorted((name, value) for name, value in vars(figures).items() if isinstance(value, AssertionsAfter))


@pytest.mark.parametrize("lang", supported_languages())
def test_patterns_searched_after_their_assertions_match_like_the_plain_ones(lang):
    """Every `AssertionsAfter` of the extractor answers `search`, `match` and `finditer` like its
    pattern compiled plainly, on every fixture sentence, from positions through it."""
    found = _assertions_after_patterns()
    assert found, "no pattern searched after its assertions"
    for name, fast in found:
        plain = re.compile(fast.pattern, fast.flags)
        for low in _fixture_sentences().get(lang, []):
            assert [m.span() for m in plain.finditer(low)] == [m.span() for m in fast.finditer(low)], (name, low)
            for pos in range(0, len(low), 9):
                for endpos in (len(low), pos + 40):
                    a, b = plain.search(low, pos, endpos), fast.search(low, pos, endpos)
                    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, low, pos, endpos)
                    a, b = plain.match(low, pos, endpos), fast.match(low, pos, endpos)
                    assert (a and a.span()) == (b and b.span()), (name, low, pos, endpos)


@pytest.mark.parametrize("lang", supported_languages())
def test_module_gated_patterns_search_like_the_plain_ones_in_windows(lang):
    """Every module-level `Gated` pattern of the extractor and the gazetteer answers `search` and
    `match` over a window (`pos`, `endpos`: its literals looked for in the window only) like its
    pattern compiled plainly, on every fixture sentence."""
    from checker.extract import figures
    from checker.normalise import places
    found = sorted((name, value) for mod in (figures, places) for name, value in vars(mod).items() if isinstance(value, Gated))
    assert found
    for name, fast in found:
        for low in _fixture_sentences().get(lang, []):
            for pos in range(0, len(low), 11):
                for endpos in (len(low), pos + 30, pos + 90):
                    a, b = fast.rx.search(low, pos, endpos), fast.search(low, pos, endpos)
                    assert (a and a.span()) == (b and b.span()), (name, low, pos, endpos)
                    a, b = fast.rx.match(low, pos, endpos), fast.match(low, pos, endpos)
                    assert (a and a.span()) == (b and b.span()), (name, low, pos, endpos)


def test_shared_opening_written_once_matches_like_each_alternative_with_its_own():
    rng = random.Random(11)
    openings = [r"(?<![\w])", r"(?<![\w-])", r"\b", "^", ""]
    for _ in range(3000):
        opening = rng.choice(openings)
        cores = ["".join(rng.choice(["a", "b", "-", " ", "a?", "(?:a|b)", "[ab]", "\\s*$", "|"]) for _ in range(rng.randint(1, 4)))
                 for _ in range(rng.randint(1, 4))]
        parts = [opening + c for c in cores if c and not c.startswith(("?", "*", "|"))]
        try:
            plain = re.compile("|".join(f"(?:{p})" for p in parts))
        except re.error:
            continue
        text = "".join(rng.choice("ab- ") for _ in range(30))
        assert _spans(plain, text) == _spans(re.compile(join_alternatives(parts)), text), (parts, text)


def test_shared_opening_is_not_taken_out_of_a_branch_it_does_not_cover():
    assert join_alternatives([r"(?<![\w])a|b", r"(?<![\w])c"]) == r"(?:(?<![\w])a|b)|(?:(?<![\w])c)"
    assert join_alternatives([r"(?<![\w])(?:a|b)", r"(?<![\w])[|]c"]) == r"(?<![\w])(?:(?:(?:a|b))|(?:[|]c))"


@pytest.mark.parametrize("pattern,literals", [
    (r"tu[ée]e?s?\b", {"tue", "tué"}),
    (r"\bd[ée]but", {"debut", "début"}),
    (r"la nuit derni[èe]re|cette nuit", {"la nuit derniere", "la nuit dernière", "cette nuit"}),
    (r"\b(?P<d1>lundi|mardi)\b", {"lundi", "mardi"}),
    (r"mort(?:e|s|es)?\b", {"mort"}),
    (r"x?", None),
    (r"\d+", None),
    (r"(?i)killed", None),
])
def test_required_literals(pattern, literals):
    got = required_literals(pattern)
    assert (set(got) if got is not None else None) == literals


def _fixture_sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for folder in ("fixtures/seeds", "fixtures/passages/dev"):
        for line in (ROOT / folder / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]:
            name, lang = line.split(",")[0], line.split(",")[2]
            text = (ROOT / folder / name).read_text(encoding="utf-8").lower().replace("’", "'")
            out.setdefault(lang, []).extend(s.text for s in sentences(text))
    return out


def _patterns(data, out):
    """Every string under the language data's pattern lists (measures' cues, time patterns...)."""
    if isinstance(data, str):
        try:
            re.compile(data)
        except re.error:
            return
        out.append(data)
    elif isinstance(data, list):
        for item in data:
            _patterns(item, out)
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in ("examples", "words", "scales", "groups", "weekdays", "months", "units", "number_words"):
                _patterns(value, out)


@pytest.mark.parametrize("lang", supported_languages())
def test_gated_patterns_find_what_plain_patterns_find(lang):
    texts = _fixture_sentences()[lang]
    patterns: list[str] = []
    _patterns({k: v for k, v in load_lang(lang).items() if k != "numbers"}, patterns)
    assert len(patterns) > 50
    checked = 0
    for pattern in patterns:
        fast = gated(pattern)
        if not isinstance(fast, Gated):
            continue
        plain = re.compile(pattern)
        checked += 1
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (pattern, text)
            fs, ps = fast.search(text, 5), plain.search(text, 5)
            assert (fs and fs.span()) == (ps and ps.span()), (pattern, text)
            for pos in (0, 5, len(text) // 2):  # `match` looks for the literals near `pos` only
                fm, pm = fast.match(text, pos), plain.match(text, pos)
                assert (fm and fm.span()) == (pm and pm.span()), (pattern, text, pos)
    assert checked > 30


@pytest.mark.parametrize("lang", supported_languages())
def test_gate_index_keeps_every_pattern_that_matches(lang):
    """`GateIndex.candidates` may keep a pattern that does not match, never drop one that does."""
    texts = _fixture_sentences()[lang]
    patterns: list[str] = []
    _patterns({k: v for k, v in load_lang(lang).items() if k != "numbers"}, patterns)
    compiled = [gated(p) for p in patterns]
    index = GateIndex(compiled)
    for text in texts:
        for pos in (0, 7):
            kept = index.candidates(text, pos)
            for i, rx in enumerate(compiled):
                if i not in kept:
                    assert index.raw[i].search(text, pos) is None, (patterns[i], text)


def test_whole_names_find_what_the_lookbehind_alternation_finds():
    """The gazetteer's Aho-Corasick scan (`_whole_names`) against the regex it replaced, on random
    names and texts (names that are prefixes, suffixes and parts of one another, hyphens)."""
    from checker.normalise.places import _whole_names
    from checker.literals import literal_automaton

    rng = random.Random(17)
    for _ in range(3000):
        names = {"".join(rng.choice("ab- ") for _ in range(rng.randint(1, 4))).strip(" ") for _ in range(rng.randint(1, 6))}
        names = {n for n in names if n}
        if not names:
            continue
        text = "".join(rng.choice("ab-_ 1") for _ in range(40))
        plain = re.compile(rf"(?<![\w-])(?:{_longest_first(names)})(?![\w-])")
        finder = literal_automaton(names, lambda n: (len(n), n))
        assert [(s, e) for s, e, _ in _whole_names(text, finder)] == [m.span() for m in plain.finditer(text)], (names, text)
    assert _whole_names("alep", literal_automaton([])) == []


@pytest.mark.parametrize("lang", supported_languages())
def test_tail_patterns_part_by_part_find_what_the_alternation_finds(lang):
    """`TailRx.start` (only the parts whose literals the window holds, each from where a match of
    its own width can start) against a search of the whole alternation, on the windows before
    every number of the fixture sentences."""
    from checker.extract.figures import TailRx, _ungated, lexicon

    lex = lexicon(lang)
    tails = [t for t in vars(lex).values() if isinstance(t, TailRx) and t]
    tails += [m.before for m in lex.measures if m.before]
    assert len(tails) > 10
    windows = [text[:m.start()] for text in _fixture_sentences()[lang] for m in re.finditer(r"\d", text)]
    windows += [text[:k] for text in _fixture_sentences()[lang][:300] for k in range(0, len(text), 9)]
    for tail in tails:
        alternatives = [_ungated(rx) for rx in (tail.bounded, tail.unbounded) if rx is not None]
        for w in windows:
            starts = [m.start() for rx in alternatives if (m := rx.search(w))]
            assert tail.start(w) == (min(starts) if starts else None), (w, [rx.pattern[:80] for rx in alternatives])
            assert tail.search(w) == bool(starts)


def test_pickled_gates_load_their_automata_when_first_asked():
    """`Gated` and `GateIndex` pickle their automaton as bytes, loaded when first asked and then put in
    the owner's place (`_Unloaded`, spd-r201): the same answers as the gate that was pickled; owners
    sharing one set of patterns share one frozenset."""
    import pickle

    from checker.literals import GateIndex, Gated, _Unloaded

    words = [f"mot{k}" for k in range(30)]
    g = Gated("(?:" + "|".join(words) + r")\d", frozenset(words))
    index = GateIndex([g, Gated(r"mot1\d", frozenset(["mot1"])), None, re.compile("x")])
    assert g._finder is not None and index.finder is not None
    g2, index2 = pickle.loads(pickle.dumps((g, index)))
    assert isinstance(g2._finder, _Unloaded) and isinstance(index2.finder, _Unloaded)
    for text in ("a mot12 b", "mot29x", "rien", "mot1", "x mot7 mot3"):
        assert g2.search(text) == g.search(text) or g2.search(text).span() == g.search(text).span()
        assert index2.candidates(text) == index.candidates(text)
    assert not isinstance(g2._finder, _Unloaded) and not isinstance(index2.finder, _Unloaded)
    assert dict(g2._finder.items()) == dict(g._finder.items())
    # pickled again before and after loading: the same automaton
    g3 = pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(g))))
    assert dict(g3._finder.items()) == dict(g._finder.items())
    assert index.owners["mot1"] is not index.owners["mot2"] and index.owners["mot2"] is index.owners["mot3"]
