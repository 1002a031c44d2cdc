"""What every self-check must do, whatever the learner wrote: never raise, never lie.

Per-exercise mistakes are tabled in the lesson tests; here every check_* function in
logreg_checks meets the answers any exercise can get.
"""

import inspect

import numpy as np
import pytest

import logreg_checks as checks

CHECKS = [f for name, f in inspect.getmembers(checks, inspect.isfunction)
          if name.startswith("check_") and f.__module__.startswith(checks.__name__ + ".")]


def stub(*args, **kwargs):
    raise NotImplementedError  # your code here


def forgot_return(*args, **kwargs):
    _ = args                              # did the work, returned nothing


@pytest.mark.parametrize("check", CHECKS, ids=lambda f: f.__name__)
def test_untouched_stub_is_not_attempted(check):
    result = check(stub)
    assert result.status == checks.NOT_ATTEMPTED and "not attempted yet" in repr(result)


@pytest.mark.parametrize("check", CHECKS, ids=lambda f: f.__name__)
def test_a_written_function_returning_none_forgot_return(check):
    result = check(forgot_return)
    assert result.status == checks.WRONG
    assert "returns None: did you forget `return`?" in result.message


ODD_ANSWERS = {
    "a string": lambda *a, **k: "0.5",
    "a list of strings": lambda *a, **k: ["a", "b"],
    "a dict": lambda *a, **k: {"x": 1},
    "nan": lambda *a, **k: float("nan"),
    "a huge tuple": lambda *a, **k: tuple(range(50)),
    "a 0-d array": lambda *a, **k: np.array(0.5),
    "a (1, 1) array": lambda *a, **k: np.array([[0.5]]),
    "a numpy scalar": lambda *a, **k: np.float64(0.5),
    "a complex number": lambda *a, **k: 1 + 2j,
    "an object": lambda *a, **k: object(),
    "raises ZeroDivisionError": lambda *a, **k: 1 / 0,
    "raises a custom error": lambda *a, **k: (_ for _ in ()).throw(RuntimeError("boom")),
}


@pytest.mark.parametrize("check", CHECKS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("answer", ODD_ANSWERS, ids=str)
def test_odd_answers_never_crash_and_never_pass(check, answer):
    result = check(ODD_ANSWERS[answer])
    assert result.status == checks.WRONG, f"{answer}: {result!r}"
    assert result.message.strip()
