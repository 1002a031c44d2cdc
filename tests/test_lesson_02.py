"""Lesson 02 (gradient descent in one dimension): plots, explorer, self-check, exercises."""

import math
import re

import numpy as np
import pytest

import lessontext
import logreg_checks as checks
import logreg_core as core
import logreg_viz as viz
from logreg_checks import lesson02_gradient_descent as checks02
from explorer_views import assert_live_view_is_fresh

NOTEBOOK = "02_gradient_descent.ipynb"


def closed_form_bowl_path(w0, rate, n):
    """The bowl's path without any loop: w_k - 3 = (1 - 2 rate)^k (w0 - 3)."""
    k = np.arange(n + 1)
    return 3.0 + (1.0 - 2.0 * rate) ** k * (w0 - 3.0)


# --------------------------------------------------------------------------- curves and paths

def test_bowl_and_its_slope():
    w = np.linspace(-5, 10, 31)
    np.testing.assert_allclose(viz.bowl(w), (w - 3) ** 2 + 1)
    h = 1e-6
    np.testing.assert_allclose(viz.bowl_slope(w), (viz.bowl(w + h) - viz.bowl(w - h)) / (2 * h),
                               atol=1e-6)
    # the self-check's copy of the lesson's bowl is the same bowl
    np.testing.assert_allclose(checks02._lesson_bowl(w), viz.bowl(w))
    np.testing.assert_allclose(checks02._lesson_bowl_slope(w), viz.bowl_slope(w))
    for v in (-2.0, 0.0, 4.0):
        assert checks02._lesson_neuron_slope(v) == pytest.approx(viz.neuron_slope(v), rel=1e-12)


@pytest.mark.parametrize("w0, rate, n", [(0.0, 0.1, 20), (10.0, 0.3, 7), (-4.0, 0.9, 30),
                                         (0.0, 1.0, 9), (1.0, 1.1, 15), (5.0, 0.5, 3),
                                         (2.0, 0.2, 0)])
def test_descent_path_matches_the_closed_form_on_the_bowl(w0, rate, n):
    path = viz.descent_path(viz.bowl_slope, w0, rate, n)
    assert path.shape == (n + 1,) and path.dtype == np.float64
    np.testing.assert_allclose(path, closed_form_bowl_path(w0, rate, n), rtol=1e-12,
                               atol=1e-12)


def test_descent_path_stops_at_overflow_without_warnings():
    # pytest turns warnings into errors: an overflow warning would fail this test
    path = viz.descent_path(viz.bowl_slope, 10.0, 1e100, 20)
    assert not np.isfinite(path[-1]) and np.all(np.isfinite(path[:-1]))
    assert len(path) < 21
    assert viz.descent_verdict("bowl", path).startswith("diverged: w overflowed")


def test_divergence_threshold_is_two_over_the_curvature():
    assert viz.divergence_rate(viz.bowl_slope, 3.0) == pytest.approx(1.0, abs=1e-9)
    for c in (0.5, 5.0, 40.0):          # f(w) = c (w + 1)^2: f'' = 2c, border 1/c
        rate = viz.divergence_rate(lambda w, c=c: 2 * c * (w + 1), -1.0, w0=2.0)
        assert rate == pytest.approx(1 / c, rel=1e-9)
    # the path's own behaviour on either side of the border
    below = viz.descent_path(viz.bowl_slope, 0.0, 0.99, 100)
    above = viz.descent_path(viz.bowl_slope, 0.0, 1.01, 100)
    assert abs(below[-1] - 3) < 3 < abs(above[-1] - 3)
    with pytest.raises(ValueError, match="does not diverge"):
        viz.divergence_rate(viz.bowl_slope, 3.0, high=0.5)


def test_neuron_cost_and_slope_are_the_core_with_b_fixed():
    x, y = viz.one_feature_data()
    X, Y = x.reshape(1, -1), y.reshape(1, -1)
    for w in (-3.0, 0.0, 4.0, 12.0):
        assert viz.neuron_cost(w) == core.cost(np.array([[w]]), viz.NEURON_B, X, Y)
        a = 1 / (1 + np.exp(-(w * x + viz.NEURON_B)))
        assert viz.neuron_slope(w) == pytest.approx(np.mean((a - y) * x), rel=1e-12)


