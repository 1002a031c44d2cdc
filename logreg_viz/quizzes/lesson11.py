"""Lesson 11's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("11")` in notebooks/11_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": ("Softmax of the scores [2, 2, 2, 2]: what is the probability of the "
                     "first class?"),
        "answer": 0.25,
        "tolerance": 0.001,
        "why": "Equal scores give equal shares: e² / (4 e²) = 1/4.",
    },
    {
        "question": "Why subtract the largest score before np.exp?",
        "options": [
            ("So that np.exp never overflows; the probabilities stay the same",
             True,
             ("e^(z - c) / Σ e^(z - c) = e^z / Σ e^z for any c; with c the largest score "
              "every exponent is ≤ 0.")),
            ("It makes the probabilities more accurate for small scores",
             False,
             ("For small scores the naive and the stable softmax give the same numbers; the "
              "point is large scores.")),
            ("It makes the largest probability exactly 1",
             False,
             ("It makes the largest exp(...) exactly 1, not the largest probability: we still "
              "divide by the sum.")),
        ],
    },
    {
        "question": ("A sample's true digit is 7 and the model gives it probability 0.5 for a "
                     "7. What is its loss −log(a₇)? (natural log, 3 decimals)"),
        "answer": 0.693,
        "tolerance": 0.002,
        "why": "Only the probability of the true class counts: −log 0.5 = log 2 ≈ 0.693.",
    },
    {
        "question": ("One sample, three classes, A = [0.2, 0.7, 0.1] and the true class is 1. "
                     "What is dZ = A − Y?"),
        "options": [
            ("[0.2, −0.3, 0.1]",
             True,
             ("Y is one-hot [0, 1, 0]; A − Y lowers the true class's score and raises the "
              "others.")),
            ("[−0.8, 0.7, −0.9]",
             False,
             ("That is A − 1 for the wrong entries: Y has a 1 only in the row of the true "
              "class.")),
            ("[0.2, 0.7, 0.1]",
             False,
             "That is A itself; the gradient subtracts the one-hot label Y."),
        ],
    },
    {
        "question": ("Without a penalty, what happens if you add the same vector to every "
                     "column of W?"),
        "options": [
            (("Nothing: every score of a sample grows by the same amount, and softmax does "
              "not change"),
             True,
             ("Only differences between scores matter, so many W give the same model; the L2 "
              "penalty picks the smallest.")),
            ("All probabilities grow",
             False,
             "They cannot all grow: they always add up to 1."),
            ("The largest class gets all the probability",
             False,
             ("The differences between scores are unchanged, so the probabilities are "
              "unchanged.")),
        ],
    },
]
