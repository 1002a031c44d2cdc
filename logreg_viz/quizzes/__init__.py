"""Every lesson's quick-check questions, answers and explanations: one data module per
lesson (lessonNN.py; lessonNN_zh.py for the Chinese edition), each holding QUESTIONS in
the form logreg_viz.quiz takes. logreg_viz.quiz_for("NN") builds the quiz from it.
Written by tools/move_quizzes.py from the lessons; edit them here afterwards.
"""
