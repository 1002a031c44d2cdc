"""How long does one explorer update take, from a slider move to a new PNG? Old path vs new.

Run on demand (`make bench` or `python benchmarks/bench_widgets.py`), never in the tests.
Headless: this script sets the Agg backend for itself.

For every explorer in EXPLORERS, in the same run (so the two paths see the same load):

- OLD: what an update cost before issue 14: build a new figure (``draw(**values)``), render
  it as IPython's inline backend did (``print_figure(fig, "png")``, a "tight" bounding box
  that draws the figure twice), compute the readout, close the figure.
- NEW: the real explorer's ``box.update(**values)``, as ``logreg_viz.explore`` runs it on
  a slider move: ``update(fig, **values)`` on the kept figure (or a new figure from
  ``draw`` for explorers without ``update``), the readout, one PNG (``figure_png``).

Updates alternate between two different values, so every update is a real change, and
``before`` (run inside the timing) clears an explorer's cache so a repeated value still
pays for the real work, as a new slider value would. The two paths are interleaved (one
old update, one new, ...) so both see the same load from other processes. Each path:
median and 95th percentile of --repeats updates after 2 warm-ups, the ratio old / new
of the medians, and the median CPU time of this process per update (less sensitive to a
loaded machine than wall time).
Then the NEW path taken apart on one kept figure: training (explorers that train),
update artists (or build the figure), readout, ``fig.canvas.draw()``, PNG encode (the
drawn RGBA buffer encoded by PIL as ``figure_png`` does; ``savefig``'s own overhead is
the rest of the NEW median).

Targets (issue 14, medians kernel-side on the reference 2-core machine): one-panel
explorers at most 60 ms, two-panel ones at most 90 ms. The time to send the PNG to the
browser and show it is not in these numbers (see tests/test_browser.py).

--memory: instead of timings, the process's resident memory (VmRSS in /proc/self/status,
after gc.collect()) after 10 and after 200 NEW-path updates of each explorer, and the
growth between them. Target: within 10 MB.

To add an explorer, append an ``Explorer(...)`` to EXPLORERS. The explorers of lessons 08,
09 and 10 have benchmarks of their own (bench_digits.py, bench_threshold.py,
bench_regularisation.py): they need the lesson's trained model or data.
"""

import argparse
import gc
import io
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from IPython.core.pylabtools import print_figure  # noqa: E402
from PIL import Image  # noqa: E402

import logreg_viz as viz  # noqa: E402
from logreg_viz import explorer  # noqa: E402


@dataclass
class Explorer:
    name: str
    make: Callable            # () -> the explorer box, as the lesson makes it
    draw: Callable            # (**values) -> Figure: the figure function
    values: tuple             # two dicts of control values; updates alternate between them
    readout: Callable | None = None
    update: Callable | None = None   # (fig, **values): changes a kept figure in place
                                     # (or returns a new one); None: draw on every update
    before: Callable | None = None   # runs before every update, e.g. a cache_clear
    train: Callable | None = None    # (**values): the training an update starts with, timed
                                     # on its own in the breakdown (it fills the cache)
    panels: int = 1

    def target_ms(self):
        return 25 if self.panels == 1 else 40      # issue 25's targets, training included


TRAINING = viz.TRAINING_DEFAULTS
BREAST = TRAINING | {"dataset": "breast cancer"}
WORST = {"dataset": "breast cancer", "learning_rate": 0.05, "num_iterations": 10000}
REPLAY = viz.REPLAY_DEFAULTS
DESCENT = viz.DESCENT_DEFAULTS

def train(dataset, learning_rate, num_iterations):
    """viz.train called as training_update calls it: positional arguments, so the
    lru_cache entry it fills is the one the update then finds."""
    return viz.train(dataset, learning_rate, num_iterations)


