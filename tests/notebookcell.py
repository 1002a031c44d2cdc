"""Functions defined as a notebook defines them, for the self-check tests.

A lesson's learner writes a function in a cell of a notebook that also holds the lesson's
data (X_train, z, m, h, ...) and functions (sigmoid, df, J, ...). define() runs a cell's
source in such a namespace, so a test can give a check a function that reads a notebook
variable, calls a notebook function, or works only on the notebook's data.
"""

import ast
import math

import numpy as np

import logreg_core as core

_FUNCTIONS = '''
def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def df(w):
    return 2 * (w - 3)

def f(w):
    return (w - 3) ** 2 + 1

def dJ(w):
    grads, _ = core.propagate(np.array([[w]]), b, X[:1], Y)
    return grads["dW"][0, 0]

def J(theta):
    return core.cost(theta[:n].reshape(n, 1), float(theta[n]), X, Y)
'''


def notebook_namespace(**variables):
    """A notebook's namespace: modules, the lessons' functions and data under every name an
    exercise's parameter has (variables= adds or replaces some)."""
    X_train, Y_train, X_test, Y_test = core.toy_dataset()
    space = {"__name__": "__main__", "np": np, "core": core, "math": math,
             "X_train": X_train, "Y_train": Y_train, "X_test": X_test, "Y_test": Y_test,
             "X": X_train, "Y": Y_train, "W": np.array([[0.3], [-0.2]]), "b": -0.5,
             "z": np.linspace(-2, 2, 5), "s": core.sigmoid(np.linspace(-2, 2, 5)),
             "A": core.sigmoid(np.linspace(-2, 2, 8)).reshape(1, 8), "m": 8, "n": 2,
             "h": 1e-5, "theta": np.array([0.1, 0.2, 0.3]), "w0": 2.0,
             "learning_rate": 0.05, "num_steps": 10, "num_iterations": 2000,
             "lambd": 0.7, "cm": np.array([[5, 1], [2, 4]]),
             "images": np.ones((4, 8, 8)), "digits": np.array([3, 8, 3, 8])}
    exec(_FUNCTIONS, space)                                             # noqa: S102
    space.update(variables)
    return space


def define(source, **variables):
    """The function a cell's source defines (its first statement), defined in a notebook
    namespace; other definitions in the cell land in the same namespace."""
    space = notebook_namespace(**variables)
    tree = ast.parse(source)
    exec(compile(tree, "<notebook cell>", "exec"), space)               # noqa: S102
    return space[tree.body[0].name]


def assert_check(check, source, status, *words, **variables):
    """check(define(source)) has this status and every one of words in its message."""
    result = check(define(source, **variables))
    assert result.status == status, result.message
    for word in words:
        assert word in result.message, result.message
    return result
