"""The quick check at the end of every lesson: questions with options (every option
explained) or a number, built from core ipywidgets, with a plain-text form for pages
where widgets do not run.

Each lesson's questions live in logreg_viz/quizzes/ (one module per lesson, data only) and
its notebook calls quiz_for("NN"), so that the answers stay out of the page's source.

Imports ipywidgets only; never a lesson's module.
"""

import importlib
import os

import ipywidgets as widgets
import numpy as np

QUIZ_TITLE = "Quick check"
# Tried in JupyterLab 4 and Notebook 7 (headless Chromium): the arrow keys move between
# cells there, but Tab reaches each option and button, and Space chooses it.
KEYBOARD_HINT = "From the keyboard: Tab to an option or a button, then Space to choose it."
# The quiz's own words follow the lesson's language (the Chinese lessons' setup cell sets
# LOGREG_COURSE_LANGUAGE; quiz_for(..., language="zh") sets it too).
LANGUAGE_VARIABLE = "LOGREG_COURSE_LANGUAGE"     # the same name as course_setup's
_WORDS = {
    "en": {"intro": f"<b>{QUIZ_TITLE}</b>: answer, then press Check. {KEYBOARD_HINT}",
           "check": "Check", "a number": "a number", "answer": "answer",
           "choose": "Choose one of the options first.", "right": "✅ Right: ",
           "not this": "❌ Not this one: ",
           "type": "Type a number first (for example 0.25 or 1/4).", "not": "❌ Not {}: ",
           "header": f"{QUIZ_TITLE} (run this cell in Jupyter to answer and see why):",
           "with a number": "   (answer with a number)"},
    "zh": {"intro": f"<b>{QUIZ_TITLE}（小测验）</b>：作答后按“检查”。用键盘：按 Tab 移到选项或"
                    f"按钮，再按空格键选择。",
           "check": "检查", "a number": "一个数", "answer": "答案", "choose": "请先选一个选项。",
           "right": "✅ 对：", "not this": "❌ 不是这个：",
           "type": "请先输入一个数（例如 0.25 或 1/4）。", "not": "❌ 不是 {}：",
           "header": f"{QUIZ_TITLE}（小测验，在 Jupyter 中运行这个单元格即可作答并看到解释）：",
           "with a number": "   （用一个数作答）"},
}


def _words(language=None):
    language = language or os.environ.get(LANGUAGE_VARIABLE, "en")
    return _WORDS.get(language, _WORDS["en"])


class Quiz(widgets.VBox):
    """The quick check at the end of a lesson: questions, each with a Check button.

    Made by quiz(). Its plain-text form (what GitHub and exported HTML show, where widgets
    do not run) lists every question and its options, so the page still reads.
    """

    def __init__(self, questions, language=None):
        self.questions = [_validated_question(i, q) for i, q in enumerate(questions, 1)]
        self._inputs, self._feedback = [], []
        self.words = words = _words(language)
        rows = [widgets.HTML(words["intro"])]
        for i, q in enumerate(self.questions):
            if "options" in q:
                field = widgets.RadioButtons(options=[o[0] for o in q["options"]], value=None,
                                             layout=widgets.Layout(width="auto"))
            else:
                field = widgets.Text(placeholder=words["a number"],
                                     description=words["answer"])
            button = widgets.Button(description=words["check"])
            feedback = widgets.HTML()
            button.on_click(lambda _b, i=i: self.check(i))
            self._inputs.append(field)
            self._feedback.append(feedback)
            rows += [widgets.HTML(f"<p>{i + 1}. {q['question']}</p>"), field, button, feedback]
        super().__init__(rows)

    def answer(self, i, value):
        """Answer question i (0-based) with an option's text or a number, and check it."""
        self._inputs[i].value = value if "options" in self.questions[i] else str(value)
        return self.check(i)

    def check(self, i):
        """Judge the current answer to question i; show and return the explanation."""
        q, value, words = self.questions[i], self._inputs[i].value, self.words
        if "options" in q:
            if value is None:
                text = words["choose"]
            else:
                _, right, why = next(o for o in q["options"] if o[0] == value)
                text = f"{words['right'] if right else words['not this']}{why}"
        else:
            number = _number_or_none(value)
            if number is None:
                text = words["type"]
            elif abs(number - q["answer"]) <= q["tolerance"]:
                text = f"{words['right']}{q['why']}"
            else:
                text = f"{words['not'].format(f'{number:g}')}{q['why']}"
        self._feedback[i].value = text
        return text

    def __repr__(self):
        lines = [self.words["header"]]
        for i, q in enumerate(self.questions, 1):
            lines.append(f"{i}. {q['question']}")
            if "options" in q:
                lines += [f"   ({chr(97 + k)}) {o[0]}" for k, o in enumerate(q["options"])]
            else:
                lines.append(self.words["with a number"])
        return "\n".join(lines)

    def _repr_mimebundle_(self, **kwargs):
        # ipywidgets cuts text/plain at 110 characters; the whole quiz should read as text
        bundle = super()._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = repr(self)
        return bundle


