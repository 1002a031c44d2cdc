"""Lesson 06's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("06")` in notebooks/06_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": ("Training starts from W = 0, b = 0. What is the first recorded cost, to "
                     "three decimals?"),
        "answer": 0.693,
        "tolerance": 0.0015,
        "why": "every z is 0, so every a is 1/2 and every loss is -log(1/2) = log 2 = 0.693.",
    },
    {
        "question": "Which update line trains W without changing the caller's array?",
        "options": [
            ("W = W - learning_rate * dW",
             True,
             "it makes a new array and gives it the name W, so the next step starts from it."),
            ("W -= learning_rate * dW",
             False,
             "it trains, but it changes the caller's array in place, a hidden side effect."),
            ("w = W - learning_rate * dW",
             False,
             ("a new name w: W itself never changes (the source post's first optimize does "
              "this).")),
        ],
    },
    {
        "question": "Why does the trained neuron get the test point (0.5, 0.9) wrong?",
        "options": [
            ("2000 iterations are too few; train longer",
             False,
             ("longer training only makes the same boundary sharper: the point stays on the 0 "
              "side.")),
            ("its nearest training points are labelled 0",
             True,
             ("the training data put the boundary to its right; nothing in them asks for "
              "another line.")),
            ("no straight line can separate the 12 points",
             False,
             "trained on all 12 points, a tilted line gets 100 %."),
        ],
    },
    {
        "question": ("With learning rate 50 on the toy data the cost first jumps up. What "
                     "does that tell you?"),
        "options": [
            ("the gradient is wrong",
             False,
             "the same gradient works with smaller rates; lesson 05 checked it."),
            ("the steps are too long: they overshoot the valley",
             True,
             "as in lesson 02, a too large rate jumps past the bottom and can land higher."),
            ("the data are not separable",
             False,
             "the toy data are separable; the rise comes from the step size alone."),
        ],
    },
]
