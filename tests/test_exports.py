"""What a lesson exported to HTML (`jupyter nbconvert --to html`, the page GitHub-like
viewers show too) holds: its quick check's questions but none of the answers'
explanations, and a text alternative on every image (nbconvert warns "Alternative text
is missing" otherwise)."""

import html
import importlib
import logging

import pytest

import lessontext

nbconvert = pytest.importorskip("nbconvert")
nbformat = pytest.importorskip("nbformat")


def explanations(lesson):
    """Every explanation the quiz of lesson "NN" shows after an answer."""
    module = importlib.import_module(f"logreg_viz.quizzes.lesson{lesson}")
    texts = []
    for q in module.QUESTIONS:
        texts += [why for _, _, why in q.get("options", [])] or [q["why"]]
    return [t for t in texts if t]


def export(path):
    """(HTML, nbconvert's warnings) for the stored notebook at path."""
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    exporter = nbconvert.HTMLExporter()
    exporter.log.addHandler(handler)
    try:
        body, _ = exporter.from_notebook_node(nbformat.read(path, as_version=4))
    finally:
        exporter.log.removeHandler(handler)
    return body, [r.getMessage() for r in records if r.levelno >= logging.WARNING]


@pytest.fixture(scope="module", params=sorted(lessontext.NB_DIR.glob("[0-9][0-9]_*.ipynb")),
                ids=lambda p: p.name)
def exported(request):
    return request.param, *export(request.param)


def test_the_html_shows_the_questions_but_no_answer(exported):
    path, body, _ = exported
    text = html.unescape(body)
    hidden = [why for why in explanations(path.name[:2]) if why in text or
              html.escape(why) in body]
    assert not hidden, f"{path.name}: the exported page shows quiz explanations: {hidden[:2]}"
    assert "Quick check (run this cell in Jupyter" in text


def test_every_image_has_a_text_alternative(exported):
    path, _, warnings = exported
    assert not [w for w in warnings if "Alternative text is missing" in w], (path.name, warnings)
