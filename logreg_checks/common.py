"""What every self-check shares: CheckResult and its three statuses, calling the learner's
function safely (call_learner), the messages for an untouched stub and a forgotten
`return`, comparing numbers, and the small helpers several lessons' checks use.

Imports only numpy and logreg_core; never a lesson's check module.
"""

from dataclasses import dataclass

import numpy as np

NOT_ATTEMPTED = "not attempted"
PASSED = "passed"
WRONG = "wrong"

_ICONS = {NOT_ATTEMPTED: "⏳", PASSED: "✅", WRONG: "❌"}


@dataclass(frozen=True)
class CheckResult:
    status: str
    message: str

    @property
    def passed(self):
        return self.status == PASSED

    def __repr__(self):
        return f"{_ICONS[self.status]} {self.message}"


def forgot_return(what):
    return CheckResult(WRONG, f"{what} returns None: did you forget `return`? Add a `return` "
                              f"line at the end of the function (print only shows a value; "
                              f"return hands it back), run its cell, then run this check "
                              f"again.")


def not_attempted(what):
    return CheckResult(NOT_ATTEMPTED, f"{what}: not attempted yet. Fill in the function "
                                      f"above, run its cell, then run this check again.")


def passed(message):
    return CheckResult(PASSED, message)


def wrong(message):
    return CheckResult(WRONG, message)


def call_learner(fn, *args):
    """Run the learner's function on copies of args.

    Returns (result, None) or (None, CheckResult) when the stub is untouched
    (NotImplementedError: "not attempted"), the function returned None (a written
    function that forgot `return`), or the code raised; the learner's exception is
    described, not re-raised, so the check itself never crashes the notebook.
    """
    copies = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    name = getattr(fn, "__name__", "your function")
    try:
        with np.errstate(all="ignore"):
            out = fn(*copies)
    except NotImplementedError:
        return None, not_attempted(name)
    except Exception as exc:  # noqa: BLE001 - any learner error becomes feedback
        return None, wrong(f"{name} raised {type(exc).__name__}: {exc}")
    if out is None:
        return None, forgot_return(name)
    return out, None


def close(a, b, rtol=1e-6, atol=1e-9):
    """True when a and b have the same shape and agree to the tolerances."""
    try:
        a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    except (TypeError, ValueError):
        return False
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=rtol, atol=atol))


def _naive_cost(A, Y, *, y_factor=True, eps=0.0):
    """The textbook cost from probabilities A, with the source post's defects on demand.

    y_factor=False drops the Y * in front of log(A) (defect 1); eps > 0 adds eps inside
    both logs (defect 5). The checks of lessons 03, 04 and 07 recognise these wrong
    costs, so they are computed here, once.
    """
    first = (Y if y_factor else 1) * np.log(A + eps)
    return float(-np.mean(first + (1 - Y) * np.log(1 - A + eps)))


def shape_of(x):
    return np.shape(x) if isinstance(x, (np.ndarray, list, tuple)) else "a scalar"


