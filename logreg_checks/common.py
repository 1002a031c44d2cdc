"""What every self-check shares: CheckResult and its three statuses, calling the learner's
function safely (call_learner), the messages for an untouched stub and a forgotten
`return`, comparing numbers, and the small helpers several lessons' checks use.

Imports only numpy, logreg_core and messages_zh (the Chinese sentences); never a
lesson's check module.
"""

import dis
import re
import types
from dataclasses import dataclass

import numpy as np

from .messages_zh import translate

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
        # the message is built in English; the Chinese lessons show it in Chinese
        return f"{_ICONS[self.status]} {translate(self.message)}"


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
    """Run the learner's function apart from the notebook's data, on read-only copies of args.

    fn is first isolated (see isolate): it sees the notebook's modules and functions but
    none of its variables. Arrays among args are copied and made read-only, so changing
    one in place raises, and the message names the argument ("compute on a copy").

    Returns (result, None) or (None, CheckResult) when the stub is untouched
    (NotImplementedError: "not attempted"), the function returned None (a written
    function that forgot `return`), or the code raised; the learner's exception is
    described in the learner's terms (explain_error), not re-raised, so the check itself
    never crashes the notebook.
    """
    fn = isolate(fn)
    name = getattr(fn, "__name__", "your function")
    try:
        with np.errstate(all="ignore"):
            out = fn(*read_only_copies(args))
    except NotImplementedError:
        return None, not_attempted(name)
    except RecursionError:
        return None, wrong(f"{name} raised RecursionError: it calls itself again and again. "
                           f"Does it call {name}(...) inside its own body? Call another "
                           f"function (for example core.sigmoid) instead.")
    except Exception as exc:  # noqa: BLE001 - any learner error becomes feedback
        return None, wrong(_raised(name, exc, fn, args))
    if out is None:
        return None, forgot_return(name)
    return out, None


def read_only_copies(args):
    """args with every numpy array replaced by a read-only copy (other values as they are)."""
    out = []
    for a in args:
        if isinstance(a, np.ndarray):
            a = a.copy()
            a.setflags(write=False)
        out.append(a)
    return out


# ----------------------------------------------------------------- isolation from the notebook

def _is_data(value):
    """True for what a notebook computes (arrays, numbers, lists, ...), False for modules,
    classes and functions, which a learner's function may use."""
    return not (isinstance(value, (types.ModuleType, type)) or callable(value))


def _ours(fn):
    return str(getattr(fn, "__module__", "")).split(".")[0] in _OUR_MODULES


_OUR_MODULES = {"logreg_checks", "logreg_core", "logreg_data", "logreg_inputs", "logreg_viz",
                "numpy"}


def isolate(fn):
    """fn rebuilt over a namespace with the notebook's modules and functions but none of its
    data, so a function that reads a notebook variable fails with a NameError.

    Functions defined in the same namespace (a learner's propagate calling their own
    sigmoid) are isolated too, in the same new namespace, so recursion and helpers work.
    Closures, defaults and keyword defaults are kept. Our own modules' functions, builtins
    and other callables are returned as they are. Isolating twice changes nothing.
    """
    if not isinstance(fn, types.FunctionType) or _ours(fn) or hasattr(fn, "_hidden"):
        return fn
    space = fn.__globals__
    kept, hidden, own = {}, {}, []
    for key, value in list(space.items()):
        if key.startswith("__") and key.endswith("__"):
            kept[key] = value                       # __builtins__, __name__, ...
        elif isinstance(value, types.FunctionType) and value.__globals__ is space:
            own.append(key)
        elif _is_data(value):
            hidden[key] = value
        else:
            kept[key] = value
    kept[_HIDDEN] = hidden                      # read back by explain_error
    for key in own:
        kept[key] = _rebuilt(space[key], kept, hidden)
    # fn itself may live under another name (a test table's entry), or none
    return kept.get(fn.__name__) if space.get(fn.__name__) is fn else \
        _rebuilt(fn, kept, hidden)


