"""Every data set the lessons, tests and benchmarks use, with its seeded split.

The source post's toy data and the blob generator (from logreg_core), noisy blobs,
two breast-cancer features, one feature of the toy data, scikit-learn's bundled
digits with lesson 08's recipe (two digits, or all ten for lesson 11), and lesson
10's rings. Nothing is downloaded: the
real data ship inside scikit-learn. Cached sets are read-only, so no caller can change
them for the next one.

Imports numpy, scikit-learn's data sets and logreg_core; never plotting or widgets.
"""

import functools
import tempfile
from pathlib import Path

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


def linear_task(m, n, rng, *, noise=1.0):
    """A generated task of any size for lesson 12: X (n, m) standard normal features and
    labels Y (1, m) drawn as 1 with probability sigmoid(w_true . x / noise) for a fixed
    weight vector w_true (n,) = (1, -1, 1, -1, ...) / sqrt(n) * 3.

    rng : numpy Generator, the only randomness. Returns X, Y, w_true.
    """
    if not isinstance(rng, np.random.Generator):
        raise TypeError(f"rng must be a numpy Generator; got {type(rng).__name__}. "
                        f"Create one with rng = np.random.default_rng(0).")
    w_true = np.where(np.arange(n) % 2 == 0, 1.0, -1.0) * 3 / np.sqrt(n)
    X = rng.standard_normal((n, m))
    p = core.sigmoid(w_true @ X / noise)
    Y = (rng.random(m) < p).astype(np.int8).reshape(1, m)
    return X, Y, w_true


TEN_DIGITS_SEED = 0
TEN_DIGITS_SPLIT = {"train": 1077, "validation": 360, "test": 360}   # 60 %, 20 %, 20 %


def ten_digits_task(seed=TEN_DIGITS_SEED, split=None):
    """All ten digits with lesson 08's recipe, split at random into three sets.

    X is (64, m), one image per column, pixels divided by 16; the labels are the digits
    themselves, an int array (1, m) of 0..9. The order is rng.permutation(1797) with
    rng = default_rng(seed); the sets take its consecutive pieces in the order of split
    (default TEN_DIGITS_SPLIT). Returns {"train": (X, labels), "validation": (X, labels),
    "test": (X, labels)}.
    """
    split = TEN_DIGITS_SPLIT if split is None else split
    images, digits = digit_images()
    if sum(split.values()) > len(digits):
        raise ValueError(f"split asks for {sum(split.values())} images; there are "
                         f"{len(digits)}.")
    X = images.reshape(-1, 64).T / 16
    labels = digits.reshape(1, -1)
    order = np.random.default_rng(seed).permutation(X.shape[1])
    sets, start = {}, 0
    for name, size in split.items():
        part = order[start:start + size]
        sets[name] = (X[:, part], labels[:, part])
        start += size
    return sets


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


# --------------------------------------------------------------------------- CSV files

FRUIT_SEED = 12
# kind: (count, mean and spread of weight_g, height_mm, width_mm)
FRUIT_KINDS = {0: (140, (150, 25), (68, 6), (74, 6)),      # apples: round
               1: (100, (170, 30), (88, 9), (66, 6))}      # pears: taller and narrower


def fruit_csv_text(seed=FRUIT_SEED):
    """Lesson 12's worked example of a CSV file, as text: 240 made-up apples and pears.

    Columns weight_g, height_mm, width_mm and the label is_pear (1: pear, 0: apple),
    drawn from default_rng(seed) and shuffled. The scales differ on purpose (grams vs
    millimetres), and the two kinds overlap, so no rule gets every fruit right.
    """
    rng = np.random.default_rng(seed)
    rows = []
    for kind, (count, *features) in FRUIT_KINDS.items():
        columns = [rng.normal(mean, spread, count) for mean, spread in features]
        rows += [(*values, kind) for values in zip(*columns, strict=True)]
    lines = ["weight_g,height_mm,width_mm,is_pear"]
    lines += [f"{w:.0f},{h:.1f},{d:.1f},{k}"
              for w, h, d, k in (rows[i] for i in rng.permutation(len(rows)))]
    return "\n".join(lines) + "\n"


def _course_csv():
    """data/fruit.csv of the repository; where the course was installed without it (pip
    install from a URL, Colab), the same text written once into a temporary folder."""
    beside = Path(__file__).resolve().parent / "data" / "fruit.csv"
    if beside.is_file():
        return beside
    spare = Path(tempfile.gettempdir()) / "logreg-course" / "fruit.csv"
    text = fruit_csv_text()
    if not spare.is_file() or spare.read_text(encoding="utf-8") != text:
        spare.parent.mkdir(parents=True, exist_ok=True)
        spare.write_text(text, encoding="utf-8")
    return spare


COURSE_CSV = _course_csv()


