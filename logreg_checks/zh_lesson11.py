"""Lesson 11's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
The checks' case names ("3 classes, 4 samples", ...) are put in “” by the sentences here
and translated last, inside those quotes only, so no other lesson's message is touched.
"""

from .messages_zh import AGAIN, NAME

_SHAPE = r"\(\d+(?:, \d+)?,?\)"
_KEEP = r"Z\.max\(axis=0, keepdims=True\)"
_SUM = r"\.sum\(axis=0, keepdims=True\)"

CATALOGUE = [
    # softmax: the usual mistakes, one message each
    (rf"Right for small scores, but for scores near 1000 np\.exp overflows to inf and inf / "
     rf"inf gives nan: the largest score was not subtracted\. Subtract each column's largest "
     rf"score first: Z - {_KEEP}\.",
     r"分数小的时候是对的，但分数接近 1000 时，np.exp 会溢出（overflow）成 inf，而 inf / inf "
     r"得到 nan：没有减去最大的分数。请先减去每一列的最大分数：Z - Z.max(axis=0, keepdims=True)。"),
    (rf"You subtracted the largest score of the whole array \(Z\.max\(\)\), not of each "
     rf"column\. When one sample's scores are far below another's, all its exp\(\.\.\.\) become "
     rf"0 and 0 / 0 gives nan\. Use {_KEEP}\.",
     r"你减去的是整个数组的最大分数（Z.max()），而不是每一列的最大分数。一个样本的分数远远低于"
     r"另一个样本时，它的 exp(...) 全都变成 0，而 0 / 0 得到 nan。请用 "
     r"Z.max(axis=0, keepdims=True)。"),
    (rf"The sum is over the wrong axis: each row sums to 1, but each column \(one sample\) "
     rf"must\. Sum over the classes: {_SUM}\.",
     r"求和的轴（axis）错了：现在是每一行加起来等于 1，但应该是每一列（一个样本）这样。"
     r"请对类别求和：.sum(axis=0, keepdims=True)。"),
    (rf"The sum is over the wrong axis \(each row sums to 1; each column must\), and the "
     rf"largest score is not subtracted\. Use Z - {_KEEP} and {_SUM}\.",
     r"求和的轴错了（现在每一行加起来等于 1，应该是每一列这样），而且没有减去最大的分数。"
     r"请用 Z - Z.max(axis=0, keepdims=True) 和 .sum(axis=0, keepdims=True)。"),
    (rf"You divided by the sum of the whole array, so all the numbers together sum to 1\. "
     rf"Each column \(one sample\) must sum to 1: {_SUM}\.",
     r"你除以的是整个数组的和，所以是所有的数合在一起等于 1。应该是每一列（一个样本）加起来"
     r"等于 1：.sum(axis=0, keepdims=True)。"),
    (rf"You used axis=1 for the maximum and the sum: that works along each row \(one class\), "
     rf"so each row sums to 1\. Each column \(one sample\) must sum to 1: use axis=0 in both, "
     rf"{_KEEP} and {_SUM}\.",
     r"你取最大值和求和时都用了 axis=1：这是沿着每一行（一个类别）计算，所以每一行加起来等于 1。"
     r"应该是每一列（一个样本）加起来等于 1：两处都用 axis=0，即 Z.max(axis=0, keepdims=True) "
     r"和 .sum(axis=0, keepdims=True)。"),
    (rf"You subtracted the largest score of each row \(axis=1\): that is a different number "
     rf"for each class, which changes the answer\. Subtract each column's largest score: "
     rf"{_KEEP}\.",
     r"你减去的是每一行的最大分数（axis=1）：每个类别减去的数不一样，这会改变答案。请减去每一列"
     r"的最大分数：Z.max(axis=0, keepdims=True)。"),
    (rf"You computed exp\(Z - max\) but did not divide by the column's sum, so the columns do "
     rf"not sum to 1\. Divide by {_SUM}\.",
     r"你算出了 exp(Z - max)，但没有除以这一列的和，所以各列加起来不等于 1。请除以 "
     r".sum(axis=0, keepdims=True)。"),
    (r"That is the sigmoid of each score on its own; the columns do not sum to 1\. Softmax "
     r"divides exp of each score by the sum of exp over the column\.",
     r"这是对每个分数单独取 Sigmoid；各列加起来不等于 1。softmax 是用每个分数的 exp，除以这一列"
     r"所有 exp 的和。"),
    # softmax: what came back
    (r"Your function changes the array it was given \(for example Z -= \.\.\. or Z\[\.\.\.\] = "
     r"\.\.\.\), and the check hands it a read-only array\. Compute on a copy: write "
     r"Z = Z - \.\.\. or E = np\.exp\(\.\.\.\), which make new arrays\. Then run the check "
     r"again\.",
     r"你的函数修改了传给它的数组（例如 Z -= ... 或 Z[...] = ...），而自检交给它的是只读"
     r"（read-only）数组。请在副本上计算：写 Z = Z - ... 或 E = np.exp(...)，它们会新建数组。"
     r"然后再运行一次自检。"),
    (rf"For Z of shape (?P<shape>{_SHAPE}) \((?P<case>.+?)\) softmax returned shape "
     rf"(?P<got>{_SHAPE}) \(the shape of Z turned around: keep \(K, m\)\)\. Return one "
     rf"probability per entry of Z, shape (?P=shape): keep keepdims=True when you take max "
     r"and sum\.",
     r"对形状为 \g<shape> 的 Z（“\g<case>”），softmax 返回的形状是 \g<got>（把 Z 的形状倒过来了："
     r"要保持 (K, m)）。Z 的每个元素对应一个概率，形状应为 \g<shape>：取最大值和求和时要加上 "
     r"keepdims=True。"),
    (rf"For Z of shape (?P<shape>{_SHAPE}) \((?P<case>.+?)\) softmax returned shape "
     rf"(?P<got>{_SHAPE})\. Return one probability per entry of Z, shape (?P=shape): keep "
     r"keepdims=True when you take max and sum\.",
     r"对形状为 \g<shape> 的 Z（“\g<case>”），softmax 返回的形状是 \g<got>。Z 的每个元素对应"
     r"一个概率，形状应为 \g<shape>：取最大值和求和时要加上 keepdims=True。"),
    (r"softmax returned an? (?P<kind>list|tuple), not a numpy array\. Compute with numpy on Z "
     r"\(np\.exp, \.max, \.sum, /\), which gives an array, or convert with np\.array\(\.\.\.\)\.",
     r"softmax 返回了一个 \g<kind>，不是 numpy 数组。请用 numpy 对 Z 计算"
     r"（np.exp、.max、.sum、/），结果就是数组；或者用 np.array(...) 转换。"),
    (r"softmax returned (?P<kind>\w+), not an array of numbers\. Return an array of "
     r"probabilities of the shape of Z\.",
     r"softmax 返回了 \g<kind> 对象，不是由数构成的数组。请返回一个和 Z 形状相同的概率数组。"),
    (r"(?s)softmax gives a wrong answer for (?P<case>[^\n]+?)\. Z =\n(?P<Z>.*?)\nexpected\n"
     r"(?P<want>.*?)\ngot\n(?P<got>.*?)\nEach column must be exp\(Z - max\) divided by its "
     r"sum\.",
     r"softmax 在“\g<case>”这个例子上的答案不对。Z =\n\g<Z>\n正确的答案：\n\g<want>\n"
     r"你的函数给出：\n\g<got>\n每一列都应该是 exp(Z - max) 除以这一列的和。"),
    (r"softmax is right: every column sums to 1, also for integer scores, scores near 1000 and "
     r"samples whose scores are far apart\.",
     r"softmax 正确：每一列加起来都等于 1，对整数分数、接近 1000 的分数，以及分数相距很远的"
     r"样本也是这样。"),
    (rf"{NAME} raised NotImplementedError from inside (?P<inner>\w+)\(\), which it calls: "
     r"(?P=inner) is still the unfilled stub\. Fill in (?P=inner) first \(or call "
     r"sm\.(?P=inner)\), run its cell, then run this check again\.",
     rf"\g<name> 抛出了 NotImplementedError（未实现错误），它来自 \g<name> 调用的 \g<inner>()："
     rf"\g<inner> 还是没有补全的空函数。请先补全 \g<inner>（或者改为调用 sm.\g<inner>），"
     rf"运行它所在的单元格{AGAIN}。"),
    # softmax_cost: the usual mistakes
    (r"You summed the losses of the samples but did not divide by m: the cost is the mean "
     r"over the samples\. Use np\.mean over axis 0's sums, or divide by m = Z\.shape\[1\]\.",
     r"你把各个样本的损失加了起来，但没有除以 m：代价是对样本取的平均值。请先沿 axis 0 求和，"
     r"得到每个样本的损失，再用 np.mean 取平均；或者把总和除以 m = Z.shape[1]。"),
    (r"The mean is over the wrong axis: you took the mean of all K × m entries, so the cost "
     r"is K times too small\. Sum over the classes \(axis=0\) first, then take the mean over "
     r"the samples\.",
     r"取平均的轴错了：你对全部 K × m 个元素取了平均，所以代价小了 K 倍。请先对类别求和"
     r"（axis=0），再对样本取平均。"),
    (r"The cost has the wrong sign: log of a probability is negative, so the cost is MINUS "
     r"the mean of sum\(Y \* log A\)\. Add the minus sign\.",
     r"代价的符号错了：概率的对数是负数，所以代价是 sum(Y * log A) 的平均值再取负。"
     r"请加上负号。"),
    (r"That is the yes/no \(binary\) cross-entropy of K separate neurons: it adds "
     r"\(1 - Y\) log\(1 - A\)\. The softmax cost keeps only -sum\(Y \* log A\): the other "
     r"classes count through the division inside softmax\.",
     r"这是 K 个各自独立的神经元的是/否（二分类，binary）交叉熵：它多加了 "
     r"(1 - Y) log(1 - A)。softmax 的代价只保留 -sum(Y * log A)：其他类别是通过 softmax 里的"
     r"除法起作用的。"),
    (r"That is the yes/no \(binary\) cross-entropy of lesson (?P<n>\d+) applied to every "
     r"entry: it adds \(1 - Y\) log\(1 - A\)\. The softmax cost keeps only -sum\(Y \* log A\) "
     r"of each column: the other classes count through the division inside softmax\. Then "
     r"take the mean over the samples\.",
     r"这是把第 \g<n> 课的是/否（二分类，binary）交叉熵用在了每一个元素上：它多加了 "
     r"(1 - Y) log(1 - A)。softmax 的代价对每一列只保留 -sum(Y * log A)：其他类别是通过 "
     r"softmax 里的除法起作用的。然后再对样本取平均。"),
    (r"The sum and the mean are over the wrong axes: you summed over the samples \(axis=1\) "
     r"and took the mean over the classes\. Sum over the classes first, "
     r"np\.sum\(\.\.\., axis=0\), then take the mean over the samples\.",
     r"求和与取平均的轴都错了：你对样本求了和（axis=1），又对类别取了平均。请先对类别求和，"
     r"np.sum(..., axis=0)，再对样本取平均。"),
    (r"You took the mean of log A over every entry without multiplying by Y: only the log "
     r"probability of each sample's true class counts\. Use -np\.sum\(Y \* log A, axis=0\), "
     r"then the mean\.",
     r"你对 log A 的所有元素取了平均，却没有乘以 Y：只有每个样本真实类别的对数概率才算数。"
     r"请用 -np.sum(Y * log A, axis=0)，再取平均。"),
    (r"Right for small scores, but for scores near 1000 np\.exp overflows and the cost "
     r"becomes nan or inf: the largest score was not subtracted\. Use your stable softmax, or "
     r"log A = Z - max - log\(sum\(exp\(Z - max\)\)\)\.",
     r"分数小的时候是对的，但分数接近 1000 时，np.exp 会溢出，代价变成 nan 或 inf：没有减去"
     r"最大的分数。请用你写的稳定 softmax，或者 log A = Z - max - log(sum(exp(Z - max)))。"),
    # softmax_cost: what came back
    (r"For (?P<m>\d+) samples softmax_cost returned (?P=m) numbers, one loss per sample: take "
     r"their mean with np\.mean\(\.\.\.\) to get one number\.",
     r"对 \g<m> 个样本，softmax_cost 返回了 \g<m> 个数，每个样本一个损失：请用 np.mean(...) "
     r"取它们的平均值，得到一个数。"),
    (r"softmax_cost returned (?P<k>\d+) numbers, one per class: the sum is over the wrong "
     r"axis\. Sum over the classes \(axis=0\), then take the mean over the samples\.",
     r"softmax_cost 返回了 \g<k> 个数，每个类别一个：求和的轴错了。请对类别求和（axis=0），"
     r"再对样本取平均。"),
    (r"softmax_cost's answer ?", r"softmax_cost 返回的值"),
    (r"return one float: the mean over the samples\.", r"返回一个浮点数，即对样本取的平均值。"),
    (r"(?s)softmax_cost gives (?P<got>\S+) for (?P<case>[^\n]+?); expected (?P<want>\S+)\. "
     r"Z =\n(?P<Z>.*?)\nY =\n(?P<Y>.*?)\nThe cost is the mean over the columns of "
     r"-sum\(Y \* log A\)\.",
     r"softmax_cost 在“\g<case>”这个例子上给出 \g<got>；正确的值是 \g<want>。Z =\n\g<Z>\n"
     r"Y =\n\g<Y>\n代价是 -sum(Y * log A) 在各列上的平均值。"),
    (r"softmax_cost is not right on every case; compare it with the formula\.",
     r"softmax_cost 并不是在每个例子上都对；请和公式对照一下。"),
    (r"softmax_cost is right: one number, the mean over the samples of -log\(probability of "
     r"the true class\), finite for scores near 1000\.",
     r"softmax_cost 正确：它是一个数，即 -log(真实类别的概率) 在样本上的平均值；分数接近 1000 "
     r"时也是有限的数。"),
    # a question, then the shared "fix that line": "...变量？ 请改正" -> "...变量？请改正"
    (r"？ (?=请改正函数中出错的那一行)", r"？"),
    # the checks' case names, inside the “” the sentences above put around them
    (r"“(\d+) classes, (\d+) samples?”", r"“\1 个类别、\2 个样本”"),
    (r"“integer scores (\(\d+, \d+\))”", r"“整数分数 \1”"),
    (r"“scores near 1000 (\(\d+, \d+\))”", r"“接近 1000 的分数 \1”"),
    (r"“columns far apart (\(\d+, \d+\))”", r"“相距很远的列 \1”"),
]
