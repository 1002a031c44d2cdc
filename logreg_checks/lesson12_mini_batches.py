"""Lesson 12's self-checks: one epoch of mini-batch updates, and loading a CSV into X, Y.

check_one_epoch runs the learner's one_epoch(W, b, X, Y, batch_size, learning_rate, rng)
on its own small problems of several shapes, each with a fresh seeded Generator, and
compares with the rule the lesson states (order = rng.permutation(m) once, consecutive
slices, the last one shorter, the mean gradient of each slice). check_csv_to_xy writes
its own CSV files to a temporary folder and reads them with the learner's
csv_to_xy(path, label). A mistake is named only when the answer equals exactly what
that mistake gives.

Imports the shared machinery (.common) and numpy; never another lesson's module.
"""

import os
import tempfile

import numpy as np

from .common import _with_next_step, call_learner, close, passed, wrong

EPOCH_SEED = 120


def reference_one_epoch(W, b, X, Y, batch_size, learning_rate, rng, *, mistake=None):
    """One epoch as the lesson states it; `mistake` gives a known wrong version:
    "no shuffle", "drop last", "divide by m", "full batch", "stale gradient"."""
    m = X.shape[1]
    order = np.arange(m) if mistake == "no shuffle" else rng.permutation(m)
    stop = m - m % batch_size if mistake == "drop last" else m
    W, b = np.array(W, dtype=float), float(b)
    W0, b0 = W.copy(), b
    for start in range(0, stop, batch_size):
        idx = order[start:start + batch_size]
        if mistake == "full batch":
            idx = np.arange(m)
        Wg, bg = (W0, b0) if mistake == "stale gradient" else (W, b)
        Xb, Yb = X[:, idx], Y[:, idx]
        dZ = 1 / (1 + np.exp(-(Wg.T @ Xb + bg))) - Yb
        size = m if mistake == "divide by m" else idx.size
        W = W - learning_rate * (Xb @ dZ.T) / size
        b = b - learning_rate * float(np.sum(dZ)) / size
    return W, b


_EPOCH_MISTAKES = {
    "no shuffle": "Your batches follow the samples in their stored order: the epoch must "
                  "start with order = rng.permutation(m) and take the batches from it.",
    "drop last": "Your epoch skips the last, shorter batch (the m % batch_size samples "
                 "left at the end): loop with range(0, m, batch_size), and the last "
                 "slice simply holds fewer samples.",
    "divide by m": "Your gradients divide by m, the number of all samples; a batch's "
                   "gradient is the mean over its own samples: divide by the batch's "
                   "size, len(idx) (the last batch can be smaller).",
    "full batch": "Every update of yours uses all m samples: take the gradient on the "
                  "batch only, X[:, idx] and Y[:, idx].",
    "stale gradient": "All your updates use the gradient at the starting W and b: "
                      "compute each batch's gradient with the W and b updated so far.",
}


def _epoch_cases():
    """(W, b, X, Y, batch_size, learning_rate): shapes no notebook variable has, with a
    last batch that is shorter, one sample per batch, and one batch holding everything."""
    rng = np.random.default_rng(EPOCH_SEED)
    cases = []
    for n, m, k in ((3, 10, 4), (2, 9, 3), (1, 5, 1), (4, 6, 6)):
        X = rng.normal(size=(n, m))
        Y = (np.arange(m) % 2).reshape(1, m)
        W = rng.normal(size=(n, 1)) * 0.5
        cases.append((W, 0.3, X, Y, k, 0.7))
    for W, _, X, Y, _, _ in cases:     # the learner must build new arrays
        for a in (W, X, Y):
            a.setflags(write=False)
    return cases


def _as_W_b(out, n, name):
    """(W (n, 1) float array, b float) from the learner's return, or (None, CheckResult)."""
    if not isinstance(out, (tuple, list)) or len(out) != 2:
        what = f"{len(out)} values" if isinstance(out, (tuple, list)) else type(out).__name__
        return None, wrong(f"{name} returned {what}; it must return two values, the new "
                           f"W and b: `return W, b`.")
    W, b = out
    try:
        W = np.asarray(W, dtype=float)
        b = float(np.asarray(b, dtype=float).reshape(()))
    except (TypeError, ValueError):
        return None, wrong(f"{name} must return W (an array of shape ({n}, 1)) and b (a "
                           f"number); got {type(W).__name__} and {type(b).__name__}.")
    if W.shape != (n, 1):
        return None, wrong(f"The W your function returns has shape {W.shape}; it must "
                           f"keep W's shape ({n}, 1).")
    return (W, b), None


