import type { Messages } from './en';
import { app } from './zh/app';
import { notices } from './zh/notices';
import { present } from './zh/present';
import { share } from './zh/share';
import { timeline } from './zh/timeline';
import { toolbar } from './zh/toolbar';

/** The interface in Chinese, loaded only when it is used. */
export const zh: Messages = { app, notices, present, share, timeline, toolbar };
