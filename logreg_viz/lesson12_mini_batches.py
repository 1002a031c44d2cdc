"""Lesson 12's figures, explorer and helpers: mini-batches on a 2-D problem.

The runs train on the noisy blobs (logreg_data.blobs_dataset, 300 training samples,
two features) with core.optimize's batch_size and rng, and are cached by their
settings. The explorer (batch size and learning rate) keeps one figure and moves only
its lines. Also: momentum and Adam for Going deeper (small loops of our own on top of
core.propagate), and an upload button with reading its value (ipywidgets 7 and 8).

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import functools

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np

import logreg_core as core
from logreg_data import _read_only, blobs_dataset

from .common import _axes, cost_grid
from .explorer import explore, moving, tight_layout_once

BATCH_SEED = 12                      # the Generator that shuffles every run of this page
BATCH_EPOCHS = 20
BATCH_SIZES = (1, 10, 30, 100, 300)  # 300 = every training sample: full batch
BATCH_DEFAULTS = {"batch_size": 10, "learning_rate": 0.5}
BATCH_RATES = (0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0)
PATH_BOX = (-0.5, 3.5, -0.5, 3.5)    # the (w1, w2) window of the contour


def batch_data():
    """The blobs' training set (2, 300), (1, 300), read-only."""
    X, Y, _, _ = blobs_dataset()
    return _read_only(X.copy(), Y.copy())


@functools.lru_cache(maxsize=64)
def batch_run(batch_size, learning_rate, epochs=BATCH_EPOCHS, seed=BATCH_SEED):
    """Train from W = 0, b = 0 for `epochs` epochs with mini-batches of batch_size.

    Returns a dict of read-only arrays: "path" (updates + 1, 3) the (w1, w2, b) before
    every update and after the last; "epoch_cost" (epochs + 1,) the cost on all
    training samples at the start and after each epoch; "batch_cost" the cost of each
    update's own mini-batch. Cached: the explorer and its readout share a run.
    """
    X, Y = batch_data()
    rng = np.random.default_rng(seed)
    W, b = core.initialize_weights(2)
    path, epoch_cost, batch_cost = [], [core.cost(W, b, X, Y)], []

    def record(i, W_now, b_now):
        path.append((W_now[0, 0], W_now[1, 0], b_now))

    for _ in range(epochs):
        params, _, costs = core.optimize(W, b, X, Y, 1, learning_rate, record_every=1,
                                         callback=record, batch_size=batch_size, rng=rng)
        W, b = params["W"], params["b"]
        epoch_cost.append(core.cost(W, b, X, Y))
        batch_cost += costs
    path.append((W[0, 0], W[1, 0], b))
    return {k: _read_only(np.array(v))[0] for k, v in
            (("path", path), ("epoch_cost", epoch_cost), ("batch_cost", batch_cost))}


@functools.lru_cache(maxsize=1)
def _contour():
    """J(w1, w2) at b = 0 over PATH_BOX: (p0, p1, J). The blobs are symmetric, so the
    best b stays near 0 and this slice shows the valley every run walks down."""
    X, Y = batch_data()
    p0 = np.linspace(*PATH_BOX[:2], 60)
    p1 = np.linspace(*PATH_BOX[2:], 60)
    return p0, p1, cost_grid(X, Y, p0, p1, b=0.0)


def _per_epoch(updates):
    k = updates // BATCH_EPOCHS
    return f"{k} update{'s' if k > 1 else ''} per epoch"


def minibatch_figure(batch_size=BATCH_DEFAULTS["batch_size"],
                     learning_rate=BATCH_DEFAULTS["learning_rate"]):
    """Cost on all samples per epoch (left) and the path of (w1, w2) on the contour of
    J at b = 0 (right), for one batch size and learning rate (minibatch_update draws)."""
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(9, 4.0), dpi=80)
    fig.subplots_adjust(left=0.08, right=0.9, bottom=0.26, top=0.91, wspace=0.3)
    ax0.plot([], [], color="0.75", lw=0.8, label="cost of each mini-batch")
    ax0.plot([], [], "o-", color="tab:blue", ms=3, label="cost on all samples")
    ax0.set_xlim(0, BATCH_EPOCHS)
    ax0.set_ylim(0, 1.5)
    ax0.set_xlabel("epoch")
    ax0.set_ylabel("cost J")
    ax0.grid(alpha=0.3)
    # below the axes: a legend inside would cover the noisy curve
    ax0.legend(fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=2,
               frameon=False)
    p0, p1, J = _contour()
    # an image, not filled contours: it renders several times faster on every update
    image = ax1.imshow(J, origin="lower", extent=PATH_BOX, aspect="auto", cmap="viridis",
                       vmin=0, vmax=1.6, interpolation="bilinear")
    ax1.contour(p0, p1, J, levels=np.linspace(0.4, 1.6, 7), colors="w", linewidths=0.4,
                alpha=0.6)
    fig.colorbar(image, ax=ax1, label="cost J at b = 0", ticks=[0, 0.4, 0.8, 1.2, 1.6])
    for ax in (ax0, ax1):
        ax.locator_params(nbins=4)    # text is most of an update's time: few ticks
    ax1.plot([], [], "w-", lw=0.8)
    ax1.plot([0], [0], "wo", ms=5)
    ax1.plot([], [], "r*", ms=12)
    ax1.set_xlim(PATH_BOX[:2])
    ax1.set_ylim(PATH_BOX[2:])
    ax1.set_xlabel("$w_1$")
    ax1.set_ylabel("$w_2$")
    return minibatch_update(fig, batch_size, learning_rate)