_HIDDEN = "__notebook_data_hidden_by_the_check__"


def _rebuilt(f, namespace, hidden):
    new = types.FunctionType(f.__code__, namespace, f.__name__, f.__defaults__,
                             f.__closure__)
    new.__kwdefaults__ = f.__kwdefaults__
    new.__qualname__, new.__doc__ = f.__qualname__, f.__doc__
    new.__dict__.update(f.__dict__)
    new._hidden = hidden
    return new


# ----------------------------------------------------------------- raw errors, explained

def _raised(name, exc, fn, args):
    """'{name} raised Type: message.' followed by what it means in the learner's terms."""
    text = f"{name} raised {type(exc).__name__}: {exc}".rstrip(".") + "."
    if "read-only" in str(exc):
        changed = changed_arguments(fn, args)
        if changed:
            which = " and ".join(changed)
            return (f"{name} changes its argument {which} in place (with +=, -=, *= or an "
                    f"assignment into it), so it raised {type(exc).__name__}: {exc}. The "
                    f"check hands over read-only arrays, because the caller's {which} must "
                    f"stay as it was. Compute on a copy: build a new array ({changed[0]}2 = "
                    f"{changed[0]} * 2, or {changed[0]}.copy()) instead of changing "
                    f"{which}.")
    why = explain_error(exc, fn, args)
    return f"{text} {why}" if why else text


def changed_arguments(fn, args):
    """Names of the array arguments fn changes, found by running it on writable copies."""
    copies = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    try:
        with np.errstate(all="ignore"):
            fn(*copies)
    except Exception:  # noqa: BLE001 - only the arguments' changes matter here
        pass
    params = _parameters(fn) or [f"argument {i + 1}" for i in range(len(args))]
    return [p for p, new, old in zip(params, copies, args, strict=False)
            if isinstance(old, np.ndarray) and not (new.shape == old.shape and
                                                    np.array_equal(new, old, equal_nan=True))]


def _parameters(fn):
    code = getattr(fn, "__code__", None)
    return list(code.co_varnames[:code.co_argcount]) if code else []


def _learner_frames(exc):
    """[(function name, parameter names, notebook names hidden from it)] of the frames of
    exc's traceback that run isolated learner code, outermost first."""
    frames, tb = [], exc.__traceback__
    while tb is not None:
        hidden = tb.tb_frame.f_globals.get(_HIDDEN)
        if hidden is not None:
            code = tb.tb_frame.f_code
            frames.append((code.co_name, list(code.co_varnames[:code.co_argcount]), hidden))
        tb = tb.tb_next
    return frames


_IMPORTS = {"np": "import numpy as np", "numpy": "import numpy", "math": "import math",
            "core": "import logreg_core as core"}


def _instead(missing, params):
    """What to use in place of the notebook variable `missing`, from the parameters."""
    for p in params:
        low, name = p.lower(), missing.lower()
        if missing != p and (name.startswith(low + "_") or low.startswith(name + "_")
                             or name == low):
            return f"use the parameter {p}"
    sizes = {("m", "X"): "X.shape[1]", ("m", "A"): "A.shape[1]", ("m", "Y"): "Y.shape[1]",
             ("m", "images"): "len(images)", ("m", "digits"): "len(digits)",
             ("m", "A1"): "A1.shape[1]", ("m", "A2"): "A2.shape[1]",
             ("n", "X"): "X.shape[0]", ("n", "W"): "W.shape[0]", ("n", "theta"): "theta.size"}
    for p in params:
        if (missing, p) in sizes:
            what = "the number of samples" if missing == "m" else "the number of features"
            return (f"compute it inside the function from a parameter: {missing} = "
                    f"{sizes[missing, p]} ({what})")
    return "compute it inside the function from those parameters"


_SUBSCRIPT = ("BINARY_SUBSCR", "STORE_SUBSCR", "BUILD_TUPLE", "BINARY_SLICE", "STORE_SLICE")


