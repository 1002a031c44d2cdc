"""Plots and widget explorers shared by the lessons.

Every plot function draws on an ``ax`` it is given (or a new one), returns the axes,
and changes no global matplotlib state, so the same call is both a lesson's static
figure and the body of its live explorer. Explorers wrap those functions with
ipywidgets; their static twin is the plain call with the default values.
"""

import functools
import io

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.backend_bases import FigureCanvasBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

import logreg_core as core

CLASS_COLORS = ("#d95f02", "#1b9e77")   # label 0, label 1; readable by the colour-blind
CLASS_MARKERS = ("o", "s")


def _axes(ax, figsize=(5, 3.5)):
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    return ax


# --------------------------------------------------------------------------- shared

def plot_points(X, Y, ax=None, *, hollow=False, label_prefix=""):
    """Scatter the two classes of a 2-feature X (2, m) with labels Y (1, m)."""
    ax = _axes(ax)
    X, Y = np.asarray(X), np.asarray(Y).ravel()
    for label in (0, 1):
        pts = X[:, Y == label]
        color = CLASS_COLORS[label]
        ax.scatter(pts[0], pts[1], marker=CLASS_MARKERS[label], s=45, zorder=3,
                   facecolors="none" if hollow else color, edgecolors=color,
                   linewidths=1.5, label=f"{label_prefix}y = {label}")
    return ax


def plot_cost_curve(costs, record_every=100, ax=None, *, label=None, logy=False):
    """The recorded costs against the iteration at which each was recorded."""
    ax = _axes(ax)
    its = np.arange(len(costs)) * record_every
    ax.plot(its, costs, marker="." if len(costs) < 40 else None, label=label)
    ax.set_xlabel("iteration")
    ax.set_ylabel("cost J")
    if logy:
        ax.set_yscale("log")
    ax.grid(alpha=0.3)
    return ax


def plot_decision_boundary(W, b, X, Y, ax=None, *, X_test=None, Y_test=None,
                           resolution=120, margin=0.3):
    """Probability heat-map of a 2-feature neuron, its 0.5 boundary, and the points.

    Training points are filled, test points (if given) hollow. Returns the axes.
    """
    ax = _axes(ax, (5, 4))
    X = np.asarray(X, dtype=float)
    allX = X if X_test is None else np.hstack([X, np.asarray(X_test, dtype=float)])
    lo, hi = allX.min(axis=1), allX.max(axis=1)
    pad = margin * np.maximum(hi - lo, 1e-9)
    g0 = np.linspace(lo[0] - pad[0], hi[0] + pad[0], resolution)
    g1 = np.linspace(lo[1] - pad[1], hi[1] + pad[1], resolution)
    G0, G1 = np.meshgrid(g0, g1)
    P = core.predict_proba(W, b, np.vstack([G0.ravel(), G1.ravel()])).reshape(G0.shape)
    ax.imshow(P, origin="lower", extent=(g0[0], g0[-1], g1[0], g1[-1]), aspect="auto",
              cmap="PuOr", vmin=0, vmax=1, alpha=0.55, interpolation="bilinear")
    if P.min() < 0.5 < P.max():
        ax.contour(G0, G1, P, levels=[0.5], colors="k", linewidths=1.5)
    plot_points(X, Y, ax, label_prefix="train ")
    if X_test is not None:
        plot_points(X_test, Y_test, ax, hollow=True, label_prefix="test ")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return ax


def cost_grid(X, Y, p0, p1, *, vary=("w1", "w2"), W=None, b=0.0):
    """The cost J on a grid of two parameters, the others held fixed.

    vary names two of "w1", "w2", ..., "b"; p0 and p1 are 1-D grids for them.
    Returns an array of shape (len(p1), len(p0)), ready for contour(p0, p1, J).
    """
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    n = X.shape[0]
    W = np.zeros((n, 1)) if W is None else np.asarray(W, dtype=float).reshape(n, 1)
    P0, P1 = np.meshgrid(np.asarray(p0, float), np.asarray(p1, float))
    # every grid point's logits at once: Z[k, i] = z of sample i at grid point k
    Wg = np.repeat(W.T, P0.size, axis=0)                       # (K, n)
    bg = np.full(P0.size, float(b))
    for name, values in zip(vary, (P0.ravel(), P1.ravel()), strict=True):
        if name == "b":
            bg = values
        else:
            Wg[:, int(name[1:]) - 1] = values
    Z = Wg @ X + bg[:, None]
    return core.logistic_loss(Z, np.broadcast_to(Y, Z.shape)).mean(axis=1).reshape(P0.shape)


def plot_cost_contour(X, Y, p0, p1, ax=None, *, vary=("w1", "w2"), W=None, b=0.0,
                      levels=25, path=None):
    """Contour of J over two parameters, optionally with a descent path (k, 2) drawn on."""
    ax = _axes(ax, (5, 4))
    J = cost_grid(X, Y, p0, p1, vary=vary, W=W, b=b)
    cs = ax.contourf(p0, p1, J, levels=levels, cmap="viridis")
    ax.contour(p0, p1, J, levels=levels, colors="w", linewidths=0.3, alpha=0.5)
    ax.figure.colorbar(cs, ax=ax, label="cost J")
    names = {"b": "$b$"} | {f"w{i}": f"$w_{i}$" for i in range(1, 10)}
    ax.set_xlabel(names[vary[0]])
    ax.set_ylabel(names[vary[1]])
    if path is not None:
        path = np.asarray(path)
        ax.plot(path[:, 0], path[:, 1], "w.-", ms=3, lw=1)
        ax.plot(path[-1, 0], path[-1, 1], "r*", ms=12)
    return ax


def figure_png(fig):
    """The figure as PNG bytes, drawn once.

    IPython's inline backend renders with bbox_inches="tight", which draws the figure an
    extra time to find its extent, and compresses hard; an explorer redraws on every slider
    move, so it keeps the figure's own fixed margins and compresses lightly (a larger PNG
    that only travels from the kernel to this machine's browser).

    A figure without a drawing canvas of its own (made with ``Figure()``, or closed with
    ``plt.close``, which matplotlib >= 3.10 detaches from its canvas) gets an Agg canvas
    that it keeps: otherwise every savefig would make a new renderer and measure and
    parse all its text again (about a third of an explorer update).
    """
    if type(fig.canvas) is FigureCanvasBase:
        FigureCanvasAgg(fig)   # sets fig.canvas
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=fig.dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def tight_layout_once(fig):
    """tight_layout now, then fixed margins: no layout engine is left on the figure.

    fig.tight_layout() leaves a placeholder layout engine behind, and savefig then draws
    the figure an extra time (without rendering) before rendering it: 30-40 % of an
    explorer update. Use this for figures an explorer keeps and updates; their limits and
    tick labels must not need a new layout as the values change.
    """
    fig.tight_layout()
    fig.set_layout_engine(None)
    return fig


def explore(draw, controls, *, extra=None, leading=(), update=None):
    """A live explorer: redraw whenever a control changes.

    draw : function of the controls' values returning a matplotlib Figure (the same
           function gives the static twin when called with the default values)
    controls : dict name -> ipywidgets control
    extra : optional function of the same values returning an HTML string shown under
            the plot (numbers a reader and the browser test can read as text)
    leading : widgets placed before the controls (a Play button linked to a slider)
    update : optional function ``update(fig, **values)`` that changes the artists of a
            figure made by ``draw`` in place (line data, image arrays, texts). With it the
            explorer draws its figure once and keeps it: a slider move only updates and
            re-renders, which is several times faster than building a new figure. For a
            change it cannot make in place, update may return a new figure instead.

    Returns a VBox (controls, picture, readout); its ``update(**values)`` redraws directly
    (tests, benchmarks) and returns the figure shown.
    """
    picture = widgets.Image(format="png", layout=widgets.Layout(max_width="100%"))
    text = widgets.HTML(layout=widgets.Layout(min_height="1.5em"))
    text.add_class("explorer-readout")
    kept = {}

    def redraw(**values):
        fig = kept.get("fig")
        if update is not None and fig is not None:
            new = update(fig, **values)
            if new is not None and new is not fig:   # a change the figure cannot follow
                plt.close(new)                        # kept out of pyplot, as below
                fig = kept["fig"] = new
        else:
            fig = draw(**values)
            if update is not None:
                kept["fig"] = fig
        if extra is not None:
            text.value = extra(**values)
        picture.value = figure_png(fig)
        if update is None:
            plt.close(fig)   # the picture keeps the PNG; open figures would leak memory
        return fig

    def refresh(_change=None):
        redraw(**{name: c.value for name, c in controls.items()})

    for control in controls.values():
        control.observe(refresh, names="value")
    # wrap onto a second line rather than squeeze sliders to nothing in narrow windows
    row = widgets.HBox([*leading, *controls.values()],
                       layout=widgets.Layout(flex_flow="row wrap"))
    box = widgets.VBox([row, picture, text])
    box.update = redraw
    refresh()
    if update is not None:
        plt.close(kept["fig"])   # kept for updates, but out of pyplot's list of figures
    return box


# --------------------------------------------------------------------------- quick checks

QUIZ_TITLE = "Quick check"


class Quiz(widgets.VBox):
    """The quick check at the end of a lesson: questions, each with a Check button.

    Made by quiz(). Its plain-text form (what GitHub and exported HTML show, where widgets
    do not run) lists every question and its options, so the page still reads.
    """

    def __init__(self, questions):
        self.questions = [_validated_question(i, q) for i, q in enumerate(questions, 1)]
        self._inputs, self._feedback = [], []
        rows = [widgets.HTML(f"<b>{QUIZ_TITLE}</b>: answer, then press Check.")]
        for i, q in enumerate(self.questions):
            if "options" in q:
                field = widgets.RadioButtons(options=[o[0] for o in q["options"]], value=None,
                                             layout=widgets.Layout(width="auto"))
            else:
                field = widgets.Text(placeholder="a number", description="answer")
            button = widgets.Button(description="Check")
            feedback = widgets.HTML()
            button.on_click(lambda _b, i=i: self.check(i))
            self._inputs.append(field)
            self._feedback.append(feedback)
            rows += [widgets.HTML(f"<p>{i + 1}. {q['question']}</p>"), field, button, feedback]
        super().__init__(rows)

    def answer(self, i, value):
        """Answer question i (0-based) with an option's text or a number, and check it."""
        self._inputs[i].value = value if "options" in self.questions[i] else str(value)
        return self.check(i)

    def check(self, i):
        """Judge the current answer to question i; show and return the explanation."""
        q, value = self.questions[i], self._inputs[i].value
        if "options" in q:
            if value is None:
                text = "Choose one of the options first."
            else:
                _, right, why = next(o for o in q["options"] if o[0] == value)
                text = f"{'✅ Right' if right else '❌ Not this one'}: {why}"
        else:
            number = _number_or_none(value)
            if number is None:
                text = "Type a number first (for example 0.25 or 1/4)."
            elif abs(number - q["answer"]) <= q["tolerance"]:
                text = f"✅ Right: {q['why']}"
            else:
                text = f"❌ Not {number:g}: {q['why']}"
        self._feedback[i].value = text
        return text

    def __repr__(self):
        lines = [f"{QUIZ_TITLE} (run this cell in Jupyter to answer and see why):"]
        for i, q in enumerate(self.questions, 1):
            lines.append(f"{i}. {q['question']}")
            if "options" in q:
                lines += [f"   ({chr(97 + k)}) {o[0]}" for k, o in enumerate(q["options"])]
            else:
                lines.append("   (answer with a number)")
        return "\n".join(lines)

    def _repr_mimebundle_(self, **kwargs):
        # ipywidgets cuts text/plain at 110 characters; the whole quiz should read as text
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = repr(self)
        return bundle


def _number_or_none(text):
    """The number a learner typed ("0.25", " 1e-3 ", "1,5" -> 1.5, "1/4" -> 0.25), or None."""
    parts = str(text).strip().replace(",", ".").split("/")
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        return None
    if len(numbers) == 2 and numbers[1] != 0:
        numbers = [numbers[0] / numbers[1]]
    number = numbers[0] if len(numbers) == 1 else np.nan
    return number if np.isfinite(number) else None


def _validated_question(i, q):
    if not isinstance(q, dict) or "question" not in q:
        raise TypeError(f"question {i} must be a dict with a 'question' key; got {q!r}.")
    if "options" in q:
        options = [tuple(o) for o in q["options"]]
        if len(options) < 2 or any(len(o) != 3 for o in options):
            raise ValueError(f"question {i}: options must be (text, is_right, why) triples, "
                             f"at least two of them.")
        if sum(bool(o[1]) for o in options) != 1:
            raise ValueError(f"question {i}: exactly one option must be right.")
        return {"question": q["question"], "options": options}
    if {"answer", "tolerance", "why"} <= q.keys():
        return dict(q)
    raise ValueError(f"question {i} needs either 'options' or 'answer', 'tolerance' and 'why'.")


def quiz(questions):
    """A quick check: a list of questions, each answered with a Check button.

    A multiple-choice question is {"question": text, "options": [(text, is_right, why),
    ...]} with exactly one right option; every option says why it is right or wrong. A
    numeric one is {"question": text, "answer": number, "tolerance": number, "why": text}.
    Texts may use simple HTML. Returns a Quiz; ``quiz.answer(i, value)`` answers question
    i from code (tests) and returns the feedback shown.
    """
    return Quiz(questions)


# --------------------------------------------------------------------------- lesson 00

def widget_check_figure(k=1.0):
    """Lesson 00's widget test: the curve sigmoid(k z) for z in [-6, 6]. Returns the Figure.

    The explorer keeps this figure and moves the curve with widget_check_update.
    """
    fig, ax = plt.subplots(figsize=(5, 3))
    z = np.linspace(-6, 6, 241)
    curve, = ax.plot(z, np.zeros_like(z), color="C0", lw=2, label="$\\sigma(kz)$")
    ax.axhline(0.5, color="0.6", lw=0.8, ls=":")
    ax.set_xlim(-6.6, 6.6)           # fixed limits (matplotlib's 5 % margins): no relimit
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel("$z$")
    ax.set_ylabel("$\\sigma(kz)$")
    legend = ax.legend(loc="upper left")
    fig._widget_check_parts = (curve, legend.get_texts()[0], ax.set_title(""))
    widget_check_update(fig, k)
    tight_layout_once(fig)           # the title's height does not depend on k
    return fig


def widget_check_update(fig, k):
    """Move a widget_check_figure to steepness k: new curve, legend text and title."""
    curve, legend_text, title = fig._widget_check_parts
    label = f"$\\sigma({k:.2f}\\,z)$"
    curve.set_ydata(core.sigmoid(k * curve.get_xdata()))
    curve.set_label(label)
    legend_text.set_text(label)
    title.set_text(f"Widget check: steepness k = {k:.2f}")
    return fig


