"""Shared fixtures. Report fixtures build CheckResults from the seed gold records (tests/report_seed.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import report_seed  # noqa: E402


@pytest.fixture
def seed_result():
    """The seed batch's gold records with the east Aleppo finding (+ a warning, an accepted info)."""
    return report_seed.seed_result()


@pytest.fixture
def hostile_result():
    """The seed result plus records, an article and a problem full of injection payloads."""
    return report_seed.hostile_result()


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory):
    """Tests never write to the user's cache folder (checker/yamlio.py keeps big YAML files there)."""
    import os

    old = os.environ.get("CASUALTY_CHECK_CACHE_DIR")
    os.environ["CASUALTY_CHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("CASUALTY_CHECK_CACHE_DIR", None)
    else:
        os.environ["CASUALTY_CHECK_CACHE_DIR"] = old


@pytest.fixture(autouse=True, scope="session")
def _neutral_working_dir(tmp_path_factory):
    """Tests run from an empty folder: a `casualty-check-baseline.yaml` or `casualty-check.toml`
    that a user leaves in the repository root by following the README (`accept` writes the
    baseline where it is run) must not change what the tests' `check` runs find. Tests name their
    files from the repository root (ROOT), never relative to the working directory."""
    import os

    old = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("cwd"))
    yield
    os.chdir(old)


@pytest.fixture
def restore_gazetteer():
    """Config loading and `register_places` add places for the whole process; put them back."""
    from checker.normalise import places

    saved = list(places._EXTRA)
    yield
    places._EXTRA[:] = saved
    places.default_gazetteer.cache_clear()


@pytest.fixture(scope="module")
def batches():
    """Toll-series batches read once per test module (`mutation_kit.assert_caught_without_collateral`)."""
    return {}
