import { app } from './en/app';
import { cite } from './en/cite';
import { common } from './en/common';
import { details } from './en/details';
import { evidence } from './en/evidence';
import { exportPrint } from './en/exportPrint';
import { list } from './en/list';
import { notices } from './en/notices';
import { present } from './en/present';
import { reader } from './en/reader';
import { share } from './en/share';
import { sources } from './en/sources';
import { timeline } from './en/timeline';
import { toolbar } from './en/toolbar';

/**
 * The interface in English: the type every other language's catalogue must satisfy, so a
 * missing or misspelt key fails the type check. Dataset text is never here: it comes from the
 * dataset (and its own `translations`).
 */
export const en = {
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

export type Messages = typeof en;