def widget_check_readout(k=1.0):
    """The explorer's text: where sigma(k z) reaches 0.9."""
    z90 = np.log(9) / k   # sigmoid(k z) = 0.9 where k z = ln 9
    return f"k = {k:.2f}: the curve reaches 0.9 at z = {z90:.2f}"


def widget_check_explorer():
    """A one-slider explorer: if it redraws when dragged, widgets work in this front end."""
    slider = widgets.FloatSlider(value=1.0, min=0.25, max=4.0, step=0.25, description="k",
                                 readout_format=".2f")
    return explore(widget_check_figure, {"k": slider}, extra=widget_check_readout,
                   update=widget_check_update)


NEURON_MAX_INPUTS = 8


def plot_neuron(ax=None, n_inputs=3):
    """The neuron as a picture: inputs x_1..x_n, weights w_1..w_n on the arrows, a sum node
    that adds the bias b (giving z), the sigmoid box, and the output a. Returns the axes.

    n_inputs : int from 1 to NEURON_MAX_INPUTS, how many input circles to draw.
    """
    if isinstance(n_inputs, bool) or not isinstance(n_inputs, (int, np.integer)):
        raise TypeError(f"n_inputs must be a whole number; got {type(n_inputs).__name__} "
                        f"{n_inputs!r}. Try plot_neuron(n_inputs=3).")
    if not 1 <= n_inputs <= NEURON_MAX_INPUTS:
        raise ValueError(f"n_inputs must be between 1 and {NEURON_MAX_INPUTS}; got "
                         f"{n_inputs}. More inputs do not fit on the picture.")
    n = int(n_inputs)
    own = ax is None
    ax = _axes(ax, (8, 0.8 + 0.75 * max(n, 3)))
    ys = np.linspace(n - 1, 0, n) - (n - 1) / 2          # input heights, centred on 0
    span = max(ys.max(), 1.0)
    sum_xy, sig_xy, out_xy = (4.6, 0.0), (7.0, 0.0), (9.1, 0.0)
    arrow = {"arrowstyle": "-|>", "color": "0.25", "lw": 1.3, "shrinkA": 16, "shrinkB": 20}
    for i, y in enumerate(ys, 1):
        ax.add_patch(plt.Circle((1.0, y), 0.3, facecolor="#e8f1fb", edgecolor="C0", lw=1.5))
        ax.text(1.0, y, f"$x_{{{i}}}$", ha="center", va="center", fontsize=12)
        ax.annotate("", sum_xy, (1.0, y), arrowprops=arrow)
        # the weight sits on its arrow, a third of the way from the input
        ax.text(1.0 + 0.36 * (sum_xy[0] - 1.0), y + 0.36 * (sum_xy[1] - y) + 0.12,
                f"$w_{{{i}}}$", ha="center", va="bottom", fontsize=11, color="C3")
    # the sum node, with the bias coming in from above
    ax.add_patch(plt.Circle(sum_xy, 0.42, facecolor="#fff4e0", edgecolor="C1", lw=1.5))
    ax.text(*sum_xy, r"$\Sigma$", ha="center", va="center", fontsize=15)
    bias_xy = (sum_xy[0], span + 0.4)
    ax.text(*bias_xy, "bias $b$", ha="center", va="center", fontsize=11, color="C1")
    ax.annotate("", sum_xy, (bias_xy[0], bias_xy[1] - 0.1),
                arrowprops={**arrow, "shrinkA": 6, "color": "C1"})
    terms = [f"w_{{{i}}}x_{{{i}}}" for i in range(1, n + 1)]
    if n > 3:
        terms = [terms[0], "\\dots", terms[-1]]
    ax.text(sum_xy[0], -span - 0.35, f"$z = {' + '.join(terms)} + b$", ha="center",
            va="top", fontsize=10)
    # z flows into the sigmoid box, which holds a small picture of the S-curve
    ax.annotate("", sig_xy, sum_xy, arrowprops={**arrow, "shrinkA": 22, "shrinkB": 32})
    ax.text((sum_xy[0] + sig_xy[0]) / 2, 0.12, "$z$", ha="center", va="bottom", fontsize=12)
    box = plt.Rectangle((sig_xy[0] - 0.55, -0.5), 1.1, 1.0, facecolor="#eaf6ea",
                        edgecolor="C2", lw=1.5)
    ax.add_patch(box)
    t = np.linspace(-6, 6, 60)
    ax.plot(sig_xy[0] + t / 12, -0.3 + 0.6 * core.sigmoid(t), color="C2", lw=1.5)
    ax.text(sig_xy[0] + 0.3, -0.62, r"$a = \sigma(z) = \dfrac{1}{1 + e^{-z}}$", ha="center",
            va="top", fontsize=10)
    ax.text(sig_xy[0], 0.62, r"sigmoid $\sigma$", ha="center", va="bottom", fontsize=10)
    # the output
    ax.annotate("", out_xy, sig_xy, arrowprops={**arrow, "shrinkA": 32, "shrinkB": 14})
    ax.text(out_xy[0] + 0.05, 0, "$a$", ha="left", va="center", fontsize=14)
    ax.text(out_xy[0] + 0.05, -0.45, "P(y = 1)", ha="left", va="top", fontsize=9, color="0.3")
    ax.set_xlim(0.3, 10.2)
    ax.set_ylim(-span - 1.2, span + 0.8)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(f"One neuron with {n} input{'s' if n > 1 else ''}: "
                 r"$z = w \cdot x + b$, then $a = \sigma(z)$")
    if own:
        ax.figure.tight_layout()
    return ax


# --------------------------------------------------------------------------- lesson 01

SATURATION = 0.05   # below this sigma'(z) we call the neuron saturated (|z| > about 2.9)


def saturation_z(slope=SATURATION):
    """The z > 0 where sigma'(z) = slope (0 < slope < 1/4); beyond it the slope is smaller.

    sigma'(z) = s(1 - s) = slope where s = (1 + sqrt(1 - 4 slope)) / 2, and z = ln(s / (1 - s)).
    """
    if not 0 < slope < 0.25:
        raise ValueError(f"slope must be between 0 and 1/4 (the largest slope of sigma); "
                         f"got {slope}.")
    root = np.sqrt(1 - 4 * slope)
    return float(np.log((1 + root) / (1 - root)))


def plot_sigmoid(ax=None, *, z_max=8.0, derivative=True, saturation=True):
    """sigma(z) and, optionally, sigma'(z) = sigma(z)(1 - sigma(z)) over [-z_max, z_max].

    Marks sigma(0) = 1/2 and the derivative's maximum 1/4 at z = 0; with saturation,
    shades where sigma'(z) < SATURATION. Returns the axes.
    """
    own = ax is None
    ax = _axes(ax, (7, 3.5))
    z = np.linspace(-z_max, z_max, 401)
    ax.plot(z, core.sigmoid(z), color="C0", lw=2, label=r"$\sigma(z)$")
    ax.plot([0], [0.5], "o", color="C0", ms=5)
    if derivative:
        ax.plot(z, core.sigmoid_derivative(z), color="C3", lw=2,
                label=r"$\sigma'(z) = \sigma(z)(1-\sigma(z))$")
        ax.plot([0], [0.25], "o", color="C3", ms=5)
        ax.annotate(r"max $\frac{1}{4}$ at $z=0$", (0, 0.25), (1.2, 0.12),
                    arrowprops={"arrowstyle": "->", "color": "C3"}, color="C3")
    if saturation:
        z_sat = saturation_z()
        for lo, hi in ((-z_max, -z_sat), (z_sat, z_max)):
            ax.axvspan(lo, hi, color="0.85", zorder=0)
        for x0 in (-z_max + 0.3, z_sat + 0.3):
            ax.text(x0, 0.4, "saturated:\n" + r"$\sigma'(z) < %.2f$" % SATURATION,
                    color="0.3", fontsize=9)
    ax.axhline(0.5, color="0.6", lw=0.8, ls=":")
    ax.axhline(1.0, color="0.6", lw=0.8, ls=":")
    ax.set_xlim(-z_max, z_max)
    ax.set_ylim(-0.05, 1.05)
    ax.set_xlabel("$z$")
    ax.set_ylabel("value")
    ax.set_title("The sigmoid and its slope")
    ax.legend(loc="upper left", fontsize=9)
    if own:
        ax.figure.tight_layout()
    return ax


def one_feature_data():
    """Feature x1 of the source post's training set, and its labels: x (8,), y (8,).

    This single feature already separates the classes: y = 0 for x <= 0.5, 1 for x >= 0.6.
    """
    X_train, Y_train, _, _ = core.toy_dataset()
    return X_train[0].copy(), Y_train[0].copy()


def neuron_threshold(w, b):
    """The x where sigma(w x + b) = 0.5, i.e. -b / w; None when w = 0 (no threshold)."""
    return None if w == 0 else -b / w + 0.0      # + 0.0: b = 0 gives 0.0, not -0.0


def sigmoid_neuron_figure(w=5.0, b=-2.0, *, x_lim=(-0.5, 1.5)):
    """a = sigma(w x + b) over the one-feature data, with the 0.5 threshold marked.

    Returns the Figure (one axes). The threshold x = -b / w is a dashed vertical line
    when it falls inside x_lim; when w = 0 the curve is flat and the title says so.
    The explorer keeps this figure and moves it with sigmoid_neuron_update.
    """
    x, y = one_feature_data()
    fig, ax = plt.subplots(figsize=(7, 3.5))
    grid = np.linspace(*x_lim, 301)
    curve, = ax.plot(grid, np.zeros_like(grid), color="C0", lw=2, label="a = σ(wx + b)")
    points = [ax.scatter(x[y == label], y[y == label], marker=CLASS_MARKERS[label], s=45,
                         zorder=3, color=CLASS_COLORS[label], label=f"y = {label}")
              for label in (0, 1)]
    ax.axhline(0.5, color="0.6", lw=0.8, ls=":")
    ax.set_xlim(*x_lim)
    ax.set_ylim(-0.08, 1.08)
    ax.set_xlabel("feature x (x₁ of the toy data)")
    ax.set_ylabel("a = P(y = 1)")
    # a fixed layout (not tight_layout): the axes must not jump as the legend changes
    fig.subplots_adjust(left=0.1, right=0.72, bottom=0.15, top=0.9)
    fig._sigmoid_neuron_parts = {"curve": curve, "points": points, "x_lim": x_lim,
                                 "threshold": None}
    sigmoid_neuron_update(fig, w, b)
    return fig


def sigmoid_neuron_update(fig, w, b):
    """Move a sigmoid_neuron_figure to new w and b: the curve, the threshold line (moved,
    added or removed), its legend entry and the title."""
    parts = fig._sigmoid_neuron_parts
    ax, curve, x_lim = fig.axes[0], parts["curve"], parts["x_lim"]
    curve.set_ydata(core.sigmoid(w * curve.get_xdata() + b))
    t = neuron_threshold(w, b)
    inside = t is not None and x_lim[0] <= t <= x_lim[1]
    line = parts["threshold"]
    if inside:
        label = f"threshold x = {t:.3f}"
        if line is None:
            line = parts["threshold"] = ax.axvline(t, color="k", ls="--", lw=1.2)
        line.set_xdata([t, t])
        line.set_label(label)
    elif line is not None:
        line.remove()
        parts["threshold"] = None
    if t is None:
        where = "no threshold (w = 0)"
    else:
        where = f"threshold x = {t:.3f}" + ("" if inside else ", off the plot")
    ax.set_title(f"w = {w:.2f}, b = {b:.2f}: {where}")
    legend = ax.get_legend()
    if legend is not None and len(legend.get_texts()) == 3 + inside:
        if inside:   # same entries: only the threshold's text changes
            legend.get_texts()[3].set_text(label)
    else:
        handles = [curve, *parts["points"]] + ([line] if inside else [])
        ax.legend(handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=9)
    return fig


def sigmoid_neuron_readout(w=5.0, b=-2.0):
    """HTML text under the explorer: threshold, cost and accuracy on the one-feature data."""
    x, y = one_feature_data()
    X, Y = x.reshape(1, -1), y.reshape(1, -1)
    t = neuron_threshold(w, b)
    side = ("no threshold: every point gets the same a" if t is None else
            f"threshold x = {t:.3f}, predicting 1 {'right' if w > 0 else 'left'} of it")
    acc = core.accuracy(core.predict(np.array([[w]]), b, X), Y)
    J = core.cost(np.array([[w]]), b, X, Y)
    return f"{side}; cost J = {J:.4f}; accuracy {acc:.1f} %"


def sigmoid_neuron_explorer():
    """Sliders for w and b over sigmoid_neuron_figure; the static twin is its default call."""
    controls = {
        "w": widgets.FloatSlider(value=5.0, min=-20, max=20, step=0.5, description="w"),
        "b": widgets.FloatSlider(value=-2.0, min=-15, max=15, step=0.25, description="b"),
    }
    return explore(sigmoid_neuron_figure, controls, extra=sigmoid_neuron_readout,
                   update=sigmoid_neuron_update)


# --------------------------------------------------------------------------- lesson 02

# Lesson 02: gradient descent on one number w, on two curves: the bowl
# f(w) = (w - 3)^2 + 1, and the neuron's cost J(w) on the one-feature data of lesson 01
# with the bias held fixed at NEURON_B.

NEURON_B = -2.0                    # lesson 01's example neuron has b = -2
DESCENT_W_RANGE = (-4.0, 10.0)     # the start slider, and the w-axis of the bowl's plots
NEURON_W_RANGE = (-5.0, 25.0)      # the w-axis of the neuron's plots: large rates jump far
DESCENT_CURVES = {                 # dropdown label -> curve name
    "the bowl f(w) = (w − 3)² + 1": "bowl",
    "the neuron's cost J(w), b = −2": "neuron",
}
# the learning-rate slider offers exactly these values (a SelectionSlider: no snapping)
DESCENT_RATES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0,
                 1.05, 1.1, 1.2, 1.5, 2.0, 3.0, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0,
                 60.0, 80.0, 100.0)
DESCENT_DEFAULTS = {"curve": "bowl", "learning_rate": 0.1, "w0": 0.0, "num_steps": 20}
DESCENT_MAX_STEPS = 60


def bowl(w):
    """The lesson's bowl f(w) = (w - 3)^2 + 1: lowest point f(3) = 1."""
    return (w - 3.0) ** 2 + 1.0


def bowl_slope(w):
    """Its derivative f'(w) = 2 (w - 3)."""
    return 2.0 * (w - 3.0)


def _one_feature_XY():
    x, y = one_feature_data()
    return x.reshape(1, -1), y.reshape(1, -1)


def neuron_cost(w, b=NEURON_B):
    """J(w) = core.cost of the one-feature neuron with weight w and bias b held fixed."""
    X, Y = _one_feature_XY()
    return core.cost(np.array([[float(w)]]), b, X, Y)


def neuron_slope(w, b=NEURON_B):
    """dJ/dw of neuron_cost, from core.propagate, as a float."""
    X, Y = _one_feature_XY()
    grads, _ = core.propagate(np.array([[float(w)]]), b, X, Y)
    return float(grads["dW"][0, 0])


