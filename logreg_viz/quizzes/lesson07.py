"""Lesson 07's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("07")` in notebooks/07_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": ("Training runs, the model classifies every sample correctly, but the "
                     "reported cost rises. Which check finds the cause?"),
        "options": [
            ("A gradient check of the function against its own cost",
             True,
             ("The cost and the gradient describe different functions (defect 1): the "
              "relative error is near 1.")),
            ("A smaller learning rate",
             False,
             ("The true cost falls fine; only the reported cost is wrong, and no learning "
              "rate fixes a wrong formula.")),
            ("Nothing: a rising cost is normal early in training",
             False,
             ("Gradient descent with a small enough step lowers the cost it follows; a steady "
              "rise means something is wrong.")),
        ],
    },
    {
        "question": ("The cost curve drops once and stays flat at the cost of predicting the "
                     "base rate. What is the likely defect?"),
        "options": [
            ("The eps inside the logs",
             False,
             "The eps shifts the cost by about 1e-5; it does not stop the weights."),
            ("The weights are not updated, only b",
             True,
             ("That is defect 2: with W stuck, the best the neuron can do is predict the base "
              "rate.")),
            ("The learning rate is too large",
             False,
             "Too large a step makes the cost jump or grow, not stay flat at that value."),
        ],
    },
    {
        "question": ("A model predicts a = 0.999999999 for a sample with label 1: confident "
                     "and right. What loss does the source post's -log(a + 1e-5) report "
                     "for it?"),
        "options": [
            ("Exactly 0: the prediction is right",
             False,
             ("The exact loss -log(a) is about 1e-9, almost 0. But the eps moves a + 1e-5 "
              "above 1, so the post's loss is below 0.")),
            ("About 11.51: the cap",
             False,
             ("The cap -log(1e-5) = 11.51 is for a very wrong prediction, a near 0. "
              "Here a is near 1.")),
            ("About -0.00001: a little below zero",
             True,
             ("a + 1e-5 is just above 1, and the log of a number above 1 is positive, so "
              "the loss is negative. A cross-entropy can never be negative (defect 5).")),
        ],
    },
]
