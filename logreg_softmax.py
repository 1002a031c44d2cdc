"""Softmax regression: K classes at once, in numpy only, beside the one neuron of logreg_core.

Shapes extend the core's (lesson 11):

    X : (n, m)   n features by m samples, one sample per column
    Y : (K, m)   one-hot labels: column i is 1 in the row of sample i's class, 0 elsewhere
                 (every function that takes Y also takes the class labels 0..K-1 as an
                 integer array of shape (m,) or (1, m), and turns them into one-hot)
    W : (n, K)   one column of weights per class
    b : (K, 1)   one bias per class

    Z = W.T @ X + b            (K, m)   one score per class and sample
    A = softmax(Z)             (K, m)   probabilities; every column sums to 1
    L = -sum_k Y_k log A_k     per sample; the cost J is its mean over the m samples
    dZ = A - Y                 (K, m)   the same rule as the single neuron's

With K = 2 this is the single neuron again (exercise in lesson 11). The optional L2
penalty is the core's: lambd / (2 m) * ||W||^2, with b never penalised, so that
scikit-learn's LogisticRegression(C=1 / lambd) minimises the same cost.

Every public function checks its inputs (with logreg_inputs' helpers) and raises
ValueError/TypeError naming the argument, what was expected, what came and a fix. No
function modifies its arguments. No plotting here.
"""

import numpy as np

import logreg_core as core
from logreg_inputs import (
    _as_real_array, _check_count, _check_finite, _check_lambd, _check_positive_real,
    _check_X,
)

__all__ = [
    "softmax", "one_hot", "labels_of", "softmax_loss", "softmax_cost",
    "softmax_initialize", "softmax_propagate", "softmax_optimize", "softmax_predict_proba",
    "softmax_predict", "softmax_model", "softmax_gradient_check",
    "max_stable_softmax_learning_rate", "one_vs_rest", "multiclass_confusion_matrix",
]


# --------------------------------------------------------------------------- input checks

def _check_scores(Z, name="Z"):
    Z = _as_real_array(name, Z)
    if Z.ndim != 2 or 0 in Z.shape:
        hint = f" For one sample use {name}.reshape(-1, 1)." if Z.ndim == 1 else ""
        raise ValueError(f"{name} must be a 2-D array of shape (K classes, m samples) with "
                         f"K, m >= 1; got shape {Z.shape}.{hint}")
    _check_finite(name, Z)
    return Z


def _check_labels(y, m, K=None, name="Y"):
    """Integer class labels of shape (m,) or (1, m) as an int array (m,)."""
    arr = _as_real_array(name, y)
    if arr.shape not in ((m,), (1, m)):
        raise ValueError(f"{name} must hold one class label per sample, shape ({m},) or "
                         f"(1, {m}), or be one-hot of shape (K, {m}); got {arr.shape}.")
    _check_finite(name, arr)
    labels = arr.reshape(m)
    odd = labels[(labels != np.round(labels)) | (labels < 0)]
    if odd.size:
        raise ValueError(f"{name} must hold the class labels 0, 1, ..., K - 1 (whole numbers "
                         f">= 0); found {odd[0]:g}.")
    if K is not None and labels.max() >= K:
        raise ValueError(f"{name} holds the label {labels.max():g}, but there are only {K} "
                         f"classes (labels 0 to {K - 1}).")
    return labels.astype(np.int64)


def _check_one_hot_or_labels(Y, m, K, name="Y"):
    """Y as a float one-hot array (K, m): from one-hot Y itself or from labels."""
    arr = _as_real_array(name, Y)
    if arr.shape == (K, m) and not (K == 1 and m > 0 and np.any(arr > 1)):
        _check_finite(name, arr)
        if not (np.all((arr == 0) | (arr == 1)) and np.all(arr.sum(axis=0) == 1)):
            raise ValueError(f"{name} of shape ({K}, {m}) must be one-hot: 0s and 1s with "
                             f"exactly one 1 in every column. For class labels 0..{K - 1} "
                             f"pass them as shape ({m},), or use one_hot(labels, {K}).")
        return arr.astype(np.float64) if arr.dtype != np.float64 else arr
    if arr.shape not in ((m,), (1, m)):
        raise ValueError(f"{name} must be one-hot of shape ({K}, {m}) (K = {K} classes as "
                         f"in W and b, m = {m} samples as in X) or labels of shape ({m},); "
                         f"got {arr.shape}.")
    return one_hot(_check_labels(arr, m, K, name), K)


