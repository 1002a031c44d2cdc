"""Logistic regression as a single neuron, in numpy only.

Shapes follow the classic course so each line maps to the math:

    X : (n, m)   n features by m samples, one sample per column
    Y : (1, m)   labels, 0 or 1
    W : (n, 1)   one weight per feature
    b : float    the bias, shared by every sample

    z = W.T @ X + b          (1, m)   logits
    a = sigmoid(z)           (1, m)   predicted P(y = 1 | x)
    L = -y log a - (1 - y) log(1 - a)  per sample; the cost J is its mean

Every public function checks its inputs and raises ValueError/TypeError with a
message naming the argument, what was expected, what came, and a hint. No
function modifies the arrays it is given. Run ``python logreg_core.py`` to train
on the source post's toy data.
"""

import itertools

import numpy as np

from logreg_inputs import (  # the input checks, in a module of their own
    _as_real_array, _check_finite, _check_X, _check_Y,
    _check_positive_real, _check_count, _check_lambd, _check_params,
    _check_degree, _check_batch_size, _check_rng, _check_polynomial_size,
)
# lesson 09's metrics live in a module of their own; core.confusion_matrix etc. still work
from logreg_metrics import auc, confusion_matrix, precision_recall, roc_curve  # noqa: F401

__all__ = [
    "sigmoid", "sigmoid_derivative", "logistic_loss", "cost", "initialize_weights",
    "propagate", "optimize", "predict", "predict_proba", "accuracy", "model",
    "numerical_gradient", "gradient_check", "relative_error", "toy_dataset",
    "make_blobs", "standardize", "max_stable_learning_rate",
    "polynomial_features", "confusion_matrix", "precision_recall", "roc_curve", "auc",
]


# --------------------------------------------------------------------------- the neuron

def _sigmoid_into(z, out, e):
    """Stable sigmoid of float array z written into out; e is scratch of z's shape.

    sigmoid(z) = exp(min(z, 0)) / (exp(min(z, 0)) + exp(min(-z, 0))): this is
    1 / (1 + e^-z) for z >= 0 and e^z / (e^z + 1) for z < 0, and no exponent is ever
    positive, so nothing overflows. No masks either: masked ufuncs are ~20x slower.
    """
    np.minimum(z, 0, out=e)
    np.exp(e, out=e)
    np.negative(z, out=out)
    np.minimum(out, 0, out=out)
    np.exp(out, out=out)
    out += e
    return np.divide(e, out, out=out)


def sigmoid(z):
    """The logistic function 1 / (1 + exp(-z)), exact and warning-free.

    Parameters
    ----------
    z : float or array of any shape

    Returns
    -------
    Same shape as z, values in [0, 1]; float32 input stays float32.
    Never overflows: it only ever evaluates exp of numbers <= 0.
    """
    z = _as_real_array("z", z)
    _check_finite("z", z)
    with np.errstate(under="ignore"):  # exp(-1e6) is 0.0, which is the right answer
        out = _sigmoid_into(z, np.empty_like(z), np.empty_like(z))
    return out[()]  # 0-d in, numpy scalar out


def sigmoid_derivative(z):
    """d sigmoid / dz = sigmoid(z) * (1 - sigmoid(z)); at most 1/4, at z = 0.

    Same shape as z.
    """
    s = sigmoid(z)
    return s * (1 - s)


def logistic_loss(z, y):
    """Per-sample cross-entropy computed from the logits z (not from a = sigmoid(z)).

    L = -y log a - (1 - y) log(1 - a) = max(z, 0) - y z + log(1 + exp(-|z|)),
    which is exact, never negative, and finite when a rounds to 0 or 1.

    Parameters
    ----------
    z : array of logits, any shape
    y : array of 0/1 labels broadcastable to z

    Returns
    -------
    array of losses, the broadcast shape of z and y.
    """
    z = _as_real_array("z", z)
    y = _as_real_array("y", y)
    _check_finite("z", z)
    _check_finite("y", y)
    try:
        np.broadcast_shapes(z.shape, y.shape)
    except ValueError:
        raise ValueError(f"y must have the shape of z, or one that broadcasts to it; got z "
                         f"{z.shape} and y {y.shape}. Pass one label per logit.") from None
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("y must contain only the labels 0 and 1; for probabilities, "
                         "threshold them: (y > 0.5).astype(int).")
    return _loss(z, y)


