"""Lesson 08 (digits): the data recipe, the pictures, the drawing grid, the preprocess
self-check (a table of right and wrong answers) and the exercise solutions."""

import numpy as np
import pytest

import lessontext
import logreg_checks as checks
import logreg_core as core
import logreg_viz as viz
from logreg_checks import lesson08_digits as checks08

NB = "08_digits.ipynb"


@pytest.fixture(scope="module")
def task():
    return viz.digits_task()


@pytest.fixture(scope="module")
def trained(task):
    X_train, Y_train, X_test, Y_test = task
    return core.model(X_train, Y_train, X_test, Y_test, viz.DIGITS_ITERATIONS,
                      core.max_stable_learning_rate(X_train))


# --------------------------------------------------------------------------- data

def test_digit_images_are_the_bundled_read_only_data():
    images, digits = viz.digit_images()
    assert images.shape == (1797, 8, 8) and digits.shape == (1797,)
    assert images.min() == 0 and images.max() == 16
    assert np.all(images == np.round(images))
    assert not images.flags.writeable and not digits.flags.writeable


def test_digits_task_follows_the_lessons_recipe(task):
    images, digits = viz.digit_images()
    X_train, Y_train, X_test, Y_test = task
    keep = (digits == 3) | (digits == 8)
    m = int(keep.sum())
    assert X_train.shape == (64, m - 100) and X_test.shape == (64, 100)
    assert Y_train.shape == (1, m - 100) and Y_test.shape == (1, 100)
    assert Y_train.dtype.kind == "i" and set(np.unique(Y_train)) == {0, 1}
    order = np.random.default_rng(viz.DIGITS_SEED).permutation(m)
    for column, i in zip(X_test.T, order[:100], strict=True):     # image i, row by row
        np.testing.assert_array_equal(column.reshape(8, 8) * 16, images[keep][i])
    np.testing.assert_array_equal(Y_test[0], digits[keep][order[:100]] == 8)
    assert 0 <= X_train.min() and X_train.max() == 1


def test_other_tasks_and_seeds():
    X_train, Y_train, X_test, _ = viz.digits_task((1, 3, 5, 7, 9), (0, 2, 4, 6, 8), seed=3,
                                                  m_test=50)
    assert X_train.shape[1] + X_test.shape[1] == 1797 and X_test.shape[1] == 50
    assert 0.4 < Y_train.mean() < 0.6
    other = viz.digits_task(seed=1)[2]
    assert not np.array_equal(other, viz.digits_task()[2])


def test_the_neuron_makes_a_few_test_mistakes_and_none_in_training(trained):
    assert trained["train_accuracy"] == 100.0
    assert 95.0 <= trained["test_accuracy"] < 100.0


# --------------------------------------------------------------------------- pictures

def test_digit_grid_draws_each_image_with_its_title():
    images = viz.digit_images()[0][:7]
    fig = viz.plot_digit_grid(images, [str(i) for i in range(7)], ncols=4, vmax=16)
    shown = [ax for ax in fig.axes if ax.get_visible()]
    assert len(fig.axes) == 8 and len(shown) == 7
    for i, ax in enumerate(shown):
        np.testing.assert_array_equal(ax.images[0].get_array(), images[i])
        assert ax.get_title() == str(i)
    columns = images.reshape(7, 64).T / 16          # (64, k) pixel columns work too
    fig = viz.plot_digit_grid(columns, list("abcdefg"), vmax=1)
    np.testing.assert_allclose(fig.axes[3].images[0].get_array(), images[3] / 16)


