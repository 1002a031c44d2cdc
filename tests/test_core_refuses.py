"""The core refuses what would hang it, and reads exact numbers (Fraction, Decimal).

polynomial_features counts its output before building it; every real-number argument
given as a fractions.Fraction or a decimal.Decimal works like the float, or is refused
with a message that names the argument.
"""

import math
import time
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pytest

import logreg_core as core
from conftest import report


@pytest.mark.parametrize(("n", "m", "degree"), [(30, 4, 50), (200, 2, 6), (3, 5, 10_000)])
def test_oversized_polynomial_features_are_refused_at_once(n, m, degree):
    X = np.ones((n, m))
    start = time.perf_counter()
    with pytest.raises(ValueError) as info:
        core.polynomial_features(X, degree)
    seconds = time.perf_counter() - start
    count = math.comb(n + degree, degree) - 1
    message = str(info.value)
    assert f"{count:,}" in message and "too many" in message and f"degree={degree}" in message
    assert ("pass X.T" in message) == (n > m)     # samples in rows: said so
    assert seconds < 0.5, seconds
    report(f"polynomial_features refuses n = {n}, degree = {degree} in {seconds * 1e3:.2f} ms")


def test_the_largest_allowed_polynomial_features_are_built():
    n, degree = 2, 139                          # C(141, 139) - 1 = 9869 features
    assert math.comb(n + degree, degree) - 1 <= 10_000
    P = core.polynomial_features(np.full((n, 2), 0.5), degree)
    assert P.shape == (9869, 2)


def test_overflow_while_building_names_X_and_degree():
    X = np.array([[1e200, 1.0], [2.0, 3.0]])
    with pytest.raises(ValueError) as info:
        core.polynomial_features(X, 2)
    message = str(info.value)
    assert "overflows" in message and "polynomial_features(X, degree=2)" in message
    assert "1e+200" in message and "standardize" in message


def _cost(lambd):
    X, Y, _, _ = core.toy_dataset()
    return core.cost(np.array([[0.5], [-1.0]]), 0.25, X, Y, lambd=lambd)


REAL_ARGUMENTS = {   # argument -> a function of it that returns numbers
    "b": lambda v: core.cost(np.array([[0.5], [-1.0]]), v, *core.toy_dataset()[:2]),
    "lambd": _cost,
    "learning_rate": lambda v: core.optimize(np.zeros((2, 1)), 0.0,
                                             *core.toy_dataset()[:2], 3, v)[0]["W"],
    "h": lambda v: core.numerical_gradient(lambda t: float(np.sum(t ** 3)),
                                           np.array([1.0, 2.0]), v),
    "epsilon": lambda v: core.gradient_check(np.zeros((2, 1)), 0.0,
                                             *core.toy_dataset()[:2], v),
    "z": lambda v: core.sigmoid(v),
    "distance": lambda v: core.make_blobs(6, np.random.default_rng(0), distance=v)[0],
    "zero_division": lambda v: core.precision_recall(np.zeros((1, 2)), np.zeros((1, 2)),
                                                     zero_division=v),
}
VALUES = {"b": "0.25", "lambd": "0.75", "learning_rate": "0.5", "h": "0.001",
          "epsilon": "0.0001", "z": "-2.5", "distance": "1.5", "zero_division": "0.5"}


@pytest.mark.parametrize("name", REAL_ARGUMENTS)
@pytest.mark.parametrize("kind", [Fraction, Decimal])
def test_exact_numbers_work_like_the_float(name, kind):
    run, text = REAL_ARGUMENTS[name], VALUES[name]
    np.testing.assert_allclose(run(kind(text)), run(float(text)), rtol=1e-12)


@pytest.mark.parametrize(("name", "bad"), [("lambd", Decimal("-1")), ("lambd", Decimal("NaN")),
                                           ("learning_rate", Fraction(0)),
                                           ("h", Decimal("sNaN")), ("b", Decimal("Infinity")),
                                           ("lambd", Fraction(10) ** 400)])
def test_bad_exact_numbers_are_refused_by_name(name, bad):
    with pytest.raises((ValueError, TypeError)) as info:
        REAL_ARGUMENTS[name](bad)
    assert str(info.value).startswith(name), str(info.value)
