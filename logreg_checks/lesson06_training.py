"""Lesson 06's self-checks: initialize_weights, optimize and model.

Lesson 06: the learner's initialize_weights(n), optimize(W, b, X, Y, num_iterations,
learning_rate), which returns (params, grads, costs) with costs[k] the cost before
update k * 100, and model(X_train, Y_train, X_test, Y_test, num_iterations,
learning_rate), which returns the source post's dict.

Imports the shared machinery (.common) and logreg_core; never another lesson's module.
"""

import numpy as np

import logreg_core as core

from .common import (
    more_cases,
    random_neuron_case,
    same_number,
    same_numbers,
    NOT_ATTEMPTED,
    WRONG,
    CheckResult,
    _number,
    _unfilled_stub_inside,
    call_learner,
    close,
    learner_check,
    passed,
    shape_of,
    wrong,
)


def _inner_stub(name, inner):
    return CheckResult(NOT_ATTEMPTED, (
        f"{name} raised NotImplementedError from inside {inner}(), which it calls: {inner} "
        f"is still the unfilled stub. Fill in {inner} first (or call core.{inner}), run "
        f"its cell, then run this check again."))


def _same_rows_for_other_n(again, n, W):
    """True when initialize_weights gives W the same number of rows for another n."""
    other = again(n + 2)
    return (isinstance(other, tuple) and len(other) == 2 and
            np.shape(other[0]) == W.shape)


def _initialize_problem(W, b, n, again):
    """What is wrong with (W, b) = initialize_weights(n), or None. again() calls it anew."""
    if isinstance(W, list):
        return wrong(f"W is a Python list; it must be a numpy array of shape ({n}, 1). Write "
                     f"W = np.zeros((n, 1)).")
    if not isinstance(W, np.ndarray):
        return wrong(f"W must be a numpy array of shape ({n}, 1); got "
                     f"{type(W).__name__}. Write W = np.zeros((n, 1)).")
    if W.shape != (n, 1):
        if W.shape == (n,):
            why = ("a flat vector. W must be a column, one row per feature: "
                   "np.zeros((n, 1)), with the inner parentheses")
        elif W.shape == (1, n):
            why = "a row. W must be a column, one row per feature: np.zeros((n, 1))"
        elif W.ndim == 2 and W.shape[1] == 1 and _same_rows_for_other_n(again, n, W):
            why = (f"it ignores n: it gives {W.shape[0]} rows for any n (here n = {n}). Use "
                   f"n: np.zeros((n, 1))")
        else:
            why = "it must be one row per feature and one column: np.zeros((n, 1))"
        return wrong(f"For n = {n}, W has shape {W.shape}: {why}.")
    if W.dtype.kind in "biu":
        return wrong(f"W holds integers ({W.dtype}); it must hold floats: np.zeros((n, 1)) "
                     f"gives float64 (no dtype=int, no [[0]] * n).")
    if not np.all(W == 0):
        second = again(n)
        if isinstance(second, tuple) and len(second) == 2 and \
                not np.array_equal(np.asarray(second[0]), W):
            return wrong("W is random (it changes from call to call); start from zeros, "
                         "np.zeros((n, 1)). One neuron needs no random start, and zeros "
                         "make every run give the lesson's numbers.")
        return wrong(f"W must be all zeros; got {np.round(W.ravel(), 4).tolist()}. Write "
                     f"W = np.zeros((n, 1)).")
    if W.dtype != np.float64:
        return wrong(f"W has dtype {W.dtype}; use float64, the default of np.zeros((n, 1)).")
    if isinstance(b, np.ndarray):
        return wrong(f"b is a numpy array of shape {b.shape}; b must be one plain number, "
                     f"the Python float 0.0. Write b = 0.0.")
    if isinstance(b, (bool, int, np.integer)):
        return wrong(f"b is the integer {b!r} (the source post writes b = 0); b must be the "
                     f"float 0.0. Write b = 0.0.")
    if not isinstance(b, float):
        return wrong(f"b must be the Python float 0.0; got {type(b).__name__}. Write "
                     f"b = 0.0.")
    if b != 0:
        return wrong(f"b must start at 0.0; got {b!r}. Write b = 0.0.")
    return None


