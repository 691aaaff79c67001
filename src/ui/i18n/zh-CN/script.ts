// “导出为 PyTorch 脚本”按钮和对话框的中文；键与 ../en/script.ts 一一对应。
import type { script as english } from '../en/script';
import type { Translation } from '../types';

export const script: Translation<typeof english> = {
  runButton: 'PyTorch 脚本',
  runButtonNamed: '{{name}} 的 PyTorch 脚本',
  allButton: 'PyTorch 脚本（全部运行）',
  titleRun: '“{{name}}”的 PyTorch 脚本',
  titleAll_one: '这一个运行的 PyTorch 脚本',
  titleAll_other: '全部运行（{{count}} 个）的 PyTorch 脚本',
  intro: '同样的训练，用 PyTorch 写出来，可以在你自己的电脑上运行。运行之前请先读一遍。',
  howTo: '运行方法：',
  dataFolder: '<存放四个 {{dataset}} IDX 文件的文件夹>',
  needs: '需要 Python 3 以及 {{torch}} 和 {{numpy}}（{{install}}）。',
  code: '脚本',
  download: '下载脚本',
  copy: '复制脚本',
  copied: '脚本已复制到剪贴板。',
  copyBlocked: '此浏览器不允许复制：请选中脚本文字后自行复制。',
  failed: '无法生成脚本：{{detail}}',
  close: '关闭',
  dataFiles: '{{dataset}} 数据文件（与本页加载的相同：IDX 格式，已压缩），放进那个文件夹：',
  dataFile: '{{file}}（{{size}}）',
};
