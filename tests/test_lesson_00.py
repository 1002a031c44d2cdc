"""Lesson 00 (start here): the widget-check figure and its one-slider explorer."""

import math
import re

import numpy as np
import pytest

import lessontext
import logreg_viz as viz
from explorer_views import assert_live_view_is_fresh
import matplotlib.pyplot as plt





def logistic(v):
    return 1 / (1 + math.exp(-v))


@pytest.mark.parametrize("k", [0.25, 1.0, 3.5])
def test_widget_check_figure_draws_sigma_of_kz(k):
    fig = viz.widget_check_figure(k=k)
    ax = fig.axes[0]
    curve = ax.lines[0]
    z = curve.get_xdata()
    assert (z[0], z[-1]) == (-6, 6)
    np.testing.assert_allclose(curve.get_ydata(), [logistic(k * v) for v in z], atol=1e-12)
    assert f"{k:.2f}" in ax.get_title()
    assert ax.get_legend().get_texts()[0].get_text() == f"$\\sigma({k:.2f}\\,z)$"
    assert ax.get_xlabel() and ax.get_ylabel()


def test_widget_check_explorer_redraws_and_reads_out():
    explorer = viz.widget_check_explorer()
    slider = explorer.children[0].children[0]
    assert slider.value == 1.0          # starts where the static twin is drawn
    fig = explorer.update(k=2.0)
    curve = fig.axes[0].lines[0]
    z = curve.get_xdata()
    np.testing.assert_allclose(curve.get_ydata(), [logistic(2 * v) for v in z], atol=1e-12)
    # the readout: sigma(k z) = 0.9 where z = ln(9) / k; check by evaluating sigma there
    text = explorer.children[2].value
    z90 = float(text.rsplit("z = ", 1)[1])
    assert logistic(2 * z90) == pytest.approx(0.9, abs=1e-3)


def test_moving_the_slider_redraws_through_the_observer():
    explorer = viz.widget_check_explorer()
    slider = explorer.children[0].children[0]
    slider.value = 3.0
    assert explorer.children[2].value.startswith("k = 3.00")


def test_widget_check_live_view_does_not_depend_on_slider_history():
    values = [{"k": 2.0}, {"k": 0.25}, {"k": 4.0}, {"k": 3.75}, {"k": 1.0}]
    assert_live_view_is_fresh(viz.widget_check_explorer(), viz.widget_check_figure,
                              viz.widget_check_readout, values)


# --------------------------------------------------------------------------- the neuron picture

def texts(ax):
    return [t.get_text() for t in ax.texts]


@pytest.mark.parametrize("n", [1, 2, 3, 5, viz.NEURON_MAX_INPUTS])
def test_plot_neuron_labels_every_input_and_weight(n):
    ax = viz.plot_neuron(n_inputs=n)
    shown = texts(ax)
    for i in range(1, n + 1):
        assert f"$x_{{{i}}}$" in shown and f"$w_{{{i}}}$" in shown
    assert f"$x_{{{n + 1}}}$" not in shown
    circles = [p for p in ax.patches if isinstance(p, plt.Circle)]
    assert len(circles) == n + 1                          # the inputs and the sum node
    arrows = [t for t in ax.texts if getattr(t, "arrow_patch", None) is not None]
    assert len(arrows) == n + 3                           # inputs, bias, z, a
    joined = " ".join(shown)
    for needle in ("bias $b$", "$z$", "$a$", r"\Sigma", r"\sigma(z)", "+ b$"):
        assert needle in joined, needle
    assert f"{n} input" in ax.get_title()


def test_plot_neuron_sigmoid_icon_is_the_sigmoid():
    ax = viz.plot_neuron(n_inputs=2)
    icon = ax.lines[0]
    y = icon.get_ydata()
    assert np.all(np.diff(y) > 0)                         # rises
    assert y[0] == pytest.approx(-0.3, abs=0.01) and y[-1] == pytest.approx(0.3, abs=0.01)


def test_plot_neuron_draws_on_a_given_axes():
    _, ax = plt.subplots()
    assert viz.plot_neuron(ax, n_inputs=1) is ax
    assert not ax.axison


@pytest.mark.parametrize(("bad", "error"), [(0, ValueError), (9, ValueError), (2.0, TypeError),
                                            (True, TypeError), ("3", TypeError)])
def test_plot_neuron_rejects_bad_input_counts(bad, error):
    with pytest.raises(error, match="n_inputs"):
        viz.plot_neuron(n_inputs=bad)


