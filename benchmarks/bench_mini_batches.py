"""How fast is one epoch of mini-batch gradient descent, against one full-batch step?

Run on demand (`python benchmarks/bench_mini_batches.py`), never in the tests.

On n = 20 features and m = 1,000,000 float64 samples, timed in one run (medians of
interleaved repeats, since the machine is shared and noisy):

1. one BLAS pass over X (`w @ X`), the yardstick of bench_core.py;
2. one full-batch step of core.optimize, per iteration of a 10-iteration run (the input
   checks spread over the run), and a single-step call (checks included);
3. one epoch at batch size 256 (3907 updates), a single-epoch call (input checks and
   the sample-major copy of X included), and per epoch of a 3-epoch run.

Targets: an epoch at batch size 256 within 3 x one full-batch step; the full-batch step
within 3 x one BLAS pass. Then lesson 12's explorer: milliseconds per update (a new
batch size or learning rate; every run is trained when the explorer starts), target
90 ms, next to lesson 06's training explorer timed in the same run.
"""

import argparse
import os
import statistics
import time

import numpy as np

import logreg_core as core


def interleaved(fns, repeats, clock=time.perf_counter):
    """{name: median seconds by clock}, the functions run in turn `repeats` times."""
    times = {name: [] for name in fns}
    for _ in range(repeats):
        for name, fn in fns.items():
            t0 = clock()
            fn()
            times[name].append(clock() - t0)
    return {name: statistics.median(t) for name, t in times.items()}


def explorer_times(repeats):
    """Median wall and CPU ms per update of lesson 12's explorer (its runs are trained
    when it starts) and, in the same run, of lesson 06's training explorer (cached run),
    whose update meets the 90 ms target on a quiet machine: a yardstick under load."""
    import matplotlib
    matplotlib.use("Agg")
    import logreg_viz as viz

    t0 = time.perf_counter()
    box12 = viz.minibatch_explorer()
    start = time.perf_counter() - t0
    box06 = viz.training_explorer()
    moves = {"12": lambda k: box12.update(batch_size=(1, 30)[k % 2], learning_rate=0.5),
             "06": lambda k: box06.update(dataset="toy", learning_rate=(0.05, 0.1)[k % 2],
                                          num_iterations=2000)}
    for move in moves.values():
        move(0), move(1)                          # fill the caches
    wall, cpu = {name: [] for name in moves}, {name: [] for name in moves}
    for k in range(4 * repeats):
        for name, move in moves.items():
            t0, c0 = time.perf_counter(), time.process_time()
            move(k)
            wall[name].append(time.perf_counter() - t0)
            cpu[name].append(time.process_time() - c0)
    return start, {name: (statistics.median(wall[name]), statistics.median(cpu[name]))
                   for name in moves}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--m", type=int, default=1_000_000)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    rng = np.random.default_rng(0)
    X = rng.standard_normal((args.n, args.m))
    Y = (rng.random((1, args.m)) < 0.5).astype(float)
    W, b = core.initialize_weights(args.n)
    w = np.full(args.n, 0.01)
    print(f"{os.cpu_count()} cores, numpy {np.__version__}; load average "
          f"{' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    print(f"X: {args.n} x {args.m:,} float64 = {X.nbytes / 1e6:.0f} MB")

    def mini(epochs):
        return lambda: core.optimize(W, b, X, Y, epochs, 0.5, batch_size=256,
                                     rng=np.random.default_rng(1), record_every=10**9)

    fns = {
        "blas": lambda: w @ X,
        "step10": lambda: core.optimize(W, b, X, Y, 10, 0.5, record_every=10**9),
        "step1": lambda: core.optimize(W, b, X, Y, 1, 0.5),
        "epoch1": mini(1),
        "epoch3": mini(3),
    }
    # wall time, then this process's CPU time (less sensitive to other processes)
    for clock in (time.perf_counter, time.process_time):
        t = interleaved(fns, args.repeats, clock)
        step = t["step10"] / 10
        epoch3 = t["epoch3"] / 3
        print(f"--- {'wall' if clock is time.perf_counter else 'CPU'} time")
        print(f"one BLAS pass (w @ X):                    {t['blas'] * 1e3:7.1f} ms")
        print(f"full-batch step, per iteration of 10:     {step * 1e3:7.1f} ms = "
              f"{step / t['blas']:.2f}x one BLAS pass (target <= 3)")
        print(f"full-batch step, one call:                {t['step1'] * 1e3:7.1f} ms")
        print(f"epoch at batch size 256, one call:        {t['epoch1'] * 1e3:7.1f} ms = "
              f"{t['epoch1'] / step:.2f}x a full step, {t['epoch1'] / t['step1']:.2f}x a "
              f"one-step call")
        print(f"epoch at batch size 256, per epoch of 3:  {epoch3 * 1e3:7.1f} ms = "
              f"{epoch3 / step:.2f}x a full step (target <= 3)")
    X = Y = None      # frees the 160 MB before the explorer is timed
    start, times = explorer_times(args.repeats)
    print(f"lesson 12 explorer: start (trains every setting) {start:.1f} s")
    for name, (wall, cpu) in times.items():
        print(f"explorer update, lesson {name}: {wall * 1e3:.0f} ms wall, {cpu * 1e3:.0f} ms "
              f"CPU (target 90 ms)")


if __name__ == "__main__":
    main()
