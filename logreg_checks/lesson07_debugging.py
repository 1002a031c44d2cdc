"""Lesson 07: the source post's functions with their defects (seed_*), run one defect at a
time, and the self-check of the learner's fixed propagate.

The source post's functions, copied into sandboxes so lesson 07 can run each defect on
its own. Statements are the source post's (reformatted); comments marked "defect" are
ours.

Imports the shared machinery (.common) and logreg_core; never another lesson's module.
"""

import numpy as np

import logreg_core as core

from .common import (
    more_cases,
    random_neuron_case,
    same_propagate,
    _floats,
    _naive_cost,
    _names_blanks,
    call_learner,
    close,
    learner_check,
    passed,
    wrong,
)


def basic_sigmoid(x):
    s = 1 / (1 + np.exp(-x))          # defect 7: overflows for x < -709; 1.0 for x > 37
    return s


def seed_initialize_weights(shape):
    w = np.zeros((shape, 1))          # defect 4: the first model() passes X_train here
    b = 0
    assert w.shape == (shape, 1)
    assert isinstance(b, float) or isinstance(b, int)
    return w, b


def seed_propagate_v1(W, b, X, Y):
    m = X.shape[1]
    A = basic_sigmoid(np.dot(W.T, X) + b)
    cost = -1 / m * np.sum(np.log(A) + (1 - Y) * np.log(1 - A))   # defect 1: no Y *
    dz = A - Y
    dW = 1 / m * np.dot(X, dz.T)
    db = 1 / m * np.sum(dz)
    assert dW.shape == W.shape
    assert db.dtype == float
    cost = np.squeeze(cost)
    assert cost.shape == ()
    grads = {"dW": dW, "db": db}
    return grads, cost


def seed_optimize_v1(W, b, X, Y, num_iterations, learning_rate):
    costs = []
    for i in range(num_iterations):
        grads, cost = core.propagate(W, b, X, Y)   # (the post calls its own propagate)
        dW = grads['dW']
        db = grads['db']
        w = W - learning_rate * dW    # defect 2: a new name w; W itself never changes
        b = b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)        # (the post also prints the cost here)
        params = {"w": w, "b": b}     # defect 2: key "w", but model() reads params['W']
        grads = {"dW": dW, "db": db}
    return params, grads, costs


def seed_predict_v1(W, b, X, *, zeros_fixed=False):
    m = X.shape[1]
    # defect 3: np.zeros(1, m) means shape 1, dtype m. zeros_fixed=True writes (1, m).
    Y_prediction = np.zeros((1, m)) if zeros_fixed else np.zeros(1, m)
    W = W.reshape(X.shape[0], 1)
    A = basic_sigmoid(np.dot(W.T, X) + b)
    for i in range(A.shape[1]):
        if A[0, i] <= 0.5:
            Y_prediction[0, i] = 0
        if A[0, i] >= 0.5:            # defect 3: a second if, not else: both run at 0.5
            Y_prediction[0, i] = 1
    assert Y_prediction.shape == (1, m)
    return Y_prediction


def seed_propagate_final(W, b, X, Y):
    m = X.shape[1]
    A = basic_sigmoid(np.dot(W.T, X) + b)
    epsilon = 1e-5                    # defect 5: biases every log, caps the loss at 11.5
    cost = -1 / m * np.sum(Y * np.log(A + epsilon) + (1 - Y) * np.log(1 - A + epsilon))
    dz = A - Y
    dW = 1 / m * np.dot(X, dz.T)
    db = 1 / m * np.sum(dz)
    assert dW.shape == W.shape
    assert isinstance(db, float)
    cost = np.squeeze(cost)
    assert cost.shape == ()
    grads = {"dW": dW, "db": db}
    return grads, cost


def seed_single_sample():
    """The source post's one-sample snippet; prints what it prints (numbers formatted)."""
    x = np.array([0.5])
    w = np.array([0.2])
    b = 0.1
    y = np.array([0.7])
    z = w * x + b
    a = basic_sigmoid(z)
    loss = 0.5 * (a - y) ** 2         # defect 6: the squared error, not the cross-entropy
    print(f'损失对权重的梯度: {loss[0]:.6f}')   # defect 6: "gradient of the loss w.r.t. w"
    dL_da = a - y
    da_dz = basic_sigmoid(z) * (1 - basic_sigmoid(z))
    dz_dw = x                         # defect 6: the post's text says this "is w"
    dL_dw = dL_da * da_dz * dz_dw
    print(f'损失对权重的梯度: {dL_dw[0]:.6f}')
    return loss, dL_dw


def seed_eps_loss(z, y, eps=1e-5):
    """Per-sample loss as the source post's final propagate computes it: log(a + eps)."""
    a = basic_sigmoid(np.asarray(z, dtype=float))
    return -(y * np.log(a + eps) + (1 - y) * np.log(1 - a + eps))


def _cost_variants(W, b, X, Y, eps=1e-5):
    """The cost with and without defects 1 (no Y *) and 5 (eps), from an exact sigmoid."""
    A = core.sigmoid(W.T @ X + b)
    out = {}
    for has_y in (True, False):
        for e in (0.0, eps):
            out[not has_y, e > 0] = _naive_cost(A, Y, y_factor=has_y, eps=e)
    return out   # keys: (missing Y, eps)


