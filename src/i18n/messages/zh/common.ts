import type { Messages } from '../en';

export const common: Messages['common'] = {
  opensInNewTab: '（在新标签页中打开）',
  close: '关闭',
  excerpt: '节选',
  fullText: '全文',
  colon: '：',
  openOriginal: '打开原文',
};
