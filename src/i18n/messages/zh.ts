import type { Messages } from './en';
import { app } from './zh/app';
import { exportPrint } from './zh/exportPrint';
import { notices } from './zh/notices';
import { timeline } from './zh/timeline';
import { toolbar } from './zh/toolbar';

/** The interface in Chinese, loaded only when it is used. */
export const zh: Messages = { app, notices, timeline, toolbar, exportPrint };