def descent_path(df, w0, learning_rate, num_steps):
    """w0, w1, ..., w_num_steps of gradient descent w <- w - learning_rate * df(w).

    Returns a float array of num_steps + 1 values, warning-free. If w overflows it stops
    there: the array then ends with the first value that is not finite (and is shorter).
    """
    path = [float(w0)]
    with np.errstate(all="ignore"):
        for _ in range(num_steps):
            w = path[-1]
            w = float(np.float64(w) - learning_rate * np.float64(df(w)))
            path.append(w)
            if not np.isfinite(w):
                break
    return np.array(path)


def divergence_rate(df, w_star, *, w0=0.0, num_steps=100, high=10.0, tol=1e-12):
    """The smallest learning rate whose path ends farther from w_star than it starts.

    Found by bisection between 0 (no move) and `high` (which must diverge); the paths
    have num_steps steps from w0. For the bowl f(w) = (w - 3)^2 + 1 this is 2 / f'' = 1.
    """
    def diverges(rate):
        path = descent_path(df, w0, rate, num_steps)
        return not np.isfinite(path[-1]) or abs(path[-1] - w_star) > abs(w0 - w_star)

    if not diverges(high):
        raise ValueError(f"learning rate {high} does not diverge; give a larger high.")
    low = 0.0
    while high - low > tol:
        mid = (low + high) / 2
        low, high = (low, mid) if diverges(mid) else (mid, high)
    return high


@functools.lru_cache(maxsize=4)
def descent_minimum(curve):
    """w* where the curve ("bowl" or "neuron") is lowest: 3 for the bowl; for the
    neuron's cost, where its slope crosses zero (bisection: the slope rises with w)."""
    if curve == "bowl":
        return 3.0
    low, high = -10.0, 20.0                  # slope < 0 at low, > 0 at high
    for _ in range(80):
        mid = (low + high) / 2
        low, high = (mid, high) if neuron_slope(mid) < 0 else (low, mid)
    return (low + high) / 2


@functools.lru_cache(maxsize=4)
def _descent_curve(curve):
    """(f, df, label, w-limits, y-limits, w grid, f on the grid) of a curve name."""
    if curve == "bowl":
        ws = np.linspace(*DESCENT_W_RANGE, 281)
        return bowl, bowl_slope, "f(w)", DESCENT_W_RANGE, (0.0, 55.0), ws, bowl(ws)
    if curve == "neuron":
        ws = np.linspace(*NEURON_W_RANGE, 301)
        x, y = one_feature_data()
        heights = costs_over_w(x, y, ws, NEURON_B)["ce"]
        return neuron_cost, neuron_slope, "J(w)", NEURON_W_RANGE, (0.0, 2.5), ws, heights
    raise ValueError(f"curve must be 'bowl' or 'neuron'; got {curve!r}.")


def drawn_part(path, w_range):
    """The part of a path that plot_descent draws: its finite values up to the first one
    far off the w-axis (more than three axis widths beyond it), that one included."""
    lo, hi = w_range
    far = 3 * (hi - lo)
    path = path[np.isfinite(path)]
    off = np.flatnonzero((path < lo - far) | (path > hi + far))
    return path if off.size == 0 else path[:off[0] + 1]


def plot_descent(ax, curve, learning_rate, w0, num_steps, *, annotate=True):
    """The curve with the path of gradient descent on it: points joined by a line, the
    colour darkening with the step number; steps 0, 1 and the last are numbered.

    Points a little off the plot are drawn (clipped) so a bouncing path shows; a
    diverging path is drawn up to its first point far off it (drawn_part). Returns the
    whole computed path (descent_path).
    """
    ws, heights = _descent_curve(curve)[5:]
    ax.plot(ws, heights, color="0.35", lw=1.5)
    ax.set_xlabel("w")
    return _draw_path(ax, curve, learning_rate, w0, num_steps, annotate=annotate)


def _draw_path(ax, curve, learning_rate, w0, num_steps, *, annotate=True):
    """plot_descent's path: ax.lines[1], ax.collections[0] and the step numbers; it also
    sets the limits and the y label of the curve. Returns the computed path."""
    f, df, label, xlim, ylim = _descent_curve(curve)[:5]
    path = descent_path(df, w0, learning_rate, num_steps)
    shown = drawn_part(path, xlim)
    with np.errstate(all="ignore"):
        ys = np.array([f(w) for w in shown])
    ax.plot(shown, ys, "-", color="C3", lw=1, alpha=0.6)
    ax.scatter(shown, ys, c=np.arange(len(shown)), cmap="autumn_r", vmin=-3,
               vmax=max(len(shown) - 1, 1), s=28, edgecolors="k", linewidths=0.5, zorder=3)
    if annotate:
        last = len(shown) - 1
        near_x, near_y = 0.04 * (xlim[1] - xlim[0]), 0.06 * (ylim[1] - ylim[0])
        labelled = []
        for k in sorted({0, 1, last} if last == num_steps else {0, 1}):
            if k >= len(shown) or not (xlim[0] <= shown[k] <= xlim[1]
                                       and ylim[0] <= ys[k] <= ylim[1]):
                continue
            if any(abs(shown[k] - shown[j]) < near_x and abs(ys[k] - ys[j]) < near_y
                   for j in labelled):
                continue                       # would overprint a number already written
            ax.annotate(str(k), (shown[k], ys[k]), xytext=(3, 5),
                        textcoords="offset points", fontsize=8)
            labelled.append(k)
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_ylabel(label)
    return path


