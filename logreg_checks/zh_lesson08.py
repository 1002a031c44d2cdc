"""Lesson 08's self-check messages in Chinese: (English sentence as a pattern, Chinese
sentence) pairs that messages_zh.translate applies after the shared ones.

Data only (the standard library's re at most); messages_zh finds this module by its name.
"""

import re

from .messages_zh import NAME as FN      # the learner's function name, <lambda> too

SHAPE = r"(?P<shape>\([\d, ]*\))"

CATALOGUE = [
    (rf"{FN} used the wrong number of images in a reshape: this check passes (?P<m>\d+) "
     r"images, not the notebook's m \(Python said: (?P<said>.*?)\)\. Inside the function, "
     r"take m from the arguments: m = len\(digits\)\.",
     r"\g<name> 在 reshape 里用错了图片的张数：自检传入的是 \g<m> 张图片，而不是笔记本里的 m"
     r"（Python 的原文是：\g<said>）。请在函数内部从参数得到 m：m = len(digits)。"),
    (r"preprocess is right: X has shape \(64, (?P<m>\d+)\), one image per column, values in "
     r"\[0, 1\]; Y has shape \(1, (?P=m)\), 1 for an 8\.",
     r"preprocess 是对的：X 的形状是 (64, \g<m>)，每张图片一列，值在 [0, 1] 之间；Y 的形状是 "
     r"(1, \g<m>)，8 为 1。"),
    (r"X is a (?P<kind>\w+), not a numpy array\. Build it with numpy \(reshape, \.T, / 16\) "
     r"or convert it with np\.array\(\.\.\.\)\.",
     r"X 是一个 \g<kind>，不是 numpy 数组。请用 numpy 构造它（reshape、.T、/ 16），"
     r"或者用 np.array(...) 转换。"),
    (r"X must be an array of real numbers; got (?P<kind>\w+)\.",
     r"X 必须是由实数组成的数组；你给的却是 \g<kind>。"),
    (r"X has shape \((?P<m>\d+), 64\): one image per row\. The neuron wants one image per "
     r"column, shape \(64, (?P=m)\): transpose with \.T\.",
     r"X 的形状是 (\g<m>, 64)：每张图片一行。神经元要的是每张图片一列，形状 (64, \g<m>)："
     r"请用 .T 转置。"),
    (rf"X has shape {SHAPE}: the images were not flattened into columns\. Use "
     r"images\.reshape\(m, 64\)\.T to get shape \(64, (?P<m>\d+)\)\.",
     r"X 的形状是 \g<shape>：图片没有被展平成列。请用 images.reshape(m, 64).T 得到形状 "
     r"(64, \g<m>)。"),
    (rf"X has shape {SHAPE}: all the pixels in one long line\. Keep one image per column: "
     r"images\.reshape\(m, 64\)\.T, shape \(64, (?P<m>\d+)\)\.",
     r"X 的形状是 \g<shape>：所有像素排成了长长的一条。请保持每张图片一列："
     r"images.reshape(m, 64).T，形状 (64, \g<m>)。"),
    (rf"X must have shape \(64, (?P<m>\d+)\) for (?P=m) images of 8 x 8 pixels; got "
     rf"{SHAPE}\. Use images\.reshape\(m, 64\)\.T / 16\.",
     r"对 \g<m> 张 8 x 8 像素的图片，X 的形状必须是 (64, \g<m>)；你的却是 \g<shape>。"
     r"请用 images.reshape(m, 64).T / 16。"),
    (r"X has the right shape but wrong values: column (?P<c>\d+) should be image (?P=c) "
     r"flattened row by row and divided by 16 \(largest value (?P<want>\S+); yours "
     r"(?P<got>\S+)\)\.",
     r"X 的形状对，但值不对：第 \g<c> 列应该是第 \g<c> 张图片按行展平、再除以 16 的结果"
     r"（最大值应为 \g<want>；你的是 \g<got>）。"),
    (r"Y is a (?P<kind>\w+), not a numpy array\. Build it with numpy: "
     r"\(digits == 8\)\.astype\(int\)\.reshape\(1, -1\)\.",
     r"Y 是一个 \g<kind>，不是 numpy 数组。请用 numpy 构造它："
     r"(digits == 8).astype(int).reshape(1, -1)。"),
    (r"Y must be an array of 0s and 1s; got (?P<kind>\w+)\.",
     r"Y 必须是由 0 和 1 组成的数组；你给的却是 \g<kind>。"),
    (rf"Y has shape {SHAPE}; the core wants one row, shape \(1, (?P<m>\d+)\)\. Use "
     r"\.reshape\(1, -1\)\.",
     r"Y 的形状是 \g<shape>；核心模块要的是一行，形状 (1, \g<m>)。请用 .reshape(1, -1)。"),
    (rf"Y must have shape \(1, (?P<m>\d+)\), one label per image; got {SHAPE}\.",
     r"Y 的形状必须是 (1, \g<m>)，每张图片一个标签；你的却是 \g<shape>。"),
    (r"Y holds the right labels as (?P<dtype>\w+) numbers; labels are whole numbers\. Use "
     r"\.astype\(int\)\.",
     r"Y 里的标签对，但它们是 \g<dtype> 类型的数；标签是整数。请用 .astype(int)。"),
    # the check's further cases (more_cases): what each one is
    (r"one image, m = 1", r"只有一张图片，m = 1"),
    (r"three images holding integers", r"三张像素为整数的图片"),
]