def _number_or_none(text):
    """The number a learner typed ("0.25", " 1e-3 ", "1,5" -> 1.5, "1/4" -> 0.25), or None.

    A percent sign at the end is dropped ("99.9 %", "99.9%" -> 99.9): the questions that
    want a percentage say "in percent", and a learner naturally types the sign too.
    """
    parts = str(text).strip().removesuffix("%").removesuffix("％").strip()
    parts = parts.replace(",", ".").split("/")
    try:
        numbers = [float(part) for part in parts]
    except ValueError:
        return None
    if len(numbers) == 2 and numbers[1] != 0:
        numbers = [numbers[0] / numbers[1]]
    number = numbers[0] if len(numbers) == 1 else np.nan
    return number if np.isfinite(number) else None


def _validated_question(i, q):
    if not isinstance(q, dict) or "question" not in q:
        raise TypeError(f"question {i} must be a dict with a 'question' key; got {q!r}.")
    if "options" in q:
        options = [tuple(o) for o in q["options"]]
        if len(options) < 2 or any(len(o) != 3 for o in options):
            raise ValueError(f"question {i}: options must be (text, is_right, why) triples, "
                             f"at least two of them.")
        if sum(bool(o[1]) for o in options) != 1:
            raise ValueError(f"question {i}: exactly one option must be right.")
        return {"question": q["question"], "options": options}
    if {"answer", "tolerance", "why"} <= q.keys():
        return dict(q)
    raise ValueError(f"question {i} needs either 'options' or 'answer', 'tolerance' and 'why'.")


def quiz(questions):
    """A quick check: a list of questions, each answered with a Check button.

    A multiple-choice question is {"question": text, "options": [(text, is_right, why),
    ...]} with exactly one right option; every option says why it is right or wrong. A
    numeric one is {"question": text, "answer": number, "tolerance": number, "why": text}.
    Texts may use simple HTML. Returns a Quiz; ``quiz.answer(i, value)`` answers question
    i from code (tests) and returns the feedback shown.
    """
    return Quiz(questions)


def quiz_for(lesson, language="en"):
    """Lesson "NN"'s quick check, from logreg_viz/quizzes/lessonNN.py (lessonNN_zh.py for
    language="zh"). The lesson's notebook cell is just this call: its source holds no
    answers, so GitHub and exported HTML show only the questions (the quiz's text)."""
    lesson = f"{lesson:02d}" if isinstance(lesson, int) else str(lesson)
    name = f"lesson{lesson}" if language == "en" else f"lesson{lesson}_{language}"
    try:
        module = importlib.import_module(f"{__package__}.quizzes.{name}")
    except ModuleNotFoundError:
        raise ValueError(f"no quick check for lesson {lesson!r} ({language}): expected "
                         f"logreg_viz/quizzes/{name}.py (tools/move_quizzes.py writes it "
                         f"from the lesson's viz.quiz([...]) cell).") from None
    return Quiz(module.QUESTIONS, language)