def descent_verdict(curve, path):
    """A few words on how a path ended: diverged, reached the bottom, bouncing, ..."""
    w_star = descent_minimum(curve)
    if len(path) == 1:
        return "no steps taken"
    if not np.isfinite(path[-1]):
        return f"diverged: w overflowed at step {len(path) - 1}"
    start, end = abs(path[0] - w_star), abs(path[-1] - w_star)
    if end < 1e-3:
        return "reached the bottom (closer than 0.001)"
    if end > start * (1 + 1e-9):
        return "diverged: it ended farther from the bottom than it started"
    if end >= start * (1 - 1e-9):
        return "bouncing: no closer to the bottom than at the start"
    tail = np.abs(path[-max(3, len(path) // 4):] - w_star)
    if np.any(np.diff(tail) > 1e-9 * tail[:-1]):
        return "bouncing: its distance from the bottom still goes up and down"
    return "not at the bottom yet"


def descent_readout(curve="bowl", learning_rate=0.1, w0=0.0, num_steps=20):
    """The explorer's text: where the last step landed, and the verdict (plain text)."""
    f, df = _descent_curve(curve)[:2]
    path = descent_path(df, w0, learning_rate, num_steps)
    w = path[-1]
    if not np.isfinite(w):
        where = f"after {len(path) - 1} steps w = {w}"
    else:
        with np.errstate(all="ignore"):
            height = f(w)
        name = "f" if curve == "bowl" else "J"
        w_star = descent_minimum(curve)
        where = (f"after {num_steps} steps: w = {w:.6g}, {name}(w) = {height:.6g} "
                 f"(bottom at w* = {w_star:.4f}, distance {abs(w - w_star):.3g})")
    return f"{where} · {descent_verdict(curve, path)}"


def descent_figure(curve="bowl", learning_rate=0.1, w0=0.0, num_steps=20):
    """Explorer frame: the path of gradient descent on the curve (plot_descent).

    One small axes with fixed limits and margins (no tight_layout), so an update stays
    fast and frames do not jump. Returns the Figure.
    """
    fig, ax = plt.subplots(figsize=(6.5, 3.4), dpi=80)
    fig.subplots_adjust(left=0.1, right=0.97, bottom=0.15, top=0.9)
    ax.locator_params(axis="y", nbins=5)   # few ticks: tick labels are what is slow to draw
    plot_descent(ax, curve, learning_rate, w0, num_steps)
    ax.set_title(_descent_title(learning_rate, w0, num_steps), fontsize=10)
    return fig


def _descent_title(learning_rate, w0, num_steps):
    return f"learning rate α = {learning_rate:g}, start w₀ = {w0:g}, {num_steps} steps"


def descent_update(fig, curve="bowl", learning_rate=0.1, w0=0.0, num_steps=20):
    """Turn a descent_figure into descent_figure(curve, ...) in place: the explorer keeps
    one figure and only replaces the curve's data, the path, the numbers and the title."""
    ax = fig.axes[0]
    for artist in [*ax.lines[1:], *ax.collections, *ax.texts]:
        artist.remove()
    ax.lines[0].set_data(*_descent_curve(curve)[5:])
    _draw_path(ax, curve, learning_rate, w0, num_steps)
    ax.set_title(_descent_title(learning_rate, w0, num_steps), fontsize=10)
    return fig


def step_sizes_figure(rates=(0.05, 0.3, 1.1), w0=0.0, num_steps=10,
                      names=("too small", "about right", "too large")):
    """Three panels: gradient descent on the bowl with three learning rates."""
    fig, axes = plt.subplots(1, len(rates), figsize=(10, 3.2), sharey=True)
    for ax, rate, name in zip(axes, rates, names, strict=True):
        path = plot_descent(ax, "bowl", rate, w0, num_steps)
        ax.set_title(f"{name}: α = {rate:g}\nafter {num_steps} steps w = {path[-1]:.3f}",
                     fontsize=10)
    for ax in axes[1:]:
        ax.set_ylabel("")
    fig.tight_layout()
    return fig


def tangent_figure(points=(1.0, 5.0), half_width=1.5):
    """The bowl with its tangent line at each w in points and an arrow pointing downhill."""
    fig, ax = plt.subplots(figsize=(6.5, 3.6))
    ws = np.linspace(-1, 7, 201)
    ax.plot(ws, bowl(ws), color="0.35", lw=2, label="f(w) = (w − 3)² + 1")
    for w, color in zip(points, ("C0", "C1"), strict=False):
        slope = bowl_slope(w)
        seg = np.array([w - half_width, w + half_width])
        ax.plot(seg, bowl(w) + slope * (seg - w), color=color, lw=2,
                label=f"tangent at w = {w:g}: slope f′(w) = {slope:g}")
        ax.plot([w], [bowl(w)], "o", color=color, ms=7, zorder=3)
        step = -np.sign(slope) * 1.3           # downhill: against the slope
        ax.annotate("", xy=(w + step, bowl(w)), xytext=(w, bowl(w)),
                    arrowprops={"arrowstyle": "->", "color": color, "lw": 2})
        ax.text(w + step / 2, bowl(w) + 0.6, "downhill", color=color, ha="center", fontsize=9)
    ax.plot([3], [1], "k*", ms=12, label="bottom: f′(3) = 0")
    ax.set_xlim(-1, 7)
    ax.set_ylim(-1, 17)
    ax.set_xlabel("w")
    ax.set_ylabel("f(w)")
    ax.legend(fontsize=8, loc="upper center")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def descent_explorer():
    """Curve, learning rate, start and number of steps -> the path and its distance."""
    d = DESCENT_DEFAULTS
    wide = {"description_width": "initial"}
    controls = {
        "curve": widgets.Dropdown(options=list(DESCENT_CURVES.items()), value=d["curve"],
                                  description="curve", layout=widgets.Layout(width="300px")),
        "learning_rate": widgets.SelectionSlider(
            options=[(f"{r:g}", r) for r in DESCENT_RATES], value=d["learning_rate"],
            description="learning rate α", style=wide),
        "w0": widgets.FloatSlider(value=d["w0"], min=DESCENT_W_RANGE[0],
                                  max=DESCENT_W_RANGE[1], step=0.5,
                                  description="start w₀", readout_format=".1f", style=wide),
        "num_steps": widgets.IntSlider(value=d["num_steps"], min=0, max=DESCENT_MAX_STEPS,
                                       description="steps", style=wide),
    }
    return explore(descent_figure, controls, extra=descent_readout, update=descent_update)


# --------------------------------------------------------------------------- lesson 03

def log_loss(a, y):
    """The per-sample cross-entropy -y log a - (1 - y) log(1 - a) of a probability a.

    For plotting and read-outs where a is strictly between 0 and 1 (the lesson's
    stable version, from logits, is logreg_core.logistic_loss).
    """
    a = np.asarray(a, dtype=float)
    if np.any((a <= 0) | (a >= 1)):
        raise ValueError("a must lie strictly between 0 and 1; for saturated predictions "
                         "use logreg_core.logistic_loss on the logits instead.")
    return -y * np.log(a) - (1 - y) * np.log1p(-a)


def plot_log_loss_curves(ax=None, *, a_min=1e-3):
    """The per-sample loss against a, one curve for y = 1 and one for y = 0."""
    ax = _axes(ax)
    a = np.linspace(a_min, 1 - a_min, 500)
    for y in (1, 0):
        formula = r"$-\log a$" if y == 1 else r"$-\log(1-a)$"
        ax.plot(a, log_loss(a, y), color=CLASS_COLORS[y], lw=2, label=f"y = {y}: {formula}")
    ax.set_xlabel("prediction $a = P(y=1)$")
    ax.set_ylabel("loss $L(a, y)$")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, -np.log(a_min))
    ax.grid(alpha=0.3)
    ax.legend(loc="upper center")
    return ax


def log_loss_figure(a=0.8, y=1):
    """Explorer frame: both loss curves, the chosen y's curve bold, the point (a, L) marked.

    The explorer keeps this figure and moves it with log_loss_update.
    """
    fig, ax = plt.subplots(figsize=(6, 3.5))
    plot_log_loss_curves(ax)
    marker, = ax.plot([a], [0.0], "ko", ms=8, zorder=4)
    drop = ax.vlines(a, 0, 0.0, colors="k", linestyles=":", lw=1)
    fig._log_loss_parts = (ax.get_lines()[:2], marker, drop, ax.set_title(""))
    log_loss_update(fig, a, y)
    tight_layout_once(fig)   # the limits are fixed and the title's height does not change
    return fig


def log_loss_update(fig, a, y):
    """Move a log_loss_figure to new a and y: bold curve, marked point and title."""
    curves, marker, drop, title = fig._log_loss_parts
    for line in curves:
        line.set_alpha(1.0 if line.get_label().startswith(f"y = {y}") else 0.25)
    loss = float(log_loss(a, y))
    marker.set_data([a], [loss])
    drop.set_segments([[(a, 0), (a, loss)]])
    title.set_text(f"a = {a:.3f}, y = {y}:  L = {loss:.4f}")
    return fig


def log_loss_readout(a=0.8, y=1):
    term = f"-log({a:.3f})" if y == 1 else f"-log(1 - {a:.3f})"
    return f"L({a:.3f}, {y}) = {term} = <b>{float(log_loss(a, y)):.6f}</b>"


def log_loss_explorer():
    """Sliders for a and a 0/1 toggle for y over log_loss_figure."""
    controls = {
        "a": widgets.FloatSlider(value=0.8, min=0.001, max=0.999, step=0.001,
                                 description="a", readout_format=".3f"),
        "y": widgets.ToggleButtons(options=[0, 1], value=1, description="y"),
    }
    return explore(log_loss_figure, controls, extra=log_loss_readout,
                   update=log_loss_update)


def costs_over_w(x, y, ws, b=0.0):
    """Squared-error and cross-entropy costs of sigmoid(w x + b) for each w in ws.

    x, y : 1-D arrays of one feature and its 0/1 labels (m samples); b is held fixed.
    Returns a dict of 1-D arrays over ws: "se" = (1/2m) sum (a - y)^2, "ce" = mean
    cross-entropy, and their exact derivatives "dse" and "dce" with respect to w.
    """
    x, y = np.asarray(x, float).ravel(), np.asarray(y, float).ravel()
    Z = np.asarray(ws, float)[:, None] * x + b          # (len(ws), m)
    A = core.sigmoid(Z)
    return {"se": 0.5 * np.mean((A - y) ** 2, axis=1),
            "ce": np.mean(core.logistic_loss(Z, np.broadcast_to(y, Z.shape)), axis=1),
            "dse": np.mean((A - y) * A * (1 - A) * x, axis=1),
            "dce": np.mean((A - y) * x, axis=1)}


def plot_se_vs_ce(x, y, ws, b=0.0, *, flat=1e-3):
    """Three panels over w: cross-entropy, squared error, and the size of both slopes.

    Where the squared error's slope is below ``flat`` its panel is shaded: gradient
    descent barely moves there. Returns the Figure.
    """
    c = costs_over_w(x, y, ws, b)
    fig, (ax0, ax1, ax2) = plt.subplots(1, 3, figsize=(9.5, 3.2))
    ax0.plot(ws, c["ce"], color="C0", lw=2)
    ax0.set_title("cross-entropy $J(w)$")
    ax1.plot(ws, c["se"], color="C3", lw=2)
    ax1.set_title("squared error $J(w)$")
    flat_w = np.abs(c["dse"]) < flat
    ax1.fill_between(ws, 0, 1, where=flat_w, transform=ax1.get_xaxis_transform(),
                     color="C3", alpha=0.12, lw=0, label=f"|slope| < {flat:g}")
    ax1.legend(fontsize=8, loc="upper right")
    ax2.semilogy(ws, np.abs(c["dce"]), color="C0", lw=2, label="cross-entropy")
    ax2.semilogy(ws, np.abs(c["dse"]), color="C3", lw=2, label="squared error")
    ax2.set_title("|dJ/dw|")
    ax2.legend(fontsize=8, loc="lower right")
    for ax in (ax0, ax1, ax2):
        ax.set_xlabel(f"$w$  ($b = {b:g}$ fixed)")
        ax.grid(alpha=0.3)
    ax0.set_ylabel("cost")
    fig.tight_layout()
    return fig


def plot_cost_bowl(X, Y, p0, p1, minimum, *, path=None, view=(30, -60)):
    """J(w1, b) of a one-feature X (1, m) as a contour (left) and a 3-D surface (right).

    minimum : (w1, b) of the computed minimum, marked on both panels (red star);
    path : optional (k, 2) descent path drawn on the contour. Returns the Figure.
    """
    fig = plt.figure(figsize=(10, 4))
    ax0 = fig.add_subplot(1, 2, 1)
    plot_cost_contour(X, Y, p0, p1, ax0, vary=("w1", "b"), levels=30,
                      path=path if path is not None else np.array([minimum]))
    ax0.set_title("contours of $J(w, b)$")
    ax0.set_xlabel("$w$")
    ax1 = fig.add_subplot(1, 2, 2, projection="3d")
    J = cost_grid(X, Y, p0, p1, vary=("w1", "b"))
    P0, P1 = np.meshgrid(p0, p1)
    ax1.plot_surface(P0, P1, J, cmap="viridis", alpha=0.8, linewidth=0)
    w_min, b_min = minimum
    j_min = cost_grid(X, Y, [w_min], [b_min], vary=("w1", "b"))[0, 0]
    ax1.plot([w_min, w_min], [b_min, b_min], [j_min, J.max()], "r-", lw=1)
    ax1.scatter([w_min], [b_min], [j_min], color="r", marker="*", s=150, depthshade=False)
    ax1.view_init(*view)
    ax1.set_xlabel("$w$")
    ax1.set_ylabel("$b$")
    ax1.set_zlabel("$J$")
    ax1.set_title("the bowl (red: minimum)")
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------- lesson 04

def plot_computation_graph(ax=None):
    """The single neuron's computation graph x, w, b -> z -> a -> L, with local derivatives.

    Each box is a value, each arrow is labelled with the derivative of its head with
    respect to its tail. Returns the axes (axis hidden).
    """
    ax = _axes(ax, (8, 3.2))
    nodes = {"x": (0.5, 2.6), "w": (0.5, 1.5), "b": (0.5, 0.4), "z": (3.2, 1.5),
             "a": (5.9, 1.5), "L": (8.6, 1.5), "y": (5.9, 0.2)}
    text = {"x": "$x$", "w": "$w$", "b": "$b$", "z": "$z = wx + b$",
            "a": r"$a = \sigma(z)$", "L": "$L(a, y)$", "y": "$y$"}
    boxes = {}
    for name, (cx, cy) in nodes.items():
        color = "#fde0c5" if name in "wb" else ("#e0e0e0" if name in "xy" else "#cfe3f3")
        boxes[name] = ax.text(cx, cy, text[name], ha="center", va="center", fontsize=12,
                              bbox={"boxstyle": "round,pad=0.4", "fc": color, "ec": "0.3"})
    edges = [("x", "z", r"$\partial z/\partial x = w$", (1.8, 2.5)),
             ("w", "z", r"$\partial z/\partial w = x$", (1.55, 1.25)),
             ("b", "z", r"$\partial z/\partial b = 1$", (1.7, 0.55)),
             ("z", "a", "$da/dz = a(1-a)$", (4.55, 1.75)),
             ("a", "L", r"$\partial L/\partial a = -\frac{y}{a} + \frac{1-y}{1-a}$", (7.25, 1.85)),
             ("y", "L", "", None)]
    for tail, head, label, where in edges:
        ax.annotate("", xy=(0, 0.5), xycoords=boxes[head], xytext=(1, 0.5),
                    textcoords=boxes[tail],
                    arrowprops={"arrowstyle": "->", "color": "0.3", "lw": 1.5,
                                "shrinkA": 6, "shrinkB": 6})
        if label:
            ax.text(*where, label, ha="center", fontsize=10, color="C3")
    ax.set_xlim(0, 9.6)
    ax.set_ylim(-0.1, 2.9)
    ax.axis("off")
    ax.set_title("forward: left to right; backward: multiply the red labels right to left")
    return ax


def dz_both_losses(z, y):
    """dL/dz for cross-entropy (a - y) and squared error (a - y) a (1 - a), as a dict."""
    a = core.sigmoid(np.asarray(z, float))
    return {"ce": a - y, "se": (a - y) * a * (1 - a)}


def plot_dz_vs_z(y=1, ax=None, *, zs=None):
    """|dL/dz| against z for both losses when the label is y (log scale).

    For y = 1, z far below 0 is a confident wrong prediction: there cross-entropy's
    gradient stays near 1 while squared error's vanishes. Returns the axes.
    """
    ax = _axes(ax, (6, 3.5))
    zs = np.linspace(-10, 10, 401) if zs is None else np.asarray(zs, float)
    d = dz_both_losses(zs, y)
    ax.semilogy(zs, np.abs(d["ce"]), color="C0", lw=2, label="cross-entropy: $|a - y|$")
    ax.semilogy(zs, np.abs(d["se"]), color="C3", lw=2,
                label="squared error: $|(a - y)\\,a(1-a)|$")
    wrong = zs < 0 if y == 1 else zs > 0
    ax.fill_between(zs, 0, 1, where=wrong, transform=ax.get_xaxis_transform(),
                    color="0.5", alpha=0.12, lw=0, label="wrong prediction")
    ax.set_xlabel("$z$")
    ax.set_ylabel("$|dL/dz|$")
    ax.set_title(f"size of the gradient at z, label y = {y}")
    ax.set_ylim(1e-5, 2)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="lower center")
    return ax


def chain_factors(z, y, x=1.5):
    """The chain rule's factors for one sample with logit z, label y, input x.

    Returns a dict: "a", "dL_da", "da_dz", "dz_dw" (= x), "dL_dz" (= dL_da * da_dz)
    and "dL_dw" (the product of all three).
    """
    a = float(core.sigmoid(z))
    dL_da = -y / a + (1 - y) / (1 - a)
    da_dz = a * (1 - a)
    return {"a": a, "dL_da": dL_da, "da_dz": da_dz, "dz_dw": float(x),
            "dL_dz": dL_da * da_dz, "dL_dw": dL_da * da_dz * x}


def chain_rule_figure(z=-2.0, y=1, x=1.5):
    """Explorer frame: the three factors and their product as bars (symmetric log scale).

    The explorer keeps this figure and moves it with chain_rule_update.
    """
    names = ["dL/da", "da/dz", "dz/dw = x", "dL/dz", "dL/dw"]
    fig, ax = plt.subplots(figsize=(7, 3.5))
    colors = ["0.6"] * 3 + ["C0", "C3"]
    bars = ax.bar(names, [0.0] * len(names), color=colors)
    labels = [ax.annotate("", (bar.get_x() + bar.get_width() / 2, 0), ha="center",
                          fontsize=9, textcoords="offset points", xytext=(0, 3))
              for bar in bars]
    ax.set_yscale("symlog", linthresh=0.01)
    ax.axhline(0, color="k", lw=0.8)
    ax.set_ylabel("value (symlog scale)")
    fig._chain_rule_parts = (bars, labels, ax.set_title(""))
    chain_rule_update(fig, z, y, x)
    # the widest tick label (-10^k) and so the margins are the same for every z and y
    tight_layout_once(fig)
    return fig


def chain_rule_update(fig, z, y, x=1.5):
    """Move a chain_rule_figure to new z, y, x: bar heights, their labels, limits, title."""
    bars, labels, title = fig._chain_rule_parts
    f = chain_factors(z, y, x)
    values = [f["dL_da"], f["da_dz"], f["dz_dw"], f["dL_dz"], f["dL_dw"]]
    for bar, label, v in zip(bars, labels, values, strict=True):
        bar.set_height(v)
        label.xy = (label.xy[0], v)
        label.set_text(f"{v:.4g}")
        label.set_verticalalignment("bottom" if v >= 0 else "top")
        label.xyann = (0, 3 if v >= 0 else -3)
    top = max(10.0, 3 * max(abs(v) for v in values))
    fig.axes[0].set_ylim(-top, top)
    title.set_text(f"z = {z:.2f}, y = {y}, x = {x:g}:  a = {f['a']:.4f}")
    return fig


def chain_rule_readout(z=-2.0, y=1, x=1.5):
    f = chain_factors(z, y, x)
    return (f"dL/da · da/dz = {f['dL_da']:.6g} × {f['da_dz']:.6g} = {f['dL_dz']:.6g} "
            f"= a − y = {f['a'] - y:.6g};  dL/dw = {f['dL_dw']:.6g}")


def chain_rule_explorer(x=1.5):
    """Sliders for z and a 0/1 toggle for y over chain_rule_figure (x held fixed)."""
    controls = {
        "z": widgets.FloatSlider(value=-2.0, min=-8.0, max=8.0, step=0.1, description="z"),
        "y": widgets.ToggleButtons(options=[0, 1], value=1, description="y"),
    }
    return explore(lambda z, y: chain_rule_figure(z, y, x), controls,
                   extra=lambda z, y: chain_rule_readout(z, y, x),
                   update=lambda fig, z, y: chain_rule_update(fig, z, y, x))


# --------------------------------------------------------------------------- lesson 05

H_SWEEP_DTYPES = (np.float64, np.float32)


def chord_figure(f, df, t=1.0, h=1.0, ax=None, *, name="f"):
    """The centred difference as a picture: f near t, its tangent, and two chords.

    The tangent at t has the exact slope df(t). The forward chord joins t and t + h; the
    centred chord joins t - h and t + h. Each label gives the slope, so a reader sees
    which chord runs nearly parallel to the tangent.
    """
    ax = _axes(ax, figsize=(6, 4))
    ts = np.linspace(t - 1.8 * h, t + 1.8 * h, 200)
    ax.plot(ts, f(ts), color="k", lw=2, label=name)
    slope = float(df(t))
    lines = (("tangent (exact slope)", t, t, slope, "C2", "-"),
             ("forward chord", t, t + h, (f(t + h) - f(t)) / h, "C3", "--"),
             ("centred chord", t - h, t + h, (f(t + h) - f(t - h)) / (2 * h), "C0", "--"))
    for label, left, right, s, color, style in lines:
        through = f(t) if label.startswith("tangent") else f(left)
        ax.plot(ts, through + s * (ts - left), color=color, ls=style, lw=1.5,
                label=f"{label}: slope {s:.3f}")
        if not label.startswith("tangent"):
            ax.plot([left, right], [f(left), f(right)], "o", color=color, ms=7, mec="k")
    ax.axvline(t, color="gray", lw=0.8, ls=":")
    ax.set_xticks([t - h, t, t + h], [f"t - h = {t - h:g}", f"t = {t:g}", f"t + h = {t + h:g}"])
    ax.set_ylim(float(np.min(f(ts))) - 0.5, float(np.max(f(ts))) + 0.5)
    ax.set_xlabel("t")
    ax.set_ylabel(name)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper left")
    return ax


def forward_gradient(f, theta, h):
    """Forward differences (f(theta + h e_i) - f(theta)) / h; error O(h), for comparison."""
    theta = np.asarray(theta)
    f0, grad, probe = f(theta), np.empty_like(theta), theta.copy()
    for i in range(theta.size):
        probe[i] = theta[i] + h
        grad[i] = (f(probe) - f0) / h
        probe[i] = theta[i]
    return grad


def h_sweep(W, b, X, Y, hs, *, dtype=np.float64, method="centered"):
    """Relative error of a finite-difference gradient of the cost J(W, b), one per h in hs.

    The cost is evaluated in ``dtype`` (X, Y and theta = (W, b) rounded to it); the
    reference is propagate's exact gradient, in float64, at those same rounded values.
    """
    if method not in ("centered", "forward"):
        raise ValueError(f"method must be 'centered' or 'forward'; got {method!r}.")
    Xd, Yd = np.asarray(X, dtype), np.asarray(Y, dtype)
    theta = np.append(np.ravel(W), b).astype(dtype)
    n = theta.size - 1
    grads, _ = core.propagate(theta[:n].reshape(n, 1).astype(float), float(theta[n]),
                              Xd.astype(float), Yd.astype(float))
    g = np.append(grads["dW"].ravel(), grads["db"])

    def J(t):
        return core.cost(t[:n].reshape(n, 1), float(t[n]), Xd, Yd)

    diff = core.numerical_gradient if method == "centered" else forward_gradient
    return np.array([core.relative_error(g, diff(J, theta, h)) for h in hs])


def best_h(hs, errors):
    """(h, error) at the smallest error of a sweep."""
    k = int(np.argmin(errors))
    return float(hs[k]), float(errors[k])


def theory_h(dtype, method):
    """The step that balances truncation and rounding: eps^(1/3) centered, eps^(1/2) forward."""
    return float(np.finfo(dtype).eps ** (1 / 3 if method == "centered" else 1 / 2))


def plot_h_sweep(hs, curves, ax=None, *, theory=None, title=None):
    """Error against h on log-log axes: one line per curve, a dot at each minimum.

    curves : dict label -> errors (same length as hs)
    theory : optional dict label -> h, drawn as a dotted vertical line in the same colour
    """
    ax = _axes(ax)
    for label, errors in curves.items():
        h, err = best_h(hs, errors)
        text = f"{label}: best h = {h:.0e}"
        if theory and label in theory:
            text += f", theory {theory[label]:.0e}"
        (line,) = ax.loglog(hs, errors, lw=1.5, label=text)
        ax.loglog([h], [err], "o", color=line.get_color(), ms=7, mec="k")
        if theory and label in theory:
            ax.axvline(theory[label], color=line.get_color(), ls=":", lw=1.2)
    ax.set_xlabel("step h")
    ax.set_ylabel("relative error")
    if title:
        ax.set_title(title)
    lowest = min(best_h(hs, errors)[1] for errors in curves.values())
    ax.set_ylim(max(lowest, 1e-300) / 1e4, 3)   # room for the legend below the V
    ax.grid(alpha=0.3, which="major")
    ax.legend(fontsize=8, loc="lower right")
    return ax


def h_sweep_figure(hs, sweeps):
    """Two panels side by side (centred, forward), float64 and float32 in each.

    sweeps : dict (method, dtype name) -> errors, e.g. from h_sweep.
    Dotted lines mark the theory's best step, eps^(1/3) or eps^(1/2).
    """
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), sharey=True)
    for ax, method in zip(axes, ("centered", "forward"), strict=True):
        names = [np.dtype(d).name for d in H_SWEEP_DTYPES]
        plot_h_sweep(hs, {nm: sweeps[method, nm] for nm in names}, ax,
                     theory={nm: theory_h(nm, method) for nm in names},
                     title=f"{'centred' if method == 'centered' else method} differences")
    axes[1].set_ylabel("")
    lowest = min(float(np.min(errors)) for errors in sweeps.values())
    axes[0].set_ylim(max(lowest, 1e-300) / 1e4, 3)   # shared y: room for both legends
    fig.tight_layout()
    return fig

