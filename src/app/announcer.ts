/**
 * What the page's polite live region says, and when. A selection is said at once; a count of
 * the events that filters and a search leave is said once typing or clicking has paused, so a
 * screen reader hears "12 events shown" once rather than after every keystroke. A later
 * message replaces one still waiting.
 */
export interface Announcer {
  /** Says this now, dropping anything still waiting. */
  now(message: string): void;
  /** Says this after a pause with no newer message. */
  settled(message: string): void;
  dispose(): void;
}

/** How long filters and search must rest before the count is said. */
export const SETTLE_MS = 800;

export function createAnnouncer(say: (message: string) => void, settleMs = SETTLE_MS): Announcer {
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    clearTimeout(waiting);
    waiting = undefined;
  };
  return {
    now(message) {
      cancel();
      say(message);
    },
    settled(message) {
      cancel();
      waiting = setTimeout(() => {
        waiting = undefined;
        say(message);
      }, settleMs);
    },
    dispose: cancel,
  };
}

/** The filters and search, as one value that changes when either does. */
export function filtersKey(categories: readonly string[] | undefined, query: string | undefined) {
  return `${categories?.join(',') ?? '*'}|${query?.trim() ?? ''}`;
}
