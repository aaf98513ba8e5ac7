"""`casualty-check rules` lists the rules; `casualty-check explain CODE` prints one with examples.

Both read the same rule files the checker runs, so what an editor reads is what CI enforces.
`rules --format markdown` writes the catalogue in docs/rules.md.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from typing import TYPE_CHECKING, TextIO

from checker.problems import UsageError

if TYPE_CHECKING:  # the rules engine imports pandas: `extract` and `--help` should not wait for it
    from checker.rules import Rule

_COMMON_FIELDS = ("doc_id", "text", "value", "qualifier", "measure", "group", "place", "period_start",
                  "period_end", "published", "attribution", "quoted", "cumulative", "part_of", "basis", "source", "agency", "lang")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rules", help="list the rules: code, name, severity, kind, summary")
    p.add_argument("--rules", metavar="DIR", help="rules folder (default: the project's rules/)")
    p.add_argument("--format", choices=["text", "json", "markdown"], default="text",
                   help="one line per rule (default), JSON, or the Markdown of docs/rules.md")
    p.add_argument("--config", metavar="FILE", help="casualty-check.toml or pyproject.toml to use")
    p.set_defaults(handler=run_list)
    e = sub.add_parser("explain", help="what a rule flags, why, examples in French and English, how to resolve")
    e.add_argument("code", metavar="CODE", help="rule code or name, e.g. CC106 or population.estimate-jumps")
    e.add_argument("--rules", metavar="DIR", help="rules folder (default: the project's rules/)")
    e.add_argument("--format", choices=["text", "markdown", "json"], default="text",
                   help="text (default: one screen), Markdown (the full page of docs/rules.md), or JSON")
    e.add_argument("--full", action="store_true",
                   help="every example, French and English, and the rule's parameters (default: what the rule flags, "
                        "why, one example that fires and one that does not, what to do)")
    e.set_defaults(handler=run_explain)


def _load(args: argparse.Namespace) -> list[Rule]:
    config = None
    if getattr(args, "config", None):
        from pathlib import Path

        from checker.config import load_config

        config = load_config(args.config, start=Path.cwd())
    from checker.rules import load_rules

    return load_rules(args.rules, config=config)


def run_list(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    rules = _load(args)
    if args.format == "json":
        json.dump([r.summary() for r in rules], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "markdown":
        out.write(catalogue_markdown(rules))
    else:
        width = max((len(r.name) for r in rules), default=4)
        for r in rules:
            out.write(f"{r.code}  {r.name:<{width}}  {r.severity:<7}  {r.kind:<24}  {r.summary_text}\n")
    return 0


def _find(rules: list[Rule], wanted: str) -> Rule:
    text = wanted.strip()
    for r in rules:
        if text.upper() == r.code or text.lower() == r.name:
            return r
    # the part of a name after its family ("estimate-jumps"), or a slip in a code ("CC16")
    close = [r for r in rules if r.name.split(".", 1)[-1] == text.lower()]
    if len(close) == 1:
        return close[0]
    import difflib

    names = {r.name: r for r in rules} | {r.code: r for r in rules}
    guess = difflib.get_close_matches(text.lower() if "." in text else text.upper(), list(names), n=1, cutoff=0.6)
    hint = f" (did you mean {names[guess[0]].code} {names[guess[0]].name}?)" if guess else ""
    known = ", ".join(f"{r.code} {r.name}" for r in rules)
    raise UsageError(f"no rule '{wanted}'{hint}; known: {known}")


def run_explain(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    rule = _find(_load(args), args.code)
    if args.format == "json":
        data = {**rule.summary(), "rationale": rule.rationale, "how_to_resolve": rule.how_to_resolve,
                "params": rule.params, "examples": rule.examples}
        json.dump(data, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif args.format == "markdown" or getattr(args, "full", False):
        out.write(explain_markdown(rule, heading="#"))
    else:
        out.write(explain_screen(rule))
    return 0


# What an editor reads of a record in an example: its figure in words, not the record's fields
_QUALIFIED = {"approx": "about", "approx_below": "nearly", "at_least": "at least", "more_than": "more than",
              "at_most": "at most", "less_than": "fewer than", "up_to": "up to", "vague": "a vague"}
_LANGUAGE = {"fr": "French", "en": "English"}
# a session's tag at the end of a reviewer's note ("(Niger, January 2020; fa-r105)"): not for editors
_TAG = r"(?:[a-z]+-)+r\d+"
_SESSION_TAG = re.compile(rf";\s*{_TAG}(?:,\s*{_TAG})*\)")
_SESSION_ONLY = re.compile(rf"\s*\({_TAG}(?:,\s*{_TAG})*\)")


# a parameter's or a record field's name in a reviewer's note ("(later_may_grow)", "(`toll`)")
_IDENTIFIER = re.compile(r"\s*\(`?[a-z]+(?:_[a-z]+)+`?\)|\s*\(`[a-z_]+`\)")


def _editor_note(note: str) -> str:
    """A reviewer's note as an editor reads it: without the session that wrote it ('fa-r105') or
    the names of parameters and record fields in brackets."""
    note = _SESSION_ONLY.sub("", _SESSION_TAG.sub(")", note))
    return _IDENTIFIER.sub("", note).replace("`", "")


def featured_examples(rule: Rule) -> list[dict]:
    """The example that fires and the one that does not that `explain` shows on its one screen:
    those the rule file marks `featured`, else the first of each."""
    shown = []
    for expect in ("fire", "pass"):
        of_kind = [e for e in rule.examples if e["expect"] == expect]
        chosen = next((e for e in of_kind if e.get("featured")), of_kind[0] if of_kind else None)
        if chosen is not None:
            shown.append(chosen)
    return shown


def _record_words(rec: dict, lang: str, several_articles: bool) -> str:
    """'"dont 117 enfants": 117 children killed, aleppo-east, 15–20 Nov 2016, among the 103'."""
    from checker.report._common import day_words, days_words, number, place_name

    value = number(rec.get("value"), rec.get("lang") or lang)
    qualifier = _QUALIFIED.get(str(rec.get("qualifier") or ""), "")
    group = rec.get("group") if rec.get("group") not in (None, "people") else ""
    measure = rec.get("measure") or "killed"
    bits = [" ".join(b for b in (qualifier, value, group, measure) if b)]
    if rec.get("place"):
        bits.append(str(place_name(rec["place"])))
    if rec.get("period_end") or rec.get("period_start"):
        bits.append(days_words(rec.get("period_start"), rec.get("period_end")) if rec.get("period_end")
                    else f"since {day_words(rec.get('period_start'))}")
    if rec.get("attribution"):
        bits.append(f"according to {rec['attribution']}")
    if rec.get("quoted"):
        bits.append("in a quotation")
    if rec.get("part_of") is not None:
        bits.append(f"among the {number(rec['part_of'], rec.get('lang') or lang)}")
    if several_articles:
        outlet = rec.get("source") or rec.get("agency")
        bits.append(f"article {rec.get('doc_id', '?')}" + (f" ({outlet})" if outlet else "")
                    + (f", published {day_words(rec['published'])}" if rec.get("published") else ""))
    text = rec.get("text")
    return (f'"{text}": ' if text else "") + ", ".join(bits)


def explain_screen(rule: Rule, width: int = 88) -> str:
    """One rule on one screen, for an editor: what it flags, why, one example that fires and one
    that does not, what to do; `--full` gives every example and the parameters."""
    import textwrap

    def para(text: str, indent: str = "  ") -> list[str]:
        return textwrap.wrap(" ".join(str(text).split()), width=width, initial_indent=indent, subsequent_indent=indent,
                             break_on_hyphens=False)

    lines = [f"{rule.code} {rule.name} ({rule.severity})", "", "What it flags", *para(rule.summary_text), "",
             "Why it matters", *para(rule.rationale), ""]
    for example in featured_examples(rule):
        verdict = "Fires" if example["expect"] == "fire" else "Does not fire"
        sev = f", as {'an' if example.get('severity') == 'error' else 'a'} {example['severity']}" if example.get("severity") else ""
        lines.append(f"{verdict}{sev}: {example['title']} ({_LANGUAGE.get(example['lang'], example['lang'])} copy)")
        several = len({r.get("doc_id") for r in example["records"]}) > 1
        for rec in example["records"]:
            lines += _hanging(_record_words(rec, example["lang"], several), width)
        if example.get("note"):
            lines += para(_editor_note(example["note"]), indent="    ")
        lines.append("")
    lines += ["What to do", *para(rule.how_to_resolve), ""]
    n_fr = sum(1 for e in rule.examples if e["lang"] == "fr")
    lines.append(f"More: casualty-check explain {rule.code} --full ({len(rule.examples)} examples, {n_fr} in French, "
                 f"and the rule's {len(rule.params)} parameters)")
    return "\n".join(lines) + "\n"


def _hanging(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width=width, initial_indent="  - ", subsequent_indent="    ", break_on_hyphens=False)


def _example_lines(example: dict) -> list[str]:
    verdict = "fires" if example["expect"] == "fire" else "does not fire"
    sev = f" ({example['severity']})" if example.get("severity") else ""
    lines = [f"- **{example['title']}** — {verdict}{sev}"]
    for rec in example["records"]:
        shown = ", ".join(f"{k}: {rec[k]}" for k in _COMMON_FIELDS if k in rec and k != "text")
        lines.append(f"  - \"{rec.get('text', rec['value'])}\" ({shown})")
    if example.get("note"):
        lines.append(f"  - _{example['note']}_")
    return lines


def explain_markdown(rule: Rule, heading: str = "##") -> str:
    """One rule's page, laid out like ruff's: what it flags, why, examples, how to resolve, options."""
    from checker.rules.kinds import KINDS

    lines = [f"{heading} {rule.code} `{rule.name}`", "",
             f"Severity: **{rule.severity}** · kind: `{rule.kind}`", "",
             f"{heading}# What it flags", "", rule.summary_text, "",
             f"{heading}# Why it matters in a newsroom", "", rule.rationale, ""]
    for lang, title in (("fr", "Examples in French"), ("en", "Examples in English")):
        lines += [f"{heading}# {title}", ""]
        for example in rule.examples:
            if example["lang"] == lang:
                lines += _example_lines(example)
        lines.append("")
    lines += [f"{heading}# How to resolve", "", rule.how_to_resolve, "", f"{heading}# Parameters", ""]
    described = KINDS[rule.kind].PARAMS
    for name, value in rule.params.items():
        lines.append(f"- `{name}` = `{value}`: {described.get(name, {}).get('description', '')}")
    lines.append("")
    return "\n".join(lines)


def catalogue_markdown(rules: list[Rule]) -> str:
    lines = ["# Rule catalogue", "",
             "Generated from `rules/*.yaml` by `casualty-check rules --format markdown > docs/rules.md`;",
             "edit the rule files, not this page. `casualty-check explain CODE` prints one rule.", "",
             "| code | name | severity | kind | what it flags |", "| --- | --- | --- | --- | --- |"]
    for r in rules:
        lines.append(f"| {r.code} | `{r.name}` | {r.severity} | `{r.kind}` | {r.summary_text} |")
    lines.append("")
    for r in rules:
        lines.append(explain_markdown(r, heading="##"))
    return "\n".join(lines)
