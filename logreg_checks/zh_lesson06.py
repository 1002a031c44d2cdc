"""Lesson 06's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

from .messages_zh import AGAIN, NAME

_ZEROS = r"np\.zeros\(\(n, 1\)\)"
_SHAPE = r"\([^()]*\)"
_ORDER = r"optimize\(W, b, X_train, Y_train, num_iterations, learning_rate\)"
_ACCURACY = r"100 - np\.mean\(np\.abs\(prediction - label\)\) \* 100"
_KEYS = r"Use the source post's keys exactly: (?P<keys>[\w, ]+)\."
_RECORD = r"Record the cost computed before the update, when i % 100 == 0\."

CATALOGUE = [
    # ------------------------------------------------------------ any of the three checks
    (rf"{NAME} raised NotImplementedError from inside (?P<inner>\w+)\(\), which it calls: "
     r"(?P=inner) is still the unfilled stub\. Fill in (?P=inner) first \(or call "
     r"core\.(?P=inner)\), run its cell, then run this check again\.",
     rf"\g<name> 调用的 \g<inner>() 抛出了 NotImplementedError：\g<inner> 还是没有补全的"
     rf"空函数。请先补全 \g<inner>（或者改为调用 core.\g<inner>），运行它所在的单元格{AGAIN}。"),
    (r"Look for a size or a data set fixed in your code \(the notebook's X_train, m or 2 "
     r"features\) instead of read from the arguments, and for settings fixed in advance "
     r"instead of num_iterations and learning_rate\.",
     r"请找一找代码里写死的大小或数据（笔记本里的 X_train、m 或 2 个特征），它们应当从参数"
     r"中读出；再找一找预先写死的设置，它们应当用 num_iterations 和 learning_rate。"),
    # the check's other cases, named in the shared "right on the first case" sentence
    # (lesson 04's catalogue has already made "n = 3 features, m = 5 samples" Chinese)
    (r"(?P<nm>n = \d+ 个特征，m = \d+ 个样本), (?P<k>\d+) iterations",
     r"\g<nm>，\g<k> 次迭代"),
    (r"n = 1 feature, one iteration", r"n = 1 个特征、一次迭代"),
    (r"W is zeros, b = 0 an integer, X holds integers",
     r"W 全为零、b = 0 是整数、X 里是整数"),
    (r"n = (?P<n>\d+) features, (?P<tr>\d+) training and (?P<te>\d+) test samples, "
     r"(?P<k>\d+) iterations at (?P<lr>[\d.]+)",
     r"n = \g<n> 个特征、\g<tr> 个训练样本和 \g<te> 个测试样本、以学习率 \g<lr> 迭代 "
     r"\g<k> 次"),

    # ------------------------------------------------------------ initialize_weights
    (r"W is a Python list; it must be a numpy array of shape (?P<s>\(\d+, 1\))\. Write "
     rf"W = {_ZEROS}\.",
     r"W 是 Python 列表（list）；它必须是形状为 \g<s> 的 numpy 数组。请写 W = np.zeros((n, 1))。"),
    (r"W must be a numpy array of shape (?P<s>\(\d+, 1\)); got (?P<t>\w+)\. Write "
     rf"W = {_ZEROS}\.",
     r"W 必须是形状为 \g<s> 的 numpy 数组，得到的却是 \g<t>。请写 W = np.zeros((n, 1))。"),
    (rf"For n = (?P<n>\d+), W has shape (?P<s>{_SHAPE}): ",
     r"n = \g<n> 时，W 的形状是 \g<s>："),
    (rf"a flat vector\. W must be a column, one row per feature: {_ZEROS}, with the inner "
     r"parentheses\.",
     r"这是一维向量。W 必须是一列，每个特征一行：np.zeros((n, 1))，别漏了里面那对括号。"),
    (rf"a row\. W must be a column, one row per feature: {_ZEROS}\.",
     r"这是一行。W 必须是一列，每个特征一行：np.zeros((n, 1))。"),
    (r"it ignores n: it gives (?P<k>\d+) rows for any n \(here n = (?P<n>\d+)\)\. Use n: "
     rf"{_ZEROS}\.",
     r"它没有用到 n，不管 n 是多少，它都给出 \g<k> 行（这里 n = \g<n>）。请用 n："
     r"np.zeros((n, 1))。"),
    (rf"it must be one row per feature and one column: {_ZEROS}\.",
     r"它必须每个特征一行、只有一列：np.zeros((n, 1))。"),
    (rf"W holds integers \((?P<t>\w+)\); it must hold floats: {_ZEROS} gives float64 \(no "
     r"dtype=int, no \[\[0\]\] \* n\)\.",
     r"W 里是整数（\g<t>）；它必须装浮点数：np.zeros((n, 1)) 给出的就是 float64（不要写 "
     r"dtype=int，也不要写 [[0]] * n）。"),
    (rf"W is random \(it changes from call to call\); start from zeros, {_ZEROS}\. One neuron "
     r"needs no random start, and zeros make every run give the lesson's numbers\.",
     r"W 是随机的（每次调用都不一样）；请从零开始，np.zeros((n, 1))。一个神经元不需要随机的"
     r"起点，而从零开始能让每次运行都得到本课中的数。"),
    (rf"W must be all zeros; got (?P<v>\[.*?\])\. Write W = {_ZEROS}\.",
     r"W 必须全为零，得到的却是 \g<v>。请写 W = np.zeros((n, 1))。"),
    (rf"W has dtype (?P<t>\w+); use float64, the default of {_ZEROS}\.",
     r"W 的数据类型（dtype）是 \g<t>；请用 float64，也就是 np.zeros((n, 1)) 的默认类型。"),
    (rf"b is a numpy array of shape (?P<s>{_SHAPE}); b must be one plain number, the Python "
     r"float 0\.0\. Write b = 0\.0\.",
     r"b 是形状为 \g<s> 的 numpy 数组；b 必须是一个普通的数，也就是 Python 浮点数 0.0。"
     r"请写 b = 0.0。"),
    (r"b is the integer (?P<b>\S+) \(the source post writes b = 0\); b must be the float "
     r"0\.0\. Write b = 0\.0\.",
     r"b 是整数 \g<b>（源文章写的是 b = 0）；b 必须是浮点数 0.0。请写 b = 0.0。"),
    (r"b must be the Python float 0\.0; got (?P<t>\w+)\. Write b = 0\.0\.",
     r"b 必须是 Python 浮点数 0.0，得到的却是 \g<t>。请写 b = 0.0。"),
    (r"b must start at 0\.0; got (?P<b>\S+)\. Write b = 0\.0\.",
     r"b 必须从 0.0 开始，得到的却是 \g<b>。请写 b = 0.0。"),
    (rf"{NAME} passes a shape as two numbers, as in np\.zeros\(n, 1\): numpy reads the "
     r"second number as a data type \((?P<said>.+?)\)\. Pass the shape as one tuple, with "
     rf"two brackets: {_ZEROS}\.",
     r"\g<name> 把形状写成了两个数，就像 np.zeros(n, 1)：numpy 把第二个数当成数据类型"
     r"（numpy 的原文是：\g<said>）。请把形状写成一个元组，用两层括号：np.zeros((n, 1))。"),
    # the shared hint about z (a plain number given to an array function) is lesson 01's
    # advice: here the fix is the next sentence, so the Chinese keeps only Python's words
    (rf"{NAME} works when given the data X but fails for the number n = (?P<n>\d+) "
     r"\((?P<why>.+?)(?: 它对一个普通的数用了数组的属性.*?整体计算。)?\)\. It must take n, "
     r"the number of features \(an integer\): the caller "
     r"passes X\.shape\[0\]\. Use n itself, not n\.shape\[0\] or len\(n\)\.",
     r"给 \g<name> 传数据 X 时它能运行，传数 n = \g<n> 时却出错（\g<why>）。它必须接收 n，"
     r"也就是特征的个数（一个整数）：调用者传进来的是 X.shape[0]。请直接用 n，不要用 "
     r"n.shape[0] 或 len(n)。"),
    (rf"{NAME} must return two things, W and b: end with `return W, b`\.",
     r"\g<name> 必须返回两样东西，W 和 b：请在最后写 `return W, b`。"),
    (rf"{NAME} returned \(b, W\): the order is W first, then b\. Write `return W, b`\.",
     r"\g<name> 返回的是 (b, W)：顺序应当是先 W 后 b。请写 `return W, b`。"),
    (rf"{NAME} uses np\.empty, which does not set the values: W holds whatever was in memory "
     rf"before \(here it happened to be zeros\)\. Use {_ZEROS}\.",
     r"\g<name> 用了 np.empty，它不设定数值：W 里是内存中原来留下的任何东西（这次碰巧是零）。"
     r"请用 np.zeros((n, 1))。"),
    (rf"{NAME}\(n\) returns W = zeros of shape \(n, 1\), float64, and b = 0\.0 \(tried "
     r"n = (?P<a>\d+), (?P<b>\d+) and (?P<c>\d+)\)\.",
     r"\g<name>(n) 返回形状为 (n, 1) 的全零 float64 数组 W 和 b = 0.0（试过 n = \g<a>、"
     r"\g<b> 和 \g<c>）。"),

    # ------------------------------------------------------------ optimize
    (r"optimize uses (?P<g>dW|db), but no line defines it: core\.propagate returns the "
     r"gradients inside the dict grads\. Take them out first, dW = grads\[\"dW\"\] and "
     r"db = grads\[\"db\"\], then run this check again\.",
     rf"optimize 用到了 \g<g>，却没有哪一行定义它：core.propagate 把梯度放在字典 grads 里"
     rf'返回。请先把它们取出来，dW = grads["dW"]，db = grads["db"]{AGAIN}。'),
    (r"optimize must return three things: params, grads, costs \(in this order\)\. Write "
     r"`return params, grads, costs`\.",
     r"optimize 必须返回三样东西：params、grads、costs（按这个顺序）。请写 "
     r"`return params, grads, costs`。"),
    (r"optimize returned \((?P<roles>[\w, ]+)\): the order must be \(params, grads, costs\), "
     r"because the caller writes `params, grads, costs = optimize\(\.\.\.\)`\. Write "
     r"`return params, grads, costs`\.",
     r"optimize 返回的是 (\g<roles>)：顺序必须是 (params, grads, costs)，因为调用者写的是 "
     r"`params, grads, costs = optimize(...)`。请写 `return params, grads, costs`。"),
    (r" You used 'w': model reads params\['W'\] \(the source post's first optimize has this "
     r"mismatch\)\.",
     r"你用的键是 'w'，而 model 读取的是 params['W']（源文章的第一个 optimize 就有这个不一致）。"),
    (r"params must be a dict with keys 'W' and 'b'; got (?P<got>.+?)\.\s*(?P<hint>你用的键是.*?。)?"
     r"\s*End with `return \{\"W\": W, \"b\": b\}, grads, costs`\.",
     r"params 必须是一个键为 'W' 和 'b' 的字典，得到的却是 \g<got>。\g<hint>请在最后写 "
     r'`return {"W": W, "b": b}, grads, costs`。'),
    (rf"params\['W'\] must have shape \(2, 1\) like the W you were given; got (?P<s>{_SHAPE})\.",
     r"params['W'] 的形状必须和传给你的 W 一样，是 (2, 1)，得到的却是 \g<s>。"),
    (rf"params\['b'\] must be a number like the b you were given; got an array of shape "
     rf"(?P<s>{_SHAPE})\. Keep b a float: db from core\.propagate is one\.",
     r"params['b'] 必须和传给你的 b 一样是一个数，得到的却是形状为 \g<s> 的数组。请让 b 保持"
     r"为浮点数：core.propagate 给出的 db 就是浮点数。"),
    (r"params\['W'\] and params\['b'\] must hold numbers\.",
     r"params['W'] 和 params['b'] 里必须是数。"),
    (rf"b became an array of shape (?P<s>{_SHAPE}), the shape of W: the update of b uses "
     r"dW, so core\.propagate stopped with an error\. Step b with its own gradient: "
     r"b = b - learning_rate \* grads\[\"db\"\]\.",
     r"b 变成了形状为 \g<s> 的数组，和 W 的形状一样：更新 b 时用了 dW，所以 core.propagate "
     r'报错停了下来。请用 b 自己的梯度来更新：b = b - learning_rate * grads["db"]。'),
    (r"W never changed, but b did\. Is your update `w = W - learning_rate \* dW` \(a new name "
     r"w, so every step starts again from the old W\), or is the W line missing\? Write "
     r"`W = W - learning_rate \* dW` inside the loop\.",
     r"W 从来没有变，b 却变了。你的更新是不是写成了 `w = W - learning_rate * dW`（一个新名字 "
     r"w，所以每一步都重新从旧的 W 出发），或者是漏了更新 W 的那一行？请在循环里写 "
     r"`W = W - learning_rate * dW`。"),
    (r"optimize returned in the first iteration, before any update: the `return` line is "
     r"inside the for loop\. Un-indent it so it runs after the loop has finished\.",
     r"optimize 在第一次迭代、还没做任何更新时就返回了：`return` 那一行在 for 循环里面。"
     r"请减少它的缩进，让它在循环结束以后才执行。"),
    (r"optimize gave back the W and b it was given: neither W nor b changed\. Update both "
     r"inside the loop: W = W - learning_rate \* dW and b = b - learning_rate \* db\.",
     r"optimize 把传给它的 W 和 b 原样交了回来：W 和 b 都没有变。请在循环里更新两者："
     r"W = W - learning_rate * dW，b = b - learning_rate * db。"),
    (r"W changed but b never changed: update b too, b = b - learning_rate \* db\.",
     r"W 变了，但 b 从来没有变：请把 b 也更新，b = b - learning_rate * db。"),
    (r"Your parameters went uphill: the update adds the gradient\. Gradient descent "
     r"subtracts it: W = W - learning_rate \* dW \(the same for b\)\.",
     r"你的参数在往上坡走：更新时加上了梯度。梯度下降要减去它：W = W - learning_rate * dW"
     r"（b 也一样）。"),
    (r"Your W and b match a run that starts from zeros, not from the W and b you were "
     r"given\. Start the loop from the arguments W and b: do not call initialize_weights "
     r"inside optimize\.",
     r"你的 W 和 b 与一次从零开始的训练一致，而不是从传给你的 W 和 b 开始。请让循环从参数 "
     r"W 和 b 出发：不要在 optimize 里调用 initialize_weights。"),
    (r"optimize returned after one iteration: the `return` line is inside the for loop\. "
     r"Un-indent it so it runs after the loop\.",
     r"optimize 只迭代一次就返回了：`return` 那一行在 for 循环里面。请减少它的缩进，让它在"
     r"循环之后执行。"),
    # what the learner's run matches (_settings_used), then what to do
    (r"Your W and b match a run with ", r"你的 W 和 b 与这样一次训练一致："),
    (r"(?P<k>\d+) updates at learning rate (?P<lr>[\d.]+) instead of the arguments "
     r"\((?P<n>\d+) updates at (?P<r>[\d.]+)\)\. ",
     r"以学习率 \g<lr> 更新 \g<k> 次，而不是参数给出的（以学习率 \g<r> 更新 \g<n> 次）。"),
    (r"learning rate (?P<lr>[\d.]+) instead of the learning_rate argument \((?P<r>[\d.]+)\)"
     r"\. ",
     r"学习率为 \g<lr>，而不是参数 learning_rate 给出的 \g<r>。"),
    (r"(?P<k>\d+) updates instead of the num_iterations argument \((?P<n>\d+)\)\. ",
     r"更新 \g<k> 次，而不是参数 num_iterations 给出的 \g<n> 次。"),
    (r"(?P<k>\d+) updates? instead of (?P<n>\d+)\. ",
     r"更新 \g<k> 次，而不是 \g<n> 次。"),
    (r"Use the arguments you are given: `for i in range\(num_iterations\)` and "
     r"learning_rate\.",
     r"请用传给你的参数：`for i in range(num_iterations)` 和 learning_rate。"),
    (r"Pass num_iterations and learning_rate on to optimize\.",
     r"请把 num_iterations 和 learning_rate 传给 optimize。"),
    (r"W and b differ from logreg_core\.optimize \(largest W difference (?P<d>\S+)\)\. Check "
     r"the update W = W - learning_rate \* dW and the gradients you use\.",
     r"W 和 b 与 logreg_core.optimize 的不同（W 的最大差别是 \g<d>）。请检查更新 "
     r"W = W - learning_rate * dW 和你用的梯度。"),
    # the costs: where they were recorded, then what to do
    (r"W and b are right, but your costs were recorded ",
     r"W 和 b 是对的，但你记录代价的时刻不对："),
    (r"every iteration, before each update\. ", r"每次迭代都记录了一个（在更新之前）。"),
    (r"every iteration, after each update\. ", r"每次迭代都记录了一个（在更新之后）。"),
    (r"after the update \(each one is the cost one update too late\)\. ",
     r"记录在更新之后（每个代价都晚了一次更新）。"),
    (r"at iterations (?P<a>\d+), (?P<b>\d+), (?P<c>\d+), \.\.\. instead of 0, 100, 200, "
     r"\.\.\. \(an off-by-one in the `if`, e\.g\. \(i \+ 1\) % 100 == 0\)\. ",
     r"记录在第 \g<a>、\g<b>、\g<c>……次迭代，而不是第 0、100、200……次（`if` 里差了一，例如 "
     r"(i + 1) % 100 == 0）。"),
    (r"at iterations (?P<a>\d+), (?P<b>\d+), \.\.\. instead of 0, 100, 200, \.\.\.\. ",
     r"记录在第 \g<a>、\g<b>……次迭代，而不是第 0、100、200……次。"),
    (r"every 100 iterations plus one extra cost appended after the loop \(the source post's "
     r"final version does this\)\. ",
     r"每 100 次迭代记录一个，但循环之后又多添了一个（源文章的最终版本就是这样做的）。"),
    (rf"{_RECORD}", r"请在 i % 100 == 0 时，记录更新之前算出的代价。"),
    (r"Remove the append after the loop\.", r"请删掉循环之后的那次 append。"),
    (r"W and b are right, but costs is empty: nothing was recorded\. Inside the loop, "
     r"before the update, add `if i % 100 == 0: costs\.append\(cost\)`\.",
     r"W 和 b 是对的，但 costs 是空的：什么都没有记录。请在循环里、更新之前加上 "
     r"`if i % 100 == 0: costs.append(cost)`。"),
    (r"W and b are right, but the costs are not the (?P<n>\d+) costs before updates "
     r"0, 100, 200, 300 \((?:you returned (?P<c>\d+) values?, )?expected (?P<v>\[.*?\])\)\. ",
     r"W 和 b 是对的，但 costs 不是第 0、100、200、300 次更新之前的 \g<n> 个代价（你返回了 "
     r"\g<c> 个值，应得 \g<v>）。"),
    (r"W, b and costs are right; grads should be the gradients of the last update, "
     r"\{'dW': dW, 'db': db\}\.",
     r"W、b 和 costs 都对了；grads 应当是最后一次更新用的梯度 {'dW': dW, 'db': db}。"),
    (r"optimize matches logreg_core\.optimize: W, b, the (?P<n>\d+) costs and the last "
     r"gradients\.",
     r"optimize 与 logreg_core.optimize 一致：W、b、\g<n> 个代价和最后的梯度都对。"),

    # ------------------------------------------------------------ model
    (r"With (?P<k>\d+) iterations at learning rate (?P<lr>[\d.]+) \(the check's second "
     r"run\): ",
     r"用 \g<k> 次迭代、学习率 \g<lr>（自检的第二次运行）时："),
    (r"A second run, with other settings, did not return W and b as the first did\. Make "
     r"model return the same dict for any arguments\.",
     r"换一组设置再运行一次时，返回的 W 和 b 不像第一次那样。请让 model 对任何参数都返回"
     r"同样的字典。"),
    (r"Asked for (?P<k>\d+) iterations at learning rate (?P<lr>[\d.]+), your model trains as "
     r"for (?P<k0>\d+) at (?P<lr0>[\d.]+): it ignores its arguments\. Pass them on: "
     rf"{_ORDER}\.",
     r"要求的是以学习率 \g<lr> 迭代 \g<k> 次，你的 model 却像以 \g<lr0> 迭代 \g<k0> 次那样"
     r"训练：它没有用自己的参数。请把参数传下去：optimize(W, b, X_train, Y_train, "
     r"num_iterations, learning_rate)。"),
    (r"With (?P<k>\d+) iterations at learning rate (?P<lr>[\d.]+), your W and b differ from "
     r"core\.model's\. Pass num_iterations and learning_rate on to optimize, and fix no "
     r"value in advance\.",
     r"用 \g<k> 次迭代、学习率 \g<lr> 时，你的 W 和 b 与 core.model 的不同。请把 "
     r"num_iterations 和 learning_rate 传给 optimize，不要预先写死任何值。"),
    (r"'learning_rate' and 'num_iterations' must be the values model was given(?:, whatever "
     r"they are)?\. Store the arguments themselves: \"learning_rate\": learning_rate, "
     r"\"num_iterations\": num_iterations\.",
     r"'learning_rate' 和 'num_iterations' 必须是传给 model 的值，不管它们是多少。请直接存"
     r'参数本身："learning_rate": learning_rate，"num_iterations": num_iterations。'),
    (r"With (?P<k>\d+) iterations your 'costs' is not the list optimize returned\. Store "
     r"costs as it comes back from optimize\.",
     r"用 \g<k> 次迭代时，你的 'costs' 不是 optimize 返回的那个列表。请把 optimize 返回的 "
     r"costs 原样存进去。"),
    (r"Some keys are spelled differently: (?P<pairs>.+?)\. " + _KEYS,
     r"有些键拼写得不一样：\g<pairs>。请完全照用源文章的键：\g<keys>。"),
    (r"'(?P<a>\w+)' should be '(?P<b>\w+)'", r"'\g<a>' 应当是 '\g<b>'"),
    (r"(?P<pair>应当是 '\w+'); (?=')", r"\g<pair>；"),     # between two such pairs
    (r"The dict misses the keys (?P<m>\[.*?\])\. " + _KEYS,
     r"字典里缺少这些键：\g<m>。请完全照用源文章的键：\g<keys>。"),
    (r"\.?\s*: the predictions of one set were compared with the labels of the other\. "
     r"Predict on X_train for Y_prediction_train and on X_test for Y_prediction_test\.",
     r"这说明一个数据集的预测被拿去和另一个数据集的标签比较了。请在 X_train 上预测 "
     r"Y_prediction_train，在 X_test 上预测 Y_prediction_test。"),
    (r"model passes learning_rate \((?P<lr>[\d.]+)\) where optimize expects num_iterations, "
     rf"so optimize stopped with a TypeError\. Keep the order: {_ORDER}\.",
     r"model 在 optimize 需要 num_iterations 的位置传了 learning_rate（\g<lr>），所以 "
     r"optimize 以 TypeError 停了下来。请保持参数的顺序：optimize(W, b, X_train, Y_train, "
     r"num_iterations, learning_rate)。"),
    (r"\. A float was used as a count: did you swap num_iterations and learning_rate\? Keep "
     rf"the order: {_ORDER}\.",
     r"。一个浮点数被当成了次数：是不是把 num_iterations 和 learning_rate 弄反了？请保持"
     r"参数的顺序：optimize(W, b, X_train, Y_train, num_iterations, learning_rate)。"),
    (r"model passes the data X_train to initialize_weights, as the source post's first model "
     r"does \(its defect 4\)\. initialize_weights needs the number of features: "
     r"initialize_weights\(X_train\.shape\[0\]\)\.",
     r"model 把数据 X_train 传给了 initialize_weights，源文章的第一个 model 就是这样做的（它的"
     r"缺陷 4）。initialize_weights 需要的是特征的个数：initialize_weights(X_train.shape[0])。"),
    (r"model must return a dict \(the source post's d\); got (?P<t>\w+)\. End with "
     r"`return \{'costs': costs, \.\.\.\}`\.",
     r"model 必须返回一个字典（源文章的 d），得到的却是 \g<t>。请在最后写 "
     r"`return {'costs': costs, ...}`。"),
    (rf"W must have shape \(2, 1\) and b must be a number; got W of shape (?P<w>{_SHAPE}) "
     rf"and b of shape (?P<b>{_SHAPE})\.",
     r"W 的形状必须是 (2, 1)，b 必须是一个数；得到的 W 形状是 \g<w>，b 的形状是 \g<b>。"),
    (r"W and b must hold numbers\.", r"W 和 b 里必须是数。"),
    (r"W and b are still the zeros you started from\. Take the trained ones from what "
     r"optimize returns: W = params\['W'\], b = params\['b'\]\.",
     r"W 和 b 还是出发时的零。请从 optimize 的返回值中取出训练好的参数：W = params['W']，"
     r"b = params['b']。"),
    (r"W is trained but b is 0\.0: you forgot b\. Take it from optimize's result too: "
     r"b = params\['b'\]\.",
     r"W 训练过了，b 却是 0.0：你忘了 b。也要从 optimize 的结果中取出它：b = params['b']。"),
    (r"W and b were trained on the test set\. Train on X_train, Y_train; the test set is only "
     r"for measuring\.",
     r"W 和 b 是在测试集上训练的。请在 X_train、Y_train 上训练；测试集只用来衡量。"),
    (r"W and b differ from core\.model's: start from initialize_weights\(X_train\.shape\[0\]\) "
     r"and optimize on X_train, Y_train\. If you call your own optimize, make its check pass "
     r"first\.",
     r"W 和 b 与 core.model 的不同：请从 initialize_weights(X_train.shape[0]) 出发，在 "
     r"X_train、Y_train 上用 optimize 训练。如果你调用的是自己的 optimize，请先让它的自检通过。"),
    (r"W and b are right, but 'costs' holds a dict \(the gradients\?\): your optimize returns "
     r"its three results in another order\. Make optimize's check pass \(the order is "
     r"params, grads, costs\), then run this check again\.",
     rf"W 和 b 是对的，但 'costs' 里是一个字典（是梯度吗？）：你的 optimize 返回三个结果的顺序"
     rf"不对。请先让 optimize 的自检通过（顺序是 params、grads、costs）{AGAIN}。"),
    (r"W and b are right, but 'costs' is not the list optimize returned \(the cost every 100 "
     r"iterations\)\. Store it as it comes back: \"costs\": costs\.",
     r"W 和 b 是对的，但 'costs' 不是 optimize 返回的列表（每 100 次迭代一个代价）。请原样"
     r'存进去："costs": costs。'),
    (r"Y_prediction_train has (?P<a>\d+) predictions and Y_prediction_test (?P<b>\d+): they "
     r"are swapped\. Predict on X_train for the first and X_test for the second\.",
     r"Y_prediction_train 有 \g<a> 个预测，Y_prediction_test 有 \g<b> 个：两者弄反了。请在 "
     r"X_train 上预测前者，在 X_test 上预测后者。"),
    (rf"(?P<label>Y_prediction_\w+) has shape (?P<s>{_SHAPE}); it must be \(1, (?P<m>\d+)\), "
     r"one prediction per sample of (?P<x>X_\w+): predict\(W, b, (?P=x)\)\.",
     r"\g<label> 的形状是 \g<s>；它必须是 (1, \g<m>)，\g<x> 的每个样本一个预测："
     r"predict(W, b, \g<x>)。"),
    (r"(?P<label>Y_prediction_\w+) ignores b: predict with both, predict\(W, b, "
     r"(?P<x>X_\w+)\)\.",
     r"\g<label> 没有用 b：预测时两个都要用，predict(W, b, \g<x>)。"),
    (r"(?P<label>Y_prediction_\w+) holds probabilities between 0 and 1, not 0/1 predictions\. "
     r"Use core\.predict\(W, b, (?P<x>X_\w+)\): it gives 1 where a > 0\.5, else 0\.",
     r"\g<label> 里是 0 到 1 之间的概率，而不是 0/1 预测。请用 core.predict(W, b, \g<x>)："
     r"它在 a > 0.5 的地方给出 1，其他地方给出 0。"),
    (r"(?P<label>Y_prediction_\w+) is not predict\(W, b, (?P<x>X_\w+)\) with the trained W "
     r"and b\. Write (?P=label) = core\.predict\(W, b, (?P=x)\)\.",
     r"\g<label> 不是用训练好的 W 和 b 算出的 predict(W, b, \g<x>)。请写 "
     r"\g<label> = core.predict(W, b, \g<x>)。"),
    (r"train_accuracy and test_accuracy must each be one number \(a percentage such as "
     r"75\.0\); got (?P<k>\w+ and \w+)\. Store the number itself, not a string or an array: "
     rf"{_ACCURACY}\.",
     r"train_accuracy 和 test_accuracy 都必须是一个数（一个百分数，例如 75.0），得到的却是 "
     r"\g<k>。请直接存这个数，不要存字符串或数组：100 - np.mean(np.abs(prediction - label)) "
     r"* 100。"),
    (r"(?P<a>\w+) and (?P<b>\w+)(?=。请直接存这个数)", r"\g<a> 和 \g<b>"),
    (r"The accuracies are fractions \((?P<a>[\d.]+), (?P<b>[\d.]+)\); the source post gives "
     r"them in percent\. Multiply by 100\.",
     r"准确率是比例（\g<a>、\g<b>）；源文章给出的是百分数。请乘以 100。"),
    (r"train_accuracy and test_accuracy are swapped: train_accuracy compares "
     r"Y_prediction_train with Y_train\. Swap them back\.",
     r"train_accuracy 和 test_accuracy 弄反了：train_accuracy 比较的是 Y_prediction_train "
     r"和 Y_train。请把它们换回来。"),
    (r"The accuracies are counts of right predictions \((?P<a>[\d.]+) and (?P<b>[\d.]+)\), "
     rf"not percentages\. Compute {_ACCURACY} for each set\.",
     r"准确率是预测正确的个数（\g<a> 和 \g<b>），而不是百分数。请对每个数据集计算 "
     r"100 - np.mean(np.abs(prediction - label)) * 100。"),
    (r"The accuracies are the percentage of wrong predictions\. Accuracy is the percentage "
     r"right: 100 - mean\(\|prediction - label\|\) \* 100\.",
     r"这两个准确率是预测错误的百分比。准确率是预测正确的百分比：100 - "
     r"mean(|prediction - label|) * 100。"),
    (r"The accuracies should be (?P<a>[\d.]+) and (?P<b>[\d.]+) percent; got (?P<c>[\d.]+) "
     rf"and (?P<d>[\d.]+)\. Compute {_ACCURACY} with that set's predictions and labels\.",
     r"准确率应当是 \g<a> % 和 \g<b> %，得到的却是 \g<c> 和 \g<d>。请用各自数据集的预测和"
     r"标签计算 100 - np.mean(np.abs(prediction - label)) * 100。"),
    (r"model matches logreg_core\.model on the source post's data: W, b, the costs, both "
     r"predictions and the accuracies \((?P<a>[\d.]+) % and (?P<b>[\d.]+) %\)\.",
     r"model 在源文章的数据上与 logreg_core.model 一致：W、b、代价、两组预测和两个准确率"
     r"（\g<a> % 和 \g<b> %）都对。"),
]
