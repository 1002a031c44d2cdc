"""Lesson 03's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

from .messages_zh import NAME

# the formulas the messages quote, as patterns
_TERMS = r"Y \* np\.log\(A\) \+ \(1 - Y\) \* np\.log\(1 - A\)"
_NUMBER = r"-?\d+\.\d+"

CATALOGUE = [
    # what came back instead of one number (the shared sentences keep "What ... returned")
    (rf"^What {NAME} returned for predictions near 0 and 1 ",
     r"对接近 0 和 1 的预测，\g<name> 返回的值"),
    (rf"^What {NAME} returned ", r"\g<name> 返回的值"),
    # the learner's error
    (r"np\.dot of two rows: Y and A are both (?P<shape>\(\d+, \d+\)), so np\.dot\(Y, "
     r"np\.log\(A\)\) multiplies \(1, m\) by \(1, m\), which fails \(",
     r"对两行用了 np.dot：Y 和 A 的形状都是 \g<shape>，所以 np.dot(Y, np.log(A)) 是用 "
     r"(1, m) 乘 (1, m)，这会出错（"),
    (r"\)\. Use elementwise \* with np\.mean, or np\.dot\(Y, np\.log\(A\)\.T\)\.",
     r"）。请用逐元素（elementwise）的 * 加上 np.mean，或者写 np.dot(Y, np.log(A).T)。"),
    (rf"{NAME} returned shape \((?P<m>\d+), (?P=m)\): a column times a row, \(m, 1\) @ "
     r"\(1, m\), gives all m x m products\. Put the row first, np\.dot\(Y, np\.log\(A\)\.T\), "
     r"or use elementwise \* with np\.mean\.",
     r"\g<name> 返回的形状是 (\g<m>, \g<m>)：一列乘一行，(m, 1) @ (1, m)，会得到全部 m x m "
     r"个乘积。请把行放在前面，np.dot(Y, np.log(A).T)，或者用逐元素的 * 加上 np.mean。"),
    (rf"{NAME} returned nan: a log of a negative number, or 0 times inf\. Check that you "
     r"wrote np\.log\(1 - A\), not np\.log\(A - 1\), then run the check again\.",
     r"\g<name> 返回了 nan（“不是一个数”）：对负数取了对数，或者用 0 乘了 inf。请检查你写的"
     r"是 np.log(1 - A)，而不是 np.log(A - 1)，然后再运行一次自检。"),
    (rf"{NAME} returned (?P<v>-?inf): a log of 0 somewhere, yet A is never 0 or 1 here\. Did "
     r"you swap A and Y \(np\.log\(Y\) is log 0 for the labels 0\)\? Take the logs of A and "
     r"1 - A only\.",
     r"\g<name> 返回了 \g<v>：某处对 0 取了对数，可是这里的 A 从不等于 0 或 1。是不是把 A "
     r"和 Y 弄反了（对标签 0，np.log(Y) 就是 log 0）？只对 A 和 1 - A 取对数。"),
    # the returned value against the right one
    (rf"You returned (?P<got>{_NUMBER}), expected (?P<want>{_NUMBER})\. ?",
     r"你返回的是 \g<got>，正确的值是 \g<want>。"),
    # the usual mistakes, one sentence at a time
    (rf"{NAME} returned the sum of the losses, not their mean\. If you divided by len\(Y\) or "
     r"Y\.shape\[0\], that is 1, because Y is one row\. You returned (?P<got>\S+) = "
     r"(?P<m>\d+) x (?P<want>\S+)\. Use np\.mean, or divide by m = Y\.shape\[1\] = (?P=m)\.",
     r"\g<name> 返回的是损失的和，而不是平均值。如果你除以的是 len(Y) 或 Y.shape[0]，它们"
     r"等于 1，因为 Y 只有一行。你返回的是 \g<got> = \g<m> x \g<want>。请用 np.mean，或者"
     r"除以 m = Y.shape[1] = \g<m>。"),
    (rf"{NAME} returned a negative cost: a sign error\. ",
     r"\g<name> 返回的代价是负数：符号错了。"),
    (rf"log a is below 0, so put a minus in front of the whole sum: -np\.mean\({_TERMS}\)\.",
     r"log a 小于 0，所以要在整个和的前面加负号：-np.mean(Y * np.log(A) + (1 - Y) * "
     r"np.log(1 - A))。"),
    (r"Two mistakes: the first term is missing its factor Y \(the source post's bug\), and "
     r"this is the sum, not the mean \(len\(Y\) is 1; m is Y\.shape\[1\] = (?P<m>\d+)\)\. ",
     r"有两个错误：第一项少了因子 Y（源文章的错误），而且这是和，不是平均值（len(Y) 是 1；"
     r"m 是 Y.shape[1] = \g<m>）。"),
    (rf"Write {_TERMS} and use np\.mean\.",
     r"请写 Y * np.log(A) + (1 - Y) * np.log(1 - A)，并用 np.mean。"),
    (r"The first term is missing its factor Y \(the source post's bug, log\(A\) \+ \(1-Y\) "
     r"log\(1-A\)\)\. ",
     r"第一项少了因子 Y（这是源文章的错误：log(A) + (1-Y) log(1-A)）。"),
    (rf"Write -\({_TERMS}\)\.",
     r"请写 -(Y * np.log(A) + (1 - Y) * np.log(1 - A))。"),
    (rf"Write {_TERMS}\.",
     r"请写 Y * np.log(A) + (1 - Y) * np.log(1 - A)。"),
    (r"You used log base 10 \(lg, np\.log10\), but the loss uses the natural log ln\. You "
     r"returned (?P<got>\S+) = (?P<want>\S+) / ln 10\. Use np\.log\.",
     r"你用了以 10 为底的对数（lg，np.log10），但损失用的是自然对数 ln。你返回的是 "
     r"\g<got> = \g<want> / ln 10。请用 np.log。"),
    (r"You used log base 2 \(np\.log2\), but the loss uses the natural log ln\. You returned "
     r"(?P<got>\S+) = (?P<want>\S+) / ln 2\. Use np\.log\.",
     r"你用了以 2 为底的对数（np.log2），但损失用的是自然对数 ln。你返回的是 "
     r"\g<got> = \g<want> / ln 2。请用 np.log。"),
    (r"The term \(1 - Y\) \* np\.log\(1 - A\) is missing, so the samples with y = 0 do not "
     r"count\. ",
     r"少了 (1 - Y) * np.log(1 - A) 这一项，所以 y = 0 的样本没有算进去。"),
    (r"The term Y \* np\.log\(A\) is missing, so the samples with y = 1 do not count\. ",
     r"少了 Y * np.log(A) 这一项，所以 y = 1 的样本没有算进去。"),
    (r"Add that term\.", r"请加上这一项。"),
    (r"There is an eps = 1e-5 inside the logs \(the source post's version\), and it changes "
     r"the cost\. ",
     r"对数里有一个 eps = 1e-5（源文章的写法），它改变了代价。"),
    (r"Here A is never 0 or 1: remove the eps\.", r"这里的 A 从不等于 0 或 1：请去掉 eps。"),
    (rf"{NAME} returned the loss of the first sample only, not the mean over all samples\. ",
     r"\g<name> 只返回了第一个样本的损失，而不是所有样本的平均损失。"),
    (r"Look at how the samples are added up: a `return` inside a loop stops after the first "
     r"sample \(move it one indent to the left\), and A\[0, 0\] reads one sample only\.",
     r"看看样本是怎样加起来的：写在循环里的 `return` 在第一个样本之后就结束了函数（把它向左"
     r"移一级缩进），而 A[0, 0] 只读出一个样本。"),
    (rf"{NAME} computes the squared error, not the cross-entropy\. ",
     r"\g<name> 算的是平方误差，而不是交叉熵。"),
    (rf"Use the loss of this lesson: -np\.mean\({_TERMS}\)\.",
     r"请用本课的损失：-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))。"),
    (r"The minus sign is on one term only: it must apply to both terms\. ",
     r"负号只作用在一项上：它必须同时作用在两项上。"),
    (rf"{NAME} rounds the cost\. ", r"\g<name> 把代价舍入（round）了。"),
    (r"Return it unrounded: the check compares more digits than you kept\. Round only when "
     r"you print\.",
     r"请返回没有舍入的值：自检比较的位数比你保留的多。只在打印时才舍入。"),
    (r"Close, but a little off: did you add an eps inside the logs, or clip A\? ",
     r"很接近，但差了一点：你是不是在对数里加了 eps，或者截断（clip）了 A？"),
    (r"Here A is never 0 or 1: use np\.log\(A\) and np\.log\(1 - A\) as they are\.",
     r"这里的 A 从不等于 0 或 1：请直接用 np.log(A) 和 np.log(1 - A)。"),
    (rf"{NAME} returns a wrong value, and not one of the usual mistakes\. ",
     r"\g<name> 返回的值不对，而且不是常见的那几种错误。"),
    (r"Compare your code with the formula -\(1/m\) sum\(Y log A \+ \(1 - Y\) log\(1 - A\)\), "
     r"term by term, then run the check again\.",
     r"请把你的代码和公式 -(1/m) sum(Y log A + (1 - Y) log(1 - A)) 逐项对照，然后再运行一次"
     r"自检。"),
    # predictions within 1e-9 of 0 and 1, where an eps shows
    (rf"{NAME} is right for predictions like 0\.3, but for predictions within 1e-9 of 0 and 1 "
     r"it fails: ",
     r"\g<name> 对 0.3 这样的预测是对的，但对离 0 或 1 不到 1e-9 的预测会出错："),
    (rf"{NAME} is right for predictions like 0\.3, but not for predictions within 1e-9 of 0 "
     r"and 1: eps = 1e-5 \(the source post's value\) inside the logs changes the loss there\. ",
     r"\g<name> 对 0.3 这样的预测是对的，但对离 0 或 1 不到 1e-9 的预测不对：对数里的 "
     r"eps = 1e-5（源文章用的值）改变了那里的损失。"),
    (rf"{NAME} is right for predictions like 0\.3, but not for predictions within 1e-9 of 0 "
     r"and 1: an eps, or a clip of A, inside the logs changes the loss there\. ",
     r"\g<name> 对 0.3 这样的预测是对的，但对离 0 或 1 不到 1e-9 的预测不对：对数里的 eps，"
     r"或者对 A 的截断（clip），改变了那里的损失。"),
    (rf"It returns (?P<edge>{_NUMBER}) there, not (?P<want>{_NUMBER})\. A is never exactly 0 "
     r"or 1 in this exercise: remove it and use np\.log\(A\), np\.log\(1 - A\)\.",
     r"它在那里返回 \g<edge>，而不是 \g<want>。这个练习中的 A 从不恰好等于 0 或 1：请把它"
     r"去掉，直接用 np.log(A)、np.log(1 - A)。"),
    (rf"{NAME} is right: (?P<got>{_NUMBER}) at ordinary predictions, (?P<edge>{_NUMBER}) at "
     r"predictions within 1e-9 of 0 and 1, and on other numbers of samples\.",
     r"\g<name> 是对的：对普通的预测，它给出 \g<got>；对离 0 或 1 不到 1e-9 的预测，它给出 "
     r"\g<edge>；换成其他样本数也对。"),
    # the further cases (common.more_cases) and where to look
    (r"one sample, m = 1", r"只有一个样本，m = 1"),
    (r"m = 7 samples", r"m = 7 个样本"),
    (r"every label is 1, m = 4", r"每个标签都是 1，m = 4"),
    (r"Look for a number of samples fixed in your code \(the notebook's m, or a loop over a "
     r"fixed range\) instead of read from A or Y: np\.mean works for any m\.",
     r"找一找代码里写死的样本数（笔记本里的 m，或对固定范围的循环）：样本数应当从 A 或 Y "
     r"读出来。np.mean 对任何 m 都适用。"),
]