def test_neuron_minimum_is_where_the_slope_is_zero_and_the_cost_is_convex():
    w_star = viz.descent_minimum("neuron")
    assert abs(viz.neuron_slope(w_star)) < 1e-12
    grid = np.linspace(*viz.NEURON_W_RANGE, 301)
    costs = np.array([viz.neuron_cost(w) for w in grid])
    assert abs(grid[np.argmin(costs)] - w_star) <= 0.1
    assert np.all(np.diff([viz.neuron_slope(w) for w in grid]) > 0)      # convex
    assert viz.descent_minimum("bowl") == 3.0


# --------------------------------------------------------------------------- figures

@pytest.mark.parametrize("curve, rate, w0, n", [("bowl", 0.1, 0.0, 20), ("bowl", 1.1, 0.0, 12),
                                                ("bowl", 100.0, 10.0, 60),
                                                ("neuron", 10.0, 0.0, 20),
                                                ("neuron", 60.0, -4.0, 60)])
def test_the_path_drawn_is_the_computed_path(curve, rate, w0, n):
    f, df = (viz.bowl, viz.bowl_slope) if curve == "bowl" else (viz.neuron_cost,
                                                               viz.neuron_slope)
    path = viz.descent_path(df, w0, rate, n)
    ax = viz.descent_figure(curve, rate, w0, n).axes[0]
    curve_line, path_line = ax.lines[:2]
    drawn = path_line.get_xydata()
    shown = viz.drawn_part(path, ax.get_xlim())
    assert 1 <= len(drawn) <= n + 1
    np.testing.assert_array_equal(drawn[:, 0], path[:len(drawn)])
    np.testing.assert_allclose(drawn[:, 1], [f(w) for w in drawn[:, 0]])
    np.testing.assert_array_equal(drawn[:, 0], shown)
    if len(drawn) < n + 1:              # cut short only where the path ran far off the plot
        lo, hi = ax.get_xlim()
        assert not lo - 3 * (hi - lo) <= drawn[-1, 0] <= hi + 3 * (hi - lo)
    # the coloured dots sit on the same points, and the curve is the function itself
    np.testing.assert_array_equal(ax.collections[0].get_offsets(), drawn)
    np.testing.assert_allclose(curve_line.get_ydata(), [f(w) for w in curve_line.get_xdata()],
                               rtol=1e-12)


def test_fixed_axes_whatever_the_path():
    limits = {(viz.descent_figure("bowl", r, w0, n).axes[0].get_xlim(),
               viz.descent_figure("bowl", r, w0, n).axes[0].get_ylim())
              for r, w0, n in [(0.01, 0, 1), (0.5, 10, 5), (100.0, -4, 60)]}
    assert limits == {(viz.DESCENT_W_RANGE, (0.0, 55.0))}


def test_short_path_in_the_bowl_divergence_is_drawn_until_it_leaves():
    ax = viz.descent_figure("bowl", 100.0, 10.0, 60).axes[0]
    drawn = ax.lines[1].get_xdata()
    assert len(drawn) == 2               # 10, then -1390 (far off): drawing stops there
    assert drawn[1] == pytest.approx(10 - 100 * 14)


def test_step_sizes_figure_has_three_paths_and_titles():
    fig = viz.step_sizes_figure(rates=(0.05, 0.3, 1.1), w0=0.0, num_steps=10)
    assert len(fig.axes) == 3
    for ax, rate in zip(fig.axes, (0.05, 0.3, 1.1), strict=True):
        path = closed_form_bowl_path(0.0, rate, 10)
        assert f"α = {rate:g}" in ax.get_title()
        assert f"w = {path[-1]:.3f}" in ax.get_title()
        drawn = ax.lines[1].get_xdata()
        np.testing.assert_allclose(drawn, path[:len(drawn)], atol=1e-12)


