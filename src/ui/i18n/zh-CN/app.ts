// 页面自身的中文文字；键与 ../en/app.ts 一一对应（类型检查保证），`{{name}}` 在显示时填入。
import type { app as english } from '../en/app';
import type { Translation } from '../types';

export const app: Translation<typeof english> = {
  title: '神经网络训练场',
  tagline: '在真实的 MNIST 或 Fashion-MNIST 上、在你的浏览器里训练真实的网络，多个配置并排对比，看着它们学习。',
  language: {
    label: '语言',
  },
  copyLink: {
    button: '复制链接',
    copied: '链接已复制：打开它会得到同样的设置、同样的随机种子和同样的语言。',
    blocked: '此处无法复制：请直接复制地址栏中的地址。',
  },
  training: {
    group: '训练 {{name}}',
    train: '训练',
    resume: '继续',
    pause: '暂停',
    stop: '停止',
    reset: '重置',
  },
  results: '结果',
};