def _unfilled_stub_inside(fn, *args):
    """Name of a function fn calls that raised NotImplementedError (a stub), else None.

    A NotImplementedError raised by fn's own body is the untouched stub itself: None.
    fn is called on copies of args (default: lesson 01's (2, 5) test array).
    """
    code = getattr(fn, "__code__", None)
    args = args or (_Z01,)   # (defined with lesson 01's checks, before any call)
    try:
        with np.errstate(all="ignore"):
            fn(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
    except NotImplementedError as exc:
        tb = exc.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        if code is not None and tb.tb_frame.f_code is not code:
            return tb.tb_frame.f_code.co_name
    except Exception:  # noqa: BLE001 - other failures are reported by the check itself
        pass
    return None


# z values where the answers are known, and shaped (2, 5) so shape mistakes show
_Z01 = np.linspace(-4.5, 4.5, 10).reshape(2, 5)


_NEXT_STEP = " Fix that line of your function, run its cell, then run this check again."


def _with_next_step(problem, name):
    """A learner's exception or missing return as feedback, ending with what to do next."""
    if problem == forgot_return(name):
        return wrong(f"{name} returns None: did you forget `return`? print(...) only shows a "
                     f"value; `return` gives it back. Add a `return` line at the end of the "
                     f"function, run its cell, then run this check again.")
    if problem.status != WRONG or " raised " not in problem.message:
        return problem
    return wrong(problem.message.rstrip(".") + "." + _NEXT_STEP)


def _a(word):
    """'a list', 'an object': the word with its indefinite article."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def _next_step(problem):
    """A learner's exception, described by call_learner, with what to do next."""
    if problem.status != WRONG or " raised " not in problem.message:
        return problem                    # not attempted, or forgot return: already complete
    return wrong(f"{problem.message.rstrip('.')}. Fix that line of your function, run its "
                 f"cell, then run this check again.")


def _one_number(out, what, fix="return only the cost, as a float: float(np.mean(...))"):
    """(value, note) when out is one real number: a float, a numpy scalar or a one-element
    array (then note says so), else (None, CheckResult) naming what came back instead and
    ending with fix."""
    kind = type(out).__name__
    if isinstance(out, str):
        return None, wrong(f"{what} is a string ({out[:20]!r}), not a number. Return the "
                           f"number itself, without str(...) or an f-string.")
    if isinstance(out, dict):
        return None, wrong(f"{what} is a dict, not a number. Instead, {fix}.")
    if isinstance(out, (list, tuple)):
        items = "item" if len(out) == 1 else "items"
        return None, wrong(f"{what} is {_a(kind)} of {len(out)} {items}, not one number. "
                           f"Instead, {fix}.")
    try:
        arr = np.asarray(out)
    except Exception:  # noqa: BLE001 - an object numpy cannot read is simply not a number
        arr = np.asarray(None)
    if arr.dtype.kind == "c":
        return None, wrong(f"{what} is a complex number ({complex(arr.ravel()[0]):.3g}); the "
                           f"cost is a real number. Use np.log, not cmath or np.emath.log.")
    if arr.dtype.kind not in "biuf":
        return None, wrong(f"{what} is {_a(kind)}, not a number. Instead, {fix}.")
    if arr.size != 1:
        return None, wrong(f"{what} has shape {arr.shape}, not one number. Take the mean "
                           f"over the samples: np.mean(...) (or np.sum(...) / m).")
    note = (f" (It came back as an array of shape {arr.shape}; float(...) makes it a plain "
            f"number.)" if arr.ndim > 0 else "")
    return float(arr.reshape(())), note


def _names_blanks(check):
    """Wrap a check: an error about an Ellipsis means the `...` blanks of Hint 2 are left."""
    def run(fn):
        result = check(fn)
        if result.status == WRONG and "'ellipsis'" in result.message:
            name = getattr(fn, "__name__", "your function")
            return wrong(f"{name} still has a `...` blank from Hint 2: Python reads `...` as "
                         f"a value, Ellipsis, and cannot compute with it (the error was: "
                         f"{result.message}). Replace every `...` with code, run the cell, "
                         f"then run this check again.")
        return result

    run.__name__, run.__doc__ = check.__name__, check.__doc__
    return run


def _floats(x):
    """x as a float array, or None (strings, objects, complex numbers)."""
    if np.iscomplexobj(x):
        return None
    try:
        return np.asarray(x, dtype=float)
    except (TypeError, ValueError):
        return None


def _number(value):
    """A float from a number, a numpy scalar or a one-element array; None otherwise."""
    if isinstance(value, (str, bytes, bool, np.bool_)) or np.size(value) != 1:
        return None
    try:
        arr = np.asarray(value)
        if arr.dtype.kind not in "iuf":
            return None
        return float(arr.reshape(()))
    except (TypeError, ValueError):
        return None
