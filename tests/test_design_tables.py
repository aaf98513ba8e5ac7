"""The vague-quantity table in docs/design.md is what reviewers read; the YAML is what runs.

A reviewer who checks an interval against the design note must see the numbers the extractor
uses, so every row of that table is compared with `checker/lang/{fr,en}/numbers.yaml`.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _vague(lang: str) -> dict[str, list]:
    data = yaml.safe_load((ROOT / "checker" / "lang" / lang / "numbers.yaml").read_text(encoding="utf-8"))
    return data["vague"]


def _int(cell: str) -> int | None:
    cell = cell.strip()
    return None if cell in {"–", "-", ""} else int(cell.replace(",", ""))


def _table_rows() -> list[list[str]]:
    text = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    start = text.index("| French | value | low | high | English |")
    rows = []
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def test_design_vague_table_matches_the_number_data() -> None:
    vague = {"fr": _vague("fr"), "en": _vague("en")}
    rows = _table_rows()
    assert len(rows) > 10
    checked = 0
    for row in rows:
        for lang, cells in (("fr", row[0:4]), ("en", row[4:8])):
            if not cells[0]:
                continue
            triple = [_int(c) for c in cells[1:4]]
            for phrase in re.split(r"\s*[,/]\s*", cells[0]):
                key = phrase if phrase in vague[lang] else phrase.replace("de ", "", 1)
                if lang == "fr" and "/" in cells[0] and phrase == "nombreuses":
                    continue  # the feminine form is matched by the same entry
                assert key in vague[lang], f"{lang} '{phrase}' is in docs/design.md but not in numbers.yaml"
                assert list(vague[lang][key]) == triple, f"{lang} '{phrase}': design.md {triple}, numbers.yaml {vague[lang][key]}"
                checked += 1
    assert checked > 20
