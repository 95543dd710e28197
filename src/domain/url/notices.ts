/**
 * What the page tells a reader about a link it could not follow to the letter: a bad value
 * dropped, an id the dataset lacks. Kept as data, so each interface language words it (see
 * the `notices` messages), and never echoing more of a value than fits on a line.
 */
export type UrlNotice =
  | { kind: 'repeated'; param: string }
  | { kind: 'unknownParam'; param: string }
  | { kind: 'badValue'; param: ChoiceParam; value: string }
  | { kind: 'badDate'; param: 'from' | 'to'; value: string }
  | { kind: 'badIds'; param: 'cat' | 'tour'; values: string[] }
  | { kind: 'badId'; param: 'event' | 'source'; value: string }
  | { kind: 'badPlay'; value: string }
  | { kind: 'reversedWindow'; from: string; to: string }
  | { kind: 'datasetIgnored'; value: string; reason: 'notUrl' | 'notSecure' }
  | { kind: 'unknownIds'; param: 'event' | 'source' | 'cat' | 'tour'; values: string[] }
  | { kind: 'windowOutsideData'; from?: string; to?: string };

export type ChoiceParam = 'view' | 'panel' | 'embed' | 'present' | 'lang';

const LONGEST_ECHO = 40;

/** A value as a notice may show it: at most 40 characters, the rest replaced by "…". */
export function clipForNotice(value: string): string {
  const characters = [...value];
  return characters.length > LONGEST_ECHO
    ? `${characters.slice(0, LONGEST_ECHO - 1).join('')}…`
    : value;
}

/** The notices' identity, so the same notice is shown once however often it is found. */
export function noticeKey(notice: UrlNotice): string {
  return JSON.stringify(notice);
}
