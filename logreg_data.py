"""Every data set the lessons, tests and benchmarks use, with its seeded split.

The source post's toy data and the blob generator (from logreg_core), noisy blobs,
two breast-cancer features, one feature of the toy data, scikit-learn's bundled
digits with lesson 08's recipe, and lesson 10's rings. Nothing is downloaded: the
real data ship inside scikit-learn. Cached sets are read-only, so no caller can change
them for the next one.

Imports numpy, scikit-learn's data sets and logreg_core; never plotting or widgets.
"""

import functools

import numpy as np

import logreg_core as core
# The source post's data and the blob generator live in the core (its contract names
# them); they are here too, so every data set has one address.
from logreg_core import make_blobs, toy_dataset  # noqa: F401


def one_feature_data():
    """Feature x1 of the source post's training set, and its labels: x (8,), y (8,).

    This single feature already separates the classes: y = 0 for x <= 0.5, 1 for x >= 0.6.
    """
    X_train, Y_train, _, _ = core.toy_dataset()
    return X_train[0].copy(), Y_train[0].copy()


BLOBS_SEED = 5
BLOBS_SIZE = 400          # the last quarter is the test set


def _read_only(*arrays):
    for a in arrays:
        a.setflags(write=False)
    return arrays


def blobs_dataset(seed=BLOBS_SEED, m=BLOBS_SIZE):
    """core.make_blobs(m, default_rng(seed)), split: first 3/4 train, last 1/4 test."""
    rng = np.random.default_rng(seed)
    X, Y = core.make_blobs(m, rng, distance=2.0, noise=1.0)
    cut = 3 * m // 4
    return X[:, :cut], Y[:, :cut], X[:, cut:], Y[:, cut:]


def breast_cancer_dataset(features=("mean radius", "mean texture")):
    """Two features of scikit-learn's bundled breast-cancer data (y = 1: benign).

    Sample i is a test sample when i % 4 == 0. Both sets are standardised with the
    mean and std of the training set (core.standardize). Nothing is downloaded.
    """
    from sklearn.datasets import load_breast_cancer  # heavy import, only when needed

    data = load_breast_cancer()
    names = list(data.feature_names)
    X = data.data[:, [names.index(f) for f in features]].T
    Y = data.target.reshape(1, -1).astype(int)
    test = np.arange(X.shape[1]) % 4 == 0
    X_train, mean, std = core.standardize(X[:, ~test])
    X_test, _, _ = core.standardize(X[:, test], mean, std)
    return X_train, Y[:, ~test], X_test, Y[:, test]


@functools.lru_cache(maxsize=1)
def training_datasets():
    """{"toy", "blobs", "breast cancer"} -> (X_train, Y_train, X_test, Y_test), read-only.

    Loaded once per kernel and cached, so an explorer update never reloads data.
    """
    return {"toy": _read_only(*core.toy_dataset()),
            "blobs": _read_only(*blobs_dataset()),
            "breast cancer": _read_only(*breast_cancer_dataset())}


DIGIT_CLASSES = (3, 8)       # the digit that gets label 0, the one that gets label 1
DIGITS_SEED = 0
DIGITS_TEST_SIZE = 100


@functools.lru_cache(maxsize=1)
def digit_images():
    """scikit-learn's bundled digits: images (1797, 8, 8) of 0..16, digits (1797,), read-only.

    The data ship inside the scikit-learn package: nothing is downloaded.
    """
    from sklearn.datasets import load_digits  # heavy import, only when needed

    data = load_digits()
    return _read_only(data.images.astype(float), data.target.astype(int))


def digits_task(negative=(DIGIT_CLASSES[0],), positive=(DIGIT_CLASSES[1],), *,
                seed=DIGITS_SEED, m_test=DIGITS_TEST_SIZE):
    """The lesson's recipe in one call: select, flatten, scale, label, split.

    Keeps the images whose digit is in negative (label 0) or positive (label 1); X is
    (64, m) with one image per column, pixels divided by 16; the test set is the first
    m_test of rng.permutation(m) with rng = default_rng(seed), the rest is training.
    Returns X_train, Y_train, X_test, Y_test.
    """
    images, digits = digit_images()
    keep = np.isin(digits, [*negative, *positive])
    X = images[keep].reshape(-1, 64).T / 16
    Y = np.isin(digits[keep], positive).astype(int).reshape(1, -1)
    order = np.random.default_rng(seed).permutation(X.shape[1])
    test, train = order[:m_test], order[m_test:]
    return X[:, train], Y[:, train], X[:, test], Y[:, test]


RINGS_SEED = 6
RINGS_SPLIT = {"train": 70, "validation": 80, "test": 250}
RINGS_NOISE = 0.25
RINGS_FACTOR = 0.5         # the inner ring (label 1) has half the outer ring's radius
RINGS_SCALE = 4.0          # make_circles' outer radius 1 stretched to 4


def rings_dataset(seed=RINGS_SEED, split=None, noise=RINGS_NOISE, factor=RINGS_FACTOR,
                  scale=RINGS_SCALE):
    """Two noisy rings (scikit-learn's make_circles), stretched by `scale` and split at
    random into three sets.

    Returns {"train": (X, Y), "validation": (X, Y), "test": (X, Y)} with X (2, m) and
    Y (1, m) of int 0/1 (1: the inner ring). make_circles gets random_state=seed and
    the split a numpy Generator default_rng(seed). Nothing is downloaded.
    """
    from sklearn.datasets import make_circles  # heavy import, only when needed

    split = RINGS_SPLIT if split is None else split
    total = sum(split.values())
    X, y = make_circles(n_samples=total, noise=noise, factor=factor, random_state=seed)
    rng = np.random.default_rng(seed)
    order = rng.permutation(total)
    X, Y = scale * X.T[:, order], y.reshape(1, -1)[:, order]
    sets, start = {}, 0
    for name, size in split.items():
        sets[name] = (X[:, start:start + size], Y[:, start:start + size])
        start += size
    return sets


@functools.lru_cache(maxsize=1)
def rings():
    """rings_dataset() with the lesson's settings, loaded once and read-only."""
    return {name: _read_only(X.copy(), Y.copy()) for name, (X, Y) in rings_dataset().items()}
