"""Lesson 10's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

import re

from .messages_zh import NAME

_SHAPE = r"(?P<s>\([^)]*\))"

CATALOGUE = [
    # ---------------------------------------------------------------- what was returned
    (rf"{NAME} returned a dict; return three values, `return cost, dW, db` \(the cost "
     r"first\)\.",
     r"\g<name> 返回了一个字典（dict）；请返回三个值，`return cost, dW, db`（代价在最前面）。"),
    (rf"{NAME} returned (?P<k>\d+) values; it must return three values, "
     r"`return cost, dW, db`\.",
     r"\g<name> 返回了 \g<k> 个值；它必须返回三个值，`return cost, dW, db`。"),
    (rf"{NAME} returned (?P<t>\w+); it must return three values, `return cost, dW, db`\.",
     r"\g<name> 返回的是 \g<t>；它必须返回三个值，`return cost, dW, db`。"),
    (rf"{NAME} returned dW as a Python list; return a numpy array of shape \((?P<n>\d+), "
     r"1\) like W \(W itself is an array, so grads\['dW'\] \+ lambd / m \* W is one\)\.",
     r"\g<name> 把 dW 作为 Python 列表（list）返回了；请返回形状为 (\g<n>, 1) 的 numpy "
     r"数组，和 W 一样（W 本身就是数组，所以 grads['dW'] + lambd / m * W 也是数组）。"),
    (rf"The cost must be one number, but {NAME} returned an array of shape {_SHAPE}: the "
     r"squares of the weights are not added up\. Use np\.sum\(W \*\* 2\), which is one "
     r"number \(W \*\* 2 and W @ W\.T are arrays\)\.",
     r"代价必须是一个数，但 \g<name> 返回了一个形状为 \g<s> 的数组：各个权重的平方没有加"
     r"起来。请用 np.sum(W ** 2)，它是一个数（W ** 2 和 W @ W.T 都是数组）。"),
    (rf"The cost must be one number, but {NAME} returned (?P<t>\w+): the squares of the "
     r"weights are not added up\. Use np\.sum\(W \*\* 2\), which is one number \(W \*\* 2 "
     r"and W @ W\.T are arrays\)\.",
     r"代价必须是一个数，但 \g<name> 返回的是 \g<t>：各个权重的平方没有加起来。请用 "
     r"np.sum(W ** 2)，它是一个数（W ** 2 和 W @ W.T 都是数组）。"),
    (rf"(?P<what>The cost|db) must be one number; {NAME} returned (?P<t>\w+) of shape "
     rf"{_SHAPE}\. Return `cost, dW, db` in this order\.",
     r"\g<what> 必须是一个数；\g<name> 返回的是形状为 \g<s> 的 \g<t>。请按 "
     r"`cost, dW, db` 的顺序返回。"),
    (rf"(?P<what>The cost|db) must be one number; {NAME} returned (?P<t>\w+) of shape a "
     r"scalar\. Return `cost, dW, db` in this order\.",
     r"\g<what> 必须是一个数；\g<name> 返回的是 \g<t>。请按 `cost, dW, db` 的顺序返回。"),
    (r"^The cost 必须", r"代价必须"),
    (rf"dW must be a numpy array of shape \((?P<n>\d+), 1\); {NAME} returned (?P<t>\w+)\.",
     r"dW 必须是形状为 (\g<n>, 1) 的 numpy 数组；\g<name> 返回的是 \g<t>。"),
    (r"dW has shape \(1, (?P<n>\d+)\), the transpose of W's \((?P=n), 1\): add lambd / m "
     r"\* W to grads\['dW'\], which already has W's shape\.",
     r"dW 的形状是 (1, \g<n>)，是 W 的形状 (\g<n>, 1) 的转置（transpose）：请把 "
     r"lambd / m * W 加到 grads['dW'] 上，它本来就和 W 形状相同。"),
    (rf"dW must have W's shape \((?P<n>\d+), 1\); {NAME} returned shape {_SHAPE}\. Return "
     r"`cost, dW, db` in this order\.",
     r"dW 必须和 W 形状相同，即 (\g<n>, 1)；\g<name> 返回的形状是 \g<s>。请按 "
     r"`cost, dW, db` 的顺序返回。"),
    (rf"{NAME} returns db where the cost goes and the cost where db goes: return "
     r"`cost, dW, db` in this order\.",
     r"\g<name> 在代价的位置返回了 db，在 db 的位置返回了代价：请按 `cost, dW, db` 的顺序"
     r"返回。"),
    # ---------------------------------------------------------------- two mistakes at once
    (r"Two mistakes: in the cost, (?P<c>.+?); in the gradient, (?P<g>.+?)\. The cost needs "
     r"\+ lambd / \(2 \* m\) \* np\.sum\(W \*\* 2\), dW needs \+ lambd / m \* W, db no "
     r"penalty\.",
     r"两个错误：代价中，\g<c>；梯度中，\g<g>。代价需要 + lambd / (2 * m) * "
     r"np.sum(W ** 2)，dW 需要 + lambd / m * W，db 不加惩罚。"),
    # ---------------------------------------------------------------- numbers shown
    (r" The cost is wrong too: (?P<c>\S+), expected (?P<w>\S+)\.$",
     r"代价也不对：\g<c>，应为 \g<w>。"),
    (r"The penalty divides by (?P<k>\d+), not by m = X\.shape\[1\] = (?P<m>\d+), the number "
     r"of samples in this X: is m a variable from an earlier cell\? Write m = X\.shape\[1\] "
     r"inside the function\.",
     r"惩罚项除以的是 \g<k>，而不是这个 X 的样本数 m = X.shape[1] = \g<m>：m 是不是前面"
     r"某个单元格里的变量？请在函数内部写 m = X.shape[1]。"),
    (r"The cost is (?P<c>\S+); expected (?P<w>\S+) = cross-entropy (?P<j>\S+) \+ penalty "
     r"(?P<p>\S+) \(lambd = (?P<l>[^,]+), m = (?P<m>\d+)\)\.",
     r"代价是 \g<c>；应为 \g<w> = 交叉熵 \g<j> + 惩罚项 \g<p>（lambd = \g<l>，m = \g<m>）。"),
    (r"Check the penalty term: lambd / \(2 \* m\) \* np\.sum\(W \*\* 2\), the squared "
     r"weights of W only\.",
     r"请检查惩罚项：lambd / (2 * m) * np.sum(W ** 2)，只对 W 的权重取平方再求和。"),
    (r" ?The check's W has only (?P<n>\d+) weights \(the notebook's has 27\): work on whole "
     r"arrays, such as np\.sum\(W \*\* 2\), with no fixed size\.",
     r"自检用的 W 只有 \g<n> 个权重（笔记本里的 W 有 27 个）：请对整个数组计算，例如 "
     r"np.sum(W ** 2)，不要写死数组的大小。"),
    (r"The cost and dW are right but db = (?P<db>\S+); expected (?P<w>[^,\s]+), propagate's "
     r"db unchanged \(b is not penalised\)\.",
     r"代价和 dW 都对，但 db = \g<db>；应为 \g<w>，即 propagate 给出的 db，原样不动（b 不受"
     r"惩罚）。"),
    (r"The cost is right but dW is not: dW\[(?P<i>\d+), 0\] = (?P<got>[^,\s]+), expected "
     r"(?P<w>\S+) = (?P<g>\S+) \+ lambd / m \* W\[(?P=i), 0\]\.",
     r"代价对了，但 dW 不对：dW[\g<i>, 0] = \g<got>，应为 \g<w> = \g<g> + lambd / m * "
     r"W[\g<i>, 0]。"),
    (r"At lambd = (?P<l>\S+) your function adds no penalty, but at lambd = (?P<big>\S+) it "
     r"adds one: the penalty's factor is rounded down to a whole number, as floor division "
     r"does \(lambd // \(2 \* m\) is (?P<x>\S+) for lambd = (?P=l), m = (?P<m>\d+)\)\. Use / "
     r"for division: lambd / \(2 \* m\) and lambd / m\.",
     r"lambd = \g<l> 时你的函数没有加惩罚项，lambd = \g<big> 时却加了：惩罚项的系数被向下"
     r"取整成了整数，就像整除（floor division）那样（lambd = \g<l>、m = \g<m> 时，"
     r"lambd // (2 * m) 是 \g<x>）。除法请用 /：lambd / (2 * m) 和 lambd / m。"),
    (r"The cost does not change when lambd changes \(the same (?P<c>\S+) at lambd = "
     r"(?P<l>\S+) and 3\): the function uses a fixed number or a global variable instead of "
     r"its argument\. Use the lambd it is given\.",
     r"lambd 改变时代价不变（lambd = \g<l> 和 3 时都是 \g<c>）：函数用了一个固定的数或"
     r"一个全局变量，而不是它的参数。请使用传进来的 lambd。"),
    (rf"{NAME} is right for lambd = (?P<l>\S+) but not for lambd = (?P<o>[^:\s]+): does it "
     r"use a fixed number or a global variable instead of its argument lambd\? Use the lambd "
     r"it is given\.",
     r"\g<name> 在 lambd = \g<l> 时是对的，在 lambd = \g<o> 时却不对：它是不是用了一个"
     r"固定的数或一个全局变量，而不是参数 lambd？请使用传进来的 lambd。"),
    (rf"{NAME} is right for lambd = (?P<l>\S+) but fails for lambd = (?P<o>[^:\s]+): ",
     r"\g<name> 在 lambd = \g<l> 时是对的，在 lambd = \g<o> 时却出错："),
    (rf"{NAME} is right: the cost gains lambd / \(2m\) \* \|\|W\|\|\^2, dW gains lambd / m "
     r"\* W, and b is left alone \(checked at lambd = 0, (?P<l>\S+) and 3\)\.",
     r"\g<name> 是对的：代价加上了 lambd / (2m) * ||W||^2，dW 加上了 lambd / m * W，b 保持"
     r"不变（在 lambd = 0、\g<l> 和 3 时都检查过）。"),
    # the further cases (common.more_cases): what each case is, and where to look
    (r"n = (?P<n>\d+) features?, m = (?P<m>\d+) samples, lambd = (?P<l>[\d.]+) \(an "
     r"integer\)",
     r"n = \g<n> 个特征，m = \g<m> 个样本，lambd = \g<l>（一个整数）"),
    (r"n = (?P<n>\d+) features?, m = (?P<m>\d+) samples, lambd = (?P<l>[\d.]+)",
     r"n = \g<n> 个特征，m = \g<m> 个样本，lambd = \g<l>"),
]

# Short phrases of the "two mistakes" sentence above, after its Chinese opening
_IN_THE_COST = [
    ("it has no penalty", "没有惩罚项"),
    ("the penalty misses its 1/m", "惩罚项少了 1/m"),
    ("the penalty is twice too large", "惩罚项大了一倍"),
    ("it penalises b", "惩罚了 b"),
    ("the penalty is subtracted", "惩罚项被减去了"),
    ("it uses ||W||, not ||W||^2", "用了 ||W||，而不是 ||W||^2"),
    ("the cross-entropy is a sum, not a mean", "交叉熵是求和，而不是求平均"),
    ("it is m times too large", "大了 m 倍"),
    ("it divides by n, not m", "除以的是 n，而不是 m"),
    ("it uses np.sum(W) ** 2, the square of the sum", "用了 np.sum(W) ** 2，即和的平方"),
    ("it multiplies by m (lambd / 2 * m)", "乘了 m（lambd / 2 * m）"),
]
_IN_THE_GRADIENT = [
    ("the penalty is forgotten", "忘了惩罚项"),
    ("the penalty misses its 1/m", "惩罚项少了 1/m"),
    ("it adds lambd / (2m) * W, half of it", "加的是 lambd / (2m) * W，只有应加的一半"),
    ("the penalty is subtracted", "惩罚项被减去了"),
    ("it is m times too large", "大了 m 倍"),
    ("it divides by n, not m", "除以的是 n，而不是 m"),
    ("it adds the gradient of ||W||", "加的是 ||W|| 的梯度"),
    ("db is penalised", "db 加了惩罚"),
    ("it adds 2 * lambd / m * W, twice too much", "加的是 2 * lambd / m * W，多了一倍"),
    ("it adds lambd / m * np.sum(W), one number for every weight",
     "加的是 lambd / m * np.sum(W)，给每个权重加的是同一个数"),
]
CATALOGUE += [(r"(?<=代价中，)" + re.escape(english), chinese)
              for english, chinese in _IN_THE_COST]
CATALOGUE += [(r"(?<=梯度中，)" + re.escape(english), chinese)
              for english, chinese in _IN_THE_GRADIENT]

# The sentences with no number or name in them: one diagnosis each
_LESSON10 = [
    # the cost
    ("The cost has no penalty: add lambd / (2 * m) * np.sum(W ** 2) to the cross-entropy.",
     "代价里没有惩罚项：请把 lambd / (2 * m) * np.sum(W ** 2) 加到交叉熵上。"),
    ("The penalty in the cost is missing its 1/m: use lambd / (2 * m) * np.sum(W ** 2), "
     "with m = X.shape[1] samples.",
     "代价中的惩罚项少了 1/m：请用 lambd / (2 * m) * np.sum(W ** 2)，其中 m = X.shape[1] "
     "是样本数。"),
    ("The penalty in the cost is twice too large: lambd / m * np.sum(W ** 2) where it needs "
     "lambd / (2 * m) * np.sum(W ** 2). Either the 1/2 is missing, or the penalty is added "
     "twice (core.propagate with lambd already adds it).",
     "代价中的惩罚项大了一倍：用的是 lambd / m * np.sum(W ** 2)，应该是 lambd / (2 * m) * "
     "np.sum(W ** 2)。要么少了 1/2，要么惩罚项加了两次（带 lambd 调用的 core.propagate "
     "已经加上了它）。"),
    ("The cost penalises b too: the penalty is on the weights W only, not on b.",
     "代价把 b 也惩罚了：惩罚项只加在权重 W 上，不加在 b 上。"),
    ("The penalty has the wrong sign: add it to the cost, + lambd / (2 * m) * "
     "np.sum(W ** 2), so large weights cost more.",
     "惩罚项的符号错了：要把它加到代价上，+ lambd / (2 * m) * np.sum(W ** 2)，这样大权重"
     "的代价才更高。"),
    ("The cost uses ||W|| where it needs ||W||^2: square the weights, np.sum(W ** 2).",
     "代价在该用 ||W||^2 的地方用了 ||W||：请把权重平方，np.sum(W ** 2)。"),
    ("The cross-entropy part is the sum over the samples, not the mean: keep propagate's "
     "mean cost and add the penalty to it.",
     "交叉熵部分是对样本求和，而不是求平均：请保留 propagate 给出的平均代价，再加上惩罚项。"),
    ("The cost is m times too large (a sum, not a mean): keep propagate's mean cost and add "
     "lambd / (2 * m) * np.sum(W ** 2).",
     "代价大了 m 倍（是求和，而不是求平均）：请保留 propagate 给出的平均代价，再加上 "
     "lambd / (2 * m) * np.sum(W ** 2)。"),
    ("The penalty divides by n = X.shape[0], the number of features; divide by "
     "m = X.shape[1], the number of samples.",
     "惩罚项除以的是特征数 n = X.shape[0]；应该除以样本数 m = X.shape[1]。"),
    ("The cost uses np.sum(W) ** 2, the square of the sum of the weights: the penalty is "
     "the sum of the squares, np.sum(W ** 2).",
     "代价用了 np.sum(W) ** 2，即各个权重之和的平方：惩罚项是平方之和，np.sum(W ** 2)。"),
    ("The penalty multiplies by m: Python reads lambd / 2 * m as (lambd / 2) * m. Write "
     "lambd / (2 * m), with the brackets.",
     "惩罚项乘了 m：Python 把 lambd / 2 * m 读作 (lambd / 2) * m。请写 lambd / (2 * m)，"
     "带上括号。"),
    # the gradient
    ("The penalty is forgotten in the gradient: dW needs + lambd / m * W.",
     "梯度里忘了惩罚项：dW 需要 + lambd / m * W。"),
    ("The penalty's gradient is missing its 1/m: dW gets + lambd / m * W.",
     "惩罚项的梯度少了 1/m：dW 应该 + lambd / m * W。"),
    ("dW adds lambd / (2 * m) * W, half the penalty's gradient: the derivative of "
     "lambd / (2m) * w^2 is lambd / m * w (the 2 of the square cancels the 1/2).",
     "dW 加的是 lambd / (2 * m) * W，只有惩罚项梯度的一半：lambd / (2m) * w^2 的导数是 "
     "lambd / m * w（平方带来的 2 和 1/2 相消）。"),
    ("The penalty's gradient has the wrong sign: dW gets + lambd / m * W, which pulls the "
     "weights towards 0.",
     "惩罚项梯度的符号错了：dW 应该 + lambd / m * W，这一项把权重拉向 0。"),
    ("dW is m times too large (a sum over the samples, not a mean): keep propagate's dW and "
     "add lambd / m * W.",
     "dW 大了 m 倍（是对样本求和，而不是求平均）：请保留 propagate 给出的 dW，再加上 "
     "lambd / m * W。"),
    ("The penalty's gradient divides by n = X.shape[0], the number of features; divide by "
     "m = X.shape[1], the number of samples.",
     "惩罚项的梯度除以的是特征数 n = X.shape[0]；应该除以样本数 m = X.shape[1]。"),
    ("dW adds the gradient of ||W||, not of ||W||^2 / 2: add lambd / m * W.",
     "dW 加的是 ||W|| 的梯度，而不是 ||W||^2 / 2 的梯度：请加上 lambd / m * W。"),
    ("db has the penalty too: b is not penalised, so db stays propagate's mean(A - Y).",
     "db 也加了惩罚：b 不受惩罚，所以 db 应保持 propagate 给出的 mean(A - Y)。"),
    ("dW adds 2 * lambd / m * W, twice the penalty's gradient: the derivative of "
     "lambd / (2m) * w^2 is lambd / m * w (the 2 of the square cancels the 1/2). Add "
     "lambd / m * W.",
     "dW 加的是 2 * lambd / m * W，是惩罚项梯度的两倍：lambd / (2m) * w^2 的导数是 "
     "lambd / m * w（平方带来的 2 和 1/2 相消）。请加上 lambd / m * W。"),
    ("dW adds lambd / m * np.sum(W), the same number to every weight: each weight gets its "
     "own share, lambd / m * W (no sum).",
     "dW 加的是 lambd / m * np.sum(W)，给每个权重加的都是同一个数：每个权重应该得到自己"
     "的那一份，lambd / m * W（不求和）。"),
    # the same slip in the cost and in the gradient
    ("There is no penalty at all: the cost needs + lambd / (2 * m) * np.sum(W ** 2) and dW "
     "needs + lambd / m * W.",
     "完全没有惩罚项：代价需要 + lambd / (2 * m) * np.sum(W ** 2)，dW 需要 "
     "+ lambd / m * W。"),
    ("The penalty is missing its 1/m in both the cost and dW: use lambd / (2 * m) * "
     "np.sum(W ** 2) and lambd / m * W, with m = X.shape[1] samples.",
     "代价和 dW 中的惩罚项都少了 1/m：请用 lambd / (2 * m) * np.sum(W ** 2) 和 "
     "lambd / m * W，其中 m = X.shape[1] 是样本数。"),
    ("b is penalised in both the cost and db: the penalty is on W only, so leave b out of it "
     "and keep propagate's db.",
     "代价和 db 里都惩罚了 b：惩罚项只加在 W 上，所以不要把 b 放进去，并保留 propagate "
     "给出的 db。"),
    ("The penalty has the wrong sign in both the cost and dW: add it, + lambd / (2 * m) * "
     "np.sum(W ** 2) and + lambd / m * W.",
     "代价和 dW 中惩罚项的符号都错了：要加上它，+ lambd / (2 * m) * np.sum(W ** 2) 和 "
     "+ lambd / m * W。"),
    ("The penalty divides by n = X.shape[0] (the features) in both the cost and dW; divide "
     "by m = X.shape[1], the number of samples.",
     "代价和 dW 中的惩罚项都除以了 n = X.shape[0]（特征数）；应该除以样本数 "
     "m = X.shape[1]。"),
    ("The penalty uses ||W|| instead of ||W||^2 in both the cost and dW: square the "
     "weights, np.sum(W ** 2), whose gradient gives lambd / m * W.",
     "代价和 dW 中的惩罚项都用了 ||W||，而不是 ||W||^2：请把权重平方，np.sum(W ** 2)，"
     "它的梯度给出 lambd / m * W。"),
    ("The penalty uses np.sum(W) ** 2, the square of the sum, in both the cost and dW: use "
     "the sum of the squares, np.sum(W ** 2), in the cost and lambd / m * W in dW.",
     "代价和 dW 中的惩罚项都用了 np.sum(W) ** 2，即和的平方：代价里请用平方之和 "
     "np.sum(W ** 2)，dW 里请用 lambd / m * W。"),
    ("The penalty is counted twice, in both the cost and dW. If you called core.propagate "
     "with lambd, it already adds the penalty: call it without lambd, then add "
     "lambd / (2 * m) * np.sum(W ** 2) and lambd / m * W once.",
     "惩罚项在代价和 dW 中都算了两次。如果你带 lambd 调用了 core.propagate，它已经加上了"
     "惩罚项：请不带 lambd 调用它，然后把 lambd / (2 * m) * np.sum(W ** 2) 和 "
     "lambd / m * W 各加一次。"),
    # what follows a diagnosis
    (" dW or db is wrong too: fix the cost, then check again.",
     "dW 或 db 也不对：先改正代价，再检查一次。"),
    ("Look for a size fixed in your code (the notebook's m, or a number of features) instead "
     "of read from X: m = X.shape[1].",
     "请找一找代码里有没有写死的尺寸（笔记本里的 m，或某个特征数），它应该从 X 读出："
     "m = X.shape[1]。"),
]
CATALOGUE += [(re.escape(english), chinese) for english, chinese in _LESSON10]
