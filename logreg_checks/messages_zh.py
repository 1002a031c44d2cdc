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
NAME = r"(?P<name>[A-Za-z_]\w*)"
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
     r"所以抛出了 \g<err>。自检交给函数的是只读（read-only）数组，因为调用者的 \g<which> "
     r"必须保持原样。请在副本上计算：新建一个数组（\g<eg> 或 \g<copy>），不要修改 \g<which>。"),
    (r" Fix that line of your function, run its cell, then run this check again\.",
     rf" 请改正函数中出错的那一行，运行它所在的单元格{AGAIN}。"),
    (rf"{NAME} raised (?P<err>\w+): ",
     r"\g<name> 抛出了 \g<err>，Python 的原文是："),
    (r"`(?P<var>\w+)` is a variable from another cell of the notebook(?P<where> \(inside "
     r"\w+, a function from another cell that it calls\))?: the check runs the function on "
     r"its own inputs, so it may use only its parameters \((?P<params>[^)]*)\)\. Instead, ",
     r"`\g<var>` 是笔记本（notebook）里另一个单元格的变量\g<where>：自检用它自己的输入来"
     r"运行函数，所以函数只能使用自己的参数（\g<params>）。请改为："),
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
    (rf"{NAME} is right on the check's first case but not on another: (?P<what>.+?)\. "
     r"Input: (?P<given>.+?)\. Expected: (?P<exp>.+?)\. It returned: (?P<out>.+?)\. ",
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
    # the same sentence when the input shown spans lines (a matrix): . does not match \n
    (rf"{NAME} is right on the check's first case but not on another: (?P<what>.+?)\. "
     r"Input: (?P<given>[\s\S]+?)\. Expected: (?P<exp>[\s\S]+?)\. It returned: "
     r"(?P<out>[\s\S]+?)\. ",
     r"\g<name> 在自检的第一个例子上是对的，但在另一个例子上不对：\g<what>。输入："
     r"\g<given>。应得：\g<exp>。它返回了：\g<out>。"),
    (r"use the parameter (\w+), which the function never reads\.",
     r"使用参数 \1（函数从来没有读过它）。"),
    (r"It indexes a number, as in x\[0\] when x is one number, not an array\. Print the value "
     r"you index, and its type, to see which one is a number; where the input may be a plain "
     r"number, compute on it as a whole, with no indexing\.",
     r"它对一个数用了下标，比如 x 只是一个数而不是数组时写了 x[0]。请打印你取下标的那个值和"
     r"它的类型，看看哪一个是数；如果输入可能是一个普通的数，就把它当作整体来计算，不要用下标。"),
    (r"It uses an array's attribute \(such as \.shape or \.size\) on a plain number\. The "
     r"input may be a plain number: np\.shape\(z\) and np\.asarray\(z\) work for both, or "
     r"compute on z as a whole\.",
     r"它对一个普通的数用了数组的属性（例如 .shape 或 .size）。输入可能是一个普通的数："
     r"np.shape(z) 和 np.asarray(z) 对两者都有效；或者把 z 当作整体来计算。"),
    (r"A shape was passed as two numbers, as in np\.zeros\(1, m\): numpy reads the second "
     r"number as a data type\. Pass the shape as one tuple, with two brackets: "
     r"np\.zeros\(\(1, m\)\)\.",
     r"形状被写成了两个数，例如 np.zeros(1, m)：numpy 会把第二个数当作数据类型。请把形状"
     r"写成一个元组，用两层括号：np.zeros((1, m))。"),
    (r"An array was called like a function: a missing \* \(write 2 \* \(x \+ 1\), not "
     r"2\(x \+ 1\)\), or a variable that has the name of a function\.",
     r"一个数组被当作函数调用了：可能是少了 *（要写 2 * (x + 1)，不能写 2(x + 1)），"
     r"也可能是某个变量用了函数的名字。"),
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
    return re.sub(r"([。：；）])\s+(?=[^\x00-\x7f])", r"\1", message)
