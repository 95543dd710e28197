import { useEffect, useMemo, useState } from 'react';
import { unitsOnScreen, type RenderUnit, type Stage } from '../../domain/stage/renderStage';
import { allAtOnce, mountedUnits, nextMounting, type Mounting } from './buttonMounting';
import type { Viewport } from '../../domain/stage/viewport';
import type { TransformStore } from './state/transformStore';

interface ButtonsOptions {
  stage: Stage | null;
  viewport: Viewport | null;
  store: TransformStore;
  /** Mounted at once, wherever they are: the focused, selected and tabbable events. */
  tabbableId: string | null;
  focusedId: string | null;
  selectedId: string | null;
}

/**
 * The units drawn as buttons: those on screen when the view settles (a gesture is painted
 * meanwhile, useGesturePainting.ts) and the ones it must keep. Buttons already mounted stay, and
 * new ones are mounted a few per animation frame, in the stage's order, so that no frame holds
 * them all; `complete` says when every one is there. The first buttons are mounted at once.
 */
export function useButtons(options: ButtonsOptions): { units: RenderUnit[]; complete: boolean } {
  const { stage, viewport, store, tabbableId, focusedId, selectedId } = options;
  const wanted = useMemo(
    () =>
      stage && viewport
        ? unitsOnScreen(stage.units, store.get(), viewport.width, [
            tabbableId,
            focusedId,
            selectedId,
          ])
        : [],
    [stage, viewport, store, tabbableId, focusedId, selectedId],
  );

  const [mounting, setMounting] = useState<Mounting>(() => allAtOnce(wanted));
  let current = mounting;
  if (mounting.units !== wanted) {
    // Adjusted while rendering (React renders again at once, before anything is drawn).
    current = nextMounting(mounting, wanted, [tabbableId, focusedId, selectedId]);
    setMounting(current);
  }

  const units = mountedUnits(current);
  const complete = units.length === current.units.length;
  useEffect(() => {
    if (complete) return;
    const frame = requestAnimationFrame(() =>
      setMounting((m) => (m === current ? { ...m, rounds: m.rounds + 1 } : m)),
    );
    return () => cancelAnimationFrame(frame);
  }, [current, complete]);
  return { units, complete };
}
