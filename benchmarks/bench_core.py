"""How fast is one gradient-descent step of logreg_core.optimize?

Run on demand (`make bench` or `python benchmarks/bench_core.py`), never in the tests.

1. A full-batch step on n = 20 features, m = 1,000,000 float64 samples, in ms per
   iteration and as a ratio to one read of X (`X.sum()`) timed in the same run, and to
   one BLAS pass over X (`w @ X`). A step multiplies by X twice (W.T @ X, then X @ dZ),
   so 2 BLAS passes is the floor. The loop optimize had before (a six-operation sigmoid
   for dz instead of one tanh) is timed in the same run for comparison. (Going over X in
   cache-sized blocks of columns, so that it streams from memory once per step, was
   measured too: on this machine it was slower, 3.1x against 2.3x one BLAS pass,
   because BLAS is slower on the strided blocks and every block costs Python calls.)
2. The explorers' sizes (m from 8 to 2,000), where Python's per-call overhead dominates:
   microseconds per iteration, before and now.
3. The per-sample Python loop against the vectorised step at m = 10,000.

Medians over repeats, since the machine is shared and noisy.
"""

import argparse
import os
import platform
import statistics
import time

import numpy as np

import logreg_core as core


def median_time(fn, repeats):
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def textbook_step(W, b, X, Y, lr):
    """The classic numpy step, for comparison: fresh temporaries and a cost every time."""
    m = X.shape[1]
    A = 1 / (1 + np.exp(-(W.T @ X + b)))
    cost = -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    dZ = A - Y
    return W - lr * (X @ dZ.T) / m, b - lr * np.sum(dZ) / m, cost


def optimize_before(W, b, X, Y, num_iterations, lr):
    """optimize's loop before the tanh form of dz (frozen copy)."""
    n, m = X.shape
    w, y = W[:, 0].copy(), Y[0]
    z, a, e = (np.empty(m) for _ in range(3))
    dw = np.empty(n)
    with np.errstate(under="ignore"):
        for _ in range(num_iterations):
            np.dot(w, X, out=z)
            z += b
            core._sigmoid_into(z, a, e)
            a -= y
            np.dot(X, a, out=dw)
            dw /= m
            db = float(np.sum(a)) / m
            w -= lr * dw
            b -= lr * db
    return w, b


def loop_step(W, b, X, Y, lr):
    """One step with a Python loop over samples (the chain rule, one sample at a time)."""
    n, m = X.shape
    dW, db = np.zeros(n), 0.0
    w = W[:, 0]
    for i in range(m):
        x = X[:, i]
        a = 1 / (1 + np.exp(-(float(w @ x) + b)))
        dz = a - Y[0, i]
        dW += dz * x
        db += dz
    return W - lr * dW.reshape(n, 1) / m, b - lr * db / m


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--m", type=int, default=1_000_000)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--iterations", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()

    rng = np.random.default_rng(0)
    X = rng.standard_normal((args.n, args.m))
    Y = (rng.random((1, args.m)) < 0.5).astype(float)
    W, b = core.initialize_weights(args.n)

    print(f"machine: {cpu_name()}, {os.cpu_count()} cores, numpy {np.__version__}, "
          f"python {platform.python_version()}")
    print(f"X: {args.n} x {args.m:,} float64 = {X.nbytes / 1e6:.0f} MB")

    t_read = median_time(X.sum, args.repeats * 3)
    # a stricter yardstick: X.sum() is a compute-bound pairwise sum, while a BLAS
    # matrix-vector product streams X at close to memory speed
    w = np.full(args.n, 0.01)
    t_gemv = median_time(lambda: w @ X, args.repeats * 3)
    # record_every larger than the run: the timed loop computes no cost, as in training
    # between two recorded points; one cost every 100 steps adds about 1/100 of a step.
    t_opt = median_time(lambda: core.optimize(W, b, X, Y, args.iterations, 0.1,
                                              record_every=10**9), args.repeats)
    per_it = t_opt / args.iterations
    t_before = median_time(lambda: optimize_before(W, b, X, Y, args.iterations, 0.1),
                           args.repeats) / args.iterations
    t_text = median_time(lambda: textbook_step(W, b, X, Y, 0.1), args.repeats)

    print(f"one read of X (X.sum()):     {t_read * 1e3:8.1f} ms")
    print(f"one BLAS pass (w @ X):       {t_gemv * 1e3:8.1f} ms")
    for name, t in (("optimize, per iteration:", per_it),
                    ("optimize before, per it.:", t_before),
                    ("textbook numpy step:", t_text)):
        print(f"{name:28s} {t * 1e3:8.1f} ms  = {t / t_read:.2f}x one read, "
              f"{t / t_gemv:.2f}x one BLAS pass")

    print("explorer sizes, microseconds per iteration (2000 iterations, median):")
    for n, m in ((2, 8), (2, 400), (27, 70), (30, 455), (64, 357), (20, 2000)):
        args_e = (np.zeros((n, 1)), 0.0, rng.standard_normal((n, m)),
                  (rng.random((1, m)) < 0.5).astype(float), 2000, 0.1)
        new = median_time(lambda a=args_e: core.optimize(*a, record_every=10**9),
                          args.repeats) / 2000
        old = median_time(lambda a=args_e: optimize_before(*a), args.repeats) / 2000
        print(f"  n = {n:2d}, m = {m:5,d}: before {old * 1e6:6.2f} us, now {new * 1e6:6.2f} us,"
              f" {old / new:.2f}x faster")

    m_small = 10_000
    Xs, Ys = X[:, :m_small].copy(), Y[:, :m_small].copy()
    t_loop = median_time(lambda: loop_step(W, b, Xs, Ys, 0.1), 3)
    t_vec = median_time(lambda: core.optimize(W, b, Xs, Ys, 10, 0.1, record_every=10**9),
                        args.repeats) / 10
    print(f"m = {m_small:,}: loop step {t_loop * 1e3:.1f} ms, vectorised step "
          f"{t_vec * 1e3:.3f} ms, ratio {t_loop / t_vec:,.0f}x")


if __name__ == "__main__":
    main()