def test_tangent_lines_have_the_slope_of_the_bowl():
    ax = viz.tangent_figure(points=(1.0, 5.0)).axes[0]
    tangents = [ln for ln in ax.lines if ln.get_label().startswith("tangent")]
    assert len(tangents) == 2
    for line, w in zip(tangents, (1.0, 5.0), strict=True):
        (x0, x1), (y0, y1) = line.get_xdata(), line.get_ydata()
        assert (y1 - y0) / (x1 - x0) == pytest.approx(viz.bowl_slope(w))
        assert x0 < w < x1 and y0 + viz.bowl_slope(w) * (w - x0) == pytest.approx(viz.bowl(w))


# --------------------------------------------------------------------------- readout and explorer

@pytest.mark.parametrize("curve, rate, w0, n, verdict", [
    ("bowl", 0.1, 0.0, 20, "not at the bottom yet"),
    ("bowl", 0.5, 0.0, 20, "reached the bottom"),
    ("bowl", 1.0, 0.0, 20, "bouncing: no closer"),
    ("bowl", 1.05, 0.0, 20, "diverged: it ended farther"),
    ("bowl", 100.0, 10.0, 60, "diverged"),
    ("bowl", 0.3, 3.0, 5, "reached the bottom"),
    ("bowl", 0.3, 0.0, 0, "no steps taken"),
    ("neuron", 10.0, 0.0, 20, "reached the bottom"),
    ("neuron", 1.0, 0.0, 20, "not at the bottom yet"),
    ("neuron", 40.0, 0.0, 60, "bouncing: its distance"),
    ("neuron", 60.0, -4.0, 60, "bouncing: its distance"),
])
def test_readout_verdicts(curve, rate, w0, n, verdict):
    text = viz.descent_readout(curve, rate, w0, n)
    assert verdict in text
    if n:
        df = viz.bowl_slope if curve == "bowl" else viz.neuron_slope
        assert f"w = {viz.descent_path(df, w0, rate, n)[-1]:.6g}" in text


def _controls(box):
    return {name: c for name, c in zip(("curve", "learning_rate", "w0", "num_steps"),
                                        box.children[0].children, strict=True)}


def test_explorer_defaults_lie_on_the_slider_grids_and_match_the_static_twin():
    box = viz.descent_explorer()
    c = _controls(box)
    d = viz.DESCENT_DEFAULTS
    assert {name: ctl.value for name, ctl in c.items()} == d
    # a SelectionSlider offers exactly these rates, so the browser cannot snap the default
    assert tuple(v for _, v in c["learning_rate"].options) == viz.DESCENT_RATES
    assert d["learning_rate"] in viz.DESCENT_RATES
    assert {0.5, 1.0, 1.05, 0.9, 10.0, 20.0, 40.0, 60.0} <= set(viz.DESCENT_RATES)
    for name in ("w0", "num_steps"):
        s = c[name]
        k = (s.value - s.min) / s.step
        assert s.min <= s.value <= s.max and k == round(k), name
    assert c["num_steps"].max == viz.DESCENT_MAX_STEPS
    assert (c["w0"].min, c["w0"].max) == viz.DESCENT_W_RANGE
    assert sorted(v for _, v in c["curve"].options) == ["bowl", "neuron"]
    assert "explorer-readout" in box.children[-1]._dom_classes
    assert box.children[-1].value == viz.descent_readout(**d)
    live = box.update(**d).axes[0].lines[1].get_xydata()
    static = viz.descent_figure(**d).axes[0].lines[1].get_xydata()
    np.testing.assert_array_equal(live, static)


def test_explorer_text_follows_the_controls():
    box = viz.descent_explorer()
    c, text = _controls(box), box.children[-1]
    before = text.value
    c["learning_rate"].value = 1.05
    assert text.value != before and "diverged" in text.value
    c["curve"].value = "neuron"
    assert "J(w)" in text.value
    c["learning_rate"].value = 10.0
    assert "reached the bottom" in text.value
    c["w0"].value = 8.0
    c["num_steps"].value = 3
    assert text.value == viz.descent_readout("neuron", 10.0, 8.0, 3)


# --------------------------------------------------------------------------- the self-check

def solution(df, w0, learning_rate, num_steps):
    w = w0
    ws = [w0]
    for _ in range(num_steps):
        w = w - learning_rate * df(w)
        ws.append(w)
    return np.array(ws)


