"""The Chinese edition (notebooks/zh/) against the English one: the same code and outputs,
Chinese punctuation, one Chinese word per glossary term, and the lesson conventions.

A Chinese lesson may differ from its English twin in two code cells only: the setup cell
(course_setup.setup_cell("zh"), which sets the messages' language) and the quick check
(Chinese questions). Stored outputs may differ only where a message is in the learner's
language: the self-checks' and the quick check's.
"""

import re
import types

import numpy as np
import pytest

import course_setup
import lessontext
import logreg_checks as checks
import logreg_core as core
import notebookcell
import test_environments as environments
import test_lesson_01 as lesson01
import test_lesson_02 as lesson02
import test_lesson_03 as lesson03
import test_lesson_04 as lesson04
import test_lesson_05 as lesson05
import test_lesson_06 as lesson06
import test_lesson_07 as lesson07
import test_lesson_08 as lesson08
import test_lesson_09 as lesson09
import test_lesson_10 as lesson10
import test_lesson_11 as lesson11
import test_lesson_12 as lesson12
import test_lesson_13 as lesson13
import test_notebooks as conventions
from logreg_checks.messages_zh import translate

ZH_DIR = lessontext.NB_DIR / "zh"
ZH = sorted(ZH_DIR.glob("*.ipynb"))
CJK = r"[\u3400-\u9fff]"
CJK_RE = re.compile(CJK)
MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]*\$", re.S)


def twin(path):
    return lessontext.NB_DIR / path.name


def code_cells(nb):
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def is_quiz(cell):
    return "viz.quiz" in lessontext.source(cell)


def in_learners_language(cell):
    """A cell whose output is a message in the learner's language: a check, the quiz or
    lesson 00's version report."""
    source = lessontext.source(cell)
    return is_quiz(cell) or "checks.check_" in source or "course_setup.version_report" in source


def test_there_are_chinese_lessons():
    assert ZH and ZH[0].name == "00_start_here.ipynb"


@pytest.mark.parametrize("path", ZH, ids=lambda p: p.name)
def test_english_twin_exists_and_links_both_ways(path):
    assert twin(path).is_file(), f"no English lesson {twin(path).name}"
    zh_title = lessontext.source(lessontext.load(path)["cells"][0])
    en_title = lessontext.source(lessontext.load(twin(path))["cells"][0])
    assert f"](../{path.name})" in zh_title, "the Chinese title cell must link its English twin"
    assert f"](zh/{path.name})" in en_title, "the English title cell must link its Chinese twin"


@pytest.mark.parametrize("path", ZH, ids=lambda p: p.name)
def test_code_cells_match_the_english_lesson(path):
    zh, en = code_cells(lessontext.load(path)), code_cells(lessontext.load(twin(path)))
    assert len(zh) == len(en), f"{len(zh)} code cells, the English lesson has {len(en)}"
    needs = course_setup.lesson_needs(path.name[:2])
    assert lessontext.source(zh[0]) == course_setup.setup_cell(needs, lang="zh"), \
        "the first code cell must be setup_cell(..., lang='zh'): run tools/lesson_setup.py"
    for k, (a, b) in enumerate(zip(zh[1:], en[1:], strict=True), 1):
        if is_quiz(b):
            assert lessontext.source(a) == lessontext.source(b).replace(
                ")", ', language="zh")'), f"code cell {k}: the quick check in Chinese is here"
            continue
        assert lessontext.source(a) == lessontext.source(b), \
            f"code cell {k} differs from the English lesson's:\n{lessontext.source(a)}"


def _outputs(cell):
    """A cell's outputs as nbval compares them: stream text (consecutive pieces of one stream
    joined, as the kernel may split them anywhere), text/plain and the output's kinds; for a
    cell whose output is not compared (timings, widgets), only the kinds."""
    compared = "nbval-ignore-output" not in cell["metadata"].get("tags", [])
    shown = []
    for o in cell.get("outputs", []):
        text = "".join(o.get("text", "")) if compared else ""
        if shown and o["output_type"] == "stream" and shown[-1][:2] == ("stream", o["name"]):
            shown[-1] = ("stream", o["name"], shown[-1][2] + text, "", [])
            continue
        shown.append((o["output_type"], o.get("name"), text,
                      "".join(o.get("data", {}).get("text/plain", "")) if compared else "",
                      sorted(o.get("data", {}))))
    return shown


