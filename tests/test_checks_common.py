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


# ----------------------------------------------------------------- apart from the notebook

from notebookcell import define  # noqa: E402


@pytest.mark.parametrize("check", CHECKS, ids=lambda f: f.__name__)
def test_a_function_reading_a_notebook_variable_is_told_which(check):
    result = check(define("def reads_the_notebook(*args):\n    return X_train"))
    assert result.status == checks.WRONG
    assert "`X_train` is a variable from another cell" in result.message, result.message


def test_isolation_keeps_closures_defaults_recursion_and_own_helpers():
    fn = checks.isolate(define('''
def outer(k, *, scale=2):
    def inner(j):
        return helper(j) * scale + k
    return inner(k) if k < 1 else outer(k - 1, scale=scale)

def helper(j):
    return j + offset_default()

def offset_default(extra=3):
    return extra
'''))
    assert fn(2) == 6 and fn(0, scale=1) == 3
    hidden = checks.isolate(define("def reads(t):\n    return t + m"))
    with pytest.raises(NameError):
        hidden(1)
    assert checks.isolate(hidden) is hidden and checks.isolate(np.exp) is np.exp


def test_inputs_are_read_only_copies():
    given = np.arange(3.0)
    (copy_,) = checks.read_only_copies([given])
    assert copy_ is not given and not copy_.flags.writeable and given.flags.writeable
    assert checks.changed_arguments(define("def f(a, b):\n    b[0] = 7\n    return a"),
                                    (given, given)) == ["b"]
    assert given[0] == 0


def test_an_error_inside_a_check_becomes_feedback_outside_the_tests(monkeypatch):
    monkeypatch.setattr(checks.common, "STRICT", False)

    @checks.learner_check
    def check_broken(fn):
        raise ZeroDivisionError("inside the check")

    result = check_broken(lambda: 1)
    assert result.status == checks.WRONG and "The check could not finish" in result.message


@pytest.mark.parametrize(("source", "words"), [
    ("def f(x):\n    return np.zeros(1, 7)", "Pass the shape as one tuple"),
    ("def f(x):\n    return np.ones((2, 3)) @ np.ones((2, 3))", "do not fit"),
    ("def f(x):\n    return np.ones(2) + np.ones(3)", "could not be broadcast"),
    ("def f(x):\n    return numpy.ones(2)", "The import is missing"),
    ("def f(x):\n    return x_from_another_cell", "No cell defines `x_from_another_cell`"),
    ("def f(x):\n    return x[0]", "It indexes a number"),
    ("def f(x):\n    return 1 if np.ones(2) > 0 else 0", "Compare the whole array at once"),
    ("def f(x):\n    y = x + ...\n    return y", "still has a `...` from the hint's outline"),
    ("def f(x):\n    a = np.zeros(...)\n    return a", "Replace every `...`"),
    ("def f(x):\n    out = np.zeros(2)\n    out[...] = x[0]\n    return out",
     "It indexes a number"),
    ("def f(x):\n    return float(np.ones((1, 2)))", "they take one number only"),
])
def test_common_raw_errors_are_explained(source, words):
    _, problem = checks.call_learner(define(source), 1.0)
    assert problem.status == checks.WRONG and words in problem.message, problem.message


@pytest.mark.parametrize("source", [
    "def f(z):\n    return 1 / (1 + np.exp(-zz))",       # a question: "...inside the function?"
    "def f(z):\n    return 1 / (1 + ...)",                # an explanation with its own next step
])
@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
def test_a_raised_error_ends_with_one_next_step_and_clean_punctuation(check, source):
    result = check(define(source))
    if result.status != checks.WRONG:
        return
    message = result.message
    assert "?." not in message and ".." not in message.replace("...", ""), message
    assert message.count("run this check again") <= 1, message


def test_a_renamed_parameter_is_named_and_a_notebook_helper_is_told_to_use_the_parameter():
    renamed = define("def f(x, lr):\n    return x - learning_rate * x", learning_rate=0.1)
    _, problem = checks.call_learner(renamed, 1.0, 0.5)
    assert "use the parameter lr, which the function never reads" in problem.message
    helper = define("def f(df, w):\n    return w - dJ(w)\n\ndef dJ(w):\n    return w - b",
                    b=2.0)
    _, problem = checks.call_learner(helper, lambda w: w, 1.0)
    assert "call the function you are given as a parameter instead of dJ" in problem.message