# --------------------------------------------------------------------------- lesson 06



# Lesson 06: the training explorer, the training replay, and the static figures of the
# training lesson. Training results are cached by their settings: the explorer's
# figure and its readout ask for the same run, and moving a slider back is free.

TRAINING_DATASETS = {   # dropdown label -> key of training_datasets()
    "toy data of the post": "toy",
    "noisy blobs (seeded)": "blobs",
    "breast cancer, 2 features": "breast cancer",
}
TRAINING_AXIS_LABELS = {"toy": ("$x_1$", "$x_2$"), "blobs": ("$x_1$", "$x_2$"),
                        "breast cancer": ("mean radius (standardised)",
                                          "mean texture (standardised)")}
BLOBS_SEED = 5
BLOBS_SIZE = 400          # the last quarter is the test set
TRAINING_DEFAULTS = {"dataset": "toy", "learning_rate": 0.05, "num_iterations": 2000}
# The learning-rate slider moves on a log scale in 20 stops per factor of ten, anchored at
# the default: the browser snaps every value (also the first one, and typed ones) to
# base ** (min + k * step), so the default 0.05, and 0.005, 0.5 and 5, must be stops.
# From 0.05 / 10**1.7 (about 0.001) to 0.05 * 10**2.3 (about 10).
LEARNING_RATE_SLIDER = {"base": 10, "step": 0.05,
                        "min": float(np.log10(TRAINING_DEFAULTS["learning_rate"])) - 1.7,
                        "max": float(np.log10(TRAINING_DEFAULTS["learning_rate"])) + 2.3}
REPLAY_DEFAULTS = {"dataset": "toy", "learning_rate": 0.5, "num_iterations": 2000}


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


def _divisor_step(num_iterations, points=200):
    """A record interval that divides num_iterations and keeps about `points` costs."""
    step = max(1, num_iterations // points)
    while num_iterations % step:
        step -= 1
    return step


@functools.lru_cache(maxsize=64)
def train(dataset, learning_rate, num_iterations):
    """core.model on a training dataset, plus the cost after the last update.

    Returns a dict: core.model's keys, "record_every", "final_cost", and "curve" (the
    costs at iterations 0, record_every, ..., num_iterations, the final one included).
    Cached: treat the result as read-only.
    """
    X_train, Y_train, X_test, Y_test = training_datasets()[dataset]
    every = _divisor_step(num_iterations)
    result = core.model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate,
                        record_every=every)
    final = core.cost(result["W"], result["b"], X_train, Y_train)
    return result | {"record_every": every, "final_cost": final,
                     "curve": [*result["costs"], final]}


def training_readout(dataset="toy", learning_rate=0.05, num_iterations=2000):
    """The explorer's text: accuracies, final cost and the parameters, as HTML."""
    r = train(dataset, learning_rate, num_iterations)
    w = ", ".join(f"{v:.3f}" for v in r["W"].ravel())
    return (f"train accuracy {r['train_accuracy']:.1f} % · test accuracy "
            f"{r['test_accuracy']:.1f} % · final cost {r['final_cost']:.6f}"
            f" · W = ({w}), b = {r['b']:.3f}")


def _two_panels(right=0.84):
    """A modest 9 x 3.6 in figure with two axes. Fixed margins instead of tight_layout
    (which would cost half the update time) and few ticks: text is what is slow."""
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), dpi=80)
    fig.subplots_adjust(left=0.07, right=right, bottom=0.14, top=0.9, wspace=0.25)
    for ax in axes:
        ax.locator_params(nbins=5)
    return fig, axes


HEATMAP_RESOLUTION = 100


@functools.lru_cache(maxsize=8)
def _probability_grid(dataset, resolution=HEATMAP_RESOLUTION, margin=0.3):
    """The training explorer's heat-map grid over a dataset's train and test points:
    (extent (x0, x1, y0, y1), grid points (2, resolution**2)), read-only."""
    X_train, _, X_test, _ = training_datasets()[dataset]
    allX = np.hstack([X_train, X_test])
    lo, hi = allX.min(axis=1), allX.max(axis=1)
    pad = margin * np.maximum(hi - lo, 1e-9)
    g0 = np.linspace(lo[0] - pad[0], hi[0] + pad[0], resolution)
    g1 = np.linspace(lo[1] - pad[1], hi[1] + pad[1], resolution)
    G0, G1 = np.meshgrid(g0, g1)
    return (g0[0], g0[-1], g1[0], g1[-1]), _read_only(np.vstack([G0.ravel(), G1.ravel()]))[0]


def boundary_segment(W, b, extent):
    """Two points of the decision boundary w1 x1 + w2 x2 + b = 0 across the box extent
    (x0, x1, y0, y1), as (xs, ys); empty when W = 0. The axes clip what lies outside."""
    (w1,), (w2,) = np.asarray(W, dtype=float)
    x0, x1, y0, y1 = extent
    if w1 == 0 and w2 == 0:
        return [], []
    if abs(w2) >= abs(w1):                        # closer to horizontal: x runs across
        xs = np.array([x0, x1])
        return xs, -(w1 * xs + b) / w2
    ys = np.array([y0, y1])
    return -(w2 * ys + b) / w1, ys


def training_figure(dataset="toy", learning_rate=0.05, num_iterations=2000):
    """Cost curve (left) and decision boundary with train/test points (right).

    The fixed parts (axes, points, legend) are drawn here; training_update fills in what
    the controls change, so the static twin and every live frame come from the same code.
    """
    X_train, Y_train, X_test, Y_test = training_datasets()[dataset]
    extent, _ = _probability_grid(dataset)
    fig, (ax0, ax1) = _two_panels()
    ax0.plot([], [])
    ax0.set_xlabel("iteration")
    ax0.set_ylabel("cost J")
    ax0.grid(alpha=0.3)
    ax1.imshow(np.zeros((HEATMAP_RESOLUTION,) * 2), origin="lower", extent=extent,
               aspect="auto", cmap="PuOr", vmin=0, vmax=1, alpha=0.55,
               interpolation="bilinear")
    ax1.plot([], [], color="k", lw=1.5)           # the 0.5 boundary (a straight line)
    plot_points(X_train, Y_train, ax1, label_prefix="train ")
    plot_points(X_test, Y_test, ax1, hollow=True, label_prefix="test ")
    if X_train.shape[1] > 50:        # many points: small, faint training markers, test on top
        for points in ax1.collections:
            if points.get_label().startswith("train "):
                points.set_sizes([12])
                points.set_alpha(0.45)
            elif points.get_label().startswith("test "):
                points.set_zorder(4)
    ax1.set_xlim(extent[:2])
    ax1.set_ylim(extent[2:])
    ax1.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    ax1.set_xlabel(TRAINING_AXIS_LABELS[dataset][0])
    ax1.set_ylabel(TRAINING_AXIS_LABELS[dataset][1])
    fig.training_dataset = dataset
    training_update(fig, dataset, learning_rate, num_iterations)
    return fig


def training_update(fig, dataset="toy", learning_rate=0.05, num_iterations=2000):
    """Show another learning rate or iteration count in a training_figure, in place.

    Another dataset has other points and axes: then a new figure is returned instead.
    """
    if getattr(fig, "training_dataset", None) != dataset:
        return training_figure(dataset, learning_rate, num_iterations)
    r = train(dataset, learning_rate, num_iterations)
    ax0, ax1 = fig.axes[:2]
    curve = np.asarray(r["curve"])
    ax0.lines[0].set_data(np.arange(len(curve)) * r["record_every"], curve)
    finite = curve[np.isfinite(curve)]
    top = float(finite.max()) if finite.size else 1.0
    ax0.set_xlim(-0.05 * num_iterations, 1.05 * num_iterations)
    ax0.set_ylim(0, 1.05 * top if top > 0 else 1.0)
    ax0.set_title(f"cost, learning rate {learning_rate:.3g}")
    extent, grid = _probability_grid(dataset)
    P = core.predict_proba(r["W"], r["b"], grid).reshape(HEATMAP_RESOLUTION, -1)
    ax1.images[0].set_data(P)
    ax1.lines[0].set_data(*boundary_segment(r["W"], r["b"], extent))
    ax1.set_title(f"after {num_iterations} iterations: train {r['train_accuracy']:.1f} %,"
                  f" test {r['test_accuracy']:.1f} %", fontsize=10)
    return fig


def training_explorer(continuous_update=True):
    """Learning rate, iterations and dataset -> cost curve, boundary, accuracies."""
    d = TRAINING_DEFAULTS
    controls = {
        "dataset": widgets.Dropdown(options=list(TRAINING_DATASETS.items()),
                                    value=d["dataset"], description="data",
                                    layout=widgets.Layout(width="240px")),
        "learning_rate": widgets.FloatLogSlider(
            value=d["learning_rate"], **LEARNING_RATE_SLIDER,
            description="learning rate", readout_format=".3g",
            continuous_update=continuous_update, style={"description_width": "auto"}),
        "num_iterations": widgets.IntSlider(
            value=d["num_iterations"], min=100, max=10000, step=100,
            description="iterations", continuous_update=continuous_update),
    }
    return explore(training_figure, controls, extra=training_readout, update=training_update)


@functools.lru_cache(maxsize=8)
def replay_path(dataset="toy", learning_rate=0.5, num_iterations=2000):
    """The parameters before every update, recorded once with optimize's callback.

    Returns a read-only array of shape (num_iterations + 1, 3): row k is (w1, w2, b)
    after k updates (the last row is the trained result).
    """
    X_train, Y_train, _, _ = training_datasets()[dataset]
    path = np.empty((num_iterations + 1, 3))

    def record(i, W, b):
        path[i] = W[0, 0], W[1, 0], b

    W, b = core.initialize_weights(X_train.shape[0])
    params, _, _ = core.optimize(W, b, X_train, Y_train, num_iterations, learning_rate,
                                 callback=record)
    path[-1] = params["W"][0, 0], params["W"][1, 0], params["b"]
    return _read_only(path)[0]


def _span(values, pad=0.15):
    lo, hi = float(np.min(values)), float(np.max(values))
    d = max(hi - lo, 1.0) * pad
    return lo - d, hi + d


@functools.lru_cache(maxsize=8)
def _replay_grid(dataset, learning_rate, num_iterations, size=50):
    """The (w1, w2) grid around the whole path and contour levels valid for every frame.

    J is convex in b, so on each grid point its largest value over the b's of the path
    is at the first or the last b: the levels cover both and so every slice between.
    """
    path = replay_path(dataset, learning_rate, num_iterations)
    X, Y = training_datasets()[dataset][:2]
    p0 = np.linspace(*_span(path[:, 0]), size)
    p1 = np.linspace(*_span(path[:, 1]), size)
    top = max(cost_grid(X, Y, p0, p1, b=path[k, 2]).max() for k in (0, -1))
    levels = MaxNLocator(20).tick_values(0, top)
    return p0, p1, levels[levels <= top * 1.2]


def replay_figure(iteration=2000, *, dataset="toy", learning_rate=0.5, num_iterations=2000,
                  shown=60):
    """The neuron after `iteration` updates of a recorded run (replay_path): its
    boundary (left), and the path of (w1, w2) so far on the contour of the cost
    J(w1, w2, b_k) with b held at its current value b_k (right). The colour levels are
    the same for every iteration; `shown` points of the path are drawn.

    The fixed parts are drawn here, the frame by replay_update (also the live frames)."""
    X_train, Y_train, X_test, Y_test = training_datasets()[dataset]
    extent, _ = _probability_grid(dataset)
    fig, (ax0, ax1) = _two_panels(right=0.92)
    ax0.imshow(np.zeros((HEATMAP_RESOLUTION,) * 2), origin="lower", extent=extent,
               aspect="auto", cmap="PuOr", vmin=0, vmax=1, alpha=0.55,
               interpolation="bilinear")
    ax0.plot([], [], color="k", lw=1.5)
    plot_points(X_train, Y_train, ax0, label_prefix="train ")
    plot_points(X_test, Y_test, ax0, hollow=True, label_prefix="test ")
    ax0.set_xlim(extent[:2])
    ax0.set_ylim(extent[2:])
    ax0.set_xlabel("$x_1$")
    ax0.set_ylabel("$x_2$")
    ax1.plot([], [], "w.-", ms=3, lw=1)            # the path so far
    ax1.plot([], [], "r*", ms=12)                  # where it is now
    ax1.set_xlabel("$w_1$")
    ax1.set_ylabel("$w_2$")
    fig.replay_run = (dataset, learning_rate, num_iterations, shown)
    replay_update(fig, iteration)
    fig.colorbar(fig.replay_contours[0], ax=ax1, label="cost J")   # same levels every frame
    return fig


