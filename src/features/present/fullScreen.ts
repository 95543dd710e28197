import { useEffect, useState } from 'react';

/**
 * Full screen for the whole page (the slide and any notice above it), or out of it again.
 * 'refused' where the browser will not: an iframe without `allow="fullscreen"`, or a browser
 * without the Fullscreen API.
 */
export async function toggleFullScreen(): Promise<'entered' | 'left' | 'refused'> {
  if (document.fullscreenElement) {
    await document.exitFullscreen();
    return 'left';
  }
  if (!document.fullscreenEnabled) return 'refused';
  try {
    await document.documentElement.requestFullscreen();
    return 'entered';
  } catch {
    return 'refused';
  }
}

/** Whether the page is in full screen now, however it got there or left. */
export function useIsFullScreen(): boolean {
  const [fullScreen, setFullScreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return fullScreen;
}
