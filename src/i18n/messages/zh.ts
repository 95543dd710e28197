import type { Messages } from './en';
import { app } from './zh/app';
import { cite } from './zh/cite';
import { common } from './zh/common';
import { details } from './zh/details';
import { evidence } from './zh/evidence';
import { exportPrint } from './zh/exportPrint';
import { list } from './zh/list';
import { notices } from './zh/notices';
import { present } from './zh/present';
import { reader } from './zh/reader';
import { share } from './zh/share';
import { sources } from './zh/sources';
import { timeline } from './zh/timeline';
import { toolbar } from './zh/toolbar';

/** The interface in Chinese, loaded only when it is used. */
export const zh: Messages = {
  app,
  cite,
  common,
  details,
  evidence,
  exportPrint,
  list,
  notices,
  present,
  reader,
  share,
  sources,
  timeline,
  toolbar,
};
