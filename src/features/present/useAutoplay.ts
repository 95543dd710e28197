import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createAutoplay, type Autoplay } from './autoplay';

/**
 * Autoplay bound to the page (`play=N`): it starts playing, pauses on any key, click or touch
 * (except on its own control, marked `data-autoplay-control`) and waits while the page is
 * hidden. `null` without `seconds`.
 */
export function useAutoplay(
  seconds: number | undefined,
  position: number,
  count: number,
  onAdvance: () => void,
): { playing: boolean; autoplay: Autoplay | null } {
  const advance = useRef(onAdvance);
  useEffect(() => {
    advance.current = onAdvance;
  });
  const [autoplay] = useState(() => (seconds ? createAutoplay({ seconds, playing: true }) : null));
  useEffect(() => autoplay?.onAdvance(() => advance.current()), [autoplay]);

  useEffect(() => {
    autoplay?.showSlide(position >= count - 1);
  }, [autoplay, position, count]);
  useEffect(() => () => autoplay?.dispose(), [autoplay]);

  useEffect(() => {
    if (!autoplay) return;
    const onVisibility = () => autoplay.setHidden(document.visibilityState === 'hidden');
    const onActivity = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest('[data-autoplay-control]')) autoplay.pause();
    };
    onVisibility();
    document.addEventListener('visibilitychange', onVisibility);
    // Capture: a widget that stops the event still counts as someone taking over.
    document.addEventListener('keydown', onActivity, true);
    document.addEventListener('pointerdown', onActivity, true);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      document.removeEventListener('keydown', onActivity, true);
      document.removeEventListener('pointerdown', onActivity, true);
    };
  }, [autoplay]);

  const playing = useSyncExternalStore(
    (listener) => autoplay?.subscribe(listener) ?? (() => {}),
    () => autoplay?.isPlaying() ?? false,
  );
  return { playing, autoplay };
}
