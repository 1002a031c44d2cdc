"""Lesson 09's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("09")` in notebooks/09_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": ("A disease affects 1 person in 1000. A test always says 'healthy'. What "
                     "is its accuracy, in percent?"),
        "answer": 99.9,
        "tolerance": 0.01,
        "why": ("It is right on the 999 healthy people out of 1000: 99.9 %, while its recall "
                "is 0."),
    },
    {
        "question": ("You lower the threshold from 0.5 to 0.2, without retraining. What "
                     "happens to recall?"),
        "options": [
            ("It goes up or stays the same.",
             True,
             "More tumours are flagged, so no found cancer is lost and new ones may be found."),
            ("It goes down.",
             False,
             ("A lower threshold flags every tumour flagged before, and maybe more: TP cannot "
              "fall.")),
            ("It cannot change without retraining.",
             False,
             ("Recall depends on the cut as well as on W and b; moving the cut changes the "
              "predictions.")),
        ],
    },
    {
        "question": "A model has AUC = 0.5. What does that mean?",
        "options": [
            ("It is right on half of the samples.",
             False,
             "AUC is about ranking pairs, not about accuracy at one threshold."),
            (("A random positive scores higher than a random negative only half the time: no "
              "better than a coin."),
             True,
             ("That is the pair meaning of the AUC; a coin flip's ROC curve, the diagonal, "
              "has it.")),
            ("Its best threshold is 0.5.",
             False,
             ("The AUC does not depend on any threshold; it judges the ranking of the "
              "probabilities.")),
        ],
    },
    {
        "question": "Where should the threshold for 'recall at least 98 %' be chosen?",
        "options": [
            ("On the training set.",
             False,
             ("The neuron is over-confident on the tumours it trained on; the threshold comes "
              "out too high.")),
            ("On the validation set.",
             True,
             "Data the neuron did not train on, and not the data used for the final report."),
            ("On the test set.",
             False,
             "Then the test result is tuned to those very samples and looks better than it is."),
        ],
    },
    {
        "question": ("A standardised feature has weight w = 0.693. By what factor are the "
                     "odds multiplied when it grows by one standard deviation?"),
        "answer": 2.0,
        "tolerance": 0.01,
        "why": "The odds are multiplied by e^w, and e^0.693 = 2.00: the odds double.",
    },
]