def _holds_ellipsis(fn):
    """True when fn's code (or a function defined inside it) still holds a `...` blank.

    `x[...]` and `x[..., 0]` are numpy indexing, not blanks: an Ellipsis that is used
    as an index (the next instruction subscripts or builds the index tuple) is skipped.
    """
    stack = [getattr(fn, "__code__", None)]
    while stack:
        code = stack.pop()
        if code is None:
            continue
        ops = list(dis.get_instructions(code))
        for op, after in zip(ops, ops[1:] + [None], strict=True):
            if op.opname in ("LOAD_CONST", "LOAD_SMALL_INT") and op.argval is Ellipsis \
                    and (after is None or after.opname not in _SUBSCRIPT):
                return True
        stack += [c for c in code.co_consts if hasattr(c, "co_consts")]
    return False


def _unused_parameters(fn):
    """The parameters fn never reads (a renamed parameter leaves its new name unused)."""
    code = getattr(fn, "__code__", None)
    if code is None:
        return []
    read = {op.argval for op in dis.get_instructions(code) if op.opname.startswith("LOAD_")}
    read |= {name for op in dis.get_instructions(code) if op.opname == "LOAD_FAST_LOAD_FAST"
             for name in op.argval}
    return [p for p in code.co_varnames[:code.co_argcount] if p not in read]


def explain_error(exc, fn, args=()):
    """What a common Python or numpy error means, in the learner's terms; '' when unknown."""
    text = str(exc)
    params = _parameters(fn)
    if "ellipsis" in text.lower() or _holds_ellipsis(fn):   # Hint 2's outline, blanks in
        return ("The function still has a `...` from the hint's outline: Python reads it as "
                "a value called Ellipsis, not as code. Replace every `...` with the code it "
                "stands for, run the cell, then run this check again.")
    if isinstance(exc, NameError):
        missing = getattr(exc, "name", None) or (re.findall(r"'(\w+)'", text) or [""])[0]
        frames = _learner_frames(exc)
        hidden = frames[-1][2] if frames else getattr(fn, "_hidden", {})
        params = frames[0][1] if frames else params
        inner = frames[-1][0] if frames else None
        where = "" if inner in (None, frames[0][0]) else \
            f" (inside {inner}, a function from another cell that it calls)"
        if missing in hidden:
            shown = ", ".join(params) or "none"
            if where:        # a notebook function the learner's function calls needs it
                return (f"`{missing}` is a variable from another cell of the notebook"
                        f"{where}: the check runs your function on its own inputs, so "
                        f"{inner} cannot use the notebook's data either. Use only your "
                        f"function's parameters ({shown}): call the function you are given "
                        f"as a parameter instead of {inner}.")
            unused = _unused_parameters(fn)
            advice = f"use the parameter {unused[0]}, which the function never reads" \
                if len(unused) == 1 else _instead(missing, params)
            return (f"`{missing}` is a variable from another cell of the notebook: "
                    f"the check runs the function on its own inputs, so it may use only "
                    f"its parameters ({shown}). Instead, {advice}.")
        if missing in _IMPORTS:
            return (f"The import is missing: run a cell with `{_IMPORTS[missing]}` first "
                    f"(the lesson's first code cell has it).")
        return (f"No cell defines `{missing}`{where}: is it a typo, or a variable you meant "
                f"to compute first inside the function?")
    if "as a data type" in text:
        return ("A shape was passed as two numbers, as in np.zeros(1, m): numpy reads the "
                "second number as a data type. Pass the shape as one tuple, with two "
                "brackets: np.zeros((1, m)).")
    if "read-only" in text:
        return ("It changes an array it was given (with +=, -=, *= or an assignment into "
                "it); the check hands over read-only arrays. Compute on a copy: build a new "
                "array (x = x * 2, or x.copy()) instead of changing the one you are given.")
    if "matmul" in text or "not aligned" in text:
        return ("The two sides of @ (or np.dot) do not fit: in A @ B the number of columns "
                "of A must equal the number of rows of B. Print the .shape of both sides: "
                "often a .T (transpose) is missing or extra.")
    if "could not be broadcast" in text:
        return ("Two arrays whose shapes do not fit were combined element by element (+, -, "
                "*, /): each dimension must be equal, or 1. Print the .shape of both sides.")
    if "only 0-dimensional arrays can be converted" in text or "only length-1 arrays" in text:
        return ("float(...), int(...) or a math function (math.exp, math.log) got a whole "
                "array: they take one number only. Use numpy's functions (np.exp, np.log) "
                "on arrays, and .item() to turn a one-element array into a plain number.")
    if ("not subscriptable" in text and any(t in text for t in ("'float'", "'int'")))\
            or "invalid index to scalar" in text or "0-dimensional" in text:
        return ("It indexes a number, as in x[0] when x is one number, not an array. Print "
                "the value you index, and its type, to see which one is a number; where the "
                "input may be a plain number, compute on it as a whole, with no indexing.")
    if "object has no attribute" in text and any(t in text for t in ("'float'", "'int'")):
        return ("It uses an array's attribute (such as .shape or .size) on a plain number. "
                "The input may be a plain number: np.shape(z) and np.asarray(z) work for "
                "both, or compute on z as a whole.")
    if "truth value of an array" in text:
        return ("An `if` (or `and`, `or`) was used on a whole array, which holds many True/"
                "False values. Compare the whole array at once (np.where, or (A > 0.5)) "
                "instead of an `if`.")
    if "object is not callable" in text and "ndarray" in text:
        return ("An array was called like a function: a missing * (write 2 * (x + 1), not "
                "2(x + 1)), or a variable that has the name of a function.")
    return ""


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
    fn = isolate(fn)
    code = getattr(fn, "__code__", None)
    args = args or (_Z01,)   # (defined with lesson 01's checks, before any call)
    try:
        with np.errstate(all="ignore"):
            fn(*read_only_copies(args))
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
    return _next_step(problem)


