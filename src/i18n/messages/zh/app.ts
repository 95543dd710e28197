import type { Messages } from '../en';

export const app: Messages['app'] = {
  pageTitle: (dataset) => `${dataset} — 时间线`,
  defaultTitle: '时间线',
  loading: '正在加载时间线……',
  loadFailed: '无法加载时间线',
  datasetLabel: '数据集：',
  problemsHeading: (shown, total) => (total > shown ? `前 ${shown} 个问题` : '问题'),
  problemEvent: (id) => `（事件“${id}”）`,
  retry: '重试',
  openDefault: '打开包钢时间线',
  dismiss: '关闭提示',
  noticesLabel: '关于此链接',
  listRegion: '事件列表',
  eventsShown: (n) => `显示 ${n} 个事件`,
  selected: (title, date) => `已选择：${title}，${date}`,
};
