// 诊断栏的中文：健康图表、直方图、测试集结果和结论列表自身的文字；键与 ../en/health.ts 一一对应。
import type { health as english } from '../en/health';
import type { Translation } from '../types';

export const health: Translation<typeof english> = {
  region: '{{name}} 的健康状况',
  title: '{{name}} 的诊断',
  whenMeasured: '训练开始后，在第 1、2、3、5、10、20 步以及此后每 50 步测量一次。',
  gradients: {
    figure: '各层梯度',
    caption: '各层梯度，{{measure}}（对数坐标）',
    show: '显示',
    relative: '‖梯度‖ / ‖权重‖',
    norm: '‖梯度‖',
  },
  activations: {
    figure: '各层激活值',
    caption: '第 {{step}} 步各层的激活值',
    std: '激活值标准差',
    dead: '死亡比例',
    saturated: '饱和比例',
  },
  histograms: {
    figure: '层的直方图',
    caption: '直方图随时间的变化',
    layer: '层',
    values: '数值',
    activations: '激活值',
    weights: '权重',
    atStep: '所在步数',
    activationsOf: '{{layer, layer}} 的激活值',
    weightsOf: '{{layer, layer}} 的权重',
  },
  tests: {
    region: '{{name}} 的测试结果',
    title: '第 {{step}} 步的测试集：{{name}}',
    confusion: '混淆矩阵',
    confusionCaption: '混淆矩阵：行是真实类别，列是预测类别（测试集上的计数）',
    corner: '真实 ↓ / 预测 →',
    mistakes: '最有把握的错误',
    mistakesTitle: '最有把握的错误（真实 → 预测）',
  },
  verdicts: {
    label: '诊断结论',
    none: '目前没有发现问题。',
    waiting: '运行开始训练后会给出诊断结论。',
  },
};