def _loss(z, y):
    with np.errstate(under="ignore"):
        return np.maximum(z, 0) - y * z + np.log1p(np.exp(-np.abs(z)))


def _penalty(w, lambd, m):
    """lambd / (2 m) * ||w||^2 for a 1-D weight vector w (b is never penalised)."""
    return lambd / (2 * m) * float(np.dot(w, w))


def cost(W, b, X, Y, *, lambd=0.0):
    """Mean cross-entropy J(W, b) over the m samples, as a float.

    W (n, 1), b float, X (n, m), Y (1, m).
    lambd : float >= 0, keyword; adds the L2 penalty lambd / (2 m) * ||W||^2 (not on b).
            With lambd = 0 (the default) the cost is exactly the mean cross-entropy.
    """
    W, b, X, Y = _check_params(W, b, X, Y)
    lambd = _check_lambd(lambd)
    J = float(np.mean(_loss(W.T @ X + b, Y)))
    if lambd:
        J += _penalty(W[:, 0], lambd, X.shape[1])
    return J


def initialize_weights(n):
    """Zero weights W of shape (n, 1), float64, and bias b = 0.0.

    n is the number of features, i.e. X.shape[0].
    """
    if isinstance(n, np.ndarray):
        raise TypeError(f"n must be the number of features, an integer; got an array of "
                        f"shape {n.shape}. Pass X.shape[0], not X itself.")
    n = _check_count("n", n, minimum=1)
    return np.zeros((n, 1)), 0.0


def propagate(W, b, X, Y, *, lambd=0.0):
    """One forward and backward pass.

    Parameters
    ----------
    W : (n, 1)   b : float   X : (n, m)   Y : (1, m) of 0/1
    lambd : float >= 0, keyword; the L2 penalty lambd / (2 m) * ||W||^2 (see cost)

    Returns
    -------
    grads : dict with "dW" (n, 1) = X @ dZ.T / m + lambd / m * W and "db" float =
            mean(dZ), where dZ = A - Y is (1, m); b is not penalised
    cost : float, the mean cross-entropy plus the penalty
    """
    W, b, X, Y = _check_params(W, b, X, Y)
    lambd = _check_lambd(lambd)
    m = X.shape[1]
    Z = W.T @ X + b
    dZ = sigmoid(Z) - Y
    grads = {"dW": X @ dZ.T / m, "db": float(np.sum(dZ) / m)}
    J = float(np.mean(_loss(Z, Y)))
    if lambd:
        grads["dW"] += lambd / m * W
        J += _penalty(W[:, 0], lambd, m)
    return grads, J


