"""How long do lesson 13's training and one update of its explorer take?

Run on demand (`python benchmarks/bench_hidden_layer.py`), never in the tests.

1. Training the lesson's network (3 hidden neurons, learning rate 0.3, 2000 iterations on
   the 70 standardised training points) with logreg_network.optimize_network, to the
   lesson's accuracy. Target: under 2 s.
2. The explorer's update, kernel-side (box.update: the result, the figure's artists, the
   readout and the PNG the widget sends), in three cases:
   - "cached": a setting trained before, or another stop of the iterations slider (the run
     keeps a snapshot every 100 iterations): a look-up and a redraw. Target: 90 ms.
   - "new setting": a (hidden units, learning rate) pair not trained yet in this kernel,
     which trains it for 3000 iterations first (the caches are cleared before each one).
   Reported: medians (and the 95th percentile) after 2 warm-ups, with the load average,
   since the machine may be shared.
"""

import argparse
import os
import statistics
import time

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

import logreg_core as core  # noqa: E402
import logreg_network as net  # noqa: E402
import logreg_viz as viz  # noqa: E402


def summary(times):
    times = sorted(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return f"median {1e3 * statistics.median(times):6.1f} ms, p95 {1e3 * p95:6.1f} ms"


def bench_training(repeats):
    X, Y = viz.network_sets()["train"]
    T, YT = viz.network_sets()["test"]
    times = []
    for _ in range(repeats):
        start = net.initialize_network(2, 3, np.random.default_rng(viz.NETWORK_SEED))
        t0 = time.perf_counter()
        params, _, _ = net.optimize_network(start, X, Y, 2000, 0.3)
        times.append(time.perf_counter() - t0)
    acc = core.accuracy(net.predict_network(params, T), YT)
    print(f"training h = 3, 2000 iterations (test accuracy {acc:.1f} %): {summary(times)}")


def bench_explorer(repeats):
    box = viz.network_explorer()
    stops = [(3, 0.3, its) for its in range(0, 3001, 300)]
    for values in stops:                       # warm-up: trains (3, 0.3) once
        box.update(h=values[0], learning_rate=values[1], num_iterations=values[2])
    cached = []
    for k in range(repeats):
        h, lr, its = stops[k % len(stops)]
        t0 = time.perf_counter()
        box.update(h=h, learning_rate=lr, num_iterations=its)
        cached.append(time.perf_counter() - t0)
    print(f"explorer update, cached (iterations slider):  {summary(cached)}")
    new = []
    for k in range(max(repeats // 3, 5)):
        viz.network_run.cache_clear()
        viz.network_result.cache_clear()
        h = 1 + k % 10
        t0 = time.perf_counter()
        box.update(h=h, learning_rate=1.0, num_iterations=2000)
        new.append(time.perf_counter() - t0)
    print(f"explorer update, new setting (trains 3000):   {summary(new)}")
    plt.close("all")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs")
    bench_training(max(args.repeats // 4, 5))
    bench_explorer(args.repeats)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