@learner_check
def check_initialize_weights(fn):
    """Self-check for lesson 06's initialize_weights(n): zeros (n, 1) float64 and 0.0."""
    name = getattr(fn, "__name__", "initialize_weights")
    for n in (3, 1, 5):
        out, problem = call_learner(fn, n)
        if problem is not None:
            if "as a data type" in problem.message:
                said = problem.message.split(" raised ", 1)[-1].split(". ")[0]
                return wrong(f"{name} passes a shape as two numbers, as in np.zeros(n, 1): "
                             f"numpy reads the second number as a data type ({said}). Pass "
                             f"the shape as one tuple, with two brackets: np.zeros((n, 1)).")
            if problem.status == WRONG:
                data, _ = call_learner(fn, np.ones((n, 4)))
                if isinstance(data, tuple) and len(data) == 2 and np.shape(data[0]) == (n, 1):
                    # only the error itself: the shared advice after it speaks of arrays
                    # in general (np.shape(z)), which misleads here
                    raised = problem.message.split(". ")[0].rstrip(".")
                    return wrong(f"{name} works when given the data X but fails for the "
                                 f"number n = {n} ({raised}). It must take n, the "
                                 f"number of features (an integer): the caller passes "
                                 f"X.shape[0]. Use n itself, not n.shape[0] or len(n).")
            return problem
        if not (isinstance(out, (tuple, list)) and len(out) == 2):
            return wrong(f"{name} must return two things, W and b: end with `return W, b`.")
        W, b = out
        if np.ndim(W) == 0 and isinstance(b, np.ndarray) and b.size == n:
            return wrong(f"{name} returned (b, W): the order is W first, then b. Write "
                         f"`return W, b`.")
        bad = _initialize_problem(W, b, n, lambda k: call_learner(fn, k)[0])
        if bad is not None:
            return bad
    if "empty" in getattr(getattr(fn, "__code__", None), "co_names", ()):
        return wrong(f"{name} uses np.empty, which does not set the values: W holds whatever "
                     f"was in memory before (here it happened to be zeros). Use "
                     f"np.zeros((n, 1)).")
    return passed(f"{name}(n) returns W = zeros of shape (n, 1), float64, and b = 0.0 "
                  f"(tried n = 3, 1 and 5).")


OPTIMIZE_CASE = {"W": np.array([[0.5], [-0.3]]), "b": 0.1, "num_iterations": 350,
                 "learning_rate": 0.1}


_rng = np.random.default_rng(106)
_OPTIMIZE_CASES = [
    ("n = 3 features, m = 5 samples, 120 iterations",
     (*random_neuron_case(3, 5, _rng)[:4], 120, 0.3)),
    ("n = 1 feature, one iteration", (*random_neuron_case(1, 4, _rng)[:4], 1, 0.5)),
    ("W is zeros, b = 0 an integer, X holds integers",
     (np.zeros((2, 1)), 0, *random_neuron_case(2, 6, _rng, integer_X=True)[2:], 101, 0.1)),
]
_SIZES_LOOK_AT = ("Look for a size or a data set fixed in your code (the notebook's X_train, "
                  "m or 2 features) instead of read from the arguments, and for settings "
                  "fixed in advance instead of num_iterations and learning_rate.")


def _same_optimize(out, expected):
    """True when out is (params, grads, costs) as core.optimize's expected."""
    if not (isinstance(out, tuple) and len(out) == 3 and isinstance(out[0], dict)
            and isinstance(out[1], dict)):
        return False
    (params, grads, costs), (want, want_grads, want_costs) = out, expected
    return (same_numbers(params.get("W"), want["W"]) and same_number(params.get("b"),
                                                                     want["b"])
            and same_numbers(grads.get("dW"), want_grads["dW"])
            and same_number(grads.get("db"), want_grads["db"])
            and isinstance(costs, (list, np.ndarray)) and len(costs) == len(want_costs)
            and (not want_costs or close(costs, want_costs)))


