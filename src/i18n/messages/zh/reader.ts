import type { Messages } from '../en';

export const reader: Messages['reader'] = {
  eyebrow: '来源',
  close: '关闭来源',
  excerpt: '节选。',
  excerptNote: (originalHasRest) =>
    `此处只收录了该来源的一部分。${originalHasRest ? '其余内容见原始网页。' : ''}`,
  loading: '正在加载来源文本…',
  loadFailed: (why) => `无法加载此来源的文本。${why}`,
  loadError: {
    offline: '此设备处于离线状态，且没有保存该文本。',
    network: '网络请求失败。',
    http: (status) => `服务器返回 ${status}。`,
    notFile: '服务器返回的是网页而非文本文件：该文件可能不存在。',
  },
  citedBy: (events) => `引用此段的事件：${events}`,
};
