"""The small unit registry of checker/normalise/units.txt agrees with pint's default one."""
from __future__ import annotations

import pint
import pytest

from checker.normalise.quantities import duration_days, people, registry


@pytest.mark.parametrize("unit", ["second", "minute", "hour", "day", "week", "month", "year"])
def test_durations_match_pint_defaults(unit):
    default = pint.UnitRegistry()
    assert duration_days(3, unit) == pytest.approx(default.Quantity(3, unit).to("day").magnitude, rel=1e-12)


def test_cached_factors_are_pint_s(tmp_path, monkeypatch):
    """The day factors kept in the cache folder are read back as pint computed them."""
    from checker.normalise import quantities

    monkeypatch.setenv("CASUALTY_CHECK_CACHE_DIR", str(tmp_path))
    quantities.days_per_unit.cache_clear()
    first = quantities.days_per_unit()
    assert list(tmp_path.glob("durations-*.json"))
    quantities.days_per_unit.cache_clear()
    assert quantities.days_per_unit() == first
    assert first["hour"] == pytest.approx(registry().Quantity(1, "hour").to("day").magnitude, rel=1e-12)
    quantities.days_per_unit.cache_clear()


def test_time_units_of_the_language_data_are_known():
    from checker.lang import load_lang, supported_languages

    for lang in supported_languages():
        for kind in load_lang(lang)["time"]["units"]:
            assert registry().Quantity(1, kind).to("day").magnitude > 0, (lang, kind)


def test_people_are_a_unit_of_their_own():
    assert str(people(12).units) == "person"
    with pytest.raises(pint.DimensionalityError):
        people(12).to("day")