def replay_update(fig, iteration):
    """Show iteration `iteration` of the run a replay_figure was made for, in place."""
    dataset, learning_rate, num_iterations, shown = fig.replay_run
    if not 0 <= iteration <= num_iterations:
        raise ValueError(f"iteration must be between 0 and {num_iterations}; got {iteration}.")
    path = replay_path(dataset, learning_rate, num_iterations)
    p0, p1, levels = _replay_grid(dataset, learning_rate, num_iterations)
    X_train, Y_train = training_datasets()[dataset][:2]
    w1, w2, b = path[iteration]
    W = np.array([[w1], [w2]])
    ax0, ax1 = fig.axes[:2]
    extent, grid = _probability_grid(dataset)
    ax0.images[0].set_data(core.predict_proba(W, b, grid).reshape(HEATMAP_RESOLUTION, -1))
    ax0.lines[0].set_data(*boundary_segment(W, b, extent))
    ax0.set_title(f"iteration {iteration}: cost J = {core.cost(W, b, X_train, Y_train):.4f}",
                  fontsize=10)
    for old in getattr(fig, "replay_contours", ()):   # J(w1, w2, b) changes with b
        old.remove()
    J = cost_grid(X_train, Y_train, p0, p1, b=b)
    fig.replay_contours = (
        ax1.contourf(p0, p1, J, levels=levels, cmap="viridis"),
        ax1.contour(p0, p1, J, levels=levels, colors="w", linewidths=0.3, alpha=0.5))
    step = max(1, num_iterations // shown)
    trail = np.vstack([path[:iteration:step, :2], path[iteration, :2]])
    ax1.lines[0].set_data(trail[:, 0], trail[:, 1])
    ax1.lines[1].set_data([w1], [w2])
    ax1.set_title(f"path of $(w_1, w_2)$ on J at the current b = {b:.3f}", fontsize=10)
    return fig


def replay_explorer(interval_ms=200, frames=50):
    """A Play button and an iteration slider over the recorded path of replay_path().

    Play shows `frames` frames, one every interval_ms: a frame is drawn in place in well
    under that (bench_widgets.py), so the kernel keeps up instead of queueing stale frames.
    """
    d = REPLAY_DEFAULTS
    n = d["num_iterations"]
    slider = widgets.IntSlider(value=n, min=0, max=n, step=n // 100, description="iteration")
    play = widgets.Play(value=n, min=0, max=n, step=n // frames, interval=interval_ms)
    widgets.jslink((play, "value"), (slider, "value"))
    return explore(lambda iteration: replay_figure(iteration, **d), {"iteration": slider},
                   update=replay_update, leading=(play,))


def learning_rate_figure(rates=(0.01, 1.0, 50.0), num_iterations=500,
                         datasets=("toy", "breast cancer")):
    """Cost per iteration (log-log) for each learning rate, one panel per dataset."""
    fig, axes = plt.subplots(1, len(datasets), figsize=(9, 3.4), squeeze=False)
    for ax, name in zip(axes[0], datasets, strict=True):
        X, Y = training_datasets()[name][:2]
        W, b = core.initialize_weights(X.shape[0])
        for lr in rates:
            costs = core.optimize(W, b, X, Y, num_iterations, lr, record_every=1)[2]
            ax.plot(np.arange(1, num_iterations + 1), costs, label=f"learning rate {lr:g}")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("iteration + 1 (log scale)")
        ax.set_ylabel("cost J (log scale)")
        ax.set_title(f"{name} data, {X.shape[1]} training samples", fontsize=10)
        ax.grid(alpha=0.3)
    axes[0, 0].legend(fontsize=8)
    fig.tight_layout()
    return fig


def plot_rate_sweep(rates, rises, bound=None, measured=None, ax=None):
    """Number of steps at which the cost rose, against the learning rate (log x), with
    the guaranteed-safe bound and the measured threshold as vertical lines (each drawn
    only when given)."""
    ax = _axes(ax, (7, 3.2))
    rates, rises = np.asarray(rates), np.asarray(rises)
    ok = rises == 0
    ax.plot(rates[ok], rises[ok], "o", ms=3, color="tab:green", label="cost fell at every step")
    ax.plot(rates[~ok], rises[~ok], "o", ms=3, color="tab:red", label="cost rose at some step")
    if bound is not None:
        ax.axvline(bound, color="k", ls="--", label=f"guaranteed below {bound:.3f}")
    if measured is not None:
        ax.axvline(measured, color="tab:red", ls=":",
                   label=f"first rise measured at {measured:.3f}")
    ax.set_xscale("log")
    ax.set_xlabel("learning rate (log scale)")
    ax.set_ylabel("steps where the cost rose")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    return ax


def weight_growth_figure(iterations, norms, costs):
    """Separable data: norm(W) against the iteration (log x) and the cost (log-log)."""
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(9, 3.4))
    ax0.plot(iterations, norms)
    ax0.set_xscale("log")
    ax0.set_xlabel("iteration (log scale)")
    ax0.set_ylabel(r"$\|W\|$")
    ax0.set_title("the weights never stop growing", fontsize=10)
    ax1.loglog(iterations, costs)
    ax1.set_xlabel("iteration (log scale)")
    ax1.set_ylabel("cost J (log scale)")
    ax1.set_title("while the cost creeps towards 0", fontsize=10)
    for ax in (ax0, ax1):
        ax.grid(alpha=0.3, which="both")
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------- lesson 07

def eps_loss_figure(seed_loss, eps=1e-5):
    """Defect 5: the loss of a y = 1 sample against its logit, exact and with the source
    post's eps.

    seed_loss(z, y, eps) computes the source post's per-sample loss
    (logreg_checks.seed_eps_loss).
    Left: z from -40 to 40; the eps version flattens at -log(eps). Right: confident and
    right (z from 5 to 40), in units of eps: the eps version dips below zero.
    """
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5))
    for ax, z, unit in ((left, np.linspace(-40, 40, 401), 1.0),
                        (right, np.linspace(5, 40, 351), eps)):
        ax.plot(z, core.logistic_loss(z, 1.0) / unit, lw=2, label="exact: from the logits")
        ax.plot(z, seed_loss(z, 1.0, eps) / unit, "--", lw=2,
                label=f"source post: log(a + {eps:g})")
        ax.set_xlabel("logit z (label y = 1)")
        ax.grid(alpha=0.3)
    left.axhline(-np.log(eps), color="gray", ls=":", lw=1)
    left.annotate(f"cap -log(eps) = {-np.log(eps):.2f}", (-39, -np.log(eps) - 3.5),
                  fontsize=8, color="gray")
    left.set_ylabel("loss of one sample")
    left.set_title("confident and wrong: the loss is capped")
    left.legend(fontsize=8)
    right.axhline(0, color="k", lw=0.8)
    right.set_ylim(-2, 2)
    right.set_ylabel(f"loss / {eps:g}")
    right.set_title("confident and right: the loss goes negative")
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------- lesson 08

# Lesson 08: handwritten digits. scikit-learn's bundled 8 x 8 images (nothing is
# downloaded), the lesson's recipe from images to X (64, m) and Y (1, m), the pictures
# (an image grid, the weights as an image, each pixel's vote w_j x_j), and the drawing
# grid: 64 buttons whose clicks redraw a persistent figure (no retraining on a click).

DIGIT_CLASSES = (3, 8)       # the digit that gets label 0, the one that gets label 1
DIGITS_SEED = 0
DIGITS_TEST_SIZE = 100
DIGITS_ITERATIONS = 1000
INK_LEVELS = (0.0, 1 / 3, 2 / 3, 1.0)   # a click moves a cell to the next level, 1 -> 0
INK_CMAP = "gray_r"          # white paper, black ink
VOTE_CMAP = "PuOr"           # orange: votes for label 0, purple: votes for label 1
DIGIT_FIGSIZE, DIGIT_DPI = (5.2, 2.5), 96


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


def _as_image(x):
    """A (64,), (64, 1) or (8, 8) pixel vector as an (8, 8) float array (row by row)."""
    x = np.asarray(x, dtype=float)
    if x.size != 64:
        raise ValueError(f"a digit has 64 pixels (8 x 8); got an array of shape {x.shape}.")
    return x.reshape(8, 8)


def _bare_axes(ax):
    ax.set_xticks([])
    ax.set_yticks([])


def plot_digit_grid(images, titles, *, ncols=10, size=0.9, vmax=16, title_colors=None):
    """Images (k, 8, 8) or pixel columns (64, k) in a grid, each with its title.

    vmax is the value drawn black (16 for raw pixels, 1 for scaled ones). Returns the Figure.
    """
    images = np.asarray(images, dtype=float)
    if images.ndim == 2 and images.shape[0] == 64:
        images = images.T.reshape(-1, 8, 8)
    k = len(images)
    nrows = -(-k // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(ncols * size, nrows * (size + 0.25)),
                             squeeze=False)
    for i, ax in enumerate(axes.flat):
        _bare_axes(ax)
        if i >= k:
            ax.set_visible(False)
            continue
        ax.imshow(images[i], cmap=INK_CMAP, vmin=0, vmax=vmax)
        color = title_colors[i] if title_colors is not None else "k"
        ax.set_title(titles[i], fontsize=8, color=color)
    fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=0.9, wspace=0.1,
                        hspace=0.45)
    return fig


def _vote_colorbar(fig, im, ax, classes):
    bar = fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
    lo, hi = im.get_clim()
    bar.set_ticks([lo, 0, hi])
    bar.set_ticklabels([f"→ {classes[0]}", "0", f"→ {classes[1]}"])
    bar.ax.tick_params(labelsize=8)
    return bar


def plot_weights(W, ax=None, *, classes=DIGIT_CLASSES):
    """The 64 weights as an 8 x 8 image, diverging colours centred at 0: purple pixels
    vote for classes[1], orange ones for classes[0]. Returns the axes."""
    own = ax is None
    ax = _axes(ax, (3.6, 3))
    w = _as_image(W)
    top = float(np.max(np.abs(w))) or 1.0
    im = ax.imshow(w, cmap=VOTE_CMAP, vmin=-top, vmax=top)
    _vote_colorbar(ax.figure, im, ax, classes)
    _bare_axes(ax)
    ax.set_title(f"W as an image: purple votes {classes[1]}, orange {classes[0]}",
                 fontsize=9)
    if own:
        ax.figure.subplots_adjust(left=0.02, right=0.84, bottom=0.03, top=0.9)
    return ax


def digit_verdict(x, W, b, classes=DIGIT_CLASSES):
    """(z, probability of classes[1], predicted digit) for one digit x (64 or 8 x 8 pixels)."""
    x = _as_image(x).reshape(64, 1)
    z = float((np.asarray(W, dtype=float).reshape(1, 64) @ x)[0, 0] + b)
    p = float(core.sigmoid(z))
    return z, p, classes[int(p > 0.5)]


def digit_figure(x, W, b, *, classes=DIGIT_CLASSES, fig=None):
    """A digit (left) and each pixel's vote w_j x_j to z (right), titled with the verdict.

    x holds 64 pixel values in [0, 1] (any shape of 64). The vote colours are centred at 0
    and span +-max|w_j|, the largest vote a pixel can cast, so pictures of different
    digits compare. Pass fig to draw into an existing (empty) Figure. Returns the Figure.
    The live drawing grid (digit_drawer) redraws this same figure in place.
    """
    if fig is None:
        fig = plt.figure(figsize=DIGIT_FIGSIZE, dpi=DIGIT_DPI)
    W = np.asarray(W, dtype=float)
    top = float(np.max(np.abs(W))) or 1.0
    ax_ink, ax_vote = fig.subplots(1, 2)
    fig.subplots_adjust(left=0.02, right=0.9, bottom=0.03, top=0.8, wspace=0.15)
    blank = np.zeros((8, 8))
    ax_ink.imshow(blank, cmap=INK_CMAP, vmin=0, vmax=1)
    vote = ax_vote.imshow(blank, cmap=VOTE_CMAP, vmin=-top, vmax=top)
    _vote_colorbar(fig, vote, ax_vote, classes)
    for ax in (ax_ink, ax_vote):
        _bare_axes(ax)
    ax_ink.set_title("the digit x", fontsize=9)
    fig._digit_parts = (ax_ink.images[0], vote, fig.suptitle("", fontsize=10),
                        ax_vote.set_title("", fontsize=9), W, float(b), classes)
    update_digit_figure(fig, x)
    return fig


def update_digit_figure(fig, x):
    """Redraw a digit_figure for new pixels x: new image data and titles, same Figure."""
    ink, vote, title, vote_title, W, b, classes = fig._digit_parts
    x = _as_image(x)
    votes = W.reshape(8, 8) * x
    ink.set_data(x)
    vote.set_data(votes)
    z, p, digit = digit_verdict(x, W, b, classes)
    title.set_text(f"P({classes[1]}) = {p:.3f}: the neuron says {digit}")
    vote_title.set_text(f"votes wⱼxⱼ: sum {votes.sum():+.2f}, b = {b:+.2f}, "
                        f"z = {z:+.2f}")
    return fig


def digit_readout(x, W, b, classes=DIGIT_CLASSES):
    """The drawing grid's text: z, the probability and the verdict, as HTML."""
    z, p, digit = digit_verdict(x, W, b, classes)
    return (f"z = {z:+.3f} · P({classes[1]}) = {p:.3f} · the neuron says "
            f"<b>{digit}</b>")


def ink_color(level):
    """A button colour for an ink level in [0, 1]: white (no ink) to black."""
    shade = int(round(255 * (1 - min(max(float(level), 0.0), 1.0))))
    return f"#{shade:02x}{shade:02x}{shade:02x}"


def next_ink(level):
    """The ink level after a click: the next of INK_LEVELS above level; after 1, 0."""
    for step in INK_LEVELS:
        if step > level + 1e-9:
            return step
    return 0.0


