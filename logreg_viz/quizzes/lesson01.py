"""Lesson 01's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("01")` in notebooks/01_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": "sigma(-3) = 0.047 (to 3 decimals). What is sigma(3)?",
        "answer": 0.953,
        "tolerance": 0.0015,
        "why": "By the symmetry sigma(-z) = 1 - sigma(z): sigma(3) = 1 - 0.047 = 0.953.",
    },
    {
        "question": "What is the largest slope sigma'(z) of the sigmoid?",
        "answer": 0.25,
        "tolerance": 0.001,
        "why": ("sigma'(z) = s(1 - s) with s = sigma(z) is largest for s = 1/2, at z = 0: 1/2 "
                "* 1/2 = 1/4."),
    },
    {
        "question": "A neuron has z = 8. It is saturated. What does that mean?",
        "options": [
            ("The neuron has finished learning and is right.",
             False,
             ("Saturation says nothing about right or wrong: a confidently wrong neuron is "
              "saturated too.")),
            ("a is exactly 1.",
             False,
             "a = sigma(8) is about 0.9997, close to 1 but below it."),
            (("The curve is almost flat there: changing z barely changes a, so learning "
              "through it is slow."),
             True,
             ("sigma'(8) is about 0.0003, far below the peak 1/4, and the slope that learning "
              "uses is multiplied by it.")),
        ],
    },
    {
        "question": ("For a = sigma(w x + b) with w = 4 and b = -2, at which x is the "
                     "threshold (a = 0.5)?"),
        "answer": 0.5,
        "tolerance": 0.001,
        "why": "a = 0.5 where w x + b = 0, so x = -b / w = 2 / 4 = 0.5.",
    },
    {
        "question": "A predict function returns (A >= 0.5).astype(int). What is wrong with it?",
        "options": [
            ("Nothing: >= and > give the same answers.",
             False,
             "They differ for a sample with a = 0.5 exactly (z = 0), which the check tests."),
            ("A sample with a = 0.5 exactly gets 1, but the rule says 1 only for a > 0.5.",
             True,
             "At exactly one half the prediction must be 0: use A > 0.5."),
            (".astype(int) rounds 0.7 down to 0.",
             False,
             "It converts the booleans True/False to 1/0; the comparison already decided."),
        ],
    },
]