def preallocated(df, w0, learning_rate, num_steps):
    ws = np.zeros(num_steps + 1)
    ws[0] = w0
    for k in range(num_steps):
        ws[k + 1] = ws[k] - learning_rate * df(ws[k])
    return ws


def with_np_append(df, w0, learning_rate, num_steps):
    ws = np.array([w0], dtype=float)
    while len(ws) <= num_steps:
        ws = np.append(ws, ws[-1] - learning_rate * df(ws[-1]))
    return ws


def in_float32(df, w0, learning_rate, num_steps):
    return solution(df, w0, learning_rate, num_steps).astype(np.float32)


@pytest.mark.parametrize("fn", [solution, preallocated, with_np_append, in_float32])
def test_right_answers_pass(fn):
    result = checks.check_gradient_descent(fn)
    assert result.status == checks.PASSED, result.message


def _loop(step, *, start=None, steps=lambda n: n, keep_w0=True, out=np.array, early=False):
    """A gradient_descent built from its parts, each of which can be made wrong."""
    def gradient_descent(df, w0, learning_rate, num_steps):
        w = w0
        ws = [w0] if keep_w0 else []
        for _ in range(steps(num_steps)):
            w = step(w, w0, df, learning_rate)
            ws.append(w if start is None else start(w, w0))
            if early:
                return out(ws)
        return out(ws)
    return gradient_descent


def appends_before_updating(df, w0, learning_rate, num_steps):
    w = w0
    ws = [w0]
    for _ in range(num_steps):
        ws.append(w)
        w = w - learning_rate * df(w)
    return np.array(ws)


def appends_before_updating_no_w0(df, w0, learning_rate, num_steps):
    w = w0
    ws = []
    for _ in range(num_steps):
        ws.append(w)
        w = w - learning_rate * df(w)
    return np.array(ws)


def list_append_assigned(df, w0, learning_rate, num_steps):
    w = w0
    ws = [w0]
    for _ in range(num_steps):
        w = w - learning_rate * df(w)
        ws = ws.append(w)
    return np.array(ws)


def np_append_not_assigned(df, w0, learning_rate, num_steps):
    w = w0
    ws = np.array([w0])
    for _ in range(num_steps):
        w = w - learning_rate * df(w)
        np.append(ws, w)
    return ws


def w_never_assigned(df, w0, learning_rate, num_steps):
    w = w0
    ws = [w0]
    for _ in range(num_steps):
        w - learning_rate * df(w)  # noqa: B018 - the mistake: the new value is thrown away
        ws.append(w)
    return np.array(ws)


def with_a_typo(df, w0, learning_rate, num_steps):
    return np.array([w0, w0 - learning_rat * df(w0)])  # noqa: F821 - the mistake


RIGHT_STEP = lambda w, w0, df, lr: w - lr * df(w)   # noqa: E731
lesson_f = lambda w: (w - 3) ** 2 + 1                # noqa: E731 - the notebook's f and df
lesson_df = lambda w: 2 * (w - 3)                    # noqa: E731

