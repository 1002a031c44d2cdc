"""Lesson 13's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("13")` in notebooks/13_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": "A network has 2 features and 5 hidden neurons. What is the shape of W1?",
        "options": [
            ("(5, 2)",
             True,
             "One row per hidden neuron, one column per feature: Z1 = W1 @ X is then (5, m)."),
            ("(2, 5)",
             False,
             "That is W1.T; then W1 @ X would not fit a (2, m) X."),
            ("(1, 5)",
             False,
             "That is the shape of W2, the output neuron's weights."),
        ],
    },
    {
        "question": "Why does dZ1 contain the factor (1 - A1 ** 2)?",
        "options": [
            ("It is the slope of tanh, the hidden neurons' function.",
             True,
             "The chain rule passes through tanh, and tanh'(z) = 1 - tanh(z)^2."),
            ("It is the slope of the sigmoid.",
             False,
             ("The sigmoid's slope is a (1 - a); it belongs to the output, and it is already "
              "inside dZ2 = A2 - Y.")),
            ("It is an L2 penalty.",
             False,
             "There is no penalty in this lesson's cost."),
        ],
    },
    {
        "question": "All weights and biases start at 0. What happens during training?",
        "options": [
            (("Only b2 changes: the hidden outputs are 0 and W2 is 0, so the other gradients "
              "are 0."),
             True,
             "Section 4 shows it: the network stays a constant."),
            ("The network trains normally, only more slowly.",
             False,
             "The gradients of W1 and W2 are exactly 0, at every step."),
            ("The weights become NaN.",
             False,
             "Nothing overflows; the weights simply never move."),
        ],
    },
    {
        "question": ("A network with 1 hidden neuron: what kind of boundary can it draw on "
                     "the plane?"),
        "options": [
            ("A straight line.",
             True,
             ("The output is a rising or falling function of the one hidden neuron's z, so a "
              "= 0.5 on one line.")),
            ("A circle.",
             False,
             "A closed shape needs at least three lines to combine."),
            ("Any shape.",
             False,
             "One hidden neuron is one line; more neurons give more freedom."),
        ],
    },
]