def minibatch_update(fig, batch_size, learning_rate):
    """Show another batch size or learning rate in a minibatch_figure, in place."""
    r = batch_run(batch_size, learning_rate)
    ax0, ax1 = fig.axes[:2]
    updates = len(r["batch_cost"])
    ax0.lines[0].set_data(np.arange(updates) * BATCH_EPOCHS / updates, r["batch_cost"])
    ax0.lines[1].set_data(np.arange(BATCH_EPOCHS + 1), r["epoch_cost"])
    ax0.set_title(f"batch size {batch_size}: {_per_epoch(updates)}",
                  fontsize=10)
    path = r["path"]
    ax1.lines[0].set_data(path[:, 0], path[:, 1])
    ax1.lines[2].set_data(path[-1:, 0], path[-1:, 1])
    ax1.set_title(f"path of $(w_1, w_2)$, learning rate {learning_rate:g}", fontsize=10)
    return moving(fig, ax0.lines[0], ax0.lines[1], ax0.title, ax1.lines[0], ax1.lines[2],
                  ax1.title)


def minibatch_readout(batch_size=BATCH_DEFAULTS["batch_size"],
                      learning_rate=BATCH_DEFAULTS["learning_rate"]):
    """The explorer's text: the cost after the last epoch and the final parameters."""
    r = batch_run(batch_size, learning_rate)
    w1, w2, b = r["path"][-1]
    return (f"after {BATCH_EPOCHS} epochs: cost {r['epoch_cost'][-1]:.4f} · "
            f"{len(r['batch_cost'])} updates · w1 = {w1:.3f}, w2 = {w2:.3f}, b = {b:.3f}")


def minibatch_explorer():
    """Batch size and learning rate -> cost per epoch and the path on the contour.

    Every setting is trained once when the explorer starts (a few seconds, batch size 1
    being the slow one): then a slider move only redraws, well within 90 ms
    (bench_mini_batches.py), instead of half a second for a new batch-size-1 run.
    """
    for k in BATCH_SIZES:
        for lr in BATCH_RATES:
            batch_run(k, lr)
    d = BATCH_DEFAULTS
    controls = {
        "batch_size": widgets.SelectionSlider(options=list(BATCH_SIZES),
                                              value=d["batch_size"],
                                              description="batch size"),
        "learning_rate": widgets.SelectionSlider(options=list(BATCH_RATES),
                                                 value=d["learning_rate"],
                                                 description="learning rate",
                                                 style={"description_width": "auto"}),
    }
    return explore(minibatch_figure, controls, extra=minibatch_readout,
                   update=minibatch_update)


def batch_sizes_figure(sizes=(300, 30, 1), learning_rate=0.5):
    """One row per batch size: cost per epoch (left), path on the contour (right)."""
    fig, axes = plt.subplots(len(sizes), 2, figsize=(9, 3.0 * len(sizes)), squeeze=False)
    p0, p1, J = _contour()
    for (ax0, ax1), k in zip(axes, sizes, strict=True):
        r = batch_run(k, learning_rate)
        updates = len(r["batch_cost"])
        ax0.plot(np.arange(updates) * BATCH_EPOCHS / updates, r["batch_cost"],
                 color="0.75", lw=0.8, label="cost of each mini-batch")
        ax0.plot(r["epoch_cost"], "o-", ms=3, label="cost on all samples")
        ax0.set_ylim(0, 1.5)
        ax0.set_ylabel("cost J")
        ax0.set_title(f"batch size {k}: {_per_epoch(updates)}",
                      fontsize=10)
        ax0.grid(alpha=0.3)
        cs = ax1.contourf(p0, p1, np.minimum(J, 1.6), levels=np.linspace(0, 1.6, 17))
        ax1.plot(r["path"][:, 0], r["path"][:, 1], "w-", lw=0.8)
        ax1.plot(*r["path"][-1, :2], "r*", ms=12)
        ax1.set_ylabel("$w_2$")
    handles, labels = axes[0, 0].get_legend_handles_labels()
    fig.legend(handles, labels, fontsize=9, loc="upper center", ncol=2, frameon=False)
    fig.subplots_adjust(top=0.93, hspace=0.45)
    axes[-1, 0].set_xlabel("epoch")
    axes[-1, 1].set_xlabel("$w_1$")
    fig.colorbar(cs, ax=axes[:, 1], label="cost J at b = 0", shrink=0.6)
    return fig


