"""The quick-check widget every lesson ends with: feedback, validation, plain-text form."""

import pytest

import logreg_viz as viz

QUESTIONS = [
    {"question": "What is sigma(0)?",
     "options": [("0", False, "sigma(0) = 1 / (1 + e^0) = 1/2, not 0."),
                 ("1/2", True, "e^0 = 1, so sigma(0) = 1 / 2."),
                 ("1", False, "sigma only tends to 1 for large z.")]},
    {"question": "The largest slope of sigma?", "answer": 0.25, "tolerance": 1e-3,
     "why": "sigma'(0) = sigma(0)(1 - sigma(0)) = 1/4."},
]


def test_right_and_wrong_options_are_explained():
    q = viz.quiz(QUESTIONS)
    assert q.answer(0, "1/2") == "✅ Right: e^0 = 1, so sigma(0) = 1 / 2."
    assert q.answer(0, "0").startswith("❌ Not this one: sigma(0) = 1 / (1 + e^0)")
    assert q._feedback[0].value.startswith("❌")


@pytest.mark.parametrize(("typed", "verdict"), [
    ("0.25", "✅"), (" 0.2501 ", "✅"), ("0,25", "✅"), ("0.3", "❌ Not 0.3"), ("1e9", "❌"),
    ("", "Type a number"), ("a quarter", "Type a number"), ("nan", "Type a number")])
def test_numeric_answers(typed, verdict):
    assert viz.quiz(QUESTIONS).answer(1, typed).startswith(verdict)


PERCENT = [{"question": "Its accuracy, in percent?", "answer": 99.9, "tolerance": 0.01,
            "why": "999 of 1000 right."}]


@pytest.mark.parametrize(("typed", "verdict"), [
    ("99.9", "✅"), ("99.9 %", "✅"), ("99.9%", "✅"), (" 99,9 ％ ", "✅"),
    ("0.999", "❌ Not 0.999"), ("%", "Type a number"), ("99.9 %%", "Type a number")])
def test_a_percent_sign_after_the_number_is_accepted(typed, verdict):
    assert viz.quiz(PERCENT).answer(0, typed).startswith(verdict)


def test_check_without_an_answer_asks_for_one():
    q = viz.quiz(QUESTIONS)
    assert q.check(0) == "Choose one of the options first."
    assert q.check(1).startswith("Type a number first")


def test_plain_text_lists_every_question_and_option():
    text = viz.quiz(QUESTIONS)._repr_mimebundle_()["text/plain"]
    assert text.startswith(viz.QUIZ_TITLE)
    for needle in ("1. What is sigma(0)?", "(a) 0", "(b) 1/2", "(c) 1", "2. The largest slope",
                   "(answer with a number)"):
        assert needle in text
    assert "Right" not in text and "1/4" not in text        # the answers stay hidden


@pytest.mark.parametrize(("bad", "message"), [
    ([{"options": []}], "must be a dict with a 'question' key"),
    ([{"question": "q", "options": [("a", True, "x")]}], "at least two"),
    ([{"question": "q", "options": [("a", True, "x"), ("b", True, "y")]}], "exactly one"),
    ([{"question": "q", "answer": 1}], "needs either"),
])
def test_malformed_questions_are_rejected(bad, message):
    with pytest.raises((TypeError, ValueError), match=message):
        viz.quiz(bad)


def test_quiz_for_builds_the_lessons_quiz_from_the_package():
    from logreg_viz.quizzes import lesson01
    q = viz.quiz_for("01")
    assert [x["question"] for x in q.questions] == [x["question"] for x in lesson01.QUESTIONS]
    assert viz.quiz_for(1).questions == q.questions
    with pytest.raises(ValueError, match=r"no quick check for lesson '99' \(en\): expected "
                                         r"logreg_viz/quizzes/lesson99.py"):
        viz.quiz_for("99")


def test_the_move_tool_keeps_every_question_exactly():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import move_quizzes

    tricky = [{"question": 'Is "x" a \\ backslash? ' + "long words " * 20, "answer": 1e-3,
               "tolerance": 0.5, "why": "σ(0) = ½, it's 'quoted'"},
              {"question": "q",
               "options": [("an option " * 15, True, "why " * 40), ("b", False, "")]}]
    cell = "viz.quiz(" + repr(tricky) + ")"
    assert move_quizzes.quiz_call(cell) == tricky
    assert move_quizzes.quiz_call('viz.quiz_for("01")') is None
    assert move_quizzes.quiz_call("print(1)") is None
    with pytest.raises(ValueError, match="exactly one call"):
        move_quizzes.quiz_call("x = 1\nviz.quiz([])")
    text = move_quizzes.render(tricky, "07", "en")
    namespace = {}
    exec(text, namespace)  # noqa: S102 - the tool's own output
    assert namespace["QUESTIONS"] == tricky
    assert max(len(line) for line in text.splitlines()) <= 100
    assert move_quizzes.module_name("03", "zh") == "lesson03_zh"
