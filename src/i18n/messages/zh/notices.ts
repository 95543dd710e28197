import type { Messages } from '../en';

export const notices: Messages['notices'] = {
  repeated: (param) => `参数“${param}”出现了两次，已采用第一个值。`,
  unknownParam: (param) => `本页面不使用参数“${param}”，已忽略。`,
  badValue: (param, value) => `“${value}”不是有效的“${param}”值，已忽略。`,
  badDate: (param, value) =>
    `“${value}”不是 1959、1959-09 或 1959-09-26 这样的日期，已忽略“${param}”。`,
  badIds: (param, values) => `已忽略“${param}”中的 ${values}：不是有效的标识。`,
  badId: (param, value) => `“${value}”不是有效的标识，已忽略“${param}”。`,
  badPlay: (value) => `“${value}”不是 3 到 600 之间的秒数，已忽略自动播放。`,
  reversedWindow: (from, to) => `“from”（${from}）不早于“to”（${to}），改为显示全部。`,
  datasetNotUrl: (value) => `已忽略数据集参数：“${value}”不是网址。`,
  datasetNotSecure: (value) => `已忽略数据集参数：“${value}”既不在本站，也未通过 https 提供。`,
  unknownEvent: (ids) => `此数据集中没有事件 ${ids}。`,
  unknownSource: (ids) => `此数据集中没有来源 ${ids}。`,
  unknownCategory: (ids) => `已忽略未知类别 ${ids}。`,
  unknownTourStop: (ids) => `导览跳过了此数据集中没有的事件：${ids}。`,
  windowOutsideData: (from, to) => `${from}–${to} 时段不在此数据集的事件范围内，改为显示全部。`,
  quoted: (values) => values.map((v) => `“${v}”`).join('、'),
};
