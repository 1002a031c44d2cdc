"""Lesson 02's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("02")` in notebooks/02_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": ("On the bowl f(w) = (w − 3)² + 1 the slope at w = 5 is f′(5) = 4. Which "
                     "way does one step of gradient descent move w?"),
        "options": [
            ("to a smaller w (left)",
             True,
             "The slope is positive, so uphill is to the right; w − α·4 is smaller than w."),
            ("to a larger w (right)",
             False,
             "That is uphill: a positive slope means f grows to the right."),
            ("it does not move",
             False,
             "w only stays where the slope is 0, at the bottom w = 3."),
        ],
    },
    {
        "question": "Same bowl, w = 5, learning rate α = 0.25. What is w after one step?",
        "answer": 4.0,
        "tolerance": 1e-06,
        "why": "w − α f′(w) = 5 − 0.25 × 4 = 4.",
    },
    {
        "question": ("On this bowl (f″ = 2), which learning rate makes gradient descent "
                     "diverge?"),
        "options": [
            ("0.1",
             False,
             "The distance is multiplied by 1 − 2 × 0.1 = 0.8 each step: it shrinks."),
            ("1.2",
             True,
             ("The factor is 1 − 2.4 = −1.4: every jump lands farther away. Any α above 2/f″ "
              "= 1 diverges.")),
            ("0.9",
             False,
             ("The factor is 1 − 1.8 = −0.8: w zigzags over the bottom, but each jump is "
              "shorter, so it still arrives.")),
        ],
    },
    {
        "question": "What does the learning rate α decide?",
        "options": [
            ("the direction of each step",
             False,
             "The direction comes from the sign of the slope; α is a positive number."),
            ("how many steps are taken",
             False,
             "The number of steps is chosen separately (num_steps)."),
            ("the size of each step: the step is α times the slope",
             True,
             "The slope gives the direction and the steepness; α scales the step."),
        ],
    },
    {
        "question": "Why is it good news that the neuron's cost J(w) is convex (bowl-shaped)?",
        "options": [
            ("its lowest value is 0",
             False,
             "No: the bottom of J here is about 0.386, not 0."),
            ("every learning rate works on it",
             False,
             "No: α = 60 made w bounce from side to side."),
            ("it has one bottom and no other dips where the walk could stop",
             True,
             "So gradient descent with a suitable α ends at the best w, wherever it starts."),
        ],
    },
]