class DigitDrawer(widgets.HBox):
    """An 8 x 8 drawing grid (64 core Buttons), Clear, presets, and the live verdict.

    Made by digit_drawer(). A click moves a cell to the next ink level (0, 1/3, 2/3, 1,
    then 0) and redraws the persistent digit_figure in place: new image data (set_data),
    one PNG (savefig, no second "tight" pass) sent to a core Image widget, and the
    readout. No new figure and no retraining on a click. ``click(row, col)``, ``clear()``
    and ``load(name)`` do from code what the buttons do (tests, benchmarks); ``ink`` is
    the current (8, 8) drawing.
    """

    def __init__(self, W, b, presets, *, start=None, classes=DIGIT_CLASSES, cell_px=30):
        from matplotlib.figure import Figure

        self.W, self.b, self.classes = np.asarray(W, dtype=float), float(b), classes
        self.presets = {name: _as_image(x).copy() for name, x in presets.items()}
        start = next(iter(self.presets)) if start is None else start
        self.ink = self.presets[start].copy() if start else np.zeros((8, 8))
        # a figure outside pyplot: never shown by the notebook itself, never left open
        self.figure = digit_figure(self.ink, self.W, self.b, classes=classes,
                                   fig=Figure(figsize=DIGIT_FIGSIZE, dpi=DIGIT_DPI))
        size = f"{cell_px}px"
        self.cells = []
        for r in range(8):
            for c in range(8):
                cell = widgets.Button(tooltip=f"row {r}, column {c}", layout=widgets.Layout(
                    width=size, height=size, padding="0", margin="0",
                    border="1px solid #bbbbbb"))
                cell.on_click(lambda _b, r=r, c=c: self.click(r, c))
                self.cells.append(cell)
        grid = widgets.GridBox(self.cells, layout=widgets.Layout(
            grid_template_columns=f"repeat(8, {size})", grid_gap="1px", width="max-content",
            margin="0 12px 0 0"))
        grid.add_class("digit-grid")
        clear = widgets.Button(description="Clear", layout=widgets.Layout(width="auto"))
        clear.on_click(lambda _b: self.clear())
        buttons = [clear]
        for name in self.presets:
            button = widgets.Button(description=name, layout=widgets.Layout(width="auto"))
            button.on_click(lambda _b, name=name: self.load(name))
            buttons.append(button)
        self.picture = widgets.Image(format="png")
        self.picture.add_class("digit-picture")
        self.readout = widgets.HTML(layout=widgets.Layout(min_height="1.5em"))
        self.readout.add_class("explorer-readout")
        row = widgets.HBox(buttons, layout=widgets.Layout(flex_flow="row wrap"))
        self._paint()
        self._redraw()
        super().__init__([grid, widgets.VBox([row, self.picture, self.readout])],
                         layout=widgets.Layout(align_items="flex-start"))

    @property
    def probability(self):
        """The neuron's probability of classes[1] for the current drawing."""
        return digit_verdict(self.ink, self.W, self.b, self.classes)[1]

    def _paint(self, cells=range(64)):
        for k in cells:
            self.cells[k].style.button_color = ink_color(self.ink.flat[k])

    def _redraw(self):
        update_digit_figure(self.figure, self.ink)
        self.picture.value = figure_png(self.figure)
        self.readout.value = digit_readout(self.ink, self.W, self.b, self.classes)

    def click(self, row, col):
        """What a click on cell (row, col) does. Returns the cell's new ink level."""
        self.ink[row, col] = next_ink(self.ink[row, col])
        self._paint([8 * row + col])
        self._redraw()
        return self.ink[row, col]

    def clear(self):
        self.ink[:] = 0.0
        self._paint()
        self._redraw()

    def load(self, name):
        """Show the preset called name (a real test image)."""
        self.ink[:] = self.presets[name]
        self._paint()
        self._redraw()


def digit_drawer(W, b, presets, *, start=None, classes=DIGIT_CLASSES):
    """The live drawing grid for a trained neuron (W (64, 1), b float).

    presets: dict name -> 64 pixel values in [0, 1] (real test images); the first one is
    shown at the start unless start names another ('' starts blank). Its static twin is
    ``digit_figure(presets[first], W, b)``. Returns a DigitDrawer.
    """
    return DigitDrawer(W, b, presets, start=start, classes=classes)


# --------------------------------------------------------------------------- lesson 09

# Lesson 09: judging a classifier. Label 1 is the positive class (malignant), predicted
# when the probability is >= the threshold. The threshold explorer keeps one figure alive
# and moves its artists; it never retrains and never builds a new figure.

CLASS_NAMES_09 = ("benign (0)", "malignant (1)")


def _rates_at(probabilities, Y, threshold):
    """(confusion matrix, fpr, recall, precision or None) for predictions A >= threshold."""
    predicted = (np.asarray(probabilities) >= threshold).astype(int).reshape(1, -1)
    cm = core.confusion_matrix(predicted, np.reshape(Y, (1, -1)))
    (tn, fp), (fn, tp) = cm
    precision = tp / (tp + fp) if tp + fp else None
    return cm, fp / (fp + tn), tp / (tp + fn), precision


def _count(n, noun):
    return f"{n} {noun}{'' if n == 1 else 's'}"


def precision_recall_points(fpr, tpr, n_negative, n_positive):
    """(recall, precision) at every ROC point but the first (where nothing is predicted 1
    and precision is 0 / 0): TP = tpr * P and FP = fpr * N, so precision = TP / (TP + FP)."""
    tp, fp = np.asarray(tpr)[1:] * n_positive, np.asarray(fpr)[1:] * n_negative
    return np.asarray(tpr)[1:], tp / (tp + fp)


def plot_roc(fpr, tpr, ax=None, *, label=None):
    """The ROC curve (fpr, tpr) with the diagonal of random guessing. Returns the axes."""
    ax = _axes(ax, (4, 4))
    ax.plot([0, 1], [0, 1], ls=":", color="0.5", lw=1, label="coin flip (AUC 0.5)")
    ax.plot(fpr, tpr, color="C0", lw=1.8, label=label)
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.02, 1.02)
    ax.set_xlabel("false positive rate  FP / (FP + TN)")
    ax.set_ylabel("recall  TP / (TP + FN)")
    return ax


def plot_precision_recall(recall, precision, prevalence, ax=None, *, label=None):
    """Precision against recall, with the precision of 'always 1' (the prevalence)."""
    ax = _axes(ax, (4, 4))
    ax.axhline(prevalence, ls=":", color="0.5", lw=1, label=f"always 1 ({prevalence:.2f})")
    ax.plot(recall, precision, color="C2", lw=1.8, label=label)
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(min(prevalence, float(np.min(precision))) - 0.05, 1.03)
    ax.set_xlabel("recall  TP / (TP + FN)")
    ax.set_ylabel("precision  TP / (TP + FP)")
    return ax


class ThresholdView:
    """The four panels of the threshold explorer, for fixed probabilities and labels.

    Top left: every sample at its probability (a row per true class; hollow = wrong at
    this threshold) and the threshold line. Top right: the confusion matrix. Bottom: the
    ROC and precision-recall curves with the current point. ``update(threshold)`` moves
    the line, the fill colours, the counts, the two points and the title; it returns the
    Figure.

    live=False (the static twin): an ordinary pyplot figure. live=True (the explorer):
    a figure kept for the explorer's lifetime and not registered with pyplot. Everything
    that never changes (axes, ticks, labels, curves) is drawn once into a picture that
    becomes the figure's background; the axes then draw only what moves. Tick labels
    are most of matplotlib's drawing time, so this makes an update several times faster
    and looks the same.
    """

    def __init__(self, probabilities, Y, *, live=False):
        A, Y = np.asarray(probabilities, float).ravel(), np.asarray(Y).ravel().astype(int)
        self.A, self.Y = A, Y
        self.fpr, self.tpr, _ = core.roc_curve(A.reshape(1, -1), Y.reshape(1, -1))
        self.area = core.auc(self.fpr, self.tpr)
        if live:
            from matplotlib.backends.backend_agg import FigureCanvasAgg
            from matplotlib.figure import Figure
            fig = Figure(figsize=(9, 6.6), dpi=80)
            FigureCanvasAgg(fig)
        else:
            fig = plt.figure(figsize=(9, 6.6), dpi=80)
        self.fig = fig
        axes = fig.subplots(2, 2)
        fig.subplots_adjust(left=0.14, right=0.97, bottom=0.08, top=0.9, wspace=0.45,
                            hspace=0.42)
        self._strip(axes[0, 0])
        self._matrix(axes[0, 1])
        plot_roc(self.fpr, self.tpr, axes[1, 0], label="this neuron")
        axes[1, 0].set_title(f"ROC curve, AUC = {self.area:.4f}", fontsize=10)
        axes[1, 0].legend(fontsize=8, loc="lower right")
        recall, precision = precision_recall_points(self.fpr, self.tpr, (Y == 0).sum(),
                                                    (Y == 1).sum())
        plot_precision_recall(recall, precision, Y.mean(), axes[1, 1], label="this neuron")
        axes[1, 1].set_title("precision-recall curve", fontsize=10)
        axes[1, 1].legend(fontsize=8, loc="lower left")
        self.roc_point, = axes[1, 0].plot([], [], "o", color="C3", ms=8, zorder=5)
        self.pr_point, = axes[1, 1].plot([], [], "o", color="C3", ms=8, zorder=5)
        for ax in axes.flat:
            ax.locator_params(nbins=5)
        self.title = fig.suptitle("", fontsize=11)
        self.moving = [self.points, self.line, self.shade, self.image, *self.cells,
                       self.roc_point, self.pr_point, self.title]
        if live:
            self._draw_background_once(axes.flat)

    def _strip(self, ax):
        # a deterministic spread inside each row (golden-ratio steps), no random numbers
        spread = (np.arange(self.A.size) * 0.6180339887) % 1 - 0.5
        self.points = ax.scatter(self.A, self.Y + 0.6 * spread, s=18, linewidths=1,
                                 edgecolors=np.array(CLASS_COLORS)[self.Y], zorder=3)
        self.line = ax.axvline(0.5, color="k", lw=1.5)
        # the shaded side 'predicted 1': x in data units, y the whole height of the axes
        self.shade = ax.add_patch(Rectangle((0.5, 0), 0.52, 1, transform=ax.get_xaxis_transform(),
                                            color="C3", alpha=0.08, lw=0))
        ax.set_xlim(-0.02, 1.02)
        ax.set_ylim(-0.5, 1.5)
        ax.set_yticks([0, 1], ["benign\n(0)", "malignant\n(1)"])
        ax.set_xlabel("predicted probability of malignant")
        ax.set_title("samples; hollow = wrong at this threshold", fontsize=10)
        ax.text(0.98, 1.42, "predicted 1 →", ha="right", va="top", fontsize=9, color="C3")

    def _matrix(self, ax):
        self.vmax = 1.6 * max(int((self.Y == 0).sum()), int((self.Y == 1).sum()))
        self.image = ax.imshow(np.zeros((2, 2)), cmap="Blues", vmin=0, vmax=self.vmax)
        self.cells = [ax.text(j, i, "", ha="center", va="center", fontsize=12)
                      for i in range(2) for j in range(2)]
        ax.set_xticks([0, 1], ["predicted\nbenign (0)", "predicted\nmalignant (1)"])
        ax.set_yticks([0, 1], ["actual\nbenign (0)", "actual\nmalignant (1)"])
        ax.set_title("confusion matrix", fontsize=10)

    def _draw_background_once(self, axes):
        """Render what never moves into a picture behind the axes; keep only what moves."""
        for artist in self.moving:
            artist.set_visible(False)
        self.fig.canvas.draw()
        picture = np.asarray(self.fig.canvas.buffer_rgba()).copy()
        for ax in axes:
            ax.set_axis_off()                 # no spines, ticks, labels, white patch
            for artist in [*ax.get_children(), ax.title]:
                if artist not in self.moving:
                    artist.set_visible(False)
        for artist in self.moving:
            artist.set_visible(True)
        back = self.fig.add_axes((0, 0, 1, 1), zorder=-1)
        back.imshow(picture, aspect="auto", interpolation="nearest")
        back.set_axis_off()

    def update(self, threshold=0.5):
        cm, fpr, recall, precision = _rates_at(self.A, self.Y, threshold)
        right = (self.A >= threshold) == (self.Y == 1)
        faces = np.array(CLASS_COLORS, dtype=object)[self.Y]
        faces[~right] = "none"
        self.points.set_facecolors(list(faces))
        self.line.set_xdata([threshold, threshold])
        self.shade.set_x(threshold)
        self.shade.set_width(1.02 - threshold)
        self.image.set_data(cm)
        for text, name, count in zip(self.cells, ("TN", "FP", "FN", "TP"), cm.ravel(),
                                     strict=True):
            text.set_text(f"{name}\n{count}")
            text.set_color("white" if count > 0.5 * self.vmax else "black")
        self.roc_point.set_data([fpr], [recall])
        if precision is None:
            self.pr_point.set_data([], [])
            shown = "precision undefined (nothing predicted 1)"
        else:
            self.pr_point.set_data([recall], [precision])
            shown = f"precision {precision:.3f}"
        self.title.set_text(f"threshold {threshold:.3f}: {shown}, recall {recall:.3f}, "
                            f"{_count(cm[0, 1], 'false alarm')}, {cm[1, 0]} missed")
        return self.fig


def threshold_figure(probabilities, Y, threshold=0.5):
    """The threshold explorer's figure at one threshold (its static twin)."""
    return ThresholdView(probabilities, Y).update(threshold)


def threshold_readout(probabilities, Y, threshold=0.5):
    """The explorer's text: the four counts and the rates at this threshold."""
    cm, fpr, recall, precision = _rates_at(probabilities, Y, threshold)
    (tn, fp), (fn, tp) = cm
    shown = "undefined" if precision is None else f"{precision:.3f}"
    return (f"threshold {threshold:.3f} · TN {tn}, FP {fp}, FN {fn}, TP {tp} · "
            f"precision {shown} · recall {recall:.3f} · specificity {tn / (tn + fp):.3f}")


def threshold_explorer(probabilities, Y, threshold=0.5):
    """A threshold slider over ThresholdView: no retraining, one figure, moved artists."""
    view = ThresholdView(probabilities, Y, live=True)
    slider = widgets.FloatSlider(value=threshold, min=0.0, max=1.0, step=0.005,
                                 description="threshold", readout_format=".3f",
                                 layout=widgets.Layout(width="460px"))
    box = explore(view.update, {"threshold": slider},
                  extra=lambda threshold: threshold_readout(probabilities, Y, threshold),
                  update=lambda fig, threshold: view.update(threshold))
    box.view = view
    return box


def reliability_figure(curves, zoom=0.04):
    """Reliability diagram: the observed fraction of 1s against the mean predicted
    probability, one point per bin, its area proportional to the bin's size.

    curves : {label: (mean_predicted, observed_fraction, counts)}, one entry per bin.
    Left: the whole square, each point labelled with its count. Right: the corner
    [0, zoom] x [0, zoom] magnified, where most samples of a confident model sit. The
    diagonal is perfect calibration. Returns the Figure.
    """
    fig, axes = plt.subplots(1, 2, figsize=(9, 4))
    for ax, top in zip(axes, (1.0, zoom), strict=True):
        ax.plot([0, top], [0, top], ls=":", color="0.5", label="honest: observed = predicted")
        for k, (label, (predicted, observed, counts)) in enumerate(curves.items()):
            sizes = 600 * np.asarray(counts) / max(np.max(c) for *_, c in curves.values())
            ax.plot(predicted, observed, color=f"C{k}", lw=1, alpha=0.6)
            ax.scatter(predicted, observed, s=np.maximum(sizes, 12), color=f"C{k}",
                       alpha=0.7, label=label, zorder=3)
            if top == 1.0:
                for p, o, n, size in zip(predicted, observed, counts, sizes, strict=True):
                    away = 3 + np.sqrt(size) / 2              # just outside the marker
                    ax.annotate(f"{n}", (p, o), xytext=(away, -away - 6 if k else away),
                                textcoords="offset points", fontsize=8, color=f"C{k}")
        ax.set_xlim(-0.02 * top, 1.02 * top)
        ax.set_ylim(-0.02 * top, 1.02 * top)
        ax.set_xlabel("mean predicted probability in the bin")
        ax.set_ylabel("observed fraction of malignant")
    axes[0].set_title("all bins (numbers: tumours in the bin)", fontsize=10)
    axes[1].set_title(f"the lowest bin, magnified (0 to {zoom:g})", fontsize=10)
    axes[0].legend(fontsize=8, loc="upper left", markerscale=0.4)
    fig.tight_layout()
    return fig