EXPLORERS = [
    Explorer("00 widget check (k = 1, 2)", viz.widget_check_explorer,
             viz.widget_check_figure, ({"k": 1.0}, {"k": 2.0}),
             viz.widget_check_readout, viz.widget_check_update),
    Explorer("01 sigmoid neuron (w, b = 5, -2 and 12, -6.5)", viz.sigmoid_neuron_explorer,
             viz.sigmoid_neuron_figure, ({"w": 5.0, "b": -2.0}, {"w": 12.0, "b": -6.5}),
             viz.sigmoid_neuron_readout, viz.sigmoid_neuron_update),
    Explorer("02 gradient descent (bowl, learning rate 0.1 and 0.3)", viz.descent_explorer,
             viz.descent_figure, (DESCENT, DESCENT | {"learning_rate": 0.3}),
             viz.descent_readout, viz.descent_update),
    Explorer("03 log loss (a, y = 0.8, 1 and 0.3, 0)", viz.log_loss_explorer,
             viz.log_loss_figure, ({"a": 0.8, "y": 1}, {"a": 0.3, "y": 0}),
             viz.log_loss_readout, viz.log_loss_update),
    Explorer("04 chain rule (z, y = -2, 1 and 3, 0)", viz.chain_rule_explorer,
             viz.chain_rule_figure, ({"z": -2.0, "y": 1}, {"z": 3.0, "y": 0}),
             viz.chain_rule_readout, viz.chain_rule_update),
    Explorer("06 training, toy, 2000 it (lr 0.05, 0.1)", viz.training_explorer,
             viz.training_figure, (TRAINING, TRAINING | {"learning_rate": 0.1}),
             viz.training_readout, viz.training_update, viz.train.cache_clear, train,
             panels=2),
    Explorer("06 training, breast cancer, 2000 it (lr 0.05, 0.1)", viz.training_explorer,
             viz.training_figure, (BREAST, BREAST | {"learning_rate": 0.1}),
             viz.training_readout, viz.training_update, viz.train.cache_clear, train,
             panels=2),
    Explorer("06 training, worst case: breast cancer, 10000 it", viz.training_explorer,
             viz.training_figure, (WORST, WORST | {"learning_rate": 0.1}),
             viz.training_readout, viz.training_update, viz.train.cache_clear, train,
             panels=2),
    Explorer("06 training replay, one frame (iteration 1000, 1500)", viz.replay_explorer,
             lambda iteration: viz.replay_figure(iteration, **REPLAY),
             ({"iteration": 1000}, {"iteration": 1500}), update=viz.replay_update, panels=2),
    Explorer("12 mini-batches (batch size 1, 30; runs trained at start)",
             viz.minibatch_explorer, viz.minibatch_figure,
             ({"batch_size": 1, "learning_rate": 0.5}, {"batch_size": 30, "learning_rate": 0.5}),
             viz.minibatch_readout, viz.minibatch_update, panels=2),
    Explorer("10 penalty (lambda 1 and 0.1 at degree 6; fits cached)", viz.penalty_explorer,
             viz.penalty_figure, ({"lambd": 1.0}, {"lambd": 0.1}),
             lambda lambd: viz.regularisation_readout(6, lambd), panels=2),
    Explorer("13 hidden layer (iterations 2000, 1500; runs cached)", viz.network_explorer,
             viz.network_figure,
             ({"h": 3, "learning_rate": 0.3, "num_iterations": 2000},
              {"h": 3, "learning_rate": 0.3, "num_iterations": 1500}),
             viz.network_readout, panels=2),
]


# --------------------------------------------------------------------------- timing

def alternating(values):
    """An endless cycle over the two value dicts: every call is a real change."""
    k = 0
    while True:
        yield values[k % len(values)]
        k += 1


def timed_pair(old, new, values, repeats, warmup=2):
    """Wall and CPU times of old(**v) and new(**v), interleaved (old, new, old, new, ...)
    so that both paths see the same load from other processes; v alternates over values.

    Returns {"old": (wall times, cpu times), "new": (wall times, cpu times)}.
    """
    steps = {"old": old, "new": new}
    cycles = {name: alternating(values) for name in steps}
    for _ in range(warmup):   # first calls load data, fonts and caches
        for name, step in steps.items():
            step(**next(cycles[name]))
    times = {name: ([], []) for name in steps}
    for _ in range(repeats):
        for name, step in steps.items():
            v = next(cycles[name])
            t0, c0 = time.perf_counter(), time.process_time()
            step(**v)
            times[name][0].append(time.perf_counter() - t0)
            times[name][1].append(time.process_time() - c0)
    return times


def median_p95(times):
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def old_step(e):
    """One update as before issue 14: new figure, inline backend PNG, readout, close."""
    def step(**values):
        if e.before is not None:
            e.before()
        fig = e.draw(**values)
        print_figure(fig, "png")
        if e.readout is not None:
            e.readout(**values)
        plt.close(fig)
    return step


def full_step(e, box):
    """One update as before issue 25: the explorer's kept figure updated in place, then
    drawn whole (figure_png) instead of only its moving artists on a kept background."""
    def step(**values):
        if e.before is not None:
            e.before()
        live, explorer.live_png = explorer.live_png, explorer.figure_png
        try:
            box.update(**values)
        finally:
            explorer.live_png = live
    return step


def new_step(e, box):
    """One update of the real explorer box, as a slider move runs it."""
    def step(**values):
        if e.before is not None:
            e.before()
        box.update(**values)
    return step


def encode(fig):
    """The PNG encoding alone of an already drawn figure, as figure_png does it."""
    buffer = io.BytesIO()
    Image.fromarray(np.asarray(fig.canvas.buffer_rgba())).save(
        buffer, format="png", compress_level=1)
    return buffer


