"""Paragraphs, sentences and quotations of an article, with offsets into its text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from checker.lang import cues

# A sentence ends at its punctuation (group "gap" is what follows it up to the next sentence).
# The pattern starts with the punctuation itself, so `re` skips straight to the full stops.
SENTENCE_END = re.compile(r"[.!?…](?P<gap>(?:\s?[\"»”’])?\s+)(?=[\"«“‘'(\-–—]?\s?[A-ZÀ-ÖØ-Ý])")
# The same, with "\n" left out of every `\s`: it never crosses a line break, so one scan of the
# whole article finds, line by line, what SENTENCE_END finds in each line alone (a `finditer`
# call per paragraph cost as much as its scan on wire copy's short paragraphs)
SENTENCE_END_IN_LINE = re.compile(r"[.!?…](?P<gap>(?:[^\S\n]?[\"»”’])?[^\S\n]+)(?=[\"«“‘'(\-–—]?[^\S\n]?[A-ZÀ-ÖØ-Ý])")
# A line that holds only a number ("1.3 million", "40K", "448,000", "2,000+"): a fact box's figure
FACT_NUMBER = re.compile(r"\s*\d[\d.,\u00a0\u202f' ]{0,12}(?:\s?[^\W\d_]{1,8})?\+?\s*")
ABBREVIATIONS = re.compile(r"(?:\b(?:" + cues("abbreviation") + r")\.|\b[A-Z]\.)$")
# "as of 2 p.m. Tuesday, 91 were in Suzu": a clock time's stop before a weekday is no sentence end
CLOCK_BEFORE = re.compile(r"\b(?:" + cues("clock_abbreviation") + r")\.$")
CLOCK_DAY_AFTER = re.compile(r"(?:" + cues("clock_day_after") + r")")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def _sentence_ends(text: str) -> list[tuple[int, int, int]]:
    """(start, gap start, gap end) of each `SENTENCE_END_IN_LINE.finditer(text)` match, found from
    its punctuation marks: `str.find` reaches each mark at C speed, and the pattern is tried only
    where one is followed by a space or a closing quote, as every match's gap starts. (`re` scanned
    the whole article through the class of the four marks: 300,000 instructions per article.)"""
    spots = []
    for mark in _END_MARKS:
        i = text.find(mark)
        while i >= 0:
            spots.append(i)
            i = text.find(mark, i + 1)
    spots.sort()
    out = []
    last = 0
    match = SENTENCE_END_IN_LINE.match
    for p in spots:
        if p < last:
            continue
        after = text[p + 1:p + 2]
        if not (after in _CLOSING or after.isspace() and after != "\n"):
            continue
        if (m := match(text, p)) is not None:
            out.append((p, m.start("gap"), m.end("gap")))
            last = m.end()
    return out


_END_MARKS = (".", "!", "?", "…")  # SENTENCE_END_IN_LINE's first character
_CLOSING = frozenset('"»”’')  # with a space but a line end, what its gap may start with


def sentences(text: str) -> list[Sentence]:
    """Split on line breaks (paragraphs) and sentence ends, never inside "270.000" or "M. Kerry"."""
    out: list[Sentence] = []
    pos = 0
    lines = text.split("\n")
    # every line's sentence ends, from one scan of the text: (start of the punctuation, of the gap, end)
    ends = _sentence_ends(text)
    e_index = 0
    p_index = -1
    while p_index + 1 < len(lines):
        p_index += 1
        para = lines[p_index]
        start = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        joined = False
        if para[:1].isdigit() or para[:1] == " " and para.lstrip()[:1].isdigit():
            if (FACT_NUMBER.fullmatch(para) and p_index + 1 < len(lines)
                    and (label := lines[p_index + 1]).strip() and not FACT_NUMBER.fullmatch(label)):
                # A fact box's number with its label on the next line ("40K\nPeople displaced"):
                # one sentence, so the label is the number's noun and verb
                para = para + "\n" + label
                pos += len(label) + 1
                p_index += 1
                joined = True
        while e_index < len(ends) and ends[e_index][0] < start:
            e_index += 1
        if not joined:  # one line: its sentence ends were found in the text
            found = []
            while e_index < len(ends) and ends[e_index][0] < pos:
                found.append((ends[e_index][1] - start, ends[e_index][2] - start))
                e_index += 1
        else:  # a fact box's number and its label, joined: read apart as before
            found = [(m.start("gap"), m.end()) for m in SENTENCE_END.finditer(para)]
        cut = 0
        for end, gap_end in found:  # end: just after the punctuation
            if _abbreviation_before(para, end):
                continue
            if para[end - 1:end] == "." and CLOCK_BEFORE.search(para, (end - 6 if end > 6 else 0), end) \
                    and CLOCK_DAY_AFTER.match(para, gap_end):
                continue
            piece = para[cut:end + len(para[end:gap_end].rstrip())]
            if piece.strip():
                out.extend(_bounded(start + cut, piece, p_index))
            cut = gap_end
        if para[cut:].strip():
            out.extend(_bounded(start + cut, para[cut:], p_index))
    return out


# Wire sentences run to a few hundred characters (441 at most in the fixtures); a "sentence" of
# tens of thousands is a page whose full stops were lost (a scraped table, a transcript, a list
# flattened into one line). Each figure looks over its whole sentence, so such a line costs time
# in the square of its length (80,000 characters took 100 s): it is read in pieces cut at a
# clause boundary instead.
LONGEST_SENTENCE = 1000


def _bounded(offset: int, piece: str, paragraph: int) -> list[Sentence]:
    """`piece` as one sentence, or cut into pieces of at most LONGEST_SENTENCE characters at the
    last semicolon or comma before the limit (at the last space if there is none). A bar between
    spaces parts cells ("Killed: 54 | Injured: 120 | Missing: 9"): each is read as a sentence of its own."""
    out: list[Sentence] = []
    if " | " in piece:
        at = 0
        for cell in piece.split(" | "):
            out.extend(_bounded(offset + at, cell, paragraph))
            at += len(cell) + 3
        return out
    while len(piece) > LONGEST_SENTENCE:
        window = piece[:LONGEST_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        if cut < LONGEST_SENTENCE // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else LONGEST_SENTENCE
        if piece[:cut].strip():
            out.append(_sentence(offset, piece[:cut], paragraph))
        offset, piece = offset + cut, piece[cut:]
    if piece.strip():
        out.append(_sentence(offset, piece, paragraph))
    return out


def _abbreviation_before(para: str, end: int) -> bool:
    """Does `para[:end]`, closing quotes aside, end with an abbreviation ("M.", "U.S.")?

    Searched over the last few characters only: `re` still sees what precedes them for `\b`,
    so the answer is the same as over the whole paragraph, without rescanning it at every full stop."""
    while end > 0 and para[end - 1] in "\"»”’":
        end -= 1
    m = ABBREVIATIONS.search(para, (end - _LONGEST_ABBREVIATION if end > _LONGEST_ABBREVIATION else 0), end)
    if m is None:
        return False
    if m.end() - m.start() == 2 and para[m.start()].isupper() and not NAMED_ABBREVIATION.fullmatch(m.group()) \
            and (prev := LAST_WORD.search(para, max(0, m.start() - 40), m.start())) and prev.group(1)[0].islower():
        return False  # "sur le réseau social X. Avant ...": a letter after a lower-case word is no initial
    return True


LAST_WORD = re.compile(r"(\w[\w'’-]*)\s+$")
NAMED_ABBREVIATION = re.compile(r"(?:" + cues("abbreviation") + r")\.")


_LONGEST_ABBREVIATION = 8  # "J.-C." and "Mmes." are the longest


def _sentence(offset: int, piece: str, paragraph: int) -> Sentence:
    lead = len(piece) - len(piece.lstrip())
    body = piece.strip()
    return Sentence(offset + lead, offset + lead + len(body), body, paragraph)


QUOTE_PAIRS = [("«", "»"), ("“", "”"), ('"', '"'), ("„", "“")]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (guillemets, curly or straight quotes), paired per line."""
    spans: list[tuple[int, int]] = []
    for opener, closer in QUOTE_PAIRS:
        if opener == closer:
            positions = [m.start() for m in re.finditer(re.escape(opener), text)]
            # (only where a pair would span a paragraph break: most articles close every quotation)
            marks = _continued_quotes(text, positions, opener) \
                if len(positions) > 2 and any(text.find("\n\n", a, b) >= 0 for a, b in zip(positions[0::2], positions[1::2])) else ()
            if marks:
                positions = [q for q in positions if q not in marks]
            for a, b in zip(positions[0::2], positions[1::2]):
                if "\n\n" not in text[a:b] or marks and _continued_between(text, a, b, marks):
                    spans.append((a, b))
        else:
            for m in re.finditer(re.escape(opener) + r"[^" + re.escape(closer) + r"]{1,2000}" + re.escape(closer), text):
                spans.append((m.start(), m.end()))
    return spans


