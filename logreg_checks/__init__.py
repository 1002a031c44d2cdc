"""Self-checks for the lessons' "Your turn" exercises, one module per lesson.

Each check takes the learner's function, runs it on inputs where the right answer is
known (from logreg_core), and returns a CheckResult. Its status is one of
NOT_ATTEMPTED (the stub still raises NotImplementedError), PASSED, or WRONG (a written
function that returns None is WRONG: it forgot its `return`). The message names the
mistake only when the check is certain of it ("missing 1/m", "transposed dW", ...);
otherwise it shows the input, the expected and the returned value, and what to look at
next. Shown as the last expression of a cell, a CheckResult prints its message.

The learner's function runs apart from the notebook's data (common.isolate: modules and
functions yes, arrays and numbers no), on read-only copies of its inputs, over several
cases no notebook variable holds; common Python and numpy errors are explained. A check
never raises (common.learner_check).

Where things live: common.py holds what every check shares (CheckResult, call_learner,
the stub and forgotten-return messages); lessonNN_name.py holds lesson NN's checks. A
lesson does `import logreg_checks as checks` and calls `checks.check_sigmoid(...)`: this
file re-exports every public name. A lesson module imports .common and logreg_core,
never another lesson's module.
"""

from .common import (  # noqa: F401
    CheckResult,
    NOT_ATTEMPTED,
    PASSED,
    WRONG,
    call_learner,
    changed_arguments,
    close,
    explain_error,
    forgot_return,
    isolate,
    learner_check,
    more_cases,
    not_attempted,
    passed,
    random_neuron_case,
    read_only_copies,
    same_number,
    same_numbers,
    same_propagate,
    shape_of,
    short,
    wrong,
)
from .messages_zh import CATALOGUE, language, translate  # noqa: F401
from .lesson01_sigmoid import (  # noqa: F401
    check_predict,
    check_sigmoid,
    check_sigmoid_derivative,
)
from .lesson02_gradient_descent import (  # noqa: F401
    DESCENT_CASE,
    check_gradient_descent,
)
from .lesson03_cross_entropy_loss import (  # noqa: F401
    check_compute_cost,
)
from .lesson04_chain_rule import (  # noqa: F401
    PROPAGATE_CASES,
    check_propagate,
)
from .lesson05_gradient_checking import (  # noqa: F401
    check_numerical_gradient,
    gradient_check_propagate,
)
from .lesson06_training import (  # noqa: F401
    MODEL_CASE,
    MODEL_CASE_2,
    MODEL_KEYS,
    OPTIMIZE_CASE,
    check_initialize_weights,
    check_model,
    check_optimize,
)
from .lesson07_debugging import (  # noqa: F401
    basic_sigmoid,
    check_fixed_propagate,
    seed_eps_loss,
    seed_initialize_weights,
    seed_optimize_v1,
    seed_predict_v1,
    seed_propagate_final,
    seed_propagate_v1,
    seed_single_sample,
)
from .lesson08_digits import (  # noqa: F401
    check_preprocess,
)
from .lesson09_evaluating_a_classifier import (  # noqa: F401
    PR_CASES,
    check_precision_recall,
)
from .lesson10_regularisation import (  # noqa: F401
    check_regularised_cost_and_grad,
)
from .lesson11_ten_digits import (  # noqa: F401
    check_softmax,
    check_softmax_cost,
)
from .lesson12_mini_batches import (  # noqa: F401
    CSV_SEED,
    EPOCH_SEED,
    check_csv_to_xy,
    check_one_epoch,
    reference_one_epoch,
)
from .lesson13_hidden_layer import (  # noqa: F401
    BACKWARD_CASES,
    backward_case,
    check_backward_pass,
    right_answer,
)
