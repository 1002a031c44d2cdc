"""Lesson 07's figures, readouts and explorers.

What it draws: the source post's eps-biased loss.

Imports the shared modules (.common, .explorer), logreg_data and logreg_core; never
another lesson's module.
"""

import matplotlib.pyplot as plt
import numpy as np

import logreg_core as core


def eps_loss_figure(seed_loss, eps=1e-5):
    """Defect 5: the loss of a y = 1 sample against its logit, exact and with the source
    post's eps.

    seed_loss(z, y, eps) computes the source post's per-sample loss
    (logreg_checks.seed_eps_loss).
    Left: z from -40 to 40; the eps version flattens at -log(eps). Right: confident and
    right (z from 5 to 40), in units of eps: the eps version dips below zero.
    """
    fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.5))
    for ax, z, unit in ((left, np.linspace(-40, 40, 401), 1.0),
                        (right, np.linspace(5, 40, 351), eps)):
        ax.plot(z, core.logistic_loss(z, 1.0) / unit, lw=2, label="exact: from the logits")
        ax.plot(z, seed_loss(z, 1.0, eps) / unit, "--", lw=2,
                label=f"source post: log(a + {eps:g})")
        ax.set_xlabel("logit z (label y = 1)")
        ax.grid(alpha=0.3)
    left.axhline(-np.log(eps), color="gray", ls=":", lw=1)
    left.annotate(f"cap -log(eps) = {-np.log(eps):.2f}", (5, -np.log(eps) + 1.5),
                  fontsize=9, color="gray")          # right of z = 0: no curve there
    left.set_ylabel("loss of one sample")
    left.set_title("confident and wrong: the loss is capped")
    left.legend(fontsize=9)
    right.axhline(0, color="k", lw=0.8)
    right.set_ylim(-2, 2)
    right.set_ylabel(f"loss / {eps:g}")
    right.set_title("confident and right: the loss goes negative")
    fig.tight_layout()
    return fig
