// 诊断结论的中文，键与 src/diagnostics/verdictWords.ts 的英文一一对应。数字格式：int 整数（千位分组），num 三位有效数字，
// pct 整数百分比，pct1 一位小数的百分比，lr 学习率。
import type { VERDICT_WORDS } from '../../../diagnostics/verdictWords';
import type { Translation } from '../types';

export const diagnostics: Translation<typeof VERDICT_WORDS> = {
  kinds: {
    nonFinite: '训练发散（出现 NaN/Inf）',
    explodingGradients: '梯度爆炸',
    vanishingGradients: '梯度消失',
    deadRelus: 'ReLU 神经元死亡',
    saturated: '神经元饱和',
    lrTooHigh: '学习率过高',
    lrTooLow: '学习率过低',
    cannotOverfit: '无法过拟合极小的训练集',
    bothRising: '两条损失都在上升',
    stuck: '训练停滞',
    dataProblem: '训练数据有问题',
    overfitting: '过拟合',
  },
  live: {
    explodingLoss:
      '损失正在爆炸：第 {{step}} 步为 {{loss, num}}，而开始时为 {{first, num}}。学习率很可能过高（L04）：' +
      '试试小十倍的学习率。',
  },
  quantity: { activation: '激活值', gradient: '梯度', weight: '权重' },
  nonFinite: {
    where: '第 {{step, int}} 步时{{layer, layer}} 的{{quantity}}',
    whereLoss: '第 {{step, int}} 步时的损失',
    appeared: 'NaN/Inf 首先出现在{{where}}。',
    lossBecame: '损失在第 {{step, int}} 步变成了 {{value}}；NaN/Inf 首先出现在{{where}}。',
    nan: 'NaN',
    infinite: '无穷大',
    fromInit: '{{first}}可能的原因：N(0,1) 初始化导致激活值爆炸（D04、T05）。',
    fromRate: '{{first}}可能的原因：学习率（{{rate, lr}}）过高（L04）。',
    tryInit: '试试 He 初始化，或者批归一化。',
  },
  exploding: {
    ratio: '{{first, layer}}的梯度是{{output, layer}}的 {{ratio, int}} 倍',
    wild: '{{layer, layer}} 的激活值标准差达到 {{std, num}}',
    both: '{{first, layer}}的梯度是{{output, layer}}的 {{ratio, int}} 倍，并且{{layer, layer}} 的激活值标准差达到 {{std, num}}',
    message: '{{what}}：梯度爆炸（T05、D09）。',
    messageInit: '{{what}}：N(0,1) 初始化导致梯度爆炸（T05、D09）。',
    clipping: '梯度裁剪能止住爆炸，但只是掩盖了原因（L09）',
    clippingOn: '本运行的梯度裁剪止住了爆炸，但只是掩盖了原因（L09）',
    tail: '；{{clipping}}',
    otherwise: 'He 初始化和批归一化都已开启：试试把学习率减小到十分之一（{{rate, lr}}）；{{clipping}}。',
  },
  vanishing: {
    name: '梯度消失',
    nameOf: '梯度消失（{{activation}}）',
    otherwise: 'He 初始化和批归一化都已开启：试试减少层数，梯度每经过一层都会缩小（T02）。',
    now:
      '相对于自身权重，{{first}} 层的梯度只有 {{largest}} 层的 {{ratio, int}} 分之一' +
      '（‖梯度‖ / ‖权重‖：{{firstRelative, num}} 对 {{largestRelative, num}}；原始范数相差 {{raw, int}} 倍）：{{name}}。' +
      '用普通 SGD 时，{{first}} 的变化比 {{largest}} 慢 {{ratio, int}} 倍：前面几层几乎学不到东西（T02）。{{adaptive}}',
    adaptive:
      '{{optimizer}} 会按每个权重单独缩放步长，因而在步长上掩盖了这一点：实测的更新量/权重之比，' +
      '{{first}} 为 {{firstUpdate, num}}，{{largest}} 为 {{largestUpdate, num}}。',
    recovered:
      '直到第 {{step, int}} 步，相对于自身权重，{{first}} 层的梯度最低只有 {{largest}} 层的 {{ratio, int}} 分之一' +
      '（在第 {{worstStep, int}} 步）：{{name}}拖慢了前面几层的早期学习（T02）。之后已恢复到 {{now, int}} 倍。',
  },
  units: {
    dead: '在最近 {{samples}} 次健康采样中，{{layer, layer}} 有 {{fraction, pct}} 的单元对批内每个样本都输出 0：ReLU 神经元死亡（L11）。',
    saturated:
      '在最近 {{samples}} 次健康采样中，{{layer, layer}} 有 {{fraction, pct}} 的输出停在 {{activation}} 的极限值：' +
      '饱和的单元几乎不传递梯度（T02）。',
    tryRelu: '试试 ReLU（激活函数）。',
  },
  rate: {
    exploded:
      '损失在第 {{step, int}} 步达到 {{loss, num}}，超过初始值 {{first, num}} 的 {{factor}} 倍：' +
      '学习率（{{rate, lr}}）过高（L04）。',
    swings:
      '在最近 {{span, int}} 步中，损失上下波动 ±{{std, num}}（为初始值的 {{share, pct}}），却没有下降' +
      '（{{start, num}} → {{end, num}}）：学习率（{{rate, lr}}）看起来过高（D02、L04）。',
    flat:
      '训练 {{steps, int}} 步后，损失几乎没变（{{start, num}} → {{end, num}}，降幅不到 {{fall, pct}}）：' +
      '从一开始就很平，学习率（{{rate, lr}}）看起来过低（D02）。',
    tryLarger: '试试把学习率增大到 10 倍（{{rate, lr}}）；在 0.1 和 0.0001 之间二分查找（L04）。',
  },
  overfit: {
    oneBatch: '一个批次',
    oneExample: '一个样本',
    cannot:
      '在{{what}}上训练 {{steps, int}} 步后，训练准确率只有 {{accuracy, pct1}}：模型无法过拟合{{what}}，' +
      '模型或数据管道中有地方出错了（D01）。',
    tryCheck: '检查输出层（输出 logits，不加激活函数）、标签和输入预处理；然后再看学习率。',
  },
  curves: {
    range: '{{from, num}} → {{to, num}}',
    both: '在最近 {{evaluations}} 次评估中（训练 {{train}}，测试 {{test}}）',
    overfitting:
      '训练损失持续下降（{{train}}），但测试损失已连续 {{since}} 次评估没有超过它的最好值' +
      '（第 {{bestStep, int}} 步的 {{best, num}}），现在为 {{now, num}}：过拟合（L12）。',
    overfittingOtherwise:
      '本运行已经用了 Dropout、L2 权重衰减、早停和全部训练数据：试试更高的 Dropout 比例或 L2 惩罚，' +
      '或者更小的网络（M05、L07）。',
    bothRising: '{{both}}两条损失都在上升：网络结构或超参数不合适（L12）。',
    tryThenArchitecture: '试试把学习率减小到十分之一（{{rate, lr}}），然后重新审视网络结构。',
    stuck: '{{both}}两条损失都很平，仍停留在初始训练损失的 {{share, pct}}：训练停滞了（L12）。',
    tryLower: '试试更低的学习率（L12）。',
    dataProblem:
      '测试损失在下降（{{test}}），训练损失却一直停在 {{train, num}}，是测试损失的 {{ratio, num}} 倍：' +
      '训练数据有问题，例如标签噪声（L12、L02）。',
    tryLabels: '检查训练标签和预处理（标签噪声、归一化）。',
  },
  remedy: {
    relu: 'ReLU（激活函数）',
    leakyRelu: 'Leaky ReLU（激活函数）',
    heInit: 'He 初始化（初始化方法）',
    glorotInit: 'Glorot 初始化（初始化方法）',
    batchNorm: '批归一化',
    dropout: 'Dropout',
    l2: 'L2 权重衰减',
    moreData: '更多训练数据',
    earlyStopping: '早停',
    smallerBatch: '更小的批量',
    tenthRate: '把学习率减小到十分之一（{{rate, lr}}）',
    lowerRate: '更低的学习率',
  },
  try: {
    remedies: '试试{{remedies}}{{tail}}。',
    tenthRate: '试试把学习率减小到十分之一（{{rate, lr}}）。',
    tailL12: '（L12）',
    tailM05L07: '（M05、L07）',
  },
};
