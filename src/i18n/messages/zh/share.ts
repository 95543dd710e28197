import type { Messages } from '../en';

export const share: Messages['share'] = {
  heading: '分享此视图',
  link: '此视图的链接',
  copyLink: '复制链接',
  embed: '嵌入网页',
  code: '用于嵌入的 HTML 代码',
  copyCode: '复制代码',
  copied: '已复制。',
  copyRefused: '此处不允许复制。文字已选中：请按 Ctrl+C（Mac 上按 ⌘C）复制。',
  size: '尺寸',
  presets: { slide: '16:9 幻灯片', standard: '4:3', square: '正方形' },
  startPresenting: '以演示模式打开',
  autoplay: '自动播放，每张',
  seconds: '秒',
  slideTools:
    'Google 幻灯片、Keynote 和 PowerPoint 不支持嵌入网页：请改用工具栏中“下载”得到的图片放进幻灯片，图片页脚附有此视图的链接。',
  frameTitle: (title) => `${title} — 时间线`,
  close: '关闭',
};