@pytest.mark.parametrize("path", ZH, ids=lambda p: p.name)
def test_stored_outputs_match_except_messages(path):
    zh, en = code_cells(lessontext.load(path)), code_cells(lessontext.load(twin(path)))
    for k, (a, b) in enumerate(zip(zh, en, strict=True)):
        if in_learners_language(b):
            continue
        assert _outputs(a) == _outputs(b), f"code cell {k}: outputs differ; re-execute both"


@pytest.mark.parametrize("path", ZH, ids=lambda p: p.name)
def test_check_outputs_are_the_english_ones_translated(path):
    """Same diagnosis, same numbers: a check's Chinese output is its English output
    through the message catalogue."""
    zh, en = code_cells(lessontext.load(path)), code_cells(lessontext.load(twin(path)))
    for k, (a, b) in enumerate(zip(zh, en, strict=True)):
        if "checks.check_" not in lessontext.source(b) or is_quiz(b):
            continue
        english = ["".join(o["data"]["text/plain"]) for o in b["outputs"] if "data" in o]
        chinese = ["".join(o["data"]["text/plain"]) for o in a["outputs"] if "data" in o]
        assert chinese == [translate("".join(t), "zh") for t in english], f"code cell {k}"


# ------------------------------------------------------------------ the Chinese text

def prose(path):
    """The markdown of a lesson without code, maths and link targets."""
    text = "\n".join(lessontext.markdown(lessontext.load(path)))
    for pattern in (lessontext.FENCED, lessontext.INLINE_CODE, MATH, lessontext.LINK_TARGET,
                    lessontext.HTML_TAG):
        text = pattern.sub(" ", text)
    return text


@pytest.mark.parametrize("path", ZH, ids=lambda p: p.name)
def test_every_markdown_cell_is_in_chinese(path):
    """No cell left in English (a lesson is made from a copy of its twin); even the key
    points in English have a Chinese heading."""
    english = [i for i, c in enumerate(lessontext.load(path)["cells"])
               if c["cell_type"] == "markdown" and not CJK_RE.search(lessontext.source(c))]
    assert not english, f"markdown cells with no Chinese: {english}"


HALF_WIDTH_NEXT_TO_CHINESE = re.compile(rf"{CJK}[ \t]*[,.:;()]|[,.:;()][ \t]*{CJK}")
# "## 2. 对称性", "1. 把阈值...": a number's full stop in a heading or a numbered list
NUMBERED = re.compile(r"^([ \t]*#*[ \t]*)\d+\.[ \t]", re.M)


@pytest.mark.parametrize("path", ZH, ids=lambda p: p.name)
def test_full_width_punctuation_in_chinese_sentences(path):
    text = NUMBERED.sub(r"\1", prose(path))
    bad = [text[max(0, m.start() - 12):m.end() + 12]
           for m in HALF_WIDTH_NEXT_TO_CHINESE.finditer(text)]
    assert not bad, f"half-width punctuation in Chinese sentences (use ，。：；（）): {bad}"


def test_the_punctuation_test_can_fail():
    assert HALF_WIDTH_NEXT_TO_CHINESE.search("神经元(neuron)的输出, 在 0 和 1 之间.")
    assert not HALF_WIDTH_NEXT_TO_CHINESE.search("神经元（neuron）的输出，在 0 和 1 之间。")
    assert not HALF_WIDTH_NEXT_TO_CHINESE.search(NUMBERED.sub("", "## 2. 对称性\n1. 把阈值"))


def glossary():
    """{English term: [its Chinese words]} from lesson 00's glossary (the English one)."""
    cells = lessontext.markdown(lessontext.load(lessontext.NB_DIR / "00_start_here.ipynb"))
    table = next(t for t in cells if t.startswith("## Glossary"))
    terms = {}
    for row in table.splitlines():
        parts = [p.strip() for p in row.strip().strip("|").split(" | ")]
        if len(parts) != 3 or parts[0] in ("term", "---|---"):
            continue
        english, chinese = parts[0].lstrip("★ "), parts[2]
        words = [w for w in re.split(r"\s*[/，、]\s*|（|）", chinese) if w.strip()]
        for name in re.split(r",\s*", english):
            terms[name.lower()] = words
    return terms


