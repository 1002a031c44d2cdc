"""Lesson 06's quick check in Chinese: the questions of lesson06.py, for the Chinese
lesson (notebooks/zh/), shown by `viz.quiz_for("06", language="zh")`.
"""

QUESTIONS = [
    {
        "question": "训练从 W = 0、b = 0 开始。记录下来的第一个代价是多少（保留 3 位小数）？",
        "answer": 0.693,
        "tolerance": 0.0015,
        "why": "每个 z 都是 0，所以每个 a 都是 1/2，每个损失都是 -log(1/2) = log 2 = 0.693。",
    },
    {
        "question": "哪一行更新能训练 W，又不改动调用者的数组？",
        "options": [
            ("W = W - learning_rate * dW",
             True,
             "它新建一个数组，并把名字 W 给它，所以下一步从这个新数组出发。"),
            ("W -= learning_rate * dW",
             False,
             "它也能训练，但会原地修改调用者的数组：这是一个看不见的副作用。"),
            ("w = W - learning_rate * dW",
             False,
             "这是一个新名字 w：W 本身永远不变（源文章的第一个 optimize 就是这样写的）。"),
        ],
    },
    {
        "question": "为什么训练好的神经元把测试点 (0.5, 0.9) 分错了？",
        "options": [
            ("2000 次迭代太少，应该训练得更久",
             False,
             "训练更久只会让同一条边界更清晰：这个点仍然在 0 的一侧。"),
            ("离它最近的训练点标签都是 0",
             True,
             "从训练数据学到的边界在它的右边；这 8 个训练点并不需要另一条直线。"),
            ("没有一条直线能把这 12 个点分开",
             False,
             "用全部 12 个点来训练，一条斜的直线能得到 100 %。"),
        ],
    },
    {
        "question": "在玩具数据上，学习率为 50 时，代价一开始往上跳。这说明什么？",
        "options": [
            ("梯度算错了",
             False,
             "同样的梯度在较小的学习率下工作得很好；第 05 课检验过它。"),
            ("步子太大：越过了谷底",
             True,
             "和第 02 课一样，太大的学习率会跳过谷底，落到更高的地方。"),
            ("数据不是线性可分的",
             False,
             "玩具数据是线性可分的；代价上升只是因为步子太大。"),
        ],
    },
]