def optimize(W, b, X, Y, num_iterations, learning_rate, *, record_every=100,
             print_cost=False, callback=None, lambd=0.0, batch_size=None, rng=None):
    """Gradient descent: W -= learning_rate * dW, b -= learning_rate * db.

    With batch_size=None (the default) every update uses all m samples (full batch).
    With batch_size=k, num_iterations counts epochs (passes over the data): each epoch
    shuffles the samples with rng.permutation(m), then updates once per consecutive
    slice of k shuffled samples, the last slice keeping what is left (m % k samples).
    Each update's gradient is the mean over its slice (the L2 penalty's part stays
    lambd / m * W, so the same penalised cost is minimised).

    Parameters
    ----------
    W : (n, 1)   b : float   X : (n, m)   Y : (1, m)
    num_iterations : int >= 0
    learning_rate : float > 0
    record_every : int >= 1, keyword; costs[k] is the cost before update k * record_every
    print_cost : bool, keyword; print each recorded cost
    callback : callable(i, W, b), keyword; called with the parameters before update i
               (W is a copy the callback may keep)
    lambd : float >= 0, keyword; minimise the cost with the L2 penalty
            lambd / (2 m) * ||W||^2 (see cost); its gradient lambd / m * W joins dW
    batch_size : None or int in 1..m, keyword; samples per update (see above)
    rng : numpy.random.Generator, keyword; shuffles the samples when batch_size is set,
          e.g. np.random.default_rng(0). Pass the same one on to continue a run.

    With mini-batches, update i counts every update of every epoch, costs[k] is the cost
    of the mini-batch of update k * record_every (before it), and callback(i, W, b) is
    called before every update.

    Returns
    -------
    params : {"W": (n, 1), "b": float}   the trained parameters (new objects)
    grads : {"dW": (n, 1), "db": float}  the gradients of the last update
                                         (of the given point when num_iterations is 0)
    costs : list of float (penalty included when lambd > 0)
    """
    W, b, X, Y = _check_params(W, b, X, Y)
    num_iterations = _check_count("num_iterations", num_iterations)
    lr = _check_positive_real("learning_rate", learning_rate, "0.01")
    record_every = _check_count("record_every", record_every, minimum=1)
    lambd = _check_lambd(lambd)
    if callback is not None and not callable(callback):
        raise TypeError(f"callback must be a function callback(i, W, b) or None; got "
                        f"{type(callback).__name__}.")
    batch_size = _check_batch_size(batch_size, X.shape[1])
    if batch_size is not None:
        rng = _check_rng(rng, "to shuffle the samples for mini-batches")
    if num_iterations == 0:
        grads, _ = propagate(W, b, X, Y, lambd=lambd)
        return {"W": W.copy(), "b": b}, grads, []

    n, m = X.shape
    w = W[:, 0].astype(X.dtype, copy=True)   # our own copy, updated in place
    y = Y[0].astype(X.dtype)
    if batch_size is not None:
        return _minibatch_descent(w, b, X, y, num_iterations, lr, batch_size, rng,
                                  record_every, print_cost, callback, lambd)
    half_minus_y = 0.5 - y
    # Scratch buffers reused every step: the loop then allocates almost nothing,
    # which matters when X has millions of columns.
    z, dz = np.empty(m, X.dtype), np.empty(m, X.dtype)
    dw = np.empty(n, X.dtype)
    costs = []
    with np.errstate(under="ignore"):
        for i in range(num_iterations):
            if callback is not None:
                callback(i, w.reshape(n, 1).copy(), b)
            np.dot(w, X, out=z)
            z += b
            # dz = sigmoid(z) - y = tanh(z / 2) / 2 + (1/2 - y): one transcendental
            # function, no overflow for any z (tanh stays in [-1, 1]), and exact to
            # rounding in absolute terms, which is all a gradient needs. (The public
            # sigmoid keeps full relative accuracy; here that would cost 3 more passes.)
            np.multiply(z, 0.5, out=dz)
            np.tanh(dz, out=dz)
            dz *= 0.5
            dz += half_minus_y
            np.dot(X, dz, out=dw)
            if i % record_every == 0:   # the cost is only paid for when it is kept
                costs.append(float(np.mean(_loss(z, y))))
                if lambd:
                    costs[-1] += _penalty(w, lambd, m)
                if print_cost:
                    print(f"Cost after iteration {i}: {costs[-1]:.6f}")
            dw /= m
            if lambd:                           # the penalty's gradient, lambd / m * W
                dw += lambd / m * w
            db = float(np.add.reduce(dz)) / m   # (np.sum adds a Python wrapper per call)
            w -= lr * dw
            b -= lr * db
    params = {"W": w.reshape(n, 1), "b": float(b)}
    grads = {"dW": dw.reshape(n, 1), "db": db}
    return params, grads, costs


def _minibatch_descent(w, b, X, y, num_epochs, lr, k, rng, record_every, print_cost,
                       callback, lambd):
    """optimize's loop for mini-batches of k samples (see optimize; w is ours to change)."""
    n, m = X.shape
    # Samples as rows: a batch is then a gather of whole rows, about 5x faster than
    # gathering columns of X. The copy costs about one pass over X, once per call.
    XT = np.ascontiguousarray(X.T)
    half_minus_y = 0.5 - y
    costs, i = [], 0
    with np.errstate(under="ignore"):
        for _ in range(num_epochs):
            order = rng.permutation(m)
            for start in range(0, m, k):
                idx = order[start:start + k]
                xb = XT.take(idx, axis=0)              # (batch, n)
                if callback is not None:
                    callback(i, w.reshape(n, 1).copy(), b)
                z = xb @ w
                z += b
                if i % record_every == 0:
                    yb = y.take(idx)
                    costs.append(float(np.mean(_loss(z, yb))))
                    if lambd:
                        costs[-1] += _penalty(w, lambd, m)
                    if print_cost:
                        print(f"Cost after update {i}: {costs[-1]:.6f}")
                # dz = sigmoid(z) - y = tanh(z / 2) / 2 + (1/2 - y), as in optimize
                z *= 0.5
                dz = np.tanh(z, out=z)
                dz *= 0.5
                dz += half_minus_y.take(idx)
                dw = dz @ xb
                dw /= len(idx)
                if lambd:
                    dw += lambd / m * w
                db = float(np.add.reduce(dz)) / len(idx)
                w -= lr * dw
                b -= lr * db
                i += 1
    return {"W": w.reshape(n, 1), "b": float(b)}, {"dW": dw.reshape(n, 1), "db": db}, costs