# Words Chinese texts use for a glossary term that this course does not: one word per term.
OTHER_WORDS = {"逻辑斯蒂回归": "逻辑回归", "逻辑斯谛回归": "逻辑回归", "对率回归": "逻辑回归",
               "学习速率": "学习率", "激励函数": "激活函数", "成本函数": "代价", "偏差项": "偏置",
               "偏置项": "偏置", "反向传导": "反向传播", "正向传播": "前向传播",
               "乙状函数": "Sigmoid 函数", "S形函数": "Sigmoid 函数", "独热码": "独热编码"}


def test_glossary_has_one_chinese_word_per_term():
    terms = glossary()
    assert len(terms) > 80 and terms["cross-entropy"] == ["交叉熵"]
    assert terms["sigmoid"][0] == "Sigmoid 函数"
    zh00 = "\n".join(lessontext.markdown(lessontext.load(ZH_DIR / "00_start_here.ipynb")))
    for english, words in terms.items():
        assert words[0] in zh00, f"the Chinese glossary lacks {english}: {words[0]}"


@pytest.mark.parametrize("path", ZH, ids=lambda p: p.name)
def test_glossary_terms_only_in_their_glossary_form(path):
    """中文（English）: for a glossary term, the Chinese before the brackets is the glossary's
    word; and no other common Chinese word for a glossary term is used."""
    terms, text = glossary(), prose(path)
    wrong = []
    for m in re.finditer(r"（([A-Za-z][\w\s-]*)）", text):
        before, english = text[max(0, m.start() - 20):m.start()].rstrip("*"), \
            m.group(1).strip().lower()
        if english in terms and not any(before.endswith(w) for w in terms[english]):
            wrong.append(f"{before}（{m.group(1)}）: the glossary says {terms[english][0]}")
    wrong += [f"{w}: say {right}" for w, right in OTHER_WORDS.items() if w in text]
    assert not wrong, wrong


@pytest.mark.parametrize("path", ZH, ids=lambda p: p.name)
def test_numbers_in_chinese_prose_are_printed(path):
    """The English lessons' rule, on Chinese prose: Chinese characters count as spaces, so a
    number written next to one is still found."""
    nb = lessontext.load(path)
    printed = lessontext.output_text(nb)
    missing = {i: lessontext.unprinted(CJK_RE.sub(" ", lessontext.source(c)), printed)
               for i, c in enumerate(nb["cells"]) if c["cell_type"] == "markdown"}
    missing = {i: m for i, m in missing.items() if m}
    assert not missing, f"numbers stated in prose but printed nowhere (cell: numbers): {missing}"


# ------------------------------------------------------------------ the lesson conventions

# test_notebooks.py's rules that do not depend on the language, run on the Chinese lessons
SAME_RULES = ["test_name_pattern", "test_executed_in_order_without_errors",
              "test_navigation_links_resolve", "test_widget_cells_are_tagged_and_have_static_twins",
              "test_quick_check_at_the_end", "test_words_a_reader_can_follow",
              "test_bold_renders_as_bold"]


@pytest.mark.parametrize("rule", SAME_RULES)
@pytest.mark.parametrize("path", ZH, ids=lambda p: p.name)
def test_english_lesson_conventions(path, rule):
    getattr(conventions, rule)(path)


# The rules that read English headings, with the Chinese lessons' headings instead.
ZH_HEADINGS = {"summary": "## 小结", "deeper": "## 深入一步：", "exercises": "## 练习",
               "your turn": "## 轮到你了"}


def headings(path):
    return [h for _, h in conventions.h2_headings(lessontext.load(path)["cells"])]


@pytest.mark.parametrize("path", ZH, ids=lambda p: p.name)
def test_chinese_headings(path):
    heads = headings(path)
    assert ZH_HEADINGS["summary"] in heads, "no '## 小结' (Summary) heading"
    deeper = [i for i, h in enumerate(heads) if h.startswith(ZH_HEADINGS["deeper"])]
    if deeper:
        assert all(h.startswith(ZH_HEADINGS["deeper"]) for h in heads[deeper[0]:]), heads
    if path.name != "00_start_here.ipynb":
        assert any(h.startswith(ZH_HEADINGS["your turn"]) for h in heads), heads
        assert any(h.startswith(ZH_HEADINGS["exercises"]) for h in heads), heads


