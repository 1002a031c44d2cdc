"""Lesson 08's quick check: questions, answers and explanations.

Shown by `viz.quiz_for("08")` in notebooks/08_*.ipynb; written there first and moved
here by tools/move_quizzes.py, so that GitHub and exported HTML show the questions only.
"""

QUESTIONS = [
    {
        "question": ("A stack of 50 images of 8 × 8 pixels has shape (50, 8, 8). Which line "
                     "gives the X the neuron needs?"),
        "options": [
            ("images.reshape(64, 50) / 16",
             False,
             ("The shape is right, but the numbers are cut into columns without respecting "
              "the images: each column mixes several images.")),
            ("images.reshape(50, 64).T / 16",
             True,
             ("reshape(50, 64) makes one image per row; .T makes it one per column, shape "
              "(64, 50); / 16 scales to [0, 1].")),
            ("images.reshape(50, 64) / 16",
             False,
             ("That is one image per row, shape (50, 64); the neuron wants one image per "
              "column: add .T.")),
        ],
    },
    {
        "question": ("Pixel j of a digit has x_j = 0 (no ink) and weight w_j = +3. What is "
                     "its vote w_j x_j towards z?"),
        "answer": 0,
        "tolerance": 1e-09,
        "why": "3 × 0 = 0: a blank pixel adds nothing to z, whatever its weight.",
    },
    {
        "question": ("In the picture of W, a pixel is dark purple (a large positive weight). "
                     "What does ink on that pixel do?"),
        "options": [
            ("It pushes z up, towards 'an 8'",
             True,
             ("Ink x_j > 0 times a positive w_j adds a positive vote to z, so a = σ(z) moves "
              "towards 1, the label of an 8.")),
            ("It pushes z down, towards 'a 3'",
             False,
             "That is what ink on an orange (negative) weight does."),
            ("Nothing: only the bias b decides",
             False,
             ("b is the same for every image; the votes w_j x_j are what differ from image to "
              "image.")),
        ],
    },
    {
        "question": "Why do we divide the pixel values by 16 before training?",
        "options": [
            ("Because the sigmoid only accepts inputs between 0 and 1",
             False,
             "The sigmoid accepts any z; core.sigmoid is exact for every finite number."),
            ("To make the test accuracy 100 %",
             False,
             ("Scaling changes how fast gradient descent moves, not which images can be told "
              "apart.")),
            ("So the values lie in [0, 1] and a learning rate around 0.6 is safe",
             True,
             ("With raw values up to 16, each step moves z about 256 times as far, so the "
              "safe learning rate is about 256 times smaller.")),
        ],
    },
]
