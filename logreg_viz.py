"""Plots and widget explorers shared by the lessons.

Every plot function draws on an ``ax`` it is given (or a new one), returns the axes,
and changes no global matplotlib state, so the same call is both a lesson's static
figure and the body of its live explorer. Explorers wrap those functions with
ipywidgets; their static twin is the plain call with the default values.
"""

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from IPython.display import display

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


def explore(draw, controls, *, extra=None):
    """A live explorer: redraw ``draw(**values)`` whenever a control changes.

    draw : function of the controls' values returning a matplotlib Figure (the same
           function gives the static twin when called with the default values)
    controls : dict name -> ipywidgets control
    extra : optional function of the same values returning an HTML string shown under
            the plot (numbers a reader and the browser test can read as text)

    Returns a VBox; its ``update(**values)`` redraws directly (tests, benchmarks).
    """
    out = widgets.Output()
    text = widgets.HTML(layout=widgets.Layout(min_height="1.5em"))
    text.add_class("explorer-readout")

    def update(**values):
        fig = draw(**values)
        if extra is not None:
            text.value = extra(**values)
        with out:
            out.clear_output(wait=True)
            display(fig)
        plt.close(fig)   # the Output keeps the PNG; keeping figures open leaks memory
        return fig

    def refresh(_change=None):
        update(**{name: c.value for name, c in controls.items()})

    for control in controls.values():
        control.observe(refresh, names="value")
    box = widgets.VBox([widgets.HBox(list(controls.values())), out, text])
    box.update = update
    refresh()
    return box


# --------------------------------------------------------------------------- lesson 00

# --------------------------------------------------------------------------- lesson 01

# --------------------------------------------------------------------------- lesson 02

# --------------------------------------------------------------------------- lesson 03

# --------------------------------------------------------------------------- lesson 04

H_SWEEP_DTYPES = (np.float64, np.float32)


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
    """Two panels side by side (centered, forward), float64 and float32 in each.

    sweeps : dict (method, dtype name) -> errors, e.g. from h_sweep.
    Dotted lines mark the theory's best step, eps^(1/3) or eps^(1/2).
    """
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.6), sharey=True)
    for ax, method in zip(axes, ("centered", "forward"), strict=True):
        names = [np.dtype(d).name for d in H_SWEEP_DTYPES]
        plot_h_sweep(hs, {nm: sweeps[method, nm] for nm in names}, ax,
                     theory={nm: theory_h(nm, method) for nm in names},
                     title=f"{method} differences")
    axes[1].set_ylabel("")
    lowest = min(float(np.min(errors)) for errors in sweeps.values())
    axes[0].set_ylim(max(lowest, 1e-300) / 1e4, 3)   # shared y: room for both legends
    fig.tight_layout()
    return fig

# --------------------------------------------------------------------------- lesson 05

# --------------------------------------------------------------------------- lesson 06

def eps_loss_figure(seed_loss, eps=1e-5):
    """Defect 5: the loss of a y = 1 sample against its logit, exact and with the seed's eps.

    seed_loss(z, y, eps) computes the seed's per-sample loss (logreg_checks.seed_eps_loss).
    Left: z from -40 to 40; the eps version flattens at -log(eps). Right: confident and
    right (z from 5 to 40), in units of eps: the eps version dips below zero.
    """
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5))
    for ax, z, unit in ((left, np.linspace(-40, 40, 401), 1.0),
                        (right, np.linspace(5, 40, 351), eps)):
        ax.plot(z, core.logistic_loss(z, 1.0) / unit, lw=2, label="exact: from the logits")
        ax.plot(z, seed_loss(z, 1.0, eps) / unit, "--", lw=2, label=f"seed: log(a + {eps:g})")
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
