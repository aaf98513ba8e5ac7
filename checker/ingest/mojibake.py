"""Text decoded wrongly once before it reached us: UTF-8 read as cp1252 or Latin-1 somewhere up
the chain (a CMS export, a scraper, a copy through an old mail client), so that "été" arrives as
"Ã©tÃ©" and "l’armée" as "lâ€™armÃ©e". No pattern of the extractor matches such words, and every
figure whose verb or noun holds an accent is lost, silently.

ftfy recognises these sequences and undoes the wrong decoding; it is asked only where the text
holds one of the letters such sequences start with followed by a byte-range character, and only
its encoding fix is used (quotes, widths, ligatures and line breaks are left as written).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

# A UTF-8 lead byte of a Latin-1 letter (0xC2, 0xC3) or of punctuation (0xE2), decoded as cp1252 or
# Latin-1, followed by a continuation byte (0x80-0xBF) decoded the same way.
_CONTINUATION = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"))
                               | set(bytes(range(0x80, 0xC0)).decode("latin-1"))))
HINT = re.compile("[\u00c2\u00c3\u00e2][" + re.escape(_CONTINUATION) + "]")


@lru_cache(maxsize=1)
def _config() -> Any:
    from ftfy import TextFixerConfig  # imported only for a text that needs it

    return TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                           fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                           fix_surrogates=False, remove_control_chars=False, normalization=None)


def repaired(text: str) -> Optional[str]:
    """`text` with its mis-decoded sequences undone, or None when it holds none."""
    if HINT.search(text) is None:
        return None
    from ftfy import fix_text

    fixed = fix_text(text, _config())
    return fixed if fixed != text else None
