// 结果栏的中文：所选运行的统计、训练器的加载行，以及丢弃已训练结果之前的询问。
import type { panels as english } from '../en/panels';
import type { Translation } from '../types';

export const panels: Translation<typeof english> = {
  stats: {
    label: '{{name}} 的统计',
    status: '状态',
    step: '步数',
    stepOf: '{{step}} / {{total}}',
    epoch: '轮次',
    firstLoss: '初始训练损失',
    latestLoss: '最新训练损失',
    testLoss: '测试损失',
    testAccuracy: '测试准确率',
    monteCarlo: '蒙特卡洛 Dropout 测试准确率（{{samples}} 次前向）',
    trainAccuracy: '训练集准确率',
    learningRate: '学习率',
    samplesPerSecond: '样本/秒',
    backend: '后端',
    runsOn: '运行于',
    runsOnValue: '{{thread}}（{{detail}}）',
    worker: '后台线程（Worker）',
    mainThread: '主线程',
    tensors: '内存中的张量',
    parameters: '参数量',
    examples: '训练样本',
    examplesOf: '{{dataset}} 中的 {{examples}} 个',
  },
  loading: {
    dataset: '正在加载 {{dataset}}：{{received}} / {{total}} MB',
    starting: '正在启动训练器…',
    failed: '无法训练：原因见上方消息。',
    ready: '可以开始训练。',
    readyOn: '可以开始训练：使用 {{backend}}，在后台线程中运行。',
    readyOnMain: '可以开始训练：使用 {{backend}}，在主线程中运行。',
  },
  confirm: {
    openLesson: '打开课程“{{title}}”？',
    openLink: '打开新的链接？',
    unsaved_one:
      '有 1 个运行的训练结果尚未下载保存。打开链接会用另一个实验替换它们。若要保留，请选择“保留我的运行”，并先下载 CSV 或 JSON。',
    unsaved_other:
      '有 {{count}} 个运行的训练结果尚未下载保存。打开链接会用另一个实验替换它们。若要保留，请选择“保留我的运行”，并先下载 CSV 或 JSON。',
    unsavedLesson_one:
      '有 1 个运行的训练结果尚未下载保存。打开课程会用另一个实验替换它们。若要保留，请选择“保留我的运行”，并先下载 CSV 或 JSON。',
    unsavedLesson_other:
      '有 {{count}} 个运行的训练结果尚未下载保存。打开课程会用另一个实验替换它们。若要保留，请选择“保留我的运行”，并先下载 CSV 或 JSON。',
    openTheLesson: '打开课程',
    openTheLink: '打开链接',
    keepRuns: '保留我的运行',
    change: '修改 {{name}} 的{{setting}}？',
    thisRun: '此运行',
    trained_one:
      '{{name}} 已训练 1 步。新的设置会让它从头开始并清除曲线。“添加修改后的副本”则保留 {{name}} 原样，便于两者对比。',
    trained_other:
      '{{name}} 已训练 {{steps}} 步。新的设置会让它从头开始并清除曲线。“添加修改后的副本”则保留 {{name}} 原样，便于两者对比。',
    addCopy: '添加修改后的副本',
    changeAfresh: '修改并从头开始',
    cancel: '取消',
  },
};
