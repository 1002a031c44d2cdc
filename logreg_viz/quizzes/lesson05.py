"""Lesson 05's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("05")` in notebooks/05_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": ("For f(t) = t², t = 3 and h = 0.1, what is the centred difference (f(t + "
                     "h) - f(t - h)) / (2h)?"),
        "answer": 6.0,
        "tolerance": 1e-06,
        "why": ("(3.1² - 2.9²) / 0.2 = (9.61 - 8.41) / 0.2 = 6, exactly f'(3) = 2·3: on t² "
                "the centred difference has no error. (6.1 is the forward difference; 12 "
                "means dividing by h instead of 2h.)"),
    },
    {
        "question": ("You make h ten times smaller (but not tiny). The centred difference's "
                     "error becomes about ..."),
        "options": [
            ("10 times smaller",
             False,
             "That is the forward difference, whose error shrinks like h."),
            ("100 times smaller",
             True,
             "Its error shrinks like h², and (1/10)² = 1/100."),
            ("unchanged",
             False,
             "The error depends on h: the chord comes closer to the tangent as h shrinks."),
        ],
    },
    {
        "question": "A gradient check gives a relative error of 0.9. What does that say?",
        "options": [
            ("The gradient is right: 0.9 is close to 1",
             False,
             "0 means perfect agreement, not 1: 0.9 is almost the largest error there is."),
            ("Look closer: perhaps a saturated sigmoid",
             False,
             "The 'look closer' zone lies between 1e-7 and 1e-3; 0.9 is far above it."),
            ("A bug: the gradient and the cost describe different functions",
             True,
             "Above 1e-3 is a bug, and 0.9 is far above."),
        ],
    },
    {
        "question": "Why check again after some training steps, not only at W = 0, b = 0?",
        "options": [
            (("At W = 0 every a = 1/2, a symmetric point where some bugs give exactly the "
              "right gradient"),
             True,
             ("Section 5: sigmoid(-z) instead of sigmoid(z) passes at z = 0 and fails after "
              "training.")),
            ("The numerical gradient does not work at W = 0",
             False,
             "It works there: section 3 computed it at W = 0."),
        ],
    },
]
