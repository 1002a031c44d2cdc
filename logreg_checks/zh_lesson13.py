"""Lesson 13's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

from .messages_zh import AGAIN, NAME

GRAD = r"d[Wb][12]"                                    # dW1, db1, dW2 or db2
GRADS = rf"(?P<which>{GRAD}(?: and {GRAD})*)"          # "dW1 and db1 and dW2"
SHAPE = r"\([\d, ]*\)"                                 # (3, 2), (1, 5), ()
DICT = "{'dW1': dW1, 'db1': db1, 'dW2': dW2, 'db2': db2}"
DICT_RE = r"\{'dW1': dW1, 'db1': db1, 'dW2': dW2, 'db2': db2\}"

CATALOGUE = [
    # ------------------------------------------------------------ a known mistake, by name
    (r"dZ1 misses the derivative of tanh: multiply W2\.T @ dZ2 by \(1 - A1 \*\* 2\), "
     r"element by element\.",
     r"dZ1 漏掉了 tanh 的导数：请把 W2.T @ dZ2 逐元素（elementwise）乘以 "
     r"(1 - A1 ** 2)。"),
    (r"dZ1 uses the sigmoid's derivative A1 \* \(1 - A1\), but the hidden layer uses tanh: "
     r"its derivative is 1 - A1 \*\* 2\.",
     r"dZ1 用的是 Sigmoid 函数的导数 A1 * (1 - A1)，但隐藏层用的是 tanh：tanh 的导数是 "
     r"1 - A1 ** 2。"),
    (r"dZ1 uses \(1 - A1\) where the derivative of tanh is 1 - A1 \*\* 2: square A1\.",
     r"dZ1 用的是 (1 - A1)，而 tanh 的导数是 1 - A1 ** 2：请把 A1 平方。"),
    (r"dZ1 uses 1 - A2 \*\* 2: the slope belongs to the hidden layer, 1 - A1 \*\* 2\.",
     r"dZ1 用的是 1 - A2 ** 2：这个斜率属于隐藏层，应该是 1 - A1 ** 2。"),
    (r"Every gradient has the wrong sign: dZ2 = A2 - Y \(the prediction minus the label\), "
     r"as in lesson 04\.",
     r"每个梯度的符号都反了：dZ2 = A2 - Y（预测减去标签），和第 04 课一样。"),
    (r"dZ2 forgets the labels: dZ2 = A2 - Y\.", r"dZ2 忘了标签：应该是 dZ2 = A2 - Y。"),
    (r" Fix that line, run its cell, then run this check again\.",
     rf" 请改正那一行，运行它所在的单元格{AGAIN}。"),
    (NAME + r" multiplies W2 \(shape \(1, (?P<h>\d+)\)\) by a \(1, (?P<m>\d+)\) array such as "
     r"dZ2: the chain rule needs the transpose, W2\.T @ dZ2, which has shape "
     r"\((?P=h), (?P=m)\) like A1\.",
     r"\g<name> 把 W2（形状为 (1, \g<h>)）乘以了一个 (1, \g<m>) 的数组，例如 dZ2：链式法则"
     r"需要的是转置（transpose）W2.T @ dZ2，它的形状是 (\g<h>, \g<m>)，和 A1 一样。"),
    # ------------------------------------------------------------ one factor too many or few
    (GRADS + r" (?:is|are) m = (?P<m>\d+) times too large: divide by m = X\.shape\[1\] \(the "
     r"mean over the samples\)\.",
     r"\g<which> 是正确值的 m = \g<m> 倍：请除以 m = X.shape[1]（对样本取平均）。"),
    (GRADS + r" divides? by (?P<k>\d+), not by m = X\.shape\[1\] = (?P<m>\d+), the number of "
     r"samples in this X: is m a variable from an earlier cell\? Write m = X\.shape\[1\] "
     r"inside the function\.",
     r"\g<which> 除以的是 \g<k>，而不是 m = X.shape[1] = \g<m>（这个 X 的样本数）：m 是不是"
     r"前面某个单元格里的变量？请在函数内部写 m = X.shape[1]。"),
    # ------------------------------------------------------------ some other wrong numbers
    (r"db1 sums dZ1 over axis 1\.", r"db1 是 dZ1 沿 axis 1（对样本）求和，再除以 m。"),
    (rf"(?s)(?P<first>{GRAD}) is not right \((?P<bad>[^)]*) differ\)\. Check this step: "
     r"(?P<hint>.+?)[.。] With h = (?P<h>\d+), m = (?P<m>\d+): got (?P=first) = (?P<got>.+), "
     r"expected (?P<exp>.+)\.$",
     r"\g<first> 不对（和正确值不同的有：\g<bad>）。请检查这几步：\g<hint>。"
     r"在 h = \g<h>、m = \g<m> 时：得到 \g<first> = \g<got>，应该是 \g<exp>。"),
    # ------------------------------------------------------------ what came back
    (NAME + rf" returned (?P<k>\d+) values; return them in a dict, return {DICT_RE}\.",
     rf"\g<name> 返回了 \g<k> 个值；请把它们放进一个字典（dict）返回：return {DICT}。"),
    (NAME + rf" returned (?P<t>\w+); return a dict {DICT_RE}\.",
     rf"\g<name> 返回的是 \g<t>；请返回一个字典 {DICT}。"),
    (r"The dict " + NAME + r" returned has no (?P<miss>\[[^\]]*\]); it needs the keys 'dW1', "
     r"'db1', 'dW2' and 'db2'\.",
     r"\g<name> 返回的字典里没有 \g<miss>；字典需要 'dW1'、'db1'、'dW2' 和 'db2' 这四个键。"),
    (rf"(?P<key>{GRAD}) must be a numpy array of shape (?P<shape>{SHAPE}); " + NAME +
     r" returned (?P<t>\w+)\.",
     r"\g<key> 必须是形状为 \g<shape> 的 numpy 数组；\g<name> 返回的是 \g<t>。"),
    (rf"(?P<key>{GRAD}) has shape (?P<got>{SHAPE}), the transpose of (?P<shape>{SHAPE}), the "
     r"shape of (?P<like>\w+) \((?P<what>[^)]*)\)\. Use (?P<fix>.+)\.$",
     r"\g<key> 的形状是 \g<got>，是 \g<like>（\g<what>）的形状 \g<shape> 的转置。"
     r"请用 \g<fix>。"),
    (rf"(?P<key>{GRAD}) must have shape (?P<shape>{SHAPE}), the shape of (?P<like>\w+) "
     rf"\((?P<what>[^)]*)\); " + NAME + rf" returned shape (?P<got>{SHAPE})\.",
     r"\g<key> 的形状必须是 \g<shape>，和 \g<like>（\g<what>）一样；\g<name> 返回的形状是 "
     r"\g<got>。"),
    (r" Sum over the samples only: np\.sum\(dZ1, axis=1, keepdims=True\) / m\.",
     r"只对样本求和：np.sum(dZ1, axis=1, keepdims=True) / m。"),
    (r"db2 must be one number, np\.sum\(dZ2\) / m; " + NAME + rf" returned (?P<t>\w+) of "
     rf"shape (?P<s>{SHAPE})\.",
     r"db2 必须是一个数，即 np.sum(dZ2) / m；\g<name> 返回的是形状为 \g<s> 的 \g<t>。"),
    # the parameters named in the shape sentences above
    (r"（hidden neurons by features）", r"（行是隐藏神经元，列是特征）"),
    (r"（one per hidden neuron）", r"（每个隐藏神经元一个）"),
    (rf"({GRAD}) and (?={GRAD})", r"\1、"),
    # ------------------------------------------------------------ passed
    (NAME + r" is right: all four gradients match backpropagation for (?P<cases>.+)\.",
     r"\g<name> 是对的：在 \g<cases> 这几种情况下，四个梯度都和反向传播（backpropagation）"
     r"的结果一致。"),
    # ------------------------------------------------------------ Chinese punctuation
    # in what the sentences above carried over from the English ones
    (r"h = (?P<h>\d+) \(n = (?P<n>\d+), m = (?P<m>\d+)\)",
     r"h = \g<h>（n = \g<n>，m = \g<m>）"),
    (r"）, (?=h = \d+（n = )", r"）、"),
    (rf"({GRAD}), (?={GRAD}[,）])", r"\1、"),                # 和正确值不同的有：dW1、db1
    (rf"(?<=[)mY]); (?={GRAD} (?:=|是))", r"；"),                # the steps of a hint
]
