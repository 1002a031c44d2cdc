"""Lesson 00 (start here): the widget-check figure and its one-slider explorer."""

import math

import numpy as np
import pytest

import logreg_viz as viz





def logistic(v):
    return 1 / (1 + math.exp(-v))


@pytest.mark.parametrize("k", [0.25, 1.0, 3.5])
def test_widget_check_figure_draws_sigma_of_kz(k):
    fig = viz.widget_check_figure(k=k)
    ax = fig.axes[0]
    curve = ax.lines[0]
    z = curve.get_xdata()
    assert (z[0], z[-1]) == (-6, 6)
    np.testing.assert_allclose(curve.get_ydata(), [logistic(k * v) for v in z], atol=1e-12)
    assert f"{k:.2f}" in ax.get_title()
    assert ax.get_xlabel() and ax.get_ylabel()


def test_widget_check_explorer_redraws_and_reads_out():
    explorer = viz.widget_check_explorer()
    slider = explorer.children[0].children[0]
    assert slider.value == 1.0          # starts where the static twin is drawn
    fig = explorer.update(k=2.0)
    curve = fig.axes[0].lines[0]
    z = curve.get_xdata()
    np.testing.assert_allclose(curve.get_ydata(), [logistic(2 * v) for v in z], atol=1e-12)
    # the readout: sigma(k z) = 0.9 where z = ln(9) / k; check by evaluating sigma there
    text = explorer.children[2].value
    z90 = float(text.rsplit("z = ", 1)[1])
    assert logistic(2 * z90) == pytest.approx(0.9, abs=1e-3)


def test_moving_the_slider_redraws_through_the_observer():
    explorer = viz.widget_check_explorer()
    slider = explorer.children[0].children[0]
    slider.value = 3.0
    assert explorer.children[2].value.startswith("k = 3.00")
