import type { Messages } from '../en';

export const timeline: Messages['timeline'] = {
  region: '时间线',
  markName: (title, date, disputed, modality) =>
    `${title}，${date}${modality ? `，${modality}` : ''}${disputed ? '，各来源所记日期不一' : ''}`,
  clusterName: (events, years) => `${events} 个事件，${years}：放大即可分别查看`,
  noCategoryShown: '未显示任何类别。请在上方选择一个类别，或',
  showAllCategories: '显示全部类别',
  noEvents: '此数据集没有事件。',
  visiblePeriod: '可见时段',
  lanes: '类别',
  howToRead: {
    open: '图例说明',
    day: '某一天：该日期上的圆点。',
    span: '某月、某年或某一时期：横跨整个时段的条形。',
    circa: '“约”：两端渐隐。',
    uncertain: '存疑（“？”）：虚线轮廓。',
    openEnd: '结束时间未知：条形逐渐淡出。',
    disputed: '≠ 各来源给出的日期不同。',
    cluster: '事件过于密集无法区分：选择即可放大。',
    gestures:
      '滚动或双指缩放，拖动以平移。按键：← → 在事件之间移动，Enter 打开事件，+ 和 − 围绕当前焦点事件缩放，0 显示全部。',
  },
};