def _a(word):
    """'a list', 'an object': the word with its indefinite article."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def _next_step(problem):
    """A learner's exception, described by call_learner, with what to do next."""
    if problem.status != WRONG or " raised " not in problem.message:
        return problem                    # not attempted, or forgot return: already complete
    message = problem.message.rstrip()
    if message.endswith("then run this check again."):
        return problem                    # the explanation already says what to do next
    end = "" if message.endswith("?") else "."      # "...inside the function?" stays a question
    return wrong(f"{message.rstrip('.')}{end}{_NEXT_STEP}")


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
    note = (f" (It came back as an array of shape {arr.shape}; .item() makes it a plain "
            f"number, as in cost = cost.item().)" if arr.ndim > 0 else "")
    return float(arr.reshape(())), note


def _names_blanks(check):
    """Wrap a check: an error about an Ellipsis means the `...` blanks of Hint 2 are left."""
    def run(fn):
        result = check(fn)
        if result.status == WRONG and "'ellipsis'" in result.message:
            name = getattr(fn, "__name__", "your function")
            raw = result.message.split(" The function still has a `...`")[0]  # explained here
            return wrong(f"{name} still has a `...` blank from Hint 2: Python reads `...` as "
                         f"a value, Ellipsis, and cannot compute with it (the error was: "
                         f"{raw}). Replace every `...` with code, run the cell, "
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


# ----------------------------------------------------------------- every check's frame

STRICT = False   # the tests set it: an error inside a check is then raised, not reported


def learner_check(check):
    """Wrap a check_* function: the learner's function is isolated from the notebook's data
    before the check sees it, and the check never raises (an unexpected error inside the
    check becomes a WRONG result that says so, unless STRICT)."""
    def run(fn):
        fn = isolate(fn)
        try:
            return check(fn)
        except Exception as exc:  # noqa: BLE001 - a check must never crash the notebook
            if STRICT:
                raise
            name = getattr(fn, "__name__", "your function")
            return wrong(f"The check could not finish with this {name} ({type(exc).__name__}"
                         f": {exc}), so it cannot call it right. Compare your function with "
                         f"the exercise's rules, run its cell, then run this check again.")

    run.__name__, run.__doc__, run.__wrapped__ = check.__name__, check.__doc__, check
    return run


def short(value):
    """A value as a learner reads it: arrays in a few digits, shapes for large ones."""
    if isinstance(value, np.ndarray):
        if value.size > 12:
            return f"an array of shape {value.shape}"
        return f"np.array({np.array2string(value, precision=4, separator=', ')})" \
            f"{'' if value.dtype.kind == 'f' else f' ({value.dtype})'}"
    if isinstance(value, float):
        return repr(value) if len(repr(value)) <= 8 else f"{value:.6g}"
    if isinstance(value, (list, tuple)) and len(value) > 6:
        return f"a {type(value).__name__} of {len(value)} items"
    if isinstance(value, (list, tuple)):
        inner = ", ".join(short(v) for v in value)
        return f"[{inner}]" if isinstance(value, list) else f"({inner})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {short(v)}" for k, v in value.items()) + "}"
    if callable(value):
        return getattr(value, "__doc__", None) or getattr(value, "__name__", "a function")
    return repr(value)


