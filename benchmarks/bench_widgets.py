"""How long does one explorer update take, from a slider move to a new PNG?

Run on demand (`python benchmarks/bench_widgets.py`), never in the tests.

An update is what ``logreg_viz.explore`` does on every change: call the draw function
(for the training explorer that retrains from scratch), call the readout, and render the
figure to PNG exactly as the inline backend does (IPython's ``print_figure`` with
``bbox_inches="tight"``, which draws the figure twice). Headless: this script sets the
Agg backend for itself. The lesson target is a median of at most 150 ms on the default
settings; above that an explorer should use ``continuous_update=False``.

To add an explorer, append ``(name, explorer_update(draw, values, extra, before))`` to
EXPLORERS. ``before`` runs inside the timing: use it to
clear a cache so every round pays for the real work (a new slider value is a cache miss).
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


def explorer_update(draw, values, extra=None, before=None):
    """A callable doing one explorer update: draw, readout, PNG render, close."""
    def update():
        if before is not None:
            before()
        fig = draw(**values)
        if extra is not None:
            extra(**values)
        print_figure(fig, "png")
        plt.close(fig)
    return update


EXPLORERS = [
    ("00 widget check (k = 1)",
     explorer_update(viz.widget_check_figure, {"k": 1.0})),
    ("01 sigmoid neuron (w = 5, b = -2)",
     explorer_update(viz.sigmoid_neuron_figure, {"w": 5.0, "b": -2.0},
                     viz.sigmoid_neuron_readout)),
    ("02 log-loss explorer (a = 0.8, y = 1)",
     explorer_update(viz.log_loss_figure, {"a": 0.8, "y": 1}, viz.log_loss_readout)),
    ("03 chain-rule explorer (z = -2, y = 1)",
     explorer_update(viz.chain_rule_figure, {"z": -2.0, "y": 1}, viz.chain_rule_readout)),
    ("05 training explorer, defaults (toy, lr 0.05, 2000 it)",
     explorer_update(viz.training_figure, viz.TRAINING_DEFAULTS, viz.training_readout,
                     before=viz.train.cache_clear)),
    ("05 training explorer, breast cancer, 2000 it",
     explorer_update(viz.training_figure, viz.TRAINING_DEFAULTS | {"dataset": "breast cancer"},
                     viz.training_readout, before=viz.train.cache_clear)),
    ("05 training explorer, worst case (breast cancer, 10000 it)",
     explorer_update(viz.training_figure,
                     {"dataset": "breast cancer", "learning_rate": 0.05,
                      "num_iterations": 10000},
                     viz.training_readout, before=viz.train.cache_clear)),
    ("05 training replay, one frame (path recorded once)",
     explorer_update(viz.replay_figure, viz.REPLAY_DEFAULTS | {"iteration": 1000})),
]


def measure(fn, repeats, warmup=2):
    for _ in range(warmup):   # first calls load data, fonts and caches
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30, help="updates timed (>= 20)")
    parser.add_argument("-k", default="", help="only explorers whose name contains this")
    args = parser.parse_args()
    print(f"{platform.python_implementation()} {platform.python_version()}, "
          f"matplotlib {matplotlib.__version__}, {os.cpu_count()} CPUs, "
          f"{args.repeats} updates each (after 2 warm-up), PNG as the inline backend")
    print(f"{'explorer update':62s} {'median':>9s} {'p95':>9s}")
    for name, fn in EXPLORERS:
        if args.k in name:
            med, p95 = measure(fn, args.repeats)
            print(f"{name:62s} {1000 * med:6.1f} ms {1000 * p95:6.1f} ms")


if __name__ == "__main__":
    main()
