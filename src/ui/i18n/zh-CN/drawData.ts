// 导入对话框中的“自己画数据”：由使用者命名类别，在画板上画样本；键与 ../en/drawData.ts 一一对应。
import type { drawData as english } from '../en/drawData';
import type { Translation } from '../types';

export const drawData: Translation<typeof english> = {
  open: '改为自己画数据…',
  title: '自己画数据',
  back: '返回文件导入',
  intro:
    '为类别命名，选中一个类别，在画板上画一个样本并添加。每幅画都会像 MNIST 的数字那样缩放为 28 × 28 灰度图，只保存在此浏览器中。',
  classCount: '类别数',
  classNames: '类别名称',
  className: '类别 {{number}} 的名称',
  drawing: '正在画的类别',
  choice: '{{name}}（{{count}}）',
  pad: '画板：画一个“{{name}}”的样本',
  add: '添加到“{{name}}”',
  clear: '清空画板',
  undo: '撤销上一个样本',
  empty: '请先在画板上画点东西。',
  counts: '样本数：{{counts}}',
  count: '{{name}}：{{count}}',
  needMore: '每个类别至少需要 {{min}} 个样本。',
  enough: '每个类别都已有至少 {{min}} 个样本；其中 {{test}}% 留作测试。',
  datasetTitle: '标题',
  defaultTitle: '我的画',
  use: '使用这个数据集',
};
