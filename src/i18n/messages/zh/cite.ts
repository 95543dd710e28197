import type { Messages } from '../en';

export const cite: Messages['cite'] = {
  heading: (title) => `引用“${title}”的来源`,
  style: (name) => `${name} 格式`,
  copy: (name) => `复制 ${name} 格式`,
  copied: (name) => `已复制 ${name} 格式的引文。`,
  copyRefused: '此处不允许复制：文字已选中，请手动复制。',
  download: '下载 CSL-JSON（用于 Zotero）',
};