@pytest.mark.parametrize("path", ZH[1:], ids=lambda p: p.name)
def test_hints_before_every_answer(path):
    """As in English: two hints before a 'Your turn' answer, one before an exercise's."""
    cells = lessontext.load(path)["cells"]
    exercises = [i for i, h in conventions.h2_headings(cells)
                 if h.startswith(ZH_HEADINGS["exercises"])][0]
    summaries = conventions._summaries(cells)
    en = [s for _, s in conventions._summaries(lessontext.load(twin(path))["cells"])]
    assert len(summaries) == len(en), "as many <details> blocks as the English lesson"
    for k, (i, summary) in enumerate(summaries):
        if summary.startswith("答案"):
            needed = 2 if i < exercises else 1
            before = [s for _, s in summaries[max(0, k - needed):k]]
            assert len(before) == needed and all(s.startswith("提示") for s in before), \
                f"cell {i}: {needed} <summary>提示 ...</summary> before <summary>{summary}"


# ------------------------------------------------------------------ the Chinese setup cell

def test_chinese_setup_cell_finds_the_course_two_folders_up_and_speaks_chinese(tmp_path):
    """notebooks/zh/ is one folder deeper: the cell finds the repository two folders up."""
    environments.copy_course(tmp_path)
    (tmp_path / "notebooks" / "zh").mkdir()
    out = environments.run_cell(
        tmp_path / "notebooks" / "zh", pythonpath=environments.SITE,
        code=course_setup.setup_cell(("numpy",), lang="zh"),
        after="import logreg_core; print('core from', logreg_core.__file__)")
    assert out.returncode == 0, out.stderr
    assert f"core from {tmp_path / 'logreg_core.py'}" in out.stdout


def test_course_setup_speaks_chinese_in_the_chinese_lessons(monkeypatch):
    old = course_setup.version_problems({"numpy": ("numpy", "999.0")})[0]
    assert course_setup._say(old) == old
    monkeypatch.setenv(course_setup.LANGUAGE_VARIABLE, "zh")
    assert course_setup._say(old).startswith("numpy ") and "比 999.0 旧" in course_setup._say(old)
    assert course_setup._say("Using the course's modules from /x (this kernel does not have "
                             "the course installed; that is fine).") == \
        "使用的是 /x 中的课程模块（这个内核没有安装课程，这没有关系）。"


def test_chinese_setup_cell_without_the_course_says_what_to_run_in_chinese(tmp_path):
    (tmp_path / "zh").mkdir()
    out = environments.run_cell(tmp_path / "zh", pythonpath=environments.SITE,
                                code=course_setup.setup_cell(("numpy",), lang="zh"))
    assert out.returncode == 1
    assert "这一课需要课程的模块：请在课程文件夹中运行 `pip install -e .`" in out.stderr


def test_messages_fall_back_to_english_and_are_english_outside_the_chinese_lessons():
    assert translate("sigmoid: not attempted yet. Fill in the function above, run its cell, "
                     "then run this check again.", "zh").startswith("sigmoid：还没有作答")
    assert translate("A sentence with no entry.", "zh") == "A sentence with no entry."
    assert translate("sigmoid: not attempted yet.", "en") == "sigmoid: not attempted yet."


# ------------------------------------------------------------------ the checks in Chinese

def learners(fn, name):
    """fn under the name a learner's function has (a test table's lambda is "<lambda>")."""
    return types.FunctionType(fn.__code__, fn.__globals__, name, fn.__defaults__,
                              fn.__closure__)


def _rows(test):
    """The rows of one of test_lesson_NN's @pytest.mark.parametrize tables."""
    return next(m.args[1] for m in test.pytestmark if m.name == "parametrize")