_LOGITS_FIX = "compute the cost from the logits, np.mean(core.logistic_loss(Z, Y))"
_DEFECT_TEXT = {
    1: "defect 1, the cost is missing the Y * in front of log(A): it reports {c} where "
       "the cross-entropy is {j}. Fix: " + _LOGITS_FIX + ", which has both label terms",
    5: "defect 5, an eps inside the logs shifts the cost by {d} and caps each sample's "
       "loss at -log(eps), about 11.5. Removing the eps is not enough (log(A) is -inf "
       "once A rounds to 0 or 1): " + _LOGITS_FIX,
    71: "defect 7, the naive sigmoid 1/(1 + np.exp(-z)): np.exp overflows at z = -710 "
        "(np.exp(710) is inf), so your A is exactly 0.0 where sigmoid(-710) = {s:.4g}. "
        "Use A = core.sigmoid(Z), which never overflows",
    72: "the cost is not finite when predictions saturate: A rounds to exactly "
        "0 or 1, so log(A) or log(1 - A) is -inf (at |z| = 800 the cost is {c} where it "
        "should be {j}). Fix: " + _LOGITS_FIX,
    74: "the cost is wrong where predictions saturate: at |z| = 800 it is {c} where it "
        "should be {j}. Replacing an inf or nan (np.nan_to_num, np.clip) hides the problem "
        "instead of fixing it: " + _LOGITS_FIX,
    73: "defect 5 in another form: clipping A or adding a small eps caps each sample's "
        "loss (at |z| = 800 the cost is {c} where it should be {j}). Fix: " + _LOGITS_FIX,
}


def _defect_items(found):
    """One line per defect; the two halves of defect 7 (71, 72) share one line."""
    items = []
    for k, v in sorted(found.items()):
        text = _DEFECT_TEXT[k].format(**v)
        if k == 72:
            items.append(f"{items.pop()}. Also {text}" if 71 in found else
                         f"defect 7, {text}")
        else:
            items.append(text)
    return items


_rng = np.random.default_rng(107)
_PROPAGATE_CASES = [("n = 3 features, m = 5 samples", random_neuron_case(3, 5, _rng)),
                    ("n = 1 feature, m = 2 samples", random_neuron_case(1, 2, _rng))]


def _propagate_output(name, out, n):
    """(grads, cost) from a learner's propagate output, or a CheckResult."""
    if (isinstance(out, tuple) and len(out) == 2 and isinstance(out[1], dict)
            and not isinstance(out[0], dict)):
        return None, wrong(f"{name} returns (cost, grads): the order is the other way "
                           f"round. Return grads first, then the cost: "
                           f"return grads, cost.")
    if (isinstance(out, tuple) and len(out) == 2 and isinstance(out[0], dict)
            and not {"dW", "db"} <= set(out[0])):
        return None, wrong(f"{name}'s grads has the keys {sorted(map(str, out[0]))}; it "
                           f"needs exactly 'dW' and 'db' (capital W, as optimize "
                           f"reads grads['dW']). Rename the keys.")
    try:
        grads, cost = out
        for what, value, fix in (("db", grads["db"], "float(np.mean(dz))"),
                                 ("the cost", cost, "float(np.mean(losses))")):
            if np.ndim(value) > 0:
                return None, wrong(
                    f"{name}: {what} is an array of shape {np.shape(value)}, not a single "
                    f"number. Return a float: {fix}.")
        dW, db, cost = _floats(grads["dW"]), _floats(grads["db"]), _floats(cost)
        if dW is None or db is None or cost is None:
            raise TypeError("dW, db and the cost must be real numbers")
        db, cost = float(db), float(cost)
    except (TypeError, ValueError, KeyError, IndexError) as exc:
        return None, wrong(f"{name} must return (grads, cost) with grads = {{'dW': (n, 1) "
                           f"array, 'db': float}} and cost a float; that failed ({exc}).")
    if dW.shape != (n, 1):
        return None, wrong(f"{name}'s dW has shape {dW.shape}; expected ({n}, 1) like W. "
                           f"Use dW = X @ dz.T / m.")
    return (dW, db, cost), None


