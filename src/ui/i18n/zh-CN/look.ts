// 页面外观的中文文字：主题切换、跳到图表的链接，以及深色页面上调色板中的黑色。
import type { look as english } from '../en/look';
import type { Translation } from '../types';

export const look: Translation<typeof english> = {
  theme: {
    label: '主题',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  skipToChart: '跳到图表',
  inkOnDark: '白色（浅色页面上为黑色）',
};