def test_weights_picture_is_centred_at_zero(trained):
    ax = viz.plot_weights(trained["W"])
    im = ax.images[0]
    np.testing.assert_array_equal(im.get_array(), trained["W"].reshape(8, 8))
    lo, hi = im.get_clim()
    assert lo == -hi == -np.abs(trained["W"]).max()
    assert "purple votes 8" in ax.get_title()
    bar = [t.get_text() for t in ax.figure.axes[-1].get_yticklabels()]   # numbers to read
    assert bar[0] == f"{lo:+.2f} → 3" and bar[2] == "0" and bar[-1] == f"{hi:+.2f} → 8"
    # the prose names pixels by (row, column): both axes are numbered 0 to 7
    assert list(ax.get_xticks()) == list(ax.get_yticks()) == list(range(8))
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("column", "row")


def test_digit_figure_shows_pixels_votes_and_the_verdict(task, trained):
    W, b = trained["W"], trained["b"]
    x = task[2][:, 19]
    fig = viz.digit_figure(x, W, b)
    ink, votes = fig.axes[0].images[0], fig.axes[1].images[0]
    np.testing.assert_array_equal(ink.get_array(), x.reshape(8, 8))
    np.testing.assert_allclose(votes.get_array(), (W[:, 0] * x).reshape(8, 8))
    assert votes.get_clim() == (-np.abs(W).max(), np.abs(W).max())
    p = float(core.predict_proba(W, b, x.reshape(64, 1))[0, 0])
    z, p_v, digit = viz.digit_verdict(x, W, b)
    assert p_v == pytest.approx(p) and z == pytest.approx(float(W[:, 0] @ x + b))
    assert fig._suptitle.get_text() == f"P(8) = {p:.3f}: the neuron says {digit}"
    assert f"z = {z:+.2f}" in fig.axes[1].get_title()
    # the prose places votes by (row, column): both panels are numbered 0 to 7
    for ax in fig.axes[:2]:
        assert list(ax.get_xticks()) == list(ax.get_yticks()) == list(range(8))
        assert (ax.get_xlabel(), ax.get_ylabel()) == ("column", "row")


@pytest.mark.parametrize(("level", "after"), [(0.0, 1 / 3), (1 / 3, 2 / 3), (2 / 3, 1.0),
                                              (1.0, 0.0), (0.4, 2 / 3), (0.99, 1.0)])
def test_a_click_moves_to_the_next_ink_level(level, after):
    assert viz.next_ink(level) == pytest.approx(after)


def test_ink_colours_go_from_white_to_black():
    assert viz.ink_color(0) == "#ffffff" and viz.ink_color(1) == "#000000"
    assert viz.ink_color(0.5) == "#808080" and viz.ink_color(7) == "#000000"


# --------------------------------------------------------------------------- drawing grid

@pytest.fixture
def drawer(task, trained):
    X_test, Y_test = task[2], task[3]
    presets = {"mistake": X_test[:, 19], "a 3": X_test[:, np.flatnonzero(Y_test[0] == 0)[0]]}
    return viz.digit_drawer(trained["W"], trained["b"], presets)


def picture_of(drawer):
    return bytes(drawer.picture.value)


def test_drawer_starts_on_the_first_preset_like_its_static_twin(drawer, task):
    np.testing.assert_array_equal(drawer.ink, task[2][:, 19].reshape(8, 8))
    twin = viz.digit_figure(task[2][:, 19], drawer.W, drawer.b)
    assert drawer.figure._suptitle.get_text() == twin._suptitle.get_text()
    assert drawer.figure.axes[1].get_title() == twin.axes[1].get_title()
    assert picture_of(drawer).startswith(b"\x89PNG")
    assert len(drawer.cells) == 64
    assert drawer.cells[2].style.button_color == viz.ink_color(drawer.ink[0, 2])