@learner_check
@_names_blanks
def check_fixed_propagate(fn):
    """Self-check for lesson 07: a repaired propagate. Lists every defect of the source post
    still in it.

    Diagnoses defect 1 (no Y *) and 5 (eps in the logs) by which variant of the cost it
    returns at ordinary points, and defect 7 by values only (the browser's NumPy never
    warns): a gradient of exactly 0 at z = -710 (the naive sigmoid's overflow), and the
    cost where |z| = 800 (inf or nan: logs of a saturated A; finite but too low: a clip
    or eps capping the loss). Every message names the whole fix at once.
    Also names a summed instead of averaged cost (m times the cross-entropy).
    """
    name = getattr(fn, "__name__", "your function")
    X, Y, _, _ = core.toy_dataset()
    found = {}
    for W, b in ((np.zeros((2, 1)), 0.0), (np.array([[3.0], [-0.5]]), -1.5)):
        out, problem = call_learner(fn, W, b, X, Y)
        if problem:
            return problem
        got, problem = _propagate_output(name, out, X.shape[0])
        if problem:
            return problem
        dW, db, c = got
        grads, j = core.propagate(W, b, X, Y)
        if (np.any(grads["dW"]) and close(dW, -grads["dW"])
                and close(db, -grads["db"])):
            return wrong(f"{name}'s gradient has the opposite sign: dz = Y - A instead of "
                         f"A - Y. The gradient points uphill, and gradient descent subtracts "
                         f"it. Use dz = A - Y.")
        if not (close(dW, grads["dW"]) and close(db, grads["db"])):
            return wrong(f"{name}'s gradient is wrong at W = {W.ravel().tolist()}, b = {b}: "
                         f"dW = {np.round(dW.ravel(), 6).tolist()}, db = {db:.6f}; expected "
                         f"{np.round(grads['dW'].ravel(), 6).tolist()}, {grads['db']:.6f}. "
                         f"Keep dz = A - Y, dW = X @ dz.T / m, db = mean(dz).")
        if close(c, j, rtol=1e-9):
            continue
        variants = _cost_variants(W, b, X, Y)
        variant = next((k for k, v in variants.items() if close(c, v, rtol=1e-9)), None)
        if variant is None and close(c, -j, rtol=1e-9):
            return wrong(f"{name}'s cost is negative: it is minus the cross-entropy, which "
                         f"is never below 0. Check the minus sign: "
                         f"-mean(Y log A + (1 - Y) log(1 - A)) needs it, "
                         f"np.mean(core.logistic_loss(Z, Y)) does not.")
        Z = W.T @ X + b
        if variant is None and close(c, float(np.mean(core.logistic_loss(
                core.sigmoid(Z), Y))), rtol=1e-9):
            return wrong(f"{name} passes the probabilities A to core.logistic_loss, which "
                         f"expects the logits Z (the values before the sigmoid). Use "
                         f"core.logistic_loss(Z, Y) with Z = W.T @ X + b.")
        if variant is None and close(c, X.shape[1] * j, rtol=1e-9):
            return wrong(f"{name}'s cost is {c:.6f} at W = {W.ravel().tolist()}, b = {b}: "
                         f"m = {X.shape[1]} times the cross-entropy {j:.6f}. The 1/m is "
                         f"missing: take the mean of the losses (np.mean), not their sum.")
        if variant is None:
            return wrong(f"{name}'s cost is {c:.6f} at W = {W.ravel().tolist()}, b = {b}; "
                         f"the cross-entropy is {j:.6f}, and none of the source post's "
                         f"defects explains it. Compute the cost as "
                         f"np.mean(core.logistic_loss(Z, Y)).")
        if variant[0]:
            found.setdefault(1, dict(c=f"{variants[True, False]:.6f}", j=f"{j:.6f}"))
        if variant[1]:
            found.setdefault(5, dict(d=f"{c - variants[variant[0], False]:+.1e}"))
    # Defect 7 by its values, so the check agrees on every platform (NumPy in the
    # browser never warns): at z = -710 the naive sigmoid's np.exp(710) is inf and A is
    # exactly 0.0, where sigmoid(-710) is a tiny but non-zero 4.5e-309.
    W, b, x, y = np.array([[-710.0]]), 0.0, np.array([[1.0]]), np.array([[0.0]])
    out, problem = call_learner(fn, W, b, x, y)
    if problem:
        return problem
    got, problem = _propagate_output(name, out, 1)
    if problem:
        return problem
    if got[1] == 0.0:
        found[71] = dict(s=core.sigmoid(-710.0))
    W, b = np.array([[-2000.0], [0.0]]), 1000.0     # confidently wrong: z from -800 to 800
    out, problem = call_learner(fn, W, b, X, Y)
    if problem:
        return problem
    got, problem = _propagate_output(name, out, X.shape[0])
    if problem:
        return problem
    j = core.cost(W, b, X, Y)
    if not np.isfinite(got[2]):
        found[72] = dict(c=f"{got[2]}", j=f"{j:.1f}")
    elif 5 not in found and 1 not in found and not close(got[2], j, rtol=1e-9):
        found[73 if got[2] < j else 74] = dict(c=f"{got[2]:.4g}", j=f"{j:.1f}")
    if not found:
        other = more_cases(fn, _PROPAGATE_CASES, core.propagate, same_propagate,
                           "Look for a size or data fixed in your code (the notebook's X, "
                           "Y or m) instead of read from the arguments: m = X.shape[1].")
        if other is not None:
            return other
        return passed(f"{name} matches core.propagate at zero weights and at a trained "
                      f"point, is exact at z = -710 and finite at |z| = 800: none of "
                      f"the source post's defects is left.")
    items = _defect_items(found)
    head = ("one of the source post's defects remains" if len(items) == 1 else
            f"{len(items)} of the source post's defects remain")
    return wrong(f"{name}: {head}:\n  - " + "\n  - ".join(items))