def _csv_text(source):
    """(name for messages, text) of a path or of a file's bytes (e.g. an upload)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        name, raw = "the uploaded file", bytes(source)
    elif isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise FileNotFoundError(f"source: no file at {str(path)!r}. Check the name and "
                                    f"the folder (this notebook runs in {Path.cwd()}).")
        name, raw = path.name, path.read_bytes()
    else:
        raise TypeError(f"source must be a file path (a string) or the file's bytes; got "
                        f"{type(source).__name__}.")
    try:
        return name, raw.decode("utf-8-sig")        # -sig: Excel starts files with a BOM
    except UnicodeDecodeError:
        raise ValueError(f"{name} is not a UTF-8 text file. Save it as 'CSV UTF-8' and try "
                         f"again.") from None


def _cell_number(cell, name, row, column):
    if cell in ("", "NA", "N/A", "?"):
        raise ValueError(f"{name}, row {row}, column {column!r}: the value is missing "
                         f"({cell!r}). Fill it in, or delete that row.")
    try:
        value = float(cell)
    except ValueError:
        raise ValueError(f"{name}, row {row}, column {column!r}: {cell!r} is not a number. "
                         f"Fix that cell, or drop the column (keep only numeric "
                         f"features).") from None
    if not np.isfinite(value):
        raise ValueError(f"{name}, row {row}, column {column!r}: the value is missing "
                         f"({cell!r}). Fill it in, or delete that row.")
    return value


def load_csv(source, label, *, positive=None):
    """Read a CSV file with a header row into X (n, m) and Y (1, m), checking every cell.

    Parameters
    ----------
    source : a file path, or the file's bytes (from an upload widget)
    label : the name of the label column (from the header row); every other column
            is a feature and must hold numbers
    positive : keyword; the label value that becomes 1. Needed only when the labels are
               not already 0 and 1 (e.g. positive="pear", or positive=4).

    Returns
    -------
    X (n, m) float64, Y (1, m) int 0/1, features: list of the n feature names (the
    header's order). Rows are numbered as a text editor shows them: the header is row 1.
    Each problem (empty file, ragged row, text or missing cell, labels that are not two
    classes) raises ValueError with one sentence naming the row or column and the fix.
    """
    import csv  # the standard library's reader: quotes and commas inside quotes work

    name, text = _csv_text(source)
    rows = [r for r in csv.reader(text.splitlines()) if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise ValueError(f"{name} is empty or has only a header row: it needs a header row "
                         f"and at least one row of data.")
    header = [h.strip() for h in rows[0]]
    if label not in header:
        raise ValueError(f"label: {name} has no column {label!r}; its columns are "
                         f"{', '.join(map(repr, header))}. Pass one of those names.")
    j = header.index(label)
    features = [h for k, h in enumerate(header) if k != j]
    if not features:
        raise ValueError(f"{name} has only the label column; it needs at least one "
                         f"feature column.")
    X, labels = [], []
    for row_number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise ValueError(f"{name}, row {row_number}: {len(row)} cells, but the header "
                             f"has {len(header)}. Fix that row (a missing or extra comma?).")
        cells = [c.strip() for c in row]
        if cells[j] == "":
            raise ValueError(f"{name}, row {row_number}, column {label!r}: the label is "
                             f"missing. Fill it in, or delete that row.")
        labels.append(cells[j])
        X.append([_cell_number(c, name, row_number, header[k])
                  for k, c in enumerate(cells) if k != j])
    Y = _labels_to_01(labels, name, label, positive)
    return np.array(X, dtype=float).T, Y, features


def _labels_to_01(labels, name, label, positive):
    """The label column's cells as a (1, m) int array of 0/1 (see load_csv)."""
    def same(a, b):      # "1" and "1.0" are one label, "pear" and "pear" too
        try:
            return float(a) == float(b)
        except ValueError:
            return a == b

    values = []
    for v in labels:
        if not any(same(v, u) for u in values):
            values.append(v)
    if len(values) != 2:
        found = ", ".join(map(repr, values[:5])) + (", ..." if len(values) > 5 else "")
        if len(values) == 1:
            raise ValueError(f"{name}, column {label!r}: every row has the label "
                             f"{values[0]!r}, so there is only one class. The neuron needs "
                             f"examples of both classes: add rows of the other class.")
        raise ValueError(f"{name}, column {label!r}: found {len(values)} different labels "
                         f"({found}), but the neuron tells two classes apart. Keep the rows "
                         f"of two labels, or merge labels into two groups first.")
    if positive is None:
        if sorted(float(v) if _is_number(v) else v for v in values) != [0.0, 1.0]:
            raise ValueError(f"{name}, column {label!r}: the labels are "
                             f"{values[0]!r} and {values[1]!r}, not 0 and 1. Say which one "
                             f"is 1, e.g. positive={values[1]!r}.")
        positive = "1"
    if not any(same(str(positive), v) for v in values):
        raise ValueError(f"positive={positive!r} is not a label in column {label!r}; the "
                         f"labels are {values[0]!r} and {values[1]!r}.")
    return np.array([[int(same(str(positive), v)) for v in labels]])


def _is_number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False
