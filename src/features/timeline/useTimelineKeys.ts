import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineItem } from '../../domain/events/items';
import { stepIndex, type Step } from '../../domain/events/order';
import { visibleWindow } from '../../domain/stage/viewport';
import type { MarkRegistry } from './markRegistry';
import type { ZoomController } from './zoomController';

const STEPS: Record<string, Step> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

interface TimelineKeysOptions {
  /** The events that keys move between: those of the shown categories, in time order. */
  items: readonly TimelineItem[];
  selectedId: string | null;
  controller: ZoomController;
  registry: MarkRegistry;
  onSelect: (id: string | null) => void;
}

/** The middle of what is drawn for an item: its dot, or the middle of its bar. */
function anchorTime(item: TimelineItem): number {
  return item.shape === 'point' ? item.start : (item.start + item.end) / 2;
}

/**
 * The timeline's keys (DESIGN.md, accessibility contract): arrows, PageUp/PageDown and Space
 * move focus between events in time order, Home/End to either end; + and − zoom around the
 * focused event; 0 shows everything; Escape closes the selected event. Enter and a click open
 * an event (the marks are buttons). Returns the focused event's id and the key handler.
 */
export function useTimelineKeys({
  items,
  selectedId,
  controller,
  registry,
  onSelect,
}: TimelineKeysOptions) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);

  // Focus the mark moved to once it is drawn (it may be drawn only after this render).
  useEffect(() => {
    const id = pendingFocus.current;
    const element = id ? registry.element(id) : undefined;
    if (element) {
      pendingFocus.current = null;
      // The plot clips its marks and must not scroll; the page may need to (on a phone it is
      // taller than the screen), so only the page moves to bring the mark's lane on screen.
      element.focus({ preventScroll: true });
      const { top, bottom } = element.getBoundingClientRect();
      if (top < 0) window.scrollBy(0, top - 8);
      else if (bottom > window.innerHeight) window.scrollBy(0, bottom - window.innerHeight + 8);
    }
  });

  const firstInView = () => {
    const viewport = controller.viewport();
    if (!viewport) return 0;
    const [start] = visibleWindow(viewport, controller.store.get());
    return items.findIndex((i) => i.end > start);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey)
      return;
    if (target.closest('[role="slider"], details')) return;
    const step = STEPS[event.key];
    const focused = items.find((i) => i.id === (focusedId ?? selectedId));
    if (step) {
      // Space on another button presses that button.
      if (event.key === ' ' && target.tagName === 'BUTTON' && !target.dataset.eventId) return;
      const current = focused ? items.indexOf(focused) : -1;
      const next = items[stepIndex(items.length, current, step, firstInView())];
      if (!next) return;
      event.preventDefault();
      pendingFocus.current = next.id;
      setFocusedId(next.id);
      controller.bringIntoView(next.start, next.end);
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      controller.zoomIn(focused && anchorTime(focused));
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      controller.zoomOut(focused && anchorTime(focused));
    } else if (event.key === '0') {
      event.preventDefault();
      controller.showAll();
    } else if (event.key === 'Escape' && selectedId) {
      event.preventDefault();
      onSelect(null);
    }
  };

  return { focusedId, setFocusedId, onKeyDown };
}
