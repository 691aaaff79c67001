// 运行的命名与区分：图例、运行卡片名称下的一行、副本的名称、运行状态、图表读出的数值。键与 ../en/runs.ts 一一对应。
import type { runs as english } from '../en/runs';
import type { Translation } from '../types';

export const runs: Translation<typeof english> = {
  legend: {
    label: '图例',
    baseline: '{{name}}（基线）',
    withChanges: '{{name}} — {{changes}}',
    sameSettings: '设置相同',
    divergedAt: '（在第 {{step}} 步发散）',
  },
  card: {
    baseline: '基线：其他运行都与它比较',
    sameSettings: '与基线设置相同',
  },
  setting: {
    change: '{{label}}：{{value}}',
    separator: ' · ',
    listSeparator: '、',
    on: '开',
    off: '关',
    none: '无',
  },
  names: {
    copy: '{{name}}（副本）',
    copyNumbered: '{{name}}（副本 {{n}}）',
    numbered: '{{name}}（{{n}}）',
  },
  status: {
    settingUp: '正在准备',
    ready: '就绪',
    training: '训练中',
    paused: '已暂停',
    finished: '已完成',
    diverged: '已发散',
    stopped: '已停止',
    imported: '已导入',
    stoppedByError: '因错误而停止',
    startsWhenLoaded: '{{dataset}} 加载完成后开始',
    starting: '正在开始…',
    pausing: '正在暂停…',
    stopping: '正在停止…',
    trainerStarting: '正在启动',
    loadingData: '正在加载数据',
    divergedAt: '在第 {{step}} 步发散',
    atStep: '{{status}} · 第 {{step}} 步',
  },
  chart: {
    noData: '尚无数据',
    diverged: '{{name}} 已发散',
    summary: '{{metric}}（横轴：{{axis}}）：{{values}}',
    summaryValue: '{{name}} {{value}}',
    hoverValue: '{{name}}：{{value}}',
  },
};
