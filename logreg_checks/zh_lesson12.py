"""Lesson 12's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

from .messages_zh import AGAIN, NAME

_ARRAY = r"\[[^\]]*\]"           # a numpy row as np.round prints it: [ 0.4048  0.5213 -0.0305]
_NUMBER = r"-?\d+(?:\.\d+)?"
# "n = 3 features, m = 10 samples", or as zh_lesson04.py (applied before this module)
# has already put it: "n = 3 个特征，m = 10 个样本"
_CASE = r"n = (?P<n>\d+) (?:features|个特征)(?:, |，)m = (?P<m>\d+) (?:samples|个样本)"

CATALOGUE = [
    # ------------------------------------------------------------ check_one_epoch
    # the five named mistakes, then the case they were found on
    (r"Your batches follow the samples in their stored order: the epoch must start with "
     r"order = rng\.permutation\(m\) and take the batches from it\. ",
     r"你的批次是按样本存放的原顺序取的：一个轮次必须先用 order = rng.permutation(m) "
     r"打乱顺序，再从 order 中依次取出各个批次。"),
    (r"Your epoch skips the last, shorter batch \(the m % batch_size samples left at the "
     r"end\): loop with range\(0, m, batch_size\), and the last slice simply holds fewer "
     r"samples\. ",
     r"你的轮次跳过了最后那个较短的批次（末尾剩下的 m % batch_size 个样本）：请用 "
     r"range(0, m, batch_size) 循环，最后一段的样本少一些，照样要用。"),
    (r"Your gradients divide by m, the number of all samples; a batch's gradient is the mean "
     r"over its own samples: divide by the batch's size, len\(idx\) \(the last batch can be "
     r"smaller\)\. ",
     r"你的梯度除以的是 m，也就是全部样本的个数；一个批次的梯度是它自己那些样本的平均值："
     r"请除以这个批次的大小 len(idx)（最后一个批次可能小一些）。"),
    (r"Every update of yours uses all m samples: take the gradient on the batch only, "
     r"X\[:, idx\] and Y\[:, idx\]\. ",
     r"你的每一次更新都用了全部 m 个样本：梯度只能在这个批次上算，也就是 X[:, idx] 和 "
     r"Y[:, idx]。"),
    (r"All your updates use the gradient at the starting W and b: compute each batch's "
     r"gradient with the W and b updated so far\. ",
     r"你的所有更新都用了起点 W 和 b 处的梯度：每个批次的梯度要用到目前为止已经更新过的 "
     r"W 和 b 来算。"),
    (rf"\(Case: {_CASE}, batch_size = (?P<k>\d+)\.\) "
     r"Fix it, run the cell, then run this check again\.",
     rf"出错的例子：n = \g<n> 个特征，m = \g<m> 个样本，batch_size = \g<k>。请改正它，"
     rf"运行单元格{AGAIN}。"),
    # the answer against the right one, when no named mistake fits
    (rf"Case {_CASE}, batch_size = (?P<k>\d+), "
     rf"learning_rate = (?P<lr>{_NUMBER}): expected W = (?P<W>{_ARRAY}), b = "
     rf"(?P<b>{_NUMBER}); got W = (?P<gW>{_ARRAY}), b = (?P<gb>{_NUMBER})\. Shuffle once "
     r"with order = rng\.permutation\(m\), then update once per slice "
     r"order\[start:start \+ batch_size\]\.",
     r"在这个例子上结果不对：n = \g<n> 个特征，m = \g<m> 个样本，batch_size = \g<k>，"
     r"learning_rate = \g<lr>。应得 W = \g<W>，b = \g<b>；你的函数给出 W = \g<gW>，"
     r"b = \g<gb>。请只打乱一次：order = rng.permutation(m)，"
     r"然后对每一段 order[start:start + batch_size] 更新一次。"),
    # the same rng twice
    (r"Called twice with the same rng, your function gave the same W both times: it does not "
     r"draw its order from the rng it is given \(a fixed seed, or a saved permutation\?\)\. "
     r"Use order = rng\.permutation\(m\) inside the function, then run this check again\.",
     rf"用同一个 rng 调用两次，你的函数两次给出了同样的 W：它没有从传给它的 rng 中抽取顺序"
     rf"（是不是用了固定的种子，或者保存了一个排列？）。请在函数内部写 "
     rf"order = rng.permutation(m){AGAIN}。"),
    # an array changed in place (the shared sentence in the brackets is translated already)
    (rf"{NAME} changes an array it was given \((?P<why>.+)\)\. Build new arrays instead: "
     r"W = W - learning_rate \* dW, not W -= \.\.\.; then run the check again\.",
     rf"\g<why>也就是说：写 W = W - learning_rate * dW，不要写 W -= ...{AGAIN}。"),
    # what came back is not W, b
    (rf"{NAME} returned (?P<k>\d+) values; it must return two values, the new W and b: "
     r"`return W, b`\.",
     r"\g<name> 返回了 \g<k> 个值；它必须返回两个值，也就是新的 W 和 b：`return W, b`。"),
    (rf"{NAME} returned (?P<kind>\w+); it must return two values, the new W and b: "
     r"`return W, b`\.",
     r"\g<name> 返回了一个 \g<kind> 对象；它必须返回两个值，也就是新的 W 和 b："
     r"`return W, b`。"),
    (rf"{NAME} must return W \(an array of shape \((?P<n>\d+), 1\)\) and b \(a number\); got "
     r"(?P<a>\w+) and (?P<b>\w+)\.",
     r"\g<name> 必须返回 W（形状为 (\g<n>, 1) 的数组）和 b（一个数）；实际得到的是 \g<a> "
     r"和 \g<b>。"),
    (r"The W your function returns has shape (?P<got>\([\d, ]*\)); it must keep W's shape "
     r"(?P<want>\(\d+, 1\))\.",
     r"你的函数返回的 W 的形状是 \g<got>；它必须保持 W 原来的形状 \g<want>。"),
    (rf"{NAME} is right on 4 problems of other shapes \(a shorter last batch, batches of 1, "
     r"one batch of everything\), and draws a new order on every call\.",
     r"\g<name> 在 4 个其他形状的问题上都对（最后一个批次较短、每批 1 个样本、一批就是"
     r"全部样本），而且每次调用都抽取新的顺序。"),
    # ------------------------------------------------------------ check_csv_to_xy
    # the file the check wrote, shown after each diagnosis
    (r"\(The file:\n(?P<text>[\s\S]*?)label column (?P<label>'[^']*')\.\)",
     r"（自检写的文件：\n\g<text>标签列是 \g<label>。）"),
    (rf"{NAME} must return two values, `return X, Y`\.",
     r"\g<name> 必须返回两个值：`return X, Y`。"),
    (r"X has shape (?P<shape>\(\d+, \d+\)): one sample per row, as in the file\. The course "
     r"wants one sample per column, \(n, m\): return X\.T\. ",
     r"X 的形状是 \g<shape>：每行一个样本，和文件里一样。本课程要的是每列一个样本，"
     r"形状为 (n, m)：请返回 X.T。"),
    (r"X has (?P<rows>\d+) rows, but the file has (?P<n>\d+) features: the label column is "
     r"still in X\. Keep every column except the label's\. ",
     r"X 有 \g<rows> 行，但文件只有 \g<n> 个特征：标签列还留在 X 里。请保留除标签列以外的"
     r"所有列。"),
    (r"Y has shape (?P<got>\([\d, ]*\)); it must be \(1, (?P<m>\d+)\), one label per "
     r"sample\.(?P<fix> Use Y\.reshape\(1, -1\)\.)? ",
     r"Y 的形状是 \g<got>；它必须是 (1, \g<m>)，每个样本一个标签。\g<fix>"),
    (r" Use Y\.reshape\(1, -1\)\.", r"请用 Y.reshape(1, -1)。"),
    (r"X has shape (?P<got>\([\d, ]*\)); expected \((?P<n>\d+), (?P<m>\d+)\): (?P=n) features "
     r"by (?P=m) samples\. ",
     r"X 的形状是 \g<got>；应当是 (\g<n>, \g<m>)，也就是 \g<n> 个特征、\g<m> 个样本。"),
    (rf"Y is (?P<got>{_ARRAY}), but the (?P<label>'[^']*') column holds (?P<want>{_ARRAY}): "
     r"find the label column by its name in the header row \(header\.index\(label\)\), not by "
     r"its place\. ",
     r"Y 是 \g<got>，但 \g<label> 列里是 \g<want>：请按名字在表头行（header row）里找到"
     r"标签列（header.index(label)），不要按它的位置去找。"),
    (r"Y is right, but X is not the other columns in the file's order: expected\n"
     r"(?P<want>[\s\S]*?)\ngot\n(?P<got>[\s\S]*?\]\])\. ",
     r"Y 是对的，但 X 不是按文件中顺序排列的其余各列。应得：\n\g<want>\n你的函数给出：\n"
     r"\g<got>\n"),
    (rf"{NAME} reads 3 files of other sizes, with the label column first, last and in the "
     r"middle\.",
     r"\g<name> 正确读出了 3 个大小不同的文件，标签列分别在第一列、最后一列和中间。"),
]