# --------------------------------------------------------------------------- lesson 10

# Lesson 10: polynomial features, overfitting and the L2 penalty, on two noisy rings.
# Every trained result is cached by its settings (degree, lambd): a slider moved back is
# free, and the result never depends on the order the sliders were moved in (no warm
# start: every fit starts from W = 0, b = 0).

RINGS_SEED = 6
RINGS_SPLIT = {"train": 70, "validation": 80, "test": 250}
RINGS_NOISE = 0.25
RINGS_FACTOR = 0.5         # the inner ring (label 1) has half the outer ring's radius
RINGS_SCALE = 4.0          # make_circles' outer radius 1 stretched to 4
FIT_ITERATIONS = 3000
REG_DEGREE = 6             # the penalty explorer's degree: 27 features
REG_GRID = 90              # pixels per side of the probability map
REG_LIMIT = 6.6            # the maps cover [-REG_LIMIT, REG_LIMIT] in both features


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


def _grid_points(resolution=REG_GRID, limit=REG_LIMIT):
    g = np.linspace(-limit, limit, resolution)
    G0, G1 = np.meshgrid(g, g)
    return np.vstack([G0.ravel(), G1.ravel()])


@functools.lru_cache(maxsize=16)
def poly_sets(degree):
    """Polynomial features of every set and of the map's grid, standardised with the
    training set's mean and std (core.polynomial_features, core.standardize).

    Returns a dict: "train", "validation", "test", "grid" -> the (n_terms, m) arrays,
    and "mean", "std" (n_terms, 1). Read-only.
    """
    data = rings()
    P_train, mean, std = core.standardize(core.polynomial_features(data["train"][0], degree))
    out = {"train": P_train, "mean": mean, "std": std}
    for name in ("validation", "test"):
        out[name] = core.standardize(core.polynomial_features(data[name][0], degree),
                                     mean, std)[0]
    out["grid"] = core.standardize(core.polynomial_features(_grid_points(), degree),
                                   mean, std)[0]
    _read_only(*out.values())
    return out


def fit_learning_rate(degree, lambd=0.0):
    """The learning rate the lesson trains with: lesson 06's bound, penalty included."""
    return core.max_stable_learning_rate(poly_sets(degree)["train"], lambd=lambd)


@functools.lru_cache(maxsize=128)
def fit(degree, lambd=0.0, num_iterations=FIT_ITERATIONS):
    """Train from W = 0, b = 0 on the standardised polynomial features of the training set.

    Gradient descent (core.optimize) with the penalty lambd and the learning rate
    fit_learning_rate(degree, lambd). Returns a dict: "W", "b", "learning_rate",
    "norm_W", "accuracy" and "cost" (each a dict over "train", "validation", "test";
    the cost is the plain mean cross-entropy, without the penalty), and "grad" (the
    largest |component| of the penalised gradient at the end). Cached: read-only.
    """
    sets = poly_sets(degree)
    data = rings()
    lr = fit_learning_rate(degree, lambd)
    W, b = core.initialize_weights(sets["train"].shape[0])
    params, grads, _ = core.optimize(W, b, sets["train"], data["train"][1], num_iterations,
                                     lr, record_every=num_iterations, lambd=lambd)
    W, b = params["W"], params["b"]
    accuracy, cost = {}, {}
    for name in ("train", "validation", "test"):
        Y = data[name][1]
        accuracy[name] = core.accuracy(core.predict(W, b, sets[name]), Y)
        cost[name] = core.cost(W, b, sets[name], Y)
    return {"W": _read_only(W)[0], "b": b, "learning_rate": lr,
            "norm_W": float(np.linalg.norm(W)), "accuracy": accuracy, "cost": cost,
            "grad": float(np.max(np.abs(np.append(grads["dW"], grads["db"]))))}


def _lambda_text(lambd):
    return "0" if lambd == 0 else f"{lambd:g}"


class _RegularisationView:
    """The figure of both lesson-10 explorers, built once and then updated in place.

    Two panels share one probability map and boundary: the training points (left) and
    the test points (right). show(degree, lambd) retrains (cached) and only changes
    artists' data: the map's pixels, the boundary line, the titles. A new view shown
    once and a long-lived view after any number of show() calls give the same picture.
    """

    def __init__(self):
        fig, axes = plt.subplots(1, 2, figsize=(9, 4.3), dpi=80, sharey=True)
        fig.subplots_adjust(left=0.07, right=0.98, bottom=0.12, top=0.8, wspace=0.06)
        data, extent = rings(), (-REG_LIMIT, REG_LIMIT, -REG_LIMIT, REG_LIMIT)
        self.fig, self.axes, self.boundaries = fig, axes, [None, None]
        self.images = [ax.imshow(np.full((REG_GRID, REG_GRID), 0.5), origin="lower",
                                 extent=extent, cmap="PuOr", vmin=0, vmax=1, alpha=0.55,
                                 interpolation="bilinear") for ax in axes]
        for ax, name, hollow in ((axes[0], "train", False), (axes[1], "test", True)):
            X, Y = data[name]
            plot_points(X, Y, ax, hollow=hollow, label_prefix=f"{name} ")
            for points in ax.collections:
                points.set_sizes([22 if hollow else 30])
            ax.set_xlim(-REG_LIMIT, REG_LIMIT)
            ax.set_ylim(-REG_LIMIT, REG_LIMIT)
            ax.set_aspect("equal")
            ax.set_xlabel("x₁")       # plain text: mathtext costs time on every draw
            ax.locator_params(nbins=4)
        axes[0].set_ylabel("x₂")
        self.suptitle = fig.suptitle("", fontsize=11)
        g = np.linspace(-REG_LIMIT, REG_LIMIT, REG_GRID)
        self.G0, self.G1 = np.meshgrid(g, g)

    def show(self, degree, lambd):
        r = fit(degree, lambd)
        P = core.predict_proba(r["W"], r["b"], poly_sets(degree)["grid"])
        P = P.reshape(REG_GRID, REG_GRID)
        n_terms = r["W"].shape[0]
        self.suptitle.set_text(f"degree {degree} ({n_terms} features), λ = "
                               f"{_lambda_text(lambd)}: ‖W‖ = {r['norm_W']:.1f}")
        for k, (ax, name) in enumerate(zip(self.axes, ("train", "test"), strict=True)):
            self.images[k].set_data(P)
            if self.boundaries[k] is not None:
                self.boundaries[k].remove()
                self.boundaries[k] = None
            if P.min() < 0.5 < P.max():
                self.boundaries[k] = ax.contour(self.G0, self.G1, P, levels=[0.5],
                                                colors="k", linewidths=1.5)
            ax.set_title(f"{len(rings()[name][1][0])} {name} points: accuracy "
                         f"{r['accuracy'][name]:.1f} %", fontsize=10)
        return self.fig


DEGREE_DEFAULTS = {"degree": 6}
PENALTY_DEFAULTS = {"lambd": 1.0}
PENALTY_VALUES = (0.0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0,
                  10.0, 20.0, 50.0, 100.0)


def degree_figure(degree=6):
    """Lesson 10's degree explorer, one static view: no penalty, the given degree."""
    return _RegularisationView().show(degree, 0.0)


def penalty_figure(lambd=1.0, degree=REG_DEGREE):
    """Lesson 10's penalty explorer, one static view: degree 6, the given lambd."""
    return _RegularisationView().show(degree, lambd)


def regularisation_readout(degree=REG_DEGREE, lambd=0.0):
    """The explorers' text: accuracies, costs and ||W|| of fit(degree, lambd), as HTML."""
    r = fit(degree, lambd)
    acc, J = r["accuracy"], r["cost"]
    return (f"degree {degree}, λ = {_lambda_text(lambd)}: train accuracy "
            f"{acc['train']:.1f} % · test accuracy {acc['test']:.1f} % · train cost "
            f"{J['train']:.4f} · test cost {J['test']:.4f} · ‖W‖ = {r['norm_W']:.2f}")


def degree_explorer():
    """A degree slider (1 to 8, no penalty): boundary, train and test accuracy."""
    view = _RegularisationView()
    slider = widgets.IntSlider(value=DEGREE_DEFAULTS["degree"], min=1, max=8,
                               description="degree")
    return explore(lambda degree: view.show(degree, 0.0), {"degree": slider},
                   extra=lambda degree: regularisation_readout(degree, 0.0))


def penalty_explorer(degree=REG_DEGREE):
    """A lambda slider on a log scale, 0 included, at degree 6."""
    view = _RegularisationView()
    slider = widgets.SelectionSlider(
        options=[(_lambda_text(v), v) for v in PENALTY_VALUES],
        value=PENALTY_DEFAULTS["lambd"], description="λ", continuous_update=True)
    return explore(lambda lambd: view.show(degree, lambd), {"lambd": slider},
                   extra=lambda lambd: regularisation_readout(degree, lambd))


@functools.lru_cache(maxsize=4)
def validation_curve(degree=REG_DEGREE, lambdas=PENALTY_VALUES):
    """Train at every lambd (fit) and collect the three sets' costs and accuracies.

    Returns a dict: "lambd" (k,), "cost" and "accuracy" (dicts over "train",
    "validation", "test" of (k,) arrays), "norm_W" (k,). The costs are the plain mean
    cross-entropy, without the penalty. Cached: read-only.
    """
    fits = [fit(degree, lam) for lam in lambdas]
    names = ("train", "validation", "test")
    return {"lambd": _read_only(np.array(lambdas, dtype=float))[0],
            "cost": {k: _read_only(np.array([f["cost"][k] for f in fits]))[0] for k in names},
            "accuracy": {k: _read_only(np.array([f["accuracy"][k] for f in fits]))[0]
                         for k in names},
            "norm_W": _read_only(np.array([f["norm_W"] for f in fits]))[0]}


def chosen_lambda(curve):
    """The lambd with the lowest validation cost on a validation_curve."""
    return float(curve["lambd"][int(np.argmin(curve["cost"]["validation"]))])


SET_STYLES = {"train": {"color": "C0", "marker": "o"},
              "validation": {"color": "C2", "marker": "s"},
              "test": {"color": "0.45", "marker": "^", "ls": "--"}}


def validation_curve_figure(degree=REG_DEGREE, lambdas=PENALTY_VALUES):
    """Cost (left) and accuracy (right) of the three sets against lambd.

    The x-axis is logarithmic above 0.001 and linear below it, so lambd = 0 sits at
    its left end (matplotlib's "symlog" scale). A vertical line marks the lambd with the
    lowest validation cost.
    """
    curve = validation_curve(degree, tuple(lambdas))
    best = chosen_lambda(curve)
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
    for ax, what, label in ((axes[0], "cost", "cost J (no penalty term)"),
                            (axes[1], "accuracy", "accuracy (%)")):
        for name, style in SET_STYLES.items():
            ax.plot(curve["lambd"], curve[what][name], ms=4, label=name, **style)
        ax.axvline(best, color="C2", lw=1, alpha=0.7)
        ax.set_xscale("symlog", linthresh=1e-3, linscale=0.5)
        ax.set_xlim(0, curve["lambd"].max() * 1.5)
        ax.set_xlabel("λ (0, then a log scale)")
        ax.set_ylabel(label)
        ax.grid(alpha=0.3)
    axes[0].annotate(f"lowest validation cost\nat λ = {_lambda_text(best)}",
                     (best, curve["cost"]["validation"].min()), xytext=(0.45, 0.45),
                     textcoords="axes fraction", arrowprops={"arrowstyle": "->"}, fontsize=9)
    axes[0].legend(fontsize=9, loc="upper right")
    fig.suptitle(f"degree {degree}: the validation curve", fontsize=11)
    fig.tight_layout()
    return fig


@functools.lru_cache(maxsize=4)
def early_stopping_curve(degree=REG_DEGREE, num_iterations=30_000, points=150, lambd=0.0):
    """The three sets' costs (no penalty term) during one long run, at about `points`
    iterations spread evenly on a log scale from 1 to num_iterations.

    Returns a dict: "iteration" (k,), "cost": {"train", "validation", "test"} -> (k,).
    The run is fit's, only longer: from zero, with the same learning rate.
    """
    sets, data = poly_sets(degree), rings()
    names = ("train", "validation", "test")
    keep = set(np.unique(np.geomspace(1, num_iterations, points).astype(int)).tolist())
    its, costs = [], {k: [] for k in names}

    def record(i, W, b):
        if i in keep:
            its.append(i)
            for k in names:
                costs[k].append(core.cost(W, b, sets[k], data[k][1]))

    W, b = core.initialize_weights(sets["train"].shape[0])
    core.optimize(W, b, sets["train"], data["train"][1], num_iterations + 1,
                  fit_learning_rate(degree, lambd), record_every=num_iterations + 1,
                  callback=record, lambd=lambd)
    return {"iteration": _read_only(np.array(its))[0],
            "cost": {k: _read_only(np.array(v))[0] for k, v in costs.items()}}


def early_stopping_figure(degree=REG_DEGREE, num_iterations=30_000):
    """Cost against iteration (log x) for the three sets, no penalty; the iteration with
    the lowest validation cost marked."""
    curve = early_stopping_curve(degree, num_iterations)
    its = curve["iteration"]
    best = int(its[int(np.argmin(curve["cost"]["validation"]))])
    fig, ax = plt.subplots(figsize=(7, 3.6))
    for name, style in SET_STYLES.items():
        ax.plot(its, curve["cost"][name], label=name, color=style["color"],
                ls=style.get("ls", "-"))
    ax.axvline(best, color="C2", lw=1, alpha=0.7)
    ax.annotate(f"lowest validation cost\nafter {best} iterations",
                (best, curve["cost"]["validation"].min()), xytext=(0.05, 0.6),
                textcoords="axes fraction", arrowprops={"arrowstyle": "->"}, fontsize=9)
    ax.set_xscale("log")
    ax.set_xlabel("iteration (log scale)")
    ax.set_ylabel("cost J (no penalty)")
    ax.set_title(f"degree {degree}, λ = 0: training longer is not always better", fontsize=10)
    ax.legend(fontsize=9, loc="upper left")
    ax.grid(alpha=0.3, which="both")
    fig.tight_layout()
    return fig
