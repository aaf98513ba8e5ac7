"""Finding article files and turning their bytes into text, refusing what is not text.

Every refusal goes to the ProblemLog with the file's name and returns None, so the caller just
moves on to the next file: one bad file must never stop a batch.
"""
from __future__ import annotations

import codecs
import gzip
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from checker.problems import ProblemLog

ARTICLE_SUFFIXES = (".txt", ".json", ".jsonl", ".csv", ".html", ".htm")
STREAMED_SUFFIXES = (".jsonl", ".csv")  # read line by line, so their size does not matter
SNIFF_BYTES = 64 * 1024
# Legacy encodings still found in French newsroom exports; anything else is too unsure to accept.
LEGACY_ENCODINGS = {"cp1252", "windows-1252", "latin_1", "latin-1", "iso8859_1", "iso-8859-1",
                    "iso8859_15", "iso-8859-15"}
_CONTROL_OK = {"\t", "\n", "\r", "\f", "\v"}

# UTF-8 copy with a few bytes of a legacy encoding in it (a line typed or pasted in an old editor):
# read as UTF-8, each byte that belongs to no UTF-8 sequence as cp1252. Decoding the whole file as
# cp1252 instead would turn every other accented letter into "Ã©" and lose its figures.
MIXED = "utf-8 with cp1252 bytes"
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_STRAY = "casualty-check-cp1252"


def _stray_byte_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    bad = exc.object[exc.start:exc.end]  # type: ignore[attr-defined]
    return bad.decode("cp1252", errors="replace"), exc.end  # type: ignore[attr-defined]


codecs.register_error(_STRAY, _stray_byte_as_cp1252)


def decode(data: bytes, encoding: str) -> str:
    """`data` in the encoding `choose_encoding` gave (MIXED: UTF-8 and stray cp1252 bytes)."""
    return data.decode("utf-8", errors=_STRAY) if encoding == MIXED else data.decode(encoding)


def _stray_bytes(data: bytes, final: bool = True) -> int:
    """How many bytes of `data` belong to no UTF-8 sequence (`final=False`: a sequence cut off at
    the end, where a file's head stops, is not counted)."""
    count, at = 0, 0
    while True:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(data[at:], final=final)
            return count
        except UnicodeDecodeError as exc:
            count += exc.end - exc.start
            at += exc.end


def article_suffix(path: Path) -> str:
    """The article format of a file, under a gzip layer: ".jsonl" for "batch.jsonl" and for
    "batch.jsonl.gz" (archives of wire copy are kept compressed)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return suffixes[-2] if len(suffixes) > 1 else ""
    return suffixes[-1] if suffixes else ""


def _gzipped(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def _open_bytes(path: Path):
    """The file's bytes as a binary stream, decompressed on the fly when it is gzipped."""
    return gzip.open(path, "rb") if _gzipped(path) else open(path, "rb")


def _text_size(path: Path) -> int:
    """Bytes of text the file holds: its size, or for a gzip file the size it records for its
    content (modulo 4 GiB, which the caller's limit is far below)."""
    size = path.stat().st_size
    if not _gzipped(path) or size < 18:
        return size
    with open(path, "rb") as fh:
        fh.seek(-4, os.SEEK_END)
        return int.from_bytes(fh.read(4), "little")


@dataclass(frozen=True)
class Source:
    """One file to read, and whether the user named it (errors) or we found it in a folder
    (files that are clearly not articles are skipped with a warning)."""

    path: Path
    explicit: bool


# Documents that hold an article's text in a form casualty-check does not read: found in a folder,
# each is named (a warning) instead of passing in silence, so an editor who dropped a PDF among
# the articles knows its figures were not checked. Images, notes and the like pass unnamed.
DOCUMENT_SUFFIXES = {".pdf": "a PDF file", ".doc": "a Word file", ".docx": "a Word file",
                     ".odt": "an OpenDocument file", ".rtf": "an RTF file", ".pages": "a Pages file"}


def find_files(paths: Iterable[str | os.PathLike], log: ProblemLog, skip: Iterable[Path] = ()) -> Iterator[Source]:
    """Files named and article files under folders (recursive, sorted, so runs are repeatable).

    `skip`: files that sit among the articles without being any (the manifest, a gold file)."""
    skip_resolved = {Path(p).resolve() for p in skip}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for source in _walk(path, skip_resolved, log):
                found = True
                yield source
            if not found:  # a wrong folder, or articles saved with another extension: say so, never pass silently
                log.error(str(path), f"no article files in this folder or below (looked for {', '.join(ARTICLE_SUFFIXES)}, each also gzipped as .gz)")
        elif path.is_file():
            if skip_resolved and path.resolve() in skip_resolved:
                continue  # "folder/*" names the manifest too: it is not an article
            if article_suffix(path) not in ARTICLE_SUFFIXES:
                document = DOCUMENT_SUFFIXES.get(article_suffix(path))
                log.error(str(path), f"unsupported file type '{''.join(path.suffixes[-2:]) or '(none)'}' "
                                     f"(articles are {', '.join(ARTICLE_SUFFIXES)}, each also gzipped as .gz)"
                                     + (f": {document} is not read; save its text as .txt" if document else ""))
                continue
            yield Source(path, explicit=True)
        elif path.exists():
            log.error(str(path), "not a regular file")
        elif any(c in str(raw) for c in "*?["):  # a shell passes a pattern that matches nothing as it is
            log.error(str(path), "no file matches this pattern (check the folder and the extension: "
                                 f"articles are {', '.join(ARTICLE_SUFFIXES)})")
        else:
            log.error(str(path), "no such file or folder")


