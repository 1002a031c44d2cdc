"""The core's evaluation metrics (lesson 09), cross-checked against sklearn.metrics."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn import metrics

import logreg_core as core

# ----------------------------------------------------------------- random data with ties


@st.composite
def labelled_predictions(draw, both_classes=False):
    """(Y_prediction, Y), each (1, m) of 0/1; optionally with both labels in Y."""
    m = draw(st.integers(min_value=2 if both_classes else 1, max_value=60))
    y = draw(st.lists(st.integers(0, 1), min_size=m, max_size=m))
    if both_classes:
        y[0], y[1] = 0, 1
    p = draw(st.lists(st.integers(0, 1), min_size=m, max_size=m))
    return np.array([p]), np.array([y])


@st.composite
def scored_labels(draw):
    """(probabilities, Y) with both labels; probabilities drawn from a few levels, so
    ties are common, and sometimes from the whole interval [0, 1], ends included."""
    m = draw(st.integers(min_value=2, max_value=60))
    y = draw(st.lists(st.integers(0, 1), min_size=m, max_size=m))
    y[draw(st.integers(0, m - 1))] = 0
    y[(draw(st.integers(1, m - 1)) + y.index(0)) % m] = 1
    if draw(st.booleans()):
        levels = draw(st.lists(st.floats(0, 1), min_size=1, max_size=4))
        a = [levels[draw(st.integers(0, len(levels) - 1))] for _ in range(m)]
    else:
        a = draw(st.lists(st.floats(0, 1), min_size=m, max_size=m))
    return np.array([a]), np.array([y])


# ----------------------------------------------------------------- confusion matrix

@settings(max_examples=200, deadline=None)
@given(labelled_predictions())
def test_confusion_matrix_matches_sklearn(case):
    P, Y = case
    expected = metrics.confusion_matrix(Y.ravel(), P.ravel(), labels=[0, 1])
    got = core.confusion_matrix(P, Y)
    np.testing.assert_array_equal(got, expected)
    assert got.shape == (2, 2) and got.dtype.kind == "i" and got.sum() == Y.size


def test_confusion_matrix_layout_by_hand():
    P = np.array([[1, 1, 0, 0, 1, 0]])
    Y = np.array([[1, 0, 1, 0, 1, 0]])
    (tn, fp), (fn, tp) = core.confusion_matrix(P, Y)
    assert (tn, fp, fn, tp) == (2, 1, 1, 2)


def test_confusion_matrix_accepts_bools_floats_and_leaves_inputs_alone():
    P = np.array([[True, False, True]])
    Y = np.array([[1.0, 0.0, 0.0]])
    before = P.copy(), Y.copy()
    np.testing.assert_array_equal(core.confusion_matrix(P, Y), [[1, 1], [0, 1]])
    np.testing.assert_array_equal(P, before[0])
    np.testing.assert_array_equal(Y, before[1])


# ----------------------------------------------------------------- precision and recall

@settings(max_examples=200, deadline=None)
@given(labelled_predictions(), st.sampled_from([0.0, 1.0]))
def test_precision_recall_match_sklearn(case, zero_division):
    P, Y = case
    y, p = Y.ravel(), P.ravel()
    precision, recall = core.precision_recall(P, Y, zero_division=zero_division)
    assert type(precision) is float and type(recall) is float
    assert precision == pytest.approx(metrics.precision_score(
        y, p, zero_division=zero_division), abs=1e-15)
    assert recall == pytest.approx(metrics.recall_score(
        y, p, zero_division=zero_division), abs=1e-15)


@settings(max_examples=100, deadline=None)
@given(labelled_predictions())
def test_precision_recall_raise_only_when_undefined(case):
    P, Y = case
    defined = P.sum() > 0 and Y.sum() > 0
    if defined:
        assert core.precision_recall(P, Y) == core.precision_recall(P, Y, zero_division=0.0)
    else:
        with pytest.raises(ValueError, match="undefined"):
            core.precision_recall(P, Y)


def test_precision_undefined_message_names_the_cause_and_the_way_out():
    with pytest.raises(ValueError, match=r"precision is undefined here: no sample is "
                                         r"predicted 1.*zero_division=0\.0"):
        core.precision_recall(np.array([[0, 0, 0]]), np.array([[1, 0, 1]]))
    with pytest.raises(ValueError, match="recall is undefined here: no label in Y is 1"):
        core.precision_recall(np.array([[1, 0, 0]]), np.array([[0, 0, 0]]))
    assert core.precision_recall(np.array([[0, 0]]), np.array([[1, 0]]),
                                 zero_division=1.0) == (1.0, 0.0)


@pytest.mark.parametrize("bad", ["warn", None, True, -0.5, 2, float("nan"), [0.0]])
def test_zero_division_must_be_raise_or_a_fraction(bad):
    with pytest.raises(ValueError, match="zero_division must be 'raise' or a number"):
        core.precision_recall(np.array([[1, 0]]), np.array([[1, 0]]), zero_division=bad)


# ----------------------------------------------------------------- ROC curve and AUC

@settings(max_examples=300, deadline=None)
@given(scored_labels())
def test_roc_curve_matches_sklearn_ties_included(case):
    A, Y = case
    fpr, tpr, thresholds = core.roc_curve(A, Y)
    e_fpr, e_tpr, e_thr = metrics.roc_curve(Y.ravel(), A.ravel(), drop_intermediate=False)
    np.testing.assert_allclose(fpr, e_fpr, rtol=0, atol=1e-15)
    np.testing.assert_allclose(tpr, e_tpr, rtol=0, atol=1e-15)
    np.testing.assert_array_equal(thresholds, e_thr)
    assert thresholds[0] == np.inf and len(thresholds) == len(np.unique(A)) + 1
    assert (fpr[0], tpr[0], fpr[-1], tpr[-1]) == (0.0, 0.0, 1.0, 1.0)
    assert np.all(np.diff(fpr) >= 0) and np.all(np.diff(tpr) >= 0)


@settings(max_examples=300, deadline=None)
@given(scored_labels())
def test_auc_matches_sklearn_and_the_pair_count(case):
    A, Y = case
    area = core.auc(*core.roc_curve(A, Y)[:2])
    assert area == pytest.approx(metrics.roc_auc_score(Y.ravel(), A.ravel()), abs=1e-12)
    pos, neg = A[Y == 1], A[Y == 0]
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    assert area == pytest.approx(wins / (pos.size * neg.size), abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(scored_labels())
def test_each_roc_point_is_the_confusion_matrix_at_its_threshold(case):
    A, Y = case
    fpr, tpr, thresholds = core.roc_curve(A, Y)
    for f, t, thr in zip(fpr, tpr, thresholds, strict=True):
        (tn, fp), (fn, tp) = core.confusion_matrix((A >= thr).astype(int), Y)
        assert f == fp / (fp + tn) and t == tp / (tp + fn)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=2, max_size=30),
       st.lists(st.floats(0, 1), min_size=2, max_size=30))
def test_auc_is_the_trapezoid_rule_on_any_curve(xs, ys):
    n = min(len(xs), len(ys))
    x, y = np.sort(np.array(xs[:n])), np.array(ys[:n])
    assert core.auc(x, y) == pytest.approx(metrics.auc(x, y), abs=1e-12)


def test_auc_known_values():
    assert core.auc([0, 1], [0, 1]) == 0.5                       # the diagonal: guessing
    assert core.auc([0, 0, 1], [0, 1, 1]) == 1.0                 # a perfect ranking
    A, Y = np.array([[0.9, 0.8, 0.7, 0.1]]), np.array([[1, 0, 1, 0]])
    assert core.auc(*core.roc_curve(A, Y)[:2]) == 0.75           # 3 of 4 pairs in order


def test_roc_curve_float32_and_list_input():
    A = np.array([[0.2, 0.7, 0.7, 0.4]], dtype=np.float32)
    fpr, tpr, thr = core.roc_curve(A, [[0, 1, 0, 1]])
    assert thr.dtype == np.float64 and thr[1] == np.float32(0.7)
    np.testing.assert_array_equal(fpr, [0, 0.5, 0.5, 1])
    np.testing.assert_array_equal(tpr, [0, 0.5, 1, 1])


# ----------------------------------------------------------------- bad input

GOOD_P, GOOD_Y = np.array([[1, 0, 1]]), np.array([[1, 1, 0]])


@pytest.mark.parametrize("fn", [core.confusion_matrix, core.precision_recall])
@pytest.mark.parametrize("args, error, words", [
    ((np.array([1, 0, 1]), GOOD_Y), ValueError,
     r"Y_prediction must have shape \(1, m\).*got \(3,\)\. Try Y_prediction.reshape\(1, -1\)"),
    ((np.zeros((1, 0)), np.zeros((1, 0))), ValueError, "at least one sample"),
    ((GOOD_P, np.array([1, 1, 0])), ValueError,
     r"Y must have shape \(1, 3\) to match the 3 samples in Y_prediction; got \(3,\)"),
    ((GOOD_P, np.array([[1, 1, 0, 1]])), ValueError, r"Y must have shape \(1, 3\)"),
    ((np.array([[0.9, 0.2, 0.6]]), GOOD_Y), ValueError,
     r"Y_prediction must contain only the labels 0 and 1; found 0.2, 0.6, 0.9.*"
     r"threshold them"),
    ((GOOD_P, np.array([[1, 2, 0]])), ValueError, "Y must contain only the labels 0 and 1"),
    ((np.array([[1, np.nan, 0]]), GOOD_Y), ValueError, "Y_prediction contains NaN or inf"),
    ((GOOD_P, "110"), TypeError, "Y must be numeric; got a string"),
    ((np.array([[1 + 0j, 0, 1]]), GOOD_Y), TypeError, "Y_prediction must be real-valued"),
    ((np.array([["a", "b", "c"]]), GOOD_Y), TypeError, "Y_prediction must be numeric"),
])
def test_bad_predictions_and_labels(fn, args, error, words):
    with pytest.raises(error, match=words):
        fn(*args)


@pytest.mark.parametrize("args, error, words", [
    ((np.array([0.2, 0.8]), np.array([[0, 1]])), ValueError,
     r"probabilities must have shape \(1, m\).*Try probabilities.reshape\(1, -1\)"),
    ((np.array([[-1.5, 2.0, 0.5]]), np.array([[0, 1, 1]])), ValueError,
     r"probabilities must lie in \[0, 1\]; found -1.5, 2\. .*not the logits z"),
    ((np.array([[0.2, np.inf]]), np.array([[0, 1]])), ValueError, "NaN or inf"),
    ((np.array([[0.2, 0.8]]), np.array([[0, 1, 1]])), ValueError,
     r"Y must have shape \(1, 2\) to match the 2 samples in probabilities"),
    ((np.array([[0.2, 0.8]]), np.array([[0, 0.5]])), ValueError, "only the labels 0 and 1"),
    ((np.array([[0.2, 0.8]]), np.array([[0, 0]])), ValueError,
     r"both labels 0 and 1 for an ROC curve; every label is 0, so the true positive rate"),
    ((np.array([[0.2, 0.8]]), np.array([[1, 1]])), ValueError,
     "every label is 1, so the false positive rate"),
])
def test_roc_curve_bad_input(args, error, words):
    with pytest.raises(error, match=words):
        core.roc_curve(*args)


@pytest.mark.parametrize("args, words", [
    (([0.0], [0.0]), "at least 2 points"),
    (([[0, 1]], [[0, 1]]), r"1-D array.*got shape \(1, 2\)"),
    (([0, 0.5, 1], [0, 1]), "same length; got 3 and 2"),
    (([0, np.nan], [0, 1]), "fpr contains NaN or inf"),
    (([1, 0], [1, 0]), "fpr must never decrease.*Did you pass \\(tpr, fpr\\)"),
    (([0, 1], [0, 1.5]), r"tpr must hold rates in \[0, 1\].*not thresholds"),
])
def test_auc_bad_input(args, words):
    with pytest.raises(ValueError, match=words):
        core.auc(*args)


def test_roc_thresholds_passed_to_auc_are_caught():
    fpr, tpr, thresholds = core.roc_curve(np.array([[0.2, 0.8, 0.5]]), np.array([[0, 1, 1]]))
    with pytest.raises(ValueError, match="NaN or inf"):
        core.auc(thresholds, tpr)


def test_metrics_do_not_modify_their_arguments():
    A = np.array([[0.3, 0.9, 0.3, 0.6]])
    Y = np.array([[0, 1, 1, 0]])
    saved = A.copy(), Y.copy()
    fpr, tpr, _ = core.roc_curve(A, Y)
    fpr_saved = fpr.copy()
    core.auc(fpr, tpr)
    core.precision_recall((A > 0.5).astype(int), Y)
    np.testing.assert_array_equal(A, saved[0])
    np.testing.assert_array_equal(Y, saved[1])
    np.testing.assert_array_equal(fpr, fpr_saved)


def test_new_names_are_public():
    for name in ("confusion_matrix", "precision_recall", "roc_curve", "auc"):
        assert name in core.__all__
