"""The self-checks' messages in Chinese, for the Chinese lessons (notebooks/zh/).

A check builds its message in English, as always; CheckResult shows it through
translate(), which, in a kernel whose language is "zh" (the Chinese lessons' setup cell
sets LOGREG_COURSE_LANGUAGE), replaces each English sentence it knows with its Chinese
sentence. The catalogue is keyed by the English sentence (a pattern whose groups are the
names and numbers the check formatted in), so the diagnosis and the numbers stay the
check's and only the sentence changes. A sentence with no entry stays English: add an
entry (one line per diagnosis) to translate it.

Imports only the standard library; never a lesson's check module.
"""

import os
import re

LANGUAGE_VARIABLE = "LOGREG_COURSE_LANGUAGE"     # the same name as course_setup's

_NAME = r"(?P<name>[A-Za-z_]\w*)"
_AGAIN = "，再运行一次这个自检"

# (English sentence as a pattern, Chinese sentence). Applied in order, each to the whole
# message, so longer (more specific) sentences come before the shorter ones they contain.
CATALOGUE = [
    # ------------------------------------------------------------ shared (common.py)
    (rf"{_NAME}: not attempted yet\. Fill in the function above, run its cell, then run "
     r"this check again\.",
     rf"\g<name>：还没有作答。请先补全上面的函数，运行它所在的单元格{_AGAIN}。"),
    (rf"{_NAME} returns None: did you forget `return`\? Add a `return` line at the end of "
     r"the function \(print only shows a value; return hands it back\), run its cell, then "
     r"run this check again\.",
     rf"\g<name> 返回了 None：是不是忘了写 `return`？请在函数末尾加一行 `return`"
     rf"（print 只是把值显示出来，return 才把值交回去），运行它所在的单元格{_AGAIN}。"),
    (rf"{_NAME} returns None: did you forget `return`\? print\(\.\.\.\) only shows a value; "
     r"`return` gives it back\. Add a `return` line at the end of the function, run its "
     r"cell, then run this check again\.",
     rf"\g<name> 返回了 None：是不是忘了写 `return`？print(...) 只是把值显示出来，"
     rf"`return` 才把值交回去。请在函数末尾加一行 `return`，运行它所在的单元格{_AGAIN}。"),
    (rf"{_NAME} raised RecursionError: it calls itself again and again\. Does it call "
     r"(?P=name)\(\.\.\.\) inside its own body\? Call another function \(for example "
     r"core\.sigmoid\) instead\.",
     r"\g<name> 抛出了 RecursionError（递归错误）：它一次又一次地调用自己。函数体里是不是"
     r"调用了 \g<name>(...)？请改为调用另一个函数（例如 core.sigmoid）。"),
    (rf"{_NAME} changes its argument (?P<which>.+?) in place \(with \+=, -=, \*= or an "
     r"assignment into it\), so it raised (?P<err>.+?)\. The check hands over read-only "
     r"arrays, because the caller's (?P=which) must stay as it was\. Compute on a copy: "
     r"build a new array \((?P<eg>.+?), or (?P<copy>.+?)\) instead of changing "
     r"(?P=which)\.",
     r"\g<name> 原地（in place）修改了它的参数 \g<which>（用了 +=、-=、*= 或对它赋值），"
     r"所以抛出了 \g<err>。自检交给函数的是只读（read-only）数组，因为调用者的 \g<which> "
     r"必须保持原样。请在副本上计算：新建一个数组（\g<eg> 或 \g<copy>），不要修改 \g<which>。"),
    (r" Fix that line of your function, run its cell, then run this check again\.",
     rf" 请改正函数中出错的那一行，运行它所在的单元格{_AGAIN}。"),
    (rf"{_NAME} raised (?P<err>\w+): ",
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
     rf"请把每个 `...` 换成它代表的代码，运行单元格{_AGAIN}。"),
    (rf"The check could not finish with this {_NAME} \((?P<err>.+)\), so it cannot call it "
     r"right\. Compare your function with the exercise's rules, run its cell, then run this "
     r"check again\.",
     rf"自检没能用这个 \g<name> 跑完（\g<err>），所以无法判断它对不对。请对照练习的要求"
     rf"检查你的函数，运行它所在的单元格{_AGAIN}。"),
    (rf"{_NAME} is right on the check's first case but not on another: (?P<what>.+?)\. "
     r"Input: (?P<given>.+?)\. Expected: (?P<exp>.+?)\. It returned: (?P<out>.+?)\. ",
     r"\g<name> 在自检的第一个例子上是对的，但在另一个例子上不对：\g<what>。输入："
     r"\g<given>。应得：\g<exp>。它返回了：\g<out>。"),
    (rf"{_NAME} is right on the check's first case but fails on another: (?P<what>.+?)\. ",
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
    # ------------------------------------------------------------ lesson 01
    (rf"{_NAME} uses \^, which in Python is not a power \(it is XOR, an operation on the bits "
     r"of whole numbers\)\. Write e\^\(-z\) as np\.exp\(-z\), and any other power with \*\*, "
     r"then run this check again\.",
     rf"\g<name> 用了 ^，而在 Python 中 ^ 不是乘方（它是 XOR，对整数的二进制位做的运算）。"
     rf"请把 e^(-z) 写成 np.exp(-z)，其他乘方用 **{_AGAIN}。"),
    (r"sigmoid_derivative returns 1 - s, only the second factor\. Multiply it by "
     r"s = sigmoid\(z\): s \* \(1 - s\), then run this check again\.",
     rf"sigmoid_derivative 返回的是 1 - s，只有第二个因子。请把它乘以 s = sigmoid(z)："
     rf"s * (1 - s){_AGAIN}。"),
    (r"sigmoid_derivative computes s \* \(1 - z\): the second factor uses z where it needs s\. "
     r"Return s \* \(1 - s\), then run this check again\.",
     rf"sigmoid_derivative 算的是 s * (1 - z)：第二个因子里该用 s 的地方用了 z。请返回 "
     rf"s * (1 - s){_AGAIN}。"),
    (rf"{_NAME} multiplies arrays with @ or np\.dot, which fails here \(",
     r"\g<name> 用 @ 或 np.dot 把数组相乘，这里会出错（"),
    (rf"{_NAME} returned shape (?P<out>\(.*?\)) for an input of shape (?P<shape>\(.*?\)): did "
     r"you use @ or np\.dot\? ",
     r"输入的形状是 \g<shape>，\g<name> 返回的形状却是 \g<out>：是不是用了 @ 或 np.dot？"),
    (r"@ and np\.dot are matrix products: they multiply and add up rows and columns\. Use \* to "
     r"multiply number by number, then run this check again\.",
     rf"@ 和 np.dot 是矩阵乘法：它们把行和列相乘再相加。要一个数一个数地相乘，请用 *{_AGAIN}。"),
    (rf"{_NAME} gives the predictions of W\.T @ X with no bias: did you forget \+ b, write - b, "
     r"or compare z itself with 0\.5\? Compute A = sigmoid\(W\.T @ X \+ b\), then "
     r"\(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 给出的是没有偏置的 W.T @ X 的预测：是不是忘了 + b、写成了 - b，或者直接拿 z "
     r"和 0.5 比较？请先算 A = sigmoid(W.T @ X + b)，再算 (A > 0.5).astype(int)。"),
    (rf"{_NAME} uses `if` on the whole array of probabilities \(numpy said: ",
     r"\g<name> 对整个概率数组用了 `if`（numpy 的原文是："),
    (r"An `if` needs one True or False, but A holds (?P<m>\d+) of them: compare the whole array "
     r"at once, \(A > 0\.5\)\.astype\(int\), with no `if`\.",
     r"`if` 需要一个 True 或 False，而 A 里有 \g<m> 个：请一次比较整个数组，"
     r"(A > 0.5).astype(int)，不要用 `if`。"),
    (rf"{_NAME} predicts 0 for every sample\. If you wrote A\.astype\(int\): it cuts off the "
     r"decimals, so a = 0\.88 becomes 0\. Compare with 0\.5 first: \(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 对每个样本都预测 0。如果你写的是 A.astype(int)：它会去掉小数部分，"
     r"所以 a = 0.88 变成了 0。请先和 0.5 比较：(A > 0.5).astype(int)。"),
    (rf"{_NAME} returned floats \(0\.0 and 1\.0\), not integers \(the values are right\)\. The "
     r"rule is integer 0/1: add \.astype\(int\)\.",
     r"\g<name> 返回的是浮点数（0.0 和 1.0），而不是整数（值是对的）。规则要求整数 0/1："
     r"请加上 .astype(int)。"),
    (rf"{_NAME} returned booleans \(True/False\), not the integers 0 and 1 \(the values are "
     r"right\)\. Add \.astype\(int\): \(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 返回的是布尔值（True/False），而不是整数 0 和 1（值是对的）。请加上 "
     r".astype(int)：(A > 0.5).astype(int)。"),
    (rf"{_NAME} returned z = W\.T @ X \+ b itself, not 0/1 predictions\. Compute "
     r"A = sigmoid\(z\), then \(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 返回的是 z = W.T @ X + b 本身，而不是 0/1 预测。请先算 A = sigmoid(z)，再算 "
     r"(A > 0.5).astype(int)。"),
    (rf"{_NAME} works for one number but fails for an array: it is scalar-only\. math\.exp, "
     r"float\(\.\.\.\) or an `if` on z handle one number at a time \(here: ",
     r"\g<name> 对一个数有效，但对数组会出错：它只能处理单个数（scalar-only）。math.exp、"
     r"float(...) 或对 z 的 `if` 一次只能处理一个数（这里："),
    (r"\)\. Use np\.exp, and np\.where for branches, so it works elementwise on a whole array "
     r"at once\.",
     r"）。请用 np.exp，分支用 np.where，这样它就能一次对整个数组逐元素（elementwise）计算。"),
    (rf"{_NAME} returned a Python (?P<kind>\w+), not a numpy array\. A (?P=kind) cannot do "
     r"arithmetic elementwise, so later code breaks: return the numpy array itself \(no list "
     r"comprehension, no list\(\.\.\.\) or \.tolist\(\)\)\.",
     r"\g<name> 返回的是 Python 的 \g<kind>，而不是 numpy 数组。\g<kind> 不能逐元素做算术，"
     r"后面的代码会出错：请直接返回 numpy 数组（不要用列表推导式，不要用 list(...) 或 "
     r".tolist()）。"),
    (rf"{_NAME} returned a single number for an input array of shape (?P<shape>\(.*?\))\. It "
     r"must return one value per element: work on the whole array with np\.exp, with no "
     r"float\(\.\.\.\) or z\[0\] and no loop over a scalar\.",
     r"输入数组的形状是 \g<shape>，\g<name> 却只返回了一个数。它必须对每个元素返回一个值："
     r"用 np.exp 对整个数组计算，不要用 float(...) 或 z[0]，也不要对单个数循环。"),
    (rf"{_NAME} returned shape (?P<out>\(.*?\)) for an input of shape (?P<shape>\(.*?\)); it "
     r"must keep the input's shape\. Do not flatten, reshape or index z: compute on the whole "
     r"array, then run this check again\.",
     rf"输入的形状是 \g<shape>，\g<name> 返回的形状却是 \g<out>；它必须保持输入的形状。"
     rf"不要展平、改变形状或索引 z：对整个数组计算{_AGAIN}。"),
    (r"sigmoid is right for moderate z but gives (?P<shown>\[.*?\]) for z = \[-1000, 1000\] "
     r"instead of \[0, 1\]\. Avoid dividing e\^z by 1 \+ e\^z: inf/inf is nan\.",
     r"sigmoid 对不太大的 z 是对的，但对 z = [-1000, 1000] 给出 \g<shown>，而不是 [0, 1]。"
     r"不要用 e^z 除以 1 + e^z：inf/inf 是 nan（“不是一个数”）。"),
    (r"sigmoid computes 1 \+ e\^\(z\): 1 / 1 \+ np\.exp\(z\) is \(1/1\) \+ e\^\(z\), and the "
     r"minus sign is missing too\. Write 1 / \(1 \+ np\.exp\(-z\)\)\.",
     r"sigmoid 算的是 1 + e^(z)：1 / 1 + np.exp(z) 等于 (1/1) + e^(z)，而且还少了负号。"
     r"请写 1 / (1 + np.exp(-z))。"),
    (r"z is a plain Python number", r"z 是一个普通的 Python 数"),
    (r"z is a 0-d numpy array", r"z 是一个 0 维 numpy 数组"),
    (r"z holds integers", r"z 里是整数"),
    (r"z is a flat array of 3 values", r"z 是含 3 个值的一维数组"),
    (r"z has shape \(3, 1, 2\)", r"z 的形状是 (3, 1, 2)"),
    (r"Look for code that works for one kind of input only: z\.shape, np\.zeros\(z\.shape\), "
     r"a loop over z, or indexing z\. z may be a plain number or an array of any shape: "
     r"compute on it as a whole\.",
     r"找一找只对一种输入有效的代码：z.shape、np.zeros(z.shape)、对 z 的循环，或对 z 的"
     r"索引。z 可以是一个普通的数，也可以是任意形状的数组：请把它当作整体来计算。"),
    (r"sigmoid matches logreg_core\.sigmoid, for numbers and arrays of any shape\.",
     r"sigmoid 与 logreg_core.sigmoid 一致，对数和任意形状的数组都对。"),
    (r" Optional hint: for z = -1000 it overflows in exp \(numpy warns 'overflow encountered "
     r"in exp'\); the answer is still right, but logreg_core\.sigmoid only ever evaluates "
     r"exp\(-\|z\|\) and never warns\.",
     r" 可选提示：z = -1000 时 exp 会溢出（overflow，numpy 警告 'overflow encountered in "
     r"exp'）；结果仍然正确，但 logreg_core.sigmoid 只计算 exp(-|z|)，从不警告。"),
    (r"sigmoid has the sign flipped: it computes sigma\(-z\) = 1 - sigma\(z\), which falls as "
     r"z grows\. Either the minus sign in np\.exp\(-z\) is missing, or the top of the "
     r"fraction is e\^\(-z\) instead of 1\. Write 1 / \(1 \+ np\.exp\(-z\)\), run the cell, "
     r"then run this check again\.",
     rf"sigmoid 的符号反了：它算的是 sigma(-z) = 1 - sigma(z)，z 越大它越小。要么 np.exp(-z) "
     rf"里少了负号，要么分子写成了 e^(-z) 而不是 1。请写 1 / (1 + np.exp(-z))，运行单元格"
     rf"{_AGAIN}。"),
    (r"sigmoid computes 1 \+ e\^\(-z\): 1 / 1 \+ np\.exp\(-z\) is \(1/1\) \+ e\^\(-z\), "
     r"because / goes before \+\. Put the sum in brackets: 1 / \(1 \+ np\.exp\(-z\)\)\.",
     r"sigmoid 算的是 1 + e^(-z)：因为 / 先于 + 计算，1 / 1 + np.exp(-z) 等于 (1/1) + e^(-z)。"
     r"请给和加上括号：1 / (1 + np.exp(-z))。"),
    (r"sigmoid computes 1 / \(1 - e\^\(-z\)\): the bottom of the fraction has a minus where "
     r"it needs a plus\. Write 1 / \(1 \+ np\.exp\(-z\)\), then run this check again\.",
     rf"sigmoid 算的是 1 / (1 - e^(-z))：分母里该是加号的地方写成了减号。请写 "
     rf"1 / (1 + np.exp(-z)){_AGAIN}。"),
    (r"at z = (?P<z>\S+) it returned (?P<out>\S+), the right value is (?P<exp>[-\d.e+]+)",
     r"在 z = \g<z> 处它返回 \g<out>，正确值是 \g<exp>"),
    (r"sigmoid returned only whole numbers \((?P<w>.+?)\)\. Did you use floor division // or "
     r"int\(\.\.\.\)\? Use / for true division, then run this check again\.",
     rf"sigmoid 只返回了整数（\g<w>）。是不是用了整除 // 或 int(...)？请用 / 做真正的除法"
     rf"{_AGAIN}。"),
    (r"sigmoid is nearly right but not exact \((?P<w>.+?)\)\. Did you round the result, or "
     r"write e as 2\.7 or 2\.718\? Use np\.exp\(-z\) and do not round, then run this check "
     r"again\.",
     rf"sigmoid 差不多对了，但不精确（\g<w>）。是不是对结果做了四舍五入，或者把 e 写成了 2.7 "
     rf"或 2.718？请用 np.exp(-z)，不要取整{_AGAIN}。"),
    (r"sigmoid gives wrong values: (?P<w>.+?)\. Compare your formula with "
     r"1 / \(1 \+ np\.exp\(-z\)\), fix it, then run this check again\.",
     rf"sigmoid 的值不对：\g<w>。请把你的公式和 1 / (1 + np.exp(-z)) 对照，改正后{_AGAIN}。"),
    (r"sigmoid_derivative matches sigma\(z\)\(1 - sigma\(z\)\); its maximum is 1/4, at "
     r"z = 0\.",
     r"sigmoid_derivative 与 sigma(z)(1 - sigma(z)) 一致；它的最大值是 1/4，在 z = 0 处取到。"),
    (r"sigmoid_derivative computes s\(1 \+ s\); the derivative is s\(1 - s\) with "
     r"s = sigmoid\(z\)\. Check the sign inside the bracket\.",
     r"sigmoid_derivative 算的是 s(1 + s)；导数是 s(1 - s)，其中 s = sigmoid(z)。"
     r"请检查括号里的符号。"),
    (r"sigmoid_derivative computes z\(1 - z\): the formula was applied to z itself\. First "
     r"compute s = sigmoid\(z\), then return s \* \(1 - s\)\.",
     r"sigmoid_derivative 算的是 z(1 - z)：公式直接用在了 z 上。请先算 s = sigmoid(z)，"
     r"再返回 s * (1 - s)。"),
    (r"sigmoid_derivative returns sigmoid\(z\) itself, not its slope\. Return s \* \(1 - s\) "
     r"with s = sigmoid\(z\)\.",
     r"sigmoid_derivative 返回的是 sigmoid(z) 本身，而不是它的斜率。请返回 s * (1 - s)，"
     r"其中 s = sigmoid(z)。"),
    (r"sigmoid_derivative returns 0 everywhere: s \* 1 - s is \(s \* 1\) - s = 0, because \* "
     r"goes before -\. Put brackets around the second factor: s \* \(1 - s\), then run this "
     r"check again\.",
     rf"sigmoid_derivative 处处返回 0：因为 * 先于 - 计算，s * 1 - s 等于 (s * 1) - s = 0。"
     rf"请给第二个因子加上括号：s * (1 - s){_AGAIN}。"),
    (r"sigmoid_derivative gives wrong values: (?P<w>.+?)\. Compute s = sigmoid\(z\) first, "
     r"return s \* \(1 - s\), then run this check again\.",
     rf"sigmoid_derivative 的值不对：\g<w>。请先算 s = sigmoid(z)，返回 s * (1 - s){_AGAIN}。"),
    (rf"{_NAME} is right: (?P<pred>\[.*?\]), a \(1, (?P<m>\d+)\) integer array, the same as "
     r"logreg_core\.predict \(and on other numbers of features and samples\)\.",
     r"\g<name> 是对的：\g<pred>，一个 (1, \g<m>) 的整数数组，与 logreg_core.predict "
     r"相同（换成别的特征数和样本数也对）。"),
    (rf"{_NAME} uses >= 0\.5 where the rule is > 0\.5: sample (?P<i>\d+) has z = 0, so "
     r"a = 0\.5 exactly, and it must be predicted 0\. Use A > 0\.5\.",
     r"\g<name> 用了 >= 0.5，而规则是 > 0.5：第 \g<i> 个样本的 z = 0，所以 a 恰好等于 0.5，"
     r"它必须预测为 0。请用 A > 0.5。"),
    (rf"{_NAME} returned the probabilities a = sigmoid\(z\), not 0/1 predictions\. Turn "
     r"them into 0s and 1s: \(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 返回的是概率 a = sigmoid(z)，而不是 0/1 预测。请把它们变成 0 和 1："
     r"(A > 0.5).astype(int)。"),
    (rf"{_NAME} has the classes flipped: it predicts 1 where a < 0\.5\. Predict 1 where the "
     r"probability is above one half: A > 0\.5\.",
     r"\g<name> 把两个类别弄反了：它在 a < 0.5 的地方预测 1。应该在概率大于一半的地方预测 1："
     r"A > 0.5。"),
    # ------------------------------------------------------------ lesson 02
    (r"gradient_descent returns the (?P<k>\d+) values w0, \.\.\., w(?P<n>\d+) of "
     r"w <- w - learning_rate \* df\(w\), as a numpy array\.",
     r"gradient_descent 以 numpy 数组的形式返回了 w <- w - learning_rate * df(w) 的 \g<k> "
     r"个值 w0, ..., w\g<n>。"),
    (r"gradient_descent gives wrong values from w(?P<k>\d+) on\. On the check's bowl "
     r"g\(w\) = 2 \(w - 1\)\*\*2, df\(w\) = 4 \(w - 1\), from w0 = (?P<w0>\S+) with learning "
     r"rate (?P<rate>\S+): w(?P=k) = (?P<got>\S+), the right value is (?P<right>\S+)\. Check the "
     r"update w = w - learning_rate \* df\(w\)\.",
     r"gradient_descent 从 w\g<k> 起的值不对。在自检的碗 g(w) = 2 (w - 1)**2、"
     r"df(w) = 4 (w - 1) 上，从 w0 = \g<w0> 出发，学习率 \g<rate>：w\g<k> = \g<got>，"
     r"正确值是 \g<right>。请检查更新 w = w - learning_rate * df(w)。"),
    (r"all values are right except the last one, w(?P<n>\d+): your loop stops one step early "
     r"\(range\(1, num_steps\) misses the last step\)\. Loop over range\(1, num_steps \+ 1\), "
     r"or use range\(num_steps\) and append\.",
     r"除了最后一个 w\g<n>，其他值都对：你的循环早停了一步（range(1, num_steps) 漏掉了最后"
     r"一步）。请对 range(1, num_steps + 1) 循环，或者用 range(num_steps) 再 append。"),
    (r"gradient_descent returned only the last w, one number\. It must return all (?P<k>\d+) "
     r"values w0, w1, \.\.\., w(?P<n>\d+): collect them in a list and return np\.array\(ws\)\.",
     r"gradient_descent 只返回了最后一个 w，一个数。它必须返回全部 \g<k> 个值 w0, w1, ..., "
     r"w\g<n>：把它们收集在一个列表里，返回 np.array(ws)。"),
    (r"gradient_descent returned one number, w1, after one step: is `return` inside the "
     r"loop\? Move it out of the loop \(one indent less\) and return all (?P<k>\d+) values as "
     r"an np\.array\.",
     r"gradient_descent 走一步后返回了一个数 w1：`return` 是不是写在了循环里面？请把它移到"
     r"循环外面（少缩进一级），并以 np.array 返回全部 \g<k> 个值。"),
    (r"the first value must be the start w0 itself\. With the check's w0 = (?P<w0>\S+), your "
     r"first value is (?P<got>\S+): put w0 in the array before the loop, and append only "
     r"values of w\.",
     r"第一个值必须是起点 w0 本身。自检的 w0 = \g<w0>，你的第一个值却是 \g<got>：请在循环"
     r"之前把 w0 放进数组，之后只 append w 的值。"),
    (r"gradient_descent returned (?P<got>\d+) values for num_steps = (?P<n>\d+); it must "
     r"return num_steps \+ 1 = (?P<k>\d+): w0 and the w after each step\.",
     r"num_steps = \g<n> 时，gradient_descent 返回了 \g<got> 个值；它必须返回 "
     r"num_steps + 1 = \g<k> 个：w0，以及每一步之后的 w。"),
    (rf"{_NAME} writes ws = ws\.append\(w\): append changes the list itself and gives back "
     r"None, so ws becomes None\. Write ws\.append\(w\) on its own line, run its cell, then run "
     r"this check again\.",
     rf"\g<name> 写了 ws = ws.append(w)：append 直接修改列表本身，返回的是 None，于是 ws "
     rf"变成了 None。请把 ws.append(w) 单独写成一行，运行它所在的单元格{_AGAIN}。"),
    (rf"{_NAME} uses df itself in a calculation, but df is a function: call it to get the "
     r"slope\. Write learning_rate \* df\(w\), with \(w\), then run this check again\.",
     rf"\g<name> 在计算中直接用了 df，但 df 是一个函数：要调用它才能得到斜率。请写 "
     rf"learning_rate * df(w)，带上 (w){_AGAIN}。"),
    (r"w = w - learning_rate \* df\(w\) inside the loop\.",
     r"在循环里写 w = w - learning_rate * df(w)。"),
]

# lesson 02's mistake table: what the mistake is, and what to do (one sentence each)
_LESSON02 = [
    ('your w climbs uphill: the update adds the slope (w + learning_rate * df(w)). Gradient '
     'descent steps against the slope.',
     '你的 w 在往上坡走：更新时加上了斜率（w + learning_rate * '
     'df(w)）。梯度下降要朝斜率的反方向走。'),
    ('w never moves on: after the first step every value is w1, so each step starts again from'
     ' w0.',
     'w 一直没有往前走：第一步之后每个值都是 w1，所以每一步都重新从 w0 出发。'),
    ('every value is w0. Either w never changes (the update line needs `w = ` in front), or '
     'the list collects w0 again and again instead of the new w.',
     '每个值都是 w0。要么 w 从未改变（更新那一行前面要写 `w = `），要么列'
     '表一次又一次收进了 w0，而不是新的 w。'),
    ('Write w = w - learning_rate * df(w), then append w.',
     '请写 w = w - learning_rate * df(w)，然后 appe'
     'nd w。'),
    ('the slope is always taken at the start: df(w0) instead of df(w).',
     '斜率总是在起点取的：用了 df(w0)，而不是 df(w)。'),
    ('you divide the slope by the learning rate instead of multiplying by it.',
     '你用斜率除以了学习率，而不是乘以学习率。'),
    ('the learning rate is applied twice: each'
     ' step is learning_rate² times the slope.',
     '学习率用了两次：每一步是 learning_rate² 乘以斜率。'),
    ('the learning rate is missing: each step is the whole slope, df(w).',
     '少了学习率：每一步都是整个斜率 df(w)。'),
    ("your code uses f(w), the height of the notebook's bowl, instead of the slope df(w) it is"
     ' given.',
     '你的代码用了 f(w)，即笔记本里那个碗的高度，而不是传进来的斜率 df(w)。'),
    ("your code uses the slope of the notebook's bowl, 2 * (w - 3), instead of calling the df "
     'it is given, so it only works for that one bowl.',
     '你的代码用了笔记本里那个碗的斜率 2 * (w - 3)，而没有调用传进来的 d'
     'f，所以它只对那一个碗有效。'),
    ("your code uses dJ, the neuron's slope from the notebook, instead of calling the df it is"
     ' given.',
     '你的代码用了笔记本里神经元的斜率 dJ，而没有调用传进来的 df。'),
    ('your new w is only the step, learning_rate * df(w): the old w and the minus sign are '
     'missing.',
     '你的新 w 只是步子 learning_rate * df(w)：少了旧的 w '
     '和负号。'),
    ('your new w is only the step, learning_rate * df(w): the old w is missing from the '
     'update.',
     '你的新 w 只是步子 learning_rate * df(w)：更新中少了旧的'
     ' w。'),
    ('the array leaves out w0: it must start with the starting point.',
     '数组里没有 w0：它必须以起点开头。'),
    ('Put w0 in the array before the loop.',
     '请在循环之前把 w0 放进数组。'),
    ('the last value is missing. Either the loop makes one step too few, or it appends w '
     'before the update line, so the newest w is never stored.',
     '少了最后一个值。要么循环少走了一步，要么在更新那一行之前就 append 了 w'
     '，所以最新的 w 从未被保存。'),
    ('Start with ws = [w0], loop with for _ in range(num_steps), and append w after the update'
     ' line.',
     '请从 ws = [w0] 开始，用 for _ in range(num_ste'
     'ps) 循环，并在更新那一行之后 append w。'),
    ('w0 is in the array twice and the last w is missing: you append w before the update line,'
     ' so every value is stored one step late.',
     'w0 在数组里出现了两次，而且少了最后一个 w：你在更新那一行之前 append'
     ' 了 w，所以每个值都晚存了一步。'),
    ('Append w after the line w = w - learning_rate * df(w).',
     '请在 w = w - learning_rate * df(w) 这一行之后 a'
     'ppend w。'),
    ('one step too many: your loop makes num_steps + 1 steps.',
     '多走了一步：你的循环走了 num_steps + 1 步。'),
    ('Loop with for _ in range(num_steps).',
     '请用 for _ in range(num_steps) 循环。'),
    ('w0 is in the array twice.',
     'w0 在数组里出现了两次。'),
    ('Store w0 once, before the loop.',
     '只在循环之前保存一次 w0。'),
    ('only one step was made: is `return` inside the loop?',
     '只走了一步：`return` 是不是写在了循环里面？'),
    ('Move the `return` line out of the loop (one indent less).',
     '请把 `return` 这一行移到循环外面（少缩进一级）。'),
    ('Use a minus sign: ',
     '请用负号：'),
    ('Update w itself: ',
     '请更新 w 本身：'),
    ('Call df on the current w: ',
     '请对当前的 w 调用 df：'),
    ('Multiply: ',
     '请相乘：'),
    ('Multiply by the learning rate once: ',
     '只乘一次学习率：'),
    ('Multiply the slope by it: ',
     '请把斜率乘以学习率：'),
    ('Use the df argument: ',
     '请使用参数 df：'),
    ('Call the function passed in as df: ',
     '请调用作为 df 传进来的函数：'),
    ('Start from the old w: ',
     '请从旧的 w 出发：'),
]
CATALOGUE += [(re.escape(english), chinese) for english, chinese in _LESSON02]

_COMPILED = [(re.compile(pattern), chinese) for pattern, chinese in CATALOGUE]


def language():
    """The kernel's message language: "zh" in the Chinese lessons, else "en"."""
    return os.environ.get(LANGUAGE_VARIABLE, "en")


def translate(message, lang=None):
    """message in lang (default: the kernel's language); sentences with no entry stay
    English."""
    if (lang or language()) != "zh":
        return message
    for pattern, chinese in _COMPILED:
        message = pattern.sub(chinese, message)
    # Chinese sentences follow each other with no space between them
    # the English brackets around a translated sentence: "... .item()。）。" -> "... .item()）。"
    message = re.sub(r"。\)\.\s*", "）。", message.replace("。）", "）"))
    return re.sub(r"([。：；）])\s+(?=[^\x00-\x7f])", r"\1", message)