def same_numbers(out, expected, rtol=1e-6, atol=1e-9):
    """True when out is real numbers of expected's shape (a plain number for a 0-d
    expected) that agree with it; a Python list or a string never does."""
    if isinstance(out, (list, tuple, str, bytes, dict)) or _floats(out) is None:
        return False
    return np.shape(out) == np.shape(expected) and close(out, expected, rtol, atol)


def same_number(out, expected):
    """True when out is one real number (a one-element array counts) close to expected."""
    value = _number(out)
    return value is not None and close(value, expected)


def random_neuron_case(n, m, rng, integer_X=False):
    """(W (n, 1), b, X (n, m), Y (1, m)) drawn from rng; Y holds both classes when m > 1."""
    W = rng.normal(size=(n, 1))
    X = rng.integers(-3, 4, size=(n, m)) if integer_X else rng.normal(size=(n, m))
    Y = (np.arange(m) % 2).reshape(1, m)
    return W, float(rng.normal()), X, Y


def same_propagate(out, expected):
    """True when out is (grads, cost) with dW, db and cost as in expected, core.propagate's."""
    (want, want_cost) = expected
    if not (isinstance(out, (tuple, list)) and len(out) == 2 and isinstance(out[0], dict)):
        return False
    grads, cost = out
    return (same_numbers(grads.get("dW"), want["dW"])
            and same_number(grads.get("db"), want["db"]) and same_number(cost, want_cost))


def more_cases(fn, cases, reference, same, look_at):
    """Run fn on each further case; None when it agrees with reference on all of them.

    cases: [(what the case is, args)]; reference(*args) gives the right answer;
    same(out, expected) says whether the learner's out is right; look_at: the next thing
    to look at when they differ (the check cannot tell the cause: it shows the input, the
    expected and the returned value and names no cause).
    """
    name = getattr(fn, "__name__", "your function")
    params = _parameters(isolate(fn)) or [f"arg{i}" for i in range(9)]
    for what, args in cases:
        out, problem = call_learner(fn, *args)
        if problem is not None:
            if problem.status != WRONG:
                return problem
            return wrong(f"{name} is right on the check's first case but fails on "
                         f"another: {what}. {problem.message} {look_at}")
        expected = reference(*args)
        if not same(out, expected):
            given = ", ".join(f"{p} = {short(a)}" for p, a in zip(params, args, strict=False))
            return wrong(f"{name} is right on the check's first case but not on another: "
                         f"{what}. Input: {given}. Expected: {short(expected)}. It returned:"
                         f" {short(out)}. {look_at}")
    return None
