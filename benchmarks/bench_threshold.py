"""How long does the threshold explorer of lesson 09 take from a slider move to a new PNG?

Run on demand (`python benchmarks/bench_threshold.py`), never in the tests.

One update is what ``logreg_viz.explore`` does on every change: move the artists of the
figure it keeps (``ThresholdView.update``: no retraining, no new figure), compute the
readout, and render the PNG. Two renderings are timed: ``viz.figure_png`` (what explore
sends to its Image widget: one draw at the figure's own size) and, for comparison with
the other benchmarks, IPython's ``print_figure`` as the inline backend does it
(``bbox_inches="tight"``, two draws). The data are the lesson's: the breast-cancer
validation set and the neuron trained on the training set. Each update uses a new
threshold, so every round changes the counts. Target: median <= 100 ms.
"""

import argparse
import os
import platform
import statistics
import time

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
from IPython.core.pylabtools import print_figure  # noqa: E402
from sklearn.datasets import load_breast_cancer  # noqa: E402

import logreg_core as core  # noqa: E402
import logreg_viz as viz  # noqa: E402

SEED = 5   # the lesson's split


def lesson_validation_probabilities():
    """The lesson's neuron (1000 steps at 0.5 on the standardised training set) and its
    probabilities on the validation set, with malignant = 1."""
    data = load_breast_cancer()
    X, Y = data.data.T, (1 - data.target).reshape(1, -1)
    order = np.random.default_rng(SEED).permutation(X.shape[1])
    train, val = order[:285], order[285:427]
    X_train, mean, std = core.standardize(X[:, train])
    X_val, _, _ = core.standardize(X[:, val], mean, std)
    W, b = core.initialize_weights(X.shape[0])
    params, _, _ = core.optimize(W, b, X_train, Y[:, train], 1000, 0.5)
    return core.predict_proba(params["W"], params["b"], X_val), Y[:, val]


def measure(update, repeats, warmup=2):
    for _ in range(warmup):          # fonts, text layout caches
        update()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        update()
        times.append(time.perf_counter() - t0)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, times[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30, help="updates timed (>= 20)")
    args = parser.parse_args()
    A, Y = lesson_validation_probabilities()
    view = viz.ThresholdView(A, Y, live=True)     # what threshold_explorer keeps alive
    print(f"{platform.python_implementation()} {platform.python_version()}, "
          f"matplotlib {matplotlib.__version__}, {os.cpu_count()} CPUs; threshold explorer "
          f"({A.shape[1]} validation samples), {args.repeats} updates after 2 warm-ups")
    for label, render in (("explore's PNG (viz.figure_png)", viz.figure_png),
                          ("inline backend (print_figure, tight bbox)",
                           lambda fig: print_figure(fig, "png"))):
        thresholds = iter(np.linspace(0.05, 0.95, args.repeats + 2))

        def update(render=render, thresholds=thresholds):
            t = float(next(thresholds))
            fig = view.update(t)
            viz.threshold_readout(A, Y, t)
            render(fig)

        med, p95, low = measure(update, args.repeats)
        print(f"  {label:42s} median {1000 * med:5.1f} ms, p95 {1000 * p95:5.1f} ms, "
              f"min {1000 * low:5.1f} ms")


if __name__ == "__main__":
    main()
