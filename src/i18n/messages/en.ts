import { app } from './en/app';
import { notices } from './en/notices';
import { present } from './en/present';
import { share } from './en/share';
import { timeline } from './en/timeline';
import { toolbar } from './en/toolbar';

/**
 * The interface in English: the type every other language's catalogue must satisfy, so a
 * missing or misspelt key fails the type check. Dataset text is never here: it comes from the
 * dataset (and its own `translations`).
 */
export const en = { app, notices, present, share, timeline, toolbar };

export type Messages = typeof en;
