import type { Messages } from '../en';

export const toolbar: Messages['toolbar'] = {
  eventsAndSources: (events) => `${events} 个事件 ·`,
  sources: (sources) => `${sources} 个来源`,
  search: '搜索事件',
  searchMatches: (matches, total) => `${total} 个事件中有 ${matches} 个匹配`,
  zoom: '缩放',
  zoomIn: '放大',
  zoomOut: '缩小',
  showAll: '显示全部',
  view: '视图',
  timeline: '时间线',
  list: '列表',
  categoriesShown: '显示的类别',
  categoryCount: (events) => String(events),
  showAllCategories: '显示全部类别',
  language: '语言',
  present: '演示',
  share: '分享',
  openFullTimeline: '打开完整时间线',
  opensInNewTab: '（在新标签页中打开）',
};
