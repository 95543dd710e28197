import type { Messages } from '../en';

export const exportPrint: Messages['exportPrint'] = {
  download: '下载',
  downloadLabel: '下载此视图的图片',
  svg: 'SVG 图片',
  png: 'PNG 图片',
  slide: '幻灯片 1920×1080（PNG）',
  print: '打印',
  printLabel: '打印此视图的讲义',
  working: '正在生成图片…',
  failed: (reason) => `无法生成图片：${reason}`,
  clusterName: (events, years) => `${events} 个事件，${years}`,
  footer: {
    filters: (categories, query) =>
      `类别：${categories?.join('、') ?? '全部'}${query ? ` · 搜索：“${query}”（匹配的事件以实色显示，其余淡化）` : ''}`,
    sourcesOf: (events) => `所示 ${events} 个事件的来源`,
    noEventsShown: '此视图中没有显示任何事件。',
    thisView: (url) => `此视图的在线链接：${url}`,
  },
  key: {
    day: '某一天',
    period: '某月、某年或某一时期',
    circa: '约：两端渐隐',
    uncertain: '存疑（？）：虚线',
    openEnd: '结束时间未知',
    disputed: '各来源所记日期不同',
    cluster: '事件过于密集无法区分',
  },
  handout: {
    filters: (period, categories, query) =>
      `时段：${period} · 类别：${categories?.join('、') ?? '全部'}${query ? ` · 搜索：“${query}”` : ''}`,
    events: (events) => `所示事件（${events} 个）`,
    noEvents: '此视图中没有显示任何事件。',
    sources: '来源',
    translation: '编者译文：',
    sourceDate: (date) => `此来源所记日期：${date}`,
    sourcesDiffer: '≠ 各来源所记日期不同',
    says: (claimant) => `${claimant}称：`,
    dateBasis: { derived: '日期系推算：', inferred: '日期系推断：' },
    modality: { forecast: '预测', plan: '计划', target: '目标' },
    thisView: '此视图的在线链接：',
    printed: (date) => `打印于 ${date}`,
  },
};
