"""Lesson 09's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

check_precision_recall builds its wrong-answer message from pieces: "your precision is"
plus what the number really is, joined by "; ". Each piece has its entry here, so every
combination the check can make comes out Chinese.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

from .messages_zh import NAME

ITEMS = (("precision", "精确率"), ("recall", "召回率"))

# what the learner's number really is (after "your precision is"), as the check words it
QUANTITIES = [
    (r"the precision TP / \(TP \+ FP\)", r"精确率 TP / (TP + FP)"),
    (r"the recall TP / \(TP \+ FN\)", r"召回率 TP / (TP + FN)"),
    (r"the specificity TN / \(TN \+ FP\), a rate of the actual 0s",
     r"特异度（specificity）TN / (TN + FP)，这是真实为 0 的样本的比率"),
    (r"the accuracy \(TP \+ TN\) / total", r"准确率 (TP + TN) / 总数"),
    (r"TN / \(TN \+ FN\), the precision of class 0: TP is cm\[1\]\[1\], bottom right",
     r" TN / (TN + FN)，也就是类别 0 的精确率：TP 是右下角的 cm[1][1]"),
    (r"TP divided by the total number of samples", r" TP 除以样本总数"),
    (r"TP / FP: the FP alone as the denominator", r" TP / FP：分母只有 FP"),
    (r"TP / FN: the FN alone as the denominator", r" TP / FN：分母只有 FN"),
    (r"the F1 score", r" F1 分数"),
    (r"FP / \(TP \+ FP\), the share of false alarms among the samples predicted 1: put TP on "
     r"top",
     r" FP / (TP + FP)，即预测为 1 的样本中误报所占的比例：分子应该是 TP"),
    (r"FN / \(TP \+ FN\), the share of the actual 1s that are missed: put TP on top",
     r" FN / (TP + FN)，即真实为 1 的样本中被漏掉的比例：分子应该是 TP"),
    (r"tp / tp \+ fp, that is 1 \+ FP: Python divides before it adds, so the sum needs round "
     r"brackets: tp / \(tp \+ fp\)",
     r" tp / tp + fp，也就是 1 + FP：Python 先做除法、后做加法，所以和要加圆括号："
     r"tp / (tp + fp)"),
    (r"tp / tp \+ fn, that is 1 \+ FN: the sum needs round brackets: tp / \(tp \+ fn\)",
     r" tp / tp + fn，也就是 1 + FN：和要加圆括号：tp / (tp + fn)"),
]

CATALOGUE = [
    # ------------------------------------------------------------ right
    (rf"{NAME} gives precision TP / \(TP \+ FP\) and recall TP / \(TP \+ FN\), in that "
     r"order, on two different matrices\.",
     r"\g<name> 在两个不同的矩阵上都给出了精确率 TP / (TP + FP) 和召回率 TP / (TP + FN)，"
     r"而且顺序正确。"),
    # ------------------------------------------------------------ the values shown
    (r"\.? ?For cm = (?P<cm>\[\[[^\]]*\], \[[^\]]*\]\]) it returned (?P<got>\([^)]*\)); the "
     r"right answer is (?P<right>\([^)]*\))\. ?",
     r"。对 cm = \g<cm>，它返回了 \g<got>；正确答案是 \g<right>。"),
    # ------------------------------------------------------------ whole-message diagnoses
    (rf"{NAME} has precision and recall swapped: either they are returned in the wrong "
     r"order, or FP and FN are swapped \(FP is cm\[0\]\[1\], top right; FN is cm\[1\]\[0\], "
     r"bottom left\)",
     r"\g<name> 把精确率和召回率弄反了：要么返回的顺序错了，要么 FP 和 FN 对调了（FP 是右上角"
     r"的 cm[0][1]；FN 是左下角的 cm[1][0]）"),
    (r"Return \(precision, recall\), with precision = TP / \(TP \+ FP\)\.",
     r"请返回 (precision, recall)，其中 precision = TP / (TP + FP)。"),
    (rf"{NAME} returns percentages \(x 100\), not fractions",
     r"\g<name> 返回的是百分数（乘了 100），而不是比例"),
    (r"Remove the \* 100: both numbers must lie between 0 and 1\.",
     r"请去掉 * 100：两个数都必须在 0 和 1 之间。"),
    (rf"{NAME} returns percentages, rounded, so they are a little off",
     r"\g<name> 返回的是舍入过的百分数，所以略有偏差"),
    (rf"{NAME} returns rounded numbers, so they are a little off",
     r"\g<name> 返回的是舍入过的数，所以略有偏差"),
    (r"Return the results of the divisions as they are \(no round, no \* 100\); round only "
     r"when you print them\.",
     r"请原样返回除法的结果（不要 round，也不要 * 100）；只在打印时才舍入。"),
    (rf"{NAME} returns whole numbers only \(0 or 1\): did you use floor division // or "
     r"round\(\)\?",
     r"\g<name> 只返回整数（0 或 1）：是不是用了整除（floor division）// 或 round()？"),
    (r"Use / for true division, and do not round\.", r"请用 / 做普通除法，也不要舍入。"),
    (rf"{NAME} computes rates of the actual 0s: it takes TP from the top left, where TN is\. "
     r"Your ",
     r"\g<name> 算的是真实为 0 的样本的比率：它从左上角取 TP，而那里是 TN。your "),
    (rf"{NAME}: (?=your )", r"\g<name>："),
    (r"; (?=your )", r"；"),
]
for english, chinese in ITEMS:
    CATALOGUE += [
        (rf"your {english} is in percent \(x 100\), not a fraction",
         rf"你的{chinese}是百分数（乘了 100），而不是比例"),
        (rf"your {english} is not a quantity the check knows",
         rf"你的{chinese}不是自检认得的任何一个量"),
        (rf"your {english} is ", rf"你的{chinese}算成了"),
        (rf"Remove the \* 100 from the {english}: it must lie between 0 and 1\.",
         rf"请去掉{chinese}中的 * 100：它必须在 0 和 1 之间。"),
    ]
CATALOGUE += [(rf"(?<=算成了){english}", chinese) for english, chinese in QUANTITIES] + [
    (r", in percent(?=；|。)", r"，而且是百分数"),
    (r": FP and FN are mixed up, you used FP where FN belongs \(FN is cm\[1\]\[0\], "
     r"bottom left\)",
     r"：FP 和 FN 弄混了，你把 FP 用在了 FN 的位置上（FN 是左下角的 cm[1][0]）"),
    (r": FP and FN are mixed up, you used FN where FP belongs \(FP is cm\[0\]\[1\], "
     r"top right\)",
     r"：FP 和 FN 弄混了，你把 FN 用在了 FP 的位置上（FP 是右上角的 cm[0][1]）"),
    (r"Precision is TP / \(TP \+ FP\): of the samples predicted 1 \(the right column\), the "
     r"fraction that really are 1\.",
     r"精确率是 TP / (TP + FP)：在预测为 1 的样本（右边一列）中，真正是 1 的比例。"),
    (r"Recall is TP / \(TP \+ FN\): of the samples that really are 1 \(the bottom row\), the "
     r"fraction predicted 1\.",
     r"召回率是 TP / (TP + FN)：在真正是 1 的样本（下面一行）中，被预测为 1 的比例。"),
    # ------------------------------------------------------------ what comes back
    (rf"{NAME} gives the right values but returns a NumPy array, not a tuple\. Return the "
     r"two numbers themselves: `return precision, recall` \(no np\.array\)\.",
     r"\g<name> 的值是对的，但返回的是 NumPy 数组，而不是元组（tuple）。请直接返回这两个数："
     r"`return precision, recall`（不要用 np.array）。"),
    (rf"{NAME} gives the right values but returns a (?P<kind>\w+), not a tuple\. Return a "
     r"tuple: `return precision, recall` \(no square brackets \[ \]\)\.",
     r"\g<name> 的值是对的，但返回的是 \g<kind>，而不是元组（tuple）。请返回一个元组："
     r"`return precision, recall`（不要方括号 [ ]）。"),
    (rf"{NAME} returned a dict; return a tuple of two numbers: `return precision, recall`\.",
     r"\g<name> 返回的是字典（dict）；请返回由两个数组成的元组：`return precision, recall`。"),
    (rf"{NAME} returned one value \((?P<kind>\w+)\); return exactly two numbers, precision "
     r"first: `return precision, recall`\.",
     r"\g<name> 只返回了一个值（\g<kind>）；请正好返回两个数，精确率在前："
     r"`return precision, recall`。"),
    (rf"{NAME} returned (?P<n>\d+) values \((?P<kind>\w+)\); return exactly two numbers, "
     r"precision first: `return precision, recall`\.",
     r"\g<name> 返回了 \g<n> 个值（\g<kind>）；请正好返回两个数，精确率在前："
     r"`return precision, recall`。"),
    (rf"{NAME} returned a (?P<kind>\w+) holding a (?P<t>\w+) \((?P<v>.*?)\)\. Each of the two "
     r"values must be a number: return the results of the divisions themselves, not text or "
     r"arrays of them\.",
     r"\g<name> 返回的 \g<kind> 里装着一个 \g<t>（\g<v>）。两个值都必须是数：请直接返回除法"
     r"的结果，不要返回文本，也不要返回装着结果的数组。"),
    (rf"{NAME} returned (?P<v>\[.*?\]): not finite numbers\. The check's matrices never "
     r"divide by zero, so look for a wrong index or an empty sum\.",
     r"\g<name> 返回了 \g<v>：不是有限的数。自检的矩阵从来不会除以零，所以请找找是不是"
     r"下标错了，或者求和的部分是空的。"),
    # ------------------------------------------------------------ after an error Python raised
    (r"cm has two rows of two numbers: unpack it as `\(tn, fp\), \(fn, tp\) = cm`, or take "
     r"each count as cm\[row, column\]\.",
     r"cm 有两行，每行两个数：请这样拆开：`(tn, fp), (fn, tp) = cm`，或者用 cm[行, 列] "
     r"取出每个计数。"),
    (r"cm is 2 x 2: rows and columns are numbered 0 and 1, so TP is cm\[1, 1\] and FN is "
     r"cm\[1, 0\]\.",
     r"cm 是 2 x 2 的：行和列的编号都是 0 和 1，所以 TP 是 cm[1, 1]，FN 是 cm[1, 0]。"),
    (r"The check's matrices never divide by zero when TP, FP and FN come from the right "
     r"places: look for a wrong index\.",
     r"只要 TP、FP 和 FN 取自正确的位置，自检的矩阵就不会除以零：请找找错误的下标。"),
    # ------------------------------------------------------------ further cases
    (r"(?<=：)a matrix of 32-bit integers(?=。)", r"一个 32 位整数的矩阵"),
    (r"(?<=：)other counts(?=。)", r"另一组计数"),
    (r"Look for numbers fixed in your code instead of read from cm: tn, fp = cm\[0\] and "
     r"fn, tp = cm\[1\]\.",
     r"请检查代码里有没有写死的数，它们本该从 cm 读出：tn, fp = cm[0]，fn, tp = cm[1]。"),
    # after a question the check's sentence has no full stop (last: the question mark is
    # full-width only once its sentence is translated)
    (r"？。(?=对 cm = )", r"？"),
]
