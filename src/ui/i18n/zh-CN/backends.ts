// 描述训练所用后端的中文（“运行于”一栏）；键与 ../en/backends.ts 一一对应。
import type { backends as english } from '../en/backends';
import type { Translation } from '../types';

export const backends: Translation<typeof english> = {
  wasmThreads: {
    several: '{{detail}}，{{threads}} 个线程',
    one: '{{detail}}，1 个线程',
    notIsolated: '{{detail}}，1 个线程（页面未启用跨源隔离）',
  },
};
