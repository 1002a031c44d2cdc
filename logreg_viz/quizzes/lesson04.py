"""Lesson 04's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("04")` in notebooks/04_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": "f(w, b) = w² b. What is the partial derivative ∂f/∂w at w = 3, b = 2?",
        "answer": 12.0,
        "tolerance": 1e-06,
        "why": "Hold b still: f is b times w², so ∂f/∂w = 2wb = 2 · 3 · 2 = 12.",
    },
    {
        "question": "For one sample with cross-entropy, what is ∂L/∂z?",
        "options": [
            ("a - y",
             True,
             "∂L/∂a times da/dz = (-y/a + (1-y)/(1-a)) a(1-a) simplifies to a - y."),
            ("(a - y) a (1 - a)",
             False,
             "That is the squared error's dz; it vanishes for confident mistakes."),
            ("-y/a + (1 - y)/(1 - a)",
             False,
             "That is ∂L/∂a, one step of the chain; multiply by da/dz = a(1 - a)."),
        ],
    },
    {
        "question": "w reaches the cost J through all m samples. What is ∂J/∂w?",
        "options": [
            ("the mean of the per-sample slopes (a - y) x",
             True,
             "The slopes of all paths add up, and J has the factor 1/m."),
            ("the slope of the first sample only",
             False,
             "Every sample's z contains w, so every path counts."),
            ("the product of the per-sample slopes",
             False,
             "Slopes multiply along one path; slopes of different paths add."),
        ],
    },
    {
        "question": ("X is (n, m) and dZ is (1, m). Which line gives dW with the shape (n, 1) "
                     "of W?"),
        "options": [
            ("X @ dZ.T / m",
             True,
             "(n, m) @ (m, 1) = (n, 1): row j sums x_j times dz over the samples."),
            ("dZ @ X.T / m",
             False,
             "Same numbers, but (1, m) @ (m, n) = (1, n): the transpose of W's shape."),
            ("X.T @ dZ / m",
             False,
             "(m, n) @ (1, m) fails: the inner sizes n and 1 differ."),
        ],
    },
]