def _random_model_case(rng):
    """Three features, six training and four test samples; no line separates the training
    samples (samples 0 and 1 are one point with two labels), so the training accuracy is
    below 100 % and a wrong accuracy formula shows."""
    W, b, X, Y = random_neuron_case(3, 10, rng)
    Y = (W.T @ X + b + rng.normal(scale=0.5, size=(1, 10)) > 0).astype(int)
    X[:, 1], Y[0, :2] = X[:, 0], (0, 1)
    return X[:, :6], Y[:, :6], X[:, 6:], Y[:, 6:], 150, 0.2


_MODEL_CASES = [("n = 3 features, 6 training and 4 test samples, 150 iterations at 0.2",
                 _random_model_case(_rng))]


def _same_model(out, expected):
    """True when out is the dict core.model gives (expected)."""
    if not isinstance(out, dict) or any(k not in out for k in expected):
        return False
    for key, want in expected.items():
        got = out[key]
        if key in ("learning_rate", "num_iterations"):
            ok = got == want
        elif key.startswith("Y_prediction"):
            ok = isinstance(got, np.ndarray) and got.shape == want.shape and \
                np.array_equal(got, want)
        elif key == "costs":
            ok = isinstance(got, (list, np.ndarray)) and len(got) == len(want) and \
                close(got, want)
        elif key == "W":
            ok = same_numbers(got, want)
        else:
            ok = same_number(got, want)
        if not ok:
            return False
    return True


def _ascent(W, b, X, Y, num_iterations, learning_rate):
    """The '+' mistake, run for real: W += lr * dW climbs the cost."""
    for _ in range(num_iterations):
        grads, _ = core.propagate(W, b, X, Y)
        W = W + learning_rate * grads["dW"]
        b = b + learning_rate * grads["db"]
    return W, b


def _frozen_W(W, b, X, Y, num_iterations, learning_rate):
    """The source post's first optimize, run for real: `w = W - lr * dW` makes a new
    name each step, so every step starts again from the given W, while b moves on.
    Returns (the last w, b)."""
    w = W
    for _ in range(num_iterations):
        grads, _ = core.propagate(W, b, X, Y)
        w = W - learning_rate * grads["dW"]
        b = b - learning_rate * grads["db"]
    return w, b


def _recorded_where(costs, trace, num_iterations):
    """Describe which iterations the learner's costs were recorded at, if we can tell.

    trace[i] is the cost before update i (trace[num_iterations]: after the last one).
    Returns (where, advice), or (None, None).
    """
    full = len(trace)
    candidates = [("every iteration, before each update", trace[:num_iterations]),
                  ("every iteration, after each update", trace[1:full])]
    for off in range(1, 100):
        name = ("after the update (each one is the cost one update too late)"
                if off == 1 else
                f"at iterations {off}, {off + 100}, {off + 200}, ... instead of 0, 100, 200,"
                f" ... (an off-by-one in the `if`, e.g. (i + 1) % 100 == 0)" if off == 99 else
                f"at iterations {off}, {off + 100}, ... instead of 0, 100, 200, ...")
        candidates.append((name, trace[off:num_iterations:100]))
    advice = "Record the cost computed before the update, when i % 100 == 0."
    candidates = [(name, expected, advice) for name, expected in candidates]
    candidates.append(("every 100 iterations plus one extra cost appended after the "
                       "loop (the source post's final version does this)",
                       [*trace[:num_iterations:100], trace[-1]],
                       "Remove the append after the loop."))
    for name, expected, fix in candidates:
        if close(costs, expected):
            return name, fix
    return None, None


def _role(x):
    """'params', 'grads' or 'costs': what one of optimize's three results looks like."""
    if isinstance(x, dict):
        if {"dW", "db"} & set(x):
            return "grads"
        if {"W", "w", "b"} & set(x):
            return "params"
        return None
    if isinstance(x, (list, tuple, np.ndarray)):
        try:
            values = np.asarray(x, dtype=float)
        except (TypeError, ValueError):
            return None
        return "costs" if values.ndim == 1 else None
    return None


