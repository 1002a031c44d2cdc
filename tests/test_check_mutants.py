"""Mutation testing of the self-checks: wrong versions of each exercise's reference solution,
made mechanically, must never pass, and must never make a check raise.

Each reference solution (the lesson's own) is parsed, and every small change below makes
one mutant: flip an operator or a comparison, drop a sign or a term, swap two arguments,
two operands or two returned values, drop or add a transpose, change a number, return
early (a copy of the final `return` inside a loop, or right after the first line), and
read a notebook variable (a parameter renamed, so the body reads the notebook's variable
of that name). A mutant that gives a different result than the reference on random
inputs (or raises) is wrong, so its check must not pass. conftest makes an error inside
a check raise here, so "no check raises" is tested too.

The mutants run as a notebook would run them (notebookcell.define): defined in a
namespace holding the notebook's variables (toy data, z, m, h, ...) and its functions.
"""

import ast
import copy
import math

import numpy as np
import pytest

import logreg_checks as checks
import logreg_core as core
from conftest import report
from notebookcell import define

# ----------------------------------------------------------------- the reference solutions

REFERENCES = {
    "sigmoid": (checks.check_sigmoid, """
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
"""),
    "sigmoid_derivative": (checks.check_sigmoid_derivative, """
def sigmoid_derivative(z):
    s = sigmoid(z)
    return s * (1 - s)
"""),
    "predict": (checks.check_predict, """
def predict(W, b, X):
    A = core.sigmoid(W.T @ X + b)
    return (A > 0.5).astype(int)
"""),
    "gradient_descent": (checks.check_gradient_descent, """
def gradient_descent(df, w0, learning_rate, num_steps):
    w = w0
    ws = [w0]
    for _ in range(num_steps):
        w = w - learning_rate * df(w)
        ws.append(w)
    return np.array(ws)
"""),
    "compute_cost": (checks.check_compute_cost, """
def compute_cost(A, Y):
    losses = -(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    return float(np.mean(losses))
"""),
    "propagate": (checks.check_propagate, """
def propagate(W, b, X, Y):
    m = X.shape[1]
    Z = W.T @ X + b
    A = core.sigmoid(Z)
    cost = float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
    dZ = A - Y
    dW = X @ dZ.T / m
    db = float(np.mean(dZ))
    return {"dW": dW, "db": db}, cost
"""),
    "my_numerical_gradient": (checks.check_numerical_gradient, """
def my_numerical_gradient(f, theta, h=1e-5):
    grad = np.zeros_like(theta, dtype=float)
    for i in range(theta.size):
        plus = theta.copy()
        plus[i] = theta[i] + h
        minus = theta.copy()
        minus[i] = theta[i] - h
        grad[i] = (f(plus) - f(minus)) / (2 * h)
    return grad
"""),
    "initialize_weights": (checks.check_initialize_weights, """
def initialize_weights(n):
    W = np.zeros((n, 1))
    b = 0.0
    return W, b
"""),
    "optimize": (checks.check_optimize, """
def optimize(W, b, X, Y, num_iterations, learning_rate):
    costs = []
    for i in range(num_iterations):
        grads, cost = core.propagate(W, b, X, Y)
        if i % 100 == 0:
            costs.append(cost)
        W = W - learning_rate * grads["dW"]
        b = b - learning_rate * grads["db"]
    return {"W": W, "b": b}, grads, costs
"""),
    "model": (checks.check_model, """
def model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate):
    W, b = core.initialize_weights(X_train.shape[0])
    params, grads, costs = core.optimize(W, b, X_train, Y_train, num_iterations,
                                         learning_rate)
    W, b = params["W"], params["b"]
    Y_prediction_train = core.predict(W, b, X_train)
    Y_prediction_test = core.predict(W, b, X_test)
    return {
        "costs": costs,
        "Y_prediction_train": Y_prediction_train,
        "Y_prediction_test": Y_prediction_test,
        "W": W,
        "b": b,
        "learning_rate": learning_rate,
        "num_iterations": num_iterations,
        "train_accuracy": 100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100,
        "test_accuracy": 100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100,
    }
"""),
    "my_propagate": (checks.check_fixed_propagate, """
def my_propagate(W, b, X, Y):
    m = X.shape[1]
    Z = W.T @ X + b
    A = core.sigmoid(Z)
    cost = np.mean(core.logistic_loss(Z, Y))
    dz = A - Y
    return {"dW": X @ dz.T / m, "db": float(np.mean(dz))}, float(cost)
"""),
    "preprocess": (checks.check_preprocess, """
def preprocess(images, digits):
    m = len(digits)
    X = images.reshape(m, 64).T / 16
    Y = (digits == 8).astype(int).reshape(1, m)
    return X, Y
"""),
    "precision_recall": (checks.check_precision_recall, """
def precision_recall(cm):
    (tn, fp), (fn, tp) = cm
    return tp / (tp + fp), tp / (tp + fn)
"""),
    "regularised_cost_and_grad": (checks.check_regularised_cost_and_grad, """
def regularised_cost_and_grad(W, b, X, Y, lambd):
    grads, cost = core.propagate(W, b, X, Y)
    m = X.shape[1]
    cost = cost + lambd / (2 * m) * np.sum(W ** 2)
    dW = grads["dW"] + lambd / m * W
    return cost, dW, grads["db"]
"""),
}