# --------------------------------------------------------------------------- the glossary

GLOSSARY_TERMS = [
    "neuron", "feature", "sample", "label", "weight", "bias", "logit", "sigmoid", "activation",
    "probability", "log", "slope", "derivative", "partial derivative", "gradient",
    "gradient descent", "learning rate", "iteration", "loss", "cost", "cross-entropy",
    "likelihood", "convex", "saturation", "chain rule", "vectorisation", "broadcasting",
    "linearly separable", "finite difference", "gradient checking", "standardise",
    "threshold", "accuracy", "confusion matrix", "precision", "recall", "overfitting",
    "regularisation", "the source post",
    # used by lessons 00 and 01 before (or without) a definition; added after a review
    "dot product", "matrix", "matrix product", "class", "quotient rule", "random seed",
    "centred difference", "widget",
    # introduced by lesson 02
    "tangent line", "second derivative", "diverge",
    # used by lesson 06
    "decision boundary", "log scale", "callback", "Hessian", "eigenvalue",
    # introduced by lesson 09
    "validation set", "positive class", "true positive", "false positive", "false negative",
    "true negative", "sensitivity", "specificity", "false positive rate", "F1 score",
    "ROC curve", "AUC", "odds", "log-odds", "calibration",
    # introduced by lesson 13
    "network", "layer", "hidden layer", "hidden neuron", "tanh", "symmetry breaking",
    "optimiser", "automatic differentiation",
]


def glossary_rows():
    nb = lessontext.load("00_start_here.ipynb")
    text = next(t for t in lessontext.markdown(nb) if t.startswith("## Glossary"))
    rows = [ln for ln in text.splitlines() if ln.startswith("| ") and "---" not in ln][1:]
    return {r.split("|")[1].strip().removeprefix(STAR).strip():
            [c.strip() for c in r.split("|")[2:-1]] for r in rows}


STAR = "★"   # marks the terms a learner needs before lesson 01


def starred_terms():
    nb = lessontext.load("00_start_here.ipynb")
    text = next(t for t in lessontext.markdown(nb) if t.startswith("## Glossary"))
    return {ln.split("|")[1].strip().removeprefix(STAR).strip() for ln in text.splitlines()
            if ln.startswith("| ") and ln.split("|")[1].strip().startswith(STAR)}


def test_glossary_marks_the_terms_needed_before_lesson_01():
    starred = starred_terms()
    # this page explains these, and lesson 01 uses them from its first cell
    assert {"neuron", "feature", "sample", "label", "weight", "bias", "logit", "sigmoid",
            "probability", "threshold", "shape", "broadcasting"} <= starred
    # these come in later lessons
    assert not starred & {"Hessian", "eigenvalue", "chain rule", "cross-entropy", "AUC"}


def test_glossary_has_every_term_with_a_meaning_and_chinese():
    rows = glossary_rows()
    terms = {t for name in rows for t in name.split(", ")}
    missing = [t for t in GLOSSARY_TERMS if t not in terms]
    assert not missing, f"not in the glossary: {missing}"
    for name, (meaning, chinese) in rows.items():
        assert len(meaning.split()) >= 4, f"{name}: no plain meaning"
        assert re.search(r"[\u4e00-\u9fff]", chinese), f"{name}: no Chinese term"


def test_glossary_writes_the_update_with_the_arrow_of_lesson_02():
    meaning, _ = glossary_rows()["gradient descent"]
    assert r"\leftarrow" in meaning and ":=" not in meaning


def test_glossary_says_log_is_the_natural_log():
    meaning, chinese = glossary_rows()["log"]
    assert "natural" in meaning and "lg" in meaning and "ln" in chinese


# --------------------------------------------------------------------------- the quick check

@pytest.mark.parametrize(("typed", "verdict"), [("1/2", "✅"), (" 1 / 2 ", "✅"), ("0,5", "✅"),
                                                ("1/4", "❌ Not 0.25"), ("1/0", "Type a number"),
                                                ("half", "Type a number")])
def test_numeric_quiz_answers_accept_a_fraction(typed, verdict):
    q = viz.quiz([{"question": "sigma(0)?", "answer": 0.5, "tolerance": 1e-3,
                   "why": "e^0 = 1, so 1 / (1 + 1) = 1/2."}])
    assert q.answer(0, typed).startswith(verdict)
