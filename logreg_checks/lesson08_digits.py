"""Lesson 08's self-check: preprocess, from 8 x 8 images to X (64, m) and Y (1, m).

Lesson 08: the learner's preprocess(images, digits) -> (X, Y). images (m, 8, 8) holds
pixel values 0..16, digits (m,) the digits 3 and 8. X must be (64, m), one image per
column flattened row by row and divided by 16; Y (1, m) of integers, 1 for an 8.

Imports the shared machinery (.common) and logreg_core; never another lesson's module.
"""

import numpy as np

from .common import (
    more_cases,
    same_numbers,
    call_learner,
    close,
    learner_check,
    passed,
    wrong,
)


def _preprocess_case():
    """Ten made-up 8 x 8 'images' (not square in m, not symmetric) and their digits.

    No pixel reaches 16 (the largest is 15, in image 0) and image 1 stops at 12, so
    dividing by 16, by the largest pixel of the batch (images.max()) and by each image's
    own maximum give three different answers.
    """
    rng = np.random.default_rng(8)
    images = rng.integers(0, 16, size=(10, 8, 8)).astype(float)
    images[0, 0, 0] = 15.0
    images[1] = np.minimum(images[1], 12.0)
    digits = np.array([3, 8, 8, 3, 8, 3, 3, 8, 3, 8])
    return images, digits


def _right_preprocess(images, digits):
    m = len(digits)
    return images.reshape(m, 64).T / 16, (digits == 8).astype(int).reshape(1, m)


def _same_preprocess(out, expected):
    if not (isinstance(out, (tuple, list)) and len(out) == 2):   # the first case takes a list too
        return False
    (X, Y), (want_X, want_Y) = out, expected
    return (same_numbers(X, want_X) and isinstance(Y, np.ndarray) and Y.dtype.kind in "iu"
            and Y.shape == want_Y.shape and np.array_equal(Y, want_Y))


_rng = np.random.default_rng(108)
_PREPROCESS_CASES = [
    ("one image, m = 1", (_rng.integers(0, 17, size=(1, 8, 8)).astype(float), np.array([8]))),
    ("three images holding integers", (_rng.integers(0, 17, size=(3, 8, 8)),
                                       np.array([3, 3, 8]))),
]


def _preprocess_X_mistakes(images):
    """[(an X the learner might return, what went wrong and what to do)] for known mistakes."""
    m = len(images)
    rows = images.reshape(m, 64)
    by_col = rows.T
    unscaled = " It is also not divided by 16: divide by 16 as well."
    found = [
        (by_col, "X holds the raw pixel values, up to 16: you forgot to scale. Divide by "
                 "16 so every value lies in [0, 1]."),
        (by_col / 255, "X was divided by 255, but these pixels go up to 16, not 255. "
                       "Divide by 16."),
        (by_col / rows.max(axis=1), "Each image was divided by its own largest value. "
         "Divide every image by the same 16, so the same ink gives the same number."),
        (by_col / images.max(), "X was divided by images.max(), the largest pixel of this "
         "batch. That is 16 for the lesson's digits but smaller for fainter images (this "
         "check's largest pixel is 15): divide by the fixed 16."),
        (by_col // 16, "X holds only 0s and 1s: floor division // 16 rounds every pixel "
                       "down. Use true division, / 16."),
    ]
    for layout, message in (
            (images.reshape(64, m), "X comes from images.reshape(64, m): that cuts the "
             "pixels into columns without respecting the images, so a column mixes several "
             "images. Flatten each image first, images.reshape(m, 64), then transpose (.T)."),
            (images.transpose(0, 2, 1).reshape(m, 64).T, "Each image was flattened column "
             "by column (order='F', or the image transposed). Flatten row by row: "
             "images.reshape(m, 64).T.")):
        found += [(layout / 16, message), (layout, message + unscaled)]
    return found


def _diagnose_X(X, images):
    m = len(images)
    want = images.reshape(m, 64).T / 16
    if isinstance(X, (list, tuple)):
        return (f"X is a {type(X).__name__}, not a numpy array. Build it with numpy "
                f"(reshape, .T, / 16) or convert it with np.array(...).")
    try:
        X = np.asarray(X)
        if np.iscomplexobj(X):
            raise TypeError
        X = X.astype(float)
    except (TypeError, ValueError):
        return f"X must be an array of real numbers; got {type(X).__name__}."
    if X.shape == (m, 64):
        also = "" if close(X, want.T) else (" It is also not divided by 16." if
                                            close(X, 16 * want.T) else
                                            " Then check the values.")
        return (f"X has shape ({m}, 64): one image per row. The neuron wants one image "
                f"per column, shape (64, {m}): transpose with .T.{also}")
    if X.shape in ((m, 8, 8), (64, 8), (8, 8 * m)):
        return (f"X has shape {X.shape}: the images were not flattened into columns. "
                f"Use images.reshape(m, 64).T to get shape (64, {m}).")
    if X.shape in ((64 * m,), (1, 64 * m), (64 * m, 1)):
        return (f"X has shape {X.shape}: all the pixels in one long line. Keep one image "
                f"per column: images.reshape(m, 64).T, shape (64, {m}).")
    if X.shape != (64, m):
        return (f"X must have shape (64, {m}) for {m} images of 8 x 8 pixels; got "
                f"{X.shape}. Use images.reshape(m, 64).T / 16.")
    if close(X, want):
        return None
    for candidate, message in _preprocess_X_mistakes(images):
        if close(X, candidate):
            return message
    gap = np.abs(X - want)
    col = int(np.argmax(np.where(np.isfinite(gap), gap, np.inf).max(axis=0)))
    return (f"X has the right shape but wrong values: column {col} should be image {col} "
            f"flattened row by row and divided by 16 (largest value "
            f"{want[:, col].max():.4f}; yours {X[:, col].max():.4f}).")


