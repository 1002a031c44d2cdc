"""Lesson 12's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("12")` in notebooks/12_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": "m = 1000 samples, batch size 100. How many updates does one epoch make?",
        "answer": 10,
        "tolerance": 0,
        "why": ("One epoch is one pass over the data: 1000 / 100 = 10 mini-batches, one "
                "update each."),
    },
    {
        "question": "Why is the cost of each mini-batch noisy, even when training goes well?",
        "options": [
            ("Each point is measured on other, randomly chosen samples.",
             True,
             "A small random group of samples has a cost that varies from group to group."),
            ("The learning rate is too large.",
             False,
             ("A smaller learning rate calms the path, but the mini-batch cost still varies "
              "from batch to batch.")),
            ("The data have a bug.",
             False,
             "Nothing is wrong with the data: the noise comes from measuring on small groups."),
        ],
    },
    {
        "question": "Why do we shuffle before every epoch?",
        "options": [
            ("So that every epoch sees other groups of samples, in no fixed order.",
             True,
             ("A fixed order (for example sorted by label) would give biased steps, the same "
              "ones every epoch.")),
            ("To make the training set larger.",
             False,
             "Shuffling changes the order, not the number of samples."),
            ("So that the result changes on every run.",
             False,
             "With a seeded rng the shuffle is the same on every run: random, but repeatable."),
        ],
    },
    {
        "question": "You standardise a test set with its own mean and spread. What is wrong?",
        "options": [
            ("It is a data leak: the test set's numbers enter the preparation.",
             True,
             "Use the training set's mean and spread for every set."),
            ("Nothing, as long as the training set is standardised too.",
             False,
             ("Then the two sets are moved differently, and a test sample's result depends on "
              "the other test samples.")),
            ("Standardising is never needed.",
             False,
             "With features of different sizes it matters a lot (lesson 06)."),
        ],
    },
]