def check_one_epoch(fn):
    """one_epoch(W, b, X, Y, batch_size, learning_rate, rng) -> (W, b) after one epoch."""
    name = getattr(fn, "__name__", "one_epoch")
    for W, b, X, Y, k, lr in _epoch_cases():
        n, m = X.shape
        out, problem = call_learner(fn, W, b, X, Y, k, lr, np.random.default_rng(1))
        if problem is not None:
            if "read-only" in problem.message:
                return wrong(f"{name} changes an array it was given ({problem.message}). "
                             f"Build new arrays instead: W = W - learning_rate * dW, not "
                             f"W -= ...; then run the check again.")
            return _with_next_step(problem, name)
        got, problem = _as_W_b(out, n, name)
        if problem is not None:
            return problem
        want = reference_one_epoch(W, b, X, Y, k, lr, np.random.default_rng(1))
        if close(got[0], want[0]) and close(got[1], want[1]):
            continue
        for mistake, message in _EPOCH_MISTAKES.items():
            bad = reference_one_epoch(W, b, X, Y, k, lr, np.random.default_rng(1),
                                      mistake=mistake)
            if (not close(bad[0], want[0]) and close(got[0], bad[0])
                    and close(got[1], bad[1])):
                return wrong(f"{message} (Case: n = {n} features, m = {m} samples, "
                             f"batch_size = {k}.) Fix it, run the cell, then run this "
                             f"check again.")
        return wrong(f"Case n = {n} features, m = {m} samples, batch_size = {k}, "
                     f"learning_rate = {lr}: expected W = {np.round(want[0].ravel(), 4)}, "
                     f"b = {want[1]:.4f}; got W = {np.round(got[0].ravel(), 4)}, "
                     f"b = {got[1]:.4f}. Shuffle once with order = rng.permutation(m), "
                     f"then update once per slice order[start:start + batch_size].")
    # One Generator, two epochs in a row: the second must draw a new order from it.
    W, b, X, Y, k, lr = _epoch_cases()[0]
    rng = np.random.default_rng(2)
    first, _ = call_learner(fn, W, b, X, Y, k, lr, rng)
    second, _ = call_learner(fn, W, b, X, Y, k, lr, rng)
    if first is not None and second is not None and close(first[0], second[0]):
        return wrong("Called twice with the same rng, your function gave the same W both "
                     "times: it does not draw its order from the rng it is given (a fixed "
                     "seed, or a saved permutation?). Use order = rng.permutation(m) inside "
                     "the function, then run this check again.")
    return passed(f"{name} is right on 4 problems of other shapes (a shorter last batch, "
                  f"batches of 1, one batch of everything), and draws a new order on "
                  f"every call.")


# --------------------------------------------------------------------------- CSV

CSV_SEED = 121


def _csv_cases():
    """[(file text, label name, X (n, m), Y (1, m))]: the label first, last, in the middle;
    other sizes than the lesson's file."""
    rng = np.random.default_rng(CSV_SEED)
    cases = []
    for n, m, where in ((2, 5, "last"), (3, 4, "first"), (1, 6, "middle")):
        X = np.round(rng.normal(size=(n, m)) * 10, 2)
        Y = np.array([[1, 0] * (m // 2) + [1] * (m % 2)])
        names = [f"f{i + 1}" for i in range(n)]
        columns = [list(r) for r in X]
        position = {"last": n, "first": 0, "middle": min(1, n)}[where]
        header = names[:position] + ["target"] + names[position:]
        columns.insert(position, list(Y[0]))
        lines = [",".join(header)] + [",".join(f"{c[j]:g}" for c in columns)
                                      for j in range(m)]
        cases.append(("\n".join(lines) + "\n", "target", X, Y, position))
    return cases


def check_csv_to_xy(fn):
    """csv_to_xy(path, label) -> X (n, m), Y (1, m) from a CSV file with a header row."""
    name = getattr(fn, "__name__", "csv_to_xy")
    with tempfile.TemporaryDirectory() as folder:
        for k, (text, label, X, Y, _position) in enumerate(_csv_cases()):
            path = os.path.join(folder, f"check_{k}.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            out, problem = call_learner(fn, path, label)
            if problem is not None:
                return _with_next_step(problem, name)
            shown = f"(The file:\n{text}label column {label!r}.)"
            if not isinstance(out, (tuple, list)) or len(out) != 2:
                return wrong(f"{name} must return two values, `return X, Y`.")
            gX, gY = (np.asarray(a) for a in out)
            n, m = X.shape
            if gX.shape == (m, n) and n != m:
                return wrong(f"X has shape {gX.shape}: one sample per row, as in the file. "
                             f"The course wants one sample per column, (n, m): return "
                             f"X.T. {shown}")
            if gX.shape == (n + 1, m):
                return wrong(f"X has {n + 1} rows, but the file has {n} features: the "
                             f"label column is still in X. Keep every column except the "
                             f"label's. {shown}")
            if gY.shape != (1, m):
                fix = " Use Y.reshape(1, -1)." if gY.size == m else ""
                return wrong(f"Y has shape {gY.shape}; it must be (1, {m}), one label per "
                             f"sample.{fix} {shown}")
            if gX.shape != (n, m):
                return wrong(f"X has shape {gX.shape}; expected ({n}, {m}): {n} features "
                             f"by {m} samples. {shown}")
            if not close(gY, Y):
                return wrong(f"Y is {gY.ravel().tolist()}, but the {label!r} column holds "
                             f"{Y.ravel().tolist()}: find the label column by its name in "
                             f"the header row (header.index(label)), not by its place. "
                             f"{shown}")
            if not close(gX, X):
                return wrong(f"Y is right, but X is not the other columns in the file's "
                             f"order: expected\n{X}\ngot\n{gX}. {shown}")
    return passed(f"{name} reads 3 files of other sizes, with the label column first, "
                  f"last and in the middle.")