# The folder a browser saves beside a page ("Web page, complete": "Page.html" and "Page_files/",
# "Page_fichiers/" in French): its HTML files are the page's ads, consent forms and frames, not articles.
_PAGE_RESOURCES = ("_files", "_fichiers", "-Dateien", "_archivos", "_file")


def _page_resources(name: str, pages: set[str]) -> bool:
    return any(name.endswith(tail) and name[:-len(tail)] in pages for tail in _PAGE_RESOURCES)


def _walk(folder: Path, skip: set[Path], log: ProblemLog) -> Iterator[Source]:
    for root, dirs, files in os.walk(folder):
        pages = {name.rsplit(".", 1)[0] for name in files if name.lower().endswith((".html", ".htm"))}
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _page_resources(d, pages))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith("."):
                continue
            suffix = article_suffix(path)
            if suffix not in ARTICLE_SUFFIXES:
                if suffix in DOCUMENT_SUFFIXES:
                    log.warning(str(path), f"skipped: {DOCUMENT_SUFFIXES[suffix]} is not read (articles are "
                                           f"{', '.join(ARTICLE_SUFFIXES)}); save its text as .txt to check its figures")
                continue
            if skip and path.resolve() in skip:
                continue  # the manifest sits next to the articles; it is not one of them
            yield Source(path, explicit=False)


def check_size(path: Path, limit: int, log: ProblemLog) -> bool:
    """False (and an error) for a whole-file article over the limit, before reading a byte of it."""
    try:
        size = _text_size(path)
    except OSError as exc:
        log.error(str(path), f"cannot read file ({exc.strerror or exc})")
        return False
    if size > limit:
        unpacked = " once decompressed" if _gzipped(path) else ""
        log.error(str(path), f"file is {size / 1e6:.1f} MB{unpacked}, over the {limit / 1e6:g} MB limit for one article file")
        return False
    return True


def read_text(path: Path, log: ProblemLog) -> Optional[str]:
    """The whole file as text (UTF-8, BOM dropped, line ends untouched: the article reader makes them "\\n"),
    a legacy encoding with a warning, or None with an error."""
    try:
        with _open_bytes(path) as fh:
            data = fh.read()
    except (gzip.BadGzipFile, EOFError) as exc:
        log.error(str(path), f"not a readable gzip file ({exc or 'truncated'})")
        return None
    except OSError as exc:
        log.error(str(path), f"cannot read file ({exc.strerror or exc})")
        return None
    encoding = choose_encoding(path, data, log, final=True)
    if encoding is None:
        return None
    text = decode(data, encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        log.error(str(path), "binary file (control characters), not text")
        return None
    return text


def choose_encoding(path: Path, sample: bytes, log: ProblemLog, final: bool) -> Optional[str]:
    """'utf-8' when the bytes are UTF-8; a confident legacy Western encoding (warning); else None
    (error). `final=False` when `sample` is the head of a longer file and may end mid-character."""
    kind = _known_binary(sample)
    if kind is not None:
        log.error(str(path), f"binary file ({kind}), not text: save or export the article as text, HTML or JSON")
        return None
    wide = _wide_encoding(sample)
    if wide is not None:
        saved_as = " (what Windows calls \"Unicode\")" if wide == "utf-16" else ""
        log.warning(str(path), f"{wide.upper()} text{saved_as}: decoded; save the file as UTF-8")
        return wide
    if b"\x00" in sample[:SNIFF_BYTES]:
        log.error(str(path), "binary file (contains NUL bytes), not text")
        return None
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=final)
        return "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    stray = _stray_bytes(sample, final)
    if stray and len(_UTF8_SEQUENCE.findall(sample)) >= stray:
        log.warning(str(path), f"UTF-8 with {stray} byte(s) of another encoding (first at offset {first_bad}): "
                               "read as cp1252; check the letters there, and save the file as UTF-8")
        return MIXED
    from charset_normalizer import from_bytes  # only paid for on the rare non-UTF-8 file

    matches = list(from_bytes(sample[: 4 * SNIFF_BYTES]))
    # Short French texts decode equally well in several single-byte code pages; among the
    # plausible ones, take the Western legacy encoding newsroom tools actually write.
    for match in matches:
        encoding = match.encoding.lower()
        if encoding in LEGACY_ENCODINGS and match.chaos < 0.2:
            log.warning(str(path), f"not UTF-8: decoded as {encoding} (charset-normalizer); "
                                   "check accented letters, and save the file as UTF-8")
            return encoding
    encoding = matches[0].encoding.lower() if matches else None
    # charset-normalizer keeps one of the code pages that decode the bytes alike: a short file
    # whose only non-ASCII byte is an "é" comes back as cp1250, never as the cp1252 it also is
    if encoding and matches[0].chaos < 0.2 and _same_as_cp1252(sample, encoding):
        log.warning(str(path), "not UTF-8: decoded as cp1252 (charset-normalizer); "
                               "check accented letters, and save the file as UTF-8")
        return "cp1252"
    guess = f" (best guess {encoding}, not confident)" if encoding else ""
    log.error(str(path), f"not UTF-8 (undecodable byte at offset {first_bad}) and no legacy encoding fits{guess}")
    return None