def _slope(w):
    return 3.0 * (w - 0.5)


def _cubes(t):
    return float(np.sum(t ** 3))


def random_inputs(name, rng):
    """Three argument tuples for exercise `name`, none of them a notebook variable."""
    def neuron(n, m):
        W, b, X, Y = checks.random_neuron_case(n, m, rng)
        return W, b, X, Y
    cases = {
        "sigmoid": lambda: [(rng.normal(size=(2, 3)) * 3,), (0.7,), (rng.normal(size=5),)],
        "predict": lambda: [neuron(n, m)[:3] for n, m in ((1, 4), (3, 5), (2, 6))],
        "gradient_descent": lambda: [(_slope, float(rng.normal()), 0.1, k) for k in (1, 3, 6)],
        "compute_cost": lambda: [(core.sigmoid(rng.normal(size=(1, m))),
                                  (np.arange(m) % 2).reshape(1, m)) for m in (3, 4, 7)],
        "propagate": lambda: [neuron(n, m) for n, m in ((1, 3), (3, 5), (4, 2))],
        "my_numerical_gradient": lambda: [(_cubes, rng.normal(size=k), 1e-3) for k in (1, 3, 5)],
        "initialize_weights": lambda: [(2,), (4,), (1,)],
        "optimize": lambda: [(*neuron(n, 5), k, 0.3) for n, k in ((2, 150), (3, 101))],
        "model": lambda: [(*neuron(2, 6)[2:], *neuron(2, 4)[2:], 120, 0.4)],
        "preprocess": lambda: [(rng.integers(0, 17, size=(m, 8, 8)).astype(float),
                                rng.choice([3, 8], size=m)) for m in (2, 5)],
        "precision_recall": lambda: [(rng.integers(1, 30, size=(2, 2)),) for _ in range(3)],
        "regularised_cost_and_grad": lambda: [(*neuron(n, m), lam) for n, m, lam in
                                              ((2, 5, 0.7), (3, 4, 2.5))],
    }
    cases["sigmoid_derivative"] = cases["sigmoid"]
    cases["my_propagate"] = cases["propagate"]
    return cases[name]()


# ----------------------------------------------------------------- the notebook

# ----------------------------------------------------------------- the mutations

_OPERATORS = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
              ast.FloorDiv: ast.Div, ast.Pow: ast.Mult, ast.MatMult: ast.Mult,
              ast.Mod: ast.FloorDiv}
_COMPARISONS = {ast.Gt: ast.Lt, ast.Lt: ast.Gt, ast.GtE: ast.Gt, ast.LtE: ast.Lt,
                ast.Eq: ast.NotEq, ast.NotEq: ast.Eq}


