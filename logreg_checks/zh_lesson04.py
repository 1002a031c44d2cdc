"""Lesson 04's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

# how propagate must return its values, as the check writes it
FORM = r"return grads, cost with grads = \{'dW': dW, 'db': db\}"
FORM_ZH = r"return grads, cost，其中 grads = {'dW': dW, 'db': db}"
# m/n: a size read from the wrong place
OFF_BY = (r"off by m/n = (?P<m>\d+)/(?P<n>\d+): m is the number of samples, X\.shape\[1\] = "
          r"(?P=m), not X\.shape\[0\] = (?P=n)")
OFF_BY_ZH = (r"差了一个因子 m/n = \g<m>/\g<n>：m 是样本数，X.shape[1] = \g<m>，"
             r"不是 X.shape[0] = \g<n>")

CATALOGUE = [
    # ------------------------------------------------------------ what propagate returned
    (r"Swapped return values: propagate returned \(cost, grads\), but the order is "
     r"\(grads, cost\)\. Write `return grads, cost`\.",
     r"返回值的顺序颠倒了：propagate 返回的是 (cost, grads)，而顺序应该是 (grads, cost)。"
     r"请写 `return grads, cost`。"),
    (r"propagate returned only the dict of gradients; it must return two values, grads "
     rf"first, then the cost: {FORM}\.",
     rf"propagate 只返回了梯度的字典；它必须返回两个值，先是 grads，然后是代价：{FORM_ZH}。"),
    (rf"propagate returned (?P<k>\d+) values; it must return exactly two: {FORM}\.",
     rf"propagate 返回了 \g<k> 个值；它必须恰好返回两个值：{FORM_ZH}。"),
    (rf"propagate returned an? (?P<t>\w+); it must return two values: {FORM}\.",
     rf"propagate 返回了一个 \g<t>；它必须返回两个值：{FORM_ZH}。"),
    (r"grads is an? (?P<t>\w+), not a dict: the check looks the gradients up by name\. Use "
     r"grads = \{'dW': dW, 'db': db\}\.",
     r"grads 是一个 \g<t>，而不是字典（dict）：自检要按名字查找梯度。"
     r"请用 grads = {'dW': dW, 'db': db}。"),
    (r"The first value propagate returns must be the dict grads; it is an? (?P<t>\w+)\. "
     r"Return grads, cost with grads = \{'dW': dW, 'db': db\}\.",
     rf"propagate 返回的第一个值必须是字典 grads；它却是一个 \g<t>。请写 {FORM_ZH}。"),
    (r"grads has the keys (?P<keys>\[.*?\]): spelled differently from 'dW' and 'db'\. Keys "
     r"are case-sensitive: use exactly 'dW' \(capital W\) and 'db' \(small b\)\.",
     r"grads 的键是 \g<keys>：拼写和 'dW'、'db' 不同。键区分大小写：请恰好使用 "
     r"'dW'（大写 W）和 'db'（小写 b）。"),
    (r"grads has the keys (?P<keys>\[.*?\]); it needs 'dW' and 'db'\. Use "
     r"grads = \{'dW': dW, 'db': db\}\.",
     r"grads 的键是 \g<keys>；它需要 'dW' 和 'db'。请用 grads = {'dW': dW, 'db': db}。"),
    # ------------------------------------------------------------ dW
    (r"dW is an? (?P<t>\w+); it must be a numpy array of shape \((?P<n>\d+), 1\)\. Keep "
     r"X @ dZ\.T / m as it is, without \.tolist\(\)\.",
     r"dW 是一个 \g<t>；它必须是形状为 (\g<n>, 1) 的 numpy 数组。请让 X @ dZ.T / m "
     r"保持原样，不要用 .tolist()。"),
    (r"dW is an? (?P<t>\w+), not an array of numbers\. Use dW = X @ dZ\.T / m\.",
     r"dW 是一个 \g<t>，而不是由数组成的数组。请用 dW = X @ dZ.T / m。"),
    (r"dW has shape \(1, (?P<n>\d+)\), the transpose of W's \((?P=n), 1\)\. Use X @ dZ\.T: "
     r"\((?P=n), m\) times \(m, 1\) gives \((?P=n), 1\)\.",
     r"dW 的形状是 (1, \g<n>)，是 W 的形状 (\g<n>, 1) 的转置。请用 X @ dZ.T："
     r"(\g<n>, m) 乘以 (m, 1) 得到 (\g<n>, 1)。"),
    (r"dW has the right numbers, but as a flat array of shape \((?P<n>\d+),\); W is a column "
     r"of shape \((?P=n), 1\)\. Use X @ dZ\.T / m, which keeps the column shape\.",
     r"dW 的数是对的，但它是形状为 (\g<n>,) 的一维数组；而 W 是形状为 (\g<n>, 1) 的一列。"
     r"请用 X @ dZ.T / m，它会保持列的形状。"),
    (r"dW has shape \((?P<n>\d+), (?P<m>\d+)\): X \* dZ multiplies element by element and "
     r"keeps one product per feature and sample\. The matrix product @ also adds them up "
     r"over the samples: use dW = X @ dZ\.T / m, shape \((?P=n), 1\)\.",
     r"dW 的形状是 (\g<n>, \g<m>)：X * dZ 是逐元素相乘，每个特征、每个样本各留下一个乘积。"
     r"矩阵乘法 @ 则会再把它们对所有样本加起来：请用 dW = X @ dZ.T / m，形状为 (\g<n>, 1)。"),
    (r"dW is one number; it must hold one slope per weight, an array of W's shape "
     r"\((?P<n>\d+), 1\)\. Use X @ dZ\.T / m: np\.mean or np\.sum of X \* dZ alone adds up "
     r"everything\.",
     r"dW 是一个数；它必须为每个权重存放一个斜率，是和 W 形状相同的 (\g<n>, 1) 数组。"
     r"请用 X @ dZ.T / m：只对 X * dZ 取 np.mean 或 np.sum，会把所有的数加成一个。"),
    (r"dW must have W's shape \((?P<n>\d+), 1\); got (?P<got>.+?)\. Use X @ dZ\.T: "
     r"\((?P=n), m\) times \(m, 1\) gives \((?P=n), 1\)\.",
     r"dW 必须和 W 的形状 (\g<n>, 1) 一样；得到的却是 \g<got>。请用 X @ dZ.T："
     r"(\g<n>, m) 乘以 (m, 1) 得到 (\g<n>, 1)。"),
    (r"dW is (?P<m>\d+) times too large: the sum over the (?P=m) samples, without 1/m\. If "
     r"you divided by len\(Y\), that is 1 \(Y is one row\)\. Divide by m = X\.shape\[1\] = "
     r"(?P=m)\.",
     r"dW 是正确值的 \g<m> 倍：这是对 \g<m> 个样本求的和，少了 1/m。如果你除以的是 "
     r"len(Y)，它等于 1（Y 只有一行）。请除以 m = X.shape[1] = \g<m>。"),
    (r"dW is the gradient at b = 0: did you forget \+ b in z = W\.T @ X \+ b\? Add it\.",
     r"dW 是 b = 0 时的梯度：是不是在 z = W.T @ X + b 中忘了 + b？请把它加上。"),
    (r"dW has the wrong sign: dZ = A - Y, not Y - A\. Write A - Y where you wrote Y - A\.",
     r"dW 的符号反了：dZ = A - Y，不是 Y - A。请把 Y - A 改成 A - Y。"),
    (rf"dW is {OFF_BY} \(the features\)\. Use m = X\.shape\[1\]\.",
     rf"dW {OFF_BY_ZH}（特征数）。请用 m = X.shape[1]。"),
    (r"dW is (?P<m>\d+) times too small: did you divide by m twice\? Divide once\.",
     r"dW 太小了，是正确值除以 \g<m>：是不是除了两次 m？请只除一次。"),
    (r"dW uses the squared error's dz = \(A - Y\) A \(1 - A\) \(section 6\)\. With the "
     r"cross-entropy the factor A \(1 - A\) cancels: use dZ = A - Y\.",
     r"dW 用的是平方误差的 dz = (A - Y) A (1 - A)（第 6 节）。用交叉熵时，因子 "
     r"A (1 - A) 被消去了：请用 dZ = A - Y。"),
    (r"A has the sigmoid's sign flipped: 1 / \(1 \+ np\.exp\(Z\)\) is sigma\(-Z\)\. Write "
     r"1 / \(1 \+ np\.exp\(-Z\)\), or use core\.sigmoid\(Z\)\.",
     r"A 中 Sigmoid 函数的符号反了：1 / (1 + np.exp(Z)) 是 sigma(-Z)。请写 "
     r"1 / (1 + np.exp(-Z))，或者用 core.sigmoid(Z)。"),
    (r"dW uses A where it needs dZ = A - Y: dW = X @ dZ\.T / m\. Subtract Y first\.",
     r"dW 在该用 dZ = A - Y 的地方用了 A：dW = X @ dZ.T / m。请先减去 Y。"),
    (r"dW is wrong: dW\[(?P<i>\d+), 0\] = (?P<got>\S+), expected (?P<want>\S+)\. Use "
     r"dW = X @ dZ\.T / m with dZ = A - Y\.",
     r"dW 不对：dW[\g<i>, 0] = \g<got>，应为 \g<want>。请用 dW = X @ dZ.T / m，"
     r"其中 dZ = A - Y。"),
    # ------------------------------------------------------------ a product that does not fit
    (r"A shape mismatch in a matrix product \(Python said: ",
     r"矩阵乘法中的形状对不上（"),
    (r"The inner sizes must match: Z = W\.T @ X \+ b is (?P<z>\(\d+, \d+\) @ \(\d+, \d+\)); "
     r"dW = X @ dZ\.T / m is (?P<dw>\(\d+, \d+\) @ \(\d+, \d+\))\. Fix the product that does "
     r"not fit these shapes\.",
     r"中间的两个大小必须相同：Z = W.T @ X + b 是 \g<z>；dW = X @ dZ.T / m 是 \g<dw>。"
     r"请改正不符合这些形状的那个乘法。"),
    # ------------------------------------------------------------ db
    (r"dW is right, but db is (?P<m>\d+) times too large: use the mean of dZ, not its sum\.",
     r"dW 是对的，但 db 是正确值的 \g<m> 倍：请用 dZ 的平均值，而不是它的和。"),
    (rf"dW is right, but db is {OFF_BY}\. Use np\.mean\(dZ\)\.",
     rf"dW 是对的，但 db {OFF_BY_ZH}。请用 np.mean(dZ)。"),
    (r"db is the gradient at b = 0: did you forget \+ b in z\? Add it\.",
     r"db 是 b = 0 时的梯度：是不是在 z 中忘了 + b？请把它加上。"),
    (r"dW is right, but db has the wrong sign: db = mean\(A - Y\)\. Fix its sign\.",
     r"dW 是对的，但 db 的符号反了：db = mean(A - Y)。请改正它的符号。"),
    (r"dW is right, but db is wrong: db = (?P<got>\S+), expected (?P<want>\S+) = "
     r"mean\(A - Y\)\. Use np\.mean\(dZ\)\.",
     r"dW 是对的，但 db 不对：db = \g<got>，应为 \g<want> = mean(A - Y)。"
     r"请用 np.mean(dZ)。"),
    (r"db has the right value but is an array of shape (?P<s>\([\d, ]*\)), not a plain "
     r"number\. Make it one: db = float\(np\.mean\(dZ\)\)\.",
     r"db 的值是对的，但它是形状为 \g<s> 的数组，而不是普通的数。请把它变成一个数："
     r"db = float(np.mean(dZ))。"),
    # the fixes after the shared "Instead, " (请改为：) of common._one_number
    (r"use db = float\(np\.mean\(dZ\)\)\.", r"用 db = float(np.mean(dZ))。"),
    # ------------------------------------------------------------ the cost
    (r"The cost is (?P<c>-?\d+\.\d+), expected (?P<w>-?\d+\.\d+)\.",
     r"代价是 \g<c>，应为 \g<w>。"),
    (r"The gradients are right, but the cost lacks the y factor in front of np\.log\(A\) "
     r"\(the source post's bug\)\.",
     r"梯度是对的，但代价在 np.log(A) 前面少了因子 y（这是源文章的错误）。"),
    (r"Use Y \* np\.log\(A\) \+ \(1 - Y\) \* np\.log\(1 - A\)\.",
     r"请用 Y * np.log(A) + (1 - Y) * np.log(1 - A)。"),
    (r"The gradients are right, but the cost has the wrong sign\.",
     r"梯度是对的，但代价的符号反了。"),
    (r"The loss is -\(y log a \+ \(1 - y\) log\(1 - a\)\): put a minus in front of the "
     r"mean\.",
     r"损失是 -(y log a + (1 - y) log(1 - a))：请在平均值前面加一个负号。"),
    (r"The gradients are right, but the cost is (?P<m>\d+) times too large: the sum of the "
     r"losses\. Divide the sum by m = X\.shape\[1\], or use np\.mean\.",
     r"梯度是对的，但代价是正确值的 \g<m> 倍：这是损失的总和。请把总和除以 "
     r"m = X.shape[1]，或者用 np.mean。"),
    (rf"The gradients are right, but the cost is {OFF_BY}\. Use np\.mean\.",
     rf"梯度是对的，但代价{OFF_BY_ZH}。请用 np.mean。"),
    (r"The cost is the one at b = 0: did you forget \+ b in z\? Add it\.",
     r"代价是 b = 0 时的值：是不是在 z 中忘了 + b？请把它加上。"),
    (r"The gradients are right, but the cost has eps = 1e-5 inside the logs \(the source "
     r"post's final version\), which makes it a little too low\.",
     r"梯度是对的，但代价在对数里加了 eps = 1e-5（源文章的最终版），这让它偏低了一点。"),
    (r"Remove the eps: A is never 0 or 1 here\.",
     r"请去掉 eps：这里的 A 从来不会恰好是 0 或 1。"),
    (r"The gradients are right, but the cost uses log base 10 \(lg, np\.log10\)\.",
     r"梯度是对的，但代价用的是以 10 为底的对数（lg，np.log10）。"),
    (r"Use the natural log np\.log\.", r"请用自然对数 np.log。"),
    (r"The gradients are right, but the cost is wrong\.", r"梯度是对的，但代价不对。"),
    (r"Use -np\.mean\(Y \* np\.log\(A\) \+ \(1 - Y\) \* np\.log\(1 - A\)\)\.",
     r"请用 -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))。"),
    (r"The cost has the right value but is an array of shape (?P<s>\([\d, ]*\)), not a plain "
     r"number\. Make it one: cost = cost\.item\(\)\.",
     r"代价的值是对的，但它是形状为 \g<s> 的数组，而不是普通的数。请把它变成一个数："
     r"cost = cost.item()。"),
    (r"make it one float: float\(-np\.mean\(Y \* np\.log\(A\) \+ \(1 - Y\) \* "
     r"np\.log\(1 - A\)\)\)\.",
     r"返回一个浮点数，即 float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))。"),
    # the name common._one_number's shared sentences keep in English
    (r"^The cost (?=[\u4e00-\u9fff])", r"代价"),
    # ------------------------------------------------------------ the check's other cases
    (r"n = (\d+) features?, m = (\d+) samples?", r"n = \1 个特征，m = \2 个样本"),
    (r"X holds integers, n = (\d+), m = (\d+)", r"X 是整数数组，n = \1，m = \2"),
    (r"b = 0 is an integer", r"b = 0 是整数"),
    (r"Look for a size fixed in your code \(the notebook's m or n, or two features\) instead "
     r"of read from X: m = X\.shape\[1\]\.",
     r"请找一找代码里写死的大小（笔记本里的 m 或 n，或者固定的两个特征），它应该从 X "
     r"读出：m = X.shape[1]。"),
    # ------------------------------------------------------------ right
    (r"propagate is right: cost (?P<c>\S+), db (?P<db>\S+), dW of shape (?P<s>\(\d+, 1\)), "
     r"also for other numbers of features and samples\.",
     r"propagate 是对的：代价 \g<c>，db \g<db>，dW 的形状为 \g<s>；换成别的特征数和样本数"
     r"也对。"),
]
