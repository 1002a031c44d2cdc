"""Lesson 01's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""


from .messages_zh import AGAIN, NAME

CATALOGUE = [
    (rf"{NAME} uses \^, which in Python is not a power \(it is XOR, an operation on the bits "
     r"of whole numbers\)\. Write e\^\(-z\) as np\.exp\(-z\), and any other power with \*\*, "
     r"then run this check again\.",
     rf"\g<name> 用了 ^，而在 Python 中 ^ 不是乘方（它是 XOR，对整数的二进制位做的运算）。"
     rf"请把 e^(-z) 写成 np.exp(-z)，其他乘方用 **{AGAIN}。"),
    (r"sigmoid_derivative returns 1 - s, only the second factor\. Multiply it by "
     r"s = sigmoid\(z\): s \* \(1 - s\), then run this check again\.",
     rf"sigmoid_derivative 返回的是 1 - s，只有第二个因子。请把它乘以 s = sigmoid(z)："
     rf"s * (1 - s){AGAIN}。"),
    (r"sigmoid_derivative computes s \* \(1 - z\): the second factor uses z where it needs s\. "
     r"Return s \* \(1 - s\), then run this check again\.",
     rf"sigmoid_derivative 算的是 s * (1 - z)：第二个因子里该用 s 的地方用了 z。请返回 "
     rf"s * (1 - s){AGAIN}。"),
    (rf"{NAME} multiplies arrays with @ or np\.dot, which fails here \(",
     r"\g<name> 用 @ 或 np.dot 把数组相乘，这里会出错（"),
    (rf"{NAME} returned shape (?P<out>\(.*?\)) for an input of shape (?P<shape>\(.*?\)): did "
     r"you use @ or np\.dot\? ",
     r"输入的形状是 \g<shape>，\g<name> 返回的形状却是 \g<out>：是不是用了 @ 或 np.dot？"),
    (r"@ and np\.dot are matrix products: they multiply and add up rows and columns\. Use \* to "
     r"multiply number by number, then run this check again\.",
     rf"@ 和 np.dot 是矩阵乘法：它们把行和列相乘再相加。要一个数一个数地相乘，请用 *{AGAIN}。"),
    (rf"{NAME} gives the predictions of W\.T @ X with no bias: did you forget \+ b, write - b, "
     r"or compare z itself with 0\.5\? Compute A = sigmoid\(W\.T @ X \+ b\), then "
     r"\(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 给出的是没有偏置的 W.T @ X 的预测：是不是忘了 + b、写成了 - b，或者直接拿 z "
     r"和 0.5 比较？请先算 A = sigmoid(W.T @ X + b)，再算 (A > 0.5).astype(int)。"),
    (rf"{NAME} uses `if` on the whole array of probabilities \(numpy said: ",
     r"\g<name> 对整个概率数组用了 `if`（numpy 的原文是："),
    (r"An `if` needs one True or False, but A holds (?P<m>\d+) of them: compare the whole array "
     r"at once, \(A > 0\.5\)\.astype\(int\), with no `if`\.",
     r"`if` 需要一个 True 或 False，而 A 里有 \g<m> 个：请一次比较整个数组，"
     r"(A > 0.5).astype(int)，不要用 `if`。"),
    (rf"{NAME} predicts 0 for every sample\. If you wrote A\.astype\(int\): it cuts off the "
     r"decimals, so a = 0\.88 becomes 0\. Compare with 0\.5 first: \(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 对每个样本都预测 0。如果你写的是 A.astype(int)：它会去掉小数部分，"
     r"所以 a = 0.88 变成了 0。请先和 0.5 比较：(A > 0.5).astype(int)。"),
    (rf"{NAME} returned floats \(0\.0 and 1\.0\), not integers \(the values are right\)\. The "
     r"rule is integer 0/1: add \.astype\(int\)\.",
     r"\g<name> 返回的是浮点数（0.0 和 1.0），而不是整数（值是对的）。规则要求整数 0/1："
     r"请加上 .astype(int)。"),
    (rf"{NAME} returned booleans \(True/False\), not the integers 0 and 1 \(the values are "
     r"right\)\. Add \.astype\(int\): \(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 返回的是布尔值（True/False），而不是整数 0 和 1（值是对的）。请加上 "
     r".astype(int)：(A > 0.5).astype(int)。"),
    (rf"{NAME} returned z = W\.T @ X \+ b itself, not 0/1 predictions\. Compute "
     r"A = sigmoid\(z\), then \(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 返回的是 z = W.T @ X + b 本身，而不是 0/1 预测。请先算 A = sigmoid(z)，再算 "
     r"(A > 0.5).astype(int)。"),
    (rf"{NAME} works for one number but fails for an array: it is scalar-only\. math\.exp, "
     r"float\(\.\.\.\) or an `if` on z handle one number at a time \(here: ",
     r"\g<name> 对一个数有效，但对数组会出错：它只能处理单个数（scalar-only）。math.exp、"
     r"float(...) 或对 z 的 `if` 一次只能处理一个数（这里："),
    (r"\)\. Use np\.exp, and np\.where for branches, so it works elementwise on a whole array "
     r"at once\.",
     r"）。请用 np.exp，分支用 np.where，这样它就能一次对整个数组逐元素（elementwise）计算。"),
    (rf"{NAME} returned a Python (?P<kind>\w+), not a numpy array\. A (?P=kind) cannot do "
     r"arithmetic elementwise, so later code breaks: return the numpy array itself \(no list "
     r"comprehension, no list\(\.\.\.\) or \.tolist\(\)\)\.",
     r"\g<name> 返回的是 Python 的 \g<kind>，而不是 numpy 数组。\g<kind> 不能逐元素做算术，"
     r"后面的代码会出错：请直接返回 numpy 数组（不要用列表推导式，不要用 list(...) 或 "
     r".tolist()）。"),
    (rf"{NAME} returned a single number for an input array of shape (?P<shape>\(.*?\))\. It "
     r"must return one value per element: work on the whole array with np\.exp, with no "
     r"float\(\.\.\.\) or z\[0\] and no loop over a scalar\.",
     r"输入数组的形状是 \g<shape>，\g<name> 却只返回了一个数。它必须对每个元素返回一个值："
     r"用 np.exp 对整个数组计算，不要用 float(...) 或 z[0]，也不要对单个数循环。"),
    (rf"{NAME} returned shape (?P<out>\(.*?\)) for an input of shape (?P<shape>\(.*?\)); it "
     r"must keep the input's shape\. Do not flatten, reshape or index z: compute on the whole "
     r"array, then run this check again\.",
     rf"输入的形状是 \g<shape>，\g<name> 返回的形状却是 \g<out>；它必须保持输入的形状。"
     rf"不要展平、改变形状或索引 z：对整个数组计算{AGAIN}。"),
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
     rf"{AGAIN}。"),
    (r"sigmoid computes 1 \+ e\^\(-z\): 1 / 1 \+ np\.exp\(-z\) is \(1/1\) \+ e\^\(-z\), "
     r"because / goes before \+\. Put the sum in brackets: 1 / \(1 \+ np\.exp\(-z\)\)\.",
     r"sigmoid 算的是 1 + e^(-z)：因为 / 先于 + 计算，1 / 1 + np.exp(-z) 等于 (1/1) + e^(-z)。"
     r"请给和加上括号：1 / (1 + np.exp(-z))。"),
    (r"sigmoid computes 1 / \(1 - e\^\(-z\)\): the bottom of the fraction has a minus where "
     r"it needs a plus\. Write 1 / \(1 \+ np\.exp\(-z\)\), then run this check again\.",
     rf"sigmoid 算的是 1 / (1 - e^(-z))：分母里该是加号的地方写成了减号。请写 "
     rf"1 / (1 + np.exp(-z)){AGAIN}。"),
    (r"at z = (?P<z>\S+) it returned (?P<out>\S+), the right value is (?P<exp>[-\d.e+]+)",
     r"在 z = \g<z> 处它返回 \g<out>，正确值是 \g<exp>"),
    (r"sigmoid returned only whole numbers \((?P<w>.+?)\)\. Did you use floor division // or "
     r"int\(\.\.\.\)\? Use / for true division, then run this check again\.",
     rf"sigmoid 只返回了整数（\g<w>）。是不是用了整除 // 或 int(...)？请用 / 做真正的除法"
     rf"{AGAIN}。"),
    (r"sigmoid is nearly right but not exact \((?P<w>.+?)\)\. Did you round the result, or "
     r"write e as 2\.7 or 2\.718\? Use np\.exp\(-z\) and do not round, then run this check "
     r"again\.",
     rf"sigmoid 差不多对了，但不精确（\g<w>）。是不是对结果做了四舍五入，或者把 e 写成了 2.7 "
     rf"或 2.718？请用 np.exp(-z)，不要取整{AGAIN}。"),
    (r"sigmoid gives wrong values: (?P<w>.+?)\. Compare your formula with "
     r"1 / \(1 \+ np\.exp\(-z\)\), fix it, then run this check again\.",
     rf"sigmoid 的值不对：\g<w>。请把你的公式和 1 / (1 + np.exp(-z)) 对照，改正后{AGAIN}。"),
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
     rf"请给第二个因子加上括号：s * (1 - s){AGAIN}。"),
    (r"sigmoid_derivative gives wrong values: (?P<w>.+?)\. Compute s = sigmoid\(z\) first, "
     r"return s \* \(1 - s\), then run this check again\.",
     rf"sigmoid_derivative 的值不对：\g<w>。请先算 s = sigmoid(z)，返回 s * (1 - s){AGAIN}。"),
    (rf"{NAME} is right: (?P<pred>\[.*?\]), a \(1, (?P<m>\d+)\) integer array, the same as "
     r"logreg_core\.predict \(and on other numbers of features and samples\)\.",
     r"\g<name> 是对的：\g<pred>，一个 (1, \g<m>) 的整数数组，与 logreg_core.predict "
     r"相同（换成别的特征数和样本数也对）。"),
    (rf"{NAME} uses >= 0\.5 where the rule is > 0\.5: sample (?P<i>\d+) has z = 0, so "
     r"a = 0\.5 exactly, and it must be predicted 0\. Use A > 0\.5\.",
     r"\g<name> 用了 >= 0.5，而规则是 > 0.5：第 \g<i> 个样本的 z = 0，所以 a 恰好等于 0.5，"
     r"它必须预测为 0。请用 A > 0.5。"),
    (rf"{NAME} returned the probabilities a = sigmoid\(z\), not 0/1 predictions\. Turn "
     r"them into 0s and 1s: \(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 返回的是概率 a = sigmoid(z)，而不是 0/1 预测。请把它们变成 0 和 1："
     r"(A > 0.5).astype(int)。"),
    (rf"{NAME} has the classes flipped: it predicts 1 where a < 0\.5\. Predict 1 where the "
     r"probability is above one half: A > 0\.5\.",
     r"\g<name> 把两个类别弄反了：它在 a < 0.5 的地方预测 1。应该在概率大于一半的地方预测 1："
     r"A > 0.5。"),
    # check_predict: errors, lists and shapes
    (rf"{NAME} failed: W @ X multiplies W \((?P<n>\d+), 1\) by X \((?P=n), (?P<m>\d+)\), "
     r"which do not fit \(numpy said: ",
     r"\g<name> 出错了：W @ X 把 W (\g<n>, 1) 和 X (\g<n>, \g<m>) 相乘，两者的形状对不上"
     r"（numpy 的原文是："),
    (r"Transpose W: W\.T @ X is \(1, (?P<n>\d+)\) @ \((?P=n), (?P<m>\d+)\) = \(1, (?P=m)\)\.",
     r"请把 W 转置：W.T @ X 是 (1, \g<n>) @ (\g<n>, \g<m>) = (1, \g<m>)。"),
    (rf"{NAME} failed: \* multiplies element by element and does not add up the features "
     r"\(numpy said: ",
     r"\g<name> 出错了：* 是逐元素相乘，不会把各个特征加起来（numpy 的原文是："),
    (r"Use @ for the weighted sum: W\.T @ X \+ b\.",
     r"加权和要用 @：W.T @ X + b。"),
    (rf"{NAME} returned a Python (?P<kind>list|tuple), not a numpy array \(its values are "
     r"right\)\. Keep the numpy array: \(A > 0\.5\)\.astype\(int\) has shape \(1, m\) "
     r"already, with no loop or list\.",
     r"\g<name> 返回的是 Python 的 \g<kind>，而不是 numpy 数组（值是对的）。请保留 numpy "
     r"数组：(A > 0.5).astype(int) 本身就是 (1, m) 的形状，不需要循环，也不需要列表。"),
    (rf"{NAME} returned a Python (?P<kind>list|tuple), not a numpy array\. Keep the numpy "
     r"array: \(A > 0\.5\)\.astype\(int\) has shape \(1, m\) already, with no loop or list\.",
     r"\g<name> 返回的是 Python 的 \g<kind>，而不是 numpy 数组。请保留 numpy 数组："
     r"(A > 0.5).astype(int) 本身就是 (1, m) 的形状，不需要循环，也不需要列表。"),
    (rf"{NAME} returned (?P<t>\w+), not numbers\. Return a numpy array of 0s and 1s with "
     r"shape \(1, (?P<m>\d+)\)\.",
     r"\g<name> 返回的是 \g<t>，不是数。请返回形状为 (1, \g<m>)、由 0 和 1 组成的 numpy 数组。"),
    (rf"{NAME} returned (?P<t>\w+), not numbers\. Return a numpy array of floats, one value "
     r"per element of z\.",
     r"\g<name> 返回的是 \g<t>，不是数。请返回由浮点数组成的 numpy 数组，z 的每个元素对应"
     r"一个值。"),
    # (the shared catalogue may have turned "an array of shape (1, 7)" into Chinese already)
    (rf"{NAME} returned a single number; it must return one prediction per sample, "
     r"(?:an array of shape|一个形状为) \(1, (?P<m>\d+)\)(?: 的数组)? for the (?P=m) samples "
     r"of X\.",
     r"\g<name> 只返回了一个数；它必须对每个样本给出一个预测：X 有 \g<m> 个样本，"
     r"所以要返回形状为 (1, \g<m>) 的数组。"),
    (rf"{NAME} must return shape \(1, (?P<m>\d+)\), one prediction per sample; it returned "
     r"shape (?P<s>\([\d, ]*\))\.$",
     r"\g<name> 必须返回形状为 (1, \g<m>) 的数组，每个样本一个预测；它返回的形状却是 \g<s>。"),
    (rf"{NAME} must return shape \(1, (?P<m>\d+)\), one prediction per sample; it returned ",
     r"\g<name> 必须返回形状为 (1, \g<m>) 的数组，每个样本一个预测；它返回的却是"),
    (r"a flat array of shape \((?P<m>\d+),\)\. Keep the \(1, m\) row that W\.T @ X gives, or "
     r"add \.reshape\(1, -1\)\.",
     r"形状为 (\g<m>,) 的一维数组。请保留 W.T @ X 给出的 (1, m) 这一行，或者加上 "
     r".reshape(1, -1)。"),
    (r"a column of shape \((?P<m>\d+), 1\): probably X\.T @ W\. Use W\.T @ X, which gives a "
     r"row of shape \(1, (?P=m)\)\.",
     r"形状为 (\g<m>, 1) 的一列：大概是写成了 X.T @ W。请用 W.T @ X，它给出形状为 "
     r"(1, \g<m>) 的一行。"),
    (r"shape \((?P<n>\d+), (?P<m>\d+)\), one value per feature and sample: did you use \* "
     r"where you need @\? W\.T @ X adds up w_i x_i over the features\.",
     r"形状为 (\g<n>, \g<m>) 的数组，每个特征、每个样本各一个值：是不是在该用 @ 的地方用了 *？"
     r"W.T @ X 会把各个特征的 w_i x_i 加起来。"),
    (rf"{NAME} gets (?P<k>\d+) of (?P<m>\d+) predictions wrong: sample (?P<i>\d+) has "
     r"z = (?P<z>[^,\s]+), a = (?P<a>[^,\s]+), so the prediction is (?P<p>\d+), but it "
     r"returned (?P<o>\S+?)\. Compute A = sigmoid\(W\.T @ X \+ b\), then "
     r"\(A > 0\.5\)\.astype\(int\)\.",
     r"\g<name> 的 \g<m> 个预测中有 \g<k> 个不对：第 \g<i> 个样本的 z = \g<z>，a = \g<a>，"
     r"所以预测应为 \g<p>，它却返回了 \g<o>。请先算 A = sigmoid(W.T @ X + b)，再算 "
     r"(A > 0.5).astype(int)。"),
    # a function that calls another exercise's unfilled stub (lessons 01, 06 and 11 say it)
    (rf"{NAME} raised NotImplementedError from inside (?P<inner>\w+)\(\), which it calls: "
     r"(?P=inner) is still the unfilled stub\. Fill in (?P=inner) first \(or (?:use|call) "
     r"(?P<other>[\w.]+)\), run its cell, then run this check again\.",
     rf"\g<name> 调用的 \g<inner>() 抛出了 NotImplementedError：\g<inner> 还是没有补全的"
     rf"练习函数。请先补全 \g<inner>（或者改用 \g<other>），运行它所在的单元格{AGAIN}。"),
    (rf"{NAME} raised NotImplementedError from inside (?P<inner>\w+)\(\), which it calls: "
     r"(?P=inner) is still the unfilled stub\. Fill in (?P=inner) first, run its cell, then "
     r"run this check again\.",
     rf"\g<name> 调用的 \g<inner>() 抛出了 NotImplementedError：\g<inner> 还是没有补全的"
     rf"练习函数。请先补全 \g<inner>，运行它所在的单元格{AGAIN}。"),
]