def _changes(node):
    """[(what the change is, the changed node)] for one node of a solution's tree."""
    out = []
    new = copy.deepcopy
    if isinstance(node, ast.BinOp):
        if type(node.op) in _OPERATORS:
            out.append(("operator", ast.BinOp(new(node.left), _OPERATORS[type(node.op)](),
                                              new(node.right))))
        if not isinstance(node.op, ast.Pow):
            out += [("drop a term", new(node.left)), ("drop a term", new(node.right))]
        if isinstance(node.op, (ast.Sub, ast.Div, ast.MatMult, ast.Pow)):
            out.append(("swap operands", ast.BinOp(new(node.right), new(node.op),
                                                   new(node.left))))
        if isinstance(node.op, ast.MatMult):
            out.append(("transpose", ast.BinOp(ast.Attribute(new(node.left), "T", ast.Load()),
                                               new(node.op), new(node.right))))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        out.append(("drop a sign", new(node.operand)))
    elif isinstance(node, ast.Compare) and type(node.ops[0]) in _COMPARISONS:
        out.append(("comparison", ast.Compare(new(node.left),
                                              [_COMPARISONS[type(node.ops[0])]()],
                                              new(node.comparators))))
    elif isinstance(node, ast.Call) and len(node.args) >= 2:
        args = new(node.args)
        args[0], args[1] = args[1], args[0]
        out.append(("swap arguments", ast.Call(new(node.func), args, new(node.keywords))))
        out.append(("drop an argument", ast.Call(new(node.func), new(node.args[:-1]),
                                                 new(node.keywords))))
    elif isinstance(node, ast.Attribute) and node.attr == "T":
        out.append(("drop a transpose", new(node.value)))
    elif isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) \
            and not isinstance(node.value, bool):
        values = {node.value + 1, 0, node.value * 2} - {node.value}
        out += [("change a constant", ast.Constant(v)) for v in sorted(values)]
    elif isinstance(node, ast.Tuple) and isinstance(node.ctx, ast.Load) and len(node.elts) >= 2:
        elts = new(node.elts)
        elts[0], elts[1] = elts[1], elts[0]
        out.append(("swap two values", ast.Tuple(elts, ast.Load())))
    elif isinstance(node, ast.Dict) and len(node.values) >= 2:
        values = new(node.values)
        values[0], values[1] = values[1], values[0]
        out.append(("swap two values", ast.Dict(new(node.keys), values)))
    elif isinstance(node, ast.FunctionDef):
        out += _function_changes(node)
    return out


def _function_changes(fn):
    """Return early, and read a notebook variable instead of a parameter."""
    out = []
    final = fn.body[-1]
    for i, statement in enumerate(fn.body[:-1]):
        if isinstance(statement, ast.For) and isinstance(final, ast.Return):
            changed = copy.deepcopy(fn)
            changed.body[i].body.append(copy.deepcopy(final))
            out.append(("return inside the loop", changed))
    first = fn.body[0]
    if len(fn.body) > 2 and isinstance(first, ast.Assign) and \
            isinstance(first.targets[0], ast.Name):
        changed = copy.deepcopy(fn)
        changed.body.insert(1, ast.Return(ast.Name(first.targets[0].id, ast.Load())))
        out.append(("return early", changed))
    for k, arg in enumerate(fn.args.args):
        changed = copy.deepcopy(fn)
        changed.args.args[k].arg = arg.arg + "_given"      # the body now reads the global
        out.append((f"read the notebook's {arg.arg}", changed))
    return out


class _Apply(ast.NodeTransformer):
    """Numbers the nodes in visiting order; replaces node `index` by its change `k`
    (index -1: only counts, into self.counts)."""

    def __init__(self, index=-1, k=0):
        self.index, self.k, self.seen, self.counts = index, k, -1, []

    def visit(self, node):
        self.seen += 1
        if self.seen == self.index:
            return _changes(node)[self.k][1]
        if self.index < 0:
            self.counts.append(len(_changes(node)))
        return self.generic_visit(node)


