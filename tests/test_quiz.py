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
