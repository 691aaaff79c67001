// 手写板和导出栏的中文；键与 ../en/tools.ts 一一对应。
import type { tools as english } from '../en/tools';
import type { Translation } from '../types';

export const tools: Translation<typeof english> = {
  drawing: {
    region: '手写板',
    title: '写一个数字',
    sees: '{{name}} 从你的手写中看到了什么。',
    seesWithSpread: '{{name}} 从你的手写中看到了什么，以及多次蒙特卡洛 Dropout 前向之间的波动（M04）。',
    unavailable: '分类运行建立好之后即可使用。',
    area: '书写区域',
    clear: '清除',
    looksLike: '看起来像：',
    probabilities: '各类别的概率',
  },
  exports: {
    csv: '下载 CSV',
    json: '下载 JSON',
    png: '下载 PNG',
    import: '导入 JSON',
    cancel: '取消',
    checking: '正在检查 {{file}}…',
    reading: '正在读取 {{file}}…',
    readingProgress: '正在读取 {{file}}：{{read}} / {{total}} MB',
    pngFailed: '无法保存图表：{{detail}}。',
    cancelled: '已取消导入“{{file}}”。',
    notImported: '“{{file}}”未导入：{{detail}}',
    imported_one: '已从“{{file}}”导入 1 个运行。',
    imported_other: '已从“{{file}}”导入 {{count}} 个运行。',
    leftOut: '未导入的部分：{{detail}}',
  },
};