def predict_proba(W, b, X):
    """Predicted probabilities sigmoid(W.T @ X + b), shape (1, m)."""
    W, b, X = _check_params(W, b, X)
    return sigmoid(W.T @ X + b)


def predict(W, b, X):
    """0/1 predictions, shape (1, m), integer dtype: 1 where the probability > 0.5."""
    return (predict_proba(W, b, X) > 0.5).astype(int)


def accuracy(Y_prediction, Y):
    """Percentage of predictions equal to the labels; both (1, m) of 0/1."""
    Y_prediction = _as_real_array("Y_prediction", Y_prediction)
    if Y_prediction.ndim != 2 or Y_prediction.shape[0] != 1 or Y_prediction.shape[1] == 0:
        raise ValueError(f"Y_prediction must have shape (1, m) with m >= 1; got "
                         f"{Y_prediction.shape}. Try Y_prediction.reshape(1, -1).")
    Y = _check_Y(Y, Y_prediction.shape[1], x_name="Y_prediction")
    return float(100 - np.mean(np.abs(Y_prediction - Y)) * 100)


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, *,
          record_every=100, print_cost=False, lambd=0.0, batch_size=None, rng=None):
    """Initialise with zeros, train with gradient descent, predict on both sets.

    X_train (n, m_train), Y_train (1, m_train), X_test (n, m_test), Y_test (1, m_test).
    lambd : float >= 0, keyword; train with the L2 penalty lambd / (2 m) * ||W||^2
            (see cost; m is the number of training samples)
    batch_size, rng : keywords, mini-batches as in optimize (num_iterations then
            counts epochs)

    Returns
    -------
    dict with "costs", "Y_prediction_train", "Y_prediction_test", "W", "b",
    "learning_rate", "num_iterations", "train_accuracy", "test_accuracy"
    (the accuracies in percent).
    """
    X_train = _check_X(X_train, "X_train")
    Y_train = _check_Y(Y_train, X_train.shape[1], "Y_train", "X_train")
    X_test = _check_X(X_test, "X_test")
    if X_test.shape[0] != X_train.shape[0]:
        raise ValueError(f"X_test must have the same {X_train.shape[0]} features (rows) as "
                         f"X_train; got {X_test.shape[0]}.")
    Y_test = _check_Y(Y_test, X_test.shape[1], "Y_test", "X_test")
    W, b = initialize_weights(X_train.shape[0])
    params, _, costs = optimize(W, b, X_train, Y_train, num_iterations, learning_rate,
                                record_every=record_every, print_cost=print_cost,
                                lambd=lambd, batch_size=batch_size, rng=rng)
    W, b = params["W"], params["b"]
    Y_prediction_train = predict(W, b, X_train)
    Y_prediction_test = predict(W, b, X_test)
    return {
        "costs": costs,
        "Y_prediction_train": Y_prediction_train,
        "Y_prediction_test": Y_prediction_test,
        "W": W,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
        "train_accuracy": accuracy(Y_prediction_train, Y_train),
        "test_accuracy": accuracy(Y_prediction_test, Y_test),
    }


# --------------------------------------------------------------------------- checking

def numerical_gradient(f, theta, h=1e-5):
    """Centered differences (f(theta + h e_i) - f(theta - h e_i)) / (2h) for every i.

    Parameters
    ----------
    f : callable taking a 1-D array like theta and returning a float
    theta : 1-D float array (not modified)
    h : float > 0, the step

    Returns
    -------
    1-D array, the same shape as theta. Its error is O(h^2), against O(h) for the
    forward difference (f(theta + h e_i) - f(theta)) / h.
    """
    theta = _as_real_array("theta", theta)
    if theta.ndim != 1:
        raise ValueError(f"theta must be a 1-D array; got shape {theta.shape}. "
                         f"Try theta.ravel().")
    _check_finite("theta", theta)
    h = _check_positive_real("h", h, "1e-5")
    if not callable(f):
        raise TypeError(f"f must be a function of theta; got {type(f).__name__}.")
    grad = np.empty_like(theta)
    probe = theta.copy()
    for i in range(theta.size):
        probe[i] = theta[i] + h
        up = f(probe)
        probe[i] = theta[i] - h
        down = f(probe)
        probe[i] = theta[i]         # restore before moving on to the next coordinate
        grad[i] = (up - down) / (2 * h)
    return grad


