import type { Messages } from '../en';

export const sources: Messages['sources'] = {
  heading: (n) => `来源（${n}）`,
  close: '关闭来源列表',
  citedBy: (n) => `被 ${n} 个事件引用`,
  read: '阅读',
  readLabel: (title) => `阅读 ${title}`,
  originalPage: '原始网页',
};
