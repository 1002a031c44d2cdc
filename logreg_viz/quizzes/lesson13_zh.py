"""Lesson 13's quick check in Chinese: the questions of lesson13.py, for the Chinese
lesson (notebooks/zh/), shown by `viz.quiz_for("13", language="zh")`.
"""

QUESTIONS = [
    {
        "question": "一个网络有 2 个特征和 5 个隐藏神经元。W1 的形状是什么？",
        "options": [
            ("(5, 2)",
             True,
             "每个隐藏神经元一行，每个特征一列：这样 Z1 = W1 @ X 是 (5, m)。"),
            ("(2, 5)",
             False,
             "那是 W1.T；这样 W1 @ X 和形状为 (2, m) 的 X 对不上。"),
            ("(1, 5)",
             False,
             "那是 W2 的形状，也就是输出神经元的权重。"),
        ],
    },
    {
        "question": "为什么 dZ1 里有因子 (1 - A1 ** 2)？",
        "options": [
            ("它是 tanh 的斜率，而 tanh 是隐藏神经元用的函数。",
             True,
             "链式法则经过 tanh，而 tanh'(z) = 1 - tanh(z)^2。"),
            ("它是 Sigmoid 的斜率。",
             False,
             "Sigmoid 的斜率是 a (1 - a)；它属于输出神经元，已经包含在 dZ2 = A2 - Y 里了。"),
            ("它是 L2 正则。",
             False,
             "这一课的代价里没有正则项。"),
        ],
    },
    {
        "question": "所有权重和偏置都从 0 开始。训练时会发生什么？",
        "options": [
            ("只有 b2 会变：隐藏层的输出是 0，W2 也是 0，所以其他梯度都是 0。",
             True,
             "第 4 节演示了这一点：网络始终是一个常数。"),
            ("网络照常训练，只是慢一些。",
             False,
             "W1 和 W2 的梯度在每一步都恰好是 0。"),
            ("权重变成 NaN。",
             False,
             "没有任何数溢出；权重只是从来不动。"),
        ],
    },
    {
        "question": "一个只有 1 个隐藏神经元的网络：它能在平面上画出什么样的边界？",
        "options": [
            ("一条直线。",
             True,
             "输出随这唯一一个隐藏神经元的 z 单调上升或下降，所以 a = 0.5 的点落在一条直线上。"),
            ("一个圆。",
             False,
             "要围成一个封闭的形状，至少需要组合三条直线。"),
            ("任何形状。",
             False,
             "一个隐藏神经元就是一条直线；神经元越多，自由度越大。"),
        ],
    },
]
