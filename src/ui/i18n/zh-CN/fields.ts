// 设置面板的中文：每个设置的名称、说明和选项，分组标题，以及设置被拒绝时的原因。键与 ../en/fields.ts 一一对应
// （英文由 schema 生成），类型检查保证不缺任何一个设置；提示中的 T02、L11 等是训练技巧的编号。
import type { fields as english } from '../en/fields';
import type { Translation } from '../types';

export const fields: Translation<typeof english> = {
  settings: {
    dataset: {
      label: '数据集',
      hint: '网络要学习的图像：60,000 张用于训练，另留 10,000 张用于测试。',
      options: { mnist: 'MNIST 手写数字', fashion: 'Fashion-MNIST 服装' },
    },
    trainingSubset: {
      label: '训练集',
      hint: '用全部样本训练，或先让模型过拟合单个样本或单个批次：如果做不到，说明模型或数据流程有问题（D01）。',
      options: { full: '全部 60,000 个样本', oneExample: '单个样本', oneBatch: '单个批次', examples: '前 N 个样本' },
    },
    trainingExamples: {
      label: '训练样本数（N）',
      hint: '使用多少个训练样本；样本少时容易过拟合（M05、L07）。',
    },
    labelNoise: {
      label: '标签噪声（%）',
      hint: '随机替换的训练标签所占比例（随机种子固定）；错误的标签会让网络无法收敛（L02）。',
    },
    preprocessing: {
      label: '输入预处理',
      hint: '直接用 0–255 的原始像素训练效果很差；应先缩放，或用训练集的统计量做标准化（T06、T07、M01）。',
      options: {
        unit: '缩放到 [0, 1]',
        standardize: '标准化（训练集均值和标准差）',
        raw: '原始值 0–255',
        tanh: '对原始像素取 tanh(x / c)',
      },
    },
    tanhScale: {
      label: 'tanh 缩放系数 c',
      hint: '输入变为 tanh(像素 / c)：c 决定从哪里开始压缩（T07）。',
    },
    wrongReshape: {
      label: 'reshape 出错（故意制造的错误）',
      hint: '把像素打乱顺序送入网络，就像 reshape 写错了一样：MLP 不受影响，CNN 会失去局部结构（D06）。',
    },
    task: {
      label: '任务',
      hint: '对 10 个类别做分类，或把类别编号当作数值做回归，以比较 L1 和 L2 损失（D07）。',
      options: { classification: '分类（softmax 交叉熵）', regression: '对类别编号做回归' },
    },
    regressionLoss: {
      label: '回归损失',
      hint: 'L1 对离群值（带噪声的标签）不如 L2 敏感；Huber 损失在 0 附近是 L2，超过 δ 后是 L1（D07）。',
      options: { l2: 'L2（均方误差）', l1: 'L1（平均绝对误差）', huber: 'Huber' },
    },
    huberDelta: {
      label: 'Huber δ',
      hint: 'Huber 损失从二次变为线性的位置。',
    },
    architecture: {
      label: '网络结构',
      hint: '多层感知机，或由若干卷积块加全连接层组成的小型 CNN（T09、T10）。',
      options: { mlp: 'MLP（全连接层）', cnn: 'CNN（卷积块 + 全连接层）' },
    },
    hiddenLayers: {
      label: '隐藏层大小',
      hint: '每个隐藏层的单元数，用逗号分隔；3–8 层、每层 256–1024 个单元是不错的起点（L03、L05）。',
    },
    convFilters: {
      label: '每个卷积块的滤波器数',
      hint: '每个卷积块的滤波器个数（1–4 个卷积块）；通常 64–128 个滤波器就够了（T09）。',
    },
    kernelSize: {
      label: '卷积核大小',
      hint: '每个卷积窗口的宽度。',
      options: { '3': '3 × 3', '5': '5 × 5' },
    },
    pooling: {
      label: '池化',
      hint: '每个卷积块之后做 2×2 池化，带来一定的平移不变性（T10）。',
      options: { max: '最大池化', avg: '平均池化', none: '不池化' },
    },
    cnnDenseLayers: {
      label: '卷积之后的全连接层',
      hint: '最后一个卷积块与输出层之间各全连接层的单元数（留空表示没有）。',
    },
    activation: {
      label: '激活函数',
      hint: '隐藏层的非线性；ReLU 训练得快，sigmoid 的梯度随深度消失（T02、L11）。',
      options: {
        relu: 'ReLU',
        leakyRelu: 'Leaky ReLU',
        elu: 'ELU',
        selu: 'SELU',
        sigmoid: 'Sigmoid',
        tanh: 'tanh',
        linear: '线性（无激活）',
      },
    },
    activationAlpha: {
      label: '激活函数 α',
      hint: 'Leaky ReLU：负输入部分的斜率（0.01–0.3）。ELU：输入很负时趋近的值。',
    },
    outputActivation: {
      label: '输出层',
      hint: '把 logits 直接送入 softmax 才是对的；在输出上加 ReLU 或 sigmoid 是典型的错误（T03、L10）。',
      options: {
        none: 'logits（无激活）',
        relu: '输出加 ReLU（错误用法）',
        sigmoid: '输出加 Sigmoid（错误用法）',
      },
    },
    useBias: {
      label: '偏置',
      hint: '每一层都需要偏置（T04）；关掉它，看看少了什么。',
    },
    initializer: {
      label: '权重初始化',
      hint: '隐藏层权重的初始化方式：He 适合 ReLU，LeCun 适合 SELU，Glorot 适合 tanh/sigmoid；N(0,1) 在深层网络中会爆炸（T05、L06、M02）。',
      options: {
        he: 'He（方差缩放 2/fan_in）',
        lecun: 'LeCun（方差缩放 1/fan_in）',
        glorot: 'Glorot / Xavier（按扇入与扇出的平均缩放，均匀分布）',
        varianceScaling: '方差缩放，自定义',
        standardNormal: 'N(0, 1)',
        normal: 'N(0, σ)',
        zeros: '全零',
      },
    },
    outputInitializer: {
      label: '输出层初始化',
      hint: '深度学习框架逐层初始化，输出层通常保持 Glorot；若从 N(0,1) 抽取，无论批归一化对隐藏层做了什么，它的 logits 都会很大（D04）。',
      options: {
        he: 'He（方差缩放 2/fan_in）',
        lecun: 'LeCun（方差缩放 1/fan_in）',
        glorot: 'Glorot / Xavier（按扇入与扇出的平均缩放，均匀分布）',
        varianceScaling: '方差缩放，自定义',
        standardNormal: 'N(0, 1)',
        normal: 'N(0, σ)',
        zeros: '全零',
      },
    },
    initScale: {
      label: '方差缩放系数',
      hint: '目标权重方差 = 缩放系数 / n，作用于所有使用自定义方差缩放的层（隐藏层或输出层）。',
    },
    initMode: {
      label: '方差缩放模式',
      hint: 'n 取扇入、扇出或两者的平均（M02）。',
      options: { fanIn: '扇入', fanOut: '扇出', fanAvg: '扇入与扇出的平均' },
    },
    initDistribution: {
      label: '方差缩放分布',
      hint: '正态分布、在两个标准差处截断的正态分布，或均匀分布——方差都相同。',
      options: { truncatedNormal: '截断正态分布', normal: '正态分布', uniform: '均匀分布' },
    },
    initSigma: {
      label: '初始权重 σ',
      hint: 'N(0, σ) 的标准差，作用于所有从它抽取权重的层（隐藏层或输出层）；取值很小（0.01）时，深层网络的激活值会消失（T05）。',
    },
    batchNorm: {
      label: '批归一化',
      hint: '在批次内对每个隐藏层做归一化；放在权重和激活函数之间（M03），还可能掩盖糟糕的初始化（D04）。',
      options: { off: '关闭', beforeActivation: '放在激活函数之前', afterActivation: '放在激活函数之后' },
    },
    batchNormLayers: {
      label: '批归一化的层',
      hint: '哪些隐藏层使用批归一化，按编号填写（1 = 第一个卷积块或全连接层）；留空表示全部。',
    },
    batchNormMomentum: {
      label: '批归一化动量',
      hint: '推理用的滑动平均：滑动值 = m·滑动值 + (1−m)·批次值；接近 1，例如 0.9–0.999（M03）。',
    },
    batchNormEpsilon: {
      label: '批归一化 ε',
      hint: '在除以方差的平方根之前加到方差上：(x − 均值) / √(方差 + ε)。Keras 默认 1e-3，PyTorch 用 1e-5。',
    },
    optimizer: {
      label: '优化器',
      hint: '参数更新规则；Adam 是最好的默认选择，AdaGrad 会停滞（T01、M06）。',
      options: {
        sgd: 'SGD',
        momentum: '带动量的 SGD',
        nesterov: 'Nesterov 动量',
        adagrad: 'AdaGrad',
        rmsprop: 'RMSProp',
        adam: 'Adam',
        adamax: 'Adamax',
        nadam: 'Nadam',
      },
    },
    learningRate: {
      label: '学习率',
      hint: '步长；Adam 约为 1e-3，SGD 为 0.01–0.1。太高会发散，太低损失几乎不动（L04、D02）。',
    },
    momentum: {
      label: '动量 β',
      hint: '上一次更新保留多少：m = β·m − lr·g（M06）。',
    },
    rho: {
      label: 'RMSProp ρ',
      hint: '梯度平方均值的衰减率；通常取 0.9（M06）。',
    },
    adagradInitialAccumulator: {
      label: 'AdaGrad 初始累加值',
      hint: '梯度平方和的初始值；Keras 用 0.1。',
    },
    beta1: {
      label: 'Adam β1',
      hint: '梯度均值（动量）的衰减率；0.9（M06）。',
    },
    beta2: {
      label: 'Adam β2',
      hint: '梯度平方均值的衰减率；0.999（M06）。',
    },
    epsilon: {
      label: 'ε',
      hint: '加到分母上，使其永不为零。',
    },
    batchSize: {
      label: '批量大小',
      hint: '每一步使用的样本数；小批量带来有噪声但更频繁的反馈（D03、D05、L08）。',
    },
    epochs: {
      label: '训练轮数（epoch）',
      hint: '遍历训练集的次数；达到这个轮数后训练停止。',
    },
    seed: {
      label: '随机种子',
      hint: '种子相同，初始权重、批次顺序、标签噪声和丢弃掩码就都相同：这样才能公平地比较各次运行。',
    },
    clipping: {
      label: '梯度裁剪',
      hint: '按值裁剪会改变梯度方向，按全局范数裁剪则保持方向；这是一种可能掩盖问题的补救手段（M07、L09）。',
      options: { none: '关闭', value: '按值', norm: '按全局范数' },
    },
    clipThreshold: {
      label: '裁剪阈值',
      hint: '各分量（按值）或整个梯度的范数（按范数）的上限；常用 1 或 10（M07）。',
    },
    schedule: {
      label: '学习率调度',
      hint: '学习率在训练中如何变化；使用 Adam 时，后期降低学习率能让损失再小幅下降（T08、M08）。',
      options: {
        constant: '恒定',
        piecewise: '分段恒定',
        exponential: '指数衰减：lr0·0.1^(t/s)',
        perStep: '每步乘以 γ',
        power: '幂衰减：lr0/(1+t/k)^c',
        plateau: '停滞时降低',
        warmupCosine: '线性预热，然后余弦衰减',
      },
    },
    scheduleBoundaries: {
      label: '调度分段边界（步）',
      hint: '切换到下一个学习率的步数，须递增。',
    },
    scheduleRates: {
      label: '调度学习率',
      hint: '每个区间一个学习率：比边界多一个（第一个从第 0 步开始生效）。',
    },
    decaySteps: {
      label: '衰减步数（s 或 k）',
      hint: '指数衰减：学习率降为十分之一所需的步数（s）。幂衰减：lr0/(1+t/k)^c 中的 k。',
    },
    decayFactor: {
      label: '衰减因子',
      hint: '每步乘以的 γ（0.9995 衰减很快，0.999995 几乎不变，T08）；停滞时降低：所乘的因子（0.5 即减半）。',
    },
    decayPower: {
      label: '幂次 c',
      hint: 'lr0/(1+t/k)^c 中的指数 c；常取 1（M08）。',
    },
    warmupSteps: {
      label: '预热步数',
      hint: '余弦衰减之前，学习率从 0 线性升到设定值所用的步数。',
    },
    minLearningRate: {
      label: '最终学习率',
      hint: '余弦衰减在最后一步到达的学习率。',
    },
    plateauPatience: {
      label: '停滞耐心（评估次数）',
      hint: '测试损失连续多少次评估没有改善就降低学习率（M08：连续 5 轮没有进展就减半）。',
    },
    dropout: {
      label: '丢弃率（Dropout）',
      hint: '每个隐藏层之后丢弃的单元比例：所有层共用一个，或每个隐藏层各一个；0.1–0.5（L07、M04）。',
    },
    mcDropoutSamples: {
      label: 'MC Dropout 采样次数',
      hint: '测试时开启 Dropout 做 K 次前向传播并取平均，用来估计不确定性（M04）；1 = 普通预测。',
    },
    l1: {
      label: 'L1 权重惩罚',
      hint: '在损失中加上所有卷积核与权重矩阵的 λ·Σ|w|；会把权重压到恰好为零（M05）。',
    },
    l2: {
      label: 'L2 权重惩罚',
      hint: '在损失中加上所有卷积核与权重矩阵的 λ·Σw²（即权重衰减，M05）。',
    },
    maxNorm: {
      label: '最大范数 r',
      hint: '每一步之后，把每个单元的输入权重缩放到范数 ≤ r（0 = 关闭；通常取 1–5，M05）。',
    },
    earlyStoppingPatience: {
      label: '早停耐心',
      hint: '测试损失连续这么多次评估没有改善就停止训练（0 = 关闭；M05）。',
    },
    evalEverySteps: {
      label: '评估间隔（步）',
      hint: '每 N 步以及每轮结束时，在全部 10,000 张测试图像上计算测试损失和测试准确率（0 = 只在每轮结束时；短于 N 步的轮会跳过）。',
    },
  },
  groups: {
    Data: '数据',
    Model: '模型',
    Optimization: '优化',
    Regularization: '正则化',
    Evaluation: '评估',
  },
  problems: {
    notOneOf: '必须是以下之一：{{values}}',
    notNumber: '必须是数字',
    notFinite: '必须是有限的数',
    notWhole: '必须是整数',
    tooSmall: '不能小于 {{min}}',
    tooLarge: '不能大于 {{max}}',
    itemOutOfRange: '必须在 {{min}} 到 {{max}} 之间',
    notListOfWholeNumbers: '必须是一串整数',
    notListOfNumbers: '必须是一串数字',
    needsOneItem: '至少需要 1 项',
    tooFewItems: '至少需要 {{min}} 项',
    tooManyItems: '最多允许 {{max}} 项',
    notBoolean: '必须是“是”或“否”',
    missing: '缺失',
    invalid: '无效',
    unknownSetting: '未知的设置',
    oneExampleBatch: '只用单个样本训练时，批量大小必须为 1（现在是 {{batchSize}}）',
    examplesBelowBatch:
      '{{examples}} 个样本凑不满一个大小为 {{batchSize}} 的批次；请至少用 {{batchSize}} 个样本，或减小批量大小',
    ratesForBoundary: '1 个边界需要 {{needed}} 个学习率，而不是 {{given}} 个',
    ratesForBoundaries: '{{boundaries}} 个边界需要 {{needed}} 个学习率，而不是 {{given}} 个',
    mustIncrease: '必须递增',
    noLayerBeyondOne: '模型只有 1 个隐藏层，没有第 {{layers}} 层',
    noLayerBeyond: '模型有 {{count}} 个隐藏层，没有第 {{layers}} 层',
    dropoutCount: '请为所有隐藏层给一个丢弃率，或每个隐藏层各给一个（{{hidden}} 个），而不是 {{given}} 个',
    mcDropoutNeedsDropout: '蒙特卡洛 Dropout 需要大于 0 的丢弃率',
    sigmoidRegression: 'sigmoid 输出落在 (0, 1) 之间，做回归时够不到最大为 9 的类别编号',
    notAnObject: '实验必须是一组设置构成的对象。',
    versionInvalid: '缺失，或不是正整数',
    versionNewer: '{{version}} 由更新版本的训练场写成（本版本最多读取到 {{newest}}）',
    runImported: '这个运行是从文件导入的，显示的是保存下来的结果：复制一份才能重新训练。',
    runTraining: '请先暂停这个运行，再修改它的设置。',
  },
  problemPlaces: {
    at: '{{where}}：{{text}}',
    item: '{{label}}（第 {{item}} 项）',
    notApplied: '未应用：{{text}}',
  },
  panel: {
    label: '实验设置',
    title: '设置：',
    pauseToChange: '暂停后才能修改设置；修改会让这个运行从头开始。',
    importedRun: '导入的运行显示的是保存下来的结果：复制一份才能训练。',
  },
  learningRateNote: {
    set: '学习率已设为 {{rate}}，即 {{optimizer}} 的常用学习率（原来是 {{previousRate}}，{{previousOptimizer}} 的常用值）。',
    kept: '{{optimizer}} 的常用学习率是 {{usualRate}}；这个运行保留它自己的 {{rate}}。',
    use: '使用 {{rate}}',
  },
};