def _optimize_order(out):
    """None when out is (params, grads, costs) or unrecognisable, else a CheckResult."""
    roles = [_role(x) for x in out]
    if sorted(r or "" for r in roles) == ["costs", "grads", "params"] and \
            roles != ["params", "grads", "costs"]:
        return wrong(f"optimize returned ({', '.join(roles)}): the order must be (params, "
                     f"grads, costs), because the caller writes `params, grads, costs = "
                     f"optimize(...)`. Write `return params, grads, costs`.")
    return None


def _settings_used(W, b, args):
    """If (W, b) is what core.optimize gives with other iterations or learning rate."""
    W0, b0, X, Y, iterations, rate = args
    tries = [(f"{k} update{'s' if k != 1 else ''} instead of {iterations}", k, rate)
             for k in (1, iterations - 1, iterations + 1)]
    tries += [(f"learning rate {lr:g} instead of the learning_rate argument ({rate:g})",
               iterations, lr) for lr in (0.5, 0.05, 0.01, 0.005, 1.0) if lr != rate]
    tries += [(f"{k} updates instead of the num_iterations argument ({iterations})", k, rate)
              for k in (2000, 1000, 100) if k != iterations]
    tries += [(f"{k} updates at learning rate {lr:g} instead of the arguments ({iterations} "
               f"updates at {rate:g})", k, lr)
              for k in (2000, 1000, 100) for lr in (0.05, 0.5, 0.01, 0.005, 1.0)
              if k != iterations and lr != rate]
    for what, k, lr in tries:
        ref = core.optimize(W0, b0, X, Y, k, lr)[0]
        if close(W, ref["W"]) and close(b, ref["b"]):
            return what, k
    return None, None


