import type { Messages } from '../en';

export const list: Messages['list'] = {
  heading: '按时间排列的事件',
  empty: '没有符合所选类别和搜索条件的事件。',
  passages: (n) => `${n} 段引文`,
  sourcesDiffer: '≠ 各来源说法不一',
};
