"""Lesson 02's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

import re

from .messages_zh import AGAIN, NAME

CATALOGUE = [
    (r"gradient_descent returns the (?P<k>\d+) values w0, \.\.\., w(?P<n>\d+) of "
     r"w <- w - learning_rate \* df\(w\), as a numpy array\.",
     r"gradient_descent 以 numpy 数组的形式返回了 w <- w - learning_rate * df(w) 的 \g<k> "
     r"个值 w0, ..., w\g<n>。"),
    (r"gradient_descent gives wrong values from w(?P<k>\d+) on\. On the check's bowl "
     r"g\(w\) = 2 \(w - 1\)\*\*2, df\(w\) = 4 \(w - 1\), from w0 = (?P<w0>\S+) with learning "
     r"rate (?P<rate>\S+): w(?P=k) = (?P<got>\S+), the right value is (?P<right>\S+)\. Check the "
     r"update w = w - learning_rate \* df\(w\)\.",
     r"gradient_descent 从 w\g<k> 起的值不对。在自检的碗 g(w) = 2 (w - 1)**2、"
     r"df(w) = 4 (w - 1) 上，从 w0 = \g<w0> 出发，学习率 \g<rate>：w\g<k> = \g<got>，"
     r"正确值是 \g<right>。请检查更新 w = w - learning_rate * df(w)。"),
    (r"all values are right except the last one, w(?P<n>\d+): your loop stops one step early "
     r"\(range\(1, num_steps\) misses the last step\)\. Loop over range\(1, num_steps \+ 1\), "
     r"or use range\(num_steps\) and append\.",
     r"除了最后一个 w\g<n>，其他值都对：你的循环早停了一步（range(1, num_steps) 漏掉了最后"
     r"一步）。请对 range(1, num_steps + 1) 循环，或者用 range(num_steps) 再 append。"),
    (r"gradient_descent returned only the last w, one number\. It must return all (?P<k>\d+) "
     r"values w0, w1, \.\.\., w(?P<n>\d+): collect them in a list and return np\.array\(ws\)\.",
     r"gradient_descent 只返回了最后一个 w，一个数。它必须返回全部 \g<k> 个值 w0, w1, ..., "
     r"w\g<n>：把它们收集在一个列表里，返回 np.array(ws)。"),
    (r"gradient_descent returned one number, w1, after one step: is `return` inside the "
     r"loop\? Move it out of the loop \(one indent less\) and return all (?P<k>\d+) values as "
     r"an np\.array\.",
     r"gradient_descent 走一步后返回了一个数 w1：`return` 是不是写在了循环里面？请把它移到"
     r"循环外面（少缩进一级），并以 np.array 返回全部 \g<k> 个值。"),
    (r"the first value must be the start w0 itself\. With the check's w0 = (?P<w0>\S+), your "
     r"first value is (?P<got>\S+): put w0 in the array before the loop, and append only "
     r"values of w\.",
     r"第一个值必须是起点 w0 本身。自检的 w0 = \g<w0>，你的第一个值却是 \g<got>：请在循环"
     r"之前把 w0 放进数组，之后只 append w 的值。"),
    (r"gradient_descent returned (?P<got>\d+) values for num_steps = (?P<n>\d+); it must "
     r"return num_steps \+ 1 = (?P<k>\d+): w0 and the w after each step\.",
     r"num_steps = \g<n> 时，gradient_descent 返回了 \g<got> 个值；它必须返回 "
     r"num_steps + 1 = \g<k> 个：w0，以及每一步之后的 w。"),
    (rf"{NAME} writes ws = ws\.append\(w\): append changes the list itself and gives back "
     r"None, so ws becomes None\. Write ws\.append\(w\) on its own line, run its cell, then run "
     r"this check again\.",
     rf"\g<name> 写了 ws = ws.append(w)：append 直接修改列表本身，返回的是 None，于是 ws "
     rf"变成了 None。请把 ws.append(w) 单独写成一行，运行它所在的单元格{AGAIN}。"),
    (rf"{NAME} uses df itself in a calculation, but df is a function: call it to get the "
     r"slope\. Write learning_rate \* df\(w\), with \(w\), then run this check again\.",
     rf"\g<name> 在计算中直接用了 df，但 df 是一个函数：要调用它才能得到斜率。请写 "
     rf"learning_rate * df(w)，带上 (w){AGAIN}。"),
    (r"w = w - learning_rate \* df\(w\) inside the loop\.",
     r"在循环里写 w = w - learning_rate * df(w)。"),
    (r"the values are right, but gradient_descent returned a (?P<kind>\w+), not a numpy "
     r"array\. Return np\.array\(ws\)\.",
     r"值是对的，但 gradient_descent 返回的是 \g<kind>，而不是 numpy 数组。请返回 "
     r"np.array(ws)。"),
    (r"the values are right, but the array has shape (?P<s>\(.*?\)); it must be flat, shape "
     r"(?P<f>\(\d+,\))\. Return np\.array\(ws\) of plain numbers \(or call \.ravel\(\)\)\.",
     r"值是对的，但数组的形状是 \g<s>；它必须是一维的，形状为 \g<f>。请把普通的数收集在列表里，"
     r"返回 np.array(ws)（或者调用 .ravel()）。"),
    (r"gradient_descent returned an array of shape (?P<s>\(.*?\)); it must be a flat array "
     r"of the (?P<k>\d+) values w0, \.\.\., w(?P<n>\d+)\.",
     r"gradient_descent 返回的数组形状是 \g<s>；它必须是含 \g<k> 个值 w0, ..., w\g<n> 的"
     r"一维数组。"),
    (r"gradient_descent returned a (?P<t>\w+), not numbers\. Return only np\.array\(ws\), the "
     r"array of the values of w\.",
     r"gradient_descent 返回的是 \g<t>，不是数。请只返回 np.array(ws)，即由 w 的各个值组成的"
     r"数组。"),
    (r"gradient_descent returned an array with only w0 in it: nothing was added\. "
     r"np\.append\(ws, w\) makes a new array and leaves ws as it was: write "
     r"ws = np\.append\(ws, w\), or use a list and ws\.append\(w\)\.",
     r"gradient_descent 返回的数组里只有 w0：什么也没有加进去。np.append(ws, w) 会生成一个"
     r"新数组，而 ws 保持原样：请写 ws = np.append(ws, w)，或者改用列表和 ws.append(w)。"),
    (r"gradient_descent returned a single number; it must return an np\.array of the "
     r"(?P<k>\d+) values w0, w1, \.\.\., w(?P<n>\d+)\.",
     r"gradient_descent 只返回了一个数；它必须返回含 \g<k> 个值 w0, w1, ..., w\g<n> 的 "
     r"np.array。"),
    (r"right for (?P<n>\d+) steps, but with num_steps = 0 it must return np\.array\(\[w0\]\): "
     r"no steps, only the start \(it returned a (?P<t>\w+)\)\. Make sure w0 goes into the "
     r"array before the loop\.",
     r"走 \g<n> 步时是对的，但 num_steps = 0 时它必须返回 np.array([w0])：不走一步，只有起点"
     r"（它返回的是 \g<t>）。请确保在循环之前就把 w0 放进数组。"),
    (r"right for (?P<n>\d+) steps, but with num_steps = 0: ",
     r"走 \g<n> 步时是对的，但 num_steps = 0 时："),
    # the further cases (_DESCENT_CASES) and what to look at when one of them fails
    (r"w0 = 0 is an integer", r"w0 = 0 是整数"),
    (r"w0 = 1\.0 is already at the bottom, where the slope is 0",
     r"w0 = 1.0 已经在谷底，那里的斜率是 0"),
    (r"w reaches the bottom after one step, then stays there",
     r"w 走一步就到达谷底，然后停在那里"),
    (r"the slope df\(w\) = ", r"斜率 df(w) = "),
    (r"Look for code that depends on the values: an early stop or `break` \(the array must "
     r"always hold num_steps \+ 1 values\), or an array built from w0 \(np\.full, "
     r"np\.zeros_like\), which holds integers when w0 is an integer\. Start with ws = \[w0\] "
     r"and append each new w\.",
     r"找一找依赖于数值的代码：提前停下或 `break`（数组必须总是含 num_steps + 1 个值），"
     r"或者由 w0 构造的数组（np.full、np.zeros_like）：w0 是整数时，这样的数组里存的也是"
     r"整数。请从 ws = [w0] 开始，把每个新的 w append 进去。"),
]

# lesson 02's mistake table: what the mistake is, and what to do (one sentence each)
_LESSON02 = [
    ('your w climbs uphill: the update adds the slope (w + learning_rate * df(w)). Gradient '
     'descent steps against the slope.',
     '你的 w 在往上坡走：更新时加上了斜率（w + learning_rate * '
     'df(w)）。梯度下降要朝斜率的反方向走。'),
    ('w never moves on: after the first step every value is w1, so each step starts again from'
     ' w0.',
     'w 一直没有往前走：第一步之后每个值都是 w1，所以每一步都重新从 w0 出发。'),
    ('every value is w0. Either w never changes (the update line needs `w = ` in front), or '
     'the list collects w0 again and again instead of the new w.',
     '每个值都是 w0。要么 w 从未改变（更新那一行前面要写 `w = `），要么列'
     '表一次又一次收进了 w0，而不是新的 w。'),
    ('Write w = w - learning_rate * df(w), then append w.',
     '请写 w = w - learning_rate * df(w)，然后 appe'
     'nd w。'),
    ('the slope is always taken at the start: df(w0) instead of df(w).',
     '斜率总是在起点取的：用了 df(w0)，而不是 df(w)。'),
    ('you divide the slope by the learning rate instead of multiplying by it.',
     '你用斜率除以了学习率，而不是乘以学习率。'),
    ('the learning rate is applied twice: each'
     ' step is learning_rate² times the slope.',
     '学习率用了两次：每一步是 learning_rate² 乘以斜率。'),
    ('the learning rate is missing: each step is the whole slope, df(w).',
     '少了学习率：每一步都是整个斜率 df(w)。'),
    ("your code uses f(w), the height of the notebook's bowl, instead of the slope df(w) it is"
     ' given.',
     '你的代码用了 f(w)，即笔记本里那个碗的高度，而不是传进来的斜率 df(w)。'),
    ("your code uses the slope of the notebook's bowl, 2 * (w - 3), instead of calling the df "
     'it is given, so it only works for that one bowl.',
     '你的代码用了笔记本里那个碗的斜率 2 * (w - 3)，而没有调用传进来的 d'
     'f，所以它只对那一个碗有效。'),
    ("your code uses dJ, the neuron's slope from the notebook, instead of calling the df it is"
     ' given.',
     '你的代码用了笔记本里神经元的斜率 dJ，而没有调用传进来的 df。'),
    ('your new w is only the step, learning_rate * df(w): the old w and the minus sign are '
     'missing.',
     '你的新 w 只是步子 learning_rate * df(w)：少了旧的 w '
     '和负号。'),
    ('your new w is only the step, learning_rate * df(w): the old w is missing from the '
     'update.',
     '你的新 w 只是步子 learning_rate * df(w)：更新中少了旧的'
     ' w。'),
    ('the array leaves out w0: it must start with the starting point.',
     '数组里没有 w0：它必须以起点开头。'),
    ('Put w0 in the array before the loop.',
     '请在循环之前把 w0 放进数组。'),
    ('the last value is missing. Either the loop makes one step too few, or it appends w '
     'before the update line, so the newest w is never stored.',
     '少了最后一个值。要么循环少走了一步，要么在更新那一行之前就 append 了 w'
     '，所以最新的 w 从未被保存。'),
    ('Start with ws = [w0], loop with for _ in range(num_steps), and append w after the update'
     ' line.',
     '请从 ws = [w0] 开始，用 for _ in range(num_ste'
     'ps) 循环，并在更新那一行之后 append w。'),
    ('w0 is in the array twice and the last w is missing: you append w before the update line,'
     ' so every value is stored one step late.',
     'w0 在数组里出现了两次，而且少了最后一个 w：你在更新那一行之前 append'
     ' 了 w，所以每个值都晚存了一步。'),
    ('Append w after the line w = w - learning_rate * df(w).',
     '请在 w = w - learning_rate * df(w) 这一行之后 a'
     'ppend w。'),
    ('one step too many: your loop makes num_steps + 1 steps.',
     '多走了一步：你的循环走了 num_steps + 1 步。'),
    ('Loop with for _ in range(num_steps).',
     '请用 for _ in range(num_steps) 循环。'),
    ('w0 is in the array twice.',
     'w0 在数组里出现了两次。'),
    ('Store w0 once, before the loop.',
     '请只在循环之前保存一次 w0。'),
    ('only one step was made: is `return` inside the loop?',
     '只走了一步：`return` 是不是写在了循环里面？'),
    ('Move the `return` line out of the loop (one indent less).',
     '请把 `return` 这一行移到循环外面（少缩进一级）。'),
    ('Use a minus sign: ',
     '请用负号：'),
    ('Update w itself: ',
     '请更新 w 本身：'),
    ('Call df on the current w: ',
     '请对当前的 w 调用 df：'),
    ('Multiply: ',
     '请相乘：'),
    ('Multiply by the learning rate once: ',
     '请只乘一次学习率：'),
    ('Multiply the slope by it: ',
     '请把斜率乘以学习率：'),
    ('Use the df argument: ',
     '请使用参数 df：'),
    ('Call the function passed in as df: ',
     '请调用作为 df 传进来的函数：'),
    ('Start from the old w: ',
     '请从旧的 w 出发：'),
]
CATALOGUE += [(re.escape(english), chinese) for english, chinese in _LESSON02]