@learner_check
def check_optimize(fn):
    """Run the learner's optimize on the toy data from a non-zero start and diagnose."""
    X, Y, _, _ = core.toy_dataset()
    c = OPTIMIZE_CASE
    args = (c["W"], c["b"], X, Y, c["num_iterations"], c["learning_rate"])
    inner = _unfilled_stub_inside(fn, *args)
    if inner is not None:
        return _inner_stub("optimize", inner)
    out, problem = call_learner(fn, *args)
    if problem:
        if f"b must be a real number (a Python float); got ndarray of shape " \
                f"{np.shape(c['W'])}" in problem.message:
            return wrong(f"b became an array of shape {np.shape(c['W'])}, the shape of W: the "
                         f"update of b uses dW, so core.propagate stopped with an error. "
                         f"Step b with its own gradient: b = b - learning_rate * "
                         f"grads[\"db\"].")
        for name in ("dW", "db"):
            if f"NameError: name '{name}' is not defined" in problem.message:
                return wrong(f"optimize uses {name}, but no line defines it: core.propagate "
                             f"returns the gradients inside the dict grads. Take them out "
                             f"first, dW = grads[\"dW\"] and db = grads[\"db\"], then run "
                             f"this check again.")
        return problem
    if not (isinstance(out, tuple) and len(out) == 3):
        return wrong("optimize must return three things: params, grads, costs (in this "
                     "order). Write `return params, grads, costs`.")
    order = _optimize_order(out)
    if order is not None:
        return order
    params, grads, costs = out
    if not isinstance(params, dict) or "W" not in params or "b" not in params:
        keys = sorted(map(str, params)) if isinstance(params, dict) else type(params).__name__
        hint = (" You used 'w': model reads params['W'] (the source post's first optimize"
                " has this mismatch)." if isinstance(params, dict) and "w" in params else "")
        return wrong(f"params must be a dict with keys 'W' and 'b'; got {keys}.{hint} End "
                     f"with `return {{\"W\": W, \"b\": b}}, grads, costs`.")
    W, b = params["W"], params["b"]
    if np.shape(W) != (2, 1):
        return wrong(f"params['W'] must have shape (2, 1) like the W you were given; "
                     f"got {shape_of(W)}.")
    if np.ndim(b) != 0:
        return wrong(f"params['b'] must be a number like the b you were given; got an "
                     f"array of shape {np.shape(b)}. Keep b a float: db from "
                     f"core.propagate is one.")
    try:
        W, b = np.asarray(W, dtype=float), float(b)
    except (TypeError, ValueError):
        return wrong("params['W'] and params['b'] must hold numbers.")
    ref, ref_grads, ref_costs = core.optimize(*args)
    trace = core.optimize(*args, record_every=1)[2] + [core.cost(ref["W"], ref["b"], X, Y)]
    w_last, b_frozen = _frozen_W(*args)
    if close(b, b_frozen) and (close(W, c["W"]) or close(W, w_last)):
        return wrong("W never changed, but b did. Is your update `w = W - "
                     "learning_rate * dW` (a new name w, so every step starts again from "
                     "the old W), or is the W line missing? Write `W = W - learning_rate "
                     "* dW` inside the loop.")
    if close(W, c["W"]) and close(b, c["b"]):
        if isinstance(costs, list) and len(costs) == 1:
            return wrong("optimize returned in the first iteration, before any update: "
                         "the `return` line is inside the for loop. Un-indent it so it "
                         "runs after the loop has finished.")
        return wrong("optimize gave back the W and b it was given: neither W nor b "
                     "changed. Update both inside the loop: W = W - learning_rate * dW and "
                     "b = b - learning_rate * db.")
    if close(b, c["b"]):
        return wrong("W changed but b never changed: update b too, "
                     "b = b - learning_rate * db.")
    W_up, b_up = _ascent(*args)
    if close(W, W_up) and close(b, b_up):
        return wrong("Your parameters went uphill: the update adds the gradient. Gradient "
                     "descent subtracts it: W = W - learning_rate * dW (the same for b).")
    if not (close(W, ref["W"]) and close(b, ref["b"])):
        from_zero = core.optimize(np.zeros_like(c["W"]), 0.0, *args[2:])[0]
        if close(W, from_zero["W"]) and close(b, from_zero["b"]):
            return wrong("Your W and b match a run that starts from zeros, not from the W "
                         "and b you were given. Start the loop from the arguments W and b: "
                         "do not call initialize_weights inside optimize.")
        what, k = _settings_used(W, b, args)
        if k == 1:
            return wrong("optimize returned after one iteration: the `return` line is "
                         "inside the for loop. Un-indent it so it runs after the loop.")
        if what is not None:
            return wrong(f"Your W and b match a run with {what}. Use the arguments you are "
                         f"given: `for i in range(num_iterations)` and learning_rate.")
        err = float(np.max(np.abs(W - ref["W"])))
        return wrong(f"W and b differ from logreg_core.optimize (largest W difference "
                     f"{err:.3g}). Check the update W = W - learning_rate * dW and the "
                     f"gradients you use.")
    if not close(costs, ref_costs):
        where, advice = _recorded_where(costs, trace, c["num_iterations"])
        if where:
            return wrong(f"W and b are right, but your costs were recorded {where}. "
                         f"{advice}")
        count = len(costs) if isinstance(costs, (list, tuple)) or np.ndim(costs) == 1 \
            else None
        if count == 0:
            return wrong("W and b are right, but costs is empty: nothing was recorded. Inside "
                         "the loop, before the update, add `if i % 100 == 0: "
                         "costs.append(cost)`.")
        got = (f"you returned {count} value{'s' if count != 1 else ''}, "
               if count is not None else "")
        return wrong(f"W and b are right, but the costs are not the {len(ref_costs)} costs "
                     f"before updates 0, 100, 200, 300 ({got}expected "
                     f"{[round(v, 6) for v in ref_costs]}). Record the cost computed before "
                     f"the update, when i % 100 == 0.")
    if not (isinstance(grads, dict) and close(grads.get("dW"), ref_grads["dW"])
            and close(grads.get("db"), ref_grads["db"])):
        return wrong("W, b and costs are right; grads should be the gradients of the last "
                     "update, {'dW': dW, 'db': db}.")
    other = more_cases(fn, _OPTIMIZE_CASES, core.optimize, _same_optimize, _SIZES_LOOK_AT)
    if other is not None:
        return other
    return passed(f"optimize matches logreg_core.optimize: W, b, the "
                  f"{len(ref_costs)} costs and the last gradients.")


MODEL_KEYS = ("costs", "Y_prediction_train", "Y_prediction_test", "W", "b", "learning_rate",
              "num_iterations", "train_accuracy", "test_accuracy")
