import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '../components/whenIdle';

type HandoutModule = typeof import('../features/export/handout/Handout');

const loadHandout = () => import('../features/export/handout/Handout');

/**
 * Printing gives the handout, whichever way it is asked for: the Print button, Ctrl+P (or ⌘P),
 * the browser's own Print menu. Its code is not part of start-up: it loads when the page is
 * idle, so that the synchronous `beforeprint` can render it in time, and at the latest when
 * printing is asked for. It is in the page only while printing.
 */
export function usePrintHandout() {
  const [handout, setHandout] = useState<HandoutModule | null>(null);
  const [printing, setPrinting] = useState(false);
  const loaded = useRef<HandoutModule | null>(null);

  const load = useCallback(async () => {
    loaded.current ??= await loadHandout();
    setHandout(loaded.current);
    return loaded.current;
  }, []);

  const print = useCallback(async () => {
    const module = await load();
    // The picture's labels are measured in the fonts they are drawn in.
    await document.fonts.ready;
    flushSync(() => {
      setHandout(module);
      setPrinting(true);
    });
    window.print();
  }, [load]);

  useEffect(() => whenIdle(() => void load(), 5000, 2000), [load]);

  useEffect(() => {
    // The browser lays the page out for print right after this event: render now or never.
    const before = () => {
      if (loaded.current) flushSync(() => setPrinting(true));
    };
    const after = () => setPrinting(false);
    const media = window.matchMedia('print');
    const mediaChange = () => {
      if (media.matches) void load().then(() => setPrinting(true));
      else setPrinting(false);
    };
    const keydown = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      void print();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', mediaChange);
    window.addEventListener('keydown', keydown);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', mediaChange);
      window.removeEventListener('keydown', keydown);
    };
  }, [load, print]);

  return { print, Handout: printing ? (handout?.Handout ?? null) : null };
}
