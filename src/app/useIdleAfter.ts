import { useEffect, useState } from 'react';
import { whenIdle } from '../components/whenIdle';

/**
 * True once `ready` has been true and the browser has then had an idle moment (or `timeout` ms
 * have passed): for work that must not compete with the first picture.
 */
export function useIdleAfter(ready: boolean, timeout = 3000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    return whenIdle(() => setIdle(true), timeout, 1000);
  }, [ready, idle, timeout]);
  return idle;
}