WRONG = {
    "plus": (_loop(lambda w, w0, df, lr: w + lr * df(w)), "climbs uphill"),
    "never updated": (_loop(lambda w, w0, df, lr: w0 - lr * df(w0)), "w never moves on"),
    "appends w0": (_loop(RIGHT_STEP, start=lambda w, w0: w0), "every value is w0"),
    "slope at w0": (_loop(lambda w, w0, df, lr: w - lr * df(w0)), "df(w0) instead of df(w)"),
    "only the last w": (lambda df, w0, lr, n: solution(df, w0, lr, n)[-1], "only the last w"),
    "a list": (_loop(RIGHT_STEP, out=list), "returned a list, not a numpy array"),
    "a tuple": (_loop(RIGHT_STEP, out=tuple), "returned a tuple, not a numpy array"),
    "num_steps values, no w0": (_loop(RIGHT_STEP, keep_w0=False), "leaves out w0"),
    "one step short": (_loop(RIGHT_STEP, steps=lambda n: n - 1), "the last value is missing"),
    "one step too many": (_loop(RIGHT_STEP, steps=lambda n: n + 1), "one step too many"),
    "w0 twice": (lambda df, w0, lr, n: np.concatenate([[w0], solution(df, w0, lr, n)]),
                 "w0 is in the array twice"),
    "f instead of df": (_loop(lambda w, w0, df, lr: w - lr * lesson_f(w)),
                        "uses f(w), the height"),
    "the bowl's slope written in": (_loop(lambda w, w0, df, lr: w - lr * lesson_df(w)),
                                    "slope of the notebook's bowl"),
    "the notebook's dJ": (_loop(lambda w, w0, df, lr: w - lr * viz.neuron_slope(w)),
                          "uses dJ, the neuron's slope"),
    "return in the loop": (_loop(RIGHT_STEP, early=True), "is `return` inside the loop"),
    "return w in the loop": (lambda df, w0, lr, n: w0 - lr * df(w0),
                             "is `return` inside the loop"),
    "divides by the rate": (_loop(lambda w, w0, df, lr: w - df(w) / lr),
                            "divide the slope by the learning rate"),
    "rate applied twice": (_loop(lambda w, w0, df, lr: w - lr * lr * df(w)),
                           "learning rate is applied twice"),
    "rate left out": (_loop(lambda w, w0, df, lr: w - df(w)), "learning rate is missing"),
    "a column": (lambda df, w0, lr, n: solution(df, w0, lr, n).reshape(-1, 1),
                 "the array has shape (6, 1)"),
    "two steps too many": (_loop(RIGHT_STEP, steps=lambda n: n + 2),
                           "returned 8 values for num_steps = 5"),
    "a wrong factor": (_loop(lambda w, w0, df, lr: w - 0.5 * lr * df(w)),
                       "wrong values from w1 on"),
    "a string": (lambda df, w0, lr, n: "3.0", "not numbers"),
    "last slot never filled": (lambda df, w0, lr, n: np.append(solution(df, w0, lr, n)[:-1], 0.0),
                               "except the last one"),
    "old w left out": (_loop(lambda w, w0, df, lr: -lr * df(w)), "the old w is missing"),
    "old w and minus left out": (_loop(lambda w, w0, df, lr: lr * df(w)),
                                 "the old w and the minus sign are missing"),
    "appends before updating": (appends_before_updating, "you append w before the update"),
    "appends before updating, empty start": (appends_before_updating_no_w0,
                                             "appends w before the update line"),
    "df not called": (_loop(lambda w, w0, df, lr: w - lr * df), "df is a function: call it"),
    "ws = ws.append(w)": (list_append_assigned, "ws = ws.append(w)"),
    "np.append not assigned": (np_append_not_assigned, "ws = np.append(ws, w)"),
    "w never assigned": (w_never_assigned, "the update line needs `w = `"),
    "appends slopes": (lambda df, w0, lr, n: np.array([df(w) for w in solution(df, w0, lr, n)]),
                       "the first value must be the start w0"),
    "a typo": (with_a_typo, "Fix that line of your function"),
}


@pytest.mark.parametrize("name", WRONG)
def test_wrong_answers_are_named(name):
    fn, phrase = WRONG[name]
    result = checks.check_gradient_descent(fn)
    assert result.status == checks.WRONG, f"{name}: {result!r}"
    assert phrase in result.message, f"{name}: {result.message}"


def test_every_named_mistake_is_told_apart():
    """The check's table of wrong paths: no two of them (nor the right one) coincide."""
    right, mistakes = checks02._descent_mistakes(4.0, 0.1, 5)
    paths = [right] + [p for p, _, _ in mistakes]
    for i, a in enumerate(paths):
        for b in paths[i + 1:]:
            assert not checks.close(a, b)


def test_zero_steps_must_give_the_start():
    def no_start_when_no_steps(df, w0, lr, n):
        return solution(df, w0, lr, n) if n else np.array([])

    result = checks.check_gradient_descent(no_start_when_no_steps)
    assert result.status == checks.WRONG and "num_steps = 0" in result.message


