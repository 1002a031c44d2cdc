"""The self-checks' messages in Chinese, for the Chinese lessons (notebooks/zh/).

A check builds its message in English, as always; CheckResult shows it through
translate(), which, in a kernel whose language is "zh" (the Chinese lessons' setup cell
sets LOGREG_COURSE_LANGUAGE), replaces each English sentence it knows with its Chinese
sentence. The catalogue is keyed by the English sentence (a pattern whose groups are the
names and numbers the check formatted in), so the diagnosis and the numbers stay the
check's and only the sentence changes. A sentence with no entry stays English: add an
entry (one line per diagnosis) to translate it.

The shared sentences (common.py's) are here; each lesson's are in its own module,
zh_lessonNN.py, found by that name and applied after the shared ones, in lesson order.
Imports only the standard library and those data modules; never a lesson's check module.
"""

import functools
import importlib
import os
import re
from pathlib import Path

LANGUAGE_VARIABLE = "LOGREG_COURSE_LANGUAGE"     # the same name as course_setup's

# shared by every catalogue: a function name the check formats in; the closing request
NAME = r"(?P<name>[A-Za-z_]\w*|<lambda>)"   # <lambda>: a function written as a lambda
AGAIN = "，再运行一次这个自检"

# (English sentence as a pattern, Chinese sentence). Applied in order, each to the whole
# message, so longer (more specific) sentences come before the shorter ones they contain.
CATALOGUE = [
    # ------------------------------------------------------------ shared (common.py)
    (rf"{NAME}: not attempted yet\. Fill in the function above, run its cell, then run "
     r"this check again\.",
     rf"\g<name>：还没有作答。请先补全上面的函数，运行它所在的单元格{AGAIN}。"),
    (rf"{NAME} returns None: did you forget `return`\? Add a `return` line at the end of "
     r"the function \(print only shows a value; return hands it back\), run its cell, then "
     r"run this check again\.",
     rf"\g<name> 返回了 None：是不是忘了写 `return`？请在函数末尾加一行 `return`"
     rf"（print 只是把值显示出来，return 才把值交回去），运行它所在的单元格{AGAIN}。"),
    (rf"{NAME} returns None: did you forget `return`\? print\(\.\.\.\) only shows a value; "
     r"`return` gives it back\. Add a `return` line at the end of the function, run its "
     r"cell, then run this check again\.",
     rf"\g<name> 返回了 None：是不是忘了写 `return`？print(...) 只是把值显示出来，"
     rf"`return` 才把值交回去。请在函数末尾加一行 `return`，运行它所在的单元格{AGAIN}。"),
    (rf"{NAME} raised RecursionError: it calls itself again and again\. Does it call "
     r"(?P=name)\(\.\.\.\) inside its own body\? Call another function \(for example "
     r"core\.sigmoid\) instead\.",
     r"\g<name> 抛出了 RecursionError（递归错误）：它一次又一次地调用自己。函数体里是不是"
     r"调用了 \g<name>(...)？请改为调用另一个函数（例如 core.sigmoid）。"),
    (rf"{NAME} changes its argument (?P<which>.+?) in place \(with \+=, -=, \*= or an "
     r"assignment into it\), so it raised (?P<err>.+?)\. The check hands over read-only "
     r"arrays, because the caller's (?P=which) must stay as it was\. Compute on a copy: "
     r"build a new array \((?P<eg>.+?), or (?P<copy>.+?)\) instead of changing "
     r"(?P=which)\.",
     r"\g<name> 原地（in place）修改了它的参数 \g<which>（用了 +=、-=、*= 或对它赋值），"
     r"所以抛出了错误，Python 的原文是：\g<err>。自检交给函数的是只读（read-only）数组，"
     r"因为调用者的 \g<which> 必须保持原样。请在副本上计算：新建一个数组（\g<eg> 或 "
     r"\g<copy>），不要修改 \g<which>。"),
    (r" Fix that line of your function, run its cell, then run this check again\.",
     rf" 请改正函数中出错的那一行，运行它所在的单元格{AGAIN}。"),
    (rf"{NAME} raised (?P<err>\w+): ",
     r"\g<name> 抛出了 \g<err>，Python 的原文是："),
    (r"`(?P<var>\w+)` is a variable from another cell of the notebook(?P<where> \(inside "
     r"\w+, a function from another cell that it calls\))?: the check runs the function on "
     r"its own inputs, so it may use only its parameters \((?P<params>[^)]*)\)\. Instead, ",
     r"`\g<var>` 是笔记本（notebook）里另一个单元格的变量\g<where>：自检用它自己的输入来"
     r"运行函数，所以函数只能使用自己的参数（\g<params>）。请改为"),
    (r" \(inside (\w+), a function from another cell that it calls\)",
     r"（在它调用的、另一个单元格中的函数 \1 里）"),
    (r"use the parameter (\w+)\.", r"使用参数 \1。"),
    (r"compute it inside the function from a parameter: (?P<v>\w) = (?P<e>\S+) \(the "
     r"number of samples\)\.",
     r"在函数内部从参数算出它：\g<v> = \g<e>（样本数）。"),
    (r"compute it inside the function from a parameter: (?P<v>\w) = (?P<e>\S+) \(the "
     r"number of features\)\.",
     r"在函数内部从参数算出它：\g<v> = \g<e>（特征数）。"),
    (r"compute it inside the function from those parameters\.", r"在函数内部用这些参数算出它。"),
    (r"The import is missing: run a cell with `(?P<imp>[^`]+)` first \(the lesson's first "
     r"code cell has it\)\.",
     r"缺少导入（import）：请先运行含有 `\g<imp>` 的单元格（本课第一个代码单元格里就有）。"),
    (r"No cell defines `(?P<var>\w+)`(?P<where>[^:]*): is it a typo, or a variable you "
     r"meant to compute first inside the function\?",
     r"没有哪个单元格定义了 `\g<var>`\g<where>：是拼写错误，还是本该先在函数内部算出的变量？"),
    (r"It changes an array it was given \(with \+=, -=, \*= or an assignment into it\); the "
     r"check hands over read-only arrays\. Compute on a copy: build a new array \(x = x \* "
     r"2, or x\.copy\(\)\) instead of changing the one you are given\.",
     r"它修改了传给它的数组（用了 +=、-=、*= 或对它赋值）；自检交给函数的是只读数组。"
     r"请在副本上计算：新建一个数组（x = x * 2 或 x.copy()），不要修改传进来的数组。"),
    (r"The two sides of @ \(or np\.dot\) do not fit: in A @ B the number of columns of A "
     r"must equal the number of rows of B\. Print the \.shape of both sides: often a \.T "
     r"\(transpose\) is missing or extra\.",
     r"@（或 np.dot）两边的形状对不上：在 A @ B 中，A 的列数必须等于 B 的行数。请打印两边的 "
     r".shape：常常是少了或多了一个 .T（转置，transpose）。"),
    (r"Two arrays whose shapes do not fit were combined element by element \(\+, -, \*, /\): "
     r"each dimension must be equal, or 1\. Print the \.shape of both sides\.",
     r"两个形状对不上的数组被逐元素（element by element）运算（+、-、*、/）：每一维的大小"
     r"必须相等，或者为 1。请打印两边的 .shape。"),
    (r"The function still has a `\.\.\.` from the hint's outline: Python reads it as a value "
     r"called Ellipsis, not as code\. Replace every `\.\.\.` with the code it stands for, "
     r"run the cell, then run this check again\.",
     rf"函数里还留着提示框架中的 `...`：Python 把它当成一个叫 Ellipsis 的值，而不是代码。"
     rf"请把每个 `...` 换成它代表的代码，运行单元格{AGAIN}。"),
    (rf"The check could not finish with this {NAME} \((?P<err>.+)\), so it cannot call it "
     r"right\. Compare your function with the exercise's rules, run its cell, then run this "
     r"check again\.",
     rf"自检没能用这个 \g<name> 跑完（\g<err>），所以无法判断它对不对。请对照练习的要求"
     rf"检查你的函数，运行它所在的单元格{AGAIN}。"),
    (rf"(?s){NAME} is right on the check's first case but not on another: (?P<what>.+?)\. "
     # (an array printed as [1., 0.] has full stops of its own: the sentence ends at a
     # full stop before a capital letter or at the end)
     r"Input: (?P<given>.+?)\. Expected: (?P<exp>.+?)\. It returned: (?P<out>.+?)\."
     r"(?: (?=[A-Z])|\s*$)",
     r"\g<name> 在自检的第一个例子上是对的，但在另一个例子上不对：\g<what>。输入："
     r"\g<given>。应得：\g<exp>。它返回了：\g<out>。"),
    (rf"{NAME} is right on the check's first case but fails on another: (?P<what>.+?)\. ",
     r"\g<name> 在自检的第一个例子上是对的，但在另一个例子上出错：\g<what>。"),
    (r"float\(\.\.\.\), int\(\.\.\.\) or a math function \(math\.exp, math\.log\) got a "
     r"whole array: they take one number only\. Use numpy's functions \(np\.exp, np\.log\) on "
     r"arrays, and \.item\(\) to turn a one-element array into a plain number\.",
     r"float(...)、int(...) 或 math 模块的函数（math.exp、math.log）收到了整个数组：它们只能"
     r"接收一个数。对数组请用 numpy 的函数（np.exp、np.log）；要把只有一个元素的数组变成"
     r"普通的数，用 .item()。"),
    (r"Two arrays whose shapes do not fit", r"两个形状对不上的数组"),
    (r"An `if` \(or `and`, `or`\) was used on a whole array, which holds many True/False "
     r"values\. Compare the whole array at once \(np\.where, or \(A > 0\.5\)\) instead of an "
     r"`if`\.",
     r"对整个数组用了 `if`（或 `and`、`or`），而数组里有许多个 True/False。请一次比较整个"
     r"数组（np.where 或 (A > 0.5)），不要用 `if`。"),
    # common._one_number: what came back instead of one number; (?P<what>) is the
    # lesson's phrase ("The cost", "What f returned"), which the lesson's catalogue translates
    (r"^(?P<what>.+?) is a string \((?P<s>.*)\), not a number\. Return the number itself, "
     r"without str\(\.\.\.\) or an f-string\.",
     r"\g<what> 是一个字符串（\g<s>），不是数。请直接返回这个数，不要用 str(...) 或 f-string。"),
    (r"^(?P<what>.+?) is an? (?P<kind>list|tuple) of (?P<n>\d+) items?, not one number\. "
     r"Instead, ",
     r"\g<what> 是一个含 \g<n> 个元素的 \g<kind>，不是一个数。请改为："),
    (r"^(?P<what>.+?) is a dict, not a number\. Instead, ",
     r"\g<what> 是一个字典（dict），不是数。请改为："),
    (r"^(?P<what>.+?) is a complex number \((?P<c>.+?)\); the cost is a real number\. Use "
     r"np\.log, not cmath or np\.emath\.log\.",
     r"\g<what> 是一个复数（\g<c>）；代价是实数。请用 np.log，不要用 cmath 或 np.emath.log。"),
    (r"^(?P<what>.+?) is an? (?P<kind>\w+), not a number\. Instead, ",
     r"\g<what> 是一个 \g<kind> 对象，不是数。请改为："),
    (r"^(?P<what>.+?) has shape (?P<shape>\(.*?\)), not one number\. Take the mean over the "
     r"samples: np\.mean\(\.\.\.\) \(or np\.sum\(\.\.\.\) / m\)\.",
     r"\g<what> 的形状是 \g<shape>，不是一个数。请对样本取平均：np.mean(...)（或 "
     r"np.sum(...) / m）。"),
    (r"return only the cost, as a float: float\(np\.mean\(\.\.\.\)\)\.",
     r"只返回代价这一个浮点数，例如 float(np.mean(...))。"),
    (r" \(It came back as an array of shape (?P<shape>\(.*?\)); \.item\(\) makes it a plain "
     r"number, as in cost = cost\.item\(\)\.\)",
     r"（它返回的是形状为 \g<shape> 的数组；.item() 能把它变成普通的数，例如 "
     r"cost = cost.item()。）"),
    # common.explain_error: a notebook variable used while a parameter is never read
    (r"use the parameter (\w+), which the function never reads\.",
     r"使用参数 \1（函数一直没有用到它）。"),
    # added with lesson 05 (common.py sentences its check can give)
    (rf"{NAME} still has a `\.\.\.` blank from Hint 2: Python reads `\.\.\.` as a value, "
     r"Ellipsis, and cannot compute with it \(the error was: (?P<raw>.*)\)\. Replace every "
     r"`\.\.\.` with code, run the cell, then run this check again\.",
     rf"\g<name> 里还留着提示 2 中的空白 `...`：Python 把 `...` 当成一个值（Ellipsis），"
     rf"不能用它计算（出错信息是：\g<raw>）。请把每个 `...` 换成代码，运行单元格{AGAIN}。"),
    (r" ?It indexes a number, as in x\[0\] when x is one number, not an array\. Print the "
     r"value you index, and its type, to see which one is a number; where the input may be a "
     r"plain number, compute on it as a whole, with no indexing\.",
     r" 它对一个数取了下标，就像 x 只是一个数、不是数组时写 x[0]。请打印你取下标的那个值和"
     r"它的类型，看看哪一个是数；如果输入可能是一个普通的数，就对它整体计算，不要取下标。"),
    (r" ?It uses an array's attribute \(such as \.shape or \.size\) on a plain number\. The "
     r"input may be a plain number: np\.shape\(z\) and np\.asarray\(z\) work for both, or "
     r"compute on z as a whole\.",
     r" 它对一个普通的数用了数组的属性（例如 .shape 或 .size）。输入可能是一个普通的数："
     r"np.shape(z) 和 np.asarray(z) 对两者都有效；或者对 z 整体计算。"),
    (r" ?An array was called like a function: a missing \* \(write 2 \* \(x \+ 1\), not "
     r"2\(x \+ 1\)\), or a variable that has the name of a function\.",
     r" 一个数组被当成函数调用了：可能是少了 *（要写 2 * (x + 1)，不能写 2(x + 1)），"
     r"或者某个变量用了函数的名字。"),
    (r" ?A shape was passed as two numbers, as in np\.zeros\(1, m\): numpy reads the second "
     r"number as a data type\. Pass the shape as one tuple, with two brackets: "
     r"np\.zeros\(\(1, m\)\)\.",
     r" 形状被写成了两个数，例如 np.zeros(1, m)：numpy 把第二个数当成数据类型。请把形状写成"
     r"一个元组，用两层括号：np.zeros((1, m))。"),
    (r"`(?P<var>\w+)` is a variable from another cell of the notebook(?P<where>（.*?）): the "
     r"check runs your function on its own inputs, so (?P<inner>\w+) cannot use the "
     r"notebook's data either\. Use only your function's parameters \((?P<params>[^)]*)\): "
     r"call the function you are given as a parameter instead of (?P=inner)\.",
     r"`\g<var>` 是笔记本里另一个单元格的变量\g<where>：自检用它自己的输入来运行你的函数，所以 "
     r"\g<inner> 也不能使用笔记本里的数据。请只使用你的函数的参数（\g<params>）：调用作为参数"
     r"传进来的函数，而不是 \g<inner>。"),
    # common.short's words for a value too long to show (after "=", "：", not in a sentence)
    (r"(?<![A-Za-z] )\ban array of shape (?P<shape>\(.*?\))", r"一个形状为 \g<shape> 的数组"),
    (r"(?<![A-Za-z] )\ba (?P<kind>list|tuple) of (?P<k>\d+) items",
     r"一个含 \g<k> 项的 \g<kind>"),
]
# The values a further case shows (common.short: "an array of shape (64, 1)", "a list of 9
# items"), only inside the translated "输入：... 应得：... 它返回了：..." so that no lesson's
# English sentence is touched. One replacement per pass and a part may show several values:
# the pair is applied three times.
CATALOGUE += 3 * [
    (r"((?:输入|应得|它返回了)：[^。]*?)an array of shape (\([\d, ]*\))", r"\1形状为 \2 的数组"),
    (r"((?:输入|应得|它返回了)：[^。]*?)a (list|tuple) of (\d+) items", r"\1含 \3 个元素的 \2"),
]



@functools.cache
def _compiled():
    """The shared catalogue, then every lesson's (zh_lesson01.py, zh_lesson02.py, ...),
    compiled once. Loaded at first use because the lesson modules import NAME and AGAIN
    from here."""
    catalogue = list(CATALOGUE)
    for path in sorted(Path(__file__).parent.glob("zh_lesson[0-9][0-9].py")):
        catalogue += importlib.import_module(f"{__package__}.{path.stem}").CATALOGUE
    return [(re.compile(pattern), chinese) for pattern, chinese in catalogue]


def language():
    """The kernel's message language: "zh" in the Chinese lessons, else "en"."""
    return os.environ.get(LANGUAGE_VARIABLE, "en")


def translate(message, lang=None):
    """message in lang (default: the kernel's language); sentences with no entry stay
    English."""
    if (lang or language()) != "zh":
        return message
    for pattern, chinese in _compiled():
        message = pattern.sub(chinese, message)
    # Chinese sentences follow each other with no space between them
    # the English brackets around a translated sentence: "... .item()。）。" -> "... .item()）。"
    message = re.sub(r"。\)\.\s*", "）。", message.replace("。）", "）"))
    return re.sub(r"([。：；）？！])\s+(?=[^\x00-\x7f])", r"\1", message)