MODEL_CASE = {"num_iterations": 2000, "learning_rate": 0.05}   # on the toy data
# a second run with other settings catches a model that ignores its arguments
MODEL_CASE_2 = {"num_iterations": 300, "learning_rate": 0.5}


def _model_args(case=MODEL_CASE):
    return (*core.toy_dataset(), case["num_iterations"], case["learning_rate"])


def _ignores_arguments(fn):
    """None when model(...) with MODEL_CASE_2 gives core.model's result, else a CheckResult."""
    args = _model_args(MODEL_CASE_2)
    iterations, rate = args[4:]
    first = MODEL_CASE["num_iterations"], MODEL_CASE["learning_rate"]
    out, problem = call_learner(fn, *args)
    if problem is not None:
        return wrong(f"With {iterations} iterations at learning rate {rate:g} (the check's "
                     f"second run): {problem.message}")
    ref = core.model(*args)
    try:
        W, b = np.asarray(out["W"], dtype=float), float(out["b"])
    except (TypeError, ValueError, KeyError, IndexError):
        return wrong("A second run, with other settings, did not return W and b as the first "
                     "did. Make model return the same dict for any arguments.")
    if not (close(W, ref["W"]) and close(b, ref["b"])):
        old = core.model(*_model_args())
        if close(W, old["W"]) and close(b, old["b"]):
            return wrong(f"Asked for {iterations} iterations at learning rate {rate:g}, your "
                         f"model trains as for {first[0]} at {first[1]:g}: it ignores its "
                         f"arguments. Pass them on: optimize(W, b, X_train, Y_train, "
                         f"num_iterations, learning_rate).")
        return wrong(f"With {iterations} iterations at learning rate {rate:g}, your W and b "
                     f"differ from core.model's. Pass num_iterations and learning_rate on to "
                     f"optimize, and fix no value in advance.")
    if out.get("learning_rate") != rate or out.get("num_iterations") != iterations:
        return wrong("'learning_rate' and 'num_iterations' must be the values model was "
                     "given, whatever they are. Store the arguments themselves: "
                     "\"learning_rate\": learning_rate, \"num_iterations\": num_iterations.")
    if not close(out.get("costs"), ref["costs"]):
        return wrong(f"With {iterations} iterations your 'costs' is not the list optimize "
                     f"returned. Store costs as it comes back from optimize.")
    return None


def _passes_data_to_initialize(fn, args):
    """Run fn with every initialize_weights it can reach recording its argument: was it
    given an array (the source post's defect 4, initialize_weights(X_train))?"""
    seen = []
    names = [(core.__dict__, "initialize_weights")]
    namespace = getattr(fn, "__globals__", None)
    if isinstance(namespace, dict) and callable(namespace.get("initialize_weights")):
        names.append((namespace, "initialize_weights"))
    saved = [(space, key, space[key]) for space, key in names]
    try:
        for space, key, original in saved:
            def spy(n, *rest, _original=original, **kw):
                seen.append(isinstance(n, np.ndarray))
                return _original(n, *rest, **kw)
            space[key] = spy
        call_learner(fn, *args)
    finally:
        for space, key, original in saved:
            space[key] = original
    return any(seen)


def _key_problem(out):
    import difflib

    keys = [k for k in out if isinstance(k, str)]
    missing = [k for k in MODEL_KEYS if k not in out]
    if not missing:
        return None
    extra = [k for k in keys if k not in MODEL_KEYS]
    pairs = []
    for k in missing:
        near = difflib.get_close_matches(k, extra, n=1, cutoff=0.5) or \
            [e for e in extra if e.lower() == k.lower()]
        if near:
            pairs.append(f"'{near[0]}' should be '{k}'")
    if pairs:
        return wrong(f"Some keys are spelled differently: {'; '.join(pairs)}. Use the "
                     f"source post's keys exactly: {', '.join(MODEL_KEYS)}.")
    return wrong(f"The dict misses the keys {missing}. Use the source post's keys exactly: "
                 f"{', '.join(MODEL_KEYS)}.")