def relative_error(g, g_num):
    """norm(g - g_num) / (norm(g) + norm(g_num)); 0.0 when both are zero."""
    g = np.ravel(_as_real_array("g", g))
    g_num = np.ravel(_as_real_array("g_num", g_num))
    if g.shape != g_num.shape:
        raise ValueError(f"g and g_num must have the same size; got {g.size} and "
                         f"{g_num.size}.")
    denom = np.linalg.norm(g) + np.linalg.norm(g_num)
    return 0.0 if denom == 0 else float(np.linalg.norm(g - g_num) / denom)


def gradient_check(W, b, X, Y, epsilon=1e-5, grads=None, *, lambd=0.0):
    """Relative error between propagate's gradient and centered differences of the cost.

    Parameters
    ----------
    W (n, 1), b float, X (n, m), Y (1, m); epsilon the difference step;
    grads : optional {"dW", "db"} to check instead of propagate's (to test your own)
    lambd : float >= 0, keyword; differentiate the cost with this L2 penalty (see cost)

    Returns
    -------
    float: about 1e-7 or below means the gradient is right; above about 1e-3, a bug.
    """
    W, b, X, Y = _check_params(W, b, X, Y)
    lambd = _check_lambd(lambd)
    n = X.shape[0]
    if grads is None:
        grads, _ = propagate(W, b, X, Y, lambd=lambd)
    g = np.append(np.ravel(grads["dW"]), grads["db"])

    def J(theta):
        return cost(theta[:n].reshape(n, 1), theta[n], X, Y, lambd=lambd)

    epsilon = _check_positive_real("epsilon", epsilon, "1e-5")
    g_num = numerical_gradient(J, np.append(W.ravel(), b), epsilon)
    return relative_error(g, g_num)


# --------------------------------------------------------------------------- data

def toy_dataset():
    """The source post's data: X_train (2, 8), Y_train (1, 8), X_test (2, 4), Y_test (1, 4)."""
    X_train = np.array([[0.1, 0.3, 0.5, 0.7, 0.9, 0.2, 0.4, 0.6],
                        [1.2, 0.8, 1.0, 1.5, 0.5, 1.1, 0.9, 1.3]])
    Y_train = np.array([[0, 0, 0, 1, 1, 0, 0, 1]])
    X_test = np.array([[0.3, 0.8, 0.2, 0.5],
                       [1.0, 0.7, 1.1, 0.9]])
    Y_test = np.array([[0, 1, 0, 1]])
    return X_train, Y_train, X_test, Y_test


def make_blobs(m, rng, *, distance=2.0, noise=1.0):
    """Two Gaussian clouds in 2-D, m samples, labels alternating 0 and 1.

    Parameters
    ----------
    m : int >= 2
    rng : numpy.random.Generator, e.g. np.random.default_rng(0): the only randomness
    distance : float > 0, distance between the two centres
    noise : float > 0, standard deviation of each cloud

    Returns
    -------
    X (2, m), Y (1, m) of int 0/1.
    """
    m = _check_count("m", m, minimum=2)
    if not isinstance(rng, np.random.Generator):
        raise TypeError(f"rng must be a numpy Generator; got {type(rng).__name__}. "
                        f"Create one with rng = np.random.default_rng(0).")
    distance = _check_positive_real("distance", distance, "2.0")
    noise = _check_positive_real("noise", noise, "1.0")
    Y = (np.arange(m) % 2).reshape(1, m)
    direction = np.array([[1.0], [1.0]]) / np.sqrt(2)
    centres = (Y - 0.5) * distance * direction          # (2, m)
    X = centres + noise * rng.standard_normal((2, m))
    return X, Y


