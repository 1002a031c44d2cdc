"""How long does the threshold explorer of lesson 09 take from a slider move to a new PNG?

Run on demand (`python benchmarks/bench_threshold.py`), never in the tests.

One update is what ``logreg_viz.explore`` does on every change: call the draw function
(``ThresholdView.update``: it moves the artists of a figure kept alive, no retraining),
call the readout, and render the figure to PNG exactly as the inline backend does
(IPython's ``print_figure`` with ``bbox_inches="tight"``). The data are the lesson's:
the breast-cancer validation set and the neuron trained on the training set. Each update
uses a new threshold, so every round changes the counts. Target: median <= 100 ms.
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30, help="updates timed (>= 20)")
    args = parser.parse_args()
    A, Y = lesson_validation_probabilities()
    view = viz.ThresholdView(A, Y, live=True)     # what threshold_explorer keeps alive
    thresholds = iter(np.linspace(0.05, 0.95, args.repeats + 2))

    def update():
        t = float(next(thresholds))
        fig = view.update(t)
        viz.threshold_readout(A, Y, t)
        print_figure(fig, "png")

    for _ in range(2):          # warm-up: fonts, text layout caches
        update()
    times = []
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        update()
        times.append(time.perf_counter() - t0)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"{platform.python_implementation()} {platform.python_version()}, "
          f"matplotlib {matplotlib.__version__}, {os.cpu_count()} CPUs")
    print(f"threshold explorer update ({A.shape[1]} validation samples, PNG as the inline "
          f"backend): median {1000 * statistics.median(times):.1f} ms, p95 "
          f"{1000 * p95:.1f} ms, min {1000 * times[0]:.1f} ms over {args.repeats} updates "
          f"after 2 warm-ups")


if __name__ == "__main__":
    main()