def _continued_quotes(text: str, positions: list[int], mark: str) -> set[int]:
    """The quote marks that open a paragraph only to continue a quotation the paragraph before left
    open: wire copy quotes a speaker over several paragraphs, each after the first opening on a quote
    mark and only the last closing it ("said: \"It started last night ...\n\n\"They killed people ...\n\n\"Those
    that were rushed to hospital were up to 46 ...\"")."""
    marks: set[int] = set()
    carry = False
    k = 0
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        end = n if end < 0 else end
        first = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        if first < end:  # a blank line changes nothing
            while k < len(positions) and positions[k] < start:
                k += 1
            own = []
            while k < len(positions) and positions[k] < end:
                own.append(positions[k])
                k += 1
            inside_now = False
            if carry and own and own[0] == first:
                marks.add(own[0])
                own, inside_now = own[1:], True
            for _ in own:
                inside_now = not inside_now
            carry = inside_now
        start = end + 1
    return marks


def _continued_between(text: str, a: int, b: int, marks: set[int]) -> bool:
    """Does every paragraph between `a` and `b` open on a continuation mark?"""
    pos = text.find("\n", a, b)
    while pos >= 0:
        nxt = pos + 1
        while nxt < b and text[nxt] in " \t\n":
            nxt += 1
        if nxt < b and nxt not in marks:
            return False
        pos = text.find("\n", nxt, b)
    return True


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    # (a loop, not `any` over a generator: asked for every number, record and quotation test, and
    # the generator's resumption per span cost more than the comparisons)
    for a, b in spans:
        if a <= start and end <= b:
            return True
    return False