# sentences with no numbers or names in them: (English, Chinese)
_LESSON08 = [
    ("preprocess must return two things, X and Y: end it with `return X, Y`.",
     "preprocess 必须返回两样东西，X 和 Y：请用 `return X, Y` 结尾。"),
    ("preprocess returned (Y, X): X must come first. End with `return X, Y`.",
     "preprocess 返回的是 (Y, X)：X 必须在前。请用 `return X, Y` 结尾。"),
    ("Look for a number of images fixed in your code (the notebook's m) instead of read from "
     "the arguments: m = len(digits).",
     "找一找代码里是否写死了图片的张数（笔记本里的 m），而不是从参数读出：m = len(digits)。"),
    (" It is also not divided by 16: divide by 16 as well.",
     "而且它也没有除以 16：还要除以 16。"),
    (" It is also not divided by 16.",
     "而且它也没有除以 16。"),
    (" Then check the values.",
     "然后检查一下数值。"),
    ("X holds the raw pixel values, up to 16: you forgot to scale. Divide by 16 so every "
     "value lies in [0, 1].",
     "X 里是原始像素值，最大到 16：你忘了缩放。请除以 16，让每个值都落在 [0, 1] 之间。"),
    ("X was divided by 255, but these pixels go up to 16, not 255. Divide by 16.",
     "X 除以了 255，但这些像素最大只到 16，而不是 255。请除以 16。"),
    ("Each image was divided by its own largest value. Divide every image by the same 16, so "
     "the same ink gives the same number.",
     "每张图片都除以了它自己的最大值。请把每张图片都除以同一个 16，这样同样多的墨迹才会"
     "得到同样的数。"),
    ("X was divided by images.max(), the largest pixel of this batch. That is 16 for the "
     "lesson's digits but smaller for fainter images (this check's largest pixel is 15): "
     "divide by the fixed 16.",
     "X 除以了 images.max()，也就是这一批图片中最大的像素值。对本课的数字图片它是 16，"
     "但对颜色较浅的图片会更小（这个自检中最大的像素是 15）：请除以固定的 16。"),
    ("X holds only 0s and 1s: floor division // 16 rounds every pixel down. Use true "
     "division, / 16.",
     "X 里只有 0 和 1：整除 // 16 把每个像素都向下取整了。请用普通除法 / 16。"),
    ("X comes from images.reshape(64, m): that cuts the pixels into columns without "
     "respecting the images, so a column mixes several images. Flatten each image first, "
     "images.reshape(m, 64), then transpose (.T).",
     "X 来自 images.reshape(64, m)：它不管图片的边界，直接把像素切成一列一列，所以一列里"
     "混着好几张图片。请先把每张图片展平，images.reshape(m, 64)，再转置（.T）。"),
    ("Each image was flattened column by column (order='F', or the image transposed). "
     "Flatten row by row: images.reshape(m, 64).T.",
     "每张图片是按列展平的（用了 order='F'，或者先把图片转置了）。请按行展平："
     "images.reshape(m, 64).T。"),
    ("Y holds the digits themselves (3s and 8s). The neuron needs labels 0 and 1: "
     "Y = (digits == 8).astype(int), then reshape(1, -1).",
     "Y 里是数字本身（3 和 8）。神经元需要的是标签 0 和 1：Y = (digits == 8).astype(int)，"
     "再 reshape(1, -1)。"),
    ("Y is 1 for the 3s and 0 for the 8s: the wrong class is 1. In this lesson label 1 means "
     "an 8: use (digits == 8).",
     "Y 让 3 为 1、8 为 0：标为 1 的类别弄反了。本课中标签 1 表示 8：请用 (digits == 8)。"),
    ("Y has wrong labels: it must be 1 where the digit is 8 and 0 where it is 3, e.g. "
     "(digits == 8).astype(int).reshape(1, -1).",
     "Y 的标签不对：数字是 8 的地方必须是 1，是 3 的地方必须是 0，例如 "
     "(digits == 8).astype(int).reshape(1, -1)。"),
    ("Y holds True/False, not the integers 1 and 0. Convert it: (digits == 8).astype(int).",
     "Y 里是 True/False，而不是整数 1 和 0。请转换一下：(digits == 8).astype(int)。"),
    ("X is right. ",
     "X 是对的。"),
]
CATALOGUE += [(re.escape(english), chinese) for english, chinese in _LESSON08]
