"""Lesson 00's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("00")` in notebooks/00_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": "X holds 5 features of 100 samples. What is X.shape?",
        "options": [
            ("(100, 5)",
             False,
             "That is samples by features; this course puts one sample per column."),
            ("(5, 100)",
             True,
             "Features by samples: one sample per column."),
            ("(5,)",
             False,
             "That is a flat array of 5 numbers, such as one sample's features."),
        ],
    },
    {
        "question": ("W is (3, 1), X is (3, 10), b a float. Which line computes the 10 logits "
                     "z = w · x + b?"),
        "options": [
            ("W * X + b",
             False,
             ("* multiplies elementwise and adds nothing up: the result is (3, 10), not one z "
              "per sample.")),
            ("W @ X + b",
             False,
             "(3, 1) @ (3, 10) fails: the inner sizes 1 and 3 differ. Transpose W first."),
            ("W.T @ X + b",
             True,
             "(1, 3) @ (3, 10) gives (1, 10): for each sample w1 x1 + w2 x2 + w3 x3, then + b."),
        ],
    },
    {
        "question": "What does the neuron output for one sample x?",
        "options": [
            ("z = w · x + b",
             False,
             ("z is only the first step and can be any number; the sigmoid turns it into a "
              "probability.")),
            ("a = sigma(w · x + b), a probability between 0 and 1",
             True,
             "The weighted sum plus the bias gives z; the sigmoid turns z into a."),
            ("the label y",
             False,
             ("The label is the true answer that comes with the data; the neuron tries to "
              "predict it.")),
        ],
    },
    {
        "question": ("A sample has the logit z = 0. What probability a = sigma(0) does the "
                     "neuron give?"),
        "answer": 0.5,
        "tolerance": 0.001,
        "why": ("sigma(0) = 1 / (1 + e^0) = 1/2: exactly on the threshold, so the prediction "
                "is 0 (1 needs a > 0.5)."),
    },
]