def _check_params(W, b, X):
    X = _check_X(X)
    W = _as_real_array("W", W)
    if W.ndim != 2 or W.shape[0] != X.shape[0] or W.shape[1] == 0:
        raise ValueError(f"W must have shape ({X.shape[0]}, K): one row per feature (row) "
                         f"of X, one column per class; got {W.shape}.")
    _check_finite("W", W)
    K = W.shape[1]
    b = _as_real_array("b", b)
    if b.shape != (K, 1):
        hint = " Try b.reshape(-1, 1)." if b.size == K else ""
        raise ValueError(f"b must have shape ({K}, 1), one bias per class (column of W); "
                         f"got {b.shape}.{hint}")
    _check_finite("b", b)
    return W, b, X


# --------------------------------------------------------------------------- softmax

def softmax(Z):
    """Probabilities from scores, column by column: exp(Z) / sum of exp(Z) over the classes.

    Z : (K, m) scores, one column per sample. Returns (K, m), every column sums to 1.
    The largest score of each column is subtracted first (that leaves the answer
    unchanged), so exp never sees a positive number and never overflows.
    """
    Z = _check_scores(Z)
    E = Z - Z.max(axis=0, keepdims=True)
    with np.errstate(under="ignore"):     # exp(-1000) is 0.0, the right answer
        np.exp(E, out=E)
    return E / E.sum(axis=0, keepdims=True)


def _log_softmax(Z):
    top = Z.max(axis=0, keepdims=True)
    with np.errstate(under="ignore"):
        return Z - top - np.log(np.exp(Z - top).sum(axis=0, keepdims=True))


def one_hot(labels, K=None):
    """Class labels (m,) or (1, m) of 0..K-1 as one-hot columns, float (K, m).

    K defaults to the largest label + 1.
    """
    arr = _as_real_array("labels", labels)
    m = arr.shape[-1] if arr.ndim else 0
    labels = _check_labels(arr, m, None, "labels") if m else np.zeros(0, np.int64)
    if K is None:
        K = int(labels.max()) + 1 if m else 1
    K = _check_count("K", K, minimum=1)
    if m and labels.max() >= K:
        raise ValueError(f"labels holds the label {labels.max()}, but K = {K} classes "
                         f"(labels 0 to {K - 1}). Pass a larger K.")
    Y = np.zeros((K, m))
    Y[labels, np.arange(m)] = 1.0
    return Y


def labels_of(Y):
    """The class label of each column of one-hot (or probability) Y (K, m): int (m,)."""
    return np.argmax(_check_scores(Y, "Y"), axis=0)


def softmax_loss(Z, Y):
    """Per-sample cross-entropy -sum_k Y_k log softmax(Z)_k, computed from the scores.

    Z (K, m); Y one-hot (K, m) or labels (m,). Returns (m,) losses, each >= 0, finite
    for every finite Z (log-softmax: Z - max - log sum exp(Z - max)).
    """
    Z = _check_scores(Z)
    Y = _check_one_hot_or_labels(Y, Z.shape[1], Z.shape[0])
    return -np.sum(Y * _log_softmax(Z), axis=0)


def softmax_cost(W, b, X, Y, *, lambd=0.0):
    """Mean cross-entropy over the m samples, plus lambd / (2 m) * ||W||^2: a float.

    W (n, K), b (K, 1), X (n, m), Y one-hot (K, m) or labels (m,).
    """
    W, b, X = _check_params(W, b, X)
    Y = _check_one_hot_or_labels(Y, X.shape[1], W.shape[1])
    lambd = _check_lambd(lambd)
    J = float(np.mean(-np.sum(Y * _log_softmax(W.T @ X + b), axis=0)))
    return J + lambd / (2 * X.shape[1]) * float(np.sum(W * W))


def softmax_initialize(n, K):
    """Zero weights W (n, K) and biases b (K, 1), float64."""
    n = _check_count("n", n, minimum=1)
    K = _check_count("K", K, minimum=1)
    return np.zeros((n, K)), np.zeros((K, 1))


def softmax_propagate(W, b, X, Y, *, lambd=0.0):
    """One forward and backward pass.

    W (n, K), b (K, 1), X (n, m), Y one-hot (K, m) or labels (m,).
    Returns grads {"dW": (n, K) = X @ dZ.T / m + lambd / m * W, "db": (K, 1) = mean of dZ
    over the samples}, with dZ = softmax(Z) - Y, and the cost (a float, as softmax_cost).
    """
    W, b, X = _check_params(W, b, X)
    Y = _check_one_hot_or_labels(Y, X.shape[1], W.shape[1])
    lambd = _check_lambd(lambd)
    return _propagate(W, b, X, Y, lambd)


def _propagate(W, b, X, Y, lambd):
    m = X.shape[1]
    logA = _log_softmax(W.T @ X + b)
    dZ = np.exp(logA) - Y
    grads = {"dW": X @ dZ.T / m + lambd / m * W, "db": dZ.sum(axis=1, keepdims=True) / m}
    J = float(np.mean(-np.sum(Y * logA, axis=0))) + lambd / (2 * m) * float(np.sum(W * W))
    return grads, J


