"""Plots several lessons share: class colours and markers, points, a cost curve, a decision
boundary, a cost grid and its contour, costs over w, a colour map of a function.

Every plot function draws on an ``ax`` it is given (or a new one), returns the axes and
changes no global matplotlib state. Imports numpy, matplotlib and logreg_core; never a
lesson's module or ipywidgets.
"""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import Normalize
from matplotlib.image import AxesImage
from contourpy import contour_generator
from matplotlib.transforms import IdentityTransform

import logreg_core as core

CLASS_COLORS = ("#d95f02", "#1b9e77")   # label 0, label 1; readable by the colour-blind
CLASS_MARKERS = ("o", "s")


def _axes(ax, figsize=(5, 3.5)):
    if ax is None:
        _, ax = plt.subplots(figsize=figsize)
    return ax


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


class FunctionImage(AxesImage):
    """A colour map of f(x1, x2) computed at the centre of every screen pixel of its axes.

    imshow of a precomputed grid has matplotlib resample and colour the grid on every
    draw, which is most of an explorer's frame; this image asks the function for exactly
    the pixels it covers and colours them once, so a live explorer and its static twin get
    the same sharp picture at any size and resolution. f takes points (2, k) and returns
    k values; set_function gives it a new f (the next frame).
    """

    def __init__(self, ax, f, *, cmap, vmin=None, vmax=None, norm=None, alpha=None, step=1):
        super().__init__(ax, cmap=cmap, norm=norm or Normalize(vmin, vmax), alpha=alpha,
                         interpolation="nearest")
        # step > 1: f is asked once per step x step block of pixels (at its centre), for
        # maps whose f is costly per point; a smooth map looks the same, a frame is faster
        self.step = int(step)
        self.set_function(f)
        ax.add_image(self)

    def set_function(self, f):
        self.f = f
        self.set_data(np.zeros((1, 1)))     # a value for the colour bar; drawing uses f
        self.stale = True

    def get_extent(self):
        return (*self.axes.get_xlim(), *self.axes.get_ylim())   # the whole axes

    def get_window_extent(self, renderer=None):
        return self.axes.bbox

    def make_image(self, renderer, magnification=1.0, unsampled=False):
        box = self.axes.bbox
        left, bottom = int(np.floor(box.x0)), int(np.floor(box.y0))
        width, height = int(np.ceil(box.x1)) - left, int(np.ceil(box.y1)) - bottom
        s = self.step
        nx, ny = -(-width // s), -(-height // s)          # blocks, the last ones cut
        to_data = self.axes.transData.inverted()
        xs = to_data.transform(np.column_stack([left + s * np.arange(nx) + s / 2,
                                                np.full(nx, box.y0)]))[:, 0]
        # row 0 of the array is drawn at the bottom (Agg's draw_image takes it so)
        ys = to_data.transform(np.column_stack([np.full(ny, box.x0),
                                                bottom + s * np.arange(ny) + s / 2]))[:, 1]
        grid = np.vstack([np.tile(xs, ny), np.repeat(ys, nx)])
        values = np.asarray(self.f(grid), dtype=float).reshape(ny, nx)
        rgba = self.to_rgba(values, alpha=self.get_alpha(), bytes=True)
        if s > 1:
            rgba = np.repeat(np.repeat(rgba, s, axis=0), s, axis=1)[:height, :width]
        return rgba, left, bottom, IdentityTransform()


def half_lines(G0, G1, P):
    """The 0.5 boundary of probabilities P on the meshgrid (G0, G1), as line segments for
    a LineCollection (none when P does not cross 0.5): traced once, drawn in any panel."""
    return contour_generator(G0, G1, P).lines(0.5) if P.min() < 0.5 < P.max() else []
