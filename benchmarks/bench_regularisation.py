"""How long does one update of lesson 10's explorers take, and where does the time go?

Run on demand (`python benchmarks/bench_regularisation.py`), never in the tests.

Each explorer keeps one figure alive and, on every slider change, retrains from scratch
(logreg_viz.fit, gradient descent from W = 0) and updates the figure's artists; then the
figure is rendered to PNG as the inline backend does (IPython's print_figure, which
draws it twice for bbox_inches="tight"). The caches are cleared before every update, so
each one pays for a real retraining at degree 6 (27 features, 70 training points,
logreg_viz.FIT_ITERATIONS steps). Reported: the median and 95th percentile of 30
updates after 2 warm-ups, and the median split into training and drawing (everything
else: the probability map, artists, readout, PNG). The lesson target is a median of at
most 150 ms.
"""

import argparse
import os
import platform
import statistics
import time

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from IPython.core.pylabtools import print_figure  # noqa: E402

import logreg_viz as viz  # noqa: E402
from logreg_viz import lesson10_regularisation as viz10  # noqa: E402


def one_update(view, degree, lambd, clear_features):
    """(total, training) seconds of one explorer update with the caches cleared."""
    viz.fit.cache_clear()
    if clear_features:
        viz.poly_sets.cache_clear()
    t0 = time.perf_counter()
    viz.fit(degree, lambd)                 # the retraining, timed on its own
    t1 = time.perf_counter()
    fig = view.show(degree, lambd)         # uses the result just cached
    viz.regularisation_readout(degree, lambd)
    print_figure(fig, "png")
    return time.perf_counter() - t0, t1 - t0


def measure(name, values, repeats, clear_features):
    view = viz10._RegularisationView()
    for k in range(2):                     # warm-up: imports, fonts, first draw
        one_update(view, *values[k % len(values)], clear_features)
    totals, trains = [], []
    for k in range(repeats):
        total, train = one_update(view, *values[k % len(values)], clear_features)
        totals.append(total)
        trains.append(train)
    plt.close(view.fig)
    totals.sort()
    p95 = totals[min(len(totals) - 1, round(0.95 * (len(totals) - 1)))]
    med, med_train = statistics.median(totals), statistics.median(trains)
    print(f"{name:44s} {1e3 * med:6.1f} ms {1e3 * p95:6.1f} ms   train {1e3 * med_train:5.1f}"
          f" ms, draw {1e3 * (med - med_train):5.1f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30, help="updates timed (>= 20)")
    args = parser.parse_args()
    print(f"{platform.python_implementation()} {platform.python_version()}, "
          f"matplotlib {matplotlib.__version__}, {os.cpu_count()} CPUs, "
          f"{args.repeats} updates each (after 2 warm-ups), PNG as the inline backend")
    print(f"{'explorer update (caches cleared)':44s} {'median':>9s} {'p95':>9s}")
    # the degree explorer at degree 6 (no penalty), features recomputed too
    measure("10 degree explorer, degree 6, λ = 0", [(6, 0.0)], args.repeats, True)
    # the penalty explorer at degree 6, cycling through its slider's values
    measure("10 penalty explorer, degree 6, λ cycling",
            [(6, lam) for lam in viz.PENALTY_VALUES], args.repeats, False)
    measure("10 penalty explorer, degree 6, λ = 1", [(6, 1.0)], args.repeats, False)


if __name__ == "__main__":
    main()
