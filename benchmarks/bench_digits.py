"""Lesson 08: how long does a click on the drawing grid take, and training the digit task?

Run on demand (`python benchmarks/bench_digits.py`), never in the tests.

A click is what the grid's button handler does (``DigitDrawer.click``): change one
cell's ink, recolour its button, put the new pixels and votes into the persistent
figure (set_data), render that figure to PNG once (``savefig``, as the grid sends it to
its Image widget) and update the readout. No retraining. Targets: median click at most
100 ms kernel-side on the reference 2-core machine; training 3 vs 8 for the lesson's
default iterations under 1 s. For comparison, the script also times the PNG the way the
inline backend renders a displayed figure (IPython's ``print_figure``, "tight" bounding
box, which draws the figure twice). Headless: this script sets the Agg backend.
"""

import argparse
import os
import platform
import statistics
import time

import matplotlib

matplotlib.use("Agg")

from IPython.core.pylabtools import print_figure  # noqa: E402

import logreg_core as core  # noqa: E402
import logreg_viz as viz  # noqa: E402


def timed(fn, repeats, warmup=2):
    """Median and 95th percentile wall time of fn() over repeats calls, after warm-ups,
    and the median CPU time of this process (less sensitive to other load)."""
    for _ in range(warmup):
        fn()
    times, cpu = [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95, statistics.median(cpu)


def show(name, timing):
    med, p95, cpu = timing
    print(f"{name:62s} {1000 * med:7.1f} ms  p95 {1000 * p95:7.1f} ms  cpu {1000 * cpu:6.1f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30, help="clicks timed (>= 20)")
    args = parser.parse_args()
    print(f"{platform.python_implementation()} {platform.python_version()}, "
          f"matplotlib {matplotlib.__version__}, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f}, median of {args.repeats} after 2 warm-ups")

    X_train, Y_train, X_test, Y_test = viz.digits_task()
    rate = core.max_stable_learning_rate(X_train)

    def train():
        return core.model(X_train, Y_train, X_test, Y_test, viz.DIGITS_ITERATIONS, rate)

    show(f"train 3 vs 8, {viz.DIGITS_ITERATIONS} iterations (target < 1 s)",
         timed(train, max(5, args.repeats // 3)))

    result = train()
    presets = {"mistake": X_test[:, 19], "a 3": X_test[:, 0]}
    drawer = viz.digit_drawer(result["W"], result["b"], presets)
    cells = iter(range(10**9))

    def click():
        k = next(cells)
        drawer.click(1 + k % 6, 2 + (k // 6) % 4)   # inner cells, every ink level

    show("one click: ink, set_data, PNG, readout (target <= 100 ms)",
         timed(click, args.repeats))
    show("  for comparison: that PNG as the inline backend draws it",
         timed(lambda: print_figure(drawer.figure, "png"), args.repeats))


if __name__ == "__main__":
    main()
