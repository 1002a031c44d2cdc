"""Input checking for logreg_core: every public function of the core calls these first.

Each helper returns its argument as the array or number the core computes with, or
raises ValueError/TypeError with a message that names the argument, says what was
expected and what came, and hints at the fix, for example:

    Y must have shape (1, 8) to match the 8 samples in X; got (8,). Try Y.reshape(1, -1).

Kept apart from the neuron itself so that logreg_core.py reads in one sitting. Nothing
here modifies what it is given. numpy only.
"""

import decimal
import fractions
import math
import numbers

import numpy as np

# the most output features polynomial_features builds: 8 bytes x 1000 samples x this is
# 80 MB, and a neuron on more features than that learns nothing in a lesson's time
MAX_POLYNOMIAL_FEATURES = 10_000


def _real(value):
    """value as a Python float when it is one real number: an int, a float, a
    fractions.Fraction, a decimal.Decimal or a numpy real scalar (not a bool); else None.
    A number too large for a float becomes inf, so the caller's finiteness check names it."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(
            value, (numbers.Real, decimal.Decimal)):
        return None
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf
    except (ValueError, decimal.InvalidOperation):   # a signalling Decimal('sNaN')
        return math.nan


def _as_real_array(name, value):
    """Return value as a float32/float64 array (a copy only when needed)."""
    if isinstance(value, (fractions.Fraction, decimal.Decimal)):
        value = _real(value)             # one exact number: computed with as a float
    if isinstance(value, (str, bytes)):
        raise TypeError(f"{name} must be numeric; got a string {value!r}. "
                        f"Pass numbers, e.g. np.array([[0.1, 0.2]]).")
    try:
        arr = np.asarray(value)
    except (ValueError, TypeError) as exc:  # ragged nested lists
        raise TypeError(f"{name} must be a rectangular numeric array; "
                        f"could not convert it ({exc}).") from None
    if np.iscomplexobj(arr):
        raise TypeError(f"{name} must be real-valued; got complex dtype {arr.dtype}. "
                        f"Use {name}.real if the imaginary part is zero.")
    if arr.dtype.kind not in "biuf":
        raise TypeError(f"{name} must be numeric (int or float); got dtype {arr.dtype}. "
                        f"Convert it with np.asarray({name}, dtype=float).")
    if arr.dtype not in (np.float32, np.float64):
        arr = arr.astype(np.float64)  # ints and bools become float64; float16 too
    return arr


def _check_finite(name, arr):
    if not np.all(np.isfinite(arr)):
        bad = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise ValueError(f"{name} contains NaN or inf ({bad} of {arr.size} values); "
                         f"remove or impute them before training.")


def _check_X(X, name="X"):
    X = _as_real_array(name, X)
    if X.ndim != 2:
        hint = (f" For a single feature use {name}.reshape(1, -1)." if X.ndim == 1
                else " Flatten each sample into one column first.")
        raise ValueError(f"{name} must be a 2-D array of shape (n_features, m_samples); "
                         f"got a {X.ndim}-D array of shape {X.shape}.{hint}")
    if X.shape[0] == 0 or X.shape[1] == 0:
        raise ValueError(f"{name} must have at least one feature and one sample; "
                         f"got shape {X.shape}.")
    _check_finite(name, X)
    return X


def _check_Y(Y, m, name="Y", x_name="X"):
    Y = _as_real_array(name, Y)
    if Y.shape != (1, m):
        hint = f" Try {name}.reshape(1, -1)." if Y.size == m else ""
        raise ValueError(f"{name} must have shape (1, {m}) to match the {m} samples in "
                         f"{x_name}; got {Y.shape}.{hint}")
    _check_finite(name, Y)
    if not np.all((Y == 0) | (Y == 1)):
        odd = np.unique(Y[(Y != 0) & (Y != 1)])[:3]
        raise ValueError(f"{name} must contain only the labels 0 and 1; found "
                         f"{', '.join(f'{v:g}' for v in odd)}. For probabilities, "
                         f"threshold them: ({name} > 0.5).astype(int).")
    return Y


def _check_W(W, n):
    W = _as_real_array("W", W)
    if W.shape != (n, 1):
        hint = " Try W.reshape(-1, 1)." if W.size == n else ""
        raise ValueError(f"W must have shape ({n}, 1), one weight per feature (row) of X; "
                         f"got {W.shape}.{hint}")
    _check_finite("W", W)
    return W


def _check_b(b):
    value = (float(b) if isinstance(b, np.ndarray) and b.ndim == 0 and b.dtype.kind in "iuf"
             else _real(b))
    if value is None:
        shape = f" of shape {b.shape}" if isinstance(b, np.ndarray) else ""
        raise TypeError(f"b must be a real number (a Python float); got "
                        f"{type(b).__name__}{shape}. Use float(b) for a one-element array.")
    b = value
    if not np.isfinite(b):
        raise ValueError(f"b must be finite; got {b}. Restart from b = 0.0.")
    return b


def _check_positive_real(name, value, example):
    number = _real(value)
    if number is None:
        raise TypeError(f"{name} must be a positive number such as {example}; "
                        f"got {type(value).__name__} {value!r}.")
    if not (math.isfinite(number) and number > 0):
        raise ValueError(f"{name} must be a positive finite number such as {example}; "
                         f"got {value}.")
    return number


def _check_count(name, value, minimum=0):
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an integer >= {minimum}; got "
                        f"{type(value).__name__} {value!r}. Use int(...) to convert.")
    if value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}; got {value}.")
    return int(value)


def _check_lambd(lambd):
    """The L2 penalty strength: a finite real number >= 0, returned as a float."""
    number = _real(lambd)
    if number is None:
        shape = f" of shape {lambd.shape}" if isinstance(lambd, np.ndarray) else ""
        raise TypeError(f"lambd must be a number >= 0 (the strength of the L2 penalty), "
                        f"such as 0.1; got {type(lambd).__name__}{shape} {lambd!r}. "
                        f"Use lambd=0.0 for no penalty.")
    if not (math.isfinite(number) and number >= 0):
        raise ValueError(f"lambd must be a finite number >= 0 (the strength of the L2 "
                         f"penalty), such as 0.1; got {lambd}. Use lambd=0.0 for no "
                         f"penalty; a negative one would reward large weights.")
    return number


def _check_params(W, b, X, Y=None):
    X = _check_X(X)
    W = _check_W(W, X.shape[0])
    b = _check_b(b)
    if Y is None:
        return W, b, X
    return W, b, X, _check_Y(Y, X.shape[1])


def _check_degree(degree):
    if isinstance(degree, (bool, np.bool_)) or not isinstance(degree, numbers.Integral):
        hint = (" Use int(degree)." if isinstance(degree, numbers.Real)
                and float(degree).is_integer() else "")
        raise TypeError(f"degree must be a whole number >= 1, the highest total power, "
                        f"such as 6; got {type(degree).__name__} {degree!r}.{hint}")
    if degree < 1:
        raise ValueError(f"degree must be a whole number >= 1, the highest total power, "
                         f"such as 6; got {degree}. Degree 1 gives the features "
                         f"themselves.")
    return int(degree)


def _polynomial_size(n, degree):
    """How many features polynomial_features makes from n at this degree: every product of
    total power 1 to degree, C(n + degree, degree) - 1 (counted, not built)."""
    return math.comb(n + degree, degree) - 1


def _check_polynomial_size(X, degree):
    """Refuse an output of more than MAX_POLYNOMIAL_FEATURES rows before building it."""
    n, m = X.shape
    count = _polynomial_size(n, degree)
    if count > MAX_POLYNOMIAL_FEATURES:
        rows = "" if n <= m else (f" X has {n} rows and {m} columns: if your samples are "
                                  f"in rows, pass X.T (features in rows).")
        raise ValueError(f"polynomial_features(X, degree={degree}) would make {count:,} "
                         f"features from the {n} features (rows) of X, more than "
                         f"{MAX_POLYNOMIAL_FEATURES:,}: too many to hold in memory or to "
                         f"train on. Use fewer features or a lower degree.{rows}")
    return count


def _check_row(name, value):
    """value as a finite float array of shape (1, m) with m >= 1."""
    arr = _as_real_array(name, value)
    if arr.ndim != 2 or arr.shape[0] != 1 or arr.shape[1] == 0:
        hint = (f" Try {name}.reshape(1, -1)." if arr.size else
                " It must hold at least one sample.")
        raise ValueError(f"{name} must have shape (1, m), one value per sample; got "
                         f"{arr.shape}.{hint}")
    _check_finite(name, arr)
    return arr


def _check_predictions(Y_prediction, Y):
    P = _check_row("Y_prediction", Y_prediction)
    P = _check_Y(P, P.shape[1], "Y_prediction", "Y_prediction")
    return P, _check_Y(Y, P.shape[1], "Y", "Y_prediction")


def _check_batch_size(batch_size, m):
    """None (full batch) or a whole number of samples per update, 1 <= batch_size <= m."""
    if batch_size is None:
        return None
    if isinstance(batch_size, (bool, np.bool_)) or not isinstance(batch_size, numbers.Integral):
        raise TypeError(f"batch_size must be a whole number of samples per update, such as "
                        f"32, or None for all samples; got {type(batch_size).__name__} "
                        f"{batch_size!r}. Use int(...) to convert.")
    if not 1 <= batch_size <= m:
        raise ValueError(f"batch_size must be between 1 and {m}, the number of samples in X; "
                         f"got {batch_size}. Use batch_size=None to use all {m} samples in "
                         f"every update.")
    return int(batch_size)


def _check_rng(rng, why):
    """A numpy Generator; anything else raises TypeError saying how to make one."""
    if not isinstance(rng, np.random.Generator):
        raise TypeError(f"rng must be a numpy Generator {why}; got {type(rng).__name__}. "
                        f"Create one with rng = np.random.default_rng(0) and pass rng=rng.")
    return rng
