"""Lesson 05's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

from .messages_zh import NAME

NUMS = r"\[[^\]]*\]"          # a list of numbers the check printed, as [1.0, -2.0, ...]
ALIAS = ("`t = theta` 只是给同一个数组起了第二个名字，不是副本，所以对 t 的每次修改都是对 "
         "theta 的修改")

CATALOGUE = [
    # ------------------------------------------------------------ theta changed or aliased
    (rf"{NAME} writes into the theta it is given \(the check hands it over read-only, so "
     r"Python stopped it\)\. `t = theta` and `t = theta\[:\]` do not copy: t is the same array "
     r"as theta, or a view of it\. Start from a real copy, t = theta\.copy\(\), for each i, "
     r"and change only t\.",
     r"\g<name> 往传给它的 theta 里写入了数（自检交给它的是只读数组，所以 Python 阻止了它）。"
     r"`t = theta` 和 `t = theta[:]` 都不会复制：t 就是 theta 这个数组，或者是它的一个视图"
     r"（view）。对每个 i，都从一个真正的副本 t = theta.copy() 出发，只修改 t。"),
    (rf"{NAME} uses the entries of theta as positions: `for i in theta` gives the values "
     r"\((?P<a>\S+), (?P<b>\S+) and so on\), not the places (?P<p>\d+, \d+, \d+)\. Loop over "
     r"the places: for i in range\(theta\.size\)\.",
     r"\g<name> 把 theta 的元素当成了位置：`for i in theta` 给出的是元素的值（\g<a>、\g<b> "
     r"等等），而不是位置 \g<p>。请对位置循环：for i in range(theta.size)。"),
    (rf"{NAME} evaluates f only at theta itself, never at a nudged point, so every "
     r"difference is 0\. If you wrote t_plus = theta and t_minus = theta, those are two names "
     r"for one array, not copies: the \+h and the -h cancel before f is called\. Use "
     r"t_plus = theta\.copy\(\) and t_minus = theta\.copy\(\)\.",
     r"\g<name> 只在 theta 本身上计算 f，从来没有在移动过的点上计算，所以每个差都是 0。"
     r"如果你写的是 t_plus = theta 和 t_minus = theta，它们只是同一个数组的两个名字，不是"
     r"副本：+h 和 -h 在调用 f 之前就互相抵消了。请用 t_plus = theta.copy() 和 "
     r"t_minus = theta.copy()。"),
    # the pieces of "changes the caller's theta" / "changed the theta it was given"
    (r", and entries nudged earlier are still nudged when you move to the next one \(f sees "
     r"points where more than one entry moved\)\.",
     r"；而且换到下一个元素时，之前移动过的元素仍然停在移动后的位置（f 看到的点里不止一个"
     r"元素被移动了）。"),
    (r", and the \+h change is still there when you step to -h, so f never sees "
     r"theta - h e_i\.",
     r"；而且换成 -h 时，+h 的改动还在，所以 f 从来没有看到 theta - h e_i。"),
    (rf"{NAME} changes the caller's theta: `t = theta` makes a second name for the same "
     r"array, not a copy, so each change to t is a change to theta\.",
     rf"\g<name> 修改了调用者的 theta：{ALIAS}。"),
    (rf"{NAME} changes the caller's theta: `t = theta` makes a second name for the same "
     r"array, not a copy, so each change to t is a change to theta",
     rf"\g<name> 修改了调用者的 theta：{ALIAS}"),
    (rf"{NAME} changed the theta it was given\.", r"\g<name> 修改了传给它的 theta。"),
    (r" (?:Also, theta|Theta) comes back changed by rounding \(theta \+ h - h is not always "
     r"exactly theta\)\.",
     r"另外，theta 返回时被舍入改变了（theta + h - h 并不总是恰好等于 theta）。"),
    (r" (?:Also, theta|Theta) is left perturbed, by up to (?P<m>\S+) \(h = (?P<h>\S+)\)\.",
     r"另外，theta 被留在了移动后的状态，最多偏离了 \g<m>（h = \g<h>）。"),
    (r" Start from a copy, t = theta\.copy\(\), for each i, and leave theta as it came\.",
     r"对每个 i 都从副本 t = theta.copy() 出发，让 theta 保持原样。"),
    (r" Work on a copy \(t = theta\.copy\(\)\) and never change your input\.",
     r"请在副本（t = theta.copy()）上计算，永远不要修改你的输入。"),
    # ------------------------------------------------------------ what comes back
    (rf"{NAME} returned a Python (?P<kind>list|tuple), not a NumPy array(?P<right> \(its "
     r"numbers are right\))?\. Return an array shaped like theta: start with "
     r"grad = np\.zeros_like\(theta\), fill grad\[i\], return grad\.",
     r"\g<name> 返回的是 Python 的 \g<kind>，不是 NumPy 数组\g<right>。请返回一个和 theta "
     r"形状相同的数组：先写 grad = np.zeros_like(theta)，填好 grad[i]，再 return grad。"),
    (r" \(its numbers are right\)", r"（里面的数是对的）"),
    (rf"{NAME} returned one number after evaluating f only (?P<k>\d+) times?: is the "
     r"`return` inside the loop\? Then it stops at i = 0\. Fill grad\[i\] for every i, and "
     r"return grad after the loop\.",
     r"\g<name> 只计算了 \g<k> 次 f，就返回了一个数：`return` 是不是写在了循环里面？那样它在 "
     r"i = 0 时就停下了。请为每个 i 填好 grad[i]，在循环结束之后再 return grad。"),
    (rf"{NAME} returned a single number, not one partial derivative per entry of theta\. "
     r"Collect them in an array: grad = np\.zeros_like\(theta\); grad\[i\] = \.\.\.; "
     r"return grad\.",
     r"\g<name> 只返回了一个数，而不是 theta 的每个元素各一个偏导数。请把它们收集在一个数组里："
     r"grad = np.zeros_like(theta); grad[i] = ...; return grad。"),
    (rf"{NAME} returned (?P<kind>\w+); expected a NumPy array of shape (?P<shape>\(.*?\)), "
     r"one partial derivative per entry of theta\.",
     r"\g<name> 返回的是 \g<kind>；应该返回形状为 \g<shape> 的 NumPy 数组，theta 的每个元素"
     r"各一个偏导数。"),
    (rf"{NAME} returned shape (?P<out>\(.*?\)); expected (?P<shape>\(.*?\)), one partial "
     r"derivative per entry of theta \(the same shape as theta\)\.",
     r"\g<name> 返回的形状是 \g<out>；应该是 \g<shape>，theta 的每个元素各一个偏导数（和 "
     r"theta 的形状相同）。"),
    (rf"{NAME} returned an array of (?P<dtype>\S+) values; expected real numbers, one "
     r"partial derivative per entry of theta\.",
     r"\g<name> 返回的数组里是 \g<dtype> 类型的值；应该是实数，theta 的每个元素各一个偏导数。"),
    (rf"{NAME} returned whole numbers \(dtype (?P<dtype>\w+)\): its result array holds "
     r"integers, so each slope is cut to a whole number when you store it\. Make it a float "
     r"array: grad = np\.zeros_like\(theta, dtype=float\)\.",
     r"\g<name> 返回的是整数（dtype \g<dtype>）：它的结果数组存放的是整数，所以每个斜率存进去"
     r"时都被截成了整数。请用浮点数组：grad = np.zeros_like(theta, dtype=float)。"),
    (rf"{NAME} stops after the first entry: it evaluated f only (?P<k>\d+) times and left "
     r"the other entries 0\. Is the `return` inside the loop\? Move `return grad` after the "
     r"loop, one indent to the left\.",
     r"\g<name> 算完第一个元素就停了：它只计算了 \g<k> 次 f，其他元素都还是 0。`return` 是不是"
     r"写在了循环里面？请把 `return grad` 移到循环之后，向左少缩进一级。"),
    # ------------------------------------------------------------ which points f sees
    (rf"{NAME} evaluates f outside the loop: it called f only (?P<k>\d+) times for "
     r"(?P<n>\d+) coordinates, each time with every entry of theta moved "
     r"\(f\(theta \+ h\) moves them all\), so each entry of its answer mixes all the slopes\. "
     r"Call f inside the loop, with only entry i nudged: t = theta\.copy\(\); t\[i\] \+= h\.",
     r"\g<name> 在循环外面计算 f：对 \g<n> 个元素，它只调用了 \g<k> 次 f，而且每次 theta 的"
     r"所有元素都被移动了（f(theta + h) 会移动全部元素），所以答案的每个元素都混进了所有的"
     r"斜率。请在循环里面调用 f，每次只移动元素 i：t = theta.copy(); t[i] += h。"),
    (rf"{NAME} moves every entry of theta at once: theta \+ h adds h to all of them, so each "
     r"answer mixes all the slopes\. Nudge only entry i: t = theta\.copy\(\); t\[i\] \+= h\.",
     r"\g<name> 一次移动了 theta 的所有元素：theta + h 给每个元素都加上了 h，所以每个答案都混"
     r"进了所有的斜率。请只移动元素 i：t = theta.copy(); t[i] += h。"),
    (rf"{NAME}: entries nudged earlier are still nudged when you move to the next one \(f "
     r"sees points where more than one entry moved\), so each answer mixes in earlier "
     r"slopes\. Restore t\[i\] = theta\[i\] before moving to the next i \(or start each i "
     r"from theta\.copy\(\); if you build e_i, make a fresh one for each i\)\.",
     r"\g<name>：换到下一个元素时，之前移动过的元素仍然停在移动后的位置（f 看到的点里不止"
     r"一个元素被移动了），所以每个答案都混进了前面的斜率。请在换到下一个 i 之前恢复 "
     r"t[i] = theta[i]（或者每个 i 都从 theta.copy() 出发；如果你构造了 e_i，每个 i 都要新建"
     r"一个）。"),
    (rf"{NAME} ignores its h argument: called with h = (?P<h>\S+), it nudges theta by "
     r"(?P<steps>.+?)\. Use the h it is given, both for the nudge and in the division\.",
     r"\g<name> 没有用它的参数 h：调用时 h = \g<h>，它却把 theta 移动了 \g<steps>。移动 "
     r"theta 和做除法时，都请用传进来的 h。"),
    # ------------------------------------------------------------ the formula
    (rf"{NAME} computes a forward difference \(f\(t \+ h\) - f\(t\)\) / h, one-sided: on "
     r"f = sum\(t\*\*2\) with h = (?P<h>\S+) every entry is off by exactly h\. Use the "
     r"centred difference \(f\(t \+ h e_i\) - f\(t - h e_i\)\) / \(2h\)\.",
     r"\g<name> 算的是前向差分 (f(t + h) - f(t)) / h，只看一侧：在 f = sum(t**2) 上，"
     r"h = \g<h> 时每个元素都恰好差了 h。请用中心差分 (f(t + h e_i) - f(t - h e_i)) / (2h)。"),
    (rf"{NAME} returns twice the gradient on f = sum\(t\*\*2\): you divided by h instead of "
     r"2h\. The two points are 2h apart, so divide by \(2 \* h\)\.",
     r"\g<name> 在 f = sum(t**2) 上返回了两倍的梯度：你除以的是 h，而不是 2h。两个点相距 "
     r"2h，所以要除以 (2 * h)。"),
    (rf"{NAME} looks like a forward difference divided by 2h \(half the gradient plus h/2\): "
     r"use f\(t - h e_i\), not f\(t\), as the second point\.",
     r"\g<name> 看起来是除以了 2h 的前向差分（梯度的一半再加上 h/2）：第二个点请用 "
     r"f(t - h e_i)，而不是 f(t)。"),
    (rf"{NAME} returns the gradient with the opposite sign on f = sum\(t\*\*2\): put "
     r"f\(theta \+ h e_i\) first, \(f\(theta \+ h e_i\) - f\(theta - h e_i\)\) / \(2h\)\.",
     r"\g<name> 在 f = sum(t**2) 上返回的梯度符号相反：请把 f(theta + h e_i) 放在前面，"
     r"(f(theta + h e_i) - f(theta - h e_i)) / (2h)。"),
    (rf"{NAME} returns h\*\*2 = (?P<h2>\S+) times the gradient on f = sum\(t\*\*2\): "
     r"`/ 2 \* h` divides by 2 and then multiplies by h\. Write `/ \(2 \* h\)`\.",
     r"\g<name> 在 f = sum(t**2) 上返回的是梯度的 h**2 = \g<h2> 倍：`/ 2 * h` 先除以 2，再"
     r"乘以 h。请写 `/ (2 * h)`。"),
    (rf"{NAME} returns zeros on f = sum\(t\*\*2\), where the gradient is (?P<g>{NUMS}): the "
     r"two values you subtract are equal, so both came from the same point\. Evaluate f at "
     r"theta \+ h e_i and at theta - h e_i, two different copies\.",
     r"\g<name> 在 f = sum(t**2) 上返回的全是 0，而那里的梯度是 \g<g>：你相减的两个值相等，"
     r"所以它们来自同一个点。请在 theta + h e_i 和 theta - h e_i 这两个不同的副本上计算 f。"),
    (rf"{NAME} returns (?P<r>\S+) times the gradient on f = sum\(t\*\*2\): it nudges by h but "
     r"divides by something other than 2h\. Divide by \(2 \* h\), with the brackets\.",
     r"\g<name> 在 f = sum(t**2) 上返回的是梯度的 \g<r> 倍：它移动了 h，除以的却不是 2h。"
     r"请除以 (2 * h)，带上括号。"),
    (rf"On f = sum\(t\*\*2\) at theta = (?P<t>{NUMS}) the gradient is (?P<g>{NUMS}); {NAME} "
     rf"gave (?P<got>{NUMS})\.",
     r"在 f = sum(t**2) 上，theta = \g<t> 处的梯度是 \g<g>；\g<name> 给出的是 \g<got>。"),
    (r" Compare your code with \(f\(theta \+ h e_i\) - f\(theta - h e_i\)\) / \(2h\)\.",
     r"请把你的代码和 (f(theta + h e_i) - f(theta - h e_i)) / (2h) 对照。"),
    (r" f was never evaluated at (?P<pts>.+?)(?P<more> \.\.\.)?: nudge one entry at a time, "
     r"both ways\.",
     r"f 从来没有在 \g<pts>\g<more> 处计算过：请一次移动一个元素，两个方向都要。"),
    # ------------------------------------------------------------ sum(t**3), (sum t)**2
    (rf"{NAME} ignores its h argument: called with h = (?P<h>\S+) on f = sum\(t\*\*3\), where "
     r"centred differences are off by exactly h\*\*2 = (?P<h2>\S+), it behaves like a step of "
     r"about (?P<s>\S+)\. Use h, not a constant\.",
     r"\g<name> 没有用它的参数 h：在 f = sum(t**3) 上调用时 h = \g<h>，中心差分应该恰好差 "
     r"h**2 = \g<h2>，它却像是用了大约 \g<s> 的步长。请用 h，不要用一个固定的数。"),
    (rf"{NAME} ignores its h argument: called with h = (?P<h>\S+) on f = sum\(t\*\*3\), where "
     r"centred differences are off by exactly h\*\*2 = (?P<h2>\S+), it behaves like a step of "
     r"a much smaller one\. Use h, not a constant\.",
     r"\g<name> 没有用它的参数 h：在 f = sum(t**3) 上调用时 h = \g<h>，中心差分应该恰好差 "
     r"h**2 = \g<h2>，它却像是用了一个小得多的步长。请用 h，不要用一个固定的数。"),
    (rf"On f = sum\(t\*\*3\) with h = (?P<h>\S+), centred differences give "
     rf"3 t\*\*2 \+ h\*\*2 = (?P<want>{NUMS}); {NAME} gave (?P<got>{NUMS})\. Compare your code "
     r"with \(f\(theta \+ h e_i\) - f\(theta - h e_i\)\) / \(2h\), using the h you are given\.",
     r"在 f = sum(t**3) 上，h = \g<h> 时中心差分给出 3 t**2 + h**2 = \g<want>；\g<name> 给出"
     r"的是 \g<got>。请把你的代码和 (f(theta + h e_i) - f(theta - h e_i)) / (2h) 对照，并"
     r"使用传进来的 h。"),
    (rf"On f = \(sum t\)\*\*2 the error grows with the index \((?P<err>{NUMS})\): each "
     r"coordinate is evaluated with the earlier ones still perturbed\. Restore "
     r"t\[i\] = theta\[i\] before moving to the next i \(or start each i from "
     r"theta\.copy\(\)\)\.",
     r"在 f = (sum t)**2 上，误差随下标增大（\g<err>）：计算每个元素的斜率时，前面的元素仍停在"
     r"移动后的位置。请在换到下一个 i 之前恢复 t[i] = theta[i]（或者每个 i 都从 theta.copy() "
     r"出发）。"),
    (rf"On f = \(sum t\)\*\*2 the gradient is (?P<g>{NUMS}); {NAME} gave (?P<got>{NUMS})\. "
     r"Nudge only entry i, from a fresh copy of theta for each i\.",
     r"在 f = (sum t)**2 上，梯度是 \g<g>；\g<name> 给出的是 \g<got>。每个 i 都从 theta 的一个"
     r"新副本出发，只移动元素 i。"),
    # ------------------------------------------------------------ other sizes (more_cases)
    (r"(?P<pre>另一个例子上(?:出错|不对))：theta has (?P<k>\d+) entr(?:y|ies)。",
     r"\g<pre>：theta 有 \g<k> 个元素。"),
    (r"(?P<pre>另一个例子上(?:出错|不对))：f weighs each entry differently。",
     r"\g<pre>：f 给每个元素的权重不同。"),
    (r"Look for a size fixed in your code \(the notebook's n, or a range of fixed length\) "
     r"instead of theta\.size, and for a function from the notebook \(such as J\) called "
     r"instead of f\.",
     r"请找一找：你的代码里是不是用了固定的大小（笔记本里的 n，或者长度固定的 range），而不是 "
     r"theta.size；是不是调用了笔记本里的函数（例如 J），而不是 f。"),
    # ------------------------------------------------------------ passed
    (rf"{NAME} gives centred differences: exact on sum\(t\*\*2\), error exactly h\*\*2 on "
     r"sum\(t\*\*3\), right on the coupled \(sum t\)\*\*2, and theta untouched\.",
     r"\g<name> 给出的是中心差分：在 sum(t**2) 上精确，在 sum(t**3) 上误差恰好是 h**2，"
     r"在各元素相互关联的 (sum t)**2 上也对，而且没有改动 theta。"),
]