def _diagnose_Y(Y, digits):
    m = len(digits)
    want = (digits == 8).astype(int).reshape(1, m)
    if isinstance(Y, (list, tuple)):
        return (f"Y is a {type(Y).__name__}, not a numpy array. Build it with numpy: "
                f"(digits == 8).astype(int).reshape(1, -1).")
    try:
        arr = np.asarray(Y)
        if np.iscomplexobj(arr):
            raise TypeError
        values = arr.astype(float)
    except (TypeError, ValueError):
        return f"Y must be an array of 0s and 1s; got {type(Y).__name__}."
    if arr.size == m and arr.shape != (1, m):
        return (f"Y has shape {arr.shape}; the core wants one row, shape (1, {m}). "
                f"Use .reshape(1, -1).")
    if arr.shape != (1, m):
        return f"Y must have shape (1, {m}), one label per image; got {arr.shape}."
    if close(values, digits.reshape(1, m)):
        return ("Y holds the digits themselves (3s and 8s). The neuron needs labels 0 and "
                "1: Y = (digits == 8).astype(int), then reshape(1, -1).")
    if close(values, 1 - want):
        return ("Y is 1 for the 3s and 0 for the 8s: the wrong class is 1. In this lesson "
                "label 1 means an 8: use (digits == 8).")
    if not close(values, want):
        return ("Y has wrong labels: it must be 1 where the digit is 8 and 0 where it is "
                "3, e.g. (digits == 8).astype(int).reshape(1, -1).")
    if arr.dtype == bool:
        return ("Y holds True/False, not the integers 1 and 0. Convert it: "
                "(digits == 8).astype(int).")
    if arr.dtype.kind not in "iu":
        return (f"Y holds the right labels as {arr.dtype} numbers; labels are whole "
                f"numbers. Use .astype(int).")
    return None


def _shape_or_none(x):
    try:
        return np.shape(x)
    except (TypeError, ValueError):     # ragged nested lists
        return None


@learner_check
def check_preprocess(fn):
    """Self-check for lesson 08's preprocess(images, digits) -> (X, Y).

    Names: a list or a single array returned, X and Y swapped, forgot to scale, /255,
    per-image scaling, floor division, one image per row (m, 64), reshape(64, m) without
    flattening, column-by-column flattening, labels left as digits, booleans, floats,
    the wrong class as 1, a 1-D Y, and changing the arrays it was given.
    """
    images, digits = _preprocess_case()
    m = len(digits)
    name = getattr(fn, "__name__", "preprocess")
    out, problem = call_learner(fn, images, digits)
    if problem:
        if f"cannot reshape array of size {images.size} into" in problem.message or (
                f"cannot reshape array of size {m} into" in problem.message):
            said = problem.message.split(" raised ", 1)[-1]
            return wrong(f"{name} used the wrong number of images in a reshape: this "
                         f"check passes {m} images, not the notebook's m (Python said: "
                         f"{said}). Inside the function, take m from the arguments: "
                         f"m = len(digits).")
        return problem
    if isinstance(out, np.ndarray) or not (isinstance(out, (tuple, list)) and len(out) == 2):
        return wrong("preprocess must return two things, X and Y: end it with "
                     "`return X, Y`.")
    X, Y = out
    if _shape_or_none(X) == (1, m) and _shape_or_none(Y) in ((64, m), (m, 64)):
        return wrong("preprocess returned (Y, X): X must come first. End with "
                     "`return X, Y`.")
    message = _diagnose_X(X, images)
    if message is None:
        message = _diagnose_Y(Y, digits)
        if message is None:
            other = more_cases(fn, _PREPROCESS_CASES, _right_preprocess, _same_preprocess,
                               "Look for a number of images fixed in your code (the "
                               "notebook's m) instead of read from the arguments: "
                               "m = len(digits).")
            if other is not None:
                return other
            return passed(f"preprocess is right: X has shape (64, {m}), one image per "
                          f"column, values in [0, 1]; Y has shape (1, {m}), 1 for an 8.")
        return wrong(f"X is right. {message}")
    return wrong(message)