def lesson06_table():
    """Lesson 06's mistake tables are its tests' parametrize rows: (check, fn, words)."""
    t, opt, model = lesson06, checks.check_optimize, checks.check_model
    both_counts = ("float(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100)",
                   "int(np.sum(Y_prediction_test == Y_test))")
    return ([(opt, t._loop(**variant), w) for variant, w in _rows(t.test_check_diagnoses)]
            + [(opt, t._returns_inside_the_loop(before), w)
               for before, w in _rows(t.test_check_optimize_names_a_return_inside_the_loop)]
            + [(opt, fn, w) for fn, w in _rows(t.test_check_optimize_names_arguments_it_ignores)]
            + [(opt, t._optimize_from(t._OPT_HEAD + body), w)
               for body, w in _rows(t.test_check_optimize_names_more_beginner_mistakes)]
            + [(checks.check_initialize_weights, learners(fn, "initialize_weights"), w)
               for fn, w in _rows(t.test_check_initialize_weights_names_mistakes)]
            + [(model, t._model(**changes), w)
               for changes, w in _rows(t.test_check_model_names_mistakes)]
            + [(model, t._model_from(t._model_source(old, new) if w else
                                     t._model_source(old, new).replace(*both_counts)), w)
               for old, new, w in _rows(t.test_check_model_names_more_beginner_mistakes)]
            + [(check, notebookcell.define(source), w) for check, source, _, w in t.APART]
            + [(opt, t._loop("before", weights_only=True), "b never changed"),
               (model, t._model(scale="(lambda v: np.float64(v) + 1)"), "got 101 and 76"),
               (checks.check_initialize_weights, t._init(lambda n: np.zeros((2, 1))), "For n"),
               (opt, core.optimize, ""), (model, core.model, ""),
               (checks.check_initialize_weights, core.initialize_weights, "")])


# Lessons whose checks have Chinese sentences: their test tables run in Chinese too.
TABLES = {"01": lesson01.MISTAKES + lesson01.SIGMOID_MISTAKES + lesson01.REVIEW_MISTAKES
          + [(checks.check_predict, fn, words) for fn, words in lesson01.PREDICT_WRONG],
          "02": [(checks.check_gradient_descent, fn, words)
                 for fn, words in lesson02.WRONG.values()]
          + [(check, notebookcell.define(source), None)
             for check, source, _, _ in lesson02.APART],
          "03": [(checks.check_compute_cost, fn, words) for fn, words in lesson03.WRONG]
          + [(checks.check_compute_cost, fn, "") for fn in lesson03.RIGHT],
          "04": [(checks.check_propagate, fn, words) for fn, words in lesson04.WRONG]
          + [(checks.check_propagate, fn, "") for fn in lesson04.RIGHT],
          "05": [(checks.check_numerical_gradient, fn, words)
                 for fn, words in lesson05.WRONG_ANSWERS],
          "06": lesson06_table(),
          "07": [(checks.check_fixed_propagate, fn, words)
                 for fn, words, _ in lesson07.DEFECTS + lesson07.DEFECT7],
          "08": [(checks.check_preprocess, fn, None) for fn in
                 [lesson08.stub, *lesson08.RIGHT.values()]
                 + [fn for fn, _ in lesson08.WRONG.values()]]
          + [(check, notebookcell.define(source), None)
             for check, source, _, _ in lesson08.APART],
          "09": [(checks.check_precision_recall, learners(fn, "precision_recall"), None)
                 for fn in [*lesson09.RIGHT.values(), *(f for f, _ in lesson09.WRONG.values())]],
          "10": [(checks.check_regularised_cost_and_grad,
                  learners(fn, "regularised_cost_and_grad"), words)
                 for fn, words in [*lesson10.WRONG.values(),
                                   *((f, "") for f in lesson10.RIGHT.values())]],
          "12": [(checks.check_one_epoch, learners(fn, f"epoch_{k.replace(' ', '_')}"), words)
                 for k, (fn, words) in lesson12.WRONG_EPOCHS.items() if fn is not None]
          + [(checks.check_one_epoch, fn, "") for fn in (*lesson12.RIGHT, lesson12._in_place)]
          + [(checks.check_csv_to_xy, learners(fn, f"csv_{k.replace(' ', '_')}"), words)
             for k, (fn, words) in lesson12.WRONG_CSV.items()]
          + [(checks.check_csv_to_xy, fn, "")
             for fn in (lesson12.csv_right, lesson12.csv_right_module)],
          "11": [(checks.check_softmax, fn, words)
                 for fn, words in lesson11.SOFTMAX_WRONG.values()]
          + [(checks.check_softmax_cost, fn, words) for fn, words in lesson11.COST_WRONG.values()]
          + [(checks.check_softmax, fn, "") for fn in lesson11.SOFTMAX_RIGHT.values()]
          + [(checks.check_softmax_cost, fn, "") for fn in lesson11.COST_RIGHT.values()],
          "13": [(checks.check_backward_pass, learners(fn, "backward_pass"), words)
                 for fn, words in [*lesson13.WRONG.values(),
                                   *((f, "") for f in lesson13.RIGHT.values())]]}
