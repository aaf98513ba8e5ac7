"""`digit_slip`: which pairs of figures read as one of them mistyped (rules CC101, CC108)."""
import pytest

from checker.rules.kinds._common import digit_slip


@pytest.mark.parametrize("a, b, how", [
    (1200, 120, "a zero added or dropped"),
    (11300, 113000, "a zero added or dropped"),
    (58, 580, "a zero added or dropped"),
    (103, 13, "a zero dropped inside"),
    (34844, 34, "its thousands dropped"),
])
def test_slips(a, b, how):
    assert digit_slip(a, b) == how
    assert digit_slip(b, a) == how


@pytest.mark.parametrize("a, b", [
    (50, 5),        # one significant digit: a family among the day's dead as often as a slip
    (2360, 2),      # a first report and the toll a week on
    (200, 2000),
    (54, 84),       # a different figure, not a slip
    (12.5, 125),    # decimals are no typed digits of each other
    (120, 120),
])
def test_not_slips(a, b):
    assert digit_slip(a, b) is None
