"""Lesson 11: training softmax on all ten digits, one-vs-rest, and a click on the grid.

Run on demand (`python benchmarks/bench_ten_digits.py`), never in the tests.

Training: the lesson's softmax model (centred pixels, lambd = 1, the safe learning rate,
1000 iterations), how far it is from scikit-learn's minimum of the same cost, and the
three test accuracies (softmax, one-vs-rest, scikit-learn). Target: under 2 s to
convergence (cost within 1e-5 of scikit-learn's minimum), test accuracy within 1 point
of scikit-learn's. A click is what the ten-digit grid's handler does
(TenDigitDrawer.click): ink, bar heights, one PNG, readout; target 90 ms kernel-side (a
two-panel figure). Lesson 08's click is timed in the same run for a ratio that does not
depend on the machine's load. Headless: this script sets the Agg backend.
"""

import argparse
import os
import platform

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

import logreg_core as core  # noqa: E402
import logreg_softmax as sm  # noqa: E402
import logreg_viz as viz  # noqa: E402
from bench_digits import show, timed  # noqa: E402  (this folder is on sys.path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20, help="clicks timed")
    args = parser.parse_args()
    print(f"{platform.python_implementation()} {platform.python_version()}, numpy "
          f"{np.__version__}, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f}, medians after 2 warm-ups")
    sets = viz.ten_digits_task()
    (X, y), (X_test, y_test) = sets["train"], sets["test"]
    mean = X.mean(axis=1, keepdims=True)
    rate = sm.max_stable_softmax_learning_rate(X - mean, lambd=1.0)

    def train():
        return sm.softmax_model(X - mean, y, X_test - mean, y_test, 1000, rate, lambd=1.0)

    show("softmax, all ten digits, 1000 iterations (target < 2 s)", timed(train, 3, 1))
    r = train()
    W, b = r["W"], r["b"] - r["W"].T @ mean
    sk = LogisticRegression(C=1.0, tol=1e-10, max_iter=10_000).fit(X.T, y[0])
    gap = sm.softmax_cost(W, b, X, y, lambd=1.0) - sm.softmax_cost(
        sk.coef_.T, sk.intercept_.reshape(-1, 1), X, y, lambd=1.0)
    raw = sm.max_stable_softmax_learning_rate(X, lambd=1.0)
    print(f"  cost above scikit-learn's minimum: {gap:.1e}; max |W - W_sk| "
          f"{np.abs(W - sk.coef_.T).max():.1e}; safe rate raw {raw:.3f}, centred {rate:.3f}")
    rate_ovr = core.max_stable_learning_rate(X)
    show("one-vs-rest, ten core neurons, 1000 iterations each",
         timed(lambda: sm.one_vs_rest(X, y, 1000, rate_ovr), 3, 1))
    W_o, b_o = sm.one_vs_rest(X, y, 1000, rate_ovr)
    acc = {"softmax": 100 * np.mean(sm.softmax_predict(W, b, X_test) == y_test),
           "one-vs-rest": 100 * np.mean(np.argmax(W_o.T @ X_test + b_o, axis=0) == y_test),
           "scikit-learn": 100 * sk.score(X_test.T, y_test[0])}
    print("  test accuracy: " + ", ".join(f"{k} {v:.1f} %" for k, v in acc.items()))

    drawer = viz.ten_digit_drawer(W, b, {"a": X_test[:, 0]})
    task = viz.digits_task()
    one = core.model(*task, viz.DIGITS_ITERATIONS, core.max_stable_learning_rate(task[0]))
    drawer08 = viz.digit_drawer(one["W"], one["b"], {"a": task[2][:, 0]})
    for name, grid in (("ten digits", drawer), ("lesson 08", drawer08)):
        cells = iter(range(10**9))

        def click(grid=grid, cells=cells):
            k = next(cells)
            grid.click(1 + k % 6, 2 + (k // 6) % 4)

        timing = timed(click, args.repeats)
        show(f"one click, {name}: ink, figure, PNG, readout"
             + (" (target <= 90 ms)" if grid is drawer else ""), timing)
        if grid is drawer:
            ten = timing[0]
    print(f"  ratio ten digits / lesson 08 click: {ten / timing[0]:.2f}")


if __name__ == "__main__":
    main()
