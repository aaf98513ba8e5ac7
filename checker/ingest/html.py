"""HTML pages: the article's main text and its metadata, without the site around it.

trafilatura separates the article body from navigation, advertising calls ("Envie d'afficher
votre publicité ? Contactez-nous") and comment prompts, which would otherwise feed figures and
place names that are not the article's into the extractor. Metadata (title, date, url, site
name) comes from the page's own markup, og: and meta tags.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from checker.ingest.files import Source, check_size, read_text
from checker.ingest.formats import Limits, RawArticle
from checker.problems import ProblemLog


# The mark the HTML report carries (checker/report/templates/report.html.j2)
REPORT_MARK = '<meta name="generator" content="casualty-check'


def read_html(src: Source, log: ProblemLog, limits: Limits) -> Iterator[RawArticle]:
    """One article per page; `published` found in the page is flagged so it can be reported."""
    if not check_size(src.path, limits.max_file_bytes, log):
        return
    page = read_text(src.path, log)
    if page is None:
        return
    if not page.strip():
        log.error(str(src.path), "empty file" if not page else "empty file (only whitespace)")
        return
    if REPORT_MARK in page[:4096]:
        # "check articles/ --html articles/report.html", run twice: the report is not an article
        if src.explicit:
            log.error(str(src.path), "not an article file (a casualty-check HTML report)")
        else:
            log.warning(str(src.path), "skipped: not an article file (a casualty-check HTML report)")
        return
    try:
        fields = extract_page(page)
    except Exception as exc:  # a parser failure on one odd page must not end the batch
        log.error(str(src.path), f"could not extract the article from this HTML page ({type(exc).__name__}: {exc})")
        return
    if fields is None:
        log.error(str(src.path), "no article text found in this HTML page")
        return
    guessed = fields.pop("published_guess", None)
    if not fields.get("published") and guessed:
        fields["published"] = guessed
    yield RawArticle(fields, src.path, whole_file=True, page_date=bool(fields.get("published")),
                     date_guessed=bool(guessed) and fields.get("published") == guessed)


def extract_page(page: str) -> Optional[dict[str, Any]]:
    """text, title, published, url, source (site name) and lang of one page; None if no text."""
    import trafilatura

    tree = trafilatura.load_html(page)
    if tree is None:
        return None
    lang = _page_language(tree)
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # the page's markup only (meta tags, <time>, "Publié le 10 septembre 2023"): htmldate's
        # extensive search reads a footer's "© 2021" as published on 1 January 2021
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return {
        "text": doc.text,
        "title": doc.title or None,
        "published": doc.date or None,
        "published_guess": None if doc.date else _date_in_text(page),
        "url": doc.url or None,
        "source": doc.sitename or doc.hostname or None,
        "lang": lang,
    }


def _date_in_text(page: str) -> Optional[str]:
    """A date htmldate finds only by searching the page's text ("Published September 10, 2023"),
    or None. A bare year comes back as 1 January ("© 2021 Le Journal"): that is no publication date."""
    from htmldate import find_date

    try:
        found = find_date(page, extensive_search=True, original_date=True)
    except Exception:  # htmldate on an odd page: the article is read undated, as before the guess
        return None
    return None if not found or found.endswith("-01-01") else found


def _page_language(tree: Any) -> Optional[str]:
    """<html lang="fr">, else og:locale / content-language; read before trafilatura prunes the tree."""
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        return lang
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("http-equiv") or meta.get("name") or "").lower()
        if key in ("og:locale", "content-language", "language") and meta.get("content"):
            return meta.get("content")
    return None
