"""Lesson 10's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("10")` in notebooks/10_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": ("A model gets 99 % on its training set and 78 % on its test set. What is "
                     "the most likely reason?"),
        "options": [
            ("It overfits: it learned the noise of the training points.",
             True,
             "A large gap between training and test accuracy is the mark of overfitting."),
            ("It underfits: it is too simple for the data.",
             False,
             "An underfitting model is poor on the training set too, not at 99 %."),
            ("The learning rate is too large.",
             False,
             ("A too-large rate makes training itself fail; here training succeeded only too "
              "well.")),
        ],
    },
    {
        "question": "Why is the bias b left out of the penalty?",
        "options": [
            ("b only shifts the boundary; it does not make it bend.",
             True,
             ("The penalty is against sharp bends, which come from large weights on the "
              "features.")),
            ("Because its gradient is always zero.",
             False,
             "db = mean(a - y) is not zero in general."),
            ("Because b is always small.",
             False,
             "b can be large, for example when one class is much more common."),
        ],
    },
    {
        "question": "On which data should you choose λ?",
        "options": [
            ("On the validation set.",
             True,
             "It is held out from training, and the test set stays unused until the end."),
            ("On the training set.",
             False,
             "There, λ = 0 always looks best: the penalty can only raise the training cost."),
            ("On the test set.",
             False,
             "Then the test accuracy is no longer an honest guess for new data."),
        ],
    },
    {
        "question": ("m = 70 training points, λ = 7. How much does the penalty add to the "
                     "gradient of a weight w = 2?"),
        "answer": 0.2,
        "tolerance": 1e-06,
        "why": "λ/m · w = 7/70 · 2 = 0.2.",
    },
]