def mutants(source):
    """[(what was changed, the mutant's source)], each differing from source in one place."""
    counter = _Apply()
    counter.visit(ast.parse(source))
    out, seen = [], {ast.unparse(ast.parse(source))}
    for index, count in enumerate(counter.counts):
        for k in range(count):
            tree = _Apply(index, k).visit(ast.parse(source))
            text = ast.unparse(ast.fix_missing_locations(tree))
            if text not in seen:
                seen.add(text)
                what = _changes(list(_walk(ast.parse(source)))[index])[k][0]
                out.append((what, text))
    return out


def _walk(node):
    """The nodes in _Apply's visiting order."""
    yield node
    for child in ast.iter_child_nodes(node):
        yield from _walk(child)


# ----------------------------------------------------------------- comparing results

def _same(a, b):
    """Whether two results are the same answer (type family, shape, dtype kind, values)."""
    number = (int, float, np.integer, np.floating)
    if isinstance(a, dict) or isinstance(b, dict):
        return isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys() and \
            all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (tuple, list)) or isinstance(b, (tuple, list)):
        return type(a) is type(b) and len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, number) and not isinstance(a, bool) and isinstance(b, number):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12) or \
            (math.isnan(float(a)) and math.isnan(float(b)))
    if isinstance(a, np.ndarray) and isinstance(b, np.ndarray):
        kinds = {"i": "i", "u": "i", "f": "f", "b": "b"}
        return (a.shape == b.shape and kinds.get(a.dtype.kind) == kinds.get(b.dtype.kind)
                and bool(np.allclose(a, b, rtol=1e-9, atol=1e-12, equal_nan=True)))
    return False


def _run(fn, args):
    copies = [a.copy() if isinstance(a, np.ndarray) else a for a in args]
    with np.errstate(all="ignore"):
        return fn(*copies)


def differs(name, source):
    """True when the function `source` defines answers differently from the reference on
    random inputs (raising counts as different)."""
    reference, mutant = define(REFERENCES[name][1]), define(source)
    for args in random_inputs(name, np.random.default_rng(18)):
        try:
            got = _run(mutant, args)
        except Exception:  # noqa: BLE001 - a mutant that raises is a wrong answer
            return True
        if not _same(got, _run(reference, args)):
            return True
    return False


# ----------------------------------------------------------------- the tests

@pytest.mark.parametrize("name", REFERENCES)
def test_the_reference_solution_passes_its_check(name):
    check, source = REFERENCES[name]
    result = check(define(source))
    assert result.passed, result.message


@pytest.mark.parametrize("name", REFERENCES)
def test_no_wrong_mutant_passes_and_no_mutant_makes_the_check_raise(name):
    check, source = REFERENCES[name]
    made = mutants(source)
    wrong, passed_wrongly = 0, []
    for what, text in made:
        result = check(define(text))              # an error inside the check raises here
        assert result.status in (checks.PASSED, checks.WRONG, checks.NOT_ATTEMPTED)
        assert result.message.strip()
        if differs(name, text):
            wrong += 1
            if result.passed:
                passed_wrongly.append(f"{what}:\n{text}")
    report(f"mutants of {name}: {len(made)} made, {wrong} give other answers, all of those "
           f"{'caught' if not passed_wrongly else 'NOT caught'}")
    assert not passed_wrongly, "\n\n".join(passed_wrongly)
    assert wrong >= len(made) // 2      # the mutations really change the answers


def test_every_kind_of_mutation_is_made():
    kinds = {what.split("'")[0] for _, (_, source) in REFERENCES.items()
             for what, _ in mutants(source)}
    assert {"operator", "drop a term", "drop a sign", "swap arguments", "swap operands",
            "transpose", "drop a transpose", "change a constant", "return inside the loop",
            "return early", "read the notebook", "comparison", "swap two values"} <= kinds
