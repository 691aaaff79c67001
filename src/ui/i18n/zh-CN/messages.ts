// 训练器、状态存储和页面连接层对用户说的话；键与 ../en/messages.ts 汇集的英文一一对应。
// {{detail}} 是来自我们代码之外的文字（浏览器或 TF.js 的报错），原样保留。
import type { messages as english } from '../en/messages';
import type { Translation } from '../types';

export const messages: Translation<typeof english> = {
  trainer: {
    stoppedAsAsked: '已按要求在第 {{step}} 步停止。',
    stoppedByError: '训练在第 {{step}} 步停止：{{detail}}',
    earlyStoppingOne: '第 {{step}} 步触发早停：测试损失已有 1 次评估没有改善。',
    earlyStopping: '第 {{step}} 步触发早停：测试损失已连续 {{patience}} 次评估没有改善。',
    diverged: '损失在第 {{step}} 步变成了 {{value}}：训练发散，已停止。',
    noRun: '没有可训练的运行：上一次的设置无法建立（见上方消息）。修改任一设置后再试。',
    contextLost: 'GPU（WebGL 上下文）丢失，训练已停止：继续算出的结果将是错误的。请刷新页面重新开始。',
    contextLostTrain: 'GPU（WebGL 上下文）已丢失。请刷新页面后再训练。',
    internal: '{{detail}}',
    noBackend: '没有任何 TF.js 后端能够启动：{{detail}}',
    settings: '{{detail}}',
    data: {
      failed: '加载数据集失败：{{detail}}',
      missing: '缺少 {{dataset}} 数据集（无法加载 {{file}}）。请运行 `npm install` 来生成它。',
      malformed: '{{file}} 格式错误。请运行 `npm install` 重新生成数据集。',
      corrupt: '{{dataset}} 数据集已损坏：{{detail}}。',
      badLabel: '{{file}}：第 {{index}} 项的标签 {{label}} 不是有效类别（0–{{last}}）',
      download: '无法下载 {{file}}：{{detail}}',
      http: '无法下载 {{file}}（HTTP {{status}}）。数据集文件由 `npm install` 生成。',
      gzip: '{{file}} 已损坏：无法解压（{{detail}}）。',
    },
  },
  store: {
    imported: '从文件导入（当时的状态：{{status}}）；复制它即可重新训练。',
    tooManyRuns: '一个实验最多容纳 {{max}} 个运行：请先删除一个。',
    importTooMany: '一个实验只能容纳 {{max}} 个运行：请先删除 {{excess}} 个。',
  },
  bridge: {
    trainerDied: '训练器意外停止（{{reason}}）。请刷新页面重新开始。',
    trainerFailed: '训练器无法启动：{{reason}}',
    mainThread: '训练在页面主线程中运行：{{reason}}。',
    linkProblems: '链接中的部分设置未被采用：{{problems}}',
  },
};
