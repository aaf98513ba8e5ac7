"""An article's text as the extractor expects it, whatever dress it arrived in.

The language data writes words and numbers one way: "\\n" line ends, "é" as one character, no
invisible characters. Copy arrives otherwise: Windows line ends, spaces at line ends (pasted from a
web page), soft hyphens and zero-width spaces (web CMSs), ligatures (PDFs), accents as separate
marks (macOS, some PDFs), text mis-decoded by a tool before us. Each would hide words or numbers
from the extractor, silently; each is undone here, in one place, for every input format.
`bench/robustness.py` measures the extraction on each dress.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from checker.ingest.mojibake import repaired

TRAILING_SPACES = re.compile(r"[ \t\u00a0\u202f]+$", re.M)
# Characters web copy carries that no reader sees: soft hyphens ("bles\u00adsées"), zero-width
# spaces and joiners, word joiners, a byte-order mark inside the text. They split words and
# numbers ("1\u200b200") for the extractor; dropped (columns count the text without them).
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Latin ligatures of text copied out of PDFs ("conﬁrmed", "ﬁve"): the letters they stand for
LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st"}
LIGATURE = re.compile("[\ufb00-\ufb06]")
# Any character one of the repairs below is about ("Â", "Ã" and the "€" or U+0080 of "â€" for
# mis-decoded text; not "â", which French writes in "bâtiment"): one scan of the text tells
# whether any repair is needed; most copy needs none.
SPECIAL = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufb00-\ufb06\u0300-\u036f\u00c2\u00c3\u20ac\u0080]")
# SPECIAL asked as its single characters with `in` (C speed) and its two ranges as a class of two
# ranges, which `re` tests in a few instructions per character (the whole class of many runs cost
# some 60: a quarter of a million instructions per 4 KB article)
SPECIAL_CHARS = tuple("\u00ad\u200b\u200c\u200d\u2060\ufeff\u00c2\u00c3\u20ac\u0080")
SPECIAL_RANGES = re.compile("[\u0300-\u036f\ufb00-\ufb06]")


def _special(text: str) -> bool:
    """`SPECIAL.search(text) is not None`."""
    for ch in SPECIAL_CHARS:
        if ch in text:
            return True
    return _in_special_ranges(text)


# SPECIAL_RANGES as UTF-16 code units: (high byte, highest low byte) of U+0300-U+036F and U+FB00-U+FB06
_RANGE_UNITS = ((0x03, 0x6F), (0xFB, 0x06))


def _in_special_ranges(text: str) -> bool:
    """`SPECIAL_RANGES.search(text) is not None`, from the text's UTF-16 code units: a character of
    the ranges is a unit whose high byte (second, little-endian) is 0x03 or 0xFB, found with
    `bytes.find` (memchr); `re` tested the class at every character, some 40 instructions each
    (1 % of the extraction). Astral characters are surrogate pairs (D800-DFFF), in neither range."""
    units = text.encode("utf-16-le", "surrogatepass")
    for high, top in _RANGE_UNITS:
        i = units.find(high, 1)
        while i >= 0:
            if i & 1 and units[i - 1] <= top:
                return True
            i = units.find(high, i + 1)
    return False
MIS_DECODED = ("text was mis-decoded before it reached us ('Ã©' for 'é', 'â€™' for '’'): repaired with ftfy; "
               "line and column numbers refer to the repaired text")


def cleaned(text: str) -> tuple[str, Optional[str]]:
    """The text to extract from, and a warning for the user when the repair is one they should know
    of (mis-decoded text); the other changes are typography, said nowhere."""
    if "\r" in text:
        # Windows ("\r\n") and old Mac ("\r") line ends as "\n": the extractor reads a line end
        # as a paragraph's end and a blank line as the headline's; lines and columns are unchanged
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    warning = None
    if not text.isascii() and _special(text):
        text, warning = _letters(text)
    if " \n" in text or "\t\n" in text or "\u00a0\n" in text:
        # spaces at a line's end (text pasted from a web page) mean nothing, and a line of spaces
        # is the blank line that ends a headline
        text = TRAILING_SPACES.sub("", text)
    return text, warning


def _letters(text: str) -> tuple[str, Optional[str]]:
    """Invisible characters dropped, ligatures spelt out, accents composed, mis-decoding undone."""
    if INVISIBLE.search(text):
        text = INVISIBLE.sub("", text)
    if LIGATURE.search(text):
        text = text.translate(LIGATURES)
    if not unicodedata.is_normalized("NFC", text):
        # accents as separate marks ("e" + U+0301): the language data writes "é" as one character,
        # so "évacuées" would match no word
        text = unicodedata.normalize("NFC", text)
    if (fixed := repaired(text)) is not None:
        return fixed, MIS_DECODED
    return text, None
