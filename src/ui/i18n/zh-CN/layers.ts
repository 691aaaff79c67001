// 网络中带权重的层的名称（引擎给出 "dense 2"、"conv 1"、"output"）。
import type { layers as english } from '../en/layers';
import type { Translation } from '../types';

export const layers: Translation<typeof english> = {
  dense: '全连接层 {{n}}',
  conv: '卷积层 {{n}}',
  output: '输出层',
};
