"""Lesson 03's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("03")` in notebooks/03_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": ("A neuron predicts a = 0.9 for a sample whose label is y = 0. What is "
                     "its loss L?"),
        "answer": 2.302585,
        "tolerance": 0.01,
        "why": ("y = 0, so L = -log(1 - a) = -ln(0.1) = 2.302585 (natural log; with lg it "
                "would be 1)."),
    },
    {
        "question": "In this course, what does log mean?",
        "options": [
            ("the natural log ln, base e (np.log)",
             True,
             "Every formula and every np.log in the course uses base e."),
            ("the log base 10, lg (np.log10)",
             False,
             "That is lg; it would divide every loss by ln 10 = 2.303."),
            ("the log base 2 (np.log2)",
             False,
             "Base 2 belongs to information theory, not to this course's formulas."),
        ],
    },
    {
        "question": "Why do we take the log of the likelihood?",
        "options": [
            (("It turns the product over the samples into a sum, which does not round to 0 "
              "and is easy to take slopes of."),
             True,
             ("log(pq) = log p + log q, and the log keeps the order, so the best w and b stay "
              "the same.")),
            ("It makes the numbers bigger, so training is faster.",
             False,
             ("The log does not make training faster; it turns the product into a sum that "
              "does not round to 0, and the best w and b stay the same.")),
            ("It makes the loss negative, which is easier to minimise.",
             False,
             ("The log of a probability is at most 0; we flip its sign so that the loss is at "
              "least 0.")),
        ],
    },
    {
        "question": "Why is squared error a poor loss for a sigmoid neuron?",
        "options": [
            ("Its cost over w is not bowl-shaped, with plateaus where the slope is almost 0.",
             True,
             "There gradient descent barely moves, as the run from w = -10 showed."),
            ("numpy cannot compute it.",
             False,
             ("It is easy to compute; the problem is the shape of its cost, not the "
              "computation.")),
            ("It is always larger than the cross-entropy.",
             False,
             "Its size does not matter for training; its slopes do."),
        ],
    },
]