def _same_as_cp1252(sample: bytes, encoding: str) -> bool:
    """True when `sample` reads the same in `encoding` and in cp1252 (the bytes past ASCII are
    letters both code pages share, as most accented letters of French are in cp1250 and cp1252).
    For a streamed file `sample` is its head, as for every other encoding chosen here."""
    try:
        return sample.decode(encoding) == sample.decode("cp1252")
    except (UnicodeDecodeError, LookupError):
        return False


# Byte-order marks of the wide encodings, UTF-32 first (its little-endian mark starts like UTF-16's)
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


# The formats an article is most often sent in by mistake, by their first bytes: a user told
# "a PDF file" knows what to do; "undecodable byte at offset 10" leaves them guessing.
_MAGIC = ((b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a ZIP archive, or a Word, Excel or OpenDocument file"),
          (b"\xd0\xcf\x11\xe0", "an old Word or Excel file"), (b"{\\rtf", "an RTF file"),
          (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"))


def _known_binary(sample: bytes) -> Optional[str]:
    """What a file that opens with a known binary signature is, or None."""
    return next((kind for magic, kind in _MAGIC if sample.startswith(magic)), None)


def _wide_encoding(sample: bytes) -> Optional[str]:
    """'utf-16' or 'utf-32' for text that opens with its byte-order mark (Notepad's "Unicode",
    Word's "Unicode text"), else None. Such text is full of NUL bytes without being binary."""
    for bom, name in _WIDE_BOMS:
        if sample.startswith(bom):
            return name
    return None


def _looks_binary(text: str) -> bool:
    """Text with many control characters is a binary file that happens to decode."""
    head = text[:SNIFF_BYTES]
    if not head:
        return False
    controls = sum(1 for ch in head if ch < " " and ch not in _CONTROL_OK)
    return controls > max(2, len(head) // 100)


def stream_lines(path: Path, log: ProblemLog) -> Iterator[tuple[int, str]]:
    """(line number, line with its ending) for a line-based file, one at a time, memory flat.
    The encoding is chosen from the first 64 KB; a later line that does not decode is reported
    and replaced by an empty line, so later line numbers stay right."""
    try:
        fh = _open_bytes(path)
        head = fh.read(SNIFF_BYTES)
    except (gzip.BadGzipFile, EOFError) as exc:
        log.error(str(path), f"not a readable gzip file ({exc or 'truncated'})")
        return
    except OSError as exc:
        log.error(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    with fh:
        encoding = choose_encoding(path, head, log, final=False)
        if encoding is None:
            return
        fh.seek(0)
        if encoding in ("utf-16", "utf-32"):
            yield from _wide_lines(path, fh, encoding, log)
            return
        try:
            yield from _byte_lines(path, fh, encoding, log)
        except (gzip.BadGzipFile, EOFError) as exc:
            log.error(str(path), f"gzip data broken off ({exc or 'truncated'}); the rest of the file is skipped")


def _byte_lines(path: Path, fh, encoding: str, log: ProblemLog) -> Iterator[tuple[int, str]]:
    """The lines of an 8-bit or UTF-8 file, each decoded on its own (see `stream_lines`)."""
    for number, raw in enumerate(fh, start=1):
        if b"\x00" in raw:
            log.error(str(path), "binary data (NUL bytes) in this line", number)
            yield number, "\n"
            continue
        try:
            line = decode(raw, encoding)
        except UnicodeDecodeError:
            if encoding != "utf-8":
                log.error(str(path), f"line is not valid {encoding}", number)
                yield number, "\n"
                continue
            # a stray byte of a legacy encoding past the head the encoding was chosen from: the
            # line is kept, that byte read as cp1252
            line = decode(raw, MIXED)
            log.warning(str(path), f"line is not valid UTF-8: {_stray_bytes(raw)} byte(s) read as cp1252; "
                                   "check the letters there", number)
        if number == 1 and line.startswith("\ufeff"):
            line = line[1:]
        yield number, line


def _wide_lines(path: Path, fh, encoding: str, log: ProblemLog) -> Iterator[tuple[int, str]]:
    """The lines of a UTF-16 or UTF-32 file (its newline bytes are not b"\\n" alone, so the
    byte-line reading above does not apply), decoded as they stream; the BOM is dropped."""
    reader = codecs.getreader(encoding)(fh, errors="strict")
    number = 0
    try:
        for number, line in enumerate(reader, start=1):
            yield number, line
    except UnicodeDecodeError:
        log.error(str(path), f"line is not valid {encoding}; the rest of the file is skipped", number + 1)