def test_messages_end_with_what_to_do():
    for name, (fn, _) in WRONG.items():
        message = checks.check_gradient_descent(fn).message
        assert message.rstrip().endswith((".", ")")), f"{name}: {message}"
        assert len(message) < 400, f"{name}: {len(message)} characters"


def test_the_lesson_solution_passes_the_check():
    nb = lessontext.load(NOTEBOOK)
    namespace = {"np": np}
    exec(lessontext.solution_code(nb, "Solution"), namespace)  # noqa: S102
    assert checks.check_gradient_descent(namespace["gradient_descent"]).passed
    got = namespace["gradient_descent"](viz.bowl_slope, 0.0, 0.1, 2)
    np.testing.assert_allclose(got, [0.0, 0.6, 1.08])       # the example in the exercise text


# --------------------------------------------------------------------------- exercises

def exercise_namespace():
    nb = lessontext.load(NOTEBOOK)
    namespace = {"np": np, "core": core, "viz": viz}
    exec(lessontext.solution_code(nb, "Solution"), namespace)  # noqa: S102 - Your turn's
    return nb, namespace


def exercise_solution(nb, number):
    """The code of the Solution that follows '**Exercise N.**' in the Exercises section."""
    text = "\n".join(lessontext.markdown(nb)).split("## Exercises", 1)[1]
    part = text.split(f"**Exercise {number}.", 1)[1].split("**Exercise", 1)[0]
    blocks = [b for s, b in lessontext.details(part) if s.startswith("Solution")]
    assert len(blocks) == 1
    code = "\n".join(re.findall(r"```python\n(.*?)```", blocks[0], re.S))
    return code, blocks[0]


def test_exercise_1_thirty_six_steps():
    nb, ns = exercise_namespace()
    code, text = exercise_solution(nb, 1)
    printed = lessontext.run_printing(code, ns)
    assert printed.startswith("36 steps")
    k = math.ceil(math.log(3 / 0.001) / math.log(1 / 0.8))
    assert k == 36 and "It takes 36 steps" in text
    assert lessontext.unprinted(text.split("```", 2)[-1], printed) == []


def test_exercise_2_one_step_to_the_bottom():
    nb, ns = exercise_namespace()
    code, _ = exercise_solution(nb, 2)
    printed = lessontext.run_printing(code, ns)
    assert printed.count("after one step w = 3.000000") == 3


def test_exercise_3_sharper_bowl_border():
    nb, ns = exercise_namespace()
    code, text = exercise_solution(nb, 3)
    printed = lessontext.run_printing(code, ns)
    assert lessontext.unprinted(text.split("```", 2)[-1], printed) == []
    assert viz.divergence_rate(lambda w: 10 * (w - 3), 3.0) == pytest.approx(0.2, rel=1e-9)
    d19 = abs(closed_form_bowl_path(0.0, 0.19 * 5, 50)[-1] - 3)   # same factor 1 - 10 rate
    assert f"{d19:.4g}" in printed


def test_exercise_4_threshold_between_the_classes():
    nb, ns = exercise_namespace()
    code, text = exercise_solution(nb, 4)
    printed = lessontext.run_printing(code, ns)
    assert lessontext.unprinted(text.split("```", 2)[-1], printed) == []
    low, high = 0.0, 20.0                 # the bottom for b = -3, by bisection on the slope
    for _ in range(60):
        mid = (low + high) / 2
        low, high = (mid, high) if viz.neuron_slope(mid, b=-3.0) < 0 else (low, mid)
    assert f"best w = {low:.4f}, threshold -b/w = {3.0 / low:.4f}" in printed
    assert 0.5 < 3.0 / low < 0.6


def _picture(fig):
    """What a descent figure shows, as comparable data."""
    ax = fig.axes[0]
    return {"lines": [ln.get_xydata().tolist() for ln in ax.lines],
            "dots": [c.get_offsets().tolist() for c in ax.collections],
            "colours": [np.asarray(c.get_array()).tolist() for c in ax.collections],
            "numbers": [(t.get_text(), t.xy) for t in ax.texts],
            "title": ax.get_title(), "ylabel": ax.get_ylabel(),
            "limits": (ax.get_xlim(), ax.get_ylim())}