# --------------------------------------------------------------------------- hard-wrapped text

# Text copied from a PDF (an OCHA situation report, a ministry's communiqué), an e-mail or some
# feed exports reaches us broken into lines of 60-100 characters, and every line break would be
# read as a paragraph's end: "20 people were\nkilled" would lose its verb, and a place named in
# the first line of a paragraph would not reach the figure in its third.
WRAP_WIDEST = 110  # a wrapped text's longest line: 72-80 for mail and feeds, up to ~100 for PDFs
WRAP_MIN_BREAKS = 4
LIST_ITEM = re.compile(r"\s*(?:[-•*–—▪◦·]|\d{1,2}[.)])\s")
_ENDS_SENTENCE = tuple(".!?…:;»\"”’)")


def unwrapped(text: str) -> str:
    """`text` (with "\n" line ends) with the line breaks of hard wrapping turned into spaces, or
    `text` itself when it is not hard-wrapped. Same length, so every offset into it is an offset
    into `text`.

    A text is hard-wrapped when at least WRAP_MIN_BREAKS lines are followed by another non-blank
    line, the longest of those is at most WRAP_WIDEST characters, most fill at least 60 % of it,
    and most end inside a sentence (a paragraph written on one line ends at a full stop). A break
    is kept after a short line (a paragraph's end, a headline) and before a list item."""
    if text.count("\n") < WRAP_MIN_BREAKS:
        return text
    lines = text.split("\n")
    inner = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    if len(inner) < WRAP_MIN_BREAKS:
        return text
    lengths = [len(lines[i].rstrip()) for i in inner]
    width = max(lengths)
    if width > WRAP_WIDEST:
        return text
    full = [i for i, n in zip(inner, lengths) if n >= 0.6 * width]
    mid_sentence = sum(1 for i in full if not lines[i].rstrip().endswith(_ENDS_SENTENCE))
    if len(full) < 0.7 * len(inner) or mid_sentence < 0.5 * len(full):
        return text
    soft = {i for i in full if not LIST_ITEM.match(lines[i + 1])}
    return "".join(line + (" " if i in soft else "\n") for i, line in enumerate(lines))[:-1]
