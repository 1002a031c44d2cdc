"""Lesson 03's quick check in Chinese: the questions of lesson03.py, for the Chinese
lesson (notebooks/zh/), shown by `viz.quiz_for("03", language="zh")`.
"""

QUESTIONS = [
    {
        "question": "一个样本的标签是 y = 0，神经元对它的预测是 a = 0.9。它的损失 L 是多少？",
        "answer": 2.302585,
        "tolerance": 0.01,
        "why": ("y = 0，所以 L = -log(1 - a) = -ln(0.1) = 2.302585（自然对数；如果用 lg，"
                "会得到 1）。"),
    },
    {
        "question": "在本课程中，log 指什么？",
        "options": [
            ("自然对数 ln，以 e 为底（np.log）",
             True,
             "课程中的每个公式、每个 np.log 都以 e 为底。"),
            ("以 10 为底的对数 lg（np.log10）",
             False,
             "那是 lg；它会把每个损失都除以 ln 10 = 2.303。"),
            ("以 2 为底的对数（np.log2）",
             False,
             "以 2 为底的对数属于信息论，不属于本课程的公式。"),
        ],
    },
    {
        "question": "为什么要对似然取对数？",
        "options": [
            ("它把对所有样本的乘积变成和：和不会被舍入成 0，而且容易求斜率。",
             True,
             "log(pq) = log p + log q，而且对数保持大小顺序，所以最好的 w 和 b 不变。"),
            ("它让数变大，所以训练更快。",
             False,
             ("取对数并不会让训练变快；它把乘积变成不会被舍入成 0 的和，而最好的 w 和 b "
              "不变。")),
            ("它让损失变成负数，负数更容易求最小值。",
             False,
             "概率的对数最多是 0；我们把它的符号反过来，让损失至少是 0。"),
        ],
    },
    {
        "question": "为什么平方误差不适合做 Sigmoid 神经元的损失？",
        "options": [
            ("把它的代价看作 w 的函数，图像不是碗形的，还有斜率几乎为 0 的平台。",
             True,
             "在平台上梯度下降几乎不动，从 w = -10 出发的那次运行就是这样。"),
            ("numpy 算不了它。",
             False,
             "它很容易算；问题在于它的代价的形状，而不在于计算。"),
            ("它总是比交叉熵大。",
             False,
             "它的大小对训练不重要；重要的是它的斜率。"),
        ],
    },
]
