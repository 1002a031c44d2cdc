"""Lesson 05's figures, readouts and explorers.

What it draws: chords, the step-size sweep of gradient checking.

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import matplotlib.pyplot as plt
import numpy as np

import logreg_core as core

from .common import _axes

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
    ax.legend(fontsize=9, loc="upper left")
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
    ax.legend(fontsize=9, loc="lower right")
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
