"""Lesson 09's figures, readouts and explorers.

Lesson 09: judging a classifier. Label 1 is the positive class (malignant), predicted
when the probability is >= the threshold. The threshold explorer keeps one figure alive
and moves its artists; it never retrains and never builds a new figure.

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

import logreg_core as core

from .common import CLASS_COLORS, _axes
from .explorer import explore

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
        axes[1, 0].legend(fontsize=9, loc="lower right")
        recall, precision = precision_recall_points(self.fpr, self.tpr, (Y == 0).sum(),
                                                    (Y == 1).sum())
        plot_precision_recall(recall, precision, Y.mean(), axes[1, 1], label="this neuron")
        axes[1, 1].set_title("precision-recall curve", fontsize=10)
        axes[1, 1].legend(fontsize=9, loc="center left")  # clear of the base line
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
                    # the count goes towards the middle of the panel, so it stays inside
                    # the axes: the first curve's just beside the point, the second's one
                    # line further up or down, so two points at one place keep apart
                    right, up = p < 0.5, o < 0.5
                    dy = (max(away, 12) + 2) * k * (1 if up else -1)
                    # a white patch behind the count keeps it readable where a line
                    # passes under it
                    ax.annotate(f"{n}", (p, o), xytext=(away if right else -away, dy),
                                textcoords="offset points", fontsize=9, color=f"C{k}",
                                ha="left" if right else "right",
                                va="bottom" if up else "top",
                                zorder=4, bbox={"boxstyle": "square,pad=0.1", "fc": "white",
                                                "ec": "none", "alpha": 0.85})
        ax.set_xlim(-0.02 * top, 1.02 * top)
        ax.set_ylim(-0.02 * top, 1.02 * top)
        ax.set_xlabel("mean predicted probability in the bin")
        ax.set_ylabel("observed fraction of malignant")
    axes[0].set_title("all bins (numbers: tumours in the bin)", fontsize=10)
    axes[1].set_title(f"the lowest bin, magnified (0 to {zoom:g})", fontsize=10)
    # the legend goes in the empty lower right of the magnified panel: in the left panel
    # it covered a count label
    axes[1].legend(fontsize=9, loc="lower right", markerscale=0.4)
    fig.tight_layout()
    return fig