def softmax_optimize(W, b, X, Y, num_iterations, learning_rate, *, record_every=100,
                     lambd=0.0):
    """Batch gradient descent on softmax_cost: W -= learning_rate * dW, b likewise.

    W (n, K), b (K, 1), X (n, m), Y one-hot (K, m) or labels (m,).
    Returns params {"W": (n, K), "b": (K, 1)} (new arrays), the last grads (of the given
    point when num_iterations is 0) and costs, costs[k] being the cost before update
    k * record_every.
    """
    W, b, X = _check_params(W, b, X)
    Y = _check_one_hot_or_labels(Y, X.shape[1], W.shape[1])
    num_iterations = _check_count("num_iterations", num_iterations)
    lr = _check_positive_real("learning_rate", learning_rate, "0.5")
    record_every = _check_count("record_every", record_every, minimum=1)
    lambd = _check_lambd(lambd)
    if num_iterations == 0:
        grads, _ = _propagate(W, b, X, Y, lambd)
        return {"W": W.copy(), "b": b.copy()}, grads, []
    n, m = X.shape
    K = W.shape[1]
    # Our own copies, one row per class, updated in place; X made C-ordered once.
    Wt, bias = W.T.astype(np.float64), b[:, 0].astype(np.float64)
    X = np.ascontiguousarray(X, dtype=np.float64)
    Z, dWt = np.empty((K, m)), np.empty((K, n))
    costs = []
    with np.errstate(under="ignore"):
        for i in range(num_iterations):
            # K matrix-vector products rather than one matrix product (Wt @ X): numpy
            # hands a matrix product of this size to several threads, and on a busy
            # machine they wait for each other (20 times slower on the course's 2 cores).
            for k in range(K):
                np.dot(Wt[k], X, out=Z[k])
            Z += bias[:, None]
            Z -= Z.max(axis=0)                   # softmax is unchanged; exp cannot overflow
            log_sum = np.log(np.exp(Z).sum(axis=0))
            if i % record_every == 0:            # the cost only when it is kept
                J = float(np.mean(log_sum - np.sum(Y * Z, axis=0)))
                costs.append(J + lambd / (2 * m) * float(np.sum(Wt * Wt)))
            Z -= log_sum                         # log A
            np.exp(Z, out=Z)
            Z -= Y                               # dZ = A - Y
            for k in range(K):
                np.dot(X, Z[k], out=dWt[k])
            dWt /= m
            if lambd:
                dWt += lambd / m * Wt
            db = Z.sum(axis=1) / m
            Wt -= lr * dWt
            bias -= lr * db
    grads = {"dW": dWt.T.copy(), "db": db.reshape(K, 1)}
    return {"W": Wt.T.copy(), "b": bias.reshape(K, 1)}, grads, costs


def softmax_predict_proba(W, b, X):
    """softmax(W.T @ X + b): (K, m), every column sums to 1."""
    W, b, X = _check_params(W, b, X)
    return np.exp(_log_softmax(W.T @ X + b))


def softmax_predict(W, b, X):
    """The most probable class of each sample: int array (1, m)."""
    W, b, X = _check_params(W, b, X)
    return np.argmax(W.T @ X + b, axis=0).reshape(1, -1)


def max_stable_softmax_learning_rate(X, *, lambd=0.0):
    """4 m / (lambda_max(Xb Xb^T) + 2 lambd), Xb being X with a row of ones (for b).

    For one sample the cost's Hessian in the scores is diag(a) - a a^T, whose largest
    eigenvalue is at most 1/2 (the single neuron's a (1 - a) is at most 1/4). So the
    gradient is L-Lipschitz with L = lambda_max / (2 m) + lambd / m, and gradient descent
    with a learning rate below 2 / L never increases the cost.
    """
    X = _check_X(X)
    lambd = _check_lambd(lambd)
    Xb = np.vstack([X, np.ones((1, X.shape[1]), X.dtype)])
    return float(4 * X.shape[1] / (np.linalg.eigvalsh(Xb @ Xb.T)[-1] + 2 * lambd))


