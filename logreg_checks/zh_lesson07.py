"""Lesson 07's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

from .messages_zh import NAME

# the fix every cost defect ends with, in both languages
_FIX = r"compute the cost from the logits, np\.mean\(core\.logistic_loss\(Z, Y\)\)"
_FIX_ZH = r"从 logit 计算代价，np.mean(core.logistic_loss(Z, Y))"
_SPOT = r"W = (?P<W>\[.*?\]), b = (?P<b>[^:;]+)"
# defect 7's second half: alone ("defect 7, ...") or after the first half ("... . Also ...")
_SATURATE = (r"the cost is not finite when predictions saturate: A rounds to exactly 0 or 1, "
             r"so log\(A\) or log\(1 - A\) is -inf \(at \|z\| = 800 the cost is (?P<c>\S+) "
             r"where it should be (?P<j>\S+)\)\. Fix: " + _FIX)
_SATURATE_ZH = (r"预测饱和（saturate）时，代价不是有限的数：A 被舍入成恰好 0 或 1，于是 log(A) "
                r"或 log(1 - A) 是 -inf（在 |z| = 800 处，代价是 \g<c>，而应该是 \g<j>）。"
                r"改法：" + _FIX_ZH)

CATALOGUE = [
    # ------------------------------------------------------------ the list of defects
    (rf"{NAME}: (?P<k>\d+) of the source post's defects remain:",
     r"\g<name>：源文章的缺陷还剩 \g<k> 个："),
    (rf"{NAME}: one of the source post's defects remains:",
     r"\g<name>：源文章的缺陷还剩一个："),
    (r"defect 1, the cost is missing the Y \* in front of log\(A\): it reports (?P<c>\S+) "
     r"where the cross-entropy is (?P<j>\S+)\. Fix: " + _FIX + ", which has both label terms",
     r"缺陷 1：代价公式中 log(A) 前面少了 Y *：它报告的代价是 \g<c>，而交叉熵是 \g<j>。"
     r"改法：" + _FIX_ZH + "，它含有两个标签项。"),
    (r"defect 5, an eps inside the logs shifts the cost by (?P<d>\S+) and caps each "
     r"sample's loss at -log\(eps\), about 11\.5\. Removing the eps is not enough \(log\(A\) "
     r"is -inf once A rounds to 0 or 1\): " + _FIX,
     r"缺陷 5：对数里的 eps 让代价偏移了 \g<d>，还给每个样本的损失加了一个上限 -log(eps)，"
     r"约 11.5。只去掉 eps 还不够（A 一旦被舍入成 0 或 1，log(A) 就是 -inf）：要"
     + _FIX_ZH + "。"),
    (r"defect 7, the naive sigmoid 1/\(1 \+ np\.exp\(-z\)\): np\.exp overflows at z = -710 "
     r"\(np\.exp\(710\) is inf\), so your A is exactly 0\.0 where sigmoid\(-710\) = "
     r"(?P<s>\S+?)\. Use A = core\.sigmoid\(Z\), which never overflows",
     r"缺陷 7：朴素的 Sigmoid 函数 1/(1 + np.exp(-z))：np.exp 在 z = -710 处溢出"
     r"（np.exp(710) 是 inf），所以你的 A 恰好是 0.0，而 sigmoid(-710) = \g<s>。"
     r"请用 A = core.sigmoid(Z)，它从不溢出。"),
    (r"\. Also " + _SATURATE, r"另外，" + _SATURATE_ZH + "。"),
    (r"defect 7, " + _SATURATE, r"缺陷 7：" + _SATURATE_ZH + "。"),
    (r"defect 5 in another form: clipping A or adding a small eps caps each sample's loss "
     r"\(at \|z\| = 800 the cost is (?P<c>\S+) where it should be (?P<j>\S+)\)\. Fix: " + _FIX,
     r"换了个样子的缺陷 5：截断 A（clip）或加上一个小的 eps，都会给每个样本的损失加上上限"
     r"（在 |z| = 800 处，代价是 \g<c>，而应该是 \g<j>）。改法：" + _FIX_ZH + "。"),
    (r"the cost is wrong where predictions saturate: at \|z\| = 800 it is (?P<c>\S+) where it "
     r"should be (?P<j>\S+)\. Replacing an inf or nan \(np\.nan_to_num, np\.clip\) hides the "
     r"problem instead of fixing it: " + _FIX,
     r"在预测饱和的地方，代价不对：在 |z| = 800 处，它是 \g<c>，而应该是 \g<j>。把 inf 或 "
     r"nan 替换掉（np.nan_to_num、np.clip）只是把问题藏了起来，并没有解决它：要"
     + _FIX_ZH + "。"),
    # ------------------------------------------------------------ what the function returns
    (rf"{NAME} returns \(cost, grads\): the order is the other way round\. Return grads "
     r"first, then the cost: return grads, cost\.",
     r"\g<name> 返回的是 (cost, grads)：顺序反了。请先返回 grads，再返回代价："
     r"return grads, cost。"),
    (rf"{NAME}'s grads has the keys (?P<keys>\[.*?\]); it needs exactly 'dW' and 'db' "
     r"\(capital W, as optimize reads grads\['dW'\]\)\. Rename the keys\.",
     r"\g<name> 的 grads 的键（key）是 \g<keys>；它必须正好是 'dW' 和 'db'（W 要大写，"
     r"因为 optimize 读取的是 grads['dW']）。请改正键名。"),
    (rf"{NAME}: db is an array of shape (?P<s>\(.*?\)), not a single number\. Return a "
     r"float: (?P<fix>.+?)\.(?=$|\s)",
     r"\g<name>：db 是一个形状为 \g<s> 的数组，而不是一个数。请返回一个 float：\g<fix>。"),
    (rf"{NAME}: the cost is an array of shape (?P<s>\(.*?\)), not a single number\. Return "
     r"a float: (?P<fix>.+?)\.(?=$|\s)",
     r"\g<name>：代价是一个形状为 \g<s> 的数组，而不是一个数。请返回一个 float：\g<fix>。"),
    (rf"{NAME} must return \(grads, cost\) with grads = \{{'dW': \(n, 1\) array, 'db': "
     r"float\} and cost a float; that failed \(dW, db and the cost must be real numbers\)\.",
     r"\g<name> 必须返回 (grads, cost)，其中 grads = {'dW': 形状为 (n, 1) 的数组, "
     r"'db': float}，cost 是一个 float；这一点没有做到：dW、db 和代价都必须是实数。"),
    (rf"{NAME} must return \(grads, cost\) with grads = \{{'dW': \(n, 1\) array, 'db': "
     r"float\} and cost a float; that failed \((?P<err>.*)\)\.",
     r"\g<name> 必须返回 (grads, cost)，其中 grads = {'dW': 形状为 (n, 1) 的数组, "
     r"'db': float}，cost 是一个 float；这一点没有做到（Python 的原文是：\g<err>）。"),
    (rf"{NAME}'s dW has shape (?P<got>\(.*?\)); expected (?P<exp>\(.*?\)) like W\. Use "
     r"dW = X @ dz\.T / m\.",
     r"\g<name> 的 dW 的形状是 \g<got>；它应该和 W 一样，是 \g<exp>。"
     r"请用 dW = X @ dz.T / m。"),
    # ------------------------------------------------------------ the gradient
    (rf"{NAME}'s gradient has the opposite sign: dz = Y - A instead of A - Y\. The gradient "
     r"points uphill, and gradient descent subtracts it\. Use dz = A - Y\.",
     r"\g<name> 的梯度符号反了：写成了 dz = Y - A，而不是 A - Y。梯度指向上坡，"
     r"梯度下降要减去它。请用 dz = A - Y。"),
    (rf"{NAME}'s gradient is wrong at {_SPOT}: dW = (?P<dW>\[.*?\]), db = (?P<db>[^;]+); "
     r"expected (?P<eW>\[.*?\]), (?P<edb>\S+?)\. Keep dz = A - Y, dW = X @ dz\.T / m, "
     r"db = mean\(dz\)\.",
     r"\g<name> 的梯度在 W = \g<W>、b = \g<b> 处不对：dW = \g<dW>，db = \g<db>；"
     r"应得 \g<eW> 和 \g<edb>。请保持 dz = A - Y、dW = X @ dz.T / m、db = mean(dz) 不变。"),
    # ------------------------------------------------------------ the cost
    (rf"{NAME}'s cost is negative: it is minus the cross-entropy, which is never below 0\. "
     r"Check the minus sign: -mean\(Y log A \+ \(1 - Y\) log\(1 - A\)\) needs it, "
     r"np\.mean\(core\.logistic_loss\(Z, Y\)\) does not\.",
     r"\g<name> 的代价是负的：它是交叉熵的相反数，而交叉熵永远不会小于 0。请检查负号："
     r"-mean(Y log A + (1 - Y) log(1 - A)) 需要它，np.mean(core.logistic_loss(Z, Y)) "
     r"不需要。"),
    (rf"{NAME} passes the probabilities A to core\.logistic_loss, which expects the logits Z "
     r"\(the values before the sigmoid\)\. Use core\.logistic_loss\(Z, Y\) with "
     r"Z = W\.T @ X \+ b\.",
     r"\g<name> 把概率 A 传给了 core.logistic_loss，而它要的是 logit Z（Sigmoid 函数之前"
     r"的值）。请用 core.logistic_loss(Z, Y)，其中 Z = W.T @ X + b。"),
    (rf"{NAME}'s cost is (?P<c>\S+) at {_SPOT}: m = (?P<m>\d+) times the cross-entropy "
     r"(?P<j>\S+?)\. The 1/m is missing: take the mean of the losses \(np\.mean\), not their "
     r"sum\.",
     r"\g<name> 在 W = \g<W>、b = \g<b> 处的代价是 \g<c>：正好是交叉熵 \g<j> 的 "
     r"m = \g<m> 倍。少了 1/m：要取各个损失的平均值（np.mean），而不是它们的和。"),
    (rf"{NAME}'s cost is (?P<c>\S+) at {_SPOT}; the cross-entropy is (?P<j>\S+), and none of "
     r"the source post's defects explains it\. Compute the cost as "
     r"np\.mean\(core\.logistic_loss\(Z, Y\)\)\.",
     r"\g<name> 在 W = \g<W>、b = \g<b> 处的代价是 \g<c>；交叉熵是 \g<j>，"
     r"源文章的哪个缺陷都解释不了这个差别。请用 np.mean(core.logistic_loss(Z, Y)) 计算代价。"),
    # ------------------------------------------------------------ passed; other inputs (zh_lesson04
    # translates the cases' "n = 3 features, m = 5 samples")
    (rf"{NAME} matches core\.propagate at zero weights and at a trained point, is exact at "
     r"z = -710 and finite at \|z\| = 800: none of the source post's defects is left\.",
     r"\g<name> 在零权重处和一个训练好的点上都与 core.propagate 一致，在 z = -710 处是"
     r"精确的，在 |z| = 800 处是有限的：源文章的缺陷一个也没有留下。"),
    (r"Look for a size or data fixed in your code \(the notebook's X, Y or m\) instead of "
     r"read from the arguments: m = X\.shape\[1\]\.",
     r"请找一找代码里写死的大小或数据（笔记本里的 X、Y 或 m）：它们应该从参数得到，"
     r"例如 m = X.shape[1]。"),
]

