import { useEffect, useState } from 'react';

/**
 * True once `ready` has been true and the browser has then had an idle moment (or `timeout` ms
 * have passed): for work that must not compete with the first picture.
 */
export function useIdleAfter(ready: boolean, timeout = 3000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    const done = () => setIdle(true);
    if (typeof window.requestIdleCallback !== 'function') {
      const handle = window.setTimeout(done, 1000);
      return () => window.clearTimeout(handle);
    }
    const handle = window.requestIdleCallback(done, { timeout });
    return () => window.cancelIdleCallback(handle);
  }, [ready, idle, timeout]);
  return idle;
}
