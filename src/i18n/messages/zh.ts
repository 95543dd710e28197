import type { Messages } from './en';
import { app } from './zh/app';
import { cite } from './zh/cite';
import { common } from './zh/common';
import { evidence } from './zh/evidence';
import { exportPrint } from './zh/exportPrint';
import { notices } from './zh/notices';
import { present } from './zh/present';
import { share } from './zh/share';
import { sources } from './zh/sources';
import { timeline } from './zh/timeline';
import { toolbar } from './zh/toolbar';

/** The interface in Chinese, loaded only when it is used. */
export const zh: Messages = {
  app,
  cite,
  common,
  evidence,
  exportPrint,
  notices,
  present,
  share,
  sources,
  timeline,
  toolbar,
};