def test_clicks_change_ink_colour_probability_readout_and_picture(drawer, monkeypatch):
    trained_W = drawer.W.copy()
    monkeypatch.setattr(core, "optimize", lambda *a, **k: pytest.fail("retrained on a click"))
    drawer.clear()
    assert np.all(drawer.ink == 0) and drawer.cells[0].style.button_color == "#ffffff"
    blank_p, blank_text, blank_png = drawer.probability, drawer.readout.value, picture_of(drawer)
    assert blank_p == pytest.approx(float(core.sigmoid(drawer.b)))
    j = int(np.argmax(drawer.W))                      # the strongest vote for 8
    r, c = divmod(j, 8)
    for level in (1 / 3, 2 / 3, 1.0, 0.0):
        assert drawer.click(r, c) == pytest.approx(level)
        assert drawer.cells[j].style.button_color == viz.ink_color(level)
    drawer.click(r, c)
    drawer.click(r, c)
    assert drawer.ink[r, c] == pytest.approx(2 / 3)
    expected = float(core.predict_proba(drawer.W, drawer.b, drawer.ink.reshape(64, 1))[0, 0])
    assert drawer.probability == pytest.approx(expected) and expected > blank_p
    assert drawer.readout.value != blank_text and f"{expected:.3f}" in drawer.readout.value
    assert picture_of(drawer) != blank_png
    np.testing.assert_array_equal(drawer.W, trained_W)


def test_presets_load_and_are_not_changed_by_drawing(drawer):
    saved = drawer.presets["a 3"].copy()
    drawer.load("a 3")
    drawer.click(0, 0)
    np.testing.assert_array_equal(drawer.presets["a 3"], saved)
    drawer.load("a 3")
    np.testing.assert_array_equal(drawer.ink, saved)
    assert "the neuron says <b>3</b>" in drawer.readout.value


def test_drawer_can_start_blank(trained):
    blank = viz.digit_drawer(trained["W"], trained["b"], {"x": np.ones(64)}, start="")
    assert np.all(blank.ink == 0)


# --------------------------------------------------------------------------- self-check

def stub(images, digits):
    raise NotImplementedError  # your code here


def solution(images, digits):
    m = len(digits)
    return images.reshape(m, 64).T / 16, (digits == 8).astype(int).reshape(1, m)


RIGHT = {
    "the lesson's solution": solution,
    "a loop over the images": lambda im, d: (
        np.array([i.flatten() for i in im]).T / 16.0,
        np.array([[1 if v == 8 else 0 for v in d]])),
    "float32 pixels, np.where labels": lambda im, d: (
        (im.reshape(len(d), -1) / 16).astype(np.float32).T,
        np.where(d == 8, 1, 0)[np.newaxis, :]),
    "a list [X, Y]": lambda im, d: list(solution(im, d)),
    "reshape(-1, 64) and np.int8 labels": lambda im, d: (
        im.reshape(-1, 64).T * (1 / 16), (d == 8).astype(np.int8).reshape(1, -1)),
}


@pytest.mark.parametrize("name", RIGHT)
def test_right_answers_pass(name):
    result = checks.check_preprocess(RIGHT[name])
    assert result.status == checks.PASSED, f"{name}: {result!r}"


def _bad_inplace(images, digits):
    images /= 16
    return solution(images * 16, digits)


def _bad_digits_inplace(images, digits):
    X, Y = solution(images, digits)
    digits[:] = 0
    return X, Y


