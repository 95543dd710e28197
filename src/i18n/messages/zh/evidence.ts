import type { Messages } from '../en';

export const evidence: Messages['evidence'] = {
  says: '称：',
  modality: {
    forecast: '预测——并非实际结果',
    plan: '计划——并非实际结果',
    target: '目标——并非实际结果',
  },
  modalityInName: {
    forecast: '预测，并非实际结果',
    plan: '计划，并非实际结果',
    target: '目标，并非实际结果',
  },
  heading: (passages) => `证据（${passages} 段引文）`,
  noPassageFound: '此事件引用的段落均未在其来源中找到。',
  notFound: '在来源中未找到',
  notFoundExplained: (source) =>
    `数据集称这段文字引自“${source}”，但该文本中并没有这段文字，因此不计为证据。`,
  checksumMismatch: '此来源文本与数据集核对时的版本不同：SHA-256 校验和不符。',
  checksumUnverifiable: '无法核验来源文本的校验和：浏览器只在安全（https）连接下计算校验和。',
  readerMissing: (passages) => `此文本中未找到 ${passages} 段引文：`,
  readerMissingPassage: (start, event) => `“${start}”，由“${event}”引用`,
};
