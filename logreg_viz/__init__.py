"""Plots, quick checks and widget explorers for the lessons, one module per lesson.

Every plot function draws on an ``ax`` it is given (or a new one), returns the axes,
and changes no global matplotlib state, so the same call is both a lesson's static
figure and the body of its live explorer. Explorers wrap those functions with
ipywidgets; their static twin is the plain call with the default values.

Where things live: common.py holds the plots several lessons use, explorer.py the
explorer machinery (explore, figure_png, tight_layout_once), quiz.py the quick checks,
lessonNN_name.py lesson NN's figures and explorers; the data sets are in logreg_data. A
lesson does `import logreg_viz as viz`: this file re-exports every public name (the
data sets' too). A lesson module imports the shared modules, logreg_data and
logreg_core, never another lesson's module.
"""

from .common import (  # noqa: F401
    CLASS_COLORS,
    CLASS_MARKERS,
    cost_grid,
    costs_over_w,
    plot_cost_contour,
    plot_cost_curve,
    plot_decision_boundary,
    plot_points,
)
from .explorer import (  # noqa: F401
    explore,
    figure_png,
    tight_layout_once,
)
from .quiz import (  # noqa: F401
    QUIZ_TITLE,
    Quiz,
    quiz,
)
from logreg_data import (  # noqa: F401
    BLOBS_SEED,
    BLOBS_SIZE,
    DIGITS_SEED,
    DIGITS_TEST_SIZE,
    DIGIT_CLASSES,
    RINGS_FACTOR,
    RINGS_NOISE,
    RINGS_SCALE,
    RINGS_SEED,
    RINGS_SPLIT,
    blobs_dataset,
    breast_cancer_dataset,
    digit_images,
    digits_task,
    one_feature_data,
    rings,
    rings_dataset,
    training_datasets,
)
from .lesson00_start_here import (  # noqa: F401
    NEURON_MAX_INPUTS,
    plot_neuron,
    widget_check_explorer,
    widget_check_figure,
    widget_check_readout,
    widget_check_update,
)
from .lesson01_sigmoid import (  # noqa: F401
    SATURATION,
    neuron_threshold,
    plot_sigmoid,
    saturation_z,
    sigmoid_neuron_explorer,
    sigmoid_neuron_figure,
    sigmoid_neuron_readout,
    sigmoid_neuron_update,
)
from .lesson02_gradient_descent import (  # noqa: F401
    DESCENT_CURVES,
    DESCENT_DEFAULTS,
    DESCENT_MAX_STEPS,
    DESCENT_RATES,
    DESCENT_W_RANGE,
    NEURON_B,
    NEURON_W_RANGE,
    bowl,
    bowl_slope,
    descent_explorer,
    descent_figure,
    descent_minimum,
    descent_path,
    descent_readout,
    descent_update,
    descent_verdict,
    divergence_rate,
    drawn_part,
    neuron_cost,
    neuron_slope,
    plot_descent,
    step_sizes_figure,
    tangent_figure,
)
from .lesson03_cross_entropy_loss import (  # noqa: F401
    log_loss,
    log_loss_explorer,
    log_loss_figure,
    log_loss_readout,
    log_loss_update,
    plot_cost_bowl,
    plot_log_loss_curves,
    plot_se_vs_ce,
)
from .lesson04_chain_rule import (  # noqa: F401
    chain_factors,
    chain_rule_explorer,
    chain_rule_figure,
    chain_rule_readout,
    chain_rule_update,
    dz_both_losses,
    plot_computation_graph,
    plot_dz_vs_z,
)
from .lesson05_gradient_checking import (  # noqa: F401
    H_SWEEP_DTYPES,
    best_h,
    chord_figure,
    forward_gradient,
    h_sweep,
    h_sweep_figure,
    plot_h_sweep,
    theory_h,
)
from .lesson06_training import (  # noqa: F401
    HEATMAP_RESOLUTION,
    LEARNING_RATE_SLIDER,
    REPLAY_DEFAULTS,
    TRAINING_AXIS_LABELS,
    TRAINING_DATASETS,
    TRAINING_DEFAULTS,
    boundary_segment,
    learning_rate_figure,
    plot_rate_sweep,
    replay_explorer,
    replay_figure,
    replay_path,
    replay_update,
    train,
    training_explorer,
    training_figure,
    training_readout,
    training_update,
    weight_growth_figure,
)
from .lesson07_debugging import (  # noqa: F401
    eps_loss_figure,
)
from .lesson08_digits import (  # noqa: F401
    DIGITS_ITERATIONS,
    DIGIT_DPI,
    DIGIT_FIGSIZE,
    DigitDrawer,
    INK_CMAP,
    INK_LEVELS,
    VOTE_CMAP,
    digit_drawer,
    digit_figure,
    digit_readout,
    digit_verdict,
    ink_color,
    next_ink,
    plot_digit_grid,
    plot_weights,
    update_digit_figure,
)
from .lesson09_evaluating_a_classifier import (  # noqa: F401
    CLASS_NAMES_09,
    ThresholdView,
    plot_precision_recall,
    plot_roc,
    precision_recall_points,
    reliability_figure,
    threshold_explorer,
    threshold_figure,
    threshold_readout,
)
from .lesson10_regularisation import (  # noqa: F401
    DEGREE_DEFAULTS,
    FIT_ITERATIONS,
    PENALTY_DEFAULTS,
    PENALTY_VALUES,
    REG_DEGREE,
    REG_GRID,
    REG_LIMIT,
    SET_STYLES,
    chosen_lambda,
    degree_explorer,
    degree_figure,
    early_stopping_curve,
    early_stopping_figure,
    fit,
    fit_learning_rate,
    penalty_explorer,
    penalty_figure,
    poly_sets,
    regularisation_readout,
    validation_curve,
    validation_curve_figure,
)