WRONG = {
    "forgot to scale": (lambda im, d: (im.reshape(len(d), 64).T, solution(im, d)[1]),
                        "forgot to scale"),
    "divided by 255": (lambda im, d: (im.reshape(len(d), 64).T / 255, solution(im, d)[1]),
                       "divided by 255"),
    "each image by its own max": (lambda im, d: (
        (im.reshape(len(d), 64) / im.reshape(len(d), 64).max(axis=1, keepdims=True)).T,
        solution(im, d)[1]), "its own largest value"),
    "divided by the batch's largest pixel": (lambda im, d: (
        im.reshape(len(d), 64).T / im.max(), solution(im, d)[1]), "images.max()"),
    "the notebook's m in reshape": (lambda im, d: (
        im.reshape(357, 64).T / 16, solution(im, d)[1]), "wrong number of images"),
    "the notebook's m for the labels": (lambda im, d: (
        solution(im, d)[0], (d == 8).astype(int).reshape(1, 357)), "m = len(digits)"),
    "floor division": (lambda im, d: (im.reshape(len(d), 64).T // 16, solution(im, d)[1]),
                       "floor division"),
    "one image per row": (lambda im, d: (im.reshape(len(d), 64) / 16, solution(im, d)[1]),
                          "one image per row"),
    "one image per row, unscaled": (lambda im, d: (im.reshape(len(d), 64),
                                                   solution(im, d)[1]),
                                    "also not divided by 16"),
    "reshape(64, m) scrambles": (lambda im, d: (im.reshape(64, len(d)) / 16,
                                                solution(im, d)[1]), "reshape(64, m)"),
    "flattened column by column": (lambda im, d: (
        im.transpose(0, 2, 1).reshape(len(d), 64).T / 16, solution(im, d)[1]),
        "column by column"),
    "not flattened": (lambda im, d: (im / 16, solution(im, d)[1]), "not flattened"),
    "one long line": (lambda im, d: (im.ravel() / 16, solution(im, d)[1]), "one long line"),
    "labels left as digits": (lambda im, d: (solution(im, d)[0], d.reshape(1, -1)),
                              "digits themselves"),
    "booleans": (lambda im, d: (solution(im, d)[0], (d == 8).reshape(1, -1)), "True/False"),
    "float labels": (lambda im, d: (solution(im, d)[0], (d == 8).reshape(1, -1) * 1.0),
                     "whole numbers"),
    "the 3s are 1": (lambda im, d: (solution(im, d)[0],
                                    (d == 3).astype(int).reshape(1, -1)), "wrong class is 1"),
    "Y 1-D": (lambda im, d: (solution(im, d)[0], (d == 8).astype(int)), "reshape(1, -1)"),
    "Y a column": (lambda im, d: (solution(im, d)[0], (d == 8).astype(int).reshape(-1, 1)),
                   "one row"),
    "X a list": (lambda im, d: ([list(i.ravel() / 16) for i in im], solution(im, d)[1]),
                 "X is a list"),
    "Y a list": (lambda im, d: (solution(im, d)[0], [int(v == 8) for v in d]), "Y is a list"),
    "swapped": (lambda im, d: solution(im, d)[::-1], "returned (Y, X)"),
    "only X": (lambda im, d: solution(im, d)[0], "return X, Y"),
    "three things": (lambda im, d: (*solution(im, d), None), "return X, Y"),
    "changed the images": (_bad_inplace, "changes its argument images in place"),
    "changed the digits": (_bad_digits_inplace, "changes its argument digits in place"),
    "some other values": (lambda im, d: (solution(im, d)[0] ** 2, solution(im, d)[1]),
                          "wrong values"),
    "wrong labels": (lambda im, d: (solution(im, d)[0], np.zeros((1, len(d)), int)),
                     "wrong labels"),
}


@pytest.mark.parametrize("name", WRONG)
def test_wrong_answers_are_named(name):
    fn, mistake = WRONG[name]
    result = checks.check_preprocess(fn)
    assert result.status == checks.WRONG, f"{name}: {result!r}"
    assert mistake in result.message, f"{name}: {result.message}"
    first = result.message.split(". ")
    assert len(result.message) < 400 and len(first) >= 1


def test_stub_and_forgotten_return():
    assert checks.check_preprocess(stub).status == checks.NOT_ATTEMPTED
    result = checks.check_preprocess(lambda im, d: None)
    assert result.status == checks.WRONG and "forget `return`" in result.message


def test_check_does_not_let_a_learner_change_its_data():
    checks.check_preprocess(_bad_inplace)
    images, digits = checks08._preprocess_case()
    assert images.max() == 15 and set(np.unique(digits)) == {3, 8}
    assert checks.check_preprocess(solution).passed


# --------------------------------------------------------------------------- the lesson

@pytest.fixture(scope="module")
def lesson():
    return lessontext.load(NB)


@pytest.fixture(scope="module")
def namespace(task, trained):
    X_train, Y_train, _, _ = task
    return {"np": np, "core": core, "viz": viz, "X_train": X_train, "Y_train": Y_train,
            "W": trained["W"], "W0": np.zeros((64, 1)), "b0": 0.0,
            "safe": core.max_stable_learning_rate(X_train)}


def test_your_turn_solution_passes_the_check(lesson):
    ns = {"np": np}
    exec(lessontext.solution_code(lesson, "Solution") + "\n", ns)   # noqa: S102
    assert checks.check_preprocess(ns["preprocess"]).passed


@pytest.mark.parametrize(("number", "stated"), [
    (1, ["[2, 1, 0, 1, 0, 1, 0, 1, 2, 0]", "from 0 to 2", "mean 0.8"]),
    (2, ["92.3 %", "91.0 %"]),
    (3, ["0.6146", "0.69", "5.88", "184.73", "0.0026"]),
    (4, ["10 zero weights", "10 always-blank"]),
])
def test_exercise_solutions_print_what_their_text_states(lesson, namespace, number, stated):
    blocks = [body for cell in lessontext.markdown(lesson)
              for summary, body in lessontext.details(cell) if summary == "Solution"]
    body = blocks[number]              # blocks[0] is the Your turn solution
    code = lessontext.solution_code({"cells": [{"cell_type": "markdown", "source": [
        "<details><summary>Solution</summary>" + body + "</details>"]}]}, "Solution")
    printed = lessontext.run_printing(code, dict(namespace))
    prose = lessontext.DETAILS.sub(" ", body)
    prose = lessontext.FENCED.sub(" ", body)
    assert lessontext.unprinted(prose, printed) == [], printed
    for text in stated:
        assert text in prose, text
    if number == 1:
        assert "[2, 1, 0, 1, 0, 1, 0, 1, 2, 0]" in printed
    if number == 4:
        assert "10 weights are exactly 0; 10 pixels" in printed and "True" in printed


# ----------------------------------------------------------------- the learner's function, apart
# Each class of issue 18, per check: a notebook variable, a changed input, other inputs than
# the notebook's (other shapes, integers), a raw error explained, and a difference the
# check cannot name (input, expected and returned shown). test_lesson_01 has the same table.

from notebookcell import assert_check  # noqa: E402

_PREPROCESS = """
def preprocess(images, digits):
    X = images.reshape({m}, 64).T / 16
    Y = (digits == 8).astype(int).reshape(1, -1)
    return X, Y"""

APART = [
    (checks.check_preprocess, _PREPROCESS.format(m="m"), checks.WRONG,
     ["`m` is a variable from another cell", "m = len(images)"]),
    (checks.check_preprocess, _PREPROCESS.format(m="10"), checks.WRONG,
     ["fails on another: one image, m = 1", "cannot reshape", "m = len(digits)"]),
    (checks.check_preprocess, "def preprocess(images, digits):\n    images /= 16\n"
                              "    return images.reshape(len(digits), 64).T, "
                              "(digits == 8).astype(int).reshape(1, -1)", checks.WRONG,
     ["changes its argument images in place", "Compute on a copy"]),
    (checks.check_preprocess, _PREPROCESS.format(m="-1").replace(
        "reshape(1, -1)", "reshape(1, -1) if len(digits) > 1 else digits"), checks.WRONG,
     ["not on another: one image, m = 1", "Expected: ", "It returned: "]),
    (checks.check_preprocess, _PREPROCESS.format(m="len(digits)"), checks.PASSED, []),
]


@pytest.mark.parametrize(("check", "source", "status", "words"), APART,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(APART)])
def test_checks_run_the_function_apart_from_the_notebook(check, source, status, words):
    assert_check(check, source, status, *words)