ENGLISH_SENTENCE = re.compile(r"[A-Za-z]{2,} [a-z]{2,} [a-z]{2,} [a-z]{2,}")


def english_left(message):
    """Runs of four English words left in a translated message, outside code and outside
    the error text Python or numpy wrote (quoted after 原文是：, or after the error's name)."""
    text = re.sub(r"`[^`]*`", " ", message)
    text = re.sub(r"原文是：[^\u4e00-\u9fff]*", " ", text)
    text = re.sub(r"\b\w+Error: [^\u4e00-\u9fff]*", " ", text)
    return ENGLISH_SENTENCE.findall(text)


CASES = [(lesson, check, fn) for lesson, table in TABLES.items() for check, fn, _ in table]


@pytest.mark.parametrize(("lesson", "check", "fn"), CASES,
                         ids=[f"{n}-{c.__name__}-{f.__name__}" for n, c, f in CASES])
def test_every_diagnosis_in_the_test_tables_has_a_chinese_sentence(lesson, check, fn):
    english = check(fn).message
    chinese = translate(english, "zh")
    assert not english_left(chinese), f"{english}\n-> {chinese}"
    numbers = re.findall(r"\d+(?:\.\d+)?", re.sub(r"`[^`]*`", "", english))
    assert sorted(numbers) == sorted(re.findall(r"\d+(?:\.\d+)?",
                                                re.sub(r"`[^`]*`", "", chinese))), \
        "the Chinese sentence must keep the English one's numbers"


@pytest.mark.parametrize(("check", "fn"), [
    (checks.check_sigmoid_derivative, lesson01.derivative_of_unfilled_sigmoid),
    (checks.check_predict, lesson01.predict_unfilled_sigmoid)])
def test_an_unfilled_exercise_inside_is_said_in_chinese(check, fn):
    chinese = translate(check(fn).message, "zh")
    assert "unfilled_sigmoid 还是没有补全的练习函数" in chinese, chinese
    assert not english_left(chinese), chinese


def test_a_sentence_left_in_english_is_found():
    assert english_left("sigmoid 的值不对：it returned the wrong values here。")
    assert not english_left("numpy 的原文是：ValueError: shapes do not fit at all。请打印 .shape。")
    assert not english_left("所以抛出了 ValueError: assignment destination is read-only。请复制。")
    assert english_left("所以抛出了 ValueError。The check hands over read-only arrays。")


def test_lesson_09_not_attempted_in_chinese():
    def precision_recall(cm):
        raise NotImplementedError

    stub = checks.check_precision_recall(precision_recall)
    assert stub.status == checks.NOT_ATTEMPTED
    assert translate(stub.message, "zh").startswith("precision_recall：还没有作答")


# The tables of learners' functions given as source (run apart from the notebook)
APART = {"09": lesson09.APART_PR, "10": lesson10.APART}
APART_CASES = [(lesson, check, source) for lesson, table in APART.items()
               for check, source, _, _ in table]


@pytest.mark.parametrize(("lesson", "check", "source"), APART_CASES,
                         ids=[f"{n}-{c.__name__}-{i}" for i, (n, c, _) in enumerate(APART_CASES)])
def test_every_diagnosis_of_a_function_apart_has_a_chinese_sentence(lesson, check, source):
    test_every_diagnosis_in_the_test_tables_has_a_chinese_sentence(
        lesson, check, notebookcell.define(source))


def test_a_function_written_as_a_lambda_gets_chinese_sentences_too():
    message = translate(checks.check_sigmoid(lambda z: None).message, "zh")
    assert "<lambda> 返回了 None" in message and not english_left(message), message