def standardize(X, mean=None, std=None):
    """Scale each feature (row) to mean 0 and standard deviation 1.

    Fit on the training set, then reuse its mean and std for the test set:
    ``Xs, mu, sd = standardize(X_train); Xt, _, _ = standardize(X_test, mu, sd)``.

    Returns
    -------
    X_std (n, m), mean (n, 1), std (n, 1). A constant feature gets std 1.
    """
    X = _check_X(X)
    if (mean is None) != (std is None):
        raise ValueError("Pass both mean and std (from the training set), or neither.")
    if mean is None:
        mean = X.mean(axis=1, keepdims=True)
        std = X.std(axis=1, keepdims=True)
        std = np.where(std == 0, 1.0, std)
    else:
        mean = _as_real_array("mean", mean)
        std = _as_real_array("std", std)
        for name, v in (("mean", mean), ("std", std)):
            if v.shape != (X.shape[0], 1):
                raise ValueError(f"{name} must have shape ({X.shape[0]}, 1), one value "
                                 f"per feature; got {v.shape}.")
        if np.any(std <= 0):
            raise ValueError("std must be positive for every feature.")
    return (X - mean) / std, mean, std


def max_stable_learning_rate(X, *, lambd=0.0):
    """8 m / (lambda_max(Xb Xb^T) + 4 lambd), where Xb is X with a row of ones for the bias.

    The cost's Hessian is Xb diag(a (1 - a)) Xb^T / m and a (1 - a) <= 1/4, so the
    gradient is L-Lipschitz with L = lambda_max / (4 m). The L2 penalty
    lambd / (2 m) ||W||^2 (keyword lambd, see cost) adds lambd / m on the diagonal of
    the Hessian (0 for b), so L grows by at most lambd / m. Gradient descent with a
    learning rate below 2 / L never increases the (penalised) cost, whatever the start.
    """
    X = _check_X(X)
    lambd = _check_lambd(lambd)
    Xb = np.vstack([X, np.ones((1, X.shape[1]), X.dtype)])
    lam = np.linalg.eigvalsh(Xb @ Xb.T)[-1]
    if lambd:
        lam = lam + 4 * lambd
    return float(8 * X.shape[1] / lam)


def polynomial_features(X, degree):
    """Every product of the features (rows) of X of total power 1 to degree.

    Parameters
    ----------
    X : (n, m)   n features by m samples
    degree : int >= 1

    Returns
    -------
    (n_terms, m) float array, n_terms = (n + degree)! / (n! degree!) - 1 (no constant
    row: b plays that part). Two features at degree 6 give 27 rows. Order: by total
    power, then as itertools.combinations_with_replacement lists the factors' indices
    (scikit-learn's PolynomialFeatures uses the same order). For two features x1, x2:

        x1, x2,  x1^2, x1 x2, x2^2,  x1^3, x1^2 x2, x1 x2^2, x2^3,  ...

    i.e. within a power, from the highest power of x1 down to the highest of x2.
    """
    X = _check_X(X)
    degree = _check_degree(degree)
    _check_polynomial_size(X, degree)        # counted first: building could exhaust memory
    n = X.shape[0]
    with np.errstate(over="ignore"):
        rows = np.array([X[list(factors)].prod(axis=0)
                         for power in range(1, degree + 1)
                         for factors in itertools.combinations_with_replacement(range(n),
                                                                                power)])
    if not np.all(np.isfinite(rows)):
        big = float(np.max(np.abs(X)))
        raise ValueError(f"polynomial_features(X, degree={degree}) overflows: the largest "
                         f"|value| in X is {big:.3g}, and its power {degree} is beyond the "
                         f"largest float (about 1.8e308). Scale X first (core.standardize, "
                         f"or divide by its largest value), or use a lower degree.")
    return rows


if __name__ == "__main__":
    X_train, Y_train, X_test, Y_test = toy_dataset()
    result = model(X_train, Y_train, X_test, Y_test, num_iterations=2000,
                   learning_rate=0.05, print_cost=True)
    final = cost(result["W"], result["b"], X_train, Y_train)
    print(f"Cost after iteration {result['num_iterations']}: {final:.6f}")
    print(f"Train accuracy: {result['train_accuracy']:.2f} %")
    print(f"Test accuracy: {result['test_accuracy']:.2f} %")
    print(f"W = {np.array2string(result['W'].ravel(), precision=4)}, b = {result['b']:.4f}")
