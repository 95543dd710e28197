import { useEffect, useRef } from 'react';
import { keyTarget, presenterCommand, type PresenterCommand } from './presenterKeys';

/**
 * Presenter mode's keys, heard on the whole page: a clicker sends them to whatever has focus,
 * usually nothing at all. Listens on the document, after the widgets, so a widget that handles
 * a key itself (and stops it) keeps it.
 */
export function usePresenterKeys(onCommand: (command: PresenterCommand) => void) {
  const handler = useRef(onCommand);
  useEffect(() => {
    handler.current = onCommand;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = presenterCommand(event, keyTarget(event.target));
      if (!command) return;
      event.preventDefault();
      handler.current(command);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