def breakdown(e, repeats):
    """Median ms of each part of a NEW-path update, on one kept figure."""
    kept = e.draw(**e.values[0])
    parts = {"train": [], "update artists" if e.update else "build figure": [],
             "readout": [], "canvas.draw()": [], "PNG encode": []}
    cycle = alternating(e.values[::-1])
    for i in range(repeats + 2):
        values = next(cycle)
        if e.before is not None:
            e.before()
        t = [time.perf_counter()]
        if e.train is not None:
            e.train(**values)
        t.append(time.perf_counter())
        if e.update is not None:
            new = e.update(kept, **values)
            if new is not None and new is not kept:   # a change made with a new figure
                plt.close(kept)
                kept = new
            fig = kept
        else:
            fig = e.draw(**values)
        t.append(time.perf_counter())
        if e.readout is not None:
            e.readout(**values)
        t.append(time.perf_counter())
        fig.canvas.draw()
        t.append(time.perf_counter())
        encode(fig)
        t.append(time.perf_counter())
        if fig is not kept:
            plt.close(fig)
        if i >= 2:   # two warm-ups
            for times, t0, t1 in zip(parts.values(), t, t[1:], strict=False):
                times.append(t1 - t0)
    plt.close(kept)
    return {name: statistics.median(times) for name, times in parts.items()
            if e.train is not None or name != "train"}


def run_timings(explorers, repeats, args_full=False):
    ms = 1000
    print(f"{'':56s} {'OLD median':>10s} {'p95':>6s} {'NEW median':>10s} {'p95':>6s} "
          f"{'old/new':>7s} {'cpu old/new':>12s}  target")
    for e in explorers:
        box = e.make()
        old = full_step(e, e.make()) if args_full else old_step(e)
        times = timed_pair(old, new_step(e, box), e.values, repeats)
        plt.close("all")
        (old_t, old_p95), (new, new_p95) = (median_p95(times[p][0]) for p in ("old", "new"))
        cpu_old, cpu_new = (statistics.median(times[p][1]) for p in ("old", "new"))
        verdict = "ok" if new * ms <= e.target_ms() else "ABOVE"
        print(f"{e.name:56s} {old_t * ms:7.1f} ms {old_p95 * ms:6.1f} {new * ms:7.1f} ms "
              f"{new_p95 * ms:6.1f} {old_t / new:6.2f}x {cpu_old * ms:4.0f}/{cpu_new * ms:3.0f} ms"
              f"  <= {e.target_ms()} ms {verdict}")
        parts = breakdown(e, repeats)
        print("    NEW path, medians: " + ", ".join(
            f"{name} {t * ms:.1f} ms" for name, t in parts.items())
            + f"  (sum {sum(parts.values()) * ms:.1f} ms)")


# --------------------------------------------------------------------------- memory

def rss_mb():
    """Resident memory of this process, from /proc/self/status (Linux), in MB."""
    gc.collect()
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS line in /proc/self/status")


def run_memory(explorers, first=10, total=200):
    print(f"{'':58s} {'RSS after':>10s} {'after':>9s} {'growth':>9s}")
    print(f"{'NEW path, updates alternating between two values':58s} "
          f"{first:>7d} up {total:>6d} up   (<= 10 MB)")
    for e in explorers:
        step = new_step(e, e.make())
        cycle = alternating(e.values)
        for _ in range(first):
            step(**next(cycle))
        after_first = rss_mb()
        for _ in range(total - first):
            step(**next(cycle))
        after_all = rss_mb()
        plt.close("all")
        growth = after_all - after_first
        print(f"{e.name:58s} {after_first:7.1f} MB {after_all:6.1f} MB {growth:+6.1f} MB "
              f"{'ok' if growth <= 10 else 'ABOVE'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30, help="updates timed (>= 20)")
    parser.add_argument("-k", default="", help="only explorers whose name contains this")
    parser.add_argument("--full", action="store_true",
                        help="OLD = the kept figure drawn whole (before issue 25) instead of "
                             "a new figure per update (before issue 14)")
    parser.add_argument("--memory", action="store_true",
                        help="resident memory after 10 and 200 updates instead of timings")
    args = parser.parse_args()
    explorers = [e for e in EXPLORERS if args.k in e.name]
    print(f"{platform.python_implementation()} {platform.python_version()}, "
          f"matplotlib {matplotlib.__version__}, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f}")
    if args.memory:
        run_memory(explorers)
    else:
        print(f"{args.repeats} updates per path after 2 warm-ups, alternating two values, "
              "old and new interleaved")
        run_timings(explorers, args.repeats, args.full)


if __name__ == "__main__":
    main()