def test_in_place_updates_show_what_a_new_figure_shows():
    box = viz.descent_explorer()
    moves = [("bowl", 1.1, 0.0, 12), ("neuron", 60.0, -4.0, 60), ("bowl", 0.5, 10.0, 0),
             ("neuron", 10.0, 0.0, 20), ("bowl", 0.1, 0.0, 20)]
    for curve, rate, w0, n in moves:
        kept = box.update(curve=curve, learning_rate=rate, w0=w0, num_steps=n)
        assert _picture(kept) == _picture(viz.descent_figure(curve, rate, w0, n))
    assert box.update(**viz.DESCENT_DEFAULTS) is kept          # one figure, kept and reused


# ----------------------------------------------------------------- the learner's function, apart
# Each class of issue 18, per check: a notebook variable, a changed input, other inputs than
# the notebook's (other shapes, integers), a raw error explained, and a difference the
# check cannot name (input, expected and returned shown). test_lesson_01 has the same table.

from notebookcell import assert_check  # noqa: E402

APART = [
    (checks.check_gradient_descent, """
def gradient_descent(df, w0, learning_rate, num_steps):
    w, ws = w0, [w0]
    for _ in range(num_steps):
        w = w - learning_rate * dJ(w)
        ws.append(w)
    return np.array(ws)""", checks.WRONG,
     ["inside dJ, a function from another cell that it calls", "is a variable from another"]),
    (checks.check_gradient_descent, """
def gradient_descent(df, w0, rate, num_steps):
    w, ws = w0, [w0]
    for _ in range(num_steps):
        w = w - learning_rate * df(w)
        ws.append(w)
    return np.array(ws)""", checks.WRONG, ["`learning_rate` is a variable from another cell"]),
    (checks.check_gradient_descent, """
def gradient_descent(df, w0, learning_rate, num_steps):
    ws = np.full(num_steps + 1, w0)
    for k in range(num_steps):
        ws[k + 1] = ws[k] - learning_rate * df(ws[k])
    return ws""", checks.WRONG,
     ["not on another: w0 = 0 is an integer", "Input: df = the slope df(w) = 2 (w - 1.5), "
      "w0 = 0", "It returned: np.array([0, 0, 0, 0]) (int64)", "np.full"]),
    (checks.check_gradient_descent, """
def gradient_descent(df, w0, learning_rate, num_steps):
    w, ws = w0, [w0]
    for _ in range(num_steps):
        if abs(df(w)) < 1e-12:
            break
        w = w - learning_rate * df(w)
        ws.append(w)
    return np.array(ws)""", checks.WRONG,
     ["not on another: w0 = 1.0 is already at the bottom", "It returned: np.array([1.])",
      "an early stop"]),
    (checks.check_gradient_descent, """
def gradient_descent(df, w0, learning_rate, num_steps):
    w, ws = w0, [w0]
    for _ in range(num_steps):
        w = w - learning_rate * df(w)
        ws.append(w)
    return numpy.array(ws)""", checks.WRONG, ["The import is missing"]),
]


@pytest.mark.parametrize(("check", "source", "status", "words"), APART,
                         ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(APART)])
def test_checks_run_the_function_apart_from_the_notebook(check, source, status, words):
    assert_check(check, source, status, *words)


def test_the_live_picture_is_the_picture_of_a_new_figure():
    """Pixel for pixel, through runs of moves that keep the axes (where the explorer draws
    only what moves on its kept background) and moves that change them."""
    moves = [("bowl", 0.1, 0.0, 20), ("bowl", 0.3, 0.0, 20), ("bowl", 0.5, 2.0, 20),
             ("bowl", 1.1, 0.0, 12), ("neuron", 60.0, -4.0, 60), ("neuron", 10.0, 0.0, 20),
             ("neuron", 20.0, 0.0, 20), ("bowl", 0.05, 10.0, 0)]
    values = [dict(curve=c, learning_rate=r, w0=w, num_steps=n) for c, r, w, n in moves]
    assert_live_view_is_fresh(viz.descent_explorer(), viz.descent_figure,
                              viz.descent_readout, values)
