"""Article text that arrives as HTML inside a JSON or CSV field.

News APIs and CMS exports often give the body as an HTML fragment ("<p>At least 12 people ...</p>
<p>Another 30 ...</p>") or with entities ("tu&eacute;es", "l&#8217;arm&eacute;e"). Read as it is,
the tags glue paragraphs into one sentence and the entities break the words the extractor looks
for. The fragment is read as text: block elements end paragraphs (a blank line, as in a .txt
file), <br> ends a line, script and style are dropped, entities become characters. Whole pages
(.html files) go through trafilatura instead (`checker.ingest.html`), which also drops the site
around the article; a field holds the article alone.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# a tag of the kinds article bodies are written with, or an entity: what makes a field HTML
MARKUP = re.compile(r"</?(?:p|br|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|blockquote|figure|figcaption|section|article|table|tr|td)\b[^<>]*>",
                    re.IGNORECASE)
ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,9}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});")

BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
                    "figcaption", "section", "article", "header", "footer", "table", "tr", "pre", "dl", "dt", "dd"})
DROPPED = frozenset({"script", "style", "noscript", "template"})
SPACES = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0\n]*")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropped = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in DROPPED:
            self.dropped += 1
        elif tag in BLOCKS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED:
            self.dropped = max(0, self.dropped - 1)
        elif tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            self.parts.append(data)


def as_text(field: str) -> str:
    """The text of a field: unchanged unless it holds HTML tags or entities."""
    if "<" in field and MARKUP.search(field):
        parser = _Text()
        parser.feed(field)
        parser.close()
        text = "".join(parser.parts)
        # one blank line between paragraphs, none at either end, no spaces around line ends
        text = SPACES.sub(lambda m: "\n\n" if m.group(0).count("\n") > 1 else "\n", text)
        return text.strip() + "\n"
    if "&" in field and ENTITY.search(field):
        return html.unescape(field)
    return field