# --------------------------------------------------------------------------- Going deeper

def _descent_path(X, Y, steps, learning_rate, direction):
    """(steps + 1, 2) path of (w1, w2) from (0, 0), b fixed at 0; direction(t, g) turns
    the gradient g of step t (t = 1, 2, ...) into the step taken (times learning_rate)."""
    W = np.zeros((2, 1))
    path = [W[:, 0].copy()]
    for t in range(1, steps + 1):
        g = core.propagate(W, 0.0, X, Y)[0]["dW"][:, 0]
        W = W - learning_rate * direction(t, g).reshape(2, 1)
        path.append(W[:, 0].copy())
    return np.array(path)


def momentum_direction(beta=0.9):
    """v <- beta v + g (momentum, as most libraries write it): where the gradients agree,
    v grows to about g / (1 - beta), ten times g, so the steps speed up. (The averaged
    form beta v + (1 - beta) g would only reach g: no faster than plain descent.)"""
    v = np.zeros(2)

    def direction(t, g):
        v[:] = beta * v + g
        return v
    return direction


def adam_direction(beta1=0.9, beta2=0.999, eps=1e-8):
    """Adam: the running average of g divided by the root of that of g**2 (each
    corrected for starting at 0), so every weight takes steps of about the same size."""
    m1, m2 = np.zeros(2), np.zeros(2)

    def direction(t, g):
        m1[:] = beta1 * m1 + (1 - beta1) * g
        m2[:] = beta2 * m2 + (1 - beta2) * g * g
        return (m1 / (1 - beta1 ** t)) / (np.sqrt(m2 / (1 - beta2 ** t)) + eps)
    return direction


def stretched_blobs(factor=5.0):
    """The blobs with feature x2 multiplied by factor: a long narrow valley in J."""
    X, Y = batch_data()
    return X * np.array([[1.0], [factor]]), Y


def optimizer_figure(kind, steps=60):
    """The path of plain gradient descent and of `kind` ("momentum" or "adam") on the
    stretched blobs' cost J(w1, w2) at b = 0: one picture."""
    X, Y = stretched_blobs()
    lr_plain = 0.9 * core.max_stable_learning_rate(X)
    paths = {"plain gradient descent": _descent_path(X, Y, steps, lr_plain,
                                                     lambda t, g: g)}
    if kind == "momentum":
        paths["momentum (beta = 0.9)"] = _descent_path(X, Y, steps, lr_plain,
                                                       momentum_direction())
    elif kind == "adam":
        paths["Adam (learning rate 0.1)"] = _descent_path(X, Y, steps, 0.1, adam_direction())
    else:
        raise ValueError(f"kind must be 'momentum' or 'adam'; got {kind!r}.")
    ax = _axes(None, (6, 4))
    p0, p1 = np.linspace(-0.5, 3.5, 80), np.linspace(-0.2, 0.8, 80)
    J = cost_grid(X, Y, p0, p1, b=0.0)
    cs = ax.contourf(p0, p1, J, levels=20, cmap="viridis")
    # round numbers on the scale (the levels themselves fall on 0.36, 0.42, ...)
    ax.figure.colorbar(cs, ax=ax, label="cost J at b = 0", ticks=[0.3, 0.6, 0.9, 1.2])
    for (label, path), style in zip(paths.items(), ("w.-", "r.-"), strict=False):
        ax.plot(path[:, 0], path[:, 1], style, ms=3, lw=1, label=label)
    ax.set_xlabel("$w_1$")
    ax.set_ylabel("$w_2$ (feature $x_2$ times 5)")
    ax.set_title(f"{steps} steps from (0, 0)", fontsize=10)
    ax.legend(fontsize=9, loc="lower right")
    tight_layout_once(ax.figure)
    return ax.figure


# --------------------------------------------------------------------------- uploads

UPLOAD_TITLE = "Upload button"


class UploadButton(widgets.FileUpload):
    """A FileUpload whose plain-text form says what it is: GitHub, nbviewer and a page
    not yet run show that text, since the button itself works only in a live kernel."""

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = (f"{UPLOAD_TITLE}: run this cell in Jupyter to choose a CSV "
                                f"file. Until you do, the next cell reads the course's file.")
        return bundle


def upload_button():
    """A button to upload one CSV file; read its value with uploaded_file(button.value)."""
    return UploadButton(accept=".csv", multiple=False)


def uploaded_file(value):
    """(file name, contents as bytes) of the first file in a FileUpload's value, or None.

    ipywidgets 8 gives a tuple of dicts {"name", "content" (memoryview), ...};
    ipywidgets 7 gives a dict {name: {"metadata": {...}, "content": bytes}}.
    """
    if not value:
        return None
    if isinstance(value, dict):                          # ipywidgets 7
        name, item = next(iter(value.items()))
        return name, bytes(item["content"])
    item = value[0]                                      # ipywidgets 8
    return item["name"], bytes(item["content"])
