"""Lesson 01's quick check in Chinese: the questions of lesson01.py, for the Chinese
lesson (notebooks/zh/), shown by `viz.quiz_for("01", language="zh")`.
"""

QUESTIONS = [{'question': 'sigma(-3) = 0.047（保留 3 位小数）。sigma(3) 是多少？',
  'answer': 0.953,
  'tolerance': 0.0015,
  'why': '由对称性 sigma(-z) = 1 - sigma(z)：sigma(3) = 1 - '
         '0.047 = 0.953。'},
 {'question': "Sigmoid 的最大斜率 sigma'(z) 是多少？",
  'answer': 0.25,
  'tolerance': 0.001,
  'why': "sigma'(z) = s(1 - s)，其中 s = sigma(z)；s = 1/2（即 z "
         '= 0）时最大：1/2 * 1/2 = 1/4。'},
 {'question': '一个神经元的 z = 8，它饱和了。这是什么意思？',
  'options': [('神经元已经学完了，而且是对的。',
               False,
               '饱和与对错无关：一个自信地犯错的神经元同样会饱和。'),
              ('a 恰好等于 1。',
               False,
               'a = sigma(8) 约为 0.9997，接近 1，但小于 1。'),
              ('那里的曲线几乎是平的：改变 z 几乎不改变 a，所以神经元学得很慢。',
               True,
               "sigma'(8) 约为 0.0003，远低于峰值 "
               '1/4，而学习用到的斜率要乘上它。')]},
 {'question': '对 a = sigma(w x + b)，w = 4，b = -2，阈值（a = '
              '0.5）在哪个 x 处？',
  'answer': 0.5,
  'tolerance': 0.001,
  'why': 'a = 0.5 的地方 w x + b = 0，所以 x = -b / w = 2 / 4 = '
         '0.5。'},
 {'question': '一个 predict 函数返回 (A >= '
              '0.5).astype(int)。它错在哪里？',
  'options': [('没有错：>= 和 > 给出的答案一样。',
               False,
               '对 a 恰好等于 0.5（z = 0）的样本，两者不同，而自检正好测了这种样本。'),
              ('a 恰好等于 0.5 的样本得到 1，但规则说只有 a > 0.5 才给 1。',
               True,
               '恰好等于一半时预测必须是 0：请用 A > 0.5。'),
              ('.astype(int) 把 0.7 舍成了 0。',
               False,
               '它把布尔值 True/False 变成 1/0；比较已经作出了判断。')]}]