def softmax_model(X_train, Y_train, X_test, Y_test, num_iterations=1000, learning_rate=0.5,
                  *, record_every=100, lambd=0.0):
    """Start from zeros, train with gradient descent, predict both sets.

    X_train (n, m_train), X_test (n, m_test); Y_train, Y_test labels (m,) or one-hot
    (K, m) (K from one-hot Y_train, else the largest label + 1). Returns a dict like
    core.model's: "costs", "Y_prediction_train", "Y_prediction_test" (labels, (1, m)),
    "W" (n, K), "b" (K, 1), "learning_rate", "num_iterations", "train_accuracy",
    "test_accuracy" (percent).
    """
    X_train, X_test = _check_X(X_train, "X_train"), _check_X(X_test, "X_test")
    if X_test.shape[0] != X_train.shape[0]:
        raise ValueError(f"X_test must have the same {X_train.shape[0]} features (rows) as "
                         f"X_train; got {X_test.shape[0]}.")
    y_train = _labels_from(Y_train, X_train.shape[1], "Y_train")
    y_test = _labels_from(Y_test, X_test.shape[1], "Y_test")
    rows = np.shape(Y_train)[0] if np.ndim(Y_train) == 2 and np.shape(Y_train)[0] > 1 else 0
    K = max(rows, int(y_train.max()) + 1, int(y_test.max()) + 1)
    W, b = softmax_initialize(X_train.shape[0], K)
    params, _, costs = softmax_optimize(W, b, X_train, one_hot(y_train, K), num_iterations,
                                        learning_rate, record_every=record_every,
                                        lambd=lambd)
    W, b = params["W"], params["b"]
    P_train, P_test = softmax_predict(W, b, X_train), softmax_predict(W, b, X_test)
    return {"costs": costs, "Y_prediction_train": P_train, "Y_prediction_test": P_test,
            "W": W, "b": b, "learning_rate": learning_rate, "num_iterations": num_iterations,
            "train_accuracy": float(100 * np.mean(P_train[0] == y_train)),
            "test_accuracy": float(100 * np.mean(P_test[0] == y_test))}


def _labels_from(Y, m, name):
    """Labels (m,) from one-hot (K, m) with K >= 2 or from labels (m,) / (1, m)."""
    arr = _as_real_array(name, Y)
    if arr.ndim == 2 and arr.shape[0] > 1:
        return np.argmax(_check_one_hot_or_labels(arr, m, arr.shape[0], name), axis=0)
    return _check_labels(arr, m, None, name)


def softmax_gradient_check(W, b, X, Y, epsilon=1e-5, grads=None, *, lambd=0.0):
    """Relative error between softmax_propagate's gradient (or grads) and centred
    differences of softmax_cost over every entry of W and b (core.numerical_gradient).

    About 1e-7 or below: the gradient is right; above about 1e-3: a bug.
    """
    W, b, X = _check_params(W, b, X)
    Y = _check_one_hot_or_labels(Y, X.shape[1], W.shape[1])
    lambd = _check_lambd(lambd)
    if grads is None:
        grads, _ = _propagate(W, b, X, Y, lambd)
    size = W.size

    def J(theta):
        return softmax_cost(theta[:size].reshape(W.shape), theta[size:].reshape(b.shape),
                            X, Y, lambd=lambd)

    theta = np.concatenate([W.ravel(), b.ravel()])
    g = np.concatenate([np.ravel(grads["dW"]), np.ravel(grads["db"])])
    return core.relative_error(g, core.numerical_gradient(J, theta, epsilon))


# --------------------------------------------------------------------------- K neurons

def one_vs_rest(X, labels, num_iterations, learning_rate, *, K=None, lambd=0.0):
    """K separate neurons, neuron k trained by core.optimize on "class k or not".

    X (n, m), labels (m,) or (1, m) of 0..K-1. Returns W (n, K) and b (K, 1), one
    neuron per column, so sigmoid(W.T @ X + b) holds each neuron's probability and
    the prediction is the class whose neuron is most sure (argmax over the rows).
    """
    X = _check_X(X)
    y = _check_labels(labels, X.shape[1], K, "labels")
    K = int(y.max()) + 1 if K is None else _check_count("K", K, minimum=1)
    W, b = softmax_initialize(X.shape[0], K)
    for k in range(K):
        params, _, _ = core.optimize(np.zeros((X.shape[0], 1)), 0.0, X,
                                     (y == k).astype(int).reshape(1, -1), num_iterations,
                                     learning_rate, lambd=lambd)
        W[:, k], b[k, 0] = params["W"][:, 0], params["b"]
    return W, b


def multiclass_confusion_matrix(predictions, labels, K=None):
    """(K, K) int counts: row = the true class, column = the predicted class.

    predictions and labels: class labels, shape (m,) or (1, m). As
    sklearn.metrics.confusion_matrix(labels, predictions) with labels 0..K-1.
    """
    m = np.size(labels)
    y = _check_labels(labels, m, K, "labels")
    p = _check_labels(predictions, m, K, "predictions")
    if K is None:
        K = int(max(y.max(), p.max())) + 1 if m else 1
    counts = np.zeros((K, K), dtype=np.int64)
    np.add.at(counts, (y, p), 1)
    return counts

