/** The timers autoplay uses, so tests can give it fake ones. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: never): void;
}

export interface Autoplay {
  /** Whether autoplay is on (it may be waiting while the page is hidden). */
  isPlaying(): boolean;
  play(): void;
  pause(): void;
  /** The page went out of sight or came back: the countdown waits, then starts again. */
  setHidden(hidden: boolean): void;
  /** A slide is shown: its countdown starts from the beginning; on the last one autoplay ends. */
  showSlide(isLast: boolean): void;
  /** Hears when it is time for the next slide. */
  onAdvance(listener: () => void): () => void;
  /** Hears when it starts or stops playing. */
  subscribe(listener: () => void): () => void;
  /** Stops the countdown for good (the presenter closed). */
  dispose(): void;
}

/**
 * Autoplay for presenter mode (`play=N`): each slide stays `seconds` seconds, then it asks (see
 * `onAdvance`) for the next; it stops at the last slide. A pause holds until `play`; a hidden page only
 * suspends the countdown, which starts afresh when the page is seen again, so nobody misses a
 * slide while they were looking elsewhere.
 */
export function createAutoplay({
  seconds,
  playing: startPlaying = false,
  timers = globalThis,
}: {
  seconds: number;
  playing?: boolean;
  timers?: Timers;
}): Autoplay {
  let playing = startPlaying;
  let hidden = false;
  let atLast = false;
  let handle: unknown = null;
  const listeners = new Set<() => void>();
  const advanceListeners = new Set<() => void>();

  const stopCountdown = () => {
    if (handle !== null) timers.clearTimeout(handle as never);
    handle = null;
  };
  const restartCountdown = () => {
    stopCountdown();
    if (playing && !hidden && !atLast)
      handle = timers.setTimeout(() => {
        handle = null;
        for (const listener of advanceListeners) listener();
      }, seconds * 1000);
  };
  const setPlaying = (next: boolean) => {
    if (playing !== next) {
      playing = next;
      for (const listener of listeners) listener();
    }
    restartCountdown();
  };

  return {
    isPlaying: () => playing,
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    setHidden(next) {
      if (hidden === next) return;
      hidden = next;
      restartCountdown();
    },
    showSlide(isLast) {
      atLast = isLast;
      if (isLast) setPlaying(false);
      else restartCountdown();
    },
    onAdvance(listener) {
      advanceListeners.add(listener);
      return () => advanceListeners.delete(listener);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: stopCountdown,
  };
}
