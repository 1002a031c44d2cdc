"""Lesson 00's quick check in Chinese: the questions of lesson00.py, for the Chinese
lesson (notebooks/zh/), shown by `viz.quiz_for("00", language="zh")`.
"""

QUESTIONS = [{'question': 'X 存放 100 个样本的 5 个特征。X.shape 是多少？',
  'options': [('(100, 5)',
               False,
               '这是样本数 × 特征数；本课程每一列是一个样本。'),
              ('(5, 100)', True, '特征数 × 样本数：每一列是一个样本。'),
              ('(5,)',
               False,
               '这是含 5 个数的一维数组，比如一个样本的全部特征。')]},
 {'question': 'W 是 (3, 1)，X 是 (3, 10)，b 是一个浮点数。哪一行算出 10 个 '
              'logit z = w · x + b？',
  'options': [('W * X + b',
               False,
               '* 是逐元素相乘，什么也不加：结果是 (3, 10)，而不是每个样本一个 z。'),
              ('W @ X + b',
               False,
               '(3, 1) @ (3, 10) 会出错：中间的两个维度 1 和 3 不相等。先把 '
               'W 转置。'),
              ('W.T @ X + b',
               True,
               '(1, 3) @ (3, 10) 得到 (1, 10)：对每个样本算 w1 x1 + '
               'w2 x2 + w3 x3，再加 b。')]},
 {'question': '对一个样本 x，神经元输出什么？',
  'options': [('z = w · x + b',
               False,
               'z 只是第一步，可以是任意数；Sigmoid 函数再把它变成概率。'),
              ('a = sigma(w · x + b)，0 到 1 之间的一个概率',
               True,
               '加权和加上偏置得到 z；Sigmoid 函数把 z 变成 a。'),
              ('标签 y', False, '标签是数据自带的正确答案；神经元要做的是预测它。')]},
 {'question': '一个样本的 logit 是 z = 0。神经元给出的概率 a = sigma(0) '
              '是多少？',
  'answer': 0.5,
  'tolerance': 0.001,
  'why': 'sigma(0) = 1 / (1 + e^0) = 1/2：正好在阈值上，所以预测为 '
         '0（预测为 1 需要 a > 0.5）。'}]
