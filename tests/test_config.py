"""The project config: where it is found, what it accepts, and how it says no."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config, find_config_file, load_config
from checker.normalise.places import place_ancestors
from checker.problems import UsageError


pytestmark = pytest.mark.usefixtures("restore_gazetteer")  # tests/conftest.py


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_config_gives_defaults(tmp_path):
    config = load_config(None, start=tmp_path)
    assert config == Config()
    assert config.fail_on == "error" and config.rules_ignore == [] and config.source is None


def test_pyproject_table_found_walking_up(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.casualty-check]\nfail-on = "warning"\narchive = "data/archive.db"\n')
    deep = tmp_path / "articles" / "2016" / "10"
    deep.mkdir(parents=True)
    config = load_config(None, start=deep)
    assert config.fail_on == "warning"
    assert config.archive == str((tmp_path / "data" / "archive.db").resolve())  # relative to the file
    assert config.source == str(tmp_path / "pyproject.toml")


def test_pyproject_without_our_table_is_skipped(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.casualty-check]\nfail-on = "info"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(None, start=tmp_path / "sub").fail_on == "info"


def test_own_file_wins_over_pyproject_in_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.casualty-check]\nfail-on = "info"\n')
    write(tmp_path / "casualty-check.toml", 'fail-on = "never"\n')
    assert find_config_file(tmp_path).name == "casualty-check.toml"
    assert load_config(None, start=tmp_path).fail_on == "never"


def test_explicit_config_file(tmp_path):
    file = write(tmp_path / "ci" / "strict.toml", 'fail-on = "warning"\nselect = ["CC101", "claims.stale-total"]\n'
                 'ignore = ["CC105"]\n[severity]\nCC102 = "error"\n"claims.quote-mismatch" = "info"\n')
    config = load_config(str(file), start=tmp_path)
    assert config.rules_select == ["CC101", "claims.stale-total"]
    assert config.rules_ignore == ["CC105"]
    assert config.severity == {"CC102": "error", "claims.quote-mismatch": "info"}


def test_missing_explicit_config_is_an_error(tmp_path):
    with pytest.raises(UsageError, match="nope.toml: config file not found"):
        load_config(str(tmp_path / "nope.toml"), start=tmp_path)


def test_unknown_key_names_file_key_and_suggestion(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.casualty-check]\nfail_on = "warning"\n')
    with pytest.raises(UsageError) as err:
        load_config(None, start=tmp_path)
    message = str(err.value)
    assert "pyproject.toml [tool.casualty-check]" in message
    assert "'fail_on'" in message and "did you mean 'fail-on'?" in message
    assert "allowed keys: archive, baseline, fail-on" in message


def test_typo_key_gets_closest_suggestion(tmp_path):
    write(tmp_path / "casualty-check.toml", 'gazeteer = []\n')
    with pytest.raises(UsageError, match="did you mean 'gazetteer'"):
        load_config(None, start=tmp_path)


@pytest.mark.parametrize("body, expected", [
    ('fail-on = "warnings"', 'fail-on = \'warnings\' is not allowed; expected "info" | "warning" | "error" | "never"'),
    ('select = "CC101"', "select = 'CC101' is not allowed; expected a list of rule codes"),
    ('ignore = [1]', "ignore = [1] is not allowed"),
    ('[severity]\nCC101 = "fatal"', "severity.CC101 = 'fatal' is not allowed"),
    ('archive = 3', "archive = 3 is not allowed; expected a path"),
    ('rules-dir = "no/such/dir"', "rules-dir = 'no/such/dir': no such folder"),
])
def test_bad_values_say_what_is_allowed(tmp_path, body, expected):
    file = write(tmp_path / "casualty-check.toml", body + "\n")
    with pytest.raises(UsageError) as err:
        load_config(None, start=tmp_path)
    assert str(file) in str(err.value)
    assert expected in str(err.value)


def test_invalid_toml_is_a_usage_error(tmp_path):
    write(tmp_path / "casualty-check.toml", 'fail-on = "warning\n')
    with pytest.raises(UsageError, match="not valid TOML"):
        load_config(None, start=tmp_path)


def test_gazetteer_entries_are_registered(tmp_path):
    write(tmp_path / "casualty-check.toml",
          '[[gazetteer]]\nslug = "masaken-hanano"\nparent = "aleppo-east"\n'
          'names = {fr = ["Massaken Hanano"], en = ["Masaken Hanano"]}\n')
    config = load_config(None, start=tmp_path)
    assert config.gazetteer[0]["slug"] == "masaken-hanano"
    assert place_ancestors("masaken-hanano") == ("masaken-hanano", "aleppo-east", "aleppo", "syria")


def test_gazetteer_from_yaml_file(tmp_path):
    write(tmp_path / "places" / "newsroom.yaml", "- slug: tell-rifaat\n  parent: aleppo-governorate-x\n  names: {fr: [Tall Rifaat]}\n"
                                                 "- slug: aleppo-governorate-x\n  parent: syria\n")
    write(tmp_path / "casualty-check.toml", 'gazetteer = ["places/newsroom.yaml"]\n')
    config = load_config(None, start=tmp_path)
    assert [e["slug"] for e in config.gazetteer] == ["tell-rifaat", "aleppo-governorate-x"]


def test_gazetteer_unknown_parent_is_an_error(tmp_path):
    write(tmp_path / "casualty-check.toml", '[[gazetteer]]\nslug = "x-town"\nparent = "syriaa"\n')
    with pytest.raises(UsageError, match="parent 'syriaa' is not a known place .did you mean 'syria'"):
        load_config(None, start=tmp_path)


def test_gazetteer_bad_entry_key(tmp_path):
    write(tmp_path / "casualty-check.toml", '[[gazetteer]]\nslug = "x-town"\nparents = "syria"\n')
    with pytest.raises(UsageError, match="unknown key 'parents' .did you mean 'parent'"):
        load_config(None, start=tmp_path)


def test_baseline_defaults_to_file_beside_config(tmp_path):
    write(tmp_path / "casualty-check.toml", 'fail-on = "error"\n')
    assert load_config(None, start=tmp_path).baseline is None  # no file yet: nothing to load
    write(tmp_path / "casualty-check-baseline.yaml", "version: 1\naccepted: {}\n")
    sub = tmp_path / "drafts"
    sub.mkdir()
    assert load_config(None, start=sub).baseline == str((tmp_path / "casualty-check-baseline.yaml").resolve())


def test_explicit_baseline_relative_to_config(tmp_path):
    write(tmp_path / "conf" / "casualty-check.toml", 'baseline = "../accepted.yaml"\n')
    config = load_config(str(tmp_path / "conf" / "casualty-check.toml"), start=tmp_path)
    assert config.baseline == str((tmp_path / "accepted.yaml").resolve())