@learner_check
def check_model(fn):
    """Self-check for lesson 06's model: the source post's program on the toy data."""
    args = _model_args()
    X_train, Y_train, X_test, Y_test, iterations, rate = args
    inner = _unfilled_stub_inside(fn, *args)
    if inner is not None:
        return _inner_stub("model", inner)
    out, problem = call_learner(fn, *args)
    if problem is not None:
        sizes = {f"(1,{X_train.shape[1]})", f"(1,{X_test.shape[1]})"}
        if "could not be broadcast" in problem.message and \
                all(size in problem.message for size in sizes):
            return wrong(f"{problem.message.strip()}: the predictions of one set were "
                         f"compared with the labels of the other. Predict on X_train for "
                         f"Y_prediction_train and on X_test for Y_prediction_test.")
        if "num_iterations must be an integer" in problem.message and \
                f"got float {rate}" in problem.message:
            return wrong(f"model passes learning_rate ({rate}) where optimize expects "
                         f"num_iterations, so optimize stopped with a TypeError. Keep the "
                         f"order: optimize(W, b, X_train, Y_train, num_iterations, "
                         f"learning_rate).")
        if "'float' object cannot be interpreted as an integer" in problem.message:
            return wrong(f"{problem.message}. A float was used as a count: did you swap "
                         f"num_iterations and learning_rate? Keep the order: optimize(W, b, "
                         f"X_train, Y_train, num_iterations, learning_rate).")
        if problem.status == WRONG and _passes_data_to_initialize(fn, args):
            return wrong("model passes the data X_train to initialize_weights, as the source "
                         "post's first model does (its defect 4). initialize_weights needs "
                         "the number of features: initialize_weights(X_train.shape[0]).")
        return problem
    if not isinstance(out, dict):
        return wrong(f"model must return a dict (the source post's d); got "
                     f"{type(out).__name__}. End with `return {{'costs': costs, ...}}`.")
    bad_keys = _key_problem(out)
    if bad_keys is not None:
        return bad_keys
    ref = core.model(*args)
    W, b = out["W"], out["b"]
    if np.shape(W) != (2, 1) or np.ndim(b) != 0:
        return wrong(f"W must have shape (2, 1) and b must be a number; got W of shape "
                     f"{shape_of(W)} and b of shape {np.shape(b)}.")
    try:
        W, b = np.asarray(W, dtype=float), float(b)
    except (TypeError, ValueError):
        return wrong("W and b must hold numbers.")
    if np.all(W == 0) and b == 0:
        return wrong("W and b are still the zeros you started from. Take the trained "
                     "ones from what optimize returns: W = params['W'], b = params['b'].")
    if close(W, ref["W"]) and b == 0.0:
        return wrong("W is trained but b is 0.0: you forgot b. Take it from optimize's "
                     "result too: b = params['b'].")
    on_test = core.optimize(*core.initialize_weights(2), X_test, Y_test, iterations, rate)[0]
    if close(W, on_test["W"]) and close(b, on_test["b"]):
        return wrong("W and b were trained on the test set. Train on X_train, Y_train; the "
                     "test set is only for measuring.")
    if not (close(W, ref["W"]) and close(b, ref["b"])):
        what, _ = _settings_used(W, b, (np.zeros((2, 1)), 0.0, X_train, Y_train,
                                        iterations, rate))
        if what is not None:
            return wrong(f"Your W and b match a run with {what}. Pass num_iterations "
                         f"and learning_rate on to optimize.")
        return wrong("W and b differ from core.model's: start from initialize_weights"
                     "(X_train.shape[0]) and optimize on X_train, Y_train. If you call your "
                     "own optimize, make its check pass first.")
    if isinstance(out["costs"], dict):
        return wrong("W and b are right, but 'costs' holds a dict (the gradients?): your "
                     "optimize returns its three results in another order. Make optimize's "
                     "check pass (the order is params, grads, costs), then run this check "
                     "again.")
    if not close(out["costs"], ref["costs"]):
        return wrong("W and b are right, but 'costs' is not the list optimize returned "
                     "(the cost every 100 iterations). Store it as it comes back: "
                     "\"costs\": costs.")
    p_train, p_test = out["Y_prediction_train"], out["Y_prediction_test"]
    m_train, m_test = X_train.shape[1], X_test.shape[1]
    if np.shape(p_train) == (1, m_test) and np.shape(p_test) == (1, m_train):
        return wrong(f"Y_prediction_train has {m_test} predictions and Y_prediction_test "
                     f"{m_train}: they are swapped. Predict on X_train for the first and "
                     f"X_test for the second.")
    for label, p, x, x_name in (("Y_prediction_train", p_train, X_train, "X_train"),
                                ("Y_prediction_test", p_test, X_test, "X_test")):
        if np.shape(p) != (1, x.shape[1]):
            return wrong(f"{label} has shape {shape_of(p)}; it must be (1, {x.shape[1]}), "
                         f"one prediction per sample of {x_name}: predict(W, b, {x_name}).")
        if close(p, core.predict(ref["W"], 0.0, x)) and not close(p, ref[label]):
            return wrong(f"{label} ignores b: predict with both, predict(W, b, {x_name}).")
        values = np.asarray(p, dtype=object).ravel()
        try:
            values = values.astype(float)
        except (TypeError, ValueError):
            values = None
        if values is not None and np.all((values >= 0) & (values <= 1)) and \
                not np.all((values == 0) | (values == 1)):
            return wrong(f"{label} holds probabilities between 0 and 1, not 0/1 predictions. "
                         f"Use core.predict(W, b, {x_name}): it gives 1 where a > 0.5, "
                         f"else 0.")
        if not close(p, ref[label]):
            return wrong(f"{label} is not predict(W, b, {x_name}) with the trained W and b. "
                         f"Write {label} = core.predict(W, b, {x_name}).")
    raw = (out["train_accuracy"], out["test_accuracy"])
    want = (ref["train_accuracy"], ref["test_accuracy"])
    acc = tuple(_number(v) for v in raw)
    rights = tuple(int(np.sum(ref[k] == y)) for k, y in (("Y_prediction_train", Y_train),
                                                         ("Y_prediction_test", Y_test)))
    if None in acc:
        kinds = " and ".join(type(v).__name__ for v in raw)
        return wrong(f"train_accuracy and test_accuracy must each be one number (a percentage "
                     f"such as 75.0); got {kinds}. Store the number itself, not a string or "
                     f"an array: 100 - np.mean(np.abs(prediction - label)) * 100.")
    if close(acc, want):
        pass
    elif close(acc, (want[0] / 100, want[1] / 100)):
        return wrong(f"The accuracies are fractions ({acc[0]:g}, {acc[1]:g}); the source "
                     f"post gives them in percent. Multiply by 100.")
    elif close(acc, want[::-1]):
        return wrong("train_accuracy and test_accuracy are swapped: train_accuracy compares "
                     "Y_prediction_train with Y_train. Swap them back.")
    elif close(acc, rights):
        return wrong(f"The accuracies are counts of right predictions ({acc[0]:g} and "
                     f"{acc[1]:g}), not percentages. Compute 100 - np.mean(np.abs(prediction "
                     f"- label)) * 100 for each set.")
    elif close(acc, (100 - want[0], 100 - want[1])):
        return wrong("The accuracies are the percentage of wrong predictions. Accuracy is "
                     "the percentage right: 100 - mean(|prediction - label|) * 100.")
    else:
        return wrong(f"The accuracies should be {want[0]:g} and {want[1]:g} percent; got "
                     f"{acc[0]:g} and {acc[1]:g}. Compute 100 - np.mean(np.abs(prediction "
                     f"- label)) * 100 with that set's predictions and labels.")
    if out["learning_rate"] != rate or out["num_iterations"] != iterations:
        return wrong("'learning_rate' and 'num_iterations' must be the values model was "
                     "given. Store the arguments themselves: \"learning_rate\": "
                     "learning_rate, \"num_iterations\": num_iterations.")
    second = _ignores_arguments(fn)
    if second is not None:
        return second
    other = more_cases(fn, _MODEL_CASES, core.model, _same_model, _SIZES_LOOK_AT)
    if other is not None:
        return other
    return passed(f"model matches logreg_core.model on the source post's data: W, b, the "
                  f"costs, both predictions and the accuracies ({want[0]:g} % and "
                  f"{want[1]:g} %).")
