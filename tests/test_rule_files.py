"""Invalid rule files stop the run with a message naming the file and the field (exit 2)."""
from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from checker.cli import main
from checker.problems import UsageError
from checker.rules import DEFAULT_RULES_DIR, load_rules

GOOD = DEFAULT_RULES_DIR / "CC101-sources-disagree.yaml"


def _write(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(GOOD.read_text(encoding="utf-8"))
    change(data)
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "bad.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.mark.parametrize("change, field", [
    (lambda d: d.pop("severity"), "severity"),
    (lambda d: d.update(severity="fatal"), "severity"),
    (lambda d: d.update(code="101"), "code"),
    (lambda d: d.update(name="NoDots"), "name"),
    (lambda d: d.update(kind="telepathy"), "kind"),
    (lambda d: d.update(params={"rounding_cap": "a lot"}), "params.rounding_cap"),
    (lambda d: d.update(params={"tolerance_of_editors": 3}), "params.tolerance_of_editors"),
    (lambda d: d["examples"][0].pop("expect"), "examples[0].expect"),
    (lambda d: d["examples"][1].update(expect="maybe"), "examples[1].expect"),
    (lambda d: d["examples"][0]["records"][0].pop("value"), "examples[0].records[0].value"),
    (lambda d: d.update(examples=[e for e in d["examples"] if e["expect"] == "fire"]), "examples"),
    (lambda d: d.update(examples=[e for e in d["examples"] if e["lang"] == "fr"]), "examples"),
    (lambda d: d.update(colour="red"), "(top level)"),
], ids=["missing-severity", "bad-severity", "bad-code", "bad-name", "unknown-kind", "param-type",
        "unknown-param", "example-without-expect", "bad-expect", "record-without-value",
        "no-passing-example", "no-english-example", "unknown-field"])
def test_invalid_rule_file_names_file_and_field(tmp_path, change, field):
    folder = _write(tmp_path, change)
    with pytest.raises(UsageError) as exc:
        load_rules(folder)
    message = str(exc.value)
    assert "bad.yaml" in message
    assert f"'{field}'" in message or (field == "(top level)" and "colour" in message)


def test_not_yaml(tmp_path):
    (tmp_path / "broken.yaml").write_text("code: [unclosed\n", encoding="utf-8")
    with pytest.raises(UsageError, match="broken.yaml"):
        load_rules(tmp_path)


def test_duplicate_code(tmp_path):
    shutil.copy(GOOD, tmp_path / "a.yaml")
    shutil.copy(GOOD, tmp_path / "b.yaml")
    with pytest.raises(UsageError, match="b.yaml.*'code'.*already used"):
        load_rules(tmp_path)


def test_missing_folder(tmp_path):
    with pytest.raises(UsageError, match="not found"):
        load_rules(tmp_path / "nowhere")


def test_an_empty_rules_folder_is_an_error_not_a_run_that_checks_nothing(tmp_path):
    """`rules-dir = "rules"` with no file in it (the README's config copied as is) would pass every
    figure and report "no findings"; it says that a rules folder replaces the built-in rules."""
    with pytest.raises(UsageError, match="holds no rule file.*replaces the built-in rules"):
        load_rules(tmp_path)


def test_cli_exits_2_on_bad_rule_file(tmp_path, capsys):
    try:
        from checker.cli import build_parser

        build_parser()
    except ImportError as exc:  # other subcommands are written concurrently
        pytest.skip(f"CLI not complete yet: {exc}")
    folder = _write(tmp_path, lambda d: d.update(kind="telepathy"))
    assert main(["rules", "--rules", str(folder)]) == 2
    assert "bad.yaml" in capsys.readouterr().err


def test_selection_and_severity_overrides():
    config = SimpleNamespace(rules_select=["CC1"], rules_ignore=["CC109", "quotes.figure-changed"],
                             severity={"CC106": "error", "claims.sources-disagree": "info"})
    rules = {r.code: r for r in load_rules(None, config)}
    assert "CC109" not in rules and "CC105" not in rules and "CC101" in rules
    assert rules["CC106"].severity == "error"
    assert rules["CC101"].severity == "info"
    assert [r.code for r in load_rules(None, SimpleNamespace(rules_select=["claims"]))] == ["CC101", "CC108"]


def test_bad_severity_override():
    with pytest.raises(UsageError, match="CC106"):
        load_rules(None, SimpleNamespace(severity={"CC106": "loud"}))


def test_config_without_attributes_is_fine():
    assert len(load_rules(None, object())) == len(load_rules())


def test_validation_is_remembered_only_for_the_same_bytes(tmp_path, monkeypatch):
    """A rule file that passed is not validated again (no jsonschema on a one-draft check);
    any change to it is validated afresh."""
    import checker.rules.loading as loading

    monkeypatch.setenv("CASUALTY_CHECK_CACHE_DIR", str(tmp_path / "cache"))
    folder = _write(tmp_path, lambda d: None)
    calls = []
    real = loading._validate
    monkeypatch.setattr(loading, "_validate", lambda path, data: (calls.append(path), real(path, data)))
    load_rules(folder)
    load_rules(folder)
    assert len(calls) == 1
    text = (folder / "bad.yaml").read_text(encoding="utf-8")
    (folder / "bad.yaml").write_text(text.replace("severity: warning", "severity: fatal"), encoding="utf-8")
    with pytest.raises(UsageError, match="severity"):
        load_rules(folder)


def test_the_catalogue_in_docs_is_the_one_the_rule_files_make():
    """docs/rules.md is what `casualty-check rules --format markdown` writes from rules/*.yaml: a
    rule or an example added without regenerating it leaves the editors' catalogue behind."""
    from checker.cli.rules import catalogue_markdown

    written = (Path(__file__).resolve().parent.parent / "docs" / "rules.md").read_text(encoding="utf-8")
    assert written == catalogue_markdown(load_rules()), \
        "docs/rules.md is stale: run `casualty-check rules --format markdown > docs/rules.md`"
