"""Lesson 04's quick check in Chinese: the questions of lesson04.py, for the Chinese
lesson (notebooks/zh/), shown by `viz.quiz_for("04", language="zh")`.
"""

QUESTIONS = [
    {
        "question": "f(w, b) = w² b。在 w = 3、b = 2 处，偏导数 ∂f/∂w 是多少？",
        "answer": 12.0,
        "tolerance": 1e-06,
        "why": "让 b 不动，f 就是 b 乘以 w²，所以 ∂f/∂w = 2wb = 2 · 3 · 2 = 12。",
    },
    {
        "question": "对一个样本、用交叉熵损失时，∂L/∂z 是什么？",
        "options": [
            ("a - y",
             True,
             "∂L/∂a 乘以 da/dz，即 (-y/a + (1-y)/(1-a)) a(1-a)，化简为 a - y。"),
            ("(a - y) a (1 - a)",
             False,
             "这是平方误差的 dz；预测自信地犯错时，它几乎为 0。"),
            ("-y/a + (1 - y)/(1 - a)",
             False,
             "这是 ∂L/∂a，只是链条中的一步；还要乘以 da/dz = a(1 - a)。"),
        ],
    },
    {
        "question": "w 通过全部 m 个样本影响代价 J。∂J/∂w 是什么？",
        "options": [
            ("每个样本的斜率 (a - y) x 的平均值",
             True,
             "所有路径的斜率相加，而 J 带有因子 1/m。"),
            ("只是第一个样本的斜率",
             False,
             "每个样本的 z 里都有 w，所以每条路径都要算上。"),
            ("每个样本的斜率的乘积",
             False,
             "沿一条路径，斜率相乘；不同路径的斜率相加。"),
        ],
    },
    {
        "question": "X 是 (n, m)，dZ 是 (1, m)。哪一行得到的 dW 和 W 一样，形状是 (n, 1)？",
        "options": [
            ("X @ dZ.T / m",
             True,
             "(n, m) @ (m, 1) = (n, 1)：第 j 行把各个样本的 x_j 乘以 dz 再加起来。"),
            ("dZ @ X.T / m",
             False,
             "数相同，但 (1, m) @ (m, n) = (1, n)：是 W 的形状的转置。"),
            ("X.T @ dZ / m",
             False,
             "(m, n) @ (1, m) 会出错：中间的两个大小 n 和 1 不同。"),
        ],
    },
]
